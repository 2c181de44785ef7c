#!/usr/bin/env python3
"""Every word has document frequency ~D (just under --df-cap 64): vocabulary scaled with n.
usage: dfcap.py N W D OUT.jsonl   (W words per article, sentences of 15 words)"""
import json, random, sys
n, W, D, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
r = random.Random(9)
V = max(1, n * W // D)
with open(out, "w") as f:
    for i in range(n):
        ws = ["v%d" % r.randrange(V) for _ in range(W)]
        t = " ".join(" ".join(ws[k:k+15]).capitalize() + "." for k in range(0, W, 15))
        f.write(json.dumps(dict(id="a%d" % i, text=t, published="2024-01-%02d" % (1 + i % 28), source="Outlet %d" % (i % 50))) + "\n")
