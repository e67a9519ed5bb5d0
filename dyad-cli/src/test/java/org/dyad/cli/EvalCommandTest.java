package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Argument handling of {@code dyad eval petrarch}; no coding happens here (no CoreNLP). */
class EvalCommandTest {

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString();
    }

    @Test
    void aFolderWithoutDictionariesIsAUsageError(@TempDir Path dir) throws Exception {
        Path records = Files.writeString(dir.resolve("r.xml"), "<Validation/>");
        int[] exit = new int[1];
        String err = stderrOf(() -> exit[0] = DyadCommand.execute("eval", "petrarch", "--records", records.toString(),
                "--dictionaries", dir.toString()));
        assertThat(exit[0]).isEqualTo(2);
        assertThat(err).contains("no *.actors.txt");
    }

    @Test
    void aModeOtherThanReplaceOrAddIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.discards.txt"), "CROQUET\n");
        int[] exit = new int[1];
        String err = stderrOf(() -> exit[0] = DyadCommand.execute("eval", "petrarch", "--records", "r.xml",
                "--dictionaries", dir.toString(), "--mode", "merge"));
        assertThat(exit[0]).isEqualTo(2);
        assertThat(err).contains("'replace' or 'add'");
    }
}
