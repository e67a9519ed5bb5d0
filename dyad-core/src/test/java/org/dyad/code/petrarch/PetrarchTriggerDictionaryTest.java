package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.trigger.TriggerDictionary.Pattern;
import org.dyad.code.trigger.WordContext.Phrase;
import org.junit.jupiter.api.Test;

class PetrarchTriggerDictionaryTest {
    private final VerbFile file = VerbFile.read(TestDictionaries.file("Test.verbs.txt"));
    private final PetrarchTriggerDictionary dict = PetrarchTriggerDictionary.of(List.of(file));

    private List<String> codes(String lemma) {
        return dict.patterns(lemma, 'V').stream().map(Pattern::cameo).toList();
    }

    private static List<List<String>> after(Pattern p) {
        return p.context().after().stream().map(Phrase::words).toList();
    }

    @Test
    void mapsObjectPatternsToWordsAfterTheVerbAndExpandsSynsets() {
        List<Pattern> restore = dict.patterns("restore", 'V');
        assertThat(restore).filteredOn(p -> p.cameo().equals("065")).singleElement().satisfies(p -> {
            assertThat(after(p)).containsExactly(List.of("diplomatic"), List.of("ties"));
            assertThat(p.objects()).isEmpty();
        });
        assertThat(restore).filteredOn(p -> p.cameo().equals("066")).extracting(p -> after(p).get(0).get(0))
                .containsExactlyInAnyOrder("trade", "cultural");
        assertThat(restore.get(restore.size() - 1)).satisfies(p -> {
            assertThat(p.cameo()).isEqualTo("064");
            assertThat(p.objects()).isEmpty();
            assertThat(p.forbiddenObjects()).contains("cards", "card");
            assertThat(p.origin()).isEqualTo("Test.verbs.txt:11");
        });
    }

    @Test
    void mapsPrepositionsToWordsAndTargets() {
        Pattern with = dict.patterns("restore", 'V').stream().filter(p -> p.cameo().equals("067")).findFirst().orElseThrow();
        assertThat(after(with)).containsExactly(List.of("with"));
        assertThat(with.targetPreps()).startsWith("with", "to").contains("for", "of", "in");
        assertThat(with.argumentsInPhrase()).isTrue();
        assertThat(codes("restore")).doesNotContain("---", "+++");
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
            assertThat(after(p)).containsExactly(List.of("proposal"));
        });
    }

    @Test
    void countsWhatCannotBeExpressed() {
        assertThat(file.patternCount()).isEqualTo(13);
        assertThat(file.unmapped()).containsOnlyKeys("transformation", "not an event code");
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void wordsBeforeTheStarMustStandBeforeTheVerbGluedOnesRightBeforeIt() {
        Pattern said = dict.patterns("restore", 'V').stream().filter(p -> p.cameo().equals("999")).findFirst().orElseThrow();
        assertThat(said.context().before()).containsExactly(new Phrase(List.of("said"), false));
        List<Pattern> agree = dict.patterns("agree", 'V');
        assertThat(agree).extracting(Pattern::cameo).containsExactly("111", "030", "112", "081");
        assertThat(agree.get(0).context().before())
                .containsExactly(new Phrase(List.of("failed"), false), new Phrase(List.of("to"), true));
    }

    @Test
    void aPercentSignAsksForAConjoinedSubjectActingOnItself() {
        Pattern mutual = dict.patterns("agree", 'V').stream().filter(p -> p.cameo().equals("030")).findFirst().orElseThrow();
        assertThat(mutual.conjoinedSubject()).isTrue();
        assertThat(mutual.context().isEmpty()).isTrue();
        assertThat(dict.isMutual(mutual.origin())).isTrue();
        assertThat(dict.reverseCode(mutual.origin())).contains("030");
        Pattern plain = dict.patterns("agree", 'V').get(3);
        assertThat(plain.conjoinedSubject()).isFalse();
        assertThat(dict.isMutual(plain.origin())).isFalse();
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
