package org.dyad.code;

import java.util.Optional;

/** What a CAMEO code means: its name, Goldstein score, QuadClass and PLOVER type. */
public interface CodeBook {
    Optional<Code> code(String cameo);

    /** One CAMEO code with the PLOVER event type and mode it maps to. */
    record Code(String cameo, String root, String name, double goldstein, int quadClass, String ploverEvent,
            String ploverMode) {
    }
}
