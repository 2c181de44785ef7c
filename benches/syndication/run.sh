#!/usr/bin/env bash
# usage: run.sh BIN OUTDIR
# Runs BIN on corpus.jsonl beside this script, and on three variants of it made in OUTDIR (the
# lines in reverse order; `published` removed; `published` and `url` removed), each into
# OUTDIR/<variant>, and scores each against truth.jsonl: the eval figures, then every article
# whose parent or relation differs from the truth (src/report.py).
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BIN OUTDIR" >&2; exit 2; fi
HERE=$(dirname "$(realpath "$0")")
BIN=$(realpath "$1"); OUT=$2
mkdir -p "$OUT"
python3 "$HERE/src/report.py" variants "$HERE/corpus.jsonl" "$OUT"
for v in dated reversed undated undated-no-urls; do
    "$BIN" run "$OUT/$v.jsonl" --out "$OUT/$v" --quiet
    echo "== $v"
    python3 "$HERE/src/report.py" score "$BIN" "$HERE/truth.jsonl" "$OUT/$v/articles.jsonl"
done
