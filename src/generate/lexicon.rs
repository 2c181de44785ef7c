//! Word lists for the synthetic prose. Each list is ordered roughly by real-world
//! frequency because sampling is Zipfian by rank; the shared lists give the corpus the
//! common background vocabulary a detector must learn to ignore, while topics and
//! invented names (see `event.rs`) make each story distinguishable.

/// Determiners that fit singular, plural and mass nouns alike, so the grammar never has
/// to track number.
pub const DETS: &[&str] = &[
    "the", "its", "their", "some", "the government's", "this year's", "last week's", "the city's",
    "other", "further",
];

pub const ADJS: &[&str] = &[
    "new", "other", "first", "last", "local", "national", "public", "former", "major", "senior",
    "recent", "large", "small", "high", "early", "late", "final", "economic", "political",
    "official", "federal", "regional", "key", "significant", "previous", "current", "long",
    "special", "strong", "possible", "international", "foreign", "financial", "private", "full",
    "annual", "similar", "independent", "global", "serious", "additional", "initial", "open",
    "clear", "main", "second", "wider", "growing", "limited", "emergency", "legal", "temporary",
    "joint", "critical", "direct", "daily", "rural", "urban", "northern", "southern", "eastern",
    "western", "central", "higher", "lower", "safe", "difficult", "popular", "specific",
    "unexpected", "formal", "modest", "sharp", "broad", "detailed", "lengthy", "fresh",
];

pub const NOUNS: &[&str] = &[
    "government", "year", "people", "report", "plan", "officials", "statement", "week", "country",
    "city", "state", "group", "company", "market", "month", "issue", "area", "decision", "policy",
    "support", "part", "number", "members", "workers", "residents", "program", "system", "case",
    "service", "money", "family", "community", "office", "minister", "authorities", "council",
    "agency", "project", "effort", "law", "court", "police", "vote", "investigation", "data",
    "analysis", "results", "changes", "costs", "prices", "rate", "level", "growth", "rules",
    "process", "talks", "agreement", "deal", "proposal", "measures", "budget", "funds", "review",
    "request", "response", "concerns", "question", "problem", "situation", "crisis", "impact",
    "risk", "security", "health", "development", "industry", "business", "sector", "economy",
    "jobs", "region", "border", "hospital", "school", "children", "leaders", "spokesperson",
    "director", "board", "committee", "department", "ministry", "parliament", "lawmakers",
    "critics", "experts", "analysts", "investors", "customers", "record", "future", "period",
    "weekend", "quarter", "figures", "documents", "officers", "services", "conditions", "standards",
    "contract", "timeline", "approach", "warning", "schedule", "assessment", "framework",
    "capacity", "facility", "negotiators",
];

/// Past-tense verbs that take an object; the regular ones double as participles.
pub const VERBS_PAST: &[&str] = &[
    "announced", "reported", "confirmed", "made", "took", "found", "showed", "called", "raised",
    "cut", "rejected", "approved", "launched", "released", "received", "described", "signed",
    "opened", "closed", "reached", "began", "ended", "joined", "promised", "denied", "ordered",
    "blocked", "backed", "criticised", "welcomed", "estimated", "increased", "reduced", "extended",
    "delayed", "introduced", "completed", "published", "acknowledged", "proposed", "considered",
    "discussed", "identified", "reviewed", "issued", "expanded", "suspended", "challenged",
    "defended", "outlined", "secured", "questioned", "revised", "postponed", "halted", "unveiled",
    "finalised", "examined", "restored", "scrapped",
];

pub const VERBS_BASE: &[&str] = &[
    "make", "take", "review", "address", "support", "reduce", "increase", "continue", "provide",
    "improve", "change", "consider", "discuss", "hold", "build", "protect", "expand", "meet",
    "seek", "introduce", "help", "allow", "avoid", "limit", "cover", "resolve", "delay", "approve",
    "present", "maintain", "extend", "complete", "examine", "publish", "fund", "restore", "monitor",
    "challenge", "replace", "strengthen",
];

/// Third-person present forms for headlines ("Council approves ...").
pub const VERBS_HEADLINE: &[&str] = &[
    "approves", "rejects", "warns of", "launches", "delays", "backs", "cuts", "raises", "plans",
    "seeks", "faces", "unveils", "probes", "expands", "halts", "weighs", "defends", "signs",
    "suspends", "confirms", "announces", "criticises", "extends", "scraps",
];

/// Verbs introducing reported speech; past tense so subject number never matters.
pub const SAY_VERBS: &[&str] = &[
    "said", "told reporters", "added", "noted", "argued", "warned", "stressed", "explained",
    "insisted", "suggested", "acknowledged", "wrote",
];

pub const TO_VERBS: &[&str] = &[
    "planned to", "agreed to", "declined to", "sought to", "moved to", "appeared to", "promised to",
    "refused to", "failed to", "hoped to", "voted to", "offered to",
];

pub const PREPS: &[&str] = &[
    "in", "for", "on", "with", "at", "from", "after", "over", "about", "under", "during", "before",
    "against", "between", "into", "through", "across", "without", "amid", "despite", "within",
    "ahead of", "following",
];

pub const ADVS: &[&str] = &[
    "However", "Meanwhile", "Separately", "Earlier", "Still", "Later", "Previously", "Initially",
    "Instead", "Already", "Last year", "In recent weeks", "At the same time", "By contrast",
    "Since then", "In a statement", "On Monday",
];

pub const CONJS: &[&str] = &[
    "and", "but", "while", "as", "because", "although", "after", "since", "before", "so",
    "even as", "until",
];

/// Fixed singular phrases: the "a" and "an" that a number-agnostic grammar cannot place.
pub const A_PHRASES: &[&str] = &[
    "a statement", "a report", "a plan", "a number of people", "a spokesperson", "a decision",
    "a proposal", "a review", "a deal", "an official", "a series of measures", "a vote",
    "a meeting", "a letter", "an investigation", "a new law", "a further delay", "an agreement",
    "a press conference", "a second time", "a formal complaint", "an independent inquiry",
];

pub const IT_WAS: &[&str] = &[
    "too early to", "important to", "necessary to", "difficult to", "not possible to", "working to",
    "ready to", "unlikely to", "too soon to", "determined to",
];

/// Stock sentences every newsroom uses; shared across stories as in real news.
/// `{org}` and `{plural}` are filled per story.
pub const STOCK: &[&str] = &[
    "{org} did not immediately respond to a request for comment.",
    "It was not immediately clear how many {plural} were affected.",
    "{org} declined to comment on the matter.", "Further details were not immediately available.",
    "It was not clear when a final decision would be made.",
    "{org} said it was reviewing the situation and would provide an update.",
    "The full impact on {plural} is expected to become clearer in the coming weeks.",
];

pub const PLURALS: &[&str] = &[
    "people", "residents", "workers", "jobs", "homes", "members", "patients", "students",
    "households", "employees", "families", "businesses", "vehicles", "visitors", "staff",
];

pub const ROLES: &[&str] = &[
    "spokesperson", "director", "minister", "chairman", "chief executive", "president", "mayor",
    "governor", "senior official", "deputy director", "head", "general counsel", "chief economist",
    "commissioner", "secretary", "chairwoman", "deputy minister",
];

pub const WEEKDAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

pub const FIRST_NAMES: &[&str] = &[
    "James", "Maria", "Ahmed", "Li", "Olga", "Kwame", "Priya", "John", "Sofia", "David", "Fatima",
    "Michael", "Elena", "Carlos", "Anna", "Wei", "Sarah", "Yusuf", "Hannah", "Pedro", "Grace",
    "Ivan", "Amara", "Thomas", "Lucia", "Kenji", "Rachel", "Omar", "Ingrid", "Daniel", "Chloe",
    "Rahul", "Nadia", "Peter", "Aisha", "Marco", "Helen", "Tariq", "Julia", "Samuel", "Mei",
    "Robert", "Leila", "Andrei", "Claire", "Diego", "Emma", "Hassan", "Irene", "Jonas", "Karen",
    "Luis", "Miriam", "Nikolai", "Paula", "Rosa", "Stefan", "Teresa", "Victor", "Zara",
];

/// Syllables for invented surnames, towns and product names: unique per event, so names are
/// the rare, story-identifying tokens that real news is full of.
pub const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "pr",
    "r", "s", "st", "sh", "t", "tr", "v", "w", "z", "th", "kl", "sl",
];
pub const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "ar", "el"];
pub const CODAS: &[&str] = &["", "", "n", "r", "l", "s", "k", "m", "t", "nd", "rt", "ll"];
pub const SURNAME_ENDS: &[&str] = &[
    "", "", "", "ov", "ez", "son", "ini", "ski", "berg", "ani", "ford", "enko", "ley", "ara",
];
pub const TOWN_ENDS: &[&str] = &[
    "ton", "ville", "burg", "field", "port", "mouth", "stad", "abad", "grad", "haven", "bridge",
    "dale", "ford", "wick", "",
];
pub const ORG_ENDS: &[&str] = &[
    "Authority", "Council", "Commission", "Group", "Holdings", "Institute", "Foundation", "Agency",
    "Board", "Corporation", "Union", "Association", "Partners", "Federation",
];
pub const TERM_ENDS: &[&str] = &[
    "project", "programme", "plan", "scheme", "initiative", "bill", "facility", "report", "system",
    "accord", "fund", "corridor",
];

pub const COUNTRIES: &[&str] = &[
    "France", "Germany", "Brazil", "India", "Japan", "Kenya", "Mexico", "Canada", "Australia",
    "Nigeria", "Indonesia", "Turkey", "Poland", "Argentina", "Egypt", "Vietnam", "Spain", "Italy",
    "South Africa", "Chile", "Norway", "Pakistan", "Thailand", "Colombia", "Ghana", "Sweden",
    "Peru", "Morocco", "the Philippines", "the United States", "Britain", "Ukraine",
];

pub struct Topic {
    pub nouns: &'static [&'static str],
    pub adjs: &'static [&'static str],
    pub org_words: &'static [&'static str],
}

pub const TOPICS: &[Topic] = &[
    Topic {
        nouns: &[
            "inflation", "interest rates", "central bank", "bonds", "exports", "tariffs",
            "unemployment", "wages", "recession", "currency", "consumer spending", "manufacturing",
            "deficit", "stimulus", "lending",
        ],
        adjs: &["fiscal", "monetary", "inflationary", "quarterly"],
        org_words: &["Finance", "Trade", "Treasury", "Banking"],
    },
    Topic {
        nouns: &[
            "vaccine", "patients", "clinics", "outbreak", "infections", "doctors", "nurses",
            "treatment", "trial", "virus", "hospitals", "medicine", "symptoms", "screening",
            "wards",
        ],
        adjs: &["medical", "clinical", "contagious", "preventive"],
        org_words: &["Health", "Medical", "Disease Control", "Hospitals"],
    },
    Topic {
        nouns: &[
            "judge", "ruling", "appeal", "trial", "defendants", "prosecutors", "charges", "verdict",
            "testimony", "jury", "lawsuit", "sentence", "evidence", "hearing", "settlement",
        ],
        adjs: &["judicial", "criminal", "constitutional", "appellate"],
        org_words: &["Justice", "Legal", "Bar", "Prosecution"],
    },
    Topic {
        nouns: &[
            "campaign", "candidates", "ballots", "voters", "polls", "coalition", "opposition",
            "referendum", "turnout", "party", "constituency", "debate", "mandate", "primary",
            "seats",
        ],
        adjs: &["electoral", "partisan", "legislative", "opposition"],
        org_words: &["Electoral", "Democratic", "Civic", "Reform"],
    },
    Topic {
        nouns: &[
            "pipeline", "refinery", "emissions", "solar panels", "wind farms", "grid", "crude",
            "gas supplies", "reactor", "output", "power plant", "fuel", "drilling",
            "battery storage", "electricity",
        ],
        adjs: &["renewable", "offshore", "nuclear", "carbon"],
        org_words: &["Energy", "Power", "Petroleum", "Grid"],
    },
    Topic {
        nouns: &[
            "software", "chips", "data centre", "startup", "platform", "app", "cyberattack",
            "servers", "algorithm", "network", "devices", "outage", "encryption", "cloud services",
            "users",
        ],
        adjs: &["digital", "online", "automated", "encrypted"],
        org_words: &["Technology", "Digital", "Telecom", "Cyber"],
    },
    Topic {
        nouns: &[
            "flooding", "storm", "rainfall", "evacuation", "wildfire", "heatwave", "landslide",
            "rescue teams", "shelters", "damage", "river", "forecasters", "winds", "aftershocks",
            "levees",
        ],
        adjs: &["severe", "torrential", "coastal", "flooded"],
        org_words: &["Disaster", "Emergency", "Meteorological", "Relief"],
    },
    Topic {
        nouns: &[
            "airline", "flights", "railway", "passengers", "airport", "ports", "freight", "trains",
            "routes", "delays", "fares", "motorway", "shipping", "drivers", "ferries",
        ],
        adjs: &["domestic", "long-haul", "commuter", "logistical"],
        org_words: &["Transport", "Aviation", "Rail", "Maritime"],
    },
    Topic {
        nouns: &[
            "arrests", "suspects", "raid", "smuggling", "fraud", "detectives", "weapons",
            "shooting", "victims", "cartel", "warrant", "custody", "ransom", "gang", "surveillance",
        ],
        adjs: &["armed", "organised", "fraudulent", "violent"],
        org_words: &["Police", "Security", "Crime", "Interior"],
    },
    Topic {
        nouns: &[
            "match", "season", "coach", "tournament", "league", "championship", "players",
            "stadium", "goal", "transfer", "injury", "fans", "title", "squad", "qualifier",
        ],
        adjs: &["unbeaten", "sporting", "professional", "decisive"],
        org_words: &["Football", "Athletics", "Olympic", "Sports"],
    },
    Topic {
        nouns: &[
            "forests", "wildlife", "pollution", "conservation", "species", "rivers", "coastline",
            "plastic waste", "habitat", "reserve", "drought", "water quality", "fisheries", "reef",
            "wetlands",
        ],
        adjs: &["environmental", "protected", "endangered", "polluted"],
        org_words: &["Environment", "Wildlife", "Water", "Conservation"],
    },
    Topic {
        nouns: &[
            "universities", "tuition", "teachers", "curriculum", "exams", "enrolment", "schools",
            "scholarships", "campus", "graduates", "pupils", "lecturers", "admissions",
            "classrooms", "research grants",
        ],
        adjs: &["academic", "educational", "vocational", "postgraduate"],
        org_words: &["Education", "Schools", "University", "Teachers"],
    },
    Topic {
        nouns: &[
            "rents", "mortgages", "tenants", "developers", "construction", "housing market",
            "landlords", "planning permission", "homelessness", "property prices", "zoning",
            "apartments", "evictions", "affordability", "building permits",
        ],
        adjs: &["residential", "affordable", "rental", "vacant"],
        org_words: &["Housing", "Planning", "Property", "Tenants"],
    },
    Topic {
        nouns: &[
            "harvest", "farmers", "crops", "wheat", "livestock", "fertiliser", "irrigation",
            "grain exports", "dairy", "subsidies", "cattle", "rice", "orchards", "yields",
            "pesticides",
        ],
        adjs: &["agricultural", "arable", "seasonal", "organic"],
        org_words: &["Agriculture", "Farmers", "Food", "Grain"],
    },
    Topic {
        nouns: &[
            "troops", "drills", "missile", "ceasefire", "navy", "air strikes", "border patrols",
            "soldiers", "peace talks", "artillery", "convoy", "base", "drones",
            "military exercises", "garrison",
        ],
        adjs: &["military", "naval", "strategic", "armoured"],
        org_words: &["Defence", "Armed Forces", "Veterans", "Strategic"],
    },
    Topic {
        nouns: &[
            "union", "strike", "negotiations", "pension", "layoffs", "overtime", "walkout",
            "employers", "minimum wage", "bargaining", "shifts", "factory", "picket lines",
            "grievances", "apprentices",
        ],
        adjs: &["industrial", "collective", "unionised", "part-time"],
        org_words: &["Labour", "Workers", "Employment", "Trades"],
    },
];

/// (name, domain) of general outlets: the publishers of copies and independent reports.
pub const OUTLET_PREFIXES: &[&str] = &[
    "Daily", "Morning", "Evening", "Metro", "Coastal", "Valley", "Capital", "Northern", "Southern",
    "Eastern", "Western", "Harbor", "River", "Lakeside", "Highland", "Central", "Union", "Liberty",
    "Pioneer", "Summit",
];
pub const OUTLET_SUFFIXES: &[&str] = &[
    "Herald", "Gazette", "Tribune", "Courier", "Chronicle", "Times", "Post", "Observer", "Ledger",
    "Journal",
];

pub const AGGREGATORS: &[(&str, &str)] = &[
    ("Newsfeed Daily", "newsfeeddaily.com"),
    ("The Roundup", "theroundup.news"),
    ("Headline Hub", "headlinehub.com"),
    ("Briefly", "briefly.news"),
    ("World Brief", "worldbrief.net"),
    ("Top Stories Now", "topstoriesnow.com"),
    ("NewsPulse", "newspulse.io"),
    ("The Daily Digest", "thedailydigest.com"),
    ("Wire Watch", "wirewatch.net"),
    ("Current Affairs Today", "currentaffairstoday.com"),
    ("Global Snapshot", "globalsnapshot.news"),
    ("The Morning Brief", "themorningbrief.com"),
];

pub const BLOGS: &[(&str, &str)] = &[
    ("The Policy Notebook", "policynotebook.blog"),
    ("Margin Notes", "marginnotes.substack.com"),
    ("Civic Commons", "civiccommons.blog"),
    ("The Long View", "thelongview.substack.com"),
    ("Signal and Noise", "signalandnoise.blog"),
    ("Ground Truth", "groundtruth.wordpress.com"),
    ("Backbench Blog", "backbench.blog"),
    ("The Explainer", "theexplainer.substack.com"),
    ("Small Print", "smallprint.blog"),
    ("Plain Reading", "plainreading.wordpress.com"),
];

pub struct Agency {
    pub slug: &'static str,
    pub name: &'static str,
    /// Name as used inside a sentence ("according to the Associated Press").
    pub in_text: &'static str,
    pub short: &'static str,
    pub domain: &'static str,
}

pub const AGENCIES: &[Agency] = &[
    Agency {
        slug: "reuters",
        name: "Reuters",
        in_text: "Reuters",
        short: "Reuters",
        domain: "reuters.com",
    },
    Agency {
        slug: "ap",
        name: "Associated Press",
        in_text: "the Associated Press",
        short: "AP",
        domain: "apnews.com",
    },
    Agency {
        slug: "afp",
        name: "Agence France-Presse",
        in_text: "Agence France-Presse",
        short: "AFP",
        domain: "afp.com",
    },
];

pub const TOP_BOILERPLATE: &[&str] = &[
    "Sign up for our newsletter to get the latest news delivered to your inbox.", "Advertisement",
    "Listen to this article.", "Subscribe now for unlimited access to our reporting.",
    "This article is part of our live coverage.", "Breaking news:",
];

/// `{outlet}` and `{year}` are substituted per article.
pub const BOTTOM_BOILERPLATE: &[&str] = &[
    "Copyright {year} {outlet}. All rights reserved.",
    "Follow {outlet} on social media for more updates.",
    "This story has been updated with additional information.",
    "Have a news tip? Contact the {outlet} newsroom.",
    "(c) {year} {outlet}. This material may not be published, broadcast, rewritten or redistributed.",
    "Read more stories like this at {outlet}.",
];

/// Light rewording used by near copies and aggregators; applied word by word.
pub const SYNONYMS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("announced", "unveiled"),
    ("began", "started"),
    ("approved", "endorsed"),
    ("rejected", "dismissed"),
    ("increased", "raised"),
    ("reduced", "lowered"),
    ("plan", "proposal"),
    ("officials", "authorities"),
    ("company", "firm"),
    ("government", "administration"),
    ("talks", "negotiations"),
    ("agreement", "accord"),
    ("recent", "latest"),
    ("major", "significant"),
    ("large", "big"),
    ("showed", "indicated"),
    ("ended", "concluded"),
    ("quickly", "rapidly"),
    ("city", "town"),
    ("after", "following"),
    ("many", "numerous"),
    ("rules", "regulations"),
    ("costs", "expenses"),
    ("concerns", "worries"),
    ("problem", "difficulty"),
    ("support", "backing"),
    ("discussed", "debated"),
    ("published", "released"),
    ("launched", "introduced"),
    ("reached", "hit"),
    ("criticised", "condemned"),
    ("experts", "specialists"),
    ("review", "assessment"),
    ("warning", "alert"),
    ("residents", "locals"),
    ("new", "fresh"),
    ("early", "initial"),
    ("delayed", "postponed"),
    ("halted", "stopped"),
];

pub fn synonym(word: &str) -> Option<&'static str> {
    SYNONYMS.iter().find_map(|&(a, b)| {
        if a == word {
            Some(b)
        } else if b == word {
            Some(a)
        } else {
            None
        }
    })
}
