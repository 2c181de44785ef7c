#!/usr/bin/env python3
"""A three-level family whose grandparent is long: G = 300 sentences then filler up to T bytes;
R (a day later) = G's first 300 sentences followed by D sentences of its own (a derivative of G);
D children (two days later), child k = R's own sentence k plus one sentence of its own (a
derivative of R that shares nothing with G, so the rare-feature index never pairs it with G and
the tree stage measures each (child, G) pair as a family pair).
usage: family.py D T OUT.jsonl"""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_gen import *
D, T, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(13)
gs = [usentence(r, 20) for _ in range(250)]
g = " ".join(gs)
fill = []
size = len(g)
while size < T:
    p = usentence(r, 20); fill.append(p); size += len(p) + 1
G = g + "\n\n" + " ".join(fill)
own = [usentence(r, 10) for _ in range(D)]
R = g + "\n\n" + " ".join(own)
rows = [dict(id="G", text=G, published="2024-01-01", source="Outlet G"),
        dict(id="R", text=R, published="2024-01-02", source="Outlet R")]
for k in range(D):
    rows.append(dict(id="c%d" % k, text=own[k] + " " + usentence(r, 20), published="2024-01-03", source="Outlet %d" % k))
write(out, rows)
