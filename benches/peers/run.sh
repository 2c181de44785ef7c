#!/usr/bin/env bash
# wiretrace side by side with datasketch, rensa and gaoya on one generated corpus:
# sketch throughput (one core) and end to end against the datasketch MinHashLSH + union-find
# recipe, with `wiretrace eval` quality for both. See peers.py for exactly what is timed.
#
# Usage: benches/peers/run.sh
# Environment:
#   ARTICLES  corpus size in articles, default 25000 (converted to --originals by / 5.27)
#   SEED      generator seed, default 1
#   WORKDIR   corpus cache and outputs, default /tmp/wiretrace-bench (shared with e2e.sh)
#   VENV      virtual environment for the peers, default /tmp/wiretrace-peers-venv
#   CORE      CPU for the one-core runs, default 0; -1 disables pinning
#   REPEAT    sketch passes per tool, best kept, default 1
#   RESULTS   Markdown file the tables are appended to, default $WORKDIR/peers-results.md
set -euo pipefail

ARTICLES=${ARTICLES:-25000}
SEED=${SEED:-1}
WORKDIR=${WORKDIR:-/tmp/wiretrace-bench}
VENV=${VENV:-/tmp/wiretrace-peers-venv}
CORE=${CORE:-0}
REPEAT=${REPEAT:-1}
RESULTS=${RESULTS:-$WORKDIR/peers-results.md}
PER_ORIGINAL=5.27
# Versions verified to install from PyPI on this machine (Python 3.11, x86_64).
PEERS=(datasketch==2.0.0 rensa==0.5.0 gaoya==0.2.2)

die() { echo "peers/run.sh: $*" >&2; exit 1; }
note() { echo "peers/run.sh: $*" >&2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# Cached corpora are named after the generator's corpus version, so a generator change that
# alters them is not measured on stale ones.
CORPUS_VERSION=$(sed -n 's/^pub const CORPUS_VERSION: u32 = \([0-9]*\);$/\1/p' "$ROOT/src/generate/mod.rs")
[[ -n $CORPUS_VERSION ]] || die "cannot read CORPUS_VERSION from src/generate/mod.rs"
CORPUS_TAG=-v$CORPUS_VERSION
W=$ROOT/target/release/wiretrace
EX=$ROOT/target/release/examples/sketch_throughput
command -v python3 >/dev/null || die "python3 not found"
[[ $ARTICLES =~ ^[0-9]+$ && $ARTICLES -gt 0 ]] || die "ARTICLES must be a positive integer"
mkdir -p "$WORKDIR"

if [[ ! -x $VENV/bin/python ]]; then
    note "creating virtual environment $VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (install python3-venv?)"
fi
note "installing ${PEERS[*]} into $VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PEERS[@]}" \
    || die "pip install ${PEERS[*]} failed"

note "building release binary and examples/sketch_throughput in $ROOT"
(cd "$ROOT" && cargo build --release --quiet --bin wiretrace --example sketch_throughput) \
    || die "cargo build failed"

originals=$(python3 -c "print(max(1, round($ARTICLES / $PER_ORIGINAL)))")
corpus=$WORKDIR/corpus-$ARTICLES-seed$SEED$CORPUS_TAG.jsonl
truth=$WORKDIR/truth-$ARTICLES-seed$SEED$CORPUS_TAG.jsonl
if [[ ! -s $corpus || ! -s $truth ]]; then
    note "generating $ARTICLES articles ($originals originals, seed $SEED) -> $corpus"
    "$W" generate --originals "$originals" --seed "$SEED" --out "$corpus.tmp" --truth "$truth.tmp" >&2 \
        || die "wiretrace generate failed"
    mv "$truth.tmp" "$truth"
    mv "$corpus.tmp" "$corpus"
else
    note "using cached corpus $corpus"
fi

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
CPU=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
LABEL="$(date -u +%Y-%m-%dT%H:%MZ), commit $COMMIT, $CPU, $(nproc) cores, command: \`ARTICLES=$ARTICLES benches/peers/run.sh\`"

out=$WORKDIR/peers-$ARTICLES
mkdir -p "$out"
tables=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$VENV/bin/python" "$HERE/peers.py" --corpus "$corpus" --truth "$truth" \
    --wiretrace "$W" --sketch-example "$EX" --workdir "$out" \
    --repeat "$REPEAT" --core "$CORE" --label "($LABEL)") || die "peers.py failed"
echo
echo "$tables"
{ echo; echo "$tables"; } >>"$RESULTS"
note "tables appended to $RESULTS; raw figures in $out/peers-results.json"
