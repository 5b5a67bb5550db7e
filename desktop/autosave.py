"""Autosave: every document with unsaved changes is kept on disk until it is saved or closed.

:class:`Autosaver` watches any number of documents (:meth:`Autosaver.watch`). A few seconds
(:data:`DELAY_MS`) after the last change to a document whose undo stack is not clean, and
never while a slider is dragged (``document.editing.live``: it waits for the drag to end),
the document is written atomically (:mod:`models.autosave_files`) to the ``autosave``
folder of the app's data folder (``QStandardPaths.AppDataLocation``, or the folder named by
the ``MULTIVECTOR_APP_DATA`` environment variable, which tests and portable set-ups use).
Saving the document, undoing back to its saved state, discarding its changes or closing it
removes the file (:meth:`Autosaver.unwatch`).

Each running app has its own id (process id and a random part): its files are
``<id>-<n>.json``, so two copies never write each other's files, and it holds
``<id>.lock`` (a ``QLockFile``) while it runs. At the next start, :meth:`Autosaver.orphans`
lists the autosaves whose app no longer holds its lock (it crashed or was killed) and
takes that lock while they are offered (``desktop.recovery``), so two starting copies never
offer the same file. A problem writing (folder gone, permission denied, disk full) is sent
once through :attr:`Autosaver.problem` with a message naming the folder; the document is
never touched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal

from desktop.document import Document
from models import autosave_files
from models.autosave_files import AutosaveRecord
from models.scenario_files import ScenarioFileError

__all__ = ["APP_DATA_ENV", "DELAY_MS", "Autosaver", "FoundAutosave", "autosave_folder"]

APP_DATA_ENV = "MULTIVECTOR_APP_DATA"
DELAY_MS = 3000  # after the last change
LONGEST_WAIT_MS = 30_000  # edits that never pause are still written this often
_INSTANCE = re.compile(r"[0-9]+-[0-9a-f]{8}")


def autosave_folder() -> Path:
    """Return the autosave folder: ``$MULTIVECTOR_APP_DATA/autosave`` or in the app's data."""
    base = os.environ.get(APP_DATA_ENV) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


@dataclass(frozen=True)
class FoundAutosave:
    """An autosave left by an app that is no longer running."""

    path: Path
    record: AutosaveRecord


class _Watch(QObject):
    """One watched document: its file, its timer, and whether a drag holds the write back."""

    def __init__(self, owner: Autosaver, document: Document, path: Path):
        super().__init__(owner)
        self.owner = owner
        self.document: Document | None = document
        self.path = path
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._pending_since: float | None = None
        self._after_drag = False
        document.changed.connect(self._on_document_changed)
        document.file_changed.connect(self._on_document_changed)
        document.editing_changed.connect(self._on_document_editing_changed)
        document.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        document.destroyed.connect(self._on_document_destroyed)
        if not document.undo_stack.isClean():
            self.schedule()

    def disconnect_document(self) -> None:
        document = self.document
        self.timer.stop()
        if document is None:
            return
        self.document = None
        document.changed.disconnect(self._on_document_changed)
        document.file_changed.disconnect(self._on_document_changed)
        document.editing_changed.disconnect(self._on_document_editing_changed)
        document.undo_stack.cleanChanged.disconnect(self._on_undo_stack_clean_changed)
        document.destroyed.disconnect(self._on_document_destroyed)

    def schedule(self) -> None:
        """Write :data:`DELAY_MS` after this change (sooner if changes have not paused)."""
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        longest = self._pending_since + self.owner.longest_wait_ms / 1000 - now
        self.timer.start(max(0, min(self.owner.delay_ms, int(1000 * longest))))

    def written(self) -> None:
        self._pending_since = None

    def _on_document_changed(self) -> None:
        if self.document is not None and not self.document.undo_stack.isClean():
            self.schedule()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        if self.document is None:  # the stack is going with its document: not a save
            return
        if clean:  # saved, or undone back to the saved state: nothing to keep
            self.timer.stop()
            self._pending_since = None
            self._after_drag = False
            self.owner.remove_file(self)
        else:
            self.schedule()

    def _on_document_editing_changed(self) -> None:
        document = self.document
        if self._after_drag and document is not None and not document.editing.live:
            self._after_drag = False
            self.schedule()

    def _on_timer_timeout(self) -> None:
        document = self.document
        if document is None:
            return
        if document.undo_stack.isClean():
            self.owner.remove_file(self)
        elif document.editing.live:
            self._after_drag = True  # the drag's end writes
        else:
            self.owner.write(self)

    def _on_document_destroyed(self) -> None:
        # Gone without being closed through the window (e.g. at exit): keep its file. Its
        # undo stack goes next, and says "clean" as it goes: document None ignores that.
        self.document = None
        self.timer.stop()
        self.owner.forget(self)


class Autosaver(QObject):
    """Keeps every watched document with unsaved changes in an autosave file.

    Parameters
    ----------
    parent : QObject, optional
    folder : Path, optional
        Where the files go; :func:`autosave_folder` by default.
    delay_ms : int, keyword-only
        How long after the last change a document is written.
    """

    saved = Signal(Path)  # an autosave file was written
    problem = Signal(str, bool)  # a message naming the folder; True the first time

    def __init__(self, parent: QObject | None = None, *, folder: Path | None = None,
                 delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.folder = folder if folder is not None else autosave_folder()
        self.delay_ms = delay_ms
        self.longest_wait_ms = max(LONGEST_WAIT_MS, delay_ms)
        self.instance = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._watches: dict[Document, _Watch] = {}
        self._count = 0
        self._lock = QLockFile(str(self.folder / f"{self.instance}.lock"))
        self._lock.setStaleLockTime(0)  # alive is alive, however long it runs
        self._held: dict[str, QLockFile] = {}  # locks of dead apps, while their files are offered
        self._last_problem = ""
        self._problems = 0
        self._stopped = False
        self._take_lock()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- documents ---------------------------------------------------------------------------

    def watch(self, document: Document) -> None:
        """Autosave ``document`` whenever it has unsaved changes (watching twice is once)."""
        if document not in self._watches and not self._stopped:
            self._count += 1
            path = self.folder / f"{self.instance}-{self._count}.json"
            self._watches[document] = _Watch(self, document, path)

    def unwatch(self, document: Document) -> None:
        """Stop watching ``document`` and remove its autosave (it was saved or discarded)."""
        watch = self._watches.pop(document, None)
        if watch is not None:
            watch.disconnect_document()
            self.remove_file(watch)
            watch.deleteLater()

    def unwatch_all(self) -> None:
        """Unwatch every document: the app closes normally, nothing is left to recover."""
        for document in list(self._watches):
            self.unwatch(document)

    def watched(self) -> tuple[Document, ...]:
        return tuple(self._watches)

    def path_of(self, document: Document) -> Path | None:
        """Return ``document``'s autosave file (it exists only while there are changes)."""
        watch = self._watches.get(document)
        return watch.path if watch is not None else None

    def timer_of(self, document: Document) -> QTimer | None:
        """Return the timer that writes ``document``'s autosave when it fires (for tests)."""
        watch = self._watches.get(document)
        return watch.timer if watch is not None else None

    def save_now(self, document: Document) -> bool:
        """Write ``document``'s autosave now (it must be watched); whether it was written."""
        watch = self._watches.get(document)
        return watch is not None and self.write(watch)

    # -- writing (called by the watches) -----------------------------------------------------------

    def write(self, watch: _Watch) -> bool:
        document = watch.document
        if document is None:
            return False
        record = AutosaveRecord(
            title=self.title_of(document),
            saved_at=datetime.now(UTC),
            file=document.file,
            instance=self.instance,
            scenario=document.scenario,
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._take_lock()
            autosave_files.write(record, watch.path)
        except OSError as exc:
            self._report(exc)
            return False
        watch.written()
        self._last_problem = ""
        self.saved.emit(watch.path)
        return True

    def remove_file(self, watch: _Watch) -> None:
        with contextlib.suppress(OSError):
            watch.path.unlink(missing_ok=True)

    def forget(self, watch: _Watch) -> None:
        for document, known in list(self._watches.items()):
            if known is watch:
                del self._watches[document]

    def title_of(self, document: Document) -> str:
        """Return the name the window shows: the file's, else the title, else "Untitled"."""
        if document.file is not None:
            return document.file.name
        return document.scenario.title or self.tr("Untitled scenario")

    def _report(self, exc: OSError) -> None:
        number = exc.errno or errno.EIO
        reason = {errno.ENOSPC: self.tr("the disk is full"),
                  errno.EACCES: self.tr("permission denied"),
                  errno.EPERM: self.tr("permission denied"),
                  errno.EROFS: self.tr("the disk is read-only"),
                  }.get(number, exc.strerror or str(exc))
        if number == errno.ENOENT or not self.folder.is_dir():
            reason = self.tr("the folder does not exist and cannot be made")
        message = self.tr(
            "Autosave failed: {folder} cannot be written ({reason}). Your changes are still "
            "here; save them with File > Save.").format(folder=self.folder, reason=reason)
        if message == self._last_problem:
            return  # said already
        self._last_problem = message
        self._problems += 1
        self.problem.emit(message, self._problems == 1)

    def _take_lock(self) -> None:
        """Hold this app's lock file (again, if its folder was removed meanwhile)."""
        lock_path = self.folder / f"{self.instance}.lock"
        if self._lock.isLocked() and lock_path.exists():
            return
        self._lock.unlock()
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock.tryLock(0)  # if it fails, the autosaves are still written

    # -- recovery ------------------------------------------------------------------------------

    def orphans(self) -> list[FoundAutosave]:
        """Return the autosaves of apps no longer running, oldest first.

        Their apps' locks are held from now until :meth:`release_orphans`, so another copy
        starting meanwhile does not offer them too. Files that cannot be read (damaged, or
        from a newer version) are left as they are.
        """
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        found = []
        for path in paths:
            instance = path.stem.rpartition("-")[0]
            if instance == self.instance or not self._hold(instance):
                continue
            try:
                record = autosave_files.read(path)
            except ScenarioFileError:
                continue
            found.append(FoundAutosave(path, record))
        return sorted(found, key=lambda f: f.record.saved_at)

    def _hold(self, instance: str) -> bool:
        """Take the lock of app ``instance`` if that app is gone; whether it is held now."""
        if instance in self._held:
            return True
        if not _INSTANCE.fullmatch(instance):
            return False
        lock = QLockFile(str(self.folder / f"{instance}.lock"))
        lock.setStaleLockTime(0)  # stale only if its process is gone
        if not lock.tryLock(0):
            return False
        self._held[instance] = lock
        return True

    def discard(self, found: FoundAutosave) -> None:
        """Remove an orphan autosave (the student chose Discard, or it was restored)."""
        with contextlib.suppress(OSError):
            found.path.unlink(missing_ok=True)

    def release_orphans(self) -> None:
        """Give back the locks of dead apps, with the temporary files a kill left behind."""
        for instance, lock in self._held.items():
            for leftover in self.folder.glob(f".{instance}-*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            lock.unlock()
        self._held.clear()

    def shutdown(self) -> None:
        """Write what is pending and give back the lock: the app quits.

        The files of documents still unsaved stay (a quit that did not close the windows
        through their Save/Discard question); the next start offers them.
        """
        if self._stopped:
            return
        for watch in list(self._watches.values()):
            if watch.timer.isActive():  # changes not written yet: write them now
                watch.timer.stop()
                self.write(watch)
            watch.disconnect_document()  # what the windows do as they go keeps the files
        self._watches.clear()
        self._stopped = True
        self.release_orphans()
        self._lock.unlock()
