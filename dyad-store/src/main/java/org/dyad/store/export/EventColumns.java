package org.dyad.store.export;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.store.CertaintyFilter;

/**
 * The event columns of the CSV and Parquet exports, and the query that reads them. Certainty, the
 * date's source and the attribution (who the text says reported it) are those of the event's best
 * mention, the one that speaks for it.
 */
final class EventColumns {
    /** @param text whether the column holds text (only text can carry a formula) */
    private record Column(String sql, String name, boolean text) {
    }

    private static final List<Column> COLUMNS = List.of(
            text("e.id", "id"), text("e.date", "date"), text("e.date_precision", "date_precision"),
            text("e.source_code", "source_code"), text("e.source_text", "source_name"),
            text("e.source_country", "source_country"), text("e.target_code", "target_code"),
            text("e.target_text", "target_name"), text("e.target_country", "target_country"),
            text("e.cameo", "cameo"), text("e.cameo_root", "cameo_root"), number("e.quad_class", "quad_class"),
            number("e.goldstein", "goldstein"), text("e.plover_event", "plover_event"),
            text("e.plover_mode", "plover_mode"), text("e.place_name", "place_name"),
            text("e.place_country", "place_country"), number("e.lat", "lat"), number("e.lon", "lon"),
            text("m.date_source", "date_source"), text("e.certainty", "certainty"),
            text("m.attributed_text", "attributed_text"), text("m.attributed_code", "attributed_code"),
            number("round(e.confidence, 4)", "confidence"),
            number("e.num_mentions", "num_mentions"), number("e.num_sources", "num_sources"),
            number("e.num_articles", "num_articles"), text("e.doc_id", "doc_id"), text("d.url", "url"));

    /**
     * OWASP "CSV Injection": a spreadsheet runs a cell starting with = + - @, tab or carriage return as a
     * formula, so such text gets a leading apostrophe. Numbers (a negative Goldstein score) are not text
     * columns and are written as numbers.
     */
    private static final String FORMULA_GUARD =
            "CASE WHEN left(%1$s, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || %1$s ELSE %1$s END";

    private EventColumns() {
    }

    /**
     * @param guardFormulas true for CSV, which people open in spreadsheets; false for typed Parquet
     * @param filter        the certainties exported
     */
    static String select(boolean guardFormulas, CertaintyFilter filter) {
        String columns = COLUMNS.stream()
                .map(c -> (guardFormulas && c.text() ? String.format(FORMULA_GUARD, c.sql()) : c.sql()) + " AS " + c.name())
                .collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
                + "LEFT JOIN mentions m ON m.id = e.mention_id WHERE " + filter.sql("e.certainty")
                + " ORDER BY e.day_start, e.id";
    }

    private static Column text(String sql, String name) {
        return new Column(sql, name, true);
    }

    private static Column number(String sql, String name) {
        return new Column(sql, name, false);
    }
}
