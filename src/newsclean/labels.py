"""Step 5: give every line a label, first from the line, then from its context.

Most passes live in their own modules: ``region.py`` (passes 1-2, where the
article is), ``meta.py`` (the end of pass 3: captions, bios, author boxes,
tags), ``title.py`` (pass 4, its title) and ``outside.py`` (pass 5, the rest of
the page); this module runs them, labels the article's region (pass 3) and
its duplicates (pass 6). The passes, in order:

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

import attrs
import regex

from newsclean import patterns
from newsclean.blocks import Runs, lists_where
from newsclean.config import Config
from newsclean.features import Features, PageFeatures, ends_in_more_link
from newsclean.lines import is_underline
from newsclean.meta import (
    label_author_bio,
    label_author_box,
    label_bylined_bio,
    label_captions_above_credits,
    label_credits_under_captions,
    label_footer_dates,
    label_front_matter,
    label_gallery_captions,
    label_tags,
    label_trailing_captions,
)
from newsclean.outside import CONTACT_DETAILS, SUMMARY_RULES, Card, label_outside
from newsclean.parts import Label
from newsclean.region import (
    EMBED_TEXT_LINES,
    SIGN_OFF_LINES,
    Region,
    choose_region,
    demote_later_dates,
    demote_listed_dates,
    extend_announced_list,
    extend_to_closing_credit,
    extend_to_depth,
    extend_to_embedded_post,
    extend_to_linkless_list,
    extend_to_sign_off,
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
    CARD_HEADLINE_MAX_WORDS,
    KICKER_MAX_WORDS,
    TITLE_META_LOOKAHEAD,
    Decision,
    Prose,
    Why,
    announces_list,
    announces_text_list,
    capitals_headline,
    headline_shaped,
    is_embed_credit,
    is_handle,
    is_meta,
    is_photo_credit,
    is_sign_off,
    list_going_on,
    list_items,
    names_a_place,
    nonblank,
    previous_nonblank,
    says_something,
    shared,
)
from newsclean.title import label_header

__all__ = [
    "DATELINE",
    "LIST_SUBHEADING",
    "SUBHEADING",
    "Card",
    "Decision",
    "Labelling",
    "Why",
    "label_page",
]


# Blank lines allowed inside a tight run (one, between an announcement and its list).
TIGHT_GAP = 1


# A list inside the region whose items are mostly prose is part of the article.
PROSE_LIST_SHARE = 0.5
# A list the text introduces is part of it unless its items are capitalised
# like headlines ("Related" lists after a paragraph): at this share of
# capitalised words or more, it is a list of links.
HEADLINE_LIST_CAPITALS = 0.6


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
    # A document's header of fields is no prose, headline or menu: it speaks
    # for no region, offers no title, and is labelled on its own (last).
    header = page.header
    for i in header:
        prose[i], weights[i] = Prose.BAD, 0.0
    if is_article_text(features, prose, spaced, header):
        return _all_body(features, prose, config, header)
    region = choose_region(weights, features, prose, config)
    if region is not None:
        region = start_at_header(region, features, prose, config)
        region = extend_announced_list(region, features, prose)
        region = extend_to_depth(region, features, prose)
        region = extend_to_closing_credit(region, features, prose)
        region = extend_to_embedded_post(region, features, prose)
        region = extend_to_sign_off(region, features, prose)
        region = extend_to_linkless_list(region, features, prose)
        region = extend_to_whole_sentences(region, features)
    decisions: list[Decision | None] = [None] * len(features)
    title = -1
    tags: list[int] = []
    if region is not None:
        region_tags = label_region(region, features, prose, runs, named, decisions)
        label_author_bio(region, features, decisions)
        label_trailing_captions(region, features, decisions)
        label_footer_dates(region, features, decisions)
        label_captions_above_credits(region, features, decisions)
        label_gallery_captions(region, features, decisions)
        label_credits_under_captions(region, features, decisions)
        label_author_box(region, features, prose, decisions)
        title = label_header(region, features, prose, repeats, runs, config, decisions)
        label_bylined_bio(region, features, title, decisions)
        tags = region_tags + label_tags(region, features, runs, decisions)
        _label_doubled_cards(region, features, repeats, decisions)
    cards = label_outside(features, prose, repeats, runs, config, decisions)
    _label_underlines(features, decisions)
    title, echo = label_front_matter(header, features, title, decisions)
    _require_a_sentence(prose, decisions)
    duplicate_of = label_duplicates(repeats, title, decisions, echo)
    tags = [i for i in tags if (decision := decisions[i]) is not None and decision[0] is Label.META]
    return Labelling(tuple(decisions), title, duplicate_of, tuple(tags), cards)


_UNDERLINE = Why("underline of the Markdown heading above it")


def _label_underlines(features: tuple[Features, ...], decisions: list[Decision | None]) -> None:
    """A Markdown heading's underline ("====" under the title, "----" under a
    list's heading) is markup, whatever the heading is: boilerplate."""
    for i in range(1, len(features)):
        f = features[i]
        if (
            f.words == 0
            and f.line.text[:1] in "=-"
            and features[i - 1].line.heading
            and is_underline(f.line, features[i - 1].line)
        ):
            decisions[i] = (Label.BOILERPLATE, _UNDERLINE)


def _require_a_sentence(prose: list[int], decisions: list[Decision | None]) -> None:
    """An article says something: with no sentence in its body, the page has none,
    and what was taken for its text (a time, a number, a button) is boilerplate."""
    body = [i for i, d in enumerate(decisions) if d is not None and d[0] is Label.BODY]
    if body and not any(prose[i] >= Prose.MEDIUM for i in body):
        for i in body:
            decisions[i] = (Label.BOILERPLATE, Why("no sentence anywhere in the text"))


def _all_body(
    features: tuple[Features, ...], prose: list[int], config: Config, header: range = range(0)
) -> Labelling:
    reason = Why("paragraphs with no chrome: an article's own text")
    decisions: list[Decision | None] = [
        None if f.line.blank else (Label.BODY, reason) for f in features
    ]
    title = _plain_header(features, prose, config, decisions, header)
    title, echo = label_front_matter(header, features, title, decisions)
    duplicate_of = [-1] * len(features)
    if echo >= 0:
        duplicate_of[echo] = title
    return Labelling(tuple(decisions), title, tuple(duplicate_of), ())


# A photo's caption or a kicker may open an article's own text above its
# headline (a page with no chrome, written with a blank line between all lines).
PLAIN_HEADER_SKIPPABLE = 1


def _plain_header(
    features: tuple[Features, ...],
    prose: list[int],
    config: Config,
    decisions: list[Decision | None],
    header: range = range(0),
) -> int:
    """The title and meta lines that open an article's own text, as a reader
    view or a feed gives it: a headline over its byline or date ("Council
    closes the bridge" / "By Jane Doe | 7 February 2023"), perhaps under one
    line that opens the text (a photo's caption, a kicker), or a Markdown
    document's top heading, then the text. Returns the title's index, or -1.

    Without a byline or date under it a short first line is the text's (a
    subheading, a standfirst without its full stop). A meta line is one the
    article region labels so: a sentence that names a date ("It happened on
    7 February 2023.") is the text's. ``Article.text`` holds no meta line,
    so cleaning it again keeps every paragraph.
    """
    shown = [i for i, f in enumerate(features) if not f.line.blank and i not in header]
    for k in range(min(1 + PLAIN_HEADER_SKIPPABLE, len(shown))):
        headline, below = shown[k], shown[k + 1 : k + 1 + TITLE_META_LOOKAHEAD]
        meta: list[int] = []
        for i in below:
            f = features[i]
            if not is_meta(f) or (prose[i] >= Prose.MEDIUM and not (f.byline or f.meta_phrase)):
                break
            meta.append(i)
        # (A Markdown document's top heading, "# Bridge to close", is its title
        # whatever follows: Article.text holds no heading marks.)
        marked = features[headline].line.heading == 1 and k == 0
        if (
            (meta or marked)
            and len(shown) > k + 1 + len(meta)
            and headline_shaped(features[headline], config)
        ):
            decisions[headline] = (
                Label.TITLE,
                Why("headline atop an article's own text (a byline or date under it, or '# ')"),
            )
            for i in meta:
                decisions[i] = (Label.META, Why("byline or date under the title"))
            return headline
    return -1


_NO_PROSE_AFTER = "short line in the article region with no prose after it"
# The rules that read a line as a subheading of the text, which the article's
# Markdown writes as a heading, and the one that reads the story's dateline
# in its first lines (page.py reads both from the decisions).
SUBHEADING = "short line leading into prose (subheading)"
LIST_SUBHEADING = "subheading over a list of the text"
DATELINE = "dateline at the text's start"
# A dateline on a line of its own stands among the text's first lines (under a
# standfirst, say: within this many lines of the first sentence); a city and
# its country in capitals further down is a subheading of the text. (Only
# with its comma: one word in capitals at the text's start is as often its
# first subheading, "SUMMARY".)
DATELINE_LINES = 2


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
    first_prose = -1  # where the text's first sentence stands in the region
    tags: list[int] = []
    pool: dict[Why, Decision] = {}
    for position, i in enumerate(inside):
        decision: Decision
        f = features[i]
        kind = prose[i]
        if kind >= Prose.MEDIUM:
            links_left = 0
            if first_prose < 0 and f.terminal:  # (a sentence, not a long headline)
                first_prose = position
        if is_closing_credit(f):
            decision = (Label.META, Why("the story's closing credit"))
        elif is_embed_credit(f):
            decision = (Label.BODY, _EMBED_CREDIT)
        elif is_photo_credit(f):
            decision = (Label.META, Why("image caption or credit", (("words", f.words),)))
        elif patterns.TAGS_PREFIX.match(f.text):
            # "Tags: Freeride, Skitour", "Themen: Kritik aus dem Internet, ...".
            decision = (Label.META, Why("tag line in the article region"))
            tags.append(i)
        elif f.see_also:
            decision = (Label.NAVIGATION, Why("link to another story inside the text"))
            if f.words <= SEE_ALSO_LABEL_WORDS:
                links_left = SEE_ALSO_LINKS
        elif links_left and not is_meta(f):
            # The headlines under a bare "More:" or "Related:" are its links.
            decision = (Label.NAVIGATION, Why("link under a 'More:' label in the text"))
            links_left -= 1
        elif kind >= Prose.MEDIUM and not (f.byline or f.meta_phrase):
            # (A byline or "Updated at 1:23 p.m." reads like a sentence: meta below.)
            decision = (
                Label.BODY,
                Why(
                    "prose in the article region",
                    (("words", f.words), ("class", Prose.NAMES[kind])),
                ),
            )
        elif is_meta(f):
            decision = (
                Label.META,
                Why("date, byline or credit in the article region", (("words", f.words),)),
            )
        elif (
            is_handle(f)
            and position > 0
            and (above := decisions[inside[position - 1]]) is not None
            and above[0] is Label.META
        ):
            decision = (Label.META, Why("the author's account under the byline"))
        elif kind == Prose.BAD:
            decision = (Label.BOILERPLATE, Why("page chrome inside the article region"))
        elif not f.text:
            decision = (Label.BOILERPLATE, Why("empty list item (an icon)"))
        elif f.list_heading:
            decision = (Label.NAVIGATION, Why("heading of a link list"))
        elif f.line.marker and runs.list_size[i] >= 2 and runs.list_start[i] not in prose_lists:
            decision = (
                Label.NAVIGATION,
                Why("link list inside the article region", (("items", runs.list_size[i]),)),
            )
        elif _INTERVIEW.match(f.text):
            decision = (Label.BODY, Why("question or answer of an interview"))
        elif (
            f.words >= ANNOUNCING_SENTENCE_WORDS
            and announces_list(f)
            and position > 0
            and (above := decisions[inside[position - 1]]) is not None
            and above[0] is Label.BODY
        ):
            # "Twitter seemed a bit confused by the campaign:" goes on from the
            # text above it to what it shows below (an embed, a table).
            decision = (Label.BODY, Why("sentence of the text that announces what follows"))
        elif (
            (first_prose < 0 or position - first_prose <= DATELINE_LINES)
            and "," in f.text
            and names_a_place(f)
        ):
            # "BAAR, SWITZERLAND" over a press release's first paragraph.
            decision = (Label.META, Why(DATELINE))
        elif capitals_headline(f):
            decision = (Label.NAVIGATION, Why("link to another story inside the text, in capitals"))
        elif _leads_into_prose(position, inside, features, prose):
            decision = (
                Label.BODY,
                Why(SUBHEADING, (("words", f.words),)),
            )
        else:
            if i in announced:
                decision = (Label.BODY, Why("item of a list announced with a colon"))
            elif i < credit and says_something(f.text):
                decision = (Label.BODY, Why("line above the story's closing credit"))
            elif f.line.marker and runs.list_start[i] in prose_lists:
                decision = (Label.BODY, Why("item of a list of sentences in the article"))
            else:
                decision = (
                    Label.BOILERPLATE,
                    Why(_NO_PROSE_AFTER, (("words", f.words),)),
                )
        decisions[i] = shared(decision, pool)
    _join_introduced_blocks(inside, features, prose, decisions)
    _join_blocks_into_prose(inside, features, decisions)
    _label_embedded_posts(inside, features, prose, decisions)
    _label_sign_off(inside, features, decisions)
    _label_inline_cards(inside, features, decisions)
    for start in headed_lists:
        heading = previous_nonblank(features, start)
        if (above := decisions[heading]) is not None and above[0] is not Label.BODY:
            decisions[heading] = (Label.BODY, Why(LIST_SUBHEADING))
    return tags


_EMBED_CREDIT = Why("author of a post embedded in the text")

_INLINE_CARD = Why("card set inside the text (its summary ends in its 'more' link)")


def _label_inline_cards(
    inside: list[int], features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """A box inside the text that promotes another story is a teaser (TAXONOMY):
    a summary that ends in its "more" link ("... erläutert Hintergründe.
    mehr"), the headline right above it and the section's name above that,
    where these are short lines the text does not go on with."""
    for position, i in enumerate(inside):
        if not (features[i].truncated and ends_in_more_link(features[i].text)):
            continue
        card = [i]
        for j in reversed(inside[max(0, position - 2) : position]):
            f, decision = features[j], decisions[j]
            # (its headline, then perhaps its section's name over it)
            limit = CARD_HEADLINE_MAX_WORDS if len(card) == 1 else KICKER_MAX_WORDS
            if (
                decision is None
                or decision[1].rule != _NO_PROSE_AFTER
                or f.terminal
                or not 0 < f.words <= limit
            ):
                break
            card.append(j)
        if len(card) > 1:  # (a summary with no headline is a caption cut short)
            for j in card:
                decisions[j] = (Label.TEASER, _INLINE_CARD)


# A card the page renders twice (for wide and narrow screens) shows its
# headline again within this many lines, with no blank line in the card.
DOUBLED_CARD_REACH = 2
_DOUBLED_CARD = Why("card set inside the text (its headline shown twice)")


def _label_doubled_cards(
    region: Region,
    features: tuple[Features, ...],
    repeats: Repeats,
    decisions: list[Decision | None],
) -> None:
    """A block inside the text that shows a headline twice, one showing
    right under the other, is a card promoting another story (a teaser):
    "Business" / "Tribune Publishing renames itself Tronc ..." / "Business" /
    the same headline / its summary, with no blank line among them. A text
    never says a line twice in a row; a page that renders a card for wide and
    for narrow screens does. The lines the card holds are its section's name
    over each showing and the summary right under the second."""
    i = region.start
    while i <= region.end:
        group = repeats.group[i]
        if group < 0:  # (most lines: no twin to look for)
            i += 1
            continue
        # (The same words: a list's items "Nr. 4 ... Patientenakte", "Nr. 5
        # ... Patientenfach" or two photo credits are alike, not the same.)
        twin = next(
            (
                j
                for j in range(i + 1, min(i + 1 + DOUBLED_CARD_REACH, region.end + 1))
                if repeats.group[j] == group and features[j].text == features[i].text
            ),
            -1,
        )
        if (
            twin < 0
            or features[i].terminal
            or not all(_card_kicker(features[j]) for j in range(i + 1, twin))
        ):
            i += 1
            continue
        start, end = i, twin
        if start - 1 >= region.start and _card_kicker(features[start - 1]):
            start -= 1
        below = twin + 1
        if below <= region.end and not features[below].line.blank and features[below].words:
            end = below  # the card's summary, right under it
        for j in range(start, end + 1):
            decisions[j] = (Label.TEASER, _DOUBLED_CARD)
        i = end + 1


def _card_kicker(feature: Features) -> bool:
    """A section's name over a card's headline: a word or three, no sentence,
    no button ("Mehr erfahren", "×" over a pop-up's title shown twice)."""
    return (
        0 < feature.words <= KICKER_MAX_WORDS
        and not feature.terminal
        and not (feature.boilerplate_phrase or feature.control or feature.promo)
    )


def _label_sign_off(
    inside: list[int], features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """The writer's sign-off that ends the region ("x Franzi"), and the short
    closing words between it and the text ("Viel Glück!"), are the text's:
    the writer's own words (extend_to_sign_off)."""
    if not inside or not is_sign_off(features[inside[-1]]):
        return
    decisions[inside[-1]] = (Label.BODY, Why("the writer's sign-off under the text"))
    for j in reversed(inside[-SIGN_OFF_LINES:-1]):
        decision = decisions[j]
        if decision is None or decision[0] is not Label.BOILERPLATE:
            break
        decisions[j] = (Label.BODY, Why("closing words above the writer's sign-off"))


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
            if features[j].line.marker or is_embed_credit(features[j]) or not features[j].text:
                break  # (a line of invisible characters is no text of the post)
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
    """A short line followed by a paragraph, or by a sentence that announces a
    list of the text ("The hardware is simple:"): a subheading, a one-line
    lead-in. (Not a card's summary that ends in its "more" link: it leads to
    another story; the writer's "Here's what he said…" leads into the text.)"""
    following = inside[position + 1] if position + 1 < len(inside) else -1
    text = features[inside[position]].text
    return (
        following >= 0
        and (prose[following] >= Prose.MEDIUM or announces_text_list(features[following]))
        and says_something(text)
        and not ends_in_more_link(text)
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


def _prose_lists(features: tuple[Features, ...], prose: list[int], runs: Runs) -> set[int]:
    """Start indexes of the list runs that are part of a text: those whose items
    are mostly sentences, and those the text introduces ("You will need:", or
    a sentence right above) whose items are not capitalised like headlines."""
    lists = lists_where(runs, PROSE_LIST_SHARE, lambda i: prose[i] >= Prose.MEDIUM)
    for start in set(runs.list_start) - {-1} - lists:
        above = previous_nonblank(features, start)
        if above < 0 or prose[above] == Prose.BAD:
            continue
        if (
            not features[above].line.marker
            and _introduces(features[above], prose[above])
            and _capitals(features, list_items(features, runs, start)) < HEADLINE_LIST_CAPITALS
        ) or list_going_on(features, runs, start):
            lists.add(start)
    return lists


def _introduces(feature: Features, kind: int) -> bool:
    """Does this line lead into a list of the text: "You will need:", or a sentence?"""
    return announces_list(feature) or (kind >= Prose.MEDIUM and feature.terminal)


def label_duplicates(
    repeats: Repeats, title: int, decisions: list[Decision | None], echo: int = -1
) -> tuple[int, ...]:
    """Mark every repeat of a headline but its first showing (pass 6).
    ``echo``: a line already labelled as the title shown again (a document
    header's title field).

    Returns, per line, the index of the showing it repeats (-1 if none).
    """
    duplicate_of = [-1] * len(decisions)
    if echo >= 0:
        duplicate_of[echo] = title
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
        # One decision for the group: a menu may show one headline thousands of times.
        repeated = (Label.DUPLICATE, Why("headline shown again", (("first", primary + 1),)))
        summary = _is_summary(decisions[primary])
        for j in members:
            if summary and _is_summary(decisions[j]):
                continue  # a card's summary shown again in another card is no headline
            if j != primary and duplicate_of[j] < 0 and _may_be_duplicate(decisions[j]):
                decisions[j] = repeated
                duplicate_of[j] = primary
    return tuple(duplicate_of)


def _is_summary(decision: Decision | None) -> bool:
    return decision is not None and decision[1].rule in SUMMARY_RULES


def _may_be_duplicate(decision: Decision | None) -> bool:
    # (A site's address shown in its header and footer is no headline.)
    return decision is None or (
        decision[0] not in (Label.BODY, Label.TITLE) and decision[1] != CONTACT_DETAILS
    )
