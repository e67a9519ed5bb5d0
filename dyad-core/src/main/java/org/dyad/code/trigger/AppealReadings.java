package org.dyad.code.trigger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.syntax.DependencyTree;

/**
 * When "ask" and "suggest" make no appeal. "Asked whether the police could cope", "asked how
 * the rules would work", "asking Mr Finegold if he is a war criminal" put a question; "suggested
 * that Mr Brown would meet his golden rule", "suggested Parliament could decide in 2011" state a
 * view. Neither asks anyone to act (CAMEO 02). "Asked Iran to free the crew", "asked for help",
 * "suggested that talks should resume" still do: an object, a for-phrase, an infinitive or a
 * should-clause is what is asked; "he asked on BBC Radio 4", with none of these, puts the question
 * the quote beside it holds. And "appealed against a finding", "an appeal against the ruling"
 * contest a decision before a court; they ask nobody to act. Conversely "told the government not
 * to compromise" is an appeal, though "tell" alone is a statement. Returns the triggers without
 * the readings that are no appeal, and with those that are.
 */
public final class AppealReadings {
    private static final Set<String> ASKING = Set.of("ask", "suggest");
    /** Verbs whose passive with a by-phrase is a feeling: "encouraged by the decision". */
    private static final Set<String> ENCOURAGING = Set.of("encourage");
    /** Speech verbs that ask their object to act when an infinitive follows: "told X to". */
    private static final Set<String> TELLING = Set.of("tell");
    /** What telling someone to act is: an appeal to them. */
    private static final String APPEAL = "020";
    /** Praise or endorse: what someone encouraged by a decision does toward its maker. */
    private static final String WELCOME = "051";
    /** What turns a clause into a question: "asked whether", "asked if", "asked how". */
    private static final Set<String> QUESTION_WORDS = Set.of("if", "whether", "how", "why", "what", "who", "when",
            "where", "which");
    /** Modals of a proposal: "suggested that talks should resume". */
    private static final Set<String> PROPOSING = Set.of("should", "must", "ought");
    private static final Set<String> IF = Set.of("if", "whether");
    /** Relations that say whom or what "ask" asks. */
    private static final Set<String> ASKED = Set.of("obj", "iobj", "xcomp", "ccomp");
    /** A modal or a finite verb right after the object starts a clause of its own ("suggested Labour was…"). */
    private static final Set<String> FINITE = Set.of("MD", "VBD", "VBZ", "VBP");

    private AppealReadings() {
    }

    public static List<Trigger> withoutNonAppeals(DependencyTree tree, List<Trigger> found) {
        return found.stream().filter(t -> !nonAppeal(tree, t)).map(t -> told(tree, felt(tree, t))).toList();
    }

    /**
     * "The QCA has told the government not to 'compromise'", "told Iran to stop enrichment": telling
     * someone to act asks them to (020), with them as the target; what it asks is not done
     * ({@link RequestedActs}). "Told MPs the army had attacked" (a that-clause) stays a statement.
     */
    private static Trigger told(DependencyTree tree, Trigger t) {
        int v = t.token();
        if (!t.verb() || !TELLING.contains(tree.lemma(v)) || !t.pattern().cameo().startsWith("01")
                || tree.children(v, "obj").isEmpty()
                || !tree.hasChild(v, x -> tree.baseRelation(x).equals("xcomp") && RequestedActs.infinitive(tree, x))) {
            return t;
        }
        TriggerDictionary.Pattern p = t.pattern();
        return new Trigger(t.sentence(), v, p.recoded(APPEAL, p.origin() + " told-to-act"), true);
    }

    /**
     * "The Council is encouraged by the decision of President Masum", "we are encouraged by
     * the progress": encouragement the subject feels, not an appeal made to it. The subject welcomes
     * what encourages it (051, praise), so the by-phrase is its target: the reading swaps the
     * passive's parties. "Were encouraged to apply" (an infinitive) is still an appeal.
     */
    private static Trigger felt(DependencyTree tree, Trigger t) {
        int v = t.token();
        boolean passive = tree.hasChild(v, c -> tree.relation(c).equals("nsubj:pass"));
        boolean byPhrase = tree.hasChild(v, c -> tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("by"));
        if (!t.verb() || !ENCOURAGING.contains(tree.lemma(v)) || !passive || !byPhrase
                || tree.hasChild(v, c -> tree.baseRelation(c).equals("xcomp"))) {
            return t;
        }
        TriggerDictionary.Pattern p = t.pattern();
        return new Trigger(t.sentence(), v, new TriggerDictionary.Pattern(p.lemma(), p.pos(), WELCOME, p.particle(),
                p.objects(), p.forbiddenObjects(), p.targetPreps(), true, p.origin() + " felt-encouragement", p.context(),
                p.conjoinedSubject(), p.argumentsInPhrase()), true);
    }

    private static boolean nonAppeal(DependencyTree tree, Trigger t) {
        int v = t.token();
        if (!t.pattern().cameo().startsWith("02")) {
            return false;
        }
        if (tree.lemma(v).equals("appeal") && tree.hasChild(v, c -> tree.preposition(c).equals("against"))) {
            return true; // "appealed against a finding", "an appeal against the ruling"
        }
        if (!t.verb() || !ASKING.contains(tree.lemma(v))) {
            return false;
        }
        for (int c : tree.children(v, "ccomp")) {
            if (question(tree, c) || tree.lemma(v).equals("suggest") && !proposal(tree, c)) {
                return true;
            }
        }
        // "asking Mr Finegold if he is…": the parser hangs the question on the verb as a condition
        boolean askedIf = tree.lemma(v).equals("ask") && tree.children(v, "advcl").stream().anyMatch(
                c -> tree.hasChild(c, m -> tree.baseRelation(m).equals("mark") && IF.contains(tree.lemma(m))));
        return askedIf || tree.lemma(v).equals("suggest") && viewAfterObject(tree, v)
                || tree.lemma(v).equals("ask") && nothingAsked(tree, v);
    }

    /** "…, he asked on BBC Radio 4": no one asked and nothing asked for, so the question is the quote's. */
    private static boolean nothingAsked(DependencyTree tree, int v) {
        return !tree.hasChild(v, c -> ASKED.contains(tree.baseRelation(c))
                || tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("for"));
    }

    /**
     * "suggested Parliament could decide in 2011", "suggested Labour was avoiding news conferences",
     * parsed with the party as the object and the rest a loose clause: a modal other than a should,
     * or a finite verb, right after the object says a view.
     */
    private static boolean viewAfterObject(DependencyTree tree, int v) {
        for (int o : tree.children(v, "obj")) {
            int next = tree.rightEdge(o) + 1;
            String tag = next <= tree.size() ? tree.token(next).pos() : "";
            if (FINITE.contains(tag) && !PROPOSING.contains(tree.lemma(next))) {
                return true;
            }
        }
        return false;
    }

    /** The clause opens with if, whether or a wh-word. */
    private static boolean question(DependencyTree tree, int clause) {
        int first = tree.leftEdge(clause);
        return QUESTION_WORDS.contains(tree.token(first).word().toLowerCase(Locale.ROOT));
    }

    /** "…that talks should resume", "…that he resign": a should-modal or a bare subjunctive. */
    private static boolean proposal(DependencyTree tree, int clause) {
        boolean modal = tree.children(clause, "aux").stream().anyMatch(a -> PROPOSING.contains(tree.lemma(a)));
        boolean subjunctive = "VB".equals(tree.token(clause).pos()) && tree.children(clause, "aux").isEmpty()
                && !tree.children(clause, "nsubj").isEmpty();
        return modal || subjunctive;
    }
}
