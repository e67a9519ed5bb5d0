/**
 * Dyad's JSON API, mounted by {@link org.dyad.serve.DyadServer} under {@code /api}. Read-only; JSON
 * names are snake_case; dates are ISO. Date parameters accept YYYY-MM-DD, YYYY-MM or YYYY (a month or
 * year means its first day for {@code from}, its last day for {@code to}).
 *
 * <pre>
 * GET /api/events?actor=&amp;both=&amp;source=&amp;target=&amp;country=&amp;cameo=&amp;root=&amp;plover=&amp;certainty=&amp;from=&amp;to=&amp;q=&amp;page=&amp;size=&amp;sort=
 *     → {total, page, size, items:[event]}       size ≤ 500; sort date|goldstein|mentions|confidence|articles, '-' = descending
 *     actor (code prefix, either side) repeats, up to 10: actor=RUS&amp;actor=IRN = events involving any of them;
 *     add both=true for events between them (source matches one, target another, either direction)
 *     event = {id, source:{code,country,sector,text}, target, cameo, cameo_root, cameo_name, goldstein, quad_class,
 *              plover:{event,mode}, date, date_precision, place:{name,country,lat,lon}, certainty, confidence,
 *              num_mentions, num_sources, num_articles, sentence_text, doc_id, title}
 * GET /api/events/{id}            → event + mentions:[{id, doc_id, title, url, publisher, published, sentence,
 *                                    sentence_text, sentence_html, trigger, cameo, source, target, date, date_source,
 *                                    certainty, attributed_to}]      (404 when unknown)
 *                                    an id that regrouping retired answers with the event that took its place
 *                                    (compare the returned id)
 * GET /api/dyads/series?a=RUS&amp;b=IRN&amp;interval=day|month&amp;from=&amp;to=&amp;certainty=
 *     → {a, b, interval, points:[{period, count, goldstein_sum, verbal_coop, material_coop, verbal_conflict,
 *        material_conflict, apart}], not_counted}
 *     apart = hedged and intended events of the period that the filter left out (drawn apart, not counted);
 *     a period with only such events has count 0
 * GET /api/network?from=&amp;to=&amp;min=&amp;certainty=  → {nodes:[{id,label,count}], edges:[{source,target,count,weight,
 *                                    goldstein_sum}], not_counted}
 *                                    weight = mean Goldstein score of the pair's events (signed)
 * GET /api/actors?q=&amp;limit=&amp;certainty= → {items:[{code,name,country,sector,count}]}   count = counted events
 *                                    (actors with none are left out)
 * GET /api/places?limit=          → {items:[{name,country,lat,lon,count}]}
 * GET /api/search?q=&amp;page=&amp;size=  → {total, page, size, hits:[{doc_id, title, sentence, snippet_html, score}]}
 *                                    sentence is null for a whole-document hit
 * GET /api/documents?page=&amp;size=  → {total, page, size, items:[{id,title,url,publisher,published,num_events,ingested_at}]}
 * GET /api/documents/{id}         → the Document contract as ingested + ingested_at, event_groups (grouped event id
 *                                    per contract event, same order), grouped_events:[event]
 * GET /api/stats?certainty=       → {documents, sentences, entities, mentions, events, actors, publishers,
 *                                    first_date, last_date, index_entries, counted_events, not_counted}
 *                                    events = every grouped event; counted_events, first_date, last_date follow the filter
 * GET /api/export?format=jsonl|csv|parquet|gdelt&amp;certainty= → attachment
 *     csv and parquet rows carry date_source, certainty, attributed_text and attributed_code (of the event's
 *     best mention); jsonl keeps each document as ingested, minus the events the filter leaves out.
 *     Default certainty: all, except gdelt: asserted,reported,hedged,intended (GDELT has no certainty column,
 *     so negated and hypothetical events are left out unless asked, e.g. certainty=all)
 * </pre>
 *
 * <p><b>Certainty filter.</b> {@code certainty=asserted,reported,hedged,intended,hypothetical,negated} (any
 * subset, comma-separated, or {@code all}) on series, network, actors, stats and export. Counts and curves
 * default to {@code asserted,reported}: hedged and intended events are not acts yet, negated and hypothetical
 * ones never happened. {@code not_counted} = {certainty:[counted labels], excluded:{label: n} (events of the
 * other certainties), after_article: n (intended or hypothetical events dated after their article's day,
 * never counted in a curve, even when their certainty is included)}.
 *
 * <p>Errors: {@code {"error": "…"}} with 400 for a bad parameter, 404 for an unknown id or path, 500
 * (details only in the server log) otherwise. <b>For the page:</b> {@code *_html} fields are escaped HTML with
 * {@code <mark>} tags and are safe to insert; every other string (titles, sentence_text, url, publisher)
 * is raw text from documents and must be escaped; link {@code url} only when it starts with http(s).
 */
package org.dyad.serve.api;
