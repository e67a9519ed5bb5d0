// #/map: where events happened. Country shapes are shipped with Dyad (/geo/countries.geojson);
// there is no tile server, so the map works offline.
import { el } from '../dom.js';
import { get } from '../api.js';
import { hashFor, errorBox } from '../route.js';
import { count } from '../format.js';
import { load } from '../vendor.js';

const SHAPES = '/geo/countries.geojson';

export async function render(root) {
  const card = root.appendChild(el('div', { class: 'card map-card' }));
  const mapBox = card.appendChild(el('div', { class: 'map', id: 'event-map' }));
  const side = card.appendChild(el('aside', { class: 'map-info' }, el('h3', {}, 'Event places')));

  let places;
  let L;
  try {
    [places, L] = await Promise.all([get('places'), load('leaflet')]);
  } catch (e) {
    card.replaceChildren(errorBox(e));
    return null;
  }
  places = ((places && places.items) || []).filter((p) => isCoordinate(p.lat, 90) && isCoordinate(p.lon, 180));
  const map = L.map(mapBox, { zoomSnap: 0.25, minZoom: 1, maxZoom: 10, worldCopyJump: true, attributionControl: false });
  map.setView([30, 20], 2);

  const byCountry = new Map();
  for (const p of places) byCountry.set(p.country, (byCountry.get(p.country) || 0) + (Number(p.count) || 0));
  const shapes = await countryShapes(L, map, byCountry);
  if (!shapes) side.appendChild(el('p', { class: 'notice' }, 'Country shapes are not installed; showing places only.'));

  const max = Math.max(1, ...places.map((p) => Number(p.count) || 0));
  const markers = places.map((p) => L.circleMarker([Number(p.lat), Number(p.lon)], {
    radius: 4 + 16 * Math.sqrt((Number(p.count) || 0) / max),
    color: '#7a2e12', weight: 1, fillColor: '#e0663a', fillOpacity: 0.7, className: 'place-marker',
  }).bindPopup(() => popup(p)).bindTooltip(() => el('span', {}, p.name + ': ' + count(p.count)))
    .addTo(map));
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.25), { maxZoom: 5 });

  side.appendChild(el('p', { class: 'muted' }, count(places.length) + ' places'));
  side.appendChild(el('ol', { class: 'place-list' }, places.slice().sort((a, b) => b.count - a.count).slice(0, 15)
    .map((p, i) => el('li', {}, el('a', { href: '#', onclick: (e) => { e.preventDefault(); map.setView([p.lat, p.lon], 5); markers[places.indexOf(p)].openPopup(); } }, p.name),
      el('span', { class: 'muted' }, ' ' + (p.country || '') + ' · ' + count(p.count))))));
  window.__dyadMap = { places: markers.length, countries: shapes ? shapes.getLayers().length : 0 };
  return { dispose: () => { map.remove(); delete window.__dyadMap; } };
}

/** The shipped shapes as a GeoJSON layer shaded by event count, or null if they are missing. */
async function countryShapes(L, map, byCountry) {
  let geo;
  try {
    const response = await fetch(SHAPES);
    if (!response.ok) return null;
    geo = await response.json();
  } catch {
    return null;
  }
  const max = Math.max(1, ...byCountry.values());
  const features = (geo.features || [])
    .filter((f) => f && f.geometry && iso3(f) !== 'ATA') // Antarctica only smears across a Mercator map
    .map((f) => ({ ...f, geometry: unwrapped(f.geometry) }));
  return L.geoJSON({ type: 'FeatureCollection', features }, {
    interactive: true,
    style: (f) => {
      const n = byCountry.get(iso3(f)) || 0;
      return { color: '#9aa5b1', weight: 0.6, fillColor: n ? '#5b7fa6' : '#f4f1ea', fillOpacity: n ? 0.15 + 0.5 * Math.sqrt(n / max) : 1 };
    },
    onEachFeature: (f, layer) => {
      const code = iso3(f);
      const name = (f.properties && (f.properties.name || f.properties.NAME)) || code || '';
      layer.bindTooltip(() => el('span', {}, name + (byCountry.get(code) ? ': ' + count(byCountry.get(code)) + ' events' : '')), { sticky: true });
      layer.on('click', () => { if (code) location.hash = hashFor('events', { country: code }); });
    },
  }).addTo(map);
}

/**
 * A ring that steps from +180° to −180° longitude (Russia, Fiji) would be drawn as a band across
 * the whole map; shifting the rest of the ring by 360° keeps it one continuous shape.
 */
function unwrapped(geometry) {
  const ring = (points) => {
    let shift = 0;
    return points.map((pt, i) => {
      if (i > 0) {
        const step = pt[0] - points[i - 1][0];
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
      }
      return [pt[0] + shift, pt[1]];
    });
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(ring)) };
  return geometry;
}

/** Number(null) is 0: a place without coordinates must not land in the Gulf of Guinea. */
function isCoordinate(value, limit) {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

function iso3(feature) {
  const p = feature.properties || {};
  return p.iso3 || p.ISO3 || p.ISO_A3 || p.iso_a3 || '';
}

function popup(place) {
  return el('div', { class: 'popup' },
    el('strong', {}, place.name),
    el('div', { class: 'muted' }, (place.country || '') + ' · ' + count(place.count) + ' events'),
    el('a', { href: hashFor('events', { country: place.country || '' }) }, 'Events in ' + (place.country || 'this country') + ' →'));
}
