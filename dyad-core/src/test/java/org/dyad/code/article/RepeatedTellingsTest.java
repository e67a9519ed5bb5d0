package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.draft;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.time.EventDater;
import org.dyad.model.Certainty;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** The same event told twice in an article is one event. */
class RepeatedTellingsTest {
    private static final EventDater.Dated OCT_18 = new EventDater.Dated("2020-10-18", "day", "text");
    private static final Event.Place MOSCOW = new Event.Place("Moscow", "RUS", 55.75, 37.62);
    private final RepeatedTellings pass = new RepeatedTellings();
    private final HandMade article = new HandMade().sentence("x/NN").sentence("y/NN").sentence("z/NN");

    private List<EventDraft> apply(EventDraft... drafts) {
        return pass.apply(article.article(), article.actors(), List.of(drafts));
    }

    private static EventDraft lifting(int sentence, String source, String target) {
        return draft(trigger(sentence, 1, "lift", "085", true), source == null ? null : country(sentence, source),
                target == null ? null : country(sentence, target));
    }

    @Test
    void aLaterTellingCompletesTheFirst() {
        EventDraft first = lifting(0, "USA", null);
        EventDraft later = lifting(2, null, "IRN").withDated(OCT_18).withPlace(MOSCOW);
        List<EventDraft> out = apply(first, later);
        assertThat(out).hasSize(1);
        EventDraft merged = out.get(0);
        assertThat(merged.sentence()).as("the first telling is kept").isZero();
        assertThat(merged.target().actor().code()).isEqualTo("IRN");
        assertThat(merged.dated()).as("a date the text states beats the publication date").isEqualTo(OCT_18);
        assertThat(merged.place()).isEqualTo(MOSCOW);
    }

    @Test
    void theTellingThatNamesBothPartiesIsKept() {
        EventDraft first = lifting(0, null, "IRN").withPlace(MOSCOW);
        EventDraft later = lifting(2, "USA", "IRN");
        EventDraft merged = apply(first, later).get(0);
        assertThat(merged.sentence()).as("its sentence says who did it").isEqualTo(2);
        assertThat(merged.source().actor().code()).isEqualTo("USA");
        assertThat(merged.place()).as("completed by the first").isEqualTo(MOSCOW);
        assertThat(apply(lifting(0, "USA", "IRN"), lifting(2, "USA", "IRN")).get(0).sentence())
                .as("both whole: the first").isZero();
    }

    @Test
    void anotherActIsAnotherEvent() {
        EventDraft visit = draft(trigger(1, 1, "visit", "042", true), country(1, "IRN"), country(1, "RUS"));
        assertThat(apply(lifting(0, "USA", "IRN"), visit)).hasSize(2);
    }

    @Test
    void aThreatAndADeedAreTwoEvents() {
        EventDraft threat = lifting(0, null, "IRN").withCertainty(Certainty.INTENDED);
        EventDraft deed = lifting(1, "USA", "IRN").withCertainty(Certainty.REPORTED);
        assertThat(apply(threat, deed)).hasSize(2);
        assertThat(apply(lifting(0, null, "IRN").withCertainty(Certainty.HEDGED), deed)).as("both told as fact")
                .hasSize(1);
    }

    @Test
    void forceDoneToWhatTheTellingsNameAsDifferentIsTwoActs() {
        EventDraft professor = killing(0, "killed a university professor", List.of("professor", "university"));
        EventDraft policemen = killing(2, "the policemen were killed", List.of("policeman"));
        assertThat(apply(professor, policemen)).hasSize(2);
        EventDraft officers = killing(2, "the professors were killed", List.of("professor"));
        assertThat(apply(professor, officers)).as("one word shared").hasSize(1);
        assertThat(apply(professor, killing(2, "he was killed", List.of()))).as("one names nothing").hasSize(1);
    }

    private static EventDraft killing(int sentence, String text, List<String> objects) {
        Trigger t = trigger(sentence, 1, "kill", "190", true);
        return new EventDraft(t, country(sentence, "IRQ"), null, Certainty.ASSERTED, null,
                new EventDater.Dated("2020-01-01", "day", "published"), null, objects, "subject:" + text);
    }

    @Test
    void forceToldByItsDoerInOneSentenceAndItsTargetInAnotherIsTwoActs() {
        Trigger killed = trigger(0, 1, "kill", "190", true);
        Trigger stormed = trigger(2, 1, "storm", "190", true);
        EventDater.Dated published = new EventDater.Dated("2020-01-01", "day", "published");
        EventDraft doer = new EventDraft(killed, country(0, "IRN"), null, Certainty.ASSERTED, null, published, null,
                List.of(), "subject");
        EventDraft done = new EventDraft(stormed, null, country(2, "ISR"), Certainty.ASSERTED, null, published, null,
                List.of(), "subject");
        assertThat(apply(doer, done)).as("no dyad neither sentence states").hasSize(2);
        EventDraft sameDoer = new EventDraft(stormed, country(2, "IRN"), country(2, "ISR"), Certainty.ASSERTED, null,
                published, null, List.of(), "subject");
        assertThat(apply(doer, sameDoer)).as("a party both name").hasSize(1);
    }

    @Test
    void otherPartiesMakeAnotherEvent() {
        assertThat(apply(lifting(0, "USA", "IRN"), lifting(1, "FRA", "IRN"))).hasSize(2);
    }

    @Test
    void aTellingWhoseFilledPartiesWouldBeOneAndTheSameIsNotMerged() {
        assertThat(apply(lifting(0, "IRN", null), lifting(1, null, "IRN"))).as("Iran lifting for Iran is no dyad")
                .hasSize(2);
    }

    @Test
    void partiesOfOneCountryWithNoSectorInCommonAreTwo() {
        EventDraft police = lifting(0, "AFGREB", "USACOP");
        assertThat(apply(police, lifting(1, "AFGREB", "USAMIL"))).as("police and army").hasSize(2);
        assertThat(apply(police, lifting(1, "AFGREB", "USA"))).as("the country may be either").hasSize(1);
    }

    @Test
    void statedDatesMustAgree() {
        EventDraft october = lifting(0, "USA", "IRN").withDated(OCT_18);
        EventDraft sameMonth = lifting(1, "USA", "IRN").withDated(new EventDater.Dated("2020-10", "month", "text"));
        EventDraft anotherYear = lifting(2, "USA", "IRN").withDated(new EventDater.Dated("2016-01-16", "day", "text"));
        assertThat(apply(october, sameMonth)).hasSize(1);
        assertThat(apply(october, anotherYear)).hasSize(2);
    }

    @Test
    void differentPlacesAreDifferentEvents() {
        EventDraft inMoscow = lifting(0, "USA", "IRN").withPlace(MOSCOW);
        EventDraft inParis = lifting(1, "USA", "IRN").withPlace(new Event.Place("Paris", "FRA", 48.85, 2.35));
        assertThat(apply(inMoscow, inParis)).hasSize(2);
    }
}
