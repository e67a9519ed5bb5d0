package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.actor.ArticleActors;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.Actor;

/**
 * One sentence's tree and actors, and how a noun phrase maps to actor mentions: the mention at its
 * head, else the nearest one inside its own phrase, with the conjuncts of either.
 */
final class PhraseActors {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "around");
    /** Prepositions of what an act is aimed at ("an attack on a mosque", "strikes against rebels"). */
    private static final Set<String> AIMED = Set.of("on", "against", "at", "into", "toward", "towards", "upon");
    /** What a meeting is about: "held talks on the Ukrainian election crisis" names no partner. */
    private static final Set<String> TOPICS = Set.of("on", "about", "over", "regarding", "concerning");
    /** Offices held abroad: the place they are in is where they serve, not whom they serve. */
    private static final Set<String> POSTINGS = Set.of("ambassador", "envoy", "embassy", "consul", "consulate",
            "diplomat", "attache", "mission", "legation", "charge");
    /**
     * Armed men are sent abroad too: "multinational forces in Iraq" are not Iraq's; police and
     * security forces act at home ("security forces in Guinea" are Guinea's).
     */
    private static final Set<String> SENT_ABROAD = Set.of("force", "troop", "soldier", "peacekeeper", "marine");
    /**
     * People named by whom they stand against or are kin or prey to: "critics of the government",
     * "victims of the regime", "a nephew of President Mugabe" are not the party of their of-phrase.
     */
    private static final Set<String> COUNTERPARTS = Set.of("critic", "opponent", "enemy", "foe", "rival",
            "adversary", "detractor", "victim");
    /** Kin, named by whose kin they are: of that person's country, but holding none of their offices. */
    private static final Set<String> KIN = Set.of("relative", "family", "son", "daughter", "wife", "husband",
            "widow", "nephew", "niece", "brother", "sister", "cousin", "uncle", "aunt", "father", "mother",
            "grandson", "granddaughter", "son-in-law", "brother-in-law", "daughter-in-law", "stepson", "child");
    /** Heads of a place named from another: "South of Baghdad", "west of the capital". */
    private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    /** Counterparts who are a country's opposition: "opponents of the Maldives government" are MDVOPP. */
    private static final Set<String> OPPONENTS = Set.of("critic", "opponent", "detractor");
    /** Parts of a town or sites in it, which a capital owns as a place ("Kabul's airport", "Damascus's suburbs"). */
    private static final Set<String> PARTS_OF_TOWNS = Set.of("suburb", "outskirts", "district", "neighbourhood",
            "neighborhood", "street", "airport", "hotel", "hospital", "quarter", "square", "centre", "center",
            "port", "prison", "mosque", "market", "university", "embassy");
    private static final CueLexicon CUES = CueLexicon.shipped();
    /** Dependents that hang from a noun without being part of what it names: clauses, conjuncts, appositions. */
    private static final Set<String> NOT_OF_THE_PHRASE = Set.of("acl", "conj", "cc", "appos", "punct", "advcl",
            "parataxis");
    /** Pronouns that stand for one person named before them. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    final DependencyTree tree;
    final ArticleActors actors;
    final int sentence;

    PhraseActors(DependencyTree tree, ArticleActors actors, int sentence) {
        this.tree = tree;
        this.actors = actors;
        this.sentence = sentence;
    }

    /**
     * The coded person a pronoun stands for: "he", "she", "him", "her" or "his" at {@code head} (an
     * owner found by climbing: "his" of "his desperate bid"), or a "his" or "her" that owns it ("the
     * police backed his measures"); the last person named before the pronoun, if any.
     */
    Optional<ActorMention> personBehindPronoun(int head) {
        String word = lowerWord(head);
        int pronoun = PERSONAL_PRONOUNS.contains(word) || PERSONAL_POSSESSIVES.contains(word) ? head : -1;
        for (int p : tree.children(head, "nmod:poss")) {
            pronoun = pronoun < 0 && PERSONAL_POSSESSIVES.contains(lowerWord(p)) ? p : pronoun;
        }
        if (pronoun < 0) {
            return Optional.empty();
        }
        Optional<ActorMention> named = actors.lastPersonBefore(sentence, pronoun, lowerWord(pronoun));
        return titledOrNamed(pronoun, Set.of(), named).filter(m -> m.actor().code() != null);
    }

    /**
     * A person the sentence has just described by a title before the pronoun ("took a U.S. soldier
     * hostage and threatened to kill him", "opened fire on the car carrying the minister, wounding
     * him") is whom it stands for, rather than a person named further back: the titled person's
     * mention when it has one, else nobody. A singular title only, and not one of {@code passOver}.
     */
    private Optional<ActorMention> titledOrNamed(int pronoun, Set<Integer> passOver, Optional<ActorMention> named) {
        for (int k = pronoun - 1; k >= 1; k--) {
            if (named.isPresent() && named.get().sentence() == sentence && named.get().last() >= k) {
                return named; // the named person comes after any title
            }
            if (actors.titleAt(sentence, k) && "NN".equals(tree.token(k).pos()) && !passOver.contains(k)) {
                Optional<ActorMention> titled = mentionsAt(k).stream().findFirst();
                // "John Paul was the only pope…, and he", "al-Masri, a German citizen, said he": the
                // title describes a person named beside it, who is still the one to find
                boolean describesANamedPerson = tree.relation(k).equals("appos") || !tree.children(k, "cop").isEmpty();
                if (titled.isPresent() || !describesANamedPerson) {
                    return titled;
                }
            }
        }
        return named;
    }

    /**
     * The coded person an object pronoun ("him", "her" as object) stands for: a person named before
     * it ({@link ArticleActors#objectAntecedent}) who is not its clause's subject, since an object
     * pronoun never means its own clause's subject ("Charles Clarke accused him of lying" is not
     * Clarke accusing himself; nor is "Nicola Sturgeon wrote to Mr McConnell accusing him…"
     * Sturgeon). Other pronouns as in {@link #personBehindPronoun}.
     */
    Optional<ActorMention> otherPersonBehindPronoun(int head, List<ActorMention> parties) {
        String word = lowerWord(head);
        boolean object = OBJECT_PRONOUNS.contains(word) && !tree.relation(head).equals("nmod:poss");
        if (!object) {
            return personBehindPronoun(head);
        }
        Set<Integer> subject = clauseSubject(head);
        Optional<ActorMention> named = actors.objectAntecedent(sentence, head, word,
                m -> m.sentence() == sentence && subject.contains(m.last())
                        || parties.stream().anyMatch(p -> p.kind() == Kind.PERSON && p.sameActor(m)));
        return titledOrNamed(head, subject, named)
                .filter(m -> parties.stream().noneMatch(p -> p.sameActor(m)))
                .filter(m -> m.actor().code() != null);
    }

    /** The tokens of the subject of the clause a word is in, found up its chain of clauses. */
    private Set<Integer> clauseSubject(int word) {
        for (int v = tree.head(word), steps = 0; v > 0 && steps < 5; v = tree.head(v), steps++) {
            Set<Integer> out = new HashSet<>();
            for (int s : tree.children(v)) {
                if (tree.relation(s).startsWith("nsubj")) {
                    out.addAll(tree.subtree(s));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return Set.of();
    }

    private String lowerWord(int token) {
        return tree.token(token).word().toLowerCase(Locale.ROOT);
    }

    List<ActorMention> mentionsAt(int token) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : actors.in(sentence)) {
            if (m.covers(token) && m.actor().code() != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The actors a noun phrase names: the mention at its head, else the nearest mention inside
     * its own phrase (not inside a clause hanging from it); then the same for each conjunct.
     */
    List<ActorMention> actorsOf(int head) {
        return actorsOf(head, Scope.ALL);
    }

    /**
     * The actors a subject names: as {@link #actorsOf}, but a place phrase of a noun that names no
     * person or body says where, not who ("a bomb blast in central Baghdad killed…" is not Baghdad's
     * act; "the government in Baghdad" still is, "the US ambassador in Tokyo" is not Japan's). As a
     * target the place stays: by CAMEO's practice
     * "deployed forces in Lebanon" acts on Lebanon.
     */
    List<ActorMention> sourcesOf(int head) {
        return actorsOf(head, Scope.WHO);
    }

    /**
     * Who did the act a noun names, when a clause hangs from it ("an attack on a mosque in northern
     * Iraq that killed 13"): as {@link #sourcesOf}, but what the act is aimed at is no doer either.
     */
    List<ActorMention> doersOf(int head) {
        return actorsOf(head, Scope.DOER);
    }

    /**
     * The actors of a meeting's noun phrase: as {@link #actorsOf}, but a capital where the meeting
     * is held stands for its host government ("hold talks in Beijing").
     */
    List<ActorMention> hostsOf(int head) {
        return actorsOf(head, Scope.VENUE);
    }

    /**
     * The countries an in-phrase of word {@code head} names as where it happens ("an air strike in
     * Syria", "fighting in western Kabul" → SYR, AFG as places): countries and capitals only, as places.
     */
    List<ActorMention> placesOf(int head) {
        List<ActorMention> out = new ArrayList<>();
        for (int c : tree.children(head, "nmod")) {
            if (!tree.preposition(c).equals("in")) {
                continue;
            }
            for (ActorMention m : actorsOf(c, Scope.ALL)) {
                ActorMention place = asPlace(m);
                if (place.kind() == Kind.COUNTRY && place.actor().sectors().isEmpty() && place.actor().country() != null) {
                    out.add(place);
                }
            }
        }
        return out;
    }

    /**
     * How much of a noun phrase may name its actors: all of it, with capitals in place phrases as
     * places; all of it but its topics, with such capitals as hosts; not its place phrases; nor what
     * it is aimed at.
     */
    private enum Scope { ALL, VENUE, WHO, DOER }

    private List<ActorMention> actorsOf(int head, Scope scope) {
        List<ActorMention> out = new ArrayList<>();
        for (int c : tree.withConjuncts(head)) {
            if (c != head && tree.token(c).isVerb()) {
                continue; // "South of Baghdad, a mortar attack killed two Iraqis, and gunmen…": a clause, no party
            }
            List<ActorMention> at = mentionsAt(c);
            if (!at.isEmpty()) {
                out.addAll(at); // a name with several codes stands for all of them
                out.addAll(conjoinedModifiers(c, out));
                continue;
            }
            ActorMention opposition = oppositionOf(c);
            if (opposition != null) {
                out.add(opposition);
                continue;
            }
            ActorMention kin = kinOf(c);
            if (kin != null) {
                out.add(kin);
                continue;
            }
            ActorMention inside = nearestInside(c, scope);
            if (inside != null) {
                int token = tokenOf(inside, c, scope);
                boolean place = scope != Scope.VENUE && throughPlace(token, c);
                // "ties with Mordor, Rohan and Bree": the conjuncts of the name found inside
                for (int k : tree.withConjuncts(token)) {
                    for (ActorMention m : mentionsAt(k)) {
                        out.add(place ? asPlace(m) : m);
                    }
                }
                ActorMention found = place ? asPlace(inside) : inside;
                if (!out.contains(found)) {
                    out.add(found);
                }
                if (!place) {
                    out.addAll(conjoinedModifiers(token, out)); // "a raid by U.S. and Russian forces"
                }
            }
        }
        return out;
    }

    /**
     * "Hungarian and Romanian officials", "US and British forces": the head's mention covers the
     * last modifier only; the modifiers conjoined with it name parties of the same phrase. A lone
     * modifier ("Turkish-backed rebels") is no party of its own.
     */
    private List<ActorMention> conjoinedModifiers(int head, List<ActorMention> found) {
        List<ActorMention> out = new ArrayList<>();
        for (int m : tree.children(head)) {
            String r = tree.baseRelation(m);
            List<Integer> conjoined = tree.withConjuncts(m);
            if (m > head || !(r.equals("amod") || r.equals("compound")) || conjoined.size() < 2) {
                continue;
            }
            for (int k : conjoined) {
                for (ActorMention a : mentionsAt(k)) {
                    if (!found.contains(a) && !out.contains(a) && a.last() < head) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** The token of the phrase under head that the mention covers, nearest the head. */
    private int tokenOf(ActorMention m, int head, Scope scope) {
        int best = m.last();
        int bestDepth = Integer.MAX_VALUE;
        for (int k : phrase(head, scope)) {
            if (m.covers(k) && depth(k, head) < bestDepth) {
                best = k;
                bestDepth = depth(k, head);
            }
        }
        return best;
    }

    private ActorMention nearestInside(int head, Scope scope) {
        ActorMention best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int k : phrase(head, scope)) {
            for (ActorMention m : mentionsAt(k)) {
                int d = depth(k, head);
                if (d < bestDepth) {
                    best = m;
                    bestDepth = d;
                }
            }
        }
        return best;
    }

    /** The noun phrase under head, without clauses or conjuncts attached to it (nor what the scope leaves out). */
    private List<Integer> phrase(int head, Scope scope) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (int c : tree.children(head)) {
            String r = tree.baseRelation(c);
            if (!NOT_OF_THE_PHRASE.contains(r) && !(r.equals("ccomp") && claimOrDemand(head)) && !clauseByItself(c, r)
                    && !whereANameIs(head, c) && !counterpartOf(head, c)
                    && (scope == Scope.ALL || scope == Scope.VENUE || !whereNotWho(head, c) && !capitalAsWhere(head, c))
                    && (scope != Scope.DOER || !AIMED.contains(tree.preposition(c)))
                    && (scope != Scope.WHO || !aimedAtOthers(head, c))
                    && (scope != Scope.VENUE || !TOPICS.contains(tree.preposition(c)))) {
                out.addAll(phrase(c, scope));
            }
        }
        return out;
    }

    /**
     * "Political opponents of the Maldives government", "critics of the Syrian regime": the opposition
     * of that country, named by the head word.
     */
    private ActorMention oppositionOf(int head) {
        String country = OPPONENTS.contains(tree.lemma(head)) ? countryOfItsOfPhrase(head) : null;
        return country == null ? null : new ActorMention(sentence, head, head,
                ActorCodes.actor(tree.token(head).word(), country, country, List.of("OPP")), Kind.GROUP);
    }

    /**
     * "A nephew of President Robert Mugabe", "relatives of the president": a person of that
     * country with no sector, since kin hold none of the offices that code their relative.
     */
    private ActorMention kinOf(int head) {
        String country = KIN.contains(tree.lemma(head)) ? countryOfItsOfPhrase(head) : null;
        return country == null ? null : new ActorMention(sentence, head, head,
                ActorCodes.actor(tree.token(head).word(), country, country, List.of()), Kind.PERSON);
    }

    /** The country of the first party an of-phrase of the head names, or null. */
    private String countryOfItsOfPhrase(int head) {
        for (int c : tree.children(head)) {
            if (!tree.preposition(c).equals("of")) {
                continue;
            }
            for (ActorMention m : actorsOf(c)) {
                if (m.actor().country() != null) {
                    return m.actor().country();
                }
            }
        }
        return null;
    }

    /** "critics of the government", "the son of the president": a counterpart's or kin's of-phrase is another party. */
    private boolean counterpartOf(int head, int c) {
        String lemma = tree.lemma(head);
        return (COUNTERPARTS.contains(lemma) || KIN.contains(lemma)) && tree.preposition(c).equals("of");
    }

    /** A verb the parser could not place, hung from the noun ("Near Ar Raqqah, 12 strikes engaged ISIL units; destroyed…"). */
    private boolean clauseByItself(int c, String relation) {
        return relation.equals("dep") && tree.token(c).isVerb();
    }

    /**
     * A claim or a demand, whose that-clause is what is claimed or asked ("allegations that officers
     * passed secrets to the United States", "a demand that Japan apologize"): the parties there are
     * not the noun's. News and concerns keep theirs ("welcomed news that Norway is joining").
     */
    private boolean claimOrDemand(int head) {
        String lemma = tree.lemma(head);
        return CUES.is(lemma, Cue.CLAIM_NOUN) || CUES.is(lemma, Cue.REQUEST_NOUN);
    }

    /**
     * "Several attacks on Iraqi police in Baquba killed 10 people": what a subject that is an act
     * is aimed at did not do what its verb says. A title or body word keeps its phrase ("the forces
     * against Assad").
     */
    private boolean aimedAtOthers(int head, int c) {
        return AIMED.contains(tree.preposition(c)) && tree.baseRelation(c).equals("nmod")
                && !actors.sectorWordAt(sentence, head) && mentionsAt(head).isEmpty();
    }

    /** A place phrase ("in central Baghdad") of a noun that is no title or body word and names nobody. */
    private boolean whereNotWho(int head, int c) {
        boolean posting = POSTINGS.contains(tree.lemma(head)) // "its ambassador in Tokyo" is not Japan's
                || SENT_ABROAD.contains(tree.lemma(head)) && !actors.sectorAt(sentence, head, "COP");
        return placePhrase(c) && (posting || !actors.sectorWordAt(sentence, head)) && mentionsAt(head).isEmpty();
    }

    /**
     * "Opposed the Madrid peace talks", "condemned the Beirut bombings": a capital that only
     * modifies a noun which is no title or body word says where, as its place phrase would
     * ("the Baghdad government" still names who).
     */
    private boolean capitalAsWhere(int head, int c) {
        return tree.baseRelation(c).equals("compound") && !actors.sectorWordAt(sentence, head)
                && mentionsAt(head).isEmpty()
                && mentionsAt(c).stream().anyMatch(m -> m.kind() == Kind.CAPITAL && m.actor().sectors().isEmpty());
    }

    /**
     * A place phrase of a name no dictionary knows ("met Dr Ibrahim al-Ja'afari in Canberra") says
     * where that person or body was: as a source or a target, the place is not who they are.
     */
    private boolean whereANameIs(int head, int c) {
        String pos = tree.token(head).pos();
        String ner = tree.token(head).ner();
        return placePhrase(c) && pos != null && pos.startsWith("NNP") && !"LOCATION".equals(ner) && !"CITY".equals(ner)
                && !"COUNTRY".equals(ner) && mentionsAt(head).isEmpty();
    }

    /**
     * Token k hangs from head through a place phrase ("an army camp in western Kabul") or as the
     * possessor of a place ("Baghdad's Palestine Hotel", "Damascus's eastern suburbs").
     */
    private boolean throughPlace(int k, int head) {
        int d = 0;
        for (int x = k; x != head && x > 0 && d < 60; x = tree.head(x), d++) {
            if (placePhrase(x) || ownerOfAPlace(x)) {
                return true;
            }
        }
        return false;
    }

    /** Word x owns a place: a named building or site, or a word for part of a town. */
    private boolean ownerOfAPlace(int x) {
        int h = tree.head(x);
        return h > 0 && tree.relation(x).equals("nmod:poss")
                && ("NNP".equals(tree.token(h).pos()) || PARTS_OF_TOWNS.contains(tree.lemma(h)));
    }

    /**
     * A capital named as where something is ("attacked an army camp in western Kabul", "the rebel-held
     * Ghouta region near Damascus") is the country as a place, not its government.
     */
    private static ActorMention asPlace(ActorMention m) {
        if (m.kind() != Kind.CAPITAL || m.actor().country() == null) {
            return m;
        }
        String country = m.actor().country();
        Actor place = ActorCodes.actor(m.actor().text(), country, country, List.of());
        return new ActorMention(m.sentence(), m.first(), m.last(), place, Kind.COUNTRY, m.kb());
    }

    /** An in-, at-, near-… phrase, or the of-phrase of a bearing ("South of Baghdad"). */
    private boolean placePhrase(int c) {
        if (!tree.baseRelation(c).equals("nmod")) {
            return false;
        }
        String preposition = tree.preposition(c);
        String governor = tree.token(tree.head(c)).word().toLowerCase(Locale.ROOT);
        return LOCATIVE.contains(preposition) || preposition.equals("of") && BEARINGS.contains(governor);
    }

    private int depth(int k, int head) {
        int d = 0;
        for (int x = k; x != head && x > 0 && d < 60; x = tree.head(x)) {
            d++;
        }
        return d;
    }
}
