// #/dyad?a=RUS&b=IRN: cooperation against conflict over time for two actors (ECharts).
import { el } from '../dom.js';
import { get } from '../api.js';
import { hashFor, errorBox } from '../route.js';
import { count, counting } from '../format.js';
import { load } from '../vendor.js';

const DEFAULT = ['RUS', 'IRN'];
/** What the curve counts; the API's default is the first. */
const COUNTED = [
  ['asserted,reported', 'asserted + reported'],
  ['asserted,reported,hedged', '+ hedged'],
  ['asserted,reported,hedged,intended', '+ hedged + intended'],
  ['all', 'all, with negated and hypothetical'],
];
/** Beyond this many periods the axis would be unreadable: days fall back to the periods that have events. */
const MAX_PERIODS = 3660;
const SERIES = [
  ['material_coop', 'Material cooperation', '#2f8f5b', 1],
  ['verbal_coop', 'Verbal cooperation', '#8cc7a2', 1],
  ['verbal_conflict', 'Verbal conflict', '#e8a0a0', -1],
  ['material_conflict', 'Material conflict', '#c23b3b', -1],
];

export async function render(root, { params }) {
  const [a, b] = await chooseDyad(params);
  const interval = params.get('interval') === 'day' ? 'day' : 'month';
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const certainty = COUNTED.some(([v]) => v === params.get('certainty')) ? params.get('certainty') : COUNTED[0][0];
  root.appendChild(form({ a, b, interval, from, to, certainty }));
  const summary = root.appendChild(el('div', { class: 'tiles' }));
  const note = root.appendChild(el('p', { class: 'counting', id: 'dyad-counting' }));
  const card = root.appendChild(el('div', { class: 'card chart-card' }));
  const chartBox = card.appendChild(el('div', { class: 'chart', id: 'dyad-chart' }));

  let series;
  try {
    [series] = await Promise.all([get('dyads/series', { a, b, interval, from, to, certainty }), load('echarts')]);
  } catch (e) {
    card.replaceChildren(errorBox(e));
    return null;
  }
  const points = everyPeriod(series.points || [], series.interval);
  showSummary(summary, series, points);
  note.textContent = counting(series.not_counted, true);
  if (!points.length) {
    card.replaceChildren(el('p', { class: 'empty' }, 'No events between ' + a + ' and ' + b + ' in this period.'));
    return null;
  }
  const chart = window.echarts.init(chartBox, null, { renderer: 'canvas' });
  // Marks the chart once its animation is over, so screenshots and tests see the final drawing.
  chart.on('finished', () => { chartBox.dataset.drawn = 'yes'; });
  chart.setOption(option(series, points));
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return { dispose: () => { window.removeEventListener('resize', resize); chart.dispose(); } };
}

/** The chosen pair, else RUS–IRN when the store has it, else the busiest edge of the network. */
async function chooseDyad(params) {
  if (params.get('a') && params.get('b')) return [params.get('a').toUpperCase(), params.get('b').toUpperCase()];
  try {
    const net = await get('network');
    const edges = (net.edges || []).slice().sort((x, y) => y.count - x.count);
    const wanted = edges.find((e) => [e.source, e.target].sort().join() === DEFAULT.slice().sort().join());
    if (!wanted && edges.length) return [edges[0].source, edges[0].target];
  } catch {
    // fall back to the default pair
  }
  return DEFAULT;
}

function form(values) {
  const go = (e) => {
    e.preventDefault();
    location.hash = hashFor('dyad', Object.fromEntries(new FormData(e.target)));
  };
  const list = el('datalist', { id: 'actor-codes' });
  get('actors', { limit: 300 }).then((actors) => list.append(...((actors && actors.items) || []).map((x) =>
    el('option', { value: x.code }, (x.name || x.code) + ' (' + count(x.count) + ')')))).catch(() => {});
  const field = (label, input) => el('label', { class: 'field' }, el('span', {}, label), input);
  return el('form', { class: 'filters card', onsubmit: go }, list,
    field('Actor A', el('input', { name: 'a', value: values.a, list: 'actor-codes', size: 8, required: true })),
    field('Actor B', el('input', { name: 'b', value: values.b, list: 'actor-codes', size: 8, required: true })),
    field('Per', el('select', { name: 'interval' },
      el('option', { value: 'month', selected: values.interval === 'month' }, 'month'),
      el('option', { value: 'day', selected: values.interval === 'day' }, 'day'))),
    field('From', el('input', { name: 'from', type: 'date', value: values.from })),
    field('To', el('input', { name: 'to', type: 'date', value: values.to })),
    field('Counted', el('select', { name: 'certainty' }, ...COUNTED.map(([value, label]) =>
      el('option', { value, selected: values.certainty === value }, label)))),
    el('button', { type: 'submit' }, 'Show'),
    el('a', { class: 'reset', href: hashFor('events', { actor: values.a, q: '' }) }, 'Events of ' + values.a + ' →'));
}

function showSummary(box, series, points) {
  const sum = (key) => points.reduce((s, p) => s + (Number(p[key]) || 0), 0);
  const coop = sum('verbal_coop') + sum('material_coop');
  const conflict = sum('verbal_conflict') + sum('material_conflict');
  const tile = (label, value, cls) => el('div', { class: 'tile ' + (cls || '') }, el('div', { class: 'tile-value' }, value), el('div', { class: 'tile-label' }, label));
  box.append(
    tile('dyad', (series.a || '?') + ' – ' + (series.b || '?')),
    tile('events', count(sum('count'))),
    tile('cooperation', count(coop), 'pos'),
    tile('conflict', count(conflict), 'neg'),
    tile('net Goldstein', sum('goldstein_sum').toFixed(1), sum('goldstein_sum') >= 0 ? 'pos' : 'neg'));
}

/**
 * The series on a real time axis: every month (or day) from the first period to the last, empty ones
 * included, so 2011-12 and 2015-02 stand three years apart and not side by side.
 */
export function everyPeriod(points, interval) {
  if (points.length < 2) return points;
  const byPeriod = new Map(points.map((p) => [String(p.period), p]));
  const day = String(interval).toLowerCase() === 'day';
  const next = day ? nextDay : nextMonth;
  const out = [];
  const last = String(points[points.length - 1].period);
  for (let period = String(points[0].period); period <= last; period = next(period)) {
    out.push(byPeriod.get(period) || { period, count: 0, goldstein_sum: 0, verbal_coop: 0, material_coop: 0,
      verbal_conflict: 0, material_conflict: 0, apart: 0 });
    if (out.length > MAX_PERIODS) return points;
  }
  return out;
}

function nextMonth(period) {
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? (y + 1) + '-01' : y + '-' + String(m + 1).padStart(2, '0');
}

function nextDay(period) {
  const d = new Date(period + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function option(series, points) {
  const periods = points.map((p) => String(p.period));
  const apart = points.some((p) => Number(p.apart) > 0);
  const [events, goldstein] = alignedAxes(points);
  return {
    animationDuration: 400,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
    title: { text: series.a + ' – ' + series.b + ': cooperation vs conflict per ' + String(series.interval || '').toLowerCase(), left: 8, top: 4, textStyle: { fontSize: 14, fontWeight: 600 } },
    legend: { top: 4, right: 8 },
    grid: { left: 56, right: 64, top: 48, bottom: 56 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
    dataZoom: points.length > 24 ? [{ type: 'slider', bottom: 8, height: 20 }] : [],
    xAxis: { type: 'category', data: periods, axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: 'events', nameTextStyle: { align: 'right' }, ...events, axisLabel: { formatter: (v) => Math.abs(v) } },
      { type: 'value', name: 'Goldstein', splitLine: { show: false }, ...goldstein },
    ],
    series: SERIES.map(([key, name, colour, sign]) => ({
      name, type: 'bar', stack: sign > 0 ? 'coop' : 'conflict', color: colour, barMaxWidth: 36,
      barGap: '-100%', // the up (cooperation) and down (conflict) stacks share one slot per period
      data: points.map((p) => sign * (Number(p[key]) || 0)),
    })).concat([{
      name: 'Goldstein sum', type: 'line', yAxisIndex: 1, color: '#555', symbolSize: 5,
      data: points.map((p) => Number(p.goldstein_sum) || 0),
    }]).concat(apart ? [{
      name: 'Hedged or intended (not counted)', type: 'line', color: '#8a6d3b', symbol: 'none', step: 'middle',
      lineStyle: { type: 'dashed', width: 1.5 }, data: points.map((p) => Number(p.apart) || 0),
    }] : []),
  };
}

/**
 * Cooperation is drawn up and conflict down from zero; the Goldstein line has its own axis. Both
 * axes get the same proportions above and below zero so that their zeros meet on one line.
 */
function alignedAxes(points) {
  const up = Math.max(1, ...points.map((p) => Math.max((Number(p.verbal_coop) || 0) + (Number(p.material_coop) || 0),
    Number(p.apart) || 0)));
  const down = Math.max(0, ...points.map((p) => (Number(p.verbal_conflict) || 0) + (Number(p.material_conflict) || 0)));
  const gold = points.map((p) => Number(p.goldstein_sum) || 0);
  const gUp = Math.max(0, ...gold);
  const gDown = Math.max(0, ...gold.map((g) => -g));
  const step = niceStep((up + down) / 6);
  const above = Math.max(1, Math.ceil(up / step));
  const below = Math.max(down || gDown ? 1 : 0, Math.ceil(down / step));
  const gStep = niceStep(Math.max(gUp / above, below ? gDown / below : 0, 0.1));
  return [
    { min: -below * step, max: above * step, interval: step },
    { min: -below * gStep, max: above * gStep, interval: gStep },
  ];
}

/** 1, 2, 5, 10, 20, 50… at or above x. */
function niceStep(x) {
  const power = Math.pow(10, Math.floor(Math.log10(Math.max(x, 1e-9))));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= x);
}

/** Built as DOM so that no value is ever parsed as markup. */
function tooltip(items) {
  const box = el('div', { class: 'chart-tip' }, el('strong', {}, items.length ? items[0].axisValue : ''));
  for (const item of items) {
    const value = item.seriesName === 'Goldstein sum' ? Number(item.value).toFixed(1) : Math.abs(item.value);
    if (item.seriesName.startsWith('Hedged') && !item.value) continue;
    box.appendChild(el('div', {}, el('span', { class: 'dot', style: { background: item.color } }), item.seriesName + ': ' + value));
  }
  return box;
}
