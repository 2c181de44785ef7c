"""What the reviews' corpus builders (asia/, mea/, latam/, nce/ build.py) share: the lists of
articles and truth rows and the helpers that fill them; checking the
truth against the articles, printing each copy's 5-shingle Jaccard and containment against the
agency text it copies (so that `near_duplicate` holds the tool's bar of 0.5, or is a cut), and
writing corpus.jsonl and truth.jsonl beside the builder."""
import json
import os
import re
import unicodedata

ARTS = []
TRUTH = []
BASE = {}   # id -> the agency text it copies (for the near/derivative check)


def add(id, source, published, url, title, text, parent, relation, cluster, base=None, **extra):
    """One article and its truth row; `extra` fields (an `author`) go into the article."""
    a = dict(id=id, source=source, published=published, url=url, title=title, text=text)
    a.update(extra)
    ARTS.append(a)
    TRUTH.append(dict(id=id, cluster=cluster, parent=parent, relation=relation))
    if base is not None:
        BASE[id] = base


def j(paras):
    return "\n\n".join(paras)


def P(block):
    """Paragraphs of a triple-quoted block (blank-line separated)."""
    return [p.strip() for p in block.strip().split("\n\n") if p.strip()]


def tokens(text):
    """Rough stand-in for wiretrace's tokens: words (letters, digits and marks) lower-cased
    with Latin accents dropped; Han and kana runs as character bigrams."""
    t = unicodedata.normalize("NFKC", text).lower()
    out = []
    for m in re.finditer(r"[\w\u0300-\u036f\u0900-\u097f]+", t):
        w = m.group()
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", w):
            cs = [c for c in w]
            out += [a + b for a, b in zip(cs, cs[1:])] or cs
        else:
            d = unicodedata.normalize("NFD", w)
            if re.search(r"[a-z]", d):
                d = "".join(c for c in d if not unicodedata.combining(c))
            out.append(unicodedata.normalize("NFC", d))
    return out


def shingles(text, k=5):
    t = tokens(text)
    return {tuple(t[i:i + k]) for i in range(max(1, len(t) - k + 1))}


def write(here, name, rows):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def finish(here, arts, truth_rows, base):
    """Checks ids and parents, prints each copy's measures against `base` (id -> the agency
    text it copies), and writes the two files into `here`."""
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids))
    truth = {t["id"]: t for t in truth_rows}
    for t in truth_rows:
        p = t["parent"]
        assert p is None or p.startswith("external:") or p in truth, t
    for a in arts:
        if a["id"] in base:
            s, b = shingles(a["text"]), shingles(base[a["id"]])
            jac = len(s & b) / len(s | b)
            cont = len(s & b) / len(s)
            rel = truth[a["id"]]["relation"]
            flag = ""
            if rel == "near_duplicate" and jac < 0.5 and cont < 0.9:
                flag = "  <-- under 0.5, not a cut"
            if rel == "exact_duplicate" and a["text"] != base[a["id"]]:
                flag = "  <-- exact but text differs"
            print(f"  {a['id']:28s} jaccard {jac:.2f} containment {cont:.2f} {rel}{flag}")
    write(here, "corpus.jsonl", arts)
    write(here, "truth.jsonl", truth_rows)
    print(f"{len(arts)} articles")
