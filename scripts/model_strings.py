"""Write desktop/model_strings.py: the strings of models/ the window shows, for lupdate.

``python scripts/model_strings.py`` lists, each in a ``QT_TRANSLATE_NOOP`` that
``pyside6-lupdate`` extracts: every index's name, description, range and direction
(``models.indices.INDEX_INFO``; formulas and references stay as written), the HHI's bands
in words and their source (``models.analysis``), the trade flows, the default vectors'
names (``models.blocs.VECTOR_NAMES``), the data's unit, the presets' titles and
descriptions (``assets/presets``, context "Presets"), and the texts the report
passes through its ``translate`` argument (``t("...")`` in ``models/report.py``).
tests/desktop/test_translations.py fails when models/ has a string this list lacks.
"""

from __future__ import annotations

import ast
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models import analysis, blocs, datasets, indices  # noqa: E402

HEADER = '''"""Strings from models/ that the window shows, listed for translation.

models/ is plain English and never imports Qt; the window translates its strings at display
with :func:`model_text` (or, for the report, ``desktop.report``'s ``Report`` context). Each
is listed here in a ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` extracts it into
``assets/translations``. Written by ``scripts/model_strings.py``; do not edit by hand:
tests/desktop/test_translations.py fails when models/ has a string this list lacks.

The words of the data's provenance records (context "DataTexts": titles, sources,
caveats) are shown translated (``desktop.i18n.data_provenance``); caveats the model
computes with the year's numbers stay English. The names of the HS sections and chapters
in the data (context "ProductGroups") are shown
translated (``desktop.i18n.window_catalog``). The presets' titles and descriptions
(context "Presets") are translated when a preset is
opened from the Presets menu or an exercise (``desktop.file_actions.translated_preset``).
Left in English on purpose: index formulas and references (notation and bibliography), and
the works the presets and the data cite, as published.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["CONTEXT", "LISTED", "PRODUCT_TEXTS", "model_text"]

CONTEXT = "Models"
'''

FOOTER = '''

LISTED: frozenset[str] = frozenset(
    str(text) for text in (*INDEX_INFO_TEXTS, *ANALYSIS_TEXTS, *FLOW_TEXTS, *VECTOR_TEXTS,
                           *MEMBERSHIP_TEXTS, *UNIT_TEXTS))
"""Every string of the Models context (the tests check models/ against it)."""


def model_text(text: str) -> str:
    """Return a string of models/ in the interface language (unchanged if not listed)."""
    return QCoreApplication.translate(CONTEXT, text)
'''


def _report_texts() -> list[str]:
    """The literal arguments of ``t(...)`` in models/report.py."""
    tree = ast.parse((ROOT / "models" / "report.py").read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "t" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return list(dict.fromkeys(found))


def _data_texts() -> list[str]:
    """The words of the embedded data's provenance records: titles, sources, caveats..."""
    texts: list[str] = []
    for path in sorted((ROOT / "assets" / "data").rglob("*.provenance.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        texts += [record.get(key, "") for key in ("title", "source", "release", "licence")]
        if record.get("unit") != "US$ million":  # listed among the Models' texts
            texts.append(record.get("unit", ""))
        texts += record.get("caveats", [])
        for caveats in record.get("year_caveats", {}).values():
            texts += caveats
    return texts


def _product_texts() -> list[str]:
    """The names of the HS sections and chapters in the embedded data, in file order."""
    texts: list[str] = []
    for path in sorted((ROOT / "assets" / "data" / "reporters").glob("*/products_*_hs_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["description"] for row in csv.DictReader(handle)]
    return texts


def _preset_texts() -> list[str]:
    """The title and description of every preset file, by file name."""
    texts: list[str] = []
    for path in sorted((ROOT / "assets" / "presets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        texts += [data.get("title", ""), data.get("description", "")]
    return texts


def _block(name: str, context: str, texts: list[str], doc: str) -> str:
    lines = [f"\n# {doc}", f"{name} = ("]
    for text in dict.fromkeys(t for t in texts if t):
        lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),".replace(
            f"QT_TRANSLATE_NOOP({context!r}", f'QT_TRANSLATE_NOOP("{context}"'))
    lines.append(")")
    return "\n".join(lines) + "\n"


def _wrapped(block: str) -> str:
    """Split lines past 100 characters into implicitly joined literals (lupdate joins them)."""
    out = []
    for line in block.splitlines():
        if len(line) <= 100 or "QT_TRANSLATE_NOOP(" not in line:
            out.append(line)
            continue
        head, _, rest = line.partition(", ")
        literal = ast.literal_eval(rest.rstrip(",").removesuffix(")"))
        out.append(head + ",")
        words = literal.split(" ")
        piece = ""
        pieces = []
        for word in words:
            candidate = f"{piece} {word}" if piece else word
            if len(repr(candidate)) > 84 and piece:
                pieces.append(piece + " ")
                piece = word
            else:
                piece = candidate
        pieces.append(piece)
        for i, part in enumerate(pieces):
            end = ")," if i == len(pieces) - 1 else ""
            out.append(f"        {part!r}{end}")
    return "\n".join(out) + "\n"


def main(target: Path | None = None) -> int:
    info_texts: list[str] = []
    for info in indices.INDEX_INFO.values():
        info_texts += [info.name, info.description, info.range, info.direction]
    analysis_texts = [words for _, words in analysis.HHI_BANDS]
    analysis_texts += [analysis.hhi_reading(float("nan")), analysis.HHI_BANDS_SOURCE]
    body = HEADER
    body += _wrapped(_block("INDEX_INFO_TEXTS", "Models", info_texts,
                            "models.indices.INDEX_INFO: name, description, range, direction."))
    body += _wrapped(_block("ANALYSIS_TEXTS", "Models", analysis_texts,
                            "models.analysis: the HHI's bands in words and their source."))
    body += _wrapped(_block("FLOW_TEXTS", "Models", ["exports", "imports", "turnover"],
                            "models.datasets: the trade flows."))
    body += _wrapped(_block("VECTOR_TEXTS", "Models", list(blocs.VECTOR_NAMES.values()),
                            "models.blocs.VECTOR_NAMES: the default vectors' names."))
    body += _wrapped(_block("MEMBERSHIP_TEXTS", "Models",
                            [*blocs.MEMBERSHIP_SHORT_NAMES.values(),
                             *blocs.MEMBERSHIP_NAMES.values()],
                            "models.blocs: the memberships' short and full names."))
    body += _wrapped(_block("UNIT_TEXTS", "Models", ["US$ million"],
                            "The data's unit (every table's provenance, embedded or imported)."))
    body += _wrapped(_block("PRODUCT_TEXTS", "ProductGroups", _product_texts(),
                            "assets/data: the names of the HS sections and chapters."))
    body += _wrapped(_block("DATA_TEXTS", "DataTexts",
                            [*_data_texts(), *datasets.TABLE_CAVEATS.values()],
                            "assets/data: provenance texts; models.datasets.TABLE_CAVEATS."))
    body += _wrapped(_block("PRESET_TEXTS", "Presets", _preset_texts(),
                            "assets/presets: each preset's title and description."))
    body += _wrapped(_block("REPORT_TEXTS", "Report", _report_texts(),
                            "models.report: what html_report and chart_texts pass to translate."))
    body += FOOTER
    (target or ROOT / "desktop" / "model_strings.py").write_text(body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
