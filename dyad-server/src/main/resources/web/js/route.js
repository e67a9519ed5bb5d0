// Hash routes and the bits every view shares.
import { el } from './dom.js';

/** Parses "#/article/abc?x=1" into {view:'article', rest:['abc'], params}. */
export function parseHash(hash, views) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [view, ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view: views.includes(view) ? view : 'events', rest, params: new URLSearchParams(query) };
}

/** Builds "#/view?…" with empty values left out. */
export function hashFor(view, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && String(value) !== '') query.set(key, value);
  }
  return '#/' + view + (query.toString() ? '?' + query : '');
}

export function errorBox(e) {
  return el('div', { class: 'notice error', role: 'alert' }, e && e.message ? e.message : String(e));
}

