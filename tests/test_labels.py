"""Navigation, teaser, comment and region rules on small hand-made pages."""

from __future__ import annotations

import datetime

import pytest

import newsclean
from conftest import LABELLED
from newsclean import Label, shapes

PARAGRAPH = (
    "The council voted on Tuesday to close the old bridge for repairs, and the mayor said "
    "the work would take at least two years to finish."
)


def labels(text: str) -> list[Label | None]:
    return list(newsclean.clean(text).labels)


def article_page(*after: str) -> str:
    return "\n".join(
        [
            "Home",
            "News",
            "Sport",
            "",
            "Council closes the old bridge for two years",
            "By Jane Doe",
            "7 February 2023",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("Tuesday", "Monday"),
            "",
            *after,
        ]
    )


def test_region_title_meta_and_body() -> None:
    page = newsclean.clean(article_page())
    assert page.article.title == "Council closes the old bridge for two years"
    assert page.article.byline == "Jane Doe"
    assert page.article.published is not None and page.article.published.isoformat() == "2023-02-07"
    assert len(page.article.paragraphs) == 2
    assert page.labels[:3] == (Label.NAVIGATION,) * 3


def test_link_list_with_heading_is_navigation() -> None:
    page = newsclean.clean(
        article_page(
            "Most read",
            "  * Storm hits the coast overnight",
            "  * Schools reopen after the holidays",
            "  * Prices rise again in January",
        )
    )
    assert page.navigation[-1].heading == "Most read"
    assert page.navigation[-1].items[0].text == "Storm hits the coast overnight"


def test_a_list_under_a_list_heading_stays_links_when_its_items_read_as_sentences() -> None:
    # Ranked "Most read" cards: a headline and its summary on each numbered line.
    items = [
        f"  {n}. Story {n} about the harbour Officials said the new pier would open in "
        "spring, and the ferry company agreed to run more boats."
        for n in range(1, 5)
    ]
    page = newsclean.clean(article_page("Most read", *items, "", PARAGRAPH.replace("old", "new")))
    lines = page.labels[-7:-2]
    assert lines == (Label.NAVIGATION,) * 5
    assert all("Story" not in paragraph for paragraph in page.article.paragraphs)


def test_cards_under_a_list_heading_are_teasers_not_the_text() -> None:
    cards = []
    for n, place in enumerate(("harbour", "station", "museum"), start=1):
        cards += [
            f"New {place} plans shown to the public",
            "",
            f"Officials said the {place} would open in spring, and the city agreed to pay "
            f"for {n} more years of work on it.",
            "",
        ]
    page = newsclean.clean(article_page("Top stories", "", *cards))
    assert [part.headline for part in page.teasers] == [
        "New harbour plans shown to the public",
        "New station plans shown to the public",
        "New museum plans shown to the public",
    ]
    assert len(page.article.paragraphs) == 2


def test_the_article_starts_at_its_header_below_a_list_of_stories() -> None:
    ticker = [
        f"  * Story {n} about the harbour NEW YORK: Officials said on Monday that the new "
        "pier would open in spring, after years of delays that the unions, the city council "
        "and the ferry company blamed on one another."
        for n in range(1, 9)
    ]
    text = article_page("", PARAGRAPH, "", PARAGRAPH.replace("old", "new"), "", PARAGRAPH * 2)
    page = newsclean.clean(text.replace("Sport\n", "Sport\n" + "\n".join(ticker) + "\n"))
    assert page.article.title == "Council closes the old bridge for two years"
    assert len(page.article.paragraphs) == 5


def test_a_caption_right_below_the_text_is_meta() -> None:
    page = newsclean.clean(article_page("Main image credit: Getty", "", "© 2023 Example Media"))
    assert page.labels[-3:] == (Label.META, None, Label.BOILERPLATE)


def test_an_agencys_name_alone_in_the_text_is_a_photo_credit() -> None:
    page = newsclean.clean(article_page("Getty", "", PARAGRAPH.replace("old", "new")))
    assert "Getty" not in page.article.paragraphs
    assert page.labels[-3] is Label.META


def test_the_line_right_above_a_photo_credit_is_its_caption() -> None:
    caption = "The mayor speaks with residents near the old bridge on Tuesday in the city."
    page = newsclean.clean(
        article_page(caption, caption, "Photo: John Roe, AP", "", PARAGRAPH.replace("old", "new"))
    )
    # The second copy of the caption may be called a duplicate of the first.
    assert page.labels[-5] is Label.META and page.labels[-3] is Label.META
    assert page.labels[-4] in (Label.META, Label.DUPLICATE)
    assert caption not in page.article.text
    assert len(page.article.paragraphs) == 3
    # With a blank line between, the paragraph above a credit stays text.
    page = newsclean.clean(article_page(caption, "", "Photo: John Roe, AP", "", PARAGRAPH))
    assert caption in page.article.paragraphs


def test_a_bio_of_the_bylined_author_ends_the_article() -> None:
    other_story = "Officials said the harbour would reopen in spring after two years of work on it."
    page = newsclean.clean(
        article_page(
            PARAGRAPH.replace("old", "new"),
            "",
            "Jane Doe is a staff writer covering the city",
            "",
            "Want more stories like this? Every day we send an email with the top stories.",
            "",
            "A ferry at the harbour. (Photo: John Roe/AP)",
            other_story,
            "",
            other_story.replace("harbour", "station"),
        )
    )
    assert len(page.article.paragraphs) == 3
    assert page.labels[-8] is Label.META
    # Another story's caption below the bio is not the article's.
    assert page.labels[-4] is Label.BOILERPLATE


def test_an_authors_box_inside_the_text_does_not_end_it() -> None:
    # A layout may set the author's box between the paragraphs: the text goes
    # on under the bio, a paragraph long, where a bio that ends the article
    # has a prompt, a list or the comments under it.
    later = [PARAGRAPH.replace("council", f"board {n}") for n in range(3)]
    box = ["Jane Doe", "", "Jane Doe is a staff writer covering the city and its council."]
    text = article_page(PARAGRAPH * 2, "", *box, "", later[0], "", later[1], "", later[2])
    page = newsclean.clean(text)
    assert all(paragraph in page.article.paragraphs for paragraph in later)
    # The box is the author's name over the bio: both meta, neither the text.
    assert page.labels[text.split("\n").index(box[2])] is Label.META
    assert page.labels[text.split("\n").index(box[0])] is Label.META
    assert "Jane Doe" not in page.article.paragraphs


def test_the_bylined_author_said_to_be_someone_needs_no_role_word() -> None:
    # "Eric Song is IGN's deal curator and ...": no "writer" or "editor", but
    # the byline's own name, at the end of the text.
    bio = "Jane Doe is the paper's deals curator and spends a quarter of her pay on them."
    page = newsclean.clean(article_page(PARAGRAPH.replace("old", "new"), "", bio))
    assert page.labels[-1] is Label.META
    assert bio not in page.article.text
    # A name in the header that is not the byline's (here a caption's) is
    # the story's subject.
    subject = "Jane Roe is the new head of the council and takes office in May next year."
    caption = "Jane Roe at the council on Monday. (Photo: John Roe/AP)"
    text = article_page(PARAGRAPH.replace("old", "new"), "", subject, "", PARAGRAPH * 2)
    text = text.replace("By Jane Doe", f"By Jane Doe\n{caption}")
    page = newsclean.clean(text)
    assert subject in page.article.text
    assert PARAGRAPH * 2 in page.article.paragraphs


def test_about_the_bylined_author_heads_a_bio() -> None:
    bio = "Jane has covered the city council for the paper since 2015 and lives by the river."
    page = newsclean.clean(
        article_page(PARAGRAPH.replace("old", "new"), "", "About Jane Doe", "", bio)
    )
    assert bio not in page.article.text
    assert page.labels[-3:] == (Label.META, None, Label.META)
    # About someone else is a subheading of the text.
    page = newsclean.clean(
        article_page(PARAGRAPH.replace("old", "new"), "", "About John Roe", "", bio)
    )
    assert bio in page.article.text


def test_dates_of_a_list_above_the_title_are_not_the_articles() -> None:
    stories = []
    for n, day in enumerate(("15 May 2017", "22 January 2018", "12 January 2016"), start=1):
        stories += [f"Story {n} about the harbour and its new pier", day, ""]
    text = "\n".join(["Home", "News", "", *stories, *article_page().split("\n")[4:]])
    page = newsclean.clean(text)
    assert page.article.title == "Council closes the old bridge for two years"
    # Each story's date under its headline is the list's, not the article's.
    assert Label.META not in (page.labels[7], page.labels[10])


def test_a_cards_section_date_and_source_join_its_list() -> None:
    newswire = ["Newswire", ""]
    for headline, source, hours in (
        ("Studio sets a date for the sequel of its space western", "Variety", 2),
        ("Singer cancels autumn tour after losing her voice", "Rolling Stone", 7),
        ("Network renews its hospital drama for two more seasons", "Deadline", 3),
    ):
        newswire += [headline, source, f"{hours} hours ago", ""]
    newswire.append("Critics pick the ten best albums of the year so far")
    got = labels(article_page(*newswire))
    # Under the heading: each story's headline, source and time, one list.
    assert got[-13:] == [Label.NAVIGATION, Label.NAVIGATION, Label.NAVIGATION, None] * 3 + [
        Label.NAVIGATION
    ]


def test_the_article_starts_at_its_full_header_below_a_ticker_without_markers() -> None:
    ticker = [
        f"Story {n} about the harbour NEW YORK: Officials said on Monday that the new pier "
        "would open in spring, after years of delays that the unions, the city council and "
        "the ferry company blamed on one another."
        for n in range(1, 9)
    ]
    text = "\n".join(
        [
            "Breaking News",
            *ticker,
            "",
            "Council closes the old bridge for two years",
            "",
            "7 February 2023",
            "by Jane Doe",
            "",
            *[PARAGRAPH.replace("old", f"{n} old") + "\n" for n in range(6)],
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title == "Council closes the old bridge for two years"
    assert len(page.article.paragraphs) == 6


def test_a_summary_cut_short_is_not_a_headline() -> None:
    from newsclean.config import Config
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.shapes import headline_shaped

    cut = "Schools reopen" + " and the council said more" * 6 + " It..."
    short = "Council plans to close the old bridge for repairs..."
    features = measure(split_lines(cut + "\n" + short), Config()).lines
    assert [headline_shaped(f, Config()) for f in features] == [False, True]


@pytest.mark.parametrize(
    "above",
    ["11.14.2019 09:00 AM", "HomeWorld News", "You are here: Home > World", "Home » World"],
)
def test_a_date_line_or_a_breadcrumb_is_not_the_title(above: str) -> None:
    text = "\n".join(["Menu", "", above, "", "By Jane Doe", "", PARAGRAPH, "", PARAGRAPH])
    assert newsclean.clean(text).article.title is None


def test_a_headline_with_a_kicker_right_above_the_text_is_the_title() -> None:
    headline = "BREAKING NEWS: Council closes the old bridge for two years"
    text = "\n".join(["Home", "News", "Sport", "", headline, "By Jane Doe", "", PARAGRAPH])
    text += "\n\n" + PARAGRAPH.replace("old", "new")
    assert newsclean.clean(text).article.title == headline


def test_a_headline_under_the_date_and_right_above_the_text_is_the_title() -> None:
    headline = "Council closes the old bridge for two years"
    menu = ["  * Home", "  * News", "  * Sport"]
    text = "\n".join([*menu, "", "October 9, 2018 at 4:02 pm", "", headline, "", PARAGRAPH])
    page = newsclean.clean(text + "\n\n" + PARAGRAPH.replace("old", "new"))
    assert page.article.title == headline
    # A date under another story's headline further up is that story's.
    story = "Mayor opens the new library in the old town hall"
    text = "\n".join([*menu, "", story, "October 9, 2018", "", headline, "", PARAGRAPH])
    page = newsclean.clean(text + "\n\n" + PARAGRAPH.replace("old", "new"))
    assert page.article.title == story


def test_a_long_line_that_opens_with_a_date_is_the_headers() -> None:
    headline = "Council closes the old bridge for two years"
    dated = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: ponte obras"
    menu = ["  * Home", "  * News", "  * Sport"]
    text = "\n".join([*menu, "", headline, "", dated, "", PARAGRAPH, "", PARAGRAPH * 2])
    page = newsclean.clean(text)
    assert page.article.title == headline
    assert page.labels[6] is Label.META


def test_a_question_of_a_paragraphs_length_may_be_the_title() -> None:
    headline = "Economy in stress and markets on a high; is it time to be careful?"
    menu = ["  * Home", "  * News", "  * Sport"]
    updated = "Last Updated : Nov 20, 2019 01:41 PM"
    text = "\n".join([*menu, "", updated, "", headline, "", PARAGRAPH])
    page = newsclean.clean(text + "\n\n" + PARAGRAPH.replace("old", "new"))
    assert page.article.title == headline
    # ... but not a question of the text under the page's true headline.
    title = "Council closes the old bridge"
    question = "Will the council be able to finish the work on the bridge in two years?"
    text = "\n".join([*menu, "", title, "October 9, 2018", "", question, "", PARAGRAPH])
    page = newsclean.clean(text + "\n\n" + PARAGRAPH.replace("old", "new"))
    assert page.article.title == title
    assert question in page.article.paragraphs


def test_a_standfirst_may_end_in_dots_under_the_byline() -> None:
    headline = "Council closes the old bridge for two years"
    standfirst = (
        "Repairs take time. The council says the bridge will be closed until 2025. Or longer..."
    )
    lines = ["  * Home", "  * News", "", headline, "", "Jane Doe", "", standfirst, "", PARAGRAPH]
    page = newsclean.clean("\n".join(lines) + "\n\n" + PARAGRAPH.replace("old", "new"))
    assert page.article.title == headline
    assert page.article.paragraphs[0] == standfirst
    # It is the article's standfirst, and the text under it is not.
    assert page.article.paragraph_kinds[:2] == ("standfirst", "text")
    assert page.article.standfirst == standfirst


_DECK = "The vote ends a decade of debate over the river crossing."


def _decked_page(deck: str = _DECK, under: str = "By Jane Doe") -> list[str]:
    """Title, deck, a byline (or what stands under the deck), text."""
    lines = ["  * Home", "  * News", "", "Council approves new bridge", "", deck, ""]
    return [*lines, under, "", PARAGRAPH, "", PARAGRAPH]


def test_the_paragraph_between_the_title_and_the_byline_is_the_standfirst() -> None:
    # Title, deck, byline, text: the deck reads as prose, the region begins at it.
    article = newsclean.clean("\n".join(_decked_page())).article
    assert (article.standfirst, article.byline) == (_DECK, "Jane Doe")
    # A paragraph of sixty words or more over a byline is the text's own.
    long = " ".join([_DECK] * 6)
    article = newsclean.clean("\n".join(_decked_page(long))).article
    assert article.paragraphs[0] == long
    assert article.standfirst is None
    # Over a photo's credit, not a byline or date, it may be the text's first paragraph.
    page = newsclean.clean("\n".join(_decked_page(under="Photo: Reuters")))
    assert page.labels[7] is Label.META
    assert page.article.paragraphs[0] == _DECK
    assert page.article.standfirst is None


def test_a_text_browsers_dump_reads_as_any_page() -> None:
    # lynx -dump: link numbers before each link, the text wrapped, the links' list at the end.
    lines = ["   [1]Skip to main content", "     * [2]Home", "     * [3]World", ""]
    lines += ["                   Council approves new bridge over the river", ""]
    lines += ["   By [4]Jane Doe", "   12 March 2024", ""]
    lines += ["   The city council voted on Tuesday to approve the construction of a new"]
    lines += ["   bridge, adding that [5]the plans are online for everyone to read.", ""]
    lines += [f"   {PARAGRAPH}", "", "References", ""]
    lines += [f"   {k}. https://example.com/{k}" for k in range(1, 6)]
    article = newsclean.clean("\n".join(lines)).article
    assert (article.title, article.byline) == (
        "Council approves new bridge over the river",
        "Jane Doe",
    )
    assert article.paragraphs[0].endswith("adding that the plans are online for everyone to read.")
    assert article.paragraphs[1:] == (PARAGRAPH,)


def test_markdown_headings_written_over_underlines() -> None:
    # markdownify's and Jina Reader's Markdown: "====" under h1, "----" under h2.
    title = "Council approves new bridge over the river"
    lines = ["* [Home](/)", "* [World](/world)", "", title, "=" * len(title), ""]
    lines += ["By Jane Doe", "", PARAGRAPH, "", "What happens next", "-" * 17, "", PARAGRAPH]
    lines += ["", "Related", "-------", "", "* [Storm hits](/storm)", "* [Library opens](/l)"]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == title
    assert page.article.paragraphs == (PARAGRAPH, "What happens next", PARAGRAPH)
    assert page.article.paragraph_kinds[1] == "heading"
    underlines = [n for n, line in enumerate(lines, 1) if line and set(line) <= set("=-")]
    assert [page.labels[n - 1] for n in underlines] == [Label.BOILERPLATE] * 3
    assert page.labels[lines.index("Related")] is Label.NAVIGATION


_FRONT_MATTER = [
    "---",
    'title: "Council approves new bridge"',
    "date: 2024-03-12",
    "authors:",
    "  - Jane Doe",
    "  - John Roe",
    "tags: [city, transport]",
    "---",
    "",
]


def test_a_front_matter_tells_the_articles_facts() -> None:
    # Jekyll's, Hugo's or newsclean's own Markdown: fields between "---" lines.
    text = "\n".join(
        [*_FRONT_MATTER, "# Council approves new bridge", "", PARAGRAPH, "", PARAGRAPH]
    )
    page = newsclean.clean(text)
    # (its title field shows the title again: a duplicate, as TAXONOMY says)
    assert page.labels[:8] == (
        Label.BOILERPLATE,
        Label.DUPLICATE,
        *[Label.META] * 5,
        Label.BOILERPLATE,
    )
    assert page.duplicates[0].lines == (2, 10)
    article = page.article
    assert (article.title, article.title_line) == ("Council approves new bridge", 10)
    assert (article.byline, article.tags) == ("Jane Doe, John Roe", ("city", "transport"))
    assert article.published == datetime.date(2024, 3, 12)
    assert article.paragraphs == (PARAGRAPH, PARAGRAPH)


def test_a_front_matter_title_other_than_the_pages_is_meta() -> None:
    heading = "# Council approves a new bridge over the river after a decade"
    page = newsclean.clean("\n".join([*_FRONT_MATTER, heading, "", PARAGRAPH, "", PARAGRAPH]))
    assert page.article.title == heading[2:]
    assert page.labels[1] is Label.META
    assert page.duplicates == ()


def test_a_front_matter_names_the_title_when_the_page_shows_none() -> None:
    page = newsclean.clean("\n".join([*_FRONT_MATTER, PARAGRAPH, "", PARAGRAPH]))
    assert (page.article.title, page.article.title_line) == ("Council approves new bridge", 2)
    assert page.labels[1] is Label.TITLE


def test_jina_readers_header_tells_the_articles_facts() -> None:
    lines = ["Title: Council approves new bridge", "", "URL Source: https://example.com/a"]
    lines += ["", "Published Time: 2024-03-12T10:14:00Z", "", "Markdown Content:"]
    lines += ["* [Home](/)", "* [World](/w)", "", "Council approves new bridge", "=" * 27, ""]
    page = newsclean.clean("\n".join([*lines, PARAGRAPH, "", PARAGRAPH]))
    assert [page.labels[k] for k in (0, 2, 4, 6)] == [
        Label.DUPLICATE,
        Label.META,
        Label.META,
        Label.BOILERPLATE,
    ]
    assert (page.article.title, page.article.title_line) == ("Council approves new bridge", 11)
    assert page.article.published == datetime.date(2024, 3, 12)


def test_a_rule_or_a_list_at_the_top_is_no_front_matter() -> None:
    for top in (["---", "", "---"], ["---", "Home", "News", "---"], ["Title: Home", "News"]):
        page = newsclean.clean("\n".join([*top, "", article_page()]))
        assert not any(
            reason is not None and "document's header" in reason.rule for reason in page.reasons
        ), top


def test_the_articles_markdown_cleaned_again_is_the_same_article() -> None:
    for text in (
        (LABELLED / "lavrov-mali.txt").read_text(encoding="utf-8"),
        "\n".join([*_FRONT_MATTER, PARAGRAPH]),
    ):
        article = newsclean.clean(text).article
        again = newsclean.clean(article.to_markdown()).article
        facts = (
            "title",
            "byline",
            "published",
            "dateline",
            "tags",
            "paragraphs",
            "paragraph_kinds",
        )
        assert [getattr(again, name) for name in facts] == [
            getattr(article, name) for name in facts
        ]


def test_a_document_with_a_front_matter_is_an_articles_own_text() -> None:
    # Its Markdown sets a list's items one under the other: still the text's.
    items = ["- The bridge will have two lanes.", "- The ferry keeps running."]
    text = "\n".join([*_FRONT_MATTER, PARAGRAPH, "", *items, "", PARAGRAPH])
    page = newsclean.clean(text)
    assert page.article.paragraphs == (PARAGRAPH, *[item[2:] for item in items], PARAGRAPH)
    assert page.article.paragraph_kinds == ("text", "item", "item", "text")
    assert page.reasons[9].rule.startswith("paragraphs with no chrome")
    # A scraped page's menu, one item under the other, is no document's list.
    page = newsclean.clean("\n".join(["* Home", "* News", "", PARAGRAPH, "", PARAGRAPH]))
    assert page.labels[:2] == (Label.NAVIGATION, Label.NAVIGATION)


def test_the_standfirst_is_the_markdowns_description() -> None:
    markdown = newsclean.clean("\n".join(_decked_page())).article.to_markdown()
    assert f'\ndescription: "{_DECK}"\n' in markdown
    again = newsclean.clean(markdown).article
    assert (again.standfirst, again.paragraph_kinds) == (_DECK, ("standfirst", "text", "text"))


def test_a_front_matters_fields_are_no_broken_sentence() -> None:
    # "title: ..." over "date: ..." over "description: ... ." is no sentence
    # broken over lines: each field keeps its own date, or none.
    from newsclean.fragments import find_fragments
    from newsclean.lines import split_lines

    header = ["---", "title: Bridge", "date: 2019-11-19", 'description: "It will close."', "---"]
    assert find_fragments(split_lines("\n".join([*header, "", PARAGRAPH]))) == {}


def test_an_article_without_a_standfirst_says_so() -> None:
    article = newsclean.clean(article_page()).article
    assert article.found
    assert article.standfirst is None
    assert "standfirst" not in article.paragraph_kinds


def test_a_menu_section_named_like_a_list_does_not_hide_the_title() -> None:
    # "* Themen" heads a section of the site's menu, not a list of stories
    # above the text: the headline under the menu is still the title.
    menu = ["* Fraktion", "    + Geschichte", "* Themen", "    + A-Z", "    + Positionen"]
    headline = "Council closes the old bridge for two years"
    lines = [*menu, "", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    assert newsclean.clean("\n".join(lines)).article.title == headline


def test_a_markdown_page_from_html2text() -> None:
    headline = "Council closes the old bridge for two years"
    lines = ["* [Home](/)", "* [News](/news)", "* [Sport](/sport)", "", f"# {headline}", ""]
    lines += ["**By Jane Doe**", "", "_7 February 2023_", "", PARAGRAPH, ""]
    lines += ["The **mayor** said _more_ about it: " + PARAGRAPH.replace("old", "new")]
    article = newsclean.clean("\n".join(lines)).article
    assert (article.title, article.byline) == (headline, "Jane Doe")
    assert article.published == datetime.date(2023, 2, 7)
    assert article.paragraphs[1].startswith("The mayor said more about it:")


def test_a_long_list_of_long_items_does_not_outweigh_the_article() -> None:
    sidebar = [
        f"  * Story {n}: the singer was seen on the beach with her new partner in a striped "
        f"dress on Tuesday, as the show she hosts returns for a {n}th series next spring."
        for n in range(30)
    ]
    article = article_page("", PARAGRAPH.replace("old", "new"), "", PARAGRAPH * 2)
    menu = "\n".join(f"Section {n}" for n in range(30))
    page = newsclean.clean(article + "\n\n" + menu + "\n\n" + "\n".join(sidebar))
    assert page.article.title == "Council closes the old bridge for two years"
    assert all("singer" not in paragraph for paragraph in page.article.paragraphs)


def test_a_list_the_text_announces_keeps_the_text_around_it_together() -> None:
    intro = PARAGRAPH.replace("old", "first") + " " + PARAGRAPH.replace("old", "second")
    items = [f"* Reason number {n} for the closure" for n in range(12)]
    lines = ["Bridges", "Roads", "Contact", "", intro, "", "Repairs", ""]
    lines += ["There are many reasons for the repairs:", "", *items, ""]
    lines += [PARAGRAPH.replace("old", "new"), "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.paragraphs[0] == intro
    assert "Reason number 0 for the closure" in page.article.paragraphs


def test_links_under_more_are_not_a_list_of_the_text() -> None:
    links = ["Mayor opens the new library in the old town hall", "Ferry returns after repairs"]
    page = newsclean.clean(article_page("More:", "", links[0], "", links[1], "", PARAGRAPH * 2))
    assert all(link not in page.article.paragraphs for link in links)


def test_headlines_right_under_a_list_heading_are_its_links_without_markers() -> None:
    # html-text writes a "Trending News" list as plain lines, one under the other.
    trending = ["Mayor opens the new library in the old town hall", "Ferry returns after repairs"]
    page = newsclean.clean(article_page("Trending News", "", *trending, "", PARAGRAPH * 2))
    assert all(line not in page.article.paragraphs for line in trending)
    assert page.labels[-4:-2] == (Label.NAVIGATION, Label.NAVIGATION)


def test_the_short_questions_and_answers_of_an_interview_are_text() -> None:
    qa = ["Q: Favorite apps?", "", "A: Trip planners", "", "Q: Favorite books?", ""]
    page = newsclean.clean(article_page(*qa, "A: A Fistful of Rice", "", PARAGRAPH * 2))
    assert all(line in page.article.paragraphs for line in qa if line)


def test_a_sentence_after_the_text_that_announces_an_embed_is_text() -> None:
    announcing = "Twitter seemed a bit confused by the campaign:"
    page = newsclean.clean(article_page(announcing, "", "%d bloggers like this:"))
    assert page.article.paragraphs[-1] == announcing
    assert page.labels[-1] is Label.BOILERPLATE


def test_the_page_title_line_with_a_full_stop_is_not_the_title() -> None:
    # A scraper's first line repeats the headline as the page's <title>; the
    # headline over the text is the title, the first line its duplicate.
    text = "\n".join(
        [
            "Council closes the old bridge for two years.",
            "",
            *article_page().split("\n"),
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title_line == 7
    assert page.labels[0] is Label.DUPLICATE


def test_site_controls_in_a_menu_are_boilerplate() -> None:
    # Log-in and search work the site: boilerplate even as items of a menu,
    # whose links to pages (an advertisers' page among them) stay navigation.
    menu = ["  * World", "  * Sign in", "  * Search", "  * Advertising", "  * Sport"]
    got = labels("\n".join([*menu, "", *article_page().split("\n")[4:]]))
    assert got[:5] == [
        Label.NAVIGATION,
        Label.BOILERPLATE,
        Label.BOILERPLATE,
        Label.NAVIGATION,
        Label.NAVIGATION,
    ]


def test_a_comment_form_between_the_header_and_the_text_is_passed_over() -> None:
    # Buttons and a form stand between the header (headline, byline) and the
    # short text; the header still vouches for the text, which must win over a
    # longer list of other stories below it.
    chrome = ["Share", "Tweet", "Email", "Print", "Name (required)", "Email (required)"]
    chrome += ["Comment (required)", "Submit"]
    card = (
        "  {}. This story about the harbour and its new pier was shared a thousand times "
        "today by readers who live near the water."
    )
    text = "\n".join(
        [
            "Council closes the old bridge for two years",
            "By Jane Doe",
            *chrome,
            "February 24, 2020 | 9:25pm",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("Tuesday", "Monday"),
            "",
            "Advertisement",
            "Advertisement",
            "Advertisement",
            "",
            *[card.format(n) for n in range(1, 6)],
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title == "Council closes the old bridge for two years"
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday"))


def test_icons_under_follow_us_are_the_sites_accounts() -> None:
    # The TAXONOMY: a list of the site's social accounts is navigation, share
    # buttons are boilerplate; bare icons tell them apart only by their heading.
    got = labels(article_page("Follow us on:", "  * ", "  * ", "  * ", "", "Share", "  * ", "  * "))
    assert got[-8:] == [
        Label.NAVIGATION,
        Label.NAVIGATION,
        Label.NAVIGATION,
        Label.NAVIGATION,
        None,
        Label.BOILERPLATE,
        Label.BOILERPLATE,
        Label.BOILERPLATE,
    ]


def test_footer_links_to_legal_pages_are_navigation() -> None:
    footer = ["  * About us", "  * Privacy Policy", "  * Terms of Use", "  * © 2023 Acme Media"]
    assert labels(article_page(*footer))[-4:] == [
        Label.NAVIGATION,
        Label.NAVIGATION,
        Label.NAVIGATION,
        Label.BOILERPLATE,
    ]


def test_legal_links_in_a_menu_without_markers_or_with_privacy_pages_are_navigation() -> None:
    # html-text writes a footer menu as plain lines; "Your Privacy Rights" is a
    # page of the site, not a consent notice, so the list is no share bar.
    plain = ["About Us", "Feedback", "Terms Of Service", "Privacy Policy", "Ad Specs"]
    assert labels(article_page(*plain))[-5:] == [Label.NAVIGATION] * 5
    marked = ["  * Privacy Policy", "  * Your Privacy Rights", "  * Privacy Preferences"]
    assert labels(article_page("Legal", "", *marked))[-3:] == [Label.NAVIGATION] * 3


def _page_with_a_table(closing_indent: int) -> str:
    """An inscriptis-style article whose paragraphs (depth 8) a standings table cuts."""
    rows = [f"          {i} Team {chr(65 + i)} {30 - i}" for i in range(14)]
    return "\n".join(
        [
            "Home",
            "News",
            "",
            "    Council closes the old bridge for two years",
            "    By Jane Doe",
            "    7 February 2023",
            "",
            "        " + PARAGRAPH,
            "",
            "        " + PARAGRAPH.replace("Tuesday", "Monday"),
            "",
            *rows,
            "",
            " " * closing_indent
            + "After the table, the council said the bridge would reopen in spring.",
            "",
            "  Most read",
            "  * Storm hits the coast overnight",
            "  * Schools reopen after the holidays",
        ]
    )


def test_paragraphs_past_a_table_at_the_articles_depth_are_body() -> None:
    closing = "After the table, the council said the bridge would reopen in spring."
    assert closing in newsclean.clean(_page_with_a_table(8)).article.paragraphs
    # Less indented, the same sentence stands outside the article's container.
    assert closing not in newsclean.clean(_page_with_a_table(4)).article.paragraphs


def test_headline_with_summary_is_a_teaser() -> None:
    text = article_page(
        "Related",
        "",
        "Storm hits the coast overnight",
        "",
        "Thousands of homes lost power as winds of up to 120 km/h swept across the region.",
    )
    page = newsclean.clean(text)
    assert page.teasers[-1].headline == "Storm hits the coast overnight"
    assert page.teasers[-1].summary is not None
    # The headline belongs to the card, not to a list of links (TAXONOMY: "a
    # headline with a summary paragraph is a teaser").
    at = text.split("\n").index("Storm hits the coast overnight")
    assert page.labels[at] is Label.TEASER
    assert page.labels[at + 2] is Label.TEASER


def test_a_bare_headline_link_stays_navigation() -> None:
    text = article_page("Related", "", "Storm hits the coast overnight", "", "Home")
    at = text.split("\n").index("Storm hits the coast overnight")
    assert newsclean.clean(text).labels[at] is Label.NAVIGATION


def test_readers_comments_are_not_the_article() -> None:
    comment = "I think the council is wrong about this and the bridge was perfectly fine last year."
    page = newsclean.clean(
        article_page(
            "12 comments",
            "jane says:",
            comment,
            "bob says:",
            comment,
            "ann says:",
            comment,
            "tom says:",
            comment,
        )
    )
    assert comment not in page.article.text
    assert len(page.article.paragraphs) == 2


def test_a_subheading_that_quotes_someone_does_not_open_the_comments() -> None:
    # "Jane says:" heads a reader's comment; "He said, she said" or a headline
    # ending in "..., engineer says" is the story's own (no colon).
    later = [PARAGRAPH.replace("council", "committee"), "", PARAGRAPH.replace("old", "new")]
    for subheading in ("He said, she said", "Repairs were delayed, engineer says"):
        page = newsclean.clean(article_page(subheading, "", *later))
        assert page.article.paragraphs[-1] == later[-1]


def test_page_without_article_says_so() -> None:
    page = newsclean.clean("Home\nNews\nSport\nWeather\n© 2023 Example Media\nPrivacy Policy")
    assert not page.article.found
    assert page.article.text == ""
    assert Label.BODY not in page.labels


def test_reasons_explain_each_label() -> None:
    text = article_page()
    page = newsclean.clean(text)
    rows = page.explain(text.split("\n"))
    assert any("title" in row and "headline" in row for row in rows)
    assert len(rows) == sum(1 for line in text.split("\n") if line.strip())


def test_a_named_tag_line_below_the_share_bar_is_the_articles_tags() -> None:
    page = newsclean.clean(
        article_page(
            "Share", "  *", "  *", "  *", "Main image credit: Getty", "", "Tags: Bridges, Roads"
        )
    )
    assert page.article.tags == ("Bridges", "Roads")
    assert page.labels[-1] is Label.META


def test_a_list_under_a_tags_heading_is_the_articles_tags() -> None:
    page = newsclean.clean(
        article_page("Related Tags", "  * Bridges", "  * Roads", "  * Show more", "", "Most read")
    )
    assert page.article.tags == ("Bridges", "Roads")
    assert page.labels[-6:-3] == (Label.META,) * 3
    assert page.labels[-3] is not Label.META  # a button, not a tag


@pytest.mark.parametrize(
    "tail",
    [
        # Set apart by its indentation: another list of links (Drupal's).
        ("  * Blog von human", "  * Mehr lesen"),
        # A comment section's link is no tag, even in the same list.
        ("    * Add new comment",),
    ],
)
def test_links_after_the_tags_are_not_tags(tail: tuple[str, ...]) -> None:
    page = newsclean.clean(article_page("Tags:", "    * Markt", "    * Selbstbestimmung", *tail))
    assert page.article.tags == ("Markt", "Selbstbestimmung")


def test_a_site_menu_under_topics_is_not_tags() -> None:
    # "Topics" or an item "* Tags" under a story heads the site's sections.
    page = newsclean.clean(article_page("Topics", "  * World", "  * Sport", "  * Tags", "    + a"))
    assert page.article.tags == ()


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # A converter glued the tags' links together with nothing between.
        (
            "Tags: Epic GamesGameTechieNewsPsyonixRocket League",
            ("Epic Games", "Game", "Techie", "News", "Psyonix", "Rocket League"),
        ),
        ("Tags: BauteileLötenReparieren", ("Bauteile", "Löten", "Reparieren")),
        # One join is as often a name's own.
        ("Tags: PlayStation", ("PlayStation",)),
        ("Tags: MacBook Pro, Mac", ("MacBook Pro", "Mac")),
        # A line of several labels names its tags past each.
        (
            "Filed under: Literatur, Medien | Tags: iPad, Vook",
            ("Literatur", "Medien", "iPad", "Vook"),
        ),
    ],
)
def test_tags_glued_together_are_read_apart(line: str, tags: tuple[str, ...]) -> None:
    page = newsclean.clean(article_page("Share", "  *", "  *", "", line))
    assert page.article.tags == tags


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        # Blog software's entry footer, with the entry's date and author.
        (
            "This entry was posted in News and tagged bridges, roads on November 5, 2019 "
            "by admin. Bookmark the permalink.",
            ("News", "bridges", "roads"),
        ),
        (
            "Dieser Eintrag wurde veröffentlicht in Inland, Politik und getaggt mit "
            "Piraten am 11. Dezember 2012 von Mathias.",
            ("Inland", "Politik", "Piraten"),
        ),
        # A tag that names a place and a number keeps it.
        ("Tags: Party on 5th Avenue, Music", ("Party on 5th Avenue", "Music")),
    ],
)
def test_an_entry_footer_names_the_tags_not_its_date(line: str, tags: tuple[str, ...]) -> None:
    page = newsclean.clean(article_page("Share", "", line))
    assert page.article.tags == tags


def test_filed_under_names_the_tags() -> None:
    page = newsclean.clean(article_page("Filed under bridges, roads"))
    assert page.article.tags == ("bridges", "roads")


def undated_page(*after: str) -> str:
    """``article_page`` without the date under its byline."""
    return article_page(*after).replace("7 February 2023\n", "")


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("Pubblicato il: 30 Settembre 2020", datetime.date(2020, 9, 30)),
        ("Erscheinungsdatum: 07.02.2022", datetime.date(2022, 2, 7)),
        ("Posted on November 18, 2019", datetime.date(2019, 11, 18)),
    ],
)
def test_a_date_in_the_footer_under_the_text_is_the_articles(
    footer: str, published: datetime.date
) -> None:
    page = newsclean.clean(undated_page("Source: the city council", "", footer))
    assert page.labels[-1] is Label.META
    assert page.article.published == published


def test_a_posts_author_and_date_in_its_footer_are_its_byline_and_date() -> None:
    # A blog theme's footer: the categories, then "author | date time".
    footer = ["Bundesliga Fernsehgucken Filzball", "Malte Welding | 29.07.2006 um 14:26"]
    page = newsclean.clean(undated_page(*footer).replace("By Jane Doe\n", ""))
    assert page.labels[-1] is Label.META
    assert page.article.published == datetime.date(2006, 7, 29)
    assert page.article.byline == "Malte Welding"


def test_an_author_and_date_under_a_cards_headline_are_the_cards() -> None:
    card = [
        "Next story",
        "",
        "Mayor opens the new library in the old town hall",
        "Julia Stephan 18.10.2019, 20:00 Uhr",
    ]
    page = newsclean.clean(undated_page(*card).replace("By Jane Doe\n", ""))
    assert page.article.published is None
    assert page.article.byline is None


def test_a_list_of_posts_under_the_text_gives_no_date_of_the_article() -> None:
    posts = ["More posts", "  * Posted on November 18, 2019", "  * Posted on November 11, 2019"]
    page = newsclean.clean(undated_page(*posts))
    assert page.article.published is None


def test_the_date_beside_the_tags_of_a_blog_post_is_its_date() -> None:
    share = ["Teilen Sie dies mit:", "  * Twitter", "  * Facebook", "", "Gefällt mir:"]
    related = ["", "Ähnliche Beiträge", ""]
    footer = ["Veröffentlicht: 22. August 2012", "Abgelegt unter: Archiv, Feminismus"]
    page = newsclean.clean(undated_page(*share, *related, *footer))
    assert page.labels[-2:] == (Label.META, Label.META)
    assert page.article.published == datetime.date(2012, 8, 22)
    assert page.article.tags == ("Archiv", "Feminismus")


def test_a_dated_list_above_the_title_does_not_date_the_article() -> None:
    events = ["Neueste Beiträge", "  * 20.02.2020 20:00 Stammtisch", "  * 13.02.2020 Vorstand"]
    page = newsclean.clean("\n".join([*events, "", article_page()]))
    assert page.article.published == datetime.date(2023, 2, 7)
    assert page.labels[1] is Label.NAVIGATION
    # The page header's date, not an item of a list, is still the header's.
    page = newsclean.clean("\n".join(["Monday, 6 February 2023", "", article_page()]))
    assert page.labels[0] is Label.META


def test_a_date_after_a_list_of_tags_is_not_the_articles() -> None:
    # Under a list of tags, a dated line may be the next card's date.
    page = newsclean.clean(
        undated_page("Related Tags", "  * Bridges", "  * Roads", "", "March 7, 2021", "")
    )
    assert page.article.tags == ("Bridges", "Roads")
    assert page.labels[-2] is not Label.META
    assert page.article.published is None


def test_buttons_between_the_title_and_the_text_are_not_its_meta() -> None:
    headline = "Council closes the old bridge for two years"
    lines = ["  * Home", "  * News", "", headline, "By Jane Doe", "Enlarge Image"]
    lines += ["Most Popular Today", "Getty Images", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[4:8] == (Label.META, Label.BOILERPLATE, Label.NAVIGATION, Label.META)


def test_related_topics_glued_to_their_links_are_tags() -> None:
    page = newsclean.clean(article_page("Related Topics Epic GamesRocket League"))
    assert page.labels[-1] is Label.META


def test_a_tag_line_inside_the_text_is_meta() -> None:
    page = newsclean.clean(article_page("Tags: Bridges, Roads", "", PARAGRAPH * 2))
    assert page.article.tags == ("Bridges", "Roads")
    assert "Tags: Bridges, Roads" not in page.article.text


def test_tags_may_follow_the_word_without_a_colon() -> None:
    page = newsclean.clean(article_page("Tags bridges , roads"))
    assert page.article.tags == ("bridges", "roads")
    # A sentence that starts with the word is not a tag line.
    page = newsclean.clean(article_page("Tags are what the council uses to sort its files."))
    assert page.article.tags == ()


def test_an_authors_bio_closing_the_text_is_meta() -> None:
    bio = "Jane Doe (jane@example.com) is a senior staff writer at the Daily Example."
    page = newsclean.clean(article_page(bio))
    assert page.labels[-1] is Label.META
    assert bio not in page.article.text
    assert len(page.article.paragraphs) == 2


def test_what_follows_the_authors_bio_is_not_the_article() -> None:
    bio = "Jane Doe (jane@example.com) is a senior staff writer at the Daily Example."
    note = "Note: we are moderating all comments submitted this week, so please bear with us."
    page = newsclean.clean(article_page(bio, "", note))
    assert page.labels[-3] is Label.META
    assert page.labels[-1] is Label.BOILERPLATE
    assert len(page.article.paragraphs) == 2


def test_a_small_fact_box_running_into_the_text_is_body() -> None:
    closing = PARAGRAPH.replace("council", "committee")
    after = [closing, "", closing.replace("Tuesday", "Friday"), "", closing.replace("old", "new")]

    def page_with(block: str) -> newsclean.Page:
        return newsclean.clean(article_page(block, "", *after))

    box = page_with("Pullover: H&M\nJacket: Bershka\nSkirt: Zara")
    assert {"Pullover: H&M", "Jacket: Bershka", "Skirt: Zara"} <= set(box.article.paragraphs)
    # A long block of short lines above a paragraph is a menu, not a fact box.
    menu = page_with("\n".join(f"Section number {n}" for n in range(9)))
    assert "Section number 0" not in menu.article.paragraphs
    assert closing in menu.article.paragraphs


def test_a_reporters_credit_inside_the_text_is_meta() -> None:
    credit = "Keith Bradsher contributed reporting from Hong Kong."
    bio = "Jane Doe is a staff writer at the Daily Example, based in the city."
    page = newsclean.clean(article_page(credit, "", bio, "", "Thanks for watching! Visit Website"))
    assert credit not in page.article.text
    assert page.labels[-5] is Label.META


def test_a_list_above_the_storys_closing_credit_is_the_storys() -> None:
    dates = [f"June {day} - Tampa, FL @ Amphitheatre" for day in range(9, 19)]
    credit = "Additional reporting by Joseph Hudak"
    page = newsclean.clean(article_page("The Tour Dates", "", *dates, "", credit))
    assert {"The Tour Dates", *dates} <= set(page.article.paragraphs)
    assert page.labels[-1] is Label.META
    # Without the credit, the list after the text is not the story's.
    assert dates[0] not in newsclean.clean(article_page("The Tour Dates", "", *dates)).article.text


def test_a_list_the_text_introduces_is_the_articles() -> None:
    after = [PARAGRAPH.replace("council", "committee"), "", PARAGRAPH.replace("old", "new")]
    steps = ["  * close the bridge to cars", "  * repair the old pillars", "  * open it again"]
    page = newsclean.clean(article_page("The plan has three steps:", "", *steps, "", *after))
    assert {"The plan has three steps:", "close the bridge to cars", "open it again"} <= set(
        page.article.paragraphs
    )
    # Headlines capitalised as headlines, after a paragraph, are a list of links.
    links = ["  * Storm Hits The Coast Overnight", "  * Schools Reopen After The Holidays"]
    page = newsclean.clean(article_page(*links, "", *after))
    assert "Storm Hits The Coast Overnight" not in page.article.paragraphs


def test_a_list_without_markers_between_sentences_is_the_articles() -> None:
    # html-text keeps no list markers: the same list as three plain lines.
    after = [PARAGRAPH.replace("council", "committee"), "", PARAGRAPH.replace("old", "new")]
    steps = [
        "close the bridge to cars",
        "take down the old railings",
        "repair the pillars and the road",
        "paint the steel",
        "test the new deck",
        "open it again",
    ]
    page = newsclean.clean(article_page(*steps, "", *after))
    assert set(steps) <= set(page.article.paragraphs)


def test_an_about_the_author_box_is_meta() -> None:
    box = ["About the author", "", "Jane Doe", "", "Senior editor at the Daily Example.", ""]
    page = newsclean.clean(article_page(*box, "Email Twitter"))
    assert [label for label in page.labels[-7:] if label] == [Label.META] * 3 + [Label.BOILERPLATE]
    assert len(page.article.paragraphs) == 2


@pytest.mark.parametrize("heading", ["About the author", "Autor", "incurvy Autorin"])
def test_a_label_over_the_authors_bio_is_meta(heading: str) -> None:
    bio = "Ich bin Eleonore, ich schreibe hier über Mode, Styling und das Leben in der Stadt."
    page = newsclean.clean(article_page(PARAGRAPH.replace("old", "new"), "", heading, "", bio))
    assert bio not in page.article.text
    assert page.labels[-3:] == (Label.META, None, Label.META)


def test_an_author_box_far_from_the_regions_end_is_meta() -> None:
    # More text follows the box (a paywalled page shows the next story's
    # start): "Autoreninfo" says what the box is wherever it stands.
    bio = "Jane Doe leitet das Ressort Stadt bei der Zeitung. Sie studierte in Wien und Paris."
    more = [PARAGRAPH.replace("old", f"{n} old") for n in range(8)]
    page = newsclean.clean(article_page("Autoreninfo", "", bio, "", "\n\n".join(more)))
    assert page.labels[12] is Label.META
    assert page.labels[14] is Label.META
    assert bio not in page.article.paragraphs


def test_a_paragraph_about_a_reporter_inside_the_text_stays_body() -> None:
    story = "John Smith is a reporter who was held for two days, his editor said on Monday."
    text = article_page().replace(PARAGRAPH + "\n", PARAGRAPH + "\n\n" + story + "\n", 1)
    page = newsclean.clean(text)
    assert story in page.article.paragraphs


def test_a_footer_of_disclaimers_does_not_outweigh_a_short_article() -> None:
    # A meal plan's article: two paragraphs, then the plan in short lines; the
    # site's footer holds longer paragraphs, but they are its disclaimers.
    article = [
        "Meal Prep for the Busy Week",
        "By Jane Doe",
        "",
        "If you have followed the plan for a month, you have seen how much easier the week "
        "becomes when the meals are ready before it starts.",
        "",
        "This plan works for both programmes, so there is no need to work out the portions "
        "again: here is what to cook on Sunday.",
        "",
        *[f"Meal {n}\n\nEat every 2-3 hours\n\nPortion: 1 Green, 1 Red\n" for n in (1, 2, 3)],
    ]
    footer = [
        "These statements have not been evaluated by the Food and Drug Administration. These "
        "products are not intended to diagnose, treat, cure, or prevent any disease, and the "
        "results of any programme depend on where you start.",
        "",
        "The information on this site is for informational purposes only and does not take "
        "the place of the advice of your doctor, who knows your health and your history "
        "better than any page you read.",
        "",
        "Acme, the Acme logo, Acme Fit and Acme Plan are registered trademarks of Acme Inc. "
        "Apple and the App Store are trademarks of Apple Inc., and all other names are those "
        "of their owners.",
        "",
        "© 2023 Acme Inc. All rights reserved.",
    ]
    page = newsclean.clean("\n".join([*article, "", *footer]))
    assert page.article.paragraphs[0].startswith("If you have followed the plan")
    assert "Food and Drug Administration" not in page.article.text


def test_a_caption_without_a_credit_inside_the_text_is_meta() -> None:
    caption = "The mayor, left, and the engineer walk over the old bridge on Monday."
    text = article_page(caption, "", PARAGRAPH.replace("council", "city"))
    page = newsclean.clean(text)
    index = text.split("\n").index(caption)
    assert page.labels[index] is Label.META
    assert caption not in page.article.text
    assert len(page.article.paragraphs) == 3


@pytest.mark.parametrize(
    ("opening", "paragraph"),
    [
        ("T he council", "The council"),
        ("W hile the council", "While the council"),
        ("H ong Kong's council", "H ong Kong's council"),  # no function word: left as it is
        ("A long council", "A long council"),  # "A" is a word: not "Along"
        ("A dam council", "A dam council"),  # "A dam" or "Adam"? Left as it is.
    ],
)
def test_a_drop_cap_set_apart_from_its_word_rejoins_it(opening: str, paragraph: str) -> None:
    text = PARAGRAPH.replace("The council", opening)
    page = newsclean.clean(article_page(text))
    assert page.article.paragraphs[-1] == text.replace(opening, paragraph)


@pytest.mark.parametrize("number", ["1.", "1)"])
def test_a_numbered_paragraph_keeps_its_number_as_written(number: str) -> None:
    text = f"{number} The city will close the old bridge for two years of repairs."
    page = newsclean.clean(article_page("", text))
    assert page.article.paragraphs[-1] == text


def test_a_language_given_is_read_instead_of_the_guess() -> None:
    # An English page quoting a German paragraph: "D ie" is a word only in German.
    text = "D ie Stadt hat am Dienstag beschlossen, die alte Brücke für zwei Jahre zu schließen."
    guessed = newsclean.clean(article_page(text))
    assert guessed.language == "english"
    assert guessed.article.paragraphs[-1] == text
    given = newsclean.clean(article_page(text), config=newsclean.Config(language="de"))
    assert given.language == "german"
    assert given.article.paragraphs[-1] == text.replace("D ie", "Die")
    assert (guessed.language_code, given.language_code) == ("en", "de")
    assert given.to_dict()["language_code"] == "de"
    assert newsclean.clean("Home\n\nNews").language_code is None


def test_every_stopword_list_has_its_iso_639_1_code() -> None:
    from newsclean.language import ISO_639_1, LANGUAGES, list_named

    assert sorted(ISO_639_1) == sorted(LANGUAGES)
    for language, code in ISO_639_1.items():
        assert len(code) == 2
        assert list_named(code) == language


def test_a_drop_cap_stays_apart_when_the_pages_language_is_unknown() -> None:
    text = "W hile 東京 大阪 名古屋 京都 福岡 札幌 神戸 横浜 川崎 広島 仙台 千葉 新潟 浜松."
    page = newsclean.clean(text)
    assert page.language is None
    assert page.article.paragraphs == (text,)


def test_a_table_announced_past_a_caption_after_the_text_is_the_texts() -> None:
    rows = [f"{n} Driver Number{n} {5040 - n * 7} {n % 3} {n % 2} {17 - n}" for n in range(1, 13)]
    text = article_page(
        "Kyle Busch",
        "",
        "The final standings of the series after all of its 36 races:",
        "",
        "Pos. Driver Points Wins Poles Top 5",
        *rows,
        "",
        "© 2023 Example Media",
    )
    page = newsclean.clean(text)
    lines = text.split("\n")
    assert page.labels[lines.index(rows[0])] is Label.BODY
    assert page.labels[lines.index(rows[-1])] is Label.BODY
    # Two words with a colon there head the page's own list, not the text's.
    text = article_page("Kyle Busch", "", "Zum Weiterlesen:", "", *rows[:4])
    assert newsclean.clean(text).labels[-1] is not Label.BODY


def test_a_post_embedded_in_the_text_is_quoted_text() -> None:
    post = ["we're. on. it. https://t.co/abc", "", "— Jane Roe (@janeroe) November 18, 2019"]
    text = article_page(*post, "", PARAGRAPH.replace("old", "new"), "", *post)
    page = newsclean.clean(text)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line in post and line:
            assert page.labels[number] is Label.BODY, line
    # The post's date is not the article's.
    assert page.article.published == datetime.date(2023, 2, 7)


def test_an_author_line_is_a_posts_only_with_a_handle_and_a_year() -> None:
    text = article_page("— Jane Roe, November 18, 2019")
    assert newsclean.clean(text).labels[-1] is not Label.BODY


def test_an_updated_line_that_reads_like_a_sentence_in_the_text_is_meta() -> None:
    text = article_page("Updated at 1:23 p.m. on Tuesday.", "", PARAGRAPH.replace("old", "new"))
    assert newsclean.clean(text).labels[-3] is Label.META


def test_the_line_above_a_photos_copyright_is_its_caption() -> None:
    caption = "The old bridge seen from the river bank, where the works will start in May."
    text = article_page(caption, "Foto © Peter Steiger", "", PARAGRAPH.replace("old", "new"))
    page = newsclean.clean(text)
    assert page.labels[-4] is Label.META and page.labels[-3] is Label.META
    assert caption not in page.article.text
    # The site's own copyright line under the text is no photo's credit.
    text = article_page(caption, "© 2023 Example Media", "", PARAGRAPH.replace("old", "new"))
    assert caption in newsclean.clean(text).article.paragraphs


def test_the_line_under_a_gallerys_counter_is_a_caption() -> None:
    caption = "The mayor speaks with residents near the old bridge on Tuesday in the city."
    text = article_page("Image 2 of 5", "", caption, "", PARAGRAPH.replace("old", "new"))
    page = newsclean.clean(text)
    assert caption not in page.article.text
    assert page.labels[text.split("\n").index(caption)] is Label.META


def test_a_long_headline_without_a_full_stop_is_the_title() -> None:
    headline = (
        "‘He died in my hands’: three demonstrators killed in clashes with the police "
        "and soldiers in the outskirts of the capital"
    )
    text = "\n".join(
        [
            "Home",
            "World",
            "News",
            "",
            headline,
            "",
            "20 Nov, 2019 05:47",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("old", "new"),
        ]
    )
    assert newsclean.clean(text).article.title == headline


def test_a_date_after_the_days_name_opens_the_headers_meta_line() -> None:
    text = "\n".join(
        [
            "Home",
            "World",
            "News",
            "",
            "The council's view on the bridge: a city on the brink",
            "",
            "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("old", "new"),
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title == "The council's view on the bridge: a city on the brink"
    assert page.article.published == datetime.date(2019, 11, 18)
    # A sentence that opens with a word and a date is not the header's.
    assert not shapes_is_meta("Since 18 Nov 2019 the council has met every week to plan the works")
    assert shapes_is_meta(
        "segunda-feira, 22 de janeiro de 2018 às 0:13 por Adauto Silva, com informações da equipe"
    )


def shapes_is_meta(text: str) -> bool:
    from newsclean.config import Config
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.shapes import is_meta

    (feature,) = measure(split_lines(text), Config()).lines
    return is_meta(feature)


def test_a_list_under_a_subheading_with_text_after_it_is_the_texts() -> None:
    items = ["  * Project management", "  * Grant applications", "  * Workshops with schools"]
    text = article_page("Your tasks", *items, "", PARAGRAPH.replace("old", "new"))
    page = newsclean.clean(text)
    lines = text.split("\n")
    assert page.labels[lines.index("Your tasks")] is Label.BODY
    assert all(page.labels[lines.index(item)] is Label.BODY for item in items)
    # Under a list heading, or with no text after it, such a list is links.
    text = article_page("Related", *items, "", PARAGRAPH.replace("old", "new"))
    assert newsclean.clean(text).labels[text.split("\n").index(items[0])] is not Label.BODY
    text = article_page("Your tasks", *items)
    assert newsclean.clean(text).labels[-1] is not Label.BODY


def test_a_name_right_under_a_caption_is_its_credit() -> None:
    caption = "This satellite image shows fires detected near the city on Nov. 3, 2019."
    text = article_page(caption, "NASA Worldview", "", PARAGRAPH.replace("old", "new"))
    page = newsclean.clean(text)
    assert page.labels[text.split("\n").index("NASA Worldview")] is Label.META
    assert "NASA Worldview" not in page.article.paragraphs


def test_headlines_cut_short_with_two_dots_are_links_not_text() -> None:
    # Portals cut a headline to fit its box with two dots ("..."'s shorter
    # cousin): a list of such lines under the text is other stories, not sentences.
    page = newsclean.clean(
        article_page(
            "  * Storm hits the coast overnight as thousands lose power in the..",
            "  * Schools reopen after the holidays, but teachers say the new..",
            "  * Prices rise again in January while wages stay flat for a..",
        )
    )
    assert page.labels[12:15] == (Label.NAVIGATION,) * 3
    assert len(page.article.paragraphs) == 2


def test_follow_us_at_the_end_of_the_text_is_a_call_to_act() -> None:
    page = newsclean.clean(
        article_page(
            "Email Jane Doe at jdoe@example.com or follow her @janedoe. "
            "Follow us on Twitter @example and on Facebook.",
        )
    )
    assert page.labels[12] is Label.BOILERPLATE
    assert len(page.article.paragraphs) == 2


GRID = [
    "RECENT ARTICLES",
    "AUTO NEWS",
    "Small hatch is a monster with 300 horsepower",
    "The most powerful hot hatch from the plant has a huge rear wing",
    "Marcus Reyes",
    "AUTO NEWS",
    "New seven-seater aims to challenge the market leaders",
    "The latest family car from the maker measures under four meters long",
    "Anna Cruz",
    "AUTO NEWS",
    "Electric crossover makes the segment look good",
    "The second electric vehicle of the brand officially debuts at the show",
    "Marcus Reyes",
]


def test_a_grid_of_cards_without_full_stops_is_teasers() -> None:
    # Headline, summary, author, under a section kicker, three times over: the
    # summaries carry no full stop, yet each card is a teaser, not a menu.
    page = newsclean.clean(article_page(*GRID))
    grid = page.labels[12:]
    assert grid[0] is Label.NAVIGATION  # the list's heading
    assert grid[1:] == (Label.TEASER,) * 12
    assert [(t.kicker, t.headline, t.summary) for t in page.teasers] == [
        ("AUTO NEWS", GRID[2], GRID[3]),
        ("AUTO NEWS", GRID[6], GRID[7]),
        ("AUTO NEWS", GRID[10], GRID[11]),
    ]
    assert page.teasers[1].lines == (18, 19, 20, 21)


def test_a_summary_two_cards_share_is_no_repeated_headline() -> None:
    # A site may give two cards the same summary: it is each card's summary
    # (teaser), not a headline shown again (TAXONOMY: duplicate repeats a headline).
    summary = "Thousands of homes lost power as winds of up to 120 km/h swept across the region."
    cards = ["Related", "", "Storm hits the coast overnight", "", summary, ""]
    cards += ["Ferry service resumes after the storm", "", summary]
    page = newsclean.clean(article_page(*cards))
    assert page.labels[-1] is Label.TEASER
    assert [t.summary for t in page.teasers[-2:]] == [summary, summary]
    assert not any(summary == d.text for d in page.duplicates)


def test_a_menu_of_capitalised_items_is_not_a_grid_of_cards() -> None:
    # Each third item reads like a name, but no name signs two cards.
    menu = [
        "Programmes",
        "Rush of love and other stories of the season",
        "The paradise that was my hell for many long years",
        "Planet America",
        "The affair of the doctor and the clinic",
        "Saturdays at half past three in the old stadium",
        "Leben Reloaded",
    ]
    page = newsclean.clean(article_page(*menu))
    assert Label.TEASER not in page.labels


def test_a_teaser_does_not_borrow_a_line_of_another_part() -> None:
    # The summary's headline ("About me") is boilerplate, not a repeated
    # headline: the teaser keeps to its own line.
    page = newsclean.clean(
        article_page(
            "Share this article",
            "",
            "About me",
            "",
            "Hi there! I am Regan, and I write here about food and family life.",
        )
    )
    assert page.labels[14] is not Label.TEASER
    assert [teaser.lines for teaser in page.teasers] == [(17,)]


def test_a_list_the_text_announces_survives_a_blank_line_between_all_lines() -> None:
    # Spaced like the paragraphs, the dates would be a run of links after the text.
    shown = [
        *[line for line in article_page().split("\n") if line],
        "The band will play these dates next summer:",
        "June 10 -- Amphitheatre, Tampa, FL",
        "June 14 -- Bank Amphitheatre, Alpharetta, GA",
        "June 17 -- Bridgestone Arena, Nashville, TN",
        "June 19 -- Music Pavilion, Charlotte, NC",
        "Most read",
        "Storm hits the coast overnight",
        "Schools reopen after the holidays",
        "Prices rise again in January",
        "Trains cancelled after the storm",
        "Share this article",
        "© 2023 Example Media",
        "Privacy policy",
        "Terms of use",
        "Contact us",
    ]
    tight = newsclean.clean("\n".join(shown))
    spaced = newsclean.clean("\n\n".join(shown))
    assert tight.labels[8:13] == (Label.BODY,) * 5
    assert spaced.labels[::2] == tight.labels
    assert spaced.article.text == tight.article.text


def test_a_section_kicker_right_above_the_title_is_meta() -> None:
    page = newsclean.clean(
        article_page().replace("Sport\n\nCouncil closes", "Sport\n\n  WORLD\nCouncil closes")
    )
    assert page.article.title == "Council closes the old bridge for two years"
    assert page.labels[4] is Label.META
    assert page.reasons[4].rule.startswith("the article's section kicker")
    assert page.article.kicker == "WORLD"
    assert '\nkicker: "WORLD"\n' in page.article.to_markdown()
    # The last item of a menu right above the title stays the menu's.
    page = newsclean.clean(article_page().replace("Sport\n\n", "Sport\nWorld\n"))
    assert page.labels[3] is Label.NAVIGATION
    assert page.article.kicker is None


def test_a_breadcrumb_right_above_the_title_is_not_a_kicker() -> None:
    page = newsclean.clean(
        article_page().replace("Sport\n\nCouncil closes", "Sport\n\n  News > UK\nCouncil closes")
    )
    assert page.labels[4] is not Label.META


def test_a_copyright_line_written_with_c_in_brackets_is_boilerplate() -> None:
    page = newsclean.clean(
        article_page("Privacy Policy", "Terms of Use", "(C) 2023 Example Media", "Contact")
    )
    assert page.labels[12] is Label.NAVIGATION  # a legal page's link
    assert page.labels[14] is Label.BOILERPLATE


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "Tess Bonn"),
        ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Louis Jacobson"),
        ("Von Moritz Bachmann publiziert am 25. September 2018", "Moritz Bachmann"),
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "Mike Wall"),
        ("By Jane Doe", "Jane Doe"),
        # A role with a colon is no part of the name.
        ("Autor: Ana Silva", "Ana Silva"),
        ("Kolumnist*in: Evan Tepest", "Evan Tepest"),
        ("By Meg James Staff Writer", "Meg James"),
        ("von: Rasender Reporter", "Rasender Reporter"),
        ("Verfasst von: Jane Doe", "Jane Doe"),
        # ... nor the outlet, the role or the account past a separator.
        ("By Bill Hoppe | Special to the Pioneer Press", "Bill Hoppe"),
        ("By Tim Childers - Live Science Contributor", "Tim Childers"),
        ("By Chris Pokorny @DawgsByNature", "Chris Pokorny"),
        ("By Megan Rowe meganr@spokesman.com(509) 459-5382", "Megan Rowe"),
        ("By Jean-Paul Dupont", "Jean-Paul Dupont"),
        # ... nor a date's or a count's label after them, glued on or not.
        ("Author: Gàbor Muniér , Datum: 03.Mär.19", "Gàbor Muniér"),
        ("By India Post News Weekly 0 Comments", "India Post News Weekly"),
        ("Author:The Water CoolestPublish date", "The Water Coolest"),
        # ... or an outlet in capitals glued to the name; a name's own inner
        # capital stays.
        ("By Jonathan GarberFOXBusiness", "Jonathan Garber"),
        ("By Sarah FitzGerald and Ian McDonald", "Sarah FitzGerald and Ian McDonald"),
        ("Bruce Y. Lee Senior Contributor", "Bruce Y. Lee"),
        # No date: the line is all names, "On Sunday" included.
        ("By Glen Owen For The Mail On Sunday", "Glen Owen For The Mail On Sunday"),
    ],
)
def test_the_byline_is_the_names_without_the_date(line: str, byline: str) -> None:
    page = newsclean.clean(article_page().replace("By Jane Doe\n7 February 2023", line))
    assert page.article.byline == byline


def test_lines_decided_alike_share_one_decision() -> None:
    from newsclean.shapes import Decision, Why, shared

    pool: dict[Why, Decision] = {}
    first = shared((Label.NAVIGATION, Why("item of a link list", (("items", 3),))), pool)
    again = shared((Label.NAVIGATION, Why("item of a link list", (("items", 3),))), pool)
    other = shared((Label.NAVIGATION, Why("item of a link list", (("items", 4),))), pool)
    relabelled = shared((Label.BOILERPLATE, Why("item of a link list", (("items", 3),))), pool)
    assert again is first and other is not first
    assert relabelled[0] is Label.BOILERPLATE  # an equal reason under another label is its own
    page = newsclean.clean("\n".join(f"  * Section {k}" for k in range(50)))
    assert len({id(reason) for reason in page.reasons}) == 1


def test_a_line_of_invisible_characters_is_never_a_paragraph() -> None:
    # A byte-order mark alone on a line above an embedded post's author line
    # (found by tests/fuzz.py): it has no text, so it is no text of the post.
    text = article_page("", "meth.", "\ufeff", "— Jane Doe (@janedoe) November 18, 2019")
    page = newsclean.clean(text)
    assert page.labels[text.split("\n").index("\ufeff")] is not Label.BODY
    assert all(paragraph.strip() for paragraph in page.article.paragraphs)


def test_the_page_title_with_the_sites_name_above_the_menu_is_not_the_title() -> None:
    # html-text dumps open with the page's <title> ("... | WIRED"); the
    # headline over the text is the title, without the site's name, when a
    # menu stands between the two showings.
    headline = "Council closes the old bridge for two years"
    lines = [f"{headline} | WIRED", "", "Home", "News", "Sport", "Weather", ""]
    lines += [headline, "By Jane Doe", "7 February 2023", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[0] is Label.DUPLICATE


def test_a_sticky_headers_copy_of_the_headline_above_a_list_is_not_the_title() -> None:
    # A copy of the headline in the page's sticky header, then a share bar and
    # an editors' list, then the headline over its byline and the text.
    headline = "Zach Parise scores twice as the Wild beat the Sabres"
    lines = ["  * Home", "  * Sports", "", headline, "", "Share this:"]
    lines += ["  * Click to share on Facebook (Opens in new window)"]
    lines += ["  * Click to email this to a friend (Opens in new window)", ""]
    lines += ["OUR PICKS:", "  * Dangerous toys warning", "  * Thanksgiving veggies"]
    lines += ["  * Property taxes rising", "", headline, "", "Share this:"]
    lines += ["  * Click to share on Facebook (Opens in new window)"]
    lines += ["  * Click to email this to a friend (Opens in new window)", ""]
    lines += ["By Bill Hoppe", "November 19, 2019 at 8:59 pm", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title_line == 15
    assert page.labels[3] is Label.DUPLICATE
    assert page.labels[6] is Label.BOILERPLATE  # a share button, not a headline shown twice


def test_a_list_between_the_title_and_the_text_gives_no_standfirst() -> None:
    # The items of a "Most Popular" list under the byline read like sentences;
    # they are the list's headlines, not the article's standfirst.
    lines = ["  * Home", "  * News", "", "Council closes the old bridge for two years"]
    lines += ["By Jane Doe", "", "Most Popular", ""]
    lines += [
        "1. Police chief sought state funding for a gunshot system, but the mayor is unswayed"
    ]
    lines += ["2. The county fair will be free to attend starting next summer"]
    lines += ["3. Property taxes are on the rise. These maps show where and how much."]
    lines += ["4. Skimming device found at a petrol station", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == "Council closes the old bridge for two years"
    assert page.labels[8:12] == (Label.NAVIGATION,) * 4
    assert "Property taxes" not in page.article.text


def test_the_headline_over_a_byline_split_over_two_lines_is_the_title() -> None:
    headline = "The Doobie Brothers unite with Michael McDonald for a tour"
    lines = ["  * Music", "  * Movies", "", "Home Music Music News", "November 19, 2019"]
    lines += ["", headline, "", "By", "Ryan Reed", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.article.byline == "Ryan Reed"
    # "Article by" over the name names no one itself (it was the byline).
    written = newsclean.clean("\n".join(lines).replace("\nBy\n", "\nArticle by\n"))
    assert written.article.title == headline
    assert written.article.byline == "Ryan Reed"


def test_a_breadcrumb_joined_to_the_headline_is_not_the_title() -> None:
    # html-text writes the trail and the headline on one line, then the
    # headline alone: the title is the headline without the trail.
    headline = "Chelsea activate the release clause to sign their new keeper"
    lines = ["  * Home", "  * Sport", "", f"Home SPORT NEWS {headline}", "", headline]
    lines += ["LinkNaija August 08, 2018", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_the_headline_under_a_breadcrumb_that_ends_in_it_is_the_title() -> None:
    # The trail's last item is the headline again: the title is the one right
    # above the text (TAXONOMY), the trail's copy a duplicate.
    headline = "Beijing tariff demands may expand the trade deal"
    lines = ["  * Home", "  * Business", f"  * {headline}", "", headline, "", PARAGRAPH]
    page = newsclean.clean("\n".join([*lines, "", PARAGRAPH * 2]))
    assert page.article.title == headline
    assert page.labels[4] is Label.TITLE
    assert page.labels[2] is Label.DUPLICATE


def test_a_long_breadcrumb_that_ends_in_the_headline_names_the_title() -> None:
    # However many items (separators are items too), a trail whose last item
    # the headline repeats right under it says which line is the headline.
    headline = "Heute schon an morgen denken"
    trail = ["  * Startseite", "  * >", "  * Community", "  * >", "  * Kultur", "  * >"]
    standfirst = "Die Kultur kommt aus der Zwangspause. Notwendig sind klare Regeln für alle."
    # (A blog's notice right above the text competes: a headline-long line.)
    notice = "Bei diesem Beitrag handelt es sich um ein Blog aus der Community"
    lines = [*trail, f"  * {headline}", "", headline, "", standfirst, "Von Benjamin Hoff", ""]
    lines += [notice, "", "Foto: Sean Gallup/Getty Images", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_a_short_headline_a_breadcrumb_ends_in_is_the_title() -> None:
    # Repeats are grouped from five words on; a trail's last item that is the
    # headline of three right under it names the title all the same (it was
    # read as a card with the standfirst for its summary, seven lines above
    # the text).
    headline = "Interabled Sex Education"
    trail = ["1. Home", "2. ", "3. Kolumnen", "4. ", "5. Evan Tepest", "6. ", f"7. {headline}"]
    standfirst = "Evan Tepest und Selma Kay Matter beschreiben, wie Dating zwischen Menschen geht."
    header = ["Kolumnist*in: Evan Tepest", "", "Fotos: Bär Kittelmann", "", "30.10.2023"]
    photo = ["Triple Water von Evan Tepest und Selma Kay Matter", "", "Aron und Gianni", "© Bär"]
    lines = [*trail, "", headline, "", standfirst, "", *header, "", *photo, "", PARAGRAPH]
    page = newsclean.clean("\n".join([*lines, "", PARAGRAPH * 2]))
    assert page.article.title == headline
    # A trail may end in the section's name, shown again over the story's
    # date: a word or two, no title.
    section = ["  * Home", "  * Editors Pick", "", "Editors Pick", "Posted on April 22, 2022"]
    story = ["Schools safe amidst surge", "", "Article by", "Barry Alleyne", "", "Social Share"]
    caption = "The Chief Education Officer at the school. (Picture by Jameel Springer)"
    lines = [*section, "", *story, "", caption, "", PARAGRAPH, "", PARAGRAPH * 2]
    assert newsclean.clean("\n".join(lines)).article.title != "Editors Pick"


@pytest.mark.parametrize("mark", ["»", ">", "›"])
def test_the_headline_a_breadcrumb_on_one_line_ends_in_is_the_title(mark: str) -> None:
    # "Home » Entertainment » <headline>" on one line names the headline right
    # above the text, which has no byline or date to show for it.
    headline = "Musik und Sport: So steigern Songs deine Leistung"
    trail = f" {mark} ".join(["Home", "Entertainment", headline])
    lines = ["  * Home", "  * Ratgeber", "  * Entertainment", "", trail, "", "Audio-Ratgeber"]
    lines += ["", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_a_headline_under_a_sections_name_right_above_the_text_is_the_title() -> None:
    # No byline, no date: a headline's length, right above the text, under a
    # line of a few words (the section's name) is where a headline stands.
    headline = "Three Cases of Plague Diagnosed in China"
    lines = ["Smithsonian.com", "", "Contact Privacy Cookie Policy Terms of Use", ""]
    lines += ["Smart News Keeping you current", "", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


@pytest.mark.parametrize(
    "above",
    [
        # The headline glued to its date, over its deck.
        "Council closes the old bridge for two years 기사입력 :[ 2018-08-25 15:24 ]",
        # A line of a table, or of a blog's sidebar, over another.
        "Blog posts from the mayor's office on the old bridge and its ferry in 2018",
    ],
)
def test_a_headline_long_line_under_a_long_line_needs_more_to_be_the_title(above: str) -> None:
    deck = "Why the mayor wants the ferry to run all night long"
    lines = ["  * Home", "  * News", "", above, "", deck, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title is None


def test_a_players_note_where_a_video_would_be_is_not_the_title() -> None:
    note = "Media playback is unsupported on your device"
    lines = ["  * Home", "  * News", "", "Close share panel", "", note, "", note, ""]
    page = newsclean.clean("\n".join([*lines, PARAGRAPH, "", PARAGRAPH * 2]))
    assert page.article.title != note
    assert page.labels[5] is Label.BOILERPLATE


def test_the_authors_account_under_the_byline_is_meta() -> None:
    lines = ["  * Home", "  * News", "", "Council closes the old bridge for two years"]
    lines += ["by Bryan DeArdo", "@BryanDeArdo", "Nov 18, 2019 at 9:24 pm ET", "", PARAGRAPH]
    page = newsclean.clean("\n".join([*lines, "", PARAGRAPH * 2]))
    assert page.labels[4:7] == (Label.META,) * 3
    assert page.article.byline == "Bryan DeArdo"


def test_a_call_to_subscribe_is_not_the_title() -> None:
    lines = ["  * Home", "  * News", "", "Save 84% off the newsstand price!", "By Jane Doe", ""]
    lines += [PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title is None
    assert page.article.byline == "Jane Doe"


def test_a_wire_byline_is_meta_and_names_the_writer() -> None:
    headline = "7 key questions heading into the Democratic debate"
    lines = ["  * Home", "  * Politics", "", headline]
    lines += ["Steve Peoples, AP National Political Writer", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[4] is Label.META
    assert page.article.byline == "Steve Peoples"


def test_a_name_with_its_handle_under_the_title_is_the_byline() -> None:
    headline = "Emirates inks order for 30 Boeing jets"
    lines = ["  * Home", "  * Markets", "", headline, "Natasha Turak@NatashaTurak", ""]
    page = newsclean.clean("\n".join([*lines, PARAGRAPH, "", PARAGRAPH * 2]))
    assert page.labels[4] is Label.META
    assert page.article.byline == "Natasha Turak"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Posted on March 30, 2015 by Admin", "Admin"),
        ("01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker", "Jona Göbelbecker"),
        ("Gespeichert von human am 7. Juli 2019 - 18:44", "human"),
        ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", "Clarissa Borba"),
        ("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "Michael David Smith"),
        # A photo's credit, and a name that runs on into other words, name no author.
        ("Photo by Jane Roe, 7 February 2023", None),
        ("06.11.2023 13:30 von Olga Symbolbild imago", None),
        # A name beside the date: before it, or after it past a separator.
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "Chris Davies"),
        ("30. Oktober 2019 | Markus Euskirchen", "Markus Euskirchen"),
        ("30. Oktober 2023 Carola Pönisch Kultur", None),
        ("Published Monday, November 18, 2019 8:22AM EST", None),
    ],
)
def test_a_byline_inside_a_dated_line_under_the_title_names_the_author(
    line: str, byline: str | None
) -> None:
    headline = "Council closes the old bridge for two years"
    lines = ["  * Home", "  * News", "", headline, "", line, ""]
    page = newsclean.clean("\n".join([*lines, PARAGRAPH, "", PARAGRAPH * 2]))
    assert page.article.title == headline
    assert page.labels[5] is Label.META
    assert page.article.byline == byline


def test_a_name_beside_the_headers_date_is_the_byline() -> None:
    headline = "Council closes the old bridge for two years"

    def byline(*header: str) -> str | None:
        lines = ["  * Home", "  * News", "", headline, *header, ""]
        return newsclean.clean("\n".join([*lines, PARAGRAPH, "", PARAGRAPH * 2])).article.byline

    assert byline("Ed Cara", "Monday 6:30PM") == "Ed Cara"
    # A news agency is named as a writer is: the credit the page gives.
    assert byline("REUTERS", "19 NOV 2019") == "REUTERS"
    assert byline("Reuters November 18, 2019 11:03 PM") == "Reuters"
    assert byline("Sports November 18, 2019 11:03 PM") is None
    assert byline("Suzanne Gamboa", "1 day ago") == "Suzanne Gamboa"
    # ... or beside its reading time.
    assert byline("Rodrigo Campos", "5 Min Read") == "Rodrigo Campos"
    # A page with a blank line between all its lines is read with them set
    # aside: the name is found beside the date all the same.
    menu = [f"  * Section {k}" for k in range(24)]
    lines = [*menu, headline, "Ed Cara", "Monday 6:30PM", PARAGRAPH, PARAGRAPH * 2, "Share this"]
    assert newsclean.clean("\n\n".join(lines)).article.byline == "Ed Cara"
    # Without a date beside it, a name under a headline may be a section's.
    assert byline("Aktion Hummelschutz", "", "Photo: Jane Roe") is None
    # Columns of a table, not a name.
    assert byline("Time      Location", "9:00 AM   Wakes up") is None


def test_a_name_beside_the_date_under_the_standfirst_is_the_byline() -> None:
    # A magazine sets its byline under the deck: title, deck, name, date.
    headline = "Council closes the old bridge for two years"
    deck = "The repairs will take two years, and the ferry will run in the meantime."
    lines = ["  * Home", "  * News", "", headline, "", deck, "", "David Ehrlich", ""]
    lines += ["Nov 13, 2019 4:26 pm", "", "Share", "  * ", "  * ", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.labels[7] is Label.META
    assert page.article.byline == "David Ehrlich"
    assert page.article.paragraphs[0] == deck
    assert page.article.standfirst == deck


def test_a_caption_right_above_its_credit_under_the_byline_is_no_title() -> None:
    headline = 'Was bringen "alternative" Therapien bei Krebs?'
    caption = "Komplementärmediziner Leo Auerbach im Gespräch mit dem Onkologen"
    lines = ["  * Startseite", "  * Gesundheit", "", headline, "", "Von Claudia Riedler"]
    lines += ["", caption, "Bild: Jürgen Breitenbaumer", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[7:9] == (Label.META, Label.META)
    assert caption not in page.article.text


def test_links_to_the_stories_before_and_after_are_no_title() -> None:
    # A blog's post navigation above the post: "« previous" and "next »".
    headline = "Netzpolitik als US-Wahlkampfthema"
    lines = ["  * Home", "  * Blog", "", "« Messenger: Welchen hätten Sie den gerne?"]
    lines += ["Vorstudie zur Menüerweiterung durch FOSS-Produkte bei der RLS »", "", headline]
    lines += ["30. Oktober 2019 | Markus Euskirchen", "", PARAGRAPH, "", PARAGRAPH * 2, ""]
    lines += ["← Previous Story", "Newer Story →"]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[3:5] == (Label.NAVIGATION, Label.NAVIGATION)
    assert page.labels[-2:] == (Label.NAVIGATION, Label.NAVIGATION)


@pytest.mark.parametrize(
    ("text", "arrow"),
    [
        ("← Previous Story", True),
        ("Erst die Hochzeitsuite im Osten, dann das Babybett im Westen →", True),
        ("« Mit Treuhand Clouds wider die politischen Gezeiten", True),
        ("Alle Kommentare »", True),
        # French quotes stand apart from their words too, in pairs.
        ("« Changements climatiques et loi climat »", False),
        ("Le ministre dénonce « une erreur »", False),
        ("A headline with no arrow", False),
    ],
)
def test_an_arrow_apart_from_the_words_marks_a_link(text: str, arrow: bool) -> None:
    assert shapes.arrow_link(text) is arrow


def test_a_long_headline_under_the_menu_is_the_title() -> None:
    # A headline of 23 words without a full stop reads like running text; under
    # a menu's last item it is still the title, not a standfirst of that item.
    headline = (
        "Our Research Shows That a Mix of Native Ad Units Generates the Highest Engagement "
        "for Marketers and the Greatest Revenue for Publishers"
    )
    lines = [
        "  * Platform",
        "  * Blog",
        "  * Contact Us",
        "",
        headline,
        "",
        "  * February 15, 2018",
    ]
    lines += ["", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert headline not in page.article.text


def test_counters_between_the_headline_and_its_date_do_not_hide_the_title() -> None:
    # Reads, shares and comments counted under the headline, then its date.
    headline = "Black Friday per nostalgici: le occasioni da non perdere"
    lines = ["  + Serie TV", "  + Video Game", "", headline, "", "3.409", "letture", "0"]
    lines += ["0", "Film", "23 Nov 2017", "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_a_german_headline_of_three_long_words_is_the_title() -> None:
    headline = "Ladensterben immer dramatischer"
    lines = ["  * Wirtschaft", "  * Spenden", "", "  * November 1, 2023", "  * von: Jane Doe"]
    lines += ["", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_a_question_between_the_menu_and_the_text_is_the_title() -> None:
    # The region's scan takes a question in as a sentence; standing between
    # the menu and the text, it is the headline.
    headline = "Auto leasen, finanzieren oder kaufen – was ist günstiger?"
    lines = [
        "  * Home",
        "  * Kredit",
        "  * Über uns",
        "",
        headline,
        "",
        PARAGRAPH,
        "",
        PARAGRAPH * 2,
    ]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


def test_a_date_and_byline_right_above_the_title_are_its_meta() -> None:
    headline = "Erdrutschsieg der Partei bei den Kommunalwahlen"
    lines = ["  * Länderberichte", "  * Kontakt", "", "  * November 1, 2023"]
    lines += ["  * von Daniel Braun, Davor Pasoski", "", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline
    assert page.labels[3:5] == (Label.META, Label.META)
    assert page.article.byline == "Daniel Braun, Davor Pasoski"


def test_a_german_headline_of_four_long_words_has_a_headlines_length() -> None:
    # Under a byline that gives the date, right above the text.
    headline = "Das Louis Vuitton Missgeschick"
    lines = ["  + Fashion", "  + Kolumne", "", "By Franziska Dully 10. Februar 2019 in Fashion"]
    lines += ["", headline, "", PARAGRAPH, "", PARAGRAPH * 2]
    page = newsclean.clean("\n".join(lines))
    assert page.article.title == headline


@pytest.mark.parametrize(
    "sign_off", ["x Franzi", "Euer HansEhrlich", "Love, Anna", "Liebe Grüße, Milli"]
)
def test_the_writers_sign_off_under_the_text_is_the_texts(sign_off: str) -> None:
    # A blog post ends with its closing words and the writer's first name:
    # the writer's own words, not a menu's.
    page = newsclean.clean(
        article_page(
            "Einen schönen Sonntag euch allen <3",
            "",
            sign_off,
            "",
            "Related Posts",
            "  * Home",
            "  * About",
        )
    )
    assert page.article.paragraphs[-2:] == ("Einen schönen Sonntag euch allen <3", sign_off)


@pytest.mark.parametrize("line", ["Deine Nachricht", "Best Of", "Your Email"])
def test_a_forms_field_or_a_menu_under_the_text_is_no_sign_off(line: str) -> None:
    page = newsclean.clean(article_page(line, "", "Related Posts", "  * Home", "  * About"))
    assert line not in page.article.text


def test_a_subheading_over_a_sentence_that_announces_a_list_is_the_texts() -> None:
    page = newsclean.clean(
        article_page(
            "The hardware for it",
            "",
            "The hardware that the board needs is simple enough:",
            "  * one board with its controller",
            "  * one cable of six wires",
            "",
            PARAGRAPH.replace("Tuesday", "Friday"),
        )
    )
    assert "The hardware for it" in page.article.paragraphs


def test_a_last_paragraph_that_ends_with_a_face_is_the_texts() -> None:
    last = "Man fühlt sich danach irgendwie wie ein Badass – und das gefällt mir 😉"
    page = newsclean.clean(
        article_page(last, "", "Post Views: 1.432", "", "Teilen:", "  * Facebook")
    )
    assert page.article.paragraphs[-1] == last


def test_a_paragraph_under_a_call_to_act_outside_the_text_is_no_teaser() -> None:
    # A card has a headline; a button or a call to act heads none.
    after = ["Related", "  * One story of the day", "  * Another story of the day", ""]
    after += ["GET THE NEWS ON THE GO BY CLICKING HERE", ""]
    after += ["Shares of the company rose by a third this year, while the index rose by a quarter."]
    page = newsclean.clean(article_page(*after))
    assert page.labels[-1] is Label.BOILERPLATE


def test_a_line_far_above_the_headline_is_no_headline_over_its_deck() -> None:
    # A headline and its deck stand a blank line or two apart; a screen of
    # blank lines (a page's empty boxes) parts a menu's line from the headline.
    headline = "More than 100 protesters killed in the unrest of the week"
    lines = ["  * Home", "  * World", "", "Overview News Articles Interviews Calendar Search"]
    lines += [""] * 12 + [headline, "", "November 20, 2019 - 11:28", "", PARAGRAPH, "", PARAGRAPH]
    assert newsclean.clean("\n".join(lines)).article.title == headline


@pytest.mark.parametrize(
    ("header", "first", "dateline"),
    [
        # A place in capitals right above the text, or the first paragraph's own.
        (["BAMAKO"], PARAGRAPH, "BAMAKO"),
        ([], "WASHINGTON (AP) — " + PARAGRAPH, "WASHINGTON"),
        # ... the paragraph's own first, over a credit in capitals above it.
        (["ITV, ASSOCIATED PRESS"], "LONDON (AP) — " + PARAGRAPH, "LONDON"),
        # A byline or an agency in capitals over the date is none ...
        (["JANIE HAR", "Nov. 20, 2019"], PARAGRAPH, None),
        (["REUTERS", "19 NOV 2019"], PARAGRAPH, None),
        # ... nor is the subject the text opens with.
        (["HISTALP"], "HISTALP ist eine internationale Klimadatenbank für den Alpenraum.", None),
    ],
)
def test_the_dateline_is_a_place_right_above_the_text(
    header: list[str], first: str, dateline: str | None
) -> None:
    lines = ["  * Home", "  * News", "", "Council closes the old bridge for two years", *header]
    page = newsclean.clean("\n".join([*lines, "", first, "", PARAGRAPH * 2]))
    assert page.article.dateline == dateline


def test_a_section_kicker_in_capitals_above_the_title_is_no_dateline() -> None:
    lines = ["  * Home", "  * News", "", "SPACE", "Council closes the old bridge for two years"]
    lines += ["By Jane Doe", "", PARAGRAPH, "", PARAGRAPH * 2]
    article = newsclean.clean("\n".join(lines)).article
    assert article.dateline is None
    assert article.kicker == "SPACE"


def test_a_date_over_a_menu_is_no_heading_of_the_menu() -> None:
    from newsclean.config import Config
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.page import _one_list

    def heading(first: str) -> str | None:
        text = "\n".join([first, "  * Politics", "  * Congress", "  * Campaigns"])
        features = measure(split_lines(text), Config()).lines
        return _one_list(features, [0, 1, 2, 3]).heading

    assert heading("Sections") == "Sections"
    # (The page's date line above its menu, both read as navigation.)
    assert heading("Wednesday, November 20, 2019") is None


def test_each_headline_under_its_kicker_is_a_card_of_its_own() -> None:
    page = newsclean.clean(
        article_page(
            "WORLD French protesters hold more strikes over pension changes",
            "SPORTS Messi scores twice as his club wins the cup final",
        )
    )
    cards = [(t.kicker, t.headline) for t in page.teasers]
    assert cards == [
        ("WORLD", "French protesters hold more strikes over pension changes"),
        ("SPORTS", "Messi scores twice as his club wins the cup final"),
    ]


def test_a_city_and_its_country_among_the_texts_first_lines_is_its_dateline() -> None:
    # A press release: title, date, standfirst, then "BAAR, SWITZERLAND" over
    # the text. A city in capitals further down is a subheading; one word in
    # capitals at the start ("SUMMARY") is one as often.
    standfirst = "The two companies will sell the joint system in North America from next year."
    lines = ["  * Home", "  * News", "", "Ascom and Draeger sell a system together", ""]
    lines += ["August 23, 2018", "", standfirst, "", "BAAR, SWITZERLAND", "", PARAGRAPH, ""]
    lines += [PARAGRAPH * 2, "", "PARIS, FRANCE", "", PARAGRAPH.replace("Tuesday", "Friday")]
    lines += ["", PARAGRAPH * 3]
    page = newsclean.clean("\n".join(lines))
    assert page.article.dateline == "BAAR, SWITZERLAND"
    assert page.labels[lines.index("BAAR, SWITZERLAND")] is Label.META
    assert page.labels[lines.index("PARIS, FRANCE")] is Label.BODY


def test_a_list_of_plain_words_under_the_text_of_a_markdown_dump_is_the_texts() -> None:
    # html2text shows links as [text](url): a list none of whose items is a
    # link, right under the last paragraph, is the text's; a list of links is
    # the page's.
    lines = ["[Home](/) [World](/world) [Sport](/sport)", "", "# Council closes the old bridge"]
    lines += ["", PARAGRAPH, "", "The engineers found cracks in [two supports](/s) last spring."]
    lines += ["", "* one lane will stay open for buses", "* cyclists may still cross on foot"]
    lines += ["", "Read more: [Bridges of the city](/bridges)", "", "* [Story one](/a)"]
    lines += ["* [Story two](/b)"]
    page = newsclean.clean("\n".join(lines))
    assert page.article.paragraphs[-2:] == (
        "one lane will stay open for buses",
        "cyclists may still cross on foot",
    )
    assert page.article.paragraph_kinds[-2:] == ("item", "item")
    assert "Story one" not in page.article.text


def test_the_sites_contact_details_are_boilerplate_not_a_menu_nor_a_headline() -> None:
    # A footer's phone, fax and e-mail, with their "Contact us" heading and the
    # address between, are shown in a menu and again at the page's foot: they
    # are no links to pages and no headline seen twice.
    contact = (
        "Contact us",
        "Acme News AG, Main Street 12, 8000 Zurich",
        "Phone: +41 44 123 45 67",
        "Fax: +41 44 123 45 68",
        "E-mail: [email protected]",
    )
    menu = ("  * Contact Us", "  * Mobile 5G Plans", "  * Careers", "  * Tel Aviv")
    text = article_page(*menu, "", *contact, "", "Read more", "", *contact)
    page = newsclean.clean(text)
    lines = text.split("\n")
    at = lines.index("Contact us")
    footer = len(lines) - len(contact)
    for k in (*range(at, at + len(contact)), *range(footer, len(lines))):
        assert page.labels[k] is Label.BOILERPLATE, lines[k]
    assert page.labels[at - 5 : at - 1] == (Label.NAVIGATION,) * 4  # the menu's links
    assert "Phone: +41 44 123 45 67" not in {d.text for d in page.duplicates}
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday"))


@pytest.mark.parametrize(
    "line",
    [
        "Tel.: +49 (0)69 380 795 200",
        "info@example.org",
        "The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel",
        "E-Mail: [email protected]",
    ],
)
def test_a_contact_detail_under_the_text_is_boilerplate(line: str) -> None:
    page = newsclean.clean(article_page("  * World", "  * Sport", line, "  * Weather"))
    assert page.labels[14] is Label.BOILERPLATE
    assert page.labels[13] is Label.NAVIGATION


@pytest.mark.parametrize(
    "label", ["Sponsored Content", "Promo Content", "More From The Web", "Around the Web"]
)
def test_an_ad_networks_box_label_is_boilerplate_a_list_heading_navigation(label: str) -> None:
    # The TAXONOMY counts ads as boilerplate and a list's heading as navigation:
    # an ad network's box names itself, a list of the site's stories does not.
    stories = ("  * Storm hits the coast overnight", "  * Schools reopen after the holidays")
    text = article_page("More from Example News", *stories, "", label, *stories)
    page = newsclean.clean(text)
    lines = text.split("\n")
    assert page.labels[lines.index(label)] is Label.BOILERPLATE
    assert page.labels[lines.index("More from Example News")] is Label.NAVIGATION


@pytest.mark.parametrize(
    ("footer", "tags"),
    [
        # Blog software's entry footer: the categories and the tags.
        (
            "This entry was posted in Politics and tagged bridges, roads. Bookmark the permalink.",
            ("Politics", "bridges", "roads"),
        ),
        ("Posted in Politics | Tagged bridges, roads", ("Politics", "bridges", "roads")),
        (
            "This Article is related to: Awards and tagged Jessie Buckley, Mary Steenburgen",
            ("Awards", "Jessie Buckley", "Mary Steenburgen"),
        ),
        # A list's "and" and a stop set apart are the list's, not a tag's.
        (
            "Kategorien: Gesellschaft , Menschen , und Sri Lanka .",
            ("Gesellschaft", "Menschen", "Sri Lanka"),
        ),
        ("Categories: U.S., Enterprise Inc.", ("U.S.", "Enterprise Inc.")),
    ],
)
def test_a_blogs_entry_footer_names_the_tags(footer: str, tags: tuple[str, ...]) -> None:
    page = newsclean.clean(article_page(footer))
    assert page.labels[-1] is Label.META
    assert page.article.tags == tags
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday"))


def test_a_tag_in_two_tag_lines_is_one_tag() -> None:
    page = newsclean.clean(article_page("Categories: Roads, Bridges", "Tags: Bridges, Council"))
    assert page.article.tags == ("Roads", "Bridges", "Council")


def test_a_categories_heading_alone_names_no_tags() -> None:
    # "Categories:" over a sidebar's list of the blog's categories: those are
    # the site's sections, not this post's tags.
    page = newsclean.clean(article_page("Categories:", "  * Travel", "  * Food"))
    assert page.article.tags == ()


def test_the_counts_under_a_lists_headlines_are_the_lists() -> None:
    stories = [
        "Storm hits the coast overnight as thousands lose power",
        "604 COMMENTS",
        "Schools reopen after the holidays with new rules for teachers",
        "226 COMMENTS",
        "Prices rise again in January while wages stay flat",
        "207 COMMENTS",
    ]
    text = article_page("MOST DISCUSSED", "", *stories, "", "  * About", "  * Contact")
    page = newsclean.clean(text)
    lines = text.split("\n")
    for count in ("604 COMMENTS", "226 COMMENTS"):
        assert page.labels[lines.index(count)] is Label.NAVIGATION
    # Alone, a count heads the readers' comments: no list's.
    text = article_page("9 Comments", "  1. Jane on May 2: Great story, thanks.", "  * About")
    alone = text.split("\n").index("9 Comments")
    assert newsclean.clean(text).labels[alone] is not Label.NAVIGATION


def test_a_headline_in_title_case_under_another_is_no_summary() -> None:
    # A summary is written in sentences; a line whose words nearly all start
    # with a capital is the next headline of a list, even when it asks.
    pairs = [
        "  * Example: Screen Talk",
        "    ‘Little Women’ Is an Oscar Contender, but Where Does That Leave ‘Ford v Ferrari’?",
        "  * Example: Millions of Screens",
        "    Disney Makes It Impossible To Resist Its New Streaming Service Anymore",
    ]
    card = [
        "Harbour reopens after two years of repairs",
        "The harbour reopened on Monday, and the first ferry left at dawn with forty people.",
    ]
    share = ["Share this article", "  * Facebook", "  * Twitter", ""]
    text = article_page(*share, "Podcasts", "", *pairs, "", "More stories", "", *card)
    page = newsclean.clean(text)
    assert page.labels[-len(card) - 7 : -len(card) - 3] == (Label.NAVIGATION,) * 4
    assert page.labels[-2:] == (Label.TEASER, Label.TEASER)


def test_see_all_under_a_list_is_the_lists_link() -> None:
    # A list's "See all" or "More" leads to the rest of it: navigation, as
    # pagination is; alone under a paragraph the same words are a button.
    stories = ["  * Storm hits the coast overnight", "  * Schools reopen after the holidays"]
    blurb = "Sign up and we will send you the day's best stories every morning, for free."
    text = article_page("Most read", *stories, "SEE ALL", "", blurb, "Read more", "", "Share")
    page = newsclean.clean(text)
    lines = text.split("\n")
    assert page.labels[lines.index("SEE ALL")] is Label.NAVIGATION
    assert page.labels[lines.index("Read more")] is Label.BOILERPLATE


@pytest.mark.parametrize(
    "heading", ["Popular posts", "Letzte Beiträge", "Artigos relacionados", "Свежие записи"]
)
def test_a_blog_widgets_title_heads_its_list(heading: str) -> None:
    # Blog software titles its sidebar's lists so, in the blog's language.
    about = "Thank you for stopping by! My name is Regan and I live by the sea with my family."
    # (Titles of more than five words: a run of short lines is a menu anyway.)
    posts = [
        "  * Storm hits the coast overnight and thousands lose power",
        "  * Schools reopen after the holidays with new rules for teachers",
    ]
    text = article_page("Share", "", about, "", heading, "", *posts)
    assert newsclean.clean(text).labels[text.split("\n").index(heading)] is Label.NAVIGATION


def test_a_question_pages_stamps_are_meta_not_its_title() -> None:
    # A question-and-answer site: the question, its button, then when it was
    # asked and changed ("Asked 8 years, 2 months ago" ends on a time ago).
    text = "\n".join(
        [
            "Questions",
            "Tags",
            "Users",
            "",
            "When to use wurde versus war in the passive voice",
            "",
            "Ask Question",
            "Asked 8 years, 2 months ago",
            "Modified today",
            "Viewed 38k times",
            "",
            "How does one know when to use wurde or war in forming sentences like these, "
            "and is there a rule that a learner can follow?",
            "",
            PARAGRAPH,
        ]
    )
    page = newsclean.clean(text)
    assert page.article.title == "When to use wurde versus war in the passive voice"
    assert page.labels[6] is Label.BOILERPLATE  # a button, not a byline
    assert page.labels[7] is Label.META


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Asked 8 years, 2 months ago", False),
        ("Zuletzt aktualisiert vor 3 Stunden", False),
        ("Where were you 30 years ago?", True),
    ],
)
def test_a_line_ending_on_a_time_ago_is_no_headline(text: str, shaped: bool) -> None:
    from newsclean.features import measure
    from newsclean.lines import split_lines

    feature = measure(split_lines(text), newsclean.Config()).lines[0]
    assert shapes.headline_shaped(feature, newsclean.Config()) is shaped


_COMMENTS = (
    "2 Gedanken zu „Council closes the old bridge“",
    "",
    "  1. Yvonne sagt:",
    "     7. Februar 2023 um 10:36 Uhr",
    "     Danke!",
    "     Endlich sagt es mal jemand so, wie es ist, und die Stadt hört hoffentlich zu.",
    "     Antworten",
    "  2. Walter sagt:",
    "     7. Februar 2023 um 11:02 Uhr",
    "     Ist hier alles mit rechten Dingen zugegangen?",
    "     Wer weiß.",
    "     Antworten",
    "",
)


def test_readers_comments_are_boilerplate_not_lists_or_cards() -> None:
    page = newsclean.clean(
        article_page(*_COMMENTS, "Related posts", "  * Another story", "  * A third story")
    )
    start = page.labels.index(None, len(page.labels) - len(_COMMENTS) - 4)
    comments = [label for label in page.labels[start : start + len(_COMMENTS)] if label]
    assert comments == [Label.BOILERPLATE] * len(comments)
    assert page.teasers == ()
    # The list after the comments is the page's.
    assert page.labels[-3:] == (Label.NAVIGATION,) * 3
    # ... and the comments are also given apart, as one run, with their heading.
    (section,) = page.comments
    assert section.lines == tuple(start + 2 + k for k, line in enumerate(_COMMENTS) if line.strip())
    assert section.text.startswith("2 Gedanken zu")
    assert "Walter sagt:" in section.text
    assert "Related posts" not in section.text


def test_a_page_without_readers_comments_has_none() -> None:
    page = newsclean.clean(article_page("Share this article", "", "© 2023 Example Media"))
    assert page.boilerplate
    assert page.comments == ()


def test_a_comment_heading_over_no_comment_leaves_the_list_below_alone() -> None:
    page = newsclean.clean(
        article_page(
            "Join the Conversation",
            "",
            "Historic win at the Davis Cup has Canada set up well",
            "13 hours ago",
            "Canada beats U.S. to advance to quarterfinals at the Davis Cup",
            "15 hours ago",
        )
    )
    assert page.labels[-4] is Label.NAVIGATION


def test_capitals_that_open_the_headline_each_time_it_is_shown_are_its_own() -> None:
    # "UEFA" opens the headline in both its showings: no section kicker.
    headline = "UEFA Euro 2020 qualifying: Tracking every team to clinch a spot"
    text = "\n".join(
        [
            "  * Log In",
            "  * My Teams",
            "      Organize / See All Teams Help",
            "      Account Settings Log Out",
            "Up next:",
            "",
            f"    {headline}",
            "",
            f"  {headline}",
            "",
            "  Twenty teams have punched tickets for next summer's tournament",
            "",
            "    *",
            "    * by Roger Gonzalez",
            "    * @rgonzalezcbs",
            "    * Nov 19, 2019 at 6:46 pm ET • 2 min read",
            "    *",
            "",
            PARAGRAPH,
            "",
            PARAGRAPH.replace("Tuesday", "Monday"),
        ]
    )
    assert newsclean.clean(text).article.title == headline


def test_a_box_in_the_text_that_promotes_a_story_is_a_teaser_with_its_section() -> None:
    summary = (
        "Was gibt es Neues in Sachen Coronavirus? Regelmäßig beantwortet Virus-Forscher "
        "Christian Drosten in einem Podcast Fragen und erläutert Hintergründe. mehr"
    )
    page = newsclean.clean(
        article_page(
            PARAGRAPH.replace("Tuesday", "Wednesday"),
            "",
            "    Podcast: Coronavirus-Update",
            "",
            "      Coronavirus-Update: Virologe Christian Drosten informiert",
            "",
            f"        {summary}",
            "",
            PARAGRAPH.replace("Tuesday", "Thursday"),
        )
    )
    (teaser,) = page.teasers
    assert teaser.kicker == "Podcast: Coronavirus-Update"
    assert teaser.headline == "Coronavirus-Update: Virologe Christian Drosten informiert"
    assert teaser.summary == summary
    assert "Thursday" in page.article.text


def test_a_card_in_the_text_that_ends_in_its_more_link_is_not_the_text() -> None:
    summary = (
        "Was gibt es Neues in Sachen Coronavirus? Regelmäßig beantwortet Virus-Forscher "
        "Christian Drosten in einem Podcast Fragen und erläutert Hintergründe. mehr"
    )
    page = newsclean.clean(
        article_page(
            PARAGRAPH.replace("Tuesday", "Wednesday"),
            "",
            "    Coronavirus-Update: Virologe Christian Drosten informiert",
            "",
            f"      {summary}",
            "",
            PARAGRAPH.replace("Tuesday", "Thursday"),
            "",
            PARAGRAPH.replace("Tuesday", "Friday"),
        )
    )
    assert "Hintergründe" not in page.article.text
    assert "Friday" in page.article.text


def test_a_card_that_ends_in_more_weighs_nothing_for_or_against_the_region() -> None:
    # A box in a transcript, a gallery's expandable caption: inside a text as
    # often as in a list, so the text around it stays one; a summary cut short
    # with dots is another story's card, as in a list of them.
    from newsclean.blocks import find_runs
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.region import INLINE_CARD_WEIGHT, LINK_LIKE_WEIGHT, prose_class, region_weight
    from newsclean.repeats import find_repeats

    text = (
        "Brock Nelson puts the game-winning overtime goal behind Pittsburgh's goaltender "
        "in Tuesday's game. The Islanders ... more\n\n"
        "Brock Nelson puts the game-winning overtime goal behind Pittsburgh's goaltender "
        "in Tuesday's game and the Islanders..."
    )
    config = newsclean.Config()
    page = measure(split_lines(text), config)
    repeats, runs = find_repeats(page.lines, config), find_runs(page.lines)
    more, _, dots = (
        region_weight(i, f, prose_class(f, config, True), repeats, runs)
        for i, f in enumerate(page.lines)
    )
    assert (more, dots) == (INLINE_CARD_WEIGHT, LINK_LIKE_WEIGHT)


def test_a_word_or_three_over_a_cards_headline_is_its_section() -> None:
    text = article_page(
        "Share",
        "",
        "    Erzeuger",
        "  Tophi ist insolvent",
        "    Das traditionsreiche Unternehmen scheitert an der Covid-19-Pandemie.",
        "    Erzeuger",
        "  Kanonkop kauft Laibach",
        "    Zwei südafrikanische Top-Weingüter gehen zusammen.",
        "Mehr von meininger.de",
        "    Personal",
        "  Grupp verlässt Warsteiner",
        "    Der Brauereichef geht nach zwölf Jahren an der Spitze des Unternehmens.",
    )
    teasers = {teaser.headline: teaser for teaser in newsclean.clean(text).teasers}
    assert teasers["Kanonkop kauft Laibach"].kicker == "Erzeuger"
    assert teasers["Kanonkop kauft Laibach"].summary == (
        "Zwei südafrikanische Top-Weingüter gehen zusammen."
    )


def test_a_cards_icons_are_among_its_lines_not_its_words() -> None:
    icons = "\n".join(["* "] * 3)
    # Icons between cards of headline and summary open the next card: they
    # were read as a section's name over its headline (the kicker was "").
    cards = [
        ("Mayor resigns over the budget scandal", "The mayor stepped down on Monday."),
        ("River floods the old town again", "Heavy rain sent the river over its banks."),
        ("Schools close early for the holidays", "The school board closed the schools."),
    ]
    listed = f"\n\n{icons}\n\n".join(f"{headline}\n\n{summary}" for headline, summary in cards)
    # Icons between two cards of a grid (headline, summary, author) made a
    # card of their own, with no words to read its headline from: a crash
    # (IndexError; tests/fuzz.py --seed 119).
    grid = [
        ("Chevrolet Colorado RS isn't what you think", "Chevrolet adds some visual spice"),
        ("Mini JCW GP is a 300HP monster hatch", "Mini puts its most powerful engine in a car"),
        ("Toyota Hilux gets a new face this year", "The pickup gains a bigger grille and lights"),
        ("Ford Ranger Raptor lands in the country", "The off-road truck arrives with its price"),
    ]  # (summaries of eight words: a grid's)
    shown = [f"{headline}\n\n{summary}\n\nAnton Andres" for headline, summary in grid]
    gridded = "\n\n".join([*shown[:2], "* \n\n* \n\n* ", *shown[2:]])
    for cards_text in (listed, gridded):
        text = article_page("", "Latest news", "", cards_text)
        page = newsclean.clean(text)
        assert all(teaser.headline for teaser in page.teasers)
        assert all(teaser.kicker != "" for teaser in page.teasers)
        lines = text.split("\n")
        for teaser in page.teasers:
            # (the lines of a card of words and icons, in order)
            assert list(teaser.lines) == sorted(teaser.lines)
            assert any(lines[n - 1].strip() != "*" for n in teaser.lines)
        iconic = [n for n, line in enumerate(lines, 1) if line == "* "]
        assert all(page.labels[n - 1] is not None for n in iconic)


def test_a_list_that_goes_on_the_sentence_above_it_is_the_texts() -> None:
    # No colon: the paragraph's last sentence goes on in the items, each of
    # which opens in lower case ("Positive leadership ... that" / "* makes ...").
    unfinished = PARAGRAPH.replace(" finish.", " finish, and a council that")
    items = [
        "  * listens to the people who cross the bridge every day",
        "  * explains every delay in the works to the whole town",
        "  * keeps the ferry running until the bridge opens again",
    ]
    page = newsclean.clean(article_page(unfinished, "", *items, "", PARAGRAPH * 2))
    for item in items:
        assert item.strip("* ") in page.article.paragraphs


@pytest.mark.parametrize(
    ("above", "items", "goes_on"),
    [
        (
            "Compared with the year before,",
            ["the export rose by 13.6 %;", "the import fell."],
            True,
        ),
        # A share bar under a byline: no sentence goes on there ...
        ("STAND 21.4.2021, 16:41 Uhr AUTOR/IN Julius Richter", ["auf Facebook teilen"] * 2, False),
        # ... nor under a sentence: the items are buttons.
        ("Tell your friends about it on", ["share on Facebook", "share on Twitter"], False),
        # A list of headlines opens in capitals; a sentence ends before a list.
        ("Compared with the year before,", ["The export rose", "The import fell"], False),
        ("This is what changed.", ["the export rose by 13.6 %;", "the import fell."], False),
    ],
)
def test_a_list_goes_on_the_sentence_above_it_only_in_lower_case_sentences(
    above: str, items: list[str], goes_on: bool
) -> None:
    from newsclean.features import measure
    from newsclean.lines import split_lines

    text = "\n".join([above, *(f"  * {item}" for item in items)])
    first, *rest = measure(split_lines(text), newsclean.Config()).lines
    assert shapes.continues_into_list(first, rest) is goes_on


def test_a_sentence_that_goes_on_in_a_list_after_a_table_keeps_the_text_together() -> None:
    # The figures of a table count against the region; the sentence that
    # goes on in a list under it neither for nor against, so the closing
    # paragraph below stays with the text.
    table = [f"Product {n}      {n},72 Mio. t      {n},40 Mio. t     15,7 %" for n in range(8)]
    items = [
        "  * the export of oil products rose by 13.6 % to 23.1 million tonnes;",
        "  * the import of oil products rose by 5.0 % to 33.5 million tonnes;",
        "  * the import of crude oil fell by 2.9 % to 73.9 million tonnes;",
        "  * the border price of crude oil rose by 55.8 % to 431.42 euros a tonne.",
    ]
    closing = "More figures on the oil market are published every month in our statistics."
    lines = ["Home", "Energy", "Statistics", "", "Oil sales in November 2021", "27.01.2022", ""]
    lines += [PARAGRAPH, "", "The figures for the main products were these:", "", *table, ""]
    lines += ["Compared with the year before,", "", *items, "", closing, "", "Contact", "Imprint"]
    page = newsclean.clean("\n".join(lines))
    assert items[2].strip("* ") in page.article.paragraphs
    assert page.article.paragraphs[-1] == closing


@pytest.mark.parametrize(
    ("announcement", "neutral"),
    [
        ("The figures for the main products were these:", True),
        # A label with a colon ("About this statement:" over a fact-check's
        # sources, published date and editors) announces no list of the text.
        ("About this statement:", False),
    ],
)
def test_the_lines_a_sentence_announces_weigh_nothing_against_the_region(
    announcement: str, neutral: bool
) -> None:
    from newsclean.blocks import find_runs
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.region import prose_class, region_weight, weigh_announced_lists
    from newsclean.repeats import find_repeats

    run = [
        "Published: Monday, November 18th, 2019",
        "Edited by: Louis Jacobson",
        "Rohbenzin 10,72 Mio. t",
    ]
    config = newsclean.Config()
    page = measure(split_lines("\n".join([PARAGRAPH, "", announcement, "", *run])), config)
    features = page.lines
    repeats, runs = find_repeats(features, config), find_runs(features)
    prose = [prose_class(f, config, True) for f in features]
    weights = [region_weight(i, f, prose[i], repeats, runs) for i, f in enumerate(features)]
    assert min(weights[4:]) < 0
    weigh_announced_lists(features, runs, prose, weights)
    assert (min(weights[4:]) >= 0) is neutral


@pytest.mark.parametrize(
    "header",
    [
        ["Council closes the old bridge", "By Jane Doe | 7 February 2023"],
        ["Council closes the old bridge", "By Jane Doe", "7 February 2023"],
    ],
)
def test_an_articles_own_text_may_open_with_its_title_and_byline(header: list[str]) -> None:
    # A reader view or a feed: no menus, no buttons, the headline over its
    # byline and date, then the text.
    page = newsclean.clean("\n\n".join([*header, PARAGRAPH, PARAGRAPH.replace("old", "new")]))
    assert page.article.title == "Council closes the old bridge"
    assert page.article.byline == "Jane Doe"
    assert page.article.published == datetime.date(2023, 2, 7)
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH.replace("old", "new"))


def test_an_articles_own_text_may_open_with_its_title_over_the_writers_account() -> None:
    # TechCrunch: the writer's name, her account and the time since it went up.
    header = ["Council closes the old bridge", "Jane Doe @janedoe / 2 days"]
    page = newsclean.clean("\n\n".join([*header, PARAGRAPH, PARAGRAPH.replace("old", "new")]))
    assert page.article.title == "Council closes the old bridge"
    assert page.article.byline == "Jane Doe"
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH.replace("old", "new"))


def test_an_articles_own_text_may_open_with_a_caption_over_its_title() -> None:
    # A page with no chrome, written with a blank line between all lines
    # (BeautifulSoup's get_text("\n\n")): the photo's caption stands first.
    caption = "The old bridge at dawn, a week before it closed to traffic for the repairs."
    header = [caption, "Council closes the old bridge", "By Jane Doe", "7 February 2023"]
    page = newsclean.clean("\n\n".join([*header, PARAGRAPH, PARAGRAPH.replace("old", "new")]))
    assert page.article.title == "Council closes the old bridge"
    assert page.article.byline == "Jane Doe"
    assert page.article.published == datetime.date(2023, 2, 7)
    assert page.article.paragraphs[-2:] == (PARAGRAPH, PARAGRAPH.replace("old", "new"))


@pytest.mark.parametrize(
    "second",
    [
        PARAGRAPH,  # a subheading or a standfirst: the text's own first line
        "It all happened on 7 February 2023.",  # a sentence that names a date
    ],
)
def test_an_articles_own_text_without_a_byline_under_its_first_line_is_all_text(
    second: str,
) -> None:
    paragraphs = ("Council closes the old bridge", second, PARAGRAPH.replace("old", "new"))
    page = newsclean.clean("\n\n".join(paragraphs))
    assert page.article.title is None
    assert page.article.paragraphs == paragraphs


def test_a_markdown_documents_top_heading_is_its_title() -> None:
    page = newsclean.clean(f"# Council closes the old bridge\n\n{PARAGRAPH}\n\n{PARAGRAPH * 2}")
    assert page.article.title == "Council closes the old bridge"
    assert page.article.paragraphs == (PARAGRAPH, PARAGRAPH * 2)
    # A lower heading opens a section of the text, not the document.
    section = newsclean.clean(f"## How it began\n\n{PARAGRAPH}\n\n{PARAGRAPH * 2}")
    assert section.article.title is None
    assert section.article.paragraphs[0] == "How it began"


def test_a_card_shown_twice_inside_the_text_is_a_teaser() -> None:
    # A page that renders a related story's card for wide and for narrow
    # screens: its section and headline twice, then its summary, with no
    # blank line; the text never says a line twice in a row.
    headline = "Tribune Publishing renames itself as its dispute with Gannett continues"
    summary = (
        "The owner of the newspaper has a new name, but it is still dealing with old business."
    )
    card = ["Business", headline, "Business", headline, summary]
    page = newsclean.clean(
        article_page(PARAGRAPH * 2, "", *card, "", PARAGRAPH.replace("old", "red"))
    )
    assert page.article.paragraphs[-1] == PARAGRAPH.replace("old", "red")
    assert headline not in page.article.text and summary not in page.article.text
    teaser = page.teasers[-1]
    assert (teaser.kicker, teaser.headline, teaser.summary) == ("Business", headline, summary)


def test_two_alike_lines_in_a_row_inside_the_text_are_no_card() -> None:
    # A list's items that differ in a number, a photo's two credits: alike, not the same.
    items = [
        "  * in § 291a Absatz 3 Nr. 4 SGB V - elektronische Patientenakte",
        "  * in § 291a Absatz 3 Nr. 5 SGB V - elektronisches Patientenfach",
    ]
    page = newsclean.clean(
        article_page(PARAGRAPH * 2, "", *items, "", PARAGRAPH.replace("old", "red"))
    )
    assert Label.TEASER not in page.labels


def test_a_long_headline_in_capitals_between_paragraphs_links_to_another_story() -> None:
    # A news site sets its links to other stories in the text in capitals;
    # a subheading in capitals is a few words, and stays the text's.
    link = "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS' AFTER TEN WEEKS"
    subheading = "HOW TO USE A WATER BATH CANNER"
    page = newsclean.clean(article_page(link, "", PARAGRAPH * 2, "", subheading, "", PARAGRAPH * 3))
    assert link not in page.article.paragraphs
    assert subheading in page.article.paragraphs
    assert page.labels[page.labels.index(Label.BODY) + 4] is Label.NAVIGATION


def test_the_lines_a_sentence_announces_end_at_a_paragraph_when_no_line_is_blank() -> None:
    # A dump with no blank line at all: the announced lines run to the next
    # paragraph, not to the end of the page (its menus still count against).
    from newsclean.blocks import find_runs
    from newsclean.features import measure
    from newsclean.lines import split_lines
    from newsclean.region import prose_class, region_weight, weigh_announced_lists
    from newsclean.repeats import find_repeats

    lines = [PARAGRAPH, "The figures for the main products were these:", "Rohbenzin 10,72 Mio. t"]
    lines += [PARAGRAPH.replace("old", "new"), "Home", "Contact", "Imprint", "Jobs"]
    config = newsclean.Config()
    features = measure(split_lines("\n".join(lines)), config).lines
    repeats, runs = find_repeats(features, config), find_runs(features)
    prose = [prose_class(f, config, True) for f in features]
    weights = [region_weight(i, f, prose[i], repeats, runs) for i, f in enumerate(features)]
    weigh_announced_lists(features, runs, prose, weights)
    assert weights[2] >= 0
    assert all(weight < 0 for weight in weights[4:])
