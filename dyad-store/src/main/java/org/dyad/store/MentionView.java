package org.dyad.store;

import org.dyad.model.Event;

/**
 * One report of an event: where it was said and how.
 *
 * @param sentenceHtml the sentence, HTML-escaped, with the trigger and the actors' words in {@code <mark>}
 */
public record MentionView(
        String id, String docId, String title, String url, String publisher, String published,
        Integer sentence, String sentenceText, String sentenceHtml, String trigger, String cameo,
        ActorRef source, ActorRef target, String date, String dateSource, String certainty,
        Event.Attribution attributedTo) {
}
