package org.dyad.store.search;

/**
 * One full-text hit.
 *
 * @param sentence    the sentence index, or null when the hit is the document (title or body)
 * @param snippetHtml escaped text with the matched words in {@code <mark>}
 */
public record TextHit(String docId, String title, Integer sentence, String snippetHtml, float score) {
}
