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
        assertThat(ActsNamedLikeBodies.withoutBodies(a.tree(3), a.triggers(3)))
                .extracting(t -> a.tree(3).token(t.token()).word()).contains("opposition");
    }

    @Test
    void theOppositionAsAPartyStaysOneAndIsNoTrigger() {
        Annotated a = Annotated.of(UK_STORY + "The Liberal Democrats portray themselves as the opposition to Labour. "
                + "Police cracked down on opposition to the government. Six ministers from the opposition resigned.");
        assertThat(a.mentions(2, "opposition")).isNotEmpty();
        for (int s = 2; s <= 4; s++) {
            int sentence = s;
            assertThat(ActsNamedLikeBodies.withoutBodies(a.tree(s), a.triggers(s)))
                    .extracting(t -> a.tree(sentence).token(t.token()).word()).doesNotContain("opposition");
        }
    }
}
