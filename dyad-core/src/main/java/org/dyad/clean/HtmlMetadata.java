package org.dyad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in meta tags, OpenGraph and JSON-LD ({@code NewsArticle} and kin).
 * Fields are raw strings (the date not yet normalised) or null; the title is only a declared one
 * (JSON-LD headline, og:title), since {@code <title>} usually carries the site name too.
 */
record HtmlMetadata(String title, String published, String publisher, String url, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report",
            "liveblogposting");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
            "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
            "og:article:published_time", "published_time", "displaydate", "dc.date.created"};

    static HtmlMetadata of(Document page) {
        JsonNode article = jsonLdArticle(page);
        String title = first(text(article, "headline"), meta(page, "og:title"), meta(page, "twitter:title"));
        String published = first(text(article, "datePublished"), meta(page, PUBLISHED_META), itemprop(page),
                timeElement(page));
        String publisher = first(article == null ? null : text(article.get("publisher"), "name"),
                meta(page, "og:site_name"), meta(page, "publisher"), meta(page, "application-name"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(attr(canonical, "abs:href"), attr(canonical, "href"), meta(page, "og:url"),
                text(article, "url"));
        return new HtmlMetadata(title, published, publisher, url, language(page));
    }

    private static String language(Document page) {
        Element html = page.selectFirst("html");
        String lang = first(attr(html, "lang"), attr(html, "xml:lang"), meta(page, "content-language"),
                meta(page, "og:locale"), meta(page, "language"), meta(page, "dc.language"));
        if (lang == null) {
            return null;
        }
        String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    /** The first meta content for any of the names, matched on name, property or http-equiv. */
    private static String meta(Document page, String... names) {
        for (String name : names) {
            for (Element meta : page.select("meta[content]")) {
                String key = first(meta.attr("property"), meta.attr("name"), meta.attr("http-equiv"), meta.attr("itemprop"));
                if (key != null && key.equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }

    private static String itemprop(Document page) {
        Element element = page.selectFirst("[itemprop=datePublished]");
        return element == null ? null : first(element.attr("content"), element.attr("datetime"), element.text());
    }

    private static String timeElement(Document page) {
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources of metadata still apply.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<JsonNode> candidates = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(candidates::add);
        } else if (node.has("@graph")) {
            node.get("@graph").forEach(candidates::add);
        } else {
            candidates.add(node);
        }
        for (JsonNode candidate : candidates) {
            if (isArticle(candidate.get("@type"))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.isArray() && !node.isEmpty() ? node.get(0).get(field) : node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String attr(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
