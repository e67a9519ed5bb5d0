package org.dyad.model;

import java.util.List;

/**
 * A coded actor as in CAMEO: {@code code} is the country (or IGO) code followed by sector codes,
 * e.g. {@code RUSMIL}, {@code IRNGOV}, {@code IGOUNO}.
 *
 * @param text    the words in the text that name it
 * @param country ISO-3 country code, or null for an international organisation
 * @param sector  the first sector code (GOV, MIL, …), or null
 * @param sectors every sector code, in order
 */
public record Actor(String text, String code, String country, String sector, List<String> sectors) {
    public Actor {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
