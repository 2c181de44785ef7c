#!/usr/bin/env python3
"""M unrelated articles each crediting Reuters (each a root -> its own external:reuters/k virtual
node) plus M unrelated articles whose ids are external:reuters, external:reuters/2, ...
usage: virtids.py M OUT.jsonl"""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_gen import *
m, out = int(sys.argv[1]), sys.argv[2]
r = random.Random(1)
rows = []
for i in range(m):
    rows.append(dict(id="c%d" % i, text=para(r, 4) + " The plan was announced on Monday, Reuters reported.",
                     published="2024-01-01", source="Outlet %d" % i))
for i in range(m):
    rows.append(dict(id="external:reuters" if i == 0 else "external:reuters/%d" % (i + 1),
                     text=para(r, 4), published="2024-01-01", source="Blog %d" % i))
write(out, rows)
