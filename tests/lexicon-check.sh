#!/bin/sh
# Checks data/lexicon/countries.tsv, places.tsv and outlets.tsv; prints "ok" and exits 0,
# or prints each problem as FILE:LINE: what is wrong and exits 1.
#
#   - a line has 3 or 4 TAB-separated fields, a known TYPE and known flags;
#   - a GPE or DEM value is an ISO 3166-1 alpha-3 code of iso-codes, a LOC
#     value is one too or - (a region, flag region), an OUTLET value one
#     too or - (a site of no one country);
#   - every ISO 3166-1 code has a GPE line and a masculine singular DEM line
#     (no flag f or pl), unless the file says "# no demonym: XXX";
#   - a form (case and accents folded, as the tagger matches) has one value
#     per TYPE, or all its lines but the main one carry amb; no form is
#     listed twice with the same TYPE and value.
#
# Usage: sh tests/lexicon-check.sh [LEXICON_DIR]   (default data/lexicon,
# or $MC_DATA_DIR/lexicon).  ISO_JSON names another iso_3166-1.json.
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-${MC_DATA_DIR:-$top/data}/lexicon}
iso=${ISO_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}
if [ ! -r "$iso" ]; then
	echo "lexicon-check: $iso not found: country codes are not checked" >&2
	iso=
fi
for f in countries.tsv places.tsv outlets.tsv; do
	if [ ! -r "$dir/$f" ]; then
		echo "lexicon-check: $dir/$f: cannot read it" >&2
		exit 1
	fi
done

python3 - "$dir" "$iso" <<'EOF'
import json, re, sys, unicodedata

d, iso = sys.argv[1], sys.argv[2]
TYPES = {"countries.tsv": {"GPE", "DEM"}, "places.tsv": {"LOC", "DEM"}, "outlets.tsv": {"OUTLET"}}
FLAGS = {"en", "f", "pl", "amb", "cap", "region"}
bad = []
codes = None
if iso:
    with open(iso, encoding="utf-8") as fh:
        codes = {c["alpha_3"] for c in json.load(fh)["3166-1"]}


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("\u2019", "'"))
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


gpe, masc, nodem = set(), set(), set()
by_form = {}            # (folded form, TYPE) -> [(value, amb, where)]
shown = {}              # (folded form, TYPE) -> the form as first written
for name in ("countries.tsv", "places.tsv", "outlets.tsv"):
    path = f"{d}/{name}"
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            where = f"{path}:{n}"
            m = re.match(r"#\s*no demonym:\s*([A-Z]{3})\b", line)
            if m:
                nodem.add(m.group(1))
                continue
            if not line.strip() or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) not in (3, 4):
                bad.append(f"{where}: {len(f)} TAB-separated fields, not 3 or 4")
                continue
            form, typ, val = f[0], f[1], f[2]
            flags = set(f[3].split(",")) if len(f) == 4 else set()
            if not form.strip() or form != form.strip():
                bad.append(f"{where}: empty form or spaces around it")
            if typ not in TYPES[name]:
                bad.append(f"{where}: TYPE '{typ}' is not one of {', '.join(sorted(TYPES[name]))}")
                continue
            if flags - FLAGS:
                bad.append(f"{where}: unknown flag '{','.join(sorted(flags - FLAGS))}'")
            if typ == "OUTLET" and val == "-":
                pass
            elif typ == "LOC" and val == "-":
                if "region" not in flags:
                    bad.append(f"{where}: value - without flag region")
            elif not re.fullmatch(r"[A-Z]{3}", val):
                bad.append(f"{where}: value '{val}' is not an alpha-3 code")
            elif codes is not None and val not in codes:
                bad.append(f"{where}: value '{val}' is not an ISO 3166-1 code")
            elif typ == "LOC" and "region" in flags:
                bad.append(f"{where}: flag region on a place of one country")
            if typ == "GPE":
                gpe.add(val)
            if typ == "DEM" and not flags & {"f", "pl"}:
                masc.add(val)
            by_form.setdefault((fold(form), typ), []).append((val, "amb" in flags, where))
            shown.setdefault((fold(form), typ), form)

for key, seen in by_form.items():
    form, typ = shown[key], key[1]
    vals = {v for v, _, _ in seen}
    for i, (v, _, w) in enumerate(seen):
        if any(v == v2 for v2, _, _ in seen[:i]):
            bad.append(f"{w}: '{form}' {typ} {v} is listed twice")
    plain = [w for v, amb, w in seen if not amb]
    if len(vals) > 1 and len(plain) > 1:
        bad.append(f"{plain[1]}: '{form}' {typ} has values {', '.join(sorted(vals))}: "
                   "flag amb on the lines that are not the main one")

if codes is not None:
    cpath = f"{d}/countries.tsv"
    for c in sorted(codes - gpe):
        bad.append(f"{cpath}: {c} has no GPE line")
    for c in sorted(codes - masc - nodem):
        bad.append(f"{cpath}: {c} has no masculine singular DEM line and no '# no demonym: {c}'")
    for c in sorted(nodem & masc):
        bad.append(f"{cpath}: {c} has a '# no demonym' line and a DEM line")

for b in bad:
    print(b)
if bad:
    sys.exit(1)
print("ok")
EOF
