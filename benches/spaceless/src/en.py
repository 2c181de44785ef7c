# Short English articles, unrelated to each other and to the rest. Fictional.
ARTICLES = [
dict(id="en-01", source="Lakeview Courier", published="2026-03-14T09:00:00-05:00",
     title="Lakeview library reopens after two-year renovation",
     text="The Lakeview Public Library reopened its doors on Saturday after a two-year renovation that cost $14.2 million and added a maker space, a recording studio and a rooftop reading garden.\n\n"
          "Head librarian Marisol Quint said more than 600 residents queued before the ribbon was cut. \"People kept asking whether the old card catalogue drawers would come back, and they did, as planters,\" she said.\n\n"
          "The building now runs on geothermal heating, which the city expects to cut energy costs by about 40 percent. Opening hours are extended to 9 p.m. on weekdays."),
dict(id="en-02", source="Dublin Evening Post", published="2026-03-14T18:30:00+00:00",
     title="Schoolteacher wins rain-soaked Liffey half marathon",
     text="A secondary schoolteacher from Tallaght won the Liffey Half Marathon on Saturday in 1 hour 6 minutes 41 seconds, pulling away from a group of four runners in the final two kilometres as heavy rain swept the course.\n\n"
          "Ciaran Doyle, 29, said he trains before classes most mornings. \"I had no idea I was in front until the last bridge. I just kept my head down,\" he said.\n\n"
          "The women's race was won by Aoife Brennan in 1:14:02. Organisers said 7,900 runners finished, a record for the event despite the weather."),
dict(id="en-03", source="Highland Gazette", published="2026-03-14T12:15:00+00:00",
     title="Councillors approve 18-turbine wind farm near Glen Arkaig",
     text="Highland councillors voted 11 to 6 on Saturday to approve an 18-turbine wind farm on moorland east of Glen Arkaig, ending a three-year planning dispute.\n\n"
          "The developer says the scheme will generate enough electricity for about 60,000 homes and will pay a community benefit fund of around £900,000 a year. Opponents, including a local walking club, argued that the turbines would spoil views from two popular hill routes.\n\n"
          "Construction is expected to start next spring, subject to a grid connection agreement."),
dict(id="en-04", source="Bay Area Science Weekly", published="2026-03-14T15:40:00-07:00",
     title="Study finds urban bees prefer weeds to ornamental flowers",
     text="Bumblebees in city gardens collect far more pollen from dandelions, clover and other weeds than from the ornamental flowers planted for them, according to a study published on Saturday by researchers at a California university.\n\n"
          "The team tagged pollen loads from 1,200 bees across 40 gardens over two summers. Weeds accounted for 68 percent of the pollen collected, even in gardens designed to be pollinator-friendly.\n\n"
          "Lead author Dr. Hannah Okafor said the findings suggest that mowing less often could help bees more than buying new plants."),
dict(id="en-05", source="Yorkshire Bake News", published="2026-03-14T20:05:00+00:00",
     title="Village bakery's rye loaf named best in the north",
     text="A two-person bakery in the village of Thornby Dale has won the top prize at the Northern Bread Awards for a sourdough rye loaf made with flour milled three miles away.\n\n"
          "Owner Gareth Pim, who opened the shop in a former post office in 2022, said the starter was a gift from his grandmother. The judges praised the loaf's \"deep crust and gentle sourness\".\n\n"
          "Pim said he would not be raising his prices, but warned customers that the Saturday batch now sells out by 10 a.m."),
]
