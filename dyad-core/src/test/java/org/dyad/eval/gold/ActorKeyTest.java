package org.dyad.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorKeyTest {

    @Test
    void countryCodesKeepTheirFirstSectorWhenStrict() {
        assertThat(ActorKey.STRICT.of("GBRGOVCOP")).isEqualTo("GBRGOV");
        assertThat(ActorKey.STRICT.of("USA")).isEqualTo("USA");
        assertThat(ActorKey.PARTY.of("GBRGOVCOP")).isEqualTo("GBR");
    }

    @Test
    void organisationsKeepTheirWholeCodeWhenStrictAndNineLettersAsParty() {
        assertThat(ActorKey.STRICT.of("IGOEUREECLEG")).isEqualTo("IGOEUREECLEG");
        assertThat(ActorKey.PARTY.of("IGOEUREECLEG")).isEqualTo("IGOEUREEC");
        assertThat(ActorKey.PARTY.of("IGOUNO")).isEqualTo("IGOUNO");
        assertThat(ActorKey.PARTY.of("ngohriamn")).isEqualTo("NGOHRIAMN");
    }

    @Test
    void aMissingActorIsTheEmptyKey() {
        assertThat(ActorKey.PARTY.of(null)).isEmpty();
        assertThat(ActorKey.STRICT.of(" ")).isEmpty();
    }
}
