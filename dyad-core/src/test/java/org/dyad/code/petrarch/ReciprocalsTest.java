package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.cameo.LexiconCodeBook;
import org.dyad.code.trigger.TriggerDictionary.Pattern;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;
import org.junit.jupiter.api.Test;

class ReciprocalsTest {

    @Test
    void addsTheTargetToSourceHalfOfPairedCodes() {
        PetrarchTriggerDictionary verbs = PetrarchTriggerDictionary.of(List.of(VerbFile.read(TestDictionaries.file("Test.verbs.txt"))));
        Pattern left = verbs.patterns("leave", 'V').stream().filter(p -> p.cameo().equals("032")).findFirst().orElseThrow();
        Event visit = ValidationScoreTest.event("FRE", "SYL", "032");
        visit = new Event("0123456789abcdef", 0, visit.trigger(), visit.source(), visit.target(), "032", "03", 0, 0,
                visit.plover(), null, null, null, null, "asserted", null, List.of(), "subject @" + left.origin());
        Document doc = DiscardFilterTest.doc("Freedonia left for Sylvania.", List.of(new SentenceSpan(0, 28)),
                List.of(visit, ValidationScoreTest.event("FRE", "SYL", "064")));

        List<Event> out = new Reciprocals(verbs, LexiconCodeBook.shipped()).apply(doc).events();

        assertThat(out).extracting(ValidationScore::describe)
                .containsExactly("FRE>SYL:032", "FRE>SYL:064", "SYL>FRE:033");
        assertThat(out.get(2).id()).hasSize(16).isNotEqualTo(visit.id());
        assertThat(out.get(2).cameoRoot()).isEqualTo("03");
    }

    @Test
    void conjoinedSubjectsOfAPairedCodeActOnEachOther() {
        PetrarchTriggerDictionary verbs = PetrarchTriggerDictionary.of(List.of(VerbFile.read(TestDictionaries.file("Test.verbs.txt"))));
        Pattern left = verbs.patterns("leave", 'V').stream().filter(p -> p.cameo().equals("032")).findFirst().orElseThrow();
        Event fre = oneSided("FRE", left.origin());
        Event syl = oneSided("SYL", left.origin());
        Document doc = DiscardFilterTest.doc("Freedonia and Sylvania left.", List.of(new SentenceSpan(0, 28)), List.of(fre, syl));

        List<Event> out = new Reciprocals(verbs, LexiconCodeBook.shipped()).apply(doc).events();

        assertThat(out).extracting(ValidationScore::describe).containsExactly("FRE>SYL:032", "SYL>FRE:032");
    }

    private static Event oneSided(String source, String origin) {
        Event e = ValidationScoreTest.event(source, null, "032");
        return new Event("0123456789abcde" + source.charAt(0), 0, e.trigger(), e.source(), null, "032", "03", 0, 0, e.plover(),
                null, null, null, null, "asserted", null, List.of(), "subject @" + origin);
    }
}
