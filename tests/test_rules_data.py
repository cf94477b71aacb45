"""Tests of the shipped rule data: format, order, regex safety, coverage, and no hits on prose.

These check the lexicon files themselves, not the cleaner: every file parses, sits in a known
category, is sorted and duplicate-free group by group, every regex compiles, has no nested
quantifier and finishes fast on adversarial input, every language has its categories, and no rule
matches a line of ordinary article text.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from boilerstrip.rules import (
    CATEGORIES,
    Kind,
    Rule,
    RuleSet,
    load_rules,
    parse_rule_file,
    shipped_rule_files,
)
from boilerstrip.rules.check import check_sorted
from boilerstrip.rules.regex_index import first_keys, required_literal
from boilerstrip.text.normalise import normalise
from boilerstrip.text.shape import line_shape
from boilerstrip.text.wrap import paragraphs

REPO = Path(__file__).resolve().parent.parent
FIXTURE_TEXT = REPO / "fixtures" / "text"

#: The rule engine's limit: non-exact rules remove only lines of at most this many words.
MAX_RULE_LINE_WORDS = 30

CORE_CATEGORIES = (
    "donation", "subscribe", "paywall", "social", "navigation", "related", "comments",
    "ads", "cookie", "legal", "credit",
)
EVERY_RULE_CATEGORY = (*CORE_CATEGORIES, "syndication", "app")
OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "ru", "nl", "pl")
#: The languages added to the first nine: Chinese, Japanese, Korean, Turkish, Czech, Swedish,
#: Ukrainian, Arabic, Persian, Vietnamese, Indonesian, Hindi, Danish, Norwegian, Finnish,
#: Romanian, Hungarian, Greek, Hebrew, Thai and Bengali.
NEW_LANGUAGES = (
    "zh", "ja", "ko", "tr", "cs", "sv", "uk", "ar", "fa", "vi", "id", "hi", "da", "no", "fi", "ro", "hu", "el",
    "he", "th", "bn",
)

SHIPPED = list(shipped_rule_files())
SHIPPED_IDS = [source for source, _ in SHIPPED]
RULES = load_rules()
REGEX_RULES = [rule for rule in RULES if rule.kind is Kind.REGEX]
REGEX_IDS = [rule.rule_id for rule in REGEX_RULES]


# --- format -------------------------------------------------------------------------------------


def test_rules_are_shipped() -> None:
    assert len(SHIPPED) >= 13 * 9 - 20  # every language has most categories
    assert len(RULES) > 1000


@pytest.mark.parametrize(("source", "text"), SHIPPED, ids=SHIPPED_IDS)
def test_file_parses_and_has_rules(source: str, text: str) -> None:
    rules = list(parse_rule_file(text.splitlines(), source))
    assert rules, f"{source} holds no rule"
    assert all(rule.source == source for rule in rules)


@pytest.mark.parametrize(("source", "text"), SHIPPED, ids=SHIPPED_IDS)
def test_file_category_is_known(source: str, text: str) -> None:
    category = source.rsplit("/", 1)[-1]
    assert category in CATEGORIES, f"{source}: unknown category {category!r}"
    assert category != "other", "'other' is for heuristics only"


@pytest.mark.parametrize(("source", "text"), SHIPPED, ids=SHIPPED_IDS)
def test_file_groups_sorted_and_unique(source: str, text: str) -> None:
    assert check_sorted(text) == []


@pytest.mark.parametrize(("source", "text"), SHIPPED, ids=SHIPPED_IDS)
def test_file_is_plain_utf8_lines(source: str, text: str) -> None:
    assert text.endswith("\n"), f"{source}: no final newline"
    for line_no, line in enumerate(text.splitlines(), start=1):
        assert line == line.rstrip(), f"{source}:{line_no}: trailing whitespace"
        assert "\t" not in line, f"{source}:{line_no}: tab"


def test_no_rule_duplicated_across_files_of_one_language() -> None:
    seen: dict[tuple[str, str, str], str] = {}
    clashes = []
    for rule in RULES:
        lang = rule.source.split("/", 1)[0]
        key = (lang, rule.kind.value, rule.pattern)
        if key in seen and seen[key] != rule.source:
            clashes.append(f"{rule.rule_id} repeats {seen[key]}: {rule.pattern!r}")
        seen.setdefault(key, rule.source)
    assert clashes == []


def test_check_sorted_catches_disorder_and_duplicates() -> None:
    """The order check the data tests rely on does find problems."""
    assert check_sorted("b\na\n")
    assert check_sorted("a\nb\na\n")
    assert check_sorted("a\nb\n\n# next group\na2\nb2\n") == []


# --- coverage -----------------------------------------------------------------------------------


def _categories(lang: str) -> set[str]:
    return {source.split("/", 1)[1] for source in SHIPPED_IDS if source.startswith(lang + "/")}


def test_english_has_every_category() -> None:
    assert set(EVERY_RULE_CATEGORY) <= _categories("en")


@pytest.mark.parametrize("lang", OTHER_LANGUAGES + NEW_LANGUAGES)
def test_language_has_core_categories(lang: str) -> None:
    missing = set(CORE_CATEGORIES) - _categories(lang)
    assert not missing, f"{lang} lacks {sorted(missing)}"


# --- regex safety -------------------------------------------------------------------------------

# A quantifier: *, +, ? after an atom, or a {m,n} repetition (not a literal brace).
_QUANT = re.compile(r"(?<!\\)(?:[*+]|\{\d*,?\d*\})")


def _strip_escapes_and_classes(pattern: str) -> str:
    """The pattern with escapes and character classes replaced by one plain character."""
    pattern = re.sub(r"\\.", "x", pattern)
    return re.sub(r"\[\^?\]?[^\]]*\]", "x", pattern)


def nested_quantifier(pattern: str) -> str | None:
    """The first group that is repeated (``*``, ``+``, ``{m,n}``) and repeats inside, or None.

    A group quantified only by ``?`` runs at most once and is not counted; inside a group ``?`` is
    not counted either (it cannot make a match ambiguous on its own in a repeated group of
    literal alternatives). This is a static screen; the timing test is the real check.
    """
    text = _strip_escapes_and_classes(pattern)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            after = text[i + 1 : i + 8]
            repeated = after[:1] in ("*", "+") or re.match(r"\{\d*,\d*\}|\{\d+\}", after) is not None
            if repeated and re.search(r"[*+]|\{\d*,?\d*\}", text[start + 1 : i]):
                return text[start : i + 1]
    return None


@pytest.mark.parametrize(
    ("pattern", "nested"),
    [
        (r"(a+)+", True),
        (r"(\w+\s?)*", True),
        (r"(x{1,3})*$", True),
        (r"^\d+ comments?$", False),
        (r"^(a|b)( (a|b))+$", False),
        (r"^home ?(›|»|>) ?\S", False),
        (r"^[(a+)]+$", False),  # brackets inside a class are not a group
    ],
)
def test_nested_quantifier_screen(pattern: str, nested: bool) -> None:
    assert (nested_quantifier(pattern) is not None) is nested


@pytest.mark.parametrize("rule", REGEX_RULES, ids=REGEX_IDS)
def test_regex_compiles(rule: Rule) -> None:
    re.compile(rule.pattern)


@pytest.mark.parametrize("rule", REGEX_RULES, ids=REGEX_IDS)
def test_regex_has_no_nested_quantifier(rule: Rule) -> None:
    assert nested_quantifier(rule.pattern) is None, f"{rule.rule_id}: {rule.pattern}"


#: A regex without first keys is searched in every line whose text holds its required literal:
#: one of at least this many characters (spaces aside) keeps that to few lines.
GATE_MIN_CHARS = 3


@pytest.mark.parametrize("rule", REGEX_RULES, ids=REGEX_IDS)
def test_regex_is_tried_on_few_lines(rule: Rule) -> None:
    """Every regex can be ruled out without a search: it is anchored and its first characters
    can be read off it, or every match holds a literal of GATE_MIN_CHARS characters. A regex
    with neither ("\\b(kontingent|limit) (an|von) ...") is searched in every line of every text."""
    gated = first_keys(rule.pattern) is not None or len(required_literal(rule.pattern).strip()) >= GATE_MIN_CHARS
    assert gated, f"{rule.rule_id}: {rule.pattern}: split its leading alternatives into rules of their own"


@pytest.mark.parametrize("rule", REGEX_RULES, ids=REGEX_IDS)
def test_regex_is_in_normal_form_where_it_is_literal(rule: Rule) -> None:
    """A regex meets normalised lines only: upper case letters in it could never match."""
    literal = re.sub(r"\\.", "", rule.pattern)
    assert literal == literal.lower(), f"{rule.rule_id}: upper case in {rule.pattern!r}"


ADVERSARIAL = [
    "a" * 50_000 + "!",
    "1 " * 20_000 + "x",
    "© " * 20_000 + "x",
    "share " * 10_000 + "?",
    "facebook twitter " * 5_000 + "zzz",
    "read more: " * 5_000 + "\x00",
    "posted by " + "x " * 20_000 + "at",
    ": " * 20_000 + "a",
    "more from " + "ab " * 15_000 + ".",
    "follow " + "@a " * 15_000,
    "12 " + "comments " * 10_000 + "!",
    "page 1 of " + "9" * 30_000 + "x",
    "-" * 50_000,
]
#: Generous: only catastrophic backtracking takes this long on these inputs.
SLOW_SECONDS = 2.0


@pytest.mark.parametrize("rule", REGEX_RULES, ids=REGEX_IDS)
def test_regex_runs_fast_on_adversarial_input(rule: Rule) -> None:
    regex = re.compile(rule.pattern)
    for text in ADVERSARIAL:
        line = normalise(text)
        start = time.perf_counter()
        regex.search(line)
        elapsed = time.perf_counter() - start
        assert elapsed < SLOW_SECONDS, f"{rule.rule_id} took {elapsed:.1f}s on {text[:20]!r}..."


def test_whole_ruleset_runs_fast_on_adversarial_input() -> None:
    ruleset = RuleSet(RULES)
    for text in ADVERSARIAL:
        start = time.perf_counter()
        ruleset.match(text)
        assert time.perf_counter() - start < SLOW_SECONDS * 2


# --- no hits on article prose -------------------------------------------------------------------

#: Lines of real article text that look like boilerplate to a careless rule: headlines, bylines,
#: datelines, sentences and list items that share words with the lexicons. None may be removed.
TRICKY_CONTENT = [
    # the same words in an article: a ruling on copying, a reprint fined, reading the markets
    "법원은 기사를 무단전재한 업체에 배상을 명령했다.",
    "신문사들은 무단 전재 행위에 강경하게 대응하기로 했다.",
    "该网站因未经许可转载文章被罚款。",
    "この記事を書いた記者に話を聞いた。",
    "Para continuar a ler os sinais do mercado, os analistas usam novos modelos.",
    "ぜひチャンネル登録をと呼びかける動画が増えている。",
    "Wer sich jetzt kostenlos anmelden will, muss bis Freitag warten, sagte der Verein.",
    "Ông chia sẻ bài viết này trên trang cá nhân của mình.",
    "Smlouvu o odběru elektřiny můžete kdykoli vypovědět, upozorňuje úřad.",
    "Secondo l'azienda, l'abbonamento si può disdire in qualsiasi momento.",
    "用户可以随时取消订阅，工信部表示。",
    "携帯電話の契約はいつでも解約できると会社は説明した。",
    "他向灾区捐款10万元。",
    "유튜버들은 구독과 좋아요를 눌러 달라고 호소한다.",
    "네이버에서 뉴스를 구독하는 이용자가 늘었다.",
    "Postawił nam kawę i opowiedział o swoim projekcie.",
    "Le quedan 2 años de contrato con el club.",
    "Sie haben noch 2 Wochen Zeit, um sich zu bewerben.",
    "Luister naar de podcast van de gemeente over de nieuwe brug.",
    "Přispějte na provoz útulku, vyzval starosta obyvatele.",
    "Subscribe to the streaming service for $9.99 a month to get the ad-free tier.",
    "Czytaj bez ograniczeń, radzi bibliotekarka dzieciom.",
    "Ricevi la newsletter, ha detto la preside ai genitori, e saprai tutto.",
    "시민들은 구청에 관심과 후원을 부탁했다.",
    "会員登録者数は昨年より増えた。",
    "用户登录后即可阅读全文，该公司表示。",
    "Bli prenumerant på livet, skrev poeten.",
    "Получайте рассылку новостей, советует банк клиентам.",
    "Wir unterstützen die Entscheidung, sagte der Bürgermeister.",
    "Creators beg fans to hit the bell icon under every video.",
    "Help us reach the summit, the climbers radioed to the base camp.",
    "Not a subscriber yet? That is what the bank asked its customers in a letter.",
    "记者点击关注了该账号。",
    "成为会员后，他开始阅读更多书籍。",
    "続きは来週の会議で話し合う予定だ。",
    "Předplatné od 1. ledna zdraží o deset procent.",
    "Zaregistrujte se na úřadě práce a čtěte pozorně všechny dopisy.",
    "Berlangganan listrik prabayar kini lebih mudah.",
    "Accedi al portale per continuare a leggere le pratiche, spiega il comune.",
    "Чтобы стать подписчиком, нужно заполнить анкету, пояснили в банке.",
    # English
    "Scammers now send fake invoices straight to your inbox, the bank warned.",
    "The charity said it would donate now-unused beds to the hospital.",
    "Members can request a quote for group travel through the union's office.",
    "The YouTuber's channel passed one million subscribers in March.",
    "Follow me on this: the budget will not balance itself.",
    "\"Help us spread the word,\" the mayor told the volunteers at the vaccine clinic.",
    "The table of contents alone runs to nine pages.",
    "Join us on the terrace after the concert, the organisers said.",
    "Readers can get the council's meeting notes by post.",
    "We earn commissions on trades, not on advice, the broker said.",
    "| Warranty | 1 year | Covers parts and labour |",
    "The column is a weekly look at the movies. Follow us on Twitter, @examplecolumn.",
    "Let's hang out on the porch, she wrote to her sister in 1962.",
    "| Battery | 26 hours | Charges in about an hour |",
    "The article includes sponsored research from two universities, the journal noted.",
    "Get the latest figures from the statistics office before you apply.",
    "Share prices fell 3% on Monday.",
    "Prices were higher at the time the survey was taken, the report found.",
    "Food prices are accurate indicators of drought, economists say.",
    "She decided to pin it to the noticeboard for later.",
    "She said she would pin it for later.",
    "Read our full review of the budget on page 4.",
    "Read my full statement to the council below.",
    "Der Verlag hat sich alle Rechte vorbehalten, sagte der Anwalt.",
    "De uitgever heeft zich alle rechten voorbehouden, zei de advocaat.",
    "Make a double batch. Save it for later.",
    "\"We need your help to keep going,\" said the food bank manager.",
    "We need your help to keep this project going, the organiser told the crowd.",
    "All rights to the film were reserved by the estate.",
    "Share prices fall",
    "Shares of the company rose 12 percent after the announcement.",
    "Comments from the minister were not available.",
    "Comments by the minister",
    "The charity asked readers to donate to its winter appeal.",
    "Donate blood, the Red Cross urged after the storm.",
    "Support my work on the bill, the senator told voters in Ohio.",
    "About the author of the report, little is known.",
    "Tagged as a flight risk, he was held without bail.",
    "By Anna Keller",
    "By Anna Keller and Tom Reyes, Associated Press",
    "Posted by Anna Keller",
    "March 3, 2024",
    "Updated March 3, 2024, 10:42 PM ET",
    "LONDON (Reuters) - British inflation fell to its lowest level in three years.",
    "Advertisement revenue fell for the third quarter in a row.",
    "Advertising giants face new privacy rules",
    "Cookies and cream ice cream is back on the menu.",
    "The court ruled that websites must ask before setting cookies.",
    "Subscribers to the streaming service will pay $2 more a month.",
    "Subscription fees rose across the industry last year.",
    "Newsletter publishers are turning to paid tiers.",
    "Sign up for flu shots opens next week at county clinics.",
    "Sign up for the marathon closes on Friday.",
    "Follow the money, the senator said.",
    "Follow the signs to the lower car park.",
    "Related costs were higher than expected.",
    "Recommended daily intake of vitamin D rises for older adults",
    "Most popular among younger voters was the housing plan.",
    "Most read books of the year were thrillers.",
    "Read more books, the librarian told the children.",
    "Next year the council will vote on the budget again.",
    "Previous attempts to fix the bridge failed.",
    "Home prices climbed for the fifth straight month.",
    "Back to school spending hit a record.",
    "Top officials met in Geneva on Tuesday.",
    "Reply deadlines for the consultation were extended.",
    "He did not reply to requests for comment.",
    "Photo finish decides the 100 metres final",
    "Photographs of the comet were taken from the summit.",
    "Image rights disputes are common among athletes.",
    "Credit card debt hit a record high in the second quarter.",
    "Copyright law is changing in the European Union.",
    "Copyright holders sued the platform in 2023.",
    "All rights to the film were sold to a streaming service.",
    "Terms of the deal were not disclosed.",
    "Privacy advocates criticised the new app.",
    "The app is available on the App Store and Google Play, the company said.",
    "Download speeds doubled after the upgrade.",
    "Legal experts said the ruling could be appealed.",
    "Sponsored by two senators, the bill passed the House.",
    "Already a member of NATO, Finland joined exercises in the north.",
    "Login problems hit the bank's customers for a second day.",
    "Register early: the venue only holds 300 people.",
    "Like many towns in the region, it lost its rail line in the 1960s.",
    "Email remains the most common route for phishing attacks.",
    "Print sales of the magazine fell by half.",
    "Tweets from the account were deleted on Tuesday.",
    "Members only learned of the closure on Friday.",
    "More from the interview will air on Sunday.",
    "Support for the measure fell to 41 percent.",
    "Support our troops, the banner read.",
    "Become a member of a gym and you are more likely to exercise, the study found.",
    "Join the conversation about the future of the high street at the town hall on Monday.",
    "Please donate any amount possible to the victims of the flood.",
    "Originally published in 1851, Moby-Dick sold poorly.",
    "Continue on the A30 until the roundabout.",
    "Skip the queues by booking online.",
    "Tags are attached to the birds' legs.",
    "Filed under seal, the documents were released on Monday.",
    "Page 3 of the report lists the victims.",
    "The museum reopens on Saturday after a two-year refurbishment.",
    "Report abuse to the police, the campaign urges victims.",
    "7 votes separated the two candidates.",
    "Prices are subject to change at short notice, the airline warned.",
    "Readers can subscribe to the newsletter, which is free.",
    "The club charges $30 for 3 months of access, members said.",
    "Found a mistake in the ledger, the auditor alerted the board.",
    "Topics discussed included trade and climate.",
    "Watch on as the team takes the field, the coach said.",
    "Source of the leak remains unknown, officials said.",
    # German
    "Die Kommentare des Ministers sorgten für Empörung.",
    "Anzeige gegen den Bürgermeister erstattet",
    "Nach der Anzeige ermittelt nun die Staatsanwaltschaft.",
    "Von Anna Keller",
    "Mehr zum Thema Rente will die Regierung im Herbst vorlegen.",
    "Teilen Sie Ihre Erfahrungen, bat die Polizei Zeugen.",
    "Werbung im Fernsehen wird teurer.",
    "Spenden für die Flutopfer übertreffen alle Erwartungen",
    "Das Foto zeigt den Kanzler beim Gipfel.",
    "Weiterlesen lohnt sich bei diesem Roman.",
    "Quelle der Daten ist das Statistische Bundesamt.",
    # French
    "Les commentaires du ministre ont suscité la polémique.",
    "Partager les richesses, réclament les syndicats.",
    "La publicité en ligne recule pour la première fois.",
    "Soutenir les agriculteurs reste une priorité du gouvernement.",
    "Par Anna Keller",
    "Source d'inquiétude pour les éleveurs, la sécheresse se prolonge.",
    # Spanish
    "Los comentarios del ministro provocaron críticas.",
    "Compartir coche es cada vez más popular en Madrid.",
    "La publicidad institucional creció un 12 %.",
    "Fuente de energía limpia, el sol gana terreno en España.",
    # Italian
    "I commenti del ministro hanno sollevato polemiche.",
    "La pubblicità online cresce del 5 per cento.",
    "Fonte di energia rinnovabile, il solare cresce ancora.",
    # Portuguese
    "Os comentários do ministro geraram polêmica.",
    "A publicidade digital cresceu no último ano.",
    # Russian
    "Комментарии министра вызвали критику.",
    "Реклама на телевидении подорожала на 10 процентов.",
    "Источник утечки до сих пор не установлен.",
    # Dutch
    "De reacties van de minister leidden tot ophef.",
    "Advertenties op sociale media worden duurder.",
    "Bron van de besmetting is nog onbekend.",
    # Polish
    "Komentarze ministra wywołały krytykę.",
    "Reklama w internecie drożeje.",
    "Źródło skażenia wody wciąż nie jest znane.",
    # Chinese: a phrase matches inside a run of characters, so these start with rule words
    "网友评论称，这项政策将影响数百万家庭。",
    "分享经济在中国城市迅速发展。",
    "广告收入连续三个季度下滑。",
    "版权所有者起诉了该视频平台。",
    "未经授权擅自进入军事管理区的人员将被依法处理。",
    "阅读全文之前，读者应先了解事件的背景。",
    "相关新闻发布会将于下周举行。",
    "首页改版后，网站访问量增加了一倍。",
    "订阅用户数量在第二季度首次出现下降。",
    # Japanese
    "アプリならではの機能が充実している。",
    "コメントを求めたが、同社は回答しなかった。",
    "広告収入は前年より減少した。",
    "関連記事を書いた記者が取材に応じた。",
    "ログインの不具合が二日間続いた。",
    "続きを読むと、意外な結末が待っている。",
    "有料会員になると広告が表示されなくなり、動画を高画質で視聴できるようになる。",
    # Korean
    "저작권자 단체들은 이번 판결을 환영했다.",
    "댓글 조작 사건에 대한 재판이 시작됐다.",
    "뉴스레터를 구독하는 독자가 늘고 있다.",
    "광고 시장이 3년 만에 반등했다.",
    # Turkish
    "Yorumlar üzerine bakanlık bir açıklama yaptı.",
    "Reklam gelirleri geçen yıl yüzde 12 arttı.",
    "Paylaşım ekonomisi büyük şehirlerde hızla yayılıyor.",
    "Abone sayısı iki katına çıktı, dedi şirket yetkilisi.",
    # Czech
    "Komentáře ministra vyvolaly kritiku opozice.",
    "Reklama v televizi zdražila o deset procent.",
    "Sdílení aut je ve velkých městech stále oblíbenější.",
    "Předplatné časopisu podražilo o čtvrtinu.",
    # Swedish
    "Genom att fortsätta bygga ut vindkraften når kommunen sina mål.",
    "Kommentarer från ministern väckte kritik.",
    "Annonsintäkterna minskade för tredje kvartalet i rad.",
    "Dela ut gratis frukost, föreslog skolans rektor.",
    # Ukrainian
    "Якщо вам подобається гуляти містом, оберіть цей маршрут.",
    "Коментарі міністра викликали критику.",
    "Реклама на телебаченні подорожчала на 10 відсотків.",
    "Допоможіть нам знайти зниклого хлопця, звернулася поліція до громадян.",
    # Arabic
    "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا.",
    "الإعلان عن نتائج الانتخابات سيتم غدا.",
    "شارك آلاف المتظاهرين في المسيرة يوم الجمعة.",
    "تابعنا تطورات القضية منذ بدايتها، قال المحامي.",
    # Persian
    "نظرات کارشناسان درباره این طرح متفاوت است.",
    "تبلیغات انتخاباتی از هفته آینده آغاز می‌شود.",
    "حمایت مالی دولت از کشاورزان افزایش یافت.",
    # Vietnamese
    "Hãy ủng hộ hàng Việt, người tiêu dùng được kêu gọi.",
    "Bình luận của bộ trưởng gây nhiều tranh cãi.",
    "Quảng cáo trên truyền hình tăng giá 10%.",
    "Đăng ký để nhận trợ cấp, người dân cần mang theo giấy tờ tùy thân.",
    # Indonesian
    "Jika Anda menyukai kuliner pedas, warung ini wajib dicoba.",
    "Bantu kami menemukan anak yang hilang, kata polisi kepada warga.",
    "Komentar menteri itu memicu kritik dari oposisi.",
    "Iklan politik dilarang selama masa tenang.",
    # Quoted appeals and offers in news prose: they share the openings of the foot-of-article
    # formulas ("Faites un don", "Hazte socio", "Has alcanzado el límite de") but are reported speech.
    "Your contribution helps explain why the project succeeded, the professor told her students.",
    "We rely on donations from the public, the shelter's director said, and those have fallen sharply.",
    "The parking garage is available only to subscribers of the city's transit pass.",
    "The new streaming tier, the company said, is offered exclusively to subscribers.",
    "Don't miss a story like this one, the editor wrote in a memo to staff.",
    "Readers like you make mistakes too, the columnist admitted.",
    "Your support helps the charity reach more families, the minister told donors at the gala.",
    "Scammers send fake invoices that look like bills delivered to your inbox.",
    "Unabhängiger Journalismus kostet Geld, sagte der Verleger bei der Jahrestagung in Berlin.",
    "Werden Sie Teil unserer Stadtgeschichte, rief der Bürgermeister den Gästen zu.",
    "Bleiben Sie informiert über Unwetter, rät der Deutsche Wetterdienst allen Autofahrern.",
    "Jetzt abonnieren und sparen, lautete der Werbespruch des Verlags, den die Verbraucherzentrale abmahnte.",
    "Has alcanzado el límite de velocidad, advierte la nueva señal de la DGT.",
    "Colabora con nosotros, pidió la policía a los vecinos del barrio tras el robo.",
    "Hazte socio del club y paga la mitad, anunció el presidente del Betis.",
    "Prueba gratis el nuevo tren, invitó la alcaldesa a los vecinos.",
    "La piscina municipal es exclusiva para socios y el gimnasio, exclusivo para suscriptores del bono.",
    "Faites un don du sang, a lancé l'Établissement français du sang face à la pénurie.",
    "Votre soutien est essentiel, a déclaré le candidat à ses électeurs réunis à Lyon.",
    "Vous avez atteint la limite de vitesse autorisée, indique le nouveau panneau.",
    "Essayez gratuitement les transports en commun ce week-end, propose la métropole.",
    "Fai una donazione di sangue, è l'appello dell'Avis per l'estate.",
    "Hai raggiunto il limite di velocità, segnala il nuovo cartello in autostrada.",
    "Prova gratis la nuova linea di autobus, invita il sindaco.",
    "Faça uma doação de sangue, pede o hemocentro diante dos estoques baixos.",
    "Você atingiu o limite de velocidade, avisa o novo radar da avenida.",
    "Seja assinante do clube e pague menos, diz a diretoria do Flamengo.",
    "Word lid van de vakbond, riep de voorzitter de stakers toe.",
    "Doneer bloed, vraagt Sanquin nu de voorraad laag is.",
    "Probeer gratis de nieuwe bus, zegt de wethouder tegen de inwoners.",
    "Ontvang elke maand een vergoeding, belooft de gemeente aan mantelzorgers.",
    "続きは会見で説明すると述べた。",
    "今なら間に合うと首相は語った。",
    "支持独立新闻的法案周二在议会获得通过。",
    "Bu içerik yalnızca aboneler için değil, herkes için ücretsiz olacak, dedi bakan.",
    "Les enfants devront attendre l'été pour lire la suite.",
    "Le parking du stade est réservé à nos abonnés, précise le club.",
    "La nueva función de la aplicación estará disponible solo para suscriptores.",
    "El nuevo canal será exclusivo para suscriptores de la plataforma.",
    "O novo recurso do aplicativo será exclusivo para assinantes do plano premium.",
    "Il nuovo servizio di streaming è riservato agli abbonati.",
    "De nieuwe functie is alleen beschikbaar voor abonnees.",
    "The service launches in Canada, where users can subscribe today.",
    "Cadastre-se para receber a vacina, orienta a prefeitura.",
    "Mit einem Abo sparen Pendler bis zu 30 Prozent, teilte der Verkehrsverbund mit.",
    "Chaque don compte, rappelle l'association aux habitants.",
    "Ogni contributo conta, ha detto il sindaco ai volontari.",
    "Assinantes têm acesso a descontos no estádio, diz o clube.",
    "Doe qualquer valor à campanha, pede a Cruz Vermelha.",
    "Únete a la protesta, pidieron los sindicatos a los trabajadores.",
    "Si quieres seguir viviendo aquí, paga el alquiler, le dijo el casero.",
    "Werden Sie Teil der Lösung, forderte die Ministerin die Industrie auf.",
    "Hier können Sie sich über die Baustelle informieren, schreibt die Stadt.",
    "Accedi al portale per prenotare il vaccino, spiega la Regione.",
    "Schrijf je in voor de loting, adviseert de gemeente studenten.",
    "Spenden Sie für die Flutopfer, appelliert der Bundespräsident.",
    "Lee sin límites, recomienda la bibliotecaria a los niños.",
    "Sostieni il giornalismo locale, ha chiesto il presidente dell'Ordine.",
    "Haz tu aportación al plan de pensiones antes del 31 de diciembre, aconsejan los expertos.",
    "Danke, dass Sie gekommen sind, sagte die Bürgermeisterin zur Eröffnung.",
    "Bitte unterstützen Sie uns mit Hinweisen, bittet die Polizei.",
    "Sostieni il nostro lavoro, chiedono i sindacati dei rider.",
    "Votre abonnement au club de sport sera remboursé, promet le maire.",
    "Steun onze boeren, riepen de demonstranten in Den Haag.",
    # the words of introductory offers, in an article's own sentences
    "Die Pflegekräfte arbeiteten zwei Wochen für 400 Euro, berichtet die Gewerkschaft.",
    "El primer mes a 40 grados dejó cosechas perdidas en toda la provincia.",
    "Il primo mese per i nuovi iscritti è gratuito, ha spiegato il direttore della palestra.",
    "O primeiro mês por conta da empresa foi pago em atraso, dizem os trabalhadores.",
    "Pierwszy miesiąc za granicą był dla niej najtrudniejszy.",
    "Första månaden för de nyanlända präglades av väntan på besked.",
    "De eerste maand voor de nieuwe burgemeester verliep onrustig.",
    "Klanten kunnen volgens de rechter hun contract niet maandelijks opzeggen.",
    # the words of podcast prompts and read-on offers, in an article's own sentences
    "Keine Folge der Serie wurde im Ausland gedreht.",
    "Die Hörer abonnieren den Podcast vor allem über Spotify, sagt die Produzentin.",
    "Subskrybowali nasz kanał głównie młodzi widzowie, mówi autorka.",
    "Nie przegapiła żadnego odcinka serialu od 1998 roku.",
    "Lyssnarna prenumererar på podden främst via Spotify.",
    "Prenumeranterna fick läsa vidare gratis under strejken, enligt förlaget.",
    "Assinantes do jornal podem continuar a ler as edições antigas, diz a empresa.",
    # the words of paywall, podcast and channel prompts in an article's own sentences
    "Předplatné už máte zaplacené do konce roku, připomněla pojišťovna klientům.",
    "Подписка уже есть у трети жителей города, сообщил оператор.",
    "Berlangganan layanan streaming sekarang makin mahal, kata pengamat.",
    "Podcast ini didengarkan ribuan orang di Spotify setiap minggu.",
    "Kênh YouTube của trường đã đạt một triệu lượt đăng ký.",
    "我们的播客团队去年走访了十二个城市。",
    "유튜브 채널 운영자들이 새로운 수익 정책에 반발했다.",
    "Он попросил оставить свой email у секретаря, чтобы получить ответ.",
    "Học sinh có thể đăng ký ngay tại trường từ thứ Hai, ông Minh cho biết.",
    "官方称，用户可以立即注册新账户并领取补贴。",
    "Platformun dijital abonelik ücretleri bu ay yüzde 20 arttı.",
    "Người dân mua gói cước 4G nhiều hơn trong mùa lũ.",
    "The studio's founders said most fans who back them on Patreon live abroad.",
    "Le podcast de la mairie est écouté surtout sur Spotify, selon l'adjointe.",
    "El podcast de la cofradía ya suma diez mil escuchas en Spotify.",
    "Их подкаст о море слушают в основном на YouTube, говорит автор.",
    # Hindi: a town's budget news, a messaging app's channels, a quote about donations
    "नगर निगम ने कहा कि सभी नागरिक नए नियमों को फॉलो करें और समय पर कर जमा करें।",
    "कंपनी के अनुसार व्हाट्सएप चैनल की सुविधा अब देश के सभी उपयोगकर्ताओं के लिए उपलब्ध है।",
    "मंत्री ने कहा, \"जो लोग सक्षम हैं वे बाढ़ पीड़ितों के लिए दान करें।\"",
    "स्कूल के प्रधानाचार्य ने बताया कि छात्रों ने यह भी पढ़ें कि पानी कैसे बचाया जाए, इस पर एक निबंध लिखा।",
    # Danish, Norwegian, Finnish, Romanian, Hungarian, Greek, Hebrew, Thai, Bengali
    "Byrådet vil følge op på klagerne og dele resultatet med borgerne i næste uge.",
    "Kommunen sa at alle som vil støtte flyktningene kan gi et bidrag til Røde Kors.",
    "Kaupunginvaltuusto kertoi, että uusi silta tilaa ensi vuonna enemmän raskasta liikennettä.",
    "Primarul a spus că toate drepturile locatarilor vor fi respectate în timpul lucrărilor.",
    "A polgármester szerint a város minden lakója támogatja az új híd építését.",
    "Ο δήμαρχος είπε ότι τα σχόλια των κατοίκων θα ληφθούν υπόψη στο νέο σχέδιο.",
    "ראש העירייה אמר כי כל הזכויות של התושבים יישמרו במהלך העבודות.",
    "นายกเทศมนตรีกล่าวว่าความคิดเห็นของประชาชนจะถูกนำไปพิจารณาในแผนใหม่",
    "মেয়র বলেন, নতুন সেতু নিয়ে নাগরিকদের মন্তব্য গুরুত্ব দিয়ে দেখা হবে।",
]


def _fixture_content_lines() -> list[str]:
    """Every non-blank line of the fixtures' expected outputs: text the cleaner must keep."""
    if not FIXTURE_TEXT.is_dir():
        return []
    lines: list[str] = []
    for path in sorted(FIXTURE_TEXT.glob("*.expected.txt")):
        bodies = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        groups = paragraphs(bodies)
        if groups is None:
            lines.extend(body for body in bodies if body)
        else:  # a hard-wrapped fixture: its paragraphs are what the rules are matched against
            lines.extend(" ".join(bodies[k] for k in group) for group in groups)
    return lines


FIXTURE_CONTENT = _fixture_content_lines()
RULESET = RuleSet(RULES)


def removes(ruleset: RuleSet, line: str) -> Rule | None:
    """The rule that would remove *line* on its own, with the engine's length limit."""
    match = ruleset.match(line)
    if match is None:
        return None
    if match.rule.kind is not Kind.EXACT and line_shape(line.strip()) >> 1 > MAX_RULE_LINE_WORDS:
        return None
    return match.rule


def test_tricky_content_list_is_large_and_multilingual() -> None:
    assert len(TRICKY_CONTENT) >= 60
    assert len(set(TRICKY_CONTENT)) == len(TRICKY_CONTENT)


@pytest.mark.parametrize("line", TRICKY_CONTENT)
def test_no_rule_matches_tricky_content(line: str) -> None:
    rule = removes(RULESET, line)
    assert rule is None, f"{rule.rule_id if rule else ''} ({rule.pattern if rule else ''}) removes {line!r}"


@pytest.mark.skipif(not FIXTURE_CONTENT, reason=f"no fixture texts in {FIXTURE_TEXT}")
@pytest.mark.parametrize("line", FIXTURE_CONTENT, ids=lambda s: s[:40])
def test_no_rule_matches_fixture_article_line(line: str) -> None:
    rule = removes(RULESET, line)
    assert rule is None, f"{rule.rule_id if rule else ''} ({rule.pattern if rule else ''}) removes {line!r}"


# --- the rules do catch what they are for -------------------------------------------------------

#: One typical boilerplate line per category and language, so a broken file cannot pass silently.
BOILERPLATE = [
    ("Support independent journalism", "donation"),
    # copyright notices that forbid copying, and a paywall's reason, in the words each language prints
    ("저작권자 © 한빛일보 무단전재 및 재배포 금지", "legal"),
    ("ⓒ 한빛일보(www.hanbit.co.kr), 무단전재 및 재배포 금지", "legal"),
    ("本文为海港日报原创，未经许可不得转载。", "legal"),
    ("この記事をXでシェアする", "social"),
    ("Masuk atau daftar untuk melanjutkan membaca artikel ini.", "paywall"),
    ("Para continuar a ler, torne-se assinante por apenas 1 euro no primeiro mês.", "paywall"),
    ("Jetzt kostenlos anmelden und keine Ausgabe mehr verpassen.", "subscribe"),
    ("Masz już subskrypcję? Zaloguj się.", "paywall"),
    # a newsletter box's fine print, leaving at any time, and a lone donation button
    ("Odběr newsletteru můžete kdykoli zrušit.", "subscribe"),
    ("Langganan newsletter gratis, bisa berhenti kapan saja.", "subscribe"),
    ("Puoi annullare l'iscrizione alla newsletter in qualsiasi momento.", "subscribe"),
    ("メルマガはいつでも配信停止できます。", "subscribe"),
    ("您可以随时取消订阅。", "subscribe"),
    ("Відписатися від розсилки можна будь-коли.", "subscribe"),
    ("捐款", "donation"),
    ("(To donate to the Harbour Courier, click here)", "donation"),
    # a metered paywall's count, a podcast's listening prompt, a tip jar, a portal's subscribe prompt
    ("Te quedan 2 artículos gratuitos este mes.", "paywall"),
    ("Sie haben noch 2 kostenlose Artikel in diesem Monat.", "paywall"),
    ("Je hebt nog 2 gratis artikelen deze maand.", "paywall"),
    ("Zostało Ci 3 darmowe artykuły w tym miesiącu.", "paywall"),
    ("Bu ay 3 ücretsiz haber hakkınız kaldı.", "paywall"),
    ("Escucha nuestro pódcast en Spotify.", "subscribe"),
    ("Hören Sie unseren Podcast auf Spotify.", "subscribe"),
    ("Luister naar onze podcast op Spotify.", "subscribe"),
    ("Retrouvez tous nos podcasts sur Spotify et Apple Podcasts.", "subscribe"),
    ("Lubisz nasze teksty? Postaw nam kawę.", "donation"),
    ("Dołącz do nas na Facebooku.", "social"),
    ("구독과 좋아요, 알림 설정 부탁드립니다.", "social"),
    ("네이버에서 한빛일보를 구독하세요.", "social"),
    ("Staňte se naším předplatitelem.", "paywall"),
    ("Zaregistrujte se a čtěte dál.", "paywall"),
    ("Předplatné od 99 Kč měsíčně.", "paywall"),
    ("Přispějte na provoz webu.", "donation"),
    ("Chcete dostávat nejdůležitější zprávy dne? Přihlaste se k odběru.", "subscribe"),
    ("Berlangganan untuk membaca artikel selengkapnya.", "paywall"),
    ("Terima kasih atas dukungan Anda.", "donation"),
    ("Registrati gratis per continuare a leggere.", "paywall"),
    ("Scarica la nostra app e resta sempre aggiornato.", "app"),
    ("Support The Harbour Courier from as little as $1 – it only takes a minute. Thank you.", "donation"),
    ("This story is free to read because readers choose to support us.", "donation"),
    ("Keep local news alive. Give today.", "donation"),
    ("Please consider a tax-deductible donation.", "donation"),
    ("Help us reach 1,000 new members by December 31.", "donation"),
    ("Love our newsletter? Forward it to a friend.", "subscribe"),
    ("Listen on Apple Podcasts", "subscribe"),
    ("Not a subscriber yet? Sign up here.", "paywall"),
    ("Subscribe to The Courier for just $1 a week.", "paywall"),
    ("Hit the bell icon so you never miss a video.", "social"),
    ("Підписуйтеся на нашу щотижневу розсилку.", "subscribe"),
    ("点击关注，获取更多精彩内容。", "social"),
    ("扫码关注我们的公众号。", "social"),
    ("喜欢就请打赏支持一下吧。", "donation"),
    ("成为付费会员，畅读全部文章。", "paywall"),
    ("記事の続きは有料会員登録で読めます。", "paywall"),
    ("フォローして最新記事をチェック！", "social"),
    ("読者の皆さまからのご支援をお待ちしています。", "donation"),
    ("Ge ett bidrag", "donation"),
    ("会員登録（無料）", "paywall"),
    ("この記事はメンバー限定です。", "paywall"),
    ("最新情報はメルマガでお届けします。", "subscribe"),
    ("クラウドファンディングにご協力ください。", "donation"),
    ("感谢您的支持！", "donation"),
    ("免费注册即可阅读全文。", "paywall"),
    ("후원 회원이 되어 주세요.", "donation"),
    ("독자 여러분의 관심과 후원 부탁드립니다.", "donation"),
    ("로그인하고 기사 전문을 읽어보세요.", "paywall"),
    ("Daftar gratis untuk membaca artikel ini.", "paywall"),
    ("Ricevi la newsletter ogni settimana.", "subscribe"),
    ("Apóyanos", "donation"),
    ("Unterstützen", "donation"),
    ("Bli prenumerant och läs allt för 1 kr första månaden.", "paywall"),
    ("Czytaj bez ograniczeń z subskrypcją cyfrową.", "paywall"),
    ("برای دریافت خبرنامه ایمیل خود را وارد کنید.", "subscribe"),
    ("Получайте нашу рассылку каждую пятницу.", "subscribe"),
    ("Cet article est paru dans notre newsletter « Le Port du lundi ».", "subscribe"),
    ("Станьте подписчиком и читайте все материалы без ограничений.", "paywall"),
    ("Bu içerik yalnızca abonelerimize özeldir.", "paywall"),
    ("Chia sẻ bài viết này với bạn bè của bạn.", "social"),
    ("週刊ニュースレター「港だより」の配信登録はこちら。", "subscribe"),
    ("YouTubeチャンネルでは動画を毎週配信中です。ぜひチャンネル登録を。", "social"),
    ("公式LINEを友だち追加して、最新情報を受け取ろう。", "social"),
    ("Become a member today", "donation"),
    ("Independent journalism needs your support.", "donation"),
    ("Sign up for our newsletter", "subscribe"),
    ("Subscribe to continue reading", "paywall"),
    ("Already a subscriber? Sign in", "paywall"),
    ("This article is for subscribers only", "paywall"),
    ("Share this article", "social"),
    ("Follow us on Twitter", "social"),
    ("1,204 shares", "social"),
    ("» Read More…", "navigation"),
    ("Skip to content", "navigation"),
    ("Back to top", "navigation"),
    ("You may also like", "related"),
    ("Related stories", "related"),
    ("52 comments", "comments"),
    ("Leave a reply", "comments"),
    ("Log in to reply", "comments"),
    ("Sort by: newest", "comments"),
    ("Advertisement", "ads"),
    ("Story continues below advertisement", "ads"),
    ("We use cookies to improve your experience on our site.", "cookie"),
    ("Accept all cookies", "cookie"),
    ("© 2024 Example Media Ltd.", "legal"),
    ("All rights reserved.", "legal"),
    ("Privacy Policy | Terms of Use", "legal"),
    ("Photograph: Anna Keller/The Example", "credit"),
    ("Image: John Smith / Getty Images", "credit"),
    ("This article first appeared on Example News.", "syndication"),
    ("Republished with permission.", "syndication"),
    ("Download our app", "app"),
    ("Jetzt spenden", "donation"),
    ("Anzeige", "ads"),
    ("Kommentare", "comments"),
    ("Weiterlesen", "navigation"),
    ("Mehr zum Thema", "related"),
    ("Jetzt abonnieren", "subscribe"),
    ("Alle Rechte vorbehalten.", "legal"),
    ("Foto: dpa", "credit"),
    ("Faites un don", "donation"),
    ("Lire aussi : la réforme des retraites", "related"),
    ("12 commentaires", "comments"),
    ("Dona ahora", "donation"),
    ("Todos los derechos reservados.", "legal"),
    ("Lascia un commento", "comments"),
    ("Leia também", "related"),
    ("Читайте также", "related"),
    ("Подпишитесь на рассылку", "subscribe"),
    ("Lees meer", "navigation"),
    ("Czytaj więcej", "navigation"),
    # Kinds of boilerplate seen leaking on today's pages: affiliate disclosures, calls to action,
    # newsletter boxes that speak of the inbox, membership and account notices, channel prompts.
    ("Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
     "ads"),
    ("Disclosure: This post contains links to products I love.", "ads"),
    ("Request a quote", "ads"),
    ("The Morning Brief: sign up to get it in your inbox.", "subscribe"),
    ("Want more kitchen advice? Sign up for our newsletter, The Weeknight Table.", "subscribe"),
    ("Stay in the loop with our weekly newsletter.", "subscribe"),
    ("Your support makes our reporting possible. Donate now.", "donation"),
    ("Pin it for later", "social"),
    ("*** Follow me on Instagram, YouTube or Facebook for a daily moment of travel inspiration ***", "social"),
    ("Jetzt Mitglied werden und guten Journalismus unterstützen", "donation"),
    ("Hier können Sie unseren Newsletter abonnieren.", "subscribe"),
    ("Abonniere unseren YouTube-Kanal!", "subscribe"),
    ("Inscrivez-vous à notre lettre d'information.", "subscribe"),
    ("Faites un don pour soutenir notre rédaction.", "donation"),
    ("Si ya eres suscriptor, inicia sesión para seguir leyendo.", "paywall"),
    ("Suscríbete a nuestro canal de YouTube", "subscribe"),
    ("チャンネル登録お願いします", "social"),
    # A contents box's label, show-notes follow prompts, an author-follow box, a form's consent
    # line broken in two, an affiliate disclosure of a comparison site.
    ("Table of Contents", "navigation"),
    ("Inhaltsverzeichnis", "navigation"),
    ("Table des matières", "navigation"),
    ("Sommaire", "navigation"),
    ("Tabla de contenidos", "navigation"),
    ("Spis treści", "navigation"),
    ("Blog Index", "navigation"),
    ("Help us spread the word about this show!", "social"),
    ("Join us on Instagram: @harbourbakery", "social"),
    ("Join our Facebook group - https://facebook.com/groups/example-quilters", "social"),
    ("Get Priya Raman's stories in your inbox", "subscribe"),
    ("Get an email whenever Priya Raman publishes.", "subscribe"),
    ("Subscribe to us", "subscribe"),
    ("and agree to our Terms of Use and Privacy Notice.", "subscribe"),
    ("ExampleRates.com is supported by commissions from the lenders listed on this page.", "ads"),
    ("This review includes affiliate links.", "ads"),
    ("Some of the links in this guide are affiliate links.", "ads"),
    ("We earn a commission when you buy through links on our site.", "ads"),
    ("Harbour Finance has a disclosure policy.", "ads"),
    ("Prevent your screen from going dark while you bake", "navigation"),
    ("Listen to this article in two minutes", "navigation"),
    ("Read This Next", "related"),
    ("Receive the latest product news and case studies in your inbox.", "subscribe"),
    ("Weekly recipes dropped straight into your inbox.", "subscribe"),
    ("| Cookie | Duration | Description |", "cookie"),
    ("| _ga_example | 1 year 1 month | Set by the analytics service; the cookie stores a random id. |", "cookie"),
    ("| session_pref | session | This cookie remembers the language a visitor chose. |", "cookie"),
    ("You'll Also Love...", "related"),
    ("Want more garden projects? Let's hang out on Instagram!", "social"),
    ("Be sure to follow me on social media for new patterns every week.", "social"),
    # Lone appeal, newsletter and paywall lines at an article's foot, in their fixed formulas.
    ("Chip in $5 today.", "donation"),
    ("Your contribution helps keep our newsroom independent.", "donation"),
    ("We rely on donations from readers to fund our work.", "donation"),
    ("Give a gift subscription this holiday season.", "paywall"),
    ("This story is available exclusively to subscribers.", "paywall"),
    ("Subscribe for just $1 a week.", "paywall"),
    ("Don't miss a story: sign up for our newsletter.", "subscribe"),
    ("Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag.", "donation"),
    ("Mit Ihrer Spende ermöglichen Sie kritische Berichterstattung.", "donation"),
    ("Jetzt abonnieren und alle Artikel lesen.", "paywall"),
    ("Testen Sie jetzt 4 Wochen kostenlos.", "paywall"),
    ("Bleiben Sie informiert: Abonnieren Sie unseren Newsletter.", "subscribe"),
    ("Has alcanzado el límite de artículos gratuitos de este mes.", "paywall"),
    ("Este contenido es exclusivo para suscriptores.", "paywall"),
    ("Haz una donación y ayúdanos a seguir informando.", "donation"),
    ("Apúntate a nuestro boletín diario.", "subscribe"),
    ("Soutenez une presse indépendante : faites un don dès aujourd'hui.", "donation"),
    ("Essayez gratuitement pendant un mois, sans engagement.", "paywall"),
    ("Vous avez atteint la limite d'articles gratuits.", "paywall"),
    ("Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.", "subscribe"),
    ("Questo contenuto è riservato agli abbonati.", "paywall"),
    ("Hai raggiunto il limite di articoli gratuiti.", "paywall"),
    ("Ricevi le ultime notizie nella tua casella di posta.", "subscribe"),
    ("Fai una donazione per sostenere l'informazione libera.", "donation"),
    ("Você atingiu o limite de matérias gratuitas.", "paywall"),
    ("Faça uma doação e ajude a manter o jornalismo independente.", "donation"),
    ("Este artigo é exclusivo para assinantes.", "paywall"),
    ("Dit artikel is alleen beschikbaar voor abonnees.", "paywall"),
    ("Probeer nu 1 maand gratis.", "paywall"),
    ("Ontvang elke ochtend het belangrijkste nieuws in je mailbox.", "subscribe"),
    ("Word lid en steun onze journalistiek.", "donation"),
    ("Loved these ideas? Pin it for later!", "social"),
    ("Read our full Acme Phone 5 Pro review", "navigation"),
    ("Enjoyed this piece? We need your help to keep publishing.", "donation"),
    ("We need your support to keep our journalism independent.", "donation"),
    ("Prices are accurate as of publication but may change.", "legal"),
    ("Prices were accurate at the time this story was published.", "legal"),
    ("© 2025 Example Media Ltd. All rights reserved.", "legal"),
    ("© 2025 Beispiel Verlag GmbH. Alle Rechte vorbehalten.", "legal"),
    ("© 2025 Exemple Médias. Tous droits réservés.", "legal"),
    ("© 2025 Ejemplo Medios. Todos los derechos reservados.", "legal"),
    # introductory subscription offers: the first weeks or month for a small price, cancelled at will
    ("Jetzt zwei Wochen für 0,99 € testen.", "paywall"),
    ("Jetzt E-Paper-Abo abschließen und alle Ausgaben lesen.", "paywall"),
    ("Primer mes a 1 €, después 9,99 € al mes.", "paywall"),
    ("Sin permanencia: cancela cuando quieras.", "paywall"),
    ("Primo mese per 0,99 euro, poi 5,99 euro al mese.", "paywall"),
    ("Nessun vincolo, disdici in qualsiasi momento.", "paywall"),
    ("Primeiro mês por 1 euro, depois 6 euros por mês.", "paywall"),
    ("Sem fidelização: cancele a qualquer momento.", "paywall"),
    ("Pierwszy miesiąc za 4,90 zł, potem 19,90 zł miesięcznie.", "paywall"),
    ("Bez zobowiązań, możesz zrezygnować w dowolnym momencie.", "paywall"),
    ("Första månaden kostar bara 9 kr.", "paywall"),
    ("Ingen bindningstid, du kan säga upp när du vill.", "paywall"),
    ("De eerste maand voor € 1, daarna € 12,99.", "paywall"),
    ("Onbeperkt lezen, maandelijks opzegbaar.", "paywall"),
    # a podcast's or channel's subscribe prompt, and a subscription to read on
    ("Keine Folge mehr verpassen: jetzt überall, wo es Podcasts gibt.", "subscribe"),
    ("Abonnieren Sie unseren Podcast in Ihrer Lieblings-App.", "subscribe"),
    ("Abonneer je op ons kanaal voor nieuwe video's.", "subscribe"),
    ("Subskrybuj nasz podcast w swojej aplikacji.", "subscribe"),
    ("Nie przegap kolejnego odcinka!", "subscribe"),
    ("Prenumerera på vår podd där du lyssnar.", "subscribe"),
    ("Missa inget avsnitt – följ oss i appen.", "subscribe"),
    ("Wykup prenumeratę, by czytać dalej.", "paywall"),
    ("Assine já para continuar lendo.", "paywall"),
    ("Prenumerera och läs vidare", "paywall"),
    # a subscriber asked to log in, a call to subscribe now, a podcast's or channel's prompt naming
    # its platforms, a newsletter box asking for the address, a donation by QR code
    ("Už máte předplatné? Přihlaste se k odběru novinek.", "paywall"),
    ("Уже есть подписка? Войдите в личный кабинет.", "paywall"),
    ("Оформите подписку, чтобы читать архив журнала.", "paywall"),
    ("已经是会员？点此登录", "paywall"),
    ("قبلاً مشترک شده‌اید؟ وارد حساب خود شوید.", "paywall"),
    ("اشترك الآن لقراءة الأرشيف كاملا.", "paywall"),
    ("Berlangganan sekarang dan baca tanpa iklan.", "paywall"),
    ("Sledujte náš podcast o vědě na Spotify.", "subscribe"),
    ("Simak podcast kami setiap Senin di Spotify atau YouTube.", "subscribe"),
    ("Nghe podcast của chúng tôi mỗi tuần trên YouTube.", "subscribe"),
    ("Đăng ký kênh TikTok của chúng tôi để xem thêm.", "subscribe"),
    ("收听我们的播客节目《城市之声》", "subscribe"),
    ("پادکست ما را هر هفته در یوتیوب ببینید.", "subscribe"),
    ("카카오톡 채널 추가하고 소식 받기", "social"),
    ("Хотите получать новости первыми? Оставьте свой email", "subscribe"),
    ("扫码赞助我们的独立报道", "donation"),
    # a newsletter's promise closed by its button's words or a request for the address
    ("Bản tin sáng gửi đến hộp thư của bạn lúc 6 giờ. Đăng ký ngay", "subscribe"),
    ("每天早上八点，把当日要闻送到您的邮箱。立即注册", "subscribe"),
    ("خلاصه خبرهای روز را هر شب در ایمیل خود بخوانید. همین حالا ثبت‌نام کنید.", "subscribe"),
    ("نشرة يومية بأهم الأخبار كل مساء. سجل بريدك الآن", "subscribe"),
    # a call to take a digital subscription, a Patreon appeal after a question
    ("Haberlere kesintisiz ulaşmak için dijital aboneliğinizi başlatın.", "paywall"),
    ("Mua gói đọc báo điện tử chỉ từ 2.000 đồng mỗi ngày.", "paywall"),
    ("اشتراک دیجیتال بگیرید و آرشیو کامل را ببینید.", "paywall"),
    ("Enjoying the newsletter? Join us on Patreon for early episodes.", "donation"),
    # a podcast's listening prompt naming its platforms
    ("Écoutez notre podcast sur les marées sur Spotify ou Deezer.", "subscribe"),
    ("Escucha nuestro podcast semanal en iVoox y Spotify.", "subscribe"),
    ("Ascolta il nostro podcast sulle isole su Spotify.", "subscribe"),
    ("Ouça o nosso podcast sobre o mar no Spotify.", "subscribe"),
    ("Слушайте наш подкаст о море в Яндекс Музыке.", "subscribe"),
    ("Слухайте наш подкаст про море на YouTube.", "subscribe"),
    ("Podcast'imizi her salı Spotify'da dinleyin.", "subscribe"),
    ("저희 팟캐스트는 매주 스포티파이에서 들을 수 있습니다.", "subscribe"),
    ("استمعوا إلى بودكاستنا كل أسبوع على سبوتيفاي.", "subscribe"),
]

#: The main categories, each with a typical line in every new language: (language, line, category).
MAIN_CATEGORIES = ("donation", "subscribe", "paywall", "social", "navigation", "related", "comments", "cookie", "legal")
NEW_LANGUAGE_BOILERPLATE = [
    # Chinese
    ("zh", "【阅读全文】", "navigation"),
    ("zh", "相关阅读：江城启动城市更新三年行动计划", "related"),
    ("zh", "版权所有 © 2025 江城日报社", "legal"),
    ("zh", "12条评论", "comments"),
    ("zh", "分享到微信", "social"),
    ("zh", "本网站使用Cookie来改善您的浏览体验。", "cookie"),
    ("zh", "立即订阅", "subscribe"),
    ("zh", "本文为付费内容", "paywall"),
    ("zh", "赞赏作者", "donation"),
    # Japanese
    ("ja", "続きを読む", "navigation"),
    ("ja", "【関連記事】地方路線の赤字、全国で拡大", "related"),
    ("ja", "この記事は有料会員限定です。", "paywall"),
    ("ja", "有料会員になると続きをお読みいただけます。", "paywall"),
    ("ja", "メルマガ登録はこちら", "subscribe"),
    ("ja", "12件のコメント", "comments"),
    ("ja", "当サイトではクッキーを使用しています。", "cookie"),
    ("ja", "記事・写真の無断転載を禁じます", "legal"),
    ("ja", "この記事をシェアする", "social"),
    ("ja", "寄付で応援する", "donation"),
    # Korean
    ("ko", "더보기", "navigation"),
    ("ko", "[관련기사] 전통시장 상품권 환급 행사 연장", "related"),
    ("ko", "댓글 12", "comments"),
    ("ko", "저작권자 © 한국일보 무단전재 및 재배포 금지", "legal"),
    ("ko", "뉴스레터 구독하기", "subscribe"),
    ("ko", "공유하기", "social"),
    ("ko", "후원하기", "donation"),
    ("ko", "이 웹사이트는 쿠키를 사용합니다.", "cookie"),
    ("ko", "이미 회원이신가요? 로그인", "paywall"),
    # Turkish
    ("tr", "Devamını oku", "navigation"),
    ("tr", "İLGİLİ HABERLER", "related"),
    ("tr", "Yorumlar (5)", "comments"),
    ("tr", "Tüm hakları saklıdır.", "legal"),
    ("tr", "Bültenimize abone olun", "subscribe"),
    ("tr", "BU HABERİ PAYLAŞ", "social"),
    ("tr", "Bağış yap", "donation"),
    ("tr", "Sitemizde çerezler kullanılmaktadır.", "cookie"),
    ("tr", "Zaten abone misiniz? Giriş yapın", "paywall"),
    # Czech
    ("cs", "Číst dál", "navigation"),
    ("cs", "Čtěte také: Kraj letos opraví silnice", "related"),
    ("cs", "12 komentářů", "comments"),
    ("cs", "Všechna práva vyhrazena.", "legal"),
    ("cs", "Odebírat newsletter", "subscribe"),
    ("cs", "Sdílet na Facebooku", "social"),
    ("cs", "Podpořte nás", "donation"),
    ("cs", "Tento web používá soubory cookie.", "cookie"),
    ("cs", "Tento článek je dostupný pouze pro předplatitele.", "paywall"),
    # Swedish
    ("sv", "Läs mer", "navigation"),
    ("sv", "Läs också: Simhallen stänger för renovering", "related"),
    ("sv", "3 kommentarer", "comments"),
    ("sv", "Alla rättigheter förbehållna", "legal"),
    ("sv", "Prenumerera på vårt nyhetsbrev", "subscribe"),
    ("sv", "Följ oss på Instagram", "social"),
    ("sv", "Stöd oss", "donation"),
    ("sv", "Vi använder cookies för att förbättra din upplevelse.", "cookie"),
    ("sv", "Redan prenumerant? Logga in", "paywall"),
    # Ukrainian
    ("uk", "Читати далі", "navigation"),
    ("uk", "Читайте також: Уряд оновив вимоги до укриттів", "related"),
    ("uk", "12 коментарів", "comments"),
    ("uk", "Усі права захищено.", "legal"),
    ("uk", "Підпишіться на розсилку", "subscribe"),
    ("uk", "Поділитися", "social"),
    ("uk", "Підтримайте незалежну журналістику", "donation"),
    ("uk", "Цей сайт використовує файли cookie.", "cookie"),
    ("uk", "Лише для передплатників", "paywall"),
    # Arabic
    ("ar", "اقرأ المزيد", "navigation"),
    ("ar", "اقرأ أيضاً: ارتفاع صادرات الخضروات", "related"),
    ("ar", "5 تعليقات", "comments"),
    ("ar", "جميع الحقوق محفوظة © 2025", "legal"),
    ("ar", "اشترك في النشرة البريدية", "subscribe"),
    ("ar", "تابعونا على تويتر", "social"),
    ("ar", "تبرع الآن", "donation"),
    ("ar", "يستخدم هذا الموقع ملفات تعريف الارتباط", "cookie"),
    ("ar", "هل أنت مشترك بالفعل؟ سجل الدخول", "paywall"),
    # Persian
    ("fa", "ادامه مطلب", "navigation"),
    ("fa", "بیشتر بخوانید: ذخایر سدهای استان کاهش یافت", "related"),
    ("fa", "نظرات (۳)", "comments"),
    ("fa", "کلیه حقوق این سایت محفوظ است.", "legal"),
    ("fa", "عضویت در خبرنامه", "subscribe"),
    ("fa", "اشتراک‌گذاری", "social"),
    ("fa", "از ما حمایت کنید", "donation"),
    ("fa", "این سایت از کوکی استفاده می‌کند.", "cookie"),
    ("fa", "این مطلب ویژه مشترکان است", "paywall"),
    # Vietnamese
    ("vi", "Xem thêm", "navigation"),
    ("vi", "Tin liên quan", "related"),
    ("vi", "Bình luận (5)", "comments"),
    ("vi", "Ghi rõ nguồn khi phát hành lại thông tin", "legal"),
    ("vi", "Đăng ký nhận bản tin", "subscribe"),
    ("vi", "Chia sẻ bài viết", "social"),
    ("vi", "Ủng hộ chúng tôi", "donation"),
    ("vi", "Chúng tôi sử dụng cookie để cải thiện trải nghiệm", "cookie"),
    ("vi", "Đăng nhập để đọc tiếp", "paywall"),
    # Indonesian
    ("id", "Baca selengkapnya", "navigation"),
    ("id", "Baca juga: Pemerintah Siapkan Operasi Pasar", "related"),
    ("id", "12 Komentar", "comments"),
    ("id", "Hak cipta dilindungi undang-undang.", "legal"),
    ("id", "Berlangganan newsletter", "subscribe"),
    ("id", "Bagikan", "social"),
    ("id", "Dukung kami", "donation"),
    ("id", "Situs ini menggunakan cookie.", "cookie"),
    ("id", "Konten premium", "paywall"),
    # Hindi: words end in vowel signs, which the normal form keeps ("करें", "टिप्पणियाँ")
    ("hi", "यह भी पढ़ें: नगर निगम ने बजट में सड़कों के लिए दो सौ करोड़ रखे", "related"),
    ("hi", "12 टिप्पणियाँ", "comments"),
    ("hi", "सर्वाधिकार सुरक्षित", "legal"),
    ("hi", "न्यूज़लेटर सब्सक्राइब करें", "subscribe"),
    ("hi", "ताज़ा खबरों के लिए हमारे व्हाट्सएप चैनल से जुड़ें", "social"),
    ("hi", "हमें सहयोग करें", "donation"),
    ("hi", "यह वेबसाइट कुकीज़ का उपयोग करती है।", "cookie"),
    ("hi", "यह प्रीमियम लेख है", "paywall"),
    ("hi", "अगला लेख", "navigation"),
    # Danish
    ("da", "Læs også: Byrådet vedtager ny plan for havnen", "related"),
    ("da", "Skriv en kommentar", "comments"),
    ("da", "Alle rettigheder forbeholdes", "legal"),
    ("da", "Tilmeld dig vores nyhedsbrev og få ugens historier", "subscribe"),
    ("da", "Følg os på Facebook", "social"),
    ("da", "Støt vores journalistik", "donation"),
    ("da", "Vi bruger cookies til at forbedre din oplevelse.", "cookie"),
    ("da", "Allerede abonnent? Log ind", "paywall"),
    ("da", "Næste artikel", "navigation"),
    # Norwegian
    ("no", "Les også: Kommunen vil bygge ny bro over elva", "related"),
    ("no", "Kommentarfeltet", "comments"),
    ("no", "Alle rettigheter reservert", "legal"),
    ("no", "Meld deg på nyhetsbrevet", "subscribe"),
    ("no", "Følg oss på Instagram", "social"),
    ("no", "Støtt oss", "donation"),
    ("no", "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "cookie"),
    ("no", "Bli abonnent", "paywall"),
    ("no", "Hopp til innhold", "navigation"),
    # Finnish
    ("fi", "Lue myös: Kaupunki rakentaa uuden sillan joen yli", "related"),
    ("fi", "5 kommenttia", "comments"),
    ("fi", "Kaikki oikeudet pidätetään", "legal"),
    ("fi", "Tilaa uutiskirje", "subscribe"),
    ("fi", "Seuraa meitä Instagramissa", "social"),
    ("fi", "Tue journalismiamme", "donation"),
    ("fi", "Käytämme evästeitä parantaaksemme käyttökokemusta.", "cookie"),
    ("fi", "Vain tilaajille", "paywall"),
    ("fi", "Siirry sisältöön", "navigation"),
    # Romanian, with the comma below and with the cedilla
    ("ro", "Citește și: Primăria anunță lucrări pe podul de pe Someș", "related"),
    ("ro", "Citeşte şi: Primăria anunţă lucrări pe pod", "related"),
    ("ro", "3 comentarii", "comments"),
    ("ro", "Toate drepturile rezervate", "legal"),
    ("ro", "Abonează-te la newsletter", "subscribe"),
    ("ro", "Urmărește-ne pe Facebook", "social"),
    ("ro", "Susține jurnalismul independent", "donation"),
    ("ro", "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.", "cookie"),
    ("ro", "Conținut exclusiv pentru abonați", "paywall"),
    ("ro", "Sari la conținut", "navigation"),
    # Hungarian
    ("hu", "Ezt is olvassa el: Új hidat épít a város a folyón", "related"),
    ("hu", "14 hozzászólás", "comments"),
    ("hu", "Minden jog fenntartva", "legal"),
    ("hu", "Iratkozzon fel hírlevelünkre", "subscribe"),
    ("hu", "Kövessen minket a Facebookon", "social"),
    ("hu", "Támogasson minket", "donation"),
    ("hu", "Ez a weboldal sütiket használ a jobb felhasználói élményért.", "cookie"),
    ("hu", "Csak előfizetőknek", "paywall"),
    ("hu", "Ugrás a tartalomra", "navigation"),
    # Greek, with and without its accents (sites write headings in capitals without them)
    ("el", "Διαβάστε επίσης: Νέα γέφυρα στον ποταμό από τον δήμο", "related"),
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "related"),
    ("el", "7 σχόλια", "comments"),
    ("el", "Όλα τα δικαιώματα διατηρούνται", "legal"),
    ("el", "Εγγραφείτε στο newsletter μας για τα νέα της εβδομάδας", "subscribe"),
    ("el", "Ακολουθήστε μας στο Google News", "social"),
    ("el", "Στηρίξτε την ανεξάρτητη δημοσιογραφία", "donation"),
    ("el", "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "cookie"),
    ("el", "Μόνο για συνδρομητές", "paywall"),
    ("el", "Επόμενο άρθρο", "navigation"),
    # Hebrew
    ("he", "קראו גם: העירייה תבנה גשר חדש מעל הנחל", "related"),
    ("he", "12 תגובות", "comments"),
    ("he", "כל הזכויות שמורות", "legal"),
    ("he", "הירשמו לניוזלטר שלנו וקבלו את הכתבות החמות", "subscribe"),
    ("he", "עקבו אחרינו בפייסבוק", "social"),
    ("he", "תמכו בעיתונות עצמאית", "donation"),
    ("he", "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.", "cookie"),
    ("he", "תוכן למנויים בלבד", "paywall"),
    ("he", "דלג לתוכן", "navigation"),
    # Thai
    ("th", "อ่านเพิ่มเติม: เทศบาลเตรียมสร้างสะพานใหม่ข้ามแม่น้ำ", "related"),
    ("th", "ความคิดเห็น (5)", "comments"),
    ("th", "สงวนลิขสิทธิ์", "legal"),
    ("th", "สมัครรับจดหมายข่าว", "subscribe"),
    ("th", "แชร์บทความนี้", "social"),
    ("th", "สนับสนุนเรา", "donation"),
    ("th", "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน", "cookie"),
    ("th", "สำหรับสมาชิกเท่านั้น", "paywall"),
    ("th", "กลับสู่ด้านบน", "navigation"),
    # Bengali
    ("bn", "আরও পড়ুন: নদীর ওপর নতুন সেতু বানাবে পৌরসভা", "related"),
    ("bn", "৫টি মন্তব্য", "comments"),  # Bengali digits are digits
    ("bn", "সর্বস্বত্ব সংরক্ষিত", "legal"),
    ("bn", "নিউজলেটার সাবস্ক্রাইব করুন", "subscribe"),
    ("bn", "ফেসবুকে আমাদের ফলো করুন", "social"),
    ("bn", "আমাদের সমর্থন করুন", "donation"),
    ("bn", "এই ওয়েবসাইট কুকি ব্যবহার করে।", "cookie"),
    ("bn", "শুধুমাত্র গ্রাহকদের জন্য", "paywall"),
    ("bn", "পরবর্তী খবর", "navigation"),
]

@pytest.mark.parametrize("lang", NEW_LANGUAGES)
def test_every_new_language_has_a_typical_line_of_each_main_category(lang: str) -> None:
    categories = {category for line_lang, _, category in NEW_LANGUAGE_BOILERPLATE if line_lang == lang}
    assert categories == set(MAIN_CATEGORIES)


@pytest.mark.parametrize(("lang", "line", "category"), NEW_LANGUAGE_BOILERPLATE)
def test_new_language_rules_catch_their_typical_boilerplate(lang: str, line: str, category: str) -> None:
    rule = removes(RULESET, line)
    assert rule is not None, f"nothing removes {line!r}"
    assert (rule.category, rule.source.split("/", 1)[0]) == (category, lang), f"{line!r} removed by {rule.rule_id}"


@pytest.mark.parametrize(("line", "category"), BOILERPLATE)
def test_rules_catch_typical_boilerplate(line: str, category: str) -> None:
    rule = removes(RULESET, line)
    assert rule is not None, f"nothing removes {line!r}"
    assert rule.category == category, f"{line!r} removed as {rule.category} by {rule.rule_id}"
