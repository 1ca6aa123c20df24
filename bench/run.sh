#!/bin/sh
# Throughput and peak memory of the mc tools on a generated corpus, each
# beside a reference run on the same input, printed as one table.
#
#   mc-split    on the raw text        beside  cat, jq -R -c '{text:.}'
#               and beside itself with --no-lang-id (what telling
#               languages costs)
#   mc-tag      on mc-split's output   beside  cat, jq -c .
#   mc-extract  on mc-tag's output     beside  cat, jq -c .
#   the whole pipeline on the raw text, alone and under GNU parallel --pipe
#   with 1 and 2 jobs; with BENCH_LARGE=1, again on 1 GiB (memory stays flat?)
#   mc-split --html  on web pages   beside  Debian's python3-readability
#               (bench/ref-readability.py), on the pages of BENCH_HTML
#               (default tests/web/fr), copied until there are 20 MB
#   mc-summarise --by country  on BENCH_EVENTS events   beside  jq -c .
#                (mc-extract's events, copied under other document ids
#                until there are that many), on a tenth of them, and (one
#                run, peak memory only) on three times as many, streamed
#
# Speeds are MB of input a second (MB = 2^20 bytes), the median of
# BENCH_RUNS runs timed by hyperfine, and MB a second of CPU time (user +
# system, all processes); memory is the peak resident set of the
# largest process (GNU time's %M) over those runs.
#
# Environment:
#   BENCH_SIZE   size of the corpus, K/M/G suffixes (default 100M)
#   BENCH_RUNS   runs of each command (default 3)
#   BENCH_SEED   seed of the corpus (default 7)
#   BENCH_LARGE  1: also the pipeline on a 1 GiB corpus (default 0)
#   BENCH_BLOCK  block size of parallel --pipe (default 4M)
#   BENCH_EVENTS events for mc-summarise (default 1000000)
#   BENCH_HTML   a folder of web pages (*.html, *.html.gz), such as the
#                article extraction benchmark's html/ (default tests/web/fr)
#   BENCH_REPORT_ONLY  1: print the table of the last run again, run nothing
#   BENCH_DIR    where the corpus and the intermediate files go (default
#                bench/out; about 5 times BENCH_SIZE of disk, 1 GiB more
#                with BENCH_LARGE=1)
#
# Exit status: 0 whether or not the goals are met, 1 when a tool failed,
# 2 when something needed is missing.
set -eu
cd "$(dirname "$0")/.."

SIZE=${BENCH_SIZE:-100M}
RUNS=${BENCH_RUNS:-3}
SEED=${BENCH_SEED:-7}
LARGE=${BENCH_LARGE:-0}
BLOCK=${BENCH_BLOCK:-4M}
EVENTS=${BENCH_EVENTS:-1000000}
DIR=${BENCH_DIR:-bench/out}
ONLY=${BENCH_REPORT_ONLY:-0}

# -- what the benchmark needs --
missing=
command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
command -v jq >/dev/null 2>&1 || missing="$missing jq"
{ [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; } || missing="$missing time"
command -v parallel >/dev/null 2>&1 || missing="$missing parallel"
if [ -n "$missing" ]; then
	echo "bench: missing:$missing" >&2
	echo "bench: install the Debian packages with: apt-get install$missing" >&2
	exit 2
fi
for t in mc-split mc-tag mc-extract mc-summarise; do
	if [ ! -x "bin/$t" ]; then
		echo "bench: bin/$t is missing: build first ('make bench' does)" >&2
		exit 2
	fi
done
newer() { [ -n "$(find "$1" -newer "$2" 2>/dev/null)" ]; }   # file $1 newer than $2
if [ ! -x bench/gen-corpus ] || newer bench/gen-corpus.c bench/gen-corpus || newer lib/base/days.c bench/gen-corpus; then
	make -s -C bench gen-corpus || exit 2
fi
mkdir -p "$DIR"

# The tools and their data as they are now, so that a rebuild in the tree
# during the run does not change what is measured.
SNAP=$DIR/snap
if [ "$ONLY" != 1 ]; then
	rm -rf "$SNAP"
	mkdir -p "$SNAP/bin"
	cp bin/mc-split bin/mc-tag bin/mc-extract bin/mc-summarise "$SNAP/bin/"
	cp -R data "$SNAP/data"
fi
MC_DATA_DIR=$(cd "$SNAP/data" && pwd)
export MC_DATA_DIR
for t in mc-split mc-tag mc-extract mc-summarise; do
	if grep -q __asan_init "$SNAP/bin/$t"; then
		echo "bench: bin/$t was built with SANITIZE=1: rebuild without it ('make bench' does)" >&2
		exit 2
	fi
done
[ "$ONLY" = 1 ] || cut -d' ' -f1-3 /proc/loadavg >"$DIR/load.before" 2>/dev/null || echo '?' >"$DIR/load.before"

# -- the corpus: one stream, what cat would make of the article files --
# Made again when the generator or the country list changed.
corpus() {     # corpus SIZE -> prints the file name
	c="$DIR/corpus-$1-seed$SEED.txt"
	if [ "$ONLY" != 1 ] && { [ ! -s "$c" ] || newer bench/gen-corpus "$c" \
	    || { [ -f data/lexicon/countries.tsv ] && newer data/lexicon/countries.tsv "$c"; }; }; then
		bench/gen-corpus --size "$1" --seed "$SEED" --lexicon-dir data/lexicon \
		    --single "$c.tmp" 2>"$c.log" || { cat "$c.log" >&2; exit 1; }
		mv "$c.tmp" "$c"
	fi
	echo "$c"
}
[ "$ONLY" = 1 ] || echo "bench: corpus of $SIZE (seed $SEED)..." >&2
RAW=$(corpus "$SIZE")
ARTICLES=$(sed -n 's/^gen-corpus: \([0-9]*\) articles.*/\1/p' "$RAW.log")

# -- the inputs of mc-tag and mc-extract, made once (a warm-up too) --
SPLIT=$DIR/split.jsonl
TAG=$DIR/tag.jsonl
status=0
[ "$ONLY" = 1 ] || echo "bench: mc-split and mc-tag outputs..." >&2
[ "$ONLY" = 1 ] || "$SNAP/bin/mc-split" "$RAW" >"$SPLIT" 2>"$DIR/split.err" || { echo "bench: mc-split failed (exit $?), see $DIR/split.err" >&2; status=1; }
[ "$ONLY" = 1 ] || "$SNAP/bin/mc-tag" "$SPLIT" >"$TAG" 2>"$DIR/tag.err" || { echo "bench: mc-tag failed (exit $?), see $DIR/tag.err" >&2; status=1; }

size_of() { wc -c <"$1" | tr -d ' '; }

# -- events for mc-summarise: the corpus's, copied under new document ids
# (each copy reports the same meetings again, as syndication does) --
EV=$DIR/events.jsonl
EVN=$DIR/events-$EVENTS.jsonl
EV10=$DIR/events-$((EVENTS / 10)).jsonl
if [ "$ONLY" != 1 ]; then
	echo "bench: $EVENTS events..." >&2
	"$SNAP/bin/mc-extract" "$TAG" >"$EV" 2>"$DIR/extract.err" || { echo "bench: mc-extract failed (exit $?), see $DIR/extract.err" >&2; status=1; }
	for n in "$EVENTS" $((EVENTS / 10)); do
		awk -v n="$n" '{ l[NR] = $0 } END { if (NR) for (i = 0; i < n; i++) { s = l[1 + i % NR]; c = int(i / NR)
			if (c) sub(/"doc":"/, "\"doc\":\"copy" c "-", s); print s } }' "$EV" >"$DIR/events-$n.jsonl"
	done
fi

# -- web pages: those of BENCH_HTML, unpacked, copied until there are
# 20 MB (both tools read the same files) --
HTMLSRC=${BENCH_HTML:-tests/web/fr}
HTML=$DIR/html
if [ "$ONLY" != 1 ]; then
	rm -rf "$HTML"
	mkdir -p "$HTML"
	copy=0
	while [ "$(du -sm "$HTML" | cut -f1)" -lt 20 ]; do
		copy=$((copy + 1))
		n=0
		for f in "$HTMLSRC"/*.html "$HTMLSRC"/*.html.gz; do
			[ -f "$f" ] || continue
			n=$((n + 1))
			b=$(basename "$f" .gz)
			gzip -dcf "$f" >"$HTML/$copy-$b"
		done
		[ $n -gt 0 ] || { echo "bench: no web pages in $HTMLSRC" >&2; exit 2; }
	done
fi
REFPY=/usr/bin/python3
HAVE_READABILITY=0
"$REFPY" -c 'import readability, lxml' 2>/dev/null && HAVE_READABILITY=1

# measure NAME 'SHELL COMMANDS': runs them BENCH_RUNS times under
# hyperfine; each process started as "T command" adds a line "peak-KiB
# command" to $DIR/NAME.mem.  Leaves $DIR/NAME.json and $DIR/NAME.mem.
measure() {
	name=$1
	script=$DIR/$name.sh
	[ "$ONLY" = 1 ] && return 0
	rm -f "$DIR/$name.mem"
	{
		echo "SNAP=$SNAP"
		echo "T() { /usr/bin/time -f '%M %C' -a -o $DIR/$name.mem \"\$@\"; }"
		echo "$2"
	} >"$script"
	echo "bench: $name..." >&2
	hyperfine -N -i --runs "$RUNS" --style none --export-json "$DIR/$name.json" \
	    "sh $script" >/dev/null 2>"$DIR/$name.err" || {
		echo "bench: hyperfine failed on $name, see $DIR/$name.err" >&2
		exit 1
	}
}
median() { jq '.results[0].median' "$DIR/$1.json"; }
cpu() { jq '.results[0].user + .results[0].system' "$DIR/$1.json"; }   # mean CPU seconds
peak() { sort -n "$DIR/$1.mem" | tail -1 | cut -d' ' -f1; }
stage_peak() { awk -v t="$2" '$2 ~ t && $1 > m { m = $1 } END { printf "%.1f", m / 1024 }' "$DIR/$1.mem"; }

# every process whose memory counts runs as T command
measure cat_raw    "T cat $RAW >/dev/null"
measure jq_raw     "T jq -R -c \"{text:.}\" $RAW >/dev/null"
measure split      "T $SNAP/bin/mc-split $RAW >/dev/null"
measure split_nolid "T $SNAP/bin/mc-split --no-lang-id $RAW >/dev/null"
measure html       "T $SNAP/bin/mc-split --html $HTML/* >/dev/null"
measure cat_html   "T cat $HTML/* >/dev/null"
if [ "$HAVE_READABILITY" = 1 ]; then
	measure readability "T $REFPY bench/ref-readability.py $HTML/* >/dev/null"
fi
measure cat_split  "T cat $SPLIT >/dev/null"
measure jq_split   "T jq -c . $SPLIT >/dev/null"
measure tag        "T $SNAP/bin/mc-tag $SPLIT >/dev/null"
measure cat_tag    "T cat $TAG >/dev/null"
measure jq_tag     "T jq -c . $TAG >/dev/null"
measure extract    "T $SNAP/bin/mc-extract $TAG >/dev/null"
measure pipeline   "T $SNAP/bin/mc-split $RAW | T $SNAP/bin/mc-tag | T $SNAP/bin/mc-extract >/dev/null"
PIPE="$SNAP/bin/mc-split | $SNAP/bin/mc-tag | $SNAP/bin/mc-extract"
measure summarise  "T $SNAP/bin/mc-summarise --by country $EVN >/dev/null"
measure summarise10 "T $SNAP/bin/mc-summarise --by country $EV10 >/dev/null"
RUNS_SAVED=$RUNS
RUNS=1
measure summarise3x "for p in a b c; do sed \"s/\\\"doc\\\":\\\"/\\\"doc\\\":\\\"\$p-/\" $EVN; done | T $SNAP/bin/mc-summarise --by country >/dev/null"
RUNS=$RUNS_SAVED
measure cat_ev     "T cat $EVN >/dev/null"
measure jq_ev      "T jq -c . $EVN >/dev/null"
measure parallel1  "T parallel --pipe --block $BLOCK -j1 \"$PIPE\" <$RAW >/dev/null"
measure parallel2  "T parallel --pipe --block $BLOCK -j2 \"$PIPE\" <$RAW >/dev/null"

if [ "$LARGE" = 1 ]; then
	[ "$ONLY" = 1 ] || echo "bench: corpus of 1G (seed $SEED)..." >&2
	BIG=$(corpus 1G)
	RUNS_SAVED=$RUNS
	RUNS=${BENCH_LARGE_RUNS:-1}
	measure pipeline_1g "T $SNAP/bin/mc-split $BIG | T $SNAP/bin/mc-tag | T $SNAP/bin/mc-extract >/dev/null"
	RUNS=$RUNS_SAVED
fi

# -- the table --
B_RAW=$(size_of "$RAW")
B_SPLIT=$(size_of "$SPLIT")
B_TAG=$(size_of "$TAG")
B_EV=$(size_of "$EVN")
B_HTML=$(cat "$HTML"/* | wc -c | tr -d ' ')
{
	echo "ARTICLES $ARTICLES"
	for n in html cat_html $([ "$HAVE_READABILITY" = 1 ] && echo readability) cat_raw jq_raw split split_nolid cat_split jq_split tag cat_tag jq_tag extract summarise summarise10 summarise3x cat_ev jq_ev \
	    pipeline parallel1 parallel2; do
		echo "$n $(median $n) $(peak $n) $(cpu $n)"
	done
	[ "$LARGE" = 1 ] && echo "pipeline_1g $(median pipeline_1g) $(peak pipeline_1g) $(cpu pipeline_1g) $(size_of "$BIG")"
	true
} | awk -v rawb="$B_RAW" -v htmlb="$B_HTML" -v splitb="$B_SPLIT" -v tagb="$B_TAG" -v evb="$B_EV" -v events="$EVENTS" \
    -v runs="$RUNS" -v seed="$SEED" \
    -v size="$SIZE" -v block="$BLOCK" -v cpus_n="$(nproc 2>/dev/null || echo 1)" '
	$1 == "ARTICLES" { articles = $2; next }
	{ sec[$1] = $2; mem[$1] = $3 / 1024; cpus[$1] = $4; if ($5 != "") bytes[$1] = $5 }
	function mbs(b, s) { return s > 0 ? b / 1048576 / s : 0 }
	function row(stage, input, b, n, refname, ref, goal) {
		sp = mbs(b, sec[n])
		line = sprintf("%-14s %-13s %8.1f %8.1f %9.1f %8.1f %9.1f", stage, input, b / 1048576, sp, mbs(b, cpus[n]), mem[n], mbs(b, sec[cat]))
		if (ref != "")
			line = line sprintf("  %-22s %8.1f %7.2fx", refname, mbs(b, sec[ref]), sp / mbs(b, sec[ref]))
		else
			line = line sprintf("  %-22s %8s %8s", refname, "", "")
		print line "  " goal
	}
	function mark(ok) { return ok ? "ok" : "MISSED" }
	END {
		MB = 1048576
		printf "mc benchmark: corpus %s (seed %d, %d articles), median of %d runs, %d CPUs, MB = 2^20 bytes\n", size, seed, articles, runs, cpus_n
		printf "%-14s %-13s %8s %8s %9s %8s %9s  %-22s %8s %8s  %s\n", "stage", "input", "MB in", "MB/s", "MB/cpu-s", "peak MB", "cat MB/s", "reference", "ref MB/s", "vs ref", "goals"
		memok = 1
		cat = "cat_raw"
		s = mbs(rawb, sec["split"]) / mbs(rawb, sec["jq_raw"])
		row("mc-split", "raw text", rawb, "split", "jq -R -c {text:.}", "jq_raw",
		    sprintf("≥2x jq -R: %s; <64 MB: %s", mark(s >= 2), mark(mem["split"] < 64)))
		# what telling languages costs: CPU time, which other load on the
		# machine hardly changes
		lid = 1 - cpus["split_nolid"] / cpus["split"]
		row("  --no-lang-id", "raw text", rawb, "split_nolid", sprintf("language id: %.1f%% of CPU", 100 * lid), "",
		    sprintf("≤5%%: %s", mark(lid <= 0.05)))
		cat = "cat_html"
		if (sec["readability"] > 0) {
			s = mbs(htmlb, sec["html"]) / mbs(htmlb, sec["readability"])
			row("mc-split", "web pages", htmlb, "html", "python3-readability", "readability",
			    sprintf("≥3x readability: %s", mark(s >= 3)))
		} else
			row("mc-split", "web pages", htmlb, "html", "(python3-readability", "", "not installed)")
		cat = "cat_split"
		s = mbs(splitb, sec["tag"]) / mbs(splitb, sec["jq_split"])
		row("mc-tag", "mc-split out", splitb, "tag", "jq -c .", "jq_split",
		    sprintf("≥1x jq -c: %s; <64 MB: %s", mark(s >= 1), mark(mem["tag"] < 64)))
		cat = "cat_tag"
		row("mc-extract", "mc-tag out", tagb, "extract", "jq -c .", "jq_tag",
		    sprintf("<64 MB: %s", mark(mem["extract"] < 64)))
		cat = "cat_ev"
		row("mc-summarise", sprintf("%dk events", events / 1000), evb, "summarise", "jq -c .", "jq_ev",
		    sprintf("<64 MB: %s; flat (%dk events: %.1f MB, %dk: %.1f MB, ≤1.1x): %s", mark(mem["summarise"] < 64),
		    events / 10000, mem["summarise10"], 3 * events / 1000, mem["summarise3x"],
		    mark(mem["summarise3x"] <= 1.1 * mem["summarise"])))
		cat = "cat_raw"
		p = mbs(rawb, sec["pipeline"])
		row("pipeline", "raw text", rawb, "pipeline", "", "",
		    sprintf("≥30 MB/s: %s; <64 MB: %s", mark(p >= 30), mark(mem["pipeline"] < 64)))
		row("parallel -j1", "raw text", rawb, "parallel1", "(--pipe --block " block ")", "", "")
		row("parallel -j2", "raw text", rawb, "parallel2", sprintf("speed-up %.2fx over -j1", sec["parallel1"] / sec["parallel2"]), "", "")
		# on an idle machine the pipeline can go no faster than its slowest
		# stage, nor than its CPU time shared among the CPUs
		worst = cpus["split"]
		if (cpus["tag"] > worst) worst = cpus["tag"]
		if (cpus["extract"] > worst) worst = cpus["extract"]
		if (cpus["pipeline"] / cpus_n > worst) worst = cpus["pipeline"] / cpus_n
		ceiling = sprintf("%.1f", mbs(rawb, worst))
		if ("pipeline_1g" in sec) {
			b = bytes["pipeline_1g"]
			cat = "none"
			line = sprintf("%-14s %-13s %8.1f %8.1f %9.1f %8.1f %9s  %-22s", "pipeline 1GiB", "raw text", b / MB,
			    mbs(b, sec["pipeline_1g"]), mbs(b, cpus["pipeline_1g"]), mem["pipeline_1g"], "",
			    sprintf("peak %.2fx the %s run", mem["pipeline_1g"] / mem["pipeline"], size))
			printf "%s %17s  flat (≤1.25x): %s; <64 MB: %s\n", line, "", mark(mem["pipeline_1g"] <= 1.25 * mem["pipeline"]), mark(mem["pipeline_1g"] < 64)
		} else {
			printf "%-14s (memory at 1 GiB: run with BENCH_LARGE=1)\n", "pipeline 1GiB"
		}
		printf "pipeline ceiling on an idle machine, from CPU times: %s MB/s (slowest stage, or CPU time / %d CPUs)\n", ceiling, cpus_n
	}'
echo "MB/cpu-s: MB per second of CPU time (user + system, all processes), which other load on the machine hardly changes."
echo "peak MB: the largest process (pipeline: its largest stage, of mc-split $(stage_peak pipeline mc-split), mc-tag $(stage_peak pipeline mc-tag), mc-extract $(stage_peak pipeline mc-extract) MB; parallel: perl included)."
if [ "$LARGE" = 1 ]; then
	echo "at 1 GiB: mc-split $(stage_peak pipeline_1g mc-split), mc-tag $(stage_peak pipeline_1g mc-tag), mc-extract $(stage_peak pipeline_1g mc-extract) MB."
fi
[ "$ONLY" = 1 ] || cut -d' ' -f1-3 /proc/loadavg >"$DIR/load.after" 2>/dev/null || echo '?' >"$DIR/load.after"
LOAD0=$(cat "$DIR/load.before" 2>/dev/null || echo '?')
LOAD1=$(cat "$DIR/load.after" 2>/dev/null || echo '?')
echo "load average (1, 5, 15 min) before: $LOAD0; after: $LOAD1."
if awk -v l="${LOAD0%% *}" 'BEGIN { exit !(l + 0 >= 0.5) }'; then
	echo "warning: something else was running (load ${LOAD0%% *} at the start): speeds are low, scaling is not meaningful."
fi
exit $status
