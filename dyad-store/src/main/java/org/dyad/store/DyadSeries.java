package org.dyad.store;

import java.util.List;

/**
 * Events between two actors over time (either direction), counted under a {@link CertaintyFilter}.
 *
 * @param notCounted what the filter left out of the curve, for the view to say
 */
public record DyadSeries(String a, String b, Interval interval, List<Point> points, NotCounted notCounted) {
    public DyadSeries {
        points = List.copyOf(points);
    }

    public enum Interval {
        DAY("%Y-%m-%d"), MONTH("%Y-%m");

        final String format;

        Interval(String format) {
            this.format = format;
        }

        /** "day" or "month"; anything else is an error naming the choices. */
        public static Interval of(String s) {
            for (Interval i : values()) {
                if (i.name().equalsIgnoreCase(s)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("interval must be day or month, not '" + s + "'");
        }
    }

    /**
     * One period (YYYY-MM or YYYY-MM-DD) with its counted events, their Goldstein sum and count per CAMEO
     * quad class; {@code apart} counts the hedged and intended events of the period that the filter left
     * out, drawn apart from what happened.
     */
    public record Point(String period, long count, double goldsteinSum, long verbalCoop, long materialCoop,
            long verbalConflict, long materialConflict, long apart) {
    }
}
