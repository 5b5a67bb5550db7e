"""What each index of :mod:`models.indices` is, for the app's explanations.

The table behind :data:`models.indices.INDEX_INFO`: name, plain description, formula,
range, direction and reference of every index the app shows: those of :data:`INDEX_KEYS`
(what :func:`models.indices.compute_all` returns), in that order, then ``vector_balance``
(the evenness of the vector shares, :func:`models.blocs.vector_balance`, which
:func:`models.analysis.compare` reports beside them). Iterating over :data:`INDEX_INFO`
gives every key in display order. Import these names from :mod:`models.indices`, their
public home.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

__all__ = ["INDEX_INFO", "INDEX_KEYS", "IndexInfo"]


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """How the app explains one index: what it is, how it is computed, where it comes from.

    Attributes
    ----------
    key : str
        The index's key, also the name of the function that computes it: in
        :mod:`models.indices`, or :mod:`models.blocs` for ``vector_balance``.
    name : str
        Its name, as shown in the app.
    description : str
        One or two plain sentences for a student.
    formula : str
        The formula in plain text; ``s_i`` are the shares, N the number of categories.
    range : str
        The values it can take.
    direction : str
        Which way is more concentrated.
    reference : str
        Where the index comes from.
    """

    key: str
    name: str
    description: str
    formula: str
    range: str
    direction: str
    reference: str


_MORE_CONCENTRATED: Final = "higher = more concentrated"
_MORE_DIVERSIFIED: Final = "higher = more diversified"
_CR_REFERENCE: Final = (
    "Concentration ratios as the U.S. Census Bureau publishes them in its Economic Census; "
    "Kvålseth, T. O. (2018), 'Relationship between concentration ratio and "
    "Herfindahl-Hirschman index: a re-examination based on majorization theory', Heliyon "
    "4(10): e00846."
)

INDEX_KEYS: Final[tuple[str, ...]] = (
    "hhi", "hhi_normalized", "unctad_concentration", "equivalent_partners", "entropy",
    "evenness", "theil", "gini", "cr1", "cr3", "cr5", "similarity",
)  # fmt: skip

_INFO = (
    IndexInfo(
        "hhi",
        "Herfindahl-Hirschman index (HHI)",
        "The sum of the squared shares: large when a few partners take most of the trade. "
        "Shown also on the 0-10,000 scale of shares in percent, as competition authorities do.",
        "HHI = sum_i s_i^2",
        "1/N (equal shares) to 1 (one partner); 10,000 x HHI on the percent scale",
        _MORE_CONCENTRATED,
        "Hirschman, A. O. (1945), National Power and the Structure of Foreign Trade, "
        "University of California Press (he used the square root of this sum); Herfindahl, "
        "O. C. (1950), Concentration in the Steel Industry, PhD thesis, Columbia University; "
        "U.S. Department of Justice and Federal Trade Commission (2023), Merger Guidelines, "
        "sec. 2.1: a market with an HHI above 1,800 (0.18) is highly concentrated; World Bank "
        "WITS, 'Hirschman Herfindahl index'.",
    ),
    IndexInfo(
        "hhi_normalized",
        "normalized HHI",
        "The HHI rescaled so that equal shares over all N partners give 0 and a single "
        "partner gives 1, which makes countries with different numbers of partners comparable.",
        "HHI* = (HHI - 1/N) / (1 - 1/N)",
        "0 to 1 (no value when N = 1)",
        _MORE_CONCENTRATED,
        "World Bank WITS, 'Hirschman Herfindahl index' (normalized form); Hirschman (1945).",
    ),
    IndexInfo(
        "unctad_concentration",
        "UNCTAD concentration index",
        "UNCTAD's normalized Hirschman index: like the normalized HHI but built on the square "
        "root of the HHI, Hirschman's original form.",
        "C = (sqrt(HHI) - sqrt(1/N)) / (1 - sqrt(1/N))",
        "0 to 1 (no value when N = 1)",
        _MORE_CONCENTRATED,
        "UNCTAD, Handbook of Statistics, technical notes, 'Concentration index' (a normalized "
        "Herfindahl-Hirschmann index; UNCTADstat); Hirschman (1945).",
    ),
    IndexInfo(
        "equivalent_partners",
        "numbers-equivalent of partners",
        "How many equal-sized partners would give the same HHI: 4 means trade is as "
        "concentrated as if it were split evenly over 4 partners.",
        "N_eq = 1 / HHI",
        "1 (one partner) to N (equal shares)",
        _MORE_DIVERSIFIED,
        'Adelman, M. A. (1969), \'Comment on the "H" concentration measure as a '
        "numbers-equivalent', Review of Economics and Statistics 51(1): 99-101.",
    ),
    IndexInfo(
        "entropy",
        "Shannon entropy",
        "The information-theory measure of spread: 0 when all trade goes to one partner, "
        "largest (ln N) when it is spread evenly. Natural logarithm (nats).",
        "H = -sum_i s_i ln s_i, with 0 ln 0 = 0",
        "0 to ln N",
        _MORE_DIVERSIFIED,
        "Shannon, C. E. (1948), 'A mathematical theory of communication', Bell System "
        "Technical Journal 27: 379-423, 623-656; Theil, H. (1967), Economics and Information "
        "Theory, North-Holland.",
    ),
    IndexInfo(
        "evenness",
        "evenness (normalized entropy)",
        "Entropy divided by its largest possible value: 1 means trade spread perfectly evenly "
        "over all N partners. Applied to the blocs it is the app's 'vector balance'.",
        "J = H / ln N",
        "0 to 1 (1 = perfectly even; no value when N = 1)",
        _MORE_DIVERSIFIED,
        "Pielou, E. C. (1966), 'The measurement of diversity in different types of biological "
        "collections', Journal of Theoretical Biology 13: 131-144.",
    ),
    IndexInfo(
        "theil",
        "Theil index",
        "How far the shares are from equal shares, in the units of entropy: 0 when all "
        "partners have the same share.",
        "T = ln N - H = sum_i s_i ln(N s_i)",
        "0 to ln N",
        _MORE_CONCENTRATED,
        "Theil, H. (1967), Economics and Information Theory, North-Holland; Cadot, O., "
        "Carrère, C. and Strauss-Kahn, V. (2011), 'Export diversification: what's behind the "
        "hump?', Review of Economics and Statistics 93(2): 590-605.",
    ),
    IndexInfo(
        "gini",
        "Gini coefficient of shares",
        "Inequality of the shares, from the Lorenz curve: 0 when all partners have equal "
        "shares, close to 1 when one partner takes everything.",
        "G = (2 sum_i i s_(i)) / N - (N + 1) / N, shares sorted ascending, i = 1..N",
        "0 to (N - 1) / N",
        _MORE_CONCENTRATED,
        "Gini, C. (1912), Variabilità e mutabilità, Bologna; Cadot, Carrère and Strauss-Kahn "
        "(2011) use it for export diversification.",
    ),
    IndexInfo(
        "cr1",
        "largest partner's share (CR1)",
        "The share of the single largest partner; in ecology the Berger-Parker index.",
        "CR1 = max_i s_i",
        "1/N to 1",
        _MORE_CONCENTRATED,
        "Berger, W. H. and Parker, F. L. (1970), 'Diversity of planktonic Foraminifera in "
        "deep-sea sediments', Science 168: 1345-1347; concentration ratios as in the U.S. "
        "Census Bureau's Economic Census.",
    ),
    IndexInfo(
        "cr3",
        "three largest partners' share (CR3)",
        "The combined share of the three largest partners.",
        "CR3 = sum of the 3 largest s_i",
        "min(3/N, 1) to 1",
        _MORE_CONCENTRATED,
        _CR_REFERENCE,
    ),
    IndexInfo(
        "cr5",
        "five largest partners' share (CR5)",
        "The combined share of the five largest partners.",
        "CR5 = sum of the 5 largest s_i",
        "min(5/N, 1) to 1",
        _MORE_CONCENTRATED,
        _CR_REFERENCE,
    ),
    IndexInfo(
        "similarity",
        "Finger-Kreinin similarity to the baseline",
        "How much of the scenario's trade pattern overlaps with the baseline's: 1 means the "
        "same shares, 0 no partner in common.",
        "S = sum_i min(s_i, s0_i), s0 the baseline shares",
        "0 to 1",
        "higher = closer to the baseline",
        'Finger, J. M. and Kreinin, M. E. (1979), \'A measure of "export similarity" and its '
        "possible uses', Economic Journal 89(356): 905-912.",
    ),
    IndexInfo(
        "vector_balance",
        "vector balance",
        "Multivector's headline measure: the evenness of the shares of the vectors (blocs such "
        "as Russia & EAEU, China, EU-27), partners summed into their vectors. 1 means trade "
        "spread evenly over every vector, 0 all of it in one.",
        "VB = -sum_k v_k ln v_k / ln K, v_k the vector shares, K the number of vectors",
        "0 to 1 (1 = perfectly even; no value when K = 1)",
        "higher = trade spread more evenly over the vectors (more multivector)",
        "Pielou, E. C. (1966), 'The measurement of diversity in different types of biological "
        "collections', Journal of Theoretical Biology 13: 131-144 (evenness), applied to the "
        "vector shares; Shannon (1948) for the entropy.",
    ),
)
INDEX_INFO: Final[Mapping[str, IndexInfo]] = MappingProxyType({i.key: i for i in _INFO})
