package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.model.Certainty;

/**
 * The SQL every count and curve shares: which events a {@link CertaintyFilter} counts, and which it
 * leaves out, so a view can say what it hides. An intended or hypothetical event dated after the
 * article that states it ("promised to end abuse by 2030") is not something that happened: it is
 * never counted in a curve, even when the filter includes its certainty, and is reported apart.
 */
final class CountedEvents {
    /** Events with the document that speaks for them (for its publication day). */
    static final String FROM = " FROM events e LEFT JOIN documents d ON d.id = e.doc_id";
    /** Intended or hypothetical, dated after the publisher's local day of the article. */
    static final String AFTER_ARTICLE = "coalesce(e.certainty IN ('intended', 'hypothetical') "
            + "AND e.day_start > TRY_CAST(left(d.published, 10) AS DATE), false)";

    private CountedEvents() {
    }

    /** The condition for an event to be counted under {@code filter}. */
    static String counted(CertaintyFilter filter) {
        return "(" + filter.sql("e.certainty") + " AND NOT " + AFTER_ARTICLE + ")";
    }

    /**
     * What {@code filter} leaves out of the events matching {@code w} (over {@link #FROM}): each event
     * is counted, excluded by its certainty, or dated after its article — exactly one of the three.
     */
    static NotCounted notCounted(Connection c, Where w, CertaintyFilter filter) throws SQLException {
        String sql = "SELECT e.certainty, count(*) FILTER (WHERE NOT " + filter.sql("e.certainty") + " AND NOT "
                + AFTER_ARTICLE + ") AS excluded, count(*) FILTER (WHERE " + AFTER_ARTICLE + ") AS later"
                + FROM + w.sql() + " GROUP BY e.certainty";
        Map<Certainty, Long> byCertainty = new java.util.EnumMap<>(Certainty.class);
        long later = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bindAll(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long excluded = rs.getLong("excluded");
                    if (excluded > 0) {
                        byCertainty.merge(MentionRow.certainty(rs.getString(1)), excluded, Long::sum);
                    }
                    later += rs.getLong("later");
                }
            }
        }
        Map<String, Long> labelled = new LinkedHashMap<>();
        byCertainty.forEach((k, v) -> labelled.put(k.label(), v));
        return new NotCounted(filter.labels(), labelled, later);
    }
}
