"""Time the boilerstrip CLI on big and adversarial inputs, and check that time grows linearly.

Each case is generated into a temporary directory (never committed), then the real command runs on
it as a subprocess, once at full size and once at a quarter of it. The table shows the seconds of
each run (the start-up time of an empty run is subtracted) and their ratio: about 4 means linear
growth, about 16 means quadratic; and the full-size run's peak memory (RSS), in MB and as a
multiple of the input's size (the target: at most 4x for one big document). Cases:

  doc-50mb             one 50 MB plain-text document of article paragraphs, boilerplate and blanks
  line-10mb            one 10 MB line of words, no newline
  word-10mb            an article, then one 10 MB "word" with no space and no newline
  jsonl-line-10mb      one JSON Lines record whose text is a 10 MB line, no final newline
  jsonl-1m-records     1,000,000 small JSON Lines records
  short-boilerplate    5 MB of "Read more" lines (every line a rule match)
  blank-lines          10 MB of newlines
  lone-cr              10 MB of short lines ended by a lone CR
  digits-line          a 10 MB line of digits and colons (timestamp-like)
  comment-stamps       an article, then 20,000 comment timestamp lines
  comment-bylines      an article, then 20,000 lines "Comment by X — January 7, 2008 @ 8:48 pm"
  rule-adversarial     400-character lines built from the regex rules' own words, repeated

HTML pages (``--html``), within the page budget (boilerstrip/html/budget.py) and over it:

  html-paragraphs      a page of about 58,000 short paragraphs (the budget allows 60,000 elements)
  html-br-lines        one paragraph of lines broken by <br>, about 65,000 of them
  html-giant-text      one 16 MB paragraph
  html-attributes      elements of 2,000 attributes each, about 230,000 in all (the budget: 250,000)
  html-deep            18,000 nested <div>s
  html-over-elements   500,000 paragraphs: refused ("page too large: ... elements"), before any walk
  html-over-attributes one element of 1,000,000 attributes: refused before parsing

    python bench/pathological.py                       # every case
    python bench/pathological.py --case comment-stamps --scale 0.25
    python bench/pathological.py --profile comment-stamps   # cProfile of the core, in-process

``--scale`` multiplies every size (use it to try bigger or smaller inputs).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000

PARAGRAPH = (
    "the council voted on tuesday to add bus lanes on three of the busiest roads in town after a long "
    "debate residents said they welcomed the plan but shop owners worried about parking and deliveries "
    "while cyclists asked for separate lanes and the mayor promised a review within a year"
)
PARAGRAPH_WORDS = PARAGRAPH.split(" ")
BOILERPLATE = (
    "Read more", "Share this article", "Sign up for our newsletter", "Advertisement",
    "© 2024 Example Media. All rights reserved.", "Support our journalism", "Photo: Reuters",
    "Leave a Reply", "12 comments", "Follow us on Twitter",
)


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(PARAGRAPH_WORDS) for _ in range(rng.randint(20, 80))]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, size: int) -> str:
    """Article-like text of about *size* characters: paragraphs, blank lines, boilerplate lines."""
    parts: list[str] = []
    total = 0
    while total < size:
        block = paragraph(rng) if rng.random() < 0.8 else rng.choice(BOILERPLATE)
        parts.append(block)
        parts.append("\n\n" if rng.random() < 0.5 else "\n")
        total += len(block) + 2
    return "".join(parts)


def intro() -> str:
    return "\n".join(paragraph(random.Random(n)) for n in range(4)) + "\n"


def rule_adversarial(size: int) -> str:
    """Lines of up to 400 characters built from the words of the shipped regex rules, repeated, with
    a character at the end that makes the match fail: the classic way to trigger backtracking."""
    from boilerstrip.rules import Kind, load_rules

    lines: list[str] = []
    for rule in load_rules():
        if rule.kind is not Kind.REGEX:
            continue
        tokens = [t for t in "".join(c if c.isalnum() else " " for c in rule.pattern).split() if t]
        for sep in (" ", ", ", " | ", ""):
            unit = sep.join(tokens[:6] or ["a"]) + sep
            lines.append((unit * (400 // max(len(unit), 1) + 1))[:399] + "\u2603")
    out = "\n".join(lines) + "\n"
    return out * max(1, size // len(out))


@dataclass(frozen=True)
class Case:
    name: str
    mode: str  # "text" or "jsonl"
    size: int  # nominal size in bytes at --scale 1
    make: Callable[[int], bytes]


def _jsonl_records(size: int) -> bytes:
    rng = random.Random(7)
    out = io.BytesIO()
    n = 0
    while out.tell() < size:
        text = rng.choice(BOILERPLATE) + "\n" + paragraph(rng)
        out.write(json.dumps({"id": n, "text": text}).encode() + b"\n")
        n += 1
    return out.getvalue()


def html_page(body: str) -> bytes:
    return f"<html><head><title>Bus lanes</title></head><body><article>{body}</article></body></html>".encode()


def html_paragraphs(size: int) -> bytes:
    rng = random.Random(3)
    parts, total = [], 0
    while total < size:
        part = "<p>" + " ".join(rng.choice(PARAGRAPH_WORDS) for _ in range(8)) + ".</p>"
        parts.append(part)
        total += len(part)
    return html_page("".join(parts))


def html_attributes(size: int, per_element: int = 2000) -> bytes:
    element = "<div " + " ".join(f'data-a{i}="v"' for i in range(per_element)) + f"><p>{PARAGRAPH}.</p></div>"
    return html_page(element * max(1, size // len(element)))


CASES = (
    Case("doc-50mb", "text", 50 * MB, lambda n: article(random.Random(1), n).encode()),
    Case("line-10mb", "text", 10 * MB, lambda n: article(random.Random(2), n).replace("\n", " ").encode()),
    Case("word-10mb", "text", 10 * MB, lambda n: (intro() + "x" * n).encode()),
    Case("jsonl-line-10mb", "jsonl", 10 * MB,
         lambda n: json.dumps({"id": 1, "text": "word " * (n // 5)}).encode()),
    Case("jsonl-1m-records", "jsonl", 100 * MB, _jsonl_records),
    Case("short-boilerplate", "text", 5 * MB, lambda n: b"Read more\n" * (n // 10)),
    Case("blank-lines", "text", 10 * MB, lambda n: b"\n" * n),
    Case("lone-cr", "text", 10 * MB, lambda n: b"line\r" * (n // 5)),
    Case("digits-line", "text", 10 * MB, lambda n: (intro() + "12:34 " * (n // 6)).encode()),
    Case("comment-stamps", "text", 500_000,
         lambda n: (intro() + "January 7, 2008 8:48 pm\n" * (n // 24)).encode()),
    Case("comment-bylines", "text", 1 * MB,
         lambda n: (intro() + "Comment by Dawn — January 7, 2008 @ 8:48 pm\n" * (n // 46)).encode()),
    Case("rule-adversarial", "text", 2 * MB, lambda n: rule_adversarial(n).encode()),
    Case("html-paragraphs", "html", 3 * MB, html_paragraphs),
    Case("html-br-lines", "html", 5 * MB,
         lambda n: html_page("<p>" + (PARAGRAPH[:70] + ".<br>") * (n // 76) + "</p>")),
    Case("html-giant-text", "html", 16 * MB, lambda n: html_page("<p>" + (PARAGRAPH + ". ") * (n // 280) + "</p>")),
    Case("html-attributes", "html", 3 * MB, html_attributes),
    Case("html-deep", "html", 200_000,
         lambda n: html_page("<div>" * (n // 11) + PARAGRAPH + "</div>" * (n // 11))),
    Case("html-over-elements", "html", 25 * MB, html_paragraphs),
    Case("html-over-attributes", "html", 12 * MB,
         lambda n: html_attributes(n, per_element=n // 12)),
)


def command(mode: str, path: Path) -> list[str]:
    cmd = [sys.executable, "-m", "boilerstrip", "--quiet"]
    options = {"jsonl": ["--jsonl"], "html": ["--html"]}.get(mode, [])
    return [*cmd, *options, str(path)]


#: Runs the measured command and writes its peak RSS. A small fresh process in between, because a
#: child forked straight from this one (which has held the generated inputs) would count this
#: one's RSS into its own peak.
WRAPPER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def timed(cmd: list[str], timeout: float) -> tuple[float, float]:
    """Run *cmd*; return the seconds it took and its peak RSS in MB."""
    with tempfile.NamedTemporaryFile(mode="r") as peak:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", WRAPPER, peak.name, *cmd], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=timeout, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr.decode(errors='replace')}")
        return elapsed, int(peak.read()) * 1024 / MB


def profile(case: Case, scale: float) -> None:
    """Run the core on the case in-process under cProfile and print the costliest functions."""
    from boilerstrip import Cleaner

    data = case.make(int(case.size * scale))
    cleaner = Cleaner()
    texts = ([json.loads(line)["text"] for line in data.splitlines()] if case.mode == "jsonl"
             else [data.decode("utf-8", "surrogateescape")])
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        cleaner.strip(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=[c.name for c in CASES],
                        help="run only this case (repeatable; default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (default: 1)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per run (default: 600)")
    parser.add_argument("--profile", choices=[c.name for c in CASES], metavar="CASE",
                        help="profile the core on CASE in-process instead of timing the CLI")
    args = parser.parse_args(argv)
    by_name = {c.name: c for c in CASES}
    if args.profile:
        profile(by_name[args.profile], args.scale)
        return 0
    cases = [by_name[name] for name in args.case] if args.case else list(CASES)
    with tempfile.TemporaryDirectory(prefix="boilerstrip-bench-") as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_bytes(b"")
        empty_runs = [timed(command("text", empty), args.timeout) for _ in range(3)]
        startup = min(seconds for seconds, _ in empty_runs)
        print(f"start-up of an empty run: {startup:.2f} s (subtracted below), "
              f"{min(peak for _, peak in empty_runs):.0f} MB peak RSS")
        print(f"{'case':<20} {'MB':>8} {'seconds':>8} {'MB/s':>8}   {'1/4 size s':>10} {'ratio':>6}"
              f"   {'peak MB':>8} {'x size':>6}")
        for case in cases:
            full = int(case.size * args.scale)
            times = []
            for size in (full, full // 4):
                path = Path(tmp) / f"{case.name}-{size}"
                data = case.make(size)
                path.write_bytes(data)
                del data
                seconds, peak = timed(command(case.mode, path), args.timeout)
                times.append((path.stat().st_size, max(seconds - startup, 1e-3), peak))
                path.unlink()
            (n_full, t_full, peak_full), (_, t_quarter, _) = times
            print(f"{case.name:<20} {n_full / MB:>8.1f} {t_full:>8.2f} {n_full / MB / t_full:>8.1f}   "
                  f"{t_quarter:>10.2f} {t_full / t_quarter:>6.1f}   {peak_full:>8.0f} {peak_full * MB / n_full:>6.1f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
