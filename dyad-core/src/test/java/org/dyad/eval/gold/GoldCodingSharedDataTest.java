package org.dyad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.SharedPipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the gold evaluation's article coding on two gold articles; skips without ../shared. */
class GoldCodingSharedDataTest {
    private static final Path GOLD = Path.of("../data/gold/bbc-gold.jsonl");

    @Test
    void everyGoldSentenceOfAnArticleIsFoundAndGetsOnlyItsOwnEvents() throws IOException {
        String shared = System.getProperty("dyad.shared");
        Assumptions.assumeTrue(shared != null, "dyad.shared not set");
        Path data = Path.of(shared, "data/bbc-news-fulltext");
        Assumptions.assumeTrue(Files.isDirectory(data), "BBC data set absent: " + data);
        List<GoldSentence> gold = GoldSetReader.read(GOLD);
        GoldCoding coding = new GoldCoding(SharedPipeline.get(), data, "2005-01-01");
        for (String path : List.of("bbc/politics/007.txt", "bbc/business/420.txt")) {
            List<GoldSentence> sentences = gold.stream().filter(s -> s.path().equals(path)).toList();
            assertThat(sentences).as(path).isNotEmpty();
            for (GoldCoding.Result r : coding.codeArticle(path, sentences)) {
                assertThat(r.problem()).as(r.gold().id()).isNull();
                assertThat(SentenceLocator.hash(r.text())).isEqualTo(r.gold().sha1());
                r.events().forEach(e -> assertThat(SentenceLocator.fold(r.text())).contains(e.trigger().text()));
            }
        }
    }

    @Test
    void theGoldSetIsLargeEnoughAndHalfHasEvents() throws IOException {
        List<GoldSentence> gold = GoldSetReader.read(GOLD);
        assertThat(gold).hasSizeGreaterThanOrEqualTo(300);
        long withEvents = gold.stream().filter(s -> !s.events().isEmpty()).count();
        assertThat(withEvents).isBetween(gold.size() / 4L, gold.size() * 3L / 4);
    }
}
