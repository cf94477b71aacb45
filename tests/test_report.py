"""``boilerstrip report``: the page it writes, and (in headless Chromium) the charts its script draws."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from boilerstrip.cli import command as cli

ARTICLES = [
    ("https://www.harbour-news.example/ferry",
     "Harbour ferry fares rise in spring\n"
     "The ferry operator will raise single fares by twenty cents from April, the council said.\n"
     "Commuters with monthly passes are not affected by the change.\n"
     "Sign up for our newsletter\nShare this article\nRead more\n"),
    ("https://radwege.example.de/altstadt",
     "Neue Radwege für die Altstadt\n"
     "Der Gemeinderat hat am Dienstag drei neue Radwege durch die Altstadt beschlossen.\n"
     "Die Bauarbeiten sollen im Herbst beginnen und bis zum Frühjahr dauern.\n"
     "Newsletter abonnieren\nAuf Facebook teilen\n"),
    ("https://bibliotheque.example.fr/reouverture",
     "La bibliothèque rouvre ses portes\n"
     "Après deux ans de travaux, la bibliothèque municipale accueille de nouveau le public.\n"
     "Les horaires d'ouverture restent les mêmes qu'avant la fermeture.\n"
     "Partager sur Facebook\nLire aussi\n"),
    ("https://www.harbour-news.example/tide",
     "Record tide expected on Sunday\n"
     "Forecasters expect the highest tide of the year on Sunday morning, and the harbour road will close.\n"
     "Advertisement\nRead more\n"),
]


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


#: A removed line that is markup: the page must show it as text.
HOSTILE = "</script><img src=x onerror=alert(1)><!-- Advertisement"


@pytest.fixture
def stats_file(tmp_path: Path) -> Path:
    corpus = b"".join(json.dumps({"id": i, "url": url, "text": text}, ensure_ascii=False).encode() + b"\n"
                      for i in range(40) for url, text in [ARTICLES[i % len(ARTICLES)]])
    path = tmp_path / "stats.json"
    status, _, err = run(["--jsonl", "--url-field", "url", "--stats", str(path)], corpus)
    assert status == 0, err
    # A line as a hostile corpus could hold it (boilerstrip writes what it removed, verbatim).
    stats = json.loads(path.read_text(encoding="utf-8"))
    stats["lines"]["items"].append({"text": HOSTILE, "count": 1, "chars": len(HOSTILE), "category": "ads",
                                    "rule": "en/ads:1", "examples": [{"where": "x:1", "text": HOSTILE}]})
    path.write_text(json.dumps(stats, ensure_ascii=False), encoding="utf-8")
    return path


def make_report(stats_file: Path) -> Path:
    page = stats_file.with_name("report.html")
    status, out, err = run(["report", str(stats_file), "-o", str(page)])
    assert status == 0, err
    assert out == b""
    return page


def test_report_is_self_contained_and_holds_the_stats_as_data(stats_file: Path) -> None:
    page = make_report(stats_file).read_text(encoding="utf-8")
    # Nothing to load: no src/href attributes, no URLs but the SVG namespace name and the data's.
    assert not re.search(r"""(src|href)\s*=\s*["']""", page.split('<script type="application/json"')[0])
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page
    # The corpus text is data: it cannot close the script element or inject markup.
    assert HOSTILE not in page and "</script><img" not in page
    data = page.split('<script type="application/json" id="stats">')[1].split("</script>")[0]
    stats = json.loads(data)
    assert stats == json.loads(stats_file.read_text(encoding="utf-8"))


def test_report_to_stdout_from_compressed_stats(stats_file: Path) -> None:
    packed = stats_file.with_suffix(".json.gz")
    packed.write_bytes(gzip.compress(stats_file.read_bytes()))
    status, out, err = run(["report", str(packed)])
    assert status == 0, err
    assert out.startswith(b"<!DOCTYPE html>")


def test_report_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99, "documents": {}}')
    status, _, err = run(["report", str(bad)])
    assert status == 1 and "statistics format 99" in err and str(bad) in err
    bad.write_text("not json")
    status, _, err = run(["report", str(bad)])
    assert status == 1 and str(bad) in err
    status, _, err = run(["report", str(tmp_path / "missing.json")])
    assert status == 1 and "cannot read" in err
    assert run(["report"])[0] == 2
    assert "STATS.json" in capsys.readouterr().err


def test_a_file_named_report_is_cleaned_as_dot_slash_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("report").write_text(ARTICLES[0][1], encoding="utf-8")
    status, out, err = run(["./report"])
    assert status == 0, err
    assert b"Read more" not in out and out.startswith(b"Harbour ferry fares")
    status, out, _ = run(["--", "report"])
    assert status == 0 and out.startswith(b"Harbour ferry fares")
    # As a first argument alone, "report" is the subcommand, which says how to clean the file.
    status, _, err = run(["report"])
    assert status == 2
    assert "to clean the file named 'report', write: boilerstrip ./report" in err
    assert "STATS.json" in capsys.readouterr().err  # argparse's usage line


# --- drawn in a browser -----------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed (scripts/setup.sh installs Debian's chromium as root)")
        pytest.skip("chromium is not installed (Debian's package chromium; scripts/setup.sh installs it as root)")
    return found


def render_dom(page: Path, profile: Path) -> str:
    """The page's DOM after its script ran, as headless Chromium serialises it."""
    done = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Svgs(HTMLParser):
    """Each <svg id=...>'s bars (rect elements with data-label and a width) and texts."""

    def __init__(self) -> None:
        super().__init__()
        self.bars: dict[str, list[dict[str, str]]] = {}
        self.texts: dict[str, list[str]] = {}
        self.current: str | None = None
        self.in_text = False
        self.drawn = False
        self.rows = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body" and a.get("data-drawn") == "yes":
            self.drawn = True
        if tag == "svg":
            self.current = a.get("id", "")
            self.bars[self.current] = []
            self.texts[self.current] = []
        elif tag == "rect" and self.current:
            self.bars[self.current].append(a)
        elif tag == "text" and self.current:
            self.in_text = True
        elif tag == "tr":
            self.rows += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.current = None
        elif tag == "text":
            self.in_text = False

    def handle_data(self, data: str) -> None:
        if self.in_text and self.current:
            self.texts[self.current].append(data)


def test_chromium_draws_the_charts(stats_file: Path, tmp_path: Path) -> None:
    page = make_report(stats_file)
    stats: dict[str, Any] = json.loads(stats_file.read_text(encoding="utf-8"))
    profile = tmp_path / "profile"
    profile.mkdir()
    dom = render_dom(page, profile)
    svgs = Svgs()
    svgs.feed(dom)
    assert svgs.drawn, "the page's script did not finish"

    categories = svgs.bars["chart-categories"]
    assert [b["data-label"] for b in categories] == list(stats["categories"])
    assert [int(b["data-value"]) for b in categories] == [t["lines"] for t in stats["categories"].values()]
    widths = [float(b["width"]) for b in categories]
    assert all(w > 0 for w in widths) and widths == sorted(widths, reverse=True)
    assert set(stats["categories"]) <= set(svgs.texts["chart-categories"])

    sites = svgs.bars["chart-sites"]
    names = {item["site"] for item in stats["sites"]["items"] if item["lines"]}
    assert names == {"harbour-news.example", "radwege.example.de", "bibliotheque.example.fr"}
    assert {b["data-label"].split(" ")[0] for b in sites} == names
    assert sum(int(b["data-value"]) for b in sites) == stats["removed"]["lines"]

    assert len(svgs.bars["chart-rules"]) == min(15, len(stats["rules"]))
    # The lines table: one row per removed line (and the header row).
    assert svgs.rows == 1 + len(stats["lines"]["items"])
    # The hostile line is shown as text, not made an element.
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;!-- Advertisement" in dom
    assert "<img" not in dom


def test_chromium_screenshot_is_not_blank(stats_file: Path, tmp_path: Path) -> None:
    page = make_report(stats_file)
    profile = tmp_path / "profile"
    profile.mkdir()
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
         "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0 and shot.exists(), done.stderr[-2000:]
    colours = png_colours(shot.read_bytes())
    # The bars are drawn in the categories' colours: many distinct, saturated colours on the page.
    saturated = {c for c in colours if max(c) - min(c) > 60}
    assert len(saturated) >= 5, sorted(saturated)[:20]


def png_colours(data: bytes) -> set[tuple[int, int, int]]:
    """The distinct colours of a PNG (8-bit RGB or RGBA, as Chromium writes), from every 7th pixel
    of every 5th row; decoded with zlib alone."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    colours: set[tuple[int, int, int]] = set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else upper_left
                line[i] = (line[i] + predictor) & 0xFF
        previous = line
        if y % 5 == 0:
            for x in range(0, width, 7):
                colours.add((line[x * channels], line[x * channels + 1], line[x * channels + 2]))
    return colours
