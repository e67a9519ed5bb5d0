package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** OrderedActs on sentences written for it. */
class OrderedActsTest {
    private final TriggerFinder finder = new TriggerFinder(Annotated.triggerDictionary());
    private final OrderedActs orders = new OrderedActs(Annotated.cues());

    private List<String> lemmas(Annotated a, int sentence) {
        return orders.withoutOrders(a.tree(sentence), finder.find(a.tree(sentence))).stream()
                .map(t -> a.tree(sentence).lemma(t.token())).toList();
    }

    @Test
    void anOrderedActIsTheEventAndTheOrderNone() {
        Annotated a = Annotated.of("The president ordered a missile strike against the rebels. "
                + "The president ordered the rebels to leave the city. The court ordered the arrest of the minister.");
        assertThat(lemmas(a, 0)).contains("strike").doesNotContain("order");
        assertThat(lemmas(a, 1)).as("no act for an object: the order stands").contains("order");
        assertThat(lemmas(a, 2)).as("a reading of its own that took the noun").containsExactly("order");
    }
}
