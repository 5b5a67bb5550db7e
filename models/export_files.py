"""Writing an export (CSV, HTML, PDF, PNG, SVG) whole or not at all.

:func:`write_atomically` writes the bytes to a temporary file in the target's folder,
flushes them to disk and renames the file over the target, so a reader never sees half a
file and a failure leaves nothing behind (the old file, if any, stays as it was). A failure
raises :class:`ExportError`, which names the user's file (never the temporary one) and says
in plain words what went wrong: the folder is gone, permission is denied, the disk is full.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

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
    ``detail`` the system's own words.
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


def _problem(exc: OSError) -> str:
    return _BY_ERRNO.get(exc.errno if exc.errno is not None else -1, "other")


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

    Notes
    -----
    The temporary file has a short name of its own (``.mv-XXXXXXXX.tmp``), so a target
    name near the file system's length limit still works.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".mv-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(target, _problem(exc), exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())  # as a new file would be, not mkstemp's 0600
        os.replace(tmp_name, target)
    except OSError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        raise ExportError(target, _problem(exc), exc.strerror or str(exc)) from exc
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
