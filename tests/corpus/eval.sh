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
	# shellcheck disable=SC2086
	python3 tests/corpus/boundaries.py bin/mc-split $files
done
