/**
 * Stage 1, read: turns files, folders, stdin, gzip, HTML, RSS/Atom, WARC/ARC and JSONL into
 * {@link org.dyad.model.RawDocument}s, choosing the reader by sniffing content, not only names.
 *
 * <p>{@link org.dyad.read.SourceReader} is the entry point. Each input is opened, decompressed when
 * its first bytes are gzip's magic, sniffed by {@link org.dyad.read.FormatSniffer} and handed to one
 * {@link org.dyad.read.FormatReader}. Origins say where a document came from: {@code path} for a
 * page or text, {@code path#itemN} for a feed item, {@code path#lineN} for a JSONL line and
 * {@code path@offset} for a WARC record. Every document found reaches the {@link org.dyad.read.ReadSink}
 * as {@code document} or {@code skipped} (with a reason); an input that breaks part-way is reported
 * {@code failed} after the documents read before the break. Memory stays bounded by
 * {@link org.dyad.read.ReadOptions#maxDocumentBytes()}.
 */
package org.dyad.read;
