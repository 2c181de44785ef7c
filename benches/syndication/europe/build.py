#!/usr/bin/env python3
"""Build a French/Spanish/German/Italian wire-copy test corpus for wiretrace.

Writes corpus.jsonl, truth.jsonl and the variants corpus-rev.jsonl (lines in
reverse order) and corpus-nodate.jsonl (no `published` field) next to this file.
All texts are invented; outlet names are real.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = []    # (article dict)
TRUTH = []   # (truth dict)


def add(id, source, published, url, title, text, parent, relation, cluster):
    ARTS.append(dict(id=id, source=source, published=published, url=url, title=title, text=text))
    TRUTH.append(dict(id=id, cluster=cluster, parent=parent, relation=relation))


def j(paras):
    return "\n\n".join(paras)


# ---------------------------------------------------------------------------
# 1. AFP dépêche (absent), French
AFP = [
    "Les contrôleurs de la SNCF sont appelés à la grève du vendredi 14 au lundi 17 mars, en plein départ en vacances d'hiver pour la zone C, a annoncé mercredi le syndicat SUD-Rail, qui réclame une hausse de la prime de travail et des recrutements à bord des TGV.",
    "Le préavis, déposé mardi soir, couvre l'ensemble des circulations TGV Inoui, Ouigo et Intercités. La direction de SNCF Voyageurs a indiqué qu'elle publierait jeudi à 17H00 ses prévisions de trafic et qu'elle « mettra tout en œuvre pour transporter le plus grand nombre de voyageurs ».",
    "« Nous alertons la direction depuis le mois de janvier, sans obtenir la moindre réponse sérieuse », a affirmé Julien Mareuil, secrétaire fédéral de SUD-Rail, lors d'une conférence de presse. Selon lui, près de 300 postes de contrôleurs restent vacants sur l'axe Sud-Est, ce qui contraint les agents à enchaîner des journées de plus de dix heures et à renoncer à leurs repos.",
    "Le syndicat demande notamment que la prime de travail des contrôleurs, aujourd'hui d'environ 600 euros bruts par mois, soit revalorisée de 100 euros, et que l'accord sur les fins de carrière signé l'an dernier soit étendu aux agents d'escale. Une table ronde doit se tenir le 12 mars au siège de la SNCF à Saint-Denis.",
    "Du côté du gouvernement, le ministère des Transports a appelé « chacun à la responsabilité » et rappelé qu'un « dialogue social exigeant » devait permettre d'éviter une grève « pénalisante pour des centaines de milliers de familles ».",
    "La CGT-Cheminots, premier syndicat de l'entreprise, n'a pas encore indiqué si elle se joindrait au mouvement. L'Unsa-Ferroviaire et la CFDT-Cheminots ont quant à elles fait savoir qu'elles privilégiaient la négociation.",
    "En février 2024, une grève des contrôleurs lancée par un collectif né sur les réseaux sociaux avait entraîné la suppression d'un TGV sur deux lors d'un week-end de départs en vacances, touchant quelque 150.000 voyageurs.",
    "La SNCF a précisé que les voyageurs dont le train serait supprimé seraient prévenus par SMS et courriel au plus tard 48 heures à l'avance, et qu'ils pourraient échanger ou se faire rembourser leur billet sans frais.",
]
AFP_T = "SNCF: les contrôleurs appelés à la grève pour les départs en vacances"
C = "external:afp"
add("fr-afp-lexpress", "L'Express", "2025-03-05T10:18:00+01:00",
    "https://www.lexpress.fr/economie/sncf-les-controleurs-appeles-a-la-greve-pour-les-departs-en-vacances-2hp7xq.html",
    AFP_T, "PARIS (AFP) - " + j(AFP), C, "exact_duplicate", C)
add("fr-afp-lacroix", "La Croix", "2025-03-05T10:25:00+01:00",
    "https://www.la-croix.com/france/sncf-les-controleurs-appeles-a-la-greve-pour-les-departs-en-vacances-20250305",
    AFP_T, "PARIS (AFP) - " + j(AFP), C, "exact_duplicate", C)
add("fr-afp-lefigaro", "Le Figaro", "2025-03-05T10:41:00+01:00",
    "https://www.lefigaro.fr/conjoncture/sncf-les-controleurs-appeles-a-la-greve-du-14-au-17-mars-20250305",
    "SNCF : les contrôleurs appelés à la grève du 14 au 17 mars", j(AFP) + "\n\n(Avec AFP)", C, "near_duplicate", C)
add("fr-afp-ouestfrance", "Ouest-France", "2025-03-05T11:02:00+01:00",
    "https://www.ouest-france.fr/economie/transports/sncf/greve-des-controleurs-sncf-un-preavis-depose-pour-les-vacances-d-hiver-7c1e2a",
    "Grève des contrôleurs SNCF : un préavis déposé pour les vacances d'hiver", j(AFP[:5]) + "\n\nOuest-France avec AFP", C, "near_duplicate", C)
add("fr-afp-lepoint", "Le Point", "2025-03-05T11:15:00+01:00",
    "https://www.lepoint.fr/economie/sncf-les-controleurs-appeles-a-la-greve-pour-les-departs-en-vacances-05-03-2025-2584110_28.php",
    AFP_T, j(AFP) + "\n\nSource AFP", C, "near_duplicate", C)
add("fr-afp-boursorama", "Boursorama", "2025-03-05T11:31:00+01:00",
    "https://www.boursorama.com/actualite-economique/actualites/sncf-les-controleurs-appeles-a-la-greve-pour-les-departs-en-vacances-3f0b1c9e",
    AFP_T, j(AFP[:6]) + "\n\n© AFP", C, "near_duplicate", C)
add("fr-afp-actu", "actu.fr", "2025-03-05T11:50:00+01:00",
    "https://actu.fr/societe/greve-sncf-les-controleurs-appeles-a-la-greve-du-14-au-17-mars_61922385.html",
    "Grève SNCF : les contrôleurs appelés à débrayer du 14 au 17 mars", j(AFP[:4]), C, "near_duplicate", C)
add("fr-afp-bfmtv", "BFMTV", "2025-03-05T12:30:00+01:00",
    "https://www.bfmtv.com/economie/entreprises/transports/greve-sncf-les-controleurs-menacent-les-departs-en-vacances-du-14-mars_AV-202503050412.html",
    "Grève SNCF: les contrôleurs menacent les départs en vacances du 14 mars",
    j([
        "Nouvelle galère en vue pour les vacanciers. SUD-Rail a déposé un préavis de grève des contrôleurs de la SNCF couvrant le week-end du 14 au 17 mars, qui coïncide avec les départs en vacances d'hiver de la zone C, dont Paris, selon l'AFP.",
        "Le syndicat réclame une augmentation de 100 euros de la prime de travail des contrôleurs et davantage de recrutements sur les TGV. D'après Julien Mareuil, responsable de SUD-Rail, environ 300 postes restent non pourvus sur l'axe Sud-Est, ce qui oblige les agents à des journées à rallonge.",
        "Tous les trains sont potentiellement concernés : TGV Inoui, Ouigo et Intercités. SNCF Voyageurs doit communiquer ses prévisions jeudi en fin d'après-midi, vers 17 heures, et assure vouloir faire partir le maximum de voyageurs.",
        "Une table ronde est prévue le 12 mars à Saint-Denis, ce qui laisse encore une chance d'éviter le conflit. La CFDT et l'Unsa disent privilégier le dialogue, tandis que la CGT ne s'est pas encore prononcée.",
        "Le souvenir de février 2024 reste dans toutes les têtes : la moitié des TGV avait alors été supprimée lors d'un week-end de départs, et 150.000 voyageurs avaient dû revoir leurs plans.",
        "Si votre train est annulé, la SNCF promet de vous prévenir par SMS ou par courriel 48 heures avant, avec échange ou remboursement gratuit de votre billet.",
    ]), C, "derivative", C)

# ---------------------------------------------------------------------------
# 2. Reuters in French (two stories), German, Spanish (two stories); all absent
R_FR = [
    "La Banque de France a abaissé mardi sa prévision de croissance pour l'économie française en 2025 à 0,7%, contre 0,9% attendu en décembre, en raison d'une demande intérieure plus faible qu'espéré et des incertitudes entourant la politique commerciale des États-Unis.",
    "L'institution prévoit toujours une accélération de l'activité en 2026, à 1,2%, puis à 1,3% en 2027, portée par le redressement de la consommation des ménages à mesure que l'inflation reflue.",
    "L'inflation mesurée par l'indice des prix à la consommation harmonisé (IPCH) devrait revenir à 1,4% en moyenne cette année, après 2,3% en 2024, avant de remonter légèrement à 1,6% en 2026.",
    "« Il n'y a pas de récession en vue, mais la reprise sera plus lente que prévu », a déclaré le gouverneur de la Banque de France lors d'une conférence de presse, soulignant que le taux d'épargne des ménages, proche de 18%, restait « anormalement élevé ».",
    "La banque centrale estime que le relèvement des droits de douane américains pourrait retrancher jusqu'à 0,2 point au produit intérieur brut français d'ici à 2026 si les mesures annoncées par Washington étaient pleinement appliquées.",
    "Le gouvernement table pour l'instant sur une croissance de 0,9% dans son budget pour 2025, une hypothèse que le Haut Conseil des finances publiques avait déjà jugée « un peu élevée ».",
    "Le taux de chômage devrait quant à lui augmenter modérément, à 7,8% fin 2025, avant de refluer à partir de 2026.",
]
R_FR_TAG = "(Reportage Jean Dupont, édité par Marie Durand)"
R_FR_TAG2 = "(Rédigé par Paul Lefèvre; édité par Marie Durand)"
R_FR_T = "La Banque de France abaisse sa prévision de croissance pour 2025"
C = "external:reuters"
add("fr-reu-boursorama", "Boursorama", "2025-03-11T09:44:00+01:00",
    "https://www.boursorama.com/bourse/actualites/la-banque-de-france-abaisse-sa-prevision-de-croissance-pour-2025-8d1f2e3a",
    R_FR_T, "PARIS, 11 mars (Reuters) - " + j(R_FR) + "\n\n" + R_FR_TAG, C, "near_duplicate", C)
add("fr-reu-zonebourse", "Zonebourse", "2025-03-11T10:05:00+01:00",
    "https://www.zonebourse.com/actualite-bourse/La-Banque-de-France-abaisse-sa-prevision-de-croissance-pour-2025--49208812/",
    R_FR_T, j(R_FR) + "\n\n" + R_FR_TAG, C, "near_duplicate", C)
add("fr-reu-challenges", "Challenges", "2025-03-11T11:20:00+01:00",
    "https://www.challenges.fr/economie/la-banque-de-france-abaisse-sa-prevision-de-croissance-pour-2025_912345",
    "Croissance: la Banque de France revoit sa prévision à la baisse", j(R_FR[:5]) + "\n\n" + R_FR_TAG2, C, "near_duplicate", C)

R_FR2 = [
    "La Commission européenne a annoncé mercredi des contre-mesures visant jusqu'à 26 milliards d'euros d'importations américaines, en réponse aux droits de douane de 25% imposés par Washington sur l'acier et l'aluminium européens.",
    "Les mesures seront introduites en deux temps : la réactivation le 1er avril de droits suspendus depuis 2018 sur des produits comme les bateaux, le bourbon ou les motos, puis, à la mi-avril, un nouveau paquet portant sur des produits industriels et agricoles.",
    "« Nous regrettons profondément cette décision, qui n'est justifiée ni économiquement ni juridiquement », a déclaré la présidente de la Commission dans un communiqué, ajoutant que l'Union restait « ouverte à la négociation ».",
    "Le commissaire européen au Commerce doit s'entretenir dans les prochains jours avec ses homologues américains pour tenter de trouver une solution avant l'entrée en vigueur des droits européens.",
    "Les exportations européennes d'acier et d'aluminium vers les États-Unis représentaient environ 28 milliards de dollars en 2024, d'après les estimations de la Commission.",
    "Plusieurs États membres, dont la France et l'Allemagne, ont soutenu la riposte de Bruxelles, tandis que l'Italie a appelé à éviter « une escalade qui ne profiterait à personne ».",
    "Les droits américains sur l'acier et l'aluminium sont entrés en vigueur mercredi à minuit, heure de Washington, sans exemption pour les alliés des États-Unis.",
]
R_FR2_TAG = "(Reportage Philip Carter et Julia Evans; version française Camille Roux, édité par Nicolas Bernard)"
R_FR2_T = "L'UE riposte aux droits de douane américains sur l'acier"
add("fr-reu2-investing", "Investing.com", "2025-03-12T14:20:00+01:00",
    "https://fr.investing.com/news/economy-news/lue-riposte-aux-droits-de-douane-americains-sur-lacier-2713345",
    R_FR2_T, j(R_FR2) + "\n\n" + R_FR2_TAG, C, "near_duplicate", C)
add("fr-reu2-capital", "Capital", "2025-03-12T15:05:00+01:00",
    "https://www.capital.fr/economie-politique/lue-riposte-aux-droits-de-douane-americains-sur-lacier-1508822",
    "Acier : l'UE prépare des contre-mesures sur 26 milliards d'euros de produits américains", j(R_FR2[:6]) + "\n\n" + R_FR2_TAG, C, "near_duplicate", C)

R_DE = [
    "Die Stimmung in den deutschen Chefetagen hat sich im März überraschend deutlich aufgehellt. Der Ifo-Geschäftsklimaindex stieg auf 86,9 Punkte von 85,3 Zählern im Februar, wie das Münchner Ifo-Institut am Montag zu seiner Umfrage unter rund 9000 Managern mitteilte.",
    "Ökonomen hatten im Schnitt lediglich mit einem Anstieg auf 85,9 Punkte gerechnet. Es ist der höchste Wert seit Juli vergangenen Jahres.",
    "„Die Hoffnung auf ein großes Finanzpaket für Infrastruktur und Verteidigung gibt der Wirtschaft spürbaren Auftrieb“, sagte Ifo-Konjunkturexperte Markus Lindner. Die Unternehmen beurteilten sowohl ihre aktuelle Lage als auch die Aussichten für die kommenden sechs Monate besser. Der Index der Erwartungen kletterte auf 87,7 Punkte, der Lageindex auf 86,1 Zähler.",
    "Vor allem in der Industrie verbesserte sich die Stimmung, getrieben von steigenden Auftragseingängen im Maschinenbau. Im Handel und bei den Dienstleistern fiel der Anstieg schwächer aus, auf dem Bau blieb die Lage angespannt.",
    "Die deutsche Wirtschaft war 2024 das zweite Jahr in Folge geschrumpft. Für das laufende Jahr erwarten die meisten Institute nur ein Mini-Wachstum von rund 0,2 Prozent. Die Unsicherheit über die US-Zollpolitik belastet insbesondere die exportabhängige Autoindustrie.",
    "„Von einer Trendwende zu sprechen, wäre verfrüht“, sagte Commerzbank-Volkswirt Stefan Kroll. „Aber die Richtung stimmt.“ Entscheidend sei, wie schnell die Milliarden aus dem geplanten Sondervermögen tatsächlich in Aufträge mündeten.",
]
R_DE_TAG_LONG = ("(Bericht von Hans Müller, redigiert von Petra Schmidt. Bei Rückfragen wenden Sie sich bitte an unsere "
                 "Redaktion unter berlin.newsroom@thomsonreuters.com (für Politik und Konjunktur) oder "
                 "frankfurt.newsroom@thomsonreuters.com (für Unternehmen und Märkte).)")
R_DE_TAG = "(Bericht von Hans Müller, redigiert von Petra Schmidt)"
R_DE_TAG_REP = "(Reporter: Hans Müller; Redigiert von: Petra Schmidt)"
R_DE_T = "Ifo-Geschäftsklima hellt sich im März überraschend deutlich auf"
add("de-reu-finanzen", "finanzen.net", "2025-03-24T10:12:00+01:00",
    "https://www.finanzen.net/nachricht/konjunktur/ifo-geschaeftsklima-hellt-sich-im-maerz-ueberraschend-deutlich-auf-14387722",
    R_DE_T, "München (Reuters) - " + j(R_DE) + "\n\n" + R_DE_TAG_LONG, C, "near_duplicate", C)
add("de-reu-boerseonline", "Börse Online", "2025-03-24T10:31:00+01:00",
    "https://www.boerse-online.de/nachrichten/konjunktur/ifo-geschaeftsklima-hellt-sich-im-maerz-ueberraschend-deutlich-auf-20379114.html",
    R_DE_T, j(R_DE) + "\n\n" + R_DE_TAG, C, "near_duplicate", C)
add("de-reu-onvista", "onvista", "2025-03-24T11:02:00+01:00",
    "https://www.onvista.de/news/2025/03-24-ifo-geschaeftsklima-hellt-sich-im-maerz-ueberraschend-deutlich-auf-10-26981543",
    "Ifo-Index steigt deutlicher als erwartet", j(R_DE[:5]) + "\n\n" + R_DE_TAG_REP, C, "near_duplicate", C)
add("de-reu-focus", "FOCUS online", "2025-03-24T11:35:00+01:00",
    "https://www.focus.de/finanzen/news/konjunktur/ifo-geschaeftsklima-hellt-sich-im-maerz-ueberraschend-deutlich-auf_id_260812345.html",
    R_DE_T, j(R_DE) + "\n\n" + R_DE_TAG_LONG, C, "near_duplicate", C)

R_ES = [
    "El Banco de España elevó el martes su previsión de crecimiento del producto interior bruto (PIB) para 2025 al 2,7%, desde el 2,5% anterior, gracias al buen comportamiento del consumo de los hogares y a la fortaleza del mercado laboral.",
    "Para 2026, el organismo prevé una moderación del avance de la economía hasta el 2,0%, y hasta el 1,8% en 2027, en línea con el agotamiento gradual de los vientos de cola que han impulsado la actividad en los dos últimos años.",
    "La inflación general se situaría en el 2,2% de media este año, frente al 2,8% de 2024, mientras que la subyacente, que excluye energía y alimentos frescos, bajaría al 2,3%.",
    "“La economía española mantiene un dinamismo notable, aunque los riesgos se han inclinado a la baja por el aumento de las tensiones comerciales”, dijo el director general de Economía del banco emisor, Ángel Castaño, en la presentación del informe trimestral.",
    "El supervisor advirtió de que una escalada arancelaria entre Estados Unidos y la Unión Europea podría restar hasta tres décimas al crecimiento español en 2026, sobre todo a través de las exportaciones de bienes de equipo y del sector agroalimentario.",
    "La tasa de paro, que cerró 2024 en el 10,6%, bajaría al 10,3% a finales de este año, de acuerdo con las nuevas proyecciones del organismo.",
    "El Gobierno prevé un crecimiento del 2,4% para este año en su cuadro macroeconómico, que el Ministerio de Economía revisará en abril.",
]
R_ES_TAG = "(Información de Juan Pérez; editado por Tomás López)"
R_ES_T = "El Banco de España eleva su previsión de crecimiento para 2025 al 2,7%"
add("es-reu-expansion", "Expansión", "2025-03-18T10:15:00+01:00",
    "https://www.expansion.com/economia/2025/03/18/67d93a1be5fdea0c4f8b45a7.html",
    R_ES_T, "MADRID, 18 mar (Reuters) - " + j(R_ES) + "\n\n" + R_ES_TAG, C, "near_duplicate", C)
add("es-reu-eleconomista", "elEconomista.es", "2025-03-18T10:40:00+01:00",
    "https://www.eleconomista.es/economia/noticias/13241877/03/25/el-banco-de-espana-eleva-su-prevision-de-crecimiento-para-2025-al-27.html",
    R_ES_T, j(R_ES) + "\n\n" + R_ES_TAG, C, "near_duplicate", C)
add("es-reu-investing", "Investing.com España", "2025-03-18T11:10:00+01:00",
    "https://es.investing.com/news/economy-news/el-banco-de-espana-eleva-su-prevision-de-crecimiento-para-2025-al-27-2861190",
    "El Banco de España mejora su previsión de PIB para 2025", j(R_ES[:5]) + "\n\n" + R_ES_TAG, C, "near_duplicate", C)

R_LA = [
    "El Banco de México recortó el jueves su tasa de interés de referencia en 50 puntos base, a un 9,00%, en una decisión unánime que estuvo en línea con lo esperado por el mercado, y dejó la puerta abierta a más reducciones de la misma magnitud.",
    "La junta de gobierno del banco central dijo en su comunicado que el entorno inflacionario permite seguir con el ciclo de relajamiento monetario, aunque advirtió sobre la incertidumbre que generan las políticas comerciales de Estados Unidos.",
    "La inflación general en México se ubicó en un 3,67% anual en la primera quincena de marzo, dentro del rango de variación de un punto porcentual en torno a la meta de 3% del banco central.",
    "“Hacia delante, la junta de gobierno prevé que podría continuar calibrando la postura monetaria con ajustes de una magnitud similar”, señaló el comunicado.",
    "Analistas consultados en un sondeo habían anticipado de forma unánime el recorte de medio punto porcentual. El peso mexicano se apreciaba un 0,4% tras el anuncio, a 20,12 unidades por dólar.",
    "La economía mexicana se contrajo un 0,6% en el cuarto trimestre de 2024 frente al trimestre previo, y el banco central redujo en febrero su pronóstico de crecimiento para este año a un 0,6%.",
]
R_LA_TAG = "(Reporte de Carlos Ramírez y Ana Torres; editado en español por Luis Herrera)"
R_LA_T = "Banxico recorta su tasa de interés en 50 puntos base, a 9%"
add("es-reu2-infobae", "Infobae", "2025-03-27T13:30:00-06:00",
    "https://www.infobae.com/america/agencias/2025/03/27/banxico-recorta-su-tasa-de-interes-en-50-puntos-base-a-9/",
    R_LA_T, j(R_LA) + "\n\n" + R_LA_TAG, C, "near_duplicate", C)
add("es-reu2-elfinanciero", "El Financiero", "2025-03-27T14:02:00-06:00",
    "https://www.elfinanciero.com.mx/economia/2025/03/27/banxico-recorta-su-tasa-de-interes-en-50-puntos-base-a-9/",
    "Banxico baja su tasa a 9% y anticipa más recortes", j(R_LA[:5]) + "\n\n" + R_LA_TAG, C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 3. EFE (one present, one absent) and dpa (one present, one absent)
EFE1 = [
    "El número de parados registrados en las oficinas de los servicios públicos de empleo bajó en febrero en 5.994 personas respecto al mes anterior, hasta un total de 2.593.449 desempleados, su nivel más bajo en un mes de febrero desde 2008, según los datos publicados este martes por el Ministerio de Trabajo y Economía Social.",
    "Por su parte, la Seguridad Social sumó una media de 100.340 afiliados en febrero, con lo que el total de ocupados se situó en 21.104.835 personas, informó el Ministerio de Inclusión, Seguridad Social y Migraciones.",
    "Por sectores, el desempleo descendió en servicios, con 9.812 parados menos, y en construcción, con 2.130 menos, mientras que aumentó en agricultura (1.945 más) y en el colectivo sin empleo anterior (3.212 más). La industria se mantuvo prácticamente estable.",
    "Por comunidades autónomas, el paro bajó en once de ellas, encabezadas por Andalucía (-6.842) y la Comunidad de Madrid (-3.517), y subió en seis, sobre todo en Cataluña (2.476 más) y Baleares (1.310 más).",
    "El número de contratos registrados en febrero fue de 1.136.025, un 2,1 % menos que hace un año. De ellos, 494.378 fueron indefinidos, el 43,5 % del total, una proporción muy superior a la de antes de la reforma laboral.",
    "“Febrero confirma la solidez del mercado de trabajo, que sigue creando empleo estable y de calidad”, señaló la secretaria de Estado de Trabajo, Lucía Moreno, en una rueda de prensa en la sede del ministerio.",
    "Los sindicatos CCOO y UGT valoraron los datos, aunque advirtieron de que la temporalidad sigue siendo elevada en el sector público y de que el desempleo juvenil continúa por encima del 25 %.",
]
EFE1_T = "El paro baja en 5.994 personas en febrero y la afiliación suma 100.340 ocupados"
C = "es-efe1-efe"
add("es-efe1-efe", "EFE", "2025-03-04T09:02:00+01:00",
    "https://efe.com/economia/2025-03-04/paro-febrero-baja-5994-personas/",
    EFE1_T, "MADRID, 4 mar (EFE).- " + j(EFE1), None, "original", C)
add("es-efe1-lavanguardia", "La Vanguardia", "2025-03-04T09:20:00+01:00",
    "https://www.lavanguardia.com/economia/20250304/10412345/paro-baja-5994-personas-febrero-afiliacion-suma-100340-ocupados.html",
    EFE1_T, "MADRID, 4 mar (EFE).- " + j(EFE1), C, "exact_duplicate", C)
add("es-efe1-20minutos", "20minutos", "2025-03-04T09:48:00+01:00",
    "https://www.20minutos.es/noticia/5688012/0/paro-baja-febrero-afiliacion-seguridad-social/",
    "El paro baja en febrero a su nivel más bajo desde 2008", j(EFE1[:5]), C, "near_duplicate", C)

EFE2 = [
    "El Ayuntamiento de Valencia desplegará un dispositivo de más de 2.400 agentes de la Policía Local, bomberos y servicios sanitarios durante las Fallas 2025, que se celebran hasta el 19 de marzo y que, de acuerdo con las previsiones municipales, atraerán a más de un millón de visitantes.",
    "La concejala de Seguridad Ciudadana, Marta Ribes, presentó este jueves el plan, que incluye 36 cortes de tráfico en el centro histórico, la ampliación del servicio nocturno de Metrovalencia y la instalación de 180 cámaras de videovigilancia en los alrededores de la plaza del Ayuntamiento.",
    "“Queremos unas Fallas seguras, en las que vecinos y visitantes puedan disfrutar de la fiesta sin sobresaltos”, afirmó Ribes, quien pidió a los ciudadanos que utilicen el transporte público y eviten acceder en coche al centro.",
    "Durante las mascletàs diarias, que se disparan a las 14.00 horas en la plaza del Ayuntamiento, el aforo estará limitado y se habilitarán cuatro accesos controlados por las calles San Vicente, Barcas, Marqués de Sotelo y la avenida del Oeste.",
    "El dispositivo sanitario contará con doce puestos de atención avanzada y 40 ambulancias, y el Servicio de Bomberos reforzará sus turnos durante la Nit del Foc y la Cremà, la noche del 19 de marzo, cuando arderán cerca de 800 monumentos.",
    "El consistorio recordó que está prohibida la venta de material pirotécnico a menores y que se intensificarán las inspecciones en los puntos de venta autorizados de toda la ciudad.",
]
EFE2_T = "Valencia desplegará más de 2.400 efectivos para garantizar la seguridad en Fallas"
C = "external:efe"
add("es-efe2-levante", "Levante-EMV", "2025-03-06T12:10:00+01:00",
    "https://www.levante-emv.com/fallas/2025/03/06/valencia-desplegara-2400-efectivos-seguridad-fallas-114512345.html",
    EFE2_T, "VALENCIA, 6 mar (EFE).- " + j(EFE2), C, "near_duplicate", C)
add("es-efe2-lasprovincias", "Las Provincias", "2025-03-06T12:32:00+01:00",
    "https://www.lasprovincias.es/fallas-valencia/dispositivo-seguridad-fallas-2025-20250306123200-nt.html",
    EFE2_T, j(EFE2) + "\n\nAgencia EFE", C, "near_duplicate", C)
add("es-efe2-eldiario", "elDiario.es", "2025-03-06T13:05:00+01:00",
    "https://www.eldiario.es/comunitat-valenciana/fallas-2025-dispositivo-seguridad-2400-efectivos_1_12120456.html",
    "Fallas 2025: 2.400 efectivos, 36 cortes de tráfico y 180 cámaras", j(EFE2[:4]) + "\n\n(Con información de EFE)", C, "near_duplicate", C)

DPA1 = [
    "Die Deutsche Bahn ist im Februar pünktlicher gewesen als im Vormonat. Im Fernverkehr erreichten 67,4 Prozent der ICE- und IC-Züge ihr Ziel mit weniger als sechs Minuten Verspätung, wie ein Bahnsprecher am Donnerstag in Berlin mitteilte. Im Januar hatte die Quote bei 64,1 Prozent gelegen.",
    "Ausgefallene Züge werden in der Statistik nicht berücksichtigt. Im Regionalverkehr lag die Pünktlichkeit im Februar bei 90,8 Prozent und damit leicht über dem Wert des Vorjahresmonats.",
    "Der Konzern führt die Verbesserung vor allem auf das milde Winterwetter und weniger Störungen an Weichen und Oberleitungen zurück. Zugleich behinderten zahlreiche Baustellen weiterhin den Betrieb, insbesondere auf den Strecken zwischen Köln und Frankfurt sowie zwischen Hamburg und Berlin.",
    "„Wir sind noch lange nicht da, wo wir hinwollen“, sagte Bahn-Vorstand Jens Albrecht. Ziel für das Gesamtjahr sei eine Pünktlichkeit von 65 bis 70 Prozent im Fernverkehr. 2024 hatte die Quote bei lediglich 62,5 Prozent gelegen, dem schlechtesten Wert seit mehr als zwei Jahrzehnten.",
    "Der Fahrgastverband Pro Bahn bezeichnete die Zahlen als „kleinen Lichtblick“. Sprecher Karl-Heinz Brenner forderte jedoch, die Generalsanierung des Schienennetzes zügiger voranzutreiben und Fahrgäste bei Bauarbeiten früher zu informieren.",
    "Die Bahn saniert in den kommenden Jahren mehr als 40 stark belastete Korridore. Die Strecke Hamburg–Berlin ist seit August komplett gesperrt und soll Ende April wieder freigegeben werden.",
]
DPA1_T = "Bahn im Februar pünktlicher - Fernverkehr bei 67,4 Prozent"
C = "de-dpa1-dpa"
add("de-dpa1-dpa", "dpa", "2025-03-06T07:31:00+01:00",
    "https://www.dpa.com/de/meldungen/bahn-im-februar-puenktlicher-fernverkehr-bei-67-4-prozent",
    DPA1_T, "Berlin (dpa) - " + j(DPA1), None, "original", C)
add("de-dpa1-zeit", "ZEIT ONLINE", "2025-03-06T07:55:00+01:00",
    "https://www.zeit.de/news/2025-03/06/bahn-im-februar-puenktlicher-fernverkehr-bei-67-4-prozent",
    DPA1_T, "Berlin (dpa) - " + j(DPA1) + "\n\n© dpa-infocom, dpa:250306-930-395871/2", C, "near_duplicate", C)
add("de-dpa1-stern", "stern", "2025-03-06T08:24:00+01:00",
    "https://www.stern.de/wirtschaft/news/deutsche-bahn-im-februar-puenktlicher-als-im-januar-35512345.html",
    "Deutsche Bahn im Februar pünktlicher als im Januar", j(DPA1[:5]), C, "near_duplicate", C)

DPA2 = [
    "Nach den kräftigen Schneefällen der vergangenen Tage herrscht in den bayerischen Alpen erhebliche Lawinengefahr. Der Lawinenwarndienst Bayern stufte die Lage am Freitag oberhalb von 1600 Metern auf die Warnstufe drei der fünfstufigen Skala ein.",
    "Besonders betroffen seien die Allgäuer Alpen und das Werdenfelser Land, wo bis zu 60 Zentimeter Neuschnee gefallen seien. Der teils stürmische Westwind habe große Triebschneeansammlungen in Rinnen und Mulden gebildet, hieß es im Lagebericht.",
    "Schon ein einzelner Wintersportler könne dort eine Lawine auslösen. Die Experten rieten Skitourengehern und Schneeschuhwanderern zu großer Zurückhaltung und empfahlen, steile Hänge über 30 Grad zu meiden.",
    "Am Donnerstag war am Nebelhorn bei Oberstdorf ein 34 Jahre alter Skitourengeher von einem Schneebrett erfasst worden. Er konnte sich nach Angaben der Polizei selbst befreien und blieb unverletzt.",
    "Der Deutsche Wetterdienst erwartet für das Wochenende steigende Temperaturen und Sonnenschein. Dadurch könne sich die Schneedecke zwar allmählich setzen, tagsüber steige aber die Gefahr von Nassschneelawinen an sonnigen Hängen, warnte der Lawinenwarndienst.",
    "Die Bergwacht Bayern bittet Wintersportler, sich vor jeder Tour über den aktuellen Lagebericht zu informieren und stets ein Lawinenverschüttetensuchgerät, eine Schaufel und eine Sonde mitzuführen.",
]
DPA2_T = "Erhebliche Lawinengefahr in den bayerischen Alpen"
C = "external:dpa"
add("de-dpa2-sz", "Süddeutsche Zeitung", "2025-03-07T09:32:00+01:00",
    "https://www.sueddeutsche.de/bayern/wetter-erhebliche-lawinengefahr-in-den-bayerischen-alpen-dpa.urn-newsml-dpa-com-20090101-250307-930-397012",
    DPA2_T, "München (dpa/lby) - " + j(DPA2) + "\n\n© dpa-infocom, dpa:250307-930-397012/1", C, "near_duplicate", C)
add("de-dpa2-merkur", "Merkur.de", "2025-03-07T10:08:00+01:00",
    "https://www.merkur.de/bayern/lawinengefahr-in-den-bayerischen-alpen-warnstufe-drei-93612345.html",
    "Lawinengefahr in den bayerischen Alpen: Warnstufe drei", j(DPA2) + "\n\ndpa/lby", C, "near_duplicate", C)
add("de-dpa2-augsburger", "Augsburger Allgemeine", "2025-03-07T10:47:00+01:00",
    "https://www.augsburger-allgemeine.de/bayern/allgaeu-erhebliche-lawinengefahr-in-den-bayerischen-alpen-id71234567.html",
    "Allgäu: Erhebliche Lawinengefahr in den Alpen", j(DPA2[:5]) + "\n\n(dpa/lby)", C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 4. ANSA (one present with a copy and a rewrite, one absent)
ANSA1 = [
    "A gennaio il tasso di disoccupazione in Italia scende al 6,1%, in calo di 0,2 punti rispetto a dicembre, e tocca il livello più basso da quando sono iniziate le serie storiche nel 2004. Lo rileva l'Istat nella stima provvisoria diffusa oggi, sottolineando che il numero di occupati sale a 24 milioni 222mila.",
    "Rispetto al mese precedente l'occupazione cresce di 145mila unità (+0,6%), un aumento che coinvolge uomini, donne e tutte le classi d'età a eccezione dei 35-49enni. Il tasso di occupazione sale al 62,8% (+0,3 punti).",
    "Il numero di persone in cerca di lavoro diminuisce del 3,1% (-50mila unità), mentre quello degli inattivi tra i 15 e i 64 anni cala dello 0,5%, pari a -62mila unità. Il tasso di inattività scende al 33,1%.",
    "Su base annua il numero di occupati supera quello di gennaio 2024 del 2,1% (+513mila unità). La disoccupazione giovanile, tra i 15 e i 24 anni, scende al 18,7% dal 19,6% di dicembre.",
    "\"Sono dati che confermano la solidità del mercato del lavoro italiano\", commenta la ministra del Lavoro in una nota, aggiungendo che \"la crescita dell'occupazione stabile è il frutto delle politiche messe in campo dal governo\".",
    "Più cauti i sindacati. Per la Cgil \"l'aumento degli occupati riguarda soprattutto gli over 50 e non basta a compensare la perdita di potere d'acquisto dei salari\". (ANSA).",
]
ANSA1_T = "Istat, a gennaio disoccupazione al 6,1%, minimo storico"
C = "it-ansa1-ansa"
add("it-ansa1-ansa", "ANSA", "2025-03-05T10:14:00+01:00",
    "https://www.ansa.it/sito/notizie/economia/2025/03/05/istat-a-gennaio-disoccupazione-al-61-minimo-storico_8a1b2c3d.html",
    ANSA1_T, "(ANSA) - ROMA, 05 MAR - " + j(ANSA1), None, "original", C)
add("it-ansa1-ilmessaggero", "Il Messaggero", "2025-03-05T10:41:00+01:00",
    "https://www.ilmessaggero.it/economia/news/istat_disoccupazione_gennaio_2025_minimo_storico-8712345.html",
    ANSA1_T, "(ANSA) - ROMA, 05 MAR - " + j(ANSA1[:5]) + " (ANSA).", C, "near_duplicate", C)
add("it-ansa1-repubblica", "la Repubblica", "2025-03-05T12:58:00+01:00",
    "https://www.repubblica.it/economia/2025/03/05/news/istat_disoccupazione_gennaio_record-423456789/",
    "Lavoro, disoccupazione al minimo dal 2004: a gennaio 145mila occupati in più",
    j([
        "Il mercato del lavoro italiano inizia il 2025 con un nuovo record. Secondo le stime provvisorie dell'Istat, a gennaio il tasso di disoccupazione è sceso al 6,1%, due decimi in meno di dicembre: mai così basso dall'avvio delle serie storiche, nel 2004.",
        "Gli occupati sono ora 24 milioni 222mila, 145mila in più in un solo mese. L'aumento riguarda uomini e donne e quasi tutte le fasce d'età, con l'eccezione di chi ha tra i 35 e i 49 anni. Il tasso di occupazione arriva al 62,8%.",
        "Calano sia i disoccupati, 50mila in meno (-3,1%), sia gli inattivi, scesi di 62mila unità. Rispetto a un anno fa gli occupati sono 513mila in più, +2,1%. Buone notizie anche per i giovani: la disoccupazione tra i 15 e i 24 anni passa dal 19,6% al 18,7%.",
        "Il governo rivendica il risultato: per la ministra del Lavoro i numeri dimostrano \"la solidità del mercato del lavoro italiano\". La Cgil frena gli entusiasmi, osservando che a crescere sono soprattutto gli occupati over 50 e che gli stipendi continuano a perdere potere d'acquisto.",
    ]), C, "derivative", C)

ANSA2 = [
    "Da domani, venerdì 7 marzo, a Milano e in altri otto comuni dell'area metropolitana scattano le misure temporanee di primo livello contro lo smog, dopo quattro giorni consecutivi di superamento del limite di 50 microgrammi per metro cubo di Pm10. Lo ha comunicato oggi la Regione Lombardia sulla base dei dati dell'Arpa.",
    "Le misure prevedono il divieto di circolazione per le auto diesel fino alla categoria Euro 4 dalle 7.30 alle 19.30, il limite di 19 gradi per il riscaldamento nelle abitazioni e negli uffici e il divieto di spandimento di liquami in agricoltura.",
    "Nella giornata di ieri la centralina di via Senato ha registrato una concentrazione media di 78 microgrammi, quella di viale Marche 84. Valori elevati anche a Monza, Bergamo e Cremona.",
    "\"La situazione meteorologica, con alta pressione e assenza di vento, favorisce l'accumulo degli inquinanti\", spiegano i tecnici dell'Arpa, che non prevedono precipitazioni significative prima di lunedì.",
    "Le associazioni ambientaliste chiedono misure strutturali. \"Non possiamo continuare a inseguire l'emergenza ogni inverno\", afferma Legambiente Lombardia, che sollecita il potenziamento del trasporto pubblico e l'estensione di Area B.",
    "I controlli saranno effettuati dalla Polizia locale, con sanzioni da 168 a 679 euro per chi viola i divieti.",
]
ANSA2_T = "Smog, da domani a Milano scattano le misure di primo livello"
C = "external:ansa"
add("it-ansa2-ilgiorno", "Il Giorno", "2025-03-06T16:31:00+01:00",
    "https://www.ilgiorno.it/milano/cronaca/smog-milano-misure-primo-livello-7-marzo-a1b2c3d4",
    ANSA2_T, "(ANSA) - MILANO, 06 MAR - " + j(ANSA2) + " (ANSA).", C, "near_duplicate", C)
add("it-ansa2-milanotoday", "MilanoToday", "2025-03-06T17:12:00+01:00",
    "https://www.milanotoday.it/attualita/smog-misure-primo-livello-7-marzo-2025.html",
    "Smog a Milano, stop ai diesel Euro 4 da venerdì 7 marzo", j(ANSA2[:5]) + "\n\nFonte: ANSA", C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 5. Independent reports of one event (must not be linked) and unrelated stories
add("de-ind-br24", "BR24", "2025-03-10T13:05:00+01:00",
    "https://www.br.de/nachrichten/bayern/kriminalstatistik-2024-weniger-straftaten-mehr-messerangriffe,UaB1c2D",
    "Kriminalstatistik 2024: Weniger Straftaten in Bayern, mehr Messerangriffe",
    j([
        "Die Zahl der in Bayern registrierten Straftaten ist im vergangenen Jahr leicht gesunken. Wie Innenminister Thomas Berger am Montag bei der Vorstellung der Polizeilichen Kriminalstatistik in München sagte, erfasste die Polizei 2024 insgesamt 612.430 Straftaten, 1,8 Prozent weniger als im Vorjahr. Die Aufklärungsquote stieg auf 66,9 Prozent.",
        "„Bayern ist und bleibt das sicherste Bundesland, und darauf können alle Polizistinnen und Polizisten stolz sein“, sagte Berger. Zugleich räumte er Probleme ein: Die Zahl der Messerangriffe nahm um knapp elf Prozent zu, vor allem in Großstädten wie München, Nürnberg und Augsburg.",
        "Deutlich gestiegen ist auch die Internetkriminalität. Betrugsmaschen wie der sogenannte Enkeltrick per Messenger oder gefälschte Online-Shops verursachten nach Schätzung des Landeskriminalamts einen Schaden von mehr als 90 Millionen Euro. Das LKA will deshalb seine Cybercrime-Abteilung um 60 Stellen aufstocken.",
        "Die Opposition im Landtag reagierte kritisch. Die Grünen warfen der Staatsregierung vor, die Statistik schönzureden, und verwiesen auf den anhaltenden Personalmangel bei der Polizei. Die Gewerkschaft der Polizei forderte mehr Geld für Ausrüstung und Digitalisierung.",
        "Berger kündigte an, die Zahl der Waffenverbotszonen zu erhöhen. Neben dem Münchner Hauptbahnhof sollen künftig auch Teile der Nürnberger Innenstadt dazugehören.",
    ]), None, "unrelated", "de-ind-br24")
add("de-ind-abendzeitung", "Abendzeitung München", "2025-03-10T15:40:00+01:00",
    "https://www.abendzeitung-muenchen.de/muenchen/kriminalstatistik-bayern-2024-berger-zieht-bilanz-art-1034567",
    "Kriminalstatistik: Berger feiert Bayern als sicherstes Bundesland",
    j([
        "Weniger Straftaten, aber mehr Messerangriffe: Das ist die Bilanz der bayerischen Polizei für das Jahr 2024. In der Münchner Staatskanzlei hat Innenminister Thomas Berger (CSU) am Montag die neue Kriminalstatistik präsentiert – und sich dabei selbst ein gutes Zeugnis ausgestellt.",
        "„Bayern ist und bleibt das sicherste Bundesland, und darauf können alle Polizistinnen und Polizisten stolz sein“, sagte der Minister. Insgesamt zählten die Ermittler gut 612.000 Delikte, ein Minus von knapp zwei Prozent. Zwei von drei Taten wurden aufgeklärt.",
        "Für München selbst fällt das Bild gemischt aus. Im Stadtgebiet registrierte das Polizeipräsidium rund 98.000 Straftaten, darunter deutlich mehr Gewalttaten rund um den Hauptbahnhof und am Stachus. Gerade dort, so Polizeipräsident Klaus Wendler, habe sich die seit Dezember geltende Waffenverbotszone bewährt: Bei Kontrollen seien mehr als 200 Messer sichergestellt worden.",
        "Sorgen bereitet den Beamten der Betrug im Netz. Immer häufiger würden ältere Menschen über WhatsApp von angeblichen Kindern oder Enkeln um Geld gebeten. Der Schaden gehe in die Millionen.",
        "SPD-Innenpolitiker im Landtag forderten mehr Streifen in den Stadtvierteln statt neuer Verbotszonen. Die Zahl der Messerangriffe – landesweit ein Plus von fast elf Prozent – zeige, dass Symbolpolitik nicht reiche.",
    ]), None, "unrelated", "de-ind-abendzeitung")

add("es-ind-elpais", "El País", "2025-03-17T14:20:00+01:00",
    "https://elpais.com/economia/2025-03-17/el-gobierno-subira-el-bono-alquiler-joven-a-300-euros-y-lo-ampliara-hasta-los-37-anos.html",
    "El Gobierno subirá el Bono Alquiler Joven a 300 euros y lo ampliará hasta los 37 años",
    j([
        "El Gobierno aprobará el próximo martes en el Consejo de Ministros una ampliación del Bono Alquiler Joven que elevará la ayuda de 250 a 300 euros mensuales y extenderá la edad máxima de los beneficiarios hasta los 37 años, tal y como ha anunciado este lunes la ministra de Vivienda y Agenda Urbana, Elena Montero, durante un acto en Valencia.",
        "La medida, dotada con 400 millones de euros para 2025, permitirá llegar a unos 90.000 jóvenes más, calcula el ministerio. Podrán acceder a ella quienes tengan ingresos inferiores a tres veces el IPREM, unos 25.200 euros anuales, y paguen un alquiler de hasta 900 euros, límite que las comunidades podrán elevar a 1.100 euros en zonas tensionadas.",
        "“El acceso a la vivienda es hoy la principal preocupación de los jóvenes y no vamos a mirar hacia otro lado”, afirmó Montero, que defendió que la ayuda se combine con el aumento del parque público de alquiler. El Ejecutivo prevé construir 43.000 viviendas a través de la nueva entidad pública empresarial de vivienda.",
        "Las asociaciones de inquilinos consideran insuficiente el aumento. El Sindicato de Inquilinas de Madrid sostiene que las ayudas directas “acaban en el bolsillo de los caseros” si no se acompañan de una regulación de los precios. Desde el PP, su portavoz de Vivienda calificó la medida de “parche electoralista”.",
        "Los jóvenes de entre 18 y 34 años destinan de media más del 40% de sus ingresos al pago del alquiler, una proporción que duplica la recomendada por los organismos internacionales.",
    ]), None, "unrelated", "es-ind-elpais")
add("es-ind-elmundo", "El Mundo", "2025-03-18T07:30:00+01:00",
    "https://www.elmundo.es/economia/vivienda/2025/03/18/67d8f1a2fc6c83b1238b4571.html",
    "Vivienda sube el Bono Alquiler Joven a 300 euros a las puertas del ciclo electoral",
    j([
        "La ministra de Vivienda, Elena Montero, anunció ayer en Valencia que el Bono Alquiler Joven subirá hasta los 300 euros al mes. La decisión llegará al Consejo de Ministros la semana que viene y supone 50 euros más que la cuantía actual.",
        "La gran novedad es la edad: los inquilinos de hasta 37 años podrán pedir la ayuda, frente al tope de 35 vigente. Hacienda ha reservado 400 millones para este año. Fuentes del ministerio calculan que unas 90.000 personas más se podrán beneficiar.",
        "“El acceso a la vivienda es hoy la principal preocupación de los jóvenes y no vamos a mirar hacia otro lado”, dijo Montero ante un auditorio de alcaldes socialistas valencianos, en un acto con aire de precampaña.",
        "En el PP no tardaron en reaccionar. Los populares consideran que el Gobierno “subvenciona la escasez” en lugar de liberar suelo y dar seguridad jurídica a los propietarios, y recuerdan que el precio medio del alquiler ha subido un 11% en el último año.",
        "Tampoco convence a los promotores. La patronal APCE advierte de que sin nueva oferta las ayudas solo empujan los precios al alza. Los requisitos de renta —tres veces el IPREM— y el tope de 900 euros de alquiler dejan fuera, añaden, a buena parte de los jóvenes de Madrid y Barcelona.",
    ]), None, "unrelated", "es-ind-elmundo")

add("fr-un-leparisien", "Le Parisien", "2025-03-06T18:10:00+01:00",
    "https://www.leparisien.fr/info-paris-ile-de-france-oise/transports/ligne-13-du-metro-un-preavis-de-greve-des-conducteurs-pour-le-20-mars-06-03-2025-KQ3ZL7.php",
    "Ligne 13 du métro : un préavis de grève des conducteurs pour le 20 mars",
    j([
        "Les usagers de la ligne 13 risquent de passer une mauvaise journée. Un préavis de grève a été déposé jeudi par la CGT-RATP pour le jeudi 20 mars, à l'appel des conducteurs de la ligne, qui dénoncent la dégradation de leurs conditions de travail depuis la mise en service du nouveau pilotage automatique sur une partie du tronçon nord.",
        "« Les incidents se multiplient, les temps de parcours sont intenables et la direction refuse d'entendre les agents », explique un conducteur du dépôt de Saint-Ouen, qui préfère rester anonyme. Les syndicats réclament l'embauche d'une vingtaine de conducteurs supplémentaires et l'ouverture de négociations sur les plannings.",
        "La RATP assure de son côté que le dialogue « n'est pas rompu » et qu'une réunion est prévue la semaine prochaine avec les organisations syndicales. La régie estime qu'il est trop tôt pour évaluer l'impact du mouvement sur le trafic.",
        "Ligne la plus chargée du réseau après la 1 et la 4, la 13 transporte chaque jour plus de 600.000 voyageurs entre Châtillon-Montrouge et Saint-Denis ou Asnières. Elle doit bénéficier d'ici à 2027 de nouvelles rames, promises depuis des années par Île-de-France Mobilités.",
    ]), None, "unrelated", "fr-un-leparisien")
add("it-un-lastampa", "La Stampa", "2025-03-05T19:45:00+01:00",
    "https://www.lastampa.it/torino/2025/03/05/news/museo_egizio_nuova_galleria_dei_re-15012345/",
    "Torino, il Museo Egizio apre la nuova Galleria dei Re",
    j([
        "Dopo diciotto mesi di lavori, il Museo Egizio di Torino ha presentato ieri sera la nuova Galleria dei Re, completamente ripensata nell'allestimento e nell'illuminazione. Le grandi statue di Ramesse II, di Sethi II e della dea Sekhmet sono ora disposte lungo un percorso scandito da specchi e proiezioni che raccontano la storia dei templi di Karnak e di Tebe.",
        "Il progetto, costato 4,5 milioni di euro finanziati in gran parte dalla Fondazione Compagnia di San Paolo, fa parte del programma di rinnovamento avviato in vista del bicentenario del museo, fondato nel 1824. Entro l'estate saranno completati anche la nuova piazza coperta e il collegamento con via Duse.",
        "«Volevamo che i visitatori potessero guardare le statue come le vedevano gli antichi egizi, con la luce che cambia nel corso della giornata», ha spiegato la curatrice Francesca Verri durante la presentazione, alla quale hanno partecipato il sindaco e numerosi egittologi stranieri.",
        "La galleria sarà aperta al pubblico da sabato. Per il primo fine settimana il museo prevede oltre diecimila ingressi e ha deciso di prolungare l'orario fino alle 22.",
    ]), None, "unrelated", "it-un-lastampa")
add("de-un-spiegel", "DER SPIEGEL", "2025-03-08T16:00:00+01:00",
    "https://www.spiegel.de/wissenschaft/natur/nordsee-schweinswale-forscher-zaehlen-deutlich-weniger-tiere-a-3f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8",
    "Schweinswale in der Nordsee: Forscher zählen deutlich weniger Tiere",
    j([
        "In der deutschen Nordsee leben offenbar deutlich weniger Schweinswale als noch vor zehn Jahren. Bei Zählflügen über der Ausschließlichen Wirtschaftszone registrierten Forschende der Tierärztlichen Hochschule Hannover im vergangenen Sommer rund 23.000 Tiere – etwa ein Drittel weniger als bei vergleichbaren Erhebungen Mitte der 2010er-Jahre.",
        "Besonders stark sei der Rückgang im Gebiet des Sylter Außenriffs, einem der wichtigsten Aufzuchtgebiete der kleinen Walart, schreiben die Autorinnen und Autoren in ihrem Bericht für das Bundesamt für Naturschutz. Als mögliche Ursachen nennen sie Beifang in Stellnetzen, Unterwasserlärm durch den Bau von Offshore-Windparks und einen Mangel an Beutefischen.",
        "„Wir sehen einen klaren Trend, auch wenn einzelne Jahre schwanken“, sagt die Meeresbiologin Anna Feldhaus. Schweinswale reagierten empfindlich auf Lärm; Rammarbeiten für Fundamente könnten die Tiere über Dutzende Kilometer vertreiben.",
        "Umweltverbände fordern nun, die Stellnetzfischerei in den Schutzgebieten vollständig zu verbieten. Das Bundesumweltministerium kündigte an, die Ergebnisse bei der anstehenden Überarbeitung der Managementpläne zu berücksichtigen. Eine neue Zählung ist für den Sommer 2026 geplant.",
    ]), None, "unrelated", "de-un-spiegel")
add("es-un-abc", "ABC Sevilla", "2025-03-07T11:15:00+01:00",
    "https://sevilla.abc.es/sevilla/ciudad/semana-santa-2025-carrera-oficial-palcos-20250307111500-nt.html",
    "La Carrera Oficial estrenará un nuevo sistema de palcos en la Semana Santa de 2025",
    j([
        "El Consejo General de Hermandades y Cofradías de Sevilla ha presentado este viernes el nuevo diseño de los palcos de la Carrera Oficial, que se estrenará en la Semana Santa de 2025 y que, según sus responsables, permitirá ganar espacio para el público y mejorar la evacuación en caso de emergencia.",
        "Las nuevas estructuras, más estrechas y de aluminio, se instalarán en la plaza de San Francisco y en la avenida de la Constitución a partir del 17 de marzo. El montaje costará alrededor de 1,2 millones de euros y se prolongará durante diez días, con cortes parciales de tráfico en el centro.",
        "El presidente del Consejo, Manuel Ortega, explicó que el cambio responde a las recomendaciones del plan de seguridad elaborado tras las avalanchas de hace dos años en la Madrugá. “La Semana Santa tiene que ser una fiesta segura para todos, también para quienes no tienen silla”, señaló.",
        "Los abonados recibirán la próxima semana la nueva numeración de sus sillas. El Consejo recuerda que la venta de localidades sueltas para el Viernes Santo se abrirá el 24 de marzo a través de su página web.",
    ]), None, "unrelated", "es-un-abc")


# ---------------------------------------------------------------------------
def write(name, arts):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")


def main():
    ids = [a["id"] for a in ARTS]
    assert len(ids) == len(set(ids))
    for a in ARTS:
        n = len(a["text"].split())
        if not 150 <= n <= 500: print("LEN", a["id"], n)
    write("corpus.jsonl", ARTS)
    write("corpus-rev.jsonl", list(reversed(ARTS)))
    write("corpus-nodate.jsonl", [{k: v for k, v in a.items() if k != "published"} for a in ARTS])
    write("truth.jsonl", TRUTH)
    print(f"{len(ARTS)} articles; words min {min(len(a['text'].split()) for a in ARTS)} "
          f"max {max(len(a['text'].split()) for a in ARTS)}")


if __name__ == "__main__":
    main()
