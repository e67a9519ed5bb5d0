package org.dyad.store;

/** What ingesting one document did. */
public enum IngestResult {
    /** New: its rows and index entries were written. */
    ADDED,
    /** Its id (a content hash) was already stored: nothing changed. */
    UNCHANGED,
    /** Refused (no body, or its rows could not be written); the reason is logged. */
    SKIPPED
}
