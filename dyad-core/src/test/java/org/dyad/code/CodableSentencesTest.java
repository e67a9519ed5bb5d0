package org.dyad.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.code.argument.ReportedEvaluations;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** Which sentences get parsed: those with a possible trigger and a party that can get a code. Stories written for the test. */
class CodableSentencesTest {
    private final CodableSentences codable = new CodableSentences(Annotated.actorDictionary(),
            new TriggerFinder(Annotated.triggerDictionary()), Annotated.cues(), PersonRegistry.empty(),
            new KnownNames(ActorKnowledgeBase.shipped()), ReportedEvaluations.shipped());

    /** Which of the text's sentences the filter, shown the whole article first, would parse. */
    private List<Boolean> parsed(String text) {
        List<List<Token>> sentences = Annotated.of(text).article().sentences().stream().map(AnnotatedSentence::tokens)
                .toList();
        SentenceFilter filter = codable.forArticle().seeing(sentences);
        return sentences.stream().map(filter::test).toList();
    }

    @Test
    void aSentenceNeedsATriggerAndAPartyThatCanBeCoded() {
        assertThat(parsed("Russia criticised Iran. The weather was fine in the capital. Harold Pemberton praised Mary Gwynne."))
                .containsExactly(true, false, false);
    }

    @Test
    void inADomesticStoryUnplacedNamesArePartiesToo() {
        // Britain is named three times and nothing else: a domestic story, whose names the resolver places
        String uk = "Britain's economy grew. The UK budget was published. British officials met. ";
        assertThat(parsed(uk + "Harold Pemberton praised Mary Gwynne.")).containsExactly(false, false, true, true);
    }

    @Test
    void aPlainStatementIsParsedOnlyWhenMadeToSomeoneOrJudgingSomeone() {
        assertThat(parsed("Russia said the weather was fine. Russia told Iran the weather was fine. "
                + "Russia said to Iran that the weather was fine. Russia said Iran's plan was reckless. "
                + "Russia said it would attack Georgia."))
                .containsExactly(false, true, true, true, true);
    }

    @Test
    void theStatesOwnBodiesArePartiesInAnyStory() {
        // nothing makes this story domestic to the lexicon; the resolver still places "the government"
        assertThat(parsed("Harold Pemberton has called on the government to free the men.")).containsExactly(true);
        assertThat(parsed("Harold Pemberton has called on Mary Gwynne to free the men.")).containsExactly(false);
    }
}
