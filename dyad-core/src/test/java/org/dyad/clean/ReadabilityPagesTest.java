package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.CleanArticle;
import org.dyad.model.RawDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Boilerplate removal measured on Mozilla Readability's news test pages (needs ../shared). */
class ReadabilityPagesTest {
    private static final Path PAGES = Path.of(System.getProperty("dyad.shared", "../shared"),
            "data", "readability-news-testpages");

    record Score(String page, double f1) {
    }

    @Test
    void extractedBodiesMatchExpectedArticleText() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(PAGES), "shared data not present");
        DefaultArticleCleaner cleaner = new DefaultArticleCleaner(new CleanOptions(true));
        List<Score> scores = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PAGES)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("source.html"))).sorted().toList()) {
                String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text();
                String body;
                try {
                    CleanArticle article = cleaner.clean(RawDocument.html(dir.getFileName().toString(),
                            Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8)));
                    body = article.body();
                } catch (SkipException e) {
                    body = "";
                }
                scores.add(new Score(dir.getFileName().toString(), TokenF1.of(body, expected)));
            }
        }
        double mean = scores.stream().mapToDouble(Score::f1).average().orElse(0);
        scores.sort(Comparator.comparingDouble(Score::f1));
        System.out.printf("readability pages: %d, mean token F1 %.4f%n", scores.size(), mean);
        scores.forEach(s -> System.out.printf("  %-16s %.4f%n", s.page(), s.f1()));
        assertThat(scores).hasSizeGreaterThanOrEqualTo(20);
        assertThat(mean).isGreaterThanOrEqualTo(0.85);
    }
}
