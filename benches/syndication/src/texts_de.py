# Scenario D: two independent reports of the same event (same statement quote, same numbers).
# Scenario E: unrelated articles on nearby topics the same day.

D_FREEP = [
    "Lakeshore Health, one of West Michigan's largest hospital systems, will eliminate 640 jobs and close "
    "two outpatient clinics by the end of June, the nonprofit said Tuesday, blaming a $112 million budget "
    "shortfall driven by cuts to Medicaid payments and rising labor costs.",
    "The cuts amount to about 7% of the system's workforce of roughly 9,100. Lakeshore said about 410 of the "
    "positions are currently filled, and that most of the rest are open jobs it will no longer try to fill.",
    "The clinics slated to close are the Lakeshore Family Care center on Apple Avenue in Muskegon and an "
    "urgent care on Eighth Street in Holland. Patients will be referred to other Lakeshore locations, a "
    "spokeswoman said.",
    "\"These are painful decisions that affect people who have given a great deal to this organization, and "
    "we did not make them lightly,\" Lakeshore President and CEO Dr. Angela Whitford said in a statement. "
    "\"But we have a responsibility to make sure Lakeshore is still here for our communities ten years from now.\"",
    "Nurses at the bedside will not lose their jobs, the system said. The largest share of the cuts will "
    "fall on administrative and management staff, along with some laboratory and imaging technicians whose "
    "work is being consolidated at the system's flagship hospital in Grand Rapids.",
    "Union leaders were skeptical. Teresa Holm, president of the Michigan Nurses Association chapter that "
    "represents about 1,800 Lakeshore nurses, said she had heard similar promises before. \"When you cut "
    "the people who transport patients and draw blood and clean rooms, the nurses end up doing that work,\" "
    "she said. \"That is a staffing cut, whatever they call it.\"",
    "Hospitals across Michigan have struggled since federal changes to Medicaid financing took effect last "
    "year. The Michigan Health & Hospital Association estimated in January that the state's hospitals would "
    "lose about $1.4 billion in Medicaid revenue in 2026.",
    "Lakeshore reported an operating loss of $38 million for its most recent fiscal year, according to its "
    "bond disclosures, after two years of small gains. It has also frozen raises for executives and said "
    "Whitford will take a 15% pay cut.",
    "Employees whose jobs are eliminated will receive severance based on their years of service and will "
    "be given priority for open positions elsewhere in the system, Lakeshore said.",
    "Contact Kara Bitterman: kbitterman@freepress.com.",
]

D_MLIVE = [
    "MUSKEGON, MI — Patients at a Muskegon family clinic and a Holland urgent care will need to find care "
    "elsewhere this summer after Lakeshore Health announced it is closing both sites as part of a "
    "cost-cutting plan that eliminates 640 positions.",
    "The Grand Rapids-based health system announced the cuts on Tuesday, March 17, saying it faces a $112 "
    "million shortfall in its current budget. Executives pointed to lower Medicaid reimbursement and the "
    "cost of hiring temporary staff during the past two years.",
    "Of the 640 positions, around 410 have people in them, according to the system. The remainder are "
    "vacancies that will be eliminated. The reductions represent about 7% of Lakeshore's employees.",
    "In a statement, Lakeshore President and CEO Dr. Angela Whitford said: \"These are painful decisions "
    "that affect people who have given a great deal to this organization, and we did not make them "
    "lightly. But we have a responsibility to make sure Lakeshore is still here for our communities ten "
    "years from now.\"",
    "The Muskegon clinic, on Apple Avenue, sees about 14,000 patient visits a year and has been open since "
    "1998. Muskegon County Commissioner Rillastine Grayson said she learned of the closure from a "
    "constituent's text message. \"The people who use that clinic take the bus to get there,\" Grayson said. "
    "\"Telling them to go to Grand Rapids is not a plan.\"",
    "The Holland urgent care on Eighth Street opened in 2019 and will close June 26, according to a notice "
    "posted on its door Tuesday afternoon.",
    "Lakeshore said bedside nursing positions are protected. Most of the cuts will fall on administrative "
    "staff and middle managers, while some lab and imaging jobs will move to Lakeshore's main hospital in "
    "Grand Rapids.",
    "The system's nurses' union, which has been negotiating a new contract since December, said it would "
    "raise the cuts at its next bargaining session on March 24.",
    "Lakeshore operates five hospitals and about 60 outpatient sites across nine counties. It lost $38 "
    "million on operations in its last fiscal year, according to financial statements filed with bondholders.",
]

E = {}

E["reuters-rail-carloads"] = ("Reuters", "2026-03-17T14:05:00Z", "U.S. rail freight volumes slip as coal, grain shipments weaken", [
    "NEW YORK, March 17 (Reuters) - U.S. freight railroads hauled 2.1% fewer carloads in the second week of "
    "March than a year earlier, industry data showed on Tuesday, as declines in coal and grain shipments "
    "offset gains in chemicals and motor vehicles.",
    "Railroads moved 221,480 carloads in the week ended March 14, the Association of American Railroads "
    "said in its weekly report. Intermodal volume, which counts containers and truck trailers carried on "
    "flatcars, rose 3.4% to 268,900 units.",
    "Coal carloads fell 9.8% from a year earlier as utilities drew down stockpiles after a mild winter, "
    "while grain shipments dropped 6.1% on weaker export demand. Chemical carloads rose 4.2%, extending a "
    "run of gains tied to new petrochemical capacity on the Gulf Coast.",
    "\"The volume picture is mixed, but intermodal is clearly recovering as importers rebuild inventories "
    "ahead of the summer,\" said Jason Seidl, an analyst at TD Cowen.",
    "Shares of Union Pacific and CSX were little changed in midday trading. Norfolk Southern rose 0.8%.",
    "For the first ten weeks of 2026, U.S. railroads reported cumulative volume of 2.18 million carloads, "
    "down 1.4% from the same point last year, and 2.59 million intermodal units, up 4.0%.",
    "(Reporting by Lisa Baertlein in Los Angeles; Editing by Nick Zieminski)",
])

E["ap-ntsb-kansas"] = ("Associated Press", "2026-03-17T15:30:00Z", "NTSB: Fatigued crew, worn brakes contributed to Kansas grain train collision", [
    "WASHINGTON (AP) — A freight crew that had been awake for nearly 20 hours and brake shoes worn past "
    "their limits contributed to a 2025 collision between two grain trains in western Kansas that killed an "
    "engineer, federal investigators said Tuesday.",
    "The National Transportation Safety Board voted 4-0 to adopt its final report on the Aug. 9 crash near "
    "Dodge City, in which an eastbound BNSF train failed to stop at a red signal and struck the rear of a "
    "stopped train at about 28 mph.",
    "Engineer Thomas Reyes, 51, of Garden City, was killed. The conductor was seriously injured.",
    "Investigators found that the crew of the moving train had been on call for most of the previous day "
    "and had slept less than four hours before reporting for work. Brake shoes on 11 of the train's 110 "
    "cars were worn below the railroad's own replacement standard.",
    "\"This crew was set up to fail,\" NTSB Chair Jennifer Homendy said at the board meeting. \"We have been "
    "talking about fatigue in this industry for decades, and we are still burying railroaders.\"",
    "The board recommended that the Federal Railroad Administration require railroads to give crews at "
    "least 10 hours' notice before calling them to work, and that BNSF change how it inspects brake "
    "shoes on cars that come onto its network from other railroads.",
    "BNSF said in a statement that it had already changed its inspection practices and was reviewing the "
    "report. The railroad said safety \"is at the core of everything we do.\"",
    "The collision spilled about 400 tons of wheat but no hazardous materials.",
])

E["postgazette-storms"] = ("Pittsburgh Post-Gazette", "2026-03-17T20:10:00Z", "Storms bring flash flooding to Allegheny, Washington counties", [
    "Heavy thunderstorms dumped more than 2 inches of rain on parts of Allegheny and Washington counties "
    "Tuesday evening, flooding roads in the South Hills and stranding several drivers on Route 19.",
    "The National Weather Service issued a flash flood warning shortly before 5 p.m. for a swath from "
    "Canonsburg to Bethel Park. Allegheny County 911 received more than 140 weather-related calls in two "
    "hours, a spokesman said.",
    "Firefighters in Upper St. Clair used a boat to pull a woman and her teenage son from a car that had "
    "stalled in water on McLaughlin Run Road. Neither was hurt.",
    "In Washington County, a mudslide closed part of Route 519 near Eighty Four, and PennDOT crews expected "
    "to have one lane open by morning.",
    "Meteorologist Shannon Hefferan said the storms formed along a warm front that stalled across southern "
    "Pennsylvania. \"The same cells kept training over the same neighborhoods,\" she said. \"That is how "
    "you get a month's worth of rain in an afternoon.\"",
    "Duquesne Light reported about 6,000 customers without power at the peak, most of them in Mt. Lebanon, "
    "Dormont and Scott. By 9 p.m., fewer than 2,000 were still in the dark.",
    "More rain is expected Wednesday, though forecasters said it should be lighter and more scattered. A "
    "cold front will bring cooler, drier air by Thursday.",
    "The Post-Gazette's weather coverage is supported in part by readers. Sign up for our morning newsletter.",
])

E["reuters-copper-prices"] = ("Reuters", "2026-03-17T11:20:00Z", "METALS-Copper hits three-week high on China stimulus hopes, weak dollar", [
    "LONDON, March 17 (Reuters) - Copper prices rose to a three-week high on Tuesday, supported by a weaker "
    "dollar and expectations that Beijing will roll out more stimulus to support its property sector.",
    "Three-month copper on the London Metal Exchange was up 1.3% at $10,412 a metric ton by 1030 GMT, after "
    "touching $10,455, its highest since Feb. 24.",
    "\"The market is trading on the hope that China will do more, and on a dollar that has lost momentum,\" "
    "said Ewa Manthey, commodities strategist at ING. \"Physical demand in China is still patchy.\"",
    "The most-traded copper contract on the Shanghai Futures Exchange closed 0.9% higher at 76,840 yuan a "
    "ton.",
    "China's State Council said late on Monday it would step up support for unfinished housing projects, "
    "raising hopes of stronger demand for metals used in construction.",
    "Copper stocks in LME-registered warehouses fell 2,150 tons to 187,300 tons, the lowest since January, "
    "daily data showed.",
    "Among other metals, aluminium gained 0.7% to $2,612 a ton, zinc added 0.4% to $2,954, nickel climbed "
    "1.1% to $17,180, lead was flat at $2,071 and tin rose 0.5% to $33,950.",
    "(Reporting by Eric Onstad; Editing by Jan Harvey)",
])

E["azcentral-audit-bill"] = ("The Arizona Republic", "2026-03-17T18:45:00Z", "Bill to require audits of small-county treasuries clears Senate panel", [
    "A bill that would require independent audits of every Arizona county treasurer's office at least once "
    "every two years cleared a state Senate committee on Tuesday with support from both parties.",
    "Senate Bill 1187, sponsored by Sen. Dana Whitlock, R-Kingman, would direct the state Auditor General to "
    "contract with outside accounting firms to review treasuries in counties with fewer than 250,000 "
    "residents, which today are audited only as part of broader county financial reviews.",
    "Whitlock told the Senate Government Committee that small counties often have a single employee "
    "handling investments, with no one checking the work. \"We are asking one person to be the bank, the "
    "accountant and the auditor,\" she said.",
    "The Arizona Association of Counties supports the bill but asked lawmakers to cover the cost, which "
    "legislative budget analysts put at about $1.8 million a year. Whitlock said she would seek the money "
    "in the state budget.",
    "The committee voted 6-1 to advance the measure. Sen. Mark Feldman, R-Queen Creek, voted no, saying "
    "counties should pay for their own audits.",
    "The bill now goes to the full Senate. A companion measure in the House has not yet had a hearing.",
])

E["detroitnews-nurse-staffing"] = ("The Detroit News", "2026-03-17T16:00:00Z", "Michigan House panel revives nurse staffing ratio bill", [
    "LANSING — A Michigan House committee on Tuesday took up legislation that would set minimum nurse-to-"
    "patient ratios in the state's hospitals, reviving a fight that has pitted nurses' unions against "
    "hospital executives for more than a decade.",
    "The Safe Patient Care Act would cap the number of patients a registered nurse could be assigned, "
    "ranging from one patient in some intensive care settings to four on general medical floors. It would "
    "also limit mandatory overtime.",
    "Supporters packed the hearing room in red union T-shirts. Jamie Brown, a nurse at a Lansing-area "
    "hospital and president of the Michigan Nurses Association, told lawmakers that short staffing had "
    "become \"the normal state of affairs.\"",
    "The Michigan Health & Hospital Association opposes the bill, arguing that fixed ratios would force "
    "hospitals to close beds and emergency departments in rural areas where nurses are hardest to hire. "
    "The group's chief executive, Brian Peters, said the state already faces a shortage of about 8,000 nurses.",
    "Committee Chair Rep. Carol Glanville, D-Walker, said no vote was planned this week. Similar bills "
    "passed the state House in 2023 but stalled in the Senate.",
    "The hearing came as several Michigan hospital systems have announced layoffs and clinic closures, "
    "which union leaders say will put more pressure on bedside staff.",
])

E["ap-pa-two-person-crews"] = ("Associated Press", "2026-03-17T19:05:00Z", "Pennsylvania House passes bill requiring two-person train crews", [
    "HARRISBURG, Pa. (AP) — The Pennsylvania House on Tuesday passed a bill that would require freight "
    "trains operating in the state to carry at least two crew members, a measure that supporters said "
    "took on new urgency hours after a derailment and fire forced an evacuation in the western part of "
    "the state.",
    "The bill passed 121-82, largely along party lines, and now goes to the Republican-controlled Senate, "
    "where similar legislation died last session.",
    "Rep. Ed Neilson, a Philadelphia Democrat who chairs the House Transportation Committee, said a second "
    "crew member can respond to emergencies and inspect a train while the engineer stays at the controls. "
    "\"You do not fly a passenger jet with one pilot,\" Neilson said on the House floor.",
    "Railroad industry groups argue that crew size should be set by federal regulators, not states, and "
    "say there is no evidence that one-person crews are less safe. The Federal Railroad Administration "
    "adopted a national two-person rule in 2024 that allows exceptions, which the industry has challenged "
    "in court.",
    "Republicans who opposed the bill said it would be struck down as preempted by federal law. \"We are "
    "passing a press release, not a law,\" said Rep. Kerry Benninghoff of Centre County.",
    "The House also approved a measure requiring railroads to give county emergency officials advance "
    "notice of trains carrying hazardous materials through their communities.",
])

E["reuters-northgate-results"] = ("Reuters", "2026-03-17T12:40:00Z", "Northgate Metals quarterly profit beats on higher gold prices, shares rise", [
    "TORONTO, March 17 (Reuters) - Canadian miner Northgate Metals reported a better-than-expected "
    "fourth-quarter profit on Tuesday, as record gold prices offset higher costs at its flagship mine in "
    "Ontario, sending its shares up 5%.",
    "Adjusted earnings were 41 cents a share, compared with analysts' average estimate of 35 cents, "
    "according to LSEG data. Revenue rose 29% to $612 million.",
    "Gold production was 188,000 ounces in the quarter, roughly flat from a year earlier, while all-in "
    "sustaining costs climbed 9% to $1,420 an ounce, driven by labour and contractor expenses.",
    "Chief Executive Holly Marchand said the company would raise its quarterly dividend by 20% and buy "
    "back up to 5% of its shares over the next year.",
    "Northgate also said it had approved construction of an underground expansion at its Red Pine mine "
    "that is expected to add 60,000 ounces a year of production from 2028.",
    "(Reporting by Divya Rajagopal in Toronto; Editing by Shilpi Majumdar)",
])

E["courier-school-board"] = ("Caldwell Falls Courier", "2026-03-17T10:00:00Z", "School board weighs 2.5% tax increase to cover rising costs", [
    "The Caldwell Falls Area School Board is considering a 2.5% property tax increase for next year to "
    "cover higher special education and transportation costs, Business Manager Lynn Yoder told the board "
    "at its Monday night work session.",
    "The preliminary budget of $31.4 million is about $1.2 million larger than this year's. Yoder said "
    "special education costs are up 11%, in part because of more students placed in out-of-district "
    "programs, and the district's bus contract rose 8% when it was renewed last summer.",
    "Without the increase, the district would need to draw about $900,000 from its reserve fund, which "
    "stands at $4.6 million. Board member Gary Hummel said he would rather use reserves than raise taxes "
    "in a year when many families are struggling.",
    "\"The reserve is there for emergencies, and a bus contract is not an emergency,\" replied board "
    "President Carla Steinbrenner.",
    "A 2.5% increase would raise the tax bill on a home assessed at $120,000 by about $48 a year.",
    "The board expects to adopt a proposed final budget in May and a final budget in June. The work "
    "session also included an update on the elementary school roof project, which is on schedule to be "
    "finished before classes resume in August.",
])

E["ap-phoenix-water"] = ("Associated Press", "2026-03-17T17:10:00Z", "Phoenix approves water rate increase to pay for Colorado River shortfall", [
    "PHOENIX (AP) — The Phoenix City Council on Tuesday approved a 14% increase in water rates over two "
    "years, saying the city needs the money to replace Colorado River supplies it is losing and to build "
    "a plant that would recycle wastewater into drinking water.",
    "The council voted 6-3 after more than three hours of public comment. The average residential bill "
    "will rise about $5.70 a month this summer and another $4 next year.",
    "Arizona has taken the deepest cuts of any state under agreements among the seven states that share the "
    "river, and Phoenix expects to receive about a third less river water this year than it did in 2021.",
    "\"We can pay for this now, or we can pay far more for it later when we are out of options,\" Mayor "
    "Kate Gallego said before the vote.",
    "Opponents, including several neighborhood groups, said the increase would fall hardest on low-income "
    "households. The city said it would expand a program that discounts bills for residents who qualify.",
    "The recycling plant, expected to open in 2030, would treat up to 60 million gallons of wastewater a "
    "day to drinking-water standards.",
])
