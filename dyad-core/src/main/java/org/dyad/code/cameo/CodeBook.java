package org.dyad.code.cameo;

import java.util.Optional;

/** What a CAMEO code means: its name, Goldstein score, QuadClass and PLOVER type. */
public interface CodeBook {
    Optional<Code> code(String cameo);

    /**
     * The code CAMEO gives to a stated intention to do {@code act} (042 visit → 036 express intent
     * to meet), with the data row that says so; empty when the act keeps its own code.
     */
    default Optional<Intent> intentFor(String act) {
        return Optional.empty();
    }

    /** An intention's CAMEO code and where that mapping is written ("cameo-intent.tsv:12"). */
    record Intent(String cameo, String origin) {
    }

    /** One CAMEO code with the PLOVER event type and mode it maps to. */
    record Code(String cameo, String root, String name, double goldstein, int quadClass, String ploverEvent,
            String ploverMode) {
    }
}
