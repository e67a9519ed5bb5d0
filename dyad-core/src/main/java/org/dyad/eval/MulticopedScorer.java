package org.dyad.eval;

import java.util.List;
import org.dyad.eval.MulticopedSentence.Role;
import org.dyad.eval.MulticopedSentence.Span;
import org.dyad.model.Event;

/**
 * Scores the events Dyad coded for one Multi-CoPED sentence.
 *
 * <p>Class: some event's CAMEO root falls in the gold {@link PentaClass}. Dyad, by span overlap
 * ({@link SpanOverlap}) between Dyad's source/target actor text and the gold spans: the source
 * overlaps an S span and the target a T span; with reciprocal (R) spans, source and target each
 * overlap an R span, different ones when there are several. A role the gold does not mark is not
 * checked; a sentence without spans is not scored for the dyad. Source alone: some event's source
 * overlaps an S span (or an R span when there is no S).
 */
public final class MulticopedScorer {

    public RecordScore score(MulticopedSentence gold, List<Event> events) {
        boolean type = false;
        boolean dyad = false;
        boolean both = false;
        boolean source = false;
        List<Span> sourceSpans = sourceSpans(gold);
        for (Event e : events) {
            String text = e.source() == null ? null : e.source().text();
            source |= sourceSpans.stream().anyMatch(s -> SpanOverlap.overlaps(text, s.text()));
            boolean t = PentaClass.ofRoot(e.cameoRoot()) == gold.label();
            boolean d = dyadMatches(gold, e);
            type |= t;
            dyad |= d;
            both |= t && d;
        }
        boolean scorable = !gold.spans().isEmpty();
        return new RecordScore(type, null, sourceSpans.isEmpty() ? null : source, scorable ? dyad : null,
                scorable ? both : null, events.isEmpty());
    }

    /** The spans a source may match: S, or either side of a reciprocal pair. */
    private static List<Span> sourceSpans(MulticopedSentence gold) {
        List<Span> s = gold.spans(Role.S);
        return s.isEmpty() ? gold.spans(Role.R) : s;
    }

    static boolean dyadMatches(MulticopedSentence gold, Event e) {
        String source = e.source() == null ? null : e.source().text();
        String target = e.target() == null ? null : e.target().text();
        List<Span> reciprocal = gold.spans(Role.R);
        if (!reciprocal.isEmpty()) {
            return reciprocalMatches(reciprocal, source, target);
        }
        return sideMatches(gold.spans(Role.S), source) && sideMatches(gold.spans(Role.T), target);
    }

    private static boolean sideMatches(List<Span> spans, String text) {
        return spans.isEmpty() || spans.stream().anyMatch(s -> SpanOverlap.overlaps(text, s.text()));
    }

    private static boolean reciprocalMatches(List<Span> spans, String source, String target) {
        for (int i = 0; i < spans.size(); i++) {
            for (int j = 0; j < spans.size(); j++) {
                if ((i != j || spans.size() == 1) && SpanOverlap.overlaps(source, spans.get(i).text())
                        && SpanOverlap.overlaps(target, spans.get(j).text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
