package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Unplaced people as the target of force, coercion, a release or an appeal. Sentences written for the test. */
class PeopleTargetsTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());
    private final PeopleTargets people = new PeopleTargets(Annotated.cues());

    private Arguments complete(Annotated a, int sentence, String trigger, Event.Place place) {
        Trigger t = a.trigger(sentence, trigger);
        Arguments found = finder.find(a.tree(sentence), t, a.actors());
        return people.complete(a.tree(sentence), t, found, place);
    }

    @Test
    void aStateBodyActingOnUnnamedPeopleActsAtHome() {
        Annotated a = Annotated.of("Chinese police detained 18 people on Saturday.");
        Arguments args = complete(a, 0, "detained", null);
        assertThat(args.targets()).extracting(m -> m.actor().code()).containsExactly("CHNCVL");
        assertThat(args.rule()).endsWith("+people-target");
    }

    @Test
    void armedForcesOrBodiesOfTwoCountriesActOnUnnamedPeopleAnywhere() {
        Annotated a = Annotated.of("U.S. forces and Iraqi police detained more than 50 people. "
                + "American soldiers detained 12 people.");
        assertThat(complete(a, 0, "detained", null).targets()).as("two countries").isEmpty();
        assertThat(complete(a, 1, "detained", null).targets()).as("armed forces act abroad").isEmpty();
        Event.Place baquba = new Event.Place("Baquba", "IRQ", 33.75, 44.6);
        assertThat(complete(a, 0, "detained", baquba).targets()).extracting(m -> m.actor().code())
                .containsExactly("IRQCVL");
    }

    @Test
    void thePlaceOfTheActComesFirst() {
        Annotated a = Annotated.of("Chinese police detained 18 people on Saturday.");
        Event.Place lhasa = new Event.Place("Lhasa", "CHN", 29.65, 91.1);
        Event.Place kabul = new Event.Place("Kabul", "AFG", 34.5, 69.2);
        assertThat(complete(a, 0, "detained", lhasa).targets()).extracting(m -> m.actor().code()).containsExactly("CHNCVL");
        assertThat(complete(a, 0, "detained", kabul).targets()).extracting(m -> m.actor().code()).containsExactly("AFGCVL");
    }

    @Test
    void anArmedGroupActingNowhereNamedLeavesTheTargetEmpty() {
        Annotated a = Annotated.of("Militants shot dead three women. Chinese police praised 18 people.");
        assertThat(complete(a, 0, "shot", null).targets()).isEmpty();
        Trigger praise = a.trigger(1, "praised");
        Arguments found = finder.find(a.tree(1), praise, a.actors());
        assertThat(people.complete(a.tree(1), praise, found, null)).as("praise is no act done to people")
                .isSameAs(found);
    }

    @Test
    void anAppealToPeopleIsMadeToTheAppealersOwnPeople() {
        Annotated a = Annotated.of("The Danish prime minister urged voters to back the treaty.");
        Event.Place kabul = new Event.Place("Kabul", "AFG", 34.5, 69.2);
        Arguments args = complete(a, 0, "urged", kabul);
        assertThat(args.targets()).as("not the civilians of a place named elsewhere")
                .extracting(m -> m.actor().code()).containsExactly("DNKCVL");
        assertThat(args.rule()).contains("+uncoded-addressee").endsWith("+people-target");
    }
}
