#!/usr/bin/env python3
"""Builds ../corpus.jsonl, ../corpus-host-sources.jsonl and ../truth.jsonl from the story modules (nl, pl,
tr, id).

Modelled on benches/arabic-script/src/build.py and benches/multilingual/src/build.py (same
truth labels and extras, traps as in benches/arabic-script). Truth follows
SPEC.md: {"id","cluster","parent","relation"} per line; the extra fields are ignored by
`wiretrace eval`: "label" (what kind of article it is), "lang", "chars", for derived articles the
verbatim shares, for every article that credits a source "credit" (the exact phrase used, found
in the text; "credit_also" lists further credit phrases in the same article), "credited" (the
outlet or agency that phrase names) and "credited_slug" (for an agency: the slug of its virtual
node), for exact copies "copy_change" (what differs), and for every article that holds a trap
phrase "trap" (phrases that look like a credit to an outlet but credit no source of the text)
with "trap_looks_like" (what they could be taken for).
Relations: an original with derived articles is "original"; an original without any and an
independent report are "unrelated" (as `wiretrace generate` does).
"""
import json, os, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nl, pl, tr, id as id_  # noqa: E402  (id.py: Indonesian; imported as id_)
from hosts import HOSTS  # noqa: E402

MODULES = (nl, pl, tr, id_)
OUT = os.path.dirname(HERE)

ORIG_CHARS = (500, 1200)     # originals and independent reports
WIRE_CHARS = (400, 2000)     # absent wire stories (10-12 sentences)
DERIVED_CHARS = (400, 2200)  # everything derived from them
KEPT_SHARE = (0.4, 0.6)      # share of the source's sentences a derivative or rewrite keeps


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


def kept_of(paras, src_paras, rid):
    kept = [s for p in paras for s in p if isinstance(s, tuple)]
    assert len(kept) == len(set(kept)), f"{rid}: a sentence kept twice"
    for (pi, si) in kept:
        assert pi < len(src_paras) and si < len(src_paras[pi]), (rid, pi, si)
    return set(kept)


def fold(text):
    """What an exact copy must keep: the text without whitespace (the copies' only change; str.split
    also splits on no-break spaces)."""
    return "".join(text.split())


def url_for(source, id_):
    # A made-up article path on the outlet's real host.
    return f"https://{HOSTS[source]}/news/{1000000 + zlib.crc32(id_.encode()) % 9000000}"


def main():
    corpus, truth, stats = [], [], {}
    problems = []

    def check_len(rid, text, bounds, what="chars"):
        if not bounds[0] <= len(text) <= bounds[1]:
            problems.append(f"{rid}: {len(text)} {what} ({bounds[0]}..{bounds[1]} wanted)")

    def check_credit(rid, text, c, also=()):
        for phrase in [c, *also]:
            if phrase and phrase not in text:
                problems.append(f"{rid}: credit {phrase!r} not in the text")

    def credit_fields(d, credited, slug=None):
        out = {}
        if d.get("credit"):
            out["credit"] = d["credit"]
            if d.get("credit_also"):
                out["credit_also"] = d["credit_also"]
            out["credited"] = credited
            if slug:
                out["credited_slug"] = slug
        return out

    def add(mod, art, tr):
        art["url"] = url_for(art["source"], art["id"])
        corpus.append(art)
        traps = [(p, like) for p, like in mod.TRAPS if p in art["text"]]
        if traps:
            tr["trap"] = [p for p, _ in traps]
            tr["trap_looks_like"] = [like for _, like in traps]
        truth.append(tr)

    for mod in MODULES:
        st = stats.setdefault(mod.LANG, {})
        bump = lambda k: st.__setitem__(k, st.get(k, 0) + 1)  # noqa: E731
        origs = {o["id"]: o for o in mod.ORIGINALS}
        texts = {}
        n_before = len(corpus)
        for o in mod.ORIGINALS:
            text = render(mod, o["paras"])
            texts[o["id"]] = text
            check_len(o["id"], text, ORIG_CHARS)
            rel = "original" if o["id"] in mod.DERIVED else "unrelated"
            add(mod, dict(id=o["id"], title=o["title"], source=o["source"],
                          published=o["published"], text=text),
                dict(id=o["id"], cluster=o["id"], parent=None, relation=rel,
                     label="original" if rel == "original" else "unrelated_original",
                     lang=mod.LANG, chars=len(text)))
            bump("originals")
        for oid, d in mod.DERIVED.items():
            o = origs[oid]
            base = texts[oid]
            # exact copy: whitespace only (see fold)
            c = d["copy"]
            ctext = mod.copy_ws(base, oid)
            if ctext == base or fold(ctext) != fold(base):
                problems.append(f"{oid}-copy: not an exact copy with a change")
            add(mod, dict(id=f"{oid}-copy", title=o["title"], source=c["source"],
                          published=c["published"], text=ctext),
                dict(id=f"{oid}-copy", cluster=oid, parent=oid, relation="exact_duplicate",
                     label="exact_copy", lang=mod.LANG, chars=len(ctext),
                     copy_change=mod.COPY_KINDS[oid]))
            # near copy: two word edits and an appended line (a footer, sometimes a credit)
            n = d["near"]
            ntext = base
            if len(n["edits"]) != 2:
                problems.append(f"{oid}-near: {len(n['edits'])} edits (2 wanted)")
            for old, new in n["edits"]:
                if ntext.count(old) != 1:
                    problems.append(f"{oid}-near: edit {old!r} found {ntext.count(old)} times")
                ntext = ntext.replace(old, new)
            ntext = ntext + mod.PARA + n["append"]
            check_credit(f"{oid}-near", ntext, n.get("credit"))
            add(mod, dict(id=f"{oid}-near", title=o["title"], source=n["source"],
                          published=n["published"], text=ntext),
                dict(id=f"{oid}-near", cluster=oid, parent=oid, relation="near_duplicate",
                     label="near_copy", lang=mod.LANG, chars=len(ntext),
                     **credit_fields(n, o["source"])))
            # partial derivative: about half the original's sentences, a credit to its outlet
            dv = d["deriv"]
            dtext = render(mod, dv["paras"], o["paras"])
            n_orig = sum(len(p) for p in o["paras"])
            kept = kept_of(dv["paras"], o["paras"], f"{oid}-deriv")
            if not KEPT_SHARE[0] <= len(kept) / n_orig <= KEPT_SHARE[1]:
                problems.append(f"{oid}-deriv: {len(kept)}/{n_orig} sentences kept")
            check_credit(f"{oid}-deriv", dtext, dv["credit"], dv.get("credit_also", ()))
            check_len(f"{oid}-deriv", dtext, DERIVED_CHARS)
            kept_chars = sum(len(o["paras"][pi][si]) for pi, si in kept)
            add(mod, dict(id=f"{oid}-deriv", title=dv["title"], source=dv["source"],
                          published=dv["published"], text=dtext),
                dict(id=f"{oid}-deriv", cluster=oid, parent=oid, relation="derivative",
                     label="partial_derivative", lang=mod.LANG, chars=len(dtext),
                     kept_sentences=f"{len(kept)}/{n_orig}",
                     kept_share_of_original=round(kept_chars / len(base), 2),
                     verbatim_share_of_child=round(kept_chars / len(dtext), 2),
                     **credit_fields(dv, o["source"])))
            # second generation: the derivative's lead + own text (sometimes its own credit to
            # the derivative's outlet; the lead carries the derivative's credit to the original)
            d2 = d["deriv2"]
            dparas = dtext.split(mod.PARA)
            lead = mod.PARA.join(dparas[: d2["lead"]])
            own = render(mod, d2["paras"])
            d2text = lead + mod.PARA + own
            check_credit(f"{oid}-deriv2", d2text, d2.get("credit"))
            check_len(f"{oid}-deriv2", d2text, DERIVED_CHARS)
            extra = credit_fields(d2, dv["source"])
            if dv["credit"] in lead:
                extra["lead_credit"] = dv["credit"]
            add(mod, dict(id=f"{oid}-deriv2", title=d2["title"], source=d2["source"],
                          published=d2["published"], text=d2text),
                dict(id=f"{oid}-deriv2", cluster=oid, parent=f"{oid}-deriv",
                     relation="derivative", label="second_generation", lang=mod.LANG,
                     chars=len(d2text),
                     lead_share_of_child=round(len(lead) / len(d2text), 2), **extra))
            for k in ("copies", "near", "derivatives", "second_gen"):
                bump(k)
        for ind in mod.INDEPENDENT:
            text = render(mod, ind["paras"])
            check_len(ind["id"], text, ORIG_CHARS)
            if ind["quote"] not in text or ind["quote"] not in texts[ind["about"]]:
                problems.append(f"{ind['id']}: the shared quote is not in both reports")
            add(mod, dict(id=ind["id"], title=ind["title"], source=ind["source"],
                          published=ind["published"], text=text),
                dict(id=ind["id"], cluster=ind["id"], parent=None, relation="unrelated",
                     label="independent", about=ind["about"], lang=mod.LANG, chars=len(text)))
            bump("independent")
        # Wire stories absent from the corpus: only the papers that run them are articles, and
        # they hang under the virtual node of the agency (parent and cluster
        # `external:<slug>/<story>`, which eval matches on `external:<slug>`).
        for w in mod.ABSENT:
            wtext = render(mod, w["paras"])
            n_wire = sum(len(p) for p in w["paras"])
            check_len(w["id"], wtext, WIRE_CHARS)
            if not 10 <= n_wire <= 12:
                problems.append(f"{w['id']}: {n_wire} sentences (10-12 wanted)")
            root = f"external:{w['agency']}/{w['id']}"
            # near-verbatim run: dateline, the wire text with at most one edit, an appended line
            r = w["run"]
            rtext = wtext
            if len(r["edits"]) > 1:
                problems.append(f"{w['id']}-run: {len(r['edits'])} edits (at most 1)")
            for old, new in r["edits"]:
                if rtext.count(old) != 1:
                    problems.append(f"{w['id']}-run: edit {old!r} found {rtext.count(old)} times")
                rtext = rtext.replace(old, new)
            rtext = r["head"] + rtext + (mod.PARA + r["append"] if r["append"] else "")
            add(mod, dict(id=f"{w['id']}-run", title=r["title"], source=r["source"],
                          published=r["published"], text=rtext),
                dict(id=f"{w['id']}-run", cluster=root, parent=root,
                     relation="near_duplicate", label="absent_wire_copy",
                     lang=mod.LANG, chars=len(rtext), wire=w["id"],
                     credit=r["head"].strip(), credited=w["name"], credited_slug=w["agency"]))
            bump("absent_wire_copies")
            # rewrites: 40-60% of the wire's sentences verbatim, a credit to the agency
            for k, rw in enumerate(w["rewrites"], 1):
                rid = f"{w['id']}-rw{k}"
                text = render(mod, rw["paras"], w["paras"])
                kept = kept_of(rw["paras"], w["paras"], rid)
                if not KEPT_SHARE[0] <= len(kept) / n_wire <= KEPT_SHARE[1]:
                    problems.append(f"{rid}: {len(kept)}/{n_wire} wire sentences kept")
                check_credit(rid, text, rw["credit"], rw.get("credit_also", ()))
                check_len(rid, text, DERIVED_CHARS)
                kept_chars = sum(len(w["paras"][pi][si]) for pi, si in kept)
                add(mod, dict(id=rid, title=rw["title"], source=rw["source"],
                              published=rw["published"], text=text),
                    dict(id=rid, cluster=root, parent=root, relation="derivative",
                         label="absent_wire_rewrite", lang=mod.LANG, chars=len(text),
                         wire=w["id"], kept_sentences=f"{len(kept)}/{n_wire}",
                         kept_share_of_original=round(kept_chars / len(wtext), 2),
                         verbatim_share_of_child=round(kept_chars / len(text), 2),
                         **credit_fields(rw, w["name"], w["agency"])))
                bump("absent_wire_rewrites")
        # every trap is in some text, and none is part of a recorded credit phrase
        mine = corpus[n_before:]
        mine_truth = truth[n_before:]
        for p, _ in mod.TRAPS:
            if not any(p in a["text"] for a in mine):
                problems.append(f"{mod.LANG}: trap {p!r} in no text")
            for t in mine_truth:
                for c in [t.get("credit"), *t.get("credit_also", [])]:
                    if c and (p in c or c in p):
                        problems.append(f"{t['id']}: trap {p!r} overlaps credit {c!r}")

    ids = [r["id"] for r in corpus]
    assert len(ids) == len(set(ids)), "duplicate id"
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(OUT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # The same corpus with each outlet named by its web host (see hosts.py).
    with open(os.path.join(OUT, "corpus-host-sources.jsonl"), "w", encoding="utf-8") as f:
        for r in corpus:
            f.write(json.dumps(dict(r, source=HOSTS[r["source"]].split("/")[0]),
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for lang, st in stats.items():
        print(lang, sum(st.values()), st)
    print("total", len(corpus))


if __name__ == "__main__":
    main()
