package org.dyad.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class TimeCuesTest {
    /** Tokens from "word/TAG/NER" triples; offsets do not matter here. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] f = w.split("/");
            out.add(new Token(out.size() + 1, f[0], f[0].toLowerCase(), f[1], f.length > 2 ? f[2] : "O", 0, 0, -1, null));
        }
        return out;
    }

    @Test
    void timeWordsAndDateShapedNumbersAreCues() {
        assertThat(TimeCues.mayHoldTime(tokens("Talks/NNS ended/VBD on/IN Tuesday/NNP"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Profits/NNS rose/VBD in/IN 2004/CD/NUMBER"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("It/PRP opened/VBD in/IN the/DT 1990s/CD"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Signed/VBN 2021-10-26/CD"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("Sales/NNS fell/VBD for/IN three/CD months/NNS"))).isTrue();
    }

    @Test
    void amountsCountsAndNumberWordsAreNot() {
        assertThat(TimeCues.mayHoldTime(tokens("It/PRP paid/VBD $/$/MONEY 5bn/CD/MONEY"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("Shares/NNS rose/VBD 3.5/CD/PERCENT %/NN/PERCENT"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("Three/CD new/JJ firms/NNS hired/VBD 120/CD/NUMBER staff/NN"))).isFalse();
    }

    @Test
    void ambiguousWordsNeedTheirTimeSense() {
        assertThat(TimeCues.mayHoldTime(tokens("Prices/NNS may/MD fall/VB"))).isFalse();
        assertThat(TimeCues.mayHoldTime(tokens("Talks/NNS resume/VBP in/IN May/NNP"))).isTrue();
        assertThat(TimeCues.mayHoldTime(tokens("It/PRP closes/VBZ in/IN the/DT fall/NN"))).isTrue();
    }

    @Test
    void aTokenTheNumberTaggerMarkedAsTimeIsACue() {
        assertThat(TimeCues.mayHoldTime(tokens("for/IN a/DT fortnight/NN/DURATION"))).isTrue();
    }

    @Test
    void windowsSurroundTheCuesAndMergeWhenTheyOverlap() {
        List<Token> t = tokens("Profits/NNS at/IN the/DT firm/NN rose/VBD 5/CD %/NN in/IN 2004/CD and/CC fell/VBD"
                + " again/RB after/IN the/DT new/JJ chief/NN arrived/VBD on/IN Monday/NNP ./.");
        assertThat(TimeCues.windows(t, 2, 2)).containsExactly(new int[] {6, 11}, new int[] {16, 20});
        assertThat(TimeCues.windows(t, 5, 5)).containsExactly(new int[] {3, 20});
        assertThat(TimeCues.windows(tokens("Shares/NNS rose/VBD"), 4, 4)).isEmpty();
    }

    @Test
    void windowsReachFurtherBeforeTheCueThanAfterIt() {
        List<Token> t = tokens("Growth/NN slowed/VBD in/IN the/DT first/JJ half/NN of/IN next/JJ year/NN ,/,"
                + " analysts/NNS said/VBD on/IN Friday/NNP");
        // "year" (8) reaches back to "the" (3); "Friday" (13) to the end
        assertThat(TimeCues.windows(t, 5, 3)).containsExactly(new int[] {3, 14});
        assertThat(TimeCues.windows(t, 2, 1)).containsExactly(new int[] {6, 10}, new int[] {11, 14});
    }
}
