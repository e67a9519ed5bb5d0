package org.dyad.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.dyad.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML: the article block found by readability4j, and the page's own metadata. A fragment (a feed
 * item's content, no {@code <html>} or {@code <body>}) is the article already and is taken whole.
 */
final class HtmlExtractor {
    private static final Pattern FULL_PAGE = Pattern.compile("<(html|body|head)[\\s>]", Pattern.CASE_INSENSITIVE);
    /** Readability results shorter than this are usually a caption or teaser, not the article. */
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 30;
    private static final String NO_URL = "http://localhost/";

    private HtmlExtractor() {
    }

    static ArticleParts extract(RawDocument raw) {
        String html = raw.content();
        String baseUrl = raw.url() != null ? raw.url() : "";
        Document page = Jsoup.parse(html, baseUrl);
        HtmlMetadata meta = HtmlMetadata.of(page);
        List<String> warnings = new ArrayList<>();
        List<String> paragraphs;
        String readabilityTitle = null;
        if (!FULL_PAGE.matcher(html.substring(0, Math.min(html.length(), 4096))).find()) {
            paragraphs = HtmlParagraphs.of(page.body());
        } else {
            String pageTitle = page.title();
            Article article = new Readability4JExtended(raw.url() != null ? raw.url() : NO_URL, page).parse();
            readabilityTitle = blankToNull(article.getTitle()) != null ? article.getTitle() : pageTitle;
            Element content = article.getArticleContent();
            paragraphs = content == null ? List.of() : HtmlParagraphs.of(content);
            if (length(paragraphs) < MIN_ARTICLE_CHARS) {
                paragraphs = wholePage(html, baseUrl);
                warnings.add("no article block found; used the whole page text");
            }
        }
        String title = first(meta.title(), readabilityTitle, raw.title());
        paragraphs = withoutLeadingTitle(paragraphs, meta.title(), readabilityTitle, raw.title(), page.title(),
                page.select("meta[property=og:title]").attr("content"));
        return new ArticleParts(title, first(meta.published(), raw.published()), first(meta.publisher(), raw.publisher()),
                first(meta.url(), raw.url()), first(meta.language(), raw.language()), paragraphs, warnings);
    }

    /**
     * The headline repeated as the article's first block is the title, not body text. It may be the
     * start of a page title that goes on with the site name ("Summit ends | Example Times").
     */
    private static List<String> withoutLeadingTitle(List<String> paragraphs, String... titles) {
        if (paragraphs.size() < 2 || BoilerplateFilter.wordCount(paragraphs.get(0)) > MAX_TITLE_WORDS) {
            return paragraphs;
        }
        String first = paragraphs.get(0).toLowerCase(Locale.ROOT);
        for (String title : titles) {
            String candidate = title == null ? "" : Paragraphs.tidy(title).toLowerCase(Locale.ROOT);
            if (!candidate.isEmpty() && (candidate.equals(first) || candidate.startsWith(first + " "))) {
                return paragraphs.subList(1, paragraphs.size());
            }
        }
        return paragraphs;
    }

    /** Readability gave up: fall back to the page text without its obvious furniture. */
    private static List<String> wholePage(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl);
        page.select("nav, header, footer, aside, form, menu, [role=navigation], [aria-hidden=true]").remove();
        return HtmlParagraphs.of(page.body());
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (blankToNull(value) != null) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
