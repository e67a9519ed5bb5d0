// #/article: the list of ingested articles; #/article/{id}: one article with its entities and
// event triggers highlighted in the text, and each event's coding beside it.
import { el, safeHref } from '../dom.js';
import { get } from '../api.js';
import { hashFor, errorBox } from '../route.js';
import { certaintyBadge, goldsteinChip, formatDate, actorLabel, ploverLabel, count, placeLabel } from '../format.js';
import { rootName } from '../cameo.js';
import { highlight } from '../highlight.js';

const ENTITY_GROUPS = {
  PERSON: 'person', ORGANIZATION: 'org', LOCATION: 'place', COUNTRY: 'place', CITY: 'place',
  STATE_OR_PROVINCE: 'place', NATIONALITY: 'nat', DATE: 'time', TIME: 'time', DURATION: 'time',
  MONEY: 'money', TITLE: 'title',
};

export async function render(root, { rest, params }) {
  if (!rest.length) return list(root, Math.max(1, Number(params.get('page')) || 1));
  const doc = await get('documents/' + encodeURIComponent(rest[0])).catch((e) => e);
  if (doc instanceof Error) {
    root.appendChild(errorBox(doc));
    return null;
  }
  root.appendChild(article(doc));
  return null;
}

async function list(root, page) {
  const result = await get('documents', { page });
  const items = result.items || [];
  const size = Math.max(items.length, 1);
  const pages = Math.max(1, Math.ceil((result.total || 0) / (result.size || size)));
  root.appendChild(el('div', { class: 'card table-card' },
    el('div', { class: 'table-head' }, el('h2', {}, count(result.total) + ' articles'),
      el('nav', { class: 'pager' },
        page > 1 ? el('a', { href: hashFor('article', { page: page - 1 }) }, '‹ Prev') : el('span', { class: 'disabled' }, '‹ Prev'),
        el('span', {}, 'Page ' + page + ' of ' + pages),
        page < pages ? el('a', { href: hashFor('article', { page: page + 1 }) }, 'Next ›') : el('span', { class: 'disabled' }, 'Next ›'))),
    items.length ? el('div', { class: 'table-scroll' }, el('table', { class: 'documents' },
      el('thead', {}, el('tr', {}, ['Title', 'Publisher', 'Published', 'Events'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, items.map((d) => el('tr', {},
        el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(d.id) }, d.title || d.id)),
        el('td', {}, d.publisher || '—'),
        el('td', { class: 'nowrap' }, formatDate(d.published)),
        el('td', { class: 'num' }, count(d.num_events)))))))
      : el('p', { class: 'empty' }, 'No articles yet: run dyad ingest.')));
  return null;
}

function article(doc) {
  const events = doc.events || [];
  const body = el('div', { class: 'article-body', id: 'article-body' }, highlight(doc.body, spansOf(doc)));
  const side = el('aside', { class: 'article-events' },
    el('h2', {}, count(events.length) + (events.length === 1 ? ' event' : ' events')),
    events.length ? null : el('p', { class: 'muted' }, 'No event was coded in this article.'),
    events.map((e, i) => eventCard(e, i, doc.body)));
  body.addEventListener('click', (e) => {
    const hit = e.target.closest('[data-event]');
    if (hit) focus(body, side, hit.dataset.event.split(' ')[0]);
  });
  side.addEventListener('click', (e) => {
    const card = e.target.closest('.event-card');
    if (card && !e.target.closest('a')) focus(body, side, card.dataset.event, true);
  });
  return el('div', { class: 'article-layout' },
    el('article', { class: 'card article' }, header(doc), legend(shownEntities(doc)), body, warnings(doc.warnings)),
    side);
}

function header(doc) {
  const dateline = doc.dateline && (doc.dateline.place || doc.dateline.date)
    ? [doc.dateline.place, doc.dateline.date].filter(Boolean).join(', ') : null;
  return el('header', { class: 'article-head' },
    el('h1', { class: 'article-title' }, doc.title || '(untitled)'),
    el('div', { class: 'meta' },
      el('span', {}, doc.publisher || 'unknown publisher'),
      el('span', {}, formatDate(doc.published)),
      dateline ? el('span', {}, 'Dateline: ' + dateline) : null,
      doc.language ? el('span', {}, doc.language) : null,
      safeHref(doc.url || '#') !== '#' ? el('a', { href: safeHref(doc.url), target: '_blank', rel: 'noopener noreferrer' }, 'Source ↗') : null));
}

function spansOf(doc) {
  const spans = [];
  for (const s of doc.sentences || []) {
    spans.push({ start: s.start, end: s.end, classes: [], data: { sentence: spans.length } });
  }
  for (const e of doc.entities || []) {
    const group = ENTITY_GROUPS[e.type] || 'other';
    const actor = e.actor && e.actor.code ? ' → ' + e.actor.code : '';
    spans.push({ start: e.start, end: e.end, classes: ['ent', 'ent-' + group], title: (e.type || 'entity') + actor + (e.value ? ' = ' + e.value : '') });
  }
  (doc.events || []).forEach((ev, i) => {
    const id = ev.id || 'event-' + i;
    if (ev.trigger) {
      spans.push({ start: ev.trigger.start, end: ev.trigger.end, classes: ['trigger'], title: 'event ' + (ev.cameo || '') + ' (' + (ev.certainty || '?') + ')', data: { event: id } });
    }
    for (const a of ev.amounts || []) spans.push({ start: a.start, end: a.end, classes: ['amount'], title: 'amount: ' + a.value + ' ' + (a.unit || '') });
  });
  return spans;
}

/** Entities whose offsets fit the body: the others are not highlighted, so not counted either. */
function shownEntities(doc) {
  const length = String(doc.body ?? '').length;
  return (doc.entities || []).filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end)
    && e.start >= 0 && e.start < e.end && e.end <= length);
}

function legend(entities) {
  const counts = new Map();
  for (const e of entities) {
    const g = ENTITY_GROUPS[e.type] || 'other';
    counts.set(g, (counts.get(g) || 0) + 1);
  }
  const names = { person: 'people', org: 'organisations', place: 'places', nat: 'nationalities', time: 'times', money: 'money', title: 'titles', other: 'other' };
  return el('div', { class: 'ent-legend' },
    el('span', { class: 'trigger' }, 'event trigger'),
    [...counts.entries()].map(([g, n]) => el('span', { class: 'ent ent-' + g }, names[g] + ' ' + n)));
}

function eventCard(e, i, body) {
  const id = e.id || 'event-' + i;
  const row = (label, ...value) => el('div', { class: 'kv' }, el('span', { class: 'k' }, label), el('span', { class: 'v' }, ...value));
  const trigger = e.trigger && typeof body === 'string' ? body.slice(e.trigger.start, e.trigger.end) : '';
  return el('section', { class: 'event-card', 'data-event': id, tabindex: 0 },
    el('div', { class: 'event-card-head' },
      el('code', { class: 'cameo' }, e.cameo || '?'),
      el('span', { class: 'cameo-name' }, e.cameo_name || rootName(e.cameo_root || String(e.cameo || '').slice(0, 2))),
      goldsteinChip(e.goldstein)),
    el('div', { class: 'dyad' }, actorLabel(e.source), el('span', { class: 'arrow' }, ' → '), actorLabel(e.target)),
    trigger ? row('trigger', el('q', {}, trigger)) : null,
    row('PLOVER', ploverLabel(e.plover)),
    row('date', formatDate(e.date, e.date_precision), e.date_source ? el('span', { class: 'muted' }, ' from ' + e.date_source) : null),
    row('place', placeLabel(e.place)),
    row('certainty', certaintyBadge(e.certainty)),
    row('speaker', e.attributed_to ? [e.attributed_to.text || '', e.attributed_to.code ? el('code', {}, ' ' + e.attributed_to.code) : null] : el('span', { class: 'muted' }, '—')),
    (e.amounts || []).length ? row('amounts', el('ul', { class: 'plain' }, e.amounts.map((a) =>
      el('li', {}, a.text || '', el('span', { class: 'muted' }, ' = ' + amount(a.value) + ' ' + (a.unit || '')), ' ', certaintyBadge(a.certainty))))) : null);
}

function amount(value) {
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString('en') : String(value ?? '');
}

function focus(body, side, id, scrollText) {
  for (const n of document.querySelectorAll('.focus')) n.classList.remove('focus');
  const card = [...side.querySelectorAll('.event-card')].find((c) => c.dataset.event === id);
  const triggers = [...body.querySelectorAll('[data-event]')].filter((t) => t.dataset.event.split(' ').includes(id));
  if (card) card.classList.add('focus');
  triggers.forEach((t) => t.classList.add('focus'));
  // Scroll only the box that holds the target, never the whole page under the sticky header.
  if (scrollText && triggers[0]) triggers[0].scrollIntoView({ block: 'center' });
  if (!scrollText && card) side.scrollTop += card.getBoundingClientRect().top - side.getBoundingClientRect().top - 40;
}

function warnings(list) {
  if (!list || !list.length) return null;
  return el('details', { class: 'warnings' }, el('summary', {}, count(list.length) + (list.length === 1 ? ' warning' : ' warnings') + ' from the pipeline'),
    el('ul', {}, list.map((w) => el('li', {}, w))));
}
