"""Writing an export (CSV, HTML, PDF, PNG, SVG) whole or not at all, and saying what failed.

:func:`write_atomically` is :func:`models.atomic_write.write_atomically`, the app's one way
of writing a file (a temporary file beside the target, flushed and renamed over it; nothing
left behind on failure; a symlink stays a symlink; names at the file system's limit work).
What this module adds is the kind of problem, so the window can say it in the student's
language: a failure raises :class:`ExportError`, which names the user's file (never the
temporary one) and says in plain words what went wrong: the folder is gone, permission is
denied, the disk is full.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from models import atomic_write

__all__ = ["PROBLEMS", "ExportError", "write_atomically"]

PROBLEMS = ("folder_missing", "permission", "disk_full", "read_only", "not_a_folder", "other")
"""What :attr:`ExportError.problem` can be, for callers that word the message themselves."""

_BY_ERRNO = {
    errno.ENOENT: "folder_missing",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only",
    errno.ENOTDIR: "not_a_folder",
    errno.EISDIR: "not_a_folder",
}


class ExportError(OSError):
    """An export that could not be written; the message names the user's file.

    ``path`` is the file the user chose, ``problem`` one of :data:`PROBLEMS` and
    ``detail`` the reason in English (from :class:`models.atomic_write.SaveError`).
    """

    def __init__(self, path: Path, problem: str, detail: str):
        self.path = path
        self.problem = problem
        self.detail = detail
        super().__init__(_message(path, problem, detail))


def _message(path: Path, problem: str, detail: str) -> str:
    folder = path.parent
    reason = {
        "folder_missing": f"the folder {folder} does not exist (was it moved or deleted?)",
        "permission": f"permission to write in {folder} is denied",
        "disk_full": "the disk is full",
        "read_only": f"{folder} is on a disk that is read-only",
        "not_a_folder": f"{folder} is not a folder, or {path.name} is a folder",
    }.get(problem, detail)
    return f"{path} was not written: {reason}. Nothing was changed."


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` whole or not at all.

    Parameters
    ----------
    path : path-like
        The file to write (replaced if it exists; its folder must exist).
    data : bytes
        Everything the file holds.

    Raises
    ------
    ExportError
        If the file cannot be written; no temporary file is left, and an existing file
        at `path` is untouched.
    """
    target = Path(path)
    try:
        atomic_write.write_atomically(target, data)
    except atomic_write.SaveError as exc:
        problem = _BY_ERRNO.get(exc.errno if exc.errno is not None else -1, "other")
        raise ExportError(target, problem, exc.strerror or str(exc)) from exc
