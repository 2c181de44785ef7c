import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from texts_a import *
from texts_b import *
from texts_c import *
from texts_de import *

arts, truth = [], []

def J(paras):
    return "\n\n".join(paras)

def add(id, source, published, title, text, url, parent, relation, cluster):
    arts.append({"id": id, "source": source, "published": published, "title": title, "text": text, "url": url})
    truth.append({"id": id, "cluster": cluster, "parent": parent, "relation": relation})

D = "2026-03-17T"
# ---------------- A: AP write-thru, in corpus ----------------
HA1 = "Freight train carrying gas derails in Pennsylvania, forcing evacuations"
HA2 = "Evacuation zone widened to a mile after Pennsylvania train derailment"
HA3 = "Crews burn off damaged tank car after Pennsylvania derailment; residents wait to go home"
add("ap-derail-v1", "Associated Press", D+"10:40:00Z", HA1, J(V1),
    "https://apnews.com/article/pennsylvania-train-derailment-caldwell-falls-3f1a", None, "original", "ap-derail-v1")
add("ap-derail-v2", "Associated Press", D+"15:15:00Z", HA2, J(V2),
    "https://apnews.com/article/pennsylvania-train-derailment-caldwell-falls-3f1a", "ap-derail-v1", "REL_V2", "ap-derail-v1")
add("ap-derail-v3", "Associated Press", D+"23:30:00Z", HA3, J(V3),
    "https://apnews.com/article/pennsylvania-train-derailment-caldwell-falls-3f1a", "ap-derail-v2", "REL_V3", "ap-derail-v1")

C = "ap-derail-v1"
add("mcall-derail", "The Morning Call", D+"11:05:00Z", HA1, J(V1),
    "https://www.mcall.com/2026/03/17/pennsylvania-train-derailment-caldwell-falls/", "ap-derail-v1", "exact_duplicate", C)
add("postgazette-derail", "Pittsburgh Post-Gazette", D+"11:30:00Z", "Train derails in Brennan County; residents near tracks evacuated",
    J([BYLINE] + V1 + [COPY]), "https://www.post-gazette.com/news/state/2026/03/17/caldwell-falls-derailment/stories/202603170041",
    "ap-derail-v1", "near_duplicate", C)
add("wtae-derail", "WTAE", D+"12:00:00Z", "Train derailment, fire force evacuations in Caldwell Falls",
    J(["Pittsburgh's Action News 4 has a crew on the way to Caldwell Falls. Check back for live updates."] + V1[:-1] + [COPY_LONG]),
    "https://www.wtae.com/article/caldwell-falls-train-derailment/60000001", "ap-derail-v1", "near_duplicate", C)
add("triblive-derail", "TribLive", D+"17:00:00Z", "Freight train derails, catches fire in Caldwell Falls",
    J([BYLINE] + V1[:5] + [COPY]), "https://triblive.com/news/pennsylvania/freight-train-derails-catches-fire-in-caldwell-falls/",
    "ap-derail-v1", "near_duplicate", C)
add("usnews-derail", "U.S. News & World Report", D+"15:20:00Z", HA2, J(V2),
    "https://www.usnews.com/news/us/articles/2026-03-17/evacuation-zone-widened-pennsylvania-derailment", "ap-derail-v2", "exact_duplicate", C)
add("ydr-derail", "York Daily Record", D+"16:00:00Z", HA2, J([BYLINE] + V2 + [COPY]),
    "https://www.ydr.com/story/news/2026/03/17/pennsylvania-train-derailment-evacuation/12345001/", "ap-derail-v2", "near_duplicate", C)
add("erie-derail", "Erie Times-News", D+"16:40:00Z", "Derailment south of Erie forces 2,000 from homes",
    J([BYLINE] + V2[:7]), "https://www.goerie.com/story/news/2026/03/17/caldwell-falls-derailment-evacuation/12345002/",
    "ap-derail-v2", "near_duplicate", C)
add("scranton-derail", "The Times-Tribune", D+"17:10:00Z", "Officials fear tank car could rupture at western Pa. derailment",
    J([BYLINE] + V2 + ["Associated Press writer Mark Scolforo in Harrisburg contributed to this report."]),
    "https://www.thetimes-tribune.com/2026/03/17/western-pa-derailment-tank-car/", "ap-derail-v2", "near_duplicate", C)
add("readingeagle-derail", "Reading Eagle", D+"18:00:00Z", HA2,
    J(["By Marissa Kellerman, The Associated Press"] + V2[:8]),
    "https://www.readingeagle.com/2026/03/17/evacuation-zone-widened-derailment/", "ap-derail-v2", "near_duplicate", C)
add("timesleader-derail", "Times Leader", D+"15:45:00Z", "2,000 told to evacuate as derailed tank car vents gas",
    J([BYLINE] + V2[:5] + [COPY]), "https://www.timesleader.com/news/2026/03/17/derailed-tank-car-vents-gas",
    "ap-derail-v2", "near_duplicate", C)
add("pennlive-derail", "PennLive", D+"23:50:00Z", HA3, J([BYLINE] + V3 + [COPY]),
    "https://www.pennlive.com/news/2026/03/crews-burn-off-tank-car-caldwell-falls.html", "ap-derail-v3", "near_duplicate", C)
add("lancaster-derail", "LancasterOnline", "2026-03-18T00:20:00Z", "Crews burn off tank car at derailment site",
    J([BYLINE] + V3[:9]), "https://lancasteronline.com/news/state/crews-burn-off-tank-car/article_abc123.html",
    "ap-derail-v3", "near_duplicate", C)
V3c = [p.replace("roughly 60 miles (97 kilometers) north of Pittsburgh", "roughly 90 miles (145 kilometers) north of Pittsburgh") for p in V3]
add("inquirer-derail", "The Philadelphia Inquirer", "2026-03-18T01:00:00Z", HA3,
    J([BYLINE] + V3c + ["This story has been corrected to show that Caldwell Falls is about 90 miles north of Pittsburgh, not 60."]),
    "https://www.inquirer.com/news/pennsylvania/caldwell-falls-derailment-tank-car-burn-20260317.html", "ap-derail-v3", "near_duplicate", C)
add("observer-derail", "Observer-Reporter", "2026-03-18T02:00:00Z", "Tank car set alight to prevent explosion at derailment",
    J(V3[:7] + [COPY]), "https://observer-reporter.com/news/2026/03/18/tank-car-set-alight/", "ap-derail-v3", "near_duplicate", C)

# D3: the Courier's own report on the derailment
add("courier-derail", "Caldwell Falls Courier", D+"17:00:00Z", "'The sky was glowing': Derailment empties Caldwell Falls",
    J(COURIER), "https://www.caldwellfallscourier.com/news/2026/03/17/derailment-empties-caldwell-falls/", None, "unrelated", "courier-derail")

# ---------------- B: absent AP story ----------------
CB = "external:ap"
add("azstar-pike", "Arizona Daily Star", D+"20:05:00Z", "Ex-Dunmore County treasurer convicted of embezzling $4.1M",
    J([B_BYLINE] + B + [COPY]), "https://tucson.com/news/state-regional/ex-dunmore-county-treasurer-convicted/article_b1.html", CB, "near_duplicate", CB)
add("yumasun-pike", "Yuma Sun", D+"20:40:00Z", "Former county treasurer guilty of stealing $4.1 million",
    J(B[:8]), "https://www.yumasun.com/news/state/former-county-treasurer-guilty/article_b2.html", CB, "near_duplicate", CB)
add("ktar-pike", "KTAR News", D+"19:50:00Z", "Jury convicts former Dunmore County treasurer in $4.1M theft case",
    J([B[0].replace("PHOENIX (AP) — ", "PHOENIX — ")] + B[1:6] + [COPY_LONG]),
    "https://ktar.com/story/6000001/jury-convicts-former-dunmore-county-treasurer/", CB, "near_duplicate", CB)
add("lvrj-pike", "Las Vegas Review-Journal", D+"21:30:00Z", "Arizona treasurer who bought racehorses with county money is convicted",
    J(["ANITA SORENSEN\nThe Associated Press"] + B[:-1]), "https://www.reviewjournal.com/news/nation-and-world/arizona-treasurer-convicted-3000001/", CB, "near_duplicate", CB)
LOCAL = ("Pike lived in Prescott Valley from 1998 to 2004 and served one term on the Humboldt Unified School "
         "District governing board before moving to Dunmore County, according to county records.")
add("dcourier-pike", "The Daily Courier", D+"22:10:00Z", "Former Prescott Valley resident convicted in county theft",
    J(["By Anita Sorensen, Associated Press"] + B[:2] + [LOCAL] + B[2:7] + [COPY]),
    "https://www.dcourier.com/news/2026/mar/17/former-prescott-valley-resident-convicted/", CB, "near_duplicate", CB)
Bc = [p.replace("May 29", "May 19") if False else p for p in B]
add("nhonews-pike", "Navajo-Hopi Observer", "2026-03-18T14:00:00Z", "Jury finds ex-treasurer guilty in $4.1 million theft",
    J(B[:-1] + ["This story has been corrected to show that Pike's sentencing is set for May 29, not May 19."]),
    "https://www.nhonews.com/news/2026/mar/18/jury-finds-ex-treasurer-guilty/", CB, "near_duplicate", CB)
add("azmirror-pike", "Arizona Mirror", D+"23:00:00Z", "Former Dunmore County treasurer convicted of looting $4.1 million",
    J(B_REWRITE), "https://azmirror.com/briefs/former-dunmore-county-treasurer-convicted/", CB, "derivative", CB)

# ---------------- C: Reuters in corpus, aggregator, blog ----------------
CR = "reuters-andesita"
HR = "Chile's Andesita to buy Copperline Resources for $6.2 billion in copper push"
add(CR, "Reuters", D+"12:15:00Z", HR, J(R),
    "https://www.reuters.com/markets/deals/chiles-andesita-buy-copperline-62-billion-2026-03-17/", None, "original", CR)
add("marketscreener-andesita", "MarketScreener", D+"12:40:00Z", HR, J(R),
    "https://www.marketscreener.com/news/chile-s-andesita-to-buy-copperline-resources-for-6-2-billion-ce7e1a", CR, "exact_duplicate", CR)
add("fp-andesita", "Financial Post", D+"13:30:00Z", "Andesita to buy Copperline for $6.2 billion as miners chase copper",
    J([FP_HEAD] + R[:8]), "https://financialpost.com/commodities/mining/andesita-copperline-deal", CR, "near_duplicate", CR)
add("miningcom-andesita", "MINING.COM", D+"14:20:00Z", "Andesita Minerals to acquire Copperline in $6.2bn deal",
    J(AGG), "https://www.mining.com/andesita-minerals-to-acquire-copperline-in-6-2bn-deal/", CR, "derivative", CR)
add("copperdesk-andesita", "The Copper Desk", D+"18:30:00Z", "Andesita's $6.2 billion bet on Rio Blanco: three thoughts",
    J(BLOG), "https://copperdesk.substack.com/p/andesitas-62-billion-bet-on-rio-blanco", "miningcom-andesita", "derivative", CR)

# ---------------- D: independent reports ----------------
add("freep-lakeshore", "Detroit Free Press", D+"15:40:00Z", "Lakeshore Health to cut 640 jobs, close 2 clinics amid $112M shortfall",
    J(D_FREEP), "https://www.freep.com/story/news/health/2026/03/17/lakeshore-health-layoffs-clinics/12345003/", None, "unrelated", "freep-lakeshore")
add("mlive-lakeshore", "MLive", D+"15:55:00Z", "Lakeshore Health closing Muskegon clinic, Holland urgent care; 640 positions cut",
    J(D_MLIVE), "https://www.mlive.com/news/muskegon/2026/03/lakeshore-health-closing-muskegon-clinic-holland-urgent-care.html", None, "unrelated", "mlive-lakeshore")

# ---------------- E: unrelated ----------------
for k, (src, pub, title, paras) in E.items():
    add(k, src, pub, title, J(paras), "https://example.org/" + k, None, "unrelated", k)

# ---- relation of v2 and v3 by 5-word shingle Jaccard ----
def shingles(t, k=5):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[i:i+k]) for i in range(len(w)-k+1)}
def jac(a, b):
    A, B = shingles(a), shingles(b); return len(A & B) / len(A | B)
def cont(a, b):
    A, B = shingles(a), shingles(b); return len(A & B) / len(A)
txt = {a["id"]: a["text"] for a in arts}
j12, j23 = jac(txt["ap-derail-v1"], txt["ap-derail-v2"]), jac(txt["ap-derail-v2"], txt["ap-derail-v3"])
for t in truth:
    if t["relation"] == "REL_V2": t["relation"] = "near_duplicate" if j12 >= 0.5 else "derivative"
    if t["relation"] == "REL_V3": t["relation"] = "near_duplicate" if j23 >= 0.5 else "derivative"
print("J(v1,v2)=%.3f J(v2,v3)=%.3f J(v1,v3)=%.3f" % (j12, j23, jac(txt["ap-derail-v1"], txt["ap-derail-v3"])), file=sys.stderr)
for a in arts:
    n = len(re.findall(r"\w+", a["text"]))
    print(f"{a['id']:28s} {n:4d} words", file=sys.stderr)
print(len(arts), "articles", file=sys.stderr)

with open(os.path.join(OUT, "corpus.jsonl"), "w") as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "truth.jsonl"), "w") as f:
    for t in truth: f.write(json.dumps(t) + "\n")
