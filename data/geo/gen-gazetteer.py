#!/usr/bin/env python3
"""Write the gazetteer of mc-extract (data/geo/gazetteer.tsv) from Debian data:

- libgeonames (libgeonames-dev): 24,361 GeoNames cities with id,
  coordinates, population and country, dumped by dump-geonames.c;
- their French names, in /usr/share/locale/fr/LC_MESSAGES/geonames.mo
  (libgeonames-common), keyed by GeoNames id;
- CLDR's French names of the cities that name time zones (unicode-cldr-core,
  common/main/fr.xml), where GeoNames has none;
- ISO 3166-1 alpha-3 codes from iso-codes.

usage: gen-gazetteer.py CITIES.tsv > gazetteer.tsv
(CITIES.tsv is what dump-geonames prints; `make gazetteer` does both.)"""
import gettext
import json
import re
import sys
import xml.etree.ElementTree as ET

MO = "/usr/share/locale/fr/LC_MESSAGES/geonames.mo"
CLDR = "/usr/share/unicode/cldr/common/main/fr.xml"
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"

# "Le Caire" is written "au Caire", "du Caire": the name without its
# article is a form too
ARTICLE = re.compile(r"^(Le|La|Les|L[’']) ?(?=\S)")


def alpha3():
    with open(ISO, encoding="utf-8") as f:
        return {c["alpha_2"]: c["alpha_3"] for c in json.load(f)["3166-1"]}


def cldr_names():
    """French exemplar city of each time zone: {"Africa/Algiers": "Alger"}."""
    names = {}
    for zone in ET.parse(CLDR).getroot().iter("zone"):
        city = zone.find("exemplarCity")
        if city is not None and city.text and not city.get("alt"):
            names[zone.get("type")] = city.text
    return names


def forms(french, english, cldr):
    out = []
    for name in (french, cldr, english):
        if name and name not in out:
            out.append(name)
            bare = ARTICLE.sub("", name)
            if bare != name and bare not in out:
                out.append(bare)
    return out


def main():
    codes = alpha3()
    fr = gettext.GNUTranslations(open(MO, "rb"))._catalog
    tz_fr = cldr_names()
    print("# The gazetteer of mc-extract: the cities of GeoNames as Debian's")
    print("# libgeonames has them, with their French names (libgeonames-common,")
    print("# geonames.mo; CLDR's exemplar cities where GeoNames has none).")
    print("# Made by data/geo/gen-gazetteer.py (make gazetteer); do not edit:")
    print("# add places or venues in a file of your own in data/geo/.")
    print("#   form<TAB>geonames id<TAB>country alpha-3<TAB>latitude<TAB>longitude<TAB>population")
    print("# The first form of an id is the name mc writes.")
    rows = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            gid, name, cc, pop, lat, lon, tz = line.rstrip("\n").split("\t")
            if cc not in codes:
                continue
            # CLDR names a zone after one city: take it only for that city
            cldr = tz_fr.get(tz) if tz.rsplit("/", 1)[-1].replace("_", " ") == name else None
            rows.append((codes[cc], int(gid), forms(fr.get(gid), name, cldr), pop, lat, lon))
    for a3, gid, names, pop, lat, lon in sorted(rows):
        for n in names:
            print(f"{n}\t{gid}\t{a3}\t{float(lat):.4f}\t{float(lon):.4f}\t{pop}")


main()
