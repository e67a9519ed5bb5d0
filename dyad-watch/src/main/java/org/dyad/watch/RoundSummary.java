package org.dyad.watch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What one round did, printed after it and appended to {@code DIR/watch/rounds.jsonl}.
 *
 * @param sources      sources polled
 * @param notModified  sources that answered 304
 * @param listed       items the sources listed (new or not)
 * @param fresh        items not seen before
 * @param stored       documents added to the store
 * @param fromFeedText of those, how many came from the feed's own text (no page, not followed, or page refused)
 * @param unchanged    documents whose text the store already had
 * @param duplicates   pages whose body was identical to one seen before under another URL
 * @param events       coded events in the stored documents
 * @param alerts       alerts raised
 * @param skipped      item → reason it will not be stored (not English, no text, HTTP 404…)
 * @param failures     source or item → reason; an item that failed this way is tried again next round
 */
public record RoundSummary(String started, String finished, int sources, @JsonProperty("not_modified") int notModified,
        int listed, @JsonProperty("new") int fresh, int stored, @JsonProperty("from_feed_text") int fromFeedText,
        int unchanged, int duplicates, int events, int alerts, Map<String, String> skipped, Map<String, String> failures) {

    public RoundSummary {
        skipped = Map.copyOf(skipped);
        failures = Map.copyOf(failures);
    }

    /** Human-readable: one line of figures, then each failure and skip with its reason (sorted). */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("round %s: %d sources polled (%d not modified), %d items listed, %d new: "
                + "%d stored (%d from feed text) with %d events, %d unchanged, %d duplicate bodies, %d skipped, "
                + "%d failed; %d alerts%n", started, sources, notModified, listed, fresh, stored, fromFeedText, events,
                unchanged, duplicates, skipped.size(), failures.size(), alerts));
        lines(b, "failed", failures);
        lines(b, "skipped", skipped);
        return b.toString();
    }

    private static void lines(StringBuilder b, String label, Map<String, String> reasons) {
        for (String key : reasons.keySet().stream().sorted().toList()) {
            b.append("  ").append(label).append(' ').append(key).append(": ").append(reasons.get(key)).append('\n');
        }
    }
}
