#!/usr/bin/env python3
"""Per-language scoring of a wiretrace run against truth.jsonl (beside this folder).

usage: report.py BIN OUTDIR [TRUTH]
Prints `BIN eval` for the whole corpus and for each language's articles, then per language
every false link, every missed link and every correct link with a wrong relation
(`benches/lang_report.py`).
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from lang_report import score_by_language  # noqa: E402

LANGS = ["zh", "ja", "th", "en"]


def main():
    bin_, outdir = sys.argv[1], sys.argv[2]
    truth_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "truth.jsonl")
    score_by_language(bin_, truth_path, os.path.join(outdir, "articles.jsonl"), LANGS)


if __name__ == "__main__":
    main()
