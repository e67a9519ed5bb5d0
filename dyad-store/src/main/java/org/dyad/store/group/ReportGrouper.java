package org.dyad.store.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Clusters the reports of one block into events (rules in the package documentation). */
public final class ReportGrouper {
    /** Most precise date first; ties broken by day and then id, so the order is a function of the set. */
    static final Comparator<Report> ORDER = Comparator
            .comparingInt((Report r) -> r.date().rank())
            .thenComparing(r -> r.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::id);

    private ReportGrouper() {
    }

    /** Groups, each listing its reports in {@link #ORDER}; the first report is the group's anchor. */
    public static List<List<Report>> group(List<Report> block) {
        List<Report> sorted = new ArrayList<>(block);
        sorted.sort(ORDER);
        List<List<Report>> groups = new ArrayList<>();
        for (Report r : sorted) {
            List<Report> best = null;
            for (List<Report> g : groups) {
                if (g.stream().allMatch(r::compatible) && (best == null || fit(r, g) > fit(r, best))) {
                    best = g;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(r);
        }
        return groups;
    }

    /** A group that already has this report's exact code fits best, then the larger group. */
    private static int fit(Report r, List<Report> g) {
        boolean sameCode = r.cameo() != null && g.stream().anyMatch(o -> r.cameo().equals(o.cameo()));
        return (sameCode ? 1_000_000 : 0) + g.size();
    }
}
