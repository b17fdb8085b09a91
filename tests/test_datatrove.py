"""newsclean as a datatrove step, run by datatrove's own executors.

Skipped when datatrove is not installed (pip install -e ".[datatrove]")."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import newsclean
from conftest import LABELLED

datatrove = pytest.importorskip(
    "datatrove", reason="datatrove is not installed: pip install -e '.[datatrove]'"
)

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newsclean.integrations.datatrove import NewsClean, article_text  # noqa: E402

PAGES = sorted(LABELLED.glob("*.txt"))
SHARDS = 4


def write_shards(folder: Path) -> dict[str, str]:
    """The fixture pages spread over four shards, one record to corrupt, one menu."""
    folder.mkdir()
    texts = {path.stem: path.read_text(encoding="utf-8") for path in PAGES}
    shards: list[list[dict[str, object]]] = [[] for _ in range(SHARDS)]
    for k, (doc_id, text) in enumerate(texts.items()):
        shards[k % SHARDS].append({"id": doc_id, "text": text})
    shards[1].insert(1, {"id": "corrupt", "text": "made bytes below"})
    shards[2].append({"id": "menu-only", "text": "Home\nNews\nSport\n© 2023 Example Media"})
    for k, records in enumerate(shards):
        with (folder / f"shard-{k}.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in records)
    return texts


def read_output(folder: Path) -> dict[str, dict[str, object]]:
    documents = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                documents[record["id"]] = record
    return documents


def hand_over_bytes(data, rank: int = 0, world_size: int = 1):  # type: ignore[no-untyped-def]
    """A reader adapter gone wrong: it hands one document's text over as bytes."""
    for document in data:
        if document.id == "corrupt":
            document.text = document.text.encode("utf-8")
        yield document


def run_pipeline(
    tmp: Path, workers: int, corrupt: bool = True, **step: object
) -> tuple[dict[str, dict[str, object]], dict[str, object]]:
    source = tmp / "in"
    if not source.exists():
        write_shards(source)
    out, logs = tmp / f"out-{workers}", tmp / f"logs-{workers}"
    LocalPipelineExecutor(
        [
            JsonlReader(str(source)),
            *([hand_over_bytes] if corrupt else []),
            NewsClean(**step),  # type: ignore[arg-type]
            JsonlWriter(str(out)),
        ],
        tasks=SHARDS,
        workers=workers,
        logging_dir=str(logs),
        start_method="spawn",
    ).run()
    documents = read_output(out)
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    step_stats = next(s for s in stats if "newsclean" in s["name"])
    return documents, step_stats["stats"]


def count(stats: dict[str, object], name: str) -> int:
    value = stats.get(name, 0)
    return int(value["total"] if isinstance(value, dict) else value)  # type: ignore[index, call-overload]


def test_articles_equal_clean_and_stats_add_up(tmp_path: Path) -> None:
    texts = {path.stem: path.read_text(encoding="utf-8") for path in PAGES}
    documents, stats = run_pipeline(tmp_path, workers=2)
    expected = {k: newsclean.clean(t) for k, t in texts.items()}
    with_article = {k for k, page in expected.items() if page.article.found}
    assert set(documents) == with_article
    for doc_id in with_article:
        assert documents[doc_id]["text"] == article_text(expected[doc_id], "title+body")
        meta = documents[doc_id]["metadata"]["newsclean"]
        assert meta["title"] == expected[doc_id].article.title
        assert meta["article_found"] is True
        assert meta["comments"] == len(expected[doc_id].comments)
        assert meta["language_code"] == expected[doc_id].language_code
    pages_in = len(texts) + 2  # + the corrupt record + the menu-only page
    assert count(stats, "pages_in") == pages_in
    assert count(stats, "errors") == count(stats, "error_TypeError") == 1
    assert count(stats, "skipped_errors") == 1
    assert count(stats, "with_article") == len(with_article)
    assert count(stats, "without_article") == pages_in - 1 - len(with_article)
    assert count(stats, "dropped_without_article") == count(stats, "without_article")
    all_lines = (
        sum(sum(1 for label in page.labels if label is not None) for page in expected.values()) + 4
    )  # the menu-only page's four lines
    assert sum(count(stats, f"lines_{label.value}") for label in newsclean.Label) == all_lines


def test_output_does_not_depend_on_the_number_of_workers(tmp_path: Path) -> None:
    one, _ = run_pipeline(tmp_path, workers=1)
    two, _ = run_pipeline(tmp_path, workers=2)
    assert one == two


def test_keep_marked_and_body_only(tmp_path: Path) -> None:
    documents, stats = run_pipeline(
        tmp_path, workers=1, corrupt=False, keep="body", drop_without_article=False
    )
    assert documents["menu-only"]["metadata"]["newsclean"]["article_found"] is False
    assert documents["menu-only"]["text"].startswith("Home")
    seed = newsclean.clean((LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8"))
    assert documents["lavrov-mali"]["text"] == seed.article.text
    assert count(stats, "dropped_without_article") == 0


def test_keep_markdown_gives_the_articles_markdown() -> None:
    from datatrove.data import Document

    seed = (LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8")
    (out,) = NewsClean(keep="markdown").run(iter([Document(text=seed, id="seed")]))
    assert out.text == newsclean.clean(seed).article.to_markdown()
    assert out.text.startswith("---\ntitle: ")


def test_a_document_that_cannot_be_cleaned_is_kept_unchanged_on_request() -> None:
    from datatrove.data import Document

    step = NewsClean(on_error="keep")
    broken = Document(text=b"bytes, not text", id="broken")  # type: ignore[arg-type]
    good = Document(text=(LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8"), id="seed")
    out = list(step.run(iter([broken, good])))
    assert [d.id for d in out] == ["broken", "seed"]
    assert out[0].text == b"bytes, not text"
    assert out[0].metadata["newsclean"]["error"].startswith("TypeError")
    assert "decode" in out[0].metadata["newsclean"]["error"]
    assert step.stats["errors"].total == 1


def test_the_language_a_filter_tagged_is_read_when_asked() -> None:
    from datatrove.data import Document

    seed = (LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8")
    tags = ["de", "deu", "zh", None]  # fastText's, GlotLID's, one with no list, none
    documents = [
        Document(text=seed, id=str(k), metadata={} if tag is None else {"language": tag})
        for k, tag in enumerate(tags)
    ]
    step = NewsClean(language_key="language")
    languages = [d.metadata["newsclean"]["language"] for d in step.run(iter(documents))]
    assert languages == ["german", "german", "english", "english"]
    assert step.stats["language_tag_unused"].total == 2
    plain = NewsClean()
    assert [d.metadata["newsclean"]["language"] for d in plain.run(iter(documents[:1]))] == [
        "english"
    ]


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="keep"):
        NewsClean(keep="title")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_error"):
        NewsClean(on_error="ignore")  # type: ignore[arg-type]
    # Taken as they are, every document of the shard would fail and be dropped.
    with pytest.raises(TypeError, match=r"config must be a newsclean\.Config, got dict"):
        NewsClean(config={"language": "de"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="language_key must be a metadata key"):
        NewsClean(language_key=["language"])  # type: ignore[arg-type]


def test_import_newsclean_does_not_import_the_integration() -> None:
    code = (
        "import sys, newsclean\n"
        "assert 'newsclean.integrations.datatrove' not in sys.modules\n"
        "assert 'datatrove' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_core_needs_only_regex_rapidfuzz_attrs() -> None:
    requires = metadata.requires("newsclean") or []
    core = sorted(r.split(";")[0].strip() for r in requires if "extra ==" not in r)
    assert core == ["attrs", "rapidfuzz", "regex"]


def test_ray_executor(tmp_path: Path) -> None:
    """The same pipeline on a local Ray instance, when ray is installed."""
    pytest.importorskip(
        "ray", reason="ray is not installed: pip install 'datatrove[ray]' to run this"
    )
    from datatrove.executor.ray import RayPipelineExecutor

    source = tmp_path / "in"
    texts = write_shards(source)
    out = tmp_path / "out-ray"
    RayPipelineExecutor(
        [JsonlReader(str(source)), NewsClean(), JsonlWriter(str(out))],
        tasks=SHARDS,
        workers=2,
        logging_dir=str(tmp_path / "logs-ray"),
    ).run()
    documents = {k: r["text"] for k, r in read_output(out).items()}
    expected = {k: newsclean.clean(t) for k, t in texts.items()}
    assert documents == {
        k: article_text(p, "title+body") for k, p in expected.items() if p.article.found
    }
