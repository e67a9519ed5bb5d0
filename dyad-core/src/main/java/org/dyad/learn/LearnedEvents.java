package org.dyad.learn;

import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.SpanOverlap;
import org.dyad.eval.gold.CodedEvent;
import org.dyad.model.Actor;
import org.dyad.model.Entity;
import org.dyad.model.Event;

/**
 * Turns the learned heads' reading of a sentence into scored events, alone or with the rules.
 * Spans become actor codes through the rules' knowledge: an entity of the sentence the actor
 * resolver gave a code (the longest overlap wins), else a rule event's party whose words overlap
 * the span; a span with neither stays uncoded (empty), never guessed.
 */
public final class LearnedEvents {
    /** Event probability from which a sentence counts as holding an event. */
    public static final double THRESHOLD = 0.5;

    private LearnedEvents() {
    }

    /** Which events a coder choice scores. */
    public enum Coder { RULES, LEARNED, COMBINED }

    /**
     * The events of one sentence for a coder choice. Learned: the heads' main event when the
     * detector fires. Combined: the rules' events in sentences the detector accepts; the learned
     * event where the rules found none.
     *
     * @param text     the sentence the heads read (offsets of {@code coding} and {@code entities})
     * @param entities the sentence's entities, offsets relative to {@code text}
     */
    public static List<CodedEvent> events(Coder coder, LearnedCoding coding, String text, List<Entity> entities,
                                          List<Event> ruleEvents) {
        List<CodedEvent> rules = ruleEvents.stream().map(CodedEvent::of).toList();
        if (coder == Coder.RULES || coding == null) {
            return rules;
        }
        boolean event = coding.eventProbability() >= THRESHOLD;
        List<CodedEvent> learned = event ? List.of(main(coding, text, entities, ruleEvents)) : List.of();
        if (coder == Coder.LEARNED) {
            return learned;
        }
        return !event ? List.of() : rules.isEmpty() ? learned : rules;
    }

    static CodedEvent main(LearnedCoding c, String text, List<Entity> entities, List<Event> ruleEvents) {
        List<ActorSpan> reciprocal = c.spans().stream().filter(s -> s.role() == ActorSpan.Role.R).toList();
        ActorSpan source = c.first(ActorSpan.Role.S);
        ActorSpan target = c.first(ActorSpan.Role.T);
        if (source == null && !reciprocal.isEmpty()) {
            source = reciprocal.get(0);
        }
        if (target == null && reciprocal.size() > 1) {
            target = reciprocal.get(1);
        }
        String root = c.root() == null ? "" : c.root().label();
        return new CodedEvent(root, codeOf(source, text, entities, ruleEvents), codeOf(target, text, entities, ruleEvents),
                c.certainty() == null ? null : c.certainty().label(), "learned");
    }

    /** The actor code of a span, or null when nothing the rules know covers it. */
    static String codeOf(ActorSpan span, String text, List<Entity> entities, List<Event> ruleEvents) {
        if (span == null) {
            return null;
        }
        Entity best = null;
        int bestOverlap = 0;
        for (Entity e : entities) {
            int overlap = Math.min(e.end(), span.end()) - Math.max(e.start(), span.start());
            if (e.actor() != null && e.actor().code() != null && overlap > bestOverlap) {
                best = e;
                bestOverlap = overlap;
            }
        }
        if (best != null) {
            return best.actor().code();
        }
        String words = span.text(text);
        List<Actor> parties = new ArrayList<>();
        for (Event e : ruleEvents) {
            parties.add(e.source());
            parties.add(e.target());
        }
        return parties.stream().filter(a -> a != null && a.code() != null && SpanOverlap.overlaps(a.text(), words))
                .map(Actor::code).findFirst().orElse(null);
    }
}
