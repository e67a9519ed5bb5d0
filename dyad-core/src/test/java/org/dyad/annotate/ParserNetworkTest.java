package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParserNetworkTest {
    /** A product worked out on first need is CoreNLP's precomputed one, bit for bit (5,000 of them at random). */
    @Test
    void worksOutPrecomputedProductsAsCoreNlpDoes() {
        DependencyParser stock = DependencyParsing.stock(CoreNlpSettings.parsing());
        Classifier classifier = (Classifier) ParserNetwork.privateField(DependencyParser.class, stock, "classifier");
        double[][] saved = (double[][]) ParserNetwork.privateField(Classifier.class, classifier, "saved");
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> rows = (Map<Integer, Integer>) ParserNetwork.privateField(Classifier.class, classifier, "preMap");
        ParserNetwork lazy = new ParserNetwork(DependencyParsing.withoutPrecomputedProducts(CoreNlpSettings.parsing()),
                DependencyParsing.stockPrecomputedCount());
        List<Integer> features = new ArrayList<>(rows.keySet());
        Collections.sort(features);
        Collections.shuffle(features, new Random(5));
        for (int key : features.subList(0, 5_000)) {
            int row = lazy.precomputedRow(key);
            assertThat(row).isEqualTo(rows.get(key));
            assertThat(lazy.precomputedProduct(row, key)).as("feature %d", key).isEqualTo(saved[rows.get(key)]);
        }
    }

    @Test
    void roundsProductsAsFloatMultiplicationDoes() {
        Random random = new Random(17);
        int checked = 0;
        for (int n = 0; n < 2_000_000; n++) {
            float x = randomFloat(random);
            // a short significand makes the exact product end in a tie (…1000…) about once in 4,000
            float y = (float) ((random.nextInt(1 << 12) | 1) * Math.scalb(random.nextBoolean() ? 1.0 : -1.0, -random.nextInt(30)));
            double exact = (double) x * (double) y;
            assertThat(ParserNetwork.toFloatPrecision(exact)).as("%s × %s", x, y).isEqualTo((double) (x * y));
            checked++;
        }
        assertThat(checked).isEqualTo(2_000_000);
    }

    @Test
    void roundsTiesToEven() {
        // 1.5 × (1 + 2⁻²³) = 1.5 + 2⁻²³ + 2⁻²⁴: half-way between floats, the lower one odd: up
        assertThat(ParserNetwork.toFloatPrecision(1.5 * (1 + 0x1p-23))).isEqualTo(1.5 + 0x1p-22);
        // 1.5 × (1 + 3·2⁻²³) = 1.5 + 2⁻²¹ + 2⁻²⁴: half-way, the lower one even: down
        assertThat(ParserNetwork.toFloatPrecision(1.5 * (1 + 3 * 0x1p-23))).isEqualTo(1.5 + 0x1p-21);
        assertThat(ParserNetwork.toFloatPrecision(-0.0)).isEqualTo(-0.0);
    }

    /** Embedding and weight magnitudes: 2⁻²⁰ to 2⁴. */
    private static float randomFloat(Random random) {
        int exponent = 127 - 20 + random.nextInt(24);
        float f = Float.intBitsToFloat(exponent << 23 | random.nextInt(1 << 23));
        return random.nextBoolean() ? f : -f;
    }
}
