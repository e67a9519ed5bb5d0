package org.dyad.store;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.store.group.Confidence;
import org.dyad.store.group.Report;

/** One row of {@code events}: a group of mentions, described by its most trustworthy reports. */
record EventRow(String id, String blockKey, MentionRow best, MentionRow anchor, MentionRow placed,
        String certainty, double confidence, int numMentions, int numSources, int numArticles) {

    /** Most certain first, then most precise date, then id: the mention that speaks for the event. */
    private static final Comparator<MentionRow> BEST = Comparator
            .comparing((MentionRow m) -> MentionRow.certainty(m.certainty()))
            .thenComparingInt(m -> m.report().date().rank())
            .thenComparing(MentionRow::id);

    /**
     * @param members the group's mentions, anchor (most precise date) first
     */
    static EventRow of(List<MentionRow> members) {
        MentionRow anchor = members.get(0);
        MentionRow best = members.stream().min(BEST).orElseThrow();
        MentionRow placed = members.stream().filter(m -> m.placeName() != null)
                .min(Comparator.comparing((MentionRow m) -> m.lat() == null).thenComparing(BEST)).orElse(null);
        List<Report> reports = members.stream().map(MentionRow::report).collect(Collectors.toList());
        return new EventRow(idOf(anchor), anchor.blockKey(), best, anchor, placed,
                best.certainty(), Confidence.of(reports), members.size(), Confidence.sources(reports),
                Confidence.articles(reports));
    }

    /** An event's id: a hash of its anchor mention's id, so the same group always gets the same id. */
    static String idOf(MentionRow anchor) {
        return "ev" + ContentHash.of(anchor.id());
    }

    /** Column values in table order. */
    Object[] values() {
        MentionRow p = placed;
        return new Object[] {id, blockKey, ContentHash.number(id), best.source().code(), best.source().country(),
            best.source().sector(), best.source().text(), best.target().code(), best.target().country(),
            best.target().sector(), best.target().text(), best.cameo(), best.cameoRoot(), best.goldstein(),
            best.quadClass(), best.ploverEvent(), best.ploverMode(), anchor.date(), anchor.datePrecision(),
            anchor.dayStart(), anchor.dayEnd(), p == null ? null : p.placeName(), p == null ? null : p.placeCountry(),
            p == null ? null : p.lat(), p == null ? null : p.lon(), certainty, confidence, numMentions, numSources,
            numArticles, best.docId(), best.sentenceIdx(), best.id(), best.sentenceText(), best.title()};
    }
}
