package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Pieces of a tagged sentence parsed each as a sentence of its own, and their arcs copied back into
 * one graph over the whole sentence: how {@link FrontedAdverbials} and {@link InterruptingRelatives}
 * mend a parse that lost the main clause.
 */
final class SentenceParts {
    private SentenceParts() {
    }

    /** Positions [from, to), 0-based. */
    static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    /** Two runs of positions as one: the words of a sentence around a piece taken out. */
    static int[] around(int[] before, int[] after) {
        return IntStream.concat(IntStream.of(before), IntStream.of(after)).toArray();
    }

    /** The tokens at the given 0-based positions as a sentence of their own, numbered from 1 (copies: the sentence's stay as they are). */
    static CoreMap part(List<CoreLabel> labels, int[] positions) {
        List<CoreLabel> copies = new ArrayList<>(positions.length);
        for (int i = 0; i < positions.length; i++) {
            CoreLabel c = new CoreLabel(labels.get(positions[i]));
            c.setIndex(i + 1);
            copies.add(c);
        }
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, copies);
        return m;
    }

    /** A graph holding every token of the sentence and no arc yet; the words in token order. */
    static List<IndexedWord> vertices(List<CoreLabel> labels, SemanticGraph g) {
        List<IndexedWord> words = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            IndexedWord w = new IndexedWord(l);
            words.add(w);
            g.addVertex(w);
        }
        return words;
    }

    /** Each arc of a piece's graph into the sentence's graph, the piece's token i standing for {@code positions[i - 1]}. */
    static void copy(SemanticGraph piece, SemanticGraph g, List<IndexedWord> words, int[] positions) {
        for (SemanticGraphEdge e : piece.edgeIterable()) {
            g.addEdge(words.get(positions[e.getGovernor().index() - 1]), words.get(positions[e.getDependent().index() - 1]),
                    e.getRelation(), Double.NEGATIVE_INFINITY, false);
        }
    }

    /** The sentence's word a piece's word stands for. */
    static IndexedWord inSentence(IndexedWord pieceWord, List<IndexedWord> words, int[] positions) {
        return words.get(positions[pieceWord.index() - 1]);
    }
}
