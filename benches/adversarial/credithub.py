#!/usr/bin/env python3
"""n small articles, each from its own outlet (distinct `source` names), plus one 'press review'
that credits every one of them ("according to Kxyz Tribune, ...") in one long sentence.
usage: credithub.py N OUT.jsonl [nodot]   (nodot: no full stops at all in the hub)"""
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
nodot = len(sys.argv) > 3
r = random.Random(2)
V = ["w%d" % i for i in range(50000)]
def name(k):
    s = ""
    k += 26 * 26
    while k: s += chr(97 + k % 26); k //= 26
    return s.capitalize() + " Tribune"
with open(out, "w") as f:
    for i in range(n):
        t = " ".join(" ".join(r.choice(V) for _ in range(15)).capitalize() + "." for _ in range(6))
        f.write(json.dumps(dict(id="s%d" % i, text=t, published="2024-01-01", source=name(i))) + "\n")
    sep = ", " if nodot else ". "
    hub = sep.join(("according to %s the %s rose" if nodot else "According to %s the %s rose") % (name(i), r.choice(V)) for i in range(n))
    f.write(json.dumps(dict(id="hub", text=hub, published="2024-01-03", source="Press Review")) + "\n")
