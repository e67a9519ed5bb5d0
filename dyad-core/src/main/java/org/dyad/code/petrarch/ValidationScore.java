package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.model.Actor;
import org.dyad.model.Event;

/**
 * Scores Dyad's events against PETRARCH validation records. An expected coding is
 * <em>reproduced</em> when some event has the same source, target and event code (a missing actor
 * counts as PETRARCH's {@code ---}); it is a <em>loose</em> match when the parties (first three
 * letters) and the CAMEO root (first two digits) agree. Events matching no expected coding, even
 * loosely, are <em>extra</em> (counted apart when they lack a source or a target). A no-event record is right when Dyad codes nothing from it.
 */
public final class ValidationScore {

    /** Counts for one category (or the total). */
    public static final class Tally {
        public int records;
        public int expected;
        public int reproduced;
        public int loose;
        public int extra;
        /** Extra events with a source or a target only (PETRARCH by default codes dyads only). */
        public int extraOneSided;
        public int noEventRecords;
        public int noEventCorrect;
        public int textCoded;
        public int unscored;

        void add(Tally o) {
            records += o.records;
            expected += o.expected;
            reproduced += o.reproduced;
            loose += o.loose;
            extra += o.extra;
            extraOneSided += o.extraOneSided;
            noEventRecords += o.noEventRecords;
            noEventCorrect += o.noEventCorrect;
            textCoded += o.textCoded;
            unscored += o.unscored;
        }
    }

    /** What happened to one record, for the failure listing. */
    public record Outcome(ValidationRecord record, List<String> got, List<String> missed, List<String> extra) {
    }

    private final Map<String, Tally> byCategory = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    public void add(ValidationRecord r, List<Event> events) {
        Tally t = byCategory.computeIfAbsent(r.category(), k -> new Tally());
        t.records++;
        if (!r.scored()) {
            t.unscored++;
            return;
        }
        List<String> got = events.stream().map(ValidationScore::describe).toList();
        List<String> missed = new ArrayList<>();
        for (ValidationRecord.Coding c : r.codings()) {
            if (c.textCoded()) {
                t.textCoded++;
                continue;
            }
            t.expected++;
            int exact = find(events, c, true);
            int loose = exact >= 0 ? exact : find(events, c, false);
            if (exact >= 0) {
                t.reproduced++;
            } else {
                missed.add(c.source() + ">" + c.target() + ":" + c.event());
            }
            if (loose >= 0) {
                t.loose++;
            }
        }
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (r.codings().stream().noneMatch(c -> matches(e, c, false))) {
                t.extra++;
                if (e.source() == null || e.target() == null) {
                    t.extraOneSided++;
                }
                extra.add(describe(e));
            }
        }
        if (r.noEvents()) {
            t.noEventRecords++;
            if (events.isEmpty()) {
                t.noEventCorrect++;
            }
        }
        outcomes.add(new Outcome(r, got, missed, extra));
    }

    public Map<String, Tally> byCategory() {
        return byCategory;
    }

    public Tally total() {
        Tally all = new Tally();
        byCategory.values().forEach(all::add);
        return all;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    private static int find(List<Event> events, ValidationRecord.Coding c, boolean exact) {
        for (int i = 0; i < events.size(); i++) {
            if (matches(events.get(i), c, exact)) {
                return i;
            }
        }
        return -1;
    }

    static boolean matches(Event e, ValidationRecord.Coding c, boolean exact) {
        String src = code(e.source());
        String tgt = code(e.target());
        if (exact) {
            return src.equals(c.source()) && tgt.equals(c.target()) && e.cameo().equals(c.event());
        }
        return party(src).equals(party(c.source())) && party(tgt).equals(party(c.target()))
                && root(e.cameo()).equals(root(c.event()));
    }

    private static String code(Actor a) {
        return a == null || a.code() == null ? "---" : a.code();
    }

    private static String party(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    private static String root(String cameo) {
        return cameo.length() <= 2 ? cameo : cameo.substring(0, 2);
    }

    static String describe(Event e) {
        return code(e.source()) + ">" + code(e.target()) + ":" + e.cameo();
    }
}
