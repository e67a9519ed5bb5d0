package org.dyad.code.certainty;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Certainty;
import org.dyad.model.Event.Attribution;

/**
 * How sure the text is that an event happened, and who says so. Looks at the trigger and the
 * clauses that govern it: negation ("not", "none of"), conditions ("if"), intentions ("wants to",
 * "will"), hedges ("may", "reportedly", "it can be concluded"), and speech ("said", "according
 * to"). The strongest reason wins: negated, hypothetical, intended, hedged, reported, asserted.
 */
public final class CertaintyClassifier {
    private static final int MAX_CLIMB = 8;
    /** Verbs that make a threat or a promise whatever condition it carries. */
    private static final Set<String> DECLARATIONS = Set.of("threaten", "vow", "pledge", "promise", "warn", "swear");
    /** Verbs whose if/whether clause is what is asked, not a condition. */
    private static final Set<String> QUESTIONING = Set.of("ask", "wonder", "question", "look", "see", "check",
            "know", "decide", "determine", "examine", "consider", "doubt", "query", "investigate");
    private static final Set<String> WOULD = Set.of("would", "'d");
    private static final Set<String> QUOTES = Set.of(":", "\"", "``", "''", "\u201c", "\u201d", "'");
    private final CueLexicon cues;

    public CertaintyClassifier(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * The verdict for one trigger.
     *
     * @param told the act is in someone's words ("said", "according to"), whether or not the
     *             speaker is known
     */
    public record Verdict(Certainty certainty, Attribution attributedTo, boolean told) {
    }

    /** Verbs that say whether, when or how their subject act happens. */
    private static final Set<String> HAPPENING = Set.of("be", "begin", "start", "continue", "resume", "take", "happen",
            "occur", "end", "stop", "cease", "finish", "conclude", "collapse", "fail", "succeed", "come", "go",
            "proceed", "break", "stall", "remain", "last", "escalate", "intensify", "spread", "follow", "open",
            "get", "become", "restart", "enter", "move", "run");

    public Verdict classify(DependencyTree tree, Trigger trigger, ArticleActors actors) {
        int t = trigger.token();
        Certainty c = own(tree, t, !trigger.verb());
        Attribution speaker = null;
        boolean told = false;
        boolean sameClause = true;
        boolean presupposed = false;
        boolean conditional = false;
        boolean declared = false;
        boolean conjunct = false;
        for (int k = t, below = t, steps = 0; k > 0 && steps < MAX_CLIMB; below = k, k = tree.head(k), steps++) {
            conditional |= sameClause && !presupposed && conditioned(tree, k);
            declared |= !presupposed && DECLARATIONS.contains(tree.lemma(k));
            if (k != t) {
                // a conjunct with an auxiliary or subject of its own keeps its own mood ("have not
                // allowed the party to rule and have detained its leader": the leader was detained)
                if (!presupposed && !(conjunct && ownClause(tree, below))) {
                    // "Hamas refuses to recognize Israel and has vowed to…": refusing governs what is
                    // refused, not the verb conjoined to it
                    Certainty above = conjunct ? own(tree, k, false) : stronger(own(tree, k, false), governing(tree, k, trigger));
                    c = stronger(c, sameClause ? above : acrossClause(tree, k));
                }
                // "Mr Straw, visiting Beijing, noted…": what the speaker does is not what is said
                boolean fromSpeaker = tree.baseRelation(below).equals("nsubj");
                if (speaker == null && !fromSpeaker && cues.is(tree, k, Cue.SPEECH) && tree.token(k).isVerb()) {
                    c = stronger(c, Certainty.REPORTED);
                    told = true;
                    speaker = speakerOf(tree, k, actors, trigger.sentence());
                }
            }
            Verdict aside = asides(tree, k, t, actors, trigger.sentence());
            if (aside != null) {
                c = stronger(c, aside.certainty());
                told |= aside.told();
                if (speaker == null) {
                    speaker = aside.attributedTo();
                }
            }
            int according = speaker == null ? accordingTo(tree, k) : -1;
            if (according > 0) {
                told = true;
                speaker = attribution(tree, according, actors, trigger.sentence());
                if (speaker != null) {
                    c = stronger(c, Certainty.REPORTED);
                }
            }
            if (allegedIn(tree, k)) {
                c = stronger(c, Certainty.HEDGED); // "accused the army of arresting protesters"
            }
            if (!presupposed && claimed(tree, k)) {
                c = stronger(c, denied(tree, tree.head(k)) ? Certainty.NEGATED : Certainty.HEDGED);
            }
            sameClause &= sameEvent(tree, k);
            conjunct = tree.baseRelation(k).equals("conj");
            // "Erdogan, who brokered the deal, is expected to…": a relative clause states its act
            // on its own; what governs the noun it describes (intent, doubt, negation) does not reach it
            presupposed |= tree.relation(k).equals("acl:relcl");
        }
        // "The EU may halt aid if …", "talks will begin only if…", "hopes to sign if the Kremlin
        // agrees" hang on a condition; a threat or a vow is made whatever its condition ("threatened
        // to attack unless…"), and CAMEO codes it as one
        if (conditional && c != Certainty.NEGATED && coercive(trigger) && (c == Certainty.INTENDED || wouldOn(tree, t))) {
            // "will boycott the elections unless the president steps down", "said it would strike back
            // if attacked": a coercive act stated as coming on another's act is a threat, made now
            c = Certainty.INTENDED;
        } else if (conditional && !(declared && c == Certainty.INTENDED) && c.ordinal() < Certainty.HYPOTHETICAL.ordinal()) {
            c = Certainty.HYPOTHETICAL;
        }
        return new Verdict(c, speaker, told || speaker != null);
    }

    /** The verb has an auxiliary or a subject of its own, not only its first conjunct's. */
    private static boolean ownClause(DependencyTree tree, int verb) {
        return tree.hasChild(verb, a -> tree.baseRelation(a).equals("aux") || tree.baseRelation(a).equals("nsubj"));
    }

    private static boolean coercive(Trigger trigger) {
        return CameoCode.isCoercive(trigger.pattern().cameo());
    }

    /** "would" on the act or on a verb whose infinitive it is ("would be forced to respond"). */
    private static boolean wouldOn(DependencyTree tree, int t) {
        for (int k = t, steps = 0; k > 0 && steps < 3; k = tree.head(k), steps++) {
            boolean would = tree.hasChild(k, a -> tree.baseRelation(a).equals("aux")
                    && WOULD.contains(tree.token(a).word().toLowerCase(Locale.ROOT)));
            if (would) {
                return true;
            }
            if (!tree.baseRelation(k).equals("xcomp")) {
                return false;
            }
        }
        return false;
    }

    /** Word k heads the of/for/with phrase of an accusing verb ("accused X of…", "charged X with…"): only alleged. */
    private boolean allegedIn(DependencyTree tree, int k) {
        int h = tree.head(k);
        return h > 0 && cues.is(tree.lemma(h), Cue.ALLEGATION) && tree.token(h).isVerb() && tree.chargePhrase(k);
    }

    /** Clause k is what a claim noun says: "a report that London is urging…", "allegations that the army fired". */
    private boolean claimed(DependencyTree tree, int k) {
        int h = tree.head(k);
        String r = tree.relation(k);
        return h > 0 && (r.equals("ccomp") || r.equals("acl")) && tree.token(h).isNoun()
                && cues.is(tree.lemma(h), Cue.CLAIM_NOUN)
                && tree.hasChild(k, c -> tree.baseRelation(c).equals("mark") && tree.lemma(c).equals("that"));
    }

    /** The claim noun is what a denial verb takes: "denied a report that…", "rejected claims that…". */
    private boolean denied(DependencyTree tree, int claim) {
        int v = tree.head(claim);
        return v > 0 && tree.baseRelation(claim).equals("obj") && tree.token(v).isVerb()
                && cues.is(tree.lemma(v), Cue.NEGATIVE_VERB);
    }

    /** Whether the word k and its head describe one event ("wants to create"), not two clauses. */
    private boolean sameEvent(DependencyTree tree, int k) {
        String r = tree.baseRelation(k);
        if (r.equals("acl")) {
            // an infinitive ("in a hurry to make offers"); quotes can turn its "mark" into "dep"
            return tree.hasChild(k, c -> c < k && tree.lemma(c).equals("to")
                    && (tree.baseRelation(c).equals("mark") || tree.baseRelation(c).equals("dep")));
        }
        if (tree.relation(k).equals("nsubj")) {
            return happens(tree, tree.head(k));
        }
        return switch (r) {
            case "xcomp", "obj", "nsubj", "obl", "nmod", "compound", "amod", "dep", "conj", "advmod" -> true;
            default -> false;
        };
    }

    /**
     * An act named as the subject of an active verb shares that verb's modality only when the verb
     * says whether or how it happens ("talks will begin", "the visit did not take place", "the
     * offensive seems to have stalled"); a verb saying what the act did or does leaves it as told
     * ("the American demand had not changed", "the strike did not kill anyone").
     */
    private boolean happens(DependencyTree tree, int verb) {
        String lemma = tree.lemma(verb);
        return !tree.token(verb).isVerb() || HAPPENING.contains(lemma) || cues.is(lemma, Cue.NEGATIVE_VERB)
                || cues.is(lemma, Cue.HEDGE_VERB);
    }

    /** A clause above the trigger's clause: "X said that…", "it is believed that…". */
    private Certainty acrossClause(DependencyTree tree, int k) {
        String lemma = tree.lemma(k);
        if (cues.is(lemma, Cue.HEDGE_VERB)) {
            return Certainty.HEDGED;
        }
        if (cues.is(lemma, Cue.INTENT_VERB)) {
            return Certainty.INTENDED;
        }
        return Certainty.ASSERTED;
    }

    /**
     * Side clauses of a chain word: ", judging by the words of X," (hedge, X the source),
     * "…, he said" (speech), with the speaker when one is named; null when there is none.
     */
    private Verdict asides(DependencyTree tree, int k, int trigger, ArticleActors actors, int sentence) {
        for (int child : tree.children(k)) {
            String r = tree.baseRelation(child);
            boolean sideClause = r.equals("advcl") || r.equals("parataxis")
                    || (r.equals("ccomp") || r.equals("dep")) && child > trigger;
            if (!sideClause || tree.dominates(child, trigger)) {
                continue;
            }
            if (r.equals("advcl") && tree.children(child, "nsubj").isEmpty()) {
                continue; // "Speaking on the radio, Howard attacked Blair": the actor's own words, no teller
            }
            if (r.equals("advcl") && subordinated(tree, child)) {
                continue; // "X dismissed the plan, while Y said it was misdirected": Y tells its own view
            }
            String lemma = tree.lemma(child);
            if (cues.is(tree, child, Cue.SPEECH)) {
                return new Verdict(Certainty.REPORTED, speakerOf(tree, child, actors, sentence), true);
            }
            if (cues.is(lemma, Cue.HEDGE_VERB) && tree.children(child, "xcomp").isEmpty()) {
                // "…, it appears" comments on the act; "militias appeared to be moving" says its own thing
                return new Verdict(Certainty.HEDGED, sourceNoun(tree, child, actors, sentence), false);
            }
        }
        return null;
    }

    /**
     * An adverbial clause opened by "while", "after", "because"… states something of its own beside
     * the main clause; only "as" ("as the minister said") makes it the teller of the main clause.
     */
    private static boolean subordinated(DependencyTree tree, int clause) {
        return tree.hasChild(clause, m -> m < clause && tree.baseRelation(m).equals("mark")
                && !tree.lemma(m).equals("as"));
    }

    /** "by the words of General Bagheri": the person a source noun points at. */
    private Attribution sourceNoun(DependencyTree tree, int head, ArticleActors actors, int sentence) {
        for (int k : tree.subtree(head)) {
            if (cues.is(tree.lemma(k), Cue.SOURCE_NOUN) && tree.token(k).isNoun()) {
                for (int of : tree.children(k, "nmod")) {
                    return attribution(tree, of, actors, sentence);
                }
            }
        }
        return null;
    }

    /** Cues attached to a word of the chain itself: negation, modals, hedging adverbs, "possible". */
    private Certainty own(DependencyTree tree, int k, boolean nounTrigger) {
        Certainty c = Certainty.ASSERTED;
        for (int child : tree.children(k)) {
            String r = tree.baseRelation(child);
            String lemma = tree.lemma(child);
            String word = tree.token(child).word().toLowerCase(Locale.ROOT);
            if ((r.equals("advmod") || r.equals("det") || r.equals("neg")) && (cues.is(lemma, Cue.NEGATOR) || cues.is(word, Cue.NEGATOR))) {
                c = stronger(c, Certainty.NEGATED);
            } else if (r.equals("nsubj") && negativeSubject(tree, child)) {
                c = stronger(c, Certainty.NEGATED);
            } else if (r.equals("mark") && cues.is(lemma, Cue.CONDITION)) {
                c = stronger(c, Certainty.HYPOTHETICAL);
            } else if ((r.equals("cop") || r.equals("aux")) && lemma.equals("be") && toInfinitive(tree, k, child)) {
                c = stronger(c, Certainty.INTENDED); // "Rice is to travel to Britain": what is arranged
            } else if (r.equals("aux")) {
                c = stronger(c, backshiftedWill(tree, k, word) ? Certainty.INTENDED : modal(lemma, word));
            } else if (r.equals("advmod") && cues.is(lemma, Cue.HEDGE_ADVERB)) {
                c = stronger(c, Certainty.HEDGED);
            } else if (nounTrigger && r.equals("amod")) {
                if (cues.is(lemma, Cue.HYPOTHETICAL_ADJECTIVE)) {
                    c = stronger(c, Certainty.HYPOTHETICAL);
                } else if (cues.is(lemma, Cue.HEDGE_ADJECTIVE)) {
                    c = stronger(c, Certainty.HEDGED);
                }
            }
        }
        return c;
    }

    /** "is to travel": "be" before the "to" of verb k, which the parser hangs both on. */
    private static boolean toInfinitive(DependencyTree tree, int k, int be) {
        return tree.token(k).isVerb() && tree.hasChild(k, c -> c > be && c < k
                && tree.baseRelation(c).equals("mark") && tree.lemma(c).equals("to"));
    }

    /**
     * A word above the trigger that changes it: "wants to", "refused to", "seems to", "plans to".
     * An attempt at force is the act, made ("forces attempted to seize the hospital"), as CAMEO
     * codes attacks whatever their outcome; an attempt at anything else is an intention still.
     */
    private Certainty governing(DependencyTree tree, int k, Trigger trigger) {
        String lemma = tree.lemma(k);
        if (cues.is(lemma, Cue.NEGATIVE_VERB)) {
            return Certainty.NEGATED;
        }
        if (cues.is(lemma, Cue.ATTEMPT_VERB) && coercive(trigger)) {
            return Certainty.ASSERTED;
        }
        if (cues.is(lemma, Cue.INTENT_VERB) || cues.is(lemma, Cue.INTENT_NOUN) && tree.token(k).isNoun()) {
            return Certainty.INTENDED;
        }
        if (cues.is(lemma, Cue.HEDGE_VERB)) {
            return Certainty.HEDGED;
        }
        return Certainty.ASSERTED;
    }

    /**
     * "Syria said it would shoot down Turkish aircraft": in reported speech "would" is the speaker's
     * "will", a stated intention, unless a condition hangs on the act ("would respond if…"). Only
     * indirect speech with the speech verb first is backshifted.
     */
    private boolean backshiftedWill(DependencyTree tree, int k, String word) {
        if (!WOULD.contains(word)) {
            return false;
        }
        int clause = tree.firstConjunct(k);
        int h = tree.head(clause);
        boolean reported = h > 0 && h < clause && tree.baseRelation(clause).equals("ccomp") && tree.token(h).isVerb()
                && cues.is(tree, h, Cue.SPEECH);
        return reported && !quotedBetween(tree, h, k) && !conditioned(tree, k);
    }

    /** Direct speech keeps the speaker's own modal: 'said: "they would restrict access"' is conditional. */
    private static boolean quotedBetween(DependencyTree tree, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (QUOTES.contains(tree.token(i).word())) {
                return true;
            }
        }
        return false;
    }

    /** An "if"/"unless" clause on the act: "would retaliate if attacked". */
    private boolean conditioned(DependencyTree tree, int k) {
        if (QUESTIONING.contains(tree.lemma(k))) {
            return false; // "asked him if he was…", "looked at whether…": a question, not a condition
        }
        return tree.children(k, "advcl").stream().anyMatch(a -> conditionClause(tree, a));
    }

    private boolean conditionClause(DependencyTree tree, int clause) {
        return cues.marks(tree, clause, Cue.CONDITION)
                && !tree.hasChild(clause, m -> tree.baseRelation(m).equals("mark") && tree.lemma(m).equals("whether"));
    }

    private Certainty modal(String lemma, String word) {
        if (cues.is(word, Cue.FUTURE_MODAL) || cues.is(lemma, Cue.FUTURE_MODAL)) {
            return Certainty.INTENDED;
        }
        if (cues.is(word, Cue.HYPOTHETICAL_MODAL)) {
            return Certainty.HYPOTHETICAL;
        }
        if (cues.is(word, Cue.HEDGE_MODAL) || cues.is(lemma, Cue.HEDGE_MODAL)) {
            return Certainty.HEDGED;
        }
        return Certainty.ASSERTED;
    }

    /** "none of its exporters", "no country", "nobody". */
    private boolean negativeSubject(DependencyTree tree, int s) {
        if (cues.is(tree.lemma(s), Cue.NEGATOR)) {
            return true;
        }
        if (cues.is(tree.lemma(s), Cue.NEGATIVE_VERB) && tree.token(s).isNoun()) {
            return true; // "its failure to crack down", parsed with the noun as the clause's subject
        }
        return tree.hasChild(s, c -> tree.baseRelation(c).equals("det") && cues.is(tree.lemma(c), Cue.NEGATOR));
    }

    private Attribution speakerOf(DependencyTree tree, int speechVerb, ArticleActors actors, int sentence) {
        for (int s : tree.subjects(speechVerb)) {
            return attribution(tree, s, actors, sentence);
        }
        // "…, Prime Minister Najib Mikati said." is often parsed with the name off the verb
        for (ActorMention m : actors.in(sentence)) {
            if (m.last() == speechVerb - 1 && m.kind() == ActorDictionary.Kind.PERSON) {
                return new Attribution(m.actor().text(), m.actor().code());
            }
        }
        return null;
    }

    /** The X of "according to X" on a word of the chain, or -1. */
    private static int accordingTo(DependencyTree tree, int k) {
        for (int c : tree.children(k)) {
            String r = tree.baseRelation(c);
            if ((r.equals("obl") || r.equals("nmod")) && tree.preposition(c).startsWith("accord")) {
                return c;
            }
        }
        return -1;
    }

    private Attribution attribution(DependencyTree tree, int head, ArticleActors actors, int sentence) {
        Optional<ActorMention> m = Optional.empty();
        for (int k : tree.subtree(head)) {
            m = actors.at(sentence, k);
            if (m.isPresent()) {
                break;
            }
        }
        String w = tree.token(head).word().toLowerCase(Locale.ROOT);
        if (m.isEmpty() && (w.equals("he") || w.equals("she"))) {
            m = actors.lastPersonBefore(sentence, head, w);
        }
        if (m.isPresent()) {
            return new Attribution(m.get().actor().text(), m.get().actor().code());
        }
        String ner = tree.token(head).ner();
        boolean named = "PERSON".equals(ner) || "ORGANIZATION".equals(ner);
        return named ? new Attribution(tree.token(head).word(), null) : null;
    }

    public static Certainty stronger(Certainty a, Certainty b) {
        return b.ordinal() > a.ordinal() ? b : a;
    }
}
