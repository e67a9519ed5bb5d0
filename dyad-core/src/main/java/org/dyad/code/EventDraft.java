package org.dyad.code;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Certainty;
import org.dyad.model.Event;

/** An event being coded: mutable only inside {@link DyadEventCoder}, then frozen into an {@link Event}. */
final class EventDraft {
    final Trigger trigger;
    ActorMention source;
    ActorMention target;
    Certainty certainty;
    Event.Attribution attributedTo;
    EventDater.Dated dated;
    Event.Place place;
    final List<String> objectLemmas;
    final List<Event.Amount> amounts = new ArrayList<>();
    String rule;

    EventDraft(Trigger trigger, ActorMention source, ActorMention target, CertaintyClassifier.Verdict verdict,
            EventDater.Dated dated, Event.Place place, List<String> objectLemmas, String rule) {
        this.trigger = trigger;
        this.source = source;
        this.target = target;
        this.certainty = verdict.certainty();
        this.attributedTo = verdict.attributedTo();
        this.dated = dated;
        this.place = place;
        this.objectLemmas = objectLemmas;
        this.rule = rule;
    }

    String dyadKey() {
        return ActorCodes.party(source == null ? null : source.actor()) + ">"
                + ActorCodes.party(target == null ? null : target.actor()) + ":"
                + trigger.pattern().cameo().substring(0, 2);
    }
}
