package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.actor.HomeCountry;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.Event;

/**
 * Parties a sentence does not name but its context does: plural stand-ins ("the countries") and
 * argument-less triggers take the parties of the latest event nearby (a noun only when it names the
 * same kind of act); a sanction or embargo noun inside another clause ("Iran marked the lifting of
 * the embargo") has that clause's subject as target; a noun with a target but no source takes the
 * person the article is following. Reads the drafts coded so far, returns new {@link Arguments}.
 */
public final class ContextParties {
    private static final int CONTEXT_SENTENCES = 2;
    /** Prepositions of whom an appeal is made to: "called on", "appealed to". */
    private static final Set<String> ADDRESSEE_PREPS = Set.of("on", "upon", "to");
    /** How a reported clause hangs from its speech verb, whose subject is a speaker, not a participant. */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");
    /** The authority that does a coercion when no agent is named: police (COP) or courts (JUD). */
    private static final Map<String, String> AUTHORITY_OF = Map.of("arrest", "COP", "detain", "COP", "charge", "COP",
            "jail", "JUD", "imprison", "JUD", "sentence", "JUD", "convict", "JUD", "fine", "JUD");
    private static final Set<String> PUBLIC_APPEALS = Set.of("call", "urge", "demand", "appeal",
            "petition", "lobby");

    /** Rules of a noun act whose doer the sentence leaves open on purpose. */
    private static final Set<String> DOER_LEFT_OPEN = Set.of(ArgumentFinder.REQUESTED, ArgumentFinder.REASON_PHRASE,
            ArgumentFinder.TOPIC_OF_ANOTHER_ACT, ArgumentFinder.PREVENTED, ArgumentFinder.ENDURED);

    /**
     * Verbs whose subject receives, marks or faces a yielding or a sanction ("Iran marked the lifting
     * of the embargo", "Syria could face sanctions"), rather than doing it ("signed an order for the
     * sanctions", "dismissed protests over the suspension of the judge").
     */
    private static final Set<String> RECEIVING = Set.of("mark", "celebrate", "commemorate", "welcome", "hail",
            "face", "risk", "suffer", "endure", "await", "expect", "seek", "win", "receive", "obtain", "secure", "get");

    /** Prepositions of a verb's setting, when and where, under which a noun act is not done to its subject. */
    private static final Set<String> SETTING = Set.of("in", "at", "before", "after", "during", "since", "until",
            "following", "amid", "ahead");

    private final ArgumentFinder arguments;

    public ContextParties(ArgumentFinder arguments) {
        this.arguments = arguments;
    }

    public Arguments complete(DependencyTree tree, Trigger t, Arguments args, ArticleActors found,
            List<EventDraft> drafts) {
        boolean plural = arguments.pluralSubject(tree, t.token());
        if (args.sources().isEmpty() && !t.verb() && affectsMatrixSubject(t)
                && !args.rule().equals(ArgumentFinder.TOPIC_OF_ANOTHER_ACT)) {
            List<ActorMention> matrix = matrixSubject(tree, t.token(), found);
            if (!matrix.isEmpty() && args.targets().isEmpty()) {
                return new Arguments(List.of(), matrix, "matrix-participant");
            }
        }
        if (!args.isEmpty() && !(plural && args.sources().isEmpty())) {
            // the doer of a protest, a sanction or an act of force is never guessed from who the article
            // follows: "the attack on Iraq" in an interview is not the interviewee's, "the kidnapping of
            // a BBC journalist" not the Palestinian president's named a sentence before
            if (args.sources().isEmpty() && !t.verb() && !namesItsPair(tree, t) && !doerLeftOpen(tree, t, args)
                    && !doerNamedBeside(tree, t, plural) && !CameoCode.isCoercive(t.pattern().cameo())) {
                ActorMention src = recentOtherParty(found, t.sentence(), args.targets());
                if (src != null) {
                    return new Arguments(List.of(src), args.targets(), "context-source");
                }
            }
            return args;
        }
        // "they"/"we" stand for the last two parties only when the text named them as a pair
        // ("Russian-Iranian cooperation …" / "we have been cooperating")
        boolean pairPronoun = !plural && arguments.pluralOrPronounSubject(tree, t.token());
        EventDraft recent = t.verb() && !plural && !pairPronoun ? null : recentDraft(drafts, t.sentence());
        if (recent != null && pairPronoun && !namedAsPair(recent)) {
            recent = null;
        }
        if (recent != null && recent.source() != null && recent.target() != null
                && (t.verb() ? samePolarity(recent.trigger(), t) && withEachOther(tree, t) : namedAgain(recent.trigger(), t))
                && !namesNonActorCounterpart(tree, t, found) && !doerNamedBeside(tree, t, plural)) {
            return new Arguments(List.of(recent.source()), List.of(recent.target()), "context-dyad");
        }
        return args;
    }

    /** An event whose two parties the text named together: "Russian-Iranian cooperation", "Israel and Egypt met". */
    private static boolean namedAsPair(EventDraft d) {
        return d.rule().startsWith("noun-pair") || d.rule().startsWith("noun-between") || d.rule().contains("+reciprocal");
    }

    /**
     * The noun's doer is someone the sentence does not name, on purpose: an act asked for ("called
     * for an investigation"), a reason ("sanctions over its support for Russia"), another act's
     * topic ("brokering the talks"), one owned by "its"/"their", which points at a body, not at
     * the person the article last named, or a predicate noun whose subject the parse gives.
     */
    private static boolean doerLeftOpen(DependencyTree tree, Trigger t, Arguments args) {
        if (DOER_LEFT_OPEN.contains(args.rule()) || !tree.children(t.token(), "nsubj").isEmpty()) {
            return true; // a predicate noun with a subject of its own ("they would not be a threat") names its doer
        }
        return tree.hasChild(t.token(), c -> tree.relation(c).equals("nmod:poss")
                && ArgumentFinder.OWNER_PRONOUNS.contains(tree.token(c).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Insurgents in Iraq carried out a series of attacks", "the statesmen are linking the calls
     * for his resignation to…": the verb that carries a noun act names its own subject, a noun that
     * is no stand-in for parties already named ("both sides", "the two countries"). Whether or not
     * it is a coded actor, it is not the last event's party.
     */
    private static boolean doerNamedBeside(DependencyTree tree, Trigger t, boolean plural) {
        int n = t.token();
        int governor = tree.head(n);
        if (governor > 0 && tree.token(governor).isNoun() && tree.preposition(n).equals("of")) {
            governor = tree.head(governor); // "carried out a series of attacks"
        }
        if (t.verb() || plural || governor <= 0) {
            return false;
        }
        return tree.children(governor, "nsubj").stream()
                .anyMatch(s -> s != n && tree.token(s).pos().startsWith("NN"));
    }

    /**
     * "cooperation between the Iraqi government and the Kurdistan regional government": the noun
     * names both its parties, so an uncoded one is unknown, not someone from an earlier sentence.
     */
    private static boolean namesItsPair(DependencyTree tree, Trigger t) {
        return tree.children(t.token(), "nmod").stream().anyMatch(c -> tree.preposition(c).equals("between"));
    }

    /**
     * CAMEO's convention for protests (root 14) that name no target: they are directed at the
     * government of the country where they happen, else of the protesters' own country.
     */
    public static Arguments protestTarget(Trigger t, Arguments args, Event.Place place) {
        if (!t.pattern().cameo().startsWith("14") || !args.targets().isEmpty() || args.sources().isEmpty()) {
            return args;
        }
        ActorMention src = args.sources().get(0);
        String country = place != null && place.country() != null ? place.country() : src.actor().country();
        if (country == null || t.pattern().cameo().equals("140") && country.equals(src.actor().country()) && theStateItself(src)) {
            // "Japan protested" is a state's diplomatic protest, not one against its own government;
            // demonstrations, strikes and riots (141-145) are never a state's, whatever the parser made the subject
            return args;
        }
        var government = ActorCodes.actor(place != null ? place.name() : country, country, country, List.of("GOV"));
        ActorMention target = new ActorMention(t.sentence(), t.token(), t.token(), government, ActorDictionary.Kind.COUNTRY);
        return new Arguments(args.sources(), List.of(target), args.rule() + "+protest-target");
    }

    /** The state as a whole or its government: "Japan", "Tokyo", "the Japanese government". */
    static boolean theStateItself(ActorMention m) {
        List<String> sectors = m.actor().sectors();
        boolean named = m.kind() == ActorDictionary.Kind.COUNTRY || m.kind() == ActorDictionary.Kind.CAPITAL
                || m.kind() == ActorDictionary.Kind.SEAT;
        return sectors.contains("GOV") || named && sectors.isEmpty();
    }

    /**
     * Who arrests, charges and jails when the text does not say: "Nick Griffin was arrested on
     * Tuesday", "James Ford was jailed for at least 15 years". A passive coercion (CAMEO 17) with no
     * agent and a coded person or group as what it befalls is the act of the police (arrest, detain,
     * charge) or the courts (jail, sentence, convict, fine) of where it happened: the place the
     * sentence names; else the article's home country, when that is the undergoer's own and the
     * sentence names no other country's actor (coding guide, section 1: a passive act is coded when
     * its agent is clear from the article). A modal or an infinitive ("can be jailed", "are going
     * to be detained") is a rule stated, not an act, and gets none.
     */
    public static Arguments coercingAuthority(DependencyTree tree, Trigger t, Arguments args, ArticleActors found,
            Event.Place place) {
        String sector = t.verb() ? AUTHORITY_OF.get(t.pattern().lemma()) : null;
        if (sector == null || !args.sources().isEmpty() || args.targets().isEmpty() || !args.rule().startsWith("passive")
                || !t.pattern().cameo().startsWith("17") || ruleStated(tree, t.token())) {
            return args;
        }
        String placed = place != null ? place.country() : null;
        String country = placed != null ? placed : found.home().map(HomeCountry::country).orElse(null);
        boolean ownCountry = args.targets().stream()
                .allMatch(m -> country != null && country.equals(m.actor().country()));
        // "the Britons were detained as part of the US-led war on terror": another country named
        // leaves the home country's police in doubt
        boolean otherCountry = found.in(t.sentence()).stream().anyMatch(m -> m.actor().country() != null
                && !m.actor().country().equals(country) && !args.targets().contains(m));
        if (country == null || placed == null && (!ownCountry || otherCountry) || foreignForces(args, country)) {
            return args;
        }
        // no words of the text name it: the place, else the country code, as for a protest's target
        var authority = ActorCodes.actor(placed != null ? place.name() : country, country, country, List.of(sector));
        String kb = placed != null ? "place:" + placed : found.home().get().ruleText();
        ActorMention source = new ActorMention(t.sentence(), t.token(), t.token(), authority,
                ActorDictionary.Kind.COUNTRY, kb);
        return new Arguments(List.of(source), args.targets(), args.rule() + "+implied-authority");
    }

    /**
     * "Two American soldiers have been charged with assaulting detainees at a base in Uruzgan":
     * another country's armed forces answer to their own, not to the police or courts of where they serve.
     */
    private static boolean foreignForces(Arguments args, String country) {
        return args.targets().stream().anyMatch(m -> m.actor().sectors().contains("MIL")
                && m.actor().country() != null && !m.actor().country().equals(country));
    }

    /** "can be jailed", "are going to be detained", "to be arrested": a modal or an infinitive states a rule. */
    private static boolean ruleStated(DependencyTree tree, int verb) {
        return tree.children(verb).stream().anyMatch(c -> {
            String r = tree.baseRelation(c);
            String pos = tree.token(c).pos();
            return r.equals("aux") && ("MD".equals(pos) || "TO".equals(pos)) || r.equals("mark");
        }) || !"VBN".equals(tree.token(verb).pos());
    }

    /**
     * An appeal or demand (roots 02, 10) a domestic party makes with no addressee ("the opposition
     * called for an inquiry", "unions demanded a pay rise") is directed at its own government, as
     * protests are: when the source is of the article's home country and not its government.
     */
    public static Arguments appealTarget(DependencyTree tree, Trigger t, Arguments args, ArticleActors found) {
        String root = t.pattern().cameo().substring(0, 2);
        // only a public appeal made by its grammatical subject: "when asked", "pressed on whether",
        // "the Tory proposals" name no appeal to the government; nor one made to someone the
        // sentence names but no code fits ("urged students to make their mark", "urged Muslims
        // not to vote Labour"): they are its addressees, not the government
        boolean publicAppeal = t.verb() && PUBLIC_APPEALS.contains(t.pattern().lemma()) && "subject".equals(args.rule())
                && !addressed(tree, t.token());
        if (!(root.equals("02") || root.equals("10")) || !publicAppeal || !args.targets().isEmpty()
                || args.sources().isEmpty() || found.home().isEmpty()) {
            return args;
        }
        ActorMention src = args.sources().get(0);
        HomeCountry home = found.home().get();
        if (!home.country().equals(src.actor().country()) || src.actor().sectors().contains("GOV")) {
            return args;
        }
        ActorMention target = home.government(t.sentence(), t.token(), t.token(), home.country());
        return new Arguments(args.sources(), List.of(target), args.rule() + "+appeal-target");
    }

    /**
     * The appeal verb has an addressee of its own: an object asked to act ("urged students to
     * vote"; "urged a limit on quangos" asks for a thing of nobody named) or an on/upon/to-phrase.
     */
    private static boolean addressed(DependencyTree tree, int verb) {
        boolean askedToAct = !tree.children(verb, "obj").isEmpty() && !tree.children(verb, "xcomp").isEmpty();
        return askedToAct || tree.children(verb, "obl").stream()
                .anyMatch(o -> ADDRESSEE_PREPS.contains(tree.preposition(o)));
    }

    /**
     * Praise, criticism or rejection (roots 05, 11, 12) of a plan, law or decision that names no
     * owner is aimed at the home government ({@link PolicyOwners}): "the unions attacked the plans".
     */
    public static Arguments policyOwner(DependencyTree tree, Trigger t, Arguments args, ArticleActors found) {
        String root = t.pattern().cameo().substring(0, 2);
        if (!(root.equals("05") || root.equals("11") || root.equals("12")) || !args.targets().isEmpty()
                || args.sources().isEmpty() || foreignSources(args.sources(), found)) {
            return args;
        }
        List<Integer> objects = new ArrayList<>(TriggerFinder.objects(tree, t.token(), t.verb() ? 'V' : 'N'));
        String particle = t.pattern().particle();
        if (objects.isEmpty() && particle != null) {
            // "voted against the plans": what a phrasal reading acts on is its preposition's object
            objects.addAll(tree.children(t.token(), "obl").stream().filter(o -> tree.preposition(o).equals(particle)).toList());
        }
        List<ActorMention> owner = PolicyOwners.ownerOf(tree, objects, found, t.sentence());
        // "President Bush signed an aid package", "the Home Office defended the proposals": the
        // government backing a plan with no owner named backs its own, toward nobody (an unowned
        // plan it rejects or attacks is more often another party's, whose country it shares)
        boolean ownPlan = root.equals("05") && owner.stream().allMatch(o -> args.sources().stream()
                .allMatch(src -> Objects.equals(src.actor().code(), o.actor().code())));
        return owner.isEmpty() || ownPlan ? args : new Arguments(args.sources(), owner, args.rule() + "+policy-owner");
    }

    /**
     * "U.S. lawmakers say the bailout plan failed" in a story about Zimbabwe: an unowned plan is the
     * home government's only for a source of the home country (or of none); a foreign source judges
     * a plan of its own country as often, so the owner is left open.
     */
    private static boolean foreignSources(List<ActorMention> sources, ArticleActors found) {
        String home = found.home().map(HomeCountry::country).orElse(null);
        return sources.stream().allMatch(m -> m.actor().country() != null && !m.actor().country().equals(home));
    }

    /**
     * Carrying a dyad over from cooperation to conflict (or back) is nearly always wrong: "we have
     * been cooperating … in the fight against terrorism" is no fight between the cooperating parties.
     */
    private static boolean samePolarity(Trigger before, Trigger now) {
        return conflict(before) == conflict(now);
    }

    /**
     * A bare noun takes the latest dyad only when it names that event again: with the same word
     * ("the appeal" after "appealing for aid") or a word the earlier reading took as its object ("the
     * talks" after "held talks", "the deal" after "signed an agreement"). Another act of the
     * same kind is as often a new one with other parties: "accusations" after "blaming", "the
     * agreement reached between Iraq and the KRG" after a minister's welcome, "prosecutions" after
     * "detention" (read on 450 BBC, re3d and VOA text, nearly all such borrowings were wrong).
     */
    private static boolean namedAgain(Trigger before, Trigger now) {
        String noun = now.pattern().lemma();
        return before.pattern().lemma().equals(noun) || before.pattern().objects().contains(noun);
    }

    /**
     * "Both sides agreed", "the two countries met", "we support each other": a plural subject is
     * the last two parties acting with each other. An act a pair does toward a third ("the two
     * leaders called for all religions to be respected", "all parties must coordinate to provide
     * aid") is no act of one toward the other.
     */
    private static boolean withEachOther(DependencyTree tree, Trigger t) {
        return ArgumentFinder.RECIPROCAL_ROOTS.contains(t.pattern().cameo().substring(0, 2))
                || ArgumentFinder.eachOther(tree, t.token());
    }

    private static boolean conflict(Trigger t) {
        return CameoCode.quadClassOf(t.pattern().cameo().substring(0, 2)) >= 3;
    }

    /** A noun that names its own counterpart ("fight against terrorism") but no actor there has none to borrow. */
    private static boolean namesNonActorCounterpart(DependencyTree tree, Trigger t, ArticleActors found) {
        if (t.verb()) {
            return false;
        }
        int sentence = tree.sentence().index();
        for (int k : tree.children(t.token(), "nmod")) {
            if (!tree.preposition(k).isEmpty() && !"of".equals(tree.preposition(k))
                    && found.at(sentence, k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean affectsMatrixSubject(Trigger t) {
        String root = t.pattern().cameo().substring(0, 2);
        return root.equals("08") || root.equals("16");
    }

    private static List<ActorMention> matrixSubject(DependencyTree tree, int n, ArticleActors found) {
        if (tree.baseRelation(n).equals("compound")) {
            return List.of(); // "takes reports of sanctions violations seriously": a modifier names no act done
        }
        for (int c = n, k = tree.head(n), steps = 0; k > 0 && steps < 6; c = k, k = tree.head(k), steps++) {
            if (REPORTED.contains(tree.baseRelation(c))) {
                return List.of(); // "Blair said there could be no concession": the speaker concedes nothing here
            }
            if (tree.token(k).isVerb()) {
                if (tree.baseRelation(c).equals("obl") && SETTING.contains(tree.preposition(c))) {
                    return List.of(); // "In a statement before the suspension of the idea, the Assembly said…"
                }
                if (!RECEIVING.contains(tree.lemma(k))) {
                    return List.of(); // "Bush signed an order for the sanctions", "referred it for sanctions": the doer
                }
                List<ActorMention> out = new ArrayList<>();
                for (int s : tree.children(k, "nsubj")) {
                    found.at(tree.sentence().index(), s).ifPresent(out::add);
                }
                return out;
            }
        }
        return List.of();
    }

    private static EventDraft recentDraft(List<EventDraft> drafts, int sentence) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EventDraft d = drafts.get(i);
            if (sentence - d.sentence() <= CONTEXT_SENTENCES) {
                return d;
            }
        }
        return null;
    }

    /**
     * The latest person of another party named in the previous sentences: who the article is
     * following ("General Bagheri … negotiations with X"). Countries and places named in passing
     * are not taken: they are rarely the agent of the next sentence's event.
     */
    private static ActorMention recentOtherParty(ArticleActors found, int sentence, List<ActorMention> targets) {
        for (int s = sentence - 1; s >= 0 && s >= sentence - CONTEXT_SENTENCES; s--) {
            List<ActorMention> ms = found.in(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                ActorMention m = ms.get(i);
                if (m.kind() == ActorDictionary.Kind.PERSON && m.actor().code() != null
                        && targets.stream().noneMatch(m::sameParty)) {
                    return m;
                }
            }
        }
        return null;
    }
}
