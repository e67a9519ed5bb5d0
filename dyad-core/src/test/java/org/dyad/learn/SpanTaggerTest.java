package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTaggerTest {
    private static final int O = 0;
    private static final int B_S = 1;
    private static final int I_S = 2;
    private static final int B_T = 3;
    private static final int I_T = 4;

    private static double[] favour(int tag, double p) {
        double[] row = new double[SpanTagger.TAGS.size()];
        java.util.Arrays.fill(row, Math.log((1 - p) / (row.length - 1)));
        row[tag] = Math.log(p);
        return row;
    }

    @Test
    void decodesNoInsideTagWithoutItsBeginning() {
        // The per-word favourites are O, I-T, I-T: invalid, since I-T cannot follow O.
        double[][] logp = {favour(O, 0.9), favour(I_T, 0.6), favour(I_T, 0.6)};
        int[] tags = SpanTagger.viterbi(logp);
        for (int w = 0; w < tags.length; w++) {
            assertThat(SpanTagger.allowed(w == 0 ? -1 : tags[w - 1], tags[w])).isTrue();
        }
    }

    @Test
    void keepsAValidSequenceAsItIs() {
        double[][] logp = {favour(B_S, 0.9), favour(I_S, 0.9), favour(O, 0.9), favour(B_T, 0.9), favour(I_T, 0.9)};
        assertThat(SpanTagger.viterbi(logp)).containsExactly(B_S, I_S, O, B_T, I_T);
    }

    @Test
    void allowsInsideOnlyAfterTheSameRole() {
        assertThat(SpanTagger.allowed(B_S, I_S)).isTrue();
        assertThat(SpanTagger.allowed(I_S, I_S)).isTrue();
        assertThat(SpanTagger.allowed(B_T, I_S)).isFalse();
        assertThat(SpanTagger.allowed(-1, I_T)).isFalse();
        assertThat(SpanTagger.allowed(I_T, B_S)).isTrue();
    }

    @Test
    void goldSpansBecomeTagsAndTagsBecomeSpansAgain() {
        String text = "The French government criticised Iran on Monday.";
        EncodedSentence e = sentence(text);
        int src = text.indexOf("The French government");
        List<ActorSpan> gold = List.of(new ActorSpan(ActorSpan.Role.S, src, src + "The French government".length()),
                new ActorSpan(ActorSpan.Role.T, text.indexOf("Iran"), text.indexOf("Iran") + 4));
        int[] tags = SpanTagger.tags(e, gold);
        assertThat(tags).containsExactly(B_S, I_S, I_S, O, B_T, O, O, O);
        assertThat(SpanTagger.spansOf(e, tags)).containsExactlyElementsOf(gold);
    }

    /** Words with zero states: enough for tag and span bookkeeping, which never reads the states. */
    private static EncodedSentence sentence(String text) {
        List<WordPieceTokenizer.Word> words = WordPieceTokenizer.words(text);
        return new EncodedSentence(text, words, new float[words.size()][SentenceEncoder.DIM],
                new float[SentenceEncoder.DIM], new float[SentenceEncoder.DIM]);
    }
}
