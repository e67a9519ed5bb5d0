package org.dyad.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Certainty;

/**
 * Which certainties an aggregate counts. Counts and curves default to {@link #ACTS}: what the text
 * asserts or attributes to a source. Hedged and intended events are not acts yet and are shown
 * apart; negated and hypothetical ones never happened and are never counted as acts unless asked.
 */
public record CertaintyFilter(Set<Certainty> included) {
    /** Asserted and reported: the default for counts, curves and the network. */
    public static final CertaintyFilter ACTS = new CertaintyFilter(EnumSet.of(Certainty.ASSERTED, Certainty.REPORTED));
    /** Everything but negated and hypothetical: the GDELT export's default (GDELT has no certainty column). */
    public static final CertaintyFilter NOT_DENIED = new CertaintyFilter(
            EnumSet.complementOf(EnumSet.of(Certainty.NEGATED, Certainty.HYPOTHETICAL)));
    public static final CertaintyFilter ALL = new CertaintyFilter(EnumSet.allOf(Certainty.class));

    public CertaintyFilter {
        if (included.isEmpty()) {
            throw new IllegalArgumentException("a certainty filter needs at least one certainty");
        }
        included = Set.copyOf(EnumSet.copyOf(included));
    }

    /**
     * "asserted,reported" (any case, spaces allowed), "all", or null/blank for {@code fallback}.
     * An unknown word is an error naming the choices.
     */
    public static CertaintyFilter parse(String text, CertaintyFilter fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        EnumSet<Certainty> set = EnumSet.noneOf(Certainty.class);
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            try {
                set.add(Certainty.of(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("certainty must be a comma-separated list of "
                        + String.join(", ", labels(EnumSet.allOf(Certainty.class))) + " (or all), not '" + p + "'");
            }
        }
        return new CertaintyFilter(set);
    }

    /** The included labels, most factual first. */
    public List<String> labels() {
        return labels(included);
    }

    /** The labels this filter leaves out, most factual first. */
    public List<String> excludedLabels() {
        return labels(EnumSet.complementOf(EnumSet.copyOf(included)));
    }

    /** Whether an event labelled {@code label} is let through (a missing or unknown label counts as hedged, as stored). */
    public boolean includes(String label) {
        return included.contains(MentionRow.certainty(label));
    }

    public boolean isAll() {
        return included.size() == Certainty.values().length;
    }

    /** {@code column IN ('asserted', ...)}; the labels are constants of the enum, never user text. */
    public String sql(String column) {
        return column + " IN ('" + String.join("', '", labels()) + "')";
    }

    private static List<String> labels(Set<Certainty> set) {
        List<String> out = new ArrayList<>();
        for (Certainty c : Certainty.values()) {
            if (set.contains(c)) {
                out.add(c.label());
            }
        }
        return out;
    }
}
