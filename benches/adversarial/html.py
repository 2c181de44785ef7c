#!/usr/bin/env python3
"""A directory of F .html pages, each an article of real sentences wrapped in adversarial markup.
modes (D = size parameter):
  selfclose : D '<div/>' tags each followed by a sentence word (HTML ignores '/>' on a div, so the
              DOM nests D deep while a scan that trusts '/>' sees depth 0)
  misclose  : D '<span>w </b>' (the end tag matches nothing; the parser walks every open span)
  attr      : one <div> whose class attribute is D bytes, around the article
  manyattr  : D elements <p class=..> each with a 200-byte attribute and one sentence
  deep      : D nested <div>s properly closed (estimated depth exceeds the 1000 cap -> fallback)
usage: html.py MODE D F OUTDIR"""
import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common_gen import *
mode, D, F, outdir = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
os.makedirs(outdir, exist_ok=True)
r = random.Random(8)
for f in range(F):
    body = "<article>" + "".join("<p>%s</p>" % sentence(r) for _ in range(20)) + "</article>"
    if mode == "selfclose":
        mid = "".join("<div/>%s " % word(r) for _ in range(D))
    elif mode == "misclose":
        mid = "".join("<span>%s </b>" % word(r) for _ in range(D))
    elif mode == "attr":
        mid = '<div class="%s">x</div>' % ("a" * D)
    elif mode == "manyattr":
        mid = "".join('<p class="%s" id="q%d">%s</p>' % ("c" * 200, k, sentence(r)) for k in range(D))
    elif mode == "deep":
        mid = "<div>" * D + "deep text" + "</div>" * D
    html = "<html><head><title>Page %d</title></head><body>%s%s</body></html>" % (f, body, mid)
    with open(os.path.join(outdir, "p%03d.html" % f), "w") as g:
        g.write(html)
