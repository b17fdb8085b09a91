"""Step 6: assemble the typed page from the labels.

Every non-blank line ends up in exactly one part: the title, a body
paragraph or a meta line of the article, a navigation list, a teaser, a
duplicated headline, or a boilerplate block. Consecutive lines of one label
form one part; duplicates interleaved in a list or card (a headline shown
twice in an item) do not split it.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs
import regex

from newsclean import patterns
from newsclean.features import Features, byline_words_only
from newsclean.labels import DATELINE, LIST_SUBHEADING, SUBHEADING, Card, Labelling, Why
from newsclean.language import NO_STOPWORDS, Stopwords
from newsclean.lines import field_of, unmark
from newsclean.meta import FRONT_MATTER_FIELD, FRONT_MATTER_TITLE
from newsclean.outside import READER_COMMENT
from newsclean.parts import (
    Article,
    Block,
    Duplicate,
    Label,
    Navigation,
    NavItem,
    Page,
    ParagraphKind,
    Reason,
    Teaser,
)
from newsclean.shapes import (
    KICKER_MAX_WORDS,
    WEEKDAY_NAMES,
    Decision,
    card_headline,
    names_a_place,
    next_nonblank,
    previous_nonblank,
    says_something,
)
from newsclean.title import KICKER, STANDFIRST

# "BAMAKO (Reuters) - ...", "PARIS, 7 février (AFP) - ...": a dateline that
# opens the first paragraph.
_INLINE_DATELINE = regex.compile(
    r"^(\p{Lu}[\p{Lu}\p{Lt} .'-]{1,30}\p{Lu})(?:,[^—–(\n]{0,40})?"
    r"\s{0,2}(?:\([^)\n]{1,30}\))?\s{0,2}[—–-]{1,2}\s"
)
# (Alone on its line, the byline word is all prefix: "By" over the name on
# the next line names no one.) A role with a colon is a prefix too: "Autor:
# Ana", "Kolumnist*in: Evan Tepest", "Text: Jane Doe".
_BYLINE_PREFIX = regex.compile(
    rf"^\W{{0,3}}(?:(?:{patterns.BYLINE_BY_WORDS})(?:\s{{0,3}}:)?(?:\s{{1,3}}|$)|"
    rf"(?:{patterns.BYLINE_LABEL_WORDS}|{patterns.BYLINE_ROLE_WORDS})\s{{0,2}}:\s{{0,3}})",
    regex.IGNORECASE,
)
# (A line's text has one space for each run of spaces; the bounds keep a
# search linear on any text all the same.)
_TAG_SPLIT = regex.compile(
    r"\s{0,3}[,;|·•]\s{0,3}|\s{1,3}(?:and|und)\s{1,3}(?=(?:tagged|getaggt)\b)",
    regex.IGNORECASE,
)
# A list's last tag may open with its "and" ("A, B und C ."), and a stop
# set apart from it is the list's, not part of a name ("U.S." keeps its own).
_TAG_TRIM = regex.compile(
    r"^\s*(?:(?:and|und|et|y|e|i|ve|och|og|en)\s+)?|\s+\.?$", regex.IGNORECASE
)
# WordPress closes its entry footer so: "... and tagged a, b. Bookmark the
# permalink.", or with the entry's date and author: "... on November 5, 2019
# by admin.", "... am 11. Dezember 2012 von Mathias." (a date, hence a digit,
# within a few words of the "on", then "by" and a name: no tag reads so).
_PERMALINK = regex.compile(
    r"\.?\s{0,3}(?:bookmark the permalink|setze ein lesezeichen auf den permalink)\.?$",
    regex.IGNORECASE,
)
_ENTRY_STAMP = regex.compile(
    r"\s(?:on|am)\s(?=[^,]{0,20}\d).{1,60}?\s(?:by|von)\s[^,]{1,40}$", regex.IGNORECASE
)
# Tags whose links a converter glued together with nothing between: each
# starts where a capital follows a small letter or a number ("Epic
# GamesGameTechieNewsPsyonixRocket League"). Read so only in a tag line with
# no separator and at least this many such joins: one join is as often a
# name's own ("PlayStation", "MacBook").
GLUED_TAG_JOINS = 2
_GLUED_TAG_JOIN = regex.compile(r"(?<=\p{Ll}|\d)(?=\p{Lu}\p{Ll})")
# A drop cap that the converter set apart from its word: "T he Davis Cup
# began ...", "H ong Kong is burning.", "D ie Angst ist ...".
_DROP_CAP = regex.compile(r"^(\p{Lu}) (\p{Ll}+)\b")
# Only a paragraph opens with a drop cap; a short line ("P ist die Leistung")
# is more likely a formula or a label.
DROP_CAP_MIN_WORDS = 8


def assemble(
    features: tuple[Features, ...], labelling: Labelling, stopwords: Stopwords = NO_STOPWORDS
) -> Page:
    """Build the :class:`Page` from the per-line decisions."""
    decisions = labelling.decisions
    labels = tuple(d[0] if d else None for d in decisions)
    # Lines decided by the same rule with the same numbers share one Reason.
    shared: dict[Why, Reason] = {}
    reasons: tuple[Reason | None, ...] = tuple(
        (shared.get(d[1]) or shared.setdefault(d[1], Reason(d[1].rule, d[1].values))) if d else None
        for d in decisions
    )
    # What the labelling read in the text that the article's fields tell:
    # subheadings (Markdown's headings), the standfirst, a dateline among its
    # first lines, the section's kicker over the title.
    subheadings: set[int] = set()
    standfirst: set[int] = set()
    header_fields: list[int] = []
    dateline_line = kicker_line = -1
    for i, d in enumerate(decisions):
        if d is None or d[1].rule not in _TOLD_RULES:
            continue
        if d[1].rule == KICKER:
            kicker_line = i
        elif d[1].rule == STANDFIRST:
            standfirst.add(i)
        elif d[1].rule in _HEADER_RULES:
            header_fields.append(i)
        elif d[1].rule != DATELINE:
            subheadings.add(i)
        elif dateline_line < 0:
            dateline_line = i
    return Page(
        article=_article(
            features,
            labels,
            labelling.title,
            labelling.tags,
            stopwords,
            subheadings,
            dateline_line,
            kicker_line,
            standfirst,
            header_fields,
        ),
        navigation=_navigation(features, labels),
        teasers=_teasers(features, labels, labelling.cards),
        duplicates=_duplicates(features, labelling.duplicate_of),
        boilerplate=_boilerplate(features, labels),
        comments=_comments(features, labels, decisions),
        labels=labels,
        reasons=reasons,
        language=stopwords.language,
    )


# The rules that read a body line as a subheading (a heading in the
# Markdown), the ones that read a dateline and a standfirst in the text, and
# the kicker's.
_HEADER_RULES = frozenset({FRONT_MATTER_FIELD, FRONT_MATTER_TITLE})
_TOLD_RULES = frozenset({SUBHEADING, LIST_SUBHEADING, DATELINE, KICKER, STANDFIRST, *_HEADER_RULES})


# A standfirst says what the story is in a sentence or two; a longer
# paragraph over the byline is the text's own (a blog post's author line
# may stand under its first paragraph).
STANDFIRST_MAX_WORDS = 60


def _article(
    features: tuple[Features, ...],
    labels: tuple[Label | None, ...],
    title: int,
    tag_lines: tuple[int, ...],
    stopwords: Stopwords,
    subheadings: AbstractSet[int] = frozenset(),
    dateline_line: int = -1,
    kicker_line: int = -1,
    standfirst: AbstractSet[int] = frozenset(),
    header_lines: Sequence[int] = (),
) -> Article:
    firsts, lasts, paragraphs, kinds = _paragraphs(
        features, labels, stopwords, subheadings, standfirst
    )
    meta_indices = [i for i, label in enumerate(labels) if label is Label.META]
    meta = [features[i] for i in meta_indices]
    first_body = firsts[0] if firsts else None
    # The first date of the page's meta lines, a dated line above the title
    # (a scraper's header line) included: preferring the date under the title
    # changed 14 development pages' dates, on the AEB pages (all of one week)
    # to other stories' dates where the title was found wrong.
    published = next((f.date for f in meta if f.date is not None), None)
    # The meta lines between the title and the text. (Indices into
    # ``features``, which may hold fewer lines than the input: see
    # lines.close_even_gaps.)
    header = [
        i
        for i in meta_indices
        if (title < 0 or features[i].number > features[title].number)
        and (first_body is None or features[i].number < first_body)
    ]
    # A magazine sets its byline under the standfirst: title, deck, then
    # "David Ehrlich" / "Nov 13, 2019 4:26 pm". The meta lines right under the
    # text's first paragraph count as the header's too, for its byline.
    second_body = firsts[1] if len(firsts) > 1 else None
    under_standfirst = [
        i
        for i in meta_indices
        if first_body is not None
        and features[i].number > first_body
        and (second_body is None or features[i].number < second_body)
    ]
    # A blog post may name its author only in its footer, beside the date
    # ("Malte Welding | 29.07.2006 um 14:26"): the last place to look.
    footer = [i for i in meta_indices if lasts and features[i].number > lasts[-1]]
    byline = _article_byline(features, [*header, *under_standfirst], meta_indices, footer)
    # A document's header names its author and tags for itself: they come first.
    fields = _read_fields(features, header_lines)
    named = _first_field(fields, _AUTHOR_KEYS)
    byline = ", ".join(named) if named else byline
    # ... and so the paragraph over that byline or date is the standfirst, the
    # region having begun at it (a deck that reads as prose); a document's
    # header may name it as its description.
    if kinds[:1] == ["text"] and (
        (
            title >= 0
            and len(paragraphs[0].split()) <= STANDFIRST_MAX_WORDS
            and any(features[i].byline or features[i].date for i in under_standfirst)
        )
        or paragraphs[0] in _first_field(fields, _DESCRIPTION_KEYS)
    ):
        kinds[0] = "standfirst"
    # The place that opens the text ("WASHINGTON (AP) — ..."), else one on a
    # line of its own above it, else one the labelling found among its first lines.
    inline = _INLINE_DATELINE.match(paragraphs[0]) if paragraphs else None
    dateline = (
        inline.group(1).strip()
        if inline
        else next(
            (features[i].text for i in header if _dateline_above_text(i, features, labels)),
            features[dateline_line].text if dateline_line >= 0 else None,
        )
    )
    tags = list(_first_field(fields, _TAG_KEYS))
    for i in tag_lines:
        text = _PERMALINK.sub("", patterns.TAGS_PREFIX.sub("", features[i].text))
        text = _ENTRY_STAMP.sub("", text).strip()
        # (A line of several labels, "Filed under: A, B | Tags: C, D", names
        # its tags past each label.)
        tags.extend(
            tag
            for piece in _split_tags(text)
            if (tag := _TAG_TRIM.sub("", patterns.TAGS_PREFIX.sub("", piece)))
        )
    kicker = features[kicker_line].text if kicker_line >= 0 else None
    if title in header_lines and fields.get("title"):
        title_text: str | None = fields["title"][0]  # (the field's value, not its line)
    else:
        title_text = features[title].text if title >= 0 else None
    return Article(
        title=title_text,
        title_line=features[title].number if title >= 0 else None,
        paragraphs=tuple(paragraphs),
        paragraph_lines=tuple(firsts),
        paragraph_last_lines=tuple(lasts),
        paragraph_kinds=tuple(kinds),
        published=published.date if published else None,
        published_raw=published.raw if published else None,
        byline=byline,
        dateline=next(iter(_first_field(fields, ("dateline",))), dateline),
        kicker=next(iter(_first_field(fields, _KICKER_KEYS)), kicker),
        tags=tuple(dict.fromkeys(tags)),  # (a tag in two tag lines is one tag)
        meta_lines=tuple(f.number for f in meta),
    )


def _split_tags(text: str) -> list[str]:
    """A tag line's tags: split at its separators, or, with none, where the
    converter glued the links together."""
    tags: list[str] = _TAG_SPLIT.split(text)
    if len(tags) == 1 and len(_GLUED_TAG_JOIN.findall(text)) >= GLUED_TAG_JOINS:
        tags = _GLUED_TAG_JOIN.split(text)
    return tags


def _dateline_above_text(
    index: int, features: tuple[Features, ...], labels: tuple[Label | None, ...]
) -> bool:
    """A dateline on a line of its own: a place's name in capitals ("BAMAKO")
    right above the text, or above the headline's copy over it, as the seed
    page has it. A word in capitals elsewhere in the header is a section's
    kicker over a list ("CAR REVIEWS"), a byline or a credit ("JANIE HAR",
    "REUTERS" over the date), a menu's item, or the subject the text opens
    with ("HISTALP" over "HISTALP ist ...")."""
    feature = features[index]
    if not names_a_place(feature):
        return False
    below = next_nonblank(features, index + 1)
    while below >= 0 and labels[below] is Label.DUPLICATE:
        below = next_nonblank(features, below + 1)
    return (
        below >= 0
        and labels[below] is Label.BODY
        and not features[below].text.startswith(feature.text)
    )


# The longest byline of the development set names three writers and their
# outlet in 59 characters; what runs longer is no list of names ("Jane , ,
# , ... Doe", a line of separators that a broken page put between them).
BYLINE_MAX_CHARS = 200


def _article_byline(
    features: tuple[Features, ...], header: list[int], meta: list[int], footer: list[int]
) -> str | None:
    """The article's byline: the header's byline line before any other ("By
    ..." in a card or a caption). Failing one, a byline inside a meta line of
    the header ("Posted on ... by Admin"), the name beside its date ("Chris
    Davies - Nov 19, 2019"), a name alone right above or below the header's
    date ("Ed Cara" / "Monday 6:30PM"), or the name beside the date in a meta
    line below the text, in that order of trust."""
    for i in [*header, *meta]:
        if features[i].byline and (name := _byline(features[i])) and len(name) <= BYLINE_MAX_CHARS:
            return name
    # (A caption or a line of many words names a photo or tells a story, not
    # who wrote the article.)
    short = [
        i for i in header if not features[i].caption and features[i].words <= HEADER_LINE_MAX_WORDS
    ]
    for i in short:
        if found := _inline_byline(features[i]) or _name_by_date(features[i]):
            return found
    beside = next((features[i].text for i in short if _name_next_to_date(i, features)), None)
    return beside or next((found for i in footer if (found := _name_by_date(features[i]))), None)


# A byline inside a line of the header's meta: "Posted on March 30, 2015 by
# Admin", "01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker", "Gespeichert
# von human am 7. Juli 2019", "05/10/2018 - Publicado por: Clarissa Borba -
# Categoria: Saúde". The byline word stands after a space or a separator,
# not after "photo"; the name (a user name may be lower-case) ends at the
# line's end, a separator, a number, or a word that goes on to the date or
# the section ("on", "am", "in").
_INLINE_BYLINE = regex.compile(
    r"(?:^|(?<!(?i:photo|foto|image|bild|picture|illustration))[\s|·•/,(—–-])"
    r"(?i:by|von|par|por|door|przez)\s{0,2}:?\s{1,2}"
    r"(?P<name>[\p{L}@][\p{L}\p{M}.'’_-]{0,40}(?:\s\p{Lu}[\p{L}\p{M}.'’_-]{0,40}){0,3})"
    r"(?=\s{0,3}$|\s{0,3}[|·•/,(—–-]|\s{1,3}(?:\d|(?i:on|am|at|in|le|el|il|um|dans|en)\b))"
)
# The header's meta line that holds it is short: a longer one is a caption.
HEADER_LINE_MAX_WORDS = 16
# ... and it is read in its first characters, so that a line of megabytes (of
# few words) costs no more than a short one.
BYLINE_WINDOW = 300


def _inline_byline(feature: Features) -> str | None:
    """The name after a byline word inside a line of the header's meta, if any."""
    match = _INLINE_BYLINE.search(feature.text[:BYLINE_WINDOW])
    return match.group("name") if match is not None else None


# A name beside the date in the header: "Chris Davies - Nov 19, 2019, 10:31
# pm CST", "Janic Cathomen, 01.12.2021", "30. Oktober 2019 | Markus
# Euskirchen". Two or three capitalised words, none of them a day's name or a
# word that says what the date is ("Published Monday", "Crime Published On").
_NAME_BY_DATE = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}'’.-]{1,30}(?: \p{Lu}[\p{Ll}\p{M}'’.-]{1,30}){1,2}"
)
NAME_WORDS_MAX = 3
_NOT_A_NAME = regex.compile(
    r"\b(?:"
    + WEEKDAY_NAMES
    + r"|(?i:published|posted|updated|modified|created|on|am|um|stand|erstellt|veröffentlicht|"
    r"aktualisiert|publié|publicado|actualizado|atualizado|pubblicato|aggiornato))\b"
)
# A clock time and its zone, left beside the name once the date is cut.
_CLOCK = regex.compile(
    r"\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4}T)?|\b(?i:uhr)\b"
)
_SEPARATORS = "|·•/,—–-"


def _name_by_date(feature: Features) -> str | None:
    """The name right before the header's date, or right after it past a
    separator ("... 2019 | Markus Euskirchen"); a word right after a date
    with nothing between is as often its section ("... 2023 Carola Pönisch
    Kultur")."""
    date = feature.date
    if date is None:
        return None
    line = feature.line
    # (The day of "30. Oktober 2019" may have been read as a list's number.)
    text = f"{line.marker} {line.text}" if line.marker[:1].isdigit() else line.text
    text = text[:BYLINE_WINDOW]  # (the date is read in a line's first characters too)
    at = text.find(date.raw)
    if at < 0:
        return None
    before = _CLOCK.sub("", text[:at]).strip(f" {_SEPARATORS}")
    after = _CLOCK.sub("", text[at + len(date.raw) :]).strip()
    candidates = [before]
    if after[:1] in _SEPARATORS:
        candidates.append(after.strip(f" {_SEPARATORS}"))
    return next(
        (
            name
            for name in candidates
            if (_NAME_BY_DATE.fullmatch(name) is not None and _NOT_A_NAME.search(name) is None)
            or patterns.WIRE_AGENCY.fullmatch(name) is not None
        ),
        None,
    )


def _name_next_to_date(index: int, features: tuple[Features, ...]) -> bool:
    """A name alone on its line, right above or below the header's date or
    time ("Ed Cara" / "Monday 6:30PM") or its reading time ("Rodrigo Campos"
    / "5 Min Read"): the author's. (Without a date beside it, a name under a
    headline is as often a section's or a button's: "Aktion Hummelschutz",
    "Teilen Twittern".)"""
    feature = features[index]
    if patterns.WIRE_AGENCY.fullmatch(feature.text) is None and (
        feature.words > NAME_WORDS_MAX
        or _NAME_BY_DATE.fullmatch(feature.text) is None
        or _NOT_A_NAME.search(feature.text)
        or "  " in feature.line.raw.strip()  # a table's heads: "Time      Location"
    ):
        return False
    beside = (previous_nonblank(features, index), next_nonblank(features, index + 1))
    return any(
        j >= 0
        and (
            features[j].datelike
            or (features[j].meta_phrase and patterns.READING_TIME.match(features[j].text.lower()))
        )
        for j in beside
    )


# Where a byline's names end and its date or time begins: "Tess Bonn -
# 11/19/19 06:56 AM EST", "Mike Wall 2019-11-18T20:51:19Z".
_BYLINE_STAMP = regex.compile(r"\b\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d)")
# What joins the names to the date: separators, and words such as "on",
# "Updated", "publiziert am", left at the names' end once the date is cut.
# Matched from the end backwards (REVERSE): searched forwards, every start
# in a long run of separators that does not reach the end ran to its end,
# and a byline of 8,000 commas between two names took 18 s.
_BYLINE_JOINER = regex.compile(
    r"(?:[\s,|·•\-–—:]|\b(?:(?i:on|at|am|le|el|il|last updated|updated|published|posted|"
    r"publiziert|veröffentlicht|aktualisiert|mis à jour|publié)|" + WEEKDAY_NAMES + r")\b)+$",
    regex.REVERSE,
)


# What follows the names in a byline: past a separator, the outlet or the
# role ("Bill Hoppe | Special to the Pioneer Press", "Tim Childers - Live
# Science Contributor"); an account or an address ("Chris Pokorny
# @DawgsByNature", "Megan Rowe meganr@spokesman.com(509) 459-5382"); a
# date's or a count's label ("Gàbor Muniér , Datum: 03.Mär.19", "India Post
# News Weekly 0 Comments"), glued on or not ("The Water CoolestPublish date");
# an outlet in capitals glued to the name ("Jonathan GarberFOXBusiness",
# "Jane DoeCNN": two capitals after a lower-case letter, where a name's own
# inner capital has one, "FitzGerald", "McDonald").
_AFTER_NAMES = regex.compile(
    r"\s[|·•]\s|\s[-–—](?:\s|$)|\s[\w.+-]{0,40}@|"
    r"\s?,?\s(?i:datum|date|fecha|data)\s?:|\s\d{1,6} (?i:comments?|kommentare?)\b|"
    r"(?<=\p{Ll})(?:Publish(?:ed)? date|Published|Updated)\b|"
    r"(?<=\p{Ll}{2})(?=\p{Lu}{2})"
)


def _byline(feature: Features) -> str:
    """A byline's names: "By Tess Bonn - 11/19/19 06:56 AM EST" gives "Tess
    Bonn", "Moritz Bachmann publiziert am 25. September 2018" "Moritz
    Bachmann". The line is kept whole when nothing with letters is left."""
    if byline_words_only(feature.text):
        return ""  # ("Written by" over the name on the next line names no one)
    text: str = _BYLINE_PREFIX.sub("", feature.text)
    if patterns.ROLE_BYLINE.match(text) is not None:
        return text.rpartition(", ")[0]  # "Steve Peoples, AP National Political Writer"
    if (bare := patterns.BARE_ROLE_BYLINE.match(text)) is not None:
        name: str = bare.group(1)  # "Bruce Y. Lee Senior Contributor"
        return name
    if patterns.HANDLE_BYLINE.match(text) is not None:
        return text.partition("@")[0].strip()  # "Natasha Turak@NatashaTurak"
    cut = len(text)
    if feature.date is not None and (at := text.find(feature.date.raw)) >= 0:
        cut = at
    if (stamp := _BYLINE_STAMP.search(text, 0, cut)) is not None:
        cut = stamp.start()
    if (after := _AFTER_NAMES.search(text, 0, cut)) is not None:
        cut = after.start()
    if cut == len(text):
        return text  # nothing after the names: "... For The Mail On Sunday" is all names
    names: str = _BYLINE_JOINER.sub("", text[:cut]).strip()
    return names if says_something(names) else text


# The header's fields that name the author, and the article's tags.
_AUTHOR_KEYS = ("author", "authors", "by", "byline", "creator")
_TAG_KEYS = ("tags", "categories", "keywords")
_KICKER_KEYS = ("kicker", "section")
_DESCRIPTION_KEYS = ("description", "summary", "excerpt")


def _read_fields(features: tuple[Features, ...], indices: Sequence[int]) -> dict[str, list[str]]:
    """A document header's fields, by key: each value or list's items (the
    lines under a key with no value, "- city"), a value in brackets split at
    its commas ("[city, transport]")."""
    fields: dict[str, list[str]] = {}
    key = ""
    for i in indices:
        field = field_of(features[i].line)
        if field is None:  # an item of the list under the last key, or a value going on
            item = features[i].text.strip().strip("\"'")
            if key and item:
                fields.setdefault(key, []).append(item)
            continue
        key, value = field
        if value.startswith("[") and value.endswith("]"):
            values = [v.strip().strip("\"'") for v in value[1:-1].split(",")]
        else:
            values = [value] if value else []
        fields.setdefault(key, []).extend(v for v in values if v)
    return fields


def _first_field(fields: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return next((fields[key] for key in keys if fields.get(key)), [])


def _paragraphs(
    features: tuple[Features, ...],
    labels: tuple[Label | None, ...],
    stopwords: Stopwords,
    subheadings: AbstractSet[int] = frozenset(),
    standfirst: AbstractSet[int] = frozenset(),
) -> tuple[list[int], list[int], list[str], list[ParagraphKind]]:
    """The body's paragraphs: their first lines, last lines, texts and kinds
    (a subheading, a list's item, the standfirst, or text: by the first
    line's). A body line that goes on the line right above it (a piece of a
    sentence broken at a link, or of a wrapped paragraph: fragments.py) joins
    that line's paragraph.

    Only a line with no blank line above it: where a blank line stands
    between, the text says the two are paragraphs (``Article.text`` writes
    them so), and cleaning the article's text again keeps them apart.
    """
    firsts: list[int] = []
    lasts: list[int] = []
    texts: list[str] = []
    kinds: list[ParagraphKind] = []
    # A paragraph broken over lines (by index): its lines' texts, joined once
    # complete. (Kept apart: a page of a hundred thousand one-line paragraphs
    # would otherwise hold a list for each.)
    broken: dict[int, list[str]] = {}
    joinable = False  # the line right above was body
    for index, (f, label) in enumerate(zip(features, labels)):
        if f.line.blank:
            continue
        if label is not Label.BODY:
            joinable = False
            continue
        if joinable and f.continues and f.number == lasts[-1] + 1:
            broken.setdefault(len(texts) - 1, [texts[-1]]).append(f.text)
            lasts[-1] = f.number
        else:
            firsts.append(f.number)
            lasts.append(f.number)
            texts.append(_paragraph_text(f, stopwords))
            kinds.append(
                "item"
                if f.line.marker
                else "heading"
                if f.line.heading or (index in subheadings and _reads_as_heading(f))
                else "standfirst"
                if index in standfirst
                else "text"
            )
        joinable = True
    # (A markdown link or emphasis that a wrap broke over two lines is its text.)
    for k, pieces in broken.items():
        texts[k] = unmark(" ".join(pieces))
    return firsts, lasts, texts, kinds


# A subheading is a few words; a longer line over the text is a lead-in.
HEADING_MAX_WORDS = 15
_QUOTES = "\"'“”‘’«»„"


def _reads_as_heading(feature: Features) -> bool:
    """A line read as a subheading reads as one: a few words, not a sentence,
    a quote or a text cut short ("Korinna Hennig: Aus China.", "“Their
    immune system ...", "And I made my point, which is …" are lead-ins)."""
    text = feature.text
    return (
        feature.words <= HEADING_MAX_WORDS
        and not feature.terminal
        and not text.endswith(("…", "..."))
        and text[:1] not in _QUOTES
    )


def _paragraph_text(feature: Features, stopwords: Stopwords) -> str:
    """A body line as a paragraph: numbered list items keep their number, a
    drop cap rejoins its word."""
    marker = feature.line.marker
    if marker and marker[0].isdigit():
        # The number as the page wrote it: "1)" stays "1)" (the marker says "1.").
        written = feature.line.raw.lstrip()[: len(marker)]
        return f"{written if written[:-1] == marker[:-1] else marker} {feature.text}"
    text = feature.text
    if feature.words >= DROP_CAP_MIN_WORDS and (match := _DROP_CAP.match(text)):
        joined = _rejoined(match.group(1), match.group(2), stopwords)
        if joined:
            return joined + text[match.end() :]
    return text


def _rejoined(letter: str, rest: str, stopwords: Stopwords) -> str | None:
    """The word a drop cap and the letters after it make, or None when they
    may be two words.

    The page's stopwords decide, and a drop cap opens a paragraph, most
    often with a function word: "T he" is "The", "W hile" "While", "D ie"
    "Die". A letter that is itself a word stays apart ("A long, winding
    path", not "Along"); so do letters that make no function word: "H ong
    Kong" stays as it is, since on a page whose language was guessed wrong
    "O calendário" (Portuguese "o") would have become one word.
    """
    if letter.casefold() in stopwords.words:
        return None
    if (letter + rest).casefold() in stopwords.words:
        return letter + rest
    return None


def _runs(
    labels: tuple[Label | None, ...],
    wanted: Label,
    decisions: tuple[Decision | None, ...] = (),
    why: Why | None = None,
) -> list[list[int]]:
    """Runs of lines with label ``wanted`` (and, given ``why``, decided for
    that reason); blank and duplicate lines do not break a run."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, label in enumerate(labels):
        if label is wanted and (why is None or ((d := decisions[i]) is not None and d[1] == why)):
            current.append(i)
        elif label is None or label is Label.DUPLICATE:
            continue
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _navigation(
    features: tuple[Features, ...], labels: tuple[Label | None, ...]
) -> tuple[Navigation, ...]:
    lists: list[Navigation] = []
    for run in _runs(labels, Label.NAVIGATION):
        # A list heading inside a run starts a new list.
        current: list[int] = []
        for i in run:
            if features[i].list_heading and current:
                lists.append(_one_list(features, current))
                current = []
            current.append(i)
        lists.append(_one_list(features, current))
    return tuple(lists)


def _one_list(features: tuple[Features, ...], indexes: list[int]) -> Navigation:
    first = features[indexes[0]]
    # (A date over a menu is the page's date line, not the menu's name.)
    is_heading = first.list_heading or (
        len(indexes) > 1
        and not first.line.marker
        and not first.datelike
        and features[indexes[1]].line.marker
    )
    items = indexes[1:] if is_heading else indexes
    return Navigation(
        heading=first.text if is_heading else None,
        items=tuple(NavItem(features[i].text, features[i].number) for i in items),
        lines=tuple(features[i].number for i in indexes),
    )


def _teasers(
    features: tuple[Features, ...], labels: tuple[Label | None, ...], cards: tuple[Card, ...]
) -> tuple[Teaser, ...]:
    teasers = [_grid_teaser(features, card) for card in cards]
    # The lines of a grid's cards are taken; the rest are read as runs.
    taken = {i for card in cards for i in card}
    for run in _runs(labels, Label.TEASER):
        card: list[int] = []
        for i in run:
            if i in taken:
                if card:
                    teasers.append(_one_teaser(features, labels, card))
                    card = []
                continue
            f = features[i]
            # A new headline after a card's summary opens the next card, and so
            # does a headline under its section's kicker ("WORLD French ...").
            if card and (
                (card_headline(f) and any(not card_headline(features[j]) for j in card))
                or (f.kicker and card_headline(f))
            ):
                teasers.append(_one_teaser(features, labels, card))
                card = []
            card.append(i)
        if card:
            teasers.append(_one_teaser(features, labels, card))
    return _with_icons_joined(sorted(teasers, key=lambda teaser: teaser.lines[0]))


def _with_icons_joined(teasers: list[Teaser]) -> tuple[Teaser, ...]:
    """A run of a card's icons (bare list markers) between two cards that the
    grid took is no teaser of its own: its lines join the card above, or
    the one below when it stands first."""
    joined: list[Teaser] = []
    icons: tuple[int, ...] = ()
    for teaser in teasers:
        if not teaser.headline and teaser.summary is None and teaser.kicker is None:
            if joined:
                joined[-1] = attrs.evolve(joined[-1], lines=(*joined[-1].lines, *teaser.lines))
            else:
                icons += teaser.lines
            continue
        if icons:
            teaser = attrs.evolve(teaser, lines=(*icons, *teaser.lines))
            icons = ()
        joined.append(teaser)
    if icons:  # (nothing but icons: they stay a card, which accounts for them)
        joined.append(Teaser(kicker=None, headline="", summary=None, lines=icons))
    return tuple(joined)


def _grid_teaser(features: tuple[Features, ...], card: Card) -> Teaser:
    """A card of a grid, whose lines the labelling named: its headline stays
    its headline when the page shows it again elsewhere (labelled duplicate)."""
    kicker = features[card.kicker].text if card.kicker >= 0 else None
    return Teaser(
        kicker=kicker,
        headline=features[card.headline].text,
        summary=features[card.summary].text,
        lines=tuple(features[i].number for i in card if i >= 0),
    )


def _one_teaser(
    features: tuple[Features, ...], labels: tuple[Label | None, ...], card: list[int]
) -> Teaser:
    kicker: str | None = None
    headline: str | None = None
    summary: list[str] = []
    lines = [features[i].number for i in card]
    # (a bare list marker, an icon of the card, is among its lines, not its words)
    card = [i for i in card if features[i].text]
    if (
        len(card) >= 3
        and features[card[0]].words <= KICKER_MAX_WORDS
        and card_headline(features[card[0]])
        and card_headline(features[card[1]])
        # (a card shown twice shows its section twice: "Business" / headline /
        # "Business" / the headline again, a duplicate / summary)
        and (
            not card_headline(features[card[2]]) or features[card[2]].text == features[card[0]].text
        )
        # (and one line says something else: three lines of "Business" are no card)
        and (below := [i for i in card[1:] if features[i].text != features[card[0]].text])
    ):
        # A word or three over the headline and its summary: the card's
        # section ("Podcast: Coronavirus-Update", "Auto News"), in capitals or
        # not, or its date or time ("5H ago", "8 November 2019"), the card's
        # too but no section: the lines keep it.
        if not features[card[0]].datelike:
            kicker = features[card[0]].text
        card = below
    for i in card:
        f = features[i]
        if headline is None and card_headline(f):
            if f.kicker:
                kicker, headline = f.kicker, f.text[len(f.kicker) :].strip()
            elif f.text.isupper() and f.words <= 3 and kicker is None:
                kicker = f.text
            else:
                headline = f.text
        else:
            summary.append(f.text)
    if headline is None:
        # A summary whose headline was a repeat: take the nearest line above it.
        above = (
            next((j for j in range(card[0] - 1, -1, -1) if labels[j] is not None), None)
            if card
            else None  # (a card of icons alone has no words, nor a line to look above)
        )
        if above is not None and labels[above] is Label.DUPLICATE:
            headline = features[above].text
            lines.insert(0, features[above].number)
        else:
            headline = summary.pop(0) if summary else ""
    return Teaser(
        kicker=kicker,
        headline=headline,
        summary=" ".join(summary) if summary else None,
        lines=tuple(lines),
    )


def _duplicates(
    features: tuple[Features, ...], duplicate_of: tuple[int, ...]
) -> tuple[Duplicate, ...]:
    groups: dict[int, list[int]] = {}
    for i, source in enumerate(duplicate_of):
        if source >= 0:
            groups.setdefault(source, [source]).append(i)
    return tuple(
        Duplicate(features[source].text, tuple(sorted(features[i].number for i in members)))
        for source, members in sorted(groups.items())
    )


def _boilerplate(
    features: tuple[Features, ...], labels: tuple[Label | None, ...]
) -> tuple[Block, ...]:
    return tuple(_block(features, run) for run in _runs(labels, Label.BOILERPLATE))


def _comments(
    features: tuple[Features, ...],
    labels: tuple[Label | None, ...],
    decisions: tuple[Decision | None, ...],
) -> tuple[Block, ...]:
    """The readers' comments, run by run: boilerplate (TAXONOMY), but what
    users of extractors expect to get apart from the article as well
    (trafilatura's comments), with their authors, times and buttons as the
    page shows them."""
    runs = _runs(labels, Label.BOILERPLATE, decisions, READER_COMMENT)
    return tuple(_block(features, run) for run in runs)


def _block(features: tuple[Features, ...], run: list[int]) -> Block:
    return Block("\n".join(features[i].text for i in run), tuple(features[i].number for i in run))
