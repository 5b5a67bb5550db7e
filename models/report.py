"""The report for an essay, as HTML: one or two pages on a scenario (no Qt).

:func:`html_report` writes, from a :class:`~models.report_data.ReportData`: the title,
description and notes, the edits in plain words, the index table with HHI in plain words
(and where its bands come from), the share and contribution charts, the data source with
its caveats, and how to cite the data and the app. The charts are given as image sources
(the window passes PNGs as ``data:`` URIs, or names its PDF writer resolves) or, by
default, drawn here as inline SVG from the numbers (:mod:`models.report_svg`), which is
what the command line writes. The HTML keeps to what Qt's rich-text engine reads too
(tables with attributes, simple CSS), so the window's PDF is this same text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from models.formatting import format_change, format_value
from models.report_data import ReportData
from models.report_svg import contributions_svg, shares_svg

__all__ = ["CHARTS", "chart_texts", "html_report"]

CHARTS = ("shares", "contributions")
"""The report's charts, by name (the keys of `chart_images`)."""

_SCREEN = "body { max-width: 48em; margin: 1.5em auto; }"  # a page's width in a browser
_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #222222; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 9pt; margin-bottom: 3pt; color: #0b4f7c; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.subject { color: #444444; }
.small { font-size: 7.5pt; color: #444444; }
.reading { font-weight: bold; }
table.numbers { border-collapse: collapse; }
table.numbers th { background-color: #e8eef3; text-align: left; }
table.numbers th, table.numbers td { border: 1px solid #b4b4b4; padding: 1px 6px; }
td.num, th.num { text-align: right; }
ol, ul { margin-top: 0; margin-bottom: 3pt; }
"""


def _identity(text: str) -> str:
    return text


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br/>')}</p>" for b in blocks)


def html_report(
    data: ReportData,
    *,
    chart_images: Mapping[str, str] | None = None,
    chart_width: int = 620,
    for_print: bool = False,
    translate: Callable[[str], str] = _identity,
) -> str:
    """Return the report on `data` as a complete HTML document.

    Parameters
    ----------
    data : ReportData
        From :func:`models.report_data.report_data`.
    chart_images : mapping of str to str, optional
        For each name of :data:`CHARTS`, the ``src`` of its image (a ``data:`` URI or a
        name the reader resolves). By default the charts are inline SVG.
    chart_width : int, optional
        The width of the chart images, in CSS pixels.
    for_print : bool, optional
        For pages: leave out the page width a browser needs, and the charts' headings and
        captions, which the caller draws into the chart images (:func:`chart_texts`), so
        that a page break cannot part a chart from its heading.
    translate : callable, optional
        Applied to the report's own headings and sentences (the window passes its
        translator); the data's words (names, caveats) are as the data give them.

    Returns
    -------
    str
        UTF-8 HTML, one or two printed pages for a scenario with a few edits.
    """
    t = translate
    title = data.title or t("Untitled scenario")
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>',
        f"<title>{escape(title)}</title><style>{_STYLE}{'' if for_print else _SCREEN}</style>"
        "</head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="subject">{escape(data.subject)}</p>',
        _paragraphs(data.description),
    ]
    if data.notes:
        out += [f"<h2>{t('Notes')}</h2>", _paragraphs(data.notes)]
    if data.references:
        out.append('<p class="small">' + "<br/>".join(escape(r) for r in data.references)
                   + "</p>")
    out.append(f"<h2>{t('Edits')}</h2>")
    if data.edits:
        out += [f'<p class="edit">{escape(e)}</p>' for e in data.edits]
    else:
        out.append(f"<p>{t('None: the scenario is the baseline.')}</p>")
    for remark in data.remarks:
        out.append(f'<p class="small">{escape(remark)}</p>')
    out += [f"<h2>{t('Indices')}</h2>", f'<p class="reading">{escape(data.hhi_words)}</p>',
            _index_table(data, t), f'<p class="small">{escape(data.hhi_bands)}</p>']
    out += _charts(data, chart_images, chart_width, for_print, t)
    p = data.provenance
    out += [
        f"<h2>{t('Data source and caveats')}</h2>",
        f"<p>{escape(p.source)}</p>",
        f'<p class="small">{t("Release")}: {escape(p.release)}. {t("Unit")}: '
        f"{escape(p.unit)}.</p>",
    ]
    if p.caveats:
        out.append('<ul class="small">' + "".join(f"<li>{escape(c)}</li>" for c in p.caveats)
                   + "</ul>")
    out += [
        f"<h2>{t('How to cite')}</h2>",
        f'<p class="small">{t("Data")}: {escape(data.cite_data)}</p>',
        f'<p class="small">{t("App")}: {escape(data.cite_app)}</p>',
        "</body></html>\n",
    ]
    return "\n".join(part for part in out if part)


def _index_table(data: ReportData, t: Callable[[str], str]) -> str:
    rows = [
        '<table class="numbers" border="1" cellspacing="0" cellpadding="2">',
        f"<tr><th>{t('Index')}</th><th class=\"num\">{t('Baseline')}</th>"
        f"<th class=\"num\">{t('Scenario')}</th><th class=\"num\">{t('Change')}</th></tr>",
    ]
    for line in data.indices:
        rows.append(
            f"<tr><td>{escape(line.name)}</td>"
            f'<td class="num" align="right">{format_value(line.key, line.baseline)}</td>'
            f'<td class="num" align="right">{format_value(line.key, line.scenario)}</td>'
            f'<td class="num" align="right">{format_change(line.key, line.change)}</td></tr>')
    rows.append("</table>")
    return "".join(rows)


def chart_texts(data: ReportData, translate: Callable[[str], str] = _identity
                ) -> dict[str, tuple[str, str]]:
    """Return each chart's heading and caption, by the names of :data:`CHARTS`."""
    t = translate
    return {
        "shares": (t("Shares of the largest {many}").format(many=data.words.many),
                   t("Baseline (grey) beside the scenario (blue), in percent of trade.")),
        "contributions": (
            t("Change in HHI by {one}").format(one=data.words.one),
            t("Each bar is s\u2019\u00b2 \u2212 s\u00b2 in HHI points; right of zero made "
              "trade more concentrated, left less. The bars sum to the change in HHI.")),
    }


def _charts(data: ReportData, images: Mapping[str, str] | None, width: int, for_print: bool,
            t: Callable[[str], str]) -> list[str]:
    out = []
    for name, (heading, caption) in chart_texts(data, t).items():
        if images is not None and name in images:
            chart = (f'<img src="{escape(images[name])}" width="{width}" '
                     f'alt="{escape(heading)}"/>')
        elif name == "shares":
            chart = shares_svg(data.shares_chart, title=heading)
        else:
            chart = contributions_svg(data.contributions_chart, title=heading)
        if for_print:  # the picture holds its heading and caption: no page parts them
            out.append(f"<p>{chart}</p>")
        else:
            out += [f"<h2>{escape(heading)}</h2>", f"<div>{chart}</div>",
                    f'<p class="small">{escape(caption)}</p>']
    return out
