/**
 * Throughput benchmark of the annotation and coding stages against CoreNLP's stock pipeline: the
 * corpus is read once into memory ({@link org.dyad.bench.BenchCorpus}), then each
 * {@link org.dyad.bench.Workload} runs over the same documents, in the same order, on a pool of
 * threads ({@link org.dyad.bench.ThroughputMeter}), and the figures go into a table
 * ({@link org.dyad.bench.BenchTable}). Wall-clock only; no figure is asserted anywhere.
 */
package org.dyad.bench;
