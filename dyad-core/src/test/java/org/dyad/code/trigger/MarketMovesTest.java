package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** What prices and markets do is no act; sentences written for the test. */
class MarketMovesTest {

    private static List<String> kept(String sentence) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return new MarketMoves(Annotated.cues()).withoutMarketMoves(a.tree(0), found).stream()
                .map(t -> a.tree(0).lemma(t.token())).toList();
    }

    private static List<String> found(String sentence) {
        Annotated a = Annotated.of(sentence);
        return new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0)).stream()
                .map(t -> a.tree(0).lemma(t.token())).toList();
    }

    @Test
    void aMarketQuantityAsSubjectMakesNoAct() {
        assertThat(kept("The dollar's slide against the euro has halted.")).doesNotContain("halt");
        assertThat(found("Oil prices attacked new highs on Monday.")).as("the lexicon reads force").contains("attack");
        assertThat(kept("Oil prices attacked new highs on Monday.")).doesNotContain("attack");
    }

    @Test
    void aVerbSharingTheSubjectOfAMarketMoveIsOneToo() {
        String shares = "Fiat's shares rose 4.5%, having shot up more than 7% in early trading.";
        assertThat(found(shares)).contains("shoot");
        assertThat(kept(shares)).doesNotContain("shoot");
    }

    @Test
    void partiesActingOnMarketsStillAct() {
        assertThat(kept("Russia halted gas supplies to Ukraine.")).contains("halt");
        assertThat(kept("Gunmen shot two policemen in Basra.")).contains("shoot");
    }
}
