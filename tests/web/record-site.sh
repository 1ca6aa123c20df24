#!/bin/sh
# Serves tests/web/site/ on 127.0.0.1 (python3's http.server, on a port
# the system picks) and records it with wget --warc-file, as a user's
# nightly harvest would: the archive is written to $1.warc.gz.
#   sh tests/web/record-site.sh OUT
out=${1:?usage: record-site.sh OUT}
site=$(cd "$(dirname "$0")/site" && pwd)
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
# the server says its port on its first line; python3 -u flushes it
python3 -u -c '
import http.server, functools, sys
class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
h = functools.partial(Quiet, directory=sys.argv[1])
s = http.server.HTTPServer(("127.0.0.1", 0), h)
print(s.server_address[1])
s.serve_forever()' "$site" > "$dir/port" &
pid=$!
i=0
while [ ! -s "$dir/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$dir/port")
[ -n "$port" ] || { echo "record-site.sh: the server did not start" >&2; exit 1; }
wget -q -r -l 2 -P "$dir/pages" --warc-file="$out" "http://127.0.0.1:$port/index.html"
