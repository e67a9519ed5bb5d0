package org.dyad.code.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorDictionary.Named;
import org.dyad.model.Token;

/**
 * Names hyphened to another word describe something else: "the U.N.-backed government" is not the
 * U.N., "anti-Syrian protests" are not Syria's, "a Madrid-based charity" is not Spain's government,
 * "a Gaza-bound flotilla" is not Gaza's.
 * The tokenizer splits such words at the hyphen ("U.N." "-" "backed"), so the dictionary finds the
 * name alone; these rules read the hyphen around it.
 */
final class HyphenedNames {
    /**
     * Participles after "NAME-" that make the name another's backer or a thing's maker ("Iran-backed",
     * "Russian-made"). Not "based", which says where the actor is, nor "led": the leader acts.
     */
    private static final Set<String> BACKED = Set.of("back", "inspire", "fund", "sponsor", "support",
            "ally", "align", "train", "finance", "arm", "make", "build", "own", "affiliate", "link");
    /** Words before a hyphened name that make it a stance: "anti-Syrian", "pro-Russian". */
    private static final Set<String> STANCES = Set.of("anti", "pro");

    private HyphenedNames() {
    }

    /**
     * "the U.N.-backed government", "Tunisia-inspired protests": the name ending at last backs another;
     * "a Gaza-bound flotilla": it is where another is heading; "a Somali-born man in Oregon", "the
     * German-born pope": where a person was born, which is no party they act for.
     */
    static boolean backsAnother(List<Token> tokens, int last) {
        Token after = afterHyphen(tokens, last);
        return after != null && (after.lemma() != null && BACKED.contains(after.lemma().toLowerCase(Locale.ROOT))
                || "bound".equalsIgnoreCase(after.word()) || "born".equalsIgnoreCase(after.word()));
    }

    /**
     * "Anti-Syrian protests", "anti-American sentiment", "pro-Iraq war MP", "pro-Russian separatists":
     * the name is what the phrase is against or for, a stance, not whose actor it is.
     */
    static boolean opposed(List<Token> tokens, Named n) {
        String w = tokens.get(n.first() - 1).word().toLowerCase(Locale.ROOT);
        if (n.first() == n.last() && (w.startsWith("anti-") || w.startsWith("pro-"))) {
            return true; // one token, "anti-Syrian", read by its parts
        }
        int hyphen = n.first() - 1;
        return hyphen > 1 && "HYPH".equals(tokens.get(hyphen - 1).pos())
                && STANCES.contains(tokens.get(hyphen - 2).word().toLowerCase(Locale.ROOT));
    }

    /**
     * "Mogadishu-based factions", "a Madrid-based charity": a capital hyphened to "based" says where
     * another actor is, so it stands for its country as a place, not for the government.
     */
    static Named placeOfBase(List<Token> tokens, Named n) {
        Token after = afterHyphen(tokens, n.last());
        if (n.kind() != Kind.CAPITAL || n.country() == null || after == null || !"based".equalsIgnoreCase(after.word())) {
            return n;
        }
        return new Named(n.first(), n.last(), n.country(), n.country(), List.of(), Kind.COUNTRY, n.name());
    }

    /** The word after a hyphen right after token last (1-based), or null. */
    private static Token afterHyphen(List<Token> tokens, int last) {
        int hyphen = last + 1;
        if (hyphen >= tokens.size() || !"HYPH".equals(tokens.get(hyphen - 1).pos())) {
            return null;
        }
        return tokens.get(hyphen);
    }
}
