"""The worker pool behind ``-j N``: input order, byte-identical to one process, error semantics kept."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from boilerstrip import Cleaner, Config
from boilerstrip.io.jsonl import JsonlFilter
from boilerstrip.io.parallel import (
    ChunkFactory,
    ChunkFunction,
    ChunkResult,
    FieldChunks,
    JsonlFilterChunks,
    Pool,
    Summary,
    _default_start_method,
    clean_jsonl_parallel,
    read_chunks,
    resolve_workers,
    split_records,
)
from boilerstrip.io.progress import Progress

ARTICLE = (
    "Council backs new bus lanes\n"
    "The city council voted on Tuesday to add bus lanes on three of the busiest roads, "
    "after a year of consultation with residents and shop owners.\n"
    "Share this article\n"
    "Work will start in the spring and should take about eight months.\n"
    "Read more\n"
    "Sign up for our newsletter\n"
)


def make_input(n: int, bad_every: int = 0) -> bytes:
    """*n* JSON Lines records, each a little different; every *bad_every*-th line is broken."""
    lines = []
    for i in range(n):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append(b'{"id": %d, "text": ' % i)  # truncated JSON
            continue
        text = ARTICLE.replace("three", str(i)) + (f"Comments ({i})\n" if i % 3 else "")
        record = {"id": i, "text": text, "meta": {"n": i, "é": "ü"}}
        lines.append(json.dumps(record, ensure_ascii=False).encode())
    return b"\n".join(lines) + b"\n"


def run(
    data: bytes, workers: int, factory: ChunkFactory | None = None, chunk_bytes: int = 2000
) -> tuple[bytes, bytes, str, Summary]:
    out, rejects, log = io.BytesIO(), io.BytesIO(), io.StringIO()
    summary = clean_jsonl_parallel(
        io.BytesIO(data), out, factory or FieldChunks(), workers=workers,
        rejects_stream=rejects, log_stream=log, chunk_bytes=chunk_bytes,
    )
    return out.getvalue(), rejects.getvalue(), log.getvalue(), summary


def test_one_worker_cleans_each_record_like_the_library() -> None:
    data = make_input(20)
    out, _, _, summary = run(data, workers=1)
    cleaner = Cleaner()
    records = [json.loads(line) for line in data.splitlines()]
    got = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in got] == [r["id"] for r in records]
    assert [r["text"] for r in got] == [cleaner.strip(r["text"]) for r in records]
    assert [r["meta"] for r in got] == [r["meta"] for r in records]  # other fields pass through
    assert (summary.counts["read"], summary.counts["cleaned"], summary.stopped) == (20, 20, False)


@pytest.mark.parametrize("on_error", ["skip", "pass"])
def test_two_workers_write_exactly_what_one_writes(on_error: str) -> None:
    data = make_input(300, bad_every=17)
    factory = FieldChunks(on_error=on_error, explain_field="removed")
    one = run(data, 1, factory)
    two = run(data, 2, factory, chunk_bytes=1500)  # other chunk boundaries too: the cut must not matter
    assert one[:3] == two[:3]
    counts = two[3].counts
    assert counts == one[3].counts
    assert counts["read"] == 300
    assert counts["read"] == counts["cleaned"] + counts["passed"] + counts["rejected"]
    bad = 300 // 17
    if on_error == "skip":
        assert counts["rejected"] == bad and len(two[1].splitlines()) == bad
        assert [json.loads(r)["line"] for r in two[1].splitlines()] == [17 * k for k in range(1, bad + 1)]
        assert len(two[0].splitlines()) == 300 - bad
    else:
        assert counts["passed"] == bad and len(two[0].splitlines()) == 300


@pytest.mark.skipif(sys.platform != "linux", reason="fork is the default on Linux only")
def test_fork_only_while_one_thread_runs_and_its_workers_write_what_one_process_writes() -> None:
    assert _default_start_method() == ("fork" if threading.active_count() == 1 else "forkserver")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _default_start_method() == "forkserver"
    finally:
        stop.set()
        other.join()
    data = make_input(200, bad_every=13)
    out, rejects = io.BytesIO(), io.BytesIO()
    clean_jsonl_parallel(io.BytesIO(data), out, FieldChunks(on_error="skip"), workers=2,
                         rejects_stream=rejects, chunk_bytes=1500, start_method="fork")
    one = run(data, 1, FieldChunks(on_error="skip"))
    assert (out.getvalue(), rejects.getvalue()) == one[:2]


def test_fail_stops_at_the_same_record_with_every_earlier_record_written() -> None:
    data = make_input(200)
    lines = data.splitlines(keepends=True)
    lines[150] = b"[1, 2]\n"  # valid JSON, not an object; far into a later chunk
    data = b"".join(lines)
    one = run(data, 1)
    two = run(data, 2)
    assert one[:3] == two[:3]
    assert len(two[0].splitlines()) == 150
    assert two[3].stopped and two[2] == "boilerstrip: <stdin>:151: not a JSON object\n"
    assert two[3].counts["read"] == two[3].counts["cleaned"] + 1 == 151


def test_zero_workers_means_all_cores_and_gives_the_same_output() -> None:
    data = make_input(50)
    assert run(data, 0)[0] == run(data, 1)[0]
    assert resolve_workers(0) >= 1
    with pytest.raises(ValueError):
        resolve_workers(-1)


def test_records_split_at_newline_only_and_last_line_without_newline() -> None:
    rec1 = json.dumps({"text": "a\rb\u2028c\n"}).encode()  # \r escaped by json; raw \u2028 below
    rec2 = '{"text": "x\u2028y\u0085z"}'.encode()  # raw separators inside a JSON string are legal
    data = rec1 + b"\n" + rec2  # no final newline
    assert split_records(data) == [rec1 + b"\n", rec2]
    out, _, _, summary = run(data, 1)
    assert summary.counts["read"] == 2
    assert out.endswith(b"\n") and len(out.splitlines()) == 2


def test_empty_input_gives_empty_output() -> None:
    out, rejects, log, summary = run(b"", 2)
    assert (out, rejects, log, summary.counts["read"]) == (b"", b"", "", 0)


@pytest.mark.parametrize("size", [1, 7, 64, 4096])
def test_read_chunks_cuts_at_line_ends_and_loses_nothing(size: int) -> None:
    data = make_input(40) + b'{"text": "no newline at the end"}'
    chunks = list(read_chunks(io.BytesIO(data), chunk_bytes=size))
    assert b"".join(chunks) == data
    assert all(c.endswith(b"\n") for c in chunks[:-1])


def test_a_trickle_through_a_pipe_is_not_held_back_for_a_full_chunk() -> None:
    read_fd, write_fd = os.pipe()
    first = b'{"text": "one"}\n'
    got: list[bytes] = []
    with os.fdopen(read_fd, "rb") as reader:
        chunks = read_chunks(reader, chunk_bytes=1 << 20)
        os.write(write_fd, first)
        # The first record comes out while the writer is still open: nothing waits for 1 MiB.
        timer = threading.Timer(10, os.close, [write_fd])  # unblocks the read if this test fails
        timer.start()
        got.append(next(chunks))
        timer.cancel()
        os.close(write_fd)
        got.extend(chunks)
    assert got == [first]


@dataclass(frozen=True)
class UpperFactory:
    """A chunk function of our own, to show the pool runs any picklable factory, once per worker."""

    suffix: bytes

    def __call__(self) -> ChunkFunction:
        pid = str(os.getpid()).encode()
        calls = iter(range(1 << 30))  # counts the chunks this one function sees

        def run(chunk: bytes, first_line_no: int, name: str) -> ChunkResult:
            n = next(calls)
            out = b"".join(
                b"%d %s %s%s %s %d\n" % (no, name.encode(), line.rstrip(b"\n").upper(), self.suffix, pid, n)
                for no, line in enumerate(split_records(chunk), start=first_line_no)
            )
            return ChunkResult(output=out, counts={"read": chunk.count(b"\n")}, lines=chunk.count(b"\n"))

        return run


def test_the_pool_runs_any_chunk_function_in_order_on_several_processes() -> None:
    data = b"".join(b"line %d\n" % i for i in range(1, 5001))
    with Pool(UpperFactory(b"!"), workers=2) as pool:
        outputs = []
        for name in ("a.jsonl", "b.jsonl"):  # one pool, two inputs: line numbers restart
            out = io.BytesIO()
            summary = pool.run(io.BytesIO(data), out.write, name=name, chunk_bytes=512)
            assert summary.counts["read"] == 5000
            outputs.append(out.getvalue().splitlines())
    for name, lines in zip(("a.jsonl", "b.jsonl"), outputs, strict=True):
        fields = [line.split() for line in lines]
        assert [(f[0], f[1], f[2], f[3]) for f in fields] == [
            (b"%d" % i, name.encode(), b"LINE", b"%d!" % i) for i in range(1, 5001)
        ]
        assert str(os.getpid()).encode() not in {f[4] for f in fields}  # the work ran in the workers
        # Each worker built its function once and reused it for every chunk it got.
        assert max(int(f[5]) for f in fields) > 0


def test_bad_on_error_value_is_refused() -> None:
    with pytest.raises(ValueError, match="on_error"):
        FieldChunks(on_error="ignore")


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_on_a_terminal_only_and_ends_its_line() -> None:
    tty = FakeTty()
    progress = Progress(tty, total_bytes=len(make_input(300)), redraw_seconds=0)
    out = io.BytesIO()
    clean_jsonl_parallel(io.BytesIO(make_input(300)), out, FieldChunks(), workers=1,
                         progress=progress, chunk_bytes=4096)
    progress.close()
    shown = tty.getvalue()
    last = shown.rstrip("\n").rsplit("\r", 1)[-1]
    assert "300 records" in last and "100%" in last  # the size is known: the share done
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d, [\d.]+[kMG]?B/s", last), last  # elapsed<ETA, rate
    assert shown.endswith("\n")

    plain = io.StringIO()  # a log file, not a terminal
    quiet = Progress(plain, total_bytes=None, redraw_seconds=0)
    quiet.update(10, 1000)
    quiet.close()
    assert plain.getvalue() == ""
    terminal = FakeTty()
    silenced = Progress(terminal, enabled=False, redraw_seconds=0)  # --quiet on a terminal
    silenced.update(10, 1000)
    silenced.close()
    assert terminal.getvalue() == ""


def test_messages_erase_the_progress_line_before_they_are_written() -> None:
    tty = FakeTty()
    progress = Progress(tty, redraw_seconds=0)
    progress.update(5, 1000)
    assert "5 records" in tty.getvalue()
    progress.messages(tty).write("boilerstrip: x.jsonl:3: not valid JSON\n")
    drawn, erased, message = tty.getvalue().rsplit("\r", 2)
    assert "5 records" in drawn and erased.strip() == ""  # the line blanked, then the message
    assert message == "boilerstrip: x.jsonl:3: not valid JSON\n"
    progress.update(1, 10)
    progress.close()
    progress.close()  # a second close draws nothing more
    shown = tty.getvalue()
    assert shown.endswith("\n") and shown.count("\n") == 2
    assert "6 records" in shown.rstrip("\n").rsplit("\r", 1)[-1]


def test_a_short_run_draws_nothing_and_progress_starts_no_thread() -> None:
    # No monitor thread: the CLI forks its workers only while it runs no other thread.
    threads = threading.active_count()
    tty = FakeTty()
    progress = Progress(tty)  # the default redraw interval: nothing before it has passed
    progress.update(3, 100)
    progress.close()
    assert tty.getvalue() == ""
    assert threading.active_count() == threads


def one_process(data: bytes, **options: object) -> tuple[bytes, bytes, str, dict[str, int], bool]:
    """What the CLI's JSON Lines mode does in one process: JsonlFilter over the lines of a stream."""
    out, rejects, log = io.BytesIO(), io.BytesIO(), io.StringIO()
    jsonl = JsonlFilter(Cleaner(), out.write, rejects=rejects.write, log=log, **options)  # type: ignore[arg-type]
    finished = jsonl.run(io.BytesIO(data), "in.jsonl")
    counts = {k: v for k, v in vars(jsonl.counts).items()}
    return out.getvalue(), rejects.getvalue(), log.getvalue(), counts, finished


def pooled(data: bytes, workers: int, **options: object) -> tuple[bytes, bytes, str, dict[str, int], bool]:
    out, rejects, log = io.BytesIO(), io.BytesIO(), io.StringIO()
    factory = JsonlFilterChunks(Config(), **options)  # type: ignore[arg-type]
    with Pool(factory, workers) as pool:
        summary = pool.run(io.BytesIO(data), out.write, name="in.jsonl", write_rejects=rejects.write,
                           log=log, chunk_bytes=1500)
    return out.getvalue(), rejects.getvalue(), log.getvalue(), dict(summary.counts), not summary.stopped


@pytest.mark.parametrize("options", [
    {"on_error": "skip"},
    {"on_error": "pass", "explain": True, "explain_field": "removed"},
    {"on_error": "fail"},
])
def test_jsonl_filter_in_workers_writes_what_it_writes_in_one_process(options: dict[str, object]) -> None:
    lines = make_input(300, bad_every=29).splitlines(keepends=True)
    lines[0] = b"\xef\xbb\xbf" + lines[0]  # a BOM on line 1 only: stripped there, as in one process
    lines[10] = b"  \n"  # blank: not a record
    lines[12] = b'{"id": 12, "text": null}\n'
    data = b"".join(lines)
    expected = one_process(data, **options)
    assert expected[3]["read"] > 0
    assert pooled(data, 1, **options) == expected
    assert pooled(data, 2, **options) == expected
    if options["on_error"] == "fail":
        assert not expected[4] and "in.jsonl:13:" in expected[2]


class FailingReader(io.BytesIO):
    """Gives *good* bytes, then fails as a disk or network read can."""

    def read1(self, size: int | None = -1, /) -> bytes:
        data = super().read1(size)
        if not data:
            raise OSError(5, "Input/output error")
        return data


@pytest.mark.parametrize("workers", [1, 2])
def test_a_read_error_comes_after_every_whole_line_read_before_it(workers: int) -> None:
    data = make_input(100) + b'{"id": "partial'
    out = io.BytesIO()
    with Pool(FieldChunks(), workers) as pool, pytest.raises(OSError, match="Input/output"):
        pool.run(FailingReader(data), out.write, chunk_bytes=4096)
    assert len(out.getvalue().splitlines()) == 100


# --- the CLI's -j / --workers and progress ------------------------------------------------------


def cli_run(argv: list[str], data: bytes = b"", stderr: io.StringIO | None = None) -> tuple[int, bytes, str]:
    from boilerstrip.cli import command as cli

    out, err = io.BytesIO(), stderr if stderr is not None else io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def mixed_input(n: int = 400) -> bytes:
    lines = make_input(n, bad_every=23).splitlines(keepends=True)
    lines[5] = b"\n"  # a blank line: not a record, counted apart
    lines[7] = b'{"id": 7, "text": 12}\n'  # a field that is not a string
    return b"".join(lines)


@pytest.mark.parametrize("policy", [["--on-error", "pass"], ["--explain-field", "removed", "--explain"]])
def test_cli_j2_writes_what_j1_writes(policy: list[str]) -> None:
    data = mixed_input()
    if "--explain" in policy:
        data = make_input(300)  # fail policy: only good records
    one = cli_run(["--jsonl", *policy], data)
    two = cli_run(["--jsonl", "-j", "2", *policy], data)
    zero = cli_run(["--jsonl", "--workers", "0", *policy], data)
    assert one[0] == 0, one[2]
    assert one == two == zero  # status, stdout and stderr (messages, summary) alike


def test_cli_j2_skip_writes_the_same_rejects(tmp_path: Path) -> None:
    data = mixed_input()
    outputs = []
    for workers in ("1", "2"):
        rejects = tmp_path / f"rejects-{workers}.jsonl"
        status, out, err = cli_run(["--jsonl", "-j", workers, "--on-error", "skip", "--rejects", str(rejects)],
                                   data)
        assert status == 0, err
        outputs.append((out, err, rejects.read_bytes()))
    assert outputs[0] == outputs[1]
    rejected = [json.loads(line) for line in outputs[1][2].splitlines()]
    assert rejected[0]["line"] == 8 and len(rejected) == 1 + 400 // 23
    assert len(outputs[1][0].splitlines()) + len(rejected) == 400 - 1  # read = written + rejected


def test_cli_j2_fail_stops_at_the_bad_record_like_j1() -> None:
    lines = make_input(300).splitlines(keepends=True)
    lines[250] = b"{oops\n"
    data = b"".join(lines)
    one = cli_run(["--jsonl"], data)
    two = cli_run(["--jsonl", "-j", "2"], data)
    assert one == two
    status, out, err = two
    assert status == 1 and len(out.splitlines()) == 250
    assert "<stdin>:251:" in err


def test_cli_j2_numbers_lines_per_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(make_input(30))
    second.write_bytes(make_input(30) + b"[]\n")
    argv = ["--jsonl", "--on-error", "pass", str(first), str(second)]
    one = cli_run(argv)
    two = cli_run(["-j", "2", *argv])
    assert one == two and one[0] == 0
    assert f"{second}:31:" in two[2]


def test_cli_workers_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_run(["--jsonl", "-j", "-1"])[0] == 2
    assert "--workers -1" in capsys.readouterr().err  # argparse writes usage errors to sys.stderr
    assert cli_run(["-j", "2"], b"text\n")[0] == 2
    assert "--workers needs --jsonl" in capsys.readouterr().err


def test_cli_progress_only_on_a_terminal_and_not_with_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("boilerstrip.io.progress.REDRAW_SECONDS", 0)  # draw at once: these runs are short
    data = make_input(200)
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    for argv in (["--jsonl", str(path)], ["--jsonl", "-j", "2", str(path)]):
        tty = FakeTty()
        status, out, _ = cli_run(argv, stderr=tty)
        assert status == 0
        shown = tty.getvalue()
        last = shown.split("boilerstrip:")[0].rstrip("\n").rsplit("\r", 1)[-1]  # the bar's last state
        assert "200 records" in last and "B/s" in last and "100%" in last and "<" in last  # share, rate, ETA
        assert shown.rstrip("\n").endswith("blank lines skipped")  # the summary on a line of its own
        assert cli_run(argv)[1] == out  # the same output with stderr not a terminal
    quiet = FakeTty()
    cli_run(["--jsonl", "--quiet", str(path)], stderr=quiet)
    assert "records" not in quiet.getvalue()
    piped = io.StringIO()
    cli_run(["--jsonl", str(path)], stderr=piped)
    assert "\r" not in piped.getvalue()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc settings exist on Linux only")
def test_workers_keep_their_chunk_buffers_and_still_write_what_one_process_writes() -> None:
    """keep_chunk_buffers asks glibc to keep freed chunk-sized buffers; in a worker (where the
    pool's initializer calls it) the output stays what one process writes."""
    import subprocess

    code = "import boilerstrip.io.parallel as p; print(p.keep_chunk_buffers(), p.keep_chunk_buffers())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    if hasattr(os, "confstr") and os.confstr("CS_GNU_LIBC_VERSION"):  # glibc, not musl
        assert done.stdout.split() == ["True", "True"]
    data = b"".join(json.dumps({"id": i, "text": f"Story {i}.\nRead more\n" * (i % 5 + 1)}).encode() + b"\n"
                    for i in range(400))
    outputs = []
    for workers in (1, 2):
        out = io.BytesIO()
        clean_jsonl_parallel(io.BytesIO(data), out, FieldChunks(), workers=workers, chunk_bytes=2048)
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") == 400


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe capacity is set on Linux only")
def test_pipes_to_the_workers_are_widened() -> None:
    import fcntl

    from boilerstrip.io.parallel import PIPE_BYTES, Pool

    with Pool(FieldChunks(), workers=2) as pool:
        queue = pool._pool._call_queue  # type: ignore[union-attr]
        size = fcntl.fcntl(queue._writer.fileno(), getattr(fcntl, "F_GETPIPE_SZ", 1032))
        with open("/proc/sys/fs/pipe-max-size") as limit:
            assert size == min(PIPE_BYTES, int(limit.read()))
        out = io.BytesIO()
        pool.run(io.BytesIO(b'{"text": "Rain fell.\\nRead more\\n"}\n' * 50), out.write)
    assert out.getvalue() == b'{"text": "Rain fell.\\n"}\n' * 50
