package org.dyad.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.annotate.CoreNlpAnnotator;
import org.dyad.annotate.SentenceFilter;
import org.dyad.clean.DefaultArticleCleaner;
import org.dyad.code.DyadEventCoder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.CleanArticle;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.pipeline.PipelineBuilder;

/**
 * Measures what a choice of sentences for the parser and for SUTime costs in output. Step one
 * ({@code annotate OUT.json FILE...}) annotates a corpus with both run on every sentence and keeps
 * the result; step two ({@link #compare}) replays the coder on it with only the sentences a
 * filter picks left parsed and timed, and counts the events and time values lost against the
 * filter in use. Development tool: run with the CLI's class path.
 */
public final class SelectionStudy {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SelectionStudy() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("annotate")) {
            BenchCorpus corpus = BenchCorpus.load(List.of(args).subList(2, args.length), 150,
                    new DefaultArticleCleaner());
            CoreNlpAnnotator all = new CoreNlpAnnotator(SentenceFilter.ALL);
            List<AnnotatedArticle> out = new ArrayList<>();
            for (CleanArticle a : corpus.articles()) {
                out.add(all.annotate(a, SentenceFilter.ALL));
            }
            JSON.writeValue(new File(args[1]), out);
        }
    }

    public static List<AnnotatedArticle> read(String file) throws IOException {
        return JSON.readValue(new File(file), new TypeReference<List<AnnotatedArticle>>() { });
    }

    /** The articles as the annotator gives them when only the chosen sentences get parsed and timed. */
    public static List<AnnotatedArticle> restrict(List<AnnotatedArticle> corpus, SentenceFilter parse,
            SentenceFilter time) {
        List<AnnotatedArticle> out = new ArrayList<>();
        for (AnnotatedArticle a : corpus) {
            List<AnnotatedSentence> sentences = new ArrayList<>();
            List<Entity> entities = new ArrayList<>();
            for (AnnotatedSentence s : a.sentences()) {
                boolean p = parse.test(s.tokens());
                sentences.add(p ? s : new AnnotatedSentence(s.index(), s.start(), s.end(),
                        s.tokens().stream().map(t -> t.withDependency(-1, null)).toList(), false));
                boolean timed = time.test(s.tokens());
                for (Entity e : a.entities()) {
                    if (e.start() >= s.start() && e.start() < s.end() && (timed || !TIME_TYPES.contains(e.type()))) {
                        entities.add(e);
                    }
                }
            }
            out.add(new AnnotatedArticle(a.article(), sentences, entities));
        }
        return out;
    }

    /** Event keys: sentence, trigger, code, parties, date; one string per event. */
    public static List<String> events(List<AnnotatedArticle> corpus) {
        DyadEventCoder coder = new PipelineBuilder().coder();
        List<String> keys = new ArrayList<>();
        int doc = 0;
        for (AnnotatedArticle a : corpus) {
            for (Event e : coder.code(a)) {
                keys.add(doc + "/" + e.sentence() + " " + e.trigger().text() + " " + e.cameo() + " "
                        + (e.source() == null ? "-" : e.source().code()) + ">"
                        + (e.target() == null ? "-" : e.target().code()) + " " + e.date() + " " + e.certainty());
            }
            doc++;
        }
        return keys;
    }

    /** Time entities with a value, by type. */
    public static Map<String, Integer> timeValues(List<AnnotatedArticle> corpus) {
        Map<String, Integer> out = new TreeMap<>();
        for (AnnotatedArticle a : corpus) {
            for (Entity e : a.entities()) {
                if (TIME_TYPES.contains(e.type()) && e.value() != null) {
                    out.merge(e.type(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    public static double share(List<AnnotatedArticle> corpus, SentenceFilter f) {
        long n = 0;
        long pass = 0;
        for (AnnotatedArticle a : corpus) {
            for (AnnotatedSentence s : a.sentences()) {
                n++;
                pass += f.test(s.tokens()) ? 1 : 0;
            }
        }
        return (double) pass / n;
    }

    /** Prints each variant's share of sentences, events and time values against the reference. */
    public static void compare(List<AnnotatedArticle> corpus, Map<String, SentenceFilter[]> variants) {
        List<String> reference = null;
        for (var v : variants.entrySet()) {
            List<AnnotatedArticle> r = restrict(corpus, v.getValue()[0], v.getValue()[1]);
            List<String> ev = events(r);
            System.out.printf("%-24s parsed %.3f timed %.3f events %d times %s%n", v.getKey(),
                    share(corpus, v.getValue()[0]), share(corpus, v.getValue()[1]), ev.size(), timeValues(r));
            if (reference == null) {
                reference = ev;
            } else {
                List<String> lost = new ArrayList<>(reference);
                lost.removeAll(ev);
                List<String> gained = new ArrayList<>(ev);
                gained.removeAll(reference);
                lost.forEach(k -> System.out.println("   - " + k));
                gained.forEach(k -> System.out.println("   + " + k));
            }
        }
    }
}
