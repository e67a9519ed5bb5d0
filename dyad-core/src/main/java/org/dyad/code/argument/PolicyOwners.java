package org.dyad.code.argument;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary.Kind;
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

    /**
     * "attacked UK policy", "criticised Iranian plans": a country or nationality that only modifies
     * a policy word stands for that country's government, whose policy it is (CAMEO codes "US
     * policy" as the US government). Other mentions are returned as they are.
     */
    static ActorMention governmentOfPolicy(DependencyTree tree, ActorMention m) {
        if (!policyModifier(tree, m) || !m.actor().sectors().isEmpty() || m.actor().country() == null) {
            return m;
        }
        return new ActorMention(m.sentence(), m.first(), m.last(),
                ActorCodes.actor(m.actor().text(), m.actor().code(), m.actor().country(), List.of("GOV")), m.kind(), m.kb());
    }

    /** A country or nationality of this sentence hung on a policy word as its modifier ("UK policy"). */
    static boolean policyModifier(DependencyTree tree, ActorMention m) {
        if (m.kind() != Kind.COUNTRY && m.kind() != Kind.DEMONYM || m.sentence() != tree.sentence().index()) {
            return false;
        }
        String rel = tree.relation(m.last());
        int head = tree.head(m.last());
        return (rel.equals("compound") || rel.equals("amod")) && head > m.last() && tree.lemma(head) != null
                && POLICY.contains(tree.lemma(head).toLowerCase(Locale.ROOT));
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
