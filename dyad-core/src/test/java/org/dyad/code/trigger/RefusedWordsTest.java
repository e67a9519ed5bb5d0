package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** A refusal to say or disclose declines comment and rejects nobody; sentences written for the test. */
class RefusedWordsTest {

    private static List<String> kept(String sentence) {
        Annotated a = Annotated.of(sentence);
        List<Trigger> found = new TriggerFinder(Annotated.triggerDictionary()).find(a.tree(0));
        return new RefusedWords(Annotated.cues()).withoutRefusedWords(a.tree(0), found).stream()
                .map(t -> a.tree(0).lemma(t.token())).toList();
    }

    @Test
    void refusingToSayOrDiscloseRejectsNobody() {
        assertThat(kept("The Dutch minister refused to deny the claim that he had misled the Belgian premier."))
                .doesNotContain("refuse");
        assertThat(kept("The Dutch minister declined to give her view of the Belgian premier.")).doesNotContain("decline");
        assertThat(kept("The Dutch government refused to publish the Belgian report.")).doesNotContain("refuse");
    }

    @Test
    void refusingAnActStillRejectsIt() {
        assertThat(kept("The Dutch government refused to accept Belgium's denials.")).contains("refuse");
        assertThat(kept("The Dutch government refused to respond to a demand from Belgium.")).contains("refuse");
        assertThat(kept("The Dutch government declined to give aid to Belgium.")).as("aid is no words")
                .contains("decline");
    }

    @Test
    void theActRefusedIsNoEventOfItsOwn() {
        assertThat(kept("The Dutch government refused to back the Belgian bill.")).containsExactly("refuse");
        assertThat(kept("Iran refused to meet Belgian officials.")).containsExactly("refuse");
        assertThat(kept("Iran wanted to meet Belgian officials.")).as("no refusal").contains("meet");
        assertThat(kept("China has refused to speak with the Belgian leader.")).as("talks refused")
                .containsExactly("refuse");
    }
}
