package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Certainty;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * An act told inside quotation marks is what someone says, not what the article asserts:
 * <i>"We destroyed their bases. We will not stop," the commander said.</i> The first sentence has
 * no speech verb of its own, so its act would read as asserted. Quotation marks are followed across
 * sentences; an asserted act inside them becomes reported, attributed to the speaker of the speech
 * verb after the closing mark in the quote's last sentence (or before the opening one). A quote
 * whose speaker the text does not name is left alone: scraped pages are full of stray marks.
 */
public final class QuotedSpeech implements ArticlePass {
    private static final Set<String> OPENING = Set.of("``", "\u201c");
    private static final Set<String> CLOSING = Set.of("''", "\u201d");
    private static final String STRAIGHT = "\"";
    private static final int MAX_QUOTED_SENTENCES = 6;
    /** How many tokens from a quotation mark its speech verb may be ('," Russian Defence Minister Sergei Shoigu said'). */
    private static final int ATTRIBUTION_REACH = 8;

    private final CueLexicon cues;

    public QuotedSpeech(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public String name() {
        return "quoted-speech";
    }

    /** A stretch of quoted tokens: from (sentence, token) to (sentence, token), both inside. */
    record Quote(int fromSentence, int fromToken, int toSentence, int toToken) {
        boolean covers(int sentence, int token) {
            boolean afterStart = sentence > fromSentence || sentence == fromSentence && token >= fromToken;
            boolean beforeEnd = sentence < toSentence || sentence == toSentence && token <= toToken;
            return afterStart && beforeEnd;
        }
    }

    @Override
    public List<EventDraft> apply(AnnotatedArticle article, ArticleActors actors, List<EventDraft> drafts) {
        List<Quote> quotes = quotes(article);
        if (quotes.isEmpty()) {
            return drafts;
        }
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft d : drafts) {
            Optional<Quote> q = quotes.stream().filter(x -> x.covers(d.sentence(), d.trigger().token())).findFirst();
            if (q.isEmpty() || d.certainty() != Certainty.ASSERTED) {
                out.add(d);
                continue;
            }
            // stray marks are common in scraped text: only a quote whose speaker the text names counts
            Event.Attribution speaker = speaker(article, actors, q.get());
            out.add(speaker == null ? d : d.withCertainty(Certainty.REPORTED)
                    .withAttributedTo(d.attributedTo() != null ? d.attributedTo() : speaker));
        }
        return out;
    }

    /**
     * The quoted stretches of the article, in order. A quote left open at the end of a paragraph
     * ends there, unless the next paragraph opens with a quotation mark (how a quote running over
     * several paragraphs is printed); one that never closes within a paragraph is no quote.
     */
    static List<Quote> quotes(AnnotatedArticle article) {
        List<Quote> out = new ArrayList<>();
        String body = article.body();
        int openSentence = -1;
        int openToken = -1;
        AnnotatedSentence previous = null;
        for (AnnotatedSentence s : article.sentences()) {
            if (openSentence >= 0 && previous != null && paragraphBreak(body, previous, s)) {
                boolean continued = !s.tokens().isEmpty() && OPENING.contains(s.tokens().get(0).word());
                if (!continued) {
                    out.add(new Quote(openSentence, openToken, previous.index(), previous.tokens().size()));
                    openSentence = -1;
                }
            }
            if (openSentence >= 0 && s.index() - openSentence > MAX_QUOTED_SENTENCES) {
                openSentence = -1; // a lost closing mark: do not let one quote swallow the article
            }
            previous = s;
            for (Token t : s.tokens()) {
                String w = t.word();
                boolean straight = STRAIGHT.equals(w);
                if (openSentence < 0 && (OPENING.contains(w) || straight)) {
                    openSentence = s.index();
                    openToken = t.index();
                } else if (openSentence >= 0 && (CLOSING.contains(w) || straight)) {
                    out.add(new Quote(openSentence, openToken, s.index(), t.index()));
                    openSentence = -1;
                }
            }
        }
        return out;
    }

    private static boolean paragraphBreak(String body, AnnotatedSentence before, AnnotatedSentence after) {
        int from = Math.min(before.end(), body.length());
        int to = Math.min(Math.max(after.start(), from), body.length());
        return body.substring(from, to).contains("\n");
    }

    /** '…," the commander said.' after the quote, else 'The commander said: "…' before it. */
    private Event.Attribution speaker(AnnotatedArticle article, ArticleActors actors, Quote q) {
        // the attribution sits right at the marks ('," the commander said', 'said: "'); a speech
        // verb further off belongs to another quote or to none
        Event.Attribution after = speakerIn(article, actors, q.toSentence(), q.toToken() + 1, q.toToken() + ATTRIBUTION_REACH);
        return after != null ? after
                : speakerIn(article, actors, q.fromSentence(), q.fromToken() - ATTRIBUTION_REACH, q.fromToken() - 1);
    }

    private Event.Attribution speakerIn(AnnotatedArticle article, ArticleActors actors, int sentence, int from, int to) {
        AnnotatedSentence s = article.sentences().get(sentence);
        if (!s.parsed()) {
            return null;
        }
        DependencyTree tree = new DependencyTree(s);
        for (int k = Math.max(1, from); k <= tree.size() && k <= to; k++) {
            if (!tree.token(k).isVerb() || !cues.is(tree, k, Cue.SPEECH)) {
                continue;
            }
            for (int subject : tree.subjects(k)) {
                for (int w : tree.subtree(subject)) {
                    Optional<ActorMention> m = actors.at(sentence, w);
                    if (m.isPresent()) {
                        return new Event.Attribution(m.get().actor().text(), m.get().actor().code());
                    }
                }
            }
        }
        return null;
    }
}
