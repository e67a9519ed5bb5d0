package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.code.petrarch.PetrarchDictionaries.Mode;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.PipelineBuilder;
import org.junit.jupiter.api.Test;

/** The invented PETRARCH dictionaries driving the real pipeline (CoreNLP, shared per JVM). */
class PetrarchEndToEndTest {

    @Test
    void codesWithPetrarchDictionariesInsteadOfDyads() throws Exception {
        PetrarchDictionaries dicts = PetrarchDictionaries.load(TestDictionaries.dir());
        LocalDate day = LocalDate.of(1995, 6, 1);
        Pipeline pipeline = new PipelineBuilder().anyLanguage(true).actors(dicts.actors(Mode.REPLACE, day))
                .triggers(dicts.triggers(Mode.REPLACE)).build();
        String text = "Freedonia restored diplomatic ties with Sylvania. "
                + "The Freedonian foreign minister left for Sylvania on Monday. "
                + "Baron Bomburst restored ties with Freedonia. "
                + "Sylvania restored ties with Freedonia after a croquet game.";
        Document doc = dicts.finish(pipeline.process(RawDocument.text("petrarch-e2e", text).withPublished(day.toString())));

        List<String> coded = doc.events().stream().map(ValidationScore::describe).toList();
        // "* WITH + [067]" holds on the words as written: "with" comes after "restored", as PETRARCH reads it
        assertThat(coded).contains("FRE>SYL:065", "FREGOVFRM>SYL:032", "SYL>FREGOVFRM:033", "VULGOV>FRE:067");
        assertThat(doc.events()).noneMatch(e -> e.sentence() == 3);
        assertThat(doc.events()).extracting(Event::rule).allMatch(r -> r.contains("Test.verbs.txt:"));
    }

    @Test
    void patternsCheckWordsAroundTheVerbConjoinedSubjectsAndTargetsInTheVerbPhrase() throws Exception {
        PetrarchDictionaries dicts = PetrarchDictionaries.load(TestDictionaries.dir());
        LocalDate day = LocalDate.of(1995, 6, 1);
        Pipeline pipeline = new PipelineBuilder().anyLanguage(true).actors(dicts.actors(Mode.REPLACE, day))
                .triggers(dicts.triggers(Mode.REPLACE)).build();
        String text = "Freedonia and Sylvania agree that the border should stay open. "
                + "Freedonia agrees that the border should stay open. "
                + "Freedonia welcomed cultural memos sent by Sylvania. "
                + "Freedonia welcomed secret memos sent by Sylvania. "
                + "Sylvania failed to agree with Freedonia on the border. "
                + "Freedonia was attacked yesterday in Sylvania.";
        Document doc = dicts.finish(pipeline.process(RawDocument.text("petrarch-patterns", text).withPublished(day.toString())));

        List<String> coded = doc.events().stream().map(e -> e.sentence() + " " + ValidationScore.describe(e)).toList();
        assertThat(coded).contains("0 FRE>SYL:030", "0 SYL>FRE:030", "2 FRE>SYL:912", "3 FRE>SYL:041", "4 SYL>FRE:111",
                "5 SYL>FRE:190");
        assertThat(coded).filteredOn(c -> c.startsWith("1 ")).noneMatch(c -> c.endsWith(":030"));
    }
}
