package org.dyad.store.export;

import java.util.Locale;

/** Export formats, with the media type and file extension an HTTP download needs. */
public enum Format {
    /** One Document per line, exactly as ingested. */
    JSONL("application/x-ndjson", "jsonl"),
    /** One row per grouped event, with its mention counts. */
    CSV("text/csv; charset=utf-8", "csv"),
    /** The same rows as CSV, as Parquet. */
    PARQUET("application/vnd.apache.parquet", "parquet"),
    /** GDELT 2.0 Event table, tab-separated, no header (see {@link GdeltExport}). */
    GDELT("text/tab-separated-values; charset=utf-8", "gdelt.tsv");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** jsonl, csv, parquet or gdelt (any case); anything else is an error listing the choices. */
    public static Format of(String name) {
        if (name != null) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("format must be one of jsonl, csv, parquet, gdelt, not '" + name + "'");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
