# Scenario B: an AP story absent from the corpus, run by several papers.

B_LEAD = ("PHOENIX (AP) — A jury on Tuesday convicted a former rural Arizona county treasurer of stealing more "
          "than $4.1 million in public money over nine years, much of which prosecutors said he spent on "
          "racehorses, a lake house in Idaho and a private plane.")
B_P2 = ("Gerald Pike, 63, who served as Dunmore County treasurer from 2013 until he resigned in 2023, was found "
        "guilty of 14 counts of theft, fraudulent schemes and misuse of public money after a five-week trial in "
        "Maricopa County Superior Court. Jurors deliberated for about two days.")
B_P3 = ("Pike showed no visible reaction as the verdicts were read. His lawyer, Ramona Castellanos, said he "
        "would appeal, arguing that the county's own auditors had signed off on the accounts for years.")
B_P4 = ("\"This case was always about sloppy bookkeeping in a county that never gave its treasurer the staff "
        "to do the job, not about a crime,\" Castellanos told reporters outside the courthouse.")
B_P5 = ("Prosecutors with the Arizona Attorney General's Office told jurors that Pike moved money from the "
        "county's investment pool into a shell company he controlled, then covered the transfers by "
        "understating interest earnings in reports to the county Board of Supervisors.")
B_P6 = ("Assistant Attorney General Miles Trevino said in closing arguments that Pike treated the "
        "treasury \"like his personal checking account.\" Bank records shown at trial traced about $1.3 "
        "million to a horse-racing stable in New Mexico and about $900,000 to the purchase of a house on "
        "Priest Lake in northern Idaho.")
B_P7 = ("The thefts came to light in 2023, when a newly hired deputy treasurer noticed that the county's "
        "reported investment earnings were far below what its bank statements showed. The county, which has "
        "about 38,000 residents, was forced to delay road repairs and froze hiring for a year while it "
        "rebuilt its books.")
B_P8 = ("\"Every dollar he took was a dollar that should have gone to our roads, our deputies and our "
        "libraries,\" Board of Supervisors Chair Elena Vasquez said in a statement after the verdict.")
B_P9 = ("Attorney General Kris Mayes said the verdict showed \"that no official in Arizona is above the law, no "
        "matter how small the county or how long they have been trusted.\"")
B_P10 = ("Pike is scheduled to be sentenced May 29. The most serious counts carry a presumptive sentence of "
         "five years in prison each, and prosecutors said they would ask the judge to order him to repay the "
         "county in full.")
B_P11 = ("The county has already recovered about $1.1 million by selling the Idaho house and the plane, which "
         "a judge ordered seized in 2024. Its insurance carrier has paid another $500,000 under a policy that "
         "covers employee theft.")
B_P12 = ("Pike, a former rancher and school board member, was first elected treasurer in 2012 with no "
         "opponent, and was reelected twice. He has been free on bond since his indictment.")

B = [B_LEAD, B_P2, B_P3, B_P4, B_P5, B_P6, B_P7, B_P8, B_P9, B_P10, B_P11, B_P12]
B_BYLINE = "By ANITA SORENSEN Associated Press"

# An aggregator's rewrite of the absent AP story, crediting AP in its own words.
B_REWRITE = [
    "A former Dunmore County treasurer was convicted Tuesday of looting more than $4.1 million from the "
    "county's coffers, the Associated Press reported.",
    "A Maricopa County jury found Gerald Pike, 63, guilty on 14 counts, including theft and fraudulent "
    "schemes, after a trial that lasted five weeks. Pike ran the treasurer's office in the small rural "
    "county from 2013 until his resignation in 2023.",
    "According to state prosecutors, Pike routed county investment money to a shell company under his "
    "control and hid the transfers by reporting lower interest earnings to supervisors. Money traced at "
    "trial paid for racehorses in New Mexico, a home on an Idaho lake and an airplane.",
    "His defense lawyer, Ramona Castellanos, plans an appeal. She has argued that county auditors approved "
    "the accounts year after year and that the office was badly understaffed.",
    "The losses surfaced when a new deputy treasurer spotted a gap between the county's bank statements "
    "and its reported earnings. The shortfall forced the county of roughly 38,000 people to put off road "
    "work and stop hiring.",
    "Sentencing is set for May 29. Prosecutors plan to seek full restitution; the county has so far "
    "recovered about $1.1 million from seized property and $500,000 from its insurer.",
    "The case is one of several involving local officials that Attorney General Kris Mayes's office has "
    "brought since 2023, including an ongoing investigation into travel spending by a former Cochise "
    "County supervisor. Watchdog groups have long warned that Arizona's smaller counties lack the staff "
    "to audit their own finances, and a bill now moving through the Legislature would require outside "
    "audits of county treasuries every two years.",
]
