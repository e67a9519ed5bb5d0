package org.dyad.code.article;

import java.util.List;
import java.util.Set;
import org.dyad.code.actor.ActorDictionary;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.draft.EventDraft;

/**
 * Acts the coding guide (docs/coding-guide.md, sections 1, 3 and 4) does not code, though a
 * trigger row reads them:
 * <ul>
 * <li>a resignation (0831): the guide codes one only as yielding to a named actor (080), which
 * the sentence then says ("resigned under pressure from X"); "Mr Blunkett quit", "Kilroy-Silk
 * quit UKIP" are no dyadic event;</li>
 * <li>a denial of a claim or report (016): "Howard denied the shadow cabinet was split", "refused
 * to deny the claim" — only a denial of responsibility or involvement is an act toward someone;
 * likewise an admission (015) only of responsibility, blame or a mistake;</li>
 * <li>considering or reviewing (014) and ceremonies (017): internal deliberation and symbols;</li>
 * <li>"forcing" with nobody forced (170): "the reshuffle forced by the resignation of Blunkett",
 * "fathers' activists had forced the changes", "force a by-election" — a cause, not coercion of
 * anyone; with a target it stays ("Russia forced Yukos to sell");</li>
 * <li>force with nobody it is aimed at, by a body or office that bears no arms (roots 18–20: a
 * legislature, party, firm, newspaper or civilian): "Tories fighting against defence cuts",
 * "Reuters beat profit forecasts", "the National Assembly taking control" are words of politics and
 * business, not violence. Governments, armed bodies, armed groups and countries named alone stay
 * ("gunmen opened fire", "Argentina invaded the territory in 1982"); a person in no armed
 * office does not ("Mr Jackson, who has clashed with his leaders").</li>
 * <li>business between private parties (section 3: "business deals between firms, prices,
 * takeovers → no event"): trade between two parties neither of which is a state, a public body or
 * an international organisation ("WPP bought US rival Grey Global", "Fiat had sold GM a stake"),
 * and talks, deals or backing between two such firms ("Barclays held talks with Wells Fargo",
 * "Mitsubishi struck a deal with Peugeot"). A firm dealing with a state stays ("Shell signed a
 * deal with Qatar"), and so do two people the lexicons do not know, who may be politicians ("Dr
 * Gibbons praised the work of Ms Hutt").</li>
 * </ul>
 */
public final class UncodedActs {
    private static final String RESIGNATION = "0831";
    /** Coercion with no more said of it (170): "forced" someone, or something. */
    private static final String BARE_COERCION = "170";
    private static final Set<String> DELIBERATION_AND_SYMBOLS = Set.of("014", "017");
    private static final Set<String> OWNING_UP = Set.of("015", "016");
    /** What a denial or an admission must be of to be an act toward someone. */
    private static final Set<String> RESPONSIBILITY = Set.of("responsibility", "involvement", "role", "part", "blame",
            "credit", "mistake", "error", "failure", "link", "links");
    /**
     * Sectors of bodies and people that bear no arms. Not a government, which commands them ("the
     * Taliban attacked a police post", "areas besieged by the regime").
     */
    private static final Set<String> UNARMED = Set.of("LEG", "OPP", "JUD", "MED", "BUS", "CVL", "EDU", "HLH", "LAB",
            "REL", "ELI", "REF", "AGR", "ENV", "HRI", "DEV");

    /** Roots of dealings that are business when both parties are private: consult, cooperate, trade. */
    private static final Set<String> PRIVATE_DEALINGS = Set.of("04", "05", "06");
    /** Material cooperation: trade, investment, buying and selling. */
    private static final String TRADE = "06";
    /** Sectors of private parties: firms, media, civilians. */
    private static final Set<String> PRIVATE = Set.of("BUS", "MED", "CVL");

    /** Sectors of those who bear arms: forces, police, intelligence, armed groups. */
    private static final Set<String> ARMED = Set.of("MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF");

    private UncodedActs() {
    }

    /** The coded events the guide codes. */
    public static List<StatedIntents.Coded> keep(List<StatedIntents.Coded> coded) {
        return coded.stream().filter(c -> coded(c.draft(), c.cameo())).toList();
    }

    static boolean coded(EventDraft d, String cameo) {
        if (cameo.startsWith(RESIGNATION) || DELIBERATION_AND_SYMBOLS.contains(cameo)
                || cameo.equals(BARE_COERCION) && d.target() == null) {
            return false;
        }
        if (OWNING_UP.contains(cameo)) {
            return d.objectLemmas().stream().anyMatch(RESPONSIBILITY::contains);
        }
        return !untargetedForce(d, cameo) && !privateBusiness(d, cameo);
    }

    private static boolean privateBusiness(EventDraft d, String cameo) {
        String root = cameo.substring(0, 2);
        if (!PRIVATE_DEALINGS.contains(root) || d.source() == null || d.target() == null) {
            return false;
        }
        boolean trade = root.equals(TRADE); // "Frederick bought the Telegraph Group"
        return isPrivate(d.source(), trade) && isPrivate(d.target(), trade);
    }

    /**
     * A firm, a newspaper or a private person: a business, media or civilian sector, or a name the
     * lexicons do not know (an organisation coded with its country alone: "WPP", "Fiat"; a person
     * too when {@code persons}). A state named as such ("Russia", "Indian", "Moscow") and
     * international bodies are not.
     */
    private static boolean isPrivate(ActorMention m, boolean persons) {
        List<String> sectors = m.actor().sectors();
        if (m.actor().country() == null) {
            return false; // an international organisation
        }
        if (!sectors.isEmpty()) {
            return PRIVATE.containsAll(sectors);
        }
        return m.kind() == ActorDictionary.Kind.INSTITUTION || persons && m.kind() == ActorDictionary.Kind.PERSON;
    }

    private static boolean untargetedForce(EventDraft d, String cameo) {
        return CameoCode.isForce(cameo) && d.target() == null && (unarmed(d.source()) || unarmedPerson(d.source()));
    }

    /**
     * A person named with no armed office: "Mr Jackson, who has clashed with his leaders",
     * "Nicholas Betts-Green, who had been selected to fight the seat", "Gordon Brown" as the one who
     * "fired up" two friends. A president or minister commands force through the forces, which the
     * sentence then names; a warlord or a general is coded with an armed sector and stays.
     */
    private static boolean unarmedPerson(ActorMention m) {
        return m != null && m.kind() == ActorDictionary.Kind.PERSON
                && m.actor().sectors().stream().noneMatch(ARMED::contains);
    }

    private static boolean unarmed(ActorMention m) {
        List<String> sectors = m == null ? List.of() : m.actor().sectors();
        return !sectors.isEmpty() && UNARMED.containsAll(sectors);
    }
}
