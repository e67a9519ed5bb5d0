package org.dyad.code.argument;

import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorCodes;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.lexicon.CueLexicon;
import org.dyad.code.lexicon.CueLexicon.Cue;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.model.Event;

/**
 * People the dictionaries give no country — "18 people", "three men", "several suspects", "aid
 * workers" — are still the target of force, coercion or a release done to them. Coders of CAMEO
 * data code them as civilians (CVL) of a country: the one where the act happens ("beheaded three
 * men in Nangarhar province"), else the country of the state body that acts on them at home
 * ("Beijing police detained 18 people"). A place in their own phrase ("residents of Aleppo") the
 * argument finder has already made the target. With neither, as for an armed group acting nowhere
 * named, the target stays empty. An appeal to people ("urged voters to…", "urged people to put
 * the comments into context") is made to the civilians of the one who appeals, else of the act's
 * place (coding guide: "urged voters to ..." is 020 toward the country's CVL). Returns new
 * {@link Arguments}; the rule says {@code +people-target}.
 */
public final class PeopleTargets {
    /** Coercion, assault, fighting, mass violence: acts done to people whoever they are. */
    private static final Set<String> DONE_TO_PEOPLE = Set.of("17", "18", "19", "20");
    /** Releasing persons (084x) is done to people as well. */
    private static final String RELEASE = "084";
    private static final String APPEAL = "02";
    private static final String ARMED = "MIL";

    private final CueLexicon cues;

    public PeopleTargets(CueLexicon cues) {
        this.cues = cues;
    }

    public Arguments complete(DependencyTree tree, Trigger t, Arguments args, Event.Place place) {
        String cameo = t.pattern().cameo();
        boolean doneToPeople = DONE_TO_PEOPLE.contains(cameo.substring(0, 2)) || cameo.startsWith(RELEASE);
        boolean appeal = cameo.startsWith(APPEAL);
        if (!doneToPeople && !appeal || !t.verb() || !args.targets().isEmpty() || args.sources().isEmpty()) {
            return args;
        }
        int people = peopleObject(tree, t.token());
        if (people < 0) {
            return args;
        }
        ActorMention src = args.sources().get(0);
        // an appeal is made to the appealer's own people unless it says otherwise ("urged voters to…");
        // a place in the sentence is more often where something else happened ("MAB, which opposed the
        // war in Iraq, urged Muslims not to vote for Labour")
        String country = appeal && src.actor().country() != null ? src.actor().country()
                : place != null ? place.country() : null;
        if (country == null && actAtHome(args.sources())) { // a state body's acts on unnamed people are at home
            country = src.actor().country();
        }
        if (country == null) {
            return args;
        }
        String text = tree.token(people).word();
        ActorMention target = new ActorMention(t.sentence(), people, people,
                ActorCodes.actor(text, country, country, List.of("CVL")), ActorDictionary.Kind.GROUP);
        return new Arguments(args.sources(), List.of(target), args.rule() + "+people-target");
    }

    /**
     * Whether the acts of these sources on unnamed people are done at home: state bodies of one
     * country, none of them armed forces, which act abroad ("U.S. forces and Iraqi police detained
     * more than 50 people" near Baquba: the people are no Americans).
     */
    private static boolean actAtHome(List<ActorMention> sources) {
        String country = sources.get(0).actor().country();
        return sources.stream().allMatch(m -> ActorCodes.ofState(m.actor()) && !m.actor().sectors().contains(ARMED)
                && country != null && country.equals(m.actor().country()));
    }

    /** The verb's object (or, in the passive, its subject) when it is a word for people, else -1. */
    private int peopleObject(DependencyTree tree, int verb) {
        for (int o : tree.children(verb)) {
            String r = tree.relation(o);
            if ((r.equals("obj") || r.equals("nsubj:pass")) && cues.is(tree.lemma(o), Cue.PEOPLE_NOUN)) {
                return o;
            }
        }
        return -1;
    }
}
