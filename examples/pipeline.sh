#!/bin/sh
# The whole pipeline on the example articles: one meeting a row in
# meetings.csv, and the events as JSON Lines in events.jsonl.
set -eu
cd "$(dirname "$0")/.."
bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract > examples/events.jsonl
bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract --format csv > examples/meetings.csv
cat examples/meetings.csv
