package org.dyad.store.group;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Certainty;

/** How much to believe a grouped event; the formula is in the package documentation. */
public final class Confidence {
    /** Chance that one independent publisher's report is wrong. */
    static final double MISS = 0.4;

    private Confidence() {
    }

    public static double weight(Certainty c) {
        return switch (c) {
            case ASSERTED -> 1.0;
            case REPORTED -> 0.85;
            case HEDGED -> 0.6;
            case INTENDED -> 0.45;
            case HYPOTHETICAL -> 0.25;
            case NEGATED -> 0.05;
        };
    }

    /** @param articles distinct documents, @param sources distinct publishers (≤ articles) */
    public static double of(Certainty best, int articles, int sources) {
        double evidence = sources + 0.5 * Math.max(0, articles - sources);
        return weight(best) * (1 - Math.pow(MISS, evidence));
    }

    public static double of(Collection<Report> group) {
        Certainty best = group.stream().map(Report::certainty).min(Certainty::compareTo).orElse(Certainty.HEDGED);
        return of(best, articles(group), sources(group));
    }

    public static int articles(Collection<Report> group) {
        Set<String> docs = new HashSet<>();
        group.forEach(r -> docs.add(r.docId()));
        return docs.size();
    }

    /** Distinct publishers; every report with no publisher counts as one "unknown" source. */
    public static int sources(Collection<Report> group) {
        Set<String> pubs = new HashSet<>();
        group.forEach(r -> pubs.add(r.publisher() == null || r.publisher().isBlank()
                ? "\u0000unknown" : r.publisher().strip().toLowerCase(Locale.ROOT)));
        return pubs.size();
    }
}
