"""The layering of docs/design.md sec. 5, checked two ways.

1. At run time: a fresh interpreter imports every module of models/ and must end with no
   Qt binding, no pyqtgraph and nothing of desktop/ loaded. (``make test-models`` also runs
   the model tests with Qt made unimportable, through tests/conftest.py.)
2. Statically: import-linter checks the contracts written in pyproject.toml, including
   imports inside functions, which (1) cannot see until they run. ``make lint`` runs it
   too; this test runs it wherever import-linter is installed (``requirements.lock`` pins
   it), so ``pytest`` alone catches a broken contract.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph", "desktop")

_IMPORT_EVERY_MODEL_MODULE = """
import importlib, json, pkgutil, sys
import models
names = sorted(m.name for m in pkgutil.walk_packages(models.__path__, "models."))
for name in names:
    importlib.import_module(name)
loaded = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[1])))
print(json.dumps({"modules": names, "gui": loaded}))
"""


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_every_model_module_imports_without_gui() -> None:
    done = _run([sys.executable, "-c", _IMPORT_EVERY_MODEL_MODULE, json.dumps(list(GUI_PACKAGES))])
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert "models.indices" in result["modules"]
    assert len(result["modules"]) > 20  # every module, not just the package
    assert result["gui"] == [], f"models/ loaded {result['gui']}"


def test_import_contracts_hold() -> None:
    pytest.importorskip("importlinter", reason="import-linter is in the lint extras")
    lint_imports = Path(sys.executable).with_name("lint-imports")
    command = str(lint_imports) if lint_imports.exists() else shutil.which("lint-imports")
    assert command is not None, "import-linter is installed but lint-imports is not found"
    done = _run([command, "--no-cache"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
    # both contracts of pyproject.toml were checked
    assert "models/ is pure numpy" in done.stdout
    assert "widgets get plain values" in done.stdout
