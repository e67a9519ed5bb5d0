package org.dyad.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** Saved queries read as /api/events reads them, matched against single event mentions. */
class AlertQueryTest {
    private static Event event(String source, String target, String cameo, String certainty) {
        return new Event("e", 0, new Event.Trigger("signed", 7, 13), actor(source), actor(target), cameo,
                cameo.substring(0, 2), 1.0, 1, new Event.Plover("AGREE", null), "2021-10-25", "day", "text",
                new Event.Place("Tehran", "IRN", 35.7, 51.4), certainty, null, List.of(), null);
    }

    private static Actor actor(String code) {
        return code == null ? null : new Actor(code, code, code.substring(0, 3), null, List.of());
    }

    @Test
    void bothNeedsOneActorOnEachSideInEitherDirection() {
        AlertQuery q = AlertQuery.parse("actor=RUS&actor=IRN&both=true");
        assertThat(q.matches(event("RUSMIL", "IRNGOV", "057", "asserted"))).isTrue();
        assertThat(q.matches(event("IRN", "RUS", "057", "asserted"))).isTrue();
        assertThat(q.matches(event("RUS", "USA", "057", "asserted"))).isFalse();
        assertThat(q.matches(event("RUS", "RUS", "057", "asserted"))).as("one actor on both sides").isFalse();
    }

    @Test
    void withoutBothAnyActorOnEitherSideMatches() {
        AlertQuery q = AlertQuery.parse("actor=RUS&actor=IRN");
        assertThat(q.matches(event("USA", "IRNGOV", "057", "asserted"))).isTrue();
        assertThat(q.matches(event("USA", "CHN", "057", "asserted"))).isFalse();
    }

    @Test
    void certaintyListAndCodePrefixesFilter() {
        AlertQuery q = AlertQuery.parse("source=rus&cameo=05&certainty=asserted,reported");
        assertThat(q.matches(event("RUSGOV", "IRN", "057", "reported"))).isTrue();
        assertThat(q.matches(event("RUSGOV", "IRN", "057", "hedged"))).isFalse();
        assertThat(q.matches(event("RUSGOV", "IRN", "112", "asserted"))).isFalse();
        assertThat(AlertQuery.parse("country=IRN").matches(event("USA", "CHN", "057", "asserted")))
                .as("the place counts for country").isTrue();
        assertThat(AlertQuery.parse("plover=AGREE&root=05").matches(event("USA", "CHN", "057", "asserted"))).isTrue();
    }

    @Test
    void mistakesAreClearErrors() {
        assertThatThrownBy(() -> AlertQuery.parse("actor=RUS&both=true")).hasMessageContaining("two or more actor");
        assertThatThrownBy(() -> AlertQuery.parse("certainty=sure")).hasMessageContaining("certainty must be one of");
        assertThatThrownBy(() -> AlertQuery.parse("from=2021")).hasMessageContaining("unknown parameter 'from'");
    }
}
