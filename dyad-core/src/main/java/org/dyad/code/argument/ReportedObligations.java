package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Token;

/**
 * Saying that another party must act is a demand on it: "a British minister reiterated that Libya
 * must hand over the bombers" is GBR → LBY 100, "China must drop barriers to U.S. exports, the
 * administration declared" USA → CHN 100. The coding guide codes a saying as the act when it is an
 * act toward someone (§4); an obligation laid on a party other than the speaker is such an act. The
 * act that must be done is still coded on its own, as not yet done. "Should" only advises, and a
 * party that lays an obligation on itself ("we must be ready") demands nothing of anyone.
 */
public final class ReportedObligations {
    /** CAMEO 100: make a demand, not specified below. */
    static final String DEMAND = "100";
    static final String ORIGIN = "reported-obligation";
    private static final String MUST = "must";

    /** A speech verb's demand and on whom it is laid. */
    public record Demand(Trigger trigger, List<ActorMention> targets) {
        public Demand {
            targets = List.copyOf(targets);
        }
    }

    private ReportedObligations() {
    }

    /** Quick test on tagged tokens, before any parse: could a statement here lay an obligation? */
    public static boolean mayDemand(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> "MD".equals(t.pos()) && MUST.equalsIgnoreCase(t.word()));
    }

    /**
     * The demand a speech verb makes when what it reports is that a party other than its speakers
     * must act: that party is the target. Empty when no such party is named.
     */
    public static Optional<Demand> demand(DependencyTree tree, Trigger speech, ArticleActors found,
            List<ActorMention> speakers) {
        if (speakers.isEmpty() || !ReportedEvaluations.statementMade(tree, speech)) {
            return Optional.empty();
        }
        PhraseActors ctx = new PhraseActors(tree, found, tree.sentence().index());
        List<ActorMention> obliged = new ArrayList<>();
        for (int clause : ReportedEvaluations.reportedClauses(tree, speech.token())) {
            if (!tree.hasChild(clause, a -> tree.baseRelation(a).equals("aux") && MUST.equals(tree.lemma(a)))) {
                continue;
            }
            for (int s : tree.children(clause, "nsubj")) {
                ctx.sourcesOf(s).stream()
                        .filter(m -> speakers.stream().noneMatch(m::sameParty) && !obliged.contains(m))
                        .forEach(obliged::add);
            }
        }
        return obliged.isEmpty() ? Optional.empty()
                : Optional.of(new Demand(new Trigger(speech.sentence(), speech.token(),
                        speech.pattern().recoded(DEMAND, ORIGIN), true), obliged));
    }
}
