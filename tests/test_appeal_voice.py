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
    ASK,
    CALL,
    PROMPT_VOICES,
    VOICE_FOLDER,
    VOICES,
    appeal_in_voice,
    asking_languages,
    load_voices,
    voice_set,
    with_calls,
)
from boilerstrip.text.normalise import normalise
from voice_articles import ARTICLES, removals, written_in_normal_form

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
    # a newsletter's address field and its day of delivery
    ("de", "Tragen Sie sich ein, und wir schicken Ihnen jeden Sonntag die Inselnachrichten."),
    ("nl", "Vul je e-mailadres in en we sturen je elke zondag het eilandnieuws."),
    ("sv", "Fyll i din e-postadress så skickar vi dig öarnas nyheter varje söndag."),
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
    # a service asking for the customer's address: one e-mail word is no newsletter box either
    ("nl", "Vul je e-mailadres in bij de reservering en we sturen je de tickets."),
    ("sv", "Ange din e-postadress i bokningen så skickar vi biljetten direkt."),
    ("pt", "Deixe o seu e-mail na reserva e enviamos-lhe o bilhete."),
    ("fr", "En vous inscrivant sur le portail, nous vous envoyons un code par e-mail avant chaque traversée."),
    # a day of the week in a club's invitation: no address, no newsletter
    ("de", "Jeden Freitag trifft sich der Chor im Gemeindehaus, und wir laden Sie herzlich ein."),
    ("nl", "Elke vrijdag zingt het koor in het dorpshuis, en we nodigen je van harte uit."),
    ("sv", "Varje fredag sjunger kören i bygdegården, och vi hälsar dig välkommen."),
]


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
            assert all(written_in_normal_form(word) for word in words), f"{lang}/{voice}"
        for optional in (CALL, ASK):
            path = root / lang / VOICE_FOLDER / f"{optional}.txt"
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                words = [line for line in text.splitlines() if line and not line.startswith("#")]
                assert words == sorted(set(words)), f"{lang}/{optional}: sort the words and drop duplicates"
                assert all(written_in_normal_form(word) for word in words), f"{lang}/{optional}"
    expected = {f"{voice}:en" for voice in (*VOICES, *PROMPT_VOICES, CALL, ASK)}
    expected |= {f"{cue}:en" for cue in APPEAL_CUE_CATEGORIES}
    assert {cue.category for cue in load_voices(["en"])} == expected


#: An appeal's words in each language, and who is reported to have said them: with any word that
#: reports speech after them ("..., vertelt Anja", "..., écrivent les bénévoles") the line tells
#: what someone said and is the article's; alone, it is an appeal.
REPORTED_BASES = {
    "en": ("Stories like this take weeks to report, and a donation from you today helps us keep them free", "Anja"),
    "de": ("Wenn Ihnen unsere Recherchen wichtig sind, helfen Sie uns mit einer Spende", "die Vorsitzende"),
    "fr": ("Vos dons nous permettent de rester un média sans actionnaire et sans publicité", "les bénévoles"),
    "es": ("Tu aportación nos permite seguir contando lo que pasa en la isla", "la presidenta"),
    "it": ("Il tuo contributo ci permette di raccontare le isole ogni giorno", "la presidente"),
    "pt": ("Contribua e ajude-nos a continuar a fazer jornalismo independente nas ilhas", "a presidente"),
    "nl": ("Jouw donatie helpt ons om elke week over de eilanden te blijven schrijven", "Anja"),
    "sv": ("Din gåva gör att vi kan fortsätta bevaka öarna året runt", "Anja"),
    "da": ("Dit bidrag hjælper os med at fortsætte med at skrive om øerne", "Anja"),
    "no": ("Ditt bidrag hjelper oss å fortsette å skrive om øyene", "Anja"),
    "fi": ("Tue meitä, jotta voimme jatkaa saarten uutisointia", "Anja"),
    "pl": ("Wesprzyj nas, abyśmy mogli dalej pisać o wyspach", "Anna"),
    "cs": ("Podpořte nás, abychom mohli dál psát o ostrovech", "Anna"),
    "ro": ("Susţine-ne ca să putem scrie în continuare despre insulele tale", "Ana"),
    "hu": ("Támogasson minket, hogy az Ön szigeteiről is tovább írhassunk", "Anna"),
    "ru": ("Поддержите нашу работу, чтобы мы и дальше писали об островах", "Анна"),
    "uk": ("Ваш внесок допомагає нам і далі писати про острови", "Ганна"),
    "el": ("Η δωρεά σας μας βοηθά να συνεχίσουμε να γράφουμε για τα νησιά", "η Άννα"),
}


@pytest.mark.parametrize("lang", sorted(REPORTED_BASES))
def test_every_word_that_reports_speech_makes_an_appeals_words_the_articles(lang: str) -> None:
    base, speaker = REPORTED_BASES[lang]
    entry = resources.files("boilerstrip.rules") / "data" / lang / VOICE_FOLDER / "reported.txt"
    text = entry.read_text(encoding="utf-8")
    words = [line for line in text.splitlines() if line and not line.startswith("#")]
    lines = [f"{base}, {word} {speaker}." for word in words]
    counts = voice_set((lang,)).count([f"{base}.", *lines])
    assert appeal_in_voice(counts[0]) is not None, f"{lang}: the appeal alone"
    kept = [line for line, found in zip(lines, counts[1:], strict=True) if appeal_in_voice(found) is not None]
    assert kept == [], f"{lang}: reported speech read as an appeal"


#: Appeals in wordings no rule lists, and who the article reports to have made them: the speech
#: word in the third person, singular or plural, present or past.
REPORTED_APPEALS = [
    ("nl", "Met jouw donatie kunnen we onze boot blijven onderhouden", "vertelt Anja"),
    ("nl", "Jouw donatie helpt ons om de steiger elk voorjaar te repareren", "vertelden de vrijwilligers op de markt"),
    ("fr", "Vos dons nous permettent de garder notre navette du soir et de vous accueillir", "écrivent les bénévoles"),
    ("fr", "Grâce à vos dons, nous pouvons réparer notre quai", "racontent les habitants venus à la réunion"),
    ("de", "Mit Ihrer Spende helfen Sie uns, den Anleger zu reparieren", "erzählt die Vorsitzende des Vereins"),
    ("es", "Con tu aportación podemos reparar el muelle", "dicen los vecinos en la asamblea"),
    ("it", "Con il tuo contributo possiamo riparare il nostro molo", "raccontano i volontari"),
    ("pt", "Contribua e ajude-nos a reparar o nosso cais", "contou a presidente da associação"),
    ("en", "With your donation we can keep our late boat running", "writes the chair of the association"),
    ("sv", "Din gåva hjälper oss att laga bryggan", "berättar föreningens ordförande"),
    ("ru", "Поддержите нашу работу пожертвованием, чтобы мы отремонтировали причал", "рассказала глава общества"),
]


@pytest.mark.parametrize(("lang", "appeal", "speech"), REPORTED_APPEALS)
def test_an_appeal_someone_is_reported_to_have_made_stays(lang: str, appeal: str, speech: str) -> None:
    assert "voice:appeal" in removals(lang, f"{appeal}.").get(f"{appeal}.", [])
    assert removals(lang, f"{appeal}, {speech}.") == {}


#: Appeals that call the reader to act without a word for "you": an imperative that is also the
#: language's infinitive or indicative ("join", "colabora", "word", "bli") opening a clause, and a
#: publication that speaks of itself; and imperatives of a form of their own ("ne manquez",
#: "не пропустите", "欢迎加入"). The "join", "become", "never miss" and "support" forms.
CALLS = [
    ("en", "Join thousands of islanders who support our independent journalism."),
    ("en", "Never miss an island story: get our free weekly newsletter."),
    ("de", "Werde Fördermitglied und unterstütze unseren unabhängigen Journalismus."),
    ("nl", "Word lid en steun onze onafhankelijke journalistiek over de eilanden."),
    ("sv", "Bli månadsgivare och hjälp oss att fortsätta bevaka öarna."),
    ("es", "Vivimos de nuestros lectores. Apoya nuestro trabajo con una aportación mensual."),
    ("pt", "Apoia o nosso trabalho nas ilhas com um contributo mensal."),
    ("it", "Non perdere le storie delle isole: ricevi la nostra newsletter ogni settimana."),
    ("fr", "Ne manquez aucune histoire des îles : notre newsletter arrive chaque matin."),
    ("ru", "Не пропустите ни одной истории с островов: наша рассылка приходит каждое утро."),
    ("pl", "Nie przegap żadnej historii z wysp: nasz newsletter przychodzi każdego ranka."),
    ("cs", "Podpoř naši redakci a staň se jedním z našich podporovatelů."),
    ("ar", "انضم إلى الداعمين لعملنا اليوم."),
    ("zh", "欢迎加入我们的读者支持计划，让海岛报道继续下去。"),
    ("zh", "加入我们的会员计划，支持独立新闻。"),
    ("tr", "Topluluğumuza katılın ve bağımsız gazeteciliği destekleyin."),
    ("es", "Únete a la comunidad de lectores que hacen posible nuestro periodismo."),
    # the reader's support or contribution, the publication's journalism, a free sign-up
    ("de", "Mit Ihrem Beitrag helfen Sie uns, weiter unabhängig zu berichten."),
    ("ru", "Ваша поддержка помогает нам оставаться независимыми."),
    ("fr", "Inscrivez-vous gratuitement à notre lettre du matin."),
    ("uk", "Станьте членом нашої спільноти читачів."),
    ("id", "Jadilah bagian dari komunitas pembaca yang mendukung kami."),
    ("de", "Unterstützen Sie unseren Lokaljournalismus mit einem freiwilligen Beitrag."),
    ("cs", "Odebírejte náš týdenní newsletter zdarma."),
    # a call that is a verb by the word after it ("Support our", "Steun onze", "Stöd vår")
    ("en", "Support our island newsroom with a one-off or monthly gift."),
    ("nl", "Steun onze redactie met een maandelijkse donatie."),
    ("sv", "Stöd vår redaktion med en gåva varje månad."),
    # never miss, in the languages' own words, with a newsletter's
    ("de", "Abonniere unseren Newsletter und verpasse keine Inselgeschichte mehr."),
    ("fr", "Abonne-toi à notre newsletter pour ne rien rater des îles."),
    ("vi", "Hãy đăng ký nhận bản tin để không bỏ lỡ tin tức về các hòn đảo."),
    ("ja", "島のニュースを見逃さないように、ニュースレターを購読してください。"),
    # a newsletter box that speaks to the reader alone, with a newsletter's many words
    ("en", "Get the day's island news straight to your inbox every morning."),
    ("sv", "Få öarnas nyheter direkt i din inkorg varje morgon."),
    ("fr", "Recevez chaque matin l'essentiel de l'actualité des îles dans votre boîte mail."),
    ("ja", "島のニュースを毎朝お届けする無料メルマガにご登録ください。"),
    ("ko", "뉴스레터를 구독하고 매일 아침 소식을 받아보세요."),
]

#: Their twins: the same verbs inside a clause (an infinitive, an indicative, a relative clause),
#: and a newsletter's words too few for a line that speaks to the reader alone.
CALL_TWINS = [
    (
        "en",
        "Commuters who never miss the early boat read the operator's weekly newsletter, and several of them "
        "spoke to us on the pier.",
    ),
    ("en", "Many of our neighbours want to join the rowing club, whose weekly newsletter lists every race."),
    ("nl", "Ik help elke vrijdag bij de veerdienst, en we lezen de nieuwsbrief van de haven samen."),
    ("sv", "Flera av oss som ville bli medlemmar i föreningen fick ett nyhetsbrev varje fredag."),
    ("es", "La asociación colabora con nosotros desde hace años y nos envía su boletín cada semana."),
    ("de", "Ich werde dem Verein der Inselbewohner beitreten, weil wir jeden Montag seinen Newsletter lesen."),
    ("en", "Enter your email address at the ticket office and you will get the new timetable weekly."),
    ("en", "You can sign up for the operator's text alerts at the pier."),
    ("fr", "Les bénévoles qui ne manquent aucune traversée reçoivent la lettre de l'association chaque matin."),
    ("ru", "Жители, которые не пропускают ни одного рейса, получают рассылку перевозчика каждое утро."),
    ("zh", "加入渡轮公司会员计划的乘客每天早上收到电子报。"),
    # a noun that opens the line, where the verb would be a call ("Support", "Steun", "Stöd", "Sign up")
    ("en", "Support for independent journalism has grown among our readers, the survey shows."),
    ("en", "Sign up sheets for the regatta were left at the pier every morning, and we saw dozens of names."),
    ("nl", "Steun voor onafhankelijke journalistiek groeit onder onze lezers, blijkt uit de enquête."),
    ("sv", "Stöd till oberoende journalistik har ökat bland våra läsare, visar enkäten."),
    ("en", "Support for our harbour fund has grown, and every donation is listed in the annual report."),
    # a member, a free visit, a weekly paper, a gift in an article's own statement
    ("ru", "Вы стали членом нашего совета в 2010 году?"),
    ("zh", "我们的会员人数去年增长了三成，您知道吗？"),
    ("cs", "Vstup do našeho muzea je pro vás zdarma každou neděli, týdenní program visí u pokladny."),
    ("en", "Our members get the weekly briefing every Friday, and you can see a copy at the library."),
    ("nl", "De gemeente gaf ons een gift van duizend euro voor de nieuwe steiger."),
    ("id", "Warga yang mendukung kami dalam sengketa pelabuhan datang setiap minggu."),
    # the reader's support in someone's words
    ("de", "Ihre Unterstützung für den Hafen sei wichtig, sagte der Bürgermeister den Fischern."),
    ("ru", "Ваша поддержка важна для острова, сказал мэр жителям."),
    ("zh", "您的支持对码头很重要，镇长对居民说。"),
]


@pytest.mark.parametrize(("lang", "line"), CALLS)
def test_an_appeal_that_calls_the_reader_to_act_goes(lang: str, line: str) -> None:
    removed = removals(lang, line)
    assert line in removed and "voice:appeal" in removed[line]
    assert set(removed) == {line}


@pytest.mark.parametrize(("lang", "line"), CALL_TWINS)
def test_the_same_verbs_inside_a_clause_stay(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


def test_a_call_counts_as_the_reader_only_where_it_opens_a_clause() -> None:
    lines = [
        "Join our readers who support independent journalism.",
        "Like this story? Join our readers who support independent journalism.",
        "Our readers who join the club support independent journalism.",
    ]
    counted = voice_set(("en",)).count(lines)
    found = [with_calls(counts, normalise(line), ("en",)) for line, counts in zip(lines, counted, strict=True)]
    assert [appeal_in_voice(counts) for counts in found] == ["donation", "donation", None]
    assert all(not any(category.startswith(f"{CALL}:") for category in counts) for counts in found)


@pytest.mark.parametrize(
    ("lang", "appeal", "report"),
    [
        ("da", "Bliv medlem og hjælp os med at skrive om øerne.", "Mange af os blev medlem af foreningen sidste år."),
        ("no", "Bli medlem og hjelp oss å skrive om øyene.", "Mange av oss ville bli medlem, men vi fikk nei."),
    ],
)
def test_a_call_in_the_languages_without_an_article_here(lang: str, appeal: str, report: str) -> None:
    # Danish and Norwegian have calls but no article in voice_articles: their voice counts are
    # read directly, the call opening the line, and the verb inside a clause (Norwegian "bli" is
    # the infinitive too) or in another tense.
    counted = voice_set((lang,)).count([appeal, report])
    lines = (appeal, report)
    found = [with_calls(counts, normalise(line), (lang,)) for line, counts in zip(lines, counted, strict=True)]
    assert [appeal_in_voice(counts) for counts in found] == ["donation", None]


#: Statements in the appeal's voice with one donation word that ask the reader nothing: a
#: charity's or a newsroom's own news, where "you" is the reader as audience.
UNASKED_STATEMENTS = [
    ("en", "Our journalism won a prize, and you can read the winning stories online."),
    ("en", "Every contribution to the harbour fund is recorded by our treasurer, and you can see the accounts online."),
    ("en", "Our membership grew by a third last year, as you may have read in the annual report."),
    ("en", "You can read more about our journalism awards on the prize committee's website."),
    ("en", "Our supporters met in the town hall last night, and you could hear the applause from the street."),
    ("de", "Unser Journalismus wurde ausgezeichnet, und Sie können die Siegertexte online lesen."),
    ("fr", "Notre journalisme a été primé, et vous pouvez lire les reportages lauréats en ligne."),
    ("es", "Nuestro periodismo ha sido premiado y usted puede leer los reportajes ganadores en la web."),
    ("it", "Il nostro giornalismo è stato premiato e potete leggere i reportage vincitori online."),
    ("pt", "O nosso jornalismo foi premiado e você pode ler as reportagens vencedoras online."),
]
#: Their twins that ask, with the same single donation word, or with two.
ASKING_TWINS = [
    "Our journalism depends on you: please give what you can.",
    "Your support keeps our reporting free for everyone.",
    "If you can, make a contribution and help us keep the harbour fund going.",
    "Would you join our supporters this year?",
    "Support our journalism with a monthly contribution.",
]


@pytest.mark.parametrize(("lang", "line"), UNASKED_STATEMENTS)
def test_a_statement_that_asks_nothing_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


@pytest.mark.parametrize("line", ASKING_TWINS)
def test_its_twin_that_asks_goes(line: str) -> None:
    assert line in removals("en", line)


def test_a_language_without_words_of_asking_keeps_one_donation_word_enough() -> None:
    counts = {"reader:id": 1, "publisher:id": 1, "donation:id": 1}
    assert asking_languages(None) >= {"en", "de", "fr", "es", "it", "pt", "nl"}
    assert "id" not in asking_languages(None)
    assert appeal_in_voice(counts, asking=asking_languages(None)) == "donation"


#: Appeals in the words the languages' appeals use beyond the first lists: the reader's e-mail
#: and a weekly digest, a readers' community, "help us", a tip for the author, the "we" that is
#: in the verb ("bychom", "potremmo", "conseguiríamos"), and the text speaking of itself where the
#: language leaves the publication unnamed ("이 기사가 도움이 되셨다면 ...").
MORE_APPEALS = [
    ("cs", "Bez vaší podpory bychom nemohli pokračovat."),
    ("cs", "Darujte nám 100 Kč a pomozte nám psát o tom, co jiní přehlížejí."),
    ("cs", "Děkujeme, že čtete naše stránky. Zvažte, prosím, pravidelný příspěvek."),
    ("en", "The Morning Brief lands in your inbox every weekday at 6am. It's free."),
    ("ar", "بدعمكم نستمر في تقديم صحافة حرة."),
    ("id", "Setiap rupiah yang Anda sumbangkan membantu jurnalis kami bekerja di lapangan."),
    ("uk", "Ми працюємо завдяки вашим донатам."),
    ("pl", "Otrzymuj nasz newsletter co piątek na swoją skrzynkę."),
    ("it", "Sostieni il giornalismo di qualità."),
    ("it", "Entra nella community dei nostri lettori."),
    ("cs", "Chcete dostávat nejčtenější články e-mailem? Zadejte svůj e-mail."),
    ("id", "Klik tombol di bawah untuk berlangganan buletin mingguan kami."),
    ("pt", "Faça um donativo e ajude-nos a manter a informação gratuita."),
    ("id", "Daftar sekarang untuk menerima ringkasan berita harian langsung ke email Anda."),
    ("id", "Bantu kami terus menghadirkan berita yang akurat dan berimbang."),
    ("ko", "이 기사가 도움이 되셨다면 후원으로 응원해 주세요."),
    ("ko", "이메일 주소를 입력하시면 주간 소식을 보내드립니다."),
    ("ja", "この記事が役に立ったら、ぜひ寄付で応援してください。"),
    ("uk", "Залиште свою електронну адресу, і ми надсилатимемо вам дайджест щотижня."),
    ("uk", "Долучайтеся до спільноти читачів, які підтримують нашу редакцію."),
    ("zh", "喜欢这篇文章吗？请打赏支持作者。"),
    ("zh", "加入我们的读者社群，与我们一起守护新闻自由。"),
    ("it", "Senza il tuo aiuto non potremmo continuare a fare informazione libera."),
    ("pt", "Sem o seu apoio, não conseguiríamos continuar."),
    ("pt", "Faça parte da comunidade de leitores que sustenta o nosso jornal."),
    ("fr", "Rejoignez les 10 000 lecteurs qui soutiennent notre rédaction."),
    ("ru", "Помогите нам продолжать работу — любая сумма важна."),
    ("pl", "Bez Twojego wsparcia nie moglibyśmy działać."),
    ("pl", "Dołącz do grona czytelników, którzy nas wspierają."),
    ("tr", "Bağımsız gazeteciliği destekleyin, bağış yapın."),
    ("tr", "Haberlerimizi beğeniyorsanız bize destek olabilirsiniz."),
    ("vi", "Ủng hộ báo chí độc lập bằng một khoản đóng góp nhỏ."),
    ("nl", "Meld je aan voor de dagelijkse update en mis niets."),
    ("ar", "بدون دعمكم لا نستطيع الاستمرار."),
    ("ar", "ساعدنا على مواصلة عملنا المستقل."),
    ("fa", "از روزنامه‌نگاری مستقل حمایت کنید."),
    ("fa", "بدون حمایت شما نمی‌توانیم ادامه دهیم."),
    # independent journalism is the publication speaking of itself
    ("da", "Støt uafhængig journalistik med et bidrag."),
    ("no", "Støtt uavhengig journalistikk med et bidrag."),
    ("fi", "Tue riippumatonta journalismia lahjoituksella."),
    ("el", "Στηρίξτε την ανεξάρτητη δημοσιογραφία με μια δωρεά."),
    ("ro", "Susține jurnalismul independent cu o donație."),
    ("hu", "Támogasd a független újságírást egy adománnyal."),
    ("hi", "स्वतंत्र पत्रकारिता का समर्थन करें, आज ही दान करें।"),
    ("bn", "স্বাধীন সাংবাদিকতাকে সমর্থন করুন, আজই দান করুন।"),
    ("he", "תמכו בעיתונות עצמאית ותרמו עוד היום."),
    ("th", "สนับสนุนสื่ออิสระด้วยการบริจาค"),
]
#: A guide's advice on giving, in the reader's voice with two donation words and no publication:
#: it stays in the languages that leave their subject out too.
GIVING_ADVICE = [
    ("es", "Si quieres donar sangre, el hospital abre su banco los sábados; las donaciones se registran en la web."),
    ("it", "Se vuoi fare una donazione alla Croce Rossa, le donazioni sono detraibili dalle tasse."),
    ("pt", "Se você quiser doar sangue, o hospital recebe doações aos sábados."),
    ("ja", "寄付をしたい方は、赤十字のウェブサイトから寄付できます。"),
    ("ko", "기부를 원하시면 적십자 홈페이지에서 후원할 수 있습니다."),
    ("zh", "如果您想捐款，可以通过红十字会网站捐助。"),
    ("cs", "Pokud chcete darovat krev, nemocnice přijímá dárce v sobotu; finanční dar můžete poslat charitě."),
    ("ru", "Если вы хотите сделать пожертвование, фонд принимает пожертвования онлайн."),
    ("cs", "Spolek zaplatil pravidelný příspěvek městu za pronájem."),
    ("en", "Scammers send fake invoices to your inbox every weekday, police warned."),
    ("pt", "Enviamos os documentos ao tribunal na semana passada, disse o advogado."),
    ("pt", "Deixe o seu e-mail na receção do hotel para receber a fatura."),
    ("ar", "نستمر في متابعة الأحداث في المدينة، قال المراسل."),
    ("ar", "قدمت المؤسسة دعما لصحافة حرة في المنطقة."),
    ("id", "Sumbangan warga dikumpulkan di balai desa kami sejak pagi."),
    ("uk", "Волонтери зібрали донати на дрони для бригади."),
    ("it", "Il premio celebra il giornalismo di qualità in Sardegna."),
    ("es", "El premio reconoce el periodismo de calidad en la región."),
    ("de", "Der Preis würdigt Qualitätsjournalismus aus der Region."),
    ("id", "Penghargaan itu diberikan untuk jurnalisme berkualitas di daerah."),
    ("en", "Parents can sign up for weekly swimming lessons at the new pool."),
    ("en", "The ferry company emails news alerts to its passengers every weekday."),
    ("cs", "Klub čtenářů městské knihovny se schází každý čtvrtek."),
    ("cs", "Zadejte svůj e-mail do formuláře na úřadě, radí ministerstvo."),
    ("id", "Pemerintah mengajak warga berdonasi untuk korban banjir."),
    ("id", "Buletin cuaca BMKG memperingatkan hujan lebat di Jakarta."),
    ("pt", "A fundação fez um donativo de 50 mil euros ao hospital."),
    # the same words in the third person
    ("tr", "Belediye, bağımsız gazeteciliği destekleyen vakfa bağış yaptığını açıkladı."),
    ("pl", "Fundacja, która nas wspiera od lat, przekazała darowiznę na nowy prom."),
    ("ar", "قال المدير إن التبرعات ساعدت المستشفى على مواصلة عمله."),
    ("vi", "Người dân ủng hộ dự án xây cầu mới với tỷ lệ cao."),
    ("fr", "Les habitants qui soutiennent le projet se sont réunis hier soir à la mairie."),
    ("da", "Fonden støtter uafhængig journalistik med et bidrag på en million kroner."),
    ("fi", "Säätiö tukee riippumatonta journalismia lahjoituksella."),
    ("el", "Το ίδρυμα στηρίζει την ανεξάρτητη δημοσιογραφία με δωρεά."),
    ("ro", "Fundația susține jurnalismul independent cu o donație anuală."),
    ("hu", "Az alapítvány a független újságírást támogatja egy adománnyal."),
    ("he", "הקרן תרמה לעיתונות עצמאית מיליון שקלים."),
    ("th", "โรงพยาบาลขอบคุณผู้ที่สนับสนุนการบริจาคโลหิตเมื่อสัปดาห์ที่แล้ว"),
]


@pytest.mark.parametrize(("lang", "line"), MORE_APPEALS)
def test_more_appeals_in_their_languages_words_go(lang: str, line: str) -> None:
    assert line in removals(lang, line)


@pytest.mark.parametrize(("lang", "line"), GIVING_ADVICE)
def test_advice_on_giving_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


def test_a_word_that_reports_speech_counts_in_its_own_language_only() -> None:
    # Dutch "dit werk" (this work) holds French "dit" (said): the Dutch appeal is no report
    line = "Zonder jouw steun kunnen wij dit werk niet doen."
    assert line in removals("nl", line)
    assert appeal_in_voice({"reader:nl": 1, "publisher:nl": 1, "donation:nl": 1, "reported:fr": 1}) == "donation"
    assert appeal_in_voice({"reader:nl": 1, "publisher:nl": 1, "donation:nl": 1, "reported:nl": 1}) is None


#: A donation box between two paragraphs: its heading, the publication describing itself as
#: independent, and its button. The middle line holds no reader and no ask, and is long enough to
#: read as prose; the run of the box's words takes it with its heading and button.
DONATION_BOXES = [
    ("cs", ("Podpořte nás", "Jsme nezávislé médium bez bohatého vlastníka. Stojíme na našich čtenářích.", "Přispět")),
    ("it", ("Sostienici", "Siamo un giornale indipendente: nessun editore alle spalle, solo i nostri lettori.",
            "Dona ora")),
    ("uk", ("Підтримайте нас", "Ми незалежне медіа без олігархів. Нас утримують читачі.", "Підтримати")),
]


@pytest.mark.parametrize(("lang", "box"), DONATION_BOXES)
def test_a_donation_box_in_the_publications_words_goes_whole(lang: str, box: tuple[str, ...]) -> None:
    first, second = ARTICLES[lang]
    text = "\n".join((first, *box, second)) + "\n"
    removed = {r.text for r in boilerstrip.explain(text).removals}
    assert removed == set(box)
