"""newsclean: clean raw scraped news pages.

>>> import newsclean
>>> page = newsclean.clean(text)          # doctest: +SKIP
>>> page.article.title, page.article.text  # doctest: +SKIP
"""

from newsclean.batch import clean_many
from newsclean.config import Config
from newsclean.parts import (
    SCHEMA_VERSION,
    Article,
    Block,
    Duplicate,
    Label,
    Navigation,
    NavItem,
    Page,
    Reason,
    Teaser,
)
from newsclean.pipeline import HTMLInputWarning, clean

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "Config",
    "Duplicate",
    "HTMLInputWarning",
    "Label",
    "NavItem",
    "Navigation",
    "Page",
    "Reason",
    "Teaser",
    "__version__",
    "clean",
    "clean_many",
]
