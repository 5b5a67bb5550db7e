"""Start the Multivector desktop app: ``python -m desktop``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["main"]


def _install_translators(app: QApplication) -> None:
    """Load Qt's own and Multivector's translations for the system language, if present."""
    from models.resources import asset_path

    locale = QLocale.system()
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    ours = QTranslator(app)
    try:
        folder = str(asset_path("translations"))
    except FileNotFoundError:
        return
    if ours.load(locale, "multivector", "_", folder):
        app.installTranslator(ours)


def build_window():  # type: ignore[no-untyped-def]  # imports kept lazy for start-up time
    """Load the data and return the main window on the default scenario (not shown)."""
    from desktop.document import Document
    from desktop.widgets.main_window import MainWindow
    from models.datasets import load_catalog
    from models.scenario import Scenario

    catalog = load_catalog()
    reporter = catalog.default_reporter
    scenario = Scenario(reporter, catalog.default_year(reporter), "exports")
    return MainWindow(Document(catalog, scenario))


def main(argv: Sequence[str] | None = None) -> int:
    """Create the application and its main window, and run the event loop."""
    app = QApplication.instance() or QApplication(list(sys.argv if argv is None else argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Multivector")
    app.setOrganizationName("Multivector")
    app.setApplicationDisplayName("Multivector")
    _install_translators(app)
    try:
        window = build_window()
    except (OSError, ValueError) as exc:  # missing or damaged data files
        QMessageBox.critical(None, QApplication.translate("main", "Multivector cannot start"),
                             QApplication.translate(
                                 "main", "The data could not be read:\n{problem}"
                             ).format(problem=exc))
        return 1
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
