package org.dyad.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The sources file of {@code dyad watch}: one feed or front-page URL per line ({@code #} starts a
 * comment, blank lines are ignored), or an OPML outline whose {@code xmlUrl} (else {@code htmlUrl})
 * attributes name them. A line that is not an http(s) URL is an error naming the line.
 */
public final class SourceList {
    private SourceList() {
    }

    public static List<URI> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return parse(text, file.toString());
    }

    static List<URI> parse(String text, String name) {
        String head = text.stripLeading();
        return head.startsWith("<") ? opml(text, name) : lines(text, name);
    }

    private static List<URI> lines(String text, String name) {
        Set<URI> out = new LinkedHashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf(" #");
            String value = (line.startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!value.isEmpty()) {
                out.add(url(value, name + ":" + (i + 1)));
            }
        }
        return new ArrayList<>(out);
    }

    private static List<URI> opml(String text, String name) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        Set<URI> out = new LinkedHashSet<>();
        for (Element outline : doc.select("outline")) {
            String value = outline.hasAttr("xmlUrl") ? outline.attr("xmlUrl") : outline.attr("htmlUrl");
            if (!value.isBlank()) {
                out.add(url(value.strip(), name + " outline \"" + outline.attr("text") + "\""));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": no <outline xmlUrl=…> in the OPML file");
        }
        return new ArrayList<>(out);
    }

    private static URI url(String value, String where) {
        try {
            URI u = new URI(value);
            if (PoliteFetcher.isHttp(u)) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": not an http(s) URL: " + value);
    }
}
