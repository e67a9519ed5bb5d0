package org.dyad.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.eval.gold.CodedEvent;
import org.dyad.learn.LearnedEvents.Coder;
import org.dyad.model.Actor;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

class LearnedEventsTest {
    private static final String TEXT = "The Tories accused Home Secretary Charles Clarke of misleading MPs.";

    private static ActorSpan span(ActorSpan.Role role, String words) {
        int at = TEXT.indexOf(words);
        return new ActorSpan(role, at, at + words.length());
    }

    private static LearnedCoding coding(double p, String root, List<ActorSpan> spans) {
        return new LearnedCoding(p, new LabelledHead.Prediction(root, 0.8), null, null,
                new LabelledHead.Prediction("asserted", 0.7), spans);
    }

    private static Entity entity(String words, String code) {
        int at = TEXT.indexOf(words);
        return new Entity(words, "PERSON", at, at + words.length(), null, null,
                new Actor(words, code, code.substring(0, 3), code.substring(3), List.of(code.substring(3))));
    }

    private static Event ruleEvent(String root, Actor source, Actor target) {
        return new Event("e1", 0, new Event.Trigger("accused", 11, 18), source, target, root + "2", root, -2, 3, null,
                null, null, null, null, "asserted", null, List.of(), "test");
    }

    @Test
    void learnedSpansTakeTheCodeOfTheEntityTheyCover() {
        LearnedCoding c = coding(0.9, "11", List.of(span(ActorSpan.Role.S, "The Tories"),
                span(ActorSpan.Role.T, "Home Secretary Charles Clarke")));
        List<Entity> entities = List.of(entity("Charles Clarke", "GBRGOV"));
        Actor tories = new Actor("Tories", "GBROPP", "GBR", "OPP", List.of("OPP"));
        List<CodedEvent> events = LearnedEvents.events(Coder.LEARNED, c, TEXT, entities,
                List.of(ruleEvent("04", tories, null)));
        // Source from the rule event's party with an overlapping word, target from the entity.
        assertThat(events).containsExactly(new CodedEvent("11", "GBROPP", "GBRGOV", "asserted", "learned"));
    }

    @Test
    void aSpanNothingKnownCoversStaysEmpty() {
        LearnedCoding c = coding(0.9, "11", List.of(span(ActorSpan.Role.S, "The Tories")));
        assertThat(LearnedEvents.events(Coder.LEARNED, c, TEXT, List.of(), List.of()))
                .containsExactly(new CodedEvent("11", null, null, "asserted", "learned"));
    }

    @Test
    void combinedKeepsRuleEventsOnlyWhereTheDetectorAgrees() {
        Actor tories = new Actor("Tories", "GBROPP", "GBR", "OPP", List.of("OPP"));
        List<Event> rules = List.of(ruleEvent("11", tories, null));
        assertThat(LearnedEvents.events(Coder.COMBINED, coding(0.2, "11", List.of()), TEXT, List.of(), rules)).isEmpty();
        assertThat(LearnedEvents.events(Coder.COMBINED, coding(0.8, "04", List.of()), TEXT, List.of(), rules))
                .extracting(CodedEvent::root).containsExactly("11");
        assertThat(LearnedEvents.events(Coder.COMBINED, coding(0.8, "04", List.of()), TEXT, List.of(), List.of()))
                .extracting(CodedEvent::root).containsExactly("04");
        assertThat(LearnedEvents.events(Coder.RULES, coding(0.2, "04", List.of()), TEXT, List.of(), rules))
                .extracting(CodedEvent::root).containsExactly("11");
    }

    @Test
    void lexiconNamesInsideASpanGiveItsCode() {
        assertThat(LearnedEvents.lexiconCode("Syria")).isEqualTo("SYR");
        assertThat(LearnedEvents.lexiconCode("the Syrian foreign minister")).isEqualTo("SYRGOV");
        assertThat(LearnedEvents.lexiconCode("Iraqi troops")).startsWith("IRQ");
        assertThat(LearnedEvents.lexiconCode("the committee chairman")).isNull();
    }
}
