#!/usr/bin/env python3
"""Per-language scoring of a wiretrace run against truth.jsonl (beside this folder), with its
credit phrases and traps: see benches/credit_report.py.

usage: report.py BIN OUTDIR [TRUTH [CORPUS]]
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from credit_report import main  # noqa: E402

if __name__ == "__main__":
    main(["nl", "pl", "tr", "id"], os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
