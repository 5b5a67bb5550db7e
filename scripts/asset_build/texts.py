"""The output specs (``asset_sources/outputs.json``) and their texts (``prose.md``).

A text in a spec is either written out or a reference ``@key`` to a section of ``prose.md``;
either may hold words in braces (``{last_year}``), filled in from the settings and from the
facts a table builder reports. Nothing else is written into a provenance record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asset_build.files import ASSET_SOURCES, BuildError, read_json

_SECTION = re.compile(r"^## (\w+)\s*$")


@dataclass(frozen=True)
class OutputSpec:
    """One file of assets/data: what builds it, its catalog entry and its provenance."""

    file: str
    table: str
    catalog: Mapping[str, str] = field(default_factory=dict)
    provenance: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Specs:
    """Everything the build needs besides the source files."""

    settings: Mapping[str, Any]
    outputs: tuple[OutputSpec, ...]
    prose: Mapping[str, str]

    def facts(self, **more: Any) -> dict[str, Any]:
        """Return the settings (each ``*_commit`` also as a short ``*_version``) and ``more``."""
        facts = dict(self.settings)
        for key, value in self.settings.items():
            if key.endswith("_commit"):
                facts[key.removesuffix("_commit") + "_version"] = str(value)[:8]
        facts.update(more)
        return facts


def load_specs(folder: Path = ASSET_SOURCES) -> Specs:
    """Read ``outputs.json`` and ``prose.md`` from ``folder``."""
    data = read_json(folder / "outputs.json")
    try:
        outputs = tuple(
            OutputSpec(
                file=item["file"],
                table=item["table"],
                catalog=item.get("catalog", {}),
                provenance=item.get("provenance", {}),
            )
            for item in data["outputs"]
        )
        settings = data["settings"]
    except (KeyError, TypeError) as exc:
        raise BuildError(f"outputs.json: missing or malformed entry {exc}") from None
    files = [spec.file for spec in outputs]
    if len(set(files)) != len(files):
        raise BuildError(f"outputs.json: a file is listed twice: {files}")
    return Specs(settings, outputs, read_prose(folder / "prose.md"))


def read_prose(path: Path) -> dict[str, str]:
    """Return ``{key: paragraph}`` of the ``## key`` sections of ``path``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BuildError(f"{path.name}: {exc}") from None
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None  # text before the first section is its introduction
    for number, line in enumerate(lines, start=1):
        match = _SECTION.match(line)
        if match:
            key = match.group(1)
            if key in sections:
                raise BuildError(f"{path.name}, line {number}: section {key!r} twice")
            current = sections[key] = []
        elif line.startswith("#") and current is not None:
            raise BuildError(f"{path.name}, line {number}: a heading other than '## key'")
        elif current is not None and line.strip():
            current.append(line.strip())
    empty = [key for key, words in sections.items() if not words]
    if empty:
        raise BuildError(f"{path.name}: empty sections {empty}")
    return {key: " ".join(words) for key, words in sections.items()}


def fill(text: str, prose: Mapping[str, str], facts: Mapping[str, Any]) -> str:
    """Return ``text`` (or the prose it refers to as ``@key``) with its braces filled in."""
    if text.startswith("@"):
        if text[1:] not in prose:
            raise BuildError(f"outputs.json refers to {text!r}, which prose.md does not have")
        text = prose[text[1:]]
    try:
        return text.format_map(facts)
    except (KeyError, ValueError, IndexError) as exc:
        raise BuildError(f"cannot fill in {exc} in the text {text[:60]!r}...") from None


def provenance(
    spec: OutputSpec, prose: Mapping[str, str], facts: Mapping[str, Any]
) -> dict[str, Any]:
    """Return the provenance record of ``spec``: its texts filled in, in the spec's order."""
    record: dict[str, Any] = {"file": spec.file}
    for key, value in spec.provenance.items():
        record[key] = _resolve(value, prose, facts)
    return record


def _resolve(value: Any, prose: Mapping[str, str], facts: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        return fill(value, prose, facts)
    if isinstance(value, list):
        return [_resolve(v, prose, facts) for v in value]
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name, resolved = fill(key, prose, facts), _resolve(item, prose, facts)
            if name in out and isinstance(resolved, list):
                out[name] = [*out[name], *resolved]  # a filled-in key met a written one
            else:
                out[name] = resolved
        return out
    return value


def references(specs: Specs) -> set[str]:
    """Return the prose keys the output specs refer to."""
    return {text[1:] for spec in specs.outputs for text in _strings(spec.provenance)
            if text.startswith("@")}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
