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

    /**
     * A person's title ("General", "Ambassador"), a title of rank that gives its sector only when
     * nothing else describes the person ("Lord": a peer sits in the Lords, but "Science Minister
     * Lord Sainsbury" is a minister), an institution or group ("army", "court"), or a thing whose
     * name holds such a word but names no people ("fighter jets"): a thing has no sectors and, being
     * the longer match, keeps its words from reading as a group.
     */
    public enum Kind { TITLE, RANK, BODY, THING }

    public SectorTerm {
        sectors = List.copyOf(sectors);
    }

    static SectorTerm fromRow(TsvRow row) {
        String kind = row.required(2, "kind");
        Kind k;
        try {
            k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind must be title, rank, body or thing: '" + kind + "'");
        }
        if (k == Kind.THING) {
            if (!row.required(1, "sectors").equals("-")) {
                throw row.error("a thing has no sectors: write '-'");
            }
            return new SectorTerm(row.required(0, "phrase"), List.of(), k);
        }
        return new SectorTerm(row.required(0, "phrase"), Sectors.codes(row, 1), k);
    }
}
