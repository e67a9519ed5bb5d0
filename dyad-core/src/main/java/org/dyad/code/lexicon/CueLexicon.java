package org.dyad.code.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.Token;

/**
 * The words that carry certainty and attribution, from {@code cues.tsv} (format in the file's
 * header): speech verbs, hedges, intention verbs, negators, conditional markers. A row may require
 * an object ({@code put SPEECH obj=it}: "put it quite poetically" reports speech, "put troops on
 * alert" does not); such a cue holds only where the parse shows that object
 * ({@link #is(DependencyTree, int, Cue)}), never for the bare lemma.
 */
public final class CueLexicon {
    /** What a cue word signals. */
    public enum Cue {
        SPEECH, SOURCE_NOUN, HEDGE_ADVERB, HEDGE_VERB, HEDGE_MODAL, HEDGE_ADJECTIVE, INTENT_VERB, INTENT_NOUN,
        FUTURE_MODAL, NEGATOR, NEGATIVE_VERB, CONDITION, HYPOTHETICAL_MODAL, HYPOTHETICAL_ADJECTIVE, PLURAL_PARTY,
        OBJECT_CONTROL, ORDER_VERB, OBJECT_DOER, ALLEGATION, REQUEST_VERB, REQUEST_FOR, REQUEST_NOUN, REFERRED_ACT, MEASURE,
        ORIGIN_PLACE, ATTEMPT_VERB, PEOPLE_NOUN, PREVENT_VERB, ENDURE_VERB, AREA_NOUN, CLAIM_NOUN, ENVOY_NOUN,
        TOPIC_VERB, MARKET_NOUN, REQUEST_TO, MISHAP_NOUN, ASKED_OF_OWNER, MISHAP_VERB, HARM_VERB
    }

    private static volatile CueLexicon shipped;
    private static final String OBJECT = "obj=";

    private final Map<Cue, Set<String>> cues = new EnumMap<>(Cue.class);
    /** Cues that hold only with one of these object lemmas: cue → lemma → objects. */
    private final Map<Cue, Map<String, Set<String>>> withObject = new EnumMap<>(Cue.class);

    private CueLexicon() {
        for (Cue c : Cue.values()) {
            cues.put(c, new HashSet<>());
            withObject.put(c, new HashMap<>());
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

    static CueLexicon read(List<TsvRow> rows) {
        CueLexicon lex = new CueLexicon();
        for (TsvRow row : rows) {
            Cue cue;
            try {
                cue = Cue.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue '" + row.cell(1) + "'");
            }
            String lemma = row.cell(0).toLowerCase(Locale.ROOT);
            String condition = row.cell(2);
            if (condition.isEmpty()) {
                lex.cues.get(cue).add(lemma);
            } else if (condition.startsWith(OBJECT) && condition.length() > OBJECT.length()) {
                lex.withObject.get(cue).computeIfAbsent(lemma, k -> new HashSet<>())
                        .addAll(List.of(condition.substring(OBJECT.length()).toLowerCase(Locale.ROOT).split(",")));
            } else {
                throw row.error("unknown condition '" + condition + "' (expected obj=LEMMA[,LEMMA...])");
            }
        }
        return lex;
    }

    /** Whether the lemma is a cue on its own; rows that need an object never match here. */
    public boolean is(String lemma, Cue cue) {
        return lemma != null && cues.get(cue).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether word {@code k} of a parsed sentence is a cue, its required object included. */
    public boolean is(DependencyTree tree, int k, Cue cue) {
        String lemma = tree.lemma(k);
        if (is(lemma, cue)) {
            return true;
        }
        Set<String> objects = lemma == null ? null : withObject.get(cue).get(lemma.toLowerCase(Locale.ROOT));
        return objects != null && tree.children(k, "obj").stream()
                .anyMatch(o -> objects.contains(tree.lemma(o).toLowerCase(Locale.ROOT)));
    }

    /** Whether the clause is marked by a word of this cue: "if"/"unless" for {@link Cue#CONDITION}. */
    public boolean marks(DependencyTree tree, int clause, Cue cue) {
        return tree.hasChild(clause, m -> tree.baseRelation(m).equals("mark") && is(tree.lemma(m), cue));
    }

    /**
     * Whether a subject word stands for the parties already named: a pronoun or "both", or a
     * party noun in the plural ("the two countries", "both sides"). A singular noun names one
     * party ("the country", "the government", "the Iranian side"), not the pair.
     */
    public boolean standsForParties(Token t) {
        if (!is(t.lemma(), Cue.PLURAL_PARTY)) {
            return false;
        }
        String pos = t.pos() == null ? "" : t.pos();
        return !pos.startsWith("NN") || pos.equals("NNS") || pos.equals("NNPS");
    }
}
