"""Shared set-up for the GUI tests (pytest-qt, offscreen).

* QSettings are pointed at the test's temporary folder (INI format), never the user's;
  so are autosaves (``MULTIVECTOR_APP_DATA``), with QStandardPaths in test mode.
* A test fails if it leaves a top-level widget behind once the widgets it registered with
  ``qtbot.addWidget`` are closed and deleted.
* Message boxes never block: they are recorded in ``dialogs`` and answered from there.

A test module that sets ``QT_FREE = True`` (the view-model tests) gets none of this and
no QApplication: it runs without a display.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.autosave import APP_DATA_ENV
from desktop.document import Document
from desktop.editing import CarryOver
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from models.datasets import Catalog, load_catalog
from models.scenario import Scenario


def leaked_widgets(app: QApplication, before: set[int]) -> list[QWidget]:
    """Top-level widgets alive now that were not before (deferred deletes flushed first)."""
    gc.collect()  # Python-owned widgets (pyqtgraph's menus) go with their last reference
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [
        w for w in app.topLevelWidgets()
        if id(w) not in before and type(w).__name__ not in {"QTipLabel"}
    ]


def _qt_free(request: pytest.FixtureRequest) -> bool:
    return bool(getattr(request.module, "QT_FREE", False))


@pytest.fixture(autouse=True)
def settings_in_tmp(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[None]:
    if _qt_free(request):
        yield
        return
    qapp = request.getfixturevalue("qapp")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("MultivectorTests")
    qapp.setApplicationName("MultivectorTests")
    yield


@pytest.fixture(autouse=True)
def app_data_in_tmp(
    request: pytest.FixtureRequest, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Autosaves go to the test's folder (MULTIVECTOR_APP_DATA), never the user's.

    QStandardPaths' test mode as well, for anything else that asks it for a folder.
    """
    if _qt_free(request):
        return
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv(APP_DATA_ENV, str(tmp_path / "app data"))


@pytest.fixture(autouse=True)
def no_leaked_widgets(request: pytest.FixtureRequest) -> Iterator[None]:
    if _qt_free(request):
        yield
        return
    qapp = request.getfixturevalue("qapp")
    # pytest-qt closes and deleteLater()s the registered widgets before fixtures tear down.
    before = {id(w) for w in qapp.topLevelWidgets()}
    yield
    leaked = leaked_widgets(qapp, before)
    names = [f"{type(w).__name__} {w.windowTitle()!r}" for w in leaked]
    for widget in leaked:  # clean up so that one leak does not fail every later test
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if leaked:
        pytest.fail(f"top-level widgets leaked: {names}")


@dataclass
class Dialogs:
    """Message boxes shown during a test, and the answer to questions."""

    warnings: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Discard
    # The question asked when the baseline changes with edits in force, and its answer.
    carry_overs: list[CarryOver] = field(default_factory=list)
    carry_answer: str = "keep"
    # The "change the edit" prompt: a function from the edit to the new one (None: cancel).
    change_edit: Any = None


@pytest.fixture(autouse=True)
def dialogs(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    record = Dialogs()
    if _qt_free(request):
        return record

    def warning(_parent: object, title: str, text: str, *_args: object) -> Any:
        record.warnings.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: object, _title: str, text: str, *_args: object) -> Any:
        record.questions.append(text)
        return record.answer

    def carry_over(_window: object, carry: CarryOver) -> str:
        record.carry_overs.append(carry)
        return record.carry_answer

    def change_edit(_window: object, edit: Any) -> Any:
        return None if record.change_edit is None else record.change_edit(edit)

    monkeypatch.setattr(MainWindow, "_ask_carry_over", carry_over)
    monkeypatch.setattr(MainWindow, "_ask_changed_edit", change_edit)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    return record


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def make_window(qtbot: Any, catalog: Catalog) -> Any:
    """Build a shown main window on ``Scenario(KAZ, year, flow)`` (default: the app's start)."""

    def make(scenario: Scenario | None = None) -> MainWindow:
        if scenario is None:
            reporter = catalog.default_reporter
            scenario = Scenario(reporter, catalog.default_year(reporter), "exports")
        window = MainWindow(Document(catalog, scenario), Preferences())
        qtbot.addWidget(window, before_close_func=_mark_clean)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _mark_clean(window: QWidget) -> None:
    # Closing asks about unsaved changes; the tests that care call close() themselves.
    assert isinstance(window, MainWindow)
    window.document.undo_stack.setClean()


@pytest.fixture
def window(make_window: Any) -> MainWindow:
    return make_window()
