package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains the heads on a dozen sentences written here, then checks the weights file round trip. */
class LearnedModelTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.load();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static CodedSentence event(String text, String root, String source, String target) {
        List<ActorSpan> spans = new ArrayList<>();
        spans.add(new ActorSpan(ActorSpan.Role.S, text.indexOf(source), text.indexOf(source) + source.length()));
        spans.add(new ActorSpan(ActorSpan.Role.T, text.indexOf(target), text.indexOf(target) + target.length()));
        return new CodedSentence("test", text, text, true, root, null, null, "asserted", spans, true);
    }

    private static CodedSentence none(String text) {
        return new CodedSentence("test", text, text, false, null, null, null, null, List.of(), false);
    }

    private static List<CodedSentence> sentences() {
        return List.of(
                event("France criticised Iran over its nuclear programme.", "11", "France", "Iran"),
                event("Germany condemned Russia for the attack.", "11", "Germany", "Russia"),
                event("Japan denounced China over the islands.", "11", "Japan", "China"),
                event("Spain accused Morocco of breaking the deal.", "11", "Spain", "Morocco"),
                event("Italy met Egypt to discuss migration.", "04", "Italy", "Egypt"),
                event("Brazil held talks with Argentina on trade.", "04", "Brazil", "Argentina"),
                event("Kenya hosted Uganda for a summit.", "04", "Kenya", "Uganda"),
                event("Chile consulted Peru about the border.", "04", "Chile", "Peru"),
                none("Shares rose three percent on Friday."),
                none("The weather was mild for the season."),
                none("Sales of new cars fell in March."),
                none("The film won two awards last night."));
    }

    @Test
    void weightsSurviveTheFileAndGiveTheSameCodes() throws IOException {
        List<CodedSentence> s = sentences();
        List<EncodedSentence> e = s.stream().map(x -> encoder.encode(x.text())).toList();
        LearnedModel model = new HeadTrainer(5, 60, 20, 1e-4).train(s, e);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LearnedModel back = LearnedModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.heads().keySet()).containsExactly("event", "root", "penta"); // one certainty label: no head
        EncodedSentence probe = encoder.encode("Norway criticised Sweden over fishing.");
        LearnedCoding a = model.code(probe);
        LearnedCoding b = back.code(probe);
        assertThat(b.root()).isEqualTo(a.root());
        assertThat(b.eventProbability()).isEqualTo(a.eventProbability());
        assertThat(b.spans()).isEqualTo(a.spans());
    }

    @Test
    void headsLearnTheirTrainingSentences() {
        List<CodedSentence> s = sentences();
        List<EncodedSentence> e = s.stream().map(x -> encoder.encode(x.text())).toList();
        LearnedModel model = new HeadTrainer(5, 60, 20, 1e-4).train(s, e);
        for (int i = 0; i < s.size(); i++) {
            LearnedCoding c = model.code(e.get(i));
            assertThat(c.eventProbability() >= 0.5).as(s.get(i).text()).isEqualTo(s.get(i).event());
            if (s.get(i).root() != null) {
                assertThat(c.root().label()).as(s.get(i).text()).isEqualTo(s.get(i).root());
            }
        }
        LearnedCoding first = model.code(e.get(0));
        assertThat(first.first(ActorSpan.Role.S).text(s.get(0).text())).isEqualTo("France");
    }

    @Test
    void aFileThatIsNotWeightsIsRefused() {
        assertThatThrownBy(() -> LearnedModel.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
                .isInstanceOf(IOException.class);
    }
}
