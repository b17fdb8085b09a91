"""Step 5, everything outside the article: navigation, teasers, boilerplate.

Run by ``labels.label_page`` after the article's region, title and meta are
labelled. Each line left is read with the runs it stands in (blocks.py):

- a list or a run of short links is navigation, and so is a list heading
  ("Latest news") and the site's accounts under a "Follow us" line; a list
  of buttons or icons is a share bar (boilerplate);
- a headline with a summary under it is a teaser, and so is each card of a
  grid (headline, summary, author or date, perhaps a section kicker);
- the site's controls, consent notes, legal lines and lone short lines are
  boilerplate, and so are its contact details (a phone number, an e-mail
  address) with their "Contact us" heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import compress, islice
from typing import NamedTuple

from newsclean import patterns
from newsclean.blocks import Runs, lists_where
from newsclean.config import Config
from newsclean.features import Features
from newsclean.fragments import CLOSERS
from newsclean.parts import Label
from newsclean.repeats import Repeats
from newsclean.shapes import (
    KICKER_MAX_WORDS,
    MENU_RUN,
    Decision,
    Prose,
    Why,
    arrow_link,
    headline_shaped,
    is_meta,
    is_name,
    list_items,
    next_nonblank,
    previous_nonblank,
    shared,
)

# A list whose items are mostly buttons or icons is a share bar, not a menu.
CHROME_LIST_SHARE = 0.5


class Card(NamedTuple):
    """Where a card of a grid stands: its lines' indices (-1: no kicker)."""

    kicker: int
    headline: int
    summary: int
    byline: int


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
    pool: dict[Why, Decision] = {}
    previous = -1
    # The lines this pass labels, one byte a line: a list of their numbers
    # would hold an object per line of a page of a hundred thousand.
    around = bytearray(len(features))
    for i, f in enumerate(features):
        if f.line.blank:
            continue
        if decisions[i] is None:
            around[i] = True
            if f.line.marker:
                decisions[i] = shared(
                    _list_item_decision(i, features, prose, runs, chrome_lists), pool
                )
            else:
                decision = _outside_decision(i, previous, features, prose, config, runs)
                decisions[i] = decision = shared(decision, pool)
                if decision[1].rule == _SUMMARY and _is_link(decisions[previous]):
                    # A headline with a summary under it is a card, not a bare link.
                    decisions[previous] = (Label.TEASER, _CARD_HEADLINE)
        previous = i
    _label_social_accounts(features, runs, decisions)
    cards = _label_card_grids(features, prose, config, decisions)
    _smooth_lone_lines(features, prose, decisions)
    _label_more_links(features, around, decisions)
    _label_contact_details(features, around, decisions)
    _label_comments(features, prose, around, decisions)
    # (a grid's card that stood among the comments is a comment's lines)
    return tuple(card for card in cards if _is_teaser(decisions[card.headline]))


# Readers' comments go on while their signs do: a comment's author line
# ("Jane says:") or its reply button at least every this many lines (a
# comment's text, its time, the commenter's name lie between).
COMMENT_GAP = 20
# A comment's reply button, alone on its line: "Reply", "Antwort ↓".
_REPLY_BUTTON = re.compile(
    r"^\W{0,3}(?i:reply|antwort(?:en)?|répondre|responder|rispondi|odpowiedz|yanıtla|"
    r"ответить|beantworten)\W{0,3}$"
)
# ... a word, perhaps with an arrow.
REPLY_BUTTON_WORDS = 1
READER_COMMENT = Why("a reader's comment")
_COMMENT_LABELS = (Label.NAVIGATION, Label.TEASER, Label.BOILERPLATE)


def _signs_comment(feature: Features) -> bool:
    """A comment's author line ("Jane says:") or its reply button."""
    return feature.comment_author or (
        0 < feature.words <= REPLY_BUTTON_WORDS and _REPLY_BUTTON.match(feature.text) is not None
    )


def _label_comments(
    features: tuple[Features, ...],
    prose: list[int],
    around: bytearray,
    decisions: list[Decision | None],
) -> None:
    """Readers' comments are boilerplate (TAXONOMY), however their lines
    read alone: a commenter's numbered line ("1. Yvonne sagt:") is no list's
    item, nor a short comment over a longer one a teaser's headline.

    The section runs from one sign of a comment after the text to the next
    (an author line, "Jane says:", or a reply button), with the sentences
    right after the last one (its comment's text), from the section's
    heading ("45 Gedanken zu ...", "34 responses to ...") where one stands
    close above the first; it stops at a list's heading (a sidebar's,
    "Related posts") or a grid of cards. A section that shows no comment
    ("Join the conversation" over a "Latest news" list) is left alone."""
    last = next(
        (
            i
            for i in range(len(decisions) - 1, -1, -1)
            if (d := decisions[i]) is not None and d[0] is Label.BODY
        ),
        -1,
    )
    if last < 0:
        return
    first = next(
        (i for i in range(last + 1, len(features)) if around[i] and _signs_comment(features[i])),
        -1,
    )
    if first < 0:
        return
    # (its heading, if one stands close above the first comment: a count of
    # comments further up is the post's footer, over its author and links)
    start, seen, i = first, 0, first - 1
    while i > last and seen < COMMENT_GAP and not features[i].list_heading:
        if features[i].comments_start:
            start = i
            break
        seen += not features[i].line.blank
        i -= 1
    end = start  # the last sign of a comment
    quiet = 0  # lines since
    for i in range(start + 1, len(features)):
        f = features[i]
        decision = decisions[i]
        if f.line.blank or decision is None:
            continue
        if f.list_heading or decision[1] in _GRID_WHYS:
            break
        if _signs_comment(f):
            end, quiet = i, 0
        elif (quiet := quiet + 1) > COMMENT_GAP:
            break
    # (the last comment's text, under its author line)
    after = next_nonblank(features, end + 1)
    while after >= 0 and prose[after] >= Prose.MEDIUM and around[after]:
        end = after
        after = next_nonblank(features, end + 1)
    for i in range(start, end + 1):
        decision = decisions[i]
        if (
            around[i]
            and decision is not None
            and decision[0] in _COMMENT_LABELS
            # (the link to the previous post beside the comments' count is the blog's)
            and not arrow_link(features[i].text)
        ):
            decisions[i] = (Label.BOILERPLATE, READER_COMMENT)


# "See all" is a word or three.
MORE_LINK_MAX_WORDS = 3
_MORE_LINK = Why("link to the rest of the list above ('See all', 'More')")


def _label_more_links(
    features: tuple[Features, ...], around: bytearray, decisions: list[Decision | None]
) -> None:
    """A list's "See all" or "More", right under its last item, leads to the
    rest of the list: navigation, as pagination is (TAXONOMY), not a button."""
    for i in compress(range(len(features)), around):
        if (
            features[i].words <= MORE_LINK_MAX_WORDS
            and (decision := decisions[i]) is not None
            and decision[0] is Label.BOILERPLATE
            and patterns.MORE_LINK.match(features[i].text.lower()) is not None
            and (above := previous_nonblank(features, i)) >= 0
            and _is_link(decisions[above])
        ):
            decisions[i] = (Label.NAVIGATION, _MORE_LINK)


# A card's headline has a few words; its summary at least this many and no
# fewer than the headline's: a summary says more than the headline it explains.
CARD_HEADLINE_MIN_WORDS = 4
CARD_SUMMARY_MIN_WORDS = 8
# Cards come in grids: a card counts only with another within this many
# non-blank lines (kicker, headline, summary, author: four or five a card).
CARD_GRID_REACH = 8
_GRID_HEADLINE = Why("headline of a card in a grid (headline, summary, author)")
_GRID_SUMMARY = Why("summary of a card in a grid, under its headline")
_GRID_BYLINE = Why("author or date of a card in a grid")
_GRID_KICKER = Why("section kicker of a card in a grid")
_GRID_WHYS = frozenset({_GRID_HEADLINE, _GRID_SUMMARY, _GRID_BYLINE, _GRID_KICKER})


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
            and 0 < features[kicker].words <= KICKER_MAX_WORDS
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


# The site's address stands between its contact details' heading and its
# phone number: a line or two ("Contact us" / "Acme AG, Main St 1" / "Phone ..."),
# each with a number (street, postcode) or a colon ("Newsroom:").
CONTACT_HEADING_REACH = 2
CONTACT_DETAILS = Why("the site's contact details (phone, fax, e-mail, address)")
_CONTACT: Decision = (Label.BOILERPLATE, CONTACT_DETAILS)
# A phone number has this many digits at least ("116 000", "Tel. 030 / 2325")
CONTACT_MIN_DIGITS = 5
# Every contact detail has digits, an @ or a [ (Cloudflare's "[email protected]"):
# what is left of the lines without every other character tells, in one C
# call for the page, which are worth the full pattern.
_NOT_CONTACT_CHARS = re.compile(r"[^\n0-9@\[]+")
# A footer's contact line gives an address and a number or two ("Acme AG,
# Main St 1, 8000 Zurich | Tel ... | Fax ..."); a longer line is a text.
CONTACT_MAX_WORDS = 40
# (and the patterns read no further than such a line's length: a line of
# megabytes costs no more than a footer's)
CONTACT_MAX_CHARS = 400
# Lines looked at in one go: all of an ordinary page's (a batch of 4,096 lines
# held 0.7 MB at once on the 5,000-line menu page, the peak of its cleaning).
CONTACT_BATCH_LINES = 1024


def _label_contact_details(
    features: tuple[Features, ...], around: bytearray, decisions: list[Decision | None]
) -> None:
    """A phone number or an e-mail address outside the article is the site's
    contact details: boilerplate, not a menu's item or a card, and so is the
    "Contact us" heading over them and the address between."""
    found: list[int] = []
    # (This runs on every line of every page: the few with a digit or an @
    # are picked first, a batch of lines at once, so that a page of a
    # hundred thousand lines is not copied whole.)
    lines = compress(range(len(features)), around)
    while batch := list(islice(lines, CONTACT_BATCH_LINES)):
        texts = [features[i].line.text[:CONTACT_MAX_CHARS] for i in batch]
        kept = _NOT_CONTACT_CHARS.sub("", "\n".join(texts)).split("\n")
        found.extend(
            batch[k]
            for k, chars in enumerate(kept)
            if (len(chars) >= CONTACT_MIN_DIGITS or "@" in chars or "[" in chars)
            and _outside(decisions[batch[k]])
            and features[batch[k]].words <= CONTACT_MAX_WORDS
            and patterns.CONTACT_DETAIL.search(texts[k]) is not None
        )
    for i in found:
        decisions[i] = _CONTACT
    for i in found:
        between: list[int] = []
        line = i
        for _ in range(CONTACT_HEADING_REACH + 1):
            line = previous_nonblank(features, line)
            if line < 0 or not _outside(decisions[line]):
                break
            text = features[line].text
            if decisions[line] == _CONTACT or (
                features[line].words <= FOLLOW_MAX_WORDS
                and patterns.CONTACT_HEADING.match(text.lower()) is not None
            ):
                for j in (*between, line):
                    decisions[j] = _CONTACT
                break
            if not (text.endswith(":") or any(char.isdigit() for char in text)):
                break  # (an address has its numbers; "Newsroom:" names whom to call)
            between.append(line)


def _outside(decision: Decision | None) -> bool:
    """Labelled by pass 5 as something around the article (not its text or meta)."""
    return decision is not None and decision[0] in (Label.NAVIGATION, Label.BOILERPLATE)


_SUMMARY = "summary under a headline, outside the article"
# The rules that read a line as a card's summary, not its headline.
SUMMARY_RULES = frozenset({_SUMMARY, _GRID_SUMMARY.rule})
_CARD_HEADLINE = Why("headline of a card with a summary")


def _is_link(decision: Decision | None) -> bool:
    return decision is not None and decision[0] is Label.NAVIGATION


def _chrome_lists(features: tuple[Features, ...], prose: list[int], runs: Runs) -> set[int]:
    """Start indexes of the lists that are mostly buttons and icons: share bars.

    The site's controls (sign in, search) do not count: they stand in menus,
    whose other items are links to the site's sections.
    """
    return lists_where(
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
    list ("Variety", "2 hours ago"), and so does a story's count in a list
    of links ("604 COMMENTS") when the next story gives one too: alone, such
    a line heads the comments under the text."""
    labelled = [i for i, d in enumerate(decisions) if d is not None]
    counters = [
        (i, match.group(1).casefold()[:COUNTED_PREFIX])
        for i in labelled
        # (the cheap tests first: this runs on every line of every page)
        if features[i].line.text[:1].isdigit()
        and (decision := decisions[i]) is not None
        and decision[0] is Label.BOILERPLATE
        and (match := _COUNTER.match(features[i].line.text)) is not None
    ]
    # (counts of one thing: "0 shares" over "1 comment" is one post's footer)
    listed = {
        i
        for k, (i, what) in enumerate(counters)
        if any(
            abs(i - j) <= CARD_GRID_REACH and what == other
            for j, other in counters[max(0, k - 1) : k + 2]
            if j != i
        )
    }
    k = 1
    while k < len(labelled) - 1:
        if not _lone(labelled[k], listed, prose, decisions):
            k += 1
            continue
        end = k
        while end + 1 < len(labelled) - 1 and _lone(labelled[end + 1], listed, prose, decisions):
            end += 1
        before, after = decisions[labelled[k - 1]], decisions[labelled[end + 1]]
        if (
            end - k < LONE_LINES_MAX
            and before is not None
            and after is not None
            and before[0] is after[0]
            and before[0] in (Label.NAVIGATION, Label.TEASER)
            # (a card's count would read as the next card's headline)
            and (before[0] is Label.NAVIGATION or listed.isdisjoint(labelled[k : end + 1]))
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


# A story's count under its headline in a list: "604 COMMENTS", "12 Kommentare".
_COUNTER = re.compile(r"^\d[\d.,]{0,8}\s{1,2}(\w{1,12})$")
# Counts of one thing share the word's start: "1 comment", "604 COMMENTS".
COUNTED_PREFIX = 5


def _lone(i: int, counts: set[int], prose: list[int], decisions: list[Decision | None]) -> bool:
    """A short line, or one of the counts of a list's stories, taken for chrome."""
    decision = decisions[i]
    return (
        decision is not None
        and decision[0] is Label.BOILERPLATE
        and (prose[i] == Prose.SHORT or i in counts)
    )


# A summary is written as sentences; a line whose words nearly all start
# with a capital is another headline ("'Little Women' Is an Oscar Contender,
# but Where Does That Leave 'Ford v Ferrari'" under a podcast's name) ...
SUMMARY_CAPITALS_MAX = 0.7
# ... counted in words set apart by spaces, of which it has a few at least
# (a line of Japanese has one or two) ...
TITLE_CASE_MIN_WORDS = 5
# ... each word's first letter after its opening quote ("‘Little Women’").
_OPENERS = "\"'‘“«„¿¡(["


def _title_cased(feature: Features) -> bool:
    """Is this line written as a headline is, in title case with no full stop?"""
    # (A headline may ask or exclaim; it does not end in a full stop.)
    if feature.terminal and feature.text.rstrip(CLOSERS).endswith((".", "…")):
        return False
    words = feature.text.split()
    return len(words) >= TITLE_CASE_MIN_WORDS and (
        sum(1 for word in words if word.lstrip(_OPENERS)[:1].isupper())
        > SUMMARY_CAPITALS_MAX * len(words)
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
    if f.legal and runs.short_size[i] >= MENU_RUN and not _is_copyright(f):
        # "Privacy Policy" among a footer's links leads to a page, like them.
        return (Label.NAVIGATION, Why("link to a legal page in a menu"))
    if kind == Prose.BAD:
        return (Label.BOILERPLATE, Why("page chrome (button, legal, consent or link line)"))
    if f.list_heading:
        return (Label.NAVIGATION, Why("heading of a link list"))
    if arrow_link(f.text):
        # "← Previous Story", "« Mit Treuhand Clouds ...": pagination (TAXONOMY).
        return (Label.NAVIGATION, Why("link marked with an arrow (previous, next, more)"))
    # (a line in title case is a headline, neither a card's summary nor prose)
    title_cased = (kind >= Prose.MEDIUM or f.truncated) and _title_cased(f)
    if (
        (kind >= Prose.MEDIUM or f.truncated)
        and previous >= 0
        and not title_cased
        and headline_shaped(features[previous], config)
        # (a button or a call to act heads no card: "GET FOX BUSINESS ON THE GO")
        and prose[previous] != Prose.BAD
    ):
        return (Label.TEASER, Why(_SUMMARY, (("words", f.words),)))
    if f.kicker and headline_shaped(f, config):
        return (Label.TEASER, Why("headline with a section kicker", (("kicker", f.kicker),)))
    if f.glued and kind >= Prose.MEDIUM:
        return (Label.TEASER, Why("headline and summary glued on one line"))
    if kind >= Prose.MEDIUM and not title_cased:
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
