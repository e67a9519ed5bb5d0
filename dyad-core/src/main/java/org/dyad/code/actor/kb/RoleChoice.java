package org.dyad.code.actor.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Chooses the code a name has on a day. Rows are taken tier by tier (user overrides, overlays,
 * facts, Phoenix, UCDP): within a row, a dated role that holds on the day wins, then the row's
 * undated default, then — when every role ended before the day — the last role as a former one
 * (country + ELI: a former minister is an elite, not the government). A tier whose rows say
 * nothing about the day (all roles start later) leaves the choice to the next tier. Different
 * actors of one name in one tier are told apart by the country the text gives, else not coded.
 * ({@link #beforeOffice} says who a person was before every office the base knows.)
 */
final class RoleChoice {
    /** Days without a known date are judged as today's knowledge: open roles hold, ended ones are former. */
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final Set<String> COUNTRIES = countries();

    private RoleChoice() {
    }

    static Optional<KnownActor> choose(List<ActorRow> rows, LocalDate day, String preferCountry) {
        LocalDate d = day == null ? LATEST : day;
        TreeMap<Integer, List<ActorRow>> tiers = rows.stream()
                .collect(Collectors.groupingBy(ActorRow::tier, TreeMap::new, Collectors.toList()));
        for (List<ActorRow> tier : tiers.values()) {
            List<KnownActor> found = new ArrayList<>();
            for (ActorRow r : tier) {
                KnownActor k = forRow(r, d);
                if (k != null) {
                    found.add(k);
                }
            }
            if (!found.isEmpty()) {
                return pick(found, preferCountry);
            }
        }
        return Optional.empty();
    }

    /**
     * A person of these rows whose every dated office, the first with a country, begins after day
     * {@code day} (null: none is later): the country, as a {@code later} actor. Several people of
     * different countries give nothing.
     */
    static Optional<KnownActor> beforeOffice(List<ActorRow> rows, LocalDate day, String preferCountry) {
        if (day == null) {
            return Optional.empty();
        }
        List<KnownActor> found = new ArrayList<>();
        for (ActorRow r : rows) {
            if (r.kind() != ActorRow.Kind.PERSON) {
                continue;
            }
            r.roles().stream().filter(x -> x.from() != null && x.from().isAfter(day) && country(x.code()) != null)
                    .min(Comparator.comparing(Role::from))
                    .ifPresent(first -> found.add(new KnownActor(country(first.code()), country(first.code()), List.of(),
                            first, false, true, r)));
        }
        return found.isEmpty() ? Optional.empty() : pick(found, preferCountry);
    }

    /** The code one row gives on day {@code d}, or null when the row says nothing about that day. */
    static KnownActor forRow(ActorRow r, LocalDate d) {
        Role holding = r.roles().stream().filter(x -> !x.undated() && x.holdsOn(d))
                .max(Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from())).orElse(null);
        if (holding != null) {
            return known(r, holding, holding.code(), false);
        }
        Role always = r.roles().stream().filter(Role::undated).findFirst().orElse(null);
        if (always != null) {
            return known(r, always, always.code(), false);
        }
        Role last = r.roles().stream().filter(x -> x.endedBefore(d)).max(Comparator.comparing(Role::to)).orElse(null);
        if (last == null) {
            return null;
        }
        String country = country(last.code());
        return country == null ? null : known(r, last, country + "ELI", true);
    }

    /**
     * A dated role that holds beats an undated default, which beats a former role (George W. Bush,
     * president in 2005, over his father's undated elite code, both "Bush"); the text's country
     * picks between namesakes; else none.
     */
    private static Optional<KnownActor> pick(List<KnownActor> found, String preferCountry) {
        int best = found.stream().mapToInt(RoleChoice::rank).min().orElse(0);
        List<KnownActor> pool = found.stream().filter(k -> rank(k) == best).toList();
        if (preferCountry != null) {
            List<KnownActor> same = pool.stream().filter(k -> preferCountry.equals(k.country())).toList();
            if (!same.isEmpty()) {
                pool = same;
            }
        }
        String party = party(pool.get(0));
        boolean oneActor = pool.stream().allMatch(k -> party(k).equals(party));
        return oneActor ? Optional.of(pool.get(0)) : Optional.empty();
    }

    private static int rank(KnownActor k) {
        return k.outOfOffice() ? 2 : k.role().undated() ? 1 : 0;
    }

    private static String party(KnownActor k) {
        return k.country() != null ? k.country() : k.code();
    }

    static KnownActor known(ActorRow r, Role role, String code, boolean former) {
        String country = country(code);
        List<String> sectors = new ArrayList<>();
        if (country != null || code.startsWith("---")) {
            for (int i = 3; i + 3 <= code.length(); i += 3) {
                sectors.add(code.substring(i, i + 3));
            }
        }
        return new KnownActor(code, country, sectors, role, former, false, r);
    }

    /** The ISO-3 country a CAMEO code starts with, or null for IGO/NGO/regional/countryless codes. */
    static String country(String code) {
        if (code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3);
        return COUNTRIES.contains(c) ? c : null;
    }

    private static Set<String> countries() {
        Set<String> s = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        s.add("KSV"); // Kosovo, as CAMEO writes it
        return Set.copyOf(s);
    }
}
