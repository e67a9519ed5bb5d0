package org.dyad.code.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Token;

/**
 * An organisation's acronym is the organisation: "the Syrian Democratic Forces" … "the SDF",
 * "Iraqi Security Forces" … "the ISF". A capitalised word the tagger reads as an organisation,
 * that no dictionary knows, takes the code of a coded body named elsewhere in the article whose
 * words' initials spell it. Without this the acronym is an unknown body, and an unknown body of a
 * story about Syria would become Syria's. Returns new mention lists; the input is not changed.
 */
final class Acronyms {
    /** Words an acronym skips ("Organisation of the Petroleum Exporting Countries"). */
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "in", "on", "de", "&");
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 6;

    private Acronyms() {
    }

    static List<List<ActorMention>> link(AnnotatedArticle article, List<List<ActorMention>> mentions) {
        Map<String, ActorMention> byInitials = initials(mentions);
        if (byInitials.isEmpty()) {
            return mentions;
        }
        List<List<ActorMention>> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            List<ActorMention> found = mentions.get(i);
            List<Token> tokens = article.sentences().get(i).tokens();
            List<ActorMention> linked = new ArrayList<>(found);
            for (Token t : tokens) {
                ActorMention named = capitals(t) ? byInitials.get(t.word()) : null;
                if (named == null) {
                    continue;
                }
                boolean unknown = acronym(t) && found.stream().noneMatch(m -> m.covers(t.index()));
                Optional<ActorMention> otherBody = found.stream()
                        .filter(m -> m.first() == t.index() && m.last() == t.index() && !named.sameActor(m)).findFirst();
                if (unknown || otherBody.isPresent()) {
                    // "the Rapid Support Forces" … "the RSF": the article's own body, not the press
                    // freedom group a dictionary knows by those letters
                    otherBody.ifPresent(linked::remove);
                    Actor a = named.actor();
                    linked.add(new ActorMention(i, t.index(), t.index(), new Actor(t.word(), a.code(), a.country(), a.sector(),
                            a.sectors()), named.kind(), named.kb()));
                }
            }
            linked.sort((a, b) -> Integer.compare(a.first(), b.first()));
            out.add(linked);
        }
        return out;
    }

    /** Coded bodies of two or more words, by the initials of their words; the first named wins. */
    private static Map<String, ActorMention> initials(List<List<ActorMention>> mentions) {
        Map<String, ActorMention> out = new LinkedHashMap<>();
        for (List<ActorMention> sentence : mentions) {
            for (ActorMention m : sentence) {
                String text = m.actor().text();
                if (m.kind() == ActorDictionary.Kind.PERSON || m.actor().code() == null || text == null) {
                    continue;
                }
                String key = initialsOf(text);
                if (key.length() >= MIN_LETTERS) {
                    out.putIfAbsent(key, m);
                }
            }
        }
        return out;
    }

    static String initialsOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty() || SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return ""; // "the Iraqi government" has no acronym of its own
            }
            b.append(w.charAt(0));
        }
        return b.length() >= MIN_LETTERS ? b.toString() : "";
    }

    /** An all-capitals word the tagger reads as an organisation. */
    private static boolean acronym(Token t) {
        return "ORGANIZATION".equals(t.ner()) && capitals(t);
    }

    private static boolean capitals(Token t) {
        String w = t.word();
        if (w.length() < MIN_LETTERS || w.length() > MAX_LETTERS) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isUpperCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
