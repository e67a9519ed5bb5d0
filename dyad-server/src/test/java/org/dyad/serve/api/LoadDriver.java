package org.dyad.serve.api;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dyad.serve.DyadServer;
import org.dyad.serve.ServerOptions;
import org.dyad.store.EventStore;

/**
 * Load benchmark (not a unit test): serves a store on loopback and drives {@code /api/events} and
 * {@code /api/dyads/series} with varied parameters from several client threads, printing
 * requests/s, p50/p99 latency and errors for each.
 *
 * <p>{@code java -cp <test classpath> org.dyad.serve.api.LoadDriver STORE_DIR [SECONDS=20] [CLIENTS=8]
 * [THREADS_PER_QUERY=1]};
 * fill STORE_DIR first with {@code org.dyad.store.bench.SyntheticEvents STORE_DIR 100000}.
 */
public final class LoadDriver {
    private static final String[] COUNTRIES = {"RUS", "IRN", "USA", "CHN", "TUR", "SYR", "ISR", "SAU", "IND", "PAK",
        "FRA", "DEU", "GBR", "UKR", "BLR", "EGY", "IRQ", "QAT"};
    private static final String[] SORTS = {"-date", "date", "-goldstein", "mentions", "-confidence"};

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        ServerOptions opts = ServerOptions.defaults();
        if (args.length > 3) {
            opts = opts.withThreadsPerQuery(Integer.parseInt(args[3]));
        }
        try (EventStore store = EventStore.open(dir)) {
            System.out.println("store: " + store.stats());
            Javalin app = DyadServer.create(store, opts).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            try {
                run("/api/events", base, seconds, clients, LoadDriver::eventsQuery);
                run("/api/dyads/series", base, seconds, clients, LoadDriver::seriesQuery);
            } finally {
                app.stop();
            }
        }
    }

    static String eventsQuery(Random r) {
        String q = "/api/events?size=50&page=" + (1 + r.nextInt(5)) + "&sort=" + SORTS[r.nextInt(SORTS.length)];
        return switch (r.nextInt(4)) {
            case 0 -> q + "&actor=" + pick(r);
            case 1 -> q + "&source=" + pick(r) + "&target=" + pick(r);
            case 2 -> q + "&root=" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(20)) + "&from=2020-01-01&to=2021-12-31";
            default -> q + "&country=" + pick(r) + "&certainty=asserted";
        };
    }

    static String seriesQuery(Random r) {
        return "/api/dyads/series?a=" + pick(r) + "&b=" + pick(r) + "&interval=" + (r.nextBoolean() ? "month" : "day");
    }

    private static String pick(Random r) {
        return COUNTRIES[r.nextInt(COUNTRIES.length)];
    }

    private static void run(String name, String base, int seconds, int clients, Function<Random, String> next)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long cpu0 = processCpuNanos();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(c);
            results.add(pool.submit(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + next.apply(r))).build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200) {
                            errors++;
                        }
                    } catch (java.io.IOException e) {
                        errors++;
                    }
                    lat[n++] = System.nanoTime() - t;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : results) {
            long[] v = f.get();
            for (int i = 0; i < v.length - 1; i++) {
                all.add(v[i]);
            }
            errors += v[v.length - 1];
        }
        pool.shutdown();
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        all.sort(null);
        System.out.printf(Locale.ROOT, "%-18s %d clients, %d s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, "
                + "errors %d, %.1f ms CPU per request (server and client, this process)%n", name, clients, seconds,
                all.size(), all.size() / (double) seconds, pct(all, 0.50), pct(all, 0.99), errors, cpuMs / all.size());
    }

    /**
     * CPU time of this JVM (DuckDB's native threads included). On a shared machine, requests/s depend on
     * what else runs; CPU per request mostly does not, so it is the figure to compare builds by.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
