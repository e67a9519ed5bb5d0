package org.dyad.eval;

/**
 * How Dyad did on one gold item. A null means "not scorable" (the gold gives no CAMEO code, or no
 * actors), so tables count it neither as a hit nor as a miss.
 *
 * @param typeHit some event has the gold event type (PLOVER type, or five-class label)
 * @param rootHit some event has the gold CAMEO root; null when the gold has no CAMEO code
 * @param sourceHit some event has the gold source; null when the gold names no source
 * @param dyadHit some event has the gold source and target; null when the gold names no actor
 * @param bothHit one event has both the gold type and the gold dyad; null when dyadHit is null
 * @param noEvent Dyad coded no event at all for the sentence
 */
public record RecordScore(boolean typeHit, Boolean rootHit, Boolean sourceHit, Boolean dyadHit, Boolean bothHit,
                          boolean noEvent) {

    /** True when nothing the gold asks for was found. */
    public boolean perfect() {
        return typeHit && !Boolean.FALSE.equals(rootHit) && !Boolean.FALSE.equals(dyadHit)
                && !Boolean.FALSE.equals(bothHit);
    }
}
