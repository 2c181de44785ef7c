import random, json
SYL = ["ka","lo","mi","ne","ru","ta","vo","zi","be","do","fu","ga","hi","ja","ke","li","mo","nu","pa","re","si","tu","wa","ye"]
def word(r):
    return "".join(r.choice(SYL) for _ in range(r.randint(3, 5)))
def sentence(r, k=12, vocab=None):
    ws = [r.choice(vocab) if vocab else word(r) for _ in range(k)]
    return " ".join(ws).capitalize() + "."
def para(r, ns=5, k=12, vocab=None):
    return " ".join(sentence(r, k, vocab) for _ in range(ns))
def write(path, rows):
    with open(path, "w") as f:
        for d in rows:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
_ctr = [0]
def uword(r):
    """A word never produced before (a syllable-coded counter appended)."""
    _ctr[0] += 1
    k, s = _ctr[0], ""
    while k:
        s += SYL[k % 24]; k //= 24
    return word(r)[:4] + "x" + s
def usentence(r, k=12):
    return " ".join(uword(r) for _ in range(k)).capitalize() + "."
