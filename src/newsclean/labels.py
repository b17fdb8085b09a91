"""Step 5: give every line a label, first from the line, then from its context.

The passes, in order (each a function below):

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
   when prose follows it (a subheading, a one-line paragraph); dates, bylines
   and credits are meta; chrome is boilerplate.
4. ``label_header``: above the region, the title is the headline-shaped line
   nearest the first paragraph (or, when that headline is shown twice there,
   its first occurrence); dates, bylines and datelines around it are meta.
5. ``label_outside``: everything else is navigation (lists, runs of short
   links, list headings), teaser (a headline with a summary or a section
   kicker), or boilerplate.
6. ``label_duplicates``: every occurrence of a repeated headline after the
   first, and every occurrence of the title but the title itself, is duplicate.

Each label carries a :class:`Why`: the rule that set it and its numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import attrs
import regex

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.config import Config
from newsclean.features import Features, PageFeatures
from newsclean.parts import Label
from newsclean.repeats import HEADLINE_WORDS_MAX, Repeats


class Why(NamedTuple):
    """Why a rule set a label: its name and the numbers it looked at. Turned into
    the public :class:`newsclean.Reason` when the page is assembled."""

    rule: str
    values: tuple[tuple[str, float | int | str], ...] = ()


Decision = tuple[Label, Why]

_LETTER = regex.compile(r"\p{L}")

# Region weights. A good line counts by its length, so that one real paragraph
# outweighs a handful of short lines, but is capped so that one huge line (a
# comment, a legal text) cannot carry a region alone.
GOOD_WORDS_PER_POINT = 10
GOOD_WEIGHT_MAX = 8.0
MEDIUM_WEIGHT = 0.5
SHORT_WEIGHT = -0.5
# A list item or a repeated headline is what link lists are made of.
LINK_LIKE_WEIGHT = -1.0
BAD_WEIGHT = -2.0
# A date or byline line on its own is what stands above an article.
META_WEIGHT = 1.0
# A date between paragraphs heads another story's card or a comment.
LATER_DATE_WEIGHT = -4.0
# Readers' comments are prose, but not the article's: after a comment section
# starts, prose counts against the region.
COMMENT_WEIGHT = -0.5
# Nothing outweighs the start of readers' comments.
WALL_WEIGHT = -1e6
# How many lines after the text may stand before the announcing line.
ANNOUNCEMENT_LOOKAHEAD = 1
# Blank lines allowed inside a tight run (one, between an announcement and its list).
TIGHT_GAP = 1
# A list announced by a colon is kept up to this many lines; longer runs are
# more likely the page's own link lists.
ANNOUNCED_LIST_MAX = 60
# How many separate heavy stretches compete to be the article.
REGION_CANDIDATES = 3
# Under a headline and byline, a short text is an article: a paragraph or two.
MIN_HEADED_REGION_WEIGHT = 3.0
# What standing under a headline and byline is worth: about two paragraphs.
HEADER_BONUS = 6.0
# Paragraph-like lines (a caption, a standfirst) allowed between a header and its text.
HEADER_SKIPPABLE_PARAGRAPHS = 1
# How many lines (that say something) above a stretch are searched for that header.
HEADER_LOOKBACK = 8
# A region must weigh this much to be an article: about one 30-word paragraph.
MIN_REGION_WEIGHT = 3.0
# A short line is only a tag ("Diplomacy,") within this many lines after the body.
TAG_DISTANCE = 3
# A list inside the region whose items are mostly prose is part of the article.
PROSE_LIST_SHARE = 0.5
# A list whose items are mostly buttons or icons is a share bar, not a menu.
CHROME_LIST_SHARE = 0.5
# A short run of this many lines is a menu, even without list markers.
MENU_RUN = 3


class Prose:
    """How much a line, seen alone, reads like running text: an ordered scale.

    Plain integers rather than an enum: these are compared on every line of
    every page, and enum comparisons cost several times more.
    """

    BAD = 0
    SHORT = 1
    MEDIUM = 2
    GOOD = 3
    NAMES = ("BAD", "SHORT", "MEDIUM", "GOOD")


@attrs.frozen
class Region:
    """The stretch of the page that holds the article body (0-based, inclusive)."""

    start: int
    end: int
    weight: float

    def __contains__(self, index: int) -> bool:
        return self.start <= index <= self.end


def prose_class(feature: Features, config: Config, has_stopwords: bool) -> int:
    """Classify one line alone (pass 1)."""
    if feature.line.blank:
        return Prose.SHORT
    if (
        feature.boilerplate_phrase
        or feature.comments_start
        or feature.comment_author
        or feature.link_share > config.link_share
        or (feature.legal and feature.words < config.paragraph_words * 3)
        or (feature.consent and feature.words < config.paragraph_words * 6)
        or feature.promo
    ):
        return Prose.BAD
    if feature.truncated:
        return Prose.SHORT
    if feature.terminal:
        if feature.words >= config.paragraph_words:
            return Prose.GOOD
        if feature.words >= config.sentence_words:
            return Prose.MEDIUM
        return Prose.SHORT
    # Without final punctuation a line of ten or fifteen words is most often a
    # headline; only a long one, rich in function words, is running text.
    if feature.words >= 2 * config.paragraph_words and (
        not has_stopwords or feature.stopword_share >= config.stopword_share
    ):
        return Prose.GOOD
    return Prose.SHORT


def region_weight(index: int, feature: Features, prose: int, repeats: Repeats, runs: Runs) -> float:
    """How much one line speaks for (positive) or against (negative) the article being here."""
    if feature.line.blank:
        return 0.0
    if feature.comments_start:
        return WALL_WEIGHT
    if feature.glued or feature.see_also or feature.truncated:
        return LINK_LIKE_WEIGHT
    if prose == Prose.GOOD:
        return min(feature.words / GOOD_WORDS_PER_POINT, GOOD_WEIGHT_MAX)
    if prose == Prose.MEDIUM:
        return MEDIUM_WEIGHT
    if prose == Prose.BAD or feature.list_heading:
        return BAD_WEIGHT
    if feature.line.marker or repeats.is_repeated(index) or runs.short_size[index] >= MENU_RUN:
        return LINK_LIKE_WEIGHT
    if _is_meta(feature):
        return META_WEIGHT
    return SHORT_WEIGHT


def demote_later_dates(features: tuple[Features, ...], weights: list[float]) -> None:
    """A date or byline once prose has begun starts another story (part of pass 2).

    An article shows its date and byline once, above its text. Dates and
    bylines between paragraphs are what cards in a "more stories" list and
    readers' comments carry, so there they count against the region instead
    of for it.
    """
    prose_before = 0.0
    for i, feature in enumerate(features):
        later_meta = feature.datelike or feature.byline
        if later_meta and weights[i] == META_WEIGHT and prose_before >= MIN_REGION_WEIGHT:
            weights[i] = LATER_DATE_WEIGHT
        elif weights[i] > META_WEIGHT:
            prose_before += weights[i]


def silence_comments(features: tuple[Features, ...], weights: list[float]) -> None:
    """Make readers' comments count against the region (part of pass 2).

    The comment section starts at a comment heading ("34 responses to ...",
    "Leave a reply") or a commenter line ("Jane says:") that comes after some
    prose; a heading above all prose is a link in the page header, not a section.
    """
    prose_before = 0.0
    in_comments = False
    for i, feature in enumerate(features):
        if not in_comments and (feature.comments_start or feature.comment_author):
            in_comments = prose_before >= MIN_REGION_WEIGHT
        if in_comments:
            if weights[i] > 0:
                weights[i] = COMMENT_WEIGHT
        elif weights[i] > 0:
            prose_before += weights[i]


def _heaviest_stretch(weights: list[float]) -> Region:
    """The classic maximum-subarray scan."""
    best = Region(0, -1, 0.0)
    total = 0.0
    start = 0
    for i, weight in enumerate(weights):
        if total <= 0.0:
            total, start = 0.0, i
        total += weight
        if total > best.weight:
            best = Region(start, i, total)
    return best


def choose_region(
    weights: list[float], features: tuple[Features, ...], prose: list[int], config: Config
) -> Region | None:
    """The article region (pass 2), or None when no stretch is heavy enough.

    The few heaviest separate stretches compete; one that stands under a
    headline with a byline or date, as an article does, gets a bonus over,
    say, a footer of legal disclaimers that happens to be longer.
    """
    remaining = list(weights)
    best: Region | None = None
    best_score = float("-inf")
    for _ in range(REGION_CANDIDATES):
        region = _heaviest_stretch(remaining)
        if region.weight < MIN_HEADED_REGION_WEIGHT:
            break
        score = region.weight
        if _has_article_header(region, features, prose, config):
            score += HEADER_BONUS
        elif region.weight < MIN_REGION_WEIGHT:
            score = float("-inf")
        if score > best_score:
            best, best_score = region, score
        for i in range(region.start, region.end + 1):
            remaining[i] = WALL_WEIGHT
    return best


def _has_article_header(
    region: Region, features: tuple[Features, ...], prose: list[int], config: Config
) -> bool:
    """Is there a headline followed by a byline or date just above the region?"""
    above: list[int] = []
    i = region.start - 1
    paragraphs = 0
    while i >= 0 and len(above) < HEADER_LOOKBACK:
        if prose[i] == Prose.GOOD:
            # A caption or standfirst may stand between; more text means the
            # header belongs to something else.
            paragraphs += 1
            if paragraphs > HEADER_SKIPPABLE_PARAGRAPHS:
                break
        if features[i].words:
            above.append(i)
        i -= 1
    above.reverse()
    for k, j in enumerate(above):
        below = above[k + 1 : k + 1 + TITLE_META_LOOKAHEAD]
        if (
            _headline_shaped(features[j], config)
            and prose[j] < Prose.GOOD
            and any(_is_meta(features[m]) for m in below)
        ):
            return True
    return False


@attrs.frozen
class Labelling:
    """The outcome of this step: a decision per line and what it was based on."""

    decisions: tuple[Decision | None, ...]
    """Per line: its label and the reason, or None for a blank line."""
    region: Region | None
    """Where the article body is, or None when the page has none."""
    title: int
    """Index of the title line, or -1."""
    duplicate_of: tuple[int, ...]
    """Per line: the index of the headline it repeats, if labelled duplicate; else -1."""


def label_page(page: PageFeatures, repeats: Repeats, runs: Runs, config: Config) -> Labelling:
    """Label every line of the page; None for blank lines."""
    features = page.lines
    has_stopwords = page.stopwords.language is not None
    prose = [prose_class(f, config, has_stopwords) for f in features]
    weights = [region_weight(i, f, prose[i], repeats, runs) for i, f in enumerate(features)]
    demote_later_dates(features, weights)
    silence_comments(features, weights)
    if _is_article_text(features, prose):
        return _all_body(features)
    region = choose_region(weights, features, prose, config)
    if region is not None:
        region = extend_announced_list(region, features, prose)
    decisions: list[Decision | None] = [None] * len(features)
    title = -1
    if region is not None:
        label_region(region, features, prose, runs, decisions)
        title = label_header(region, features, prose, repeats, runs, config, decisions)
        label_tags(region, features, decisions)
    label_outside(features, prose, repeats, runs, config, decisions)
    _require_a_sentence(prose, decisions)
    duplicate_of = label_duplicates(repeats, title, decisions)
    return Labelling(tuple(decisions), region, title, duplicate_of)


def extend_announced_list(
    region: Region, features: tuple[Features, ...], prose: list[int]
) -> Region:
    """Keep a list that the article announces with a colon (part of pass 2).

    "The tour dates:" ends the prose, and the dates below it are short lines
    that the scan counts against the region; the colon says they belong to it.
    The list runs until the first blank line (or the end of a marked list).
    """
    after = _nonblank(features, region.end + 1, min(len(features), region.end + 8), 1)
    last = _nonblank(features, region.start, region.end + 1, 1)[-1:]
    # The announcement may follow the text after a caption or two.
    intro = next(
        (
            i
            for i in [*last, *after[:ANNOUNCEMENT_LOOKAHEAD]]
            if features[i].text.endswith(":")
            and prose[i] != Prose.BAD
            and not features[i].list_heading
            and not features[i].see_also
        ),
        -1,
    )
    if intro < 0:
        return region
    end = intro
    i = intro + 1
    if i < len(features) and features[i].line.blank:
        i += 1  # one blank line between the announcement and its list
    while i < len(features) and not features[i].line.blank and prose[i] != Prose.BAD:
        if features[i].comments_start or features[i].list_heading:
            break
        end = i
        i += 1
    if end - intro > ANNOUNCED_LIST_MAX:
        return region
    return Region(region.start, max(region.end, end), region.weight)


def _require_a_sentence(prose: list[int], decisions: list[Decision | None]) -> None:
    """An article says something: with no sentence in its body, the page has none,
    and what was taken for its text (a time, a number, a button) is boilerplate."""
    body = [i for i, d in enumerate(decisions) if d is not None and d[0] is Label.BODY]
    if body and not any(prose[i] >= Prose.MEDIUM for i in body):
        for i in body:
            decisions[i] = (Label.BOILERPLATE, Why("no sentence anywhere in the text"))


def _is_article_text(features: tuple[Features, ...], prose: list[int]) -> bool:
    """Is this already an article's own text, as ``Article.text`` gives it?

    That is: paragraphs, each on its own line with a blank line between, at
    least one of them a sentence, and no chrome at all (no button, legal line,
    list heading or comment heading). A scraped page has menus on adjacent
    lines and buttons; a feed's content field or a cleaned article has
    neither, and all of it is the article.
    """
    previous = -2
    sentence = False
    for i, f in enumerate(features):
        if f.line.blank:
            continue
        if i == previous + 1:
            return False  # two lines with no blank line between: not paragraphs
        if prose[i] == Prose.BAD or f.list_heading or f.comments_start or not f.text:
            return False
        sentence = sentence or prose[i] >= Prose.MEDIUM
        previous = i
    return sentence


def _all_body(features: tuple[Features, ...]) -> Labelling:
    reason = Why("paragraphs with no chrome: an article's own text")
    decisions: list[Decision | None] = [
        None if f.line.blank else (Label.BODY, reason) for f in features
    ]
    nonblank = [i for i, f in enumerate(features) if not f.line.blank]
    region = Region(nonblank[0], nonblank[-1], 0.0)
    return Labelling(tuple(decisions), region, -1, tuple([-1] * len(features)))


def _nonblank(features: tuple[Features, ...], start: int, stop: int, step: int) -> list[int]:
    return [i for i in range(start, stop, step) if not features[i].line.blank]


def _is_meta(feature: Features) -> bool:
    return feature.byline or feature.meta_phrase or (feature.datelike and feature.words <= 12)


def label_region(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    runs: Runs,
    decisions: list[Decision | None],
) -> None:
    """Label the lines of the article region (pass 3)."""
    inside = _nonblank(features, region.start, region.end + 1, 1)
    prose_lists = _prose_lists(features, prose, runs)
    announced = _announced_lines(inside, features)
    for position, i in enumerate(inside):
        f = features[i]
        kind = prose[i]
        if f.caption:
            decisions[i] = (Label.META, Why("image caption or credit", (("words", f.words),)))
        elif f.see_also:
            decisions[i] = (Label.NAVIGATION, Why("link to another story inside the text"))
        elif kind >= Prose.MEDIUM and not f.byline:
            decisions[i] = (
                Label.BODY,
                Why(
                    "prose in the article region",
                    (("words", f.words), ("class", Prose.NAMES[kind])),
                ),
            )
        elif _is_meta(f):
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
        elif _leads_into_prose(position, inside, features, prose):
            decisions[i] = (
                Label.BODY,
                Why("short line leading into prose (subheading)", (("words", f.words),)),
            )
        else:
            if i in announced:
                decisions[i] = (Label.BODY, Why("item of a list announced with a colon"))
            elif f.line.marker and runs.list_start[i] in prose_lists:
                decisions[i] = (Label.BODY, Why("item of a list of sentences in the article"))
            else:
                decisions[i] = (
                    Label.BOILERPLATE,
                    Why(
                        "short line in the article region with no prose after it",
                        (("words", f.words),),
                    ),
                )


def _leads_into_prose(
    position: int, inside: list[int], features: tuple[Features, ...], prose: list[int]
) -> bool:
    """A short line followed by a paragraph: a subheading, a one-line lead-in."""
    following = inside[position + 1] if position + 1 < len(inside) else -1
    return (
        following >= 0
        and prose[following] >= Prose.MEDIUM
        and _says_something(features[inside[position]].text)
    )


def _says_something(text: str) -> bool:
    """A subheading is words: not "0", "$139.00" or a file name like "dp3_1_en"."""
    return _LETTER.search(text) is not None and "_" not in text


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
        if features[i].text.endswith(":") and not features[i].list_heading:
            active = True
        previous = i
    return announced


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
    """Start indexes of the list runs whose items are mostly sentences."""
    return _lists_where(runs, PROSE_LIST_SHARE, lambda i: prose[i] >= Prose.MEDIUM)


def _headline_shaped(feature: Features, config: Config) -> bool:
    """Could this line be a headline: some words, no sentence end, not chrome or meta?"""
    text = feature.text
    shaped = (
        2 <= feature.words <= config.headline_words_max and not text.endswith((".", ",", ":", ";"))
    ) or text.endswith("...")
    return (
        shaped
        and _says_something(text)
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
            or (feature.datelike and feature.words <= TITLE_SHORT)
        )
    )


# Title search: how much each sign counts for a headline candidate.
TITLE_REPEATED = 1.5  # the title is shown again: <title> header, breadcrumb, share box
TITLE_META_BELOW = 3.0  # a date or byline follows within a few lines
TITLE_NAME_BELOW = 1.5  # only a name or a dateline follows: weaker, names are everywhere
# A repeat inside a long list is a "latest news" link, not the title's echo.
TITLE_REPEAT_LIST_MAX = 4
TITLE_MARKDOWN_HEADING = 1.0
TITLE_GOOD_LENGTH = (5, 20)  # words; a real headline says something
TITLE_GOOD_LENGTH_BONUS = 1.0
TITLE_DISTANCE_COST = 0.08  # per line that says something, between it and the first paragraph
TITLE_LIST_ITEM_COST = 2.0  # breadcrumbs and menus are lists; headlines are not
TITLE_IN_LIST_COST = 2.0  # a headline between two other headlines is a list entry
# Below a "More stories" heading and above the text, headlines are that list's entries.
TITLE_UNDER_LIST_HEADING_COST = 2.0
TITLE_SHORT = 4  # words; shorter lines are names, kickers and section labels
TITLE_DIRECTLY_ABOVE = 1.0  # the line right above the text and right below a menu
TITLE_SHORT_COST = 1.0
TITLE_META_LOOKAHEAD = 4
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
) -> float:
    f = features[index]
    score = -TITLE_DISTANCE_COST * distance
    group = repeats.group[index]
    if group >= 0 and any(
        runs.list_size[j] <= TITLE_REPEAT_LIST_MAX for j in repeats.members[group] if j != index
    ):
        score += TITLE_REPEATED
    below = [features[j] for j in following[:TITLE_META_LOOKAHEAD]]
    if (
        preceding >= 0
        and following
        and _listed_headline(features[preceding])
        and _listed_headline(features[following[0]])
    ):
        score -= TITLE_IN_LIST_COST
    if any(_is_meta(g) for g in below):
        score += TITLE_META_BELOW
    elif any(_is_dateline(g) or _is_name(g) for g in below[:TITLE_META_CLOSE]):
        score += TITLE_NAME_BELOW
    if f.line.heading:
        score += TITLE_MARKDOWN_HEADING
    low, high = TITLE_GOOD_LENGTH
    if low <= f.words <= high:
        score += TITLE_GOOD_LENGTH_BONUS
    if f.line.marker:
        score -= TITLE_LIST_ITEM_COST
    if f.words < TITLE_SHORT:
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
    # Lines that say something: icons, buttons and bare markers between the
    # headline and the text neither count as distance nor use up the window.
    speaking = [i for i in range(len(features)) if features[i].words and prose[i] != Prose.BAD]
    above = [i for i in reversed(speaking) if i < region.start][: config.header_window]
    top_of_region = [i for i in speaking if region.start <= i <= region.end][:TITLE_INSIDE_REGION]
    # A headline below the region's first paragraph is a subheading, not the
    # title, unless a byline or date follows it and what stands above is a
    # caption or a breadcrumb that ends in the headline itself.
    first_good = next((i for i in top_of_region if prose[i] == Prose.GOOD), region.end + 1)
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
    nonblank = speaking
    list_heading = max((i for i in above if features[i].list_heading), default=len(features))
    best, best_score = -1, float("-inf")
    for i in [*top_of_region, *above]:
        f = features[i]
        if f.kicker or f.caption or not _headline_shaped(f, config) or f.words < 2:
            continue
        if prose[i] >= Prose.GOOD:
            continue
        k = position[i]
        following = _until_text(
            nonblank[k + 1 : k + 1 + TITLE_META_LOOKAHEAD],
            prose,
            HEADER_SKIPPABLE_PARAGRAPHS,
        )
        preceding = nonblank[k - 1] if k > 0 else -1
        score = _title_score(
            i, abs(start_position - k), features, following, preceding, repeats, runs
        )
        if (
            k == start_position - 1
            and not f.line.marker
            and preceding >= 0
            and (features[preceding].line.marker or runs.short_size[preceding] >= MENU_RUN)
        ):
            # Between the page's menu and the text: where a headline stands.
            score += TITLE_DIRECTLY_ABOVE
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
            earlier = [j for j in repeats.members[group] if j in window and j < title]
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
        for i in _nonblank(features, region.start, title, 1):
            f = features[i]
            label = (
                Label.META
                if (prose[i] >= Prose.MEDIUM or _is_meta(f) or f.caption)
                else Label.BOILERPLATE
            )
            decisions[i] = (label, Why("above the title, inside the region"))
    # Meta lines between the title (or the window's top) and the first paragraph.
    top = title if title >= 0 else (above[-1] if above else region.start)
    for i in _nonblank(features, top, region.start, 1):
        if decisions[i] is not None or repeats.is_repeated(i):
            continue
        f = features[i]
        if _is_meta(f) or _is_dateline(f) or f.caption or (title >= 0 and _is_name(f)):
            decisions[i] = (
                Label.META,
                Why("date, byline or dateline under the title", (("words", f.words),)),
            )
        elif prose[i] >= Prose.MEDIUM and title >= 0:
            decisions[i] = (Label.BODY, Why("standfirst under the title", (("words", f.words),)))
    if title < 0:
        _label_lead_in(region, features, prose, config, decisions)
    # A scraper's header line above the title ("date 2023-02-07 <title>").
    for i in above:
        f = features[i]
        if decisions[i] is None and f.date is not None and (title < 0 or i < title):
            decisions[i] = (
                Label.META,
                Why("dated line above the title", (("date", f.date.date.isoformat()),)),
            )
    return title


# An author's name under a headline: two to four capitalised words, no digits.
NAME_WORDS = (2, 4)


def _is_name(feature: Features) -> bool:
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


def _label_lead_in(
    region: Region,
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    decisions: list[Decision | None],
) -> None:
    """With no title, a short line right above the first paragraph is its lead-in."""
    above = _nonblank(features, region.start - 1, -1, -1)[:1]
    for i in above:
        f = features[i]
        if (
            decisions[i] is None
            and prose[i] == Prose.SHORT
            and _headline_shaped(f, config)
            and not f.line.marker
            and _says_something(f.text)
        ):
            decisions[i] = (Label.BODY, Why("lead-in right above the text, no title found"))


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
    if any(not features[j].line.blank for j in range(upper + 1, best)):
        return best
    f = features[upper]
    above = features[speaking[k - 2]] if k >= 2 else None
    if (
        _headline_shaped(f, config)
        and f.words >= TITLE_SHORT
        and not f.line.marker
        and not f.kicker
        and runs.short_size[upper] == 0
        and (above is None or not _listed_headline(above))
    ):
        return upper
    return best


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


def _listed_headline(feature: Features) -> bool:
    """A headline-like line that is not a date, byline or paragraph."""
    return (
        TITLE_SHORT <= feature.words <= HEADLINE_WORDS_MAX
        and not feature.terminal
        and not _is_meta(feature)
    )


def _meta_follows(
    index: int, speaking: list[int], features: tuple[Features, ...], within: int
) -> bool:
    after = [j for j in speaking if j > index][:within]
    return any(_is_meta(features[j]) for j in after)


def _is_dateline(feature: Features) -> bool:
    """A place name in capitals on its own line: "BAMAKO", "NEW YORK"."""
    text = feature.text
    return 1 <= feature.words <= 3 and text.isupper() and len(text) >= 3


def label_tags(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """Tag lines right after the body: "Tags: a, b" or a bare "Diplomacy,"."""
    for i in _nonblank(features, region.end + 1, len(features), 1)[:TAG_DISTANCE]:
        f = features[i]
        if decisions[i] is not None:
            continue
        text = f.text
        if patterns.TAGS_PREFIX.match(text) or (f.words <= 4 and text.endswith(",")):
            decisions[i] = (Label.META, Why("tag line after the body", (("words", f.words),)))


def label_outside(
    features: tuple[Features, ...],
    prose: list[int],
    repeats: Repeats,
    runs: Runs,
    config: Config,
    decisions: list[Decision | None],
) -> None:
    """Label what is left: navigation, teasers and boilerplate (pass 5)."""
    chrome_lists = _chrome_lists(features, prose, runs)
    previous = -1
    for i, f in enumerate(features):
        if f.line.blank:
            continue
        if decisions[i] is None:
            if f.line.marker:
                decisions[i] = _list_item_decision(i, features, prose, runs, chrome_lists)
            else:
                decisions[i] = _outside_decision(i, previous, features, prose, config, runs)
        previous = i
    _smooth_lone_lines(features, prose, decisions)


def _chrome_lists(features: tuple[Features, ...], prose: list[int], runs: Runs) -> set[int]:
    """Start indexes of the lists that are mostly buttons and icons: share bars."""
    return _lists_where(
        runs, CHROME_LIST_SHARE, lambda i: not features[i].text or prose[i] == Prose.BAD
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
    if f.list_heading:
        return (Label.NAVIGATION, Why("heading of a link list"))
    return (
        Label.NAVIGATION,
        Why("item of a link list or menu", (("items", runs.list_size[i]),)),
    )


def _is_copyright(feature: Features) -> bool:
    low = feature.text.lower()
    return "©" in low or "copyright" in low or "rights reserved" in low


def _smooth_lone_lines(
    features: tuple[Features, ...], prose: list[int], decisions: list[Decision | None]
) -> None:
    """A short line between two items of one list belongs to that list: the
    author or the time under each headline of a "latest" list."""
    labelled = [i for i, d in enumerate(decisions) if d is not None]
    for k in range(1, len(labelled) - 1):
        i = labelled[k]
        decision = decisions[i]
        before, after = decisions[labelled[k - 1]], decisions[labelled[k + 1]]
        if (
            decision is not None
            and before is not None
            and after is not None
            and decision[0] is Label.BOILERPLATE
            and prose[i] == Prose.SHORT
            and before[0] is after[0]
            and before[0] in (Label.NAVIGATION, Label.TEASER)
        ):
            decisions[i] = (
                before[0],
                Why("short line inside a list or card", (("words", features[i].words),)),
            )


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
    if kind == Prose.BAD:
        return (Label.BOILERPLATE, Why("page chrome (button, legal, consent or link line)"))
    if f.list_heading:
        return (Label.NAVIGATION, Why("heading of a link list"))
    if (
        (kind >= Prose.MEDIUM or f.truncated)
        and previous >= 0
        and _headline_shaped(features[previous], config)
    ):
        return (
            Label.TEASER,
            Why("summary under a headline, outside the article", (("words", f.words),)),
        )
    if f.kicker and _headline_shaped(f, config):
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
    if _headline_shaped(f, config) and f.words >= 3:
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
