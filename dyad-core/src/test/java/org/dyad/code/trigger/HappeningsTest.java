package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** What prices and markets do, and what disasters do to people, is no act; sentences written for the test. */
class HappeningsTest {

    private static List<String> kept(String sentence) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return new Happenings(Annotated.cues()).withoutHappenings(a.tree(0), found).stream()
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

    @Test
    void aDisasterAsSubjectMakesNoAct() {
        String quake = "A powerful earthquake in Pakistan killed at least 300 people on Saturday.";
        assertThat(found(quake)).as("the lexicon reads force").contains("kill");
        assertThat(kept(quake)).doesNotContain("kill");
        assertThat(kept("Floods have destroyed thousands of homes in Bangladesh.")).doesNotContain("destroy");
    }

    @Test
    void aVerbSharingTheSubjectOfACrashedVehicleIsNoActEither() {
        String train = "A Japanese commuter train derailed and smashed into an apartment building, killing 37 people.";
        assertThat(found(train)).contains("kill");
        assertThat(kept(train)).doesNotContain("kill");
    }

    @Test
    void whatAnAccidentDidIsNoActEvenWithAPartysVehicle() {
        String helicopter = "A U.S. helicopter has crashed in eastern Afghanistan, killing all 10 American soldiers on board.";
        assertThat(found(helicopter)).contains("kill");
        assertThat(kept(helicopter)).doesNotContain("kill");
        assertThat(kept("A U.S. helicopter fired on the village, killing 10 people.")).as("fire is force").contains("kill");
    }

    @Test
    void forcesAndTheirWeaponsStillAct() {
        assertThat(kept("Israeli jets killed 12 militants in Gaza.")).contains("kill");
        assertThat(kept("A car bomb killed 20 people in Baghdad.")).contains("kill");
        assertThat(kept("Israeli fire killed two Palestinians.")).contains("kill");
    }
}
