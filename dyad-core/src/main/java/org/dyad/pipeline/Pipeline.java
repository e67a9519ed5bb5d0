package org.dyad.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dyad.annotate.Annotator;
import org.dyad.clean.ArticleCleaner;
import org.dyad.clean.SkipException;
import org.dyad.code.DyadEventCoder;
import org.dyad.code.actor.PersonRegistry;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;
import org.dyad.model.Document;
import org.dyad.model.RawDocument;
import org.dyad.model.SentenceSpan;

/** read → clean → annotate → code for one document. Thread-safe; share one instance. */
public final class Pipeline {
    private final ArticleCleaner cleaner;
    private final Annotator annotator;
    private final DyadEventCoder coder;
    private final String defaultDate;

    /**
     * @param defaultDate the date relative expressions are read against when a document states none
     *                    (the {@code --date} option), or null
     */
    public Pipeline(ArticleCleaner cleaner, Annotator annotator, DyadEventCoder coder, String defaultDate) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.coder = coder;
        this.defaultDate = defaultDate;
    }

    /** A coded document and what it can teach the person registry (applied by the run, in input order). */
    public record Processed(Document document, List<PersonRegistry.Learnt> learnt) {
        public Processed {
            learnt = List.copyOf(learnt);
        }
    }

    public Document process(RawDocument raw) throws SkipException {
        return run(raw).document();
    }

    public Processed run(RawDocument raw) throws SkipException {
        CleanArticle article = cleaner.clean(raw);
        if (article.published() == null && article.dateline() == null && defaultDate != null) {
            article = article.withPublished(defaultDate);
        }
        AnnotatedArticle annotated = annotator.annotate(article, coder.parseFilter());
        DyadEventCoder.Coding coding = coder.codeAll(annotated);
        List<SentenceSpan> sentences = annotated.sentences().stream()
                .map(s -> new SentenceSpan(s.start(), s.end())).toList();
        List<String> warnings = new ArrayList<>(article.warnings());
        warnings.addAll(coding.warnings());
        Document doc = new Document(documentId(article.body()), article.url(), article.title(), article.published(),
                article.publisher(), article.dateline(), article.language(), article.body(), sentences,
                coding.entities(), coding.events(), warnings, article.origin(), raw.id());
        return new Processed(doc, coding.learnt());
    }

    /** A hash of the body with case, spacing and Unicode form folded, so re-ingests find the same id. */
    public static String documentId(String body) {
        String norm = Normalizer.normalize(body, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
