"""models.formatting: the one number formatter of the window and the command line."""

from __future__ import annotations

import doctest
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import formatting
from models.formatting import (
    csv_number,
    format_change,
    format_number,
    format_share,
    format_share_change,
    format_value,
    table_number,
    table_share,
)

NOT_FINITE = (float("nan"), float("inf"), -float("inf"), np.float64("nan"))
finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


def test_docstring_examples() -> None:
    result = doctest.testmod(formatting, raise_on_error=False)
    assert result.attempted > 10
    assert result.failed == 0


@pytest.mark.parametrize("value", NOT_FINITE)
def test_not_finite_is_not_available(value: float) -> None:
    assert format_number(value, 4) == "n/a"
    assert format_number(value, 2, signed=True) == "n/a"
    assert format_share(value) == "n/a"
    assert format_share_change(value) == "n/a"
    for key in ("hhi", "cr3", "equivalent_partners"):
        assert format_value(key, value) == "n/a"
        assert format_change(key, value) == "n/a"
    assert table_number(value) == "       n/a"
    assert table_number(value, signed=True) == "       n/a"
    assert table_share(value) == "      n/a"
    assert csv_number(value) == ""


def test_window_formats_by_index() -> None:
    assert format_value("hhi", 0.123456) == "0.1235"
    assert format_value("cr1", 0.3084) == "30.84 %"
    assert format_value("equivalent_partners", 8.456) == "8.46"
    assert format_change("hhi", 0.01234) == "+0.0123"
    assert format_change("hhi", -0.01234) == "-0.0123"
    assert format_change("cr3", -0.05) == "-5.00 pp"
    assert format_change("equivalent_partners", 1.234) == "+1.23"
    assert format_share(1.0) == "100.00 %"
    assert format_share_change(0.0001) == "+0.01 pp"


def test_numbers_from_numpy_are_formatted_alike() -> None:
    assert format_value("hhi", np.float64(0.25)) == format_value("hhi", 0.25)
    assert csv_number(np.float64(0.1)) == "0.1"
    assert table_number(np.float64(-0.5), signed=True) == "   -0.5000"


def test_command_line_columns() -> None:
    assert table_number(0.18) == "    0.1800"
    assert table_number(0.18, signed=True) == "   +0.1800"
    assert table_number(-0.0) == "    0.0000"
    assert table_number(-4e-5, signed=True) == "   +0.0000"
    assert table_number(-6e-5, signed=True) == "   -0.0001"
    assert table_number(1234567.0) == "1234567.0000"  # wider than the column, never cut
    assert table_number(1800.5, decimals=0) == "      1800"  # half to even, as format does
    assert table_number(0.1234, signed=True, decimals=2) == "     +0.12"
    assert table_share(1.0) == " 100.00 %"
    assert table_share(-1e-9) == "   0.00 %"


def test_negative_decimals_are_refused() -> None:
    with pytest.raises(ValueError, match="`decimals`"):
        format_number(1.0, -1)


@given(finite, st.integers(0, 6), st.booleans())
def test_never_minus_zero_and_reads_back(value: float, decimals: int, signed: bool) -> None:
    text = format_number(value, decimals, signed=signed)
    if set(text.lstrip("+-").replace(".", "")) == {"0"}:
        assert not text.startswith("-"), text
    if signed:
        assert text[0] in "+-", text
    else:
        assert text[0] != "+", text
    assert float(text) == pytest.approx(value, abs=0.5 * 10.0**-decimals + 1e-9 * abs(value))


@given(finite)
def test_signed_change_agrees_with_its_sign(change: float) -> None:
    text = format_change("hhi", change)
    shown = float(text)
    assert text[0] in "+-"
    assert shown == 0.0 or math.copysign(1.0, shown) == math.copysign(1.0, change)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_csv_reads_back_exactly(value: float) -> None:
    assert float(csv_number(value)) == value
