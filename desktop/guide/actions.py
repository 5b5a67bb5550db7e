"""How the window opens the guide: F1 and Help > Guide, and the "?" buttons.

F1 opens the page about the control that has the focus: a widget names its page in its
``guide_page`` property (the index panel names the selected index's page), and the
nearest such widget up the parents wins; elsewhere the guide opens at its start. The
guide's window is made when first asked for, in the interface language (its files in
``assets/guide/<language>/`` where they exist, English otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.guide.content import load_guide
from desktop.guide.help_window import HelpWindow
from models.datasets import Provenance

__all__ = ["PAGE_PROPERTY", "GuideActions", "page_for"]

PAGE_PROPERTY = "guide_page"


def page_for(widget: QWidget | None) -> str:
    """Return the guide page named by ``widget`` or its nearest parent ("start" if none)."""
    while widget is not None:
        page = widget.property(PAGE_PROPERTY)
        if isinstance(page, str) and page:
            return page
        widget = widget.parentWidget()
    return "start"


def interface_language() -> str:
    """Return the interface language: that of Qt's default locale, set at start."""
    return QLocale().name().split("_")[0].lower() or "en"


class GuideActions(QObject):
    """The Guide action (F1) and the guide's window, for one main window."""

    preset_requested = Signal(str)  # a file name of assets/presets/, from an exercise

    def __init__(self, window: QWidget, provenances: Callable[[], Sequence[Provenance]]):
        super().__init__(window)
        self._window = window
        self._provenances = provenances
        self.help_window: HelpWindow | None = None
        self.action = QAction(self.tr("&Guide"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        tip = self.tr("The guide: the indices, the rules, the data, exercises (F1)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self._on_action_triggered)

    def show_page(self, page_id: str) -> HelpWindow:
        """Open the guide at ``page_id`` and bring it to the front."""
        if self.help_window is None:
            guide = load_guide(self._provenances(), language=interface_language())
            self.help_window = HelpWindow(guide, self._window)
            self.help_window.preset_requested.connect(self.preset_requested)
        self.help_window.show_page(page_id)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def _on_action_triggered(self) -> None:
        focus = QApplication.focusWidget()
        if self.help_window is not None and focus is not None and (
                focus is self.help_window or self.help_window.isAncestorOf(focus)):
            self.show_page(self.help_window.current_page)  # F1 in the guide: stay
            return
        self.show_page(page_for(focus))
