package org.dyad.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.CueLexicon.Cue;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Certainty;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * The article-level passes that run after every sentence is coded, because they need context
 * beyond one sentence: a verbless fragment that completes the sentence before it, the same event
 * told twice, and later sentences that qualify an event or give its amount.
 */
final class ArticlePasses {
    private final CueLexicon cues;

    ArticlePasses(CueLexicon cues) {
        this.cues = cues;
    }

    void apply(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        completeFromFragments(article, found, drafts);
        mergeRepeats(drafts);
        qualifyByLaterMentions(article, drafts);
    }

    /**
     * An article that tells the same event twice ("arrived in Moscow for a visit"; "the embargo
     * … lifted on 18 October" and later "the ban was lifted a year ago") gives one event, not two:
     * same CAMEO code, parties that agree where both are known, compatible dates and places. The
     * first telling is kept, completed by the later one (a missing party, a more precise date).
     */
    private static void mergeRepeats(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft same = kept.stream().filter(k -> repeats(k, d)).findFirst().orElse(null);
            if (same == null) {
                kept.add(d);
                continue;
            }
            if (same.source == null) {
                same.source = d.source;
            }
            if (same.target == null) {
                same.target = d.target;
            }
            if (same.place == null) {
                same.place = d.place;
            }
            if (!"text".equals(same.dated.source()) && "text".equals(d.dated.source())) {
                same.dated = d.dated;
            }
        }
        drafts.retainAll(kept);
    }

    private static boolean repeats(EventDraft a, EventDraft b) {
        return a.trigger.pattern().cameo().equals(b.trigger.pattern().cameo())
                && agree(a.source, b.source) && agree(a.target, b.target)
                && distinctParties(a.source != null ? a.source : b.source, a.target != null ? a.target : b.target)
                && datesAgree(a.dated, b.dated)
                && (a.place == null || b.place == null || a.place.name().equals(b.place.name()));
    }

    private static boolean distinctParties(ActorMention source, ActorMention target) {
        return source == null || target == null || !source.sameParty(target);
    }

    private static boolean agree(ActorMention a, ActorMention b) {
        return a == null || b == null || a.sameParty(b);
    }

    private static boolean datesAgree(EventDater.Dated a, EventDater.Dated b) {
        if (a.date() == null || b.date() == null || !"text".equals(a.source()) || !"text".equals(b.source())) {
            return true;
        }
        return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
    }

    /** "Iran wants to create a club … With the participation of Russia and China." */
    private static void completeFromFragments(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        List<EventDraft> added = new ArrayList<>();
        for (EventDraft d : drafts) {
            int next = d.trigger.sentence() + 1;
            if (d.target != null || !d.trigger.verb() || next >= article.sentences().size() || !isFragment(article.sentences().get(next))) {
                continue;
            }
            boolean first = true;
            for (ActorMention m : found.in(next)) {
                if (m.actor().code() == null || d.source != null && d.source.sameParty(m)) {
                    continue;
                }
                if (first) {
                    d.target = m;
                    d.rule = d.rule + "+fragment-target";
                    first = false;
                } else {
                    EventDraft copy = new EventDraft(d.trigger, d.source, m,
                            new CertaintyClassifier.Verdict(d.certainty, d.attributedTo), d.dated, d.place,
                            d.objectLemmas, d.rule);
                    added.add(copy);
                }
            }
        }
        drafts.addAll(added);
    }

    private static boolean isFragment(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && "IN".equals(tokens.get(0).pos()) && tokens.stream().noneMatch(Token::isVerb);
    }

    /**
     * A later sentence that speaks of "the contract" with a hedge ("the possible amount of the
     * contract", "judging by the words of…") weakens the event, and its sums of money belong to it.
     */
    private void qualifyByLaterMentions(AnnotatedArticle article, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            for (AnnotatedSentence s : article.sentences()) {
                boolean own = s.index() == d.trigger.sentence();
                if (!own && (s.index() < d.trigger.sentence() || !mentionsDefinite(s, d.objectLemmas))) {
                    continue;
                }
                Certainty qualifier = own ? d.certainty : hedgeOf(s);
                if (!own && qualifier != Certainty.ASSERTED) {
                    d.certainty = CertaintyClassifier.stronger(d.certainty, Certainty.HEDGED);
                }
                for (Entity money : DyadEventCoder.entitiesIn(article, s, "MONEY")) {
                    if (money.value() != null && (!own || d.amounts.isEmpty())) {
                        d.amounts.add(new Event.Amount(money.text(), money.start(), money.end(),
                                Double.parseDouble(money.value()), money.unit(), qualifier.label()));
                    }
                }
            }
        }
    }

    private static boolean mentionsDefinite(AnnotatedSentence s, List<String> lemmas) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (lemmas.contains(t.get(i).lemma()) && "the".equalsIgnoreCase(t.get(i - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private Certainty hedgeOf(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (cues.is(l, Cue.HYPOTHETICAL_ADJECTIVE) || cues.is(l, Cue.HEDGE_ADVERB) || cues.is(l, Cue.HEDGE_VERB)
                    || cues.is(l, Cue.HEDGE_ADJECTIVE)) {
                return Certainty.HEDGED;
            }
        }
        return Certainty.ASSERTED;
    }
}
