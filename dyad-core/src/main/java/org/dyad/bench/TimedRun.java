package org.dyad.bench;

import java.util.function.Supplier;

/**
 * What a measured run returned, how long it took by the wall clock and in CPU time of the whole
 * process, and the memory it used. The heap watch is reset just before the run, so its peaks
 * belong to this run alone (and not to the warm-up).
 */
record TimedRun<T>(T result, long nanos, long cpuNanos, long peakHeapBytes, long liveHeapBytes, long rssBytes) {

    static <T> TimedRun<T> time(HeapWatch heap, Supplier<T> run) {
        heap.reset();
        long cpuStart = ProcessStats.cpuNanos();
        long start = System.nanoTime();
        T result = run.get();
        long nanos = System.nanoTime() - start;
        long cpu = ProcessStats.cpuNanos() - cpuStart;
        return new TimedRun<>(result, nanos, cpu, heap.peakUsed(), heap.peakLive(), ProcessStats.rss().orElse(0));
    }

    Measurement measurement(String config, int threads, long documents, long failed, Counts counts,
                            boolean codesEvents) {
        return new Measurement(config, threads, documents, failed, counts, codesEvents, nanos, cpuNanos,
                peakHeapBytes, liveHeapBytes, rssBytes);
    }
}
