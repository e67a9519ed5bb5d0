package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** A warning to a party of what follows if it acts is a threat. Sentences written for the test. */
class ConditionalWarningsTest {

    private static String code(Annotated a, int sentence, String verb) {
        int k = a.token(sentence, verb);
        return ConditionalWarnings.read(a.tree(sentence), a.triggers(sentence)).stream()
                .filter(t -> t.token() == k).findFirst().orElseThrow().pattern().cameo();
    }

    @Test
    void warningAPartyOfWhatFollowsIfItActsThreatensIt() {
        Annotated a = Annotated.of("France has warned Iran it will answer to the Security Council if it resumes "
                + "enrichment. "
                + "France warned Iran to stop enrichment. "
                + "France warned that the economy will suffer if the talks fail. "
                + "The Israeli army warned it will strike hard if Israel comes under attack.");
        assertThat(code(a, 0, "warned")).isEqualTo("130");
        assertThat(code(a, 1, "warned")).as("an appeal, no condition").isEqualTo("020");
        assertThat(code(a, 2, "warned")).as("no addressee: a comment").startsWith("01");
        assertThat(code(a, 3, "warned")).as("'it' is what is said, not whom").isNotEqualTo("130");
    }
}
