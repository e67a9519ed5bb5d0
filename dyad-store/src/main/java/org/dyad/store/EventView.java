package org.dyad.store;

import org.dyad.model.Event;

/**
 * A grouped event as the API lists it. The actors, code and certainty come from its most certain
 * mention; the date from its most precise one; {@code sentenceText}, {@code docId} and {@code title}
 * point to the mention that speaks for it.
 */
public record EventView(
        String id, ActorRef source, ActorRef target, String cameo, String cameoRoot, String cameoName,
        Double goldstein, Integer quadClass, Event.Plover plover, String date, String datePrecision,
        Event.Place place, String certainty, double confidence, int numMentions, int numSources, int numArticles,
        String sentenceText, String docId, String title) {
}
