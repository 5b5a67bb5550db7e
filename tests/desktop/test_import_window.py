"""File > Import data through the real window: every sample, the summary, indices, products.

Only the file-name prompt is replaced (``import_helpers.prompt_for``); the file is read on
the window's worker thread, the summary dialog is answered by clicking its buttons, and the
numbers are those the models tests read off the samples by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from models import indices
from models.scenario import SetShare
from models.user_data import list_sets

from .conftest import Dialogs
from .import_helpers import (
    EXPECTED,
    SAMPLES,
    choose,
    import_through_window,
    read_through_window,
    user_data,
)

__all__ = ["user_data"]  # the autouse fixture: each test has its own user data folder


def _reporters(window: MainWindow) -> list[str]:
    combo = window.baseline_bar.reporter_combo
    return [combo.itemData(i) for i in range(combo.count())]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_imports_from_the_window(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs,
    name: str,
) -> None:
    reporter, kind, years = EXPECTED[name]
    dialog = read_through_window(qtbot, window, monkeypatch, SAMPLES / name)
    assert dialog is not None, dialogs.warnings
    text = dialog.text()
    assert f"({reporter})" in text
    assert "Totals (US$ million)" in text  # the command line's summary, line for line
    assert list_sets() == ((), ())  # nothing kept before Import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_sets()[0]) == 1 and not window.imports.busy,
                    timeout=10000)
    [kept] = list_sets()[0]
    assert (kept.reporter, kept.kind) == (reporter, kind)
    assert dialogs.warnings == []
    if kind == "mirror":  # what the partners report: set beside Kazakhstan's own figures
        mirror = window.imports.mirror.dialog
        assert mirror is not None
        assert mirror.isVisible()
        assert _reporters(window) == ["KAZ"]
        return
    qtbot.waitUntil(lambda: window.document.scenario.reporter == reporter, timeout=5000)
    assert _reporters(window) == ["KAZ", reporter]  # the embedded default first
    assert window.baseline_bar.reporter_combo.currentData() == reporter
    assert tuple(window.document.state.years) == years
    assert window.document.undo_stack.isClean()  # an untouched scenario: opened, not edited
    window.sources_action.trigger()
    sources = window._sources_dialog
    assert sources is not None
    assert f"file {name} (imported by the user)" in sources.text()
    assert "Imported data sets" in sources.text()
    sources.close()


def test_indices_of_an_imported_reporter_equal_a_hand_computation(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "wits_mng_2019_2021.csv")
    choose(qtbot, window.baseline_bar.year_combo, 2021)
    assert window.document.scenario.year == 2021
    china, switzerland, korea, russia = 7070.3003, 1204.8002, 87.6, 78.4005  # US$ thousand / 1000
    total = china + switzerland + korea + russia
    hhi = sum((v / total) ** 2 for v in (china, switzerland, korea, russia))
    assert window.index_panel.values("hhi")[0] == pytest.approx(hhi, rel=1e-9)
    assert window.index_panel.values("cr1")[0] == pytest.approx(china / total, rel=1e-9)
    assert window.document.baseline.table.official_total == pytest.approx(9247.1009)


def test_products_are_offered_where_the_file_has_them(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_uzb_2022.csv")
    bar = window.baseline_bar
    offered = [bar.dimension_combo.itemData(i) for i in range(bar.dimension_combo.count())]
    assert offered == ["partners", "hs_sections", "hs_chapters"]
    assert [bar.release_combo.itemData(i) for i in range(bar.release_combo.count())] == [
        "revised"]  # no first-published figures in a download
    values = [2876.5, 1795.3, 1391.8, 1150.4]  # RUS, CHN, KAZ, TUR exports
    assert window.index_panel.values("hhi")[0] == pytest.approx(
        sum((v / sum(values)) ** 2 for v in values), rel=1e-12)
    choose(qtbot, bar.dimension_combo, "hs_sections")
    baseline = window.document.baseline
    assert dict(zip(baseline.codes, baseline.values, strict=True)) == {
        "V": 1920.0, "XI": 1410.0 + 1150.0, "XIV": 5690.0}
    sections = [1920.0, 2560.0, 5690.0]
    assert window.index_panel.values("hhi")[0] == pytest.approx(
        float(indices.hhi([v / sum(sections) for v in sections])), rel=1e-12)
    choose(qtbot, bar.flow_combo, "imports")
    assert window.document.baseline.table.official_total == 30740.0
    # a reporter with exports by partner only (monthly, nine months)
    uzbekistan = window.document
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_monthly_mng_2023.csv")
    assert window.document is not uzbekistan  # opened beside the edited scenario
    assert window.document.scenario.reporter == "MNG"
    assert [bar.dimension_combo.itemData(i) for i in range(bar.dimension_combo.count())] == [
        "partners"]
    window.workspace.set_current(uzbekistan)
    choose(qtbot, bar.reporter_combo, "MNG")  # from HS sections, imports
    scenario = window.document.scenario
    assert (scenario.reporter, scenario.dimension, scenario.flow, scenario.year) == (
        "MNG", "partners", "exports", 2023)  # what the file holds
    assert bar.dimension_combo.currentData() == "partners"
    assert "9 months" in " ".join(window.document.baseline.table.provenance.caveats)


def test_changing_the_reporter_asks_about_the_edits(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    assert window.editing.set_share("CHN", 0.4)
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_uzb_2022.csv")
    # the student's work stays as it was; Uzbekistan opens beside it
    assert len(window.workspace.documents) == 2
    assert window.document.scenario.reporter == "UZB"
    first = window.workspace.documents[0]
    assert first.scenario.reporter == "KAZ"
    assert first.scenario.edits
    window.workspace.set_current(first)
    year = first.scenario.year
    choose(qtbot, window.baseline_bar.reporter_combo, "UZB")
    [carry] = dialogs.carry_overs
    assert carry.before == f"Kazakhstan {year} exports, partners"
    assert carry.after == "Uzbekistan 2022 exports, partners"  # the year the file holds
    assert window.document.scenario.reporter == "UZB"
    assert window.document.scenario.edits == (SetShare("CHN", 0.4),)
    window.undo_action.trigger()
    assert window.document.scenario.reporter == "KAZ"


def test_summary_cancel_keeps_nothing(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = read_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_uzb_2022.csv")
    assert "of which Areas, nes (899): 604.0" in dialog.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.imports.summary_dialog is None
    assert list_sets() == ((), ())
    assert _reporters(window) == ["KAZ"]
    assert "nothing was kept" in window.statusBar().currentMessage()


def test_a_broken_file_names_file_line_and_column_and_keeps_nothing(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.csv"
    text = (SAMPLES / "comtrade_uzb_2022.csv").read_text(encoding="utf-8")
    bad.write_text(text.replace("2876500000,0,True", "-5,0,True", 1), encoding="utf-8")
    assert read_through_window(qtbot, window, monkeypatch, bad) is None
    [(title, message)] = dialogs.warnings
    assert title == "Cannot import the file"
    assert message.startswith("bad.csv, line ")
    assert "column 'primaryValue'" in message
    assert list_sets() == ((), ())
    assert window.document.scenario.reporter == "KAZ"  # the app goes on
    shutil.copy(SAMPLES / "comtrade_uzb_2022.csv", tmp_path / "good.csv")
    import_through_window(qtbot, window, monkeypatch, tmp_path / "good.csv")
    assert window.document.scenario.reporter == "UZB"


def test_the_prompt_cancelled_does_nothing(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .import_helpers import prompt_for

    prompt_for(monkeypatch, None)
    window.imports.import_action.trigger()
    assert not window.imports.busy
    assert window.imports.progress_dialog is None
