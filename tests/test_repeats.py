from __future__ import annotations

from newsclean.config import Config
from newsclean.features import measure
from newsclean.lines import split_lines
from newsclean.repeats import find_repeats, normalise


def repeats_of(text: str):  # type: ignore[no-untyped-def]
    return find_repeats(measure(split_lines(text), Config()).lines, Config())


def test_normalise_folds_case_apostrophes_and_truncation() -> None:
    assert normalise("Russia’s Lavrov visits Mali…") == normalise("RUSSIAS LAVROV VISITS MALI")


def test_missing_apostrophe_and_case_group_together() -> None:
    r = repeats_of(
        "Russia's Lavrov visits Mali in sign of ties\nx\nRussias lavrov visits Mali in sign of ties"
    )
    assert r.members == ((0, 2),)


def test_truncated_headline_matches_the_full_one() -> None:
    r = repeats_of(
        "Teen chased by police breaks both legs with airport terminal fall\n"
        "Teen chased by police breaks both legs with airport termin..."
    )
    assert r.members == ((0, 1),)


def test_headlines_sharing_their_first_words_are_different_stories() -> None:
    # Only a headline the page cut short matches a longer one by its opening.
    r = repeats_of(
        "Star Wars Jedi: Fallen Order\n"
        "Star Wars Jedi: Fallen Order Double Bladed Lightsaber\n"
        "Star Wars Jedi: Fallen Order Double Bladed Li..."
    )
    assert r.members == ((1, 2),)


def test_fuzzy_near_repeat_and_distinct_stories() -> None:
    r = repeats_of(
        "Boeing clinches second Dreamliner order at Dubai Air Show\n"
        "Boeing clinches 2nd Dreamliner order at Dubai Air Show\n"
        "Boeing loses second Dreamliner order after Dubai Air Show delay"
    )
    assert r.members == ((0, 1),)


def test_menu_words_dates_and_buttons_are_not_headline_repeats() -> None:
    r = repeats_of("Home\nWorld News\n3 hours ago\nShare\nHome\nWorld News\n3 hours ago\nShare")
    assert r.members == ()


def test_a_menu_shown_twice_is_not_a_repeated_headline() -> None:
    # Desktop and mobile menus repeat section names of a few words ("Best of
    # the Decade"); a story's headline is longer.
    menu = "  * Best of the Decade\n  * Top of the Line\n"
    r = repeats_of(
        menu + "\n" + menu + "\nCouncil closes the old bridge\nCouncil closes the old bridge"
    )
    assert r.members == ((6, 7),)


def test_card_headline_echo_without_kicker() -> None:
    r = repeats_of(
        "WORLD French protesters hold more strikes\n\nFrench protesters hold more strikes"
    )
    assert r.echo[2] == 0


def test_grouping_stays_linear_on_many_similar_lines() -> None:
    """Behaviour, not timing: the blocking key caps comparisons per line."""
    config = Config(fuzzy_candidates=8)
    text = "\n".join(f"Latest story about the topic number {i} today" for i in range(3000))
    calls = 0
    import newsclean.repeats as module

    original = module._same_headline

    def counting(a: str, b: str, similarity: float, a_cut: bool, b_cut: bool) -> bool:
        nonlocal calls
        calls += 1
        return original(a, b, similarity, a_cut, b_cut)

    module._same_headline = counting
    try:
        find_repeats(measure(split_lines(text), config).lines, config)
    finally:
        module._same_headline = original
    assert calls <= 3000 * config.fuzzy_candidates
