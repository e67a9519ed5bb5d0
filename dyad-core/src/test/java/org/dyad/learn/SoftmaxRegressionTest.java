package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    /** Three clusters around different corners: linearly separable. */
    private static float[][] points(int n, int[] labels, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][2];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            float cx = labels[i] == 0 ? -4 : labels[i] == 1 ? 4 : 0;
            float cy = labels[i] == 2 ? 5 : -2;
            x[i][0] = cx + (float) r.nextGaussian();
            x[i][1] = cy + (float) r.nextGaussian();
        }
        return x;
    }

    @Test
    void learnsSeparableClassesAndPredictsUnseenPoints() {
        int[] y = new int[300];
        float[][] x = points(300, y, 1);
        SoftmaxRegression m = SoftmaxRegression.train(x, y, null, 3, SoftmaxRegression.Options.defaults(7));
        int[] ty = new int[90];
        float[][] tx = points(90, ty, 2);
        int correct = 0;
        for (int i = 0; i < tx.length; i++) {
            correct += m.predict(tx[i]) == ty[i] ? 1 : 0;
        }
        assertThat(correct).isGreaterThanOrEqualTo(87);
        double[] p = m.probabilities(new float[] {-4, -2});
        assertThat(p[0]).isGreaterThan(0.9);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void sameDataAndSeedGiveTheSameWeights() {
        int[] y = new int[120];
        float[][] x = points(120, y, 3);
        SoftmaxRegression a = SoftmaxRegression.train(x, y, null, 3, SoftmaxRegression.Options.defaults(11));
        SoftmaxRegression b = SoftmaxRegression.train(x, y, null, 3, SoftmaxRegression.Options.defaults(11));
        assertThat(b.weights()).containsExactly(a.weights());
    }

    @Test
    void rowWeightsShiftTheDecisionTowardsTheHeavierClass() {
        float[][] x = {{0f}, {0f}, {0f}, {0f}};
        int[] y = {0, 1, 1, 1};
        SoftmaxRegression plain = SoftmaxRegression.train(x, y, null, 2, SoftmaxRegression.Options.defaults(1));
        SoftmaxRegression balanced = SoftmaxRegression.train(x, y, HeadTrainer.balanced(y, 2), 2,
                SoftmaxRegression.Options.defaults(1).withEpochs(200));
        assertThat(plain.probabilities(new float[] {0f})[1]).isGreaterThan(0.6);
        assertThat(balanced.probabilities(new float[] {0f})[1]).isBetween(0.4, 0.6);
    }

    @Test
    void refusesLabelsThatDoNotMatchTheRows() {
        assertThatThrownBy(() -> SoftmaxRegression.train(new float[][] {{1f}}, new int[] {0, 1}, null, 2,
                SoftmaxRegression.Options.defaults(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
