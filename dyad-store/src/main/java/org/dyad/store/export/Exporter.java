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
import java.util.List;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;
import org.dyad.model.Event;
import org.dyad.store.CertaintyFilter;
import org.dyad.store.EventStore;

/**
 * Writes a store out in one of the {@link Format}s, with the events of the certainties a
 * {@link CertaintyFilter} lets through. By default every certainty, except in the GDELT table, which
 * has no certainty column: there negated and hypothetical events are left out unless asked for.
 */
public final class Exporter {
    private Exporter() {
    }

    /** The events a format exports when no filter is given. */
    public static CertaintyFilter defaultFilter(Format format) {
        return format == Format.GDELT ? CertaintyFilter.NOT_DENIED : CertaintyFilter.ALL;
    }

    public static void export(EventStore store, Format format, OutputStream out) {
        export(store, format, defaultFilter(format), out);
    }

    public static void export(EventStore store, Format format, CertaintyFilter filter, OutputStream out) {
        try {
            switch (format) {
                case JSONL -> jsonl(store, filter, out);
                case CSV -> viaFile(store, EventColumns.select(true, filter), "(FORMAT CSV, HEADER)", out);
                case PARQUET -> viaFile(store, EventColumns.select(false, filter), "(FORMAT PARQUET)", out);
                case GDELT -> GdeltExport.write(store, filter, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("export failed: " + e.getMessage(), e);
        }
    }

    /** Documents as ingested; a filter other than all drops the events it leaves out from each document. */
    private static void jsonl(EventStore store, CertaintyFilter filter, OutputStream out) {
        store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT json FROM documents ORDER BY seq")) {
                while (rs.next()) {
                    String json = filter.isAll() ? rs.getString(1) : DocumentJson.write(only(DocumentJson.read(rs.getString(1)), filter));
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static Document only(Document d, CertaintyFilter filter) {
        List<Event> kept = d.events().stream().filter(e -> filter.includes(e.certainty())).toList();
        return new Document(d.id(), d.url(), d.title(), d.published(), d.publisher(), d.dateline(), d.language(),
                d.body(), d.sentences(), d.entities(), kept, d.warnings(), d.origin(), d.sourceId());
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
