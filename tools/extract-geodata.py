#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract the basemap's regional geodata (tools/geodata) from its sources.

The basemap shows Korea with its neighbours to every edge of any screen, so
it needs the coasts, borders, major rivers and large lakes of north-east
China, the Russian Far East, Shandong and western Japan as well.  This
script cuts them out of the published sources, so that a refresh is a
command and not a hand job:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    apt-get install gmt gmt-gshhg-full
    python3 tools/extract-geodata.py --world-atlas package --output tools/geodata

It writes land.geojson, countries.geojson (the two Koreas), coastline.geojson,
borders.geojson (from Natural Earth 1:10m as packaged by world-atlas, a
TopoJSON file decoded here), and rivers-region.geojson and
lakes-region.geojson (from GSHHG, through `gmt coast`).  It leaves alone
rivers.geojson and lakes.geojson, the Korea-box set whose seven great rivers
were named by hand, and hand-digitised.geojson: the regional files only add
what lies outside that box.

Only the Python standard library is used (and the gmt command for rivers).
"""

import argparse
import functools
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Natural Earth countries are keyed by ISO 3166 numeric code in world-atlas;
# the basemap generator and its data speak alpha-3.
ISO_A3 = {
    "156": "CHN", "158": "TWN", "392": "JPN", "408": "PRK", "410": "KOR",
    "496": "MNG", "643": "RUS",
}
KOREA = ("KOR", "PRK")

# The rectangle the hand-named Korean rivers and lakes already cover (see
# rivers.geojson): regional rivers are cut out of it, so no river is
# drawn twice.
KOREA_RIVERS_BOX = (124.0, 33.0, 132.0, 44.0)
KOREA_LAKES_BOX = (124.0, 33.0, 131.5, 43.2)

# Regional lakes smaller than this (km^2) are left out: Korea's neighbours
# stay quiet, so only the large ones (Taihu, Khanka) show.
MIN_REGION_LAKE_KM2 = 50

# Degrees kept beyond the basemap's viewBox, so no clipped edge shows.
MARGIN_DEG = 0.5

NE_SOURCE = ("Natural Earth 4.1.0 1:10m admin-0 countries and land, via npm "
             "world-atlas@2.0.2 (countries-10m.json, land-10m.json)")
NE_LICENSE = "Natural Earth: public domain; world-atlas packaging: ISC"
GSHHG_SOURCE = ("GSHHG 2.3.7 (WDBII rivers, level-2 shorelines), Debian "
                "gmt-gshhg-full, dumped with 'gmt coast -Df -M'")
GSHHG_LICENSE = "GSHHG: LGPL-3+ (WDBII origin: US public domain)"


@functools.lru_cache(maxsize=None)
def load_generator():
    spec = importlib.util.spec_from_file_location(
        "gen_basemap", os.path.join(HERE, "gen-basemap.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def clip_box(gen):
    """The lon/lat rectangle that holds the generator's whole viewBox: a
    conic's parallels bend, so the viewBox corners reach beyond the box."""
    proj = gen.LambertConformalConic.from_proj_string(gen.PROJ_STRING)
    emin, emax, nmin, nmax = gen.box_extents(proj, gen.DATA_BBOX)
    lons, lats = [], []
    steps = 200
    for i in range(steps + 1):
        t = i / steps
        for e, n in ((emin + (emax - emin) * t, nmin), (emin + (emax - emin) * t, nmax),
                     (emin, nmin + (nmax - nmin) * t), (emax, nmin + (nmax - nmin) * t)):
            lon, lat = proj.inverse(e, n)
            lons.append(lon)
            lats.append(lat)
    return (round(min(lons) - MARGIN_DEG, 1), round(min(lats) - MARGIN_DEG, 1),
            round(max(lons) + MARGIN_DEG, 1), round(max(lats) + MARGIN_DEG, 1))


# --------------------------------------------------------------------------
# TopoJSON (https://github.com/topojson/topojson-specification)
# --------------------------------------------------------------------------

def decode_arcs(topo):
    """Quantised, delta-encoded arcs -> lists of (lon, lat)."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def arc_points(arcs, index):
    # A negative index is the one's complement of an arc walked backwards.
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def ring_points(arcs, ring):
    pts = []
    for index in ring:
        a = arc_points(arcs, index)
        pts.extend(a if not pts else a[1:])
    return pts


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


# --------------------------------------------------------------------------
# Clipping in degrees (the box is a lon/lat rectangle)
# --------------------------------------------------------------------------

def clip_ring(ring, box):
    """The ring cut to the lon/lat box, by the generator's own clipper."""
    west, south, east, north = box
    return load_generator().clip_polygon(ring, west, south, east, north)


def inside(p, box):
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def split_line(line, keep):
    """Pieces of @line whose points satisfy @keep (vertex-wise: the sources
    are dense enough that a vertex either side of a box edge is exact
    enough for lines drawn under 1 px wide)."""
    pieces, current = [], []
    for p in line:
        if keep(p):
            current.append(p)
        else:
            if len(current) > 1:
                pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def rounded(points):
    return [[round(x, 5), round(y, 5)] for x, y in points]


def feature_collection(features, source, license_, box):
    return {"type": "FeatureCollection",
            "metadata": {"source": source, "license": license_, "clip": list(box)},
            "features": features}


# --------------------------------------------------------------------------
# Natural Earth
# --------------------------------------------------------------------------

def iso_of(geometry):
    code = str(geometry.get("id", ""))
    return ISO_A3.get(code, "N" + code if code else "NONE")


def natural_earth(world_atlas, box):
    with open(os.path.join(world_atlas, "countries-10m.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(world_atlas, "land-10m.json"), encoding="utf-8") as f:
        land = json.load(f)

    c_arcs = decode_arcs(countries)
    geometries = countries["objects"]["countries"]["geometries"]

    # Each arc, and which countries' rings use it: once is a coast, twice
    # a border between two countries.
    users = {}
    korea_features = []
    for geometry in geometries:
        iso = iso_of(geometry)
        polys = []
        for poly in polygons_of(geometry):
            rings = []
            for ring in poly:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, []).append(iso)
                clipped = clip_ring(ring_points(c_arcs, ring), box)
                if len(clipped) >= 3:
                    rings.append(rounded(clipped))
            if rings:
                polys.append(rings)
        if iso in KOREA and polys:
            korea_features.append({
                "type": "Feature",
                "properties": {"name": geometry["properties"]["name"], "iso_a3": iso},
                "geometry": {"type": "MultiPolygon", "coordinates": polys}})

    coast = {}
    borders = {}
    for index in sorted(users):
        isos = users[index]
        for piece in split_line(c_arcs[index], lambda p: inside(p, box)):
            if len(isos) == 1:
                coast.setdefault(isos[0], []).append(rounded(piece))
            elif len(set(isos)) == 2:
                pair = "-".join(sorted(set(isos), key=lambda i: (i not in ("CHN", "KOR"), i)))
                borders.setdefault(pair, []).append(rounded(piece))

    coast_features = [{"type": "Feature", "properties": {"country": iso},
                       "geometry": {"type": "MultiLineString", "coordinates": coast[iso]}}
                      for iso in sorted(coast)]
    border_features = []
    for pair in sorted(borders):
        props = {"pair": pair, "kind": "international"}
        if set(pair.split("-")) == set(KOREA):
            props["kind"] = "mdl"
            props["note"] = ("NE 'de facto' KOR/PRK land boundary = 1953 Military "
                             "Demarcation Line (generalised, 1:10m)")
        border_features.append({"type": "Feature", "properties": props,
                                "geometry": {"type": "MultiLineString",
                                             "coordinates": borders[pair]}})

    l_arcs = decode_arcs(land)
    land_polys = []
    for geometry in land["objects"]["land"]["geometries"]:
        for poly in polygons_of(geometry):
            rings = []
            for ring in poly:
                clipped = clip_ring(ring_points(l_arcs, ring), box)
                if len(clipped) >= 3:
                    rings.append(rounded(clipped))
            if rings:
                land_polys.append(rings)
    land_features = [{"type": "Feature", "properties": {"what": "land"},
                      "geometry": {"type": "MultiPolygon", "coordinates": land_polys}}]

    return korea_features, land_features, coast_features, border_features


# --------------------------------------------------------------------------
# GSHHG through gmt coast
# --------------------------------------------------------------------------

def gmt_segments(gmt, box, *args):
    region = "-R%g/%g/%g/%g" % (box[0], box[2], box[1], box[3])
    # GMT leaves a gmt.history in its working folder: a scratch one.
    with tempfile.TemporaryDirectory() as scratch:
        out = subprocess.run([gmt, "coast", region, "-Df", "-M", *args], cwd=scratch,
                             check=True, capture_output=True, text=True).stdout
    segments, current = [], None
    for line in out.splitlines():
        if line.startswith(">"):
            current = []
            segments.append(current)
        elif line.strip() and current is not None:
            x, y = line.split()[:2]
            current.append((float(x), float(y)))
    return [s for s in segments if len(s) > 1]


def stitch(pieces):
    """GSHHG is stored in bins, so a lake comes out cut along bin edges;
    the pieces meet end to start and are joined back into rings."""
    rings = []
    by_start = {}
    for piece in pieces:
        if piece[0] == piece[-1]:
            rings.append(piece)
        else:
            by_start.setdefault(piece[0], []).append(piece)
    while by_start:
        start = min(by_start)
        ring = by_start[start].pop()
        if not by_start[start]:
            del by_start[start]
        while ring[-1] != ring[0] and ring[-1] in by_start:
            nxt = by_start[ring[-1]].pop()
            if not by_start[ring[-1]]:
                del by_start[ring[-1]]
            ring.extend(nxt[1:])
        if ring[-1] == ring[0]:
            rings.append(ring)
    return rings


def area_km2(ring):
    # Small rings: an equirectangular area at the ring's latitude will do.
    import math
    lat0 = math.radians(sum(p[1] for p in ring) / len(ring))
    kx = 111.32 * math.cos(lat0)
    ky = 110.57
    s = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        s += x0 * kx * y1 * ky - x1 * kx * y0 * ky
    return abs(s) / 2.0


def gshhg(gmt, box):
    rivers = []
    for segment in gmt_segments(gmt, box, "-I1"):
        rivers.extend(rounded(p) for p in
                      split_line(segment, lambda p: not inside(p, KOREA_RIVERS_BOX)))
    river_features = [{"type": "Feature",
                       "properties": {"level": 1, "note": "major permanent rivers outside the Korea box"},
                       "geometry": {"type": "MultiLineString", "coordinates": rivers}}]

    lakes = []
    for ring in stitch(gmt_segments(gmt, box, "-W", "-A%d/2/2" % MIN_REGION_LAKE_KM2)):
        centre = (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
        if inside(centre, KOREA_LAKES_BOX) or area_km2(ring) < MIN_REGION_LAKE_KM2:
            continue
        lakes.append({"type": "Feature", "properties": {"closed": True},
                      "geometry": {"type": "Polygon", "coordinates": [rounded(ring)]}})
    lakes.sort(key=lambda f: f["geometry"]["coordinates"][0][0])
    return river_features, lakes


def write(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--world-atlas", required=True,
                        help="the unpacked world-atlas@2.0.2 package folder")
    parser.add_argument("--output", required=True, help="the geodata folder to write")
    parser.add_argument("--gmt", default="gmt", help="the GMT command")
    args = parser.parse_args()

    gen = load_generator()
    box = clip_box(gen)

    korea, land, coast, borders = natural_earth(args.world_atlas, box)
    write(os.path.join(args.output, "countries.geojson"),
          feature_collection(korea, NE_SOURCE, NE_LICENSE, box))
    write(os.path.join(args.output, "land.geojson"),
          feature_collection(land, NE_SOURCE, NE_LICENSE, box))
    write(os.path.join(args.output, "coastline.geojson"),
          feature_collection(coast, NE_SOURCE + "; arcs used by one country", NE_LICENSE, box))
    write(os.path.join(args.output, "borders.geojson"),
          feature_collection(borders, NE_SOURCE + "; arcs shared by two countries", NE_LICENSE, box))

    rivers, lakes = gshhg(args.gmt, box)
    write(os.path.join(args.output, "rivers-region.geojson"),
          feature_collection(rivers, GSHHG_SOURCE + " -I1", GSHHG_LICENSE, box))
    write(os.path.join(args.output, "lakes-region.geojson"),
          feature_collection(lakes, GSHHG_SOURCE + " -W -A%d/2/2" % MIN_REGION_LAKE_KM2,
                             GSHHG_LICENSE, box))
    return 0


if __name__ == "__main__":
    sys.exit(main())
