package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * What happens with no party acting: a verb whose subject, or the subject it shares with the verb
 * it hangs from, is a market quantity ({@link Cue#MARKET_NOUN}: "Fiat's shares shot up more than
 * 7%", "the dollar's slide against the euro has halted") or a disaster, an accident or a vehicle
 * that crashed ({@link Cue#MISHAP_NOUN}: "an earthquake in Pakistan killed 300 people", "a Japanese
 * commuter train derailed, killing 37"), or a verb hung on a verb of an accident ({@link
 * Cue#MISHAP_VERB}: "a U.S. helicopter crashed, killing all 10 soldiers on board"). It tells how a
 * market moved or what befell people, not an act of whoever owns the shares or whatever country the
 * subject's modifier names (coding guide, section 1). Returns the triggers without such verbs.
 */
public final class Happenings {
    /** How a verb hangs on the verb whose subject it shares. */
    private static final Set<String> SHARING = Set.of("advcl", "xcomp", "conj", "dep");
    /** Subjects that move or strike by themselves. */
    private static final Set<Cue> NO_PARTY = Set.of(Cue.MARKET_NOUN, Cue.MISHAP_NOUN);

    private final CueLexicon cues;

    public Happenings(CueLexicon cues) {
        this.cues = cues;
    }

    public List<Trigger> withoutHappenings(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !happening(tree, t)).toList();
    }

    private boolean happening(DependencyTree tree, Trigger t) {
        return t.verb() && (tree.sharedSubjects(t.token()).stream()
                .anyMatch(s -> NO_PARTY.stream().anyMatch(cue -> cues.is(tree, s, cue))) || afterAnAccident(tree, t.token()));
    }

    /**
     * "A U.S. helicopter crashed in eastern Afghanistan, killing all 10 soldiers on board": a verb
     * with no subject of its own, hung on a verb of an accident, is what the accident did, even when
     * the vehicle was a party's.
     */
    private boolean afterAnAccident(DependencyTree tree, int v) {
        int h = tree.head(v);
        return h > 0 && tree.children(v, "nsubj").isEmpty() && SHARING.contains(tree.baseRelation(v))
                && tree.token(h).isVerb() && cues.is(tree.lemma(h), Cue.MISHAP_VERB);
    }
}
