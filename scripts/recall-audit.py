#!/usr/bin/env python3
"""Recall audit over a corpus dump (scripts/corpus-dump.ts): every sentence with a pledge cue and a
party-like subject that no trackable item (commitment/directive) overlaps, and sentences whose
trackable items are fewer than their separately pledged verbs (a split candidate).
   python3 scripts/recall-audit.py DUMP.jsonl [--split] [--tsv OUT.tsv]"""
import json, re, sys, random

CUE = re.compile(r"""\b(will|shall|would|commit(?:s|ted|ting|ment|ments)?|pledge[sd]?|resolve[sd]?|intends?|intention|plans?\s+to|planning\s+to|aims?\s+to|aiming\s+to|determined\s+to|determination|decided?\s+to|agreed?\s+to|agree\s+on|seeks?\s+to|seeking\s+to|(?:are|is)\s+working\s+to|work(?:ing)?\s+together\s+to|look(?:s|ed|ing)?\s+forward\s+to\s+\w+ing|undertakes?|endeavou?r|strive|must|going\s+to|ready\s+to|prepared\s+to|willing(?:ness)?\s+to|continue\s+to|are\s+(?:taking|launching|establishing|announcing)|launch(?:es|ed)?|establish(?:es|ed)?)\b""", re.I)
PARTY = re.compile(r"""\b(we|our|us|leaders?|ministers?|heads\s+of|both\s+(?:sides|countries|governments|nations|leaders|presidents|parties)|the\s+two\s+(?:sides|countries|governments|nations|leaders|presidents|ministers|parties)|the\s+parties|participants|partners|members|together|the\s+united\s+states|u\.s\.|the\s+president|president\s+\w+|prime\s+minister|secretary|g7|g20|quad|nato|asean|aukus|the\s+eu|european\s+union)\b""", re.I)
TRACK = {"commitment", "directive"}

def party_names(parties):
    out = []
    for p in parties or []:
        name = p if isinstance(p, str) else p.get("name", "")
        if name: out.append(re.escape(name))
    return re.compile(r"\b(" + "|".join(out) + r")\b", re.I) if out else None

def main():
    args = sys.argv[1:]
    split = "--split" in args
    tsv = args[args.index("--tsv") + 1] if "--tsv" in args else None
    rows = []
    for line in open(args[0]):
        d = json.loads(line)
        pn = party_names(d.get("parties"))
        tr = [i for i in d["items"] if i["type"] in TRACK]
        for s in d["sentences"]:
            t = s["text"]
            if len(t) < 25: continue
            over = [i for i in tr if i["start"] < s["end"] and i["end"] > s["start"]]
            others = [i for i in d["items"] if i["type"] not in TRACK and i["start"] < s["end"] and i["end"] > s["start"]]
            cues = CUE.findall(t)
            if not cues: continue
            party = PARTY.search(t) or (pn and pn.search(t))
            if not party: continue
            fname = d["file"].rsplit("/", 1)[-1]
            if not over and not split:
                rows.append((fname, s["p"], ",".join(sorted(set(c.lower() for c in cues)))[:40], "|".join(i["type"][:3] for i in others), t.replace("\t", " ").replace("\n", " ")))
            if over and split:
                n_modal = len(re.findall(r"\b(will|shall|would)\b", t, re.I)) + len(re.findall(r";\s*(?:and\s+)?(?:to\s+)?\w+", t))
                if n_modal > len(over):
                    rows.append((fname, s["p"], f"{len(over)} items/{n_modal} cues", "", t.replace("\t", " ").replace("\n", " ")))
    files = len(set(r[0] for r in rows))
    print(f"{len(rows)} sentences in {files} documents", file=sys.stderr)
    if tsv:
        with open(tsv, "w") as f:
            for r in rows: f.write("\t".join(str(x) for x in r) + "\n")

main()
