"""Multivector's widgets: one widget class per module, each updated through setters."""

from desktop._refcount_guard import guard as _guard_refcounts

# Before any widget paints: see desktop/_refcount_guard.py (a PySide6 6.12 bug on 3.11).
_guard_refcounts()
