package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Sentences that open with an adverbial and a comma ("To a packed audience at Gateshead's Sage
 * Centre, Mr Brown accused Oliver Letwin of plotting cuts") are where CoreNLP's parser most often
 * loses the main clause: it made "audience" the root and "accused" an adjective of "chancellor".
 * When the parse puts the root inside such an opening and a finite verb follows the comma, the
 * clause after the comma and the opening are parsed each on its own and joined: the clause's root
 * is the sentence's, the opening hangs from it as an oblique ("obl:to") or, when it is a clause
 * ("After meeting Mr Blair,", "When the talks ended,"), as an adverbial clause.
 */
final class FrontedAdverbials {
    /** How far into the sentence the opening's comma may be. */
    private static final int MAX_OPENING = 25;
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Subordinators that open a clause the parser handles as such ("that", "whether" open no adverbial). */
    private static final Set<String> NOT_OPENERS = Set.of("that", "whether");

    private FrontedAdverbials() {
    }

    /**
     * The 1-based index of the comma that closes an opening adverbial when the parse put the
     * sentence's root before it and a finite verb comes after it; 0 when the parse stands.
     */
    static int brokenAt(List<CoreLabel> labels, SemanticGraph graph) {
        if (labels.size() < 4 || graph == null || graph.getRoots().size() != 1) {
            return 0;
        }
        String first = labels.get(0).tag();
        // only a preposition or subordinator opens one for sure: a participle may open the subject
        // ("Detaining suspects without trial breaks human rights laws, the court ruled")
        boolean opener = "IN".equals(first) && !NOT_OPENERS.contains(labels.get(0).word().toLowerCase(Locale.ROOT));
        int comma = 0;
        for (int i = 1; i < Math.min(labels.size() - 1, MAX_OPENING); i++) {
            if (",".equals(labels.get(i).word())) {
                comma = i + 1;
                break;
            }
        }
        if (!opener || comma < 3 || graph.getFirstRoot().index() >= comma || !adverbial(labels, comma)) {
            return 0;
        }
        for (int i = comma; i < labels.size(); i++) {
            if (FINITE.contains(labels.get(i).tag())) {
                return comma;
            }
        }
        return 0;
    }

    /**
     * Whether tokens before the comma can be an opening adverbial: no colon or quotation mark
     * ("In reply Tory co-chairman Liam Fox said: \"Like Labour," is the clause itself).
     */
    private static boolean adverbial(List<CoreLabel> labels, int comma) {
        for (int i = 0; i < comma - 1; i++) {
            String tag = labels.get(i).tag();
            if (":".equals(tag) || "``".equals(tag) || "''".equals(tag)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence's graph rebuilt from separate parses of its opening (tokens before the comma)
     * and of its clause (tokens after it); null when either cannot be parsed or the clause's root is
     * no verb, adjective or copular predicate (then the joined parse would be no better).
     */
    static SemanticGraph joined(CoreMap sentence, int comma, Function<CoreMap, SemanticGraph> parser) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] openingAt = SentenceParts.range(0, comma - 1);
        int[] clauseAt = SentenceParts.range(comma, labels.size());
        SemanticGraph opening = parser.apply(SentenceParts.part(labels, openingAt));
        SemanticGraph clause = parser.apply(SentenceParts.part(labels, clauseAt));
        if (opening == null || clause == null || opening.getRoots().size() != 1 || clause.getRoots().size() != 1) {
            return null;
        }
        IndexedWord clauseRoot = clause.getFirstRoot();
        boolean predicate = clauseRoot.tag().startsWith("VB") || clauseRoot.tag().startsWith("JJ")
                || clause.getChildrenWithReln(clauseRoot, UniversalEnglishGrammaticalRelations.COPULA).size() > 0;
        if (!predicate) {
            return null;
        }
        SemanticGraph g = new SemanticGraph();
        List<IndexedWord> words = SentenceParts.vertices(labels, g);
        SentenceParts.copy(opening, g, words, openingAt);
        SentenceParts.copy(clause, g, words, clauseAt);
        IndexedWord root = SentenceParts.inSentence(clauseRoot, words, clauseAt);
        IndexedWord openingRoot = SentenceParts.inSentence(opening.getFirstRoot(), words, openingAt);
        g.setRoot(root);
        g.addEdge(root, openingRoot, openingRelation(opening, labels), Double.NEGATIVE_INFINITY, false);
        g.addEdge(root, words.get(comma - 1), UniversalEnglishGrammaticalRelations.PUNCTUATION,
                Double.NEGATIVE_INFINITY, false);
        return g;
    }

    /** "To a packed audience" is an oblique marked "to"; "Speaking on Radio 4" a clause. */
    private static GrammaticalRelation openingRelation(SemanticGraph opening, List<CoreLabel> labels) {
        String tag = opening.getFirstRoot().tag();
        boolean nominal = tag.startsWith("NN") || tag.startsWith("PRP") || "CD".equals(tag);
        if (!nominal || !"IN".equals(labels.get(0).tag())) {
            return UniversalEnglishGrammaticalRelations.ADV_CLAUSE_MODIFIER;
        }
        return UniversalEnglishGrammaticalRelations.getObl(labels.get(0).word().toLowerCase(Locale.ROOT));
    }
}
