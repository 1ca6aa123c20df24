#!/bin/sh
# Renders the HTML report of mc-summarise in headless Chromium and checks
# that the picture is there and not blank: a page that a browser cannot
# lay out, or lays out empty, fails.  Installs nothing: without
# /usr/bin/chromium (Debian: apt-get install chromium) it says so and
# exits 0.
#
#   sh tests/render-report.sh [EVENTS.jsonl [OUT.png]]
#
# EVENTS defaults to tests/data/summarise/events.jsonl; the picture is
# written to OUT.png when given (docs/report.png was made so from the
# example articles' events), else to a scratch file.  Run after make.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
	# CI installs it (.ci/deps.sh) and sets MC_NEED_CHROMIUM=1: never
	# a silent pass there.
	echo "render-report: skipped: $chromium is not installed"
	[ "${MC_NEED_CHROMIUM:-0}" = 1 ] && exit 1
	exit 0
fi
if [ ! -x bin/mc-summarise ]; then
	echo "render-report: no bin/mc-summarise: run make first" >&2
	exit 2
fi
events=${1:-tests/data/summarise/events.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
png=${2:-$tmp/report.png}

MC_DATA_DIR=$top/data bin/mc-summarise --format html -o "$tmp/report.html" "$events" || exit 1
# No network, no first-run dialogs, a profile of its own: the page needs
# nothing from outside, and the run must not touch the user's browser.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/profile" --screenshot="$png" --window-size=1200,2600 \
	"file://$tmp/report.html" >"$tmp/chromium.log" 2>&1
if [ ! -s "$png" ]; then
	echo "render-report: FAIL: no picture ($png)"
	tail -5 "$tmp/chromium.log"
	exit 1
fi

# Decode the PNG (8-bit RGB or RGBA, as Chromium writes it) and count the
# pixels that are not the background and the colours used: text, bars
# and table borders make thousands and several.
python3 - "$png" <<'EOF'
import struct, sys, zlib

data = open(sys.argv[1], "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit("render-report: FAIL: not a PNG")
pos, idat, width = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
if depth != 8 or ctype not in (2, 6):
    sys.exit("render-report: FAIL: unexpected PNG format")
bpp = 3 if ctype == 2 else 4
raw, stride = zlib.decompress(idat), width * bpp
prev, rows, i = bytearray(stride), [], 0
for _ in range(height):
    f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1:
            line[x] = (line[x] + a) & 255
        elif f == 2:
            line[x] = (line[x] + b) & 255
        elif f == 3:
            line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    prev = line
background = rows[0][:3]
ink, colours = 0, set()
for line in rows:
    for x in range(0, stride, bpp):
        px = line[x:x + 3]
        if px != background:
            ink += 1
            colours.add(px)
share = ink / (width * height)
# The charts are drawn when the bars' colours (lib/report.c's palette)
# cover whole bars: the first for the country chart, and more for topics.
palette = [bytes.fromhex(c) for c in ("1f77b4", "d62728", "2ca02c", "ff7f0e")]
bars = [sum(line[x:x + 3] == c for line in rows for x in range(0, stride, bpp)) for c in palette]
# The map is drawn when its land (report_map.c's #e4e4e4 outlines)
# covers a good part of its 760 x 380 box; the network when its nodes
# (#b22222, a colour nothing else uses) make several discs.
land = sum(line[x:x + 3] == bytes.fromhex("e4e4e4") for line in rows for x in range(0, stride, bpp))
nodes = sum(line[x:x + 3] == bytes.fromhex("b22222") for line in rows for x in range(0, stride, bpp))
print("render-report: %dx%d, %.1f%% of the pixels drawn, %d colours, bar pixels %s, land pixels %d, node pixels %d"
      % (width, height, 100 * share, len(colours), bars, land, nodes))
if land < 30000:
    sys.exit("render-report: FAIL: the map is not drawn")
if nodes < 300:
    sys.exit("render-report: FAIL: the network is not drawn")
if share < 0.02 or len(colours) < 8:
    sys.exit("render-report: FAIL: the page looks blank")
if bars[0] < 2000 or sum(b >= 100 for b in bars) < 3:
    sys.exit("render-report: FAIL: the charts are not drawn")
print("render-report: ok")
EOF
