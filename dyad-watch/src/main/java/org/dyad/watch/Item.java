package org.dyad.watch;

import org.dyad.model.RawDocument;

/**
 * One thing a source lists: a feed item or a front-page link.
 *
 * @param key       what "seen" is recorded under: the canonical article URL, or for an item without a
 *                  link, its feed id or a hash of its text
 * @param page      the article page to fetch, or null when the item has no link (or it is not followed)
 * @param feedText  the item's own text as a document (title, date, publisher filled), or null for a bare link
 */
public record Item(String key, String page, RawDocument feedText) {
}
