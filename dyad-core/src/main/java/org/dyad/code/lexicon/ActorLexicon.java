package org.dyad.code.lexicon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One phrase index over everything that names an actor: country names, aliases, adjectives and
 * demonyms, capitals, seats of power, IGOs and named institutions, and the regions and seas named
 * after a country they are not ({@link NamesakePlace}), which name no party but, as the longer
 * match, keep "Indian" in "the Indian Ocean" from naming India. A phrase starting with "the"
 * is also indexed without it, so "Kremlin" and "the Kremlin" both match (the longer one wins when
 * the text has it); a capital's is not ("The Valley", Anguilla's capital, is no "Galwan Valley"). Sector words ("minister", "army") are a separate index: {@link #sectorIndex}.
 *
 * <p>Hyphenated tokens stay whole in CoreNLP ("Russian-Iranian"): use {@link #partsOf} to code
 * each part.
 */
public final class ActorLexicon {
    private static final List<String> GOVERNMENT = List.of("GOV");

    private final PhraseIndex<ActorEntry> actors;
    private final PhraseIndex<SectorTerm> sectors;

    public ActorLexicon(Lexicons lexicons) {
        this.actors = buildActorIndex(lexicons);
        this.sectors = buildSectorIndex(lexicons);
    }

    private static final class Shared {
        private static final ActorLexicon INSTANCE = new ActorLexicon(Lexicons.load());
    }

    /** The lexicon built from the shipped data files, shared. */
    public static ActorLexicon load() {
        return Shared.INSTANCE;
    }

    public PhraseIndex<ActorEntry> actorIndex() {
        return actors;
    }

    public PhraseIndex<SectorTerm> sectorIndex() {
        return sectors;
    }

    /** Leftmost-longest actor phrases in a sentence's tokens. */
    public List<PhraseIndex.Match<ActorEntry>> findActors(List<String> tokens) {
        return actors.findAll(tokens);
    }

    /** Every entry of a phrase ("Washington", "the Kremlin"), best first. */
    public List<ActorEntry> lookup(String phrase) {
        return actors.lookup(phrase);
    }

    /**
     * The actors named by the parts of a hyphenated token: "Russian-Iranian" → RUS, IRN.
     * Parts that name nothing are skipped; a token without a hyphen gives its own entry, if any.
     */
    public List<ActorEntry> partsOf(String token) {
        return Arrays.stream(token.split("[-\u2013]"))
                .filter(part -> !part.isEmpty())
                .map(actors::lookupWord)
                .flatMap(Optional::stream)
                .toList();
    }

    private static PhraseIndex<ActorEntry> buildActorIndex(Lexicons lexicons) {
        PhraseIndex.Builder<ActorEntry> builder = PhraseIndex.builder();
        for (Country c : lexicons.countries()) {
            ActorEntry country = new ActorEntry(c.iso3(), c.iso3(), List.of(), ActorEntry.Kind.COUNTRY);
            add(builder, c.name(), country);
            c.aliases().forEach(alias -> add(builder, alias, country));
            ActorEntry demonym = new ActorEntry(c.iso3(), c.iso3(), List.of(), ActorEntry.Kind.DEMONYM);
            c.adjectives().forEach(adjective -> add(builder, adjective, demonym));
            if (!c.capital().isEmpty()) {
                add(builder, c.capital(), new ActorEntry(c.iso3(), c.iso3(), GOVERNMENT, ActorEntry.Kind.CAPITAL));
            }
            ActorEntry seat = new ActorEntry(c.iso3(), c.iso3(), GOVERNMENT, ActorEntry.Kind.SEAT);
            c.seats().forEach(s -> add(builder, s, seat));
        }
        for (Igo igo : lexicons.igos()) {
            ActorEntry entry = new ActorEntry(igo.code(), null, List.of(), ActorEntry.Kind.IGO);
            add(builder, igo.name(), entry);
            igo.aliases().forEach(alias -> add(builder, alias, entry));
        }
        for (Institution i : lexicons.institutions()) {
            String code = i.country() != null ? i.country() : i.group();
            add(builder, i.phrase(), new ActorEntry(code, i.country(), i.sectors(), ActorEntry.Kind.INSTITUTION));
        }
        ActorEntry noParty = new ActorEntry(null, null, List.of(), ActorEntry.Kind.NAMESAKE_PLACE);
        for (NamesakePlace p : lexicons.namesakePlaces()) {
            add(builder, p.name(), noParty);
            p.aliases().forEach(alias -> add(builder, alias, noParty));
        }
        return builder.build();
    }

    private static void add(PhraseIndex.Builder<ActorEntry> builder, String phrase, ActorEntry entry) {
        builder.add(phrase, entry);
        // a capital named "The Valley" (Anguilla) is a common noun without its "The": "the Galwan Valley"
        boolean commonWithoutThe = entry.kind() == ActorEntry.Kind.CAPITAL;
        if (phrase.toLowerCase(Locale.ROOT).startsWith("the ") && phrase.length() > 4 && !commonWithoutThe) {
            builder.add(phrase.substring(4), entry);
        }
    }

    /** Each row's phrase, and a multi-word title's plural too unless a row of its own spells it. */
    private static PhraseIndex<SectorTerm> buildSectorIndex(Lexicons lexicons) {
        PhraseIndex.Builder<SectorTerm> builder = PhraseIndex.builder();
        Set<String> listed = new HashSet<>();
        lexicons.sectorTerms().forEach(term -> listed.add(term.phrase()));
        for (SectorTerm term : lexicons.sectorTerms()) {
            builder.add(term.phrase(), term);
            String plural = term.kind() == SectorTerm.Kind.TITLE ? TitlePlurals.of(term.phrase()) : null;
            if (plural != null && !listed.contains(plural)) {
                builder.add(plural, new SectorTerm(plural, term.sectors(), term.kind()));
            }
        }
        return builder.build();
    }
}
