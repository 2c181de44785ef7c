# Turkish stories. All events, people, companies and figures are invented; outlets, agencies and
# places are real. Each original: paragraphs as lists of sentences (joined by a space). Derived
# texts reference the original's sentences as (paragraph, sentence) tuples: copied verbatim.
# Case suffixes follow an apostrophe on proper names (NTV'nin, Hürriyet'te, Reuters'a), as the
# Turkish press writes them.

LANG = "tr"
JOIN = " "
PARA = "\n\n"

ORIGINALS = [
dict(id="tr-01", source="NTV", published="2026-05-12T22:40:00+03:00",
     title="Trabzonspor son dakikada güldü: 2-1",
     paras=[
 ["Trabzonspor, Süper Lig'in ertelenen maçında Kasımpaşa'yı 2-1 yenerek Avrupa kupaları yarışında önemli bir galibiyet aldı.",
  "Papara Park'ta oynanan karşılaşmada galibiyet golünü 87. dakikada oyuna sonradan giren Emre Yalçınkaya kafayla attı."],
 ["Maça daha iyi başlayan konuk ekip, 21. dakikada Burak Aksoy'un golüyle öne geçti.",
  "Bordo-mavililer ilk yarıda rakip savunmayı aşmakta zorlandı."],
 ["İkinci yarıda baskıyı artıran Trabzonspor, 59. dakikada Ozan Demirtaş'ın ceza sahası dışından attığı şutla beraberliği yakaladı.",
  "Kasımpaşa kontra ataklarla etkili olmaya çalıştı ve bir kez direkten döndü."],
 ["Teknik direktör Levent Aslan maçın ardından, 'Oyuncularım son dakikaya kadar inandı, bu bir karakter galibiyeti' dedi.",
  "Bu sonuçla Trabzonspor, son haftaya dördüncü sıradaki rakibinin bir puan gerisinde girecek.",
  "Karadeniz ekibi, cumartesi günü Antalyaspor deplasmanına çıkacak."],
]),
dict(id="tr-02", source="Sabah", published="2026-05-12T22:55:00+03:00",
     title="Samsunspor evinde Konyaspor'a takıldı",
     paras=[
 ["Samsunspor, Süper Lig'in ertelenen maçında sahasında Konyaspor'a 0-2 yenilerek sekizinci sıraya geriledi.",
  "Yaklaşık 25 bin taraftarın izlediği maçın ilk yarısında ev sahibi ekip daha etkiliydi ancak pozisyonları değerlendiremedi."],
 ["En net fırsatı 26. dakikada takımın star oyuncusu Kerem Uysal kaçırdı; kaleciyle karşı karşıya kalan oyuncunun şutu auta gitti.",
  "İkinci yarının hemen başında Konyaspor, köşe vuruşunda Tolga Esen'in kafa golüyle öne geçti."],
 ["Uzatma dakikalarında Serkan Yavuz hızlı bir kontra atakta skoru belirledi.",
  "Samsunspor teknik direktörü Hakan Öztürk, 'Gol atamıyoruz ve duran toplarda dikkatsiz davranıyoruz' dedi."],
 ["Konyaspor ise bu galibiyetle ligde kalma umutlarını son haftaya taşıdı."],
]),
dict(id="tr-03", source="Hürriyet", published="2026-05-12T12:40:00+03:00",
     title="Egevit'in kârı Avrupa'daki durgunlukla yüzde 38 düştü",
     paras=[
 ["Beyaz eşya üreticisi Egevit, yılın ilk çeyreğinde 412 milyon lira net kâr açıkladı.",
  "Şirketin kârı geçen yılın aynı dönemine göre yüzde 38 geriledi.",
  "Satış gelirleri ise yüzde 6 artışla 14,2 milyar liraya ulaştı."],
 ["Şirket yönetimi kârdaki düşüşü Avrupa'daki zayıf talebe ve artan finansman maliyetlerine bağladı.",
  "Egevit'in Genel Müdürü Ayşe Tunalı, 'Avrupa'daki müşterilerimiz büyük alımları ertelemeye devam ediyor' dedi."],
 ["Manisa'daki fabrikalarında yaklaşık 7 bin kişi çalıştıran şirket, üretiminin yüzde 60'ını ihraç ediyor.",
  "İşçilik maliyetleri bir yılda yüzde 45 arttı.",
  "Şirket, maliyet baskısını azaltmak için fabrikalarının çatısına güneş enerjisi santrali kuruyor."],
 ["Egevit hisseleri salı günü Borsa İstanbul'da yüzde 5,4 değer kaybetti."],
]),
dict(id="tr-04", source="Cumhuriyet", published="2026-05-12T10:15:00+03:00",
     title="Sanayi üretimi beklentileri aştı",
     paras=[
 ["Türkiye İstatistik Kurumu (TÜİK) verilerine göre sanayi üretimi mart ayında yıllık yüzde 2,1 arttı.",
  "Ekonomistlerin beklentisi yüzde 1,2 seviyesindeydi."],
 ["Aylık bazda ise üretim yüzde 0,8 geriledi.",
  "En güçlü artış otomotiv ve elektronik sektörlerinde görüldü."],
 ["İstanbul'daki bir aracı kurumda çalışan ekonomist Deniz Karakaya, 'Dış talep hâlâ zayıf, bu yüzden toparlanma kırılgan' dedi.",
  "Sanayiciler yüksek faiz nedeniyle yatırımlarını ertelediklerini belirtiyor."],
 ["Sanayi ve Teknoloji Bakanlığının açıklamasına göre yeni teşvik paketi haziran ayında yürürlüğe girecek.",
  "Paketten yaklaşık 3 bin firmanın yararlanması bekleniyor."],
]),
dict(id="tr-05", source="Sözcü", published="2026-05-12T15:20:00+03:00",
     title="Kripto vurguncusuna 14 yıl hapis",
     paras=[
 ["İstanbul'da yüzlerce kişiyi yüksek kazanç vaadiyle dolandırdığı iddia edilen kripto para şirketinin kurucusuna 14 yıl hapis cezası verildi.",
  "İstanbul Anadolu 12. Ağır Ceza Mahkemesi, 46 yaşındaki sanık Murat K.'yi nitelikli dolandırıcılık suçundan mahkûm etti."],
 ["İddianameye göre sanık, 2021-2024 yılları arasında 1.300'den fazla yatırımcıdan yaklaşık 480 milyon lira topladı.",
  "Yatırımcılara aylık yüzde 8'e varan getiri sözü verildi.",
  "Yeni yatırımcılardan toplanan paralar, eskilere ödeme yapmak için kullanıldı."],
 ["Sanık, duruşmada suçlamaları kabul etmedi.",
  "Mahkeme heyeti, sanığın savunmasını inandırıcı bulmadı.",
  "Mağdurların avukatı Elif Şahin, 'Bu karar, yıllardır hakkını arayan insanlar için önemli bir adım' dedi."],
 ["Savcılık 20 yıl hapis talep etmişti.",
  "Kararın istinafa taşınması bekleniyor."],
]),
dict(id="tr-06", source="BirGün", published="2026-05-12T17:05:00+03:00",
     title="İskeleden düşen işçinin davası: Şirket yöneticileri hakim karşısında",
     paras=[
 ["Ankara'da bir inşaat şantiyesinde iskeleden düşerek hayatını kaybeden işçiyle ilgili davada şirket yöneticileri hakim karşısına çıktı.",
  "Ankara 28. Asliye Ceza Mahkemesi'nde görülen davada, inşaat şirketinin iki yöneticisi ve şantiye şefi taksirle öldürmekle yargılanıyor."],
 ["Bilirkişi raporuna göre iskelede korkuluk ve güvenlik ağı bulunmuyordu.",
  "24 yaşındaki işçi Mehmet Yıldırım, Ekim 2024'te 12 metre yükseklikten düşmüştü."],
 ["Sanıklar, gerekli güvenlik önlemlerinin alındığını savundu.",
  "Ailenin avukatı Zeynep Arslan, BirGün'e konuşarak 'Bu ölüm bir kaza değil, önlenebilir bir iş cinayetidir' dedi.",
  "Mahkeme, eksik belgelerin tamamlanması için duruşmayı 3 Temmuz'a erteledi."],
]),
dict(id="tr-07", source="Habertürk", published="2026-05-12T08:30:00+03:00",
     title="Bursa'da tekstil fabrikasında korkutan yangın",
     paras=[
 ["Bursa'nın Nilüfer ilçesindeki bir tekstil fabrikasında çıkan yangında kimse yaralanmadı.",
  "Sabah saatlerinde başlayan yangın, fabrikanın depo bölümünde kısa sürede büyüdü."],
 ["Yangın, saat 05.40 sularında fark edildi.",
  "İtfaiye ekipleri olay yerine ulaştığında depo tamamen alevler içindeydi.",
  "Söndürme çalışmalarına 30 araç ve 110 itfaiye eri katıldı."],
 ["Bursa Büyükşehir Belediyesi İtfaiye Dairesi Başkanı Kemal Özdemir, 'Depoyu kurtarmak mümkün değil, alevlerin bitişikteki binalara sıçramasını engellemeye çalışıyoruz' dedi.",
  "Fabrikada farklı milliyetlerden yaklaşık 300 işçi çalışıyor."],
 ["Yangın yerinde DHA muhabirine konuşan bir işçi, dumanı görünce arkadaşlarıyla birlikte dışarı koştuğunu anlattı.",
  "Yangının çıkış nedeniyle ilgili soruşturma başlatıldı."],
]),
dict(id="tr-08", source="Milliyet", published="2026-05-12T11:00:00+03:00",
     title="Siverek'te 11 bin yıllık tapınak bulundu",
     paras=[
 ["Şanlıurfa'nın Siverek ilçesindeki Ballıtepe'de yürütülen kazılarda yaklaşık 11 bin yıllık bir tapınak yapısı ortaya çıkarıldı.",
  "Yapının duvarlarında yaban domuzu ve akbaba kabartmaları bulunuyor."],
 ["Kazı başkanı Doç. Dr. Nihan Ergül, yapının Göbeklitepe ile aynı döneme ait olduğunu söyledi.",
  "Dikilitaşlardan birinin üzerindeki çentiklerin, ay döngüsünü izlemek için bir tür takvim olarak kullanıldığı düşünülüyor."],
 ["Ergül, 'Bu bulgular, Neolitik dönem insanlarının gökyüzünü sanılandan çok daha dikkatli gözlemlediğini gösteriyor' dedi.",
  "Kazılara bu yıl 40 kişilik bir ekip katılıyor."],
 ["Buluntular, sezon sonunda Şanlıurfa Arkeoloji Müzesi'ne taşınacak."],
]),
]

# Derived articles, keyed by original id.
DERIVED = {
"tr-01": dict(
  copy=dict(source="Haber7", published="2026-05-13T07:10:00+03:00"),
  near=dict(source="Sporx", published="2026-05-13T08:20:00+03:00",
            edits=[("bir kez direkten döndü", "iki kez direkten döndü"),
                   ("rakip savunmayı aşmakta zorlandı", "rakip savunmayı aşmakta epey zorlandı")],
            append="Kaynak: NTV",
            credit="Kaynak: NTV"),
  deriv=dict(source="Fanatik", published="2026-05-13T09:30:00+03:00",
             title="Yalçınkaya'dan altın kafa! Trabzonspor Avrupa yolunda",
             credit="NTV'nin haberine göre",
             paras=[
   ["Trabzonspor, Avrupa hedefi için kritik maçta Kasımpaşa engelini son dakikalarda geçti; NTV'nin haberine göre bordo-mavililer sahadan 2-1 galip ayrıldı.", (0, 1)],
   [(1, 0), "Aksoy bu golle sezondaki gol sayısını 11'e çıkardı."],
   [(2, 0), (2, 1)],
   ["19 yaşındaki Yalçınkaya, sahaya çıktıktan sadece dört dakika sonra fileleri havalandırdı.",
    "Genç futbolcu, Süper Lig'deki ilk golünü attı."],
   [(3, 1), "Trabzonspor deplasmanda kazanır ve rakibi puan kaybederse dördüncülüğü garantileyecek."],
  ]),
  deriv2=dict(source="Fotomaç", published="2026-05-13T15:40:00+03:00",
              title="Trabzonspor taraftarı Antalya biletlerini bir saatte tüketti", lead=1,
              credit="Fanatik'in yazdığına göre",
              paras=[
   ["Maçın ardından takım arkadaşları Yalçınkaya'yı omuzlarında taşıdı.",
    "Fanatik'in yazdığına göre genç oyuncu, sezon sonunda kulüple yeni bir sözleşme imzalayacak."],
   ["Bordo-mavili taraftarlar Antalya maçı için ayrılan 2.500 bileti bir saat içinde tüketti.",
    "Teknik direktör Aslan, sakatlığı bulunan kaptan Mert Kalkan'ın durumunu yakından takip ediyor."],
  ]),
),
"tr-03": dict(
  copy=dict(source="Ekonomim", published="2026-05-13T06:45:00+03:00"),
  near=dict(source="Borsagündem", published="2026-05-13T07:30:00+03:00",
            edits=[("büyük alımları ertelemeye", "büyük alımlarını ertelemeye"),
                   ("değer kaybetti", "değer yitirdi")],
            append="Bu haber ilk olarak Hürriyet'te yayımlandı.",
            credit="ilk olarak Hürriyet'te yayımlandı"),
  deriv=dict(source="Dünya", published="2026-05-13T10:05:00+03:00",
             title="Avrupa'daki durgunluk beyaz eşyayı vurdu",
             credit="Hürriyet'ten Selin Aydemir'in haberine göre", credit_also=["Hürriyet'e yaptığı açıklamada"],
             paras=[
   ["Avrupa'daki talep daralması Türk beyaz eşya sektörünü zorlamaya devam ediyor.",
    "Hürriyet'ten Selin Aydemir'in haberine göre Egevit'in ilk çeyrek kârı yüzde 38 düştü.", (0, 2)],
   [(1, 0), "Sektör temsilcileri, Almanya ve Fransa'daki durgunluğun ikinci çeyrekte de sürmesini bekliyor."],
   [(2, 0), (2, 1)],
   ["Tunalı, Hürriyet'e yaptığı açıklamada fabrikalarda vardiya sayısının azaltılmasının şimdilik gündemde olmadığını söyledi.", (3, 0)],
  ]),
  deriv2=dict(source="Para Analiz", published="2026-05-13T14:30:00+03:00",
              title="Beyaz eşyada indirim dönemi mi geliyor?", lead=1,
              credit="Dünya gazetesinin aktardığına göre",
              paras=[
   ["Dünya gazetesinin aktardığına göre sektördeki diğer üreticiler de benzer bir tabloyla karşı karşıya.",
    "Bazı firmalar stokları eritmek için yurt içinde kampanyalara hazırlanıyor."],
   ["Uzmanlar, ihracattaki yavaşlamanın iç piyasada fiyatları bir süre sabit tutabileceğini belirtiyor.",
    "Ancak kur hareketleri bu tabloyu hızla değiştirebilir."],
  ]),
),
"tr-05": dict(
  copy=dict(source="Yeniçağ", published="2026-05-13T06:55:00+03:00"),
  near=dict(source="Gazete Duvar", published="2026-05-13T08:10:00+03:00",
            edits=[("inandırıcı bulmadı", "samimi bulmadı"),
                   ("istinafa taşınması bekleniyor", "istinaf mahkemesine taşınması bekleniyor")],
            append="İlgili haber: Kripto dolandırıcılığında yeni dönem"),
  deriv=dict(source="T24", published="2026-05-13T11:20:00+03:00",
             title="Saadet zinciri kuran kripto şirketinin kurucusuna hapis",
             credit="Sözcü'nün adliye kaynaklarından aldığı bilgiye göre",
             paras=[
   ["Kripto para vaadiyle yüzlerce kişiyi dolandıran şirketin kurucusu hakkında karar çıktı.", (0, 1)],
   [(1, 0), (1, 2)],
   ["Sözcü'nün adliye kaynaklarından aldığı bilgiye göre mağdurların bir kısmı emekli ikramiyelerinin tamamını şirkete yatırdı.",
    "Şikâyetlerin artması üzerine savcılık 2024 yazında soruşturma başlattı."],
   [(2, 0), (2, 2)],
   ["Savcılık daha ağır bir ceza istemişti.",
    "Sanığın avukatı kararı istinafa taşıyacaklarını açıkladı."],
  ]),
  deriv2=dict(source="Karar", published="2026-05-13T18:05:00+03:00",
              title="Kripto mağdurları paralarını geri alabilecek mi?", lead=1,
              paras=[
   ["Karar, mağdurlar için kısmi bir rahatlama sağladı.",
    "Ancak sanığın mal varlığının topladığı paranın çok küçük bir bölümünü karşıladığı belirtiliyor."],
   ["Avukatlar, mağdurların hukuk mahkemelerinde ayrı tazminat davaları açması gerektiğini hatırlatıyor.",
    "Sermaye Piyasası Kurulu da vatandaşları lisanssız platformlara karşı yeniden uyardı."],
  ]),
),
}

INDEPENDENT = [
dict(id="tr-07-indep", about="tr-07", source="Olay", published="2026-05-12T10:45:00+03:00",
     title="Nilüfer'de fabrika deposu küle döndü",
     quote="'Depoyu kurtarmak mümkün değil, alevlerin bitişikteki binalara sıçramasını engellemeye çalışıyoruz'",
     paras=[
 ["Nilüfer'deki bir tekstil fabrikasının deposu salı sabahı çıkan yangında tamamen yandı.",
  "Olayda yaralanan olmadı."],
 ["İtfaiyeye ilk ihbar saat 05.40 civarında yapıldı.",
  "Yangına 30 araç ve 110 personelle müdahale edildi, çevre ilçelerden de destek geldi."],
 ["Yoğun duman nedeniyle fabrikanın çevresindeki yollar bir süre trafiğe kapatıldı.",
  "Çevrede oturanlar, patlama seslerine uyandıklarını söyledi."],
 ["İtfaiye Dairesi Başkanı Kemal Özdemir, olay yerinde durumu şöyle özetledi:",
  "'Depoyu kurtarmak mümkün değil, alevlerin bitişikteki binalara sıçramasını engellemeye çalışıyoruz'",
  "Hasarın milyonlarca lirayı bulduğu tahmin ediliyor."],
]),
]

# Phrases that look like a credit to an outlet and credit no source of the text: (phrase, what it
# could be taken for). Every one must occur in some text and be part of no recorded credit.
TRAPS = [
  ("star oyuncusu", "star (the team's star player, not the paper Star)"),
  ("Türkiye İstatistik Kurumu (TÜİK) verilerine göre", "a statistics office (Türkiye is also a paper), not an outlet"),
  ("Bakanlığının açıklamasına göre", "a ministry, not an outlet"),
  ("İstanbul Anadolu 12. Ağır Ceza Mahkemesi", "anadolu (the Anatolian-side courthouse, not Anadolu Ajansı)"),
  ("BirGün'e konuşarak", "birgun (a lawyer speaking to BirGün in its own report)"),
  ("Sabah saatlerinde", "sabah (the word 'morning', not the paper Sabah)"),
  ("farklı milliyetlerden", "milliyet (the word 'nationality', not the paper Milliyet)"),
  ("DHA muhabirine", "dha (a worker speaking to a DHA reporter at the scene; no source of the text)"),
  ("takvim olarak", "takvim (the word 'calendar', not the paper Takvim)"),
]

COPY_KINDS = {"tr-01": "no-break spaces after sentences",
              "tr-03": "CRLF line ends",
              "tr-05": "single line breaks, a trailing newline"}


def copy_ws(text, oid):
    if oid == "tr-01":
        return text.replace(". ", ".\u00a0")
    if oid == "tr-03":
        return text.replace("\n", "\r\n")
    return text.replace("\n\n", "\n") + "\n"


# Wire stories absent from the corpus: not articles themselves, only run by others. `run` is a
# paper running it near verbatim after a dateline `head` (at most one edit, an appended line);
# `rewrites` keep 40-60% of its sentences as (paragraph, sentence) tuples and credit the agency
# by `credit`. In truth every such article hangs under external:<agency>/<story>.
ABSENT = [
dict(id="tr-w1", agency="anadolu", name="Anadolu Ajansı", published="2026-05-12T14:40:00+03:00",
     title="Ankara'da sağanak su baskınlarına neden oldu",
     paras=[
 ["Ankara'da öğle saatlerinde etkili olan sağanak, kentin birçok noktasında su baskınlarına neden oldu.",
  "Çankaya, Keçiören ve Yenimahalle'de bazı cadde ve alt geçitler suyla doldu."],
 ["Ankara Büyükşehir Belediyesi ekipleri, su basan 140'tan fazla ev ve iş yerinde tahliye çalışması yaptı.",
  "Eskişehir yolundaki bir alt geçitte mahsur kalan 12 araçtaki sürücüler itfaiye tarafından kurtarıldı.",
  "Sağanak nedeniyle metro seferlerinde de kısa süreli aksamalar yaşandı."],
 ["Meteoroloji Genel Müdürlüğü, metrekareye 38 kilogram yağış düştüğünü bildirdi.",
  "Bu, mayıs ayı için son 20 yılın en yüksek değeri."],
 ["Kent merkezinde bazı ağaçlar devrildi, park halindeki araçlar zarar gördü.",
  "Olaylarda yaralanan ya da hayatını kaybeden olmadı."],
 ["Meteoroloji, çarşamba günü de Ankara ve çevre illerde kuvvetli sağanak beklendiğini duyurdu.",
  "Vatandaşların alt geçitlerden ve dere yataklarından uzak durmaları istendi."],
],
     run=dict(source="Haber7", published="2026-05-12T15:05:00+03:00",
              title="Ankara'yı sağanak vurdu: Alt geçitler sular altında",
              head="ANKARA (AA) - ",
              edits=[("kısa süreli aksamalar", "kısa süreli aksaklıklar")],
              append=""),
     rewrites=[
  dict(source="Ankara Masası", published="2026-05-12T16:15:00+03:00",
       title="Başkentte sağanak alarmı: Araçlar alt geçitte mahsur kaldı",
       credit="Anadolu Ajansı'nın haberine göre", credit_also=["AA muhabirine"],
       paras=[
   ["Başkentte öğle saatlerinde bastıran sağanak hayatı felç etti; Anadolu Ajansı'nın haberine göre birçok cadde ve alt geçit sular altında kaldı.", (0, 1)],
   [(1, 0), (1, 1)],
   ["Alt geçitte mahsur kalan sürücülerden biri, AA muhabirine suyun birkaç dakika içinde kapı hizasına yükseldiğini anlattı.",
    "Bazı sürücüler araçlarının tavanına çıkarak yardım bekledi."],
   [(2, 0), (2, 1)],
   [(4, 0), "Belediye, olumsuz hava koşulları için ekiplerinin 24 saat teyakkuzda olduğunu açıkladı."],
  ]),
  dict(source="Yeni Şafak", published="2026-05-12T17:30:00+03:00",
       title="Ankara'da sağanak: 140 ev ve iş yerini su bastı",
       credit="AA'nın aktardığına göre", credit_also=["AA muhabirinin aldığı bilgiye göre"],
       paras=[
   ["AA'nın aktardığına göre Ankara'da etkili olan sağanak, başta Çankaya ve Keçiören olmak üzere birçok ilçede su baskınlarına yol açtı."],
   [(1, 0), (1, 2)],
   ["AA muhabirinin aldığı bilgiye göre itfaiye, gün boyunca 300'den fazla ihbara müdahale etti.", (2, 0)],
   [(3, 0), (3, 1)],
   [(4, 0), "Valilik, vatandaşları zorunlu olmadıkça dışarı çıkmamaları konusunda uyardı."],
  ]),
     ]),
dict(id="tr-w2", agency="reuters", name="Reuters", published="2026-05-12T10:20:00+03:00",
     title="Boğaziçi Bankası 750 milyon dolarlık tahvil ihracını tamamladı",
     paras=[
 ["Boğaziçi Bankası, uluslararası piyasalarda 750 milyon dolarlık beş yıl vadeli tahvil ihracını tamamladı.",
  "Tahvile 3,2 milyar dolarlık talep geldi."],
 ["İhracın faizi yüzde 7,25 olarak belirlendi.",
  "Bu oran, başlangıçta öngörülen seviyenin yaklaşık yarım puan altında."],
 ["Yatırımcıların yüzde 70'inden fazlası Avrupa ve İngiltere'den geldi.",
  "Kalan talep Orta Doğu ve Asya'daki fonlardan geldi."],
 ["Türk bankaları, sıkı para politikasının ardından yabancı yatırımcıların artan ilgisiyle son aylarda art arda borçlanmaya gitti.",
  "Bankanın genel müdürü Cem Aksoy, 'Bu talep Türkiye'ye olan güvenin arttığını gösteriyor' dedi."],
 ["Boğaziçi Bankası'nın hisseleri salı günü yüzde 3,1 yükseldi.",
  "Banka, elde edilen kaynağı ağırlıklı olarak ihracatçılara kredi için kullanacak.",
  "Fitch geçen ay bankanın notunu bir kademe yükseltmişti."],
],
     run=dict(source="Patronlar Dünyası", published="2026-05-12T11:05:00+03:00",
              title="Boğaziçi Bankası'nın tahviline 3,2 milyar dolarlık talep",
              head="İSTANBUL, 12 Mayıs (Reuters) - ",
              edits=[],
              append="(Haberi yazan: Elif Durmaz; Düzenleyen: Mert Akın)"),
     rewrites=[
  dict(source="Karar", published="2026-05-12T17:45:00+03:00",
       title="Yabancı yatırımcı Türk bankasının tahviline koştu",
       credit="Reuters'ın haberine göre", credit_also=["Reuters'a konuşan"],
       paras=[
   ["Yabancı yatırımcıların Türk bankalarına ilgisi sürüyor: Reuters'ın haberine göre Boğaziçi Bankası'nın 750 milyon dolarlık tahviline dört kat talep geldi.", (0, 1)],
   [(1, 0), (1, 1)],
   ["Reuters'a konuşan bir yatırım bankacısı, talebin bu yıl bir Türk bankasının ihracında görülen en yüksek seviye olduğunu söyledi.",
    "Bankacıya göre fonlar özellikle döviz kurundaki istikrara güveniyor."],
   [(3, 1), (4, 0)],
   [(4, 1), "Ekonomistler, dış borçlanmanın artmasının kredi büyümesini hızlandırabileceği uyarısında bulunuyor."],
  ]),
     ]),
]
