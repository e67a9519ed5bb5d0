package org.dyad.store;

/** Counts from a batch ingest. */
public record IngestSummary(int added, int unchanged, int skipped) {
    IngestSummary plus(IngestResult r) {
        return new IngestSummary(added + (r == IngestResult.ADDED ? 1 : 0),
                unchanged + (r == IngestResult.UNCHANGED ? 1 : 0), skipped + (r == IngestResult.SKIPPED ? 1 : 0));
    }
}
