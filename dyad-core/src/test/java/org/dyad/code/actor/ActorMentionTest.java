package org.dyad.code.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** When two mentions are one actor, so that an event between them would be a self-dyad. */
class ActorMentionTest {
    private static ActorMention mention(String text, String code, String... sectors) {
        return new ActorMention(0, 1, 1, new Actor(text, code, code.substring(0, 3), sectors.length == 0 ? null : sectors[0],
                List.of(sectors)), Kind.PERSON);
    }

    @Test
    void twoBodiesSharingASectoredCodeAreTwoActors() {
        assertThat(mention("National Audit Office", "GBRGOV", "GOV").sameActor(mention("ministers", "GBRGOV", "GOV"))).isFalse();
        assertThat(mention("Tony Blair", "GBRGOV", "GOV").sameActor(mention("Gordon Brown", "GBRGOV", "GOV"))).isFalse();
    }

    @Test
    void theSameNameOrSurnameIsTheSameActor() {
        assertThat(mention("Tony Blair", "GBRGOV", "GOV").sameActor(mention("Mr Blair", "GBRGOV", "GOV"))).isTrue();
        assertThat(mention("Tony Blair", "GBRGOV", "GOV").sameActor(mention("Tony Blair", "GBROPP", "OPP"))).isFalse();
    }

    @Test
    void aBareCountryCodeCannotTellAStateFromItselfButTwoNamedPeopleAreTwo() {
        ActorMention britain = new ActorMention(0, 1, 1, new Actor("Britain", "GBR", "GBR", null, List.of()), Kind.COUNTRY);
        ActorMention uk = new ActorMention(0, 1, 1, new Actor("the UK", "GBR", "GBR", null, List.of()), Kind.COUNTRY);
        assertThat(britain.sameActor(uk)).isTrue();
        assertThat(mention("Harold Pemberton", "GBR").sameActor(britain)).as("a person and their country").isTrue();
        assertThat(mention("Harold Pemberton", "GBR").sameActor(mention("Mary Gwynne", "GBR")))
                .as("two people only the article's country codes").isFalse();
        assertThat(mention("Harold Pemberton", "GBR").sameActor(mention("Mr Pemberton", "GBR"))).isTrue();
    }
}
