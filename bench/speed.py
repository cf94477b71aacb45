"""How fast boilerstrip cleans JSON Lines, against the floor and its peers, in one run.

Builds JSON Lines ``{"id", "text"}`` from the ``extracted`` texts of ``../shared/bench/*``
(``extracted["text"]`` for modern-dev and multilingual-dev, ``extracted["trafilatura"]`` for the
others), repeated to at least ``--mb`` MB in a temporary folder (deleted afterwards), and measures:

- the floor: read, parse with Python's ``json``, serialise and write the same JSON Lines, one
  process, no cleaning (and, for orientation, the same with orjson when it is installed);
- boilerstrip through its CLI (``boilerstrip --jsonl``) with ``-j 1`` and ``-j 2``: documents/s
  and MB/s, the best of ``--repeat`` alternating runs (the machine may be shared);
- datatrove's ``C4QualityFilter`` on a sample of the same documents, with its defaults (needs
  spacy for its sentence splitter) and with ``min_num_sentences=-1``: time per document;
- trafilatura's extraction of the same pages from their ``html``: time per page, on a sample.

Then it prints the ratios against the targets: ``-j 1`` costs at most 3x the floor; it is faster
per document than ``C4QualityFilter(min_num_sentences=-1)``; it costs under 2% of trafilatura's
extraction per page; ``-j 2`` is at least 1.7x ``-j 1``.

    python bench/speed.py                       # 200 MB, the defaults
    bash scripts/build-compiled.sh && PYTHONPATH=build/compiled python bench/speed.py
                                                # the compiled build, as a regular install makes it
    python bench/speed.py --mb 50 --profile     # smaller, plus a cProfile of the cleaner
    python bench/speed.py --bench /data/bench --c4-docs 1000 --pages 50
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import io
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO_ROOT.parent / "shared" / "bench"
#: Datasets whose input is ``extracted["text"]``; every other one's is ``extracted["trafilatura"]``.
TEXT_FIELD_SETS = ("modern-dev", "multilingual-dev")
MB = 1_000_000

# The targets, as ratios measured in the same run.
MAX_COST_VS_FLOOR = 3.0
MAX_SHARE_OF_TRAFILATURA = 0.02
MIN_SPEEDUP_J2 = 1.7


@dataclass
class Page:
    dataset: str
    id: str
    text: str
    html: str | None


@dataclass
class Timing:
    name: str
    seconds: float
    docs: int
    in_bytes: int
    note: str = ""
    cpu: float | None = None  #: CPU seconds of this process and its waited-for children, if known

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.in_bytes / MB / self.seconds

    @property
    def us_per_doc(self) -> float:
        return self.seconds / self.docs * 1e6


def read_pages(bench: Path) -> list[Page]:
    pages: list[Page] = []
    for path in sorted(bench.glob("*/pages.jsonl.gz")):
        dataset = path.parent.name
        key = "text" if dataset in TEXT_FIELD_SETS else "trafilatura"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = (record.get("extracted") or {}).get(key)
                if isinstance(text, str) and text.strip():
                    pages.append(Page(dataset, str(record["id"]), text, record.get("html")))
    return pages


def build_input(pages: list[Page], path: Path, min_bytes: int) -> tuple[int, int]:
    """Write the pages' texts as JSON Lines, repeated until *min_bytes*; return (records, bytes)."""
    lines = [
        (json.dumps({"id": f"{p.dataset}/{p.id}", "text": p.text}, ensure_ascii=False) + "\n").encode()
        for p in pages
    ]
    written = records = 0
    with open(path, "wb") as out:
        rep = 0
        while written < min_bytes:
            for line in lines:
                out.write(line)
                written += len(line)
                records += 1
            rep += 1
    return records, written


def _cpu() -> float:
    """CPU seconds used so far by this process and by its children that have been waited for."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(name: str, docs: int, in_bytes: int, fn: Callable[[], object], note: str = "",
          cpu: bool = True) -> Timing:
    """Wall time, and CPU time when *cpu* (false where work runs in processes we do not wait for:
    pool workers are children of the forkserver)."""
    start, start_cpu = time.perf_counter(), _cpu()
    fn()
    return Timing(name, time.perf_counter() - start, docs, in_bytes, note,
                  _cpu() - start_cpu if cpu else None)


def floor_stdlib(src: Path, dst: Path) -> None:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    loads = json.loads
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for line in fin:
            fout.write((dumps(loads(line)) + "\n").encode("utf-8"))


def floor_orjson(src: Path, dst: Path) -> None:
    import orjson

    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for line in fin:
            fout.write(orjson.dumps(orjson.loads(line)) + b"\n")


def cli_has_workers() -> bool:
    result = subprocess.run([sys.executable, "-m", "boilerstrip", "--help"], capture_output=True, text=True)
    return result.returncode == 0 and "--workers" in result.stdout


def run_cli(src: Path, dst: Path, workers: int | None) -> None:
    command = [sys.executable, "-m", "boilerstrip", "--jsonl", "--quiet"]
    if workers is not None:
        command += ["-j", str(workers)]
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        result = subprocess.run(command, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
    if result.returncode != 0:
        tail = result.stderr.decode()[-2000:]
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {tail}")


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def per_doc(name: str, texts: list[str], fn: Callable[[str], object], note: str = "") -> Timing:
    start, start_cpu = time.perf_counter(), _cpu()
    for text in texts:
        fn(text)
    seconds, cpu = time.perf_counter() - start, _cpu() - start_cpu
    return Timing(name, seconds, len(texts), sum(len(t.encode()) for t in texts), note, cpu)


def c4_timings(texts: list[str]) -> list[Timing]:
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter
    except ImportError as exc:
        print(f"C4QualityFilter skipped: {exc} (pip install 'boilerstrip[datatrove]')", file=sys.stderr)
        return []
    timings = []
    for label, kwargs in (("C4QualityFilter(min_num_sentences=-1)", {"min_num_sentences": -1}),
                          ("C4QualityFilter() defaults", {})):
        step = C4QualityFilter(**kwargs)
        try:
            step.filter(Document(text="A first sentence here. A second one there.", id="warm-up"))
        except ImportError as exc:  # the defaults need a sentence splitter (spacy for English)
            print(f"{label} skipped: {exc}", file=sys.stderr)
            continue
        timings.append(per_doc(label, texts, _c4_call(step, Document)))
    return timings


def _c4_call(step: object, document: type) -> Callable[[str], object]:
    def call(text: str) -> object:
        return step.filter(document(text=text, id="x"))  # type: ignore[attr-defined]

    return call


def trafilatura_timing(pages: list[Page]) -> Timing | None:
    try:
        import trafilatura
    except ImportError:
        return None
    htmls = [p.html for p in pages if p.html]
    if not htmls:
        return None
    timing = per_doc("trafilatura.extract(html)", htmls, trafilatura.extract)
    timing.in_bytes = sum(len(h.encode()) for h in htmls)
    return timing


def sample(pages: list[Page], n: int) -> list[Page]:
    """*n* pages spread evenly over all datasets (deterministic)."""
    if n >= len(pages):
        return pages
    step = len(pages) / n
    return [pages[int(i * step)] for i in range(n)]


def profile_cleaner(texts: list[str], top: int) -> str:
    from boilerstrip import Cleaner

    cleaner = Cleaner()
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        cleaner.strip(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    out.write("\n--- by cumulative time ---\n")
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def row(t: Timing) -> str:
    cpu = "" if t.cpu is None else f"{t.cpu:.2f}"
    return (f"| {t.name} | {t.docs:,} | {t.seconds:.2f} | {cpu} | {t.docs_per_s:,.0f} | {t.mb_per_s:.1f} "
            f"| {t.us_per_doc:,.0f} | {t.note} |")


def verdict(ok: bool) -> str:
    return "yes" if ok else "NO"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH,
                        help="folder of <dataset>/pages.jsonl.gz (default: ../shared/bench)")
    parser.add_argument("--mb", type=float, default=200,
                        help="size of the JSON Lines input, MB (default: 200)")
    parser.add_argument("--c4-docs", type=int, default=3000,
                        help="documents for the C4QualityFilter and per-document runs (default: 3000)")
    parser.add_argument("--pages", type=int, default=150,
                        help="pages for trafilatura's extraction (default: 150)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of -j 1 and of -j 2, alternating; the best of each counts (default: 2)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where to write the temporary files (default: a new temporary folder)")
    parser.add_argument("--profile", action="store_true",
                        help="also profile the cleaner (cProfile) on the unique documents")
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile (default: 25)")
    args = parser.parse_args(argv)

    if not args.bench.is_dir():
        parser.error(f"no benchmark folder {args.bench}")
    pages = read_pages(args.bench)
    if not pages:
        parser.error(f"no pages with extracted text under {args.bench}")
    workdir = Path(tempfile.mkdtemp(prefix="boilerstrip-speed-", dir=args.workdir))
    try:
        return run(args, pages, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run(args: argparse.Namespace, pages: list[Page], workdir: Path) -> int:
    src = workdir / "input.jsonl"
    records, size = build_input(pages, src, int(args.mb * MB))
    print(f"input: {records:,} records, {size / MB:.1f} MB ({len(pages):,} unique documents from "
          f"{args.bench}), {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average at start {os.getloadavg()[0]:.1f}", flush=True)
    import boilerstrip

    # The CLI runs below inherit this environment, so they import the same build.
    build = "compiled" if boilerstrip.COMPILED else "pure Python"
    print(f"boilerstrip: {build} build, from {Path(boilerstrip.__file__).parent}", flush=True)

    timings: list[Timing] = []

    def measure(name: str, fn: Callable[[], object], note: str = "", cpu: bool = True) -> Timing:
        print(f"  running {name}...", file=sys.stderr, flush=True)
        t = timed(name, records, size, fn, note, cpu)
        timings.append(t)
        return t

    floor = measure("floor: read + json.loads + json.dumps + write",
                    lambda: floor_stdlib(src, workdir / "floor"))
    try:
        import orjson  # noqa: F401
        measure("floor with orjson (orientation)", lambda: floor_orjson(src, workdir / "floor2"))
    except ImportError:
        pass

    if not cli_has_workers():
        raise SystemExit("this boilerstrip's CLI has no -j/--workers")
    # -j 1 and -j 2 alternate, best of --repeat: the machine may be shared, and a run that another
    # process slowed down says nothing about boilerstrip.
    runs: dict[int, list[Timing]] = {1: [], 2: []}
    for _ in range(args.repeat):
        for workers in (1, 2):
            print(f"  running boilerstrip --jsonl -j {workers}...", file=sys.stderr, flush=True)
            runs[workers].append(timed(f"boilerstrip --jsonl -j {workers} (CLI)", records, size,
                                       partial(run_cli, src, workdir / f"j{workers}", workers),
                                       f"best of {args.repeat}", cpu=workers == 1))
    j1 = min(runs[1], key=lambda t: t.seconds)
    j2 = min(runs[2], key=lambda t: t.seconds)
    timings.extend([j1, j2])
    same = digest(workdir / "j1") == digest(workdir / "j2")

    texts = [p.text for p in sample(pages, args.c4_docs)]
    from boilerstrip import Cleaner

    cleaner = Cleaner()
    # One document first, as C4QualityFilter gets (see c4_timings): the timing is of cleaning, not
    # of what the first call alone pays (the imports it makes, the tables built on first use).
    cleaner.strip(texts[0])
    lib = per_doc("Cleaner.strip (library, no JSON)", texts, cleaner.strip)
    per_doc_timings = [lib, *c4_timings(texts)]
    traf_pages = sample([p for p in pages if p.html], args.pages)
    traf = trafilatura_timing(traf_pages)
    lib_traf = per_doc("Cleaner.strip on the same pages' extracted text", [p.text for p in traf_pages],
                       cleaner.strip)

    print()
    print("| run | docs | wall s | CPU s | docs/s | MB/s | µs/doc | note |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for t in timings:
        print(row(t))
    print()
    print("| per document | docs | wall s | CPU s | docs/s | MB/s | µs/doc | note |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for t in [*per_doc_timings, lib_traf, *([traf] if traf else [])]:
        print(row(t))

    print()
    print(f"targets (-j 2 output identical to -j 1: {verdict(same)}):")
    cost = j1.seconds / floor.seconds
    cost_cpu = j1.cpu / floor.cpu if j1.cpu and floor.cpu else cost
    print(f"- -j 1 costs {cost:.2f}x the floor in wall time, {cost_cpu:.2f}x in CPU time "
          f"(target <= {MAX_COST_VS_FLOOR}): {verdict(max(cost, cost_cpu) <= MAX_COST_VS_FLOOR)}")
    c4_fast = next((t for t in per_doc_timings if "min_num_sentences=-1" in t.name), None)
    c4_def = next((t for t in per_doc_timings if "defaults" in t.name), None)
    if c4_fast is not None:
        ratio = c4_fast.us_per_doc / j1.us_per_doc
        print(f"- C4QualityFilter(min_num_sentences=-1) takes {c4_fast.us_per_doc:,.0f} µs/doc; "
              f"boilerstrip -j 1 {j1.us_per_doc:,.0f} µs/doc with JSON in and out, "
              f"{lib.us_per_doc:,.0f} µs/doc in the library: {ratio:.2f}x faster (target > 1): "
              f"{verdict(ratio > 1)}")
    if c4_def is not None:
        print(f"- C4QualityFilter() with its defaults: {c4_def.us_per_doc:,.0f} µs/doc "
              f"({c4_def.us_per_doc / j1.us_per_doc:.1f}x boilerstrip -j 1)")
    if traf is not None:
        share = lib_traf.us_per_doc / traf.us_per_doc
        share_cli = j1.us_per_doc / traf.us_per_doc
        print(f"- trafilatura extracts a page in {traf.us_per_doc:,.0f} µs; boilerstrip cleans its text in "
              f"{lib_traf.us_per_doc:,.0f} µs = {share:.2%} (target < {MAX_SHARE_OF_TRAFILATURA:.0%}): "
              f"{verdict(share < MAX_SHARE_OF_TRAFILATURA)}; "
              f"with JSON in and out (-j 1 per doc): {share_cli:.2%}")
    speedup = j1.seconds / j2.seconds
    print(f"- -j 2 is {speedup:.2f}x -j 1 (target >= {MIN_SPEEDUP_J2}): {verdict(speedup >= MIN_SPEEDUP_J2)}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (over {os.cpu_count()} cores: above that, "
          "other processes took CPU from these runs, and wall-time ratios, -j 2 above all, suffer)")
    print()
    print("command: python bench/speed.py " + " ".join(sys.argv[1:]))

    if args.profile:
        print()
        print(f"cProfile of Cleaner.strip over {len(pages):,} unique documents:")
        print(profile_cleaner([p.text for p in pages], args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
