package org.dyad.code.trigger;

import java.util.List;
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
        // "shares rose 4.5%, having shot up 7%": a subjectless verb shares its head's subject
        return tree.sharedSubjects(t.token()).stream().anyMatch(c -> cues.is(tree, c, Cue.MARKET_NOUN));
    }
}
