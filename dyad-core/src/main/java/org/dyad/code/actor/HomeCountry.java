package org.dyad.code.actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.model.Actor;

/**
 * The country an article is about: the one its coded actors name most, when it clearly leads.
 * Human coders give unmarked domestic references ("the government", "ministers", "the shadow
 * chancellor") that country; a story that names two countries evenly has none.
 *
 * @param votes mentions naming the country
 * @param total mentions naming any country
 */
public record HomeCountry(String country, int votes, int total) {
    /** Fewer than this many mentions is too little to call a story domestic. */
    static final int MIN_VOTES = 3;

    /** The leading country must hold at least this share of the country-bearing mentions. */
    static final double MIN_SHARE = 0.6;

    /** Country votes of every mention with a country; ties broken by code so the result never depends on order. */
    public static Optional<HomeCountry> of(List<List<ActorMention>> mentions) {
        Map<String, Integer> votes = new TreeMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                String c = m.actor().country();
                if (c != null && m.actor().code() != null) {
                    votes.merge(c, 1, Integer::sum);
                }
            }
        }
        return leader(votes);
    }

    /**
     * The country that clearly leads these votes (at least {@value #MIN_VOTES}, a share of at
     * least {@value #MIN_SHARE}, more than any other), if one does.
     */
    public static Optional<HomeCountry> leader(Map<String, Integer> votes) {
        String best = null;
        int top = 0;
        int second = 0;
        int total = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(votes).entrySet()) {
            total += e.getValue();
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean clear = top >= MIN_VOTES && top >= MIN_SHARE * total && top > second;
        return clear ? Optional.of(new HomeCountry(best, top, total)) : Optional.empty();
    }

    /** An actor of the home country with these sectors, named by {@code text}. */
    public Actor actor(String text, List<String> sectors) {
        return ActorCodes.actor(text, country, country, sectors);
    }

    /** The home government as an inferred party standing at tokens first..last of a sentence. */
    public ActorMention government(int sentence, int first, int last, String text) {
        return new ActorMention(sentence, first, last, actor(text, List.of("GOV")), ActorDictionary.Kind.COUNTRY,
                ruleText());
    }

    /** How an event's rule names the inference: {@code home:GBR(7/9)}. */
    public String ruleText() {
        return "home:" + country + "(" + votes + "/" + total + ")";
    }
}
