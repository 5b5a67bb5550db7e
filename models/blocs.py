"""Blocs ("vectors"): partners grouped into a partition, and overlapping memberships.

A *partition* puts every partner in exactly one vector, so vector shares sum to 1 and the
concentration indices can run on them; the headline **vector balance** is the evenness of
vector shares (1 = trade spread evenly over every vector). *Memberships* (EAEU, EU-27, OTS,
CIS, SCO...) overlap and are reported as plain shares of trade, respecting the year each
member joined.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models import indices
from models.datasets import Catalog

__all__ = [
    "MEMBERSHIP_BLOCS",
    "MEMBERSHIP_NAMES",
    "MEMBERSHIP_SHORT_NAMES",
    "REST_OF_WORLD",
    "VECTOR_NAMES",
    "Partition",
    "Vector",
    "default_partition",
    "membership_positions",
    "membership_shares",
    "shares_of_members",
    "vector_balance",
]

REST_OF_WORLD = "ROW"
MEMBERSHIP_BLOCS = ("EAEU", "EU27", "OTS", "CIS", "SCO")
MEMBERSHIP_SHORT_NAMES = {"EAEU": "EAEU", "EU27": "EU-27", "OTS": "OTS", "CIS": "CIS", "SCO": "SCO"}
MEMBERSHIP_NAMES = {
    "EAEU": "Eurasian Economic Union (EAEU)",
    "EU27": "European Union (EU-27)",
    "OTS": "Organization of Turkic States (OTS)",
    "CIS": "Commonwealth of Independent States (CIS)",
    "SCO": "Shanghai Cooperation Organisation (SCO)",
}

# The default vectors' names (default_partition), rest of world last. A catalog may name
# them in another language (Catalog.with_vector_names: the window's translations).
VECTOR_NAMES = {
    "EAEU": "Russia & EAEU",
    "CHN": "China",
    "EU27": "EU-27",
    "USA": "United States",
    "TURKIC": "Türkiye & Turkic states",
    "CENTRAL_ASIA": "Central Asia",
    "ASIA": "Rest of Asia",
    REST_OF_WORLD: "Rest of world",
}


@dataclass(frozen=True)
class Vector:
    """One vector of a partition: a key, a display name and its member partners (ISO3)."""

    key: str
    name: str
    members: frozenset[str]


@dataclass(frozen=True)
class Partition:
    """Partners grouped into vectors; partners in no vector fall into ``REST_OF_WORLD``.

    Vectors are checked in order, so a partner listed in two vectors belongs to the first.
    """

    vectors: tuple[Vector, ...]
    rest_name: str = "Rest of world"

    def __post_init__(self) -> None:
        keys = [v.key for v in self.vectors]
        if len(set(keys)) != len(keys):
            raise ValueError(f"`vectors` has duplicate keys: {keys}")
        if REST_OF_WORLD in keys:
            raise ValueError(f"`vectors` may not use the reserved key {REST_OF_WORLD!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        """Vector keys in display order, rest of world last."""
        return (*(v.key for v in self.vectors), REST_OF_WORLD)

    @property
    def names(self) -> tuple[str, ...]:
        """Vector display names, aligned with :attr:`keys`."""
        return (*(v.name for v in self.vectors), self.rest_name)

    def vector_of(self, partner: str) -> str:
        """Return the key of the vector that holds ``partner``."""
        for vector in self.vectors:
            if partner in vector.members:
                return vector.key
        return REST_OF_WORLD

    def assignment(self, partners: Sequence[str]) -> NDArray[np.intp]:
        """Return, for each partner code, the position of its vector in :attr:`keys`."""
        position = {key: i for i, key in enumerate(self.keys)}
        return np.fromiter(
            (position[self.vector_of(p)] for p in partners), dtype=np.intp, count=len(partners)
        )

    def with_partner_moved(self, partner: str, key: str) -> Partition:
        """Return a new partition in which ``partner`` belongs to vector ``key`` alone."""
        if key not in self.keys:
            raise ValueError(f"`key` {key!r} is not a vector of this partition: {self.keys}")
        vectors = tuple(
            Vector(
                v.key,
                v.name,
                (v.members | {partner}) if v.key == key else (v.members - {partner}),
            )
            for v in self.vectors
        )
        return Partition(vectors, self.rest_name)

    def aggregate(self, values: ArrayLike, partners: Sequence[str]) -> NDArray[np.float64]:
        """Sum partner values (last axis) into vector values, in the order of :attr:`keys`.

        Works on any leading axes, so a (draws, partners) array gives (draws, vectors).
        """
        x = np.asarray(values, dtype=np.float64)
        if x.shape[-1] != len(partners):
            raise ValueError(
                f"`values` has {x.shape[-1]} categories on its last axis but "
                f"{len(partners)} partners were named"
            )
        onehot = _onehot(self, tuple(partners))
        # einsum, not `@`: BLAS would wake its threads for a product this small, which
        # costs more than the sum (this runs on every slider move in the GUI).
        result: NDArray[np.float64] = np.einsum("...p,pv->...v", x, onehot)
        return result


@lru_cache(maxsize=64)
def _onehot(partition: Partition, partners: tuple[str, ...]) -> NDArray[np.float64]:
    """Return the (partners, vectors) 0/1 matrix of ``partition`` (cached: they are values)."""
    onehot = np.zeros((len(partners), len(partition.keys)))
    onehot[np.arange(len(partners)), partition.assignment(partners)] = 1.0
    onehot.setflags(write=False)
    return onehot


def default_partition(
    catalog: Catalog, reporter: str, year: int, partners: Sequence[str]
) -> Partition:
    """Return the default vectors of docs/design.md for ``reporter`` in ``year``.

    Russia and the rest of the EAEU; China; EU-27; United States; Türkiye and the other
    Turkic states (OTS members); Central Asia; rest of Asia (UN M49 region Asia); rest of
    world, named as in :data:`VECTOR_NAMES` or the catalog's own names for them
    (:meth:`Catalog.with_vector_names`). ``partners`` are the codes to place (the table's
    categories). Memberships respect the year a member joined; the reporter itself is left
    out. A partner in two groups goes to the first one listed (Kyrgyzstan: EAEU before OTS).
    """

    def members(bloc: str) -> set[str]:
        return set(catalog.bloc_members(bloc, year)) - {reporter}

    eaeu = members("EAEU") | {"RUS"}
    eu = members("EU27")
    turkic = members("OTS") | {"TUR"}
    central_asia = members("CENTRAL_ASIA")
    asia = {code for code in partners if catalog.region(code)[0] == "Asia"} - {reporter}
    placed = {"EAEU": eaeu, "CHN": {"CHN"}, "EU27": eu, "USA": {"USA"}, "TURKIC": turkic,
              "CENTRAL_ASIA": central_asia, "ASIA": asia}
    names = {**VECTOR_NAMES, **catalog.vector_names}
    return Partition(
        tuple(Vector(key, names[key], frozenset(codes)) for key, codes in placed.items()),
        rest_name=names[REST_OF_WORLD],
    )


def membership_shares(
    catalog: Catalog,
    partners: Sequence[str],
    values: ArrayLike,
    year: int,
    *,
    blocs: Sequence[str] = MEMBERSHIP_BLOCS,
) -> dict[str, NDArray[np.float64] | np.float64]:
    """Return each bloc's share of trade (overlapping memberships) in ``year``.

    Shares are of the sum of ``values`` along the last axis; blocs overlap, so they need
    not sum to 1. Only full members count, from the year they joined.
    """
    position = {p: i for i, p in enumerate(partners)}
    memberships = [(bloc, _member_positions(catalog, bloc, year, position)) for bloc in blocs]
    shares = shares_of_members(values, memberships)
    return {bloc: shares[..., k] for k, (bloc, _) in enumerate(memberships)}


def membership_positions(
    catalog: Catalog, reporter: str, year: int, partners: Sequence[str]
) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Return, for each membership bloc, the positions in ``partners`` of its full members.

    Memberships respect the year a member joined; a bloc with no member among ``partners``
    in ``year`` (not yet founded, say) is left out, and so is the reporter itself.
    """
    position = {p: i for i, p in enumerate(partners) if p != reporter}
    found = (
        (bloc, _member_positions(catalog, bloc, year, position))
        for bloc in MEMBERSHIP_BLOCS
        if bloc in catalog.blocs
    )
    return tuple((bloc, members) for bloc, members in found if members)


def shares_of_members(
    values: ArrayLike, memberships: Sequence[tuple[str, Sequence[int]]]
) -> NDArray[np.float64]:
    """Return each membership's share of the total of ``values`` (along the last axis).

    ``memberships`` gives (bloc, positions of its members), as :func:`membership_positions`
    does; the result has one more axis, of the memberships, last. NaN for an all-zero total.
    """
    x = np.asarray(values, dtype=np.float64)
    total = x.sum(axis=-1)
    members = (
        np.stack([x[..., list(p)].sum(axis=-1) for _, p in memberships], axis=-1)
        if memberships
        else np.zeros((*x.shape[:-1], 0))
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        result: NDArray[np.float64] = members / total[..., np.newaxis]
    return result


def _member_positions(
    catalog: Catalog, bloc: str, year: int, position: Mapping[str, int]
) -> tuple[int, ...]:
    """Positions (sorted) of ``bloc``'s full members in ``year`` among ``position``'s keys."""
    return tuple(sorted(position[c] for c in catalog.bloc_members(bloc, year) if c in position))


def vector_balance(vector_values: ArrayLike, *, axis: int = -1) -> NDArray[np.float64] | np.float64:
    r"""Return the vector balance: the evenness (normalized entropy) of vector shares.

    Parameters
    ----------
    vector_values : array_like
        Non-negative trade values of the vectors (partners summed into them, as
        :meth:`Partition.aggregate` gives), vectors along `axis`; need not sum to 1.
    axis : int, optional
        The axis of vectors. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        1 when trade is spread evenly over every vector, 0 when all of it is in one; NaN
        for no trade or a single vector.

    Notes
    -----
    .. math:: VB = -\sum_k v_k \ln v_k / \ln K

    with :math:`v_k` the vector shares and K the number of vectors (Pielou's evenness;
    :data:`models.indices.INDEX_INFO` ``["vector_balance"]`` explains it for the app).

    Examples
    --------
    >>> float(vector_balance([1, 1, 1, 1]))
    1.0
    >>> float(vector_balance([5, 0, 0]))
    0.0
    """
    return indices.evenness(vector_values, axis=axis)

