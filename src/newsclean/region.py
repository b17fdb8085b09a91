"""Step 5a: find the stretch of the page that holds the article.

Each line, seen alone, is *good* (a paragraph), *medium* (a short sentence),
*short* (a heading, a menu item, a button) or *bad* (chrome). Each gets a
weight: good lines count by their length, short and bad lines against, dates
and bylines for the article when they stand above it and against it when they
stand between paragraphs (cards and comments carry them), and a comment
section's prose against it. The heaviest stretch is found by the classic
maximum-subarray scan; the heaviest few compete, and one standing under a
headline with a byline wins a bonus. A list the text announces with a colon
stays in it; in a dump that keeps the page's nesting, prose at the depth of
the article's paragraphs past a table or a box joins it; a wire story's
closing credit ("Reporting by ...") is its end, and so is a post embedded
right after the text ("— Jane Doe (@janedoe) November 18, 2019"). Text that
is already an article's own (paragraphs and no chrome) is recognised whole.
"""

from __future__ import annotations

from itertools import takewhile

import attrs

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.config import Config
from newsclean.features import Features, ends_in_more_link
from newsclean.repeats import Repeats
from newsclean.shapes import (
    MENU_RUN,
    TITLE_META_LOOKAHEAD,
    Prose,
    announces_list,
    announces_text_list,
    headline_shaped,
    is_embed_credit,
    is_meta,
    is_sign_off,
    list_going_on,
    list_items,
    next_nonblank,
    nonblank,
    previous_nonblank,
)

# Region weights. A good line counts by its length, so that one real paragraph
# outweighs a handful of short lines, but is capped so that one huge line (a
# comment, a legal text) cannot carry a region alone.
GOOD_WORDS_PER_POINT = 10


GOOD_WEIGHT_MAX = 8.0


MEDIUM_WEIGHT = 0.5


# A marked list this long is a list of stories or of points, whatever its items
# read like: a sidebar of 200 headlines with their summaries ("Don't miss")
# outweighed a whole article when each item counted as a paragraph. Its items
# count as short sentences: a list of sentences inside an article still adds
# to the article's weight.
LONG_LIST_ITEMS = 20


SHORT_WEIGHT = -0.5


# A list item or a repeated headline is what link lists are made of.
LINK_LIKE_WEIGHT = -1.0
# A card's summary that ends in its "more" link stands inside an article as
# often as in a list (a box in a transcript, a gallery's expandable caption):
# it says nothing for or against the text around it, which stays one.
INLINE_CARD_WEIGHT = 0.0


BAD_WEIGHT = -2.0


# A date or byline line on its own is what stands above an article.
META_WEIGHT = 1.0


# The author line under a post embedded in the text ("— Jane Doe (@jane)
# November 18, 2019") stands between paragraphs: it neither helps nor hurts.
EMBED_CREDIT_WEIGHT = 0.0


# A date between paragraphs heads another story's card or a comment.
LATER_DATE_WEIGHT = -4.0


# Readers' comments are prose, but not the article's: after a comment section
# starts, prose counts against the region.
COMMENT_WEIGHT = -0.5


# Nothing outweighs the start of readers' comments.
WALL_WEIGHT = -1e6


# How many lines after the text may stand before the announcing line.
ANNOUNCEMENT_LOOKAHEAD = 2
# ... the second of them only when it is a sentence of this many words.
FAR_ANNOUNCEMENT_WORDS = 6


# A list announced by a colon is kept up to this many lines; longer runs are
# more likely the page's own link lists.
ANNOUNCED_LIST_MAX = 60


# How many separate heavy stretches compete to be the article.
REGION_CANDIDATES = 5


# Under a headline and byline, a short text is an article: a paragraph or two.
MIN_HEADED_REGION_WEIGHT = 1.5


# Standing under a headline and byline is worth as much as the longest paragraph.
HEADER_BONUS = GOOD_WEIGHT_MAX


# Paragraph-like lines (a caption, a standfirst) allowed between a header and its text.
HEADER_SKIPPABLE_PARAGRAPHS = 1


# How many lines (that say something) above a stretch are searched for that header.
HEADER_LOOKBACK = 8


# When more than this share of a page's lines stand at the depth of its
# paragraphs, the dump kept no nesting (html-text puts every line at depth 0)
# and depth cannot tell the article's container from the rest.
FLAT_PAGE_SHARE = 0.8

# A closing credit is looked for in this many lines after the region, blank
# ones included (a list of tour dates may stand between) ...
CLOSING_CREDIT_REACH = 40
# ... and is a line of a few names.
CLOSING_CREDIT_WORDS = 30

# A region must weigh this much to be an article: about one 30-word paragraph.
MIN_REGION_WEIGHT = 3.0


@attrs.frozen
class Region:
    """The stretch of the page that holds the article body (0-based, inclusive)."""

    start: int
    end: int
    weight: float


def prose_class(feature: Features, config: Config, has_stopwords: bool) -> int:
    """Classify one line alone (pass 1)."""
    if feature.line.blank:
        return Prose.SHORT
    if (
        feature.boilerplate_phrase
        or feature.comments_start
        or feature.comment_author
        or feature.link_share > config.link_share
        # (their lengths are bounded where they are found: features.py)
        or feature.legal
        or feature.consent
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
    if feature.line.blank or feature.continues:
        return 0.0  # (a broken sentence or wrapped paragraph weighs once, on its first piece)
    if feature.comments_start:
        return WALL_WEIGHT
    if feature.glued or feature.see_also:
        return LINK_LIKE_WEIGHT
    if feature.truncated:
        return INLINE_CARD_WEIGHT if ends_in_more_link(feature.text) else LINK_LIKE_WEIGHT
    if prose == Prose.GOOD:
        if feature.line.marker and runs.list_size[index] >= LONG_LIST_ITEMS:
            return MEDIUM_WEIGHT  # one item of a long list, however long it reads
        return min(feature.words / GOOD_WORDS_PER_POINT, GOOD_WEIGHT_MAX)
    if prose == Prose.MEDIUM:
        return MEDIUM_WEIGHT
    if prose == Prose.BAD or feature.list_heading:
        return BAD_WEIGHT
    if feature.line.marker or repeats.is_repeated(index) or runs.short_size[index] >= MENU_RUN:
        return LINK_LIKE_WEIGHT
    if is_embed_credit(feature):
        return EMBED_CREDIT_WEIGHT  # a post quoted in the text, not another story's date
    if is_meta(feature):
        return META_WEIGHT
    return SHORT_WEIGHT


# A heading names cards below it when at least this many (headline, summary)
# pairs follow it.
NAMED_CARDS_MIN = 2


def named_lines(features: tuple[Features, ...], runs: Runs, config: Config) -> frozenset[int]:
    """The lines that a list heading ("Most read", "Related", "Top stories")
    names: the marked list right under it, the cards (a headline and a
    one-paragraph summary, again and again) that follow it, or the headlines
    on the lines right under it (a list written without markers).

    The heading says what they are: other stories' links and cards, even
    when each reads like a sentence ("1. Tuesday's hearings were a disaster
    Even their own witnesses ..."). On the AEB inscriptis pages one item in
    2,093 of such lists, and none of the lines of 11 such card lists, is in
    the annotated body.
    """
    named: set[int] = set()
    for i, feature in enumerate(features):
        if not feature.list_heading:
            continue
        first = next_nonblank(features, i + 1)
        if first < 0:
            continue
        if runs.list_start[first] == first:
            named.update(list_items(features, runs, first))
        else:
            named.update(
                _cards(features, first, config) or _headline_block(features, first, config)
            )
    return frozenset(named)


def _headline_block(features: tuple[Features, ...], first: int, config: Config) -> list[int]:
    """Headlines on consecutive lines from line ``first`` on: a list that a dump
    without list markers (html-text) wrote as plain lines."""
    block: list[int] = []
    i = first
    while i < len(features) and not features[i].line.blank and headline_shaped(features[i], config):
        block.append(i)
        i += 1
    return block if len(block) >= NAMED_CARDS_MIN else []


# A card's summary is a paragraph: at least this many words.
CARD_SUMMARY_WORDS = 8


def _cards(features: tuple[Features, ...], first: int, config: Config) -> list[int]:
    """The (headline, summary) pairs from line ``first`` on, if enough of them."""
    cards: list[int] = []
    head = first
    while head >= 0 and (summary := next_nonblank(features, head + 1)) >= 0:
        h, s = features[head], features[summary]
        if not (
            headline_shaped(h, config)
            and not h.line.marker
            and s.words >= CARD_SUMMARY_WORDS
            and not s.line.marker
            and (s.terminal or s.words >= 2 * CARD_SUMMARY_WORDS)
        ):
            break
        cards += [head, summary]
        head = next_nonblank(features, summary + 1)
    return cards if len(cards) >= 2 * NAMED_CARDS_MIN else []


def weigh_named_lines(named: frozenset[int], weights: list[float]) -> None:
    """Lines a list heading names count as links against the region (part of pass 2)."""
    for i in named:
        weights[i] = min(weights[i], LINK_LIKE_WEIGHT)


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


def demote_listed_dates(
    features: tuple[Features, ...], weights: list[float], config: Config
) -> None:
    """A date or byline followed, before any prose, by another headline and
    its own date is a list's: each story of a "more stories" list shows its
    date under its headline (part of pass 2). It counts as a link, not for
    the region."""
    last_meta = -1
    headline_since = False
    for i, feature in enumerate(features):
        if feature.line.blank:
            continue
        if weights[i] == META_WEIGHT:
            if last_meta >= 0 and headline_since:
                weights[last_meta] = LINK_LIKE_WEIGHT
            last_meta, headline_since = i, False
        elif weights[i] > META_WEIGHT or weights[i] == MEDIUM_WEIGHT:
            last_meta, headline_since = -1, False  # prose: a header's date is kept
        elif last_meta >= 0 and not headline_since and headline_shaped(feature, config):
            headline_since = True  # (asked only where the answer can change something)


def weigh_announced_lists(
    features: tuple[Features, ...], runs: Runs, prose: list[int], weights: list[float]
) -> None:
    """The lines of a list right under a line that announces it with a colon,
    or whose sentence they go on, are the text's list: they count neither for
    nor against the region (part of pass 2), so that the text above and below
    the list stays one. A list without markers (a table, html-text's items)
    runs to the first blank line, as in :func:`extend_announced_list`."""
    # (A colon ends few lines: those are found at C speed, then asked.)
    for i in [i for i, feature in enumerate(features) if feature.line.text.endswith(":")]:
        feature = features[i]
        if not (announces_text_list(feature) and prose[i] != Prose.BAD and not feature.line.marker):
            continue
        start = next_nonblank(features, i + 1)
        if start >= 0 and runs.list_start[start] == start:
            lines = list_items(features, runs, start)
        elif feature.words >= FAR_ANNOUNCEMENT_WORDS:
            # (a sentence: "About this statement:" over a page's sources is a
            # label.) The list's lines end at a paragraph: in a dump with no
            # blank line at all the run to the first one is the rest of the page.
            run = nonblank(features, i + 1, _announced_run_end(i, features, prose) + 1, 1)
            lines = list(takewhile(lambda j: prose[j] != Prose.GOOD, run))
        else:
            continue
        for j in lines:
            weights[j] = max(weights[j], 0.0)
    for start in set(runs.list_start) - {-1}:
        items = list_going_on(features, runs, start)
        above = previous_nonblank(features, start)
        if items and prose[above] != Prose.BAD:
            # (so is the sentence's start, a few words that look like a link)
            for j in (above, *items):
                weights[j] = max(weights[j], 0.0)


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
        if has_article_header(region, features, prose, config):
            score += HEADER_BONUS
        elif region.weight < MIN_REGION_WEIGHT:
            score = float("-inf")
        if score > best_score:
            best, best_score = region, score
        for i in range(region.start, region.end + 1):
            remaining[i] = WALL_WEIGHT
    return best


def has_article_header(
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
        # Buttons and form fields between the header and the text do not count.
        if features[i].words and prose[i] != Prose.BAD:
            above.append(i)
        i -= 1
    above.reverse()
    for k, j in enumerate(above):
        below = above[k + 1 : k + 1 + TITLE_META_LOOKAHEAD]
        if (
            headline_shaped(features[j], config)
            and prose[j] < Prose.GOOD
            and any(is_meta(features[m]) for m in below)
        ):
            return True
    return False


def start_at_header(
    region: Region, features: tuple[Features, ...], prose: list[int], config: Config
) -> Region:
    """Start the region at an article header inside it, when only list items stand above.

    A ticker or a "latest" list of headlines with their summaries may stand
    right above the article and read like its text; the article starts at
    its headline, with a byline or date under it (part of pass 2).
    """
    inside = nonblank(features, region.start, region.end + 1, 1)
    for k, i in enumerate(inside):
        f = features[i]
        if not (f.line.marker or f.list_heading or prose[i] == Prose.BAD):
            if k == 0 or not f.words:
                break
            below = inside[k + 1 : k + 1 + TITLE_META_LOOKAHEAD]
            if (
                headline_shaped(f, config)
                and any(is_meta(features[j]) for j in below)
                and any(prose[j] == Prose.GOOD for j in inside[k + 1 :])
                and any(prose[j] >= Prose.MEDIUM for j in inside[:k])
            ):
                return Region(i, region.end, region.weight)
            break
    return _start_at_full_header(region, inside, features, prose, config)


def _start_at_full_header(
    region: Region,
    inside: list[int],
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
) -> Region:
    """A headline with both a byline and a date under it, inside the region
    below some text: the article starts there, and the text above is other
    stories' (a ticker of summaries that a dump without list markers, such as
    html-text, writes as plain lines). Cards between paragraphs show a date
    or a byline, which pass 2 already counts against the region; a full
    header under the text is the article's own."""
    text_above = False
    for k, i in enumerate(inside):
        if prose[i] == Prose.GOOD:
            text_above = True
            continue
        if not text_above:
            continue
        below = [features[j] for j in inside[k + 1 : k + 1 + TITLE_META_LOOKAHEAD]]
        if (
            any(g.byline for g in below)
            and any(g.datelike for g in below)
            and headline_shaped(features[i], config)
        ):
            return Region(i, region.end, region.weight)
    return region


def extend_announced_list(
    region: Region, features: tuple[Features, ...], prose: list[int]
) -> Region:
    """Keep a list that the article announces with a colon (part of pass 2).

    "The tour dates:" ends the prose, and the dates below it are short lines
    that the scan counts against the region; the colon says they belong to it.
    The list runs until the first blank line (or the end of a marked list).
    """
    after = nonblank(features, region.end + 1, min(len(features), region.end + 8), 1)
    last = nonblank(features, region.start, region.end + 1, 1)[-1:]
    # The announcement may follow the text after a caption or two.
    intro = next(
        (
            i
            for k, i in enumerate([*last, *after[:ANNOUNCEMENT_LOOKAHEAD]])
            if announces_list(features[i])
            and prose[i] != Prose.BAD
            # Past a line after the text, only a sentence announces: "Artikel
            # teilen:" or "Zum Weiterlesen:" there head the page's own lists.
            and (k <= 1 or features[i].words >= FAR_ANNOUNCEMENT_WORDS)
        ),
        -1,
    )
    if intro < 0:
        return region
    return Region(
        region.start, max(region.end, _announced_run_end(intro, features, prose)), region.weight
    )


def _announced_run_end(intro: int, features: tuple[Features, ...], prose: list[int]) -> int:
    """The last line of the list under a line that announces it with a
    colon: up to the first blank line (one may stand right under the
    announcement), a button, a list's heading or the comments; the announcing
    line itself when the run is longer than a list of the text."""
    end = intro
    i = intro + 1
    if i < len(features) and features[i].line.blank:
        i += 1  # one blank line between the announcement and its list
    while i < len(features) and not features[i].line.blank and prose[i] != Prose.BAD:
        if features[i].comments_start or features[i].list_heading:
            break
        end = i
        i += 1
    return intro if end - intro > ANNOUNCED_LIST_MAX else end


# A dump shows its links (Markdown's "[text](url)") when this many lines hold one.
SHOWN_LINKS_MIN = 3


def extend_to_linkless_list(
    region: Region, features: tuple[Features, ...], prose: list[int]
) -> Region:
    """Keep a list right under the text none of whose items is a link, in a
    dump that shows its links (part of pass 2).

    html2text writes links as "[text](url)": there a menu's or a list of
    stories' items are links, and a bulleted list of plain words right under
    the last paragraph (at most a blank line between) is the text's own ("*
    one lane will stay open for buses"). Other converters hide links, and
    such a list is left to the other rules.
    """
    first = next_nonblank(features, region.end + 1)
    # (right under the text: one blank line between them at most)
    if first < 0 or first > region.end + 2 or not features[first].line.marker:
        return region
    end = first
    for i in range(first, min(len(features), first + ANNOUNCED_LIST_MAX)):
        f = features[i]
        if f.line.blank or not f.line.marker:
            break
        if f.line.link_chars or prose[i] == Prose.BAD or not f.text:
            return region  # a link or a button: a list of the page's
        end = i
    shown = sum(1 for f in features if f.line.link_chars and "](" in f.line.raw)
    if shown < SHOWN_LINKS_MIN:
        return region
    return Region(region.start, end, region.weight)


# An embedded post's text takes up to this many lines above its author line ...
EMBED_TEXT_LINES = 3
# ... and the author line is looked for this many lines after the text, blank
# ones included.
EMBED_REACH = 10


def extend_to_embedded_post(
    region: Region, features: tuple[Features, ...], prose: list[int]
) -> Region:
    """Take in a post embedded right after the text (part of pass 2).

    A tweet that closes a story ends with its author line ("— Jane Doe
    (@janedoe) November 18, 2019"); its text above is a line or two, often
    too short for the scan to count. When that line stands within a few
    lines after the region, with no chrome on the way, the region runs down
    to it.
    """
    reach = min(len(features), region.end + 1 + EMBED_REACH)
    after = nonblank(features, region.end + 1, reach, 1)[: EMBED_TEXT_LINES + 1]
    for i in after:
        if is_embed_credit(features[i]):
            return Region(region.start, i, region.weight)
        if prose[i] == Prose.BAD or features[i].list_heading or features[i].comments_start:
            break
    return region


# A blog post's sign-off stands right under its last paragraph, perhaps after
# a line or two of closing words ("Ich wünsche euch allen einen schönen
# Sonntag <3", "Viel Glück!"): looked for in this many lines that say something ...
SIGN_OFF_LINES = 3
# ... each of them short: a paragraph there would have been in the region.
SIGN_OFF_CLOSING_WORDS = 15


def extend_to_sign_off(region: Region, features: tuple[Features, ...], prose: list[int]) -> Region:
    """Take in the writer's sign-off under the text (part of pass 2).

    A blog post often ends with a greeting and the writer's first name ("x
    Franzi", "Euer HansEhrlich", "Love, Anna"), short lines the scan does
    not count as text. When such a line stands within a few short lines
    after the region, with no chrome, list or heading on the way, the region
    runs down to it.
    """
    reach = min(len(features), region.end + 1 + 2 * SIGN_OFF_LINES)
    for i in nonblank(features, region.end + 1, reach, 1)[:SIGN_OFF_LINES]:
        f = features[i]
        if is_sign_off(f):
            return Region(region.start, i, region.weight)
        if (
            prose[i] == Prose.BAD
            or f.words > SIGN_OFF_CLOSING_WORDS
            or f.line.marker
            or f.list_heading
            or f.comments_start
            or is_meta(f)
        ):
            break
    return region


def extend_to_whole_sentences(region: Region, features: tuple[Features, ...]) -> Region:
    """Take in the rest of a broken sentence or wrapped paragraph (part of pass 2).

    Such a sentence weighs once, on its first piece (fragments.py): the scan
    may end the region there or start it on a later piece. The region holds
    whole sentences.
    """
    start, end = region.start, region.end
    while features[start].continues and (above := previous_nonblank(features, start)) >= 0:
        start = above
    while (below := next_nonblank(features, end + 1)) >= 0 and features[below].continues:
        end = below
    if (start, end) == (region.start, region.end):
        return region
    return Region(start, end, region.weight)


def extend_to_closing_credit(
    region: Region, features: tuple[Features, ...], prose: list[int]
) -> Region:
    """Take the article down to its closing credit (part of pass 2).

    A wire story ends with who reported it ("(Reporting by ...; Editing by
    ...)"); a table or a list of dates between the text and that line is the
    story's too. The credit is looked for in the few lines after the region,
    not past chrome, a list heading or the comments.
    """
    stop = min(len(features), region.end + 1 + CLOSING_CREDIT_REACH)
    for i in nonblank(features, region.end + 1, stop, 1):
        f = features[i]
        if prose[i] == Prose.BAD or f.list_heading or f.comments_start:
            break
        if is_closing_credit(f):
            return Region(region.start, i, region.weight)
    return region


def is_closing_credit(feature: Features) -> bool:
    """ "(Reporting by Will Dunham; Editing by Tom Brown)", "Jane Doe contributed
    reporting from Paris.": a line of a few names."""
    if feature.words > CLOSING_CREDIT_WORDS:
        return False
    low = feature.text.lower()
    return patterns.CLOSING_CREDIT.match(low) is not None or (
        "contributed" in low and patterns.CONTRIBUTED.search(low) is not None
    )


def extend_to_depth(region: Region, features: tuple[Features, ...], prose: list[int]) -> Region:
    """Take in the article's paragraphs that a table, a list or a box cut off (part of pass 2).

    A converter that keeps the page's nesting (inscriptis) indents an
    article's paragraphs to one depth: that of its container. Past either end
    of the region, prose at that depth still belongs to the article as long as
    nothing on the way leaves the container (a line indented less), is chrome,
    heads a list or the comments, or shows another story's card (a byline, a
    headline glued to its summary, a summary cut short, a "Read more:" link);
    going up, the article's own date or byline is its start. A dump that kept
    no nesting (html-text, get_text) says nothing here and is left alone.
    """
    depths: dict[int, int] = {}
    for i in range(region.start, region.end + 1):
        if prose[i] == Prose.GOOD:
            indent = features[i].line.indent
            depths[indent] = depths.get(indent, 0) + 1
    if not depths:
        return region
    depth = max(depths, key=lambda indent: (depths[indent], -indent))
    lines = at_depth = 0
    for f in features:
        if not f.line.blank:
            lines += 1
            at_depth += f.line.indent == depth
    if at_depth > FLAT_PAGE_SHARE * lines:
        return region

    def reach(order: range, *, upwards: bool) -> int:
        """The last prose line at the article's depth before something stops the walk."""
        last = -1
        for i in order:
            f = features[i]
            if f.line.blank:
                continue
            if (
                f.line.indent < depth
                or prose[i] == Prose.BAD
                or f.comments_start
                or f.list_heading
                or f.byline
                or f.glued
                or f.truncated
                or f.see_also
                or (upwards and f.datelike)
            ):
                break
            if prose[i] >= Prose.MEDIUM and f.line.indent == depth:
                last = i
        return last

    start = reach(range(region.start - 1, -1, -1), upwards=True)
    end = reach(range(region.end + 1, len(features)), upwards=False)
    return Region(
        start if start >= 0 else region.start, end if end >= 0 else region.end, region.weight
    )


def is_article_text(
    features: tuple[Features, ...],
    prose: list[int],
    spaced: bool = False,
    header: range = range(0),
) -> bool:
    """Is this already an article's own text, as ``Article.text`` gives it?

    That is: paragraphs, each on its own line with a blank line between, at
    least one of them a sentence, and no chrome at all (no button, legal line,
    list heading or comment heading). A scraped page has menus on adjacent
    lines and buttons; a feed's content field or a cleaned article has
    neither, and all of it is the article. ``spaced``: the page had a blank
    line between all its lines, set aside before it was read
    (``lines.close_even_gaps``). ``header``: the document's header of fields
    (a front matter), which the text's own Markdown opens with; such a
    document also sets a list's items on lines of their own, one under the
    other (a scraped page's menu is no document's).
    """
    previous = -2
    sentence = False
    for i, f in enumerate(features):
        if f.line.blank or i in header:
            continue
        if (
            i == previous + 1
            and not spaced
            and not (header and f.line.marker and features[previous].line.marker)
        ):
            return False  # two lines with no blank line between: not paragraphs
        if prose[i] == Prose.BAD or f.list_heading or f.comments_start or not f.text:
            return False
        sentence = sentence or prose[i] >= Prose.MEDIUM
        previous = i
    return sentence
