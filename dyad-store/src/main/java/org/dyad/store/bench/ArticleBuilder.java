package org.dyad.store.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Dateline;
import org.dyad.model.Document;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.SentenceSpan;

/**
 * Builds a Document the way {@code dyad extract} would have coded it, without running the pipeline:
 * sentences are appended and events point at words in them, and all offsets are computed. For tests
 * and synthetic benchmarks.
 */
public final class ArticleBuilder {
    private final String title;
    private final String publisher;
    private final String published;
    private final String url;
    private final StringBuilder body = new StringBuilder();
    private final List<SentenceSpan> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<PendingEvent> events = new ArrayList<>();
    private String datelinePlace;

    public ArticleBuilder(String title, String publisher, String published, String url) {
        this.title = title;
        this.publisher = publisher;
        this.published = published;
        this.url = url;
    }

    public ArticleBuilder dateline(String place) {
        datelinePlace = place;
        return this;
    }

    /** Appends a sentence; {@code newParagraph} puts a blank line before it. */
    public ArticleBuilder sentence(String text, boolean newParagraph) {
        if (body.length() > 0) {
            body.append(newParagraph ? "\n\n" : " ");
        }
        sentences.add(new SentenceSpan(body.length(), body.length() + text.length()));
        body.append(text);
        return this;
    }

    public ArticleBuilder sentence(String text) {
        return sentence(text, false);
    }

    /** An actor named by the first occurrence of {@code text} in the last sentence (an entity is recorded too). */
    public Actor actor(String text, String code, String country, String sector, String type) {
        Actor a = new Actor(text, code, country, sector, sector == null ? List.of() : List.of(sector));
        SentenceSpan s = sentences.get(sentences.size() - 1);
        int at = body.indexOf(text, s.start());
        if (at >= 0 && at < s.end()) {
            entities.add(new Entity(text, type, at, at + text.length(), null, null, a));
        }
        return a;
    }

    /** A coded event in the last sentence, its trigger the first occurrence of {@code trigger} there. */
    public ArticleBuilder event(String trigger, Actor source, Actor target, Code code, String date,
            String precision, String dateSource, Event.Place place, String certainty, Event.Attribution by) {
        int s = sentences.size() - 1;
        int at = body.indexOf(trigger, sentences.get(s).start());
        if (at < 0 || at >= sentences.get(s).end()) {
            throw new IllegalArgumentException("trigger '" + trigger + "' is not in sentence " + s);
        }
        events.add(new PendingEvent(s, new Event.Trigger(trigger, at, at + trigger.length()), source, target, code,
                date, precision, dateSource, place, certainty, by));
        return this;
    }

    public Document build() {
        String text = body.toString();
        String id = sha256(text);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            PendingEvent p = events.get(i);
            out.add(new Event(id.substring(0, 16) + "-e" + i, p.sentence, p.trigger, p.source, p.target,
                    p.code.cameo(), p.code.cameo().substring(0, 2), p.code.goldstein(), p.code.quadClass(),
                    new Event.Plover(p.code.ploverEvent(), p.code.ploverMode()), p.date, p.precision, p.dateSource,
                    p.place, p.certainty, p.by, List.of(), "test"));
        }
        return new Document(id, url, title, published, publisher,
                datelinePlace == null ? null : new Dateline(datelinePlace, published), "en", text, sentences,
                entities, out, List.of(), "builder:" + url);
    }

    /** A CAMEO code with the attributes the coder attaches to it. */
    public record Code(String cameo, double goldstein, int quadClass, String ploverEvent, String ploverMode) {
    }

    private record PendingEvent(int sentence, Event.Trigger trigger, Actor source, Actor target, Code code,
            String date, String precision, String dateSource, Event.Place place, String certainty,
            Event.Attribution by) {
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
