#!/usr/bin/env python3
"""N near copies of one generated article, each the one before with 10 words changed and dated a
minute later: one tree as deep as the corpus is large (nineteenth session: `cleaned.jsonl` was
quadratic in that depth; the write stage and peak memory, which the largest tree's
`provenance.json` record sets).
usage: wiretrace generate --originals 10 --seed 7 --out g.jsonl --truth t.jsonl
       nearchain.py N g.jsonl OUT.jsonl"""
import datetime, json, random, sys

n, src, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
r = random.Random(42)
with open(src) as f:
    w = json.loads(f.readline())["text"].split(" ")
t0 = datetime.datetime(2024, 1, 1)
with open(out, "w") as f:
    for i in range(n):
        for _ in range(10):
            w[r.randrange(len(w))] = "zq%d" % r.randrange(10**9)
        when = (t0 + datetime.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:00Z")
        f.write(json.dumps(dict(id="a%06d" % i, source="Outlet %d" % (i % 50),
                                text=" ".join(w), published=when)) + "\n")
