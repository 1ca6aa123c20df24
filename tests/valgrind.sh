#!/bin/sh
# Runs the command-line cases of tests/*.test with every mc tool under
# valgrind's memcheck: invalid reads and writes, uninitialised values,
# leaks.  valgrind's report lands in the case's output, so a case with an
# error fails and shows it; the last line counts the cases as run.sh does.
#
#   sh tests/valgrind.sh [tests/FILE.test]...
#
# The tools are reached through wrapper scripts in a shadow of the source
# tree whose bin/ holds the wrappers (run.sh puts the tree's bin/ first on
# PATH); everything else there links back to the tree.  MC_SLOW=0 tells
# the case files to shrink their 100 MB lines and million documents; a
# case named for a line of so many MB that does not look at MC_SLOW is left
# out, as are the unit tests (run them with make check).  In a case that
# pipes into head, a tool may be killed by SIGPIPE, which frees nothing:
# there only leaks are not looked for.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind.sh: valgrind is not installed" >&2
	exit 2
fi
if ! ls bin/mc-* >/dev/null 2>&1; then
	echo "valgrind.sh: no bin/mc-*: run make first" >&2
	exit 2
fi
shadow=$(mktemp -d)
trap 'rm -rf "$shadow"' EXIT INT TERM

# bin/: one wrapper a tool
mkdir "$shadow/bin"
for t in bin/mc-*; do
	name=${t#bin/}
	cat >"$shadow/bin/$name" <<EOF
#!/bin/sh
exec valgrind --leak-check=\${MC_VG_LEAKS:-full} --error-exitcode=1 -q "$top/bin/$name" "\$@"
EOF
	chmod +x "$shadow/bin/$name"
done

# the rest of the tree, linked; tests/ holds the case files as filtered
for f in * .[!.]*; do
	[ -e "$f" ] || continue
	case $f in bin|tests) continue ;; esac
	ln -s "$top/$f" "$shadow/$f"
done
mkdir "$shadow/tests"
for f in tests/* tests/.[!.]*; do
	[ -e "$f" ] || continue
	case $f in *.test) continue ;; esac
	ln -s "$top/$f" "$shadow/$f"
done
files=
for f in ${*:-tests/*.test}; do
	files="$files tests/${f#tests/}"
done
for f in tests/*.test; do
	case " $files " in *" $f "*) ;; *) ln -s "$top/$f" "$shadow/$f"; continue ;; esac
	awk '
	function flush() {
		if (name != "" && !(name ~ /[0-9]+ MB line/ && body !~ /MC_SLOW/)) {
			if (body ~ /\| *head/)
				sub(/\n/, "\n$ MC_VG_LEAKS=no; export MC_VG_LEAKS\n", body)
			printf "%s", body
		} else if (name != "")
			skipped++
		body = ""
	}
	/^== / { flush(); name = $0 }
	{ body = body $0 "\n" }
	END { flush(); if (skipped) print FILENAME ": " skipped " slow case(s) left out" > "/dev/stderr" }
	' "$f" >"$shadow/$f"
done

MC_SLOW=0
MC_DATA_DIR=$top/data
export MC_SLOW MC_DATA_DIR
pass=0
fail=0
for f in $files; do
	out=$(sh "$shadow/tests/run.sh" "$f" 2>&1)
	printf '%s\n' "$out" | sed '$d'
	p=$(printf '%s\n' "$out" | sed -n '$s/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
	fl=$(printf '%s\n' "$out" | sed -n '$s/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${fl:-1}))
done
echo "under valgrind: $pass passed, $fail failed"
[ $fail -eq 0 ]
