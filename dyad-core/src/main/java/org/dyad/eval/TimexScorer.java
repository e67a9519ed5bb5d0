package org.dyad.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Entity;

/**
 * Time-expression value accuracy against gold TIMEX3s, per type. A gold expression is <em>found</em>
 * when a system expression of a time type overlaps its span, and <em>correct</em> when one of those
 * has exactly the gold value. Accuracy is correct / gold: a missed expression counts as wrong.
 */
public final class TimexScorer {
    /** The types scored (SET is rare in news and its values are not compared). */
    public static final List<String> TYPES = List.of("DATE", "TIME", "DURATION");
    private static final java.util.Set<String> TIME_TYPES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");
    private final Map<String, int[]> byType = new TreeMap<>();

    /** Tallies one document; returns the gold expressions it got wrong (for a misses file). */
    public List<Miss> add(MeantimeDocument doc, List<Entity> system) {
        List<Miss> misses = new java.util.ArrayList<>();
        for (MeantimeDocument.Timex g : doc.timexes()) {
            if (!TYPES.contains(g.type())) {
                continue;
            }
            int[] tally = byType.computeIfAbsent(g.type(), k -> new int[3]);
            tally[0]++;
            List<Entity> overlapping = system.stream()
                    .filter(e -> TIME_TYPES.contains(e.type()) && e.start() < g.end() && g.start() < e.end()).toList();
            if (!overlapping.isEmpty()) {
                tally[1]++;
            }
            if (overlapping.stream().anyMatch(e -> same(g.value(), e.value()))) {
                tally[2]++;
            } else {
                misses.add(new Miss(doc.name(), doc.text().substring(g.start(), g.end()), g.type(), g.value(),
                        overlapping.stream().map(e -> e.text() + " = " + e.value()).toList()));
            }
        }
        return misses;
    }

    /**
     * Equal values, written either way: a UTC time is {@code T18:00Z} in TIMEX3 and {@code T18:00+0000}
     * in SUTime; a decade is {@code 197} in TIMEX3 and {@code 197X} in SUTime.
     */
    static boolean same(String gold, String system) {
        return system != null && utc(gold).equals(utc(system));
    }

    private static String decade(String value) {
        return value.replaceFirst("^(\\d{2,3})X+$", "$1");
    }

    private static String utc(String value) {
        return decade(value).replaceFirst("(T\\d{2}(:\\d{2}){0,2})(\\+00:?00)$", "$1Z");
    }

    /** @param system what the system read there ("text = value"), empty when it found nothing */
    public record Miss(String doc, String text, String type, String gold, List<String> system) {
    }

    /** A table: per type and overall, gold count, found, correct, accuracy (correct/gold), accuracy on found. */
    public String render() {
        StringBuilder out = new StringBuilder(String.format("%-9s %6s %6s %8s %9s %9s%n", "type", "gold", "found",
                "correct", "accuracy", "on found"));
        int[] all = new int[3];
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            line(out, e.getKey(), e.getValue());
            for (int i = 0; i < 3; i++) {
                all[i] += e.getValue()[i];
            }
        }
        line(out, "all", all);
        return out.toString();
    }

    /** Correct / gold over every scored type. */
    public double accuracy() {
        int gold = byType.values().stream().mapToInt(t -> t[0]).sum();
        int correct = byType.values().stream().mapToInt(t -> t[2]).sum();
        return gold == 0 ? 0 : (double) correct / gold;
    }

    private static void line(StringBuilder out, String type, int[] t) {
        out.append(String.format("%-9s %6d %6d %8d %9.3f %9.3f%n", type, t[0], t[1], t[2],
                t[0] == 0 ? 0.0 : (double) t[2] / t[0], t[1] == 0 ? 0.0 : (double) t[2] / t[1]));
    }
}
