#!/bin/sh
# Extraction and article boundaries on the real corpus, split by split:
#   sh tests/corpus/eval.sh [dev|test]...     (default: dev test)
# Run from the top of the source tree after make.
set -eu
cd "$(dirname "$0")/../.."
for split in ${*:-dev test}; do
	gold=tests/corpus/$split.jsonl
	[ -f "$gold" ] || { echo "eval.sh: no $gold" >&2; exit 2; }
	files=$(jq -r '"tests/corpus/articles/" + .id + ".txt"' "$gold")
	n=$(wc -l < "$gold")
	echo "real corpus, $split split ($n articles, $gold):"
	# shellcheck disable=SC2086
	bin/mc-split $files | bin/mc-tag | bin/mc-extract | bin/mc-score --gold "$gold" --json \
	    | awk 'NR == 1 { match($0, /"type_acc": [0-9.]+/); t = substr($0, RSTART + 12, RLENGTH - 12); next }
	           { print $0 " type_acc=" t }'
	# as a harvest in JSON Lines gives them: each article with its url
	python3 -c 'import json, sys
src = {s["id"]: s["url"] for s in map(json.loads, open("tests/corpus/sources.jsonl", encoding="utf-8"))}
for line in open(sys.argv[1], encoding="utf-8"):
    i = json.loads(line)["id"]
    text = open("tests/corpus/articles/" + i + ".txt", encoding="utf-8").read()
    print(json.dumps({"id": i, "url": src[i], "text": text}, ensure_ascii=False))' "$gold" \
	    | bin/mc-split | bin/mc-tag | bin/mc-extract | bin/mc-score --gold "$gold" \
	    | sed -n 's/^score: /with url: /p'
	# shellcheck disable=SC2086
	python3 tests/corpus/boundaries.py bin/mc-split $files
done
