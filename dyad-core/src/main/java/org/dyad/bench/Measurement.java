package org.dyad.bench;

/**
 * One configuration at one thread count: what it processed and how long the wall clock ran.
 *
 * @param documents     documents processed (failed ones excluded)
 * @param failed        documents the workload threw on (counted, never fatal)
 * @param peakHeapBytes most heap in use at any point of the run, as the collector saw it
 * @param cpuNanos      CPU time the whole process used during the run (all threads, GC included)
 * @param liveHeapBytes most heap still in use after a collection: what the run really retained
 * @param rssBytes      the process's resident set when the run ended
 */
public record Measurement(String config, int threads, long documents, long failed, Counts counts,
        boolean codesEvents, long nanos, long cpuNanos, long peakHeapBytes, long liveHeapBytes, long rssBytes) {

    public double seconds() {
        return nanos / 1e9;
    }

    public double documentsPerSecond() {
        return rate(documents);
    }

    public double sentencesPerSecond() {
        return rate(counts.sentences());
    }

    public double eventsPerSecond() {
        return rate(counts.events());
    }

    /** Sentences per CPU-second: what the work costs, whatever else runs on the machine. */
    public double sentencesPerCpuSecond() {
        return cpuNanos == 0 ? 0 : counts.sentences() / (cpuNanos / 1e9);
    }

    /** Share of sentences that got a dependency parse, 0..1. */
    public double parsedShare() {
        return counts.sentences() == 0 ? 0 : (double) counts.parsed() / counts.sentences();
    }

    private double rate(long n) {
        return nanos == 0 ? 0 : n / seconds();
    }
}
