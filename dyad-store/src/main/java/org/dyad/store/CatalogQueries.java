package org.dyad.store;

import org.dyad.model.DocumentJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Document;

/** Lists of what the store holds: actors, places, documents, and its totals. */
final class CatalogQueries {
    private CatalogQueries() {
    }

    /**
     * Actors whose code starts with {@code q} or whose name contains it (any case); all when q is null.
     * Names come from the {@code actors} summary; counts are of the events {@code filter} counts.
     */
    static List<ActorCount> actors(Connection c, String q, int limit, CertaintyFilter filter) throws SQLException {
        Where w = new Where().and("(starts_with(a.code, upper(?)) OR contains(lower(a.name), lower(?)))", q);
        String counted = CountedEvents.counted(filter);
        String counts = "SELECT code, count(*) AS n FROM (SELECT e.source_code AS code" + CountedEvents.FROM
                + " WHERE e.source_code IS NOT NULL AND " + counted + " UNION ALL SELECT e.target_code"
                + CountedEvents.FROM + " WHERE e.target_code IS NOT NULL AND " + counted + ") GROUP BY code";
        List<Object> params = new ArrayList<>(w.params());
        params.add(limit);
        List<ActorCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.code, a.name, a.country, a.sector, n.n FROM actors a "
                + "JOIN (" + counts + ") n ON n.code = a.code" + w.sql() + " ORDER BY n.n DESC, a.code LIMIT ?")) {
            Sql.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5)));
                }
            }
        }
        return out;
    }

    static List<PlaceCount> places(Connection c, int limit) throws SQLException {
        List<PlaceCount> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT place_name, place_country, avg(lat) AS lat, avg(lon) AS lon, "
                + "count(*) AS n FROM events WHERE place_name IS NOT NULL GROUP BY place_name, place_country "
                + "ORDER BY n DESC, place_name LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PlaceCount(rs.getString(1), rs.getString(2), Sql.dbl(rs, "lat"),
                            Sql.dbl(rs, "lon"), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    static Page<DocumentSummary> documents(Connection c, int page, int size) throws SQLException {
        long total = count(c, "SELECT count(*) FROM documents");
        List<DocumentSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.title, d.url, d.publisher, d.published, "
                + "(SELECT count(*) FROM mentions m WHERE m.doc_id = d.id) AS n, CAST(d.ingested_at AS VARCHAR) "
                + "FROM documents d ORDER BY d.seq DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, size);
            ps.setLong(2, (long) (page - 1) * size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7)));
                }
            }
        }
        return new Page<>(total, page, size, out);
    }

    static Optional<DocumentDetail> document(Connection c, String id) throws SQLException {
        Document doc;
        String ingestedAt;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT json, CAST(ingested_at AS VARCHAR) FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                doc = DocumentJson.read(rs.getString(1));
                ingestedAt = rs.getString(2);
            }
        }
        List<String> groups = new ArrayList<>(Collections.nCopies(doc.events().size(), null));
        try (PreparedStatement ps = c.prepareStatement("SELECT event_idx, event_id FROM mentions WHERE doc_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    if (i >= 0 && i < groups.size()) {
                        groups.set(i, rs.getString(2));
                    }
                }
            }
        }
        List<EventView> events = EventQueries.query(c, EventQueries.SELECT
                + " WHERE e.id IN (SELECT event_id FROM mentions WHERE doc_id = ?) ORDER BY e.day_start, e.id", List.of(id));
        return Optional.of(new DocumentDetail(doc, ingestedAt, groups, events));
    }

    /** Totals; {@code countedEvents}, the date range and {@code notCounted} follow {@code filter}. */
    static StoreStats stats(Connection c, long indexEntries, CertaintyFilter filter) throws SQLException {
        String counted = CountedEvents.counted(filter);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
                     + "(SELECT count(*) FROM entities), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events), "
                     + "(SELECT count(*) FROM actors), (SELECT count(DISTINCT publisher) FROM documents), "
                     + "(SELECT CAST(min(e.day_start) AS VARCHAR)" + CountedEvents.FROM + " WHERE " + counted + "), "
                     + "(SELECT CAST(max(e.day_end) AS VARCHAR)" + CountedEvents.FROM + " WHERE " + counted + "), "
                     + "(SELECT count(*)" + CountedEvents.FROM + " WHERE " + counted + ")")) {
            rs.next();
            return new StoreStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9), indexEntries,
                    rs.getLong(10), CountedEvents.notCounted(c, new Where(), filter));
        }
    }

    static long count(Connection c, String constantSql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(constantSql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
