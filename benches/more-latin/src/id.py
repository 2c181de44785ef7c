# Indonesian stories. All events, people, companies and figures are invented; outlets, agencies
# and places are real. Each original: paragraphs as lists of sentences (joined by a space).
# Derived texts reference the original's sentences as (paragraph, sentence) tuples: copied
# verbatim. Dates as Indonesian sites print them ("Selasa (12/5/2026)"), outlets named as they
# name themselves (Kompas.com, detikcom, kumparan, Liputan6.com).

LANG = "id"
JOIN = " "
PARA = "\n\n"

ORIGINALS = [
dict(id="id-01", source="Kompas", published="2026-05-12T22:40:00+07:00",
     title="Persib Tekuk Persija 2-1, Rizky Pratama Jadi Pahlawan",
     paras=[
 ["Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam laga tunda Liga 1 di Stadion Gelora Bandung Lautan Api, Selasa (12/5/2026) malam.",
  "Gol kemenangan Persib dicetak pemain pengganti Rizky Pratama lewat sundulan pada menit ke-87."],
 ["Persija sempat unggul lebih dulu melalui tendangan Arif Setiawan pada menit ke-21.",
  "Tuan rumah kesulitan menembus pertahanan rapat tim tamu sepanjang babak pertama."],
 ["Setelah jeda, Persib tampil lebih menekan.",
  "Gelandang Dimas Saputra menyamakan kedudukan pada menit ke-59 lewat tembakan dari luar kotak penalti yang sempat membentur pemain belakang.",
  "Persija mengandalkan serangan balik dan sekali membentur tiang gawang."],
 ["'Para pemain menunjukkan karakter dan terus berjuang sampai menit terakhir,' kata pelatih Persib Budi Hartono seusai pertandingan.",
  "Dengan hasil ini, Persib hanya tertinggal satu poin dari pemuncak klasemen menjelang pekan terakhir.",
  "Pada laga pamungkas, Maung Bandung akan bertandang ke markas Dewa United."],
]),
dict(id="id-02", source="Tribunnews", published="2026-05-12T22:55:00+07:00",
     title="PSM Makassar Takluk 0-2 dari Madura United di Parepare",
     paras=[
 ["PSM Makassar takluk 0-2 dari Madura United dalam laga tunda Liga 1 di Stadion Gelora B.J. Habibie, Parepare, Selasa (12/5/2026).",
  "Kekalahan ini membuat Juku Eja turun ke peringkat kedelapan klasemen."],
 ["PSM sebenarnya lebih menguasai tempo permainan pada babak pertama, tetapi gagal memanfaatkan sejumlah peluang.",
  "Peluang terbaik didapat Andi Ramadhan pada menit ke-26, namun tendangannya masih melebar."],
 ["Madura United memecah kebuntuan lewat sundulan Fajar Nugroho memanfaatkan sepak pojok pada awal babak kedua.",
  "Pada detik-detik terakhir, pemain pengganti Yoga Pratama memastikan kemenangan tim tamu lewat serangan balik cepat."],
 ["'Kami tidak bisa mencetak gol dan kurang fokus saat bola mati,' kata pelatih PSM Hendra Wijaya.",
  "Madura United kini naik ke posisi keenam."],
]),
dict(id="id-03", source="Kumparan", published="2026-05-12T12:40:00+07:00",
     title="Laba Sari Boga Anjlok 27 Persen, Tertekan Rupiah dan Harga Gandum",
     paras=[
 ["PT Sari Boga Nusantara Tbk membukukan laba bersih Rp 412 miliar pada kuartal I 2026, turun 27 persen dibandingkan periode yang sama tahun lalu.",
  "Pendapatan perusahaan makanan kemasan itu naik 5 persen menjadi Rp 6,8 triliun."],
 ["Manajemen menyebut penurunan laba terutama disebabkan oleh kenaikan harga bahan baku gandum dan melemahnya rupiah.",
  "'Sebagian besar bahan baku kami masih impor, sehingga pelemahan rupiah langsung menekan margin,' kata Direktur Utama Sari Boga, Lestari Wibowo, dalam paparan publik di Jakarta, Selasa (12/5)."],
 ["Perusahaan yang mempekerjakan sekitar 9.000 karyawan itu memiliki lima pabrik di Jawa Barat dan Jawa Timur.",
  "Sari Boga berencana menaikkan harga jual sejumlah produknya rata-rata 4 persen mulai Juni.",
  "Langkah itu diharapkan dapat memulihkan margin pada semester kedua."],
 ["Saham Sari Boga ditutup melemah 3,6 persen di Bursa Efek Indonesia pada perdagangan Selasa."],
]),
dict(id="id-04", source="Republika", published="2026-05-12T10:15:00+07:00",
     title="Ekonomi Indonesia Tumbuh 5,02 Persen pada Kuartal I",
     paras=[
 ["Ekonomi Indonesia tumbuh 5,02 persen secara tahunan pada kuartal I 2026, menurut BPS.",
  "Angka itu sedikit di bawah perkiraan para ekonom sebesar 5,1 persen."],
 ["Konsumsi rumah tangga, penyumbang terbesar produk domestik bruto, tumbuh 4,8 persen.",
  "Investasi tumbuh lebih lambat dibandingkan kuartal sebelumnya."],
 ["'Daya beli masyarakat kelas menengah masih tertahan,' ujar ekonom Universitas Indonesia, Rina Kusumawati.",
  "Ekspor turun seiring melemahnya permintaan dari China."],
 ["Menurut Kementerian Keuangan, pemerintah akan mempercepat belanja infrastruktur pada kuartal kedua untuk menjaga laju pertumbuhan.",
  "Pemerintah menargetkan pertumbuhan ekonomi 5,2 persen sepanjang 2026."],
]),
dict(id="id-05", source="Detik", published="2026-05-12T15:20:00+07:00",
     title="Eks Direktur Keuangan PT Jaya Air Sentosa Divonis 8 Tahun Penjara",
     paras=[
 ["Majelis hakim Pengadilan Tindak Pidana Korupsi Jakarta menjatuhkan vonis delapan tahun penjara kepada mantan direktur keuangan PT Jaya Air Sentosa, perusahaan air minum milik daerah.",
  "Terdakwa berinisial HS dinilai terbukti merugikan keuangan negara sebesar Rp 86 miliar."],
 ["Dalam dakwaan disebutkan, HS mengatur proyek pengadaan pipa dan meter air pada 2020-2023 agar dimenangkan perusahaan tertentu.",
  "Sebagai imbalan, ia menerima uang tunai dan sebuah rumah di kawasan Bintaro.",
  "Kasus ini terungkap setelah Badan Pemeriksa Keuangan menemukan kejanggalan dalam laporan keuangan perusahaan."],
 ["Terdakwa membantah seluruh dakwaan selama persidangan.",
  "Majelis hakim menilai pembelaan terdakwa tidak didukung bukti.",
  "'Terdakwa menyalahgunakan jabatannya untuk memperkaya diri sendiri,' kata ketua majelis hakim Sri Rahayu saat membacakan putusan."],
 ["Jaksa sebelumnya menuntut hukuman sepuluh tahun penjara.",
  "Terdakwa dan kuasa hukumnya menyatakan pikir-pikir atas putusan tersebut."],
]),
dict(id="id-06", source="Liputan6", published="2026-05-12T17:05:00+07:00",
     title="Sidang Perdana Penipuan Investasi Emas Rp 54 Miliar di Surabaya",
     paras=[
 ["Pengadilan Negeri Surabaya menggelar sidang perdana kasus penipuan investasi emas dengan kerugian mencapai Rp 54 miliar, Selasa (12/5/2026).",
  "Dua terdakwa, pasangan suami istri pemilik toko emas di kawasan Tunjungan, didakwa menipu 312 nasabah."],
 ["Dalam dakwaan, jaksa menyebut keduanya menjanjikan keuntungan hingga 5 persen per bulan bagi nasabah yang menitipkan emas.",
  "Namun, emas titipan itu justru dijual untuk menutup utang."],
 ["Salah satu korban, Wulan, mengaku kehilangan tabungan pensiunnya.",
  "'Saya titip hampir satu kilogram emas, sekarang tidak tersisa apa-apa,' katanya kepada Liputan6.com.",
  "Sidang dilanjutkan pekan depan dengan agenda pemeriksaan saksi."],
 ["Penyidikan kasus ini sempat diambil alih Badan Reserse Kriminal Kepolisian Negara Republik Indonesia (Bareskrim Polri)."],
]),
dict(id="id-07", source="CNN Indonesia", published="2026-05-12T08:30:00+07:00",
     title="Gudang Plastik di Cikarang Terbakar, Api Merambat Cepat",
     paras=[
 ["Kebakaran besar melanda sebuah gudang penyimpanan plastik di kawasan industri Cikarang, Kabupaten Bekasi, Selasa (12/5/2026) dini hari.",
  "Tidak ada korban jiwa dalam peristiwa tersebut."],
 ["Api diketahui muncul sekitar pukul 02.40 WIB dan dengan cepat melalap seluruh bangunan.",
  "Warga sekitar sempat mendengar suara ledakan sebelum api membesar.",
  "Sebanyak 25 unit mobil pemadam dikerahkan ke lokasi."],
 ["'Gudang sudah tidak bisa diselamatkan, kami fokus mencegah api merambat ke bangunan di sebelahnya,' kata Kepala Dinas Pemadam Kebakaran Kabupaten Bekasi, Bambang Sutrisno.",
  "Dugaan sementara, api berasal dari korsleting pada kumparan trafo di bagian belakang gudang."],
 ["Hasil pengukuran udara tidak menunjukkan adanya zat berbahaya.",
  "Polisi masih menyelidiki penyebab pasti kebakaran."],
]),
dict(id="id-08", source="Tempo", published="2026-05-12T11:00:00+07:00",
     title="Peneliti BRIN Temukan Spesies Katak Pohon Baru di Pegunungan Arfak",
     paras=[
 ["Tim peneliti Badan Riset dan Inovasi Nasional (BRIN) menemukan spesies katak pohon baru di Pegunungan Arfak, Papua Barat.",
  "Katak berwarna hijau zamrud dengan bintik kuning itu diberi nama Litoria zamrudensis."],
 ["Spesies tersebut ditemukan di ketinggian sekitar 2.000 meter di atas permukaan laut.",
  "Tim harus berjalan kaki selama empat hari menembus hutan lebat hanya dengan berbekal peta dan kompas."],
 ["'Temuan ini menunjukkan betapa banyak keanekaragaman hayati Papua yang belum terungkap,' kata ketua tim peneliti, Dewi Anggraini.",
  "Hasil penelitian itu telah diterbitkan dalam sebuah jurnal ilmiah internasional."],
 ["Para peneliti khawatir habitat katak itu terancam oleh pembukaan lahan.",
  "Mereka mengusulkan agar kawasan tersebut dijadikan zona konservasi."],
]),
]

# Derived articles, keyed by original id.
DERIVED = {
"id-01": dict(
  copy=dict(source="Okezone", published="2026-05-13T07:10:00+07:00"),
  near=dict(source="Tribun Jabar", published="2026-05-13T08:20:00+07:00",
            edits=[("pertahanan rapat tim tamu", "pertahanan rapat tim Macan Kemayoran"),
                   ("sekali membentur tiang gawang", "dua kali membentur tiang gawang")],
            append="Artikel ini telah tayang di Kompas.com dengan judul 'Persib Tekuk Persija 2-1, Rizky Pratama Jadi Pahlawan'",
            credit="Artikel ini telah tayang di Kompas.com"),
  deriv=dict(source="Bolasport.com", published="2026-05-13T09:30:00+07:00",
             title="Rizky Pratama Cetak Gol Perdana, Persib Jaga Asa Juara",
             credit="seperti diberitakan Kompas.com", credit_also=["sebagaimana dikutip Kompas.com"],
             paras=[
   ["Persib Bandung menjaga asa juara setelah menundukkan rival abadinya, Persija Jakarta, seperti diberitakan Kompas.com.", (0, 1)],
   [(1, 0), "Bagi Arif, itu merupakan gol ke-12 musim ini."],
   [(2, 1), (2, 2)],
   ["Rizky Pratama baru sepuluh menit berada di lapangan saat mencetak gol kemenangan.",
    "'Ini gol pertama saya di Liga 1 dan saya persembahkan untuk Bobotoh,' ujar Rizky, sebagaimana dikutip Kompas.com."],
   [(3, 1), "Jika menang di kandang Dewa United dan pemuncak klasemen tergelincir, Persib akan merebut gelar juara."],
  ]),
  deriv2=dict(source="Pikiran Rakyat", published="2026-05-13T15:40:00+07:00",
              title="Bobotoh Serbu Tiket Laga Pamungkas Persib", lead=1,
              credit="dilansir dari Bolasport.com",
              paras=[
   ["Seusai laga, para pemain Persib mengarak Rizky Pratama keliling lapangan.",
    "Pemain berusia 19 tahun itu merupakan jebolan akademi Persib dan baru menandatangani kontrak profesional pada Maret, dilansir dari Bolasport.com."],
   ["Sebanyak 2.500 tiket untuk suporter tamu di laga pamungkas ludes dalam waktu satu jam pada Rabu pagi.",
    "Pelatih Budi Hartono berharap kapten tim, Fikri Ramadhan, pulih dari cedera hamstring tepat waktu."],
  ]),
),
"id-03": dict(
  copy=dict(source="Sindonews", published="2026-05-13T06:45:00+07:00"),
  near=dict(source="IDX Channel", published="2026-05-13T07:30:00+07:00",
            edits=[("turun 27 persen", "anjlok 27 persen"),
                   ("ditutup melemah", "ditutup turun")],
            append="Sumber: kumparan",
            credit="Sumber: kumparan"),
  deriv=dict(source="Kontan", published="2026-05-13T10:05:00+07:00",
             title="Rupiah Melemah, Emiten Makanan Kemasan Tertekan",
             credit="seperti dilaporkan kumparan",
             paras=[
   ["Kinerja emiten makanan kemasan tertekan pelemahan rupiah, seperti dilaporkan kumparan.", (0, 0)],
   [(1, 0), "Rupiah melemah sekitar 6 persen terhadap dolar AS sejak awal tahun."],
   ["Analis Nusa Sekuritas, Yudi Hartanto, menilai kenaikan harga jual berisiko menekan volume penjualan.", (2, 1)],
   [(3, 0), "Sejak awal tahun, saham perseroan sudah turun lebih dari 15 persen."],
  ]),
  deriv2=dict(source="Bisnis.com", published="2026-05-13T14:30:00+07:00",
              title="Harga Mi dan Roti Berpotensi Naik Mulai Juni", lead=1,
              paras=[
   ["Kenaikan harga bahan baku impor berpotensi membuat harga mi instan dan roti naik dalam beberapa bulan ke depan.",
    "Sejumlah produsen lain dikabarkan tengah menghitung ulang harga jual."],
   ["Asosiasi pengusaha makanan meminta pemerintah menjaga stabilitas nilai tukar.",
    "Menurut asosiasi, sekitar 60 persen bahan baku industri makanan olahan masih diimpor."],
  ]),
),
"id-05": dict(
  copy=dict(source="Viva", published="2026-05-13T06:55:00+07:00"),
  near=dict(source="Okezone", published="2026-05-13T08:10:00+07:00",
            edits=[("tidak didukung bukti", "tidak didukung alat bukti"),
                   ("sebuah rumah di kawasan Bintaro", "sebuah rumah mewah di kawasan Bintaro")],
            append="Baca juga: KPK Periksa Lima Saksi Kasus Pengadaan Pipa"),
  deriv=dict(source="Suara.com", published="2026-05-13T11:20:00+07:00",
             title="Korupsi Pengadaan Pipa, Eks Direktur BUMD Divonis 8 Tahun",
             credit="dilansir dari detikNews", credit_also=["menurut laporan detikcom"],
             paras=[
   ["Mantan direktur keuangan PT Jaya Air Sentosa divonis delapan tahun penjara dalam kasus korupsi pengadaan pipa, dilansir dari detikNews.", (0, 1)],
   [(1, 0), (1, 1)],
   ["Selain hukuman penjara, HS juga diwajibkan membayar uang pengganti Rp 40 miliar, menurut laporan detikcom.",
    "Jika tidak dibayar, hartanya akan disita dan dilelang."],
   [(2, 0), (2, 2)],
   ["Jaksa sebelumnya menuntut hukuman yang lebih berat."],
  ]),
  deriv2=dict(source="Merdeka.com", published="2026-05-13T18:05:00+07:00",
              title="Vonis Eks Direktur Jaya Air Sentosa, Pengamat: Audit BUMD Harus Diperketat", lead=1,
              credit="mengutip Suara.com",
              paras=[
   ["Selain hukuman badan, HS juga dihukum membayar denda Rp 500 juta, mengutip Suara.com.",
    "Pengamat kebijakan publik menilai kasus ini menunjukkan lemahnya pengawasan terhadap perusahaan milik daerah."],
   ["Ia mendorong pemerintah daerah mewajibkan audit independen setiap tahun.",
    "Proyek pengadaan bernilai besar juga diminta diumumkan secara terbuka."],
  ]),
),
}

INDEPENDENT = [
dict(id="id-07-indep", about="id-07", source="Poskota", published="2026-05-12T10:45:00+07:00",
     title="Gudang Plastik di Cikarang Ludes Dilalap Api",
     quote="'Gudang sudah tidak bisa diselamatkan, kami fokus mencegah api merambat ke bangunan di sebelahnya,'",
     paras=[
 ["Asap hitam membubung tinggi di langit Cikarang pada Selasa pagi.",
  "Sebuah gudang plastik di kawasan industri itu ludes terbakar sejak dini hari, namun tidak ada korban."],
 ["Laporan pertama diterima petugas sekitar pukul 02.40 WIB.",
  "Sebanyak 25 mobil pemadam, termasuk bantuan dari Kota Bekasi, dikerahkan untuk menjinakkan api."],
 ["Seorang warga mengaku terbangun karena bunyi letupan keras dari arah gudang.",
  "Lalu lintas di sekitar lokasi sempat dialihkan."],
 ["Petugas pemadam sejak awal memprioritaskan bangunan di sekitarnya.",
  "'Gudang sudah tidak bisa diselamatkan, kami fokus mencegah api merambat ke bangunan di sebelahnya,' ujar Bambang Sutrisno di lokasi.",
  "Kerugian ditaksir mencapai miliaran rupiah."],
]),
]

# Phrases that look like a credit to an outlet and credit no source of the text: (phrase, what it
# could be taken for). Every one must occur in some text and be part of no recorded credit.
TRAPS = [
  ("tempo permainan", "tempo (the pace of play, not the magazine Tempo)"),
  ("detik-detik terakhir", "detik (the final seconds, not detikcom)"),
  ("menurut BPS", "a statistics office, not an outlet"),
  ("Menurut Kementerian Keuangan", "a ministry, not an outlet"),
  ("kepada Liputan6.com", "liputan6 (a victim speaking to Liputan6.com in its own report)"),
  ("Republik Indonesia", "republika (the Republic of Indonesia, not the paper Republika)"),
  ("suara ledakan", "suara (the sound of an explosion, not Suara.com)"),
  ("kumparan trafo", "kumparan (a transformer coil, not the outlet kumparan)"),
  ("peta dan kompas", "kompas (a compass, not Kompas)"),
]

COPY_KINDS = {"id-01": "single line breaks with trailing spaces",
              "id-03": "no-break spaces after sentences",
              "id-05": "CRLF line ends, a trailing line break"}


def copy_ws(text, oid):
    if oid == "id-01":
        return text.replace("\n\n", "  \n")
    if oid == "id-03":
        return text.replace(". ", ".\u00a0")
    return text.replace("\n", "\r\n") + "\r\n"


# Wire stories absent from the corpus: not articles themselves, only run by others. `run` is a
# paper running it near verbatim after a dateline `head` (at most one edit, an appended line);
# `rewrites` keep 40-60% of its sentences as (paragraph, sentence) tuples and credit the agency
# by `credit`. In truth every such article hangs under external:<agency>/<story>.
ABSENT = [
dict(id="id-w1", agency="antara", name="Antara", published="2026-05-12T09:40:00+07:00",
     title="Banjir Rob Rendam Permukiman di Pesisir Jakarta Utara",
     paras=[
 ["Banjir rob merendam sejumlah permukiman di pesisir Jakarta Utara sejak Selasa pagi.",
  "Ketinggian air mencapai 40 hingga 70 sentimeter di beberapa titik."],
 ["Wilayah yang terdampak antara lain Muara Angke, Pluit, dan Kalibaru.",
  "Sebanyak 1.250 kepala keluarga terdampak genangan.",
  "Petugas mengerahkan 32 pompa mobile untuk menyedot air."],
 ["Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut banjir rob dipicu fase bulan baru yang bersamaan dengan pasang maksimum air laut.",
  "Kondisi ini diperkirakan berlangsung hingga Jumat."],
 ["Pemerintah Provinsi DKI Jakarta membuka tiga posko pengungsian di Penjaringan.",
  "Warga diimbau mematikan aliran listrik di rumah yang tergenang."],
 ["Aktivitas di Pelabuhan Muara Angke sempat terganggu karena air menggenangi area dermaga.",
  "Nelayan memilih tidak melaut sampai kondisi membaik."],
],
     run=dict(source="JPNN", published="2026-05-12T10:05:00+07:00",
              title="Banjir Rob Landa Pesisir Jakarta Utara, Ribuan Warga Terdampak",
              head="Jakarta (ANTARA) - ",
              edits=[("sempat terganggu", "sempat lumpuh")],
              append="Pewarta: Dimas Prakoso"),
     rewrites=[
  dict(source="Warta Kota", published="2026-05-12T12:15:00+07:00",
       title="Rob Kepung Muara Angke, Warga Mengungsi ke Posko",
       credit="dikutip dari Antara", credit_also=["kepada ANTARA"],
       paras=[
   ["Ribuan warga pesisir Jakarta Utara kembali harus berjibaku dengan banjir rob pada Selasa, dikutip dari Antara.", (0, 1)],
   [(1, 0), (1, 1)],
   ["'Air mulai masuk rumah sejak subuh, sekarang sudah sepinggang,' kata Sarinah, warga Muara Angke, kepada ANTARA.",
    "Sebagian warga memilih bertahan di lantai dua rumah mereka."],
   [(2, 0), (2, 1)],
   [(3, 0), "Pemprov juga menyiapkan dapur umum untuk warga yang mengungsi."],
  ]),
  dict(source="IDN Times", published="2026-05-12T13:30:00+07:00",
       title="BMKG: Banjir Rob Jakarta Utara Diprediksi Berlangsung hingga Jumat",
       credit="seperti dilansir Antara",
       paras=[
   ["Banjir rob yang merendam pesisir Jakarta Utara diperkirakan belum akan surut dalam waktu dekat, seperti dilansir Antara.", (0, 1)],
   [(1, 2), (2, 0), (2, 1)],
   ["Warga diminta selalu memantau informasi cuaca dari BMKG.", (3, 1)],
   [(4, 0), "Sejumlah kapal nelayan terpaksa ditambatkan lebih jauh dari dermaga."],
  ]),
     ]),
dict(id="id-w2", agency="reuters", name="Reuters", published="2026-05-12T10:20:00+07:00",
     title="Halmahera Nikel Raya Siapkan Smelter Rp 34 Triliun Bersama Mitra China",
     paras=[
 ["PT Halmahera Nikel Raya berencana membangun pabrik pengolahan nikel senilai 2,1 miliar dolar AS di Maluku Utara bersama mitra asal China.",
  "Pabrik itu akan memproduksi bahan baku baterai kendaraan listrik."],
 ["Kapasitas produksinya direncanakan mencapai 60.000 ton nikel per tahun.",
  "Konstruksi ditargetkan dimulai pada akhir 2026."],
 ["Indonesia, produsen nikel terbesar di dunia, melarang ekspor bijih nikel sejak 2020 untuk mendorong pembangunan smelter di dalam negeri.",
  "Kebijakan itu menarik investasi puluhan miliar dolar, sebagian besar dari China."],
 ["Namun, kelebihan pasokan telah menekan harga nikel dunia ke level terendah dalam lima tahun.",
  "Beberapa smelter di Sulawesi bahkan mengurangi produksi dalam beberapa bulan terakhir."],
 ["Perusahaan belum memberikan tanggapan resmi.",
  "Saham Halmahera Nikel Raya naik 6,5 persen di Bursa Efek Indonesia pada Selasa.",
  "Pemerintah menargetkan Indonesia menjadi pusat produksi baterai kendaraan listrik di Asia Tenggara."],
],
     run=dict(source="Investor.id", published="2026-05-12T11:05:00+07:00",
              title="Halmahera Nikel Raya Gandeng Mitra China Bangun Smelter",
              head="JAKARTA (Reuters) - ",
              edits=[],
              append="(Dilaporkan oleh Fransiska Tanjung; Disunting oleh Hendra Gunawan)"),
     rewrites=[
  dict(source="Bisnis.com", published="2026-05-12T17:45:00+07:00",
       title="Di Tengah Anjloknya Harga Nikel, Halmahera Nikel Raya Tetap Ekspansi",
       credit="menurut laporan Reuters", credit_also=["kepada Reuters"],
       paras=[
   ["PT Halmahera Nikel Raya tetap melanjutkan ekspansi meski harga nikel sedang lesu, menurut laporan Reuters.", (0, 0)],
   [(1, 0), (1, 1)],
   ["Seorang sumber yang mengetahui rencana tersebut mengatakan kepada Reuters bahwa mitra asal China akan menguasai 60 persen saham proyek.",
    "Nilai investasi setara sekitar Rp 34 triliun."],
   [(3, 0), (3, 1)],
   [(4, 1), "Analis menilai proyek baru berisiko menambah kelebihan pasokan jika permintaan baterai tidak tumbuh sesuai harapan."],
  ]),
     ]),
]
