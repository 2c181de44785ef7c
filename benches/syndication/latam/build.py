#!/usr/bin/env python3
"""Build a Latin American wire-copy test corpus for wiretrace (Spanish and Brazilian Portuguese).

Writes corpus.jsonl and truth.jsonl next to this file. All stories are invented (people,
figures, quotes, events); outlet names, datelines, credit lines, sign-offs and URL shapes are
the ones these outlets use.

Agencies: EFE as Latin American papers run it ("Ciudad de México, 24 nov (EFE).-"), AP en
español ("TEGUCIGALPA (AP) —", "El periodista de The Associated Press ... contribuyó a este
despacho"), Reuters Latam ("Por ... / SANTIAGO, 24 nov (Reuters) -", "(Reporte de ...; Editado
en español por ...)", "((Mesa de edición ...))"), AFP en español ("Quito, 24 nov 2025 (AFP) -",
codes "ppf/ll/dga"), ANSA Latina ("(ANSA) - BUENOS AIRES, 24 NOV -"), Europa Press in Latin
America ("CARACAS, 24 Nov. (EUROPA PRESS) -", notimerica.com), Prensa Latina ("La Habana, 24 nov
(Prensa Latina)"), Télam (2022, "Fuente: Télam"), Noticias Argentinas ("Fuente: NA"), Notimex
(2019, "(Notimex).-", "NTX/..."), Andina ("Lima, nov. 24 (ANDINA).", "(FIN) ..."), Agência
Brasil ("Repórter da Agência Brasil", "Com informações da Agência Brasil"), Estadão Conteúdo,
Folhapress ("SÃO PAULO, SP (FOLHAPRESS) -"), Colprensa.

Truth conventions (as benches/syndication/asia): copies of a story whose agency page is not in
the input hang under `external:<agency>` (slug: the agency's name lower-cased, words joined by
'-', accents dropped; `estadao` for Estadão Conteúdo, `noticias-argentinas` for NA); copies are
exact_duplicate (same text) / near_duplicate (5-shingle Jaccard with the agency text >= 0.5,
or a cut from the bottom), rewrites derivative, whether they credit the agency or not; an
agency's own page in the input (efe.com, apnews.com, reuters.com, ansalatina.com,
europapress.es, prensa-latina.cu, andina.pe, agenciabrasil.ebc.com.br) is the root
("original", or "unrelated" when nothing derives from it); Notimérica is Europa Press's own
Latin American site, and its copy of a europapress.es story hangs under that story.
Independent reports of the same event and second stories of an agency stand alone (a second
story of an absent agency with copies is its own cluster `external:<agency>/2`).

Stories (71 articles): EFE's Oaxaca quake (absent: two whole copies, a cut with "EFE", a copy
with a local paragraph and "Con información de EFE", a rewrite "según informó la agencia EFE",
one not crediting, El Universal's own report) and Colombian coffee exports (efe.com present);
AP's Honduras floods (apnews.com present: a copy with "POR ... | AP", a cut, a rewrite "De
acuerdo con la agencia The Associated Press", El Heraldo's own report) and Mexico City water
cuts (absent, copyright line); Reuters' Chilean copper (absent: byline and "(Reporte de ...;
Editado en español por ...)", "((Mesa de edición ...))", a cut, Diario Financiero's rewrite "De
acuerdo con Reuters", La Tercera's own story on Codelco) and Argentine bonds (reuters.com
present); AFP's Sangay eruption (absent; "Quito (AFP) –", "(AFP)", "Según la agencia AFP",
Primicias' own report) and a Chilean ruling (absent, one copy); ANSA Latina (present, one copy
"Fuente: ANSA"); Europa Press (present, Notimérica and Infobae); Prensa Latina's solar park
(present: Cubadebate "(Con información de Prensa Latina)", Granma, Radio Rebelde "según
reportó la agencia Prensa Latina", 14ymedio's own report) and Jardines del Rey (absent);
Télam 2022 ("Fuente: Télam", "(Télam)", "según informó la agencia Télam"); NA ("Fuente: NA",
author "Noticias Argentinas"); Notimex 2019 ("(Notimex).-", "NTX/..."); Andina's water
emergency (present; "Fuente: Andina", "Con información de Andina", a rewrite "según informó la
agencia Andina") and Chan Chan (absent; El Peruano whole with "Lima, nov. 24 (ANDINA).",
Correo "(Andina)"); Agência Brasil's dengue vaccine (present: "*Com informações da Agência
Brasil", "Fonte: Agência Brasil", Metrópoles "segundo a Agência Brasil", g1's own story) and a
PF operation (absent, "Repórter da Agência Brasil"); Estadão Conteúdo ("Estadão Conteúdo",
"(Estadão Conteúdo)", author field); Folhapress ("SÃO PAULO, SP (FOLHAPRESS) -"); Colprensa
("BOGOTÁ (Colprensa).", "Colprensa", "informó Colprensa").
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
from corpus import ARTS, BASE, P, TRUTH, add, finish, j  # noqa: E402,F401


# ===========================================================================
# 1. EFE. Story 1 (absent): quake in Oaxaca. Story 2: EFE's own page (Bogotá), with copies.
EFE1 = P("""
Un sismo de magnitud 6,1 sacudió este lunes el sur de México con epicentro en el estado de Oaxaca, sin que hasta el momento se reporten víctimas mortales, informaron las autoridades.

El Servicio Sismológico Nacional (SSN) precisó que el temblor ocurrió a las 07:42 hora local (13:42 GMT) a 18 kilómetros al suroeste de Santiago Pinotepa Nacional, en la región de la Costa, y a una profundidad de 16 kilómetros.

La alerta sísmica se activó en la Ciudad de México, donde miles de personas salieron a las calles en plena hora pico, y el movimiento se percibió con fuerza en los estados de Guerrero, Puebla y Morelos.

"No tenemos reporte de pérdidas humanas; hay daños menores en viviendas de adobe y en dos templos de la Mixteca", declaró en rueda de prensa el coordinador estatal de Protección Civil de Oaxaca, Efraín Castañeda Ruiz.

El funcionario detalló que 34 viviendas presentan cuarteaduras, que se suspendieron las clases en 11 municipios de la Costa y que brigadas de la Comisión Federal de Electricidad (CFE) trabajaban para restablecer el suministro a unos 48.000 usuarios.

Hasta las 10:00 hora local, el SSN había registrado 63 réplicas, la mayor de magnitud 4,2.

México se ubica en el llamado Cinturón de Fuego del Pacífico, donde se registra cerca del 80 % de la actividad sísmica del planeta, y los estados de Oaxaca, Guerrero y Chiapas concentran la mayoría de los movimientos telúricos del país.

Los sismos del 7 y el 19 de septiembre de 2017, de magnitud 8,2 y 7,1, dejaron más de 400 muertos en el centro y sur del país.
""")
EFE1_T = "Sismo de magnitud 6,1 sacude el sur de México sin reporte de víctimas"
EFE1_BASE = "Ciudad de México, 24 nov (EFE).- " + j(EFE1)
C = "external:efe"
add("mx-efe1-swissinfo", "swissinfo.ch", "2025-11-24T08:31:00-06:00",
    "https://www.swissinfo.ch/spa/sismo-de-magnitud-6%2C1-sacude-el-sur-de-m%C3%A9xico-sin-reporte-de-v%C3%ADctimas/90412377",
    EFE1_T, EFE1_BASE, C, "exact_duplicate", C, EFE1_BASE)
add("mx-efe1-infobae", "Infobae", "2025-11-24T08:36:00-06:00",
    "https://www.infobae.com/america/agencias/2025/11/24/sismo-de-magnitud-61-sacude-el-sur-de-mexico-sin-reporte-de-victimas/",
    "Un sismo de magnitud 6,1 sacude Oaxaca y activa la alerta en Ciudad de México", EFE1_BASE,
    C, "exact_duplicate", C, EFE1_BASE)
add("mx-efe1-siglotorreon", "El Siglo de Torreón", "2025-11-24T09:05:00-06:00",
    "https://www.elsiglodetorreon.com.mx/noticia/2025/sismo-de-magnitud-6-1-sacude-el-sur-de-mexico.html",
    "Sismo de magnitud 6.1 sacude el sur de México",
    "Ciudad de México, 24 nov (EFE).- " + j(EFE1[:6]) + "\n\nEFE", C, "near_duplicate", C, EFE1_BASE)
add("mx-efe1-imparcial", "El Imparcial de Oaxaca", "2025-11-24T09:40:00-06:00",
    "https://imparcialoaxaca.mx/costa/sismo-de-6-1-en-pinotepa-nacional-deja-34-viviendas-danadas/",
    "Sismo de 6.1 en Pinotepa Nacional deja 34 viviendas dañadas",
    j(EFE1[:6]) + "\n\n" + j(P("""
En Santiago Pinotepa Nacional, comerciantes del mercado municipal permanecieron fuera del inmueble durante más de una hora mientras personal de Protección Civil municipal revisaba la estructura, que no presentó daños.

El presidente municipal informó que el albergue instalado en la unidad deportiva permanecerá abierto para las familias cuyas casas resultaron afectadas.
""")) + "\n\nCon información de EFE", C, "near_duplicate", C, EFE1_BASE)
add("mx-efe1-heraldochiapas", "El Heraldo de Chiapas", "2025-11-24T10:15:00-06:00",
    "https://www.elheraldodechiapas.com.mx/mexico/sismo-de-61-en-oaxaca-se-sintio-en-chiapas-20251124-1234567.html",
    "Sismo de 6.1 en Oaxaca se sintió en Chiapas; no hay víctimas",
    j(P("""
Un temblor de magnitud 6.1 con epicentro en la Costa de Oaxaca se sintió la mañana de este lunes en varias regiones del país, incluida la capital de Chiapas, según informó la agencia EFE.

De acuerdo con el Servicio Sismológico Nacional, el movimiento se registró a las 07:42 horas, a 18 kilómetros al suroeste de Santiago Pinotepa Nacional, con una profundidad de 16 kilómetros.

El coordinador estatal de Protección Civil de Oaxaca, Efraín Castañeda Ruiz, aseguró que no hay pérdidas humanas y que los daños se limitan a viviendas de adobe y a dos templos de la Mixteca; 34 casas presentan cuarteaduras y se suspendieron clases en 11 municipios.

En Tuxtla Gutiérrez, trabajadores de oficinas del centro evacuaron los edificios por precaución, aunque la Secretaría de Protección Civil de Chiapas no reportó afectaciones en la entidad.

Hasta media mañana se contabilizaban 63 réplicas, la mayor de 4.2.
""")), C, "derivative", C)
add("mx-efe1-quadratin", "Quadratín Oaxaca", "2025-11-24T10:50:00-06:00",
    "https://oaxaca.quadratin.com.mx/principal/sin-victimas-tras-sismo-de-6-1-en-la-costa-de-oaxaca/",
    "Sin víctimas tras sismo de 6.1 en la Costa de Oaxaca",
    j(P("""
OAXACA, Oax., 24 de noviembre de 2025.- Un sismo de magnitud 6.1 se registró la mañana de este lunes en la Costa oaxaqueña, con epicentro a 18 kilómetros al suroeste de Santiago Pinotepa Nacional, sin que se reporten víctimas.

El temblor ocurrió a las 07:42 horas a una profundidad de 16 kilómetros, de acuerdo con el reporte del Servicio Sismológico Nacional, y activó la alerta sísmica en la Ciudad de México.

"No tenemos reporte de pérdidas humanas; hay daños menores en viviendas de adobe y en dos templos de la Mixteca", dijo el coordinador estatal de Protección Civil, Efraín Castañeda Ruiz.

Según el funcionario, 34 viviendas tienen cuarteaduras y las clases se suspendieron en 11 municipios de la región, mientras la CFE trabaja para devolver la luz a unos 48 mil usuarios.

El SSN contabilizó 63 réplicas hasta las 10:00 horas; la de mayor magnitud fue de 4.2.
""")), C, "derivative", C)
add("mx-efe1-eluniversal", "El Universal", "2025-11-24T12:20:00-06:00",
    "https://www.eluniversal.com.mx/estados/en-pinotepa-duermen-en-la-calle-tras-sismo-de-61/",
    "En Pinotepa, familias sacan sus colchones a la calle tras sismo de 6.1",
    j(P("""
Santiago Pinotepa Nacional, Oax.- Doña Rufina Bautista no quiso volver a entrar a su casa. La pared del fondo, de adobe y con más de 60 años, se abrió de arriba abajo con el sismo de la mañana y desde entonces ella y sus nietos esperan bajo una lona en la banqueta.

Como ella, decenas de familias de los barrios Chico y Grande sacaron colchones y sillas a la calle, temerosas de las réplicas que no dejaron de sentirse durante el día.

"Se oyó como un tronido y luego todo se empezó a mover. Agarré a los niños y nos salimos corriendo", contó a EL UNIVERSAL.

En la iglesia de Santiago Apóstol, el sacerdote Leonel Cruz mostró las grietas que el movimiento dejó en la torre del campanario, que fue acordonada por elementos de la Guardia Nacional.

El ayuntamiento habilitó un albergue en la unidad deportiva, donde hasta la tarde se habían registrado 27 personas. Autoridades estatales prometieron enviar ingenieros mañana para revisar las viviendas dañadas.

En la zona, el comercio abrió a medias y las escuelas permanecieron cerradas.
""")), None, "unrelated", "mx-efe1-eluniversal")

EFE2 = P("""
Las exportaciones de café de Colombia crecieron un 18 % en octubre frente al mismo mes del año pasado, hasta 1,27 millones de sacos de 60 kilos, impulsadas por una mayor producción en el Eje Cafetero y los altos precios internacionales, informó este lunes la Federación Nacional de Cafeteros (FNC).

La producción del grano en octubre llegó a 1,41 millones de sacos, un 11 % más que en octubre de 2024, según el gremio.

"Las lluvias llegaron en el momento justo para la floración y hoy lo estamos viendo en la cosecha", dijo en un comunicado el gerente general de la FNC, Andrés Felipe Londoño Mejía.

En los últimos doce meses, entre noviembre de 2024 y octubre de 2025, las exportaciones sumaron 13,2 millones de sacos, el volumen más alto en tres décadas.

Estados Unidos siguió como el principal destino del café colombiano, con el 39 % de los envíos, seguido por la Unión Europea y Japón.

Colombia es el tercer productor mundial de café, detrás de Brasil y Vietnam, y el mayor de café arábica suave lavado.
""")
EFE2_T = "Las exportaciones de café de Colombia crecen un 18 % en octubre"
EFE2_TEXT = "Bogotá, 24 nov (EFE).- " + j(EFE2)
R = "co-efe2-efe"
add(R, "EFE", "2025-11-24T13:10:00-05:00",
    "https://efe.com/economia/2025-11-24/exportaciones-cafe-colombia-octubre/",
    EFE2_T, EFE2_TEXT, None, "original", R)
add("co-efe2-swissinfo", "swissinfo.ch", "2025-11-24T13:25:00-05:00",
    "https://www.swissinfo.ch/spa/las-exportaciones-de-caf%C3%A9-de-colombia-crecen-un-18-%25-en-octubre/90413021",
    EFE2_T, EFE2_TEXT, R, "exact_duplicate", R, EFE2_TEXT)
add("co-efe2-elespectador", "El Espectador", "2025-11-24T14:02:00-05:00",
    "https://www.elespectador.com/economia/exportaciones-de-cafe-de-colombia-crecieron-18-en-octubre/",
    "Exportaciones de café de Colombia crecieron 18 % en octubre",
    j(EFE2[:4]) + "\n\n*Con información de EFE", R, "near_duplicate", R, EFE2_TEXT)

# ===========================================================================
# 2. AP en español. Story 1 on apnews.com (present). Story 2 absent, with copies.
AP1 = P("""
TEGUCIGALPA (AP) — El gobierno de Honduras declaró el lunes estado de emergencia en siete departamentos del país tras una semana de lluvias que han dejado al menos nueve muertos, más de 4.000 damnificados y decenas de carreteras cortadas por derrumbes.

La Secretaría de Gestión de Riesgos y Contingencias Nacionales (COPECO) informó que la alerta roja se mantiene en los departamentos de Cortés, Yoro, Atlántida y Colón, en el norte del país, donde los ríos Ulúa y Chamelecón se han desbordado en varios puntos.

"Estamos hablando de comunidades completas que quedaron incomunicadas. Nuestra prioridad es sacar a la gente de las zonas bajas antes de que crezcan más los ríos", dijo a periodistas el comisionado de COPECO, Rodrigo Alvarado Pineda.

Según el reporte oficial, 1.350 personas permanecen en 42 albergues y las autoridades han evacuado a más de 2.600 familias del valle de Sula, la región más productiva del país.

La declaratoria permite al gobierno hacer compras directas de alimentos, medicinas y maquinaria sin pasar por los procesos de licitación habituales.

Los meteorólogos prevén que las lluvias, provocadas por un frente frío y una zona de baja presión en el Caribe, continúen al menos hasta el jueves.

En noviembre de 2020, los huracanes Eta e Iota dejaron casi un centenar de muertos en Honduras y pérdidas estimadas en 2.000 millones de dólares.

___

El periodista de The Associated Press Óscar Mejía Solórzano contribuyó a este despacho desde San Pedro Sula.
""")
AP1_T = "Honduras declara emergencia en siete departamentos por lluvias que dejan nueve muertos"
R = "hn-ap1-apnews"
add(R, "AP", "2025-11-24T15:48:00-06:00",
    "https://apnews.com/article/honduras-lluvias-emergencia-copeco-sula-4b7e21c9d05a3f6e8a1c2d3e4f5a6b7c",
    AP1_T, "Por MARLON ZEPEDA ROSALES\n\n" + j(AP1), None, "original", R)
add("hn-ap1-latimes", "Los Angeles Times en Español", "2025-11-24T16:20:00-06:00",
    "https://www.latimes.com/espanol/internacional/articulo/2025-11-24/honduras-declara-emergencia-en-siete-departamentos-por-lluvias",
    AP1_T, "POR MARLON ZEPEDA ROSALES | AP\n\n" + j(AP1), R, "near_duplicate", R, j(AP1))
add("hn-ap1-sandiego", "San Diego Union-Tribune en Español", "2025-11-24T16:45:00-06:00",
    "https://www.sandiegouniontribune.com/en-espanol/noticias/story/2025-11-24/honduras-declara-emergencia-por-lluvias",
    "Honduras declara emergencia por lluvias; hay nueve muertos",
    j(AP1[:5]), R, "near_duplicate", R, j(AP1))
add("hn-ap1-laprensa", "La Prensa (Honduras)", "2025-11-24T18:30:00-06:00",
    "https://www.laprensa.hn/honduras/emergencia-lluvias-siete-departamentos-copeco-valle-de-sula-HD26112401",
    "Medios internacionales destacan emergencia en Honduras por lluvias",
    j(P("""
La declaratoria de emergencia en siete departamentos de Honduras por las lluvias de la última semana fue destacada por medios internacionales este lunes. De acuerdo con la agencia The Associated Press (AP), las precipitaciones dejan al menos nueve muertos y más de 4.000 damnificados.

La AP recogió las declaraciones del comisionado de COPECO, Rodrigo Alvarado Pineda, quien afirmó que "estamos hablando de comunidades completas que quedaron incomunicadas" y que la prioridad es sacar a la gente de las zonas bajas.

Según el reporte citado por la agencia, 1.350 personas permanecen en 42 albergues y más de 2.600 familias fueron evacuadas del valle de Sula.

El despacho recordó que en noviembre de 2020 los huracanes Eta e Iota dejaron casi un centenar de muertos en el país.

La alerta roja sigue vigente en Cortés, Yoro, Atlántida y Colón.
""")), R, "derivative", R)
add("hn-ap1-elheraldo", "El Heraldo (Honduras)", "2025-11-24T19:10:00-06:00",
    "https://www.elheraldo.hn/honduras/chamelecon-desborda-familias-techo-lluvias-la-lima-FG26112402",
    "Familias de La Lima pasan la noche en los techos por crecida del Chamelecón",
    j(P("""
LA LIMA, CORTÉS.- Con el agua a la altura de la cintura, vecinos de la colonia Planeta cargaban este lunes lo poco que pudieron rescatar de sus casas: un televisor envuelto en plástico, dos sacos de frijoles, una jaula con gallinas.

El río Chamelecón rompió el bordo en la madrugada y en pocas horas inundó al menos 14 colonias del municipio, según el Cuerpo de Bomberos.

"Ya es la tercera vez en cinco años. Uno vuelve a empezar de cero", dijo a EL HERALDO Marta Lidia Orellana, quien pasó la noche con sus cuatro hijos sobre el techo de su vivienda hasta que una lancha de la Fuerza Naval los rescató.

La alcaldía abrió dos escuelas como albergues, donde a media tarde había unas 600 personas. Voluntarios de iglesias repartían café y pan.

COPECO mantiene la alerta roja para Cortés, y el gobierno declaró emergencia en siete departamentos.
""")), None, "unrelated", "hn-ap1-elheraldo")

AP2 = P("""
CIUDAD DE MÉXICO (AP) — Las autoridades de la capital mexicana anunciaron el lunes que reducirán en un 25% el suministro de agua a 312 colonias de seis alcaldías a partir del 1 de diciembre, ante el bajo nivel de las presas del Sistema Cutzamala.

El director del Sistema de Aguas de la Ciudad de México, Joaquín Ibarra Lozano, dijo en conferencia de prensa que el sistema se encuentra al 47% de su capacidad, muy por debajo del promedio histórico para esta época del año.

"No es un corte total, pero sí pedimos a la población que almacene agua y la use con responsabilidad", declaró Ibarra.

Las alcaldías afectadas son Iztapalapa, Tlalpan, Coyoacán, Álvaro Obregón, Magdalena Contreras y Tláhuac, donde viven cerca de 1,8 millones de personas.

El gobierno capitalino enviará 500 pipas adicionales para repartir agua en las zonas con mayores problemas de abasto.

El Cutzamala, una red de presas y plantas de bombeo, abastece a cerca de una cuarta parte de los más de 20 millones de habitantes del área metropolitana.

Copyright 2025 The Associated Press. Todos los derechos reservados. Este material no puede ser publicado, transmitido, reescrito o redistribuido sin permiso.
""")
C = "external:ap"
AP2_BASE = j(AP2)
add("mx-ap2-nuevoherald", "El Nuevo Herald", "2025-11-24T14:12:00-05:00",
    "https://www.elnuevoherald.com/noticias/mundo/america-latina/article312345678.html",
    "Ciudad de México reducirá 25% el agua a 312 colonias por bajo nivel del Cutzamala",
    AP2_BASE, C, "exact_duplicate", "external:ap/2", AP2_BASE)
add("mx-ap2-prensalibre", "Prensa Libre", "2025-11-24T14:40:00-06:00",
    "https://www.prensalibre.com/internacional/ciudad-de-mexico-reducira-agua-a-312-colonias-por-sequia-en-cutzamala/",
    "Ciudad de México reducirá el agua a 312 colonias por sequía en el Cutzamala",
    j(AP2[:5]), C, "near_duplicate", "external:ap/2", AP2_BASE)

# ===========================================================================
# 3. Reuters Latam. Story 1 absent (Chile copper), story 2 on reuters.com (present).
R1 = P("""
Por Valentina Rosales Ibáñez

SANTIAGO, 24 nov (Reuters) - La producción de cobre de Chile, el mayor productor mundial del metal, cayó un 4,2% interanual en octubre, a 441.300 toneladas, afectada por menores leyes del mineral y por una paralización en una de las principales minas del norte, informó el lunes el Instituto Nacional de Estadísticas (INE).

La estatal Codelco produjo 109.800 toneladas en el mes, un 6,8% menos que un año antes, mientras que la mina Escondida, controlada por BHP, elevó su producción un 3,1%, a 98.400 toneladas, según datos de la Comisión Chilena del Cobre (Cochilco).

En los primeros diez meses del año, la producción del país suma 4,52 millones de toneladas, un 1,3% menos que en igual lapso de 2024.

"La caída era esperada por la mantención programada en la concentradora, pero el dato es peor de lo que anticipaba el mercado", dijo Tomás Urrejola, economista jefe de la corredora Andes Capital.

Un sondeo de Reuters entre analistas había anticipado una caída de 2,5% en el mes.

El cobre representa cerca de la mitad de las exportaciones de Chile y es clave para las cuentas fiscales del país.

Los futuros del cobre en la Bolsa de Metales de Londres subían un 0,4%, a 10.812 dólares por tonelada, tras conocerse el dato.

(Reporte de Valentina Rosales Ibáñez; Editado en español por Manuel Farías Olea)
""")
R1_T = "Producción de cobre de Chile cae 4,2% en octubre por menores leyes y paralización"
R1_BASE = j(R1)
C = "external:reuters"
add("cl-r1-investing", "Investing.com Español", "2025-11-24T11:05:00-03:00",
    "https://es.investing.com/news/economy-news/produccion-de-cobre-de-chile-cae-42-en-octubre-3012345",
    R1_T, R1_BASE, C, "exact_duplicate", C, R1_BASE)
add("cl-r1-yahoo", "Yahoo Finanzas", "2025-11-24T11:09:00-03:00",
    "https://es-us.finanzas.yahoo.com/noticias/producci%C3%B3n-cobre-chile-cae-4-140512345.html",
    R1_T, j(R1[1:]) + "\n\n((Mesa de edición en español +562 24374447. Twitter: https://twitter.com/ReutersLatam; ))",
    C, "near_duplicate", C, R1_BASE)
add("cl-r1-emol", "Emol", "2025-11-24T11:30:00-03:00",
    "https://www.emol.com/noticias/Economia/2025/11/24/1182345/produccion-cobre-octubre.html",
    "Producción de cobre de Chile cae 4,2% en octubre",
    j(R1[1:5]), C, "near_duplicate", C, R1_BASE)
add("cl-r1-df", "Diario Financiero", "2025-11-24T12:15:00-03:00",
    "https://www.df.cl/mercados/commodities/produccion-de-cobre-cae-4-2-en-octubre-y-decepciona-al-mercado",
    "Producción de cobre cae 4,2% en octubre y decepciona al mercado",
    j(P("""
La producción de cobre de Chile retrocedió 4,2% interanual en octubre, hasta 441.300 toneladas, según las cifras del INE, un resultado más débil que el esperado por los analistas.

De acuerdo con Reuters, un sondeo de la agencia entre expertos anticipaba una baja de 2,5% en el mes. La agencia atribuyó la caída a menores leyes del mineral y a la paralización de una faena en el norte.

Codelco elaboró 109.800 toneladas, un 6,8% menos que en octubre de 2024, mientras que Escondida subió 3,1%, a 98.400 toneladas, mostraron datos de Cochilco.

Entre enero y octubre, la producción acumulada llega a 4,52 millones de toneladas, un 1,3% inferior a la de igual periodo del año pasado.

El economista jefe de Andes Capital, Tomás Urrejola, dijo a la agencia que "el dato es peor de lo que anticipaba el mercado".
""")), C, "derivative", C)
add("cl-r1-latercera", "La Tercera", "2025-11-24T13:40:00-03:00",
    "https://www.latercera.com/pulso/noticia/codelco-anota-su-peor-octubre-en-dos-decadas/ABCDEF123456/",
    "Codelco anota su peor octubre en dos décadas",
    j(P("""
La cuprífera estatal Codelco produjo 109.800 toneladas de cobre en octubre, su nivel más bajo para ese mes desde 2004, según las cifras publicadas este lunes por Cochilco.

La compañía atribuyó el resultado a la mantención programada de la concentradora de Chuquicamata, que se extendió por 19 días, y a la menor ley en El Teniente, donde aún no se normalizan las labores tras el accidente de 2025.

"Estamos en la parte baja del ciclo. El plan de inversiones de la empresa recién dará frutos hacia 2027", explicó a Pulso la académica de la Universidad de Chile Francisca Bórquez Saavedra.

En el mercado, operadores señalaron que la producción total del país, que cayó 4,2% según el INE, no debería presionar al alza el precio del metal, dado el bajo nivel de demanda de China.

En el directorio de Codelco se espera para diciembre la presentación de un nuevo plan de negocios, con un ajuste a la meta de producción para 2026.
""")), None, "unrelated", "cl-r1-latercera")

R2 = P("""
Por Martín Echeverry Sosa

BUENOS AIRES, 24 nov (Reuters) - Los bonos soberanos de Argentina subían el lunes hasta un 2,8% y el riesgo país caía a su nivel más bajo en siete años, después de que el Gobierno anunciara un canje voluntario de deuda en pesos con vencimiento en 2026.

El Ministerio de Economía ofrecerá a los tenedores de 11 títulos ajustados por inflación cambiar sus papeles por nuevos bonos con vencimiento entre 2027 y 2029, según un comunicado oficial.

El índice de riesgo país elaborado por JP Morgan bajaba 34 puntos básicos, a 612 unidades, mientras que el índice S&P Merval de la bolsa porteña avanzaba un 1,9%.

"El canje despeja buena parte del muro de vencimientos del año próximo, que era la principal preocupación del mercado", dijo Lucía Barbieri, estratega de la sociedad de bolsa Río Plata Valores.

En el mercado cambiario oficial, el peso se depreciaba un 0,3%, a 1.452 unidades por dólar.

(Reporte de Martín Echeverry Sosa; Editado en español por Rodrigo Campos Ledesma)
""")
R = "ar-r2-reuters"
add(R, "Reuters", "2025-11-24T13:22:00-03:00",
    "https://www.reuters.com/latam/negocio/bonos-argentinos-suben-y-riesgo-pais-cae-tras-anuncio-de-canje-2025-11-24/",
    "Bonos argentinos suben y riesgo país cae a mínimo de siete años tras anuncio de canje",
    j(R2), None, "original", R)
add("ar-r2-infobae", "Infobae", "2025-11-24T13:40:00-03:00",
    "https://www.infobae.com/america/agencias/2025/11/24/bonos-argentinos-suben-y-riesgo-pais-cae-tras-anuncio-de-canje/",
    "Bonos argentinos suben y riesgo país cae a mínimo de siete años tras anuncio de canje",
    j(R2[1:]), R, "near_duplicate", R, j(R2))

# ===========================================================================
# 4. AFP en español. Story 1 absent (Ecuador volcano); story 2 absent (Chile), one copy.
AFP1 = P("""
El volcán Sangay, en el sur de Ecuador, lanzó el lunes una columna de ceniza de hasta 8 kilómetros de altura que cayó sobre al menos cinco provincias y obligó a cerrar temporalmente el aeropuerto de Guayaquil, informaron las autoridades.

El Instituto Geofísico de la Escuela Politécnica Nacional reportó "una actividad explosiva alta" desde la madrugada, con flujos piroclásticos que descendieron por el flanco sureste del coloso de 5.230 metros.

La ceniza alcanzó zonas rurales de las provincias de Chimborazo, Bolívar, Guayas, Los Ríos y Morona Santiago, según la Secretaría de Gestión de Riesgos.

"Recomendamos a la población usar mascarillas, cubrir las fuentes de agua y proteger a los animales", dijo a la prensa la secretaria de Gestión de Riesgos, Paola Recalde Jácome.

La autoridad aeroportuaria de Guayaquil suspendió las operaciones durante seis horas y desvió 14 vuelos a Quito y Manta.

El Sangay, uno de los volcanes más activos del mundo, se encuentra en erupción de forma casi continua desde 2019, aunque rara vez amenaza a poblaciones por estar en una zona remota de la Amazonía andina.

Ecuador tiene 27 volcanes activos y potencialmente activos.

ppf/ll/dga
""")
AFP1_BASE = "Quito, 24 nov 2025 (AFP) - " + j(AFP1)
AFP1_T = "Volcán ecuatoriano Sangay lanza ceniza sobre cinco provincias y obliga a cerrar aeropuerto"
C = "external:afp"
add("ec-afp1-yahoo", "Yahoo Noticias", "2025-11-24T13:05:00-05:00",
    "https://es-us.noticias.yahoo.com/volc%C3%A1n-ecuatoriano-sangay-lanza-ceniza-180512345.html",
    AFP1_T, AFP1_BASE, C, "exact_duplicate", C, AFP1_BASE)
add("ec-afp1-france24", "France 24", "2025-11-24T13:20:00-05:00",
    "https://www.france24.com/es/minuto-a-minuto/20251124-volc%C3%A1n-ecuatoriano-sangay-lanza-ceniza-sobre-cinco-provincias",
    AFP1_T, "Quito (AFP) – " + j(AFP1[:7]), C, "near_duplicate", C, AFP1_BASE)
add("ec-afp1-eluniverso", "El Universo", "2025-11-24T14:10:00-05:00",
    "https://www.eluniverso.com/noticias/ecuador/volcan-sangay-ceniza-aeropuerto-guayaquil-nota/",
    "Ceniza del volcán Sangay obliga a cerrar el aeropuerto de Guayaquil",
    j(AFP1[:5]) + "\n\n(AFP)", C, "near_duplicate", C, AFP1_BASE)
add("ec-afp1-elcomercio", "El Comercio (Ecuador)", "2025-11-24T15:30:00-05:00",
    "https://www.elcomercio.com/actualidad/ecuador/sangay-ceniza-cinco-provincias-vuelos-desviados.html",
    "Sangay: ceniza en cinco provincias y 14 vuelos desviados",
    j(P("""
El volcán Sangay volvió a ser noticia este 24 de noviembre de 2025. Según la agencia AFP, el coloso lanzó una columna de ceniza de hasta 8 kilómetros de altura que cayó en al menos cinco provincias.

El Instituto Geofísico reportó una "actividad explosiva alta" desde la madrugada, con flujos piroclásticos por el flanco sureste.

La caída de ceniza se registró en zonas rurales de Chimborazo, Bolívar, Guayas, Los Ríos y Morona Santiago. La secretaria de Gestión de Riesgos, Paola Recalde Jácome, pidió usar mascarillas y cubrir las fuentes de agua.

En Guayaquil, el aeropuerto José Joaquín de Olmedo suspendió operaciones durante seis horas; 14 vuelos fueron desviados a Quito y Manta, según la agencia francesa.

Los agricultores de Guamote, en Chimborazo, reportaron cultivos de papa y haba cubiertos por una capa gris.
""")), C, "derivative", C)
add("ec-afp1-primicias", "Primicias", "2025-11-24T17:45:00-05:00",
    "https://www.primicias.ec/sociedad/volcan-sangay-ceniza-guamote-agricultores-104321/",
    "Agricultores de Guamote limpian la ceniza del Sangay de sus cultivos",
    j(P("""
En la parroquia Cebadas, en Guamote, la mañana amaneció gris. Los techos de zinc, los potreros y las sementeras de papa quedaron cubiertos por una capa fina de ceniza que el viento trajo desde el volcán Sangay.

"Con esta ceniza el ganado no quiere comer. Tenemos que lavar el pasto con la manguera", contó a PRIMICIAS Segundo Yupanqui, productor de leche de la comunidad Atapo.

El Ministerio de Agricultura envió técnicos a la zona para evaluar las pérdidas. Hasta la tarde, se habían reportado 1.200 hectáreas afectadas en Chimborazo.

El Instituto Geofísico advirtió que la actividad del volcán podría mantenerse alta en los próximos días y que la dirección del viento hacia el oeste seguirá llevando ceniza hacia la Sierra centro y la Costa.

Las clases presenciales se suspendieron en las escuelas de Cebadas y Palmira.
""")), None, "unrelated", "ec-afp1-primicias")

AFP2 = P("""
La Corte Suprema de Chile ordenó el lunes al Estado indemnizar con 1.200 millones de pesos (unos 1,3 millones de dólares) a 14 familias de pescadores artesanales afectados por un derrame de petróleo en la bahía de Quintero en 2014.

El fallo, adoptado por unanimidad por la tercera sala del máximo tribunal, establece que la Armada y la Dirección General del Territorio Marítimo "no ejercieron la fiscalización debida" sobre la empresa responsable de la descarga.

"Es una sentencia histórica para los pescadores que llevamos once años esperando", dijo a la AFP Héctor Villagrán Muñoz, presidente del sindicato de pescadores de Ventanas.

La bahía de Quintero, a unos 150 km al noroeste de Santiago, concentra un complejo industrial con refinerías, termoeléctricas y una fundición de cobre, y es conocida en Chile como una "zona de sacrificio".

pa/lm/mel
""")
add("cl-afp2-france24", "France 24", "2025-11-24T16:02:00-03:00",
    "https://www.france24.com/es/minuto-a-minuto/20251124-corte-suprema-de-chile-ordena-indemnizar-a-pescadores-por-derrame-en-quintero",
    "Corte Suprema de Chile ordena indemnizar a pescadores por derrame en Quintero",
    "Santiago de Chile (AFP) – " + j(AFP2[:4]), "external:afp", "near_duplicate", "external:afp/2",
    "Santiago, 24 nov 2025 (AFP) - " + j(AFP2))

# ===========================================================================
# 5. ANSA Latina: own page (present) and one copy.
ANSA1 = P("""
(ANSA) - BUENOS AIRES, 24 NOV - El gobierno italiano y la provincia argentina de Mendoza firmaron hoy un acuerdo para financiar con 45 millones de euros la modernización de los sistemas de riego de unos 2.300 pequeños productores vitivinícolas de origen italiano.

El convenio fue firmado en la capital mendocina por el viceministro italiano de Asuntos Exteriores, Giorgio Bellandi, y el gobernador de la provincia, en presencia de representantes de la comunidad ítalo-argentina.

"Mendoza es en gran parte hija de la inmigración italiana y este acuerdo reconoce esa historia compartida", dijo Bellandi durante el acto.

Los fondos, que se desembolsarán en cuatro años a través de la Agencia Italiana de Cooperación para el Desarrollo, permitirán reemplazar el riego por inundación por sistemas de goteo en fincas de los departamentos de Maipú, Luján de Cuyo y San Rafael.

Según datos del consulado italiano en Mendoza, en la provincia viven unos 58.000 ciudadanos italianos y cerca de la mitad de la población tiene ascendencia italiana.

(ANSA).
""")
R = "ar-ansa1-ansalatina"
add(R, "ANSA Latina", "2025-11-24T15:30:00-03:00",
    "https://www.ansalatina.com/americalatina/noticia/argentina/2025/11/24/italia-financia-riego-de-viticultores-de-mendoza_8f2c4e1a-3b5d-4c6e-9f7a-1b2c3d4e5f60.html",
    "Italia financia riego de viticultores de Mendoza", j(ANSA1), None, "original", R)
add("ar-ansa1-losandes", "Los Andes", "2025-11-24T17:05:00-03:00",
    "https://www.losandes.com.ar/economia/italia-aportara-45-millones-de-euros-para-riego-por-goteo-en-mendoza-n5412345",
    "Italia aportará 45 millones de euros para riego por goteo en Mendoza",
    j(ANSA1[:4]) + "\n\nFuente: ANSA", R, "near_duplicate", R, j(ANSA1))

# ===========================================================================
# 6. Europa Press: europapress.es (present), Notimérica (Europa Press's own Latin American
#    site) and Infobae running it.
EP1 = P("""
CARACAS, 24 Nov. (EUROPA PRESS) -

El Consejo Nacional Electoral (CNE) de Venezuela ha anunciado este lunes que las elecciones municipales previstas para el próximo mes de marzo se celebrarán finalmente el 26 de abril de 2026, alegando "razones técnicas" relacionadas con la actualización del registro electoral.

El presidente del organismo, Ernesto Villasmil Parra, ha explicado en rueda de prensa que el aplazamiento permitirá incorporar a cerca de 1,1 millones de nuevos votantes inscritos durante el operativo especial de registro que concluyó la semana pasada.

"Hemos tomado esta decisión para garantizar que todos los venezolanos que se registraron puedan ejercer su derecho al voto", ha afirmado Villasmil, que ha asegurado que el cronograma electoral completo se publicará en los próximos días.

La principal coalición opositora, la Plataforma Unitaria Democrática, ha criticado el cambio de fecha, que a su juicio busca "ganar tiempo" para el oficialismo, y ha exigido la presencia de observadores internacionales.

En los comicios se elegirán 335 alcaldes y más de 2.400 concejales en todo el país.
""")
EP1_T = "El CNE de Venezuela aplaza al 26 de abril las elecciones municipales"
R = "ve-ep1-europapress"
add(R, "Europa Press", "2025-11-24T19:41:00+01:00",
    "https://www.europapress.es/internacional/noticia-cne-venezuela-aplaza-26-abril-elecciones-municipales-20251124194112.html",
    EP1_T, j(EP1), None, "original", R)
add("ve-ep1-notimerica", "Notimérica", "2025-11-24T19:48:00+01:00",
    "https://www.notimerica.com/politica/noticia-venezuela-cne-venezuela-aplaza-26-abril-elecciones-municipales-20251124194812.html",
    EP1_T, j(EP1), R, "exact_duplicate", R, j(EP1))
add("ve-ep1-infobae", "Infobae", "2025-11-24T16:05:00-03:00",
    "https://www.infobae.com/america/agencias/2025/11/24/el-cne-de-venezuela-aplaza-al-26-de-abril-las-elecciones-municipales/",
    EP1_T, j(EP1[:4]), R, "near_duplicate", R, j(EP1))

# ===========================================================================
# 7. Prensa Latina: its own page (present), Cubadebate and Granma running it, a rewrite
#    crediting it, and an independent report.
PL1 = P("""
La Habana, 24 nov (Prensa Latina) La Unión Eléctrica (UNE) de Cuba anunció hoy la sincronización al sistema eléctrico nacional de un nuevo parque solar fotovoltaico de 21,8 megawatts en la provincia de Camagüey, el número 31 que entra en operación en lo que va de año.

Según informó la directora de Energías Renovables de la UNE, Yaneisy Cabrera Morales, el parque Florida II, ubicado en el municipio de igual nombre, aportará en horas de máxima radiación solar energía suficiente para abastecer a unas 18.000 viviendas.

La directiva precisó que con esta instalación la capacidad fotovoltaica del país supera los 650 megawatts, y que antes de que concluya diciembre se prevé sincronizar otros cuatro parques en Holguín, Las Tunas y Granma.

"Cada parque que entra disminuye la necesidad de quemar combustible importado en las termoeléctricas, que es uno de nuestros principales problemas", declaró Cabrera Morales a la prensa.

El programa de desarrollo de las fuentes renovables de energía en Cuba prevé alcanzar 2.000 megawatts de capacidad solar en 2028, con apoyo de la cooperación de China.

Las autoridades del sector reconocen que el déficit de generación provoca afectaciones prolongadas del servicio eléctrico en todo el país.

arc/yca
""")
PL1_T = "Sincronizan en Cuba nuevo parque solar fotovoltaico en Camagüey"
R = "cu-pl1-prensalatina"
add(R, "Prensa Latina", "2025-11-24T11:20:00-05:00",
    "https://www.prensa-latina.cu/2025/11/24/sincronizan-en-cuba-nuevo-parque-solar-fotovoltaico-en-camaguey/",
    PL1_T, j(PL1), None, "original", R)
add("cu-pl1-cubadebate", "Cubadebate", "2025-11-24T12:05:00-05:00",
    "http://www.cubadebate.cu/noticias/2025/11/24/sincronizan-en-cuba-nuevo-parque-solar-fotovoltaico-en-camaguey/",
    "Sincronizan nuevo parque solar fotovoltaico en Camagüey",
    j([PL1[0].replace("La Habana, 24 nov (Prensa Latina) ", "")] + PL1[1:6]) + "\n\n(Con información de Prensa Latina)",
    R, "near_duplicate", R, j(PL1))
add("cu-pl1-granma", "Granma", "2025-11-24T13:30:00-05:00",
    "https://www.granma.cu/cuba/2025-11-24/sincronizan-parque-solar-florida-ii-en-camaguey-24-11-2025-13-11-30",
    "Sincronizan parque solar Florida II en Camagüey",
    j(PL1[:4]), R, "near_duplicate", R, j(PL1))
add("cu-pl1-radiorebelde", "Radio Rebelde", "2025-11-24T14:10:00-05:00",
    "https://www.radiorebelde.cu/noticia/camaguey-suma-nuevo-parque-solar-sistema-electrico-nacional-20251124/",
    "Camagüey suma nuevo parque solar al Sistema Eléctrico Nacional",
    j(P("""
Camagüey, 24 nov.- Un nuevo parque solar fotovoltaico de 21,8 megawatts, ubicado en el municipio de Florida, comenzó a entregar energía al Sistema Eléctrico Nacional, según reportó la agencia Prensa Latina.

De acuerdo con la directora de Energías Renovables de la Unión Eléctrica, Yaneisy Cabrera Morales, la instalación, denominada Florida II, podrá abastecer a unas 18.000 viviendas en las horas de mayor radiación solar.

Con este parque, el número 31 del año, la capacidad fotovoltaica del país sobrepasa los 650 megawatts, indicó la funcionaria, quien adelantó que antes de fin de año entrarán otros cuatro en Holguín, Las Tunas y Granma.

Trabajadores de la Empresa Eléctrica de Camagüey explicaron a Radio Rebelde que el montaje de los más de 38.000 paneles se concluyó en apenas cinco meses.
""")), R, "derivative", R)
add("cu-pl1-14ymedio", "14ymedio", "2025-11-24T18:40:00-05:00",
    "https://www.14ymedio.com/cuba/parque-solar-camaguey-apagones-florida_1_1112345.html",
    "Un nuevo parque solar en Camagüey no alivia los apagones de Florida",
    j(P("""
Los vecinos de Florida, en Camagüey, vieron este lunes en la televisión cómo las autoridades celebraban la conexión del parque solar construido a las afueras del pueblo. Esa misma tarde, el barrio La Caridad pasó once horas sin corriente.

"Los paneles están ahí, los vemos desde la carretera, pero la luz se sigue yendo igual", dijo a 14ymedio una maestra jubilada que pidió no ser identificada.

La Unión Eléctrica asegura que la instalación, de 21,8 megawatts, podrá cubrir la demanda de unas 18.000 viviendas en las horas de sol, pero los parques fotovoltaicos cubanos carecen de baterías para almacenar la energía, por lo que no aportan nada al anochecer, cuando la demanda alcanza su pico.

Especialistas consultados por este diario estiman que el déficit de generación en horario nocturno supera con frecuencia los 1.500 megawatts.

En las redes sociales, camagüeyanos compartieron fotos de velas y fogones de carbón junto a las noticias oficiales sobre el nuevo parque.
""")), None, "unrelated", "cu-pl1-14ymedio")

PL2 = P("""
La Habana, 24 nov (Prensa Latina) El Ministerio de Turismo de Cuba informó hoy que el polo turístico de Jardines del Rey, al norte de la provincia de Ciego de Ávila, recibirá esta temporada de invierno 14 vuelos semanales directos desde Canadá, Argentina y Polonia.

Según la delegada del ministerio en el territorio, Mayelín Sotolongo Reyes, la temporada alta comenzó con 21 hoteles en operación y más de 7.800 habitaciones disponibles en los cayos Coco y Guillermo.

"Esperamos superar los 160.000 visitantes internacionales antes de abril, con Canadá como principal mercado emisor", dijo la funcionaria.

La directiva añadió que se reabrió la marina de Cayo Guillermo, cerrada desde 2022, con capacidad para 40 embarcaciones.

arc/msm
""")
PL2_BASE = j(PL2)
C = "external:prensa-latina"
add("cu-pl2-cubadebate", "Cubadebate", "2025-11-24T15:10:00-05:00",
    "http://www.cubadebate.cu/noticias/2025/11/24/jardines-del-rey-recibira-14-vuelos-semanales-esta-temporada/",
    "Jardines del Rey recibirá 14 vuelos semanales esta temporada",
    j([PL2[0].replace("La Habana, 24 nov (Prensa Latina) ", "")] + PL2[1:4]) + "\n\n(Con información de Prensa Latina)",
    C, "near_duplicate", "external:prensa-latina", PL2_BASE)
add("cu-pl2-juventudrebelde", "Juventud Rebelde", "2025-11-24T16:00:00-05:00",
    "https://www.juventudrebelde.cu/cuba/2025-11-24/jardines-del-rey-con-14-vuelos-semanales-desde-canada-argentina-y-polonia",
    "Jardines del Rey, con 14 vuelos semanales desde Canadá, Argentina y Polonia",
    j(PL2[:3]), C, "near_duplicate", "external:prensa-latina", PL2_BASE)

# ===========================================================================
# 8. Télam (2022, absent) and Noticias Argentinas (absent).
TEL1 = P("""
El Ministerio de Ciencia, Tecnología e Innovación presentó hoy el primer prototipo de un tomógrafo de emisión de positrones (PET) diseñado y fabricado íntegramente en la Argentina, que permitirá reducir a la mitad el costo de los estudios oncológicos en hospitales públicos.

El equipo fue desarrollado durante cinco años por un consorcio integrado por la Comisión Nacional de Energía Atómica (CNEA), la empresa estatal INVAP y la Universidad Nacional de San Martín, con una inversión de 620 millones de pesos.

"Es la demostración de que el país tiene capacidad para desarrollar tecnología médica de punta y sustituir importaciones", sostuvo el coordinador del proyecto, el físico Gustavo Arrieta Benítez, durante la presentación en el Centro Atómico Constituyentes.

Según explicó, el tomógrafo tendrá un precio estimado de 900.000 dólares, contra los 2,5 millones que cuesta un equipo importado de prestaciones similares.

El primer equipo será instalado en 2023 en el Hospital de Clínicas de la Universidad de Buenos Aires, y luego se prevé fabricar una serie de diez unidades para hospitales de las provincias.

Actualmente hay en el país 41 equipos PET, la mayoría en centros privados de la ciudad de Buenos Aires.
""")
TEL1_BASE = j(TEL1)
C = "external:telam"
add("ar-telam1-infocielo", "Infocielo", "2022-11-24T15:20:00-03:00",
    "https://infocielo.com/sociedad/presentaron-el-primer-tomografo-pet-fabricado-en-argentina-n712345",
    "Presentaron el primer tomógrafo PET fabricado en Argentina",
    TEL1_BASE + "\n\nFuente: Télam", C, "near_duplicate", C, TEL1_BASE)
add("ar-telam1-eldestape", "El Destape", "2022-11-24T15:45:00-03:00",
    "https://www.eldestapeweb.com/sociedad/ciencia/el-primer-tomografo-pet-argentino-reducira-a-la-mitad-el-costo-de-los-estudios-2022112415450",
    "El primer tomógrafo PET argentino reducirá a la mitad el costo de los estudios",
    j(TEL1[:4]) + "\n\n(Télam)", C, "near_duplicate", C, TEL1_BASE)
add("ar-telam1-lavoz", "La Voz del Interior", "2022-11-24T18:10:00-03:00",
    "https://www.lavoz.com.ar/ciudadanos/un-tomografo-pet-hecho-en-argentina-y-a-mitad-de-precio/",
    "Un tomógrafo PET hecho en Argentina y a mitad de precio",
    j(P("""
Un consorcio público presentó este jueves el primer tomógrafo por emisión de positrones (PET) fabricado por completo en el país, según informó la agencia Télam.

El aparato, desarrollado por la CNEA, INVAP y la Universidad Nacional de San Martín, costará unos 900.000 dólares, poco más de un tercio de lo que vale un equipo importado.

El coordinador del proyecto, Gustavo Arrieta Benítez, dijo que se trata de "la demostración de que el país tiene capacidad para desarrollar tecnología médica de punta".

En Córdoba funcionan hoy cuatro equipos PET, todos en clínicas privadas, y los pacientes del sistema público esperan en promedio 45 días por un turno, según datos de la Asociación de Medicina Nuclear provincial.

El primer equipo irá al Hospital de Clínicas de Buenos Aires el año próximo.
""")), C, "derivative", C)

NA1 = P("""
La Dirección Nacional de Vialidad informó este lunes que la ruta nacional 40 permanecerá cortada al tránsito entre las localidades de Perito Moreno y Bajo Caracoles, en Santa Cruz, por el derrumbe de un puente tras las intensas lluvias del fin de semana.

El organismo precisó que el corte afecta un tramo de 128 kilómetros y que el desvío sugerido por la ruta provincial 39 suma unas cuatro horas de viaje.

"Estimamos que en diez días podremos habilitar un paso provisorio con un puente modular", señaló el jefe del distrito Santa Cruz de Vialidad, Néstor Quiroga Aldao.

La ruta 40 es el principal corredor turístico de la Patagonia andina y la temporada de verano comienza a mediados de diciembre.
""")
NA1_BASE = j(NA1)
C = "external:noticias-argentinas"
add("ar-na1-ambito", "Ámbito", "2025-11-24T12:40:00-03:00",
    "https://www.ambito.com/informacion-general/ruta-40-cortada-santa-cruz-derrumbe-un-puente-n6212345",
    "Ruta 40 cortada en Santa Cruz por el derrumbe de un puente",
    NA1_BASE + "\n\nFuente: NA", C, "near_duplicate", C, NA1_BASE)
add("ar-na1-perfil", "Perfil", "2025-11-24T12:55:00-03:00",
    "https://www.perfil.com/noticias/sociedad/ruta-40-cortada-entre-perito-moreno-y-bajo-caracoles.phtml",
    "Ruta 40 cortada entre Perito Moreno y Bajo Caracoles",
    NA1_BASE, C, "exact_duplicate", C, NA1_BASE, author="Noticias Argentinas")

# ===========================================================================
# 9. Notimex (2019, absent).
NTX1 = P("""
Ciudad de México, 25 Nov (Notimex).- La Secretaría de Salud informó que en lo que va de 2019 se han confirmado 12 mil 403 casos de dengue en el país, 38 por ciento más que en el mismo periodo del año pasado, y que Jalisco, Veracruz y Chiapas concentran más de la mitad de los contagios.

En su informe semanal, la dependencia detalló que se han registrado 97 defunciones por dengue grave, principalmente en los estados de Jalisco, Quintana Roo y Morelos.

El director general de Epidemiología, Ramón Guzmán Villalobos, indicó que la temporada de lluvias prolongada favoreció la reproducción del mosquito Aedes aegypti, transmisor de la enfermedad.

Recomendó a la población eliminar cacharros y recipientes que acumulen agua, así como acudir de inmediato a una unidad médica ante síntomas como fiebre alta, dolor muscular y de articulaciones.

La Secretaría de Salud reforzó las brigadas de fumigación en 180 municipios de alto riesgo.

NTX/RGV/DVG
""")
NTX1_BASE = j(NTX1)
C = "external:notimex"
add("mx-ntx1-20minutos", "20 Minutos México", "2019-11-25T16:30:00-06:00",
    "https://www.20minutos.com.mx/noticia/812345/0/aumentan-38-casos-de-dengue-en-mexico/",
    "Aumentan 38% casos de dengue en México", NTX1_BASE, C, "exact_duplicate", C, NTX1_BASE)
add("mx-ntx1-mvs", "MVS Noticias", "2019-11-25T16:52:00-06:00",
    "https://mvsnoticias.com/noticias/nacionales/suman-12-mil-403-casos-de-dengue-en-mexico/",
    "Suman 12 mil 403 casos de dengue en México", j(NTX1[:4]), C, "near_duplicate", C, NTX1_BASE)
add("mx-ntx1-vanguardia", "Vanguardia MX", "2019-11-25T18:20:00-06:00",
    "https://vanguardia.com.mx/noticias/nacional/dengue-coahuila-casos-secretaria-de-salud-2019-NGVG3456789",
    "Dengue crece 38% en México; Coahuila suma 214 casos",
    j(P("""
Los casos de dengue en México aumentaron 38 por ciento en 2019 respecto al año anterior, con 12 mil 403 contagios confirmados y 97 muertes, informó Notimex con base en el reporte semanal de la Secretaría de Salud.

Jalisco, Veracruz y Chiapas concentran más de la mitad de los casos, mientras que las defunciones se registran sobre todo en Jalisco, Quintana Roo y Morelos.

En Coahuila, la Secretaría de Salud estatal ha confirmado 214 casos en el año, la mayoría en Torreón y Matamoros, y ninguna defunción.

El director general de Epidemiología, Ramón Guzmán Villalobos, atribuyó el aumento a la prolongada temporada de lluvias, que favoreció la reproducción del mosquito transmisor.
""")), C, "derivative", C)

# ===========================================================================
# 10. Andina: its own page (present), copies and a rewrite.
AND1 = P("""
Lima, nov. 24 (ANDINA). El Ministerio de Desarrollo Agrario y Riego (Midagri) declaró hoy en emergencia hídrica a 62 distritos de Piura, Lambayeque y Tumbes por el déficit de lluvias registrado en los últimos tres meses, que ha reducido a menos del 30 % el volumen de los principales reservorios del norte.

La medida, oficializada mediante resolución ministerial publicada en el diario oficial El Peruano, permitirá a la Autoridad Nacional del Agua (ANA) priorizar el uso del recurso para consumo humano y ganadero.

Según el Midagri, el reservorio de Poechos, en Piura, almacena 142 millones de metros cúbicos, apenas el 28 % de su capacidad útil, mientras que el de Tinajones, en Lambayeque, se encuentra al 24 %.

"Vamos a garantizar el agua para la población y para los cultivos permanentes; las siembras de arroz de esta campaña tendrán que reducirse", afirmó el viceministro de Infraestructura Agraria y Riego, Julio César Medina Zapata.

El Servicio Nacional de Meteorología e Hidrología (Senamhi) prevé lluvias por debajo de lo normal en la costa norte hasta enero.

Más en Andina:

(FIN) JCR/MAO
""")
AND1_T = "Midagri declara emergencia hídrica en 62 distritos de Piura, Lambayeque y Tumbes"
R = "pe-and1-andina"
add(R, "Andina", "2025-11-24T16:45:00-05:00",
    "https://andina.pe/agencia/noticia-midagri-declara-emergencia-hidrica-62-distritos-piura-lambayeque-y-tumbes-1045678.aspx",
    AND1_T, j(AND1), None, "original", R)
add("pe-and1-correo", "Diario Correo", "2025-11-24T17:30:00-05:00",
    "https://diariocorreo.pe/edicion/piura/declaran-emergencia-hidrica-en-62-distritos-del-norte-por-falta-de-lluvias-noticia/",
    "Declaran emergencia hídrica en 62 distritos del norte por falta de lluvias",
    j(AND1[:4]) + "\n\nFuente: Andina", R, "near_duplicate", R, j(AND1))
add("pe-and1-exitosa", "Exitosa", "2025-11-24T17:50:00-05:00",
    "https://www.exitosanoticias.pe/actualidad/midagri-declara-emergencia-hidrica-en-62-distritos-de-piura-lambayeque-y-tumbes-n123456",
    AND1_T, j(AND1[:5]) + "\n\nCon información de Andina", R, "near_duplicate", R, j(AND1))
add("pe-and1-larepublica", "La República", "2025-11-24T19:20:00-05:00",
    "https://larepublica.pe/economia/2025/11/24/emergencia-hidrica-en-el-norte-arroceros-de-piura-y-lambayeque-reduciran-siembras-midagri-1234567",
    "Emergencia hídrica en el norte: arroceros de Piura y Lambayeque reducirán siembras",
    j(P("""
El Gobierno declaró en emergencia hídrica a 62 distritos de Piura, Lambayeque y Tumbes, según informó la agencia Andina, ante la sequía que ha dejado los reservorios del norte por debajo del 30 % de su capacidad.

Poechos almacena 142 millones de metros cúbicos, el 28 % de su volumen útil, y Tinajones está al 24 %, de acuerdo con el Midagri.

El viceministro Julio César Medina Zapata advirtió que "las siembras de arroz de esta campaña tendrán que reducirse", lo que preocupa a los productores del valle del Chira.

"Si no sembramos en diciembre, perdemos la campaña completa", dijo a La República Wilmer Chunga, dirigente de la junta de usuarios del Chira, que agrupa a unos 18.000 agricultores.

El Senamhi prevé lluvias por debajo de lo normal hasta enero.
""")), R, "derivative", R)

AND2 = P("""
Lima, nov. 24 (ANDINA). El Ministerio de Cultura informó hoy que un equipo de arqueólogos descubrió en el complejo de Chan Chan, en La Libertad, un muro decorado con relieves de aves marinas y peces de unos 40 metros de largo, que data del siglo XIII.

El hallazgo se produjo durante los trabajos de conservación del conjunto amurallado Utzh An, según precisó el director del Proyecto Especial Complejo Arqueológico Chan Chan, el arqueólogo Sinchi Roca Vílchez Ramos.

"Es uno de los frisos mejor conservados que hemos encontrado en la última década, porque estuvo cubierto por arena durante siglos", afirmó.

Chan Chan, capital del reino Chimú, es la ciudad de barro más grande de América precolombina y fue declarada Patrimonio de la Humanidad por la Unesco en 1986.

(FIN) ABR/JCC
""")
AND2_BASE = j(AND2)
C = "external:andina"
add("pe-and2-elperuano", "El Peruano", "2025-11-24T18:05:00-05:00",
    "https://elperuano.pe/noticia/287654-hallan-muro-con-relieves-de-aves-marinas-en-chan-chan",
    "Hallan muro con relieves de aves marinas en Chan Chan",
    AND2_BASE, C, "exact_duplicate", "external:andina", AND2_BASE)
add("pe-and2-correo", "Diario Correo", "2025-11-24T18:40:00-05:00",
    "https://diariocorreo.pe/edicion/la-libertad/descubren-friso-de-40-metros-en-chan-chan-noticia/",
    "Descubren friso de 40 metros en Chan Chan",
    j(["Un equipo de arqueólogos descubrió en el complejo de Chan Chan, en La Libertad, un muro decorado con relieves de aves marinas y peces de unos 40 metros de largo, que data del siglo XIII, informó el Ministerio de Cultura."] + AND2[1:4]) + "\n\n(Andina)",
    C, "near_duplicate", "external:andina", AND2_BASE)

# ===========================================================================
# 11. Agência Brasil. Story 1 on agenciabrasil.ebc.com.br (present); story 2 absent.
AB1 = P("""
O Ministério da Saúde anunciou nesta segunda-feira (24) a ampliação da vacinação contra a dengue para adolescentes de 10 a 14 anos em mais 612 municípios de 14 estados, a partir de 1º de dezembro. Com a medida, o imunizante passa a estar disponível em 2.133 cidades.

Segundo a pasta, a ampliação foi possível com a entrega de 3,2 milhões de doses adicionais pelo laboratório fabricante e pelo Instituto Butantan, que produz a vacina nacional.

"Estamos chegando aos municípios que concentram a maior parte dos casos graves e das internações nos últimos dois anos", disse a secretária de Vigilância em Saúde e Ambiente, Luciana Prado Siqueira, em entrevista coletiva em Brasília.

A vacina é aplicada em duas doses, com intervalo de três meses. De acordo com o ministério, apenas 41% dos adolescentes que tomaram a primeira dose voltaram para completar o esquema.

Em 2025, o país registrou 1,6 milhão de casos prováveis de dengue e 1.480 mortes, segundo o painel de monitoramento de arboviroses.

A lista completa dos municípios incluídos será publicada no site do Ministério da Saúde.
""")
AB1_BY = "Rafael Cardoso Nunes - Repórter da Agência Brasil"
AB1_T = "Vacinação contra dengue é ampliada para mais 612 municípios"
R = "br-ab1-agenciabrasil"
add(R, "Agência Brasil", "2025-11-24T12:34:00-03:00",
    "https://agenciabrasil.ebc.com.br/saude/noticia/2025-11/vacinacao-contra-dengue-e-ampliada-para-mais-612-municipios",
    AB1_T, AB1_BY + "\n\nPublicado em 24/11/2025 - 12:34\n\nBrasília\n\n" + j(AB1) + "\n\nEdição: Fernando Fraga Lemos",
    None, "original", R)
add("br-ab1-correio", "Correio Braziliense", "2025-11-24T13:10:00-03:00",
    "https://www.correiobraziliense.com.br/brasil/2025/11/7312345-vacinacao-contra-dengue-e-ampliada-para-mais-612-municipios.html",
    AB1_T, j(AB1) + "\n\n*Com informações da Agência Brasil", R, "near_duplicate", R, j(AB1))
add("br-ab1-odia", "O Dia", "2025-11-24T13:45:00-03:00",
    "https://odia.ig.com.br/brasil/2025/11/7145678-vacina-contra-dengue-chega-a-mais-612-municipios.html",
    "Vacina contra dengue chega a mais 612 municípios a partir de dezembro",
    j(AB1[:4]) + "\n\nFonte: Agência Brasil", R, "near_duplicate", R, j(AB1))
add("br-ab1-metropoles", "Metrópoles", "2025-11-24T15:00:00-03:00",
    "https://www.metropoles.com/saude/vacina-dengue-612-municipios-adolescentes",
    "Vacina da dengue: 612 novos municípios vão aplicar doses em adolescentes",
    j(P("""
A partir de 1º de dezembro, adolescentes de 10 a 14 anos de mais 612 municípios poderão se vacinar contra a dengue pelo SUS, segundo a Agência Brasil. Ao todo, 2.133 cidades passarão a oferecer o imunizante.

A ampliação foi anunciada pelo Ministério da Saúde nesta segunda-feira (24), após a entrega de 3,2 milhões de doses extras, parte delas produzidas pelo Instituto Butantan.

A secretária de Vigilância em Saúde e Ambiente, Luciana Prado Siqueira, afirmou que a pasta está "chegando aos municípios que concentram a maior parte dos casos graves".

Um dos desafios é a segunda dose: só 41% dos adolescentes que receberam a primeira voltaram aos postos, de acordo com o ministério.

No Distrito Federal, a Secretaria de Saúde informou que todas as unidades básicas já aplicam a vacina nessa faixa etária.
""")), R, "derivative", R)
add("br-ab1-g1", "g1", "2025-11-24T18:20:00-03:00",
    "https://g1.globo.com/saude/noticia/2025/11/24/segunda-dose-vacina-dengue-adolescentes-baixa-adesao.ghtml",
    "Só 4 em cada 10 adolescentes voltaram para a 2ª dose da vacina da dengue; entenda por que isso preocupa",
    j(P("""
O Brasil ampliou a vacinação contra a dengue para mais municípios, mas um dado preocupa especialistas: a baixa adesão à segunda dose entre adolescentes.

Levantamento feito pelo g1 com dados das secretarias estaduais mostra que em Goiás, Minas Gerais e Paraná a cobertura da segunda dose não passa de 38%.

"Uma dose só não garante a proteção esperada. É como deixar a porta meio fechada", explica a infectologista Mariana Toledo Aguiar, da Sociedade Brasileira de Imunizações.

Segundo ela, o intervalo de três meses entre as doses faz com que muitas famílias esqueçam a data de retorno. Alguns municípios passaram a enviar mensagens de celular e a vacinar nas escolas.

O Ministério da Saúde anunciou nesta segunda-feira (24) a inclusão de mais 612 municípios na estratégia a partir de dezembro.
""")), None, "unrelated", "br-ab1-g1")

AB2 = P("""
A Polícia Federal deflagrou nesta segunda-feira (24) uma operação para desarticular um grupo suspeito de extrair e vender ilegalmente ouro de terras indígenas no Pará. Foram cumpridos 23 mandados de busca e apreensão em Itaituba, Santarém, Belém e Goiânia.

De acordo com a PF, o grupo movimentou cerca de R$ 410 milhões entre 2022 e 2025 usando notas fiscais de lavras garimpeiras regulares para dar aparência legal ao ouro retirado da Terra Indígena Munduruku.

A Justiça Federal determinou o bloqueio de R$ 96 milhões em bens dos investigados e a suspensão das atividades de duas distribuidoras de títulos e valores mobiliários.

Os investigados podem responder por usurpação de bens da União, lavagem de dinheiro e crimes ambientais.
""")
AB2_BASE = "Pedro Rafael Vilela Dias - Repórter da Agência Brasil\n\n" + j(AB2)
C = "external:agenciabrasil"
add("br-ab2-jornaldebrasilia", "Jornal de Brasília", "2025-11-24T11:20:00-03:00",
    "https://jornaldebrasilia.com.br/noticias/brasil/pf-faz-operacao-contra-venda-ilegal-de-ouro-de-terra-indigena-no-para/",
    "PF faz operação contra venda ilegal de ouro de terra indígena no Pará",
    AB2_BASE + "\n\nFonte: Agência Brasil", C, "near_duplicate", "external:agenciabrasil/2", AB2_BASE)
add("br-ab2-oliberal", "O Liberal", "2025-11-24T11:50:00-03:00",
    "https://www.oliberal.com/policia/pf-deflagra-operacao-contra-ouro-ilegal-da-ti-munduruku-1.912345",
    "PF deflagra operação contra ouro ilegal da TI Munduruku",
    j(AB2[:3]) + "\n\n(Com informações da Agência Brasil)", C, "near_duplicate", "external:agenciabrasil/2", AB2_BASE)

# ===========================================================================
# 12. Estadão Conteúdo (absent) and Folhapress (absent).
EST1 = P("""
O Índice de Confiança do Consumidor (ICC), medido pela Fundação Getulio Vargas (FGV), recuou 2,3 pontos em novembro, para 88,1 pontos, o menor nível desde julho de 2023, informou a instituição nesta segunda-feira, 24.

Em médias móveis trimestrais, o índice caiu 0,9 ponto, a terceira queda consecutiva.

"O resultado reflete a piora das expectativas em relação à situação financeira das famílias, pressionadas pelo endividamento elevado e pelos juros altos", avaliou a coordenadora das sondagens da FGV Ibre, Renata Moutinho Farias, em nota.

O Índice de Situação Atual (ISA) recuou 1,1 ponto, para 80,4 pontos, e o Índice de Expectativas (IE) caiu 3,2 pontos, para 94,0 pontos.

A queda da confiança foi disseminada entre as faixas de renda, mas mais intensa entre as famílias que ganham até R$ 2,1 mil por mês.
""")
EST1_BASE = j(EST1)
C = "external:estadao"
add("br-est1-istoedinheiro", "IstoÉ Dinheiro", "2025-11-24T08:40:00-03:00",
    "https://istoedinheiro.com.br/confianca-do-consumidor-cai-23-pontos-em-novembro-diz-fgv/",
    "Confiança do consumidor cai 2,3 pontos em novembro, diz FGV",
    EST1_BASE + "\n\nEstadão Conteúdo", C, "near_duplicate", C, EST1_BASE)
add("br-est1-terra", "Terra", "2025-11-24T08:52:00-03:00",
    "https://www.terra.com.br/economia/confianca-do-consumidor-cai-ao-menor-nivel-desde-julho-de-2023,a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8g9h0.html",
    "Confiança do consumidor cai ao menor nível desde julho de 2023",
    EST1_BASE, C, "exact_duplicate", C, EST1_BASE, author="Estadão Conteúdo")
add("br-est1-em", "Estado de Minas", "2025-11-24T09:30:00-03:00",
    "https://www.em.com.br/economia/2025/11/7212345-confianca-do-consumidor-recua-em-novembro.html",
    "Confiança do consumidor recua em novembro",
    j(EST1[:3]) + "\n\n(Estadão Conteúdo)", C, "near_duplicate", C, EST1_BASE)

FOL1 = P("""
A Prefeitura de São Paulo vai fechar para obras, a partir de 6 de janeiro, o túnel Anhangabaú, na região central, por um período estimado de oito meses. A interdição faz parte de um plano de recuperação estrutural que inclui a troca do sistema de drenagem e da iluminação.

Segundo a Secretaria Municipal de Infraestrutura Urbana e Obras, laudos apontaram infiltrações e desgaste nas juntas de dilatação da estrutura, inaugurada em 1991.

A CET (Companhia de Engenharia de Tráfego) vai implantar desvios pelas avenidas Prestes Maia e Nove de Julho e reprogramar os semáforos da região.

O custo estimado da obra é de R$ 87 milhões.
""")
FOL1_BASE = "LUCAS PORTELA ARRUDA\nSÃO PAULO, SP (FOLHAPRESS) - " + j(FOL1)
C = "external:folhapress"
add("br-fol1-bemparana", "Bem Paraná", "2025-11-24T10:20:00-03:00",
    "https://www.bemparana.com.br/noticias/brasil/tunel-anhangabau-em-sp-sera-fechado-por-oito-meses-para-obras/",
    "Túnel Anhangabaú, em SP, será fechado por oito meses para obras",
    FOL1_BASE, C, "exact_duplicate", C, FOL1_BASE)
add("br-fol1-otempo", "O Tempo", "2025-11-24T10:45:00-03:00",
    "https://www.otempo.com.br/brasil/tunel-anhangabau-sera-fechado-por-oito-meses-1.3412345",
    "Túnel Anhangabaú será fechado por oito meses",
    "SÃO PAULO, SP (FOLHAPRESS) - " + j(FOL1[:3]), C, "near_duplicate", C, FOL1_BASE)

# ===========================================================================
# 13. Colprensa (absent).
COL1 = P("""
La Corte Constitucional tumbó este lunes el artículo de la reforma tributaria de 2024 que imponía un impuesto del 10 % a las bebidas azucaradas producidas por pequeñas empresas, al considerar que el Congreso no surtió en debida forma el debate en la Cámara de Representantes.

La decisión, adoptada con una votación de seis votos contra tres, se conoció a través de un comunicado firmado por la presidenta del alto tribunal, la magistrada Clara Inés Restrepo Villa.

Según el fallo, la norma fue incluida en el texto conciliado sin haber sido discutida en el primer debate, lo que vulneró el principio de consecutividad.

La Asociación Colombiana de Pequeños Productores de Bebidas celebró la decisión y estimó que el tributo había puesto en riesgo unos 14.000 empleos en el país.

El Ministerio de Hacienda calculaba un recaudo de 380.000 millones de pesos anuales por el impuesto.
""")
COL1_BASE = "BOGOTÁ (Colprensa). " + j(COL1)
C = "external:colprensa"
add("co-col1-vanguardia", "Vanguardia", "2025-11-24T17:10:00-05:00",
    "https://www.vanguardia.com/colombia/2025/11/24/corte-tumba-impuesto-a-bebidas-azucaradas-de-pequenas-empresas/",
    "Corte tumba impuesto a bebidas azucaradas de pequeñas empresas",
    COL1_BASE, C, "exact_duplicate", C, COL1_BASE, author="Colprensa")
add("co-col1-eluniversal", "El Universal (Cartagena)", "2025-11-24T17:40:00-05:00",
    "https://www.eluniversal.com.co/colombia/corte-constitucional-tumba-impuesto-a-bebidas-azucaradas-XK12345",
    "Corte Constitucional tumba impuesto a bebidas azucaradas",
    j(COL1[:3]) + "\n\nColprensa", C, "near_duplicate", C, COL1_BASE)
add("co-col1-lapatria", "La Patria", "2025-11-24T19:00:00-05:00",
    "https://www.lapatria.com/economia/cae-impuesto-bebidas-azucaradas-pequenos-productores-caldas",
    "Cae impuesto a bebidas azucaradas: alivio para pequeños productores de Caldas",
    j(P("""
Los pequeños productores de bebidas de Caldas recibieron con alivio la decisión de la Corte Constitucional que tumbó el impuesto del 10 % a las bebidas azucaradas de pequeñas empresas, informó Colprensa.

El alto tribunal, con seis votos contra tres, concluyó que el artículo de la reforma tributaria de 2024 fue incluido en el texto conciliado sin haber sido discutido en el primer debate en la Cámara.

En Manizales y Chinchiná funcionan al menos 40 fábricas pequeñas de gaseosas, jugos y refrescos, que según la Cámara de Comercio emplean a unas 600 personas.

"Tuvimos que despedir a cinco trabajadores este año por el impuesto. Ahora esperamos recuperarnos", dijo Jorge Iván Ospina, dueño de una embotelladora en Chinchiná.

El Ministerio de Hacienda esperaba recaudar 380.000 millones de pesos al año con el tributo.
""")), C, "derivative", C)


if __name__ == "__main__":
    finish(HERE, ARTS, TRUTH, BASE)
