/**
 * The immutable draft of an event between the sentence stages and the frozen event.
 */
package org.dyad.code.draft;
