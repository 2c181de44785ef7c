# The outlets' web hosts (with the section of a multi-language site): each article's `url` is
# made on its outlet's host, and corpus-host-sources.jsonl is the same corpus with `source`
# replaced by the host, as a dump read with `source_domain` (or with `source` defaulted from the
# URL) names its outlets. The texts still credit them by name in Arabic script.
HOSTS = {
    # ar
    'الأهرام': 'gate.ahram.org.eg', 'الخليج': 'www.alkhaleej.ae', 'الشرق الأوسط': 'aawsat.com',
    'العربية': 'www.alarabiya.net', 'المصري اليوم': 'www.almasryalyoum.com',
    'النهار': 'www.annahar.com', 'الجزيرة': 'www.aljazeera.net', 'القدس العربي': 'www.alquds.co.uk',
    'اليوم السابع': 'www.youm7.com', 'مصراوي': 'www.masrawy.com', 'الوطن': 'www.elwatannews.com',
    'الشروق': 'www.shorouknews.com', 'سبق': 'sabq.org', 'أرقام': 'www.argaam.com/ar',
    'عكاظ': 'www.okaz.com.sa', 'الاقتصادية': 'www.aleqt.com', 'الدستور': 'www.dostor.org',
    'صدى البلد': 'www.elbalad.news', 'القاهرة 24': 'www.cairo24.com', 'فيتو': 'www.vetogate.com',
    'الرأي': 'alrai.com', 'أموال الغد': 'amwalalghad.com', 'البورصة': 'www.alborsaanews.com',
    'العربي الجديد': 'www.alaraby.co.uk',
    # fa
    'همشهری': 'www.hamshahrionline.ir', 'جام جم': 'jamejamonline.ir',
    'دنیای اقتصاد': 'donya-e-eqtesad.com', 'اعتماد': 'www.etemadnewspaper.ir',
    'بی\u200cبی\u200cسی فارسی': 'www.bbc.com/persian', 'کیهان': 'kayhan.ir',
    'اطلاعات': 'www.ettelaat.com', 'شرق': 'www.sharghdaily.com', 'ورزش سه': 'www.varzesh3.com',
    'خبر ورزشی': 'www.khabarvarzeshi.com', 'عصر ایران': 'www.asriran.com', 'فرارو': 'fararu.com',
    'اکو ایران': 'ecoiran.com', 'تجارت نیوز': 'tejaratnews.com', 'خبرآنلاین': 'www.khabaronline.ir',
    'اقتصادنیوز': 'www.eghtesadnews.com', 'ایندیپندنت فارسی': 'www.independentpersian.com',
    'کیهان لندن': 'kayhan.london', 'دویچه وله فارسی': 'www.dw.com/fa-ir',
    'رادیو فردا': 'www.radiofarda.com', 'ایسنا': 'www.isna.ir', 'ایران': 'www.irannewspaper.ir',
    'تابناک': 'www.tabnak.ir',
    # ur
    'جنگ': 'jang.com.pk', 'ایکسپریس': 'www.express.pk', 'ڈان نیوز': 'www.dawnnews.tv',
    'نوائے وقت': 'www.nawaiwaqt.com.pk', 'روزنامہ پاکستان': 'dailypakistan.com.pk',
    'دنیا نیوز': 'urdu.dunyanews.tv', 'خبریں': 'dailykhabrain.com.pk',
    'بی بی سی اردو': 'www.bbc.com/urdu', 'جیو نیوز': 'urdu.geo.tv', 'سما نیوز': 'www.samaa.tv',
    'اے آر وائی نیوز': 'urdu.arynews.tv', 'اردو نیوز': 'www.urdunews.com', 'آج نیوز': 'www.aaj.tv',
    'اردو پوائنٹ': 'www.urdupoint.com', 'انڈیپنڈنٹ اردو': 'www.independenturdu.com',
    'ہم نیوز': 'www.humnews.pk',
}
