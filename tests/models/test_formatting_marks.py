"""models.formatting with a language's marks: the window passes QLocale's; the defaults stay."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.formatting import (
    format_change,
    format_number,
    format_share,
    format_share_change,
    format_value,
    table_number,
)

NBSP = "\u00a0"


def test_defaults_are_the_command_lines() -> None:
    assert format_number(12345.678, 1) == "12345.7"
    assert format_number(12345.678, 1, grouped=True) == "12,345.7"
    assert table_number(1800.4, decimals=0) == "      1800"
    assert format_share_change(-0.05) == "-5.00 pp"


def test_russian_and_kazakh_marks() -> None:
    assert format_number(12345.678, 1, grouped=True, decimal=",", group=NBSP) == (
        f"12{NBSP}345,7")
    assert format_number(-1234567.0, 0, grouped=True, signed=True, decimal=",",
                         group=NBSP) == f"-1{NBSP}234{NBSP}567"
    assert format_value("hhi", 0.18, decimal=",") == "0,1800"
    assert format_value("cr3", 0.7, decimal=",") == "70,00 %"
    assert format_share(0.30844, decimal=",") == "30,84 %"
    assert format_change("cr3", -0.05, decimal=",", points="п. п.") == "-5,00 п. п."
    assert format_change("equivalent_partners", 0.5, decimal=",") == "+0,50"


def test_marks_may_swap() -> None:
    # German: a dot between thousands and a comma for decimals.
    assert format_number(1234.5, 2, grouped=True, decimal=",", group=".") == "1.234,50"


def test_not_available_and_zero_stay() -> None:
    assert format_number(math.nan, 2, decimal=",") == "n/a"
    assert format_number(-1e-9, 2, signed=True, decimal=",") == "+0,00"


def test_bad_marks_are_refused() -> None:
    with pytest.raises(ValueError, match="`decimal`"):
        format_number(1.0, 2, decimal="")
    with pytest.raises(ValueError, match="`decimal`"):
        format_number(1.0, 2, grouped=True, decimal=",", group=",")


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.integers(0, 6))
def test_marks_change_only_the_marks(value: float, decimals: int) -> None:
    plain = format_number(value, decimals, grouped=True)
    local = format_number(value, decimals, grouped=True, decimal=",", group=NBSP)
    assert local == plain.replace(",", NBSP).replace(".", ",")
