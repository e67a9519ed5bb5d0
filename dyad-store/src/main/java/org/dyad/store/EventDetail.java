package org.dyad.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A grouped event with every report of it, most certain first. */
public record EventDetail(@JsonUnwrapped EventView event, List<MentionView> mentions) {
    public EventDetail {
        mentions = List.copyOf(mentions);
    }
}
