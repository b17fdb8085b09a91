"""Find and parse publication dates in the common European formats.

News pages print dates many ways: ``2023-02-07``, ``07.02.2023``,
``7 Feb 2023``, ``February 7, 2023``, ``7. Februar 2023``,
``7 de febrero de 2023``, ``7 lutego 2023``, ``7 Şubat 2023``. One pattern
per shape, with month names from a table, covers them without a locale
library. Relative times ("3 hours ago") are recognised as date-like, since they
mark meta lines, but give no calendar date.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

import attrs
import regex

from newsclean import patterns

# Month names and their common abbreviations, case-folded, by language. Polish,
# Czech and Russian dates use the genitive form ("lutego", "února", "февраля").
# Indonesian and Malay share most of their names with Dutch ("Januari", "Mei").
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "stycznia",
        "styczeń",
        "ocak",
        "ledna",
        "января",
        "tammikuuta",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "fév",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "lutego",
        "luty",
        "şubat",
        "subat",
        "února",
        "февраля",
        "helmikuuta",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mars",
        "marzo",
        "março",
        "marco",
        "maart",
        "mrt",
        "maret",
        "marca",
        "marzec",
        "mart",
        "března",
        "марта",
        "maaliskuuta",
    ),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwietnia",
        "kwiecień",
        "nisan",
        "dubna",
        "апреля",
        "huhtikuuta",
    ),
    5: (
        "may",
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "maja",
        "maj",
        "mayıs",
        "mayis",
        "května",
        "мая",
        "toukokuuta",
    ),
    6: (
        "june",
        "jun",
        "juni",
        "juin",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwca",
        "czerwiec",
        "haziran",
        "června",
        "июня",
        "kesäkuuta",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipca",
        "lipiec",
        "temmuz",
        "července",
        "июля",
        "heinäkuuta",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "agustus",
        "agt",
        "sierpnia",
        "sierpień",
        "ağustos",
        "agustos",
        "srpna",
        "августа",
        "elokuuta",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "settembre",
        "set",
        "setembro",
        "września",
        "wrzesień",
        "eylül",
        "eylul",
        "září",
        "сентября",
        "syyskuuta",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "października",
        "październik",
        "ekim",
        "října",
        "октября",
        "lokakuuta",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopad",
        "kasım",
        "kasim",
        "listopadu",
        "ноября",
        "marraskuuta",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "desember",
        "grudnia",
        "grudzień",
        "aralık",
        "aralik",
        "prosince",
        "декабря",
        "joulukuuta",
    ),
}
MONTHS: dict[str, int] = {name: month for month, names in _MONTH_NAMES.items() for name in names}

_MONTH = r"(?P<month>\p{L}{3,12})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# The end of a year written in words' company: a word's end, or a clock time
# that a converter glued on where the page had a line break or a tag ("Nov 20
# 20194:29 AM", "4 de mayo de 202200:00"), or the next date or word glued on
# the same way: blog themes print the published and the updated date side by
# side ("22. Dezember 201922. Dezember 2019", "December 22, 2019December 23,
# 2019"), the first one being the published date.
_YEAR_END = r"(?:\b|(?=[0-2]?\d:[0-5]\d)|(?=[0-3]?\d[./]|(?-i:\p{Lu}\p{Ll})))"
# Shapes, tried in order. Each is anchored on word boundaries and uses bounded
# repeats only, so that a long line cannot make it backtrack.
_PATTERNS = tuple(
    regex.compile(p, regex.IGNORECASE)
    for p in (
        # 2023-02-07, and an ISO 8601 timestamp's date: "2023-02-07T10:14:00Z"
        rf"\b{_YEAR}[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)(?:\b|(?=T[0-2]\d))",
        # 07.02.2023 (and "15/01/201614/01/2016", the updated date glued on)
        r"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./](?P<year>(?:19|20)\d\d)"
        r"(?:\b|(?=[0-3]?\d[./][01]?\d[./]))",
        # 7 de febrero de 2023
        rf"\b{_DAY}\s{{0,2}}(?:de\s)?{_MONTH},?\s{{1,2}}(?:de\s)?{_YEAR}{_YEAR_END}",
        rf"\b{_MONTH}\s{{1,2}}{_DAY},?\s{{1,2}}{_YEAR}{_YEAR_END}",  # February 7, 2023
    )
)
# Matched against the lower-cased line, with the standard library's faster ``re``,
# and without a leading \b, which would stop re from scanning quickly. Two
# patterns, each starting with what re can jump to (a digit; v, i, h): one
# pattern with both shapes made re try every position of the page.
_RELATIVE_AGO = re.compile(
    r"\d{1,3}\s{1,2}(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"minuten|stunden|tagen|heures|jours|horas|días|dias|ore|giorni|godz\w{0,4}|saat|gün)\s{1,2}"
    r"(?:ago|her)\b"
)
_RELATIVE_BEFORE = re.compile(r"(?:vor|il y a|hace|há)\s{1,2}\d{1,3}\s{1,2}\w{3,9}")
# "Today", "gestern": a time only on a line that says nothing else, but
# that it was updated or published, or the day or hour ("Today", "Modified
# today", "Heute, 21. Januar"). With other words it is a name or a label: "Today's
# Paper", "Fantasy Football Today", "Wien heute", and German "Sie sind hier:"
# (here), whose "hier" is French for yesterday.
_TODAY_WORDS = (
    r"(?:yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|wczoraj|"
    r"dzisiaj|dün|bugün)"
)
# The words with no leading \b, which re cannot jump to: a page scan for
# candidates, each then checked whole with the pattern below.
_RELATIVE_WORD_HINT = re.compile(rf"{_TODAY_WORDS}\b")
# A relative word alone, or after the words that say the page changed then.
_RELATIVE_WORD_LINE = re.compile(
    r"\W{0,3}(?:(?:last |zuletzt )?(?:updated|modified|published|posted|aktualisiert|"
    r"geändert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|"
    r"pubblicato|zaktualizowano|opublikowano|güncellendi|yayınlandı)\W{0,3}\s)?"
    # ... and perhaps the day or the hour after it: "Heute, 21. Januar".
    rf"{_TODAY_WORDS}(?:,?\s{{1,2}}\d.{{0,30}})?\W{{0,3}}"
)
# Times are looked for in a line's opening: a time stamp leads its line.
TIME_WINDOW = 200
# No leading \b: re scans a pattern that starts with a character class much
# faster, and a time glued to other digits is rare enough not to matter. The
# hour's first digit is left out ("10:30" has "0:30"): only whether a line has
# a time counts, and a pattern starting with an optional part is scanned slowly.
# "6:30PM", with the half of the day glued on, is a time as well.
_TIME = re.compile(r"\d[:h.][0-5]\d(?:\b|(?i:[ap]m)\b)")
# Dates are read from a line's first characters: a date line is short, and the
# patterns stay bounded on a line of megabytes.
DATE_WINDOW = 400
# What every date shape above has: a year of this century or the last.
YEAR_HINT = re.compile(r"(?:19|20)\d\d")


@attrs.frozen
class FoundDate:
    """A calendar date found in a line, with the text it was read from."""

    date: _dt.date
    raw: str


def find_date(text: str) -> FoundDate | None:
    """Return the first calendar date in ``text``, or None.

    >>> find_date("Updated 7 Feb 2023, 10:14").date
    datetime.date(2023, 2, 7)
    >>> find_date("sexta-feira, 22 de outubro de 2010 às 20:13").date
    datetime.date(2010, 10, 22)
    >>> find_date("7. Februar 2023").date
    datetime.date(2023, 2, 7)
    >>> find_date("no date here") is None
    True
    """
    sample = text[:DATE_WINDOW]
    if YEAR_HINT.search(sample) is None:  # every shape below has a four-digit year
        return None
    for pattern in _PATTERNS:
        for match in pattern.finditer(sample):
            found = _to_date(match)
            if found is not None:
                return FoundDate(found, match.group(0))
    return None


def _to_date(match: regex.Match[str]) -> _dt.date | None:
    groups = match.groupdict()
    if groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        month = MONTHS.get(groups["month"].casefold().rstrip("."), 0)
    try:
        return _dt.date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def has_relative_time(text: str) -> bool:
    """True for "3 hours ago", "vor 2 Tagen", "yesterday" and the like."""
    return bool(_relative_times([text]))


def has_clock_time(text: str) -> bool:
    """True for "10:14", "9:02 AM", "20h13"."""
    return bool(_clock_times([text]))


def times_in(texts: Sequence[str]) -> list[int]:
    """Indices of the ``texts`` (single lines) that tell a time: a relative time
    (:func:`has_relative_time`) or a clock time (:func:`has_clock_time`), from
    one scan of the page per pattern.

    >>> times_in(["3 hours ago", "A headline", "Today, 10:30", "10 things to do today"])
    [0, 2]
    """
    return sorted({*_relative_times(texts), *_clock_times(texts)})


# A relative time that ends its line ("Asked 8 years, 2 months ago",
# "Aktualisiert vor 3 Stunden"): a stamp, when nothing but a few marks
# follows it (not a question's or an exclamation's mark).
_RELATIVE_AT_END = re.compile(
    rf"(?:{_RELATIVE_AGO.pattern}|{_RELATIVE_BEFORE.pattern})[^\w?!]{{0,3}}$"
)


def ends_on_relative_time(text: str) -> bool:
    """Does the line end on a relative time, as a time stamp does?

    >>> ends_on_relative_time("Asked 8 years, 2 months ago")
    True
    >>> ends_on_relative_time("Where were you 30 years ago?")
    False
    """
    return _RELATIVE_AT_END.search(text[-TIME_WINDOW:].lower()) is not None


def _relative_times(texts: Sequence[str]) -> list[int]:
    openings = [text[:TIME_WINDOW].lower() for text in texts]
    lows = patterns.join_lines(openings)
    return [
        *patterns.lines_matching(_RELATIVE_AGO_PAGE, lows),
        *patterns.lines_matching(_RELATIVE_BEFORE_PAGE, lows),
        *(
            i
            for i in patterns.lines_matching(_RELATIVE_WORD_HINT_PAGE, lows)
            if _RELATIVE_WORD_LINE.fullmatch(openings[i].strip()) is not None
        ),
    ]


def _clock_times(texts: Sequence[str]) -> list[int]:
    openings = patterns.join_lines([text[:TIME_WINDOW] for text in texts])
    return patterns.lines_matching(_TIME_PAGE, openings)


_RELATIVE_AGO_PAGE = patterns.page_pattern(_RELATIVE_AGO, anchored=False)
_RELATIVE_BEFORE_PAGE = patterns.page_pattern(_RELATIVE_BEFORE, anchored=False)
_RELATIVE_WORD_HINT_PAGE = patterns.page_pattern(_RELATIVE_WORD_HINT, anchored=False)
_TIME_PAGE = patterns.page_pattern(_TIME, anchored=False)
