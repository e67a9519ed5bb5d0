package org.dyad.watch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Certainty;
import org.dyad.model.Event;

/**
 * A saved query, written as the {@code /api/events} query string: {@code actor} (repeatable, code
 * prefix), {@code both}, {@code source}, {@code target}, {@code country}, {@code cameo} (prefix),
 * {@code root}, {@code plover}, {@code certainty} (comma-separated or repeated). Matched against each
 * newly stored event mention, so an alert fires as the event arrives, not when it is regrouped.
 */
public record AlertQuery(String text, List<String> actors, boolean both, String source, String target, String country,
        String cameo, String root, String plover, Set<String> certainties) {

    public static AlertQuery parse(String query) {
        String q = query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        List<String> actors = new ArrayList<>();
        Set<String> certainties = new LinkedHashSet<>();
        String[] one = new String[7];
        boolean both = false;
        for (String pair : q.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
            switch (key) {
                case "actor" -> actors.add(code(value));
                case "both" -> both = Boolean.parseBoolean(value);
                case "source" -> one[0] = code(value);
                case "target" -> one[1] = code(value);
                case "country" -> one[2] = code(value);
                case "cameo" -> one[3] = value;
                case "root" -> one[4] = value;
                case "plover" -> one[5] = value.toUpperCase(Locale.ROOT);
                case "certainty" -> {
                    for (String c : value.split(",")) {
                        if (!c.isBlank()) {
                            certainties.add(certainty(c));
                        }
                    }
                }
                default -> throw new IllegalArgumentException("alert '" + query + "': unknown parameter '" + key
                        + "' (use actor, both, source, target, country, cameo, root, plover, certainty)");
            }
        }
        if (both && actors.size() < 2) {
            throw new IllegalArgumentException("alert '" + query + "': both=true needs two or more actor parameters");
        }
        return new AlertQuery(q, List.copyOf(actors), both, one[0], one[1], one[2], one[3], one[4], one[5],
                Set.copyOf(certainties));
    }

    public boolean matches(Event e) {
        return actorsMatch(e) && prefix(code(e.source()), source) && prefix(code(e.target()), target)
                && countryMatches(e) && prefix(e.cameo(), cameo) && (root == null || root.equals(e.cameoRoot()))
                && (plover == null || e.plover() != null && plover.equals(e.plover().event()))
                && (certainties.isEmpty() || e.certainty() != null && certainties.contains(e.certainty()));
    }

    private boolean actorsMatch(Event e) {
        if (actors.isEmpty()) {
            return true;
        }
        String s = code(e.source());
        String t = code(e.target());
        if (!both) {
            return actors.stream().anyMatch(a -> prefix(s, a) || prefix(t, a));
        }
        for (String a : actors) {
            for (String b : actors) {
                if (!a.equals(b) && prefix(s, a) && prefix(t, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean countryMatches(Event e) {
        return country == null || country.equals(e.source() == null ? null : e.source().country())
                || country.equals(e.target() == null ? null : e.target().country())
                || e.place() != null && country.equals(e.place().country());
    }

    private static boolean prefix(String value, String wanted) {
        return wanted == null || value != null && value.startsWith(wanted);
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String code(String v) {
        return v.toUpperCase(Locale.ROOT);
    }

    private static String certainty(String label) {
        try {
            return Certainty.of(label.strip()).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certainty must be one of asserted, reported, hedged, intended, "
                    + "hypothetical, negated, not '" + label.strip() + "'");
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
