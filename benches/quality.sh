#!/usr/bin/env bash
# usage: quality.sh BIN OUTDIR
# Runs BIN with the default settings on every data set with ground truth that this clone can
# reach, each into its own directory under OUTDIR, and prints one line per run: the data set,
# link_f1, cluster ARI. These are the figures README and docs/quality-log.md quote; a change
# to the linking rules is checked by running this before and after and comparing the two
# OUTDIRs file by file (`diff -rq A B`).
#   - COUNTER and Clough-Stevenson from ../shared/datasets, when it is there;
#   - generated corpora of 2,000 and 5,000 originals (`wiretrace generate`, seed 1);
#   - the multilingual, spaceless, arabic-script and more-latin benches (corpus.jsonl and its
#     corpus-*-sources.jsonl variant);
#   - every syndication set, each in four variants (dated, reversed, undated, undated-no-urls);
#   - the whole-page corpus (a directory of HTML pages and the same pages as a WARC).
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN OUTDIR" >&2; exit 2; fi
HERE=$(dirname "$(realpath "$0")")
BIN=$(realpath "$1"); OUT=$2
mkdir -p "$OUT"; OUT=$(realpath "$OUT")
SHARED="$HERE/../../shared/datasets"

score() { # NAME TRUTH RUNDIR
    "$BIN" eval --truth "$2" --pred "$3" | python3 -c '
import json, sys
e = json.load(sys.stdin)
print(f"{sys.argv[1]:<40} link_f1 {e['"'"'link_f1'"'"']:.4f}  ari {e['"'"'ari'"'"']:.4f}")' "$1"
}
run() { # NAME CORPUS TRUTH
    mkdir -p "$OUT/$1"; "$BIN" run "$2" --out "$OUT/$1" --quiet 2>"$OUT/$1.log"
    score "$1" "$3" "$OUT/$1"
}

if [ -d "$SHARED" ]; then
    run counter "$SHARED/counter/articles.jsonl" "$SHARED/counter/truth.jsonl"
    run clough-stevenson "$SHARED/clough-stevenson/articles.jsonl" "$SHARED/clough-stevenson/truth.jsonl"
fi
for n in 2000 5000; do
    [ -f "$OUT/gen$n.jsonl" ] || "$BIN" generate --originals $n --seed 1 \
        --out "$OUT/gen$n.jsonl" --truth "$OUT/gen$n-truth.jsonl"
    run "generated-$n" "$OUT/gen$n.jsonl" "$OUT/gen$n-truth.jsonl"
done
for b in multilingual spaceless arabic-script more-latin; do
    for c in "$HERE/$b"/corpus*.jsonl; do
        run "$b/$(basename "$c" .jsonl)" "$c" "$HERE/$b/truth.jsonl"
    done
done
for d in "$HERE/syndication" "$HERE"/syndication/*/; do
    [ -f "$d/corpus.jsonl" ] || continue
    name=syndication/$(basename "$d"); [ "$d" = "$HERE/syndication" ] && name=syndication/main
    mkdir -p "$OUT/$name"
    python3 "$HERE/syndication/src/report.py" variants "$d/corpus.jsonl" "$OUT/$name" >/dev/null
    for v in dated reversed undated undated-no-urls; do
        run "$name/$v" "$OUT/$name/$v.jsonl" "$d/truth.jsonl"
    done
done
mkdir -p "$OUT/pages-src"
cp "$HERE/pages/build.py" "$HERE/pages/texts.py" "$OUT/pages-src/"
(cd "$OUT/pages-src" && python3 build.py >/dev/null)
run pages/dir "$OUT/pages-src/pages" "$OUT/pages-src/truth.jsonl"
run pages/warc "$OUT/pages-src/crawl.warc.gz" "$OUT/pages-src/truth-crawl-warc-gz.jsonl"
