/**
 * Grouping reports into events: many articles (and sentences) describe one real-world event; this
 * package decides which coded events are reports of the same one. It is pure (no I/O) so the store
 * can rerun it on a whole block whenever a new report arrives.
 *
 * <h2>Rules</h2>
 * <ol>
 *   <li><b>Block</b> ({@link org.dyad.store.group.BlockKey}): two reports can only be the same event
 *       when they have the same CAMEO root (first two digits) and the same dyad: source and target
 *       country (or the actor code when there is no country, e.g. IGOs). For the symmetric roots 03
 *       (intend to cooperate), 04 (consult), 05 (diplomatic cooperation) and 06 (material
 *       cooperation) the pair is unordered: "Iran signed with Russia" and "Russia signed with Iran"
 *       are one event.</li>
 *   <li><b>Dates</b> ({@link org.dyad.store.group.DateWindow}): every report gets a window. A date found in
 *       the text is its day, month or year ([first day, last day]). A date that only fell back to the
 *       article's date (source {@code published} or {@code dateline}) is the day ± {@value org.dyad.store.group.DateWindow#PUBLISHED_SLACK_DAYS} days,
 *       because the article reports something that happened around then. Two reports are compatible
 *       when their windows overlap, except that two publication-date fallbacks must be at most
 *       {@value org.dyad.store.group.DateWindow#PUBLISHED_SLACK_DAYS} days apart. So two exact days
 *       must be equal; a day and a month must agree on the month. A report with no date at all is
 *       compatible with any date.</li>
 *   <li><b>Places</b>: same country, or one of them unknown.</li>
 *   <li><b>Polarity</b>: negated reports group only with negated ones, hypothetical only with hypothetical
 *       ones: a denial never corroborates the event it denies.</li>
 *   <li><b>One article, one act</b>: two reports of one article with different CAMEO codes are two
 *       events ("signed a contract" and "support each other"); across articles wordings may differ.</li>
 *   <li><b>Clustering</b> ({@link org.dyad.store.group.ReportGrouper}): within a block, reports are
 *       sorted by how precise their date is, then by date, then by report id (a content hash), and each
 *       joins the earlier group it is compatible with <em>every</em> member of, preferring one that
 *       already has its exact CAMEO code, then the largest (complete
 *       linkage, so "Oct 1 ~ Oct 3 ~ Oct 5" can't chain), else starts a new group. The result depends
 *       only on the set of reports, never on ingest order: it is deterministic, idempotent and
 *       incremental (a new report re-clusters only its block).</li>
 * </ol>
 *
 * <h2>Confidence</h2>
 * {@link org.dyad.store.group.Confidence}: {@code confidence = w(best certainty) × (1 − 0.4^(s + 0.5·(a − s)))}
 * where {@code a} is the number of distinct articles, {@code s} the number of distinct publishers
 * (an unknown publisher counts once), and w = asserted 1.0, reported 0.85, hedged 0.6, intended 0.45,
 * hypothetical 0.25, negated 0.05. Each independent publisher is evidence that "fires" with
 * probability 0.6 (noisy-or); another article from a publisher already counted adds half as much
 * (corroboration without diversity). One asserting article gives 0.60, two publishers 0.84, three
 * 0.94; one hedged article 0.36. Several mentions in one article add nothing.
 */
package org.dyad.store.group;
