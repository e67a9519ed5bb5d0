package org.dyad.code.trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.cameo.TriggerLexicon;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.Token;

/**
 * Finds the event words of a parsed sentence and picks, for each, the most specific lexicon
 * pattern whose particle and object conditions hold. A noun that is the object of a verb trigger
 * ("signed an arms <b>contract</b>", "lifting of the <b>embargo</b>") is part of that event, not
 * an event of its own.
 */
public final class TriggerFinder {
    private final TriggerDictionary dictionary;

    public TriggerFinder(TriggerDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Quick test on tagged tokens: could any word here be a trigger? Decides what gets parsed. */
    public boolean mayHoldTrigger(List<Token> tokens) {
        return mayHoldTrigger(tokens, false);
    }

    /**
     * As {@link #mayHoldTrigger(List)}; with {@code beyondReporting}, words whose every reading is a
     * plain statement (010: say, add, note) do not count, since such a statement is an event only
     * when made to someone or when it judges someone, which the caller checks apart.
     */
    public boolean mayHoldTrigger(List<Token> tokens, boolean beyondReporting) {
        SentenceWords sentence = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            char pos = posClass(t);
            if (pos == 0) {
                continue;
            }
            for (TriggerDictionary.Pattern p : dictionary.patterns(t.lemma(), pos)) {
                if (beyondReporting && p.cameo().equals("010")) {
                    continue;
                }
                sentence = sentence == null ? new SentenceWords(tokens) : sentence;
                if (sentence.mayMatch(p, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What a pattern needs before any parse can satisfy it: its particle and one of its object
     * words somewhere in the sentence, and its word context around the trigger. Each is checked on
     * the parse too ({@link #matches}), so a sentence that fails here could never yield the pattern.
     */
    private static final class SentenceWords {
        private final List<String> words;
        private final Set<String> forms = new HashSet<>();

        SentenceWords(List<Token> tokens) {
            this.words = words(tokens);
            forms.addAll(words);
            for (Token t : tokens) {
                if (t.lemma() != null) {
                    forms.add(t.lemma());
                    forms.add(singular(t.lemma()));
                }
            }
        }

        boolean mayMatch(TriggerDictionary.Pattern p, int trigger) {
            if (p.particle() != null && !p.particle().contains(" ") && !forms.contains(p.particle())) {
                return false;
            }
            Set<String> objects = p.objects();
            boolean open = objects.isEmpty() || objects.contains(TriggerLexicon.ANY_OBJECT)
                    || objects.contains(TriggerLexicon.NAMED_OBJECT) || objects.contains(TriggerLexicon.PLACE_OBJECT);
            if (!open && objects.stream().noneMatch(forms::contains)) {
                return false;
            }
            return p.context().matches(words, trigger);
        }
    }

    public List<Trigger> find(DependencyTree tree) {
        List<Trigger> found = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        List<String> words = words(tree.sentence().tokens());
        for (int i = 1; i <= tree.size(); i++) {
            Token t = tree.token(i);
            char pos = posClass(t);
            if (pos == 0 || graded(tree, i)) {
                continue;
            }
            for (TriggerDictionary.Pattern p : dictionary.patterns(t.lemma(), pos)) {
                List<Integer> objects = new ArrayList<>(objects(tree, i, pos));
                if (p.particle() != null) {
                    objects.addAll(prepositionalObjects(tree, i, p.particle())); // "call for talks", "* OVER EFFORTS"
                }
                if (asksForAnAct(p) && pos == 'V' && !tree.children(i, "obj").isEmpty()) {
                    objects.addAll(complementObjects(tree, i)); // "urged the WTO to conclude negotiations"
                }
                if (matches(tree, i, p, objects) && p.context().matches(words, i - 1) && !purposeOfAThing(tree, i, p)
                        && !singularTalk(tree, i, p)) {
                    found.add(new Trigger(tree.sentence().index(), i, p, pos == 'V'));
                    if (!p.objects().isEmpty()) {
                        objects.forEach(o -> consumed.addAll(objectPhrase(tree, o)));
                        // "welcomed the decision … to open a bus link across the ceasefire line": what
                        // the complement does is part of what is welcomed, though no sense of the verb
                        complementObjects(tree, i).forEach(o -> consumed.addAll(objectPhrase(tree, o)));
                    }
                    break;
                }
            }
        }
        found.removeIf(tr -> !tr.verb() && consumed.contains(tr.token()));
        return found;
    }

    /** Degree words that make a participle an adjective ("the most isolated country", "very divided"). */
    private static final Set<String> DEGREE = Set.of("most", "more", "less", "least", "very", "too", "so",
            "increasingly", "quite", "rather", "fairly", "somewhat", "extremely", "highly");

    /**
     * A participle graded by a degree word before it describes a state, not an act: "one of the most
     * isolated countries", "an increasingly divided party". Adverbs of manner ("strongly condemned")
     * leave the act alone.
     */
    static boolean graded(DependencyTree tree, int i) {
        String pos = tree.token(i).pos();
        if (!"VBN".equals(pos) && !"VBG".equals(pos)) {
            return false;
        }
        return tree.children(i, "advmod").stream().anyMatch(a -> a < i && DEGREE.contains(tree.lemma(a)));
    }

    private static final String TALK = "talk";
    private static final String NEGOTIATION = "046";

    /**
     * "This was more talk from Gordon Brown", "talk of a deal": the singular noun is speech or rumour;
     * only "talks" are negotiations (046). A phone talk (041) keeps its own row.
     */
    private static boolean singularTalk(DependencyTree tree, int i, TriggerDictionary.Pattern p) {
        return p.pos() == 'N' && p.cameo().equals(NEGOTIATION) && TALK.equals(tree.lemma(i))
                && "NN".equals(tree.token(i).pos());
    }

    /**
     * "a sales pitch aimed at Gulf allies", "measures intended to curb imports": an intention word as
     * a participle with no auxiliary, modifying a noun or misparsed as an adverbial clause, says
     * what a thing is for; nobody states an intention (root 03). "Iran aimed at a deal" (tagged VBN
     * too, but the sentence's root) and "has aimed" do.
     */
    private static boolean purposeOfAThing(DependencyTree tree, int i, TriggerDictionary.Pattern p) {
        String rel = tree.baseRelation(i);
        return p.cameo().startsWith("03") && "VBN".equals(tree.token(i).pos()) && (rel.equals("acl") || rel.equals("advcl"))
                && tree.children(i, "aux").isEmpty() && tree.children(i, "aux:pass").isEmpty();
    }

    /** Nouns (with their compounds and adjectives) of the trigger's phrases headed by a preposition. */
    private static List<Integer> prepositionalObjects(DependencyTree tree, int i, String prep) {
        List<Integer> out = new ArrayList<>();
        for (int c : tree.children(i)) {
            String r = tree.baseRelation(c);
            if ((r.equals("obl") || r.equals("nmod")) && tree.preposition(c).equals(prep)) {
                out.add(c);
                out.addAll(tree.children(c, "compound"));
                out.addAll(tree.children(c, "amod"));
            }
        }
        return out;
    }

    /** The object's phrase, but not an of-phrase below it: "the anniversary of the lifting" is two events. */
    private static List<Integer> objectPhrase(DependencyTree tree, int o) {
        List<Integer> out = new ArrayList<>();
        out.add(o);
        for (int c : tree.children(o)) {
            boolean ofPhrase = tree.baseRelation(c).equals("nmod") && tree.preposition(c).equals("of");
            if (!ofPhrase) {
                out.addAll(objectPhrase(tree, c));
            }
        }
        return out;
    }

    /** The sentence's words as written, lower case, for patterns' word contexts. */
    /** The sentence's words in lower case, as word contexts match them. */
    private static List<String> words(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.word() == null ? "" : t.word().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static char posClass(Token t) {
        if (t.lemma() == null || t.pos() == null) {
            return 0;
        }
        if (t.pos().startsWith("VB")) {
            return 'V';
        }
        if (t.pos().startsWith("NN") && !t.pos().startsWith("NNP")) {
            return 'N';
        }
        return 0;
    }

    private static boolean matches(DependencyTree tree, int i, TriggerDictionary.Pattern p, List<Integer> objects) {
        if (p.particle() != null && !hasParticle(tree, i, p.particle())) {
            return false;
        }
        if (p.conjoinedSubject() && tree.children(i, "nsubj").stream().noneMatch(s -> tree.withConjuncts(s).size() > 1)) {
            return false;
        }
        // @any asks for the word's own direct object: "demonstrated a willingness" has one, "protesters
        // demonstrated to demand…" does not (the object of the purpose clause is not the verb's)
        boolean direct = !tree.children(i, "obj").isEmpty();
        if (p.forbiddenObjects().contains(TriggerLexicon.ANY_OBJECT) && direct) {
            return false;
        }
        boolean hasObject = p.objects().isEmpty() || p.objects().contains(TriggerLexicon.ANY_OBJECT) && direct;
        for (int o : objects) {
            String lemma = tree.lemma(o);
            if (p.forbiddenObjects().contains(lemma)) {
                return false;
            }
            hasObject |= p.objects().contains(lemma) || p.objects().contains(singular(lemma))
                    || p.objects().contains(TriggerLexicon.NAMED_OBJECT) && named(tree.token(o)) && !modifier(tree, o)
                    || p.objects().contains(TriggerLexicon.PLACE_OBJECT) && place(tree.token(o)) && !modifier(tree, o);
        }
        return hasObject;
    }

    /** Verbs whose complement clause may be a bare passive participle: "saw 120 soldiers killed". */
    private static final Set<String> PERCEIVING = Set.of("see", "watch", "find", "leave", "witness");

    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION",
            "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "TITLE", "MISC");

    /**
     * A name that only modifies the object ("welcomes UNSC support", "the UN board's summary") does
     * not make the object a name: what is welcomed is the support.
     */
    private static boolean modifier(DependencyTree tree, int o) {
        String r = tree.baseRelation(o);
        return r.equals("compound") || r.equals("amod") || r.equals("nmod");
    }

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    /** The object class {@code obj=@place}: a word the tagger marks as part of a place's name. */
    static boolean place(Token t) {
        return t.ner() != null && PLACE_TAGS.contains(t.ner());
    }

    /** The object class {@code obj=@named}: a word the tagger marks as part of a name or title. */
    static boolean named(Token t) {
        return t.ner() != null && NAME_TAGS.contains(t.ner());
    }

    /** "back down" (particle), "call for" (the preposition of an oblique). */
    private static boolean hasParticle(DependencyTree tree, int i, String particle) {
        for (int c : tree.children(i)) {
            String r = tree.relation(c);
            boolean word = (r.equals("compound:prt") || r.equals("advmod")) && tree.lemma(c).equals(particle);
            // the particle follows its verb: a fronted "For the Liberal Democrats, X called…" is no "call for"
            boolean after = c > i;
            // a verb's phrase is an obl, a noun's an nmod ("its call for talks")
            boolean phrase = r.startsWith("obl") || r.startsWith("nmod") && tree.token(i).isNoun();
            if (word || after && phrase && tree.preposition(c).equals(particle)
                    || after && forClause(tree, c, particle)) {
                return true;
            }
        }
        return false;
    }

    /** "called for the law to be shelved", "its call for Israel to withdraw": a for-to clause with the particle. */
    private static boolean forClause(DependencyTree tree, int c, String particle) {
        String r = tree.relation(c);
        boolean clause = r.equals("advcl") || r.equals("xcomp") || r.equals("ccomp") || r.equals("acl");
        return clause && tree.children(c, "mark").stream().anyMatch(m -> tree.lemma(m).equals(particle));
    }

    /**
     * What an object that only measures stands for: "gave 5.1 million dollars of aid" gives aid,
     * "delivered $50,000 worth of goods" goods, "sent millions of dollars in aid" aid (the in-phrase
     * may hang on the verb). An object with nothing measured stays itself.
     */
    static int measured(DependencyTree tree, int verb, int object) {
        int o = object;
        for (int step = 0; step < 3 && CueLexicon.shipped().is(tree.lemma(o), Cue.MEASURE); step++) {
            int measure = o;
            int next = measuredPhrase(tree, measure);
            if (next < 0) {
                next = tree.children(verb, "obl").stream().filter(c -> c > measure && tree.preposition(c).equals("in"))
                        .findFirst().orElse(-1);
            }
            if (next < 0) {
                return o; // "sent millions of dollars": dollars
            }
            o = next;
        }
        return o;
    }

    private static int measuredPhrase(DependencyTree tree, int measure) {
        return tree.children(measure, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("of") || tree.preposition(c).equals("in"))
                .findFirst().orElse(-1);
    }

    /**
     * What a trigger acts on: a verb's direct object (or passive subject) and its conjuncts and
     * compounds ("arms contract"), what a measuring object measures; a noun's of-phrase, compounds and
     * adjectives ("military cooperation").
     */
    /**
     * "Iraqi civilians wounded by U.S. troops were taken to hospital", "five detainees released from
     * Guantanamo were questioned by police", "saw 120 soldiers killed", parsed with the noun as the
     * participle's subject: a past participle with a subject but no auxiliary, copula or object is a
     * reduced passive, and its "subject" underwent the act, when something shows it is not a
     * finite verb the tagger misread ("Cable called on Mr Brown", VBN): a by-agent, a later verb
     * that lost its subject to it, or the participle standing as a clause subject or as what a
     * perception verb perceives.
     */
    public static boolean reducedPassive(DependencyTree tree, int v) {
        if (!"VBN".equals(tree.token(v).pos()) || tree.children(v, "nsubj").isEmpty()
                || tree.hasChild(v, c -> tree.baseRelation(c).equals("aux") || tree.baseRelation(c).equals("cop")
                        || tree.baseRelation(c).equals("obj") || tree.baseRelation(c).equals("iobj"))) {
            return false;
        }
        String rel = tree.relation(v);
        int h = tree.head(v);
        boolean clauseSubject = rel.startsWith("csubj");
        boolean perceived = rel.equals("ccomp") && h > 0 && PERCEIVING.contains(tree.lemma(h));
        boolean agent = tree.hasChild(v, c -> tree.baseRelation(c).equals("obl") && tree.preposition(c).equals("by"));
        return agent || clauseSubject || perceived || tree.hasChild(v, c -> lostItsSubject(tree, c))
                || describesALostObject(tree, v);
    }

    /**
     * "German authorities have released a Lebanese man arrested in connection with…": the parser
     * hangs the participle off the verb before it and makes that verb's object its subject; a verb
     * with no object of its own lost it to the participle, which describes it.
     */
    public static boolean describesALostObject(DependencyTree tree, int v) {
        int h = tree.head(v);
        List<Integer> subjects = tree.children(v, "nsubj");
        if (!"VBN".equals(tree.token(v).pos()) || !tree.baseRelation(v).equals("dep") || h <= 0 || h > v
                || !tree.token(h).isVerb() || !tree.children(h, "obj").isEmpty() || subjects.isEmpty()
                || tree.hasChild(v, c -> tree.baseRelation(c).startsWith("aux") || tree.baseRelation(c).equals("obj"))) {
            return false;
        }
        return subjects.stream().allMatch(s -> s > h);
    }

    /** "… released from Guantanamo were questioned": a verb with its own auxiliary but no subject. */
    private static boolean lostItsSubject(DependencyTree tree, int c) {
        String r = tree.baseRelation(c);
        return (r.equals("dep") || r.equals("parataxis")) && tree.token(c).isVerb() && c > tree.head(c)
                && tree.hasChild(c, a -> tree.baseRelation(a).equals("aux"))
                && !tree.hasChild(c, a -> tree.baseRelation(a).equals("nsubj"));
    }

    /**
     * "The bill is expected to be opposed by the Lib Dems", "Iran wants to be consulted": a passive
     * infinitive with no subject of its own is undergone by the subject of the verb it completes.
     */
    public static List<Integer> raisedPassiveSubjects(DependencyTree tree, int v) {
        boolean passiveInfinitive = tree.baseRelation(v).equals("xcomp") && !tree.children(v, "aux:pass").isEmpty()
                && tree.children(v, "nsubj").isEmpty() && tree.head(v) > 0;
        return passiveInfinitive ? tree.children(tree.head(v), "nsubj") : List.of();
    }

    public static List<Integer> objects(DependencyTree tree, int i, char pos) {
        List<Integer> heads = new ArrayList<>();
        if (pos == 'V') {
            List<Integer> own = tree.objects(i);
            heads.addAll(own);
            heads.addAll(tree.children(i, reducedPassive(tree, i) ? "nsubj" : "nsubj:pass"));
            heads.addAll(heads.isEmpty() ? raisedPassiveSubjects(tree, i) : List.of());
            if (heads.isEmpty() && modifyingParticiple(tree, i)) {
                heads.add(tree.head(i)); // "a report released on Monday", "tanks captured near Palmyra"
            }
            // "began to withdraw troops": the complement's object stands in for a verb that has none;
            // "suspend relations with Israel to protest its offensive" keeps its own ("relations")
            if (own.isEmpty()) {
                heads.addAll(complementObjects(tree, i));
            }
            heads.replaceAll(h -> measured(tree, i, h));
        } else {
            for (int c : tree.children(i, "nmod")) {
                if (tree.preposition(c).equals("of") || tree.preposition(c).equals("on")) {
                    heads.add(c);
                }
            }
            heads.addAll(tree.children(i, "compound"));
            heads.addAll(tree.children(i, "amod"));
        }
        List<Integer> out = new ArrayList<>();
        for (int h : heads) {
            for (int c : tree.withConjuncts(h)) {
                out.add(c);
                out.addAll(tree.children(c, "compound"));
                out.addAll(tree.children(c, "amod"));
            }
        }
        return out;
    }

    /** Appeals and demands: the complement of their object is the act asked for, which gives their sense. */
    private static boolean asksForAnAct(TriggerDictionary.Pattern p) {
        return p.cameo().startsWith("02") || p.cameo().startsWith("10");
    }

    /** The objects of a verb's open complement: "began to withdraw troops" → troops. */
    private static List<Integer> complementObjects(DependencyTree tree, int i) {
        List<Integer> out = new ArrayList<>();
        for (int x : tree.children(i, "xcomp")) {
            out.addAll(tree.children(x, "obj"));
        }
        return out;
    }

    /**
     * A past participle right after the noun it was done to, as a passive's subject is ("a report
     * released on Monday"). Further away, the parser has often hung a clause's verb on the wrong
     * noun ("in talks with the Houthis, called for restraint").
     */
    private static boolean modifyingParticiple(DependencyTree tree, int i) {
        return "VBN".equals(tree.token(i).pos()) && tree.relation(i).equals("acl") && tree.head(i) == i - 1
                && tree.token(i - 1).isNoun();
    }

    private static String singular(String lemma) {
        return lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }
}
