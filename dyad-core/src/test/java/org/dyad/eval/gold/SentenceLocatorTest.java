package org.dyad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class SentenceLocatorTest {

    @Test
    void hashFoldsWhitespaceAsTheSamplerDoes() {
        // the same value Python's sha1(" ".join(s.split())) gives in tools/gold/sample.py
        assertThat(SentenceLocator.hash("The  minister\n told the union   it would not back down."))
                .isEqualTo("e2082f75f0b5");
        assertThat(SentenceLocator.hash(" The minister told the union it would not back down. "))
                .isEqualTo("e2082f75f0b5");
    }

    @Test
    void findsTheSentenceAcrossChangedSpacing() {
        String body = "Ministers met on Monday.\n\nThe union said it would strike  again. Talks failed.";
        Span s = SentenceLocator.locate("The union said it\nwould strike again.", body, 20);
        assertThat(body.substring(s.start(), s.end())).isEqualTo("The union said it would strike  again.");
    }

    @Test
    void prefersTheOccurrenceNearestItsPlaceInTheFile() {
        String body = "He said no. Then more text follows here. He said no.";
        assertThat(SentenceLocator.locate("He said no.", body, 45).start()).isEqualTo(41);
        assertThat(SentenceLocator.locate("He said no.", body, 0).start()).isZero();
    }

    @Test
    void aSentenceTheCleanerDroppedIsNotFound() {
        assertThat(SentenceLocator.locate("Share this page.", "Ministers met on Monday.", 0)).isNull();
    }
}
