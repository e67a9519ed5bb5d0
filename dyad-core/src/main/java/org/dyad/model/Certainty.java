package org.dyad.model;

import java.util.Locale;

/** How sure the text is that an event happened. Ordered from most to least factual. */
public enum Certainty {
    ASSERTED, REPORTED, HEDGED, INTENDED, HYPOTHETICAL, NEGATED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Certainty of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
