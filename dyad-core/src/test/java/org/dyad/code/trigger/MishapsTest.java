package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** What disasters and accidents do to people is no act; sentences written for the test. */
class MishapsTest {

    private static List<String> kept(String sentence) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return new Mishaps(Annotated.cues()).withoutMishaps(a.tree(0), found).stream()
                .map(t -> a.tree(0).lemma(t.token())).toList();
    }

    private static List<String> found(String sentence) {
        Annotated a = Annotated.of(sentence);
        return new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0)).stream()
                .map(t -> a.tree(0).lemma(t.token())).toList();
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
    void forcesAndTheirWeaponsStillAct() {
        assertThat(kept("Israeli jets killed 12 militants in Gaza.")).contains("kill");
        assertThat(kept("A car bomb killed 20 people in Baghdad.")).contains("kill");
        assertThat(kept("Israeli fire killed two Palestinians.")).contains("kill");
    }
}
