"""Per-language scoring of a wiretrace run on a language bench whose truth has credit phrases
and traps (benches/arabic-script, benches/more-latin: each one's src/report.py calls `main`).

usage: report.py BIN OUTDIR [TRUTH [CORPUS]]
Prints `BIN eval` for the whole corpus and for each language's articles (eval scores over the
articles of the truth file it is given, so a per-language figure counts a link to an article of
another language as wrong), then per language every false link (child, parent given, true
parent), every missed link and every correct link with a wrong relation
(`benches/lang_report.py`); then, per language, every credit phrase of the truth (`credit`,
`credit_also`) and whether wiretrace read it: the credits `BIN explain` lists for the article
(outlet slug and the sentence it read), and the attribution on the article's edge in
edges.csv; then every trap phrase of the truth (`trap`: looks like a credit, credits no source)
that a credit `explain` lists was read from, and every other credit `explain` lists that the
truth does not hold (`credit`, `credit_also`, `lead_credit`). As in benches/multilingual,
`explain` keeps one credit per outlet and kind, so a second phrase crediting the same outlet
shows as not read when the first one was.
"""
import csv, os, re, subprocess, sys

from lang_report import score_by_language

CREDIT_LINE = re.compile(r"^A credits (\S+) \((\w+)\): (.*)$")


def main(langs, here):
    """Runs the report for the bench in folder `here` (its truth.jsonl and corpus.jsonl by
    default), on the articles of `langs`, with the command line's BIN, OUTDIR and optional
    TRUTH and CORPUS."""
    global LANGS
    LANGS = langs
    bin_, outdir = sys.argv[1], sys.argv[2]
    truth_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "truth.jsonl")
    corpus_path = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "corpus.jsonl")
    truth, pred = score_by_language(
        bin_, truth_path, os.path.join(outdir, "articles.jsonl"), LANGS)
    credits_report(bin_, outdir, truth, pred, corpus_path)


def credits_of(bin_, corpus_path, id_, other):
    """The credits `explain` lists for article `id_` (explained against `other`)."""
    r = subprocess.run([bin_, "explain", id_, other, corpus_path], capture_output=True, text=True)
    out = []
    for line in r.stdout.splitlines():
        m = CREDIT_LINE.match(line)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
    return out


def other_of(t, lang):
    parent = t.get("parent") or ""
    other = parent if parent and not parent.startswith("external:") else f"{lang}-01"
    return f"{lang}-02" if other == t["id"] else other


def phrases_of(t):
    return [p for p in [t.get("credit"), *t.get("credit_also", []), t.get("lead_credit")] if p]


def credits_report(bin_, outdir, truth, pred, corpus_path):
    edges = {}
    with open(os.path.join(outdir, "edges.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            edges[row["child"]] = row
    found = {id_: credits_of(bin_, corpus_path, id_, other_of(t, t["lang"]))
             for id_, t in truth.items() if t.get("lang") in LANGS}
    missed_all, read_all, traps_all, extra_all = {}, {}, {}, {}
    for lang in LANGS:
        rows = [t for t in truth.values() if t.get("lang") == lang and t.get("credit")]
        print(f"\n== {lang}: credits ({len(rows)} articles)")
        missed, n_phrases = [], 0
        for t in rows:
            id_ = t["id"]
            given = pred.get(id_, {}).get("parent")
            slug = f", slug {t['credited_slug']}" if t.get("credited_slug") else ""
            print(f"  {id_:<14} credits {t['credited']!r}{slug} (parent given: {given})")
            for phrase in [t["credit"], *t.get("credit_also", [])]:
                n_phrases += 1
                hit = [o for o, k, ev in found[id_] if phrase in ev]
                mark = "read " + ", ".join(hit) if hit else "NOT READ"
                if not hit:
                    missed.append((id_, phrase))
                print(f"      {mark:<22} {phrase!r}")
            e = edges.get(id_, {})
            if e.get("attribution"):
                print(f"      edge attribution: {e['attribution'][:90]}")
        missed_all[lang] = missed
        read_all[lang] = (n_phrases - len(missed), n_phrases)

        print(f"\n== {lang}: traps (phrases that look like a credit and credit no source)")
        trap_hits, n_traps = [], 0
        for t in truth.values():
            if t.get("lang") != lang or not t.get("trap"):
                continue
            for phrase, like in zip(t["trap"], t["trap_looks_like"]):
                n_traps += 1
                hit = [o for o, k, ev in found[t["id"]] if phrase in ev]
                if hit:
                    trap_hits.append((t["id"], phrase, hit))
                    print(f"  READ AS CREDIT ({', '.join(hit)})  {t['id']:<14} {phrase!r}  [{like}]")
        print(f"  {len(trap_hits)} of {n_traps} trap occurrences read as a credit")
        traps_all[lang] = (len(trap_hits), n_traps)

        print(f"\n== {lang}: other credits read (not in the truth)")
        extra = []
        for t in truth.values():
            if t.get("lang") != lang:
                continue
            ph = phrases_of(t)
            for o, k, ev in found[t["id"]]:
                if not any(p in ev for p in ph):
                    extra.append((t["id"], o, ev))
                    print(f"  {t['id']:<14} credits {o} ({k}): {ev[:100]}")
        if not extra:
            print("  none")
        extra_all[lang] = len(extra)

    print("\ncredit phrases not read:")
    for lang, missed in missed_all.items():
        print(f"  {lang} ({len(missed)}): " + "; ".join(repr(p) for _, p in missed))
    print("\nsummary: credit phrases read, trap occurrences read as credits, other credits read")
    for lang in LANGS:
        r, n = read_all[lang]
        tr, tn = traps_all[lang]
        print(f"  {lang}: credits {r}/{n}, traps {tr}/{tn}, other {extra_all[lang]}")

