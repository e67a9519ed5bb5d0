package org.dyad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A sentence as safe HTML with the event's words marked: the trigger by its offsets, each actor by the
 * first occurrence of its words. Text is escaped piece by piece, so only our tags are markup.
 */
final class SentenceMarkup {
    private SentenceMarkup() {
    }

    private record Mark(int start, int end, String cls) {
    }

    /**
     * @param sentenceStart body offset of the sentence, to map the trigger's body offsets into it
     */
    static String html(String sentence, int sentenceStart, Integer triggerStart, Integer triggerEnd,
            List<String> actorTexts) {
        if (sentence == null) {
            return "";
        }
        List<Mark> marks = new ArrayList<>();
        if (triggerStart != null && triggerEnd != null) {
            int a = triggerStart - sentenceStart;
            int b = triggerEnd - sentenceStart;
            if (a >= 0 && b > a && b <= sentence.length()) {
                marks.add(new Mark(a, b, "trigger"));
            }
        }
        for (String actor : actorTexts) {
            if (actor == null || actor.isBlank()) {
                continue;
            }
            int at = sentence.indexOf(actor);
            Mark m = new Mark(at, at + actor.length(), "actor");
            if (at >= 0 && marks.stream().noneMatch(o -> o.start < m.end && m.start < o.end)) {
                marks.add(m);
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Mark m : marks) {
            out.append(Texts.escapeHtml(sentence.substring(pos, m.start)))
                    .append("<mark class=\"").append(m.cls).append("\">")
                    .append(Texts.escapeHtml(sentence.substring(m.start, m.end))).append("</mark>");
            pos = m.end;
        }
        return out.append(Texts.escapeHtml(sentence.substring(pos))).toString();
    }
}
