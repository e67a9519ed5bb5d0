package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.code.trigger.Trigger;
import org.junit.jupiter.api.Test;

/** A plain statement's target is whom it is made to, never a party named in what it states. Sentences written for the test. */
class StatementAddresseesTest {
    private Arguments addressees(String text, String verb) {
        Annotated a = Annotated.of(text);
        Trigger t = a.trigger(0, verb);
        Arguments found = new ArgumentFinder(Annotated.cues()).find(a.tree(0), t, a.actors());
        return StatementAddressees.of(a.tree(0), t, found);
    }

    @Test
    void thePartyToldOrSpokenToIsTheTarget() {
        assertThat(ArgumentFinderTest.countries(addressees("The Iranian minister told Russia that talks would resume.", "told")
                .targets())).containsExactly("RUS");
        assertThat(ArgumentFinderTest.countries(addressees("The Iranian minister made a statement to the Russian parliament.",
                "statement").targets())).containsExactly("RUS");
    }

    @Test
    void aPronounToldIsTheOneItStandsFor() {
        Annotated a = Annotated.of("Vladimir Putin met the Iranian president Ebrahim Raisi. The Turkish minister told him that talks would resume.");
        Trigger t = a.trigger(1, "told");
        Arguments found = new ContextParties(new ArgumentFinder(Annotated.cues())).complete(a.tree(1), t,
                new ArgumentFinder(Annotated.cues()).find(a.tree(1), t, a.actors()), a.actors(), java.util.List.of());
        assertThat(ArgumentFinderTest.countries(found.targets())).as("the context resolves 'him'").containsExactly("IRN");
        assertThat(ArgumentFinderTest.countries(StatementAddressees.of(a.tree(1), t, found).targets()))
                .containsExactly("IRN");
    }

    @Test
    void aPartyInsideWhatIsStatedIsNoTarget() {
        Arguments a = addressees("The Iranian minister announced his decision to leave the Russian alliance.", "announced");
        assertThat(ArgumentFinderTest.countries(a.sources())).containsExactly("IRN");
        assertThat(a.targets()).isEmpty();
    }
}
