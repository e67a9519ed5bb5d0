package org.dyad.code.actor.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Token;

/**
 * Finds the names of a sentence that the knowledge base knows, and what they are on a day.
 * A span must look like a name: capitalised words (inner "of", "the", "bin"... allowed), never a
 * piece of a longer person name ("Ivanov" inside "Vladimir Ivanov" is not Sergei Ivanov). People
 * need the tagger to agree (PERSON) unless the name has two or more words; a one-word organisation
 * or group must be tagged as a name or written in capitals (HTS, ISIS), so "is" is never Islamic
 * State. Longest spans win; spans do not overlap.
 */
public final class KnownNames {
    /** Tags under which a capitalised word the POS tagger calls a common noun is still a name. */
    private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "PERSON", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE");

    private static final Set<String> INNER = Set.of("of", "the", "and", "for", "de", "del", "al", "el", "bin",
            "ibn", "van", "von", "der", "la", "le", "du", "di", "da", "&", "'s");

    private final ActorKnowledgeBase kb;

    public KnownNames(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    public ActorKnowledgeBase base() {
        return kb;
    }

    /**
     * A known name: tokens first..last (1-based, inclusive) and its actor on the day asked.
     *
     * @param person true when the matched rows are people
     */
    public record Match(int first, int last, KnownActor actor, boolean person) {
    }

    /** Every known name in the sentence coded for {@code day} (null: latest knowledge). */
    public List<Match> find(List<Token> tokens, LocalDate day) {
        List<String> keys = tokens.stream().map(t -> NameKey.token(t.word())).toList();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(tokens, keys, i, day);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last();
            }
        }
        return out;
    }

    /** True when some name of the sentence is in the knowledge base (the parse filter's question). */
    public boolean anyKnown(List<Token> tokens) {
        List<String> keys = tokens.stream().map(t -> NameKey.token(t.word())).toList();
        for (int i = 0; i < tokens.size(); i++) {
            if (!startsName(tokens.get(i))) {
                continue;
            }
            for (int j = Math.min(tokens.size() - 1, i + ActorKnowledgeBase.MAX_TOKENS - 1); j >= i; j--) {
                if (nameLike(tokens, i, j) && kb.knowsKey(ActorKnowledgeBase.spanKey(keys, i, j), i == j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What one person name (a tagger's PERSON run) is on a day; the text's country tells namesakes apart. */
    public Optional<KnownActor> person(String name, LocalDate day, String textCountry) {
        List<ActorRow> rows = kb.rows(name).stream().filter(r -> r.kind() == ActorRow.Kind.PERSON).toList();
        return RoleChoice.choose(rows, day, textCountry);
    }

    /**
     * What a full person name is on a day before every office the base records for it: a person
     * of that country ("Antony Blinken" in 2016 is American, though the base starts at 2021).
     */
    public Optional<KnownActor> personBeforeOffice(String name, LocalDate day) {
        List<ActorRow> rows = kb.rows(name).stream().filter(r -> r.kind() == ActorRow.Kind.PERSON).toList();
        return RoleChoice.beforeOffice(rows, day, null);
    }

    /**
     * A bare surname under a title ("President Clinton", "General Shoigu"): the one person of that
     * surname, in any tier of the base, whose dated role on the day has the title's sector (and the
     * title's country, when it gives one). Several parties, or none, give nothing: the title and the
     * day must single the person out, since Phoenix alone has hundreds of people per common surname.
     */
    public Optional<KnownActor> titled(String surname, LocalDate day, Collection<String> sectors, String country) {
        if (day == null || sectors.isEmpty()) {
            return Optional.empty();
        }
        List<KnownActor> holding = new ArrayList<>();
        Set<String> formerCountries = new HashSet<>();
        for (ActorRow r : kb.peopleWithSurname(surname)) {
            KnownActor k = RoleChoice.forRow(r, day);
            boolean inOffice = k != null && !k.outOfOffice() && !k.role().undated();
            if (inOffice && k.sectors().stream().anyMatch(sectors::contains)
                    && (country == null || country.equals(k.country()))) {
                holding.add(k);
            } else {
                for (Role x : r.roles()) {
                    KnownActor was = RoleChoice.known(r, x, x.code(), true);
                    if (!x.undated() && x.endedBefore(day) && was.sectors().stream().anyMatch(sectors::contains)) {
                        formerCountries.add(was.country());
                    }
                }
            }
        }
        boolean onePerson = !holding.isEmpty()
                && holding.stream().allMatch(k -> k.code().equals(holding.get(0).code()))
                // a namesake who held office there before may be the one meant: "President Clinton" in 2010
                && !formerCountries.contains(holding.get(0).country());
        return onePerson ? Optional.of(holding.get(0)) : Optional.empty();
    }

    private Match longestAt(List<Token> tokens, List<String> keys, int i, LocalDate day) {
        if (!startsName(tokens.get(i))) {
            return null;
        }
        for (int j = Math.min(tokens.size() - 1, i + ActorKnowledgeBase.MAX_TOKENS - 1); j >= i; j--) {
            if (!nameLike(tokens, i, j) || splitsPerson(tokens, i, j)) {
                continue;
            }
            String key = ActorKnowledgeBase.spanKey(keys, i, j);
            boolean untagged = i == j && untaggedName(tokens.get(i));
            boolean bareSurname = i == j && (isPerson(tokens.get(i)) || untagged);
            if (key.isEmpty() || !kb.knowsKey(key, bareSurname)) {
                continue;
            }
            List<ActorRow> fit = new ArrayList<>();
            for (ActorRow r : kb.rowsByKey(key, bareSurname)) {
                if (fits(r, tokens, i, j) || untagged && r.kind() == ActorRow.Kind.PERSON && r.reviewed()) {
                    fit.add(r);
                }
            }
            Optional<KnownActor> k = RoleChoice.choose(fit, day, null);
            if (untagged && k.isPresent() && (day == null || k.get().outOfOffice() || k.get().role().undated())) {
                k = Optional.empty(); // an untagged surname is a person only while in a reviewed, dated office
            }
            if (k.isPresent()) {
                return new Match(i + 1, j + 1, k.get(), k.get().row().kind() == ActorRow.Kind.PERSON);
            }
        }
        return null;
    }

    /** People need the tagger or two words; organisations of one word a name tag or capitals. */
    private static boolean fits(ActorRow r, List<Token> tokens, int i, int j) {
        if (r.kind() == ActorRow.Kind.PERSON) {
            return j > i || isPerson(tokens.get(i));
        }
        if (j > i) {
            return true;
        }
        Token t = tokens.get(i);
        if (knownOnlyByInitials(r, t.word()) && !allCaps(t.word()) && !"NNP".equals(t.pos())) {
            // "An Operation Black Vote spokesman" is no Aryan Nations (AN); "Opec", "Nato" are
            // acronyms written as names, which the tagger tags as names
            return false;
        }
        String ner = t.ner() == null ? "O" : t.ner();
        boolean group = r.kind() == ActorRow.Kind.GROUP;
        boolean tagged = !"O".equals(ner) && !"PERSON".equals(ner) || allCaps(t.word());
        return (tagged || r.kind() == ActorRow.Kind.ORG && attributive(tokens, i)) && !(group && insideLongerName(tokens, i));
    }

    /** Every name of the row that the word matches is a word of initials ("AN"), none a word ("Anne"). */
    private static boolean knownOnlyByInitials(ActorRow r, String word) {
        String key = NameKey.of(word);
        boolean any = false;
        for (String name : r.names()) {
            if (NameKey.of(name).equals(key)) {
                if (!NameKey.acronym(name.strip())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * "the Conservative tax proposals", "Labour plans": a party's one-word name the tagger left
     * untagged, capitalised inside the sentence and qualifying a common noun, is the party. Before
     * another capitalised word it may be part of a longer name ("National Front") and is not read.
     */
    private static boolean attributive(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String pos = t.pos() == null ? "" : t.pos();
        if (i == 0 || i + 1 >= tokens.size() || !(pos.equals("JJ") || pos.equals("NNP"))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.pos() != null && next.pos().startsWith("NN") && !next.pos().startsWith("NNP")
                && Character.isLowerCase(next.word().charAt(0));
    }

    /**
     * The word is one of several the tagger reads as one name ("Incirlik Air Base", "Tal Afar"): a
     * group known by that one word ("The Base", the Afar) is not what the longer name means. (A
     * company's name opening a longer one, "Mitsubishi Motors", is still the company's group.)
     */
    private static boolean insideLongerName(List<Token> tokens, int i) {
        String ner = tokens.get(i).ner();
        if (ner == null || "O".equals(ner) || allCaps(tokens.get(i).word())) {
            return false; // "UKIP MEPs": an acronym keeps its meaning beside a group word
        }
        return nameWord(tokens, i - 1, ner) || nameWord(tokens, i + 1, ner);
    }

    private static boolean nameWord(List<Token> tokens, int k, String ner) {
        return k >= 0 && k < tokens.size() && ner.equals(tokens.get(k).ner()) && "NNP".equals(tokens.get(k).pos());
    }

    private static boolean startsName(Token t) {
        String w = t.word();
        // a number word never starts a name ("Ninety-Four Citizen Airmen" is not the Fur people); a
        // capitalised common noun does not either, unless the tagger names it: "Labour" is a noun
        // to the POS tagger before a verb ("Labour was accused") and an organisation to NER; so is
        // an acronym it tags a noun ("SNP", "ISIL"), which the base then reads as it reads "ISIS"
        boolean noun = "NN".equals(t.pos()) && !NAME_TAGS.contains(t.ner() == null ? "O" : t.ner());
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !noun && !"CD".equals(t.pos())
                && !w.equals("The");
    }

    /**
     * Capitalised words, inner connectors allowed, the last word capitalised. The tokenizer splits
     * hyphened names ("Jaish al-Islam" → Jaish al - Islam, "Moon Jae-in" → Moon Jae - in): a hyphen
     * inside the span is a connector, and so is the word right after it when a capitalised word is
     * right before it.
     */
    private static boolean nameLike(List<Token> tokens, int i, int j) {
        for (int k = i; k <= j; k++) {
            String w = tokens.get(k).word();
            boolean cap = !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
            boolean inner = k > i && k < j && (INNER.contains(w.toLowerCase(java.util.Locale.ROOT)) || hyphen(w));
            boolean hyphenedTail = k > i + 1 && hyphen(tokens.get(k - 1).word()) && capitalised(tokens.get(k - 2).word());
            if (!cap && !inner && !hyphenedTail) {
                return false;
            }
        }
        return true;
    }

    private static boolean hyphen(String w) {
        return w.equals("-") || w.equals("\u2010");
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** True when the span starts or ends inside a longer run of PERSON tokens. */
    private static boolean splitsPerson(List<Token> tokens, int i, int j) {
        boolean before = i > 0 && isPerson(tokens.get(i - 1)) && isPerson(tokens.get(i));
        boolean after = j + 1 < tokens.size() && isPerson(tokens.get(j + 1)) && isPerson(tokens.get(j));
        return before || after;
    }

    private static boolean isPerson(Token t) {
        return "PERSON".equals(t.ner());
    }

    /**
     * A proper noun the tagger left untagged, as it often leaves a lone surname ("Trump threatened
     * to attack…"): read as a person only when a reviewed fact says someone of that surname held a
     * dated office on the day, and no other person of the base competes for it.
     */
    private static boolean untaggedName(Token t) {
        return "NNP".equals(t.pos()) && (t.ner() == null || "O".equals(t.ner()));
    }

    private static boolean allCaps(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
