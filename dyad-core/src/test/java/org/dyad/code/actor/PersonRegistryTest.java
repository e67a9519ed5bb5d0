package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonRegistryTest {
    private static final Actor SHOIGU = new Actor("Sergei Shoigu", "RUSMILGOV", "RUS", "MIL", List.of("MIL", "GOV"));

    @TempDir
    Path temp;

    @Test
    void learnsPeopleWithProvenanceAndCountsSightings() throws Exception {
        PersonRegistry r = PersonRegistry.empty();
        r.learn("a.txt", "2021-10-26", List.of(new PersonRegistry.Learnt("Sergei Shoigu", SHOIGU, 3)));
        r.learn("b.txt", "2021-11-02", List.of(new PersonRegistry.Learnt("Sergei  SHOIGU", SHOIGU, 0)));
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
    void aSnapshotDoesNotSeeLaterLessons() {
        PersonRegistry r = PersonRegistry.empty();
        PersonRegistry before = r.snapshot();
        r.learn("a.txt", "2021-10-26", List.of(new PersonRegistry.Learnt("Sergei Shoigu", SHOIGU, 3)));
        assertThat(before.lookup("Sergei Shoigu")).isEmpty();
        assertThat(r.snapshot().lookup("Sergei Shoigu")).isPresent();
    }

    @Test
    void aMalformedRowNamesItsLine() throws Exception {
        Path file = temp.resolve("bad.tsv");
        Files.writeString(file, "# header\nJust a name\n");
        assertThatThrownBy(() -> PersonRegistry.load(file)).hasMessageContaining("bad.tsv:2");
    }
}
