#!/usr/bin/env bash
# usage: run.sh BIN OUTDIR [CORPUS]
# Runs BIN on CORPUS (default corpus.jsonl beside this script) into OUTDIR and scores it against
# truth.jsonl: eval figures overall and per language, then per language the false links (child,
# parent given, true parent), the missed links and the right parents with a wrong relation,
# every credit phrase of the truth with whether BIN read it, every trap phrase BIN read as a
# credit and every other credit BIN read (src/report.py).
set -euo pipefail
if [ $# -lt 2 ] || [ $# -gt 3 ]; then echo "usage: $0 BIN OUTDIR [CORPUS]" >&2; exit 2; fi
HERE=$(dirname "$(realpath "$0")")
BIN=$(realpath "$1"); OUT=$2; CORPUS=$(realpath "${3:-$HERE/corpus.jsonl}")
"$BIN" run "$CORPUS" --out "$OUT" --quiet
python3 "$HERE/src/report.py" "$BIN" "$OUT" "$HERE/truth.jsonl" "$CORPUS"
