package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.group.Report;
import org.dyad.store.group.ReportGrouper;

/**
 * Rebuilds the events of the blocks a batch touched. Because grouping is a function of a block's
 * mentions, rebuilding a block from scratch is both incremental and idempotent.
 */
final class Regrouper {
    private Regrouper() {
    }

    static void regroup(Connection c, Collection<String> blockKeys) throws SQLException {
        try (PreparedStatement load = c.prepareStatement(
                     "SELECT " + MentionRow.COLUMNS + " FROM mentions WHERE block_key = ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE block_key = ?");
             PreparedStatement insert = c.prepareStatement(EventRow.INSERT);
             PreparedStatement assign = c.prepareStatement("UPDATE mentions SET event_id = ? WHERE id = ?")) {
            for (String key : blockKeys) {
                List<MentionRow> mentions = load(load, key);
                delete.setString(1, key);
                delete.executeUpdate();
                for (List<MentionRow> group : groups(mentions)) {
                    EventRow e = EventRow.of(group);
                    e.bind(insert);
                    insert.executeUpdate();
                    for (MentionRow m : group) {
                        if (!e.id().equals(m.eventId())) {
                            assign.setString(1, e.id());
                            assign.setString(2, m.id());
                            assign.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    private static List<MentionRow> load(PreparedStatement load, String key) throws SQLException {
        load.setString(1, key);
        List<MentionRow> rows = new ArrayList<>();
        try (ResultSet rs = load.executeQuery()) {
            while (rs.next()) {
                rows.add(MentionRow.read(rs));
            }
        }
        return rows;
    }

    private static List<List<MentionRow>> groups(List<MentionRow> mentions) {
        Map<String, MentionRow> byId = new HashMap<>();
        List<Report> reports = new ArrayList<>();
        for (MentionRow m : mentions) {
            byId.put(m.id(), m);
            reports.add(m.report());
        }
        List<List<MentionRow>> out = new ArrayList<>();
        for (List<Report> g : ReportGrouper.group(reports)) {
            out.add(g.stream().map(r -> byId.get(r.id())).toList());
        }
        return out;
    }

    /** Actors are a summary of events: rebuilt whole, it is cheap next to ingest. */
    static void rebuildActors(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM actors");
            s.execute("""
                    INSERT INTO actors
                    WITH sides AS (
                      SELECT source_code AS code, source_text AS text, source_country AS country, source_sector AS sector
                        FROM events WHERE source_code IS NOT NULL
                      UNION ALL
                      SELECT target_code, target_text, target_country, target_sector
                        FROM events WHERE target_code IS NOT NULL)
                    SELECT code, mode(text), mode(country), mode(sector), count(*) FROM sides GROUP BY code""");
        }
    }
}
