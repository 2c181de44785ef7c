# -*- coding: utf-8 -*-
"""Article texts for the scraped-pages review corpus. All invented.

Each article: key, site, published (ISO, or None when the site only has it in the URL),
slug, title, paras (body paragraphs), plus optional: dateline, tagline, byline, author,
caption, standfirst, tweets, entries (live blog), extra_end (lines after the body).
Truth: parent, relation, cluster.
"""

ARTICLES = []


def add(**kw):
    kw.setdefault("parent", None)
    kw.setdefault("relation", "unrelated")
    kw.setdefault("cluster", kw["key"])
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------
# Wire stories (absent from the corpus). A copy is "exact_duplicate" when another page carries
# the same body word for word; "near_duplicate" when its body differs (cut, edited, AP's copyright
# line added, dateline dropped).
R1 = [
    "Workers at Chile's Cerro Blanco copper mine, one of the world's ten largest, walked off the job on Tuesday after talks over a new labour contract broke down, the mine's main union said, halting output at a site that produces nearly 4% of global supply.",
    "The union, which represents some 2,300 of the mine's 3,100 permanent workers, said owner Andes Mineral Corp had refused its demand for a one-off bonus of 28 million pesos ($30,400) per worker and a 6% real wage increase over three years.",
    "\"The company posted record profits last year and it is offering us crumbs,\" union president Marcela Quiroga told reporters at the mine gate in the northern Antofagasta region. \"We are prepared to stay out for as long as it takes.\"",
    "Andes Mineral said in a statement it had activated contingency plans and that contractors were keeping essential services running. It called the union's demands \"disproportionate and out of step with the current price environment\" and said it remained open to dialogue.",
    "Copper prices on the London Metal Exchange rose as much as 2.1% to $10,240 a metric ton on news of the stoppage, their biggest intraday gain in three weeks, before paring gains to trade 1.4% higher.",
    "Cerro Blanco produced 612,000 metric tons of copper last year. A 44-day strike at the mine in 2017 cost an estimated $740 million in lost output and helped push prices to a then three-year high.",
    "Chile, the world's biggest copper producer, has seen a wave of labour disputes this year as unions seek a bigger share of windfall profits driven by demand for the metal used in electric vehicles and power grids. Last month, workers at the state-owned Ventanas smelter staged a two-day stoppage.",
    "Under Chilean law, the company may hire replacement workers after 15 days of a legal strike if it meets certain conditions, and either side can request government mediation.",
]
R1_DL = "SANTIAGO, June 11 (Reuters) - "
R1_TAG = "(Reporting by Fabián Cambero and Natalia Ramos; Editing by Sandra Maler)"
R1_T = "Strike halts output at Chile's Cerro Blanco copper mine"
R1_BRIT = [p.replace("a metric ton", "a tonne").replace("metric tons", "tonnes") for p in R1[:7]]

R2 = [
    "European Union antitrust regulators fined U.S. technology group Lumora 1.2 billion euros ($1.29 billion) on Wednesday for blocking rival music and video apps from telling iPhone and Android users about cheaper subscription offers outside its app store.",
    "The European Commission said Lumora had abused its dominant position in the distribution of apps for more than seven years by barring developers from linking to their own websites, a practice known as anti-steering. It ordered the company to end the conduct within 90 days.",
    "\"For a decade, Lumora has used its gatekeeper position to make consumers pay more than they should,\" EU competition commissioner Henrik Lund told a news conference. \"That ends today.\"",
    "Lumora said it would appeal the decision at the General Court in Luxembourg, arguing that the Commission had \"ignored the reality of a thriving, competitive market\" and that its rules protected users from fraud.",
    "The fine is the third-largest the Commission has imposed on a single company in an antitrust case. Lumora could face periodic penalty payments of up to 5% of its average daily worldwide turnover if it fails to comply.",
    "The case was triggered by a 2019 complaint from Swedish streaming service Norrtone, whose chief executive said on Wednesday the decision was \"a victory for every developer that has had to pay the Lumora tax\".",
    "Lumora shares were down 0.8% in premarket trading in New York.",
]
R2_DL = "BRUSSELS, June 12 (Reuters) - "
R2_TAG = "(Reporting by Marta Lindqvist; Editing by Jan Harvey)"
R2_T = "EU fines Lumora 1.2 billion euros over app store anti-steering rules"

AP1 = [
    "A fast-moving wildfire fueled by gusty winds and record heat forced thousands of people to flee their homes in southern Oregon on Thursday, destroying at least 40 structures and shrouding the Rogue Valley in thick smoke.",
    "The Table Rock Fire had burned more than 18,000 acres (7,280 hectares) by Thursday afternoon and was zero percent contained, according to the Oregon Department of Forestry. About 6,500 residents in Jackson County were under \"Go Now\" evacuation orders.",
    "\"It went from a few acres to a wall of flame in about two hours,\" said Dale Hutchins, 67, who loaded his dogs and a box of family photos into his pickup as embers fell around his property near the town of Shady Cove. \"I didn't even lock the door.\"",
    "The governor invoked the state's Emergency Conflagration Act late Wednesday, allowing the state fire marshal to send firefighters and equipment from across Oregon.",
    "More than 900 firefighters were assigned to the blaze, supported by 12 helicopters and air tankers, officials said. Temperatures in Medford reached 104 degrees Fahrenheit (40 degrees Celsius) on Wednesday, a record for the date.",
    "The cause of the fire was under investigation. Authorities said a power line may have been involved and that Pacific Power had shut off electricity to about 14,000 customers as a precaution.",
    "The American Red Cross opened shelters at the Jackson County Expo in Central Point and at a high school in Eagle Point. Interstate 5 remained open, but officials urged drivers to avoid the area.",
    "Wildfires have grown larger and more destructive across the U.S. West in recent years as climate change brings hotter, drier conditions, scientists say.",
]
AP1_DL = "MEDFORD, Ore. (AP) — "
AP1_SIGN = "Associated Press writer Nora Feld in Portland, Oregon, contributed to this report."
AP1_T = "Wildfire forces thousands to flee homes in southern Oregon as record heat grips West"
AP_COPY = "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

AP2 = [
    "Texas health officials on Friday reported 23 new measles cases in the state's South Plains region, bringing the total in an outbreak that began in late May to 87 and prompting calls for parents to check their children's vaccination records before summer camps open.",
    "Most of the cases are in children and teenagers who were not vaccinated, the Texas Department of State Health Services said. Eleven people have been hospitalized. No deaths have been reported.",
    "\"Measles is one of the most contagious diseases we know of, and summer gatherings give it exactly what it needs,\" said Dr. Ana Whitfield, the department's chief medical officer. \"Two doses of the vaccine are about 97% effective.\"",
    "The outbreak is centered in Gaines County, where the kindergarten vaccination exemption rate is among the highest in the state. Cases have also been confirmed in Lubbock, Terry and Dawson counties.",
    "Health officials are offering free vaccines at pop-up clinics this weekend in Seminole and Lubbock, and have asked people who develop a high fever and rash to call ahead before visiting a doctor's office or emergency room.",
    "The U.S. declared measles eliminated in 2000, but outbreaks have become more frequent as vaccination rates have dropped. The Centers for Disease Control and Prevention has recorded more cases nationally so far this year than in all of 2023.",
]
AP2_DL = "AUSTIN, Texas (AP) — "
AP2_T = "Texas measles outbreak grows to 87 cases as summer camps near"

AFP1 = [
    "Japan will allow police to shoot bears with rifles in residential areas from next month, the government said Friday, after a record number of attacks that killed six people and injured more than 200 in the year to March.",
    "Under current rules, hunters need special permission to fire guns in built-up areas, and police officers are not equipped to deal with the animals, which have increasingly strayed into towns in search of food.",
    "\"We must protect people's lives and their daily routines,\" a spokesman for the environment ministry told reporters in Tokyo. \"The situation in some regions is no longer tolerable.\"",
    "Sightings of Asiatic black bears and larger brown bears have surged in northern Japan, where a poor crop of beech nuts last autumn drove the animals to forage closer to homes. In Akita prefecture, a bear entered a supermarket in November and injured an employee before being trapped.",
    "Experts say an ageing and shrinking rural population has left farmland and forests unmanaged, allowing bears to expand their range. The number of licensed hunters, many of them in their seventies, has fallen sharply.",
    "The new rules will let specially trained police units use rifles when a bear poses an imminent danger, and allow local authorities to declare emergency zones where licensed hunters may fire without waiting for police approval.",
]
AFP1_DL = "TOKYO (AFP) - "
AFP1_T = "Japan to let police shoot bears in towns after record attacks"

AFP2 = [
    "La Direction générale de l'aviation civile (DGAC) a demandé jeudi aux compagnies aériennes de réduire de 30% leurs programmes de vols à l'aéroport de Lyon-Saint-Exupéry vendredi, en raison d'une grève des contrôleurs aériens à l'appel du syndicat SNCTA.",
    "Des annulations sont également à prévoir à Marseille-Provence et à Nice-Côte d'Azur, où la réduction demandée est de 20%, a précisé la DGAC dans un communiqué. « Des retards importants sont à prévoir sur l'ensemble du territoire », a-t-elle ajouté.",
    "Le SNCTA, premier syndicat de la profession, proteste contre un projet de réforme de l'organisation du travail qui prévoit, selon lui, un contrôle biométrique des horaires « vécu comme une marque de défiance ». Il réclame également des recrutements supplémentaires pour faire face à la hausse du trafic.",
    "« Nous n'avons pas été écoutés depuis des mois, la grève est notre dernier recours », a déclaré un responsable syndical, sous couvert d'anonymat.",
    "Le ministre délégué aux Transports a dénoncé une grève « incompréhensible » en plein début de saison estivale et appelé les organisations syndicales à « revenir à la table des discussions ».",
    "Air France a indiqué qu'elle maintiendrait l'ensemble de ses vols long-courriers mais que certains vols court et moyen-courriers seraient annulés. Les passagers concernés seront prévenus par SMS ou par courriel et pourront reporter leur voyage sans frais.",
    "En 2023, les grèves des contrôleurs aériens avaient entraîné l'annulation de plusieurs milliers de vols en France, selon Eurocontrol.",
]
AFP2_DL = "Paris (AFP) - "
AFP2_T = "Grève des contrôleurs aériens : 30% de vols annulés vendredi à Lyon-Saint-Exupéry"

# R1: Reuters copper strike
add(key="hh-r1-copper", site="hh", published="2024-06-11T16:20:00+01:00", slug="business/strike-halts-output-at-chiles-cerro-blanco-copper-mine",
    title=R1_T, dateline=R1_DL, paras=R1, tagline=R1_TAG, byline="Reuters",
    caption="The Cerro Blanco open-pit mine in the Antofagasta region, Chile. Photo: Reuters",
    parent="external:reuters", relation="exact_duplicate", cluster="external:reuters")
add(key="mw-r1-copper", site="mw", published="2024-06-11T11:40:00-04:00", slug="world/2024/06/11/strike-halts-output-at-chiles-cerro-blanco-copper-mine",
    title=R1_T, dateline=R1_DL, paras=R1, tagline=R1_TAG, byline="Reuters",
    caption="Trucks at the Cerro Blanco mine. © Reuters",
    parent="external:reuters", relation="exact_duplicate", cluster="external:reuters")
add(key="dl-r1-copper", site="dl", published="2024-06-11T17:05:00+01:00", slug="news/world/chile-copper-mine-strike-cerro-blanco-a8812",
    title="Copper price jumps as strike shuts giant Chilean mine", paras=R1_BRIT, byline="Reuters",
    parent="external:reuters", relation="near_duplicate", cluster="external:reuters")

# R2: Reuters EU fine
add(key="tp-r2-eu-fine", site="tp", published="2024-06-12T05:25:00-07:00", slug="news/eu-fines-lumora-1-2-billion-euros-app-store",
    title=R2_T, dateline=R2_DL, paras=R2, tagline=R2_TAG, byline="Reuters",
    parent="external:reuters", relation="exact_duplicate", cluster="external:reuters/2")
add(key="mw-r2-eu-fine", site="mw", published="2024-06-12T08:10:00-04:00", slug="business/2024/06/12/eu-fines-lumora-1-2-billion-euros",
    title=R2_T, dateline=R2_DL, paras=R2, tagline=R2_TAG, byline="Reuters",
    caption="The EU flag outside the Berlaymont building in Brussels. © Reuters/Yves Herman",
    parent="external:reuters", relation="exact_duplicate", cluster="external:reuters/2")

# AP1: wildfire
add(key="vt-ap1-wildfire", site="vt", published=None, slug="news/2024/06/13/wildfire-forces-thousands-to-flee-homes-in-southern-oregon",
    title=AP1_T, dateline=AP1_DL, paras=AP1, tagline=AP1_SIGN, extra_end=[AP_COPY], byline="By LUIS PEDRAZA Associated Press",
    parent="external:ap", relation="near_duplicate", cluster="external:ap")
add(key="pc-ap1-wildfire", site="pc", published="2024-06-13T14:10:00-07:00", slug="news/nation/wildfire-forces-thousands-to-flee-homes-southern-oregon",
    title=AP1_T, dateline=AP1_DL, paras=AP1, tagline=AP1_SIGN, byline="By LUIS PEDRAZA, Associated Press",
    caption="Smoke rises over the Rogue Valley near Shady Cove, Ore., on Thursday. (AP Photo/Greta Lindholm)",
    parent="external:ap", relation="near_duplicate", cluster="external:ap")
add(key="mw-ap1-wildfire", site="mw", published="2024-06-13T18:00:00-04:00", slug="us/2024/06/13/oregon-table-rock-fire-evacuations",
    title="Oregon's Table Rock Fire destroys 40 structures, 6,500 told to 'Go Now'", dateline=AP1_DL, paras=AP1[:6], byline="Associated Press",
    parent="external:ap", relation="near_duplicate", cluster="external:ap")

# AP2: measles
add(key="vt-ap2-measles", site="vt", published=None, slug="news/2024/06/14/texas-measles-outbreak-grows-to-87-cases",
    title=AP2_T, dateline=AP2_DL, paras=AP2, extra_end=[AP_COPY], byline="By MEGAN TRAVERS Associated Press",
    parent="external:ap", relation="near_duplicate", cluster="external:ap/2")
add(key="pc-ap2-measles", site="pc", published="2024-06-14T12:45:00-07:00", slug="news/health/texas-measles-outbreak-grows-87-cases",
    title=AP2_T, dateline=AP2_DL, paras=AP2, byline="By MEGAN TRAVERS, Associated Press",
    parent="external:ap", relation="near_duplicate", cluster="external:ap/2")

# AFP1: bears (English)
add(key="dl-afp-bears", site="dl", published="2024-06-14T09:30:00+01:00", slug="news/world/japan-police-shoot-bears-towns-a8840",
    title="Japanese police to be armed with rifles to shoot bears after six killed", paras=AFP1, byline="AFP",
    parent="external:afp", relation="near_duplicate", cluster="external:afp")
add(key="mw-afp-bears", site="mw", published="2024-06-14T05:15:00-04:00", slug="world/2024/06/14/japan-to-let-police-shoot-bears-in-towns",
    title=AFP1_T, dateline=AFP1_DL, paras=AFP1, byline="AFP",
    caption="An Asiatic black bear in a forest in Iwate prefecture. Photo: AFP",
    parent="external:afp", relation="near_duplicate", cluster="external:afp")

# AFP2: grève contrôleurs aériens (French)
add(key="qr-afp-greve", site="qr", published="2024-06-13T11:42:00+02:00", slug="economie/greve-des-controleurs-aeriens-30-de-vols-annules-vendredi-a-lyon-saint-exupery",
    title=AFP2_T, dateline=AFP2_DL, paras=AFP2, byline="Le Quotidien du Rhône avec AFP",
    caption="Le hall du terminal 1 de l'aéroport de Lyon-Saint-Exupéry. © AFP / Olivier Chassin",
    parent="external:afp", relation="near_duplicate", cluster="external:afp/2")
add(key="aa-afp-greve", site="aa", published="2024-06-13T12:30:00+02:00", slug="actualite/transports/greve-controleurs-aeriens-lyon-vols-annules",
    title="Grève dans le ciel : la DGAC demande d'annuler 30% des vols à Lyon vendredi", dateline=AFP2_DL, paras=AFP2[:6], byline="La rédaction avec AFP",
    parent="external:afp", relation="near_duplicate", cluster="external:afp/2")

# ---------------------------------------------------------------------------
# D1: Harbour Herald investigation, rewritten by the Daily Ledger
add(key="hh-port-dredging", site="hh", published="2024-06-10T06:00:00+01:00", slug="news/port-alder-harbour-board-dredging-contract-board-member",
    title="Harbour board handed £38m dredging contract to firm part-owned by its own member",
    author="Tom Reddick",
    caption="Dredgers at work in the Eastquay channel last winter. Photo: Harbour Herald/Jenny Cole",
    paras=[
        "Port Alder Harbour Board awarded a £38 million dredging contract to a company part-owned by one of its own board members without putting the work out to open tender, documents seen by the Harbour Herald show.",
        "The contract, signed in February, covers maintenance dredging of the main shipping channel and the Eastquay berths for six years. It went to Calder Marine Services, a Hull-based firm in which board member Graham Pettifer holds a 22% stake through a family trust.",
        "Minutes of the board's meeting on 14 November show that Mr Pettifer was present when the contract was discussed. They record no declaration of interest and no vote on whether he should leave the room.",
        "Under the board's own procurement rules, any contract worth more than £5 million must be advertised publicly unless the chief executive certifies that there is \"only one credible supplier\". The Herald has obtained that certificate, signed by chief executive Ruth Okafor on 2 December. It cites \"urgent operational need\" following silting that forced two container ships to wait offshore in October.",
        "At least three other dredging companies told the Herald they would have bid for the work had it been advertised. \"We operate in the neighbouring estuaries every year. Nobody asked us,\" said the managing director of one firm, who asked not to be named because his company works with the board on other projects.",
        "In a statement, Mr Pettifer said he had \"always been open\" about his shareholding and had told the board's company secretary about it when he was appointed in 2021. \"I took no part in any decision on this contract,\" he said.",
        "Ms Okafor said the board had acted lawfully and that the urgency of the silting left \"no realistic alternative\". She said an internal review of the contract had been commissioned and would report to the board in July.",
        "Local MP Helen Marsh said the revelations were \"deeply troubling\" and called on the Department for Transport to investigate. The board, a trust port, is independent but is overseen by the department.",
    ],
    comments=[("SaltyDog62", "Jobs for the boys, same as it ever was in this town."),
              ("EastquayResident", "Good work Herald. This is what local papers are for."),
              ("M. Pettit", "Before everyone piles in, the channel really was silted up last autumn. I watched the ships sit out there for days.")])
add(key="dl-port-rewrite", site="dl", published="2024-06-10T13:30:00+01:00", slug="news/uk/port-alder-dredging-contract-board-member-a8790",
    title="Harbour chief under fire over £38m no-tender dredging deal",
    standfirst="MP calls for government inquiry after contract went to firm part-owned by board member",
    author="Priya Nandakumar", also_read="dl-rail-fares", also_read_after=3,
    paras=[
        "A port authority in northern England is facing calls for a government inquiry after it emerged that a £38 million dredging contract went, without an open tender, to a firm part-owned by one of its own board members.",
        "Port Alder Harbour Board signed the six-year deal with Hull-based Calder Marine Services in February, the Harbour Herald reported on Monday. Board member Graham Pettifer holds a 22 per cent stake in the company through a family trust.",
        "According to the local paper, minutes from a November board meeting show Mr Pettifer was in the room when the contract was discussed, with no declaration of interest recorded.",
        "Contracts worth more than £5 million are supposed to be advertised publicly unless the chief executive certifies there is \"only one credible supplier\". Chief executive Ruth Okafor signed such a certificate in December, citing \"urgent operational need\" after silting left two container ships waiting offshore in October.",
        "Rival dredging firms have said they would have bid for the work.",
        "Mr Pettifer said he had \"always been open\" about his shareholding and \"took no part in any decision on this contract\". Ms Okafor insisted the board had acted lawfully and said an internal review would report in July.",
        "Helen Marsh, the MP for Port Alder, called the revelations \"deeply troubling\" and urged the Department for Transport to investigate.",
        "The Department for Transport said it was \"aware of the reports\" and would \"consider the matter carefully\". Trust ports are independent statutory bodies but are expected to follow government guidance on governance.",
    ],
    parent="hh-port-dredging", relation="derivative", cluster="hh-port-dredging")
ARTICLES[-2]["relation"] = "original"

# D2: TechPulse scoop, rewritten by Metro Wire Today
add(key="tp-ebike-recall", site="tp", published="2024-06-12T09:00:00-07:00", slug="news/exclusive-vantor-recall-400000-ebike-batteries-fires",
    title="Exclusive: Vantor to recall 400,000 e-bike batteries after string of fires",
    dek="An internal memo tells dealers to stop selling S3 and Cargo models and quarantine returned packs.",
    author="Dana Okoro",
    paras=[
        "Vantor, the Dutch-American e-bike maker, is preparing to recall about 400,000 battery packs sold in the U.S. and Europe after at least 31 fires, including two that destroyed homes, TechPulse has learned.",
        "The recall covers the 720Wh PowerCell batteries shipped with the company's Vantor S3 and Vantor Cargo models between March 2022 and August 2023, according to an internal memo sent to dealers on Tuesday and reviewed by TechPulse. It is expected to be announced jointly with the U.S. Consumer Product Safety Commission as early as next week.",
        "The memo tells dealers to stop selling affected bikes immediately and to \"quarantine\" returned batteries in fire-resistant containers. Owners will be offered a free replacement pack with redesigned cell spacing and a new battery management chip.",
        "Two people familiar with the company's internal investigation said the fires were traced to a batch of cells from a single supplier that could short-circuit after repeated deep discharges. One of them said Vantor had first learned of the problem in late 2023 but had initially treated the fires as isolated incidents.",
        "Vantor did not dispute the memo's contents. \"Rider safety is our absolute priority, and we are working closely with regulators on a voluntary action,\" spokesperson Elise Brouwer said in an emailed statement. The CPSC declined to comment.",
        "The recall would be one of the largest in the e-bike industry to date and comes as lithium-ion battery fires have drawn scrutiny from fire departments in New York, London and Amsterdam. New York City alone recorded 268 e-bike battery fires last year.",
        "Vantor raised $180 million last year at a valuation of $1.1 billion and had been preparing for a stock market listing in 2025, according to people familiar with its plans.",
    ],
    tweets=[("Our crews were called to a flat on the Overtoom this morning after an e-bike battery caught fire while charging. Nobody was hurt. Never leave batteries charging unattended.",
             "Brandweer Amsterdam-Amstelland (@BrandweerAA_NL)", "June 3, 2024")],
    tweet_after=5,
    relation="original")
add(key="mw-ebike-rewrite", site="mw", published="2024-06-12T16:40:00-04:00", slug="tech/2024/06/12/vantor-ebike-battery-recall-report",
    title="E-bike maker Vantor set to recall 400K batteries after fires: report", byline="Metro Wire staff",
    caption="A Vantor Cargo e-bike at a trade show in Amsterdam. © Reuters",
    paras=[
        "E-bike company Vantor is getting ready to recall roughly 400,000 battery packs in the United States and Europe following at least 31 fires, two of which burned down homes, according to a report by TechPulse.",
        "The tech site said the recall applies to 720Wh PowerCell batteries that shipped with Vantor S3 and Vantor Cargo bikes from March 2022 through August 2023. It cited a memo sent to dealers on Tuesday.",
        "Dealers have been told to stop selling the affected bikes right away and to store returned batteries in fire-resistant containers, while owners will get a free replacement battery with redesigned cell spacing and a new management chip, the report said.",
        "The fires were reportedly traced to one supplier's cells, which could short-circuit after repeated deep discharges.",
        "\"Rider safety is our absolute priority, and we are working closely with regulators on a voluntary action,\" a Vantor spokesperson said in a statement.",
        "Lithium-ion battery fires have become a growing concern for fire departments around the world. New York City recorded 268 e-bike battery fires last year.",
    ],
    parent="tp-ebike-recall", relation="derivative", cluster="tp-ebike-recall")

# D3: Quotidien du Rhône, rewritten by Actu Alpes
add(key="qr-crue-saone", site="qr", published="2024-06-12T07:30:00+02:00", slug="ain/trevoux/crue-de-la-saone-a-trevoux-le-quartier-du-port-evacue-dans-la-nuit",
    title="Crue de la Saône : à Trévoux, le quartier du Port évacué dans la nuit",
    author="Claire Vasseur", also_read="qr-own-velo", also_read_after=2,
    caption="Les quais de Trévoux sous les eaux, mercredi matin. Photo Le Quotidien du Rhône / Paul Girard",
    paras=[
        "Une centaine d'habitants du quartier du Port, à Trévoux (Ain), ont été évacués dans la nuit de mardi à mercredi après la montée brutale de la Saône, qui a atteint 6,12 mètres à l'échelle de Mâcon, un niveau inédit en juin depuis 1983.",
        "« L'eau est arrivée dans les caves vers 23 heures, puis dans la rue une heure plus tard. On a juste eu le temps de monter les meubles à l'étage », raconte Josiane Perret, 71 ans, hébergée avec son mari au gymnase municipal, où la mairie a installé une cinquantaine de lits de camp.",
        "Les pompiers de l'Ain ont mobilisé 80 hommes et six embarcations. Aucun blessé n'est à déplorer, mais une personne âgée, qui refusait de quitter son domicile, a dû être hélitreuillée vers 3 heures du matin.",
        "La préfecture a placé le département en vigilance orange crues. Selon Vigicrues, le pic devrait être atteint jeudi en fin de journée, avant une lente décrue à partir du week-end. Plusieurs routes départementales sont coupées, dont la D933 entre Trévoux et Jassans-Riottier.",
        "« Nous avions anticipé dès lundi en distribuant des sacs de sable, mais personne n'imaginait une telle montée en si peu de temps », a reconnu le maire, Marc Péchoux, lors d'un point presse improvisé sur les quais.",
        "Les cumuls de pluie enregistrés depuis samedi sur le bassin de la Saône dépassent 120 millimètres par endroits, soit l'équivalent de six semaines de précipitations, selon Météo-France.",
        "La mairie a ouvert une cellule d'écoute et appelle les habitants à ne pas regagner leur logement avant l'autorisation des pompiers.",
    ],
    relation="original")
add(key="aa-crue-rewrite", site="aa", published="2024-06-12T14:10:00+02:00", slug="actualite/ain/trevoux-cent-habitants-evacues-crue-saone",
    title="Trévoux : cent habitants évacués face à la crue de la Saône", byline="La rédaction",
    paras=[
        "La Saône a débordé dans la nuit de mardi à mercredi à Trévoux, dans l'Ain, contraignant une centaine de riverains du quartier du Port à quitter leur domicile, rapporte Le Quotidien du Rhône.",
        "La rivière a atteint 6,12 mètres à l'échelle de Mâcon, du jamais vu en juin depuis 1983. Les habitants évacués ont été accueillis au gymnase municipal, où une cinquantaine de lits de camp ont été installés.",
        "Quatre-vingts pompiers et six embarcations ont été engagés. Aucun blessé n'a été signalé, même si une personne âgée qui refusait de partir a dû être hélitreuillée en pleine nuit.",
        "Le département de l'Ain est en vigilance orange crues. D'après Vigicrues, la décrue ne devrait pas s'amorcer avant le week-end, le pic étant attendu jeudi soir. La D933 entre Trévoux et Jassans-Riottier est fermée à la circulation.",
        "Plus de 120 millimètres de pluie sont tombés depuis samedi sur le bassin de la Saône, selon Météo-France.",
    ],
    parent="qr-crue-saone", relation="derivative", cluster="qr-crue-saone")

# ---------------------------------------------------------------------------
# Harbour Herald own stories
add(key="hh-shipyard-pm", site="hh", published="2024-06-11T13:45:00+01:00", slug="news/prime-minister-alder-marine-shipyard-visit-frigates",
    title="Prime Minister promises 'new era' for Alder Marine yard on first visit",
    author="Sophie Carr",
    caption="The Prime Minister speaks to apprentices at the Alder Marine yard on Tuesday. Photo: Reuters/Alan Fenwick",
    paras=[
        "The Prime Minister promised a \"new era of shipbuilding\" on the Alder during a two-hour visit to the Alder Marine yard on Tuesday, confirming that the yard will build three of the Royal Navy's new support ships.",
        "The order, worth about £1.1 billion, is expected to secure 1,400 jobs at the yard for at least eight years and create 600 more, including 150 apprenticeships. Steel cutting on the first ship is due to start next spring.",
        "Walking the dry dock with managing director Kevin Allott, the Prime Minister told a group of apprentices that the town had \"shipbuilding in its bones\" and that the government wanted to \"bring the work home\" after years in which warship support vessels were built abroad.",
        "Union leaders welcomed the announcement but warned that the yard's cranes and covered halls needed urgent investment. \"Orders are only half the story. You can't build modern ships with 1970s kit,\" said GMB regional organiser Denise Hollis.",
        "Alder Marine said it would invest £65 million in a new assembly hall and a 300-tonne crane, with a further £20 million from the government's shipbuilding fund.",
        "The visit drew a small protest at the main gate from residents campaigning against plans for a new road to the yard through Westfield allotments.",
    ],
    comments=[("Riveter_Ron", "Heard it all before. Let's see the steel cut first."),
              ("AlderMum", "My son starts his apprenticeship there in September, so this is great news for us.")])
add(key="hh-ferry-timetable", site="hh", published="2024-06-12T10:15:00+01:00", slug="news/holm-island-ferry-winter-timetable-cuts",
    title="Ferry operator cuts winter sailings to Holm Island",
    author="Tom Reddick",
    caption="The Holm Maid leaving Port Alder's ferry terminal. Photo: Harbour Herald/Jenny Cole",
    paras=[
        "Islanders on Holm say they feel \"abandoned\" after the ferry operator announced it will run only two return sailings a day between October and March, down from four.",
        "Northsea Link said falling passenger numbers and a 40% rise in fuel costs meant the winter service lost £1.3 million last year. The first sailing from Port Alder will now leave at 9.30am rather than 7am, which islanders say makes it impossible to reach work or hospital appointments on the mainland on time.",
        "\"We have 380 people living here all year round, and a lot of them are elderly,\" said Holm community council chair Moira Beattie. \"Without the early boat, a hospital appointment becomes an overnight stay.\"",
        "The operator said it would run additional sailings on request for medical emergencies and would review the timetable in January. The county council, which subsidises the route, said it was \"seeking urgent talks\".",
        "A public meeting is due to be held at Holm village hall on Thursday 20 June at 7pm.",
    ],
    comments=[("IslandLife", "Two boats a day in winter is a joke. Half of us work in town."),
              ("Ferryman", "Fuel has doubled. Someone has to pay for it.")])
add(key="hh-school-roof", site="hh", published="2024-06-13T08:30:00+01:00", slug="news/westfield-primary-classrooms-closed-raac-roof",
    title="Westfield Primary closes six classrooms after crumbling concrete found in roof",
    author="Sophie Carr",
    paras=[
        "Six classrooms at Westfield Primary School have been closed with immediate effect after surveyors found reinforced autoclaved aerated concrete, known as RAAC, in the roof of the school's 1960s block.",
        "About 180 pupils in years three to five will be taught in the school hall, the library and two rooms at the neighbouring St Bede's church centre until temporary classrooms arrive, the council said.",
        "Headteacher Lorraine Baptiste wrote to parents on Wednesday evening to say that the rest of the school was \"completely safe\" and would stay open. \"I know this is worrying news, but the children's safety comes first,\" she said.",
        "The council said the panels had been found during a routine survey ordered after the discovery of RAAC at two other schools in the county last year. Props will be installed over the summer holidays, and the council has applied to the Department for Education for funding to replace the roof.",
        "Parents said they were frustrated that the problem had not been found sooner. \"They surveyed the whole county last year. How was this missed?\" asked Gemma Holt, whose two children attend the school.",
    ],
    comments=[("GemH", "Thanks for covering this. We found out from a Facebook post before the letter arrived.")])
add(key="hh-marathon", site="hh", published="2024-06-14T15:00:00+01:00", slug="sport/port-alder-half-marathon-record-field",
    title="Record field of 4,000 runners set for Port Alder half marathon",
    author="Gary Tinsley",
    caption="Runners cross the Alder Bridge during last year's race. Photo: Harbour Herald/Jenny Cole",
    paras=[
        "A record 4,000 runners will line up on Sunday for the 25th Port Alder half marathon, which for the first time will finish on the quayside rather than at the Victoria Park athletics track.",
        "The new route takes runners over the Alder Bridge twice and along the seafront to Northcliffe before turning back through the old town. Organisers say it is slightly faster than the old course, and they expect the men's course record of 1:03:41 to come under threat.",
        "Race director Neil Ashworth said the event had raised more than £2.4 million for local charities since it began in 1999. \"We started with 300 people and a few orange cones. Now it's the biggest day in the town's sporting calendar,\" he said.",
        "Road closures will be in place from 7am to 2pm on Sunday, including the whole of Marine Parade and the Alder Bridge. Buses will be diverted, and the park-and-ride at Westfield will run from 6.30am.",
    ])

# Daily Ledger own stories
add(key="dl-rail-fares", site="dl", published="2024-06-10T07:00:00+01:00", slug="news/uk/rail-fares-rise-march-inflation-a8785",
    title="Rail fares to rise 4.6% next March as inflation bites",
    standfirst="Season ticket holders face paying hundreds of pounds more a year",
    author="Mark Holloway",
    paras=[
        "Regulated rail fares in England will rise by up to 4.6 per cent next March, the Government confirmed yesterday, adding hundreds of pounds to the cost of many season tickets.",
        "The increase, set a percentage point below July's retail prices index forecast, will apply to season tickets on most commuter routes, off-peak returns on long-distance journeys and anytime tickets around major cities.",
        "A season ticket between Brighton and London will rise by about £260 to £5,910, while commuters from Reading will pay around £230 more.",
        "Campaign group Transport Focus said passengers would be \"dismayed\" to pay more while punctuality remained poor. Figures published last week showed that only 67 per cent of trains arrived on time in the year to March.",
        "The Department for Transport said the cap protected passengers from a larger rise and that the taxpayer was still spending billions a year to keep the railway running.",
        "Unregulated fares, which are set by the train companies, are expected to rise by a similar amount.",
    ])
add(key="dl-waiting-lists", site="dl", published="2024-06-13T10:00:00+01:00", slug="news/uk/nhs-waiting-list-falls-third-month-a8820",
    title="Hospital waiting list falls for third month in a row",
    standfirst="But more than 300,000 patients have waited over a year for treatment",
    author="Dr Helen Ashby",
    also_read="dl-pub-award", also_read_after=2,
    paras=[
        "The number of people waiting for routine hospital treatment in England has fallen for the third month in a row, official figures show, though more than 300,000 patients have now waited over a year.",
        "The waiting list stood at 7.54 million in April, down from 7.57 million in March, NHS England said. Its peak was 7.77 million last September.",
        "Health leaders said the fall was a sign that hospitals were clearing the backlog built up during the pandemic and the long-running strikes by junior doctors, but warned that demand remained far higher than before 2020.",
        "A&E performance also improved, with 74.1 per cent of patients seen within four hours, the best figure for almost three years. The target, set by ministers last year, is 78 per cent by next March.",
        "The King's Fund think tank said the improvement was \"welcome but fragile\", adding that a hot summer or a fresh round of industrial action could quickly reverse it.",
    ])
add(key="dl-pub-award", site="dl", published="2024-06-11T11:00:00+01:00", slug="news/uk/cotswold-pub-named-best-in-britain-a8801",
    title="Cotswold village pub with eight tables named best in Britain",
    author="Sam Fielding",
    paras=[
        "A village pub in the Cotswolds with just eight tables and no television has been named Britain's best pub by the Campaign for Real Ale.",
        "The Plough at Little Whitcombe, which is run by former teacher Janet Crowe and her son Alfie, beat more than 4,000 pubs to the title after a year of judging by volunteers.",
        "Judges praised its \"unchanged front bar\", its home-made pork pies and the six cask ales it keeps on at all times, most from breweries within 20 miles.",
        "Mrs Crowe said she had to sit down when she heard the news. \"We're just a village local. We'd have been happy to be named best in the county,\" she said.",
    ])
add(key="dl-energy-cap", site="dl", published="2024-06-12T08:00:00+01:00", slug="news/money/energy-price-cap-falls-july-ofgem-a8806",
    title="Energy bills to fall 7% from July as Ofgem lowers price cap",
    standfirst="Typical household will pay £1,568 a year, but charities warn bills remain far above pre-crisis level",
    author="Lucy Marr",
    caption="A smart meter display in a kitchen. Photo: Getty Images",
    also_read="dl-rail-fares", also_read_after=2,
    paras=[
        "Household energy bills will fall by 7 per cent from July after the regulator Ofgem lowered its price cap, bringing annual costs for a typical home down by £122 to £1,568.",
        "The cap, which limits what suppliers can charge per unit of gas and electricity in England, Scotland and Wales, is set every three months and reflects wholesale prices.",
        "Ofgem chief executive Jonathan Brearley said prices were \"moving in the right direction\" but that many households were still struggling with debts built up during the energy crisis.",
        "Charities said bills remained around 50 per cent higher than before Russia's invasion of Ukraine. National Energy Action said six million households were still in fuel poverty.",
        "Analysts expect the cap to rise slightly again in October as wholesale gas prices recover.",
    ])

# Metro Wire Today own stories
add(key="mw-own-drone-show", site="mw", published="2024-06-10T22:30:00-04:00", slug="us/2024/06/10/riverton-drone-show-record-crowd",
    title="Riverton's 1,500-drone riverfront show draws record crowd of 60,000", byline="Metro Wire staff",
    caption="Drones form the city skyline over the Kessel River on Monday night. © Reuters",
    paras=[
        "An estimated 60,000 people packed the Kessel River waterfront in Riverton on Monday night for a 1,500-drone light show marking the city's bicentennial, the largest crowd for a single event in the city's history, police said.",
        "The 18-minute show, designed by Ohio-based SkyCanvas, recreated the city's first steamboat, its old rail bridge and a portrait of founder Abigail Kessel, ending with the number 200 hovering above the water.",
        "Mayor Luis Carranza called it \"a night Riverton will talk about for the next 200 years\". The city paid $420,000 for the show, most of it raised from local sponsors.",
        "Police reported two minor arrests and said traffic on Riverside Drive took almost two hours to clear after the event.",
    ])
add(key="mw-own-stadium", site="mw", published="2024-06-12T21:15:00-04:00", slug="us/2024/06/12/riverton-council-approves-stadium-deal",
    title="Riverton council approves $1.4 billion stadium deal in 7-6 vote", byline="Metro Wire staff",
    caption="An artist's rendering of the planned stadium. (Photo by Riverton Rapids/AFP)",
    paras=[
        "Riverton City Council narrowly approved a $1.4 billion deal on Wednesday night to build a new stadium for the Riverton Rapids football team on the site of a former rail yard, after a four-hour meeting interrupted several times by protesters.",
        "Under the agreement, the city will contribute $480 million, financed by bonds to be repaid from a hotel tax and sales taxes collected in a new entertainment district around the stadium. The team's owners will pay the rest and any cost overruns.",
        "Supporters said the project would create 5,000 construction jobs and keep the team in the city for 30 years. \"This is the biggest investment in the east side in a generation,\" said council member Tasha Greene.",
        "Opponents argued that public money should go to schools and housing instead. \"Every study shows these stadiums don't pay for themselves,\" council member Raymond Ochoa said before voting no.",
        "Construction is expected to start next year, with the stadium opening for the 2028 season.",
    ])

# Valley Times own stories
add(key="vt-own-library", site="vt", published=None, slug="news/2024/06/10/cedar-falls-library-reopens-after-renovation",
    title="Cedar Falls library reopens after $6 million renovation", byline="By Karen Lindqvist, Valley Times",
    caption="The new children's reading room at the Cedar Falls Public Library. Valley Times photo by Mike Tran",
    paras=[
        "The Cedar Falls Public Library reopened Monday after an 18-month, $6 million renovation that added a children's wing, a makerspace with 3D printers and a quiet study floor for students.",
        "More than 400 people lined up before the doors opened at 9 a.m., library director Paula Engstrom said. \"We had people asking when we'd reopen every single week,\" she said. \"It's wonderful to have them back inside.\"",
        "The project was paid for by a voter-approved bond and a $1.2 million gift from the estate of retired teacher Doris Haugen, who used the library for more than 60 years. The children's wing is named in her honor.",
        "Summer reading sign-ups start Saturday. Hours are 9 a.m. to 8 p.m. Monday through Thursday and 9 a.m. to 5 p.m. Friday and Saturday.",
    ])
add(key="vt-own-county-budget", site="vt", published=None, slug="news/2024/06/12/county-supervisors-approve-budget-with-deputy-raises",
    title="Supervisors approve $142 million county budget with raises for deputies", byline="By Tom Jeffries, Valley Times",
    paras=[
        "Black Hawk County supervisors on Tuesday approved a $142 million budget for the coming fiscal year that includes 6% raises for sheriff's deputies and jail staff, but leaves the property tax rate unchanged.",
        "Sheriff Dan Corrigan had warned that the county was losing deputies to neighboring departments that pay up to $8,000 a year more. \"We've trained people only to watch them leave for Waterloo or Cedar Rapids,\" he told the board.",
        "The budget also sets aside $3.5 million for road and bridge repairs and $900,000 to replace the county's 911 dispatch system, which dates to 2009.",
        "Supervisor Linda Vos cast the lone vote against, saying the county should have cut the tax rate because of rising property values. \"Holding the rate steady is still a tax increase for most homeowners,\" she said.",
    ])
add(key="vt-own-football-coach", site="vt", published=None, slug="sports/2024/06/11/north-high-names-new-football-coach",
    title="North High names former Panthers star as head football coach", byline="By Jake Moller, Valley Times",
    paras=[
        "North High School has hired former University of Northern Iowa linebacker Marcus Bell as its head football coach, the school district announced Tuesday.",
        "Bell, 34, spent the past five seasons as defensive coordinator at Decorah, where his defense allowed just 11 points a game last fall. He replaces Gary Olsen, who retired in March after 22 seasons.",
        "\"I grew up ten minutes from this field. Coaching here is a dream,\" Bell said. The Polar Bears went 3-6 last season and have not reached the playoffs since 2017.",
        "Summer workouts begin June 17.",
    ])
add(key="vt-own-farmers-market", site="vt", published=None, slug="news/2024/06/14/farmers-market-moves-to-main-street",
    title="Farmers market moves to Main Street, adds Thursday evening hours", byline="By Karen Lindqvist, Valley Times",
    caption="Shoppers browse produce at a farmers market in Des Moines. (AP Photo/Charlie Ortmann, File)",
    paras=[
        "The Cedar Falls Farmers Market will move from the Overman Park parking lot to two blocks of Main Street starting this Saturday and will add a Thursday evening market through September, organizers said.",
        "Market manager Ruth Abernathy said the move gives room for 70 vendors, up from 48, and puts the market next to downtown shops and restaurants. \"The lot was full every week and we had a waiting list of 30 growers,\" she said.",
        "Main Street between Second and Fourth streets will be closed to traffic from 6 a.m. to 1 p.m. on Saturdays. The Thursday market will run from 4 p.m. to 7 p.m. with live music.",
        "The market accepts SNAP benefits and will double up to $20 a visit for fruit and vegetables through a state program.",
    ])

# Pacific Courier own stories
add(key="pc-own-housing-bill", site="pc", published="2024-06-11T17:20:00-07:00", slug="news/california/governor-signs-housing-bill-church-land",
    title="Governor signs bill letting churches build affordable housing on their land",
    byline="By Rosa Delgado, Pacific Courier",
    caption="The governor signs the housing bill at a church in Oakland on Tuesday. (AP Photo/Dana Whitcomb)",
    paras=[
        "California's governor on Tuesday signed a bill that lets churches, mosques, synagogues and nonprofit colleges build affordable housing on land they own without going through most local zoning hearings.",
        "Supporters say the law could open up as many as 170,000 acres statewide. Under it, projects where every unit is affordable to lower-income households can be approved by right, as long as they meet height and density limits set by the state.",
        "\"Our congregations have the land and the will. What they haven't had is a way through the red tape,\" said Pastor Calvin Morrow of Bethel AME in Oakland, where the bill was signed.",
        "Some cities opposed the measure, arguing it overrides local control. The League of California Cities said it would monitor how the law affects neighborhoods with little parking.",
        "The law takes effect Jan. 1.",
    ])
add(key="pc-own-seal-deaths", site="pc", published="2024-06-12T09:05:00-07:00", slug="news/environment/sea-lion-deaths-toxic-algae-bloom",
    title="Toxic algae bloom blamed for dozens of sea lion deaths along Central Coast",
    byline="By Ben Whitaker, Pacific Courier",
    caption="A sick sea lion rests on the beach in Morro Bay. Pacific Courier photo by Ana Ruiz",
    paras=[
        "At least 47 sea lions have died and more than 100 have been rescued along the Central Coast since late May, sickened by domoic acid from a toxic algae bloom, the Marine Mammal Center said Wednesday.",
        "Rescuers have found animals having seizures on beaches from Morro Bay to Santa Barbara. Domoic acid, produced by a microscopic algae, builds up in anchovies and sardines, which the sea lions eat.",
        "\"We're seeing more pregnant females than usual, which is heartbreaking because the toxin can also affect the pup,\" said veterinarian Dr. Claire Huang. \"Our pens are full.\"",
        "State officials warned beachgoers to keep their distance and their dogs on a leash, and to report stranded animals rather than try to push them back into the water.",
    ])
add(key="pc-own-transit", site="pc", published="2024-06-13T08:00:00-07:00", slug="news/local/bay-transit-free-fares-youth-summer",
    title="Coastline Transit to offer free rides for riders under 18 this summer",
    byline="By Rosa Delgado, Pacific Courier",
    paras=[
        "Coastline Transit will let riders under 18 ride its buses for free from June 15 to Aug. 31, the agency's board voted Wednesday, in a pilot aimed at winning back young riders after the pandemic.",
        "Youth ridership is still 35% below 2019 levels, general manager Pedro Salas told the board. The pilot will cost about $310,000 in lost fares, covered by a state grant.",
        "Riders will not need a pass, but drivers may ask for a school ID. The agency will decide in the fall whether to make the program permanent.",
    ])
add(key="pc-liveblog-storm", site="pc", published="2024-06-14T06:00:00-07:00", slug="news/live/storm-king-tides-central-coast-live-updates",
    title="Live updates: Late-season storm and king tides batter Central Coast",
    byline="Pacific Courier staff",
    entries=[
        ("6:02 a.m.", "Good morning. A late-season storm is moving onshore along the Central Coast, bringing gusts of up to 55 mph, heavy rain and coastal flooding during this morning's high tide. We'll be posting updates here throughout the day."),
        ("6:40 a.m.", "The National Weather Service has extended its coastal flood warning until 2 p.m. High tide in Pismo Beach is at 8:17 a.m. and is expected to reach 7.1 feet, about a foot above normal."),
        ("7:15 a.m.", "Pismo Beach police have closed the pier and the lower part of Pomeroy Avenue. Sandbags are available at the city corporation yard on Bello Street until noon."),
        ("8:05 a.m.", "PG&E reports about 9,300 customers without power in San Luis Obispo County, most of them in Grover Beach and Arroyo Grande. Crews are working on a downed line on Grand Avenue."),
        ("9:30 a.m.", "Waves are topping the sea wall at Cayucos. Reader Jim Porter sent us this photo of water running down Ocean Avenue. Please stay away from the shoreline."),
        ("10:50 a.m.", "Highway 1 is closed in both directions between Cambria and Ragged Point because of a rockslide, Caltrans says. No estimate for reopening."),
        ("12:20 p.m.", "The rain is easing from the north. Forecasters expect scattered showers this afternoon and a dry weekend. This will be our last update for now."),
    ],
    tweets=[("Coastal flood warning extended until 2 PM for the San Luis Obispo County coast. Expect flooding of low-lying roads and parking lots near high tide. #CAwx",
             "NWS Coast Desk (@NWS_CoastDesk)", "June 14, 2024")],
    tweet_after=2,
    paras=None)

# TechPulse own stories
add(key="tp-own-chip-startup", site="tp", published="2024-06-10T07:30:00-07:00", slug="news/lumenforge-photonic-chip-startup-raises-220-million",
    title="Photonic chip startup Lumenforge raises $220 million to take on Nvidia in AI data centers",
    dek="The Austin company says its optical interconnects cut the power used to move data between GPUs by 80%.",
    author="Priyanka Rao",
    paras=[
        "Lumenforge, an Austin-based startup building chips that move data with light instead of electricity, has raised $220 million in a Series C round led by Granite Peak Ventures, the company said Monday.",
        "The round values Lumenforge at $1.9 billion. Its optical interconnect chips link graphics processors inside AI data centers, a job now done mainly by copper cables and power-hungry electrical switches.",
        "\"Moving data is now more expensive than computing on it,\" chief executive Omar Haddad told TechPulse. \"Every watt we save on the network is a watt the customer can spend on training.\" The company says its chips cut the energy used for GPU-to-GPU traffic by about 80%.",
        "Lumenforge said two of the five largest cloud providers are testing its chips, and that it expects to begin volume shipments in the first half of 2025. It declined to name the customers.",
        "The company has now raised $410 million since it was spun out of the University of Texas in 2020. It employs 260 people and plans to double its staff in Austin and Taipei.",
    ],
    comments=[("photon_fan", "Everyone's been promising optical interconnects for a decade. Show me the shipping product."),
              ("dc_ops_guy", "Power is the real bottleneck in our halls. If the 80% is real this sells itself.")])
add(key="tp-own-phone-review", site="tp", published="2024-06-13T06:00:00-07:00", slug="reviews/halcyon-9-pro-review",
    title="Halcyon 9 Pro review: the best battery life in any flagship, and a camera that finally keeps up",
    dek="Two full days between charges, a superb telephoto and a price that undercuts the competition by $200.",
    author="Marcus Webb",
    paras=[
        "The Halcyon 9 Pro is the first phone I've tested this year that I stopped charging every night. With a 5,800mAh silicon-carbon battery and a more efficient processor, it lasted two full days of my normal use, with about 7 hours of screen time each day.",
        "The bigger surprise is the camera. Halcyon's earlier phones took sharp photos in daylight but fell apart indoors. The new 50-megapixel main sensor and a 5x periscope telephoto fix most of that: portraits in a dim restaurant came out clean and natural, if a little warm.",
        "The 6.7-inch display is bright enough to read in direct sunlight, and the phone now has an IP68 rating. The software is less cluttered than before, though it still installs three games I didn't ask for.",
        "At $899, the 9 Pro costs $200 less than its closest rivals. If you can live without wireless charging, which Halcyon has inexplicably dropped, it is the easiest flagship to recommend this year.",
    ],
    comments=[("andr0id_4ever", "No wireless charging in 2024 is a dealbreaker for me."),
              ("mwebb_reader", "Great review, the low-light samples are impressive.")])
add(key="tp-own-outage", site="tp", published="2024-06-14T11:20:00-07:00", slug="news/cloudnine-outage-takes-down-thousands-of-sites",
    title="CloudNine outage takes down thousands of sites and apps for three hours",
    dek="A faulty configuration push in one region cascaded across the provider's network.",
    author="Dana Okoro",
    paras=[
        "Thousands of websites and apps, including several banks and a major airline's check-in system, were unreachable for about three hours on Friday after an outage at cloud provider CloudNine.",
        "The company said a configuration change pushed to its load balancers in its Virginia region at 7:52 a.m. Eastern time caused them to drop traffic, and that automatic failover then overloaded two other regions.",
        "\"We know how disruptive this was and we are sorry,\" CloudNine chief technology officer Ravi Menon wrote on X. The company promised a full incident report within 72 hours.",
        "Downdetector logged more than 160,000 reports at the peak. Services began recovering at about 10:40 a.m., and CloudNine said all systems were operating normally by 11:15 a.m.",
        "It is the second major outage at CloudNine this year, after a storage failure in February took down some customers for most of a day.",
    ],
    tweets=[("We're aware of elevated error rates affecting load balancers in US-East. Engineers are engaged and we will share updates here.",
             "CloudNine Status (@CloudNineStatus)", "June 14, 2024"),
            ("Check-in and boarding passes are currently unavailable on our app and website due to a third-party outage. Please allow extra time at the airport.",
             "SkyWest Atlantic (@SkyWestAtlantic)", "June 14, 2024")],
    tweet_after=2)

# Le Quotidien du Rhône own stories (French)
add(key="qr-own-velo", site="qr", published="2024-06-10T18:00:00+02:00", slug="lyon/deplacements/lyon-la-voie-lyonnaise-2-ouvre-sur-les-quais-du-rhone",
    title="Lyon : la Voie lyonnaise 2 ouvre enfin sur les quais du Rhône",
    author="Julien Morel",
    paras=[
        "Après dix-huit mois de travaux, le tronçon de la Voie lyonnaise 2 entre le pont Wilson et le pont de l'Université a été inauguré lundi. Cette piste cyclable bidirectionnelle de quatre mètres de large longe désormais le Rhône sur la rive gauche.",
        "Le chantier, d'un coût de 14 millions d'euros, a supprimé une voie de circulation automobile et près de 200 places de stationnement. « C'était le maillon manquant entre le nord et le sud de la ville », s'est félicité le vice-président de la Métropole chargé des mobilités.",
        "Les commerçants du quai Augagneur restent sceptiques. « Nos clients venaient en voiture. Depuis le début des travaux, on a perdu 20 % de chiffre d'affaires », affirme le gérant d'une boulangerie.",
        "La Métropole compte 13 Voies lyonnaises d'ici 2026. Selon ses compteurs, le trafic cycliste a progressé de 12 % en un an sur les axes déjà aménagés.",
    ])
add(key="qr-own-municipales", site="qr", published="2024-06-11T19:30:00+02:00", slug="villeurbanne/politique/villeurbanne-le-maire-annonce-sa-candidature-pour-un-troisieme-mandat",
    title="Villeurbanne : le maire annonce qu'il briguera un troisième mandat",
    author="Nadia Benali",
    caption="Le maire lors du conseil municipal de lundi. Photo AFP / Olivier Chassin",
    paras=[
        "Il avait entretenu le suspense pendant des mois. Le maire de Villeurbanne a annoncé mardi soir, devant quelque 300 militants réunis au Rize, qu'il serait candidat à un troisième mandat lors des élections municipales de 2026.",
        "« Le travail n'est pas terminé. Nous avons lancé la rénovation des écoles et du quartier Saint-Jean, je veux aller au bout », a-t-il déclaré, entouré de plusieurs adjoints.",
        "L'opposition de droite, qui n'a pas encore désigné de tête de liste, a dénoncé « un mandat de trop ». Les écologistes, partenaires de la majorité actuelle, ont indiqué qu'ils se prononceraient à l'automne sur une éventuelle alliance.",
        "Deuxième ville de la Métropole de Lyon avec près de 160 000 habitants, Villeurbanne est dirigée par la gauche depuis 1977.",
    ])
add(key="qr-own-fete-musique", site="qr", published="2024-06-14T09:00:00+02:00", slug="lyon/sortir/fete-de-la-musique-2024-a-lyon-le-programme",
    title="Fête de la musique 2024 à Lyon : scènes, horaires et transports, le programme",
    author="Julien Morel",
    paras=[
        "Plus de 400 concerts sont annoncés vendredi 21 juin à Lyon pour la Fête de la musique, de la place des Terreaux au parc de la Tête d'Or, selon la Ville, qui a autorisé cette année 45 scènes sur l'espace public.",
        "Les principales scènes seront installées place Bellecour, où se produiront dès 19 heures plusieurs groupes de la scène locale, ainsi qu'aux Subsistances et sur les berges du Rhône.",
        "Les TCL prolongeront le service des métros et du tramway jusqu'à 2 heures du matin. La préfecture a interdit la vente d'alcool à emporter à partir de 20 heures dans le centre-ville.",
        "La circulation sera interdite dans la Presqu'île de 18 heures à 3 heures du matin.",
    ])

# Actu Alpes own stories (French, windows-1252 pages)
add(key="aa-own-glacier", site="aa", published="2024-06-10T10:00:00+02:00", slug="actualite/isere/les-deux-alpes-ski-glacier-ete-ouverture",
    title="Les Deux Alpes : le ski d'été sur le glacier rouvre samedi", byline="Mathieu Rey",
    paras=[
        "Le domaine skiable des Deux Alpes rouvrira samedi 15 juin son glacier pour la saison estivale, avec 12 pistes accessibles entre 2 900 et 3 400 mètres d'altitude, a annoncé la station.",
        "Grâce à un enneigement abondant au printemps, le ski sera possible jusqu'à fin août, tous les jours de 7 h 15 à 12 h 30. Le forfait journée est fixé à 42 euros.",
        "La station rappelle que le glacier a perdu près de 30 mètres d'épaisseur depuis 1990. Une partie des remontées mécaniques a dû être déplacée en 2022 pour suivre le recul de la glace.",
    ])
add(key="aa-own-beaufort", site="aa", published="2024-06-11T16:00:00+02:00", slug="actualite/savoie/beaufort-alpage-production-baisse",
    title="Savoie : la production de beaufort d'alpage en baisse, faute de bras", byline="Mathieu Rey",
    paras=[
        "La production de beaufort d'alpage, la version la plus prestigieuse du fromage savoyard, devrait reculer de près de 10 % cette année, selon le syndicat de défense du beaufort.",
        "En cause, la difficulté à recruter des vachers et des fromagers prêts à passer quatre mois en altitude. « On cherche encore une quinzaine de saisonniers pour monter en alpage début juillet », explique le président du syndicat.",
        "Le beaufort d'alpage doit être fabriqué deux fois par jour, au-dessus de 1 500 mètres, à partir du lait d'un seul troupeau de tarines ou d'abondances. Il se vend autour de 35 euros le kilo.",
        "Les coopératives réfléchissent à mieux loger les saisonniers, dont certains dorment encore dans des chalets sans eau chaude.",
    ])
