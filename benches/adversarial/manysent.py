#!/usr/bin/env python3
"""Stories of 2 articles; each article = S short sentences of W words (story-specific words);
the second article has the same sentences shuffled, word order within each reversed, so the
pair shares rare words (rare-feature candidate) but no verbatim run.
usage: manysent.py N_ARTICLES S W OUT.jsonl [K articles per story, default 2]"""
import json, random, sys
n, S, W, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
K = int(sys.argv[5]) if len(sys.argv) > 5 else 2
r = random.Random(5)
with open(out, "w") as f:
    for st in range(n // K):
        sents = [["s%dx%d" % (st, r.randrange(10 * S)) for _ in range(W)] for _ in range(S)]
        a = " ".join(" ".join(s).capitalize() + "." for s in sents)
        f.write(json.dumps(dict(id="a%d" % st, text=a, published="2024-01-01", source="Outlet A")) + "\n")
        for k in range(1, K):
            sh = list(sents); r.shuffle(sh)
            b = " ".join(" ".join(reversed(s)).capitalize() + "." for s in sh)
            f.write(json.dumps(dict(id="b%d_%d" % (st, k), text=b, published="2024-01-%02d" % (1 + k), source="Outlet %d" % k)) + "\n")
