package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    private static CodedSentence inGroup(String group) {
        return new CodedSentence("r", group, "text", true, null, null, null, null, List.of(), false);
    }

    @Test
    void sentencesOfOneGroupShareAFoldAndFoldsAreAllUsed() {
        CrossValidation cv = new CrossValidation(5, new HeadTrainer(1, 1, 1, 1e-4), 42);
        assertThat(cv.foldOf(inGroup("drafted:bbc/politics/001.txt")))
                .isEqualTo(cv.foldOf(inGroup("drafted:bbc/politics/001.txt")));
        java.util.Set<Integer> folds = new java.util.HashSet<>();
        for (int i = 0; i < 100; i++) {
            folds.add(cv.foldOf(inGroup("g" + i)));
        }
        assertThat(folds).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void wireCopiesOfOneSentenceShareAGroupAcrossCorpora() {
        assertThat(PloverExamples.textGroup("Libya has offered to hand over two suspects, a paper said."))
                .isEqualTo(PloverExamples.textGroup("Libya has offered to hand over two suspects , a paper said ."));
    }

    @Test
    void dyadMatchesLikeTheMulticopedScorer() {
        String gold = "a Swiss court rejected the Croatian government request";
        List<ActorSpan> spans = List.of(new ActorSpan(ActorSpan.Role.S, 0, 13), new ActorSpan(ActorSpan.Role.T, 23, 47));
        String text = "Meanwhile, a Swiss court rejected the Croatian government's request.";
        List<ActorSpan> right = List.of(new ActorSpan(ActorSpan.Role.S, text.indexOf("a Swiss"), text.indexOf(" rejected")),
                new ActorSpan(ActorSpan.Role.T, text.indexOf("the Croatian"), text.indexOf("'s")));
        List<ActorSpan> swapped = List.of(new ActorSpan(ActorSpan.Role.T, right.get(0).start(), right.get(0).end()),
                new ActorSpan(ActorSpan.Role.S, right.get(1).start(), right.get(1).end()));
        assertThat(CrossValidation.dyadMatches(gold, spans, text, right)).isTrue();
        assertThat(CrossValidation.dyadMatches(gold, spans, text, swapped)).isFalse();
    }
}
