package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.dyad.model.Actor;

/**
 * One side of a dyad as the store keeps it.
 *
 * @param code   CAMEO actor code (RUSMIL), or null when the event has no such side
 * @param sector first sector code, or null
 * @param text   the words that named the actor
 */
public record ActorRef(String code, String country, String sector, String text) {
    static final ActorRef NONE = new ActorRef(null, null, null, null);

    static ActorRef of(Actor a) {
        return a == null ? NONE : new ActorRef(a.code(), a.country(), a.sector(), a.text());
    }

    static ActorRef read(ResultSet rs, String prefix) throws SQLException {
        return new ActorRef(rs.getString(prefix + "code"), rs.getString(prefix + "country"),
                rs.getString(prefix + "sector"), rs.getString(prefix + "text"));
    }

    /** The key that dyads, series and networks use: country, else the code. */
    public String key() {
        return country != null ? country : code;
    }
}
