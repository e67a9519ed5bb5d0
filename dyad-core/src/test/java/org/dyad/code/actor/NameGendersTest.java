package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** A pronoun is not read as a person the article titles as the other gender. */
class NameGendersTest {

    private static ActorMention named(Annotated a, int sentence, String text) {
        return a.actors().in(sentence).stream().filter(m -> text.equals(m.actor().text())).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + a.actors().in(sentence)));
    }

    @Test
    void aTitleGivesTheSurnameItsGender() {
        Annotated a = Annotated.of("US President George W Bush met the Iranian minister Masoumeh Ebtekar. "
                + "Mr Bush spoke first and Ms Ebtekar replied.");
        NameGenders genders = NameGenders.of(a.article());
        ActorMention bush = named(a, 0, "George W Bush");
        assertThat(genders.contradicts(bush, "she")).isTrue();
        assertThat(genders.contradicts(bush, "He")).isFalse();
        assertThat(genders.contradicts(bush, "her")).isTrue();
    }

    @Test
    void aSurnameTitledBothWaysOrNotAtAllSaysNothing() {
        Annotated a = Annotated.of("US President George W Bush met the Iranian minister Masoumeh Ebtekar. "
                + "Mr Bush and Mrs Bush spoke first.");
        NameGenders genders = NameGenders.of(a.article());
        assertThat(genders.contradicts(named(a, 0, "George W Bush"), "she")).isFalse();
        assertThat(genders.contradicts(named(a, 0, "George W Bush"), "he")).isFalse();
    }

    @Test
    void theFirstLadyTitlesNoSurname() {
        Annotated a = Annotated.of("US President George W Bush met the Iranian minister Masoumeh Ebtekar. "
                + "First Lady Laura Bush was not there.");
        assertThat(NameGenders.of(a.article()).contradicts(named(a, 0, "George W Bush"), "he")).isFalse();
    }

    @Test
    void sheIsNotTheLastManNamed() {
        Annotated a = Annotated.of("The Tories criticised Cherie Blair after her speech in Washington, where "
                + "US President George W Bush spoke. Mr Bush was not there when she spoke.");
        assertThat(a.actors().lastPersonBefore(1, 9, "she").map(m -> m.actor().text()))
                .isNotEqualTo(java.util.Optional.of("George W Bush"));
        assertThat(a.actors().lastPersonBefore(1, 9, "he").map(m -> m.actor().text())).hasValue("Mr Bush");
    }
}
