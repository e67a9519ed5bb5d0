package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per read connection and reused. DuckDB parses, binds and plans a statement
 * when it is prepared, about 1 ms for an event page query: a fifth of the database time of the hot
 * endpoints when every request prepared afresh. A reader connection is used by one thread at a time
 * ({@link ReaderPool}), so its statements are too. Callers bind every parameter, execute and close the
 * result set, but never close the statement; {@link #forget} closes them with their connection.
 */
final class ReusedStatements {
    /** Distinct SQL texts kept per connection (filter shapes × sorts × page sizes); least recent go first. */
    private static final int PER_CONNECTION = 128;
    private static final Map<Connection, Map<String, PreparedStatement>> BY_CONNECTION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ReusedStatements() {
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache = BY_CONNECTION.computeIfAbsent(c, k -> lru());
        PreparedStatement ps = cache.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = c.prepareStatement(sql);
            cache.put(sql, ps);
        }
        return ps;
    }

    /** Closes and drops a connection's statements; {@link ReaderPool} calls it before closing the connection. */
    static void forget(Connection c) {
        Map<String, PreparedStatement> cache = BY_CONNECTION.remove(c);
        if (cache != null) {
            cache.values().forEach(ReusedStatements::closeQuietly);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException e) {
            // the connection closes next and takes the statement with it
        }
    }

    private static Map<String, PreparedStatement> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) {
                    return false;
                }
                closeQuietly(eldest.getValue());
                return true;
            }
        };
    }
}
