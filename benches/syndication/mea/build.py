#!/usr/bin/env python3
"""Build a Middle East and Africa wire-copy test corpus for wiretrace.

Writes corpus.jsonl and truth.jsonl next to this file. All texts are invented (people,
figures, events and quotes); outlet names, datelines, credit lines, sign-offs and URL shapes
are the real ones (checked against the outlets' pages where possible).

Agencies: WAM (Arabic and English), SPA (Arabic and English), QNA (English), KUNA (Arabic and
English), MENA (Arabic), Anadolu (Turkish and English), IRNA (English), AFP Arabic (أ ف ب),
Reuters Arabic (رويترز), APS (French), MAP (French and Arabic, "و م ع"), TAP (French), APA
(Agence de Presse Africaine, Dakar), NAN (Nigeria), KNA (Kenya), SAnews (South Africa),
Xinhua (English, Africa).

Truth conventions (as benches/syndication/europe and asia): copies of a story whose agency page
is not in the input hang under `external:<agency>` (slugs as the tool spells known agencies:
wam, spa, qna, kuna, mena, anadolu, irna, afp, reuters, xinhua; for the others the agency's own
short name: aps, map, tap, apa, nan, kna, sanews); copies are exact_duplicate (the agency text
word for word) or near_duplicate (a paper's dateline, credit or footer added, cut from the
bottom, a local paragraph added: 5-shingle Jaccard with the agency text >= 0.5, or a cut);
rewrites are derivative, whether they credit the agency or not; an agency's own page in the
input is the root ("original", or "unrelated" when nothing derives from it); independent
reports and second stories of one agency stand alone ("unrelated"). A story and its
translation (SPA Arabic/English, KUNA Arabic/English, WAM Arabic/English) are separate
clusters. Note: "APA" is also Austria Presse Agentur's short name, which the tool knows; the
Dakar agency's slug here is "apa" all the same (the truth cannot tell the two apart).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
from corpus import ARTS, BASE, P, TRUTH, add, finish, j  # noqa: E402,F401


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# ===========================================================================
# 1. WAM Arabic (wam.ae page in the input): a solar desalination plant in Fujairah.
WAM1 = P("""
أطلقت وزارة الطاقة والبنية التحتية اليوم المرحلة الأولى من محطة "الظنّة" لتحلية مياه البحر بالطاقة الشمسية في إمارة الفجيرة، بطاقة إنتاجية تبلغ 45 مليون جالون يومياً، وبكلفة إجمالية قدرها 1.2 مليار درهم، ضمن البرنامج الوطني للأمن المائي 2036.

وقال سعادة المهندس خليفة راشد المهيري، وكيل الوزارة المساعد لشؤون المياه، إن المحطة تعتمد بالكامل على حقل شمسي بقدرة 180 ميجاواط يقع على بعد 12 كيلومتراً من الساحل، ما يخفض الانبعاثات الكربونية بنحو 210 آلاف طن سنوياً مقارنة بمحطات التحلية الحرارية التقليدية.

وأضاف أن المرحلة الأولى ستغطي احتياجات نحو 160 ألف نسمة في الفجيرة والمناطق الشمالية، على أن تدخل المرحلة الثانية حيز التشغيل في الربع الأخير من عام 2028 لترفع الطاقة الإنتاجية الإجمالية إلى 90 مليون جالون يومياً.

وأوضح المهيري أن المحطة تستخدم تقنية التناضح العكسي مع أنظمة لاستعادة الطاقة تقلل استهلاك الكهرباء لكل متر مكعب من المياه المحلاة بنسبة 38 في المئة، مشيراً إلى أن 70 في المئة من كوادر التشغيل من المواطنين الذين تم تأهيلهم بالتعاون مع جامعة الفجيرة التقنية.

من جانبه، أكد سعادة عبيد سالم الكعبي، مدير عام هيئة الفجيرة للمياه، أن المشروع سيسهم في خفض الاعتماد على المياه الجوفية في المناطق الزراعية بالإمارة، التي شهدت تراجعاً في منسوبها بمعدل متر ونصف المتر سنوياً خلال العقد الماضي.

وتأتي المحطة ضمن 14 مشروعاً للتحلية والتخزين الاستراتيجي تنفذها الوزارة في مختلف إمارات الدولة، باستثمارات تتجاوز 9 مليارات درهم حتى عام 2030.
""")
WAM1_T = "وزارة الطاقة تطلق المرحلة الأولى من محطة \"الظنّة\" لتحلية المياه بالطاقة الشمسية في الفجيرة"
WAM1_TEXT = "أبوظبي في 24 نوفمبر / وام / " + j(WAM1)
R = "ae-wam1-wam"
add(R, "وكالة أنباء الإمارات (وام)", "2026-11-24T11:20:00+04:00",
    "https://www.wam.ae/ar/article/b8k2x7q-وزارة-الطاقة-تطلق-المرحلة-الأولى-من-محطة-الظنة",
    WAM1_T, WAM1_TEXT, None, "original", R)
add("ae-wam1-alkhaleej", "الخليج", "2026-11-24T12:05:00+04:00",
    "https://www.alkhaleej.ae/2026-11-24/محطة-الظنة-لتحلية-المياه-بالطاقة-الشمسية-في-الفجيرة/أخبار-الدار/الإمارات",
    WAM1_T, WAM1_TEXT, R, "exact_duplicate", R, WAM1_TEXT)
add("ae-wam1-albayan", "البيان", "2026-11-24T12:40:00+04:00",
    "https://www.albayan.ae/across-the-uae/news/2026-11-24-1.5123456",
    "1.2 مليار درهم لمحطة تحلية شمسية في الفجيرة",
    "أبوظبي - وام\n\n" + j(WAM1[:4]), R, "near_duplicate", R, WAM1_TEXT)
add("ae-wam1-alittihad", "الاتحاد", "2026-11-24T13:15:00+04:00",
    "https://www.alittihad.ae/news/الإمارات/4612345/الظنة-أول-محطة-تحلية-شمسية-بالكامل-في-الفجيرة",
    "\"الظنّة\".. أول محطة تحلية تعمل بالطاقة الشمسية بالكامل في الفجيرة",
    "أبوظبي (وام)\n\n" + j(WAM1[:5]) + "\n\n" + "وكانت «الاتحاد» قد نشرت في مارس الماضي تفاصيل المخطط العام للمشروع، الذي تأجل إطلاقه ستة أشهر بسبب أعمال توسعة خط الأنابيب الواصل إلى محطة الضخ الرئيسية في منطقة قدفع."
    + "\n\n" + WAM1[5], R, "near_duplicate", R, WAM1_TEXT)
add("ae-wam1-emaratalyoum", "الإمارات اليوم", "2026-11-24T15:30:00+04:00",
    "https://www.emaratalyoum.com/local-section/other/2026-11-24-1.1812345",
    "محطة شمسية لتحلية 45 مليون جالون يومياً تخدم 160 ألف نسمة",
    j(P("""
تخدم محطة "الظنّة" الجديدة لتحلية مياه البحر في الفجيرة نحو 160 ألف نسمة في الإمارة والمناطق الشمالية، بعد أن أطلقت وزارة الطاقة والبنية التحتية، أمس، مرحلتها الأولى بطاقة 45 مليون جالون يومياً، بحسب ما نقلت وكالة أنباء الإمارات (وام).

وتعمل المحطة، التي بلغت كلفتها 1.2 مليار درهم، على الطاقة الشمسية بالكامل من خلال حقل بقدرة 180 ميجاواط، وهو ما يخفض انبعاثاتها الكربونية بنحو 210 آلاف طن سنوياً، وفقاً لما قاله وكيل الوزارة المساعد لشؤون المياه، المهندس خليفة راشد المهيري.

وأشار المهيري إلى أن تقنية التناضح العكسي المستخدمة في المحطة، مع أنظمة استعادة الطاقة، تقلل استهلاك الكهرباء بنسبة 38% لكل متر مكعب، لافتاً إلى أن المرحلة الثانية ستدخل الخدمة أواخر 2028، لتصل الطاقة الإجمالية إلى 90 مليون جالون.

وقال مزارعون في منطقة الطويين لـ«الإمارات اليوم» إنهم يأملون أن يخفف المشروع الضغط على الآبار، التي جفّ عدد منها خلال السنوات الأخيرة، فيما ذكر مدير هيئة الفجيرة للمياه، عبيد سالم الكعبي، أن منسوب المياه الجوفية تراجع بمعدل متر ونصف المتر سنوياً.
""")), R, "derivative", R)

# 1b. WAM Arabic, a second story of the day (wam.ae page, nothing derives from it).
add("ae-wam2-wam", "وكالة أنباء الإمارات (وام)", "2026-11-24T14:10:00+04:00",
    "https://www.wam.ae/ar/article/b8k3m1d-مهرجان-الشارقة-للكتاب-الطفل-يستقبل",
    "\"الشارقة للطفل\" يستقبل 210 آلاف زائر في أسبوعه الأول",
    "الشارقة في 24 نوفمبر / وام / " + j(P("""
استقبل مهرجان الشارقة لكتاب الطفل في دورته التاسعة عشرة أكثر من 210 آلاف زائر خلال أسبوعه الأول، بمشاركة 460 دار نشر من 38 دولة، وفق ما أعلنته هيئة الشارقة للكتاب اليوم.

وقالت الأستاذة مريم عبدالله السويدي، مديرة المهرجان، إن ورش القراءة التفاعلية والرسم سجلت إقبالاً غير مسبوق، إذ شارك فيها نحو 18 ألف طفل، فيما بلغت مبيعات الكتب العربية الموجهة لليافعين ضعف ما سجلته الدورة السابقة.

ويستمر المهرجان حتى الثلاثين من نوفمبر الجاري في مركز إكسبو الشارقة، ويتضمن برنامجه 1200 فعالية بينها عروض مسرحية وجلسات حوارية مع كتّاب ورسامين من المنطقة والعالم.
""")), None, "unrelated", "ae-wam2-wam")

# ===========================================================================
# 2. WAM English (absent): UAE-Kenya food corridor agreement.
WAME = P("""
The UAE and Kenya on Tuesday signed an agreement to establish a food security corridor that will see the two countries invest US$640 million in cold storage, grain silos and port handling facilities at Mombasa and Jebel Ali over the next five years.

The agreement was signed in Abu Dhabi by Mariam Al Hashemi, Minister of State for Food Security, and Kenya's Cabinet Secretary for Agriculture and Livestock Development, Peter Wambua Kioko, in the presence of senior officials from both sides.

Under the agreement, a joint company will build a 120,000-tonne grain terminal at Mombasa and refrigerated warehouses with a capacity of 40,000 pallets at Jebel Ali, to handle Kenyan tea, avocados, cut flowers and meat bound for Gulf markets.

Al Hashemi said the corridor was part of the UAE's National Food Security Strategy 2051, which aims to diversify import sources and reduce the country's exposure to disruptions in global supply chains.

"Kenya is one of our most reliable partners in agriculture, and this corridor gives our importers a faster, cheaper and more predictable route," she said.

Kioko said the investment would create an estimated 9,000 jobs in Kenya, mostly in the coastal counties and in farming areas of the Rift Valley, and would cut post-harvest losses, which currently account for up to 30 per cent of fresh produce.

Non-oil trade between the UAE and Kenya reached US$3.4 billion in 2025, up 17 per cent on the previous year, according to official figures.
""")
WAME_BASE = "ABU DHABI, 24th November, 2026 (WAM) -- " + j(WAME)
C = "external:wam"
add("ae-wame-gulftoday", "Gulf Today", "2026-11-24T16:20:00+04:00",
    "https://www.gulftoday.ae/news/2026/11/24/uae-kenya-sign-deal-to-establish-food-security-corridor",
    "UAE, Kenya sign deal to establish food security corridor",
    WAME_BASE, C, "exact_duplicate", C, WAME_BASE)
add("ae-wame-zawya", "Zawya", "2026-11-24T16:45:00+04:00",
    "https://www.zawya.com/en/economy/gcc/uae-kenya-sign-640mln-food-security-corridor-agreement-q7w2k3m9",
    "UAE, Kenya sign $640mln food security corridor agreement",
    WAME_BASE + "\n\nEmirates News Agency (WAM)", C, "near_duplicate", C, WAME_BASE)
add("ae-wame-khaleejtimes", "Khaleej Times", "2026-11-24T17:30:00+04:00",
    "https://www.khaleejtimes.com/uae/uae-kenya-food-security-corridor-mombasa-jebel-ali",
    "UAE, Kenya to build food corridor linking Mombasa and Jebel Ali",
    j(WAME[:5]) + "\n\n— WAM", C, "near_duplicate", C, WAME_BASE)
add("ae-wame-thenational", "The National", "2026-11-24T19:00:00+04:00",
    "https://www.thenationalnews.com/business/economy/2026/11/24/uae-kenya-food-corridor-avocados-tea-jebel-ali/",
    "Why Kenyan avocados are at the heart of the UAE's new $640m food corridor",
    j(P("""
Kenyan avocados and tea could reach UAE supermarket shelves days sooner under a $640 million food corridor agreed on Tuesday, as the Emirates deepens its search for reliable suppliers beyond its traditional markets.

The deal, signed in Abu Dhabi by Minister of State for Food Security Mariam Al Hashemi and Kenyan Agriculture Cabinet Secretary Peter Wambua Kioko, covers a grain terminal at Mombasa and cold storage at Jebel Ali.

Importers in Dubai told The National that refrigerated shipments from East Africa often wait up to a week at Mombasa for space on reefer vessels. "Half the cost of a Kenyan avocado in Dubai is lost time," said Rakesh Menon, managing director of Al Waha Fresh Trading in Al Aweer.

Analysts said the corridor fitted a broader pattern. "The UAE has moved from buying food to owning parts of the chain that brings it here," said Dr Layla Farouk, a food security researcher at Khalifa University. "Ports, silos and farmland are the new strategic reserves."

Kenya's government has said the project could create about 9,000 jobs. Farmers' groups in Nakuru welcomed the plan but asked for guarantees on prices paid at the farm gate.

Trade between the two countries, excluding oil, was $3.4 billion last year.
""")), None, "unrelated", "ae-wame-thenational")

# ===========================================================================
# 3. SPA Arabic (absent): rock art found near Tabuk. SPA's own form: the Hijri and Gregorian
# dateline closing with "واس", and "//انتهى//" with the desk's time stamp.
SPA1 = P("""
أعلنت هيئة التراث اليوم عن اكتشاف موقع أثري جديد للفنون الصخرية في وادي الديسة جنوب غرب منطقة تبوك، يضم أكثر من 340 نقشاً ورسماً صخرياً يعود أقدمها إلى نحو تسعة آلاف عام، في واحد من أكبر مواقع الفن الصخري المكتشفة في شمال غرب المملكة خلال العقد الأخير.

وأوضح الرئيس التنفيذي لهيئة التراث الدكتور فهد بن عبدالعزيز المطيري أن الموقع اكتُشف خلال أعمال المسح الأثري الشامل التي ينفذها فريق سعودي مشترك مع خبراء من جامعة الملك سعود، مبيناً أن الرسوم تصور مشاهد صيد للوعل والنعام والجمال، إلى جانب نقوش بالخطين الثمودي والنبطي.

وأشار إلى أن الفريق وثّق الموقع بتقنيات المسح ثلاثي الأبعاد والتصوير الجوي، وأخذ عينات لتحديد أعمار الطبقات الصخرية في مختبرات الهيئة، تمهيداً لإدراجه في السجل الوطني للآثار.

وبيّن المطيري أن الهيئة ستعمل بالتنسيق مع إمارة منطقة تبوك على تسييج الموقع وإنشاء مسار للزوار بطول 2.5 كيلومتر، مع لوحات تعريفية باللغتين العربية والإنجليزية، ضمن خطة لتطوير 60 موقعاً أثرياً في المنطقة بحلول عام 2030.

ويُعد وادي الديسة من أبرز الوجهات الطبيعية في منطقة تبوك، ويشتهر بتكويناته الصخرية الرملية وعيونه الجارية وأشجار النخيل.
""")
SPA1_DL = "تبوك 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م واس"
SPA1_BASE = SPA1_DL + "\n\n" + j(SPA1) + "\n\n//انتهى//\n\n13:42ت مـ\n\n0081"
C = "external:spa"
SPA1_T = "هيئة التراث تعلن اكتشاف موقع جديد للفنون الصخرية في وادي الديسة بتبوك"
add("sa-spa1-almadina", "المدينة", "2026-11-24T14:30:00+03:00",
    "https://www.al-madina.com/article/912345/محليات/هيئة-التراث-تعلن-اكتشاف-موقع-جديد-للفنون-الصخرية-في-وادي-الديسة",
    SPA1_T, SPA1_BASE, C, "exact_duplicate", C, SPA1_BASE)
add("sa-spa1-okaz", "عكاظ", "2026-11-24T14:55:00+03:00",
    "https://www.okaz.com.sa/news/local/2198765",
    "340 نقشاً صخرياً عمرها 9 آلاف عام في وادي الديسة",
    "واس (تبوك)\n\n" + j(SPA1), C, "near_duplicate", C, SPA1_BASE)
add("sa-spa1-alriyadh", "الرياض", "2026-11-24T15:20:00+03:00",
    "https://www.alriyadh.com/2098765",
    "اكتشاف موقع للفنون الصخرية في وادي الديسة",
    "تبوك - واس\n\n" + j(SPA1[:4]).translate(AR_DIGITS), C, "near_duplicate", C, SPA1_BASE)
add("sa-spa1-sabq", "سبق", "2026-11-24T16:10:00+03:00",
    "https://sabq.org/saudia/5m9xk2a7b1",
    "مشاهد صيد عمرها 9 آلاف سنة.. ماذا وجد علماء الآثار في وادي الديسة؟",
    j(P("""
كشفت هيئة التراث، اليوم الثلاثاء، عن موقع أثري جديد في وادي الديسة جنوب غرب تبوك، يضم ما يزيد على 340 نقشاً ورسماً صخرياً، يصل عمر أقدمها إلى تسعة آلاف سنة تقريباً.

وتُظهر الرسوم مشاهد لصيد الوعول والنعام والجمال، فيما تحمل صخور أخرى نقوشاً بالخطين الثمودي والنبطي، بحسب ما أوضحه الرئيس التنفيذي للهيئة الدكتور فهد المطيري، الذي أشار إلى أن الاكتشاف جاء ضمن مسح أثري شامل بمشاركة خبراء من جامعة الملك سعود.

ووثّق الفريق الموقع عبر المسح ثلاثي الأبعاد والتصوير الجوي، على أن يُدرج لاحقاً في السجل الوطني للآثار، كما تعتزم الهيئة تسييجه وإنشاء مسار للزوار يمتد 2.5 كيلومتر.

ويأتي الاكتشاف فيما يشهد وادي الديسة إقبالاً متزايداً من السياح وهواة التخييم، خصوصاً في فصل الشتاء، لما يتميز به من جبال رملية شاهقة وعيون مياه ونخيل.
""")), C, "derivative", C)

# ===========================================================================
# 4. SPA English (spa.gov.sa page in the input): unemployment figures.
SPAE = P("""
The unemployment rate among Saudi citizens fell to 6.1 percent in the third quarter of 2026, down from 6.8 percent in the previous quarter and the lowest level on record, the General Authority for Statistics (GASTAT) said in its Labor Force Survey released on Tuesday.

The survey showed that the unemployment rate among Saudi women declined to 10.4 percent from 11.9 percent, while the rate among Saudi men dropped to 3.9 percent.

The labor force participation rate of Saudis rose to 52.7 percent, driven by an increase in the participation of women, which reached 37.1 percent.

The overall unemployment rate for the Kingdom's total population, including non-Saudis, stood at 3.2 percent.

The Kingdom's Vision 2030 targets reducing the unemployment rate among citizens to 5 percent by the end of the decade.
""")
SPAE_TEXT = "Riyadh, November 24, 2026, SPA -- " + j(SPAE)
R = "sa-spae-spa"
add(R, "Saudi Press Agency", "2026-11-24T10:05:00+03:00", "https://www.spa.gov.sa/en/N2412345",
    "GASTAT: Saudi Unemployment Rate Falls to 6.1% in Q3 2026", SPAE_TEXT, None, "original", R)
add("sa-spae-saudigazette", "Saudi Gazette", "2026-11-24T11:30:00+03:00",
    "https://saudigazette.com.sa/article/651234/SAUDI-ARABIA/Saudi-unemployment-rate-falls-to-record-low-of-61-in-Q3",
    "Saudi unemployment rate falls to record low of 6.1% in Q3",
    "RIYADH — " + j(SPAE) + "\n\n— SPA", R, "near_duplicate", R, SPAE_TEXT)
add("sa-spae-arabnews", "Arab News", "2026-11-24T12:15:00+03:00",
    "https://www.arabnews.com/node/2612345/business-economy",
    "Saudi unemployment drops to 6.1%, women's rate at 10.4%",
    "RIYADH: " + j(SPAE[:3]), R, "near_duplicate", R, SPAE_TEXT)

# ===========================================================================
# 5. QNA English (qna.org.qa page in the input): Hamad Port figures.
QNA1 = P("""
Hamad Port handled 1.62 million twenty-foot equivalent units (TEUs) of containers in the first ten months of 2026, an increase of 14 percent compared to the same period last year, Mwani Qatar said on Tuesday.

In a statement, Mwani Qatar said the port also received 1,318 vessels during the period, while general cargo volumes reached 1.9 million tonnes and livestock shipments exceeded 410,000 heads.

The company attributed the growth to new direct shipping services linking Hamad Port with ports in India, East Africa and the Mediterranean, as well as the expansion of transshipment operations, which accounted for 38 percent of the container volume.

Mwani Qatar added that the second phase of the port's Container Terminal 2 is on schedule to begin operations in the third quarter of 2027, raising the port's annual capacity to 9 million TEUs.
""")
QNA1_TEXT = "Doha, November 24 (QNA) - " + j(QNA1)
R = "qa-qna1-qna"
add(R, "Qatar News Agency", "2026-11-24T09:40:00+03:00",
    "https://www.qna.org.qa/en/News-Area/News/2026-11/24/0019-hamad-port-container-volumes-up-14-percent-in-10-months",
    "Hamad Port Container Volumes Up 14 Percent in 10 Months", QNA1_TEXT, None, "original", R)
add("qa-qna1-gulftimes", "Gulf Times", "2026-11-24T11:00:00+03:00",
    "https://www.gulf-times.com/article/712345/qatar/hamad-port-handles-162mn-teus-in-10-months",
    "Hamad Port handles 1.62mn TEUs in 10 months",
    "QNA/Doha\n\n" + j(QNA1), R, "near_duplicate", R, QNA1_TEXT)
add("qa-qna1-peninsula", "The Peninsula", "2026-11-24T12:20:00+03:00",
    "https://thepeninsulaqatar.com/article/24/11/2026/hamad-port-container-volumes-up-14-percent",
    "Hamad Port container volumes up 14 percent",
    "Doha: " + j(QNA1[:3]) + "\n\n" + "Hamad Port, located south of Doha near Umm Al Houl, was officially opened in 2017 and is one of the largest ports in the Middle East, covering an area of 28.5 square kilometres."
    + "\n\nThe Peninsula / QNA", R, "near_duplicate", R, QNA1_TEXT)

# ===========================================================================
# 6. KUNA Arabic (kuna.net.kw page in the input): the Jahra ring road. KUNA's own form: "الكويت -
# 24 - 11 (كونا) --" and "(النهاية)" with the editors' initials and the story code.
KUNA1 = P("""
أعلنت الهيئة العامة للطرق والنقل البري اليوم الثلاثاء إنجاز 62 في المئة من أعمال مشروع طريق الجهراء الدائري الجديد الذي يبلغ طوله 27 كيلومتراً بكلفة 218 مليون دينار كويتي.

وقال مدير عام الهيئة المهندس عبدالمحسن يوسف الرشيدي لوكالة الأنباء الكويتية (كونا) إن المشروع يتضمن 11 جسراً وتقاطعاً متعدد المستويات وأربعة أنفاق للمشاة، إضافة إلى مسارين مخصصين للنقل العام في كل اتجاه.

وأضاف الرشيدي أن الطريق سيخفف الازدحام المروري على طريق الجهراء الحالي الذي يعبره يومياً نحو 190 ألف مركبة، متوقعاً أن يقلص زمن الرحلة بين منطقة الجهراء ومدينة الكويت بنحو 25 دقيقة في أوقات الذروة.

وأوضح أن الهيئة تعمل مع وزارة الكهرباء والماء والطاقة المتجددة على نقل خطوط الخدمات المعترضة لمسار الطريق، مبيناً أن موعد التسليم النهائي للمشروع محدد في الربع الثاني من عام 2028.

وذكر أن الهيئة ألزمت الشركة المنفذة بتشغيل ما لا يقل عن 30 في المئة من العمالة الوطنية في الوظائف الهندسية والإشرافية بالمشروع.
""")
KUNA1_TEXT = "الكويت - 24 - 11 (كونا) -- " + j(KUNA1) + "\n\n(النهاية)\n\nع ف ع / م ح ج\n\nكونا241125 جمت نوف 26"
R = "kw-kuna1-kuna"
add(R, "وكالة الأنباء الكويتية (كونا)", "2026-11-24T11:25:00+03:00",
    "https://www.kuna.net.kw/ArticleDetails.aspx?id=3212345&language=ar",
    "(الطرق): إنجاز 62 بالمئة من مشروع طريق الجهراء الدائري الجديد", KUNA1_TEXT, None, "original", R)
add("kw-kuna1-alqabas", "القبس", "2026-11-24T12:30:00+03:00",
    "https://www.alqabas.com/article/5941234-إنجاز-62-من-طريق-الجهراء-الدائري-الجديد",
    "إنجاز 62% من طريق الجهراء الدائري الجديد",
    "الكويت - 24 - 11 (كونا) -- " + j(KUNA1), R, "near_duplicate", R, KUNA1_TEXT)
add("kw-kuna1-alrai", "الراي", "2026-11-24T13:05:00+03:00",
    "https://www.alraimedia.com/article/1712345/محليات/الجهراء-الدائري-الجديد-يختصر-25-دقيقة",
    "«الجهراء الدائري الجديد» يختصر 25 دقيقة من زمن الرحلة",
    "(كونا) - " + j(KUNA1[:3]), R, "near_duplicate", R, KUNA1_TEXT)

# ===========================================================================
# 7. KUNA English (absent): a Kuwaiti sovereign sukuk.
KUNAE = P("""
Kuwait's Ministry of Finance said on Tuesday it had raised KD 750 million (about USD 2.44 billion) through its first domestic sovereign sukuk issue, which drew bids worth KD 2.1 billion from local banks and investment firms.

The five-year sukuk carries a profit rate of 4.35 percent and was priced under the new public debt law approved by the cabinet in July, the ministry said in a statement.

Finance Undersecretary Hamad Abdulaziz Al-Mutawa told KUNA that the proceeds would go towards financing infrastructure projects in the 2026/2027 budget and reducing reliance on drawdowns from the General Reserve Fund.

Al-Mutawa added that the ministry planned two more domestic issues before the end of the fiscal year in March, with maturities of seven and ten years, subject to market conditions.
""")
KUNAE_BASE = "KUWAIT, Nov 24 (KUNA) -- " + j(KUNAE) + "\n\n(end) hmr.ag"
C = "external:kuna"
add("kw-kunae-arabtimes", "Arab Times", "2026-11-24T18:00:00+03:00",
    "https://www.arabtimesonline.com/news/kuwait-raises-kd-750-million-in-first-domestic-sovereign-sukuk/",
    "Kuwait raises KD 750 million in first domestic sovereign sukuk",
    "KUWAIT CITY, Nov 24, (KUNA): " + j(KUNAE), C, "near_duplicate", C, KUNAE_BASE)
add("kw-kunae-kuwaittimes", "Kuwait Times", "2026-11-24T19:10:00+03:00",
    "https://kuwaittimes.com/article/31234/kuwait/finance-ministry-raises-kd-750m-in-first-sukuk/",
    "Finance ministry raises KD 750m in first sukuk",
    "KUWAIT: " + j(KUNAE[:3]) + " — KUNA", C, "near_duplicate", C, KUNAE_BASE)

# ===========================================================================
# 8. MENA Arabic (absent): wheat reserves. MENA's own form: "القاهرة في 24 نوفمبر /أ ش أ/".
MENA1 = P("""
أكد وزير التموين والتجارة الداخلية الدكتور شريف عبدالحميد النجار أن الاحتياطي الاستراتيجي من القمح يكفي لمدة 6.2 شهر، وأن أرصدة السكر تكفي 7.5 شهر، والزيوت 5.8 شهر.

وقال النجار - خلال اجتماعه اليوم مع رؤساء الشركات القابضة التابعة للوزارة - إن الوزارة تعاقدت على استيراد 720 ألف طن من القمح منذ بداية العام المالي الحالي، إلى جانب استلام 3.9 مليون طن من القمح المحلي خلال موسم التوريد الماضي.

وأضاف أن الوزارة انتهت من تطوير 52 صومعة حديثة بطاقة تخزينية تبلغ 3.4 مليون طن، ما أسهم في خفض نسبة الفاقد أثناء التخزين إلى أقل من 1 في المئة بعد أن كانت تتجاوز 10 في المئة في الشون الترابية.

ووجّه الوزير بتكثيف الحملات الرقابية على المخابز والأسواق لضمان التزامها بالأوزان والأسعار المقررة، مشدداً على عدم التهاون مع أي مخالفات تمس رغيف الخبز المدعم.

وأشار إلى أن عدد المستفيدين من منظومة الخبز المدعم يبلغ نحو 69 مليون مواطن، بإجمالي إنتاج يومي يصل إلى 250 مليون رغيف.
""")
MENA1_BASE = "القاهرة في 24 نوفمبر /أ ش أ/ " + j(MENA1)
C = "external:mena"
add("eg-mena1-masrawy", "مصراوي", "2026-11-24T13:40:00+02:00",
    "https://www.masrawy.com/news/news_egypt/details/2026/11/24/2712345/وزير-التموين-احتياطي-القمح-يكفي-6-2-شهر",
    "وزير التموين: احتياطي القمح يكفي 6.2 شهر والسكر 7.5 شهر",
    MENA1_BASE, C, "exact_duplicate", C, MENA1_BASE)
add("eg-mena1-youm7", "اليوم السابع", "2026-11-24T14:05:00+02:00",
    "https://www.youm7.com/story/2026/11/24/وزير-التموين-52-صومعة-حديثة-بطاقة-3-4-مليون-طن/6912345",
    "وزير التموين: 52 صومعة حديثة بطاقة 3.4 مليون طن خفضت الفاقد لأقل من 1%",
    j(MENA1[:4]) + "\n\n(أ ش أ)", C, "near_duplicate", C, MENA1_BASE)
add("eg-mena1-almasryalyoum", "المصري اليوم", "2026-11-24T15:30:00+02:00",
    "https://www.almasryalyoum.com/news/details/3412345",
    "القمح يكفي 6 أشهر.. التموين تطمئن المواطنين على أرصدة السلع الأساسية",
    j(P("""
طمأنت وزارة التموين والتجارة الداخلية المواطنين على أرصدة السلع الاستراتيجية، إذ أعلن الوزير الدكتور شريف النجار أن احتياطي القمح يكفي أكثر من ستة أشهر، وفقاً لوكالة أنباء الشرق الأوسط.

وأوضح الوزير، خلال لقائه رؤساء الشركات القابضة، أن أرصدة السكر تغطي 7.5 شهر والزيوت 5.8 شهر، لافتاً إلى التعاقد على 720 ألف طن من القمح المستورد منذ بدء العام المالي.

وتطرق النجار إلى مشروع الصوامع الحديثة، الذي شمل 52 صومعة بسعة 3.4 مليون طن، قائلاً إنه خفّض الفاقد في التخزين إلى ما دون 1%، بعدما كان يزيد على 10% في الشون الترابية القديمة.

ويأتي ذلك في وقت تشهد فيه أسعار القمح عالمياً تقلبات، وسط توقعات بتراجع محصول عدد من الدول المصدرة الرئيسية بسبب موجات الجفاف.
""")), C, "derivative", C)
add("eg-mena1-shorouk", "الشروق", "2026-11-24T16:45:00+02:00",
    "https://www.shorouknews.com/news/view.aspx?cdate=24112026&id=6b1f0c2e-8d4a-4f7e-9a1b-3c5d7e9f1a2b",
    "أصحاب المخابز: الالتزام بوزن الرغيف يحتاج إلى زيادة تكلفة الإنتاج",
    j(P("""
قال عدد من أصحاب المخابز في القاهرة والجيزة لـ«الشروق» إن الالتزام بوزن رغيف الخبز المدعم المقرر عند 90 جراماً أصبح صعباً في ظل ارتفاع أسعار السولار وأجور العمال، مطالبين بزيادة تكلفة الإنتاج التي تصرفها الوزارة لكل جوال دقيق.

وأضاف عبدالله سالم، صاحب مخبز في منطقة إمبابة، أن الحملات الرقابية زادت خلال الأسابيع الأخيرة، وأن مخبزه تعرض لمحضرين بسبب نقص الوزن رغم أن الفرق «لا يتجاوز بضعة جرامات».

وكان وزير التموين والتجارة الداخلية الدكتور شريف النجار قد وجّه، اليوم، بتكثيف الرقابة على المخابز، مؤكداً عدم التهاون مع أي مخالفات تمس رغيف الخبز المدعم، الذي يستفيد منه نحو 69 مليون مواطن.

من جانبه، قال رئيس شعبة المخابز بالغرفة التجارية بالقاهرة، عطية حماد، إن الشعبة تقدمت بمذكرة إلى الوزارة لإعادة دراسة التكلفة، وإن الرد متوقع قبل نهاية الشهر.
""")), None, "unrelated", "eg-mena1-shorouk")

# ===========================================================================
# 9. Anadolu Ajansı, Turkish (aa.com.tr page in the input): a gas find in the Black Sea.
AA1 = P("""
Enerji ve Tabii Kaynaklar Bakanı Murat Ergüven, Karadeniz'de Türkiye Petrolleri Anonim Ortaklığı (TPAO) tarafından açılan Kozlu-3 kuyusunda 48 milyar metreküplük yeni bir doğal gaz rezervi keşfedildiğini açıkladı.

Ergüven, Zonguldak'ta düzenlenen basın toplantısında, kuyunun 3 bin 820 metre su derinliğinde ve toplam 4 bin 310 metre sondaj derinliğinde tamamlandığını belirterek, keşfin Sakarya Gaz Sahası'na 140 kilometre uzaklıkta olduğunu söyledi.

Yeni keşifle birlikte Karadeniz'deki toplam doğal gaz rezervinin 758 milyar metreküpe ulaştığını aktaran Ergüven, "Bu rezervin ekonomik değeri yaklaşık 14 milyar dolar. Sahadan ilk gazı 2029 yılında ulusal sisteme vermeyi hedefliyoruz." dedi.

Bakan Ergüven, Sakarya Gaz Sahası'ndan günlük üretimin kasım ayı itibarıyla 11,2 milyon metreküpe çıktığını, bunun yaklaşık 4 milyon hanenin ihtiyacını karşıladığını ifade etti.

Ergüven, sondaj gemilerinin 2027 yılı içinde Batı Karadeniz'de 6 yeni kuyu daha açacağını ve Doğu Akdeniz'deki sismik araştırmaların da süreceğini kaydetti.
""")
AA1_TEXT = "ZONGULDAK (AA) - " + j(AA1)
R = "tr-aa1-aa"
add(R, "Anadolu Ajansı", "2026-11-24T12:10:00+03:00",
    "https://www.aa.com.tr/tr/ekonomi/karadenizde-48-milyar-metrekupluk-yeni-dogal-gaz-kesfi/3712345",
    "Karadeniz'de 48 milyar metreküplük yeni doğal gaz keşfi", AA1_TEXT, None, "original", R)
add("tr-aa1-hurriyet", "Hürriyet", "2026-11-24T12:40:00+03:00",
    "https://www.hurriyet.com.tr/ekonomi/son-dakika-karadenizde-yeni-dogal-gaz-kesfi-48-milyar-metrekup-42812345",
    "Son dakika: Karadeniz'de yeni doğal gaz keşfi! 48 milyar metreküp",
    AA1_TEXT + "\n\nKaynak: AA", R, "near_duplicate", R, AA1_TEXT)
add("tr-aa1-sozcu", "Sözcü", "2026-11-24T13:25:00+03:00",
    "https://www.sozcu.com.tr/karadeniz-de-yeni-dogal-gaz-kesfi-p712345",
    "Bakan Ergüven açıkladı: Kozlu-3 kuyusunda yeni gaz keşfi",
    j(AA1[:3]), R, "near_duplicate", R, AA1_TEXT)

# ===========================================================================
# 10. Anadolu English (absent): exports. AA English puts the city on its own line.
AAE = P("""
Türkiye's exports rose 9.4% year-on-year in October to $26.8 billion, the highest monthly figure on record, Trade Minister Selin Karaağaç announced on Tuesday.

Speaking at a news conference in Ankara, Karaağaç said imports increased 3.1% to $31.2 billion, narrowing the foreign trade deficit by 21.7% to $4.4 billion.

The automotive sector led exports with $3.9 billion, followed by chemicals at $2.8 billion and electrical and electronics at $1.7 billion, she said.

Germany was the top destination for Turkish goods in October with $1.98 billion, followed by the UK, the US, Iraq and Italy.

"Our exporters continued to gain market share despite weak demand in Europe," Karaağaç said, adding that the country's 12-month rolling exports reached $276 billion.
""")
AAE_BASE = "ANKARA\n\n" + j(AAE)
C = "external:anadolu"
add("tr-aae-dailysabah", "Daily Sabah", "2026-11-24T15:00:00+03:00",
    "https://www.dailysabah.com/business/economy/turkiyes-exports-hit-record-268b-in-october",
    "Türkiye's exports hit record $26.8B in October",
    "DAILY SABAH WITH AA\n\nANKARA\n\n" + j(AAE), C, "near_duplicate", C, AAE_BASE)
add("tr-aae-memo", "Middle East Monitor", "2026-11-24T17:20:00+00:00",
    "https://www.middleeastmonitor.com/20261124-turkiye-exports-reach-record-high-in-october/",
    "Turkiye exports reach record high in October",
    j(P("""
Turkiye's exports climbed to a record $26.8 billion in October, up 9.4 per cent on the same month last year, Anadolu Agency reported Trade Minister Selin Karaağaç as saying yesterday.

Imports grew 3.1 per cent to $31.2 billion, the minister told reporters in Ankara, bringing the foreign trade deficit down by more than a fifth to $4.4 billion.

Cars and auto parts made up the largest share of sales abroad, at $3.9 billion, ahead of chemicals and electronics. Germany remained the largest buyer of Turkish goods.

Turkiye has sought to expand trade with Gulf and African states in recent years as demand in its traditional European markets has slowed.
""")), C, "derivative", C)

# ===========================================================================
# 11. IRNA English (absent): Chabahar port.
IRNA1 = P("""
Container traffic at Iran's southeastern port of Chabahar rose by 31 percent in the first eight months of the current Iranian calendar year (started March 21), the managing director of the Ports and Maritime Organization of Sistan and Baluchestan Province said.

Behrouz Aghaei said on Tuesday that the port's Shahid Beheshti terminal handled 128,000 TEUs of containers during the period, compared to 97,700 TEUs in the same period last year.

He added that the volume of goods transited through Chabahar to Afghanistan and Central Asian countries reached 1.34 million tons, an increase of 22 percent year-on-year.

Aghaei noted that the installation of four new mobile harbor cranes and the opening of a 620-meter berth had raised the loading and unloading capacity of the terminal by 40 percent.

Chabahar, on the Gulf of Oman, is Iran's only oceanic port and a key part of the International North-South Transport Corridor (INSTC).
""")
IRNA1_BASE = "Tehran, IRNA - " + j(IRNA1)
C = "external:irna"
add("ir-irna1-ifp", "Iran Front Page", "2026-11-24T14:10:00+03:30",
    "https://ifpnews.com/chabahar-port-container-traffic-up-31-percent/",
    "Chabahar Port Container Traffic Up 31 Percent",
    IRNA1_BASE, C, "exact_duplicate", C, IRNA1_BASE)
add("ir-irna1-tehrantimes", "Tehran Times", "2026-11-24T15:40:00+03:30",
    "https://www.tehrantimes.com/news/512345/Chabahar-container-traffic-rises-31",
    "Chabahar container traffic rises 31%",
    "TEHRAN – " + j(IRNA1[:4]) + "\n\n/IRNA", C, "near_duplicate", C, IRNA1_BASE)
add("ir-irna1-presstv", "Press TV", "2026-11-24T18:30:00+03:30",
    "https://www.presstv.ir/Detail/2026/11/24/761234/Iran-Chabahar-port-Indian-operator-new-berth",
    "Chabahar's new berth draws Indian, Central Asian shippers",
    j(P("""
India Ports Global Limited, which operates the Shahid Beheshti terminal at Iran's Chabahar port, says shipping lines from India and Central Asia are booking more calls at the port since a new 620-meter berth came into service this autumn.

Speaking to Press TV, the company's representative in Chabahar, Sunil Varadarajan, said weekly calls from Mundra and Nhava Sheva had doubled since September. "The cranes are working around the clock now," he said.

Iranian officials say container traffic at Chabahar has grown by nearly a third this year, with 128,000 TEUs handled in eight months.

Traders in Zahedan said the faster turnaround had cut the cost of moving a container to Afghanistan's Herat by about 15 percent.

Chabahar is part of the International North-South Transport Corridor, which links India to Russia and Europe through Iran.
""")), None, "unrelated", "ir-irna1-presstv")

# ===========================================================================
# 12. AFP Arabic (absent): floods in eastern Sudan. AFP Arabic's dateline "(أ ف ب)" and its
# editors' initials at the end.
AFP1 = P("""
أعلنت السلطات السودانية الثلاثاء أن فيضانات غير مسبوقة في ولاية كسلا بشرق البلاد أدت إلى نزوح أكثر من أربعين ألف شخص ومقتل 17 على الأقل، بعد أن فاض نهر القاش إثر أمطار غزيرة استمرت ثلاثة أيام.

وقال المدير العام لوزارة الصحة في الولاية عثمان الطيب حامد لوكالة فرانس برس إن "المياه غمرت أحياء كاملة في مدينة كسلا، ونعمل على إجلاء العائلات إلى المدارس والمباني الحكومية"، مشيراً إلى أن عدد الضحايا "مرشح للارتفاع".

وأظهرت صور التقطها مصور لوكالة فرانس برس منازل من الطين منهارة وسكاناً يخوضون في مياه تصل إلى الخصر حاملين أمتعتهم.

وحذّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) من خطر تفشي الكوليرا في مخيمات النزوح المكتظة، مشيراً إلى أن الولاية تستضيف أصلاً أكثر من 300 ألف نازح فرّوا من المعارك في مناطق أخرى من السودان.

وتشهد ولاية كسلا فيضانات موسمية متكررة، لكن سكاناً قالوا إن منسوب المياه هذا العام هو الأعلى منذ ثلاثين عاماً.
""")
AFP1_BASE = "بورتسودان (أ ف ب) - " + j(AFP1) + "\n\nع ش/ح س/ب ق"
C = "external:afp"
add("sd-afp1-swissinfo", "سويس إنفو", "2026-11-24T15:10:00+01:00",
    "https://www.swissinfo.ch/ara/فيضانات-في-شرق-السودان-تشرد-أكثر-من-أربعين-ألف-شخص/81234567",
    "فيضانات في شرق السودان تشرد أكثر من أربعين ألف شخص",
    AFP1_BASE, C, "exact_duplicate", C, AFP1_BASE)
add("sd-afp1-alquds", "القدس العربي", "2026-11-24T16:00:00+00:00",
    "https://www.alquds.co.uk/فيضانات-كسلا-نزوح-أكثر-من-أربعين-ألف-شخص-ومقتل-17/",
    "فيضانات كسلا: نزوح أكثر من أربعين ألف شخص ومقتل 17",
    "بورتسودان- (أ ف ب): " + j(AFP1), C, "near_duplicate", C, AFP1_BASE)
add("sd-afp1-annahar", "النهار", "2026-11-24T17:30:00+02:00",
    "https://www.annahar.com/arab-world/africa/241123/فيضانات-السودان-كسلا",
    "السودان: 17 قتيلاً و40 ألف نازح في فيضانات كسلا",
    j(AFP1[:3]) + "\n\n(أ ف ب)", C, "near_duplicate", C, AFP1_BASE)

# ===========================================================================
# 13. Reuters Arabic (absent): Egyptian central bank. Reuters Arabic's closing line.
RTR1 = P("""
أبقى البنك المركزي المصري أسعار الفائدة الرئيسية دون تغيير يوم الثلاثاء، في خطوة جاءت متماشية مع توقعات المحللين، مشيراً إلى أن التضخم لا يزال أعلى من المستهدف رغم تباطئه في الأشهر الأخيرة.

وقال البنك في بيان إن لجنة السياسة النقدية قررت الإبقاء على سعر عائد الإيداع لليلة واحدة عند 19.25 بالمئة وسعر الإقراض لليلة واحدة عند 20.25 بالمئة.

وكان عشرة من 14 محللاً استطلعت رويترز آراءهم الأسبوع الماضي قد توقعوا أن يبقي البنك على الأسعار دون تغيير، بينما توقع أربعة خفضاً بمقدار 100 نقطة أساس.

وتراجع معدل التضخم السنوي لأسعار المستهلكين في المدن إلى 11.8 بالمئة في أكتوبر تشرين الأول من 12.6 بالمئة في سبتمبر أيلول، وفقاً لبيانات الجهاز المركزي للتعبئة العامة والإحصاء.

وقال البنك إنه يستهدف معدل تضخم عند سبعة بالمئة، بزيادة أو نقصان نقطتين مئويتين، في المتوسط خلال الربع الرابع من عام 2026.
""")
RTR1_BASE = "القاهرة (رويترز) - " + j(RTR1) + "\n\n(إعداد مصطفى صالح للنشرة العربية - تحرير أحمد إلهامي)"
C = "external:reuters"
add("eg-rtr1-argaam", "أرقام", "2026-11-24T19:20:00+03:00",
    "https://www.argaam.com/ar/article/articledetail/id/1812345",
    "المركزي المصري يبقي أسعار الفائدة دون تغيير",
    RTR1_BASE, C, "exact_duplicate", C, RTR1_BASE)
add("eg-rtr1-alarabiya", "العربية", "2026-11-24T19:45:00+03:00",
    "https://www.alarabiya.net/aswaq/economy/2026/11/24/المركزي-المصري-يثبت-الفائدة-عند-19-25",
    "المركزي المصري يثبت الفائدة عند 19.25% للإيداع",
    "القاهرة (رويترز) - " + j(RTR1[:3]), C, "near_duplicate", C, RTR1_BASE)
add("eg-rtr1-cnbcarabia", "CNBC عربية", "2026-11-24T20:30:00+03:00",
    "https://www.cnbcarabia.com/145123/2026/24/11/المركزي-المصري-يثبت-الفائدة-للمرة-الثالثة",
    "المركزي المصري يثبت الفائدة للمرة الثالثة على التوالي",
    j(P("""
قرر البنك المركزي المصري تثبيت أسعار الفائدة للاجتماع الثالث على التوالي، مع الإبقاء على عائد الإيداع لليلة واحدة عند 19.25% والإقراض عند 20.25%، بحسب رويترز.

وجاء القرار متوافقاً مع توقعات غالبية المحللين، إذ رجّح عشرة من أصل 14 محللاً في استطلاع لرويترز التثبيت، في حين انتظر أربعة خفضاً بواقع نقطة مئوية.

ويأتي ذلك بعد أن تباطأ التضخم السنوي في المدن إلى 11.8% في أكتوبر مقابل 12.6% في سبتمبر، فيما يستهدف المركزي 7% (±2%) في المتوسط خلال الربع الأخير من 2026.

ويرى محللون أن البنك يفضّل الانتظار حتى تتضح آثار زيادة أسعار الوقود الأخيرة على الأسعار قبل البدء في دورة التيسير النقدي.
""")), C, "derivative", C)

# ===========================================================================
# 14. APS, French (aps.dz page in the input): a dam in Tizi Ouzou.
APS1 = P("""
Le ministre de l'Hydraulique, Karim Benaïssa, a procédé mardi à la mise en eau du barrage de Souk N'Tleta, dans la wilaya de Tizi Ouzou, d'une capacité de stockage de 98 millions de mètres cubes, destiné à l'alimentation en eau potable de plus de 600.000 habitants des wilayas de Tizi Ouzou et de Boumerdès.

Dans une déclaration à la presse en marge de sa visite, le ministre a indiqué que cet ouvrage, réalisé pour un coût global de 31 milliards de dinars, permettra également l'irrigation de 4.200 hectares de terres agricoles dans la vallée du Sébaou.

M. Benaïssa a précisé que le barrage sera raccordé, d'ici le premier semestre 2027, à une station de traitement d'une capacité de 180.000 mètres cubes par jour, actuellement en cours de réalisation à Tadmaït, avec un taux d'avancement de 74%.

Le ministre a, par ailleurs, rappelé que le secteur compte réceptionner six nouveaux barrages à travers le pays d'ici 2028, portant le nombre d'ouvrages en exploitation à 87, pour une capacité globale de 9,8 milliards de mètres cubes.

Il a également insisté sur la nécessité d'accélérer les travaux de réhabilitation des réseaux de distribution, dont le taux de perte dépasse 30% dans plusieurs communes de la wilaya.
""")
APS1_TEXT = "TIZI OUZOU - " + j(APS1)
R = "dz-aps1-aps"
add(R, "Algérie Presse Service", "2026-11-24T13:00:00+01:00",
    "https://www.aps.dz/fr/regions/171234-tizi-ouzou-mise-en-eau-du-barrage-de-souk-n-tleta",
    "Tizi Ouzou: mise en eau du barrage de Souk N'Tleta", APS1_TEXT, None, "original", R)
add("dz-aps1-elmoudjahid", "El Moudjahid", "2026-11-24T14:20:00+01:00",
    "https://www.elmoudjahid.dz/fr/nation/tizi-ouzou-mise-en-eau-du-barrage-de-souk-n-tleta-231234",
    "Tizi Ouzou: mise en eau du barrage de Souk N'Tleta",
    APS1_TEXT, R, "exact_duplicate", R, APS1_TEXT)
add("dz-aps1-lexpression", "L'Expression", "2026-11-24T16:00:00+01:00",
    "https://www.lexpressiondz.com/nationale/98-millions-de-m3-pour-tizi-ouzou-et-boumerdes-381234",
    "98 millions de m3 pour Tizi Ouzou et Boumerdès",
    j(APS1[:3]) + "\n\nAPS", R, "near_duplicate", R, APS1_TEXT)
add("dz-aps1-tsa", "TSA Algérie", "2026-11-24T17:40:00+01:00",
    "https://www.tsa-algerie.com/eau-potable-le-barrage-de-souk-ntleta-mis-en-eau/",
    "Eau potable : le barrage de Souk N'Tleta mis en eau",
    j(P("""
Le barrage de Souk N'Tleta, dans la wilaya de Tizi Ouzou, a été mis en eau ce mardi 24 novembre. L'ouvrage, d'une capacité de 98 millions de m3, doit alimenter en eau potable plus de 600.000 habitants de Tizi Ouzou et de Boumerdès, selon l'APS.

Le ministre de l'Hydraulique, Karim Benaïssa, présent sur les lieux, a indiqué que le barrage a coûté 31 milliards de dinars et qu'il servira aussi à irriguer 4.200 hectares dans la vallée du Sébaou.

L'eau ne coulera toutefois pas tout de suite dans les robinets : la station de traitement de Tadmaït, qui doit traiter 180.000 m3 par jour, n'est achevée qu'à 74% et ne sera pas prête avant le premier semestre 2027.

La région a connu plusieurs épisodes de coupures d'eau ces deux derniers étés. À Azazga et à Draâ Ben Khedda, des habitants ont fermé des routes en juillet pour protester contre des coupures de plusieurs jours.

Le ministre a reconnu que les fuites restent un problème majeur, avec des pertes supérieures à 30% dans plusieurs communes.
""")), R, "derivative", R)

# ===========================================================================
# 15. MAP, French (absent): Nador West Med. A paper's "(MAP)", "Le Matin avec MAP", a rewrite
# "selon l'agence MAP"; MAP's Arabic dispatch of the same news (a translation: its own cluster).
MAP1 = P("""
Le port Nador West Med a accueilli, mardi, son premier porte-conteneurs commercial, le "MSC Aurelia", marquant le démarrage effectif de l'exploitation de cette nouvelle plateforme portuaire située sur la côte méditerranéenne, à l'ouest de Nador.

Le navire, d'une capacité de 14.000 conteneurs EVP, a été accueilli en présence du ministre de l'Équipement et de l'Eau, Abdelhak Mouline, du wali de la région de l'Oriental et de plusieurs responsables de l'Agence nationale des ports.

Dans une déclaration à la presse, M. Mouline a souligné que ce port, dont la capacité initiale est de 3,5 millions de conteneurs EVP par an, constitue un levier majeur pour le développement économique de la région de l'Oriental et pour le positionnement du Royaume sur les routes maritimes internationales.

Le complexe portuaire, réalisé pour un investissement global de plus de 12 milliards de dirhams, comprend également un terminal énergétique et un terminal pour le vrac, ainsi qu'une zone d'accélération industrielle de 800 hectares.

Selon les prévisions de l'Agence Nador West Med, le port devrait générer quelque 5.000 emplois directs d'ici 2030.
""")
MAP1_BASE = "Nador - " + j(MAP1)
C = "external:map"
add("ma-map1-lematin", "Le Matin", "2026-11-24T15:30:00+01:00",
    "https://lematin.ma/economie/nador-west-med-accueille-premier-porte-conteneurs/312345",
    "Nador West Med accueille son premier porte-conteneurs",
    "Nador, 24 nov. 2026 (MAP) - " + j(MAP1) + "\n\nLe Matin avec MAP", C, "near_duplicate", C, MAP1_BASE)
add("ma-map1-leseco", "LesEco.ma", "2026-11-24T16:10:00+01:00",
    "https://leseco.ma/maroc/nador-west-med-le-msc-aurelia-inaugure-lexploitation.html",
    "Nador West Med : le MSC Aurelia inaugure l'exploitation",
    j(MAP1[:4]) + " (MAP)", C, "near_duplicate", C, MAP1_BASE)
add("ma-map1-le360", "Le360", "2026-11-24T18:00:00+01:00",
    "https://fr.le360.ma/economie/nador-west-med-cest-parti-avec-larrivee-du-msc-aurelia_QWJ4ZKXH2BDS7AFL3NRP5TY6UE/",
    "Nador West Med: c'est parti avec l'arrivée du MSC Aurelia",
    j(P("""
C'est une page qui se tourne pour l'Oriental. Le port Nador West Med a reçu ce mardi son tout premier porte-conteneurs, le MSC Aurelia, d'une capacité de 14.000 EVP, selon l'agence MAP.

La cérémonie s'est déroulée en présence du ministre de l'Équipement et de l'Eau, Abdelhak Mouline, qui a vu dans cette nouvelle infrastructure un levier majeur pour l'économie de la région et pour la place du Maroc sur les routes maritimes.

Avec une capacité initiale de 3,5 millions d'EVP par an et un investissement de plus de 12 milliards de dirhams, le complexe compte aussi un terminal énergétique, un terminal vraquier et une zone d'accélération industrielle de 800 hectares.

À Nador, les opérateurs logistiques espèrent une reprise rapide de l'emploi. «Nous recrutons déjà des caristes et des agents de quai», confie Mounir El Azzouzi, gérant d'une société de transit installée à Selouane.

L'Agence Nador West Med table sur 5.000 emplois directs à l'horizon 2030.
""")), C, "derivative", C)
add("ma-map1-hespress", "هسبريس", "2026-11-24T16:40:00+01:00",
    "https://www.hespress.com/ميناء-الناظور-غرب-المتوسط-يستقبل-أول-سفينة-حاويات-1512345.html",
    "ميناء الناظور غرب المتوسط يستقبل أول سفينة حاويات",
    j(P("""
استقبل ميناء الناظور غرب المتوسط، اليوم الثلاثاء، أول سفينة حاويات تجارية "إم إس سي أوريليا"، معلنا بذلك الانطلاقة الفعلية لاستغلال هذه المنصة المينائية الجديدة الواقعة على الساحل المتوسطي غرب الناظور.

وتبلغ الطاقة الاستيعابية للسفينة 14 ألف حاوية من فئة عشرين قدما، وجرى استقبالها بحضور وزير التجهيز والماء عبد الحق مولين، ووالي جهة الشرق، وعدد من مسؤولي الوكالة الوطنية للموانئ.

وأكد مولين، في تصريح للصحافة، أن هذا الميناء، الذي تبلغ طاقته الأولية 3.5 ملايين حاوية سنويا، يشكل رافعة أساسية للتنمية الاقتصادية بجهة الشرق ولتموقع المملكة على الطرق البحرية الدولية.

ويضم المركب المينائي، الذي كلف استثمارا إجماليا يفوق 12 مليار درهم، محطة للطاقة ومحطة للبضائع السائبة، فضلا عن منطقة تسريع صناعي على مساحة 800 هكتار.
""")) + "\n\n(و م ع)", "external:map", "near_duplicate", "external:map/2")

# ===========================================================================
# 16. TAP, French (tap.info.tn page in the input): olive oil exports.
TAP1 = P("""
Les exportations tunisiennes d'huile d'olive ont atteint 86.400 tonnes au cours du premier mois de la campagne 2026-2027 (novembre), en hausse de 23% par rapport à la même période de la campagne précédente, selon les données de l'Office national de l'huile (ONH) publiées mardi.

Les recettes générées par ces exportations se sont élevées à 1.210 millions de dinars, contre 1.480 millions de dinars un an plus tôt, en raison du recul des prix à l'international, a précisé l'Office.

L'huile d'olive conditionnée a représenté 19% des quantités exportées, contre 14% lors de la campagne écoulée, l'Union européenne restant le premier marché avec 61% des volumes, suivie des États-Unis (22%) et du Canada (6%).

L'ONH prévoit une production de 340.000 tonnes pour la campagne en cours, dont près de 290.000 tonnes destinées à l'export.
""")
TAP1_TEXT = "Tunis, 24 nov (TAP) - " + j(TAP1)
R = "tn-tap1-tap"
add(R, "Agence Tunis Afrique Presse", "2026-11-24T11:45:00+01:00",
    "https://www.tap.info.tn/fr/Portail-Economie/19212345-huile-d-olive-les-exportations-en-hausse-de-23",
    "Huile d'olive : les exportations en hausse de 23% au premier mois de la campagne", TAP1_TEXT, None, "original", R)
add("tn-tap1-lapresse", "La Presse de Tunisie", "2026-11-24T13:00:00+01:00",
    "https://lapresse.tn/2026/11/24/huile-dolive-les-exportations-en-hausse-de-23/",
    "Huile d'olive : les exportations en hausse de 23%",
    j(TAP1) + "\n\n(TAP)", R, "near_duplicate", R, TAP1_TEXT)
add("tn-tap1-businessnews", "Business News", "2026-11-24T14:15:00+01:00",
    "https://www.businessnews.com.tn/huile-dolive--hausse-des-volumes-exportes-baisse-des-recettes,520,151234,3",
    "Huile d'olive : hausse des volumes exportés, baisse des recettes",
    j(P("""
La Tunisie a exporté 86.400 tonnes d'huile d'olive en novembre, premier mois de la campagne 2026-2027, soit 23% de plus qu'un an auparavant, rapporte la TAP citant l'Office national de l'huile.

Mais la hausse des volumes ne se traduit pas dans les recettes, qui reculent à 1.210 millions de dinars contre 1.480 millions de dinars, sous l'effet de la baisse des cours mondiaux.

Bonne nouvelle toutefois pour la valeur ajoutée : la part de l'huile conditionnée grimpe à 19% des quantités exportées. L'Union européenne absorbe 61% des volumes, devant les États-Unis et le Canada.

Pour les oléiculteurs de Sfax et de Sidi Bouzid, la baisse des prix à la production inquiète. Plusieurs producteurs réclament un prix de référence pour éviter de vendre à perte.

L'ONH table sur une récolte de 340.000 tonnes cette saison.
""")), R, "derivative", R)

# ===========================================================================
# 17. APA (Agence de Presse Africaine, Dakar; absent): Senegal's gas exports.
APA1 = P("""
Le Sénégal a exporté 14 cargaisons de gaz naturel liquéfié (GNL) depuis le démarrage de la production du champ Grand Tortue Ahmeyim (GTA), partagé avec la Mauritanie, a annoncé mardi le ministre de l'Énergie, du Pétrole et des Mines, Ousmane Diagne Faye.

S'exprimant lors d'une conférence de presse à Dakar, le ministre a indiqué que les recettes tirées de ces exportations pour l'État sénégalais s'élèvent à 148 milliards de FCFA à fin octobre 2026.

M. Faye a ajouté que le gouvernement prévoit d'affecter 30 % de ces recettes au Fonds intergénérationnel et 10 % au Fonds de stabilisation, conformément à la loi relative à la répartition et à l'encadrement de la gestion des recettes issues de l'exploitation des hydrocarbures.

Il a annoncé que la deuxième phase du projet GTA, qui doit porter la capacité de production à 5 millions de tonnes par an, fera l'objet d'une décision finale d'investissement au premier semestre 2027.
""")
APA1_BASE = "APA-Dakar (Sénégal) - " + j(APA1)
C = "external:apa"
add("sn-apa1-seneweb", "Seneweb", "2026-11-24T16:30:00+00:00",
    "https://www.seneweb.com/news/Economie/gta-le-senegal-a-exporte-14-cargaisons-de-gnl_n_512345.html",
    "GTA : le Sénégal a exporté 14 cargaisons de GNL",
    APA1_BASE, C, "exact_duplicate", C, APA1_BASE)
add("sn-apa1-dakaractu", "Dakaractu", "2026-11-24T17:15:00+00:00",
    "https://www.dakaractu.com/GNL-148-milliards-de-FCFA-de-recettes-pour-l-Etat-a-fin-octobre_312345.html",
    "GNL : 148 milliards de FCFA de recettes pour l'État à fin octobre",
    j(APA1[:3]) + "\n\nSource : APA", C, "near_duplicate", C, APA1_BASE)

# ===========================================================================
# 18. NAN (absent): a rail line in Kano; a second NAN story the same day.
NAN1 = P("""
The Federal Government says the Kano-Maradi standard gauge railway will begin commercial operations in March 2027, with 86 per cent of civil works completed.

The Minister of Transportation, Alhaji Sa'idu Ahmed Alkali, said this on Tuesday during an inspection tour of the project in Kano.

Alkali said the 284-kilometre line, which links Kano to Maradi in the Niger Republic through Katsina and Jibia, would reduce the cost of moving goods between the two countries by about 40 per cent.

He said that 11 of the 15 stations on the route had been completed, while the remaining four, including the Jibia border station, would be ready by January.

"This railway is not just for Kano and Katsina; it is for the whole of the North and our neighbours in the Sahel, who depend on our ports," he said.

The Managing Director of the Nigerian Railway Corporation (NRC), Mr Fidet Okhiria, said the corporation had begun the recruitment of 1,200 staff for the line.

The News Agency of Nigeria (NAN) reports that the project, which is being handled by a Portuguese firm, Mota-Engil, was flagged off in February 2021.
""")
NAN1_BASE = "Kano, Nov. 24, 2026 (NAN) " + j(NAN1) + "\n\n(NAN)(www.nannews.ng)\n\nEdited by Chioma Ugboma"
C = "external:nan"
add("ng-nan1-premiumtimes", "Premium Times", "2026-11-24T15:10:00+01:00",
    "https://www.premiumtimesng.com/news/more-news/812345-kano-maradi-rail-to-begin-commercial-operations-march-2027-fg.html",
    "Kano-Maradi rail to begin commercial operations March 2027 – FG",
    j(NAN1) + " (NAN)", C, "near_duplicate", C, NAN1_BASE)
add("ng-nan1-vanguard", "Vanguard", "2026-11-24T16:05:00+01:00",
    "https://www.vanguardngr.com/2026/11/kano-maradi-rail-86-completed-says-minister/",
    "Kano-Maradi rail 86% completed, says Minister",
    "Kano, Nov. 24, 2026 (NAN) " + j(NAN1[:5]), C, "near_duplicate", C, NAN1_BASE)
add("ng-nan1-dailytrust", "Daily Trust", "2026-11-24T17:00:00+01:00",
    "https://dailytrust.com/kano-maradi-rail-fg-fixes-march-2027-for-commercial-operations/",
    "Kano-Maradi rail: FG fixes March 2027 for commercial operations",
    j(NAN1[:6]) + "\n\n" + "Daily Trust reports that traders at the Dawanau international grains market in Kano have been waiting for the rail line, saying the cost of trucking grains to Maradi has doubled since 2023 because of insecurity on the Katsina-Jibia road."
    + "\n\n" + NAN1[6] + "\n\n(NAN)", C, "near_duplicate", C, NAN1_BASE)
add("ng-nan1-punch", "The Punch", "2026-11-24T19:30:00+01:00",
    "https://punchng.com/jibia-traders-count-losses-as-kano-maradi-rail-delays-persist/",
    "Jibia traders count losses as Kano-Maradi rail delays persist",
    j(P("""
Traders in the border town of Jibia, Katsina State, have said delays in completing the Kano-Maradi railway have left them paying up to twice as much to move goods into the Niger Republic.

Our correspondent, who visited the Jibia border station on Tuesday, observed that work was still ongoing on the station building and the customs yard.

"Since the road became unsafe, we pay escorts and we pay for every checkpoint. We were told the train would start in 2024, then 2025, now 2027," said Malam Sani Abdullahi, a grains dealer.

The Minister of Transportation, Sa'idu Alkali, while inspecting the project in Kano on Tuesday, said the line would begin commercial operations in March 2027.

A transport economist at Bayero University, Dr Hadiza Musa, said the line would only pay off if the authorities also fixed the road links to the stations. "A railway that ends in the bush is not a trade corridor," she told The PUNCH.
""")), None, "unrelated", "ng-nan1-punch")
NAN2 = P("""
The Nigeria Centre for Disease Control and Prevention (NCDC) says it has recorded 1,146 suspected cases of Lassa fever and 97 deaths across 21 states since the beginning of 2026.

The Director-General of the centre, Dr Amina Bello-Oladipo, disclosed this at a news conference on Tuesday in Abuja.

She said Ondo, Edo and Bauchi accounted for 68 per cent of the confirmed cases, and urged Nigerians to store food items in rodent-proof containers and keep their surroundings clean.

Bello-Oladipo said the centre had pre-positioned drugs and personal protective equipment in the affected states ahead of the dry season, when infections usually peak.
""")
NAN2_BASE = "Abuja, Nov. 24, 2026 (NAN) " + j(NAN2) + "\n\n(NAN)(www.nannews.ng)\n\nEdited by Kadiri Abdulrahman"
add("ng-nan2-guardian", "The Guardian Nigeria", "2026-11-24T18:00:00+01:00",
    "https://guardian.ng/news/lassa-fever-ncdc-records-97-deaths-in-21-states/",
    "Lassa fever: NCDC records 97 deaths in 21 states",
    "Abuja, Nov. 24, 2026 (NAN) " + j(NAN2) + " (NAN)", C, "near_duplicate", "external:nan/2", NAN2_BASE)

# ===========================================================================
# 19. KNA (kenyanews.go.ke page in the input): irrigation in Kerio Valley. KNA's own pages close
# with the reporter's byline.
KNA1 = P("""
Over 3,000 farmers in Kerio Valley are set to benefit from the Sh1.8 billion Kimwarer irrigation scheme that was commissioned on Tuesday by Agriculture Cabinet Secretary Dr Grace Jeptoo Chelimo.

Speaking during the commissioning in Elgeyo Marakwet County, Dr Chelimo said the scheme would put 4,500 acres under irrigation, enabling farmers to grow mangoes, bananas, watermelons and sorghum throughout the year.

The CS said the project, which draws water from River Kerio through a 14-kilometre canal, was part of the government's plan to put one million acres under irrigation by 2030 in order to reduce the country's dependence on rain-fed agriculture.

"For years, this valley has had fertile land and a river flowing through it, yet families have depended on relief food. That chapter is closing today," Dr Chelimo said.

Elgeyo Marakwet Governor Paul Kiprono Biwott said the county would set up two aggregation centres and a fruit processing plant at Chesoi to help farmers get better prices for their produce.

He urged residents of the valley to embrace peace, noting that cattle rustling had in the past forced many families to abandon their farms.

By Kibet Ruto
""")
KNA1_TEXT = j(KNA1)
R = "ke-kna1-kna"
add(R, "Kenya News Agency", "2026-11-24T14:00:00+03:00",
    "https://www.kenyanews.go.ke/over-3000-farmers-to-benefit-from-sh1-8-billion-kimwarer-irrigation-scheme/",
    "Over 3,000 farmers to benefit from Sh1.8 billion Kimwarer irrigation scheme", KNA1_TEXT, None, "original", R)
add("ke-kna1-kbc", "KBC", "2026-11-24T15:30:00+03:00",
    "https://www.kbc.co.ke/over-3000-farmers-to-benefit-from-kimwarer-irrigation-scheme/",
    "Over 3,000 farmers to benefit from Kimwarer irrigation scheme",
    j(KNA1[:6]) + "\n\nKNA", R, "near_duplicate", R, KNA1_TEXT)
add("ke-kna1-kenyans", "Kenyans.co.ke", "2026-11-24T17:45:00+03:00",
    "https://www.kenyans.co.ke/news/112345-ruto-govt-commissions-sh18-billion-irrigation-scheme-kerio-valley",
    "Govt Commissions Sh1.8 Billion Irrigation Scheme in Kerio Valley",
    j(P("""
The government has commissioned a Sh1.8 billion irrigation scheme in Kerio Valley, which is expected to benefit more than 3,000 farmers in Elgeyo Marakwet County.

According to the Kenya News Agency (KNA), Agriculture CS Grace Jeptoo Chelimo said on Tuesday, November 24, that the Kimwarer scheme would put 4,500 acres of land under irrigation.

The project draws water from River Kerio through a 14-kilometre canal and will allow farmers to grow crops such as mangoes, bananas and sorghum all year round.

Chelimo noted that the scheme was part of a wider plan to bring one million acres under irrigation by 2030.

The valley has for years been hit by banditry and cattle rustling, which forced families off their land. Governor Paul Biwott said the county would build two aggregation centres and a fruit processing plant.
""")), R, "derivative", R)

# ===========================================================================
# 20. SAnews (sanews.gov.za page in the input): a schools nutrition programme. SAnews pages close
# with "– SAnews.gov.za"; papers and portals carry them with that line.
SAN1 = P("""
Basic Education Minister Nomvula Dlamini-Mokoena has announced that the National School Nutrition Programme (NSNP) will be extended to 1 200 Quintile 4 schools from January 2027, adding 640 000 learners to the more than nine million who already receive a daily meal.

Speaking at Tshwane South College in Atteridgeville on Tuesday, the Minister said the extension would be funded through an additional R2.3 billion allocated in the Medium-Term Budget Policy Statement.

"No child can learn on an empty stomach. Extending the programme to Quintile 4 schools recognises that poverty does not stop at the boundaries of the quintile system," Dlamini-Mokoena said.

The Minister said the department would also introduce breakfast at 3 000 schools in the poorest districts, starting with the Eastern Cape, KwaZulu-Natal and Limpopo.

The programme currently employs more than 63 000 volunteer food handlers, most of them parents from the communities around the schools, and procures produce from 2 700 local small-scale farmers.
""")
SAN1_TEXT = j(SAN1) + " – SAnews.gov.za"
R = "za-san1-sanews"
add(R, "SAnews", "2026-11-24T13:30:00+02:00",
    "https://www.sanews.gov.za/south-africa/school-nutrition-programme-extended-quintile-4-schools",
    "School nutrition programme extended to Quintile 4 schools", SAN1_TEXT, None, "original", R)
add("za-san1-polity", "Polity.org.za", "2026-11-24T15:00:00+02:00",
    "https://www.polity.org.za/article/school-nutrition-programme-extended-to-quintile-4-schools-2026-11-24",
    "School nutrition programme extended to Quintile 4 schools",
    SAN1_TEXT + "\n\nSource: SAnews.gov.za", R, "near_duplicate", R, SAN1_TEXT)
add("za-san1-iol", "IOL", "2026-11-24T17:20:00+02:00",
    "https://iol.co.za/news/education/2026-11-24-640000-more-learners-to-get-school-meals-from-january/",
    "640,000 more learners to get school meals from January",
    j(P("""
Some 640,000 more pupils will receive a daily meal at school from next year after the Department of Basic Education extended the National School Nutrition Programme to 1,200 Quintile 4 schools.

Minister Nomvula Dlamini-Mokoena made the announcement at Tshwane South College in Atteridgeville on Tuesday, SAnews reported. The extension is funded with an extra R2.3 billion set aside in the mid-term budget.

"No child can learn on an empty stomach," the minister said, adding that poverty "does not stop at the boundaries of the quintile system".

Equal Education welcomed the move but said many Quintile 4 and 5 schools in townships served children from very poor households. "This is a step, not the finish line," said the organisation's spokesperson, Lwazi Ntuli.

Breakfast will also be introduced at 3,000 schools in the poorest districts of the Eastern Cape, KwaZulu-Natal and Limpopo.
""")), R, "derivative", R)

# ===========================================================================
# 21. Xinhua English, Africa desk (absent): Ethiopia's wheat harvest. "-- Xinhua" and "Enditem".
XH1 = P("""
Ethiopia expects to harvest 29.4 million tonnes of wheat in the 2026/2027 production season, up 8 percent from the previous season, the Ethiopian Ministry of Agriculture said Tuesday.

Speaking to reporters in Addis Ababa, State Minister of Agriculture Tesfaye Gebremedhin said about 7.1 million hectares of land had been covered with wheat, including 3.3 million hectares under irrigation in the lowland areas of the Afar, Somali and Oromia regions.

"The expansion of irrigated wheat has enabled the country to stop importing wheat and to begin exporting to neighboring countries," Gebremedhin said.

The state minister said the government had distributed 2.8 million tonnes of fertilizer to farmers this season and was working with development partners to expand the use of improved seeds and mechanization.

Agriculture accounts for about a third of Ethiopia's gross domestic product and employs about 65 percent of its workforce, according to official figures.
""")
XH1_BASE = "ADDIS ABABA, Nov. 24 (Xinhua) -- " + j(XH1) + " Enditem"
C = "external:xinhua"
add("et-xh1-newsghana", "News Ghana", "2026-11-24T18:20:00+00:00",
    "https://newsghana.com.gh/ethiopia-expects-29-4-mln-tonnes-of-wheat-harvest/",
    "Ethiopia expects 29.4 mln tonnes of wheat harvest",
    XH1_BASE, C, "exact_duplicate", C, XH1_BASE)
add("et-xh1-herald", "The Ethiopian Herald", "2026-11-25T09:00:00+03:00",
    "https://press.et/herald/?p=112345",
    "Ethiopia eyes 29.4 mln tonnes of wheat this season",
    "ADDIS ABABA – " + j(XH1[:4]) + "\n\n-- Xinhua", C, "near_duplicate", C, XH1_BASE)


if __name__ == "__main__":
    finish(HERE, ARTS, TRUTH, BASE)
