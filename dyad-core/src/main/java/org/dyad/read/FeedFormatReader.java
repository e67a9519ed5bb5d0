package org.dyad.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.model.RawDocument;

/**
 * RSS 0.9x/1.0/2.0 and Atom (rome): one document per item, origin {@code file#itemN}. The item's
 * embedded full text (content:encoded, atom:content) is preferred over its description; an item with
 * neither becomes a one-line document holding its headline. A file named
 * like a feed whose content is not one is accepted here so it can be rejected with a clear reason.
 */
public final class FeedFormatReader implements FormatReader {
    private static final Pattern ROOT_ELEMENT = Pattern.compile("<([a-z][\\w:.-]*)");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>");

    @Override
    public boolean accepts(byte[] head, String name) {
        String root = rootElement(FormatSniffer.leadingText(head));
        String lower = name.toLowerCase(Locale.ROOT);
        return isFeedRoot(root) || lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf");
    }

    @Override
    public void read(InputSource in, ReadSink sink) throws IOException {
        byte[] bytes = in.readAll();
        String text = TextDecoder.decode(bytes, TextDecoder.declaredCharset(bytes));
        String root = rootElement(text.substring(0, Math.min(text.length(), FormatSniffer.HEAD_BYTES)).strip().toLowerCase(Locale.ROOT));
        if (!isFeedRoot(root)) {
            sink.skipped(in.name(), "not a feed (" + (root == null ? "no XML root element" : "root element <" + root + ">") + ")");
            return;
        }
        SyndFeed feed;
        try {
            // Text already decoded: the XML prolog's encoding is ignored when parsing from a Reader.
            feed = new SyndFeedInput().build(new StringReader(text));
        } catch (FeedException | IllegalArgumentException e) {
            sink.skipped(in.name(), "not a readable feed: " + firstLine(e.getMessage()));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.skipped(in.name(), "feed has no items");
        }
        List<java.time.ZoneOffset> offsets = FeedItemDates.offsets(text);
        for (int i = 0; i < entries.size(); i++) {
            // only trusted when the items line up one to one with rome's entries
            java.time.ZoneOffset offset = offsets.size() == entries.size() ? offsets.get(i) : null;
            readEntry(in.name() + "#item" + (i + 1), entries.get(i), feed, offset, sink);
        }
    }

    private static void readEntry(String origin, SyndEntry entry, SyndFeed feed, java.time.ZoneOffset offset,
            ReadSink sink) {
        String content = entry.getContents().stream().map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
        if (content.isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            content = entry.getDescription().getValue();
        }
        if (content.isBlank() && entry.getTitle() != null) {
            content = entry.getTitle().strip(); // a headline alone still reports an event
        }
        if (content.isBlank()) {
            sink.skipped(origin, "feed item without text");
            return;
        }
        RawDocument.Format format = MARKUP.matcher(content).find() ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
        sink.document(new RawDocument(origin, format, content, blankToNull(entry.getUri()), link(entry),
                blankToNull(entry.getTitle()), date(entry, offset), blankToNull(feed.getTitle()), language(feed)));
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        return link;
    }

    /** The item's instant, written at the offset the feed gave it (the publisher's local time). */
    private static String date(SyndEntry entry, java.time.ZoneOffset offset) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : FeedItemDates.format(date.toInstant(), offset);
    }

    private static String language(SyndFeed feed) {
        String language = blankToNull(feed.getLanguage());
        return language == null ? null : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    static String rootElement(String lowerText) {
        String body = lowerText.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!doctype[^>]*>", "").strip();
        Matcher m = ROOT_ELEMENT.matcher(body);
        return m.lookingAt() ? m.group(1) : null;
    }

    private static boolean isFeedRoot(String root) {
        return root != null && (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")
                || root.endsWith(":rss") || root.endsWith(":feed"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String message) {
        return message == null ? "parse error" : message.lines().findFirst().orElse(message);
    }
}
