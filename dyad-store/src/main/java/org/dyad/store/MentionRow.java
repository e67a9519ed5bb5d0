package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.dyad.model.Certainty;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.store.group.BlockKey;
import org.dyad.store.group.DateWindow;
import org.dyad.store.group.Report;

/** One row of {@code mentions}: a coded event as one article reports it. */
record MentionRow(
        String id, String docId, int eventIdx, String contractId, String blockKey, String eventId,
        Integer sentenceIdx, String triggerText, Integer triggerStart, Integer triggerEnd,
        ActorRef source, ActorRef target,
        String cameo, String cameoRoot, Double goldstein, Integer quadClass, String ploverEvent, String ploverMode,
        String date, String datePrecision, String dateSource, LocalDate dayStart, LocalDate dayEnd,
        String placeName, String placeCountry, Double lat, Double lon,
        String certainty, String attributedText, String attributedCode, String rule, String publisher,
        String sentenceText, String title) {

    static final String COLUMNS = "id, doc_id, event_idx, contract_id, block_key, event_id, sentence_idx, "
            + "trigger_text, trigger_start, trigger_end, source_code, source_country, source_sector, source_text, "
            + "target_code, target_country, target_sector, target_text, cameo, cameo_root, goldstein, quad_class, "
            + "plover_event, plover_mode, date, date_precision, date_source, day_start, day_end, place_name, "
            + "place_country, lat, lon, certainty, attributed_text, attributed_code, rule, publisher, sentence_text, title";

    /** The row for event {@code idx} of {@code doc}; the certainty label is normalised, unknown ones become hedged. */
    static MentionRow of(Document doc, int idx, Event e) {
        DateWindow w = DateWindow.of(e.date(), e.dateSource());
        Event.Trigger t = e.trigger();
        Event.Plover p = e.plover();
        Event.Place pl = e.place();
        Event.Attribution at = e.attributedTo();
        return new MentionRow(ContentHash.of(doc.id() + "#" + idx), doc.id(), idx, e.id(), BlockKey.of(e), null,
                e.sentence(), t == null ? null : t.text(), t == null ? null : t.start(), t == null ? null : t.end(),
                ActorRef.of(e.source()), ActorRef.of(e.target()),
                e.cameo().strip(), BlockKey.root(e), e.goldstein(), e.quadClass(),
                p == null ? null : p.event(), p == null ? null : p.mode(),
                e.date(), e.datePrecision(), e.dateSource(), w.namedStart(), w.namedEnd(),
                pl == null ? null : pl.name(), pl == null ? null : blankToNull(pl.country()),
                pl == null ? null : pl.lat(), pl == null ? null : pl.lon(),
                certainty(e.certainty()).label(), at == null ? null : at.text(), at == null ? null : at.code(),
                e.rule(), doc.publisher(), sentenceText(doc, e.sentence()), doc.title());
    }

    static Certainty certainty(String label) {
        try {
            return label == null ? Certainty.HEDGED : Certainty.of(label.strip());
        } catch (IllegalArgumentException unknownLabel) {
            return Certainty.HEDGED;
        }
    }

    Report report() {
        return new Report(id, docId, publisher, certainty(certainty), DateWindow.of(date, dateSource), placeCountry,
                cameo);
    }

    MentionRow withEventId(String newEventId) {
        return new MentionRow(id, docId, eventIdx, contractId, blockKey, newEventId, sentenceIdx, triggerText,
                triggerStart, triggerEnd, source, target, cameo, cameoRoot, goldstein, quadClass, ploverEvent,
                ploverMode, date, datePrecision, dateSource, dayStart, dayEnd, placeName, placeCountry, lat, lon,
                certainty, attributedText, attributedCode, rule, publisher, sentenceText, title);
    }

    /** Column values in table order. */
    Object[] values() {
        return new Object[] {id, docId, eventIdx, contractId, blockKey, eventId, sentenceIdx, triggerText,
            triggerStart, triggerEnd, source.code(), source.country(), source.sector(), source.text(), target.code(),
            target.country(), target.sector(), target.text(), cameo, cameoRoot, goldstein, quadClass, ploverEvent,
            ploverMode, date, datePrecision, dateSource, dayStart, dayEnd, placeName, placeCountry, lat, lon,
            certainty, attributedText, attributedCode, rule, publisher, sentenceText, title};
    }

    static MentionRow read(ResultSet rs) throws SQLException {
        return new MentionRow(rs.getString("id"), rs.getString("doc_id"), rs.getInt("event_idx"),
                rs.getString("contract_id"), rs.getString("block_key"), rs.getString("event_id"),
                Sql.integer(rs, "sentence_idx"), rs.getString("trigger_text"), Sql.integer(rs, "trigger_start"),
                Sql.integer(rs, "trigger_end"), ActorRef.read(rs, "source_"), ActorRef.read(rs, "target_"),
                rs.getString("cameo"), rs.getString("cameo_root"), Sql.dbl(rs, "goldstein"),
                Sql.integer(rs, "quad_class"), rs.getString("plover_event"), rs.getString("plover_mode"),
                rs.getString("date"), rs.getString("date_precision"), rs.getString("date_source"),
                Sql.localDate(rs, "day_start"), Sql.localDate(rs, "day_end"), rs.getString("place_name"),
                rs.getString("place_country"), Sql.dbl(rs, "lat"), Sql.dbl(rs, "lon"), rs.getString("certainty"),
                rs.getString("attributed_text"), rs.getString("attributed_code"), rs.getString("rule"),
                rs.getString("publisher"), rs.getString("sentence_text"), rs.getString("title"));
    }

    private static String sentenceText(Document doc, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size()) {
            return null;
        }
        return Texts.slice(doc.body(), doc.sentences().get(sentence).start(), doc.sentences().get(sentence).end());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
