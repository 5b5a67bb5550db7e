"""Preferences (window geometry, splitter sizes, last folder) in QSettings, typed and versioned.

QSettings holds preferences only, never a document: scenarios live in files the user chose.
Every key sits under a version prefix, so a later layout can ignore (or migrate) what an
older version wrote instead of misreading it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["Preferences"]

VERSION = 1
_PREFIX = f"v{VERSION}/"


class Preferences:
    """Typed access to Multivector's preferences.

    ``settings`` defaults to ``QSettings()`` (the application's organisation and name, in
    the default format and location; tests point those at a temporary folder).
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(_PREFIX + key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(_PREFIX + key, value)

    @property
    def geometry(self) -> QByteArray | None:
        """The main window's saved geometry, or None."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The main window's saved toolbar and dock state, or None."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """Return the saved state of the splitter called ``name``, or None."""
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._set(f"splitters/{name}", value)

    @property
    def last_folder(self) -> Path | None:
        """The folder of the last scenario file opened or saved, if it still exists."""
        value = self._settings.value(_PREFIX + "files/last_folder")
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    @last_folder.setter
    def last_folder(self, value: Path) -> None:
        self._set("files/last_folder", str(value))

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._settings.sync()
