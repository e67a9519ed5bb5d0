package org.dyad.code.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.dyad.code.trigger.WordContext.Phrase;
import org.junit.jupiter.api.Test;

class WordContextTest {

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.toLowerCase().split(" "));
    }

    private static Phrase phrase(boolean glued, String... words) {
        return new Phrase(List.of(words), glued);
    }

    @Test
    void phrasesStandInOrderAroundTheTriggerWithOtherWordsBetween() {
        // "INDICATED WOULD * NOW"
        WordContext c = new WordContext(List.of(phrase(false, "INDICATED"), phrase(false, "WOULD")), List.of(phrase(false, "NOW")));
        List<String> s = words("Freedonia indicated it would surely act right now with Sylvania");
        assertThat(c.matches(s, s.indexOf("act"))).isTrue();
        assertThat(c.matches(s, s.indexOf("surely"))).isTrue();
        List<String> swapped = words("Freedonia would say it indicated to act now");
        assertThat(c.matches(swapped, swapped.indexOf("act"))).isFalse();
        List<String> noNow = words("Freedonia indicated it would act with Sylvania");
        assertThat(c.matches(noNow, noNow.indexOf("act"))).isFalse();
    }

    @Test
    void wordsOfAPhraseAreConsecutive() {
        // "* REALLY_PLEASANT"
        WordContext c = new WordContext(List.of(), List.of(phrase(false, "REALLY", "PLEASANT")));
        List<String> yes = words("Rufus allowed that Sylvania is a really pleasant place");
        List<String> no = words("Rufus allowed that Sylvania is really a pleasant place");
        assertThat(c.matches(yes, yes.indexOf("allowed"))).isTrue();
        assertThat(c.matches(no, no.indexOf("allowed"))).isFalse();
    }

    @Test
    void aGluedPhraseTouchesTheTrigger() {
        // "RECENTLY_*" and "*_OUT"
        WordContext before = new WordContext(List.of(phrase(true, "RECENTLY")), List.of());
        List<String> touching = words("Rufus recently allowed it");
        List<String> apart = words("Rufus recently and loudly allowed it");
        assertThat(before.matches(touching, 2)).isTrue();
        assertThat(before.matches(apart, 4)).isFalse();
        WordContext after = new WordContext(List.of(), List.of(phrase(true, "OUT")));
        List<String> out = words("Sylvania lashed out at Freedonia");
        List<String> later = words("Sylvania lashed at Freedonia out of spite");
        assertThat(after.matches(out, 1)).isTrue();
        assertThat(after.matches(later, 1)).isFalse();
    }

    @Test
    void wordsAreComparedAsWrittenNotAsLemmas() {
        WordContext effort = new WordContext(List.of(), List.of(phrase(false, "EFFORT")));
        List<String> s = words("Rufus abandoned efforts to stop the parade");
        assertThat(effort.matches(s, 1)).isFalse();
        assertThat(WordContext.NONE.matches(s, 1)).isTrue();
        assertThat(new WordContext(List.of(phrase(false, "MOST", "CERTAINLY")), List.of(phrase(false, "OVER", "EFFORTS")))
                .wordCount()).isEqualTo(4);
    }
}
