"""The window's actions and menus: File, Edit, Presets, Data, Help, the toolbars, and Export.

Built once, as Qt Designer's ``setupUi`` would build them (their texts in the window's
translation context, "MainWindow"): each function makes the actions
of :class:`~desktop.main_window.MainWindow`, sets them on it as attributes (``new_action``,
``undo_action``...), puts them in the menus and toolbars, and connects them to the window's
handlers. Nothing here acts on a document; the handlers do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from desktop.export import Exporter
from desktop.i18n import LanguageMenu

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

__all__ = ["ToolbarFit", "build_actions", "build_export"]


class ToolbarFit(QObject):
    """Put the data toolbar on a row of its own when both toolbars do not fit side by side.

    Russian and Kazakh labels make the two rows wider than a 1280-pixel window: the main
    toolbar would then be cut, hiding Undo, Redo, Reset and Presets behind its extension
    button. The check runs on every resize of the window (the toolbars' widths do not change
    while it runs: the labels are fixed).
    """

    def __init__(self, window: QMainWindow, first: QToolBar, second: QToolBar) -> None:
        super().__init__(window)
        self._window, self._first, self._second = window, first, second
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        """Break the toolbar area before the second toolbar if, and only if, it must."""
        window, second = self._window, self._second
        if window.toolBarArea(self._first) != window.toolBarArea(second):
            return  # the user moved one: leave it where it is
        needed = self._first.sizeHint().width() + second.sizeHint().width() + 8
        wanted = needed > window.width()
        if wanted != window.toolBarBreak(second):
            if wanted:
                window.insertToolBarBreak(second)
            else:
                window.removeToolBarBreak(second)


def build_actions(window: MainWindow) -> None:
    """Make the window's actions, its menus and its toolbars (not Export: build_export)."""
    group = window.workspace.undo_group
    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&New scenario"),
        QKeySequence.StandardKey.New,
        QCoreApplication.translate("MainWindow", "Start an untitled scenario on the data shown"),
        window.scenarios.on_new_triggered,
    )
    window.open_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Open..."),
        QKeySequence.StandardKey.Open,
        QCoreApplication.translate("MainWindow", "Open a scenario file"),
        window._on_open_triggered,
    )
    window.save_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Save"),
        QKeySequence.StandardKey.Save,
        QCoreApplication.translate("MainWindow", "Save the scenario"),
        window._on_save_triggered,
    )
    window.save_as_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Save &As..."),
        QKeySequence.StandardKey.SaveAs,
        QCoreApplication.translate("MainWindow", "Save the scenario in a new file"),
        window._on_save_as_triggered,
    )
    window.quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        QKeySequence.StandardKey.Quit,
        QCoreApplication.translate("MainWindow", "Close Multivector"),
        window.close,
    )
    window.undo_action = group.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = group.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    # Fixed toolbar labels (the menu and tooltip say what would be undone): otherwise the
    # toolbar would re-layout on every slider move as the step's text changes.
    window.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    window.redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    window.reset_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Rese&t scenario"),
        QKeySequence("Ctrl+R"),
        QCoreApplication.translate(
            "MainWindow", "Remove every edit and go back to the baseline (undoable)"
        ),
        window._on_reset_triggered,
    )
    window.reset_action.setIconText(QCoreApplication.translate("MainWindow", "Reset"))
    window.sources_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Data &sources and caveats..."),
        QKeySequence("Ctrl+I"),
        QCoreApplication.translate(
            "MainWindow", "Where the data come from, their caveats, and what is missing"
        ),
        window._on_sources_triggered,
    )
    window.about_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&About Multivector"),
        None,
        QCoreApplication.translate("MainWindow", "What this program is"),
        window._on_about_triggered,
    )
    window.close_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Close scenario"),
        QKeySequence.StandardKey.Close,
        QCoreApplication.translate(
            "MainWindow", "Close the current scenario (asks about unsaved changes)"
        ),
        window.scenarios.on_close_scenario_triggered,
    )
    window.compare_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Compare scenarios"),
        QKeySequence("Ctrl+M"),
        QCoreApplication.translate("MainWindow", "Every open scenario side by side"),
        window.scenarios.on_compare_triggered,
    )
    window.open_comparison_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Open co&mparison..."),
        None,
        QCoreApplication.translate("MainWindow", "Open a set of scenario files side by side"),
        window.scenarios.on_open_comparison_triggered,
    )
    window.save_comparison_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Save compa&rison as..."),
        None,
        QCoreApplication.translate(
            "MainWindow",
            "Save the open scenarios, each in its own file, and a file that lists them",
        ),
        window.scenarios.on_save_comparison_triggered,
    )
    window._next_tab = QShortcut(QKeySequence("Ctrl+Tab"), window)
    window._next_tab.activated.connect(window.scenarios.on_next_tab_activated)
    window._previous_tab = QShortcut(QKeySequence("Ctrl+Shift+Tab"), window)
    window._previous_tab.activated.connect(window.scenarios.on_previous_tab_activated)

    menu = window.menuBar()
    file_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (
        window.new_action,
        window.open_action,
        window.save_action,
        window.save_as_action,
        window.close_action,
    ):
        file_menu.addAction(action)
    window._add_recent_menu(file_menu)
    file_menu.addSeparator()
    for action in (window.open_comparison_action, window.save_comparison_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for action in (window.undo_action, window.redo_action):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(window.reset_action)
    window.presets_menu = QMenu(QCoreApplication.translate("MainWindow", "&Presets"), window)
    window.presets_menu.setToolTipsVisible(True)
    menu.addMenu(window.presets_menu)
    view_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Data"))
    view_menu.addAction(window.sources_action)
    view_menu.addAction(window.compare_action)
    settings_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    window.language_menu = LanguageMenu(window.preferences, window)
    settings_menu.addMenu(window.language_menu)
    help_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.about_action)

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (
        window.open_action,
        window.save_action,
        window.undo_action,
        window.redo_action,
        window.reset_action,
    ):
        toolbar.addAction(action)
    presets_button = QToolButton(window)
    presets_button.setText(QCoreApplication.translate("MainWindow", "Presets"))
    presets_button.setToolTip(
        QCoreApplication.translate("MainWindow", "Scenarios from the debate, ready to open")
    )
    presets_button.setMenu(window.presets_menu)
    presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    toolbar.addWidget(presets_button)
    data_bar = window.addToolBar(QCoreApplication.translate("MainWindow", "Data"))
    data_bar.setObjectName("data_toolbar")
    data_bar.addWidget(window.baseline_bar)
    window.toolbar_fit = ToolbarFit(window, toolbar, data_bar)


def build_export(window: MainWindow) -> None:
    """File > Export, File > Print and the charts' menus (desktop/export.py does the work)."""
    window.exporter = Exporter(window, window, window.preferences)
    window.export_csv_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&CSV for a spreadsheet..."),
        None,
        QCoreApplication.translate(
            "MainWindow", "The categories and the indices, with the sources and the edits in words"
        ),
        window.exporter.export_csv,
    )
    window.export_pdf_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Report (PDF)..."),
        None,
        QCoreApplication.translate(
            "MainWindow", "One or two pages for an essay: edits, indices, charts, sources"
        ),
        window.exporter.export_report_pdf,
    )
    window.export_html_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Report (&HTML)..."),
        None,
        QCoreApplication.translate("MainWindow", "The report as one web page, charts included"),
        window.exporter.export_report_html,
    )
    window.export_options_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Export &options..."),
        None,
        QCoreApplication.translate(
            "MainWindow", "Default folder, size of chart pictures, indices listed"
        ),
        window._on_export_options_triggered,
    )
    window.print_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Print report..."),
        QKeySequence.StandardKey.Print,
        QCoreApplication.translate("MainWindow", "Print the report"),
        window.exporter.print_report,
    )
    window.export_menu = QMenu(QCoreApplication.translate("MainWindow", "&Export"), window)
    for action in (window.export_csv_action, window.export_pdf_action, window.export_html_action):
        window.export_menu.addAction(action)
    window.export_menu.addSeparator()
    window.chart_export_actions = {}
    for index in range(window.charts.count()):
        for kind, words in (
            ("png", QCoreApplication.translate("MainWindow", "{chart} chart as PNG...")),
            ("svg", QCoreApplication.translate("MainWindow", "{chart} chart as SVG...")),
        ):
            action = window.export_menu.addAction(
                words.format(chart=window.charts.chart_title(index))
            )
            action.setData((index, kind))
            action.triggered.connect(window._on_chart_export_action_triggered)
            window.chart_export_actions[(index, kind)] = action
    window.export_menu.addSeparator()
    window.export_menu.addAction(window.export_options_action)
    file_menu = window.quit_action.associatedObjects()[0]
    assert isinstance(file_menu, QMenu)  # the quit action sits in the File menu only
    file_menu.insertMenu(window.quit_action, window.export_menu)
    file_menu.insertAction(window.quit_action, window.print_action)
    file_menu.insertSeparator(window.quit_action)
    window.charts.chart_export_requested.connect(window.exporter.on_chart_export_requested)
    window.exporter.message.connect(window._on_editing_message)


def _action(
    window: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    tip: str,
    slot: object,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    return action
