# The outlets' web hosts (with the section of a multi-section site): each article's `url` is made
# on its outlet's host, and corpus-host-sources.jsonl is the same corpus with `source` replaced
# by the host, as a dump read with `source_domain` (or with `source` defaulted from the URL)
# names its outlets. The texts still credit them by name ("meldt de NOS", "jak podaje
# „Rzeczpospolita”", "NTV'nin haberine göre", "seperti diberitakan Kompas.com").
HOSTS = {
    # nl
    'NOS': 'nos.nl', 'de Volkskrant': 'www.volkskrant.nl', 'NRC': 'www.nrc.nl',
    'Trouw': 'www.trouw.nl', 'Het Parool': 'www.parool.nl', 'De Telegraaf': 'www.telegraaf.nl',
    'AD': 'www.ad.nl', 'RTL Nieuws': 'www.rtl.nl/nieuws', 'MSN': 'www.msn.com/nl-nl',
    'NU.nl': 'www.nu.nl', 'Voetbalzone': 'www.voetbalzone.nl', 'Metro': 'www.metronieuws.nl',
    'Business Insider Nederland': 'www.businessinsider.nl', 'Boerderij': 'www.boerderij.nl',
    'De Stentor': 'www.destentor.nl', 'RTV Oost': 'www.rtvoost.nl', 'AT5': 'www.at5.nl',
    'Blik op Nieuws': 'www.blikopnieuws.nl', 'Hart van Nederland': 'www.hartvannederland.nl',
    'Noordhollands Dagblad': 'www.noordhollandsdagblad.nl', 'De Gelderlander': 'www.gelderlander.nl',
    'Haarlems Dagblad': 'www.haarlemsdagblad.nl', 'IEX': 'www.iex.nl',
    'Eindhovens Dagblad': 'www.ed.nl',
    # pl
    'Gazeta Wyborcza': 'wyborcza.pl', 'Rzeczpospolita': 'www.rp.pl', 'Onet': 'wiadomosci.onet.pl',
    'Wirtualna Polska': 'wiadomosci.wp.pl', 'Dziennik Gazeta Prawna': 'www.gazetaprawna.pl',
    'Fakt': 'www.fakt.pl', 'TVN24': 'tvn24.pl', 'Polsat News': 'www.polsatnews.pl',
    'Gol24': 'gol24.pl', 'Interia': 'sport.interia.pl', 'Meczyki.pl': 'meczyki.pl',
    'Sport.pl': 'www.sport.pl', 'Bankier.pl': 'www.bankier.pl',
    'Strefa Inwestorów': 'strefainwestorow.pl', 'Business Insider Polska': 'businessinsider.com.pl',
    'Money.pl': 'www.money.pl', 'Gazeta.pl': 'wiadomosci.gazeta.pl',
    'Dziennik Polski': 'dziennikpolski24.pl', 'Gazeta Krakowska': 'gazetakrakowska.pl',
    'LoveKraków.pl': 'lovekrakow.pl', 'Dziennik Łódzki': 'dzienniklodzki.pl',
    'Super Express': 'www.se.pl', 'Warszawa Nasze Miasto': 'warszawa.naszemiasto.pl',
    'Radio Zet': 'wiadomosci.radiozet.pl', 'Puls Biznesu': 'www.pb.pl',
    # tr
    'Hürriyet': 'www.hurriyet.com.tr', 'Milliyet': 'www.milliyet.com.tr', 'Sabah': 'www.sabah.com.tr',
    'Cumhuriyet': 'www.cumhuriyet.com.tr', 'Sözcü': 'www.sozcu.com.tr', 'NTV': 'www.ntv.com.tr',
    'Habertürk': 'www.haberturk.com', 'BirGün': 'www.birgun.net', 'Haber7': 'www.haber7.com',
    'Sporx': 'www.sporx.com', 'Fanatik': 'www.fanatik.com.tr', 'Fotomaç': 'www.fotomac.com.tr',
    'Ekonomim': 'www.ekonomim.com', 'Borsagündem': 'www.borsagundem.com', 'Dünya': 'www.dunya.com',
    'Para Analiz': 'www.paraanaliz.com', 'Yeniçağ': 'www.yenicaggazetesi.com.tr',
    'Gazete Duvar': 'www.gazeteduvar.com.tr', 'T24': 't24.com.tr', 'Karar': 'www.karar.com',
    'Olay': 'www.olay.com.tr', 'Ankara Masası': 'www.ankaramasasi.com',
    'Yeni Şafak': 'www.yenisafak.com', 'Patronlar Dünyası': 'www.patronlardunyasi.com',
    # id
    'Kompas': 'www.kompas.com', 'Tempo': 'www.tempo.co', 'Detik': 'news.detik.com',
    'Republika': 'www.republika.co.id', 'Kumparan': 'kumparan.com',
    'CNN Indonesia': 'www.cnnindonesia.com', 'Liputan6': 'www.liputan6.com',
    'Tribunnews': 'www.tribunnews.com', 'Okezone': 'www.okezone.com',
    'Tribun Jabar': 'jabar.tribunnews.com', 'Bolasport.com': 'www.bolasport.com',
    'Pikiran Rakyat': 'www.pikiran-rakyat.com', 'Sindonews': 'ekbis.sindonews.com',
    'IDX Channel': 'www.idxchannel.com', 'Kontan': 'investasi.kontan.co.id',
    'Bisnis.com': 'ekonomi.bisnis.com', 'Viva': 'www.viva.co.id', 'Suara.com': 'www.suara.com',
    'Merdeka.com': 'www.merdeka.com', 'Poskota': 'www.poskota.co.id', 'JPNN': 'www.jpnn.com',
    'Warta Kota': 'wartakota.tribunnews.com', 'IDN Times': 'www.idntimes.com',
    'Investor.id': 'investor.id',
}
