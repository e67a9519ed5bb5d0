/**
 * Coder stage: time. The date of an event: a time expression that governs the trigger, else the
 * article's own date, labelled with where it came from.
 */
package org.dyad.code.time;
