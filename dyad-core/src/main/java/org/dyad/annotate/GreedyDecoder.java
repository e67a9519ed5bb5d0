package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy arc-standard parsing as CoreNLP's {@code DependencyParser.predict} does it: from the
 * start state, apply the best-scoring transition the state allows until one tree is left. Three
 * differences, none of which changes a parse: scores come from {@link ParserNetwork}; a state
 * that allows only one transition (the first shift, shifts while only the root is on the stack)
 * takes it without scoring, since the best allowed transition can only be that one; and which
 * transitions a state allows is asked of CoreNLP once per kind of state, not once per state.
 */
final class GreedyDecoder {
    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final ParserNetwork network;
    /** Per kind of state ({@link #kind}), which transitions it allows, and the only one when just one. */
    private final boolean[][] allowed;
    private final String[] onlyAllowed;

    /** @param precomputedCount see {@link ParserNetwork#ParserNetwork(DependencyParser, int)} */
    @SuppressWarnings("unchecked")
    GreedyDecoder(DependencyParser parser, int precomputedCount) {
        this.parser = parser;
        this.system = (ParsingSystem) ParserNetwork.privateField(DependencyParser.class, parser, "system");
        this.transitions = List.copyOf(
                (List<String>) ParserNetwork.privateField(ParsingSystem.class, system, "transitions"));
        this.network = new ParserNetwork(parser, precomputedCount);
        this.allowed = allowedByKind();
        this.onlyAllowed = onlyAllowedByKind();
        if (network.transitions() != transitions.size()) {
            throw new IllegalStateException("the parser's network scores " + network.transitions()
                    + " transitions but its system has " + transitions.size());
        }
    }

    /** Each token's head (0 for the root) and arc label, indexed from 1 like CoreNLP's tokens. */
    record Arcs(int[] heads, String[] labels) {
    }

    /** The scorer for one article's sentences (see {@link ParserNetwork.ArticleScorer}). */
    ParserNetwork.ArticleScorer forArticle() {
        return network.forArticle();
    }

    Arcs decode(CoreMap sentence, ParserNetwork.ArticleScorer scorer) {
        Configuration state = system.initialConfiguration(sentence);
        while (!finished(state)) {
            system.apply(state, next(state, scorer));
        }
        int n = state.getSentenceSize();
        int[] heads = new int[n + 1];
        String[] labels = new String[n + 1];
        for (int i = 1; i <= n; i++) {
            heads[i] = state.getHead(i);
            labels[i] = state.getLabel(i);
        }
        return new Arcs(heads, labels);
    }

    /** Arc-standard ends with only the root on the stack and nothing left to shift. */
    private static boolean finished(Configuration state) {
        return state.getStackSize() == 1 && state.getBufferSize() == 0;
    }

    private String next(Configuration state, ParserNetwork.ArticleScorer scorer) {
        String only = onlyAllowed(state);
        return only != null ? only : best(state, scorer.scores(features(state)));
    }

    /** The one transition the state allows, or null when it allows several. */
    private String onlyAllowed(Configuration state) {
        return onlyAllowed[kind(state)];
    }

    /** The highest-scoring allowed transition, the first on a tie, as CoreNLP chooses. */
    private String best(Configuration state, double[] scores) {
        boolean[] allowed = this.allowed[kind(state)];
        double bestScore = Double.NEGATIVE_INFINITY;
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] > bestScore && allowed[t]) {
                bestScore = scores[t];
                best = t;
            }
        }
        return best < 0 ? null : transitions.get(best);
    }

    /**
     * What arc-standard allows depends only on the stack's size up to three (whether the root is
     * the top or second item, whether two words are there to join) and on whether words are left
     * to shift: six kinds of state. CoreNLP's {@code canApply} answers per transition name, parsing
     * the label each time; the answers are asked here once per kind, of a state of that kind.
     */
    private static int kind(Configuration state) {
        return Math.min(state.getStackSize(), 3) * 2 + (state.getBufferSize() > 0 ? 1 : 0) - 2;
    }

    private boolean[][] allowedByKind() {
        boolean[][] byKind = new boolean[6][];
        for (int words = 0; words <= 3; words++) {
            for (int shifts = 0; shifts <= words && shifts < 3; shifts++) {
                Configuration state = system.initialConfiguration(sentenceOf(words));
                for (int i = 0; i < shifts; i++) {
                    state.shift();
                }
                boolean[] allowed = new boolean[transitions.size()];
                for (int t = 0; t < allowed.length; t++) {
                    allowed[t] = system.canApply(state, transitions.get(t));
                }
                byKind[kind(state)] = allowed;
            }
        }
        return byKind;
    }

    private String[] onlyAllowedByKind() {
        String[] only = new String[allowed.length];
        for (int kind = 0; kind < allowed.length; kind++) {
            int count = 0;
            for (int t = 0; t < transitions.size(); t++) {
                if (allowed[kind][t]) {
                    count++;
                    only[kind] = transitions.get(t);
                }
            }
            if (count != 1) {
                only[kind] = null;
            }
        }
        return only;
    }

    private static CoreMap sentenceOf(int words) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 1; i <= words; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord("word");
            token.setValue("word");
            token.setTag("NN");
            token.setIndex(i);
            tokens.add(token);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    private int[] features(Configuration state) {
        List<Integer> values = parser.getFeatures(state);
        int[] features = new int[values.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = values.get(i);
        }
        return features;
    }
}
