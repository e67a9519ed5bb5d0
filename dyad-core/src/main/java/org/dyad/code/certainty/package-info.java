/**
 * Coder stage: certainty. Whether the text asserts, reports, hedges, intends, supposes or denies an
 * event, and who it is attributed to, from the cues in {@code org/dyad/code/cues.tsv}.
 */
package org.dyad.code.certainty;
