package org.dyad.code.petrarch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dyad.code.CodeBook;
import org.dyad.model.Document;
import org.dyad.model.Event;

/**
 * PETRARCH's paired codes: a verb coded {@code 032:033} ("left for Minas Tirith") is a visit
 * (032) by the source and a hosting (033) by the target. Dyad's coder codes the first half; this
 * adds the second, target→source, to every event whose pattern carries a paired code (found from
 * the pattern origin the coder writes at the end of {@link Event#rule()}).
 */
public final class Reciprocals {
    private final PetrarchTriggerDictionary verbs;
    private final CodeBook codes;

    public Reciprocals(PetrarchTriggerDictionary verbs, CodeBook codes) {
        this.verbs = verbs;
        this.codes = codes;
    }

    public Document apply(Document doc) {
        List<Event> out = new ArrayList<>(doc.events());
        for (Event e : doc.events()) {
            reverse(e).ifPresent(out::add);
        }
        return out.size() == doc.events().size() ? doc : DiscardFilter.withEvents(doc, out);
    }

    private Optional<Event> reverse(Event e) {
        if (e.rule() == null || e.source() == null || e.target() == null) {
            return Optional.empty();
        }
        int at = e.rule().lastIndexOf(" @");
        if (at < 0) {
            return Optional.empty();
        }
        return verbs.reverseCode(e.rule().substring(at + 2)).map(code -> {
            CodeBook.Code c = codes.code(code)
                    .orElse(new CodeBook.Code(code, code.substring(0, Math.min(2, code.length())), null, 0, 0, null, null));
            return new Event(reverseId(e.id(), code), e.sentence(), e.trigger(), e.target(), e.source(), code, c.root(), c.goldstein(),
                    c.quadClass(), new Event.Plover(c.ploverEvent(), c.ploverMode()), e.date(), e.datePrecision(),
                    e.dateSource(), e.place(), e.certainty(), e.attributedTo(), e.amounts(), e.rule() + " reversed");
        });
    }

    /** A stable id of the same length as the coder's: a hash of the forward event's id and the code. */
    private static String reverseId(String id, String code) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((id + "|reverse|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, Math.max(1, Math.min(40, id.length())));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
