"""Scenario files and presets: open, save, save as, and the presets menu.

Reading and writing go through ``models.scenario_files``; a file that cannot be read or
written is reported in a message box that names the problem, and the app carries on.
Opening a file starts a new document (after asking about unsaved changes); opening a
preset is one undoable step that replaces the scenario.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from desktop.commands import ReplaceScenario
from desktop.document import Document
from desktop.settings import Preferences
from models import scenario_files
from models.resources import asset_path
from models.scenario import Scenario

__all__ = ["FileActions", "preset_paths", "translated_preset"]


def translated_preset(scenario: Scenario) -> Scenario:
    """Return a preset with its title and description in the interface's language.

    They are listed for translation by ``scripts/model_strings.py`` (context "Presets");
    a text without a translation stays as written. The edits are untouched.
    """
    return dataclasses.replace(
        scenario,
        title=QCoreApplication.translate("Presets", scenario.title) if scenario.title else "",
        description=(QCoreApplication.translate("Presets", scenario.description)
                     if scenario.description else ""))


def preset_paths() -> list[Path]:
    """Every preset scenario file in ``assets/presets``, by file name."""
    try:
        folder = asset_path("presets")
    except FileNotFoundError:
        return []
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


class FileActions(QObject):
    """File menu and presets for one window and its document."""

    message = Signal(str, int)  # a sentence for the status bar, milliseconds to show it

    def __init__(self, window: QWidget, document: Document, preferences: Preferences):
        super().__init__(window)
        self._window = window
        self._document = document
        self._preferences = preferences
        # Opens a file beside the current scenario (the window's tabs); None: replace it.
        self.new_document: Callable[[Scenario, Path | None], None] | None = None

    def bind(self, document: Document) -> None:
        """Act on ``document`` from now on (the window's current scenario)."""
        self._document = document

    def _holds_work(self) -> bool:
        """Whether the current document holds the student's work (a file, edits, a title)."""
        d = self._document
        s = d.scenario
        return d.file is not None or not d.undo_stack.isClean() or bool(
            s.edits or s.title or s.notes)

    # -- dialogs (kept in one place so tests can replace them) ----------------------------

    def _filter(self) -> str:
        return self.tr("Multivector scenarios (*.json);;All files (*)")

    def _folder(self) -> str:
        if self._document.file is not None:
            return str(self._document.file.parent)
        folder = self._preferences.last_folder
        return str(folder) if folder is not None else str(Path.home())

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open scenario"), self._folder(), self._filter())
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        suggested = self._document.file or Path(self._folder()) / self.tr("scenario.json")
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save scenario as"), str(suggested), self._filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".json")

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes; True if the caller may go on."""
        if self._document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("The scenario has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions ---------------------------------------------------------------------------

    def read(self, path: Path) -> Scenario | None:
        """Read and check a scenario file (its baseline must exist in the data)."""
        try:
            scenario = scenario_files.load(path)
            self._document.baseline_for(scenario)
        except (ValueError, OSError) as exc:  # ScenarioFileError and DataError are ValueErrors
            self.show_error(self.tr("Cannot open the scenario"),
                            self.tr("{name} cannot be opened:\n{problem}").format(
                                name=path.name, problem=exc))
            return None
        return scenario

    def open_file(self, path: Path | None = None) -> bool:
        """Open a scenario file: beside the current one if that holds work, else in its place."""
        alongside = self.new_document is not None and self._holds_work()
        if not alongside and not self.confirm_discard():
            return False
        path = path or self.ask_open_path()
        if path is None:
            return False
        scenario = self.read(path)
        if scenario is None:
            return False
        if alongside and self.new_document is not None:
            self.new_document(scenario, path)
        else:
            self._document.open(scenario, path)
        self._preferences.last_folder = path.parent
        self._preferences.add_recent_file(path)
        return True

    def new_scenario(self) -> bool:
        """Start a new, untitled scenario on the data shown (after asking about changes)."""
        if not self.confirm_discard():
            return False
        self._document.open(self._document.scenario.without_edits(), None)
        return True

    def save(self) -> bool:
        if self._document.file is None:
            return self.save_as()
        return self._write(self._document.file)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return False if path is None else self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            scenario_files.save(self._document.scenario, path)
        except (OSError, ValueError) as exc:  # SaveError names the path and the reason
            self.show_error(self.tr("Cannot save the scenario"),
                            self.tr("{name} cannot be written:\n{problem}\n\nThe scenario is "
                                    "still open; save it somewhere else with Save As.").format(
                                name=path.name, problem=exc))
            return False
        self._document.set_file(path)
        self._document.undo_stack.setClean()
        self._preferences.last_folder = path.parent
        self._preferences.add_recent_file(path)
        return True

    def restore(self, scenario: Scenario, path: Path | None) -> bool:
        """Open an autosaved ``scenario`` as unsaved changes to ``path`` (None: never saved).

        It opens beside the student's work, or in place of an untouched scenario; the
        document is left modified, so Save writes it to ``path``.
        """
        try:
            self._document.baseline_for(scenario)
        except ValueError as exc:  # the data no longer hold its baseline
            self.show_error(self.tr("Cannot restore the scenario"),
                            self.tr("The unsaved changes cannot be opened:\n{problem}\n\n"
                                    "They are kept and offered again at the next start.")
                            .format(problem=exc))
            return False
        if self.new_document is not None and self._holds_work():
            self.new_document(scenario, path)  # and the window makes it current
        else:
            self._document.open(scenario, path)
        self._document.undo_stack.resetClean()  # not the file's content: modified
        return True

    # -- recent files ----------------------------------------------------------------------

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent files, most recent first, and Clear list (re-read on each show)."""
        menu.clear()
        paths = self._preferences.recent_files
        for number, path in enumerate(paths, start=1):
            name = path.name.replace("&", "&&")  # a name's "&" is no shortcut
            action = menu.addAction(f"&{number} {name}" if number < 10 else f"1&0 {name}")
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(self._on_recent_action_triggered)
        if not paths:
            empty = menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._on_clear_recent_triggered)

    def _on_recent_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_recent(Path(str(action.data())))

    def _on_clear_recent_triggered(self) -> None:
        self._preferences.clear_recent_files()

    def open_recent(self, path: Path) -> bool:
        """Open a recent file; one that is gone leaves the list, with a word in the status bar."""
        if not path.is_file():
            self._preferences.remove_recent_file(path)
            self.message.emit(self.tr("{name} is no longer there ({folder}); removed from "
                                      "Open Recent.").format(name=path.name,
                                                             folder=path.parent), 10000)
            return False
        return self.open_file(path)

    # -- presets ---------------------------------------------------------------------------

    def fill_presets_menu(self, menu: QMenu) -> None:
        """List every preset file (re-read each time the menu opens)."""
        menu.clear()
        paths = preset_paths()
        if not paths:
            empty = menu.addAction(self.tr("(no presets found)"))
            empty.setEnabled(False)
            return
        for path in paths:
            try:
                scenario = translated_preset(scenario_files.load(path))
            except ValueError as exc:
                action = menu.addAction(path.stem)
                action.setEnabled(False)
                action.setToolTip(str(exc))
                continue
            action = menu.addAction(scenario.title or path.stem)
            action.setData(str(path))
            action.setToolTip(scenario.description)
            action.setStatusTip(scenario.description[:200])
            action.triggered.connect(self._on_preset_action_triggered)

    def _on_preset_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_preset(Path(str(action.data())))

    def open_preset(self, path: Path) -> bool:
        """Apply a preset as one undoable step (its texts in the interface's language)."""
        scenario = self.read(path)
        if scenario is None:
            return False
        scenario = translated_preset(scenario)
        before = self._document.scenario
        if scenario != before:
            text = self.tr("Preset \u201c{title}\u201d").format(title=scenario.title or path.stem)
            self._document.undo_stack.push(
                ReplaceScenario(self._document, before, scenario, text))
        return True
