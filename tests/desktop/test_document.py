"""The document and its commands: one signal per real change, drags merged into one step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from desktop.commands import AppendEdits, DragShare, ReplaceScenario
from desktop.document import Document
from models.datasets import Catalog
from models.scenario import Scenario, SetShare
from models.workbench import Editing


@pytest.fixture
def document(catalog: Catalog) -> Document:
    return Document(catalog, Scenario("KAZ", 2022, "exports"))


def test_changed_only_when_the_value_changes(qtbot: Any, document: Document) -> None:
    with qtbot.assertNotEmitted(document.changed):
        document.set_scenario(Scenario("KAZ", 2022, "exports"))  # equal value, new object
    edited = document.scenario.with_edit(SetShare("CHN", 0.3))
    with qtbot.assertNotEmitted(document.baseline_changed), qtbot.waitSignal(document.changed):
        document.set_scenario(edited)
    assert document.outcome.shares[document.baseline.index_of("CHN")] == pytest.approx(0.3)
    with qtbot.waitSignals([document.baseline_changed, document.changed], order="strict"):
        document.set_scenario(replace(edited, flow="imports"))
    assert document.baseline.table.flow == "imports"


def test_baseline_is_cached_by_key(document: Document) -> None:
    first = document.baseline
    document.set_scenario(replace(document.scenario, flow="imports"))
    document.set_scenario(replace(document.scenario, flow="exports"))
    assert document.baseline is first


def test_drag_merges_into_one_undo_step(document: Document) -> None:
    stack = document.undo_stack
    start = document.scenario
    for share in (0.2, 0.25, 0.3, 0.35):
        stack.push(DragShare(document, document.scenario, start.with_edit(SetShare("CHN", share)),
                             "drag", partner="CHN", gesture=1))
    assert stack.count() == 1
    assert document.scenario == start.with_edit(SetShare("CHN", 0.35))
    # a new gesture is a new step, even for the same partner
    stack.push(DragShare(document, document.scenario,
                         document.scenario.with_edit(SetShare("CHN", 0.1)), "drag",
                         partner="CHN", gesture=2))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert document.scenario == start
    assert np.array_equal(document.outcome.shares, document.baseline.shares)


def test_drag_back_to_start_leaves_no_step(document: Document) -> None:
    stack = document.undo_stack
    start = document.scenario
    stack.push(DragShare(document, start, start.with_edit(SetShare("CHN", 0.3)), "drag",
                         partner="CHN", gesture=7))
    stack.push(DragShare(document, document.scenario, start, "drag", partner="CHN", gesture=7))
    assert stack.count() == 0
    assert document.scenario == start


def test_append_and_replace_are_undoable(document: Document) -> None:
    stack = document.undo_stack
    start = document.scenario
    stack.push(AppendEdits(document, start, [SetShare("CHN", 0.3), SetShare("RUS", 0.2)], "two"))
    assert len(document.scenario.edits) == 2
    stack.push(ReplaceScenario(document, document.scenario, document.scenario.without_edits(),
                               "reset"))
    assert document.scenario == start
    stack.undo()
    assert len(document.scenario.edits) == 2
    stack.undo()
    assert document.scenario == start


def test_open_starts_a_clean_history(document: Document, tmp_path: Any) -> None:
    stack = document.undo_stack
    stack.push(AppendEdits(document, document.scenario, [SetShare("CHN", 0.3)], "one"))
    assert not stack.isClean()
    document.open(Scenario("KAZ", 2021, "imports"), tmp_path / "x.json")
    assert stack.count() == 0
    assert stack.isClean()
    assert document.file == tmp_path / "x.json"
    assert document.baseline.table.year == 2021


def test_history_is_computed_once(document: Document) -> None:
    history = document.history()
    assert document.history() is history
    assert 2022 in history.years
    i = list(history.years).index(2022)
    assert np.isfinite(history.series("hhi")[i])


def test_editing_refuses_what_cannot_be_done(qtbot: Any, document: Document) -> None:
    from desktop.editing import ScenarioEditing
    from models.scenario import SetLock

    editing = ScenarioEditing(document)
    document.undo_stack.push(AppendEdits(document, document.scenario, [SetLock(("RUS",))], "l"))
    with qtbot.waitSignal(editing.message) as blocker:
        assert not editing.set_share("RUS", 0.3)
    assert "locked" in blocker.args[0]
    document.set_editing(Editing(rule="from_partner", source="RUS"))
    with qtbot.waitSignal(editing.message):
        assert not editing.set_share("CHN", 0.3)  # locked source
    assert document.undo_stack.count() == 1
    # product groups exist only in the revised release: refused, nothing pushed
    document.undo_stack.push(ReplaceScenario(
        document, document.scenario, replace(document.scenario, release="first_published"), "r"))
    with qtbot.waitSignal(editing.message) as blocker:
        assert not editing.change_baseline("dimension", "hs_sections")
    assert "not available" in blocker.args[0]
    assert document.scenario.dimension == "partners"
    assert document.undo_stack.count() == 2
    document.set_editing(Editing(rule="from_partner", source="ITA"))
    assert editing.set_share("CHN", 0.3)
    assert document.undo_stack.count() == 3
