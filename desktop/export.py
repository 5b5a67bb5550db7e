"""File > Export, File > Print and the charts' menus: a scenario taken to an essay.

:class:`Exporter` writes the CSV (:mod:`models.export_csv`), the report as PDF or HTML
(:mod:`desktop.report`) and each chart as PNG or SVG (:mod:`desktop.chart_render`), prints
the report and copies a chart as a picture. It reads the window's document when asked and
changes nothing in it. Every file is made in memory first and written whole or not at all
(:func:`models.export_files.write_atomically`); a failure (the folder is gone, permission
is denied, the disk is full) is reported in a message naming the user's file.

The file name prompt (:meth:`Exporter.ask_export_path`) and the print dialog
(:meth:`Exporter.ask_printer`) are the only dialogs, kept apart so tests can answer them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.caveat_text import data_provenance
from desktop.chart_render import plot_image, plot_svg, png_bytes
from desktop.document import Document
from desktop.report import edit_lines, html_bytes, pdf_bytes, print_report
from desktop.settings import Preferences
from desktop.widgets.chart_panel import ChartPanel
from desktop.widgets.export_options_dialog import ExportOptionsDialog
from desktop.widgets.index_text import index_name
from models.edits import Edit
from models.export_csv import csv_bytes
from models.export_files import ExportError, write_atomically
from models.report_data import INDEX_KEYS, ReportData, report_data

__all__ = ["ExportSource", "Exporter"]


class ExportSource(Protocol):
    """What the exporter reads from its window (the window itself): no import of it here."""

    @property
    def document(self) -> Document: ...

    @property
    def charts(self) -> ChartPanel: ...

    def describe_edit(self, edit: Edit) -> str: ...


class Exporter(QObject):
    """Exports and printing for one window."""

    message = Signal(str, int)  # a word for the status bar, and for how many milliseconds

    def __init__(self, window: QWidget, source: ExportSource, preferences: Preferences):
        super().__init__(window)
        self._window = window
        self._source = source
        self._preferences = preferences

    # -- dialogs (kept apart so tests can replace them) -------------------------------------

    def ask_export_path(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        """Ask where to write; None if the student cancels. The suffix is added if missing."""
        name, _ = QFileDialog.getSaveFileName(self._window, title, str(suggested), name_filter)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suggested.suffix)

    def ask_printer(self) -> QPrinter | None:
        """Show the print dialog; the printer it set up, or None if cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print the report"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    # -- what to export -------------------------------------------------------------------------

    def report_data(self, *, worded: bool = False) -> ReportData:
        """Return the scenario as the window shows it, edits in the window's words.

        ``worded``: the data's source and caveats too (the report and the print-out, which
        are in the interface's language; the CSV keeps the data's own words).
        """
        state = self._source.document.state
        shown = self._preferences.indices_shown
        keys = None if shown is None else [k for k in INDEX_KEYS if k in shown]
        data = report_data(state, edit_lines=edit_lines(state, self._source.describe_edit),
                           index_keys=keys)
        if worded:
            data = dataclasses.replace(data, provenance=data_provenance(data.provenance))
        return data

    def _suggested(self, suffix: str, what: str = "") -> Path:
        document = self._source.document
        if document.file is not None:
            stem = document.file.stem
        else:
            stem = re.sub(r'[\\/:*?"<>|\s]+', "_", document.scenario.title).strip("_.")[:80]
        stem = stem or self.tr("scenario")
        if what:
            stem = f"{stem} - {what}"
        return self._folder() / f"{stem}{suffix}"

    def _folder(self) -> Path:
        prefs = self._preferences
        for folder in (prefs.export_folder, prefs.last_export_folder):
            if folder is not None:
                return folder
        document = self._source.document
        if document.file is not None and document.file.parent.is_dir():
            return document.file.parent
        return prefs.last_folder or Path.home()

    # -- actions --------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask for a file and write the scenario as CSV; return the file written."""
        path = self.ask_export_path(self.tr("Export as CSV"), self._suggested(".csv"),
                                    self.tr("CSV for a spreadsheet (*.csv);;All files (*)"))
        return None if path is None else self._write(path, lambda: csv_bytes(self.report_data()))

    def export_report_pdf(self) -> Path | None:
        """Ask for a file and write the report as PDF; return the file written."""
        path = self.ask_export_path(self.tr("Export the report as PDF"), self._suggested(".pdf"),
                                    self.tr("PDF documents (*.pdf);;All files (*)"))
        return None if path is None else self._write(
            path, lambda: pdf_bytes(self.report_data(worded=True)))

    def export_report_html(self) -> Path | None:
        """Ask for a file and write the report as one HTML file; return the file written."""
        path = self.ask_export_path(self.tr("Export the report as HTML"),
                                    self._suggested(".html"),
                                    self.tr("Web pages (*.html *.htm);;All files (*)"))
        return None if path is None else self._write(
            path, lambda: html_bytes(self.report_data(worded=True)))

    def export_chart(self, index: int, kind: str) -> Path | None:
        """Ask for a file and write chart `index` (a tab of the charts) as "png" or "svg"."""
        if kind not in ("png", "svg"):
            raise ValueError(f"`kind` must be 'png' or 'svg', not {kind!r}")
        charts = self._source.charts
        plot = charts.show_chart(index)
        what = charts.chart_title(index)
        size = self._preferences.export_size
        if kind == "png":
            path = self.ask_export_path(
                self.tr("Save {chart} as PNG").format(chart=what), self._suggested(".png", what),
                self.tr("PNG pictures (*.png);;All files (*)"))
            scale = max(1.0, plot.devicePixelRatioF())  # as sharp as this screen shows it
            make = partial(_png, plot, size, scale)
        else:
            path = self.ask_export_path(
                self.tr("Save {chart} as SVG").format(chart=what), self._suggested(".svg", what),
                self.tr("SVG drawings (*.svg);;All files (*)"))
            make = partial(plot_svg, plot, size)
        return None if path is None else self._write(path, make)

    def copy_chart(self, index: int) -> None:
        """Put chart `index` on the clipboard as a picture, at the export size."""
        plot = self._source.charts.show_chart(index)
        image = plot_image(plot, self._preferences.export_size,
                           scale=max(1.0, plot.devicePixelRatioF()))
        QGuiApplication.clipboard().setImage(image)
        self.message.emit(self.tr("Chart copied as a picture."), 4000)

    def on_chart_export_requested(self, index: int, kind: str) -> None:
        """Do what a chart's context menu asked: "png", "svg" or "copy"."""
        if kind == "copy":
            self.copy_chart(index)
        else:
            self.export_chart(index, kind)

    def print_report(self) -> bool:
        """Print the report (after the print dialog); True if it was sent to the printer."""
        data = self.report_data(worded=True)
        printer = self.ask_printer()
        if printer is None:
            return False
        print_report(data, printer)
        self.message.emit(self.tr("Report sent to the printer."), 4000)
        return True

    def edit_options(self) -> bool:
        """Show the export options; True if the student changed and kept them."""
        prefs = self._preferences
        dialog = ExportOptionsDialog(self._window)
        dialog.set_values(prefs.export_folder, prefs.export_size,
                          [(k, index_name(k)) for k in INDEX_KEYS],
                          INDEX_KEYS if prefs.indices_shown is None else prefs.indices_shown)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            folder, size, shown = dialog.values()
            prefs.export_folder = folder
            prefs.export_size = size
            prefs.indices_shown = None if set(shown) == set(INDEX_KEYS) else shown
        dialog.deleteLater()
        return accepted

    # -- writing --------------------------------------------------------------------------------

    def _write(self, path: Path, make: Callable[[], bytes]) -> Path | None:
        """Make the file's bytes, then write them whole; report a failure naming `path`."""
        try:
            write_atomically(path, make())
        except ExportError as exc:
            self.show_error(self.tr("Cannot export"), self._problem_text(exc))
            return None
        except (OSError, ValueError) as exc:  # the picture or PDF could not be made
            self.show_error(self.tr("Cannot export"), self.tr(
                "{path} was not written: {problem}. The scenario is unchanged.").format(
                    path=path, problem=exc))
            return None
        self._preferences.last_export_folder = path.parent
        self.message.emit(self.tr("Exported {path}").format(path=path), 6000)
        return path

    def _problem_text(self, exc: ExportError) -> str:
        folder = exc.path.parent
        reason = {
            "folder_missing": self.tr("the folder {folder} does not exist (was it moved or "
                                      "deleted?)"),
            "permission": self.tr("you may not write in {folder}"),
            "disk_full": self.tr("the disk is full"),
            "read_only": self.tr("{folder} is on a read-only disk"),
            "not_a_folder": self.tr("{folder} is not a folder, or the name is a folder's"),
        }.get(exc.problem, exc.detail).format(folder=folder)
        return self.tr("{path} was not written: {reason}.\n\nThe scenario is unchanged and no "
                       "part of the file was left behind.").format(path=exc.path, reason=reason)


def _png(plot: pg.PlotWidget, size: QSize, scale: float) -> bytes:
    return png_bytes(plot_image(plot, size, scale=scale))
