package org.dyad.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up {@link RecordScore}s overall and per group (a gold event type or class) and prints
 * them as a fixed-width table. Each rate has its own denominator: items where it was scorable.
 */
public final class ScoreTable {

    /** Hit and scorable counts of one figure. */
    public record Rate(int hits, int scored) {
        Rate add(Boolean hit) {
            return hit == null ? this : new Rate(hits + (hit ? 1 : 0), scored + 1);
        }

        public double share() {
            return scored == 0 ? Double.NaN : (double) hits / scored;
        }

        @Override
        public String toString() {
            return scored == 0 ? "-" : String.format(Locale.ROOT, "%5.1f%% %3d/%-3d", 100 * share(), hits, scored);
        }
    }

    /** The five figures of one row. */
    public record Row(int n, Rate type, Rate root, Rate source, Rate dyad, Rate both, Rate noEvent) {
        private static final Rate NONE = new Rate(0, 0);
        static final Row EMPTY = new Row(0, NONE, NONE, NONE, NONE, NONE, NONE);

        Row add(RecordScore s) {
            return new Row(n + 1, type.add(s.typeHit()), root.add(s.rootHit()), source.add(s.sourceHit()),
                    dyad.add(s.dyadHit()), both.add(s.bothHit()), noEvent.add(s.noEvent()));
        }
    }

    private final String groupHeading;
    private final String typeHeading;
    private Row total = Row.EMPTY;
    private final Map<String, Row> groups = new TreeMap<>();

    /**
     * @param groupHeading heading of the group column, e.g. "gold event"
     * @param typeHeading  heading of the type column, e.g. "PLOVER type"
     */
    public ScoreTable(String groupHeading, String typeHeading) {
        this.groupHeading = groupHeading;
        this.typeHeading = typeHeading;
    }

    public void add(String group, RecordScore score) {
        total = total.add(score);
        groups.merge(group, Row.EMPTY.add(score), (a, b) -> a.add(score));
    }

    public Row total() {
        return total;
    }

    public Map<String, Row> groups() {
        return Map.copyOf(groups);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        String format = "%-26s %5s  %-16s %-16s %-16s %-16s %-16s %-16s%n";
        sb.append(String.format(Locale.ROOT, format, groupHeading, "n", typeHeading, "CAMEO root", "source",
                "dyad", "type+dyad", "no event"));
        groups.forEach((g, r) -> sb.append(line(format, g, r)));
        sb.append(line(format, "TOTAL", total));
        return sb.toString();
    }

    private static String line(String format, String group, Row r) {
        return String.format(Locale.ROOT, format, group, r.n(), r.type(), r.root(), r.source(), r.dyad(), r.both(),
                r.noEvent());
    }
}
