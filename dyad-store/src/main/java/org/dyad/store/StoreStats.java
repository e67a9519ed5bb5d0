package org.dyad.store;

/** How much the store holds. {@code indexEntries} counts Lucene entries (documents + sentences). */
public record StoreStats(long documents, long sentences, long entities, long mentions, long events, long actors,
        long publishers, String firstDate, String lastDate, long indexEntries) {
}
