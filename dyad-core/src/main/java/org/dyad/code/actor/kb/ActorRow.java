package org.dyad.code.actor.kb;

import java.util.List;

/**
 * One knowledge-base row: a person, organisation, company or armed group with its names and
 * roles, and where the row comes from.
 *
 * @param source  where it comes from: {@code file:line} (or {@code file:ActorId=N}, {@code wikidata:Q…})
 * @param kind    PERSON, ORG, COMPANY or GROUP
 * @param names   the display name first, then aliases
 * @param licence the licence of the source ("MIT", "CC-BY-4.0", "fact: URL", "CC0-1.0", "user")
 * @param tier    precedence: lower wins (0 user overrides, 1 overlays, 2 facts, 3 Phoenix, 4 UCDP)
 */
public record ActorRow(String source, Kind kind, List<String> names, List<Role> roles, String licence, int tier) {

    public enum Kind { PERSON, ORG, COMPANY, GROUP }

    /** Tiers up to this one were written or reviewed by hand (overrides 0, overlays 1, facts 2); Phoenix and UCDP are imported. */
    private static final int REVIEWED_TIER = 2;

    public ActorRow {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
    }

    public String name() {
        return names.get(0);
    }

    /** True for a row of a reviewed tier (user overrides, overlays, facts). */
    public boolean reviewed() {
        return tier <= REVIEWED_TIER;
    }
}
