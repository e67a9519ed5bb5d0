package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.dyad.model.Document;

/**
 * A stored document: the Document contract exactly as ingested, plus what the store added.
 *
 * @param eventGroups for each of the document's events (same order), the grouped event it belongs to,
 *                    or null when the store did not keep it (no CAMEO code)
 * @param groupedEvents the grouped events this document reports
 */
public record DocumentDetail(@JsonUnwrapped Document document, String ingestedAt, List<String> eventGroups,
        List<EventView> groupedEvents) {
    public DocumentDetail {
        eventGroups = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(eventGroups));
        groupedEvents = List.copyOf(groupedEvents);
    }
}
