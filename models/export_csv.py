"""A scenario as CSV for a spreadsheet: a header block, the categories, then the indices.

Layout (docs/export-formats.md): UTF-8 with a byte-order mark (so Excel reads the names
right), commas between cells, a decimal point ``.`` and no thousands separators, numbers
at full precision, an empty cell where a number has no value. First a header block, each
row ``# Label,text`` (pandas skips it with ``comment="#"``, a spreadsheet shows it in two
columns): the title, the data, the source, its release and caveats, the edits in plain
words and how to cite. Then, after an empty row, one row per category (partners, product
groups or vectors, as the scenario's level and dimension say), largest baseline value
first; then, after another empty row, one row per index.
"""

from __future__ import annotations

import csv
import io

from models.formatting import PERCENT_KEYS, csv_number
from models.report_data import ReportData

__all__ = ["CATEGORY_COLUMNS", "INDEX_COLUMNS", "csv_bytes", "csv_text"]

BOM = "\ufeff"
CATEGORY_COLUMNS = (
    "{One} code", "{One}", "Baseline value ({unit})", "Scenario value ({unit})",
    "Baseline share (%)", "Scenario share (%)", "Change in share (percentage points)",
    "Contribution to the change in HHI (points)",
)  # fmt: skip
"""The categories' header row ({One} is the dimension's word, {unit} the data's unit)."""
INDEX_COLUMNS = ("Index key", "Index", "Baseline", "Scenario", "Change")
"""The indices' header row; shares of trade (CR1, CR3, CR5) are in percent."""
FORMAT_NOTE = (
    "UTF-8 with BOM; comma-separated; decimal point '.'; no thousands separators; full "
    "precision; an empty cell has no value (n/a); shares in percent"
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def csv_text(data: ReportData) -> str:
    """Return the CSV text of `data` (without the byte-order mark).

    Parameters
    ----------
    data : ReportData
        From :func:`models.report_data.report_data`.

    Returns
    -------
    str
        Rows ending in CR LF (as RFC 4180 and spreadsheets expect).
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    p = data.provenance
    header: list[tuple[str, str]] = [
        ("# Multivector export", data.title or "Untitled scenario"),
        ("# Data", data.subject),
    ]
    if data.description:
        header.append(("# Description", _one_line(data.description)))
    if data.notes:
        header.append(("# Notes", _one_line(data.notes)))
    header += [("# Reference", ref) for ref in data.references]
    header += [("# Source", p.source), ("# Release", p.release), ("# Unit", p.unit)]
    if p.url:
        header.append(("# URL", p.url))
    header += [("# Caveat", _one_line(c)) for c in p.caveats]
    header += [("# Edit", line) for line in data.edits] or [("# Edit", "none (the baseline)")]
    header += [("# Remark", _one_line(r)) for r in data.remarks]
    header += [
        ("# HHI", data.hhi_words),
        ("# HHI bands", data.hhi_bands),
        ("# Cite the data", data.cite_data),
        ("# Cite the app", data.cite_app),
        ("# Format", FORMAT_NOTE),
    ]
    writer.writerows(header)
    writer.writerow([])
    one = data.words.one
    writer.writerow([c.format(One=one[:1].upper() + one[1:], unit=p.unit)
                     for c in CATEGORY_COLUMNS])
    for i, code in enumerate(data.codes):
        base, scen = float(data.baseline_shares[i]), float(data.scenario_shares[i])
        writer.writerow([
            code, data.names[i], csv_number(float(data.baseline_values[i])),
            csv_number(float(data.scenario_values[i])), csv_number(100.0 * base),
            csv_number(100.0 * scen), csv_number(100.0 * (scen - base)),
            csv_number(10_000.0 * float(data.contributions[i])),
        ])
    writer.writerow([])
    writer.writerow(INDEX_COLUMNS)
    for line in data.indices:
        scale = 100.0 if line.key in PERCENT_KEYS else 1.0
        name = f"{line.name} (%)" if line.key in PERCENT_KEYS else line.name
        writer.writerow([line.key, name, csv_number(scale * line.baseline),
                         csv_number(scale * line.scenario), csv_number(scale * line.change)])
        if line.key == "hhi":
            writer.writerow(["hhi_points", "HHI on the 0-10,000 scale",
                             csv_number(10_000.0 * line.baseline),
                             csv_number(10_000.0 * line.scenario),
                             csv_number(10_000.0 * line.change)])
    return out.getvalue()


def csv_bytes(data: ReportData) -> bytes:
    """Return the CSV of `data` as UTF-8 with a byte-order mark, ready to write."""
    return (BOM + csv_text(data)).encode("utf-8")
