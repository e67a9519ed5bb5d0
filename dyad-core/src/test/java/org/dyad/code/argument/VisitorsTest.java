package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** Who can make a visit (042): envoys and persons, not peoples or forces on the move. */
class VisitorsTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());
    private final Visitors visitors = new Visitors(Annotated.cues());

    private List<String> visitors(String text, String trigger) {
        Annotated a = Annotated.of(text);
        Arguments found = finder.find(a.tree(0), a.trigger(0, trigger), a.actors());
        assertThat(found.sources()).as("the finder names a traveller").isNotEmpty();
        return ArgumentFinderTest.codes(visitors.complete(a.tree(0), a.trigger(0, trigger), found).sources());
    }

    @Test
    void officialsAndPersonsVisit() {
        assertThat(visitors("The Iranian foreign minister arrived in Moscow on Tuesday.", "arrived")).containsExactly("IRNGOV");
        assertThat(visitors("Russian officials travelled to Tehran for talks.", "travelled")).containsExactly("RUSGOV");
        assertThat(visitors("A Chinese delegation arrived in Pyongyang for talks.", "arrived")).containsExactly("CHNGOV");
    }

    @Test
    void peoplesAndForcesOnTheMoveMakeNoVisit() {
        assertThat(visitors("Hundreds of Britons travelled to Syria to join the fighters.", "travelled")).isEmpty();
        assertThat(visitors("Israeli fans travelled to Amsterdam for the match.", "travelled")).isEmpty();
        assertThat(visitors("American troops arrived in Kuwait on Monday.", "arrived")).isEmpty();
    }

    @Test
    void arrivingPeacekeepersProvidePeacekeeping() {
        Annotated a = Annotated.of("Hundreds of British peacekeeping troops have arrived in Mali. "
                + "Some 160 Chinese peacekeepers arrived in South Sudan on Thursday. American troops arrived in Kuwait.");
        for (int s = 0; s < 2; s++) {
            Arguments found = finder.find(a.tree(s), a.trigger(s, "arrived"), a.actors());
            assertThat(visitors.peacekeeping(a.tree(s), a.trigger(s, "arrived"), found))
                    .hasValueSatisfying(t -> assertThat(t.pattern().cameo()).isEqualTo("074"));
        }
        Arguments troops = finder.find(a.tree(2), a.trigger(2, "arrived"), a.actors());
        assertThat(visitors.peacekeeping(a.tree(2), a.trigger(2, "arrived"), troops)).isEmpty();
    }

    @Test
    void otherActsKeepTheirSources() {
        Annotated a = Annotated.of("American troops attacked the town.");
        Arguments found = finder.find(a.tree(0), a.trigger(0, "attacked"), a.actors());
        assertThat(visitors.complete(a.tree(0), a.trigger(0, "attacked"), found)).isSameAs(found);
    }
}
