package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.code.lexicon.ActorEntry;
import org.dyad.code.lexicon.ActorLexicon;
import org.dyad.code.lexicon.Lexicons;
import org.dyad.code.lexicon.PhraseIndex;
import org.dyad.code.lexicon.Place;
import org.dyad.code.lexicon.SectorTerm;
import org.dyad.model.Token;

/**
 * {@link ActorDictionary} over Dyad's shipped lexicons. A hyphenated word naming two parties
 * ("Russian-Iranian") yields one actor per part, both covering that word. A region or sea named
 * after a country ("Latin American", "the Indian Ocean") yields nothing, and its words no country.
 */
public final class LexiconActorDictionary implements ActorDictionary {
    /** A namesake abroad with more than a fifth of the largest place's people makes a name ambiguous. */
    private static final long NAMESAKE_RATIO = 5;
    private final ActorLexicon lexicon;

    public LexiconActorDictionary(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static LexiconActorDictionary shipped() {
        return new LexiconActorDictionary(ActorLexicon.load());
    }

    @Override
    public List<Named> actors(List<Token> tokens) {
        List<String> words = tokens.stream().map(Token::word).toList();
        List<Named> out = new ArrayList<>();
        boolean[] matched = new boolean[tokens.size()];
        for (PhraseIndex.Match<ActorEntry> m : lexicon.findActors(words)) {
            if (properlyNamed(tokens, m)) {
                Arrays.fill(matched, m.start(), m.end(), true);
                ActorEntry e = m.value();
                if (e.kind() != ActorEntry.Kind.NAMESAKE_PLACE) {
                    out.add(new Named(m.start() + 1, m.end(), e.code(), e.country(), e.sectors(), kind(e.kind()),
                            String.join(" ", words.subList(m.start(), m.end()))));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            int at = i + 1;
            if (w.indexOf('-') > 0 && !matched[i]) {
                for (ActorEntry e : lexicon.partsOf(w)) {
                    out.add(new Named(at, at, e.code(), e.country(), e.sectors(), kind(e.kind()), w));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    /**
     * Lexicon names are proper nouns or adjectives: "turkey" the bird, "china" the plates and
     * "us" the pronoun are not countries.
     */
    private static boolean properlyNamed(List<Token> tokens, PhraseIndex.Match<ActorEntry> m) {
        for (int i = m.start(); i < m.end(); i++) {
            Token t = tokens.get(i);
            String w = t.word();
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return !"PRP".equals(t.pos());
            }
        }
        return false;
    }

    @Override
    public boolean namesPlace(String name) {
        return !Lexicons.load().placesByName(name).isEmpty();
    }

    @Override
    public String countryOfPlace(String name) {
        List<Place> places = Lexicons.load().placesByName(name);
        if (places.isEmpty()) {
            return null;
        }
        Place first = places.get(0);
        boolean namesakeAbroad = places.stream()
                .anyMatch(p -> !p.iso3().equals(first.iso3()) && p.population() * NAMESAKE_RATIO > first.population());
        return namesakeAbroad ? null : first.iso3();
    }

    @Override
    public List<SectorWords> sectors(List<Token> tokens) {
        List<String> words = tokens.stream().map(t -> t.word()).toList();
        List<SectorWords> out = new ArrayList<>();
        for (PhraseIndex.Match<SectorTerm> m : lexicon.sectorIndex().findAll(words)) {
            SectorTerm term = m.value();
            if (term.kind() == SectorTerm.Kind.THING) {
                continue; // "fighter jets": the longer match only keeps "fighters" from reading as rebels
            }
            boolean rank = term.kind() == SectorTerm.Kind.RANK;
            out.add(new SectorWords(m.start() + 1, m.end(), term.sectors(), term.kind() == SectorTerm.Kind.TITLE || rank, rank));
        }
        return out;
    }

    private static Kind kind(ActorEntry.Kind k) {
        return switch (k) {
            case COUNTRY -> Kind.COUNTRY;
            case CAPITAL -> Kind.CAPITAL;
            case SEAT -> Kind.SEAT;
            case IGO -> Kind.IGO;
            case INSTITUTION -> Kind.INSTITUTION;
            case DEMONYM -> Kind.DEMONYM;
            case NAMESAKE_PLACE -> throw new IllegalArgumentException("a namesake place names no party");
        };
    }
}
