#!/usr/bin/env bash
# usage: run.sh BIN OUTDIR
# Builds the whole-page corpus (build.py: 46 invented pages of 8 sites, and the same pages in
# crawl.warc.gz) in OUTDIR, runs BIN on the pages directory (with --threads 1 and 2, which must
# give byte-identical files) and on the WARC, and prints the eval figures of each run.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN OUTDIR" >&2; exit 2; fi
HERE=$(dirname "$(realpath "$0")")
BIN=$(realpath "$1"); OUT=$2
mkdir -p "$OUT"; OUT=$(realpath "$OUT")
cp "$HERE/build.py" "$HERE/texts.py" "$OUT/"
(cd "$OUT" && python3 build.py > /dev/null)
"$BIN" run "$OUT/pages" --out "$OUT/out-pages" --quiet --threads 2
"$BIN" run "$OUT/pages" --out "$OUT/out-pages-t1" --quiet --threads 1
for f in articles.jsonl cleaned.jsonl provenance.json edges.csv report.html; do
    cmp "$OUT/out-pages/$f" "$OUT/out-pages-t1/$f"
done
"$BIN" run "$OUT/crawl.warc.gz" --out "$OUT/out-warc" --quiet
echo "== pages/";       "$BIN" eval --truth "$OUT/truth.jsonl" --pred "$OUT/out-pages"; echo
echo "== crawl.warc.gz"; "$BIN" eval --truth "$OUT/truth-crawl-warc-gz.jsonl" --pred "$OUT/out-warc"; echo
