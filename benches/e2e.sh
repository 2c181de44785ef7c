#!/usr/bin/env bash
# End-to-end benchmark of `wiretrace run` on generated corpora of several sizes.
#
# For each size (in articles) it generates a corpus with ground truth (cached), runs
#   /usr/bin/time -v target/release/wiretrace run CORPUS --out OUT -q
# scores the output with `wiretrace eval`, and prints one Markdown table row: throughput, peak
# memory, wall time of each stage (from OUT/summary.json) and quality. It then prints the
# linearity ratio (time per article at the largest size / at the smallest) and checks that
# `--threads 1` and `--threads 2` write the same output on the smallest size.
#
# Usage: benches/e2e.sh
# Environment:
#   SIZES     article counts, default "10000 100000 1000000"
#   WORKDIR   corpora, outputs and results, default /tmp/wiretrace-bench
#   SEED      generator seed, default 1
#   THREADS   --threads for the timed runs, default: unset (all cores)
#   CHECK_THREADS  1 (default) to run the --threads 1 / --threads 2 comparison, 0 to skip
#   RESULTS   Markdown file the table is appended to, default $WORKDIR/e2e-results.md
#   SOURCES   names (default): each article's `source` is its outlet's name, as the generator
#             writes it; hosts: its URL's host instead (www.capitalpost.com), as scraped dumps
#             name outlets (news-please's source_domain), which credits name by brand
# Requires bash, python3, /usr/bin/time (GNU time), cargo.
set -euo pipefail

SIZES=${SIZES:-"10000 100000 1000000"}
WORKDIR=${WORKDIR:-/tmp/wiretrace-bench}
SEED=${SEED:-1}
THREADS=${THREADS:-}
CHECK_THREADS=${CHECK_THREADS:-1}
RESULTS=${RESULTS:-$WORKDIR/e2e-results.md}
SOURCES=${SOURCES:-names}
[[ $SOURCES == names || $SOURCES == hosts ]] || { echo "e2e.sh: SOURCES must be names or hosts" >&2; exit 2; }
# Articles per original made by `wiretrace generate` (measured: 10,545 from 2,000 originals).
PER_ORIGINAL=5.27

die() { echo "e2e.sh: $*" >&2; exit 1; }
note() { echo "e2e.sh: $*" >&2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Cached corpora are named after the generator's corpus version, so a generator change that
# alters them is not measured on stale ones.
CORPUS_VERSION=$(sed -n 's/^pub const CORPUS_VERSION: u32 = \([0-9]*\);$/\1/p' "$ROOT/src/generate/mod.rs")
[[ -n $CORPUS_VERSION ]] || die "cannot read CORPUS_VERSION from src/generate/mod.rs"
CORPUS_TAG=-v$CORPUS_VERSION
W=$ROOT/target/release/wiretrace
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) not found; install the 'time' package"
command -v python3 >/dev/null || die "python3 not found"
for s in $SIZES; do
    [[ $s =~ ^[0-9]+$ && $s -gt 0 ]] || die "SIZES must be positive integers, got '$s'"
done
mkdir -p "$WORKDIR"

note "building release binary in $ROOT"
(cd "$ROOT" && cargo build --release --quiet) || die "cargo build --release failed"

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
CPU=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
NCPU=$(nproc)
DATE=$(date -u +%Y-%m-%dT%H:%MZ)
note "commit $COMMIT; $CPU, $NCPU cores; sizes: $SIZES; work dir: $WORKDIR"
THREAD_ARGS=()
[[ -n $THREADS ]] && THREAD_ARGS=(--threads "$THREADS")

# generate_corpus ARTICLES -> prints the corpus path; truth is next to it.
generate_corpus() {
    local size=$1 originals corpus truth
    originals=$(python3 -c "import sys; print(max(1, round($size / $PER_ORIGINAL)))")
    corpus=$WORKDIR/corpus-$size-seed$SEED$CORPUS_TAG.jsonl
    truth=$WORKDIR/truth-$size-seed$SEED$CORPUS_TAG.jsonl
    if [[ ! -s $corpus || ! -s $truth ]]; then
        note "generating $size articles ($originals originals, seed $SEED) -> $corpus"
        "$W" generate --originals "$originals" --seed "$SEED" \
            --out "$corpus.tmp" --truth "$truth.tmp" >&2 || die "generate failed for size $size"
        mv "$truth.tmp" "$truth"
        mv "$corpus.tmp" "$corpus"
    else
        note "using cached corpus $corpus"
    fi
    if [[ $SOURCES == hosts ]]; then
        local hosts=${corpus%.jsonl}-hosts.jsonl
        if [[ ! -s $hosts ]]; then
            note "writing $hosts: each source replaced by its URL's host"
            python3 -c '
import json, sys
with open(sys.argv[2] + ".tmp", "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        if r.get("url"):
            r["source"] = r["url"].split("/")[2]
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
' "$corpus" "$hosts" || die "writing $hosts failed"
            mv "$hosts.tmp" "$hosts"
        fi
        corpus=$hosts
    fi
    echo "$corpus"
}

# Python helpers (JSON and arithmetic); all data passes through files and arguments.
ROW_PY='
import json, re, sys
corpus, timefile, summary, evalfile, rowfile, header_keys = sys.argv[1:7]
articles = sum(1 for _ in open(corpus, "rb"))
import os
in_bytes = os.path.getsize(corpus)
tv = open(timefile).read()
def field(name):
    m = re.search(r"^\s*" + re.escape(name) + r": (.*)$", tv, re.M)
    if not m:
        sys.exit(f"e2e.sh: no \"{name}\" in {timefile}")
    return m.group(1).strip()
parts = [float(x) for x in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = 0.0
for p in parts:
    wall = wall * 60 + p
rss = int(field("Maximum resident set size (kbytes)")) * 1024
s = json.load(open(summary))
ev = json.load(open(evalfile))
secs = s.get("seconds", {})
keys = header_keys.split(",") if header_keys else list(secs)
mb = in_bytes / 1e6
row = {
    "articles": articles, "input_bytes": in_bytes, "wall_s": wall, "peak_rss_bytes": rss,
    "threads": s.get("threads"), "seconds": secs, "stage_keys": keys,
    "link_f1": ev["link_f1"], "pair_f1": ev["pair_f1"], "ari": ev["ari"],
}
json.dump(row, open(rowfile, "w"))
cells = [f"{articles:,}", f"{mb:,.1f}", f"{wall:,.1f}", f"{articles / wall:,.0f}",
         f"{mb / wall:,.2f}", f"{rss / 1e6:,.0f}", f"{rss / in_bytes:.2f}"]
cells += [f"{secs[k]:,.2f}" if k in secs else "-" for k in keys]
cells += [f"{ev[k]:.3f}" for k in ("link_f1", "pair_f1", "ari")]
print("| " + " | ".join(cells) + " |")
'

HEADER_KEYS=""
TABLE=()
ROWFILES=()
for size in $SIZES; do
    corpus=$(generate_corpus "$size")
    truth=$WORKDIR/truth-$size-seed$SEED$CORPUS_TAG.jsonl
    out=$WORKDIR/out-$size
    rm -rf "$out"
    note "running wiretrace on $corpus ${THREAD_ARGS[*]:-(all cores)}"
    timefile=$WORKDIR/time-$size.txt
    if ! /usr/bin/time -v -o "$timefile" "$W" run "$corpus" --out "$out" -q "${THREAD_ARGS[@]}"; then
        die "wiretrace run failed on $corpus (see $timefile)"
    fi
    "$W" eval --truth "$truth" --pred "$out/articles.jsonl" >"$WORKDIR/eval-$size.json" \
        || die "wiretrace eval failed for size $size"
    if [[ -z $HEADER_KEYS ]]; then
        HEADER_KEYS=$(python3 -c 'import json,sys; print(",".join(json.load(open(sys.argv[1])).get("seconds", {})))' "$out/summary.json")
        header="| articles | input MB | wall s | articles/s | MB/s | peak RSS MB | RSS / input |"
        sep="|---:|---:|---:|---:|---:|---:|---:|"
        IFS=, read -r -a ks <<<"$HEADER_KEYS"
        for k in "${ks[@]}"; do header+=" $k s |"; sep+="---:|"; done
        header+=" link F1 | pair F1 | ARI |"
        sep+="---:|---:|---:|"
        TABLE+=("$header" "$sep")
        echo "$header"
        echo "$sep"
    fi
    rowfile=$WORKDIR/row-$size.json
    row=$(python3 -c "$ROW_PY" "$corpus" "$timefile" "$out/summary.json" \
        "$WORKDIR/eval-$size.json" "$rowfile" "$HEADER_KEYS")
    echo "$row"
    TABLE+=("$row")
    ROWFILES+=("$rowfile")
done

# Linearity: seconds per article at the largest size over seconds per article at the smallest.
LINEARITY=$(python3 - "${ROWFILES[@]}" <<'EOF'
import json, sys
rows = [json.load(open(f)) for f in sys.argv[1:]]
if len(rows) < 2:
    print("linearity: one size only, no ratio")
else:
    small = min(rows, key=lambda r: r["articles"])
    large = max(rows, key=lambda r: r["articles"])
    per = lambda r: r["wall_s"] / r["articles"]
    print(f"linearity: time per article at {large['articles']:,} / at {small['articles']:,} = "
          f"{per(large) / per(small):.2f} (1.00 = linear; target <= 1.3)")
EOF
)
echo
echo "$LINEARITY"

# Determinism across thread counts, on the smallest size.
DETERMINISM="threads check: skipped (CHECK_THREADS=0)"
if [[ $CHECK_THREADS == 1 ]]; then
    smallest=$(printf '%s\n' $SIZES | sort -n | head -1)
    corpus=$(generate_corpus "$smallest")
    for t in 1 2; do
        rm -rf "$WORKDIR/threads$t"
        note "running --threads $t on $corpus"
        "$W" run "$corpus" --out "$WORKDIR/threads$t" -q --threads "$t" \
            || die "wiretrace run --threads $t failed"
    done
    DETERMINISM=$(python3 - "$WORKDIR/threads1" "$WORKDIR/threads2" "$corpus" <<'EOF'
import filecmp, json, os, sys
a, b, corpus = sys.argv[1:4]
size = sum(1 for _ in open(corpus, "rb"))
fa, fb = sorted(os.listdir(a)), sorted(os.listdir(b))
problems = []
if fa != fb:
    problems.append(f"different file lists: {fa} vs {fb}")
# summary.json records the thread count and wall times; everything else must match.
VARYING = ("threads", "seconds")
for f in sorted(set(fa) & set(fb)):
    pa, pb = os.path.join(a, f), os.path.join(b, f)
    if f == "summary.json":
        ja, jb = json.load(open(pa)), json.load(open(pb))
        for k in VARYING:
            ja.pop(k, None); jb.pop(k, None)
        if ja != jb:
            diff = sorted(k for k in set(ja) | set(jb) if ja.get(k) != jb.get(k))
            problems.append(f"summary.json differs outside {VARYING}: keys {diff}")
    elif not filecmp.cmp(pa, pb, shallow=False):
        problems.append(f"{f} differs")
checked = ", ".join(f for f in fa if f != "summary.json")
if problems:
    print(f"threads check on {int(size):,} articles: FAIL: " + "; ".join(problems))
else:
    print(f"threads check on {int(size):,} articles: PASS: --threads 1 and --threads 2 "
          f"byte-identical ({checked}; summary.json equal except {', '.join(VARYING)})")
EOF
)
fi
echo "$DETERMINISM"

{
    echo
    echo "### e2e run $DATE, commit $COMMIT"
    echo
    echo "Machine: $CPU, $NCPU cores; threads: ${THREADS:-all cores}; seed $SEED;" \
        "command: \`SIZES=\"$SIZES\"$([[ $SOURCES == hosts ]] && echo ' SOURCES=hosts') benches/e2e.sh\`"
    echo
    printf '%s\n' "${TABLE[@]}"
    echo
    echo "- $LINEARITY"
    echo "- $DETERMINISM"
} >>"$RESULTS"
note "table appended to $RESULTS"
[[ $DETERMINISM != *FAIL* ]] || exit 1
