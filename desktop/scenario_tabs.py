"""The open scenarios of a window: a tab each, the Compare tab, and comparison files.

:class:`ScenarioTabs` keeps the tab bar in step with the window's
:class:`~desktop.workspace.Workspace` (a tab per scenario, named "A: its title", with a mark
when it has unsaved changes, then "Compare all"), switches the page between the workbench
and the compare view, opens scenarios beside the others, closes them (asking about unsaved
changes), and reads and writes comparison files. The window builds the widgets and passes
them in; it shows whichever document the workspace makes current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QTabBar

from desktop.document import Document
from desktop.file_actions import FileActions
from desktop.settings import Preferences
from desktop.widgets.compare_view import CompareView
from desktop.workspace import Workspace
from models import comparison_files
from models.compare import compare_scenarios
from models.scenario import Scenario

__all__ = ["ScenarioTabs"]


class ScenarioTabs(QObject):
    """Tabs over the open scenarios and the compare view, for one window."""

    closed = Signal(Document)  # a document left the workspace (the window forgets it)

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        tabs: QTabBar,
        pages: QStackedWidget,
        compare_view: CompareView,
        files: FileActions,
        preferences: Preferences,
    ):
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._tabs = tabs
        self._pages = pages
        self._compare_view = compare_view
        self._files = files
        self._preferences = preferences
        self._ranking_key = "hhi"
        files.new_document = self.open_alongside
        workspace.documents_changed.connect(self._on_workspace_documents_changed)
        workspace.scenarios_changed.connect(self._on_workspace_scenarios_changed)
        tabs.currentChanged.connect(self._on_tabs_current_changed)
        tabs.tabCloseRequested.connect(self._on_tabs_close_requested)
        compare_view.ranking_changed.connect(self._on_compare_view_ranking_changed)

    def showing_compare(self) -> bool:
        """Whether the compare view is the page shown."""
        return self._pages.currentWidget() is self._compare_view

    def open_alongside(self, scenario: Scenario, path: Path | None) -> None:
        """Open ``scenario`` (from ``path``, if any) in a new tab and make it current."""
        document = Document(self._workspace.current.catalog, scenario, self._workspace)
        document.open(scenario, path)
        self._workspace.add(document)

    def close_document(self, document: Document) -> bool:
        """Close ``document`` (asking about unsaved changes); the last one is emptied instead."""
        self._workspace.set_current(document)
        if not self._files.confirm_discard():
            return False
        if len(self._workspace.documents) == 1:
            document.open(document.scenario.without_edits(), None)
            return True
        self._workspace.remove(document)
        self.closed.emit(document)
        return True

    def update_tabs(self) -> None:
        documents = self._workspace.documents
        tabs = self._tabs
        tabs.blockSignals(True)
        while tabs.count() > len(documents) + 1:
            tabs.removeTab(tabs.count() - 1)
        while tabs.count() < len(documents) + 1:
            tabs.addTab("")
        for i, document in enumerate(documents):
            name = self._workspace.name_of(document, self.tr("Untitled scenario"))
            modified = "" if document.undo_stack.isClean() else " *"
            tabs.setTabText(i, name + modified)
            tabs.setTabToolTip(i, self.tr("{name}: {file}").format(
                name=name, file=document.file or self.tr("not saved yet")))
        compare = len(documents)
        tabs.setTabText(compare, self.tr("Compare all"))
        tabs.setTabToolTip(compare, self.tr("Every open scenario side by side (Ctrl+M)"))
        tabs.setTabButton(compare, QTabBar.ButtonPosition.RightSide, None)
        tabs.setTabButton(compare, QTabBar.ButtonPosition.LeftSide, None)
        if self._pages.currentIndex() == 0:
            tabs.setCurrentIndex(self._workspace.index_of(self._workspace.current))
        tabs.blockSignals(False)

    def _on_workspace_documents_changed(self) -> None:
        self.update_tabs()
        if self.showing_compare():
            self._refresh_compare()

    def _on_workspace_scenarios_changed(self) -> None:
        if self.showing_compare():  # Undo on the compare page: the columns follow
            self._refresh_compare()

    def _on_tabs_current_changed(self, index: int) -> None:
        documents = self._workspace.documents
        if 0 <= index < len(documents):
            self._pages.setCurrentIndex(0)
            self._workspace.set_current(documents[index])
        elif index == len(documents):
            self._pages.setCurrentIndex(1)
            self._refresh_compare()

    def _on_tabs_close_requested(self, index: int) -> None:
        documents = self._workspace.documents
        if 0 <= index < len(documents):
            self.close_document(documents[index])

    def on_next_tab_activated(self) -> None:
        self._tabs.setCurrentIndex((self._tabs.currentIndex() + 1) % self._tabs.count())

    def on_previous_tab_activated(self) -> None:
        self._tabs.setCurrentIndex((self._tabs.currentIndex() - 1) % self._tabs.count())

    def on_compare_triggered(self) -> None:
        self._tabs.setCurrentIndex(self._tabs.count() - 1)

    def _refresh_compare(self) -> None:
        untitled = self.tr("Untitled scenario")
        named = [(self._workspace.name_of(d, untitled), d.state) for d in self._workspace.documents]
        self._compare_view.set_comparison(
            compare_scenarios(named, ranking_key=self._ranking_key))

    def _on_compare_view_ranking_changed(self, key: str) -> None:
        self._ranking_key = key
        self._refresh_compare()

    def on_close_scenario_triggered(self) -> None:
        self.close_document(self._workspace.current)

    def on_new_triggered(self) -> None:
        # A new, untitled scenario on the data shown, beside the others.
        if self._workspace.is_pristine(self._workspace.current):
            return
        self.open_alongside(self._workspace.current.scenario.without_edits(), None)

    def on_open_comparison_triggered(self) -> None:
        path = self.ask_comparison_path(save=False)
        if path is not None:
            self.open_comparison(path)

    def open_comparison(self, path: Path) -> bool:
        """Open every scenario a comparison file lists, beside those open; then compare."""
        try:
            _title, paths = comparison_files.load(path)
        except ValueError as exc:
            self._files.show_error(self.tr("Cannot open the comparison"), str(exc))
            return False
        opened = 0
        for scenario_path in paths:
            scenario = self._files.read(scenario_path)  # says what is wrong with a bad one
            if scenario is not None:
                if opened == 0 and self._workspace.is_pristine(self._workspace.current):
                    self._workspace.current.open(scenario, scenario_path)
                else:
                    self.open_alongside(scenario, scenario_path)
                opened += 1
        if opened:
            self.on_compare_triggered()
        return opened == len(paths)

    def on_save_comparison_triggered(self) -> None:
        self.save_comparison()

    def save_comparison(self) -> bool:
        """Save each open scenario (asking for names where needed), then the list of them."""
        for document in self._workspace.documents:
            if document.file is None or not document.undo_stack.isClean():
                self._workspace.set_current(document)
                if not self._files.save():
                    return False
        path = self.ask_comparison_path(save=True)
        if path is None:
            return False
        files = [d.file for d in self._workspace.documents if d.file is not None]
        try:
            comparison_files.save(files, path)
        except OSError as exc:
            self._files.show_error(self.tr("Cannot save the comparison"),
                                  self.tr("{name} cannot be written:\n{problem}").format(
                                      name=path, problem=exc.strerror or exc))
            return False
        self._window.statusBar().showMessage(
            self.tr("Saved the comparison of {n} scenarios in {name}").format(
                n=len(files), name=path.name), 5000)
        return True

    def ask_comparison_path(self, *, save: bool) -> Path | None:
        """Ask for a comparison file (kept here so tests can replace the dialog)."""
        folder = str(self._preferences.last_folder or Path.home())
        pattern = self.tr("Multivector comparisons (*.mvcompare.json);;All files (*)")
        if save:
            name, _ = QFileDialog.getSaveFileName(
                self._window, self.tr("Save comparison as"), folder, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(
                self._window, self.tr("Open comparison"), folder, pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".mvcompare.json")
