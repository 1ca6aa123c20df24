#!/usr/bin/env python3
"""Body F1 of mc-split on the article extraction benchmark (its README
gives the metric): word tokens (\\w+), their 4-token shingles counted
with multiplicity; a page's precision and recall; the means over pages;
F1 of the means.  Pages are split in two by their id (dev: ids starting
0-7, test: 8-f), and rules are chosen on dev.

  benchmark.py DIR [MC_SPLIT]     DIR holds ground-truth.json and html/
"""
import collections, json, os, re, subprocess, sys

def shingles(text):
    toks = re.findall(r"\w+", text)
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(max(len(toks) - 3, 0))), toks

def score(got, want):
    g, gt = shingles(got)
    w, wt = shingles(want)
    tp = sum((g & w).values())
    p = tp / sum(g.values()) if g else (1.0 if not w else 0.0)
    r = tp / sum(w.values()) if w else (1.0 if not g else 0.0)
    return p, r, gt == wt

def text_of(doc):
    paras = collections.OrderedDict()
    for s in doc["sents"]:
        if not s.get("head"):
            paras.setdefault(s["p"], []).append(s["text"])
    return "\n".join(" ".join(v) for v in paras.values())

def main():
    top = sys.argv[1]
    mc = sys.argv[2] if len(sys.argv) > 2 else "bin/mc-split"
    truth = json.load(open(os.path.join(top, "ground-truth.json")))
    ids = sorted(truth)
    files = [os.path.join(top, "html", i + ".html.gz") for i in ids]
    out = subprocess.run([mc, "--html", "--no-lang-id"] + files, capture_output=True, text=True)
    got = {}
    for line in out.stdout.splitlines():
        d = json.loads(line)
        got[d["id"].removesuffix(".html")] = text_of(d)
    rows = {"dev": [], "test": [], "all": []}
    worst = []
    for i in ids:
        p, r, same = score(got.get(i, ""), truth[i]["articleBody"])
        split = "dev" if i[0] in "01234567" else "test"
        rows[split].append((p, r, same))
        rows["all"].append((p, r, same))
        worst.append((min(p, r), p, r, split, i))
    print("pages  split  precision  recall  F1     accuracy")
    for k in ("dev", "test", "all"):
        v = rows[k]
        p = sum(x[0] for x in v) / len(v)
        r = sum(x[1] for x in v) / len(v)
        f = 2 * p * r / (p + r) if p + r else 0
        print("%5d  %-5s  %.3f      %.3f   %.3f  %.3f" % (len(v), k, p, r, f, sum(x[2] for x in v) / len(v)))
    if os.environ.get("WORST"):
        for m, p, r, split, i in sorted(worst)[:int(os.environ["WORST"])]:
            if split == "dev":
                print("  %.2f P %.2f R %.2f %s %s" % (m, p, r, i, truth[i]["url"]))

main()
