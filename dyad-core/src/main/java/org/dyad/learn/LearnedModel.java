package org.dyad.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained heads over the frozen encoder: sentence heads by name ({@code event}, {@code root},
 * {@code penta}, {@code plover}, {@code certainty}) and the span tagger (null only in experiments
 * that train the act heads alone; such a model is never written).
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code DYADLRN1}, the encoder's
 * dimension, the number of heads, then per softmax (sentence heads, then the tagger under the name
 * {@code spans}): name (UTF), label count and labels (UTF), classes, features, then
 * {@code features} centres, {@code features} scales and {@code classes × (features + 1)} weights
 * as 32-bit floats (bias last in each row).
 */
public record LearnedModel(Map<String, LabelledHead> heads, SpanTagger tagger) {
    private static final String MAGIC = "DYADLRN1";
    public static final String RESOURCE = "/org/dyad/learn/learned-coder.bin";

    public LearnedModel {
        heads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(heads));
    }

    /**
     * Sentence features: mean-pooled states, the [CLS] state, and the element-wise maximum over
     * the words (the mean is dominated by the many actor and place words; the maximum keeps the
     * strongest signal of any single word, often the act's).
     */
    public static float[] sentenceFeatures(EncodedSentence e) {
        int dim = SentenceEncoder.DIM;
        float[] out = new float[3 * dim];
        System.arraycopy(e.mean(), 0, out, 0, dim);
        System.arraycopy(e.cls(), 0, out, dim, dim);
        float[][] words = e.wordStates();
        for (int d = 0; d < dim; d++) {
            float max = words.length == 0 ? 0f : Float.NEGATIVE_INFINITY;
            for (float[] w : words) {
                max = Math.max(max, w[d]);
            }
            out[2 * dim + d] = max;
        }
        return out;
    }

    /** The model shipped in the jar. */
    public static LearnedModel load() {
        try (InputStream in = LearnedModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath; run dyad train");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(MAGIC);
        d.writeInt(SentenceEncoder.DIM);
        d.writeInt(heads.size() + 1);
        for (LabelledHead h : heads.values()) {
            writeSoftmax(d, h.name(), h.labels(), h.model());
        }
        if (tagger == null) {
            throw new IllegalStateException("a model without a span tagger is not written");
        }
        writeSoftmax(d, "spans", SpanTagger.TAGS, tagger.model());
        d.flush();
    }

    private static void writeSoftmax(DataOutputStream d, String name, List<String> labels, SoftmaxRegression m)
            throws IOException {
        d.writeUTF(name);
        d.writeInt(labels.size());
        for (String l : labels) {
            d.writeUTF(l);
        }
        d.writeInt(m.classes());
        d.writeInt(m.dim());
        for (float[] a : new float[][] {m.center(), m.scale(), m.weights()}) {
            for (float v : a) {
                d.writeFloat(v);
            }
        }
    }

    public static LearnedModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException("not a Dyad learned-coder file");
        }
        int dim = d.readInt();
        if (dim != SentenceEncoder.DIM) {
            throw new IOException("weights are for a " + dim + "-dimension encoder, not " + SentenceEncoder.DIM);
        }
        int count = d.readInt();
        Map<String, LabelledHead> heads = new LinkedHashMap<>();
        SpanTagger tagger = null;
        for (int i = 0; i < count; i++) {
            String name = d.readUTF();
            int n = d.readInt();
            List<String> labels = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                labels.add(d.readUTF());
            }
            SoftmaxRegression m = readSoftmax(d);
            if ("spans".equals(name)) {
                tagger = new SpanTagger(m);
            } else {
                heads.put(name, new LabelledHead(name, labels, m));
            }
        }
        if (tagger == null) {
            throw new IOException("weights file has no span tagger");
        }
        return new LearnedModel(heads, tagger);
    }

    private static SoftmaxRegression readSoftmax(DataInputStream d) throws IOException {
        int classes = d.readInt();
        int features = d.readInt();
        float[] center = floats(d, features);
        float[] scale = floats(d, features);
        float[] weights = floats(d, classes * (features + 1));
        return new SoftmaxRegression(classes, features, center, scale, weights);
    }

    private static float[] floats(DataInputStream d, int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = d.readFloat();
        }
        return out;
    }

    /** Codes one encoded sentence with every head. */
    public LearnedCoding code(EncodedSentence e) {
        float[] x = sentenceFeatures(e);
        LabelledHead.Prediction event = predict("event", x);
        double p = event == null ? 1 : "1".equals(event.label()) ? event.probability() : 1 - event.probability();
        return new LearnedCoding(p, predict("root", x), predict("penta", x), predict("plover", x),
                predict("certainty", x), tagger == null ? List.of() : tagger.spans(e));
    }

    private LabelledHead.Prediction predict(String head, float[] x) {
        LabelledHead h = heads.get(head);
        return h == null ? null : h.predict(x);
    }
}
