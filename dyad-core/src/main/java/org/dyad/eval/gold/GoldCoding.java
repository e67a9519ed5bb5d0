package org.dyad.eval.gold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.clean.SkipException;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.RawDocument;
import org.dyad.model.SentenceSpan;
import org.dyad.model.Span;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.WorkerPool;

/**
 * Codes the articles a gold set points into, each whole (so dates and earlier mentions are there),
 * and hands each gold sentence the events whose trigger lies inside it. Articles are read from the
 * data set at run time; nothing of their text is kept beyond the run.
 */
public final class GoldCoding {

    /**
     * What the pipeline made of one gold sentence.
     *
     * @param text    the sentence as it stands in the article file (for error analysis, never stored)
     * @param events  the coder's events inside the sentence
     * @param problem why the sentence could not be scored as usual (file missing, text changed, not in
     *                the body), or null; its gold events then count as misses
     * @param body    the sentence as it stands in the cleaned body, with the entities inside it at
     *                offsets relative to it; null when the sentence was not found (for coders that
     *                read the sentence again, e.g. the learned coder)
     */
    public record Result(GoldSentence gold, String text, List<Event> events, String problem, BodySentence body) {
        public Result {
            events = List.copyOf(events);
        }
    }

    /** A gold sentence's text in the pipeline's body and its entities, offsets relative to the sentence. */
    public record BodySentence(String text, List<Entity> entities) {
        public BodySentence {
            entities = List.copyOf(entities);
        }
    }

    private final Pipeline pipeline;
    private final Path dataRoot;
    private final String published;

    /**
     * @param published the publication date given to every article (ISO), or null for none: the BBC
     *                  files carry no date, and who holds which office depends on it
     */
    public GoldCoding(Pipeline pipeline, Path dataRoot, String published) {
        this.pipeline = pipeline;
        this.dataRoot = dataRoot;
        this.published = published;
    }

    /** Results in gold order. {@code progress} runs once per article. */
    public List<Result> codeAll(List<GoldSentence> gold, int threads, Runnable progress) {
        Map<String, List<GoldSentence>> byArticle = new LinkedHashMap<>();
        gold.forEach(s -> byArticle.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s));
        List<Callable<List<Result>>> tasks = byArticle.entrySet().stream().<Callable<List<Result>>>map(e -> () -> {
            List<Result> r = codeArticle(e.getKey(), e.getValue());
            progress.run();
            return r;
        }).toList();
        Map<String, Result> byId = new LinkedHashMap<>();
        try (WorkerPool pool = new WorkerPool(threads, "dyad-eval-gold")) {
            pool.runAll(tasks).forEach(list -> list.forEach(r -> byId.put(r.gold().id(), r)));
        }
        return gold.stream().map(s -> byId.get(s.id())).toList();
    }

    /** Codes one article and splits its events over the gold sentences drawn from it. */
    public List<Result> codeArticle(String path, List<GoldSentence> sentences) {
        String raw;
        try {
            raw = Files.readString(dataRoot.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failAll(sentences, "cannot read " + path + ": " + e.getMessage());
        }
        Document doc;
        try {
            doc = pipeline.process(RawDocument.text("gold:" + path, raw).withPublished(published));
        } catch (SkipException e) {
            return failAll(sentences, "skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            return failAll(sentences, "failed: " + e);
        }
        int titleLength = raw.indexOf('\n') + 1;
        List<Result> out = new ArrayList<>();
        for (GoldSentence s : sentences) {
            out.add(place(s, raw, titleLength, doc));
        }
        return out;
    }

    private static Result place(GoldSentence s, String raw, int titleLength, Document doc) {
        if (s.end() > raw.length()) {
            return new Result(s, null, List.of(), "offsets past the end of " + s.path(), null);
        }
        String text = raw.substring(s.start(), s.end());
        if (!SentenceLocator.hash(text).equals(s.sha1())) {
            return new Result(s, text, List.of(), "text changed: hash " + SentenceLocator.hash(text) + " != " + s.sha1(),
                    null);
        }
        Span span = SentenceLocator.locate(text, doc.body(), Math.max(0, s.start() - titleLength));
        if (span == null) {
            return new Result(s, text, List.of(), "not found in the cleaned body", null);
        }
        List<Event> inside = doc.events().stream().filter(e -> within(e, span, doc.sentences())).toList();
        List<Entity> entities = doc.entities().stream()
                .filter(e -> e.start() >= span.start() && e.end() <= span.end())
                .map(e -> new Entity(e.text(), e.type(), e.start() - span.start(), e.end() - span.start(), e.value(),
                        e.unit(), e.actor()))
                .toList();
        return new Result(s, text, inside, null,
                new BodySentence(doc.body().substring(span.start(), span.end()), entities));
    }

    /** The trigger's first character is in the span; without a trigger, the event's sentence overlaps it. */
    static boolean within(Event e, Span span, List<SentenceSpan> sentences) {
        if (e.trigger() != null) {
            return e.trigger().start() >= span.start() && e.trigger().start() < span.end();
        }
        if (e.sentence() < 0 || e.sentence() >= sentences.size()) {
            return false;
        }
        SentenceSpan s = sentences.get(e.sentence());
        return s.start() < span.end() && span.start() < s.end();
    }

    private static List<Result> failAll(List<GoldSentence> sentences, String why) {
        return sentences.stream().map(s -> new Result(s, null, List.of(), why, null)).toList();
    }
}
