package org.dyad.eval.gold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One hand-coded event of a gold sentence, as {@code docs/coding-guide.md} defines it.
 *
 * @param cameo       the finest CAMEO code the coder could justify ("111", "0253"); scored by root
 * @param source      CAMEO actor code (country + one sector, or an IGO/NGO code), never empty
 * @param target      CAMEO actor code, or null for a one-sided act (a protest)
 * @param certainty   asserted, reported, hedged, intended, hypothetical or negated
 * @param attribution the speaker's actor code when the act is reported, else null
 * @param symmetric   the act has no direction (met, signed a deal): source and target may be swapped
 * @param trigger     a few words that carry the act, for reviewers
 */
public record GoldEvent(String cameo, String source, String target, String certainty, String attribution,
        @JsonProperty("sym") boolean symmetric, String trigger) {

    /** The CAMEO root: the first two digits of the code. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
