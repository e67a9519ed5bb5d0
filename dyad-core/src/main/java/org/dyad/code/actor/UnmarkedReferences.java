package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.SectorWords;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.Token;

/**
 * Domestic references that name no country — "the government", "ministers", "the foreign
 * secretary", "the opposition", a person known only by a state title ("shadow chancellor X") —
 * take the article's {@link HomeCountry}, as a human coder reads them. Left alone: generic or
 * outward-facing titles (spokesman, leader, official, ambassador, envoy), bodies with a name of
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

    private static final Set<String> NOT_DEFINITE = Set.of("a", "an", "another", "any", "each", "every", "no", "other",
            "some", "several", "many", "foreign", "western", "neighbouring", "neighboring", "rival", "respective");

    /** Tokens between a title and a name it belongs to ("Jack Straw, the foreign secretary,"). */
    private static final int TITLE_REACH = 3;

    private final ActorDictionary dictionary;

    UnmarkedReferences(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<List<ActorMention>> place(AnnotatedArticle article, List<List<ActorMention>> mentions, HomeCountry home) {
        List<List<ActorMention>> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            out.add(place(article.sentences().get(i), mentions.get(i), home));
        }
        return out;
    }

    private List<ActorMention> place(AnnotatedSentence s, List<ActorMention> found, HomeCountry home) {
        List<Token> tokens = s.tokens();
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : found) {
            out.add(withHome(tokens, m, home));
        }
        for (SectorWords w : dictionary.sectors(tokens)) {
            if (domestic(tokens, w) && free(found, w) && !(w.title() && nearPerson(found, w))) {
                List<String> sectors = shadow(tokens, w.first()) ? List.of("OPP") : state(w.sectors());
                String text = ActorResolver.join(tokens, w.first(), w.last());
                Actor a = ActorCodes.actor(text, home.country(), home.country(), sectors);
                out.add(new ActorMention(s.index(), w.first(), w.last(), a, w.title() ? Kind.PERSON : Kind.INSTITUTION,
                        home.ruleText()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /** A person with a state title but no country, or "the opposition" (---OPP), gets the home country. */
    private static ActorMention withHome(List<Token> tokens, ActorMention m, HomeCountry home) {
        Actor a = m.actor();
        boolean titledPerson = m.kind() == Kind.PERSON && a.code() == null && !state(a.sectors()).isEmpty();
        boolean countrylessOpposition = a.code() != null && a.code().startsWith("---") && a.sectors().contains("OPP");
        if (!titledPerson && !countrylessOpposition) {
            return m;
        }
        List<String> sectors = titledPerson && shadow(tokens, m.first()) ? List.of("OPP") : state(a.sectors());
        Actor placed = ActorCodes.actor(a.text(), home.country(), home.country(), sectors);
        return new ActorMention(m.sentence(), m.first(), m.last(), placed, m.kind(), home.ruleText());
    }

    private static List<String> state(List<String> sectors) {
        return sectors.stream().filter(STATE::contains).toList();
    }

    private static boolean domestic(List<Token> tokens, SectorWords w) {
        if (state(w.sectors()).isEmpty() || !tokens.get(w.last() - 1).pos().startsWith("NN")) {
            return false;
        }
        List<String> words = new ArrayList<>();
        for (int k = w.first(); k <= w.last(); k++) {
            words.add(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
        }
        boolean known = words.size() == 1 ? DOMESTIC_WORDS.contains(words.get(0)) : words.stream().noneMatch(NOT_DOMESTIC::contains);
        return known && definite(tokens, w) && !owned(tokens, w);
    }

    /** "the government", "ministers", "Parliament"; never "a government" or "foreign governments". */
    private static boolean definite(List<Token> tokens, SectorWords w) {
        int before = w.first() - 1;
        if (before >= 1 && "shadow".equalsIgnoreCase(tokens.get(before - 1).word())) {
            before--;
        }
        String prev = before >= 1 ? tokens.get(before - 1).word().toLowerCase(Locale.ROOT) : "";
        if (NOT_DEFINITE.contains(prev)) {
            return false;
        }
        Token head = tokens.get(w.last() - 1);
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
        boolean capitalised = w.first() > 1 && Character.isUpperCase(tokens.get(w.first() - 1).word().charAt(0));
        // "a Navy veteran", "and army officers": a body word modifying another noun names no body
        boolean modifier = w.last() < tokens.size() && tokens.get(w.last()).pos().startsWith("NN");
        return prev.equals("the") || !modifier && (plural || capitalised);
    }

    /** "the government of Iran", "Blair's government": the body is someone else's. */
    private static boolean owned(List<Token> tokens, SectorWords w) {
        boolean ofAfter = w.last() < tokens.size() && "of".equalsIgnoreCase(tokens.get(w.last()).word());
        boolean possessed = w.first() > 1 && "POS".equals(tokens.get(w.first() - 2).pos());
        return ofAfter || possessed;
    }

    private static boolean shadow(List<Token> tokens, int first) {
        for (int k = Math.max(1, first - 3); k < first; k++) {
            if ("shadow".equalsIgnoreCase(tokens.get(k - 1).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean free(List<ActorMention> found, SectorWords w) {
        return found.stream().noneMatch(m -> m.first() <= w.last() && m.last() >= w.first());
    }

    private static boolean nearPerson(List<ActorMention> found, SectorWords w) {
        return found.stream().anyMatch(m -> m.kind() == Kind.PERSON
                && (m.first() > w.last() && m.first() - w.last() <= TITLE_REACH
                        || m.last() < w.first() && w.first() - m.last() <= TITLE_REACH));
    }
}
