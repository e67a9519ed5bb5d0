// #/events: the filterable, paged event table, with matching articles when there is a query.
import { el, clear, markedText } from '../dom.js';
import { get } from '../api.js';
import { hashFor, errorBox } from '../route.js';
import { CERTAINTIES, certaintyBadge, goldsteinChip, formatDate, actorLabel, ploverLabel, count, counted } from '../format.js';
import { CAMEO_ROOTS } from '../cameo.js';

const FILTERS = ['q', 'actor', 'source', 'target', 'country', 'cameo', 'root', 'plover', 'certainty', 'from', 'to', 'sort'];
const PAGE_SIZE = 25;
const SORTS = [['-date', 'Newest first'], ['date', 'Oldest first'], ['-mentions', 'Most reported'],
  ['goldstein', 'Most conflictual'], ['-goldstein', 'Most cooperative']];

export async function render(root, { params }) {
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || '']));
  const page = Math.max(1, Number(params.get('page')) || 1);
  root.appendChild(filterBar(filters));
  const hits = filters.q ? root.appendChild(el('div', { class: 'hits' })) : null;
  const table = root.appendChild(el('div', { class: 'card table-card' }));

  const [events] = await Promise.all([
    get('events', { ...filters, page, size: PAGE_SIZE }).catch((e) => e),
    hits ? showHits(hits, filters.q) : null,
  ]);
  if (events instanceof Error) {
    table.appendChild(errorBox(events));
    return;
  }
  showTable(table, events, filters, page);
}

function filterBar(filters) {
  const go = (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target));
    location.hash = hashFor('events', { ...filters, ...data, page: '' });
  };
  const field = (label, input) => el('label', { class: 'field' }, el('span', {}, label), input);
  const select = (name, options, value) => el('select', { name },
    options.map(([v, t]) => el('option', { value: v, selected: v === value }, t)));
  const text = (name, placeholder, value, extra = {}) => el('input', { name, placeholder, value, ...extra });
  return el('form', { class: 'filters card', onsubmit: go },
    field('Actor', text('actor', 'e.g. RUS', filters.actor, { size: 8 })),
    field('Country', text('country', 'ISO-3', filters.country, { size: 5 })),
    field('CAMEO root', select('root', [['', 'All']].concat(CAMEO_ROOTS.map(([c, n]) => [c, c + ' ' + n])), filters.root)),
    field('Certainty', select('certainty', [['', 'All']].concat(CERTAINTIES.map((c) => [c, c])), filters.certainty)),
    field('From', text('from', 'YYYY-MM-DD', filters.from, { type: 'date' })),
    field('To', text('to', 'YYYY-MM-DD', filters.to, { type: 'date' })),
    field('Sort', select('sort', SORTS, filters.sort || '-date')),
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { class: 'reset', href: '#/events' }, 'Reset'));
}

async function showHits(box, q) {
  try {
    const result = await get('search', { q, size: 5 });
    const hits = result.hits || [];
    box.appendChild(el('h2', {}, 'Articles mentioning “' + q + '” ', el('span', { class: 'muted' }, '(' + count(result.total) + ')')));
    if (!hits.length) box.appendChild(el('p', { class: 'muted' }, 'No article text matches.'));
    box.appendChild(el('ul', { class: 'hit-list' }, hits.map((h) => el('li', {},
      el('a', { href: '#/article/' + encodeURIComponent(h.doc_id) }, h.title || h.doc_id),
      el('div', { class: 'snippet' }, h.snippet_html ? markedText(h.snippet_html) : h.sentence || '')))));
  } catch (e) {
    box.appendChild(errorBox(e));
  }
}

function showTable(box, result, filters, page) {
  const items = result.items || [];
  box.appendChild(el('div', { class: 'table-head' },
    el('h2', {}, count(result.total) + ' events'),
    pager(result, filters, page)));
  if (!items.length) {
    box.appendChild(el('p', { class: 'empty' }, 'No events match these filters.'));
    return;
  }
  box.appendChild(el('div', { class: 'table-scroll' }, el('table', { class: 'events' },
    el('thead', {}, el('tr', {},
      ['Date', 'Dyad', 'Event', 'PLOVER', 'Certainty', 'Goldstein', 'Reports', 'Article']
        .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', { onclick: toggleDetails }, items.map(row)))));
}

/** A click on a row (not on a link) opens its reports: every article and sentence behind the event. */
async function toggleDetails(e) {
  const tr = e.target.closest('tr[data-id]');
  if (!tr || e.target.closest('a')) return;
  const open = tr.nextElementSibling && tr.nextElementSibling.classList.contains('details') ? tr.nextElementSibling : null;
  if (open) {
    open.remove();
    tr.classList.remove('expanded');
    return;
  }
  tr.classList.add('expanded');
  const cell = el('td', { colspan: 8 }, el('p', { class: 'loading' }, 'Loading reports…'));
  tr.after(el('tr', { class: 'details' }, cell));
  try {
    cell.replaceChildren(details(await get('events/' + encodeURIComponent(tr.dataset.id))));
  } catch (err) {
    cell.replaceChildren(errorBox(err));
  }
}

function details(event) {
  const mentions = event.mentions || [];
  return el('div', { class: 'mentions' },
    el('div', { class: 'mentions-head' },
      el('strong', {}, counted(mentions.length, 'report')),
      el('span', { class: 'muted' }, ' in ' + counted(event.num_articles, 'article') + ' from ' + counted(event.num_sources, 'source')),
      Number.isFinite(Number(event.confidence)) ? el('span', { class: 'muted' }, ' · confidence ' + Number(event.confidence).toFixed(2)) : null,
      event.place ? el('span', { class: 'muted' }, ' · ' + (event.place.name || '')) : null),
    el('ul', { class: 'mention-list' }, mentions.map((m) => el('li', {},
      el('div', { class: 'mention-meta' }, certaintyBadge(m.certainty),
        el('a', { href: '#/article/' + encodeURIComponent(m.doc_id) }, m.title || m.doc_id),
        el('span', { class: 'muted' }, [m.publisher, formatDate(m.published)].filter(Boolean).join(' · ')),
        m.attributed_to ? el('span', { class: 'muted' }, 'speaker: ' + (m.attributed_to.text || m.attributed_to.code || '')) : null),
      el('blockquote', {}, m.sentence_html ? markedText(m.sentence_html) : m.sentence_text || '')))));
}

function row(e) {
  return el('tr', { 'data-id': e.id, title: 'Click for the reports behind this event' },
    el('td', { class: 'nowrap' }, formatDate(e.date, e.date_precision)),
    el('td', { class: 'dyad' }, actorLabel(e.source), el('span', { class: 'arrow' }, ' → '), actorLabel(e.target)),
    el('td', { class: 'event-cell' },
      el('div', {}, el('code', { class: 'cameo' }, e.cameo || '?'), ' ', e.cameo_name || ''),
      e.sentence_text ? el('div', { class: 'sentence', title: e.sentence_text }, e.sentence_text) : null),
    el('td', {}, ploverLabel(e.plover)),
    el('td', {}, certaintyBadge(e.certainty)),
    el('td', { class: 'num' }, goldsteinChip(e.goldstein)),
    el('td', { class: 'num', title: 'mentions / distinct sources' },
      count(e.num_mentions), el('span', { class: 'muted' }, ' / ' + count(e.num_sources))),
    el('td', { class: 'article-cell' }, e.doc_id
      ? el('a', { href: '#/article/' + encodeURIComponent(e.doc_id), title: e.title || '' }, e.title || 'article')
      : el('span', { class: 'muted' }, '—')));
}

function pager(result, filters, page) {
  const size = result.size || PAGE_SIZE;
  const pages = Math.max(1, Math.ceil((result.total || 0) / size));
  const link = (p, label) => p < 1 || p > pages
    ? el('span', { class: 'disabled' }, label)
    : el('a', { href: hashFor('events', { ...filters, page: p }) }, label);
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    link(page - 1, '‹ Prev'), el('span', {}, 'Page ' + page + ' of ' + pages), link(page + 1, 'Next ›'));
}
