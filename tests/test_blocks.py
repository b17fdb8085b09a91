from __future__ import annotations

from newsclean.blocks import find_runs
from newsclean.config import Config
from newsclean.features import measure
from newsclean.lines import split_lines


def runs_of(text: str):  # type: ignore[no-untyped-def]
    return find_runs(measure(split_lines(text), Config()).lines)


def test_a_list_run_spans_nested_items_and_blank_lines() -> None:
    runs = runs_of("  * Home\n    + World\n\n  * Sport\nA sentence that ends the list here.")
    assert runs.list_size[:4] == (3, 3, 0, 3)
    assert runs.list_start[:4] == (0, 0, -1, 0)
    assert runs.list_size[4] == 0


def test_a_short_run_is_a_menu_without_markers() -> None:
    runs = runs_of(
        "Home\nWorld\nSport\n\nThe council voted to close the bridge for two years.\nAbout"
    )
    assert runs.short_size[:3] == (3, 3, 3)
    assert runs.short_size[4] == 0  # a sentence ends the run
    assert runs.short_size[5] == 1


def test_empty_items_belong_to_their_list() -> None:
    runs = runs_of("  * \n  * Share\n  * ")
    assert runs.list_size == (3, 3, 3)
