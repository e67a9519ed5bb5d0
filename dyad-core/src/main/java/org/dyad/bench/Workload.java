package org.dyad.bench;

import org.dyad.model.CleanArticle;

/** One configuration under test: processes a whole document and says what it found. Thread-safe. */
public interface Workload extends AutoCloseable {
    /** Short name shown in the table, e.g. {@code stock} or {@code dyad}. */
    String name();

    /** Whether the workload codes events (so events/s means something in the table). */
    boolean codesEvents();

    Counts process(CleanArticle article);

    /** Lets go of models the next configuration should not find in the heap. */
    @Override
    default void close() {
    }
}
