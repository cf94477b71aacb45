"""Count, for every shipped rule, how often it matches content lines and boilerplate lines.

Content lines (a match there is a false removal):
  - every line of the human ``gold`` text of dragnet, l3s-gn1 and cleaneval;
  - every line labelled ``content`` in modern-dev and multilingual-dev.
Boilerplate lines (a match there is a correct removal):
  - every line labelled ``boilerplate`` in modern-dev and multilingual-dev;
  - every line of ``extracted["trafilatura"]`` (dragnet, l3s-gn1, cleaneval) that does not occur in
    the page's gold: it is neither a gold line nor, if it has at least
    ``--substring-min-words`` words, a substring of the gold.

A rule matches a line as ``RuleSet.match`` says, with the rule engine's length limit: a non-exact
rule counts only on lines of at most ``--max-words`` words (``len(line.split())``).

The data stay where they are (``../shared/bench`` relative to the repository root by default);
nothing is written except to stdout.

    python bench/rule_hits.py                      # table of every rule that hits, and a summary
    python bench/rule_hits.py --show 3 --top 40    # with up to 3 example content lines per rule
    python bench/rule_hits.py --lang en --all      # English rules only, zero-hit rules too
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boilerstrip.rules import Kind, RuleSet, load_rules

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
GOLD_SETS = ("dragnet", "l3s-gn1", "cleaneval")
LABELLED_SETS = ("modern-dev", "multilingual-dev")
#: The rule engine's default for ``Config.max_rule_line_words``.
MAX_RULE_LINE_WORDS = 30
#: Shorter extractor lines count as "in the gold" only when they equal a gold line: a short line
#: such as "Comments" is a substring of much prose and would otherwise never count as boilerplate.
SUBSTRING_MIN_WORDS = 5


def squash(text: str) -> str:
    return " ".join(text.split())


def read_pages(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{line_no}: not a JSON line: {exc}") from None


@dataclass
class Lines:
    """Line multisets: content and boilerplate, each with where it came from (for examples)."""

    content: Counter[str] = field(default_factory=Counter)
    boilerplate: Counter[str] = field(default_factory=Counter)
    where: dict[str, str] = field(default_factory=dict)
    per_set: dict[str, tuple[int, int]] = field(default_factory=dict)


def collect(bench: Path, datasets: list[str], substring_min_words: int) -> Lines:
    lines = Lines()
    for name in datasets:
        path = bench / name / "pages.jsonl.gz"
        if not path.exists():
            print(f"warning: {path} not found, skipped", file=sys.stderr)
            continue
        n_content = n_boiler = 0
        for page in read_pages(path):
            tag = f"{name}:{page.get('id')}"
            if name in LABELLED_SETS:
                for item in page.get("lines") or []:
                    text = squash(item.get("text") or "")
                    if not text:
                        continue
                    if item.get("label") == "content":
                        lines.content[text] += 1
                        n_content += 1
                    elif item.get("label") == "boilerplate":
                        lines.boilerplate[text] += 1
                        n_boiler += 1
                    lines.where.setdefault(text, tag)
                continue
            gold = page.get("gold") or ""
            gold_lines = {squash(g) for g in gold.splitlines()}
            gold_lines.discard("")
            for text in gold_lines:
                lines.content[text] += 1
                lines.where.setdefault(text, tag)
            n_content += len(gold_lines)
            gold_flat = squash(gold)
            extracted = (page.get("extracted") or {}).get("trafilatura") or ""
            for raw in extracted.splitlines():
                text = squash(raw)
                if not text or text in gold_lines:
                    continue
                if len(text.split()) >= substring_min_words and text in gold_flat:
                    continue
                lines.boilerplate[text] += 1
                lines.where.setdefault(text, tag)
                n_boiler += 1
        lines.per_set[name] = (n_content, n_boiler)
    return lines


def hits(ruleset: RuleSet, counter: Counter[str], max_words: int) -> dict[str, list[tuple[str, int]]]:
    """rule_id -> [(line, count)] of the lines the rule matches."""
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for text, count in counter.items():
        match = ruleset.match(text)
        if match is None:
            continue
        if match.rule.kind is not Kind.EXACT and len(text.split()) > max_words:
            continue
        found[match.rule_id].append((text, count))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                        help="folder of the benchmark datasets (default: %(default)s)")
    parser.add_argument("--datasets", nargs="+", default=[*GOLD_SETS, *LABELLED_SETS],
                        help="datasets to read (default: all five)")
    parser.add_argument("--lang", nargs="+", default=None,
                        help="rule languages to load (default: every shipped language)")
    parser.add_argument("--max-words", type=int, default=MAX_RULE_LINE_WORDS,
                        help="longest line a non-exact rule may match (default: %(default)s)")
    parser.add_argument("--substring-min-words", type=int, default=SUBSTRING_MIN_WORDS,
                        help="shortest extractor line that counts as gold when it is a substring "
                             "of the gold (default: %(default)s)")
    parser.add_argument("--top", type=int, default=0, help="print only the first N rows (0: all)")
    parser.add_argument("--all", action="store_true", help="list rules with no hits too")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="print up to N example content lines under each rule that hits content")
    parser.add_argument("--show-boilerplate", type=int, default=0, metavar="N",
                        help="print up to N example boilerplate lines under each rule")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON Lines instead")
    args = parser.parse_args(argv)

    if not args.bench.is_dir():
        parser.error(f"benchmark folder {args.bench} not found (use --bench DIR)")
    rules = load_rules(args.lang)
    ruleset = RuleSet(rules)
    lines = collect(args.bench, args.datasets, args.substring_min_words)
    content_hits = hits(ruleset, lines.content, args.max_words)
    boiler_hits = hits(ruleset, lines.boilerplate, args.max_words)

    rows = []
    for rule in rules:
        c = sum(n for _, n in content_hits.get(rule.rule_id, []))
        b = sum(n for _, n in boiler_hits.get(rule.rule_id, []))
        if c or b or args.all:
            rows.append((c, b, rule))
    rows.sort(key=lambda row: (-row[0], -row[1], row[2].rule_id))
    if args.top:
        rows = rows[: args.top]

    if args.json:
        for c, b, rule in rows:
            print(json.dumps({"rule": rule.rule_id, "kind": rule.kind.value, "pattern": rule.pattern,
                              "content": c, "boilerplate": b}, ensure_ascii=False))
    else:
        print(f"{'content':>7} {'boiler':>7}  {'rule':<24} {'kind':<8} pattern")
        for c, b, rule in rows:
            print(f"{c:>7} {b:>7}  {rule.rule_id:<24} {rule.kind.value:<8} {rule.pattern}")
            examples = sorted(content_hits.get(rule.rule_id, []), key=lambda x: -x[1])[: args.show]
            for text, n in examples:
                print(f"{'':>17}C {n}x [{lines.where.get(text, '?')}] {text[:160]}")
            examples = sorted(boiler_hits.get(rule.rule_id, []), key=lambda x: -x[1])
            for text, n in examples[: args.show_boilerplate]:
                print(f"{'':>17}B {n}x [{lines.where.get(text, '?')}] {text[:160]}")

    total_c = sum(n for v in content_hits.values() for _, n in v)
    total_b = sum(n for v in boiler_hits.values() for _, n in v)
    rules_with_content = sum(1 for v in content_hits.values() if v)
    out = sys.stderr if args.json else sys.stdout
    print("", file=out)
    print(f"rules: {len(rules)} ({len({r.source for r in rules})} files); "
          f"rules that hit content: {rules_with_content}; "
          f"rules that hit boilerplate: {sum(1 for v in boiler_hits.values() if v)}", file=out)
    for name, (n_c, n_b) in lines.per_set.items():
        print(f"  {name:<17} content lines {n_c:>7}  boilerplate lines {n_b:>7}", file=out)
    print(f"content lines {sum(lines.content.values())}, boilerplate lines "
          f"{sum(lines.boilerplate.values())}", file=out)
    print(f"TOTAL content hits {total_c}  boilerplate hits {total_b}", file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
