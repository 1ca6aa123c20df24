#!/bin/sh
# The one-way flow of lib/: every #include "DIR/FILE.h" of a file of
# lib/DIR0/ names DIR0 itself or a folder below it in the order given by
# the "order:" line of lib/README.md ("a < b < c, d": c and d side by
# side, neither below the other).  Prints each include that crosses the
# order the wrong way, or names no known folder, and exits 1 if any does.
#   sh tests/layers.sh [TREE]      (default: the source tree)
top=${1:-$(cd "$(dirname "$0")/.." && pwd)}
order=$(sed -n 's/^order: *//p' "$top/lib/README.md")
[ -n "$order" ] || { echo "layers.sh: no 'order:' line in $top/lib/README.md" >&2; exit 2; }
find "$top/lib" -name '*.[ch]' | sort | awk -v order="$order" -v top="$top/" '
BEGIN {
	n = split(order, level, "<")
	for (i = 1; i <= n; i++) {
		m = split(level[i], same, ",")
		for (j = 1; j <= m; j++) {
			gsub(/ /, "", same[j])
			rank[same[j]] = i
		}
	}
}
{
	file = $0
	sub("^" top, "", file)
	split(file, part, "/")
	from = part[2]
	if (!(from in rank)) {
		printf "%s: folder %s is not in the order of lib/README.md\n", file, from
		bad++
	}
	line = 0
	while ((getline text < $0) > 0) {
		line++
		if (text !~ /^[ \t]*#[ \t]*include[ \t]*"/)
			continue
		inc = text
		sub(/^[^"]*"/, "", inc)
		sub(/".*/, "", inc)
		if (inc !~ /^[a-z_]+\/[^\/]+$/) {
			printf "%s:%d: #include \"%s\" names no folder of lib/\n", file, line, inc
			bad++
			continue
		}
		to = inc
		sub(/\/.*/, "", to)
		if (!(to in rank)) {
			printf "%s:%d: #include \"%s\": no folder %s in the order\n", file, line, inc, to
			bad++
		} else if (to != from && rank[to] >= rank[from]) {
			printf "%s:%d: #include \"%s\": %s may not use %s\n", file, line, inc, from, to
			bad++
		}
	}
	close($0)
}
END { exit bad ? 1 : 0 }'
