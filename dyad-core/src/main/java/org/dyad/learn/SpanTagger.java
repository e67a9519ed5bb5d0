package org.dyad.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags each word of a sentence O, B-/I-S (source), B-/I-T (target) or B-/I-R (reciprocal) with a
 * softmax over the word's state and its neighbours', then decodes the best tag sequence in which
 * every I- continues a B- or I- of the same role (Viterbi over log-probabilities).
 */
public final class SpanTagger {
    static final List<String> TAGS = List.of("O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R");
    private static final ActorSpan.Role[] ROLES = ActorSpan.Role.values();

    private final SoftmaxRegression model;

    public SpanTagger(SoftmaxRegression model) {
        if (model.classes() != TAGS.size()) {
            throw new IllegalArgumentException("a span tagger needs " + TAGS.size() + " tags");
        }
        this.model = model;
    }

    SoftmaxRegression model() {
        return model;
    }

    /** Word features: its state, the previous and next word's states, relative position, first word. */
    static float[][] features(EncodedSentence e) {
        int n = e.wordStates().length;
        int dim = SentenceEncoder.DIM;
        float[][] out = new float[n][3 * dim + 2];
        for (int w = 0; w < n; w++) {
            System.arraycopy(e.wordStates()[w], 0, out[w], 0, dim);
            if (w > 0) {
                System.arraycopy(e.wordStates()[w - 1], 0, out[w], dim, dim);
            }
            if (w + 1 < n) {
                System.arraycopy(e.wordStates()[w + 1], 0, out[w], 2 * dim, dim);
            }
            out[w][3 * dim] = n <= 1 ? 0f : (float) w / (n - 1);
            out[w][3 * dim + 1] = w == 0 ? 1f : 0f;
        }
        return out;
    }

    /** Gold tag index per word: a word inside a span gets its role, B- for the span's first word. */
    static int[] tags(EncodedSentence e, List<ActorSpan> spans) {
        int[] out = new int[e.words().size()];
        for (ActorSpan s : spans) {
            boolean first = true;
            for (int w = 0; w < out.length; w++) {
                WordPieceTokenizer.Word word = e.words().get(w);
                if (word.start() >= s.start() && word.end() <= s.end() && out[w] == 0) {
                    out[w] = 1 + 2 * s.role().ordinal() + (first ? 0 : 1);
                    first = false;
                }
            }
        }
        return out;
    }

    /** The best valid tag sequence for a sentence. */
    public int[] decode(EncodedSentence e) {
        float[][] x = features(e);
        double[][] logp = new double[x.length][];
        for (int w = 0; w < x.length; w++) {
            double[] p = model.probabilities(x[w]);
            logp[w] = new double[p.length];
            for (int t = 0; t < p.length; t++) {
                logp[w][t] = Math.log(Math.max(p[t], 1e-12));
            }
        }
        return viterbi(logp);
    }

    /** Spans the decoded tags mark, as characters of the sentence. */
    public List<ActorSpan> spans(EncodedSentence e) {
        return spansOf(e, decode(e));
    }

    static List<ActorSpan> spansOf(EncodedSentence e, int[] tags) {
        List<ActorSpan> out = new ArrayList<>();
        int w = 0;
        while (w < tags.length) {
            if (tags[w] == 0) {
                w++;
                continue;
            }
            int role = (tags[w] - 1) / 2;
            int end = w + 1;
            while (end < tags.length && tags[end] == 2 + 2 * role) {
                end++;
            }
            out.add(new ActorSpan(ROLES[role], e.words().get(w).start(), e.words().get(end - 1).end()));
            w = end;
        }
        return out;
    }

    /** May tag {@code next} follow tag {@code prev} (-1 = sentence start)? I-X only after B-X or I-X. */
    static boolean allowed(int prev, int next) {
        if (next == 0 || next % 2 == 1) {
            return true;
        }
        return prev == next - 1 || prev == next;
    }

    static int[] viterbi(double[][] logp) {
        int n = logp.length;
        int k = TAGS.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        double[][] best = new double[n][k];
        int[][] back = new int[n][k];
        for (int t = 0; t < k; t++) {
            best[0][t] = allowed(-1, t) ? logp[0][t] : Double.NEGATIVE_INFINITY;
        }
        for (int w = 1; w < n; w++) {
            for (int t = 0; t < k; t++) {
                best[w][t] = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < k; s++) {
                    double v = best[w - 1][s] + (allowed(s, t) ? logp[w][t] : Double.NEGATIVE_INFINITY);
                    if (v > best[w][t]) {
                        best[w][t] = v;
                        back[w][t] = s;
                    }
                }
            }
        }
        int last = 0;
        for (int t = 1; t < k; t++) {
            if (best[n - 1][t] > best[n - 1][last]) {
                last = t;
            }
        }
        for (int w = n - 1; w >= 0; w--) {
            out[w] = last;
            last = back[w][last];
        }
        return out;
    }
}
