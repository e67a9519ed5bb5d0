package org.dyad.code.petrarch;

import java.util.List;

/**
 * One phrase of a PETRARCH agent dictionary and the sector code it gives: {@code SOLDIER [~MIL]}
 * adds MIL after the actor's code; {@code HUMAN_RIGHTS_BODY [NGO~]} goes before it (prefix).
 */
public record AgentRecord(List<String> words, String code, boolean prefix, int line) {
    public AgentRecord {
        words = List.copyOf(words);
    }
}
