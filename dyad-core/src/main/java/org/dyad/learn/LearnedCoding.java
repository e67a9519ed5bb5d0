package org.dyad.learn;

import java.util.List;

/**
 * What the learned heads say about one sentence. A head the model does not have gives null.
 *
 * @param eventProbability probability that the sentence holds an event by the coding guide
 * @param spans            source (S), target (T) or reciprocal (R) spans of the main event
 */
public record LearnedCoding(double eventProbability, LabelledHead.Prediction root, LabelledHead.Prediction penta,
                            LabelledHead.Prediction plover, LabelledHead.Prediction certainty,
                            List<ActorSpan> spans) {

    public LearnedCoding {
        spans = List.copyOf(spans);
    }

    /** The first span of a role, or null. */
    public ActorSpan first(ActorSpan.Role role) {
        return spans.stream().filter(s -> s.role() == role).findFirst().orElse(null);
    }
}
