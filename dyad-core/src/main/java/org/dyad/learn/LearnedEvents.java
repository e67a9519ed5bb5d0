package org.dyad.learn;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.LexiconActorDictionary;
import org.dyad.eval.SpanOverlap;
import org.dyad.eval.gold.CodedEvent;
import org.dyad.model.Actor;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * Turns the learned heads' reading of a sentence into scored events, alone or with the rules.
 * Spans become actor codes through the rules' knowledge: an entity of the sentence the actor
 * resolver gave a code (the longest overlap wins), else an actor name of Dyad's lexicons inside the
 * span (with the sector of a title or body word there: "Tory leader" → GBROPP), else a rule event's
 * party whose words overlap the span; a span with none stays uncoded (empty), never guessed.
 */
public final class LearnedEvents {
    private static final ActorDictionary LEXICON = LexiconActorDictionary.shipped();

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

    /** The first lexicon actor named in the words, with the sectors of title/body words when it has none. */
    static String lexiconCode(String words) {
        List<Token> tokens = new ArrayList<>();
        for (WordPieceTokenizer.Word w : WordPieceTokenizer.words(words)) {
            String word = words.substring(w.start(), w.end());
            tokens.add(new Token(tokens.size() + 1, word, word.toLowerCase(java.util.Locale.ROOT), null, "O", w.start(),
                    w.end(), 0, null));
        }
        List<ActorDictionary.Named> names = LEXICON.actors(tokens);
        if (names.isEmpty()) {
            return null;
        }
        ActorDictionary.Named n = names.get(0);
        List<String> sectors = new ArrayList<>(n.sectors());
        if (sectors.isEmpty()) {
            // A person's title decides their sector ("defence minister" is GOV), else the first body word.
            List<ActorDictionary.SectorWords> found = LEXICON.sectors(tokens);
            found.stream().filter(ActorDictionary.SectorWords::title).findFirst()
                    .or(() -> found.stream().findFirst()).ifPresent(sw -> sectors.addAll(sw.sectors()));
        }
        return ActorCodes.actor(words, n.code(), n.country(), sectors.isEmpty() ? List.of() : sectors.subList(0, 1))
                .code();
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
        String named = lexiconCode(words);
        if (named != null) {
            return named;
        }
        List<Actor> parties = new ArrayList<>();
        for (Event e : ruleEvents) {
            parties.add(e.source());
            parties.add(e.target());
        }
        return parties.stream().filter(a -> a != null && a.code() != null && SpanOverlap.overlaps(a.text(), words))
                .map(Actor::code).findFirst().orElse(null);
    }
}
