"""Checks of the rule and cue files themselves: order, duplicates, format.

    python -m boilerstrip.rules.check --check     # report problems in every shipped rule and cue file
    python -m boilerstrip.rules.check --sort      # sort each group of every shipped file in place
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from boilerstrip.rules import RuleError, parse_rule_file
from boilerstrip.rules.cues import CUE_CATEGORIES, CUE_FOLDER, parse_cue_file


def check_sorted(text: str) -> list[str]:
    """Problems with a rule file's order and uniqueness: one message per problem."""
    problems: list[str] = []
    group: list[tuple[int, str]] = []
    seen: dict[str, int] = {}

    def flush() -> None:
        rules = [r for _, r in group]
        if rules != sorted(rules):
            for (line_no, rule), expected in zip(group, sorted(rules), strict=True):
                if rule != expected:
                    problems.append(f"line {line_no}: {rule!r} is out of order (expected {expected!r} here)")
                    break
        group.clear()

    for line_no, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            flush()
            continue
        if stripped in seen:
            problems.append(f"line {line_no}: duplicate of line {seen[stripped]}: {stripped!r}")
        seen[stripped] = line_no
        group.append((line_no, stripped))
    flush()
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m boilerstrip.rules.check --check``: validate the shipped rule files."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m boilerstrip.rules.check", description=main.__doc__)
    parser.add_argument("--check", action="store_true", help="check every shipped rule file")
    parser.add_argument("--sort", action="store_true", help="rewrite shipped rule files sorted")
    args = parser.parse_args(argv)
    status = 0
    root = Path(str(resources.files("boilerstrip.rules") / "data"))
    for path in sorted([*root.glob("*/*.txt"), *root.glob(f"*/{CUE_FOLDER}/*.txt")]):
        text = path.read_text(encoding="utf-8")
        if args.sort:
            path.write_text(sort_rule_text(text), encoding="utf-8")
            text = path.read_text(encoding="utf-8")
        cue = path.parent.name == CUE_FOLDER
        lang = path.parent.parent.name if cue else path.parent.name
        source = f"{lang}/{CUE_FOLDER}/{path.stem}" if cue else f"{lang}/{path.stem}"
        try:
            if cue:
                if path.stem not in CUE_CATEGORIES:
                    raise RuleError(f"{source}: unknown cue category {path.stem!r}")
                list(parse_cue_file(text.splitlines(), path.stem, lang, source))
            else:
                list(parse_rule_file(text.splitlines(), source))
        except RuleError as exc:
            print(exc, file=sys.stderr)
            status = 1
        for problem in check_sorted(text):
            print(f"{source}: {problem}", file=sys.stderr)
            status = 1
    return status


def sort_rule_text(text: str) -> str:
    """Sort each group of a rule file and drop duplicates inside it; comments stay in place."""
    out: list[str] = []
    group: list[str] = []

    def flush() -> None:
        out.extend(sorted(dict.fromkeys(group)))
        group.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            flush()
            out.append(line)
        else:
            group.append(stripped)
    flush()
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
