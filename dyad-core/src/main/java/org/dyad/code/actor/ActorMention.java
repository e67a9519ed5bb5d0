package org.dyad.code.actor;

import org.dyad.model.Actor;

/**
 * An actor named in a sentence: tokens first..last (1-based, inclusive), the token that heads
 * the name, and the resolved actor.
 *
 * @param kb the knowledge-base row and role that gave the code ({@code kb:SOURCE CODE@FROM..TO}), or null
 */
public record ActorMention(int sentence, int first, int last, Actor actor, ActorDictionary.Kind kind, String kb) {

    public ActorMention(int sentence, int first, int last, Actor actor, ActorDictionary.Kind kind) {
        this(sentence, first, last, actor, kind, null);
    }

    /** How a rule says the text's current title beat the knowledge base's ended role. */
    public static final String TITLE_MARK = " +title";

    /** The text gave this person a current title the knowledge base's last record lacks. */
    public boolean titledInText() {
        return titledInText(kb);
    }

    /** Whether a rule's knowledge-base text ({@link #kb}) says the text's title beat an ended role. */
    public static boolean titledInText(String kb) {
        return kb != null && kb.endsWith(TITLE_MARK);
    }

    public boolean covers(int token) {
        return token >= first && token <= last;
    }

    /** Same country or IGO code, ignoring sectors; an uncoded person is of no known party. */
    public boolean sameParty(ActorMention other) {
        String mine = ActorCodes.party(actor);
        return !mine.isEmpty() && mine.equals(ActorCodes.party(other.actor));
    }

    /**
     * The same actor: the same full code, named by the same words or the same last word ("Tony
     * Blair" … "Mr Blair"), as when a pronoun stands for the source. Students protesting to their
     * own government (IDNEDU → IDNGOV) are a domestic dyad, and two bodies or people that share a
     * sectored code ("the National Audit Office praised ministers", both GBRGOV) are two actors. A
     * bare country code says too little to tell a state from itself ("Britain" … "the UK" … "British
     * officials"): the same actor; but two named people or bodies that only the article's country
     * codes ("Mr Galloway sued the Telegraph", both GBR) are two.
     */
    public boolean sameActor(ActorMention other) {
        if (actor.code() == null || !actor.code().equals(other.actor.code())) {
            return false;
        }
        boolean twoNamedOthers = !namesAState() && !other.namesAState();
        return actor.sectors().isEmpty() && !twoNamedOthers || namedAlike(actor.text(), other.actor.text());
    }

    /** A country, nationality, capital or seat of government, or an international body: a state's or states' name. */
    private boolean namesAState() {
        return kind != ActorDictionary.Kind.PERSON && kind != ActorDictionary.Kind.INSTITUTION
                && kind != ActorDictionary.Kind.GROUP;
    }

    /** The last word of the actor's name as written ("Brown" of "Gordon Brown", "MPs"); empty when it has none. */
    public String lastWord() {
        return actor.text() == null ? "" : lastWord(actor.text().strip());
    }

    private static boolean namedAlike(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toLowerCase(java.util.Locale.ROOT).strip();
        String y = b.toLowerCase(java.util.Locale.ROOT).strip();
        return x.equals(y) || lastWord(x).equals(lastWord(y));
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
