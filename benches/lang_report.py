"""Per-language scoring of a wiretrace run against a truth file whose rows carry `lang`, shared by
`benches/spaceless/src/report.py` and `benches/multilingual/src/report.py`: `BIN eval` for the
whole corpus and for each language's articles (eval scores over the articles of the truth file
it is given, so a per-language figure counts a link to an article of another language as
wrong), then per language every false link (child, parent given, true parent), every missed
link (a true parent, none given) and every correct link with a wrong relation.
"""
import json, os, subprocess, tempfile


def norm(p):
    if p is None:
        return None
    return p.split("/")[0] if p.startswith("external:") else p


def load(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[str(r["id"])] = r
    return out


def run_eval(bin_, truth_path, pred_path):
    r = subprocess.run([bin_, "eval", "--truth", truth_path, "--pred", pred_path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return {"error": r.stderr.strip()}
    return json.loads(r.stdout)


def fmt(m):
    if "error" in m:
        return "eval failed: " + m["error"]
    keys = ["articles", "true_links", "predicted_links", "correct_links", "link_precision",
            "link_recall", "link_f1", "pair_precision", "pair_recall", "pair_f1", "ari",
            "parent_accuracy", "relation_accuracy"]
    return "  ".join(f"{k}={m[k]:.3f}" if isinstance(m[k], float) else f"{k}={m[k]}"
                     for k in keys if k in m)


def score_by_language(bin_, truth_path, pred_path, langs):
    """Prints the figures and lists above; returns the truth and the predictions by id."""
    truth, pred = load(truth_path), load(pred_path)

    print("== all languages")
    print(fmt(run_eval(bin_, truth_path, pred_path)))
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            sub = os.path.join(tmp, f"truth-{lang}.jsonl")
            with open(sub, "w", encoding="utf-8") as f:
                for r in truth.values():
                    if r.get("lang") == lang:
                        f.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(f"== {lang}")
            print(fmt(run_eval(bin_, sub, pred_path)))

    totals = {}
    for lang in langs:
        false, missed, wrongrel = [], [], []
        for id_, t in truth.items():
            if t.get("lang") != lang:
                continue
            p = pred.get(id_, {})
            tp, pp = norm(t.get("parent")), norm(p.get("parent"))
            if pp is not None and pp != tp:
                false.append((id_, pp, tp, p.get("relation"), t.get("label"), p.get("confidence")))
            elif tp is not None and pp is None:
                missed.append((id_, tp, t.get("relation"), t.get("label")))
            elif tp is not None and pp == tp and p.get("relation") != t.get("relation"):
                wrongrel.append((id_, tp, p.get("relation"), t.get("relation")))
        totals[lang] = (len(false), len(missed), len(wrongrel))
        print(f"\n== {lang}: {len(false)} false links, {len(missed)} missed links, "
              f"{len(wrongrel)} right parent with wrong relation")
        for c, pp, tp, rel, lab, conf in sorted(false):
            conf = "" if conf is None else f" conf={conf:.2f}"
            print(f"  FALSE   {c:<14} -> given {pp:<14} true {str(tp):<14} ({rel}; truth: {lab}){conf}")
        for c, tp, rel, lab in sorted(missed):
            print(f"  MISSED  {c:<14} -> true {tp:<14} ({rel}, {lab}): no parent given")
        for c, tp, prel, trel in sorted(wrongrel):
            print(f"  RELATION {c:<13} -> {tp:<14} given {prel}, true {trel}")
    print("\nsummary (false, missed, wrong relation):",
          ", ".join(f"{k}={v}" for k, v in totals.items()))

    return truth, pred
