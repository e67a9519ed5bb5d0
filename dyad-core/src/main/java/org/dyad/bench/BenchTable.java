package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's report: one row per configuration and thread count, then the ratios. */
public final class BenchTable {
    public static final List<String> COLUMNS = List.of("config", "threads", "docs", "sentences", "seconds",
            "cpu s", "docs/s", "sentences/s", "sent/cpu-s", "events/s", "parsed%", "peak heap MB", "live heap MB", "RSS MB");
    private static final String ROW = "%-9s %7s %6s %9s %8s %8s %8s %11s %10s %9s %8s %12s %12s %7s%n";
    private static final double MB = 1024.0 * 1024.0;

    private final List<Measurement> rows = new ArrayList<>();

    public void add(Measurement m) {
        rows.add(m);
    }

    public List<Measurement> rows() {
        return List.copyOf(rows);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, ROW, COLUMNS.toArray()));
        for (Measurement m : rows) {
            sb.append(String.format(Locale.ROOT, ROW, m.config(), m.threads(), docs(m), m.counts().sentences(),
                    fixed(m.seconds(), 1), fixed(m.cpuNanos() / 1e9, 1), fixed(m.documentsPerSecond(), 2),
                    fixed(m.sentencesPerSecond(), 1), fixed(m.sentencesPerCpuSecond(), 1),
                    m.codesEvents() ? fixed(m.eventsPerSecond(), 1) : "-",
                    m.counts().parsed() > 0 ? fixed(100 * m.parsedShare(), 1) : "-",
                    fixed(m.peakHeapBytes() / MB, 0), fixed(m.liveHeapBytes() / MB, 0), fixed(m.rssBytes() / MB, 0)));
        }
        ratios(sb);
        return sb.toString();
    }

    private static String docs(Measurement m) {
        return m.failed() > 0 ? m.documents() + "+" + m.failed() + "!" : Long.toString(m.documents());
    }

    /** Sentences/s of one configuration over another at the same thread count, where both ran. */
    private void ratios(StringBuilder sb) {
        List<Integer> threadCounts = rows.stream().map(Measurement::threads).distinct().toList();
        String[][] pairs = {{"dyad", "stock"}, {"dyad-full", "stock"}, {"dyad-full", "tokenize"}, {"dyad", "tokenize"}};
        List<String> lines = new ArrayList<>();
        for (String[] pair : pairs) {
            for (int t : threadCounts) {
                Optional<Measurement> a = find(pair[0], t);
                Optional<Measurement> b = find(pair[1], t);
                if (a.isPresent() && b.isPresent() && b.get().sentencesPerSecond() > 0) {
                    lines.add(ratio(pair[0] + "/" + pair[1], t, a.get(), b.get()));
                }
            }
        }
        for (String config : List.of("tokenize", "stock", "dyad", "dyad-full")) {
            scaling(config, threadCounts).ifPresent(lines::add);
        }
        if (!lines.isEmpty()) {
            sb.append("ratios:\n");
            lines.forEach(l -> sb.append(l).append('\n'));
        }
    }

    /** Wall-clock ratio, and the per-CPU-second one, which other jobs on the machine disturb less. */
    private static String ratio(String label, int threads, Measurement a, Measurement b) {
        String cpu = b.sentencesPerCpuSecond() > 0
                ? String.format(Locale.ROOT, ", %.3gx per CPU-second", a.sentencesPerCpuSecond() / b.sentencesPerCpuSecond())
                : "";
        String docs = a.documents() == b.documents() ? ""
                : String.format(Locale.ROOT, " (on %d vs %d documents)", a.documents(), b.documents());
        return String.format(Locale.ROOT, "  %s, %d thread%s: %.3gx sentences/s%s%s", label, threads,
                threads == 1 ? "" : "s", a.sentencesPerSecond() / b.sentencesPerSecond(), cpu, docs);
    }

    private Optional<String> scaling(String config, List<Integer> threadCounts) {
        if (threadCounts.size() < 2) {
            return Optional.empty();
        }
        int lo = threadCounts.stream().min(Integer::compare).orElseThrow();
        int hi = threadCounts.stream().max(Integer::compare).orElseThrow();
        Optional<Measurement> a = find(config, hi);
        Optional<Measurement> b = find(config, lo);
        if (a.isEmpty() || b.isEmpty() || b.get().sentencesPerSecond() == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "  %s, %d/%d threads: %.2fx sentences/s", config, hi, lo,
                a.get().sentencesPerSecond() / b.get().sentencesPerSecond()));
    }

    private Optional<Measurement> find(String config, int threads) {
        return rows.stream().filter(m -> m.config().equals(config) && m.threads() == threads).findFirst();
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
