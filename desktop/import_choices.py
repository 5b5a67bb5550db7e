"""What the baseline selectors offer for the data at hand, and a scenario fitted to a reporter.

Plain data, no Qt: the reporters of a catalog (the app's default first, then the others as
the catalog lists them: the imported ones), and for one reporter the categories and data
releases its data hold. An imported file may hold partners only, or exports only; when the
student switches to such a reporter, :func:`fit_to_reporter` keeps what the scenario asked
for where the new data hold it and falls back to what they do hold otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.datasets import Catalog, DataError
from models.scenario import Scenario

__all__ = ["DIMENSIONS", "FLOWS", "RELEASES", "BaselineChoices", "baseline_choices",
           "fit_to_reporter"]

DIMENSIONS = ("partners", "hs_sections", "hs_chapters")
RELEASES = ("revised", "first_published")
FLOWS = ("exports", "imports", "turnover")


@dataclass(frozen=True)
class BaselineChoices:
    """What the selectors list: reporters as (ISO3, name), default first; categories; releases."""

    reporters: tuple[tuple[str, str], ...]
    dimensions: tuple[str, ...]
    releases: tuple[str, ...]


def _holds(catalog: Catalog, reporter: str, release: str, dimension: str) -> bool:
    try:
        return bool(catalog.years(reporter, release=release, dimension=dimension))
    except DataError:
        return False


def baseline_choices(catalog: Catalog, reporter: str) -> BaselineChoices:
    """Return what the baseline selectors offer when ``reporter``'s data are shown."""
    default = catalog.default_reporter
    order = [default, *(r for r in catalog.reporters if r != default)]
    reporters = tuple((code, catalog.reporter_name(code)) for code in order)
    held = [(r, d) for r in RELEASES for d in DIMENSIONS if _holds(catalog, reporter, r, d)]
    return BaselineChoices(
        reporters,
        tuple(d for d in DIMENSIONS if any(h[1] == d for h in held)),
        tuple(r for r in RELEASES if any(h[0] == r for h in held)),
    )


def _has_table(catalog: Catalog, scenario: Scenario, year: int, flow: str) -> bool:
    try:
        catalog.table(scenario.reporter, year, flow, release=scenario.release,
                      dimension=scenario.dimension)
    except DataError:
        return False
    return True


def fit_to_reporter(catalog: Catalog, scenario: Scenario) -> Scenario:
    """Return ``scenario`` with a release, categories and flow its reporter's data hold.

    What the scenario asks for is kept where the data hold it; otherwise the revised
    release, then partners, then the first flow with figures. The year is left as it is
    (the caller replaces a year the data lack, and says so). The reporter must be in
    ``catalog`` (else its DataError).
    """
    catalog.reporter_name(scenario.reporter)  # the catalog's DataError for an unknown one
    for release, dimension in ((scenario.release, scenario.dimension),
                               ("revised", scenario.dimension),
                               (scenario.release, "partners"), ("revised", "partners")):
        if _holds(catalog, scenario.reporter, release, dimension):
            break
    else:
        return scenario  # nothing fits: the caller says the data are not available
    level = scenario.level if dimension == "partners" else "partners"
    fitted = replace(scenario, release=release, dimension=dimension, level=level)
    years = catalog.years(fitted.reporter, release=release, dimension=dimension)
    year = fitted.year if fitted.year in years else max(years)
    for flow in (fitted.flow, *FLOWS):
        if _has_table(catalog, fitted, year, flow):
            return replace(fitted, flow=flow)
    return fitted
