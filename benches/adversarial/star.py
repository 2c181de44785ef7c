#!/usr/bin/env python3
"""One long parent and D children that each copy a different paragraph of its compared prefix
(256 KB), so the forest is a star of D edges under a parent of T bytes (filler after the D
paragraphs). Children are dated a day later, each from its own outlet.
usage: star.py D T OUT.jsonl [nonascii]"""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_gen import *
D, T, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
na = len(sys.argv) > 4
r = random.Random(12)
def sent(k):
    ws = [word(r) for _ in range(k)]
    if na: ws[1] += "é"
    return " ".join(ws).capitalize() + "."
paras = [sent(20) + " " + sent(20) for _ in range(D)]
text = "\n\n".join(paras)
fill = []
size = len(text)
while size < T:
    p = sent(20); fill.append(p); size += len(p) + 2
parent = text + "\n\n" + "\n\n".join(fill)
rows = [dict(id="P", text=parent, published="2024-01-01", source="Outlet P")]
for k in range(D):
    rows.append(dict(id="c%d" % k, text=paras[k] + "\n\n" + sent(20) + " " + sent(20), published="2024-01-02", source="Outlet %d" % k))
write(out, rows)
