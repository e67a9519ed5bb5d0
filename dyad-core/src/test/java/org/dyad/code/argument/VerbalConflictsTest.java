package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.code.Annotated;
import org.dyad.code.trigger.Trigger;
import org.junit.jupiter.api.Test;

/** Force words said of politics are criticism; said of armies, countries or places they stay force. Sentences written for the test. */
class VerbalConflictsTest {
    private final VerbalConflicts conflicts = VerbalConflicts.shipped();

    private Optional<Trigger> read(String text, int sentence, String verb) {
        Annotated a = Annotated.of(text);
        Trigger t = a.trigger(sentence, verb);
        assertThat(t.pattern().cameo()).as("the lexicon reads it as force first").startsWith("19");
        return conflicts.reading(a.tree(sentence), t, arguments(a, sentence, t));
    }

    private static Arguments arguments(Annotated a, int sentence, Trigger t) {
        return new ArgumentFinder(Annotated.cues()).find(a.tree(sentence), t, a.actors());
    }

    @Test
    void aPoliticianAttackingAPoliticianCriticises() {
        Trigger t = read("German opposition leader Karl Brenner attacked Chancellor Olaf Scholz.", 0, "attacked").orElseThrow();
        assertThat(t.pattern().cameo()).isEqualTo("111");
        assertThat(t.pattern().origin()).startsWith("verbal-senses.tsv:");
    }

    @Test
    void aStateThatProtestsComplainsOfficiallyAndPeopleStillDemonstrate() {
        Annotated a = Annotated.of("The United States is formally protesting China's decision. "
                + "Thousands of Kenyan students protested the police raids. Iran protested on Monday.");
        Trigger state = a.trigger(0, "protesting");
        Trigger read = conflicts.statesProtest(state, arguments(a, 0, state)).orElseThrow();
        assertThat(read.pattern().cameo()).isEqualTo("114");
        assertThat(read.pattern().origin()).endsWith("+state-protest");
        Trigger students = a.trigger(1, "protested");
        assertThat(conflicts.statesProtest(students, arguments(a, 1, students))).isEmpty();
        Trigger alone = a.trigger(2, "protested");
        assertThat(conflicts.statesProtest(alone, arguments(a, 2, alone))).as("aimed at nobody named").isEmpty();
    }

    @Test
    void soldiersOrAnAttackOnACountryStayForce() {
        assertThat(read("Russian soldiers attacked the Ukrainian president's convoy.", 0, "attacked")).isEmpty();
        assertThat(read("Russian President Vladimir Putin attacked Ukraine.", 0, "attacked")).isEmpty();
        assertThat(read("Rebels attacked the Malian prime minister.", 0, "attacked")).as("rebels are armed").isEmpty();
    }

    @Test
    void aCapitalNamedAsAPlaceIsNoPoliticalBody() {
        assertThat(read("Turkey attacked an area west of Damascus on Monday.", 0, "attacked"))
                .as("the capital is where the area is, not the Syrian government").isEmpty();
    }

    @Test
    void companiesFightingOverAMarketCompeteAndNothingMore() {
        Annotated a = Annotated.of("Boeing attacked Airbus over its subsidies. Russian soldiers attacked Boeing's office in Kyiv.");
        Trigger business = a.trigger(0, "attacked");
        assertThat(conflicts.marketContest(business, arguments(a, 0, business))).isTrue();
        Trigger soldiers = a.trigger(1, "attacked");
        assertThat(conflicts.marketContest(soldiers, arguments(a, 1, soldiers))).isFalse();
    }

    @Test
    void armedForcesOnTheMarchDoNotProtest() {
        Annotated a = Annotated.of("Kurdish rebels marched toward Mosul on Monday. Thousands of students marched on parliament.");
        Trigger rebels = a.trigger(0, "marched");
        assertThat(conflicts.armedMarch(rebels, arguments(a, 0, rebels))).isTrue();
        Trigger students = a.trigger(1, "marched");
        assertThat(conflicts.armedMarch(students, arguments(a, 1, students))).isFalse();
    }

    @Test
    void aLightVerbReadsAsTheForceNounItLaunches() {
        Trigger t = read("German opposition leader Karl Brenner launched an attack on Chancellor Olaf Scholz.", 0, "launched")
                .orElseThrow();
        assertThat(t.pattern().cameo()).isEqualTo("111");
        assertThat(read("Russian President Vladimir Putin launched an attack on Ukraine.", 0, "launched")).isEmpty();
    }
}
