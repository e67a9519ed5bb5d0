package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/**
 * Bulk rows through DuckDB's appender, which writes inside the connection's open transaction and is
 * far faster than one INSERT per row. Values must be in the table's column order.
 */
final class Appends {
    private Appends() {
    }

    static void row(DuckDBAppender a, Object... values) throws SQLException {
        a.beginRow();
        for (Object v : values) {
            if (v == null) {
                a.appendNull();
            } else if (v instanceof String s) {
                a.append(s);
            } else if (v instanceof Integer n) {
                a.append(n.intValue());
            } else if (v instanceof Long n) {
                a.append(n.longValue());
            } else if (v instanceof Double d) {
                a.append(d.doubleValue());
            } else if (v instanceof LocalDate d) {
                a.append(d);
            } else if (v instanceof LocalDateTime t) {
                a.append(t);
            } else {
                throw new IllegalArgumentException("cannot append " + v.getClass());
            }
        }
        a.endRow();
    }
}
