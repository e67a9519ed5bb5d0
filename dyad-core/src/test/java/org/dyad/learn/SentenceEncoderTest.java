package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void givesOneStateOf384PerWordWithOffsetsIntoTheText() {
        String text = "Ministers in Kyiv condemned Moscow's strikes.";
        EncodedSentence e = encoder.encode(text);
        assertThat(e.words()).extracting(w -> text.substring(w.start(), w.end()))
                .containsExactly("Ministers", "in", "Kyiv", "condemned", "Moscow", "'", "s", "strikes", ".");
        assertThat(e.wordStates()).hasNumberOfRows(9);
        assertThat(e.wordStates()[0]).hasSize(SentenceEncoder.DIM);
        assertThat(e.mean()).hasSize(SentenceEncoder.DIM);
        assertThat(e.wordAt(text.indexOf("Moscow") + 2)).isEqualTo(4);
    }

    @Test
    void sameSentenceSameVectors() {
        EncodedSentence a = encoder.encode("The army shelled the town overnight.");
        encoder.encode("Something else entirely, to change the session's history.");
        EncodedSentence b = encoder.encode("The army shelled the town overnight.");
        assertThat(b.mean()).containsExactly(a.mean());
        assertThat(b.wordStates()[2]).containsExactly(a.wordStates()[2]);
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] attack = encoder.encode("Troops attacked the village at dawn.").mean();
        float[] raid = encoder.encode("Soldiers raided the village early in the morning.").mean();
        float[] shares = encoder.encode("Shares in the retailer rose after strong Christmas sales.").mean();
        assertThat(cosine(attack, raid)).isGreaterThan(cosine(attack, shares) + 0.2);
    }

    @Test
    void accentsAndCaseDoNotChangeTheWords() {
        assertThat(WordPieceTokenizer.normalize("Éric")).isEqualTo("eric");
        assertThat(encoder.encode("").wordStates()).isEmpty();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
