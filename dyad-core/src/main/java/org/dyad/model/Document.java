package org.dyad.model;

import java.util.List;

/**
 * The published document contract: what {@code dyad extract} writes, one JSON object per line.
 * Offsets in {@code sentences}, {@code entities} and {@code events} index into {@code body}.
 *
 * @param id     stable hash of the normalised body, so the same text always gets the same id
 * @param origin where the document was read from (file, feed item, WARC offset)
 */
public record Document(
        String id,
        String url,
        String title,
        String published,
        String publisher,
        Dateline dateline,
        String language,
        String body,
        List<SentenceSpan> sentences,
        List<Entity> entities,
        List<Event> events,
        List<String> warnings,
        String origin) {

    public Document {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
