package org.dyad.model;

/** A sentence of the body: [start, end) character offsets. */
public record SentenceSpan(int start, int end) {
}
