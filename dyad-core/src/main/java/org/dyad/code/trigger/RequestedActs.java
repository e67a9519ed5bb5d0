package org.dyad.code.trigger;

import java.util.List;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;

/**
 * "Britain urged Iran to free the crew", "the Navy called on Iran to release the vessel", "the UN
 * demanded that Iran release them": the act asked of someone else has not happened, and CAMEO
 * codes only the appeal (02), which the request verb's own row gives. Such verb triggers are no
 * events, nor is the purpose of an act asked for ("called for a meeting to discuss Syria").
 * So is the act a request noun asks for ("rejected calls for Israel to withdraw", "an appeal to lay
 * down their arms", "an invitation to attend"). Asking for one's own act ("Putin asked to meet
 * Biden": no one asked) keeps its reading; the noun of "called for the release of" is handled
 * where its source is found.
 */
public final class RequestedActs {
    private final CueLexicon cues;

    public RequestedActs(CueLexicon cues) {
        this.cues = cues;
    }

    /** The triggers without verbs whose act is asked of another party. */
    public List<Trigger> withoutRequested(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !t.verb() || !askedOfOthers(tree, t.token())).toList();
    }

    /** Whether the act of verb v is asked of another party, not done ("urged Iran to free the crew"). */
    public boolean askedOfOthers(DependencyTree tree, int v) {
        int k = tree.firstConjunct(v); // "urged Iran to release the crew and return the ship"
        int h = tree.head(k);
        if (h <= 0) {
            return false;
        }
        String rel = tree.baseRelation(k);
        if (requestNoun(tree, h) && (rel.equals("acl") || rel.equals("ccomp"))) {
            return true; // "calls for Israel to withdraw", "the demand that Iran release the crew"
        }
        if (!tree.token(h).isVerb()) {
            return false;
        }
        if (rel.equals("xcomp") && infinitive(tree, k)
                && tree.hasChild(h, o -> o < k && tree.baseRelation(o).equals("obj") && requestNoun(tree, o))) {
            return true; // "dismissed an appeal from Gbagbo to lay down their arms": parsed on the verb
        }
        String lemma = tree.lemma(h);
        // "wants Britain to use its influence" asks Britain as "urged Britain to" does
        boolean request = cues.is(lemma, Cue.REQUEST_VERB) || cues.is(lemma, Cue.REQUEST_FOR)
                || cues.is(lemma, Cue.REQUEST_TO) // "told the government not to compromise"
                || cues.is(lemma, Cue.INTENT_VERB) && BareIntents.asksAParty(tree, h);
        if (rel.equals("ccomp")) {
            return cues.is(lemma, Cue.REQUEST_VERB); // "demanded that Iran release them"
        }
        if ((rel.equals("advcl") || rel.equals("xcomp")) && infinitive(tree, k) && cues.is(lemma, Cue.REQUEST_FOR)
                && tree.hasChild(h, c -> tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("for"))) {
            return true; // "called for a meeting of the Council to discuss Syria": the meeting's purpose
        }
        if (rel.equals("xcomp") && !request) {
            return askedOfOthers(tree, h); // "wants Ankara to stop buying Russian oil": the buying is asked too
        }
        return rel.equals("xcomp") && namesWhomItAsks(tree, h);
    }

    private boolean requestNoun(DependencyTree tree, int k) {
        return tree.token(k).isNoun() && cues.is(tree.lemma(k), Cue.REQUEST_NOUN);
    }

    /** "… to release the crew": verb v has the infinitive marker. */
    static boolean infinitive(DependencyTree tree, int v) {
        return tree.hasChild(v, c -> tree.baseRelation(c).equals("mark") && tree.lemma(c).equals("to"));
    }

    /** "urged Iran", "called on Iran", "Iran was asked": someone other than the asker is to act. */
    private static boolean namesWhomItAsks(DependencyTree tree, int h) {
        return !tree.children(h, "obj").isEmpty() || !tree.children(h, "nsubj:pass").isEmpty()
                || tree.hasChild(h, c -> tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("on"));
    }
}
