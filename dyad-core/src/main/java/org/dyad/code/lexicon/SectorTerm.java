package org.dyad.code.lexicon;

import java.util.List;
import java.util.Locale;
import org.dyad.code.data.TsvRow;

/**
 * A title or institution word of {@code sectors.tsv} and the CAMEO sectors it implies.
 *
 * @param phrase  lower-case words ("defense minister", "chief of the general staff")
 * @param sectors CAMEO sector codes, most specific first ("MIL", "GOV")
 * @param kind    whether the phrase is a person's title or names a body
 */
public record SectorTerm(String phrase, List<String> sectors, Kind kind) {

    /** A person's title ("General", "Ambassador") or an institution or group ("army", "court"). */
    public enum Kind { TITLE, BODY }

    public SectorTerm {
        sectors = List.copyOf(sectors);
    }

    static SectorTerm fromRow(TsvRow row) {
        List<String> sectors = Sectors.codes(row, 1);
        String kind = row.required(2, "kind");
        try {
            return new SectorTerm(row.required(0, "phrase"), sectors, Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw row.error("kind must be title or body: '" + kind + "'");
        }
    }
}
