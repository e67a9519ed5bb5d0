package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.SectorWords;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Domestic references that name no country — "the government", "ministers", "the foreign
 * secretary", "the opposition", a person known only by a state title ("shadow chancellor X") —
 * take the article's {@link HomeCountry}, as a human coder reads them; in a story with no home
 * country, a body takes the country of the same kind of body named just before ({@link NamedBefore}:
 * "Nepal's army is searching … The army said"), and police and protesters take the one country
 * their sentence names ({@link OnlyCountryNamed}). Left alone: generic or outward-facing titles
 * (spokesman, leader, official, ambassador, envoy), bodies with a name of
 * their own country (Knesset, Duma), indefinite or foreign ones ("a government", "other
 * governments"), and bodies another word owns ("the government of Iran", "Blair's government").
 * A "shadow" title is the opposition's. Returns new mention lists; the input is not changed.
 */
final class UnmarkedReferences {
    private static final Set<String> STATE = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY", "OPP");

    /** One-word titles and bodies that name a domestic office or institution by themselves. */
    private static final Set<String> DOMESTIC_WORDS = Set.of("president", "premier", "chancellor", "minister", "ministers",
            "governor", "mayor", "lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators", "mp", "mps",
            "parliamentarian", "parliamentarians", "judge", "judges", "prosecutor", "prosecutors", "policeman", "policemen",
            "government", "administration", "cabinet", "ministry", "treasury", "presidency", "authorities", "regime",
            "parliament", "legislature", "congress", "senate", "court", "courts", "judiciary", "police", "army",
            "military", "navy", "intelligence", "opposition", "junta");

    /** Words that make a longer title or body outward-facing or generic ("foreign ambassador", "embassy staff"). */
    private static final Set<String> NOT_DOMESTIC = Set.of("ambassador", "envoy", "embassy", "consul", "consulate",
            "spokesman", "spokeswoman", "spokesperson", "secretary-general", "delegation", "delegate", "negotiator",
            "mission", "diplomat", "diplomats", "official", "officials", "adviser", "advisor", "leader");

    /** The indefinite articles, which belong to the last noun of a compound ("a government scheme"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    private static final Set<String> NOT_DEFINITE = Set.of("a", "an", "another", "any", "each", "every", "no", "other",
            "some", "several", "many", "foreign", "western", "neighbouring", "neighboring", "rival", "respective");

    /** Words that make an organisation's name a public body ("National Audit Office", "Electoral Commission"). */
    private static final Set<String> STATE_BODY_WORDS = Set.of("office", "agency", "authority", "commission",
            "department", "inspectorate", "executive", "directorate", "ombudsman", "regulator", "ministry");

    /** Words that make it international or someone else's ("the Coalition" of a war story is many states'). */
    private static final Set<String> NOT_NATIONAL = Set.of("international", "european", "world", "united", "nations",
            "global", "asian", "african", "arab", "atlantic", "pacific", "islamic", "regional", "coalition", "alliance",
            "combined", "multinational", "allied");

    /** Words that make a name an agreement, a law or a text ("Cessation of Hostilities", "Good Friday Agreement"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("agreement", "accord", "accords", "treaty", "cessation",
            "ceasefire", "truce", "convention", "resolution", "act", "declaration", "protocol", "charter", "memorandum",
            "bill");

    /** Tokens between a title and a name it belongs to ("Jack Straw, the foreign secretary,"). */
    private static final int TITLE_REACH = 3;

    /** Tokens between a description and the organisation name it describes ("French car maker Peugeot"). */
    private static final int DESCRIPTION_REACH = 3;

    private UnmarkedReferences() {
    }

    /**
     * @param sectorWords each sentence's title and body words, as the resolver found them
     * @param isPlace     whether a name is a town or city (a tagger's "organisation" that is a place is no actor)
     */
    static List<List<ActorMention>> place(AnnotatedArticle article, List<List<ActorMention>> mentions,
            List<List<SectorWords>> sectorWords, HomeCountry home, Predicate<String> isPlace) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            out.add(place(article.sentences().get(i), mentions, sectorWords.get(i), home, isPlace));
        }
        return out;
    }

    /** @param home the article's home country, or null when it has none */
    private static List<ActorMention> place(AnnotatedSentence s, List<List<ActorMention>> mentions,
            List<SectorWords> sectorWords, HomeCountry home, Predicate<String> isPlace) {
        List<Token> tokens = s.tokens();
        List<ActorMention> found = mentions.get(s.index());
        List<ActorMention> out = new ArrayList<>();
        String only = home == null ? OnlyCountryNamed.country(found) : null;
        for (ActorMention m : found) {
            if (home != null) {
                out.add(withHome(tokens, m, home));
            } else {
                boolean protesters = only != null && OnlyCountryNamed.namedAsAPlace(found, only)
                        && OnlyCountryNamed.countrylessOpposition(m, tokens);
                out.add(protesters ? OnlyCountryNamed.of(m, only) : m);
            }
        }
        for (SectorWords w : sectorWords) {
            if (domestic(tokens, w) && free(found, w) && !(w.title() && nearPerson(tokens, found, w))
                    && !namedOwner(tokens, found, w)) {
                List<String> state = state(w.sectors());
                boolean shadow = shadow(tokens, w.first());
                List<String> sectors = shadow ? List.of("OPP") : state.isEmpty() ? List.of("LAB") : state;
                String text = ActorResolver.join(tokens, w.first(), w.last());
                Kind kind = w.title() ? Kind.PERSON : Kind.INSTITUTION;
                // a story with a home country means its own state by "the government"; one without
                // means the body it just named (a title is left to the home country alone: people of
                // two states stand side by side, "Carter complimented the prime minister")
                ActorMention before = home != null || shadow || state.isEmpty() || w.title() ? null
                        : NamedBefore.body(mentions, s.index(), w.first(), state.get(0));
                if (before != null) {
                    Actor a = ActorCodes.actor(text, before.actor().country(), before.actor().country(), sectors);
                    out.add(new ActorMention(s.index(), w.first(), w.last(), a, kind, NamedBefore.ruleText(before)));
                } else if (home != null) {
                    out.add(new ActorMention(s.index(), w.first(), w.last(), home.actor(text, sectors), kind,
                            home.ruleText()));
                }
            }
        }
        if (only != null) {
            out.addAll(police(s.index(), tokens, out, sectorWords, only));
        }
        if (home != null) {
            out.addAll(namedBodies(s, tokens, out, home, isPlace));
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /**
     * Police words no mention covers and no name owns ("NATO police"), as the one country's the
     * sentence names ({@link OnlyCountryNamed}).
     */
    private static List<ActorMention> police(int sentence, List<Token> tokens, List<ActorMention> found,
            List<SectorWords> sectorWords, String country) {
        List<ActorMention> out = new ArrayList<>();
        for (SectorWords w : sectorWords) {
            if (w.sectors().contains("COP") && !w.rank() && free(found, w) && !namedOwner(tokens, found, w)
                    && !owned(tokens, w) && tokens.get(w.last() - 1).pos().startsWith("NN")) {
                String text = ActorResolver.join(tokens, w.first(), w.last());
                Actor a = ActorCodes.actor(text, country, country, List.of("COP"));
                out.add(new ActorMention(sentence, w.first(), w.last(), a, w.title() ? Kind.PERSON : Kind.INSTITUTION,
                        OnlyCountryNamed.ruleText(country)));
            }
        }
        return out;
    }

    /**
     * A named organisation the dictionaries do not know, with no country of its own and nothing
     * international about it, is the home country's: a public body when its name says so ("the
     * National Audit Office", "the Food Standards Agency" → ---GOV), else country only ("Alcohol
     * Focus Scotland", "Ernst & Young").
     */
    private static List<ActorMention> namedBodies(AnnotatedSentence s, List<Token> tokens, List<ActorMention> found,
            HomeCountry home, Predicate<String> isPlace) {
        List<ActorMention> out = new ArrayList<>();
        int i = 1;
        while (i <= tokens.size()) {
            if (!"ORGANIZATION".equals(tokens.get(i - 1).ner())) {
                i++;
                continue;
            }
            int last = i;
            while (last < tokens.size() && "ORGANIZATION".equals(tokens.get(last).ner())) {
                last++;
            }
            int first = i;
            int end = last;
            boolean free = found.stream().noneMatch(m -> m.first() <= end && m.last() >= first);
            String name = ActorResolver.join(tokens, first, last);
            if (titleOfAPerson(tokens, found, last)) {
                i = last + 1; // "Lib Dem leader Charles Kennedy": the party is the person's title, already read
                continue;
            }
            ActorMention describer = describer(tokens, found, first);
            if (free && describer != null) {
                // "French car maker Peugeot": the description before the name places it, not the story
                Actor d = describer.actor();
                out.add(new ActorMention(s.index(), first, last, new Actor(name, d.code(), d.country(), d.sector(),
                        d.sectors()), Kind.INSTITUTION, describer.kb()));
            } else if (free && !international(tokens, first, last) && !isPlace.test(name) && !document(tokens, first, last)) {
                List<String> sectors = namesStateBody(tokens, first, last) ? List.of("GOV") : List.of();
                Actor a = home.actor(name, sectors);
                out.add(new ActorMention(s.index(), first, last, a, Kind.INSTITUTION, home.ruleText()));
            }
            i = last + 1;
        }
        return out;
    }

    /** The name is part of a title before a person's name ("Lib Dem leader Charles Kennedy"). */
    private static boolean titleOfAPerson(List<Token> tokens, List<ActorMention> found, int last) {
        for (ActorMention m : found) {
            if (m.kind() == Kind.PERSON && m.first() > last && m.first() - last <= TITLE_REACH + 1) {
                boolean titleWords = true;
                for (int k = last + 1; k < m.first(); k++) {
                    String pos = tokens.get(k - 1).pos();
                    titleWords &= pos != null && (pos.startsWith("NN") || pos.startsWith("JJ"));
                }
                if (titleWords) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A coded mention with a country ending just before the name, with only nouns and adjectives
     * between ("French car maker Peugeot", "Japan's Sony"): the name's description.
     */
    private static ActorMention describer(List<Token> tokens, List<ActorMention> found, int first) {
        for (ActorMention m : found) {
            if (m.actor().country() == null || m.last() >= first || first - m.last() > DESCRIPTION_REACH) {
                continue;
            }
            if (ActorResolver.onlyModifiers(tokens, m.last() + 1, first - 1)) {
                return m;
            }
        }
        return null;
    }

    /** "a nationwide Cessation of Hostilities", "the Hunting Act": an agreement or a law the tagger named, no actor. */
    private static boolean document(List<Token> tokens, int first, int last) {
        return anyWord(tokens, first, last, DOCUMENT_WORDS);
    }

    private static boolean international(List<Token> tokens, int first, int last) {
        return anyWord(tokens, first, last, NOT_NATIONAL);
    }

    /** Whether a word of tokens first..last (1-based), lowercased, is one of {@code words}. */
    private static boolean anyWord(List<Token> tokens, int first, int last, Set<String> words) {
        for (int k = first; k <= last; k++) {
            if (words.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A state-body word heads the name: it ends it ("National Audit Office") or an "of"/"for"
     * follows it ("Department for Education"); "May Department Stores" is a company.
     */
    private static boolean namesStateBody(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (STATE_BODY_WORDS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                String next = k < tokens.size() ? tokens.get(k).word().toLowerCase(Locale.ROOT) : "";
                if (k == last || next.equals("of") || next.equals("for")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A named person no title, apposition or knowledge-base row places, or "the opposition"
     * (---OPP), gets the home country: a domestic story's unplaced people are, as a coder reads
     * them, its own country's. A person with a state title keeps only the state sectors.
     */
    private static ActorMention withHome(List<Token> tokens, ActorMention m, HomeCountry home) {
        Actor a = m.actor();
        boolean unplacedPerson = m.kind() == Kind.PERSON && a.code() == null;
        if (!unplacedPerson && !ActorCodes.countrylessOpposition(a)) {
            return m;
        }
        List<String> stateSectors = state(a.sectors());
        List<String> sectors = unplacedPerson && shadow(tokens, m.first()) ? List.of("OPP")
                : stateSectors.isEmpty() && unplacedPerson ? a.sectors() : stateSectors;
        Actor placed = home.actor(a.text(), sectors);
        return new ActorMention(m.sentence(), m.first(), m.last(), placed, m.kind(), home.ruleText());
    }

    private static List<String> state(List<String> sectors) {
        return sectors.stream().filter(STATE::contains).toList();
    }

    private static boolean domestic(List<Token> tokens, SectorWords w) {
        if (!tokens.get(w.last() - 1).pos().startsWith("NN")) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int k = w.first(); k <= w.last(); k++) {
            words.add(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
        }
        if (state(w.sectors()).isEmpty() && !unions(w, words)) {
            return false;
        }
        boolean known = unions(w, words) || (words.size() == 1 ? DOMESTIC_WORDS.contains(words.get(0))
                : words.stream().noneMatch(NOT_DOMESTIC::contains));
        return known && definite(tokens, w) && !owned(tokens, w);
    }

    /**
     * "The unions", "union leaders": organised labour is a party of a domestic story as its state
     * is (coding guide: trade unions → ---LAB). Workers or employees in general are not.
     */
    private static boolean unions(SectorWords w, List<String> words) {
        return w.sectors().contains("LAB") && words.stream().anyMatch(x -> x.startsWith("union"));
    }

    /**
     * "EU authorities", "NATO officials", "G8 finance ministers": a name before the body word, with
     * at most two modifiers between, says whose body it is.
     */
    private static boolean namedOwner(List<Token> tokens, List<ActorMention> found, SectorWords w) {
        return found.stream().anyMatch(m -> m.actor().code() != null && m.last() < w.first()
                && w.first() - m.last() <= 3 && ActorResolver.onlyModifiers(tokens, m.last() + 1, w.first() - 1));
    }

    /** "the government", "ministers", "Parliament"; never "a government" or "foreign governments". */
    private static boolean definite(List<Token> tokens, SectorWords w) {
        int before = w.first() - 1;
        if (before >= 1 && "shadow".equalsIgnoreCase(tokens.get(before - 1).word())) {
            before--;
        }
        String prev = before >= 1 ? tokens.get(before - 1).word().toLowerCase(Locale.ROOT) : "";
        Token head = tokens.get(w.last() - 1);
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
        boolean capitalised = w.first() > 1 && Character.isUpperCase(tokens.get(w.first() - 1).word().charAt(0));
        // "a Navy veteran", "and army officers": a body word modifying another noun names no body
        boolean modifier = w.last() < tokens.size() && tokens.get(w.last()).pos().startsWith("NN");
        if (INDEFINITE.contains(prev) && modifier && !plural && !capitalised) {
            return true; // "a government scheme" is one scheme of the government: the article is the scheme's
        }
        if (NOT_DEFINITE.contains(prev)) {
            return false;
        }
        return prev.equals("the") || !modifier && (plural || capitalised);
    }

    /** "the government of Iran", "Blair's government": the body is someone else's. */
    private static boolean owned(List<Token> tokens, SectorWords w) {
        boolean possessed = w.first() > 1 && "POS".equals(tokens.get(w.first() - 2).pos());
        return ofAName(tokens, w.last() + 1) || possessed;
    }

    /**
     * "of Iran", "of the Republic of Korea" at 1-based position {@code of}; not the "of" of a verb
     * ("accused the government of lying").
     */
    private static boolean ofAName(List<Token> tokens, int of) {
        if (of > tokens.size() || !"of".equalsIgnoreCase(tokens.get(of - 1).word())) {
            return false;
        }
        int next = of + 1;
        if (next <= tokens.size() && "the".equalsIgnoreCase(tokens.get(next - 1).word())) {
            next++;
        }
        return next <= tokens.size() && tokens.get(next - 1).pos().startsWith("NNP");
    }

    /** "shadow" in the three words before a title or name. */
    private static boolean shadow(List<Token> tokens, int first) {
        return ActorResolver.shadow(tokens, first - 3, first - 1);
    }

    private static boolean free(List<ActorMention> found, SectorWords w) {
        return found.stream().noneMatch(m -> m.first() <= w.last() && m.last() >= w.first());
    }

    /**
     * The title names a person beside it: "Chancellor Gordon Brown", "Jack Straw, the foreign
     * secretary". Only commas, determiners, nouns and adjectives may stand between; a verb or a
     * preposition there makes the title someone else ("Letwin accused the chancellor", "MPs
     * criticised Tony Blair").
     */
    private static boolean nearPerson(List<Token> tokens, List<ActorMention> found, SectorWords w) {
        return found.stream().anyMatch(m -> m.kind() == Kind.PERSON
                && (m.first() > w.last() && m.first() - w.last() <= TITLE_REACH && appositive(tokens, w.last() + 1, m.first() - 1)
                        || m.last() < w.first() && w.first() - m.last() <= TITLE_REACH
                                && appositive(tokens, m.last() + 1, w.first() - 1)));
    }

    /** Only commas, determiners and the modifiers of a name ({@link ActorResolver#onlyModifiers}) from..to. */
    private static boolean appositive(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String p = tokens.get(k - 1).pos();
            if (!(",".equals(p) || "DT".equals(p) || ActorResolver.onlyModifiers(tokens, k, k))) {
                return false;
            }
        }
        return true;
    }
}
