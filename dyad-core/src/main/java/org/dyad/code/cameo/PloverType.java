package org.dyad.code.cameo;

import org.dyad.model.Event;

/**
 * A PLOVER 2021 event type and mode, e.g. CONSULT / visit.
 *
 * @param mode the mode, or "" when the event type has none for this code
 */
public record PloverType(String event, String mode) {

    public PloverType {
        mode = mode == null ? "" : mode;
    }

    /** The form the event contract carries; an empty mode becomes null there. */
    public Event.Plover toModel() {
        return new Event.Plover(event, mode.isEmpty() ? null : mode);
    }
}
