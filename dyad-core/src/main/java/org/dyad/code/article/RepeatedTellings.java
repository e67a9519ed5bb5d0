package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Certainty;

/**
 * An article that tells the same event twice ("arrived in Moscow for a visit"; "the embargo …
 * lifted on 18 October" and later "the ban was lifted a year ago") gives one event, not two: same
 * CAMEO code, parties that agree where both are known, compatible dates and places. The first
 * telling is kept, completed by the later one (a missing party, a place, a date the text states),
 * unless only the later one names both parties: then it is kept, so the event's sentence names who
 * did what to whom ("World leaders are hailing the elections" … "President Bush congratulated the
 * Afghan people" is Bush's event on the second sentence, not the first with Bush borrowed).
 */
public final class RepeatedTellings implements ArticlePass {
    /** Coercion (17), assault (18), fighting (19), mass violence (20): acts done to someone named. */
    private static final int FIRST_FORCE_ROOT = 17;
    /** Objects that name the act, not whom it was done to: "opened fire", "launched an offensive". */
    private static final Set<String> ACT_WORDS = Set.of("fire", "attack", "offensive", "operation", "war", "strike",
            "raid", "assault", "campaign", "battle", "fight", "fighting", "shot", "round", "volley", "barrage");

    @Override
    public String name() {
        return "merge-repeats";
    }

    @Override
    public List<EventDraft> apply(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        for (EventDraft d : drafts) {
            int same = indexOfRepeat(kept, d);
            if (same < 0) {
                kept.add(d);
            } else {
                EventDraft first = kept.get(same);
                // the telling that names both parties is the one a reader can check against its sentence
                kept.set(same, whole(d) && !whole(first) ? completed(d, first) : completed(first, d));
            }
        }
        return kept;
    }

    private static boolean whole(EventDraft d) {
        return d.source() != null && d.target() != null;
    }

    private static int indexOfRepeat(List<EventDraft> kept, EventDraft d) {
        for (int i = 0; i < kept.size(); i++) {
            if (repeats(kept.get(i), d)) {
                return i;
            }
        }
        return -1;
    }

    private static EventDraft completed(EventDraft first, EventDraft later) {
        EventDraft c = first;
        if (c.source() == null) {
            c = c.withSource(later.source());
        }
        if (c.target() == null) {
            c = c.withTarget(later.target());
        }
        if (c.place() == null) {
            c = c.withPlace(later.place());
        }
        if (!"text".equals(c.dated().source()) && "text".equals(later.dated().source())) {
            c = c.withDated(later.dated());
        }
        return c;
    }

    static boolean repeats(EventDraft a, EventDraft b) {
        return a.cameo().equals(b.cameo()) && sameModality(a.certainty(), b.certainty())
                && agree(a.source(), b.source()) && agree(a.target(), b.target())
                && distinctParties(a.source() != null ? a.source() : b.source(),
                        a.target() != null ? a.target() : b.target())
                && datesAgree(a.dated(), b.dated()) && oneActOfForce(a, b)
                && (a.place() == null || b.place() == null || a.place().name().equals(b.place().name()));
    }

    /**
     * A threat to shoot down aircraft and an attack that happened are two events, though both code
     * 190: what is told as fact merges only with facts, and an intention, condition or denial only
     * with its own kind.
     */
    private static boolean sameModality(Certainty a, Certainty b) {
        return a == b || factual(a) && factual(b);
    }

    private static boolean factual(Certainty c) {
        return c == Certainty.ASSERTED || c == Certainty.REPORTED || c == Certainty.HEDGED;
    }

    /**
     * Force and coercion (roots 17-20) told in two sentences are one act only when both name one of
     * its parties and, when both name what it was done to, share a word for it. A sentence naming
     * only who killed and another naming only who was attacked ("Relatives of 100 Iranians
     * killed…", "The commandoes stormed a dormitory housing Israelis") are most often two of the
     * many acts of force an article tells, and joining them would make a dyad neither states; so
     * are acts done to what the sentences name as different ("gunmen killed a university professor
     * in Quetta", "the three policemen were killed in Nairobi"). Words for the act itself ("opened
     * fire", "launched an offensive") name nobody it was done to. Within a sentence ("attacked a
     * truck stop, killing seven people"), and for acts an article tells once ("the embargo …
     * lifted", "the ban was lifted"), the parts of one act complete each other.
     */
    private static boolean oneActOfForce(EventDraft a, EventDraft b) {
        int root = Integer.parseInt(a.cameo().substring(0, 2));
        if (root < FIRST_FORCE_ROOT || a.sentence() == b.sentence()) {
            return true;
        }
        boolean sharedParty = a.source() != null && b.source() != null || a.target() != null && b.target() != null;
        List<String> as = undergoers(a);
        List<String> bs = undergoers(b);
        return sharedParty && (as.isEmpty() || bs.isEmpty() || as.stream().anyMatch(bs::contains));
    }

    private static List<String> undergoers(EventDraft d) {
        return d.objectLemmas().stream().filter(w -> !ACT_WORDS.contains(w)).toList();
    }

    private static boolean distinctParties(ActorMention source, ActorMention target) {
        return source == null || target == null || !source.sameParty(target);
    }

    /**
     * Parties agree when one is unknown, or both are of one country or body and, where both name a
     * sector, share one: "rebels killed police officers" and "rebels killed members of the armed
     * forces" are two acts (COLCOP, COLMIL); "Iraq" and "Iraqi police" may be one.
     */
    private static boolean agree(ActorMention a, ActorMention b) {
        if (a == null || b == null) {
            return true;
        }
        List<String> as = a.actor().sectors();
        List<String> bs = b.actor().sectors();
        return a.sameParty(b) && (as.isEmpty() || bs.isEmpty() || as.stream().anyMatch(bs::contains));
    }

    private static boolean datesAgree(EventDater.Dated a, EventDater.Dated b) {
        if (a.date() == null || b.date() == null || !"text".equals(a.source()) || !"text".equals(b.source())) {
            return true;
        }
        return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
    }
}
