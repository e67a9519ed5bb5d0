package org.dyad.code.cameo;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One row of the trigger lexicon: a verb or noun lemma, the CAMEO code it triggers and the
 * constraints under which it does. See {@code org/dyad/cameo/README.md} for the row format.
 *
 * @param pos              'V' (verb) or 'N' (noun)
 * @param particle         required particle or preposition of a multi-word head ("back down",
 *                         "call for"), or null
 * @param objects          allowed lemmas of the object (verbs: direct object; nouns: the "of" or
 *                         compound/adjective dependent); empty = any or none
 * @param forbiddenObjects object lemmas that rule this reading out
 * @param targetPreps      prepositions whose object is the target; empty = the default
 *                         (direct object for verbs; with/on/against/to for nouns)
 * @param sourceIsObject   the grammatical object is the source (rare)
 * @param line             line in the file the row came from
 */
public record TriggerRule(String lemma, char pos, String cameo, String particle, Set<String> objects,
                          Set<String> forbiddenObjects, List<String> targetPreps, boolean sourceIsObject,
                          int line) {

    public TriggerRule {
        objects = Set.copyOf(objects);
        forbiddenObjects = Set.copyOf(forbiddenObjects);
        targetPreps = List.copyOf(targetPreps);
    }

    /**
     * How specific the row is; the most specific matching row wins. A required particle or object
     * says more than an excluded object: "withdraw inspectors" (1662) beats bare "withdraw" but
     * not an offer (0874).
     */
    public int specificity() {
        return (particle != null ? 2 : 0) + (objects.isEmpty() ? 0 : 2) + (forbiddenObjects.isEmpty() ? 0 : 1);
    }

    /**
     * Whether the row applies to a trigger with these particles/prepositions and object lemmas
     * (all lowercase lemmas; conjoined or compound objects may all be passed).
     */
    public boolean accepts(Collection<String> particles, Collection<String> objectLemmas) {
        if (particle != null && !particles.contains(particle)) {
            return false;
        }
        if (!objects.isEmpty() && objectLemmas.stream().noneMatch(objects::contains)) {
            return false;
        }
        return objectLemmas.stream().noneMatch(forbiddenObjects::contains);
    }

    /** The CAMEO root, e.g. "04" for 042. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
