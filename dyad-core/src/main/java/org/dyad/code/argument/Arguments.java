package org.dyad.code.argument;

import java.util.List;
import org.dyad.code.actor.ActorMention;

/**
 * Who did it and to whom, as found for one trigger. Several sources or targets come from
 * conjunctions ("with Russia and China"); each pair becomes its own event.
 *
 * @param rule which mechanism found them (subject-object, passive, noun-possessor, context…), for tracing
 */
public record Arguments(List<ActorMention> sources, List<ActorMention> targets, String rule) {
    public Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && targets.isEmpty();
    }
}
