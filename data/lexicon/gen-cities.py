#!/usr/bin/env python3
"""Write the cities of mc-tag (data/lexicon/cities.tsv) from the gazetteer
of mc-extract (data/geo/gazetteer.tsv, itself made from Debian's GeoNames
data by data/geo/gen-gazetteer.py): each city's names as LOC entries of
its country, flagged weak: read as a place only right after "à", for
elsewhere the word may be a person's ("Lloyd Austin") or a common one.

Left out, so that the hand-made lexicons keep the last word:
- a name another lexicon of data/lexicon/ already has, of any type
  (places.tsv, countries.tsv, given-names.tsv, people.tsv...);
- a name that is a given name or a surname of people.tsv;
- a name with no capital, or of one letter or two;
- a name that is another of the same city's without its article ("Caire"
  for "Le Caire", "Port" for "Le Port"): after "à" the press writes the
  article ("au Caire").
A name that cities of several countries bear is of no country (-): mc-extract's
gazetteer settles which with the event's countries.

usage: gen-cities.py GAZETTEER.tsv LEXICON.tsv... > cities.tsv
(`make cities` does it.)"""
import sys
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("\u2019", "'"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def lexicon_forms(paths):
    forms, words = set(), set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                forms.add(fold(cols[0]))
                # a surname of a well-known person is his, not a city's
                if len(cols) > 1 and cols[1] in ("PERSON", "GIVEN"):
                    words.update(fold(w) for w in cols[0].split())
    return forms, words


def main():
    gazetteer, lexicons = sys.argv[1], sys.argv[2:]
    forms, words = lexicon_forms(lexicons)
    best, rows, names_of, countries = {}, [], {}, {}
    with open(gazetteer, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            row = line.rstrip("\n").split("\t")[:6]
            rows.append(row)
            names_of.setdefault(row[1], set()).add(fold(row[0]))
    for name, gid, country, _, _, pop in rows:
        key = fold(name)
        # "Caire" is "Le Caire" without its article: the press writes
        # "au Caire", never "à Caire", and "Port", "Cap" are words
        if any(a + key in names_of[gid] for a in ("le ", "la ", "les ", "l'")):
            continue
        if (len(key) < 3 or not name[0].isupper() or key in forms or key in words
                or any(c.isdigit() for c in name)):
            continue
        countries.setdefault(key, set()).add(country)
        if key not in best or int(pop) > best[key][2]:
            best[key] = (name, country, int(pop))
    # a name cities of several countries bear is of none: the gazetteer
    # settles which with the event's countries (mc-extract)
    for key, (name, country, pop) in best.items():
        if len(countries[key]) > 1:
            best[key] = (name, "-", pop)
    print("# Cities of the world as places for mc-tag: made by gen-cities.py")
    print("# from the gazetteer (data/geo/gazetteer.tsv, GeoNames as Debian has it)")
    print("# by `make cities`; do not edit: add places in places.tsv or a file")
    print("# of your own.  Flag weak: a place only right after \"à\"; elsewhere")
    print("# the word may be a person's (\"Lloyd Austin\") or a common one.")
    print("#   form<TAB>LOC<TAB>country alpha-3, or - for a name cities of several")
    print("#   countries bear<TAB>weak")
    for name, country, _ in sorted(best.values(), key=lambda c: (c[1], fold(c[0]))):
        print(f"{name}\tLOC\t{country}\tweak")


if __name__ == "__main__":
    main()
