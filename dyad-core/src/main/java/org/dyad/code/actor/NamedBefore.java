package org.dyad.code.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.code.actor.ActorDictionary.Kind;

/**
 * The body a definite reference with no country stands for: the same kind of body (army, police,
 * government…) named with a country just before it, in its own sentence or the two before ("Nepal's
 * army is searching the mountains … The army said 40 soldiers were killed"). The nearest sentence
 * that names such a body decides; when it names two countries' ("Israeli and Palestinian police"),
 * the reference is ambiguous and gets none from here; so it is when its own sentence names
 * another country. Only a body named as one counts: a capital or a seat of government ("Moscow",
 * "the Kremlin") may stand for a state but does not name its army or police, and a person is not
 * a body.
 */
final class NamedBefore {
    /** Sentences before the reference's own that are read for its antecedent. */
    private static final int SENTENCES_BACK = 2;

    private static final Set<Kind> NOT_BODIES = Set.of(Kind.CAPITAL, Kind.SEAT, Kind.PERSON);
    /**
     * Offices a state keeps abroad: "the U.S. Embassy in Tunis" is the United States' government
     * where the story is, so "the government" after it is not the United States'.
     */
    private static final Set<String> POSTINGS = Set.of("embassy", "embassies", "consulate", "consulates", "mission",
            "legation", "ambassador", "ambassadors", "envoy", "envoys", "consul", "diplomat", "diplomats");

    private NamedBefore() {
    }

    /**
     * @param mentions each sentence's mentions, as resolved so far
     * @param sentence the reference's sentence
     * @param first    the reference's first token: in its own sentence only mentions before it count
     * @param sector   the state sector the reference names ("MIL" for "the army")
     * @return the latest mention of that sector with a country, or null when none or two countries
     */
    static ActorMention body(List<List<ActorMention>> mentions, int sentence, int first, String sector) {
        for (int k = sentence; k >= 0 && k >= sentence - SENTENCES_BACK; k--) {
            ActorMention latest = null;
            TreeSet<String> countries = new TreeSet<>();
            for (ActorMention m : mentions.get(k)) {
                boolean before = k < sentence || m.last() < first;
                if (before && !NOT_BODIES.contains(m.kind()) && m.actor().country() != null && m.actor().code() != null
                        && m.actor().sectors().contains(sector) && !posting(m)) {
                    countries.add(m.actor().country());
                    latest = m;
                }
            }
            if (!countries.isEmpty()) {
                return countries.size() == 1 && agrees(mentions.get(sentence), countries.first()) ? latest : null;
            }
        }
        return null;
    }

    private static boolean posting(ActorMention m) {
        String[] words = m.actor().text().toLowerCase(Locale.ROOT).split("[\\s-]+");
        return POSTINGS.contains(words[words.length - 1]);
    }

    /**
     * No other country is named in the reference's own sentence: "Romanian President Basescu says
     * authorities are working to free…" or "the government has offered the Indonesian government…"
     * may mean another state's body than the one named before.
     */
    private static boolean agrees(List<ActorMention> own, String country) {
        return own.stream().map(m -> m.actor().country()).allMatch(c -> c == null || c.equals(country));
    }

    /** How an event's rule names the inference: {@code named-before:NPLMIL@4}. */
    static String ruleText(ActorMention antecedent) {
        return "named-before:" + antecedent.actor().code() + "@" + antecedent.sentence();
    }
}
