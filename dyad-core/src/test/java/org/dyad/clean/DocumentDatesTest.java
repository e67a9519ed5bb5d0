package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.annotate.DocumentDate;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dateline;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Which day anchors a document, and what its events' fallback dates say they came from. */
class DocumentDatesTest {
    private final DefaultArticleCleaner cleaner = new DefaultArticleCleaner();

    @Test
    void aDatelineDateAnchorsADocumentWithoutOneAndSaysSo() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("t", "MOSCOW, 26 Oct 2021, RUSSTRAT Institute.\n\n"
                + "Iran signed a contract with Russia."));
        assertThat(DocumentDate.anchor(article)).isEqualTo("2021-10-26");
        assertThat(DocumentDate.anchorSource(article)).isEqualTo("dateline");
    }

    @Test
    void aContainerDateIsThePublicationDate() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("t", "MOSCOW, 26 Oct 2021.\n\nIran signed a contract.")
                .withPublished("Wed, 27 Oct 2021 08:00:00 GMT"));
        assertThat(DocumentDate.anchor(article)).isEqualTo("2021-10-27");
        assertThat(DocumentDate.anchorSource(article)).isEqualTo("published");
    }

    @Test
    void aPageWithNoDateButADatedAddressIsAnchoredOnThatDayAndSaysSo() throws SkipException {
        String page = "<html><head><link rel=\"canonical\" href=\"https://news.example.org/world/2015/03/18/story.html\">"
                + "</head><body><article><p>Israel and the United States held talks on Iran's nuclear programme "
                + "in Washington on Tuesday.</p></article></body></html>";
        CleanArticle article = cleaner.clean(RawDocument.html("p", page));
        assertThat(DocumentDate.anchor(article)).isEqualTo("2015-03-18");
        assertThat(article.warnings()).contains("published date taken from the page address: 2015-03-18");

        String declared = page.replace("<head>", "<head><meta property=\"article:published_time\" content=\"2015-03-19\">");
        assertThat(DocumentDate.anchor(cleaner.clean(RawDocument.html("q", declared)))).isEqualTo("2015-03-19");
    }

    @Test
    void aWireDatelineWithoutADateLeavesTheDocumentUnanchored() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("w",
                "WASHINGTON (Reuters) - Russia signed an agreement with Iran on Monday."));
        assertThat(article.dateline()).isEqualTo(new Dateline("Washington", null));
        assertThat(DocumentDate.anchor(article)).isNull();
        assertThat(DocumentDate.anchorSource(article)).isNull();
        // what Pipeline does with --date for such a document
        assertThat(DocumentDate.anchor(article.withPublished("2021-10-26"))).isEqualTo("2021-10-26");
        assertThat(DocumentDate.anchorSource(article.withPublished("2021-10-26"))).isEqualTo("published");
    }

    @Test
    void aPublicationTimeKeepsItsOffsetSoTheAnchorIsThePublishersLocalDay() throws SkipException {
        CleanArticle tehran = cleaner.clean(RawDocument.text("f", "Iran and Russia signed a deal on Monday.")
                .withPublished("2021-10-26T01:00:00+03:30"));
        assertThat(tehran.published()).isEqualTo("2021-10-26T01:00:00+03:30");
        assertThat(DocumentDate.anchor(tehran)).isEqualTo("2021-10-26");
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearNearestThePublicationDate() throws SkipException {
        CleanArticle january = cleaner.clean(RawDocument.text("a",
                "LONDON, Dec 30 (AP) — British officials met their French counterparts.").withPublished("2022-01-02"));
        assertThat(january.dateline()).isEqualTo(new Dateline("London", "2021-12-30"));
        CleanArticle december = cleaner.clean(RawDocument.text("b",
                "LONDON, Jan 2 (AP) — British officials met their French counterparts.").withPublished("2021-12-31"));
        assertThat(december.dateline()).isEqualTo(new Dateline("London", "2022-01-02"));
    }

    @Test
    void yearlessDatesPickTheNearestYear() {
        LocalDate newYear = LocalDate.of(2022, 1, 2);
        assertThat(PublishedDateParser.toIso("December 30", newYear)).contains("2021-12-30");
        assertThat(PublishedDateParser.toIso("January 5", newYear)).contains("2022-01-05");
        assertThat(PublishedDateParser.toIso("30 June", newYear)).contains("2022-06-30");
        assertThat(PublishedDateParser.toIso("December 30, 2019", newYear)).contains("2019-12-30");
        assertThat(PublishedDateParser.toIso("December 30", (LocalDate) null)).isEmpty();
    }
}
