package org.dyad.code.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvFileTest {

    private static TsvFile text(String content) {
        return new TsvFile("test.tsv", () -> new StringReader(content), false, 1, Integer.MAX_VALUE);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        List<TsvRow> rows = text("# header\n\n  # indented comment\nUNO\tUnited Nations\tUN| U.N. |\n").rows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.cell(1)).isEqualTo("United Nations");
            assertThat(row.list(2)).containsExactly("UN", "U.N.");
            assertThat(row.cell(7)).isEmpty();
        });
    }

    @Test
    void headerRowIsTheFirstLineThatIsNotACommentAndByteOrderMarkIsIgnored() {
        List<TsvRow> rows = text("\uFEFF# about\nlemma\tpos\n\nsign\tV\n").headerRow().rows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.cells()).containsExactly("sign", "V");
        });
        assertThat(text("\uFEFFsign\tV\n").rows().get(0).cell(0)).isEqualTo("sign");
    }

    @Test
    void wrongColumnCountNamesFileAndLine() {
        assertThatThrownBy(() -> text("# header\nA\tB\tC\n\nonly-one\n").columns(2, 3).rows())
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("test.tsv:4: 1 tab-separated columns, expected 2-3")
                .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> text("A\tB\n").columns(3, 3).rows())
                .hasMessageStartingWith("test.tsv:1: 2 tab-separated columns, expected 3:");
        assertThatThrownBy(() -> text("word\n").columns(2, Integer.MAX_VALUE).rows())
                .hasMessageStartingWith("test.tsv:1: 1 tab-separated columns, expected at least 2:");
    }

    @Test
    void badValuesNameFileLineAndColumn() {
        TsvRow row = new TsvRow("test.tsv", 7, List.of("x", "", "sixty", "maybe", "1.5"));
        assertThatThrownBy(() -> row.required(1, "name")).hasMessage("test.tsv:7: empty name (column 2)");
        assertThatThrownBy(() -> row.decimal(2, "lat")).hasMessage("test.tsv:7: lat is not a number: 'sixty'");
        assertThatThrownBy(() -> row.bool(3, "flag")).hasMessage("test.tsv:7: flag must be true or false: 'maybe'");
        assertThatThrownBy(() -> row.integer(4, "count")).hasMessage("test.tsv:7: count is not an integer: '1.5'");
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> TsvFile.resource("org/dyad/lexicon/none.tsv").rows())
                .isInstanceOf(DataFileException.class)
                .hasMessage("org/dyad/lexicon/none.tsv:0: not found on the classpath");
    }

    @Test
    void userFileIsCitedByItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "lemma\tpos\n# comment\nsign\tV\n");
        List<TsvRow> rows = TsvFile.file(file).headerRow().rows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.file()).isEqualTo(file.toString());
            assertThat(row.line()).isEqualTo(3);
        });
        assertThatThrownBy(() -> TsvFile.file(dir.resolve("absent.tsv")).rows())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("absent.tsv");
    }

    @Test
    void duplicateKeyNamesBothLines() {
        assertThatThrownBy(() -> TsvFile.resource("org/dyad/code/data/duplicate-codes.tsv").columns(2, 3)
                .parseUnique(0, row -> row.cell(0)))
                .isInstanceOf(DataFileException.class)
                .hasMessage("org/dyad/code/data/duplicate-codes.tsv:4: duplicate code IGOUNO (first on line 2)");
    }
}
