package org.dyad.eval.gold;

import java.util.Locale;

/**
 * How much of an actor code two codings must share (coding guide, section 8). Country codes:
 * strict compares ISO-3 + first sector ({@code GBRGOVCOP} = {@code GBRGOV}), party the ISO-3
 * alone. IGO/NGO codes: strict compares the whole code, party its first nine letters
 * ({@code IGOEUREECLEG} is party {@code IGOEUREEC}). A missing actor is the empty key.
 */
public enum ActorKey {
    STRICT, PARTY;

    private static final int COUNTRY = 3;
    private static final int SECTOR = 3;
    private static final int ORGANISATION = 9;

    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        boolean organisation = c.startsWith("IGO") || c.startsWith("NGO") || c.startsWith("NGM");
        int keep;
        if (this == STRICT) {
            keep = organisation ? c.length() : COUNTRY + SECTOR;
        } else {
            keep = organisation ? ORGANISATION : COUNTRY;
        }
        return c.substring(0, Math.min(keep, c.length()));
    }
}
