package org.dyad.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.CueLexicon.Cue;
import org.dyad.code.cameo.CameoCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * Dyad's event coder: for every parsed sentence, triggers → arguments → certainty, date, place;
 * then the article-level {@link ArticlePasses} that use context: a verbless fragment that completes the sentence
 * before it ("With the participation of Russia and China."), parties carried over from the
 * sentences before ("the countries", "we"), and later sentences that qualify an event or give its
 * amount ("the possible amount of the contract").
 */
public final class DyadEventCoder implements EventCoder {
    private static final int CONTEXT_SENTENCES = 2;
    /** Pronouns that can stand for an actor named earlier ("he said", "we support each other"). */
    private static final Set<String> PARTY_PRONOUNS = Set.of("he", "she", "we", "they");

    private final ActorResolver actors;
    private final TriggerFinder triggers;
    private final ArgumentFinder arguments;
    private final CertaintyClassifier certainty;
    private final EventDater dater = new EventDater();
    private final PlaceResolver places;
    private final CodeBook codes;
    private final CueLexicon cues;
    private final EntityEnricher enricher;
    private final ArticlePasses passes;
    private final ActorDictionary dictionary;
    private final StatedIntents intents;
    private final PersonRegistry registry;

    public DyadEventCoder(ActorDictionary dictionary, TriggerDictionary triggerDictionary, CodeBook codes,
            Gazetteer gazetteer, PersonRegistry registry) {
        this.cues = CueLexicon.shipped();
        this.actors = new ActorResolver(dictionary, registry);
        this.triggers = new TriggerFinder(triggerDictionary);
        this.arguments = new ArgumentFinder(cues);
        this.certainty = new CertaintyClassifier(cues);
        this.places = new PlaceResolver(gazetteer);
        this.codes = codes;
        this.enricher = new EntityEnricher(dictionary);
        this.passes = new ArticlePasses(cues);
        this.dictionary = dictionary;
        this.intents = new StatedIntents(codes, triggerDictionary);
        this.registry = registry;
    }

    /**
     * Only sentences that can hold an event need the dependency parser, the slowest stage: a
     * possible trigger and a party that can get a code. That is a lexicon actor (country, capital,
     * organisation, sector word), a pronoun or plural party word that context can resolve, or a
     * name already tied to a code: one the registry knows, or one seen earlier in the article in a
     * sentence with a lexicon actor ("Defence Minister Sergey Shoigu" … "Shoigu said"). A name
     * never tied to a country gets no code, and an event needs a coded party. The filter remembers
     * names across an article's sentences: make one per article and test the sentences in order.
     */
    public SentenceFilter parseFilter() {
        Set<String> tiedNames = new HashSet<>();
        return tokens -> {
            boolean lexiconActor = !dictionary.actors(tokens).isEmpty();
            if (lexiconActor) {
                tokens.stream().filter(DyadEventCoder::isName).forEach(t -> tiedNames.add(t.word().toLowerCase(Locale.ROOT)));
            }
            return triggers.mayHoldTrigger(tokens) && (lexiconActor || mayHoldParty(tokens, tiedNames));
        };
    }

    private boolean mayHoldParty(List<Token> tokens, Set<String> tiedNames) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (PARTY_PRONOUNS.contains(t.lemma()) || cues.is(t.lemma(), Cue.PLURAL_PARTY)) {
                return true;
            }
            if (isName(t) && (tiedNames.contains(t.word().toLowerCase(Locale.ROOT)) || registryKnows(tokens, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the registry knows the name run starting at {@code first} (0-based). */
    private boolean registryKnows(List<Token> tokens, int first) {
        int last = first;
        while (last + 1 < tokens.size() && Objects.equals(tokens.get(last + 1).ner(), tokens.get(first).ner())) {
            last++;
        }
        return registry.lookup(ActorResolver.join(tokens, first + 1, last + 1)).isPresent();
    }

    private static boolean isName(Token t) {
        String ner = t.ner();
        return "PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "MISC".equals(ner);
    }

    /** Events and the article's entities joined with the actors they name. */
    public record Coding(List<Event> events, List<Entity> entities) {
    }

    @Override
    public List<Event> code(AnnotatedArticle article) {
        return codeAll(article).events();
    }

    public Coding codeAll(AnnotatedArticle article) {
        ArticleActors found = actors.resolve(article);
        List<EventDraft> drafts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            if (s.parsed()) {
                codeSentence(article, s, found, drafts);
            }
        }
        passes.apply(article, found, drafts);
        return new Coding(freeze(article, drafts), enricher.enrich(article, found));
    }

    private void codeSentence(AnnotatedArticle article, AnnotatedSentence s, ArticleActors found,
            List<EventDraft> drafts) {
        DependencyTree tree = new DependencyTree(s);
        List<Entity> dates = entitiesIn(article, s, "DATE");
        Set<String> seen = new HashSet<>();
        for (Trigger t : triggers.find(tree)) {
            Arguments args = arguments.find(tree, t, found);
            args = withContext(tree, t, args, found, drafts);
            if (args.isEmpty()) {
                continue;
            }
            CertaintyClassifier.Verdict verdict = certainty.classify(tree, t, found);
            EventDater.Dated dated = dater.date(article, tree, t.token(), dates);
            Event.Place place = places.place(tree, t.token());
            args = protestTarget(t, args, place);
            List<String> objects = TriggerFinder.objects(tree, t.token(), t.verb() ? 'V' : 'N').stream()
                    .filter(k -> tree.token(k).isNoun()).map(tree::lemma).toList();
            for (ActorMention src : orNull(args.sources())) {
                for (ActorMention tgt : orNull(args.targets())) {
                    if (src == null && tgt == null || src != null && tgt != null && src.sameActor(tgt)) {
                        continue;
                    }
                    if (src == null && t.pattern().cameo().startsWith("01")) {
                        continue; // a statement nobody is named as making ("… told the BBC") is no dyadic event
                    }
                    if ((src == null || tgt == null) && !t.verb() && !"matrix-participant".equals(args.rule())) {
                        continue; // a one-sided noun ("sales", "demand", "warnings") is rarely an event
                    }
                    EventDraft d = new EventDraft(t, src, tgt, verdict, dated, place, objects, args.rule());
                    if (seen.add(d.dyadKey())) {
                        drafts.add(d);
                    }
                }
            }
        }
    }

    /**
     * Fills missing parties from context: plural stand-ins ("the countries") and argument-less
     * triggers take the parties of the latest event nearby (a noun only when it names the same kind
     * of act); a sanction or embargo noun inside another clause ("Iran marked the lifting of the embargo") has that clause's subject as target.
     */
    private Arguments withContext(DependencyTree tree, Trigger t, Arguments args, ArticleActors found,
            List<EventDraft> drafts) {
        boolean plural = arguments.pluralSubject(tree, t.token());
        if (args.sources().isEmpty() && !t.verb() && affectsMatrixSubject(t)) {
            List<ActorMention> matrix = matrixSubject(tree, t.token(), found);
            if (!matrix.isEmpty() && args.targets().isEmpty()) {
                return new Arguments(List.of(), matrix, "matrix-participant");
            }
        }
        if (!args.isEmpty() && !(plural && args.sources().isEmpty())) {
            if (args.sources().isEmpty() && !t.verb()) {
                ActorMention src = recentOtherParty(found, t.sentence(), args.targets());
                if (src != null) {
                    return new Arguments(List.of(src), args.targets(), "context-source");
                }
            }
            return args;
        }
        EventDraft recent = t.verb() && !plural ? null : recentDraft(drafts, t.sentence());
        if (recent != null && recent.source != null && recent.target != null
                && (t.verb() ? samePolarity(recent.trigger, t) : sameRoot(recent.trigger, t))
                && !namesNonActorCounterpart(tree, t, found)) {
            return new Arguments(List.of(recent.source), List.of(recent.target), "context-dyad");
        }
        return args;
    }

    /**
     * Carrying a dyad over from cooperation to conflict (or back) is nearly always wrong: "we have
     * been cooperating … in the fight against terrorism" is no fight between the cooperating parties.
     */
    private static boolean samePolarity(Trigger before, Trigger now) {
        return conflict(before) == conflict(now);
    }

    /**
     * A bare noun takes the latest dyad only when it names that event again ("the talks", "the
     * deal" after "held talks", "signed a deal"); a new kind of act ("the expected deal", "profit
     * warnings") after an unrelated one has no parties of its own to borrow.
     */
    private static boolean sameRoot(Trigger before, Trigger now) {
        return before.pattern().cameo().regionMatches(0, now.pattern().cameo(), 0, 2);
    }

    private static boolean conflict(Trigger t) {
        return CameoCode.quadClassOf(t.pattern().cameo().substring(0, 2)) >= 3;
    }

    /** A noun that names its own counterpart ("fight against terrorism") but no actor there has none to borrow. */
    private static boolean namesNonActorCounterpart(DependencyTree tree, Trigger t, ArticleActors found) {
        if (t.verb()) {
            return false;
        }
        int sentence = tree.sentence().index();
        for (int k : tree.children(t.token(), "nmod")) {
            if (!tree.preposition(k).isEmpty() && !"of".equals(tree.preposition(k))
                    && found.at(sentence, k).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * CAMEO's convention for protests (root 14) that name no target: they are directed at the
     * government of the country where they happen, else of the protesters' own country.
     */
    private static Arguments protestTarget(Trigger t, Arguments args, Event.Place place) {
        if (!t.pattern().cameo().startsWith("14") || !args.targets().isEmpty() || args.sources().isEmpty()) {
            return args;
        }
        ActorMention src = args.sources().get(0);
        String country = place != null && place.country() != null ? place.country() : src.actor().country();
        if (country == null) {
            return args;
        }
        var government = ActorCodes.actor(place != null ? place.name() : country, country, country, List.of("GOV"));
        ActorMention target = new ActorMention(t.sentence(), t.token(), t.token(), government, ActorDictionary.Kind.COUNTRY);
        return new Arguments(args.sources(), List.of(target), args.rule() + "+protest-target");
    }

    private static boolean affectsMatrixSubject(Trigger t) {
        String root = t.pattern().cameo().substring(0, 2);
        return root.equals("08") || root.equals("16");
    }

    private static List<ActorMention> matrixSubject(DependencyTree tree, int n, ArticleActors found) {
        for (int k = tree.head(n), steps = 0; k > 0 && steps < 6; k = tree.head(k), steps++) {
            if (tree.token(k).isVerb()) {
                List<ActorMention> out = new ArrayList<>();
                for (int s : tree.children(k, "nsubj")) {
                    found.at(tree.sentence().index(), s).ifPresent(out::add);
                }
                return out;
            }
        }
        return List.of();
    }

    private static EventDraft recentDraft(List<EventDraft> drafts, int sentence) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            EventDraft d = drafts.get(i);
            if (sentence - d.trigger.sentence() <= CONTEXT_SENTENCES) {
                return d;
            }
        }
        return null;
    }

    /**
     * The latest person of another party named in the previous sentences: who the article is
     * following ("General Bagheri … negotiations with X"). Countries and places named in passing
     * are not taken: they are rarely the agent of the next sentence's event.
     */
    private static ActorMention recentOtherParty(ArticleActors found, int sentence, List<ActorMention> targets) {
        for (int s = sentence - 1; s >= 0 && s >= sentence - CONTEXT_SENTENCES; s--) {
            List<ActorMention> ms = found.in(s);
            for (int i = ms.size() - 1; i >= 0; i--) {
                ActorMention m = ms.get(i);
                if (m.kind() == ActorDictionary.Kind.PERSON && m.actor().code() != null
                        && targets.stream().noneMatch(m::sameParty)) {
                    return m;
                }
            }
        }
        return null;
    }

    static List<Entity> entitiesIn(AnnotatedArticle a, AnnotatedSentence s, String type) {
        return a.entities().stream().filter(e -> type.equals(e.type()) && e.start() >= s.start() && e.end() <= s.end())
                .toList();
    }

    private static List<ActorMention> orNull(List<ActorMention> l) {
        List<ActorMention> out = new ArrayList<>(l);
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    private List<Event> freeze(AnnotatedArticle article, List<EventDraft> drafts) {
        List<Event> out = new ArrayList<>();
        String bodyHash = sha1(article.body());
        for (StatedIntents.Coded k : intents.code(drafts)) {
            EventDraft d = k.draft();
            String cameo = k.cameo();
            Token trig = article.sentences().get(d.trigger.sentence()).token(d.trigger.token());
            CodeBook.Code c = codes.code(cameo).orElse(new CodeBook.Code(cameo, cameo.substring(0, 2), null, 0, 0, null, null));
            String src = d.source == null ? "" : d.source.actor().code();
            String tgt = d.target == null ? "" : d.target.actor().code();
            String id = sha1(bodyHash + "|" + trig.start() + "|" + src + "|" + tgt + "|" + cameo).substring(0, 16);
            out.add(new Event(id, d.trigger.sentence(),
                    new Event.Trigger(article.body().substring(trig.start(), trig.end()), trig.start(), trig.end()),
                    d.source == null ? null : d.source.actor(), d.target == null ? null : d.target.actor(),
                    cameo, c.root(), c.goldstein(), c.quadClass(), new Event.Plover(c.ploverEvent(), c.ploverMode()),
                    d.dated.date(), d.dated.precision(), d.dated.source(), d.place, d.certainty.label(),
                    d.attributedTo, d.amounts, k.rule()));
        }
        return out;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
