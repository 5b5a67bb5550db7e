"""Preferences (window, splitters, last folder, recent files) in QSettings, typed and versioned.

QSettings holds preferences only, never a document: scenarios live in files the user chose.
Every key sits under a version prefix, so a later layout can ignore (or migrate) what an
older version wrote instead of misreading it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["RECENT_MAX", "Preferences"]

VERSION = 1
_PREFIX = f"v{VERSION}/"
RECENT_MAX = 10  # files in File > Open Recent


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

    @property
    def recent_files(self) -> list[Path]:
        """The scenario files opened or saved last, most recent first (at most RECENT_MAX).

        Only their paths: what they hold stays in the files.
        """
        value = self._settings.value(_PREFIX + "files/recent")
        if isinstance(value, str):  # an INI file gives a list of one as its one string
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v][:RECENT_MAX]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first among the recent files (once; the oldest beyond RECENT_MAX go)."""
        path = path.absolute()
        kept = [p for p in self.recent_files if p != path]
        self._set_recent([path, *kept][:RECENT_MAX])

    def remove_recent_file(self, path: Path) -> None:
        self._set_recent([p for p in self.recent_files if p != path.absolute()])

    def clear_recent_files(self) -> None:
        self._set_recent([])

    def _set_recent(self, paths: list[Path]) -> None:
        if paths:
            self._set("files/recent", [str(p) for p in paths])
        else:
            self._settings.remove(_PREFIX + "files/recent")

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._settings.sync()
