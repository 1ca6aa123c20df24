#!/bin/sh
# The whole pipeline on the example articles: the events as JSON Lines in
# events.jsonl, one meeting a row in meetings.csv, meetings by country in
# by-country.csv and the HTML report in report.html.
set -eu
cd "$(dirname "$0")/.."
bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract > examples/events.jsonl
bin/mc-split examples/*.txt | bin/mc-tag | bin/mc-extract --format csv > examples/meetings.csv
bin/mc-summarise --by country --format csv examples/events.jsonl > examples/by-country.csv
bin/mc-summarise --format html -o examples/report.html examples/events.jsonl
cat examples/meetings.csv
echo
bin/mc-summarise --by country --format text examples/events.jsonl
echo
echo "the report: examples/report.html"
