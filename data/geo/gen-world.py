#!/usr/bin/env python3
"""Make data/world.tsv, the country outlines of the report's world map.

    python3 data/geo/gen-world.py countries-110m.json VERSION > data/world.tsv

countries-110m.json is Natural Earth 1:110m (public domain) as packaged in
npm's world-atlas VERSION.  Each output line is ALPHA3 TAB svg-path-data, in
an equirectangular 360 x 180 box (x = lon + 180, y = 90 - lat).
Standard library only, so anyone can rerun it.
"""
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"  # Debian package iso-codes
TOL = 1.5  # Douglas-Peucker tolerance, in tenths of a degree (0.15 deg)
W, H = 3600, 1800  # the box, in tenths of a degree: integers avoid float fuzz


def dp(pts):
    """Douglas-Peucker; a closed arc (first == last) measures to that point."""
    if len(pts) < 3:
        return pts
    (ax, ay), (bx, by) = pts[0], pts[-1]
    dx, dy = bx - ax, by - ay
    n2 = dx * dx + dy * dy
    far, imax = -1.0, 0
    for i in range(1, len(pts) - 1):
        px, py = pts[i][0] - ax, pts[i][1] - ay
        d2 = (px * dy - py * dx) ** 2 / n2 if n2 else px * px + py * py
        if d2 > far:
            far, imax = d2, i
    if far <= TOL * TOL:
        return [pts[0], pts[-1]]
    return dp(pts[:imax + 1])[:-1] + dp(pts[imax:])


def dedup(pts):
    return [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]


def decode_arcs(topo):
    """Quantized, delta-encoded arcs -> simplified integer-tenth points.

    world-atlas is geostitched: a ring may jump from lon 180 to -180.  Within
    an arc we unwrap longitude (keep it continuous) so such jumps are not
    simplified as if they were real edges; rings are cut at the box edge later.
    Simplifying each shared arc once (not each ring) keeps neighbours' borders
    identical, so no slivers open between countries.
    """
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        qx = qy = 0
        pts, prev = [], None
        for dx, dy in arc:
            qx, qy = qx + dx, qy + dy
            lon, lat = qx * sx + tx, qy * sy + ty
            if prev is not None:
                lon += 360 * round((prev - lon) / 360)
            prev = lon
            pts.append((round((lon + 180) * 10), round((90 - lat) * 10)))
        out.append(dp(dedup(pts)))
    return out


def ring(arcs, refs):
    """Join arcs (~i is arc i reversed), dropping each shared join point."""
    pts = []
    for r in refs:
        a = arcs[r] if r >= 0 else arcs[~r][::-1]
        if pts:  # keep longitude continuous across the join too
            shift = W * round((pts[-1][0] - a[0][0]) / W)
            a = [(x + shift, y) for x, y in a][1:]
        pts += a
    return pts


def clip(pts, inside, cut):
    """One Sutherland-Hodgman pass against a vertical edge."""
    out = []
    for i, p in enumerate(pts):
        q = pts[i - 1]
        if inside(p) != inside(q):
            out.append(cut(q, p))
        if inside(p):
            out.append(p)
    return out


def cut_at(x):
    def cut(p, q):
        t = (x - p[0]) / (q[0] - p[0])
        return (x, round(p[1] + t * (q[1] - p[1])))
    return cut


def in_box(pts):
    """Cut an unwrapped ring into the pieces that fall inside the box."""
    if pts[0] != pts[-1]:  # went once round the globe: Antarctica.
        pole = H if sum(y for _, y in pts) > H / 2 * len(pts) else 0
        pts = pts + [(pts[-1][0], pole), (pts[0][0], pole)]
    pieces = []
    for k in (-1, 0, 1):
        p = [(x + k * W, y) for x, y in pts]
        p = clip(p, lambda q: q[0] >= 0, cut_at(0))
        p = clip(p, lambda q: q[0] <= W, cut_at(W))
        p = dedup(p)
        if len(p) > 1 and p[0] == p[-1]:
            p.pop()
        if len(p) >= 3:  # rings that collapsed are dropped
            pieces.append(p)
    return pieces


def num(v):
    """Tenths (never negative once clipped) -> "12" or "12.3"."""
    q, r = divmod(v, 10)
    return "%d.%d" % (q, r) if r else str(q)


def main():
    src, version = sys.argv[1], sys.argv[2]
    with open(src) as f:
        topo = json.load(f)
    with open(ISO) as f:
        iso = json.load(f)["3166-1"]
    by_num = {e["numeric"]: e["alpha_3"] for e in iso}
    # Features without an id are looked up by exact ISO name; in world-atlas
    # 2.0.2 that leaves N. Cyprus, Somaliland and Kosovo unmatched: they are
    # skipped (no ISO 3166-1 code of their own; merging them into a neighbour
    # would be a political choice this file should not make).
    by_name = {}
    for e in iso:
        for k in ("name", "common_name", "official_name"):
            if k in e:
                by_name[e[k]] = e["alpha_3"]
    arcs = decode_arcs(topo)
    rows = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        code = by_num.get(g.get("id")) or by_name.get(name)
        if not code or g["type"] not in ("Polygon", "MultiPolygon"):
            print("skipped:", g.get("id"), name, file=sys.stderr)
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        d = []
        for poly in polys:
            for refs in poly:  # exterior then holes: their winding is kept
                for pts in in_box(ring(arcs, refs)):
                    d.append("M" + " L".join(num(x) + " " + num(y) for x, y in pts) + " Z")
        if d:
            rows.setdefault(code, []).extend(d)
    print("# world.tsv: country outlines for the report's world map, one a line:")
    print("# ISO 3166-1 alpha-3 code, TAB, SVG path data (M x y L x y ... Z per ring).")
    print("# Source: Natural Earth 1:110m admin-0 countries (public domain),")
    print("# via npm world-atlas %s, countries-110m.json." % version)
    print("# Projection: equirectangular, x = lon + 180, y = 90 - lat, box 0 0 360 180;")
    print("# rounded to 0.1 degree, simplified (Douglas-Peucker, %s degree)." % (TOL / 10))
    print("# Holes (Lesotho in ZAF) are rings wound against their outline.")
    print("# Made by: python3 data/geo/gen-world.py countries-110m.json %s"
          " > data/world.tsv" % version)
    for code in sorted(rows):
        print(code + "\t" + " ".join(rows[code]))


if __name__ == "__main__":
    main()
