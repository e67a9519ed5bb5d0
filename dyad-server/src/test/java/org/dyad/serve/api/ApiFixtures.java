package org.dyad.serve.api;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.store.bench.ArticleBuilder;
import org.dyad.store.bench.ArticleBuilder.Code;

/** Articles for the API tests: two outlets on the Russia–Iran arms contract, and a hostile document. */
final class ApiFixtures {
    static final Code SIGN = new Code("057", 8.0, 1, "AGREE", "sign");

    private ApiFixtures() {
    }

    static List<Document> all() {
        return List.of(report("Tehran Daily", "Iran signed an arms contract with Russia on October 18.", "Iran", "IRN",
                        "Russia", "RUS", "reported"),
                report("Northern Wire", "Russia's defence ministry confirmed it signed a contract with Iran on October 18.",
                        "Russia's defence ministry", "RUSMIL", "Iran", "IRN", "asserted"),
                hostile());
    }

    private static Document report(String publisher, String sentence, String src, String srcCode, String tgt,
            String tgtCode, String certainty) {
        ArticleBuilder b = new ArticleBuilder("Arms contract: " + publisher, publisher, "2021-10-20",
                "https://" + publisher.toLowerCase().replace(' ', '-') + ".example/arms");
        b.sentence(sentence);
        Actor s = b.actor(src, srcCode, srcCode.substring(0, 3), null, "COUNTRY");
        Actor t = b.actor(tgt, tgtCode, tgtCode.substring(0, 3), null, "COUNTRY");
        b.event("signed", s, t, SIGN, "2021-10-18", "day", "text",
                new Event.Place("Moscow", "RUS", 55.7558, 37.6173), certainty, null);
        return b.build();
    }

    static Document hostile() {
        ArticleBuilder b = new ArticleBuilder("<script>alert(1)</script>", "Evil \"Press\" <b>", "2021-11-01",
                "javascript:alert(2)");
        b.sentence("<img src=x onerror=alert(3)> Turkey signed a deal with Qatar & friends.");
        Actor turkey = b.actor("Turkey", "TUR", "TUR", null, "COUNTRY");
        Actor qatar = b.actor("Qatar", "QAT", "QAT", null, "COUNTRY");
        b.event("signed", turkey, qatar, SIGN, "2021-11-01", "day", "published", null, "asserted", null);
        return b.build();
    }
}
