"""Start the Multivector desktop app: ``python -m desktop``."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main(argv: list[str] | None = None) -> int:
    """Create the application and its main window, and run the event loop."""
    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("Multivector")
    app.setOrganizationName("Multivector")
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("main", "Multivector"))
    window.setCentralWidget(QLabel(QApplication.translate("main", "Multivector: the workbench comes next.")))
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
