/**
 * Coder stage: triggers. Which words are events, from a {@link org.dyad.code.trigger.TriggerDictionary}
 * of CAMEO-coded verb and noun patterns with required and excluded words around them.
 */
package org.dyad.code.trigger;
