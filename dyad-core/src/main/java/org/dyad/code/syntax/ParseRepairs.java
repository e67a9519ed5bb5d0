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
 *
 * <p>"Fox responded by accusing Michael Howard of lying": the parser reads "accusing" as an
 * adjective of the name ("an accusing Michael Howard") and the name as the by-phrase. A reader sees
 * a gerund with its object. The repair makes the gerund the clause the preposition opens, the name
 * its object, and the name's own phrases ("of lying") the gerund's.
 *
 * <p>"Taylor has written to the watchdog accusing Labour of a breach": the parser reads "the
 * watchdog accusing Labour" as one phrase, "accusing" the adjective of "Labour". The repair makes
 * "accusing Labour of a breach" a clause of "written", with Labour its object.
 *
 * <p>"The Tories say Labour's plans to give all children two hours of sport have failed": with no
 * "that", the parser makes "say" the clausal subject of "failed", as if the saying had failed. A
 * reader sees the Tories saying something. The repair makes the speech verb the head and what it
 * says its complement ({@code ccomp}).
 *
 * <p>"Witnesses say Israeli troops shot and killed two civilians": the parser conjoins "killed" to
 * "say", as if the witnesses had killed. A reader sees the troops shooting and killing. The repair
 * conjoins the second verb to the first verb of what is said.
 *
 * <p>"Blamed the killing on Syria, the main power broker in Lebanon": the parser makes "the main
 * power broker" a second object of "blamed". The repair makes it Syria's apposition.
 *
 * <p>"A government report released Thursday says trade grew": the parser makes the participle
 * "released" the root, with "report" its subject and "says" hanging from it, as if the report had
 * released something. A reader sees a report that was released, and that says. The repair makes the
 * finite verb the root with the noun its subject, and the participle the noun's clause ({@code acl}).
 *
 * <p>"Campaign groups said UK government policy on free trade was a major barrier to fighting
 * poverty": the parser makes "policy" the object of "said" and leaves the clause "was a major
 * barrier" without a subject. The repair makes the object the clause's subject.
 *
 * <p>"\" I congratulate Paul on his new appointment": the parser makes the opening quotation mark
 * the root and the clause a "dep" of it. The repair makes the clause the root again.
 */
public final class ParseRepairs {
    /** Prepositions read as a clause's marker right after a verb ("called on", "called upon", "called for"). */
    private static final Set<String> STRANDED = Set.of("on", "upon", "for");
    /** Verbs of saying and thinking whose that-less complement the parser misreads. */
    private static final Set<String> SAYING = Set.of("say", "tell", "deny", "think", "believe", "suggest", "insist",
            "warn", "announce", "predict", "argue", "acknowledge", "claim", "add", "admit", "fear", "hope", "confirm",
            "reveal", "allege", "complain", "maintain", "concede", "agree", "stress", "accept", "estimate", "expect");
    /** Present participles that do describe a name ("the ruling Labour party", "visiting Premier Wen"). */
    private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("ruling", "governing", "leading", "opposing",
            "outgoing", "incoming", "rising", "growing", "remaining", "existing", "following", "neighbouring",
            "neighboring", "warring", "visiting", "reigning", "sitting", "upcoming", "ongoing", "mounting",
            "increasing", "continuing", "striking", "founding", "emerging", "developing", "booming", "dissenting",
            "according", "including", "excluding", "concerning", "regarding", "surrounding", "coming", "forthcoming",
            "presiding", "serving", "retiring", "departing", "caring", "training", "banking", "shipping", "housing");

    /** Verbs of saying whose object is whom they address ("told HRW that…"), not what they say. */
    private static final Set<String> ADDRESSING = Set.of("tell", "warn", "assure", "remind", "inform", "ask");
    /** Finite verb tags: a verb of these can be a sentence's own root. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP");
    private static final String SAY = "say";
    /** How the parser hangs the true main verb from a participle it took for the root. */
    private static final Set<String> STRANDED_MAIN = Set.of("dep", "parataxis", "ccomp");

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
        boolean changed = quoteReadAsRoot(tokens);
        for (Token m : s.tokens()) {
            changed |= askedOnWhom(tokens, m);
        }
        for (Token g : s.tokens()) {
            changed |= gerundReadAsAdjective(tokens, g);
        }
        for (Token g : s.tokens()) {
            changed |= participleAfterANounReadAsAdjective(tokens, g);
        }
        for (Token o : s.tokens()) {
            changed |= appositionReadAsObject(tokens, o);
        }
        for (Token v : s.tokens()) {
            changed |= speechReadAsClausalSubject(tokens, v);
        }
        for (Token v : s.tokens()) {
            changed |= conjunctReadAsTheSpeakers(tokens, v);
        }
        changed |= reducedRelativeReadAsRoot(tokens);
        for (Token v : s.tokens()) {
            changed |= subjectReadAsTheSpeechObject(tokens, v);
        }
        return changed ? new AnnotatedSentence(s.index(), s.start(), s.end(), tokens, true) : s;
    }

    /**
     * The root is a past participle with no auxiliary, a noun subject before it and, after it, a
     * finite verb (or one with a finite auxiliary: "workers taken hostage … have turned up") with no
     * subject of its own hung from it: "A report released Thursday says…". The
     * finite verb becomes the root with the noun as its subject; the participle becomes the noun's
     * {@code acl} and keeps its own phrases ("Thursday"); the closing punctuation goes to the root.
     * The finite verb may be a "say" read as an auxiliary of what is said
     * ({@link #clauseUnderASayReadAsAuxiliary}): what is said becomes its ccomp.
     */
    private static boolean reducedRelativeReadAsRoot(List<Token> tokens) {
        Token v = tokens.stream().filter(t -> t.head() == 0).findFirst().orElse(null);
        if (v == null || !"VBN".equals(v.pos()) || hasChild(tokens, v, "aux", "aux:pass", "cop")) {
            return false;
        }
        Token subject = only(tokens, v, "nsubj");
        Token main = null;
        for (Token t : tokens) {
            if (t.head() == v.index() && t.index() > v.index() && STRANDED_MAIN.contains(t.relation())
                    && (FINITE.contains(t.pos()) || finiteByItsAuxiliary(tokens, t))
                    && !hasChild(tokens, t, "nsubj", "nsubj:pass", "expl")) {
                main = t;
                break;
            }
        }
        Token reported = null;
        if (main == null) {
            reported = clauseUnderASayReadAsAuxiliary(tokens, v);
            main = reported == null ? null : sayOf(tokens, reported);
        }
        if (subject == null || main == null || !subject.isNoun() || subject.index() > v.index()) {
            return false;
        }
        for (Token t : tokens) {
            if (t.head() == v.index() && "punct".equals(t.relation()) && t.index() > main.index()) {
                tokens.set(t.index() - 1, t.withDependency(main.index(), "punct"));
            }
        }
        if (reported != null) {
            tokens.set(reported.index() - 1, reported.withDependency(main.index(), "ccomp"));
        }
        tokens.set(main.index() - 1, main.withDependency(0, "root"));
        tokens.set(subject.index() - 1, subject.withDependency(main.index(), "nsubj"));
        tokens.set(v.index() - 1, v.withDependency(subject.index(), "acl"));
        return true;
    }

    /**
     * "Relatives of more than 100 Iranians killed in the crash say officials ordered the transport to
     * fly": the parser reads "say" as an auxiliary of the reported verb, which it hangs from the
     * participle. A speech verb is never an auxiliary: the reported clause under the participle
     * whose auxiliary is "say", with its own subject after it, or null.
     */
    private static Token clauseUnderASayReadAsAuxiliary(List<Token> tokens, Token v) {
        for (Token c : tokens) {
            Token say = c.head() == v.index() && c.index() > v.index() && STRANDED_MAIN.contains(c.relation())
                    ? sayOf(tokens, c) : null;
            if (say != null && tokens.stream().anyMatch(t -> t.head() == c.index() && "nsubj".equals(t.relation())
                    && t.index() > say.index())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A verb made finite by its auxiliary: "workers taken hostage in Iraq … have turned up", where
     * "have" carries the tense. A "say" read as an auxiliary is no tense ({@link #sayOf}).
     */
    private static boolean finiteByItsAuxiliary(List<Token> tokens, Token verb) {
        return verb.isVerb() && finiteAuxiliaries(tokens, verb).stream().anyMatch(a -> !SAY.equals(a.lemma()));
    }

    /** The finite "say" hung from a clause as its auxiliary, or null. */
    private static Token sayOf(List<Token> tokens, Token clause) {
        return finiteAuxiliaries(tokens, clause).stream().filter(a -> SAY.equals(a.lemma())).findFirst().orElse(null);
    }

    private static List<Token> finiteAuxiliaries(List<Token> tokens, Token verb) {
        return tokens.stream().filter(a -> a.head() == verb.index() && "aux".equals(a.relation())
                && FINITE.contains(a.pos())).toList();
    }

    private static boolean hasChild(List<Token> tokens, Token parent, String... relations) {
        Set<String> rels = Set.of(relations);
        return tokens.stream().anyMatch(t -> t.head() == parent.index() && rels.contains(t.relation()));
    }

    /** The one child of {@code parent} by {@code relation}, or null when there is none or several. */
    private static Token only(List<Token> tokens, Token parent, String relation) {
        List<Token> found = tokens.stream().filter(t -> t.head() == parent.index() && relation.equals(t.relation()))
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The sentence's root is its opening quotation mark and the clause a "dep" of it: CoreNLP's parser
     * does this to every sentence that opens with a quote ("\" I congratulate Paul on his
     * appointment", 4% of BBC politics sentences). The quote's one word that is not punctuation
     * becomes the root, and the quote and its other punctuation hang from it.
     */
    private static boolean quoteReadAsRoot(List<Token> tokens) {
        Token quote = tokens.get(0);
        if (quote.head() != 0 || !"``".equals(quote.pos())) {
            return false;
        }
        Token clause = null;
        for (Token t : tokens) {
            if (t.head() == quote.index() && !"punct".equals(t.relation())) {
                if (clause != null) {
                    return false;
                }
                clause = t;
            }
        }
        if (clause == null) {
            return false;
        }
        for (Token t : tokens) {
            if (t.head() == quote.index() && t != clause) {
                tokens.set(t.index() - 1, t.withDependency(clause.index(), t.relation()));
            }
        }
        tokens.set(clause.index() - 1, clause.withDependency(0, "root"));
        tokens.set(quote.index() - 1, quote.withDependency(clause.index(), "punct"));
        return true;
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

    /**
     * Token g is a lower-case present participle read as the adjective of a proper noun, right
     * after the preposition that noun's phrase opens with: "by [accusing] Michael Howard", "after
     * [criticising] UKIP". The participle becomes a clause on the noun's head marked by the
     * preposition, the noun its object, and the noun's prepositional phrases after it the clause's.
     */
    private static boolean gerundReadAsAdjective(List<Token> tokens, Token g) {
        if (!participleReadAsAdjective(g)) {
            return false;
        }
        Token noun = tokens.get(g.head() - 1);
        Token prep = tokens.get(g.index() - 2);
        if (noun.index() < g.index() || noun.pos() == null || !noun.pos().startsWith("NNP") || noun.head() < 1
                || !"IN".equals(prep.pos()) || !"case".equals(prep.relation()) || prep.head() != noun.index()) {
            return false;
        }
        Token governor = tokens.get(noun.head() - 1);
        tokens.set(g.index() - 1, g.withDependency(governor.index(), governor.isVerb() ? "advcl" : "acl"));
        tokens.set(prep.index() - 1, prep.withDependency(g.index(), "mark"));
        tokens.set(noun.index() - 1, noun.withDependency(g.index(), "obj"));
        phrasesAfterToTheClause(tokens, noun, g);
        return true;
    }

    /** A lower-case present participle, not one that does describe a name, read as an adjective. */
    private static boolean participleReadAsAdjective(Token g) {
        return "VBG".equals(g.pos()) && "amod".equals(g.relation()) && g.index() >= 2
                && Character.isLowerCase(g.word().charAt(0))
                && !ADJECTIVAL_PARTICIPLES.contains(g.word().toLowerCase(Locale.ROOT));
    }

    /** The prepositional phrases after {@code name} ("of lying") become the participle's obliques. */
    private static void phrasesAfterToTheClause(List<Token> tokens, Token name, Token g) {
        for (Token t : tokens) {
            if (t.head() == name.index() && t.index() > name.index() && t.relation() != null
                    && t.relation().startsWith("nmod")) {
                tokens.set(t.index() - 1, t.withDependency(g.index(), "obl" + t.relation().substring(4)));
            }
        }
    }

    /**
     * Token g is a lower-case present participle between a common noun and a name, read as the
     * name's adjective with the noun as the name's compound: "wrote to [the watchdog] accusing
     * [Labour] of a breach" parsed as one phrase headed by "Labour". A participle right after a
     * noun is no adjective of what follows. The noun takes the name's place in the tree with its
     * opening words (preposition, article); the participle becomes a clause of the verb the phrase
     * hangs on, done by its subject ("wrote to the watchdog accusing…" as "wrote to him accusing…"),
     * or else of the noun; the name becomes its object, and the name's prepositional phrases after
     * it the participle's.
     */
    private static boolean participleAfterANounReadAsAdjective(List<Token> tokens, Token g) {
        if (!participleReadAsAdjective(g)) {
            return false;
        }
        Token name = tokens.get(g.head() - 1);
        Token noun = tokens.get(g.index() - 2);
        boolean named = name.pos() != null && name.pos().startsWith("NNP") || name.ner() != null && !"O".equals(name.ner());
        if (name.index() < g.index() || !named || name.head() < 1 || noun.pos() == null || !noun.pos().startsWith("NN")
                || noun.pos().startsWith("NNP") || noun.head() != name.index() || !"compound".equals(noun.relation())) {
            return false;
        }
        Token governor = tokens.get(name.head() - 1);
        tokens.set(noun.index() - 1, noun.withDependency(name.head(), name.relation()));
        // "wrote to the watchdog accusing Labour": the writer accuses, as in "wrote to him accusing…"
        tokens.set(g.index() - 1, governor.isVerb() ? g.withDependency(governor.index(), "advcl")
                : g.withDependency(noun.index(), "acl"));
        tokens.set(name.index() - 1, name.withDependency(g.index(), "obj"));
        for (Token t : tokens) {
            if (t.head() == name.index() && t.relation() != null && t.index() < noun.index()) {
                tokens.set(t.index() - 1, t.withDependency(noun.index(), t.relation())); // "to the"
            }
        }
        phrasesAfterToTheClause(tokens, name, g);
        return true;
    }

    /**
     * Token o is a verb's object that opens with an article right after a comma that follows a name
     * hung on the same verb: "blamed the killing on [Syria], [the main power broker] in Lebanon".
     * What follows the comma describes the name; it becomes the name's apposition, so the verb's
     * target is Syria, not a broker in Lebanon.
     */
    private static boolean appositionReadAsObject(List<Token> tokens, Token o) {
        if (!"obj".equals(o.relation()) || o.head() < 1) {
            return false;
        }
        int left = o.index();
        for (Token t : tokens) {
            if (within(tokens, t.index(), o.index()) && t.index() < left) {
                left = t.index();
            }
        }
        if (left < 3 || !"DT".equals(tokens.get(left - 1).pos()) || !",".equals(tokens.get(left - 2).word())) {
            return false;
        }
        Token name = tokens.get(left - 3);
        if (name.pos() == null || !name.pos().startsWith("NNP") || name.head() != o.head() || name.index() > o.index()) {
            return false;
        }
        tokens.set(o.index() - 1, o.withDependency(name.index(), "appos"));
        return true;
    }

    /**
     * Token v is a verb of saying with a subject of its own, read as the clausal subject of a verb
     * after it: "[The Tories say] Labour's plans … have failed". It takes that verb's place in the
     * tree, and that verb becomes its complement. A free relative ("What I think is shocking") has
     * a wh-word, and a passive ("these plans were announced by Gordon Brown") reports nothing: both
     * are left alone.
     */
    private static boolean speechReadAsClausalSubject(List<Token> tokens, Token v) {
        if (!"csubj".equals(v.relation()) || !v.isVerb() || v.lemma() == null || !SAYING.contains(v.lemma())
                || v.head() <= v.index()) {
            return false;
        }
        boolean subject = false;
        for (Token t : tokens) {
            if (t.head() == v.index() && t.relation() != null) {
                // an active subject: "these plans were announced by Gordon Brown" reports nothing
                subject |= t.relation().equals("nsubj");
                if (t.pos() != null && t.pos().startsWith("W")) {
                    return false;
                }
            }
        }
        if (!subject) {
            return false;
        }
        Token said = tokens.get(v.head() - 1);
        tokens.set(v.index() - 1, v.withDependency(said.head(), said.relation()));
        tokens.set(said.index() - 1, said.withDependency(v.index(), "ccomp"));
        return true;
    }

    /**
     * Token v is a verb of saying (not of addressing: "told HRW that…") whose object comes right
     * before its complement clause, and that clause, with a copula or an auxiliary and no "that", has
     * no subject: "[groups] said [UK government policy on free trade] was a major barrier", where
     * the parser made the policy what was said and left "barrier" without a subject. The object
     * becomes the clause's subject.
     */
    private static boolean subjectReadAsTheSpeechObject(List<Token> tokens, Token v) {
        if (!v.isVerb() || v.lemma() == null || !SAYING.contains(v.lemma()) || ADDRESSING.contains(v.lemma())) {
            return false;
        }
        Token object = only(tokens, v, "obj");
        Token clause = only(tokens, v, "ccomp");
        if (object == null || clause == null || !object.isNoun() || object.index() < v.index()
                || clause.index() < object.index() || hasChild(tokens, clause, "nsubj", "nsubj:pass", "csubj", "expl")
                || !hasChild(tokens, clause, "cop", "aux", "aux:pass") || hasChild(tokens, clause, "mark")) {
            return false;
        }
        int firstOfClause = tokens.stream().filter(t -> t.head() == clause.index()).mapToInt(Token::index)
                .filter(k -> k > object.index()).min().orElse(clause.index());
        for (int k = object.index() + 1; k < Math.min(firstOfClause, clause.index()); k++) {
            if (!within(tokens, k, object.index())) {
                return false; // something else stands between what was said and its verb
            }
        }
        tokens.set(object.index() - 1, object.withDependency(clause.index(), "nsubj"));
        return true;
    }

    /**
     * Verb v is conjoined to a speech verb, has no subject of its own and follows, after "and" or
     * "or", the verb of what the speech verb says: "say Israeli troops shot [two men] and killed…".
     * It becomes that verb's conjunct and shares its subject.
     */
    private static boolean conjunctReadAsTheSpeakers(List<Token> tokens, Token v) {
        if (!"conj".equals(v.relation()) || !v.isVerb() || v.head() <= 0 || v.head() >= v.index()) {
            return false;
        }
        Token said = tokens.get(v.head() - 1);
        if (said.lemma() == null || !SAYING.contains(said.lemma()) || v.index() < 3) {
            return false;
        }
        Token cc = tokens.get(v.index() - 2);
        if (!("and".equalsIgnoreCase(cc.word()) || "or".equalsIgnoreCase(cc.word())) || cc.head() != v.index()) {
            return false;
        }
        Token reported = null;
        for (Token t : tokens) {
            if (t.head() == v.index() && t.relation() != null && t.relation().startsWith("nsubj")) {
                return false; // "say the army shot them, and police arrested…": a clause of its own
            }
            if (t.head() == said.index() && "ccomp".equals(t.relation()) && t.isVerb() && t.index() > said.index()
                    && t.index() < v.index()) {
                reported = t;
            }
        }
        if (reported == null || !within(tokens, cc.index() - 1, reported.index())) {
            return false;
        }
        tokens.set(v.index() - 1, v.withDependency(reported.index(), "conj"));
        return true;
    }

    /** Token i (1-based) is word {@code top} or hangs below it. */
    private static boolean within(List<Token> tokens, int i, int top) {
        for (int k = i, steps = 0; k > 0 && steps < 40; k = tokens.get(k - 1).head(), steps++) {
            if (k == top) {
                return true;
            }
        }
        return false;
    }
}
