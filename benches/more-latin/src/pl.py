# Polish stories. All events, people, companies and figures are invented; outlets, agencies and
# places are real. Each original: paragraphs as lists of sentences (joined by a space). Derived
# texts reference the original's sentences as (paragraph, sentence) tuples: copied verbatim.
# Quotations as Polish papers print them: a dash before speech, titles in „ ”.

LANG = "pl"
JOIN = " "
PARA = "\n\n"

ORIGINALS = [
dict(id="pl-01", source="Onet", published="2026-05-12T22:40:00+02:00",
     title="Rezerwowy dał Lechowi zwycięstwo. Poznaniacy wciąż w grze o mistrzostwo",
     paras=[
 ["Lech Poznań pokonał w zaległym meczu Ekstraklasy Pogoń Szczecin 2:1 i zachował szanse na mistrzostwo Polski.",
  "Zwycięskiego gola w 86. minucie zdobył głową rezerwowy Kacper Wilczek."],
 ["Lepiej w spotkanie weszli goście, którzy w 22. minucie objęli prowadzenie po strzale Mateusza Rogali.",
  "Lech długo nie potrafił sforsować dobrze ustawionej obrony rywali."],
 ["Po przerwie gospodarze ruszyli do odrabiania strat.",
  "W 60. minucie wyrównał Szymon Krawczyk, którego strzał z dystansu odbił się jeszcze od obrońcy.",
  "Pogoń odpowiadała kontratakami i raz trafiła w słupek."],
 ["– Drużyna pokazała charakter, walczyliśmy do ostatniej minuty – powiedział po meczu trener Lecha Tomasz Nowicki.",
  "Przed ostatnią kolejką poznaniacy tracą do lidera tylko punkt.",
  "W sobotę zagrają na wyjeździe z Koroną Kielce."],
]),
dict(id="pl-02", source="TVN24", published="2026-05-12T22:55:00+02:00",
     title="Raków przegrał u siebie z Jagiellonią",
     paras=[
 ["Raków Częstochowa przegrał we wtorek u siebie z Jagiellonią Białystok 0:2 w zaległym meczu Ekstraklasy.",
  "Mecz transmitowała stacja Polsat Sport."],
 ["W pierwszej połowie przewagę mieli gospodarze, ale nie wykorzystali dogodnych sytuacji.",
  "Najlepszą zmarnował w 28. minucie Adrian Sowa, który w sytuacji sam na sam przegrał pojedynek z bramkarzem gości."],
 ["Tuż po przerwie Jagiellonia objęła prowadzenie po strzale głową Pawła Mazura.",
  "W doliczonym czasie gry wynik ustalił rezerwowy Dominik Lis."],
 ["– Nie strzelamy goli i za łatwo tracimy bramki po stałych fragmentach gry – powiedział wprost trener Rakowa Marek Kubiak.",
  "Częstochowianie spadli na szóste miejsce w tabeli."],
]),
dict(id="pl-03", source="Rzeczpospolita", published="2026-05-12T12:40:00+02:00",
     title="Drewnex zarabia mniej. Niemcy nie kupują mebli",
     paras=[
 ["Producent mebli Drewnex zanotował w pierwszym kwartale 18 mln zł zysku netto, o 31 proc. mniej niż przed rokiem.",
  "Przychody spółki z Gniezna spadły o 9 proc., do 612 mln zł."],
 ["Zarząd tłumaczy słabsze wyniki przede wszystkim spadkiem zamówień z Niemiec, które odpowiadają za ponad połowę sprzedaży firmy.",
  "– Klienci w Europie Zachodniej wciąż wstrzymują się z większymi zakupami – powiedziała prezes Drewnexu Agnieszka Malinowska."],
 ["Na wyniki wpłynęły też wyższe koszty pracy.",
  "Płace w zakładach spółki wzrosły w ciągu roku średnio o 11 proc.",
  "Drewnex zatrudnia w Polsce ok. 5,4 tys. osób w czterech fabrykach."],
 ["Spółka nie wyklucza ograniczenia produkcji w zakładzie w Kole.",
  "Kurs akcji Drewnexu spadł we wtorek na warszawskiej giełdzie o 6,2 proc."],
]),
dict(id="pl-04", source="Dziennik Gazeta Prawna", published="2026-05-12T10:15:00+02:00",
     title="Przemysł znów zaskoczył. Produkcja rośnie szybciej od prognoz",
     paras=[
 ["Produkcja sprzedana przemysłu w kwietniu wzrosła o 2,4 proc. rok do roku, według danych GUS.",
  "Ekonomiści spodziewali się wzrostu o 1,5 proc."],
 ["W porównaniu z marcem produkcja zwiększyła się o 3,1 proc.",
  "Najszybciej rosła produkcja w branży motoryzacyjnej i elektronicznej."],
 ["Fakt, że przemysł drugi miesiąc z rzędu zaskakuje pozytywnie, nie oznacza jeszcze trwałego ożywienia.",
  "– Popyt zagraniczny pozostaje słaby, a firmy ostrożnie planują inwestycje – ocenia Katarzyna Wróbel, ekonomistka banku Nadwiślański."],
 ["Od czerwca zacznie obowiązywać rozporządzenie w sprawie ulgi energetycznej dla przemysłu, opublikowane we wtorek w Dzienniku Ustaw Rzeczypospolitej Polskiej.",
  "Według Ministerstwa Rozwoju i Technologii ulga obejmie ok. 2,3 tys. firm."],
]),
dict(id="pl-05", source="Gazeta Wyborcza", published="2026-05-12T15:20:00+02:00",
     title="Pięć lat więzienia dla byłego wiceprezesa wodociągów. Brał łapówki od wykonawców",
     paras=[
 ["Sąd Okręgowy w Krakowie skazał byłego wiceprezesa miejskiej spółki wodociągowej na pięć lat więzienia za przyjmowanie łapówek.",
  "Według sądu 57-letni Ryszard K. w latach 2019–2023 przyjął od wykonawców co najmniej 1,4 mln zł."],
 ["W zamian firmy miały wygrywać przetargi na modernizację sieci wodociągowej w Nowej Hucie i Podgórzu.",
  "Pieniądze przekazywano w gotówce, najczęściej na parkingu przed jednym z podkrakowskich centrów handlowych.",
  "Sprawa wyszła na jaw, gdy jeden z przedsiębiorców zgłosił się do CBA."],
 ["Oskarżony nie przyznał się do winy.",
  "Sąd uznał jednak jego wyjaśnienia za niewiarygodne.",
  "– Oskarżony traktował zamówienia publiczne jak prywatne źródło dochodu – mówiła w uzasadnieniu sędzia Anna Wierzbicka."],
 ["Prokuratura domagała się sześciu lat więzienia.",
  "Wyrok jest nieprawomocny, obrońca zapowiedział apelację."],
]),
dict(id="pl-06", source="Fakt", published="2026-05-12T17:05:00+02:00",
     title="Oszukali 86 seniorów na remontach. Ruszył proces małżeństwa z Pruszkowa",
     paras=[
 ["Przed Sądem Okręgowym w Warszawie ruszył we wtorek proces właścicieli firmy remontowej oskarżonych o oszukanie seniorów.",
  "Prokuratura zarzuca małżeństwu z Pruszkowa wyłudzenie ponad 2,1 mln zł od 86 osób."],
 ["Z aktu oskarżenia wynika, że małżonkowie oferowali starszym ludziom wymianę dachów i instalacji, a następnie zawyżali ceny nawet pięciokrotnie.",
  "Części prac w ogóle nie wykonywali."],
 ["Oskarżeni nie przyznają się do winy.",
  "– Przyszli do mamy trzy razy, za każdym razem z nowym rachunkiem – mówi „Faktowi” córka jednej z pokrzywdzonych.",
  "Sąd wyznaczył kolejne terminy rozpraw do końca czerwca."],
 ["Grozi im do dziesięciu lat więzienia."],
]),
dict(id="pl-07", source="Polsat News", published="2026-05-12T08:30:00+02:00",
     title="Pożar hali magazynowej w Strykowie. Alert RCB dla mieszkańców",
     paras=[
 ["W nocy z poniedziałku na wtorek spłonęła hala magazynowa w Strykowie pod Łodzią.",
  "Nikt nie został ranny."],
 ["Ogień pojawił się około godz. 2.40 w magazynie firmy handlującej chemią gospodarczą.",
  "Gdy na miejsce dotarli pierwsi strażacy, hala stała już w ogniu.",
  "W akcji gaśniczej brało udział ponad 40 zastępów straży pożarnej."],
 ["Ze względu na gęsty dym mieszkańcy gminy otrzymali alert RCB z zaleceniem, by nie otwierali okien.",
  "– Hali nie da się uratować, skupiamy się na tym, by ogień nie przeniósł się na sąsiednie budynki – powiedział rzecznik łódzkich strażaków bryg. Jędrzej Pawlak."],
 ["Pomiary jakości powietrza nie wykazały przekroczenia norm.",
  "Przyczyny pożaru ustala policja."],
]),
dict(id="pl-08", source="Wirtualna Polska", published="2026-05-12T11:00:00+02:00",
     title="Rzymskie monety i waga kupiecka. Niezwykłe odkrycie pod Kaliszem",
     paras=[
 ["Archeolodzy z Uniwersytetu Łódzkiego odkryli w pobliżu Kalisza pozostałości osady z okresu wpływów rzymskich.",
  "W trakcie wykopalisk znaleziono ponad 300 przedmiotów, w tym rzymskie monety i fragmenty naczyń szklanych."],
 ["Osada leżała przy szlaku bursztynowym, którym w starożytności transportowano bursztyn znad Bałtyku nad Morze Śródziemne.",
  "Najcenniejszym znaleziskiem jest brązowa waga kupiecka z kompletem odważników."],
 ["– To dowód, że tutejsi mieszkańcy prowadzili handel na dużą skalę – mówi kierująca badaniami dr Marta Grabowska.",
  "Prace prowadzono przed budową nowej drogi ekspresowej."],
 ["Zabytki trafią do Muzeum Okręgowego Ziemi Kaliskiej.",
  "Książkę o dziejach szlaku przygotowuje historyk i były dziennikarz Onetu Piotr Zaręba, który towarzyszył archeologom."],
]),
]

# Derived articles, keyed by original id.
DERIVED = {
"pl-01": dict(
  copy=dict(source="Gol24", published="2026-05-13T07:10:00+02:00"),
  near=dict(source="Interia", published="2026-05-13T08:20:00+02:00",
            edits=[("raz trafiła w słupek", "raz trafiła w poprzeczkę"),
                   ("dobrze ustawionej obrony", "świetnie ustawionej obrony")],
            append="Źródło: Onet",
            credit="Źródło: Onet"),
  deriv=dict(source="Meczyki.pl", published="2026-05-13T09:30:00+02:00",
             title="Wilczek bohaterem Lecha. Kolejorz wciąż goni lidera",
             credit="jak informuje Onet",
             paras=[
   ["Lech Poznań wciąż liczy się w walce o tytuł – jak informuje Onet, Kolejorz wygrał we wtorek zaległe spotkanie z Pogonią Szczecin 2:1.", (0, 1)],
   [(1, 0), "Dla Rogali było to już dwunaste trafienie w tym sezonie."],
   [(2, 1), (2, 2)],
   ["Bohater wieczoru, 19-letni Wilczek, wszedł na boisko zaledwie dziesięć minut przed końcem.",
    "Był to jego pierwszy gol w Ekstraklasie."],
   [(3, 1), "Jeśli Lech wygra w Kielcach, a lider straci punkty, tytuł trafi do Poznania."],
  ]),
  deriv2=dict(source="Sport.pl", published="2026-05-13T15:40:00+02:00",
              title="Kibice Lecha wykupili bilety na Kielce w godzinę", lead=1,
              credit="za portalem Meczyki.pl",
              paras=[
   ["Po końcowym gwizdku piłkarze Lecha podrzucali Wilczka do góry.",
    "Napastnik jest wychowankiem klubu, a w marcu podpisał pierwszy zawodowy kontrakt – informujemy za portalem Meczyki.pl."],
   ["Kibice Kolejorza w środę w niespełna godzinę wykupili całą pulę 2,5 tys. biletów na mecz w Kielcach.",
    "Trener Nowicki liczy, że do soboty wyleczy uraz kapitan zespołu Bartosz Wrona."],
  ]),
),
"pl-03": dict(
  copy=dict(source="Bankier.pl", published="2026-05-13T06:45:00+02:00"),
  near=dict(source="Strefa Inwestorów", published="2026-05-13T07:30:00+02:00",
            edits=[("o 31 proc. mniej", "o prawie jedną trzecią mniej"),
                   ("wciąż wstrzymują się", "nadal wstrzymują się")],
            append="Artykuł ukazał się pierwotnie w „Rzeczpospolitej”.",
            credit="ukazał się pierwotnie w „Rzeczpospolitej”"),
  deriv=dict(source="Business Insider Polska", published="2026-05-13T10:05:00+02:00",
             title="Meblarski gigant w kłopotach. Niemcy przestali kupować",
             credit="jak podaje „Rzeczpospolita”", credit_also=["Według „Rz”"],
             paras=[
   ["Branża meblowa wciąż nie może wyjść z dołka – jak podaje „Rzeczpospolita”, zysk jednego z największych producentów, Drewnexu, skurczył się w pierwszym kwartale o prawie jedną trzecią.", (0, 1)],
   [(1, 0), "Niemieccy konsumenci od dwóch lat ograniczają wydatki na wyposażenie mieszkań."],
   ["Problemy ma nie tylko Drewnex.",
    "Ogólnopolska Izba Gospodarcza Producentów Mebli szacuje, że eksport mebli spadł w ubiegłym roku o 7 proc.", (2, 0), (2, 1)],
   ["Według „Rz” spółka rozważa też zamknięcie jednej z linii w zakładzie w Kole.", (3, 1)],
  ]),
  deriv2=dict(source="Money.pl", published="2026-05-13T14:30:00+02:00",
              title="Tanieją meble? Producenci walczą o klientów", lead=1,
              credit="podaje Business Insider Polska",
              paras=[
   ["Słabszy popyt może oznaczać promocje w sklepach meblowych – podaje Business Insider Polska.",
    "Część producentów już obniżyła ceny w sprzedaży internetowej."],
   ["Ekonomiści zwracają uwagę, że branża meblowa odpowiada za ok. 2 proc. polskiego PKB.",
    "Jej kłopoty mogą więc odbić się na całej gospodarce."],
  ]),
),
"pl-05": dict(
  copy=dict(source="Gazeta.pl", published="2026-05-13T06:55:00+02:00"),
  near=dict(source="Dziennik Polski", published="2026-05-13T08:10:00+02:00",
            edits=[("najczęściej na parkingu", "zwykle na parkingu"),
                   ("Prokuratura domagała się", "Prokuratura żądała")],
            append="Czytaj także: Kolejne zarzuty w aferze wodociągowej"),
  deriv=dict(source="Gazeta Krakowska", published="2026-05-13T11:20:00+02:00",
             title="Afera w krakowskich wodociągach. Były wiceprezes skazany",
             credit="jak pisze „Gazeta Wyborcza”", credit_also=["donosi „Wyborcza”"],
             paras=[
   ["Pięć lat więzienia dla byłego wiceprezesa krakowskich wodociągów – jak pisze „Gazeta Wyborcza”, sąd nie miał wątpliwości, że mężczyzna przez lata brał łapówki.", (0, 1)],
   [(1, 0), "Chodziło o kontrakty warte łącznie ponad 80 mln zł."],
   [(1, 2), "Przedsiębiorca nagrywał później kolejne spotkania z urzędnikiem na polecenie agentów."],
   [(2, 0), (2, 2)],
   ["Jak donosi „Wyborcza”, spółka zamierza domagać się od byłego menedżera zwrotu strat.",
    "Wyrok nie jest prawomocny."],
  ]),
  deriv2=dict(source="LoveKraków.pl", published="2026-05-13T18:05:00+02:00",
              title="Miasto zmienia zasady przetargów po aferze w wodociągach", lead=1,
              paras=[
   ["Po wyroku magistrat zapowiedział zmiany w zasadach udzielania zamówień w miejskich spółkach.",
    "Każdy przetarg powyżej 5 mln zł ma być dodatkowo sprawdzany przez biuro kontroli."],
   ["Radni opozycji domagają się powołania specjalnej komisji.",
    "Chcą sprawdzić, czy nieprawidłowości nie dotyczyły także innych spółek miasta."],
  ]),
),
}

INDEPENDENT = [
dict(id="pl-07-indep", about="pl-07", source="Dziennik Łódzki", published="2026-05-12T10:45:00+02:00",
     title="Nocny pożar w Strykowie. Magazyn spłonął doszczętnie",
     quote="– Hali nie da się uratować, skupiamy się na tym, by ogień nie przeniósł się na sąsiednie budynki –",
     paras=[
 ["Czarny dym nad Strykowem widać było we wtorek rano nawet z autostrady A2.",
  "W nocy doszczętnie spłonął tam magazyn z chemią gospodarczą, na szczęście nikt nie ucierpiał."],
 ["Pierwsze zgłoszenie strażacy odebrali tuż przed godz. 3.",
  "Do gaszenia skierowano ponad czterdzieści zastępów, także z Łodzi i Zgierza."],
 ["Mieszkańcy dostali alert RCB z prośbą o zamknięcie okien.",
  "Jedna z mieszkanek opowiadała, że obudziły ją wybuchy."],
 ["Strażacy od początku nie mieli złudzeń co do losu hali.",
  "– Hali nie da się uratować, skupiamy się na tym, by ogień nie przeniósł się na sąsiednie budynki – mówił na miejscu rzecznik strażaków.",
  "Przyczyny pożaru nie są jeszcze znane."],
]),
]

# Phrases that look like a credit to an outlet and credit no source of the text: (phrase, what it
# could be taken for). Every one must occur in some text and be part of no recorded credit.
TRAPS = [
  ("Mecz transmitowała stacja Polsat Sport", "polsat (a channel broadcasting the match, not Polsat News)"),
  ("powiedział wprost", "wprost (the adverb 'plainly', not the weekly Wprost)"),
  ("według danych GUS", "a statistics office, not an outlet"),
  ("Fakt, że", "fakt (the word 'fact', not the paper Fakt)"),
  ("w Dzienniku Ustaw Rzeczypospolitej Polskiej", "rzeczpospolita / dziennik (the official journal of the Republic of Poland)"),
  ("Według Ministerstwa Rozwoju i Technologii", "a ministry, not an outlet"),
  ("mówi „Faktowi”", "fakt (a relative speaking to Fakt in its own report)"),
  ("dziennikarz Onetu", "onet (an employer, not a source)"),
]

COPY_KINDS = {"pl-01": "two spaces after sentences",
              "pl-03": "CRLF line ends",
              "pl-05": "single line breaks with trailing spaces"}


def copy_ws(text, oid):
    if oid == "pl-01":
        return text.replace(". ", ".  ")
    if oid == "pl-03":
        return text.replace("\n", "\r\n")
    return text.replace("\n\n", " \n")


# Wire stories absent from the corpus: not articles themselves, only run by others. `run` is a
# paper running it near verbatim after a dateline `head` (at most one edit, an appended line);
# `rewrites` keep 40-60% of its sentences as (paragraph, sentence) tuples and credit the agency
# by `credit`. In truth every such article hangs under external:<agency>/<story>.
ABSENT = [
dict(id="pl-w1", agency="pap", name="PAP", published="2026-05-12T09:40:00+02:00",
     title="Awaria w metrze. Stanął centralny odcinek linii M1",
     paras=[
 ["Z powodu awarii systemu zasilania we wtorek rano wstrzymano ruch pociągów na centralnym odcinku pierwszej linii metra w Warszawie.",
  "Utrudnienia dotknęły dziesiątki tysięcy pasażerów jadących do pracy."],
 ["Awaria wystąpiła około godz. 7.20 w rejonie stacji Świętokrzyska.",
  "Pociągi kursowały jedynie między stacjami Kabaty i Politechnika oraz Dworzec Gdański i Młociny.",
  "Na zamkniętym odcinku uruchomiono zastępczą komunikację autobusową."],
 ["Przyczyną było uszkodzenie kabla w podstacji trakcyjnej.",
  "Technicy usunęli usterkę po niespełna czterech godzinach."],
 ["Na przystankach w Śródmieściu tworzyły się długie kolejki do autobusów.",
  "Część pasażerów wybrała tramwaje i rowery miejskie."],
 ["Zarząd Transportu Miejskiego zapowiedział analizę przyczyn awarii.",
  "To już druga tak poważna usterka w metrze w tym roku."],
],
     run=dict(source="Super Express", published="2026-05-12T10:05:00+02:00",
              title="Paraliż w metrze. Pociągi nie jeździły przez centrum",
              head="Warszawa (PAP) - ",
              edits=[("długie kolejki", "bardzo długie kolejki")],
              append="kkr/ mhr/"),
     rewrites=[
  dict(source="Warszawa Nasze Miasto", published="2026-05-12T12:15:00+02:00",
       title="Poranny chaos w metrze. Pasażerowie utknęli na peronach",
       credit="podała PAP", credit_also=["jak poinformowała Polska Agencja Prasowa"],
       paras=[
   ["Fatalny poranek dla pasażerów warszawskiego metra: przez awarię zasilania pociągi nie kursowały przez centrum miasta, podała PAP.", (0, 1)],
   [(1, 0), (1, 1), (1, 2)],
   ["Na stacji Centrum pasażerowie czekali na peronach nawet kilkadziesiąt minut, zanim pracownicy metra poprosili ich o wyjście na powierzchnię.",
    "Przyczyną było uszkodzenie kabla, jak poinformowała Polska Agencja Prasowa."],
   [(3, 1), (4, 1)],
  ]),
  dict(source="Radio Zet", published="2026-05-12T13:30:00+02:00",
       title="Awaria metra w Warszawie. Usterkę usunięto po czterech godzinach",
       credit="według PAP", credit_also=["powiedział PAP"],
       paras=[
   ["Pierwsza linia metra w Warszawie znów działa normalnie – według PAP technicy usunęli awarię zasilania przed południem.",
    "Przez blisko cztery godziny pociągi nie jeździły przez Śródmieście."],
   [(1, 0), (1, 1)],
   [(2, 0), "– Sprawdzimy, dlaczego zawiodły zabezpieczenia, i wyciągniemy konsekwencje – powiedział PAP rzecznik metra Tomasz Wiśniewski."],
   [(3, 0), (4, 0), (4, 1)],
  ]),
     ]),
dict(id="pl-w2", agency="reuters", name="Reuters", published="2026-05-12T08:20:00+02:00",
     title="Wistal chce sprzedać 49 proc. projektu farmy wiatrowej Kormoran",
     paras=[
 ["Grupa energetyczna Wistal prowadzi zaawansowane rozmowy o sprzedaży 49 proc. udziałów w projekcie morskiej farmy wiatrowej Kormoran.",
  "Transakcja może być warta około 3 mld zł."],
 ["Wśród potencjalnych nabywców są fundusz infrastrukturalny z Kanady i duński koncern energetyczny.",
  "Umowa może zostać podpisana jeszcze przed wakacjami."],
 ["Farma o mocy 1,2 GW ma powstać ok. 40 km od brzegu na wysokości Łeby.",
  "Pierwszy prąd ma z niej popłynąć w 2031 roku."],
 ["Wistal potrzebuje partnera, by sfinansować budowę, której koszt szacowany jest na ponad 20 mld zł.",
  "Spółka nie odpowiedziała na prośbę o komentarz."],
 ["Kurs akcji Wistalu wzrósł we wtorek o 4,8 proc.",
  "Od początku roku papiery spółki zyskały ponad 20 proc.",
  "Polska chce do 2040 roku mieć na Bałtyku farmy wiatrowe o łącznej mocy 18 GW."],
],
     run=dict(source="Bankier.pl", published="2026-05-12T09:05:00+02:00",
              title="Wistal w rozmowach o sprzedaży udziałów w farmie Kormoran",
              head="WARSZAWA, 12 maja (Reuters) - ",
              edits=[],
              append="(Autorka: Anna Wójcik; redagował Marek Zając)"),
     rewrites=[
  dict(source="Puls Biznesu", published="2026-05-12T17:45:00+02:00",
       title="Wistal szuka wspólnika na Bałtyku. W grze Kanadyjczycy i Duńczycy",
       credit="według Reutersa", credit_also=["Reuters podał", "powiedział Reutersowi"],
       paras=[
   ["Wistal jest blisko sprzedaży prawie połowy projektu Kormoran – według Reutersa transakcja może być warta ok. 3 mld zł.", (1, 0)],
   ["Reuters podał, powołując się na dwa źródła zbliżone do rozmów, że umowa może zostać zawarta jeszcze w czerwcu.",
    "– Rozmowy są na ostatniej prostej – powiedział Reutersowi jeden z rozmówców."],
   [(2, 0), (2, 1)],
   [(3, 0), (4, 0)],
   ["Analitycy oceniają, że wejście partnera zmniejszy ryzyko finansowania całego projektu.", (4, 2)],
  ]),
     ]),
]
