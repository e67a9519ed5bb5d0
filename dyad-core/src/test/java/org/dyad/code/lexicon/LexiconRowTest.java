package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.code.data.DataFileException;
import org.dyad.code.data.TsvRow;
import org.junit.jupiter.api.Test;

class LexiconRowTest {

    @Test
    void badValueNamesFileLineAndField() {
        TsvRow row = new TsvRow("test.tsv", 1, List.of("RUS", "RU", "Russia", "", "", "Moscow", "", "sixty", "100"));
        assertThatThrownBy(() -> Country.fromRow(row))
                .isInstanceOf(DataFileException.class)
                .hasMessage("test.tsv:1: lat is not a number: 'sixty'");
        TsvRow sector = new TsvRow("test.tsv", 2, List.of("minister", "gov", "title"));
        assertThatThrownBy(() -> SectorTerm.fromRow(sector)).hasMessageContaining("three capital letters");
    }
}
