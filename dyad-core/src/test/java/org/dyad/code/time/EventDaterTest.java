package org.dyad.code.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.dyad.code.actor.PersonRegistry;
import org.junit.jupiter.api.Test;

/** When an event happened, and where that date came from. Articles published 2024-03-15. */
class EventDaterTest {
    private final EventDater dater = new EventDater();

    private EventDater.Dated date(Annotated a, int sentence, String trigger) {
        var s = a.article().sentences().get(sentence);
        return dater.date(a.article(), a.tree(sentence), a.token(sentence, trigger), a.article().entitiesIn(s, "DATE"));
    }

    private EventDater.Dated date(String text, String trigger) {
        return date(Annotated.of(text), 0, trigger);
    }

    @Test
    void aDateTheTriggerGovernsIsTheEventDate() {
        EventDater.Dated d = date("Russia attacked Ukraine on March 3, 2022.", "attacked");
        assertThat(d).isEqualTo(new EventDater.Dated("2022-03-03", "day", "text"));
    }

    @Test
    void withoutADateTheEventFallsBackToThePublicationDate() {
        assertThat(date("Russia attacked Ukraine.", "attacked"))
                .isEqualTo(new EventDater.Dated("2024-03-15", "day", "published"));
    }

    @Test
    void aDateInAnotherClauseIsNotTheEventsDate() {
        EventDater.Dated d = date("Officials who arrived on March 3, 2022 said that Russia attacked Ukraine.", "attacked");
        assertThat(d.source()).isEqualTo("published");
        assertThat(d.date()).isEqualTo("2024-03-15");
    }

    @Test
    void sinceSaysWhenAStateBeganNotWhenTheActWasReported() {
        assertThat(date("Saudi Arabia has bombed Yemen since 2015.", "bombed"))
                .isEqualTo(new EventDater.Dated("2024-03-15", "day", "published"));
    }

    @Test
    void aMonthOrAYearKeepsItsPrecision() {
        assertThat(date("Russia attacked Ukraine in March 2022.", "attacked"))
                .isEqualTo(new EventDater.Dated("2022-03", "month", "text"));
        assertThat(date("Russia attacked Georgia in 2008.", "attacked"))
                .isEqualTo(new EventDater.Dated("2008", "year", "text"));
    }

    @Test
    void aYearAgoMeansOnlyTheMonthAroundIt() {
        EventDater.Dated d = date("Russia attacked Ukraine a year ago.", "attacked");
        assertThat(d.precision()).isEqualTo("month");
        assertThat(d.date()).isEqualTo("2023-03");
        assertThat(d.source()).isEqualTo("text");
    }

    @Test
    void aNounTriggerTakesTheDateOfTheVerbGoverningIt() {
        EventDater.Dated d = date("Iran held talks with Russia on March 3, 2022.", "talks");
        assertThat(d).isEqualTo(new EventDater.Dated("2022-03-03", "day", "text"));
    }

    @Test
    void anUndatedArticleGivesNoDate() {
        Annotated a = Annotated.of("Russia attacked Ukraine.", null, PersonRegistry.empty());
        EventDater.Dated d = date(a, 0, "attacked");
        assertThat(d.date()).isNull();
        assertThat(d.source()).isNull();
    }
}
