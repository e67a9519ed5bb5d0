package org.dyad.code.argument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.code.Annotated;
import org.dyad.code.actor.ActorMention;
import org.dyad.model.Document;
import org.dyad.pipeline.SharedPipeline;
import org.junit.jupiter.api.Test;

/** Saying that another party must act is a demand on it, on sentences written for it. */
class ReportedObligationsTest {
    private final ArgumentFinder finder = new ArgumentFinder(Annotated.cues());

    private Optional<ReportedObligations.Demand> demand(String text, String speechVerb) {
        Annotated a = Annotated.of(text);
        var speech = a.trigger(0, speechVerb);
        List<ActorMention> speakers = finder.find(a.tree(0), speech, a.actors()).sources();
        return ReportedObligations.demand(a.tree(0), speech, a.actors(), speakers);
    }

    @Test
    void anObligationLaidOnAnotherPartyIsADemandOnIt() {
        ReportedObligations.Demand d = demand("Britain said Libya must hand over the two suspects.", "said").orElseThrow();
        assertThat(d.trigger().pattern().cameo()).isEqualTo("100");
        assertThat(d.trigger().pattern().origin()).isEqualTo(ReportedObligations.ORIGIN);
        assertThat(ArgumentFinderTest.countries(d.targets())).containsExactly("LBY");
        ReportedObligations.Demand after = demand("China must drop its barriers to exports, the Japanese government said.",
                "said").orElseThrow();
        assertThat(ArgumentFinderTest.countries(after.targets())).as("the speech verb after the quote").containsExactly("CHN");
    }

    @Test
    void aSentenceWhoseOnlyActIsTheObligationIsParsed() {
        assertThat(ReportedObligations.mayDemand(Annotated.of("He said Ugandan forces must leave the region.")
                .article().sentences().get(0).tokens())).isTrue();
        assertThat(ReportedObligations.mayDemand(Annotated.of("He said Ugandan forces had left the region.")
                .article().sentences().get(0).tokens())).isFalse();
        Document d = SharedPipeline.text("The Sudanese government said Ugandan forces must leave the region.", "2008-01-01");
        assertThat(d.events()).as("the statement's sentence is parsed and coded").anyMatch(e -> e.cameo().equals("100")
                && e.source().country().equals("SDN") && e.target().country().equals("UGA"));
    }

    @Test
    void adviceAFactOrAnObligationOnTheSpeakerItselfIsNoDemand() {
        assertThat(demand("Britain said Libya should hand over the two suspects.", "said")).isEmpty();
        assertThat(demand("Britain said Libya had handed over the two suspects.", "said")).isEmpty();
        assertThat(demand("The Iranian president said Iran must be ready for any attack.", "said")).isEmpty();
        assertThat(demand("Britain denied that Libya must hand over the two suspects.", "denied")).isEmpty();
    }
}
