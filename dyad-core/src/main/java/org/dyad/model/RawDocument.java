package org.dyad.model;

import java.util.Objects;

/**
 * One document as a reader found it, before cleaning. {@code content} is HTML or plain text, as
 * {@code format} says. The metadata fields are hints from the container (feed item, WARC header,
 * JSONL fields); any may be null, and the cleaner may override them with what the page itself says.
 *
 * @param origin where it came from, e.g. {@code feeds/x.rss#3} or {@code crawl.warc.gz@10240}
 */
public record RawDocument(
        String origin,
        Format format,
        String content,
        String id,
        String url,
        String title,
        String published,
        String publisher,
        String language) {

    public enum Format { TEXT, HTML }

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    public static RawDocument text(String origin, String content) {
        return new RawDocument(origin, Format.TEXT, content, null, null, null, null, null, null);
    }

    public static RawDocument html(String origin, String content) {
        return new RawDocument(origin, Format.HTML, content, null, null, null, null, null, null);
    }

    public RawDocument withUrl(String newUrl) {
        return new RawDocument(origin, format, content, id, newUrl, title, published, publisher, language);
    }

    public RawDocument withPublished(String newPublished) {
        return new RawDocument(origin, format, content, id, url, title, newPublished, publisher, language);
    }

    public RawDocument withTitle(String newTitle) {
        return new RawDocument(origin, format, content, id, url, newTitle, published, publisher, language);
    }
}
