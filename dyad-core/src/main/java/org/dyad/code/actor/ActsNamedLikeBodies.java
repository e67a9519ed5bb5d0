package org.dyad.code.actor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.SectorWords;
import org.dyad.model.Token;

/**
 * "Strong opposition to the plans", "their opposition to the war", "faced opposition from Tory
 * MPs": the word that names the opposition as a party also names the act of opposing. It is the
 * act when a to- or from-phrase follows and what comes before marks an act, not a body: an
 * adjective, a possessor, or a verb that voices or meets one ("voiced", "faced"). "The opposition
 * to Labour", "cracked down on opposition to Castro" and "ministers from the opposition" stay the
 * party. One test serves both readers: the actor resolver drops the act's word as a party, and the
 * coder drops the word as a trigger (110) where it is the party.
 */
public final class ActsNamedLikeBodies {
    /** Body words that also name an act. */
    private static final Set<String> ACT_WORDS = Set.of("opposition");
    /** What the act is toward ("to the plans") or whom it is from ("from Tory MPs"). */
    private static final Set<String> AFTER = Set.of("to", "from");
    /** Verbs that voice, meet or give an act of opposing, right before it. */
    private static final Set<String> BEARERS = Set.of("voice", "express", "face", "meet", "provide", "lead", "mount",
            "signal", "register", "drop", "withdraw", "encounter", "raise", "reiterate", "state", "confront");
    /** Tags before the word that make it an act: an adjective ("strong"), a possessor ("their", "Labour's"). */
    private static final Set<String> ACT_MARKS = Set.of("JJ", "JJR", "JJS", "PRP$", "POS");

    private ActsNamedLikeBodies() {
    }

    /** The sentence's body words without those that name an act here. */
    static List<SectorWords> withoutActs(List<Token> tokens, List<SectorWords> words) {
        return words.stream().filter(w -> w.first() != w.last() || !namesAnAct(tokens, w.first())).toList();
    }

    /**
     * Whether the word at 1-based {@code k} is an act word that names the party here ("the
     * opposition to Labour"), so that a trigger on it is none.
     */
    public static boolean namesTheParty(List<Token> tokens, int k) {
        return isActWord(tokens.get(k - 1)) && !namesAnAct(tokens, k);
    }

    /** Whether the word at 1-based {@code k} is an act word read as the act. */
    static boolean namesAnAct(List<Token> tokens, int k) {
        if (k + 1 > tokens.size() || !isActWord(tokens.get(k - 1))) {
            return false;
        }
        Token next = tokens.get(k);
        if (!AFTER.contains(next.word().toLowerCase(Locale.ROOT)) || k + 2 > tokens.size()
                || startsWith(tokens.get(k + 1), "VB")) {
            return false; // "the opposition to govern"
        }
        Token before = k >= 2 ? tokens.get(k - 2) : null;
        return before != null && (ACT_MARKS.contains(before.pos())
                || startsWith(before, "VB") && BEARERS.contains(before.lemma())
                || "with".equalsIgnoreCase(before.word()) && k >= 3 && "meet".equals(tokens.get(k - 3).lemma()));
    }

    private static boolean isActWord(Token t) {
        return ACT_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(Token t, String tag) {
        return t.pos() != null && t.pos().startsWith(tag);
    }
}
