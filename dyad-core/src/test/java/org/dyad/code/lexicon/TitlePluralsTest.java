package org.dyad.code.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plurals of multi-word titles, and the sector index that reads them. */
class TitlePluralsTest {

    @Test
    void theHeadNounTakesTheRegularPlural() {
        assertThat(TitlePlurals.of("police chief")).isEqualTo("police chiefs");
        assertThat(TitlePlurals.of("finance minister")).isEqualTo("finance ministers");
        assertThat(TitlePlurals.of("party secretary")).isEqualTo("party secretaries");
        assertThat(TitlePlurals.of("police spokesman")).isEqualTo("police spokesmen");
        assertThat(TitlePlurals.of("army coach")).isEqualTo("army coaches");
    }

    @Test
    void theHeadIsTheWordBeforeItsPostmodifier() {
        assertThat(TitlePlurals.of("chief of the general staff")).isEqualTo("chiefs of the general staff");
        assertThat(TitlePlurals.of("commander in chief")).isEqualTo("commanders in chief");
    }

    @Test
    void oneWordOrAlreadyPluralTitlesAreLeftAlone() {
        assertThat(TitlePlurals.of("leader")).isNull();
        assertThat(TitlePlurals.of("police officers")).isNull();
        assertThat(TitlePlurals.of("commander-in-chief")).isNull();
    }

    @Test
    void theSectorIndexReadsThePluralAsTheTitle() {
        List<PhraseIndex.Match<SectorTerm>> found = ActorLexicon.load().sectorIndex()
                .findAll(List.of("the", "police", "chiefs", "met"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).values().get(0).sectors()).containsExactly("COP");
        assertThat(found.get(0).values().get(0).kind()).isEqualTo(SectorTerm.Kind.TITLE);
    }
}
