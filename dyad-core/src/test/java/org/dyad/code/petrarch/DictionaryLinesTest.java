package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryLinesTest {

    @Test
    void dropsCommentsButKeepsHashesInsideCodes() {
        List<DictionaryLines.Line> lines = DictionaryLines.parse(List.of(
                "<!-- one-line comment -->",
                "<!-- starts here",
                "   still comment -->",
                "# whole line",
                "",
                "FREEDONIA [FRE]  # note",
                "NASGUL [###]",
                "<! -- odd comment line -->",
                "\t[VUL <900101]"));
        assertThat(lines).extracting(DictionaryLines.Line::text)
                .containsExactly("FREEDONIA [FRE]", "NASGUL [###]", "[VUL <900101]");
        assertThat(lines.get(0).number()).isEqualTo(6);
        assertThat(lines.get(2).indented()).isTrue();
    }
}
