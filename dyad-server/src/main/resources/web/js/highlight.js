// Turns a body and its offset spans into DOM: the text is cut at every span boundary and each
// piece becomes a text node inside a <span> carrying the classes of every span that covers it.
// Overlapping and nested spans therefore need no nesting rules. Offsets are UTF-16 indexes, the
// same in Java and JavaScript; spans outside the body or empty are dropped, never fatal.
import { el } from './dom.js';

/**
 * @param body  the document text
 * @param spans [{start, end, classes: ['ent', 'ent-PERSON'], title, data: {event: 'id'}}]
 * @returns a DocumentFragment
 */
export function highlight(body, spans) {
  const text = String(body ?? '');
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = valid.slice().sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    active = active.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    const piece = text.slice(from, to);
    fragment.appendChild(active.length ? segment(piece, active) : document.createTextNode(piece));
  }
  return fragment;
}

function segment(piece, active) {
  const node = el('span', { class: [...new Set(active.flatMap((s) => s.classes))].join(' ') }, piece);
  const titles = active.map((s) => s.title).filter(Boolean);
  if (titles.length) node.title = titles.join('\n');
  for (const s of active) {
    for (const [key, value] of Object.entries(s.data || {})) {
      const existing = node.dataset[key];
      node.dataset[key] = existing ? existing + ' ' + value : String(value);
    }
  }
  return node;
}
