"""The command line's options: the parser, its checks across options, and the Config they build.

>>> args = parse_args(["--jsonl", "--preset", "precision", "--lang", "en,de"])
>>> config_from_args(args).languages, config_from_args(args).preset
(('en', 'de'), 'precision')
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from boilerstrip import __version__, buildinfo
from boilerstrip.config import PRESETS, Config
from boilerstrip.io.fields import FieldPath
from boilerstrip.io.jsonl import ON_ERROR
from boilerstrip.io.textio import JSON_BACKEND
from boilerstrip.rules import CATEGORIES

EPILOG = """\
examples:
  boilerstrip article.txt > clean.txt
  trafilatura -u https://example.org/story | boilerstrip
  boilerstrip --explain article.txt > /dev/null        # why each line goes
  boilerstrip --jsonl < pages.jsonl > clean.jsonl
  boilerstrip --jsonl -j 0 < pages.jsonl > clean.jsonl  # on every core, same output as -j 1
  zcat pages.jsonl.gz | boilerstrip --jsonl --field content --lang en,de | gzip > clean.jsonl.gz
  boilerstrip --jsonl pages.jsonl.gz -o clean.jsonl.zst   # compressed in (any name) and out (by name)
  boilerstrip --jsonl -j 0 --input-dir crawl --output-dir clean   # same relative paths under clean/
  boilerstrip --jsonl --field doc.body --drop-empty --rejects dropped.jsonl < pages.jsonl > clean.jsonl
  boilerstrip --jsonl --url-field url --stats stats.json < pages.jsonl > clean.jsonl
  boilerstrip report stats.json -o report.html    # the statistics as a page (boilerstrip ./report
                                                  # cleans a file named report)
  boilerstrip --jsonl --on-error skip --rejects bad.jsonl < pages.jsonl > clean.jsonl
  boilerstrip --jsonl --explain-field removed < pages.jsonl | jq -c '.removed[] | [.category, .text]'
  find texts -name '*.txt' -print0 | xargs -0 -P 4 -I{} sh -c 'boilerstrip "$1" > "$1.clean"' _ {}
  jq -c '{id, text: .body}' dump.jsonl | boilerstrip --jsonl --rules site.donation.txt

exit status: 0 success; 1 bad data, an unreadable input or a failed write (the message names
the file and line); 2 bad usage, including a rule file or language that cannot be used;
130 interrupted (Ctrl-C); 141 the reader of stdout went away (`| head`).
"""


def version_line() -> str:
    """What ``--version`` prints: the version, the build that runs (and why a part of it is not
    compiled) and the JSON library in use."""
    return f"boilerstrip {__version__} ({buildinfo.describe()}, JSON: {JSON_BACKEND})"


class VersionAction(argparse.Action):
    """``--version``, worked out only when asked (the build's note is a file to read)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the version, the build that runs and the JSON library, and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(version_line())  # on stdout, as argparse's own version action prints
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boilerstrip",
        description=(
            "Remove boilerplate lines (appeals, newsletter prompts, teasers, share prompts, "
            "comments, credits...) from extracted article text. Reads FILEs or stdin, writes "
            "the kept lines, byte-identical and in order, to stdout. "
            "Subcommand: boilerstrip report STATS.json -o report.html draws a --stats file."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="input files, each one document (or JSON Lines); '-' or none: stdin")
    parser.add_argument("--version", action=VersionAction)

    what = parser.add_argument_group("how to clean")
    what.add_argument("--preset", choices=PRESETS, default="balanced",
                      help="how eager to remove (default: %(default)s)")
    what.add_argument("--lang", action="append", metavar="CODE",
                      help="use only these rule languages; repeat or give a comma list (default: all)")
    what.add_argument("--rules", action="append", metavar="FILE", default=[],
                      help="add a rule file of your own (see docs/rules.md); repeatable")
    what.add_argument("--disable", action="append", metavar="CATEGORY_OR_ID", default=[],
                      help=f"never remove for this category ({', '.join(CATEGORIES)}) "
                           "or rule id (en/legal:3); repeatable")
    what.add_argument("--keep-comments", action="store_true",
                      help="keep reader comments under an article (default: they are removed as "
                           "boilerplate); in text and HTML modes")
    what.add_argument("--explain", action="store_true",
                      help="print each removed line and its reason on stderr")

    html = parser.add_argument_group("HTML (prune the page, extract with trafilatura, clean)")
    html.add_argument("--html", action="store_true",
                      help="each FILE (or stdin) is an HTML page: write its cleaned article text")
    html.add_argument("--html-field", metavar="NAME",
                      help="with --jsonl: read the page from this field, write the text to --field")
    html.add_argument("--html-info-field", metavar="NAME",
                      help="with --html-field: add what is said of each page here: the reason its "
                           "text is empty (or null) and the encoding it was read with")

    jsonl = parser.add_argument_group("records: JSON Lines or Parquet")
    jsonl.add_argument("--jsonl", action="store_true",
                       help="input and output are JSON Lines, one record a line")
    jsonl.add_argument("--parquet", action="store_true",
                       help="input and output are Parquet files (needs pyarrow: boilerstrip[parquet]); "
                            "give -o FILE or --output-dir; the options below apply as with --jsonl")
    jsonl.add_argument("--field", default="text", metavar="NAME",
                       help="the field to clean (default: %(default)s); other fields pass through. NAME, "
                            "here and in the other field options, may be a dotted path: doc.body is the "
                            "field body of the object in doc (write a dot inside a key as \\.)")
    jsonl.add_argument("--explain-field", metavar="NAME",
                       help="add the removed lines and their reasons to each record under NAME")
    jsonl.add_argument("--on-error", choices=ON_ERROR, default="fail",
                       help="a bad record: stop (fail, default), leave it out (skip) or copy it "
                            "unchanged (pass)")
    jsonl.add_argument("--rejects", metavar="FILE",
                       help="with --on-error skip, --drop-empty or --min-kept-ratio: write each bad or "
                            "dropped record and its reason here (JSON Lines)")
    jsonl.add_argument("--drop-empty", action="store_true",
                       help="leave out documents with no text left after cleaning (to --rejects, which "
                            "is then required)")
    jsonl.add_argument("--min-kept-ratio", type=float, metavar="R",
                       help="leave out documents whose cleaning kept less than this share (0 to 1) of "
                            "their characters, white space not counted (to --rejects, then required)")
    what.add_argument("--record-timeout", type=float, metavar="SECONDS",
                      help="a record (or document, or page) that takes longer is not cleaned: it is "
                           "a bad record, with that reason (default: no limit)")
    jsonl.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                       help="clean on N processes, 0 for every core (default: %(default)s); the output "
                            "is in input order and identical to -j 1")

    files = parser.add_argument_group(
        "files and folders (compressed inputs, .gz .bz2 .xz .zst, are recognised by their first bytes)")
    files.add_argument("-o", "--output", metavar="FILE",
                       help="write to FILE instead of stdout, compressed if its name ends in .gz, .bz2, "
                            ".xz or .zst")
    files.add_argument("--input-dir", metavar="DIR",
                       help="clean every file under DIR (at any depth, hidden ones left out), instead of FILEs")
    files.add_argument("--output-dir", metavar="DIR",
                       help="with --input-dir: write one output per input, at the same relative path under "
                            "DIR (compressed as the input's name says; with --html, .html becomes .txt)")

    stats = parser.add_argument_group("statistics")
    stats.add_argument("--stats", metavar="FILE",
                       help="write what was removed (lines and characters by category, rule and site, "
                            "the most frequent removed lines) to FILE as JSON; see `boilerstrip report`")
    stats.add_argument("--url-field", metavar="NAME",
                       help="with --jsonl or --parquet: the field holding each record's URL (default: url, "
                            "where records have it). It tells a discussion thread, whose replies are its "
                            "content and are kept, from an article with reader comments; with --html-field "
                            "it is the page's URL; with --stats, removals are also counted by site")

    out = parser.add_argument_group("output")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="no progress line, no per-record warnings and no summary (errors are "
                          "still reported); the progress line is drawn only when stderr is a terminal")
    out.add_argument("--line-buffered", action="store_true",
                     help="flush after each record or document (for interactive pipelines)")
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jsonl and args.parquet:
        parser.error("give --jsonl or --parquet, not both")
    if args.parquet:
        if args.html:
            parser.error("--html is for whole pages; with --parquet, name the page's field with --html-field")
        if args.output is None and args.output_dir is None:
            parser.error("--parquet writes files: give -o FILE or --input-dir DIR --output-dir DIR")
        if "-" in args.files or (not args.files and args.input_dir is None):
            parser.error("--parquet reads files (Parquet cannot be read from a pipe): name them")
    if not args.jsonl and not args.parquet:
        for option, given in (("--field", args.field != "text"), ("--explain-field", args.explain_field),
                              ("--on-error", args.on_error != "fail"), ("--rejects", args.rejects),
                              ("--workers", args.workers != 1), ("--html-field", args.html_field),
                              ("--drop-empty", args.drop_empty), ("--min-kept-ratio", args.min_kept_ratio),
                              ("--url-field", args.url_field)):
            if given:
                parser.error(f"{option} needs --jsonl (or --parquet)")
    if args.output is not None and args.output_dir is not None:
        parser.error("give --output (one file) or --output-dir (one file per input), not both")
    if args.output_dir is not None and args.input_dir is None:
        parser.error("--output-dir needs --input-dir (one output per file found there)")
    if args.input_dir is not None and args.files:
        parser.error("give FILEs or --input-dir, not both")
    if args.html and args.jsonl:
        parser.error("--html is for whole pages; with --jsonl, name the page's field with --html-field")
    if args.html_info_field is not None and args.html_field is None:
        parser.error("--html-info-field needs --html-field (with --jsonl or --parquet)")
    if args.workers < 0:
        parser.error(f"--workers {args.workers}: give 0 (every core) or more")
    if args.record_timeout is not None and not args.record_timeout > 0:
        parser.error(f"--record-timeout {args.record_timeout:g}: give a number of seconds above 0")
    dropping = args.drop_empty or args.min_kept_ratio is not None
    if args.min_kept_ratio is not None and not 0 < args.min_kept_ratio <= 1:
        parser.error(f"--min-kept-ratio {args.min_kept_ratio:g}: give a share above 0 and at most 1")
    if dropping and args.rejects is None:
        parser.error("--drop-empty and --min-kept-ratio need --rejects FILE: a dropped document goes "
                     "there with its reason (--rejects /dev/null to discard them)")
    if args.rejects is not None and args.on_error != "skip" and not dropping:
        parser.error("--rejects needs --on-error skip, --drop-empty or --min-kept-ratio")
    _check_fields(parser, args)
    for key in args.disable:
        if ":" not in key and key not in CATEGORIES:
            parser.error(f"--disable {key!r}: not a category ({', '.join(CATEGORIES)}) nor a rule id")
    return args


def _check_fields(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Each field option must parse as a path, and the outputs must not overlap the text field."""
    paths: dict[str, FieldPath] = {}
    for option, value in (("--field", args.field), ("--explain-field", args.explain_field),
                          ("--html-field", args.html_field), ("--html-info-field", args.html_info_field),
                          ("--url-field", args.url_field)):
        if value is None:
            continue
        try:
            paths[option] = FieldPath.parse(value)
        except ValueError as exc:
            parser.error(f"{option}: {exc}")
    explain = paths.get("--explain-field")
    if explain is not None and explain.overlaps(paths["--field"]):
        parser.error("--explain-field must differ from --field (and neither may lie inside the other)")
    info = paths.get("--html-info-field")
    for option in ("--field", "--explain-field"):
        other = paths.get(option)
        if info is not None and other is not None and info.overlaps(other):
            parser.error(f"--html-info-field must differ from {option} (and neither may lie inside the other)")


def config_from_args(args: argparse.Namespace) -> Config:
    languages: tuple[str, ...] | None = None
    if args.lang:
        codes = [code.strip() for value in args.lang for code in value.split(",")]
        languages = tuple(dict.fromkeys(code for code in codes if code))
    return Config.from_preset(
        args.preset,
        languages=languages,
        disabled=frozenset(args.disable),
        extra_rule_files=tuple(args.rules),
        keep_comments=args.keep_comments,
    )
