#!/usr/bin/env python3
"""Truth/pred file for eval: a parent chain of N/2 articles (a0 <- a1 <- ... ids sort so the walk
starts at the deep end) then N/2 articles alone. usage: evalchain.py N OUT.jsonl [cycle]"""
import sys, json
n, out = int(sys.argv[1]), sys.argv[2]
cyc = len(sys.argv) > 3
h = n // 2
with open(out, "w") as f:
    for i in range(h):
        # a0000000 has parent a0000001 ... ; the last one is root (or closes a cycle)
        p = "a%08d" % (i + 1) if i + 1 < h else ("a%08d" % 0 if cyc else None)
        f.write(json.dumps(dict(id="a%08d" % i, parent=p, relation="derivative" if p else "original")) + "\n")
    for i in range(h):
        f.write(json.dumps(dict(id="b%08d" % i, parent=None, relation="original")) + "\n")
