#!/usr/bin/env python3
"""Pairs of articles made of one 4-word sentence repeated S times; the pair's second article has
the words in reverse order (shared rare words, no verbatim run).
usage: repeated.py N_ARTICLES S OUT.jsonl"""
import json, sys
n, S, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(out, "w") as f:
    for p in range(n // 2):
        w = ["r%dx%d" % (p, k) for k in range(4)]
        for k, ws in enumerate([w, w[::-1]]):
            t = " ".join([" ".join(ws).capitalize() + "."] * S)
            f.write(json.dumps(dict(id="p%d_%d" % (p, k), text=t, published="2024-01-0%d" % (1 + k), source="Outlet %d" % k)) + "\n")
