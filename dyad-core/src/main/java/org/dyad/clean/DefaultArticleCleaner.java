package org.dyad.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dateline;
import org.dyad.model.RawDocument;

/**
 * The standard cleaner: extracts text and metadata (plain text or HTML), takes the dateline off the
 * first paragraph, drops page furniture, normalises the date and checks the language. Thread-safe;
 * one instance serves all workers.
 */
public final class DefaultArticleCleaner implements ArticleCleaner {
    private static final String DEFAULT_LANGUAGE = "en";

    private final CleanOptions options;
    private final BoilerplateFilter boilerplate;

    public DefaultArticleCleaner(CleanOptions options) {
        this.options = options;
        this.boilerplate = BoilerplateFilter.standard();
        LanguageIdentifier.loadInBackground();
    }

    public DefaultArticleCleaner() {
        this(CleanOptions.defaults());
    }

    @Override
    public CleanArticle clean(RawDocument raw) throws SkipException {
        if (raw.content().isBlank()) {
            throw new SkipException("no article text");
        }
        ArticleParts parts = raw.format() == RawDocument.Format.HTML
                ? HtmlExtractor.extract(raw) : PlainTextExtractor.extract(raw, boilerplate);
        List<String> paragraphs = new ArrayList<>(parts.paragraphs());
        Optional<LocalDate> urlDay = UrlDate.of(parts.url());
        LocalDate declared = dayOf(parts.published());
        Optional<DatelineParser.Found> dateline = takeDateline(paragraphs, declared != null ? declared : urlDay.orElse(null));
        String publisher = parts.publisher() != null ? parts.publisher()
                : dateline.map(DatelineParser.Found::publisher).orElse(null);
        List<String> kept = boilerplate.filter(paragraphs, publisher);
        String body = Paragraphs.join(kept);
        if (body.isBlank()) {
            throw new SkipException("no article text");
        }
        List<String> warnings = new ArrayList<>(parts.warnings());
        String language = language(body, parts.language(), warnings);
        if (!options.anyLanguage() && !DEFAULT_LANGUAGE.equals(language)) {
            throw new SkipException("language: " + language);
        }
        String published = PublishedDateParser.toIso(parts.published())
                .orElseGet(() -> dateline.map(d -> d.dateline().date()).orElse(null));
        if (published == null && urlDay.isPresent()) {
            published = urlDay.get().toString();
            warnings.add("published date taken from the page address: " + published);
        }
        return new CleanArticle(raw.origin(), parts.url(), tidyOrNull(parts.title()), published,
                tidyOrNull(publisher), dateline.map(DatelineParser.Found::dateline).orElse(null), language, body,
                warnings);
    }

    /** Removes the dateline from the first paragraph (or the whole paragraph when it is only that). */
    private static Optional<DatelineParser.Found> takeDateline(List<String> paragraphs, LocalDate near) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Optional<DatelineParser.Found> found = DatelineParser.parse(paragraphs.get(0), near);
        found.ifPresent(f -> {
            if (f.rest().isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, f.rest());
            }
        });
        return found;
    }

    /** Detected when the text says clearly; else what the document declares; else English. */
    private static String language(String body, String declared, List<String> warnings) {
        Optional<String> detected = LanguageIdentifier.detect(body);
        if (detected.isPresent()) {
            return detected.get();
        }
        if (declared != null) {
            return declared;
        }
        if (body.length() >= 1000) {
            warnings.add("language uncertain; assumed " + DEFAULT_LANGUAGE);
        }
        return DEFAULT_LANGUAGE;
    }

    /** The publisher's local day of the container date (an ISO time keeps its offset). */
    private static LocalDate dayOf(String published) {
        return PublishedDateParser.toIso(published).map(iso -> LocalDate.parse(iso.substring(0, 10))).orElse(null);
    }

    private static String tidyOrNull(String text) {
        if (text == null) {
            return null;
        }
        String tidy = Paragraphs.tidy(text);
        return tidy.isEmpty() ? null : tidy;
    }
}
