#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate the Korean War Atlas basemap (data/korea-basemap.svg).

The basemap is projected once, here, with the same Lambert Conformal Conic
that the app implements in src/model/kwa-projection.c.  The proj string is
written into the SVG so the app reads the projection from the file instead of
trusting a copy of the parameters.

SVG coordinate convention (the app relies on it):
    1 user unit = 1 km, x = easting E, y = -northing N.
So an SVG point (x, y) is the projected point (E, N) = (x, -y).

Usage:
    python3 tools/gen-basemap.py --geodata tools/geodata --output data/korea-basemap.svg
    python3 tools/gen-basemap.py --geodata tools/geodata --output data/korea-basemap.svg --check

Only the Python standard library is used, so the basemap can be rebuilt on
any machine that can build the app.
"""

import argparse
import json
import math
import os
import sys
import tempfile

PROJ_STRING = ("+proj=lcc +lat_1=34 +lat_2=41 +lat_0=38 +lon_0=127.5 "
               "+datum=WGS84 +units=km +no_defs")

# The home box in degrees (west, south, east, north): the theatre of the
# war, what a view shows whole at zoom 1.  Written into the SVG as the
# "home" rectangle.
BBOX = (124.0, 33.0, 131.5, 43.2)

# The data box: everything drawn, so that a view of the home box on any
# screen from portrait 9:16 to 21:9 shows map to every edge (north-east
# China, the Russian Far East, Shandong, western Japan).  It sets the
# viewBox.  At 21:9 the home box's 1140 km height shows about 2700 km
# across, hence the width.
DATA_BBOX = (112.5, 31.5, 142.5, 44.5)

# Geometry further than this (km) from the home box is simplified, the
# more the further, up to MAX_TOLERANCE km: the neighbours are context,
# seen small, and their 1:10m coasts would make the file slow to load.
SIMPLIFY_FROM = 60.0
TOLERANCE_PER_KM = 1.0 / 150.0
MAX_TOLERANCE = 2.5
GRATICULE_TOLERANCE = 0.02

NAMESPACE = "https://koreanwaratlas.org/ns/1"

# Rivers that matter to the story of the war get the heavier stroke.
MAJOR_RIVERS = ("Yalu", "Tumen", "Taedong", "Chongchon", "Imjin", "Han",
                "Kum", "Naktong")

KOREA = ("KOR", "PRK")

# Coordinates are written in hundredths of a km (10 m): far below what any
# screen shows of a 1150 km map, and it keeps the file compact.
SCALE = 100

# Lakes smaller than this (km^2) are dropped: the GSHHG dump has a few
# 100 m squares, one of them in open sea off Incheon, that would print as
# specks.
MIN_LAKE_AREA = 0.5

# Margin (km) kept around the viewBox when clipping, so that no clipped
# polygon edge and no line end can show at the edge of the map.
CLIP_MARGIN = 5.0

STYLESHEET = """
.sea { fill: #dde6ea; }
.neighbour { fill: #ebe7de; stroke: none; }
.land { fill: #f7f0e1; stroke: none; }
.coast { fill: none; stroke: #6f8593; stroke-width: 0.6; stroke-linejoin: round; }
.coast-neighbour { fill: none; stroke: #9aa7ae; stroke-width: 0.5; stroke-linejoin: round; }
.lake { fill: #c9dbe5; stroke: #7f9fb3; stroke-width: 0.3; stroke-linejoin: round; }
.river { fill: none; stroke: #87a9bf; stroke-width: 0.4; stroke-linecap: round; stroke-linejoin: round; }
.river-major { fill: none; stroke: #4f84aa; stroke-width: 0.8; stroke-linecap: round; stroke-linejoin: round; }
.river-neighbour { fill: none; stroke: #a9bcc8; stroke-width: 0.4; stroke-linecap: round; stroke-linejoin: round; }
.graticule { fill: none; stroke: #8e9ea8; stroke-width: 0.3; stroke-opacity: 0.55; }
.border { fill: none; stroke: #8a7a6c; stroke-width: 0.8; stroke-dasharray: 4 2.5; stroke-linejoin: round; }
"""


# --------------------------------------------------------------------------
# Projection: ellipsoidal Lambert Conformal Conic, two standard parallels.
# Snyder, Map Projections: A Working Manual (USGS PP 1395, 1987), ch. 15.
# --------------------------------------------------------------------------

WGS84_A_KM = 6378.137
WGS84_F = 1.0 / 298.257223563


def parse_proj_string(proj):
    """Parse the small subset of proj syntax the basemap uses."""
    params = {}
    for token in proj.split():
        if not token.startswith("+"):
            raise ValueError("proj token %r does not start with '+'" % token)
        key, _, value = token[1:].partition("=")
        params[key] = value
    if params.get("proj") != "lcc":
        raise ValueError("only +proj=lcc is supported")
    if params.get("datum", params.get("ellps")) != "WGS84":
        raise ValueError("only the WGS84 ellipsoid is supported")
    if params.get("units") != "km":
        raise ValueError("only +units=km is supported")
    lat_1 = float(params["lat_1"])
    return {
        "lat_1": lat_1,
        "lat_2": float(params.get("lat_2", lat_1)),
        "lat_0": float(params["lat_0"]),
        "lon_0": float(params["lon_0"]),
    }


class LambertConformalConic:
    def __init__(self, lat_1, lat_2, lat_0, lon_0,
                 a=WGS84_A_KM, f=WGS84_F):
        self.a = a
        self.e = math.sqrt(f * (2.0 - f))
        self.lon_0 = math.radians(lon_0)
        phi1 = math.radians(lat_1)
        phi2 = math.radians(lat_2)
        phi0 = math.radians(lat_0)
        m1 = self._m(phi1)
        m2 = self._m(phi2)
        t1 = self._t(phi1)
        t2 = self._t(phi2)
        if abs(phi1 - phi2) < 1e-12:
            self.n = math.sin(phi1)                                  # 15-8, tangent cone
        else:
            self.n = (math.log(m1) - math.log(m2)) / (math.log(t1) - math.log(t2))  # 15-8
        self.F = m1 / (self.n * t1 ** self.n)                         # 15-10
        self.rho0 = a * self.F * self._t(phi0) ** self.n              # 15-7 at lat_0

    @classmethod
    def from_proj_string(cls, proj):
        return cls(**parse_proj_string(proj))

    def _m(self, phi):                                                # 14-15
        s = self.e * math.sin(phi)
        return math.cos(phi) / math.sqrt(1.0 - s * s)

    def _t(self, phi):                                                # 15-9
        s = self.e * math.sin(phi)
        return (math.tan(math.pi / 4.0 - phi / 2.0)
                / ((1.0 - s) / (1.0 + s)) ** (self.e / 2.0))

    def forward(self, lon, lat):
        """Degrees -> (easting, northing) in km."""
        phi = math.radians(lat)
        rho = self.a * self.F * self._t(phi) ** self.n                # 15-7
        theta = self.n * (math.radians(lon) - self.lon_0)             # 14-4
        return rho * math.sin(theta), self.rho0 - rho * math.cos(theta)  # 14-1, 14-2

    def inverse(self, x, y):
        """(easting, northing) in km -> degrees (lon, lat)."""
        dy = self.rho0 - y
        rho = math.copysign(math.hypot(x, dy), self.n)               # 14-10
        if self.n < 0:
            x, dy = -x, -dy
        theta = math.atan2(x, dy)                                     # 14-11
        t = (rho / (self.a * self.F)) ** (1.0 / self.n)               # 15-11
        phi = math.pi / 2.0 - 2.0 * math.atan(t)                      # 7-11, first guess
        for _ in range(15):                                           # 7-9
            s = self.e * math.sin(phi)
            nxt = math.pi / 2.0 - 2.0 * math.atan(
                t * ((1.0 - s) / (1.0 + s)) ** (self.e / 2.0))
            if abs(nxt - phi) < 1e-12:
                phi = nxt
                break
            phi = nxt
        return math.degrees(theta / self.n + self.lon_0), math.degrees(phi)


# --------------------------------------------------------------------------
# Geometry helpers (SVG space, km)
# --------------------------------------------------------------------------

def to_svg(proj, lon, lat):
    e, n = proj.forward(lon, lat)
    return e, -n


def box_extents(proj, bbox, step=0.01):
    """Projected extents of the lon/lat box boundary, sampled densely:
    parallels are arcs, so the corners are not the extremes."""
    west, south, east, north = bbox
    pts = []
    steps_lon = int(round((east - west) / step))
    steps_lat = int(round((north - south) / step))
    for i in range(steps_lon + 1):
        lon = west + (east - west) * i / steps_lon
        pts.append(proj.forward(lon, south))
        pts.append(proj.forward(lon, north))
    for i in range(steps_lat + 1):
        lat = south + (north - south) * i / steps_lat
        pts.append(proj.forward(west, lat))
        pts.append(proj.forward(east, lat))
    es = [p[0] for p in pts]
    ns = [p[1] for p in pts]
    return min(es), max(es), min(ns), max(ns)


def clip_polygon(ring, xmin, ymin, xmax, ymax):
    """Sutherland-Hodgman against an axis-aligned rectangle.  Edges created
    on the rectangle lie in the margin outside the viewBox, never seen."""
    def clip(points, inside, intersect):
        out = []
        if not points:
            return out
        prev = points[-1]
        for cur in points:
            if inside(cur):
                if not inside(prev):
                    out.append(intersect(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(intersect(prev, cur))
            prev = cur
        return out

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = list(ring)
    pts = clip(pts, lambda p: p[0] >= xmin, at_x(xmin))
    pts = clip(pts, lambda p: p[0] <= xmax, at_x(xmax))
    pts = clip(pts, lambda p: p[1] >= ymin, at_y(ymin))
    pts = clip(pts, lambda p: p[1] <= ymax, at_y(ymax))
    return pts


def clip_polyline(line, xmin, ymin, xmax, ymax):
    """Liang-Barsky per segment; returns the visible pieces."""
    pieces = []
    current = []
    for p, q in zip(line, line[1:]):
        dx = q[0] - p[0]
        dy = q[1] - p[1]
        t0, t1 = 0.0, 1.0
        visible = True
        for denom, num in ((-dx, p[0] - xmin), (dx, xmax - p[0]),
                           (-dy, p[1] - ymin), (dy, ymax - p[1])):
            if denom == 0:
                if num < 0:
                    visible = False
                    break
                continue
            r = num / denom
            if denom < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
            if t0 > t1:
                visible = False
                break
        if not visible:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        a = (p[0] + t0 * dx, p[1] + t0 * dy)
        b = (p[0] + t1 * dx, p[1] + t1 * dy)
        if not current:
            current = [a]
        current.append(b)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def signed_area(ring):
    s = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        s += x0 * y1 - x1 * y0
    return s / 2.0


def quantise(points):
    """Integer hundredths of a km, consecutive duplicates dropped."""
    out = []
    for x, y in points:
        q = (int(round(x * SCALE)), int(round(y * SCALE)))
        if not out or out[-1] != q:
            out.append(q)
    return out


def fmt(v):
    """An integer count of hundredths as the shortest decimal string."""
    sign = "-" if v < 0 else ""
    v = abs(v)
    whole, frac = divmod(v, SCALE)
    if frac == 0:
        return "%s%d" % (sign, whole)
    s = "%02d" % frac
    return "%s%d.%s" % (sign, whole, s.rstrip("0"))


def join_numbers(values):
    # SVG path grammar lets a minus sign separate numbers: "1.5-2" is two.
    out = []
    for v in values:
        s = fmt(v)
        if out and not s.startswith("-"):
            out.append(" ")
        out.append(s)
    return "".join(out)


def path_data(parts, closed):
    """Absolute moveto, then relative linetos computed from the quantised
    absolute points, so rounding never accumulates along a path."""
    chunks = []
    for pts in parts:
        if closed and len(pts) > 1 and pts[0] == pts[-1]:
            pts = pts[:-1]
        if len(pts) < (3 if closed else 2):
            continue
        x0, y0 = pts[0]
        rel = []
        px, py = x0, y0
        for x, y in pts[1:]:
            rel.extend((x - px, y - py))
            px, py = x, y
        chunks.append("M" + join_numbers((x0, y0)) + "l" + join_numbers(rel)
                      + ("z" if closed else ""))
    return "".join(chunks)


# --------------------------------------------------------------------------
# Layers
# --------------------------------------------------------------------------

class Basemap:
    def __init__(self, geodata, proj_string):
        self.geodata = geodata
        self.proj_string = proj_string
        self.proj = LambertConformalConic.from_proj_string(proj_string)
        # Both rectangles are snapped outwards to whole km so their numbers
        # are short and stable; each still covers its projected box.
        self.home = self.snapped(box_extents(self.proj, BBOX))
        self.vb_x, self.vb_y, self.vb_w, self.vb_h = self.snapped(
            box_extents(self.proj, DATA_BBOX))
        self.clip = (self.vb_x - CLIP_MARGIN, self.vb_y - CLIP_MARGIN,
                     self.vb_x + self.vb_w + CLIP_MARGIN,
                     self.vb_y + self.vb_h + CLIP_MARGIN)

    @staticmethod
    def snapped(extents):
        emin, emax, nmin, nmax = extents
        x = math.floor(emin)
        y = math.floor(-nmax)
        return x, y, math.ceil(emax) - x, math.ceil(-nmin) - y

    def tolerance(self, p):
        """How far (km) a simplified line may stray at SVG point @p: nothing
        near Korea, growing with the distance from the home box."""
        hx, hy, hw, hh = self.home
        dx = max(hx - p[0], 0.0, p[0] - (hx + hw))
        dy = max(hy - p[1], 0.0, p[1] - (hy + hh))
        d = math.hypot(dx, dy) - SIMPLIFY_FROM
        if d <= 0:
            return 0.0
        return min(MAX_TOLERANCE, d * TOLERANCE_PER_KM)

    def simplify(self, pts, closed, fixed=None):
        """Douglas-Peucker where each vertex has its own tolerance (or
        @fixed km everywhere)."""
        n = len(pts)
        if n < 3:
            return pts
        tol = [fixed if fixed is not None else self.tolerance(p) for p in pts]
        if max(tol) == 0.0:
            return pts
        keep = [False] * n
        keep[0] = keep[-1] = True
        if closed and n > 3:
            # A ring's end is its start: split it at its farthest vertex too.
            far = max(range(n), key=lambda i: (pts[i][0] - pts[0][0]) ** 2
                      + (pts[i][1] - pts[0][1]) ** 2)
            keep[far] = True
            stack = [(0, far), (far, n - 1)]
        else:
            stack = [(0, n - 1)]
        while stack:
            i, j = stack.pop()
            if j <= i + 1:
                continue
            ax, ay = pts[i]
            bx, by = pts[j]
            dx, dy = bx - ax, by - ay
            length = math.hypot(dx, dy)
            worst, worst_k = 0.0, -1
            for k in range(i + 1, j):
                px, py = pts[k]
                if length == 0:
                    dist = math.hypot(px - ax, py - ay)
                else:
                    dist = abs(dx * (ay - py) - dy * (ax - px)) / length
                excess = dist - tol[k]
                if excess > worst:
                    worst, worst_k = excess, k
            if worst_k >= 0:
                keep[worst_k] = True
                stack.append((i, worst_k))
                stack.append((worst_k, j))
        return [p for p, k in zip(pts, keep) if k]

    def load(self, name):
        with open(os.path.join(self.geodata, name), encoding="utf-8") as f:
            return json.load(f)

    def project(self, coords):
        return [to_svg(self.proj, lon, lat) for lon, lat in coords]

    def polygons_path(self, polygons):
        """polygons: list of GeoJSON polygon coordinate lists.  Outer rings
        are all wound one way and holes the other, so that several
        countries in one path fill as a union with nonzero, with no
        antialiasing seam along their shared border."""
        parts = []
        for poly in polygons:
            for index, ring in enumerate(poly):
                pts = clip_polygon(self.project(ring), *self.clip)
                pts = quantise(self.simplify(pts, closed=True))
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts = pts[:-1]
                if len(pts) < 3:
                    continue
                area = signed_area(pts)
                if area == 0:
                    continue
                want_positive = index == 0
                if (area > 0) != want_positive:
                    pts.reverse()
                parts.append(pts)
        return path_data(parts, closed=True)

    def lines_path(self, lines):
        parts = []
        for line in lines:
            for piece in clip_polyline(self.project(line), *self.clip):
                pts = quantise(self.simplify(piece, closed=False))
                if len(pts) > 1:
                    parts.append(pts)
        return path_data(parts, closed=False)

    @staticmethod
    def polygons_of(geometry):
        if geometry["type"] == "Polygon":
            return [geometry["coordinates"]]
        if geometry["type"] == "MultiPolygon":
            return geometry["coordinates"]
        raise ValueError("expected a polygon, got %s" % geometry["type"])

    @staticmethod
    def lines_of(geometry):
        if geometry["type"] == "LineString":
            return [geometry["coordinates"]]
        if geometry["type"] == "MultiLineString":
            return geometry["coordinates"]
        raise ValueError("expected a line, got %s" % geometry["type"])

    def graticule_path(self):
        """Every whole degree, sampled every 0.05 degree so the parallels
        bend as the projection bends them, then clipped to the viewBox."""
        view = (self.vb_x, self.vb_y, self.vb_x + self.vb_w,
                self.vb_y + self.vb_h)
        lines = []
        lon_range = (int(math.floor(DATA_BBOX[0])) - 4, int(math.ceil(DATA_BBOX[2])) + 4)
        lat_range = (int(math.floor(DATA_BBOX[1])) - 2, int(math.ceil(DATA_BBOX[3])) + 2)
        step = 0.05
        for lon in range(lon_range[0], lon_range[1] + 1):
            n = int(round((lat_range[1] - lat_range[0]) / step))
            lines.append([(lon, lat_range[0] + i * step) for i in range(n + 1)])
        for lat in range(lat_range[0], lat_range[1] + 1):
            n = int(round((lon_range[1] - lon_range[0]) / step))
            lines.append([(lon_range[0] + i * step, lat) for i in range(n + 1)])
        parts = []
        for line in lines:
            for piece in clip_polyline(self.project(line), *view):
                # Meridians are straight in this projection and parallels
                # bend gently: 20 m keeps them smooth in far fewer points.
                pts = quantise(self.simplify(piece, closed=False,
                                             fixed=GRATICULE_TOLERANCE))
                if len(pts) > 1:
                    parts.append(pts)
        return path_data(parts, closed=False)

    def build(self):
        countries = self.load("countries.geojson")
        land = self.load("land.geojson")
        coast = self.load("coastline.geojson")
        rivers = self.load("rivers.geojson")
        region_rivers = self.load("rivers-region.geojson")
        lakes = self.load("lakes.geojson")
        region_lakes = self.load("lakes-region.geojson")
        borders = self.load("borders.geojson")
        hand = self.load("hand-digitised.geojson")

        by_iso = {}
        for feature in countries["features"]:
            by_iso[feature["properties"]["iso_a3"]] = feature["geometry"]

        korea_polys = []
        for iso in sorted(KOREA):
            korea_polys.extend(self.polygons_of(by_iso[iso]))
        # All land, Korea's included, in the neighbours' quiet colour; the
        # two Koreas are drawn over it. One union polygon has no seams
        # along borders, which country polygons simplified apart would.
        # Islands that are wholly Korean (the same Natural Earth vertices)
        # are left out of it: drawn twice they only cost start-up time.
        korea_vertices = set()
        for poly in korea_polys:
            for ring in poly:
                korea_vertices.update((x, y) for x, y in ring)
        neighbour_polys = []
        for feature in land["features"]:
            for poly in self.polygons_of(feature["geometry"]):
                if not all((x, y) in korea_vertices for x, y in poly[0]):
                    neighbour_polys.append(poly)

        coast_korea = []
        coast_neighbour = []
        for feature in coast["features"]:
            target = (coast_korea if feature["properties"]["country"] in KOREA
                      else coast_neighbour)
            target.extend(self.lines_of(feature["geometry"]))

        lake_polys = []
        for feature in lakes["features"] + region_lakes["features"]:
            poly = self.polygons_of(feature["geometry"])[0]
            if abs(signed_area(self.project(poly[0]))) >= MIN_LAKE_AREA:
                lake_polys.append(poly)
        hand_lakes = []
        hand_rivers = {}
        for feature in hand["features"]:
            props = feature["properties"]
            if feature["geometry"]["type"] in ("Polygon", "MultiPolygon"):
                hand_lakes.extend(self.polygons_of(feature["geometry"]))
            else:
                hand_rivers[props["name"]] = self.lines_of(feature["geometry"])

        # Major rivers each get their own path with a stable id, so the app
        # (or a curator's stylesheet) can single one out.
        major = {}
        minor_korea = []
        minor_neighbour = []
        for feature in rivers["features"]:
            props = feature["properties"]
            lines = self.lines_of(feature["geometry"])
            if props.get("named") and props.get("name") in MAJOR_RIVERS:
                major.setdefault(props["name"], []).extend(lines)
            elif self.mostly_in_korea(lines):
                minor_korea.extend(lines)
            else:
                minor_neighbour.extend(lines)
        for feature in region_rivers["features"]:
            minor_neighbour.extend(self.lines_of(feature["geometry"]))
        for name, lines in hand_rivers.items():
            major.setdefault(name, []).extend(lines)
        missing = [r for r in MAJOR_RIVERS if r not in major]
        if missing:
            raise ValueError("major rivers missing from the geodata: %s"
                             % ", ".join(missing))

        international = [f for f in borders["features"]
                         if f["properties"].get("kind") != "mdl"]
        international.sort(key=lambda f: f["properties"].get("pair", ""))
        border_lines = []
        for feature in international:
            border_lines.extend(self.lines_of(feature["geometry"]))

        out = []
        w = out.append
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w('<!-- Generated by tools/gen-basemap.py from tools/geodata; '
          'do not edit by hand. -->\n')
        w('<svg xmlns="http://www.w3.org/2000/svg" '
          'xmlns:kwa="%s" version="1.1" viewBox="%d %d %d %d" '
          'width="%d" height="%d">\n'
          % (NAMESPACE, self.vb_x, self.vb_y, self.vb_w, self.vb_h,
             self.vb_w, self.vb_h))
        w('<desc>Korean War Atlas basemap. Projection: %s '
          '(Lambert Conformal Conic, lcc). 1 user unit = 1 km; '
          'x = easting, y = -northing. Natural Earth 1:10m (public domain); '
          'GSHHG 2.3.7 rivers and lakes (LGPL-3.0-or-later); Chongchon River '
          'and Chosin Reservoir digitised by hand, approximate.</desc>\n'
          % self.proj_string)
        # home: the rectangle (x y width height, SVG units) that zoom 1
        # fits into a view; the viewBox is all there is to pan over.
        w('<metadata><kwa:projection proj="%s" units="km" '
          'y-axis="-northing" bbox="%s" data-bbox="%s" home="%d %d %d %d"/>'
          '</metadata>\n'
          % (self.proj_string, " ".join("%g" % v for v in BBOX),
             " ".join("%g" % v for v in DATA_BBOX), *self.home))
        w('<style type="text/css">%s</style>\n' % STYLESHEET)
        w('<g id="sea"><rect class="sea" x="%d" y="%d" width="%d" height="%d"/>'
          '</g>\n' % (self.vb_x, self.vb_y, self.vb_w, self.vb_h))
        w('<g id="land-neighbours"><path class="neighbour" d="%s"/></g>\n'
          % self.polygons_path(neighbour_polys))
        w('<g id="land-korea"><path class="land" d="%s"/></g>\n'
          % self.polygons_path(korea_polys))
        w('<g id="river">\n')
        w('<path class="river-neighbour" d="%s"/>\n'
          % self.lines_path(minor_neighbour))
        w('<path class="river" d="%s"/>\n' % self.lines_path(minor_korea))
        for name in sorted(major):
            w('<path id="river-%s" class="river-major" d="%s"/>\n'
              % (name.lower(), self.lines_path(major[name])))
        w('</g>\n')
        w('<g id="lake"><path class="lake" d="%s"/>'
          '<path id="lake-chosin" class="lake" d="%s"/></g>\n'
          % (self.polygons_path(lake_polys), self.polygons_path(hand_lakes)))
        w('<g id="coast"><path class="coast-neighbour" d="%s"/>'
          '<path class="coast" d="%s"/></g>\n'
          % (self.lines_path(coast_neighbour), self.lines_path(coast_korea)))
        w('<g id="border"><path class="border" d="%s"/></g>\n'
          % self.lines_path(border_lines))
        w('<g id="graticule"><path class="graticule" d="%s"/></g>\n'
          % self.graticule_path())
        w('</svg>\n')
        return "".join(out)

    @staticmethod
    def mostly_in_korea(lines):
        # Unnamed rivers are sorted into Korean and neighbouring ones by a
        # coarse test; the peninsula south of the Yalu/Tumen line is Korea.
        pts = [p for line in lines for p in line]
        inside = sum(1 for lon, lat in pts if Basemap.in_korea(lon, lat))
        return inside * 2 > len(pts)

    @staticmethod
    def in_korea(lon, lat):
        if lat < 39.5:
            return lon > 124.5
        # North of 39.5 N the Yalu and Tumen run roughly along this line.
        if lon < 128.0:
            return lat < 40.0 + (lon - 124.3) * (42.0 - 40.0) / (128.0 - 124.3)
        return lat < 42.0 + (lon - 128.0) * (42.3 - 42.0) / (130.7 - 128.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geodata", required=True,
                        help="folder with the GeoJSON sources")
    parser.add_argument("--output", required=True,
                        help="SVG file to write (or to compare with --check)")
    parser.add_argument("--check", action="store_true",
                        help="regenerate to a temporary file and exit 1 if "
                             "it differs from --output")
    args = parser.parse_args()

    svg = Basemap(args.geodata, PROJ_STRING).build().encode("utf-8")

    if args.check:
        # Written out and read back so the comparison is of bytes on disk,
        # exactly what the app loads.
        with tempfile.NamedTemporaryFile(suffix=".svg", delete=False) as tmp:
            tmp.write(svg)
            tmp_name = tmp.name
        try:
            with open(tmp_name, "rb") as f:
                fresh = f.read()
            try:
                with open(args.output, "rb") as f:
                    committed = f.read()
            except OSError as e:
                print("gen-basemap: cannot read %s: %s" % (args.output, e),
                      file=sys.stderr)
                return 1
        finally:
            os.unlink(tmp_name)
        if fresh != committed:
            print("gen-basemap: %s is out of date; regenerate it with "
                  "tools/gen-basemap.py (%d bytes committed, %d generated)"
                  % (args.output, len(committed), len(fresh)), file=sys.stderr)
            return 1
        return 0

    # Write to a temporary file beside the target and rename, so an
    # interrupted run never leaves a truncated basemap behind.
    out_dir = os.path.dirname(os.path.abspath(args.output))
    fd, tmp_name = tempfile.mkstemp(suffix=".svg", dir=out_dir)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(svg)
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, args.output)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
