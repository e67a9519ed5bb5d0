package org.dyad.learn;

import java.util.List;

/**
 * A sentence as the frozen encoder sees it.
 *
 * @param words      BERT pre-tokenizer words, with character offsets into {@code text}
 * @param wordStates one 384-dimension state per word (mean of its pieces' states); words cut off by
 *                   the piece limit get the [SEP] state
 * @param mean       mean of all piece states ([CLS] and [SEP] excluded)
 * @param cls        the [CLS] state
 */
public record EncodedSentence(String text, List<WordPieceTokenizer.Word> words, float[][] wordStates,
                              float[] mean, float[] cls) {

    public EncodedSentence {
        words = List.copyOf(words);
    }

    /** Builds word and sentence vectors from the model's piece states ([CLS] first, [SEP] last). */
    static EncodedSentence of(String text, List<WordPieceTokenizer.Word> words,
                              List<WordPieceTokenizer.Piece> pieces, float[][] states) {
        int dim = states[0].length;
        float[][] wordStates = new float[words.size()][dim];
        int[] counts = new int[words.size()];
        float[] mean = new float[dim];
        for (int p = 0; p < pieces.size(); p++) {
            float[] s = states[p + 1];
            int w = pieces.get(p).word();
            counts[w]++;
            for (int d = 0; d < dim; d++) {
                wordStates[w][d] += s[d];
                mean[d] += s[d];
            }
        }
        float[] sep = states[states.length - 1];
        for (int w = 0; w < words.size(); w++) {
            for (int d = 0; d < dim; d++) {
                wordStates[w][d] = counts[w] == 0 ? sep[d] : wordStates[w][d] / counts[w];
            }
        }
        for (int d = 0; d < dim; d++) {
            mean[d] = pieces.isEmpty() ? 0f : mean[d] / pieces.size();
        }
        return new EncodedSentence(text, words, wordStates, mean, states[0].clone());
    }

    /** Index of the word containing character {@code offset}, or the first word after it; -1 if none. */
    public int wordAt(int offset) {
        for (int w = 0; w < words.size(); w++) {
            if (words.get(w).end() > offset) {
                return w;
            }
        }
        return -1;
    }
}
