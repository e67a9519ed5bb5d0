package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.model.Certainty;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Later sentences that speak of an event's object again qualify it and give it sums. */
class LaterQualifiersTest {
    private final LaterQualifiers pass = new LaterQualifiers(CueLexicon.shipped());

    /** "Iran signed a contract with Russia." with "contract" as the signing's object. */
    private static EventDraft signing(Certainty c) {
        return new EventDraft(trigger(0, 2, "sign", "057", true), country(0, "IRN"), country(0, "RUS"), c, null,
                HandMade.PUBLISHED, null, List.of("contract"), "subject");
    }

    private static HandMade signed() {
        return new HandMade().sentence("Iran/NNP signed/VBD/sign a/DT contract/NN with/IN Russia/NNP ./.");
    }

    private EventDraft apply(HandMade a, EventDraft d) {
        List<EventDraft> out = pass.apply(a.article(), a.actors(), List.of(d));
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void aLaterHedgeOnTheSameObjectWeakensTheEventAndItsSum() {
        HandMade a = signed().sentence("The/DT possible/JJ amount/NN of/IN the/DT contract/NN is/VBZ/be $5/CD/5 billion/CD ./.")
                .money("$5 billion", 5e9);
        EventDraft q = apply(a, signing(Certainty.ASSERTED));
        assertThat(q.certainty()).isEqualTo(Certainty.HEDGED);
        assertThat(q.amounts()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo(5e9);
            assertThat(m.certainty()).isEqualTo("hedged");
            assertThat(m.text()).isEqualTo("$5 billion");
        });
    }

    @Test
    void aPlainLaterMentionGivesItsSumButLeavesTheCertainty() {
        HandMade a = signed().sentence("The/DT contract/NN is/VBZ/be worth/JJ $5/CD/5 billion/CD ./.").money("$5 billion", 5e9);
        EventDraft q = apply(a, signing(Certainty.ASSERTED));
        assertThat(q.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(q.amounts()).extracting(Event.Amount::certainty).containsExactly("asserted");
    }

    @Test
    void sentencesThatDoNotSpeakOfTheObjectAgainAreIgnored() {
        HandMade a = signed().sentence("A/DT possible/JJ contract/NN is/VBZ/be worth/JJ $2/CD/2 billion/CD ./.")
                .money("$2 billion", 2e9)
                .sentence("The/DT possible/JJ amount/NN of/IN the/DT deal/NN is/VBZ/be $3/CD/3 billion/CD ./.")
                .money("$3 billion", 3e9);
        EventDraft q = apply(a, signing(Certainty.ASSERTED));
        assertThat(q.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(q.amounts()).isEmpty();
    }

    @Test
    void aSentenceBeforeTheEventIsNoLaterQualifier() {
        HandMade a = new HandMade().sentence("The/DT possible/JJ contract/NN was/VBD/be $4/CD/4 billion/CD ./.")
                .money("$4 billion", 4e9)
                .sentence("Iran/NNP signed/VBD/sign the/DT contract/NN ./.");
        EventDraft later = new EventDraft(trigger(1, 2, "sign", "057", true), country(1, "IRN"), null, Certainty.ASSERTED,
                null, HandMade.PUBLISHED, null, List.of("contract"), "subject");
        EventDraft q = apply(a, later);
        assertThat(q.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(q.amounts()).isEmpty();
    }

    @Test
    void theEventsOwnSentenceGivesOnlyItsFirstSum() {
        HandMade a = new HandMade().sentence("Iran/NNP signed/VBD/sign a/DT $5/CD/5 billion/CD contract/NN ,/, not/RB $7/CD/7 billion/CD ./.")
                .money("$5 billion", 5e9).money("$7 billion", 7e9);
        EventDraft q = apply(a, signing(Certainty.REPORTED));
        assertThat(q.amounts()).extracting(Event.Amount::value).containsExactly(5e9);
        assertThat(q.amounts().get(0).certainty()).as("the sum is as sure as its event").isEqualTo("reported");
    }

    @Test
    void aStrongerCertaintyIsNotWeakenedToAHedge() {
        HandMade a = signed().sentence("The/DT possible/JJ amount/NN of/IN the/DT contract/NN is/VBZ/be large/JJ ./.");
        assertThat(apply(a, signing(Certainty.NEGATED)).certainty()).isEqualTo(Certainty.NEGATED);
    }
}
