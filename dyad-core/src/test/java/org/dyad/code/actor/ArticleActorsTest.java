package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** Whom "he" and "she" stand for: the person an earlier sentence is about, not the last one it names. */
class ArticleActorsTest {

    private static String antecedent(Annotated a, int sentence, int token, String pronoun) {
        return a.actors().lastPersonBefore(sentence, token, pronoun).map(m -> m.actor().text()).orElse(null);
    }

    @Test
    void aPronounInTheNextSentenceIsTheSubjectOfTheOneBefore() {
        Annotated a = Annotated.of("Lib Dem leader Charles Kennedy wrote to US President George W Bush on Monday. "
                + "He wants a phased withdrawal of British troops.");
        assertThat(antecedent(a, 1, 1, "he")).contains("Kennedy");
    }

    @Test
    void inItsOwnSentenceAPronounIsTheLastPersonBeforeIt() {
        Annotated a = Annotated.of("US President George W Bush met Lib Dem leader Charles Kennedy, who said he was pleased.");
        assertThat(antecedent(a, 0, 15, "he")).contains("Kennedy");
    }
}
