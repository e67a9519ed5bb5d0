package org.dyad.read;

import java.io.IOException;

/** A document over {@link ReadOptions#maxDocumentBytes()}; it was streamed past, not loaded. */
public class DocumentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;
    private final long limit;

    public DocumentTooLargeException(long size, long limit) {
        super(reason(size, limit));
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }

    static String reason(long size, long limit) {
        return "too large (" + megabytes(size) + " MB > " + megabytes(limit) + " MB limit)";
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 || mb == Math.rint(mb) ? String.valueOf(Math.round(mb)) : String.format("%.1f", mb);
    }
}
