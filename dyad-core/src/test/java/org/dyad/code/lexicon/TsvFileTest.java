package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvFileTest {

    private static List<TsvRow> read(String text, int min, int max) throws IOException {
        return TsvFile.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), min, max);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
        List<TsvRow> rows = read("# header\n\nUNO\tUnited Nations\tUN|U.N.\n", 2, 3);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.list(2)).containsExactly("UN", "U.N.");
        });
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        assertThatThrownBy(() -> read("# header\nA\tB\tC\n\nonly-one\n", 2, 3))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessageStartingWith("test.tsv:4: 1 tab-separated columns, expected 2-3");
    }

    @Test
    void badValueNamesFileLineAndField() throws IOException {
        TsvRow row = read("RUS\tRU\tRussia\t\t\tMoscow\t\tsixty\t100\n", 9, 9).get(0);
        assertThatThrownBy(() -> Country.fromRow(row))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessage("test.tsv:1: lat is not a number: 'sixty'");
        TsvRow sector = read("minister\tgov\ttitle\n", 3, 3).get(0);
        assertThatThrownBy(() -> SectorTerm.fromRow(sector)).hasMessageContaining("three capital letters");
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> TsvFile.read("org/dyad/lexicon/none.tsv", 1, 1))
                .hasMessageContaining("none.tsv:0: not found");
    }

    @Test
    void duplicateCodeNamesBothLines() {
        assertThatThrownBy(() -> TsvFile.parseUnique("org/dyad/code/lexicon/duplicate-igos.tsv", 2, 3, 0, Igo::fromRow))
                .isInstanceOf(LexiconFormatException.class)
                .hasMessage("org/dyad/code/lexicon/duplicate-igos.tsv:4: duplicate code IGOUNO (first on line 2)");
    }
}
