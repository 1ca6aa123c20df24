#!/usr/bin/env python3
"""Write paragraphs.jsonl: from each article of articles/, up to three of
its paragraphs (lines) of 100 to 300 characters, a longer one cut at the
last sentence end before 300.  Run once when articles are added; the
file is kept, so that the test set stays as it was scored."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
STOP = re.compile(r'[.!?»"”)]\s')


def paragraph(line):
    line = line.strip()
    if len(line) < 100:
        return None
    if len(line) <= 300:
        return line
    cut = [m.end() for m in STOP.finditer(line[:301])]
    cut = [c for c in cut if 100 <= c - 1 <= 300]
    return line[:cut[-1]].strip() if cut else None


def main():
    out = []
    names = sorted(f for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.txt'))
    for name in names:
        art = name[:-4]
        with open(os.path.join(HERE, 'articles', name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        k = 0
        for line in lines:
            p = paragraph(line)
            if p is None:
                continue
            k += 1
            out.append({'id': '%s.p%d' % (art, k), 'gold_lang': art.split('-')[0], 'text': p})
            if k == 3:
                break
    with open(os.path.join(HERE, 'paragraphs.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
