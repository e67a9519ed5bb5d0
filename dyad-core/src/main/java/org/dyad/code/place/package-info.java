/**
 * Coder stage: place. Where an event happened, from place names governed by the trigger and Dyad's gazetteer.
 */
package org.dyad.code.place;
