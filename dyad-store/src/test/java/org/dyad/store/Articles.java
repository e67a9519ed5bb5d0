package org.dyad.store;

import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.store.bench.ArticleBuilder;
import org.dyad.store.bench.ArticleBuilder.Code;

/**
 * Hand-coded articles, written for these tests, as the pipeline would code them: three outlets report
 * the October 2021 Russia–Iran arms contract; other articles report unrelated events.
 */
public final class Articles {
    static final Code SIGN = new Code("057", 8.0, 1, "AGREE", "sign");
    static final Code VISIT = new Code("042", 1.9, 1, "CONSULT", "visit");
    static final Code NEGOTIATE = new Code("046", 7.0, 1, "CONSULT", "negotiate");
    static final Code SANCTION = new Code("163", -8.0, 4, "SANCTION", "embargo");
    static final Code MILITARY_AID = new Code("062", 7.4, 2, "COOPERATE", "military");
    static final Event.Place MOSCOW = new Event.Place("Moscow", "RUS", 55.7558, 37.6173);

    private Articles() {
    }

    /** Tehran-based outlet: Iran signed with Russia on 18 October (a day from the text), reported speech. */
    public static Document tehranDaily() {
        ArticleBuilder b = new ArticleBuilder("Iran and Russia sign arms contract on embargo anniversary",
                "Tehran Daily", "2021-10-20", "https://tehran-daily.example/2021/10/20/arms").dateline("Tehran");
        b.sentence("Iran signed an arms contract with Russia on October 18, a year after the UN arms embargo "
                + "on the country ended, the chief of staff of the armed forces said on Wednesday.");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        b.event("signed", iran, russia, SIGN, "2021-10-18", "day", "text", null, "reported",
                new Event.Attribution("the chief of staff of the armed forces", "IRNMIL"));
        b.sentence("The contract covers helicopters and training aircraft, according to officials.", true);
        return b.build();
    }

    /** Moscow think-tank: the same signing seen from Moscow (Russia first, month only, hedged), a visit and talks. */
    public static Document moscowInstitute() {
        ArticleBuilder b = new ArticleBuilder("Russia starts military cooperation with Iran", "Moscow Strategy Review",
                "2021-10-26", "https://moscow-review.example/russia-iran").dateline("Moscow");
        b.sentence("Russia appears to have signed an arms deal with Iran this month, although its details "
                + "have not been disclosed.");
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event("signed", russia, iran, SIGN, "2021-10", "month", "text", null, "hedged", null);
        b.sentence("General Bagheri arrived in Moscow for a four-day visit.", true);
        Actor bagheri = b.actor("General Bagheri", "IRNMIL", "IRN", "MIL", "PERSON");
        Actor moscow = b.actor("Moscow", "RUS", "RUS", null, "CITY");
        b.event("arrived", bagheri, moscow, VISIT, "2021-10-26", "day", "published", MOSCOW, "asserted", null);
        b.sentence("He held negotiations with Defence Minister Sergei Shoigu.");
        Actor he = b.actor("He", "IRNMIL", "IRN", "MIL", "PERSON");
        Actor shoigu = b.actor("Sergei Shoigu", "RUSMIL", "RUS", "MIL", "PERSON");
        b.event("negotiations", he, shoigu, NEGOTIATE, "2021-10-26", "day", "published", MOSCOW, "asserted", null);
        return b.build();
    }

    /** A news agency: the defence ministry confirms the contract (asserted, exact day) and intends deliveries. */
    public static Document agency() {
        ArticleBuilder b = new ArticleBuilder("Moscow confirms arms contract with Tehran", "Northern Wire",
                "2021-10-19", "https://northern-wire.example/a/88231").dateline("Moscow");
        b.sentence("Russia's defence ministry confirmed on Tuesday that it signed a contract with Iran on "
                + "Monday, October 18.");
        Actor ministry = b.actor("Russia's defence ministry", "RUSMIL", "RUS", "MIL", "ORGANIZATION");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event("signed", ministry, iran, SIGN, "2021-10-18", "day", "text", null, "asserted", null);
        b.sentence("Russia will deliver Su-35 fighter jets to Iran next year.");
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        Actor iran2 = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event("deliver", russia, iran2, MILITARY_AID, "2022", "year", "text", null, "intended", null);
        return b.build();
    }

    /** Unrelated: a US sanctions move against Iran eleven days later (other dyad, other root). */
    public static Document sanctions() {
        ArticleBuilder b = new ArticleBuilder("US imposes new sanctions on Iranian drone makers", "Capitol Ledger",
                "2021-10-29", "https://capitol-ledger.example/sanctions").dateline("Washington");
        b.sentence("The United States imposed sanctions on Iran's drone programme on October 29.");
        Actor us = b.actor("The United States", "USA", "USA", null, "COUNTRY");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        b.event("imposed sanctions", us, iran, SANCTION, "2021-10-29", "day", "text", null, "asserted", null);
        return b.build();
    }

    /** Unrelated: the same dyad and root, 17 months later (a different agreement). */
    public static Document laterAgreement() {
        ArticleBuilder b = new ArticleBuilder("Iran, Russia sign banking memorandum", "Tehran Daily", "2023-03-11",
                "https://tehran-daily.example/2023/03/11/banking").dateline("Tehran");
        b.sentence("Iran and Russia signed a memorandum on linking their banking systems on March 10.");
        Actor iran = b.actor("Iran", "IRN", "IRN", null, "COUNTRY");
        Actor russia = b.actor("Russia", "RUS", "RUS", null, "COUNTRY");
        b.event("signed", iran, russia, SIGN, "2023-03-10", "day", "text", null, "asserted", null);
        return b.build();
    }

    /** Hostile metadata: script in the title and the sentence, quotes in the publisher. */
    public static Document hostile() {
        ArticleBuilder b = new ArticleBuilder("<script>alert(1)</script>", "Evil \"Press\" <b>", "2021-11-01",
                "javascript:alert(2)");
        b.sentence("<img src=x onerror=alert(3)> Turkey signed a deal with Qatar & friends.");
        Actor turkey = b.actor("Turkey", "TUR", "TUR", null, "COUNTRY");
        Actor qatar = b.actor("Qatar", "QAT", "QAT", null, "COUNTRY");
        b.event("signed", turkey, qatar, SIGN, "2021-11-01", "day", "published", null, "asserted", null);
        return b.build();
    }
}
