package org.dyad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

    private static GoldEvent gold(String cameo, String source, String target, String certainty, boolean sym) {
        return new GoldEvent(cameo, source, target, certainty, null, sym, "words");
    }

    private static CodedEvent coded(String root, String source, String target, String certainty) {
        return new CodedEvent(root, source, target, certainty, "words");
    }

    @Test
    void sameRootAndActorsMatchAtEveryLevel() {
        GoldScorer scorer = new GoldScorer();
        GoldScorer.SentenceScore s = scorer.add(List.of(gold("111", "GBROPP", "GBRGOV", "asserted", false)),
                List.of(coded("11", "GBROPP", "GBRGOVCOP", "asserted")));
        assertThat(s.strict().matched()).isEqualTo(1);
        assertThat(s.party().matched()).isEqualTo(1);
        assertThat(s.perfect()).isTrue();
        assertThat(scorer.party().f1()).isEqualTo(1.0);
        assertThat(scorer.certaintyAgreed()).isEqualTo(1);
    }

    @Test
    void anotherSectorOfTheSameCountryMatchesOnlyAtPartyLevel() {
        GoldScorer scorer = new GoldScorer();
        scorer.add(List.of(gold("112", "GBRLEG", "GBRGOV", "asserted", false)),
                List.of(coded("11", "GBRGOV", "GBRGOV", "reported")));
        assertThat(scorer.party().matched()).isEqualTo(1);
        assertThat(scorer.strict().matched()).isZero();
        assertThat(scorer.certaintyAgreed()).isZero();
    }

    @Test
    void aDifferentRootIsAMissAndAFalseAlarm() {
        GoldScorer scorer = new GoldScorer();
        GoldScorer.SentenceScore s = scorer.add(List.of(gold("020", "USA", "CHN", "asserted", false)),
                List.of(coded("04", "USA", "CHN", "asserted")));
        assertThat(s.party()).isEqualTo(new GoldScorer.Tally(0, 1, 1));
        assertThat(s.root().matched()).isZero();
        assertThat(scorer.detection().matched()).isEqualTo(1);
    }

    @Test
    void reversedActorsMatchOnlyWhenTheGoldActIsSymmetric() {
        List<CodedEvent> reversed = List.of(coded("05", "IRN", "IND", "asserted"));
        assertThat(new GoldScorer().add(List.of(gold("057", "IND", "IRN", "asserted", true)), reversed).party().matched())
                .isEqualTo(1);
        assertThat(new GoldScorer().add(List.of(gold("057", "IND", "IRN", "asserted", false)), reversed).party().matched())
                .isZero();
    }

    @Test
    void aTargetTheGoldLeavesEmptyMustBeEmpty() {
        GoldScorer scorer = new GoldScorer();
        scorer.add(List.of(gold("140", "UKROPP", null, "asserted", false)), List.of(coded("14", "UKROPP", "UKRGOV", "asserted")));
        assertThat(scorer.party().matched()).isZero();
        assertThat(scorer.root().matched()).isEqualTo(1);
    }

    @Test
    void oneCodedEventMatchesOneGoldEventOnly() {
        GoldScorer scorer = new GoldScorer();
        GoldEvent e = gold("040", "IGOBUSGOS", "IND", "asserted", false);
        scorer.add(List.of(e, e), List.of(coded("04", "IGOBUSGOS", "IND", "asserted")));
        assertThat(scorer.party()).isEqualTo(new GoldScorer.Tally(1, 2, 1));
        assertThat(scorer.party().precision()).isEqualTo(1.0);
        assertThat(scorer.party().recall()).isEqualTo(0.5);
    }

    @Test
    void sentencesWithoutEventsCountOnlyInDetection() {
        GoldScorer scorer = new GoldScorer();
        scorer.add(List.of(), List.of());
        scorer.add(List.of(), List.of(coded("01", "GBRGOV", null, "asserted")));
        assertThat(scorer.detection()).isEqualTo(new GoldScorer.Tally(0, 0, 1));
        assertThat(scorer.party()).isEqualTo(new GoldScorer.Tally(0, 0, 1));
        assertThat(scorer.party().f1()).isZero();
        assertThat(scorer.sentences()).isEqualTo(2);
    }

    @Test
    void figuresAreKeptPerRoot() {
        GoldScorer scorer = new GoldScorer();
        scorer.add(List.of(gold("111", "GBROPP", "GBRGOV", "asserted", false), gold("020", "GBROPP", "GBRGOV", "asserted", false)),
                List.of(coded("11", "GBROPP", "GBRGOV", "asserted"), coded("01", "GBRGOV", null, "reported")));
        assertThat(scorer.byRoot()).containsEntry("11", new GoldScorer.Tally(1, 1, 1))
                .containsEntry("02", new GoldScorer.Tally(0, 1, 0)).containsEntry("01", new GoldScorer.Tally(0, 0, 1));
    }
}
