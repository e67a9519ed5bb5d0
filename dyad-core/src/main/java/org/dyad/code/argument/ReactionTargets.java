package org.dyad.code.argument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;

/**
 * "NATO condemned the attack", "Iran rejected the sanctions", "China criticised the move": a
 * reaction to an act the article has just told is aimed at whoever did that act. The object must
 * point back: a definite noun ("the", "this", "such") with no party of its own. The act it points
 * to is the latest one told before it with a doer, within a few sentences:
 * <ul>
 * <li>of the same CAMEO root when the noun names an act ("the attack" after "drones struck", both
 * 19; "the sanctions" after "imposed sanctions");</li>
 * <li>any act of the same or the previous sentence when the noun only says there was one ("the
 * move", "the decision": cue {@code REFERRED_ACT}).</li>
 * </ul>
 * The rule gains {@code +reaction-target}.
 */
public final class ReactionTargets {
    /** Approval, disapproval, rejection: the roots whose object is often an earlier act. */
    private static final Set<String> REACTION_ROOTS = Set.of("05", "11", "12");
    private static final String DENY = "016";
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "such");
    /** How many sentences back an act named again ("the attack") may have been told. */
    private static final int NAMED_ACT_REACH = 3;
    /** How far back "the move" reaches: the act just told. */
    private static final int GENERIC_ACT_REACH = 1;

    private final CueLexicon cues;

    public ReactionTargets(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * The arguments with the referred act's doer as target, when {@code t} reacts to one and no
     * target was found; else {@code args} unchanged.
     *
     * @param sentenceTriggers every trigger of the sentence, to read what act the object noun names
     * @param before           the drafts told so far in the article, in order
     */
    public Arguments complete(DependencyTree tree, Trigger t, Arguments args, ArticleActors found,
            List<Trigger> sentenceTriggers, List<EventDraft> before) {
        if (!args.targets().isEmpty() || !t.verb() || !reaction(t)) {
            return args;
        }
        for (int obj : tree.children(t.token(), "obj")) {
            Optional<ActorMention> owner = pronounOwner(tree, obj, found, t, args);
            if (owner.isPresent()) {
                return new Arguments(args.sources(), List.of(owner.get()), args.rule() + "+owner");
            }
            if (!pointsBack(tree, obj, found, t.sentence())) {
                continue;
            }
            Optional<EventDraft> act = referredAct(tree, obj, t, sentenceTriggers, before);
            if (act.isPresent() && args.sources().stream().noneMatch(s -> s.sameParty(act.get().source()))) {
                return new Arguments(args.sources(), List.of(act.get().source()), args.rule() + "+reaction-target");
            }
        }
        return args;
    }

    /**
     * "Tehran rejected its offer", "Kyiv welcomed their decision": the owner of what is reacted to,
     * a pronoun for the last party named before it that is not the reacting one ("his"/"her": the
     * last person, "its"/"their": the last country or body), in this sentence or the one before.
     */
    private static Optional<ActorMention> pronounOwner(DependencyTree tree, int obj, ArticleActors found, Trigger t,
            Arguments args) {
        if (tree.subtree(obj).stream().anyMatch(k -> found.at(t.sentence(), k).isPresent())) {
            return Optional.empty();
        }
        for (int c : tree.children(obj, "nmod:poss")) {
            String w = tree.token(c).word().toLowerCase(Locale.ROOT);
            boolean person = w.equals("his") || w.equals("her");
            if (person || ArgumentFinder.OWNER_PRONOUNS.contains(w)) {
                return lastPartyBefore(found, t.sentence(), c, person, args.sources(), !t.pattern().cameo().startsWith("05"));
            }
        }
        return Optional.empty();
    }

    /**
     * @param othersOnly skip the reacting party: nobody rejects or condemns their own offer, while
     *                   "Russia defended its offer" is Russia's own, and no dyad
     */
    private static Optional<ActorMention> lastPartyBefore(ArticleActors found, int sentence, int token, boolean person,
            List<ActorMention> sources, boolean othersOnly) {
        for (int s = sentence; s >= 0 && s >= sentence - 1; s--) {
            List<ActorMention> ms = found.in(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                ActorMention m = ms.get(i);
                boolean before = s < sentence || m.last() < token;
                boolean kind = (m.kind() == ActorDictionary.Kind.PERSON) == person;
                if (before && kind && m.actor().code() != null) {
                    boolean self = sources.stream().anyMatch(m::sameParty);
                    if (!self) {
                        return Optional.of(m);
                    }
                    if (!othersOnly) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean reaction(Trigger t) {
        String cameo = t.pattern().cameo();
        return REACTION_ROOTS.contains(cameo.substring(0, 2)) || cameo.equals(DENY);
    }

    /** "the attack", "this move": a definite noun whose phrase names no party. */
    private static boolean pointsBack(DependencyTree tree, int obj, ArticleActors found, int sentence) {
        if (!tree.token(obj).isNoun() || "NNP".equals(tree.token(obj).pos())) {
            return false;
        }
        boolean definite = tree.hasChild(obj, c -> tree.baseRelation(c).equals("det")
                && DEFINITE.contains(tree.token(c).word().toLowerCase(Locale.ROOT)));
        return definite && tree.subtree(obj).stream().noneMatch(k -> found.at(sentence, k).isPresent());
    }

    private Optional<EventDraft> referredAct(DependencyTree tree, int obj, Trigger t, List<Trigger> sentenceTriggers,
            List<EventDraft> before) {
        Optional<String> named = sentenceTriggers.stream().filter(o -> o.token() == obj && !o.verb())
                .map(o -> o.pattern().cameo().substring(0, 2)).findFirst();
        if (named.isPresent()) {
            return namedAct(tree.lemma(obj), named.get(), told(before, t, obj, NAMED_ACT_REACH));
        }
        if (cues.is(tree.lemma(obj), Cue.REFERRED_ACT)) {
            return told(before, t, obj, GENERIC_ACT_REACH).stream()
                    .filter(d -> !d.cameo().startsWith("01") && !REACTION_ROOTS.contains(d.cameo().substring(0, 2)))
                    .reduce((a, b) -> b);
        }
        return Optional.empty();
    }

    /**
     * The act "the attack" names: the latest of its root told with the same word ("the attack"
     * after "attacked"), else the latest of its root if every such act had one doer. Two doers
     * ("drones struck", "the air force shot down") leave it open: no target rather than a guess.
     */
    private static Optional<EventDraft> namedAct(String noun, String root, List<EventDraft> told) {
        List<EventDraft> sameRoot = told.stream().filter(d -> d.cameo().startsWith(root)).toList();
        Optional<EventDraft> sameWord = sameRoot.stream().filter(d -> d.trigger().pattern().lemma().equals(noun))
                .reduce((a, b) -> b);
        if (sameWord.isPresent() || sameRoot.isEmpty()) {
            return sameWord;
        }
        EventDraft latest = sameRoot.get(sameRoot.size() - 1);
        boolean oneDoer = sameRoot.stream().allMatch(d -> d.source().sameParty(latest.source()));
        return oneDoer ? Optional.of(latest) : Optional.empty();
    }

    /** Acts with a doer told before the object, in order, no further back than {@code reach} sentences. */
    private static List<EventDraft> told(List<EventDraft> before, Trigger t, int obj, int reach) {
        return before.stream()
                .filter(d -> t.sentence() - d.sentence() <= reach && d.source() != null)
                .filter(d -> d.sentence() < t.sentence() || d.trigger().token() < obj)
                .toList();
    }
}
