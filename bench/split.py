#!/usr/bin/env python3
"""The fixed split of the benchmark pages into a tune part and a validation part, by site.

Rules, vocabularies, thresholds and fitted weights are developed by looking at **tune** pages
only; **validation** pages are only ever scored. A site's pages all fall on one side, so a rule
that fits one site's furniture cannot score on validation: validation figures say how the cleaner
does on sites nobody tuned on.

The side is a seeded hash of the site, so it is the same on every machine, needs no list kept in
the repository, and a page added later from a known site lands where its site already is:

- wcxb-dev: the record's ``domain``;
- other sets: the host of the page's ``url`` without a leading ``www.``;
- dragnet has no addresses: its own ``split`` field (``train`` tunes, ``test`` validates);
- a page without an address (a few in cleaneval): its id, as if it were its own site.

    python bench/split.py                  # how many pages and sites each set has on each side
    python bench/split.py --list validation --dataset wcxb-dev   # the validation pages' ids
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench"
#: Changing the seed re-deals every site: never change it once figures are reported against it.
SEED = "boilerstrip/split/2026-12"
#: About one site in three validates.
VALIDATION_SHARE = 1 / 3
TUNE, VALIDATION = "tune", "validation"
PARTS = (TUNE, VALIDATION)


def site(page: dict[str, Any]) -> str:
    """The site a page comes from (see the module's docstring)."""
    domain = page.get("domain")
    if domain:
        return str(domain).lower().removeprefix("www.")
    url = page.get("url")
    if url:
        host = (urlsplit(str(url)).hostname or "").lower().removeprefix("www.")
        if host:
            return host
    return f"id:{page.get('id')}"


def site_part(name: str) -> str:
    """The side a site falls on."""
    digest = hashlib.sha256(f"{SEED}\0{name}".encode()).digest()
    return VALIDATION if int.from_bytes(digest[:8], "big") < VALIDATION_SHARE * 2**64 else TUNE


def part(page: dict[str, Any]) -> str:
    """The side a page falls on: its site's, or dragnet's own split."""
    if page.get("split") in ("train", "test"):
        return TUNE if page["split"] == "train" else VALIDATION
    return site_part(site(page))


def pages(bench: Path, dataset: str) -> Iterator[dict[str, Any]]:
    with gzip.open(bench / dataset / "pages.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--dataset", action="append", help="only these sets (default: every set found)")
    parser.add_argument("--list", choices=PARTS, help="print the ids of this part's pages instead")
    args = parser.parse_args(argv)
    names = args.dataset or sorted(p.name for p in args.bench.iterdir() if (p / "pages.jsonl.gz").exists())
    for name in names:
        count: Counter[str] = Counter()
        sites: dict[str, set[str]] = {TUNE: set(), VALIDATION: set()}
        for page in pages(args.bench, name):
            side = part(page)
            if args.list:
                if side == args.list:
                    print(f"{name}\t{page['id']}")
                continue
            count[side] += 1
            sites[side].add(site(page))
        if not args.list:
            print(f"{name:<17} tune {count[TUNE]:>5} pages {len(sites[TUNE]):>5} sites   "
                  f"validation {count[VALIDATION]:>5} pages {len(sites[VALIDATION]):>5} sites")
    return 0


if __name__ == "__main__":
    sys.exit(main())
