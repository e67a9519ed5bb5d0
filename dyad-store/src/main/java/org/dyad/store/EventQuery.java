package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dyad.model.Certainty;

/**
 * Filters, paging and sort for listing events. Every field may be null (no filter). The constructor
 * validates and normalises, throwing {@link IllegalArgumentException} with a message fit for a user.
 *
 * @param actors    code prefixes (RUS matches RUSMIL); an event matches when either side matches any of them
 * @param both      with two or more actors: only events whose source matches one of them and target another
 * @param source    code prefix of the source
 * @param target    code prefix of the target
 * @param country   country of either actor or of the place
 * @param cameo     CAMEO code prefix (05, 057, 0571)
 * @param root      CAMEO root, two digits
 * @param plover    PLOVER event type (CONSULT, AGREE…)
 * @param certainty the event's certainty label
 * @param from      first day (events whose dates reach it)
 * @param to        last day
 * @param text      a full-text query over the sentences the events were coded from
 * @param page      1-based page
 * @param size      1..{@value #MAX_SIZE}
 * @param sort      one of {@link #SORTS}' keys, optionally prefixed with '-' for descending
 */
public record EventQuery(List<String> actors, boolean both, String source, String target, String country, String cameo, String root,
        String plover, String certainty, LocalDate from, LocalDate to, String text, int page, int size,
        String sort) {

    public static final int MAX_SIZE = 500;
    public static final int MAX_TEXT = 500;
    /** More actors would make the both=true condition (one test per ordered pair) needlessly long. */
    public static final int MAX_ACTORS = 10;
    /** Sort keys → ORDER BY columns. The only way a sort reaches SQL. */
    static final Map<String, String> SORTS = Map.of(
            "date", "e.day_start", "goldstein", "e.goldstein", "mentions", "e.num_mentions",
            "confidence", "e.confidence", "articles", "e.num_articles");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,32}");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,4}");
    private static final Pattern ROOT = Pattern.compile("\\d{2}");
    private static final Pattern PLOVER = Pattern.compile("[A-Z_]{1,32}");

    public EventQuery {
        actors = actors(actors);
        if (both && actors.size() < 2) {
            throw new IllegalArgumentException("both=true needs two or more actor parameters, e.g. actor=RUS&actor=IRN");
        }
        source = code("source", source, CODE);
        target = code("target", target, CODE);
        country = code("country", country, CODE);
        cameo = code("cameo", cameo, DIGITS);
        root = code("root", root, ROOT);
        plover = code("plover", plover, PLOVER);
        certainty = certainty(certainty);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q is longer than " + MAX_TEXT + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        sort = sort == null || sort.isBlank() ? "-date" : sort.strip();
        if (!SORTS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort)) {
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", SORTS.keySet().stream()
                    .sorted().toList()) + ", optionally with a leading '-', not '" + sort + "'");
        }
    }

    /** No filters, first page of 50, newest first. */
    public static Builder builder() {
        return new Builder();
    }

    /** ORDER BY clause built from whitelisted columns only, with a stable tiebreak. */
    String orderBy() {
        boolean desc = sort.startsWith("-");
        String column = SORTS.get(desc ? sort.substring(1) : sort);
        return column + (desc ? " DESC" : " ASC") + " NULLS LAST, e.id";
    }

    private static String code(String name, String value, Pattern shape) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!shape.matcher(v).matches()) {
            throw new IllegalArgumentException(name + " has an unexpected form: '" + value.strip() + "'");
        }
        return v;
    }

    private static List<String> actors(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = values.stream().map(v -> code("actor", v, CODE)).filter(Objects::nonNull).distinct().toList();
        if (out.size() > MAX_ACTORS) {
            throw new IllegalArgumentException("at most " + MAX_ACTORS + " actor parameters, not " + out.size());
        }
        return out;
    }

    private static String certainty(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Certainty.of(value.strip()).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("certainty must be one of " + String.join(", ", Arrays
                    .stream(Certainty.values()).map(Certainty::label).toList()) + ", not '" + value.strip() + "'");
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final List<String> actors = new ArrayList<>();
        private boolean both;
        private String source;
        private String target;
        private String country;
        private String cameo;
        private String root;
        private String plover;
        private String certainty;
        private LocalDate from;
        private LocalDate to;
        private String text;
        private int page = 1;
        private int size = 50;
        private String sort;

        /** Adds one actor; repeat for more. */
        public Builder actor(String v) { actors.add(v); return this; }
        public Builder actors(List<String> v) { actors.clear(); actors.addAll(v); return this; }
        public Builder both(boolean v) { both = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder target(String v) { target = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder cameo(String v) { cameo = v; return this; }
        public Builder root(String v) { root = v; return this; }
        public Builder plover(String v) { plover = v; return this; }
        public Builder certainty(String v) { certainty = v; return this; }
        public Builder from(LocalDate v) { from = v; return this; }
        public Builder to(LocalDate v) { to = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder page(int v) { page = v; return this; }
        public Builder size(int v) { size = v; return this; }
        public Builder sort(String v) { sort = v; return this; }

        public EventQuery build() {
            return new EventQuery(actors, both, source, target, country, cameo, root, plover, certainty, from, to, text,
                    page, size, sort);
        }
    }
}
