package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The published document contract: what {@code dyad extract} writes, one JSON object per line.
 * Offsets in {@code sentences}, {@code entities} and {@code events} index into {@code body}.
 *
 * @param id     stable hash of the normalised body, so the same text always gets the same id
 * @param origin   where the document was read from (file, feed item, WARC offset)
 * @param sourceId the id the source gave it (a JSONL {@code id}), kept so evaluations can join back
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
        String origin,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("source_id") String sourceId) {

    public Document {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** A document with no id of its source's own. */
    public Document(String id, String url, String title, String published, String publisher, Dateline dateline,
            String language, String body, List<SentenceSpan> sentences, List<Entity> entities, List<Event> events,
            List<String> warnings, String origin) {
        this(id, url, title, published, publisher, dateline, language, body, sentences, entities, events, warnings,
                origin, null);
    }
}
