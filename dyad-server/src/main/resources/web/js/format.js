// Small shared pieces of display: badges, colours, dates, actor labels.
import { el } from './dom.js';

export const CERTAINTIES = ['asserted', 'reported', 'hedged', 'intended', 'hypothetical', 'negated'];

const CERTAINTY_HINT = {
  asserted: 'stated as fact by the article',
  reported: 'attributed to a source',
  hedged: 'possibly, reportedly, may have',
  intended: 'planned or promised, not yet done',
  hypothetical: 'conditional or speculative',
  negated: 'the text says it did not happen',
};

export function certaintyBadge(certainty) {
  const known = CERTAINTIES.includes(certainty) ? certainty : 'unknown';
  return el('span', { class: 'badge cert-' + known, title: CERTAINTY_HINT[known] || 'no certainty given' },
    certainty || 'unknown');
}

/** Goldstein −10 (conflict) … +10 (cooperation) onto red … grey … green. */
export function goldsteinColour(value) {
  const g = Math.max(-10, Math.min(10, Number(value) || 0)) / 10;
  const neutral = [236, 236, 232];
  const end = g < 0 ? [200, 54, 54] : [40, 150, 90];
  const t = Math.abs(g);
  const mix = neutral.map((n, i) => Math.round(n + (end[i] - n) * t));
  return 'rgb(' + mix.join(',') + ')';
}

export function goldsteinChip(value) {
  const num = Number(value);
  const text = Number.isFinite(num) ? (num > 0 ? '+' : '') + num.toFixed(1) : '–';
  const chip = el('span', { class: 'gold', title: 'Goldstein scale: −10 conflict … +10 cooperation' }, text);
  chip.style.background = goldsteinColour(num);
  if (Math.abs(num) >= 5) chip.style.color = '#fff';
  return chip;
}

/** "2024-03" or "2024-03-05" as the event's precision allows. */
export function formatDate(date, precision) {
  if (!date) return '–';
  const s = String(date);
  if (precision === 'year') return s.slice(0, 4);
  if (precision === 'month') return s.slice(0, 7);
  return s.slice(0, 10);
}

export function actorLabel(actor) {
  if (!actor) return el('span', { class: 'muted' }, '—');
  return el('span', { class: 'actor', title: actor.text || '' },
    el('code', {}, actor.code || '?'),
    actor.text ? el('span', { class: 'actor-text' }, ' ' + actor.text) : null);
}

export function ploverLabel(plover) {
  if (!plover || !plover.event) return el('span', { class: 'muted' }, '—');
  return el('span', { class: 'plover' }, plover.event, plover.mode ? el('span', { class: 'muted' }, ' / ' + plover.mode) : null);
}

export function count(n) {
  return Number.isFinite(Number(n)) ? Number(n).toLocaleString('en') : '–';
}

export function placeLabel(place) {
  if (!place || !place.name) return '—';
  return place.country ? place.name + ' (' + place.country + ')' : place.name;
}

/** "1 article", "3 articles": the count and the noun, singular for one. */
export function counted(n, noun) {
  return count(n) + ' ' + noun + (Number(n) === 1 ? '' : 's');
}

/**
 * What an aggregate counted and left out ("Counting asserted, reported events. Not counted: 3 negated,
 * 1 hypothetical."), from the API's not_counted; {@code dashed}: the view draws hedged and intended apart.
 */
export function counting(notCounted, dashed = false) {
  if (!notCounted) return '';
  const parts = ['Counting ' + (notCounted.certainty || []).join(', ') + ' events.'];
  const excluded = Object.entries(notCounted.excluded || {}).filter(([, n]) => n > 0);
  if (excluded.length) parts.push('Not counted: ' + excluded.map(([c, n]) => n + ' ' + c).join(', ') + '.');
  const apart = excluded.filter(([c]) => c === 'hedged' || c === 'intended');
  if (dashed && apart.length) parts.push('The dashed line shows the ' + apart.map(([c]) => c).join(' and ') + ' ones apart.');
  const later = notCounted.after_article || 0;
  if (later) parts.push(later + (later === 1 ? ' intention or hypothetical event' : ' intentions or hypothetical events')
    + ' dated after the article stating ' + (later === 1 ? 'it' : 'them') + ' left out: not something that happened.');
  return parts.join(' ');
}
