#!/usr/bin/env python3
"""Adversarial corpora for wiretrace (seventeenth session, second hunt). usage: gen.py MODE N OUT [args]"""
import json, random, sys, os, gzip
R = random.Random(7)
VOC = ["w%x" % i for i in range(60000)]
def words(k, voc=VOC): return [R.choice(voc) for _ in range(k)]
def text(nsent, wps=12, voc=VOC):
    return " ".join(" ".join(words(wps, voc)).capitalize() + "." for _ in range(nsent))
def dump(out, recs):
    op = gzip.open if out.endswith(".gz") else open
    with op(out, "wt") as f:
        for r in recs: f.write(json.dumps(r) + "\n")

mode, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
arg = sys.argv[4:]
if mode == "tiny":            # n articles of 10 words
    dump(out, ({"id": "t%d" % i, "text": " ".join(words(10)) + "."} for i in range(n)))
elif mode == "extra":         # n articles (~40 sentences) each with F pass-through fields
    F = int(arg[0]) if arg else 200
    def rec(i):
        r = {"id": "e%d" % i, "text": text(4)}
        for j in range(F): r["x%d" % j] = (j if j % 3 == 0 else ("v%d" % j if j % 3 == 1 else [j, {"k": j}]))
        return r
    dump(out, (rec(i) for i in range(n)))
elif mode == "longmeta":      # long title/url/id (L bytes each)
    L = int(arg[0]) if arg else 20000
    dump(out, ({"id": "m%d-" % i + "i" * L, "title": "T%d " % i + "title " * (L // 6),
                "url": "https://ex.com/2024/01/02/%d/" % i + "p" * L, "source": "S%d" % (i % 50),
                "text": text(5)} for i in range(n)))
elif mode == "refs":          # K references per article
    K = int(arg[0]) if arg else 2000
    dump(out, ({"id": "r%d" % i, "text": text(5),
                "references": ["https://ex%d.com/a/%d/%d" % (i % 97, i, j) for j in range(K)]} for i in range(n)))
elif mode == "sources":       # every article a distinct outlet, short texts, some near copies
    def rec(i):
        return {"id": "s%d" % i, "source": "Outlet %d" % i, "published": "2024-01-%02d" % (1 + i % 28), "text": text(3)}
    dump(out, (rec(i) for i in range(n)))
elif mode == "dupids":        # all articles id "a"; plus ids "a#2".."a#K" present
    K = int(arg[0]) if arg else 0
    recs = [{"id": "a", "text": text(3)} for i in range(n)] + [{"id": "a#%d" % k, "text": text(3)} for k in range(2, K + 2)]
    dump(out, recs)
elif mode == "dfnear":        # stories of C near copies; each word ~in df articles (below df-cap)
    # n articles, vocabulary size such that each word occurs in ~df articles
    C, df, L = int(arg[0]), int(arg[1]), int(arg[2])   # copies per story, target df, words per article
    nst = n // C
    vsize = max(1, nst * L // df)   # each story distinct-word slots L -> each word in ~df stories
    # but each story is C copies, so word df is C*df/C... we aim words in df/C stories
    vsize = max(1, nst * L * C // df)
    voc = ["d%x" % i for i in range(vsize)]
    def recs():
        for s in range(nst):
            base = [R.choice(voc) for _ in range(L)]
            for c in range(C):
                t = base[:]
                for _ in range(L // 20): t[R.randrange(L)] = R.choice(voc)
                yield {"id": "n%d_%d" % (s, c), "published": "2024-01-%02d" % (1 + c), "source": "O%d" % c,
                       "text": " ".join(" ".join(t[k:k+14]).capitalize() + "." for k in range(0, L, 14))}
    dump(out, recs())
elif mode == "txtdir":        # n tiny .txt files in a dir, depth D nested
    D = int(arg[0]) if arg else 1
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        d = out
        if D > 1:
            d = os.path.join(out, *["d%d" % ((i // (n // D + 1)) if k == 0 else k) for k in range(D)])
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "f%d.txt" % i), "w").write(text(2) + "\n")
elif mode == "jsonarray":     # convert jsonl (arg0) to one .json array file
    with open(arg[0]) as f, open(out, "w") as o:
        o.write("["); first = True
        for line in f:
            if not first: o.write(",")
            o.write(line.strip()); first = False
        o.write("]")
else:
    sys.exit("unknown mode")
