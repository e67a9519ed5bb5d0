package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;

/**
 * "Hyundai plans to build a plant in India", "the ministry wants to increase Iraq's phone
 * coverage": an intent verb with an infinitive of its own states the intention of that act, and
 * CAMEO codes the intention by the act intended (036 intent to meet, 0354 intent to ease
 * sanctions), which the infinitive's own trigger gives. The verb's generic reading (030, intent
 * to cooperate) then found its target in the intended act's phrase ("India", "Iraq") and was
 * nearly always wrong. A promise, pledge or offer stays: it commits its subject to someone. So
 * does the reading with a noun object ("Ukraine wants closer EU links"). A verb that
 * asks another party ("Cafod wants Britain to use its influence") is an appeal to it (coding
 * guide: "wants X to do Y" is 02), and {@link RequestedActs} drops the act asked.
 */
public final class BareIntents {
    private static final String APPEAL = "020";
    /** Verbs that bind their subject through a that-clause ("assured Iran that Britain would help"). */
    private static final Set<String> ASSURING = Set.of("assure", "guarantee", "promise", "pledge", "vow", "swear");
    /**
     * Verbs that bind their subject to someone: "Libya offered to hand over the suspects",
     * "Kostunica promised to democratise Serbia" are commitments (030) whatever act they promise.
     */
    private static final Set<String> COMMITMENTS = Set.of("promise", "pledge", "vow", "offer", "swear", "commit",
            "undertake", "guarantee");

    /** Threats: like commitments, their infinitive is the act they bind their subject to. */
    private static final Set<String> THREATS = Set.of("threaten", "warn");

    private final CueLexicon cues;

    public BareIntents(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * The triggers without generic intents whose intended act is an infinitive of their own; one
     * that asks another party to act ("wants Britain to use its influence") is an appeal (020).
     */
    public List<Trigger> withoutBareIntents(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !bare(tree, t) && !committedTo(tree, t, found) && !assuredFact(tree, t))
                .map(t -> asksAnother(tree, t) ? appeal(t) : t).toList();
    }

    /**
     * "Obama has offered to send troops to Uganda", "Serb units threatened to shell British
     * forces": a commitment or threat coded by what it commits to or threatens with (a lexicon row
     * naming its object: 0334 offer peacekeeping, 138 threaten force) already is that act; its
     * infinitive is no second event.
     */
    private static boolean committedTo(DependencyTree tree, Trigger t, List<Trigger> found) {
        int h = tree.head(t.token());
        if (!t.verb() || h <= 0 || !tree.baseRelation(t.token()).equals("xcomp")) {
            return false;
        }
        String binding = tree.lemma(h);
        return (COMMITMENTS.contains(binding) || THREATS.contains(binding)) && found.stream()
                .anyMatch(o -> o.token() == h && o.verb() && !o.pattern().objects().isEmpty());
    }

    /**
     * "Tony Blair assured Parliament that 90% of the bill was about tightening regulation": a
     * that-clause with no modal ("would", "will") tells how things are; it commits its subject to
     * nothing, so the generic intention (030) is no event. "Assured Iran that Britain would help"
     * keeps it.
     */
    private static boolean assuredFact(DependencyTree tree, Trigger t) {
        int v = t.token();
        if (!t.verb() || !t.pattern().cameo().equals(CameoCode.GENERIC_INTENT) || !ASSURING.contains(tree.lemma(v))
                || !tree.children(v, "xcomp").isEmpty()) {
            return false;
        }
        List<Integer> clauses = tree.children(v, "ccomp");
        return !clauses.isEmpty() && clauses.stream().noneMatch(c -> tree.children(c, "aux").stream()
                .anyMatch(a -> "MD".equals(tree.token(a).pos())));
    }

    boolean asksAnother(DependencyTree tree, Trigger t) {
        int v = t.token();
        return unboundIntent(tree, t) && asksAParty(tree, v) && infinitive(tree, v);
    }

    /**
     * The verb's object is a party that is to act: a name or a pronoun ("wants Britain to", "wants
     * them to"), not a thing ("proposed a plan to destroy the homes" proposes the plan).
     */
    static boolean asksAParty(DependencyTree tree, int v) {
        return tree.hasChild(v, o -> tree.baseRelation(o).equals("obj") && (TriggerFinder.named(tree.token(o))
                || "PRP".equals(tree.token(o).pos())));
    }

    private static Trigger appeal(Trigger t) {
        TriggerDictionary.Pattern p = t.pattern();
        TriggerDictionary.Pattern asked = p.recoded(APPEAL, p.origin() + " +asks-another");
        return new Trigger(t.sentence(), t.token(), asked, t.verb());
    }

    /**
     * An intent verb with an infinitive of its own, or a generic one (030) with a thing whose state
     * the infinitive wishes for ("want the EU budget to be capped"): no party is asked, and what is
     * wished is the infinitive's act, coded by its own trigger when it has one. A verb with its own
     * reading keeps it for its object ("will seek EU approval to distil wine" appeals to the EU).
     */
    boolean bare(DependencyTree tree, Trigger t) {
        int v = t.token();
        boolean wishedState = t.pattern().cameo().equals(CameoCode.GENERIC_INTENT) && !asksAParty(tree, v);
        return unboundIntent(tree, t) && infinitive(tree, v) && (tree.children(v, "obj").isEmpty() || wishedState);
    }

    /**
     * An intent verb that binds its subject to no one, whatever its own row: "Putin hopes to meet
     * Erdogan" intends the meeting, no optimistic comment (013); "Iran seeks to expand ties with
     * Russia" intends the ties, no appeal to Russia (020).
     */
    private boolean unboundIntent(DependencyTree tree, Trigger t) {
        String lemma = tree.lemma(t.token());
        return t.verb() && cues.is(lemma, Cue.INTENT_VERB) && !COMMITMENTS.contains(lemma) && !THREATS.contains(lemma);
    }

    private static boolean infinitive(DependencyTree tree, int v) {
        return tree.hasChild(v, c -> tree.baseRelation(c).equals("xcomp") && tree.token(c).isVerb());
    }
}
