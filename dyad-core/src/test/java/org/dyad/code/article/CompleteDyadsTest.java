package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.draft.EventDraft;
import org.dyad.model.Actor;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** Events keep only when the text gives the parties their act needs (coding guide, section 1). */
class CompleteDyadsTest {

    private static StatedIntents.Coded coded(String cameo, ActorMention source, ActorMention target, String rule) {
        EventDraft d = new EventDraft(trigger(0, 3, "act", cameo, true), source, target, Certainty.ASSERTED, null,
                HandMade.PUBLISHED, null, List.of(), rule);
        return new StatedIntents.Coded(d, cameo, rule);
    }

    private static boolean kept(String cameo, ActorMention source, ActorMention target) {
        return kept(cameo, source, target, "subject");
    }

    private static boolean kept(String cameo, ActorMention source, ActorMention target, String rule) {
        return !CompleteDyads.keep(List.of(coded(cameo, source, target, rule))).isEmpty();
    }

    @Test
    void aStatementWithNoAddresseeIsNoEvent() {
        assertThat(kept("010", country(0, "GBR"), null)).isFalse();
        assertThat(kept("010", country(0, "GBR"), country(0, "FRA"))).as("a bare statement, even to someone").isFalse();
        assertThat(kept("012", country(0, "GBR"), country(0, "FRA"))).as("a pessimistic comment on France").isTrue();
        assertThat(kept("016", country(0, "GBR"), country(0, "FRA"))).as("a denial").isTrue();
    }

    @Test
    void tellingAnOutletIsNoEvent() {
        ActorMention bbc = new ActorMention(0, 5, 6, new Actor("BBC Radio", "GBRMED", "GBR", "MED", List.of("MED")),
                ActorDictionary.Kind.INSTITUTION);
        assertThat(kept("010", country(0, "GBR"), bbc)).as("the minister told BBC Radio").isFalse();
        assertThat(kept("111", country(0, "GBR"), bbc)).as("criticising the BBC is an act on it").isTrue();
    }

    @Test
    void criticismAppealsAndThreatsNeedATarget() {
        for (String cameo : List.of("020", "030", "100", "111", "120", "130")) {
            assertThat(kept(cameo, country(0, "GBR"), null)).as(cameo).isFalse();
            assertThat(kept(cameo, country(0, "GBR"), country(0, "IRN"))).as(cameo).isTrue();
        }
    }

    @Test
    void relationsAreReducedWithSomeone() {
        assertThat(kept("160", country(0, "PRK"), null)).as("'North Korea has halted the process'").isFalse();
        assertThat(kept("163", country(0, "USA"), country(0, "IRN"))).as("sanctions on Iran").isTrue();
        assertThat(kept("163", null, country(0, "IRN"), "matrix-participant")).as("'marked the lifting of sanctions'")
                .isTrue();
    }

    @Test
    void aPrivatePersonsTripIsNoVisit() {
        ActorMention man = new ActorMention(0, 1, 3, new Actor("British man", "GBRCVL", "GBR", "CVL", List.of("CVL")),
                ActorDictionary.Kind.DEMONYM);
        ActorMention minister = new ActorMention(0, 1, 3, new Actor("British minister", "GBRGOV", "GBR", "GOV", List.of("GOV")),
                ActorDictionary.Kind.DEMONYM);
        assertThat(kept("042", man, country(0, "SYR"))).as("a British man travelled to Syria").isFalse();
        assertThat(kept("042", minister, country(0, "SYR"))).isTrue();
        assertThat(kept("190", man, country(0, "SYR"))).as("only visits").isTrue();
    }

    @Test
    void aVisitToATownAtHomeHostsNothing() {
        ActorMention leader = new ActorMention(0, 1, 2, new Actor("Charles Kennedy", "GBROPP", "GBR", "OPP", List.of("OPP")),
                ActorDictionary.Kind.PERSON);
        assertThat(kept("042", leader, country(0, "GBR"))).as("Kennedy visits Manchester").isFalse();
        assertThat(kept("042", leader, country(0, "FRA"))).as("a visit abroad").isTrue();
        ActorMention council = new ActorMention(0, 5, 6, new Actor("Leeds council", "GBRGOV", "GBR", "GOV", List.of("GOV")),
                ActorDictionary.Kind.INSTITUTION);
        assertThat(kept("042", leader, council)).as("a visit to a body at home has a host").isTrue();
    }

    @Test
    void cooperationIsDoneWithSomeone() {
        for (String cameo : List.of("040", "051", "061", "071", "090")) {
            assertThat(kept(cameo, country(0, "GBR"), null)).as(cameo + " with no second party").isFalse();
            assertThat(kept(cameo, country(0, "GBR"), country(0, "FRA"))).as(cameo).isTrue();
        }
        assertThat(kept("0831", country(0, "GBR"), null)).as("yielding may stand alone").isTrue();
    }

    @Test
    void aProtestOrAnAttackNeedsNoTargetButASource() {
        assertThat(kept("141", country(0, "GBR"), null)).isTrue();
        assertThat(kept("190", country(0, "RUS"), null)).isTrue();
        assertThat(kept("190", null, country(0, "UKR"))).isFalse();
    }

    @Test
    void onlyALiftingOrASanctionOnTheSentencesOwnParticipantMayLeaveItsAgentOut() {
        assertThat(kept("081", null, country(0, "IRN"), "matrix-participant")).as("Iran marked the lifting of the embargo")
                .isTrue();
        assertThat(kept("163", null, country(0, "IRN"), "matrix-participant")).isTrue();
        assertThat(kept("084", null, country(0, "FRA"), "passive")).as("France's output was released").isFalse();
        assertThat(kept("087", null, country(0, "SYR"), "subject")).as("a way to end the conflict").isFalse();
        assertThat(kept("081", null, null, "matrix-participant")).isFalse();
    }

    @Test
    void aNamedPersonWithNoCodeIsNoParty() {
        ActorMention nobody = new ActorMention(0, 1, 2, new Actor("Jane Doe", null, null, null, List.of()),
                ActorDictionary.Kind.PERSON);
        assertThat(kept("111", nobody, country(0, "GBR"))).isFalse();
        assertThat(kept("111", country(0, "GBR"), nobody)).isFalse();
    }

    @Test
    void aPlannedActIsTowardSomeone() {
        EventDraft stepDown = new EventDraft(trigger(0, 3, "step", "0831", true), country(0, "GBR"), null,
                Certainty.INTENDED, null, HandMade.PUBLISHED, null, List.of(), "subject");
        assertThat(CompleteDyads.keep(List.of(new StatedIntents.Coded(stepDown, "0831", "r"))))
                .as("'Boateng is to step down': no second party").isEmpty();
        assertThat(CompleteDyads.keep(List.of(new StatedIntents.Coded(stepDown.withCertainty(Certainty.ASSERTED), "0831",
                "r")))).as("'Boateng stepped down' may stand alone").hasSize(1);
        EventDraft visit = new EventDraft(trigger(0, 3, "visit", "042", true), country(0, "GBR"), country(0, "THA"),
                Certainty.INTENDED, null, HandMade.PUBLISHED, null, List.of(), "subject");
        assertThat(CompleteDyads.keep(List.of(new StatedIntents.Coded(visit, "042", "r")))).hasSize(1);
    }

    @Test
    void theFinalCodeDecides() {
        EventDraft attack = new EventDraft(trigger(0, 3, "attack", "190", true), country(0, "TUR"), null,
                Certainty.INTENDED, null, HandMade.PUBLISHED, null, List.of(), "subject");
        assertThat(CompleteDyads.keep(List.of(new StatedIntents.Coded(attack, "190", "r")))).hasSize(1);
        assertThat(CompleteDyads.keep(List.of(new StatedIntents.Coded(attack, "138", "r")))).as("a threat needs a target")
                .isEmpty();
    }
}
