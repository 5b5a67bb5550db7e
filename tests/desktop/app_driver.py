"""Drive the real app in a process of its own, for ``test_crash_recovery.py``.

``python tests/desktop/app_driver.py edit``
    Starts the app through ``desktop.__main__.main``, drags two share sliders and types a
    title in the window's own widgets, prints ``EDITED <scenario JSON>``, then
    ``AUTOSAVED <path>`` once the autosave is written, and runs on until it is killed.
``python tests/desktop/app_driver.py restore``
    Starts the app the same way, presses Restore on each restore prompt (the real message
    box), prints ``RESTORED <JSON>`` (the scenario, whether the window shows it modified,
    its file, how many scenarios are open), then closes normally.

Each stage gives up after ``TIMEOUT_MS``, printing ``TIMEOUT`` (exit status 3). The test
sets the folders (``MULTIVECTOR_APP_DATA``, ``XDG_CONFIG_HOME``) and ``QT_QPA_PLATFORM``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __main__ as app_main
from desktop.main_window import MainWindow
from models.scenario_files import scenario_to_dict

TIMEOUT_MS = 60_000
POLL_MS = 20


def _say(*words: object) -> None:
    print(*words, flush=True)


def _window() -> MainWindow | None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    return windows[0] if windows and windows[0].autosaver is not None else None


def _drag(window: MainWindow, code: str, percents: list[float]) -> None:
    window.table.select_code(code)
    slider = window.share_editor.slider
    slider.setSliderDown(True)
    for percent in percents:
        slider.setValue(round(percent * 100))
    slider.setSliderDown(False)


class Driver(QObject):
    """Polls until the app is up, then does the stage's part."""

    def __init__(self, stage: str):
        super().__init__()
        self.stage = stage
        self.done = False
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._on_poll_timeout)
        self.poll.start()
        self.limit = QTimer(self)
        self.limit.setSingleShot(True)
        self.limit.timeout.connect(self._on_limit_timeout)
        self.limit.start(TIMEOUT_MS)

    def _on_limit_timeout(self) -> None:
        _say("TIMEOUT")
        QApplication.exit(3)

    def _on_poll_timeout(self) -> None:
        if self.stage == "restore":
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                self._press_restore(box)
                return
        window = _window()
        if window is None or self.done:
            return
        if self.stage == "edit":
            self.done = True
            self._edit(window)
        elif window.isWindowModified():  # restored, and start() has returned
            self.done = True
            self._report(window)

    def _edit(self, window: MainWindow) -> None:
        assert window.autosaver is not None
        window.autosaver.saved.connect(self._on_autosaver_saved)
        _drag(window, "CHN", [25.0, 30.0])
        _drag(window, "RUS", [12.0, 10.0])
        window.scenario_panel.title_edit.setText("Killed mid-essay")
        window.scenario_panel.title_edit.editingFinished.emit()
        _say("EDITED", json.dumps(scenario_to_dict(window.document.scenario)))

    def _on_autosaver_saved(self, path: Path) -> None:
        _say("AUTOSAVED", path)

    def _press_restore(self, box: QMessageBox) -> None:
        _say("PROMPT", json.dumps(box.text()))
        for button in box.buttons():
            if button.text().replace("&", "") == "Restore":
                button.click()
                return

    def _report(self, window: MainWindow) -> None:
        document = window.document
        _say("RESTORED", json.dumps({
            "scenario": scenario_to_dict(document.scenario),
            "modified": window.isWindowModified(),
            "file": None if document.file is None else str(document.file),
            "documents": len(window.workspace.documents),
        }))
        for each in window.workspace.documents:  # then quit as a student would, discarding
            each.undo_stack.setClean()
        window.close()


def main(stage: str) -> int:
    _app = QApplication([sys.argv[0]])  # kept alive: main() uses it
    driver = Driver(stage)
    status = app_main.main([sys.argv[0]])
    driver.poll.stop()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
