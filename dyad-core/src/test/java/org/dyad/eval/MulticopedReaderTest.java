package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.eval.MulticopedSentence.Role;
import org.dyad.eval.MulticopedSentence.Span;
import org.junit.jupiter.api.Test;

class MulticopedReaderTest {
    private static final String CLASSES = "Iraqi troops attacked the Kurds\u2019 positions.\t4\r\n"
            + "Japan and China held talks.\t1\r\n"
            + "No label here\r\n"
            + "A sentence the NER file lacks.\t0\r\n";
    private static final String NER = """
            Japan B-R
            and O
            China B-R
            held O
            talks O
            . O

            Iraqi B-S
            troops I-S
            attacked O
            the B-T
            Kurds I-T
            ' I-T
            positions O
            . O
            """;

    private final List<String> warnings = new ArrayList<>();

    private List<MulticopedSentence> read() throws IOException {
        return MulticopedReader.read(new BufferedReader(new StringReader(CLASSES)),
                new BufferedReader(new StringReader(NER)), warnings::add);
    }

    @Test
    void joinsSpansToLabelledSentencesByTheirLetters() throws IOException {
        List<MulticopedSentence> s = read();
        assertThat(s).extracting(MulticopedSentence::label).containsExactly(4, 1, 0);
        assertThat(s.get(0).spans()).containsExactly(new Span(Role.S, "Iraqi troops"), new Span(Role.T, "the Kurds '"));
        assertThat(s.get(1).spans(Role.R)).extracting(Span::text).containsExactly("Japan", "China");
        assertThat(s.get(2).spans()).isEmpty();
        assertThat(s.get(2).line()).isEqualTo(4);
    }

    @Test
    void lineWithoutLabelIsSkippedWithItsLineNumber() throws IOException {
        read();
        assertThat(warnings).singleElement().asString().startsWith("line 3");
    }

    @Test
    void withoutNerFileSentencesHaveNoSpans() throws IOException {
        List<MulticopedSentence> s = MulticopedReader.read(new BufferedReader(new StringReader(CLASSES)), null,
                warnings::add);
        assertThat(s).hasSize(3).allSatisfy(x -> assertThat(x.spans()).isEmpty());
    }
}
