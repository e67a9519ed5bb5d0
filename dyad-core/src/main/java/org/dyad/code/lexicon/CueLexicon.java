package org.dyad.code.lexicon;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;

/**
 * The words that carry certainty and attribution, from {@code cues.tsv} (format in the file's
 * header): speech verbs, hedges, intention verbs, negators, conditional markers.
 */
public final class CueLexicon {
    /** What a cue word signals. */
    public enum Cue {
        SPEECH, SOURCE_NOUN, HEDGE_ADVERB, HEDGE_VERB, HEDGE_MODAL, HEDGE_ADJECTIVE, INTENT_VERB, INTENT_NOUN,
        FUTURE_MODAL, NEGATOR, NEGATIVE_VERB, CONDITION, HYPOTHETICAL_MODAL, HYPOTHETICAL_ADJECTIVE, PLURAL_PARTY,
        OBJECT_CONTROL
    }

    private static volatile CueLexicon shipped;
    private final Map<Cue, Set<String>> cues = new EnumMap<>(Cue.class);

    private CueLexicon() {
        for (Cue c : Cue.values()) {
            cues.put(c, new HashSet<>());
        }
    }

    public static CueLexicon shipped() {
        CueLexicon c = shipped;
        if (c == null) {
            c = read(TsvFile.resource("org/dyad/code/cues.tsv").columns(2, Integer.MAX_VALUE).rows());
            shipped = c;
        }
        return c;
    }

    private static CueLexicon read(List<TsvRow> rows) {
        CueLexicon lex = new CueLexicon();
        for (TsvRow row : rows) {
            Cue cue;
            try {
                cue = Cue.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue '" + row.cell(1) + "'");
            }
            lex.cues.get(cue).add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        return lex;
    }

    public boolean is(String lemma, Cue cue) {
        return lemma != null && cues.get(cue).contains(lemma.toLowerCase(Locale.ROOT));
    }
}
