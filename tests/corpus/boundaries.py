#!/usr/bin/env python3
"""Article boundaries found by mc-split, on the real corpus.

usage: boundaries.py MC_SPLIT ARTICLE.txt...

1. Each article as its own file: how many come out as more than one
   document, and how many documents hold no sentence.
2. All articles glued by cat, in three orders (by name, reversed, and a
   fixed shuffle), with each file's final newline kept and removed: the
   boundaries found, as precision, recall and F1 over the points where
   one article's sentences end and the next one's begin, and the share
   of articles whose sentences land in more than one document.

A sentence is given to the article that holds its text (searched from
the current article on), so the figures need no offsets from mc-split.
The last line is "boundaries: KEY=VALUE ..."."""
import json
import random
import re
import signal
import subprocess
import sys
import unicodedata

# "| head" stops reading: quietly, as a filter does
signal.signal(signal.SIGPIPE, signal.SIG_DFL)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


def split(tool, data, args=()):
    out = subprocess.run([tool, *args], input=data, capture_output=True, check=False).stdout
    return [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]


def label(docs, texts):
    """The article of each sentence, and where each document starts."""
    k, labels, starts = 0, [], []
    for d in docs:
        starts.append(len(labels))
        for s in d.get("sents", []):
            t = norm(s["text"])
            for j in range(k, min(k + 4, len(texts))):
                if t in texts[j]:
                    k = j
                    break
            labels.append(k)
    return labels, starts


def glued(tool, files, texts, strip):
    data = b"".join(open(f, "rb").read().rstrip(b"\n") if strip else open(f, "rb").read()
                    for f in files)
    docs = split(tool, data)
    labels, starts = label(docs, texts)
    truth = {i for i in range(1, len(labels)) if labels[i] != labels[i - 1]}
    found = {s for s in starts[1:] if s < len(labels)}
    tp = len(truth & found)
    spread = {}
    for d, st in enumerate(starts):
        end = starts[d + 1] if d + 1 < len(starts) else len(labels)
        for a in set(labels[st:end]):
            spread.setdefault(a, set()).add(d)
    cut = sum(1 for a in spread if len(spread[a]) > 1)
    return tp, len(found), len(truth), cut, len(docs)


def main():
    tool, files = sys.argv[1], sorted(sys.argv[2:])
    # 1. one file each
    out = subprocess.run([tool, *files], capture_output=True, check=False).stdout
    docs = [json.loads(l) for l in out.decode("utf-8").splitlines() if l.strip()]
    per = {}
    for d in docs:
        per[d["src"]] = per.get(d["src"], 0) + 1
    pieces = sum(1 for f in files if per.get(f, 0) > 1)
    empty = sum(1 for d in docs if not d.get("sents"))
    missing = sum(1 for f in files if f not in per)
    print(f"one file each: {len(files)} articles, {len(docs)} documents, "
          f"{pieces} articles in more than one, {missing} with none, {empty} documents with no sentence")
    # 2. glued by cat
    orders = {"by name": files, "reversed": files[::-1]}
    shuffled = files[:]
    random.Random(7).shuffle(shuffled)
    orders["shuffled"] = shuffled
    TP = F = T = C = N = 0
    for name, fs in orders.items():
        texts = [norm(open(f, encoding="utf-8").read()) for f in fs]
        for strip in (False, True):
            tp, nf, nt, cut, nd = glued(tool, fs, texts, strip)
            TP, F, T, C, N = TP + tp, F + nf, T + nt, C + cut, N + len(fs)
            p = tp / nf if nf else 1.0
            r = tp / nt if nt else 1.0
            print(f"cat, {name}, {'no final newline' if strip else 'final newline'}: "
                  f"{nd} documents, boundaries P {p:.3f} R {r:.3f}, {cut} articles cut")
    p = TP / F if F else 1.0
    r = TP / T if T else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"boundaries: one_file_cut={pieces / len(files):.3f} empty_docs={empty} "
          f"cat_p={p:.3f} cat_r={r:.3f} cat_f1={f1:.3f} cat_cut={C / N:.3f}")


main()
