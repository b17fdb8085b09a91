"""Step 5: give every line a label, first from the line, then from its context.

The passes, in order (each a function below):

The first passes live in their own modules: ``region.py`` (passes 1-2, where
the article is) and ``title.py`` (pass 4, its title); this module runs them
and labels the rest.

1. ``prose_class``: each line alone is *good* (a paragraph: long, ends like a
   sentence or is rich in function words), *medium* (a short sentence),
   *short* (a heading, a menu item, a button) or *bad* (chrome: "Share",
   copyright, cookie notes, link-only lines).
2. ``choose_region``: the article is one stretch of the page where good lines
   dominate. Each line gets a weight (good lines count by their length, short
   and bad lines against) and the stretch with the largest sum wins, the
   classic maximum-subarray scan. Teaser summaries and readers' comments are
   good lines too, but they stand apart from the article, separated by lists
   and buttons whose weight cuts them off; a comment-section heading is a wall
   the region never crosses.
3. ``label_region``: inside the region, prose is body; a short line is body
   when prose follows it (a subheading, a one-line paragraph), and so is a
   list or block of short lines that the text introduces or that runs into
   it; dates, bylines and credits are meta; chrome is boilerplate. Then the
   article's end: an author's bio and an "About the author" box are meta,
   and tag lines after the text are meta.
4. ``label_header``: above the region, the title is the headline-shaped line
   nearest the first paragraph (or, when that headline is shown twice there,
   its first occurrence); dates, bylines and datelines around it are meta.
5. ``label_outside``: everything else is navigation (lists, runs of short
   links, list headings, the site's accounts under "Follow us"), teaser (a
   headline with a summary or a section kicker), or boilerplate (the site's
   controls, share bars, chrome).
6. ``label_duplicates``: every occurrence of a repeated headline after the
   first, and every occurrence of the title but the title itself, is duplicate.

Each label carries a :class:`Why`: the rule that set it and its numbers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

import attrs
import regex

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.config import Config
from newsclean.features import Features, PageFeatures
from newsclean.parts import Label
from newsclean.region import (
    EMBED_TEXT_LINES,
    Region,
    choose_region,
    demote_later_dates,
    demote_listed_dates,
    extend_announced_list,
    extend_to_closing_credit,
    extend_to_depth,
    extend_to_embedded_post,
    extend_to_whole_sentences,
    is_article_text,
    is_closing_credit,
    named_lines,
    prose_class,
    region_weight,
    silence_comments,
    start_at_header,
    weigh_announced_lists,
    weigh_named_lines,
)
from newsclean.repeats import Repeats
from newsclean.shapes import (
    MENU_RUN,
    Decision,
    Prose,
    Why,
    announces_list,
    announces_text_list,
    headline_shaped,
    is_embed_credit,
    is_meta,
    is_name,
    is_photo_credit,
    list_items,
    next_nonblank,
    nonblank,
    previous_nonblank,
    says_something,
)
from newsclean.title import label_header

__all__ = ["Card", "Decision", "Labelling", "Why", "label_page"]


# Blank lines allowed inside a tight run (one, between an announcement and its list).
TIGHT_GAP = 1


# An author's bio closes the text: only the last body lines are asked whether
# they are one, and at most this many lines after it are taken for chrome ...
BIO_LINES_AFTER = 2
# ... looking no further up than this many lines (blank ones included).
BIO_SEARCH_LINES = 12
# An author box's heading is a few words ("About the author") ...
AUTHOR_BOX_HEADING_WORDS = 5
# ... over the name, a handle, a role line and a bio or two, ...
AUTHOR_BOX_LINES = 5
# ... and may stand this many lines after the text, past a share bar.
AUTHOR_BOX_REACH = 25
# A short line is only a tag ("Diplomacy,") within this many lines after the body.
TAG_DISTANCE = 3
# A line that says it lists tags ("Tags: Alibaba") may stand further down, past
# the share bar and the author box.
NAMED_TAGS_DISTANCE = 25


# A list inside the region whose items are mostly prose is part of the article.
PROSE_LIST_SHARE = 0.5
# A list the text introduces is part of it unless its items are capitalised
# like headlines ("Related" lists after a paragraph): at this share of
# capitalised words or more, it is a list of links.
HEADLINE_LIST_CAPITALS = 0.6


# A list whose items are mostly buttons or icons is a share bar, not a menu.
CHROME_LIST_SHARE = 0.5


class Card(NamedTuple):
    """Where a card of a grid stands: its lines' indices (-1: no kicker)."""

    kicker: int
    headline: int
    summary: int
    byline: int


@attrs.frozen
class Labelling:
    """The outcome of this step: a decision per line and what it was based on."""

    decisions: tuple[Decision | None, ...]
    """Per line: its label and the reason, or None for a blank line."""
    title: int
    """Index of the title line, or -1."""
    duplicate_of: tuple[int, ...]
    """Per line: the index of the headline it repeats, if labelled duplicate; else -1."""
    tags: tuple[int, ...]
    """Indices of the lines that hold the article's tags (labelled meta)."""
    cards: tuple[Card, ...] = ()
    """The cards of grids found by their shape, each one teaser."""


def label_page(
    page: PageFeatures, repeats: Repeats, runs: Runs, config: Config, spaced: bool = False
) -> Labelling:
    """Label every line of the page; None for blank lines. ``spaced``: the
    page had a blank line between all its lines (``lines.close_even_gaps``)."""
    features = page.lines
    has_stopwords = page.stopwords.language is not None
    prose = [prose_class(f, config, has_stopwords) for f in features]
    weights = [region_weight(i, f, prose[i], repeats, runs) for i, f in enumerate(features)]
    named = named_lines(features, runs, config)
    weigh_named_lines(named, weights)
    demote_later_dates(features, weights)
    demote_listed_dates(features, weights, config)
    weigh_announced_lists(features, runs, prose, weights)
    silence_comments(features, weights)
    if is_article_text(features, prose, spaced):
        return _all_body(features)
    region = choose_region(weights, features, prose, config)
    if region is not None:
        region = start_at_header(region, features, prose, config)
        region = extend_announced_list(region, features, prose)
        region = extend_to_depth(region, features, prose)
        region = extend_to_closing_credit(region, features, prose)
        region = extend_to_embedded_post(region, features, prose)
        region = extend_to_whole_sentences(region, features)
    decisions: list[Decision | None] = [None] * len(features)
    title = -1
    tags: list[int] = []
    if region is not None:
        region_tags = label_region(region, features, prose, runs, named, decisions)
        label_author_bio(region, features, decisions)
        label_trailing_captions(region, features, decisions)
        label_captions_above_credits(region, features, decisions)
        label_gallery_captions(region, features, decisions)
        label_credits_under_captions(region, features, decisions)
        label_author_box(region, features, prose, decisions)
        title = label_header(region, features, prose, repeats, runs, config, decisions)
        label_bylined_bio(region, features, title, decisions)
        tags = region_tags + label_tags(region, features, runs, decisions)
    cards = label_outside(features, prose, repeats, runs, config, decisions)
    _require_a_sentence(prose, decisions)
    duplicate_of = label_duplicates(repeats, title, decisions)
    tags = [i for i in tags if (decision := decisions[i]) is not None and decision[0] is Label.META]
    return Labelling(tuple(decisions), title, duplicate_of, tuple(tags), cards)


def _require_a_sentence(prose: list[int], decisions: list[Decision | None]) -> None:
    """An article says something: with no sentence in its body, the page has none,
    and what was taken for its text (a time, a number, a button) is boilerplate."""
    body = [i for i, d in enumerate(decisions) if d is not None and d[0] is Label.BODY]
    if body and not any(prose[i] >= Prose.MEDIUM for i in body):
        for i in body:
            decisions[i] = (Label.BOILERPLATE, Why("no sentence anywhere in the text"))


def _all_body(features: tuple[Features, ...]) -> Labelling:
    reason = Why("paragraphs with no chrome: an article's own text")
    decisions: list[Decision | None] = [
        None if f.line.blank else (Label.BODY, reason) for f in features
    ]
    return Labelling(tuple(decisions), -1, tuple([-1] * len(features)), ())


_NO_PROSE_AFTER = "short line in the article region with no prose after it"


def label_region(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    runs: Runs,
    named: frozenset[int],
    decisions: list[Decision | None],
) -> list[int]:
    """Label the lines of the article region (pass 3); returns its tag lines."""
    # What a list heading names is labelled with the rest of the page's links and cards.
    inside = [i for i in nonblank(features, region.start, region.end + 1, 1) if i not in named]
    headed_lists = _headed_lists(region, features, prose, runs)
    prose_lists = _prose_lists(features, prose, runs) | headed_lists
    announced = _announced_lines(inside, features)
    # A wire story's closing credit ends the region: what stands above it is the story's.
    credit = inside[-1] if inside and is_closing_credit(features[inside[-1]]) else -1
    links_left = 0  # lines still to come under a bare "More:" label
    tags: list[int] = []
    for position, i in enumerate(inside):
        f = features[i]
        kind = prose[i]
        if kind >= Prose.MEDIUM:
            links_left = 0
        if is_closing_credit(f):
            decisions[i] = (Label.META, Why("the story's closing credit"))
        elif is_embed_credit(f):
            decisions[i] = (Label.BODY, _EMBED_CREDIT)
        elif is_photo_credit(f):
            decisions[i] = (Label.META, Why("image caption or credit", (("words", f.words),)))
        elif patterns.TAGS_PREFIX.match(f.text):
            # "Tags: Freeride, Skitour", "Themen: Kritik aus dem Internet, ...".
            decisions[i] = (Label.META, Why("tag line in the article region"))
            tags.append(i)
        elif f.see_also:
            decisions[i] = (Label.NAVIGATION, Why("link to another story inside the text"))
            if f.words <= SEE_ALSO_LABEL_WORDS:
                links_left = SEE_ALSO_LINKS
        elif links_left and not is_meta(f):
            # The headlines under a bare "More:" or "Related:" are its links.
            decisions[i] = (Label.NAVIGATION, Why("link under a 'More:' label in the text"))
            links_left -= 1
        elif kind >= Prose.MEDIUM and not (f.byline or f.meta_phrase):
            # (A byline or "Updated at 1:23 p.m." reads like a sentence: meta below.)
            decisions[i] = (
                Label.BODY,
                Why(
                    "prose in the article region",
                    (("words", f.words), ("class", Prose.NAMES[kind])),
                ),
            )
        elif is_meta(f):
            decisions[i] = (
                Label.META,
                Why("date, byline or credit in the article region", (("words", f.words),)),
            )
        elif kind == Prose.BAD:
            decisions[i] = (Label.BOILERPLATE, Why("page chrome inside the article region"))
        elif not f.text:
            decisions[i] = (Label.BOILERPLATE, Why("empty list item (an icon)"))
        elif f.list_heading:
            decisions[i] = (Label.NAVIGATION, Why("heading of a link list"))
        elif f.line.marker and runs.list_size[i] >= 2 and runs.list_start[i] not in prose_lists:
            decisions[i] = (
                Label.NAVIGATION,
                Why("link list inside the article region", (("items", runs.list_size[i]),)),
            )
        elif _INTERVIEW.match(f.text):
            decisions[i] = (Label.BODY, Why("question or answer of an interview"))
        elif (
            f.words >= ANNOUNCING_SENTENCE_WORDS
            and announces_list(f)
            and position > 0
            and (above := decisions[inside[position - 1]]) is not None
            and above[0] is Label.BODY
        ):
            # "Twitter seemed a bit confused by the campaign:" goes on from the
            # text above it to what it shows below (an embed, a table).
            decisions[i] = (Label.BODY, Why("sentence of the text that announces what follows"))
        elif _leads_into_prose(position, inside, features, prose):
            decisions[i] = (
                Label.BODY,
                Why("short line leading into prose (subheading)", (("words", f.words),)),
            )
        else:
            if i in announced:
                decisions[i] = (Label.BODY, Why("item of a list announced with a colon"))
            elif i < credit and says_something(f.text):
                decisions[i] = (Label.BODY, Why("line above the story's closing credit"))
            elif f.line.marker and runs.list_start[i] in prose_lists:
                decisions[i] = (Label.BODY, Why("item of a list of sentences in the article"))
            else:
                decisions[i] = (
                    Label.BOILERPLATE,
                    Why(_NO_PROSE_AFTER, (("words", f.words),)),
                )
    _join_introduced_blocks(inside, features, prose, decisions)
    _join_blocks_into_prose(inside, features, decisions)
    _label_embedded_posts(inside, features, prose, decisions)
    for start in headed_lists:
        heading = previous_nonblank(features, start)
        if (decision := decisions[heading]) is not None and decision[0] is not Label.BODY:
            decisions[heading] = (Label.BODY, Why("subheading over a list of the text"))
    return tags


_EMBED_CREDIT = Why("author of a post embedded in the text")


def _label_embedded_posts(
    inside: list[int],
    features: tuple[Features, ...],
    prose: list[int],
    decisions: list[Decision | None],
) -> None:
    """The lines right above an embedded post's author line are the post's
    text, however short ("meth.", "we're. on. it. https://t.co/..."): the
    article quotes it, so it is body (TAXONOMY: quotes inside the text)."""
    for position, i in enumerate(inside):
        if decisions[i] != (Label.BODY, _EMBED_CREDIT):
            continue
        for j in reversed(inside[max(0, position - EMBED_TEXT_LINES) : position]):
            decision = decisions[j]
            if decision is None or decision[0] is Label.BODY or prose[j] == Prose.BAD:
                break
            if features[j].line.marker or is_embed_credit(features[j]):
                break
            decisions[j] = (Label.BODY, Why("text of a post embedded in the text"))


# A sentence ending in a colon after the text is the text's ("The newly
# selected five are:"); a word or three with a colon may be a label ("More:").
ANNOUNCING_SENTENCE_WORDS = 4

# An interview's questions and answers, however short: "Q: Favorite apps?",
# "A: Trip to Disney World", "Frage: ...".
_INTERVIEW = regex.compile(r"^(?:Q|A|F|Frage|Antwort|Pregunta|Respuesta|Question|Réponse)\s?:\s")

# A "More:" or "Related:" label alone, with its links on the lines below it ...
SEE_ALSO_LABEL_WORDS = 3
# ... a handful of them, up to the text's next sentence.
SEE_ALSO_LINKS = 5

# A block of short lines (no blank line between) that runs into the text is
# part of it: "Pullover: H&M / Jacke: Bershka / Rock: Zara", a small fact box;
# up to this many lines are joined above the one that leads into the text
# (longer blocks are menus).
TEXT_BLOCK_LINES = 4


def _join_blocks_into_prose(
    inside: list[int], features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """Short lines of a tight block whose last line leads into prose are body
    too, and so is a line that announces a list of the text ("You need:")."""
    run = 0
    for position in range(len(inside) - 2, -1, -1):
        i, below = inside[position], inside[position + 1]
        decision, under = decisions[i], decisions[below]
        if not (
            under is not None
            and under[0] is Label.BODY
            and decision is not None
            and decision[1].rule == _NO_PROSE_AFTER
            and says_something(features[i].text)
        ):
            run = 0
        elif announces_text_list(features[i]):
            decisions[i] = (Label.BODY, Why("line announcing a list of the text"))
            run = 0
        elif below == i + 1 and not features[i].line.marker and run < TEXT_BLOCK_LINES:
            decisions[i] = (Label.BODY, Why("line of a block that runs into the text"))
            run += 1
        else:
            run = 0


def _join_introduced_blocks(
    inside: list[int],
    features: tuple[Features, ...],
    prose: list[int],
    decisions: list[Decision | None],
) -> None:
    """A block of short lines (no blank line between) that the text introduces
    and then goes on after is a list of the text, in a dump without list
    markers: body, unless capitalised like a list of headlines."""
    k = 0
    while k < len(inside):
        decision = decisions[inside[k]]
        if decision is None or decision[1].rule != _NO_PROSE_AFTER:
            k += 1
            continue
        end = k
        while (
            end + 1 < len(inside)
            and inside[end + 1] == inside[end] + 1
            and (later := decisions[inside[end + 1]]) is not None
            and later[1].rule == _NO_PROSE_AFTER
        ):
            end += 1
        block = inside[k : end + 1]
        above = inside[k - 1] if k > 0 else -1
        below = inside[end + 1] if end + 1 < len(inside) else -1
        under = decisions[below] if below >= 0 else None
        if (
            len(block) >= 2
            and above >= 0
            and block[0] - above <= 1 + TIGHT_GAP
            and _introduces(features[above], prose[above])
            and under is not None
            and under[0] is Label.BODY
            and _capitals(features, block) < HEADLINE_LIST_CAPITALS
        ):
            for i in block:
                decisions[i] = (Label.BODY, Why("item of a list the text introduces"))
        k = end + 1


def _capitals(features: tuple[Features, ...], lines: list[int]) -> float:
    """Share of the words of these lines that start with a capital letter."""
    words = [word for i in lines for word in features[i].text.split()]
    return sum(1 for word in words if word[:1].isupper()) / len(words) if words else 1.0


def _leads_into_prose(
    position: int, inside: list[int], features: tuple[Features, ...], prose: list[int]
) -> bool:
    """A short line followed by a paragraph: a subheading, a one-line lead-in."""
    following = inside[position + 1] if position + 1 < len(inside) else -1
    return (
        following >= 0
        and prose[following] >= Prose.MEDIUM
        and says_something(features[inside[position]].text)
    )


def _announced_lines(inside: list[int], features: tuple[Features, ...]) -> set[int]:
    """Lines of a tight run (no blank line) that starts under a line ending with a colon."""
    announced: set[int] = set()
    active = False
    previous = -1
    for i in inside:
        if previous >= 0 and i - previous > 1 + TIGHT_GAP:
            active = False
        if active:
            announced.add(i)
        if announces_list(features[i]):
            active = True
        previous = i
    return announced


# A subheading over a list of the text is a few words ("Ihr Profil", "NOT SCARY").
LIST_SUBHEADING_WORDS = 6
# ... and the text goes on within this many lines after the list (another
# subheading and its list may come first).
LIST_TEXT_AFTER = 4
# ... looked for this many lines on, blank ones included.
LIST_TEXT_REACH = 12


def _headed_lists(
    region: Region, features: tuple[Features, ...], prose: list[int], runs: Runs
) -> set[int]:
    """Start indexes of the marked lists in the region that stand under a
    subheading of the text and before more of its prose: "Ihre Aufgaben",
    then the tasks, then the text goes on. A list of links there has a list
    heading ("Related") or ends the text. On the AEB dumps all 21 items of
    six such lists are in the gold."""
    headed: set[int] = set()
    for start in set(runs.list_start) - {-1}:
        above = previous_nonblank(features, start)
        if not region.start <= above < start <= region.end:
            continue
        items = list_items(features, runs, start)
        # (A window of lines, not the rest of the region: a page of a
        # hundred thousand one-item lists must not cost their square.)
        reach = min(region.end + 1, items[-1] + 1 + LIST_TEXT_REACH)
        after = nonblank(features, items[-1] + 1, reach, 1)[:LIST_TEXT_AFTER]
        heading = features[above]
        if (
            1 <= heading.words <= LIST_SUBHEADING_WORDS
            and not (heading.line.marker or heading.list_heading or heading.text.endswith(":"))
            and prose[above] != Prose.BAD
            and not is_meta(heading)
            and any(prose[j] >= Prose.MEDIUM and not features[j].line.marker for j in after)
            and not any(features[j].list_heading or prose[j] == Prose.BAD for j in after)
        ):
            headed.add(start)
    return headed


def _lists_where(runs: Runs, share: float, counts: Callable[[int], bool]) -> set[int]:
    """Start indexes of the list runs in which at least ``share`` of the items count."""
    items: dict[int, int] = {}
    counted: dict[int, int] = {}
    for i, start in enumerate(runs.list_start):
        if start >= 0:
            items[start] = items.get(start, 0) + 1
            counted[start] = counted.get(start, 0) + counts(i)
    return {start for start, n in items.items() if counted[start] >= share * n}


def _prose_lists(features: tuple[Features, ...], prose: list[int], runs: Runs) -> set[int]:
    """Start indexes of the list runs that are part of a text: those whose items
    are mostly sentences, and those the text introduces ("You will need:", or
    a sentence right above) whose items are not capitalised like headlines."""
    lists = _lists_where(runs, PROSE_LIST_SHARE, lambda i: prose[i] >= Prose.MEDIUM)
    for start in set(runs.list_start) - {-1} - lists:
        above = previous_nonblank(features, start)
        if (
            above >= 0
            and prose[above] != Prose.BAD
            and not features[above].line.marker
            and _introduces(features[above], prose[above])
            and _capitals(features, list_items(features, runs, start)) < HEADLINE_LIST_CAPITALS
        ):
            lists.add(start)
    return lists


def _introduces(feature: Features, kind: int) -> bool:
    """Does this line lead into a list of the text: "You will need:", or a sentence?"""
    return announces_list(feature) or (kind >= Prose.MEDIUM and feature.terminal)


_AFTER_BIO = Why("after the author's bio: not the article's text")
_TEXT_OR_META = (Label.BODY, Label.META)


def label_author_bio(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """The article's last lines may be its author's bio: meta, not text.

    The bio closes the article: the few lines taken for text after it (a
    newsletter prompt, a note on comments, the site's blurb) are not the
    article's either. Only the last lines are asked, so that a paragraph about
    a reporter in the middle of a story stays the story.
    """
    last_text = [
        i
        for i in islice(range(region.end, region.start - 1, -1), BIO_SEARCH_LINES)
        if (decision := decisions[i]) is not None and decision[0] is Label.BODY
    ][: BIO_LINES_AFTER + 1]
    bio = next((k for k, i in enumerate(last_text) if _is_bio(features[i].text, k > 0)), -1)
    if bio < 0:
        return
    for k, i in enumerate(last_text):
        if k < bio:
            decisions[i] = (Label.BOILERPLATE, _AFTER_BIO)
        elif k == bio or patterns.AUTHOR_BIO.match(features[i].text):
            decisions[i] = (Label.META, Why("author's bio at the end of the text"))
        else:
            return


# The article's last image may stand below its last paragraph: this many
# lines (that say something) below the region are asked for its caption.
TRAILING_CAPTION_LINES = 2


# A bio of the bylined author is looked for below this many lines of the text:
# a box above the text introducing its author is not its end.
BYLINED_BIO_AFTER = 3
# How far above the title a byline is looked for.
BYLINE_ABOVE_TITLE = 3
# Under "About Jane Doe", her bio is a paragraph or two.
ABOUT_BIO_LINES = 2
_NAME = regex.compile(r"\p{Lu}[\w'.-]*(?: \p{Lu}[\w'.-]*){1,3}")


def _body_lines(region: Region, decisions: list[Decision | None]) -> list[int]:
    """The lines of the region labelled body so far, in order."""
    return [
        i
        for i in range(region.start, region.end + 1)
        if (decision := decisions[i]) is not None and decision[0] is Label.BODY
    ]


def label_bylined_bio(
    region: Region, features: tuple[Features, ...], title: int, decisions: list[Decision | None]
) -> None:
    """A bio of the author named in the byline ends the article, wherever it
    stands past the text's first lines: "Dallas Robinson is a freelance writer
    ..." under a story bylined "Dallas Robinson". What the region holds after
    it (a newsletter prompt, other stories' cards) is not the article's."""
    body = _body_lines(region, decisions)
    header = [
        features[i].text
        # (A byline may stand just above the title too: "Von Jane Doe, 30. Juli".)
        for i in range(
            max(0, title - BYLINE_ABOVE_TITLE) if title >= 0 else region.start,
            body[0] if body else 0,
        )
        if (decision := decisions[i]) is not None and decision[0] is Label.META
    ]
    if len(body) < BYLINED_BIO_AFTER or not header:
        return
    # The bio may have been taken for a short line or chrome: ask every line.
    for i in range(body[BYLINED_BIO_AFTER - 1] + 1, region.end + 1):
        text = features[i].text
        name = _NAME.match(text) if patterns.AUTHOR_BIO.match(text) else None
        # "VON MORITZ GATHMANN am 21. April 2020" names "Moritz Gathmann".
        if name and _named_in(name.group(), header):
            decisions[i] = (Label.META, Why("bio of the author named in the byline"))
            end = i
        elif (about := patterns.ABOUT_NAME.match(text)) and _named_in(about.group(1), header):
            # "About Jane Doe" heads her bio: the paragraph or two under it.
            decisions[i] = (Label.META, Why("heading of the bylined author's bio"))
            end = i
            for j in nonblank(features, i + 1, region.end + 1, 1)[:ABOUT_BIO_LINES]:
                if (decision := decisions[j]) is None or decision[0] is not Label.BODY:
                    break  # a button or a list under the heading: the bio has ended
                decisions[j] = (Label.META, Why("bio of the author named in the byline"))
                end = j
        else:
            continue
        for j in range(end + 1, region.end + 1):
            if (decision := decisions[j]) is not None and decision[0] in _TEXT_OR_META:
                decisions[j] = (Label.BOILERPLATE, _AFTER_BIO)
        return


def _named_in(name: str, lines: list[str]) -> bool:
    folded = name.casefold()
    return any(folded in line.casefold() for line in lines)


def label_trailing_captions(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """A caption or credit right below the text is the article's last image's: meta."""
    below = nonblank(features, region.end + 1, min(len(features), region.end + 8), 1)
    for i in below[:TRAILING_CAPTION_LINES]:
        # "© Example Media 2023" is the site's copyright line, not a credit.
        if features[i].caption and not features[i].legal and decisions[i] is None:
            decisions[i] = (Label.META, Why("caption right below the text"))


# A credit line alone is a name or two and an agency: "Photo: Jane Doe, AP".
CREDIT_MAX_WORDS = 12


def label_captions_above_credits(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """The line right above a photo credit, with no blank line between, is the
    photo's caption: meta, though it reads like a sentence.

    Paragraphs stand apart from what follows them; a caption and its credit
    are printed together (a gallery may print the caption twice, one copy
    right above the other). On the AEB dumps, 54 lines taken for text stood
    right above a credit line, and none of them was in the annotated body.
    """
    for i in range(region.start + 1, region.end + 1):
        credit, above = features[i], features[i - 1]
        if (
            credit.caption
            and credit.words <= CREDIT_MAX_WORDS
            and (not credit.legal or _names_a_photo(credit))
            and not above.line.blank
            and not above.caption
            and (decision := decisions[i - 1]) is not None
            and decision[0] is Label.BODY
        ):
            decisions[i - 1] = (Label.META, Why("caption right above its photo credit"))
            # A gallery may print the caption twice, one right above the other.
            twin = i - 2
            if twin >= region.start and features[twin].text == above.text:
                decisions[twin] = (Label.META, Why("caption right above its photo credit"))


# A credit under its caption is a name or two: "NASA Worldview", "Berkeley Earth".
CREDIT_UNDER_CAPTION_WORDS = 5


def label_credits_under_captions(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """A few words right under a caption, with no blank line between, are
    its credit ("This satellite image ... shows fires near Delhi." then
    "NASA Worldview"): meta, not a subheading. On the AEB dumps 23 of 29
    such lines taken for text were not in the gold (the other six are one
    page's photo credits its annotators kept)."""
    for i in range(region.start + 1, region.end + 1):
        credit, above = features[i], features[i - 1]
        if (
            not above.line.blank
            and is_photo_credit(above)
            and 1 <= credit.words <= CREDIT_UNDER_CAPTION_WORDS
            and not (credit.terminal or credit.line.marker)
            and (decision := decisions[i]) is not None
            and decision[0] is Label.BODY
        ):
            decisions[i] = (Label.META, Why("credit right under a caption"))


def label_gallery_captions(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """The line under a gallery's counter ("Image 2 of 5") is that photo's
    caption: meta, though it reads like a sentence of the text. On the AEB
    dumps none of the 12 lines under such a counter is in the gold."""
    for i in range(region.start, region.end + 1):
        if not (
            features[i].boilerplate_phrase and patterns.GALLERY_COUNTER.match(features[i].text)
        ):
            continue
        below = next_nonblank(features, i + 1)
        if (
            0 <= below <= region.end
            and (decision := decisions[below]) is not None
            and decision[0] is Label.BODY
        ):
            decisions[below] = (Label.META, Why("caption under a gallery's counter"))


def _names_a_photo(feature: Features) -> bool:
    """A credit that says whose photo it is ("Foto © Peter Steiger"), not
    the site's copyright line ("© 2023 Example Media")."""
    return feature.text.lower().startswith(patterns.PHOTO_WORDS)


def label_author_box(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    decisions: list[Decision | None],
) -> None:
    """An "About the author" box at the end of the text, or just after it, is
    meta: its heading, the author's name, handle and bio."""
    # The heading says what the box is, wherever it stands below the text's
    # first line.
    body = _body_lines(region, decisions)
    first = body[0] + 1 if body else region.end
    lines = nonblank(
        features,
        max(region.start, min(first, region.end - BIO_SEARCH_LINES)),
        min(len(features), region.end + AUTHOR_BOX_REACH),
        1,
    )
    heading = next(
        (
            k
            for k, i in enumerate(lines)
            if features[i].words <= AUTHOR_BOX_HEADING_WORDS
            and patterns.AUTHOR_BOX.match(features[i].text.lower())
        ),
        -1,
    )
    if heading < 0:
        return
    box = Why("author box under the text")
    decisions[lines[heading]] = (Label.META, box)
    for i in lines[heading + 1 : heading + 1 + AUTHOR_BOX_LINES]:
        f = features[i]
        decision = decisions[i]
        if (
            f.line.marker
            or f.list_heading
            or f.comments_start
            or prose[i] == Prose.BAD
            or (decision is not None and decision[0] is not Label.BODY)
        ):
            return
        decisions[i] = (Label.META, box)


def _is_bio(text: str, text_follows: bool) -> bool:
    """Does ``text`` read as an author's bio? With text after it, only if the
    role is followed by where the author works ("... writer at WIRED"), not by
    a story ("... a reporter who was held for two days")."""
    match = patterns.AUTHOR_BIO.match(text)
    if match is None:
        return False
    return not text_follows or patterns.BIO_WORKPLACE.match(text, match.end()) is not None


def label_tags(
    region: Region, features: tuple[Features, ...], runs: Runs, decisions: list[Decision | None]
) -> list[int]:
    """Tag lines after the body: "Tags: a, b", a bare "Diplomacy," right after
    it, or the items of a list under a "Tags" heading. Returns the lines that
    hold tags."""
    after = nonblank(features, region.end + 1, len(features), 1)
    tags: list[int] = []
    under_heading = -2  # the list start under a "Tags" heading, once seen
    for distance, i in enumerate(after[:NAMED_TAGS_DISTANCE]):
        f = features[i]
        text = f.text
        decision = decisions[i]
        if (
            not f.line.marker  # "* Tags" is an item of a menu
            and patterns.TAGS_HEADING.match(text)
            and (decision is None or decision[0] is Label.META)
        ):
            decisions[i] = (Label.META, Why("heading of the article's tags"))
            under_heading = -1
            continue
        if decision is not None:
            continue
        if under_heading == -1 and f.line.marker:
            under_heading = runs.list_start[i]
        if (
            f.line.marker
            and runs.list_start[i] == under_heading
            and f.text
            and not f.boilerplate_phrase  # an icon or "Show more" is not a tag
        ) or (
            patterns.TAGS_PREFIX.match(text)
            or (distance < TAG_DISTANCE and f.words <= 4 and text.endswith(","))
        ):
            decisions[i] = (Label.META, Why("tag line after the body", (("words", f.words),)))
            tags.append(i)
        elif under_heading == -1:
            under_heading = -2  # the heading was not followed by a list
    return tags


def label_outside(
    features: tuple[Features, ...],
    prose: list[int],
    repeats: Repeats,
    runs: Runs,
    config: Config,
    decisions: list[Decision | None],
) -> tuple[Card, ...]:
    """Label what is left: navigation, teasers and boilerplate (pass 5).
    Returns the cards of grids, which the page keeps apart."""
    chrome_lists = _chrome_lists(features, prose, runs)
    previous = -1
    for i, f in enumerate(features):
        if f.line.blank:
            continue
        if decisions[i] is None:
            if f.line.marker:
                decisions[i] = _list_item_decision(i, features, prose, runs, chrome_lists)
            else:
                decision = _outside_decision(i, previous, features, prose, config, runs)
                decisions[i] = decision
                if decision[1].rule == _SUMMARY and _is_link(decisions[previous]):
                    # A headline with a summary under it is a card, not a bare link.
                    decisions[previous] = (Label.TEASER, _CARD_HEADLINE)
        previous = i
    _label_social_accounts(features, runs, decisions)
    cards = _label_card_grids(features, prose, config, decisions)
    _smooth_lone_lines(features, prose, decisions)
    return cards


# A card's headline has a few words; its summary at least this many and no
# fewer than the headline's: a summary says more than the headline it explains.
CARD_HEADLINE_MIN_WORDS = 4
CARD_SUMMARY_MIN_WORDS = 8
# Cards come in grids: a card counts only with another within this many
# non-blank lines (kicker, headline, summary, author: four or five a card).
CARD_GRID_REACH = 8
# A section kicker on its own line above a card's headline: a word or three.
CARD_KICKER_MAX_WORDS = 3
_GRID_HEADLINE = Why("headline of a card in a grid (headline, summary, author)")
_GRID_SUMMARY = Why("summary of a card in a grid, under its headline")
_GRID_BYLINE = Why("author or date of a card in a grid")
_GRID_KICKER = Why("section kicker of a card in a grid")


def _label_card_grids(
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    decisions: list[Decision | None],
) -> tuple[Card, ...]:
    """A headline, a longer line under it and an author or date under that,
    repeated: a grid of cards, each a teaser (TAXONOMY: a headline with a
    summary), even when the summaries carry no full stop and so read alone
    like headlines ("Aston Martin officially reveals 2020 DBX with 550
    horsepower V8 from the Vantage", then "Jose Altoveros").

    An author's name must sign another card too, or the card stand near one
    signed by a date or by a name seen twice: a capitalised line under two
    others is as often the next item of a menu ("Planet America")."""
    shown = [i for i, d in enumerate(decisions) if d is not None]
    found: list[tuple[int, str]] = []  # (position in ``shown`` of the headline, author or "")
    for k in range(len(shown) - 2):
        # (The cheapest tests first: this runs on every line of every page.)
        head_at, summary_at, byline_at = shown[k], shown[k + 1], shown[k + 2]
        summary, head = features[summary_at], features[head_at]
        if (
            summary.words < CARD_SUMMARY_MIN_WORDS
            or summary.words < head.words
            or head.words < CARD_HEADLINE_MIN_WORDS
            or prose[head_at] != Prose.SHORT  # a headline, not a comment's sentence
            or prose[summary_at] == Prose.BAD
        ):
            continue
        byline = features[byline_at]
        if (
            # Each line its own list item is a menu, not a card.
            not (summary.line.marker or byline.line.marker)
            and all(
                _outside(decisions[i]) or _is_teaser(decisions[i])
                for i in (head_at, summary_at, byline_at)
            )
            # Times on the lines are a schedule's rows ("1:00 PM At the playground").
            and not (head.datelike or summary.datelike)
            and not (is_meta(summary) or is_name(summary))
            and (_dates_card(byline) or is_name(byline))
            and headline_shaped(head, config)
        ):
            found.append((k, "" if _dates_card(byline) else byline.text))
    signed = Counter(author for _, author in found)
    strong = [k for k, author in found if not author or signed[author] >= 2]
    # A card signed once is taken beside a card that is surely one.
    cards = [
        k for k, _ in found if any(abs(k - other) <= CARD_GRID_REACH for other in _near(strong, k))
    ]
    grid = [
        k
        for n, k in enumerate(cards)
        if (n > 0 and k - cards[n - 1] <= CARD_GRID_REACH)
        or (n + 1 < len(cards) and cards[n + 1] - k <= CARD_GRID_REACH)
    ]
    # A section's name over a card's headline ("AUTO NEWS"): in capitals, or
    # over another card of the grid too; a list's heading ("Related") is neither.
    above = [features[shown[k - 1]].text if k > 0 else "" for k in grid]
    kickers = Counter(above)
    found_cards: list[Card] = []
    taken_to = -1  # the last position of the cards taken so far: cards do not overlap
    for k, text in zip(grid, above):
        if k <= taken_to:
            continue
        taken_to = k + 2
        card = Card(-1, *shown[k : k + 3])
        decisions[card.headline] = (Label.TEASER, _GRID_HEADLINE)
        decisions[card.summary] = (Label.TEASER, _GRID_SUMMARY)
        decisions[card.byline] = (Label.TEASER, _GRID_BYLINE)
        kicker = shown[k - 1] if k > 0 else -1
        if (
            kicker >= 0
            and _outside(decisions[kicker])
            and 0 < features[kicker].words <= CARD_KICKER_MAX_WORDS
            and (text.isupper() or kickers[text] >= 2)
            and not (features[kicker].list_heading or features[kicker].terminal)
        ):
            decisions[kicker] = (Label.TEASER, _GRID_KICKER)
            card = card._replace(kicker=kicker)
        found_cards.append(card)
    return tuple(found_cards)


# A time alone under a card is short ("9H ago"); a longer line with a clock
# time in it may be a price ("SAVE $30.00 - AirPods on sale").
CARD_TIME_MAX_WORDS = 4


def _dates_card(feature: Features) -> bool:
    """A card's date, byline or time: "04 de mayo de 2022", "By Jane Doe", "9H ago"."""
    return (
        feature.date is not None
        or feature.byline
        or (feature.datelike and feature.words <= CARD_TIME_MAX_WORDS)
    )


def _near(sorted_positions: list[int], k: int) -> list[int]:
    """The neighbours of ``k`` (itself included) among sorted positions."""
    at = bisect_left(sorted_positions, k)
    return sorted_positions[max(0, at - 1) : at + 1]


def _is_teaser(decision: Decision | None) -> bool:
    return decision is not None and decision[0] is Label.TEASER


# A line introducing the site's accounts is short: "Follow us on:".
FOLLOW_MAX_WORDS = 8
_SOCIAL_ACCOUNTS = Why("the site's social accounts, under a 'Follow us' line")


def _label_social_accounts(
    features: tuple[Features, ...], runs: Runs, decisions: list[Decision | None]
) -> None:
    """A list of icons or network names under "Follow us" is the site's
    accounts (navigation), not a share bar."""
    for start in sorted(set(runs.list_start) - {-1}):
        above = previous_nonblank(features, start)
        if not (
            above >= 0
            and features[above].words <= FOLLOW_MAX_WORDS
            and _outside(decisions[above])
            and patterns.FOLLOW.match(features[above].text.lower()) is not None
        ):
            continue
        items = list_items(features, runs, start)
        icons = sum(1 for j in items if not features[j].text or features[j].boilerplate_phrase)
        if icons < CHROME_LIST_SHARE * len(items):
            continue
        decisions[above] = (Label.NAVIGATION, _SOCIAL_ACCOUNTS)
        for j in items:
            if _outside(decisions[j]):
                decisions[j] = (Label.NAVIGATION, _SOCIAL_ACCOUNTS)


def _outside(decision: Decision | None) -> bool:
    """Labelled by pass 5 as something around the article (not its text or meta)."""
    return decision is not None and decision[0] in (Label.NAVIGATION, Label.BOILERPLATE)


_SUMMARY = "summary under a headline, outside the article"
_CARD_HEADLINE = Why("headline of a card with a summary")


def _is_link(decision: Decision | None) -> bool:
    return decision is not None and decision[0] is Label.NAVIGATION


def _chrome_lists(features: tuple[Features, ...], prose: list[int], runs: Runs) -> set[int]:
    """Start indexes of the lists that are mostly buttons and icons: share bars.

    The site's controls (sign in, search) do not count: they stand in menus,
    whose other items are links to the site's sections.
    """
    return _lists_where(
        runs,
        CHROME_LIST_SHARE,
        lambda i: (
            not features[i].text or (features[i].boilerplate_phrase and not features[i].control)
        ),
    )


def _list_item_decision(
    i: int,
    features: tuple[Features, ...],
    prose: list[int],
    runs: Runs,
    chrome_lists: set[int],
) -> Decision:
    """A list item outside the article takes its list's character (pass 5)."""
    f = features[i]
    if not f.text:
        return (Label.BOILERPLATE, Why("empty list item (an icon)"))
    if runs.list_start[i] in chrome_lists:
        return (
            Label.BOILERPLATE,
            Why("item of a list of buttons (share bar)", (("items", runs.list_size[i]),)),
        )
    if f.legal and not f.list_heading and prose[i] == Prose.BAD and _is_copyright(f):
        return (Label.BOILERPLATE, Why("copyright line"))
    if f.control:
        # "Sign in" or "Search" in a menu works the site; it does not lead to a page.
        return (Label.BOILERPLATE, Why("a control of the site (sign in, search, close)"))
    if f.list_heading:
        return (Label.NAVIGATION, Why("heading of a link list"))
    return (
        Label.NAVIGATION,
        Why("item of a link list or menu", (("items", runs.list_size[i]),)),
    )


def _is_copyright(feature: Features) -> bool:
    low = feature.text.lower()
    return "©" in low or "(c)" in low or "copyright" in low or "rights reserved" in low


def _smooth_lone_lines(
    features: tuple[Features, ...], prose: list[int], decisions: list[Decision | None]
) -> None:
    """A few short lines between two items of one list belong to that list:
    the author, the time or the section under each headline of a "latest"
    list ("Variety", "2 hours ago")."""
    labelled = [i for i, d in enumerate(decisions) if d is not None]
    k = 1
    while k < len(labelled) - 1:
        if not _lone(labelled[k], prose, decisions):
            k += 1
            continue
        end = k
        while end + 1 < len(labelled) - 1 and _lone(labelled[end + 1], prose, decisions):
            end += 1
        before, after = decisions[labelled[k - 1]], decisions[labelled[end + 1]]
        if (
            end - k < LONE_LINES_MAX
            and before is not None
            and after is not None
            and before[0] is after[0]
            and before[0] in (Label.NAVIGATION, Label.TEASER)
        ):
            for i in labelled[k : end + 1]:
                decisions[i] = (
                    before[0],
                    Why("short line inside a list or card", (("words", features[i].words),)),
                )
        k = end + 1


# Up to this many short lines in a row join the list around them: a card's
# section, date and author.
LONE_LINES_MAX = 3


def _lone(i: int, prose: list[int], decisions: list[Decision | None]) -> bool:
    decision = decisions[i]
    return decision is not None and decision[0] is Label.BOILERPLATE and prose[i] == Prose.SHORT


def _outside_decision(
    i: int,
    previous: int,
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    runs: Runs,
) -> Decision:
    f = features[i]
    kind = prose[i]
    if f.legal and runs.short_size[i] >= MENU_RUN and not _is_copyright(f):
        # "Privacy Policy" among a footer's links leads to a page, like them.
        return (Label.NAVIGATION, Why("link to a legal page in a menu"))
    if kind == Prose.BAD:
        return (Label.BOILERPLATE, Why("page chrome (button, legal, consent or link line)"))
    if f.list_heading:
        return (Label.NAVIGATION, Why("heading of a link list"))
    if (
        (kind >= Prose.MEDIUM or f.truncated)
        and previous >= 0
        and headline_shaped(features[previous], config)
    ):
        return (Label.TEASER, Why(_SUMMARY, (("words", f.words),)))
    if f.kicker and headline_shaped(f, config):
        return (Label.TEASER, Why("headline with a section kicker", (("kicker", f.kicker),)))
    if f.glued and kind >= Prose.MEDIUM:
        return (Label.TEASER, Why("headline and summary glued on one line"))
    if kind >= Prose.MEDIUM:
        return (
            Label.BOILERPLATE,
            Why("prose outside the article region", (("words", f.words),)),
        )
    if f.line.marker or runs.short_size[i] >= MENU_RUN:
        return (
            Label.NAVIGATION,
            Why(
                "item of a link list or menu",
                (("list", runs.list_size[i]), ("run", runs.short_size[i])),
            ),
        )
    if headline_shaped(f, config) and f.words >= 3:
        return (
            Label.NAVIGATION,
            Why("headline link outside the article", (("words", f.words),)),
        )
    return (Label.BOILERPLATE, Why("short line outside the article", (("words", f.words),)))


def label_duplicates(
    repeats: Repeats, title: int, decisions: list[Decision | None]
) -> tuple[int, ...]:
    """Mark every repeat of a headline but its first showing (pass 6).

    Returns, per line, the index of the showing it repeats (-1 if none).
    """
    duplicate_of = [-1] * len(decisions)
    for i, source in enumerate(repeats.echo):
        if source >= 0 and _may_be_duplicate(decisions[i]):
            decisions[i] = (
                Label.DUPLICATE,
                Why("card headline repeated without its kicker", (("line", source + 1),)),
            )
            duplicate_of[i] = source
    for members in repeats.members:
        if title in members:
            primary = title
        else:
            primary = next((j for j in members if repeats.echo[j] < 0), members[0])
        for j in members:
            if j != primary and duplicate_of[j] < 0 and _may_be_duplicate(decisions[j]):
                decisions[j] = (
                    Label.DUPLICATE,
                    Why("headline shown again", (("first", primary + 1),)),
                )
                duplicate_of[j] = primary
    return tuple(duplicate_of)


def _may_be_duplicate(decision: Decision | None) -> bool:
    return decision is None or decision[0] not in (Label.BODY, Label.TITLE)
