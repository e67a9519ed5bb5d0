package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * "Fiat's shares shot up more than 7%", "the US dollar's slide against the euro has halted", "oil
 * prices surged": a verb whose subject is a market quantity (the cue lexicon's
 * {@link Cue#MARKET_NOUN}) tells how a market moved. It is no act, whoever owns the shares or
 * the currency (coding guide, section 1: prices and economic facts are no events). Returns the
 * triggers without such verbs.
 */
public final class MarketMoves {
    /** How a subjectless verb hangs from the verb whose subject it shares. */
    private static final Set<String> BORROWED_SUBJECT = Set.of("advcl", "xcomp", "conj", "dep");
    private final CueLexicon cues;

    public MarketMoves(CueLexicon cues) {
        this.cues = cues;
    }

    public List<Trigger> withoutMarketMoves(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !marketMove(tree, t)).toList();
    }

    private boolean marketMove(DependencyTree tree, Trigger t) {
        if (!t.verb()) {
            return false;
        }
        int v = t.token();
        List<Integer> subjects = tree.children(v, "nsubj");
        if (subjects.isEmpty() && BORROWED_SUBJECT.contains(tree.baseRelation(v)) && tree.head(v) > 0) {
            subjects = tree.children(tree.head(v), "nsubj"); // "shares rose 4.5%, having shot up 7%"
        }
        return subjects.stream().anyMatch(c -> cues.is(tree, c, Cue.MARKET_NOUN));
    }
}
