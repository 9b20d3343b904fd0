// Pre-builds Data/americas-map.json, the SVG paths of the 35 OAS member states that the server draws
// inline (no tile server, no script needed). Run `npm run build-map` after changing the projection or the
// list; the output is committed. Boundaries: Natural Earth 1:50m via world-atlas (public domain).
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";
import { geoArea, geoCentroid, geoConicEqualArea, geoPath } from "d3-geo";

// ISO 3166-1 numeric (the ids of world-atlas) → alpha-2, for the 35 member states.
const members = {
  "028": "AG", "032": "AR", "044": "BS", "052": "BB", "068": "BO", "076": "BR", "084": "BZ", "124": "CA",
  "152": "CL", "170": "CO", "188": "CR", "192": "CU", "212": "DM", "214": "DO", "218": "EC", "222": "SV",
  "308": "GD", "320": "GT", "328": "GY", "332": "HT", "340": "HN", "388": "JM", "484": "MX", "558": "NI",
  "591": "PA", "600": "PY", "604": "PE", "659": "KN", "662": "LC", "670": "VC", "740": "SR", "780": "TT",
  "840": "US", "858": "UY", "862": "VE",
};

const width = 1000;
const precision = 10; // coordinates are rounded to a tenth of a viewBox unit
const tolerance = 0.3; // viewBox units: a shared border is simplified once, so neighbours still meet
const minRingArea = 0.6; // square units: islets below this are dropped (a state always keeps its largest)
const smallStateArea = 60; // states smaller than this get a marker circle so they can be seen and clicked

const topology = JSON.parse(readFileSync("node_modules/world-atlas/countries-50m.json", "utf8"));
const all = () => feature(topology, topology.objects.countries).features;
const states = all().filter((f) => members[f.id]);
if (states.length !== Object.keys(members).length) {
  throw new Error(`Expected ${Object.keys(members).length} member states, found ${states.length}`);
}

const projection = geoConicEqualArea().parallels([-15, 45]).rotate([85, 0])
  .fitWidth(width, { type: "FeatureCollection", features: states });
const [[, top], [, bottom]] = geoPath(projection).bounds({ type: "FeatureCollection", features: states });
const height = Math.ceil(bottom - Math.min(0, top));
const planar = geoPath(projection);
simplifyArcs(topology);

// Land of non-members in the Americas (Greenland, French Guiana, Puerto Rico...), drawn as plain context.
function inTheAmericas(polygon) {
  const [lon, lat] = geoCentroid(polygon);
  return lat > 50 ? lon > -168 && lon < -20 : lon > -120 && lon < -30 && lat > -60;
}

const context = all().filter((f) => !members[f.id]).flatMap(polygonsOf).filter(inTheAmericas);

const countries = all().filter((f) => members[f.id])
  .map((state) => {
    const area = planar.area(state);
    const entry = { iso2: members[state.id], path: encode(polygonsOf(state)) };
    if (area < smallStateArea) {
      const [x, y] = planar.centroid(state);
      entry.marker = { x: round(x), y: round(y) };
    }
    return entry;
  })
  .sort((a, b) => a.iso2.localeCompare(b.iso2));

const map = {
  attribution: "Boundaries: Natural Earth 1:50m (public domain), via the world-atlas package.",
  viewBox: `0 0 ${width} ${height}`,
  countries,
  context: encode(context),
};
writeFileSync("Data/americas-map.json", JSON.stringify(map) + "\n");
const size = Buffer.byteLength(JSON.stringify(map));
console.log(`Wrote Data/americas-map.json: ${countries.length} states, ${(size / 1024).toFixed(0)} KB, viewBox ${map.viewBox}`);

// Simplifies each arc of the topology (Douglas-Peucker in projected units) and stores it unquantised, so
// the features read afterwards share identical, lighter borders.
function simplifyArcs(t) {
  const { scale: [kx, ky], translate: [tx, ty] } = t.transform;
  t.arcs = t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => [(x += dx) * kx + tx, (y += dy) * ky + ty]);
    const projected = points.map((p) => projection(p) ?? [NaN, NaN]);
    const keep = new Uint8Array(points.length);
    keep[0] = keep[points.length - 1] = 1;
    douglasPeucker(projected, 0, points.length - 1, keep);
    return points.filter((_, i) => keep[i]);
  });
  delete t.transform;
}

function douglasPeucker(points, first, last, keep) {
  let farthest = -1;
  let distance = tolerance;
  const [ax, ay] = points[first];
  const [bx, by] = points[last];
  const length = Math.hypot(bx - ax, by - ay);
  for (let i = first + 1; i < last; i++) {
    const [px, py] = points[i];
    const d = length === 0 ? Math.hypot(px - ax, py - ay)
      : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
    if (!(d <= distance)) {
      farthest = i;
      distance = Number.isNaN(d) ? Infinity : d;
    }
  }
  if (farthest > 0) {
    keep[farthest] = 1;
    douglasPeucker(points, first, farthest, keep);
    douglasPeucker(points, farthest, last, keep);
  }
}

function polygonsOf(f) {
  const g = f.geometry;
  const list = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return list.map((coordinates) => ({ type: "Polygon", coordinates }));
}

function round(value) {
  return Math.round(value * precision) / precision;
}

// Projects polygons into one compact path: absolute start, relative steps, repeated points dropped.
function encode(polygons) {
  const kept = polygons.filter((p) => geoArea(p) > 0 && geoArea(p) < 2 * Math.PI);
  const largest = Math.max(...kept.map((p) => planar.area(p)));
  let d = "";
  for (const polygon of kept) {
    const area = planar.area(polygon);
    if (area < minRingArea && area < largest) {
      continue;
    }
    const rings = [];
    geoPath(projection, ringCollector(rings))(polygon);
    for (const ring of rings) {
      d += encodeRing(ring);
    }
  }
  return d;
}

function ringCollector(rings) {
  let ring = null;
  return {
    moveTo(x, y) { ring = [[x, y]]; rings.push(ring); },
    lineTo(x, y) { ring.push([x, y]); },
    closePath() { ring = null; },
    arc() {},
  };
}

function encodeRing(ring) {
  const points = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * precision), Math.round(y * precision)];
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      points.push(p);
    }
  }
  if (points.length < 3) {
    return "";
  }
  let d = `M${n(points[0][0])} ${n(points[0][1])}l`;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i][0] - points[i - 1][0];
    const dy = points[i][1] - points[i - 1][1];
    d += `${i > 1 && dx >= 0 ? " " : ""}${n(dx)}${dy >= 0 ? " " : ""}${n(dy)}`;
  }
  return d + "z";
}

function n(scaled) {
  return String(scaled / precision);
}
