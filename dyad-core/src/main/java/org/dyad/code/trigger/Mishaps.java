package org.dyad.code.trigger;

import java.util.List;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * "An earthquake in Pakistan killed 300 people", "a Japanese commuter train derailed, killing 37":
 * a verb whose subject is a disaster, an accident or a vehicle that crashed (the cue lexicon's
 * {@link Cue#MISHAP_NOUN}) tells what befell people. It is no act of force, whatever country the
 * subject's modifier names (coding guide, section 1: disasters and accidents are no events).
 * Returns the triggers without such verbs.
 */
public final class Mishaps {
    private final CueLexicon cues;

    public Mishaps(CueLexicon cues) {
        this.cues = cues;
    }

    public List<Trigger> withoutMishaps(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !mishap(tree, t)).toList();
    }

    private boolean mishap(DependencyTree tree, Trigger t) {
        return t.verb() && tree.sharedSubjects(t.token()).stream().anyMatch(c -> cues.is(tree, c, Cue.MISHAP_NOUN));
    }
}
