package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * "Refused to deny the claim", "declined to give her view of Mr Kilroy-Silk", "refused to publish
 * Lord Goldsmith's advice": refusing to say or disclose something declines comment; it rejects
 * nobody (CAMEO 12), and a party named in what is kept back is no target. A refusal of an act
 * ("refused to accept Syria's denials", "refused to back the plan", "refused to respond to a
 * demand") keeps its rejection. Returns
 * the triggers without the bare rejection readings (the lexicon's 120) of such refusals.
 */
public final class RefusedWords {
    private static final Set<String> REFUSING = Set.of("refuse", "decline");
    private static final String BARE_REJECTION = "120";
    /** Verbs of keeping something back beyond the speech verbs of the cue lexicon. */
    private static final Set<String> DISCLOSING = Set.of("deny", "publish", "answer", "discuss", "speculate", "name",
            "elaborate", "divulge", "identify", "specify");
    /** What "give" keeps back when it is words: "declined to give her view", "refused to give details". */
    private static final Set<String> WORDS = Set.of("view", "detail", "figure", "account", "answer", "comment",
            "explanation", "opinion", "interview", "evidence", "reason", "name", "number");

    private final CueLexicon cues;

    public RefusedWords(CueLexicon cues) {
        this.cues = cues;
    }

    public List<Trigger> withoutRefusedWords(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !refusalToSpeak(tree, t)).toList();
    }

    private boolean refusalToSpeak(DependencyTree tree, Trigger t) {
        int v = t.token();
        if (!t.verb() || !t.pattern().cameo().equals(BARE_REJECTION) || !REFUSING.contains(tree.lemma(v))) {
            return false;
        }
        return tree.children(v, "xcomp").stream().anyMatch(x -> keptBack(tree, x));
    }

    private boolean keptBack(DependencyTree tree, int x) {
        String lemma = tree.lemma(x);
        if (lemma.equals("give")) {
            return tree.children(x, "obj").stream().anyMatch(o -> WORDS.contains(tree.lemma(o)));
        }
        return DISCLOSING.contains(lemma) || cues.is(lemma, Cue.SPEECH);
    }
}
