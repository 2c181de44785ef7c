# Dutch stories. All events, people, companies and figures are invented; outlets, agencies and
# places are real. Each original: paragraphs as lists of sentences (joined by a space). Derived
# texts reference the original's sentences as (paragraph, sentence) tuples: copied verbatim.
# Quotations in single quotes, as NOS and most Dutch papers print them.

LANG = "nl"
JOIN = " "
PARA = "\n\n"

ORIGINALS = [
dict(id="nl-01", source="NOS", published="2026-05-12T22:35:00+02:00",
     title="Invaller Hofstede kopt FC Twente langs Heerenveen",
     paras=[
 ["FC Twente heeft het inhaalduel tegen sc Heerenveen met 2-1 gewonnen en blijft daardoor in de race om de vierde plaats.",
  "In een uitverkochte Grolsch Veste besliste invaller Daan Hofstede de wedstrijd in de 87e minuut met een kopbal."],
 ["Heerenveen begon sterker en kwam na twintig minuten verdiend op voorsprong via spits Jesper Wolters, die een fout in de Twentse defensie afstrafte.",
  "Twente had daarna veel balbezit, maar kwam tot de rust nauwelijks tot kansen."],
 ["Na de pauze zette de thuisploeg meer druk.",
  "Middenvelder Ruben Keizer maakte in de 58e minuut gelijk met een van richting veranderd schot van buiten de zestien.",
  "Heerenveen loerde op de counter en raakte in de slotfase nog de paal."],
 ["'We zijn blijven geloven, dit was een overwinning van karakter', zei Twente-trainer Marco Smeenk na afloop.",
  "Twente heeft met nog één speelronde te gaan één punt achterstand op de nummer vier.",
  "Zondag speelt de ploeg uit bij Go Ahead Eagles."],
]),
dict(id="nl-02", source="De Telegraaf", published="2026-05-12T22:50:00+02:00",
     title="Sparta onderuit tegen efficiënt NEC",
     paras=[
 ["Sparta Rotterdam heeft dinsdagavond het inhaalduel tegen NEC met 0-2 verloren en zakt naar de negende plaats.",
  "Voor ruim 10.000 toeschouwers op Het Kasteel was de thuisploeg in de eerste helft de betere ploeg, maar liet ze de kansen liggen."],
 ["De grootste mogelijkheid was voor aanvaller Milan Roos, die in de 25e minuut alleen op doelman Bas Verhoef afging en naast schoot.",
  "Kort na rust sloeg NEC toe: verdediger Thijs Ameling kopte een hoekschop binnen."],
 ["In de slotfase maakte invaller Yusuf Demir er met een snelle counter 0-2 van.",
  "Aanvoerder Koen Vermeer, al elf seizoenen trouw aan de club, zag het met lede ogen aan."],
 ["'We maken de kansen niet en achterin zijn we bij standaardsituaties niet scherp', zei Sparta-trainer Erik Dolman tegen De Telegraaf.",
  "NEC mag nog hopen op een plek in de play-offs."],
]),
dict(id="nl-03", source="NRC", published="2026-05-12T12:40:00+02:00",
     title="Lage kaasprijzen drukken winst van zuivelcoöperatie Noordvelde",
     paras=[
 ["Zuivelcoöperatie Noordvelde heeft in het eerste kwartaal een nettowinst van 41 miljoen euro geboekt, 23 procent minder dan een jaar eerder.",
  "Dat maakte het bedrijf uit Zwolle dinsdag bekend.",
  "De omzet daalde met 6 procent tot 1,9 miljard euro."],
 ["Noordvelde wijt de terugval vooral aan de lagere prijzen voor kaas en melkpoeder op de wereldmarkt.",
  "'De vraag uit China blijft achter bij onze verwachtingen', zei topvrouw Annelies Brouwer bij de presentatie van de cijfers."],
 ["De coöperatie, met ruim 8.200 aangesloten melkveehouders, betaalde haar leden in het kwartaal gemiddeld 47,10 euro per honderd kilo melk.",
  "Dat is ruim drie euro minder dan vorig jaar.",
  "Land- en tuinbouworganisatie LTO noemde de daling 'pijnlijk voor boeren die al met hoge kosten kampen'."],
 ["Noordvelde verwacht voor heel 2026 een lagere winst dan vorig jaar."],
]),
dict(id="nl-04", source="de Volkskrant", published="2026-05-12T10:15:00+02:00",
     title="Inflatie daalt in april naar 2,6 procent",
     paras=[
 ["De inflatie in Nederland is in april gedaald tot 2,6 procent, volgens het CBS.",
  "In maart lagen de prijzen nog 3,1 procent hoger dan een jaar eerder."],
 ["De daling komt vooral door goedkopere energie: gas en stroom waren 8 procent goedkoper dan in april vorig jaar.",
  "Voedingsmiddelen werden juist duurder, met een stijging van 3,4 procent."],
 ["Ook diensten als kappers, restaurants en verzekeringen bleven flink in prijs stijgen.",
  "'De inflatie in Nederland blijft hardnekkiger dan in de rest van de eurozone', zegt econoom Pieter Rademaker van vermogensbeheerder Hollandia Capital."],
 ["In de eurozone als geheel was de inflatie in april 2,1 procent.",
  "Volgens het ministerie van Financiën is de koopkracht van de meeste huishoudens dit jaar desondanks iets verbeterd."],
]),
dict(id="nl-05", source="Het Parool", published="2026-05-12T15:20:00+02:00",
     title="Vier jaar cel voor huisjesmelker die tientallen woningen illegaal verhuurde",
     paras=[
 ["De rechtbank Amsterdam heeft een 52-jarige vastgoedhandelaar veroordeeld tot vier jaar cel voor grootschalige fraude met huurwoningen.",
  "Volgens de rechtbank verdiende de man tussen 2020 en 2024 ruim 3,2 miljoen euro door tientallen woningen illegaal onder te verhuren."],
 ["Hij verhuurde kamers in panden in De Pijp en Oud-West aan vaak buitenlandse studenten en arbeidsmigranten, voor bedragen tot 1.100 euro per maand.",
  "In sommige woningen sliepen tot twaalf mensen.",
  "Om de gemeente te misleiden, liet hij valse huurcontracten opstellen op naam van stromannen."],
 ["De man ontkende tijdens het proces dat hij wist van de overbewoning.",
  "De rechtbank vond dat ongeloofwaardig.",
  "'Verdachte heeft uit winstbejag de gezondheid en veiligheid van zijn huurders op het spel gezet', oordeelde de rechter."],
 ["Het Openbaar Ministerie had vijf jaar geëist.",
  "De advocaat van de man heeft al aangekondigd in hoger beroep te gaan."],
]),
dict(id="nl-06", source="AD", published="2026-05-12T17:05:00+02:00",
     title="Havenmedewerker zou spil zijn in smokkel van 900 kilo cocaïne",
     paras=[
 ["In Rotterdam is dinsdag het proces begonnen tegen drie mannen die ervan worden verdacht ruim 900 kilo cocaïne via de haven te hebben gesmokkeld.",
  "De drugs werden in oktober 2024 gevonden in een container met bananen uit Ecuador."],
 ["Volgens het Openbaar Ministerie speelde een 38-jarige havenmedewerker uit Spijkenisse een sleutelrol.",
  "Hij zou de containers buiten het zicht van de douane hebben gezet in ruil voor 150.000 euro."],
 ["De verdachten zwegen tijdens de eerste zittingsdag.",
  "'Ik heb hem nooit met dure spullen gezien', zegt een buurman van de havenmedewerker tegen het AD.",
  "De rechtbank trok zes zittingsdagen uit voor de zaak."],
 ["De uitspraak wordt in juli verwacht."],
]),
dict(id="nl-07", source="RTL Nieuws", published="2026-05-12T08:30:00+02:00",
     title="Grote brand verwoest opslagloods in Zaandam, NL-Alert om rook",
     paras=[
 ["Bij een grote brand in een bedrijfspand op industrieterrein Achtersluispolder in Zaandam is in de nacht van maandag op dinsdag niemand gewond geraakt.",
  "Het vuur brak rond 03.15 uur uit in een opslagloods van een groothandel in verpakkingsmateriaal.",
  "Toen de brandweer arriveerde, stond de loods al volledig in brand."],
 ["Ruim tachtig brandweerlieden waren tot in de ochtend bezig met blussen.",
  "Vanwege de zware rookontwikkeling werd een NL-Alert verstuurd naar inwoners van Zaandam en Wormerland."],
 ["'De loods is niet meer te redden, we richten ons op het voorkomen van uitbreiding naar de naastgelegen panden', zei een woordvoerder van de Veiligheidsregio Zaanstreek-Waterland.",
  "In de rook zijn geen schadelijke stoffen gemeten."],
 ["De A8 was enkele uren gedeeltelijk afgesloten.",
  "De politie onderzoekt de oorzaak van de brand."],
]),
dict(id="nl-08", source="Trouw", published="2026-05-12T11:00:00+02:00",
     title="Archeologen vinden middeleeuwse munterij onder oud telegraafkantoor in Zutphen",
     paras=[
 ["Archeologen hebben bij graafwerkzaamheden in het centrum van Zutphen de resten gevonden van een middeleeuwse munterij.",
  "Het gaat om een werkplaats uit de dertiende eeuw waar zilveren penningen werden geslagen."],
 ["De vondst werd gedaan onder het voormalige telegraafkantoor aan de Houtmarkt, dat plaats moet maken voor woningen.",
  "Onder de funderingen lagen smeltkroezen, muntstempels en ruim driehonderd halffabricaten van munten."],
 ["'Zo'n complete munterij is in Nederland nog nooit opgegraven', zegt stadsarcheoloog Marloes Veenstra.",
  "Zutphen was in de middeleeuwen een rijke Hanzestad met een eigen muntrecht."],
 ["De vondsten worden de komende maanden onderzocht en zijn vanaf het najaar te zien in het stedelijk museum.",
  "Zaterdag houdt de gemeente een open dag bij de opgraving, die wordt geopend door de NOS-presentator en geboren Zutphenaar Lotte de Graaf."],
]),
]

# Derived articles, keyed by original id.
DERIVED = {
"nl-01": dict(
  copy=dict(source="MSN", published="2026-05-13T07:10:00+02:00"),
  near=dict(source="NU.nl", published="2026-05-13T08:20:00+02:00",
            edits=[("verdiend op voorsprong", "terecht op voorsprong"),
                   ("Zondag speelt de ploeg uit bij Go Ahead Eagles.", "Zondag speelt de ploeg in de laatste speelronde uit bij Go Ahead Eagles.")],
            append="Bron: NOS",
            credit="Bron: NOS"),
  deriv=dict(source="Voetbalzone", published="2026-05-13T09:30:00+02:00",
             title="Debutant Hofstede houdt Europese droom van Twente levend",
             credit="zo meldt de NOS",
             paras=[
   ["FC Twente heeft dinsdagavond een belangrijke overwinning geboekt in de strijd om Europees voetbal, zo meldt de NOS.", (0, 1)],
   [(1, 0), "Het was al de achttiende competitietreffer van Wolters dit seizoen."],
   [(2, 1), (2, 2)],
   ["Matchwinner Hofstede stond pas tien minuten op het veld toen hij een voorzet van Keizer binnenkopte.",
    "Voor de negentienjarige aanvaller was het zijn eerste doelpunt in de Eredivisie."],
   [(3, 1), "Wint Twente in Deventer en verspeelt de concurrent punten, dan pakt de ploeg alsnog de vierde plek."],
  ]),
  deriv2=dict(source="Metro", published="2026-05-13T15:40:00+02:00",
              title="Twente-fans kopen in een uur alle kaarten voor Deventer", lead=1,
              credit="schrijft Voetbalzone",
              paras=[
   ["Hofstede werd na afloop door zijn ploeggenoten op de schouders genomen.",
    "De aanvaller komt uit de eigen jeugdopleiding en tekende in maart zijn eerste profcontract, schrijft Voetbalzone."],
   ["Twente-supporters kochten woensdag binnen een uur alle 2.500 kaarten voor het uitduel in Deventer.",
    "Trainer Smeenk hoopt dat aanvoerder Tim Oldenkamp, die met een hamstringblessure uitviel, op tijd fit is."],
  ]),
),
"nl-03": dict(
  copy=dict(source="Business Insider Nederland", published="2026-05-13T06:45:00+02:00"),
  near=dict(source="Boerderij", published="2026-05-13T07:30:00+02:00",
            edits=[("23 procent minder", "bijna een kwart minder"),
                   ("zei topvrouw Annelies Brouwer", "zei bestuursvoorzitter Annelies Brouwer")],
            append="Dit artikel verscheen eerder in NRC.",
            credit="verscheen eerder in NRC"),
  deriv=dict(source="De Stentor", published="2026-05-13T10:05:00+02:00",
             title="Winst Noordvelde keldert: 'Slecht nieuws voor Sallandse boeren'",
             credit="schrijft NRC", credit_also=["aldus NRC"],
             paras=[
   ["Het gaat minder goed met Noordvelde: de Zwolse zuivelcoöperatie zag haar winst in het eerste kwartaal fors dalen, schrijft NRC.", (0, 2)],
   [(1, 0), "Ook de sterke euro drukte de exportopbrengsten."],
   ["Voor de ruim vierhonderd melkveehouders in Salland en de Kop van Overijssel die aan Noordvelde leveren, komt het bericht op een slecht moment.", (2, 0), (2, 1)],
   ["Melkveehouder Gerrit Lankhorst uit Dalfsen ziet zijn marges al maanden krimpen door de hogere kosten voor voer en mest.",
    "'Als dit zo doorgaat, moet ik dit jaar interen op mijn reserves', zegt hij."],
   [(3, 0), "Een reorganisatie is volgens ingewijden niet uitgesloten, aldus NRC."],
  ]),
  deriv2=dict(source="RTV Oost", published="2026-05-13T14:30:00+02:00",
              title="Provincie wil praten met melkveehouders na tegenvaller Noordvelde", lead=1,
              credit="Volgens De Stentor",
              paras=[
   ["Volgens De Stentor leveren ruim vierhonderd boeren uit Salland hun melk aan de coöperatie.",
    "De Overijsselse gedeputeerde voor landbouw, Hanneke Wiersma, noemt de situatie zorgelijk."],
   ["De provincie wil nog voor de zomer met de boeren om tafel om te kijken hoe zij hun kosten kunnen verlagen.",
    "Een speciaal loket voor bedrijfsadvies gaat in juni open."],
  ]),
),
"nl-05": dict(
  copy=dict(source="AT5", published="2026-05-13T06:55:00+02:00"),
  near=dict(source="Blik op Nieuws", published="2026-05-13T08:10:00+02:00",
            edits=[("tot twaalf mensen", "tot wel twaalf mensen"),
                   ("De rechtbank vond dat ongeloofwaardig.", "De rechtbank vond dat niet geloofwaardig.")],
            append="Lees ook: Gemeente Amsterdam wil strenger optreden tegen huisjesmelkers"),
  deriv=dict(source="NU.nl", published="2026-05-13T11:20:00+02:00",
             title="Amsterdamse huisjesmelker krijgt vier jaar cel voor illegale verhuur",
             credit="Dat meldt Het Parool",
             paras=[
   ["Een Amsterdamse huisjesmelker moet vier jaar de cel in omdat hij tientallen woningen illegaal verhuurde aan studenten en arbeidsmigranten.",
    "Dat meldt Het Parool.", (0, 1)],
   [(1, 0), (1, 1)],
   ["De zaak kwam aan het rollen nadat de brandweer in 2023 bij een controle in de Van Ostadestraat veertien matrassen in één woning aantrof.", (2, 2)],
   [(3, 0), "De gemeente heeft inmiddels twaalf van de panden in beheer genomen."],
  ]),
  deriv2=dict(source="Hart van Nederland", published="2026-05-13T18:05:00+02:00",
              title="Huurders blij met straf voor huisjesmelker: 'Eindelijk een signaal'", lead=1,
              paras=[
   ["Voor de huurders is het vonnis een opluchting.",
    "Een Spaanse studente die twee jaar in een overvolle kamer in De Pijp woonde, betaalde naar eigen zeggen 950 euro per maand voor een matras op zolder."],
   ["Huurdersvereniging Amsterdam noemt de straf een belangrijk signaal aan andere verhuurders.",
    "De vereniging wil dat de gemeente vaker onaangekondigd controleert."],
  ]),
),
}

INDEPENDENT = [
dict(id="nl-07-indep", about="nl-07", source="Noordhollands Dagblad", published="2026-05-12T10:45:00+02:00",
     title="Opslagloods in Zaandam gaat in vlammen op",
     quote="'De loods is niet meer te redden, we richten ons op het voorkomen van uitbreiding naar de naastgelegen panden'",
     paras=[
 ["Een zwarte rookpluim hing dinsdagochtend boven Zaandam.",
  "Op de Achtersluispolder brandde in de nacht een loods van een groothandel in verpakkingen volledig af; er raakte niemand gewond."],
 ["De eerste melding kwam rond kwart over drie binnen.",
  "Ruim tachtig brandweerlieden, ook uit Wormerveer en Amsterdam, waren urenlang in de weer."],
 ["Inwoners van Zaandam en Wormerland kregen een NL-Alert met het advies ramen en deuren te sluiten.",
  "Een buurtbewoner vertelde dat hij wakker werd van knallen."],
 ["De veiligheidsregio was al vroeg duidelijk over de loods.",
  "'De loods is niet meer te redden, we richten ons op het voorkomen van uitbreiding naar de naastgelegen panden', zei een woordvoerder ter plaatse.",
  "Hoe de brand is ontstaan, is nog niet bekend."],
]),
]

# Phrases that look like a credit to an outlet and credit no source of the text: (phrase, what it
# could be taken for). Every one must occur in some text and be part of no recorded credit.
TRAPS = [
  ("trouw aan de club", "trouw (loyal, not the paper Trouw)"),
  ("tegen De Telegraaf", "telegraaf (the coach speaking to De Telegraaf in its own report)"),
  ("volgens het CBS", "a statistics office (also the US network CBS), not an outlet"),
  ("Volgens het ministerie van Financiën", "a ministry, not an outlet"),
  ("tegen het AD", "ad (a neighbour speaking to the AD in its own report)"),
  ("telegraafkantoor", "telegraaf (a telegraph office, not De Telegraaf)"),
  ("de NOS-presentator", "nos (a presenter opening an event, not a source)"),
]

COPY_KINDS = {"nl-01": "single line breaks between paragraphs, a trailing newline",
              "nl-03": "CRLF line ends",
              "nl-05": "no-break spaces after sentences"}


def copy_ws(text, oid):
    if oid == "nl-01":
        return text.replace("\n\n", "\n") + "\n"
    if oid == "nl-03":
        return text.replace("\n", "\r\n")
    return text.replace(". ", ".\u00a0")


# Wire stories absent from the corpus: not articles themselves, only run by others. `run` is a
# paper running it near verbatim after a dateline `head` (at most one edit, an appended line);
# `rewrites` keep 40-60% of its sentences as (paragraph, sentence) tuples and credit the agency
# by `credit`. In truth every such article hangs under external:<agency>/<story>.
ABSENT = [
dict(id="nl-w1", agency="anp", name="ANP", published="2026-05-12T09:40:00+02:00",
     title="Geen treinen van en naar Amsterdam Centraal door storing",
     paras=[
 ["Door een grote storing in de treinbeveiliging rijden sinds dinsdagochtend geen treinen van en naar Amsterdam Centraal.",
  "Reizigers tussen onder meer Amsterdam, Utrecht, Zaandam en Schiphol moeten rekening houden met vertragingen tot in de avond."],
 ["De storing ontstond rond 07.30 uur, midden in de ochtendspits.",
  "Een kapotte kabel bij station Amsterdam Muiderpoort is volgens spoorbeheerder ProRail de oorzaak.",
  "Monteurs zijn bezig met de reparatie, maar wanneer die klaar is, is nog niet duidelijk."],
 ["NS zet bussen in tussen Amsterdam Centraal, Amsterdam Sloterdijk en Amsterdam Amstel.",
  "Op het station was het dinsdagochtend erg druk; medewerkers begeleidden de reizigers naar de bussen."],
 ["Ook het goederenvervoer heeft last van de storing.",
  "Een aantal goederentreinen moet via een andere route rijden."],
 ["ProRail verwacht dat de treinen in de loop van de avond weer volgens de dienstregeling rijden.",
  "Het is de derde grote storing rond Amsterdam dit jaar."],
],
     run=dict(source="De Gelderlander", published="2026-05-12T10:05:00+02:00",
              title="Urenlang geen treinen van en naar Amsterdam Centraal",
              head="AMSTERDAM (ANP) - ",
              edits=[("erg druk", "zeer druk")],
              append="Reizigers kunnen voor actuele informatie de reisplanner raadplegen."),
     rewrites=[
  dict(source="AT5", published="2026-05-12T12:15:00+02:00",
       title="Chaos op Centraal: reizigers stranden door kabelbreuk",
       credit="meldt persbureau ANP",
       paras=[
   ["Wie dinsdagochtend met de trein naar Amsterdam wilde, kwam van een koude kermis thuis: door een storing reden er urenlang geen treinen van en naar Amsterdam Centraal, meldt persbureau ANP.", (0, 1)],
   [(1, 0), (1, 1)],
   ["Op het Stationsplein stonden lange rijen voor de pendelbussen.",
    "Veel forenzen weken uit naar de metro of pakten de fiets."],
   [(2, 0), (3, 0)],
   [(4, 0), "De gemeente riep Amsterdammers op om als het kan thuis te werken."],
  ]),
  dict(source="Haarlems Dagblad", published="2026-05-12T13:30:00+02:00",
       title="Ook Haarlemse forenzen gedupeerd door treinstoring",
       credit="volgens ANP", credit_also=["tegen het ANP"],
       paras=[
   ["Ook reizigers uit Haarlem hadden dinsdag last van de grote storing rond Amsterdam: volgens ANP reden er sinds de ochtendspits geen treinen van en naar Amsterdam Centraal.",
    "Treinen uit Haarlem keerden in Sloterdijk."],
   [(1, 0), (1, 1), (1, 2)],
   ["Het is nog onduidelijk hoe de kabel beschadigd raakte, zei een woordvoerder van ProRail tegen het ANP.", (2, 0)],
   [(4, 1), "Reizigersvereniging Rover wil dat ProRail onderzoekt waarom een enkele kabel zoveel treinen kan stilleggen."],
  ]),
     ]),
dict(id="nl-w2", agency="reuters", name="Reuters", published="2026-05-12T08:20:00+02:00",
     title="Kempen Photonics schrapt 600 banen na verliesgevend kwartaal",
     paras=[
 ["Chiptoeleverancier Kempen Photonics schrapt wereldwijd ongeveer 600 banen, waarvan 350 in Nederland.",
  "Dat maakte het bedrijf uit Eindhoven dinsdag bekend bij de presentatie van de kwartaalcijfers."],
 ["De omzet daalde in het eerste kwartaal met 14 procent tot 412 miljoen euro.",
  "Onder de streep bleef een verlies over van 27 miljoen euro, tegen een winst van 19 miljoen euro een jaar eerder."],
 ["Topman Joris van Eck wijt de tegenvallende cijfers aan de zwakke vraag van chipfabrikanten in Azië.",
  "'We moeten onze kosten structureel verlagen om sterker uit deze dip te komen', zei hij in een toelichting."],
 ["De banen verdwijnen vooral bij de productielocaties in Eindhoven en Nijmegen.",
  "Vakbond FNV noemde het besluit 'een klap voor de Brainport-regio'."],
 ["Het aandeel Kempen Photonics daalde dinsdag op de beurs van Amsterdam ruim 9 procent.",
  "Het bedrijf verwacht pas in de tweede helft van het jaar herstel.",
  "Kempen Photonics heeft wereldwijd ruim 4.800 werknemers."],
],
     run=dict(source="IEX", published="2026-05-12T09:05:00+02:00",
              title="Kempen Photonics schrapt 600 banen",
              head="EINDHOVEN (Reuters) - ",
              edits=[],
              append="(Verslaggeving door Tom de Wit; bewerkt door Anna Smit)"),
     rewrites=[
  dict(source="Eindhovens Dagblad", published="2026-05-12T17:45:00+02:00",
       title="Klap voor Brainport: 350 banen weg bij Kempen Photonics",
       credit="zo meldt Reuters", credit_also=["zeiden twee ingewijden tegen Reuters"],
       paras=[
   ["Kempen Photonics gaat honderden banen schrappen in de regio, zo meldt Reuters.", (0, 0)],
   [(1, 0), (1, 1)],
   ["Bij de fabriek aan de Achtseweg werken ongeveer 1.100 mensen.",
    "Daar verdwijnen waarschijnlijk meer dan tweehonderd banen, zeiden twee ingewijden tegen Reuters."],
   [(2, 0), (3, 1)],
   [(4, 0), "Burgemeester en wethouders van Eindhoven willen nog deze week met de directie praten."],
  ]),
     ]),
]
