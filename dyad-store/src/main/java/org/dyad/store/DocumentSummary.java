package org.dyad.store;

/** A stored document in lists. */
public record DocumentSummary(String id, String title, String url, String publisher, String published,
        long numEvents, String ingestedAt) {
}
