package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.Event;

/** Reads grouped events and their mentions. All values are bound; ORDER BY comes from a whitelist. */
final class EventQueries {
    /** At most this many full-text sentence hits narrow an event query. */
    static final int TEXT_HITS = 1000;
    /**
     * The columns {@link #view} reads, no more: DuckDB fetches each column of each row separately when
     * it reads rows by id. Events carry their speaking sentence and title, so listing needs no join.
     */
    static final String SELECT = "SELECT e.id, e.source_code, e.source_country, e.source_sector, e.source_text, "
            + "e.target_code, e.target_country, e.target_sector, e.target_text, e.cameo, e.cameo_root, e.goldstein, "
            + "e.quad_class, e.plover_event, e.plover_mode, e.date, e.date_precision, e.place_name, e.place_country, "
            + "e.lat, e.lon, e.certainty, e.confidence, e.num_mentions, e.num_sources, e.num_articles, "
            + "e.sentence_text, e.doc_id, e.title FROM events e";

    private EventQueries() {
    }

    /**
     * One page in two steps. First the ids of the page, ordered, with the total as a window count: this
     * reads only the filter and sort columns of the matching rows. Then the page's full rows by id,
     * through the {@code events_id} index. (Selecting the wide rows directly made DuckDB re-scan every
     * column of the whole table to fetch the page: 3–4× the CPU of both steps together.) Both steps
     * run in one transaction, so an ingest committing in between cannot make the page and total disagree.
     *
     * @param mentionIds mentions matching the text query, or null when there is none
     */
    static Page<EventView> list(Connection c, EventQuery q, List<String> mentionIds) throws SQLException {
        if (mentionIds != null && mentionIds.isEmpty()) {
            return new Page<>(0, q.page(), q.size(), List.of());
        }
        Where w = where(q, mentionIds);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> ids = new ArrayList<>();
            long total = -1;
            List<Object> params = new ArrayList<>(w.params());
            params.add(q.size());
            params.add((long) (q.page() - 1) * q.size());
            PreparedStatement ps = ReusedStatements.prepare(c, "SELECT e.id, count(*) OVER () FROM events e" + w.sql()
                    + " ORDER BY " + q.orderBy() + " LIMIT ? OFFSET ?");
            Sql.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    total = rs.getLong(2);
                }
            }
            if (total < 0) {
                total = q.page() == 1 ? 0 : count(c, w);
            }
            Page<EventView> page = new Page<>(total, q.page(), q.size(), byIds(c, ids));
            c.commit();
            return page;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Only for a page past the end, where the window count has no row to ride on. */
    private static long count(Connection c, Where w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e" + w.sql())) {
            Sql.bindAll(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Full rows of the given events, in the given order. */
    private static List<EventView> byIds(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, EventView> found = new HashMap<>();
        for (EventView v : query(c, SELECT + " WHERE e.id IN (" + Sql.placeholders(ids.size()) + ")", ids)) {
            found.put(v.id(), v);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    static Where where(EventQuery q, List<String> mentionIds) {
        Where w = new Where();
        actors(w, q.actors(), q.both());
        w.and("starts_with(e.source_code, ?)", q.source())
                .and("starts_with(e.target_code, ?)", q.target())
                .and("(e.source_country = ? OR e.target_country = ? OR e.place_country = ?)", q.country())
                .and("starts_with(e.cameo, ?)", q.cameo())
                .and("e.cameo_root = ?", q.root())
                .and("upper(e.plover_event) = ?", q.plover())
                .and("e.certainty = ?", q.certainty())
                .and("e.day_end >= ?", q.from())
                .and("e.day_start <= ?", q.to());
        if (mentionIds != null) {
            w.andAll("e.id IN (SELECT event_id FROM mentions WHERE id IN (" + Sql.placeholders(mentionIds.size())
                    + "))", mentionIds);
        }
        return w;
    }

    /**
     * Any actor on either side; with {@code both}, a source matching one actor and a target matching
     * another (every ordered pair, so the direction does not matter).
     */
    private static void actors(Where w, List<String> actors, boolean both) {
        if (actors.isEmpty()) {
            return;
        }
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            if (!both) {
                terms.add("starts_with(e.source_code, ?) OR starts_with(e.target_code, ?)");
                params.add(actors.get(i));
                params.add(actors.get(i));
                continue;
            }
            for (int j = 0; j < actors.size(); j++) {
                if (i != j) {
                    terms.add("(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))");
                    params.add(actors.get(i));
                    params.add(actors.get(j));
                }
            }
        }
        w.andAll("(" + String.join(" OR ", terms) + ")", params);
    }

    static List<EventView> query(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement ps = ReusedStatements.prepare(c, sql);
        Sql.bindAll(ps, params);
        List<EventView> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(view(rs));
            }
        }
        return out;
    }

    static EventView view(ResultSet rs) throws SQLException {
        String placeName = rs.getString("place_name");
        Event.Place place = placeName == null && rs.getString("place_country") == null ? null
                : new Event.Place(placeName, rs.getString("place_country"), Sql.dbl(rs, "lat"), Sql.dbl(rs, "lon"));
        String ploverEvent = rs.getString("plover_event");
        return new EventView(rs.getString("id"), ActorRef.read(rs, "source_"), ActorRef.read(rs, "target_"),
                rs.getString("cameo"), rs.getString("cameo_root"), CameoNames.of(rs.getString("cameo")),
                Sql.dbl(rs, "goldstein"), Sql.integer(rs, "quad_class"),
                ploverEvent == null ? null : new Event.Plover(ploverEvent, rs.getString("plover_mode")),
                rs.getString("date"), rs.getString("date_precision"), place, rs.getString("certainty"),
                rs.getDouble("confidence"), rs.getInt("num_mentions"), rs.getInt("num_sources"),
                rs.getInt("num_articles"), rs.getString("sentence_text"), rs.getString("doc_id"),
                rs.getString("title"));
    }

    /** One event; an id that regrouping retired gives the event that took its place (with its current id). */
    static Optional<EventDetail> detail(Connection c, String id) throws SQLException {
        List<EventView> found = query(c, SELECT + " WHERE e.id = ?", List.of(id));
        if (found.isEmpty()) {
            found = query(c, SELECT + " WHERE e.id = (SELECT max(event_id) FROM event_aliases WHERE old_id = ?)",
                    List.of(id));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EventView event = found.get(0);
        return Optional.of(new EventDetail(event, mentions(c, event.id())));
    }

    /** Mentions of an event; document and sentence details are point lookups (indexed), not joins. */
    private static List<MentionView> mentions(Connection c, String eventId) throws SQLException {
        List<MentionRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + MentionRow.COLUMNS + " FROM mentions WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(MentionRow.read(rs));
                }
            }
        }
        List<MentionView> out = new ArrayList<>();
        try (PreparedStatement doc = c.prepareStatement("SELECT url, published FROM documents WHERE id = ?");
             PreparedStatement sentence = c.prepareStatement(
                     "SELECT start_off FROM sentences WHERE doc_id = ? AND idx = ?")) {
            for (MentionRow m : rows) {
                out.add(mention(m, doc, sentence));
            }
        }
        out.sort(Comparator.comparing((MentionView m) -> MentionRow.certainty(m.certainty()))
                .thenComparing(MentionView::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MentionView::id));
        return out;
    }

    private static MentionView mention(MentionRow m, PreparedStatement doc, PreparedStatement sentence)
            throws SQLException {
        String url = null;
        String published = null;
        doc.setString(1, m.docId());
        try (ResultSet rs = doc.executeQuery()) {
            if (rs.next()) {
                url = rs.getString(1);
                published = rs.getString(2);
            }
        }
        int start = 0;
        sentence.setString(1, m.docId());
        sentence.setInt(2, m.sentenceIdx() == null ? -1 : m.sentenceIdx());
        try (ResultSet rs = sentence.executeQuery()) {
            if (rs.next()) {
                start = rs.getInt(1);
            }
        }
        String html = SentenceMarkup.html(m.sentenceText(), start, m.triggerStart(), m.triggerEnd(),
                List.of(nz(m.source().text()), nz(m.target().text())));
        Event.Attribution by = m.attributedText() == null && m.attributedCode() == null ? null
                : new Event.Attribution(m.attributedText(), m.attributedCode());
        return new MentionView(m.id(), m.docId(), m.title(), url, m.publisher(), published, m.sentenceIdx(),
                m.sentenceText(), html, m.triggerText(), m.cameo(), m.source(), m.target(), m.date(), m.dateSource(),
                m.certainty(), by);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
