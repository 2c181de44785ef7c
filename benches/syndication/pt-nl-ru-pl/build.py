#!/usr/bin/env python3
"""Build a Portuguese/Dutch/Russian/Polish wire-copy test corpus for wiretrace.

Writes corpus.jsonl and truth.jsonl next to this file (`../run.sh BIN OUT <this folder>` makes
the reversed and undated variants).
All people, companies and events are invented; outlet names are real.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = []
TRUTH = []


def add(id, source, published, url, title, text, parent, relation, cluster):
    ARTS.append(dict(id=id, source=source, published=published, url=url, title=title, text=text))
    TRUTH.append(dict(id=id, cluster=cluster, parent=parent, relation=relation))


def j(paras):
    return "\n\n".join(paras)


# ---------------------------------------------------------------------------
# 1. Lusa story 1 (PRESENT in input): drought in the Algarve (pt-PT)
LUSA1 = [
    "A albufeira de Vale Fundeiro, que abastece seis concelhos do barlavento algarvio, desceu esta semana para 18% da sua capacidade, o valor mais baixo desde que há registos, levando os municípios a proibir a rega de jardins públicos e a lavagem de ruas com água potável a partir de segunda-feira, anunciou hoje a Associação de Municípios do Barlavento.",
    "A decisão foi tomada numa reunião extraordinária realizada em Lagoa, na qual participaram os presidentes das seis câmaras e responsáveis da empresa Águas do Sotavento e Barlavento, que gere o sistema multimunicipal de abastecimento.",
    "«Não podemos esperar pelo verão para agir. Cada litro que pouparmos agora é um litro que teremos em agosto, quando a população triplica», afirmou à Lusa o presidente da associação, Rui Manuel Tavares, que é também presidente da Câmara de Vila do Bispo.",
    "Além da proibição da rega de espaços verdes municipais, as autarquias vão desligar fontes ornamentais, reduzir em 30% a pressão da rede durante a noite e reforçar a fiscalização de furos ilegais. Os campos de golfe, que consomem cerca de 8% da água do sistema, terão de apresentar até ao fim do mês planos de redução de consumo de pelo menos 15%.",
    "A Associação de Regantes do Arade manifestou preocupação com a possibilidade de novos cortes na agricultura, lembrando que os pomares de citrinos já perderam no ano passado um quarto da dotação de água. «Se houver mais cortes, há explorações que não chegam ao fim do ano», alertou o dirigente Joaquim Pestana.",
    "O Ministério do Ambiente indicou, em resposta escrita, que a dessalinizadora prevista para a zona de Albufeira deverá entrar em funcionamento no primeiro semestre de 2027 e que está em curso o concurso para a ligação entre as albufeiras de Vale Fundeiro e da Bravura, um investimento de 46 milhões de euros.",
    "Segundo o Instituto Português do Mar e da Atmosfera (IPMA), a precipitação acumulada no Algarve desde outubro corresponde a apenas 41% do valor normal para o período, e 62% do território da região encontra-se em seca severa ou extrema.",
    "As medidas agora aprovadas vigoram até 30 de junho e serão reavaliadas em maio, em função da evolução das reservas.",
]
L1T = "Seca: municípios do Barlavento proíbem rega de jardins com albufeira de Vale Fundeiro a 18%"
L1D = "Faro, 11 mar 2025 (Lusa) - "
R = "pt-lusa1-lusa"
add(R, "Lusa", "2025-03-11T10:02:00+00:00",
    "https://www.lusa.pt/article/2025-03-11/seca-municipios-do-barlavento-proibem-rega-de-jardins",
    L1T, L1D + j(LUSA1) + "\n\nRMT // SB\n\nLusa/Fim", None, "original", R)
add("pt-lusa1-observador", "Observador", "2025-03-11T10:31:00+00:00",
    "https://observador.pt/2025/03/11/seca-municipios-do-barlavento-proibem-rega-de-jardins-com-albufeira-a-18/",
    L1T, L1D + j(LUSA1) + "\n\nRMT // SB\n\nLusa/Fim", R, "exact_duplicate", R)
add("pt-lusa1-publico", "Público", "2025-03-11T11:05:00+00:00",
    "https://www.publico.pt/2025/03/11/azul/noticia/seca-barlavento-proibe-rega-jardins-2125871",
    "Seca no Algarve: seis concelhos deixam de regar jardins a partir de segunda-feira",
    j(LUSA1[:6]) + "\n\nSubscreva a newsletter Azul e receba todas as semanas as notícias de ambiente e clima do PÚBLICO.",
    R, "near_duplicate", R)
add("pt-lusa1-dn", "Diário de Notícias", "2025-03-11T11:40:00+00:00",
    "https://www.dn.pt/sociedade/seca-municipios-do-barlavento-proibem-rega-de-jardins",
    L1T, j(LUSA1[:7]) + "\n\nDN/Lusa", R, "near_duplicate", R)
add("pt-lusa1-expresso", "Expresso", "2025-03-11T15:20:00+00:00",
    "https://expresso.pt/sociedade/ambiente/2025-03-11-algarve-seca-jardins-sem-rega",
    "Algarve em alerta: jardins sem rega, fontes desligadas e golfe obrigado a poupar",
    j([
        "Seis câmaras do barlavento algarvio vão deixar de regar jardins públicos e de lavar ruas com água da rede a partir de segunda-feira. A decisão, noticiada pela agência Lusa, surge depois de a albufeira de Vale Fundeiro ter caído para 18% da capacidade, o nível mais baixo de sempre.",
        "Segundo a agência Lusa, a medida foi acertada numa reunião de emergência em Lagoa entre os autarcas e a empresa que gere o sistema multimunicipal. Rui Manuel Tavares, presidente da Associação de Municípios do Barlavento e autarca de Vila do Bispo, justificou a pressa com o verão: em agosto a população da região triplica e cada litro poupado agora conta.",
        "Para além dos jardins, as fontes decorativas serão desligadas, a pressão na rede vai baixar 30% durante a noite e os furos clandestinos vão ser alvo de mais fiscalização. Os campos de golfe têm até ao fim de março para mostrar como vão gastar menos 15% de água.",
        "Os agricultores temem ser os próximos. Os regantes do Arade recordam que os produtores de laranja já ficaram, em 2024, sem um quarto da água a que tinham direito, e avisam que algumas explorações podem não aguentar.",
        "O Governo aponta para 2027 a entrada em funcionamento da dessalinizadora de Albufeira. Até lá, com a chuva desde outubro a ficar-se pelos 41% do normal, as restrições mantêm-se pelo menos até ao fim de junho.",
    ]), R, "derivative", R)

# ---------------------------------------------------------------------------
# 2. Lusa story 2 (ABSENT), same days, different subject: embezzlement trial
LUSA2 = [
    "O Tribunal de São João Novo, no Porto, condenou hoje a sete anos de prisão efetiva um antigo tesoureiro da Junta de Freguesia de Lomba do Douro, no concelho de Gondomar, por se ter apropriado de cerca de 312 mil euros entre 2017 e 2022.",
    "O arguido, Amílcar Sousa Brandão, de 58 anos, foi condenado por um crime de peculato na forma continuada e por seis crimes de falsificação de documento. O coletivo de juízes determinou ainda que devolva à autarquia a totalidade do montante desviado, acrescido de juros.",
    "Segundo o acórdão, o antigo tesoureiro emitia cheques e ordens de transferência em nome de fornecedores fictícios, entre os quais uma empresa de jardinagem e uma oficina de serralharia que nunca prestaram serviços à junta, e fazia depois depositar os valores em contas de familiares.",
    "Na leitura da decisão, a juíza presidente, Teresa Magalhães Coutinho, sublinhou que o arguido «traiu de forma reiterada a confiança dos eleitores» e que a ausência de arrependimento pesou na determinação da pena. «Não estamos perante um momento de fraqueza, mas perante um esquema montado com método ao longo de cinco anos», afirmou.",
    "O desvio foi detetado em 2022, quando um novo executivo da junta pediu uma auditoria às contas e descobriu que parte das faturas pagas não tinha correspondência em qualquer obra ou serviço.",
    "A defesa, a cargo do advogado Nuno Ferraz, anunciou à saída do tribunal que vai recorrer para o Tribunal da Relação do Porto, alegando que a prova pericial «tem falhas graves» e que o seu cliente «nunca teve acesso exclusivo às contas».",
    "Os dois familiares do antigo tesoureiro que também estavam acusados, uma irmã e um cunhado, foram absolvidos por o tribunal não ter dado como provado que soubessem da origem do dinheiro.",
    "O atual presidente da junta, Vítor Leal, disse aos jornalistas que a freguesia pretende usar o dinheiro que vier a ser recuperado na requalificação do mercado local, adiada precisamente por falta de verbas.",
]
L2T = "Antigo tesoureiro de junta de Gondomar condenado a sete anos de prisão por peculato"
L2D = "Porto, 12 mar 2025 (Lusa) - "
C = "external:lusa"
add("pt-lusa2-sapo", "SAPO", "2025-03-12T13:10:00+00:00",
    "https://noticias.sapo.pt/nacional/artigos/antigo-tesoureiro-de-junta-de-gondomar-condenado-a-sete-anos",
    L2T, L2D + j(LUSA2[:7]), C, "near_duplicate", C)
add("pt-lusa2-nam", "Notícias ao Minuto", "2025-03-12T13:25:00+00:00",
    "https://www.noticiasaominuto.com/pais/2745512/antigo-tesoureiro-de-junta-condenado-a-sete-anos-de-prisao",
    "Antigo tesoureiro de junta condenado a sete anos por desviar 312 mil euros",
    "Por Lusa\n\n" + j(LUSA2), C, "near_duplicate", C)
add("pt-lusa2-jn", "Jornal de Notícias", "2025-03-12T14:02:00+00:00",
    "https://www.jn.pt/justica/antigo-tesoureiro-de-junta-de-gondomar-condenado-a-sete-anos-16012345.html",
    "Gondomar: antigo tesoureiro de junta condenado a sete anos de cadeia",
    j(LUSA2[:6]) + "\n\nSiga o JN no WhatsApp e receba as notícias do Grande Porto no seu telemóvel.",
    C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 3. Agência Brasil (ABSENT), pt-BR: illegal timber seizure
AB = [
    "Uma operação do Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis (Ibama) apreendeu cerca de 4,2 mil metros cúbicos de madeira extraída ilegalmente no município de Canutama, no sul do Amazonas. A carga, suficiente para encher cerca de 140 caminhões, estava escondida em três pátios clandestinos às margens do Rio Purus.",
    "De acordo com o Ibama, a Operação Cedro Vermelho foi realizada ao longo de 12 dias, com apoio da Polícia Federal e da Força Nacional de Segurança Pública. Os agentes também inutilizaram duas serrarias móveis, quatro tratores de esteira e uma balsa usada para transportar toras pelo rio.",
    "Segundo o coordenador da operação, Everaldo Nunes Bastos, a madeira tinha documentação falsa, emitida a partir de planos de manejo florestal que existiam apenas no papel. \"Os créditos eram gerados em áreas que já tinham sido exploradas anos antes. É uma lavagem de madeira feita dentro do sistema\", explicou.",
    "As multas aplicadas somam R$ 18,6 milhões. Sete pessoas foram autuadas e duas foram presas em flagrante por porte ilegal de arma de fogo. A Polícia Federal abriu inquérito para apurar a participação de empresários de Porto Velho e de Manaus no esquema.",
    "Dados do sistema Deter, do Instituto Nacional de Pesquisas Espaciais (Inpe), mostram que os alertas de desmatamento no sul do Amazonas caíram 27% em 2024, mas a região continua entre as mais pressionadas da Amazônia pela abertura de estradas e pela expansão da pecuária.",
    "A madeira apreendida deverá ser doada a prefeituras da região e a programas habitacionais, conforme prevê a legislação ambiental. Parte do material será usada na reforma de escolas ribeirinhas de Canutama e Lábrea, informou o Ibama.",
    "O órgão informou ainda que novas fases da operação estão previstas para os próximos meses, com foco nas rotas fluviais usadas para escoar a produção ilegal até os portos do Rio Madeira.",
]
ABT = "Ibama apreende 4,2 mil metros cúbicos de madeira ilegal no sul do Amazonas"
ABB = "Mariana Tokarski - Repórter da Agência Brasil\n\n"
C = "external:agenciabrasil"
add("br-ab-correio", "Correio Braziliense", "2025-03-11T16:40:00-03:00",
    "https://www.correiobraziliense.com.br/brasil/2025/03/7081234-ibama-apreende-madeira-ilegal-no-sul-do-amazonas.html",
    ABT, ABB + j(AB), C, "exact_duplicate", C)
add("br-ab-jc", "Jornal do Commercio", "2025-03-11T17:05:00-03:00",
    "https://jc.uol.com.br/brasil/2025/03/11/ibama-apreende-42-mil-metros-cubicos-de-madeira-ilegal.html",
    ABT, ABB + j(AB), C, "exact_duplicate", C)
add("br-ab-istoe", "IstoÉ Dinheiro", "2025-03-11T17:50:00-03:00",
    "https://istoedinheiro.com.br/ibama-apreende-madeira-ilegal-amazonas/",
    "Operação do Ibama aplica R$ 18,6 milhões em multas por madeira ilegal no Amazonas",
    j(AB[:5]) + "\n\nCom informações da Agência Brasil", C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 4. ANP (ABSENT), Dutch: African swine fever on the Veluwe
ANP = [
    "Op de Veluwe zijn bij Hoenderloo drie dode wilde zwijnen gevonden die besmet waren met Afrikaanse varkenspest. Dat heeft het ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur dinsdag bekendgemaakt. Het is de eerste keer dat de dierziekte in Nederland wordt vastgesteld.",
    "De kadavers werden vorige week gevonden door een boswachter tijdens een routinecontrole in het bosgebied ten noorden van het dorp. Onderzoek door Wageningen Bioveterinary Research bevestigde maandagavond de besmetting.",
    "Rond de vindplaats geldt per direct een zone van twintig kilometer waarin jagen, houtkap en recreatie buiten de verharde paden verboden zijn. Honden moeten in het hele gebied aangelijnd blijven. Varkenshouders binnen de zone mogen voorlopig geen dieren vervoeren zonder toestemming van de Nederlandse Voedsel- en Warenautoriteit.",
    "'We doen er alles aan om te voorkomen dat het virus overslaat naar de varkenshouderij', zei minister Marieke Verhoeven-Dijkstra. 'Voor mensen is de ziekte ongevaarlijk, maar voor de sector kan een uitbraak grote gevolgen hebben.'",
    "In de zone liggen 41 varkensbedrijven met samen ongeveer 85.000 dieren. Die bedrijven worden de komende weken extra gecontroleerd. Belangenorganisatie POV spreekt van 'een zwarte dag' en vreest dat landen buiten de Europese Unie de invoer van Nederlands varkensvlees zullen stoppen.",
    "Hoe het virus op de Veluwe terecht is gekomen, is nog onduidelijk. Deskundigen houden er rekening mee dat het is meegenomen via besmet vlees dat langs de snelweg is weggegooid. In Duitsland circuleert de ziekte al sinds 2020 onder wilde zwijnen.",
    "Het ministerie roept wandelaars en fietsers op dode zwijnen niet aan te raken en vondsten te melden via het landelijke meldpunt. Er wordt een speciaal zoekteam met honden ingezet om het gebied de komende weken uit te kammen.",
]
ANPT = "Afrikaanse varkenspest voor het eerst in Nederland vastgesteld"
ANPD = "ARNHEM (ANP) - "
C = "external:anp"
add("nl-anp-nu", "NU.nl", "2025-03-11T11:12:00+01:00",
    "https://www.nu.nl/binnenland/6345871/afrikaanse-varkenspest-voor-het-eerst-in-nederland-vastgesteld.html",
    ANPT, ANPD + j(ANP), C, "exact_duplicate", C)
add("nl-anp-telegraaf", "De Telegraaf", "2025-03-11T11:20:00+01:00",
    "https://www.telegraaf.nl/nieuws/1834567890/afrikaanse-varkenspest-voor-het-eerst-in-nederland-vastgesteld",
    ANPT, ANPD + j(ANP), C, "exact_duplicate", C)
add("nl-anp-ad", "AD", "2025-03-11T11:41:00+01:00",
    "https://www.ad.nl/binnenland/afrikaanse-varkenspest-op-de-veluwe-drie-besmette-zwijnen-gevonden~a4f2c1d9/",
    "Afrikaanse varkenspest op de Veluwe: drie besmette zwijnen gevonden",
    j(ANP) + "\n\nBron: ANP", C, "near_duplicate", C)
add("nl-anp-parool", "Het Parool", "2025-03-11T12:03:00+01:00",
    "https://www.parool.nl/nederland/afrikaanse-varkenspest-voor-het-eerst-in-nederland~b7e3a2f0/",
    ANPT, ANPD + j(ANP[:5]), C, "near_duplicate", C)
add("nl-anp-gelderlander", "De Gelderlander", "2025-03-11T12:30:00+01:00",
    "https://www.gelderlander.nl/apeldoorn/dode-zwijnen-bij-hoenderloo-hadden-afrikaanse-varkenspest~a91c7e33/",
    "Dode zwijnen bij Hoenderloo hadden Afrikaanse varkenspest",
    j(ANP[:6]) + "\n\nHeb jij een tip voor onze redactie? Mail naar tips@gelderlander.nl of app ons via WhatsApp.",
    C, "near_duplicate", C)
add("nl-anp-rtl", "RTL Nieuws", "2025-03-11T14:15:00+01:00",
    "https://www.rtl.nl/nieuws/binnenland/artikel/5498123/afrikaanse-varkenspest-veluwe-wat-betekent-het",
    "Varkenspest op de Veluwe: wat betekent dit voor wandelaars en boeren?",
    j([
        "Voor het eerst is Afrikaanse varkenspest in Nederland opgedoken. Bij Hoenderloo op de Veluwe zijn drie dode wilde zwijnen gevonden die het virus bij zich droegen, meldt persbureau ANP op basis van informatie van het landbouwministerie.",
        "Een boswachter stuitte vorige week tijdens zijn ronde op de dieren. Maandagavond bevestigde het lab in Wageningen dat het om de gevreesde dierziekte gaat.",
        "Het gevolg is direct merkbaar voor wie graag over de Veluwe wandelt: in een straal van twintig kilometer mag je niet meer van de verharde paden af en moet je hond aan de lijn. Ook jagers en houtkappers moeten voorlopig stoppen.",
        "Voor mensen is het virus niet gevaarlijk, benadrukt minister Verhoeven-Dijkstra. Maar de varkenshouders in de regio maken zich grote zorgen. Binnen de zone zitten ruim veertig bedrijven met zo'n 85.000 varkens, en zij mogen hun dieren niet zomaar meer vervoeren. Sectororganisatie POV vreest dat landen buiten Europa de deur dichtgooien voor Nederlands varkensvlees.",
        "Hoe het virus hier kwam, weet niemand nog. Een weggegooid besmet broodje langs de A50 is een van de scenario's. In Duitsland waart de ziekte al jaren rond.",
        "Zie je een dood zwijn? Niet aanraken, maar melden bij het landelijke meldpunt, vraagt het ministerie. De komende weken kamt een zoekteam met speurhonden het gebied uit.",
    ]), C, "derivative", C)

# ---------------------------------------------------------------------------
# 5. Two independent Dutch reports of one event sharing the mayor's quote
QNL = "We nemen dit besluit niet lichtvaardig, maar de gezondheid van kinderen en leerkrachten gaat voor alles"
add("nl-ind-nos", "NOS", "2025-03-13T16:05:00+01:00",
    "https://nos.nl/artikel/2558123-basisschool-in-harderbroek-dicht-na-vondst-asbest",
    "Basisschool in Harderbroek dicht na vondst asbest",
    j([
        "De gemeente Harderbroek sluit basisschool De Vlieger per direct nadat bij een inspectie asbest is aangetroffen in plafondplaten van vier lokalen. De ruim 230 leerlingen krijgen vanaf maandag les in noodlokalen op het terrein van sportpark De Wielen.",
        "Burgemeester Anouk Stellingwerf maakte het besluit donderdagmiddag bekend op een persconferentie in het gemeentehuis. \"" + QNL + "\", zei ze.",
        "Het asbest kwam aan het licht bij voorbereidend onderzoek voor een verbouwing. Volgens een gespecialiseerd bureau zijn de platen beschadigd, waardoor vezels kunnen vrijkomen. Metingen in de lucht moeten de komende dagen uitwijzen of dat ook echt is gebeurd.",
        "Ouders werden woensdagavond per brief ingelicht. Op een informatieavond in het dorpshuis stelden zij vooral vragen over de risico's voor hun kinderen. De GGD benadrukt dat kortdurende blootstelling aan lage concentraties een zeer klein gezondheidsrisico geeft.",
        "Het schoolgebouw dateert uit 1968. De gemeente laat nu ook de twee andere scholen uit die periode onderzoeken. Hoe lang De Vlieger dicht blijft, is nog niet bekend; de sanering kan volgens de gemeente enkele maanden duren.",
    ]), None, "unrelated", "nl-ind-nos")
add("nl-ind-stentor", "De Stentor", "2025-03-13T18:40:00+01:00",
    "https://www.destentor.nl/harderbroek/ouders-geschrokken-na-sluiting-de-vlieger~c2d81f04/",
    "Ouders geschrokken na sluiting De Vlieger: 'Je wilt gewoon weten of ze iets heeft ingeademd'",
    j([
        "Lege gangen, dichte deuren en een briefje op het hek: basisschool De Vlieger in Harderbroek is sinds donderdag gesloten. In vier klaslokalen zitten asbesthoudende plafondplaten die bij een bouwkundige keuring beschadigd bleken.",
        "Voor ouders kwam het nieuws als een klap. \"Mijn dochter zit al drie jaar in dat lokaal, precies onder dat plafond\", zegt moeder Jolanda Kok bij het hek. \"Dan wil je gewoon weten of ze iets heeft ingeademd.\"",
        "Op het gemeentehuis verdedigde burgemeester Anouk Stellingwerf de snelle sluiting. \"" + QNL + "\", zei zij. Wethouder onderwijs Gert-Jan Bosma voegde eraan toe dat de gemeente de kosten van de noodlocatie volledig voor haar rekening neemt.",
        "Vanaf maandag krijgen de ongeveer 230 kinderen les in tijdelijke units bij sportpark De Wielen. Een pendelbus rijdt vanaf het dorpsplein. Directeur Marloes van Dijk noemt het \"een enorme puzzel, maar het team staat klaar\".",
        "Luchtmetingen moeten uitwijzen of er daadwerkelijk vezels zijn vrijgekomen. De uitslag wordt volgende week verwacht. Ook de scholen De Horizon en 't Kompas, gebouwd in dezelfde periode, worden doorgelicht.",
    ]), None, "unrelated", "nl-ind-stentor")

# 6. Dutch unrelated
add("nl-un-trouw", "Trouw", "2025-03-12T09:00:00+01:00",
    "https://www.trouw.nl/cultuur-media/bibliotheek-leeuwarden-opent-nachtleeszaal~b13f9a2e/",
    "Bibliotheek in Leeuwarden opent als eerste een nachtleeszaal",
    j([
        "Studenten, nachtwerkers en slapelozen kunnen vanaf april in Leeuwarden terecht in wat de bibliotheek 'de eerste nachtleeszaal van Nederland' noemt. Op de bovenste verdieping van het gebouw aan het Zaailand blijft één zaal tot drie uur 's nachts open, bemand door twee vrijwilligers en een beveiliger.",
        "Directeur Sjoukje Hoekstra kwam op het idee na gesprekken met studenten van de hogeschool, die klaagden dat er 's avonds nergens een rustige plek te vinden is. \"Niet iedereen heeft thuis een bureau en een stille kamer\", zegt ze. \"Wij hebben die ruimte wel, alleen stond ze 's nachts leeg.\"",
        "De proef duurt een half jaar en kost ongeveer 60.000 euro, grotendeels betaald door de provincie Fryslân. Bezoekers moeten een bibliotheekpas hebben en na middernacht aanbellen. Koffie en thee zijn gratis; eten is alleen toegestaan in de kantine.",
        "Bibliotheken in Groningen en Zwolle hebben al laten weten de proef met belangstelling te volgen. Als het aantal bezoekers tegenvalt, stopt Leeuwarden in oktober met het experiment.",
    ]), None, "unrelated", "nl-un-trouw")

# ---------------------------------------------------------------------------
# 7. TASS story 1 (ABSENT), Russian: Volga river ports programme
TASS1 = [
    "Правительство РФ утвердило программу модернизации речных портов Волжского бассейна, на реализацию которой до 2030 года планируется направить 48 млрд рублей. Об этом журналистам сообщил заместитель министра транспорта Дмитрий Сафонов.",
    "\"Программа охватывает 14 портов от Твери до Астрахани. В первую очередь будут обновлены причальные стенки и перегрузочная техника, которая во многих портах эксплуатируется с 1970-х годов\", - сказал он.",
    "По словам замминистра, около 30 млрд рублей выделит федеральный бюджет, остальные средства предоставят регионы и частные инвесторы. Первые работы начнутся уже в навигацию 2025 года в портах Самары, Саратова и Волгограда.",
    "Сафонов отметил, что после модернизации пропускная способность портов бассейна должна вырасти в полтора раза - до 60 млн тонн грузов в год. Основной рост ожидается за счет перевозок зерна, удобрений и строительных материалов.",
    "Отдельный раздел программы посвящен пассажирским перевозкам. До 2028 года в восьми городах планируется реконструировать речные вокзалы, а на линии между Нижним Новгородом и Казанью запустить скоростные суда на подводных крыльях.",
    "Кроме того, ведомство рассчитывает решить проблему малых глубин на участке между Городцом и Нижним Новгородом, где в межень суда вынуждены идти с неполной загрузкой. Проект строительства низконапорного гидроузла на этом участке находится на стадии государственной экспертизы.",
    "Как сообщалось ранее, в 2024 году по внутренним водным путям России было перевезено около 105 млн тонн грузов, что на 3% меньше, чем годом ранее.",
]
T1T = "Правительство направит 48 млрд рублей на модернизацию речных портов Волги"
T1D = "МОСКВА, 11 марта. /ТАСС/. "
C = "external:tass"
add("ru-tass1-rg", "Российская газета", "2025-03-11T12:40:00+03:00",
    "https://rg.ru/2025/03/11/pravitelstvo-napravit-48-mlrd-rublej-na-modernizaciiu-rechnyh-portov-volgi.html",
    T1T, T1D + j(TASS1), C, "exact_duplicate", C)
add("ru-tass1-vz", "Взгляд", "2025-03-11T12:55:00+03:00",
    "https://vz.ru/news/2025/3/11/1318811.html",
    T1T, T1D + j(TASS1), C, "exact_duplicate", C)
add("ru-tass1-mk", "Московский комсомолец", "2025-03-11T13:30:00+03:00",
    "https://www.mk.ru/economics/2025/03/11/na-modernizaciyu-volzhskikh-portov-napravyat-48-mlrd-rubley.html",
    "На модернизацию волжских портов направят 48 млрд рублей",
    j(TASS1[:5]) + "\n\nИсточник: ТАСС", C, "near_duplicate", C)
add("ru-tass1-lenta", "Лента.ру", "2025-03-11T15:10:00+03:00",
    "https://lenta.ru/news/2025/03/11/porty_volgi/",
    "Власти решили обновить порты на Волге за 48 миллиардов рублей",
    j([
        "Власти России решили потратить 48 миллиардов рублей на обновление портов на Волге. Программу модернизации утвердило правительство, сообщает ТАСС со ссылкой на заместителя министра транспорта Дмитрия Сафонова.",
        "Речь идет о 14 портах - от Твери до Астрахани. Многие из них до сих пор работают на кранах и причалах полувековой давности, поэтому в первую очередь деньги пойдут именно на технику и причальные стенки. Большую часть суммы, около 30 миллиардов, даст федеральный бюджет, остальное должны вложить регионы и бизнес.",
        "Уже этим летом работы стартуют в Самаре, Саратове и Волгограде. К концу десятилетия порты бассейна, по расчетам министерства, смогут обрабатывать до 60 миллионов тонн в год, то есть в полтора раза больше, чем сейчас. Расти будут прежде всего перевозки зерна и удобрений.",
        "Изменения коснутся и пассажиров: в восьми городах перестроят речные вокзалы, а между Нижним Новгородом и Казанью пустят скоростные суда на подводных крыльях.",
        "Еще одна давняя проблема - мелководье у Городца, из-за которого суда летом ходят полупустыми. Гидроузел, который должен ее решить, пока проходит госэкспертизу.",
    ]), C, "derivative", C)

# ---------------------------------------------------------------------------
# 8. TASS story 2 (ABSENT), same days, different subject: coin hoard in Staraya Ladoga
TASS2 = [
    "Археологи обнаружили в Старой Ладоге клад из 214 серебряных арабских монет X века. Об этом сообщила руководитель Ладожской археологической экспедиции Института истории материальной культуры РАН Ольга Веретенникова.",
    "\"Монеты лежали в глиняном сосуде, который был закопан под полом жилища. Судя по самой поздней монете, клад был спрятан около 960 года\", - рассказала она.",
    "По словам исследователя, большая часть монет - дирхамы, отчеканенные в Самарканде и Бухаре при династии Саманидов. Среди находок есть и несколько фрагментов монет, разрезанных для расчетов по весу, что типично для торговли эпохи викингов.",
    "Находку сделали еще осенью во время раскопок на Земляном городище, однако сообщить о ней ученые решили только после расчистки и предварительного определения монет в реставрационной лаборатории.",
    "Веретенникова отметила, что это крупнейший клад, найденный в Старой Ладоге за последние 30 лет. \"Он подтверждает, что в середине X века Ладога оставалась одним из главных пунктов на пути, по которому восточное серебро попадало в Скандинавию\", - подчеркнула она.",
    "После завершения исследования монеты передадут в Староладожский историко-архитектурный и археологический музей-заповедник. Выставку находок планируется открыть летом 2026 года, а часть монет в дальнейшем войдет в постоянную экспозицию музея.",
]
T2T = "В Старой Ладоге нашли клад из 214 серебряных монет X века"
T2D = "САНКТ-ПЕТЕРБУРГ, 12 марта. /ТАСС/. "
add("ru-tass2-fontanka", "Фонтанка.ру", "2025-03-12T11:20:00+03:00",
    "https://www.fontanka.ru/2025/03/12/75190345/",
    T2T, j(TASS2) + "\n\nИсточник: ТАСС", C, "near_duplicate", C)
add("ru-tass2-spbvedomosti", "Санкт-Петербургские ведомости", "2025-03-12T11:45:00+03:00",
    "https://spbvedomosti.ru/news/country_and_world/v-staroy-ladoge-nashli-klad-serebryanykh-monet/",
    "Археологи нашли в Старой Ладоге крупнейший за 30 лет клад",
    T2D + j(TASS2[:5]), C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 9. Interfax (PRESENT in input): steel holding cuts investment
IFX = [
    "Металлургический холдинг \"Уралмет\" сократит инвестиционную программу на 2025 год на треть, до 21 млрд рублей, из-за снижения спроса на трубную продукцию и высокой ключевой ставки. Об этом \"Интерфаксу\" сообщил генеральный директор компании Сергей Ковригин.",
    "\"Мы вынуждены отложить строительство новой линии по производству труб большого диаметра в Челябинске. При нынешней стоимости заемных средств проект не окупается\", - сказал он.",
    "По словам Ковригина, в первую очередь компания сохранит финансирование экологических проектов и ремонтов основного оборудования, на которые придется около 12 млрд рублей. Реконструкция сталеплавильного цеха в Копейске перенесена на 2027 год.",
    "В 2024 году отгрузки \"Уралмета\" снизились на 9%, до 2,3 млн тонн, выручка сократилась на 6%, до 187 млрд рублей. Основной причиной гендиректор назвал сокращение закупок со стороны нефтегазовых компаний, которые пересматривают сроки строительства трубопроводов.",
    "Ковригин также сообщил, что компания не планирует сокращать персонал, однако с апреля часть подразделений переведет на четырехдневную рабочую неделю. Это затронет около 3 тыс. из 28 тыс. сотрудников холдинга.",
    "Аналитики отмечают, что о сокращении инвестиций в последние месяцы объявили несколько крупных металлургических компаний. По данным отраслевой ассоциации, потребление стали в России в 2024 году снизилось на 4%, а в 2025 году может упасть еще на 5-7%.",
]
IFXT = "\"Уралмет\" сократит инвестпрограмму на треть из-за высокой ставки"
IFXD = "Москва. 12 марта. INTERFAX.RU - "
R = "ru-ifx-interfax"
add(R, "Интерфакс", "2025-03-12T09:14:00+03:00",
    "https://www.interfax.ru/business/1012345",
    IFXT, IFXD + j(IFX), None, "original", R)
add("ru-ifx-banki", "Банки.ру", "2025-03-12T09:40:00+03:00",
    "https://www.banki.ru/news/lenta/?id=11012345",
    IFXT, IFXD + j(IFX), R, "exact_duplicate", R)
add("ru-ifx-forbes", "Forbes.ru", "2025-03-12T10:25:00+03:00",
    "https://www.forbes.ru/biznes/532145-uralmet-sokratit-investprogrammu-na-tret",
    "\"Уралмет\" урежет инвестиции на треть и отложит стройку трубной линии",
    j(IFX[:5]) + "\n\nИсточник: \"Интерфакс\"", R, "near_duplicate", R)
add("ru-ifx-metalinfo", "Металлоснабжение и сбыт", "2025-03-12T11:02:00+03:00",
    "https://www.metalinfo.ru/ru/news/165432",
    IFXT, IFXD + j(IFX[:5]) + "\n\nПодписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости металлургии.",
    R, "near_duplicate", R)

# ---------------------------------------------------------------------------
# 10. RIA Novosti (ABSENT): cold snap forecast
RIA = [
    "Резкое похолодание придет в центральные регионы России в выходные: после аномально теплой первой половины марта температура опустится ниже климатической нормы на 5-7 градусов, рассказал РИА Новости ведущий специалист Гидрометцентра Анатолий Ремезов.",
    "\"Холодный арктический воздух начнет поступать с севера в ночь на субботу. В Москве в ночные часы ожидается до минус 12 градусов, днем столбики термометров не поднимутся выше минус трех\", - сказал он.",
    "По словам синоптика, похолодание будет сопровождаться снегопадами: в субботу в столичном регионе может выпасть до половины месячной нормы осадков, а порывы ветра местами достигнут 15-17 метров в секунду.",
    "Ремезов отметил, что аномальный холод продержится как минимум до среды. Затем, по предварительным прогнозам, температура начнет постепенно расти и к концу месяца вернется к норме, а днем будет держаться около нуля.",
    "Синоптик призвал водителей не спешить с заменой зимней резины, а садоводов - отложить начало работ на участках. \"Те, кто уже снял укрытия с роз и плодовых деревьев, должны вернуть их на место как можно скорее\", - добавил он.",
    "В начале марта в Москве было установлено несколько температурных рекордов: 6 марта воздух прогрелся до плюс 13,4 градуса, что на полградуса выше предыдущего максимума для этого дня, зафиксированного в 1989 году.",
]
RIAT = "Синоптик предупредил о резком похолодании в центральной России"
RIAD = "МОСКВА, 13 мар - РИА Новости. "
C = "external:ria"
add("ru-ria-mk", "Московский комсомолец", "2025-03-13T10:50:00+03:00",
    "https://www.mk.ru/social/2025/03/13/sinoptik-predupredil-o-rezkom-poxolodanii.html",
    RIAT, j(RIA) + "\n\nИсточник: РИА Новости", C, "near_duplicate", C)
add("ru-ria-gazeta", "Газета.Ru", "2025-03-13T11:15:00+03:00",
    "https://www.gazeta.ru/social/news/2025/03/13/25112345.shtml",
    "В Москву идут морозы до минус 12 градусов",
    RIAD + j(RIA[:5]), C, "near_duplicate", C)

# 11. Russian unrelated
add("ru-un-izvestia", "Известия", "2025-03-12T19:30:00+03:00",
    "https://iz.ru/1851234/2025-03-12/v-moskve-vosstanovili-dekoracii-spektaklia-1913-goda",
    "В Москве восстановили декорации спектакля 1913 года",
    j([
        "В Театре на Покровке в четверг покажут спектакль \"Снегурочка\" в декорациях, восстановленных по эскизам 1913 года. Над реконструкцией почти два года работали художники-постановщики и реставраторы, которые по фотографиям и сохранившимся фрагментам воссоздали двенадцать живописных задников.",
        "Как рассказала главный художник театра Вера Сташкевич, оригинальные эскизы хранились в частном собрании в Риге и лишь в 2022 году были переданы в музей. \"Мы сознательно отказались от проекций и светодиодных экранов. Все написано вручную темперой, как делали сто с лишним лет назад\", - пояснила она.",
        "Музыкальную часть спектакля исполнит камерный оркестр под управлением Игоря Лаврентьева. Режиссер постановки Антон Мерзликин признался, что главной сложностью оказалось приспособить огромные полотна к небольшой сцене театра.",
        "Билеты на премьерные показы раскуплены до конца апреля. Театр планирует в будущем сезоне показать спектакль на гастролях в Ярославле и Костроме.",
        "Реконструкция обошлась театру примерно в 14 млн рублей, большую часть суммы выделил фонд поддержки театрального искусства. Часть старых эскизов после премьеры будет выставлена в фойе, где зрители смогут сравнить их с готовыми задниками. Кроме того, театр выпустит небольшой альбом о том, как шла работа над декорациями, с фотографиями мастерских и интервью с реставраторами.",
    ]), None, "unrelated", "ru-un-izvestia")

# ---------------------------------------------------------------------------
# 12. PAP story 1 (PRESENT in input): small-retention programme in Lubelskie
PAP1 = [
    "Zarząd województwa lubelskiego przyjął we wtorek program małej retencji, który zakłada budowę 40 zbiorników wodnych i odbudowę 120 kilometrów rowów melioracyjnych do 2030 roku. Koszt programu oszacowano na 610 mln zł.",
    "Jak poinformował marszałek województwa Tadeusz Wierzbicki, inwestycje mają ograniczyć skutki suszy, która w ostatnich latach dotyka przede wszystkim powiaty północne i wschodnie regionu. „W 2024 roku straty w uprawach szacowaliśmy na ponad 300 mln zł. Nie stać nas na to, żeby co roku czekać na deszcz” – powiedział marszałek.",
    "Pierwsze zbiorniki powstaną w gminach Łomazy, Wohyń i Sosnowica. Ich projekty są już gotowe, a przetargi na wykonawców mają zostać ogłoszone jeszcze w tym półroczu. Największy z planowanych obiektów, na rzece Zielawie, będzie miał powierzchnię około 90 hektarów.",
    "Program ma być finansowany głównie z funduszy europejskich oraz budżetu państwa. Samorząd województwa zapewni około 15 proc. środków. Wody Polskie, które odpowiadają za część urządzeń melioracyjnych, zadeklarowały udział w odbudowie rowów i przepustów.",
    "Według danych Instytutu Uprawy, Nawożenia i Gleboznawstwa susza rolnicza w 2024 roku objęła w województwie lubelskim ponad 70 proc. gmin. Najbardziej ucierpiały uprawy kukurydzy, buraków cukrowych i owoców miękkich.",
    "Przedstawiciele Lubelskiej Izby Rolniczej oceniają program pozytywnie, ale zwracają uwagę, że tempo inwestycji może być zbyt wolne. „Rolnicy potrzebują wody już teraz, a nie za pięć lat” – powiedział prezes izby Marian Gołąb.",
    "Zarząd województwa zapowiedział, że co roku będzie przedstawiał sejmikowi sprawozdanie z realizacji programu. Pierwsze konsultacje z gminami odbędą się w kwietniu.",
]
P1T = "Lubelskie. Samorząd zbuduje 40 zbiorników retencyjnych do 2030 roku"
P1S = "\n\nAutor: Katarzyna Wójcik (PAP)\n\nkwo/ mhr/"
R = "pl-pap1-pap"
add(R, "PAP", "2025-03-11T10:05:00+01:00",
    "https://www.pap.pl/aktualnosci/lubelskie-samorzad-zbuduje-40-zbiornikow-retencyjnych-do-2030-roku",
    P1T, j(PAP1) + P1S, None, "original", R)
add("pl-pap1-onet", "Onet", "2025-03-11T10:30:00+01:00",
    "https://wiadomosci.onet.pl/lublin/lubelskie-samorzad-zbuduje-40-zbiornikow-retencyjnych/7qk2m3x",
    P1T, j(PAP1) + P1S, R, "exact_duplicate", R)
add("pl-pap1-interia", "Interia", "2025-03-11T10:52:00+01:00",
    "https://wydarzenia.interia.pl/lubelskie/news-40-nowych-zbiornikow-na-lubelszczyznie,nId,7912345",
    "40 nowych zbiorników na Lubelszczyźnie. Region walczy z suszą",
    j(PAP1) + "\n\nŹródło: PAP", R, "near_duplicate", R)
add("pl-pap1-wp", "Wirtualna Polska", "2025-03-11T11:18:00+01:00",
    "https://wiadomosci.wp.pl/lubelskie-zbuduje-40-zbiornikow-wodnych-6981234567890a",
    "Lubelskie zbuduje 40 zbiorników wodnych. Koszt: 610 mln zł",
    j(PAP1[:5]) + "\n\n(PAP)", R, "near_duplicate", R)
add("pl-pap1-rp", "Rzeczpospolita", "2025-03-11T14:45:00+01:00",
    "https://www.rp.pl/samorzad/art41987654-lubelskie-stawia-na-mala-retencje",
    "Lubelskie stawia na małą retencję. 610 mln zł na walkę z suszą",
    j([
        "Czterdzieści nowych zbiorników wodnych i 120 km odbudowanych rowów melioracyjnych – tak samorząd województwa lubelskiego chce do końca dekady walczyć z suszą. Jak podała Polska Agencja Prasowa, zarząd województwa przyjął we wtorek program małej retencji wart 610 mln zł.",
        "Marszałek Tadeusz Wierzbicki uzasadnia decyzję rachunkiem strat. Według jego wyliczeń susza kosztowała rolników z regionu w ubiegłym roku ponad 300 mln zł, a najbardziej dotknięte były powiaty na północy i wschodzie województwa.",
        "Na pierwszy ogień pójdą gminy Łomazy, Wohyń i Sosnowica, w których dokumentacja jest gotowa. Przetargi mają ruszyć w pierwszym półroczu. Największy zbiornik, na Zielawie, zajmie ok. 90 ha.",
        "Pieniądze mają pochodzić przede wszystkim z Unii Europejskiej i budżetu centralnego; województwo dołoży ok. 15 proc. Do odbudowy rowów i przepustów włączą się Wody Polskie.",
        "Rolnicy chwalą kierunek, ale narzekają na tempo. Lubelska Izba Rolnicza przypomina, że w 2024 r. susza objęła ponad 70 proc. gmin regionu, a kukurydza, buraki i owoce miękkie dały znacznie mniejsze plony. Woda potrzebna jest teraz, a nie za pięć lat – podkreśla samorząd rolniczy.",
    ]), R, "derivative", R)

# ---------------------------------------------------------------------------
# 13. PAP story 2 (ABSENT), same days, different subject: stroke units
PAP2 = [
    "Ministerstwo Zdrowia przeznaczy 240 mln zł na utworzenie 18 nowych oddziałów udarowych w szpitalach powiatowych – poinformował w środę wiceminister zdrowia Paweł Grabarczyk. Pieniądze pochodzą z Krajowego Planu Odbudowy.",
    "„Dziś pacjent z udarem w niektórych powiatach musi jechać ponad 100 kilometrów do najbliższego oddziału. Każda minuta opóźnienia to utracone komórki mózgu” – powiedział wiceminister na konferencji prasowej w Warszawie.",
    "Nowe oddziały mają powstać przede wszystkim w województwach warmińsko-mazurskim, podlaskim, lubuskim i zachodniopomorskim, gdzie czas dojazdu do leczenia trombolitycznego jest najdłuższy. Lista szpitali zostanie ogłoszona po zakończeniu konkursu, który potrwa do końca maja.",
    "Każdy z wybranych szpitali otrzyma do 13 mln zł na zakup tomografu komputerowego, wyposażenie sal intensywnego nadzoru i szkolenie personelu. Placówki zobowiążą się do zapewnienia całodobowych dyżurów neurologicznych przez co najmniej pięć lat.",
    "Według danych Narodowego Funduszu Zdrowia w 2024 roku w Polsce hospitalizowano z powodu udaru ponad 82 tys. osób. Co trzeci pacjent trafiał do szpitala później niż cztery i pół godziny od wystąpienia objawów, co w wielu przypadkach wyklucza leczenie trombolityczne.",
    "Polskie Towarzystwo Neurologiczne od lat apeluje o skrócenie czasu dojazdu do oddziałów udarowych. Jego przedstawiciele wskazują jednak, że największym problemem może okazać się brak neurologów gotowych do pracy w mniejszych miastach.",
]
P2T = "18 nowych oddziałów udarowych w szpitalach powiatowych. Resort zdrowia przeznaczy 240 mln zł"
C = "external:pap"
add("pl-pap2-rynekzdrowia", "Rynek Zdrowia", "2025-03-12T13:20:00+01:00",
    "https://www.rynekzdrowia.pl/Polityka-zdrowotna/18-nowych-oddzialow-udarowych,261234,14.html",
    P2T, j(PAP2) + "\n\nŹródło: PAP", C, "near_duplicate", C)
add("pl-pap2-medonet", "Medonet", "2025-03-12T14:05:00+01:00",
    "https://www.medonet.pl/zdrowie/wiadomosci,nowe-oddzialy-udarowe-w-szpitalach-powiatowych,artykul,91234567.html",
    "Nowe oddziały udarowe w szpitalach powiatowych. Na liście cztery województwa",
    j(PAP2[:5]) + "\n\n(PAP)", C, "near_duplicate", C)

# ---------------------------------------------------------------------------
# 14. Two independent Polish reports of one event sharing the voivode's quote
QPL = "Nie będziemy ryzykować ludzkiego życia. Most pozostanie zamknięty do odwołania"
add("pl-ind-tvn24", "TVN24", "2025-03-13T15:30:00+01:00",
    "https://tvn24.pl/rzeszow/most-na-sanie-w-zarzeczu-zamkniety-pekniecia-filara-st8123456",
    "Pęknięcia filara. Most na Sanie w Zarzeczu zamknięty",
    j([
        "Most drogowy na Sanie w Zarzeczu został w czwartek zamknięty dla ruchu po tym, jak inspektorzy nadzoru budowlanego wykryli głębokie pęknięcia jednego z filarów. Objazd dla samochodów osobowych wyznaczono przez Jarosław, co wydłuża drogę o około 25 kilometrów.",
        "Decyzję ogłosiła na konferencji prasowej w Rzeszowie wojewoda podkarpacka Elżbieta Nowosielska. „" + QPL + "” – powiedziała. Dodała, że ekspertyza techniczna potrwa co najmniej trzy tygodnie.",
        "Pęknięcia zauważył w poniedziałek wędkarz, który zrobił zdjęcia i wysłał je do urzędu gminy. Według wstępnych ustaleń mogły powstać w wyniku podmycia fundamentów podczas jesiennego wezbrania rzeki.",
        "Przez most dziennie przejeżdżało około 6 tys. pojazdów, w tym autobusy szkolne i ciężarówki jadące do pobliskiej żwirowni. Starosta powiatu Jan Kołodziej zapowiedział uruchomienie dodatkowych kursów autobusów dla uczniów.",
        "Obiekt ma ponad 50 lat. Jego remont planowano dopiero na 2027 rok.",
        "Generalna Dyrekcja Dróg Krajowych i Autostrad, która nie zarządza tym obiektem, zaoferowała pomoc swoich specjalistów przy ekspertyzie. Gmina rozważa też wystąpienie do rządu o pieniądze z rezerwy na usuwanie skutków klęsk żywiołowych, jeśli okaże się, że filar trzeba będzie wzmocnić lub przebudować.",
    ]), None, "unrelated", "pl-ind-tvn24")
add("pl-ind-nowiny", "Nowiny24", "2025-03-13T17:10:00+01:00",
    "https://nowiny24.pl/zarzecze-most-zamkniety-mieszkancy-bez-dojazdu/ar/c1-19123456",
    "Zarzecze odcięte. Mieszkańcy: do pracy będziemy jeździć godzinę dłużej",
    j([
        "Szlabany, pachołki i patrol policji – tak od czwartkowego popołudnia wygląda wjazd na most na Sanie w Zarzeczu. Przeprawa została zamknięta, bo w jednym z filarów pojawiły się rysy, które według inspektorów zagrażają konstrukcji.",
        "Wojewoda Elżbieta Nowosielska nie pozostawiła wątpliwości. „" + QPL + "” – oświadczyła na spotkaniu z dziennikarzami. O ponownym otwarciu zdecydują wyniki ekspertyzy.",
        "Mieszkańcy są zaniepokojeni. „Pracuję w Przeworsku. Do tej pory jechałem dwadzieścia minut, teraz przez Jarosław zajmie mi to godzinę” – mówi pan Stanisław, którego spotkaliśmy przy sklepie w centrum wsi. Właścicielka piekarni obawia się, że klienci z drugiego brzegu przestaną przyjeżdżać.",
        "Wójt gminy Zarzecze Dorota Piątek zapowiada, że będzie zabiegać o budowę tymczasowej przeprawy wojskowej. „Rozmawiamy już z wojskiem, ale na razie nic nie obiecujemy” – mówi.",
        "Rysę na filarze pierwszy sfotografował miejscowy wędkarz. Gdyby nie on, most prawdopodobnie byłby wciąż otwarty.",
        "Na razie najbardziej odczuwają zmianę rodzice uczniów. Autobus szkolny, który dotąd jeździł przez most, musi teraz nadrabiać kilkanaście kilometrów, a dzieci wychodzą z domu pół godziny wcześniej.",
    ]), None, "unrelated", "pl-ind-nowiny")

# 15. Polish unrelated
add("pl-un-krakowska", "Gazeta Krakowska", "2025-03-12T08:30:00+01:00",
    "https://gazetakrakowska.pl/festiwal-pierogow-wraca-na-maly-rynek/ar/c1-19098765",
    "Festiwal pierogów wraca na Mały Rynek. W tym roku z nowym konkursem",
    j([
        "Po dwóch latach przerwy na Mały Rynek w Krakowie wraca letni festiwal pierogów. Impreza odbędzie się w ostatni weekend czerwca, a organizatorzy zapowiadają udział ponad 30 wystawców z Małopolski, Podkarpacia i Śląska.",
        "Nowością będzie konkurs dla kół gospodyń wiejskich na najlepszy pieróg z nadzieniem z regionalnych produktów. Zwycięzcy otrzymają nagrody pieniężne i możliwość sprzedaży swoich wyrobów podczas jarmarku bożonarodzeniowego.",
        "„Chcemy pokazać, że pieróg to nie tylko ruskie i z mięsem. Są przepisy, które przetrwały tylko w kilku wsiach” – mówi Agnieszka Pawlus z fundacji organizującej festiwal.",
        "Wstęp będzie bezpłatny. Na scenie przy kościele św. Barbary wystąpią kapele ludowe, a dla dzieci przygotowano warsztaty lepienia pierogów. Organizatorzy apelują do odwiedzających o przynoszenie własnych pojemników wielokrotnego użytku.",
        "Poprzednia edycja festiwalu przyciągnęła według szacunków organizatorów ponad 40 tys. osób. W tym roku przewidziano więcej stołów i zadaszonych miejsc do siedzenia, a kolejki do najpopularniejszych stoisk ma skrócić system zamówień przez aplikację. Miasto zapowiada też dodatkowe kursy tramwajów w sobotni wieczór.",
    ]), None, "unrelated", "pl-un-krakowska")

# 16. Portuguese unrelated
add("pt-un-cm", "Correio da Manhã", "2025-03-12T20:15:00+00:00",
    "https://www.cmjornal.pt/cultura/detalhe/barcelos-recupera-desfile-noturno-na-festa-das-cruzes",
    "Barcelos recupera desfile noturno na Festa das Cruzes",
    j([
        "A Festa das Cruzes, em Barcelos, vai voltar a ter este ano um desfile noturno de carros alegóricos, uma tradição interrompida há mais de duas décadas por falta de voluntários. A organização conta com cerca de 400 figurantes de 18 associações do concelho.",
        "O desfile realiza-se a 2 de maio e percorrerá o centro histórico entre o Largo da Porta Nova e o Campo da Feira. Cada freguesia participante prepara um carro inspirado numa lenda local, com iluminação construída pelos próprios voluntários.",
        "«Os mais velhos ainda se lembram do desfile e pediram-nos muitas vezes para o trazer de volta. Agora conseguimos juntar gente nova suficiente», explicou a vereadora da Cultura, Sónia Arezes.",
        "A câmara municipal investe 85 mil euros na edição deste ano, que inclui também um festival de bandas filarmónicas e a tradicional feira de artesanato. A organização espera mais de 300 mil visitantes ao longo dos dez dias de festa.",
    ]), None, "unrelated", "pt-un-cm")


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


ids = [a["id"] for a in ARTS]
assert len(ids) == len(set(ids))
for a in ARTS:
    n = len(a["text"].split())
    if not 150 <= n <= 600: print("LEN", a["id"], n)
write(os.path.join(HERE, "corpus.jsonl"), ARTS)
write(os.path.join(HERE, "truth.jsonl"), TRUTH)
print(len(ARTS), "articles")
