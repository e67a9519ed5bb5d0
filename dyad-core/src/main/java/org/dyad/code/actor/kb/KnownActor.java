package org.dyad.code.actor.kb;

import java.util.List;

/**
 * What the knowledge base says an actor was on a day: the code, split into country and sectors,
 * the role that gave it (or, after every office ended, the last one, with {@code former} set) and
 * the row it comes from.
 *
 * @param country ISO-3 code, or null for an international organisation or a countryless group
 * @param sectors sector codes after the country ("MIL", "GOV"); empty for IGO codes
 */
public record KnownActor(String code, String country, List<String> sectors, Role role, boolean former, ActorRow row) {
    /** How {@link #ruleText} marks a role that ended before the day. */
    public static final String FORMER_MARK = " (former)";

    public KnownActor {
        sectors = List.copyOf(sectors);
    }

    /** How the event's rule names the row: {@code kb:Phoenix.Countries.actors.txt:39559 RUSGOV@2012-05-08..}. */
    public String ruleText() {
        return "kb:" + row.source() + " " + role.text().replaceAll("=.*", "") + (former ? FORMER_MARK : "");
    }
}
