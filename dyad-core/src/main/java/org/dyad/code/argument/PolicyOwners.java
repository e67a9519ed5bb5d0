package org.dyad.code.argument;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.syntax.DependencyTree;

/**
 * Whose plan, law or decision is judged when the sentence names no owner ("the new law is poorly
 * drafted", "the Tories attacked the plans"): in a story about one country, its government's —
 * the coding guide's "owner of the plan, law or decision being attacked or backed" (section 1).
 * A phrase that names an actor of its own ("the Tory plans") or a possessor ("his party's plans")
 * is left to the argument finder; so is any phrase when the article has no clear home country.
 */
final class PolicyOwners {
    private static final Set<String> POLICY = Set.of("law", "legislation", "bill", "plan", "policy", "budget", "measure",
            "proposal", "decision", "scheme", "reform", "target", "strategy", "programme", "program", "regulation",
            "ban", "initiative", "manifesto", "review", "tax", "move", "increase", "rise", "cut", "change", "rule",
            "announcement", "package", "crackdown", "restriction");

    private PolicyOwners() {
    }

    /** The home government, when one of the phrases headed by {@code heads} is an unowned policy. */
    static List<ActorMention> ownerOf(DependencyTree tree, List<Integer> heads, ArticleActors found, int sentence) {
        if (found.home().isEmpty()) {
            return List.of();
        }
        PhraseActors ctx = new PhraseActors(tree, found, sentence);
        for (int h : heads) {
            String lemma = tree.lemma(h) == null ? "" : tree.lemma(h).toLowerCase(Locale.ROOT);
            // "his party's plans", "their proposals": an owner the text names, just not as an actor
            boolean possessed = !tree.children(h, "nmod:poss").isEmpty();
            if (POLICY.contains(lemma) && !possessed && ctx.actorsOf(h).isEmpty()) {
                return List.of(found.home().get().government(sentence, h, h, tree.token(h).word()));
            }
        }
        return List.of();
    }
}
