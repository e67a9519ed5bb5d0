package org.dyad.read;

/**
 * Limits for reading.
 *
 * @param maxDocumentBytes the largest single document (a file, a WARC record body, a JSONL line, a
 *     whole feed) that is loaded into memory; larger ones are skipped with reason
 *     "too large (N MB &gt; limit)" after being streamed past, so memory stays bounded.
 */
public record ReadOptions(long maxDocumentBytes) {

    /** 20 MB: far above any real news page, far below what would strain a worker's heap. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    public ReadOptions {
        if (maxDocumentBytes <= 0) {
            throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
