package org.dyad.eval;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;

/** Hand-made events for scorer tests: only the fields the scorers read are filled in. */
final class Events {
    private Events() {
    }

    static Event event(String cameo, String plover, Actor source, Actor target) {
        return new Event("e", 0, new Event.Trigger("t", 0, 1), source, target, cameo, cameo.substring(0, 2), 0, 1,
                plover == null ? null : new Event.Plover(plover, null), "2000-01-01", "day", "published", null,
                "asserted", null, List.of(), null);
    }

    static Actor country(String text, String iso3) {
        return new Actor(text, iso3, iso3, null, List.of());
    }

    static Actor igo(String text, String code) {
        return new Actor(text, code, null, null, List.of());
    }
}
