"""Which data the command line's commands read: the app's, with the user's, or one file.

Every command that reads trade data asks :func:`models._cli_scenarios.data_catalog`, which
asks :func:`chosen_catalog` first: inside :func:`using_data_file` (what ``--data FILE``
does) that is the file's catalog alone, read directly and not kept. Otherwise the app's
data are the embedded ones with the user's kept data sets (:func:`with_user_data`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from models.datasets import Catalog
from models.user_data import catalog_for_file, load_app_catalog

__all__ = ["chosen_catalog", "using_data_file", "with_user_data"]

_CHOSEN: ContextVar[Catalog | None] = ContextVar("multivector_cli_data", default=None)


def chosen_catalog() -> Catalog | None:
    """Return the catalog of the ``--data`` file in use, or None."""
    return _CHOSEN.get()


@contextmanager
def using_data_file(path: str | None) -> Iterator[None]:
    """Make the commands run inside read ``path`` instead of the app's data (if not None)."""
    if path is None:
        yield
        return
    catalog, _data = catalog_for_file(path)
    token = _CHOSEN.set(catalog)
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def with_user_data(embedded: Catalog) -> Catalog:
    """Return ``embedded`` with the user's kept data sets; say on stderr what is left out."""
    app = load_app_catalog(embedded=embedded)
    for problem in app.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return app.catalog
