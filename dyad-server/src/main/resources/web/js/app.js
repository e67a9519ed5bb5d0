// Hash router: #/events?q=…, #/dyad?a=RUS&b=IRN, #/network, #/map, #/article/{id}.
import { el, clear } from './dom.js';
import { get } from './api.js';
import { count, counting } from './format.js';
import { parseHash, hashFor, errorBox } from './route.js';

const VIEWS = {
  events: () => import('./views/events.js'),
  dyad: () => import('./views/dyad.js'),
  network: () => import('./views/network.js'),
  map: () => import('./views/map.js'),
  article: () => import('./views/article.js'),
};

let current = null;
let generation = 0;

async function route() {
  const mine = ++generation;
  delete document.body.dataset.ready;
  const { view, rest, params } = parseHash(location.hash, Object.keys(VIEWS));
  for (const link of document.querySelectorAll('nav.views a')) {
    link.classList.toggle('active', link.dataset.view === view);
  }
  const search = document.querySelector('#search input');
  if (document.activeElement !== search) search.value = params.get('q') || '';
  if (current && current.dispose) current.dispose();
  current = null;
  // Each route renders into its own section, so a slow, superseded view writes into a detached node.
  const root = el('section', { class: 'view view-' + view });
  clear(document.getElementById('view')).appendChild(root);
  const loading = root.appendChild(el('p', { class: 'loading' }, 'Loading…'));
  let rendered = null;
  try {
    const module = await VIEWS[view]();
    rendered = (await module.render(root, { rest, params })) || null;
  } catch (e) {
    root.appendChild(errorBox(e));
  }
  loading.remove();
  if (mine !== generation) {
    if (rendered && rendered.dispose) rendered.dispose();
    return;
  }
  current = rendered;
  document.body.dataset.ready = view;
}

// Event mentions in the store when the view was last (re)loaded; what arrives after (dyad serve
// --watch, POST /api/documents) is announced, and shown only when the user asks.
let seenMentions = null;
// ?poll=SECONDS in the page address changes how often the store is asked (tests use 1).
const POLL_MS = Math.max(1, Number(new URLSearchParams(location.search).get('poll')) || 30) * 1000;

async function showStats() {
  try {
    const s = await get('stats');
    const box = clear(document.getElementById('stats'));
    // events as the views count them (asserted or reported); the rest are named in the tooltip
    const counted = s.counted_events ?? s.events;
    box.append(count(s.documents) + ' articles · ' + count(counted) + ' events · ' + count(s.actors) + ' actors');
    if (s.not_counted) box.title = counting(s.not_counted);
    seenMentions = typeof s.mentions === 'number' ? s.mentions : null;
  } catch {
    // The header works without figures.
  }
}

async function checkNew() {
  try {
    const s = await get('stats');
    const fresh = typeof s.mentions === 'number' && seenMentions !== null ? s.mentions - seenMentions : 0;
    const live = document.getElementById('live');
    live.hidden = fresh <= 0;
    live.textContent = fresh === 1 ? '1 new event' : count(fresh) + ' new events';
  } catch {
    // The next poll tries again.
  }
}

document.getElementById('live').addEventListener('click', async () => {
  document.getElementById('live').hidden = true;
  await showStats();
  route();
});

document.getElementById('search').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new FormData(e.target).get('q').trim();
  location.hash = hashFor('events', { q });
});

window.addEventListener('hashchange', route);
if (!location.hash) history.replaceState(null, '', '#/events');
route();
showStats();
setInterval(checkNew, POLL_MS);
