package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Events.country;
import static org.dyad.eval.Events.event;
import static org.dyad.eval.Events.igo;

import java.util.List;
import java.util.Set;
import org.dyad.code.cameo.PloverType;
import org.junit.jupiter.api.Test;

class PloverScorerTest {
    private final PloverScorer scorer = new PloverScorer();

    private static PloverGold gold(String event, Set<String> sources, Set<String> targets, String cameo) {
        return new PloverGold("g", "text", "2000-01-01", event, null, new PloverType(event, null), sources, targets,
                cameo);
    }

    @Test
    void typeAndDyadInOneEventCountAsBoth() {
        RecordScore s = scorer.score(gold("ACCUSE", Set.of("IRN"), Set.of("USA"), "112"),
                List.of(event("112", "ACCUSE", country("Iran", "IRN"), country("Washington", "USA"))));
        assertThat(s).isEqualTo(new RecordScore(true, true, true, true, true, false));
    }

    @Test
    void typeAndDyadInDifferentEventsAreNotBoth() {
        RecordScore s = scorer.score(gold("ACCUSE", Set.of("IRN"), Set.of("USA"), null), List.of(
                event("112", "ACCUSE", country("Iran", "IRN"), null),
                event("010", null, country("Iran", "IRN"), country("U.S.", "USA"))));
        assertThat(s.typeHit()).isTrue();
        assertThat(s.sourceHit()).isTrue();
        assertThat(s.dyadHit()).isTrue();
        assertThat(s.bothHit()).isFalse();
        assertThat(s.rootHit()).as("no gold CAMEO code").isNull();
    }

    @Test
    void anyPairOfCompoundActorsMatchesAndIgoUsesCodePrefix() {
        PloverGold g = gold("CONSULT", Set.of("FRA", "DEU"), Set.of("IGO"), "040");
        RecordScore s = scorer.score(g, List.of(event("043", "CONSULT", country("Germany", "DEU"),
                igo("the U.N.", "IGOUNO"))));
        assertThat(s.dyadHit()).isTrue();
        assertThat(s.rootHit()).isTrue();
    }

    @Test
    void reversedDyadIsAMiss() {
        RecordScore s = scorer.score(gold("ASSAULT", Set.of("ISR"), Set.of("PSE"), "190"),
                List.of(event("190", "ASSAULT", country("Palestinians", "PSE"), country("Israel", "ISR"))));
        assertThat(s.dyadHit()).isFalse();
        assertThat(s.sourceHit()).isFalse();
        assertThat(s.rootHit()).isTrue();
        assertThat(s.perfect()).isFalse();
    }

    @Test
    void goldWithoutTargetChecksOnlyTheSource() {
        PloverGold g = gold("RETREAT", Set.of("MNE"), Set.of(), null);
        assertThat(scorer.score(g, List.of(event("0343", "RETREAT", country("Montenegro", "MNE"), null))).dyadHit())
                .isTrue();
        assertThat(scorer.score(g, List.of(event("0343", "RETREAT", null, country("Montenegro", "MNE")))).dyadHit())
                .isFalse();
    }

    @Test
    void noEventsIsRecordedAndEverythingMisses() {
        RecordScore s = scorer.score(gold("AGREE", Set.of("USA"), Set.of("JOR"), "057"), List.of());
        assertThat(s).isEqualTo(new RecordScore(false, false, false, false, false, true));
    }

    @Test
    void goldWithoutActorsIsNotScoredForTheDyad() {
        RecordScore s = scorer.score(gold("AGREE", Set.of(), Set.of(), null),
                List.of(event("057", "AGREE", null, null)));
        assertThat(s.dyadHit()).isNull();
        assertThat(s.sourceHit()).isNull();
        assertThat(s.bothHit()).isNull();
        assertThat(s.perfect()).isTrue();
    }
}
