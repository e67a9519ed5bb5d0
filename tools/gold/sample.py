#!/usr/bin/env python3
"""Draws Dyad's gold sentences from the BBC news corpus: a seeded, reproducible sample.

Usage: tools/gold/sample.py DATA_ROOT [--seed N] > sample.jsonl
DATA_ROOT is ../shared/data/bbc-news-fulltext (it holds bbc/politics, bbc/business...).

Articles: every politics story, plus business stories that name a foreign or international actor
together with a political word (government, minister, EU, WTO...). The articles are shuffled with
the seed; the first POLITICS politics and BUSINESS business articles are used. From each, three
sentences: one drawn among sentences that name a political actor (the stratum likely to hold an
event), one drawn among all the article's other sentences, and one (from a second random stream seeded
with seed + 1) among the remaining sentences that name an actor and an act word (accuse, urge,
meet, sign, arrest...), so that more of the set holds events. The title line is never drawn.

Output: one JSON object per sentence with the article path (relative to DATA_ROOT), the character
offsets of the sentence in the file text (Python str offsets = Java char offsets for this BMP-only
corpus), the stratum, and the first 12 hex of the SHA-1 of the sentence with whitespace folded.
The sentence text itself is printed only to stdout for coding; it is never committed.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

POLITICS = 120
BUSINESS = 45
MIN_WORDS = 5

ACTOR_CUE = re.compile(
    r"\b(government|ministers?|secretary|chancellor|Tor(y|ies)|Conservatives?|Labour|Lib Dems?|"
    r"Liberal Democrats?|UKIP|SNP|Plaid|MPs?|peers|Lords|Commons|parliament|police|courts?|judges?|"
    r"unions?|TUC|EU|UN|Nato|NATO|WTO|IMF|G8|party|Blair|Brown|Howard|Kennedy|Downing Street|"
    r"president|Bush|US|America|China|France|Germany|Iraq|Iran|Russia|Europe|European|Washington|"
    r"Brussels|Israel|India|Japan|Africa|Zimbabwe|Sudan|Afghanistan|Syria|officials?|campaigners|"
    r"protesters|commission|regulator|council|army|troops)\b")
FOREIGN = re.compile(
    r"\b(China|Chinese|India|Indian|Russia|Russian|Japan|Japanese|France|French|Germany|German|EU|"
    r"European|US|American|Iraq|Iran|Brazil|Mexico|Africa|African|Israel|Ukraine|Venezuela|Nigeria|"
    r"WTO|IMF|Opec|OPEC|G8|G7)\b")
# Verbs and nouns of acts between actors: the third stratum, where most events are.
ACT_CUE = re.compile(
    r"\b(accus\w*|criticis\w*|attack\w*|condemn\w*|urg\w*|call(ed|s)? (on|for)|reject\w*|warn\w*|"
    r"threat\w*|demand\w*|met|meet\w*|talks|agree\w*|sign\w*|su(e|ed|ing)|arrest\w*|ban\w*|"
    r"back(s|ed|ing)?|prais\w*|welcom\w*|oppos\w*|protest\w*|strike|deni\w*|den(y|ies)|refus\w*|"
    r"promis\w*|pledg\w*|invit\w*|visit\w*|sanction\w*|investigat\w*|charg\w*|releas\w*)\b")
POLITICAL = re.compile(r"\b(government|minister|president|sanctions?|tariffs?|WTO|EU|regulators?|"
                       r"court|ban|talks|parliament)\b")
# "Mr." and friends do not end a sentence; BBC style writes them without a dot anyway.
ABBREV = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rev|No|vs|Co|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|"
                    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|e\.g|i\.e)\.$")
BOUNDARY = re.compile(r'[.!?]["\u201d\']?(?=\s+["\u201c\']?[A-Z0-9])')


def sentences(text):
    """(start, end) of each sentence after the first line, split at paragraph and sentence ends."""
    body_start = text.find("\n") + 1 if "\n" in text else len(text)
    for para in re.finditer(r"[^\n]+", text[body_start:]):
        p0 = body_start + para.start()
        ptext = para.group()
        start = 0
        for m in BOUNDARY.finditer(ptext):
            end = m.end()
            if ABBREV.search(ptext[:end]):
                continue
            yield from trimmed(ptext, p0, start, end)
            start = end
        yield from trimmed(ptext, p0, start, len(ptext))


def trimmed(ptext, p0, start, end):
    piece = ptext[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if len(piece.split()) >= MIN_WORDS:
        yield (p0 + start + lead, p0 + start + lead + len(piece))


def fold(s):
    return " ".join(s.split())


def sha(s):
    return hashlib.sha1(fold(s).encode("utf-8")).hexdigest()[:12]


def read(path):
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--seed", type=int, default=20261205)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    act_rng = random.Random(a.seed + 1)  # its own stream, so the first two strata do not move
    pol = sorted(f"bbc/politics/{n}" for n in os.listdir(os.path.join(a.root, "bbc/politics")) if n.endswith(".txt"))
    bus = []
    for n in sorted(os.listdir(os.path.join(a.root, "bbc/business"))):
        rel = f"bbc/business/{n}"
        t = read(os.path.join(a.root, rel))
        if n.endswith(".txt") and FOREIGN.search(t) and POLITICAL.search(t):
            bus.append(rel)
    rng.shuffle(pol)
    rng.shuffle(bus)
    out = []
    for rel in sorted(pol[:POLITICS]) + sorted(bus[:BUSINESS]):
        text = read(os.path.join(a.root, rel))
        spans = list(sentences(text))
        cue = [s for s in spans if ACTOR_CUE.search(text[s[0]:s[1]])]
        picked = []
        if cue:
            picked.append((rng.choice(cue), "actor"))
        rest = [s for s in spans if s not in [p[0] for p in picked]]
        if rest:
            picked.append((rng.choice(rest), "any"))
        acts = [s for s in spans if s not in [p[0] for p in picked]
                and ACTOR_CUE.search(text[s[0]:s[1]]) and ACT_CUE.search(text[s[0]:s[1]])]
        if acts:
            picked.append((act_rng.choice(acts), "act"))
        for (s, e), stratum in sorted(picked):
            out.append({"path": rel, "start": s, "end": e, "stratum": stratum, "sha1": sha(text[s:e]),
                        "text": fold(text[s:e])})
    for i, o in enumerate(out, 1):
        o = {"id": f"g{i:03d}", **o}
        print(json.dumps(o, ensure_ascii=False))
    print(f"{len(out)} sentences from {len(set(o['path'] for o in out))} articles, seed {a.seed}", file=sys.stderr)


if __name__ == "__main__":
    main()
