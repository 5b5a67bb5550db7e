"""The guide's pages: read from ``assets/guide/<language>/`` and generated from the model.

Written pages (start, the editing controls, the Armington rule, projections, the data,
the exercises, how to cite) are HTML fragments in ``assets/guide/en/``; a language folder
(``ru/``, ``kk/``) holding a file of the same name replaces it, file by file. The pages of
the indices are generated from ``models.indices.INDEX_INFO`` and ``models.analysis.HHI_BANDS``
(with ``index_notes.json``: who uses each index and what its thresholds mean), the sigma
range and its sources from ``models.simulate``, and the caveats from the data files'
provenance, so the guide never disagrees with the app. See ``assets/guide/README.md``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.caveat_text import data_provenance
from desktop.i18n import Local
from desktop.model_strings import model_text
from models import __version__, indices, simulate
from models.analysis import HHI_BANDS, HHI_BANDS_SOURCE
from models.datasets import Provenance
from models.resources import asset_path

__all__ = [
    "Exercise",
    "Guide",
    "GuidePage",
    "formula_html",
    "guide_file",
    "load_exercises",
    "load_guide",
]

ENGLISH = "en"


class GuideText:
    """The translation context of the generated pages' words (lupdate reads ``GuideText.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("GuideText", text)


@dataclass(frozen=True)
class GuidePage:
    """One page: its id (``index/hhi``), title, body (rich text) and plain text to search."""

    id: str
    title: str
    html: str
    text: str
    level: int = 0  # 1 for pages listed under another (an index, an exercise)


@dataclass(frozen=True)
class Exercise:
    """A guided exercise on a preset: a question, steps, what to look for, what to discuss."""

    id: str
    preset: str  # a file name in assets/presets/
    title: str
    question: str
    steps: tuple[str, ...]
    look_for: tuple[str, ...]
    discuss: tuple[str, ...]


@dataclass(frozen=True)
class Guide:
    """Every page in reading order."""

    pages: tuple[GuidePage, ...]

    def page(self, page_id: str) -> GuidePage:
        """Return the page ``page_id`` (KeyError naming it if there is none)."""
        for page in self.pages:
            if page.id == page_id:
                return page
        raise KeyError(f"the guide has no page {page_id!r}")

    def search(self, query: str) -> list[GuidePage]:
        """Pages holding every word of ``query`` (any case): title matches first."""
        words = query.casefold().split()
        if not words:
            return list(self.pages)
        found = [p for p in self.pages
                 if all(w in f"{p.title}\n{p.text}".casefold() for w in words)]
        in_title = [p for p in found if all(w in p.title.casefold() for w in words)]
        return in_title + [p for p in found if p not in in_title]


def guide_file(name: str, language: str, root: Path | None = None) -> Path:
    """Return ``<root>/<language>/<name>`` if it exists, else the English file."""
    folder = root if root is not None else asset_path("guide")
    translated = folder / language / name
    return translated if translated.is_file() else folder / ENGLISH / name


def _read(name: str, language: str, root: Path | None) -> str:
    return guide_file(name, language, root).read_text(encoding="utf-8")


def _title_of(fragment: str, fallback: str) -> str:
    found = re.search(r"<h1>(.*?)</h1>", fragment, flags=re.DOTALL)
    return _plain(found.group(1)).strip() if found else fallback


def _plain(fragment: str) -> str:
    """Return the text of an HTML fragment, for searching."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def _page(page_id: str, fragment: str, *, level: int = 0) -> GuidePage:
    return GuidePage(page_id, _title_of(fragment, page_id), fragment, _plain(fragment), level)


def _fill(fragment: str, values: Mapping[str, str]) -> str:
    """Replace each ``{{name}}`` by its value (the value is HTML already)."""
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), fragment)


def _e(text: object) -> str:
    return html.escape(str(text))


# -- formulas -------------------------------------------------------------------------------

_SUM = re.compile(r"\bsum_(\w)")
_SQRT = re.compile(r"sqrt\(([^()]*)\)")
_SORTED_INDEX = re.compile(r"\b([A-Za-z])_\((\w)\)")
_SUB_WITH_MARK = re.compile(r"\b([A-Za-z])(\d)_(\w+)")
_SUB = re.compile(r"\b([A-Za-z]+)_(\w+)")
_POWER = re.compile(r"\^(\w+|\([^()]*\))")


def formula_html(formula: str) -> str:
    """Render a plain-text formula of INDEX_INFO (``sum_i s_i^2``) as rich text.

    Sums become the summation sign with their index below, ``x_i`` subscripts,
    ``x^2`` superscripts, ``sqrt(x)`` a radical with a bar, and minus signs real minus signs.
    """
    text = html.escape(formula, quote=False)
    text = _SUM.sub(r"&sum;<sub>\1</sub>", text)
    text = re.sub(r"\bmax_(\w)", r"max<sub>\1</sub>", text)
    text = _SQRT.sub(r"&radic;<span style='text-decoration: overline'>\1</span>", text)
    text = _SORTED_INDEX.sub(r"\1<sub>(\2)</sub>", text)
    text = _SUB_WITH_MARK.sub(r"\1<sub>\3</sub><sup>\2</sup>", text)
    text = _SUB.sub(r"\1<sub>\2</sub>", text)
    text = _POWER.sub(lambda m: f"<sup>{m.group(1).strip('()')}</sup>", text)
    text = re.sub(r"(^|[\s(=])-", r"\1&minus;", text)
    return text.replace(" - ", " &minus; ")


# -- generated pages ------------------------------------------------------------------------


# Headings used inside f-strings: written as plain calls here, where lupdate can read them.
def _heading_all_the_exercises() -> str:
    return GuideText.tr("All the exercises")


def _heading_all_the_indices() -> str:
    return GuideText.tr("All the indices")


def _heading_formula() -> str:
    return GuideText.tr("Formula")


def _heading_hhi_points_0_10_000() -> str:
    return GuideText.tr("HHI points (0-10,000)")


def _heading_open_the_preset() -> str:
    return GuideText.tr("Open the preset")


def _heading_questions_to_discuss() -> str:
    return GuideText.tr("Questions to discuss")


def _heading_steps_in_the_app() -> str:
    return GuideText.tr("Steps in the app")


def _heading_the_app_says() -> str:
    return GuideText.tr("The app says")


def _heading_the_question() -> str:
    return GuideText.tr("The question")


def _heading_thresholds_and_where_they_come_from() -> str:
    return GuideText.tr("Thresholds and where they come from")


def _heading_what_to_look_for() -> str:
    return GuideText.tr("What to look for")


def _heading_where_it_comes_from() -> str:
    return GuideText.tr("Where it comes from")


def _heading_who_uses_it() -> str:
    return GuideText.tr("Who uses it")



def _hhi_bands() -> str:
    rows = []
    lower = 0.0
    for upper, words in HHI_BANDS:
        if lower == 0.0:
            span = GuideText.tr("below {upper:,.0f}").format(upper=Local(upper))
        elif upper == float("inf"):
            span = GuideText.tr("{lower:,.0f} and above").format(lower=Local(lower))
        else:
            span = GuideText.tr("{lower:,.0f} to {upper:,.0f}").format(
                lower=Local(lower), upper=Local(upper))
        rows.append(f"<tr><td>{_e(span)}</td><td>{_e(model_text(words))}</td></tr>")
        lower = upper
    head = (f"<tr><th align='left'>{_e(_heading_hhi_points_0_10_000())}</th>"
            f"<th align='left'>{_e(_heading_the_app_says())}</th></tr>")
    return (f"<table cellspacing='0' cellpadding='3' border='1'>{head}{''.join(rows)}</table>"
            f"<p><small>{_e(model_text(HHI_BANDS_SOURCE))}</small></p>")


def _index_page(key: str, notes: Mapping[str, str]) -> GuidePage:
    info = indices.INDEX_INFO[key]
    name = model_text(info.name)
    facts = [(GuideText.tr("Range"), model_text(info.range)),
             (GuideText.tr("Which way"), model_text(info.direction))]
    rows = "".join(f"<tr><td><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>"
                   for label, value in facts)
    parts = [
        f"<h1>{_e(name[:1].upper() + name[1:])}</h1>",
        f"<p>{_e(model_text(info.description))}</p>",
        f"<h2>{_e(_heading_formula())}</h2>",
        f"<p class='formula'>{formula_html(info.formula)}</p>",
        "<p><small>{}</small></p>".format(_e(GuideText.tr(
            "{s} is the share of category i (its value over the total), N the number of "
            "categories.")).format(s="s<sub>i</sub>")),
        f"<table cellspacing='0' cellpadding='3'>{rows}</table>",
        f"<h2>{_e(_heading_who_uses_it())}</h2>",
        f"<p>{_e(notes.get('used_by', ''))}</p>",
        f"<h2>{_e(_heading_thresholds_and_where_they_come_from())}</h2>",
        f"<p>{_e(notes.get('thresholds', ''))}</p>",
    ]
    if key == "hhi":
        parts.append(_hhi_bands())
    parts += [f"<h2>{_e(_heading_where_it_comes_from())}</h2>", f"<p>{_e(info.reference)}</p>",
              f"<p><a href='page:indices'>{_e(_heading_all_the_indices())}</a></p>"]
    fragment = "\n".join(parts)
    return GuidePage(f"index/{key}", name[:1].upper() + name[1:], fragment, _plain(fragment), 1)


def _indices_page(fragment: str) -> str:
    rows = "".join(
        f"<tr><td><a href='page:index/{key}'>{_e(model_text(info.name))}</a></td>"
        f"<td>{formula_html(info.formula)}</td><td>{_e(model_text(info.direction))}</td></tr>"
        for key, info in indices.INDEX_INFO.items())
    titles = (GuideText.tr("Index"), GuideText.tr("Formula"), GuideText.tr("Which way"))
    head = "".join(f"<th align='left'>{_e(t)}</th>" for t in titles)
    return (f"{fragment}\n<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>"
            f"{rows}</table>")


def _sigma_values() -> dict[str, str]:
    low, high = simulate.SIGMA_RANGE
    references = "".join(f"<li>{_e(ref)}</li>" for ref in simulate.SIGMA_REFERENCES)
    return {"default_sigma": f"{Local(simulate.DEFAULT_SIGMA):g}",
            "sigma_low": f"{Local(low):g}", "sigma_high": f"{Local(high):g}",
            "sigma_source": _e(model_text(simulate.SIGMA_SOURCE)),
            "sigma_references": f"<ul>{references}</ul>"}


def _provenance_html(provenance: Provenance) -> str:
    provenance = data_provenance(provenance)
    title = provenance.title or provenance.file
    facts = [(GuideText.tr("Source"), provenance.source),
             (GuideText.tr("Release"), provenance.release),
             (GuideText.tr("Unit"), provenance.unit),
             (GuideText.tr("Licence"), provenance.licence),
             (GuideText.tr("Address"), provenance.url)]
    lines = "".join(f"<br><b>{_e(label)}:</b> {_e(value)}" for label, value in facts if value)
    caveats = "".join(f"<li>{_e(c)}</li>" for c in provenance.caveats)
    return (f"<h3>{_e(title)}</h3><p><small>{_e(provenance.file)}</small>{lines}</p>"
            + (f"<ul>{caveats}</ul>" if caveats else ""))


def _citation(provenance: Provenance) -> str:
    parts = [provenance.title or provenance.file, provenance.release, provenance.url]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def load_exercises(language: str = ENGLISH, root: Path | None = None) -> tuple[Exercise, ...]:
    """Read the guided exercises (``exercises.json``) in ``language``, or English."""
    records = json.loads(_read("exercises.json", language, root))
    return tuple(
        Exercise(r["id"], r["preset"], r["title"], r["question"], tuple(r["steps"]),
                 tuple(r["look_for"]), tuple(r["discuss"]))
        for r in records)


def _exercise_page(exercise: Exercise) -> GuidePage:
    def items(tag: str, texts: Iterable[str]) -> str:
        return f"<{tag}>{''.join(f'<li>{_e(t)}</li>' for t in texts)}</{tag}>"

    fragment = "\n".join([
        f"<h1>{_e(exercise.title)}</h1>",
        f"<h2>{_e(_heading_the_question())}</h2>",
        f"<p><i>{_e(exercise.question)}</i></p>",
        f"<p><a href='preset:{_e(exercise.preset)}'>"
        f"<b>{_e(_heading_open_the_preset())}</b></a>"
        f" <small>({_e(exercise.preset)})</small></p>",
        f"<h2>{_e(_heading_steps_in_the_app())}</h2>", items("ol", exercise.steps),
        f"<h2>{_e(_heading_what_to_look_for())}</h2>", items("ul", exercise.look_for),
        f"<h2>{_e(_heading_questions_to_discuss())}</h2>", items("ol", exercise.discuss),
        f"<p><a href='page:exercises'>{_e(_heading_all_the_exercises())}</a></p>",
    ])
    return _page(f"exercise/{exercise.id}", fragment, level=1)


def load_guide(
    provenances: Sequence[Provenance] = (),
    *,
    language: str = ENGLISH,
    root: Path | None = None,
) -> Guide:
    """Build every page of the guide in ``language`` (English where a file is missing).

    ``provenances`` are the data files' records (``Catalog.provenances()``), for the data
    and citation pages; ``root`` is the guide's folder (default: ``assets/guide``).
    """
    def read(name: str) -> str:
        return _read(name, language, root)

    notes = json.loads(read("index_notes.json"))
    exercises = load_exercises(language, root)
    exercise_list = "".join(f"<li><a href='page:exercise/{_e(x.id)}'>{_e(x.title)}</a>: "
                            f"{_e(x.question)}</li>" for x in exercises)
    caveats = "".join(_provenance_html(p) for p in provenances)
    citations = "".join(f"<p class='cite'>{_e(_citation(p))}</p>" for p in provenances)
    values = {**_sigma_values(), "version": _e(__version__), "data_citations": citations}
    pages = [
        _page("start", read("start.html")),
        _page("indices", _indices_page(read("indices.html"))),
        *(_index_page(key, notes.get(key, {})) for key in indices.INDEX_INFO),
        _page("share", read("share.html")),
        _page("value", read("value.html")),
        _page("armington", _fill(read("armington.html"), values)),
        _page("projection", read("projection.html")),
        _page("data", read("data.html") + caveats),
        _page("exercises", read("exercises.html") + f"<ol>{exercise_list}</ol>"),
        *(_exercise_page(x) for x in exercises),
        _page("cite", _fill(read("cite.html"), values)),
    ]
    return Guide(tuple(pages))
