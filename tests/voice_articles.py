"""The short articles the voice tests place a line in (tests/test_appeal_voice.py,
tests/test_prompt_voice.py), and what the cleaner removes of such a text; and the longer
article the comment, widget-line and filler tests put their lines under (tests/test_comments.py,
tests/test_widget_lines.py, tests/test_placeholder.py)."""

from __future__ import annotations

import boilerstrip
from boilerstrip.rules.cues import STEM_MARK
from boilerstrip.text.normalise import normalise

#: An article of some 330 words, in nine paragraphs: enough article for a section proven by
#: reactions to follow it (its first paragraphs serve the tests that need less).
FERRY_ARTICLE = (
    "The harbour board approved the new ferry timetable on Monday after a long debate with residents, "
    "who had asked for earlier sailings in winter and a later last boat on Fridays.",
    "Officials said the change would cost little because the crews already work split shifts, and the "
    "union agreed to the plan after a ballot of its members last week.",
    "The first sailing will leave the east pier at ten past six from the first of March, forty minutes "
    "earlier than now, and the last boat on Fridays will leave the island at half past eleven.",
    "Residents of the island had collected more than two thousand signatures for the change, most of "
    "them from commuters who work shifts at the hospital and the container terminal on the mainland.",
    "The board's chair said the timetable would be reviewed after six months, when the operator will "
    "report how many passengers used the new early and late sailings and what they cost to run.",
    "Fares will not change this year. A return ticket for an adult still costs four pounds twenty, and "
    "children under twelve, pensioners and students travel at half price on every sailing of the day.",
    "The operator is also testing a new booking system for cars, which will let drivers reserve a space "
    "on the busiest sailings up to a month ahead instead of queueing at the pier in the early morning.",
    "A second vessel, built in a yard on the Clyde, is due to join the route in the autumn of next year, "
    "and the board expects it to halve the waiting times at the height of the summer season.",
    "Councillors from both parties welcomed the decision, though some warned that the pier at the east "
    "end needs repairs before it can take the heavier boat that the operator plans to buy.",
)

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


def removals(lang: str, line: str) -> dict[str, list[str]]:
    # A line of a language without an article here stands in the English one, as a box in its
    # own language stands on a page of another.
    first, second = ARTICLES.get(lang, ARTICLES["en"])
    text = "\n".join((first, line, second)) + "\n"
    return {r.text: [item.id for item in r.evidence] for r in boilerstrip.explain(text).removals}


def written_in_normal_form(word: str) -> bool:
    """Whether a voice word or cue is written in normal form (a stem's STEM_MARK aside)."""
    text = word.removesuffix(STEM_MARK)
    return normalise(text) == text
