"""Corpus files: compressed inputs and outputs, --output, --input-dir and --output-dir."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

import boilerstrip
from boilerstrip.cli import command as cli

try:
    from compression import zstd  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # before Python 3.14: the backport xopen depends on
    from backports import zstd  # type: ignore[import-not-found,no-redef,unused-ignore]

ARTICLES = [
    ("en", "Harbour ferry fares rise in spring\n"
           "The ferry operator will raise single fares by twenty cents from April, the council said.\n"
           "Commuters with monthly passes are not affected by the change.\n"
           "Read more\n"),
    ("de", "Neue Radwege für die Altstadt\n"
           "Der Gemeinderat hat am Dienstag drei neue Radwege durch die Altstadt beschlossen.\n"
           "Die Bauarbeiten sollen im Herbst beginnen und bis zum Frühjahr dauern.\n"
           "Newsletter abonnieren\n"),
    ("fr", "La bibliothèque rouvre ses portes\n"
           "Après deux ans de travaux, la bibliothèque municipale accueille de nouveau le public.\n"
           "Les horaires d'ouverture restent les mêmes qu'avant la fermeture.\n"
           "Partager sur Facebook\n"),
]

COMPRESS: dict[str, Callable[[bytes], bytes]] = {
    "gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress, "zst": zstd.compress,
}
DECOMPRESS: dict[str, Callable[[bytes], bytes]] = {
    "gz": gzip.decompress, "bz2": bz2.decompress, "xz": lzma.decompress, "zst": zstd.decompress,
}


def run(argv: list[str], data: bytes = b"") -> tuple[int, bytes, str]:
    out, err = io.BytesIO(), io.StringIO()
    status = cli.main(argv, stdin=io.BytesIO(data), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def corpus(n: int = 30) -> bytes:
    """JSON Lines of the articles, *n* records."""
    return b"".join(
        json.dumps({"id": i, "lang": ARTICLES[i % 3][0], "text": ARTICLES[i % 3][1]},
                   ensure_ascii=False).encode() + b"\n"
        for i in range(n)
    )


def expected(data: bytes) -> bytes:
    status, out, err = run(["--jsonl"], data)
    assert status == 0, err
    return out


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
@pytest.mark.parametrize("name", ["corpus.jsonl.{fmt}", "corpus.jsonl"])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_compressed_jsonl_is_read_by_its_first_bytes_whatever_its_name(
        tmp_path: Path, fmt: str, name: str, workers: str) -> None:
    data = corpus()
    path = tmp_path / name.format(fmt=fmt)
    path.write_bytes(COMPRESS[fmt](data))
    status, out, err = run(["--jsonl", "-j", workers, str(path)])
    assert status == 0, err
    assert out == expected(data)
    assert b"Read more" not in out and b"Newsletter abonnieren" not in out
    assert "30 records read, 30 cleaned" in err


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
def test_compressed_stdin_and_plain_text(tmp_path: Path, fmt: str) -> None:
    text = ARTICLES[1][1].encode()
    status, out, err = run([], COMPRESS[fmt](text))
    assert status == 0, err
    assert out == boilerstrip.strip(ARTICLES[1][1]).encode()
    path = tmp_path / "article.txt"
    path.write_bytes(COMPRESS[fmt](text))
    assert run([str(path)])[1] == out


def test_text_that_starts_like_a_bzip2_header_is_text() -> None:
    text = b"BZh, the sign said, in letters a metre high.\nThe rest of the story follows here.\n"
    status, out, err = run([], text)
    assert status == 0, err
    assert out == text


@pytest.mark.parametrize("workers", ["1", "2"])
def test_truncated_gzip_is_a_data_error_naming_the_file_after_the_records_it_held(
        tmp_path: Path, workers: str) -> None:
    data = corpus(3000)
    packed = gzip.compress(data)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    status, out, err = run(["--jsonl", "-j", workers, str(path)])
    assert status == 1
    assert f"{path}: cannot read: damaged gzip data: the file is truncated" in err
    # Whole records only, each one the cleaned form of an input record, and some of them.
    lines = out.splitlines(keepends=True)
    assert lines and expected(data).startswith(b"".join(lines))


def test_corrupt_zstd_is_a_data_error_and_the_next_file_still_runs(tmp_path: Path) -> None:
    # With a checksum, as the zstd tool writes by default: without one, damage shows only as
    # bad records (not valid UTF-8 or JSON), which the error policy then handles.
    packed = bytearray(zstd.compress(corpus(), options={zstd.CompressionParameter.checksum_flag: 1}))
    packed[len(packed) // 2] ^= 0xFF
    bad, good = tmp_path / "bad.jsonl.zst", tmp_path / "good.jsonl"
    bad.write_bytes(bytes(packed))
    good.write_bytes(corpus(2))
    status, out, err = run(["--jsonl", str(bad), str(good)])
    assert status == 1
    assert f"{bad}: cannot read: damaged Zstandard data" in err
    assert out.endswith(expected(corpus(2)))


@pytest.mark.parametrize("fmt", sorted(COMPRESS))
def test_output_file_is_compressed_as_its_name_ends(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(corpus())
    dest = tmp_path / f"out.jsonl.{fmt}"
    status, out, err = run(["--jsonl", str(src), "-o", str(dest)])
    assert status == 0, err
    assert out == b""
    assert DECOMPRESS[fmt](dest.read_bytes()) == expected(corpus())


def test_output_without_compression_ending_and_rejects_compressed(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(corpus(2) + b"not json\n")
    dest, rejects = tmp_path / "out.jsonl", tmp_path / "bad.jsonl.gz"
    status, _, err = run(["--jsonl", "--on-error", "skip", "--rejects", str(rejects), str(src),
                          "--output", str(dest)])
    assert status == 0, err
    assert dest.read_bytes() == expected(corpus(2))
    entry = json.loads(gzip.decompress(rejects.read_bytes()))
    assert entry["line"] == 3 and entry["raw"] == "not json" and entry["file"] == str(src)


def test_output_that_is_an_input_is_a_usage_error_and_the_input_is_untouched(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(corpus(2))
    status, _, err = run(["--jsonl", str(src), "-o", str(src)])
    assert status == 2
    assert "is also an input" in err
    assert src.read_bytes() == corpus(2)


def test_output_that_cannot_be_created_is_a_usage_error(tmp_path: Path) -> None:
    status, _, err = run(["--jsonl", "-o", str(tmp_path / "no" / "such" / "out.jsonl")], corpus(1))
    assert status == 2
    assert "cannot write" in err and "out.jsonl" in err


def make_tree(root: Path) -> dict[str, bytes]:
    """Inputs at several depths, some compressed, and a hidden file that must be left alone."""
    files = {
        "a.jsonl": corpus(4),
        "2024/05/b.jsonl.gz": gzip.compress(corpus(5)),
        "2024/c.jsonl.zst": zstd.compress(corpus(6)),
        "misnamed.jsonl": gzip.compress(corpus(2)),
    }
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / ".cache").mkdir()
    (root / ".cache" / "x.jsonl").write_bytes(b"not json\n")
    return files


@pytest.mark.parametrize("workers", ["1", "2"])
def test_input_dir_to_output_dir_keeps_relative_paths_and_compression(tmp_path: Path, workers: str) -> None:
    src, dest = tmp_path / "in", tmp_path / "out"
    files = make_tree(src)
    status, out, err = run(["--jsonl", "-j", workers, "--input-dir", str(src), "--output-dir", str(dest)])
    assert status == 0, err
    assert out == b""
    assert "17 records read, 17 cleaned" in err
    made = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
    assert made == sorted(files)
    assert (dest / "a.jsonl").read_bytes() == expected(corpus(4))
    assert gzip.decompress((dest / "2024/05/b.jsonl.gz").read_bytes()) == expected(corpus(5))
    assert zstd.decompress((dest / "2024/c.jsonl.zst").read_bytes()) == expected(corpus(6))
    # Named .jsonl, so written as plain JSON Lines although it was read as gzip.
    assert (dest / "misnamed.jsonl").read_bytes() == expected(corpus(2))


def test_input_dir_without_output_dir_writes_everything_to_stdout(tmp_path: Path) -> None:
    make_tree(tmp_path)
    status, out, err = run(["--jsonl", "--input-dir", str(tmp_path)])
    assert status == 0, err
    assert len(out.splitlines()) == 17


def test_output_dir_inside_input_dir_is_not_read_again(tmp_path: Path) -> None:
    make_tree(tmp_path)
    argv = ["--jsonl", "--input-dir", str(tmp_path), "--output-dir", str(tmp_path / "clean")]
    assert run(argv)[0] == 0
    status, _, err = run(argv)  # a second run must not clean its own earlier output
    assert status == 0, err
    assert "17 records read" in err
    assert not (tmp_path / "clean" / "clean").exists()


def test_text_and_html_folders(tmp_path: Path) -> None:
    src, dest = tmp_path / "in", tmp_path / "out"
    (src / "news").mkdir(parents=True)
    for lang, text in ARTICLES:
        (src / "news" / f"{lang}.txt").write_text(text, encoding="utf-8")
    assert run(["--input-dir", str(src), "--output-dir", str(dest)])[0] == 0
    for lang, text in ARTICLES:
        assert (dest / "news" / f"{lang}.txt").read_text(encoding="utf-8") == boilerstrip.strip(text)

    pages = tmp_path / "pages"
    pages.mkdir()
    page = (Path(__file__).parent.parent / "fixtures" / "html").glob("*.html")
    first = sorted(page)[0]
    (pages / "story.html.gz").write_bytes(gzip.compress(first.read_bytes()))
    status, _, err = run(["--html", "--input-dir", str(pages), "--output-dir", str(tmp_path / "texts")])
    assert status == 0, err
    made = gzip.decompress((tmp_path / "texts" / "story.txt.gz").read_bytes()).decode("utf-8")
    assert made.strip() == boilerstrip.strip_html(first.read_bytes()).strip()


@pytest.mark.parametrize("argv, message", [
    (["--output-dir", "x"], "--output-dir needs --input-dir"),
    (["--input-dir", "x", "a.txt"], "give FILEs or --input-dir, not both"),
    (["--input-dir", "x", "--output-dir", "y", "-o", "z"], "not both"),
])
def test_folder_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run(argv)
    assert status == 2
    assert message in capsys.readouterr().err  # argparse writes to the process's stderr


def test_input_dir_must_exist_and_differ_from_output_dir(tmp_path: Path) -> None:
    status, _, err = run(["--input-dir", str(tmp_path / "none")])
    assert status == 2 and "not a folder" in err
    status, _, err = run(["--input-dir", str(tmp_path), "--output-dir", str(tmp_path)])
    assert status == 2 and "must differ" in err
