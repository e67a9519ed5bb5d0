package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * "Clinton ordered a cruise missile strike", "the general authorised raids": when an order verb's
 * object is itself an event word, that act is the event (its subject becomes the act's source, as
 * for any light verb), and the order is no demand of its own. An order with no act for an object
 * ("ordered the troops home", "ordered him to leave") keeps its reading.
 */
public final class OrderedActs {
    private final CueLexicon cues;

    public OrderedActs(CueLexicon cues) {
        this.cues = cues;
    }

    /** The triggers without order verbs whose object is another trigger's noun. */
    public List<Trigger> withoutOrders(DependencyTree tree, List<Trigger> found) {
        Set<Integer> nounActs = found.stream().filter(t -> !t.verb()).map(Trigger::token).collect(Collectors.toSet());
        return found.stream().filter(t -> !orderOfAnAct(tree, t, nounActs)).toList();
    }

    private boolean orderOfAnAct(DependencyTree tree, Trigger t, Set<Integer> nounActs) {
        if (!t.verb() || !cues.is(tree.lemma(t.token()), Cue.ORDER_VERB) || !t.pattern().objects().isEmpty()) {
            return false; // "ordered the arrest" has a reading of its own (173) that took the noun
        }
        return tree.children(t.token(), "obj").stream().anyMatch(nounActs::contains);
    }
}
