package org.dyad.code.trigger;

/** A word of a parsed sentence that the lexicon reads as an event. */
public record Trigger(int sentence, int token, TriggerDictionary.Pattern pattern, boolean verb) {
}
