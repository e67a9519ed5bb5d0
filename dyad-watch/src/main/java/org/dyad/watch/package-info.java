/**
 * Live input: {@code dyad watch} and {@code dyad serve --watch}. One {@link org.dyad.watch.WatchRound}
 * polls the sources ({@link org.dyad.watch.SourceList}) through the {@link org.dyad.watch.PoliteFetcher}
 * (robots.txt, per-host gate, conditional requests, retries, caps), lists their items, fetches the new
 * articles and hands them to the {@link org.dyad.watch.Intake} (pipeline → alerts → store); the
 * {@link org.dyad.watch.WatchState} log remembers what was seen so a restart, even after kill -9,
 * neither loses nor repeats anything. {@link org.dyad.watch.Watcher} runs rounds on a schedule.
 * Depends on dyad-core and dyad-store only; the CLI wires it and the server sees it through an interface.
 */
package org.dyad.watch;
