package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval gold} scoring one coding against another; no article is read, no CoreNLP. */
class EvalGoldCommandTest {
    private static final String CRITICISE = "{\"cameo\":\"111\",\"source\":\"GBROPP\",\"target\":\"GBRGOV\","
            + "\"certainty\":\"asserted\",\"attribution\":null,\"sym\":false,\"trigger\":\"attacked\"}";
    private static final String MEET = "{\"cameo\":\"040\",\"source\":\"USAGOV\",\"target\":\"GBRGOV\","
            + "\"certainty\":\"asserted\",\"attribution\":null,\"sym\":true,\"trigger\":\"met\"}";

    private static String line(String id, String... events) {
        return "{\"id\":\"" + id + "\",\"path\":\"bbc/politics/001.txt\",\"start\":0,\"end\":10,"
                + "\"sha1\":\"0123456789ab\",\"stratum\":\"act\",\"events\":[" + String.join(",", events) + "]}\n";
    }

    private static String run(int[] exit, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        System.setErr(new PrintStream(buf, true));
        try {
            exit[0] = DyadCommand.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return buf.toString();
    }

    @Test
    void scoresASecondCodingAndListsWhatDiffers(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), line("g1", CRITICISE) + line("g2", MEET) + line("g3"));
        String reversedMeeting = MEET.replace("\"USAGOV\"", "\"X\"").replace("\"GBRGOV\"", "\"USAGOV\"").replace("\"X\"", "\"GBRGOV\"");
        Path other = Files.writeString(dir.resolve("other.jsonl"),
                line("g1", CRITICISE.replace("111", "130")) + line("g2", reversedMeeting) + line("g3"));
        Path misses = dir.resolve("misses.jsonl");
        int[] exit = new int[1];
        String out = run(exit, "eval", "gold", "--gold", gold.toString(), "--against", other.toString(),
                "--misses", misses.toString());
        assertThat(exit[0]).isZero();
        assertThat(out).contains("3 sentences (2 with events, 2 events)");
        assertThat(out).containsPattern("root\\+source\\+target \\(party\\) +1 +2 +2 +0\\.500 +0\\.500 0\\.500");
        List<String> written = Files.readAllLines(misses);
        assertThat(written).hasSize(1);
        assertThat(written.get(0)).contains("\"id\":\"g1\"").contains("\"cameo\":\"111\"");
    }

    @Test
    void needsEitherTheArticlesOrAnotherCoding(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), line("g1"));
        int[] exit = new int[1];
        String out = run(exit, "eval", "gold", "--gold", gold.toString());
        assertThat(exit[0]).isEqualTo(2);
        assertThat(out).contains("exactly one of --data DIR and --against FILE");
    }
}
