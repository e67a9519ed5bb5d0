package org.dyad.code.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Mends parses CoreNLP's dependency parser gets wrong the same way every time, so the coder's rules
 * read the sentence as written. Returns a new sentence; the annotated one is left as parsed. The
 * coder mends the whole article first, so every stage (actors, events, quotes) reads one tree.
 *
 * <p>"The TUC has called on the government to appoint safety reps": the parser makes "on" the
 * marker of a clause "the government to appoint…" with "the government" as its subject. A reader
 * sees "called on the government", whom the call is made to, and "to appoint…", what is asked. The
 * repair hangs "the government" on the verb as its on-phrase and the clause as its complement.
 * "Mottaki called for Israel to pull out" is parsed, and mended, the same way with "for".
 */
public final class ParseRepairs {
    /** Prepositions read as a clause's marker right after a verb ("called on", "called upon", "called for"). */
    private static final Set<String> STRANDED = Set.of("on", "upon", "for");

    private ParseRepairs() {
    }

    /** The article with every sentence's known misparses mended, read by all of the coder's stages alike. */
    public static AnnotatedArticle repaired(AnnotatedArticle article) {
        List<AnnotatedSentence> sentences = new ArrayList<>(article.sentences().size());
        boolean changed = false;
        for (AnnotatedSentence s : article.sentences()) {
            AnnotatedSentence mended = repaired(s);
            changed |= mended != s;
            sentences.add(mended);
        }
        return changed ? new AnnotatedArticle(article.article(), sentences, article.entities()) : article;
    }

    /** The sentence with its known misparses mended; the same sentence when there are none. */
    public static AnnotatedSentence repaired(AnnotatedSentence s) {
        if (!s.parsed()) {
            return s;
        }
        List<Token> tokens = new ArrayList<>(s.tokens());
        boolean changed = false;
        for (Token m : s.tokens()) {
            changed |= askedOnWhom(tokens, m);
        }
        return changed ? new AnnotatedSentence(s.index(), s.start(), s.end(), tokens, true) : s;
    }

    /**
     * Marker m is "on"/"upon" right after the verb its clause hangs from, and the clause has a
     * subject after m: "called on [the government] to appoint". The subject becomes the verb's
     * on-phrase, the clause its complement.
     */
    private static boolean askedOnWhom(List<Token> tokens, Token m) {
        if (!"mark".equals(m.relation()) || !STRANDED.contains(m.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token clause = tokens.get(m.head() - 1);
        int verb = clause.head();
        if (verb < 1 || verb != m.index() - 1 || !tokens.get(verb - 1).isVerb() || clause.relation() == null
                || !(clause.relation().equals("advcl") || clause.relation().equals("ccomp"))) {
            return false;
        }
        Token subject = null;
        for (Token t : tokens) {
            if (t.head() == clause.index() && t.relation().equals("nsubj") && t.index() > m.index()) {
                subject = t;
                break;
            }
        }
        if (subject == null) {
            return false;
        }
        tokens.set(m.index() - 1, m.withDependency(subject.index(), "case"));
        tokens.set(subject.index() - 1, subject.withDependency(verb, "obl"));
        tokens.set(clause.index() - 1, clause.withDependency(verb, "xcomp"));
        return true;
    }
}
