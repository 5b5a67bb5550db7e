"""Preferences (window, splitters, folders, recent files, language) in typed, versioned QSettings.

QSettings holds preferences only, never a document: scenarios live in files the user chose.
Every key sits under a version prefix, so a later layout can ignore (or migrate) what an
older version wrote instead of misreading it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize

__all__ = ["LANGUAGES", "RECENT_MAX", "Preferences"]

VERSION = 1
EXPORT_SIZE = QSize(1200, 750)  # chart pictures, logical pixels
EXPORT_SIZE_RANGE = (200, 8000)
_PREFIX = f"v{VERSION}/"
RECENT_MAX = 10  # files in File > Open Recent
LANGUAGES = ("en", "ru", "kk")  # the interface languages, English first (the source texts)


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

    # -- exports (File > Export, the charts' menus) ------------------------------------------

    @property
    def export_folder(self) -> Path | None:
        """The folder exports are offered in first, if one is chosen and still exists."""
        return self._folder("export/folder")

    @export_folder.setter
    def export_folder(self, value: Path | None) -> None:
        self._set_folder("export/folder", value)

    @property
    def last_export_folder(self) -> Path | None:
        """The folder of the last export written, if it still exists."""
        return self._folder("export/last_folder")

    @last_export_folder.setter
    def last_export_folder(self, value: Path | None) -> None:
        self._set_folder("export/last_folder", value)

    @property
    def export_size(self) -> QSize:
        """The size of exported chart pictures, in logical pixels (default 1200 x 750)."""
        width = self._int("export/width", EXPORT_SIZE.width())
        height = self._int("export/height", EXPORT_SIZE.height())
        return QSize(width, height)

    @export_size.setter
    def export_size(self, value: QSize) -> None:
        self._set("export/width", int(value.width()))
        self._set("export/height", int(value.height()))

    @property
    def indices_shown(self) -> tuple[str, ...] | None:
        """The index keys the exports list (None: every index)."""
        value = self._settings.value(_PREFIX + "export/indices")
        if isinstance(value, str):  # an INI file gives a list of one as its one string
            value = [value]
        if not isinstance(value, list) or not value:
            return None
        return tuple(v for v in value if isinstance(v, str) and v)

    @indices_shown.setter
    def indices_shown(self, value: tuple[str, ...] | list[str] | None) -> None:
        if value is None:
            self._settings.remove(_PREFIX + "export/indices")
        else:
            self._set("export/indices", list(value))

    def _folder(self, key: str) -> Path | None:
        value = self._settings.value(_PREFIX + key)
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def _set_folder(self, key: str, value: Path | None) -> None:
        if value is None:
            self._settings.remove(_PREFIX + key)
        else:
            self._set(key, str(value))

    def _int(self, key: str, default: int) -> int:
        value = self._settings.value(_PREFIX + key)
        try:
            number = int(str(value)) if value is not None else default
        except ValueError:
            return default
        return number if EXPORT_SIZE_RANGE[0] <= number <= EXPORT_SIZE_RANGE[1] else default

    # -- language (desktop/i18n.py) ----------------------------------------------------------

    @property
    def language(self) -> str | None:
        """The interface language chosen (one of LANGUAGES), or None before the first start."""
        value = self._settings.value(_PREFIX + "ui/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"`language` must be one of {', '.join(LANGUAGES)}, not {value!r}")
        self._set("ui/language", value)

    def sync(self) -> None:
        """Write pending changes to storage."""
        self._settings.sync()
