package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Token;

/**
 * What a statement does when the clause it reports judges someone. "The Tories said Labour's plans
 * were worthless" is no bare statement (010) but criticism of Labour (111); "…said the minister had
 * lied" an accusation (112); "…called it a courageous step" praise (051). A speech trigger (CAMEO
 * 01) whose reported clause — its that-clause, or the quote it hangs from ("'…worthless,' he said")
 * — is headed by a word of {@code evaluations.tsv} becomes that act, aimed at the clause's subject
 * (or the subject's possessor). A negated judgement, or a clause whose subject names no coded actor,
 * leaves the statement as it was.
 */
public final class ReportedEvaluations {
    static final String FILE = "org/dyad/cameo/evaluations.tsv";
    private static final String LIE = "lie";
    /** Words after "lie" that say where something lies: "in state", "ahead", "with the government". */
    private static final Set<String> LYING_PLACES = Set.of("in", "ahead", "with", "on", "at", "behind", "beneath",
            "between", "low", "dormant", "down", "near", "outside", "within");
    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no", "hardly");
    private static final Set<String> CLAUSES = Set.of("ccomp", "parataxis");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** The degree word of excess ("acting too late"), a row of the lexicon read only before a modifier. */
    private static final String EXCESS = "too";
    /** Subordinators that make what they introduce a condition, no judgement made. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Verbs that hand a lower judgement to another speaker or leave it unmade. */
    private static final Set<String> SPEECH = Set.of("say", "claim", "argue", "allege", "suggest", "think", "believe",
            "fear", "ask", "wonder", "deny", "insist", "tell", "warn", "accuse", "question", "complain", "admit",
            "feel");
    /** Verbs done against what their object names, so its fault is not their subject's. */
    private static final Set<String> COUNTERING = Set.of("end", "stop", "tackle", "fight", "combat", "prevent", "avoid",
            "expose", "highlight", "reveal", "investigate", "address", "resolve", "fix", "solve", "remedy", "condemn",
            "criticise", "criticize", "oppose", "reverse", "correct");
    /** How a judged word hangs from what it qualifies, up which its owner is sought. */
    private static final Set<String> QUALIFYING = Set.of("amod", "obj", "xcomp", "conj", "advmod", "compound", "acl");
    /** Verbs that name something as what it is judged to be: "called the plan reckless". */
    private static final Set<String> NAMING = Set.of("call", "describe", "brand", "label", "dub", "term", "dismiss");
    /** Verbs that refuse the judgement they report. */
    private static final Set<String> DENYING = Set.of("deny", "dispute", "reject");
    /** A denial (016: "dismissed the claims as nonsense") judges a claim, not a party. */
    private static final String DENIAL = "016";
    /** How the parser hangs the judging complement of a naming verb: "called X reckless", "described X as reckless". */
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "advcl", "obl", "dep");

    /** How a speech verb after its quote hangs from it: "'…,' he said", "…, say the Tories" ({@code dep}). */
    private static final Set<String> AFTER_QUOTE = Set.of("ccomp", "parataxis", "dep");

    /** The statement's new act: a trigger on the same word with the judgement's code, and whom it judges. */
    public record Evaluation(Trigger trigger, List<ActorMention> targets) {
        public Evaluation {
            targets = List.copyOf(targets);
        }
    }

    private record Judgement(String cameo, String origin) {
    }

    private final Map<String, Judgement> lexicon;
    /** The two-word rows, split ("lose trust" → [lose, trust], "high tax" → [high, tax]). */
    private final List<String[]> twoWordRows;

    private ReportedEvaluations(Map<String, Judgement> lexicon) {
        this.lexicon = Map.copyOf(lexicon);
        this.twoWordRows = lexicon.keySet().stream().sorted().map(k -> k.split(" ")).filter(w -> w.length == 2)
                .toList();
    }

    public static ReportedEvaluations shipped() {
        Map<String, Judgement> m = new HashMap<>();
        for (TsvRow r : TsvFile.resource(FILE).headerRow().columns(2, 3).rows()) {
            String cameo = r.required(1, "cameo");
            if (!cameo.matches("0[0-9]{2}|1[0-9]{2}")) {
                throw r.error("cameo must be a three-digit CAMEO code, got '" + cameo + "'");
            }
            if (m.put(r.required(0, "lemma"), new Judgement(cameo, "evaluations.tsv:" + r.line())) != null) {
                throw r.error("lemma listed twice");
            }
        }
        return new ReportedEvaluations(m);
    }

    /**
     * Quick test on tagged tokens, before any parse: could a statement here judge someone? True when
     * a word of the lexicon is present, as a lemma or hyphenated as written ("ill-advised").
     */
    public boolean mayJudge(List<Token> tokens) {
        Set<String> lemmas = new HashSet<>();
        for (int k = 1; k <= tokens.size(); k++) {
            if (judgementOf(tokens, k) != null) {
                return true;
            }
            lemmas.add(tokens.get(k - 1).lemma());
        }
        // a two-word row ("lose trust", "high tax"): both words somewhere in the sentence
        return twoWordRows.stream().anyMatch(w -> lemmas.contains(w[0]) && lemmas.contains(w[1]));
    }

    /** The judgement a statement's reported clause makes, or a naming verb's complement, if any. */
    public Optional<Evaluation> evaluate(DependencyTree tree, Trigger speech, ArticleActors found) {
        if (speech.verb() && NAMING.contains(tree.lemma(speech.token())) && !speech.pattern().cameo().equals(DENIAL)) {
            Optional<Evaluation> named = naming(tree, speech, found);
            if (named.isPresent()) {
                return named;
            }
        }
        if (!statementMade(tree, speech)) {
            return Optional.empty(); // "denied this strategy was opportunism": a judgement refused, not made
        }
        PhraseActors ctx = new PhraseActors(tree, found, tree.sentence().index());
        for (int clause : reportedClauses(tree, speech.token())) {
            for (int head : tree.withConjuncts(clause)) {
                Judgement j = judgementAt(tree, head);
                if (j == null || negated(tree, head) || COUNTERING.contains(tree.lemma(head))) {
                    continue; // "Veritas would avoid the old parties' lies": who avoids them is not judged
                }
                // "voters faced higher taxes under Labour": whose watch it is, before whom it befalls
                List<ActorMention> judged = whoseWatch(ctx, tree, head);
                List<Integer> otherOwners = judged.isEmpty() ? namedOwnersOfObject(tree, head) : List.of();
                if (!otherOwners.isEmpty()) {
                    // "Labour had repeated the Tories' lies": the owner named, not the subject, is judged
                    judged = otherOwners.stream().flatMap(o -> ctx.actorsOf(o).stream()).toList();
                    if (judged.isEmpty()) {
                        continue;
                    }
                }
                if (judged.isEmpty()) {
                    judged = judged(ctx, tree, subjects(tree, clause), found, speech);
                }
                if (judged.isEmpty()) {
                    judged = possessors(ctx, tree, head); // "the poster was Labour's misjudgement"
                }
                if (!judged.isEmpty()) {
                    return Optional.of(new Evaluation(judgementOn(speech, j), judged));
                }
            }
        }
        for (int clause : reportedClauses(tree, speech.token())) {
            Optional<Evaluation> lower = lowerJudgement(ctx, tree, clause, found, speech);
            if (lower.isPresent()) {
                return lower;
            }
        }
        return Optional.empty();
    }

    /**
     * A judgement lower in the reported clause than its head: "said Labour's rule had been marked by
     * failure", "said the plan was another example of Labour's authoritarian response". It judges
     * whose it is: the first possessor or subject met climbing from the judged word through what it
     * qualifies (an adjective's noun, a verb's object, an of-phrase's noun, a by-agent's verb) up to
     * the clause head, whose subject comes last. Not across a negation, a condition or another
     * speaker ("said critics claimed it was unfair" is the critics' judgement, reported); not from a
     * word of a name ("the Criminal Justice Act"); and a charge word (112: illegal, criminal) only
     * as what something is said to be ("was illegal"), not as a description ("criminal trials").
     */
    private Optional<Evaluation> lowerJudgement(PhraseActors ctx, DependencyTree tree, int clause, ArticleActors found,
            Trigger speech) {
        if (SPEECH.contains(tree.lemma(clause))) {
            return Optional.empty(); // "said Blunkett had complained he inherited a mess": Blunkett's judgement
        }
        for (int k : tree.subtree(clause)) {
            Judgement j = k == clause || partOfAName(tree, k) ? null : judgementOf(tree, k);
            if (j == null || j.cameo().equals("112") && !predicate(tree, k)) {
                continue;
            }
            if (acrossAnotherSpeaker(tree, k, clause)) {
                continue; // "Blair had decided he would quit because he felt he had lost voters' trust"
            }
            List<ActorMention> judged = owners(ctx, tree, k, clause);
            if (judged == null) {
                continue;
            }
            if (judged.isEmpty()) {
                judged = judged(ctx, tree, tree.children(clause, "nsubj"), found, speech);
            }
            if (!judged.isEmpty()) {
                return Optional.of(new Evaluation(judgementOn(speech, j), judged));
            }
        }
        return Optional.empty();
    }

    /**
     * A verb of saying or thinking between the judged word and the reported clause's head, with a
     * subject other than the speaker's own "we" or "I" ("confirms what we have always said - that
     * his only strategy is opportunism" stays the speaker's judgement).
     */
    private static boolean acrossAnotherSpeaker(DependencyTree tree, int k, int clause) {
        for (int w = tree.head(k), steps = 0; w > 0 && w != clause && steps < 30; w = tree.head(w), steps++) {
            boolean ownWords = tree.children(w, "nsubj").stream()
                    .anyMatch(s -> FIRST_PERSON.contains(tree.token(s).word().toLowerCase(Locale.ROOT)));
            if (SPEECH.contains(tree.lemma(w)) && !ownWords) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whose the judged word k is: the actors of the first possessor, subject or "under" phrase on
     * the way up to the clause (empty when none names one before the clause head); null when the
     * way is barred.
     */
    private static List<ActorMention> owners(PhraseActors ctx, DependencyTree tree, int k, int clause) {
        for (int w = k, steps = 0; w > 0 && steps < 30; w = tree.head(w), steps++) {
            if (negated(tree, w) || tree.children(w, "mark").stream().anyMatch(m -> CONDITIONS.contains(tree.lemma(m)))
                    || w != k && SPEECH.contains(tree.lemma(w))) {
                return null;
            }
            if (w == clause) {
                return List.of();
            }
            List<ActorMention> out = new ArrayList<>(whoseWatch(ctx, tree, w));
            if (!out.isEmpty()) {
                return out; // "voters faced higher taxes under Labour": Labour's doing, not the voters'
            }
            // "told Mr Brown he would stand down because he had lost trust": a he in a side clause may
            // be anyone of the sentence, and is not guessed
            boolean sideClause = tree.baseRelation(w).equals("advcl");
            for (int o : tree.children(w)) {
                String r = tree.relation(o);
                // "typical of Lib Dem hypocrisy", "Labour sleaze", "Russian aggression": a party named
                // before the judged noun owns it
                boolean namingCompound = (r.equals("compound") || r.equals("amod")) && o < w && o != k
                        && tree.token(w).isNoun();
                if (r.equals("nmod:poss") || r.startsWith("nsubj") || namingCompound) {
                    // "the situation in western Sudan has become too dangerous": where it is, not who is judged
                    List<ActorMention> named = ctx.sourcesOf(o);
                    boolean guess = named.isEmpty() && !sideClause;
                    out.addAll(guess ? ctx.personBehindPronoun(o).map(List::of).orElse(List.of()) : named);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            if (!qualifies(tree, w) || tree.baseRelation(w).equals("obj") && COUNTERING.contains(tree.lemma(tree.head(w)))) {
                return null; // "…will end the scandal of pensioners dying": whoever ends it is not judged
            }
        }
        return null;
    }

    /**
     * Possessors, names or nouns, not pronouns, of a judging object of the head: "the old parties'
     * lies", not "his lies"; nor "lost people's confidence", where the object judges only with its verb.
     */
    private List<Integer> namedOwnersOfObject(DependencyTree tree, int head) {
        List<Integer> out = new ArrayList<>();
        for (int o : tree.children(head, "obj")) {
            if (judgementOf(tree.sentence().tokens(), o) == null) {
                continue;
            }
            for (int p : tree.children(o, "nmod:poss")) {
                if (tree.token(p).isNoun()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * A clause's subjects; for a clause as subject, that clause's own: "said how the government had
     * handled the bill was a shambles", "what Labour did was disgraceful" judge the government, Labour.
     */
    private static List<Integer> subjects(DependencyTree tree, int clause) {
        List<Integer> out = new ArrayList<>(tree.children(clause, "nsubj"));
        for (int c : tree.children(clause, "csubj")) {
            out.addAll(tree.children(c, "nsubj"));
        }
        return out;
    }

    /** Whose the judging head word is, when its subject names nobody: its possessor. */
    private static List<ActorMention> possessors(PhraseActors ctx, DependencyTree tree, int head) {
        List<ActorMention> out = new ArrayList<>();
        for (int o : tree.children(head, "nmod:poss")) {
            out.addAll(ctx.actorsOf(o));
        }
        return out;
    }

    /**
     * Whose watch it happened on, or whose doing it was: "more waste under Labour", "the chaotic
     * asylum system under Tony Blair", "inefficiencies which had burgeoned under Labour" (the
     * under-phrase of w or of a relative clause on it), "a misjudgement by Labour" (a noun's
     * by-phrase).
     */
    private static List<ActorMention> whoseWatch(PhraseActors ctx, DependencyTree tree, int w) {
        List<Integer> places = new ArrayList<>(List.of(w));
        places.addAll(tree.children(w, "acl:relcl"));
        List<ActorMention> out = new ArrayList<>();
        for (int p : places) {
            for (int o : tree.children(p)) {
                String prep = tree.preposition(o);
                // "a big misjudgement by Labour's campaign team": a noun's by-phrase is its doer
                if (prep.equals("under") || prep.equals("by") && tree.token(p).isNoun()) {
                    out.addAll(ctx.actorsOf(o));
                }
            }
        }
        return out;
    }

    /** An adjective's noun, a verb's object, "the economics of complacency", "marked by failure". */
    private static boolean qualifies(DependencyTree tree, int w) {
        String r = tree.baseRelation(w);
        // "would have to raise taxes", which the parser may read as a clause of its own
        boolean infinitive = r.equals("ccomp") && tree.hasChild(w, m -> tree.baseRelation(m).equals("mark")
                && tree.lemma(m).equals("to"));
        // "the economics of complacency", and "is typical of their hypocrisy", which UD makes an oblique
        boolean ofPhrase = (r.equals("nmod") || r.equals("obl")) && tree.preposition(w).equals("of");
        return QUALIFYING.contains(r) || infinitive || ofPhrase
                || r.equals("obl") && tree.preposition(w).equals("by");
    }

    /** "was illegal", "is a criminal act": the word is what its subject is said to be. */
    private static boolean predicate(DependencyTree tree, int k) {
        return !tree.children(k, "cop").isEmpty() || !tree.children(tree.head(k), "cop").isEmpty()
                && tree.baseRelation(k).equals("amod");
    }

    private static boolean partOfAName(DependencyTree tree, int k) {
        Token t = tree.token(k);
        return t.pos().startsWith("NNP") || t.ner() != null && !"O".equals(t.ner());
    }

    /**
     * "Williams called the new target hugely unambitious", "Germany described the Russian plan as
     * dangerous", "dismissed the plan as desperate", "called Erdogan a dictator": a naming verb
     * whose complement is a judgement of the lexicon is that judgement, aimed at what it names (the
     * object, or the small clause's subject) or whose it is ("the Russian plan" → Russia; an unowned
     * plan → PolicyOwners). Works whatever the verb's own reading ("called Erdogan" alone is a
     * telephone call).
     */
    private Optional<Evaluation> naming(DependencyTree tree, Trigger verb, ArticleActors found) {
        PhraseActors ctx = new PhraseActors(tree, found, tree.sentence().index());
        int v = verb.token();
        List<Integer> subjects = tree.children(v, "nsubj:pass"); // "the plan was branded reckless"
        // a passive naming verb has no object but what it names its subject: "was branded a waste"
        List<Integer> objects = subjects.isEmpty() ? tree.children(v, "obj") : List.of();
        for (int c : namingComplements(tree, v, objects, !subjects.isEmpty())) {
            Judgement j = complementJudgement(tree, c);
            if (j == null || negated(tree, c) || negated(tree, v)) {
                continue;
            }
            // "branded the scheme a waste": the parser may hang the complement from what it names
            List<Integer> named = new ArrayList<>(tree.head(c) == v ? objects : List.of(tree.head(c)));
            named.addAll(tree.children(c, "nsubj"));
            named.addAll(subjects);
            List<ActorMention> judged = judged(ctx, tree, named, found, verb);
            if (!judged.isEmpty()) {
                return Optional.of(new Evaluation(judgementOn(verb, j), judged));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a naming verb's judging complement hangs: "called X reckless", "described X as
     * reckless", the object of a passive ("was branded a disgraceful waste"), or a word the parser
     * hung from the object ("branded the scheme a disgraceful waste").
     */
    private static List<Integer> namingComplements(DependencyTree tree, int verb, List<Integer> objects,
            boolean passive) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(verb)) {
            String rel = tree.baseRelation(c);
            boolean complement = COMPLEMENTS.contains(rel) && (!rel.equals("obl") || tree.preposition(c).equals("as"));
            if (complement || passive && rel.equals("obj")) {
                out.add(c);
            }
        }
        for (int o : objects) {
            out.addAll(tree.children(o, "dep"));
        }
        return out;
    }

    /** The judgement of a complement, or of a noun complement's adjective ("a disgraceful waste"). */
    private Judgement complementJudgement(DependencyTree tree, int c) {
        Judgement j = judgementAt(tree, c);
        if (j == null && tree.token(c).isNoun()) {
            for (int a : tree.children(c, "amod")) {
                j = j != null ? j : judgementOf(tree, a);
            }
        }
        return j;
    }

    /** The parties the judged words name, or else whose plan or law they are (PolicyOwners). */
    private static List<ActorMention> judged(PhraseActors ctx, DependencyTree tree, List<Integer> words,
            ArticleActors found, Trigger judging) {
        List<ActorMention> judged = new ArrayList<>();
        for (int w : words) {
            judged.addAll(ctx.sourcesOf(w)); // a place phrase says where, not whom ("the chaos in Basra")
        }
        for (int w : words) {
            if (judged.isEmpty()) {
                ctx.personBehindPronoun(w).ifPresent(judged::add); // "say his pledges are worthless"
            }
        }
        if (judged.isEmpty()) {
            judged.addAll(PolicyOwners.ownerOf(tree, words, found, judging.sentence()));
        }
        return judged;
    }

    /**
     * True when a statement's only targets are named inside what it reports ("X said Labour had
     * spent £10m"): an opinion about someone, no act toward them, so no event (coding guide, section 4).
     * An addressee outside the clause ("told Iran", "said to the minister") keeps the statement.
     */
    public boolean onlyAboutTheReported(DependencyTree tree, Trigger speech, List<ActorMention> targets) {
        if (!speech.verb() || !speech.pattern().cameo().startsWith("01") || targets.isEmpty()) {
            return false;
        }
        Set<Integer> reported = new HashSet<>();
        for (int clause : reportedClauses(tree, speech.token())) {
            reported.addAll(tree.subtree(clause));
        }
        reported.remove(speech.token());
        return targets.stream().allMatch(m -> m.sentence() == speech.sentence() && reported.contains(m.first()));
    }

    /**
     * The clause head's own word ("were worthless", "had lied"), else what it predicates: its object
     * or complement and their adjectives ("had made a terrible mistake", "looked foolish").
     */
    private Judgement judgementAt(DependencyTree tree, int head) {
        Judgement j = judgementOf(tree, head);
        if (j != null) {
            return j;
        }
        for (int a : tree.children(head, "advmod")) {
            j = judgementOf(tree, a); // "was poorly drafted", "the plans were too costly"
            for (int degree : tree.children(a, "advmod")) {
                j = j != null ? j : judgementOf(tree, degree); // "is acting too late"
            }
            if (j != null) {
                return j;
            }
        }
        List<Integer> predicated = new ArrayList<>(tree.children(head, "obj"));
        predicated.addAll(tree.children(head, "xcomp"));
        for (int p : predicated) {
            j = judgementOf(tree, p);
            for (int a : tree.children(p, "amod")) {
                j = j != null ? j : judgementOf(tree, a);
            }
            if (j != null) {
                return j;
            }
        }
        return null;
    }

    /**
     * The row for the word at {@code k}: its lemma, or the hyphenated word it ends ("ill-advised",
     * "short-sighted"), which CoreNLP splits into three tokens and lemmatises by its last part.
     */
    private Judgement judgementOf(DependencyTree tree, int k) {
        Judgement j = judgementOf(tree.sentence().tokens(), k);
        return j != null ? j : pairAt(tree, k);
    }

    /**
     * A two-word row read at k: a verb with its object ("had broken the pledges he made", "would
     * have to raise taxes") or a noun with its adjective ("higher taxes"). "Voters have lost trust
     * in Blair" judges Blair, not the voters, and is not read.
     */
    private Judgement pairAt(DependencyTree tree, int k) {
        for (int o : tree.children(k, "obj")) {
            Judgement j = lexicon.get(tree.lemma(k) + " " + tree.lemma(o));
            boolean aimedElsewhere = tree.children(o).stream().anyMatch(c -> tree.preposition(c).equals("in"));
            if (j != null && !aimedElsewhere) {
                return j;
            }
        }
        for (int a : tree.children(k, "amod")) {
            Judgement j = lexicon.get(tree.lemma(a) + " " + tree.lemma(k));
            if (j != null) {
                return j;
            }
        }
        return null;
    }

    /** The judgement token k (1-based) says: its lemma, or the hyphenated word it ends ("ill-advised"). */
    private Judgement judgementOf(List<Token> tokens, int k) {
        String lemma = tokens.get(k - 1).lemma();
        if (EXCESS.equals(lemma) && !degreeOfAModifier(tokens, k)) {
            return null; // "he too would attend": also, not too much
        }
        if (LIE.equals(lemma) && lyingSomewhere(tokens, k)) {
            return null; // "the body will lie in state", "the problem lies with": being somewhere, no falsehood
        }
        Judgement j = lemma == null ? null : lexicon.get(lemma);
        if (j == null && "VBN".equals(tokens.get(k - 1).pos())) {
            // "the view was flawed", "misguided": an adjective the tagger reads as a participle gets
            // the verb's lemma (flaw, misguide); the lexicon lists it as written
            j = lexicon.get(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
        }
        if (j != null || k < 3 || !"-".equals(tokens.get(k - 2).word())) {
            return j;
        }
        String joined = tokens.get(k - 3).word() + "-" + tokens.get(k - 1).word();
        return lexicon.get(joined.toLowerCase(Locale.ROOT));
    }

    /**
     * "lie in state", "lies ahead", "lay on the ground": the lemma "lie" of lying somewhere, read from
     * the next word; "lied" is only ever a falsehood.
     */
    private static boolean lyingSomewhere(List<Token> tokens, int k) {
        String next = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
        return !tokens.get(k - 1).word().equalsIgnoreCase("lied") && LYING_PLACES.contains(next);
    }

    /**
     * "too late", "too much", "too close to the unions": "too" before an adjective or adverb. The
     * quick test has no parse, so it reads the next word's tag.
     */
    private static boolean degreeOfAModifier(List<Token> tokens, int k) {
        String next = k < tokens.size() ? tokens.get(k).pos() : "";
        return next != null && (next.startsWith("JJ") || next.startsWith("RB"));
    }

    /** A statement (01) made, not one refused by "deny", "dispute" or "reject": what it says can be an act. */
    static boolean statementMade(DependencyTree tree, Trigger speech) {
        return speech.verb() && speech.pattern().cameo().startsWith("01")
                && !DENYING.contains(tree.lemma(speech.token()));
    }

    /** "said (that) X …" and "said: '…'" below the speech verb; "'…,' he said" above it. */
    static List<Integer> reportedClauses(DependencyTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(verb)) {
            if (CLAUSES.contains(tree.baseRelation(c))) {
                out.add(c);
            }
        }
        // "the Tories say the issue should be decided in Scotland and believe the executive is
        // shirking its responsibility": a subjectless speech verb conjoined with the speech verb, or
        // (as the parser often hangs it) with what it says, is the speaker's too
        List<Integer> conjoined = new ArrayList<>(tree.children(verb, "conj"));
        out.forEach(c -> conjoined.addAll(tree.children(c, "conj")));
        for (int v : conjoined) {
            if (SPEECH.contains(tree.lemma(v)) && tree.children(v, "nsubj").isEmpty()) {
                for (int c : tree.children(v)) {
                    if (CLAUSES.contains(tree.baseRelation(c))) {
                        out.add(c);
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            out.addAll(butClauses(tree, verb)); // "said the bill would help, but ministers had been complacent"
        }
        int head = tree.head(verb);
        if (head > 0 && AFTER_QUOTE.contains(tree.baseRelation(verb)) && head < verb) {
            out.add(head);
        }
        return out;
    }

    /**
     * "Mr Cable said the bill would target the worst problems, but ministers had been complacent":
     * the parser conjoins the clause after "but" with the speech verb, though it is said too. A
     * conjoined clause with a subject of its own, opened by "but", that is no speech of its own.
     */
    private static List<Integer> butClauses(DependencyTree tree, int verb) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(verb, "conj")) {
            boolean but = tree.children(c, "cc").stream().anyMatch(k -> tree.lemma(k).equalsIgnoreCase("but"));
            if (but && c > verb && !tree.children(c, "nsubj").isEmpty() && !SPEECH.contains(tree.lemma(c))) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean negated(DependencyTree tree, int head) {
        return tree.children(head).stream().anyMatch(c -> NEGATION.contains(tree.lemma(c).toLowerCase(Locale.ROOT)));
    }

    private static Trigger judgementOn(Trigger speech, Judgement j) {
        return new Trigger(speech.sentence(), speech.token(), speech.pattern().recoded(j.cameo(), j.origin()), true);
    }
}
