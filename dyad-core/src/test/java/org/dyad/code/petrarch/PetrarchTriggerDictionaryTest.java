package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.TriggerDictionary.Pattern;
import org.junit.jupiter.api.Test;

class PetrarchTriggerDictionaryTest {
    private final VerbFile file = VerbFile.read(TestDictionaries.file("Test.verbs.txt"));
    private final PetrarchTriggerDictionary dict = PetrarchTriggerDictionary.of(List.of(file));

    private List<String> codes(String lemma) {
        return dict.patterns(lemma, 'V').stream().map(Pattern::cameo).toList();
    }

    @Test
    void mapsObjectPatternsAndExpandsSynsets() {
        List<Pattern> restore = dict.patterns("restore", 'V');
        assertThat(restore).filteredOn(p -> p.cameo().equals("065")).singleElement()
                .satisfies(p -> assertThat(p.objects()).contains("diplomatic").doesNotContain("ties"));
        assertThat(restore).filteredOn(p -> p.cameo().equals("066")).flatExtracting(p -> List.copyOf(p.objects()))
                .contains("trade", "cultural");
        assertThat(restore.get(restore.size() - 1)).satisfies(p -> {
            assertThat(p.cameo()).isEqualTo("064");
            assertThat(p.objects()).isEmpty();
            assertThat(p.forbiddenObjects()).contains("cards", "card");
            assertThat(p.origin()).isEqualTo("Test.verbs.txt:11");
        });
    }

    @Test
    void mapsPrepositionsToParticlesAndTargets() {
        Pattern with = dict.patterns("restore", 'V').stream().filter(p -> p.cameo().equals("067")).findFirst().orElseThrow();
        assertThat(with.particle()).isEqualTo("with");
        assertThat(with.targetPreps()).startsWith("with", "to").contains("for", "of", "in");
        assertThat(codes("restore")).doesNotContain("999", "---");
    }

    @Test
    void filesIrregularFormsUnderTheirLemmaPastTenseOwnerFirst() {
        assertThat(codes("leave")).containsExactly("013", "032", "012");
        assertThat(codes("give")).contains("071", "070");
        assertThat(codes("donate")).containsExactly("071", "071", "073");
        assertThat(dict.patterns("give", 'N')).isEmpty();
    }

    @Test
    void keepsTheParticleOfMultiWordVerbsAndThePairedCode() {
        Pattern away = dict.patterns("break", 'V').get(0);
        assertThat(away.particle()).isEqualTo("away");
        assertThat(away.cameo()).isEqualTo("032");
        assertThat(dict.reverseCode(away.origin())).contains("033");
        Pattern left = dict.patterns("leave", 'V').get(1);
        assertThat(dict.reverseCode(left.origin())).contains("033");
        assertThat(dict.reverseCode(dict.patterns("restore", 'V').get(0).origin())).isEmpty();
    }

    @Test
    void nullBlockCodeGivesPatternsButNoPlainReading() {
        assertThat(dict.patterns("ponder", 'V')).singleElement().satisfies(p -> {
            assertThat(p.cameo()).isEqualTo("041");
            assertThat(p.objects()).contains("proposal");
        });
    }

    @Test
    void countsWhatCannotBeExpressed() {
        assertThat(file.patternCount()).isEqualTo(8);
        assertThat(file.unmapped()).containsEntry("words before the verb", 1).containsEntry("transformation", 1);
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void undoesRegularInflections() {
        VerbForms forms = VerbForms.shipped();
        assertThat(forms.lemmas("CALLED")).contains("call");
        assertThat(forms.lemmas("DENIED")).contains("deny");
        assertThat(forms.lemmas("BANNED")).contains("ban");
        assertThat(forms.lemmas("SAID")).contains("say");
        assertThat(forms.isPast("left", "leave")).isTrue();
        assertThat(forms.isPast("leave", "leave")).isFalse();
    }
}
