#!/usr/bin/env python3
"""A pair for `wiretrace explain A B FILE`: A = S sentences of 12 words (non-ASCII: one word per
sentence carries an accent); B = the same sentences, each followed by 14 new words, so every
sentence is a separate verbatim passage (S passages). TAIL extra bytes of ASCII filler are
appended to both texts after the compared prefix when TAIL > 0 (then the words are ASCII too).
usage: explainpair.py S TAIL OUT.jsonl"""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_gen import *
S, tail, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(11)
acc = tail == 0
sents = []
for _ in range(S):
    ws = [word(r) for _ in range(12)]
    if acc: ws[5] = ws[5] + "é"
    sents.append(" ".join(ws).capitalize() + ".")
a = " ".join(sents)
b = " ".join(s + " " + " ".join(word(r) for _ in range(14)) for s in sents)
if tail:
    filler = "\n\n" + " ".join(word(r) for _ in range(tail // 7))
    a += filler; b += filler
rows = [dict(id="A", text=a, published="2024-01-01", source="Outlet A"),
        dict(id="B", text=b, published="2024-01-02", source="Outlet B")]
rows += [dict(id="f%d" % k, text=para(r, 5), source="F") for k in range(50)]
write(out, rows)
