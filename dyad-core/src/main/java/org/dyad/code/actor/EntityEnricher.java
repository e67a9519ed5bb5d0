package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Entity;

/**
 * Joins CoreNLP's entities with the actors Dyad resolved: each entity gets its actor, LOCATION
 * and MISC become COUNTRY, CITY, NATIONALITY or ORGANIZATION where the lexicon knows better
 * (CoreNLP calls CSTO a location), and actors NER missed are added.
 */
public final class EntityEnricher {
    private final ActorDictionary dictionary;

    public EntityEnricher(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Entity> enrich(AnnotatedArticle article, ArticleActors actors) {
        List<Entity> out = new ArrayList<>();
        List<ActorMention> unused = new ArrayList<>();
        actors.all().forEach(unused::addAll);
        for (Entity e : article.entities()) {
            ActorMention m = overlapping(article, unused, e.start(), e.end());
            if (m == null || m.actor().code() == null) {
                out.add(e);
                continue;
            }
            unused.remove(m);
            out.add(new Entity(e.text(), refine(e.type(), m), e.start(), e.end(), e.value(), e.unit(), m.actor()));
        }
        for (ActorMention m : unused) {
            if (m.actor().code() == null) {
                continue;
            }
            AnnotatedSentence s = article.sentences().get(m.sentence());
            int start = s.token(m.first()).start();
            int end = s.token(m.last()).end();
            if (out.stream().noneMatch(e -> e.start() < end && start < e.end())) {
                out.add(new Entity(article.body().substring(start, end), refine("O", m), start, end, null, null, m.actor()));
            }
        }
        addTitles(article, out);
        out.sort(Comparator.comparingInt(Entity::start));
        return out;
    }

    /** Person titles ("Defense Minister", "Chief of the General Staff") as TITLE entities. */
    private void addTitles(AnnotatedArticle article, List<Entity> out) {
        for (AnnotatedSentence s : article.sentences()) {
            for (ActorDictionary.SectorWords w : dictionary.sectors(s.tokens())) {
                if (!w.title()) {
                    continue;
                }
                int start = s.token(w.first()).start();
                int end = s.token(w.last()).end();
                if (out.stream().noneMatch(e -> e.start() < end && start < e.end())) {
                    out.add(new Entity(article.body().substring(start, end), "TITLE", start, end, null, null, null));
                }
            }
        }
    }

    private static ActorMention overlapping(AnnotatedArticle a, List<ActorMention> mentions, int start, int end) {
        for (ActorMention m : mentions) {
            AnnotatedSentence s = a.sentences().get(m.sentence());
            int ms = s.token(m.first()).start();
            int me = s.token(m.last()).end();
            if (ms < end && start < me) {
                return m;
            }
        }
        return null;
    }

    private static String refine(String nerType, ActorMention m) {
        return switch (m.kind()) {
            case PERSON -> "PERSON";
            case COUNTRY -> "COUNTRY";
            case CAPITAL -> "CITY";
            case DEMONYM -> "NATIONALITY";
            case IGO, INSTITUTION, GROUP -> "ORGANIZATION";
            case SEAT -> "O".equals(nerType) ? "ORGANIZATION" : nerType;
        };
    }
}
