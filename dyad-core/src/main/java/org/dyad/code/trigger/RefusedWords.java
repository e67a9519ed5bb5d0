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
 * demand") keeps its rejection, and is the only event of it: the act refused is not also coded as
 * a negated act of its own ("Iran refused to meet US officials" is one rejection, 120, not that and
 * a negated meeting), one event per act (coding guide, section 2). Returns the triggers without the
 * bare rejection readings (the lexicon's 120) of refusals to speak and without the acts refused.
 */
public final class RefusedWords {
    private static final Set<String> REFUSING = Set.of("refuse", "decline");
    private static final String BARE_REJECTION = "120";
    /** Whom one speaks with: a refusal to speak with someone refuses talks. */
    private static final Set<String> PARTNER_PREPS = Set.of("with");
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
        List<Trigger> kept = found.stream().filter(t -> !refusalToSpeak(tree, t)).toList();
        return kept.stream().filter(t -> !actRefused(tree, t, kept)).toList();
    }

    /** The infinitive of a refusal that is itself coded as a rejection: "refused to [back] the bill". */
    private static boolean actRefused(DependencyTree tree, Trigger t, List<Trigger> triggers) {
        int v = t.token();
        int h = tree.head(v);
        if (!t.verb() || h <= 0 || !tree.baseRelation(v).equals("xcomp") || !REFUSING.contains(tree.lemma(h))
                || t.pattern().cameo().startsWith("12")) {
            return false;
        }
        return triggers.stream().anyMatch(r -> r.token() == h && r.verb() && r.pattern().cameo().startsWith("12"));
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
        if (tree.children(x, "obl").stream().anyMatch(o -> PARTNER_PREPS.contains(tree.preposition(o)))) {
            return false; // "refused to speak with the Taiwanese leader": talks refused, not comment
        }
        if (lemma.equals("give")) {
            return tree.children(x, "obj").stream().anyMatch(o -> WORDS.contains(tree.lemma(o)));
        }
        return DISCLOSING.contains(lemma) || cues.is(lemma, Cue.SPEECH);
    }
}
