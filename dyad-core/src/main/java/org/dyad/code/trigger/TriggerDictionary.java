package org.dyad.code.trigger;

import java.util.List;
import java.util.Set;

/** Which words are events, and under what conditions: Dyad's trigger lexicon or PETRARCH verbs. */
public interface TriggerDictionary {

    /** Patterns for a lemma used as a verb ('V') or noun ('N'), most specific first. */
    List<Pattern> patterns(String lemma, char pos);

    /**
     * Whether a pattern's code already says when a sentence states an intention. PETRARCH's verb
     * patterns do ("PLAN TO …", "VOW …" carry their own codes), so those codes are kept; Dyad's
     * lexicon codes the act and leaves the intention to the certainty classifier, after which the
     * coder re-codes it as CAMEO does (042 visit → 036 intent to meet).
     */
    default boolean codesIntentions(Pattern pattern) {
        return false;
    }

    /**
     * One reading of a trigger word.
     *
     * @param particle         required verb particle ("down" in "back down"), or null
     * @param objects          the object (or a noun's of-/compound/adjective dependent) must be one of these lemmas; empty = any
     * @param forbiddenObjects object lemmas that rule this reading out
     * @param targetPreps      prepositions whose object is the target, in preference order; empty = defaults
     * @param sourceIsObject   the grammatical object is the source
     * @param origin           file:line, so every code can be traced to the rule that made it
     * @param context          words that must stand around the trigger as written (PETRARCH patterns)
     * @param conjoinedSubject the reading needs a subject of two or more conjoined parties (PETRARCH's
     *                         {@code %}: "X and Y agree" is X and Y agreeing with each other)
     * @param argumentsInPhrase when the grammar gives no target (a passive: no source), the first actor
     *                         after the trigger inside its phrase takes that role (PETRARCH reads parties
     *                         off the verb phrase: "welcomed memos sent by Bree", "was shot in Osgiliath")
     */
    record Pattern(String lemma, char pos, String cameo, String particle, Set<String> objects,
            Set<String> forbiddenObjects, List<String> targetPreps, boolean sourceIsObject, String origin,
            WordContext context, boolean conjoinedSubject, boolean argumentsInPhrase) {

        public Pattern {
            objects = Set.copyOf(objects);
            forbiddenObjects = Set.copyOf(forbiddenObjects);
            targetPreps = List.copyOf(targetPreps);
            context = context == null ? WordContext.NONE : context;
        }

        /** A pattern without word context (Dyad's own lexicon). */
        public Pattern(String lemma, char pos, String cameo, String particle, Set<String> objects,
                Set<String> forbiddenObjects, List<String> targetPreps, boolean sourceIsObject, String origin) {
            this(lemma, pos, cameo, particle, objects, forbiddenObjects, targetPreps, sourceIsObject, origin,
                    WordContext.NONE, false, false);
        }

        /** The same reading coded otherwise: another CAMEO code, traced to what recoded it. */
        public Pattern recoded(String newCameo, String newOrigin) {
            return new Pattern(lemma, pos, newCameo, particle, objects, forbiddenObjects, targetPreps, sourceIsObject,
                    newOrigin, context, conjoinedSubject, argumentsInPhrase);
        }

        public int specificity() {
            return (particle != null ? 2 : 0) + (objects.isEmpty() ? 0 : 2) + (targetPreps.isEmpty() ? 0 : 1)
                    + (forbiddenObjects.isEmpty() ? 0 : 1) + 2 * context.wordCount();
        }
    }
}
