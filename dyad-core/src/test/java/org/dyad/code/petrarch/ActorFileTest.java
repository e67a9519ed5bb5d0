package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorFileTest {
    private final ActorFile file = ActorFile.read(TestDictionaries.file("Test.actors.txt"));

    private ActorRecord named(String first) {
        return file.records().stream().filter(r -> String.join(" ", r.names().get(0)).equals(first)).findFirst().orElseThrow();
    }

    @Test
    void readsNamesSynonymsAndCodes() {
        ActorRecord fre = named("FREEDONIA");
        assertThat(fre.names()).containsExactly(List.of("FREEDONIA"), List.of("FREEDONIAN"), List.of("RUFUS", "T.", "FIREFLY"));
        assertThat(fre.codesOn(null)).containsExactly("FRE");
        assertThat(named("SYLVANIA").codesOn(null)).containsExactly("SYL");
        assertThat(named("TRENTINO OF SYLVANIA").codesOn(null)).containsExactly("SYLGOV");
    }

    @Test
    void choosesTheCodeThatHoldsOnTheDay() {
        ActorRecord vul = named("VULGARIA");
        assertThat(vul.names()).contains(List.of("BARON", "BOMBURST"));
        assertThat(vul.codesOn(LocalDate.of(1989, 12, 31))).containsExactly("VUL");
        assertThat(vul.codesOn(LocalDate.of(1990, 1, 1))).containsExactly("VULGOV");
        assertThat(vul.codesOn(LocalDate.of(1999, 12, 31))).containsExactly("VULGOV");
        assertThat(vul.codesOn(LocalDate.of(2000, 1, 1))).containsExactly("VULREB");
    }

    @Test
    void splitsMultipleCodesAndSkipsEntriesWithoutCode() {
        assertThat(named("GRAND FENWICK").codesOn(null)).containsExactly("GFW", "TLL");
        assertThat(file.records()).noneMatch(r -> r.names().get(0).equals(List.of("KLOPSTOKIA")));
        assertThat(file.warnings()).anyMatch(w -> w.contains("KLOPSTOKIA") && w.contains("no code"));
        assertThat(named("NASGUL").codesOn(null)).containsExactly("###");
    }

    @Test
    void readsShortAndLongDates() {
        assertThat(DatedCode.parse("HOB < 950601").to()).isEqualTo(LocalDate.of(1995, 5, 31));
        assertThat(DatedCode.parse("HOB >200101").from()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(DatedCode.parse("hobgov 19950601-19990815").code()).isEqualTo("HOBGOV");
        assertThatThrownBy(() -> DatedCode.parse("HOB 1995")).isInstanceOf(IllegalArgumentException.class);
    }
}
