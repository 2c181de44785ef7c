#!/usr/bin/env python3
"""Build a South and East Asian wire-copy test corpus for wiretrace.

Writes corpus.jsonl and truth.jsonl next to this file. All texts are invented (people,
figures and quotes); outlet names, datelines, disclaimers and URL shapes are real ones.

Agencies: PTI (English), ANI, IANS, PTI Bhasha (Hindi), Xinhua (English and Chinese),
Kyodo (English and Japanese), Yonhap (English and Korean), Bernama (Malay and English),
Antara (Indonesian), VNA (Vietnamese).

Truth conventions (as benches/syndication/europe): copies of a story whose agency page is not
in the input hang under `external:<agency>`; copies are exact_duplicate / near_duplicate (near
when the 5-shingle Jaccard with the agency text is >= 0.5, or it is a cut from the bottom),
rewrites derivative; an agency's own page in the input is the root ("original", or
"unrelated" when nothing derives from it); independent reports and second stories stand alone.
A story and its translation (Xinhua English/Chinese, Kyodo, Yonhap, Bernama) are separate
clusters: nothing in the texts can tie them, and nothing should tie two stories of one agency.
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
from corpus import ARTS, BASE, P, TRUTH, add, finish, j  # noqa: E402,F401


# ===========================================================================
# 1. PTI English. Story 1 (absent): Delhi GRAP IV. Story 2 (absent): markets.
PTI1 = P("""
The Commission for Air Quality Management (CAQM) on Monday invoked Stage IV of the Graded Response Action Plan (GRAP) across Delhi-NCR after the city's 24-hour average air quality index (AQI) climbed to 452, in the 'severe plus' category, officials said.

Under the Stage IV curbs, the entry of trucks into Delhi has been banned except for those carrying essential goods or running on CNG, LNG or electricity, and all construction and demolition work, including on linear public projects such as highways, flyovers and pipelines, has been halted.

The commission has also asked the Delhi government and the governments of the NCR states to consider shifting classes 6 to 9 and class 11 to a hybrid mode, and to allow 50 per cent of the staff in public and private offices to work from home.

According to the Central Pollution Control Board (CPCB), 36 of the 39 monitoring stations in the capital recorded air quality in the 'severe' category at 4 pm. Anand Vihar was the most polluted spot with an AQI of 491, followed by Wazirpur at 482 and Bawana at 478.

"The sudden spike is due to calm winds, a low mixing height and a rise in the share of farm fires, which contributed nearly 31 per cent of the PM2.5 load on Sunday," a senior CAQM official said.

A senior official of the Delhi environment department said 84 enforcement teams would be deployed at the 13 main entry points of the city and that vehicles found violating the curbs would be fined Rs 20,000.

The India Meteorological Department (IMD) has forecast shallow to moderate fog in the mornings and said wind speeds are likely to remain below 10 kmph till Wednesday, giving little relief to residents.

An AQI between 0 and 50 is considered 'good', 51 and 100 'satisfactory', 101 and 200 'moderate', 201 and 300 'poor', 301 and 400 'very poor', and 401 and 500 'severe'. Above 450, it is classified as 'severe plus'.
""")
PTI1_SLUG = "PTI SGV NSD RT"
PRINT_PTI = "This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content."
PRINT_ANI = "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content."
BS_DISC = ("(Only the headline and picture of this report may have been reworked by the Business Standard "
           "staff; the rest of the content is auto-generated from a syndicated feed.)")
NDTV_DISC = "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
DD_DISC = "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)"
PTI1_T = "CAQM invokes GRAP Stage IV in Delhi-NCR as AQI touches 'severe plus'"
PTI1_BASE = "NEW DELHI, Nov 24 (PTI) - " + j(PTI1)
C = "external:pti"
add("in-pti1-theprint", "ThePrint", "2025-11-24T17:05:00+05:30",
    "https://theprint.in/india/caqm-invokes-grap-stage-iv-in-delhi-ncr-as-aqi-touches-severe-plus/2781245/",
    PTI1_T, "New Delhi, Nov 24 (PTI) " + j(PTI1) + "\n\n" + PTI1_SLUG + "\n\n" + PRINT_PTI,
    C, "near_duplicate", C, PTI1_BASE)
add("in-pti1-bs", "Business Standard", "2025-11-24T17:12:00+05:30",
    "https://www.business-standard.com/india-news/caqm-invokes-grap-stage-iv-in-delhi-ncr-as-aqi-touches-severe-plus-125112401234_1.html",
    PTI1_T, "NEW DELHI, Nov 24 (PTI) - " + j(PTI1) + "\n\n" + BS_DISC,
    C, "near_duplicate", C, PTI1_BASE)
add("in-pti1-ndtv", "NDTV", "2025-11-24T17:30:00+05:30",
    "https://www.ndtv.com/delhi-news/grap-stage-4-curbs-in-delhi-as-air-quality-turns-severe-plus-9687421",
    "GRAP Stage 4 Curbs In Delhi As Air Quality Turns 'Severe Plus'",
    "New Delhi: " + j(PTI1[:7]) + "\n\n" + NDTV_DISC, C, "near_duplicate", C, PTI1_BASE)
HINDU = [
    "The Commission for Air Quality Management (CAQM) on Monday invoked the strictest Stage IV of the Graded Response Action Plan (GRAP) across Delhi-NCR after the city's 24-hour average air quality index (AQI) rose to 452, in the 'severe plus' category.",
    PTI1[1],
    "The commission also asked the Delhi government and NCR States to consider shifting classes 6 to 9 and class 11 to hybrid mode, and to allow 50% of the staff in public and private offices to work from home.",
    PTI1[3].replace("4 pm", "4 p.m."),
    PTI1[4],
    PTI1[6],
    "Published - November 24, 2025 06:10 pm IST",
]
add("in-pti1-thehindu", "The Hindu", "2025-11-24T18:10:00+05:30",
    "https://www.thehindu.com/news/cities/Delhi/grap-stage-iv-invoked-in-delhi-ncr-as-aqi-slips-to-severe-plus/article69012345.ece",
    "GRAP Stage IV invoked in Delhi-NCR as AQI slips to 'severe plus'", j(HINDU), C, "near_duplicate", C, PTI1_BASE)
add("in-pti1-ie", "The Indian Express", "2025-11-24T18:40:00+05:30",
    "https://indianexpress.com/article/cities/delhi/delhi-aqi-grap-stage-4-severe-plus-10380123/",
    "Delhi AQI 'severe plus': GRAP Stage 4 is back, trucks barred and schools may go hybrid",
    j(P("""
Delhi woke up to another day of toxic air on Monday, and by evening the Centre's air quality panel had pulled its last lever. The Commission for Air Quality Management (CAQM) invoked Stage IV of the Graded Response Action Plan (GRAP) across Delhi-NCR after the city's 24-hour average AQI climbed to 452, in the 'severe plus' category.

The curbs bring a ban on the entry of trucks into the capital, except those carrying essential goods or running on clean fuels, and a halt to all construction and demolition work, including on highways, flyovers and pipelines.

Schools may be next. The panel has asked Delhi and the NCR states to consider moving classes 6 to 9 and class 11 to a hybrid mode, and offices to let half their staff work from home.

According to the Central Pollution Control Board (CPCB), 36 of the 39 monitoring stations in the capital recorded air quality in the 'severe' category at 4 pm. Anand Vihar was the worst at 491, followed by Wazirpur (482) and Bawana (478).

A CAQM official blamed calm winds, a low mixing height and farm fires, which, the official said, made up nearly 31 per cent of the PM2.5 load on Sunday.

Parents' groups said the back-and-forth between physical and online classes was taking a toll. "Every November we go through the same cycle, and nobody plans for it," said Ritu Malhotra, whose son studies at a school in Mayur Vihar.

The weather office expects little relief before Wednesday, with winds likely to stay below 10 kmph.

(With inputs from PTI)
""")), C, "derivative", C)
add("in-pti1-toi", "The Times of India", "2025-11-24T19:05:00+05:30",
    "https://timesofindia.indiatimes.com/city/delhi/grap-4-back-in-delhi-as-aqi-hits-452/articleshow/125512345.cms",
    "GRAP-4 back in Delhi as AQI hits 452",
    j(P("""
NEW DELHI: With the capital's air turning 'severe plus', the city is back under the strictest anti-pollution regime. The Commission for Air Quality Management on Monday brought in Stage IV of GRAP after Delhi's average AQI hit 452.

Trucks, other than those bringing in essential goods or running on CNG, LNG or electricity, will not be allowed to enter Delhi, and construction has been stopped on all sites, public projects like highways and flyovers included.

The panel has told Delhi and the NCR states to think about hybrid classes for students of classes 6 to 9 and 11, and work from home for half the staff of offices.

Of the 39 monitoring stations in Delhi, 36 were in the 'severe' zone at 4pm, CPCB data showed. Anand Vihar (491), Wazirpur (482) and Bawana (478) were the most polluted.

Officials attributed the spike to calm winds, a low mixing height and stubble burning, which made up close to a third of the PM2.5 on Sunday.

Around 84 enforcement teams will be stationed at the city's 13 main entry points, and violators face a fine of Rs 20,000, environment department officials said.
""")), C, "derivative", C)
add("in-pti1-ht", "Hindustan Times", "2025-11-24T20:15:00+05:30",
    "https://www.hindustantimes.com/cities/delhi-news/delhi-aqi-severe-plus-grap-4-trucks-ghazipur-101763991234567.html",
    "Trucks stranded at Ghazipur, hospitals see spike as Delhi slips into 'severe plus'",
    j(P("""
New Delhi: Delhi's air quality plunged to the 'severe plus' category on Monday, prompting the Commission for Air Quality Management (CAQM) to impose Stage IV curbs under the Graded Response Action Plan for the second time this season.

The Central Pollution Control Board's 4pm bulletin put the city's average AQI at 452, up from 397 on Sunday. Anand Vihar, at 491, was once again the worst of the city's monitoring stations.

At the Ghazipur border on Monday evening, a line of goods trucks stretched for nearly two kilometres as traffic police turned back vehicles that did not carry essential supplies. "We left Meerut at noon. Nobody told us about the ban," said Sukhdev Yadav, a driver carrying cement to a site in Noida.

Doctors at the city's hospitals said they had seen a rise in patients with breathing trouble over the weekend. "Our outpatient department saw about 40% more respiratory cases than last week, many of them children and the elderly," said Dr Anjali Mehra, a pulmonologist at a private hospital in south Delhi.

Experts said the ban on construction would help, but only if it was enforced. "The first two days of every GRAP stage are strict, and then sites quietly restart," said Vikas Sood, an urban planning researcher who has tracked compliance since 2021.

The weather office said winds would remain weak till Wednesday, after which a western disturbance may bring some relief.
""")), None, "unrelated", "in-pti1-ht")

PTI2 = P("""
Benchmark equity indices Sensex and Nifty rose for the second straight session on Monday, led by gains in banking and IT stocks amid steady foreign fund inflows.

The 30-share BSE Sensex climbed 412.36 points or 0.48 per cent to settle at 85,643.21. During the day, it jumped 566.1 points or 0.66 per cent to 85,796.95.

The 50-share NSE Nifty went up 118.45 points or 0.45 per cent to 26,187.60.

From the Sensex firms, HDFC Bank, Infosys, Tata Consultancy Services, Axis Bank and Larsen & Toubro were among the biggest gainers. Maruti Suzuki, Asian Paints and Hindustan Unilever were the laggards.

"Domestic markets traded with a positive bias as hopes of a rate cut by the Reserve Bank in its December policy and healthy second-quarter earnings supported sentiment," said an analyst at a Mumbai-based brokerage.

Foreign Institutional Investors (FIIs) bought equities worth Rs 1,842.56 crore on Friday, according to exchange data.

In Asian markets, Seoul's Kospi, Tokyo's Nikkei 225 and Hong Kong's Hang Seng settled higher, while Shanghai's SSE Composite index ended lower.

Global oil benchmark Brent crude declined 0.62 per cent to USD 62.41 a barrel. The rupee settled 6 paise higher at 88.62 against the US dollar.
""")
PTI2_BASE = "MUMBAI, Nov 24 (PTI) - " + j(PTI2)
PTI2_T = "Sensex climbs 412 pts, Nifty ends at 26,187 on gains in bank, IT stocks"
C = "external:pti/2"
add("in-pti2-theprint", "ThePrint", "2025-11-24T16:20:00+05:30",
    "https://theprint.in/economy/sensex-climbs-412-pts-nifty-ends-at-26187-on-gains-in-bank-it-stocks/2781102/",
    PTI2_T, "Mumbai, Nov 24 (PTI) " + j(PTI2) + "\n\nPTI SUM HG DRR\n\n" + PRINT_PTI, "external:pti", "near_duplicate", C, PTI2_BASE)
add("in-pti2-bs", "Business Standard", "2025-11-24T16:31:00+05:30",
    "https://www.business-standard.com/markets/news/sensex-climbs-412-pts-nifty-ends-at-26187-on-gains-in-bank-it-stocks-125112400987_1.html",
    PTI2_T, "MUMBAI, Nov 24 (PTI) - " + j(PTI2) + "\n\n" + BS_DISC, "external:pti", "near_duplicate", C, PTI2_BASE)

# ===========================================================================
# 2. ANI. Story 1 present (aninews.in) with copies; story 2 present alone.
ANI1 = P("""
Gangtok (Sikkim) [India], November 24 (ANI): The Indian Army on Monday rescued 27 tourists, including six women and three children, who were stranded near the Nathu La pass in East Sikkim after heavy snowfall blocked the Jawaharlal Nehru Marg on Sunday evening.

According to an official statement issued by the Trishakti Corps, troops of a high-altitude unit launched the operation at around 11 pm on Sunday after receiving a distress call from the tour operators.

"The tourists were evacuated to the Army camp at Sherathang, where they were provided with warm clothing, hot meals and medical care. Two elderly tourists who showed signs of hypothermia were treated by the unit's medical officer," the statement said.

The stranded tourists, most of them from West Bengal, Gujarat and Maharashtra, were travelling in nine vehicles. They were brought back to Gangtok on Monday afternoon after the Border Roads Organisation (BRO) cleared the snow from a 14-km stretch of the road.

The East Sikkim district administration has suspended permits for Nathu La, Tsomgo Lake and Baba Mandir till further orders, citing the weather forecast.

The India Meteorological Department (IMD) has predicted more snowfall in the higher reaches of Sikkim over the next 48 hours. (ANI)
""")
ANI1_T = "Army rescues 27 tourists stranded near Nathu La after heavy snowfall"
R = "in-ani1-ani"
add(R, "ANI", "2025-11-24T15:42:00+05:30",
    "https://www.aninews.in/news/national/general-news/army-rescues-27-tourists-stranded-near-nathu-la-after-heavy-snowfall20251124154201/",
    ANI1_T, "ANI | Updated: Nov 24, 2025 15:42 IST\n\n" + j(ANI1), None, "original", R)
add("in-ani1-theprint", "ThePrint", "2025-11-24T16:10:00+05:30",
    "https://theprint.in/india/army-rescues-27-tourists-stranded-near-nathu-la-after-heavy-snowfall/2781190/",
    ANI1_T, j(ANI1) + "\n\n" + PRINT_ANI, R, "near_duplicate", R, j(ANI1))
DD = list(ANI1)
DD[0] = DD[0].replace("The Indian Army on Monday rescued", "Indian Army personnel on Monday rescued")
DD[5] = "More snowfall has been predicted by the India Meteorological Department (IMD) in the higher reaches of Sikkim over the next 48 hours. (ANI)"
add("in-ani1-devdiscourse", "Devdiscourse", "2025-11-24T16:25:00+05:30",
    "https://www.devdiscourse.com/article/headlines/3712345-army-comes-to-rescue-of-27-tourists-stranded-in-snow-near-nathu-la",
    "Army Comes to Rescue of 27 Tourists Stranded in Snow Near Nathu La", j(DD) + "\n\n" + DD_DISC,
    R, "near_duplicate", R, j(ANI1))
add("in-ani1-news18", "News18", "2025-11-24T17:30:00+05:30",
    "https://www.news18.com/india/sikkim-snowfall-army-rescues-27-tourists-nathu-la-9712345.html",
    "Sikkim Snowfall: Army Rescues 27 Tourists Stuck Near Nathu La, Permits Suspended",
    j(P("""
Heavy snowfall in East Sikkim left 27 tourists, among them six women and three children, stuck near the Nathu La pass on Sunday night before Army troops reached them, news agency ANI reported on Monday.

The tourists, who had come mostly from West Bengal, Gujarat and Maharashtra in nine vehicles, were taken to the Army camp at Sherathang, where they were given warm clothes, hot meals and medical care, the Trishakti Corps said in a statement. Two elderly tourists with signs of hypothermia were treated by an Army doctor.

The group returned to Gangtok on Monday afternoon once the Border Roads Organisation had cleared a 14-km stretch of the Jawaharlal Nehru Marg.

Nathu La is one of the most visited spots in Sikkim in winter, and tour operators say bookings for the first snowfall rise every year. Operators in Gangtok said they had been told to stop taking groups to the pass until the weather improves.

The district administration has suspended permits for Nathu La, Tsomgo Lake and Baba Mandir till further orders, and the weather office has forecast more snow in the higher reaches over the next two days.
""")), R, "derivative", R)
add("in-ani2-ani", "ANI", "2025-11-24T13:05:00+05:30",
    "https://www.aninews.in/news/national/politics/karnataka-cabinet-approves-new-industrial-policy-with-rs-75000-crore-investment-target20251124130502/",
    "Karnataka Cabinet approves new industrial policy with Rs 75,000 crore investment target",
    "ANI | Updated: Nov 24, 2025 13:05 IST\n\n" + j(P("""
Bengaluru (Karnataka) [India], November 24 (ANI): The Karnataka Cabinet on Monday approved the state's new industrial policy for 2025-30, which aims to attract investments worth Rs 75,000 crore and create 2 lakh jobs over the next five years, a state minister said.

Briefing reporters after the Cabinet meeting, the minister said the policy offers capital subsidies of up to 25 per cent for manufacturing units set up in backward districts of north Karnataka, and a stamp duty waiver for micro, small and medium enterprises.

"The focus is on spreading industry beyond Bengaluru. Units in Kalaburagi, Ballari and Vijayapura will get the highest incentives," he said.

The policy also includes a single-window clearance system with a 30-day deadline for approvals and a separate fund for electronics and semiconductor design start-ups.

The Cabinet also cleared a proposal to set up 12 new industrial areas on 8,400 acres of land, the minister said. (ANI)
""")), None, "unrelated", "in-ani2-ani")

# ===========================================================================
# 3. IANS (absent). Story 1 with copies and a rewrite; story 2 with copies.
IANS1 = P("""
The Indian Space Research Organisation (ISRO) will launch its PSLV-C62 rocket carrying the EOS-10 earth observation satellite and 14 co-passenger satellites on December 4 from the Satish Dhawan Space Centre, the space agency said on Monday.

The lift-off has been scheduled for 10.18 a.m. from the first launch pad, ISRO said in a post on X.

The 1,140-kg EOS-10 satellite, built for agricultural monitoring and disaster management, will be placed in a 520-km sun-synchronous polar orbit about 18 minutes after lift-off.

The co-passenger satellites include eight from Indian start-ups and academic institutions and six from foreign customers under a commercial arrangement with NewSpace India Limited (NSIL).

A senior ISRO official said the fourth stage of the rocket would be used as an orbital platform for experiments after the satellites are deployed, as was done on earlier PSLV missions.

The space agency said the public would be allowed to watch the launch from the viewing gallery at Sriharikota after registering online. This will be the sixth PSLV mission of the year.
""")
IANS1_BASE = "Sriharikota, Nov 24 (IANS) " + j(IANS1) + "\n\n--IANS\n\nsdp/dan"
C = "external:ians"
add("in-ians1-lokmat", "Lokmat Times", "2025-11-24T14:20:00+05:30",
    "https://www.lokmattimes.com/national/isro-to-launch-pslv-c62-with-eos-10-on-december-4/",
    "ISRO to launch PSLV-C62 with EOS-10 on December 4", IANS1_BASE, C, "exact_duplicate", C, IANS1_BASE)
add("in-ians1-bs", "Business Standard", "2025-11-24T14:45:00+05:30",
    "https://www.business-standard.com/india-news/isro-to-launch-pslv-c62-with-eos-10-on-december-4-125112400701_1.html",
    "ISRO to launch PSLV-C62 with EOS-10 on December 4",
    "Sriharikota, Nov 24 (IANS) " + j(IANS1) + "\n\n" + BS_DISC, C, "near_duplicate", C, IANS1_BASE)
add("in-ians1-fpj", "Free Press Journal", "2025-11-24T16:00:00+05:30",
    "https://www.freepressjournal.in/india/isro-sets-december-4-date-for-pslv-c62-launch-15-satellites-on-board",
    "ISRO Sets December 4 Date For PSLV-C62 Launch, 15 Satellites On Board",
    j(P("""
The Indian Space Research Organisation (ISRO) has fixed December 4 for the launch of the PSLV-C62 mission, which will carry the EOS-10 earth observation satellite along with 14 smaller satellites, news agency IANS reported on Monday.

The rocket is scheduled to lift off at 10.18 a.m. from the first launch pad at Sriharikota. The 1,140-kg EOS-10, meant for agricultural monitoring and disaster management, will go into a 520-km sun-synchronous polar orbit roughly 18 minutes after lift-off.

Eight of the co-passengers come from Indian start-ups and academic institutions, and six are from foreign customers who booked through NewSpace India Limited, ISRO's commercial arm.

As on earlier missions, the rocket's fourth stage will stay in orbit as a platform for experiments once the satellites have been released.

Space enthusiasts can register online to watch the launch from the viewing gallery. The PSLV has flown five times so far this year.
""")), C, "derivative", C)
IANS2 = P("""
The India Meteorological Department (IMD) on Monday issued an orange alert for heavy to very heavy rainfall in eight districts of Tamil Nadu, including Chennai, Chengalpattu and Tiruvallur, for the next two days as a low-pressure area over the southwest Bay of Bengal is likely to intensify into a depression.

The Regional Meteorological Centre in Chennai said the system was expected to move west-northwestwards towards the north Tamil Nadu coast by Wednesday.

The state government has declared a holiday for schools in Chennai, Chengalpattu, Kancheepuram and Tiruvallur districts on Tuesday as a precautionary measure.

Fishermen have been advised not to venture into the sea till November 27. The state disaster response force has positioned 18 teams in vulnerable coastal districts, officials said.

The Greater Chennai Corporation said 1,200 motor pumps had been kept ready to drain water from low-lying areas and that 169 relief centres had been identified across the city.
""")
IANS2_BASE = "Chennai, Nov 24 (IANS) " + j(IANS2) + "\n\n--IANS\n\nvg/rad"
C = "external:ians/2"
add("in-ians2-lokmat", "Lokmat Times", "2025-11-24T15:10:00+05:30",
    "https://www.lokmattimes.com/national/imd-issues-orange-alert-for-eight-tamil-nadu-districts-schools-shut-in-chennai/",
    "IMD issues orange alert for eight Tamil Nadu districts, schools shut in Chennai", IANS2_BASE,
    "external:ians", "exact_duplicate", C, IANS2_BASE)
add("in-ians2-newsdrum", "NewsDrum", "2025-11-24T15:25:00+05:30",
    "https://www.newsdrum.in/national/imd-issues-orange-alert-for-eight-tamil-nadu-districts-8712345",
    "IMD issues orange alert for eight Tamil Nadu districts", IANS2_BASE,
    "external:ians", "exact_duplicate", C, IANS2_BASE)

# ===========================================================================
# 4. PTI Bhasha, Hindi (absent). Story 1: bus accident. Story 2: Pune metro.
BH1 = P("""
राजस्थान के सीकर जिले में सोमवार तड़के एक निजी बस और ट्रक की आमने-सामने की टक्कर में नौ लोगों की मौत हो गई और 17 अन्य घायल हो गए। पुलिस ने यह जानकारी दी।

पुलिस ने बताया कि हादसा सुबह करीब साढ़े पांच बजे फतेहपुर थाना क्षेत्र में राष्ट्रीय राजमार्ग 52 पर हुआ, जब सालासर से जयपुर जा रही बस सामने से आ रहे एक तेज़ रफ़्तार ट्रक से टकरा गई।

थानाधिकारी ने बताया कि टक्कर इतनी ज़ोरदार थी कि बस का अगला हिस्सा पूरी तरह क्षतिग्रस्त हो गया। मृतकों में तीन महिलाएं और एक बच्चा शामिल हैं।

उन्होंने बताया कि घायलों को सीकर के सरकारी अस्पताल में भर्ती कराया गया है, जिनमें से पांच की हालत गंभीर होने के कारण उन्हें जयपुर के सवाई मानसिंह अस्पताल रेफ़र किया गया है।

पुलिस के अनुसार, प्रारंभिक जांच में पता चला है कि घने कोहरे के कारण दृश्यता कम थी और ट्रक चालक ने ग़लत दिशा से ओवरटेक करने की कोशिश की थी। ट्रक चालक मौके से फ़रार हो गया है और उसकी तलाश की जा रही है।

मुख्यमंत्री ने हादसे पर दुख जताया है और मृतकों के परिजनों को दो-दो लाख रुपये तथा गंभीर रूप से घायलों को 50-50 हज़ार रुपये की सहायता राशि देने की घोषणा की है।
""")
BH1_BASE = "जयपुर, 24 नवंबर (भाषा) " + j(BH1) + "\n\nभाषा सुरेश राजकुमार"
NUKTA = str.maketrans({"\u093c": None})


def no_nukta(s):
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s).translate(NUKTA))


C = "external:pti/3"
add("hi-bh1-nbt", "Navbharat Times", "2025-11-24T11:20:00+05:30",
    "https://navbharattimes.indiatimes.com/state/rajasthan/sikar/sikar-bus-truck-collision-nine-killed-17-injured/articleshow/125509871.cms",
    "सीकर में बस और ट्रक की टक्कर, नौ लोगों की मौत, 17 घायल", BH1_BASE, "external:pti", "exact_duplicate", C, BH1_BASE)
AU = [no_nukta(p) for p in BH1[:5]]
AU[0] = AU[0].replace("सोमवार तड़के", "सोमवार सुबह")
add("hi-bh1-amarujala", "Amar Ujala", "2025-11-24T11:45:00+05:30",
    "https://www.amarujala.com/rajasthan/sikar/sikar-bus-truck-collision-nine-killed-17-injured-on-nh-52-2025-11-24",
    "Sikar Accident: सीकर में बस-ट्रक की भिड़ंत, नौ की मौत, 17 घायल",
    "जयपुर, 24 नवंबर (भाषा) " + j(AU), "external:pti", "near_duplicate", C, BH1_BASE)
add("hi-bh1-jagran", "Dainik Jagran", "2025-11-24T13:10:00+05:30",
    "https://www.jagran.com/rajasthan/sikar-sikar-road-accident-bus-truck-collision-nine-dead-40012345.html",
    "Sikar Road Accident: कोहरे में ओवरटेक बना काल, बस-ट्रक टक्कर में नौ की मौत",
    j(P("""
राजस्थान के सीकर जिले में सोमवार सुबह घने कोहरे के बीच एक बड़ा हादसा हो गया। समाचार एजेंसी पीटीआई-भाषा के अनुसार, फतेहपुर थाना क्षेत्र में राष्ट्रीय राजमार्ग 52 पर एक निजी बस और ट्रक की आमने-सामने टक्कर में नौ लोगों की जान चली गई, जबकि 17 लोग घायल हुए हैं।

बस सालासर से जयपुर जा रही थी। पुलिस का कहना है कि सामने से आ रहे ट्रक के चालक ने ग़लत दिशा से ओवरटेक करने की कोशिश की और कोहरे के कारण बस चालक को ट्रक दिखाई नहीं दिया। मरने वालों में तीन महिलाएं और एक बच्चा भी है।

घायलों को सीकर के सरकारी अस्पताल ले जाया गया। पांच गंभीर घायलों को जयपुर के सवाई मानसिंह अस्पताल भेजा गया है। हादसे के बाद ट्रक चालक भाग निकला, पुलिस उसकी तलाश कर रही है।

मुख्यमंत्री ने हादसे पर शोक व्यक्त करते हुए मृतकों के परिवारों को दो-दो लाख रुपये और गंभीर घायलों को 50-50 हज़ार रुपये देने की घोषणा की है।

गौरतलब है कि सर्दियों में कोहरे के कारण इस राजमार्ग पर हर साल कई हादसे होते हैं। स्थानीय लोगों ने इस हिस्से पर डिवाइडर बनाने की मांग की है।
""")), "external:pti", "derivative", C)
add("hi-bh1-bhaskar", "Dainik Bhaskar", "2025-11-24T14:30:00+05:30",
    "https://www.bhaskar.com/local/rajasthan/sikar/news/sikar-fatehpur-bus-truck-accident-eyewitness-136512345.html",
    "फतेहपुर में बस-ट्रक भिड़ंत: चीख-पुकार के बीच ग्रामीणों ने निकाले यात्री, नौ की मौत",
    j(P("""
सीकर के फतेहपुर इलाके में सोमवार अलसुबह हुए सड़क हादसे ने पूरे क्षेत्र को झकझोर दिया। नेशनल हाईवे 52 पर बस और ट्रक की भिड़ंत के बाद मौके पर चीख-पुकार मच गई। हादसे में नौ यात्रियों की मौत हो गई और 17 घायल हुए।

पास के ढाबे पर काम करने वाले रमेश कुमार ने बताया कि तेज़ धमाके जैसी आवाज़ सुनकर वे दौड़े तो बस का आगे का हिस्सा ट्रक में घुसा हुआ था। ग्रामीणों ने खिड़कियां तोड़कर यात्रियों को बाहर निकाला और निजी वाहनों से अस्पताल पहुंचाया।

बस में सवार ज़्यादातर लोग सालासर बालाजी के दर्शन करके लौट रहे थे। घायल यात्री सुनीता देवी ने बताया कि कोहरा इतना घना था कि सड़क भी ठीक से दिखाई नहीं दे रही थी।

सीकर के कलेक्टर और पुलिस अधीक्षक ने अस्पताल पहुंचकर घायलों का हाल जाना। अस्पताल प्रशासन ने अतिरिक्त डॉक्टरों को बुलाया और रक्तदान के लिए अपील की, जिसके बाद बड़ी संख्या में युवा अस्पताल पहुंचे।

स्थानीय लोगों का आरोप है कि हाईवे के इस हिस्से पर न तो रिफ्लेक्टर लगे हैं और न ही स्ट्रीट लाइट, जिसकी वजह से यहां बार-बार हादसे होते हैं।
""")), None, "unrelated", "hi-bh1-bhaskar")
BH2 = P("""
पुणे मेट्रो के स्वारगेट-कात्रज भूमिगत खंड पर सोमवार से परीक्षण शुरू हो गया। महाराष्ट्र मेट्रो रेल कॉरपोरेशन लिमिटेड (महा-मेट्रो) के एक अधिकारी ने यह जानकारी दी।

अधिकारी ने बताया कि 5.4 किलोमीटर लंबे इस खंड पर तीन भूमिगत स्टेशन बनाए गए हैं और परीक्षण पूरा होने के बाद मेट्रो रेल सुरक्षा आयुक्त (सीएमआरएस) से मंजूरी ली जाएगी।

उन्होंने कहा कि अगर सब कुछ योजना के अनुसार रहा तो यह खंड मार्च 2026 तक यात्रियों के लिए खोल दिया जाएगा। इससे स्वारगेट से कात्रज तक का सफर करीब 40 मिनट से घटकर 12 मिनट रह जाएगा।

महा-मेट्रो के अनुसार, इस परियोजना पर लगभग 2,950 करोड़ रुपये खर्च हो रहे हैं। पुणे मेट्रो में इस समय रोज़ाना औसतन 1.8 लाख यात्री सफर करते हैं।
""")
BH2_BASE = "पुणे, 24 नवंबर (भाषा) " + j(BH2) + "\n\nभाषा अमित मनीषा"
C = "external:pti/4"
add("hi-bh2-nbt", "Navbharat Times", "2025-11-24T16:40:00+05:30",
    "https://navbharattimes.indiatimes.com/state/maharashtra/pune/pune-metro-swargate-katraj-underground-trial-begins/articleshow/125511203.cms",
    "पुणे मेट्रो के स्वारगेट-कात्रज भूमिगत खंड पर परीक्षण शुरू", BH2_BASE, "external:pti", "exact_duplicate", C, BH2_BASE)
add("hi-bh2-jagran", "Dainik Jagran", "2025-11-24T17:05:00+05:30",
    "https://www.jagran.com/maharashtra/pune-pune-metro-swargate-katraj-trial-run-40012399.html",
    "Pune Metro: स्वारगेट-कात्रज भूमिगत खंड पर ट्रायल शुरू",
    "पुणे, 24 नवंबर (भाषा) " + j(BH2), "external:pti", "near_duplicate", C, BH2_BASE)

# ===========================================================================
# 5. Xinhua English. Story 1 (absent): satellite launch. Story 2: Xinhua's own page, alone.
XE1 = P("""
China on Monday launched a new group of low Earth orbit internet satellites from the Jiuquan Satellite Launch Center in northwest China, adding to a national satellite internet constellation that is being built at a rapid pace.

The satellites were launched at 11:07 a.m. (Beijing Time) aboard a Long March-2C carrier rocket and entered their preset orbit successfully, according to the launch center.

The rocket was fitted with an upgraded upper stage that allows it to release satellites into several different orbital planes during one flight, the China Aerospace Science and Technology Corporation (CASC) said in a statement.

The mission was the 617th flight of the Long March rocket series and the 80th orbital launch by China so far this year, equalling the country's annual record set in 2024.

China has stepped up the deployment of its satellite internet network in recent months, with state-owned and commercial launch providers carrying out missions from Jiuquan, Taiyuan, Xichang and the coastal Wenchang site in Hainan.

Experts say the constellation is expected to provide broadband services to remote regions, ships and aircraft, and to support emergency communications when ground networks are damaged by natural disasters.
""")
XE1_BASE = "JIUQUAN, Nov. 24 (Xinhua) -- " + j(XE1)
C = "external:xinhua"
add("cn-xe1-chinadaily", "China Daily", "2025-11-24T12:10:00+08:00",
    "https://www.chinadaily.com.cn/a/202511/24/WS6923a1b2a310d6866eb2c4f1.html",
    "China launches new group of internet satellites", XE1_BASE, C, "exact_duplicate", C, XE1_BASE)
add("cn-xe1-peopleen", "People's Daily Online", "2025-11-24T13:02:00+08:00",
    "http://en.people.cn/n3/2025/1124/c90000-20390123.html",
    "China sends new batch of internet satellites into orbit",
    "JIUQUAN, Nov. 24 (Xinhua) -- " + j(XE1[:5]) + "\n\n(Web editor: Wu Jing, Liang Jun)", C, "near_duplicate", C, XE1_BASE)
add("cn-xe1-globaltimes", "Global Times", "2025-11-24T21:40:00+08:00",
    "https://www.globaltimes.cn/page/202511/1349123.shtml",
    "China's 80th launch of the year equals record as internet constellation grows",
    j(P("""
China on Monday sent another batch of internet satellites into orbit from the Jiuquan Satellite Launch Center, its 80th orbital launch of the year, equalling the annual record set in 2024, Xinhua reported.

The satellites rode a Long March-2C rocket that lifted off at 11:07 am and entered their preset orbit, according to the report. The rocket carried an upgraded upper stage that can release satellites into several orbital planes in a single flight.

A Beijing-based aerospace expert told the Global Times on Monday that the multi-plane upper stage would shorten the time needed to complete the constellation. "Before, each plane needed its own launch. Now one rocket can serve three or four planes, which cuts both the cost and the waiting time," the expert said.

Chinese launch providers have raised the pace of missions this year, flying from Jiuquan, Taiyuan, Xichang and Wenchang, and commercial companies are preparing reusable rockets for next year.

Observers noted that the constellation would give remote regions, ships and aircraft broadband access and keep communications running when ground networks are knocked out by disasters.
""")), C, "derivative", C)
add("cn-xe1-scmp", "South China Morning Post", "2025-11-24T19:30:00+08:00",
    "https://www.scmp.com/news/china/science/article/3334123/china-matches-launch-record-internet-satellite-mission-race-starlink",
    "China matches launch record with internet satellite mission in race with Starlink",
    j(P("""
China has matched its record for orbital launches in a single year, sending up a batch of satellites for its state-backed internet megaconstellation from the Gobi Desert on Monday with more than a month of the year still to go.

The Long March 2C rocket lifted off from Jiuquan shortly after 11am, the country's 80th launch attempt of 2025, according to a tally kept by amateur trackers. Beijing has not published the number of satellites on board or their intended orbits.

The network, known as Guowang, is one of two Chinese projects meant to rival SpaceX's Starlink, which already has more than 8,000 satellites in orbit. Chinese planners have filed plans with the International Telecommunication Union for about 13,000 satellites in the first network alone.

"The bottleneck is no longer the satellites, it is the rockets," said a researcher at a Shanghai university who asked not to be named because he was not authorised to speak to the media. Most Chinese rockets are still expendable, and the first reusable boosters are not expected to fly operationally before 2026.

Analysts say the pace of launches will have to double to meet the deadlines China has filed with the ITU, under which half of a constellation must be in orbit within seven years of the first launch.
""")), None, "unrelated", "cn-xe1-scmp")
add("cn-xe2-xinhua", "Xinhua", "2025-11-24T16:55:00+08:00",
    "https://english.news.cn/20251124/7c1f2e9d4b8a4c21a7e5f0c3d2b1a987/c.html",
    "China's express delivery sector handles over 170 bln parcels in first 10 months",
    "BEIJING, Nov. 24 (Xinhua) -- " + j(P("""
China's express delivery sector handled 171.2 billion parcels in the first 10 months of this year, up 17.9 percent year on year, according to data released by the State Post Bureau on Monday.

The sector's revenue reached 1.23 trillion yuan (about 173 billion U.S. dollars) in the period, up 7.6 percent from a year earlier, the bureau said.

Parcels sent between cities accounted for nearly 88 percent of the total, while international and cross-border parcels grew 21.4 percent, driven by strong online shopping demand in Southeast Asia and the Middle East.

The bureau said it expected the daily volume to exceed 700 million parcels during the peak period after the "Double 11" shopping festival, and urged delivery companies to guarantee the rights and safety of couriers.
""")), None, "unrelated", "cn-xe2-xinhua")

# ===========================================================================
# 6. Xinhua Chinese: the same launch (absent), and the Chinese story 2 on xinhuanet alone.
XC1 = P("""
11月24日11时07分，我国在酒泉卫星发射中心使用长征二号丙运载火箭，成功将卫星互联网低轨卫星组发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。

此次发射的火箭配备了改进型上面级，可在一次飞行中将卫星分别送入多个不同的轨道面。中国航天科技集团有限公司表示，这将有效提高星座组网部署效率。

这次任务是长征系列运载火箭的第617次飞行，也是我国今年第80次发射，追平了2024年创下的年度发射次数纪录。

近几个月来，我国加快推进卫星互联网建设，国有和商业航天企业先后在酒泉、太原、西昌和海南文昌等地实施发射任务。

专家表示，卫星互联网建成后，可为偏远地区、船舶和飞机提供宽带服务，并在地面网络因自然灾害受损时提供应急通信保障。
""")
XC1_BASE = "新华社酒泉11月24日电（记者张明、刘佳）" + j(XC1)
C = "external:xinhua/2"
add("cn-xc1-people", "人民网", "2025-11-24T12:05:00+08:00",
    "http://politics.people.com.cn/n1/2025/1124/c1001-40609123.html",
    "我国成功发射卫星互联网低轨卫星", XC1_BASE + "\n\n（责编：王丽、李明）", "external:xinhua", "near_duplicate", C, XC1_BASE)
add("cn-xc1-cctv", "央视网", "2025-11-24T12:20:00+08:00",
    "https://news.cctv.com/2025/11/24/ARTIb7Kq2xLm8Pz4RfT1s9Yc251124.shtml",
    "我国成功发射卫星互联网低轨卫星组",
    "央视网消息：据新华社消息，" + j(XC1[:3]), "external:xinhua", "near_duplicate", C, XC1_BASE)
add("cn-xc1-thepaper", "澎湃新闻", "2025-11-24T15:30:00+08:00",
    "https://www.thepaper.cn/newsDetail_forward_31912345",
    "今年第80次发射！我国卫星互联网再添新星，追平年度纪录",
    j(P("""
据新华社报道，11月24日上午，我国在酒泉卫星发射中心用长征二号丙运载火箭成功发射一组卫星互联网低轨卫星，这是我国今年进行的第80次发射，追平了去年创下的纪录。

值得关注的是，本次任务所用火箭配备了改进型上面级，能够在一次飞行中把卫星送入多个轨道面。一位业内人士对澎湃新闻表示，过去每个轨道面往往需要单独发射一次，新技术可以明显缩短组网周期，降低成本。

今年以来，我国航天发射节奏明显加快，国有和商业航天企业从酒泉、太原、西昌、文昌等多个发射场密集执行任务。多家商业航天公司还计划在明年首飞可重复使用火箭。

业内人士认为，卫星互联网建成后，将为偏远地区、远洋船舶和航空旅客提供宽带上网服务，在地震、洪水等灾害导致地面网络中断时，也能保障应急通信。
""")), "external:xinhua", "derivative", C)
add("cn-xc1-chinanews", "中国新闻网", "2025-11-24T13:40:00+08:00",
    "https://www.chinanews.com.cn/gn/2025/11-24/10520123.shtml",
    "酒泉卫星发射中心今年发射任务创新高",
    j(P("""
中新网酒泉11月24日电（记者 陈文）记者24日从酒泉卫星发射中心获悉，该中心当天上午成功组织实施一次卫星互联网卫星发射任务，这也是该中心今年执行的第31次发射任务，创下该中心年度发射次数新高。

据介绍，今年以来，酒泉卫星发射中心先后完成载人飞船、空间站货运补给和多型商业火箭发射任务，高密度发射已成常态。发射中心有关负责人表示，中心通过优化测试流程、推行“一箭一策”，将火箭在发射场的平均测试周期缩短了近三分之一。

在发射场，数十名来自全国各地的航天爱好者在东风航天城附近的观景点守候。来自兰州的大学生王晓宇说，他今年已经是第三次来这里看火箭发射，“每次看到火箭升空都很激动”。

该负责人表示，年底前中心还将执行多次发射任务，目前各项准备工作正在有序推进。
""")), None, "unrelated", "cn-xc1-chinanews")
add("cn-xc2-xinhuanet", "新华网", "2025-11-24T16:30:00+08:00",
    "http://www.news.cn/fortune/20251124/3f8e2c1a9b7d4e6f8a0c2b4d6e8f1a3c/c.html",
    "前10个月我国快递业务量超1712亿件",
    "新华社北京11月24日电（记者王悦）" + j(P("""
国家邮政局24日发布数据显示，今年1至10月，全国快递服务企业业务量累计完成1712亿件，同比增长17.9%；业务收入累计完成1.23万亿元，同比增长7.6%。

其中，同城快递业务量占比有所下降，异地快递业务量占全部快递业务量的近88%。国际及港澳台快递业务量同比增长21.4%，东南亚和中东地区网购需求旺盛是主要拉动因素。

国家邮政局有关负责人表示，预计“双11”之后的业务旺季期间，日均快递业务量将超过7亿件。该负责人要求各快递企业切实保障快递员合法权益和作业安全。
""")), None, "unrelated", "cn-xc2-xinhuanet")

# ===========================================================================
# 7. Kyodo English (own page present) and Japanese (absent): the same quake. Story 2 alone.
K1 = P("""
A magnitude 6.1 earthquake struck off Iwate Prefecture in northeastern Japan on Monday morning, the Japan Meteorological Agency said, shaking buildings across the Tohoku region but triggering no tsunami.

The quake, which occurred at 8:14 a.m. at a depth of about 50 kilometers, registered lower 5 on the Japanese seismic intensity scale of 7 in the town of Hirono and in parts of Hachinohe in neighboring Aomori Prefecture.

No major damage had been reported as of midday, according to the Iwate prefectural government, though a woman in her 80s in Kuji was taken to hospital after falling at her home, and some roof tiles fell in Hachinohe.

East Japan Railway Co. temporarily suspended Tohoku Shinkansen services between Morioka and Shin-Aomori stations to check the tracks, and resumed operations at around 10 a.m. with delays of up to 90 minutes.

Tohoku Electric Power Co. said no abnormalities were found at the Higashidori nuclear power plant in Aomori, which is offline, or at the Onagawa plant in Miyagi Prefecture.

At a press conference, a meteorological agency official urged residents to stay alert for aftershocks of similar strength for about a week, particularly over the next two to three days.
""")
R = "jp-k1-kyodo"
add(R, "Kyodo News", "2025-11-24T12:05:00+09:00",
    "https://english.kyodonews.net/news/2025/11/8a1f3c2d9e47-m61-quake-strikes-off-iwate-pref-no-tsunami.html",
    "M6.1 quake strikes off Iwate Pref., no tsunami",
    "KYODO NEWS - Nov 24, 2025 - 12:05 | All, Japan\n\n" + j(K1), None, "original", R)
add("jp-k1-japantimes", "The Japan Times", "2025-11-24T13:30:00+09:00",
    "https://www.japantimes.co.jp/news/2025/11/24/japan/magnitude-61-quake-iwate/",
    "Magnitude 6.1 quake strikes off Iwate; no tsunami",
    "TOKYO, Nov. 24 (Kyodo) -- " + j(K1), R, "near_duplicate", R, j(K1))
add("jp-k1-japantoday", "Japan Today", "2025-11-24T15:10:00+09:00",
    "https://japantoday.com/category/national/m6.1-quake-jolts-tohoku-shinkansen-halted-briefly",
    "M6.1 quake jolts Tohoku; shinkansen halted briefly",
    j(P("""
A magnitude 6.1 earthquake off Iwate Prefecture rattled much of northeastern Japan on Monday morning, briefly halting bullet trains, Kyodo News reported. No tsunami was generated.

The quake hit at 8:14 a.m. about 50 km below the seabed and registered lower 5 on Japan's seven-point intensity scale in Hirono, Iwate, and parts of Hachinohe, Aomori.

One elderly woman in Kuji was taken to hospital after a fall at home, and roof tiles came down in Hachinohe, but no serious damage was reported by midday.

Tohoku Shinkansen services between Morioka and Shin-Aomori were stopped for track checks and restarted around 10 a.m., with delays of up to an hour and a half. Tohoku Electric Power said its Higashidori and Onagawa nuclear plants were unaffected.

The weather agency warned that aftershocks of a similar size could follow for about a week.
""")), R, "derivative", R)
KJ1 = P("""
24日午前8時14分ごろ、岩手県沖を震源とする地震があり、岩手県洋野町と青森県八戸市の一部で震度5弱を観測した。気象庁によると、震源の深さは約50キロ、地震の規模はマグニチュード（M）6.1と推定される。この地震による津波の心配はない。

岩手県によると、正午までに大きな被害は確認されていない。久慈市では80代の女性が自宅で転倒し、病院に搬送された。八戸市では一部の住宅で屋根瓦が落ちた。

JR東日本は東北新幹線の盛岡―新青森間で一時運転を見合わせ、線路の点検後、午前10時ごろに再開した。最大90分の遅れが出た。

東北電力によると、停止中の東通原発（青森県）と女川原発（宮城県）に異常はない。

気象庁の担当者は記者会見で「今後1週間程度、特に2～3日は同程度の揺れに注意してほしい」と呼びかけた。
""")
KJ1_BASE = j(KJ1)
C = "external:kyodo"
add("jp-kj1-tokyonp", "東京新聞", "2025-11-24T10:40:00+09:00",
    "https://www.tokyo-np.co.jp/article/451234",
    "岩手県沖で震度5弱　津波の心配なし", KJ1_BASE + "（共同）", C, "near_duplicate", C, KJ1_BASE)
KY = list(KJ1[:4])
KY[0] = KY[0].replace("地震があり、", "地震が発生し、")
KY[2] = KY[2].replace("最大90分の遅れが出た。", "この影響で最大90分の遅れが出た。")
add("jp-kj1-kyotonp", "京都新聞", "2025-11-24T10:55:00+09:00",
    "https://www.kyoto-np.co.jp/articles/-/1598765",
    "岩手県沖でM6.1、震度5弱　新幹線一時見合わせ", j(KY), C, "near_duplicate", C, KJ1_BASE)
add("jp-kj1-nhk", "NHK", "2025-11-24T09:30:00+09:00",
    "https://www3.nhk.or.jp/news/html/20251124/k10014987651000.html",
    "岩手 洋野町などで震度5弱 津波なし",
    j(P("""
24日午前8時14分ごろ、岩手県沖を震源とする地震があり、岩手県洋野町などで震度5弱の激しい揺れを観測しました。この地震による津波はありませんでした。

各地の震度は、震度5弱が洋野町と青森県八戸市南郷、震度4が岩手県久慈市や普代村などでした。

洋野町の役場によりますと、地震の直後から職員が町内を回って被害の確認を進めていますが、これまでのところ建物の倒壊などの情報は入っていないということです。

町内で商店を営む70代の男性は「ドンと突き上げるような揺れで、棚の商品がいくつも落ちた。東日本大震災を思い出して怖かった」と話していました。

気象庁は、揺れの強かった地域では、落石や崖崩れなどの危険性が高まっているおそれがあるとして、今後の地震活動や雨の状況に十分注意するよう呼びかけています。
""")), None, "unrelated", "jp-kj1-nhk")
add("jp-k2-kyodo", "Kyodo News", "2025-11-24T17:40:00+09:00",
    "https://english.kyodonews.net/news/2025/11/2b7d9e0f1a34-japan-to-ease-visa-rules-for-foreign-nursing-care-workers.html",
    "Japan to ease visa rules for foreign nursing care workers",
    "KYODO NEWS - Nov 24, 2025 - 17:40 | All, Japan\n\n" + j(P("""
The Japanese government plans to allow foreign nursing care workers to stay in the country longer and to work in home-visit services, government sources said Monday, as the rapidly aging nation struggles to fill a widening labor shortage in the sector.

Under the plan, workers under the specified skilled worker program will be able to renew their visas without an upper limit if they pass a national qualification exam, the sources said. The health ministry will also lift a ban on foreign staff providing care in patients' homes from next fiscal year.

The nursing care sector is expected to be short of about 570,000 workers by fiscal 2040, according to a ministry estimate.

The government aims to compile the measures by the end of the year after hearing the views of operators and local governments.
""")), None, "unrelated", "jp-k2-kyodo")

# ===========================================================================
# 8. Yonhap English (own page present, Korea Herald copy) and Korean (absent). Korean story 2
#    on Yonhap's own Korean page, alone.
Y1 = P("""
South Korea's exports rose 8.2 percent in the first 20 days of November from a year earlier on the back of robust semiconductor sales, data showed Monday.

Outbound shipments reached US$38.6 billion in the Nov. 1-20 period, compared with $35.7 billion a year earlier, according to the data from the Korea Customs Service.

Semiconductor exports jumped 31.4 percent to $11.2 billion on strong demand for high-bandwidth memory chips used in artificial intelligence servers, while car exports fell 4.7 percent to $3.9 billion.

By destination, shipments to the United States declined 3.1 percent, while those to China and Vietnam increased 6.5 percent and 12.8 percent, respectively.

Imports rose 2.4 percent to $36.1 billion, resulting in a trade surplus of $2.5 billion for the period.

Adjusted for the number of working days, which stood at 15.5 this year, the same as a year earlier, daily average exports increased 8.2 percent.
""")
R = "kr-y1-yonhap"
add(R, "Yonhap News Agency", "2025-11-24T09:12:00+09:00",
    "https://en.yna.co.kr/view/AEN20251124001200320",
    "(LEAD) S. Korea's exports up 8.2 pct in first 20 days of Nov. on robust chip sales",
    "SEOUL, Nov. 24 (Yonhap) -- " + j(Y1) + "\n\n(END)", None, "original", R)
add("kr-y1-koreaherald", "The Korea Herald", "2025-11-24T10:05:00+09:00",
    "https://www.koreaherald.com/article/10621234",
    "Exports up 8.2% in first 20 days of November on chip boom",
    j(Y1) + " (Yonhap)", R, "near_duplicate", R, "SEOUL, Nov. 24 (Yonhap) -- " + j(Y1) + "\n\n(END)")
YK1 = P("""
이달 1∼20일 수출이 반도체 호조에 힘입어 작년 같은 기간보다 8.2% 증가한 것으로 나타났다.

관세청이 24일 발표한 11월 1∼20일 수출입 현황에 따르면 이 기간 수출액은 386억 달러로 작년 같은 기간(357억 달러)보다 8.2% 늘었다.

품목별로는 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요가 이어지면서 반도체 수출이 112억 달러로 31.4% 급증했다. 반면 승용차 수출은 39억 달러로 4.7% 감소했다.

국가별로는 미국으로의 수출이 3.1% 줄었지만, 중국(6.5%)과 베트남(12.8%)으로의 수출은 늘었다.

같은 기간 수입은 361억 달러로 2.4% 증가했다. 이에 따라 무역수지는 25억 달러 흑자를 기록했다.

조업일수는 15.5일로 작년과 같았으며, 조업일수를 고려한 하루 평균 수출액도 8.2% 늘었다.
""")
YNA_COPY = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
YK1_BASE = "(세종=연합뉴스) 김민수 기자 = " + j(YK1) + "\n\nkms@yna.co.kr\n\n" + YNA_COPY
C = "external:yonhap"
add("kr-yk1-mk", "매일경제", "2025-11-24T09:20:00+09:00",
    "https://www.mk.co.kr/news/economy/11475123",
    "11월 1∼20일 수출 8.2%↑…반도체 31% 급증", YK1_BASE, C, "exact_duplicate", C, YK1_BASE)
HK = list(YK1)
HK[0] = "11월 1∼20일 수출이 반도체 호조에 힘입어 지난해 같은 기간보다 8.2% 증가했다."
HK[5] = "조업일수를 고려한 하루 평균 수출액도 8.2% 증가했다."
add("kr-yk1-hankyung", "한국경제", "2025-11-24T09:40:00+09:00",
    "https://www.hankyung.com/article/2025112412345",
    "반도체가 끌었다…11월 1∼20일 수출 8.2% 증가",
    j(HK) + "\n\n한경닷컴 뉴스룸 newsinfo@hankyung.com", C, "near_duplicate", C, YK1_BASE)
add("kr-yk1-heraldcorp", "헤럴드경제", "2025-11-24T10:20:00+09:00",
    "https://biz.heraldcorp.com/article/10621555",
    "AI 반도체 훈풍…11월 1∼20일 수출 386억달러, 8.2%↑",
    j(P("""
연합뉴스에 따르면 관세청은 24일 이달 1∼20일 수출액이 386억 달러로 집계됐다고 밝혔다. 지난해 같은 기간보다 8.2% 늘어난 수치다.

수출 증가를 이끈 것은 반도체였다. AI 서버에 들어가는 고대역폭메모리(HBM) 수요가 꾸준히 이어지며 반도체 수출액은 112억 달러로 31.4% 뛰었다. 승용차 수출은 39억 달러에 그쳐 4.7% 줄었다.

미국행 수출은 3.1% 감소했으나 중국행과 베트남행 수출은 각각 6.5%, 12.8% 증가했다.

수입액은 361억 달러로 2.4% 늘어 이 기간 무역수지는 25억 달러 흑자였다. 조업일수는 15.5일로 지난해와 같았다.
""")), C, "derivative", C)
add("kr-yk1-chosun", "조선일보", "2025-11-24T11:30:00+09:00",
    "https://www.chosun.com/economy/economy_general/2025/11/24/QW3ERT5YUI7OPA9SDF2GHJ4KLZ/",
    "AI 서버가 살린 수출… 자동차는 넉 달째 '뒷걸음'",
    j(P("""
이달 들어 20일까지 수출이 8% 넘게 늘었지만, 반도체를 빼면 사정이 다르다. 관세청 집계에서 반도체를 제외한 수출은 사실상 제자리걸음에 그쳤고, 자동차는 넉 달째 감소세를 이어갔다.

업계에서는 인공지능 데이터센터 투자 붐이 끝나지 않는 한 메모리 반도체 수출 호조가 내년 상반기까지 이어질 것으로 본다. 한 증권사 연구원은 "고대역폭메모리 물량은 이미 내년 치까지 계약이 끝난 상태"라며 "문제는 반도체 쏠림이 너무 심하다는 것"이라고 말했다.

자동차 업계는 미국의 관세 부과 이후 현지 생산을 늘리면서 국내 공장의 수출 물량이 줄고 있다고 설명했다. 울산의 한 부품업체 대표는 "완성차 수출이 줄면 부품사 주문도 바로 줄어든다"며 "연말 특근도 취소했다"고 했다.

정부는 이달 말 발표할 11월 전체 수출도 증가세를 이어갈 것으로 내다봤다. 다만 미국으로의 수출이 감소한 점은 부담으로 꼽힌다.
""")), None, "unrelated", "kr-yk1-chosun")
add("kr-y2-yna", "연합뉴스", "2025-11-24T08:40:00+09:00",
    "https://www.yna.co.kr/view/AKR20251124031100004",
    "서울에 올겨울 첫눈…작년보다 사흘 늦어",
    "(서울=연합뉴스) 이지현 기자 = " + j(P("""
24일 오전 서울에 올겨울 첫눈이 내렸다.

기상청에 따르면 이날 오전 7시 10분께 서울 종로구 송월동 서울기상관측소에서 눈이 관측됐다. 이는 작년 첫눈보다 사흘 늦고, 평년보다는 나흘 늦은 것이다.

기상청은 이날 오후까지 경기 북부와 강원 내륙을 중심으로 1∼3㎝의 눈이 쌓일 것으로 예보했다. 밤사이 기온이 영하로 떨어지면서 도로가 얼어붙는 곳이 많겠으니 출근길 교통안전에 유의해야 한다고 기상청은 당부했다.

서울시는 제설 대책 1단계를 발령하고 제설 장비 1천여 대를 비상 대기시켰다.
""")) + "\n\njhlee@yna.co.kr\n\n" + YNA_COPY, None, "unrelated", "kr-y2-yna")

# ===========================================================================
# 9. Bernama, Malay (absent) with an English version (absent); story 2 on Bernama's own page.
BM1 = P("""
Jumlah mangsa banjir di Kelantan meningkat kepada 5,214 orang daripada 1,486 keluarga setakat 8 pagi ini berbanding 3,102 orang malam tadi, dengan 41 pusat pemindahan sementara (PPS) dibuka di lima jajahan.

Menurut portal Info Bencana Jabatan Kebajikan Masyarakat (JKM), Pasir Mas mencatatkan jumlah mangsa tertinggi iaitu 2,380 orang, diikuti Tumpat (1,512), Kota Bharu (744), Tanah Merah (406) dan Kuala Krai (172).

Sementara itu, portal Publicinfobanjir menunjukkan paras air Sungai Golok di Rantau Panjang berada di paras bahaya iaitu 10.2 meter berbanding paras bahaya 9.0 meter, manakala Sungai Kelantan di Tambatan Diraja berada di paras amaran.

Jabatan Meteorologi Malaysia (MetMalaysia) dalam kenyataan mengeluarkan amaran hujan berterusan tahap buruk di Kelantan dan Terengganu sehingga Rabu.

Pengarah Angkatan Pertahanan Awam Malaysia (APM) Kelantan berkata sebanyak 320 anggota serta 28 bot telah digerakkan untuk membantu operasi pemindahan, terutama di kawasan rendah di Pasir Mas dan Tumpat.

"Kami menasihatkan penduduk di kawasan berisiko supaya segera berpindah apabila diarahkan dan tidak menunggu sehingga air naik," katanya ketika ditemui pemberita di sini hari ini.
""")
BM1_BASE = "KOTA BHARU, 24 Nov (Bernama) -- " + j(BM1) + "\n\n-- BERNAMA"
C = "external:bernama"
add("my-bm1-awani", "Astro Awani", "2025-11-24T10:15:00+08:00",
    "https://www.astroawani.com/berita-malaysia/banjir-mangsa-di-kelantan-meningkat-kepada-5214-orang-553123",
    "Banjir: Mangsa di Kelantan meningkat kepada 5,214 orang", BM1_BASE, C, "exact_duplicate", C, BM1_BASE)
SH = list(BM1)
SH[0] = SH[0].replace("setakat 8 pagi ini", "setakat jam 8 pagi tadi")
SH[4] = SH[4].replace("berkata sebanyak", "memaklumkan sebanyak")
add("my-bm1-sinarharian", "Sinar Harian", "2025-11-24T10:40:00+08:00",
    "https://www.sinarharian.com.my/article/712345/berita/nasional/mangsa-banjir-di-kelantan-meningkat-5214-orang",
    "Mangsa banjir di Kelantan meningkat 5,214 orang",
    "KOTA BHARU - " + j(SH) + "\n\n- Bernama", C, "near_duplicate", C, BM1_BASE)
add("my-bm1-hmetro", "Harian Metro", "2025-11-24T12:30:00+08:00",
    "https://www.hmetro.com.my/mutakhir/2025/11/1298765/lebih-5000-mangsa-banjir-kelantan-sungai-golok-lepasi-paras-bahaya",
    "Lebih 5,000 mangsa banjir di Kelantan, Sungai Golok lepasi paras bahaya",
    j(P("""
Kota Bharu: Lebih 5,000 penduduk di Kelantan kini berlindung di pusat pemindahan sementara (PPS) selepas hujan lebat berterusan sejak Sabtu menyebabkan banjir di lima jajahan.

Setakat 8 pagi ini, seramai 5,214 mangsa daripada 1,486 keluarga ditempatkan di 41 PPS, meningkat hampir 2,000 orang berbanding malam tadi. Pasir Mas paling teruk terjejas dengan 2,380 mangsa, disusuli Tumpat dengan 1,512 orang.

Paras air Sungai Golok di Rantau Panjang sudah melepasi paras bahaya apabila mencecah 10.2 meter, manakala Sungai Kelantan di Tambatan Diraja berada di paras amaran.

MetMalaysia pula meramalkan hujan berterusan tahap buruk di Kelantan dan Terengganu sehingga Rabu.

Angkatan Pertahanan Awam Malaysia (APM) Kelantan menggerakkan 320 anggota dan 28 bot bagi membantu pemindahan penduduk di kawasan rendah, khususnya di Pasir Mas dan Tumpat. Penduduk dinasihatkan supaya segera berpindah apabila diarahkan pihak berkuasa.
""")), C, "derivative", C)
BE1 = P("""
The number of flood victims in Kelantan rose to 5,214 people from 1,486 families as of 8 am today, compared with 3,102 last night, with 41 temporary relief centres (PPS) opened in five districts.

According to the Social Welfare Department (JKM) Info Bencana portal, Pasir Mas recorded the highest number of victims at 2,380, followed by Tumpat (1,512), Kota Bharu (744), Tanah Merah (406) and Kuala Krai (172).

Meanwhile, the Publicinfobanjir portal showed that the water level of Sungai Golok in Rantau Panjang was at the danger level of 10.2 metres, against the danger mark of 9.0 metres, while Sungai Kelantan at Tambatan Diraja was at the warning level.

The Malaysian Meteorological Department (MetMalaysia), in a statement, issued a warning of continuous heavy rain at the bad level in Kelantan and Terengganu until Wednesday.

Kelantan Malaysia Civil Defence Force (APM) director said 320 personnel and 28 boats had been mobilised to assist in evacuation operations, especially in low-lying areas of Pasir Mas and Tumpat.
""")
BE1_BASE = "KOTA BHARU, Nov 24 (Bernama) -- " + j(BE1) + "\n\n-- BERNAMA"
C = "external:bernama/2"
add("my-be1-thestar", "The Star", "2025-11-24T11:05:00+08:00",
    "https://www.thestar.com.my/news/nation/2025/11/24/flood-victims-in-kelantan-rise-to-5214",
    "Flood victims in Kelantan rise to 5,214",
    "KOTA BHARU: " + j(BE1) + " - Bernama", "external:bernama", "near_duplicate", C, BE1_BASE)
add("my-be1-malaymail", "Malay Mail", "2025-11-24T11:20:00+08:00",
    "https://www.malaymail.com/news/malaysia/2025/11/24/kelantan-flood-victims-climb-to-5214-sungai-golok-above-danger-level/199123",
    "Kelantan flood victims climb to 5,214, Sungai Golok above danger level",
    "KOTA BHARU, Nov 24 — " + j(BE1[:4]) + " — Bernama", "external:bernama", "near_duplicate", C, BE1_BASE)
add("my-bm2-bernama", "Bernama", "2025-11-24T15:20:00+08:00",
    "https://www.bernama.com/bm/news.php?id=2490123",
    "Harga runcit RON95 kekal RM1.99 seliter bagi warganegara layak",
    "PUTRAJAYA, 24 Nov (Bernama) -- " + j(P("""
Harga runcit petrol RON95 bersasar kekal pada RM1.99 seliter bagi warganegara yang layak untuk tempoh 27 November hingga 3 Disember ini, menurut kenyataan Kementerian Kewangan hari ini.

Harga RON95 tanpa subsidi pula ditetapkan pada RM2.60 seliter, manakala harga RON97 naik lima sen kepada RM3.25 seliter dan diesel di Semenanjung turun tiga sen kepada RM2.87 seliter.

Kementerian itu berkata kerajaan akan terus memantau harga minyak mentah dunia dan mengambil langkah sewajarnya bagi memastikan kebajikan rakyat terus terpelihara.

Sejak pelaksanaan subsidi bersasar pada 30 September lalu, lebih 14 juta rakyat Malaysia telah menikmati harga RM1.99 seliter menggunakan kad pengenalan masing-masing, katanya.
""")) + "\n\n-- BERNAMA", None, "unrelated", "my-bm2-bernama")

# ===========================================================================
# 10. Antara, Indonesian (absent). Story 2 on Antara's own page, alone.
AN1 = P("""
Gunung Lewotobi Laki-laki di Kabupaten Flores Timur, Nusa Tenggara Timur, kembali erupsi pada Senin pagi dengan tinggi kolom abu mencapai 5.000 meter di atas puncak, kata Badan Geologi.

Petugas Pos Pengamatan Gunung Api (PGA) Lewotobi Laki-laki mengatakan erupsi terjadi pukul 06.35 WITA dan terekam di seismogram dengan amplitudo maksimum 47,3 milimeter dan durasi sekitar 8 menit.

"Kolom abu teramati berwarna kelabu dengan intensitas tebal condong ke arah barat laut dan barat," katanya dalam keterangan tertulis yang diterima di Kupang.

Status Gunung Lewotobi Laki-laki masih berada pada Level III atau Siaga. Masyarakat dan wisatawan diminta tidak melakukan aktivitas apa pun dalam radius 6 kilometer dari pusat erupsi.

Sementara itu, Bandara Frans Seda di Maumere ditutup sementara hingga Selasa pagi karena sebaran abu vulkanik, menurut Otoritas Bandar Udara Wilayah IV.

Badan Penanggulangan Bencana Daerah (BPBD) Flores Timur mencatat 1.240 warga dari enam desa masih bertahan di pos pengungsian.
""")
AN1_BASE = "Flores Timur, NTT (ANTARA) - " + j(AN1)
C = "external:antara"
add("id-an1-republika", "Republika", "2025-11-24T09:30:00+07:00",
    "https://news.republika.co.id/berita/t6abcd123/gunung-lewotobi-lakilaki-kembali-erupsi-tinggi-kolom-abu-5000-meter",
    "Gunung Lewotobi Laki-laki Kembali Erupsi, Tinggi Kolom Abu 5.000 Meter",
    AN1_BASE + "\n\nSumber : Antara", C, "near_duplicate", C, AN1_BASE)
SU = list(AN1[:5])
SU[0] = SU[0].replace("kembali erupsi pada Senin pagi", "kembali meletus pada Senin (24/11/2025) pagi")
SU[3] = SU[3].replace("Masyarakat dan wisatawan diminta", "Warga dan wisatawan diimbau")
add("id-an1-suara", "Suara.com", "2025-11-24T10:12:00+07:00",
    "https://www.suara.com/news/2025/11/24/101200/gunung-lewotobi-meletus-lagi-kolom-abu-capai-5000-meter",
    "Gunung Lewotobi Meletus Lagi, Kolom Abu Capai 5.000 Meter",
    "Suara.com - " + j(SU) + "\n\nSumber: Antara", C, "near_duplicate", C, AN1_BASE)
add("id-an1-kompas", "Kompas.com", "2025-11-24T13:00:00+07:00",
    "https://regional.kompas.com/read/2025/11/24/130000078/lewotobi-erupsi-lagi-bandara-frans-seda-ditutup",
    "Lewotobi Erupsi Lagi, Bandara Frans Seda Ditutup hingga Selasa",
    j(P("""
KOMPAS.com - Gunung Lewotobi Laki-laki di Flores Timur kembali memuntahkan abu vulkanik setinggi 5.000 meter pada Senin (24/11/2025) pagi, seperti dilansir Antara.

Letusan terjadi pukul 06.35 WITA dan berlangsung sekitar delapan menit. Abu berwarna kelabu tebal terbawa angin ke arah barat laut dan barat.

Akibat sebaran abu, Bandara Frans Seda di Maumere, Kabupaten Sikka, ditutup sementara hingga Selasa pagi. Sejumlah penerbangan dari Kupang dan Denpasar terpaksa dibatalkan.

Status gunung masih Level III atau Siaga, dan masyarakat tidak boleh beraktivitas dalam radius 6 kilometer dari kawah.

Lewotobi Laki-laki mengalami erupsi besar pada November tahun lalu yang menewaskan sembilan orang dan memaksa ribuan warga mengungsi. Hingga kini, 1.240 warga dari enam desa masih tinggal di pengungsian.
""")), C, "derivative", C)
add("id-an1-tempo", "Tempo", "2025-11-24T14:20:00+07:00",
    "https://www.tempo.co/lingkungan/warga-pengungsian-lewotobi-cemas-menunggu-kapan-bisa-pulang-1234567",
    "Warga Pengungsian Lewotobi Cemas Menunggu Kapan Bisa Pulang",
    j(P("""
Dentuman dari Gunung Lewotobi Laki-laki kembali terdengar di Desa Konga, Flores Timur, Senin pagi. Dari tenda pengungsian, Maria Goreti Kewa melihat kolom abu membubung tinggi ke langit. "Anak-anak langsung menangis, mereka ingat letusan tahun lalu," kata perempuan 42 tahun itu.

Maria adalah satu dari ratusan warga yang sudah setahun tinggal di hunian sementara. Rumahnya di Desa Klatanlo rusak berat akibat erupsi November 2024 dan hingga kini belum bisa ditempati.

Menurut Badan Geologi, letusan pagi itu melontarkan abu hingga 5.000 meter di atas puncak. Status gunung tetap Siaga, dan pemerintah daerah belum memberi kepastian kapan warga dari desa-desa di lereng gunung bisa kembali.

Kepala desa setempat mengatakan bantuan logistik mulai menipis sejak Oktober. "Kami butuh kepastian relokasi, bukan hanya beras dan mi instan," ujarnya.

Pemerintah Kabupaten Flores Timur menyatakan lahan relokasi seluas 40 hektare sudah disiapkan di Kecamatan Titehena, tetapi pembangunan rumah baru dijadwalkan mulai tahun depan.
""")), None, "unrelated", "id-an1-tempo")
add("id-an2-antara", "ANTARA", "2025-11-24T11:45:00+07:00",
    "https://www.antaranews.com/berita/4890123/bapanas-pastikan-stok-beras-aman-jelang-natal-dan-tahun-baru",
    "Bapanas pastikan stok beras aman jelang Natal dan Tahun Baru",
    "Jakarta (ANTARA) - " + j(P("""
Badan Pangan Nasional (Bapanas) memastikan stok beras nasional dalam kondisi aman menjelang Natal dan Tahun Baru, dengan cadangan beras pemerintah di gudang Perum Bulog mencapai 3,8 juta ton.

Deputi Bidang Ketersediaan dan Stabilisasi Pangan Bapanas mengatakan jumlah itu cukup untuk memenuhi kebutuhan program stabilisasi pasokan dan harga pangan (SPHP) hingga awal tahun depan.

"Kami juga akan menggelar gerakan pangan murah di 1.500 titik di seluruh Indonesia mulai pekan depan," katanya di Jakarta, Senin.

Menurut dia, harga beras medium di tingkat konsumen saat ini rata-rata Rp13.400 per kilogram, masih sedikit di atas harga eceran tertinggi di sejumlah wilayah timur Indonesia.
""")), None, "unrelated", "id-an2-antara")

# ===========================================================================
# 11. VNA, Vietnamese: the storm story on VietnamPlus (VNA's own site) with a copy and a
#     rewrite; story 2 on Báo Tin tức (VNA's paper), alone.
VN1 = P("""
Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 7 giờ sáng 24/11, vị trí tâm bão số 15 ở vào khoảng 12,8 độ Vĩ Bắc; 110,9 độ Kinh Đông, trên vùng biển ngoài khơi tỉnh Khánh Hòa. Sức gió mạnh nhất vùng gần tâm bão mạnh cấp 11 (103-117 km/giờ), giật cấp 14.

Dự báo trong 24 giờ tới, bão di chuyển chủ yếu theo hướng Tây với tốc độ 15-20 km/giờ và có khả năng đổ bộ vào đất liền các tỉnh từ Khánh Hòa đến Lâm Đồng vào chiều tối 25/11.

Do ảnh hưởng của bão, từ đêm 24/11 đến hết ngày 26/11, khu vực từ Đắk Lắk đến Lâm Đồng có mưa to đến rất to với lượng mưa phổ biến 200-350 mm, có nơi trên 500 mm. Nguy cơ cao xảy ra lũ quét tại các sông nhỏ, suối và sạt lở đất tại vùng núi.

Ban Chỉ huy phòng thủ dân sự tỉnh Khánh Hòa cho biết đã kêu gọi 4.126 tàu cá với hơn 21.000 lao động vào nơi tránh trú an toàn, đồng thời lên phương án sơ tán hơn 52.000 người dân ở các khu vực ven biển và vùng trũng thấp.

Cục Hàng không Việt Nam cho biết sẽ tạm dừng khai thác Cảng hàng không quốc tế Cam Ranh từ 12 giờ ngày 25/11 đến khi bão tan.

Bộ Giáo dục và Đào tạo đề nghị các địa phương trong vùng ảnh hưởng của bão cho học sinh nghỉ học trong ngày 25 và 26/11 để bảo đảm an toàn.
""")
R = "vn-v1-vietnamplus"
add(R, "VietnamPlus", "2025-11-24T09:15:00+07:00",
    "https://www.vietnamplus.vn/bao-so-15-tien-sat-khanh-hoa-gio-giat-cap-14-post1078123.vnp",
    "Bão số 15 tiến sát Khánh Hòa, gió giật cấp 14",
    "Hà Nội (TTXVN/Vietnam+) - " + j(VN1), None, "original", R)
add("vn-v1-baotintuc", "Báo Tin tức", "2025-11-24T09:50:00+07:00",
    "https://baotintuc.vn/thoi-su/bao-so-15-tien-sat-khanh-hoa-gio-giat-cap-14-20251124095012345.htm",
    "Bão số 15 tiến sát Khánh Hòa, gió giật cấp 14",
    j(VN1) + "\n\nTTXVN", R, "near_duplicate", R, "Hà Nội (TTXVN/Vietnam+) - " + j(VN1))
add("vn-v1-dantri", "Dân trí", "2025-11-24T11:20:00+07:00",
    "https://dantri.com.vn/xa-hoi/bao-so-15-sap-do-bo-khanh-hoa-hon-52000-dan-chuan-bi-so-tan-20251124112012345.htm",
    "Bão số 15 sắp đổ bộ, Khánh Hòa chuẩn bị sơ tán hơn 52.000 dân",
    j(P("""
Theo TTXVN, sáng 24/11, bão số 15 đang ở ngoài khơi tỉnh Khánh Hòa với sức gió mạnh nhất cấp 11, giật cấp 14, và di chuyển theo hướng Tây với tốc độ 15-20 km/giờ.

Cơ quan khí tượng nhận định bão có khả năng đổ bộ vào đất liền các tỉnh từ Khánh Hòa đến Lâm Đồng vào chiều tối 25/11. Từ đêm 24/11 đến hết ngày 26/11, khu vực từ Đắk Lắk đến Lâm Đồng có mưa to đến rất to, có nơi trên 500 mm, nguy cơ cao xảy ra lũ quét và sạt lở đất.

Tại Khánh Hòa, chính quyền đã kêu gọi hơn 4.100 tàu cá vào bờ và chuẩn bị phương án sơ tán hơn 52.000 người dân sống ven biển và vùng trũng thấp.

Ông Nguyễn Văn Hải, ngư dân ở phường Cam Linh, cho biết gia đình ông đã đưa thuyền vào âu tàu từ chiều qua. "Bão mạnh thế này thì không ai dám ở lại ngoài biển", ông nói.

Sân bay Cam Ranh sẽ tạm dừng hoạt động từ trưa 25/11, còn học sinh ở các địa phương trong vùng ảnh hưởng của bão được đề nghị nghỉ học hai ngày 25 và 26/11.
""")), R, "derivative", R)
add("vn-v1-vnexpress", "VnExpress", "2025-11-24T10:30:00+07:00",
    "https://vnexpress.net/nguoi-dan-nha-trang-hoi-ha-chang-chong-nha-cua-truoc-bao-4970123.html",
    "Người dân Nha Trang hối hả chằng chống nhà cửa trước bão",
    j(P("""
Từ sáng sớm 24/11, nhiều tuyến phố ven biển Nha Trang đã tấp nập người dân mua bao cát, dây thừng và tôn để gia cố nhà cửa trước khi bão số 15 đổ bộ.

Tại cửa hàng vật liệu xây dựng trên đường Lê Hồng Phong, chị Trần Thị Mai cho biết chỉ trong buổi sáng đã bán hết hơn 300 bao cát. "Năm ngoái bão làm tốc mái nhiều nhà quanh đây nên năm nay ai cũng lo từ sớm", chị nói.

Ở cảng cá Hòn Rớ, hàng trăm tàu thuyền đã neo đậu kín mặt nước. Nhiều chủ tàu thuê thêm người canh thuyền suốt đêm vì lo sóng lớn đánh chìm tàu.

Theo Sở Nông nghiệp và Môi trường Khánh Hòa, tỉnh đã chuẩn bị hơn 200 điểm sơ tán tại trường học và trụ sở cơ quan. Các khách sạn ven biển cũng được yêu cầu hướng dẫn du khách không ra bãi biển từ chiều 24/11.

Cơ quan khí tượng nhận định đây là cơn bão mạnh nhất đổ bộ vào khu vực Nam Trung Bộ trong năm nay.
""")), None, "unrelated", "vn-v1-vnexpress")
add("vn-v2-baotintuc", "Báo Tin tức", "2025-11-24T14:30:00+07:00",
    "https://baotintuc.vn/kinh-te/xuat-khau-gao-11-thang-dat-hon-8-trieu-tan-20251124143012345.htm",
    "Xuất khẩu gạo 11 tháng đạt hơn 8 triệu tấn",
    j(P("""
Theo số liệu của Cục Hải quan, tính đến giữa tháng 11, cả nước đã xuất khẩu hơn 8,1 triệu tấn gạo, thu về khoảng 4,3 tỷ USD, tăng 2,1% về lượng nhưng giảm 14,6% về giá trị so với cùng kỳ năm ngoái.

Philippines tiếp tục là thị trường tiêu thụ gạo lớn nhất của Việt Nam, chiếm gần 40% tổng lượng xuất khẩu, tiếp theo là Ghana, Bờ Biển Ngà và Trung Quốc.

Giá gạo xuất khẩu bình quân 11 tháng đạt khoảng 530 USD/tấn, giảm mạnh so với mức 627 USD/tấn của năm 2024 do Ấn Độ nối lại xuất khẩu và nguồn cung trên thị trường thế giới dồi dào.

Hiệp hội Lương thực Việt Nam cho biết các doanh nghiệp đang đẩy mạnh ký kết hợp đồng cho vụ Đông Xuân tới, đồng thời tìm kiếm thêm thị trường tại châu Phi và Trung Đông.
""")) + "\n\nTTXVN", None, "unrelated", "vn-v2-baotintuc")


if __name__ == "__main__":
    finish(HERE, ARTS, TRUTH, BASE)
