#!/bin/sh
# Runs the unit tests and the command-line cases (tests/*.test); ends with
# one line "N passed, N failed".
#
# A case file holds cases in the style of cram: "== name" opens a case,
# "$ command" lines (with "> " continuation lines) are run by sh from the
# top of the source tree with bin/ first on PATH, and the lines after are
# the expected standard output and error, merged; lines starting with "#"
# are comments.  "[N]" is a non-zero
# exit status; a line ending in " (re)" is an extended regular expression.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
PATH="$top/bin:$PATH"
export PATH
LC_ALL=C.UTF-8
export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
only=${1:-}

run_case() {        # $1 file, $2 name; $tmp/cmd, $tmp/want
	# blank lines that separate cases are not expected output
	sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/want" >"$tmp/w2"
	mv "$tmp/w2" "$tmp/want"
	( cd "$top" && sh "$tmp/cmd" ) >"$tmp/got" 2>&1 </dev/null
	st=$?
	[ $st -ne 0 ] && echo "[$st]" >>"$tmp/got"
	if match "$tmp/want" "$tmp/got"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1: $2"
		diff -u "$tmp/want" "$tmp/got" | sed -n '3,40p'
	fi
}

# Compare line by line; "(re)" lines match as regular expressions.
match() {
	awk '
	NR == FNR { want[++nw] = $0; next }
	{ got[++ng] = $0 }
	END {
		if (nw != ng) exit 1
		for (i = 1; i <= nw; i++) {
			w = want[i]
			if (w ~ / \(re\)$/) {
				re = "^" substr(w, 1, length(w) - 5) "$"
				if (got[i] !~ re) exit 1
			} else if (w != got[i]) exit 1
		}
	}' "$1" "$2"
}

for f in tests/*.test; do
	[ -n "$only" ] && [ "$f" != "$only" ] && continue
	name=
	: >"$tmp/cmd"
	: >"$tmp/want"
	state=none
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		"== "*)
			[ -n "$name" ] && run_case "$f" "$name"
			name=${line#== }
			: >"$tmp/cmd"
			: >"$tmp/want"
			state=cmd
			;;
		"#"*)
			;;
		'$ '*)
			printf '%s\n' "${line#\$ }" >>"$tmp/cmd"
			state=cmd
			;;
		'> '*)
			if [ "$state" = cmd ]; then
				printf '%s\n' "${line#> }" >>"$tmp/cmd"
			else
				printf '%s\n' "$line" >>"$tmp/want"
			fi
			;;
		*)
			[ "$state" = none ] && continue
			if [ "$state" = cmd ] && [ -z "$line" ] && [ ! -s "$tmp/want" ]; then
				continue
			fi
			state=want
			printf '%s\n' "$line" >>"$tmp/want"
			;;
		esac
	done <"$f"
	# trailing blank lines of the last case are not part of it
	[ -n "$name" ] && run_case "$f" "$name"
done

if [ -z "$only" ]; then
	for t in tests/unit/test_*; do
		case $t in *.c|*.o) continue ;; esac
		[ -x "$t" ] || continue
		out=$("$t" 2>&1)
		st=$?
		p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
		fl=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p')
		pass=$((pass + ${p:-0}))
		fail=$((fail + ${fl:-0}))
		if [ $st -ne 0 ] && [ -z "$fl" ]; then
			fail=$((fail + 1))
		fi
		[ $st -ne 0 ] && printf '%s\n' "$out" | grep -E 'FAILED|ERROR|error' | head -20
	done
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
