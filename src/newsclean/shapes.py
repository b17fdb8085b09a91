"""What a line looks like to the labelling rules, and how they record a decision.

The shapes here (a headline, a meta line, an author's name, a dateline) are
shared by the labelling modules: ``region.py`` (where the article is),
``meta.py`` (its captions, bios and tags), ``title.py`` (which line is its
title), ``outside.py`` (navigation, teasers, boilerplate) and ``labels.py``,
which runs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

import regex

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.config import Config
from newsclean.dates import ends_on_relative_time
from newsclean.features import Features
from newsclean.parts import Label
from newsclean.repeats import HEADLINE_WORDS_MAX


class Why(NamedTuple):
    """Why a rule set a label: its name and the numbers it looked at. Turned into
    the public :class:`newsclean.Reason` when the page is assembled."""

    rule: str
    values: tuple[tuple[str, float | int | str], ...] = ()


Decision = tuple[Label, Why]


def shared(decision: Decision, pool: dict[Why, Decision]) -> Decision:
    """An equal decision made before on this page, if any, else this one.

    Most lines share their decision with many others ("item of a link list
    (items=12)"): on a page of a hundred thousand lines, one object for each
    rule and its numbers instead of one per line is tens of megabytes.
    """
    known = pool.get(decision[1])
    if known is not None and known[0] is decision[0]:
        return known
    pool[decision[1]] = decision
    return decision


_LETTER = regex.compile(r"\p{L}")


class Prose:
    """How much a line, seen alone, reads like running text: an ordered scale.

    Plain integers rather than an enum: these are compared on every line of
    every page, and enum comparisons cost several times more.
    """

    BAD: Final = 0
    SHORT: Final = 1
    MEDIUM: Final = 2
    GOOD: Final = 3
    NAMES: Final = ("BAD", "SHORT", "MEDIUM", "GOOD")


# A headline has at least this many words that are not numbers.
MIN_HEADLINE_WORDS = 2

# A short run of this many lines is a menu, even without list markers.
MENU_RUN = 3


# Lines below a headline searched for its byline or date.
TITLE_META_LOOKAHEAD = 4
TITLE_SHORT = 4  # words; shorter lines are names, kickers and section labels

# A section kicker, over a title or a card's headline, is a word or three:
# "BREAKING NEWS", "Dubai Airshow", "Podcast: Coronavirus-Update".
KICKER_MAX_WORDS = 3
# A card's headline is a few words with no sentence end; more is its summary.
CARD_HEADLINE_MAX_WORDS = 20


def card_headline(feature: Features) -> bool:
    """Could this line of a card be its headline (not its summary)?"""
    return feature.words <= CARD_HEADLINE_MAX_WORDS and not feature.terminal


def nonblank(features: tuple[Features, ...], start: int, stop: int, step: int) -> list[int]:
    return [i for i in range(start, stop, step) if not features[i].line.blank]


def next_nonblank(features: tuple[Features, ...], i: int) -> int:
    """Index of the first non-blank line from line ``i`` on, or -1."""
    while i < len(features):
        if not features[i].line.blank:
            return i
        i += 1
    return -1


def previous_nonblank(features: tuple[Features, ...], i: int) -> int:
    """Index of the last non-blank line before line ``i``, or -1."""
    above = i - 1
    while above >= 0 and features[above].line.blank:
        above -= 1
    return above


def list_items(features: tuple[Features, ...], runs: Runs, start: int) -> list[int]:
    """The items of the list run that starts at ``start`` (blank lines between allowed)."""
    items = []
    for i in range(start, len(features)):
        if features[i].line.blank:
            continue
        if runs.list_start[i] != start:
            break
        items.append(i)
    return items


# A subheading in capitals is a few words ("WHAT YOU NEED TO MAKE JAM", "HOW
# TO USE A WATER BATH CANNER": seven at most on the development set, all in
# the gold); a headline of this many words in capitals between paragraphs
# links to another story ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE
# STARS'": seven such lines, none in the gold).
CAPITALS_HEADLINE_WORDS = 8


def capitals_headline(feature: Features) -> bool:
    """A headline written in capitals, too long for a subheading, that no
    sentence end closes: a link to another story set in the text."""
    text = feature.text
    return (
        feature.words >= CAPITALS_HEADLINE_WORDS
        and not feature.terminal
        and text.isupper()
        and feature.words <= CARD_HEADLINE_MAX_WORDS
    )


# A social network's account name alone: "@davidehrlich".
_HANDLE = regex.compile(r"@[\w.]{1,30}")


def is_handle(feature: Features) -> bool:
    """An account's name alone on its line; under a byline, the author's."""
    return feature.text[:1] == "@" and _HANDLE.fullmatch(feature.text) is not None


def is_meta(feature: Features) -> bool:
    return (
        feature.byline
        or feature.meta_phrase
        or (feature.datelike and feature.words <= 12)
        or (feature.date is not None and _opens_with_date(feature.text, feature.date.raw))
    )


# The day's name before a date that opens a line: "Mon 18 Nov 2019 18.54 GMT
# Last modified on ...", "Montag, 18. November 2019".
# The days' names (and their short forms) in the major European languages.
WEEKDAY_NAMES = (
    r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|tuesday|wednesday|"
    r"thursday|saturday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"(?:segunda|terça|quarta|quinta|sexta)-feira|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag)"
)
_WEEKDAY = regex.compile(WEEKDAY_NAMES + r"[.,]?\s{1,3}")


# The longest day's name with its comma and spaces: "segunda-feira,  ".
WEEKDAY_PREFIX_CHARS = 16


def _opens_with_date(text: str, raw: str) -> bool:
    """The line starts with its date, perhaps after the day's name."""
    if text.startswith(raw):
        return True
    at = text.find(raw)
    return 0 < at <= WEEKDAY_PREFIX_CHARS and _WEEKDAY.fullmatch(text[:at]) is not None


def says_something(text: str) -> bool:
    """A subheading is words: not "0", "$139.00" or a file name like "dp3_1_en"."""
    return _LETTER.search(text) is not None and "_" not in text


# A word that starts with a digit: only then can a line be mostly numbers.
_NUMBER_WORD = re.compile(r"(?:^|\s)\d")
# The letters a breadcrumb opens with ("You are here", "Home").
_BREADCRUMB_OPENINGS = frozenset("YyHh")


def _words_not_numbers(text: str) -> bool:
    """Most of a headline is words: "11.14.2019 09:00 AM" is a date line. (A
    line in an unspaced script is one token.)"""
    tokens = text.split()
    words = sum(1 for token in tokens if not token[:1].isdigit())
    return words >= min(MIN_HEADLINE_WORDS, len(tokens))


# Arrows that point to the story before or after this one ("← Previous
# Story", "« Mit Treuhand Clouds ...", "... dann das Babybett im Westen →"),
# and the other half of each guillemet's pair.
_BACK_ARROWS = {"←": "", "«": "»", "‹": "›"}
_ON_ARROWS = {"→": "", "»": "«", "›": "‹"}


def arrow_link(text: str) -> bool:
    """A link to the previous or the next story, or to more, marked by an
    arrow apart from its words ("Alle Kommentare »"). (French quotes stand
    apart from their words too, but in pairs: « Changements climatiques ».)"""
    if text[1:2] == " " and (pair := _BACK_ARROWS.get(text[:1])) is not None:
        return not pair or pair not in text
    if text[-2:-1] == " " and (pair := _ON_ARROWS.get(text[-1:])) is not None:
        return not pair or pair not in text
    return False


def headline_shaped(feature: Features, config: Config) -> bool:
    """Could this line be a headline: some words, no sentence end, not chrome or meta?"""
    text = feature.text
    # A headline the page cut short ends in dots; a longer text that does is a
    # summary, not a headline.
    shaped = 2 <= feature.words <= config.headline_words_max and (
        not text.endswith((".", ",", ":", ";")) or text.endswith("...")
    )
    return (
        shaped
        and not (
            feature.boilerplate_phrase
            or feature.list_heading
            or feature.byline
            or feature.legal
            or feature.consent
            or feature.comments_start
            or feature.caption
            or feature.date is not None
            or feature.meta_phrase
            or (
                feature.datelike
                # (a line that ends on a time ago is a stamp: "Asked 8 years,
                # 2 months ago"; a headline may ask "... 30 years ago?")
                and (feature.words <= TITLE_SHORT or ends_on_relative_time(text))
            )
        )
        and says_something(text)
        # Words, not numbers: "11.14.2019 09:00 AM" is a date line. (Each test
        # only where it can fail: this runs a few hundred times a page.)
        and (_NUMBER_WORD.search(text) is None or _words_not_numbers(text))
        and (text[:1] not in _BREADCRUMB_OPENINGS or patterns.BREADCRUMB.match(text) is None)
        and not arrow_link(text)
    )


# An author's name under a headline: two to four capitalised words, no digits.
NAME_WORDS = (2, 4)


def is_name(feature: Features) -> bool:
    """A line that could be a person's name: "Anna Menin", "Suzanne Gamboa"."""
    low, high = NAME_WORDS
    words = feature.text.split()
    return (
        low <= len(words) <= high
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() for ch in feature.text)
        and not feature.text.isupper()
        and not feature.terminal
    )


def announces_list(feature: Features) -> bool:
    """A line ending with a colon that introduces what follows ("The tour dates:"),
    not a list heading or a link's label ("More:", "Read more:") that happens
    to end with one."""
    return feature.text.endswith(":") and not (feature.list_heading or feature.see_also)


# A line announcing a list of the text says what comes ("The plan has three
# steps:"); a word or two with a colon ("Von:", "Tags:") is a label.
ANNOUNCEMENT_MIN_WORDS = 3


def announces_text_list(feature: Features) -> bool:
    """A line that announces a list of the text, not a label with a colon."""
    return feature.words >= ANNOUNCEMENT_MIN_WORDS and announces_list(feature)


# The items of a list that goes on the sentence above it say something each:
# "der Export von Mineralölprodukten um 13,6 % gestiegen;", not "home".
CONTINUING_ITEM_WORDS = 3


def sentence_goes_on(feature: Features) -> bool:
    """A line of a few words that no full stop, colon or list ends: it may go
    on in the items of a list under it (:func:`continues_into_list`)."""
    return feature.words >= ANNOUNCEMENT_MIN_WORDS and not (
        feature.terminal or feature.line.marker or feature.list_heading or is_meta(feature)
    )


def continues_into_list(above: Features, items: Sequence[Features]) -> bool:
    """A sentence that goes on in the items of the list under it, colon or
    none: "Im Vergleich zum Vorjahreszeitraum ist" / "* der Export ... gestiegen;"
    / "* die Einfuhr von Rohöl ... gesunken;". The items open in lower case,
    as a menu's or a list of headlines' never do, and none is a button ("auf
    Facebook teilen" under a byline)."""
    return (
        sentence_goes_on(above)
        and len(items) >= 2
        and all(
            item.text[:1].islower()
            and item.words >= CONTINUING_ITEM_WORDS
            and not (item.boilerplate_phrase or item.promo or item.control)
            for item in items
        )
    )


def list_going_on(features: tuple[Features, ...], runs: Runs, start: int) -> list[int]:
    """The items of the marked list that starts at ``start`` when they go on
    the sentence of the line above it (:func:`continues_into_list`), else none."""
    above = previous_nonblank(features, start)
    if above < 0 or not sentence_goes_on(features[above]):
        return []  # (asked first: most lists stand under no such line)
    items = list_items(features, runs, start)
    return items if continues_into_list(features[above], [features[j] for j in items]) else []


def is_embed_credit(feature: Features) -> bool:
    """The line under a post embedded in the text that names its author:
    "— Jane Doe (@janedoe) November 18, 2019"."""
    text = feature.text
    return text[:1] in "—–-" and "(@" in text and patterns.EMBED_CREDIT.match(text) is not None


# A sign-off is a closing word and a name or two.
SIGN_OFF_MAX_WORDS = 5


def is_sign_off(feature: Features) -> bool:
    """A blog post's last line, the writer's greeting and first name: "x
    Franzi", "Euer HansEhrlich", "Love, Anna"; not a form's field ("Deine
    Nachricht")."""
    return (
        feature.words <= SIGN_OFF_MAX_WORDS
        and patterns.SIGN_OFF.match(feature.text) is not None
        and not any(
            word.strip(",!.").lower() in patterns.SIGN_OFF_FIELDS
            for word in feature.text.split()[1:]
        )
    )


def is_photo_credit(feature: Features) -> bool:
    """A caption or credit, or an agency's name alone under a photo ("Getty
    Images", "REUTERS")."""
    return feature.caption or patterns.AGENCY_ALONE.match(feature.text) is not None


# A credit line alone is a name or two and an agency: "Photo: Jane Doe, AP".
CREDIT_MAX_WORDS = 12


def is_credit_line(feature: Features) -> bool:
    """A photo's credit on a line of its own ("Bild: Jürgen Breitenbaumer"),
    not the site's copyright line ("© 2023 Example Media"): the line right
    above it, with no blank line between, is the photo's caption."""
    return (
        feature.caption
        and feature.words <= CREDIT_MAX_WORDS
        and (not feature.legal or feature.text.lower().startswith(patterns.PHOTO_WORDS))
    )


def is_dateline(feature: Features) -> bool:
    """A place name in capitals on its own line: "BAMAKO", "NEW YORK"."""
    text = feature.text
    return 1 <= feature.words <= 3 and text.isupper() and len(text) >= 3


# Marks no place's name holds: a credit's, a path's, a tag's, a bracket's.
_NOT_IN_PLACE_NAMES = frozenset("©@/|#:[]=()")


def names_a_place(feature: Features) -> bool:
    """A dateline's shape: a place's name in capitals alone on its line
    ("BAMAKO", "BAAR, SWITZERLAND"), not a list's item, a time, a count or a
    credit ("5:50 PM", "84.1K", "© REUTERS", "[사진=JTBC, 이매진아시아]")."""
    return (
        is_dateline(feature)
        and not feature.line.marker
        and not any(char.isdigit() or char in _NOT_IN_PLACE_NAMES for char in feature.text)
    )


def listed_headline(feature: Features) -> bool:
    """A headline-like line that is not a date, byline or paragraph."""
    return (
        TITLE_SHORT <= feature.words <= HEADLINE_WORDS_MAX
        and not feature.terminal
        and not is_meta(feature)
    )
