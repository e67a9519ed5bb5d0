package org.dyad.code.draft;

import java.util.ArrayList;
import java.util.List;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.time.EventDater;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Certainty;
import org.dyad.model.Event;

/**
 * An event being coded, before it is frozen into an {@link Event}. Immutable: the article passes
 * return new drafts ({@code withSource}, {@code withCertainty} …) and only the coder that owns the
 * list of drafts replaces one by another.
 *
 * @param objectLemmas lemmas of the trigger's noun objects ("contract"), so later sentences that
 *                     speak of "the contract" can be tied back to the event
 * @param told         the act is in someone's words ("X said…", "according to…"), named or not, rather
 *                     than the journalist's own
 * @param rule         the mechanisms that produced the event so far
 */
public record EventDraft(Trigger trigger, ActorMention source, ActorMention target, Certainty certainty,
        Event.Attribution attributedTo, boolean told, EventDater.Dated dated, Event.Place place,
        List<String> objectLemmas, List<Event.Amount> amounts, String rule) {

    public EventDraft {
        objectLemmas = List.copyOf(objectLemmas);
        amounts = List.copyOf(amounts);
    }

    public EventDraft(Trigger trigger, ActorMention source, ActorMention target, Certainty certainty,
            Event.Attribution attributedTo, EventDater.Dated dated, Event.Place place, List<String> objectLemmas,
            String rule) {
        this(trigger, source, target, certainty, attributedTo, attributedTo != null, dated, place, objectLemmas,
                List.of(), rule);
    }

    /** Same parties (by country or IGO) and root: one act told once per sentence. */
    public String dyadKey() {
        return ActorCodes.party(source == null ? null : source.actor()) + ">"
                + ActorCodes.party(target == null ? null : target.actor()) + ":"
                + trigger.pattern().cameo().substring(0, 2);
    }

    public int sentence() {
        return trigger.sentence();
    }

    public String cameo() {
        return trigger.pattern().cameo();
    }

    public EventDraft withSource(ActorMention s) {
        return new EventDraft(trigger, s, target, certainty, attributedTo, told,
                dated, place, objectLemmas, amounts, rule);
    }

    public EventDraft withTarget(ActorMention t) {
        return new EventDraft(trigger, source, t, certainty, attributedTo, told,
                dated, place, objectLemmas, amounts, rule);
    }

    public EventDraft withPlace(Event.Place p) {
        return new EventDraft(trigger, source, target, certainty, attributedTo, told,
                dated, p, objectLemmas, amounts, rule);
    }

    public EventDraft withDated(EventDater.Dated d) {
        return new EventDraft(trigger, source, target, certainty, attributedTo, told,
                d, place, objectLemmas, amounts, rule);
    }

    public EventDraft withCertainty(Certainty c) {
        return new EventDraft(trigger, source, target, c, attributedTo, told,
                dated, place, objectLemmas, amounts, rule);
    }

    public EventDraft withAttributedTo(Event.Attribution a) {
        return new EventDraft(trigger, source, target, certainty, a, told || a != null,
                dated, place, objectLemmas, amounts, rule);
    }

    public EventDraft withRule(String r) {
        return new EventDraft(trigger, source, target, certainty, attributedTo, told,
                dated, place, objectLemmas, amounts, r);
    }

    public EventDraft plusAmount(Event.Amount a) {
        List<Event.Amount> more = new ArrayList<>(amounts);
        more.add(a);
        return new EventDraft(trigger, source, target, certainty, attributedTo, told,
                dated, place, objectLemmas, more, rule);
    }
}
