package org.dyad.code.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentFileTest {
    private final AgentFile file = AgentFile.read(TestDictionaries.file("Test.agents.txt"));

    private List<String> phrasesWithCode(String code) {
        return file.records().stream().filter(r -> r.code().equals(code)).map(r -> String.join(" ", r.words())).toList();
    }

    @Test
    void makesRegularAndGivenPlurals() {
        assertThat(phrasesWithCode("MIL")).containsExactlyInAnyOrder("SOLDIER", "SOLDIERS", "ARMY", "ARMIES");
        assertThat(phrasesWithCode("COP")).containsExactly("POLICE");
        assertThat(phrasesWithCode("GGS")).containsExactly("GOOSE", "GEESE");
        assertThat(phrasesWithCode("GOVFRM")).containsExactly("FOREIGN MINISTER", "FOREIGN MINISTERS");
    }

    @Test
    void expandsSubstitutionMarkersWithoutPlurals() {
        assertThat(phrasesWithCode("GOV")).contains("CHAIRMAN", "CHAIRMEN", "CHAIRWOMAN", "CHAIRWOMEN", "OFFICIAL", "OFFICIALS")
                .doesNotContain("CHAIRMANS");
    }

    @Test
    void marksPrefixCodesAndWarnsOnMissingCode() {
        AgentRecord ngo = file.records().stream().filter(r -> r.code().equals("NGO")).findFirst().orElseThrow();
        assertThat(ngo.prefix()).isTrue();
        assertThat(ngo.words()).containsExactly("RELIEF", "AGENCY");
        assertThat(file.warnings()).hasSize(1).allMatch(w -> w.contains("without [code]"));
    }
}
