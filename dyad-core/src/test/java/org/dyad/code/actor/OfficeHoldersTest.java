package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** Which offices an article gives which people, on sentences written for it. */
class OfficeHoldersTest {

    @Test
    void aBareOfficeIsThePersonTheArticleTitledWithIt() {
        Annotated a = Annotated.of("Chancellor Gordon Brown met Conservative shadow chancellor Oliver Letwin and "
                + "former chancellor Kenneth Clarke in London. The chancellor replied in the Commons.",
                "2024-03-15", PersonRegistry.empty());
        ActorMention office = a.mention(1, "chancellor");
        assertThat(a.actors().samePerson(office, a.mention(0, "Gordon Brown"))).isTrue();
        assertThat(a.actors().samePerson(a.mention(0, "Gordon Brown"), office)).as("either way round").isTrue();
        assertThat(a.actors().samePerson(office, a.mention(0, "Oliver Letwin"))).as("a shadow office is another").isFalse();
        assertThat(a.actors().samePerson(office, a.mention(0, "Kenneth Clarke"))).as("a former holder holds it no more").isFalse();
    }

    @Test
    void theKnowledgeBaseGivesTheOfficeOnTheDay() {
        Annotated a = Annotated.of("Michael Howard attacked Gordon Brown's budget in London. "
                + "The chancellor replied in the Commons.", "2005-03-17", PersonRegistry.empty());
        assertThat(a.actors().samePerson(a.mention(1, "chancellor"), a.mention(0, "Gordon Brown")))
                .as("Chancellor of the Exchequer in 2005").isTrue();
        assertThat(a.actors().samePerson(a.mention(1, "chancellor"), a.mention(0, "Michael Howard"))).isFalse();
    }
}
