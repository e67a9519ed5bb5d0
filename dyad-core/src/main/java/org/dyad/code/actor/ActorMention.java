package org.dyad.code.actor;

import org.dyad.model.Actor;

/**
 * An actor named in a sentence: tokens first..last (1-based, inclusive), the token that heads
 * the name, and the resolved actor.
 *
 * @param kb the knowledge-base row and role that gave the code ({@code kb:SOURCE CODE@FROM..TO}), or null
 */
public record ActorMention(int sentence, int first, int last, Actor actor, ActorDictionary.Kind kind, String kb) {

    public ActorMention(int sentence, int first, int last, Actor actor, ActorDictionary.Kind kind) {
        this(sentence, first, last, actor, kind, null);
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }

    /** Same country or IGO code, ignoring sectors; an uncoded person is of no known party. */
    public boolean sameParty(ActorMention other) {
        String mine = ActorCodes.party(actor);
        return !mine.isEmpty() && mine.equals(ActorCodes.party(other.actor));
    }

    /**
     * Same full code: an actor acting on itself. Students protesting to their own government
     * (IDNEDU → IDNGOV) are a domestic dyad, not a self-dyad.
     */
    public boolean sameActor(ActorMention other) {
        return actor.code() != null && actor.code().equals(other.actor.code());
    }
}
