package org.dyad.code.actor;

import java.util.List;
import org.dyad.model.Token;

/**
 * What Dyad knows about actor names: countries, capitals and seats of power, demonyms,
 * international organisations, named institutions, and the title and body words that give a
 * sector. Backed by Dyad's shipped lexicons, or by PETRARCH dictionaries.
 */
public interface ActorDictionary {

    /** Longest non-overlapping actor names in a sentence. */
    List<Named> actors(List<Token> tokens);

    /** Title and institution words ("Defense Minister", "Armed Forces") with their sectors. */
    List<SectorWords> sectors(List<Token> tokens);

    /** Whether the name is a town or city of the gazetteer ("Manchester"), which a tagger may take for a club. */
    default boolean namesPlace(String name) {
        return false;
    }

    /**
     * The country of a town or city of the gazetteer, when the name points to one country (the
     * most populous place of that name dwarfs any namesake abroad); null otherwise.
     */
    default String countryOfPlace(String name) {
        return null;
    }

    /** How an actor name refers to its actor; governments are named by capitals and seats too. */
    enum Kind { COUNTRY, DEMONYM, CAPITAL, SEAT, IGO, INSTITUTION, PERSON, GROUP }

    /**
     * @param first 1-based index of the first token
     * @param last  1-based index of the last token (inclusive)
     */
    record Named(int first, int last, String code, String country, List<String> sectors, Kind kind, String name) {
        public Named {
            sectors = List.copyOf(sectors);
        }
    }

    /**
     * @param title true for a person's title ("minister"), false for a body ("ministry")
     * @param rank  a title of rank ("Lord", "Baroness"), which gives its sectors only when no other
     *              title or body word describes the person
     */
    record SectorWords(int first, int last, List<String> sectors, boolean title, boolean rank) {
        public SectorWords {
            sectors = List.copyOf(sectors);
        }

        public SectorWords(int first, int last, List<String> sectors, boolean title) {
            this(first, last, sectors, title, false);
        }
    }
}
