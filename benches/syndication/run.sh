#!/usr/bin/env bash
# usage: run.sh BIN OUTDIR [CORPUS_DIR]
# Runs BIN on CORPUS_DIR/corpus.jsonl (default: the one beside this script; `europe/` and
# `releases/` hold two more), and on three variants of it made in OUTDIR (the
# lines in reverse order; `published` removed; `published` and `url` removed), each into
# OUTDIR/<variant>, and scores each against CORPUS_DIR/truth.jsonl: the eval figures, then every article
# whose parent or relation differs from the truth (src/report.py).
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then echo "usage: $0 BIN OUTDIR [CORPUS_DIR]" >&2; exit 2; fi
HERE=$(dirname "$(realpath "$0")")
DATA=$(realpath "${3:-$HERE}")
BIN=$(realpath "$1"); OUT=$2
mkdir -p "$OUT"
python3 "$HERE/src/report.py" variants "$DATA/corpus.jsonl" "$OUT"
for v in dated reversed undated undated-no-urls; do
    "$BIN" run "$OUT/$v.jsonl" --out "$OUT/$v" --quiet
    echo "== $v"
    python3 "$HERE/src/report.py" score "$BIN" "$DATA/truth.jsonl" "$OUT/$v/articles.jsonl"
done
