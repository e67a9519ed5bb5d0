package org.dyad.code.argument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary.Kind;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.data.TsvFile;
import org.dyad.code.data.TsvRow;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.code.trigger.Trigger;
import org.dyad.code.trigger.TriggerDictionary;

/**
 * Force words said of politics: "Howard attacked Blair", "Labour clashed with the unions", "the
 * Tories went on the offensive" are criticism (111), not violence. A trigger listed in
 * {@code verbal-senses.tsv} whose act is force (roots 18–20) takes the verbal code when no party is
 * armed and some target is a person or a political body; an attack on a country, a place or an
 * armed group, or by soldiers, police or rebels, keeps its code.
 */
public final class VerbalConflicts {
    static final String FILE = "org/dyad/cameo/verbal-senses.tsv";
    private static final Set<String> ARMED = Set.of("MIL", "REB", "COP", "SPY", "UAF", "INS", "SEP");
    /** A protest word that is also how armies move. */
    private static final String MARCH = "march";
    private static final String PROTEST = "protest";
    /** CAMEO 114, complain officially. */
    private static final String OFFICIAL_COMPLAINT = "114";
    private static final Set<String> POLITICAL = Set.of("GOV", "OPP", "LEG", "JUD", "ELI", "MED", "LAB");

    private record Reading(String cameo, String origin) {
    }

    private final Map<String, Reading> senses;

    private VerbalConflicts(Map<String, Reading> senses) {
        this.senses = Map.copyOf(senses);
    }

    public static VerbalConflicts shipped() {
        Map<String, Reading> m = new HashMap<>();
        for (TsvRow r : TsvFile.resource(FILE).headerRow().columns(3, 3).rows()) {
            String pos = r.required(1, "pos");
            String cameo = r.required(2, "cameo");
            if (!pos.equals("V") && !pos.equals("N")) {
                throw r.error("pos must be V or N, got '" + pos + "'");
            }
            if (!cameo.matches("0[0-9]{2}|1[0-7][0-9]")) {
                throw r.error("cameo must be a three-digit verbal CAMEO code (01-17), got '" + cameo + "'");
            }
            if (m.put(key(r.required(0, "lemma"), pos.charAt(0)), new Reading(cameo, FILE.substring(FILE.lastIndexOf('/') + 1)
                    + ":" + r.line())) != null) {
                throw r.error("lemma and pos listed twice");
            }
        }
        return new VerbalConflicts(m);
    }

    /**
     * The verbal reading of a force trigger with these parties, if the politics of the parties call
     * for it. A light verb whose object is a listed force noun reads as that noun: "Blair launched
     * an attack on Conservative spending plans" is the attack's criticism, as "attacked the plans" is.
     */
    public Optional<Trigger> reading(DependencyTree tree, Trigger t, Arguments args) {
        TriggerDictionary.Pattern p = t.pattern();
        Reading r = forceWord(p);
        if (r == null && t.verb() && CameoCode.isForce(p.cameo())) {
            for (int o : tree.children(t.token(), "obj")) {
                r = r != null ? r : senses.get(key(tree.lemma(o), 'N'));
            }
        }
        if (r == null) {
            return Optional.empty();
        }
        boolean armed = args.sources().stream().anyMatch(VerbalConflicts::armed)
                || args.targets().stream().anyMatch(VerbalConflicts::armed);
        if (armed || args.targets().stream().noneMatch(VerbalConflicts::political)) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(t.sentence(), t.token(), p.recoded(r.cameo(), r.origin()), t.verb()));
    }

    /**
     * "Verizon has won a takeover battle for MCI", "the two airlines are fighting for passengers": a
     * force word between companies, none armed, is competition in a market, no event at all.
     */
    public boolean marketContest(Trigger t, Arguments args) {
        if (forceWord(t.pattern()) == null) {
            return false;
        }
        List<ActorMention> parties = new ArrayList<>(args.sources());
        parties.addAll(args.targets());
        return !parties.isEmpty() && parties.stream().allMatch(m -> m.actor().sectors().contains("BUS") && !armed(m));
    }

    /**
     * "In their march toward Raqqah, the SDF has liberated dozens of villages", "troops marched
     * into the town": armed forces on the march advance, they do not protest (root 14).
     */
    public boolean armedMarch(Trigger t, Arguments args) {
        return MARCH.equals(t.pattern().lemma()) && t.pattern().cameo().startsWith("14")
                && args.sources().stream().anyMatch(m -> armed(m) || m.actor().code() != null
                        && m.actor().code().startsWith("IMG"));
    }

    /**
     * "The United States is formally protesting China's decision", "Qatar suspended ties to protest
     * the offensive": a state that protests does not take to the streets; it complains officially
     * (114). When every source is a state itself (its government, or the country or capital named
     * alone), the verb "protest" coded as a demonstration (root 14) is read so, when it names whom
     * the complaint is aimed at ("Gaza fuel distributors went on strike to protest the cutbacks" stays).
     */
    public Optional<Trigger> statesProtest(Trigger t, Arguments args) {
        TriggerDictionary.Pattern p = t.pattern();
        if (!t.verb() || !PROTEST.equals(p.lemma()) || !p.cameo().startsWith("14") || args.sources().isEmpty()
                || args.targets().isEmpty()
                || !args.sources().stream().allMatch(ContextParties::theStateItself)) {
            return Optional.empty();
        }
        return Optional.of(new Trigger(t.sentence(), t.token(), p.recoded(OFFICIAL_COMPLAINT,
                p.origin() + " +state-protest"), true));
    }

    /** The verbal reading of a listed force word read as force (roots 18–20), or null. */
    private Reading forceWord(TriggerDictionary.Pattern p) {
        Reading r = senses.get(key(p.lemma(), p.pos()));
        return r != null && CameoCode.isForce(p.cameo()) ? r : null;
    }

    private static boolean armed(ActorMention m) {
        return m.actor().sectors().stream().anyMatch(ARMED::contains);
    }

    /** A person (named or titled) or a body of politics; a bare country, capital or place is not. */
    private static boolean political(ActorMention m) {
        if (m.actor().code() == null || m.kind() == Kind.CAPITAL) {
            return false; // "bombarding an area west of Damascus": the capital as a place, not its government
        }
        return m.kind() == Kind.PERSON || m.actor().sectors().stream().anyMatch(POLITICAL::contains);
    }

    private static String key(String lemma, char pos) {
        return lemma + "/" + pos;
    }
}
