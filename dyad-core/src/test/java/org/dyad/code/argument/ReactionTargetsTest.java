package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.argument.ArgumentFinderTest.countries;

import java.util.List;
import org.dyad.code.Annotated;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** A reaction to an act the article has told is aimed at that act's doer. */
class ReactionTargetsTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());
    private final ReactionTargets reactions = new ReactionTargets(Annotated.cues());

    /** The act of the first sentence, as a coded draft with the given doer. */
    private static EventDraft act(Annotated a, String trigger, ActorMention doer) {
        return new EventDraft(a.trigger(0, trigger), doer, null, Certainty.ASSERTED, null,
                new EventDater.Dated("2023-08-02", "day", "published"), null, List.of(), "subject");
    }

    /** The arguments of the reaction in the sentence, completed from the acts told before it. */
    private Arguments react(Annotated a, int sentence, String trigger, EventDraft... told) {
        Trigger t = a.trigger(sentence, trigger);
        Arguments found = finder.find(a.tree(sentence), t, a.actors());
        return reactions.complete(a.tree(sentence), t, found, a.actors(), a.triggers(sentence), List.of(told));
    }

    @Test
    void condemningTheAttackTargetsTheAttacker() {
        Annotated a = Annotated.of("Russian drones struck the port of Izmail on Wednesday. "
                + "Germany condemned the attack as reckless.");
        Arguments args = react(a, 1, "condemned", act(a, "struck", a.mention(0, "Russian")));
        assertThat(countries(args.sources())).containsExactly("DEU");
        assertThat(countries(args.targets())).containsExactly("RUS");
        assertThat(args.rule()).endsWith("+reaction-target");
    }

    @Test
    void aNounThatOnlySaysThereWasAnActPointsToTheActJustTold() {
        Annotated a = Annotated.of("The United States imposed sanctions on four Iranian officials. "
                + "China criticised the move.");
        Arguments args = react(a, 1, "criticised", act(a, "imposed", a.mention(0, "The United States")));
        assertThat(countries(args.targets())).containsExactly("USA");
    }

    @Test
    void twoDoersOfSuchAnActLeaveItOpen() {
        Annotated a = Annotated.of("Russian drones struck the port of Izmail. "
                + "Ukraine's air force said it had shot down 23 drones. Germany condemned the attack.");
        EventDraft struck = act(a, "struck", a.mention(0, "Russian"));
        EventDraft shot = new EventDraft(a.trigger(1, "shot"), a.mention(1, "Ukraine's air force"), null,
                Certainty.REPORTED, null, struck.dated(), null, List.of(), "subject");
        assertThat(react(a, 2, "condemned", struck, shot).targets()).isEmpty();
    }

    @Test
    void anOwnerPronounIsTheLastOtherPartyNamed() {
        Annotated a = Annotated.of("Russia proposed a prisoner exchange on Monday. Ukraine rejected its offer. "
                + "Germany said Russia had made a proposal, and Russia defended its offer.");
        Arguments args = react(a, 1, "rejected");
        assertThat(countries(args.targets())).containsExactly("RUS");
        assertThat(args.rule()).endsWith("+owner");
        assertThat(react(a, 2, "defended").targets()).as("its own offer").isEmpty();
    }

    @Test
    void anotherKindOfActIsNotTheOneReferredTo() {
        Annotated a = Annotated.of("Russia signed a trade agreement with Iran. Germany condemned the attack.");
        assertThat(react(a, 1, "condemned", act(a, "signed", a.mention(0, "Russia"))).targets()).isEmpty();
    }

    @Test
    void anIndefiniteOrOwnedActPointsNowhere() {
        Annotated a = Annotated.of("Russian drones struck the port of Izmail. Germany condemned attacks on ports.");
        assertThat(react(a, 1, "condemned", act(a, "struck", a.mention(0, "Russian"))).targets()).isEmpty();
        Annotated b = Annotated.of("Russian drones struck the port of Izmail. Germany condemned the Israeli attack.");
        assertThat(countries(react(b, 1, "condemned", act(b, "struck", b.mention(0, "Russian"))).targets()))
                .as("the noun's own party").containsExactly("ISR");
    }

    @Test
    void theDoerDefendingItsOwnActIsNoDyad() {
        Annotated a = Annotated.of("Russian drones struck the port of Izmail. Russia praised the attack.");
        assertThat(react(a, 1, "praised", act(a, "struck", a.mention(0, "Russian"))).targets()).isEmpty();
    }
}
