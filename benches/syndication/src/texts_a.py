# Scenario A: AP write-thru of a freight derailment, three versions, member papers.

# ---- v1 (bulletin) paragraphs ----
V1_LEAD = ("CALDWELL FALLS, Pa. (AP) — A freight train carrying liquefied petroleum gas and other "
           "chemicals derailed early Tuesday in a small western Pennsylvania borough, setting off a fire "
           "and prompting officials to order people living within a half-mile of the tracks to leave their homes.")
V1_WHERE = ("About 23 cars of a Keystone & Western Railroad train left the tracks around 2:50 a.m. near the "
            "Route 412 crossing in Caldwell Falls, roughly 60 miles (97 kilometers) north of Pittsburgh, "
            "according to Brennan County emergency management director Patricia Hollings.")
V1_INJ = ("No injuries had been reported, Hollings said. Crews were keeping their distance from at least two "
          "burning tank cars while firefighters from six departments worked to protect nearby homes and a "
          "grain elevator that sits beside the rail yard.")
V1_RR = ("The railroad said in a statement that the train was traveling from Altoona to Youngstown, Ohio, "
         "with 112 cars and two locomotives, and that it was \"cooperating fully with local, state and federal "
         "authorities.\" It did not say what caused the derailment or how many of the derailed cars were "
         "carrying hazardous materials.")
V1_SHELTER = ("An emergency shelter was opened at Caldwell Falls Area High School. The American Red Cross said "
              "about 40 people had arrived there by 6 a.m., many of them still in pajamas and carrying pets.")
V1_NTSB = ("The National Transportation Safety Board said on social media that it was gathering information "
           "about the derailment and would decide later in the day whether to send investigators.")
V1_TOWN = ("Caldwell Falls, a borough of about 3,100 people on the banks of French Creek, grew up around the "
           "railroad in the 1880s, and the main line still runs a few hundred feet from its downtown business "
           "district, its elementary school and the borough building.")
V1_END = "This story will be updated."

V1 = [V1_LEAD, V1_WHERE, V1_INJ, V1_RR, V1_SHELTER, V1_NTSB, V1_TOWN, V1_END]

# ---- v2 (write-thru: new lead, new paragraphs, most of v1 kept below) ----
V2_LEAD = ("CALDWELL FALLS, Pa. (AP) — Officials widened the evacuation zone around a burning freight train "
           "derailment in western Pennsylvania to a mile on Tuesday, telling about 2,000 residents to leave "
           "as firefighters struggled to cool a tank car of liquefied petroleum gas that they feared could rupture.")
V2_WHERE = ("The derailment of about 23 cars of a Keystone & Western Railroad train happened around 2:50 a.m. "
            "near the Route 412 crossing in Caldwell Falls, roughly 60 miles (97 kilometers) north of Pittsburgh, "
            "according to Brennan County emergency management director Patricia Hollings.")
V2_QUOTE = ("\"We have one car we are very concerned about. The relief valve is venting, and as long as it vents "
            "we are in a good place, but we are not going to take chances with people's lives,\" Hollings said "
            "at a late-morning briefing in the parking lot of a volunteer fire hall.")
V2_ROADS = ("State police closed Route 412 and a stretch of Route 8 near the borough, and the Caldwell Falls "
            "Area School District canceled classes for the day. Amtrak said its Pennsylvanian service, which "
            "does not use the line, was not affected.")
V2_DEP = ("The Pennsylvania Department of Environmental Protection said air monitoring teams reached the scene "
          "before dawn and had not detected dangerous levels of propane, butane or other chemicals outside the "
          "evacuation zone so far. Spokesperson Leah Brandt said the agency was also checking French Creek for "
          "runoff from the water firefighters were pouring on the cars.")
V2_INJ = ("No injuries had been reported, Hollings said. Crews were keeping their distance from at least two "
          "burning tank cars while firefighters from six departments worked to protect nearby homes and a "
          "grain elevator that sits beside the rail yard.")
V2_RR = V1_RR
V2_SHELTER = ("An emergency shelter was opened at Caldwell Falls Area High School. The American Red Cross said "
              "about 260 people had arrived there by late morning, many of them carrying pets, and a second "
              "shelter was being set up at a church in neighboring Venango Township.")
V2_NTSB = ("The National Transportation Safety Board said it was sending a team of investigators, who were "
           "expected to arrive Tuesday evening.")
V2_TOWN = V1_TOWN
V2_EP = ("The derailment comes three years after a Norfolk Southern train carrying vinyl chloride derailed in "
         "East Palestine, Ohio, near the Pennsylvania line, leading to a controlled release and burn of the "
         "chemical that sent a black plume over the area and left residents with lasting fears about their "
         "health. Congress has yet to pass the rail safety legislation proposed after that disaster.")

V2 = [V2_LEAD, V2_WHERE, V2_QUOTE, V2_ROADS, V2_DEP, V2_INJ, V2_RR, V2_SHELTER, V2_NTSB, V2_TOWN, V2_EP]

# ---- v3 (new lead again, quote section added) ----
V3_LEAD = ("CALDWELL FALLS, Pa. (AP) — Crews on Tuesday evening began deliberately burning off the contents of "
           "a damaged tank car at the site of a freight train derailment in western Pennsylvania, a step "
           "officials said was needed to keep the car from exploding but one that sent thick black smoke over a "
           "borough whose residents had already been forced from their homes.")
V3_WHY = ("Brennan County emergency management director Patricia Hollings said the decision was made late in "
          "the afternoon after engineers from the railroad and the state found that pressure inside the car "
          "was still rising even though its relief valve was open. The evacuation zone, already widened to a "
          "mile, will stay in place at least until Wednesday morning, she said.")
V3_QUOTE2 = ("\"Nobody wanted to do this. But the alternative was waiting for that car to make the decision for "
             "us, and that is not a risk I am willing to take,\" Hollings said.")
V3_WHERE = V2_WHERE
V3_QUOTE = V2_QUOTE.replace("at a late-morning briefing in the parking lot of a volunteer fire hall",
                            "at a briefing earlier in the day")
V3_ROADS = V2_ROADS
V3_DEP = V2_DEP
V3_INJ = ("No injuries had been reported, Hollings said. Firefighters from six departments spent the day "
          "protecting nearby homes and a grain elevator that sits beside the rail yard.")
V3_RR = V1_RR
V3_SHELTER = V2_SHELTER
V3_NTSB = ("A team from the National Transportation Safety Board arrived Tuesday evening. Board member Alan "
           "Whitcomb told reporters the investigators would look at the track, the train's data recorder and "
           "the condition of the cars, and would not speculate on a cause.")
V3_RES_HEAD = "'WE JUST GRABBED THE DOG'"
V3_RES1 = ("Denise Marsh, 58, who lives three blocks from the tracks, said she woke to what sounded like "
           "thunder that did not stop. \"Then the sky out the back window was orange,\" she said outside the "
           "high school shelter. \"We just grabbed the dog and the medicine and got in the car.\"")
V3_RES2 = ("Her neighbor, retired machinist Walter Kuhn, 74, said he had watched the trains grow longer over the "
           "years. \"You used to be able to count the cars. Now you can't even see the end of them,\" he said. "
           "\"Everybody in town has been saying something like this was going to happen.\"")
V3_RES3 = ("Caldwell Falls Fire Chief Darnell Ruiz, whose department was first on the scene, said his "
           "firefighters could see at least three tank cars burning when they arrived. \"My guys have trained "
           "for this for years, and I hoped we'd never need it,\" Ruiz said.")
V3_TOWN = V1_TOWN
V3_EP = V2_EP
V3_CREDIT = ("Associated Press writers Mark Scolforo in Harrisburg and Julie Carr Smyth in Columbus, Ohio, "
             "contributed to this report.")

V3 = [V3_LEAD, V3_WHY, V3_QUOTE2, V3_WHERE, V3_QUOTE, V3_ROADS, V3_DEP, V3_INJ, V3_RR, V3_SHELTER, V3_NTSB,
      V3_RES_HEAD, V3_RES1, V3_RES2, V3_RES3, V3_TOWN, V3_EP, V3_CREDIT]

BYLINE = "By MARISSA KELLERMAN Associated Press"
COPY = "Copyright 2026 The Associated Press. All rights reserved."
COPY_LONG = ("Copyright 2026 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- D3: the local paper's own staff report on the derailment (independent of AP) ----
COURIER = [
    "By Ben Ostrowski, Courier staff writer",
    "Denise Marsh was asleep when the freight cars began piling up behind her house on Mill Street.",
    "By the time she and her husband had found the dog's leash, police officers were going door to door "
    "along Mill and Spruce streets telling people to get out. Across the creek, the sky over the rail yard "
    "was glowing.",
    "The Keystone & Western Railroad train, 112 cars long and bound for Youngstown, left the rails at about "
    "10 minutes before 3 a.m. Tuesday at the Route 412 crossing. Twenty-three cars went off the track, "
    "several of them tankers loaded with liquefied petroleum gas, and two caught fire.",
    "By noon the county had pushed the evacuation line out to a mile, which takes in nearly every home in "
    "the borough and about 2,000 people. Brennan County's emergency management director, Patricia Hollings, "
    "told a small crowd of residents and reporters outside the Station 2 fire hall that one tank car "
    "worried her more than the others.",
    "\"We have one car we are very concerned about. The relief valve is venting, and as long as it vents we "
    "are in a good place, but we are not going to take chances with people's lives,\" Hollings said.",
    "Borough Council President Frank Dombrowski said the council would hold an emergency session Wednesday "
    "at the Venango Township building, since the borough building on Main Street is inside the evacuation "
    "line. He said he had already asked the railroad for a list of every car on the train and what it was "
    "carrying, and had not received one.",
    "\"People here have lived next to this railroad their whole lives. They deserve to know what was "
    "rolling past their kids' school at three in the morning,\" Dombrowski said.",
    "The high school gym on Pleasant Valley Road filled through the morning with families, cots and pet "
    "carriers. Red Cross volunteers counted about 260 people by lunchtime. Staff from the cafeteria came in "
    "on their day off to cook.",
    "Fire Chief Darnell Ruiz said his department, which has 22 volunteers, was on the scene within six "
    "minutes of the first 911 call. Crews from Venango Township, Saegertown, Cambridge Springs, Meadville "
    "and Franklin followed. Ruiz said the departments drilled on a tank car fire scenario two years ago with "
    "the railroad's hazardous materials team.",
    "\"My guys have trained for this for years, and I hoped we'd never need it,\" Ruiz said.",
    "Many residents said they had worried for years about the length of the trains that run through town, "
    "which have grown since the railroad consolidated its yards in 2021. Walter Kuhn, a retired machinist who "
    "has lived on Spruce Street for 40 years, said he used to count the cars as a boy.",
    "\"Now you can't even see the end of them,\" he said.",
    "The Courier will update this story online as officials release more information. Residents can "
    "call the county's information line at 814-555-0140.",
]
