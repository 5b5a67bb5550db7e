"""Scenario files: versioned JSON, validated on load, written atomically.

The format is documented in ``docs/scenario-format.md``. Reading never uses pickle or
eval: at most ``MAX_BYTES`` are read from a regular file (never a pipe or a device), parsed
as strict JSON (no NaN, no duplicate keys, no number beyond a float, no lone surrogate in
text), checked field by field, and any problem raises :class:`ScenarioFileError` naming the
file and the field, e.g. ``edits[2].share: expected a number from 0 to 1, got "abc"``.
Writing goes to a temporary file in the target's folder, flushed to disk, then renamed over
the target, so a failed save never damages the file that was there
(:mod:`models.atomic_write`: symlinks and permissions kept, errors name the user's path).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, assert_never

from models import _scenario_files_checks as _checks
from models import rebalance
from models._scenario_files_checks import ScenarioFileError
from models.atomic_write import write_atomically
from models.bounded_read import NotRegularFileError, read_bounded
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
SCHEMA_VERSION = 2
MAX_BYTES = 1_000_000  # a real scenario is a few kB; refuse to parse anything huge
MAX_EDITS = 10_000

# Upgrades, oldest first: MIGRATIONS[v] turns a version-v document into version v+1.
# Add one here (and a test with a real old file) whenever SCHEMA_VERSION goes up.
def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added the student's ``notes`` and ``"off": true`` on edits; v1 had neither."""
    if "notes" in doc:
        raise ScenarioFileError("notes: not a field of schema version 1 (it came with 2)")
    edits = doc.get("edits", [])
    for i, edit in enumerate(edits if isinstance(edits, list) else []):
        if isinstance(edit, dict) and "off" in edit:
            raise ScenarioFileError(
                f"edits[{i}].off: not a field of schema version 1 (it came with 2)"
            )
    return {**doc, "schema_version": 2}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def scenario_to_dict(scenario: Scenario) -> dict[str, Any]:
    """Return the JSON-ready document for ``scenario`` (current schema version)."""
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "title": scenario.title,
        "description": scenario.description,
        "references": list(scenario.references),
        "notes": scenario.notes,
        "baseline": {
            "reporter": scenario.reporter,
            "year": scenario.year,
            "flow": scenario.flow,
            "release": scenario.release,
            "dimension": scenario.dimension,
            "level": scenario.level,
            "active_only": scenario.active_only,
        },
        "edits": [
            {**_edit_to_dict(e), **({"off": True} if i in scenario.switched_off else {})}
            for i, e in enumerate(scenario.edits, start=1)
        ],
    }


def _edit_to_dict(edit: Edit) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": edit.kind}
    match edit:
        case SetShare():
            out.update(partner=edit.partner, share=edit.share, rule=edit.rule)
            if edit.source is not None:
                out["source"] = edit.source
        case SetLock():
            out.update(partners=list(edit.partners), locked=edit.locked)
        case ScaleValue():
            out.update(partner=edit.partner, percent=edit.percent)
        case CostShock():
            out.update(shocks=dict(edit.shocks), sigma=edit.sigma)
            if edit.demand_elasticity is not None:
                out["demand_elasticity"] = edit.demand_elasticity
        case Growth():
            out.update(
                rates=dict(edit.rates),
                years=edit.years,
                default_rate=edit.default_rate,
                by_vector=edit.by_vector,
            )
        case _:
            assert_never(edit)
    return out


def dumps(scenario: Scenario) -> str:
    """Return the scenario as JSON text (UTF-8, indented, stable key order)."""
    return (
        json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    )


def save(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write ``scenario`` to ``path`` atomically (temporary file, fsync, rename).

    A symlink stays a symlink (its target is written) and an existing file keeps its
    permission bits; see :func:`models.atomic_write.write_atomically`.

    Raises
    ------
    models.atomic_write.SaveError
        An ``OSError`` naming ``path`` (never the temporary file) and the reason; the file
        that was there is untouched and nothing is left behind.
    """
    write_atomically(path, dumps(scenario).encode("utf-8"))


def load(path: str | os.PathLike[str]) -> Scenario:
    """Read and validate a scenario file; :class:`ScenarioFileError` says what is wrong.

    At most ``MAX_BYTES + 1`` bytes are read from the opened file, whatever its size
    claims to be (a file that grows while it is read is caught too). Anything but a
    regular file (a folder, a named pipe, a device such as ``/dev/zero``) is refused
    before a byte is read: the file is opened without blocking and checked on the
    opened descriptor, so a pipe with no writer never hangs.
    """
    source = Path(path)
    name = _checks.printable(source.name)
    try:
        data = read_bounded(source, MAX_BYTES)
    except NotRegularFileError as exc:
        raise ScenarioFileError(
            f"{name}: {exc.kind}, not a file; a scenario is read from a JSON file saved on disk"
        ) from None
    except OSError as exc:
        raise ScenarioFileError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ScenarioFileError(
            f"{name}: the file is more than {MAX_BYTES:,} bytes; a scenario file is at most "
            f"{MAX_BYTES:,} bytes (is this the right file?)"
        )
    return loads(data, name=name)


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
        document = json.loads(
            text,
            object_pairs_hook=_checks.no_duplicate_keys,
            parse_constant=_checks.no_constants,
            parse_float=_checks.parse_float,
            parse_int=_checks.parse_int,
        )
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


def scenario_from_dict(document: Any) -> Scenario:
    """Validate a parsed document (migrating older versions) and build the scenario."""
    doc = _checks.json_object(document, "the document")
    if doc.get("format") != FORMAT_NAME:
        raise ScenarioFileError(
            f'format: expected "{FORMAT_NAME}", got {_checks.show(doc.get("format"))}; '
            "this is not a Multivector scenario file"
        )
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ScenarioFileError(
            f"schema_version: expected a whole number >= 1, got {_checks.show(version)}"
        )
    if version > SCHEMA_VERSION:
        raise ScenarioFileError(
            f"schema_version: the file has version {version}, made by a newer Multivector; "
            f"this version reads versions up to {SCHEMA_VERSION}"
        )
    while version < SCHEMA_VERSION:
        doc = MIGRATIONS[version](doc)
        version += 1
    _checks.only_fields(
        doc,
        {
            "format",
            "schema_version",
            "title",
            "description",
            "references",
            "notes",
            "baseline",
            "edits",
        },
        "",
    )
    base = _checks.json_object(doc.get("baseline"), "baseline")
    _checks.only_fields(
        base,
        {"reporter", "year", "flow", "release", "dimension", "level", "active_only"},
        "baseline",
    )
    edits_raw = doc.get("edits", [])
    if not isinstance(edits_raw, list):
        raise ScenarioFileError(f"edits: expected a list, got {_checks.show(edits_raw)}")
    if len(edits_raw) > MAX_EDITS:
        raise ScenarioFileError(f"edits: {len(edits_raw):,} edits; at most {MAX_EDITS:,}")
    references = doc.get("references", [])
    if not isinstance(references, list):
        raise ScenarioFileError(
            f"references: expected a list of text, got {_checks.show(references)}"
        )
    dimension = _checks.choice(base.get("dimension", "partners"), "baseline.dimension", DIMENSIONS)
    level = _checks.choice(base.get("level", "partners"), "baseline.level", LEVELS)
    if level == "vectors" and dimension != "partners":
        raise ScenarioFileError(
            f'baseline.level: "vectors" groups partners into blocs; it needs '
            f'baseline.dimension "partners", not "{dimension}"'
        )
    return Scenario(
        reporter=_checks.code(base.get("reporter"), "baseline.reporter"),
        year=_checks.whole_number(base.get("year"), "baseline.year", 1900, 2200),
        flow=_checks.choice(base.get("flow", "exports"), "baseline.flow", FLOWS),
        release=_checks.choice(base.get("release", "revised"), "baseline.release", RELEASES),
        dimension=dimension,
        level=level,
        active_only=_checks.boolean(base.get("active_only", False), "baseline.active_only"),
        edits=tuple(_edit(e, f"edits[{i}]") for i, e in enumerate(edits_raw)),
        switched_off=_switched_off(edits_raw),
        notes=_checks.plain_text(doc.get("notes", ""), "notes"),
        title=_checks.plain_text(doc.get("title", ""), "title"),
        description=_checks.plain_text(doc.get("description", ""), "description"),
        references=tuple(
            _checks.plain_text(r, f"references[{i}]") for i, r in enumerate(references)
        ),
    )


def _switched_off(edits_raw: list[Any]) -> frozenset[int]:
    """Positions (from 1) of the edits marked ``"off": true`` (kept, not applied)."""
    return frozenset(
        i
        for i, raw in enumerate(edits_raw, start=1)
        if _checks.boolean(raw.get("off", False), f"edits[{i - 1}].off")
    )


def _edit(raw: Any, where: str) -> Edit:
    obj = dict(_checks.json_object(raw, where))
    obj.pop("off", None)  # switched off or not: read by _switched_off
    kind = obj.get("kind")
    match kind:
        case SetShare.kind:
            _checks.only_fields(obj, {"kind", "partner", "share", "rule", "source"}, where)
            source = obj.get("source")
            return SetShare(
                partner=_checks.code(obj.get("partner"), f"{where}.partner"),
                share=_checks.number(obj.get("share"), f"{where}.share", 0.0, 1.0),
                rule=_checks.choice(
                    obj.get("rule", "proportional"), f"{where}.rule", rebalance.RULES
                ),
                source=None if source is None else _checks.code(source, f"{where}.source"),
            )
        case SetLock.kind:
            _checks.only_fields(obj, {"kind", "partners", "locked"}, where)
            partners = obj.get("partners")
            if not isinstance(partners, list):
                raise ScenarioFileError(
                    f"{where}.partners: expected a list of codes, got {_checks.show(partners)}"
                )
            return SetLock(
                partners=tuple(
                    _checks.code(p, f"{where}.partners[{i}]") for i, p in enumerate(partners)
                ),
                locked=_checks.boolean(obj.get("locked", True), f"{where}.locked"),
            )
        case ScaleValue.kind:
            _checks.only_fields(obj, {"kind", "partner", "percent"}, where)
            return ScaleValue(
                partner=_checks.code(obj.get("partner"), f"{where}.partner"),
                percent=_checks.number(obj.get("percent"), f"{where}.percent", -100.0, 1e6),
            )
        case CostShock.kind:
            _checks.only_fields(obj, {"kind", "shocks", "sigma", "demand_elasticity"}, where)
            elasticity = obj.get("demand_elasticity")
            return CostShock(
                shocks=_checks.code_numbers(obj.get("shocks"), f"{where}.shocks", -0.99, 100.0),
                sigma=_checks.number(obj.get("sigma"), f"{where}.sigma", 0.01, 100.0),
                demand_elasticity=None
                if elasticity is None
                else _checks.number(elasticity, f"{where}.demand_elasticity", 0.0, 100.0),
            )
        case Growth.kind:
            _checks.only_fields(obj, {"kind", "rates", "years", "default_rate", "by_vector"}, where)
            return Growth(
                rates=_checks.code_numbers(obj.get("rates"), f"{where}.rates", -0.99, 10.0),
                years=_checks.whole_number(obj.get("years"), f"{where}.years", 0, 200),
                default_rate=_checks.number(
                    obj.get("default_rate", 0.0), f"{where}.default_rate", -0.99, 10.0
                ),
                by_vector=_checks.boolean(obj.get("by_vector", False), f"{where}.by_vector"),
            )
        case _:  # text from the file, not an Edit: an unknown kind is the file's error
            kinds = [SetShare.kind, SetLock.kind, ScaleValue.kind, CostShock.kind, Growth.kind]
            raise ScenarioFileError(
                f"{where}.kind: expected one of {kinds}, got {_checks.show(kind)}"
            )
