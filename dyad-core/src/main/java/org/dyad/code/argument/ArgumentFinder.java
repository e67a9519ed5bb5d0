package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.RequestedActs;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.Token;

/**
 * Finds source and target of a trigger in the dependency tree. Verbs: the subject (or the "by"
 * agent of a passive) is the source; the object, or an oblique with a target preposition
 * ("with Russia", "on Iran"), is the target; a verb with no subject borrows its governor's
 * ("Iran … by signing", "wants to create"). Nouns: a possessor or country adjective is the source
 * ("Iran's offer", "US sanctions"), a with/on/against/to phrase the target, and a noun that is the
 * object of another verb takes that verb's subject ("held talks").
 */
public final class ArgumentFinder {
    /** Nouns of help: "with the help of X" names the source's helper. */
    private static final Set<String> HELP = Set.of("help", "aid", "assistance", "support", "backing", "blessing");
    private static final List<String> DEFAULT_VERB_PREPS = List.of("with", "to", "against", "on", "toward", "towards", "into", "at", "from");
    /** Prepositions of what another act is about ("complained about a raid", "protested over the killing"). */
    private static final Set<String> TOPIC_PREPS = Set.of("about", "over", "of");
    /** Prepositions of whom an act is made to or with, named beside the verb. */
    private static final List<String> ADDRESSEE_PREPS = List.of("to", "with");
    /** Relations that make a word describe something, or say another clause, not whom an intention is toward. */
    private static final Set<String> DESCRIBING = Set.of("nsubj", "csubj", "acl", "advcl", "ccomp", "parataxis", "dep");
    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss");
    /** Relations of a word that modifies a noun (base relations: "nmod:for" is "nmod"). */
    private static final Set<String> NOUN_MODIFIER = Set.of("nmod", "compound", "amod", "appos");
    /** Prepositions of where an act from somewhere goes. */
    private static final List<String> DIRECTIONS = List.of("into", "on", "at", "against", "toward", "towards");
    /**
     * Whom a meeting, visit or consultation is with: "talks with Iran", "a visit to Moscow", "received
     * observers from the OSCE". Its on/about/over phrase is the topic ("talks on Pyongyang's nuclear
     * ambitions", "meetings on the nuclear activities of Iran"), never the other side.
     */
    private static final List<String> MEETING_PREPS = List.of("with", "to", "toward", "towards", "from");
    private static final List<String> DEFAULT_NOUN_PREPS = List.of("with", "on", "against", "to", "toward", "towards", "between", "into", "for", "from");
    /**
     * Roots where "X and Y did it" means they did it with each other: agree, consult, cooperate,
     * sign ("Russia and China agreed", "… met", "… signed a treaty").
     */
    static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");
    /** What a promise is about, not whom it is made to: "promises on the police", "a pledge over tax". */
    private static final Set<String> INTENT_TOPIC_PREPS = Set.of("on", "about", "over", "regarding");
    private static final Set<String> PROMISES = Set.of("promise", "pledge", "commitment", "assurance", "vow",
            "guarantee");
    /**
     * Acts of one side toward another even with two subjects: visit, host, mediate; praise, defend,
     * rally support, recognise, apologise, forgive ("the US and Saudi Arabia welcomed the decision").
     */
    private static final Set<String> ONE_WAY = Set.of("042", "043", "045", "051", "052", "053", "054", "055", "056");
    /**
     * Promises two parties can make side by side without making them to each other: "Bill Gates
     * and the government of Norway have pledged $1 billion", "Russian courts and the European Court
     * offered less protection". Agreeing stays mutual ("the United States and Israel have agreed to
     * work together"), as do the intended acts themselves ("Iran and Russia pledged to cooperate").
     */
    private static final Set<String> PROMISING = Set.of("pledge", "promise", "vow", "offer");
    private static final Set<String> PARTICIPLE_ATTACHMENTS = Set.of("acl", "advcl", "dep", "amod", "parataxis");
    /** Verbs whose past-participle complement is passive ("became displaced", "got arrested", "remain detained"). */
    private static final Set<String> LINKING_VERBS = Set.of("become", "get", "remain", "stay", "go");
    /** Tags of a finite verb. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> COORDINATION = Set.of("cc", "conj");
    /** Verbs that can be auxiliaries: after an object, the start of another clause ("Labour has begun"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do");
    /**
     * Prepositions that name whom an asked-for act is aimed at ("sanctions against Iran", "talks
     * with Ukraine"). Not "of" or "into": the captive of "the release of" and the subject of "an
     * inquiry into" are not whom the appeal is made to (CAMEO codes the captor, the authorities).
     */
    private static final List<String> REQUESTED_ACT_PREPS = List.of("against", "with", "on", "to", "toward", "towards");
    /** Prepositions of a reason or an occasion: the verb's subject is not the noun act's doer. */
    private static final Set<String> REASON_PREPS = Set.of("over", "for", "after", "before", "despite", "amid",
            "amidst", "following", "since", "against", "because of", "due to");
    /**
     * Roots of acts that come from someone (offers, aid, visits, demands, criticism, rejections,
     * threats): "from X" on such a noun names its source. On force, withdrawal or expulsion it is
     * a place left or fired from ("withdrawal from Iraq", "rockets from Gaza").
     */
    private static final Set<String> FROM_IS_SOURCE = Set.of("01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13");
    /** The preposition of where an act comes from ("criticism from the opposition"). */
    private static final List<String> FROM = List.of("from");
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "dep", "conj", "acl", "advmod", "obl");
    /** Possessives that point at a body, not at a person: "its offer", "their support". */
    static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
    /** How a reported clause hangs from its speech verb. */
    private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp", "parataxis");
    /** Tags of a singular noun: what "its", or "he" of a speaker, agrees with. */
    private static final Set<String> SINGULAR_NOUN = Set.of("NN", "NNP");
    /** Rules of a noun act whose doer the sentence leaves open on purpose; {@link ContextParties} borrows none. */
    static final String REQUESTED = "requested";
    static final String REASON_PHRASE = "reason-phrase";
    /** The rule of a noun act that its governor prevents: someone else's act, whose doer is left open. */
    static final String PREVENTED = "prevented-act";
    /** The rule of a noun act its governor's subject undergoes or escapes: done by another, left open. */
    static final String ENDURED = "endured-act";
    static final String TOPIC_OF_ANOTHER_ACT = "topic-of-another-act";
    /** Prepositions of what an accused object is accused or thanked for: "of", "for", "with". */
    private static final Set<String> CHARGE_WORDS = Set.of("of", "for", "with");
    private static final Set<String> REPORTED_PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /** Speakers who speak for someone else: "his lawyer said he would appeal" is the client's appeal. */
    private static final Set<String> SPEAKS_FOR = Set.of("spokesman", "spokeswoman", "spokesperson", "aide",
            "adviser", "advisor", "representative", "lawyer", "attorney", "son", "daughter", "wife", "husband");

    private final CueLexicon cues;
    private final RequestedActs requests;

    public ArgumentFinder(CueLexicon cues) {
        this.cues = cues;
        this.requests = new RequestedActs(cues);
    }

    public Arguments find(DependencyTree tree, Trigger trigger, ArticleActors actors) {
        int t = trigger.token();
        int sentence = trigger.sentence();
        PhraseActors ctx = new PhraseActors(tree, actors, sentence);
        List<ActorMention> sources = new ArrayList<>();
        List<ActorMention> targets = new ArrayList<>();
        String rule;
        if (trigger.verb()) {
            rule = verbArguments(ctx, t, trigger.pattern(), sources, targets);
            if (trigger.pattern().cameo().equals(CameoCode.GENERIC_INTENT)) {
                targets.removeIf(m -> !intendedToward(tree, m, t));
            }
        } else {
            rule = nounArguments(ctx, t, trigger.pattern(), sources, targets);
        }
        if (trigger.pattern().sourceIsObject()) {
            List<ActorMention> swap = new ArrayList<>(sources);
            sources.clear();
            sources.addAll(targets);
            targets.clear();
            targets.addAll(swap);
        }
        String cameo = trigger.pattern().cameo();
        if (targets.isEmpty() && cameo.startsWith("13")) {
            List<ActorMention> conditioned = conditionedParties(ctx, t);
            if (!conditioned.isEmpty()) {
                targets.addAll(conditioned);
                rule = rule + "+condition-party";
            }
        }
        if (targets.isEmpty() && !sources.isEmpty() && !trigger.verb() && CameoCode.isForce(cameo)) {
            List<ActorMention> where = ctx.placesOf(t).stream()
                    .filter(m -> sources.stream().noneMatch(s -> s.sameParty(m))).toList();
            if (!where.isEmpty()) {
                // "Israel's air strike in Syria", "Russian strikes in Idlib": by CAMEO's practice
                // force on another country's ground acts on that country
                targets.addAll(where);
                rule = rule + "+place-target";
            }
        }
        if (trigger.verb() && (cameo.startsWith("02") || cameo.startsWith("10")) && askOwner(ctx, t, sources, targets)) {
            rule = rule + "+asked-of-owner";
        }
        targets.replaceAll(m -> PolicyOwners.governmentOfPolicy(tree, m));
        targets.removeIf(m -> sources.stream().anyMatch(s -> s.sameActor(m) || ownSide(tree, m, s)));
        if (meeting(cameo) && sources.stream().anyMatch(ArgumentFinder::multilateral)) {
            // "At their meeting in London, G7 finance ministers…": a multilateral body's venue is no party to it
            targets.removeIf(m -> m.kind() == ActorDictionary.Kind.CAPITAL);
        }
        long parties = distinctParties(sources);
        // "Brunei, Malaysia, the Philippines, Singapore and Thailand agreed to join the mission", "France,
        // Hungary and Slovenia have ratified the treaty": three or more doing one thing do it toward
        // something else, not with each other; a meeting of several, or a noun that names them as its
        // own parties ("an alliance of the US, India, Australia and Japan"), is among them
        boolean among = meeting(cameo) || !trigger.verb() && rule.startsWith("noun");
        boolean mutual = (parties == 2 || parties > 2 && among) && RECIPROCAL_ROOTS.contains(cameo.substring(0, 2))
                && !ONE_WAY.contains(cameo) && !(cameo.startsWith("03") && PROMISING.contains(tree.lemma(t)));
        if (mutual) {
            // "Indian and U.S. officials are holding talks in New Delhi": the host city is one of the pair
            targets.removeIf(m -> sources.stream().anyMatch(s -> s.sameParty(m)));
        }
        if (targets.isEmpty() && mutual) {
            ActorMention first = sources.get(0);
            targets.addAll(sources.stream().filter(m -> !m.sameParty(first)).toList());
            sources.removeIf(m -> !m.sameParty(first));
            rule = rule + "+reciprocal";
        }
        return new Arguments(dedupe(sources), dedupe(targets), rule);
    }

    private String verbArguments(PhraseActors ctx, int t, TriggerDictionary.Pattern p, List<ActorMention> sources,
            List<ActorMention> targets) {
        DependencyTree tree = ctx.tree;
        int voice = sharesPassive(tree, t) ? tree.head(t) : t;
        boolean linked = linkedParticiple(tree, t);
        boolean reduced = !linked && TriggerFinder.reducedPassive(tree, voice);
        boolean passive = linked || reduced || passive(tree, voice);
        String rule = passive ? "passive" : "subject";
        if (passive) {
            List<Integer> undergoers = linked ? linkedSubjects(tree, t)
                    : reduced ? tree.children(voice, "nsubj") : tree.children(voice, "nsubj:pass");
            if (undergoers.isEmpty()) {
                undergoers = TriggerFinder.raisedPassiveSubjects(tree, voice); // "is expected to be opposed by"
            }
            for (int s : undergoers) {
                // "Chinese laborers who were held hostage by Iraqi militants": the pronoun's antecedent
                int undergoer = relativePronoun(tree, s) && tree.relation(voice).equals("acl:relcl")
                        ? tree.head(voice) : s;
                // "a Jewish settler in the West Bank has been indicted": as in the active voice, whom
                // a judgement is passed on is not where they live
                boolean places = !CameoCode.isJudgement(p.cameo());
                List<ActorMention> named = actorsOrPerson(ctx, undergoer, List.of(), places, false);
                targets.addAll(ownedOrNamed(ctx, undergoer, voice, named, List.of()));
            }
            sources.addAll(agents(ctx, t));
            if (sources.isEmpty() && voice != t) {
                sources.addAll(agents(ctx, voice)); // "was struck and killed by a coalition airstrike"
            }
            if (sources.isEmpty() && p.argumentsInPhrase()) {
                sources.addAll(firstActorAfter(ctx, t, targets));
            }
        } else if (invertedSpeech(tree, t)) {
            // "…, say the Tories": the parser hangs the speech verb off the quote and reads the
            // speaker as its object
            rule = "inverted-speaker";
            for (int o : tree.children(t, "obj")) {
                sources.addAll(ctx.actorsOf(o));
            }
        } else {
            sources.addAll(subjectActors(ctx, t));
            if (sources.isEmpty() && bareParticiple(tree, t)) {
                sources.addAll(agents(ctx, t)); // "the meeting, convened by the French government"
                rule = sources.isEmpty() ? rule : "participle-agent";
            } else if (sources.isEmpty() && !cues.is(tree, t, Cue.SPEECH) && !hasOwnSubject(tree, t)
                    && !strayGerund(tree, t)
                    // "helps abused victims": an adjective's participle describes its noun, not the subject's act
                    && !tree.baseRelation(t).equals("amod")) {
                rule = "governor-subject";
                sources.addAll(governorSubject(ctx, t));
            }
            // "discussed the situation in Syria": a place in what is discussed is the topic, not
            // whom; in the act's own noun it is the venue, whose host is the target ("hold talks in Beijing");
            // "condemns barrel bomb attacks in Syria", "rejected the plan for Gaza": what is demanded,
            // criticised or rejected is judged where it happens, not who did it
            boolean placesTarget = !p.cameo().startsWith("04") && !CameoCode.isJudgement(p.cameo()) || !p.objects().isEmpty();
            for (int o : theObject(tree, t)) {
                if (otherObject(tree, t, o, p)) {
                    continue; // "pressing its offensive …, prompting fears of…": the row's object is the act's
                }
                if (subjectOfTheNextClause(tree, o)) {
                    continue; // "He pledged Labour would encourage…", Labour read as the object
                }
                if (meeting(p.cameo()) && cues.is(tree.lemma(t), Cue.TOPIC_VERB)) {
                    continue; // "discussed the EU constitution": what is discussed, never whom
                }
                List<ActorMention> actors = outsideTheCharge(tree, t, o,
                        actorsOrPerson(ctx, o, sources, placesTarget, meeting(p.cameo())));
                List<ActorMention> named = withoutNextClausesSubject(ctx, o, ownsItsObject(ctx.tree, o, sources, p)
                        ? actors : ownedOrNamed(ctx, o, t, actors, sources));
                targets.addAll(addresseeOverTopic(ctx, t, o, named));
            }
            for (int o : tree.children(t, "iobj")) {
                targets.addAll(ctx.actorsOf(o));
            }
        }
        if (targets.isEmpty() && !passive && addresseeUncoded(tree, t)) {
            // "urged the men to step down from the GLA", "urging European leaders to wake up from
            // their state of denial over President Bush's re-election": the object is whom the verb
            // asks; when it gets no code the target stays open, not a party of what is asked
            for (int o : tree.children(t, "obj")) {
                targets.addAll(obliqueTargets(ctx, o, DEFAULT_NOUN_PREPS, "nmod")); // "urged the leaders of Iran"
            }
            return rule + "+uncoded-addressee";
        }
        if (targets.isEmpty() && !passive && accusedUncoded(tree, t)) {
            return rule + "+uncoded-addressee"; // the accused is named, just not coded: no target from the charge
        }
        if (targets.isEmpty()) {
            List<String> preps = targetPreps(p, DEFAULT_VERB_PREPS);
            // an origin place ("from Lebanese airspace") is never the target of force
            // "At their meeting in London, G7 ministers backed…": an at-phrase before the verb says
            // where or when, not at whom ("fired at", "protested at" come after it)
            targets.addAll(CameoCode.isForce(p.cameo()) ? forceTargets(ctx, t, preps)
                    : obliqueTargets(ctx, t, preps, "obl", o -> o < t && tree.preposition(o).equals("at"),
                            meeting(p.cameo())));
        }
        if (targets.isEmpty()) {
            // "held talks with Iran" names the partner; "held talks on the Ukrainian crisis" the topic
            List<String> preps = meeting(p.cameo()) ? MEETING_PREPS : DEFAULT_NOUN_PREPS;
            for (int o : theObject(tree, t)) {
                targets.addAll(obliqueTargets(ctx, o, preps, "nmod"));
            }
        }
        if (targets.isEmpty()) {
            // "demanded that the DPRK forsake…": who is asked is the that-clause's subject
            for (int c : tree.children(t, "ccomp")) {
                if (attributionAfter(tree, t, c) && spokenByAPersonOrBody(ctx, c)) {
                    continue; // "…, officials said" hung below the act: the speaker is no addressee
                }
                for (int s : tree.children(c, "nsubj")) {
                    targets.addAll(ctx.actorsOf(s));
                }
            }
        }
        if (targets.isEmpty() && !addresseeNamed(tree, t, p)) {
            // "offered to hand over to Great Britain…", "threatened to cut off electricity to Nakhichevan"
            for (int x : tree.children(t, "xcomp")) {
                for (int o : tree.children(x, "obj")) {
                    targets.addAll(ctx.actorsOf(o));
                }
                if (targets.isEmpty()) {
                    targets.addAll(obliqueTargets(ctx, x, DEFAULT_VERB_PREPS, "obl"));
                }
            }
        }
        if (targets.isEmpty() && cues.is(tree.lemma(t), Cue.REQUEST_FOR)) {
            // "called for sanctions against Iran", "for talks with Ukraine": whom the asked-for act is aimed at
            for (int o : tree.children(t, "obl")) {
                if (tree.preposition(o).equals("for")) {
                    // "called for Israel to pull out": the for-phrase is whom the act is asked of
                    boolean askedOf = tree.hasChild(t, x -> x > o && tree.baseRelation(x).equals("xcomp"));
                    targets.addAll(askedOf ? ctx.actorsOf(o) : obliqueTargets(ctx, o, REQUESTED_ACT_PREPS, "nmod"));
                }
            }
        }
        if (targets.isEmpty() && p.argumentsInPhrase() && !p.conjoinedSubject()) {
            targets.addAll(firstActorAfter(ctx, t, sources));
        }
        return rule;
    }

    /**
     * Whom a generic intention (030: want, offer, propose, pledge, agree) is toward: a party it
     * names as what it wants, offers or agrees to, or a party of that ("promised Iraq", "offered
     * talks with Syria", "pledged to help Iraq", "wants closer EU links", "agreed to resume imports
     * of Australian wheat"). Not a party that only describes it through another word ("a points
     * system similar to Australia's"), a clause of its own ("the advice given by the Attorney
     * General", "a programme which offers…"), or another clause's subject ("Germany proposed a
     * freeze and Canada has begun…", "pledged that the Conservatives would…").
     */
    private static boolean intendedToward(DependencyTree tree, ActorMention m, int verb) {
        if (m.sentence() != tree.sentence().index()) {
            return true; // borrowed from an earlier sentence by its own rule
        }
        int k = m.last();
        while (tree.head(k) >= m.first() && tree.head(k) <= m.last() && tree.head(k) != k) {
            k = tree.head(k); // the mention's own head word
        }
        for (int steps = 0; k > 0 && steps < 8; k = tree.head(k), steps++) {
            String r = tree.baseRelation(k);
            // a party may modify what is intended ("closer EU links", "Australian wheat"); a word
            // between it and the verb may not ("a system similar to Australia's")
            boolean describing = DESCRIBING.contains(r) || steps > 0 && MODIFIERS.contains(tree.relation(k));
            // what a promise is on or about is its content ("extravagant promises on the police"); a
            // promise is made to someone. A plan or initiative on a country stays toward it.
            boolean topic = r.equals("nmod") && INTENT_TOPIC_PREPS.contains(tree.preposition(k))
                    && PROMISES.contains(tree.lemma(tree.head(k)));
            boolean personInWhatIsWanted = steps == 0 && m.kind() == ActorDictionary.Kind.PERSON
                    && NOUN_MODIFIER.contains(r);
            if (describing || topic || personInWhatIsWanted) {
                // nor a person named in what is wanted ("a greater role for Gordon Brown", "the
                // Tomlinson report", "the advice given by the Attorney General")
                return false;
            }
            if (tree.head(k) == verb) {
                return true;
            }
        }
        return false;
    }

    /**
     * "proposed the initiative on the future of Syria to EU leaders": a party named only deep inside
     * the object is what the act is about; the one it is made to or with, named beside the verb or
     * the object, is the target.
     */
    private List<ActorMention> addresseeOverTopic(PhraseActors ctx, int t, int object, List<ActorMention> named) {
        // a party borrowed from an earlier sentence is not inside this object
        boolean nestedOnly = !named.isEmpty() && named.stream().allMatch(
                m -> m.sentence() == ctx.tree.sentence().index() && inPhraseOf(ctx.tree, m.last(), object));
        if (!nestedOnly) {
            return named;
        }
        List<ActorMention> addressee = obliqueTargets(ctx, t, ADDRESSEE_PREPS, "obl");
        if (addressee.isEmpty()) {
            addressee = obliqueTargets(ctx, object, ADDRESSEE_PREPS, "nmod"); // the parser often hangs it on the object
        }
        return addressee.isEmpty() ? named : addressee;
    }

    /**
     * Token k sits in a prepositional phrase below the object ("the initiative on the future of
     * Syria"), not at its head, a conjunct or a modifier of its own ("Ukraine's accession").
     */
    private static boolean inPhraseOf(DependencyTree tree, int k, int object) {
        boolean prepositional = false;
        for (int x = k, steps = 0; x > 0 && x != object && steps < 20; x = tree.head(x), steps++) {
            prepositional |= tree.relation(x).equals("nmod");
        }
        return prepositional;
    }

    /**
     * "Merkel defended Germany's decision", "Maduro closed Venezuela's borders", "Merkel defended
     * German policy": a state actor's own country, named as the owner of what it acts on, is its
     * own side, not a second party.
     */
    private static boolean ownSide(DependencyTree tree, ActorMention target, ActorMention source) {
        String country = target.actor().country();
        if (country == null || !country.equals(source.actor().country()) || !ActorCodes.ofState(source.actor())) {
            return false;
        }
        return target.kind() == ActorDictionary.Kind.COUNTRY && target.actor().sectors().isEmpty()
                && tree.relation(target.last()).equals("nmod:poss") || PolicyOwners.policyModifier(tree, target);
    }

    /**
     * A noun act's target on its light verb ("held talks with Iran"). For a conflictual act (roots
     * 10–20) a "with" phrase before the noun names an ally, not the enemy: "stands with Iraq in the
     * fight against terrorism"; after it, it is the noun's own, hung on the verb by the parser
     * ("seized the university in their battle with Islamic State").
     */
    private List<ActorMention> governorTargets(PhraseActors ctx, int governor, int n, String cameo) {
        boolean conflict = cameo.compareTo("10") >= 0;
        return obliqueTargets(ctx, governor, DEFAULT_VERB_PREPS, "obl",
                o -> conflict && o < n && ctx.tree.preposition(o).equals("with"), meeting(cameo));
    }

    /**
     * "called on governments to fund the U.N. appeal": whom the reading's particle names is the
     * addressee, coded or not; what it is asked to act on is no stand-in for it.
     */
    private static boolean addresseeNamed(DependencyTree tree, int t, TriggerDictionary.Pattern p) {
        return p.particle() != null && tree.hasChild(t, c -> tree.baseRelation(c).equals("obl")
                && tree.preposition(c).equals(p.particle()));
    }

    /**
     * An object-control verb ("urge", "ask", "persuade") whose object names a person or a group —
     * a name, a pronoun, a people or party word — without a code: the addressee is named, just not
     * coded.
     */
    private boolean addresseeUncoded(DependencyTree tree, int t) {
        if (!cues.is(tree.lemma(t), Cue.OBJECT_CONTROL)) {
            return false;
        }
        for (int o : tree.children(t, "obj")) {
            Token w = tree.token(o);
            boolean pronoun = "PRP".equals(w.pos()) && !"it".equalsIgnoreCase(w.word());
            boolean named = "PERSON".equals(w.ner()) || "ORGANIZATION".equals(w.ner());
            if (pronoun || named || cues.is(tree.lemma(o), Cue.PEOPLE_NOUN) || cues.is(tree.lemma(o), Cue.PLURAL_PARTY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb's object: the first the parser gives it. A second is a phrase it could not place
     * ("slaughtered tens of thousands of civilians, leading to condemnation…, genocide charges at
     * the International Criminal Court" hangs the charges on the killing), never whom the act is
     * done to, unless it only renames the first; whom a verb gives or tells is its iobj. A relative
     * pronoun read as an object before the verb ("Zhvania, who is visiting the United States")
     * leaves the first one after it; a verb with none may have lost it to a participle.
     */
    private static List<Integer> theObject(DependencyTree tree, int v) {
        List<Integer> objects = tree.objects(v);
        if (objects.isEmpty()) {
            return lostObject(tree, v);
        }
        if (objects.size() < 2) {
            return objects;
        }
        int first = objects.stream().filter(o -> o > v).findFirst().orElse(objects.get(0));
        List<Integer> out = new ArrayList<>(List.of(first));
        objects.stream().filter(o -> o > first && renames(tree, first, o)).forEach(out::add);
        return out;
    }

    /**
     * "launched a military operation, Operation Rah-e-Nijat, against militants": a second object
     * right after the first, a comma apart, is the first renamed (an apposition the parser read as
     * an object), and what hangs from it is the object's.
     */
    private static boolean renames(DependencyTree tree, int first, int second) {
        int end = tree.rightEdge(first);
        int start = tree.leftEdge(second);
        if (start <= end + 1) {
            return false;
        }
        for (int k = end + 1; k < start; k++) {
            if (!",".equals(tree.token(k).word())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Released a Lebanese man arrested in…", parsed as the man arresting: the object the participle
     * took as its subject.
     */
    private static List<Integer> lostObject(DependencyTree tree, int v) {
        for (int c : tree.children(v, "dep")) {
            if (TriggerFinder.describesALostObject(tree, c)) {
                return tree.children(c, "nsubj");
            }
        }
        return List.of();
    }

    /**
     * An accusing or blaming verb whose object has its charge ("accuses the group of launching
     * attacks inside Iran from bases in Iraq"): the object is the accused, so when it has no code
     * no other phrase of the sentence is.
     */
    private boolean accusedUncoded(DependencyTree tree, int t) {
        if (!cues.is(tree.lemma(t), Cue.OBJECT_DOER)) {
            return false;
        }
        List<Integer> objects = tree.children(t, "obj");
        return !objects.isEmpty() && (tree.hasChild(t, tree::chargePhrase)
                || objects.stream().anyMatch(o -> !chargesOf(tree, o).isEmpty()));
    }

    /**
     * A finite auxiliary or a modal right after the object: the "object" is the subject of a clause
     * the parser did not see ("pledged Labour would…", "warned the government would…"). Only a
     * plain noun phrase is read so: one with a clause inside ends wherever that clause ends; a
     * conjunct ("believes Dagolath and Osgiliath can…") shares its phrase with the others; and a
     * lexical verb after it is too often a noun the tagger misread ("attacked Tory plans to…").
     */
    private static boolean subjectOfTheNextClause(DependencyTree tree, int o) {
        int last = tree.rightEdge(o);
        if (last + 1 > tree.size() || tree.hasChild(o, c -> COORDINATION.contains(tree.baseRelation(c)))) {
            return false;
        }
        for (int k = tree.leftEdge(o); k <= last; k++) {
            if (tree.token(k).isVerb()) {
                return false;
            }
        }
        return followedByAuxiliary(tree, o);
    }

    /**
     * "Germany proposed a freeze and Canada has begun its own moratorium", parsed with Canada as a
     * second object: a party conjoined to an object that names none, and followed by a modal or a
     * finite auxiliary, opens the next clause as its subject. ("Arnor believes Dagolath and
     * Osgiliath can cope": two parties joined, both whom it concerns.) Returns the parties without
     * those named there.
     */
    private static List<ActorMention> withoutNextClausesSubject(PhraseActors ctx, int object, List<ActorMention> named) {
        DependencyTree tree = ctx.tree;
        if (!ctx.mentionsAt(object).isEmpty()) {
            return named;
        }
        List<Integer> opening = tree.withConjuncts(object).stream().filter(k -> k != object && followedByAuxiliary(tree, k))
                .toList();
        if (opening.isEmpty()) {
            return named;
        }
        return named.stream().filter(m -> m.sentence() != tree.sentence().index()
                || opening.stream().noneMatch(k -> tree.subtree(k).contains(m.last()))).toList();
    }

    private static boolean followedByAuxiliary(DependencyTree tree, int k) {
        int next = tree.rightEdge(k) + 1;
        if (next > tree.size()) {
            return false;
        }
        String pos = tree.token(next).pos();
        return "MD".equals(pos) || FINITE.contains(pos) && AUXILIARIES.contains(tree.lemma(next));
    }

    /** The prepositions of a reading's target: its row's, else a meeting's, else the defaults given. */
    private static List<String> targetPreps(TriggerDictionary.Pattern p, List<String> defaults) {
        return !p.targetPreps().isEmpty() ? p.targetPreps() : meeting(p.cameo()) ? MEETING_PREPS : defaults;
    }

    /** An international organisation or group of states (G7, EU, NATO, UN): it meets somewhere, no one hosts it. */
    private static boolean multilateral(ActorMention m) {
        return m.actor().code() != null && m.actor().code().startsWith("IGO");
    }

    /** Consult, meet, visit, host, mediate, negotiate: acts whose venue's capital stands for the host. */
    private static boolean meeting(String cameo) {
        return cameo.startsWith("04");
    }

    /**
     * The noun is what its governor asks for ("demanded an inquiry", "called for talks"), or part of
     * an act asked of another ("called on North Korea to return to talks").
     */
    private boolean requested(DependencyTree tree, int n, int governor) {
        String r = tree.baseRelation(n);
        String lemma = tree.lemma(governor);
        return r.equals("obj") && cues.is(lemma, Cue.REQUEST_VERB)
                || r.equals("obl") && opensWithFor(tree, n) && cues.is(lemma, Cue.REQUEST_FOR)
                || tree.token(governor).isVerb() && requests.askedOfOthers(tree, governor);
    }

    /**
     * "for talks", and "appealed for $265 million in aid", whose amount the parser hangs below the
     * noun, leaving it two case words, "for" and "in".
     */
    private static boolean opensWithFor(DependencyTree tree, int n) {
        String prep = tree.preposition(n);
        return prep.equals("for") || prep.startsWith("for ");
    }

    private static boolean passive(DependencyTree tree, int v) {
        return !tree.children(v, "nsubj:pass").isEmpty() || !tree.children(v, "aux:pass").isEmpty();
    }

    /**
     * "More than 2 million Iraqis have become displaced", "two soldiers got killed", "he remains
     * detained", "a general has been ordered arrested": a past participle completing become, get,
     * remain or a passive verb is passive; their subject underwent the act.
     */
    private static boolean linkedParticiple(DependencyTree tree, int v) {
        int h = tree.head(v);
        if (h <= 0 || !"VBN".equals(tree.token(v).pos())
                || tree.hasChild(v, c -> tree.baseRelation(c).equals("aux") || tree.baseRelation(c).equals("mark"))) {
            return false; // "are reported to have killed": a perfect infinitive, not a passive
        }
        String r = tree.baseRelation(v);
        // the parser takes "was ordered detained" for a passive verb with an object
        return r.equals("xcomp") && (LINKING_VERBS.contains(tree.lemma(h)) || passive(tree, h))
                || r.equals("obj") && passive(tree, h);
    }

    /** Who underwent a linked participle's act: the subject of become/get/remain, or of the passive it completes. */
    private static List<Integer> linkedSubjects(DependencyTree tree, int v) {
        int h = tree.head(v);
        return passive(tree, h) ? tree.children(h, "nsubj:pass") : tree.children(h, "nsubj");
    }

    /**
     * A participle conjoined to a passive verb, with no subject or auxiliary of its own, is passive
     * too: in "was struck and killed by an airstrike" the one struck is the one killed.
     */
    private static boolean sharesPassive(DependencyTree tree, int v) {
        int h = tree.head(v);
        return h > 0 && tree.baseRelation(v).equals("conj") && "VBN".equals(tree.token(v).pos())
                && tree.children(v, "nsubj").isEmpty() && tree.children(v, "aux").isEmpty() && passive(tree, h);
    }

    /**
     * "regular visits between their leaders, suspended for more than a decade", "backed by Russia,
     * Syria…": a past participle with no auxiliary or subject, hung from another word, is passive;
     * the governor's subject is not who did it.
     */
    private static boolean bareParticiple(DependencyTree tree, int v) {
        return "VBN".equals(tree.token(v).pos()) && (PARTICIPLE_ATTACHMENTS.contains(tree.baseRelation(v))
                || strayParticiple(tree, v)) && tree.children(v, "aux").isEmpty() && tree.children(v, "nsubj").isEmpty();
    }

    /**
     * "will travel to Paris for the meeting, convened by the French government", parsed with
     * "convened" conjoined to "travel": a past participle cannot share the tense of a finite or
     * bare verb, so it hangs from the noun before it, whatever the parse says.
     */
    private static boolean strayParticiple(DependencyTree tree, int v) {
        int h = tree.head(v);
        String headPos = h > 0 ? tree.token(h).pos() : "";
        return tree.baseRelation(v).equals("conj") && (FINITE.contains(headPos) || headPos.equals("VB"));
    }

    /**
     * "accused the RSF of looting homes and attacking hospitals", parsed with "attacking" conjoined
     * to "accused": a gerund cannot share a finite verb's subject, so the parse is wrong and the
     * subject is not borrowed.
     */
    private static boolean strayGerund(DependencyTree tree, int v) {
        int h = tree.head(v);
        String headPos = h > 0 ? tree.token(h).pos() : "";
        return "VBG".equals(tree.token(v).pos()) && tree.baseRelation(v).equals("conj") && tree.children(v, "aux").isEmpty()
                && FINITE.contains(headPos);
    }

    /**
     * The verb has a subject of its own that is not a relative pronoun ("the airstrikes have
     * destroyed…, he said"): when it names no actor, the act's doer is unknown, and the governor's
     * subject — often the speaker — is someone else.
     */
    private static boolean hasOwnSubject(DependencyTree tree, int v) {
        if (tree.children(v, "mark").stream().anyMatch(m -> tree.lemma(m).equals("with"))) {
            return false; // "working with its allies to support…": company, not a subject of its own
        }
        for (int s : tree.children(v, "nsubj")) {
            // a verb read as a subject ("committed to continuing to provide") is a misparse
            if (!relativePronoun(tree, s) && !tree.token(s).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech verb after what it reports, with no subject of its own: "…, said the minister",
     * "…, say the Tories" (UD parses from CoreNLP attach it as {@code dep} or {@code parataxis}).
     */
    private boolean invertedSpeech(DependencyTree tree, int t) {
        String rel = tree.baseRelation(t);
        return cues.is(tree, t, Cue.SPEECH) && tree.children(t, "nsubj").isEmpty() && tree.head(t) > 0
                && tree.head(t) < t && (rel.equals("dep") || rel.equals("parataxis")) && !tree.children(t, "obj").isEmpty();
    }

    /** The first actor named after the verb inside the verb's phrase that is not already a party. */
    private static List<ActorMention> firstActorAfter(PhraseActors ctx, int t, List<ActorMention> parties) {
        for (int k : ctx.tree.subtree(t)) {
            if (k <= t) {
                continue;
            }
            List<ActorMention> at = ctx.mentionsAt(k).stream()
                    .filter(m -> parties.stream().noneMatch(s -> s.sameActor(m))).toList();
            if (!at.isEmpty()) {
                return at;
            }
        }
        return List.of();
    }

    private String nounArguments(PhraseActors ctx, int n, TriggerDictionary.Pattern p, List<ActorMention> sources,
            List<ActorMention> targets) {
        DependencyTree tree = ctx.tree;
        String rule = "noun-modifier";
        for (int c : tree.children(n)) {
            String r = tree.relation(c);
            boolean agentive = r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")
                    || r.startsWith("nmod") && tree.preposition(c).equals("by");
            if (agentive) {
                if (r.equals("amod") || r.equals("compound")) {
                    // "Russian-Iranian cooperation": the modifier may name several parties
                    for (int k : tree.subtree(c)) {
                        sources.addAll(ctx.mentionsAt(k));
                    }
                } else {
                    sources.addAll(ctx.actorsOf(c));
                }
            }
        }
        if (sources.isEmpty()) {
            List<ActorMention> subject = copularSubject(ctx, n);
            if (!subject.isEmpty() && tree.preposition(n).equals("under")) {
                // "Mr. Olmert is under investigation", "the convoy was under attack": done to the subject
                targets.addAll(subject);
                return ENDURED;
            }
            sources.addAll(subject);
        }
        List<ActorMention> named = List.copyOf(sources);
        sources.removeIf(m -> agencyNamed(m, named));
        if (targets.isEmpty() && distinctParties(sources) >= 2 && RECIPROCAL_ROOTS.contains(p.cameo().substring(0, 2))) {
            // "Russian and Iranian officials' talks", "Russian-Iranian cooperation" split by the tokenizer;
            // "U.S. and U.N. investigations" are two investigators, not one investigating the other
            ActorMention first = sources.get(0);
            targets.addAll(sources.stream().filter(m -> !m.sameParty(first)).toList());
            sources.removeIf(m -> !m.sameParty(first));
            rule = "noun-pair";
        }
        List<ActorMention> between = betweenPair(ctx, n);
        if (!between.isEmpty()) {
            sources.add(between.get(0));
            targets.addAll(between.subList(1, between.size()));
            return "noun-between";
        }
        if (sources.isEmpty() && FROM_IS_SOURCE.contains(p.cameo().substring(0, 2))) {
            int governor = tree.head(n);
            boolean verbGoverns = governor > 0 && tree.token(governor).pos().startsWith("VB");
            sources.addAll(obliqueTargets(ctx, n, FROM, "nmod"));
            if (sources.isEmpty() && verbGoverns && tree.baseRelation(n).equals("obj")) {
                sources.addAll(obliqueTargets(ctx, governor, FROM, "obl")); // "received an offer from Russia"
            }
            if (!sources.isEmpty()) {
                // "faced criticism from the opposition", "received an offer from Russia": the
                // governor's subject is whom it came to
                if (verbGoverns) {
                    targets.addAll(subjectActors(ctx, governor).stream().filter(m -> !sources.contains(m)).toList());
                }
                return "noun-from";
            }
        }
        if (sources.isEmpty() && CameoCode.isForce(p.cameo())) {
            sources.addAll(armedPartyFrom(ctx, n));
            if (!sources.isEmpty()) {
                targets.addAll(obliqueTargets(ctx, n, DIRECTIONS, "nmod"));
                if (targets.isEmpty() && underAct(tree, n)) {
                    targets.addAll(subjectActors(ctx, tree.head(n))); // "troops came under attack from IS fighters"
                }
                return "noun-from";
            }
        }
        targets.addAll(obliqueTargets(ctx, n, targetPreps(p, DEFAULT_NOUN_PREPS), "nmod"));
        ofPhrase(ctx, n, p.cameo(), sources, targets);
        if (targets.isEmpty() && cues.is(tree.lemma(n), Cue.REQUEST_NOUN)) {
            targets.addAll(askedParties(ctx, n)); // "its demand that Israel ease…", "its call for Israel to withdraw"
        }
        if (sources.isEmpty()) {
            int governor = tree.head(n);
            String r = tree.baseRelation(n);
            if (governor > 0 && (r.equals("obj") || r.equals("nsubj") || r.equals("obl"))) {
                rule = "light-verb-subject";
                if (r.equals("nsubj")) {
                    // "negotiations with Iran began": a party the noun's phrase already made its target is no source
                    sources.addAll(ctx.actorsOf(n).stream().filter(m -> !targets.contains(m)).toList());
                } else if (requested(tree, n, governor)) {
                    rule = REQUESTED; // "called for an investigation": asked of others, not the caller's act
                } else if (doneByTheObject(tree, n, governor)) {
                    rule = "accused-object"; // "accused Ukraine of aggression": Ukraine's aggression
                    sources.addAll(objectActors(ctx, governor));
                } else if (r.equals("obj") && cues.is(tree.lemma(governor), Cue.PREVENT_VERB)) {
                    rule = PREVENTED; // "imposed a curfew to prevent fresh attacks": others' act, prevented
                } else if (r.equals("obl") && passive(tree, governor) && (tree.preposition(n).equals("by")
                        || cues.is(tree.lemma(governor), Cue.HARM_VERB) && !tree.children(governor, "nsubj:pass").isEmpty())) {
                    // "Aristide, who was ousted by a revolt", "three soldiers were killed in a suicide attack":
                    // what the passive's subject underwent, never its doer
                    rule = ENDURED;
                    if (targets.isEmpty()) {
                        for (int s : tree.children(governor, "nsubj:pass")) {
                            targets.addAll(ctx.actorsOf(s));
                        }
                    }
                } else if (underAct(tree, n)) {
                    // "a convoy came under attack", "troops came under attack from rebels": the act
                    // is done to the subject, by whoever the from-phrase names
                    rule = ENDURED;
                    if (targets.isEmpty()) {
                        targets.addAll(subjectActors(ctx, governor));
                    }
                    sources.addAll(obliqueTargets(ctx, governor, FROM, "obl"));
                } else if (r.equals("obj") && cues.is(tree.lemma(governor), Cue.ENDURE_VERB)) {
                    rule = ENDURED; // "survived an assassination attempt", "fled the fighting": done to the subject
                    if (targets.isEmpty()) {
                        targets.addAll(subjectActors(ctx, governor));
                    }
                } else if (r.equals("obl") && reasonPhrase(tree, n)) {
                    // "imposed sanctions over the detention of foreign nationals", "protested after
                    // the strike": a reason or an occasion is someone else's act as often as not
                    rule = REASON_PHRASE;
                } else {
                    sources.addAll(subjectActors(ctx, governor));
                    if (sources.isEmpty() && !hasOwnSubject(tree, governor)) {
                        // "as coalition forces repelled an attack": a governor with a subject of its
                        // own, coded or not, names who acts; a party further up does not
                        sources.addAll(governorSubject(ctx, governor));
                    }
                    if (targets.isEmpty()) {
                        targets.addAll(governorTargets(ctx, governor, n, p.cameo()));
                    }
                }
            }
        }
        return rule;
    }

    /**
     * "Revenge attacks from Hezbollah militants", "fire from Syrian troops": force from an armed
     * party is that party's, a coded actor with a sector; a place fired from ("rockets from Gaza") is not.
     */
    private List<ActorMention> armedPartyFrom(PhraseActors ctx, int n) {
        DependencyTree tree = ctx.tree;
        int governor = tree.head(n);
        List<ActorMention> from = new ArrayList<>(obliqueTargets(ctx, n, FROM, "nmod"));
        if (from.isEmpty() && governor > 0 && tree.token(governor).isVerb() && tree.baseRelation(n).equals("obj")) {
            from.addAll(obliqueTargets(ctx, governor, FROM, "obl")); // parsed on the verb
        }
        return from.stream().filter(m -> !m.actor().sectors().isEmpty()).toList();
    }

    /**
     * "the U.N. World Food Program appeal": an organisation named beside its own agency stands for
     * it, no second party. True when another mention's code extends this one's (IGOUNO, IGOUNOWFP).
     */
    private static boolean agencyNamed(ActorMention m, List<ActorMention> all) {
        String code = m.actor().code();
        return code != null && code.startsWith("IGO") && all.stream().anyMatch(o -> o != m && o.actor().code() != null
                && o.actor().code().length() > code.length() && o.actor().code().startsWith(code));
    }

    /** The subjects of the clause a request noun asks for: whom the request is made of. */
    private static List<ActorMention> askedParties(PhraseActors ctx, int n) {
        List<ActorMention> out = new ArrayList<>();
        for (int c : ctx.tree.children(n)) {
            String r = ctx.tree.baseRelation(c);
            if (r.equals("acl") || r.equals("ccomp")) {
                out.addAll(clauseSubjects(ctx, c));
            }
        }
        return out;
    }

    /**
     * An appeal or demand for an act its owner is to do or undergo ("called for the withdrawal of
     * Syria's troops", "demanded the resignation of the interior minister") is made of that owner:
     * the act noun's possessor, of-phrase or nationality, read as a subject (not its places: "the
     * withdrawal of Israeli forces from Gaza" asks Israel, not Gaza). Targets already found outside
     * the act's phrase (an addressee) are kept. Returns whether the targets changed.
     */
    private boolean askOwner(PhraseActors ctx, int t, List<ActorMention> sources, List<ActorMention> targets) {
        DependencyTree tree = ctx.tree;
        for (int act : tree.children(t)) {
            String r = tree.baseRelation(act);
            boolean asked = r.equals("obj") || r.equals("obl") && tree.preposition(act).equals("for");
            if (!asked || !cues.is(tree.lemma(act), Cue.ASKED_OF_OWNER)) {
                continue;
            }
            Set<Integer> phrase = new HashSet<>(tree.subtree(act));
            if (targets.stream().anyMatch(m -> !phrase.contains(m.first()))) {
                return false;
            }
            List<ActorMention> owners = new ArrayList<>();
            for (int k : tree.children(act)) {
                String kr = tree.relation(k);
                boolean owner = kr.equals("nmod:poss") || kr.equals("amod") || kr.equals("compound")
                        || tree.baseRelation(k).equals("nmod") && tree.preposition(k).equals("of");
                if (owner) {
                    owners.addAll(ctx.sourcesOf(k).stream().filter(m -> sources.stream().noneMatch(s -> s.sameActor(m))).toList());
                }
            }
            if (!owners.isEmpty()) {
                targets.clear();
                targets.addAll(owners);
                return true;
            }
        }
        return false;
    }

    /** "over the detention of…", but not "conducted over 265 raids", where "over" is "more than". */
    private static boolean reasonPhrase(DependencyTree tree, int n) {
        String prep = tree.preposition(n);
        boolean quantity = prep.equals("over") && !tree.children(n, "nummod").isEmpty();
        return REASON_PREPS.contains(prep) && !quantity;
    }

    /**
     * "Saudi Arabia, which has been in talks with the Houthis": a noun act that is the predicate of
     * its clause has that clause's subject as its doer; a relative pronoun stands for its antecedent.
     */
    private static List<ActorMention> copularSubject(PhraseActors ctx, int n) {
        DependencyTree tree = ctx.tree;
        if (tree.children(n, "cop").isEmpty()) {
            return List.of();
        }
        List<ActorMention> out = new ArrayList<>();
        for (int s : tree.children(n, "nsubj")) {
            boolean antecedent = relativePronoun(tree, s) && tree.relation(n).equals("acl:relcl");
            out.addAll(antecedent ? ctx.sourcesOf(tree.head(n)) : ctx.actorsOf(s));
        }
        return out;
    }

    /** "which", "who": a subject that stands for the noun its clause describes. */
    private static boolean relativePronoun(DependencyTree tree, int s) {
        String pos = tree.token(s).pos();
        return "WDT".equals(pos) || "WP".equals(pos);
    }

    /**
     * "the visit of the president" names the actor; "the killing of Armenians", "the expulsion of
     * diplomats" the one acted on: cooperative roots (01–07) and threats (13: "the threat of
     * Daesh") read an of-phrase as the source, the others as the target.
     */
    private static void ofPhrase(PhraseActors ctx, int n, String cameo, List<ActorMention> sources, List<ActorMention> targets) {
        // "the threat of Daesh" is Daesh's threat ("the threat of sanctions" names no actor)
        boolean agentive = cameo.compareTo("08") < 0 || cameo.startsWith("13");
        List<ActorMention> side = agentive ? sources : targets;
        if (!side.isEmpty()) {
            return;
        }
        for (int c : ctx.tree.children(n, "nmod")) {
            if (ctx.tree.preposition(c).equals("of")) {
                side.addAll(ctx.actorsOf(c));
            }
        }
    }

    /** "talks between Iran and Russia". */
    private static List<ActorMention> betweenPair(PhraseActors ctx, int n) {
        for (int c : ctx.tree.children(n, "nmod")) {
            if (ctx.tree.preposition(c).equals("between")) {
                List<ActorMention> all = ctx.actorsOf(c);
                if (all.size() >= 2) {
                    return all;
                }
            }
        }
        return List.of();
    }

    private List<ActorMention> subjectActors(PhraseActors ctx, int v) {
        List<ActorMention> out = new ArrayList<>();
        for (int s : ctx.tree.children(v, "nsubj")) {
            out.addAll(ctx.sourcesOf(s));
            if (out.isEmpty()) {
                out.addAll(pronoun(ctx, s));
            }
            if (out.isEmpty()) {
                out.addAll(possessorInSpeech(ctx, s, v)); // "Israel said its jets had struck…"
            }
        }
        if (out.isEmpty()) {
            out.addAll(speakerOfAMisparsedClause(ctx, v));
        }
        // "it is the minister who met…" and copulas: a subject on the copula's predicate
        return out;
    }

    /**
     * "Ethiopia indicated it should have acted against Libya", parsed with "indicated" as the clausal
     * subject of "acted" and "it" as its object: the pronoun between the speech verb and the act is
     * the act's subject, and in what a speaker says "it" is the speaker.
     */
    private List<ActorMention> speakerOfAMisparsedClause(PhraseActors ctx, int v) {
        DependencyTree tree = ctx.tree;
        for (int c : tree.children(v, "csubj")) {
            boolean pronounBetween = tree.children(c, "obj").stream()
                    .anyMatch(o -> o > c && o < v && "PRP".equals(tree.token(o).pos()));
            if (c < v && cues.is(tree, c, Cue.SPEECH) && pronounBetween) {
                List<ActorMention> speaker = new ArrayList<>();
                for (int sp : tree.children(c, "nsubj")) {
                    speaker.addAll(ctx.sourcesOf(sp));
                }
                return speaker;
            }
        }
        return List.of();
    }

    /**
     * Whom a threat is aimed at when it names nobody: the one whose act its condition waits on.
     * "threatened to stop negotiations if the United States goes ahead with the deployment", "to
     * strike unless Israel rescinded its annexation": the subject of an if/unless clause on the
     * threat or on what it threatens (down its chain of infinitives).
     */
    private List<ActorMention> conditionedParties(PhraseActors ctx, int t) {
        DependencyTree tree = ctx.tree;
        List<Integer> chain = new ArrayList<>(List.of(t));
        for (int i = 0; i < chain.size() && chain.size() < 4; i++) {
            chain.addAll(tree.children(chain.get(i), "xcomp"));
        }
        List<ActorMention> out = new ArrayList<>();
        for (int v : chain) {
            for (int clause : tree.children(v, "advcl")) {
                if (cues.marks(tree, clause, Cue.CONDITION)) {
                    out.addAll(clauseSubjects(ctx, clause));
                }
            }
        }
        return out;
    }

    /** The actors a clause's subjects name. */
    private static List<ActorMention> clauseSubjects(PhraseActors ctx, int clause) {
        List<ActorMention> out = new ArrayList<>();
        for (int s : ctx.tree.children(clause, "nsubj")) {
            out.addAll(ctx.sourcesOf(s));
        }
        return out;
    }

    /** A verb without its own subject shares its governor's ("wants to create", "by signing"). */
    private List<ActorMention> governorSubject(PhraseActors ctx, int v) {
        DependencyTree tree = ctx.tree;
        int k = v;
        // the accused did what the charge says, not a verb conjoined to the charge by mistake
        boolean misplacedConjunct = false;
        for (int steps = 0; steps < 5; steps++) {
            String rel = tree.baseRelation(k);
            int h = tree.head(k);
            misplacedConjunct |= h > 0 && conjunctMisplacedOnAGerund(tree, k, h);
            if (h <= 0 || !CLIMB.contains(rel)) {
                return List.of();
            }
            if (rel.equals("acl")) {
                // "an attack on a mosque in northern Iraq that killed…": the place is where, not who;
                // so is an area the clause hangs on ("in the commercial area of Al-Sinek, which killed 28")
                boolean onAnArea = cues.is(tree.lemma(h), Cue.AREA_NOUN);
                if (describedDoer(tree, k)) {
                    return ctx.mentionsAt(h); // "Mr Straw, visiting Beijing, noted…": Straw visits
                }
                if (!tree.relation(k).equals("acl:relcl") || onAnArea) {
                    return List.of();
                }
                List<ActorMention> doers = ctx.doersOf(h);
                if (doers.isEmpty() && aimedAtByAnAct(tree, h)) {
                    // "Israel's raid on a Gaza-bound flotilla that killed nine activists": the raid killed
                    return ctx.doersOf(tree.head(h));
                }
                return doers;
            }
            if (doneByTheObject(tree, k, h) && !misplacedConjunct) {
                return objectActors(ctx, h); // "accused the army of arresting protesters": the army arrested
            }
            List<ActorMention> punished = misplacedConjunct ? List.of() : punishedFor(ctx, k, h);
            if (!punished.isEmpty()) {
                return punished; // "imposed sanctions on Turkey for acquiring the S-400": Turkey acquired it
            }
            if (rel.equals("xcomp") && cues.is(tree.lemma(h), Cue.OBJECT_CONTROL)
                    && !tree.children(h, "obj").isEmpty()) {
                // "warned local tribesmen to stop protecting militants": the object does it, named as
                // an actor or not, and the warner does not; but whom one orders ("ordered troops to
                // withdraw") are one's own, and an unnamed one acts for the one who gave the order
                List<ActorMention> controller = objectActors(ctx, h);
                if (!controller.isEmpty() || !cues.is(tree.lemma(h), Cue.ORDER_VERB)) {
                    return controller;
                }
            }
            int misparsedSubject = objectBeforeClause(tree, h, k);
            if (misparsedSubject > 0) {
                return ctx.sourcesOf(misparsedSubject); // "Russia says Israel must end attacks": Israel ends them
            }
            if (rel.equals("dep") && cues.is(tree, h, Cue.SPEECH) && reportedRightAfter(tree, h, k)) {
                // "officials say fighting between Hamas and a family has killed 11", the reported
                // clause hung loosely on the speech verb: the speaker does not do what is reported
                // (one set off by a comma is the speaker's: "he said, urging voters to…")
                return List.of();
            }
            List<ActorMention> s = subjectActors(ctx, h);
            if (!s.isEmpty() || hasOwnSubject(tree, h)) {
                return s;
            }
            k = h;
        }
        return List.of();
    }

    /** Noun n is what another noun's act is aimed at: "a raid on a flotilla", "attacks against convoys". */
    private static boolean aimedAtByAnAct(DependencyTree tree, int n) {
        int act = tree.head(n);
        return act > 0 && tree.token(act).isNoun() && tree.baseRelation(n).equals("nmod")
                && DIRECTIONS.contains(tree.preposition(n));
    }

    /**
     * Word k, hung as "dep" on speech verb h, is the subject the parser split off the reported clause:
     * it follows h with no punctuation between, and a subjectless reported verb follows it
     * ("officials say fighting … has killed 11"). "Wrote to Mr McConnell accusing him…" has no such verb.
     */
    private static boolean reportedRightAfter(DependencyTree tree, int h, int k) {
        if (k < h) {
            return false;
        }
        for (int i = h + 1; i < k; i++) {
            if (tree.baseRelation(i).equals("punct")) {
                return false;
            }
        }
        return tree.hasChild(h, c -> c > k && REPORTED_CLAUSE.contains(tree.baseRelation(c)) && !hasOwnSubject(tree, c));
    }

    /**
     * A present participle set off after its noun ("Mr Straw, visiting Beijing, noted…") says what
     * the noun's actor is doing; only an actor named by the noun itself does it ("a billboard
     * opposite Westminster accusing the government" names no doer), and a participle led by a
     * preposition ("before travelling to Sudan") is no description.
     */
    private static boolean describedDoer(DependencyTree tree, int participle) {
        return "VBG".equals(tree.token(participle).pos()) && participle > 1
                && ",".equals(tree.token(participle - 1).word())
                && !tree.hasChild(participle, c -> tree.baseRelation(c).equals("mark")
                        || tree.baseRelation(c).equals("case"));
    }

    /**
     * "Russia says Israel must end attacks on Syria", parsed with "Israel" as the object of "says"
     * and "end" as a loose clause: a speech verb's object between it and a clause with no subject of
     * its own is that clause's subject. Returns the object's token, or 0.
     */
    private int objectBeforeClause(DependencyTree tree, int speech, int clause) {
        String r = tree.baseRelation(clause);
        if (!(r.equals("dep") || r.equals("ccomp")) || !cues.is(tree, speech, Cue.SPEECH) || hasOwnSubject(tree, clause)) {
            return 0;
        }
        for (int o : tree.children(speech, "obj")) {
            if (o > speech && o < clause) {
                return o;
            }
        }
        return 0;
    }

    /**
     * A speech verb after the act, with no "that" and a comma before its subject ("…, officials
     * said"): the attribution, misparsed as a complement. "alleges that Mr Blair told Mr Brown" is
     * a real complement, whose subject the allegation is about.
     */
    private boolean attributionAfter(DependencyTree tree, int t, int c) {
        if (c < t || !cues.is(tree, c, Cue.SPEECH) || !tree.children(c, "mark").isEmpty()) {
            return false;
        }
        int subject = tree.children(c, "nsubj").stream().mapToInt(tree::leftEdge).min().orElse(c);
        for (int k = t + 1; k < subject; k++) {
            if (",".equals(tree.token(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speech verb's subject names a person or a body ("Trudeau administration officials"), as a
     * speaker does; a misparsed object ("reject proposed Israeli changes …, X said", where the parser
     * made "changes" the subject of "said") names neither.
     */
    private static boolean spokenByAPersonOrBody(PhraseActors ctx, int speech) {
        for (int s : ctx.tree.children(speech, "nsubj")) {
            for (ActorMention m : ctx.actorsOf(s)) {
                if (m.kind() == ActorDictionary.Kind.PERSON || !m.actor().sectors().isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * k heads the of/for/with phrase of an accusing, blaming or thanking verb h that has an object
     * ("accused the army of arresting", "charged two men with attacking the embassy").
     */
    private boolean doneByTheObject(DependencyTree tree, int k, int h) {
        return tree.chargePhrase(k) && cues.is(tree.lemma(h), Cue.OBJECT_DOER) && !tree.children(h, "obj").isEmpty();
    }

    /**
     * "Tehran accuses the group of launching attacks inside Iran", parsed with the charge hung from
     * the object: what the object is accused or thanked for is no part of who it is, so a party
     * named only there is not the target (the group, named but not coded, leaves it open).
     */
    private List<ActorMention> outsideTheCharge(DependencyTree tree, int verb, int object, List<ActorMention> named) {
        if (!cues.is(tree.lemma(verb), Cue.OBJECT_DOER)) {
            return named;
        }
        Set<Integer> charge = new HashSet<>();
        for (int c : chargesOf(tree, object)) {
            charge.addAll(tree.subtree(c));
        }
        return named.stream().filter(m -> !charge.contains(m.last())).toList();
    }

    /**
     * The phrases of an object that say what it is accused or thanked for: a for- or with-phrase, or
     * an of-phrase that names an act ("of launching attacks"), not a party ("the men and women of
     * the armed forces").
     */
    private static List<Integer> chargesOf(DependencyTree tree, int object) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(object, "nmod")) {
            String prep = tree.preposition(c);
            boolean act = tree.token(c).isVerb() || tree.hasChild(c, k -> "VBG".equals(tree.token(k).pos())
                    && (tree.baseRelation(k).equals("amod") || tree.baseRelation(k).equals("compound")));
            if (CHARGE_WORDS.contains(prep) && (act || !prep.equals("of"))) {
                out.add(c);
            }
        }
        return out;
    }

    /** "came under attack", "is under fire": the act is done to the governor's subject. */
    private static boolean underAct(DependencyTree tree, int n) {
        return tree.head(n) > 0 && tree.baseRelation(n).equals("obl") && tree.preposition(n).equals("under");
    }

    /**
     * A finite verb or a bare past participle conjoined to a gerund: the parser hung a conjunct of
     * a higher verb there ("accused Britain of stealing the islands, and called on Mr Blair to…").
     * A perfect gerund ("of having attacked") has its auxiliary.
     */
    private static boolean conjunctMisplacedOnAGerund(DependencyTree tree, int k, int h) {
        String pos = tree.token(k).pos();
        boolean finiteOrBareParticiple = FINITE.contains(pos)
                || "VBN".equals(pos) && tree.children(k, "aux").isEmpty();
        return tree.baseRelation(k).equals("conj") && finiteOrBareParticiple && "VBG".equals(tree.token(h).pos());
    }

    /**
     * A gerund in a "for" phrase of an act on someone is what that someone did: "imposed sanctions
     * on Turkey for acquiring…", "criticised Iran for supporting militias". The one acted on, named
     * by an on/against phrase or the object, is its doer; none gives an empty list.
     */
    private static List<ActorMention> punishedFor(PhraseActors ctx, int k, int h) {
        DependencyTree tree = ctx.tree;
        if (!"VBG".equals(tree.token(k).pos()) || !tree.preposition(k).equals("for")
                && tree.children(k, "mark").stream().noneMatch(m -> tree.lemma(m).equals("for"))) {
            return List.of();
        }
        for (int o : tree.children(h, "obl")) {
            String prep = tree.preposition(o);
            if (prep.equals("on") || prep.equals("against")) {
                List<ActorMention> acted = ctx.actorsOf(o);
                if (!acted.isEmpty()) {
                    return acted;
                }
            }
        }
        return objectActors(ctx, h);
    }

    /** The actors the direct objects of word v name. */
    private static List<ActorMention> objectActors(PhraseActors ctx, int v) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : ctx.tree.children(v, "obj")) {
            out.addAll(ctx.actorsOf(o));
        }
        return out;
    }

    private List<ActorMention> obliqueTargets(PhraseActors ctx, int head, List<String> preps, String rel) {
        return obliqueTargets(ctx, head, preps, rel, o -> false);
    }

    /**
     * The doers a passive's by-phrase names, read as a subject is read: a place in a phrase that
     * names no person or body says where, not who ("killed by a roadside bomb in southern
     * Afghanistan" is no act of Afghanistan's; "killed by Iraqi troops" is Iraq's).
     */
    private List<ActorMention> agents(PhraseActors ctx, int v) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : ctx.tree.children(v, "obl")) {
            if (ctx.tree.preposition(o).equals("by")) {
                out.addAll(ctx.sourcesOf(o));
            }
        }
        return out;
    }

    /**
     * Force comes from a place and goes where its direction says: "fired missiles from Lebanese
     * airspace into Syria" strikes Syria, not Lebanon.
     */
    private List<ActorMention> forceTargets(PhraseActors ctx, int t, List<String> preps) {
        DependencyTree tree = ctx.tree;
        IntPredicate origin = o -> tree.preposition(o).equals("from") && cues.is(tree.lemma(o), Cue.ORIGIN_PLACE);
        List<ActorMention> out = new ArrayList<>(obliqueTargets(ctx, t, preps, "obl", origin));
        for (int o : tree.children(t, "obl")) {
            if (out.isEmpty() && origin.test(o)) {
                out.addAll(obliqueTargets(ctx, o, DIRECTIONS, "nmod"));
            }
        }
        return out;
    }

    /** As above, passing over the phrases {@code skip} rules out. */
    private List<ActorMention> obliqueTargets(PhraseActors ctx, int head, List<String> preps, String rel, IntPredicate skip) {
        return obliqueTargets(ctx, head, preps, rel, skip, false);
    }

    /** As above; with {@code hosts}, a capital where a meeting is held names its host government. */
    private List<ActorMention> obliqueTargets(PhraseActors ctx, int head, List<String> preps, String rel, IntPredicate skip,
            boolean hosts) {
        DependencyTree tree = ctx.tree;
        for (String prep : preps) {
            List<ActorMention> out = new ArrayList<>();
            for (int o : tree.children(head, rel)) {
                // "regret on behalf of the United States": whom the speaker stands for, not the target
                if (tree.preposition(o).equals(prep) && !tree.lemma(o).equals("behalf") && !helpers(tree, o) && !skip.test(o)) {
                    out.addAll(hosts ? ctx.hostsOf(o) : ctx.actorsOf(o));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "captured with the aid of Jordanian intelligence", "with the backing of the US": those who
     * help the source are on its side, never the act's target.
     */
    private static boolean helpers(DependencyTree tree, int o) {
        return tree.preposition(o).equals("with") && HELP.contains(tree.lemma(o));
    }

    /**
     * "Syria says it is willing…": a pronoun subject inside what a speaker says is the speaker;
     * else "he"/"she" is the last person named. Plural "we"/"they" elsewhere are left to the context rule.
     */
    private List<ActorMention> pronoun(PhraseActors ctx, int s) {
        String w = ctx.tree.token(s).word().toLowerCase(Locale.ROOT);
        if (REPORTED_PRONOUNS.contains(w)) {
            List<ActorMention> speaker = speakerAbove(ctx, ctx.tree.head(s)).stream()
                    .filter(m -> agrees(ctx.tree, w, m)).toList();
            if (!speaker.isEmpty()) {
                return speaker;
            }
            if (PhraseActors.PERSONAL_PRONOUNS.contains(w) && uncodedSpeakerAbove(ctx, ctx.tree.head(s))) {
                return List.of(); // "the president said he…": he is the speaker, whom no code names
            }
        }
        if (PhraseActors.PERSONAL_PRONOUNS.contains(w)) {
            // "He urged the chancellor": a subject pronoun is not its own verb's object
            List<ActorMention> objects = objectsOf(ctx, ctx.tree.head(s));
            return ctx.actors.lastPersonBefore(ctx.sentence, s, w,
                    m -> objects.stream().anyMatch(o -> ctx.actors.samePerson(o, m)))
                    .filter(m -> m.actor().code() != null).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /**
     * Whether what a clause says is said by one person the text names by a noun no code places
     * ("the president said he plans to meet…", "a witness said he saw…"): "he" is that speaker, not
     * the last person named before; but one who speaks for another ("a spokesman said he would
     * attend") may mean the one spoken for.
     */
    private boolean uncodedSpeakerAbove(PhraseActors ctx, int clause) {
        DependencyTree tree = ctx.tree;
        for (int k = clause, steps = 0; k > 0 && steps < 4; k = tree.head(k), steps++) {
            String rel = tree.baseRelation(k);
            int h = tree.head(k);
            if (h > 0 && REPORTED_CLAUSE.contains(rel) && cues.is(tree, h, Cue.SPEECH)) {
                List<Integer> subjects = tree.subjects(h);
                if (subjects.size() != 1) {
                    return false;
                }
                int speaker = subjects.get(0);
                return SINGULAR_NOUN.contains(tree.token(speaker).pos()) && !"PERSON".equals(tree.token(speaker).ner())
                        && !SPEAKS_FOR.contains(tree.lemma(speaker)) && ctx.actorsOf(speaker).isEmpty();
            }
            if (!rel.equals("ccomp") && !rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("advcl")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Egyptian authorities say a bus driver is in custody after he opened fire": "he" and "she"
     * stand for one person, "it" for no person; a speaker they cannot stand for is not whom they mean.
     */
    private static boolean agrees(DependencyTree tree, String pronoun, ActorMention speaker) {
        ActorDictionary.Kind kind = speaker.kind();
        if (pronoun.equals("it")) {
            return kind != ActorDictionary.Kind.PERSON;
        }
        if (!PhraseActors.PERSONAL_PRONOUNS.contains(pronoun)) {
            return true;
        }
        if (kind == ActorDictionary.Kind.PERSON || speaker.sentence() != tree.sentence().index()) {
            return true;
        }
        // one person named or titled ("U.N. Secretary-General Kofi Annan", "the Iranian foreign
        // minister"), not a body, a state or a plural ("Egyptian authorities", "the Home Office")
        String tag = tree.token(speaker.last()).pos();
        boolean named = false;
        for (int k = speaker.first(); k <= speaker.last(); k++) {
            named |= "PERSON".equals(tree.token(k).ner());
        }
        // "U.N." of "U.N. Secretary-General Kofi Annan": a name the person's title opens with
        for (int k = speaker.last(), steps = 0; k > 0 && steps < 4 && tree.relation(k).equals("compound"); steps++) {
            k = tree.head(k);
            named |= k > 0 && "PERSON".equals(tree.token(k).ner());
        }
        return named || "NN".equals(tag);
    }

    /** The actors a verb, or the infinitive it governs ("went on to accuse Mr Brown"), has as object. */
    private static List<ActorMention> objectsOf(PhraseActors ctx, int verb) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : ctx.tree.children(verb)) {
            String r = ctx.tree.relation(o);
            if (r.equals("obj") || r.equals("iobj")) {
                for (int c : ctx.tree.withConjuncts(o)) {
                    ctx.actors.at(ctx.sentence, c).ifPresent(out::add); // "accused the government and the chancellor"
                }
            } else if (r.equals("xcomp")) {
                out.addAll(objectsOf(ctx, o));
            }
        }
        return out;
    }

    /**
     * "Israel said one of its jets was shot down": "its"/"their" in what a speaker says, in a phrase
     * that names no actor, is the speaker's.
     */
    private List<ActorMention> possessorInSpeech(PhraseActors ctx, int head, int verb) {
        for (int k : ctx.tree.subtree(head)) {
            String w = ctx.tree.token(k).word().toLowerCase(Locale.ROOT);
            if (ctx.tree.relation(k).equals("nmod:poss") && OWNER_PRONOUNS.contains(w)) {
                return speakerAbove(ctx, verb);
            }
        }
        return List.of();
    }

    /**
     * Another direct object of the verb is the one the row asks for, and this one is not: the
     * parser gave the verb two objects ("pressing its offensive …, prompting fears").
     */
    private static boolean otherObject(DependencyTree tree, int t, int o, TriggerDictionary.Pattern p) {
        Set<String> asked = p.objects();
        return !asked.contains(tree.lemma(o))
                && tree.children(t, "obj").stream().anyMatch(other -> other != o && asked.contains(tree.lemma(other)));
    }

    /**
     * "Iran said Israeli jets had struck its bases near Damascus": a phrase owned by "its" in what a
     * speaker says is the speaker's (not the striker's own), and that beats a place inside it.
     */
    private List<ActorMention> ownedOrNamed(PhraseActors ctx, int head, int verb, List<ActorMention> named,
            List<ActorMention> sources) {
        if (!ctx.sourcesOf(head).isEmpty()) {
            return named; // a party named in the phrase itself, not only where it is
        }
        List<ActorMention> owner = possessorInSpeech(ctx, head, verb).stream()
                .filter(m -> sources.stream().noneMatch(m::sameParty)).toList();
        return owner.isEmpty() ? named : owner;
    }

    /**
     * "Iran is building tunnels to conceal and protect parts of its nuclear program": "its" in the
     * object agrees with the act's own subject, a singular body, before any speaker; the object is
     * the doer's own, so the speaker is not its owner. Force is the exception: what is struck is
     * another's ("Iran said Israel had struck its bases").
     */
    private static boolean ownsItsObject(DependencyTree tree, int object, List<ActorMention> sources,
            TriggerDictionary.Pattern p) {
        if (CameoCode.isForce(p.cameo())) {
            return false;
        }
        boolean its = tree.subtree(object).stream().anyMatch(k -> tree.relation(k).equals("nmod:poss")
                && tree.token(k).word().equalsIgnoreCase("its"));
        return its && sources.stream().anyMatch(m -> m.sentence() == tree.sentence().index()
                && m.kind() != ActorDictionary.Kind.PERSON && SINGULAR_NOUN.contains(tree.token(m.last()).pos()));
    }

    /** The subject of the speech verb whose complement holds {@code clause}, if any. */
    private List<ActorMention> speakerAbove(PhraseActors ctx, int clause) {
        DependencyTree tree = ctx.tree;
        List<ActorMention> attribution = List.of();
        for (int k = clause, steps = 0; k > 0 && steps < 4; k = tree.head(k), steps++) {
            String rel = tree.baseRelation(k);
            int h = tree.head(k);
            if (h > 0 && REPORTED_CLAUSE.contains(rel) && cues.is(tree, h, Cue.SPEECH)) {
                List<ActorMention> speaker = new ArrayList<>();
                for (int sp : tree.subjects(h)) {
                    speaker.addAll(ctx.actorsOf(sp));
                }
                if (!speaker.isEmpty() && attributionAfter(tree, clause, h)) {
                    // "Ethiopia indicated it would act…, a senior official said", with the clause hung
                    // under "said": the closer speaker before "it" is whom "it" stands for
                    attribution = attribution.isEmpty() ? speaker : attribution;
                } else if (!speaker.isEmpty()) {
                    return speaker;
                }
            }
            // "said it had struck … after one of its jets was shot down": side clauses are still said
            if (!rel.equals("ccomp") && !rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("parataxis")
                    && !rel.equals("advcl")) {
                break;
            }
        }
        return attribution;
    }

    /**
     * The actors an object or passive subject names; "him"/"her"/"he"/"she" there is the last
     * person named before it, unless that is the act's own source ("Brown said Blair had
     * criticised him": not Blair criticising himself, so no target rather than a wrong one).
     * Without {@code places} a place phrase names nobody; in a meeting's phrase a capital names the host.
     */
    private static List<ActorMention> actorsOrPerson(PhraseActors ctx, int head, List<ActorMention> sources,
            boolean places, boolean meeting) {
        List<ActorMention> named = !places ? ctx.sourcesOf(head) : meeting ? ctx.hostsOf(head) : ctx.actorsOf(head);
        if (!named.isEmpty()) {
            return named;
        }
        return ctx.otherPersonBehindPronoun(head, sources).filter(m -> sources.stream().noneMatch(m::sameActor))
                .map(List::of).orElse(List.of());
    }

    /**
     * "The United States and Saudi Arabia, which are brokering the talks", "Iran welcomed the
     * talks", "complained about a raid on a German organisation": a noun act that is the object of a
     * verb coding another act, or its about/over/of phrase, is that act's topic, not the verb
     * subject's own act (as in "held talks", "signed an agreement", "launched an attack", where both
     * words code the same act or the verb codes none). Its light-verb source goes.
     */
    public static Arguments withoutGovernorsSource(DependencyTree tree, Trigger t, Arguments args,
            List<Trigger> sentenceTriggers) {
        String r = tree.baseRelation(t.token());
        boolean topic = r.equals("obj") || r.equals("obl") && TOPIC_PREPS.contains(tree.preposition(t.token()));
        if (t.verb() || !args.rule().startsWith("light-verb-subject") || args.sources().isEmpty() || !topic) {
            return args; // "Iran agreed, in a deal with Britain, to…": a phrase beside the verb is its own act
        }
        int governor = tree.head(t.token());
        String act = t.pattern().cameo().substring(0, 3); // brokering (045) talks (046) are two acts
        // a statement verb does the act it announces ("announced a suspension of air links"), and
        // one agreeing, offering or promising does the act it takes on ("agreed a ceasefire")
        boolean otherAct = sentenceTriggers.stream().anyMatch(o -> o.token() == governor && o.verb()
                && !o.pattern().cameo().startsWith(act) && !o.pattern().cameo().startsWith("01")
                && !o.pattern().cameo().startsWith("03"));
        return otherAct ? new Arguments(List.of(), args.targets(), TOPIC_OF_ANOTHER_ACT) : args;
    }

    /**
     * True when the subject is a plural stand-in for parties already named ("the countries", "both
     * sides"). "They" and "we" are not, unless the verb says "each other": read in BBC stories, a
     * "they" that borrowed the last event's two parties nearly always stood for one group ("they
     * want more clarity" after a doctors' complaint, "they have signed a motion" after MPs' appeal
     * to a ministry); {@link ContextParties} lets them stand for a pair the text just named as one.
     */
    public boolean pluralSubject(DependencyTree tree, int t) {
        return pluralSubject(tree, t, false);
    }

    /** As {@link #pluralSubject(DependencyTree, int)}, counting "they" and "we" too. */
    public boolean pluralOrPronounSubject(DependencyTree tree, int t) {
        return pluralSubject(tree, t, true);
    }

    private boolean pluralSubject(DependencyTree tree, int t, boolean pronouns) {
        int k = t;
        for (int steps = 0; steps < 4 && k > 0; steps++) {
            for (int s : tree.children(k, "nsubj")) {
                boolean pronoun = "PRP".equals(tree.token(s).pos());
                if (cues.standsForParties(tree.token(s)) && (pronouns || !pronoun || eachOther(tree, k))) {
                    return true;
                }
            }
            if (!CLIMB.contains(tree.baseRelation(k))) {
                break;
            }
            k = tree.head(k);
        }
        return false;
    }

    /** "we support each other", "they met one another": the pronoun is two parties. */
    static boolean eachOther(DependencyTree tree, int v) {
        return tree.hasChild(v, o -> {
            String w = tree.token(o).word().toLowerCase(Locale.ROOT);
            return (w.equals("other") || w.equals("another")) && tree.hasChild(o, d -> {
                String x = tree.token(d).word().toLowerCase(Locale.ROOT);
                return x.equals("each") || x.equals("one");
            });
        });
    }

    private static long distinctParties(List<ActorMention> ms) {
        return ms.stream().map(m -> ActorCodes.party(m.actor())).distinct().count();
    }

    private static List<ActorMention> dedupe(List<ActorMention> in) {
        return new ArrayList<>(new LinkedHashSet<>(in));
    }
}
