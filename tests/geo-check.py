#!/usr/bin/env python3
"""Check the places mc-extract put on the map against reference coordinates.

usage: geo-check.py REFERENCE.tsv < events.jsonl

REFERENCE.tsv: name<TAB>country<TAB>latitude<TAB>longitude, one a line;
the event of document cNN is the place of line NN.  Prints the places
placed in the right country within 25 km, then each one that is not."""
import json
import math
import sys


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(a))


ref = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")
       if l.strip() and not l.startswith("#")]
geo = {}
for line in sys.stdin:
    ev = json.loads(line)
    geo.setdefault(ev["doc"], ev.get("geo"))
ok, bad = 0, []
for i, (name, country, lat, lon) in enumerate(ref, 1):
    g = geo.get("c%02d" % i)
    if not g:
        bad.append(f"{name}: no geo")
    elif g["country"] != country:
        bad.append(f"{name}: {g['country']}, not {country}")
    elif km(float(lat), float(lon), g["lat"], g["lon"]) > 25:
        bad.append(f"{name}: {km(float(lat), float(lon), g['lat'], g['lon']):.0f} km off")
    else:
        ok += 1
print(f"{ok} of {len(ref)} within 25 km")
for b in bad:
    print(b)
