package org.dyad.code.petrarch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.code.cameo.CodeBook;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;

/**
 * PETRARCH's paired codes: a verb coded {@code 032:033} ("left for Minas Tirith") is a visit
 * (032) by the source and a hosting (033) by the target. Dyad's coder codes the first half; this
 * adds the second, target→source, to every event whose pattern carries a paired code (found from
 * the pattern origin the coder writes at the end of {@link Event#rule()}), and makes conjoined
 * subjects of such a verb, or of a {@code %} pattern ("X and Y agree"), act on each other.
 */
public final class Reciprocals {
    private final PetrarchTriggerDictionary verbs;
    private final CodeBook codes;

    public Reciprocals(PetrarchTriggerDictionary verbs, CodeBook codes) {
        this.verbs = verbs;
        this.codes = codes;
    }

    public Document apply(Document doc) {
        List<Event> events = mutual(doc.events());
        List<Event> out = new ArrayList<>(events);
        for (Event e : events) {
            reverse(e).ifPresent(out::add);
        }
        return out.equals(doc.events()) ? doc : DiscardFilter.withEvents(doc, out);
    }

    /**
     * "Gondor and Osgiliath have renewed ties" with a paired code: the conjoined subjects act on
     * each other, as PETRARCH codes it. Target-less events of one trigger with two or more sources
     * become one event per ordered pair of sources (the reverse half comes from the pair itself).
     */
    private List<Event> mutual(List<Event> events) {
        Map<String, List<Event>> byTrigger = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.target() == null && e.source() != null && (pairedOrigin(e) != null || mutualOrigin(e))) {
                byTrigger.computeIfAbsent(e.sentence() + ":" + e.trigger().start(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            List<Event> group = byTrigger.get(e.sentence() + ":" + e.trigger().start());
            if (group == null || group.size() < 2) {
                out.add(e);
                continue;
            }
            for (Event other : group) {
                if (other != e && !other.source().code().equals(e.source().code())) {
                    out.add(withParties(e, e.source(), other.source(), e.cameo(), e.rule() + " mutual"));
                }
            }
        }
        return out;
    }

    private String pairedOrigin(Event e) {
        String origin = origin(e);
        return origin != null && verbs.reverseCode(origin).isPresent() ? origin : null;
    }

    private boolean mutualOrigin(Event e) {
        String origin = origin(e);
        return origin != null && verbs.isMutual(origin);
    }

    private static String origin(Event e) {
        if (e.rule() == null) {
            return null;
        }
        int at = e.rule().lastIndexOf(" @");
        return at < 0 ? null : e.rule().substring(at + 2).replace(" mutual", "");
    }

    private Optional<Event> reverse(Event e) {
        String origin = pairedOrigin(e);
        if (origin == null || e.source() == null || e.target() == null || e.rule().endsWith(" mutual")) {
            return Optional.empty();
        }
        return verbs.reverseCode(origin).map(code -> withParties(e, e.target(), e.source(), code, e.rule() + " reversed"));
    }

    private Event withParties(Event e, Actor source, Actor target, String code, String rule) {
        CodeBook.Code c = codes.code(code)
                .orElse(new CodeBook.Code(code, code.substring(0, Math.min(2, code.length())), null, 0, 0, null, null));
        return new Event(derivedId(e.id(), source.code() + ">" + target.code() + ":" + code), e.sentence(), e.trigger(),
                source, target, code, c.root(), c.goldstein(), c.quadClass(), new Event.Plover(c.ploverEvent(), c.ploverMode()),
                e.date(), e.datePrecision(), e.dateSource(), e.place(), e.certainty(), e.attributedTo(), e.amounts(), rule);
    }

    /** A stable id of the same length as the coder's: a hash of the original event's id and the new dyad. */
    private static String derivedId(String id, String dyad) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((id + "|" + dyad).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, Math.max(1, Math.min(40, id.length())));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
