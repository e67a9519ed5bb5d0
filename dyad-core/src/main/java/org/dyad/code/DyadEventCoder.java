package org.dyad.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.annotate.SentenceFilter;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ActorResolver;
import org.dyad.code.actor.ActsNamedLikeBodies;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.actor.EntityEnricher;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.KnownActor;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.code.argument.ArgumentFinder;
import org.dyad.code.argument.Arguments;
import org.dyad.code.argument.ContextParties;
import org.dyad.code.argument.PeopleTargets;
import org.dyad.code.argument.ReactionTargets;
import org.dyad.code.argument.ReportedEvaluations;
import org.dyad.code.argument.ReportedObligations;
import org.dyad.code.argument.StatementAddressees;
import org.dyad.code.argument.VerbalConflicts;
import org.dyad.code.argument.Visitors;
import org.dyad.code.article.ArticlePass;
import org.dyad.code.article.ArticlePasses;
import org.dyad.code.article.CompleteDyads;
import org.dyad.code.article.StatedIntents;
import org.dyad.code.article.UncodedActs;
import org.dyad.code.cameo.CodeBook;
import org.dyad.code.certainty.CertaintyClassifier;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.place.Gazetteer;
import org.dyad.code.place.PlaceResolver;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.syntax.ParseRepairs;
import org.dyad.code.time.EventDater;
import org.dyad.code.time.EventDays;
import org.dyad.code.trigger.AppealReadings;
import org.dyad.code.trigger.BareIntents;
import org.dyad.code.trigger.ConditionalWarnings;
import org.dyad.code.trigger.Happenings;
import org.dyad.code.trigger.OrderedActs;
import org.dyad.code.trigger.RefusedWords;
import org.dyad.code.trigger.RequestedActs;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.code.trigger.TriggerFinder;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Token;

/**
 * Dyad's event coder, the one owner of an article's drafts: for every parsed sentence, triggers →
 * arguments (completed from context) → certainty, date, place; then the {@link ArticlePass}es,
 * each returning new drafts; then stated intentions and the frozen {@link Event}s.
 * <p>
 * One failure never costs the document: a sentence, a pass or an event that throws is left out
 * with a warning on the document, and the rest is coded.
 */
public final class DyadEventCoder implements EventCoder {
    /** How the document warnings for parts the coder left out begin; runs count them by it. */
    public static final String WARNING = "coder: ";

    private final ActorResolver actors;
    private final TriggerFinder triggers;
    private final OrderedActs orders;
    private final RefusedWords refusals;
    private final Happenings happenings;
    private final RequestedActs requested;
    private final BareIntents bareIntents;
    private final ArgumentFinder arguments;
    private final ContextParties context;
    private final ReactionTargets reactions;
    private final PeopleTargets people;
    private final Visitors visitors;
    private final ReportedEvaluations evaluations = ReportedEvaluations.shipped();
    private final VerbalConflicts verbalConflicts = VerbalConflicts.shipped();
    private final CertaintyClassifier certainty;
    private final EventDater dater = new EventDater();
    private final PlaceResolver places;
    private final CodeBook codes;
    private final EntityEnricher enricher;
    private final List<ArticlePass> passes;
    private final StatedIntents intents;
    private final CodableSentences codable;
    private final KnownNames known;

    /** @param registry people learnt in earlier runs; read only (see {@link PersonRegistry}) */
    public DyadEventCoder(ActorDictionary dictionary, TriggerDictionary triggerDictionary, CodeBook codes,
            Gazetteer gazetteer, PersonRegistry registry) {
        this(dictionary, triggerDictionary, codes, gazetteer, registry, new KnownNames(ActorKnowledgeBase.shipped()));
    }

    /** @param known the actor knowledge base (shipped, with any {@code --actors} files on top) */
    public DyadEventCoder(ActorDictionary dictionary, TriggerDictionary triggerDictionary, CodeBook codes,
            Gazetteer gazetteer, PersonRegistry registry, KnownNames known) {
        this(dictionary, triggerDictionary, codes, gazetteer, registry, known,
                ArticlePasses.standard(CueLexicon.shipped()));
    }

    DyadEventCoder(ActorDictionary dictionary, TriggerDictionary triggerDictionary, CodeBook codes,
            Gazetteer gazetteer, PersonRegistry registry, KnownNames known, List<ArticlePass> passes) {
        CueLexicon cues = CueLexicon.shipped();
        this.actors = new ActorResolver(dictionary, registry, known);
        this.known = known;
        this.triggers = new TriggerFinder(triggerDictionary);
        this.orders = new OrderedActs(cues);
        this.refusals = new RefusedWords(cues);
        this.happenings = new Happenings(cues);
        this.requested = new RequestedActs(cues);
        this.bareIntents = new BareIntents(cues);
        this.arguments = new ArgumentFinder(cues);
        this.context = new ContextParties(arguments);
        this.reactions = new ReactionTargets(cues);
        this.people = new PeopleTargets(cues);
        this.visitors = new Visitors(cues);
        this.certainty = new CertaintyClassifier(cues);
        this.places = new PlaceResolver(gazetteer);
        this.codes = codes;
        this.enricher = new EntityEnricher(dictionary);
        this.passes = List.copyOf(passes);
        this.intents = new StatedIntents(codes, triggerDictionary);
        this.codable = new CodableSentences(dictionary, triggers, cues, registry, known, evaluations);
    }

    /** Which sentences the annotator should parse; make one per article (see {@link CodableSentences}). */
    public SentenceFilter parseFilter() {
        return codable.forArticle();
    }

    /**
     * Events, the article's entities joined with the actors they name, what the article can teach
     * the person registry, and warnings for the parts that could not be coded.
     */
    public record Coding(List<Event> events, List<Entity> entities, List<PersonRegistry.Learnt> learnt,
            List<String> warnings) {
        public Coding {
            events = List.copyOf(events);
            entities = List.copyOf(entities);
            learnt = List.copyOf(learnt);
            warnings = List.copyOf(warnings);
        }
    }

    @Override
    public List<Event> code(AnnotatedArticle article) {
        return codeAll(article).events();
    }

    public Coding codeAll(AnnotatedArticle parsed) {
        AnnotatedArticle article = ParseRepairs.repaired(parsed);
        ArticleActors found = actors.resolve(article);
        List<String> warnings = new ArrayList<>();
        List<EventDraft> drafts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            if (s.parsed()) {
                try {
                    drafts.addAll(codeSentence(article, s, found, drafts));
                } catch (RuntimeException | StackOverflowError e) {
                    warnings.add(WARNING + "sentence " + s.index() + " left uncoded: " + e);
                }
            }
        }
        for (ArticlePass pass : passes) {
            try {
                drafts = pass.apply(article, found, drafts);
            } catch (RuntimeException | StackOverflowError e) {
                warnings.add(WARNING + "pass " + pass.name() + " skipped: " + e);
            }
        }
        List<Event> events = freeze(article, drafts, warnings);
        return new Coding(events, enricher.enrich(article, found), found.learnt(), warnings);
    }

    private List<EventDraft> codeSentence(AnnotatedArticle article, AnnotatedSentence s, ArticleActors found,
            List<EventDraft> before) {
        DependencyTree tree = new DependencyTree(s);
        List<Entity> dates = article.entitiesIn(s, "DATE");
        List<EventDraft> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // what befell a market or befell people in a disaster is no act
        List<Trigger> words = happenings.withoutHappenings(tree, triggers.find(tree)).stream()
                .filter(t -> t.verb() || !ActsNamedLikeBodies.namesTheParty(s.tokens(), t.token())).toList();
        // "ordered the destruction of…" is the destruction: the order verb is no act of its own
        List<Trigger> acts = ConditionalWarnings.read(tree, refusals.withoutRefusedWords(tree,
                AppealReadings.withoutNonAppeals(tree, orders.withoutOrders(tree, words))));
        for (Trigger word : bareIntents.withoutBareIntents(tree, requested.withoutRequested(tree, acts))) {
            Trigger t = word;
            List<EventDraft> sofar = new ArrayList<>(before);
            sofar.addAll(out);
            Arguments own = ArgumentFinder.withoutGovernorsSource(tree, t, arguments.find(tree, t, found), acts);
            Arguments args = context.complete(tree, t, own, found, sofar);
            args = reactions.complete(tree, t, args, found, acts, sofar);
            Optional<ReportedEvaluations.Evaluation> judged = evaluations.evaluate(tree, t, found);
            Optional<ReportedObligations.Demand> demanded = judged.isPresent() ? Optional.empty()
                    : ReportedObligations.demand(tree, t, found, args.sources());
            if (judged.isPresent()) {
                // "X said Y's plans were worthless": criticism of Y, not a bare statement
                t = judged.get().trigger();
                args = new Arguments(args.sources(), judged.get().targets(), args.rule() + "+evaluation");
            } else if (demanded.isPresent()) {
                // "X said Libya must hand over the bombers": a demand on Libya
                t = demanded.get().trigger();
                args = new Arguments(args.sources(), demanded.get().targets(), args.rule() + "+obligation");
            } else if (evaluations.onlyAboutTheReported(tree, t, args.targets())) {
                continue; // "X said Labour had spent £10m": an opinion about Labour, no act toward it
            } else {
                args = StatementAddressees.of(tree, t, args); // "announced his decision to quit UKIP"
            }
            Optional<Trigger> deployed = visitors.peacekeeping(tree, t, args);
            if (deployed.isPresent()) {
                t = deployed.get(); // "British peacekeeping troops arrived in Mali": peacekeeping, no visit
            } else {
                args = visitors.complete(tree, t, args); // "hundreds of Britons travelled to Syria": no visit
            }
            if (args.isEmpty()) {
                continue;
            }
            if (verbalConflicts.marketContest(t, args)) {
                continue; // "a takeover battle for MCI": companies compete, nobody fights
            }
            if (verbalConflicts.armedMarch(t, args)) {
                continue; // "in their march toward Raqqah, the SDF…": an advance, no protest
            }
            t = verbalConflicts.statesProtest(t, args).orElse(t); // "the United States is formally protesting"
            Optional<Trigger> verbal = verbalConflicts.reading(tree, t, args);
            if (verbal.isPresent()) {
                t = verbal.get(); // "Howard attacked Blair": criticism, not violence
                args = new Arguments(args.sources(), args.targets(), args.rule() + "+verbal");
            }
            CertaintyClassifier.Verdict verdict = certainty.classify(tree, t, found);
            EventDater.Dated dated = dater.date(article, tree, t.token(), dates);
            Event.Place place = places.place(tree, t.token());
            args = ContextParties.protestTarget(t, args, place);
            args = people.complete(tree, t, args, place); // "Beijing police detained 18 people"
            args = ContextParties.coercingAuthority(tree, t, args, found, place); // "Griffin was arrested on Tuesday"
            args = ContextParties.appealTarget(tree, t, args, found);
            args = ContextParties.policyOwner(tree, t, args, found);
            List<String> objects = TriggerFinder.objects(tree, t.token(), t.verb() ? 'V' : 'N').stream()
                    .filter(k -> tree.token(k).isNoun()).map(tree::lemma).toList();
            for (ActorMention src : orNull(args.sources())) {
                for (ActorMention tgt : orNull(args.targets())) {
                    if (codable(t, src, tgt, args)) {
                        EventDraft d = new EventDraft(t, src, tgt, verdict.certainty(), verdict.attributedTo(),
                                verdict.told(), dated, place, objects, List.of(), args.rule());
                        if (seen.add(d.dyadKey())) {
                            out.add(d);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean codable(Trigger t, ActorMention src, ActorMention tgt, Arguments args) {
        if (src == null && tgt == null || src != null && tgt != null && src.sameActor(tgt)) {
            return false;
        }
        if (src == null && t.pattern().cameo().startsWith("01")) {
            return false; // a statement nobody is named as making ("… told the BBC") is no dyadic event
        }
        if (homeVenue(t, src, tgt)) {
            return false; // "Blair's meeting with MPs at Westminster": a meeting at home has no host to meet
        }
        // a one-sided noun ("sales", "demand", "warnings") is rarely an event
        return src != null && tgt != null || t.verb() || "matrix-participant".equals(args.rule());
    }

    /**
     * A meeting's venue names its host only when the host is someone else ("hold talks in Beijing"
     * for a British minister): a capital or seat of the source's own country is where it meets.
     */
    private static boolean homeVenue(Trigger t, ActorMention src, ActorMention tgt) {
        boolean place = tgt != null && (tgt.kind() == ActorDictionary.Kind.CAPITAL || tgt.kind() == ActorDictionary.Kind.SEAT);
        return place && src != null && t.pattern().cameo().startsWith("04") && tgt.actor().country() != null
                && tgt.actor().country().equals(src.actor().country());
    }

    private static List<ActorMention> orNull(List<ActorMention> l) {
        List<ActorMention> out = new ArrayList<>(l);
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    private List<Event> freeze(AnnotatedArticle article, List<EventDraft> drafts, List<String> warnings) {
        List<StatedIntents.Coded> coded;
        try {
            coded = intents.code(drafts);
        } catch (RuntimeException e) {
            warnings.add(WARNING + "stated intents skipped: " + e);
            coded = drafts.stream().map(d -> new StatedIntents.Coded(d, d.cameo(), d.rule())).toList();
        }
        coded = UncodedActs.keep(CompleteDyads.keep(coded));
        List<Event> out = new ArrayList<>();
        String bodyHash = sha1(article.body());
        for (StatedIntents.Coded k : coded) {
            try {
                out.add(event(article, bodyHash, k));
            } catch (RuntimeException e) {
                warnings.add(WARNING + "event in sentence " + k.draft().sentence() + " dropped: " + e);
            }
        }
        return out;
    }

    private Event event(AnnotatedArticle article, String bodyHash, StatedIntents.Coded k) {
        EventDraft d = k.draft();
        String cameo = k.cameo();
        Token trig = article.sentences().get(d.sentence()).token(d.trigger().token());
        CodeBook.Code c = codes.code(cameo).orElse(new CodeBook.Code(cameo, cameo.substring(0, 2), null, 0, 0, null, null));
        ActorMention source = onEventDay(d.source(), d.dated());
        ActorMention target = onEventDay(d.target(), d.dated());
        String src = source == null ? "" : source.actor().code();
        String tgt = target == null ? "" : target.actor().code();
        String id = sha1(bodyHash + "|" + trig.start() + "|" + src + "|" + tgt + "|" + cameo).substring(0, 16);
        return new Event(id, d.sentence(),
                new Event.Trigger(article.body().substring(trig.start(), trig.end()), trig.start(), trig.end()),
                source == null ? null : source.actor(), target == null ? null : target.actor(),
                cameo, c.root(), c.goldstein(), c.quadClass(), new Event.Plover(c.ploverEvent(), c.ploverMode()),
                d.dated().date(), d.dated().precision(), d.dated().source(), d.place(), d.certainty().label(),
                d.attributedTo(), d.amounts(), k.rule() + knowledge("source", source) + knowledge("target", target));
    }

    /**
     * A known actor's code is the role held on the event's day when the text dates the event
     * ("in 2019, Shoigu…"), not on the article's; a publication-date fallback changes nothing.
     */
    private ActorMention onEventDay(ActorMention m, EventDater.Dated dated) {
        if (m == null || m.kb() == null || dated == null || !"text".equals(dated.source()) || dated.date() == null) {
            return m;
        }
        LocalDate day = EventDays.middle(dated.date());
        if (day == null) {
            return m;
        }
        Optional<KnownActor> k = known.base().lookup(m.actor().text(), day, m.actor().country());
        if (k.isEmpty() || k.get().code().equals(m.actor().code()) || k.get().outOfOffice() && m.titledInText()) {
            return m; // a stale record cannot overrule the title the text gives
        }
        List<String> sectors = k.get().sectors();
        Actor a = new Actor(m.actor().text(), k.get().code(), k.get().country(), sectors.isEmpty() ? null : sectors.get(0), sectors);
        return new ActorMention(m.sentence(), m.first(), m.last(), a, m.kind(), k.get().ruleText());
    }

    /** Names the knowledge-base row that coded an actor: " source=kb:actors-facts.tsv:32 RUSMILGOV@2012-11-06..". */
    private static String knowledge(String role, ActorMention m) {
        return m == null || m.kb() == null ? "" : " " + role + "=" + m.kb();
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
