#!/usr/bin/env python3
"""Per-language scoring of a wiretrace run against truth.jsonl (beside this folder).

usage: report.py BIN OUTDIR [TRUTH [CORPUS]]
Prints `BIN eval` for the whole corpus and for each language's articles (eval scores over the
articles of the truth file it is given, so a per-language figure counts a link to an article of
another language as wrong), then per language every false link (child, parent given, true
parent), every missed link (a true parent, none given) and every correct link with a wrong
relation; then, per language, every credit phrase of the truth (`credit`, `credit_also`) and
whether wiretrace read it: the credits `BIN explain` lists for the article (outlet slug and the
sentence it read), and the attribution on the article's edge in edges.csv.
"""
import csv, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from lang_report import score_by_language  # noqa: E402

LANGS = ["de", "fr", "es", "it", "pt", "ru"]


def main():
    bin_, outdir = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    truth_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "truth.jsonl")
    corpus_path = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "corpus.jsonl")
    truth, pred = score_by_language(
        bin_, truth_path, os.path.join(outdir, "articles.jsonl"), LANGS)
    credits_report(bin_, outdir, truth, pred, corpus_path)


CREDIT_LINE = re.compile(r"^A credits (\S+) \((\w+)\): (.*)$")


def credits_of(bin_, corpus_path, id_, other):
    """The credits `explain` lists for article `id_` (explained against `other`)."""
    r = subprocess.run([bin_, "explain", id_, other, corpus_path], capture_output=True, text=True)
    out = []
    for line in r.stdout.splitlines():
        m = CREDIT_LINE.match(line)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
    return out


def credits_report(bin_, outdir, truth, pred, corpus_path):
    edges = {}
    with open(os.path.join(outdir, "edges.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            edges[row["child"]] = row
    missed_all = {}
    for lang in LANGS:
        rows = [t for t in truth.values() if t.get("lang") == lang and t.get("credit")]
        if not rows:
            continue
        print(f"\n== {lang}: credits ({len(rows)} articles)")
        missed = []
        for t in rows:
            id_ = t["id"]
            parent = t.get("parent") or ""
            other = parent if parent and not parent.startswith("external:") else f"{lang}-01"
            if other == id_:
                other = f"{lang}-02"
            found = credits_of(bin_, corpus_path, id_, other)
            e = edges.get(id_, {})
            given = pred.get(id_, {}).get("parent")
            print(f"  {id_:<14} credits {t['credited']!r} (parent given: {given})")
            for phrase in [t["credit"], *t.get("credit_also", [])]:
                hit = [(o, k) for o, k, ev in found if phrase in ev]
                mark = "read " + ", ".join(f"{o}" for o, _ in hit) if hit else "NOT READ"
                if not hit:
                    missed.append((id_, phrase))
                print(f"      {mark:<22} {phrase!r}")
            others = [f"{o}: {ev[:70]}" for o, k, ev in found
                      if not any(p in ev for p in [t["credit"], *t.get("credit_also", [])])]
            for o in others:
                print(f"      (also credits {o})")
            if e.get("attribution"):
                print(f"      edge attribution: {e['attribution'][:90]}")
        missed_all[lang] = missed
    print("\ncredit phrases not read:")
    for lang, missed in missed_all.items():
        print(f"  {lang} ({len(missed)}): " + "; ".join(repr(p) for _, p in missed))


if __name__ == "__main__":
    main()
