#!/usr/bin/env python3
"""Appeal lines in articles written for the purpose: how many go, and what else goes with them.

``tests/data/appeals/<lang>.txt`` holds short articles, appeal lines (newsletter, donation,
membership, subscription and channel prompts) and article lines that speak of those things in
the article's own sense (see its README); ``tests/data/prompts/<lang>.txt`` (``--set prompts``)
the same for comment, share and follow prompts (``[prompt]`` lines). Each appeal or article line is placed in one of its
language's articles, between two paragraphs or at the foot, chosen from a hash of the line, and
the document is cleaned with the default settings. The lines fall into two halves by the same
hash: half A is the one to develop against, half B is held out.

Printed per half: recall (appeal lines removed), removal precision (appeal lines among every line
removed: appeal lines, article lines and the articles' own paragraphs), and the article lines
lost.

    python bench/appeals.py              # both halves
    python bench/appeals.py --part A -v  # half A, with every appeal line kept and line lost
    python bench/appeals.py --per-lang   # and a row for each language
    python bench/appeals.py --set prompts  # comment, share and follow prompts
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "tests" / "data"
#: The sets of lines (folders of DATA), and the section their lines to remove are under.
SETS = {"appeals": "appeal", "prompts": "prompt"}

try:
    import boilerstrip  # noqa: F401
except ImportError:
    sys.path.insert(0, str(ROOT / "src"))
from boilerstrip import Cleaner  # noqa: E402

#: Where a line is placed: at the foot, after the first paragraph, after the second.
PLACES = ("foot", "after-1", "after-2")


@dataclass(frozen=True)
class Case:
    lang: str
    kind: str  # "appeal" or "prompt" (to remove), or "keep" (article line)
    text: str
    half: str  # "A" or "B"
    body: tuple[str, ...]
    place: str

    def document(self) -> tuple[list[str], int]:
        """The article's lines with this line placed, and the line's index."""
        lines = list(self.body)
        at = len(lines) if self.place == "foot" else PLACES.index(self.place)
        lines.insert(at, self.text)
        return lines, at


def read_language(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, str]]]:
    """A language file's articles (their paragraphs) and its lines (kind, text)."""
    bodies: list[tuple[str, ...]] = []
    lines: list[tuple[str, str]] = []
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.strip()
        if text.startswith("[") and text.endswith("]"):
            section = text[1:-1]
            if section == "body":
                bodies.append(())
            continue
        if not text:
            continue
        if section == "body":
            bodies[-1] = (*bodies[-1], text)
        elif section in (*SETS.values(), "keep"):
            lines.append((section, text))
        else:
            raise SystemExit(f"{path}: line {text!r} outside a section")
    return bodies, lines


def cases(name: str = "appeals") -> list[Case]:
    out: list[Case] = []
    for path in sorted((DATA / name).glob("*.txt")):
        bodies, lines = read_language(path)
        for kind, text in lines:
            digest = hashlib.sha1(text.encode("utf-8")).digest()
            out.append(Case(
                lang=path.stem, kind=kind, text=text, half="A" if digest[0] % 2 == 0 else "B",
                body=bodies[digest[1] % len(bodies)], place=PLACES[digest[2] % len(PLACES)],
            ))
    return out


def measure(part: list[Case], cleaner: Cleaner, verbose: bool) -> dict[str, float]:
    appeals = removed_appeals = keeps = lost_keeps = lost_body = 0
    for case in part:
        lines, at = case.document()
        gone = {removal.line_no - 1 for removal in cleaner.explain("\n".join(lines) + "\n").removals}
        lost_body += len(gone - {at})
        if case.kind != "keep":
            appeals += 1
            removed_appeals += at in gone
            if verbose and at not in gone:
                print(f"  kept    {case.lang} {case.place:7} {case.text}")
        else:
            keeps += 1
            lost_keeps += at in gone
            if verbose and at in gone:
                print(f"  LOST    {case.lang} {case.place:7} {case.text}")
        if verbose and gone - {at}:
            for k in sorted(gone - {at}):
                print(f"  LOST(body) {case.lang} beside {case.text[:40]!r}: {lines[k]}")
    removed = removed_appeals + lost_keeps + lost_body
    return {
        "appeals": appeals, "recall": removed_appeals / appeals if appeals else 0.0,
        "precision": removed_appeals / removed if removed else 1.0,
        "keeps": keeps, "keeps_lost": lost_keeps, "body_lost": lost_body,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), default="appeals", help="which lines (default: appeals)")
    parser.add_argument("--part", choices=("A", "B", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="list appeal lines kept and lines lost")
    parser.add_argument("--lang", nargs="+", metavar="LANG", help="only these languages' lines")
    parser.add_argument("--per-lang", action="store_true", help="also print each language's figures")
    args = parser.parse_args(argv)
    cleaner = Cleaner()
    everything = [case for case in cases(args.set) if not args.lang or case.lang in args.lang]
    for half in ("A", "B") if args.part == "both" else (args.part,):
        part = [case for case in everything if case.half == half]
        print(f"half {half}: {row(measure(part, cleaner, args.verbose), SETS[args.set])}")
        if args.per_lang:
            for lang in sorted({case.lang for case in part}):
                figures = measure([case for case in part if case.lang == lang], cleaner, False)
                print(f"  {lang}: {row(figures, SETS[args.set])}")
    return 0


def row(figures: dict[str, float], kind: str = "appeal") -> str:
    return (
        f"{figures['appeals']} {kind} lines, recall {figures['recall']:.3f}, "
        f"removal precision {figures['precision']:.3f}; {figures['keeps']} article lines, "
        f"{figures['keeps_lost']} lost; article paragraphs lost {figures['body_lost']}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
