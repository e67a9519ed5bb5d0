package org.dyad.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
            try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
                c = parse(in, "cues.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = c;
        }
        return c;
    }

    static CueLexicon parse(InputStream in, String name) throws IOException {
        CueLexicon lex = new CueLexicon();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException(name + ":" + no + ": expected 'word<TAB>CUE'");
            }
            Cue cue;
            try {
                cue = Cue.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + no + ": unknown cue '" + f[1] + "'", e);
            }
            lex.cues.get(cue).add(f[0].strip().toLowerCase(Locale.ROOT));
        }
        return lex;
    }

    public boolean is(String lemma, Cue cue) {
        return lemma != null && cues.get(cue).contains(lemma.toLowerCase(Locale.ROOT));
    }
}
