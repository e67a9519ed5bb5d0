package org.dyad.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.model.RawDocument;
import org.dyad.read.FeedFormatReader;
import org.dyad.read.FormatSniffer;
import org.dyad.read.InputSource;
import org.dyad.read.ReadOptions;
import org.dyad.read.ReadSink;
import org.dyad.read.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a fetched source lists. A feed (RSS, Atom, RDF; read by Dyad's own feed reader) gives its
 * items with their text; any other page is read as a site front page whose same-site links that
 * look like articles are the items. The list keeps the source's order, each key once.
 */
final class SourceItems {
    /** An article path: a slug of three or more words, a long number, or a .htm(l) page. */
    private static final Pattern ARTICLE_PATH = Pattern.compile(
            "(?i).*/[^/]*[a-z0-9]+-[a-z0-9]+-[a-z0-9]+[^/]*/?$|.*\\d{5,}.*|.*\\.s?html?$");

    private SourceItems() {
    }

    /** The listed items and, when the page was not a readable feed or page, why. */
    record Listing(List<Item> items, String problem) {
    }

    static Listing of(Fetched source, Follow follow) {
        byte[] head = Arrays.copyOf(source.body(), Math.min(source.body().length, FormatSniffer.HEAD_BYTES));
        String name = source.finalUrl().toString();
        FeedFormatReader feeds = new FeedFormatReader();
        if (feeds.accepts(head, URI.create(name).getPath() == null ? "" : URI.create(name).getPath())) {
            return feed(source, head, follow);
        }
        return frontPage(source, follow);
    }

    private static Listing feed(Fetched source, byte[] head, Follow follow) {
        List<RawDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        InputSource in = new InputSource(source.finalUrl().toString(), new ByteArrayInputStream(source.body()), head,
                false, new ReadOptions(Math.max(1, source.body().length) + 1L));
        try {
            new FeedFormatReader().read(in, new ReadSink() {
                @Override
                public void document(RawDocument d) {
                    docs.add(d);
                }

                @Override
                public void skipped(String origin, String reason) {
                    problems.add(reason);
                }

                @Override
                public void failed(String input, String reason) {
                    problems.add(reason);
                }
            });
        } catch (IOException e) {
            return new Listing(List.of(), "unreadable feed: " + e.getMessage());
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (RawDocument d : docs) {
            String page = d.url() == null ? null : source.finalUrl().resolve(d.url().strip()).toString();
            String key = page != null ? CanonicalUrl.of(page)
                    : d.id() != null ? "item:" + d.id() : "text:" + hash(d.content());
            boolean followed = page != null && follow.allows(source.finalUrl(), URI.create(page));
            // the canonical form is fetched: tracking parameters are dropped from the request too
            items.putIfAbsent(key, new Item(key, followed ? key : null, d.url() == null ? d : d.withUrl(key)));
        }
        String problem = docs.isEmpty() && !problems.isEmpty() ? problems.get(0) : null;
        return new Listing(new ArrayList<>(items.values()), problem);
    }

    private static Listing frontPage(Fetched source, Follow follow) {
        String html = TextDecoder.decode(source.body(), TextDecoder.declaredCharset(source.body()));
        org.jsoup.nodes.Document page = Jsoup.parse(html, source.finalUrl().toString());
        Map<String, Item> items = new LinkedHashMap<>();
        String self = CanonicalUrl.of(source.finalUrl().toString());
        for (Element a : page.select("a[href]")) {
            String href = a.absUrl("href");
            URI link;
            try {
                link = URI.create(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!PoliteFetcher.isHttp(link) || !sameSite(source.finalUrl(), link) || link.getPath() == null
                    || !ARTICLE_PATH.matcher(link.getPath()).matches() || !follow.allows(source.finalUrl(), link)) {
                continue;
            }
            String key = CanonicalUrl.of(href);
            if (!key.equals(self)) {
                items.putIfAbsent(key, new Item(key, key, null));
            }
        }
        return new Listing(new ArrayList<>(items.values()), items.isEmpty() ? "no feed items or article links" : null);
    }

    static boolean sameSite(URI a, URI b) {
        return bareHost(a).equals(bareHost(b));
    }

    private static String bareHost(URI u) {
        String h = u.getHost().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
