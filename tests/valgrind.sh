#!/bin/sh
# Runs the command-line cases of tests/*.test with every mc tool under
# valgrind's memcheck: invalid reads and writes, uninitialised values,
# definite leaks.  Exits 1 if a case fails or valgrind reports anything;
# the last line counts the cases as run.sh does.
#
#   sh tests/valgrind.sh [-j JOBS] [tests/FILE.test]...
#
# -j runs that many case files at once (valgrind is slow, a file's cases
# run one after the other).  The tools are reached through wrapper
# scripts in a shadow of the source tree whose bin/ holds the wrappers
# (run.sh puts the tree's bin/ first on PATH); everything else there
# links back to the tree, but each case file gets a tests/ of its own, as
# the cases write their scratch files there.
#
# valgrind writes its report to a file, shown at the end with the
# command that was checked: a case that sends the tool's standard error
# to /dev/null or through grep cannot hide it.  The wrapper execs
# valgrind, which passes on the tool's status, signals and signal mask
# (a shell that stayed between them did not pass on a blocked SIGPIPE).
#
# MC_SLOW=0 tells the case files to shrink their 100 MB lines and million
# documents; a case named for a line of so many MB that does not look at
# MC_SLOW is left out, as are the unit tests (run them with make check).
# In a case that pipes a tool into head, the tool may be killed by
# SIGPIPE, which frees nothing, and so is a tool a case kills halfway
# (kill -TERM): there only leaks are not looked for, since what the tool
# held when the signal came is lost by design.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
jobs=1
while getopts j: opt; do
	case $opt in
	j) jobs=$OPTARG ;;
	*) echo "usage: sh tests/valgrind.sh [-j JOBS] [tests/FILE.test]..." >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind.sh: valgrind is not installed" >&2
	exit 2
fi
if ! ls bin/mc-* >/dev/null 2>&1; then
	echo "valgrind.sh: no bin/mc-*: run make first" >&2
	exit 2
fi
shadow=$(mktemp -d)
trap 'rm -rf "$shadow"' EXIT
trap 'exit 2' INT TERM

# bin/: one wrapper a tool, shared by the trees of all case files
mkdir "$shadow/bin" "$shadow/out" "$shadow/logs"
for t in bin/mc-*; do
	name=${t#bin/}
	cat >"$shadow/bin/$name" <<EOF
#!/bin/sh
log=\$MC_VG_LOGS/$name.\$\$
printf '%s\\n' "$name \$*" >"\$log.cmd"
exec valgrind --leak-check=\${MC_VG_LEAKS:-full} --show-leak-kinds=definite \\
	--errors-for-leak-kinds=definite --error-exitcode=1 -q --log-file="\$log" \\
	"$top/bin/$name" "\$@"
EOF
	chmod +x "$shadow/bin/$name"
done

# The tree for case file $1 in $2: links, the shared bin/, the case file
# as filtered.
make_tree() {
	mkdir "$2" "$2/tests"
	ln -s "$shadow/bin" "$2/bin"
	for e in * .[!.]*; do
		[ -e "$e" ] || continue
		case $e in bin|tests) continue ;; esac
		ln -s "$top/$e" "$2/$e"
	done
	for e in tests/* tests/.[!.]*; do
		[ -e "$e" ] || continue
		case $e in *.test) continue ;; esac
		ln -s "$top/$e" "$2/$e"
	done
	awk '
	function flush() {
		if (name != "" && !(name ~ /[0-9]+ MB line/ && body !~ /MC_SLOW/)) {
			if (body ~ /mc-[a-z]+[^|\n]*\| *head/ || body ~ /kill -[A-Z]+ /)
				sub(/\n/, "\n$ MC_VG_LEAKS=no; export MC_VG_LEAKS\n", body)
			printf "%s", body
		} else if (name != "")
			skipped++
		body = ""
	}
	/^== / { flush(); name = $0 }
	{ body = body $0 "\n" }
	END { flush(); if (skipped) print FILENAME ": " skipped " slow case(s) left out" > "/dev/stderr" }
	' "$1" >"$2/$1"
}

# Case file $1 in its own tree; its output in out/, valgrind's in logs/.
run_file() {
	base=${1#tests/}
	base=${base%.test}
	make_tree "$1" "$shadow/tree.$base" 2>"$shadow/out/$base"
	mkdir "$shadow/logs/$base"
	MC_VG_LOGS=$shadow/logs/$base sh "$shadow/tree.$base/tests/run.sh" "$1" \
		>>"$shadow/out/$base" 2>&1
}

MC_SLOW=0
MC_DATA_DIR=$top/data
export MC_SLOW MC_DATA_DIR
files=
for f in ${*:-tests/*.test}; do
	files="$files tests/${f#tests/}"
done

# The biggest files first, so that the longest runs overlap; a FIFO holds
# one token for each job that may start.
mkfifo "$shadow/tokens"
exec 3<>"$shadow/tokens"
i=0
while [ $i -lt "$jobs" ]; do
	echo >&3
	i=$((i + 1))
done
for f in $(ls -S $files); do
	read -r _ <&3
	{ run_file "$f"; echo >&3; } &
done
wait
exec 3>&-

pass=0
fail=0
for f in $files; do
	base=${f#tests/}
	base=${base%.test}
	out=$shadow/out/$base
	sed '$d' "$out"
	p=$(sed -n '$s/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$out")
	fl=$(sed -n '$s/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$out")
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${fl:-1}))
done

# every report, even of a case that hid it, fails the run
reports=0
for log in "$shadow"/logs/*/*; do
	case $log in *.cmd) continue ;; esac
	[ -s "$log" ] || continue
	reports=$((reports + 1))
	f=${log#"$shadow"/logs/}
	echo "valgrind report, tests/${f%%/*}.test: $(cat "$log.cmd")"
	cat "$log"
done
echo "under valgrind: $pass passed, $fail failed, $reports valgrind reports"
[ $fail -eq 0 ] && [ $reports -eq 0 ]
