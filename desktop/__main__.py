"""Start the Multivector desktop app: ``python -m desktop [SCENARIO.json]``.

A scenario file named on the command line is opened at start, as a double-click in a file
manager does (the file manager passes the file's path). A file that cannot be opened is
reported in the app's usual dialog and the app starts on the default scenario. Data that
cannot be read stop the app with a message saying what is missing (exit status 1); the
command line says the same (``models.resources.data_problem_text``). Scenarios with unsaved
changes are autosaved; after a crash the next start offers to restore them
(:func:`keep_unsaved_work`). The data are the embedded ones plus the data sets the user
imported (``models.user_data``; ``MULTIVECTOR_USER_DATA`` names their folder).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from models.datasets import Catalog
    from models.user_data import AppData

__all__ = ["build_window", "keep_unsaved_work", "main", "start"]


def _install_translators(app: QApplication) -> None:
    """Load Qt's own and Multivector's translations for the chosen language.

    The language is the preference (``desktop.i18n``), taken from the system locale at the
    first start; English needs none, and a missing translation file leaves English.
    """
    from desktop.i18n import install_translators, preferred_language
    from desktop.settings import Preferences

    install_translators(app, preferred_language(Preferences()))


def _set_icon(app: QApplication) -> None:
    """Give every window the app's icon (none if the assets lack it: not worth stopping)."""
    from models.resources import asset_path

    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(asset_path("icons", "multivector.svg"))))


def _read_catalog() -> Catalog:
    """Read the data from the folder ``models.resources`` finds now (``MULTIVECTOR_ASSETS``).

    Country and vector names come in the interface's language.
    """
    from desktop.i18n import window_catalog
    from models.resources import asset_path

    return window_catalog(asset_path("data"))


def _read_app_data() -> AppData:
    """Read the embedded data and add the data sets the user imported and kept.

    A kept data set that cannot be read is left out and named in ``problems``; only the
    embedded data can stop the app (``OSError``, ``ValueError``).
    """
    from models.user_data import AppData, load_app_catalog

    embedded = _read_catalog()
    try:
        return load_app_catalog(embedded=embedded)
    except OSError as exc:  # the user data folder cannot be listed: the app's data still work
        return AppData(embedded, (), (), (
            QApplication.translate("main", "The imported data sets cannot be read: {problem}")
            .format(problem=exc),))


def build_window(catalog: Catalog | None = None, *, app: AppData | None = None) -> MainWindow:
    """Return the main window (not shown) on the default scenario of ``catalog``.

    Without ``catalog`` the data are read here: the embedded data and the data sets the
    user imported (``app``, if given, is what was read: the window lists its data sets).

    Raises
    ------
    OSError, ValueError
        If the data cannot be read (assets folder missing, a data file missing or damaged).
    """
    # Imports kept lazy: the message box for missing data must not wait for them.
    from desktop.document import Document
    from desktop.main_window import MainWindow
    from models.scenario import Scenario

    if catalog is None:
        app = _read_app_data()
        catalog = app.catalog
    reporter = catalog.default_reporter
    scenario = Scenario(reporter, catalog.default_year(reporter), "exports")
    window = MainWindow(Document(catalog, scenario))
    if app is not None:
        window.imports.set_app_data(app)
    return window


def start(arguments: Sequence[str]) -> MainWindow | None:
    """Build and show the window for the program's ``arguments`` (program name first).

    The arguments after the program's name are scenario files, opened side by side once
    the window is shown (a ``.mvcompare.json`` comparison file opens its set); a file that
    cannot be opened gets the usual error dialog and the others still open. Returns None,
    after a message box saying what is missing, if the data cannot be read.
    """
    from models.resources import data_problem_text

    files = [Path(a) for a in arguments[1:] if a]
    try:
        app = _read_app_data()
    except (OSError, ValueError) as exc:  # missing or damaged data files
        QMessageBox.critical(None, QApplication.translate("main", "Multivector cannot start"),
                             data_problem_text(exc))
        return None
    window = build_window(app.catalog, app=app)
    window.show()
    for path in files:  # several files open side by side; a comparison opens its set
        if path.name.endswith(".mvcompare.json"):
            window.scenarios.open_comparison(path)
        else:
            window.files.open_file(path)
    keep_unsaved_work(window)
    return window


def keep_unsaved_work(window: MainWindow) -> None:
    """Autosave the window's scenarios; offer each one a crashed or killed run left behind.

    The autosaves live in the app's data folder (``MULTIVECTOR_APP_DATA`` overrides it:
    ``desktop.autosave``); each found is offered with its title and time, Restore or
    Discard (``desktop.recovery.Recovery.ask``).
    """
    from desktop.autosave import Autosaver
    from desktop.recovery import Recovery

    autosaver = Autosaver(window)
    window.set_autosaver(autosaver)
    Recovery(window, autosaver).run()


def main(argv: Sequence[str] | None = None) -> int:
    """Create the application and its main window, and run the event loop."""
    arguments = list(sys.argv if argv is None else argv)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(arguments)
        arguments = app.arguments()  # without Qt's own options (-style, -platform, ...)
    app.setApplicationName("Multivector")
    app.setOrganizationName("Multivector")
    app.setApplicationDisplayName("Multivector")
    _set_icon(app)
    _install_translators(app)
    window = start(arguments)
    if window is None:
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
