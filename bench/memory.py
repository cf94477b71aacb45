"""Peak memory and throughput of ``boilerstrip --jsonl`` on a big JSON Lines file (default ~1 GB).

The file is generated into a temporary directory (deleted afterwards, never committed): article-like
records with an id, a URL and a text of paragraphs mixed with boilerplate lines. The command runs as
a subprocess with its output sent to /dev/null; its RSS is sampled from /proc while it runs, and its
peak is read from ``getrusage(RUSAGE_CHILDREN)`` at the end. The samples show whether memory grows
with the number of records (it must not); the target is a peak under 150 MB.

With ``--baseline``, the same file also goes through a bare loop that only parses and re-serialises
each record with the same JSON backend: the floor that the CLI's MB/s is to be compared with.

    python bench/memory.py                     # ~1 GB
    python bench/memory.py --size-mb 100 --baseline
    python bench/memory.py -- --preset recall --explain-field removed   # extra CLI arguments
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MB = 1_000_000
TARGET_PEAK_MB = 150

SAMPLE = (
    "the council voted on tuesday to add bus lanes on three of the busiest roads in town after a long "
    "debate residents said they welcomed the plan but shop owners worried about parking and deliveries "
    "while cyclists asked for separate lanes and the mayor promised a review within a year Zürich "
    "Kraków São Paulo Москва 東京"
)
WORDS = SAMPLE.split(" ")
BOILERPLATE = (
    "Read more", "Share this article", "Sign up for our newsletter", "Advertisement",
    "© 2024 Example Media. All rights reserved.", "Support our journalism", "Photo: Reuters",
    "Leave a Reply", "12 comments", "Follow us on Twitter", "Related: Ten things to do this weekend",
)

#: Distinct texts to draw records from: enough variety, generated once, so writing 1 GB is fast.
TEXT_POOL = 3000

#: Runs the measured command and reports its peak RSS. A small fresh process in between, because a
#: child forked straight from this (big) process would inherit this one's RSS into its ru_maxrss.
WRAPPER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""

BASELINE = """
import sys
from boilerstrip.io.textio import dump_json, parse_json
out = sys.stdout.buffer
for line in open(sys.argv[1], "rb"):
    out.write(dump_json(parse_json(line)))
"""


def make_text(rng: random.Random) -> str:
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 10))).title()]
    for _ in range(rng.randint(3, 25)):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 90))).capitalize() + ".")
        if rng.random() < 0.25:
            lines.append(rng.choice(BOILERPLATE))
        if rng.random() < 0.5:
            lines.append("")
    if rng.random() < 0.2:
        lines += ["Leave a Reply", "Comment by Dawn — January 7, 2008 @ 8:48 pm", "Great article!", "Reply"]
    return "\n".join(lines)


def generate(path: Path, size: int, seed: int = 1) -> int:
    """Write about *size* bytes of JSON Lines to *path*; return the number of records."""
    rng = random.Random(seed)
    pool = [json.dumps(make_text(rng), ensure_ascii=False) for _ in range(TEXT_POOL)]
    n = written = 0
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        while written < size:
            line = f'{{"id":{n},"url":"https://example.org/news/{n}","lang":"en","text":{rng.choice(pool)}}}\n'
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return None


def child_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            found = children.read().split()
    except OSError:
        return None
    return int(found[0]) if found else None


def measure(cmd: list[str], label: str, size: int, tmp: Path) -> tuple[float, float]:
    """Run *cmd*; print RSS samples over time, the peak RSS and MB/s. Return (peak MB, MB/s)."""
    samples: list[tuple[float, float]] = []
    peak_file = tmp / "peak"
    start = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen([sys.executable, "-c", WRAPPER, str(peak_file), *cmd],
                                stdout=devnull, stderr=subprocess.PIPE)

        def sample() -> None:
            while proc.poll() is None:
                child = child_of(proc.pid)
                value = None if child is None else rss_mb(child)
                if value is not None:
                    samples.append((time.perf_counter() - start, value))
                time.sleep(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        sampler.join()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{label} exited {proc.returncode}: {err.decode(errors='replace')}")
    peak = int(peak_file.read_text()) * 1024 / MB  # ru_maxrss is in kilobytes on Linux
    if samples:
        picks = [samples[int(k * (len(samples) - 1) / 4)] for k in range(5)]
        shown = ", ".join(f"{t:.0f}s: {mb:.0f} MB" for t, mb in picks)
        print(f"  {label} RSS over time: {shown}")
    print(f"  {label}: {elapsed:.1f} s, {size / MB / elapsed:.1f} MB/s, peak RSS {peak:.1f} MB")
    if err.strip():
        print("  " + err.decode(errors="replace").strip().replace("\n", "\n  "))
    return peak, size / MB / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1000, help="size of the file (default: 1000)")
    parser.add_argument("--baseline", action="store_true",
                        help="also time a bare parse-and-serialise loop over the same file")
    parser.add_argument("cli_args", nargs="*", metavar="CLI_ARG",
                        help="extra arguments for boilerstrip (after --)")
    args = parser.parse_args(argv)
    size = int(args.size_mb * MB)
    with tempfile.TemporaryDirectory(prefix="boilerstrip-mem-") as tmp:
        path = Path(tmp) / "big.jsonl"
        start = time.perf_counter()
        records = generate(path, size)
        actual = path.stat().st_size
        print(f"generated {actual / MB:.0f} MB, {records} records in {time.perf_counter() - start:.0f} s")
        cmd = [sys.executable, "-m", "boilerstrip", "--jsonl", *args.cli_args, str(path)]
        print("$ " + " ".join(cmd) + " > /dev/null")
        peak, _ = measure(cmd, "boilerstrip", actual, Path(tmp))
        if args.baseline:
            measure([sys.executable, "-c", BASELINE, str(path)], "parse+serialise only", actual, Path(tmp))
    verdict = "under" if peak < TARGET_PEAK_MB else "OVER"
    print(f"peak RSS {peak:.1f} MB: {verdict} the {TARGET_PEAK_MB} MB target")
    return 0 if peak < TARGET_PEAK_MB else 1


if __name__ == "__main__":
    sys.exit(main())
