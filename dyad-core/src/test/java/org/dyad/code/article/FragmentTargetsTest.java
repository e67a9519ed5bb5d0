package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.draft;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.draft.EventDraft;
import org.junit.jupiter.api.Test;

/** A verbless fragment completing the sentence before it. */
class FragmentTargetsTest {
    private final FragmentTargets pass = new FragmentTargets();

    /** "Iran wants to create a club. With the participation of Russia and China." */
    private static HandMade clubAndFragment() {
        return new HandMade().sentence("Iran/NNP wants/VBZ/want to/TO create/VB a/DT club/NN ./.")
                .actor(1, "Iran", "IRN", Kind.COUNTRY)
                .sentence("With/IN the/DT participation/NN of/IN Russia/NNP and/CC China/NNP ./.")
                .actor(5, "Russia", "RUS", Kind.COUNTRY).actor(7, "China", "CHN", Kind.COUNTRY);
    }

    private static EventDraft creating() {
        return draft(trigger(0, 4, "create", "030", true), country(0, "IRN"), null);
    }

    private List<EventDraft> apply(HandMade a, EventDraft d) {
        return pass.apply(a.article(), a.actors(), List.of(d));
    }

    @Test
    void eachPartyOfTheFragmentBecomesATarget() {
        List<EventDraft> out = apply(clubAndFragment(), creating());
        assertThat(out).extracting(d -> d.target().actor().code()).containsExactly("RUS", "CHN");
        assertThat(out).allMatch(d -> d.source().actor().code().equals("IRN"));
        assertThat(out.get(0).rule()).isEqualTo("subject+fragment-target");
    }

    @Test
    void theDraftGivenIsNotChanged() {
        EventDraft d = creating();
        apply(clubAndFragment(), d);
        assertThat(d.target()).isNull();
    }

    @Test
    void aNextSentenceWithAVerbIsNoFragment() {
        HandMade a = new HandMade().sentence("Iran/NNP wants/VBZ/want to/TO create/VB a/DT club/NN ./.")
                .sentence("With/IN Russia/NNP ,/, it/PRP grows/VBZ/grow ./.").actor(2, "Russia", "RUS", Kind.COUNTRY);
        assertThat(apply(a, creating())).containsExactly(creating());
    }

    @Test
    void aDraftWithATargetOrANounTriggerIsLeftAlone() {
        EventDraft withTarget = draft(trigger(0, 4, "create", "030", true), country(0, "IRN"), country(0, "SYR"));
        assertThat(apply(clubAndFragment(), withTarget)).containsExactly(withTarget);
        EventDraft noun = draft(trigger(0, 6, "club", "050", false), country(0, "IRN"), null);
        assertThat(apply(clubAndFragment(), noun)).containsExactly(noun);
    }

    @Test
    void theSourcesOwnPartyAndUncodedPeopleAreNoTargets() {
        HandMade a = new HandMade().sentence("Iran/NNP wants/VBZ/want to/TO create/VB a/DT club/NN ./.")
                .sentence("With/IN Tehran/NNP ,/, Ali/NNP and/CC Russia/NNP ./.")
                .actor(2, "Tehran", "IRNGOV", Kind.CAPITAL).actor(4, "Ali", null, Kind.PERSON)
                .actor(6, "Russia", "RUS", Kind.COUNTRY);
        assertThat(apply(a, creating())).extracting(d -> d.target().actor().code()).containsExactly("RUS");
    }

    @Test
    void theLastSentenceHasNoFragmentAfterIt() {
        HandMade a = new HandMade().sentence("Iran/NNP wants/VBZ/want to/TO create/VB a/DT club/NN ./.");
        assertThat(apply(a, creating())).containsExactly(creating());
        assertThat(FragmentTargets.isFragment(clubAndFragment().article().sentences().get(1))).isTrue();
    }
}
