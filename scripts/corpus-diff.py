#!/usr/bin/env python3
"""Trackable items added, dropped or changed between two corpus dumps (scripts/corpus-dump.ts).
   python3 scripts/corpus-diff.py BEFORE.jsonl AFTER.jsonl"""
import json, sys

TRACK = {"commitment", "directive"}

def load(path):
    out = {}
    for line in open(path):
        d = json.loads(line)
        out[d["file"]] = {(i["start"], i["end"]): i for i in d["items"] if i["type"] in TRACK}
    return out

before, after = load(sys.argv[1]), load(sys.argv[2])
added = dropped = changed = 0
for f in sorted(after):
    b, a = before.get(f, {}), after[f]
    name = f.rsplit("/", 1)[-1][:60]
    for k in sorted(set(a) | set(b)):
        x, y = b.get(k), a.get(k)
        if x and y:
            if x["actors"] != y["actors"] or x["type"] != y["type"]:
                changed += 1
                print(f"~ {name} {x['type']}->{y['type']} {x['actors']}->{y['actors']} :: {y['text'][:200]}")
            continue
        if y:
            overl = [v for kk, v in b.items() if kk[0] < k[1] and k[0] < kk[1]]
            tag = "= " if overl else "+ "
            if overl: changed += 1
            else: added += 1
            print(f"{tag}{name} {y['type']} [{y['rule']}] {y['actors']} :: {y['text'][:240]}" + (f"\n     was: {overl[0]['text'][:200]}" if overl else ""))
        else:
            if any(kk[0] < k[1] and k[0] < kk[1] for kk in a): continue
            dropped += 1
            print(f"- {name} {x['type']} [{x['rule']}] :: {x['text'][:240]}")
print(f"added {added} dropped {dropped} changed {changed}", file=sys.stderr)
