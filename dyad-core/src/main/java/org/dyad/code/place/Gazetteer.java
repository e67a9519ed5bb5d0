package org.dyad.code.place;

import java.util.Optional;
import org.dyad.model.Event.Place;

/** Coordinates of countries and major cities, shipped with Dyad. */
public interface Gazetteer {
    /** A place by name ("Moscow", "Syria"), with its country and coordinates. */
    Optional<Place> find(String name);
}
