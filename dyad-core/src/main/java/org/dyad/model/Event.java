package org.dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One coded dyadic event, tied to the sentence and words it came from. Field names are the
 * published contract (snake_case in JSON).
 *
 * @param sentence   index into the document's sentences
 * @param certainty  asserted, reported, hedged, intended, negated or hypothetical
 * @param dateSource {@code text} when a time expression in the sentence governs the trigger,
 *                   {@code dateline} or {@code published} when the date falls back to the article's
 */
public record Event(
        String id,
        int sentence,
        Trigger trigger,
        Actor source,
        Actor target,
        String cameo,
        @JsonProperty("cameo_root") String cameoRoot,
        double goldstein,
        @JsonProperty("quad_class") int quadClass,
        Plover plover,
        String date,
        @JsonProperty("date_precision") String datePrecision,
        @JsonProperty("date_source") String dateSource,
        Place place,
        String certainty,
        @JsonProperty("attributed_to") Attribution attributedTo,
        List<Amount> amounts,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule) {

    public Event {
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
    }

    /** The words that triggered the event. */
    public record Trigger(String text, int start, int end) {
    }

    /** PLOVER event type and mode, e.g. CONSULT / visit. */
    public record Plover(String event, String mode) {
    }

    /** Where the event happened, with coordinates from Dyad's gazetteer. */
    public record Place(String name, String country, Double lat, Double lon) {
    }

    /** The speaker of reported speech. */
    public record Attribution(String text, String code) {
    }

    /** A sum of money attached to the event, with the certainty the text gives it. */
    public record Amount(String text, int start, int end, double value, String unit, String certainty) {
    }
}
