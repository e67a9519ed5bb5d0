package org.dyad.model;

import java.util.List;

/**
 * An article reduced to its news text and metadata. {@code body} is NFC-normalised; paragraphs are
 * separated by a blank line so the sentence splitter never joins them.
 *
 * @param published ISO date (YYYY-MM-DD) or date-time, or null when nothing in the source says it
 */
public record CleanArticle(
        String origin,
        String url,
        String title,
        String published,
        String publisher,
        Dateline dateline,
        String language,
        String body,
        List<String> warnings) {

    public CleanArticle {
        warnings = List.copyOf(warnings);
    }

    public CleanArticle withPublished(String newPublished) {
        return new CleanArticle(origin, url, title, newPublished, publisher, dateline, language, body, warnings);
    }
}
