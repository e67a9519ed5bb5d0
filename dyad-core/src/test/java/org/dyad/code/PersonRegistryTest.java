package org.dyad.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonRegistryTest {
    @TempDir
    Path temp;

    private static AnnotatedArticle article(String origin, String date) {
        return new AnnotatedArticle(new CleanArticle(origin, null, null, date, null, null, "en", "x", List.of()),
                List.of(), List.of());
    }

    @Test
    void learnsPeopleWithProvenanceAndCountsSightings() throws Exception {
        PersonRegistry r = PersonRegistry.empty();
        Actor shoigu = new Actor("Sergei Shoigu", "RUSMILGOV", "RUS", "MIL", List.of("MIL", "GOV"));
        r.learn("Sergei Shoigu", shoigu, article("a.txt", "2021-10-26"), 3);
        r.learn("Sergei  SHOIGU", shoigu, article("b.txt", "2021-11-02"), 0);
        Path file = temp.resolve("people.tsv");
        r.save(file);

        PersonRegistry back = PersonRegistry.load(file);
        assertThat(back.lookup("sergei shoigu")).map(Actor::code).contains("RUSMILGOV");
        PersonRegistry.Entry e = back.entries().get(0);
        assertThat(e.seen()).isEqualTo(2);
        assertThat(e.origin()).isEqualTo("a.txt");
        assertThat(e.sentence()).isEqualTo(3);
        assertThat(e.date()).isEqualTo("2021-10-26");
        assertThat(Files.readString(file)).startsWith("# name\tcode");
    }

    @Test
    void aMalformedRowNamesItsLine() throws Exception {
        Path file = temp.resolve("bad.tsv");
        Files.writeString(file, "# header\nJust a name\n");
        assertThatThrownBy(() -> PersonRegistry.load(file)).hasMessageContaining("bad.tsv:2");
    }
}
