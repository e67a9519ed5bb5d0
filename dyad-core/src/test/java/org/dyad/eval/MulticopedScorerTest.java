package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.eval.Events.country;
import static org.dyad.eval.Events.event;

import java.util.List;
import org.dyad.eval.MulticopedSentence.Role;
import org.dyad.eval.MulticopedSentence.Span;
import org.junit.jupiter.api.Test;

class MulticopedScorerTest {
    private final MulticopedScorer scorer = new MulticopedScorer();

    private static MulticopedSentence gold(int label, Span... spans) {
        return new MulticopedSentence(1, "text", label, List.of(spans));
    }

    @Test
    void classComesFromTheRootNotGdeltQuadClass() {
        assertThat(PentaClass.ofRoot("01")).isZero();
        assertThat(PentaClass.ofRoot("05")).isEqualTo(1);
        assertThat(PentaClass.ofRoot("08")).isEqualTo(2);
        assertThat(PentaClass.ofRoot("09")).isEqualTo(3);
        assertThat(PentaClass.ofRoot("13")).isEqualTo(3);
        assertThat(PentaClass.ofRoot("14")).isEqualTo(4);
        assertThat(PentaClass.ofRoot("21")).isEqualTo(-1);
        assertThat(PentaClass.ofRoot(null)).isEqualTo(-1);
    }

    @Test
    void sourceAndTargetMustOverlapTheirSpans() {
        MulticopedSentence g = gold(4, new Span(Role.S, "Iraqi troops"), new Span(Role.T, "the Kurds"));
        RecordScore hit = scorer.score(g, List.of(event("190", "ASSAULT", country("Iraqi troops", "IRQ"),
                country("Kurds", "IRQ"))));
        assertThat(hit).isEqualTo(new RecordScore(true, null, true, true, true, false));
        RecordScore swapped = scorer.score(g, List.of(event("190", "ASSAULT", country("Kurds", "IRQ"),
                country("Iraqi troops", "IRQ"))));
        assertThat(swapped.dyadHit()).isFalse();
        assertThat(swapped.sourceHit()).isFalse();
        assertThat(swapped.typeHit()).isTrue();
    }

    @Test
    void reciprocalSpansNeedTwoDifferentSpans() {
        MulticopedSentence g = gold(1, new Span(Role.R, "Japan"), new Span(Role.R, "China"));
        assertThat(scorer.score(g, List.of(event("040", "CONSULT", country("China", "CHN"), country("Japan", "JPN"))))
                .dyadHit()).isTrue();
        RecordScore same = scorer.score(g, List.of(event("040", "CONSULT", country("Japan", "JPN"),
                country("Japan", "JPN"))));
        assertThat(same.dyadHit()).isFalse();
        assertThat(same.sourceHit()).as("a reciprocal span is a source too").isTrue();
    }

    @Test
    void sentenceWithoutSpansIsNotScoredForTheDyad() {
        RecordScore s = scorer.score(gold(0), List.of(event("010", null, null, null)));
        assertThat(s.typeHit()).isTrue();
        assertThat(s.dyadHit()).isNull();
    }

    @Test
    void sourceOnlyGoldIgnoresTheTarget() {
        MulticopedSentence g = gold(3, new Span(Role.S, "a Swiss court"));
        assertThat(scorer.score(g, List.of(event("120", "REJECT", country("Swiss court", "CHE"), null))).dyadHit())
                .isTrue();
    }

    @Test
    void overlapNeedsAContentWord() {
        assertThat(SpanOverlap.overlaps("the government", "the Croatian government 's request")).isTrue();
        assertThat(SpanOverlap.overlaps("Russia's", "Russia")).isTrue();
        assertThat(SpanOverlap.overlaps("the Kurds", "the Iraqi army")).isFalse();
        assertThat(SpanOverlap.overlaps(null, "Iraq")).isFalse();
    }
}
