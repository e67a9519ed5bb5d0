package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoExamplesTest {
    private static final String CSV = "\"\",\"name\",\"code\",\"example\"\r\n"
            + "\"1\",\"MAKE PUBLIC STATEMENT\",\"01\",NA\r\n"
            + "\"2\",\"Decline comment\",\"011\",\"NATO on Monday declined to comment, \"\"officially\"\".\"\r\n"
            + "\"3\",\"Pessimism\",\"012\",\"Brandt doubted Moscow\u201a\u00c4\u00f4s will\nto agree.\"\r\n";

    @Test
    void findsTheCodeOfAnExampleDespitePunctuationAndMojibake() {
        CameoExamples ex = CameoExamples.parse(CSV);
        assertThat(ex.size()).isEqualTo(2);
        assertThat(ex.codeFor("NATO on Monday declined to comment, 'officially'.")).contains("011");
        assertThat(ex.codeFor("Brandt doubted Moscow's will to agree.")).contains("012");
        assertThat(ex.codeFor("Something the codebook never said.")).isEmpty();
    }

    @Test
    void keyIgnoresTheTailOfLongSentences() {
        String start = "a".repeat(CameoExamples.KEY_LETTERS);
        assertThat(CameoExamples.key(start + " edited ending")).isEqualTo(CameoExamples.key(start + " other end"));
    }

    @Test
    void csvWithoutTheNeededColumnsIsRefused() {
        assertThatThrownBy(() -> CameoExamples.parse("a,b\n1,2\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
