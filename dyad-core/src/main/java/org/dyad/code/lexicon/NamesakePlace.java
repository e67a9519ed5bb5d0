package org.dyad.code.lexicon;

import java.util.List;
import org.dyad.code.data.TsvRow;

/**
 * A place of {@code namesake-places.tsv} whose name holds a country's word but names no state:
 * "Latin America", "the Indian Ocean", "the Gulf of Mexico". Indexed with the actor phrases so
 * that, as the longer match, it keeps "American", "Indian" or "Mexico" from reading as a party.
 *
 * @param name    the place's English name
 * @param aliases other spellings and its adjectives ("Latin American", "Latin Americans")
 */
public record NamesakePlace(String name, List<String> aliases) {
    public NamesakePlace {
        aliases = List.copyOf(aliases);
    }

    static NamesakePlace fromRow(TsvRow row) {
        return new NamesakePlace(row.required(0, "name"), row.list(1));
    }
}
