package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;
import org.junit.jupiter.api.Test;

class DiscardFilterTest {
    private final DiscardFilter filter = DiscardFilter.read(TestDictionaries.file("Test.discards.txt"));

    @Test
    void matchesStemsAndWholePhrasesAtWordStarts() {
        assertThat(filter.find("They played Croquet-style games")).isNotNull();
        assertThat(filter.find("After the polo match, talks")).isNotNull();
        assertThat(filter.find("After the polo matches, talks")).isNull();
        assertThat(filter.find("Anticroquet rules")).isNull();
        assertThat(filter.find("a Space Opera fan").story()).isTrue();
    }

    @Test
    void dropsEventsOfDiscardedSentencesOrTheWholeStory() {
        String body = "Freedonia attacked Sylvania. They played croquet.";
        Document doc = doc(body, List.of(new SentenceSpan(0, 28), new SentenceSpan(29, body.length())), List.of(event(0), event(1)));
        assertThat(filter.apply(doc).events()).extracting(Event::sentence).containsExactly(0);
        String story = "Freedonia attacked Sylvania. A space opera.";
        Document whole = doc(story, List.of(new SentenceSpan(0, 28), new SentenceSpan(29, story.length())), List.of(event(0)));
        assertThat(filter.apply(whole).events()).isEmpty();
    }

    static Document doc(String body, List<SentenceSpan> spans, List<Event> events) {
        return new Document("id", null, null, null, null, null, "en", body, spans, List.of(), events, List.of(), "test");
    }

    static Event event(int sentence) {
        Actor fre = new Actor("Freedonia", "FRE", "FRE", null, List.of());
        Actor syl = new Actor("Sylvania", "SYL", "SYL", null, List.of());
        return new Event("e" + sentence, sentence, new Event.Trigger("attacked", 10, 18), fre, syl, "190", "19", -10, 4,
                new Event.Plover("ASSAULT", null), null, null, null, null, "asserted", null, List.of(), "subject @Test.verbs.txt:1");
    }
}
