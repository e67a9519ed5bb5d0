package org.dyad.store.group;

import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Event;

/** The part of a report that must match exactly for two reports to be one event: root and dyad. */
public final class BlockKey {
    /** Roots whose events have no direction: consult, cooperate, intend to cooperate. */
    static final Set<String> SYMMETRIC_ROOTS = Set.of("03", "04", "05", "06");
    private static final String NOBODY = "-";

    private BlockKey() {
    }

    /** {@code root|A|B}, with A and B sorted for symmetric roots. */
    public static String of(Event e) {
        String root = root(e);
        String a = actorKey(e.source());
        String b = actorKey(e.target());
        if (SYMMETRIC_ROOTS.contains(root) && a.compareTo(b) > 0) {
            String t = a;
            a = b;
            b = t;
        }
        return root + "|" + a + "|" + b;
    }

    /** CAMEO root: the event's own field when given, else the first two digits of the code. */
    public static String root(Event e) {
        if (e.cameoRoot() != null && !e.cameoRoot().isBlank()) {
            return e.cameoRoot().strip();
        }
        String code = e.cameo() == null ? "" : e.cameo().strip();
        return code.length() >= 2 ? code.substring(0, 2) : "??";
    }

    /** Country when known, else the whole code (IGOUNO, NGO…), else "-". */
    public static String actorKey(Actor a) {
        if (a == null) {
            return NOBODY;
        }
        if (a.country() != null && !a.country().isBlank()) {
            return a.country().strip();
        }
        return a.code() == null || a.code().isBlank() ? NOBODY : a.code().strip();
    }
}
