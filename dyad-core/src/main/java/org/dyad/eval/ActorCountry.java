package org.dyad.eval;

import java.util.Locale;
import org.dyad.model.Actor;

/** The country part of a Dyad actor as gold files write it: ISO-3, or IGO/NGO/… for bodies without one. */
final class ActorCountry {
    private ActorCountry() {
    }

    /** Null for a missing actor or one without any code. */
    static String of(Actor actor) {
        if (actor == null) {
            return null;
        }
        if (actor.country() != null && !actor.country().isBlank()) {
            return actor.country().toUpperCase(Locale.ROOT);
        }
        String code = actor.code();
        return code == null || code.length() < 3 ? null : code.substring(0, 3).toUpperCase(Locale.ROOT);
    }
}
