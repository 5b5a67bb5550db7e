"""The one place that finds Multivector's files in ``assets/``.

In a source checkout (and an editable install) the folder is ``assets/`` beside the
packages; in a wheel it travels as ``models/_assets`` (see ``pyproject.toml``).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["asset_path", "assets_root"]

_PACKAGE_DIR = Path(__file__).resolve().parent


def assets_root() -> Path:
    """Return the folder holding ``data/``, ``presets/``, ``icons/`` and ``translations/``.

    Raises
    ------
    FileNotFoundError
        If neither the installed nor the source-tree location exists.
    """
    for candidate in (_PACKAGE_DIR / "_assets", _PACKAGE_DIR.parent / "assets"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(
        f"Multivector's assets folder was not found next to {_PACKAGE_DIR}; "
        "reinstall the app (the data files are missing)."
    )


def asset_path(*parts: str) -> Path:
    """Return the path of a file below the assets folder, e.g. ``asset_path("data", "x.csv")``."""
    return assets_root().joinpath(*parts)
