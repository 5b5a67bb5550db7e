"""The workbench window: partner table and editors, charts, indices; menus and toolbars.

Gestures become commands on the document's undo stack through
:class:`~desktop.editing.ScenarioEditing` (called from the ``_on_<widget>_<signal>``
handlers); the document's ``changed`` signal comes back to ``_on_document_changed``,
which hands plain view-model values to each widget's setter. Only the visible chart is
redrawn; the others are marked and redrawn when their tab is shown.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop import edit_dialogs, window_actions
from desktop import viewmodels as vm
from desktop.autosave import Autosaver
from desktop.caveat_text import data_provenance
from desktop.document import Document
from desktop.editing import CarryOver, ScenarioEditing
from desktop.export import Exporter
from desktop.file_actions import FileActions
from desktop.guide.actions import GuideActions
from desktop.i18n import LanguageMenu, Local, number_marks, translation_note
from desktop.import_actions import ImportActions
from desktop.import_choices import baseline_choices
from desktop.model_strings import model_text
from desktop.projection_actions import ProjectionActions
from desktop.scenario_tabs import ScenarioTabs
from desktop.settings import Preferences
from desktop.widgets.baseline_bar import BaselineBar
from desktop.widgets.chart_panel import ChartPanel
from desktop.widgets.compare_view import CompareView
from desktop.widgets.data_badge import DataBadge
from desktop.widgets.edit_panel import EditPanel
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.index_panel import IndexPanel
from desktop.widgets.info_bar import InfoBar
from desktop.widgets.partner_table import PartnerTable
from desktop.widgets.scenario_panel import EditLine, ScenarioPanel
from desktop.widgets.share_editor import ShareEditor
from desktop.widgets.sources_dialog import SourcesDialog
from desktop.words import ui_words
from desktop.workspace import Workspace
from models.analysis import Comparison
from models.data_status import data_status
from models.resources import asset_path
from models.scenario import CostShock, Edit, Growth, ScaleValue, SetShare

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Multivector's main window over the open scenarios (a :class:`Workspace`).

    The widgets show the current document; a tab per open scenario switches between them
    (Ctrl+Tab), and the last tab, Compare, sets them all side by side.
    """

    # Made by desktop/window_actions.py (build_actions, build_export), as setupUi would.
    new_action: QAction
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    close_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    reset_action: QAction
    sources_action: QAction
    about_action: QAction
    compare_action: QAction
    open_comparison_action: QAction
    save_comparison_action: QAction
    export_csv_action: QAction
    export_pdf_action: QAction
    export_html_action: QAction
    export_options_action: QAction
    print_action: QAction
    presets_menu: QMenu
    export_menu: QMenu
    language_menu: LanguageMenu
    toolbar_fit: window_actions.ToolbarFit
    exporter: Exporter
    chart_export_actions: dict[tuple[int, str], QAction]
    _next_tab: QShortcut
    _previous_tab: QShortcut

    def __init__(self, document: Document, preferences: Preferences | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = Workspace(document, self)
        self.preferences = preferences if preferences is not None else Preferences()
        self.files = FileActions(self, document, self.preferences)
        self._editings: dict[Document, ScenarioEditing] = {}
        self._bound: Document | None = None
        self._was_live = False  # whether a drag was under way at the last editing change
        self._sources_dialog: SourcesDialog | None = None
        self.setObjectName("MainWindow")
        self._build_widgets()
        self.scenarios = ScenarioTabs(self, self.workspace, self.tabs, self.pages,
                                      self.compare_view, self.files, self.preferences)
        window_actions.build_actions(self)
        self._connect()
        window_actions.build_export(self)
        self._build_learning()
        self.imports = ImportActions(self)  # File > Import data, Data > Remove, mirror
        self._bind(document)
        self._restore_preferences()

    @property
    def document(self) -> Document:
        """The current scenario's document."""
        return self.workspace.current

    @property
    def editing(self) -> ScenarioEditing:
        """The gestures-to-commands of the current document."""
        document = self.document
        editing = self._editings.get(document)
        if editing is None:
            editing = self._editings[document] = ScenarioEditing(document, self)
            editing.message.connect(self._on_editing_message)
            editing.ask_carry_over = self._ask_carry_over
        return editing

    # -- construction ------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.baseline_bar = BaselineBar(self)
        self.data_badge = DataBadge(self)
        self.data_badge.sources_requested.connect(self._on_sources_triggered)
        self.table = PartnerTable(self)
        self.share_editor = ShareEditor(self)
        self.edit_panel = EditPanel(self)
        self.info_bar = InfoBar(self)
        self.charts = ChartPanel(self)  # created in reading order: that is the Tab order
        self.index_panel = IndexPanel(self)
        self.scenario_panel = ScenarioPanel(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.data_badge)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.share_editor)
        left_layout.addWidget(self.edit_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workbench")
        self.splitter.setChildrenCollapsible(False)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("indices_and_scenario")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.index_panel)
        self.right_splitter.addWidget(self.scenario_panel)
        # The scenario's edits take what the window gains or loses (an info bar shown, a
        # second toolbar row): the index rows keep the height they were given.
        self.right_splitter.setStretchFactor(0, 0)
        self.right_splitter.setStretchFactor(1, 1)
        for widget, stretch in ((left, 5), (self.charts, 5), (self.right_splitter, 4)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        workbench = QWidget(self)
        workbench_layout = QVBoxLayout(workbench)
        workbench_layout.setContentsMargins(0, 0, 0, 0)
        workbench_layout.addWidget(self.info_bar)
        workbench_layout.addWidget(self.splitter, 1)
        self.compare_view = CompareView(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(workbench)
        self.pages.addWidget(self.compare_view)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Open scenarios"))
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Tab switches
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.tabs)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.source_label = ElidedLabel(self)
        self.source_label.setAccessibleName(self.tr("Data source"))
        self.sources_button = QPushButton(self.tr("Sources and caveats..."), self)
        self.sources_button.setToolTip(self.tr("Where the data come from, their caveats, and "
                                               "what is missing (Ctrl+I)"))
        self.statusBar().addWidget(self.source_label, 1)
        self.statusBar().addPermanentWidget(self.sources_button)

    def _on_chart_export_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            index, kind = action.data()
            self.exporter.export_chart(int(index), str(kind))

    def _build_learning(self) -> None:
        """Projections (their editor, the history chart) and the guide (F1, the "?" buttons)."""
        self.projection = ProjectionActions(self, self, self.charts)
        self.guide = GuideActions(self, self.document.catalog.provenances)
        menus = {id(m): m for a in (self.reset_action, self.about_action)
                 for m in a.associatedObjects() if isinstance(m, QMenu)}
        for menu in menus.values():
            if self.reset_action in menu.actions():  # the Edit menu
                menu.insertAction(self.reset_action, self.projection.action)
                menu.insertSeparator(self.reset_action)
            if self.about_action in menu.actions():  # the Help menu
                menu.insertAction(self.about_action, self.guide.action)
                menu.insertSeparator(self.about_action)
        self.edit_panel.projection_requested.connect(self.projection.open_editor)
        for source in (self.index_panel, self.share_editor, self.edit_panel, self.projection):
            source.help_requested.connect(self.guide.show_page)
        self.guide.preset_requested.connect(self._on_guide_preset_requested)

    def _on_guide_preset_requested(self, name: str) -> None:
        """Open an exercise's preset here, as the Presets menu does."""
        if self.files.open_preset(asset_path("presets", name)):
            self.raise_()
            self.activateWindow()

    def _on_export_options_triggered(self) -> None:
        if self.exporter.edit_options():
            self._on_document_changed()  # the index table lists the indices chosen

    def _index_rows_shown(self, comparison: Comparison) -> list[vm.IndexRow]:
        """Return the index table's rows: those chosen in Export options (all by default)."""
        shown = self.preferences.indices_shown
        marks = number_marks()
        rows = vm.index_rows(comparison, decimal=marks.decimal, points=marks.points)
        return rows if shown is None else [r for r in rows if r.key in shown or r.key == "hhi"]

    def describe_edit(self, edit: Edit) -> str:
        """Return ``edit`` in plain words, with the current document's names (for exports)."""
        return self.editing.describe(edit)

    def _connect(self) -> None:
        self.workspace.undo_group.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.workspace.current_changed.connect(self._on_workspace_current_changed)
        self.scenarios.closed.connect(self._on_scenarios_closed)
        self.presets_menu.aboutToShow.connect(self._on_presets_menu_about_to_show)
        self.sources_button.clicked.connect(self._on_sources_triggered)
        self.baseline_bar.field_changed.connect(self._on_baseline_bar_field_changed)
        self.table.current_changed.connect(self._on_table_current_changed)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self.table.model.share_requested.connect(self._on_share_set)
        self.table.model.lock_requested.connect(self._on_table_model_lock_requested)
        self.share_editor.drag_started.connect(self._on_share_editor_drag_started)
        self.share_editor.drag_moved.connect(self._on_share_editor_drag_moved)
        self.share_editor.drag_finished.connect(self._on_share_editor_drag_finished)
        self.share_editor.share_set.connect(self._on_share_set)
        self.share_editor.rule_changed.connect(self._on_share_editor_rule_changed)
        self.edit_panel.value_change_requested.connect(self._on_edit_panel_value_change_requested)
        self.edit_panel.cost_shock_requested.connect(self._on_edit_panel_cost_shock_requested)
        self.scenario_panel.texts_edited.connect(self._on_scenario_panel_texts_edited)
        self.scenario_panel.switch_requested.connect(self._on_scenario_panel_switch_requested)
        self.scenario_panel.remove_requested.connect(self._on_scenario_panel_remove_requested)
        self.scenario_panel.change_requested.connect(self._on_scenario_panel_change_requested)

    # -- the open scenarios -----------------------------------------------------------------

    def _bind(self, document: Document) -> None:
        """Show ``document``: its signals come to the window, every widget shows its state."""
        old = self._bound
        if old is document:
            return
        if old is not None:
            old.changed.disconnect(self._on_document_changed)
            old.editing_changed.disconnect(self._on_document_editing_changed)
            old.baseline_changed.disconnect(self._on_document_baseline_changed)
            old.file_changed.disconnect(self._update_title)
        document.changed.connect(self._on_document_changed)
        document.editing_changed.connect(self._on_document_editing_changed)
        document.baseline_changed.connect(self._on_document_baseline_changed)
        document.file_changed.connect(self._update_title)
        self._bound = document
        self.files.bind(document)
        self._on_document_baseline_changed()
        self._on_document_changed()
        self.scenarios.update_tabs()

    def _on_workspace_current_changed(self) -> None:
        self._bind(self.document)

    def _on_scenarios_closed(self, document: Document) -> None:
        editing = self._editings.pop(document, None)
        if editing is not None:
            editing.deleteLater()

    # -- document -> widgets --------------------------------------------------------------

    def _on_document_baseline_changed(self) -> None:
        document = self.document
        baseline = document.baseline
        current = document.editing.current  # the document's choice, not the table's
        status = data_status(baseline.table, document.catalog, level=document.scenario.level)
        quoted = status.quoted
        self.table.model.set_baseline(
            baseline.codes, baseline.names, baseline.values, baseline.shares,
            revised=quoted.revised if quoted is not None and quoted.codes == baseline.codes
            else None)
        words = ui_words(status.words)
        self.table.set_words(words.one, words.many, words.many_detailed)
        self.table.set_unallocated(status.unallocated)
        self.share_editor.set_words(words.one, words.many)
        self.edit_panel.set_words(words.one, words.many)
        self.data_badge.set_status(status, year=baseline.table.year)
        self.index_panel.set_scope("" if quoted is None else self.tr(
            "Over the {n} {many} quoted in the press only: not all of {reporter}'s trade."
        ).format(n=len(quoted.codes), many=words.many, reporter=baseline.table.reporter_name))
        self.table.resort()
        codes = baseline.codes
        by_share = sorted(range(len(codes)), key=lambda i: -float(baseline.values[i]))
        self.share_editor.set_sources([codes[i] for i in by_share],
                                      [baseline.names[i] for i in by_share])
        if current in codes:
            self.table.select_code(current)
        elif codes:
            self.table.view.selectRow(0)
        choices = baseline_choices(document.catalog, document.scenario.reporter)
        self.baseline_bar.set_choices(choices.reporters, choices.dimensions, choices.releases)
        self.baseline_bar.set_scenario(document.scenario, document.state.years)
        self._on_share_editor_rule_changed()  # the sources may have changed with the data
        self.charts.baseline_changed()
        self._update_source_label()
        if self._sources_dialog is not None and self._sources_dialog.isVisible():
            self._fill_sources_dialog()

    def _on_document_changed(self) -> None:
        state = self.document.state
        outcome, comparison = state.outcome, state.comparison
        live = state.editing.live
        self.table.model.set_outcome(outcome.values, outcome.shares, outcome.locked)
        if not live:
            self.table.resort()
        self.index_panel.set_rows(self._index_rows_shown(comparison))
        self.index_panel.set_n_used(comparison.n_used, state.scenario.active_only)
        self.charts.set_comparison(self.document, comparison, live=live)
        self.projection.document_changed()
        self._refresh_share_editor()
        if not live:
            self.baseline_bar.set_scenario(state.scenario, state.years)
            self._update_info()
            self._update_title()

    def _on_document_editing_changed(self) -> None:
        live = self.document.editing.live
        if self._was_live and not live:
            self._on_document_changed()  # a drag ended: re-sort, notes, title, axes
        else:
            self._refresh_share_editor()  # another category or rule: the editor only
        self._was_live = live

    def _refresh_share_editor(self) -> None:
        state = self.document.state
        code, outcome = state.editing.current, state.outcome
        if not code or code not in outcome.baseline.codes:
            self.share_editor.set_partner("", "", 0.0, 0.0, 0.0, locked=False)
            return
        index = outcome.baseline.index_of(code)
        share = float(outcome.shares[index]) if outcome.values.sum() > 0 else 0.0
        lo, hi = state.share_range
        self.share_editor.set_partner(code, outcome.baseline.names[index], share, lo, hi,
                                      locked=code in outcome.locked)

    def _update_info(self) -> None:
        state = self.document.state
        scenario = state.scenario
        notes = [*state.undefined, *state.outcome.messages]
        skipped = state.skipped
        if skipped:
            notes.append(self.tr(
                "%n edit(s) do not apply to these data and are not in force (see the Scenario "
                "panel); they stay in the scenario and apply again where they fit.", "",
                len(skipped)))
        self.info_bar.set_info(scenario.title, scenario.description, scenario.references, notes)
        self.scenario_panel.set_scenario(scenario.title, scenario.description, scenario.notes, [
            EditLine(s.position, self.editing.describe(s.edit), s.status, s.reason,
                     changeable=isinstance(s.edit, SetShare | ScaleValue | CostShock | Growth))
            for s in state.edits])

    def _update_title(self, clean: bool | None = None) -> None:
        file = self.document.file
        name = file.name if file is not None else (self.document.scenario.title
                                                   or self.tr("Untitled scenario"))
        self.setWindowTitle(self.tr("{name}[*] - Multivector").format(name=name))
        if clean is None:
            clean = self.document.undo_stack.isClean()
        self.setWindowModified(not clean)

    def _update_source_label(self) -> None:
        table = self.document.baseline.table
        provenance = table.provenance
        status = {"final": self.tr("final"), "preliminary": self.tr("preliminary"),
                  "partial": self.tr("incomplete"), "approximate": self.tr("approximate")
                  }.get(table.status, table.status)
        if table.release == "first_published":
            status = self.tr("as first published: only %n quoted", "", len(table.codes))
        if table.unallocated is None:
            missing = self.tr("no official total, so what is unlisted is unknown")
        else:
            missing = self.tr("unallocated {value:,.0f} {unit}").format(
                value=Local(table.unallocated), unit=model_text(provenance.unit))
        # What matters first: the bar cuts the end, which is the long name of the source.
        provenance = data_provenance(provenance)
        self.source_label.setText(self.tr(
            "{name} {year} {flow}, {status}; {missing}; {count} caveat(s). Source: {source}"
        ).format(name=table.reporter_name, year=table.year, flow=model_text(table.flow),
                 status=status, missing=missing, count=len(provenance.caveats),
                 source=provenance.source))
        self.source_label.setToolTip("\n".join(
            [provenance.source, provenance.release, *("- " + c for c in provenance.caveats)]))

    def _name_of(self, code: str) -> str:
        return self.editing.name_of(code)

    # -- gestures -> commands (desktop/editing.py builds and pushes them) -------------------

    def _on_share_set(self, code: str, share: float) -> None:
        if not self.editing.set_share(code, share):
            self._refresh_share_editor()  # show the share as it is

    def _on_share_editor_drag_started(self, _code: str) -> None:
        self.editing.start_drag()

    def _on_share_editor_drag_moved(self, code: str, share: float) -> None:
        self.editing.move_drag(code, share)

    def _on_share_editor_drag_finished(self, _code: str) -> None:
        self.editing.finish_drag()  # the document says so: re-sort, notes, title, axes

    def _on_share_editor_rule_changed(self) -> None:
        # The editor's own choice, sent with its signal: the rule lives in the document.
        editing = self.document.editing
        self.document.set_editing(replace(editing, rule=self.share_editor.rule(),
                                          source=self.share_editor.source()))

    def _on_reset_triggered(self) -> None:
        self.editing.reset()

    def _on_table_model_lock_requested(self, code: str, locked: bool) -> None:
        self.editing.set_lock(code, locked)

    def _on_scenario_panel_switch_requested(self, position: int, on: bool) -> None:
        self.editing.switch_edit(position, on)

    def _on_scenario_panel_remove_requested(self, position: int) -> None:
        self.editing.remove_edit(position)

    def _on_scenario_panel_texts_edited(self, title: str, description: str, notes: str) -> None:
        self.editing.set_texts(title=title, description=description, notes=notes)

    def _on_scenario_panel_change_requested(self, position: int) -> None:
        edit = self.document.scenario.edits[position - 1]
        if isinstance(edit, Growth):  # a projection has its own editor
            self.projection.open_editor()
            return
        changed = self._ask_changed_edit(edit)
        if changed is not None:
            self.editing.replace_edit(position, changed)

    def _ask_changed_edit(self, edit: Edit) -> Edit | None:
        """Ask for the edit's new number (a method, so tests can replace the dialog)."""
        return edit_dialogs.ask_changed_edit(self, edit, self.editing.describe(edit))

    def _ask_carry_over(self, carry: CarryOver) -> str:
        """Ask whether to keep the edits on the new baseline (tests replace this)."""
        return edit_dialogs.ask_carry_over(self, carry)

    def _on_edit_panel_value_change_requested(self, percent: float) -> None:
        self.editing.scale_values(self.table.selected_codes(), percent)

    def _on_edit_panel_cost_shock_requested(self, shock: float, sigma: float) -> None:
        self.editing.cost_shock(self.table.selected_codes(), shock, sigma)

    def _on_baseline_bar_field_changed(self, field: str, value: object) -> None:
        if not self.editing.change_baseline(field, value):
            self._on_document_baseline_changed()  # show the selectors as they are

    def _on_editing_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    # -- table selection ------------------------------------------------------------------

    def _on_table_current_changed(self, code: str) -> None:
        self.document.set_editing(replace(self.document.editing, current=code or None))

    def _on_table_selection_changed(self) -> None:
        self.edit_panel.set_selection([self._name_of(c) for c in self.table.selected_codes()])

    # -- files, presets, sources ------------------------------------------------------------

    def _on_open_triggered(self) -> None:
        self.files.open_file()

    def _on_save_triggered(self) -> None:
        self.files.save()

    def _on_save_as_triggered(self) -> None:
        self.files.save_as()

    def _on_presets_menu_about_to_show(self) -> None:
        self.files.fill_presets_menu(self.presets_menu)

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        # The signal says whether the stack is clean: no need to ask it (it may be on its
        # way out when the window is torn down).
        self._update_title(clean)

    def _on_sources_triggered(self) -> None:
        if self._sources_dialog is None:
            self._sources_dialog = SourcesDialog(self)
        self._fill_sources_dialog()
        self._sources_dialog.show()
        self._sources_dialog.raise_()
        self._sources_dialog.activateWindow()

    def _fill_sources_dialog(self) -> None:
        assert self._sources_dialog is not None
        baseline = self.document.baseline
        self._sources_dialog.set_sources(baseline.table, float(baseline.table.values.sum()),
                                         self.document.catalog.provenances())
        self._sources_dialog.set_imported(self.imports.imported_lines())

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Multivector"), self.tr(
            "Multivector: move a country's trade between its partners and see what it does "
            "to concentration and diversification. Offline; data embedded with their sources.")
            + "\n\n" + translation_note())

    # -- window life ---------------------------------------------------------------------------

    def _restore_preferences(self) -> None:
        geometry = self.preferences.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1440, screen.width()), min(900, screen.height()))
        state = self.preferences.window_state
        if state is not None:
            self.restoreState(state)
        splitter = self.preferences.splitter_state(self.splitter.objectName())
        self._splitter_restored = splitter is not None and self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:  # first start: table, charts, then the indices
            self._splitter_restored = True
            width = self.width() - 8  # the splitter is not laid out yet
            indices = self.index_panel.minimumSizeHint().width()
            # The table takes up to 37 %, but leaves the charts room for all their tabs.
            tabs = self.charts.tabBar().sizeHint().width() + 4
            first = self.splitter.widget(0)
            left = first.minimumSizeHint().width() if first is not None else 0
            table = max(left, min(int(0.37 * width), width - indices - tabs))
            self.splitter.setSizes([table, max(width - table - indices, 0), indices])
            height = self.right_splitter.height() or self.height() // 2
            # Every index row if there is room, and the scenario's edits below.
            spare = height - self.scenario_panel.minimumSizeHint().height()
            indices_height = max(min(self.index_panel.full_height(), spare), int(0.55 * height))
            self.right_splitter.setSizes([indices_height, height - indices_height])

    def closeEvent(self, event: QCloseEvent) -> None:
        for document in self.workspace.documents:  # each scenario with changes asks
            if not document.undo_stack.isClean():
                self.workspace.set_current(document)
                if not self.files.confirm_discard():
                    event.ignore()
                    return
        self.preferences.geometry = self.saveGeometry()
        self.preferences.window_state = self.saveState()
        self.preferences.set_splitter_state(self.splitter.objectName(), self.splitter.saveState())
        self.preferences.sync()
        self._remove_autosaves()  # a normal close: each scenario was saved or discarded
        self.imports.stop()  # an import under way is cancelled: nothing half-kept
        event.accept()

    # -- recent files and autosave ---------------------------------------------------------

    autosaver: Autosaver | None = None
    _autosaved: tuple[Document, ...] = ()

    def _add_recent_menu(self, file_menu: QMenu) -> None:
        """File > Open Recent, right after Open."""
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setToolTipsVisible(True)
        file_menu.insertMenu(self.save_action, self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self.files.message.connect(self._on_editing_message)

    def _on_recent_menu_about_to_show(self) -> None:
        self.files.fill_recent_menu(self.recent_menu)

    def set_autosaver(self, autosaver: Autosaver) -> None:
        """Autosave every scenario open in this window through ``autosaver``."""
        self.autosaver = autosaver
        autosaver.problem.connect(self._on_autosaver_problem)
        self.workspace.documents_changed.connect(self._on_workspace_documents_autosaved)
        self._on_workspace_documents_autosaved()

    def _on_workspace_documents_autosaved(self) -> None:
        # A scenario closed (after its Save/Discard question) loses its autosave.
        autosaver = self.autosaver
        if autosaver is None:
            return
        documents = self.workspace.documents
        for document in self._autosaved:
            if document not in documents:
                autosaver.unwatch(document)
        for document in documents:
            autosaver.watch(document)
        self._autosaved = documents

    def _remove_autosaves(self) -> None:
        autosaver = self.autosaver
        if autosaver is None:
            return
        self.workspace.documents_changed.disconnect(self._on_workspace_documents_autosaved)
        autosaver.problem.disconnect(self._on_autosaver_problem)
        for document in self.workspace.documents:
            autosaver.unwatch(document)
        self._autosaved = ()
        self.autosaver = None  # the window is closed: nothing more to keep

    def _on_autosaver_problem(self, message: str, first: bool) -> None:
        self.statusBar().showMessage(message, 30000)
        if first:  # the dialog once; the status bar each time the problem changes
            QMessageBox.warning(self, self.tr("Autosave failed"), message)
