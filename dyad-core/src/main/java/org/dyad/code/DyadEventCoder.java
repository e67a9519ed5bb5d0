package org.dyad.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.CueLexicon.Cue;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Certainty;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * Dyad's event coder: for every parsed sentence, triggers → arguments → certainty, date, place;
 * then article-level passes that use context: a verbless fragment that completes the sentence
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
    private final ActorDictionary dictionary;

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
        this.dictionary = dictionary;
    }

    /**
     * Only sentences that can hold an event need the dependency parser, the slowest stage: a
     * possible trigger and a possible actor (a name, a lexicon actor, or a pronoun or plural
     * party word that context can resolve).
     */
    public SentenceFilter parseFilter() {
        return tokens -> triggers.mayHoldTrigger(tokens) && mayHoldActor(tokens);
    }

    private boolean mayHoldActor(List<Token> tokens) {
        for (Token t : tokens) {
            String ner = t.ner();
            if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "MISC".equals(ner)
                    || PARTY_PRONOUNS.contains(t.lemma()) || cues.is(t.lemma(), Cue.PLURAL_PARTY)) {
                return true;
            }
        }
        return !dictionary.actors(tokens).isEmpty();
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
        completeFromFragments(article, found, drafts);
        mergeRepeats(drafts);
        qualifyByLaterMentions(article, drafts);
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
     * triggers take the parties of the latest event nearby; a sanction or embargo noun inside
     * another clause ("Iran marked the lifting of the embargo") has that clause's subject as target.
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
        if (recent != null && recent.source != null && recent.target != null) {
            return new Arguments(List.of(recent.source), List.of(recent.target), "context-dyad");
        }
        return args;
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

    /**
     * An article that tells the same event twice ("arrived in Moscow for a visit"; "the embargo
     * … lifted on 18 October" and later "the ban was lifted a year ago") gives one event, not two:
     * same CAMEO code, parties that agree where both are known, compatible dates and places. The
     * first telling is kept, completed by the later one (a missing party, a more precise date).
     */
    private static void mergeRepeats(List<EventDraft> drafts) {
        List<EventDraft> kept = new ArrayList<>();
        for (EventDraft d : drafts) {
            EventDraft same = kept.stream().filter(k -> repeats(k, d)).findFirst().orElse(null);
            if (same == null) {
                kept.add(d);
                continue;
            }
            if (same.source == null) {
                same.source = d.source;
            }
            if (same.target == null) {
                same.target = d.target;
            }
            if (same.place == null) {
                same.place = d.place;
            }
            if (!"text".equals(same.dated.source()) && "text".equals(d.dated.source())) {
                same.dated = d.dated;
            }
        }
        drafts.retainAll(kept);
    }

    private static boolean repeats(EventDraft a, EventDraft b) {
        return a.trigger.pattern().cameo().equals(b.trigger.pattern().cameo())
                && agree(a.source, b.source) && agree(a.target, b.target)
                && distinctParties(a.source != null ? a.source : b.source, a.target != null ? a.target : b.target)
                && datesAgree(a.dated, b.dated)
                && (a.place == null || b.place == null || a.place.name().equals(b.place.name()));
    }

    private static boolean distinctParties(ActorMention source, ActorMention target) {
        return source == null || target == null || !source.sameParty(target);
    }

    private static boolean agree(ActorMention a, ActorMention b) {
        return a == null || b == null || a.sameParty(b);
    }

    private static boolean datesAgree(EventDater.Dated a, EventDater.Dated b) {
        if (a.date() == null || b.date() == null || !"text".equals(a.source()) || !"text".equals(b.source())) {
            return true;
        }
        return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
    }

    /** "Iran wants to create a club … With the participation of Russia and China." */
    private static void completeFromFragments(AnnotatedArticle article, ArticleActors found, List<EventDraft> drafts) {
        List<EventDraft> added = new ArrayList<>();
        for (EventDraft d : drafts) {
            int next = d.trigger.sentence() + 1;
            if (d.target != null || !d.trigger.verb() || next >= article.sentences().size() || !isFragment(article.sentences().get(next))) {
                continue;
            }
            boolean first = true;
            for (ActorMention m : found.in(next)) {
                if (m.actor().code() == null || d.source != null && d.source.sameParty(m)) {
                    continue;
                }
                if (first) {
                    d.target = m;
                    d.rule = d.rule + "+fragment-target";
                    first = false;
                } else {
                    EventDraft copy = new EventDraft(d.trigger, d.source, m,
                            new CertaintyClassifier.Verdict(d.certainty, d.attributedTo), d.dated, d.place,
                            d.objectLemmas, d.rule);
                    added.add(copy);
                }
            }
        }
        drafts.addAll(added);
    }

    private static boolean isFragment(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        return !tokens.isEmpty() && "IN".equals(tokens.get(0).pos()) && tokens.stream().noneMatch(Token::isVerb);
    }

    /**
     * A later sentence that speaks of "the contract" with a hedge ("the possible amount of the
     * contract", "judging by the words of…") weakens the event, and its sums of money belong to it.
     */
    private void qualifyByLaterMentions(AnnotatedArticle article, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            for (AnnotatedSentence s : article.sentences()) {
                boolean own = s.index() == d.trigger.sentence();
                if (!own && (s.index() < d.trigger.sentence() || !mentionsDefinite(s, d.objectLemmas))) {
                    continue;
                }
                Certainty qualifier = own ? d.certainty : hedgeOf(s);
                if (!own && qualifier != Certainty.ASSERTED) {
                    d.certainty = CertaintyClassifier.stronger(d.certainty, Certainty.HEDGED);
                }
                for (Entity money : entitiesIn(article, s, "MONEY")) {
                    if (money.value() != null && (!own || d.amounts.isEmpty())) {
                        d.amounts.add(new Event.Amount(money.text(), money.start(), money.end(),
                                Double.parseDouble(money.value()), money.unit(), qualifier.label()));
                    }
                }
            }
        }
    }

    private static boolean mentionsDefinite(AnnotatedSentence s, List<String> lemmas) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (lemmas.contains(t.get(i).lemma()) && "the".equalsIgnoreCase(t.get(i - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private Certainty hedgeOf(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (cues.is(l, Cue.HYPOTHETICAL_ADJECTIVE) || cues.is(l, Cue.HEDGE_ADVERB) || cues.is(l, Cue.HEDGE_VERB)
                    || cues.is(l, Cue.HEDGE_ADJECTIVE)) {
                return Certainty.HEDGED;
            }
        }
        return Certainty.ASSERTED;
    }

    private static List<Entity> entitiesIn(AnnotatedArticle a, AnnotatedSentence s, String type) {
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
        for (EventDraft d : drafts) {
            Token trig = article.sentences().get(d.trigger.sentence()).token(d.trigger.token());
            String cameo = d.trigger.pattern().cameo();
            CodeBook.Code c = codes.code(cameo).orElse(new CodeBook.Code(cameo, cameo.substring(0, 2), null, 0, 0, null, null));
            String src = d.source == null ? "" : d.source.actor().code();
            String tgt = d.target == null ? "" : d.target.actor().code();
            String id = sha1(bodyHash + "|" + trig.start() + "|" + src + "|" + tgt + "|" + cameo).substring(0, 16);
            out.add(new Event(id, d.trigger.sentence(),
                    new Event.Trigger(article.body().substring(trig.start(), trig.end()), trig.start(), trig.end()),
                    d.source == null ? null : d.source.actor(), d.target == null ? null : d.target.actor(),
                    cameo, c.root(), c.goldstein(), c.quadClass(), new Event.Plover(c.ploverEvent(), c.ploverMode()),
                    d.dated.date(), d.dated.precision(), d.dated.source(), d.place, d.certainty.label(),
                    d.attributedTo, d.amounts, d.rule + " @" + d.trigger.pattern().origin()));
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
