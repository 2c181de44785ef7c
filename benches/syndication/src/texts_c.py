# Scenario C: Reuters story in the corpus; a paper's copy, an exact copy, an aggregator rewrite, a blog.

R_LEAD = ("SANTIAGO, March 17 (Reuters) - Chilean miner Andesita Minerals said on Tuesday it had agreed to buy "
          "Canada's Copperline Resources for about $6.2 billion in cash and stock, the latest in a string of "
          "deals as producers race to secure copper supply for power grids and electric vehicles.")
R_P2 = ("Andesita will pay C$14.75 per Copperline share, made up of C$9.50 in cash and 0.42 of an Andesita "
        "share, a premium of 31% to Copperline's closing price on Monday, the companies said in a joint statement.")
R_P3 = ("The deal gives Andesita control of Copperline's Rio Blanco project in northern Peru, one of the "
        "largest undeveloped copper deposits in the Americas, and its operating Kestrel mine in British "
        "Columbia, which produced about 61,000 tonnes of copper last year.")
R_P4 = ("\"Copper is the metal of the energy transition, and the world is not building new mines fast enough,\" "
        "Andesita Chief Executive Ignacio Valdivieso said on a call with analysts. \"This transaction gives "
        "us a pipeline of growth that would have taken us fifteen years to build ourselves.\"")
R_P5 = ("Copperline's board has unanimously recommended the offer, and shareholders holding about 18% of its "
        "stock, including its two largest institutional investors, have agreed to vote in favour, the "
        "companies said.")
R_P6 = ("Shares of Copperline jumped 26% to C$14.20 in early trading in Toronto, while Andesita's "
        "U.S.-listed shares fell 4.1% in New York.")
R_P7 = ("The acquisition would make Andesita the world's seventh-largest copper producer, with combined "
        "output of roughly 540,000 tonnes a year, according to Reuters calculations based on company filings.")
R_P8 = ("Global copper prices have risen about 18% over the past year as supply disruptions in Chile and "
        "Peru have collided with strong demand from China and from grid investment in the United States and "
        "Europe. Miners including BHP and Anglo American have been weighing deals rather than building new "
        "mines, which can take a decade or more to permit.")
R_P9 = ("Analysts at Scotiabank said the price was full but defensible. \"Andesita is paying for Rio Blanco, "
        "and Rio Blanco is the kind of asset that simply does not come up for sale,\" they wrote in a note "
        "to clients.")
R_P10 = ("The deal requires approval from Canadian regulators under the Investment Canada Act and from "
         "Peru's competition authority, and is expected to close in the third quarter. Andesita said it "
         "would keep Copperline's offices in Vancouver.")
R_P11 = ("BMO Capital Markets and Goldman Sachs advised Andesita, while Copperline was advised by RBC "
         "Capital Markets.")
R_TAG = ("(Reporting by Tomas Ribeiro in Santiago and Priya Natarajan in Toronto; Editing by Mark Halloway "
         "and Bill Berkrot)")

R = [R_LEAD, R_P2, R_P3, R_P4, R_P5, R_P6, R_P7, R_P8, R_P9, R_P10, R_P11, R_TAG]

# Aggregator (Mining.com): keeps 3-4 sentences verbatim (P2, P4's quote, P7), rewords the rest.
AGG = [
    "Chile's Andesita Minerals has struck a deal to acquire Canadian copper developer Copperline Resources "
    "in a cash-and-stock transaction worth roughly $6.2 billion, Reuters reported on Tuesday.",
    "Andesita will pay C$14.75 per Copperline share, made up of C$9.50 in cash and 0.42 of an Andesita "
    "share, a premium of 31% to Copperline's closing price on Monday, the companies said in a joint statement.",
    "The main prize is Rio Blanco, a large copper project in northern Peru that has yet to be developed. "
    "Copperline also owns the producing Kestrel mine in British Columbia, which turned out some 61,000 "
    "tonnes of the metal in 2025.",
    "\"Copper is the metal of the energy transition, and the world is not building new mines fast enough,\" "
    "Andesita Chief Executive Ignacio Valdivieso said on a call with analysts.",
    "The acquisition would make Andesita the world's seventh-largest copper producer, with combined output "
    "of roughly 540,000 tonnes a year, according to Reuters calculations based on company filings.",
    "Copperline's directors back the offer, and holders of around 18% of the shares have already committed "
    "to support it. Investors cheered: Copperline stock climbed more than a quarter in Toronto, while "
    "Andesita slipped about 4% in New York.",
    "The takeover is the latest sign that big miners would rather buy copper than dig for it. With prices "
    "up nearly a fifth in a year and new projects taking a decade or longer to permit, majors such as BHP "
    "and Anglo American have also been circling targets.",
    "Closing is expected in the third quarter, subject to a review under the Investment Canada Act and "
    "approval from Peru's antitrust regulator.",
    "Rio Blanco has a long and contested history. Local communities in the Piura region have opposed the "
    "project since the early 2000s over water use, and two earlier owners shelved it after protests. "
    "Copperline, which bought the deposit in 2019, has said it will use a dry-stack tailings design and "
    "has signed development agreements with four of the six nearby communities.",
    "MINING.COM has contacted Andesita for comment on its plans for community relations at the site.",
]

# Blog (substack): copies the aggregator's lead (credit included) and adds its own commentary.
BLOG = [
    "Chile's Andesita Minerals has struck a deal to acquire Canadian copper developer Copperline Resources "
    "in a cash-and-stock transaction worth roughly $6.2 billion, Reuters reported on Tuesday.",
    "The main prize is Rio Blanco, a large copper project in northern Peru that has yet to be developed. "
    "Copperline also owns the producing Kestrel mine in British Columbia, which turned out some 61,000 "
    "tonnes of the metal in 2025.",
    "A few thoughts, since several readers have asked me about this one today.",
    "First, the price. Thirty-one percent is a big premium for a company whose main asset has never "
    "produced a pound of copper, and whose permitting history in Peru reads like a cautionary tale. "
    "Andesita is paying for optionality on a mine that may or may not get built before 2032. If you think "
    "copper is going to $6 a pound and stay there, fine. If you don't, this is an expensive lottery ticket.",
    "Second, the structure. Part of the payment is in Andesita stock, which means Copperline holders are "
    "not cashing out entirely; they are swapping one Rio Blanco bet for a diluted version of the same bet "
    "plus a portfolio of Chilean mines with rising costs. I would want to know a lot more about Andesita's "
    "balance sheet after closing before I voted yes.",
    "Third, the politics. Peru has had six presidents in under a decade, and every one of them has been "
    "asked to choose between mining royalties and the farmers downstream of the mines. Nothing in this "
    "deal changes that. A new owner with deeper pockets may be able to buy more community goodwill, but "
    "it cannot buy a stable government.",
    "My bet: the deal closes, Andesita takes a write-down on Rio Blanco within five years, and someone "
    "writes a case study about it. I hope I'm wrong. Comments are open to paid subscribers.",
]

# Financial Post runs the Reuters story, trimmed from the bottom, with its own byline block.
FP_HEAD = "Tomas Ribeiro and Priya Natarajan\nReuters"
