package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** What quotation marks hold is reported by whoever the text says spoke it. */
class QuotedSpeechTest {
    private final QuotedSpeech pass = new QuotedSpeech(Annotated.cues());

    private static EventDraft asserted(Annotated a, int sentence, String trigger) {
        return new EventDraft(a.trigger(sentence, trigger), null, null, Certainty.ASSERTED, null,
                new EventDater.Dated("2018-03-06", "day", "published"), null, List.of(), "subject");
    }

    @Test
    void aQuotedSentenceWithoutSpeechVerbIsReportedByTheQuotesSpeaker() {
        Annotated a = Annotated.of("\"We destroyed their bases near Idlib. We will not stop,\" Russian Defence Minister "
                + "Sergei Shoigu said. Russia attacked Ukraine.");
        List<EventDraft> out = pass.apply(a.article(), a.actors(),
                List.of(asserted(a, 0, "destroyed"), asserted(a, 2, "attacked")));
        assertThat(out.get(0).certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(out.get(0).attributedTo().code()).startsWith("RUS");
        assertThat(out.get(1).certainty()).as("outside the quote").isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aSpeakerBeforeTheOpeningMarkIsTheSpeakerToo() {
        Annotated a = Annotated.of("Iran's foreign minister said: \"Israel attacked our embassy.\"");
        List<EventDraft> out = pass.apply(a.article(), a.actors(), List.of(asserted(a, 0, "attacked")));
        assertThat(out.get(0).certainty()).isEqualTo(Certainty.REPORTED);
        assertThat(out.get(0).attributedTo().code()).startsWith("IRN");
    }

    @Test
    void aQuoteLeftOpenEndsWithItsParagraph() {
        Annotated a = Annotated.of("The minister told reporters: \"We did not get our sums wrong. \"We will study the report."
                + "\n\nBut the opposition called on ministers to reassure people. Russia attacked Ukraine.");
        assertThat(QuotedSpeech.quotes(a.article())).singleElement()
                .satisfies(q -> assertThat(q.toSentence()).as("not into the next paragraph").isLessThan(2));
    }

    @Test
    void quotesAreFollowedAcrossSentencesButNotForever() {
        Annotated a = Annotated.of("\"Iran attacked. Israel attacked. Syria attacked. Iraq attacked. Egypt attacked. "
                + "Jordan attacked. Oman attacked.");
        assertThat(QuotedSpeech.quotes(a.article())).as("an unclosed mark is no quote").isEmpty();
    }
}
