package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.mention;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.draft.EventDraft;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** Acts a trigger row reads that the coding guide does not code, on drafts built by hand. */
class UncodedActsTest {

    private static boolean coded(String cameo, ActorMention source, ActorMention target, List<String> objects) {
        EventDraft d = new EventDraft(trigger(0, 3, "act", cameo, true), source, target, Certainty.ASSERTED, null,
                HandMade.PUBLISHED, null, objects, "subject");
        return !UncodedActs.keep(List.of(new StatedIntents.Coded(d, cameo, "subject"))).isEmpty();
    }

    private static ActorMention body(String code) {
        return mention(0, 1, code, code, ActorDictionary.Kind.INSTITUTION);
    }

    @Test
    void aResignationIsNoDyadicEvent() {
        assertThat(coded("0831", body("GBRGOV"), null, List.of())).as("'Mr Blunkett quit'").isFalse();
        assertThat(coded("0831", country(0, "GBR"), body("GBROPP"), List.of())).as("'quit UKIP'").isFalse();
        assertThat(coded("080", body("GBRGOV"), body("GBROPP"), List.of())).as("yielding to someone").isTrue();
    }

    @Test
    void onlyADenialOrAdmissionOfResponsibilityIsAnAct() {
        assertThat(coded("016", body("GBROPP"), body("GBRGOV"), List.of("claim"))).as("'denied the claim'").isFalse();
        assertThat(coded("016", body("PSEREB"), country(0, "ISR"), List.of("responsibility"))).isTrue();
        assertThat(coded("015", body("PSEREB"), country(0, "ISR"), List.of())).as("'acknowledged that…'").isFalse();
        assertThat(coded("015", body("PSEREB"), country(0, "ISR"), List.of("blame"))).isTrue();
    }

    @Test
    void deliberationAndCeremoniesAreNotCoded() {
        assertThat(coded("014", body("GBRGOV"), country(0, "GBR"), List.of())).isFalse();
        assertThat(coded("017", body("GBRGOV"), country(0, "ITA"), List.of())).isFalse();
        assertThat(coded("018", body("GBRGOV"), country(0, "IND"), List.of())).as("condolences stay").isTrue();
    }

    @Test
    void forcingNobodyIsACauseNotCoercion() {
        assertThat(coded("170", body("GBRGOV"), null, List.of())).as("'the reshuffle forced by the resignation'").isFalse();
        assertThat(coded("170", country(0, "RUS"), body("RUSBUS"), List.of())).as("'Russia forced Yukos to sell'").isTrue();
        assertThat(coded("173", body("GBRCOP"), null, List.of())).as("'police made arrests'").isTrue();
    }

    @Test
    void forceAimedAtNobodyIsNoViolenceUnlessTheDoerBearsArms() {
        assertThat(coded("190", body("GBROPP"), null, List.of())).as("'fighting against defence cuts'").isFalse();
        assertThat(coded("182", body("GBRMED"), null, List.of())).as("'Reuters beat forecasts'").isFalse();
        assertThat(coded("190", body("---REB"), null, List.of())).as("'gunmen opened fire'").isTrue();
        assertThat(coded("192", country(0, "ARG"), null, List.of())).as("'Argentina invaded'").isTrue();
        assertThat(coded("190", body("AFGGOV"), null, List.of())).as("'the Taliban attacked a police post'").isTrue();
        assertThat(coded("190", body("GBROPP"), country(0, "FRA"), List.of())).as("a target named").isTrue();
        assertThat(coded("111", body("GBROPP"), null, List.of())).as("not force: CompleteDyads' call").isTrue();
    }

    @Test
    void forceAimedAtNobodyByAPersonInNoArmedOfficeIsAWordOfPolitics() {
        assertThat(coded("190", person("GBR"), null, List.of())).as("'Mr Jackson, who has clashed with his leaders'")
                .isFalse();
        assertThat(coded("190", person("GBRGOV"), null, List.of())).as("'fired up by Gordon Brown's speech'").isFalse();
        assertThat(coded("190", person("SYRMIL"), null, List.of())).as("a general").isTrue();
        assertThat(coded("190", person("---REB"), null, List.of())).as("a warlord").isTrue();
        assertThat(coded("190", person("GBRGOV"), country(0, "IRQ"), List.of())).as("a target named").isTrue();
    }

    @Test
    void businessBetweenPrivatePartiesIsNoEvent() {
        assertThat(coded("061", body("USA"), body("USA"), List.of())).as("'WPP bought US rival Grey Global'").isFalse();
        assertThat(coded("061", person("GBR"), body("GBR"), List.of())).as("'Frederick bought the Telegraph Group'")
                .isFalse();
        assertThat(coded("046", body("GBR"), body("USABUS"), List.of())).as("'Barclays held talks with Wells Fargo'")
                .isFalse();
        assertThat(coded("057", body("JPNBUS"), body("FRA"), List.of())).as("'Mitsubishi struck a deal with Peugeot'")
                .isFalse();
        assertThat(coded("061", body("GBRBUS"), country(0, "QAT"), List.of())).as("a firm dealing with a state")
                .isTrue();
        assertThat(coded("040", body("USABUS"), body("USAGOV"), List.of())).as("a firm meeting the government").isTrue();
        assertThat(coded("061", body("USABUS"), body("IGOBUSWTO"), List.of())).as("an international body").isTrue();
        assertThat(coded("051", person("GBR"), person("GBR"), List.of()))
                .as("'Dr Gibbons praised the work of Ms Hutt': two people the lexicons do not know").isTrue();
        assertThat(coded("111", body("USABUS"), body("USABUS"), List.of())).as("criticism is no deal").isTrue();
    }

    private static ActorMention person(String code) {
        return mention(0, 1, code, code, ActorDictionary.Kind.PERSON);
    }
}
