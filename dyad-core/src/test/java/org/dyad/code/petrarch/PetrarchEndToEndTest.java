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
        assertThat(coded).contains("FRE>SYL:065", "FREGOVFRM>SYL:032", "SYL>FREGOVFRM:033", "VULGOV>FRE:064");
        assertThat(doc.events()).noneMatch(e -> e.sentence() == 3);
        assertThat(doc.events()).extracting(Event::rule).allMatch(r -> r.contains("Test.verbs.txt:"));
    }
}
