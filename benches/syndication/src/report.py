"""The variants run.sh scores, and the score of one run against the truth.

  report.py variants CORPUS OUTDIR   writes OUTDIR/{dated,reversed,undated,undated-no-urls}.jsonl
  report.py score BIN TRUTH ARTICLES prints BIN eval's figures and each wrong article
"""
import json
import os
import subprocess
import sys


def variants(corpus, out):
    arts = [json.loads(l) for l in open(corpus, encoding="utf-8")]

    def write(name, rows):
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def without(*fields):
        return [{k: v for k, v in a.items() if k not in fields} for a in arts]

    write("dated", arts)
    write("reversed", arts[::-1])
    write("undated", without("published"))
    write("undated-no-urls", without("published", "url"))


def score(bin_, truth_path, pred_path):
    ev = json.loads(subprocess.run([bin_, "eval", "--truth", truth_path, "--pred", pred_path],
                                   check=True, capture_output=True, text=True).stdout)
    keys = ["link_precision", "link_recall", "link_f1", "pair_f1", "ari", "relation_accuracy"]
    print("  ".join(f"{k}={ev[k]:.3f}" for k in keys))
    truth = {t["id"]: t for t in map(json.loads, open(truth_path, encoding="utf-8"))}
    for a in map(json.loads, open(pred_path, encoding="utf-8")):
        t = truth[a["id"]]
        parent_ok = (a["parent"] or "").split("/")[0] == (t["parent"] or "")
        if not parent_ok or a["relation"] != t["relation"]:
            print(f"  {'PARENT' if not parent_ok else 'RELATION':8s} {a['id']:26s} "
                  f"-> {str(a['parent']):22s} {a['relation']:15s} "
                  f"truth {str(t['parent']):20s} {t['relation']}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["variants"] and len(sys.argv) == 4:
        variants(*sys.argv[2:])
    elif sys.argv[1:2] == ["score"] and len(sys.argv) == 5:
        score(*sys.argv[2:])
    else:
        sys.exit(__doc__)
