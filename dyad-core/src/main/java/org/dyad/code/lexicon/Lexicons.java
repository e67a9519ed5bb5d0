package org.dyad.code.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.code.data.DataFileException;
import org.dyad.code.data.TsvFile;

/**
 * The lexicons shipped in dyad-core, read once from {@code org/dyad/lexicon/*.tsv} on the
 * classpath. {@link #load()} returns the shared immutable instance; a malformed data file fails
 * the first call with a {@link DataFileException} naming the file and line.
 */
public final class Lexicons {
    public static final String DIRECTORY = "org/dyad/lexicon/";

    private final Map<String, Country> countries;
    private final List<Igo> igos;
    private final List<SectorTerm> sectorTerms;
    private final List<Institution> institutions;
    private final List<Place> places;
    private final List<NamesakePlace> namesakePlaces;
    private final Map<String, List<Place>> placesByKey;

    private Lexicons(List<Country> countries, List<Igo> igos, List<SectorTerm> sectorTerms,
                     List<Institution> institutions, List<Place> places, List<NamesakePlace> namesakePlaces) {
        Map<String, Country> byCode = new LinkedHashMap<>();
        countries.forEach(c -> byCode.put(c.iso3(), c));
        this.countries = Collections.unmodifiableMap(byCode);
        this.igos = List.copyOf(igos);
        this.sectorTerms = List.copyOf(sectorTerms);
        this.institutions = List.copyOf(institutions);
        this.places = List.copyOf(places);
        this.namesakePlaces = List.copyOf(namesakePlaces);
        this.placesByKey = indexPlaces(places);
    }

    private static final class Shared {
        private static final Lexicons INSTANCE = read();
    }

    /** The shipped lexicons, read on first use and shared. */
    public static Lexicons load() {
        return Shared.INSTANCE;
    }

    static Lexicons read() {
        return new Lexicons(
                file("countries.tsv", 9, 9).parseUnique(0, Country::fromRow),
                file("igos.tsv", 2, 3).parseUnique(0, Igo::fromRow),
                file("sectors.tsv", 3, 3).parse(SectorTerm::fromRow),
                file("institutions.tsv", 3, 4).parse(Institution::fromRow),
                file("places.tsv", 7, 7).parse(Place::fromRow),
                file("namesake-places.tsv", 1, 2).parseUnique(0, NamesakePlace::fromRow));
    }

    private static TsvFile file(String name, int minColumns, int maxColumns) {
        return TsvFile.resource(DIRECTORY + name).columns(minColumns, maxColumns);
    }

    /** Every country and territory, ordered by ISO-3 code. */
    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : countries.get(iso3));
    }

    public List<Igo> igos() {
        return igos;
    }

    public List<SectorTerm> sectorTerms() {
        return sectorTerms;
    }

    public List<Institution> institutions() {
        return institutions;
    }

    public List<Place> places() {
        return places;
    }

    /** Regions and seas named after a country they are not: "Latin America", "the Indian Ocean". */
    public List<NamesakePlace> namesakePlaces() {
        return namesakePlaces;
    }

    /** The most populous place with this name or alias, ignoring case and diacritics. */
    public Optional<Place> placeByName(String name) {
        return placesByName(name).stream().findFirst();
    }

    /** Every place with this name or alias, most populous first. */
    public List<Place> placesByName(String name) {
        return name == null ? List.of() : placesByKey.getOrDefault(Folding.key(name.trim()), List.of());
    }

    private static Map<String, List<Place>> indexPlaces(List<Place> places) {
        Map<String, List<Place>> index = new HashMap<>();
        for (Place place : places) {
            List<String> names = new ArrayList<>(place.aliases());
            names.add(place.name());
            names.stream().map(Folding::key).distinct()
                    .forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(place));
        }
        Comparator<Place> largestFirst = Comparator.comparingLong(Place::population).reversed();
        index.replaceAll((key, list) -> list.stream().sorted(largestFirst).toList());
        return Map.copyOf(index);
    }
}
