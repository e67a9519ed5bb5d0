package org.dyad.code.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.Named;
import org.dyad.code.actor.ActorDictionary.SectorWords;
import org.dyad.code.actor.kb.ActorKnowledgeBase;
import org.dyad.code.actor.kb.ActorRow;
import org.dyad.code.actor.kb.KnownActor;
import org.dyad.code.actor.kb.KnownNames;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Finds the actors an article names. Countries, capitals, seats of power, IGOs and institutions
 * come from the {@link ActorDictionary}; people get their country and sector from the words around
 * their name ("Iranian Ambassador to Moscow Kazem Jalali" → IRNGOV) and keep them when named again
 * ("Bagheri", "General Bagheri"). A country word joined to a body word becomes one sectored actor
 * ("the Iranian army" → IRNMIL).
 * <p>
 * A person, organisation, company or armed group the actor knowledge base knows gets its code
 * from there, as of the article's date, whatever country words stand nearby (the text's country
 * only tells namesakes apart); the mention keeps the knowledge-base row for the event's rule. Rebels,
 * militants or protesters with no country in reach are still actors: sector only ({@code ---REB}),
 * or the country the text places them in ("rebels in Mali" → MLIREB).
 */
public final class ActorResolver {
    /** Prepositions after which a place is a destination or location, not the person's country. */
    private static final Set<String> NOT_NATIONALITY = Set.of("to", "in", "at", "from", "into", "toward", "towards");
    private static final int BODY_REACH = 3;
    /** Tokens a list of capitals may run before the noun they modify ("Brussels, Paris and Amsterdam exchanges"). */
    private static final int NAME_LIST_REACH = 8;
    private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    /** Sectors of groups that are actors even when no country is in reach. */
    private static final Set<String> COUNTRYLESS = Set.of("REB", "OPP", "UAF");
    /** Sectors of men under arms. */
    private static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "SPY", "REB");
    /** Titles of peers and knights that open a person's name ("Lord Dubs", "Dame Elizabeth Butler-Sloss"). */
    private static final Set<String> PEER_TITLES = Set.of("Lord", "Baroness", "Lady", "Dame", "Sir");
    /** Words that end an organisation's name, never a person's ("Labour MP Bill Cash Committee"). */
    private static final Set<String> ORGANISATION_HEADS = Set.of("Committee", "Party", "Council", "Association",
            "Union", "Group", "Trust", "Society", "Foundation", "Institute", "Commission", "Board", "Campaign", "League",
            "Federation", "Office", "Department", "Agency", "Authority", "Alliance", "Front", "Movement");
    /** Prepositions of place: a lone name after one is a place, whatever the tagger says. */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "throughout");
    /** What is held "in" a company: "a stake in Sina". */
    private static final Set<String> HOLDINGS = Set.of("stake", "share", "interest", "investment", "holding",
            "shareholding");
    /** Honorifics before a surname ("Ms King"): the name is the words after them. */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.");
    /** Words after such a title that make it an office, not a name ("Lord Chancellor", "Lord Chief Justice"). */
    private static final Set<String> OFFICES_AFTER_TITLE = Set.of("Chancellor", "Chief", "Justice", "Justices",
            "Mayor", "Provost", "Advocate", "President", "Lieutenant", "Speaker", "Privy", "Chamberlain", "Protector",
            "Chairman", "Deputy");

    private final ActorDictionary dictionary;
    private final PersonRegistry registry;
    private final KnownNames known;

    /** With the shipped actor knowledge base. */
    public ActorResolver(ActorDictionary dictionary, PersonRegistry registry) {
        this(dictionary, registry, new KnownNames(ActorKnowledgeBase.shipped()));
    }

    public ActorResolver(ActorDictionary dictionary, PersonRegistry registry, KnownNames known) {
        this.dictionary = dictionary;
        this.registry = registry;
        this.known = known;
    }

    /** A person named earlier in the article, and the knowledge-base row that coded them, if any. */
    private record Seen(Actor actor, String kb) {
    }

    public ArticleActors resolve(AnnotatedArticle article) {
        Map<String, Seen> people = new HashMap<>();
        List<PersonRegistry.Learnt> learnt = new ArrayList<>();
        List<List<ActorMention>> out = new ArrayList<>();
        List<List<SectorWords>> sectorWords = new ArrayList<>();
        LocalDate day = articleDay(article);
        for (AnnotatedSentence s : article.sentences()) {
            List<SectorWords> sectors = ActsNamedLikeBodies.withoutActs(s.tokens(), dictionary.sectors(s.tokens()));
            sectorWords.add(sectors);
            out.add(resolve(s, sectors, people, learnt, day));
        }
        out = StrayNames.dropped(article, placedLater(out, people));
        out = Acronyms.link(article, out);
        Optional<HomeCountry> home = HomeCountry.of(out);
        out = UnmarkedReferences.place(article, out, sectorWords, home.orElse(null), dictionary::namesPlace);
        return new ArticleActors(out, learnt, home.orElse(null), sectorWords, NameGenders.of(article),
                MainArguments.of(article), OfficeHolders.of(article, sectorWords, out, officesInBase(out, day)));
    }

    /**
     * The offices the knowledge base gives the article's people on its day ("Gordon Brown" in 2005:
     * Chancellor of the Exchequer), as the office's name before "of" ("chancellor") → surnames.
     */
    private Map<String, Set<String>> officesInBase(List<List<ActorMention>> mentions, LocalDate day) {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                if (m.kind() != Kind.PERSON || m.kb() == null || !m.kb().startsWith("kb:") || m.actor().text() == null) {
                    continue;
                }
                known.person(m.actor().text(), day, m.actor().country())
                        .filter(k -> !k.former() && !k.later() && k.role().office() != null)
                        .ifPresent(k -> out.computeIfAbsent(OfficeHolders.shortOffice(k.role().office()),
                                x -> new HashSet<>()).add(OfficeHolders.surname(m)));
            }
        }
        return out;
    }

    /** The day roles are chosen for: the publication date, else the dateline's; null when neither is readable. */
    static LocalDate articleDay(AnnotatedArticle article) {
        String d = article.article().published();
        if (d == null && article.article().dateline() != null) {
            d = article.article().dateline().date();
        }
        if (d == null || d.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(d.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private List<ActorMention> resolve(AnnotatedSentence s, List<SectorWords> sectors, Map<String, Seen> people,
            List<PersonRegistry.Learnt> learnt, LocalDate day) {
        List<Token> tokens = s.tokens();
        List<KnownNames.Match> kbNames = known.find(tokens, day).stream()
                .filter(k -> !HyphenedNames.backsAnother(tokens, k.last())).toList();
        List<Named> named = withoutKnownOrganisations(tokens, outsideLongerNames(tokens, dictionary.actors(tokens)), kbNames);
        List<Named> lexiconNames = named;
        named = named.stream().filter(n -> !nationalityOfACompany(tokens, n, sectors))
                .filter(n -> !HyphenedNames.backsAnother(tokens, n.last())).filter(n -> !HyphenedNames.opposed(tokens, n))
                .map(n -> HyphenedNames.placeOfBase(tokens, n))
                .filter(n -> !editionOfAMedium(n, lexiconNames, kbNames)).toList();
        List<ActorMention> mentions = new ArrayList<>();
        boolean[] absorbed = new boolean[tokens.size() + 2];
        List<int[]> tagged = personRuns(tokens, named, sectors);
        List<int[]> runs = tagged.stream().filter(r -> !partOfAKnownName(r, tagged, kbNames)).toList();
        List<Named> parties = parties(tokens, kbNames);
        for (int[] run : runs) {
            ActorMention m = person(s, run[0], run[1], named, parties, sectors, people, absorbed, learnt, day);
            if (m != null) {
                mentions.add(m);
            }
        }
        for (Named n : named) {
            if (!absorbed[n.first()]) {
                mentions.add(withBody(s, n, sectors, tokens));
            }
        }
        for (KnownNames.Match k : kbNames) {
            if (free(mentions, absorbed, k.first(), k.last())) {
                mentions.add(knownName(s, k, people, sectors, mentions, absorbed));
            }
        }
        for (SectorWords w : sectors) {
            ActorMention forces = forcesOfAPerson(s, w, mentions, absorbed);
            if (forces != null) {
                mentions.add(forces);
            }
        }
        for (SectorWords w : sectors) {
            ActorMention body = cityBody(s, w, mentions, absorbed);
            if (body != null) {
                mentions.add(body);
            }
        }
        for (SectorWords w : sectors) {
            ActorMention group = countrylessGroup(s, w, named, mentions, absorbed);
            if (group != null) {
                mentions.add(group);
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return SharedBodies.shared(tokens, mentions);
    }

    /**
     * A known organisation, company or group longer than a lexicon name it contains wins ("British
     * Airways" is not the British state); a lexicon name of the same span stays unless the
     * knowledge base's row is reviewed or current (the Taliban govern Afghanistan since 2021).
     */
    private static List<Named> withoutKnownOrganisations(List<Token> tokens, List<Named> named, List<KnownNames.Match> kbNames) {
        List<Named> out = new ArrayList<>();
        for (Named n : named) {
            boolean beaten = false;
            for (KnownNames.Match k : kbNames) {
                boolean covers = k.first() <= n.first() && k.last() >= n.last();
                boolean longer = covers && k.last() - k.first() > n.last() - n.first();
                boolean theSame = n.first() == k.first() - 1 && "the".equalsIgnoreCase(tokens.get(n.first() - 1).word());
                boolean same = (k.first() == n.first() || theSame) && k.last() == n.last();
                if (!k.person() && (longer || same && k.actor().row().reviewed())) {
                    beaten = true;
                }
            }
            if (!beaten) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A demonym or country opening an organisation's name with no body word in it ("British
     * Airways", "Russian Railways") is a company's name, not the state; "Russian Defence Ministry"
     * has a body word and stays the state's.
     */
    private static boolean nationalityOfACompany(List<Token> tokens, Named n, List<SectorWords> sectors) {
        if (n.kind() != Kind.DEMONYM && n.kind() != Kind.COUNTRY || !"ORGANIZATION".equals(tokens.get(n.first() - 1).ner())) {
            return false;
        }
        int end = n.last();
        while (end < tokens.size() && "ORGANIZATION".equals(tokens.get(end).ner())) {
            end++;
        }
        if (end == n.last()) {
            return false;
        }
        int runEnd = end;
        return sectors.stream().noneMatch(w -> w.first() <= runEnd && w.last() > n.last());
    }

    private static boolean free(List<ActorMention> mentions, boolean[] absorbed, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (absorbed[k]) {
                return false;
            }
        }
        return mentions.stream().noneMatch(m -> m.first() <= last && m.last() >= first);
    }

    /** A known name the tagger did not mark as a person run: an organisation, company, group or person. */
    private static ActorMention knownName(AnnotatedSentence s, KnownNames.Match k, Map<String, Seen> people,
            List<SectorWords> sectors, List<ActorMention> mentions, boolean[] absorbed) {
        int last = k.last();
        boolean legislators = false;
        if (k.actor().row().kind() != ActorRow.Kind.PERSON) {
            // "HTS fighters", "Toyota executives": the group word after the name is the same actor
            for (SectorWords w : sectors) {
                if (w.first() == k.last() + 1 && !namesPerson(s.tokens(), w.last() + 1)
                        && free(mentions, absorbed, w.first(), w.last())) {
                    last = w.last();
                    legislators = w.sectors().contains("LEG");
                }
            }
        }
        String text = join(s.tokens(), k.first(), last);
        // "Labour MPs", "Tory peers": a party's legislators sit in parliament, whichever side they
        // are on (coding guide: a person described as an MP is ---LEG)
        Actor actor = legislators && k.actor().country() != null
                ? ActorCodes.actor(text, k.actor().country(), k.actor().country(), List.of("LEG"))
                : actor(text, k.actor());
        Kind kind = switch (k.actor().row().kind()) {
            case PERSON -> Kind.PERSON;
            case GROUP -> Kind.GROUP;
            case ORG -> k.actor().country() == null ? Kind.IGO : Kind.INSTITUTION;
            case COMPANY -> Kind.INSTITUTION;
        };
        if (kind == Kind.PERSON) {
            people.put(text.toLowerCase(Locale.ROOT), new Seen(actor, k.actor().ruleText()));
        }
        return new ActorMention(s.index(), k.first(), last, actor, kind, k.actor().ruleText());
    }

    private static Actor actor(String text, KnownActor k) {
        List<String> sectors = k.sectors();
        return new Actor(text, k.code(), k.country(), sectors.isEmpty() ? null : sectors.get(0), sectors);
    }

    /**
     * "Insurgents ambushed…", "protesters gathered…": a group word no country or person took is
     * still an actor, placed by "in/from COUNTRY" right after it, else sector only ("---REB").
     */
    private static ActorMention countrylessGroup(AnnotatedSentence s, SectorWords w, List<Named> named,
            List<ActorMention> mentions, boolean[] absorbed) {
        List<Token> tokens = s.tokens();
        String sector = w.sectors().stream().filter(COUNTRYLESS::contains).findFirst().orElse(null);
        if (sector == null || !free(mentions, absorbed, w.first(), w.last()) || namesPerson(tokens, w.last() + 1)
                || !tokens.get(w.last() - 1).pos().startsWith("NN") || insideAUnitsName(tokens, w.last())
                || membersOf(mentions, w.first())) {
            return null;
        }
        String country = null;
        int next = w.last() + 1;
        if (next <= tokens.size() && Set.of("in", "from").contains(tokens.get(next - 1).word().toLowerCase(Locale.ROOT))) {
            country = named.stream().filter(n -> n.first() == next + 1 && n.kind() == Kind.COUNTRY)
                    .map(Named::country).findFirst().orElse(null);
        }
        String text = join(tokens, w.first(), w.last());
        Actor actor = ActorCodes.actor(text, country == null ? "---" : country, country, List.of(sector));
        return new ActorMention(s.index(), w.first(), w.last(), actor, Kind.GROUP);
    }

    /**
     * "Islamic State fighters", "Hamas militants": a coded organisation or armed group named right
     * before the group word says whose members they are; the word is no countryless group of its own.
     */
    private static boolean membersOf(List<ActorMention> mentions, int groupWord) {
        return mentions.stream().anyMatch(m -> m.last() == groupWord - 1 && m.actor().code() != null
                && (m.kind() == Kind.INSTITUTION || m.kind() == Kind.GROUP));
    }

    /**
     * "Assad's forces", "Putin's troops", "Haftar's fighters": armed men named as a coded person's
     * are the armed body of the person's state (SYRMIL), or, for a person who leads no state, the
     * person's own group; not the person, who commands but does not fight.
     */
    private static ActorMention forcesOfAPerson(AnnotatedSentence s, SectorWords w, List<ActorMention> mentions,
            boolean[] absorbed) {
        List<Token> tokens = s.tokens();
        boolean armed = w.sectors().stream().anyMatch(ARMED_SECTORS::contains);
        if (!armed || w.first() < 3 || !"POS".equals(tokens.get(w.first() - 2).pos())
                || !free(mentions, absorbed, w.first(), w.last())) {
            return null;
        }
        ActorMention owner = mentions.stream().filter(m -> m.last() == w.first() - 2 && m.kind() == Kind.PERSON
                && m.actor().code() != null).findFirst().orElse(null);
        if (owner == null) {
            return null;
        }
        Actor person = owner.actor();
        boolean ofAState = person.country() != null && ActorCodes.ofState(person);
        String text = join(tokens, owner.first(), w.last());
        Actor actor = ofAState ? ActorCodes.actor(text, person.country(), person.country(), w.sectors())
                : new Actor(text, person.code(), person.country(), person.sector(), person.sectors());
        return new ActorMention(s.index(), w.first(), w.last(), actor, Kind.GROUP, owner.kb());
    }

    /**
     * "An Istanbul court", "Karachi police", "Aleppo rebels": a town or city of one country right
     * before a body or title word places that body in the country. A name after the title makes it
     * a person's ("Istanbul prosecutor Irfan Fidan"), which the person rules read.
     */
    private ActorMention cityBody(AnnotatedSentence s, SectorWords w, List<ActorMention> mentions, boolean[] absorbed) {
        List<Token> tokens = s.tokens();
        int first = w.first();
        while (first > 1 && first > w.first() - 3 && PLACE_NER.contains(tokens.get(first - 2).ner())
                && tokens.get(first - 2).pos().startsWith("NNP")) {
            first--;
        }
        boolean longerName = first > 1 && tokens.get(first - 2).pos().startsWith("NNP"); // "the Al Salem hospital"
        if (first == w.first() || longerName || namesPerson(tokens, w.last() + 1) || !free(mentions, absorbed, first, w.last())) {
            return null;
        }
        String country = dictionary.countryOfPlace(join(tokens, first, w.first() - 1));
        if (country == null) {
            return null;
        }
        List<String> sec = former(tokens, first, w.last()) ? List.of("ELI") : w.sectors();
        String text = join(tokens, first, w.last());
        Actor actor = ActorCodes.actor(text, country, country, sec);
        return new ActorMention(s.index(), first, w.last(), actor, w.title() ? Kind.PERSON : Kind.INSTITUTION);
    }

    /**
     * The group word is a word of a proper name that goes on ("the 158th Fighter Wing", "Expeditionary
     * Fighter Squadron"): a unit's name, not fighters.
     */
    private static boolean insideAUnitsName(List<Token> tokens, int last) {
        return "NNP".equals(tokens.get(last - 1).pos()) && last < tokens.size() && "NNP".equals(tokens.get(last).pos());
    }

    /**
     * A capital, seat or country that is only part of a longer name names no state: "Jordan
     * Henderson" and "Paris Hilton" are people, "Morgan Stanley" is a bank, not the Falklands'
     * capital. A place that opens an organisation's name still tells where it is from ("Baghdad
     * University", "Tehran Times"), and countries and demonyms inside organisation names ("Russian
     * Defence Ministry", "Bank of England") tell whose body it is, so those stay.
     */
    private static List<Named> outsideLongerNames(List<Token> tokens, List<Named> named) {
        return named.stream().filter(n -> !insideLongerName(tokens, n)).toList();
    }

    private static boolean insideLongerName(List<Token> tokens, Named n) {
        String ner = tokens.get(n.first() - 1).ner();
        boolean place = n.kind() == Kind.CAPITAL || n.kind() == Kind.SEAT;
        if ("PERSON".equals(ner) && (place || n.kind() == Kind.COUNTRY)) {
            return sameNameRun(tokens, n.first() - 1, ner) || sameNameRun(tokens, n.last() + 1, ner);
        }
        return "ORGANIZATION".equals(ner) && place && sameNameRun(tokens, n.first() - 1, ner);
    }

    /** True when the token at 1-based {@code i} is a proper noun of the same named-entity run. */
    private static boolean sameNameRun(List<Token> tokens, int i, String ner) {
        if (i < 1 || i > tokens.size()) {
            return false;
        }
        Token t = tokens.get(i - 1);
        return ner.equals(t.ner()) && t.pos() != null && t.pos().startsWith("NNP");
    }

    /**
     * "BBC Wales", "BBC Radio Scotland": a country name right after a medium's name is that
     * medium's edition, not the country (so "told BBC Wales" is told to the BBC).
     */
    private static boolean editionOfAMedium(Named n, List<Named> named, List<KnownNames.Match> kbNames) {
        if (n.kind() != Kind.COUNTRY && n.kind() != Kind.DEMONYM) {
            return false;
        }
        int before = n.first() - 1;
        return named.stream().anyMatch(m -> m.last() == before && m.sectors().contains("MED"))
                || kbNames.stream().anyMatch(k -> k.last() == before && k.actor().sectors().contains("MED"));
    }

    /** Runs of PERSON-tagged proper nouns, and peers' and titled names, not already claimed by the dictionary. */
    private static List<int[]> personRuns(List<Token> tokens, List<Named> named, List<SectorWords> sectors) {
        List<int[]> runs = new ArrayList<>();
        int i = 1;
        while (i <= tokens.size()) {
            Token t = tokens.get(i - 1);
            int peer = Math.max(peerName(tokens, i, named), titledName(tokens, i, named, sectors));
            int addressed = honorificName(tokens, i, named);
            if (addressed > 0) {
                runs.add(new int[] {i + 1, addressed});
                i = addressed + 1;
            } else if (peer > 0) {
                runs.add(new int[] {i, peer});
                i = peer + 1;
            } else if ("PERSON".equals(t.ner()) && t.pos() != null && t.pos().startsWith("NNP") && !inNamed(named, i)) {
                int j = i;
                while (j < tokens.size() && ("PERSON".equals(tokens.get(j).ner()) || joinsName(tokens, j))) {
                    j++;
                }
                if (!placeTakenForAPerson(tokens, i, j)) {
                    runs.add(new int[] {i, j});
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return runs;
    }

    /**
     * "Lord Dubs", "Baroness Symons": a peer's title and name the tagger took for an organisation or
     * a place (a third of the BBC's "Lord X" were); the last token of the name, else 0. Not an office
     * that begins with the title ("Lord Chancellor", "Lord Chief Justice").
     */
    private static int peerName(List<Token> tokens, int i, List<Named> named) {
        if (i >= tokens.size() || !PEER_TITLES.contains(tokens.get(i - 1).word()) || inNamed(named, i)) {
            return 0;
        }
        String ner = tokens.get(i - 1).ner();
        if (ner == null || "PERSON".equals(ner) || "O".equals(ner)) {
            return 0; // a person the tagger read as one, or no name at all
        }
        int j = i;
        // capitalised, whatever its tag: the tagger read "Lord Dubs urged…" as "Lord/NNP Dubs/VBZ"
        while (j < tokens.size() && ner.equals(tokens.get(j).ner()) && capitalised(tokens.get(j).word())
                && !OFFICES_AFTER_TITLE.contains(tokens.get(j).word()) && !inNamed(named, j + 1)) {
            j++;
        }
        return j > i ? j : 0;
    }

    /**
     * "a public meeting in Hinckley", "protests outside Aldermaston": one word the tagger calls a
     * person, right after a preposition of place, is a place. Nobody is "in" a person ("at" may aim
     * at one: "criticism levelled at Morris"); "in Blair's view" (a possessive after it) is still a
     * person's, and "a stake in Sina" a company's.
     */
    private static boolean placeTakenForAPerson(List<Token> tokens, int first, int last) {
        if (first != last || first < 2 || !LOCATIVE.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int head = tokens.get(first - 1).head();
        if (head > 0 && HOLDINGS.contains(tokens.get(head - 1).lemma())) {
            return false; // "a 20% stake in Sina": a company held
        }
        return last >= tokens.size() || !"POS".equals(tokens.get(last).pos());
    }

    /**
     * "Ms King", "Mr Straw": a name after Mr, Mrs, Ms, Miss or Dr that the tagger did not tag at
     * all (it read "King" as a title); the last token of the name, which starts after the
     * honorific, else 0. Not an office addressed ("Mr Speaker", "Madam President").
     */
    private static int honorificName(List<Token> tokens, int i, List<Named> named) {
        if (i >= tokens.size() || !HONORIFICS.contains(tokens.get(i - 1).word()) || !"O".equals(tokens.get(i).ner())) {
            return 0;
        }
        int j = i + 1;
        while (j <= tokens.size() && "O".equals(tokens.get(j - 1).ner()) && "NNP".equals(tokens.get(j - 1).pos())
                && capitalised(tokens.get(j - 1).word()) && !OFFICES_AFTER_TITLE.contains(tokens.get(j - 1).word())
                && !inNamed(named, j)) {
            j++;
        }
        return j > i + 1 ? j - 1 : 0;
    }

    /**
     * "Labour MP Oona King", "Foreign Minister Jan Petersen": a title the tagger swept into one
     * organisation or place with the name after it. Two or more capitalised proper nouns of the
     * title's own tag, none of them a body word nor a known name, are a person; the last
     * token of the name, else 0.
     */
    private static int titledName(List<Token> tokens, int i, List<Named> named, List<SectorWords> sectors) {
        if (i < 2 || sectors.stream().noneMatch(w -> w.title() && w.last() == i - 1) || inNamed(named, i)) {
            return 0;
        }
        String ner = tokens.get(i - 1).ner();
        if (ner == null || "PERSON".equals(ner) || "O".equals(ner) || !ner.equals(tokens.get(i - 2).ner())) {
            return 0;
        }
        int j = i;
        while (j < tokens.size() + 1 && ner.equals(tokens.get(j - 1).ner()) && capitalised(tokens.get(j - 1).word())
                && "NNP".equals(tokens.get(j - 1).pos()) && !inNamed(named, j) && !bodyWordAt(sectors, j)
                && !ORGANISATION_HEADS.contains(tokens.get(j - 1).word())) {
            j++;
        }
        boolean wholeRun = j > tokens.size() || !ner.equals(tokens.get(j - 1).ner());
        return j - i >= 2 && wholeRun ? j - 1 : 0;
    }

    /** A body word ("Committee", "Party") ends a name; a title may be a surname ("Oona King"). */
    private static boolean bodyWordAt(List<SectorWords> sectors, int k) {
        return sectors.stream().anyMatch(w -> !w.title() && k >= w.first() && k <= w.last());
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A hyphen written inside a name joins its halves: "Amir-Abdollahian" is one surname. */
    private static boolean joinsName(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !"-".equals(tokens.get(k).word())) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token hyphen = tokens.get(k);
        Token after = tokens.get(k + 1);
        return before.end() == hyphen.start() && hyphen.end() == after.start() && "PERSON".equals(after.ner());
    }

    private static boolean inNamed(List<Named> named, int i) {
        return named.stream().anyMatch(n -> i >= n.first() && i <= n.last());
    }

    private ActorMention person(AnnotatedSentence s, int first, int last, List<Named> named, List<Named> parties,
            List<SectorWords> sectors, Map<String, Seen> people, boolean[] absorbed, List<PersonRegistry.Learnt> learnt,
            LocalDate day) {
        List<Token> tokens = s.tokens();
        String full = join(tokens, first, last);
        String surname = tokens.get(last - 1).word().toLowerCase(Locale.ROOT);
        Description d = describe(tokens, first, last, named, parties, sectors);
        Seen seen = people.getOrDefault(full.toLowerCase(Locale.ROOT), people.get(surname));
        // a later bare surname is the person the article already named; otherwise the base decides
        KnownActor k = seen != null && first == last ? null : known.person(full, day, d.country).orElse(null);
        if (k != null && first == last && d.country != null && !d.country.equals(k.country())) {
            k = null; // a bare surname the text ties to another country is a namesake
        }
        if (k == null && seen == null && first == last && d.country == null) {
            k = known.titled(full, day, d.sectors, null).orElse(null); // "President Clinton" in 1998
        }
        if (k == null && seen == null && first < last && d.country == null) {
            k = known.personBeforeOffice(full, day).orElse(null); // the base knows only later offices
        }
        if (k != null && k.outOfOffice() && titledBefore(seen)) {
            k = null; // the article has given this person a current title already
        }
        if (k != null) {
            d.used.forEach(x -> absorbed[x] = true);
            boolean heldNow = heldNow(k, d);
            Actor actor = heldNow ? ActorCodes.actor(full, k.country(), k.country(), List.copyOf(d.sectors)) : actor(full, k);
            String rule = heldNow ? k.ruleText() + ActorMention.TITLE_MARK : k.ruleText();
            people.put(full.toLowerCase(Locale.ROOT), new Seen(actor, rule));
            people.putIfAbsent(surname, new Seen(actor, rule));
            return new ActorMention(s.index(), first, last, actor, Kind.PERSON, rule);
        }
        Actor known = seen == null ? null : seen.actor();
        String kb = seen == null ? null : seen.kb();
        Actor actor;
        if (d.country != null) {
            List<String> sec = d.sectors.isEmpty() && known != null ? known.sectors() : List.copyOf(d.sectors);
            actor = ActorCodes.actor(full, d.country, d.country, d.former ? List.of("ELI") : sec);
            d.used.forEach(x -> absorbed[x] = true);
            learnt.add(new PersonRegistry.Learnt(full, actor, s.index()));
            kb = null;
        } else if (known != null) {
            actor = new Actor(full, known.code(), known.country(), known.sector(), known.sectors());
        } else {
            actor = registry.lookup(full).map(a -> new Actor(full, a.code(), a.country(), a.sector(), a.sectors()))
                    .orElse(null);
        }
        if (actor == null) {
            // a named person with no known country is still a speaker worth reporting
            actor = new Actor(full, null, null, d.sectors.isEmpty() ? null : d.sectors.iterator().next(),
                    List.copyOf(d.sectors));
        } else {
            people.put(full.toLowerCase(Locale.ROOT), new Seen(actor, kb));
            people.putIfAbsent(surname, new Seen(actor, kb));
        }
        return new ActorMention(s.index(), first, last, actor, Kind.PERSON, kb);
    }

    /**
     * The base's record of the person is an office that has ended or not yet begun, but the text
     * gives them a state title now ("Foreign Minister Julie Bishop" in 2016, where the base stops at
     * her 2007 ministry; "Deputy Secretary of State Antony Blinken" in 2016, where it starts at his
     * 2021 term): the text is newer than the base, so the title's sector holds, in the base's country.
     */
    private static boolean heldNow(KnownActor k, Description d) {
        return k.outOfOffice() && !d.former && d.sectors.stream().anyMatch(ActorCodes.STATE_SECTORS::contains)
                && (d.country == null || d.country.equals(k.country()));
    }

    /**
     * A person named before the words that place them ("Tobias Ellwood condemns…" in a headline,
     * "Foreign Office Minister Tobias Ellwood" below it) is the same person throughout: the later
     * title places the earlier mention too. A bare surname takes a placed person of that surname.
     */
    private static List<List<ActorMention>> placedLater(List<List<ActorMention>> mentions, Map<String, Seen> people) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (List<ActorMention> sentence : mentions) {
            List<ActorMention> placed = new ArrayList<>();
            for (ActorMention m : sentence) {
                Seen seen = m.kind() == Kind.PERSON ? placedAs(m, people) : null;
                if (seen == null) {
                    placed.add(m);
                } else {
                    Actor a = seen.actor();
                    placed.add(new ActorMention(m.sentence(), m.first(), m.last(),
                            new Actor(m.actor().text(), a.code(), a.country(), a.sector(), a.sectors()), Kind.PERSON, seen.kb()));
                }
            }
            out.add(placed);
        }
        return out;
    }

    private static Seen placedAs(ActorMention m, Map<String, Seen> people) {
        Seen seen = people.get(m.actor().text().toLowerCase(Locale.ROOT));
        if (seen == null || seen.actor().code() == null) {
            return null;
        }
        boolean unplaced = m.actor().code() == null;
        boolean formerOnly = KnownActor.outOfOffice(m.kb()) && titledBefore(seen);
        return unplaced || formerOnly ? seen : null;
    }

    /** The person was given a current title in the text, which beat the base's ended role. */
    private static boolean titledBefore(Seen seen) {
        return seen != null && ActorMention.titledInText(seen.kb());
    }

    /**
     * "Jaish al-Islam", "Ahrar al-Sham": the tagger reads the first word of a hyphened group name
     * as a person, and a person run inside a longer name the knowledge base knows as a group or
     * body is part of that name. A known person's name the tagger cut ("Tamim" and "Hamad Al Thani"
     * for "Tamim bin Hamad Al Thani", "Moon Jae" for "Moon Jae-in") is that person too; a run the
     * known name only extends leftwards by a title ("President Vladimir Putin") stays a run, whose
     * title describes it.
     */
    private static boolean partOfAKnownName(int[] run, List<int[]> runs, List<KnownNames.Match> kbNames) {
        for (KnownNames.Match k : kbNames) {
            boolean inside = k.first() <= run[0] && run[1] <= k.last() && k.last() - k.first() > run[1] - run[0];
            if (inside && (!k.person() || k.last() > run[1]
                    || runs.stream().filter(r -> k.first() <= r[0] && r[1] <= k.last()).count() > 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parties and other organisations of the knowledge base with a country: in a title they give a
     * person's country and sector ("Tory leader Michael Howard" → the Conservatives' code).
     */
    private static List<Named> parties(List<Token> tokens, List<KnownNames.Match> kbNames) {
        List<Named> out = new ArrayList<>();
        for (KnownNames.Match k : kbNames) {
            if (!k.person() && k.actor().country() != null) {
                out.add(new Named(k.first(), k.last(), k.actor().code(), k.actor().country(), k.actor().sectors(),
                        Kind.INSTITUTION, join(tokens, k.first(), k.last())));
            }
        }
        return out;
    }

    /** Country and sectors from the title before a name, or an apposition after it. */
    private static Description describe(List<Token> tokens, int first, int last, List<Named> named, List<Named> parties,
            List<SectorWords> sectors) {
        int from = afterIntroductoryPhrase(tokens, leftEdge(tokens, first), first, sectors);
        Description d = collect(tokens, from, titleOpeningName(first, last, sectors, first - 1), named, parties, sectors);
        d.former = former(tokens, from, first - 1);
        if (d.country == null && last < tokens.size() && ",".equals(tokens.get(last).word())) {
            int to = rightEdge(tokens, last + 2);
            Description right = collect(tokens, last + 2, to, named, parties, sectors);
            if (right.country != null && describesAPerson(right, named, last + 2, to)) {
                return right;
            }
        }
        return d;
    }

    /**
     * What follows a name and a comma describes the person when it holds a title or a body ("Mahmoud
     * Abbas, the Palestinian leader") or a nationality ("Alan Johnston, a Briton"); a bare country
     * name opens a clause of its own ("by supporting leaders like Mr Abbas, the United States can…").
     */
    private static boolean describesAPerson(Description right, List<Named> named, int from, int to) {
        return !right.sectors.isEmpty() || named.stream()
                .anyMatch(n -> n.first() >= from && n.last() <= to && n.kind() == Kind.DEMONYM);
    }

    /**
     * The last token of a title the name itself opens with ("Baroness Smith", "Lord Dubs": the
     * tagger takes a peer's title into the name), else {@code otherwise}.
     */
    private static int titleOpeningName(int first, int last, List<SectorWords> sectors, int otherwise) {
        for (SectorWords w : sectors) {
            if (w.title() && w.first() == first && w.last() < last) {
                return w.last();
            }
        }
        return otherwise;
    }

    /**
     * Where a description before a name really starts. Words before a comma describe the person only
     * when they hold a title ("Iran's foreign minister, Javad Zarif") or say whom the person speaks
     * for ("For the Liberal Democrats, Sir Menzies Campbell"); otherwise they end a phrase that
     * opens the sentence ("In an interview with the BBC, Mr Obama", "Before visiting Israel, Mr
     * Blair"), and the person is not the BBC's or Israel's.
     */
    private static int afterIntroductoryPhrase(List<Token> tokens, int from, int first, List<SectorWords> sectors) {
        for (int c = first - 1; c >= from; c--) {
            if (",".equals(tokens.get(c - 1).word())) {
                int comma = c;
                boolean titled = "for".equalsIgnoreCase(tokens.get(from - 1).word())
                        || sectors.stream().anyMatch(w -> w.title() && w.first() >= from && w.last() < comma);
                return titled ? from : comma + 1;
            }
        }
        return from;
    }

    /** "former ambassador", "ex-minister": an elite now, not the government. */
    private static boolean former(List<Token> tokens, int from, int to) {
        for (int i = Math.max(1, from - 1); i <= to; i++) {
            String w = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("ex") || w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private static int leftEdge(List<Token> tokens, int first) {
        int k = first - 1;
        boolean comma = false;
        while (k >= 1) {
            Token t = tokens.get(k - 1);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (",".equals(w)) {
                if (comma || k != first - 1 && !titleLike(tokens, k + 1, first)) {
                    break;
                }
                comma = true;
            } else if (!describes(t, w)) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    private static boolean titleLike(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i - 1).pos().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    private static int rightEdge(List<Token> tokens, int from) {
        int k = from;
        while (k <= tokens.size()) {
            Token t = tokens.get(k - 1);
            if (",".equals(t.word()) || !describes(t, t.word().toLowerCase(Locale.ROOT))) {
                break;
            }
            k++;
        }
        return k - 1;
    }

    /** Words that can sit in a title or description: nouns, adjectives, "of", "the", "to", "'s". */
    private static boolean describes(Token t, String w) {
        String p = t.pos() == null ? "" : t.pos();
        if ("PERSON".equals(t.ner())) {
            return false;
        }
        return p.startsWith("NN") || p.startsWith("JJ") || "POS".equals(p) || "HYPH".equals(p)
                || w.equals("of") || w.equals("the") || w.equals("to") || w.equals("for");
    }

    private static Description collect(List<Token> tokens, int from, int to, List<Named> named, List<Named> parties,
            List<SectorWords> sectors) {
        Description d = new Description();
        for (Named n : named) {
            if (n.first() >= from && n.last() <= to) {
                String prev = n.first() > 1 ? tokens.get(n.first() - 2).word().toLowerCase(Locale.ROOT) : "";
                if (d.country == null && n.country() != null && !NOT_NATIONALITY.contains(prev)) {
                    d.country = n.country();
                    d.sectors.addAll(n.sectors());
                }
                for (int k = n.first(); k <= n.last(); k++) {
                    d.used.add(k);
                }
            }
        }
        // the body a person belongs to says more than a title word: "director general of the
        // Chambers of Commerce" is business, though "general" alone would be military
        Set<String> titles = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        Set<String> ranks = new LinkedHashSet<>();
        for (SectorWords w : sectors) {
            if (w.first() >= from && w.last() <= to) {
                (w.rank() ? ranks : w.title() ? titles : bodies).addAll(w.sectors());
            }
        }
        if (titles.isEmpty() && bodies.isEmpty()) {
            titles = ranks; // "Lord Dubs" is a peer; "Science Minister Lord Sainsbury" a minister
        }
        d.sectors.addAll(bodies.isEmpty() ? titles : bodies);
        if (d.country == null) {
            fromParty(d, from, to, parties, titles);
        }
        if (d.country != null && shadow(tokens, from, to)) {
            d.sectors.clear();
            d.sectors.add("OPP"); // "Conservative shadow chancellor": the opposition's front bench
        }
        return d;
    }

    /**
     * A party in a title gives the country and its own sector on the day ("Lib Dem leader" → GBROPP);
     * only a seat in parliament says more ("Tory MP" → GBRLEG, whatever the party).
     */
    private static void fromParty(Description d, int from, int to, List<Named> parties, Set<String> titles) {
        for (Named p : parties) {
            // a party name the description's edge cut ("Lib" tagged apart from "Dem chairman") still counts
            if (p.last() >= from && p.last() <= to) {
                d.country = p.country();
                d.sectors.clear();
                d.sectors.addAll(titles.contains("LEG") ? List.of("LEG") : p.sectors());
                for (int k = p.first(); k <= p.last(); k++) {
                    d.used.add(k);
                }
                return;
            }
        }
    }

    /** "shadow" among tokens from..to (1-based, clipped to the sentence): an opposition front-bench title. */
    static boolean shadow(List<Token> tokens, int from, int to) {
        for (int i = Math.max(1, from); i <= to; i++) {
            if ("shadow".equalsIgnoreCase(tokens.get(i - 1).word())) {
                return true;
            }
        }
        return false;
    }

    /** "Iranian" + "Armed Forces" → IRNMIL; "army of Iran" → IRNMIL. */
    private static ActorMention withBody(AnnotatedSentence s, Named n, List<SectorWords> sectors, List<Token> tokens) {
        int last = n.last();
        // a body word after the name joins it ("the Iranian army" → IRNMIL); "former" before either makes it ELI
        List<String> body = new ArrayList<>();
        if (n.country() != null && n.kind() != Kind.IGO) {
            for (SectorWords w : sectors) {
                boolean after = w.first() > n.last() && w.first() - n.last() <= BODY_REACH
                        && onlyModifiers(tokens, n.last() + 1, w.first() - 1);
                if (after && (!w.title() || !namesPerson(tokens, w.last() + 1))) {
                    body.addAll(w.sectors());
                    last = w.last();
                    break;
                }
            }
        }
        int first = n.first();
        if (last == n.last() && n.kind() == Kind.COUNTRY) {
            SectorWords w = bodyBefore(tokens, n, sectors);
            if (w != null) {
                body.addAll(w.sectors());
                first = w.first();
            }
        }
        // "a Moscow court", "Paris prosecutors": the body word says which part of the state, not the
        // capital's government; "the London market", "Kabul airport": a place, the country's
        boolean capitalAsPlace = n.kind() == Kind.CAPITAL && n.country() != null
                && (last > n.last() || modifiesAThing(tokens, n.last(), sectors));
        String base = capitalAsPlace ? n.country() : n.code();
        List<String> sec = new ArrayList<>(capitalAsPlace ? List.of() : n.sectors());
        sec.addAll(body);
        if ((last > n.last() || first < n.first()) && former(tokens, first, last)) {
            sec = List.of("ELI"); // "former Gondor prosecutors", "Iran's ex-officials": elites now, as for a person
        }
        String text = join(tokens, first, last);
        Actor actor = ActorCodes.actor(text, base, n.country(), sec);
        return new ActorMention(s.index(), first, last, actor, n.kind());
    }

    /**
     * The word after k, or after a list of names k opens, is a common noun that is no body word:
     * k modifies a thing ("London market", "the Brussels, Paris and Amsterdam exchanges").
     */
    private static boolean modifiesAThing(List<Token> tokens, int k, List<SectorWords> sectors) {
        int i = k + 1;
        while (i <= tokens.size() && i - k <= NAME_LIST_REACH && inNameList(tokens.get(i - 1))) {
            i++;
        }
        if (i > tokens.size() || i > k + 1 && !tokens.get(i - 2).pos().startsWith("NNP")) {
            return false; // past the end, or a list that does not end on a name ("Moscow, and then…")
        }
        Token next = tokens.get(i - 1);
        int noun = i;
        boolean body = sectors.stream().anyMatch(w -> w.first() == noun);
        return !body && next.pos() != null && (next.pos().equals("NN") || next.pos().equals("NNS"))
                && Character.isLowerCase(next.word().charAt(0));
    }

    /** Tokens a list of names is made of: the names, commas and "and"/"or". */
    private static boolean inNameList(Token t) {
        String w = t.word();
        return t.pos() != null && t.pos().startsWith("NNP") || w.equals(",") || w.equalsIgnoreCase("and")
                || w.equalsIgnoreCase("or");
    }

    /**
     * The body or title a country is "of": "the president of Kosovo", "the Parliament of the United
     * Kingdom", "the government of Sierra Leone". Wire text names states' bodies this way as often
     * as with a demonym, and the bare country would lose the sector.
     */
    private static SectorWords bodyBefore(List<Token> tokens, Named n, List<SectorWords> sectors) {
        for (SectorWords w : sectors) {
            int gap = n.first() - w.last() - 1;
            if (gap < 1 || gap > 2 || !"of".equalsIgnoreCase(tokens.get(w.last()).word())) {
                continue;
            }
            if (gap == 2 && !"the".equalsIgnoreCase(tokens.get(w.last() + 1).word())) {
                continue;
            }
            return w;
        }
        return null;
    }

    /** A title right before a name belongs to the person ("Iranian Foreign Minister X"), not the country. */
    private static boolean namesPerson(List<Token> tokens, int next) {
        return next <= tokens.size() && "PERSON".equals(tokens.get(next - 1).ner());
    }

    /** Tokens from..to (1-based) are nouns, adjectives or a possessive 's: words that can modify a name. */
    static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i - 1);
            String p = t.pos() == null ? "" : t.pos();
            if (!(p.startsWith("JJ") || p.startsWith("NN") || "POS".equals(p))) {
                return false;
            }
        }
        return true;
    }

    /** The words of tokens first..last (1-based) as written, spaced as in the text. */
    public static String join(List<Token> tokens, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i - 1);
            if (sb.length() > 0 && i > first && tokens.get(i - 2).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return sb.toString();
    }

    private static final class Description {
        String country;
        boolean former;
        final Set<String> sectors = new LinkedHashSet<>();
        final List<Integer> used = new ArrayList<>();
    }
}
