package org.dyad.eval;

import java.util.List;

/**
 * One Multi-CoPED sentence with its five-class label and, when the NER file has the same
 * sentence, its actor spans.
 *
 * @param label {@link PentaClass} label 0-4
 * @param spans gold actor spans; empty when the NER file does not have this sentence
 */
public record MulticopedSentence(int line, String text, int label, List<Span> spans) {

    public MulticopedSentence {
        spans = List.copyOf(spans);
    }

    /** Actor role in the NER file: S source, T target, R reciprocal (both sides of a symmetric event). */
    public enum Role { S, T, R }

    /** A gold actor span as its words. */
    public record Span(Role role, String text) {
    }

    public List<Span> spans(Role role) {
        return spans.stream().filter(s -> s.role() == role).toList();
    }
}
