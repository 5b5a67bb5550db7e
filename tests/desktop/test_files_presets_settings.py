"""Scenario files, presets, preferences, the window title, and the test harness itself."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import file_actions
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from models import scenario_files
from models.scenario import Scenario, SetShare

from .conftest import Dialogs, leaked_widgets
from .test_main_window import drag, share_of


def test_title_marks_unsaved_changes_and_save_clears_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    drag(window, "CHN", [30.0])
    assert window.isWindowModified()
    target = tmp_path / "china"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target.with_suffix(".json"))
    window.save_action.trigger()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("china.json")
    saved = scenario_files.load(target.with_suffix(".json"))
    assert saved == window.document.scenario
    assert Preferences().last_folder == tmp_path
    window.undo_action.trigger()
    assert window.isWindowModified()  # back past the saved state
    window.redo_action.trigger()
    assert not window.isWindowModified()


def test_open_file_replaces_document_and_bad_file_is_reported(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    good = tmp_path / "good.json"
    scenario_files.save(Scenario("KAZ", 2021, "imports").with_edit(SetShare("RUS", 0.2)), good)
    assert window.files.open_file(good)
    assert window.document.scenario.year == 2021
    assert share_of(window, "RUS") == pytest.approx(0.2)
    assert window.document.undo_stack.count() == 0
    assert window.windowTitle().startswith("good.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "multivector-scenario", "schema_version": 1, "baseline": {}}')
    before = window.document.scenario
    assert not window.files.open_file(bad)
    assert window.document.scenario == before  # the app carries on with what it had
    title, text = dialogs.warnings[-1]
    assert "Cannot open" in title
    assert "bad.json" in text
    assert "baseline" in text


def test_open_with_unsaved_changes_opens_beside_them(
    window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    drag(window, "CHN", [30.0])
    first = window.document
    other = tmp_path / "other.json"
    scenario_files.save(Scenario("KAZ", 2020, "exports"), other)
    assert window.files.open_file(other)
    assert not dialogs.questions  # nothing to ask: nothing is replaced
    assert window.document is not first
    assert window.document.scenario.year == 2020
    assert first.scenario.edits  # the work is still open, in its own tab
    assert window.workspace.documents == (first, window.document)
    # closing the unsaved one asks first; Cancel keeps it
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not window.scenarios.close_document(first)
    assert dialogs.questions
    assert first in window.workspace.documents
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.scenarios.close_document(first)
    assert window.workspace.documents == (window.document,)


def test_save_error_is_reported(window: MainWindow, tmp_path: Path, dialogs: Dialogs,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "no such folder" / "x.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: missing)
    window.save_as_action.trigger()
    assert dialogs.warnings
    assert "x.json" in dialogs.warnings[-1][1]
    assert window.document.file is None


def test_presets_menu_lists_every_file_and_applies_one_undoable_step(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preset = tmp_path / "kyrgyz.json"
    scenario = Scenario("KAZ", 2022, "exports", title="Kyrgyz boom",
                        description="Kyrgyzstan takes a tenth of exports.",
                        references=("Made up for a test.",)).with_edit(SetShare("KGZ", 0.1))
    scenario_files.save(scenario, preset)
    (tmp_path / "broken.json").write_text("{not json")
    real = file_actions.preset_paths()
    monkeypatch.setattr(file_actions, "preset_paths", lambda: [*real, tmp_path / "broken.json",
                                                               preset])
    window.presets_menu.aboutToShow.emit()
    actions = window.presets_menu.actions()
    assert len(actions) == len(real) + 2
    broken = next(a for a in actions if a.text() == "broken")
    assert not broken.isEnabled()
    assert "JSON" in broken.toolTip()
    ours = next(a for a in actions if a.text() == "Kyrgyz boom")
    start = window.document.scenario
    ours.trigger()
    document = window.document
    assert document.scenario == scenario
    assert share_of(window, "KGZ") == pytest.approx(0.1)
    assert document.undo_stack.count() == 1
    assert window.info_bar.isVisibleTo(window)
    assert "Kyrgyz boom" in window.info_bar.label.text()
    assert "a tenth of exports" in window.info_bar.label.text()
    window.undo_action.trigger()
    assert document.scenario == start
    assert np.array_equal(document.outcome.shares, document.baseline.shares)


def test_shipped_presets_open(window: MainWindow) -> None:
    paths = file_actions.preset_paths()
    if not paths:
        pytest.skip("no presets in assets/presets yet")
    for path in paths:
        assert window.files.open_preset(path), path.name
        assert window.document.scenario == scenario_files.load(path)
        assert not window.document.skipped, path.name
        assert window.info_bar.label.text()


def test_preferences_are_versioned_and_in_the_test_folder(tmp_path: Path) -> None:
    settings = QSettings()
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()).is_relative_to(tmp_path)
    prefs = Preferences(settings)
    assert prefs.geometry is None
    assert prefs.last_folder is None
    prefs.geometry = QByteArray(b"abc")
    prefs.last_folder = tmp_path
    prefs.set_splitter_state("workbench", QByteArray(b"xyz"))
    prefs.sync()
    assert "v1/window/geometry" in settings.allKeys()
    again = Preferences(QSettings())
    assert again.geometry == QByteArray(b"abc")
    assert again.last_folder == tmp_path
    assert again.splitter_state("workbench") == QByteArray(b"xyz")
    prefs.last_folder = tmp_path / "gone"
    assert again.last_folder is None  # a folder that no longer exists is not offered


def test_window_saves_and_restores_its_layout(make_window: Any) -> None:
    first = make_window()
    first.splitter.setSizes([520, 380, 360])
    QApplication.processEvents()
    sizes = first.splitter.sizes()
    first.close()
    assert Preferences().geometry is not None
    assert Preferences().splitter_state("workbench") is not None
    second = make_window()
    QApplication.processEvents()
    assert second.splitter.sizes() == sizes


def test_leak_detector_sees_an_unclosed_window(qapp: QApplication) -> None:
    before = {id(w) for w in qapp.topLevelWidgets()}
    stray = QWidget()
    stray.setWindowTitle("stray")
    stray.show()
    assert stray in leaked_widgets(qapp, before)
    stray.close()
    stray.deleteLater()
    assert not leaked_widgets(qapp, before)


def test_pyside_void_calls_keep_their_reference_to_none() -> None:
    # PySide6 6.12.0 on CPython 3.11 lost a reference to None on each call of a void
    # method, so the app aborted ("none_dealloc") during a slider drag. The pinned version
    # must not: 10,000 calls may not move None's reference count by more than a few.
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        pen.setWidth(1)
    assert abs(sys.getrefcount(None) - before) < 100


def test_info_bar_can_be_hidden_until_it_has_news(window: MainWindow) -> None:
    from desktop.widgets.info_bar import InfoBar

    bar: InfoBar = window.info_bar
    bar.set_info("Title", "Some words.", (), ())
    assert bar.isVisibleTo(window)
    bar.hide_button.click()
    assert not bar.isVisibleTo(window)
    bar.set_info("Title", "Some words.", (), ())
    assert not bar.isVisibleTo(window)
    bar.set_info("Title", "Some words.", (), ("A new note.",))
    assert bar.isVisibleTo(window)
