package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dyad.clean.DefaultArticleCleaner;
import org.dyad.clean.SkipException;
import org.dyad.model.CleanArticle;
import org.dyad.model.RawDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every file of the shared WARC and feed fixtures (some deliberately corrupt) is read and cleaned:
 * nothing escapes, every file has an outcome, and a few known files give what they hold.
 */
class SharedFixturesReadTest {
    private static final Path DATA = Path.of(System.getProperty("dyad.shared", "../shared"), "data");
    private static final Map<String, CollectingSink> RESULTS = new LinkedHashMap<>();
    private static final DefaultArticleCleaner CLEANER = new DefaultArticleCleaner();

    @BeforeAll
    static void readAllFixtures() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("warc-samples")), "shared data not present");
        for (String folder : List.of("warc-samples", "rss-atom-feeds")) {
            try (Stream<Path> files = Files.walk(DATA.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    CollectingSink sink = new CollectingSink();
                    assertThatCode(() -> new SourceReader(ReadOptions.defaults()).read(List.of(file.toString()), sink))
                            .as(file.toString()).doesNotThrowAnyException();
                    RESULTS.put(DATA.relativize(file).toString(), sink);
                }
            }
        }
        RESULTS.forEach((file, sink) -> System.out.printf("%-90s %s%n", file, summary(sink)));
    }

    private static String summary(CollectingSink sink) {
        Map<String, Integer> reasons = new TreeMap<>();
        sink.skipped.values().forEach(r -> reasons.merge(r, 1, Integer::sum));
        return sink.documents.size() + " docs, skipped " + reasons + (sink.failed.isEmpty() ? "" : ", FAILED " + sink.failed.values());
    }

    private static CollectingSink result(String file) {
        assertThat(RESULTS).containsKey(file);
        return RESULTS.get(file);
    }

    @Test
    void everyFileHasAnOutcomeWithAReason() {
        assertThat(RESULTS).hasSizeGreaterThanOrEqualTo(40);
        RESULTS.forEach((file, sink) -> {
            assertThat(sink.outcomes()).as(file).isPositive();
            assertThat(sink.skipped.values()).as(file).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(sink.failed.values()).as(file).allSatisfy(reason -> assertThat(reason).isNotBlank());
            assertThat(sink.documents).as(file).allSatisfy(d -> assertThat(d.origin()).startsWith(DATA.resolve(file).toString()));
        });
    }

    @Test
    void everyDocumentIsEitherCleanedOrSkippedWithAReason() {
        RESULTS.forEach((file, sink) -> sink.documents.forEach(document -> assertThatCode(() -> {
            try {
                assertThat(CLEANER.clean(document).body()).isNotBlank();
            } catch (SkipException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }).as(document.origin()).doesNotThrowAnyException()));
    }

    @Test
    void commonCrawlResponseBecomesAnHtmlDocumentWithTargetUriAndDate() {
        CollectingSink sink = result("warc-samples/jwarc/cc.warc.gz");
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.url()).isEqualTo("http://commoncrawl.org/");
            assertThat(d.published()).startsWith("2019-12-10T");
            assertThat(d.content()).containsIgnoringCase("common crawl");
        });
    }

    @Test
    void arcAndWarcOfTheSameCaptureAgree() {
        for (String file : List.of("example.arc", "example.arc.gz", "example.warc", "example.warc.gz")) {
            assertThat(result("warc-samples/warcio/" + file).documents).as(file).singleElement()
                    .satisfies(d -> assertThat(d.url()).isEqualTo("http://example.com/"));
        }
    }

    @Test
    void corruptArchivesFailWithAReasonAfterKeepingWhatWasRead() {
        assertThat(result("warc-samples/warcio/example-trunc.warc").failed.values()).singleElement()
                .satisfies(r -> assertThat(r).contains("truncated"));
        assertThat(result("warc-samples/warcio/bad.arc").failed).hasSize(1);
        CollectingSink truncatedArc = result("warc-samples/ukwa/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.arc");
        assertThat(truncatedArc.documents).extracting(RawDocument::url).contains("http://www.archive.org/");
    }

    @Test
    void nonHtmlResponsesAreSkippedWithTheirType() {
        CollectingSink sopa = result("warc-samples/ukwa/wikipedia-sopa-blackout-2012/sopa-wikipedia-homepage.warc.gz");
        assertThat(sopa.documents).singleElement().extracting(RawDocument::url).isEqualTo("http://en.wikipedia.org/wiki/Main_Page");
        assertThat(sopa.skipped).hasSizeGreaterThan(60);
        assertThat(sopa.skipped.values()).contains("not HTML (image/png)", "not HTML (text/css)");
        assertThat(result("warc-samples/ukwa/small-arcs-and-warcs/IAH-urls-wget.warc.gz").skipped.values())
                .contains("HTTP status 302");
    }

    @Test
    void guardianFeedGivesOneDocumentPerItemWithLinkAndDate() {
        CollectingSink guardian = result("rss-atom-feeds/guardian.rss");
        assertThat(guardian.documents).hasSize(55).allSatisfy(d -> {
            assertThat(d.url()).startsWith("https://www.theguardian.com/");
            assertThat(d.published()).matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(d.title()).isNotBlank();
            assertThat(d.origin()).matches(".*guardian\\.rss#item\\d+");
        });
    }

    @Test
    void nonUtf8FeedsAreDecoded() {
        for (String file : List.of("rss-atom-feeds/encoding.rss", "rss-atom-feeds/uolNoticias.rss", "rss-atom-feeds/heraldsun.rss")) {
            CollectingSink sink = result(file);
            assertThat(sink.documents).as(file).isNotEmpty().allSatisfy(d -> {
                assertThat(d.content()).doesNotContain("\uFFFD");
                assertThat(d.title()).doesNotContain("\uFFFD", "Ã");
            });
        }
        assertThat(result("rss-atom-feeds/encoding.rss").documents).hasSize(40)
                .anySatisfy(d -> assertThat(d.title()).contains("ç"));
        assertThat(result("rss-atom-feeds/uolNoticias.rss").documents)
                .anySatisfy(d -> assertThat(d.title()).contains("simulações"));
    }

    @Test
    void nonEnglishFeedItemsAreSkippedForLanguage() throws SkipException {
        for (String file : List.of("rss-atom-feeds/heise.atom", "rss-atom-feeds/encoding.rss")) {
            long skippedForLanguage = result(file).documents.stream().filter(d -> {
                try {
                    CLEANER.clean(d);
                    return false;
                } catch (SkipException e) {
                    return e.getMessage().startsWith("language: ");
                }
            }).count();
            assertThat(skippedForLanguage).as(file).isGreaterThan(result(file).documents.size() * 3L / 4);
        }
        CleanArticle guardian = CLEANER.clean(result("rss-atom-feeds/guardian.rss").documents.get(0));
        assertThat(guardian.language()).isEqualTo("en");
        assertThat(guardian.body()).startsWith("The president’s ‘new American moment’ speech")
                .doesNotContain("Continue reading", "Related:");
    }

    @Test
    void feedsWithOddShapesAreHandled() {
        assertThat(result("rss-atom-feeds/unrecognized.rss").skipped.values()).singleElement()
                .satisfies(r -> assertThat(r).startsWith("not a feed"));
        assertThat(result("rss-atom-feeds/rss-1.rss").documents).hasSize(69)
                .allSatisfy(d -> assertThat(d.content()).isEqualTo(d.title()));
        assertThat(result("rss-atom-feeds/content-encoded.rss").documents).hasSize(7)
                .allSatisfy(d -> assertThat(d.format()).isEqualTo(RawDocument.Format.HTML));
        assertThat(result("rss-atom-feeds/missing-fields.atom").skipped.values()).containsExactly("feed item without text");
        assertThat(result("rss-atom-feeds/feedburner.atom").documents).hasSize(25);
    }
}
