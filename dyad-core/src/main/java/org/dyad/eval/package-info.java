/**
 * Scoring Dyad's event coder against gold data: the PLOVER gold records (CAMEO-manual sentences
 * with PLOVER 0.5b1 labels and ISO-3 actor codes) and Multi-CoPED (news sentences with a CAMEO
 * five-class label and source/target spans). Readers turn the gold files into plain records;
 * scorers compare one gold item with the events Dyad coded for its sentence; {@link ScoreTable}
 * adds the outcomes up. Nothing here knows where the gold files live: callers pass the paths.
 */
package org.dyad.eval;
