package org.dyad.learn;

import java.util.List;

/** A sentence head: a softmax over named labels (e.g. CAMEO roots "01".."20"). */
public record LabelledHead(String name, List<String> labels, SoftmaxRegression model) {

    public LabelledHead {
        labels = List.copyOf(labels);
        if (labels.size() != model.classes()) {
            throw new IllegalArgumentException(name + ": " + labels.size() + " labels for " + model.classes() + " classes");
        }
    }

    /** The most probable label and its probability. */
    public Prediction predict(float[] features) {
        double[] p = model.probabilities(features);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), p[best]);
    }

    public record Prediction(String label, double probability) {
    }
}
