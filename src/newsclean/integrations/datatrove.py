"""newsclean as a datatrove pipeline step.

    pip install "newsclean[datatrove]"

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.integrations.datatrove import NewsClean

    LocalPipelineExecutor(
        [JsonlReader("raw/"), NewsClean(), JsonlWriter("clean/")],
        tasks=8, workers=2, logging_dir="logs/",
    ).run()

For each document the step replaces the text with the article (title and
body, or the body alone) and stores a JSON-serialisable summary of the page
under ``metadata["newsclean"]``. Documents without an article are dropped, or
kept unchanged and marked. A document that cannot be cleaned never stops the
shard: it is counted and skipped (or kept unchanged). Everything is counted
with datatrove's own stats, so the run's stats file says what was removed
and why. Going from one machine to Slurm or Ray changes the executor only.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, get_args

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from newsclean.config import Config, tagged
from newsclean.parts import SCHEMA_VERSION, Page
from newsclean.pipeline import DEFAULT_CONFIG, clean

METADATA_KEY = "newsclean"


def summary(page: Page) -> dict[str, Any]:
    """What a corpus keeps of a page beside its text: plain JSON types."""
    article = page.article
    counts = Counter(label.value for label in page.labels if label is not None)
    return {
        "schema_version": SCHEMA_VERSION,
        "article_found": article.found,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline,
        "dateline": article.dateline,
        "kicker": article.kicker,
        "tags": list(article.tags),
        "language": page.language,
        "language_code": page.language_code,
        "paragraphs": len(article.paragraphs),
        "labels": dict(sorted(counts.items())),
        "navigation": len(page.navigation),
        "teasers": len(page.teasers),
        "duplicates": len(page.duplicates),
        "boilerplate": len(page.boilerplate),
        "comments": len(page.comments),
    }


Keep = Literal["title+body", "body", "markdown"]
KEEPS: tuple[str, ...] = get_args(Keep)


def article_text(page: Page, keep: Keep) -> str:
    """The text a document keeps: the title, a blank line and the body; the
    body; or the article as Markdown with its facts in a front matter."""
    article = page.article
    if keep == "markdown":
        return article.to_markdown()
    if keep == "title+body" and article.title:
        return f"{article.title}\n\n{article.text}"
    return article.text


class NewsClean(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Replace each document's text with its article and record what was removed.

    Args:
        keep: "title+body" (default), "body", or "markdown" (``Article.to_markdown()``:
            title, author, date and tags in a front matter): what the document's
            text becomes.
        drop_without_article: drop documents with no article (default); if False
            they pass unchanged, marked ``metadata["newsclean"]["article_found"] = False``.
        on_error: "skip" (default) drops a document that cannot be cleaned, "keep"
            passes it unchanged with ``metadata["newsclean"]["error"]``; both count it.
        config: the thresholds, a :class:`newsclean.Config`.
        language_key: read each document's language from this metadata key,
            where datatrove's ``LanguageFilter`` writes it ("language": "de",
            or "deu" with GlotLID); a document whose tag names a language
            without a stopword list, or that has no tag, is read with
            ``config`` as given (its language guessed unless
            ``config.language`` says it), counted as ``language_tag_unused``.
            None (default): ``config`` for every document.

    Stats written by the step: ``pages_in``, ``with_article``,
    ``without_article``, ``dropped_without_article``, ``errors`` and
    ``error_<Type>``, ``skipped_errors``, ``language_tag_unused`` (with
    ``language_key``), and ``lines_<label>`` (the lines of each label over all
    documents).
    """

    name = "📰 newsclean"
    type = "🧹 - CLEANER"

    def __init__(
        self,
        *,
        keep: Keep = "title+body",
        drop_without_article: bool = True,
        on_error: Literal["skip", "keep"] = "skip",
        config: Config = DEFAULT_CONFIG,
        language_key: str | None = None,
    ) -> None:
        super().__init__()
        if keep not in KEEPS:
            raise ValueError(f"keep must be one of {', '.join(KEEPS)}, got {keep!r}")
        if on_error not in ("skip", "keep"):
            raise ValueError(f"on_error must be 'skip' or 'keep', got {on_error!r}")
        # (checked here: inside run(), every document would fail and be
        # counted as an error, the whole shard dropped without a word)
        if not isinstance(config, Config):
            raise TypeError(f"config must be a newsclean.Config, got {type(config).__name__}")
        if language_key is not None and not isinstance(language_key, str):
            raise TypeError(
                f"language_key must be a metadata key (str) or None, got {language_key!r}"
            )
        self.keep: Keep = keep
        self.drop_without_article = drop_without_article
        self.on_error = on_error
        self.config = config
        self.language_key = language_key
        # A corpus has a few dozen language tags: one Config each, made once.
        self._configs: dict[str, Config | None] = {}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for document in data:
            self.stat_update("pages_in")
            try:
                with self.track_time():
                    page = clean(document.text, config=self._config_of(document))
            except Exception as error:  # one bad document must not stop the shard
                self.stat_update("errors", f"error_{type(error).__name__}")
                if self.on_error == "keep":
                    document.metadata[METADATA_KEY] = {"error": f"{type(error).__name__}: {error}"}
                    yield document
                else:
                    self.stat_update("skipped_errors")
                continue
            for label, count in Counter(
                label.value for label in page.labels if label is not None
            ).items():
                self.stat_update(f"lines_{label}", value=count)
            document.metadata[METADATA_KEY] = summary(page)
            if not page.article.found:
                self.stat_update("without_article")
                if self.drop_without_article:
                    self.stat_update("dropped_without_article")
                    continue
                yield document
                continue
            self.stat_update("with_article")
            document.text = article_text(page, self.keep)
            self.update_doc_stats(document)
            yield document

    def _config_of(self, document: Any) -> Config:
        """The document's Config: its tagged language when it has a list."""
        if self.language_key is None:
            return self.config
        tag = document.metadata.get(self.language_key)
        config = None
        if isinstance(tag, str):
            if tag not in self._configs:
                self._configs[tag] = tagged(self.config, tag)
            config = self._configs[tag]
        if config is None:
            self.stat_update("language_tag_unused")
            return self.config
        return config
