// #/network?from=&to=&min=: who deals with whom, edges green for cooperation and red for conflict.
import { el } from '../dom.js';
import { get } from '../api.js';
import { hashFor, errorBox } from '../route.js';
import { count, counting } from '../format.js';
import { load } from '../vendor.js';

export async function render(root, { params }) {
  const values = { from: params.get('from') || '', to: params.get('to') || '', min: params.get('min') || '1' };
  root.appendChild(form(values));
  const card = root.appendChild(el('div', { class: 'card graph-card' }));
  const graphBox = card.appendChild(el('div', { class: 'graph', id: 'network-graph' }));
  const info = card.appendChild(el('aside', { class: 'graph-info' }, legend()));

  let net;
  try {
    [net] = await Promise.all([get('network', values), load('cytoscape')]);
  } catch (e) {
    card.replaceChildren(errorBox(e));
    return null;
  }
  const nodes = net.nodes || [];
  const known = new Set(nodes.map((n) => String(n.id)));
  const edges = (net.edges || []).filter((e) => known.has(String(e.source)) && known.has(String(e.target)));
  info.appendChild(el('p', { class: 'muted' }, count(nodes.length) + ' actors, ' + count(edges.length) + ' dyads'));
  info.appendChild(el('p', { class: 'muted counting' }, counting(net.not_counted)));
  if (!nodes.length) {
    graphBox.replaceWith(el('p', { class: 'empty' }, 'No dyads in this period.'));
    return null;
  }
  const cy = draw(graphBox, nodes, edges);
  const details = info.appendChild(el('div', { class: 'graph-details' }, el('p', { class: 'muted' }, 'Click an actor or a line.')));
  cy.on('tap', 'node', (e) => showNode(details, e.target));
  cy.on('tap', 'edge', (e) => showEdge(details, e.target));
  window.__dyadNetwork = cy; // lets the page tests ask the graph what it drew
  return { dispose: () => { cy.destroy(); delete window.__dyadNetwork; } };
}

function form(values) {
  const go = (e) => {
    e.preventDefault();
    location.hash = hashFor('network', Object.fromEntries(new FormData(e.target)));
  };
  const field = (label, input) => el('label', { class: 'field' }, el('span', {}, label), input);
  return el('form', { class: 'filters card', onsubmit: go },
    field('From', el('input', { name: 'from', type: 'date', value: values.from })),
    field('To', el('input', { name: 'to', type: 'date', value: values.to })),
    field('At least', el('input', { name: 'min', type: 'number', min: 1, value: values.min, size: 4 })),
    el('button', { type: 'submit' }, 'Draw'));
}

function legend() {
  return el('div', { class: 'legend' },
    el('h3', {}, 'Alignment network'),
    el('div', {}, el('span', { class: 'swatch', style: { background: '#2f8f5b' } }), 'net cooperation'),
    el('div', {}, el('span', { class: 'swatch', style: { background: '#c23b3b' } }), 'net conflict'),
    el('p', { class: 'muted' }, 'Line width: number of events. Node size: events involving the actor.'));
}

function draw(container, nodes, edges) {
  const maxNode = Math.max(1, ...nodes.map((n) => Number(n.count) || 0));
  const maxEdge = Math.max(1, ...edges.map((e) => Number(e.count) || 0));
  const elements = nodes.map((n) => ({
    data: { id: String(n.id), label: String(n.label || n.id), count: Number(n.count) || 0,
      size: 18 + 34 * Math.sqrt((Number(n.count) || 0) / maxNode) },
  })).concat(edges.map((e, i) => ({
    data: { id: 'e' + i, source: String(e.source), target: String(e.target), count: Number(e.count) || 0,
      weight: Number(e.weight) || 0, width: 1.5 + 8 * Math.sqrt((Number(e.count) || 0) / maxEdge) },
  })));
  return window.cytoscape({
    container,
    elements,
    wheelSensitivity: 0.3,
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110, padding: 30 },
    style: [
      { selector: 'node', style: {
        'background-color': '#4a5a70', label: 'data(label)', width: 'data(size)', height: 'data(size)',
        color: '#1f2933', 'font-size': 12, 'font-weight': 600, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 2 } },
      { selector: 'edge', style: {
        // An edge is an unordered pair (the API sums both directions): no arrowhead.
        width: 'data(width)', 'curve-style': 'bezier', opacity: 0.75, 'line-color': '#999' } },
      { selector: 'edge[weight > 0]', style: { 'line-color': '#2f8f5b' } },
      { selector: 'edge[weight < 0]', style: { 'line-color': '#c23b3b' } },
      { selector: ':selected', style: { 'overlay-color': '#f0b429', 'overlay-opacity': 0.25 } },
    ],
  });
}

function showNode(box, node) {
  const id = node.id();
  box.replaceChildren(el('h3', {}, node.data('label')),
    el('p', {}, count(node.data('count')) + ' events'),
    el('ul', { class: 'plain' }, node.connectedEdges().map((e) => {
      const other = e.source().id() === id ? e.target().id() : e.source().id();
      return el('li', {}, el('a', { href: hashFor('dyad', { a: id, b: other }) }, id + ' – ' + other),
        el('span', { class: 'muted' }, ' ' + count(e.data('count')) + ' events, Goldstein ' + e.data('weight').toFixed(1)));
    })),
    el('a', { href: hashFor('events', { actor: id }) }, 'Events of ' + id + ' →'));
}

function showEdge(box, edge) {
  const a = edge.source().id();
  const b = edge.target().id();
  box.replaceChildren(el('h3', {}, a + ' – ' + b),
    el('p', {}, count(edge.data('count')) + ' events, Goldstein sum ' + edge.data('weight').toFixed(1)),
    el('a', { href: hashFor('dyad', { a, b }) }, 'Chart this dyad →'),
    el('br'),
    el('a', { href: hashFor('events', { source: a, target: b }) }, 'Events ' + a + ' → ' + b),
    el('br'),
    el('a', { href: hashFor('events', { source: b, target: a }) }, 'Events ' + b + ' → ' + a));
}
