#!/usr/bin/env python3
"""Builds ../corpus.jsonl, ../corpus-latin-sources.jsonl and ../truth.jsonl from the story modules.

Truth follows SPEC.md: {"id","cluster","parent","relation"} per line; extra fields
"label" (what kind of article it is) and "lang" are ignored by `wiretrace eval`.
Relations: an original with derived articles is "original"; an original without any,
an independent report and an English filler are "unrelated" (as `wiretrace generate` does).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zh, ja, th, en, sources  # noqa: E402

OUT = os.path.dirname(HERE)


def sentences(o):
    return o["paras"]


def render(mod, paras, orig_paras=None):
    out = []
    for p in paras:
        parts = []
        for s in p:
            if isinstance(s, tuple):
                parts.append(orig_paras[s[0]][s[1]])
            else:
                parts.append(s)
        out.append(mod.JOIN.join(parts))
    return mod.PARA.join(out)


def main():
    corpus, truth, stats = [], [], {}
    problems = []
    for mod in (zh, ja, th):
        st = stats.setdefault(mod.LANG, {})
        origs = {o["id"]: o for o in mod.ORIGINALS}
        texts = {}
        for o in mod.ORIGINALS:
            text = render(mod, o["paras"])
            texts[o["id"]] = text
            if not 400 <= len(text) <= 1500:
                problems.append(f"{o['id']}: {len(text)} chars (400..1500 wanted)")
            corpus.append(dict(id=o["id"], title=o["title"], source=o["source"],
                               published=o["published"], text=text))
            rel = "original" if o["id"] in mod.DERIVED else "unrelated"
            truth.append(dict(id=o["id"], cluster=o["id"], parent=None, relation=rel,
                              label="original" if rel == "original" else "unrelated_original",
                              lang=mod.LANG, chars=len(text)))
            st["originals"] = st.get("originals", 0) + 1
        for oid, d in mod.DERIVED.items():
            o = origs[oid]
            base = texts[oid]
            # exact copy: whitespace only
            c = d["copy"]
            ctext = mod.copy_ws(base)
            assert ctext != base and "".join(ctext.split()) == "".join(base.split()), oid
            corpus.append(dict(id=f"{oid}-copy", title=o["title"], source=c["source"],
                               published=c["published"], text=ctext))
            truth.append(dict(id=f"{oid}-copy", cluster=oid, parent=oid, relation="exact_duplicate",
                              label="exact_copy", lang=mod.LANG, chars=len(ctext)))
            # near copy: a few edits and an appended line
            n = d["near"]
            ntext = base
            for old, new in n["edits"]:
                if ntext.count(old) != 1:
                    problems.append(f"{oid}-near: edit {old!r} found {ntext.count(old)} times")
                ntext = ntext.replace(old, new)
            ntext = ntext + mod.PARA + n["append"]
            corpus.append(dict(id=f"{oid}-near", title=o["title"], source=n["source"],
                               published=n["published"], text=ntext))
            truth.append(dict(id=f"{oid}-near", cluster=oid, parent=oid, relation="near_duplicate",
                              label="near_copy", lang=mod.LANG, chars=len(ntext)))
            # partial derivative
            dv = d["deriv"]
            dtext = render(mod, dv["paras"], o["paras"])
            n_orig = sum(len(p) for p in o["paras"])
            kept = {s for p in dv["paras"] for s in p if isinstance(s, tuple)}
            for (pi, si) in kept:
                assert pi < len(o["paras"]) and si < len(o["paras"][pi]), (oid, pi, si)
            kept_chars = sum(len(o["paras"][pi][si]) for pi, si in kept)
            corpus.append(dict(id=f"{oid}-deriv", title=dv["title"], source=dv["source"],
                               published=dv["published"], text=dtext))
            truth.append(dict(id=f"{oid}-deriv", cluster=oid, parent=oid, relation="derivative",
                              label="partial_derivative", lang=mod.LANG, chars=len(dtext),
                              kept_sentences=f"{len(kept)}/{n_orig}",
                              kept_share_of_original=round(kept_chars / len(base), 2),
                              verbatim_share_of_child=round(kept_chars / len(dtext), 2)))
            # second generation: the derivative's lead + own text
            d2 = d["deriv2"]
            dparas = dtext.split(mod.PARA)
            lead = mod.PARA.join(dparas[: d2["lead"]])
            own = render(mod, d2["paras"])
            d2text = lead + mod.PARA + own
            corpus.append(dict(id=f"{oid}-deriv2", title=d2["title"], source=d2["source"],
                               published=d2["published"], text=d2text))
            truth.append(dict(id=f"{oid}-deriv2", cluster=oid, parent=f"{oid}-deriv",
                              relation="derivative", label="second_generation", lang=mod.LANG,
                              chars=len(d2text),
                              lead_share_of_child=round(len(lead) / len(d2text), 2)))
            st["copies"] = st.get("copies", 0) + 1
            st["near"] = st.get("near", 0) + 1
            st["derivatives"] = st.get("derivatives", 0) + 1
            st["second_gen"] = st.get("second_gen", 0) + 1
        for ind in mod.INDEPENDENT:
            text = render(mod, ind["paras"])
            if not 400 <= len(text) <= 1500:
                problems.append(f"{ind['id']}: {len(text)} chars")
            corpus.append(dict(id=ind["id"], title=ind["title"], source=ind["source"],
                               published=ind["published"], text=text))
            truth.append(dict(id=ind["id"], cluster=ind["id"], parent=None, relation="unrelated",
                              label="independent", about=ind["about"], lang=mod.LANG,
                              chars=len(text)))
            st["independent"] = st.get("independent", 0) + 1
        # Wire stories absent from the corpus: only the papers that run them are articles, and
        # they hang under the virtual node of the agency (as `wiretrace generate` writes it:
        # parent and cluster `external:<slug>/<n>`, which eval matches on `external:<slug>`).
        for w in getattr(mod, "ABSENT", []):
            wtext = render(mod, w["paras"])
            if not 400 <= len(wtext) <= 1500:
                problems.append(f"{w['id']}: wire story {len(wtext)} chars")
            root = f"external:{w['agency']}/{w['id']}"
            n_wire = sum(len(p) for p in w["paras"])
            # near-verbatim run: dateline, the wire text with a few edits, an appended line
            r = w["run"]
            rtext = wtext
            for old, new in r["edits"]:
                if rtext.count(old) != 1:
                    problems.append(f"{w['id']}-run: edit {old!r} found {rtext.count(old)} times")
                rtext = rtext.replace(old, new)
            rtext = r["head"] + rtext + (mod.PARA + r["append"] if r["append"] else "")
            corpus.append(dict(id=f"{w['id']}-run", title=r["title"], source=r["source"],
                               published=r["published"], text=rtext))
            truth.append(dict(id=f"{w['id']}-run", cluster=root, parent=root,
                              relation="near_duplicate", label="absent_wire_copy",
                              lang=mod.LANG, chars=len(rtext), wire=w["id"]))
            st["absent_wire_copies"] = st.get("absent_wire_copies", 0) + 1
            # rewrites: about half of the wire's sentences verbatim, a credit to the agency
            for k, rw in enumerate(w["rewrites"], 1):
                rid = f"{w['id']}-rw{k}"
                text = render(mod, rw["paras"], w["paras"])
                kept = {s for p in rw["paras"] for s in p if isinstance(s, tuple)}
                for (pi, si) in kept:
                    assert pi < len(w["paras"]) and si < len(w["paras"][pi]), (rid, pi, si)
                if not 0.4 <= len(kept) / n_wire <= 0.6:
                    problems.append(f"{rid}: {len(kept)}/{n_wire} wire sentences kept (40-60% wanted)")
                if rw["credit"] not in text:
                    problems.append(f"{rid}: credit {rw['credit']!r} not in the text")
                if not 400 <= len(text) <= 1500:
                    problems.append(f"{rid}: {len(text)} chars")
                kept_chars = sum(len(w["paras"][pi][si]) for pi, si in kept)
                corpus.append(dict(id=rid, title=rw["title"], source=rw["source"],
                                   published=rw["published"], text=text))
                truth.append(dict(id=rid, cluster=root, parent=root, relation="derivative",
                                  label="absent_wire_rewrite", lang=mod.LANG, chars=len(text),
                                  wire=w["id"], kept_sentences=f"{len(kept)}/{n_wire}",
                                  kept_share_of_original=round(kept_chars / len(wtext), 2),
                                  verbatim_share_of_child=round(kept_chars / len(text), 2)))
                st["absent_wire_rewrites"] = st.get("absent_wire_rewrites", 0) + 1
    for a in en.ARTICLES:
        corpus.append(dict(id=a["id"], title=a["title"], source=a["source"],
                           published=a["published"], text=a["text"]))
        truth.append(dict(id=a["id"], cluster=a["id"], parent=None, relation="unrelated",
                          label="unrelated_original", lang="en", chars=len(a["text"])))
        stats.setdefault("en", {})["unrelated"] = stats.get("en", {}).get("unrelated", 0) + 1

    ids = [r["id"] for r in corpus]
    assert len(ids) == len(set(ids)), "duplicate id"
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(OUT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # The same corpus with Latin-script outlet names (see sources.py).
    with open(os.path.join(OUT, "corpus-latin-sources.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            r = dict(r, source=sources.LATIN.get(r["source"], r["source"]))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for lang, st in stats.items():
        print(lang, sum(st.values()), st)
    print("total", len(corpus))


if __name__ == "__main__":
    main()
