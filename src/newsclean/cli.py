"""The ``newsclean`` command: clean pages from files, folders, standard input or JSONL.

    newsclean page.txt                      # the article: title, blank line, body
    newsclean --format labels page.txt      # every line with its label
    newsclean --explain page.txt            # ... and the reason for it
    newsclean --format jsonl pages/         # every *.txt below pages/, one JSON line each
    newsclean --text-field text dump.jsonl  # JSONL records; other fields pass through
    cat page.txt | newsclean -              # standard input
    newsclean -o clean/ pages/              # one file per page, under clean/

Exit status: 0 when every record was cleaned, 1 when some failed (each is
reported on standard error with its file and line, and written as an error
record in JSON output), 2 for a usage error, 141 when the reader of standard
output closed it early (``newsclean ... | head``), as a program that the
pipe's signal stopped.

What the output's encoding cannot hold is escaped, never a crash: JSON
writes it as ``\\uXXXX`` (JSON reads it back as it was; a lone surrogate that
a JSONL record's own escape brought in included), the text formats with a
backslash (``\\ud800``, ``\\xe9``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any, NamedTuple

from newsclean import __version__
from newsclean.batch import ordered_map
from newsclean.config import Config, tagged
from newsclean.lines import normalise_newlines
from newsclean.parts import SCHEMA_VERSION, Page, escape_markdown
from newsclean.pipeline import DEFAULT_CONFIG, clean

FORMATS = ("text", "markdown", "json", "jsonl", "labels")
# Under --output-dir, each page's file takes its input's name with this suffix.
SUFFIXES = {
    "text": ".txt",
    "markdown": ".md",
    "labels": ".labels.txt",
    "json": ".json",
    "jsonl": ".json",
}
# Show progress every this many records when standard error is a terminal.
PROGRESS_EVERY = 50
# The status of a program that SIGPIPE stopped (128 + 13), as a shell reports
# it: the reader of standard output went away (``| head``), nothing failed.
BROKEN_PIPE_STATUS = 141
# A lone surrogate: JSON's "\ud800" escape reads into a str as one (a record
# cut inside an emoji's pair), and no UTF-8 stream can write it raw.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Record(NamedTuple):
    """One page to clean, or the reason it could not be read."""

    source: str
    line: int | None
    text: str | None
    fields: dict[str, Any]
    error: str | None
    name: str = ""
    """Where its output goes under --output-dir: the file's path below the
    folder it was found in, or its name."""


class Result(NamedTuple):
    output: str
    error: str | None
    where: str
    name: str = ""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    fmt = "labels" if args.explain and args.format == "text" else args.format
    output_dir: Path | None = args.output_dir
    if output_dir is not None and (args.text_field or "-" in args.inputs):
        parser.error(
            "--output-dir writes one file per input file; "
            "JSONL records and standard input go to standard output"
        )
    # Like head(1): name each page only when there can be more than one.
    args.headers = output_dir is None and (
        len(args.inputs) > 1 or bool(args.text_field) or any(Path(n).is_dir() for n in args.inputs)
    )
    try:
        config = Config(language=args.language)
    except ValueError as problem:
        parser.error(str(problem))
    if args.language_field and not args.text_field:
        parser.error("--language-field reads JSONL records: give --text-field too")
    records = _read_all(args)
    out = sys.stdout
    work = partial(
        process,
        fmt=fmt,
        explain=args.explain,
        headers=args.headers,
        comments=args.comments,
        config=config,
        language_field=args.language_field,
        # JSON to a stream that is not UTF-8 (a Windows console) escapes all but ASCII.
        ascii_json=output_dir is None and not _holds_unicode(out),
    )
    try:
        return _run(work, records, fmt, args, out)
    except BrokenPipeError:
        _silence(out)
        return BROKEN_PIPE_STATUS


def _run(
    work: partial[Result],
    records: Iterator[Record],
    fmt: str,
    args: argparse.Namespace,
    out: IO[str],
) -> int:
    """Clean every record and write its output; the exit status."""
    output_dir: Path | None = args.output_dir
    failed = 0
    done = 0
    show_progress = sys.stderr.isatty()
    first = True
    written: dict[Path, str] = {}
    array = fmt == "json" and output_dir is None  # json to standard output: one array
    if array:
        out.write("[\n")
    for result in ordered_map(work, records, args.jobs):
        if result.error is None and output_dir is not None:
            result = _write((output_dir / result.name).with_suffix(SUFFIXES[fmt]), result, written)
        if result.error is not None:
            failed += 1
            print(f"newsclean: {result.where}: {result.error}", file=sys.stderr)
        if output_dir is None and result.output:  # (an error record too, in JSON)
            if array and not first:
                out.write(",\n")
            _emit(out, result.output)
            first = False
        done += 1
        if show_progress and done % PROGRESS_EVERY == 0:
            print(f"\r{done} records, {failed} failed", end="", file=sys.stderr)
        if failed and args.fail_fast:
            break
    if array:
        out.write("\n]\n")
    if show_progress and done >= PROGRESS_EVERY:
        print(f"\r{done} records, {failed} failed", file=sys.stderr)
    out.flush()
    return 1 if failed else 0


def _holds_unicode(stream: IO[str]) -> bool:
    """Can the stream write any character (bar lone surrogates)?"""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-16", "utf-32", "utf-8-sig")


def _emit(out: IO[str], text: str) -> None:
    """Write text; what the stream's encoding cannot hold is backslash-escaped."""
    try:
        out.write(text)
    except UnicodeEncodeError:
        # (the text formats only: JSON comes escaped; nothing was written yet,
        # the stream encodes the whole text before it writes)
        encoding = getattr(out, "encoding", None) or "utf-8"
        out.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _silence(out: IO[str]) -> None:
    """After the reader went away: send what is still buffered nowhere, so
    that Python's flush at exit does not fail again (the recipe of the
    ``signal`` module's docs)."""
    # (OSError and the rest: not a real file, as a test's capture)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())


def _write(target: Path, result: Result, written: dict[Path, str]) -> Result:
    """Write one page's output to its file under --output-dir; the result
    says why when it could not be written."""
    if target in written:
        # Two inputs of one name (a/page.txt and b/page.txt given as files).
        return result._replace(error=f"not written: {target} holds {written[target]}'s output")
    written[target] = result.where
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # (a lone surrogate in a text format, as on standard output)
        target.write_text(result.output, encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        return result._replace(error=f"cannot write {target}: {error.strerror or error}")
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean raw scraped news pages: the article, navigation, teasers, "
        "duplicates and boilerplate of each page, line by line.",
        epilog="Exit status: 0 all cleaned, 1 some records failed, 2 usage error, "
        "141 standard output closed early (| head).",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        default=["-"],
        help="text files, folders (searched recursively) or - for standard input (default)",
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="text",
        help="text: title and body (default); markdown: the article with its title, "
        "author, date and tags in a front matter; json / jsonl: the whole page "
        f"(schema version {SCHEMA_VERSION}); labels: every line with its label",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="with every line's label, the rule that set it and its numbers",
    )
    parser.add_argument(
        "--comments",
        action="store_true",
        help="text and markdown: the readers' comments after the article, as the page "
        "shows them (they are boilerplate: JSON gives them under 'comments' always)",
    )
    parser.add_argument(
        "--glob", default="*.txt", help="which files to take from folders (default: *.txt)"
    )
    parser.add_argument(
        "--text-field",
        metavar="NAME",
        help="read JSONL: one record per line, the page in field NAME; "
        "the other fields are passed through to JSON output",
    )
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of the input files (default: utf-8, strict)"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        help="worker processes (default 1; 0 for one per CPU); output stays in input order",
    )
    parser.add_argument(
        "--output-dir",
        "-o",
        type=Path,
        metavar="DIR",
        help="write each page to its own file under DIR, named as its input (below the "
        "folder it was found in) with .txt, .labels.txt or .json; nothing on standard output",
    )
    parser.add_argument(
        "--language",
        "-l",
        metavar="LANG",
        help="the pages' language, a name or ISO 639-1 or 639-3 code (de, deu, german); "
        "default: guessed page by page",
    )
    parser.add_argument(
        "--language-field",
        metavar="NAME",
        help="with --text-field: each record's language from its field NAME (kept in "
        "the output); without a usable one, --language or the guess",
    )
    parser.add_argument(
        "--fail-fast", action="store_true", help="stop at the first record that cannot be cleaned"
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def _read_all(args: argparse.Namespace) -> Iterator[Record]:
    for name in args.inputs:
        if name == "-":
            yield from _read_stream("<stdin>", sys.stdin.buffer, args)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob(args.glob) if p.is_file()):
                yield from _read_file(child, args, child.relative_to(path))
        elif path.is_file():
            yield from _read_file(path, args, Path(path.name))
        else:
            yield Record(name, None, None, {}, "no such file or folder")


def _read_file(path: Path, args: argparse.Namespace, name: Path) -> Iterator[Record]:
    try:
        with path.open("rb") as stream:
            for record in _read_stream(str(path), stream, args):
                yield record._replace(name=str(name))
    except OSError as error:
        yield Record(str(path), None, None, {}, f"cannot read: {error.strerror or error}")


def _read_stream(source: str, stream: IO[bytes], args: argparse.Namespace) -> Iterator[Record]:
    if args.text_field:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield _jsonl_record(source, number, raw, args)
        return
    data = stream.read()
    yield Record(source, None, *_decode(data, args.encoding))


def _decode(data: bytes, encoding: str) -> tuple[str | None, dict[str, Any], str | None]:
    try:
        return data.decode(encoding), {}, None
    except UnicodeDecodeError as error:
        return (
            None,
            {},
            (
                f"not valid {error.encoding} at byte {error.start}: "
                "give the right --encoding (newsclean never guesses)"
            ),
        )
    except LookupError:
        return None, {}, f"unknown encoding {encoding!r}"


def _jsonl_record(source: str, number: int, raw: bytes, args: argparse.Namespace) -> Record:
    line, _, error = _decode(raw, args.encoding)
    if line is None:
        return Record(source, number, None, {}, error)
    try:
        data = json.loads(line)
    except json.JSONDecodeError as problem:
        return Record(source, number, None, {}, f"not a JSON line: {problem.msg}")
    if not isinstance(data, dict):
        return Record(source, number, None, {}, "not a JSON object")
    text = data.pop(args.text_field, None)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Record(source, number, None, data, f"field {args.text_field!r} is {what}")
    return Record(source, number, text, data, None)


def process(
    record: Record,
    fmt: str,
    explain: bool,
    headers: bool = False,
    config: Config = DEFAULT_CONFIG,
    language_field: str | None = None,
    comments: bool = False,
    ascii_json: bool = False,
) -> Result:
    """Clean one record and format it; a failure becomes an error result."""
    where = record.source if record.line is None else f"{record.source}:{record.line}"
    meta = {"source": record.source, "line": record.line}
    error = record.error
    if error is None and record.text is not None:
        try:
            page = clean(record.text, config=_config_of(record, config, language_field))
        except Exception as problem:  # one bad record must not stop the batch
            error = f"{type(problem).__name__}: {problem}"
        else:
            output = _format(record, page, fmt, explain, meta, ascii_json)
            if comments and fmt in ("text", "markdown"):
                output += _comments(page, fmt)
            if headers and fmt in ("text", "markdown", "labels"):
                output = f"==> {where} <==\n{output}"
            return Result(output, None, where, record.name)
    message = error or "nothing to clean"
    if fmt in ("json", "jsonl"):
        failure = {**record.fields, "newsclean": {**meta, "error": message}}
        return Result(_dump(failure, fmt, ascii_json), message, where)
    return Result("", message, where)


def _config_of(record: Record, config: Config, language_field: str | None) -> Config:
    """The record's Config: the language its field names, when it has a list."""
    if language_field is None:
        return config
    return tagged(config, record.fields.get(language_field)) or config


def _format(
    record: Record, page: Page, fmt: str, explain: bool, meta: dict[str, Any], ascii_json: bool
) -> str:
    if fmt in ("json", "jsonl"):
        data = {**record.fields, "newsclean": {**meta, "page": page.to_dict()}}
        return _dump(data, fmt, ascii_json)
    assert record.text is not None
    if fmt == "labels":
        lines = normalise_newlines(record.text).split("\n")
        rows = []
        for number, (line, label, reason) in enumerate(
            zip(lines, page.labels, page.reasons), start=1
        ):
            name = label.value if label else ""
            why = f" {reason}" if explain and reason else ""
            rows.append(f"{number:>5}  {name:<11}{why} | {line.rstrip()}".rstrip())
        return "\n".join(rows) + "\n"
    article = page.article
    if fmt == "markdown":
        return article.to_markdown()
    parts = [part for part in (article.title, article.text) if part]
    return "\n\n".join(parts) + "\n" if parts else ""


def _comments(page: Page, fmt: str) -> str:
    """The readers' comments to write after the article: each run of them
    as the page shows it, under a heading in Markdown."""
    if not page.comments:
        return ""
    runs = "\n\n".join(block.text for block in page.comments)
    if fmt == "markdown":
        # (each line a paragraph of its own, its markup escaped as the body's is)
        runs = "\n\n".join(escape_markdown(line) for line in runs.split("\n") if line)
        return f"\n## Comments\n\n{runs}\n"
    return f"\n{runs}\n"


def _dump(data: dict[str, Any], fmt: str, ascii_only: bool = False) -> str:
    text = json.dumps(data, ensure_ascii=ascii_only, indent=None if fmt == "jsonl" else 2)
    if not ascii_only and _SURROGATE.search(text):
        # Written as JSON's escape, which reads back as the same lone surrogate.
        text = _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    return text + "\n" if fmt == "jsonl" else text


if __name__ == "__main__":
    sys.exit(main())
