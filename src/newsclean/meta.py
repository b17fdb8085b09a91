"""Step 5, the article's meta lines: captions, credits, bios, author boxes, tags.

Run by ``labels.label_page`` after ``label_region`` has labelled the article's
text, these passes look again at the lines inside and right after it
(TAXONOMY: "Author bios, image and gallery captions, and credits are meta"):

- an author's bio that closes the text ("Jane Doe is a reporter for ..."),
  and one under a byline that names the author;
- captions: the short lines that close the text above a credit, the lines
  above a photo credit, gallery captions, a credit under a caption;
- an "About the author" box standing after the text, past its share bar;
- the article's tags, in a row of short lines right after the text or under
  a line that says it lists them ("Tags:", "Themen:");
- the article's date in a footer under the text ("Posted on November 18,
  2019") or beside its tags, where blogs print it;
- a document's own header of fields (a front matter, Jina Reader's
  "Title: ..." lines), which ``labels.label_page`` sets apart first and
  labels last.
"""

from __future__ import annotations

from itertools import islice

import regex

from newsclean import patterns
from newsclean.blocks import Runs
from newsclean.features import Features, names_someone
from newsclean.lines import HEADER_MARKS, field_of
from newsclean.parts import Label
from newsclean.region import (
    Region,
)
from newsclean.shapes import (
    Decision,
    Prose,
    Why,
    is_credit_line,
    is_photo_credit,
    next_nonblank,
    nonblank,
    previous_nonblank,
)

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
# A paragraph this long right under the bio is the text going on past an
# author's box set inside it; a bio that ends the article has a newsletter's
# prompt, a "more stories" list or the comments under it.
TEXT_GOES_ON_WORDS = 20
# How far above the title a byline is looked for.
BYLINE_ABOVE_TITLE = 3
# Under "About Jane Doe", her bio is a paragraph or two.
ABOUT_BIO_LINES = 2
_NAME = regex.compile(r"\p{Lu}[\w'.-]*(?: \p{Lu}[\w'.-]*){1,3}")
# A line that says who the bylined author is needs no role word: "Eric Song
# is IGN's deal curator and ...", under a story by Eric Song.
_IS_SOMEONE = regex.compile(
    r"^\p{Lu}[\w'.-]*(?: \p{Lu}[\w'.-]*){1,3},? (?:is|was|has been|ist|war|est|es|è) "
)


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
    header_meta = [
        i
        # (A byline may stand just above the title too: "Von Jane Doe, 30. Juli".)
        for i in range(
            max(0, title - BYLINE_ABOVE_TITLE) if title >= 0 else region.start,
            body[0] if body else 0,
        )
        if (decision := decisions[i]) is not None and decision[0] is Label.META
    ]
    header = [features[i].text for i in header_meta]
    bylines = [features[i].text for i in header_meta if features[i].byline]
    if len(body) < BYLINED_BIO_AFTER or not header:
        return
    # The bio may have been taken for a short line or chrome: ask every line.
    for i in range(body[BYLINED_BIO_AFTER - 1] + 1, region.end + 1):
        text = features[i].text
        name = _NAME.match(text)
        # "VON MORITZ GATHMANN am 21. April 2020" names "Moritz Gathmann".
        if name and (
            (patterns.AUTHOR_BIO.match(text) and _named_in(name.group(), header))
            # (with no role word, only the byline's own name: the header's
            # other lines may name the story's subject)
            or (_IS_SOMEONE.match(text) and _named_in(name.group(), bylines))
        ):
            decisions[i] = (Label.META, Why("bio of the author named in the byline"))
            end = i
            # (an author's box: her name over the bio, "Evan Tepest" / "Evan Tepest ist ...")
            above = previous_nonblank(features, i)
            if above >= 0 and features[above].text == name.group():
                decisions[above] = (Label.META, Why("name over the bylined author's bio"))
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
        below = next_nonblank(features, end + 1)
        if (
            below >= 0
            and (decision := decisions[below]) is not None
            and decision[0] is Label.BODY
            and features[below].terminal
            and features[below].words >= TEXT_GOES_ON_WORDS
        ):
            return  # an author's box that the layout set inside the text, which goes on
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


# A blog or a magazine may give the article's date in a footer right after
# the text: "Pubblicato il: 30 Settembre 2020", "Erscheinungsdatum:
# 07.02.2022", after a source line or a section's name. Only this many lines
# (that say something) below the text are asked ...
FOOTER_DATE_LINES = 4
# ... and a line of a few words: one that says more is a card's summary
# (beside the tags too).
FOOTER_DATE_WORDS = 8
# ... and a post's author and date only under the text or a line of a few
# words (its categories: "Bundesliga Fernsehgucken Filzball"), not a headline.
FOOTER_LABEL_WORDS = 3


def label_footer_dates(
    region: Region, features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """A line right below the text that says the article was published or
    updated, with the date ("Posted on November 18, 2019"), or that names its
    author and the date ("Malte Welding | 29.07.2006 um 14:26"), is its meta."""
    below = (i for i in range(region.end + 1, len(features)) if not features[i].line.blank)
    # (An author and a date stand under a card's headline as often: only
    # under the text itself, or a line of its categories, are they the post's.)
    near = True
    for i in islice(below, FOOTER_DATE_LINES):
        f = features[i]
        if (
            decisions[i] is None
            and f.date is not None
            and (f.meta_phrase or (near and _author_and_date(f.text, f.date.raw)))
            and f.words <= FOOTER_DATE_WORDS
            and not f.line.marker  # (an item of a list of posts, each with its date)
        ):
            decisions[i] = (Label.META, Why("the article's date, in a footer below its text"))
        near = near and f.words <= FOOTER_LABEL_WORDS and not f.line.marker


# What stands between a blog post's author and its date in its footer.
_AUTHOR_DATE_SEPARATORS = " |·•-–—,/"


def _author_and_date(text: str, date: str) -> bool:
    """A name of two words or more, then the date (and perhaps its time):
    "Malte Welding | 29.07.2006 um 14:26", a blog theme's post footer."""
    name = text.partition(date)[0].rstrip(_AUTHOR_DATE_SEPARATORS)
    return len(name.split()) >= 2 and names_someone(name)


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
            is_credit_line(credit)
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
            # (set apart by its indentation, a list's tail is another list of
            # links: Drupal's "Blog von human" under the tags)
            and f.line.indent == features[under_heading].line.indent
            and f.text
            and not f.boilerplate_phrase  # an icon or "Show more" is not a tag
            # (nor Drupal's "Add new comment" beside the tags: in a list,
            # such a phrase is no comment section's start, see features.py)
            and patterns.COMMENTS_START.match(text.lower()) is None
        ) or (
            patterns.TAGS_PREFIX.match(text)
            or (distance < TAG_DISTANCE and f.words <= 4 and text.endswith(","))
        ):
            decisions[i] = (Label.META, Why("tag line after the body", (("words", f.words),)))
            tags.append(i)
        elif under_heading == -1:
            under_heading = -2  # the heading was not followed by a list
    _label_dates_beside_tags(tags, features, decisions)
    return tags


def _label_dates_beside_tags(
    tags: list[int], features: tuple[Features, ...], decisions: list[Decision | None]
) -> None:
    """A blog's entry footer is a line or two: "Veröffentlicht: 22. August
    2012" over "Abgelegt unter: Archiv, Feminismus" (WordPress), "Posted on
    November 18, 2019 | Tags: ...": a dated line of a few words right above or
    below the article's tag line is the article's date."""
    # (A tag line, not an item of a list of tags: the line after such a list
    # may be the next card's date.)
    for i in (i for i in tags if not features[i].line.marker):
        for j in (previous_nonblank(features, i), next_nonblank(features, i + 1)):
            if (
                j >= 0
                and decisions[j] is None  # (the text and its meta are labelled already)
                and features[j].date is not None
                and features[j].words <= FOOTER_DATE_WORDS
            ):
                decisions[j] = (Label.META, Why("the article's date beside its tags"))


# The rule that reads a field of the document's header (page.py reads the
# author, tags and title from the lines it labels), and the title's.
FRONT_MATTER_FIELD = "field of the document's header (front matter)"
FRONT_MATTER_TITLE = "title field of the document's header, the page showing no other"


def label_front_matter(
    header: range,
    features: tuple[Features, ...],
    title: int,
    decisions: list[Decision | None],
) -> tuple[int, int]:
    """A document's header tells facts about the article (TAXONOMY: meta),
    its fences and end mark are markup. Where no title was found, its title
    field names it: the first line under the header that shows those words
    ("# Bridge to close") is the title, else the field itself. Returns the
    title, and the title field's line where it shows the title again (a
    duplicate, TAXONOMY), else -1."""
    named, words = -1, ""  # the title field's line, and its value
    for i in header:
        if features[i].line.blank:
            continue
        if features[i].line.raw.strip() in HEADER_MARKS:
            decisions[i] = (Label.BOILERPLATE, Why("mark of the document's header"))
            continue
        decisions[i] = (Label.META, Why(FRONT_MATTER_FIELD))
        field = field_of(features[i].line)
        if field is not None and field[0] == "title" and field[1]:
            named, words = i, field[1]
    if named < 0:
        return title, -1
    if title < 0:
        title = next(
            (i for i in range(header[-1] + 1, len(features)) if features[i].text == words), -1
        )
        if title < 0:
            decisions[named] = (Label.TITLE, Why(FRONT_MATTER_TITLE))
            return named, -1
        decisions[title] = (Label.TITLE, Why("headline the document's header names as its title"))
    if features[title].text != words:
        return title, -1
    decisions[named] = (Label.DUPLICATE, Why("the title in the document's header"))
    return title, named
