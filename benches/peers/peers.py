"""wiretrace against its Python peers on one generated corpus (run by benches/peers/run.sh).

(a) Sketch throughput, one core: word 5-shingles, 128 permutations, over every article text.
    - datasketch MinHash, shingles fed one by one with update() (the documented recipe) and in
      bulk with update_batch();
    - rensa RMinHash(num_perm=128).update(shingles);
    - gaoya MinHashStringIndex(analyzer='word', ngram_range=(5, 5), 32 bands x 4 rows = 128
      hashes).tokenize_and_minhash(text), which tokenises in Rust;
    - wiretrace: examples/sketch_throughput (tokenise + hash shingles, and tokenise + MinHash,
      one thread) and, for reference, the whole `sketch` stage of `wiretrace run --threads 1`
      (which also computes SHA-256, candidate features and attribution credits).
    Python peers get the text lower-cased and split on white space into 5-word shingles (the
    usual recipe); that shingling is timed with them and also shown alone. Every throughput is
    over the UTF-8 bytes of the article texts, JSON parsing excluded.
(b) End to end: the datasketch recipe (MinHash per article, MinHashLSH(threshold=0.5,
    num_perm=128) insert then query, union-find, the earliest article of each cluster as its
    root and every other member's parent) including reading the JSONL and writing predictions,
    against `wiretrace run --threads 1` and `--threads 2` (whole process wall time). Quality of
    all three from `wiretrace eval` on the generator's truth.

One core: this process pins itself with sched_setaffinity (and RAYON_NUM_THREADS=1 for the
Rust extensions) for the peers and `--threads 1`, and lifts both for `--threads 2`.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time


def log(msg):
    print(f"peers.py: {msg}", file=sys.stderr, flush=True)


def read_corpus(path):
    arts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                arts.append(a)
    return arts


def shingles(text, k=5):
    w = text.lower().split()
    if len(w) < k:
        return [" ".join(w)] if w else []
    return [" ".join(w[i : i + k]) for i in range(len(w) - k + 1)]


def best_of(repeat, fn):
    best = float("inf")
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def sketch_peers(texts, repeat, k, perms):
    """Seconds for each Python peer over all texts (best of `repeat`)."""
    from datasketch import MinHash
    from rensa import RMinHash
    from gaoya.minhash import MinHashStringIndex

    out = {}

    def only_shingles():
        for t in texts:
            shingles(t, k)

    out["python shingling only (lower, split, join)"] = best_of(repeat, only_shingles)
    log("  python shingling done")

    def ds_update():
        for t in texts:
            m = MinHash(num_perm=perms, seed=1)
            for s in shingles(t, k):
                m.update(s.encode("utf-8"))
            m.digest()

    out["datasketch MinHash, update() per shingle"] = best_of(repeat, ds_update)
    log("  datasketch update() done")

    def ds_batch():
        for t in texts:
            m = MinHash(num_perm=perms, seed=1)
            m.update_batch([s.encode("utf-8") for s in shingles(t, k)])
            m.digest()

    out["datasketch MinHash, update_batch()"] = best_of(repeat, ds_batch)
    log("  datasketch update_batch() done")

    def rensa_run():
        for t in texts:
            m = RMinHash(num_perm=perms, seed=1)
            m.update(shingles(t, k))
            m.digest()

    out["rensa RMinHash"] = best_of(repeat, rensa_run)
    log("  rensa done")

    assert perms % 4 == 0
    index = MinHashStringIndex(
        hash_size=32,
        jaccard_threshold=0.5,
        num_bands=perms // 4,
        band_size=4,
        analyzer="word",
        lowercase=True,
        ngram_range=(k, k),
    )
    sig = index.minhash_index.tokenize_and_minhash(texts[0])
    if len(sig) != perms:
        sys.exit(f"peers.py: gaoya signature has {len(sig)} values, expected {perms}")

    def gaoya_run():
        h = index.minhash_index.tokenize_and_minhash
        for t in texts:
            h(t)

    out["gaoya MinHash (tokenises in Rust)"] = best_of(repeat, gaoya_run)
    log("  gaoya done")
    return out


def datasketch_recipe(corpus, pred_path, k, perms, threshold):
    """The usual recipe, from reading the JSONL to writing predictions. Returns seconds by
    phase."""
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    arts = read_corpus(corpus)
    t1 = time.perf_counter()
    sigs = []
    for a in arts:
        m = MinHash(num_perm=perms, seed=1)
        m.update_batch([s.encode("utf-8") for s in shingles(a.get("text", ""), k)])
        sigs.append(m)
    t2 = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=perms)
    for i, m in enumerate(sigs):
        lsh.insert(i, m)
    parent = list(range(len(arts)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    t3 = time.perf_counter()
    groups = {}
    for i in range(len(arts)):
        groups.setdefault(find(i), []).append(i)
    # Earliest article (then smallest id) is the root; ISO-8601 strings order by time.
    key = lambda i: (arts[i].get("published") or "9999", str(arts[i].get("id", i)))
    with open(pred_path, "w", encoding="utf-8") as f:
        for members in groups.values():
            root = min(members, key=key)
            rid = str(arts[root].get("id", root))
            for i in members:
                aid = str(arts[i].get("id", i))
                if len(members) == 1:
                    rec = {"id": aid, "cluster": aid, "parent": None, "relation": "unrelated"}
                elif i == root:
                    rec = {"id": aid, "cluster": rid, "parent": None, "relation": "original"}
                else:
                    rec = {"id": aid, "cluster": rid, "parent": rid, "relation": "near_duplicate"}
                f.write(json.dumps(rec) + "\n")
    t4 = time.perf_counter()
    return {
        "read": t1 - t0,
        "minhash": t2 - t1,
        "lsh_insert_query_unionfind": t3 - t2,
        "write": t4 - t3,
        "total": t4 - t0,
        "clusters_multi": sum(1 for g in groups.values() if len(g) > 1),
    }


ALL_CPUS = set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None


def pin_to(core):
    """Pins this process (and children started afterwards) to `core`; returns a description."""
    if core < 0 or ALL_CPUS is None:
        return "not pinned"
    os.sched_setaffinity(0, {core})
    return f"pinned to CPU {core} (sched_setaffinity)"


def unpinned():
    """preexec_fn for a child that may use every core."""
    if ALL_CPUS is not None:
        os.sched_setaffinity(0, ALL_CPUS)


def child_env():
    env = dict(os.environ)
    env.pop("RAYON_NUM_THREADS", None)
    return env


def run_wiretrace(wiretrace, corpus, out, threads, pinned):
    cmd = [wiretrace, "run", corpus, "--out", out, "-q", "--threads", str(threads)]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=child_env(), preexec_fn=None if pinned else unpinned)
    wall = time.perf_counter() - t
    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    return wall, summary


def evaluate(wiretrace, truth, pred):
    r = subprocess.run(
        [wiretrace, "eval", "--truth", truth, "--pred", pred],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(r.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--wiretrace", required=True, help="target/release/wiretrace")
    ap.add_argument("--sketch-example", required=True, help="target/release/examples/sketch_throughput")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--repeat", type=int, default=1, help="sketch passes; best is kept")
    ap.add_argument("--core", type=int, default=0, help="CPU for one-core runs; -1: no pinning")
    ap.add_argument("--label", default="", help="text put in the heading (commit, date)")
    args = ap.parse_args()
    k, perms, threshold = 5, 128, 0.5
    os.environ["RAYON_NUM_THREADS"] = "1"
    pin_note = pin_to(args.core)

    arts = read_corpus(args.corpus)
    texts = [a.get("text", "") for a in arts]
    n = len(texts)
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    file_mb = os.path.getsize(args.corpus) / 1e6
    log(f"{n} articles, {text_mb:.1f} MB of text, {file_mb:.1f} MB of JSONL")

    # (a) sketch throughput
    log(f"sketch throughput: Python peers ({pin_note})")
    peer_s = sketch_peers(texts, args.repeat, k, perms)
    log("sketch throughput: wiretrace example")
    r = subprocess.run(
        [args.sketch_example, args.corpus, "--shingle", str(k), "--repeat", str(args.repeat)],
        check=True,
        capture_output=True,
        text=True,
    )
    ex = json.loads(r.stdout)
    if ex["articles"] != n:
        sys.exit(f"peers.py: example read {ex['articles']} articles, expected {n}")
    log("end to end: wiretrace run --threads 1 (pinned) and --threads 2")
    wt1_wall, wt1_sum = run_wiretrace(args.wiretrace, args.corpus, os.path.join(args.workdir, "wt-threads1"), 1, True)
    wt2_wall, wt2_sum = run_wiretrace(args.wiretrace, args.corpus, os.path.join(args.workdir, "wt-threads2"), 2, False)
    log("end to end: datasketch recipe (pinned)")
    pred_dir = os.path.join(args.workdir, "datasketch-recipe")
    os.makedirs(pred_dir, exist_ok=True)
    pred = os.path.join(pred_dir, "articles.jsonl")
    ds = datasketch_recipe(args.corpus, pred, k, perms, threshold)
    log("quality: wiretrace eval")
    q = {
        "datasketch recipe": evaluate(args.wiretrace, args.truth, pred),
        "wiretrace --threads 1": evaluate(args.wiretrace, args.truth, os.path.join(args.workdir, "wt-threads1", "articles.jsonl")),
        "wiretrace --threads 2": evaluate(args.wiretrace, args.truth, os.path.join(args.workdir, "wt-threads2", "articles.jsonl")),
    }

    ours_mh = ex["tokenise_minhash_seconds"]
    rows = [(name, s) for name, s in peer_s.items()]
    wt_rows = [
        ("wiretrace tokenise + hash shingles only (example, 1 thread)", ex["tokenise_shingle_seconds"]),
        ("wiretrace tokenise + MinHash (example, 1 thread)", ours_mh),
        ("wiretrace whole `sketch` stage of `run --threads 1` (+SHA-256, features, credits)", wt1_sum["seconds"]["sketch"]),
    ]

    def versions():
        from importlib.metadata import version

        return ", ".join(f"{p} {version(p)}" for p in ("datasketch", "rensa", "gaoya", "numpy"))

    lines = []
    P = lines.append
    P(f"### Peers {args.label}".rstrip())
    P("")
    P(f"Corpus: `{os.path.basename(args.corpus)}`, {n:,} articles, {text_mb:.1f} MB of article text "
      f"({file_mb:.1f} MB JSONL). Python {platform.python_version()}; {versions()}. "
      f"One core ({pin_note}) except `--threads 2`. Best of {args.repeat} pass(es).")
    P("")
    P("(a) Sketch throughput, word 5-shingles, 128 values per signature:")
    P("")
    P("| sketcher | seconds | articles/s | MB/s of text | time / wiretrace MinHash time |")
    P("|---|---:|---:|---:|---:|")
    for name, s in rows + wt_rows:
        P(f"| {name} | {s:.3f} | {n / s:,.0f} | {text_mb / s:.1f} | {s / ours_mh:.1f}x |")
    P("")
    P(f"wiretrace MinHash vs tokenise + hash alone: "
      f"{ex['tokenise_shingle_seconds'] / ours_mh:.0%} of its throughput (target >= 70%).")
    P("")
    P("(b) End to end, reading JSONL to writing predictions:")
    P("")
    P("| pipeline | wall s | articles/s | MB/s of JSONL | ratio to datasketch recipe | link F1 | pair F1 | ARI |")
    P("|---|---:|---:|---:|---:|---:|---:|---:|")
    e2e = [
        ("datasketch recipe (MinHashLSH 0.5 + union-find, 1 core)", ds["total"], q["datasketch recipe"]),
        ("wiretrace run --threads 1 (1 core)", wt1_wall, q["wiretrace --threads 1"]),
        ("wiretrace run --threads 2", wt2_wall, q["wiretrace --threads 2"]),
    ]
    for name, s, m in e2e:
        P(f"| {name} | {s:.2f} | {n / s:,.0f} | {file_mb / s:.2f} | {ds['total'] / s:.2f}x | "
          f"{m['link_f1']:.3f} | {m['pair_f1']:.3f} | {m['ari']:.3f} |")
    P("")
    P("datasketch recipe phases (s): " + ", ".join(
        f"{k} {v:.2f}" for k, v in ds.items() if k not in ("total", "clusters_multi")))
    for label, wall, summ in (("--threads 1", wt1_wall, wt1_sum), ("--threads 2", wt2_wall, wt2_sum)):
        P(f"wiretrace {label} stages (s): "
          + ", ".join(f"{k} {v:.2f}" for k, v in summ["seconds"].items())
          + f"; process wall {wall:.2f}")
    print("\n".join(lines))
    with open(os.path.join(args.workdir, "peers-results.json"), "w") as f:
        json.dump({"articles": n, "text_mb": text_mb, "file_mb": file_mb, "sketch_seconds": dict(rows + wt_rows),
                   "datasketch_recipe": ds, "wiretrace_threads1_wall": wt1_wall,
                   "wiretrace_threads2_wall": wt2_wall, "quality": q}, f, indent=1)


if __name__ == "__main__":
    main()
