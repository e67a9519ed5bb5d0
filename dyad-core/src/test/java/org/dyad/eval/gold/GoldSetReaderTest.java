package org.dyad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetReaderTest {
    private static final String EVENT = "{\"cameo\":\"111\",\"source\":\"GBROPP\",\"target\":\"GBRGOV\","
            + "\"certainty\":\"asserted\",\"attribution\":null,\"sym\":false,\"trigger\":\"attacked\"}";

    private static String line(String id, String events) {
        return "{\"id\":\"" + id + "\",\"path\":\"bbc/politics/001.txt\",\"start\":10,\"end\":60,"
                + "\"sha1\":\"0123456789ab\",\"stratum\":\"act\",\"events\":[" + events + "]}";
    }

    @Test
    void readsSentencesAndTheirEvents(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, line("g1", EVENT) + "\n\n" + line("g2", "") + "\n");
        List<GoldSentence> gold = GoldSetReader.read(f);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).events().get(0).root()).isEqualTo("11");
        assertThat(gold.get(1).events()).isEmpty();
    }

    @Test
    void aTypoStopsReadingWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, line("g1", "") + "\n" + line("g2", EVENT.replace("asserted", "assertd")) + "\n");
        assertThatThrownBy(() -> GoldSetReader.read(f)).hasMessageContaining("gold.jsonl:2:")
                .hasMessageContaining("unknown certainty assertd");
    }

    @Test
    void codesAndIdsAreChecked() {
        assertThatThrownBy(() -> GoldSetReader.parse(line("g1", EVENT.replace("\"111\"", "\"11\"")), "f:1: "))
                .hasMessageContaining("3 or 4 digits");
        assertThatThrownBy(() -> GoldSetReader.parse(line("g1", EVENT.replace("GBROPP", "Tories")), "f:1: "))
                .hasMessageContaining("source must be an actor code");
        assertThatThrownBy(() -> GoldSetReader.parse(line("g1", "").replace("\"stratum\"", "\"stratm\""), "f:1: "))
                .hasMessageContaining("f:1:");
    }

    @Test
    void duplicateIdsAreRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, line("g1", "") + "\n" + line("g1", "") + "\n");
        assertThatThrownBy(() -> GoldSetReader.read(f)).hasMessageContaining("duplicate id g1");
    }
}
