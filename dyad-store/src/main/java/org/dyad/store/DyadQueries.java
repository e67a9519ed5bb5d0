package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Relations between actors: a dyad's time series and the alignment network. */
final class DyadQueries {
    /** The network shows at most this many edges (the strongest). */
    static final int MAX_EDGES = 2000;
    private static final String SIDE_KEY = "coalesce(e.%1$s_country, e.%1$s_code)";

    private DyadQueries() {
    }

    /**
     * Events between actors whose codes start with {@code a} and {@code b}, in either direction, that
     * {@code filter} counts; periods with only left-out hedged or intended events appear with count 0.
     */
    static DyadSeries series(Connection c, String a, String b, DyadSeries.Interval interval, LocalDate from,
            LocalDate to, CertaintyFilter filter) throws SQLException {
        Where w = new Where().and("e.day_start IS NOT NULL")
                .andAll("((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)) "
                        + "OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))", List.of(a, b, b, a))
                .and("e.day_end >= ?", from)
                .and("e.day_start <= ?", to);
        String counted = CountedEvents.counted(filter);
        String apart = "(NOT " + filter.sql("e.certainty") + " AND e.certainty IN ('hedged', 'intended') AND NOT "
                + CountedEvents.AFTER_ARTICLE + ")";
        String sql = "SELECT strftime(e.day_start, ?) AS period, count(*) FILTER (WHERE " + counted + ") AS n, "
                + "coalesce(sum(e.goldstein) FILTER (WHERE " + counted + "), 0) AS g, "
                + quad(counted, 1) + " AS q1, " + quad(counted, 2) + " AS q2, "
                + quad(counted, 3) + " AS q3, " + quad(counted, 4) + " AS q4, "
                + "count(*) FILTER (WHERE " + apart + ") AS apart"
                + CountedEvents.FROM + w.sql() + " GROUP BY period HAVING n > 0 OR apart > 0 ORDER BY period";
        List<Object> params = new ArrayList<>();
        params.add(interval.format);
        params.addAll(w.params());
        List<DyadSeries.Point> points = new ArrayList<>();
        PreparedStatement ps = ReusedStatements.prepare(c, sql);
        Sql.bindAll(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                points.add(new DyadSeries.Point(rs.getString("period"), rs.getLong("n"), rs.getDouble("g"),
                        rs.getLong("q1"), rs.getLong("q2"), rs.getLong("q3"), rs.getLong("q4"), rs.getLong("apart")));
            }
        }
        return new DyadSeries(a, b, interval, points, CountedEvents.notCounted(c, w, filter));
    }

    private static String quad(String counted, int quadClass) {
        return "count(*) FILTER (WHERE " + counted + " AND e.quad_class = " + quadClass + ")";
    }

    /** Unordered actor pairs with at least {@code minCount} counted events dated within [from, to]. */
    static Network network(Connection c, LocalDate from, LocalDate to, int minCount, CertaintyFilter filter)
            throws SQLException {
        String src = String.format(SIDE_KEY, "source");
        String tgt = String.format(SIDE_KEY, "target");
        Where w = new Where().and("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
                .and("e.day_end >= ?", from)
                .and("e.day_start <= ?", to);
        String sql = "WITH pairs AS (SELECT least(" + src + ", " + tgt + ") AS a, greatest(" + src + ", " + tgt
                + ") AS b, e.goldstein AS g" + CountedEvents.FROM + w.sql() + " AND " + CountedEvents.counted(filter) + ") "
                + "SELECT a, b, count(*) AS n, coalesce(sum(g), 0) AS gs, coalesce(avg(g), 0) AS gm FROM pairs "
                + "WHERE a <> b GROUP BY a, b HAVING count(*) >= ? ORDER BY n DESC, a, b LIMIT ?";
        List<Object> params = new ArrayList<>(w.params());
        params.add(minCount);
        params.add(MAX_EDGES);
        List<Network.Edge> edges = new ArrayList<>();
        Map<String, Long> nodes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Network.Edge e = new Network.Edge(rs.getString("a"), rs.getString("b"), rs.getLong("n"),
                            round(rs.getDouble("gm")), round(rs.getDouble("gs")));
                    edges.add(e);
                    nodes.merge(e.source(), e.count(), Long::sum);
                    nodes.merge(e.target(), e.count(), Long::sum);
                }
            }
        }
        List<Network.Node> nodeList = new ArrayList<>();
        nodes.forEach((id, n) -> nodeList.add(new Network.Node(id, id, n)));
        nodeList.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.id().compareTo(y.id()));
        return new Network(nodeList, edges, CountedEvents.notCounted(c, w, filter));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
