"""Shared test set-up.

With ``MULTIVECTOR_BLOCK_QT=1`` (as ``make test-models`` runs), importing PySide6,
shiboken6 or pyqtgraph raises ImportError, so the model suite proves models/ needs no GUI.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import tempfile

from hypothesis import settings

_BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        if fullname.split(".")[0] in _BLOCKED:
            raise ImportError(f"{fullname} is blocked: the model layer must not need Qt")
        return None


# `make fuzz` runs the importers' fuzz test long (tests/models/test_import_fuzz.py).
settings.register_profile("fuzz", max_examples=3000, deadline=None)
# CI (CI=true) draws the same examples on every run, so that a submission's result does not
# depend on luck; runs elsewhere draw new ones each time and keep what fails in .hypothesis.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

# Imported data sets are kept in the user's data folder (models.user_data): the tests use
# a fresh empty one, never the real one.
os.environ["MULTIVECTOR_USER_DATA"] = tempfile.mkdtemp(prefix="multivector-tests-")

if os.environ.get("MULTIVECTOR_BLOCK_QT") == "1":
    for name in list(sys.modules):
        if name.split(".")[0] in _BLOCKED:
            del sys.modules[name]
    sys.meta_path.insert(0, _QtBlocker())
