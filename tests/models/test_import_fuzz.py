"""Fuzz the importers with broken variants of every sample file.

Each case re-encodes, re-separates, truncates, duplicates, deletes or garbles a sample; the
importer must either read it or raise its own clear error (ImportFileError, naming the file
and a line), never anything else. Bounded in ``make test``; ``make fuzz`` runs thousands of
cases through the hypothesis profile ``fuzz`` (registered in tests/conftest.py).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.datasets import load_catalog
from models.importers import ImportedData, ImportFileError, read_file

SAMPLES = Path(__file__).parent / "import_samples"
NAMES = sorted(p.name for p in SAMPLES.glob("*.csv"))
_CATALOG = load_catalog()
COUNTRIES = {iso3: _CATALOG.country_name(iso3) for iso3 in _CATALOG.countries}
# the loaded profile decides: a few dozen cases in `make test`, thousands in `make fuzz`
EXAMPLES = settings().max_examples if settings().max_examples > 100 else 30

GARBAGE = st.sampled_from(
    ["", "-1", "abc", "1,5", "1.234.567,8", "NaN", "inf", '"', '""', "1e400", "  ", "0",
     "12x", "\x00", "Ωmega", "9" * 40, "2022", "W00", "TOTAL", "RX", "899", "XXX"]
) | st.text(max_size=12)  # fmt: skip


def _text(name: str) -> str:
    raw = (SAMPLES / name).read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError(name)


def _rows(text: str) -> list[list[str]]:
    separator = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=separator))


def _write(rows: list[list[str]], separator: str, decimal_comma: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    for row in rows:
        if decimal_comma:
            row = [re.sub(r"^(\d+)\.(\d+)$", r"\1,\2", cell) for cell in row]
        writer.writerow(row)
    return out.getvalue()


@st.composite
def variants(draw: st.DrawFn, name: str) -> bytes:
    rows = _rows(_text(name))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["field", "delete", "duplicate", "header", "short", "long"]))
        i = draw(st.integers(0, len(rows) - 1))
        if op == "field" and rows[i]:
            rows[i][draw(st.integers(0, len(rows[i]) - 1))] = draw(GARBAGE)
        elif op == "delete" and len(rows) > 1:
            del rows[i]
        elif op == "duplicate":
            rows.insert(i, list(rows[i]))
        elif op == "header" and rows[0]:
            rows[0][draw(st.integers(0, len(rows[0]) - 1))] = draw(GARBAGE)
        elif op == "short" and rows[i]:
            rows[i] = rows[i][:-1]
        elif op == "long":
            rows[i] = [*rows[i], draw(GARBAGE)]
    separator = draw(st.sampled_from([",", ";", "\t"]))
    text = _write(rows, separator, separator != "," and draw(st.booleans()))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    text += draw(st.sampled_from(["", "\n", "\n\n  \n", ",,,\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    cut = draw(st.one_of(st.none(), st.integers(0, len(data))))
    if cut is not None:
        data = data[:cut]
    if draw(st.integers(0, 9)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data


@pytest.mark.parametrize("name", NAMES)
def test_broken_variants_load_or_raise_the_clear_error(tmp_path_factory, name):
    folder = tmp_path_factory.mktemp("fuzz")

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=variants(name))
    def check(data: bytes) -> None:
        path = folder / "broken.csv"
        path.write_bytes(data)
        try:
            found = read_file(path, countries=COUNTRIES)
        except ImportFileError as exc:
            problem: ImportFileError | None = exc
        else:
            problem = None
        if problem is not None:  # the importer's own error, naming the file
            assert str(problem).startswith("broken.csv")
            assert problem.file == "broken.csv"
            return
        assert isinstance(found, ImportedData)
        assert found.partners or found.products
        for table in found.partners.values():
            assert all(v >= 0 for v in table.values())

    check()


def test_the_unbroken_samples_load():
    for name in NAMES:
        assert read_file(SAMPLES / name, countries=COUNTRIES).years
