package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.model.Actor;
import org.dyad.model.Token;

/**
 * Coordinated country words share the body word after the last of them: in "Hungarian and
 * Romanian officials" or "Israeli, Egyptian and Jordanian negotiators" each nationality names
 * officials, not only the last one. Returns a new list; the mentions it is given stay as they are.
 */
final class SharedBodies {
    private SharedBodies() {
    }

    /** The sentence's mentions, in token order, with the body sectors shared back along each coordination. */
    static List<ActorMention> shared(List<Token> tokens, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int i = out.size() - 2; i >= 0; i--) {
            ActorMention a = out.get(i);
            ActorMention b = out.get(i + 1);
            if (nationality(a) && a.actor().sectors().isEmpty() && nationality(b) && withBody(tokens, b)
                    && onlyJoiners(tokens, a.last() + 1, b.first() - 1)) {
                Actor actor = ActorCodes.actor(a.actor().text(), a.actor().code(), a.actor().country(), b.actor().sectors());
                out.set(i, new ActorMention(a.sentence(), a.first(), a.last(), actor, a.kind(), a.kb()));
            }
        }
        return out;
    }

    private static boolean nationality(ActorMention m) {
        return (m.kind() == Kind.DEMONYM || m.kind() == Kind.COUNTRY) && m.actor().code() != null
                && m.actor().country() != null;
    }

    /**
     * A country word joined by a body word after it ("Romanian officials"): the mention ends on a
     * common noun. "Iran's army" is Iran's alone: "Iraq and Iran's army" shares nothing.
     */
    private static boolean withBody(List<Token> tokens, ActorMention m) {
        String pos = tokens.get(m.last() - 1).pos();
        boolean possessive = tokens.subList(m.first() - 1, m.last()).stream().anyMatch(t -> "POS".equals(t.pos()));
        return !m.actor().sectors().isEmpty() && m.last() > m.first() && pos != null && pos.startsWith("NN")
                && !pos.startsWith("NNP") && !possessive;
    }

    /** Tokens from..to (1-based) are "and", "or" and commas, at least one of them. */
    private static boolean onlyJoiners(List<Token> tokens, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k - 1);
            if (!"CC".equals(t.pos()) && !",".equals(t.word())) {
                return false;
            }
        }
        return true;
    }
}
