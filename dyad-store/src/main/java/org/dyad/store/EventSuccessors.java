package org.dyad.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the mentions of each previous event went during one regroup. The successor of a retired
 * event is the new event holding its anchor mention (whose hash was its id); any of its mentions is
 * the fallback.
 */
final class EventSuccessors {
    private final Map<String, String> next = new HashMap<>();
    private final Set<String> current = new HashSet<>();

    /** A new event and its mentions, which still carry their previous event ids. */
    void add(String eventId, List<MentionRow> group) {
        current.add(eventId);
        for (MentionRow m : group) {
            if (m.eventId() == null) {
                continue;
            }
            if (m.eventId().equals(EventRow.idOf(m))) {
                next.put(m.eventId(), eventId);
            } else {
                next.putIfAbsent(m.eventId(), eventId);
            }
        }
    }

    /** Previous ids that are no event any more → their successor. */
    Map<String, String> gone() {
        Map<String, String> out = new LinkedHashMap<>(next);
        out.keySet().removeAll(current);
        return out;
    }
}
