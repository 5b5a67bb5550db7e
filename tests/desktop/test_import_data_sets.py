"""Kept data sets in the window: progress and Cancel, the next start, removal, mirror figures.

Through the real window; only the file-name prompts are replaced. Waits are bounded
(``qtbot.waitUntil`` with timeouts); nothing sleeps.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop import import_actions
from desktop.__main__ import build_window
from desktop.file_actions import FileActions
from desktop.main_window import MainWindow
from models.datasets import load_catalog
from models.importers import mirror_gaps
from models.user_data import list_sets
from tests.benchmarks.bench_import import write_file

from .conftest import Dialogs
from .import_helpers import SAMPLES, choose, import_through_window, prompt_for, user_data

__all__ = ["user_data"]  # the autouse fixture: each test has its own user data folder


def _reporters(window: MainWindow) -> list[str]:
    combo = window.baseline_bar.reporter_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_progress_moves_and_cancel_ends_a_large_import(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    big = tmp_path / "comtrade_big.csv"
    write_file(big, 40)  # about 40 MB: seconds to read, so there is time to cancel
    prompt_for(monkeypatch, big)
    actions = window.imports
    shown: list[int] = []  # the bar's values as the student sees them
    asked: list[bool] = []
    # The real reading, held after its second progress step until Cancel is pressed (at most
    # ten seconds), so that the test does not depend on how fast this machine reads.
    pressed = threading.Event()
    real_read = import_actions.read_file

    def held_read(path: Path, *, progress: Any, cancelled: Any, **options: Any) -> Any:
        steps = [0]

        def paced(share: float) -> None:
            progress(share)
            steps[0] += 1
            if steps[0] == 2:
                pressed.wait(10)

        return real_read(path, progress=paced, cancelled=cancelled, **options)

    monkeypatch.setattr(import_actions, "read_file", held_read)

    def on_progress(_share: float) -> None:  # the student's eye: cancel once the bar moved
        dialog = actions.progress_dialog
        if dialog is None or asked:
            return
        if dialog.value() > 0 and (not shown or dialog.value() != shown[-1]):
            shown.append(dialog.value())
        if len(shown) >= 2:
            asked.append(True)
            button = dialog.findChild(QPushButton)
            assert button is not None
            assert button.text() == "Cancel"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pressed.set()

    actions.import_action.trigger()
    assert actions.busy
    assert actions.task is not None
    actions.task.progressed.connect(on_progress)  # after the window's own slot
    qtbot.waitUntil(lambda: bool(asked) or not actions.busy, timeout=30000)
    assert asked, "the import ended before the bar moved twice"
    # Cancel ends it (within a second; bench_import measures how fast: no timing asserts on a
    # shared machine, only a generous bound here)
    qtbot.waitUntil(lambda: not actions.busy, timeout=10000)
    assert shown[0] < shown[1] < 1000  # the bar moved, and the reading had not ended
    assert actions.summary_dialog is None
    assert actions.progress_dialog is None
    assert "Import cancelled: nothing was kept." in window.statusBar().currentMessage()
    assert list_sets() == ((), ())


def test_the_kept_set_is_there_at_the_next_start_and_scenarios_reopen(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    dialogs: Dialogs,
) -> None:
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "template_kgz_2021_cp1251.csv")
    assert window.document.scenario.reporter == "KGZ"
    assert window.editing.set_share("GBR", 0.2)
    path = tmp_path / "kyrgyzstan.json"
    monkeypatch.setattr(FileActions, "ask_save_path", lambda _self: path)
    assert window.files.save_as()
    saved = window.document.scenario

    again = build_window()  # reads the embedded data and the kept sets, as a start does
    qtbot.addWidget(again)
    assert _reporters(again) == ["KAZ", "KGZ"]
    assert again.document.scenario.reporter == "KAZ"  # the app's default stays the default
    assert again.files.open_file(path)
    assert again.document.scenario == saved
    assert again.baseline_bar.reporter_combo.currentData() == "KGZ"
    assert again.document.baseline.table.official_total == pytest.approx(1659.52)
    assert dialogs.warnings == []


def test_a_damaged_kept_set_is_named_and_the_app_starts(
    qtbot: Any, user_data: Path
) -> None:
    broken = user_data / "datasets" / "UZB-reported-x-0000000000"
    broken.mkdir(parents=True)
    (broken / "dataset.json").write_text("{not json", encoding="utf-8")
    window = build_window()
    qtbot.addWidget(window)
    assert _reporters(window) == ["KAZ"]
    assert "UZB-reported-x-0000000000 cannot be read" in window.statusBar().currentMessage()
    window.sources_action.trigger()
    assert window._sources_dialog is not None
    assert "cannot be read" in window._sources_dialog.text()
    window._sources_dialog.close()


def test_removal_asks_first_and_refuses_data_in_use(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_uzb_2022.csv")
    [kept] = list_sets()[0]
    window.imports.removal.action.trigger()
    dialog = window.imports.removal.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.sets.count() == 1
    assert not dialog.remove_button.isEnabled()
    dialog.select(kept.id)
    # shown by the open scenario: not removed, and the student is told what to do
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    [(title, text)] = dialogs.warnings
    assert title == "The data are in use"
    assert "Switch them to another country" in text
    assert dialogs.questions == []
    choose(qtbot, window.baseline_bar.reporter_combo, "KAZ")
    # now asked first; No keeps it
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    [question] = dialogs.questions
    assert "Remove the imported data of Uzbekistan, read from comtrade_uzb_2022.csv" in question
    assert "undo history will be cleared" in question  # Undo would go back to Uzbekistan
    assert list_sets()[0] == (kept,)
    assert "UZB" in _reporters(window)
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert list_sets() == ((), ())
    assert _reporters(window) == ["KAZ"]
    assert dialog.sets.count() == 0
    assert not window.undo_action.isEnabled()  # nothing to go back to
    assert window.isWindowModified()  # cleared history is no save
    dialog.close()


def test_reported_and_mirror_side_by_side(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs
) -> None:
    window.imports.mirror.action.trigger()  # none yet: the student is told how to get them
    [(title, text)] = dialogs.warnings
    assert title == "No mirror data"
    assert "Kazakhstan as the partner" in text
    choose(qtbot, window.baseline_bar.year_combo, 2022)
    import_through_window(qtbot, window, monkeypatch, SAMPLES / "comtrade_mirror_kaz_2022.csv")
    dialog = window.imports.mirror.dialog
    assert dialog is not None
    assert dialog.isVisible()
    catalog = load_catalog()
    table = catalog.table("KAZ", 2022, "exports")
    china = dict(zip(table.codes, table.values, strict=True))["CHN"]
    rows = {name: (reported, mirror, gap) for name, reported, mirror, gap in dialog.rows()}
    reported, mirror, gap = rows["China (CHN)"]
    assert mirror == 14900.0  # China's imports from Kazakhstan
    assert reported == pytest.approx(china)
    assert gap == pytest.approx(14900.0 - china)
    choose(qtbot, dialog.flow_combo, "imports")
    table = catalog.table("KAZ", 2022, "imports")
    expected = mirror_gaps(table, {"CHN": 16300.0, "RUS": 0.0, "KGZ": 0.0, "UZB": 0.0}, {})
    rows = {name: (reported, mirror, gap) for name, reported, mirror, gap in dialog.rows()}
    china_gap = next(g for g in expected if g.code == "CHN")
    assert rows["China (CHN)"][:2] == pytest.approx((china_gap.reported, 16300.0))
    assert "largest gap first" in dialog.headline.text()
    dialog.close()
