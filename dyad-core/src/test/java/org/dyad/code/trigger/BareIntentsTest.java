package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** A generic intent verb with an infinitive of its own is no event; the intended act codes the intention. */
class BareIntentsTest {
    private final BareIntents intents = new BareIntents(Annotated.cues());

    private boolean bare(String sentence, String word) {
        Annotated a = Annotated.of(sentence);
        return intents.bare(a.tree(0), a.trigger(0, word));
    }

    @Test
    void anIntentVerbWithItsOwnInfinitiveIsNoEventOfItsOwn() {
        assertThat(bare("Hyundai plans to build a second plant in India.", "plans")).isTrue();
        assertThat(bare("The ministry wants to increase Iraq's telephone coverage.", "wants")).isTrue();
        assertThat(bare("Putin hopes to meet Erdogan in Ankara.", "hopes")).as("no optimistic comment").isTrue();
        assertThat(bare("Iran seeks to expand its ties with Russia.", "seeks")).as("no appeal").isTrue();
        assertThat(bare("Serbia threatened to expel the envoy.", "threatened")).as("a threat").isFalse();
        assertThat(bare("Sweden wants the EU budget to be capped at 1% of national incomes.", "wants"))
                .as("a state of a thing wished for").isTrue();
        assertThat(bare("The government will seek European Union approval to distil the wine.", "seek"))
                .as("what is sought, asked of the EU").isFalse();
    }

    @Test
    void assuringSomeoneOfAFactCommitsToNothing() {
        Annotated a = Annotated.of("The Dutch premier assured the Belgian parliament that the bill was about regulation. "
                + "The Dutch premier assured the Belgian parliament that the Netherlands would help.");
        assertThat(intents.withoutBareIntents(a.tree(0), a.triggers(0))).extracting(t -> a.tree(0).lemma(t.token()))
                .doesNotContain("assure");
        assertThat(intents.withoutBareIntents(a.tree(1), a.triggers(1))).extracting(t -> a.tree(1).lemma(t.token()))
                .contains("assure");
    }

    @Test
    void aNounObjectOrAnotherPartyAskedKeepsTheIntent() {
        assertThat(bare("Ukraine wants closer links with the European Union.", "wants")).isFalse();
        assertThat(bare("Cafod wants Britain to use its influence.", "wants")).isFalse();
        assertThat(bare("Libya offered to hand over the two suspects.", "offered")).as("a commitment").isFalse();
    }

    @Test
    void aCommitmentCodedByWhatItCommitsToIsThatActOnce() {
        Annotated a = Annotated.of("Canada has offered to send troops to Mali. Libya offered to hand over the two suspects.");
        assertThat(intents.withoutBareIntents(a.tree(0), a.triggers(0))).extracting(t -> a.tree(0).lemma(t.token()))
                .as("the offer of troops (0334) is the sending").containsExactly("offer");
        assertThat(intents.withoutBareIntents(a.tree(1), a.triggers(1))).extracting(t -> a.tree(1).lemma(t.token()))
                .as("a generic offer (030) keeps the act it offers").contains("hand");
        Annotated b = Annotated.of("Bosnian Serb units threatened to shell British forces.");
        assertThat(intents.withoutBareIntents(b.tree(0), b.triggers(0))).extracting(t -> b.tree(0).lemma(t.token()))
                .as("threatening force (138) is the shelling threatened").containsExactly("threaten");
    }

    @Test
    void wantingAnotherPartyToActIsAnAppealToIt() {
        Annotated a = Annotated.of("Cafod wants Britain to use its influence.");
        Trigger t = intents.withoutBareIntents(a.tree(0), a.triggers(0)).stream()
                .filter(x -> a.tree(0).lemma(x.token()).equals("want")).findFirst().orElseThrow();
        assertThat(t.pattern().cameo()).isEqualTo("020");
        assertThat(t.pattern().origin()).endsWith("+asks-another");
        Annotated b = Annotated.of("The Israeli military has proposed a plan to destroy the homes.");
        assertThat(intents.asksAnother(b.tree(0), b.trigger(0, "proposed"))).as("a plan is no party").isFalse();
    }

    @Test
    void theTriggerListLosesOnlyTheBareIntent() {
        Annotated a = Annotated.of("Turkey plans to build a pipeline to Iraq.");
        assertThat(intents.withoutBareIntents(a.tree(0), a.triggers(0))).extracting(t -> a.tree(0).lemma(t.token()))
                .doesNotContain("plan");
    }
}
