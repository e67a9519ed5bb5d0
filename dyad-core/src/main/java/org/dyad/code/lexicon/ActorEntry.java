package org.dyad.code.lexicon;

import java.util.List;

/**
 * What a phrase of the actor lexicon names.
 *
 * @param code    the actor's base code, to which a coder appends sectors: the country's ISO-3
 *                code, the IGO/NGO code ("IGOUNO"), or for a transnational group its CAMEO group
 *                code ("ALQ"); null for a {@link Kind#NAMESAKE_PLACE}
 * @param country ISO-3 code, or null for IGOs, NGOs and transnational groups
 * @param sectors sectors the phrase itself implies: GOV for capitals and seats of power
 *                ("the Kremlin"), the institution's sectors ("Pentagon" → MIL, GOV), else empty
 * @param kind    how the phrase names the actor
 */
public record ActorEntry(String code, String country, List<String> sectors, Kind kind) {

    /** How a phrase names its actor. */
    public enum Kind {
        /** A country name or alias: "Iran", "the United States". */
        COUNTRY,
        /** A capital used for its government: "Moscow", "Tehran". */
        CAPITAL,
        /** A seat of power or metonym: "the Kremlin", "Downing Street". */
        SEAT,
        /** An international organisation or NGO: "UN", "SCO". */
        IGO,
        /** A named institution or group: "Pentagon", "IRGC", "Hamas". */
        INSTITUTION,
        /** An adjective or demonym: "Iranian", "Russians". */
        DEMONYM,
        /**
         * A region or sea named after a country it is not: "Latin American", "the Indian Ocean".
         * It names no party: its code and country are null.
         */
        NAMESAKE_PLACE
    }

    public ActorEntry {
        sectors = List.copyOf(sectors);
    }
}
