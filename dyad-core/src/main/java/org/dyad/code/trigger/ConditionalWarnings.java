package org.dyad.code.trigger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.syntax.DependencyTree;

/**
 * "France, Germany and Britain have warned Iran it will answer to the Security Council if it
 * resumes enrichment": a warning to a party of what follows if it acts is a threat (130), not an
 * appeal (020) or a comment (012); coding guide, section 3 ("warned that unless X acts, we will
 * act"). A warning with an addressee (a noun: "warned it will strike" has none) and, in what it
 * says or on the verb, a clause opened by "if"
 * or "unless" is read so. "Warned that if talks fail the economy will suffer" names no addressee
 * and stays a comment. Returns new triggers; the code's origin says {@code +conditional-warning}.
 */
public final class ConditionalWarnings {
    private static final String WARN = "warn";
    private static final String THREATEN = "130";
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    private ConditionalWarnings() {
    }

    public static List<Trigger> read(DependencyTree tree, List<Trigger> found) {
        return found.stream().map(t -> threat(tree, t) ? asThreat(t) : t).toList();
    }

    private static boolean threat(DependencyTree tree, Trigger t) {
        int v = t.token();
        String cameo = t.pattern().cameo();
        if (!t.verb() || !WARN.equals(tree.lemma(v)) || !(cameo.startsWith("01") || cameo.startsWith("02"))
                || tree.children(v, "obj").stream().noneMatch(o -> tree.token(o).isNoun())) {
            return false;
        }
        if (conditional(tree, v)) {
            return true;
        }
        return tree.children(v, "ccomp").stream().anyMatch(c -> conditional(tree, c));
    }

    /** An "if" or "unless" clause hangs from the word. */
    private static boolean conditional(DependencyTree tree, int word) {
        return tree.children(word, "advcl").stream().anyMatch(a -> tree.children(a, "mark").stream()
                .anyMatch(m -> CONDITIONS.contains(tree.lemma(m).toLowerCase(Locale.ROOT))));
    }

    private static Trigger asThreat(Trigger t) {
        TriggerDictionary.Pattern p = t.pattern();
        TriggerDictionary.Pattern threat = new TriggerDictionary.Pattern(p.lemma(), p.pos(), THREATEN, p.particle(),
                p.objects(), p.forbiddenObjects(), p.targetPreps(), p.sourceIsObject(),
                p.origin() + " +conditional-warning");
        return new Trigger(t.sentence(), t.token(), threat, true);
    }
}
