"""Write a file atomically: the old file or the new one, never half of either.

The bytes go to a temporary file in the folder of the real target (a symlink is followed, so
it stays a symlink and its target gets the new content), are flushed to disk, get the
target's permission bits (and owner and group, where allowed), and are renamed over the
target. Whatever fails (disk full, permission denied, folder gone, a name too long), the
temporary file is removed and :class:`SaveError` names the user's path, never the
temporary file's. Temporary names stay within the file system's name limit (``NAME_MAX``,
255 bytes on most): a long name is replaced by its hash.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["SaveError", "write_atomically"]

_RANDOM_PART = 8  # characters tempfile adds to the prefix
_SUFFIX = ".tmp"

_REASONS = {
    getattr(errno, "EDQUOT", errno.ENOSPC): "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.ENOSPC: "the disk is full",  # after EDQUOT: where there is no EDQUOT, ENOSPC wins
}


class SaveError(OSError):
    """A file could not be written; ``str()`` names the user's path and the reason.

    ``errno`` is the operating system's error number, ``filename`` the path the user chose.
    """

    def __init__(self, path: str | os.PathLike[str], number: int, reason: str):
        super().__init__(number, reason, os.fspath(path))
        self.path = Path(path)

    def __str__(self) -> str:
        return f"{self.path}: {self.strerror}"


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, private: bool = False
) -> None:
    """Replace the content of ``path`` with ``data``, atomically.

    Parameters
    ----------
    path : str or os.PathLike
        The file to write. A symlink is written through: its final target gets the data
        and the link stays. An existing file keeps its permission bits.
    data : bytes
        The whole new content.
    private : bool, keyword-only
        Create a new file readable by its owner only (``0o600``); otherwise a new file gets
        the usual ``0o666`` less the process's umask.

    Raises
    ------
    SaveError
        If the file cannot be written (nothing is left behind, the old file is intact). The
        message names ``path`` as given and says why: an existing file that is read-only,
        or that is not a regular file, is refused.
    """
    user_path = Path(path)
    target = Path(os.path.realpath(user_path))  # through every symlink in the chain
    folder = target.parent
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise _save_error(user_path, folder, exc) from exc
    if existing is not None:
        if not stat.S_ISREG(existing.st_mode):
            raise SaveError(user_path, errno.EISDIR if stat.S_ISDIR(existing.st_mode)
                            else errno.EINVAL, "it is not a regular file")
        if not os.access(target, os.W_OK):
            raise SaveError(user_path, errno.EACCES, "the file is read-only")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else _new_file_mode(private)
    temporary: str | None = None
    try:
        fd, temporary = tempfile.mkstemp(prefix=_temporary_prefix(target), suffix=_SUFFIX,
                                         dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            _copy_owner_and_mode(handle.fileno(), existing, mode)
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        temporary = None
        _sync_folder(folder)
    except OSError as exc:
        raise _save_error(user_path, folder, exc) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _temporary_prefix(target: Path) -> str:
    """``.NAME.`` if the temporary name fits the folder's name limit, else a hash of NAME."""
    try:
        limit = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # no pathconf (Windows) or no such folder
        limit = 255
    if limit is None or limit <= 0:
        limit = 255
    prefix = f".{target.name}."
    if len(os.fsencode(prefix)) + _RANDOM_PART + len(_SUFFIX) <= limit:
        return prefix
    digest = hashlib.sha256(os.fsencode(target.name)).hexdigest()[:16]
    return f".{digest}."


def _new_file_mode(private: bool) -> int:
    if private:
        return 0o600
    umask = os.umask(0o022)  # reading the umask means setting it; put it back at once
    os.umask(umask)
    return 0o666 & ~umask


def _copy_owner_and_mode(fd: int, existing: os.stat_result | None, mode: int) -> None:
    if existing is not None and hasattr(os, "fchown"):
        # Keep the file's group (and owner, when run as root); a user may not, and that is
        # no reason to refuse the save.
        with contextlib.suppress(OSError):
            os.fchown(fd, existing.st_uid, existing.st_gid)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)  # after chown, which may clear set-id bits


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk (where a folder can be opened; not on Windows)."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _save_error(user_path: Path, folder: Path, exc: OSError) -> SaveError:
    number = exc.errno or errno.EIO
    if number == errno.ENOENT and not folder.is_dir():
        reason = f"the folder {folder} does not exist"
    elif number in (errno.EACCES, errno.EPERM) and not os.access(folder, os.W_OK):
        reason = f"permission denied: the folder {folder} cannot be written"
    else:
        system = exc.strerror or f"error {number}"
        plain = _REASONS.get(number, system)
        reason = plain if plain.lower() == system.lower() else f"{plain} ({system})"
    return SaveError(user_path, number, reason)
