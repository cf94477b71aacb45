"""The command's HTML modes: ``--html`` for pages, ``--html-field`` in JSON Lines (also with -j)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from boilerstrip.cli import command as cli

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
        assert first["why"]["dom_removals"]
        assert second["text"] == "" and second["why"]["reason"].startswith("not HTML")


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
