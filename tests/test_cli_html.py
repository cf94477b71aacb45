"""The command's HTML modes: ``--html`` for pages, ``--html-field`` in JSON Lines (also with -j)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from boilerstrip.cli import command as cli
from boilerstrip.html.pipeline import explain_html
from boilerstrip.html.prune import DomRemoval
from boilerstrip.io.records import explain_line

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_html_page_to_article_text() -> None:
    status, out, err = run(["--html", str(PAGES / "german_article.html")])
    assert status == 0, err
    text = out.decode("utf-8")
    assert "Neue Fähre für den Bodensee getauft" in text
    assert "Newsletter" not in text and "Alle Rechte vorbehalten" not in text


def test_html_explain_reports_both_stages() -> None:
    status, _, err = run(["--html", "--explain", str(PAGES / "german_article.html")])
    assert status == 0
    assert "element" in err and "dom:" in err


def test_html_explain_prints_lines_not_dict_reprs() -> None:
    """--explain for a page prints text mode's ``FILE:LINE: CATEGORY RULE: TEXT`` for each removed
    line, and ``FILE: element TAG#ID.CLASS: CATEGORY RULE: TEXT`` for each pruned element."""
    path = PAGES / "news_appeals.html"
    status, _, err = run(["--html", "--explain", str(path)])
    assert status == 0, err
    e = explain_html(path.read_bytes())
    assert e.dom_removals
    expected = [f"{path}: element {d.element}: {d.category} {d.rule_id}: {d.text}" for d in e.dom_removals]
    expected += [f"{path}:{r.line_no}: {r.category} {r.rule_id}: {r.text}" for r in (*e.vote_removals, *e.removals)]
    assert err.splitlines() == expected
    assert "{" not in err
    nav = next(d for d in e.dom_removals if d.element == "nav.main-menu")
    assert f"{path}: element nav.main-menu: navigation dom:tag:nav: News Sport Culture Opinion" in err.splitlines()
    assert nav.words == 4


def test_explain_line_of_a_pruned_element_escapes_control_characters() -> None:
    # the HTML path's decoder drops control characters; a DomRemoval made otherwise is still escaped
    element = DomRemoval("div#x.promo", "Offer\x1b[31m ends", 2, "dom:class-token:promo", "promo")
    assert explain_line("a.jsonl:4", element, in_record=True) == (
        "a.jsonl:4: element div#x.promo: promo dom:class-token:promo: Offer\\x1b[31m ends")


def test_page_without_article_says_why_and_writes_nothing() -> None:
    status, out, err = run(["--html", str(PAGES / "no_article.html")])
    assert status == 0
    assert out == b""
    assert "no_article.html: no text:" in err


def test_jsonl_html_field_writes_the_text_field_and_keeps_the_rest() -> None:
    page = (PAGES / "german_article.html").read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": 1, "url": "https://example.org/a", "html": page}),
        json.dumps({"id": 2, "html": "just words, no markup"}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    for workers in ("1", "2"):
        status, out, err = run(["--jsonl", "--html-field", "html", "--explain-field", "why", "-j", workers], data)
        assert status == 0, err
        first, second = (json.loads(line) for line in out.splitlines())
        assert first["id"] == 1 and first["html"] == page and first["url"] == "https://example.org/a"
        assert "Neue Fähre für den Bodensee getauft" in first["text"]
        assert isinstance(first["why"], list) and first["why"]
        assert {r["stage"] for r in first["why"]} <= {"dom", "vote", "text"}
        assert "dom" in {r["stage"] for r in first["why"]}
        assert second["text"] == "" and second["why"] == []


#: The keys of every removal ``--explain-field`` writes, in text and HTML mode alike.
REMOVAL_KEYS = {"line", "text", "rule", "category", "score", "evidence", "stage"}


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_html_explain_field_is_a_flat_list_of_removals_with_their_stage(workers: str) -> None:
    page = (PAGES / "news_appeals.html").read_text(encoding="utf-8")
    data = (json.dumps({"url": "https://example.org/a", "html": page}) + "\n").encode()
    status, out, err = run(["--jsonl", "--html-field", "html", "--explain-field", "removed", "-j", workers], data)
    assert status == 0, err
    [got] = [json.loads(line) for line in out.splitlines()]
    e = explain_html(page, url="https://example.org/a")
    assert len(got["removed"]) == len(e.dom_removals) + len(e.vote_removals) + len(e.removals) > 0
    for entry in got["removed"]:
        assert entry.keys() >= REMOVAL_KEYS, entry
    doms = [r for r in got["removed"] if r["stage"] == "dom"]
    assert [(r["element"], r["rule"], r["category"], r["text"], r["words"]) for r in doms] == [
        (d.element, d.rule_id, d.category, d.text, d.words) for d in e.dom_removals]
    # an element is no line of any text, and no weighed evidence decided it
    assert all(r["line"] is None and r["score"] is None and r["evidence"] == [] for r in doms)
    lines = [r for r in got["removed"] if r["stage"] != "dom"]
    assert [(r["stage"], r["line"], r["text"]) for r in lines] == [
        *(("vote", r.line_no, r.text) for r in e.vote_removals), *(("text", r.line_no, r.text) for r in e.removals)]


def test_jsonl_html_explain_on_stderr_names_the_record_and_the_element() -> None:
    page = (PAGES / "news_appeals.html").read_text(encoding="utf-8")
    data = (json.dumps({"html": "x"}) + "\n" + json.dumps({"html": page}) + "\n").encode()
    status, _, err = run(["--jsonl", "--html-field", "html", "--explain", "-q"], data)
    assert status == 0, err
    assert "<stdin>:2: element nav.main-menu: navigation dom:tag:nav: News Sport Culture Opinion" in err.splitlines()
    assert "{" not in err


@pytest.mark.parametrize("workers", ["1", "2"])
def test_html_info_field_holds_the_reason_and_the_encoding(workers: str) -> None:
    page = (PAGES / "german_article.html").read_text(encoding="utf-8")
    data = (json.dumps({"html": page}) + "\n" + json.dumps({"html": "just words, no markup"}) + "\n").encode()
    status, out, err = run(["--jsonl", "--html-field", "html", "--explain-field", "meta.removed",
                            "--html-info-field", "meta.page", "-j", workers], data)
    assert status == 0, err
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["meta"]["page"] == {"reason": None, "encoding": None}  # a str page is not decoded
    assert first["meta"]["removed"]
    assert second["meta"]["page"]["reason"] == "not HTML: no markup found (use boilerstrip.strip for plain text)"
    assert second["meta"]["removed"] == [] and second["text"] == ""


@pytest.mark.parametrize("argv, message", [
    (["--jsonl", "--html-info-field", "page"], "--html-info-field needs --html-field"),
    (["--jsonl", "--html-field", "html", "--html-info-field", "text"], "--html-info-field must differ from --field"),
    (["--jsonl", "--html-field", "html", "--explain-field", "why", "--html-info-field", "why.page"],
     "--html-info-field must differ from --explain-field"),
])
def test_html_info_field_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv)[0] == 2
    assert message in capsys.readouterr().err


#: An article, then a reader-comment section under a header.
COMMENTED = (
    b"The harbour board approved the new ferry timetable on Tuesday after a long public consultation "
    b"that drew more than four hundred written responses from islanders and commuters.\n"
    b"Services will run every twenty minutes at peak times from the spring, the board said, and the "
    b"last boat of the evening will leave the mainland an hour later than it does now.\n"
    b"3 Comments\n"
    b"Posted by Margaret on March 3, 2025 at 9:14 am\n"
    b"Finally some sense from the board, the late boat will help everyone who works shifts in town.\n"
    b"Posted by Tom on March 3, 2025 at 11:02 am\n"
    b"Twenty minutes is still too long in summer when the queues run back past the chip shop.\n"
)


def test_keep_comments_keeps_a_comment_section_in_text_mode() -> None:
    status, out, _ = run([], COMMENTED)
    assert status == 0 and b"3 Comments" not in out and b"Margaret" not in out
    assert b"harbour board approved" in out and b"last boat" in out
    status, out, _ = run(["--keep-comments"], COMMENTED)
    assert status == 0 and out == COMMENTED


@pytest.mark.parametrize("argv", [["--html", "--jsonl"], ["--html-field", "html"]])
def test_html_option_misuse_is_a_usage_error(argv: list[str]) -> None:
    assert run(argv)[0] == 2
