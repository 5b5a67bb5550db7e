"""File > Import data, Data > Remove imported data, Data > Reported vs mirror.

Importing a file: the student picks it (:meth:`ImportActions.ask_import_path`, the one
dialog tests replace); a worker thread reads it (``models.importers.read_file``) while a
progress dialog moves and its Cancel stops the reading at once; the summary the command
line prints is shown with Import and Cancel; only on Import is the data set kept
(``models.user_data.keep``, on the worker thread too). The app's catalog is then built
again (``models.user_data.load_app_catalog``: the embedded data plus every kept set) and
every open scenario uses it, so the new reporter is listed by the Country selector, its
provenance is in the sources dialog and it is there on the next start. A file that cannot
be read is reported with the importer's message (file, line, column); nothing is kept.

Removing a kept set asks first; a set an open scenario shows is not removed (the student is
told to switch that scenario to another country first).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from desktop.i18n import window_catalog
from desktop.import_choices import fit_to_reporter
from desktop.import_dialogs import ImportSummaryDialog, KeptSet
from desktop.import_mirror import MirrorActions
from desktop.import_removal import DataSetRemoval
from desktop.import_task import ImportTask, Work
from desktop.model_strings import model_text
from models.datasets import Catalog, DataError, load_catalog
from models.importers import CancelCheck, ImportedData, ProgressCallback, read_file, summary_text
from models.scenario import Scenario
from models.user_data import AppData, DataSet, ImportOutcome, keep, load_app_catalog
from models.workbench import Workbench

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

__all__ = ["ImportActions"]

_STEPS = 1000  # the progress bar's range


class ImportActions(QObject):
    """The window's imported data: importing, removing, and mirror figures."""

    def __init__(self, window: MainWindow, embedded: Catalog | None = None):
        super().__init__(window)
        self._window = window
        self._embedded = embedded  # read when first needed: not on the way to the window
        self.app_data: AppData | None = None  # read when first needed
        self.task: ImportTask | None = None  # the reading or keeping under way
        self.progress_dialog: QProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._path: Path | None = None
        self._read: ImportedData | None = None
        self.removal = DataSetRemoval(window, self)  # Data > Remove imported data
        self.mirror = MirrorActions(window, self)  # Data > Reported vs mirror
        self._build_actions()

    def _build_actions(self) -> None:
        window = self._window
        self.import_action = QAction(self.tr("&Import data..."), self)
        tip = self.tr("Read a UN Comtrade, WITS or template file: any country's trade by "
                      "partner or product, kept for the next start")
        self.import_action.setToolTip(tip)
        self.import_action.setStatusTip(tip)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu = next(m for m in window.quit_action.associatedObjects() if isinstance(m, QMenu))
        file_menu.insertAction(window.export_menu.menuAction(), self.import_action)
        data_menu = next(m for m in window.sources_action.associatedObjects()
                         if isinstance(m, QMenu))
        data_menu.addSeparator()
        data_menu.addAction(self.removal.action)
        data_menu.addAction(self.mirror.action)

    # -- the app's data -----------------------------------------------------------------

    def app(self) -> AppData:
        """Return the kept data sets and their catalog (read from the folder when first needed)."""
        if self.app_data is None:
            self.app_data = self._load()
        return self.app_data

    def _load(self) -> AppData:
        try:
            return load_app_catalog(embedded=self.embedded)
        except OSError as exc:  # the user data folder cannot be listed
            return AppData(self.embedded, (), (), (self.tr(
                "The imported data sets cannot be read: {problem}").format(problem=exc),))

    @property
    def embedded(self) -> Catalog:
        """The app's own data, without the kept sets (read once, when first needed)."""
        if self._embedded is None:
            self._embedded = window_catalog()
        return self._embedded

    def set_app_data(self, app: AppData) -> None:
        """Take ``app`` as the kept data sets (the catalog the window was built on)."""
        self.app_data = app
        for problem in app.problems:
            self._message(problem, 30000)

    def reload(self) -> bool:
        """Read the kept data sets again and make every open scenario use them."""
        return self._apply(self._load())

    def _apply(self, app: AppData) -> bool:
        """Make every open scenario use ``app``'s catalog: all of them, or none."""
        documents = self._window.workspace.documents
        workbench = Workbench(app.catalog)
        try:
            for document in documents:
                workbench.baseline(document.scenario)
        except ValueError as exc:
            QMessageBox.warning(self._window, self.tr("Cannot use the imported data"), str(exc))
            return False
        self.app_data = app
        for document in documents:
            document.set_catalog(app.catalog)
        for problem in app.problems:
            self._message(problem, 30000)
        return True

    def _message(self, text: str, milliseconds: int = 10000) -> None:
        self._window.statusBar().showMessage(text, milliseconds)

    def _name(self, iso3: str) -> str:
        try:
            return self.embedded.country_name(iso3)
        except DataError:
            return iso3

    def why_unused(self, data_set: DataSet) -> str | None:
        """Return why a kept reported data set is not in the catalog (None if it is)."""
        return next((why for s, why in self.app().shadowed if s.id == data_set.id), None)

    def imported_lines(self) -> list[str]:
        """One line per kept data set and per problem, for the sources dialog."""
        lines = [f"{k.text}: {k.detail}" for k in self.kept_sets()]
        return lines + list(self.app().problems)

    def kept_sets(self) -> list[KeptSet]:
        """Return the kept data sets, oldest first, as the remove dialog lists them."""
        kept = []
        for s in self.app().sets:
            text = self.tr("{name} ({code}), {format}, from {file}, imported {date}").format(
                name=s.reporter_name, code=s.reporter, format=s.format, file=s.source_file,
                date=s.imported[:10])
            why = self.why_unused(s)
            if s.kind == "mirror":
                text = self.tr("Mirror data for {text}").format(text=text)
                use = self.tr("what the partners report (Data > Reported vs mirror)")
            elif why is not None:
                use = self.tr("kept but not used: {why}").format(why=why)
            else:
                use = self.tr("in use: {name} is in the Country selector").format(
                    name=s.reporter_name)
            kept.append(KeptSet(s.id, text, self.tr("{use}; kept as {id} in {folder}").format(
                use=use, id=s.id, folder=s.folder.parent)))
        return kept

    # -- the worker ----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a file is being read or kept."""
        return self.task is not None

    def _start(self, work: Work, label: str, succeeded: Callable[[Any], None], *,
               cancellable: bool) -> ImportTask:
        task = ImportTask(work, self)
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Import data - Multivector"))
        dialog.setLabelText(label)
        dialog.setRange(0, _STEPS if cancellable else 0)  # keeping: a busy bar
        # Not modal: a modal progress dialog runs the event loop inside setValue(), where the
        # task's last signal could close and delete the dialog under its own call (a crash).
        # The window stays usable; a second import waits for this one (``busy``).
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(task.cancel)
        else:
            dialog.setCancelButton(None)
        task.progressed.connect(self._on_task_progressed)
        task.succeeded.connect(succeeded)  # before start(): a small file is read at once
        task.failed.connect(self._on_task_failed)
        task.cancelled.connect(self._on_task_cancelled)
        self.task, self.progress_dialog = task, dialog
        dialog.show()
        task.start()
        return task

    def _end_task(self) -> None:
        task, dialog = self.task, self.progress_dialog
        self.task = self.progress_dialog = None
        if task is not None:
            task.wait()  # its run() is returning: it has sent its last signal
            task.deleteLater()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def stop(self) -> None:
        """Cancel a reading under way and wait for its thread (the window is closing)."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
            self._end_task()
        for dialog in (self.summary_dialog, self.removal.dialog, self.mirror.dialog):
            if dialog is not None:
                dialog.close()

    def _on_task_progressed(self, share: float) -> None:
        if self.progress_dialog is not None and self.progress_dialog.maximum() > 0:
            self.progress_dialog.setValue(int(share * _STEPS))

    def _on_task_failed(self, problem: str) -> None:
        self._end_task()
        QMessageBox.warning(self._window, self.tr("Cannot import the file"), self.tr(
            "{problem}\n\nNothing was imported. The file must be a UN Comtrade or WITS "
            "download, or follow the import template (docs/import-template.md).").format(
                problem=problem))

    def _on_task_cancelled(self) -> None:
        self._end_task()
        self._message(self.tr("Import cancelled: nothing was kept."))

    # -- File > Import data ----------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        """Ask for the file to import (one method, so tests can replace the dialog)."""
        folder = self._window.preferences.last_folder or Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import data"), str(folder),
            self.tr("Trade data (*.csv *.tsv *.txt);;All files (*)"))
        return Path(name) if name else None

    def _on_import_action_triggered(self) -> None:
        self.import_file()

    def import_file(self, path: Path | None = None) -> bool:
        """Start importing ``path`` (asked for if None); False if nothing was started."""
        if self.busy:
            self._message(self.tr("A file is being imported; wait for it or cancel it."))
            return False
        path = path or self.ask_import_path()
        if path is None:
            return False
        # Files name partners in English: they are matched on the app's English names, read
        # here (once, cached) and not on the worker thread, which only reads the file.
        english = load_catalog()
        countries = {iso3: english.country_name(iso3) for iso3 in english.countries}

        def work(progress: ProgressCallback, cancelled: CancelCheck) -> ImportedData:
            return read_file(path, countries=countries, progress=progress, cancelled=cancelled)

        self._path = path
        self._start(work, self.tr("Reading {name}...").format(name=path.name),
                    self._on_read_succeeded, cancellable=True)
        return True

    def _on_read_succeeded(self, data: ImportedData) -> None:
        self._end_task()
        self._read = data
        name = self._name(data.reporter)
        years = ", ".join(str(y) for y in data.years)
        if data.kind == "mirror":
            headline = self.tr(
                "Mirror data: what {n} partners report trading with {name} ({code}), {years}. "
                "Import keeps them, to set beside {name}'s own figures (Data > Reported vs "
                "mirror).").format(n=len(data.partner_codes), name=name, code=data.reporter,
                                    years=years)
        else:
            headline = self.tr(
                "{name} ({code}), {years}: {flows}, by {by}. Import keeps it as a source like "
                "the app's own data: {name} joins the Country selector, now and at the next "
                "start.").format(name=name, code=data.reporter, years=years,
                                 flows=", ".join(model_text(f) for f in data.flows),
                                 by=", ".join(self._dimension_words(d) for d in data.dimensions))
        dialog = ImportSummaryDialog(headline, summary_text(data, name), self._summary_note(data),
                                     self._window)
        dialog.accepted.connect(self._on_summary_dialog_accepted)
        dialog.rejected.connect(self._on_summary_dialog_rejected)
        self.summary_dialog = dialog
        dialog.open()

    def _dimension_words(self, dimension: str) -> str:
        return {"partners": self.tr("partner"), "hs_sections": self.tr("HS section"),
                "hs_chapters": self.tr("HS chapter")}.get(dimension, dimension)

    def _summary_note(self, data: ImportedData) -> str:
        if data.kind != "reported":
            return ""
        name = self._name(data.reporter)
        if data.reporter in self.embedded.reporters:
            return self.tr("{name} has the app's own data, which stay in use: this file is "
                           "kept but not listed. Use it from the command line with --data."
                           ).format(name=name)
        earlier = [s for s in self.app().sets
                   if s.kind == "reported" and s.reporter == data.reporter]
        if earlier:
            return self.tr("It takes the place of the earlier import of {name} (from {file}), "
                           "which stays kept but unused.").format(
                               name=name, file=earlier[-1].source_file)
        return ""

    def _close_summary(self) -> None:
        dialog = self.summary_dialog
        self.summary_dialog = None
        if dialog is not None:
            dialog.deleteLater()

    def _on_summary_dialog_rejected(self) -> None:
        self._close_summary()
        self._read = None
        self._message(self.tr("Not imported: nothing was kept."))

    def _on_summary_dialog_accepted(self) -> None:
        self._close_summary()
        data, path = self._read, self._path
        self._read = None
        if data is None or path is None:
            return

        def work(_progress: ProgressCallback, cancelled: CancelCheck) -> ImportOutcome:
            return keep(data, path, cancelled=cancelled)

        self._start(work, self.tr("Keeping {name}...").format(name=path.name),
                    self._on_keep_succeeded, cancellable=False)

    def _on_keep_succeeded(self, outcome: ImportOutcome) -> None:
        self._end_task()
        if not self.reload():
            return
        kept = outcome.data_set
        name = kept.reporter_name
        said = (self.tr("Imported {file}: kept as {id}.") if outcome.new else
                self.tr("{file} was imported before ({id}).")).format(
                    file=kept.source_file, id=kept.id)
        self._message(said, 15000)
        self.removal.refresh()
        if kept.kind == "mirror":
            self.mirror.show_mirror(kept.reporter)
            return
        why = self.why_unused(kept)
        if why is not None:
            QMessageBox.warning(self._window, self.tr("Kept but not used"), self.tr(
                "{file} is kept, but {name}'s data in the app stay as they were: {why}.")
                .format(file=kept.source_file, name=name, why=why))
            return
        self.show_reporter(kept.reporter)

    def show_reporter(self, reporter: str) -> None:
        """Show ``reporter``'s data: in the current scenario if it is untouched, else beside it."""
        window = self._window
        document = window.document
        if document.scenario.reporter == reporter:
            return
        catalog = document.catalog
        scenario = fit_to_reporter(catalog, Scenario(reporter, catalog.default_year(reporter)))
        if window.workspace.is_pristine(document):
            document.open(scenario, None)
        else:  # the student's work stays as it is; the new data open in a tab of their own
            window.scenarios.open_alongside(scenario, None)
