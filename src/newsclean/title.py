"""Step 5b: find the article's title above (or at the top of) its text.

Candidates are the headline-shaped lines near the text. Each is scored by the
evidence a reader uses: a byline or date under it, the same headline shown
elsewhere on the page, a heading mark, a headline's length, its place between
the menu and the text; list entries, short labels and distance count against
it. A title needs real evidence, not just length. The lines between the title
and the text become meta (byline, date, dateline, captions) or body (the
standfirst).
"""

from __future__ import annotations

import regex

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.config import Config
from newsclean.features import Features
from newsclean.parts import Label
from newsclean.region import HEADER_SKIPPABLE_PARAGRAPHS, Region
from newsclean.repeats import Repeats, normalise
from newsclean.shapes import (
    KICKER_MAX_WORDS,
    MENU_RUN,
    TITLE_META_LOOKAHEAD,
    TITLE_SHORT,
    Decision,
    Prose,
    Why,
    headline_shaped,
    is_credit_line,
    is_dateline,
    is_handle,
    is_meta,
    is_name,
    is_photo_credit,
    listed_headline,
    nonblank,
    previous_nonblank,
    says_something,
)

# Title search: how much each sign counts for a headline candidate.
TITLE_REPEATED = 1.5  # the title is shown again: <title> header, breadcrumb, share box


TITLE_META_BELOW = 3.0  # a date or byline follows within a few lines


TITLE_NAME_BELOW = 1.5  # only a name or a dateline follows: weaker, names are everywhere


# A repeat inside a long list is a "latest news" link, not the title's echo.
TITLE_REPEAT_LIST_MAX = 4
# ... but a breadcrumb ends in the page's title right above it, whatever its
# length; when it ends in the section's name instead ("Home / Editors Pick"
# over "Editors Pick"), that is a word or two.
BREADCRUMB_TITLE_MIN_WORDS = 3


TITLE_MARKDOWN_HEADING = 1.0


TITLE_GOOD_LENGTH = (5, 20)  # words; a real headline says something


TITLE_GOOD_LENGTH_BONUS = 1.0


TITLE_DISTANCE_COST = 0.08  # per line that says something, between it and the first paragraph


TITLE_LIST_ITEM_COST = 2.0  # breadcrumbs and menus are lists; headlines are not


TITLE_IN_LIST_COST = 2.0  # a headline between two other headlines is a list entry


# Below a "More stories" heading and above the text, headlines are that list's entries.
TITLE_UNDER_LIST_HEADING_COST = 2.0


TITLE_DIRECTLY_ABOVE = 1.0  # the line right above the text and right below a menu


TITLE_META_ABOVE = 1.5  # right under a date or byline and right above the text


# A question or an exclamation of a paragraph's length may be the headline,
# but reads like a sentence of the text as well: it needs more evidence.
TITLE_SENTENCE_COST = 0.7


TITLE_SHORT_COST = 1.0
# ... unless its few words are long: a German headline of three compounds
# ("Ladensterben immer dramatischer", 31 characters) says as much as an
# English one of six. Thirty characters is the length of four English
# words, the word count above; names and section labels are shorter.
TITLE_SHORT_CHARS = 30


# A title needs more than its length for it: a byline or date below, a repeat,
# a heading mark. Without such evidence a short first line is a subheading.
TITLE_MIN_SCORE = 1.5


# A byline or date this close (in lines that say something) under a headline
# marks it as the title even below a caption.
TITLE_META_CLOSE = 2


# Short lines at the very top of the region may still be the title.
TITLE_INSIDE_REGION = 3


def _title_score(
    index: int,
    distance: int,
    features: tuple[Features, ...],
    following: list[int],
    preceding: int,
    repeats: Repeats,
    runs: Runs,
    trailed: bool = False,
) -> float:
    """``trailed``: a breadcrumb trail on one line above ends in the headline."""
    f = features[index]
    score = -TITLE_DISTANCE_COST * distance
    group = repeats.group[index]
    # (However long, a list whose last item the headline repeats right under
    # it is the page's breadcrumb: "Home / Kolumnen / ... / <title>"; for a
    # headline shorter than the five words from which repeats are grouped,
    # the item must be the same text.)
    above = previous_nonblank(features, index)
    if (
        trailed
        or (
            group >= 0
            and any(
                runs.list_size[j] <= TITLE_REPEAT_LIST_MAX or (j == above and runs.list_size[j])
                for j in repeats.members[group]
                if j != index
            )
        )
        or (
            above >= 0
            and runs.list_size[above]
            and features[above].text == f.text
            and f.words >= BREADCRUMB_TITLE_MIN_WORDS
        )
    ):
        score += TITLE_REPEATED
    below = [features[j] for j in following[:TITLE_META_LOOKAHEAD]]
    if (
        not trailed  # (the trail above is the headline's own, not another headline)
        and preceding >= 0
        and following
        and listed_headline(features[preceding])
        and listed_headline(features[following[0]])
    ):
        score -= TITLE_IN_LIST_COST
    if any(is_meta(g) for g in below):
        score += TITLE_META_BELOW
    elif any(is_dateline(g) or is_name(g) for g in below[:TITLE_META_CLOSE]):
        score += TITLE_NAME_BELOW
    if f.line.heading:
        score += TITLE_MARKDOWN_HEADING
    low, high = TITLE_GOOD_LENGTH
    if low <= f.words <= high or (f.words < low and len(f.text) >= TITLE_SHORT_CHARS):
        # (fewer, longer words say as much: German compounds, as below)
        score += TITLE_GOOD_LENGTH_BONUS
    if f.line.marker:
        score -= TITLE_LIST_ITEM_COST
    if f.words < TITLE_SHORT and len(f.text) < TITLE_SHORT_CHARS:
        score -= TITLE_SHORT_COST
    return score


def label_header(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    repeats: Repeats,
    runs: Runs,
    config: Config,
    decisions: list[Decision | None],
) -> int:
    """Find the title near the top of the region and label the meta lines around it (pass 4).

    A standfirst may stand between the title and its byline.

    Returns the title's index, or -1.
    """
    # Lines that say something: icons, buttons, bare markers and counters
    # ("3.409", "0": reads, shares, comments; a date of digits still speaks)
    # between the headline and the text neither count as distance nor use up
    # the window.
    speaking = [
        i
        for i, f in enumerate(features)
        if f.words and prose[i] != Prose.BAD and (f.datelike or says_something(f.text))
    ]
    above = [i for i in reversed(speaking) if i < region.start][: config.header_window]
    top_of_region = [i for i in speaking if region.start <= i <= region.end][:TITLE_INSIDE_REGION]
    # A headline below the region's first paragraph is a subheading, not the
    # title, unless a byline or date follows it and what stands above is a
    # caption or a breadcrumb that ends in the headline itself.
    first_good = next(
        (
            i
            for i in top_of_region
            if prose[i] == Prose.GOOD and not _could_be_title(i, features, prose, config)
        ),
        region.end + 1,
    )
    top_of_region = [
        i
        for i in top_of_region
        if i < first_good
        or (
            _meta_follows(i, speaking, features, TITLE_META_CLOSE)
            and all(
                features[j].caption or features[i].text in features[j].text
                for j in range(first_good, i)
                if prose[j] == Prose.GOOD
            )
        )
    ]
    position = {line: k for k, line in enumerate(speaking)}
    start_position = next((k for k, line in enumerate(speaking) if line >= region.start), 0)
    # (A heading that is itself a menu item, "* Themen" over the site's
    # sections, names no list of stories.)
    list_heading = max(
        (i for i in above if features[i].list_heading and not features[i].line.marker),
        default=len(features),
    )
    # The last step of a breadcrumb trail on one line ("Home » Entertainment
    # » Musik und Sport: So steigern ...") names the page's own headline.
    trail_ends = {
        normalise(steps[-1])
        for steps in (_TRAIL_STEP.split(features[i].text) for i in above)
        if len(steps) > TRAIL_MIN_STEPS
    }
    best, best_score = -1, float("-inf")
    for i in [*top_of_region, *above]:
        f = features[i]
        # A headline under a section kicker ("WORLD French protesters ...") is
        # a teaser's, unless it stands right above the text ("BREAKING NEWS: ..."),
        # or the headline shown again opens with the same capitals: then they
        # are its own words ("UEFA Euro 2020 qualifying: ...", twice).
        k = position[i]
        kicker = (
            f.kicker
            and abs(start_position - k) > TITLE_META_LOOKAHEAD
            and not _kicker_repeated(i, features, repeats)
        )
        # (A long line without a full stop may be a headline, unless it
        # stands in the region right under one: then it is the standfirst. A
        # menu's last item above it is no headline.)
        long_ok = prose[i] == Prose.GOOD and (
            i < region.start
            or not (
                k > 0
                and not features[speaking[k - 1]].line.marker
                and _could_be_title(speaking[k - 1], features, prose, config)
            )
        )
        if (
            kicker
            or not _could_be_title(i, features, prose, config, long_ok)
            or _above_a_credit(i, features)
        ):
            continue
        following = _until_text(
            speaking[k + 1 : k + 1 + TITLE_META_LOOKAHEAD],
            prose,
            HEADER_SKIPPABLE_PARAGRAPHS,
        )
        preceding = speaking[k - 1] if k > 0 else -1
        score = _title_score(
            i,
            abs(start_position - k),
            features,
            following,
            preceding,
            repeats,
            runs,
            bool(trail_ends) and normalise(f.text) in trail_ends,
        )
        if (
            # (right above the text, or its first line: a headline the region's
            # scan took in because it asks or exclaims like a sentence)
            (k == start_position - 1 or i == region.start)
            and not f.line.marker
            and (
                (
                    preceding >= 0
                    and (features[preceding].line.marker or runs.short_size[preceding] >= MENU_RUN)
                )
                or _under_a_label(f, preceding, features)
            )
        ):
            # Between the page's menu and the text: where a headline stands.
            score += TITLE_DIRECTLY_ABOVE
        if (
            following
            and prose[following[0]] >= Prose.MEDIUM
            and preceding >= 0
            and is_meta(features[preceding])
            and not f.line.marker
            and not _heads(speaking[k - 2] if k >= 2 else -1, features, config)
        ):
            # Under the page's date or byline and right above the text, when
            # that date is not the one under a headline further up.
            score += TITLE_META_ABOVE
        if prose[i] == Prose.GOOD:
            score -= TITLE_SENTENCE_COST
        if list_heading < i < region.start:
            score -= TITLE_UNDER_LIST_HEADING_COST
        if score > best_score:
            best, best_score = i, score
    if best_score < TITLE_MIN_SCORE:
        best = -1  # nothing but a short line near the text: no evidence of a headline
    title = _stacked_title(best, speaking, position, features, runs, config)
    if title >= 0:
        group = repeats.group[title]
        if group >= 0:
            window = set(above) | set(top_of_region)
            # Only a headline: a card's summary that opens with the same words is not one.
            earlier = [
                j
                for j in repeats.members[group]
                if j in window
                and j < title
                and _could_be_title(j, features, prose, config)
                and _only_meta_between(j, title, speaking, position, features)
                and not _trail_before(features[j].text, features[title].text)
                # (a list's item is a breadcrumb's last, over the headline itself)
                and not (features[j].line.marker and not features[title].line.marker)
            ]
            if earlier:
                title = earlier[0]
        decisions[title] = (
            Label.TITLE,
            Why(
                "best headline near the article's top",
                (("words", features[title].words), ("score", round(best_score, 2))),
            ),
        )
        # Region lines above the title are captions and kickers, not the body.
        for i in nonblank(features, region.start, title, 1):
            f = features[i]
            label = (
                Label.META
                if (prose[i] >= Prose.MEDIUM or is_meta(f) or f.caption)
                else Label.BOILERPLATE
            )
            decisions[i] = (label, Why("above the title, inside the region"))
        _label_kicker(title, features, prose, decisions)
        _label_header_above(title, speaking, position, features, decisions)
    # Meta lines between the title (or the window's top) and the first paragraph.
    top = title if title >= 0 else (above[-1] if above else region.start)
    previous = -1
    listed = False  # below a list's heading ("Most Popular") between the title and the text
    for i in nonblank(features, top, region.start, 1):
        under, previous = previous, i
        if decisions[i] is not None or repeats.is_repeated(i):
            continue
        f = features[i]
        listed = listed or f.list_heading
        if f.list_heading or (prose[i] == Prose.BAD and not _credit(f)):
            continue  # a list's heading or a button ("Enlarge Image"), not a name
        if (
            is_meta(f)
            or is_dateline(f)
            or f.caption
            or (title >= 0 and is_name(f))
            or (f.words and _above_a_credit(i, features))  # the photo's caption
            # The author's account under the byline or date: "@davidehrlich".
            or (is_handle(f) and _title_or_meta(under, title, decisions))
        ):
            decisions[i] = (
                Label.META,
                Why("date, byline or dateline under the title", (("words", f.words),)),
            )
        elif (
            title >= 0
            and not listed  # (the list's items read like sentences: they are its headlines)
            and (
                prose[i] >= Prose.MEDIUM
                or (f.truncated and _title_or_meta(under, title, decisions))
            )
        ):
            # (A standfirst may end in the writer's dots, "Doch es geht auch
            # einfacher...", right under the title or its byline; under
            # another headline such a line is that card's summary.)
            decisions[i] = (Label.BODY, Why(STANDFIRST, (("words", f.words),)))
    if title < 0:
        _label_lead_in(region, features, prose, config, decisions)
    # A scraper's header line above the title ("date 2023-02-07 <title>"), or
    # the page header's date: the first dated line of the window. Dated lines
    # below it and above the title are a list's (each story's date), and so
    # is a dated item of a list ("* 20.02.2020 20:00 Stammtisch" under
    # "Neueste Beiträge").
    dated = {
        i: date
        for i in above
        if decisions[i] is None
        and (date := features[i].date) is not None
        and (title < 0 or i < title)
        and not _dated_item(features[i], runs.list_size[i])
    }
    if dated:
        first = min(dated)
        decisions[first] = (
            Label.META,
            Why("dated line above the title", (("date", dated[first].date.isoformat()),)),
        )
    return title


# Marks between the steps of a breadcrumb trail ("Beginn > Themen > Laien").
_TRAIL_MARKS = (">", "»", "›", "|")
# ... with spaces around them, where the trail is read for its last step (a
# headline may hold a "|" of its own, "Update | Deceased ... identified";
# "|" is left out: a page's <title> ends "... | Site").
_TRAIL_STEP = regex.compile(r"\s[>»›]\s")
# A trail has the home page, a section or more, and the page's own step.
TRAIL_MIN_STEPS = 2
# A section kicker over the title (shapes.KICKER_MAX_WORDS) stands right
# above it (a blank line between at most).
KICKER_GAP = 1
# The rule that reads it (Article.kicker is its line).
KICKER = "the article's section kicker, right above its title"
# ... and the one that reads the summary under the title (a paragraph of the
# body, of the kind "standfirst").
STANDFIRST = "standfirst under the title"
# A line this long above the kicker is no menu item the kicker could belong to.
KICKER_APART_WORDS = 6


def _label_kicker(
    title: int,
    features: tuple[Features, ...],
    prose: list[int],
    decisions: list[Decision | None],
) -> None:
    """The short line right above the title that names the article's section
    is meta (TAXONOMY: the article's section kicker), unless it is the last
    item of a menu: a kicker stands apart from the line above it (a blank
    line, another indentation, or a line too long for a menu item)."""
    above = title - 1
    while above >= 0 and features[above].line.blank and title - above - 1 < KICKER_GAP:
        above -= 1
    if above < 0 or decisions[above] is not None:
        return
    f = features[above]
    if not (
        1 <= f.words <= KICKER_MAX_WORDS
        and not (f.line.marker or f.terminal or f.datelike)
        and not (f.list_heading or f.control or f.see_also)
        and prose[above] != Prose.BAD
    ):
        return
    before = above - 1
    text = f.text
    if (
        before < 0
        or text.endswith(":")
        or f.boilerplate_phrase
        or f.promo
        or not says_something(text)
        # A breadcrumb trail names the site's sections: navigation.
        or any(mark in text for mark in _TRAIL_MARKS)
        or patterns.BREADCRUMB.match(text) is not None
    ):
        return
    b = features[before]
    # In capitals, a section's name stands apart from a menu by a blank line
    # or a long line above it; in any case, by its own indentation.
    nested = not b.line.blank and b.line.indent != f.line.indent
    if not (nested or (text.isupper() and (b.line.blank or b.words >= KICKER_APART_WORDS))):
        return
    decisions[above] = (Label.META, Why(KICKER))


def _could_be_title(
    i: int,
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    long_ok: bool = False,
) -> bool:
    """A headline (which has two words or more and is no caption), not a
    paragraph; with ``long_ok``, a long line without a full stop too."""
    feature = features[i]
    return (
        (
            prose[i] < Prose.GOOD
            or _asks_or_exclaims(feature)
            or (long_ok and _long_headline(feature))
        )
        and headline_shaped(feature, config)
        # A call to act ("Sign up for our newsletter", "Save 84% off the
        # newsstand price!") sells something; a headline tells.
        and not feature.promo
    )


# A headline may run to this many words without a full stop ("'He died in my
# hands': 3 pro-Morales demonstrators killed in clashes with Bolivia's police
# & soldiers", 21); such a line reads as running text to the region's scan.
LONG_HEADLINE_WORDS = 25


def _long_headline(feature: Features) -> bool:
    return not feature.terminal and feature.words <= LONG_HEADLINE_WORDS


# Sentence punctuation a headline may end with, perhaps inside its quotes.
_HEADLINE_ENDS = ("?", "!")
_CLOSING_QUOTES = "\"'”’»"


def _asks_or_exclaims(feature: Features) -> bool:
    """A headline may be a question or an exclamation ("Time to be careful?",
    "...: 'We got her!'"), which reads as a sentence of paragraph length; a
    headline's length, not a paragraph's, keeps it a candidate."""
    return feature.words <= TITLE_GOOD_LENGTH[1] and feature.text.rstrip(_CLOSING_QUOTES).endswith(
        _HEADLINE_ENDS
    )


def _label_lead_in(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    decisions: list[Decision | None],
) -> None:
    """With no title, a short line right above the first paragraph is its lead-in."""
    above = nonblank(features, region.start - 1, -1, -1)[:1]
    for i in above:
        f = features[i]
        if (
            decisions[i] is None
            and prose[i] == Prose.SHORT
            and headline_shaped(f, config)
            and not f.line.marker
            and says_something(f.text)
        ):
            decisions[i] = (Label.BODY, Why("lead-in right above the text, no title found"))


# A deck stands right under its headline: a blank line or two between them,
# not a screen of them (what a page's empty boxes leave).
STACKED_GAP = 2


def _kicker_repeated(index: int, features: tuple[Features, ...], repeats: Repeats) -> bool:
    """Does the line's headline stand elsewhere with the same opening capitals?"""
    group = repeats.group[index]
    kicker = features[index].kicker
    return group >= 0 and any(
        j != index and features[j].kicker == kicker for j in repeats.members[group]
    )


def _stacked_title(
    best: int,
    speaking: list[int],
    position: dict[int, int],
    features: tuple[Features, ...],
    runs: Runs,
    config: Config,
) -> int:
    """Two headlines stacked with nothing between: the upper is the title, the
    lower its deck (a subtitle, which is body)."""
    if best < 0:
        return best
    k = position[best]
    if k == 0:
        return best
    upper = speaking[k - 1]
    if best - upper - 1 > STACKED_GAP or any(
        not features[j].line.blank for j in range(upper + 1, best)
    ):
        return best
    f = features[upper]
    above = features[speaking[k - 2]] if k >= 2 else None
    if (
        headline_shaped(f, config)
        and f.words >= TITLE_SHORT
        and not f.line.marker
        and not f.kicker
        and runs.short_size[upper] == 0
        and (above is None or not listed_headline(above))
        and not _trail_before(f.text, features[best].text)
    ):
        return upper
    return best


def _label_header_above(
    title: int,
    speaking: list[int],
    position: dict[int, int],
    features: tuple[Features, ...],
    decisions: list[Decision | None],
) -> None:
    """The article's date, byline and photo credit may stand right above its
    title ("November 1, 2023" / "von: Rasender Reporter" / "Foto: ..." /
    headline): the lines that say something right above it, while each is
    such a line, are its meta when one of them is a byline. (A date alone
    above a headline is as often the previous list item's.)"""
    block: list[int] = []
    for j in reversed(speaking[: position[title]]):
        f = features[j]
        if not (is_meta(f) or f.caption or f.datelike):
            break
        block.append(j)
    if any(features[j].byline for j in block):
        for j in block:
            decisions[j] = (Label.META, Why("date, byline or credit right above the title"))


def _dated_item(feature: Features, list_size: int) -> bool:
    """An item of a bulleted list that gives a date: a list of stories or
    events, each dated. (A number before a German date is its day, "1.
    Februar 2022", which the converter took for a list's number.)"""
    marker = feature.line.marker
    return bool(marker) and not marker[:1].isdigit() and list_size >= 2


def _trail_before(upper: str, lower: str) -> bool:
    """Is ``upper`` the headline ``lower`` with words before it: a breadcrumb
    trail that the converter joined to it ("Home SPORT NEWS BREAKING NEWS:
    Chelsea ...")? Then the lower showing is the headline itself."""
    upper, lower = normalise(upper), normalise(lower)
    return len(upper) > len(lower) and upper.endswith(" " + lower)


def _only_meta_between(
    upper: int,
    lower: int,
    speaking: list[int],
    position: dict[int, int],
    features: tuple[Features, ...],
) -> bool:
    """Does nothing but the headline's own meta (a dateline, a byline, a date,
    a caption) stand between two showings of it? Then the upper one heads the
    article ("Russia's Lavrov ..." / "BAMAKO" / "Russias Lavrov ..."). A list
    or another headline between them makes the upper a sticky header's or a
    breadcrumb's copy, and the title is the showing right above the text."""
    return all(
        is_meta(f) or is_dateline(f) or is_name(f) or f.caption
        for f in (features[j] for j in speaking[position[upper] + 1 : position[lower]])
    )


# A line of a few words over a headline is a menu's last item, a section's
# name or a kicker ("Smart News Keeping you current", "Contact us").
LABEL_ABOVE_WORDS = 6


def _under_a_label(feature: Features, preceding: int, features: tuple[Features, ...]) -> bool:
    """A headline of a headline's length (``TITLE_GOOD_LENGTH``) at the top
    of the page or under a line of a few words: under a longer line it is as
    often a table's row, or a deck under the real headline glued to its date
    ("<headline> 기사입력 :[ 2018-08-25 15:24 ]")."""
    low, high = TITLE_GOOD_LENGTH
    return low <= feature.words <= high and (
        preceding < 0 or features[preceding].words <= LABEL_ABOVE_WORDS
    )


def _title_or_meta(i: int, title: int, decisions: list[Decision | None]) -> bool:
    """Is line ``i`` the title, or a line labelled meta (its byline, its date)?"""
    return i == title or (i >= 0 and (d := decisions[i]) is not None and d[0] is Label.META)


def _credit(feature: Features) -> bool:
    """A photo credit or a date, which chrome patterns also match: "© REUTERS /
    POOL", "Getty Images", "Posted in Datenschutz by ... on August 3"."""
    return is_photo_credit(feature) or feature.legal or is_meta(feature)


def _above_a_credit(i: int, features: tuple[Features, ...]) -> bool:
    """Does a photo's credit follow line ``i`` with no blank line between?
    Then ``i`` is the photo's caption ("Komplementärmediziner Leo Auerbach im
    Gespräch ..." / "Bild: Jürgen Breitenbaumer"): a headline stands apart
    from the photo below it."""
    below = i + 1
    return below < len(features) and is_credit_line(features[below])


def _heads(i: int, features: tuple[Features, ...], config: Config) -> bool:
    """Is line ``i`` a headline (not a menu item)?"""
    return i >= 0 and not features[i].line.marker and headline_shaped(features[i], config)


def _until_text(lines: list[int], prose: list[int], skippable: int) -> list[int]:
    """The lines up to the text: past ``skippable`` paragraphs (a standfirst), a
    byline belongs to something else."""
    seen = 0
    for k, i in enumerate(lines):
        if prose[i] == Prose.GOOD:
            seen += 1
            if seen > skippable:
                return lines[:k]
    return lines


def _meta_follows(
    index: int, speaking: list[int], features: tuple[Features, ...], within: int
) -> bool:
    after = [j for j in speaking if j > index][:within]
    return any(is_meta(features[j]) for j in after)
