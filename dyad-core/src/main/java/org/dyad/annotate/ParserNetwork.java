package org.dyad.annotate;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (one hidden layer of cubes over 48
 * embedded features, one score per transition), scored with the same floating-point sums as
 * CoreNLP's own {@code Classifier} with its default settings, in the same order, so every score,
 * and so every parse, is bit-identical to its.
 *
 * <p>Why not call CoreNLP's: it adds each score as one long chain (transition after transition,
 * each a sum over 1,000 hidden units, every addition waiting for the one before); it keeps the
 * products of features it did not precompute in one LRU map shared by all threads behind a lock;
 * and it finds each precomputed feature through a {@code HashMap<Integer, Integer>}. A profile of
 * {@code dyad extract} put 60% of all CPU time there. Here the weights are stored transposed, so
 * the loops run across units or transitions whose sums do not depend on each other: each sum still
 * adds its terms in CoreNLP's order, but the processor can work on many at once. Products are kept
 * for one article by the thread parsing it, and precomputed features are found through an array.
 *
 * <p>The weights are read from the loaded parser. They are private fields of CoreNLP 4.5.10; if a
 * later version renames them, loading fails with a message rather than parsing differently. The
 * parser is loaded without its precomputed products (see {@link DependencyParsing}): CoreNLP
 * works out 20,000 of them at load time, one after another (about 3 s, the longest step of
 * start-up), while a run needs only those its sentences reach. Here each is worked out the first
 * time a state needs it, with CoreNLP's arithmetic, and kept for the rest of the run
 * ({@link #precomputedProduct}).
 */
final class ParserNetwork {
    /** Features per parser state: 18 words, 18 tags, 12 arc labels (Chen and Manning, 2014). */
    private static final int FEATURES = 48;

    /**
     * The products CoreNLP would have precomputed, each filled the first time it is needed. They
     * belong to the model, not to any document: a product is a function of its feature alone, so
     * whichever thread fills it, and whenever, every score is the same.
     */
    private final AtomicReferenceArray<double[]> precomputed;
    /** Row of {@link #precomputed} for feature value × 48 + feature position; -1 when not precomputed. */
    private final int[] precomputedRow;
    private final float[][] embeddings;
    /** The hidden layer's input weights, one row per input unit (position × embedding size + k), widened exactly. */
    private final double[][] inputWeightsByUnit;
    private final float[] hiddenBias;
    /** The output weights, one row per hidden unit, widened to double (exactly) as CoreNLP's sums widen them. */
    private final double[][] outputWeightsByHidden;
    private final int hiddenSize;
    private final int transitions;

    /**
     * @param parser            loaded without precomputed products ({@link DependencyParsing#withoutPrecomputedProducts})
     * @param precomputedCount  how many of the model's frequent features CoreNLP would precompute:
     *                          which features are precomputed decides which sums are rounded to float
     */
    ParserNetwork(DependencyParser parser, int precomputedCount) {
        Classifier classifier = (Classifier) privateField(DependencyParser.class, parser, "classifier");
        this.embeddings = classifier.getE();
        this.hiddenBias = classifier.getb1();
        this.hiddenSize = hiddenBias.length;
        this.transitions = classifier.getW2().length;
        List<Integer> frequent = frequentFeatures(parser);
        int rows = Math.min(precomputedCount, frequent.size());
        this.precomputed = new AtomicReferenceArray<>(rows);
        this.precomputedRow = rowIndex(frequent.subList(0, rows), embeddings.length * FEATURES);
        this.inputWeightsByUnit = widenedTransposed(classifier.getW1());
        this.outputWeightsByHidden = widenedTransposed(classifier.getW2());
    }

    int transitions() {
        return transitions;
    }

    /** Scores for the states of one article's sentences; it keeps the feature products it computes. */
    ArticleScorer forArticle() {
        return new ArticleScorer();
    }

    /**
     * Scores the parser states of one article. A feature value CoreNLP did not precompute (a rare
     * word at a position) is multiplied out once per article: consecutive states share most
     * features, and an article repeats its names. Confined to the thread annotating the article;
     * a product is a function of the feature alone, so keeping it changes no score.
     */
    final class ArticleScorer {
        /** Products kept at most (4 KB each): a very long document starts afresh rather than grow without bound. */
        private static final int MAX_KEPT = 16_384;

        private final Map<Integer, float[]> products = new HashMap<>();

        /** The score of each transition for a parser state's 48 feature values. */
        double[] scores(int[] features) {
            return output(hidden(features));
        }

        private double[] hidden(int[] features) {
            double[] hidden = new double[hiddenSize];
            for (int position = 0; position < features.length; position++) {
                int key = features[position] * FEATURES + position;
                int row = precomputedRow[key];
                if (row >= 0) {
                    addInPlace(hidden, precomputedProduct(row, key));
                } else {
                    addInPlace(hidden, kept(key));
                }
            }
            for (int i = 0; i < hiddenSize; i++) {
                double v = hidden[i] + hiddenBias[i];
                hidden[i] = v * v * v;
            }
            return hidden;
        }

        private float[] kept(int key) {
            if (products.size() >= MAX_KEPT && !products.containsKey(key)) {
                products.clear(); // a product depends on its feature alone: forgetting it changes no score
            }
            return products.computeIfAbsent(key, k -> product(k / FEATURES, k % FEATURES));
        }
    }

    /**
     * The product CoreNLP's {@code Classifier.preCompute} would have stored for a frequent feature:
     * the same sums as {@link #product}, left in double. Two threads may both work one out; they
     * get the same numbers, and the first one stored is kept.
     */
    double[] precomputedProduct(int row, int key) {
        double[] product = precomputed.get(row);
        if (product == null) {
            product = sums(key / FEATURES, key % FEATURES);
            precomputed.compareAndSet(row, null, product);
        }
        return product;
    }

    /** The row {@link #precomputedProduct} uses for a feature (value × 48 + position), or -1. */
    int precomputedRow(int key) {
        return precomputedRow[key];
    }

    private static void addInPlace(double[] sum, double[] terms) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += terms[i];
        }
    }

    private static void addInPlace(double[] sum, float[] terms) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += terms[i];
        }
    }

    /**
     * The hidden layer's input from one feature: weights × embedding, each unit's sum taken in double
     * over float products in embedding order and rounded to float, as CoreNLP's cached products are.
     */
    private float[] product(int value, int position) {
        double[] sum = sums(value, position);
        float[] product = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            product[i] = (float) sum[i];
        }
        return product;
    }

    /** Each hidden unit's sum of float products of weight and embedding, in embedding order, in double. */
    private double[] sums(int value, int position) {
        float[] embedding = embeddings[value];
        int firstInput = position * embedding.length;
        double[] sum = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {
            double e = embedding[k];
            double[] weights = inputWeightsByUnit[firstInput + k];
            for (int i = 0; i < hiddenSize; i++) {
                sum[i] += toFloatPrecision(weights[i] * e);
            }
        }
        return sum;
    }

    /** 2^(53 − 24) + 1: splits a double's 53-bit significand after the 24 bits a float keeps. */
    private static final double SPLIT = 0x1p29 + 1;

    /**
     * The exact product of two floats (a double holds all its 48 bits) rounded to the nearest
     * float, as float multiplication rounds it; by Veltkamp's splitting, in double arithmetic only.
     * A loop over float products widened to double does not vectorize on Java 17; this one does,
     * and runs about three times faster. Magnitudes here are far from float's limits.
     */
    static double toFloatPrecision(double exactProduct) {
        double c = exactProduct * SPLIT;
        return c - (c - exactProduct);
    }

    private double[] output(double[] hidden) {
        double[] scores = new double[transitions];
        for (int j = 0; j < hiddenSize; j++) {
            double h = hidden[j];
            double[] weights = outputWeightsByHidden[j];
            for (int t = 0; t < transitions; t++) {
                scores[t] += h * weights[t];
            }
        }
        return scores;
    }

    /** Feature → its place in the list (CoreNLP's row of the feature's precomputed product), -1 for the rest. */
    private static int[] rowIndex(List<Integer> features, int size) {
        int[] rows = new int[size];
        Arrays.fill(rows, -1);
        for (int row = 0; row < features.size(); row++) {
            rows[features.get(row)] = row;
        }
        return rows;
    }

    private static double[][] widenedTransposed(float[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    /** The model's features, most frequent first, as read from its file: CoreNLP precomputes a prefix of them. */
    @SuppressWarnings("unchecked")
    private static List<Integer> frequentFeatures(DependencyParser parser) {
        return (List<Integer>) privateField(DependencyParser.class, parser, "preComputed");
    }

    static Object privateField(Class<?> owner, Object target, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's dependency parser has no field " + owner.getSimpleName() + "."
                    + name + " (Dyad reads its weights from CoreNLP 4.5.10; check the CoreNLP version)", e);
        }
    }
}
