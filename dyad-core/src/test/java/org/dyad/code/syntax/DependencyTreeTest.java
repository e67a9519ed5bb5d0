package org.dyad.code.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.syntax.ParseRepairsTest.index;

import org.dyad.code.Annotated;
import org.junit.jupiter.api.Test;

/** What DependencyTree reads off a parse beyond its arcs, on sentences written for it. */
class DependencyTreeTest {

    @Test
    void aVerbConjoinedBeforeASharedObjectHasItToo() {
        DependencyTree tree = Annotated.of("Gunmen shot and killed a police officer in Karachi.").tree(0);
        int officer = index(tree, "officer");
        assertThat(tree.head(officer)).as("the parse: the object hangs on the first verb").isEqualTo(index(tree, "shot"));
        assertThat(tree.objects(index(tree, "killed"))).containsExactly(officer);
        assertThat(tree.objects(index(tree, "shot"))).containsExactly(officer);
    }

    @Test
    void anObjectBeforeTheConjoinedVerbIsTheFirstVerbsAlone() {
        DependencyTree tree = Annotated.of("Troops attacked the village and withdrew.").tree(0);
        assertThat(tree.objects(index(tree, "withdrew"))).isEmpty();
        DependencyTree own = Annotated.of("Rebels seized the town and burned the market.").tree(0);
        assertThat(own.objects(index(own, "burned"))).containsExactly(index(own, "market"));
    }

    @Test
    void aParticipleServingAsAPrepositionKeepsItsForm() {
        DependencyTree tree = Annotated.of("He would defend his record following protests in Kenya.").tree(0);
        int protests = index(tree, "protests");
        assertThat(tree.token(tree.children(protests, "case").get(0)).pos()).as("the parse").isEqualTo("VBG");
        assertThat(tree.preposition(protests)).isEqualTo("following");
        assertThat(tree.preposition(index(tree, "Kenya"))).isEqualTo("in");
    }
}
