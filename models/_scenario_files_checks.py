"""Field checks for :mod:`models.scenario_files`: every problem names its field.

Private: :class:`ScenarioFileError` is public through :mod:`models.scenario_files`. The
JSON hooks turn a number too large for a float into a :class:`TooLarge` marker, so that
the field's own check refuses it by name instead of an ``OverflowError`` escaping.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ScenarioFileError",
    "TooLarge",
    "boolean",
    "choice",
    "code",
    "code_numbers",
    "json_object",
    "no_constants",
    "no_duplicate_keys",
    "number",
    "only_fields",
    "parse_float",
    "parse_int",
    "plain_text",
    "printable",
    "show",
    "whole_number",
]


class ScenarioFileError(ValueError):
    """A scenario file or document that cannot be read; the message says where and why."""


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not a number a scenario may hold")


@dataclass(frozen=True)
class TooLarge:
    """A number in the file beyond a float (1e400, 401 digits): refused by the field's check."""

    token: str

    def __str__(self) -> str:
        digits = sum(c.isdigit() for c in self.token)
        return self.token if len(self.token) <= 24 else f"{self.token[:12]}... ({digits} digits)"


def parse_float(token: str) -> float | TooLarge:
    number = float(token)
    return number if math.isfinite(number) else TooLarge(token)


def parse_int(token: str) -> int | TooLarge:
    if len(token) > 400:  # beyond any float; int() of a 5,000-digit text would refuse anyway
        return TooLarge(token)
    number = int(token)
    try:
        float(number)
    except OverflowError:
        return TooLarge(token)
    return number


def printable(text: str) -> str:
    r"""``text`` with lone surrogates written as ``\udXXX``, fit to print in a message."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def show(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, TooLarge):
        return str(value)
    if isinstance(value, int) and value.bit_length() > 1000:  # str() of it may refuse
        return f"a whole number of about {int(value.bit_length() * 0.30103)} digits"
    text = printable(json.dumps(value, ensure_ascii=False, default=str))
    return text if len(text) <= 40 else text[:37] + "..."


def json_object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ScenarioFileError(f"{where}: expected an object {{...}}, got {show(value)}")
    return value


def only_fields(obj: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise ScenarioFileError(
            f"{prefix}{printable(unknown[0])}: unknown field "
            f"(allowed: {', '.join(sorted(allowed))})"
        )


def number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, TooLarge):
        raise ScenarioFileError(
            f"{where}: {value} is too large for a number; expected {low:g} to {high:g}"
        )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ScenarioFileError(
            f"{where}: expected a number from {low:g} to {high:g}, got {show(value)}"
        )
    try:
        number = float(value)
    except OverflowError:  # a huge int handed to scenario_from_dict directly
        raise ScenarioFileError(
            f"{where}: {show(value)} is too large for a number; expected {low:g} to {high:g}"
        ) from None
    if not math.isfinite(number) or not low <= number <= high:
        raise ScenarioFileError(f"{where}: {number:g} is outside {low:g} to {high:g}")
    return number


def whole_number(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, TooLarge):
        raise ScenarioFileError(f"{where}: {value} is too large; expected {low} to {high}")
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioFileError(f"{where}: expected a whole number, got {show(value)}")
    if not low <= value <= high:
        raise ScenarioFileError(f"{where}: {show(value)} is outside {low} to {high}")
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ScenarioFileError(f"{where}: expected true or false, got {show(value)}")
    return value


def plain_text(value: Any, where: str, limit: int = 20_000) -> str:
    if not isinstance(value, str):
        raise ScenarioFileError(f"{where}: expected text, got {show(value)}")
    if len(value) > limit:
        raise ScenarioFileError(f"{where}: {len(value):,} characters; at most {limit:,}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. "\\ud800" in the JSON
        raise ScenarioFileError(
            f"{where}: character {exc.start + 1} is {printable(value[exc.start])}, half of a "
            "character pair (a lone surrogate), which is not text; the file was damaged or "
            "written by a program that cut a character in two"
        ) from None
    return value


def code(value: Any, where: str) -> str:
    text = plain_text(value, where, limit=40)
    if not text.strip():
        raise ScenarioFileError(f"{where}: empty code")
    return text


def choice(value: Any, where: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ScenarioFileError(f"{where}: expected one of {list(allowed)}, got {show(value)}")
    return str(value)


def code_numbers(value: Any, where: str, low: float, high: float) -> tuple[tuple[str, float], ...]:
    obj = json_object(value, where)
    return tuple(
        (code(key, f"{where} key"), number(amount, f"{where}.{key}", low, high))
        for key, amount in obj.items()
    )
