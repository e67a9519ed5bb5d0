package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** "Opposition" as the act of opposing or as the party, on sentences written for it. */
class ActsNamedLikeBodiesTest {
    private static final String UK_STORY = "Britain's trade unions met in London on Monday. The UK economy grew, "
            + "British officials said. ";

    @Test
    void anOppositionMarkedAsAnActAndAimedAtSomethingIsNoParty() {
        Annotated a = Annotated.of(UK_STORY + "The Tories voiced their opposition to the government's plans. "
                + "The Liberal Democrats provided strong opposition to the plans. "
                + "The government is facing opposition from Tory MPs.");
        assertThat(a.mentions(2, "opposition")).isEmpty();
        assertThat(a.mentions(3, "opposition")).isEmpty();
        assertThat(a.mentions(4, "opposition")).isEmpty();
        assertThat(ActsNamedLikeBodies.namesTheParty(a.tree(3).sentence().tokens(), a.token(3, "opposition")))
                .as("the act: a trigger").isFalse();
    }

    @Test
    void theOppositionAsAPartyStaysOneAndIsNoTrigger() {
        Annotated a = Annotated.of(UK_STORY + "The Liberal Democrats portray themselves as the opposition to Labour. "
                + "Police cracked down on opposition to the government. Six ministers from the opposition resigned.");
        assertThat(a.mentions(2, "opposition")).isNotEmpty();
        for (int s = 2; s <= 4; s++) {
            assertThat(ActsNamedLikeBodies.namesTheParty(a.tree(s).sentence().tokens(), a.token(s, "opposition")))
                    .as("sentence %d: the party, no trigger", s).isTrue();
        }
    }
}
