package org.dyad.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Trains every head on the sentences that carry its label. Deterministic: the same sentences in
 * the same order with the same seed give the same weights.
 */
public final class HeadTrainer {
    /** Sentence heads and the label each reads; a null label leaves the sentence out of that head. */
    static final Map<String, Function<CodedSentence, String>> LABELS = labels();

    private final long seed;
    private final int epochs;
    private final int taggerEpochs;
    private final double l2;

    /**
     * @param taggerEpochs passes for the span tagger; 0 trains no tagger (act heads only)
     * @param l2           L2 penalty of the sentence heads
     */
    public HeadTrainer(long seed, int epochs, int taggerEpochs, double l2) {
        this.seed = seed;
        this.epochs = epochs;
        this.taggerEpochs = taggerEpochs;
        this.l2 = l2;
    }

    private static Map<String, Function<CodedSentence, String>> labels() {
        Map<String, Function<CodedSentence, String>> m = new LinkedHashMap<>();
        m.put("event", s -> s.event() == null ? null : s.event() ? "1" : "0");
        m.put("root", CodedSentence::root);
        m.put("penta", s -> s.pentaLabel() == null ? null : String.valueOf(s.pentaLabel()));
        m.put("plover", CodedSentence::plover);
        m.put("certainty", CodedSentence::certainty);
        return m;
    }

    /** Trains on {@code sentences[i]} with encoding {@code encoded[i]}. */
    public LearnedModel train(List<CodedSentence> sentences, List<EncodedSentence> encoded) {
        Map<String, LabelledHead> heads = new LinkedHashMap<>();
        for (Map.Entry<String, Function<CodedSentence, String>> e : LABELS.entrySet()) {
            LabelledHead h = trainHead(e.getKey(), e.getValue(), sentences, encoded);
            if (h != null) {
                heads.put(h.name(), h);
            }
        }
        return new LearnedModel(heads, taggerEpochs > 0 ? trainTagger(sentences, encoded) : null);
    }

    private LabelledHead trainHead(String name, Function<CodedSentence, String> label,
                                   List<CodedSentence> sentences, List<EncodedSentence> encoded) {
        TreeSet<String> names = new TreeSet<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String l = label.apply(sentences.get(i));
            if (l != null) {
                names.add(l);
                rows.add(i);
            }
        }
        if (names.size() < 2) {
            return null;
        }
        List<String> labels = List.copyOf(names);
        float[][] x = new float[rows.size()][];
        int[] y = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = LearnedModel.sentenceFeatures(encoded.get(rows.get(r)));
            y[r] = labels.indexOf(label.apply(sentences.get(rows.get(r))));
        }
        float[] weights = "event".equals(name) ? balanced(y, labels.size()) : null;
        SoftmaxRegression m = SoftmaxRegression.train(x, y, weights, labels.size(),
                new SoftmaxRegression.Options(epochs, 32, 0.01, l2, seed));
        return new LabelledHead(name, labels, m);
    }

    /**
     * Row weights that give each class the same total weight: event sentences far outnumber coded
     * non-events, and without this the detector would call everything an event.
     */
    static float[] balanced(int[] y, int classes) {
        int[] count = new int[classes];
        for (int v : y) {
            count[v]++;
        }
        float[] w = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            w[i] = (float) y.length / (classes * count[y[i]]);
        }
        return w;
    }

    private SpanTagger trainTagger(List<CodedSentence> sentences, List<EncodedSentence> encoded) {
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CodedSentence s = sentences.get(i);
            if (!Boolean.TRUE.equals(s.event()) || !s.spansCoded()) {
                continue;
            }
            float[][] f = SpanTagger.features(encoded.get(i));
            int[] t = SpanTagger.tags(encoded.get(i), s.spans());
            for (int w = 0; w < f.length; w++) {
                x.add(f[w]);
                y.add(t[w]);
            }
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no sentence with coded spans to train the tagger on");
        }
        int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
        SoftmaxRegression m = SoftmaxRegression.train(x.toArray(new float[0][]), labels, null, SpanTagger.TAGS.size(),
                new SoftmaxRegression.Options(taggerEpochs, 64, 0.005, 1e-4, seed));
        return new SpanTagger(m);
    }
}
