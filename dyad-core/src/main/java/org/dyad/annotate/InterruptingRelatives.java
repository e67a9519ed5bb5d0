package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A relative clause between a subject and its verb ("Peter Nielson, who is UKIP Scotland chairman,
 * said he had suspended Mr Houston") is the other place CoreNLP's parser often loses the main
 * clause: it made "Nielson" the root and "said" a side clause inside the relative one. When the
 * parse gives the words before the relative clause no subject role in the clause after it, the
 * sentence without the relative clause and the relative clause are parsed each on its own and
 * joined: the relative clause hangs from the noun before it as {@code acl:relcl}, with its commas
 * or dashes ("Lord Kinnock - who led Labour until 1992 - was…").
 */
final class InterruptingRelatives {
    /** How far into the sentence the comma or dash after the subject may be. */
    private static final int MAX_SUBJECT = 12;
    /** How long the relative clause may be, in tokens. */
    private static final int MAX_RELATIVE = 40;
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("WP", "WDT", "WP$");
    /** A finite verb; VBN too, as the tagger reads a past tense after a dash or comma ("- said if…"). */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD", "VBN");
    /** Tags after a relative pronoun that make it the clause's subject ("who stepped", "which will"). */
    private static final Set<String> SUBJECT_FOLLOWERS = Set.of("VBD", "VBZ", "VBP", "MD", "RB");

    /**
     * The subject starts at {@code start} and the relative clause lies between the commas (or
     * dashes) at {@code open} and {@code close}; 0-based positions.
     */
    record Span(int start, int open, int close) {
    }

    private InterruptingRelatives() {
    }

    /** Where the relative clause is when the parse lost the subject's clause around it; null when the parse stands. */
    static Span brokenAt(List<CoreLabel> labels, SemanticGraph graph) {
        if (graph == null || graph.getRoots().size() != 1) {
            return null;
        }
        Span span = relativeAfterSubject(labels);
        if (span == null || subjectOfMainClause(graph, span)) {
            return null;
        }
        return span;
    }

    /**
     * "Mr Hague, who stepped down after…, does not rule out…": a noun phrase with no verb, a comma
     * or dash, a relative pronoun, and the first later comma or dash (the same kind) that a finite
     * verb follows, adverbs between ("Lord Kinnock - who led Labour until 1992 - was…"). The noun
     * phrase opens the sentence or a clause after ", but" / ", and" ("…, but Turkey, which
     * occupies northern Cyprus, had insisted…").
     */
    private static Span relativeAfterSubject(List<CoreLabel> labels) {
        Span first = relativeAfterSubject(labels, 0);
        for (int k = 1; first == null && k + 1 < labels.size(); k++) {
            String before = labels.get(k - 1).word();
            boolean clauseStart = (",".equals(before) || ";".equals(before)) && "CC".equals(labels.get(k).tag());
            first = clauseStart ? relativeAfterSubject(labels, k + 1) : null;
        }
        return first;
    }

    private static Span relativeAfterSubject(List<CoreLabel> labels, int start) {
        int open = -1;
        for (int i = start; i < Math.min(labels.size(), start + MAX_SUBJECT + 1); i++) {
            String tag = labels.get(i).tag();
            if (delimiter(labels.get(i)) != null) {
                open = i;
                break;
            }
            boolean openingQuote = i == start && "``".equals(tag);
            if (tag.startsWith("VB") || "MD".equals(tag) || ":".equals(tag)
                    || !openingQuote && ("``".equals(tag) || "''".equals(tag))) {
                return null;
            }
        }
        if (open < start + 1 || open + 2 >= labels.size() || !labels.get(open - 1).tag().startsWith("NN")
                || !RELATIVE_PRONOUNS.contains(labels.get(open + 1).tag())) {
            return null;
        }
        String kind = delimiter(labels.get(open));
        int quotes = 0;
        for (int k = open + 2; k < Math.min(labels.size() - 1, open + MAX_RELATIVE); k++) {
            String tag = labels.get(k).tag();
            String closing = delimiter(labels.get(k));
            if (closing == null && ":".equals(tag)) {
                return null; // a colon or semicolon: the clause does not close before the main verb
            }
            if ("``".equals(tag) || "''".equals(tag)) {
                quotes++;
            }
            if (kind.equals(closing) && quotes % 2 == 0 && finiteVerbNext(labels, k + 1)) {
                return new Span(start, open, k);
            }
        }
        return null;
    }

    /** "comma" or "dash" when the token sets off a clause, else null. */
    private static String delimiter(CoreLabel label) {
        String word = label.word();
        if (",".equals(word)) {
            return "comma";
        }
        return DASHES.contains(word) ? "dash" : null;
    }

    private static boolean finiteVerbNext(List<CoreLabel> labels, int from) {
        int k = from;
        while (k < labels.size() && "RB".equals(labels.get(k).tag())) {
            k++;
        }
        return k < labels.size() && FINITE.contains(labels.get(k).tag());
    }

    /**
     * Some word of the subject is the subject of a word after the relative clause, and, when the
     * subject opens the sentence, the root is after the clause too.
     */
    private static boolean subjectOfMainClause(SemanticGraph graph, Span span) {
        if (span.start() == 0 && graph.getFirstRoot().index() - 1 <= span.close()) {
            return false;
        }
        for (IndexedWord w : graph.vertexListSorted()) {
            if (w.index() - 1 < span.start() || w.index() - 1 >= span.open()) {
                continue;
            }
            for (var e : graph.incomingEdgeIterable(w)) {
                String r = e.getRelation().getShortName();
                if (r.startsWith("nsubj") || r.startsWith("csubj") || "expl".equals(r)) {
                    return e.getGovernor().index() - 1 > span.close();
                }
            }
        }
        return false;
    }

    /**
     * The sentence's graph from separate parses of the sentence without its relative clause and of
     * the relative clause; null when either cannot be parsed or the first still gives the subject no
     * verb after the clause (then the joined parse would be no better).
     */
    static SemanticGraph joined(CoreMap sentence, Span span, Function<CoreMap, SemanticGraph> parser) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] mainAt = SentenceParts.around(SentenceParts.range(0, span.open()),
                SentenceParts.range(span.close() + 1, labels.size()));
        int[] relativeAt = SentenceParts.range(span.open() + 1, span.close());
        SemanticGraph main = parser.apply(SentenceParts.part(labels, mainAt));
        SemanticGraph relative = parser.apply(asStatement(SentenceParts.part(labels, relativeAt)));
        if (main == null || relative == null || main.getRoots().size() != 1 || relative.getRoots().size() != 1) {
            return null;
        }
        SemanticGraph g = new SemanticGraph();
        List<IndexedWord> words = SentenceParts.vertices(labels, g);
        SentenceParts.copy(main, g, words, mainAt);
        SentenceParts.copy(relative, g, words, relativeAt);
        IndexedWord relativeRoot = SentenceParts.inSentence(relative.getFirstRoot(), words, relativeAt);
        g.setRoot(SentenceParts.inSentence(main.getFirstRoot(), words, mainAt));
        g.addEdge(words.get(span.open() - 1), relativeRoot, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER,
                Double.NEGATIVE_INFINITY, false);
        for (int delimiter : new int[] {span.open(), span.close()}) {
            g.addEdge(relativeRoot, words.get(delimiter), UniversalEnglishGrammaticalRelations.PUNCTUATION,
                    Double.NEGATIVE_INFINITY, false);
        }
        return subjectOfMainClause(g, span) ? g : null;
    }

    /**
     * The relative clause with its pronoun read as a personal one: parsed alone, "who is UKIP
     * Scotland chairman" is a question and "who had been due to…" a fragment, while "he is…" and
     * "his father was…" parse as the statements they are. The arcs keep the pronoun's own word.
     */
    private static CoreMap asStatement(CoreMap relative) {
        List<CoreLabel> tokens = relative.get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel pronoun = tokens.get(0);
        boolean subject = tokens.size() > 1 && SUBJECT_FOLLOWERS.contains(tokens.get(1).tag());
        if ("WP$".equals(pronoun.tag())) {
            stand(pronoun, "his", "PRP$");
        } else if (subject && "WP".equals(pronoun.tag())) {
            stand(pronoun, "he", "PRP");
        } else if (subject && "WDT".equals(pronoun.tag())) {
            stand(pronoun, "it", "PRP");
        }
        return relative;
    }

    private static void stand(CoreLabel token, String word, String tag) {
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setLemma(word);
        token.setTag(tag);
    }
}
