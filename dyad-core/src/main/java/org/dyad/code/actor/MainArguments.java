package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Each sentence's main-clause subject and object (1-based tokens; empty for none or no parse):
 * whom a sentence is about, which a pronoun in the next one most often takes up — a subject
 * pronoun its subject, an object pronoun its object ("Putin met Raisi. The minister told him…" is
 * Raisi).
 */
public record MainArguments(List<List<Integer>> subjects, List<List<Integer>> objects) {
    static final MainArguments NONE = new MainArguments(List.of(), List.of());
    /** "met the Iranian president Ebrahim Raisi" may come out with the title as an indirect object. */
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    private static final Set<String> SUBJECTS = Set.of("nsubj");
    /** Words that name the same one as the argument's head: "the president, Ebrahim Raisi". */
    private static final Set<String> SAME_ONE = Set.of("appos", "dep", "flat", "compound");

    public MainArguments {
        subjects = List.copyOf(subjects);
        objects = List.copyOf(objects);
    }

    /** The subject and object of each sentence's root verb, as its parse gives them. */
    public static MainArguments of(AnnotatedArticle article) {
        List<List<Integer>> subjects = new ArrayList<>();
        List<List<Integer>> objects = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            subjects.add(underRoot(s, SUBJECTS));
            objects.add(underRoot(s, OBJECTS));
        }
        return new MainArguments(subjects, objects);
    }

    List<Integer> subject(int sentence) {
        return sentence >= 0 && sentence < subjects.size() ? subjects.get(sentence) : List.of();
    }

    List<Integer> object(int sentence) {
        return sentence >= 0 && sentence < objects.size() ? objects.get(sentence) : List.of();
    }

    /** The first argument of the root with one of these relations: its head and the words naming the same one. */
    private static List<Integer> underRoot(AnnotatedSentence s, Set<String> relations) {
        for (Token t : s.tokens()) {
            boolean underRoot = t.head() > 0 && s.tokens().get(t.head() - 1).head() == 0;
            if (underRoot && relations.contains(t.relation())) {
                List<Integer> out = new ArrayList<>(List.of(t.index()));
                s.tokens().stream().filter(c -> c.head() == t.index() && SAME_ONE.contains(c.relation()))
                        .forEach(c -> out.add(c.index()));
                return out;
            }
        }
        return List.of();
    }
}
