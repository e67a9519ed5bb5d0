package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.certainty.CertaintyClassifier;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Certainty;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * A later sentence that speaks of the event's object again ("the possible amount of the contract",
 * "judging by the words of…") weakens the event when it hedges, and its sums of money belong to
 * the event. The event's own sentence gives its first sum.
 */
public final class LaterQualifiers implements ArticlePass {
    private final CueLexicon cues;

    public LaterQualifiers(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public String name() {
        return "later-qualifiers";
    }

    @Override
    public List<EventDraft> apply(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            out.add(qualified(article, d));
        }
        return out;
    }

    private EventDraft qualified(AnnotatedArticle article, EventDraft d) {
        EventDraft q = d;
        for (AnnotatedSentence s : article.sentences()) {
            boolean own = s.index() == d.sentence();
            if (!own && (s.index() < d.sentence() || !mentionsDefinite(s, d.objectLemmas()))) {
                continue;
            }
            Certainty qualifier = own ? q.certainty() : hedgeOf(s);
            if (!own && qualifier != Certainty.ASSERTED) {
                q = q.withCertainty(CertaintyClassifier.stronger(q.certainty(), Certainty.HEDGED));
            }
            for (Entity money : article.entitiesIn(s, "MONEY")) {
                if (money.value() != null && (!own || q.amounts().isEmpty())) {
                    q = q.plusAmount(new Event.Amount(money.text(), money.start(), money.end(),
                            Double.parseDouble(money.value()), money.unit(), qualifier.label()));
                }
            }
        }
        return q;
    }

    /** "the contract" after an event whose object was "contract". */
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
