/**
 * Stage 4, code: finds dyadic events in annotated sentences. {@link org.dyad.code.ActorResolver}
 * finds who is named, {@link org.dyad.code.TriggerFinder} which words are events,
 * {@link org.dyad.code.ArgumentFinder} who did it to whom, {@link org.dyad.code.CertaintyClassifier}
 * how sure the text is and who says so, {@link org.dyad.code.EventDater} and
 * {@link org.dyad.code.PlaceResolver} when and where. {@link org.dyad.code.DyadEventCoder} runs them.
 */
package org.dyad.code;
