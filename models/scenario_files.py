"""Scenario files: versioned JSON, validated on load, written atomically.

The format is documented in ``docs/scenario-format.md``. Reading never uses pickle or
eval: the file is parsed as strict JSON (no NaN, no duplicate keys), checked field by field,
and any problem raises :class:`ScenarioFileError` naming the file and the field, e.g.
``edits[2].share: expected a number from 0 to 1, got "abc"``. Writing goes to a temporary
file in the same folder, flushed to disk, then renamed over the target, so a failed save
never damages the file that was there.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models import rebalance
from models.datasets import DIMENSIONS, FLOWS, RELEASES
from models.scenario import (
    LEVELS,
    CostShock,
    Edit,
    Growth,
    ScaleValue,
    Scenario,
    SetLock,
    SetShare,
)

__all__ = [
    "FORMAT_NAME",
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "ScenarioFileError",
    "dumps",
    "load",
    "loads",
    "save",
    "scenario_from_dict",
    "scenario_to_dict",
]

FORMAT_NAME = "multivector-scenario"
SCHEMA_VERSION = 1
MAX_BYTES = 1_000_000  # a real scenario is a few kB; refuse to parse anything huge
MAX_EDITS = 10_000

# Upgrades, oldest first: MIGRATIONS[v] turns a version-v document into version v+1.
# Add one here (and a test with a real old file) whenever SCHEMA_VERSION goes up.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ScenarioFileError(ValueError):
    """A scenario file or document that cannot be read; the message says where and why."""


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """Return the JSON-ready document for ``scenario`` (current schema version)."""
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "title": scenario.title,
        "description": scenario.description,
        "references": list(scenario.references),
        "baseline": {
            "reporter": scenario.reporter,
            "year": scenario.year,
            "flow": scenario.flow,
            "release": scenario.release,
            "dimension": scenario.dimension,
            "level": scenario.level,
            "active_only": scenario.active_only,
        },
        "edits": [_edit_to_dict(e) for e in scenario.edits],
    }


def _edit_to_dict(edit: Edit) -> dict[str, Any]:
    if isinstance(edit, SetShare):
        out: dict[str, Any] = {"partner": edit.partner, "share": edit.share, "rule": edit.rule}
        if edit.source is not None:
            out["source"] = edit.source
    elif isinstance(edit, SetLock):
        out = {"partners": list(edit.partners), "locked": edit.locked}
    elif isinstance(edit, ScaleValue):
        out = {"partner": edit.partner, "percent": edit.percent}
    elif isinstance(edit, CostShock):
        out = {"shocks": dict(edit.shocks), "sigma": edit.sigma}
        if edit.demand_elasticity is not None:
            out["demand_elasticity"] = edit.demand_elasticity
    else:
        out = {
            "rates": dict(edit.rates),
            "years": edit.years,
            "default_rate": edit.default_rate,
            "by_vector": edit.by_vector,
        }
    return {"kind": edit.kind, **out}


def dumps(scenario: Scenario) -> str:
    """Return the scenario as JSON text (UTF-8, indented, stable key order)."""
    return (
        json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    )


def save(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write ``scenario`` to ``path`` atomically (temporary file, fsync, rename)."""
    target = Path(path)
    text = dumps(scenario).encode("utf-8")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def load(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file; :class:`ScenarioFileError` says what is wrong."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ScenarioFileError(
                f"{source.name}: the file is {size:,} bytes; a scenario file is at most "
                f"{MAX_BYTES:,} bytes (is this the right file?)"
            )
        data = source.read_bytes()
    except OSError as exc:
        raise ScenarioFileError(f"{source.name}: cannot be read ({exc.strerror})") from None
    return loads(data, name=source.name)


def loads(data: bytes | str, *, name: str = "scenario") -> Scenario:
    """Parse and validate scenario JSON given as bytes (UTF-8) or text."""
    if len(data) > MAX_BYTES:
        raise ScenarioFileError(f"{name}: more than {MAX_BYTES:,} bytes; not a scenario file")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ScenarioFileError(
                f"{name}: not UTF-8 text (byte {exc.start} is 0x{data[exc.start]:02x}); "
                "scenario files are JSON saved as UTF-8"
            ) from None
    else:
        text = data
    if not text.strip():
        raise ScenarioFileError(f"{name}: the file is empty")
    try:
        document = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(
            f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg} "
            "(the file may be truncated or edited by hand)"
        ) from None
    except RecursionError:
        raise ScenarioFileError(f"{name}: nested too deeply to be a scenario file") from None
    except ValueError as exc:
        raise ScenarioFileError(f"{name}: {exc}") from None
    try:
        return scenario_from_dict(document)
    except ScenarioFileError as exc:
        raise ScenarioFileError(f"{name}: {exc}") from None


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not a number a scenario may hold")


def scenario_from_dict(document: Any) -> Scenario:
    """Validate a parsed document (migrating older versions) and build the scenario."""
    doc = _object(document, "the document")
    if doc.get("format") != FORMAT_NAME:
        raise ScenarioFileError(
            f'format: expected "{FORMAT_NAME}", got {_show(doc.get("format"))}; '
            "this is not a Multivector scenario file"
        )
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ScenarioFileError(
            f"schema_version: expected a whole number >= 1, got {_show(version)}"
        )
    if version > SCHEMA_VERSION:
        raise ScenarioFileError(
            f"schema_version: the file has version {version}, made by a newer Multivector; "
            f"this version reads versions up to {SCHEMA_VERSION}"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    _only(
        doc,
        {"format", "schema_version", "title", "description", "references", "baseline", "edits"},
        "",
    )
    base = _object(doc.get("baseline"), "baseline")
    _only(
        base,
        {"reporter", "year", "flow", "release", "dimension", "level", "active_only"},
        "baseline",
    )
    edits_raw = doc.get("edits", [])
    if not isinstance(edits_raw, list):
        raise ScenarioFileError(f"edits: expected a list, got {_show(edits_raw)}")
    if len(edits_raw) > MAX_EDITS:
        raise ScenarioFileError(f"edits: {len(edits_raw):,} edits; at most {MAX_EDITS:,}")
    references = doc.get("references", [])
    if not isinstance(references, list):
        raise ScenarioFileError(f"references: expected a list of text, got {_show(references)}")
    return Scenario(
        reporter=_code(base.get("reporter"), "baseline.reporter"),
        year=_integer(base.get("year"), "baseline.year", 1900, 2200),
        flow=_choice(base.get("flow", "exports"), "baseline.flow", FLOWS),
        release=_choice(base.get("release", "revised"), "baseline.release", RELEASES),
        dimension=_choice(base.get("dimension", "partners"), "baseline.dimension", DIMENSIONS),
        level=_choice(base.get("level", "partners"), "baseline.level", LEVELS),
        active_only=_boolean(base.get("active_only", False), "baseline.active_only"),
        edits=tuple(_edit(e, f"edits[{i}]") for i, e in enumerate(edits_raw)),
        title=_text(doc.get("title", ""), "title"),
        description=_text(doc.get("description", ""), "description"),
        references=tuple(_text(r, f"references[{i}]") for i, r in enumerate(references)),
    )


def _edit(raw: Any, where: str) -> Edit:
    obj = _object(raw, where)
    kind = obj.get("kind")
    if kind == SetShare.kind:
        _only(obj, {"kind", "partner", "share", "rule", "source"}, where)
        source = obj.get("source")
        return SetShare(
            partner=_code(obj.get("partner"), f"{where}.partner"),
            share=_number(obj.get("share"), f"{where}.share", 0.0, 1.0),
            rule=_choice(obj.get("rule", "proportional"), f"{where}.rule", rebalance.RULES),
            source=None if source is None else _code(source, f"{where}.source"),
        )
    if kind == SetLock.kind:
        _only(obj, {"kind", "partners", "locked"}, where)
        partners = obj.get("partners")
        if not isinstance(partners, list):
            raise ScenarioFileError(
                f"{where}.partners: expected a list of codes, got {_show(partners)}"
            )
        return SetLock(
            partners=tuple(_code(p, f"{where}.partners[{i}]") for i, p in enumerate(partners)),
            locked=_boolean(obj.get("locked", True), f"{where}.locked"),
        )
    if kind == ScaleValue.kind:
        _only(obj, {"kind", "partner", "percent"}, where)
        return ScaleValue(
            partner=_code(obj.get("partner"), f"{where}.partner"),
            percent=_number(obj.get("percent"), f"{where}.percent", -100.0, 1e6),
        )
    if kind == CostShock.kind:
        _only(obj, {"kind", "shocks", "sigma", "demand_elasticity"}, where)
        elasticity = obj.get("demand_elasticity")
        return CostShock(
            shocks=_code_numbers(obj.get("shocks"), f"{where}.shocks", -0.99, 100.0),
            sigma=_number(obj.get("sigma"), f"{where}.sigma", 0.01, 100.0),
            demand_elasticity=None
            if elasticity is None
            else _number(elasticity, f"{where}.demand_elasticity", 0.0, 100.0),
        )
    if kind == Growth.kind:
        _only(obj, {"kind", "rates", "years", "default_rate", "by_vector"}, where)
        return Growth(
            rates=_code_numbers(obj.get("rates"), f"{where}.rates", -0.99, 10.0),
            years=_integer(obj.get("years"), f"{where}.years", 0, 200),
            default_rate=_number(
                obj.get("default_rate", 0.0), f"{where}.default_rate", -0.99, 10.0
            ),
            by_vector=_boolean(obj.get("by_vector", False), f"{where}.by_vector"),
        )
    kinds = [SetShare.kind, SetLock.kind, ScaleValue.kind, CostShock.kind, Growth.kind]
    raise ScenarioFileError(f"{where}.kind: expected one of {kinds}, got {_show(kind)}")


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if value is not None else "nothing"
    return text if len(text) <= 40 else text[:37] + "..."


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ScenarioFileError(f"{where}: expected an object {{...}}, got {_show(value)}")
    return value


def _only(obj: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        prefix = f"{where}." if where else ""
        raise ScenarioFileError(
            f"{prefix}{unknown[0]}: unknown field (allowed: {', '.join(sorted(allowed))})"
        )


def _number(value: Any, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ScenarioFileError(
            f"{where}: expected a number from {low:g} to {high:g}, got {_show(value)}"
        )
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ScenarioFileError(f"{where}: {number:g} is outside {low:g} to {high:g}")
    return number


def _integer(value: Any, where: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioFileError(f"{where}: expected a whole number, got {_show(value)}")
    if not low <= value <= high:
        raise ScenarioFileError(f"{where}: {value} is outside {low} to {high}")
    return value


def _boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ScenarioFileError(f"{where}: expected true or false, got {_show(value)}")
    return value


def _text(value: Any, where: str, limit: int = 20_000) -> str:
    if not isinstance(value, str):
        raise ScenarioFileError(f"{where}: expected text, got {_show(value)}")
    if len(value) > limit:
        raise ScenarioFileError(f"{where}: {len(value):,} characters; at most {limit:,}")
    return value


def _code(value: Any, where: str) -> str:
    text = _text(value, where, limit=40)
    if not text.strip():
        raise ScenarioFileError(f"{where}: empty code")
    return text


def _choice(value: Any, where: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ScenarioFileError(f"{where}: expected one of {list(allowed)}, got {_show(value)}")
    return str(value)


def _code_numbers(value: Any, where: str, low: float, high: float) -> tuple[tuple[str, float], ...]:
    obj = _object(value, where)
    return tuple(
        (_code(code, f"{where} key"), _number(number, f"{where}.{code}", low, high))
        for code, number in obj.items()
    )
