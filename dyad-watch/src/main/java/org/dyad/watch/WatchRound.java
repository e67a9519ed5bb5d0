package org.dyad.watch;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.WorkerPool;
import org.dyad.read.TextDecoder;

/**
 * One round: poll every source (conditionally), list its items, fetch the pages of the new ones
 * (in parallel across hosts, politely per host) and take them in the sources' order, so the store
 * and the summary do not depend on which host answered first. An item is recorded as seen only once
 * it is stored or will never be (skipped); a source's ETag/Last-Modified only once all its new items
 * are, so a failure is retried next round instead of hidden behind a 304.
 */
public final class WatchRound {
    private static final int PROGRESS_EVERY = 25;
    private final PoliteFetcher fetcher;
    private final WatchState state;
    private final Intake intake;
    private final Follow follow;
    private final int fetchThreads;
    private final int pipelineThreads;
    private final Consumer<String> progress;

    /**
     * @param fetchThreads    fetches in flight across hosts (the gate still allows few per host)
     * @param pipelineThreads documents extracted at once; storing stays in order on the round's thread
     */
    public WatchRound(PoliteFetcher fetcher, WatchState state, Intake intake, Follow follow, int fetchThreads,
            int pipelineThreads, Consumer<String> progress) {
        this.fetcher = fetcher;
        this.state = state;
        this.intake = intake;
        this.follow = follow;
        this.fetchThreads = Math.max(1, fetchThreads);
        this.pipelineThreads = Math.max(1, pipelineThreads);
        this.progress = progress;
    }

    /** Counters of one round; only the round's thread touches them. */
    private static final class Tally {
        int notModified;
        int listed;
        int fresh;
        int stored;
        int fromFeed;
        int unchanged;
        int duplicates;
        int events;
        int alerts;
        final Map<String, String> skipped = new LinkedHashMap<>();
        final Map<String, String> failures = new LinkedHashMap<>();
    }

    private record Work(URI source, Item item, Future<Fetched> page) {
    }

    public RoundSummary run(List<URI> sources) {
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Tally t = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(fetchThreads, r -> {
            Thread th = new Thread(r, "dyad-fetch");
            th.setDaemon(true);
            return th;
        });
        try (WorkerPool nlp = new WorkerPool(pipelineThreads, "dyad-watch-nlp")) {
            List<Future<Fetched>> polls = new ArrayList<>();
            for (URI s : sources) {
                polls.add(pool.submit(() -> fetcher.fetch(s, state.validators(s.toString()))));
            }
            Map<URI, List<Work>> work = new LinkedHashMap<>();
            Set<String> queued = new HashSet<>();
            for (int i = 0; i < sources.size(); i++) {
                URI s = sources.get(i);
                List<Work> items = list(s, WorkerPool.await(polls.get(i)), t, queued, pool);
                if (items != null) {
                    work.put(s, items);
                }
            }
            Set<URI> incomplete = takeAll(work, t, nlp);
            for (URI s : work.keySet()) {
                if (!incomplete.contains(s)) {
                    state.saveValidators(s.toString(), WorkerPool.await(polls.get(sources.indexOf(s))).validators());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new RoundSummary(started, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sources.size(),
                t.notModified, t.listed, t.fresh, t.stored, t.fromFeed, t.unchanged, t.duplicates, t.events, t.alerts,
                t.skipped, t.failures);
    }

    /**
     * Takes every new item in the sources' order: extraction runs ahead on the NLP workers (a few per
     * worker at most), storing and recording stay in order on this thread. Returns the sources with an
     * item to retry.
     */
    private Set<URI> takeAll(Map<URI, List<Work>> work, Tally t, WorkerPool nlp) {
        int total = work.values().stream().mapToInt(List::size).sum();
        int done = 0;
        Set<URI> incomplete = new HashSet<>();
        Set<String> roundBodies = new HashSet<>();
        Deque<Ready> pending = new ArrayDeque<>();
        for (List<Work> items : work.values()) {
            for (Work w : items) {
                // what is extracted is stored before waiting on a slow page, so a stall holds nothing back
                boolean pageWait = w.page() != null && !w.page().isDone();
                while (!pending.isEmpty() && (pageWait || pending.peek().extraction().isDone())) {
                    finish(pending.poll(), t, incomplete);
                    done = progress(++done, total, t);
                }
                Ready r = prepare(w, t, roundBodies, nlp);
                if (r == null || r.toRetry()) {
                    if (r != null) {
                        incomplete.add(w.source());
                    }
                    done++;
                    continue;
                }
                pending.add(r);
                while (pending.size() > pipelineThreads * 4) {
                    finish(pending.poll(), t, incomplete);
                    done = progress(++done, total, t);
                }
            }
        }
        while (!pending.isEmpty()) {
            finish(pending.poll(), t, incomplete);
            done = progress(++done, total, t);
        }
        return incomplete;
    }

    private int progress(int done, int total, Tally t) {
        if (done % PROGRESS_EVERY == 0 && done < total) {
            progress.accept(done + "/" + total + " new items taken: " + t.stored + " stored, " + t.events + " events");
        }
        return done;
    }

    /**
     * An item on its way to the store.
     *
     * @param extraction the NLP running, or null for a failure to retry next round (already reported)
     */
    private record Ready(Work work, String bodyHash, boolean feedText, Future<Extracted> extraction) {
        boolean toRetry() {
            return extraction == null;
        }
    }

    /** What the pipeline made of an item: a document, or why not. */
    private record Extracted(Document document, String skipped, String error) {
    }

    /** The new items of one polled source with their page fetches started; null when there is nothing to do. */
    private List<Work> list(URI source, Fetched f, Tally t, Set<String> queued, ExecutorService pool) {
        if (f.status() == Fetched.Status.NOT_MODIFIED) {
            t.notModified++;
            progress.accept(source + ": not modified");
            return null;
        }
        if (!f.ok()) {
            t.failures.put(source.toString(), f.reason());
            progress.accept(source + ": " + f.reason());
            return null;
        }
        SourceItems.Listing listing = SourceItems.of(f, follow);
        if (listing.problem() != null && listing.items().isEmpty()) {
            t.failures.put(source.toString(), listing.problem());
            return null;
        }
        t.listed += listing.items().size();
        List<Work> out = new ArrayList<>();
        for (Item item : listing.items()) {
            if (state.seen(item.key()) || !queued.add(item.key())) {
                continue;
            }
            t.fresh++;
            URI page = item.page() == null ? null : URI.create(item.page());
            out.add(new Work(source, item, page == null ? null : pool.submit(() -> fetcher.fetch(page, Validators.NONE))));
        }
        progress.accept(source + ": " + listing.items().size() + " items, " + out.size() + " new");
        return out;
    }

    /**
     * Decides, in the sources' order, what an item needs: nothing more (a permanent failure or a
     * duplicate body, recorded here: null), a retry next round, or extraction, started on the NLP workers.
     */
    private Ready prepare(Work w, Tally t, Set<String> roundBodies, WorkerPool nlp) {
        Item item = w.item();
        RawDocument raw = item.feedText();
        String bodyHash = raw == null ? null : SourceItems.hash(raw.content());
        boolean feedText = true;
        if (w.page() != null) {
            Fetched page = WorkerPool.await(w.page());
            if (page.ok()) {
                bodyHash = SourceItems.hash(page.body());
                raw = pageDocument(page, item.feedText());
                feedText = false;
            } else if (page.retryable() || raw == null) {
                t.failures.put(item.key(), page.reason());
                if (!page.retryable()) {
                    state.markSeen(item.key(), null);
                    return null;
                }
                return new Ready(w, null, false, null);
            }
        }
        if (bodyHash != null && (state.bodySeen(bodyHash) || !roundBodies.add(bodyHash))) {
            t.duplicates++;
            state.markSeen(item.key(), bodyHash);
            return null;
        }
        RawDocument doc = raw;
        return new Ready(w, bodyHash, feedText, nlp.submit(() -> extract(doc)));
    }

    private Extracted extract(RawDocument raw) {
        try {
            return new Extracted(intake.extract(raw), null, null);
        } catch (SkipException e) {
            return new Extracted(null, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted(null, null, "internal error: " + e);
        }
    }

    /** Stores an extracted item and records it as seen; an error leaves its source to be retried. */
    private void finish(Ready r, Tally t, Set<URI> incomplete) {
        String key = r.work().item().key();
        Extracted x = WorkerPool.await(r.extraction());
        if (x.error() != null) {
            t.failures.put(key, x.error());
            incomplete.add(r.work().source());
            return;
        }
        if (x.skipped() != null) {
            t.skipped.put(key, x.skipped());
        } else {
            try {
                Intake.Taken taken = intake.store(x.document());
                if (taken.added()) {
                    t.stored++;
                    t.fromFeed += r.feedText() ? 1 : 0;
                    t.events += (int) taken.document().events().stream().filter(e -> e.cameo() != null).count();
                    t.alerts += taken.alerts();
                } else {
                    t.unchanged++;
                }
            } catch (RuntimeException e) {
                t.failures.put(key, "not stored: " + e.getMessage());
                incomplete.add(r.work().source());
                return;
            }
        }
        state.markSeen(key, r.bodyHash());
    }

    /** The fetched page as a document, with the feed item's title, date and publisher as hints. */
    private static RawDocument pageDocument(Fetched page, RawDocument hints) {
        String text = TextDecoder.decode(page.body(), TextDecoder.declaredCharset(page.body()));
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        RawDocument.Format format = type.startsWith("text/plain") ? RawDocument.Format.TEXT : RawDocument.Format.HTML;
        String url = page.finalUrl().toString();
        return hints == null ? new RawDocument(url, format, text, null, url, null, null, null, null)
                : new RawDocument(url, format, text, null, url, hints.title(), hints.published(), hints.publisher(),
                        hints.language());
    }
}
