package org.dyad.bench;

/**
 * What one document yielded under a workload.
 *
 * @param parsed sentences that got a dependency parse
 * @param events coded events, or 0 where the workload codes none
 */
public record Counts(long sentences, long parsed, long events) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(sentences + o.sentences, parsed + o.parsed, events + o.events);
    }
}
