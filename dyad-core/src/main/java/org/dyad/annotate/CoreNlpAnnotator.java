package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.AnnotatedSentence;
import org.dyad.model.CleanArticle;
import org.dyad.model.Token;

/**
 * Stanford CoreNLP behind Dyad's {@link Annotator}. The models load once per JVM ({@link #shared()})
 * and the tagger and parser are used from many threads at once, which CoreNLP supports. SUTime is
 * not shared: its rule engine keeps state between calls (CoreNLP issue 1061 reports results that
 * depend on what other threads annotated), so a document borrows one SUTime from a pool for its
 * whole annotation, put back in its first state before it starts ({@link SutimeReset}). Any pooled
 * SUTime then gives the same answer, and a new one is built only when more documents are annotated
 * at once than ever before (building one takes about half a second).
 */
public final class CoreNlpAnnotator implements Annotator {
    /**
     * Tokens SUTime reads before and after a time cue. On 450 BBC articles 5 and 3 find the same
     * time values as 8 and 8 (and as whole sentences) less five false times ("the falls", "a
     * second reading"), in 11% less time for the whole run; MEANTIME's time-value accuracy is
     * unchanged. 4 before loses the "the" of "the first half of 2004"; 2 after changes values.
     */
    private static final int TIME_BEFORE = 5;
    private static final int TIME_AFTER = 3;
    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP tagger;
    private final DependencyParsing parser;
    private final Queue<ResettableTime> idleTimers = new ConcurrentLinkedQueue<>();
    private final EntityExtractor entities = new EntityExtractor();
    private final SentenceFilter mayHoldTime;
    private final boolean windowed;

    public CoreNlpAnnotator() {
        this(TimeCues::mayHoldTime, true);
    }

    /**
     * @param mayHoldTime the sentences SUTime runs on; other than {@link TimeCues} only for studies
     *                    of which sentences need it (bench.SelectionStudy runs it on all)
     */
    public CoreNlpAnnotator(SentenceFilter mayHoldTime) {
        this(mayHoldTime, false);
    }

    private CoreNlpAnnotator(SentenceFilter mayHoldTime, boolean windowed) {
        this.mayHoldTime = mayHoldTime;
        this.windowed = windowed;
        // the parser's model loads on a second core while the tagger's and NER's load here: start-up
        // is the longest of the two, not their sum
        FutureTask<DependencyParsing> parsing =
                new FutureTask<>(() -> new DependencyParsing(CoreNlpSettings.parsing()));
        Thread loader = new Thread(parsing, "dyad-parser-load");
        loader.setDaemon(true);
        loader.start();
        this.tagger = new StanfordCoreNLP(CoreNlpSettings.tagging());
        this.parser = loaded(parsing);
    }

    private static DependencyParsing loaded(FutureTask<DependencyParsing> parsing) {
        try {
            return parsing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the dependency parser", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException("cannot load the dependency parser", cause);
        }
    }

    /** The JVM-wide instance: loading the models takes seconds and ~1 GB, so do it once. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator a = shared;
        if (a == null) {
            synchronized (CoreNlpAnnotator.class) {
                a = shared;
                if (a == null) {
                    a = new CoreNlpAnnotator();
                    shared = a;
                }
            }
        }
        return a;
    }

    /** The tagged sentences of a text, before SUTime and the parser: for tests of the parser. */
    List<CoreMap> taggedSentences(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    DependencyParsing parser() {
        return parser;
    }

    @Override
    public AnnotatedArticle annotate(CleanArticle article, SentenceFilter needsParse) {
        Annotation doc = new Annotation(article.body());
        String anchor = DocumentDate.anchor(article);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor);
        }
        tagger.annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tagged = new ArrayList<>(sentences.size());
        boolean[] parse = new boolean[sentences.size()];
        List<CoreMap> times = parseAndTime(sentences, needsParse, anchor, tagged, parse);
        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            boolean parsed = parse[i];
            List<Token> tokens = parsed ? TokenConversion.withDependencies(tagged.get(i), s) : tagged.get(i);
            out.add(new AnnotatedSentence(i,
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    tokens, parsed && tokens.stream().anyMatch(t -> t.head() >= 0)));
        }
        return new AnnotatedArticle(article, out, entities.extract(doc, times));
    }

    /**
     * Tags each sentence's tokens into {@code tagged}, parses those {@code needsParse} accepts
     * (marked in {@code parse}), and returns the time expressions SUTime finds, with one pooled
     * SUTime reset for this document.
     */
    private List<CoreMap> parseAndTime(List<CoreMap> sentences, SentenceFilter needsParse, String anchor,
            List<List<Token>> tagged, boolean[] parse) {
        ResettableTime borrowed = idleTimers.poll();
        if (borrowed == null) {
            borrowed = new ResettableTime();
        }
        try {
            TimeAnnotator sutime = borrowed.forNextDocument();
            SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
            List<CoreMap> times = new ArrayList<>();
            for (CoreMap s : sentences) {
                tagged.add(TokenConversion.tokens(s));
            }
            SentenceFilter filter = needsParse.seeing(List.copyOf(tagged));
            DependencyParsing.ArticleParser articleParser = parser.forArticle();
            for (int i = 0; i < sentences.size(); i++) {
                CoreMap s = sentences.get(i);
                List<Token> tokens = tagged.get(i);
                if (filter.test(tokens)) {
                    parse[i] = true;
                    SemanticGraph graph = mended(s, articleParser.parse(s), articleParser);
                    if (graph != null) {
                        s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, graph);
                    }
                }
                if (mayHoldTime.test(tokens)) {
                    times.addAll(timeExpressions(sutime, s, tokens, anchor, timeIndex));
                }
            }
            return times;
        } finally {
            idleTimers.add(borrowed);
        }
    }

    /**
     * The parse, or its pieces parsed apart and joined where the parser lost the main clause: in an
     * opening adverbial ("To a packed audience at …, Mr Brown accused…") or in a relative clause
     * after the subject ("Peter Nielson, who is UKIP Scotland chairman, said…").
     */
    private static SemanticGraph mended(CoreMap s, SemanticGraph graph, DependencyParsing.ArticleParser parser) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        int comma = FrontedAdverbials.brokenAt(labels, graph);
        if (comma > 0) {
            SemanticGraph joined = FrontedAdverbials.joined(s, comma, parser::parse);
            return joined != null ? joined : graph;
        }
        InterruptingRelatives.Span relative = InterruptingRelatives.brokenAt(labels, graph);
        if (relative != null) {
            SemanticGraph joined = InterruptingRelatives.joined(s, relative, parser::parse);
            return joined != null ? joined : graph;
        }
        return graph;
    }

    /** SUTime on the sentence, or on the windows around its time cues (its cost grows with length). */
    private List<CoreMap> timeExpressions(TimeAnnotator sutime, CoreMap s, List<Token> tokens, String anchor,
            SUTime.TimeIndex index) {
        if (!windowed) {
            return sutime.annotateSingleSentence(s, anchor, index);
        }
        List<CoreMap> out = new ArrayList<>();
        for (int[] w : TimeCues.windows(tokens, TIME_BEFORE, TIME_AFTER)) {
            out.addAll(sutime.annotateSingleSentence(window(s, w[0], w[1]), anchor, index));
        }
        return out;
    }

    /** The sentence cut to tokens [from, to), offsets kept relative to the document. */
    private static CoreMap window(CoreMap s, int from, int to) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        if (from == 0 && to == labels.size()) {
            return s;
        }
        List<CoreLabel> part = labels.subList(from, to);
        int sentenceStart = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int start = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        CoreMap w = new ArrayCoreMap(s);
        w.set(CoreAnnotations.TokensAnnotation.class, part);
        // SUTime cuts an expression's text out of the sentence text by offsets: keep the two in step
        w.set(CoreAnnotations.TextAnnotation.class,
                s.get(CoreAnnotations.TextAnnotation.class).substring(start - sentenceStart, end - sentenceStart));
        w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
        w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer begin = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (begin != null) {
            w.set(CoreAnnotations.TokenBeginAnnotation.class, begin + from);
            w.set(CoreAnnotations.TokenEndAnnotation.class, begin + to);
        }
        return w;
    }

    /** Tokenize and split only: the floor against which the full pipeline's speed is reported. */
    public static StanfordCoreNLP tokenizeOnly() {
        var p = CoreNlpSettings.tagging();
        p.setProperty("annotators", "tokenize,ssplit");
        return new StanfordCoreNLP(p);
    }

    /** One thread's SUTime and what puts it back in its first state. */
    private static final class ResettableTime {
        private final TimeAnnotator sutime = new TimeAnnotator("sutime", CoreNlpSettings.time());
        private final SutimeReset reset = new SutimeReset(sutime);

        TimeAnnotator forNextDocument() {
            reset.reset();
            return sutime;
        }
    }
}
