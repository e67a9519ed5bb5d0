package org.dyad.store;

/**
 * How much the store holds. {@code indexEntries} counts Lucene entries (documents + sentences).
 * {@code events} counts every grouped event; {@code countedEvents}, {@code firstDate} and {@code lastDate}
 * cover those a {@link CertaintyFilter} counts, and {@code notCounted} says what it left out.
 */
public record StoreStats(long documents, long sentences, long entities, long mentions, long events, long actors,
        long publishers, String firstDate, String lastDate, long indexEntries, long countedEvents,
        NotCounted notCounted) {
}
