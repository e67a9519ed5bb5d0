package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Feed item dates keep the publisher's offset instead of being cut to UTC. */
class FeedItemDatesTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Tehran Desk</title><link>https://tehran.example/</link>
            <description>news</description>
            <item><title>Early item</title><description>Iran and Russia signed a trade deal on Monday.</description>
            <pubDate>Tue, 26 Oct 2021 01:00:00 +0330</pubDate></item>
            <item><title>GMT item</title><description>Russia signed a deal with Iran.</description>
            <pubDate>Tue, 26 Oct 2021 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    @Test
    void anItemPublishedAtOneInTheMorningInTehranStaysOnItsLocalDay() throws Exception {
        CollectingSink sink = new CollectingSink();
        byte[] bytes = FEED.getBytes(StandardCharsets.UTF_8);
        new FeedFormatReader().read(new InputSource("tehran.rss", new java.io.ByteArrayInputStream(bytes), bytes, false,
                ReadOptions.defaults()), sink);
        List<RawDocument> docs = sink.documents;
        assertThat(docs).extracting(RawDocument::published)
                .containsExactly("2021-10-26T01:00:00+03:30", "2021-10-26T10:00:00Z");
    }

    @Test
    void offsetsAreReadPerItemInOrder() {
        assertThat(FeedItemDates.offsets(FEED)).extracting(o -> o == null ? null : o.getId())
                .containsExactly("+03:30", null);
    }
}
