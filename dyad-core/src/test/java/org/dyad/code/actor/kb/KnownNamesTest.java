package org.dyad.code.actor.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** KnownNames.titled: a bare surname under a title, singled out by the day and the title's sector. */
class KnownNamesTest {
    private static final int PHOENIX = 3;

    private static ActorRow person(String name, String... roles) {
        return new ActorRow("t:" + name, ActorRow.Kind.PERSON, List.of(name), Arrays.stream(roles).map(Role::parse).toList(),
                "test", PHOENIX);
    }

    private final KnownNames names = new KnownNames(ActorKnowledgeBase.of(List.of(
            person("Walter Brandt", "DEUELI@1960-01-01..1993-01-20", "DEUGOV@1993-01-20..2001-01-20", "DEUELI"),
            person("Hilde Brandt", "DEUELI@1965-01-01..2000-01-01", "DEUGOV@2009-01-21..2013-02-01", "DEUELI"),
            person("Otto Brandt", "RUSMIL@1990-01-01..2030-01-01"))));

    private String titled(String surname, String day, String... sectors) {
        return names.titled(surname, LocalDate.parse(day), List.of(sectors), null).map(KnownActor::code).orElse(null);
    }

    @Test
    void theTitleAndTheDaySingleOutOneNamesake() {
        assertThat(titled("Brandt", "1998-08-21", "GOV")).as("the only one in government that day").isEqualTo("DEUGOV");
        assertThat(titled("Brandt", "1998-08-21", "MIL")).as("a general of that name").isEqualTo("RUSMIL");
    }

    @Test
    void aFormerHolderOfSuchATitleMakesItAmbiguous() {
        assertThat(titled("Brandt", "2010-06-01", "GOV")).as("Walter held it before Hilde").isNull();
    }

    @Test
    void noTitleOrNoDayGivesNothing() {
        assertThat(titled("Brandt", "1998-08-21")).isNull();
        assertThat(names.titled("Brandt", null, List.of("GOV"), null)).isEmpty();
        assertThat(titled("Schmidt", "1998-08-21", "GOV")).isNull();
    }

    @Test
    void aNameKnownOnlyByItsInitialsNeedsThemInCapitals() {
        KnownNames groups = new KnownNames(ActorKnowledgeBase.of(List.of(new ActorRow("t:an", ActorRow.Kind.GROUP,
                List.of("AN", "Aryan Nations"), List.of(Role.parse("USAREB")), "test", PHOENIX))));
        assertThat(groups.find(List.of(token(0, "An", "DT", "ORGANIZATION"), token(1, "Operation", "NNP", "ORGANIZATION"),
                token(2, "spokesman", "NN", "O")), LocalDate.parse("2005-01-01"))).as("an article").isEmpty();
        assertThat(groups.find(List.of(token(0, "The", "DT", "O"), token(1, "AN", "NNP", "ORGANIZATION"),
                token(2, "marched", "VBD", "O")), LocalDate.parse("2005-01-01"))).hasSize(1);
    }

    private static org.dyad.model.Token token(int i, String word, String pos, String ner) {
        return new org.dyad.model.Token(i, word, word.toLowerCase(java.util.Locale.ROOT), pos, ner, i * 10, i * 10 + word.length(), -1, null);
    }
}
