package org.dyad.eval.gold;

import org.dyad.model.Event;

/**
 * The part of an event the gold score compares, from either side: a coder's {@link Event} or a
 * {@link GoldEvent} of another coding of the same sentences.
 *
 * @param root      two-digit CAMEO root
 * @param source    actor code or null
 * @param target    actor code or null
 * @param certainty certainty label or null
 * @param trigger   the trigger words, for the misses file
 */
public record CodedEvent(String root, String source, String target, String certainty, String trigger) {

    public static CodedEvent of(Event e) {
        String root = e.cameoRoot() != null ? e.cameoRoot() : e.cameo() == null ? "" : e.cameo().substring(0, 2);
        return new CodedEvent(root, e.source() == null ? null : e.source().code(),
                e.target() == null ? null : e.target().code(), e.certainty(),
                e.trigger() == null ? null : e.trigger().text());
    }

    public static CodedEvent of(GoldEvent e) {
        return new CodedEvent(e.root(), e.source(), e.target(), e.certainty(), e.trigger());
    }
}
