package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The sources file: URL lines with comments, or OPML. */
class SourceListTest {
    @Test
    void linesWithCommentsAndDuplicates() {
        assertThat(SourceList.parse("# world news\nhttps://a.example/feed.xml  # main\n\nhttp://b.example/\n"
                + "https://a.example/feed.xml\n", "sources.txt"))
                .containsExactly(URI.create("https://a.example/feed.xml"), URI.create("http://b.example/"));
    }

    @Test
    void opmlOutlinesGiveTheirFeedUrls() {
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"News\">"
                + "<outline text=\"A\" type=\"rss\" xmlUrl=\"https://a.example/rss\" htmlUrl=\"https://a.example/\"/>"
                + "<outline text=\"B\" htmlUrl=\"https://b.example/\"/></outline></body></opml>";
        assertThat(SourceList.parse(opml, "feeds.opml"))
                .containsExactly(URI.create("https://a.example/rss"), URI.create("https://b.example/"));
    }

    @Test
    void aLineThatIsNotAUrlNamesItsLine() {
        assertThatThrownBy(() -> SourceList.parse("https://a.example/\nftp://b.example/x\n", "s.txt"))
                .hasMessage("s.txt:2: not an http(s) URL: ftp://b.example/x");
    }

    @Test
    void trackingParametersAndFragmentsDoNotMakeANewArticle() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example:443/a/../world/story-1?utm_source=rss&id=7#comments"))
                .isEqualTo("https://news.example/world/story-1?id=7");
    }
}
