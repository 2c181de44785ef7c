#!/usr/bin/env python3
"""Stories of 2 articles; each article = S distinct sentences of 3 story words and one word
common to every sentence ("said"); the second article has them shuffled, word order within each
reversed, so every sentence of one shares a word with every sentence of the other.
usage: common.py N_ARTICLES S OUT.jsonl"""
import json, random, sys
n, S, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
r = random.Random(5)
with open(out, "w") as f:
    for st in range(n // 2):
        sents = [["s%dx%d" % (st, r.randrange(10 * S)) for _ in range(3)] + ["said"] for _ in range(S)]
        a = " ".join(" ".join(s).capitalize() + "." for s in sents)
        f.write(json.dumps(dict(id="a%d" % st, text=a, published="2024-01-01", source="Outlet A")) + "\n")
        sh = list(sents)
        r.shuffle(sh)
        b = " ".join(" ".join(reversed(s)).capitalize() + "." for s in sh)
        f.write(json.dumps(dict(id="b%d" % st, text=b, published="2024-01-02", source="Outlet B")) + "\n")
