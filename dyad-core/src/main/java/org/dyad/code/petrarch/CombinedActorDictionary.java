package org.dyad.code.petrarch;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.model.Token;

/**
 * Two actor dictionaries asked in turn: every name of the first, then the names of the second
 * that do not overlap them (likewise for sector words). Used to put PETRARCH dictionaries on top
 * of Dyad's shipped lexicons.
 */
public final class CombinedActorDictionary implements ActorDictionary {
    private final ActorDictionary first;
    private final ActorDictionary second;

    public CombinedActorDictionary(ActorDictionary first, ActorDictionary second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public List<Named> actors(List<Token> tokens) {
        List<Named> out = new ArrayList<>(first.actors(tokens));
        List<Named> mine = List.copyOf(out);
        for (Named n : second.actors(tokens)) {
            if (mine.stream().noneMatch(m -> m.first() <= n.last() && m.last() >= n.first())) {
                out.add(n);
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    @Override
    public List<SectorWords> sectors(List<Token> tokens) {
        List<SectorWords> out = new ArrayList<>(first.sectors(tokens));
        List<SectorWords> mine = List.copyOf(out);
        for (SectorWords s : second.sectors(tokens)) {
            if (mine.stream().noneMatch(m -> m.first() <= s.last() && m.last() >= s.first())) {
                out.add(s);
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }
}
