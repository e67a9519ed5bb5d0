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
    /** The event columns of the CSV and Parquet exports. */
    static final String EVENT_ROWS = "SELECT e.id, e.date, e.date_precision, e.source_code, e.source_text AS source_name, "
            + "e.source_country, e.target_code, e.target_text AS target_name, e.target_country, e.cameo, e.cameo_root, "
            + "e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.place_name, e.place_country, e.lat, e.lon, "
            + "e.certainty, round(e.confidence, 4) AS confidence, e.num_mentions, e.num_sources, e.num_articles, "
            + "e.doc_id, d.url FROM events e LEFT JOIN documents d ON d.id = e.doc_id ORDER BY e.day_start, e.id";

    private Exporter() {
    }

    public static void export(EventStore store, Format format, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> jsonl(store, out);
                case CSV -> viaFile(store, "(FORMAT CSV, HEADER)", out);
                case PARQUET -> viaFile(store, "(FORMAT PARQUET)", out);
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
    private static void viaFile(EventStore store, String options, OutputStream out) throws IOException {
        Path tmp = Files.createTempFile("dyad-export-", ".tmp");
        try {
            String target = tmp.toAbsolutePath().toString().replace("'", "''");
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("COPY (" + EVENT_ROWS + ") TO '" + target + "' " + options);
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
