package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * A verbless fragment that completes the sentence before it gives that sentence's event its
 * targets: "Iran wants to create a club … With the participation of Russia and China." One draft
 * per coded party of the fragment (the first fills the target, the others are copies).
 */
public final class FragmentTargets implements ArticlePass {

    @Override
    public String name() {
        return "fragment-target";
    }

    @Override
    public List<EventDraft> apply(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>();
        List<EventDraft> added = new ArrayList<>();
        for (EventDraft d : drafts) {
            int next = d.sentence() + 1;
            if (d.target() != null || !d.trigger().verb() || next >= article.sentences().size()
                    || !isFragment(article.sentences().get(next))) {
                out.add(d);
                continue;
            }
            EventDraft completed = d;
            for (ActorMention m : found.in(next)) {
                if (m.actor().code() == null || d.source() != null && d.source().sameParty(m)) {
                    continue;
                }
                if (completed == d) {
                    completed = d.withTarget(m).withRule(d.rule() + "+fragment-target");
                } else {
                    added.add(d.withTarget(m));
                }
            }
            out.add(completed);
        }
        out.addAll(added);
        return out;
    }

    /** Opens with a preposition and has no verb: "With the participation of Russia and China." */
    static boolean isFragment(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && "IN".equals(tokens.get(0).pos()) && tokens.stream().noneMatch(Token::isVerb);
    }
}
