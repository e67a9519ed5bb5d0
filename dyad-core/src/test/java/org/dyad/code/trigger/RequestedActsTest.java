package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** An act asked of someone else is no event; asking to do one's own act is not such a request. */
class RequestedActsTest {
    private final RequestedActs requested = new RequestedActs(Annotated.cues());

    private boolean asked(String sentence, String word) {
        Annotated a = Annotated.of(sentence);
        return requested.askedOfOthers(a.tree(0), a.token(0, word));
    }

    @Test
    void anActAskedOfAnotherPartyIsNotDone() {
        assertThat(asked("Britain urged Iran to free the crew.", "free")).isTrue();
        assertThat(asked("The U.S. Navy called on Iran to release the vessel immediately.", "release")).isTrue();
        assertThat(asked("France asked Iran to release the tanker and return its crew.", "return")).isTrue();
        assertThat(asked("Iran was asked to release the tanker.", "release")).isTrue();
        assertThat(asked("The United Nations demanded that Iran release the sailors.", "release")).isTrue();
        assertThat(asked("France called for an emergency meeting of the Security Council to discuss the situation.",
                "discuss")).as("the purpose of the act asked for").isTrue();
    }

    @Test
    void anActSomeoneIsToldToDoIsNotDoneButWhatTheyAreToldIsReported() {
        assertThat(asked("Britain told Iran to release the crew.", "release")).isTrue();
        assertThat(asked("Britain advised Iran not to attack the tanker.", "attack")).isTrue();
        assertThat(asked("The commander warned the Palestinian leadership not to disarm the militants.", "disarm"))
                .isTrue();
        assertThat(asked("The minister told MPs that Russian troops had attacked the town.", "attacked")).isFalse();
    }

    @Test
    void theActARequestNounAsksForIsNotDone() {
        assertThat(asked("The rebels dismissed an appeal from President Gbagbo to lay down their arms.", "lay")).isTrue();
        assertThat(asked("Israel rejected calls for it to withdraw from Gaza.", "withdraw")).isTrue();
        assertThat(asked("Iran ignored the demand that it release the crew.", "release")).isTrue();
        assertThat(asked("Washington wants Israel to halt the offensive.", "halt")).as("wanting another to act").isTrue();
        assertThat(asked("Hamas rejected an invitation to attend the meeting.", "attend")).isTrue();
        assertThat(asked("The rebels signed a deal to lay down their arms.", "lay")).as("a deal is no request").isFalse();
    }

    @Test
    void anActBelowTheAskedActIsAskedToo() {
        assertThat(asked("Washington wants Ankara to stop buying Russian oil.", "buying")).isTrue();
        assertThat(asked("Britain urged Iran to try to free the crew.", "free")).isTrue();
        assertThat(asked("Iran decided to stop buying Russian oil.", "buying")).as("no one asked").isFalse();
        assertThat(asked("Britain forced Iran to stop attacking ships.", "attacking")).isFalse();
    }

    @Test
    void asksForOnesOwnActOrOtherGoverningVerbsAreNotRequests() {
        assertThat(asked("Putin asked to meet Biden in Geneva.", "meet")).isFalse();
        assertThat(asked("Britain forced Iran to free the crew.", "free")).isFalse();
        assertThat(asked("Iran agreed to release the tanker.", "release")).isFalse();
        assertThat(asked("Iran said it released the tanker.", "released")).isFalse();
    }

    @Test
    void theTriggerListLosesOnlyTheAskedVerbs() {
        Annotated a = Annotated.of("Britain urged Iran to free the crew.");
        assertThat(requested.withoutRequested(a.tree(0), a.triggers(0))).extracting(t -> a.tree(0).lemma(t.token()))
                .contains("urge").doesNotContain("free");
    }
}
