package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTableTest {

    @Test
    void eachRateCountsOnlyScorableItems() {
        ScoreTable t = new ScoreTable("gold", "type");
        t.add("AGREE", new RecordScore(true, null, true, true, true, false));
        t.add("AGREE", new RecordScore(false, false, null, null, null, true));
        t.add("REJECT", new RecordScore(true, true, true, false, false, false));

        assertThat(t.total().n()).isEqualTo(3);
        assertThat(t.total().type()).isEqualTo(new ScoreTable.Rate(2, 3));
        assertThat(t.total().root()).isEqualTo(new ScoreTable.Rate(1, 2));
        assertThat(t.total().source()).isEqualTo(new ScoreTable.Rate(2, 2));
        assertThat(t.total().dyad()).isEqualTo(new ScoreTable.Rate(1, 2));
        assertThat(t.total().noEvent()).isEqualTo(new ScoreTable.Rate(1, 3));
        assertThat(t.groups().get("AGREE").type()).isEqualTo(new ScoreTable.Rate(1, 2));
        assertThat(t.groups().get("AGREE").root()).isEqualTo(new ScoreTable.Rate(0, 1));
        assertThat(t.groups().get("REJECT").dyad().share()).isZero();
    }

    @Test
    void renderedTableHasAGroupRowAndATotal() {
        ScoreTable t = new ScoreTable("gold", "type");
        t.add("AGREE", new RecordScore(true, null, false, false, false, false));
        t.add("AGREE", new RecordScore(false, null, false, false, false, false));
        String text = t.render();
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("AGREE").contains(" 50.0%   1/2").contains("TOTAL");
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("-"); // no CAMEO root scored
    }
}
