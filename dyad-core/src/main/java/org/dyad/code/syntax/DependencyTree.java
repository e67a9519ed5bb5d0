package org.dyad.code.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/** Navigation over a parsed sentence's basic UD tree. Token indices are 1-based; 0 is the root. */
public final class DependencyTree {
    private static final Set<String> OF_OR_FOR = Set.of("of", "for");
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("of", "for", "with");

    private final AnnotatedSentence sentence;
    private final List<List<Integer>> children;

    public DependencyTree(AnnotatedSentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        children = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            children.add(new ArrayList<>());
        }
        for (Token t : sentence.tokens()) {
            if (t.head() >= 0 && t.head() <= n) {
                children.get(t.head()).add(t.index());
            }
        }
    }

    public AnnotatedSentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public String lemma(int i) {
        return token(i).lemma();
    }

    public int head(int i) {
        return token(i).head();
    }

    /** The relation without its subtype: "nsubj:pass" → "nsubj". */
    public String baseRelation(int i) {
        String r = token(i).relation();
        if (r == null) {
            return "";
        }
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    public String relation(int i) {
        String r = token(i).relation();
        return r == null ? "" : r;
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children whose relation is {@code rel} or a subtype of it ("obl" matches "obl:tmod"). */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            String r = relation(c);
            if (r.equals(rel) || r.startsWith(rel + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    public boolean hasChild(int i, IntPredicate test) {
        for (int c : children.get(i)) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The preposition marking a nominal ("with" in "with Russia"), lowercased, or "". A participle
     * that serves as one keeps its own form ("following the protests", "regarding Iran"), not the
     * verb's lemma.
     */
    public String preposition(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children(i, "case")) {
            if (!"POS".equals(token(c).pos())) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append("VBG".equals(token(c).pos()) ? token(c).word().toLowerCase(Locale.ROOT) : lemma(c));
            }
        }
        for (int c : children(i, "fixed")) {
            sb.append(' ').append(lemma(c));
        }
        return sb.toString();
    }

    /**
     * Word i heads an "of" or "for" phrase of the word it hangs from, as an oblique or an adverbial
     * clause: "accused the army <b>of arresting</b> protesters", "blamed Israel <b>for</b> the bombing".
     */
    public boolean ofOrForPhrase(int i) {
        return phrase(i, OF_OR_FOR);
    }

    /**
     * What an accusing verb says its object did: its of, for or with phrase ("accused the army of
     * arresting", "blamed Israel for the bombing", "charged two men with attacking the embassy").
     */
    public boolean chargePhrase(int i) {
        return phrase(i, CHARGE_PREPOSITIONS);
    }

    private boolean phrase(int i, Set<String> preps) {
        String rel = baseRelation(i);
        boolean marked = rel.equals("advcl") // "of looting homes": the parser may mark a gerund clause
                && hasChild(i, c -> baseRelation(c).equals("mark") && preps.contains(lemma(c)));
        return (rel.equals("obl") || rel.equals("advcl")) && preps.contains(preposition(i)) || marked;
    }

    /** The first token (1-based) of the phrase word i heads. */
    public int leftEdge(int i) {
        int first = i;
        for (int k : subtree(i)) {
            first = Math.min(first, k);
        }
        return first;
    }

    /** The last token (1-based) of the phrase word i heads. */
    public int rightEdge(int i) {
        int last = i;
        for (int k : subtree(i)) {
            last = Math.max(last, k);
        }
        return last;
    }

    /** All tokens below i, i included, in sentence order. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        out.sort(null);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        if (depth > 60) {
            return; // a malformed graph must not recurse forever
        }
        out.add(i);
        for (int c : children.get(i)) {
            collect(c, out, depth + 1);
        }
    }

    /** True when {@code ancestor} dominates {@code i} (or is i). */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k > 0 && steps < 60; k = head(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Conjuncts of i ("Russia and China" from "Russia"), i itself first. */
    public List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int c : children(i, "conj")) {
            out.addAll(withConjuncts(c));
        }
        return out;
    }

    /** The first conjunct of the coordination word i belongs to ("release" in "release the crew and return the ship"). */
    public int firstConjunct(int i) {
        int k = i;
        while (baseRelation(k).equals("conj") && head(k) > 0) {
            k = head(k);
        }
        return k;
    }

    /** How a subjectless verb hangs from the verb whose subject it shares. */
    private static final Set<String> SUBJECT_SHARING = Set.of("advcl", "xcomp", "conj", "dep");
    private static final Set<String> CONJUNCT = Set.of("conj");

    /**
     * The subjects of verb v; a conjoined verb without one shares its first conjunct's
     * ("Syria condemned the raid and said…": Syria said).
     */
    public List<Integer> subjects(int v) {
        return subjectsUp(v, CONJUNCT, 6);
    }

    /**
     * The subjects of verb v or, when it has none, of the verb it hangs from as an adverbial clause,
     * complement or conjunct, up to three verbs up ("the train derailed and smashed into a building,
     * killing 37": the train).
     */
    public List<Integer> sharedSubjects(int v) {
        return subjectsUp(v, SUBJECT_SHARING, 4);
    }

    /**
     * The subjects of the first of at most {@code verbs} words from v up that has its own or does not
     * hang from the next by one of {@code through}; none when the chain goes on past them.
     */
    private List<Integer> subjectsUp(int v, Set<String> through, int verbs) {
        int k = v;
        for (int steps = 0; steps < verbs && k > 0; steps++) {
            List<Integer> own = children(k, "nsubj");
            if (!own.isEmpty() || !through.contains(baseRelation(k))) {
                return own;
            }
            k = head(k);
        }
        return List.of();
    }

    /**
     * The objects of verb v; a verb conjoined before an object it shares with its first conjunct
     * has it too ("shot and killed a police officer", "attacked and burned the village"): the
     * parser hangs a shared object on the first conjunct only. An object before v ("attacked
     * Gaza and killed…") belongs to the first verb alone.
     */
    public List<Integer> objects(int v) {
        List<Integer> own = children(v, "obj");
        if (!own.isEmpty() || !baseRelation(v).equals("conj") || head(v) <= 0 || !token(v).isVerb()
                || !token(head(v)).isVerb() || !children(v, "nsubj").isEmpty()) {
            return own;
        }
        List<Integer> shared = new ArrayList<>();
        for (int o : children(head(v), "obj")) {
            if (o > v) {
                shared.add(o);
            }
        }
        return shared;
    }
}
