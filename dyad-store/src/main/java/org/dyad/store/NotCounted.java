package org.dyad.store;

import java.util.List;
import java.util.Map;

/**
 * What an aggregate counted and what it left out, so that a view can say so ("3 negated,
 * 1 hypothetical not counted").
 *
 * @param certainty    the certainties counted
 * @param excluded     events of the other certainties, by certainty (most factual first; zero counts left out),
 *                     not counting those dated after their article
 * @param afterArticle intended or hypothetical events dated after their article: never in a curve, whatever
 *                     the filter
 */
public record NotCounted(List<String> certainty, Map<String, Long> excluded, long afterArticle) {
    public NotCounted {
        certainty = List.copyOf(certainty);
        excluded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(excluded));
    }
}
