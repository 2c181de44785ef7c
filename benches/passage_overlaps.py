#!/usr/bin/env python3
"""Counts the edges of a run whose shared passages overlap, from DIR/provenance.json.

    python3 benches/passage_overlaps.py OUTPUT_DIR

Prints the edges with passages, those whose passages overlap in the child's text and in the
parent's, and those whose `shared_chars` exceeds the characters the child's spans cover (each
character once). Used for the nineteenth session's entry in docs/quality-log.md.
"""
import json
import sys


def walk(node):
    yield node
    for child in node.get("children", []):
        yield from walk(child)


def overlaps(spans):
    spans = sorted(spans)
    return any(spans[i + 1][0] < spans[i][1] for i in range(len(spans) - 1))


def covered(spans):
    total, end = 0, 0
    for s, e in sorted(spans):
        s = max(s, end)
        if s < e:
            total += e - s
            end = e
    return total


def main(out_dir):
    with open(f"{out_dir}/provenance.json", encoding="utf-8") as f:
        forest = json.load(f)
    edges = child = parent = excess = passages = 0
    for tree in forest:
        for node in walk(tree):
            ev = node.get("evidence") or {}
            ps = ev.get("shared_passages") or []
            if not ps:
                continue
            edges += 1
            passages += len(ps)
            cs = [tuple(p["child_span"]) for p in ps]
            child += overlaps(cs)
            parent += overlaps([tuple(p["parent_span"]) for p in ps])
            if ev.get("shared_chars") is not None and ev["shared_chars"] > covered(cs):
                excess += 1
    print(
        f"edges with passages {edges}, overlapping in the child {child}, in the parent {parent}, "
        f"shared_chars over the covered characters {excess}, passages {passages}"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
