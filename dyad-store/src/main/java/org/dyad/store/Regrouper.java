package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.store.group.Report;
import org.dyad.store.group.ReportGrouper;

/**
 * Rebuilds the events of the blocks a batch touched. Because grouping is a function of a block's
 * mentions, rebuilding a block from scratch is both incremental and idempotent. Works in bulk
 * (scratch tables, appenders) because per-row statements dominate ingest time otherwise.
 */
final class Regrouper {
    private Regrouper() {
    }

    static void regroup(DuckDBConnection c, Collection<String> blockKeys) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM scratch_blocks");
            s.execute("DELETE FROM scratch_assign");
            s.execute("DELETE FROM scratch_alias");
            try (DuckDBAppender a = c.createAppender("main", "scratch_blocks")) {
                for (String key : blockKeys) {
                    Appends.row(a, key);
                }
            }
            Map<String, List<MentionRow>> blocks = load(s);
            s.execute("DELETE FROM events WHERE block_key IN (SELECT block_key FROM scratch_blocks)");
            EventSuccessors successors = new EventSuccessors();
            try (DuckDBAppender events = c.createAppender("main", "events");
                 DuckDBAppender assign = c.createAppender("main", "scratch_assign")) {
                for (List<MentionRow> block : blocks.values()) {
                    for (List<MentionRow> group : groups(block)) {
                        EventRow e = EventRow.of(group);
                        Appends.row(events, e.values());
                        successors.add(e.id(), group);
                        for (MentionRow m : group) {
                            if (!e.id().equals(m.eventId())) {
                                Appends.row(assign, m.id(), e.id());
                            }
                        }
                    }
                }
            }
            try (DuckDBAppender alias = c.createAppender("main", "scratch_alias")) {
                for (Map.Entry<String, String> gone : successors.gone().entrySet()) {
                    Appends.row(alias, gone.getKey(), gone.getValue());
                }
            }
            s.execute("UPDATE mentions SET event_id = a.event_id FROM scratch_assign a WHERE mentions.id = a.id");
            keepAliases(s);
        }
    }

    /**
     * An event id that regrouping retired keeps answering: it becomes an alias of its successor. Older
     * aliases that pointed at a retired id move on to the successor, and an id that is an event again
     * stops being an alias.
     */
    private static void keepAliases(Statement s) throws SQLException {
        s.execute("DELETE FROM event_aliases WHERE old_id IN "
                + "(SELECT id FROM events WHERE block_key IN (SELECT block_key FROM scratch_blocks))");
        s.execute("UPDATE event_aliases SET event_id = a.event_id FROM scratch_alias a "
                + "WHERE event_aliases.event_id = a.old_id");
        s.execute("INSERT INTO event_aliases SELECT old_id, event_id FROM scratch_alias");
    }

    private static Map<String, List<MentionRow>> load(Statement s) throws SQLException {
        Map<String, List<MentionRow>> blocks = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT " + MentionRow.COLUMNS + " FROM mentions "
                + "WHERE block_key IN (SELECT block_key FROM scratch_blocks) ORDER BY block_key, id")) {
            while (rs.next()) {
                MentionRow m = MentionRow.read(rs);
                blocks.computeIfAbsent(m.blockKey(), k -> new ArrayList<>()).add(m);
            }
        }
        return blocks;
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
    static void rebuildActors(DuckDBConnection c) throws SQLException {
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
