package org.dyad.code.place;

import java.util.Optional;
import org.dyad.code.lexicon.ActorEntry;
import org.dyad.code.lexicon.ActorLexicon;
import org.dyad.code.lexicon.Lexicons;
import org.dyad.model.Event.Place;

/** {@link Gazetteer} over Dyad's shipped cities and country centroids. */
public final class LexiconGazetteer implements Gazetteer {
    private final Lexicons lexicons;
    private final ActorLexicon actors;

    public LexiconGazetteer(Lexicons lexicons, ActorLexicon actors) {
        this.lexicons = lexicons;
        this.actors = actors;
    }

    public static LexiconGazetteer shipped() {
        return new LexiconGazetteer(Lexicons.load(), ActorLexicon.load());
    }

    @Override
    public Optional<Place> find(String name) {
        var city = lexicons.placeByName(name);
        if (city.isPresent()) {
            var c = city.get();
            return Optional.of(new Place(c.name(), c.iso3(), c.lat(), c.lon()));
        }
        for (ActorEntry e : actors.lookup(name)) {
            if (e.kind() == ActorEntry.Kind.COUNTRY && e.country() != null) {
                return lexicons.country(e.country()).map(c -> new Place(c.name(), c.iso3(), c.lat(), c.lon()));
            }
        }
        return Optional.empty();
    }
}
