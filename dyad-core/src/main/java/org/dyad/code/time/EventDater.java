package org.dyad.code.time;

import java.util.List;
import java.util.regex.Pattern;
import org.dyad.code.syntax.DependencyTree;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Entity;

/**
 * When an event happened: the time expression that the trigger governs ("lifted on October 18,
 * 2020") unless it only says when a state began ("since 2011"), else the article's dateline or
 * publication date — and the event says which it used, so
 * nobody mistakes a publication date for an event date.
 */
public final class EventDater {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A date, how precise it is (day, month, year), and where it came from (text, dateline, published). */
    public record Dated(String date, String precision, String source) {
    }

    public Dated date(AnnotatedArticle article, DependencyTree tree, int trigger, List<Entity> sentenceDates) {
        for (int scope : scopes(tree, trigger)) {
            List<Integer> under = tree.subtree(scope);
            for (Entity e : sentenceDates) {
                Dated d = normalise(e, article);
                if (d != null && headedWithin(tree, e, under, scope == trigger) && !startOfSpan(tree, e)) {
                    return d;
                }
            }
        }
        String fallback = org.dyad.annotate.DocumentDate.anchor(article.article());
        return fallback == null ? new Dated(null, null, null)
                : new Dated(fallback, "day", org.dyad.annotate.DocumentDate.anchorSource(article.article()));
    }

    /** The trigger's own phrase first, then the verb that governs a noun trigger. */
    private static int[] scopes(DependencyTree tree, int trigger) {
        int head = tree.head(trigger);
        boolean nounUnderVerb = tree.token(trigger).isNoun() && head > 0 && tree.token(head).isVerb();
        return nounUnderVerb ? new int[] {trigger, head} : new int[] {trigger};
    }

    /**
     * "has bombed Yemen since 2015": the start of a state that still holds, not when the act
     * reported happened; the article's date is the nearer one.
     */
    private static boolean startOfSpan(DependencyTree tree, Entity e) {
        for (int k = 1; k <= tree.size(); k++) {
            if (tree.token(k).end() <= e.start() && (k == tree.size() || tree.token(k + 1).start() >= e.start())) {
                return tree.lemma(k).equalsIgnoreCase("since");
            }
        }
        return false;
    }

    /** The date's words hang under the scope, and not under a nested clause with its own verb. */
    private static boolean headedWithin(DependencyTree tree, Entity e, List<Integer> under, boolean own) {
        for (int k : under) {
            var t = tree.token(k);
            if (t.start() >= e.start() && t.end() <= e.end()) {
                return own || !tree.baseRelation(k).equals("nsubj");
            }
        }
        return false;
    }

    static Dated normalise(Entity e, AnnotatedArticle article) {
        if (!"DATE".equals(e.type()) || e.value() == null) {
            return null;
        }
        String v = e.value();
        if (v.startsWith("XXXX") && v.length() >= 10) {
            String anchor = org.dyad.annotate.DocumentDate.anchor(article.article());
            if (anchor == null) {
                return null;
            }
            v = anchor.substring(0, 4) + v.substring(4);
        }
        String lower = e.text().toLowerCase(java.util.Locale.ROOT);
        if (DAY.matcher(v).lookingAt()) {
            // "a year ago" resolves to a day but only means the month around it
            if (lower.contains("ago") && (lower.contains("year") || lower.contains("month"))) {
                return new Dated(v.substring(0, 7), "month", "text");
            }
            return new Dated(v.substring(0, 10), "day", "text");
        }
        if (MONTH.matcher(v).matches()) {
            return new Dated(v, "month", "text");
        }
        if (YEAR.matcher(v).matches()) {
            return new Dated(v, "year", "text");
        }
        return null;
    }
}
