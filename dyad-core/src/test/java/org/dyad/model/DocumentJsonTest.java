package org.dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document written as a JSON line reads back equal, every nested record included. */
public class DocumentJsonTest {
    private static final String BODY = "MOSCOW, 26 Oct 2021. Russia signed an arms contract with Iran worth $2 billion.";

    public static Document sampleDocument() {
        Actor rus = new Actor("Russia", "RUSGOV", "RUS", "GOV", List.of("GOV"));
        Actor irn = new Actor("Iran", "IRN", "IRN", null, List.of());
        Event e = new Event("ev1", 1, new Event.Trigger("signed", 28, 34), rus, irn, "057", "05", 8.0, 1,
                new Event.Plover("AGREE", "sign"), "2021-10-26", "day", "dateline",
                new Event.Place("Moscow", "RUS", 55.75, 37.62), "reported", new Event.Attribution("officials", null),
                List.of(new Event.Amount("$2 billion", 68, 78, 2.0e9, "USD", "asserted")), "trigger:sign contract");
        return new Document("abc123", "https://example.org/a", "Arms deal", "2021-10-26", "Example News",
                new Dateline("MOSCOW", "26 Oct 2021"), "en", BODY, List.of(new SentenceSpan(0, 20), new SentenceSpan(21, 79)),
                List.of(new Entity("Russia", "COUNTRY", 21, 27, null, null, rus),
                        new Entity("$2 billion", "MONEY", 68, 78, "2.0E9", "USD", null)),
                List.of(e), List.of("no title"), "feed.rss#item1", "item-7");
    }

    @Test
    void writeThenReadGivesAnEqualDocument() {
        Document d = sampleDocument();
        assertThat(DocumentJson.read(DocumentJson.write(d))).isEqualTo(d);
    }

    @Test
    void documentWithoutSourceIdAndNullsRoundTrips() {
        Document d = new Document("x", null, null, null, null, null, "en", "Text.", List.of(new SentenceSpan(0, 5)),
                List.of(), List.of(), List.of(), "stdin");
        assertThat(DocumentJson.read(DocumentJson.write(d))).isEqualTo(d);
    }

    @Test
    void notADocumentIsAClearError() {
        assertThatThrownBy(() -> DocumentJson.read("{\"events\": 3}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a Dyad document");
    }
}
