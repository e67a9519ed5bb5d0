package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static List<String> tokens(String sentence) {
        return List.of(sentence.split(" "));
    }

    @Test
    void longestMatchWinsAndMatchesDoNotOverlap() {
        PhraseIndex<String> index = PhraseIndex.<String>builder()
                .add("general staff", "MIL-body")
                .add("chief of the general staff", "MIL-title")
                .add("chief", "title")
                .build();
        List<PhraseIndex.Match<String>> matches =
                index.findAll(tokens("Chief of the General Staff Valery Gerasimov met the General Staff"));
        assertThat(matches).extracting(PhraseIndex.Match::value).containsExactly("MIL-title", "MIL-body");
        assertThat(matches.get(0).start()).isZero();
        assertThat(matches.get(0).end()).isEqualTo(5);
        assertThat(matches.get(1).start()).isEqualTo(9);
        assertThat(matches.get(1).end()).isEqualTo(11);
    }

    @Test
    void diacriticsFoldBothWays() {
        PhraseIndex<String> index = PhraseIndex.<String>builder().add("Élysée Palace", "FRA").build();
        assertThat(index.findAll(tokens("the Elysee Palace said"))).extracting(PhraseIndex.Match::value)
                .containsExactly("FRA");
        PhraseIndex<String> plain = PhraseIndex.<String>builder().add("Elysee", "FRA").build();
        assertThat(plain.lookupWord("Élysée")).contains("FRA");
    }

    @Test
    void capitalisedPhrasesDoNotMatchCommonWords() {
        PhraseIndex<String> index = PhraseIndex.<String>builder()
                .add("WHO", "IGOUNOHLHWHO").add("US", "USA").add("Turkey", "TUR").add("minister", "GOV")
                .build();
        assertThat(index.findAll(tokens("officials who told us about turkey"))).isEmpty();
        assertThat(index.findAll(tokens("the WHO and the US and Turkey"))).extracting(PhraseIndex.Match::value)
                .containsExactly("IGOUNOHLHWHO", "USA", "TUR");
        assertThat(index.findAll(tokens("TURKEY WARNS US"))).hasSize(2);
        assertThat(index.findAll(tokens("the Minister said"))).extracting(PhraseIndex.Match::value)
                .containsExactly("GOV");
    }

    @Test
    void ambiguousPhrasesKeepEveryValueInOrder() {
        PhraseIndex<String> index = PhraseIndex.<String>builder()
                .add("Brussels", "BEL").add("Brussels", "IGOEUREEC").add("Brussels", "BEL").build();
        assertThat(index.lookup("Brussels")).containsExactly("BEL", "IGOEUREEC");
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void phrasesAreTokenizedLikeCoreNlp() {
        assertThat(PhraseTokenizer.tokens("People's Daily")).containsExactly("People", "'s", "Daily");
        assertThat(PhraseTokenizer.tokens("U.S. Army")).containsExactly("U.S.", "Army");
        assertThat(PhraseTokenizer.tokens("Washington, D.C.")).containsExactly("Washington", ",", "D.C.");
        assertThat(PhraseTokenizer.tokens("Russian-Iranian")).containsExactly("Russian-Iranian");
        assertThat(PhraseTokenizer.tokens("Workers' Party")).containsExactly("Workers", "'", "Party");
        assertThat(PhraseTokenizer.tokens("OPEC+")).containsExactly("OPEC", "+");
        PhraseIndex<String> index = PhraseIndex.<String>builder().add("Workers' Party of Korea", "PRK").build();
        assertThat(index.findAll(List.of("the", "Workers", "'", "Party", "of", "Korea"))).hasSize(1);
    }

    @Test
    void typographicApostrophesAndBracketTokensMatchPlainOnes() {
        PhraseIndex<String> index = PhraseIndex.<String>builder()
                .add("Quai d'Orsay", "FRA").add("Republic of China (Taiwan)", "TWN").build();
        assertThat(index.findAll(List.of("the", "Quai", "d’Orsay"))).hasSize(1);
        assertThat(index.findAll(List.of("Republic", "of", "China", "-LRB-", "Taiwan", "-RRB-")))
                .extracting(PhraseIndex.Match::end).containsExactly(6);
    }
}
