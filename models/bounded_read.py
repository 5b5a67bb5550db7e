"""Reading a small file the user named, safely: never more than a limit, never blocking.

Scenario, autosave and comparison files are all read through :func:`read_bounded`: the file
is opened without blocking and checked on the opened descriptor, so a folder, a named pipe
with no writer or a device such as ``/dev/zero`` is refused before a byte is read; and at
most ``limit + 1`` bytes are read whatever the file's size claims to be, so a file that
grows while it is read is caught too.
"""

from __future__ import annotations

import os
import stat

__all__ = ["NotRegularFileError", "read_bounded"]


class NotRegularFileError(ValueError):
    """The path names something other than a regular file; ``kind`` says what, in words."""

    def __init__(self, kind: str):
        super().__init__(f"{kind}, not a file")
        self.kind = kind


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    """Return at most ``limit + 1`` bytes of the regular file ``path``.

    A result longer than ``limit`` means the file is too large (the caller says so).

    Raises
    ------
    NotRegularFileError
        If ``path`` is a folder, a named pipe, a device or a socket.
    OSError
        If the file cannot be opened or read.
    """
    flags = os.O_RDONLY
    for optional in ("O_NONBLOCK", "O_BINARY", "O_CLOEXEC", "O_NOCTTY"):
        flags |= getattr(os, optional, 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(_file_kind(mode))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(limit + 1)
    finally:
        os.close(fd)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
