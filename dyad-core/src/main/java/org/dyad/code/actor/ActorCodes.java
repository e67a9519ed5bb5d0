package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;

/** Builds CAMEO actor codes: country (or IGO code) followed by sector codes, e.g. RUSMIL. */
public final class ActorCodes {
    /** Sectors of a state body or office: government, military, legislature, judiciary, police, intelligence. */
    public static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");

    private ActorCodes() {
    }

    /** True when the actor is a state body or office holder (one of {@link #STATE_SECTORS}). */
    public static boolean ofState(Actor a) {
        return a.sectors().stream().anyMatch(STATE_SECTORS::contains);
    }

    /** The opposition or protesters with no country: "the opposition", "protesters" (---OPP). */
    public static boolean countrylessOpposition(Actor a) {
        return a.code() != null && a.code().startsWith("---") && a.sectors().contains("OPP");
    }

    public static Actor actor(String text, String base, String country, List<String> sectors) {
        List<String> unique = new ArrayList<>();
        for (String s : sectors) {
            if (s != null && !s.isBlank() && !unique.contains(s) && !base.endsWith(s)) {
                unique.add(s);
            }
        }
        StringBuilder code = new StringBuilder(base);
        unique.forEach(code::append);
        return new Actor(text, code.toString(), country, unique.isEmpty() ? null : unique.get(0), unique);
    }

    /**
     * The party an actor belongs to: its country, or its own code when it has none (an IGO); ""
     * for no actor and for a named person with no known code.
     */
    public static String party(Actor a) {
        if (a == null) {
            return "";
        }
        String p = a.country() != null ? a.country() : a.code();
        return p == null ? "" : p;
    }
}
