#!/usr/bin/env python3
"""Build a Northern, Central and South-Eastern European wire-copy test corpus for wiretrace.

Writes corpus.jsonl and truth.jsonl next to this file. All stories are invented (people,
figures, quotes, events); outlet names, datelines, credit lines, sign-offs and URL shapes are
the ones these outlets use.

Agencies, in their own languages: NTB (Norwegian: byline "NTB", closing "(©NTB)", "melder
NTB"), TT (Swedish: byline "TT", "Kramfors (TT)", "uppger TT"), Ritzau (Danish: closing
"/ritzau/", "skriver Ritzau"), STT (Finnish: byline "STT", "(STT)", "kertoo STT", "STT:n
mukaan"), ČTK (Czech: "Ostrava 24. listopadu (ČTK) -", "ČTK" byline, "podle ČTK", "řekl ČTK";
ceskenoviny.cz is ČTK's own site), MTI (Hungarian: "Siófok, 2026. november 24., kedd (MTI) –",
"Forrás: MTI", "(MTI)", "közölte az MTI-vel", "az MTI szerint"), Agerpres (Romanian: "Sibiu,
24 nov /AGERPRES/ -", closing "AGERPRES/(AS - autor: ..., editor: ...)", "(sursa: AGERPRES)",
"informează AGERPRES"), BTA (Bulgarian Cyrillic: "Варна, 24 ноември (БТА)", "Източник: БТА",
"съобщи БТА", "каза за БТА"), ANA-MPA (Greek: "Πηγή: ΑΠΕ-ΜΠΕ", "(ΑΠΕ-ΜΠΕ)", "σύμφωνα με το
ΑΠΕ-ΜΠΕ", "δήλωσε στο ΑΠΕ-ΜΠΕ"), Ukrinform (Ukrainian: "Про це повідомляє кореспондент
Укрінформу", "Джерело: Укрінформ", "повідомляє Укрінформ"; UNIAN's own report), Tanjug
(Serbian Latin and Cyrillic: "Izvor: Tanjug", "(Tanjug)", "Извор: Танјуг", "prenosi Tanjug").

Truth conventions (as benches/syndication/latam and mea): copies of a story whose agency page
is not in the input hang under `external:<agency>` (slug: the agency's short name lower-cased,
diacritics dropped: ntb, tt, ritzau, stt, mti, ana-mpa, tanjug); copies are exact_duplicate
(the agency text word for word) or near_duplicate (a paper's dateline, credit or footer added,
cut from the bottom, a local paragraph added: 5-shingle Jaccard with the agency text >= 0.5,
or a cut); rewrites are derivative, whether they credit the agency or not; an agency's own
page in the input (ceskenoviny.cz, agerpres.ro, bta.bg, ukrinform.ua) is the root
("original", or "unrelated" when nothing derives from it); independent reports stand alone
("unrelated"); a second story of an absent agency with copies is its own cluster
`external:<agency>/2` (parent `external:<agency>`). Tanjug's story printed in Cyrillic by a
paper (the same words transliterated) is counted as a copy of the Latin text
(`near_duplicate`); debatable, as no shingle is shared.

Stories (see the sections below): NTB's ferry grounding (absent), NTB's second story
(absent, one copy); TT's night-time emergency ward closure (absent) and a bridge closure
(absent, one copy); Ritzau's Viking ship find (absent) and a wind turbine fire (absent, one
copy); STT's board mill closure (absent); ČTK's court verdict (present) and a zoo birth
(present, alone); MTI's Balaton ferries (absent) and a theatre director (absent, one copy);
Agerpres's Transfăgărășan closure (present); BTA's Varna container terminal (present) and a
monastery restoration (present, alone); ANA-MPA's Zakynthos earthquake (absent); Ukrinform's
Lviv rehabilitation centre (present) and Odesa grain (present, alone); Tanjug's Kovin bridge
(absent).
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
from corpus import ARTS, BASE, P, TRUTH, add, finish, j  # noqa: E402,F401


# ===========================================================================
# 1. NTB (absent): a ferry runs aground in Sogn. Papers print the byline "NTB" and close
# with "(©NTB)"; rewrites say "melder NTB", "opplyser ... til NTB".
NTB1 = P("""
Ferja MF «Hyllestad» gikk på grunn like ved ferjekaia på Lavik i Høyanger kommune tirsdag morgen. Alle de 46 passasjerene og de sju mannskapene er evakuert, og ingen er meldt skadd.

– Ferja traff et grunt skjær om lag 150 meter fra land i sterk vind. Det er ikke registrert lekkasje, men vi har sendt redningsskøyte og slepebåt til stedet, sier pressevakt Kari Holmvik ved Hovedredningssentralen Sør-Norge til NTB.

Passasjerene ble tatt i land med redningsskøyta «RS Kristian Gerhard Jebsen» og en lokal båt fra Lavik. Ifølge politiet i Vest var det 19 personbiler og to lastebiler om bord.

Kystverket opplyser at det ikke er observert oljesøl, men at en oljevernberedskap er satt i beredskap i Høyanger.

Ferja trafikkerer sambandet Lavik–Oppedal på E39, et av de mest trafikkerte ferjesambandene på Vestlandet. Statens vegvesen melder at sambandet er stengt inntil videre, og anbefaler trafikanter å kjøre om Sogndal.

Fjord1 har satt krisestab og sier selskapet vil samarbeide fullt med Statens havarikommisjon, som sender to inspektører til Lavik onsdag.
""")
NTB1_T = "Ferje gikk på grunn ved Lavik – 46 passasjerer evakuert"
C = "external:ntb"
add("no-ntb1-nettavisen", "Nettavisen", "2026-11-24T09:41:00+01:00",
    "https://www.nettavisen.no/nyheter/ferje-gikk-pa-grunn-ved-lavik-46-passasjerer-evakuert/s/5-95-1412345",
    NTB1_T, j(NTB1) + "\n\n(©NTB)", C, "near_duplicate", C, j(NTB1))
add("no-ntb1-dagsavisen", "Dagsavisen", "2026-11-24T09:55:00+01:00",
    "https://www.dagsavisen.no/nyheter/innenriks/2026/11/24/ferje-gikk-pa-grunn-ved-lavik-46-passasjerer-evakuert/",
    NTB1_T, "NTB\n\n" + j(NTB1) + "\n\n(©NTB)", C, "near_duplicate", C, j(NTB1))
add("no-ntb1-firda", "Firda", "2026-11-24T10:20:00+01:00",
    "https://www.firda.no/nyheiter/i/9K2mPq/ferja-pa-grunn-ved-lavik-sambandet-stengt",
    "Ferja på grunn ved Lavik – sambandet stengt",
    j(NTB1[:4]) + "\n\nFirda har vore i kontakt med fleire pendlarar som står fast på Oppedal-sida. – Vi veit ikkje når vi kjem oss heim, seier Arnfinn Sæle frå Lavik.\n\n(©NTB)",
    C, "near_duplicate", C, j(NTB1))
add("no-ntb1-vg", "VG", "2026-11-24T11:05:00+01:00",
    "https://www.vg.no/nyheter/i/xR4wLm/ferje-paa-grunn-paa-e39-alle-evakuert",
    "Ferje på grunn på E39: Alle evakuert",
    j(P("""
En ferje med 46 passasjerer og sju mannskaper gikk på grunn ved Lavik i Høyanger tirsdag morgen, melder NTB.

Ferja MF «Hyllestad» skal ha truffet et skjær rundt 150 meter fra land i sterk vind. Alle om bord ble evakuert med redningsskøyte og en lokal båt, og ingen er meldt skadd.

Ifølge Hovedredningssentralen er det ikke oppdaget lekkasje, og Kystverket har ikke sett oljesøl.

Sambandet Lavik–Oppedal på E39 er stengt inntil videre, og trafikanter blir bedt om å kjøre om Sogndal. Statens havarikommisjon sender to inspektører til stedet onsdag.
""")), C, "derivative", C)
add("no-ntb1-nrk", "NRK", "2026-11-24T08:50:00+01:00",
    "https://www.nrk.no/vestland/ferje-pa-grunn-ved-lavik-1.17234567",
    "Ferje på grunn ved Lavik",
    j(P("""
Ferja «Hyllestad» har gått på grunn like utenfor ferjekaia på Lavik. Ifølge mannskapet om bord var det kraftige vindkast da ferja la til.

– Vi kjente et kraftig dunk, og så ble det helt stille. Mannskapet var rolige og fikk alle opp på dekk, sier passasjer Ingrid Bøyum til NRK.

NRK sin reporter på stedet ser at ferja ligger med slagside mot land. Flere biler står igjen på bildekket.

Operasjonsleder Tor Einar Myklebust i politiet sier at alle passasjerene er tatt i land og blir tatt hånd om på ferjekaia, der Røde Kors har satt opp et telt.

Fjord1 har ikke kommentert årsaken. Sambandet Lavik–Oppedal er innstilt.
""")), None, "unrelated", "no-ntb1-nrk")

# 1b. NTB's second story (absent, one copy): Vinmonopolet's Christmas sales.
NTB2 = P("""
Vinmonopolet venter å selge 11,2 millioner liter i de fire ukene før jul, en økning på 3 prosent fra i fjor. Særlig alkoholfritt øker kraftig.

– Salget av alkoholfri vin og musserende har nesten doblet seg på to år, og vi har utvidet utvalget til over 400 varer, sier kommunikasjonsdirektør Silje Brattland i Vinmonopolet til NTB.

Den travleste dagen ventes å bli lille julaften, da rundt 620.000 kunder er ventet innom butikkene. Vinmonopolet har 354 butikker over hele landet.

Aquavit er fortsatt den mest solgte varen i desember målt i kroner, fulgt av rødvin fra Italia og Frankrike.
""")
add("no-ntb2-abcnyheter", "ABC Nyheter", "2026-11-24T13:10:00+01:00",
    "https://www.abcnyheter.no/nyheter/norge/2026/11/24/195912345/vinmonopolet-venter-rekordsalg-av-alkoholfritt",
    "Vinmonopolet venter rekordsalg av alkoholfritt",
    j(NTB2) + "\n\n(©NTB)", C, "near_duplicate", "external:ntb/2", j(NTB2))

# ===========================================================================
# 2. TT (absent): a hospital's emergency ward closes at night. Swedish papers print the
# byline "TT"; a dateline "Kramfors (TT)"; rewrites "uppger TT", "skriver TT".
TT1 = P("""
Akutmottagningen vid Kramfors sjukhus stängs nattetid från den 1 februari. Det beslutade regionstyrelsen i Region Västernorrland på tisdagen.

Beslutet innebär att patienter som söker akut vård mellan klockan 21 och 07 hänvisas till Sundsvalls sjukhus, som ligger drygt tio mil bort.

– Vi har helt enkelt inte läkare att bemanna mottagningen dygnet runt. Det här är ett tungt beslut, men det är ett ansvarsfullt beslut, säger regionstyrelsens ordförande Helena Åberg (S) till TT.

Oppositionen röstade emot. Sjukvårdspartiets gruppledare Per-Olof Nyström kallar beslutet ett svek mot Ådalen.

– Människor kommer att dö i bilen på väg till Sundsvall, säger han.

Region Västernorrland ska i stället förstärka ambulansberedskapen i Kramfors med en extra bil nattetid. Enligt regionen sökte i snitt elva patienter vård på akuten nattetid under 2025.
""")
TT1_T = "Akuten i Kramfors stängs nattetid"
C = "external:tt"
add("se-tt1-svd", "Svenska Dagbladet", "2026-11-24T14:32:00+01:00",
    "https://www.svd.se/a/Rk9qPw/akuten-i-kramfors-stangs-nattetid",
    TT1_T, j(TT1), C, "exact_duplicate", C, j(TT1))
add("se-tt1-gp", "Göteborgs-Posten", "2026-11-24T14:40:00+01:00",
    "https://www.gp.se/nyheter/sverige/akuten-i-kramfors-st%C3%A4ngs-nattetid.89123456",
    TT1_T, "TT\n\nKramfors (TT) " + j(TT1[:4]), C, "near_duplicate", C, j(TT1))
add("se-tt1-allehanda", "Tidningen Ångermanland", "2026-11-24T15:05:00+01:00",
    "https://www.allehanda.se/2026-11-24/beskedet-akuten-stangs-pa-natten-fran-februari",
    "Beskedet: Akuten stängs på natten från februari",
    "TT\n\n" + j(TT1) + "\n\nAllehanda har sökt sjukhusets verksamhetschef, som inte vill kommentera beslutet innan personalen har informerats på onsdagen.",
    C, "near_duplicate", C, j(TT1))
add("se-tt1-expressen", "Expressen", "2026-11-24T16:20:00+01:00",
    "https://www.expressen.se/nyheter/sverige/akuten-i-kramfors-stangs-pa-natten/",
    "Akuten i Kramfors stängs på natten – tio mil till närmaste sjukhus",
    j(P("""
Från och med februari får patienter i Kramfors åka drygt tio mil till Sundsvall om de blir akut sjuka på natten. Regionstyrelsen i Västernorrland beslutade på tisdagen att stänga akutmottagningen mellan klockan 21 och 07, uppger TT.

Skälet är läkarbristen. Regionstyrelsens ordförande Helena Åberg (S) säger till nyhetsbyrån att det inte går att bemanna mottagningen dygnet runt.

Sjukvårdspartiets Per-Olof Nyström är kritisk och varnar för att människor kan dö på vägen till Sundsvall.

Regionen lovar en extra ambulans nattetid i Kramfors. I fjol sökte i genomsnitt elva patienter per natt vård vid akuten.
""")), C, "derivative", C)
add("se-tt1-nyheter24", "Nyheter24", "2026-11-24T17:45:00+01:00",
    "https://nyheter24.se/nyheter/inrikes/1212345-akuten-i-kramfors-stanger-pa-natten-politiker-rasar",
    "Akuten stänger på natten – politiker rasar",
    j(P("""
Akutmottagningen i Kramfors kommer att hålla stängt på nätterna från den 1 februari. Beslutet togs av regionstyrelsen i Region Västernorrland under tisdagen.

Patienter som behöver akut vård mellan 21 och 07 får i stället vända sig till sjukhuset i Sundsvall, drygt tio mil bort. Regionen hänvisar till att det saknas läkare.

Beslutet har väckt starka reaktioner. Sjukvårdspartiets gruppledare Per-Olof Nyström menar att det är ett svek mot Ådalen och att människor kommer att dö i bilen på väg till Sundsvall.

På sociala medier har en namninsamling mot stängningen fått över 8 000 underskrifter på några timmar.
""")), C, "derivative", C)

# 2b. TT's second story (absent, one copy): a bridge closed in Gothenburg.
TT2 = P("""
Hisingsbron i Göteborg stängs för all biltrafik i tre veckor i januari för reparation av lyftmekanismen. Det meddelar Trafikkontoret i Göteborgs stad.

Spårvagnar, cyklister och gående ska kunna passera som vanligt under större delen av arbetet, men bron kommer att vara helt stängd under två nätter.

– Vi har upptäckt slitage i ett av de hydrauliska systemen och vill åtgärda det innan det blir ett akut problem, säger projektledaren Anders Lindqvist till TT.

Reparationen beräknas kosta 46 miljoner kronor.
""")
add("se-tt2-aftonbladet", "Aftonbladet", "2026-11-24T11:15:00+01:00",
    "https://www.aftonbladet.se/nyheter/a/Xy7pQ2/hisingsbron-stangs-i-tre-veckor",
    "Hisingsbron stängs i tre veckor", "TT\n\n" + j(TT2), C, "near_duplicate", "external:tt/2", j(TT2))

# ===========================================================================
# 3. Ritzau (absent): a Viking ship found in Roskilde Fjord. Danish papers close with
# "/ritzau/"; rewrites "skriver Ritzau", "oplyser ... til Ritzau".
RZ1 = P("""
Arkæologer fra Vikingeskibsmuseet i Roskilde har fundet resterne af et omkring 1000 år gammelt vikingeskib på bunden af Roskilde Fjord ud for Jyllinge.

Skibet blev opdaget i forbindelse med en undersøgelse af havbunden forud for en ny spildevandsledning, og det ligger begravet under cirka en meter mudder og sand.

- Vi kan se omkring 14 meter af skroget, og tømmeret er bemærkelsesværdigt godt bevaret. Det er et af de mest spændende fund i fjorden siden 1960'erne, siger museumsinspektør Morten Kjærgaard til Ritzau.

Ifølge museet tyder de første dendrokronologiske prøver på, at træet er fældet i årene omkring 1030, og at skibet kan være bygget i Vestnorge.

Udgravningen ventes at begynde i foråret og vil koste omkring 12 millioner kroner. Pengene skal blandt andet komme fra Slots- og Kulturstyrelsen og A.P. Møller Fonden.

Roskilde Fjord er kendt for de fem Skuldelev-skibe, som blev sænket ved Skuldelev omkring år 1070 for at spærre sejlrenden og udgravet i 1962.
""")
RZ1_T = "Arkæologer finder 1000 år gammelt vikingeskib i Roskilde Fjord"
C = "external:ritzau"
add("dk-rz1-jp", "Jyllands-Posten", "2026-11-24T10:12:00+01:00",
    "https://jyllands-posten.dk/indland/ECE17412345/arkaeologer-finder-1000-aar-gammelt-vikingeskib-i-roskilde-fjord/",
    RZ1_T, j(RZ1) + "\n\n/ritzau/", C, "near_duplicate", C, j(RZ1))
add("dk-rz1-sn", "Sjællandske Nyheder", "2026-11-24T10:40:00+01:00",
    "https://www.sn.dk/roskilde-kommune/vikingeskib-fundet-ud-for-jyllinge/",
    "Vikingeskib fundet ud for Jyllinge",
    j(RZ1[:4]) + "\n\nFundet er gjort kun få hundrede meter fra Jyllinge Lystbådehavn. Formanden for havnens bådelaug, Søren Thygesen, fortæller, at medlemmerne har fulgt dykkerne med stor interesse hele efteråret.\n\n/ritzau/",
    C, "near_duplicate", C, j(RZ1))
add("dk-rz1-berlingske", "Berlingske", "2026-11-24T12:30:00+01:00",
    "https://www.berlingske.dk/kultur/vikingeskib-fundet-i-mudderet-kan-vaere-bygget-i-norge",
    "Vikingeskib fundet i mudderet kan være bygget i Norge",
    j(P("""
Et vikingeskib på omkring 14 meter er dukket op af mudderet i Roskilde Fjord ud for Jyllinge. Det skriver Ritzau.

Arkæologer fra Vikingeskibsmuseet fandt skibet, da de undersøgte havbunden, inden der skal lægges en ny spildevandsledning. Tømmeret er ifølge museumsinspektør Morten Kjærgaard usædvanligt godt bevaret.

De første prøver af træet peger på, at det er fældet omkring år 1030, og at skibet muligvis er bygget i Vestnorge.

Museet regner med at udgrave skibet til foråret. Det vil koste omkring 12 millioner kroner.
""")), C, "derivative", C)
add("dk-rz1-dr", "DR", "2026-11-24T09:30:00+01:00",
    "https://www.dr.dk/nyheder/regionale/sjaelland/dykkere-fandt-vikingeskib-under-mudderet-i-roskilde-fjord",
    "Dykkere fandt vikingeskib under mudderet i Roskilde Fjord",
    j(P("""
Det var en helt almindelig arbejdsdag for dykker Lasse Holm, indtil han stak hånden ned i mudderet og mærkede bearbejdet træ.

- Jeg kunne mærke nagler. Så vidste jeg, at det ikke bare var en gammel pæl, siger han til DR Nyheder.

Fundet viste sig at være et vikingeskib. Vikingeskibsmuseet bekræfter over for DR, at der er tale om et skib fra første halvdel af 1000-tallet.

Dykkerne arbejdede for Fors A/S, der skal lægge en ny spildevandsledning gennem fjorden. Ledningen må nu lægges en anden vej, oplyser selskabet.

DR har besøgt museets værksted, hvor de første prøver af tømmeret ligger i vandkar.
""")), None, "unrelated", "dk-rz1-dr")

# 3b. Ritzau's second story (absent, one copy): a wind turbine fire near Esbjerg.
RZ2 = P("""
En vindmølle er tirsdag eftermiddag brudt i brand ved Tjæreborg syd for Esbjerg. Der er ingen personer til skade.

Sydvestjyllands Brandvæsen har afspærret et område på 500 meter omkring møllen, fordi der er risiko for nedfaldende dele.

- Vi kan ikke slukke en brand i 90 meters højde, så vi lader den brænde ud og sørger for, at ingen kommer tæt på, siger indsatsleder Bjarne Mølgaard til Ritzau.

Møllen ejes af et lokalt vindmøllelaug. Årsagen til branden er endnu ukendt.
""")
add("dk-rz2-jv", "JydskeVestkysten", "2026-11-24T15:50:00+01:00",
    "https://jv.dk/esbjerg/vindmoelle-i-brand-ved-tjaereborg",
    "Vindmølle i brand ved Tjæreborg", j(RZ2) + "\n\n/ritzau/", C, "near_duplicate",
    "external:ritzau/2", j(RZ2))

# ===========================================================================
# 4. STT (absent): a board mill closes a line in Kemi. Finnish papers print "STT" as the
# byline or close with "(STT)"; rewrites "kertoo STT", "STT:n mukaan".
STT1 = P("""
Kartonkiyhtiö Pohjolan Kartonki aikoo sulkea Kemin tehtaan toisen kartonkikoneen ensi vuoden maaliskuussa. Sulkeminen vähentäisi noin 180 työpaikkaa.

Yhtiö aloittaa muutosneuvottelut, jotka koskevat koko Kemin tehtaan henkilöstöä. Tehtaalla työskentelee tällä hetkellä noin 520 ihmistä.

– Taivekartongin kysyntä Euroopassa on heikentynyt jo kolmatta vuotta, ja koneen kannattavuus on ollut pitkään tappiollinen, sanoo toimitusjohtaja Jari Koskela STT:lle.

Kemin kaupunginjohtaja Tiina Rautio kuvaa päätöstä raskaaksi iskuksi koko Meri-Lapille.

– Jokainen tehtaan työpaikka tuo alueelle kaksi tai kolme muuta työpaikkaa. Tämä tuntuu koko seutukunnassa, Rautio sanoo.

Paperiliitto vaatii yhtiötä selvittämään, voisiko kone jatkaa toisenlaisen tuotteen valmistusta.
""")
STT1_T = "Pohjolan Kartonki aikoo sulkea kartonkikoneen Kemissä – 180 työpaikkaa uhattuna"
C = "external:stt"
add("fi-stt1-is", "Ilta-Sanomat", "2026-11-24T10:05:00+02:00",
    "https://www.is.fi/taloussanomat/art-2000011712345.html",
    STT1_T, "STT\n\n" + j(STT1), C, "near_duplicate", C, j(STT1))
add("fi-stt1-kaleva", "Kaleva", "2026-11-24T10:30:00+02:00",
    "https://www.kaleva.fi/pohjolan-kartonki-aikoo-sulkea-kartonkikoneen-kemis/6812345",
    "Kemin kartonkitehtaalta uhkaa lähteä 180 työpaikkaa",
    j(STT1[:5]) + "\n\nKemin tehtaan pääluottamusmies Markku Vaara kertoo Kalevalle, että tieto tuli työntekijöille yllätyksenä aamuvuoron alussa.\n\n(STT)",
    C, "near_duplicate", C, j(STT1))
add("fi-stt1-iltalehti", "Iltalehti", "2026-11-24T11:20:00+02:00",
    "https://www.iltalehti.fi/talous/a/4f7a1c2e-9b3d-4e0a-8a55-2c6f1e7d9a10",
    "Kemissä uhkaa lähteä 180 työpaikkaa: ”Raskas isku”",
    j(P("""
Pohjolan Kartonki suunnittelee Kemin tehtaan toisen kartonkikoneen sulkemista maaliskuussa, kertoo STT. Sulkeminen vähentäisi noin 180 työpaikkaa.

STT:n mukaan yhtiö aloittaa muutosneuvottelut koko tehtaan noin 520 työntekijän kanssa.

Toimitusjohtaja Jari Koskela perustelee päätöstä taivekartongin heikolla kysynnällä Euroopassa. Kone on tehnyt tappiota jo pitkään.

Kemin kaupunginjohtaja Tiina Rautio pitää päätöstä raskaana iskuna koko Meri-Lapille. Paperiliitto vaatii yhtiötä selvittämään vaihtoehtoja.
""")), C, "derivative", C)
add("fi-stt1-yle", "Yle", "2026-11-24T09:15:00+02:00",
    "https://yle.fi/a/74-20212345",
    "Kemin kartonkitehtaalla järkytys: ”Kukaan ei osannut odottaa tätä”",
    j(P("""
Kemin kartonkitehtaan portilla oli tiistaiaamuna hiljaista, kun aamuvuoron työntekijät kuulivat uutisen toisen kartonkikoneen suunnitellusta sulkemisesta.

– Kukaan ei osannut odottaa tätä. Kone uusittiin vasta viisi vuotta sitten, sanoo koneenhoitaja Sanna Kivelä Yle Lapille.

Yle Lappi tavoitti myös Pohjolan Kartongin tehtaanjohtajan Heikki Alatalon, jonka mukaan päätös johtuu Euroopan heikosta kysynnästä.

Kemin kaupunki kutsuu koolle elinkeinotyöryhmän keskiviikkona. Kaupungin mukaan tehtaan lähes kaksisataa työpaikkaa heijastuu myös alihankkijoihin.
""")), None, "unrelated", "fi-stt1-yle")

# ===========================================================================
# 5. ČTK (ceskenoviny.cz, ČTK's own site, in the input): a former mayor's fraud verdict.
# ČTK's dateline "Ostrava 24. listopadu (ČTK) -"; papers print "ČTK" as the author, or keep
# the dateline; rewrites "podle ČTK", "řekl ČTK", "informovala ČTK".
CTK1 = P("""
Krajský soud v Ostravě dnes poslal bývalého starostu Frýdku-Místku Pavla Hrušku na šest let do vězení za podvod a zneužití pravomoci úřední osoby. Soud dospěl k závěru, že Hruška v letech 2019 až 2022 zmanipuloval tři veřejné zakázky na opravy škol, čímž městu způsobil škodu přes 14 milionů korun. Rozsudek není pravomocný, obžaloba i obhajoba se proti němu na místě odvolaly.

Spolu s Hruškou soud potrestal i podnikatele Radka Zemana, jehož stavební firma zakázky získala. Dostal pět let vězení a peněžitý trest dva miliony korun.

"Obžalovaní postupovali promyšleně a dlouhodobě. Zakázky byly nastaveny tak, aby je mohla získat jediná firma," uvedl v odůvodnění předseda senátu Jiří Vlček.

Hruška vinu od počátku popírá. "Rozsudek je pro mě nepochopitelný, odvolám se a věřím, že vrchní soud mě osvobodí," řekl ČTK po vynesení rozsudku.

Případ začala policie vyšetřovat v roce 2022 na základě upozornění městských zastupitelů. Hruška krátce poté na funkci starosty rezignoval.
""")
CTK1_TEXT = "Ostrava 24. listopadu (ČTK) - " + j(CTK1)
R = "cz-ctk1-ceskenoviny"
add(R, "České noviny", "2026-11-24T11:48:00+01:00",
    "https://www.ceskenoviny.cz/zpravy/soud-poslal-byvaleho-starostu-frydku-mistku-na-sest-let-do-vezeni/2661234",
    "Soud poslal bývalého starostu Frýdku-Místku na šest let do vězení", CTK1_TEXT,
    None, "original", R)
add("cz-ctk1-novinky", "Novinky.cz", "2026-11-24T12:05:00+01:00",
    "https://www.novinky.cz/clanek/krimi-soud-poslal-byvaleho-starostu-frydku-mistku-na-sest-let-do-vezeni-40512345",
    "Soud poslal bývalého starostu Frýdku-Místku na šest let do vězení",
    CTK1_TEXT, R, "exact_duplicate", R, CTK1_TEXT)
add("cz-ctk1-idnes", "iDNES.cz", "2026-11-24T12:20:00+01:00",
    "https://www.idnes.cz/ostrava/zpravy/pavel-hruska-frydek-mistek-starosta-soud-podvod-zakazky-skoly.A261124_121512_ostrava-zpravy_ctk",
    "Exstarosta Frýdku-Místku dostal šest let za zmanipulované zakázky na opravy škol",
    "ČTK\n\n" + j(CTK1[:4]), R, "near_duplicate", R, CTK1_TEXT)
add("cz-ctk1-denik", "Moravskoslezský deník", "2026-11-24T13:10:00+01:00",
    "https://moravskoslezsky.denik.cz/zpravy_region/hruska-frydek-mistek-soud-sest-let-20261124.html",
    "Bývalý starosta Hruška dostal šest let. Odvolá se",
    j(CTK1) + "\n\nHruška vedl Frýdek-Místek osm let. Ve volbách v roce 2018 získalo jeho hnutí v zastupitelstvu nejvíce mandátů.\n\nZdroj: ČTK",
    R, "near_duplicate", R, CTK1_TEXT)
add("cz-ctk1-seznamzpravy", "Seznam Zprávy", "2026-11-24T14:30:00+01:00",
    "https://www.seznamzpravy.cz/clanek/domaci-kauzy-exstarosta-frydku-mistku-pujde-na-sest-let-do-vezeni-268123",
    "Exstarosta Frýdku-Místku půjde na šest let do vězení",
    j(P("""
Bývalý starosta Frýdku-Místku Pavel Hruška má jít na šest let do vězení. Krajský soud v Ostravě ho v úterý uznal vinným z podvodu a zneužití pravomoci úřední osoby, informovala ČTK.

Podle soudu Hruška mezi lety 2019 a 2022 upravil podmínky tří zakázek na opravy škol tak, aby je získala firma podnikatele Radka Zemana. Město tím podle obžaloby přišlo o víc než 14 milionů korun.

Zeman dostal pět let a pokutu dva miliony korun. Hruška vinu odmítá a podle ČTK se hned po vynesení rozsudku odvolal.

Rozsudek zatím není pravomocný. O odvolání rozhodne Vrchní soud v Olomouci.
""")), R, "derivative", R)
add("cz-ctk1-irozhlas", "iROZHLAS", "2026-11-24T15:00:00+01:00",
    "https://www.irozhlas.cz/zpravy-domov/pavel-hruska-frydek-mistek-soud-zakazky_2611241500_abc",
    "„Zakázky šité na míru.“ Jak exstarosta Hruška přišel o funkci a teď i o svobodu",
    j(P("""
Na chodbě ostravského krajského soudu čekalo v úterý ráno několik desítek lidí, mezi nimi i současní zastupitelé Frýdku-Místku. Právě oni před čtyřmi lety upozornili policii na podivné zakázky na opravy škol.

„Všimli jsme si, že do tří soutěží se přihlásila pokaždé jen jedna firma a pokaždé ta samá,“ řekla Českému rozhlasu zastupitelka Lenka Mráčková.

Soud nakonec poslal bývalého starostu Pavla Hrušku na šest let do vězení. Verdikt není pravomocný.

Český rozhlas Ostrava zjistil, že Hruškova bývalá stavební firma dostala v letech 2016 až 2018 další čtyři zakázky, které policie nevyšetřovala.
""")), None, "unrelated", "cz-ctk1-irozhlas")

# 5b. ČTK's second story (ceskenoviny.cz, nothing derives from it): a gorilla born at Prague zoo.
add("cz-ctk2-ceskenoviny", "České noviny", "2026-11-24T15:22:00+01:00",
    "https://www.ceskenoviny.cz/zpravy/v-prazske-zoo-se-narodilo-mlade-gorily/2661301",
    "V pražské zoo se narodilo mládě gorily",
    "Praha 24. listopadu (ČTK) - " + j(P("""
V pražské zoologické zahradě se o víkendu narodilo mládě gorily nížinné. Matkou je devatenáctiletá samice Kijivu, otcem stříbrohřbetý samec Kisumu. Pohlaví mláděte chovatelé zatím neznají, řekl dnes ČTK mluvčí zoo Filip Mašek.

"Matka se o mládě stará příkladně, kojí ho a nosí na břiše. Do výběhu se s ním vydala už v pondělí," uvedl Mašek.

Je to už dvanácté mládě gorily narozené v pražské zoo. Návštěvníci ho mohou vidět v pavilonu Rezervace Dja každý den.
""")), None, "unrelated", "cz-ctk2-ceskenoviny")

# ===========================================================================
# 6. MTI (absent): Balaton ferries stop early for low water. MTI's dateline "Siófok, 2026.
# november 24., kedd (MTI) –"; papers close with "Forrás: MTI" or "(MTI)"; rewrites "az MTI
# szerint", "közölte az MTI-vel", "írja az MTI".
MTI1 = P("""
A Balaton alacsony vízállása miatt a tervezettnél két héttel korábban, november 30-án leállítja a Szántód és Tihany közötti kompjáratot a Balatoni Hajózási Zrt. A társaság vezérigazgatója, Szalai Bence kedden közölte az MTI-vel, hogy a tó átlagos vízszintje 68 centiméterre csökkent, ami az elmúlt tizenöt év legalacsonyabb novemberi értéke.

Szalai Bence elmondta: a tihanyi kikötő bejáratánál a meder több helyen 1,4 méternél sekélyebb, ami a kompok biztonságos közlekedéséhez már nem elegendő. A kotrási munkák december közepén kezdődnek, és várhatóan február végéig tartanak.

A Közép-dunántúli Vízügyi Igazgatóság tájékoztatása szerint a Sió-zsilipet szeptember óta zárva tartják, és a csapadékhiány miatt a vízszint emelkedésére tavaszig nem lehet számítani.

A kompjárat tavaly 1,1 millió utast és mintegy 420 ezer járművet szállított. A társaság a leállás idejére a Szántódról Tihanyba tartó utasoknak a vasúti és autóbuszos kerülőutat ajánlja.
""")
MTI1_DL = "Siófok, 2026. november 24., kedd (MTI) – "
MTI1_BASE = MTI1_DL + j(MTI1)
MTI1_T = "Két héttel korábban leáll a szántódi komp az alacsony vízállás miatt"
C = "external:mti"
add("hu-mti1-magyarnemzet", "Magyar Nemzet", "2026-11-24T13:05:00+01:00",
    "https://magyarnemzet.hu/belfold/2026/11/ket-hettel-korabban-leall-a-szantodi-komp-az-alacsony-vizallas-miatt",
    MTI1_T, j(MTI1) + "\n\nForrás: MTI", C, "near_duplicate", C, MTI1_BASE)
add("hu-mti1-index", "Index", "2026-11-24T13:20:00+01:00",
    "https://index.hu/belfold/2026/11/24/balaton-vizallas-komp-szantod-tihany-leall/",
    "Leáll a komp a Balatonon, tizenöt éve nem volt ilyen alacsony a víz",
    MTI1_DL + j(MTI1[:3]), C, "near_duplicate", C, MTI1_BASE)
add("hu-mti1-sonline", "Sonline", "2026-11-24T14:00:00+01:00",
    "https://www.sonline.hu/helyi-kozelet/2026/11/szantod-tihany-komp-leall-november-30",
    "November 30-án leáll a szántódi komp",
    j(MTI1) + "\n\nA szántódi vállalkozók szerint a korai leállás a hétvégi adventi vásárok forgalmát is érinti. Horváth Ildikó, a Szántódi Ipartestület elnöke lapunknak azt mondta, a tihanyi vendégek jelentős része a komppal érkezik.\n\n(MTI)",
    C, "near_duplicate", C, MTI1_BASE)
add("hu-mti1-hvg", "hvg.hu", "2026-11-24T15:10:00+01:00",
    "https://hvg.hu/itthon/20261124_balaton_vizallas_komp_leall",
    "Olyan alacsony a Balaton, hogy két héttel korábban leáll a komp",
    j(P("""
A szokásosnál két héttel korábban, már november 30-án leáll a Szántód és Tihany közötti komp, mert túl alacsony a Balaton vízszintje – írja az MTI.

Az MTI szerint a tó átlagos vízszintje 68 centiméter, ennél alacsonyabb novemberben tizenöt éve nem volt. A Balatoni Hajózási Zrt. vezérigazgatója, Szalai Bence azt mondta, a tihanyi kikötő bejáratánál a meder több helyen 1,4 méternél is sekélyebb.

A kikötőt december közepétől februárig kotorják. Vízszint-emelkedésre tavaszig nem lehet számítani, a Sió-zsilip szeptember óta zárva van.

A kompon tavaly 1,1 millió ember kelt át.
""")), C, "derivative", C)
add("hu-mti1-origo", "Origo", "2026-11-24T16:30:00+01:00",
    "https://www.origo.hu/itthon/2026/11/balaton-komp-leall-vizallas",
    "Rekordalacsony vízállás: leáll a komp a Balatonon",
    j(P("""
Szűk másfél méter víz sincs a tihanyi kikötő bejáratánál, ezért november 30-án leáll a Szántód és Tihany közötti kompjárat – két héttel korábban, mint más években.

A Balatoni Hajózási Zrt. vezetője, Szalai Bence szerint a tó 68 centiméteres átlagos vízszintje az elmúlt másfél évtized legalacsonyabb novemberi értéke.

A kikötőt decembertől kotorják, a munka február végéig tart. A vízügy szerint a csapadékhiány miatt tavaszig nem emelkedik a vízszint.

Aki a leállás alatt Szántódról Tihanyba igyekszik, vasúton vagy busszal, kerülővel jut el oda.
""")), C, "derivative", C)

# 6b. MTI's second story (absent, one copy): a theatre gets a new director.
MTI2 = P("""
Pálfi Zsuzsanna rendező vezeti 2027. február 1-jétől a Pécsi Nemzeti Színházat – jelentette be kedden Pécs polgármestere. A pályázatra négyen jelentkeztek.

Pálfi Zsuzsanna az MTI-nek elmondta: a következő öt évben a kortárs magyar drámának és a gyerekeknek szóló előadásoknak szeretne nagyobb teret adni, és felújítaná a színház kamaraszínpadát.

A rendező korábban tíz évig a kaposvári Csiky Gergely Színház főrendezője volt.
""")
MTI2_BASE = "Pécs, 2026. november 24., kedd (MTI) – " + j(MTI2)
add("hu-mti2-bama", "Bama", "2026-11-24T17:00:00+01:00",
    "https://www.bama.hu/helyi-kultura/2026/11/palfi-zsuzsanna-a-pecsi-nemzeti-szinhaz-uj-igazgatoja",
    "Pálfi Zsuzsanna a Pécsi Nemzeti Színház új igazgatója",
    MTI2_BASE, C, "exact_duplicate", "external:mti/2", MTI2_BASE)

# ===========================================================================
# 7. Agerpres (agerpres.ro in the input): the Transfăgărășan closes early. Agerpres's dateline
# "Sibiu, 24 nov /AGERPRES/ -" and closing "AGERPRES/(AS - autor: ..., editor: ...)"; papers
# print "(sursa: AGERPRES)"; rewrites "informează AGERPRES", "potrivit Agerpres".
AG1 = P("""
Drumul Transfăgărăşan (DN 7C) a fost închis marţi, de la ora 12,00, între kilometrul 104 (Bâlea Lac) şi kilometrul 130 (Cabana Capra), din cauza ninsorii abundente, cu aproape o săptămână mai devreme decât era programat, a anunţat Direcţia Regională de Drumuri şi Poduri (DRDP) Braşov.

Potrivit purtătorului de cuvânt al DRDP Braşov, Cristian Dobre, pe porţiunea montană stratul de zăpadă depăşeşte 40 de centimetri, iar în zona tunelului de la Bâlea Lac s-au format troiene de peste un metru.

"Nu putem garanta siguranţa circulaţiei în aceste condiţii. Drumul va rămâne închis până la 30 iunie 2027, cu posibilitatea redeschiderii mai devreme, în funcţie de condiţiile meteo", a declarat Cristian Dobre.

Salvamont Sibiu le recomandă turiştilor să nu urce pe jos sau cu snowmobilul spre Bâlea Lac, unde riscul de avalanşă a fost estimat la gradul 3 pe o scară de 5.

Accesul la Bâlea Lac rămâne posibil doar cu telecabina, care funcţionează zilnic între orele 9,00 şi 17,00.
""")
AG1_TEXT = ("Sibiu, 24 nov /AGERPRES/ - " + j(AG1)
            + "\n\nAGERPRES/(AS - autor: Ioana Mureşan, editor: Marius Frăţilă, editor online: Adrian Dădârlat)")
R = "ro-ag1-agerpres"
add(R, "AGERPRES", "2026-11-24T13:12:00+02:00",
    "https://www.agerpres.ro/social/2026/11/24/transfagarasanul-inchis-de-azi-din-cauza-ninsorii--1412345",
    "Transfăgărăşanul, închis de azi din cauza ninsorii", AG1_TEXT, None, "original", R)
add("ro-ag1-libertatea", "Libertatea", "2026-11-24T13:40:00+02:00",
    "https://www.libertatea.ro/stiri/transfagarasanul-inchis-de-azi-din-cauza-ninsorii-5212345",
    "Transfăgărăşanul, închis de azi din cauza ninsorii",
    j(AG1) + "\n\n(sursa: AGERPRES)", R, "near_duplicate", R, AG1_TEXT)
add("ro-ag1-turnulsfatului", "Turnul Sfatului", "2026-11-24T14:05:00+02:00",
    "https://www.turnulsfatului.ro/2026/11/24/transfagarasanul-s-a-inchis-mai-devreme-nameti-de-un-metru-la-balea-lac-212345",
    "Transfăgărăşanul s-a închis mai devreme. Nămeţi de un metru la Bâlea Lac",
    "Sibiu, 24 nov /AGERPRES/ - " + j(AG1[:3])
    + "\n\nLa Cabana Bâlea Cascadă, administratorul Horaţiu Stan a declarat pentru Turnul Sfatului că rezervările pentru weekend s-au înjumătăţit după anunţul închiderii.",
    R, "near_duplicate", R, AG1_TEXT)
add("ro-ag1-hotnews", "HotNews.ro", "2026-11-24T15:00:00+02:00",
    "https://hotnews.ro/transfagarasanul-inchis-cu-o-saptamana-mai-devreme-nameti-de-peste-un-metru-1823456",
    "Transfăgărăşanul, închis cu o săptămână mai devreme. Nămeţi de peste un metru",
    j(P("""
Transfăgărăşanul a fost închis marţi la prânz pe porţiunea dintre Bâlea Lac şi Cabana Capra, după ninsorile abundente din ultimele zile, informează AGERPRES.

Închiderea vine cu aproape o săptămână mai devreme decât era planificat. Potrivit DRDP Braşov, stratul de zăpadă trece de 40 de centimetri, iar lângă tunelul de la Bâlea Lac s-au format nămeţi de peste un metru.

Purtătorul de cuvânt Cristian Dobre a precizat că drumul rămâne închis până la 30 iunie 2027, dar ar putea fi redeschis mai devreme dacă vremea permite.

Salvamont Sibiu avertizează asupra riscului de avalanşă, de gradul 3. Turiştii pot ajunge la Bâlea Lac doar cu telecabina.
""")), R, "derivative", R)
add("ro-ag1-g4media", "G4Media", "2026-11-24T12:50:00+02:00",
    "https://www.g4media.ro/video-zapada-de-un-metru-la-balea-lac-transfagarasanul-se-inchide-azi.html",
    "VIDEO Zăpadă de un metru la Bâlea Lac. Transfăgărăşanul se închide azi",
    j(P("""
Imagini filmate marţi dimineaţă de salvamontiştii sibieni arată nămeţi de peste un metru în jurul lacului Bâlea, iar drumarii au anunţat că închid Transfăgărăşanul de la prânz.

Şeful Salvamont Sibiu, Dan Popa, a declarat pentru G4Media că în ultimele 48 de ore au căzut peste 50 de centimetri de zăpadă proaspătă.

„Am avut deja două intervenţii pentru turişti blocaţi cu maşina sub tunel. Oamenii trebuie să înţeleagă că sus e iarnă adevărată”, a spus Popa.

Drumul rămâne închis, de regulă, până la începutul verii.
""")), None, "unrelated", "ro-ag1-g4media")

# ===========================================================================
# 8. BTA (bta.bg in the input): a container terminal opens at Varna port. BTA's dateline
# "Варна, 24 ноември (БТА)"; papers close with "Източник: БТА"; rewrites "съобщи БТА", "каза
# за БТА".
BTA1 = P("""
Нов контейнерен терминал с капацитет 350 000 контейнера годишно беше открит днес на пристанище Варна-Запад. Инвестицията е 186 млн. лева и е финансирана със собствени средства на Държавно предприятие „Пристанищна инфраструктура“ и заем от Европейската инвестиционна банка.

Министърът на транспорта Николай Стоянов каза, че терминалът ще позволи на пристанището да приема кораби с газене до 13 метра и ще съкрати времето за обработка на контейнерите почти наполовина.

„С този терминал Варна става реална алтернатива за товарите от Централна Азия и Кавказ, които днес минават през Констанца“, каза Стоянов.

Изпълнителният директор на „Пристанище Варна“ ЕАД Петя Димитрова съобщи, че вече са подписани договори с две корабни линии, които ще свързват Варна с Поти и Батуми в Грузия по два пъти седмично.

На терминала са монтирани четири нови портални крана. Там ще работят 140 души, от които 90 са новоназначени.
""")
BTA1_TEXT = "Варна, 24 ноември (БТА) " + j(BTA1)
R = "bg-bta1-bta"
add(R, "БТА", "2026-11-24T12:15:00+02:00",
    "https://www.bta.bg/bg/news/economy/812345-nov-kontejneren-terminal-beshe-otkrit-na-pristanishte-varna-zapad",
    "Нов контейнерен терминал беше открит на пристанище Варна-Запад", BTA1_TEXT, None, "original", R)
add("bg-bta1-dnevnik", "Дневник", "2026-11-24T12:40:00+02:00",
    "https://www.dnevnik.bg/biznes/2026/11/24/4791234_nov_kontejneren_terminal_beshe_otkrit_na_pristanishte/",
    "Нов контейнерен терминал беше открит на пристанище Варна-Запад",
    BTA1_TEXT, R, "exact_duplicate", R, BTA1_TEXT)
add("bg-bta1-moreto", "Moreto.net", "2026-11-24T13:05:00+02:00",
    "https://www.moreto.net/novini.php?n=512345",
    "Варна-Запад вече приема кораби с газене до 13 метра",
    j(BTA1[:4]) + "\n\nОбщинските съветници от Белослав настояват част от новите работни места да бъдат заети от жители на общината, каза за Moreto.net кметът Румен Тонев.\n\nИзточник: БТА",
    R, "near_duplicate", R, BTA1_TEXT)
add("bg-bta1-mediapool", "Mediapool", "2026-11-24T14:20:00+02:00",
    "https://www.mediapool.bg/nov-kontejneren-terminal-vav-varna-shte-konkurira-konstantsa-news361234.html",
    "Нов контейнерен терминал във Варна ще конкурира Констанца",
    j(P("""
Пристанище Варна-Запад има нов контейнерен терминал за 186 млн. лева, който може да обработва до 350 000 контейнера годишно, съобщи БТА.

Терминалът е построен със средства на ДП „Пристанищна инфраструктура“ и заем от Европейската инвестиционна банка. Според транспортния министър Николай Стоянов той ще съкрати почти наполовина времето за обработка и ще позволи на пристанището да приема по-големи кораби.

Амбицията е Варна да привлече товари от Централна Азия и Кавказ, които сега минават през румънското пристанище Констанца.

Две корабни линии ще свързват Варна с грузинските пристанища Поти и Батуми по два пъти седмично.
""")), R, "derivative", R)
add("bg-bta1-blitz", "Блиц", "2026-11-24T15:30:00+02:00",
    "https://blitz.bg/ikonomika/varna-veche-ima-nov-kontejneren-terminal_news1012345.html",
    "Варна вече има нов контейнерен терминал",
    j(P("""
Нов контейнерен терминал отвори врати днес на пристанище Варна-Запад. Капацитетът му е 350 000 контейнера годишно, а инвестицията възлиза на 186 млн. лева.

Транспортният министър Николай Стоянов обясни, че пристанището вече ще може да приема кораби с газене до 13 метра, а контейнерите ще се обработват почти два пъти по-бързо.

Изпълнителният директор на „Пристанище Варна“ Петя Димитрова каза, че две корабни линии ще свързват Варна с Поти и Батуми.

Терминалът ще осигури работа на 140 души.
""")), R, "derivative", R)

# 8b. BTA's second story (bta.bg, nothing derives from it): Rila Monastery's frescoes.
add("bg-bta2-bta", "БТА", "2026-11-24T16:02:00+02:00",
    "https://www.bta.bg/bg/news/culture/812399-zavarshi-restavratsiyata-na-stenopisite-v-rilskiya-manastir",
    "Завърши реставрацията на стенописите в главната църква на Рилския манастир",
    "Рилски манастир, 24 ноември (БТА) " + j(P("""
Приключи седемгодишната реставрация на стенописите в главната църква „Рождество Богородично“ на Рилския манастир. Реставрирани са над 1200 квадратни метра стенописи от XIX век, съобщи за БТА ръководителят на екипа проф. Владимир Кацаров.

„Открихме подписи на зографи, които досега не бяха известни, и следи от по-ранна живопис под част от сцените“, каза Кацаров.

Реставрацията е струвала 3,4 млн. лева, осигурени от Министерството на културата и от дарители.
""")), None, "unrelated", "bg-bta2-bta")

# ===========================================================================
# 9. ANA-MPA (absent): an earthquake off Zakynthos. Greek papers close with "Πηγή: ΑΠΕ-ΜΠΕ"
# or open with "(ΑΠΕ-ΜΠΕ)"; rewrites "σύμφωνα με το ΑΠΕ-ΜΠΕ", "δήλωσε στο ΑΠΕ-ΜΠΕ".
ANA1 = P("""
Σεισμός μεγέθους 5,1 βαθμών της κλίμακας Ρίχτερ σημειώθηκε στις 06:47 το πρωί της Τρίτης στη θαλάσσια περιοχή 34 χιλιομέτρων νοτιοδυτικά της Ζακύνθου, σύμφωνα με το Γεωδυναμικό Ινστιτούτο του Αστεροσκοπείου Αθηνών. Το εστιακό βάθος υπολογίστηκε στα 12 χιλιόμετρα.

Η δόνηση έγινε αισθητή σε όλα τα Ιόνια νησιά, στην Ηλεία και στην Αχαΐα. Δεν έχουν αναφερθεί ζημιές ή τραυματισμοί, ενώ κλιμάκια της Πολιτικής Προστασίας πραγματοποιούν αυτοψίες σε σχολεία και δημόσια κτίρια του νησιού.

«Πρόκειται για ένα ρήγμα που είναι γνωστό και έχει δώσει αντίστοιχους σεισμούς στο παρελθόν. Η μέχρι στιγμής ακολουθία είναι ομαλή», δήλωσε στο ΑΠΕ-ΜΠΕ ο σεισμολόγος Γιώργος Παπαδάκης, διευθυντής ερευνών του Ινστιτούτου.

Ο δήμαρχος Ζακύνθου Διονύσης Μαρίνος ανακοίνωσε ότι τα σχολεία του νησιού θα παραμείνουν κλειστά σήμερα για προληπτικούς ελέγχους.

Μέχρι το μεσημέρι είχαν καταγραφεί έντεκα μετασεισμοί, ο ισχυρότερος μεγέθους 3,6 βαθμών.
""")
ANA1_T = "Σεισμός 5,1 Ρίχτερ νοτιοδυτικά της Ζακύνθου – Χωρίς ζημιές"
C = "external:ana-mpa"
add("gr-ana1-kathimerini", "Καθημερινή", "2026-11-24T09:20:00+02:00",
    "https://www.kathimerini.gr/society/563312345/seismos-5-1-richter-notiodytika-tis-zakynthoy-horis-zimies/",
    ANA1_T, j(ANA1) + "\n\nΠηγή: ΑΠΕ-ΜΠΕ", C, "near_duplicate", C, j(ANA1))
add("gr-ana1-naftemporiki", "Ναυτεμπορική", "2026-11-24T09:35:00+02:00",
    "https://www.naftemporiki.gr/society/1812345/seismos-5-1-rihter-sti-zakyntho/",
    "Σεισμός 5,1 Ρίχτερ στη Ζάκυνθο",
    "(ΑΠΕ-ΜΠΕ)\n\n" + j(ANA1[:3]), C, "near_duplicate", C, j(ANA1))
add("gr-ana1-imerazante", "Ημέρα της Ζακύνθου", "2026-11-24T10:10:00+02:00",
    "https://www.imerazante.gr/2026/11/24/seismos-5-1-rixter-kleista-ta-sxoleia/",
    "Σεισμός 5,1 Ρίχτερ: Κλειστά τα σχολεία του νησιού",
    j(ANA1) + "\n\nΣτην πόλη της Ζακύνθου αρκετοί κάτοικοι βγήκαν στους δρόμους μετά τη δόνηση, ενώ το λιμάνι λειτουργεί κανονικά και τα δρομολόγια προς την Κυλλήνη εκτελούνται χωρίς καθυστερήσεις.\n\nΠηγή: ΑΠΕ-ΜΠΕ",
    C, "near_duplicate", C, j(ANA1))
add("gr-ana1-iefimerida", "iefimerida", "2026-11-24T10:45:00+02:00",
    "https://www.iefimerida.gr/ellada/seismos-zakynthos-5-1-rihter-papadakis",
    "Σεισμός στη Ζάκυνθο: Τι λέει ο σεισμολόγος Παπαδάκης για τα 5,1 Ρίχτερ",
    j(P("""
Σεισμική δόνηση 5,1 Ρίχτερ ταρακούνησε στις 06:47 τη Ζάκυνθο, με επίκεντρο στη θάλασσα 34 χιλιόμετρα νοτιοδυτικά του νησιού, σύμφωνα με το ΑΠΕ-ΜΠΕ.

Ο σεισμός έγινε αισθητός σε όλο το Ιόνιο αλλά και στη δυτική Πελοπόννησο. Ζημιές δεν έχουν αναφερθεί.

Ο σεισμολόγος Γιώργος Παπαδάκης δήλωσε στο ΑΠΕ-ΜΠΕ ότι το ρήγμα είναι γνωστό και ότι η ακολουθία εξελίσσεται ομαλά.

Ο δήμαρχος Διονύσης Μαρίνος αποφάσισε να μείνουν κλειστά τα σχολεία για προληπτικό έλεγχο. Έως το μεσημέρι είχαν σημειωθεί έντεκα μετασεισμοί.
""")), C, "derivative", C)
add("gr-ana1-protothema", "ΠΡΩΤΟ ΘΕΜΑ", "2026-11-24T08:10:00+02:00",
    "https://www.protothema.gr/greece/article/1662345/seismos-tora-sti-zakuntho/",
    "Σεισμός τώρα στη Ζάκυνθο – Αισθητός σε όλο το Ιόνιο",
    j(P("""
Ισχυρός σεισμός ξύπνησε τους κατοίκους της Ζακύνθου λίγο πριν από τις 7 το πρωί. Σύμφωνα με τις πρώτες αυτόματες εκτιμήσεις του Ευρωμεσογειακού Σεισμολογικού Κέντρου (EMSC), το μέγεθος ήταν 5,3 βαθμοί.

Κάτοικος της πόλης περιέγραψε στο protothema.gr ότι «τα ντουλάπια άνοιξαν και τα πιάτα έπεσαν στο πάτωμα».

Ο σεισμός έγινε αισθητός και στην Πάτρα, στον Πύργο και στην Κεφαλονιά.

Ο καθηγητής Σεισμολογίας Ευθύμιος Λέκκας, μιλώντας στην ΕΡΤ, ανέφερε ότι δεν υπάρχει λόγος ανησυχίας.
""")), None, "unrelated", "gr-ana1-protothema")

# ===========================================================================
# 10. Ukrinform (ukrinform.ua in the input): a rehabilitation centre opens in Lviv. Ukrinform's
# "Про це повідомляє кореспондент Укрінформу"; papers close with "Джерело: Укрінформ";
# rewrites "повідомляє Укрінформ", "передає Укрінформ". UNIAN reports on its own.
UKR1 = P("""
У Львові відкрили новий реабілітаційний центр для військових і цивільних, які отримали поранення внаслідок війни. Центр розрахований на 220 пацієнтів одночасно.

Про це повідомляє кореспондент Укрінформу.

Центр розташований у відновленому корпусі колишнього заводу на вулиці Городоцькій. Тут працюватимуть понад 180 фахівців, зокрема фізичні терапевти, ерготерапевти, протезисти та психологи.

«Наша мета – щоб людина після поранення не просто вижила, а повернулася до повноцінного життя: до роботи, до родини, до спорту», – сказала директорка центру Олена Мазур.

За її словами, центр має власну протезну майстерню, басейн для гідрореабілітації та тренувальну квартиру, де пацієнти вчаться жити з протезами в побутових умовах.

Будівництво коштувало 640 мільйонів гривень, з яких 410 мільйонів надали міжнародні донори, решту – міський та державний бюджети.
""")
UKR1_TEXT = j(UKR1)
R = "ua-ukr1-ukrinform"
add(R, "Укрінформ", "2026-11-24T12:30:00+02:00",
    "https://www.ukrinform.ua/rubric-regions/4012345-u-lvovi-vidkrili-novij-reabilitacijnij-centr-na-220-paciientiv.html",
    "У Львові відкрили новий реабілітаційний центр на 220 пацієнтів", UKR1_TEXT, None, "original", R)
add("ua-ukr1-zaxid", "ZAXID.NET", "2026-11-24T13:00:00+02:00",
    "https://zaxid.net/u_lvovi_vidkrili_noviy_reabilitatsiyniy_tsentr_n1612345",
    "У Львові відкрили новий реабілітаційний центр на 220 пацієнтів",
    UKR1_TEXT + "\n\nДжерело: Укрінформ", R, "near_duplicate", R, UKR1_TEXT)
add("ua-ukr1-lvivpost", "Львівська пошта", "2026-11-24T13:30:00+02:00",
    "https://lvivpost.net/news/u-lvovi-na-horodotskiy-vidkryly-reabilitatsiynyy-tsentr",
    "На Городоцькій відкрили реабілітаційний центр",
    j(UKR1[:5]) + "\n\nДжерело: Укрінформ", R, "near_duplicate", R, UKR1_TEXT)
add("ua-ukr1-pravda", "Українська правда", "2026-11-24T14:10:00+02:00",
    "https://www.pravda.com.ua/news/2026/11/24/7512345/",
    "У Львові запрацював реабілітаційний центр для поранених на 220 місць",
    j(P("""
У Львові запрацював новий реабілітаційний центр, який одночасно може приймати 220 поранених військових і цивільних, повідомляє Укрінформ.

Центр облаштували у відновленому корпусі колишнього заводу на Городоцькій. Там працюватимуть понад 180 фахівців – фізичні терапевти, протезисти, психологи.

Директорка центру Олена Мазур каже, що мета – повернути людей після поранення до роботи, родини і спорту. У центрі є протезна майстерня, басейн і тренувальна квартира.

Будівництво обійшлося у 640 мільйонів гривень, більшу частину – 410 мільйонів – дали міжнародні донори.
""")), R, "derivative", R)
add("ua-ukr1-unian", "УНІАН", "2026-11-24T11:50:00+02:00",
    "https://www.unian.ua/lviv/u-lvovi-vidkrivsya-reabilitaciyniy-centr-z-basejnom-i-protezuvannyam-12812345.html",
    "У Львові відкрився реабілітаційний центр з басейном і протезуванням",
    j(P("""
На Городоцькій у Львові сьогодні відкрили реабілітаційний центр, який будували майже два роки. На відкритті був присутній міський голова Андрій Садовий.

Один із перших пацієнтів, 27-річний сержант Максим, розповів УНІАН, що чекав на місце в центрі три місяці.

«Після ампутації я вчився ходити в коридорі лікарні. Тут є все – від басейну до кухні, де вчать готувати з протезом», – сказав він.

Міська рада повідомила, що до кінця року центр прийме перших 60 пацієнтів, а на повну потужність вийде навесні.
""")), None, "unrelated", "ua-ukr1-unian")

# 10b. Ukrinform's second story (ukrinform.ua, nothing derives from it): Odesa grain.
add("ua-ukr2-ukrinform", "Укрінформ", "2026-11-24T15:40:00+02:00",
    "https://www.ukrinform.ua/rubric-economy/4012399-porti-velikoi-odesi-vid-pocatku-misaca-perevalili-4-1-miljona-tonn-zerna.html",
    "Порти Великої Одеси від початку місяця перевалили 4,1 мільйона тонн зерна",
    j(P("""
Порти Великої Одеси з 1 по 23 листопада перевалили 4,1 мільйона тонн зернових і олійних культур, що на 12% більше, ніж за аналогічний період минулого року.

Про це повідомили в Адміністрації морських портів України.

Найбільше відвантажили кукурудзи – 2,3 мільйона тонн, пшениці – 1,2 мільйона тонн. Основні напрямки – Єгипет, Іспанія, Туреччина та Китай.

За даними адміністрації, з початку місяця порти прийняли 168 суден.
""")), None, "unrelated", "ua-ukr2-ukrinform")

# ===========================================================================
# 11. Tanjug (absent): building starts on the Kovin–Smederevo bridge. Serbian papers close
# with "Izvor: Tanjug" or open with "(Tanjug)"; Cyrillic papers "Извор: Танјуг"; rewrites
# "prenosi Tanjug".
TAN1 = P("""
Ministar građevinarstva, saobraćaja i infrastrukture Dragan Milovanović položio je danas kamen temeljac za izgradnju mosta preko Dunava između Kovina i Smedereva, čija je vrednost 142 miliona evra.

Most će biti dugačak 1.830 metara, sa po dve saobraćajne trake u svakom smeru i pešačko-biciklističkom stazom, a radovi bi trebalo da budu završeni za 42 meseca.

"Ovaj most povezaće Južni Banat sa Podunavskim okrugom i skratiće put od Kovina do Smedereva sa 90 na samo 15 kilometara", rekao je Milovanović.

Gradonačelnik Smedereva Ivana Ristić istakla je da će most doneti nove investicije u industrijsku zonu grada i olakšati svakodnevni život hiljadama ljudi koji rade s druge strane reke.

Izgradnju finansira Republika Srbija iz kredita Evropske banke za obnovu i razvoj, a izvođač radova je konzorcijum srpskih i austrijskih firmi.
""")
TAN1_T = "Položen kamen temeljac za most Kovin–Smederevo"
C = "external:tanjug"
CYR = str.maketrans({
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "đ": "ђ", "e": "е", "ž": "ж", "z": "з",
    "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р",
    "s": "с", "t": "т", "ć": "ћ", "u": "у", "f": "ф", "h": "х", "c": "ц", "č": "ч", "š": "ш",
    "A": "А", "B": "Б", "V": "В", "G": "Г", "D": "Д", "Đ": "Ђ", "E": "Е", "Ž": "Ж", "Z": "З",
    "I": "И", "J": "Ј", "K": "К", "L": "Л", "M": "М", "N": "Н", "O": "О", "P": "П", "R": "Р",
    "S": "С", "T": "Т", "Ć": "Ћ", "U": "У", "F": "Ф", "H": "Х", "C": "Ц", "Č": "Ч", "Š": "Ш",
})


def cyr(s):
    for a, b in (("Lj", "Љ"), ("lj", "љ"), ("Nj", "Њ"), ("nj", "њ"), ("Dž", "Џ"), ("dž", "џ")):
        s = s.replace(a, b)
    return s.translate(CYR).replace("\"", "„", 1)


add("rs-tan1-blic", "Blic", "2026-11-24T12:10:00+01:00",
    "https://www.blic.rs/vesti/srbija/polozen-kamen-temeljac-za-most-kovin-smederevo/k3m9x2p",
    TAN1_T, j(TAN1) + "\n\nIzvor: Tanjug", C, "near_duplicate", C, j(TAN1))
add("rs-tan1-smederevskenovine", "Smederevske novine", "2026-11-24T12:45:00+01:00",
    "https://smederevskenovine.rs/2026/11/24/most-kovin-smederevo-za-42-meseca/",
    "Most Kovin–Smederevo za 42 meseca",
    "(Tanjug)\n\n" + j(TAN1[:4]) + "\n\nSvečanosti na smederevskoj obali prisustvovalo je oko 500 građana, a posle polaganja kamena temeljca održan je koncert KUD-a „Karađorđe“.",
    C, "near_duplicate", C, j(TAN1))
add("rs-tan1-politika", "Политика", "2026-11-24T13:30:00+01:00",
    "https://www.politika.rs/scc/clanak/642345/polozen-kamen-temeljac-za-most-kovin-smederevo",
    cyr(TAN1_T), cyr(j(TAN1[:4])) + "\n\nИзвор: Танјуг", C, "near_duplicate", C)
add("rs-tan1-danas", "Danas", "2026-11-24T14:50:00+01:00",
    "https://www.danas.rs/vesti/ekonomija/pocela-izgradnja-mosta-kovin-smederevo-vredan-142-miliona-evra/",
    "Počela izgradnja mosta Kovin–Smederevo vrednog 142 miliona evra",
    j(P("""
Izgradnja mosta preko Dunava između Kovina i Smedereva počela je danas polaganjem kamena temeljca, prenosi Tanjug. Most vredan 142 miliona evra trebalo bi da bude gotov za tri i po godine.

Prema rečima ministra Dragana Milovanovića, most dug 1.830 metara skratiće put između dva grada sa 90 na 15 kilometara.

Gradonačelnica Smedereva Ivana Ristić očekuje nove investicije u industrijsku zonu.

Projekat se finansira kreditom Evropske banke za obnovu i razvoj. Opozicioni odbornici u Kovinu ranije su kritikovali to što izvođač nije izabran na javnom tenderu.
""")), C, "derivative", C)


if __name__ == "__main__":
    finish(HERE, ARTS, TRUTH, BASE)
