#!/usr/bin/env python3
"""A story that fills a large share of the corpus (a dump filtered to one event, a wire story run
by hundreds of outlets): adds K articles built from one original of a generated corpus, and
scores where they end up.

  wiretrace generate --originals 200 --seed 5 --out bg.jsonl --truth bg-truth.jsonl
  benches/dominance.py build bg.jsonl bg-truth.jsonl 400 derived dom.jsonl   # also dom-truth.jsonl
  wiretrace run dom.jsonl --out dom-out -q
  wiretrace eval --truth dom-truth.jsonl --pred dom-out/articles.jsonl
  benches/dominance.py score dom-out/articles.jsonl dom-truth.jsonl

Two more corpora, of one text only (words `w0` to `w49999`, 50 outlets, dated over 28 days):

  benches/dominance.py copies 20000 giant.jsonl     # near copies: ten of 500 words changed
  benches/dominance.py prefixes 200 prefixes.jsonl  # a 100- to 400-word prefix, 300 words of its own

MIX says what the K articles are: `derived` (each keeps the first 35-70% of the original's
paragraphs and adds three paragraphs of its own: words of other articles, shuffled), `mixed`
(20% exact copies, 30% near copies with a word in 40 changed and a line of outlet boilerplate,
50% derived) or `synd` (45% exact, 45% near, 10% derived). Dated one to three days after the
original, from 60 outlets. `score` counts, by true relation, the added articles inside the
original's tree and those elsewhere (by their predicted relation). Deterministic.
"""
import json
import random
from datetime import datetime, timedelta
import sys
from collections import Counter

MIXES = {"derived": (0.0, 0.0), "mixed": (0.2, 0.3), "synd": (0.45, 0.45)}


def build(bg, bg_truth, k, mix, out):
    r = random.Random(11)
    arts = [json.loads(l) for l in open(bg)]
    truth = [json.loads(l) for l in open(bg_truth)]
    by_id = {a["id"]: a for a in arts}
    originals = [t["id"] for t in truth if t["relation"] == "original"]
    o = by_id[originals[len(originals) // 2]]
    paras = o["text"].split("\n\n")
    others = [a for a in arts if a["id"] != o["id"]]
    outlets = ["Outlet %d News" % i for i in range(60)]
    exact, near = MIXES[mix]
    new, new_truth = [], []
    for i in range(k):
        x = r.random()
        src = r.choice(outlets)
        if x < exact:
            text, rel = o["text"], "exact_duplicate"
        elif x < exact + near:
            words = o["text"].split(" ")
            for _ in range(len(words) // 40):
                words[r.randrange(len(words))] = r.choice(["said", "new", "major", "local", "early"])
            text, rel = " ".join(words) + "\n\nRead more at %s." % src, "near_duplicate"
        else:
            take = max(2, int(len(paras) * r.uniform(0.35, 0.7)))
            own = []
            for _ in range(3):
                p = r.choice(r.choice(others)["text"].split("\n\n")).split(" ")
                r.shuffle(p)
                own.append(" ".join(p))
            text, rel = "\n\n".join(paras[:take] + own), "derivative"
        when = datetime.fromisoformat(o["published"].replace("Z", "+00:00"))
        pub = (when + timedelta(days=1 + r.randrange(3))).strftime("%Y-%m-%dT%H:%M:%SZ")
        aid = "dom%05d" % i
        new.append({"id": aid, "source": src, "published": pub, "title": o.get("title"), "text": text})
        new_truth.append({"id": aid, "cluster": o["id"], "parent": o["id"], "relation": rel})
    with open(out, "w") as f:
        for a in arts + new:
            f.write(json.dumps(a) + "\n")
    with open(out.replace(".jsonl", "-truth.jsonl"), "w") as f:
        for t in truth + new_truth:
            f.write(json.dumps(t) + "\n")


def score(pred_path, truth_path):
    pred = {json.loads(l)["id"]: json.loads(l) for l in open(pred_path)}
    truth = {json.loads(l)["id"]: json.loads(l) for l in open(truth_path)}
    added = [t for i, t in truth.items() if i.startswith("dom")]
    o = added[0]["parent"]
    c = Counter()
    for t in added:
        p = pred[t["id"]]
        inside = p["parent"] is not None and p["cluster"] == pred[o]["cluster"]
        c[(t["relation"], "in the original's tree" if inside else "elsewhere, " + p["relation"])] += 1
    for (rel, where), n in sorted(c.items()):
        print("%s\t%s\t%d" % (rel, where, n))


def one_text(mode, n, out):
    r = random.Random(7)
    vocab = ["w%d" % i for i in range(50000)]
    base = [r.choice(vocab) for _ in range(500)]
    with open(out, "w") as f:
        for i in range(n):
            if mode == "copies":
                t = list(base)
                for _ in range(10):
                    t[r.randrange(500)] = r.choice(vocab)
            else:
                k = r.randrange(100, 400)
                t = base[:k] + [r.choice(vocab) for _ in range(300)]
            row = {"id": "a%d" % i, "text": " ".join(t) + ".", "published": "2024-01-%02d" % (1 + i % 28),
                   "source": "outlet%d" % (i % 50)}
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6])
    elif len(sys.argv) == 4 and sys.argv[1] in ("copies", "prefixes"):
        one_text(sys.argv[1], int(sys.argv[2]), sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
