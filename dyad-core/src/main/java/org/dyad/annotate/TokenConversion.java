package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;

/** Copies CoreNLP's tokens and basic UD dependencies into Dyad's plain {@link Token} records. */
final class TokenConversion {
    private TokenConversion() {
    }

    static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        int i = 1;
        for (CoreLabel l : labels) {
            out.add(new Token(i++, l.originalText() != null ? l.originalText() : l.word(), lower(l.lemma()),
                    l.tag(), l.ner(), l.beginPosition(), l.endPosition(), -1, null));
        }
        return out;
    }

    static List<Token> withDependencies(List<Token> tokens, CoreMap sentence) {
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph == null) {
            return tokens;
        }
        int[] head = new int[tokens.size() + 1];
        String[] rel = new String[tokens.size() + 1];
        java.util.Arrays.fill(head, -1);
        for (IndexedWord root : graph.getRoots()) {
            head[root.index()] = 0;
            rel[root.index()] = "root";
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            int dep = e.getDependent().index();
            if (dep >= 1 && dep <= tokens.size()) {
                head[dep] = e.getGovernor().index();
                rel[dep] = e.getRelation().toString();
            }
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.withDependency(head[t.index()], rel[t.index()]));
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }
}
