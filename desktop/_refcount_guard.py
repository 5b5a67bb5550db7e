"""Guard against a reference-counting bug of the PySide6 build in use (6.12 on CPython 3.11).

Its wrapped methods that return nothing hand back ``None`` without taking a new
reference (and some bool results likewise), so every call lowers the reference count of
``None`` by one. On CPython 3.12+ ``None``, ``True`` and ``False`` are immortal and nothing
happens; on 3.11 the count reaches zero after some thousands of paints and the interpreter
aborts ("Fatal Python error: none_dealloc"), which a few seconds of slider dragging does.

:func:`guard` checks whether the bug is present (calls a void method and watches the
count) and only then raises the three singletons' counts far out of reach, which is what
CPython 3.12 does for them anyway. The real fix is a PySide6 release without the bug, or
Python 3.12+; then this check finds nothing and changes nothing.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["guard"]

_HEADROOM = 1 << 40
_done = False


def _leaks_none() -> bool:
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(64):
        pen.setWidth(1)
    return sys.getrefcount(None) < before - 32


def guard() -> bool:
    """Apply the guard if this PySide6 has the bug; return whether it was applied."""
    global _done
    if _done:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not _leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (a Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True
    return True
