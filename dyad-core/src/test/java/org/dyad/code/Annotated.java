package org.dyad.code;

import java.util.List;
import java.util.Locale;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ActorResolver;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.actor.LexiconActorDictionary;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.LexiconTriggerDictionary;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;

/**
 * Test fixture for the sentence stages: a text annotated by the shared CoreNLP annotator with
 * every sentence parsed, and the stage inputs built from it (the article, a sentence's
 * {@link DependencyTree}, the {@link ArticleActors} from the shipped lexicons), so a test states
 * sentences and asserts what one stage returns. CoreNLP loads once per test JVM.
 */
public final class Annotated {
    private static ActorDictionary actorDictionary;
    private static TriggerDictionary triggerDictionary;

    private final AnnotatedArticle article;
    private final ArticleActors actors;

    private Annotated(AnnotatedArticle article, ArticleActors actors) {
        this.article = article;
        this.actors = actors;
    }

    /** The text published on 2024-03-15, people resolved with an empty registry. */
    public static Annotated of(String text) {
        return of(text, "2024-03-15", PersonRegistry.empty());
    }

    /** @param published ISO date or null (an article with no date) */
    public static Annotated of(String text, String published, PersonRegistry registry) {
        CleanArticle clean = new CleanArticle("test", null, null, published, null, null, "en", text, List.of());
        AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(clean, SentenceFilter.ALL);
        return new Annotated(a, new ActorResolver(actorDictionary(), registry).resolve(a));
    }

    public static synchronized ActorDictionary actorDictionary() {
        if (actorDictionary == null) {
            actorDictionary = LexiconActorDictionary.shipped();
        }
        return actorDictionary;
    }

    public static synchronized TriggerDictionary triggerDictionary() {
        if (triggerDictionary == null) {
            triggerDictionary = LexiconTriggerDictionary.shipped();
        }
        return triggerDictionary;
    }

    public static CueLexicon cues() {
        return CueLexicon.shipped();
    }

    public AnnotatedArticle article() {
        return article;
    }

    public ArticleActors actors() {
        return actors;
    }

    public DependencyTree tree(int sentence) {
        return new DependencyTree(article.sentences().get(sentence));
    }

    /** The first sentence's tree. */
    public DependencyTree tree() {
        return tree(0);
    }

    /** 1-based index of the first token written {@code word} (case-insensitive) in a sentence. */
    public int token(int sentence, String word) {
        var tokens = article.sentences().get(sentence).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
                return i + 1;
            }
        }
        throw new AssertionError("no token '" + word + "' in sentence " + sentence + ": " + tokens);
    }

    /** The triggers the shipped lexicon finds in a sentence. */
    public List<Trigger> triggers(int sentence) {
        return new TriggerFinder(triggerDictionary()).find(tree(sentence));
    }

    /** The trigger on the word {@code word} in a sentence; fails when there is none. */
    public Trigger trigger(int sentence, String word) {
        int k = token(sentence, word);
        return triggers(sentence).stream().filter(t -> t.token() == k).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger on '" + word + "' in " + triggers(sentence)));
    }

    public Trigger trigger(String word) {
        return trigger(0, word);
    }

    /** The actor mentions of a sentence whose text contains {@code text}. */
    public List<ActorMention> mentions(int sentence, String text) {
        return actors.in(sentence).stream().filter(m -> m.actor().text().contains(text)).toList();
    }

    /** The one mention of a sentence whose text contains {@code text}; fails when there is none. */
    public ActorMention mention(int sentence, String text) {
        List<ActorMention> ms = mentions(sentence, text);
        if (ms.isEmpty()) {
            throw new AssertionError("no actor '" + text + "' in sentence " + sentence + ": " + actors.in(sentence));
        }
        return ms.get(0);
    }
}
