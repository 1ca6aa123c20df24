#!/usr/bin/env python3
"""Meetings made from the syndication set: real meetings, each reported
by several outlets, and meetings of the same people on other dates.

usage: eval.py BIN_DIR SPLIT...

Each article is its own file; the pipeline runs on all of them at once
(mc-split | mc-tag | mc-extract | mc-summarise --meetings), as a night's
harvest would.  A real meeting's meetings made are those that hold one
of its reports and whose participants' countries include all of the real
meeting's; a report's events of its meeting are those whose countries
do.  Other events a report gives (a conference the article also
mentions, an earlier call it recalls) are meetings of their own, not
extra meetings of this one; the lines "every event" count them too, as
this measure first did.  The lines "with url" feed the reports as JSON
Lines records with their urls, as a harvest keeps them.  Per split, over its real meetings:
  made       meetings made per real meeting (those holding its reports)
  one        share of real meetings whose reports all landed in one
             meeting, that meeting holding no other real meeting's
  extra      meetings made beyond one, per real meeting
  merges     meetings made that hold reports of two real meetings or more
  no_event   reports from which no event of their meeting came"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(bindir, files, records=None):
    """records: the reports as JSON Lines, fed to mc-split's standard input
    instead of the files."""
    split = subprocess.run([os.path.join(bindir, "mc-split"), *([] if records else files)],
                           input=records, capture_output=True, check=True)
    tag = subprocess.run([os.path.join(bindir, "mc-tag")], input=split.stdout, capture_output=True, check=True)
    ext = subprocess.run([os.path.join(bindir, "mc-extract")], input=tag.stdout, capture_output=True, check=True)
    meet = subprocess.run([os.path.join(bindir, "mc-summarise"), "--meetings"], input=ext.stdout,
                          capture_output=True, check=True)
    events = [json.loads(l) for l in ext.stdout.decode().splitlines()]
    made = [json.loads(l) for l in meet.stdout.decode().splitlines()]
    return events, made


def main():
    bindir, splits = sys.argv[1], sys.argv[2:]
    sources = [json.loads(l) for l in open(os.path.join(HERE, "sources.jsonl"), encoding="utf-8")]
    meetings = {m["meeting"]: m for m in
                (json.loads(l) for l in open(os.path.join(HERE, "meetings.jsonl"), encoding="utf-8"))}
    real = {s["id"]: s["meeting"] for s in sources}
    files = [os.path.join(HERE, "articles", s["id"] + ".txt") for s in sources]
    measure(splits, sources, meetings, real, run(bindir, files), "")
    # as a harvest in JSON Lines gives them: each report with its url
    records = "".join(json.dumps({"id": s["id"], "url": s["url"], "text": open(f, encoding="utf-8").read()},
                                 ensure_ascii=False) + "\n" for s, f in zip(sources, files))
    measure(splits, sources, meetings, real, run(bindir, files, records.encode()), " with url")


def measure(splits, sources, meetings, real, run_result, mode):
    events, made = run_result
    # a document's id is its file's name, with ":N" for a second piece
    countries = {m: {p["country"] for p in v["participants"]} for m, v in meetings.items()}

    def own(e):
        r = real.get(e["doc"].split(":")[0])
        return r is not None and countries[r] <= {p.get("country") for p in e["participants"]}

    def own_meeting(mt):
        """The real meetings a made meeting is of: those of its reports
        whose countries its participants' include."""
        have = {p.get("country") for p in mt["participants"]}
        return {r for r in (real.get(d.split(":")[0]) for d in mt["docs"]) if r and countries[r] <= have}

    def any_meeting(mt):
        return {real.get(d.split(":")[0]) for d in mt["docs"]} - {None}

    own_docs = {e["doc"].split(":")[0] for e in events if own(e)}
    report(splits, meetings, sources, made, own_docs, own_meeting, mode)
    if not mode:
        every = {e["doc"].split(":")[0] for e in events}
        report(splits, meetings, sources, made, every, any_meeting, " every event")


def report(splits, meetings, sources, made, with_event, of, label):
    """with_event: the reports counted as giving an event; of(made
    meeting): the real meetings it holds."""
    reals_of = [of(mt) for mt in made]
    for sp in splits:
        ids = {m for m, v in meetings.items() if v["split"] == sp}
        holders = {m: set() for m in ids}
        merges = 0
        for k, reals in enumerate(reals_of):
            for r in reals & ids:
                holders[r].add(k)
            if len(reals) > 1 and reals & ids:
                merges += 1
        one = sum(1 for m in ids if len(holders[m]) == 1 and reals_of[next(iter(holders[m]))] == {m})
        reports = [s["id"] for s in sources if s["meeting"] in ids]
        no_event = sum(1 for r in reports if r not in with_event)
        n = len(ids)
        total = sum(len(h) for h in holders.values())
        print(f"{sp}{label}: {n} real meetings, {len(reports)} reports: made {total / n:.2f} a meeting, "
              f"one {one}/{n} ({one / n:.2f}), extra {sum(max(len(h) - 1, 0) for h in holders.values()) / n:.2f}, "
              f"merges {merges}, reports with no event{' of their meeting' if 'every' not in label else ''} {no_event}")
        print(f"syndication {sp}{label.replace(' ', '_')}: made={total / n:.3f} one={one / n:.3f} "
              f"extra={sum(max(len(h) - 1, 0) for h in holders.values()) / n:.3f} merges={merges} no_event={no_event}")


main()
