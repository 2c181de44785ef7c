#!/usr/bin/env python3
"""Stories of 2 near-copy articles of ~250 KB each (normal 15-word sentences).
usage: bigarts.py N WORDS OUT.jsonl"""
import json, random, sys
n, W, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(4)
V = ["w%d" % i for i in range(50000)]
with open(out, "w") as f:
    for st in range(n // 2):
        ws = [r.choice(V) for _ in range(W)]
        for k in range(2):
            w = list(ws)
            if k:
                for _ in range(W // 40): w[r.randrange(W)] = r.choice(V)
            t = " ".join(" ".join(w[i:i+15]).capitalize() + "." for i in range(0, W, 15))
            f.write(json.dumps(dict(id="a%d_%d" % (st, k), text=t, published="2024-01-0%d" % (1 + k), source="Outlet %d" % k)) + "\n")
