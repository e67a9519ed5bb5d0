package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run did: documents read, extracted, skipped (by reason), inputs that failed, and
 * sentence and event counts. read = extracted + skipped always holds, so nothing is lost silently.
 */
public final class RunReport {
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong extracted = new AtomicLong();
    private final AtomicLong sentences = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final List<String> skipExamples = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> coderWarnings = new ArrayList<>();
    private long skipped;
    private long partlyCoded;

    void read() {
        read.incrementAndGet();
    }

    void extracted(int sentenceCount, int eventCount) {
        extracted.incrementAndGet();
        sentences.addAndGet(sentenceCount);
        events.addAndGet(eventCount);
    }

    /** A document kept, but with parts the coder could not code (its warnings say which). */
    synchronized void partlyCoded(String origin, List<String> warnings) {
        partlyCoded++;
        if (coderWarnings.size() < 50) {
            warnings.forEach(w -> coderWarnings.add(origin + ": " + w));
        }
    }

    synchronized void skipped(String origin, String reason) {
        skipped++;
        skippedByReason.merge(category(reason), 1L, Long::sum);
        if (skipExamples.size() < 50) {
            skipExamples.add(origin + ": " + reason);
        }
    }

    synchronized void failed(String input, String reason) {
        failures.add(input + ": " + reason);
    }

    /** "language: de" and "language: fr" count as one reason, "language". */
    public static String category(String reason) {
        int colon = reason.indexOf(':');
        String head = colon > 0 ? reason.substring(0, colon) : reason;
        return head.replaceAll("\\(.*", "").strip();
    }

    public long readCount() {
        return read.get();
    }

    public long extractedCount() {
        return extracted.get();
    }

    public synchronized long skippedCount() {
        return skipped;
    }

    public long sentenceCount() {
        return sentences.get();
    }

    public long eventCount() {
        return events.get();
    }

    public synchronized Map<String, Long> skippedByReason() {
        return new TreeMap<>(skippedByReason);
    }

    public synchronized List<String> skipExamples() {
        return List.copyOf(skipExamples);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    /** Documents extracted with a sentence, pass or event left out by a coder failure. */
    public synchronized long partlyCodedCount() {
        return partlyCoded;
    }

    public synchronized List<String> coderWarnings() {
        return List.copyOf(coderWarnings);
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %d, extracted %d, skipped %d; %d sentences, %d events%n",
                readCount(), extractedCount(), skippedCount(), sentenceCount(), eventCount()));
        skippedByReason().forEach((r, n) -> sb.append(String.format("  skipped %d: %s%n", n, r)));
        for (String s : skipExamples().subList(0, Math.min(10, skipExamples().size()))) {
            sb.append("    e.g. ").append(s).append('\n');
        }
        if (partlyCodedCount() > 0) {
            sb.append(String.format("  partly coded %d (coder errors, kept as document warnings)%n", partlyCodedCount()));
            coderWarnings().stream().limit(10).forEach(w -> sb.append("    e.g. ").append(w).append('\n'));
        }
        for (String f : failures()) {
            sb.append("  failed input ").append(f).append('\n');
        }
        return sb.toString();
    }
}
