package org.dyad.code.actor.kb;

import java.util.List;

/**
 * What the knowledge base says an actor was on a day: the code, split into country and sectors,
 * the role that gave it (or, after every office ended, the last one, with {@code former} set; or,
 * for a person whose every office began later, the first one, with {@code later} set and the
 * country alone as code) and the row it comes from.
 *
 * @param country ISO-3 code, or null for an international organisation or a countryless group
 * @param sectors sector codes after the country ("MIL", "GOV"); empty for IGO codes
 */
public record KnownActor(String code, String country, List<String> sectors, Role role, boolean former, boolean later,
        ActorRow row) {
    /** How {@link #ruleText} marks a role that ended before the day. */
    public static final String FORMER_MARK = " (former)";
    /** How {@link #ruleText} marks an office the person took up after the day. */
    public static final String LATER_MARK = " (later)";

    public KnownActor {
        sectors = List.copyOf(sectors);
    }

    /** Not in the role on the day, before or after it: a title the text gives is newer than the base. */
    public boolean outOfOffice() {
        return former || later;
    }

    /** True when a rule text names a role held before or after the day. */
    public static boolean outOfOffice(String ruleText) {
        return ruleText != null && (ruleText.endsWith(FORMER_MARK) || ruleText.endsWith(LATER_MARK));
    }

    /** How the event's rule names the row: {@code kb:Phoenix.Countries.actors.txt:39559 RUSGOV@2012-05-08..}. */
    public String ruleText() {
        return "kb:" + row.source() + " " + role.text().replaceAll("=.*", "") + (former ? FORMER_MARK : later ? LATER_MARK : "");
    }
}
