package org.dyad.learn;

import java.util.Random;

/**
 * Multinomial logistic regression over dense features: standardised inputs, L2 penalty, trained
 * by mini-batch Adam in a seeded order, so the same data and seed give the same weights.
 * Used for every sentence head and, over word features, for the span tagger.
 */
public final class SoftmaxRegression {
    private final int classes;
    private final int dim;
    private final float[] center;
    private final float[] scale;
    /** Row-major [classes][dim + 1], the bias last in each row. */
    private final float[] weights;

    SoftmaxRegression(int classes, int dim, float[] center, float[] scale, float[] weights) {
        if (center.length != dim || scale.length != dim || weights.length != classes * (dim + 1)) {
            throw new IllegalArgumentException("weights do not fit " + classes + " classes x " + dim + " features");
        }
        this.classes = classes;
        this.dim = dim;
        this.center = center;
        this.scale = scale;
        this.weights = weights;
    }

    /** Training settings: passes over the data, mini-batch size, step size, L2 strength. */
    public record Options(int epochs, int batch, double learningRate, double l2, long seed) {
        public static Options defaults(long seed) {
            return new Options(30, 32, 0.01, 1e-4, seed);
        }

        public Options withEpochs(int n) {
            return new Options(n, batch, learningRate, l2, seed);
        }
    }

    /**
     * Fits {@code classes} classes to rows {@code x} with labels {@code y} (0..classes-1) and
     * per-row weights {@code rowWeight} (null = all 1).
     */
    public static SoftmaxRegression train(float[][] x, int[] y, float[] rowWeight, int classes, Options o) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int dim = x[0].length;
        float[] center = new float[dim];
        float[] scale = new float[dim];
        standardisation(x, center, scale);
        SoftmaxRegression m = new SoftmaxRegression(classes, dim, center, scale, new float[classes * (dim + 1)]);
        m.fit(x, y, rowWeight, o);
        return m;
    }

    private static void standardisation(float[][] x, float[] center, float[] scale) {
        int dim = center.length;
        double[] sum = new double[dim];
        double[] sq = new double[dim];
        for (float[] row : x) {
            for (int d = 0; d < dim; d++) {
                sum[d] += row[d];
                sq[d] += (double) row[d] * row[d];
            }
        }
        for (int d = 0; d < dim; d++) {
            double mean = sum[d] / x.length;
            double var = Math.max(sq[d] / x.length - mean * mean, 0);
            center[d] = (float) mean;
            scale[d] = (float) (1.0 / Math.sqrt(var + 1e-6));
        }
    }

    private void fit(float[][] x, int[] y, float[] rowWeight, Options o) {
        int n = x.length;
        int width = dim + 1;
        double[] m1 = new double[weights.length];
        double[] m2 = new double[weights.length];
        double[] grad = new double[weights.length];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(o.seed());
        float[] z = new float[dim];
        double[] p = new double[classes];
        int step = 0;
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < n; from += o.batch()) {
                int to = Math.min(n, from + o.batch());
                java.util.Arrays.fill(grad, 0);
                double total = 0;
                for (int k = from; k < to; k++) {
                    int i = order[k];
                    double w = rowWeight == null ? 1 : rowWeight[i];
                    total += w;
                    standardise(x[i], z);
                    scores(z, p);
                    softmaxInPlace(p);
                    for (int c = 0; c < classes; c++) {
                        double g = w * (p[c] - (y[i] == c ? 1 : 0));
                        int base = c * width;
                        for (int d = 0; d < dim; d++) {
                            grad[base + d] += g * z[d];
                        }
                        grad[base + dim] += g;
                    }
                }
                step++;
                adam(grad, total, m1, m2, step, o);
            }
        }
    }

    private void adam(double[] grad, double total, double[] m1, double[] m2, int step, Options o) {
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, step);
        double c2 = 1 - Math.pow(b2, step);
        int width = dim + 1;
        for (int j = 0; j < weights.length; j++) {
            boolean bias = j % width == dim;
            double g = grad[j] / Math.max(total, 1e-9) + (bias ? 0 : o.l2() * weights[j]);
            m1[j] = b1 * m1[j] + (1 - b1) * g;
            m2[j] = b2 * m2[j] + (1 - b2) * g * g;
            weights[j] -= (float) (o.learningRate() * (m1[j] / c1) / (Math.sqrt(m2[j] / c2) + 1e-8));
        }
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private void standardise(float[] x, float[] out) {
        for (int d = 0; d < dim; d++) {
            out[d] = (x[d] - center[d]) * scale[d];
        }
    }

    private void scores(float[] z, double[] out) {
        int width = dim + 1;
        for (int c = 0; c < classes; c++) {
            int base = c * width;
            double s = weights[base + dim];
            for (int d = 0; d < dim; d++) {
                s += weights[base + d] * z[d];
            }
            out[c] = s;
        }
    }

    private static void softmaxInPlace(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
    }

    /** Class probabilities for one row of raw (unstandardised) features. */
    public double[] probabilities(float[] x) {
        float[] z = new float[dim];
        standardise(x, z);
        double[] p = new double[classes];
        scores(z, p);
        softmaxInPlace(p);
        return p;
    }

    /** The most probable class (the lowest index on a tie). */
    public int predict(float[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    public int classes() {
        return classes;
    }

    public int dim() {
        return dim;
    }

    float[] center() {
        return center;
    }

    float[] scale() {
        return scale;
    }

    float[] weights() {
        return weights;
    }
}
