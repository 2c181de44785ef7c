#!/usr/bin/env python3
"""300 near copies of one long text (the first K generated originals joined), each from its own
outlet: a story that fills the corpus, so its words are all common, no verbatim seed is rare
enough and every sentence goes to sentence alignment (align stage: sentences times sentences per
pair, bounded by the 256 KiB compared prefix).
usage: wiretrace generate --originals 100 --seed 7 --out g.jsonl --truth t.jsonl
       longcopies.py K g.jsonl t.jsonl OUT.jsonl"""
import json, random, sys

K, src, truth, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
r = random.Random(42)
with open(truth) as f:
    roots = {d["id"] for d in map(json.loads, f) if d["parent"] is None}
with open(src) as f:
    base = "\n\n".join([d["text"] for d in map(json.loads, f) if d["id"] in roots][:K])
with open(out, "w") as f:
    for i in range(300):
        w = base.split(" ")
        for _ in range(max(1, len(base) // 500)):
            w[r.randrange(len(w))] = "zq%d" % r.randrange(10**9)
        f.write(json.dumps(dict(id="a%03d" % i, source="Outlet %d" % i, text=" ".join(w),
                                published="2024-03-%02dT12:00:00Z" % (1 + i % 28))) + "\n")
