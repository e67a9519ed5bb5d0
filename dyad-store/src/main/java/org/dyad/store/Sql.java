package org.dyad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** JDBC conveniences: null-aware binding and reading. Every value goes through a placeholder. */
final class Sql {
    private Sql() {
    }

    static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Date d) {
            ps.setDate(i, d);
        } else if (v instanceof LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }

    static void bindAll(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            set(ps, i + 1, params.get(i));
        }
    }

    static Integer integer(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Double dbl(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static LocalDate localDate(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    /** "?, ?, ?" for an IN list of n generated placeholders (never user text). */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
