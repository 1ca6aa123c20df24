#!/bin/sh
# Installs the Debian packages mc needs to build and test, when missing.
# As root it runs apt-get; otherwise it prints the command to run.
# Arguments name more packages (CI adds chromium, for the report's test).
pkgs="$* make gcc g++ pkg-config libcsv-dev libcld2-dev libjansson-dev zlib1g-dev libutf8proc-dev libxml2-dev
libstemmer-dev iso-codes libcmocka-dev gzip gawk python3 valgrind parallel jq wget
hyperfine time procps verbiste"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
else
	echo "mc needs:$missing" >&2
	echo "install them with: sudo apt-get install$missing" >&2
	exit 1
fi
