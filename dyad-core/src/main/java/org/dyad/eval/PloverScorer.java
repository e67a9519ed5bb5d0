package org.dyad.eval;

import java.util.List;
import java.util.Set;
import org.dyad.model.Event;

/**
 * Scores the events Dyad coded for one PLOVER gold sentence.
 *
 * <p>Event type: the PLOVER event of some Dyad event equals the gold's (mapped) event; modes are
 * not compared, since the old modes map only roughly. Dyad: some event's source country is one of
 * the gold sources and its target country one of the gold targets (compound actors: any pair). A
 * side the gold leaves empty is not checked, so a record with sources only needs the source.
 * Source alone: some event's source country is one of the gold sources.
 */
public final class PloverScorer {

    public RecordScore score(PloverGold gold, List<Event> events) {
        boolean type = false;
        boolean dyad = false;
        boolean both = false;
        boolean root = false;
        boolean source = false;
        for (Event e : events) {
            source |= sideMatches(gold.sourceCountries(), ActorCountry.of(e.source()));
            boolean t = gold.event() != null && e.plover() != null && gold.event().event().equals(e.plover().event());
            boolean d = dyadMatches(gold, e);
            type |= t;
            dyad |= d;
            both |= t && d;
            root |= gold.cameoRoot() != null && gold.cameoRoot().equals(e.cameoRoot());
        }
        boolean scorableDyad = !gold.sourceCountries().isEmpty() || !gold.targetCountries().isEmpty();
        return new RecordScore(type, gold.cameoRoot() == null ? null : root,
                gold.sourceCountries().isEmpty() ? null : source, scorableDyad ? dyad : null,
                scorableDyad ? both : null, events.isEmpty());
    }

    static boolean dyadMatches(PloverGold gold, Event e) {
        return sideMatches(gold.sourceCountries(), ActorCountry.of(e.source()))
                && sideMatches(gold.targetCountries(), ActorCountry.of(e.target()));
    }

    private static boolean sideMatches(Set<String> gold, String dyad) {
        return gold.isEmpty() || (dyad != null && gold.contains(dyad));
    }
}
