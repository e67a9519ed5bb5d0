package org.dyad.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.actor.LexiconActorDictionary;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.code.article.ArticlePass;
import org.dyad.code.article.ArticlePasses;
import org.dyad.code.cameo.LexiconCodeBook;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.place.LexiconGazetteer;
import org.dyad.code.trigger.LexiconTriggerDictionary;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;
import org.junit.jupiter.api.Test;

/** One bad pass or event never costs the document: it becomes a warning, the rest is coded. */
class CoderFailureIsolationTest {
    private static final String TEXT = "Russia signed a military cooperation agreement with Iran on Monday.\n\n"
            + "Iran's president visited Moscow on Tuesday.";

    private static AnnotatedArticle article() {
        CleanArticle a = new CleanArticle("isolation", null, null, "2021-10-26", null, null, "en", TEXT, List.of());
        return CoreNlpAnnotator.shared().annotate(a, tokens -> true);
    }

    private static DyadEventCoder coder(List<ArticlePass> passes) {
        return new DyadEventCoder(LexiconActorDictionary.shipped(), LexiconTriggerDictionary.shipped(),
                LexiconCodeBook.shipped(), LexiconGazetteer.shipped(), PersonRegistry.empty(),
                new KnownNames(ActorKnowledgeBase.shipped()), passes);
    }

    @Test
    void aFailingPassIsSkippedWithAWarningAndTheEventsStay() {
        ArticlePass broken = new ArticlePass() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<EventDraft> apply(AnnotatedArticle article, ArticleActors actors, List<EventDraft> drafts) {
                throw new NullPointerException("party is null");
            }
        };
        List<ArticlePass> passes = new ArrayList<>(ArticlePasses.standard(CueLexicon.shipped()));
        passes.add(1, broken);
        AnnotatedArticle article = article();

        DyadEventCoder.Coding withBroken = coder(passes).codeAll(article);
        DyadEventCoder.Coding standard = coder(ArticlePasses.standard(CueLexicon.shipped())).codeAll(article);

        assertThat(withBroken.warnings()).singleElement().asString()
                .startsWith("coder: pass broken skipped").contains("party is null");
        assertThat(withBroken.events()).isEqualTo(standard.events()).isNotEmpty();
        assertThat(standard.warnings()).isEmpty();
    }

    @Test
    void aPersonWithNoCodeIsOfNoPartyNotOfTheSameParty() {
        Actor nobody = new Actor("Jane Doe", null, null, null, List.of());
        ActorMention a = new ActorMention(0, 1, 2, nobody, ActorDictionary.Kind.PERSON);
        ActorMention b = new ActorMention(0, 4, 5, nobody, ActorDictionary.Kind.PERSON);
        assertThat(a.sameParty(b)).isFalse();
    }
}
