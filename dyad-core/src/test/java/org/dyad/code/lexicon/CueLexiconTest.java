package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.code.data.DataFileException;
import org.dyad.code.data.TsvRow;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The narrowed cue rows of cues.tsv, read without a parser. */
class CueLexiconTest {
    private final CueLexicon cues = CueLexicon.shipped();

    private static Token token(String word, String lemma, String pos) {
        return new Token(1, word, lemma, pos, "O", 0, word.length(), -1, null);
    }

    @Test
    void couldHedgesButCanStatesAbility() {
        assertThat(cues.is("could", Cue.HEDGE_MODAL)).isTrue();
        assertThat(cues.is("might", Cue.HEDGE_MODAL)).isTrue();
        assertThat(cues.is("can", Cue.HEDGE_MODAL)).isFalse();
    }

    @Test
    void putIsSpeechOnlyWithItsObject() {
        assertThat(cues.is("say", Cue.SPEECH)).isTrue();
        assertThat(cues.is("put", Cue.SPEECH)).as("bare 'put' needs the parse to show 'put it'").isFalse();
    }

    @Test
    void onlyPluralPartyNounsOrPronounsStandForTheParties() {
        assertThat(cues.standsForParties(token("countries", "country", "NNS"))).isTrue();
        assertThat(cues.standsForParties(token("sides", "side", "NNS"))).isTrue();
        assertThat(cues.standsForParties(token("governments", "government", "NNS"))).isTrue();
        assertThat(cues.standsForParties(token("both", "both", "DT"))).isTrue();
        assertThat(cues.standsForParties(token("they", "they", "PRP"))).isTrue();
        assertThat(cues.standsForParties(token("country", "country", "NN"))).isFalse();
        assertThat(cues.standsForParties(token("state", "state", "NN"))).isFalse();
        assertThat(cues.standsForParties(token("government", "government", "NN"))).isFalse();
        assertThat(cues.standsForParties(token("ministers", "minister", "NNS"))).as("not a party word").isFalse();
    }

    @Test
    void aRowWithAnObjectConditionIsNoBareCueAndABadConditionIsReportedWithItsLine() {
        CueLexicon lex = CueLexicon.read(List.of(new TsvRow("cues.tsv", 3, List.of("put", "SPEECH", "obj=it,that")),
                new TsvRow("cues.tsv", 4, List.of("say", "SPEECH"))));
        assertThat(lex.is("put", Cue.SPEECH)).isFalse();
        assertThat(lex.is("say", Cue.SPEECH)).isTrue();
        assertThatThrownBy(() -> CueLexicon.read(List.of(new TsvRow("cues.tsv", 7, List.of("put", "SPEECH", "prt=it")))))
                .isInstanceOf(DataFileException.class).hasMessageContaining("cues.tsv:7").hasMessageContaining("prt=it");
    }
}
