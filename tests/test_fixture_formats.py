"""The JSON Lines and HTML fixtures come out as their expected files say, through the command.

``fixtures/jsonl/articles.jsonl`` and ``fixtures/html/news_appeals.html`` each have their expected
output beside them (``articles.expected.jsonl``, ``news_appeals.expected.txt``): the article lines
only, each checked by hand against its input (the headline, byline and paragraphs stay; every
menu, appeal, prompt, teaser, comment and footer line goes). scripts/smoke.sh checks an
installed wheel against the same files.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from boilerstrip.cli import command as cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def run(argv: list[str]) -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(b""), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_jsonl_fixture_cleans_to_expected() -> None:
    status, out, err = run(["-q", "--jsonl", str(FIXTURES / "jsonl" / "articles.jsonl")])
    assert status == 0, err
    expected = (FIXTURES / "jsonl" / "articles.expected.jsonl").read_text(encoding="utf-8")
    # Compared as records: the JSON library in use may space its output differently.
    assert [json.loads(line) for line in out.decode("utf-8").splitlines()] == [
        json.loads(line) for line in expected.splitlines()
    ]


def test_html_fixture_cleans_to_expected() -> None:
    status, out, err = run(["--html", str(FIXTURES / "html" / "news_appeals.html")])
    assert status == 0, err
    assert out.decode("utf-8") == (FIXTURES / "html" / "news_appeals.expected.txt").read_text(encoding="utf-8")
