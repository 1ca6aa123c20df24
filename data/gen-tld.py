#!/usr/bin/env python3
"""Make data/lexicon/tld.tsv, the country of each country-code top-level
domain, from Debian's iso-codes (ISO 3166-1 alpha-2 is the ccTLD):

    python3 data/gen-tld.py /usr/share/iso-codes/json/iso_3166-1.json \\
        > data/lexicon/tld.tsv

mc-tag counts the country of a document's url as one sign of the country
the text is written from.  Standard library only.
"""
import json
import sys

# ccTLDs sold to anyone, whose sites are of no one country.
GENERIC = {"ai", "am", "cc", "co", "fm", "gg", "io", "la", "me", "nu", "tk", "to", "tv", "ws"}
# ccTLDs that are not the alpha-2 code.
EXTRA = {"uk": "GBR"}


def main():
    countries = json.load(open(sys.argv[1], encoding="utf-8"))["3166-1"]
    rows = {c["alpha_2"].lower(): c["alpha_3"] for c in countries}
    rows.update(EXTRA)
    print("# Country-code top-level domains and their country, from Debian's")
    print("# iso-codes (ISO 3166-1 alpha-2), for the country of a document's url.")
    print("# Made by data/gen-tld.py (make tld); do not edit: outlets.tsv says")
    print("# more of a domain.  Left out, as sold to anyone: " + ", ".join(sorted(GENERIC)) + ".")
    print("#   form<TAB>TLD<TAB>ISO 3166-1 alpha-3")
    for tld in sorted(rows):
        if tld not in GENERIC:
            print(f"{tld}\tTLD\t{rows[tld]}")


main()
