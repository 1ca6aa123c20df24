#!/usr/bin/env python3
"""Measure mc-split's reading of the French web pages in tests/web/fr/.

Usage (from the repository root):  python3 tests/web/fr/check.py [MC_SPLIT]

MC_SPLIT defaults to bin/mc-split.  It is run once, with --html --no-lang-id,
on every tests/web/fr/*.html.gz.  For each page the body is scored as the
article extraction benchmark does: word tokens (regex \\w+), their 4-token
shingles counted with multiplicity, TP = shared shingles (min counts),
P = TP / extracted, R = TP / marked.  The extracted text is the document's
sentences that are not "head".  The title must equal the marked one once
white space is collapsed ("starts" = it only begins with it); the date must
equal the marked one.  This is a measurement: the exit status is always 0.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def shingles(text):
    toks = re.findall(r"\w+", text)
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))


def score(got, want):
    g, w = shingles(got), shingles(want)
    tp = sum((g & w).values())
    ng, nw = sum(g.values()), sum(w.values())
    p = tp / ng if ng else (1.0 if not nw else 0.0)
    r = tp / nw if nw else (1.0 if not ng else 0.0)
    return p, r


def collapse(s):
    return " ".join((s or "").split())


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                k, v = line.split("\t", 1)
                meta[k] = v
    return meta


def body_of(doc):
    return "\n".join(s.get("text", "") for s in doc.get("sents", []) if not s.get("head"))


def main():
    mc = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("MC_SPLIT", "bin/mc-split")
    pages = sorted(glob.glob(os.path.join(HERE, "*.html.gz")))
    files = [os.path.relpath(p) for p in pages]
    names = [os.path.basename(p)[:-len(".html.gz")] for p in pages]
    try:
        out = subprocess.run([mc, "--html", "--no-lang-id"] + files,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stdout = out.stdout.decode("utf-8", "replace")
        if out.returncode != 0:
            sys.stderr.write("%s exited with status %d\n%s" % (
                mc, out.returncode, out.stderr.decode("utf-8", "replace")))
    except OSError as e:
        sys.stderr.write("cannot run %s: %s\n" % (mc, e))
        stdout = ""

    docs = []
    for line in stdout.splitlines():
        line = line.strip()
        if line:
            try:
                docs.append(json.loads(line))
            except ValueError:
                sys.stderr.write("not JSON: %.80s\n" % line)
    by_src = {}
    for d in docs:
        if d.get("src"):
            by_src[os.path.normpath(d["src"])] = d
    if not by_src and len(docs) == len(files):   # no src field: rely on order
        by_src = {os.path.normpath(f): d for f, d in zip(files, docs)}

    ps, rs = [], []
    titles = dates = starts = 0
    width = max(len(n) for n in names) if names else 10
    print("%-*s  %5s  %5s  %-6s  %s" % (width, "page", "P", "R", "title", "date"))
    for name, f in zip(names, files):
        meta = read_meta(os.path.join(HERE, name + ".meta"))
        with open(os.path.join(HERE, name + ".body.txt"), encoding="utf-8") as fh:
            want = fh.read()
        doc = by_src.get(os.path.normpath(f))
        if doc is None:
            p, r = 0.0, 0.0
            tnote, dnote, extra = "no", "no", "  (no document)"
        else:
            p, r = score(body_of(doc), want)
            mt, gt = collapse(meta.get("title")), collapse(doc.get("title"))
            if gt == mt:
                tnote = "ok"
                titles += 1
            elif mt and gt.startswith(mt):
                tnote = "starts"
                starts += 1
            else:
                tnote = "no"
            md, gd = meta.get("date", "-"), doc.get("date") or "-"
            dnote = "ok" if gd == md else "no"
            dates += dnote == "ok"
            extra = ""
            if tnote != "ok":
                extra += "  title=%r" % gt[:70]
            if dnote != "ok":
                extra += "  date=%s want %s" % (gd, md)
        ps.append(p)
        rs.append(r)
        print("%-*s  %5.3f  %5.3f  %-6s  %s%s" % (width, name, p, r, tnote, dnote, extra))

    n = len(names)
    mp = sum(ps) / n if n else 0.0
    mr = sum(rs) / n if n else 0.0
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    print("mean body P %.3f  R %.3f  F1 %.3f" % (mp, mr, f1))
    print("titles found %d/%d (%d more only start with it)" % (titles, n, starts))
    print("dates found %d/%d" % (dates, n))
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
