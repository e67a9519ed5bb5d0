package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The PETRARCH2 validation dictionaries and records in ../shared load cleanly (skipped without ../shared). */
class PetrarchValidationDataTest {

    private static Path folder() {
        String shared = System.getProperty("dyad.shared", "../shared");
        Path dir = Path.of(shared, "data", "petrarch2-validation");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no " + dir);
        return dir;
    }

    @Test
    void validationDictionariesLoadWithoutWarnings() {
        PetrarchDictionaries d = PetrarchDictionaries.load(folder());
        assertThat(d.files()).hasSize(4);
        assertThat(d.warnings()).isEmpty();
        assertThat(d.triggers(PetrarchDictionaries.Mode.REPLACE).patterns("restore", 'V')).isNotEmpty();
        assertThat(d.discards().discards()).isNotEmpty();
    }

    @Test
    void validationRecordsAreAllRead() throws IOException {
        ValidationRecords r = ValidationRecords.read(folder().resolve("PETR.UnitTest.records.xml"));
        assertThat(r.records()).hasSizeGreaterThan(250);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.records()).anyMatch(ValidationRecord::noEvents);
    }
}
