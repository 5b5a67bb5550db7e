"""Reading or keeping an imported file on a worker thread, so the window never waits.

:class:`ImportTask` runs one function of the importers (``read_file``, ``keep``) on its own
thread, hands it a progress callback and a cancel check, and reports back through signals
that arrive on the GUI thread: ``progressed(share)`` (0 to 1, at most a thousand times),
then exactly one of ``succeeded(result)``, ``failed(message)`` or ``cancelled()``.
:meth:`ImportTask.cancel` may be called from the GUI thread at any time; the importers
check it every few thousand rows, so the work ends within milliseconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from models.datasets import DataError
from models.importers import CancelCheck, ImportCancelled, ProgressCallback

__all__ = ["ImportTask", "Work"]

Work = Callable[[ProgressCallback, CancelCheck], object]


class ImportTask(QThread):
    """One reading or keeping of an imported file, off the GUI thread."""

    progressed = Signal(float)  # share done, 0 to 1
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # the importer's message (file, line, column)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._permille = -1

    def cancel(self) -> None:
        """Ask the work to stop (it ends with ``cancelled``, or has already finished)."""
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _progress(self, share: float) -> None:
        permille = int(share * 1000)
        if permille != self._permille:  # no flood of identical updates
            self._permille = permille
            self.progressed.emit(share)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except ImportCancelled:
            self.cancelled.emit()
        except (DataError, OSError) as exc:  # ImportFileError is a DataError
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the app down with the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():  # cancelled after the last check: nothing to use
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)
