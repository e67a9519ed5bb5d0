package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Event;

/** Reads grouped events and their mentions. All values are bound; ORDER BY comes from a whitelist. */
final class EventQueries {
    /** At most this many full-text sentence hits narrow an event query. */
    static final int TEXT_HITS = 1000;
    private static final String SELECT = "SELECT e.*, s.text AS sentence_text, d.title AS title FROM events e "
            + "LEFT JOIN documents d ON d.id = e.doc_id "
            + "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx";

    private EventQueries() {
    }

    /** @param mentionIds mentions matching the text query, or null when there is none */
    static Page<EventView> list(Connection c, EventQuery q, List<String> mentionIds) throws SQLException {
        if (mentionIds != null && mentionIds.isEmpty()) {
            return new Page<>(0, q.page(), q.size(), List.of());
        }
        Where w = where(q, mentionIds);
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e" + w.sql())) {
            Sql.bindAll(ps, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        List<Object> params = new ArrayList<>(w.params());
        params.add(q.size());
        params.add((long) (q.page() - 1) * q.size());
        List<EventView> items = query(c, SELECT + w.sql() + " ORDER BY " + q.orderBy() + " LIMIT ? OFFSET ?", params);
        return new Page<>(total, q.page(), q.size(), items);
    }

    static Where where(EventQuery q, List<String> mentionIds) {
        Where w = new Where()
                .and("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))", q.actor())
                .and("starts_with(e.source_code, ?)", q.source())
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

    static List<EventView> query(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bindAll(ps, params);
            List<EventView> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(view(rs));
                }
            }
            return out;
        }
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

    static Optional<EventDetail> detail(Connection c, String id) throws SQLException {
        List<EventView> found = query(c, SELECT + " WHERE e.id = ?", List.of(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EventDetail(found.get(0), mentions(c, id)));
    }

    private static List<MentionView> mentions(Connection c, String eventId) throws SQLException {
        String sql = "SELECT m.*, d.title AS d_title, d.url AS d_url, d.published AS d_published, "
                + "s.text AS s_text, s.start_off AS s_start FROM mentions m "
                + "JOIN documents d ON d.id = m.doc_id "
                + "LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence_idx WHERE m.event_id = ?";
        List<MentionView> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mention(rs));
                }
            }
        }
        out.sort(Comparator.comparing((MentionView m) -> MentionRow.certainty(m.certainty()))
                .thenComparing(MentionView::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MentionView::id));
        return out;
    }

    private static MentionView mention(ResultSet rs) throws SQLException {
        MentionRow m = MentionRow.read(rs);
        String text = rs.getString("s_text");
        int start = rs.getInt("s_start");
        String html = SentenceMarkup.html(text, start, m.triggerStart(), m.triggerEnd(),
                List.of(nz(m.source().text()), nz(m.target().text())));
        Event.Attribution by = m.attributedText() == null && m.attributedCode() == null ? null
                : new Event.Attribution(m.attributedText(), m.attributedCode());
        return new MentionView(m.id(), m.docId(), rs.getString("d_title"), rs.getString("d_url"), m.publisher(),
                rs.getString("d_published"), m.sentenceIdx(), text, html, m.triggerText(), m.cameo(), m.source(),
                m.target(), m.date(), m.dateSource(), m.certainty(), by);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
