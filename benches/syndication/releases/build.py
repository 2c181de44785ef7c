#!/usr/bin/env python3
"""Build the English review corpus (reuse patterns other than plain wire copy).

Writes, next to this file:
  corpus.jsonl                 the corpus (id, source, published, url, title, text)
  truth.jsonl                  ground truth {id, cluster, parent, relation, note}
  corpus-reversed.jsonl        same lines in reverse order
  corpus-nodates.jsonl         without `published`
  corpus-nodates-nourl.jsonl   without `published` and `url`

Truth conventions (same as `wiretrace generate`): every copy or derivative points at the
article it was taken from (not along a chain of copies); a root with children is `original`,
an article with neither parent nor children is `unrelated`.  Copies of a release that is absent
from the input point at the virtual node of the distributor credited in the dateline
(`external:business-wire`, `external:globenewswire`).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
A = []      # articles
T = {}      # id -> (parent, relation, note)


def art(id, source, published, url, title, text, parent=None, relation=None, note=""):
    A.append(dict(id=id, source=source, published=published, url=url, title=title,
                  text=text.strip("\n")))
    T[id] = (parent, relation, note)


def P(*paras):
    return "\n\n".join(p.strip() for p in paras)

# ---------------------------------------------------------------------------------------
# 1a. PR Newswire release, present in the input, + verbatim copies, a story quoting two of
#     its paragraphs, and a story that only mentions the announcement.
# ---------------------------------------------------------------------------------------
CRV_1 = ("CAMBRIDGE, Mass., March 4, 2024 /PRNewswire/ -- Corvalis Therapeutics, Inc. (Nasdaq: CRVT), "
         "a clinical-stage biopharmaceutical company developing oral therapies for immune-mediated "
         "diseases, today announced positive topline results from LUMEN-2, its Phase 2b trial of "
         "CVT-218 in adults with moderately to severely active ulcerative colitis. The trial met its "
         "primary endpoint, with 31.4% of patients receiving the 60 mg once-daily dose achieving "
         "clinical remission at week 12, compared with 8.9% of patients receiving placebo (p<0.001).")
CRV_2 = ("LUMEN-2 enrolled 248 patients at 96 sites in North America, Europe and Asia-Pacific. Patients "
         "were randomized to one of three doses of CVT-218 (15 mg, 30 mg or 60 mg) or placebo. Clinical "
         "remission rates were 14.2% and 22.7% for the 15 mg and 30 mg arms, respectively. The 60 mg "
         "dose also met key secondary endpoints, including endoscopic improvement (38.0% versus 13.1% "
         "for placebo) and symptomatic remission at week 12.")
CRV_3 = ("CVT-218 was generally well tolerated. The most common adverse events were headache, "
         "nasopharyngitis and nausea, each reported in fewer than 7% of patients across the active arms. "
         "Serious adverse events occurred in 2.4% of patients on CVT-218 and 3.3% of patients on placebo. "
         "No cases of serious infection, venous thromboembolism or major adverse cardiovascular events "
         "were observed in the active arms.")
CRV_4 = ("\"These results show that a once-daily pill can deliver remission rates that rival those of "
         "injectable biologics, without the safety signals that have limited earlier oral options,\" said "
         "Helen Marchetti, M.D., Chief Executive Officer of Corvalis. \"We look forward to discussing the "
         "design of a Phase 3 program with regulators and expect to begin enrolling patients in the first "
         "half of 2025.\"")
CRV_REST = P(
    "Corvalis plans to present detailed results from LUMEN-2 at an upcoming medical meeting. The "
    "company will host a conference call and webcast today at 8:30 a.m. ET to discuss the data. The "
    "webcast can be accessed from the Investors section of the company's website.",
    "About Ulcerative Colitis\nUlcerative colitis is a chronic inflammatory disease of the large "
    "intestine that affects approximately 1.25 million people in the United States. Symptoms include "
    "abdominal pain, bloody diarrhea and urgency, and many patients do not achieve lasting remission "
    "with available therapies.",
    "About CVT-218\nCVT-218 is an investigational, oral, selective inhibitor of tyrosine kinase 2 (TYK2) "
    "designed to block signaling of IL-23, IL-12 and type I interferons, cytokines implicated in several "
    "immune-mediated diseases. CVT-218 is also being evaluated in a Phase 2 trial in Crohn's disease.",
    "About Corvalis Therapeutics\nCorvalis Therapeutics is a clinical-stage biopharmaceutical company "
    "based in Cambridge, Massachusetts, focused on discovering and developing oral small-molecule "
    "medicines for people living with immune-mediated diseases. For more information, visit "
    "www.corvalistx.com.",
    "Forward-Looking Statements\nThis press release contains forward-looking statements within the "
    "meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the "
    "planned Phase 3 program and the timing of regulatory discussions. Actual results may differ "
    "materially from those indicated by such statements due to various risks and uncertainties, "
    "including those described in the company's filings with the Securities and Exchange Commission. "
    "Corvalis undertakes no obligation to update these statements except as required by law.",
    "Investor Contact:\nMark Ostrowski\ninvestors@corvalistx.com",
)
CRV_BODY = P(CRV_1, CRV_2, CRV_3, CRV_4, CRV_REST)
CRV_SRC = "SOURCE Corvalis Therapeutics, Inc."
CRV_TITLE = "Corvalis Therapeutics Announces Positive Topline Results from LUMEN-2 Phase 2b Trial of CVT-218 in Ulcerative Colitis"
CRV_PRN_URL = "https://www.prnewswire.com/news-releases/corvalis-therapeutics-announces-positive-topline-results-from-lumen-2-phase-2b-trial-of-cvt-218-in-ulcerative-colitis-302077815.html"

art("prn-corvalis", "PR Newswire", "2024-03-04T07:00:00-05:00", CRV_PRN_URL, CRV_TITLE,
    P(CRV_BODY, CRV_SRC), None, "original", "the release itself")
art("yahoo-corvalis", "Yahoo Finance", "2024-03-04T07:04:00-05:00",
    "https://finance.yahoo.com/news/corvalis-therapeutics-announces-positive-topline-120000412.html",
    CRV_TITLE, P(CRV_BODY, CRV_SRC), "prn-corvalis", "exact_duplicate", "verbatim republication")
art("marketwatch-corvalis", "MarketWatch", "2024-03-04T07:06:00-05:00",
    "https://www.marketwatch.com/press-release/corvalis-therapeutics-announces-positive-topline-results-from-lumen-2-phase-2b-trial-of-cvt-218-in-ulcerative-colitis-d3a8c1f0",
    CRV_TITLE,
    P("The MarketWatch News Department was not involved in the creation of this content.",
      CRV_BODY, CRV_SRC),
    "prn-corvalis", "near_duplicate", "verbatim plus the site's own disclaimer")
art("morningstar-corvalis", "Morningstar", "2024-03-04T07:11:00-05:00",
    "https://www.morningstar.com/news/pr-newswire/20240304ny41822/corvalis-therapeutics-announces-positive-topline-results",
    CRV_TITLE,
    P(CRV_BODY, "View original content to download multimedia:" + CRV_PRN_URL, CRV_SRC),
    "prn-corvalis", "near_duplicate", "verbatim plus PRN 'View original content' line")

art("fierce-corvalis", "Fierce Biotech", "2024-03-04T11:20:00-05:00",
    "https://www.fiercebiotech.com/biotech/corvalis-oral-tyk2-clears-phase-2b-ulcerative-colitis-test",
    "Corvalis' oral TYK2 inhibitor clears phase 2b ulcerative colitis test, but low placebo rate draws questions",
    P(
        "Corvalis Therapeutics' bet on an oral TYK2 inhibitor has paid off in ulcerative colitis, with the "
        "Cambridge, Massachusetts-based biotech reporting Monday that its lead candidate beat placebo by a "
        "wide margin in a 248-patient midstage study. Shares rose 41% in premarket trading.",
        "The headline numbers came in a press release issued before markets opened. The company laid out "
        "the data this way:",
        CRV_2,
        "The 60 mg arm's 31.4% remission rate compares favorably with figures from recent trials of "
        "injectable drugs, though cross-trial comparisons are notoriously unreliable. The placebo response "
        "of 8.9% was also on the low end for the indication, something analysts flagged on Monday.",
        "\"A low placebo rate flatters the delta, so I'd want to see how this holds up in a larger, global "
        "phase 3,\" said Priya Venkataraman, an analyst at Leerink Partners, in a note to clients. She "
        "nonetheless raised her price target on the stock to $46 from $31.",
        "TYK2 has been a crowded and bumpy space. Bristol Myers Squibb's Sotyktu, approved for psoriasis in "
        "2022, missed in a phase 2 ulcerative colitis study, and several rivals have stumbled on safety or "
        "efficacy. Corvalis argues its molecule's higher selectivity lets it be dosed at levels that fully "
        "block the IL-23 pathway in the gut without touching JAK1, JAK2 or JAK3.",
        "The company's chief executive was bullish in the release:",
        CRV_4,
        "Corvalis, which went public in 2021, ended 2023 with $312 million in cash, enough to fund "
        "operations into 2026, according to its most recent filing. A phase 2 trial of CVT-218 in Crohn's "
        "disease is due to read out late this year.",
        "The company did not disclose how many patients dropped out of LUMEN-2 or break down results by "
        "prior biologic exposure, two details investors will be watching for when full data are presented.",
    ),
    "prn-corvalis", "derivative",
    "news story built on the release: all trial facts come from it, two paragraphs reproduced verbatim, "
    "own analyst quote and background added")

art("barrons-biotech", "Barron's", "2024-03-04T16:45:00-05:00",
    "https://www.barrons.com/articles/biotech-stocks-rally-rate-cuts-xbi-3f9a2c71",
    "Biotech Stocks Rally as Rate-Cut Bets Return. Three Names Leading the Charge.",
    P(
        "Biotech stocks had their best day in nearly a month on Monday, as falling Treasury yields revived "
        "investor appetite for the kind of cash-burning, long-duration companies that suffer most when "
        "borrowing costs stay high.",
        "The SPDR S&P Biotech ETF rose 3.2%, outpacing the S&P 500's 0.4% gain. The iShares Biotechnology "
        "ETF, which is weighted toward larger drugmakers, added 1.6%. Small-cap names did most of the "
        "lifting: more than 40 members of the SPDR fund gained 5% or more.",
        "The rally had a macro tailwind. The yield on the 10-year Treasury note slipped to 4.15% after "
        "softer-than-expected manufacturing data, and futures markets again priced in a first Federal "
        "Reserve rate cut by June. Biotech valuations lean heavily on profits expected years from now, so "
        "lower discount rates make those future cash flows worth more today.",
        "Company news helped, too. Corvalis Therapeutics jumped 38% after reporting positive midstage data "
        "for its ulcerative colitis pill. Verdant Oncology climbed 17% after the Food and Drug "
        "Administration accepted its application for a lung cancer drug, and Halcyon Gene rose 12% on "
        "takeover chatter that the company declined to address.",
        "Not everyone is convinced the move will last. \"We've seen three of these rate-driven pops since "
        "October, and each one faded when the data turned,\" said Martin Oyelaran, a portfolio manager at "
        "Clearwater Life Sciences Partners. \"What's different this time is that the M&A window is "
        "genuinely open. Big pharma has patent cliffs to fill, and that puts a floor under the sector.\"",
        "Deal activity supports that view. Large drugmakers announced more than $140 billion of "
        "acquisitions last year, and several executives have said in recent weeks that they remain on the "
        "hunt for late-stage assets in immunology and oncology.",
        "For now, the SPDR fund remains about 30% below its 2021 peak, a reminder of how much ground the "
        "group still has to make up.",
    ),
    None, "unrelated", "only mentions the Corvalis announcement in one sentence")

# ---------------------------------------------------------------------------------------
# 1b. Business Wire release, absent: copies only.
# ---------------------------------------------------------------------------------------
TSL_BODY = P(
    "SAN JOSE, Calif.--(BUSINESS WIRE)--Tessaline Networks, Inc. (NYSE: TSLN), a provider of cloud "
    "networking software for enterprises, today announced that it has entered into a definitive agreement "
    "to acquire Quarrybrook Security, a privately held developer of zero-trust access tools, for "
    "approximately $640 million in cash and stock. The transaction is expected to close in the third "
    "quarter of 2024, subject to regulatory approvals and customary closing conditions.",
    "Founded in 2017 and based in Austin, Texas, Quarrybrook provides identity-aware access gateways that "
    "let employees reach corporate applications without a traditional virtual private network. The "
    "company serves more than 1,100 customers and expects annual recurring revenue of about $85 million "
    "in 2024, growing more than 40% year over year.",
    "\"Our customers are retiring their VPNs and asking us to secure every connection, not just route it,\" "
    "said Rohan Desai, President and Chief Executive Officer of Tessaline. \"Quarrybrook's technology "
    "plugs directly into our platform and gives network teams a single place to set and enforce access "
    "policy across offices, clouds and remote workers.\"",
    "\"Joining Tessaline puts our product in front of thousands of enterprises that already trust its "
    "network,\" said Lena Vasquez, co-founder and Chief Executive Officer of Quarrybrook, who will join "
    "Tessaline as general manager of its security business.",
    "Under the terms of the agreement, Tessaline will pay approximately $420 million in cash and issue "
    "approximately $220 million in Tessaline common stock. Tessaline expects the acquisition to be "
    "neutral to non-GAAP operating margin in fiscal 2025 and accretive thereafter. Goldman Sachs & Co. LLC "
    "is serving as financial advisor to Tessaline, and Wilson Sonsini Goodrich & Rosati is serving as "
    "legal counsel.",
    "Conference Call\nTessaline will discuss the transaction on a conference call today at 5:30 a.m. PT "
    "(8:30 a.m. ET). A live webcast will be available on the Investor Relations section of "
    "www.tessaline.com.",
    "About Tessaline Networks\nTessaline Networks delivers cloud-managed networking software that helps "
    "more than 9,000 organizations connect and operate their offices, data centers and cloud workloads.",
    "Forward-Looking Statements\nThis press release contains forward-looking statements, including "
    "statements about the expected timing and benefits of the proposed acquisition. These statements are "
    "subject to risks and uncertainties, and actual results may differ materially. Tessaline assumes no "
    "obligation to update any forward-looking statement.",
    "Contacts\nInvestor Relations:\nSamir Khatri\nir@tessaline.com\n\nMedia:\nJoanna Pryce\npress@tessaline.com",
)
TSL_TITLE = "Tessaline Networks to Acquire Quarrybrook Security to Extend Platform to Zero-Trust Access"
art("yahoo-tessaline", "Yahoo Finance", "2024-05-14T08:05:00-04:00",
    "https://finance.yahoo.com/news/tessaline-networks-acquire-quarrybrook-security-120500518.html",
    TSL_TITLE, TSL_BODY, "external:business-wire", "exact_duplicate", "verbatim Business Wire release")
art("morningstar-tessaline", "Morningstar", "2024-05-14T08:06:00-04:00",
    "https://www.morningstar.com/news/business-wire/20240514615233/tessaline-networks-to-acquire-quarrybrook-security",
    TSL_TITLE, TSL_BODY, "external:business-wire", "exact_duplicate", "verbatim Business Wire release")
art("marketsinsider-tessaline", "Markets Insider", "2024-05-14T08:20:00-04:00",
    "https://markets.businessinsider.com/news/stocks/tessaline-networks-to-acquire-quarrybrook-security-1033372791",
    TSL_TITLE, P(TSL_BODY, "Copyright Business Wire 2024"),
    "external:business-wire", "near_duplicate", "verbatim plus 'Copyright Business Wire 2024'")

# ---------------------------------------------------------------------------------------
# 1c. GlobeNewswire release, absent: copies only.
# ---------------------------------------------------------------------------------------
NFM_BODY = P(
    "VANCOUVER, British Columbia, June 18, 2024 (GLOBE NEWSWIRE) -- Northfield Mining Corp. (TSXV: NFM) "
    "(OTCQB: NFMCF) (\"Northfield\" or the \"Company\") is pleased to report assay results from the first "
    "eleven holes of its 2024 diamond drilling program at the Kestrel Lake gold project in northwestern "
    "Ontario. Highlights include 14.2 metres grading 6.81 grams per tonne gold (g/t Au) from 88.0 metres "
    "in hole KL24-007, including 3.1 metres grading 24.6 g/t Au.",
    "The 2024 program was designed to test the down-plunge extension of the Main Zone below the historical "
    "open pit and to follow up on the 2023 discovery hole, which intersected 9.0 metres of 4.2 g/t Au. All "
    "eleven holes intersected the targeted shear structure, and mineralization remains open at depth and "
    "to the east.",
    "\"Hole 7 is the best intercept in the project's history and confirms that the high-grade shoots we "
    "see at surface continue well below the old pit,\" said Andrea Kowalczyk, President and CEO of "
    "Northfield. \"With results from a further fourteen holes pending, we are expanding the program to "
    "12,000 metres and mobilizing a second rig in July.\"",
    "Drill core was logged and sampled at the Company's secure facility in Dryden, Ontario. Samples were "
    "analyzed by fire assay with an atomic absorption finish at ActLabs in Thunder Bay, with samples "
    "above 10 g/t Au re-assayed by gravimetric finish. True widths are estimated at 70% to 85% of reported "
    "core lengths.",
    "The technical information in this news release has been reviewed and approved by Daniel Fortier, "
    "P.Geo., Vice President Exploration of Northfield and a Qualified Person as defined by National "
    "Instrument 43-101.",
    "About Northfield Mining Corp.\nNorthfield is a Vancouver-based exploration company advancing the "
    "Kestrel Lake gold project, a past-producing property covering 8,400 hectares in the Wabigoon "
    "greenstone belt of northwestern Ontario.",
    "Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the "
    "policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this "
    "release.",
    "Contact:\nAndrea Kowalczyk, President and CEO\ninfo@northfieldmining.com\n+1 604 555 0183",
)
NFM_TITLE = "Northfield Mining Intersects 14.2 Metres of 6.81 g/t Gold at Kestrel Lake"
art("yahoo-northfield", "Yahoo Finance", "2024-06-18T07:32:00-04:00",
    "https://finance.yahoo.com/news/northfield-mining-intersects-14-2-113000277.html",
    NFM_TITLE, NFM_BODY, "external:globenewswire", "exact_duplicate", "verbatim GlobeNewswire release")
art("nasdaq-northfield", "Nasdaq", "2024-06-18T07:40:00-04:00",
    "https://www.nasdaq.com/press-release/northfield-mining-intersects-14.2-metres-of-6.81-g-t-gold-at-kestrel-lake-2024-06-18",
    NFM_TITLE, NFM_BODY, "external:globenewswire", "exact_duplicate", "verbatim GlobeNewswire release")

# ---------------------------------------------------------------------------------------
# 2. Syndicated opinion column in three papers on different days (own headline, own bio line;
#    the Star Tribune trims two paragraphs).
# ---------------------------------------------------------------------------------------
COL = [
    "The first time I tried to file a grain report from my father's kitchen table in Audubon County, the "
    "upload bar crawled for forty minutes and then quit. That was 2009. Last month, visiting the same "
    "farmhouse, I watched my niece try to join a college lecture on the same connection, now upgraded, on "
    "paper, to \"broadband.\" She lasted eleven minutes.",
    "We have spent an enormous amount of public money since then. Washington has poured tens of billions "
    "of dollars into rural internet through a thicket of programs with names only a lobbyist could love: "
    "the Rural Digital Opportunity Fund, ReConnect, the Capital Projects Fund, and now the $42.5 billion "
    "Broadband Equity, Access and Deployment program, known as BEAD. Each arrived with a ribbon-cutting. "
    "Each promised the last mile.",
    "The trouble is not the money. It is the maps. For years, the Federal Communications Commission "
    "counted an entire census block as served if a single home in it could buy a fast connection. "
    "Providers filled out forms; nobody checked. Whole townships that had never seen a fiber line showed "
    "up in bright blue on the official charts, which made them ineligible for the very grants designed "
    "to reach them.",
    "The new maps are better, but they still lean on what companies say they could deliver rather than "
    "what customers actually receive. When a coalition of county supervisors asked residents last fall "
    "to run speed tests, nearly half of the results in areas listed as fully served came in below the "
    "federal minimum of 25 megabits per second.",
    "There is a second problem, and it is one we rural people do not like to admit. A grant that pays "
    "for fiber to a farmstead does not pay for the farmer to keep it. Monthly bills of $90 or more are "
    "common out here, and the federal program that knocked $30 off those bills for 23 million households "
    "ran out of money this spring. Some of the families who finally got a line are now deciding whether "
    "they can afford to keep it.",
    "None of this argues for giving up. Broadband is to this generation what rural electrification was "
    "to my grandparents, and nobody today regrets the poles the Rural Electrification Administration put "
    "up in the 1930s. But the REA worked because it built cooperatives that were owned by the people "
    "they served and answered to them. The lines went where the members were, not where a map said they "
    "should be.",
    "If Washington wants the BEAD money to land, it should do three things. Pay for audits of provider "
    "claims, not just for construction. Give counties and co-ops, not only national carriers, a fair "
    "shot at the grants. And set aside a few dollars to keep service affordable after the ribbon is cut.",
    "My niece, for the record, now drives twelve miles to the public library parking lot to take her "
    "classes. The library's Wi-Fi reaches the first four spaces. On a weekday evening in Audubon, you "
    "will find them all full.",
]
art("register-column", "The Des Moines Register", "2024-04-07T05:00:00-05:00",
    "https://www.desmoinesregister.com/story/opinion/columnists/2024/04/07/rural-broadband-money-keeps-missing-last-mile/73221456007/",
    "Rural broadband money keeps missing the last mile",
    P(*COL, "Margaret Ellery grew up on a farm in Audubon County and writes about rural policy. Her "
          "column appears in newspapers across the Midwest."),
    None, "original", "earliest appearance of the syndicated column")
art("owh-column", "Omaha World-Herald", "2024-04-09T04:00:00-05:00",
    "https://omaha.com/opinion/columnists/margaret-ellery-fix-the-maps-before-spending-another-broadband-dollar/article_5c1e9a2e-f3b1-11ee-9d7a-0b6f2c1a7e44.html",
    "Margaret Ellery: Fix the maps before spending another broadband dollar",
    P(*COL, "Margaret Ellery is a syndicated columnist who writes about agriculture and rural life. "
          "Email: mellery@ellerycolumn.com."),
    "register-column", "near_duplicate", "same column, other headline and bio line")
art("startribune-column", "Star Tribune", "2024-04-11T17:30:00-05:00",
    "https://www.startribune.com/we-keep-paying-for-rural-internet-that-isnt-there/600357812/",
    "We keep paying for rural internet that isn't there",
    P(*(COL[:4] + COL[5:7]),
      "Margaret Ellery, a former Iowa deputy secretary of agriculture, writes a weekly column on rural "
      "affairs."),
    "register-column", "near_duplicate", "same column trimmed (paragraphs 5 and 8 cut), own bio line")

# ---------------------------------------------------------------------------------------
# 3. Guardian liveblog, the Guardian's evening wrap-up reusing entries, the Independent
#    crediting the liveblog, the Birmingham Mail crediting the wrap-up next morning, and
#    an independent BBC report of the same event.
# ---------------------------------------------------------------------------------------
LB_NG = ("National Grid has given its first explanation. A spokesperson told the Guardian: \"We are "
         "investigating a fault at our Nechells substation which caused a number of circuits to trip at "
         "6.48am. Our engineers have been on site since shortly after 7am and supplies are being restored "
         "progressively.\"")
LB_QE = ("Queen Elizabeth hospital Birmingham says it is running on backup generators and has postponed "
         "some outpatient appointments. A spokesperson said emergency departments were open and that "
         "patients should attend planned appointments unless contacted.")
LB_TL = ("Traffic lights are out across large parts of the city centre. West Midlands police are urging "
         "drivers to avoid the area and to treat junctions without working signals with extreme caution.")
LB_AC = ("A reader, Amira Choudhury, who was due to travel to London Euston for a job interview, told us: "
         "\"They shut the doors and told us nothing for an hour. Now they're saying maybe this afternoon. "
         "I've emailed the company but I doubt they'll wait for me.\"")
LB_NR = ("Network Rail has confirmed that New Street has been evacuated as a precaution after emergency "
         "lighting failed on the concourse. Trains from the south are terminating at Birmingham "
         "International, and services from the north at Wolverhampton.")
art("guardian-liveblog", "The Guardian", "2024-10-15T07:12:00+01:00",
    "https://www.theguardian.com/uk-news/live/2024/oct/15/birmingham-power-cut-new-street-station-closed-live",
    "West Midlands power cut: Birmingham New Street closed as thousands lose electricity – live",
    P(
        "13.40 BST\nWe're going to pause our live coverage here. Power has been restored to most homes, "
        "but Birmingham New Street remains closed for now. We'll have a full wrap of the day's events "
        "later. Thanks for reading.",
        "13.22 BST\nWest Midlands Trains says it expects New Street to reopen \"in stages\" from about 4pm. "
        "Passengers are advised not to travel before then, and tickets for today will be accepted on "
        "Wednesday.",
        "12.51 BST\n" + LB_NG,
        "12.05 BST\nNational Grid Electricity Distribution says about 61,000 customers are still without "
        "power, down from a peak of 148,000 shortly after 8am. Most of those still affected are in "
        "Aston, Nechells, Saltley and parts of the city centre.",
        "11.30 BST\n" + LB_QE,
        "10.47 BST\nBirmingham city council has opened welfare centres at the Council House and at two "
        "libraries for residents who need to charge phones or medical equipment. Schools in the affected "
        "area have been told to use their own judgment about staying open.",
        "09.58 BST\n" + LB_TL,
        "09.20 BST\nHundreds of passengers are waiting outside New Street on Stephenson Street and in the "
        "Bullring. " + LB_AC,
        "08.34 BST\n" + LB_NR,
        "07.12 BST\nGood morning. A major power cut has hit Birmingham and parts of the wider West "
        "Midlands since just before 7am, closing Birmingham New Street station and leaving tens of "
        "thousands of homes without electricity. We'll bring you all the latest here.",
    ),
    None, "original", "liveblog")

art("independent-powercut", "The Independent", "2024-10-15T13:15:00+01:00",
    "https://www.independent.co.uk/news/uk/home-news/birmingham-power-cut-new-street-station-b2629417.html",
    "Birmingham power cut: New Street station evacuated and 148,000 homes hit by outage",
    P(
        "Birmingham New Street station was evacuated on Tuesday morning after a huge power cut plunged "
        "large parts of the West Midlands into darkness.",
        "At its peak, about 148,000 homes and businesses lost electricity, according to National Grid "
        "Electricity Distribution, as The Guardian reported in its live coverage. By midday around 61,000 "
        "customers were still waiting for supplies to return, most of them in Aston, Nechells and Saltley.",
        "The outage began shortly before 7am. Emergency lighting failed on the station concourse, prompting "
        "Network Rail to clear the building as a precaution, with trains turned back at Birmingham "
        "International and Wolverhampton.",
        "National Grid told The Guardian it was investigating a fault at its Nechells substation, which it "
        "said \"caused a number of circuits to trip at 6.48am\". The company said engineers had been on "
        "site since shortly after 7am.",
        "The Queen Elizabeth hospital was forced onto backup generators and postponed some outpatient "
        "appointments, though emergency departments stayed open. Across the city centre, traffic lights "
        "failed, and police warned drivers to stay away.",
        "Birmingham City Council opened welfare centres where residents could charge phones and medical "
        "equipment.",
        "Hundreds of travellers were left stranded outside the station. One passenger told the Guardian "
        "she had been due at a job interview in London and had been told nothing for an hour.",
        "It is the second major outage to hit the region this year, after a substation fire in Walsall "
        "cut power to 30,000 homes in March.",
    ),
    "guardian-liveblog", "derivative", "aggregator rewrite of the liveblog, credits the Guardian")

art("guardian-wrap", "The Guardian", "2024-10-15T19:05:00+01:00",
    "https://www.theguardian.com/uk-news/2024/oct/15/birmingham-power-cut-transformer-fire-new-street-reopens",
    "Birmingham power cut caused by transformer fire, says National Grid, as New Street reopens",
    P(
        "A transformer fire at a substation in Nechells caused the power cut that shut Birmingham New "
        "Street station and left 148,000 homes and businesses across the West Midlands without "
        "electricity on Tuesday, National Grid has said.",
        "The station reopened in stages from 4.20pm, more than nine hours after it was evacuated, and "
        "all customers had their supplies restored by 5.45pm, according to National Grid Electricity "
        "Distribution.",
        "Earlier in the day, the company had said only that it was investigating a fault. " + LB_NG[len("National Grid has given its first explanation. "):],
        "In an update on Tuesday evening, National Grid said a fire in one of the site's transformers had "
        "triggered protection systems that disconnected three circuits feeding the city centre and north "
        "Birmingham. \"The fire was extinguished by our own systems before the fire service arrived,\" a "
        "spokesperson said. \"We will carry out a full investigation and share what we find with Ofgem.\"",
        "The energy minister said he had asked for a report within a week. \"People "
        "deserve to know why a single fault could take down a major railway station and a hospital's mains "
        "supply,\" he said.",
        LB_QE,
        LB_TL,
        LB_AC,
        "West Midlands Trains said tickets dated 15 October would be accepted on Wednesday. Passengers "
        "whose journeys were delayed by more than an hour can claim compensation under the Delay Repay "
        "scheme.",
        "Customers who were without power for more than 12 hours are entitled to an automatic payment "
        "under Ofgem rules, though National Grid said it expected very few households to qualify.",
    ),
    "guardian-liveblog", "derivative", "same outlet's wrap-up reusing five liveblog entries")

art("birminghammail-powercut", "Birmingham Mail", "2024-10-16T07:30:00+01:00",
    "https://www.birminghammail.co.uk/news/midlands-news/power-cut-cause-transformer-fire-nechells-30161847",
    "Cause of Birmingham power cut revealed as minister demands answers",
    P(
        "The power cut that brought Birmingham to a standstill on Tuesday was caused by a transformer fire "
        "at a substation in Nechells, according to National Grid.",
        "The fire triggered safety systems that knocked out three circuits supplying the city centre and "
        "the north of the city, the Guardian reported on Tuesday evening. National Grid said the fire had "
        "been put out by its own systems before firefighters arrived, and that it would share the findings "
        "of a full investigation with the regulator, Ofgem.",
        "The energy minister has asked for a report within a week, telling the Guardian people "
        "\"deserve to know why a single fault could take down a major railway station and a hospital's "
        "mains supply\".",
        "New Street station, which was evacuated when its emergency lighting failed, did not reopen until "
        "4.20pm. Power was restored to all 148,000 affected customers by 5.45pm.",
        "Rail passengers whose journeys were delayed by more than an hour can claim through Delay Repay, "
        "and West Midlands Trains is accepting Tuesday's tickets today.",
        "Households left without power for more than 12 hours may be entitled to an automatic payment "
        "under Ofgem rules, but National Grid says very few are likely to qualify.",
        "Did the power cut affect you? Tell us in the comments below.",
    ),
    "guardian-wrap", "derivative", "rewrite of the evening wrap-up (cause, minister), credits the Guardian")

art("bbc-powercut", "BBC News", "2024-10-15T10:30:00+01:00",
    "https://www.bbc.co.uk/news/articles/c3e8p1kq2xjo",
    "Birmingham power cut: New Street station shut and thousands without electricity",
    P(
        "Birmingham New Street has been closed and tens of thousands of homes are without electricity "
        "after a power cut across parts of the West Midlands.",
        "The outage began at about 06:50 BST. Network Rail said the station was cleared after its "
        "emergency lighting stopped working, and passengers have been told not to travel into Birmingham.",
        "West Midlands Police said officers were directing traffic at several junctions in the city centre "
        "where signals had failed, and asked people to make only essential journeys.",
        "Gurdeep Sandhu, who runs a café on Corporation Street, said he had been forced to throw away "
        "stock. \"The fridges went off at seven and nobody can tell me when they'll come back on,\" he "
        "told BBC Midlands Today. \"If it's all day, that's a week's takings gone.\"",
        "In Aston, Joan Prescott, 81, said she had been sitting in the dark with a torch. \"I've got a "
        "stairlift and I can't use it, so I'm stuck downstairs until it comes back,\" she said.",
        "National Grid Electricity Distribution said it was aware of the problem and that its teams were "
        "working to restore supplies as quickly as possible. It has not said what caused the outage.",
        "Several schools in north Birmingham have closed for the day, and the University of Birmingham "
        "said some lectures had been moved online.",
        "The power cut comes weeks after the region's electricity network was criticised in a report for "
        "slow repair times during storms last winter.",
    ),
    None, "unrelated", "independent report of the same event (own sources, published before the NG statement)")

# ---------------------------------------------------------------------------------------
# 4. Local TV: KCRA 3 story, the sister station's digital-desk rewrite a day later, and a
#    competitor's independent report of the same closure.
# ---------------------------------------------------------------------------------------
art("kcra-hwy50", "KCRA 3", "2024-08-27T17:40:00-07:00",
    "https://www.kcra.com/article/highway-50-echo-summit-nighttime-closures-repaving/62012345",
    "Highway 50 to close overnight near Echo Summit for five nights of repaving",
    P(
        "Drivers heading to or from South Lake Tahoe will need to plan around full overnight closures of "
        "Highway 50 near Echo Summit starting next week, Caltrans said Tuesday.",
        "The highway will be closed in both directions between Twin Bridges and Meyers from 8 p.m. to 6 "
        "a.m. for five nights, Monday, Sept. 9, through Friday, Sept. 13, while crews grind down and "
        "repave about four miles of roadway that was damaged during last winter's storms.",
        "\"We know this is the main way in and out of the basin for a lot of people, so we've pushed all "
        "of the work we can into the overnight hours,\" Caltrans District 3 spokesperson Raquel Borrego told "
        "KCRA 3. \"If you can travel before 8 p.m. or after 6 a.m., you won't notice us.\"",
        "During the closures, traffic will be detoured over Highway 88 through Kirkwood and Highway 89 "
        "over Luther Pass, a route that adds roughly an hour to the trip between Placerville and South "
        "Lake Tahoe. Large trucks are being told to use Interstate 80 instead.",
        "Emergency vehicles will be escorted through the work zone, Caltrans said.",
        "The $18.6 million project also includes new guardrail, drainage repairs and rumble strips along "
        "the Echo Summit grade, where the shoulder partly slid away during a series of atmospheric river "
        "storms in February. Daytime one-way traffic control with delays of up to 20 minutes is expected "
        "to continue on weekdays through late October.",
        "Businesses in Meyers said the timing after Labor Day is a relief. \"If they'd done this in July, "
        "it would have been a disaster for us,\" said Tom Hennessey, who owns a sporting goods shop on "
        "the highway. \"September nights are quiet, so we can live with it.\"",
        "Caltrans urges drivers to check QuickMap for real-time conditions before heading up the hill.",
    ),
    None, "original", "sister station's source story")

art("ksbw-hwy50", "KSBW Action News 8", "2024-08-28T10:15:00-07:00",
    "https://www.ksbw.com/article/highway-50-echo-summit-closures-tahoe-travel/62023456",
    "Heading to Tahoe in September? Highway 50 will close at night near Echo Summit",
    P(
        "If you're planning a trip from the Central Coast to Lake Tahoe next month, you may want to "
        "double-check your route.",
        "Caltrans will fully close Highway 50 near Echo Summit overnight for five nights in September for "
        "repaving, our sister station KCRA 3 reports.",
        "The closures will run from 8 p.m. to 6 a.m., Monday, Sept. 9, through Friday, Sept. 13, between "
        "Twin Bridges and Meyers. Crews will grind down and repave about four miles of highway that was "
        "damaged during last winter's storms.",
        "\"If you can travel before 8 p.m. or after 6 a.m., you won't notice us,\" Caltrans spokesperson "
        "Raquel Borrego told KCRA 3.",
        "Drivers will be detoured over Highway 88 through Kirkwood and Highway 89 over Luther Pass, which "
        "adds about an hour to the trip between Placerville and South Lake Tahoe. Big rigs are being "
        "directed to Interstate 80.",
        "The $18.6 million project also adds new guardrail, drainage repairs and rumble strips on the "
        "Echo Summit grade. Daytime one-way traffic control with delays of up to 20 minutes is expected "
        "on weekdays through late October.",
        "For Central Coast travelers, the simplest option may be to take Interstate 80 through Truckee and "
        "come into the basin from the north shore.",
        "Caltrans recommends checking QuickMap before you go.",
    ),
    "kcra-hwy50", "derivative", "digital-desk rewrite crediting 'our sister station KCRA 3'")

art("abc10-hwy50", "ABC10", "2024-08-27T19:05:00-07:00",
    "https://www.abc10.com/article/traffic/highway-50-echo-summit-closure-september/103-8c2f0a1e-5b7d-4d1e-9f3a-2e6c1b7a9d40",
    "Overnight Highway 50 closures coming to Echo Summit: What Tahoe travelers need to know",
    P(
        "Caltrans is planning a week of nighttime closures on Highway 50 at Echo Summit in September, the "
        "agency announced Tuesday, as it finishes storm repairs on one of the main routes into the Tahoe "
        "basin.",
        "According to the agency's announcement, the road will be shut from Twin Bridges to Meyers each "
        "night from Sept. 9 to Sept. 13. Traffic will be sent around the closure on Highway 88 and Highway "
        "89.",
        "Caltrans District 3 deputy director Marisa Elling said in the announcement that the work could not "
        "wait until next year. \"The shoulder on the grade is being held up by temporary fixes. We need "
        "permanent repairs in place before the snow comes back.\"",
        "ABC10 drove the detour on Tuesday afternoon. Going from Placerville to South Lake Tahoe over "
        "Carson Pass took just under two hours and ten minutes, compared with about an hour and fifteen "
        "minutes on Highway 50.",
        "The closure is the latest in a string of disruptions for the route. Highway 50 was closed for "
        "nearly two weeks in 2021 during the Caldor Fire, and mudslides shut it near Kyburz twice in 2023.",
        "Emily Tran, who manages a motel in South Lake Tahoe, said she was more worried about the daytime "
        "delays than the nighttime closure. \"People will hear 'Highway 50 closed' and cancel their whole "
        "weekend,\" she said. \"We're open. Just come up before eight.\"",
        "Caltrans says the full project should be finished by the end of October, weather permitting.",
    ),
    None, "unrelated", "competitor's independent report of the same Caltrans announcement")

# ---------------------------------------------------------------------------------------
# 5. Three independent reports of one ruling quoting the same paragraph of the judgment.
# ---------------------------------------------------------------------------------------
RULING = ("\"The State may protect farms from trespass, and it may punish those who interfere with "
          "livestock or crops. What it may not do is single out the act of recording, and only the "
          "recording of agricultural operations, for criminal punishment because of the message the "
          "recording might carry. That is a content-based restriction on speech, and the State has not "
          "come close to showing that it is the least restrictive means of serving a compelling interest.\"")
art("reuters-idaho", "Reuters", "2024-07-09T21:40:00Z",
    "https://www.reuters.com/legal/government/judge-blocks-idaho-law-banning-drone-recording-farms-2024-07-09/",
    "Judge blocks Idaho law banning drone recording of farms",
    P(
        "A federal judge on Tuesday blocked Idaho from enforcing a law that made it a crime to use a drone "
        "to photograph or film agricultural operations without the owner's consent, finding that it "
        "likely violates the First Amendment.",
        "U.S. District Judge Harold Winslow in Boise granted a preliminary injunction sought by the Animal "
        "Legal Defense Fund, two Idaho journalists and a drone photographers' trade group, who sued in "
        "March shortly after the law took effect.",
        "In a 34-page ruling, Winslow wrote:",
        RULING,
        "The law, passed by the Republican-led legislature last year, made unauthorized drone recording "
        "over farms, dairies and feedlots a misdemeanor punishable by up to a year in jail. Backers said "
        "it protected farmers' privacy and biosecurity.",
        "A spokesperson for the Idaho attorney general's office said the office was reviewing the "
        "decision and would \"consider all options, including an appeal to the 9th Circuit.\"",
        "Alicia Romero, a lawyer for the Animal Legal Defense Fund, called the ruling a clear signal to "
        "other states. \"This is the fourth time a court has told Idaho that it cannot criminalize "
        "documenting what happens on factory farms,\" she said.",
        "The 9th U.S. Circuit Court of Appeals struck down parts of an earlier Idaho \"ag-gag\" law in "
        "2018.",
        "The case is Animal Legal Defense Fund et al v. State of Idaho, U.S. District Court for the District of "
        "Idaho, No. 1:24-cv-00112.",
    ),
    None, "unrelated", "independent report")

art("idahocapitalsun-idaho", "Idaho Capital Sun", "2024-07-09T17:05:00-06:00",
    "https://idahocapitalsun.com/2024/07/09/federal-judge-halts-idahos-farm-drone-recording-ban/",
    "Federal judge halts Idaho's farm drone recording ban",
    P(
        "A federal judge has halted enforcement of an Idaho law that criminalized flying drones to record "
        "images of farms and ranches, siding with animal welfare advocates and journalists who argued the "
        "law was written to keep the public from seeing inside large livestock operations.",
        "The preliminary injunction issued Tuesday by U.S. District Judge Harold Winslow means the state "
        "cannot prosecute anyone under House Bill 398 while the lawsuit moves forward.",
        "Sen. Dale Rasmussen, R-Rigby, who sponsored the bill, said he was disappointed. \"Farm families "
        "have a right to privacy like anybody else, and drones flying over a calving barn can spook animals "
        "and spread disease,\" he told the Idaho Capital Sun. \"I expect we'll be back in January with a "
        "version the courts can live with.\"",
        "Winslow's decision turned on the fact that the law did not ban drones over farms outright but "
        "only recording by them. The judge wrote:",
        RULING,
        "Boise photojournalist Kelsey Marchand, one of the plaintiffs, said she had stopped working on a "
        "story about manure lagoons near the Snake River after the law passed. \"I wasn't willing to risk "
        "jail to take a picture of something you can see from an airplane,\" she said.",
        "The Idaho Dairymen's Association, which supported the bill, said in a statement that its members "
        "would \"continue to welcome visitors who ask first.\"",
        "Idaho has a long history with so-called ag-gag laws. A 2014 statute that criminalized secretly "
        "filming at agricultural facilities was largely struck down by federal courts.",
    ),
    None, "unrelated", "independent report")

art("bspr-idaho", "Boise State Public Radio", "2024-07-10T06:30:00-06:00",
    "https://www.boisestatepublicradio.org/politics-government/2024-07-10/idaho-drone-farm-law-injunction-first-amendment",
    "Idaho's farm drone law is on hold. Here's what the ruling says",
    P(
        "Drone pilots in Idaho can once again record farms from the air, at least for now.",
        "Late Tuesday, U.S. District Judge Harold Winslow issued a preliminary injunction against a 2023 "
        "state law that made it a misdemeanor to use a drone to capture images of an agricultural "
        "operation without permission. The law had not yet been used to charge anyone, according to "
        "county prosecutors contacted by Boise State Public Radio.",
        "The key passage of the ruling distinguishes between protecting property and restricting speech:",
        RULING,
        "University of Idaho law professor Thomas Greer said the reasoning tracks a decade of decisions on "
        "ag-gag laws across the West. \"Courts keep drawing the same line,\" Greer said. \"Trespass and "
        "property damage are fair game for the legislature. Making it a crime to create an image is not.\"",
        "Under Federal Aviation Administration rules, recreational drone pilots must still fly below 400 "
        "feet, keep their aircraft in sight and avoid flying over people, and the injunction does not "
        "change Idaho's separate law on drone trespass over private property.",
        "The attorney general's office has 30 days to appeal the injunction to the 9th Circuit. A trial on "
        "the merits has not been scheduled.",
        "Farm groups say they will push lawmakers for a narrower bill. Carla Voss of the Idaho "
        "Dairymen's Association said producers were worried about disease, not publicity. \"Avian flu is "
        "in our dairy herds right now. Biosecurity is not an abstraction,\" he said.",
    ),
    None, "unrelated", "independent report")

# ---------------------------------------------------------------------------------------
# 6. Corrections: the same story re-issued hours later with one fact changed and a note.
# ---------------------------------------------------------------------------------------
def levy(amount, note):
    return P(
        "The Minneapolis school board voted 7-2 on Tuesday night to ask voters in November to approve a "
        "new operating levy, arguing that without it the district will have to cut as many as 300 teaching "
        "positions over the next three years.",
        f"The levy would raise about {amount} a year for 10 years. For the owner of a median-value home, "
        "worth about $330,000, property taxes would rise by roughly $26 a month, according to district "
        "estimates.",
        "\"We have cut central office, we have closed buildings, we have frozen hiring,\" said board chair "
        "Sharon Delacroix. \"What's left is classrooms. This is the question we owe voters.\"",
        "The district faces a projected budget gap of $110 million in 2025-26, driven by falling "
        "enrollment, the end of federal pandemic aid and rising special education costs that the state "
        "covers only in part. Enrollment has dropped from about 36,000 students in 2019 to just under "
        "29,000 this fall.",
        "The two members who voted no, Adriana Cole and Lori Brandt, said they supported more school "
        "funding but worried that asking for more on top of an existing levy could backfire at the polls. "
        "\"If this fails, we're worse off than if we'd waited a year and built a coalition,\" Brandt said.",
        "Minneapolis voters have approved every operating levy put before them since 2000, most recently "
        "in 2016, when a renewal passed with 79% support.",
        "Teachers union president Denise Okafor urged the board to pair the levy with a commitment to "
        "protect class sizes. \"People will vote yes for smaller classes. They won't vote yes for a "
        "black hole,\" she said.",
        "The question will appear on the Nov. 5 ballot alongside races for three school board seats.",
        note,
    )

LEVY_URL = "https://www.startribune.com/minneapolis-school-board-puts-levy-question-on-november-ballot/600392417/"
art("startribune-levy", "Star Tribune", "2024-08-28T06:00:00-05:00", LEVY_URL,
    "Minneapolis school board puts levy question on November ballot",
    levy("$38 million", ""), None, "original", "first version (wrong amount)")
art("startribune-levy-corrected", "Star Tribune", "2024-08-28T14:20:00-05:00", LEVY_URL,
    "Minneapolis school board puts levy question on November ballot",
    levy("$28 million", "Correction: An earlier version of this article misstated the amount the levy "
                        "would raise each year. It is about $28 million."),
    "startribune-levy", "near_duplicate", "corrected re-issue, same URL")

def harlow(title_phrase, lead_note):
    return P(
        lead_note,
        "Shares of Harlow & Finch fell more than 14% in early trading Wednesday after the home goods "
        "retailer cut its full-year outlook, citing weaker spending on furniture and a costly inventory "
        "cleanup.",
        "The company now expects fiscal 2024 revenue of $3.05 billion to $3.1 billion, down from its "
        "previous forecast of $3.25 billion to $3.3 billion. Analysts polled by LSEG had expected $3.21 "
        "billion.",
        "For the third quarter, Harlow & Finch reported a net loss of $41 million, or 68 cents per share, "
        "compared with a profit of $12 million a year earlier. Adjusted for one-time items, it lost 22 "
        "cents per share, wider than the 9-cent loss analysts expected. Revenue fell 11% to $702 million.",
        f"{title_phrase} Dana Whitfield said on a call with analysts that the retailer had marked down "
        "about $60 million of slow-moving sofas and outdoor furniture to clear space for holiday "
        "merchandise. \"We bought for a recovery in big-ticket categories that didn't come,\" Whitfield "
        "said. \"We'd rather take the hit now than carry it into next year.\"",
        "CEO Graham Pell said traffic to the company's 190 stores was down in the high single digits but "
        "that online sales rose 4%, helped by a new same-day delivery service in 14 metro areas.",
        "Harlow & Finch also said it would close 12 underperforming stores by the end of January and "
        "pause its share buyback program.",
        "The stock has lost about 35% of its value this year, compared with a 21% gain for the S&P 500.",
    ).strip()

HF_URL = "https://www.cnbc.com/2024/11/06/harlow-finch-cuts-outlook-shares-fall.html"
art("cnbc-harlow", "CNBC", "2024-11-06T09:10:00-05:00", HF_URL,
    "Harlow & Finch shares slide after retailer slashes outlook on weak furniture demand",
    harlow("Chief Financial Officer", ""), None, "original", "first version (wrong title for Whitfield)")
art("cnbc-harlow-corrected", "CNBC", "2024-11-06T12:45:00-05:00", HF_URL,
    "Harlow & Finch shares slide after retailer slashes outlook on weak furniture demand",
    harlow("Chief Operating Officer",
           "Correction: Dana Whitfield is chief operating officer of Harlow & Finch. An earlier version of "
           "this story misstated her title."),
    "cnbc-harlow", "near_duplicate", "corrected re-issue, note at the top")

# ---------------------------------------------------------------------------------------
# Unrelated stories (some share vocabulary, outlet or place with the scenarios above).
# ---------------------------------------------------------------------------------------
art("stat-arvelle", "STAT", "2024-03-05T10:00:00-05:00",
    "https://www.statnews.com/2024/03/05/arvelle-bio-il-23-crohns-disease-phase-2-results/",
    "Arvelle Bio's IL-23 antibody shows mixed results in Crohn's disease trial",
    P(
        "Arvelle Bio's experimental antibody for Crohn's disease helped more patients reach endoscopic "
        "response than placebo in a phase 2 study, but missed on a key measure of symptom relief, leaving "
        "the San Diego company with a harder path to a pivotal trial.",
        "In the 186-patient study, 29% of patients given the highest intravenous dose of the drug, "
        "ARV-402, had at least a 50% improvement in the appearance of their intestinal lining after 12 "
        "weeks, compared with 11% on placebo. But clinical remission, measured by stool frequency and "
        "abdominal pain, was 34% versus 27%, a gap that was not statistically significant.",
        "\"The biology is clearly doing something in the tissue. Whether patients feel it is a different "
        "question,\" said Dr. Naomi Feld, a gastroenterologist at Mount Sinai who was not involved in the "
        "study.",
        "IL-23 blockers have become a mainstay of inflammatory bowel disease treatment. Johnson & Johnson, "
        "AbbVie and Eli Lilly all market or are developing drugs in the class, which makes it hard for a "
        "smaller company to stand out without clearly superior data.",
        "Arvelle's chief medical officer, Dr. Samuel Okoye, said the company would examine whether patients "
        "who had previously failed two or more biologics drove the weak symptom numbers. The company "
        "expects to meet with the FDA in the second half of the year.",
        "Arvelle's shares fell 23% on Tuesday. The company had $188 million in cash at the end of 2023.",
    ),
    None, "unrelated", "same therapeutic area as the Corvalis release")

art("espn-celtics", "ESPN", "2024-02-14T23:10:00-05:00",
    "https://www.espn.com/nba/recap/_/gameId/401585612",
    "Tatum scores 37 as Celtics hold off Bucks in overtime",
    P(
        "Jayson Tatum scored 37 points, including seven in overtime, and the Boston Celtics held off the "
        "Milwaukee Bucks 121-116 on Wednesday night for their fifth straight win.",
        "Jaylen Brown added 24 points and nine rebounds, and Derrick White hit two free throws with 11.2 "
        "seconds left in the extra period to put Boston up five. Kristaps Porzingis had 18 points and three "
        "blocks before fouling out with 1:40 left in regulation.",
        "Giannis Antetokounmpo had 38 points, 14 rebounds and eight assists for the Bucks, who have lost "
        "three of four. Damian Lillard scored 29 but missed a 3-pointer at the end of regulation that would "
        "have won it, and went 2 for 7 in overtime.",
        "Milwaukee led 98-90 with five minutes to play before Boston closed regulation on a 15-7 run. "
        "Tatum's step-back jumper with 24 seconds left tied it at 105.",
        "\"We didn't panic. That's the biggest thing for this group right now,\" Tatum said. \"We've been "
        "in those spots and we trust each other.\"",
        "The Celtics outrebounded Milwaukee 52-41 and scored 22 second-chance points.",
        "UP NEXT: Celtics host the Chicago Bulls on Thursday. Bucks visit the Memphis Grizzlies on Thursday.",
    ),
    None, "unrelated", "")

art("verge-ereader", "The Verge", "2024-05-21T09:00:00-04:00",
    "https://www.theverge.com/24161823/lumio-page-7-color-ereader-review",
    "Lumio Page 7 review: the color e-reader finally grows up",
    P(
        "Color e-ink has spent years as a tech demo in search of a reason to exist. The Lumio Page 7 is the "
        "first color e-reader I've used that I'd recommend to someone who mostly reads novels, and that is "
        "a bigger compliment than it sounds.",
        "The $229 Page 7 uses the latest Kaleido 3 panel, which renders color at 150 pixels per inch and "
        "black-and-white text at 300. Comic books look muted but pleasant, like a newspaper Sunday strip, "
        "and book covers in the library view finally look like book covers. More importantly, plain text is "
        "sharp, and the slight gray cast that ruined earlier color screens is mostly gone.",
        "The hardware is otherwise straightforward: a 7-inch screen, physical page-turn buttons, IPX8 water "
        "resistance, USB-C, and 32GB of storage. The warm front light goes dim enough for reading in bed "
        "without waking anyone up. Battery life in my testing was about five weeks at 30 minutes a day "
        "with the light at a third.",
        "Software is where Lumio still trails Amazon and Kobo. There's no built-in library lending, the "
        "store's selection is thin outside of bestsellers, and sideloading EPUB files works but requires a "
        "trip through a clunky desktop app. Page turns are quick, but opening a large PDF takes several "
        "seconds.",
        "If you read on a Kindle and live in Amazon's store, there's little reason to switch. If you read "
        "comics, cookbooks, or just want your covers in color, the Page 7 is the first one that doesn't ask "
        "you to give up a good reading screen to get them.",
    ),
    None, "unrelated", "")

art("denverpost-bikelanes", "The Denver Post", "2024-06-04T20:15:00-06:00",
    "https://www.denverpost.com/2024/06/04/denver-city-council-broadway-bike-lanes-vote/",
    "Denver City Council approves protected bike lanes on South Broadway after heated hearing",
    P(
        "The Denver City Council on Monday night voted 9-4 to make the protected bike lanes on South "
        "Broadway permanent, ending a three-year pilot that has divided businesses along one of the city's "
        "busiest commercial corridors.",
        "The lanes, separated from traffic by concrete curbs and parking, run for 2.4 miles between "
        "Interstate 25 and Mississippi Avenue. City data show bicycle trips on the corridor have tripled "
        "since the pilot began, while crashes involving injuries fell by 28%.",
        "More than 90 people signed up to speak. Several restaurant owners said losing curbside parking "
        "had cost them customers. \"You can't carry a birthday cake home on a bike,\" said Anthony Russo, "
        "who owns a bakery near Alameda Avenue.",
        "Supporters, many of whom arrived by bicycle, pointed to the two cyclists killed on Broadway in the "
        "five years before the pilot. \"Every one of those curbs is there because someone didn't come home,\" "
        "said Maya Ellison of the advocacy group Bike Denver.",
        "The permanent version will cost about $11 million and add loading zones on each block for "
        "deliveries and pickups, a change the Department of Transportation and Infrastructure said "
        "responded to business complaints. Construction is expected to start next spring.",
    ),
    None, "unrelated", "")

art("reuters-oil", "Reuters", "2024-09-10T15:30:00Z",
    "https://www.reuters.com/markets/commodities/oil-prices-slide-demand-worries-2024-09-10/",
    "Oil falls to 14-month low as OPEC cuts demand forecast",
    P(
        "Oil prices fell more than 3% on Tuesday to their lowest in over a year after OPEC cut its demand "
        "growth forecast for a second straight month, adding to worries about slowing consumption in China.",
        "Brent crude futures were down $2.41, or 3.3%, at $69.43 a barrel by 1530 GMT, after touching their "
        "lowest since June 2023. U.S. West Texas Intermediate crude fell $2.33, or 3.4%, to $66.38.",
        "The Organization of the Petroleum Exporting Countries said world oil demand would rise by 2.03 "
        "million barrels per day in 2024, down from growth of 2.11 million bpd expected last month.",
        "\"The market is trading the demand story and ignoring supply risk,\" said Ana Rivas of Eastbrook "
        "Commodities. \"Every soft data point out of China is being punished.\"",
        "Chinese crude imports in August fell 7% from a year earlier, customs data showed on Tuesday, as "
        "refiners cut runs on weak margins.",
        "Investors were also watching Tropical Storm Francine, which was expected to strengthen into a "
        "hurricane before making landfall in Louisiana, threatening U.S. Gulf of Mexico production.",
    ),
    None, "unrelated", "")

art("latimes-delta", "Los Angeles Times", "2024-07-11T16:00:00-07:00",
    "https://www.latimes.com/environment/story/2024-07-11/judge-rules-delta-tunnel-water-bonds",
    "Judge rules against state on Delta tunnel bonds, dealing setback to Newsom's water plan",
    P(
        "A Sacramento County Superior Court judge has ruled that the California Department of Water "
        "Resources cannot issue bonds to pay for the proposed Delta Conveyance Project, a major setback "
        "for the governor's plan to build a 45-mile tunnel under the Sacramento-San Joaquin River Delta.",
        "In a decision released Wednesday, Judge Kristin Ahlgren found that the department's bond "
        "resolution relied on an outdated authority that did not clearly cover a tunnel of this kind. The "
        "court wrote that \"the department may pursue the project, but it may not borrow for it on the "
        "strength of an authorization the voters and the Legislature never gave.\"",
        "The ruling came in a lawsuit brought by Delta counties, water districts and environmental groups, "
        "who argue the $20-billion project would harm fish and farms in the estuary.",
        "\"This is a big win for the Delta,\" said Julia Brennan, an attorney for several of the "
        "plaintiffs. \"The state tried to skip a step, and the court said no.\"",
        "The Department of Water Resources said it disagreed with the ruling and was considering an "
        "appeal. The tunnel is intended to make water deliveries to Southern California and Central Valley "
        "farms more reliable as climate change brings more extreme droughts and floods.",
    ),
    None, "unrelated", "another court ruling with a quoted judgment")

art("guardian-brumcouncil", "The Guardian", "2024-10-14T15:45:00+01:00",
    "https://www.theguardian.com/society/2024/oct/14/birmingham-council-bin-strike-budget-cuts",
    "Birmingham council approves further cuts to libraries and street cleaning",
    P(
        "Birmingham city council has approved a further £85m of cuts, including reduced opening hours at "
        "libraries and less frequent street cleaning, as Europe's largest local authority continues to "
        "deal with the fallout from its effective bankruptcy last year.",
        "The package, agreed by the cabinet on Monday, will close 11 of the city's 35 community libraries "
        "on two extra days a week and cut the budget for parks maintenance by a quarter. Around 600 council "
        "jobs are expected to go over the next two years.",
        "The council issued a section 114 notice in September 2023 after it was unable to meet the cost "
        "of equal pay claims estimated at up to £760m, and was forced to ask the government for permission "
        "to sell assets and raise council tax above the usual cap.",
        "\"Nobody came into politics to do this,\" the council leader said. \"But the alternative is that "
        "commissioners make these decisions for us.\"",
        "Unison's regional secretary said the cuts would fall hardest on the poorest wards. \"Libraries are "
        "where people go to get warm, get online and apply for jobs. Closing them is a false economy,\" "
        "she said.",
        "Residents' groups have staged protests outside the Council House in Victoria Square for three "
        "consecutive weeks.",
    ),
    None, "unrelated", "same outlet and city as the liveblog, other story")

art("ap-oregonfire", "Associated Press", "2024-07-24T18:20:00Z",
    "https://apnews.com/article/oregon-wildfire-evacuations-durkee-fire-2024",
    "Evacuations expand as wildfire near Oregon-Idaho line grows to 200,000 acres",
    P(
        "Evacuation orders expanded on Wednesday as a lightning-sparked wildfire in eastern Oregon grew to "
        "more than 200,000 acres and forced the closure of a stretch of Interstate 84 near the Idaho line.",
        "The fire, burning in rangeland and timber in Baker County, was 10% contained, according to the "
        "Oregon Department of Forestry. About 1,200 people were under orders to leave, and officials said "
        "at least eight homes had been destroyed.",
        "\"It's running with the wind faster than we can build line in front of it,\" incident commander "
        "Jim Kosberg told reporters at a briefing in Baker City. Gusts of up to 40 mph were expected "
        "through Thursday.",
        "Gov. Tina Kotek invoked the state's Emergency Conflagration Act, sending structural firefighting "
        "crews from across Oregon to protect homes.",
        "Ranchers in the area were moving cattle ahead of the flames. Smoke from the fire drifted as far "
        "as Boise, where air quality alerts were issued for a second day.",
        "More than 60 large wildfires were burning across the West on Wednesday, according to the "
        "National Interagency Fire Center.",
    ),
    None, "unrelated", "")

art("bbc-inflation", "BBC News", "2024-10-16T07:05:00+01:00",
    "https://www.bbc.co.uk/news/articles/c4gz7n8d1pwo",
    "UK inflation falls to lowest level in three years",
    P(
        "UK inflation fell sharply to 1.7% in the year to September, its lowest rate for three and a half "
        "years, strengthening the case for the Bank of England to cut interest rates again next month.",
        "The drop, from 2.2% in August, was driven by lower airfares and petrol prices, the Office for "
        "National Statistics said. It was bigger than most economists had expected.",
        "Inflation is now below the Bank's 2% target for the first time since April 2021.",
        "The chancellor said the figures were welcome but that many families were still struggling with "
        "high prices. Prices are still about 20% higher than they were three years ago.",
        "Services inflation, which the Bank watches closely, fell to 4.9% from 5.6%, its lowest since May "
        "2022.",
        "\"This gives the Bank a clear green light to cut rates in November, and possibly again in "
        "December,\" said Helen Akers, chief economist at Carrow Capital.",
        "Food inflation rose slightly to 1.9%, the first increase since March 2023, driven by chocolate, "
        "sweets and soft drinks.",
    ),
    None, "unrelated", "same outlet as the BBC power cut report, other story")

art("sacbee-tahoerentals", "The Sacramento Bee", "2024-08-21T12:00:00-07:00",
    "https://www.sacbee.com/news/california/article291483215.html",
    "South Lake Tahoe keeps vacation rental cap as neighbors complain of noise and parking",
    P(
        "The South Lake Tahoe City Council voted Tuesday to keep its cap of 1,400 vacation home rental "
        "permits outside the tourist core, rejecting a proposal from rental owners to raise the limit by "
        "200.",
        "Residents packed the council chambers on Lake Tahoe Boulevard, many wearing stickers reading "
        "\"Homes, not hotels.\" Several described weekend parties, trash left for bears and cars blocking "
        "narrow streets in neighborhoods like the Tahoe Keys and Bijou Park.",
        "\"I love that people want to visit. I just want to be able to sleep on a Saturday,\" said Carol "
        "Mendez, who has lived in the Al Tahoe neighborhood for 22 years.",
        "Rental owners argued the cap pushes visitors into more expensive hotels and costs the city "
        "transient occupancy tax revenue, which makes up about a third of its general fund.",
        "Voters approved Measure T in 2018, banning most vacation rentals outside the tourist core, and "
        "the city has since reduced the number of permits from about 1,800. A court fight over the "
        "measure ended in 2022.",
        "The council asked staff to return in the spring with options for tougher enforcement, including "
        "higher fines for repeat noise violations.",
    ),
    None, "unrelated", "same region as the Highway 50 stories")

art("techcrunch-zerotrust", "TechCrunch", "2024-05-16T12:30:00-04:00",
    "https://techcrunch.com/2024/05/16/zero-trust-startups-consolidation/",
    "The zero-trust startup shakeout is here",
    P(
        "For five years, venture investors poured money into startups promising to replace the corporate "
        "VPN. Now the bill is coming due, and the buyers are networking companies that want security "
        "revenue without building it themselves.",
        "This week alone, Tessaline Networks agreed to buy Austin-based Quarrybrook, and two smaller "
        "zero-trust vendors quietly sold to managed service providers. Earlier this spring, a Sequoia-backed "
        "access startup shut down after failing to raise a new round.",
        "\"There were 40 companies selling roughly the same product to the same CISO,\" said Farah Qureshi, "
        "a partner at Ridgeline Ventures who was not an investor in any of the deals. \"The market can "
        "support maybe five.\"",
        "Valuations tell the story. Several zero-trust startups that raised at 50 times revenue in 2021 "
        "are now selling at six to ten times, according to two bankers who work on security deals.",
        "Founders say the problem is distribution, not technology. Large companies prefer to buy access "
        "tools from the vendor that already runs their network or their identity system, which leaves "
        "standalone startups fighting for the remainder.",
        "Expect more deals. Of the 25 zero-trust companies that raised Series B rounds in 2021 and 2022, "
        "fewer than ten have raised since, by TechCrunch's count.",
    ),
    None, "unrelated", "mentions the Tessaline deal in one sentence")

# ---------------------------------------------------------------------------------------
def main():
    ids = [a["id"] for a in A]
    assert len(ids) == len(set(ids))
    children = {}
    for i, (p, r, n) in T.items():
        if p and not p.startswith("external:"):
            assert p in T, p
            children.setdefault(p, []).append(i)

    def root(i):
        p = T[i][0]
        if p is None:
            return i
        if p.startswith("external:"):
            return p
        return root(p)

    truth = []
    for a in A:
        p, r, n = T[a["id"]]
        if p is None:
            want = "original" if a["id"] in children else "unrelated"
            assert r == want, (a["id"], r, want)
        truth.append(dict(id=a["id"], cluster=root(a["id"]), parent=p, relation=r, note=n))

    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    dump("corpus.jsonl", A)
    dump("truth.jsonl", truth)
    dump("corpus-reversed.jsonl", list(reversed(A)))
    dump("corpus-nodates.jsonl", [{k: v for k, v in a.items() if k != "published"} for a in A])
    dump("corpus-nodates-nourl.jsonl",
         [{k: v for k, v in a.items() if k not in ("published", "url")} for a in A])
    for a in A:
        n = len(a["text"].split())
        if not 150 <= n <= 600:
            print("length out of range:", a["id"], n)
    print(len(A), "articles")


if __name__ == "__main__":
    main()
