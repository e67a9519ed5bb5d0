package org.dyad.store.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.store.EventStore;
import org.dyad.store.IngestSummary;
import org.dyad.store.bench.ArticleBuilder.Code;

/**
 * Generates realistic-looking coded news documents by varying real event shapes (countries, capitals,
 * CAMEO codes with their Goldstein scores, certainty, date precision). Stories are drawn from a pool
 * smaller than the number of reports, so several outlets report the same story and grouping has work
 * to do. Deterministic for a given seed.
 *
 * <p>{@code java … SyntheticEvents DIR [EVENTS]} fills a store until it holds at least EVENTS (default
 * 100,000) grouped events.
 */
public final class SyntheticEvents {
    private record Country(String code, String name, String capital, double lat, double lon) {
    }

    private record Verb(Code code, String sentence) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("RUS", "Russia", "Moscow", 55.756, 37.617), new Country("IRN", "Iran", "Tehran", 35.689, 51.389),
            new Country("USA", "The United States", "Washington", 38.907, -77.037),
            new Country("CHN", "China", "Beijing", 39.904, 116.407), new Country("TUR", "Turkey", "Ankara", 39.933, 32.859),
            new Country("SYR", "Syria", "Damascus", 33.513, 36.292), new Country("ISR", "Israel", "Jerusalem", 31.769, 35.216),
            new Country("SAU", "Saudi Arabia", "Riyadh", 24.713, 46.675), new Country("IND", "India", "New Delhi", 28.614, 77.209),
            new Country("PAK", "Pakistan", "Islamabad", 33.684, 73.048), new Country("FRA", "France", "Paris", 48.857, 2.352),
            new Country("DEU", "Germany", "Berlin", 52.520, 13.405), new Country("GBR", "Britain", "London", 51.507, -0.128),
            new Country("UKR", "Ukraine", "Kyiv", 50.450, 30.523), new Country("BLR", "Belarus", "Minsk", 53.904, 27.561),
            new Country("EGY", "Egypt", "Cairo", 30.044, 31.236), new Country("IRQ", "Iraq", "Baghdad", 33.315, 44.366),
            new Country("QAT", "Qatar", "Doha", 25.285, 51.531), new Country("JPN", "Japan", "Tokyo", 35.676, 139.650),
            new Country("PRK", "North Korea", "Pyongyang", 39.039, 125.762), new Country("KOR", "South Korea", "Seoul", 37.566, 126.978),
            new Country("VEN", "Venezuela", "Caracas", 10.480, -66.903), new Country("BRA", "Brazil", "Brasilia", -15.794, -47.882),
            new Country("ZAF", "South Africa", "Pretoria", -25.747, 28.229));

    private static final List<Verb> VERBS = List.of(
            new Verb(new Code("057", 8.0, 1, "AGREE", "sign"), "%s signed an arms contract with %s on %s."),
            new Verb(new Code("042", 1.9, 1, "CONSULT", "visit"), "%s sent a delegation that visited %s on %s."),
            new Verb(new Code("046", 7.0, 1, "CONSULT", "negotiate"), "%s held talks with %s on %s."),
            new Verb(new Code("036", 4.0, 1, "CONSULT", "meet"), "%s expressed intent to meet %s on %s."),
            new Verb(new Code("061", 6.4, 2, "COOPERATE", "economic"), "%s agreed economic cooperation with %s on %s."),
            new Verb(new Code("062", 7.4, 2, "COOPERATE", "military"), "%s began military cooperation with %s on %s."),
            new Verb(new Code("070", 7.0, 2, "AID", "provide"), "%s delivered humanitarian aid to %s on %s."),
            new Verb(new Code("111", -2.0, 3, "DISAPPROVE", "criticize"), "%s criticized %s on %s."),
            new Verb(new Code("130", -4.4, 3, "THREATEN", "threaten"), "%s threatened %s on %s."),
            new Verb(new Code("163", -8.0, 4, "SANCTION", "embargo"), "%s imposed sanctions on %s on %s."),
            new Verb(new Code("172", -5.0, 4, "SANCTION", "administrative"), "%s expelled diplomats of %s on %s."),
            new Verb(new Code("190", -10.0, 4, "FIGHT", "conventional"), "%s shelled positions held by %s on %s."),
            new Verb(new Code("195", -10.0, 4, "FIGHT", "aerial"), "%s carried out air strikes against %s on %s."));

    private static final List<String> PUBLISHERS = List.of("Northern Wire", "Tehran Daily", "Capitol Ledger",
            "Moscow Strategy Review", "Gulf Observer", "Asia Pacific Desk", "Euro Monitor", "Levant Times",
            "Continental Herald", "Atlantic Dispatch", "Delta News Agency", "Meridian Post");
    private static final List<String> CERTAINTY = List.of("asserted", "asserted", "asserted", "reported", "reported",
            "hedged", "intended", "hypothetical", "negated");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = 7 * 365;

    private SyntheticEvents() {
    }

    /** {@code n} documents with about 2.5 reports each, of stories from a pool of 2n (so ~1.4n grouped events). */
    public static Iterable<Document> documents(int n, long seed) {
        return () -> new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Document next() {
                return document(i++, Math.max(1, 2 * n), seed);
            }
        };
    }

    /** Document {@code i}: reports of 1–4 stories drawn from a pool of {@code stories}. */
    static Document document(int i, int stories, long seed) {
        Random r = new Random(seed * 1_000_003L + i);
        String publisher = PUBLISHERS.get(r.nextInt(PUBLISHERS.size()));
        int count = 1 + r.nextInt(4);
        long firstStory = Math.floorMod(r.nextLong(), stories);
        Story lead = story(firstStory, seed);
        LocalDate published = lead.day.plusDays(r.nextInt(3));
        ArticleBuilder b = new ArticleBuilder(lead.verb.code.ploverEvent().charAt(0)
                + lead.verb.code.ploverEvent().substring(1).toLowerCase(Locale.ROOT) + ": " + lead.a.name + " and "
                + lead.b.name, publisher, published.toString(), "https://news.example/" + seed + "/" + i)
                .dateline(lead.a.capital);
        for (int k = 0; k < count; k++) {
            Story s = k == 0 ? lead : story(Math.floorMod(firstStory + 1 + r.nextInt(stories), stories), seed);
            addReport(b, s, r);
        }
        b.sentence("Reporting by " + publisher + " staff in " + lead.a.capital + "; item " + i + ".", true);
        return b.build();
    }

    private record Story(Country a, Country b, Verb verb, LocalDate day) {
    }

    private static Story story(long id, long seed) {
        Random r = new Random(seed ^ (id * 0x9E3779B97F4A7C15L));
        Country a = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
        Country b = COUNTRIES.get(r.nextInt(COUNTRIES.size()));
        if (a == b) {
            b = COUNTRIES.get((COUNTRIES.indexOf(a) + 1) % COUNTRIES.size());
        }
        return new Story(a, b, VERBS.get(r.nextInt(VERBS.size())), FIRST_DAY.plusDays(r.nextInt(DAYS)));
    }

    private static void addReport(ArticleBuilder b, Story s, Random r) {
        int precision = r.nextInt(10);
        String spoken = precision < 7 ? s.day.format(SPOKEN)
                : s.day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + s.day.getYear();
        String text = String.format(Locale.ROOT, s.verb.sentence, s.a.name, s.b.name.equals("The United States")
                ? "the United States" : s.b.name, spoken);
        b.sentence(text, r.nextBoolean());
        Actor src = b.actor(s.a.name, s.a.code + (r.nextInt(3) == 0 ? "GOV" : ""), s.a.code, null, "COUNTRY");
        String targetWords = s.b.name.equals("The United States") ? "the United States" : s.b.name;
        Actor tgt = b.actor(targetWords, s.b.code, s.b.code, null, "COUNTRY");
        Event.Place place = r.nextBoolean() ? null : new Event.Place(s.b.capital, s.b.code, s.b.lat, s.b.lon);
        String trigger = text.substring(s.a.name.length() + 1).split(" ")[0];
        b.event(trigger, src, tgt, s.verb.code, precision < 7 ? s.day.toString() : s.day.toString().substring(0, 7),
                precision < 7 ? "day" : "month", "text", place, CERTAINTY.get(r.nextInt(CERTAINTY.size())), null);
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SyntheticEvents DIR [EVENTS]");
            System.exit(2);
        }
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long t0 = System.nanoTime();
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            long seed = 42;
            while (store.stats().events() < target) {
                long missing = target - store.stats().events();
                int docs = (int) Math.max(1000, Math.ceil(missing / 1.35));
                IngestSummary s = store.ingestAll(documents(docs, seed++));
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%s after %.1f s; %s%n", s, secs, store.stats());
            }
        }
    }
}
