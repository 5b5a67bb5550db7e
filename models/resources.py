"""The one place that finds Multivector's files in ``assets/``.

In a source checkout (and an editable install) the folder is ``assets/`` beside the
packages; in a wheel it travels as ``models/_assets`` (see ``pyproject.toml``). The
environment variable ``MULTIVECTOR_ASSETS`` names another folder laid out the same way
(a teacher's own copy of the data, or a test's); then only that folder is used.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "ASSETS_ENV",
    "AssetsNotFoundError",
    "asset_path",
    "assets_root",
    "data_problem_text",
]

ASSETS_ENV = "MULTIVECTOR_ASSETS"

_PACKAGE_DIR = Path(__file__).resolve().parent


class AssetsNotFoundError(FileNotFoundError):
    """The assets folder (with its ``data/`` folder) is not where the app looks for it."""


def assets_root() -> Path:
    """Return the folder holding ``data/`` and ``presets/``.

    Returns
    -------
    Path
        The folder named by ``MULTIVECTOR_ASSETS`` if that is set, else the installed
        copy (``models/_assets``), else ``assets/`` of the source tree.

    Raises
    ------
    AssetsNotFoundError
        If no candidate folder holds a ``data/`` folder (a ``FileNotFoundError``).
    """
    chosen = os.environ.get(ASSETS_ENV)
    if chosen:
        candidates = [Path(chosen)]
        where = f"{chosen} (named by {ASSETS_ENV})"
    else:
        candidates = [_PACKAGE_DIR / "_assets", _PACKAGE_DIR.parent / "assets"]
        where = f"next to {_PACKAGE_DIR}"
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise AssetsNotFoundError(
        f"Multivector's assets folder was not found {where}: the data files are missing."
    )


def asset_path(*parts: str) -> Path:
    """Return the path of a file below the assets folder, e.g. ``asset_path("data", "x.csv")``."""
    return assets_root().joinpath(*parts)


def data_problem_text(problem: BaseException) -> str:
    """Return what the window and the command line say when the app's data cannot be read.

    Parameters
    ----------
    problem : BaseException
        The error met while finding or reading the data folder (an
        :class:`AssetsNotFoundError`, a :class:`models.datasets.DataError` naming the file
        and line, or another ``OSError``).

    Returns
    -------
    str
        One paragraph for a student: what is wrong and what to do.
    """
    if isinstance(problem, OSError) and not isinstance(problem, AssetsNotFoundError):
        name = Path(problem.filename).name if problem.filename else "a data file"
        detail = f"{name}: {problem.strerror or problem}"
    else:
        detail = str(problem)
    return (
        f"The trade data that come with Multivector could not be read. {detail}\n"
        "The data files travel with the app: reinstall it, or put back its assets folder."
    )
