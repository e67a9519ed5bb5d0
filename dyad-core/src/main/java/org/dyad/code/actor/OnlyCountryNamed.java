package org.dyad.code.actor;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dyad.model.Token;

/**
 * In a story with no home country, police and the protesters or opposition no dictionary places are
 * of the one country their sentence names: "Police in Pakistan arrested 12 opposition activists",
 * "eight policemen were killed in southern Afghanistan", "police fired at protesters in Nairobi".
 * Police and protesters act where they are, so the place says whose they are. Protesters need the
 * country named as a place, by its name or capital, and exiles are left out. Soldiers, rebels and
 * officials travel and are left alone, and so is a sentence that names two countries.
 */
final class OnlyCountryNamed {
    private OnlyCountryNamed() {
    }

    /** The one country a sentence's coded mentions name, or null when none or several. */
    static String country(List<ActorMention> own) {
        List<String> countries = own.stream().map(m -> m.actor().country()).filter(Objects::nonNull).distinct().toList();
        return countries.size() == 1 ? countries.get(0) : null;
    }

    /**
     * Whether the sentence names its one country as a place, by its name or capital ("protesters in
     * Venezuela", "in Nairobi"), not only as another party's nationality ("Israeli border guards fired
     * at the protesters" names no country of the protesters).
     */
    static boolean namedAsAPlace(List<ActorMention> own, String country) {
        return own.stream().anyMatch(m -> country.equals(m.actor().country())
                && (m.kind() == ActorDictionary.Kind.COUNTRY || m.kind() == ActorDictionary.Kind.CAPITAL));
    }

    /**
     * Whether a mention is the opposition or protesters with no country ({@link
     * ActorCodes#countrylessOpposition}) who are not in exile ("exiled opposition leaders" meet abroad).
     */
    static boolean countrylessOpposition(ActorMention m, List<Token> tokens) {
        if (!ActorCodes.countrylessOpposition(m.actor())) {
            return false;
        }
        for (int k = Math.max(1, m.first() - 2); k <= m.last(); k++) {
            if (tokens.get(k - 1).word().toLowerCase(Locale.ROOT).startsWith("exile")) {
                return false;
            }
        }
        return true;
    }

    /** The mention as the country's. */
    static ActorMention of(ActorMention m, String country) {
        var placed = ActorCodes.actor(m.actor().text(), country, country, m.actor().sectors());
        return new ActorMention(m.sentence(), m.first(), m.last(), placed, m.kind(), ruleText(country));
    }

    /** How an event's rule names the inference: {@code only-country:PAK}. */
    static String ruleText(String country) {
        return "only-country:" + country;
    }
}
