package org.dyad.code.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.code.petrarch.DictionaryLines.Line;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;

/**
 * PETRARCH discards ({@code .discards.txt}): a sentence containing a discard phrase gives no
 * events; a phrase written {@code +PHRASE} discards the whole story. As in PETRARCH, matching
 * ignores case and starts at a word boundary; a phrase ending in {@code _} must also end at one,
 * otherwise it is a stem ("BASEBALL" also matches "baseballs").
 */
public final class DiscardFilter {

    /** @param story true: the whole document is dropped; @param whole the phrase must end at a word boundary */
    public record Discard(String phrase, boolean story, boolean whole, int line) {
    }

    private final List<Discard> discards;

    public DiscardFilter(List<Discard> discards) {
        this.discards = List.copyOf(discards);
    }

    public static DiscardFilter none() {
        return new DiscardFilter(List.of());
    }

    public static DiscardFilter read(Path file) {
        return parse(DictionaryLines.read(file));
    }

    public static DiscardFilter parse(List<Line> lines) {
        List<Discard> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text().strip();
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean whole = t.endsWith("_");
            String phrase = t.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (!phrase.isEmpty()) {
                out.add(new Discard(phrase, story, whole, l.number()));
            }
        }
        return new DiscardFilter(out);
    }

    public List<Discard> discards() {
        return discards;
    }

    /** The first discard phrase found in the text, or null. */
    public Discard find(String text) {
        return find(text, false);
    }

    private Discard find(String text, boolean storyOnly) {
        String norm = " " + text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        for (Discard d : discards) {
            if (storyOnly && !d.story()) {
                continue;
            }
            int at = norm.indexOf(" " + d.phrase());
            while (at >= 0) {
                int end = at + 1 + d.phrase().length();
                if (!d.whole() || end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end))) {
                    return d;
                }
                at = norm.indexOf(" " + d.phrase(), at + 1);
            }
        }
        return null;
    }

    /** The document without the events of discarded sentences (all of them for a story discard). */
    public Document apply(Document doc) {
        if (discards.isEmpty() || doc.events().isEmpty()) {
            return doc;
        }
        if (find(doc.body(), true) != null) {
            return withEvents(doc, List.of());
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : doc.events()) {
            if (!discarded(doc, e.sentence())) {
                kept.add(e);
            }
        }
        return withEvents(doc, kept);
    }

    private boolean discarded(Document doc, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size()) {
            return false;
        }
        SentenceSpan s = doc.sentences().get(sentence);
        return find(doc.body().substring(s.start(), s.end())) != null;
    }

    static Document withEvents(Document d, List<Event> events) {
        return new Document(d.id(), d.url(), d.title(), d.published(), d.publisher(), d.dateline(), d.language(),
                d.body(), d.sentences(), d.entities(), events, d.warnings(), d.origin());
    }
}
