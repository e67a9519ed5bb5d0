package org.dyad.code.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.code.actor.ActorMention;
import org.dyad.code.cameo.CameoCode;
import org.dyad.code.cameo.CodeBook;
import org.dyad.code.draft.EventDraft;
import org.dyad.code.trigger.TriggerDictionary;
import org.dyad.model.Certainty;

/**
 * Codes expressed intentions as CAMEO does: "Turkey said it plans to visit Egypt" is 036 (express
 * intent to meet), not 042 (visit), which has not happened ({@code cameo-intent.tsv}). The event's
 * rule keeps the intended act ("+intent 042->036"). Dictionaries whose codes already say when a
 * sentence states an intention (PETRARCH's) keep their own codes.
 */
public final class StatedIntents {
    private final CodeBook codes;
    private final TriggerDictionary dictionary;

    public StatedIntents(CodeBook codes, TriggerDictionary dictionary) {
        this.codes = codes;
        this.dictionary = dictionary;
    }

    /** How a rule says a stated intention recoded the act ("… +intent 1711->130 @cameo-intent.tsv:43"). */
    private static final String INTENT_MARK = " +intent ";

    /** A draft with its final CAMEO code and the rule that gave it. */
    public record Coded(EventDraft draft, String cameo, String rule) {
        String root() {
            return cameo.substring(0, 2);
        }

        Coded withDraft(EventDraft d) {
            return new Coded(d, cameo, rule);
        }
    }

    /** Each draft's final code; a residual intent that a more specific one states again is left out. */
    public List<Coded> code(List<EventDraft> drafts) {
        return withoutGenericIntents(drafts.stream().map(d -> coded(d, drafts)).toList());
    }

    private Coded coded(EventDraft d, List<EventDraft> all) {
        String act = d.cameo();
        String rule = d.rule() + " @" + d.trigger().pattern().origin();
        return statedIntent(d, all)
                .map(i -> new Coded(d, i.cameo(), rule + INTENT_MARK + act + "->" + i.cameo() + " @" + i.origin()))
                .orElse(new Coded(d, act, rule));
    }

    private Optional<CodeBook.Intent> statedIntent(EventDraft d, List<EventDraft> all) {
        if (d.certainty() != Certainty.INTENDED || dictionary.codesIntentions(d.trigger().pattern())
                || !expressed(d, all)) {
            return Optional.empty();
        }
        return codes.intentFor(d.cameo());
    }

    /**
     * CAMEO's roots 03 and 13 code an intention someone expresses: "Iran said it would meet
     * Russia", "Jawara will visit Mauritania, diplomatic sources said", "promised to send aid". A
     * plan the journalist tells in their own words ("Straw is to visit Thailand this week", "the
     * unions will hold talks with Prescott") is the act itself, intended, as the coding guide codes
     * it. A coercive act stated as coming (roots 14–20) is a threat whoever tells it.
     */
    private static boolean expressed(EventDraft d, List<EventDraft> all) {
        if (d.told() || CameoCode.isCoercive(d.cameo())) {
            return true;
        }
        return all.stream().anyMatch(g -> g != d && isGenericIntent(g.cameo()) && g.sentence() == d.sentence()
                && sameCode(g.source(), d.source())); // "pledged to visit": the pledge states it
    }

    private static boolean isGenericIntent(String cameo) {
        return cameo.equals(CameoCode.GENERIC_INTENT) || cameo.equals(CameoCode.GENERIC_THREAT);
    }

    /**
     * "Turkey plans to visit Egypt" and "the EU pledged to work towards lifting the ban" each hold
     * one intention read twice: the intent verb (030, intent to cooperate) and the intended act
     * (036 intent to meet, 0354 intent to ease sanctions). CAMEO codes the most specific reading, so
     * a residual 030 or 130 gives way to a more precise code of its root for the same source in the
     * same sentence (and the same target, unless the residual has none). The intention was stated
     * when the intent verb says ("In December, the EU pledged …"), so its date wins over a
     * publication- or dateline-date fallback.
     */
    private static List<Coded> withoutGenericIntents(List<Coded> all) {
        List<Coded> kept = new ArrayList<>(all);
        for (Coded g : all) {
            int specific = isGenericIntent(g.cameo()) ? moreSpecific(g, kept) : -1;
            if (specific < 0) {
                continue;
            }
            Coded f = kept.get(specific);
            if (!"text".equals(f.draft().dated().source()) && "text".equals(g.draft().dated().source())) {
                kept.set(specific, f.withDraft(f.draft().withDated(g.draft().dated())));
            }
            kept.remove(g);
        }
        return kept;
    }

    private static int moreSpecific(Coded g, List<Coded> all) {
        EventDraft gd = g.draft();
        for (int i = 0; i < all.size(); i++) {
            Coded f = all.get(i);
            EventDraft fd = f.draft();
            // an intended act coded to the residual itself ("threatened to seize Taiwan": 1711 -> 130)
            // is the same intention as the verb's 130, named by its act
            boolean sameIntention = !f.cameo().equals(g.cameo()) || f.rule().contains(INTENT_MARK);
            // "pledged to fight Russia's disinformation": the pledge (030) states the threat (1384)
            boolean statedThreat = g.cameo().equals(CameoCode.GENERIC_INTENT) && f.root().equals("13")
                    && f.rule().contains(INTENT_MARK);
            if (f != g && fd.sentence() == gd.sentence() && (f.root().equals(g.root()) || statedThreat)
                    && sameIntention && sameCode(fd.source(), gd.source())
                    && (gd.target() == null || sameCode(fd.target(), gd.target()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameCode(ActorMention a, ActorMention b) {
        return a == null ? b == null : b != null && Objects.equals(a.actor().code(), b.actor().code());
    }
}
