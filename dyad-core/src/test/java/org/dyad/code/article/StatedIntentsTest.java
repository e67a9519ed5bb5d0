package org.dyad.code.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.code.article.HandMade.country;
import static org.dyad.code.article.HandMade.trigger;

import java.util.List;
import org.dyad.code.cameo.LexiconCodeBook;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.time.EventDater;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.model.Certainty;
import org.junit.jupiter.api.Test;

/** Stated intentions coded as CAMEO codes them, on drafts built by hand. */
class StatedIntentsTest {
    private static final LexiconCodeBook CODES = LexiconCodeBook.shipped();
    /** Dyad's lexicon: codes the act and leaves the intention to the certainty stage. */
    private static final TriggerDictionary ACTS = (lemma, pos) -> List.of();
    /** A PETRARCH-like dictionary whose own patterns already code intentions. */
    private static final TriggerDictionary CODES_INTENTIONS = new TriggerDictionary() {
        @Override
        public List<Pattern> patterns(String lemma, char pos) {
            return List.of();
        }

        @Override
        public boolean codesIntentions(Pattern pattern) {
            return true;
        }
    };
    private static final EventDater.Dated DECEMBER = new EventDater.Dated("2023-12-05", "day", "text");

    /** A draft told in someone's words ("Turkey said it would visit Egypt"). */
    private static EventDraft draft(int sentence, int token, String lemma, String cameo, String source, String target,
            Certainty c) {
        return draft(sentence, token, lemma, cameo, source, target, c, true);
    }

    private static EventDraft draft(int sentence, int token, String lemma, String cameo, String source, String target,
            Certainty c, boolean told) {
        return new EventDraft(trigger(sentence, token, lemma, cameo, true), country(sentence, source),
                target == null ? null : country(sentence, target), c, null, told, HandMade.PUBLISHED, null, List.of(),
                List.of(), "subject");
    }

    private static List<StatedIntents.Coded> code(TriggerDictionary d, EventDraft... drafts) {
        return new StatedIntents(CODES, d).code(List.of(drafts));
    }

    @Test
    void anIntendedVisitIsAnIntentToMeet() {
        StatedIntents.Coded c = code(ACTS, draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED)).get(0);
        assertThat(c.cameo()).isEqualTo("036");
        assertThat(c.rule()).startsWith("subject @test:visit").contains("+intent 042->036 @cameo-intent.tsv:");
    }

    @Test
    void aPlanTheJournalistTellsIsTheActIntended() {
        // "Straw is to visit Thailand this week": nobody expressed an intention; the visit is planned
        StatedIntents.Coded c = code(ACTS, draft(0, 4, "visit", "042", "GBR", "THA", Certainty.INTENDED, false)).get(0);
        assertThat(c.cameo()).isEqualTo("042");
        assertThat(c.rule()).doesNotContain("+intent");
    }

    @Test
    void aPledgeExpressesTheIntentionItsInfinitiveNames() {
        // "Turkey pledged to visit Egypt", in the journalist's words: the pledge expresses it
        EventDraft pledge = draft(0, 2, "pledge", "030", "TUR", null, Certainty.ASSERTED, false);
        EventDraft visit = draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED, false);
        assertThat(code(ACTS, pledge, visit)).extracting(StatedIntents.Coded::cameo).containsExactly("036");
    }

    @Test
    void aComingCoerciveActIsAThreatWhoeverTellsIt() {
        assertThat(code(ACTS, draft(0, 4, "boycott", "1411", "SRB", "KOS", Certainty.INTENDED, false)).get(0).cameo())
                .startsWith("13");
    }

    @Test
    void anIntendedShowOfForceIsAThreat() {
        assertThat(code(ACTS, draft(0, 4, "mobilize", "152", "RUS", "UKR", Certainty.INTENDED)).get(0).cameo())
                .isEqualTo("138");
    }

    @Test
    void anActThatHappenedKeepsItsCode() {
        for (Certainty c : List.of(Certainty.ASSERTED, Certainty.REPORTED, Certainty.HEDGED, Certainty.NEGATED)) {
            StatedIntents.Coded coded = code(ACTS, draft(0, 4, "visit", "042", "TUR", "EGY", c)).get(0);
            assertThat(coded.cameo()).as(c.label()).isEqualTo("042");
            assertThat(coded.rule()).doesNotContain("+intent");
        }
    }

    @Test
    void aDictionaryThatCodesIntentionsKeepsItsOwnCode() {
        assertThat(code(CODES_INTENTIONS, draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED)).get(0).cameo())
                .isEqualTo("042");
    }

    @Test
    void aResidualIntentGivesWayToTheSpecificOneAndLendsItsDate() {
        EventDraft plan = draft(0, 2, "plan", "030", "TUR", null, Certainty.INTENDED).withDated(DECEMBER);
        EventDraft visit = draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED);
        List<StatedIntents.Coded> out = code(ACTS, plan, visit);
        assertThat(out).extracting(StatedIntents.Coded::cameo).containsExactly("036");
        assertThat(out.get(0).draft().dated()).as("the intention was stated when the plan was").isEqualTo(DECEMBER);
    }

    @Test
    void aResidualIntentOfAnotherSourceOrSentenceStays() {
        EventDraft visit = draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED);
        assertThat(code(ACTS, draft(0, 2, "plan", "030", "GRC", null, Certainty.INTENDED), visit))
                .extracting(StatedIntents.Coded::cameo).containsExactly("030", "036");
        assertThat(code(ACTS, draft(1, 2, "plan", "030", "TUR", null, Certainty.INTENDED), visit))
                .extracting(StatedIntents.Coded::cameo).containsExactly("030", "036");
    }

    @Test
    void aResidualIntentTowardsAnotherTargetStays() {
        EventDraft visit = draft(0, 4, "visit", "042", "TUR", "EGY", Certainty.INTENDED);
        assertThat(code(ACTS, draft(0, 2, "plan", "030", "TUR", "GRC", Certainty.INTENDED), visit))
                .extracting(StatedIntents.Coded::cameo).containsExactly("030", "036");
    }

    @Test
    void aThreatAndTheActItThreatensAreOneThreat() {
        // "China has threatened to seize Taiwan": threaten (130) and the intended seizure, coded 130 too
        EventDraft threat = draft(0, 3, "threaten", "130", "CHN", "TWN", Certainty.ASSERTED);
        EventDraft seize = draft(0, 5, "seize", "1711", "CHN", "TWN", Certainty.INTENDED);
        List<StatedIntents.Coded> out = code(ACTS, threat, seize);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).draft().trigger().token()).as("named by the act threatened").isEqualTo(5);
        assertThat(out.get(0).cameo()).startsWith("13");
    }

    @Test
    void aPledgeToFightIsTheThreatOnly() {
        // "The EU pledged to fight Russia's disinformation": one intention, coded as the threat it states
        EventDraft pledge = draft(0, 3, "pledge", "030", "EUR", "RUS", Certainty.ASSERTED);
        EventDraft fight = draft(0, 5, "fight", "190", "EUR", "RUS", Certainty.INTENDED);
        List<StatedIntents.Coded> out = code(ACTS, pledge, fight);
        assertThat(out).extracting(StatedIntents.Coded::cameo).hasSize(1).allMatch(c -> c.startsWith("13"));
    }
}
