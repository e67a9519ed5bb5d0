package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.bench.BenchTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bench command runs end to end and prints its table. Only the tokenize configuration runs
 * here: the others load CoreNLP's models (gigabytes, a minute). No speed is asserted.
 */
class BenchCommandTest {
    @TempDir
    Path corpus;

    @Test
    void measuresTwoDocumentsAtTwoThreadCountsAndPrintsTheTable() throws IOException {
        Files.writeString(corpus.resolve("a.txt"), "Leaders meet in Geneva\n\n"
                + "The foreign ministers of France and Germany met in Geneva on Monday. They discussed trade.\n");
        Files.writeString(corpus.resolve("b.txt"), "Talks end without a deal\n\n"
                + "Negotiators from both countries left the talks late on Tuesday. No agreement was signed.\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "bench", "--only", "tokenize", "--threads", "1,2", "--warmup", "1",
                corpus.toString());

        assertThat(code).as(err.toString()).isZero();
        String table = out.toString();
        assertThat(table).contains("corpus: 2 documents from 2 files");
        for (String column : BenchTable.COLUMNS) {
            assertThat(table).contains(column);
        }
        assertThat(table.lines().filter(l -> l.matches("tokenize\\s+[12]\\s+2\\s+\\d+\\s.*"))).hasSize(2);
        assertThat(table).contains("tokenize, 2/1 threads:").contains("peak RSS");
        assertThat(table.lines().filter(l -> l.startsWith("stock") || l.startsWith("dyad"))).isEmpty();
    }

    @Test
    void anUnknownConfigurationIsAUsageError() {
        StringWriter err = new StringWriter();

        int code = run(new StringWriter(), err, "bench", "--only", "petrarch", corpus.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown configuration 'petrarch'");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new DyadCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
