package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dateline;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Test;

class DefaultArticleCleanerTest {
    private final DefaultArticleCleaner cleaner = new DefaultArticleCleaner(CleanOptions.defaults());

    private static String resource(String name) {
        try (InputStream in = DefaultArticleCleanerTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void plainTextGivesHeadlineDatelineDateAndPublisher() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("t.txt",
                "Russia and Iran expand ties\n\nMOSCOW, 26 Oct 2021, RUSSTRAT Institute.\n\nIran signed a contract.\nIt covers aircraft.\n\nTalks go on."));
        assertThat(article.title()).isEqualTo("Russia and Iran expand ties");
        assertThat(article.dateline()).isEqualTo(new Dateline("Moscow", "2021-10-26"));
        assertThat(article.published()).isEqualTo("2021-10-26");
        assertThat(article.publisher()).isEqualTo("RUSSTRAT Institute");
        assertThat(article.body()).isEqualTo("Iran signed a contract. It covers aircraft.\n\nTalks go on.");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.origin()).isEqualTo("t.txt");
    }

    @Test
    void containerDateWinsOverDatelineForText() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("t", "MOSCOW, 26 Oct 2021.\n\nIran signed a contract.")
                .withPublished("Wed, 27 Oct 2021 08:00:00 GMT"));
        assertThat(article.published()).isEqualTo("2021-10-27T08:00:00Z");
        assertThat(article.dateline()).isEqualTo(new Dateline("Moscow", "2021-10-26"));
    }

    @Test
    void wireDatelineIsTakenOffTheFirstParagraphAndFurnitureLinesGo() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("w", resource("wire-reuters.txt")));
        assertThat(article.title()).isEqualTo("Iran and Russia sign arms deal");
        assertThat(article.dateline()).isEqualTo(new Dateline("Washington", null));
        assertThat(article.publisher()).isEqualTo("Reuters");
        assertThat(article.body()).isEqualTo("The United States said on Tuesday it was concerned about an arms contract "
                + "between Iran and Russia.\n\n\"We are watching closely,\" a State Department spokesman said.");
    }

    @Test
    void aStoryFiledFromTwoCitiesIsPlacedAtTheFirst() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("s",
                "Houthis fire on tanker\n\nSANAA/WASHINGTON, Jan 12, 2024 (Reuters) - Yemen's Houthis said they had "
                        + "fired missiles at a tanker."));
        assertThat(article.dateline()).isEqualTo(new Dateline("Sanaa", "2024-01-12"));
        assertThat(article.body()).isEqualTo("Yemen's Houthis said they had fired missiles at a tanker.");
    }

    @Test
    void inlineDatelinesWithoutYearTakeTheYearFromTheContainerDate() throws SkipException {
        CleanArticle ap = cleaner.clean(RawDocument.text("a",
                "LONDON, March 3 (AP) — British officials met their French counterparts.").withPublished("2021-03-04"));
        assertThat(ap.dateline()).isEqualTo(new Dateline("London", "2021-03-03"));
        assertThat(ap.publisher()).isEqualTo("AP");
        assertThat(ap.body()).isEqualTo("British officials met their French counterparts.");

        CleanArticle plain = cleaner.clean(RawDocument.text("b", "Moscow, October 26 — Officials met in the Kremlin."));
        assertThat(plain.dateline()).isEqualTo(new Dateline("Moscow", null));
        assertThat(plain.body()).isEqualTo("Officials met in the Kremlin.");
        assertThat(plain.published()).isNull();
    }

    @Test
    void navigationBylinesAuthorBoxesNewslettersAndSignaturesAreRemoved() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("f", resource("furniture.txt")));
        assertThat(article.body()).isEqualTo("Troops withdrew from the border town on Sunday after weeks of shelling, "
                + "local officials said.\n\nThe withdrawal followed talks mediated by Turkey, which has offered to host "
                + "a further round. Officials did not say when those talks would begin.");
    }

    @Test
    void htmlGivesArticleTextAndPageMetadata() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.html("p.html", resource("article-meta.html"))
                .withPublished("2030-01-01T00:00:00Z"));
        assertThat(article.title()).isEqualTo("Summit in Geneva ends without a deal");
        assertThat(article.published()).isEqualTo("2021-10-26T08:00:00Z");
        assertThat(article.publisher()).isEqualTo("The Example Times");
        assertThat(article.url()).isEqualTo("https://www.example-times.org/world/summit-ends");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.dateline()).isEqualTo(new Dateline("Geneva", null));
        assertThat(article.body())
                .startsWith("Leaders from twelve countries ended a two-day summit")
                .contains("went too far. Others said it did not go far enough.")
                .endsWith("return to the table as soon as possible.")
                .doesNotContain("Share on", "cookies", "Related Articles", "Markets fall", "All rights reserved", "By Jane Doe", "Home");
        assertThat(article.body().split("\n\n")).hasSize(4);
    }

    @Test
    void htmlFragmentFromAFeedIsTakenWhole() throws SkipException {
        CleanArticle article = cleaner.clean(new RawDocument("feed#item1", RawDocument.Format.HTML,
                "<p>Negotiators resumed talks.</p><p>More talks are planned.</p>", null, "https://e.org/x",
                "Talks resume", "2021-10-26T10:15:00Z", "Example Wire", "en"));
        assertThat(article.body()).isEqualTo("Negotiators resumed talks.\n\nMore talks are planned.");
        assertThat(article.title()).isEqualTo("Talks resume");
        assertThat(article.url()).isEqualTo("https://e.org/x");
        assertThat(article.published()).isEqualTo("2021-10-26T10:15:00Z");
        assertThat(article.publisher()).isEqualTo("Example Wire");
    }

    @Test
    void brokenHtmlStillYieldsText() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.html("b",
                "<html><head><title>Broken</title><body><div><p>Troops crossed the border at dawn, officials said.<p>Residents fled<b> south<div>toward the capital</body>"));
        assertThat(article.body()).contains("Troops crossed the border at dawn, officials said.", "Residents fled south");
    }

    @Test
    void nonEnglishTextIsSkippedWithItsLanguageUnlessAnyLanguage() throws SkipException {
        RawDocument german = RawDocument.text("de.txt", resource("german.txt"));
        assertThatThrownBy(() -> cleaner.clean(german)).isInstanceOf(SkipException.class).hasMessage("language: de");
        CleanArticle kept = new DefaultArticleCleaner(new CleanOptions(true)).clean(german);
        assertThat(kept.language()).isEqualTo("de");
        assertThat(kept.title()).isEqualTo("Regierung beschließt neues Gesetz");
    }

    @Test
    void singleSentencesAreNeverSkippedForUncertainLanguage() throws SkipException {
        CleanArticle sentence = cleaner.clean(RawDocument.text("s.jsonl#line1", "Russia attacks Ukraine"));
        assertThat(sentence.body()).isEqualTo("Russia attacks Ukraine");
        assertThat(sentence.title()).isNull();
        assertThat(sentence.language()).isEqualTo("en");
        assertThat(cleaner.clean(RawDocument.text("s", "Der Minister trat zurück.")).language()).isEqualTo("en");
    }

    @Test
    void emptyOrAllFurnitureDocumentsAreSkipped() {
        assertThatThrownBy(() -> cleaner.clean(RawDocument.text("e", "  \n\n "))).isInstanceOf(SkipException.class)
                .hasMessage("no article text");
        assertThatThrownBy(() -> cleaner.clean(RawDocument.text("f", "Share on facebook\nShare on twitter\nRelated Posts")))
                .isInstanceOf(SkipException.class).hasMessage("no article text");
        assertThatThrownBy(() -> cleaner.clean(RawDocument.html("h", "<html><body><script>x()</script></body></html>")))
                .isInstanceOf(SkipException.class).hasMessage("no article text");
    }

    @Test
    void bodyIsNfcNormalisedAndWhitespaceTidied() throws SkipException {
        CleanArticle article = cleaner.clean(RawDocument.text("n", "Cafe\u0301   owners\u00A0met in  Montre\u0301al.\t\r\nThey left."));
        assertThat(article.body()).isEqualTo("Café owners met in Montréal. They left.");
    }
}
