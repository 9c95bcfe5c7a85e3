#!/usr/bin/env python3
"""Draws the application icons from the real coastline.

The peninsula silhouette is North and South Korea from Natural Earth
(../shared/geodata or tools/geodata), simplified to icon scale, so the icon is
recognisably Korea rather than a stock map pin.  Run once; the SVGs are
committed:

    python3 tools/gen-icon.py GEODATA_DIR icons/hicolor
"""

import json
import math
import os
import sys

LAT0 = 38.0


def project(lon, lat):
    # Equirectangular with the right aspect at 38 N: at icon size the
    # difference from the app's Lambert projection is invisible.
    return lon * math.cos(math.radians(LAT0)), -lat


def simplify(points, tolerance):
    """Douglas–Peucker."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = math.hypot(dx, dy) or 1e-12
    best, index = 0.0, 0
    for i in range(1, len(points) - 1):
        x, y = points[i]
        d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
        if d > best:
            best, index = d, i
    if best <= tolerance:
        return [points[0], points[-1]]
    left = simplify(points[: index + 1], tolerance)
    right = simplify(points[index:], tolerance)
    return left[:-1] + right


def ring_area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def korea_rings(geodata):
    with open(os.path.join(geodata, "countries.geojson"), encoding="utf-8") as f:
        countries = json.load(f)
    rings = []
    for feature in countries["features"]:
        if feature["properties"].get("iso_a3") not in ("KOR", "PRK"):
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            rings.append([project(lon, lat) for lon, lat in polygon[0]])
    return rings


def fit(rings, box):
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    x0, y0, x1, y1 = box
    scale = min((x1 - x0) / (max(xs) - min(xs)), (y1 - y0) / (max(ys) - min(ys)))
    ox = x0 + ((x1 - x0) - (max(xs) - min(xs)) * scale) / 2 - min(xs) * scale
    oy = y0 + ((y1 - y0) - (max(ys) - min(ys)) * scale) / 2 - min(ys) * scale
    return [[(ox + x * scale, oy + y * scale) for x, y in ring] for ring in rings], scale, ox, oy


def path_data(rings, tolerance, min_area):
    parts = []
    for ring in rings:
        # A closed ring starts and ends on one point, which Douglas–Peucker
        # cannot split on: simplify its two halves instead.
        half = len(ring) // 2
        ring = simplify(ring[: half + 1], tolerance)[:-1] + simplify(ring[half:], tolerance)
        if len(ring) < 4 or ring_area(ring) < min_area:
            continue
        parts.append("M" + " ".join("%.1f,%.1f" % p for p in ring[:-1]) + "Z")
    return "".join(parts)


def main():
    geodata, out = sys.argv[1], sys.argv[2]
    rings = korea_rings(geodata)

    fitted, scale, ox, oy = fit(rings, (34, 13, 94, 93))
    land = path_data(fitted, 0.45, 6.0)
    parallel_y = oy + (-38.0) * scale
    colour_icon = f"""<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#a7c4dc"/>
      <stop offset="1" stop-color="#7fa6c6"/>
    </linearGradient>
  </defs>
  <rect x="8" y="12" width="112" height="108" rx="12" fill="#3d6485"/>
  <rect x="8" y="8" width="112" height="106" rx="12" fill="url(#sea)"/>
  <path d="{land}" fill="#f4ecd8" stroke="#6f5f45" stroke-width="1.2" stroke-linejoin="round"/>
  <path d="M14,{parallel_y:.1f} H114" stroke="#b8433b" stroke-width="3" stroke-dasharray="6 3" stroke-linecap="round"/>
  <rect x="20" y="100" width="88" height="4" rx="2" fill="#ffffff" opacity="0.85"/>
  <rect x="20" y="100" width="50" height="4" rx="2" fill="#2f5d8a"/>
  <circle cx="70" cy="102" r="5.5" fill="#ffffff" stroke="#2f5d8a" stroke-width="2"/>
</svg>
"""
    fitted, scale, ox, oy = fit(rings, (3, 1, 13, 15))
    land = path_data(fitted, 0.12, 0.25)
    parallel_y = oy + (-38.0) * scale
    symbolic_icon = f"""<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
  <defs><mask id="cut"><rect width="16" height="16" fill="#fff"/><rect x="0" y="{parallel_y - 0.6:.2f}" width="16" height="1.2" fill="#000"/></mask></defs>
  <path d="{land}" fill="#2e3436" mask="url(#cut)"/>
</svg>
"""
    with open(os.path.join(out, "scalable/apps/org.koreanwaratlas.Atlas.svg"), "w", encoding="utf-8") as f:
        f.write(colour_icon)
    with open(os.path.join(out, "symbolic/apps/org.koreanwaratlas.Atlas-symbolic.svg"), "w", encoding="utf-8") as f:
        f.write(symbolic_icon)


if __name__ == "__main__":
    main()
