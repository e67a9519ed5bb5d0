package org.dyad.code.article;

import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.draft.EventDraft;
import org.dyad.model.Certainty;

/**
 * Keeps only events whose parties the text gives, as the coding guide (docs/coding-guide.md,
 * section 1) and CAMEO's practice require. Acts that point at someone — statements (01), appeals
 * (02), intents (03), demands (10), criticism (11), rejections (12), threats (13) — need a coded
 * target: "X said the economy was strong" or "X called for an inquiry" with no addressee is no
 * dyadic event, and neither is "X told the BBC …": the outlet a statement is made to is how it
 * reached the public, not a party to it. So do cooperative acts, which are done with or for
 * someone — consulting (04), diplomatic (05) and material cooperation (06), aid (07) — and
 * investigation (09): "Brown discussed the campaign", "the bank is selling bonds" name no second
 * party. Yielding (08), protests (14), force posture (15), coercion and violence (16–20) may stand
 * alone ("rebels withdrew", "gunmen opened fire"). A visit to a place of one's own country hosts
 * nothing ("Kennedy visits Manchester"), and a private person's trip is no visit. Every act needs
 * a coded source, except a yielding or sanctioning act (roots 08, 16) named as a noun on the
 * sentence's own participant, whose agent the text leaves out ("Iran marked the lifting of the
 * embargo"). Other agentless acts are kept out: read as a careful coder reads them, nearly all
 * were misreadings ("France's output was released", "talks to end the conflict" → Syria,
 * "Britons released from the US camp" → USA), or their agent was named and missed ("expelled from
 * the Labour party"). Runs last, on the final codes (a stated intention is root 03 whatever act it
 * intends), after context, fragments and repeated tellings had their chance to fill a missing party.
 */
public final class CompleteDyads {
    /**
     * Roots whose act is aimed at someone. Reducing relations (16) is always with someone: "the
     * government has suspended its plan", "UKIP have suspended a candidate", "has halted the process"
     * reduce relations with nobody.
     */
    private static final Set<String> TARGET_REQUIRED = Set.of("01", "02", "03", "04", "05", "06", "07", "09", "10",
            "11", "12", "13", "16");
    /**
     * The plain statement, with no reading of its own: "Blair told MPs…", "the prime minister told
     * Mr Brown he would stand down". What a statement does to someone is coded as that act
     * (criticism, appeal, denial, a pessimistic comment); what is left is an audience, and the
     * guide codes no bare 010.
     */
    private static final String BARE_STATEMENT = "010";
    private static final Set<String> SOURCE_MAY_BE_IMPLIED = Set.of("08", "16");
    /** The rule of a noun act on its sentence's own participant ("Iran marked the lifting of the embargo"). */
    private static final String OWN_PARTICIPANT = "matrix-participant";
    /** Make a visit, host a visit: acts between a visitor and a host. */
    private static final Set<String> VISITS = Set.of("042", "043");
    /** Sectors of private people, whose trips are no visits. */
    private static final Set<String> PRIVATE = Set.of("CVL", "REF");

    private CompleteDyads() {
    }

    /** The coded events that have the parties their act needs. */
    public static List<StatedIntents.Coded> keep(List<StatedIntents.Coded> coded) {
        return coded.stream().filter(c -> complete(c.draft(), c.cameo())).toList();
    }

    static boolean complete(EventDraft d, String cameo) {
        String root = cameo.substring(0, 2);
        boolean source = coded(d.source());
        boolean target = coded(d.target());
        if ((TARGET_REQUIRED.contains(root) || plannedCooperation(d, cameo)) && !target
                || root.equals("01") && media(d.target())
                || cameo.equals(BARE_STATEMENT)
                || VISITS.contains(cameo) && (placeAtHome(d.source(), d.target()) || privateTrip(d.source()))) {
            return false;
        }
        return source || target && SOURCE_MAY_BE_IMPLIED.contains(root) && d.rule().startsWith(OWN_PARTICIPANT);
    }

    /**
     * A planned act that is no force ("Boateng is to step down", "the bank is to relax
     * restrictions") is an intention, and an intention, like root 03, is toward someone: with no
     * second party it is no dyadic event. Coming coercion is left to the roots' own rule (a
     * threat, 13, needs its target; a dictionary's own intended code may stand alone).
     */
    private static boolean plannedCooperation(EventDraft d, String cameo) {
        return d.certainty() == Certainty.INTENDED && !CameoCode.isCoercive(cameo);
    }

    /**
     * A visit whose target is only a place of the visitor's own country — a bare country code, as
     * a town is coded ("Kennedy visits Manchester"): domestic travel, with no host.
     */
    private static boolean placeAtHome(ActorMention source, ActorMention target) {
        return coded(source) && coded(target) && target.actor().sectors().isEmpty()
                && target.actor().country() != null && target.actor().country().equals(source.actor().country());
    }

    /**
     * A civilian's or refugee's journey is no visit: "a British man travelled to Syria to join
     * fighters", "refugees arrived in Greece". CAMEO's 042/043 are official and diplomatic visits.
     */
    private static boolean privateTrip(ActorMention source) {
        return source != null && PRIVATE.stream().anyMatch(source.actor().sectors()::contains);
    }

    private static boolean media(ActorMention m) {
        return m != null && m.actor().sectors().contains("MED");
    }

    private static boolean coded(ActorMention m) {
        return m != null && m.actor().code() != null;
    }
}
