"""An appeal's voice: a short line with an appeal's cue words that speaks to the reader and of the
publication itself goes, whatever its wording; a report of a charity drive or of a company's
subscribers, and a quote, stay. The voice vocabularies are checked as data."""

from __future__ import annotations

from importlib import resources

import pytest

import boilerstrip
from boilerstrip.heuristics.lexicon import VOICE_MAX_WORDS
from boilerstrip.rules.loader import shipped_languages
from boilerstrip.rules.voice import (
    APPEAL_CUE_CATEGORIES,
    PROMPT_VOICES,
    VOICE_FOLDER,
    VOICES,
    load_voices,
)
from boilerstrip.text.normalise import normalise

#: Two paragraphs of an article per language, the line under test placed between them.
ARTICLES = {
    "en": (
        "The ferry operator confirmed on Friday that the late sailing to the island will return in May, "
        "two years after it was cut because of a shortage of crew.",
        "Islanders had collected more than 3,000 signatures asking for it, saying that the last boat at "
        "six in the evening made it impossible to work a full day on the mainland.",
    ),
    "de": (
        "Die Fähre zur Insel soll ab Mai wieder abends fahren, zwei Jahre nachdem die letzte Verbindung "
        "wegen Personalmangels gestrichen worden war.",
        "Die Inselbewohner hatten mehr als 3000 Unterschriften gesammelt, weil sie mit der letzten Fähre "
        "um 18 Uhr keinen vollen Arbeitstag auf dem Festland schaffen.",
    ),
    "fr": (
        "La compagnie maritime a confirmé vendredi le retour de la dernière rotation vers l'île à partir "
        "du mois de mai, deux ans après sa suppression faute d'équipage.",
        "Les habitants avaient réuni plus de 3 000 signatures, expliquant qu'un dernier bateau à 18 heures "
        "les empêchait de travailler une journée complète sur le continent.",
    ),
    "es": (
        "La naviera confirmó el viernes que el último barco hacia la isla volverá a salir en mayo, dos "
        "años después de que se suprimiera por falta de tripulación.",
        "Los vecinos habían reunido más de 3.000 firmas, porque con el último barco a las seis de la tarde "
        "no podían trabajar una jornada completa en la península.",
    ),
    "it": (
        "La compagnia di navigazione ha confermato venerdì che da maggio tornerà la corsa serale verso "
        "l'isola, soppressa due anni fa per mancanza di personale.",
        "Gli abitanti avevano raccolto più di 3.000 firme, spiegando che con l'ultimo traghetto alle 18 "
        "era impossibile lavorare una giornata intera sulla terraferma.",
    ),
    "pt": (
        "A empresa de ferries confirmou na sexta-feira que a última ligação à ilha regressa em maio, dois "
        "anos depois de ter sido suprimida por falta de tripulantes.",
        "Os moradores tinham reunido mais de 3.000 assinaturas, dizendo que com o último barco às 18 horas "
        "era impossível trabalhar um dia inteiro no continente.",
    ),
    "nl": (
        "De veerdienst heeft vrijdag bevestigd dat de late boot naar het eiland vanaf mei weer vaart, twee "
        "jaar nadat die wegens personeelstekort was geschrapt.",
        "Eilandbewoners hadden meer dan 3000 handtekeningen verzameld, omdat ze met de laatste boot om zes "
        "uur geen volledige werkdag op het vasteland konden maken.",
    ),
    "sv": (
        "Rederiet bekräftade på fredagen att den sena turen till ön kommer tillbaka i maj, två år efter "
        "att den ställdes in på grund av brist på besättning.",
        "Öborna hade samlat in över 3 000 namnunderskrifter och sagt att den sista båten klockan sex gjorde "
        "det omöjligt att arbeta en hel dag på fastlandet.",
    ),
    "pl": (
        "Armator potwierdził w piątek, że od maja wróci wieczorny rejs na wyspę, zawieszony dwa lata temu "
        "z powodu braku załogi.",
        "Mieszkańcy zebrali ponad 3 tysiące podpisów, tłumacząc, że ostatni prom o osiemnastej uniemożliwiał "
        "im pracę przez cały dzień na stałym lądzie.",
    ),
    "ja": (
        "フェリー会社は金曜日、島へ向かう最終便を5月から再開すると発表した。乗組員不足で運休してから2年ぶりとなる。",
        "島の住民は3000人以上の署名を集め、午後6時の最終便では本土で一日働くことができないと訴えていた。",
    ),
    "hi": (
        "फेरी कंपनी ने शुक्रवार को पुष्टि की कि द्वीप के लिए शाम की फेरी मई से फिर शुरू होगी, जो चालक दल की "
        "कमी के कारण दो साल पहले बंद कर दी गई थी।",
        "द्वीप के निवासियों ने तीन हजार से अधिक हस्ताक्षर जुटाए थे और कहा था कि शाम छह बजे की आखिरी फेरी के "
        "कारण मुख्य भूमि पर पूरे दिन काम करना असंभव हो जाता है।",
    ),
    "ru": (
        "Паромная компания в пятницу подтвердила, что с мая вернёт вечерний рейс на остров, отменённый "
        "два года назад из-за нехватки экипажа.",
        "Жители острова собрали более трёх тысяч подписей, объясняя, что с последним паромом в шесть "
        "вечера невозможно отработать полный день на материке.",
    ),
    "uk": (
        "Поромна компанія в пʼятницю підтвердила, що з травня відновить вечірній рейс на острів, "
        "скасований два роки тому через брак екіпажу.",
        "Мешканці острова зібрали понад три тисячі підписів, пояснюючи, що з останнім поромом о шостій "
        "вечора неможливо відпрацювати повний день на материку.",
    ),
    "cs": (
        "Provozovatel trajektu v pátek potvrdil, že od května obnoví večerní spoj na ostrov, zrušený před "
        "dvěma lety kvůli nedostatku posádky.",
        "Obyvatelé ostrova sesbírali přes tři tisíce podpisů s tím, že s posledním trajektem v šest večer "
        "nelze na pevnině odpracovat celý den.",
    ),
    "tr": (
        "Feribot işletmesi cuma günü, mürettebat eksikliği nedeniyle iki yıl önce kaldırılan adaya akşam "
        "seferinin mayıs ayından itibaren yeniden başlayacağını doğruladı.",
        "Ada sakinleri, saat altıdaki son feribotla anakarada tam gün çalışmanın imkansız olduğunu "
        "belirterek üç binden fazla imza toplamıştı.",
    ),
    "zh": (
        "轮渡公司周五证实，因船员短缺而停运两年的前往海岛的夜班船将于五月恢复。",
        "岛上居民此前征集了三千多个签名，表示最后一班船在傍晚六点开出，他们无法在大陆上完整工作一天。",
    ),
    "ko": (
        "여객선 운영사는 금요일 선원 부족으로 2년 전 중단됐던 섬 방면 저녁 배편을 5월부터 다시 운항한다고 확인했다.",
        "섬 주민들은 오후 6시 마지막 배로는 육지에서 하루 종일 일할 수 없다며 3천 명 넘는 서명을 모았다.",
    ),
    "ar": (
        "أكدت شركة العبارات يوم الجمعة أن الرحلة المسائية إلى الجزيرة ستعود في شهر مايو، بعد عامين من "
        "إلغائها بسبب نقص الطاقم.",
        "وكان سكان الجزيرة قد جمعوا أكثر من ثلاثة آلاف توقيع، مؤكدين أن آخر عبارة في السادسة مساء لا "
        "تسمح لهم بالعمل يوما كاملا في البر الرئيسي.",
    ),
    "fa": (
        "شرکت کشتیرانی روز جمعه تأیید کرد که سفر شبانه به جزیره که دو سال پیش به دلیل کمبود خدمه لغو "
        "شده بود، از اردیبهشت دوباره برقرار می‌شود.",
        "ساکنان جزیره بیش از سه هزار امضا جمع کرده بودند و می‌گفتند با آخرین کشتی در ساعت شش عصر "
        "نمی‌توانند یک روز کامل در سرزمین اصلی کار کنند.",
    ),
    "vi": (
        "Hãng tàu hôm thứ Sáu xác nhận chuyến tàu tối ra đảo sẽ hoạt động trở lại từ tháng Năm, hai năm "
        "sau khi bị cắt vì thiếu thuyền viên.",
        "Người dân trên đảo đã thu thập hơn 3.000 chữ ký, cho rằng với chuyến tàu cuối lúc sáu giờ chiều "
        "họ không thể làm trọn một ngày trên đất liền.",
    ),
    "id": (
        "Operator kapal feri pada Jumat memastikan pelayaran malam ke pulau itu akan kembali beroperasi "
        "mulai Mei, dua tahun setelah dihentikan karena kekurangan awak.",
        "Warga pulau telah mengumpulkan lebih dari 3.000 tanda tangan, dengan alasan kapal terakhir pukul "
        "enam sore membuat mereka tidak bisa bekerja seharian di daratan.",
    ),
}

#: Appeal lines in an appeal's voice, in wordings no rule lists.
APPEALS = [
    ("en", "Stories like this take weeks to report, and a donation from you today helps us keep them free."),
    ("de", "Wenn Ihnen unsere Recherchen wichtig sind, helfen Sie uns mit einer Spende."),
    ("fr", "Vos dons nous permettent de rester un média sans actionnaire et sans publicité."),
    ("es", "Tu aportación nos permite seguir contando lo que pasa en la isla."),
    ("it", "Il tuo contributo ci permette di raccontare le isole ogni giorno."),
    ("pt", "Contribua e ajude-nos a continuar a fazer jornalismo independente nas ilhas."),
    ("nl", "Jouw donatie helpt ons om elke week over de eilanden te blijven schrijven."),
    ("sv", "Din gåva gör att vi kan fortsätta bevaka öarna året runt."),
    ("pl", "Wesprzyj nas, abyśmy mogli dalej pisać o wyspach."),
    ("ja", "私たちの取材はサポーターの皆さまに支えられています。ご支援をお願いいたします。"),
    ("ru", "Поддержите нашу работу, чтобы мы и дальше писали об островах."),
    ("hi", "निष्पक्ष पत्रकारिता के लिए आपका सहयोग ज़रूरी है, आज ही हमें समर्थन दें।"),
    ("uk", "Ваш внесок допомагає нам і далі писати про острови."),
    ("cs", "Podpořte nás, abychom mohli dál psát o ostrovech."),
    ("tr", "Adalardan haber yapmaya devam edebilmemiz için bize destek olun."),
    ("zh", "您的捐助让我们能够继续报道海岛的故事。"),
    ("ko", "여러분의 후원으로 저희가 섬 이야기를 계속 전할 수 있습니다."),
    ("ar", "تبرعك يساعدنا على مواصلة الكتابة عن الجزر."),
    ("fa", "با کمک مالی شما، ما می‌توانیم گزارش از جزیره‌ها را ادامه دهیم."),
    ("vi", "Sự đóng góp của bạn giúp chúng tôi tiếp tục đưa tin về các hòn đảo."),
    ("id", "Donasi Anda membantu kami terus memberitakan kehidupan di pulau-pulau."),
]

#: Their twins: the same words of donations and subscriptions, in an article's own voice.
TWINS = [
    ("en", "The ferry company said its subscribers would get a discount on the new sailing."),
    ("en", '"Your support means we can keep the late boat running," said the operator\'s chairman.'),
    ("de", "Der Förderverein der Insel sammelte Spenden für einen Rettungsring am Anleger."),
    ("fr", "Les abonnés de la compagnie bénéficieront d'une réduction sur la nouvelle rotation."),
    ("es", "La asociación de vecinos recogió donaciones para un nuevo muelle."),
    ("it", "Gli abbonati della compagnia avranno uno sconto sulla corsa serale."),
    ("pt", "A associação de moradores recolheu donativos para reparar o cais."),
    ("nl", "De vereniging van eilandbewoners zamelde donaties in voor een nieuwe steiger."),
    ("sv", "Öns förening samlade in gåvor till en ny brygga."),
    ("pl", "Stowarzyszenie mieszkańców zebrało darowizny na nowy pomost."),
    ("ja", "島の住民団体は新しい桟橋のための寄付を集めた。"),
    ("ru", "Общество жителей острова собрало пожертвования на новый причал."),
    ("hi", "द्वीप के निवासी संघ ने नए घाट के लिए दान और सहयोग जुटाया।"),
    # "हम" is no word of "हमेशा" (always): a vowel sign is part of the word it is written in
    ("hi", "आपका सहयोग घाट समिति को हमेशा मिलता रहा है, इसलिए दान की राशि बढ़ी।"),
    ("uk", "Громада острова зібрала донати на новий причал."),
    ("cs", "Spolek obyvatel ostrova vybral dary na nové molo."),
    ("tr", "Ada sakinleri derneği yeni iskele için bağış topladı."),
    ("zh", "岛上的居民协会为修建新码头募集了捐款。"),
    ("ko", "섬 주민회는 새 선착장을 위한 후원금을 모았다."),
    ("ar", "وجمعت جمعية سكان الجزيرة تبرعات لبناء رصيف جديد."),
    ("fa", "انجمن ساکنان جزیره برای ساخت اسکله جدید کمک مالی جمع کرد."),
    ("vi", "Hội cư dân trên đảo đã quyên góp để xây một bến tàu mới."),
    ("id", "Paguyuban warga pulau mengumpulkan donasi untuk dermaga baru."),
    # reported speech, without quotation marks: the article tells what someone asked for
    ("de", "Helfen Sie uns mit Ihrer Spende, appellierte der Tierschutzverein an die Besucher."),
    ("es", "Necesitamos tu aportación para reparar el muelle, explicó la presidenta de la asociación."),
    ("ru", "Поддержите наш причал пожертвованием, призвал жителей глава острова."),
    ("hi", "घाट समिति के अध्यक्ष ने कहा कि आप सभी हमारे नए घाट के लिए दान करें।"),
    ("zh", "码头负责人表示，欢迎您捐款支持我们的新码头。"),
    ("id", "Dukung kami membangun dermaga dengan donasi Anda, kata kepala desa kepada warga."),
    # an interview's question, opened by a dialogue dash: someone's speech, as a quote is
    ("en", "— Do you donate to our fund yourself?"),
    ("es", "—¿Usted dona a nuestro fondo de rescate?"),
    ("ru", "— Вы сами жертвуете в наш фонд?"),
    # a service speaking to its customer: one sign-up word is no newsletter box
    ("en", "Sign up for the ferry portal and we will send you a boarding code before each trip."),
    # English "my" is no publication's "we" (Polish "my" is): the two voices must be of one language
    ("en", "I shared your post about the ferry with my friends and made a donation too."),
]


def removals(lang: str, line: str) -> dict[str, list[str]]:
    first, second = ARTICLES[lang]
    text = "\n".join((first, line, second)) + "\n"
    return {r.text: [item.id for item in r.evidence] for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize(("lang", "line"), APPEALS)
def test_a_line_in_an_appeals_voice_goes(lang: str, line: str) -> None:
    removed = removals(lang, line)
    assert line in removed and "voice:appeal" in removed[line]
    assert set(removed) == {line}


@pytest.mark.parametrize(("lang", "line"), TWINS)
def test_an_article_line_of_the_same_words_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


def test_a_long_first_person_paragraph_is_prose() -> None:
    # a blog's own paragraph that speaks to its reader of "our" newsletter, longer than a pitch
    line = (
        "When we started our newsletter in 2019 we had no idea whether you would want another email in "
        "your inbox, and for the first year we wrote it mostly for our friends, who kindly pretended to "
        "read every issue and told us which stories they liked."
    )
    assert len(line.split()) > VOICE_MAX_WORDS
    assert removals("en", line) == {}


def test_voice_files_are_sorted_words_in_normal_form() -> None:
    root = resources.files("boilerstrip.rules") / "data"
    languages = [lang.name for lang in root.iterdir() if (lang / VOICE_FOLDER).is_dir()]
    assert sorted(languages) == shipped_languages(), "every shipped language has its voice words"
    for lang in languages:
        for voice in VOICES:
            text = (root / lang / VOICE_FOLDER / f"{voice}.txt").read_text(encoding="utf-8")
            words = [line for line in text.splitlines() if line and not line.startswith("#")]
            assert words == sorted(set(words)), f"{lang}/{voice}: sort the words and drop duplicates"
            assert all(normalise(word) == word for word in words), f"{lang}/{voice}"
    expected = {f"{voice}:en" for voice in VOICES + PROMPT_VOICES}
    expected |= {f"{cue}:en" for cue in APPEAL_CUE_CATEGORIES}
    assert {cue.category for cue in load_voices(["en"])} == expected
