"""Scripts beyond the Latin one: the normal form of their lines, where a phrase may match in a
script written without spaces, and how such lines count words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boilerstrip.rules import Rule, RuleSet
from boilerstrip.text.normalise import bounded, fold_letters, is_word_char, lower, normalise
from boilerstrip.text.shape import line_shape


@pytest.mark.parametrize(
    ("line", "form"),
    [
        # Chinese and Japanese punctuation and brackets at the edges
        ("【阅读全文】", "阅读全文"),
        ("「続きを読む」", "続きを読む"),
        ("続きを読む。", "続きを読む"),
        ("▶ もっと見る ＞＞", "もっと見る"),
        ("相关阅读：", "相关阅读"),
        ("评论（3）", "评论（3）"),  # a counter keeps its closing bracket
        ("（完）", "完"),
        ("《人民日报》", "人民日报"),
        ("责任编辑：王明", "责任编辑：王明"),  # inside the line, nothing changes
        ("더 보기 >", "더 보기"),
        ("［広告］", "広告"),
        # Arabic and Persian punctuation
        ("اقرأ أيضا:", "اقرا ايضا"),  # hamza forms of alef fold to alef
        ("اقرأ أيضاً", "اقرا ايضا"),  # and the short-vowel marks go
        ("اقـــرأ أيضـــا", "اقرا ايضا"),  # and the tatweel
        ("هل أنت مشترك بالفعل؟", "هل انت مشترك بالفعل"),
        ("تابعونا على تويتر،", "تابعونا علي تويتر"),  # alef maqsura is yeh
        ("، ٭ شارك", "شارك"),
        # Persian yeh and kaf are the Arabic ones; digits stay
        ("«بیشتر بخوانید»", "بيشتر بخوانيد"),
        ("نظرات (۱۲)", "نظرات (۱۲)"),
        # Persian zero-width non-joiner: the same line with it, with a space, and at an edge
        ("اشتراک\u200cگذاری", "اشتراك گذاري"),
        ("اشتراک گذاری", "اشتراك گذاري"),
        ("\u200cاشتراک \u200cگذاری\u200c", "اشتراك گذاري"),
        # Turkish capital I's
        ("İLGİLİ HABERLER", "ilgili haberler"),
        ("İlgili Haberler", "ilgili haberler"),
        ("Kayıt Ol", "kayit ol"),
        ("KAYIT OL", "kayit ol"),
        # Vietnamese and Czech letters are letters
        ("Xem thêm:", "xem thêm"),
        ("Čtěte také", "čtěte také"),
        # A word's closing vowel signs are part of it (Hindi, Thai); an emoji's marks are not
        ("फॉलो करें", "फॉलो करें"),
        ("टिप्पणियाँ:", "टिप्पणियाँ"),
        ("ऐप डाउनलोड करें ▶️", "ऐप डाउनलोड करें"),
        ("อ่านต่อที่นี่", "อ่านต่อที่นี่"),
        ("Read more ▶️", "read more"),
        ("Share 👉🏽", "share"),
        # Romanian s and t with the comma below are the cedilla's, as older sites write them
        ("Citește și:", "citeşte şi"),
        ("Citeşte şi:", "citeşte şi"),
        ("Kayıt ol", "kayit ol"),  # and Turkish, which writes the cedilla, keeps it
        ("Paylaş", "paylaş"),
        # a Devanagari letter with its nukta, as one code point or as two, is one letter
        ("यह भी प\u095dें:", "यह भी पढ\u093cें"),
        ("व्हाट्सएप चैनल से जु\u095cें", "व्हाट्सएप चैनल से जुड\u093cें"),
        ("গোপনী\u09dfতা নীতি", "গোপনী\u09af\u09bcতা নীতি"),  # and so is a Bengali one
    ],
)
def test_normal_form_of_other_scripts(line: str, form: str) -> None:
    assert normalise(line) == form
    assert normalise(form) == form


@given(st.text(max_size=30))
def test_normal_form_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(st.text(alphabet=st.sampled_from("iIİıa \u200c\u0307şأإآىیکـًّاي"), max_size=20))
def test_fold_letters_leaves_none_of_what_it_folds(text: str) -> None:
    folded = fold_letters(lower(text))
    assert not set(folded) & set("ıأإآىیکـًّ\u200c") and "i\u0307" not in folded
    assert fold_letters(folded) == folded


def test_fold_letters_keeps_a_documents_lines() -> None:
    # Cue counting folds a whole document at once: each of its lines must fold as it would alone.
    lines = ["اشتراک\u200c گذاری", "i\u0307lgi\u0307li\u0307 haberler", "اقرأ أيضاً", "", "plain line", "\u200cاشتراک"]
    assert fold_letters("\n".join(lines)).split("\n") == [fold_letters(line) for line in lines]
    assert [normalise(fold_letters(line)) for line in lines] == [normalise(line) for line in lines]


def test_bounded_is_the_word_boundary_outside_unspaced_scripts() -> None:
    # What the matcher required before: each side is the line's edge, or a non-word character
    # on one side of it. bounded() says the same wherever no unspaced character meets the edge.
    samples = ["read more", "bread more", "read mores", "a-read more!", "x_read", "réad more", "read more 3"]
    for norm in samples:
        for start in range(len(norm)):
            for end in range(start + 1, len(norm) + 1):
                left = start == 0 or not is_word_char(norm[start - 1]) or not is_word_char(norm[start])
                right = end == len(norm) or not is_word_char(norm[end]) or not is_word_char(norm[end - 1])
                assert bounded(norm, start, end) is (left and right), (norm, start, end)


RULES = RuleSet([
    Rule.parse("阅读全文", "zh/navigation", 1),
    Rule.parse("... 版权所有", "zh/legal", 1),
    Rule.parse("メルマガ登録 ...", "ja/subscribe", 1),
    Rule.parse("... 広告 ...", "ja/ads", 1),
    Rule.parse("... read more ...", "en/navigation", 2),
    Rule.parse("ilgili haberler", "tr/related", 1),
    Rule.parse("اشتراك گذاري", "fa/social", 1),
])


@pytest.mark.parametrize(
    ("line", "rule_id"),
    [
        ("【阅读全文】", "zh/navigation:1"),
        ("©2024 新华网 版权所有", "zh/legal:1"),
        ("本网站所有内容版权所有", "zh/legal:1"),  # a suffix inside a run of Han: no space before it
        ("メルマガ登録はこちら", "ja/subscribe:1"),
        ("この記事には広告が含まれます", "ja/ads:1"),
        ("İLGİLİ HABERLER", "tr/related:1"),
        ("اشتراک\u200cگذاری", "fa/social:1"),
        ("please read more here", "en/navigation:2"),
        ("please bread more here", None),  # Latin words still need their boundaries
        ("版权所有者", None),  # a suffix rule: the line must end with it
    ],
)
def test_phrases_match_inside_scripts_without_spaces(line: str, rule_id: str | None) -> None:
    match = RULES.match(line)
    assert (match.rule_id if match else None) == rule_id
    assert [m.rule_id if m else None for m in RULES.match_lines([normalise(line)], [True])] == [rule_id]


def test_exact_rule_limit_counts_words_as_lines_do() -> None:
    long_rule = "这" * 80  # forty words by the line count, one token
    assert RuleSet([Rule.parse(long_rule, "zh/navigation", 1)]).max_exact_words == 40 == line_shape(long_rule) >> 1


def test_a_chinese_paragraph_is_a_paragraph() -> None:
    import boilerstrip
    from boilerstrip.text.document import Line

    paragraph = (
        "市政府周二宣布，将在明年春季之前完成老城区供水管网的改造工程，预计总投资约十二亿元，"
        "涉及居民超过八万户。"
    )
    assert Line(0, paragraph).words >= boilerstrip.Config().paragraph_min_words
    assert Line(0, "阅读全文").words == 2
