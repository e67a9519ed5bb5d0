package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Certainty;
import org.dyad.model.CleanArticle;
import org.dyad.model.Entity;
import org.dyad.model.Token;

/**
 * Articles, actors and drafts built by hand for the article passes, which need no parser:
 * sentences are written as tagged words ("With/IN the/DT talks/NNS/talk"), lemma = the word in
 * lower case unless given third.
 */
final class HandMade {
    static final EventDater.Dated PUBLISHED = new EventDater.Dated("2024-03-15", "day", "published");

    private final List<AnnotatedSentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<List<ActorMention>> mentions = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();

    /** Adds a sentence of tagged words; its actor mentions are added with {@link #actor}. */
    HandMade sentence(String tagged) {
        if (body.length() > 0) {
            body.append(' ');
        }
        int start = body.length();
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] f = w.split("/");
            if (body.length() > start) {
                body.append(' ');
            }
            int from = body.length();
            body.append(f[0]);
            String lemma = f.length > 2 ? f[2] : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(tokens.size() + 1, f[0], lemma, f[1], "O", from, body.length(), -1, null));
        }
        sentences.add(new AnnotatedSentence(sentences.size(), start, body.length(), tokens, false));
        mentions.add(new ArrayList<>());
        return this;
    }

    /** A coded actor (code null: a person of no known country) on the last sentence's token {@code token}. */
    HandMade actor(int token, String text, String code, ActorDictionary.Kind kind) {
        int s = sentences.size() - 1;
        mentions.get(s).add(mention(s, token, text, code, kind));
        return this;
    }

    /** A MONEY entity on the first occurrence of {@code text} in the last sentence. */
    HandMade money(String text, double value) {
        AnnotatedSentence s = sentences.get(sentences.size() - 1);
        int at = body.indexOf(text, s.start());
        entities.add(new Entity(text, "MONEY", at, at + text.length(), Double.toString(value), "USD", null));
        return this;
    }

    AnnotatedArticle article() {
        CleanArticle clean = new CleanArticle("test", null, null, "2024-03-15", null, null, "en", body.toString(), List.of());
        return new AnnotatedArticle(clean, sentences, entities);
    }

    ArticleActors actors() {
        return new ArticleActors(mentions, List.of());
    }

    static ActorMention mention(int sentence, int token, String text, String code, ActorDictionary.Kind kind) {
        String country = code == null || code.startsWith("IGO") ? null : code.substring(0, 3);
        List<String> sectors = code == null || code.length() <= 3 ? List.of() : List.of(code.substring(3));
        return new ActorMention(sentence, token, token,
                new Actor(text, code, country, sectors.isEmpty() ? null : sectors.get(0), sectors), kind);
    }

    static ActorMention country(int sentence, String code) {
        return mention(sentence, 1, code, code, ActorDictionary.Kind.COUNTRY);
    }

    static Trigger trigger(int sentence, int token, String lemma, String cameo, boolean verb) {
        return new Trigger(sentence, token, new TriggerDictionary.Pattern(lemma, verb ? 'V' : 'N', cameo, null,
                Set.of(), Set.of(), List.of(), false, "test:" + lemma), verb);
    }

    static EventDraft draft(Trigger t, ActorMention source, ActorMention target) {
        return new EventDraft(t, source, target, Certainty.ASSERTED, null, PUBLISHED, null, List.of(), "subject");
    }
}
