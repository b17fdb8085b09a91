"""The newsclean command, run for real in a subprocess on the fixtures."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

import newsclean
from conftest import LABELLED

SEED = LABELLED / "lavrov-mali.txt"
# The console script installed beside this interpreter (a venv's bin/), else on PATH.
_BESIDE = Path(sys.executable).parent / "newsclean"
COMMAND = [str(_BESIDE) if _BESIDE.exists() else shutil.which("newsclean") or "newsclean"]
MODULE = [sys.executable, "-m", "newsclean"]


def run(
    *args: str, stdin: bytes | None = None, command: list[str] = MODULE
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([*command, *args], input=stdin, capture_output=True, check=False)
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def test_console_script_and_module_agree() -> None:
    assert Path(COMMAND[0]).exists(), "the console script is installed with the package"
    assert run(str(SEED), command=COMMAND).stdout == run(str(SEED)).stdout


def test_text_format_is_title_blank_line_body() -> None:
    result = run(str(SEED))
    assert result.returncode == 0
    page = newsclean.clean(SEED.read_text(encoding="utf-8"))
    assert result.stdout == f"{page.article.title}\n\n{page.article.text}\n"


def test_markdown_format_is_the_articles_markdown(tmp_path: Path) -> None:
    result = run("--format", "markdown", str(SEED))
    assert result.returncode == 0
    page = newsclean.clean(SEED.read_text(encoding="utf-8"))
    assert result.stdout == page.article.to_markdown()
    assert result.stdout.startswith("---\ntitle: \"Russia's Lavrov")
    run("-o", str(tmp_path), "--format", "markdown", str(SEED))
    assert (tmp_path / "lavrov-mali.md").read_text(encoding="utf-8") == result.stdout


_COMMENTED = (
    "Council approves new bridge over the river\nBy Jane Doe\n\n"
    "The city council voted on Tuesday to approve the construction of a new bridge.\n\n"
    "The bridge will cost 45 million euros and should open in 2027, the mayor said.\n\n"
    "2 Comments\n\nMary Jones says:\nThe bridge saves commuters time every day.\n"
    "Reply\n\nPeter Brown says:\nAnother decade of roadworks, as the last bridge brought.\n"
    "Reply\n"
)


def test_comments_follow_the_article_on_request(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_COMMENTED, encoding="utf-8")
    plain = run(str(page)).stdout
    assert "Mary Jones" not in plain
    text = run("--comments", str(page)).stdout
    assert text.startswith(plain)
    assert text[len(plain) :] == "\n" + newsclean.clean(_COMMENTED).comments[0].text + "\n"
    markdown = run("--comments", "--format", "markdown", str(page)).stdout
    assert markdown.startswith(run("--format", "markdown", str(page)).stdout + "\n## Comments\n")
    assert "\n\nMary Jones says:\n\nThe bridge saves" in markdown
    assert (
        run("--comments", "--format", "jsonl", str(page)).stdout
        == run("--format", "jsonl", str(page)).stdout
    )


def test_labels_format_aligns_every_line() -> None:
    result = run("--format", "labels", str(SEED))
    rows = result.stdout.splitlines()
    assert len(rows) == len(SEED.read_text(encoding="utf-8").split("\n"))
    assert rows[2].split()[:2] == ["3", "title"]
    assert rows[1].strip() == "2              |"


def test_explain_gives_the_rule_of_each_line() -> None:
    rows = run("--explain", str(SEED)).stdout.splitlines()
    assert "best headline near the article's top" in rows[2]
    assert "prose in the article region (words=33, class=GOOD)" in rows[7]


def test_stdin() -> None:
    result = run("-", stdin=SEED.read_bytes())
    assert result.stdout.startswith("Russia's Lavrov visits Mali")


def test_folders_recursively_in_order_with_headers(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    shutil.copy(SEED, tmp_path / "b" / "seed.txt")
    shutil.copy(LABELLED / "aeb-fde930b01859de83.txt", tmp_path / "a.txt")
    (tmp_path / "skip.md").write_text("not taken", encoding="utf-8")
    result = run(str(tmp_path))
    headers = [line for line in result.stdout.splitlines() if line.startswith("==> ")]
    assert headers == [f"==> {tmp_path / 'a.txt'} <==", f"==> {tmp_path / 'b' / 'seed.txt'} <=="]
    only_md = run("--glob", "*.md", str(tmp_path)).stdout
    assert only_md == f"==> {tmp_path / 'skip.md'} <==\n"  # a page with no article prints nothing


def test_jsonl_passes_other_fields_through(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    text = SEED.read_text(encoding="utf-8")
    dump.write_text(
        json.dumps({"id": 7, "url": "https://example.com/a", "text": text}) + "\n",
        encoding="utf-8",
    )
    result = run("--text-field", "text", "--format", "jsonl", str(dump))
    record = json.loads(result.stdout)
    assert (record["id"], record["url"]) == (7, "https://example.com/a")
    assert "text" not in record
    assert record["newsclean"]["page"] == newsclean.clean(text).to_dict()
    assert record["newsclean"]["line"] == 1


def test_a_bad_record_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    good = json.dumps({"id": 1, "text": SEED.read_text(encoding="utf-8")})
    dump.write_bytes(
        "\n".join([good, '{"id": 2}', "not json", '{"id": 4, "text": 5}', good]).encode()
        + b'\n{"id": 6, "text": "caf\xe9"}\n'
    )
    result = run("--text-field", "text", "-f", "jsonl", str(dump))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert ["page" in r["newsclean"] for r in records] == [True, False, False, False, True, False]
    assert records[1]["newsclean"]["error"] == "field 'text' is missing"
    assert records[3]["newsclean"]["error"] == "field 'text' is a int, not a string"
    assert f"{dump}:2: field 'text' is missing" in result.stderr
    assert f"{dump}:3: not a JSON line" in result.stderr
    assert f"{dump}:6: not valid utf-8 at byte" in result.stderr
    stopped = run("--text-field", "text", "-f", "jsonl", "--fail-fast", str(dump))
    assert stopped.returncode == 1
    assert len(stopped.stdout.splitlines()) == 2


# A record cut inside an emoji's surrogate pair: JSON's escape reads into a
# lone surrogate, which no UTF-8 stream can write raw.
_CUT_EMOJI = (
    "Council approves new bridge over the river\nBy Jane Doe\n\n"
    + "The city council voted on Tuesday to approve the new bridge \ud83d. " * 3
    + "\n\nThe bridge will cost 45 million euros and should open in 2027, the mayor said.\n"
)


def test_a_lone_surrogate_is_written_escaped_not_a_crash(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": 1, "text": _CUT_EMOJI}) + "\n", encoding="utf-8")
    page = newsclean.clean(_CUT_EMOJI)
    assert "\ud83d" in page.article.text
    result = run("--text-field", "text", "-f", "jsonl", str(dump))
    assert (result.returncode, result.stderr) == (0, "")
    # JSON reads the escape back as the same lone surrogate.
    assert json.loads(result.stdout)["newsclean"]["page"] == page.to_dict()
    assert json.loads(run("--text-field", "text", "-f", "json", str(dump)).stdout)[0] == (
        json.loads(result.stdout)
    )
    text = run("--text-field", "text", str(dump))
    assert text.returncode == 0
    assert "the new bridge \\ud83d." in text.stdout  # visible, as a backslash escape


def test_output_the_stream_cannot_encode_is_escaped(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_COMMENTED.replace("euros", "€ (euros)"), encoding="utf-8")
    ascii_only = {**os.environ, "PYTHONIOENCODING": "ascii"}

    def run_ascii(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([*MODULE, *args], capture_output=True, env=ascii_only, check=False)

    json_out = run_ascii("-f", "json", str(page))
    assert json_out.returncode == 0
    assert json_out.stdout.isascii()
    assert json.loads(json_out.stdout) == json.loads(run("-f", "json", str(page)).stdout)
    text_out = run_ascii(str(page))
    assert text_out.returncode == 0
    assert b"45 million \\u20ac (euros)" in text_out.stdout


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    # Much more than a pipe's buffer (64 KiB), so that writing meets the closed pipe.
    dump.write_text((json.dumps({"text": _COMMENTED}) + "\n") * 300, encoding="utf-8")
    for jobs in ("1", "2"):
        command = [*MODULE, "-j", jobs, "--text-field", "text", "-f", "jsonl", str(dump)]
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
            assert child.stdout is not None and child.stderr is not None
            assert child.stdout.read(100)
            child.stdout.close()  # as `| head -c 100` does
            errors = child.stderr.read()
        assert child.returncode == 141, errors
        assert errors == b""


def test_invalid_utf8_file_is_a_clear_error_or_decoded_when_told(tmp_path: Path) -> None:
    page = tmp_path / "latin1.txt"
    page.write_bytes(
        "Caf\xe9 de la gare\n\nLe conseil a vot\xe9 mardi la fermeture du vieux pont.".encode(
            "latin-1"
        )
    )
    result = run(str(page))
    assert result.returncode == 1
    assert "not valid utf-8 at byte 3" in result.stderr
    assert "--encoding" in result.stderr
    assert run("--encoding", "latin-1", str(page)).returncode == 0


def test_jobs_two_gives_the_same_output_as_jobs_one() -> None:
    one = run("-f", "jsonl", "-j", "1", str(LABELLED))
    two = run("-f", "jsonl", "-j", "2", str(LABELLED))
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == len(list(LABELLED.glob("*.txt")))


def test_language_is_given_to_every_page_and_worker() -> None:
    guessed = run("-f", "jsonl", str(LABELLED)).stdout.splitlines()
    assert "german" not in {json.loads(row)["newsclean"]["page"]["language"] for row in guessed}
    given = run("-f", "jsonl", "-j", "2", "--language", "de", str(LABELLED))
    assert given.returncode == 0
    languages = [
        json.loads(row)["newsclean"]["page"]["language"] for row in given.stdout.splitlines()
    ]
    assert languages == ["german"] * len(list(LABELLED.glob("*.txt")))
    unknown = run("--language", "zh", str(SEED))
    assert unknown.returncode == 2
    assert (
        "no stopword list for language 'zh'" in unknown.stderr and "de (german)" in unknown.stderr
    )


def test_language_field_gives_each_record_its_language(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    text = SEED.read_text(encoding="utf-8")
    tags: list[object] = ["de", "deu_Latn", "zh", None, 3]  # the last three are guessed
    dump.write_text(
        "".join(json.dumps({"text": text, "lang": tag}) + "\n" for tag in tags), encoding="utf-8"
    )
    result = run("--text-field", "text", "--language-field", "lang", "-f", "jsonl", str(dump))
    assert result.returncode == 0
    records = [json.loads(row) for row in result.stdout.splitlines()]
    assert [r["newsclean"]["page"]["language"] for r in records] == [
        "german",
        "german",
        "english",
        "english",
        "english",
    ]
    assert [r["lang"] for r in records] == tags
    given = run(
        "--text-field", "text", "--language-field", "lang", "-l", "fr", "-f", "jsonl", str(dump)
    )
    languages = [
        json.loads(row)["newsclean"]["page"]["language"] for row in given.stdout.splitlines()
    ]
    assert languages == ["german", "german", "french", "french", "french"]
    assert run("--language-field", "lang", str(SEED)).returncode == 2


def test_usage_errors_exit_2() -> None:
    assert run("--format", "xml", str(SEED)).returncode == 2
    assert run("--no-such-flag").returncode == 2
    missing = run("/no/such/file.txt")
    assert missing.returncode == 1
    assert "no such file or folder" in missing.stderr


def _validator(name: str) -> jsonschema.Draft202012Validator:
    folder = resources.files("newsclean") / "data"
    page = json.loads((folder / "page.schema.json").read_text(encoding="utf-8"))
    record = json.loads((folder / "record.schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resources(
        [(s["$id"].rsplit("/", 1)[-1], Resource.from_contents(s)) for s in (page, record)]
        + [(s["$id"], Resource.from_contents(s)) for s in (page, record)]
    )
    schema = page if name == "page" else record
    return jsonschema.Draft202012Validator(schema, registry=registry)


@pytest.mark.parametrize("path", sorted(LABELLED.glob("*.txt")), ids=lambda p: p.stem)
def test_output_validates_against_the_shipped_schema(path: Path) -> None:
    _validator("page").validate(newsclean.clean(path.read_text(encoding="utf-8")).to_dict())


def test_command_records_validate_against_the_shipped_schema(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"id": 1, "text": SEED.read_text(encoding="utf-8")}) + '\n{"id": 2}\n',
        encoding="utf-8",
    )
    validator = _validator("record")
    for line in run("--text-field", "text", "-f", "jsonl", str(dump)).stdout.splitlines():
        validator.validate(json.loads(line))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"newsclean": {"source": "x", "line": None}})


def test_json_format_is_one_array() -> None:
    data = json.loads(
        run("-f", "json", str(SEED), str(LABELLED / "aeb-fde930b01859de83.txt")).stdout
    )
    assert [r["newsclean"]["source"] for r in data] == [
        str(SEED),
        str(LABELLED / "aeb-fde930b01859de83.txt"),
    ]


def test_clean_many_streams_in_order() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(LABELLED.glob("*.txt"))]
    one = [p.to_dict() for p in newsclean.clean_many(texts)]
    two = [p.to_dict() for p in newsclean.clean_many(iter(texts), jobs=2)]
    assert one == two == [newsclean.clean(t).to_dict() for t in texts]


def test_clean_many_refuses_one_text_and_a_count_that_is_no_number() -> None:
    # Iterated, one text is its characters: a page each, silently.
    with pytest.raises(TypeError, match=r"for one text, call newsclean\.clean\(text\)"):
        newsclean.clean_many("Council closes the old bridge")
    with pytest.raises(TypeError, match="jobs must be a whole number of processes, got '2'"):
        newsclean.clean_many(["a page"], jobs="2")  # type: ignore[arg-type]


def test_output_dir_writes_one_file_per_page_named_as_its_input(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "world").mkdir(parents=True)
    shutil.copy(SEED, pages / "world" / "seed.txt")
    shutil.copy(LABELLED / "aeb-fde930b01859de83.txt", pages / "other.txt")
    out = tmp_path / "clean"
    result = run("--output-dir", str(out), "--jobs", "2", str(pages))
    assert (result.returncode, result.stdout) == (0, "")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "other.txt",
        "world",
        "world/seed.txt",
    ]
    assert (out / "world" / "seed.txt").read_text(encoding="utf-8") == run(str(SEED)).stdout
    as_json = run("-o", str(out), "--format", "json", str(SEED))
    assert as_json.returncode == 0
    page = json.loads((out / "lavrov-mali.json").read_text(encoding="utf-8"))
    assert page["newsclean"]["page"]["article"]["title"].startswith("Russia's Lavrov")
    run("-o", str(out), "--format", "labels", str(SEED))
    assert (out / "lavrov-mali.labels.txt").read_text(encoding="utf-8").splitlines()[2].split()[
        1
    ] == "title"


def test_output_dir_never_overwrites_a_page_of_the_same_run(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder / "page.txt")
    out = tmp_path / "clean"
    result = run("-o", str(out), str(tmp_path / "a" / "page.txt"), str(tmp_path / "b" / "page.txt"))
    assert result.returncode == 1
    assert f"not written: {out / 'page.txt'} holds {tmp_path / 'a' / 'page.txt'}'s output" in (
        result.stderr
    )
    assert (out / "page.txt").exists()


def test_output_dir_takes_files_not_streams() -> None:
    assert run("-o", "somewhere", "-", stdin=SEED.read_bytes()).returncode == 2
    usage = run("-o", "somewhere", "--text-field", "text", str(SEED))
    assert usage.returncode == 2
    assert "one file per input file" in usage.stderr
