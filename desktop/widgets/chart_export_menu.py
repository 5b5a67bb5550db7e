"""A chart's context menu: save it as PNG or SVG, or copy it as a picture.

pyqtgraph's own menus stay off (they zoom and pan, which these charts do not allow, and
their export dialog would not know the app's folders and sizes); this menu asks for what a
student needs and leaves the work to the window, which knows where files go.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu

__all__ = ["ChartExportMenu"]


class ChartExportMenu(QObject):
    """Right-click menu of one plot; ``export_requested`` says "png", "svg" or "copy"."""

    export_requested = Signal(str)

    def __init__(self, plot: pg.PlotWidget, parent: QObject | None = None):
        super().__init__(parent)
        self._plot = plot
        self.menu = QMenu(plot)
        self.png_action = self.menu.addAction(self.tr("Save as &PNG picture..."))
        self.svg_action = self.menu.addAction(self.tr("Save as &SVG drawing..."))
        self.menu.addSeparator()
        self.copy_action = self.menu.addAction(self.tr("&Copy as picture"))
        self.png_action.setToolTip(self.tr("At the size set in Export options, as sharp as "
                                           "this screen shows it"))
        self.png_action.triggered.connect(self._on_png_action_triggered)
        self.svg_action.triggered.connect(self._on_svg_action_triggered)
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        plot.customContextMenuRequested.connect(self._on_plot_custom_context_menu_requested)

    def _on_plot_custom_context_menu_requested(self, position: QPoint) -> None:
        self.menu.popup(self._plot.mapToGlobal(position))

    def _on_png_action_triggered(self) -> None:
        self.export_requested.emit("png")

    def _on_svg_action_triggered(self) -> None:
        self.export_requested.emit("svg")

    def _on_copy_action_triggered(self) -> None:
        self.export_requested.emit("copy")
