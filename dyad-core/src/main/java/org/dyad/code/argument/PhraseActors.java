package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.syntax.DependencyTree;

/**
 * One sentence's tree and actors, and how a noun phrase maps to actor mentions: the mention at its
 * head, else the nearest one inside its own phrase, with the conjuncts of either.
 */
final class PhraseActors {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "around");
    final DependencyTree tree;
    final ArticleActors actors;
    final int sentence;

    PhraseActors(DependencyTree tree, ArticleActors actors, int sentence) {
        this.tree = tree;
        this.actors = actors;
        this.sentence = sentence;
    }

    List<ActorMention> mentionsAt(int token) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : actors.in(sentence)) {
            if (m.covers(token) && m.actor().code() != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The actors a noun phrase names: the mention at its head, else the nearest mention inside
     * its own phrase (not inside a clause hanging from it); then the same for each conjunct.
     */
    List<ActorMention> actorsOf(int head) {
        List<ActorMention> out = new ArrayList<>();
        for (int c : tree.withConjuncts(head)) {
            List<ActorMention> at = mentionsAt(c);
            if (!at.isEmpty()) {
                out.addAll(at); // a name with several codes stands for all of them
                continue;
            }
            ActorMention inside = nearestInside(c);
            if (inside != null) {
                // "ties with Mordor, Rohan and Bree": the conjuncts of the name found inside
                for (int k : tree.withConjuncts(tokenOf(inside, c))) {
                    out.addAll(mentionsAt(k));
                }
                if (!out.contains(inside)) {
                    out.add(inside);
                }
            }
        }
        return out;
    }

    /** The token of the phrase under head that the mention covers, nearest the head. */
    private int tokenOf(ActorMention m, int head) {
        int best = m.last();
        int bestDepth = Integer.MAX_VALUE;
        for (int k : phrase(head)) {
            if (m.covers(k) && depth(k, head) < bestDepth) {
                best = k;
                bestDepth = depth(k, head);
            }
        }
        return best;
    }

    private ActorMention nearestInside(int head) {
        ActorMention best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int k : phrase(head)) {
            for (ActorMention m : mentionsAt(k)) {
                int d = depth(k, head);
                if (d < bestDepth) {
                    best = m;
                    bestDepth = d;
                }
            }
        }
        return best;
    }

    /** The noun phrase under head, without clauses, conjuncts or the places it happens in attached to it. */
    private List<Integer> phrase(int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int c : tree.children(head)) {
            String r = tree.baseRelation(c);
            if (!r.equals("acl") && !r.equals("conj") && !r.equals("cc") && !r.equals("appos")
                    && !r.equals("punct") && !r.equals("advcl") && !r.equals("parataxis") && !whereNotWho(head, c)) {
                out.addAll(phrase(c));
            }
        }
        return out;
    }

    /**
     * "a bomb blast in central Baghdad", "a meeting in Chad": a place phrase of a noun that names no
     * person or body says where, not who. After "the government", "officials" or "police" it says
     * whose ("the government in Baghdad").
     */
    private boolean whereNotWho(int head, int c) {
        return tree.baseRelation(c).equals("nmod") && LOCATIVE.contains(tree.preposition(c))
                && !actors.sectorWordAt(sentence, head) && mentionsAt(head).isEmpty();
    }

    private int depth(int k, int head) {
        int d = 0;
        for (int x = k; x != head && x > 0 && d < 60; x = tree.head(x)) {
            d++;
        }
        return d;
    }
}
