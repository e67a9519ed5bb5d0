package org.dyad.store.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.store.EventStore;

/** Writes a store out in one of the {@link Format}s. */
public final class Exporter {
    private Exporter() {
    }

    public static void export(EventStore store, Format format, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> jsonl(store, out);
                case CSV -> viaFile(store, EventColumns.select(true), "(FORMAT CSV, HEADER)", out);
                case PARQUET -> viaFile(store, EventColumns.select(false), "(FORMAT PARQUET)", out);
                case GDELT -> GdeltExport.write(store, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("export failed: " + e.getMessage(), e);
        }
    }

    private static void jsonl(EventStore store, OutputStream out) {
        store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM documents ORDER BY seq")) {
                while (rs.next()) {
                    out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * DuckDB's COPY writes CSV and Parquet without extensions; it needs a file, so it writes a temporary
     * one that is streamed and deleted. The path is ours (never user text); quotes are doubled anyway.
     */
    private static void viaFile(EventStore store, String query, String options, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("dyad-export-", ".tmp");
        try {
            String target = tmp.toAbsolutePath().toString().replace("'", "''");
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("COPY (" + query + ") TO '" + target + "' " + options);
                }
                return null;
            });
            Files.copy(tmp, out);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new IOException(sql.getMessage(), sql);
            }
            throw e;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
