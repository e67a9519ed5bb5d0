package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Read connections for concurrent queries. A DuckDB connection must not be shared between threads,
 * but {@link DuckDBConnection#duplicate()} gives more connections to the same open database (one
 * process holds the file), each seeing the last committed state.
 */
final class ReaderPool implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ReaderPool(DuckDBConnection origin, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = origin.duplicate();
            all.add(c);
            idle.add(c);
        }
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T with(Work<T> work) {
        Connection c;
        try {
            c = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new StoreException("no database connection free after " + WAIT_SECONDS + " s", null);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : all) {
            ReusedStatements.forget(c);
            c.close();
        }
    }
}
