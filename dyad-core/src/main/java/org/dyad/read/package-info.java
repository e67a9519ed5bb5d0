/**
 * Stage 1, read: turns files, folders, stdin, gzip, HTML, RSS/Atom, WARC/ARC and JSONL into
 * {@link org.dyad.model.RawDocument}s, choosing the reader by sniffing content, not only names.
 */
package org.dyad.read;
