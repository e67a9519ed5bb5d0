package org.dyad.read;

import org.dyad.model.Document;
import org.dyad.model.RawDocument;

/**
 * Receives what readers find. Every input ends up in exactly one of these calls per document, so
 * a run can report read = extracted + skipped and nothing is lost silently.
 */
public interface ReadSink {
    /** A document to clean and annotate. */
    void document(RawDocument document);

    /** A document (or record, or feed item) that was found but cannot be used, with the reason. */
    void skipped(String origin, String reason);

    /**
     * A document Dyad already extracted and coded (a line of {@code dyad extract} or Spark job output):
     * it needs no pipeline. Sinks that only want raw text skip it with a reason.
     */
    default void extracted(String origin, Document document) {
        skipped(origin, "already an extracted Dyad document");
    }

    /** A whole input that could not be read (missing file, unreadable, truncated container). */
    void failed(String input, String reason);
}
