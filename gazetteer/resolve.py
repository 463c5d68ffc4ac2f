"""Resolve a place name, as a reporter spelled it, to a :class:`~gazetteer.places.Place`.

How a name is matched, strongest first (the ``match`` of a :class:`Resolution`):

- ``exact``: the folded name is a place's main name (``Mosul``, ``al-qaim`` for ``Al Qa'im``);
- ``alias``: it is one of the place's other names, or shares its spelling key
  (``Tal-Afar`` for ``Tall 'Afar``; ``Shingal`` for Sinjar when a source lists it);
- ``variant``: it shares the consonant skeleton of a name (``Sharqat`` for ``Shirqat``);
- ``fuzzy``: it is within a small edit distance of a name in the region, and the place lies
  next to another place of the same article (otherwise it is only a candidate);
- ``online``: a geocoder found it (only when asked for);
- ``none``: unresolved; the best candidates are still returned.

Among the places a name may mean, the evidence of :mod:`gazetteer.evidence` decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.evidence import (
    NAME_STRENGTH,
    THRESHOLD,
    Region,
    context_bonus,
    distance_km,
    place_prior,
    score_place,
)
from gazetteer.index import Entry, KeySets, MemoryIndex, NameIndex
from gazetteer.normalize import fold, key_of_folded, name_key, variant_key, variant_of_key
from gazetteer.places import Place, Resolution
from gazetteer.sources import PRIORITY, NamedPlace, read_curated_csv, read_regional

if TYPE_CHECKING:
    from gazetteer.online import OnlineGeocoder
    from gazetteer.store import Store

__all__ = ["Gazetteer", "Region"]

# Fuzzy matches from this similarity (0-100) are candidates; only those above
# _FUZZY_WEAK, next to another place of the article, can reach the threshold.
_FUZZY_CUTOFF = 60.0
_FUZZY_WEAK = 75.0
_FUZZY_FULL = 100.0
# A shared skeleton counts only between keys this similar (0-100).
_VARIANT_RATIO = 75.0
# ... and of lengths this close (the shorter over the longer).
_VARIANT_LENGTH = 0.7
# A fuzzy match resolves only next to another place of the same article.
_FUZZY_CONTEXT_KM = 50.0
_VOWELS = re.compile(r"[aeiouy]+")
_MAX_CANDIDATES = 5
# Two readings this close in score and this far apart: the name is ambiguous.
_TIE_SCORE = 0.01
_TIE_KM = 30.0
_SAME_PLACE_KM = 5.0
_MEMO_SIZE = 200_000  # names whose matches are remembered

Scored = tuple[float, str, Place]
Match = tuple[Entry, str, float]
# A place a name may mean, before context: score, -priority of its source, id, kind of match.
Reading = tuple[float, int, str, str, Place]


class Gazetteer:
    """Resolve names against layered indexes, settling ambiguity by evidence.

    Parameters
    ----------
    sources
        ``(place, names)`` pairs held in memory, ahead of ``indexes``.
    region
        The campaign's region, used to settle ambiguous names.
    indexes
        Further name indexes, such as the compiled :class:`~gazetteer.index.SqliteIndex`.
    online
        A geocoder asked about names that no offline source resolves.
    """

    def __init__(
        self,
        sources: Iterable[NamedPlace] = (),
        region: Region | None = None,
        *,
        indexes: Sequence[NameIndex] = (),
        online: OnlineGeocoder | None = None,
    ) -> None:
        self.region = region or Region()
        self.online = online
        memory = MemoryIndex(sources)
        self._indexes: tuple[NameIndex, ...] = ((memory,) if len(memory) else ()) + tuple(indexes)
        self._pools: dict[str, list[str]] = {}
        self._priors: dict[str, float] = {}
        # What the indexes say about a name never changes: remembered per (tier, name).
        self._matches: dict[tuple[str, str], list[Match]] = {}
        self._keyed: dict[str, list[Entry]] = {}  # the indexes' entries by name key
        self._readings: dict[tuple[str, int], list[Reading]] = {}  # by (name, tiers)
        self._bears: dict[str, bool] = {}
        self._alone: dict[str, Resolution] = {}  # offline answers without context
        self._region_keys: tuple[frozenset[str], frozenset[str]] | None = None
        self._prominent: dict[int, KeySets] = {}

    @classmethod
    def default(
        cls,
        campaign_csv: Path | None = None,
        region: Region | None = None,
        *,
        store: Store | None = None,
        online: OnlineGeocoder | None = None,
    ) -> Gazetteer:
        """Open the offline gazetteer: curated entries, then the compiled index of the rest.

        The campaign's CSV (if it exists) and the shipped regional file are read into memory;
        the index of imported dumps, cities500 and the countries is compiled into the cache
        directory on first use and whenever one of them changes.
        """
        from gazetteer.store import Store, ensure_index

        sources: list[NamedPlace] = []
        if campaign_csv is not None and campaign_csv.exists():
            sources += read_curated_csv(campaign_csv, source="campaign")
        sources += read_regional()
        index = ensure_index(store or Store.from_env())
        return cls(sources, region=region, indexes=(index,), online=online)

    def with_region(self, region: Region) -> Gazetteer:
        """Return a gazetteer over the same indexes that prefers another region."""
        other = Gazetteer(region=region, indexes=self._indexes, online=self.online)
        return other

    def __contains__(self, name: str) -> bool:
        """Whether some place bears this name, as spelled or as a variant spelling."""
        bears = self._bears.get(name)
        if bears is None:
            bears = bool(self._tier(self._by_key, name)) or bool(
                self._tier(self._by_variant, name)
            )
            if len(self._bears) >= _MEMO_SIZE:
                self._bears.clear()
            self._bears[name] = bears
        return bears

    def resolve(self, name: str, context: Sequence[Place] = ()) -> Resolution:
        """Resolve one name; ``context`` holds places already resolved in the same article.

        Weaker kinds of match (variant, fuzzy, online) are tried only while no stronger one
        has given an answer above the threshold; fuzzy ones only for a name no place bears.
        """
        if not context and self.online is None:
            alone = self._alone.get(name)
            if alone is None:
                if len(self._alone) >= _MEMO_SIZE:
                    self._alone.clear()
                alone = self._alone[name] = self._resolve(name, context)
            return alone
        return self._resolve(name, context)

    def _resolve(self, name: str, context: Sequence[Place]) -> Resolution:
        ranked = self._offline(name, context)
        if self.online is not None and not _settled(ranked, context):
            ranked = self._with_online(name, ranked, context)
        candidates = tuple(place for _, _, place in ranked[:_MAX_CANDIDATES])
        if not _settled(ranked, context):
            score = min(ranked[0][0], 1.0) if ranked else 0.0
            return Resolution(query=name, place=None, score=score, candidates=candidates)
        score, match, best = ranked[0]
        return Resolution(name, best, match=match, score=min(score, 1.0), candidates=candidates)

    def _offline(self, name: str, context: Sequence[Place]) -> list[Scored]:
        """Rank the offline candidates, trying weaker kinds of match only while needed."""
        ranked: list[Scored] = []
        matches: list[Match] = []
        for tiers, tier in enumerate((self._by_key, self._by_variant, self._fuzzy), 1):
            if tier == self._fuzzy and any(kind != "variant" for _, kind, _ in matches):
                break  # some place bears this very name: no need to look for near-misses
            matches += self._tier(tier, name)
            ranked = self._rank(self._read(name, tiers, matches), context)
            if _settled(ranked, context):
                break
        return ranked

    def _tier(self, tier: Callable[[str], list[Match]], name: str) -> list[Match]:
        """Return ``tier(name)``, remembered; the caller must not change the list."""
        key = (tier.__name__, name)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= _MEMO_SIZE:
                self._matches.clear()
            found = self._matches[key] = tier(name)
        return found

    def resolve_many(self, names: Iterable[str]) -> list[Resolution]:
        """Resolve each name on its own, in order."""
        return [self.resolve(name) for name in names]

    def _by_key(self, name: str) -> list[Match]:
        """Entries that share the name's key: exact or alias matches."""
        folded, key = fold(name), name_key(name)
        if not key:
            return []
        out: list[Match] = []
        for entry in self._keyed_entries(key):
            if entry.folded == folded:
                kind = "exact" if entry.primary else "alias"
                out.append((entry, kind, NAME_STRENGTH[kind]))
            else:
                out.append((entry, "alias", NAME_STRENGTH["spelling"]))
        return out

    def _keyed_entries(self, key: str) -> list[Entry]:
        """The entries of every index for a name key, remembered: spellings of one name
        ("Tal Afar", "Tal-Afar", "Tall 'Afar") share it. The caller must not change the list."""
        found = self._keyed.get(key)
        if found is None:
            if len(self._keyed) >= _MEMO_SIZE:
                self._keyed.clear()
            found = self._keyed[key] = [e for index in self._indexes for e in index.by_key(key)]
        return found

    def _by_variant(self, name: str) -> list[Match]:
        """Entries that share the name's consonant skeleton and most of its letters.

        With a region of countries, only places in it: a variant match outside the region
        can never clear the threshold.
        """

        key, variant = name_key(name), variant_key(name)
        region = self.region
        countries = region.countries if region.lat is None else ()
        if countries and variant not in self.region_keys()[1]:
            return []  # no place of the region has this skeleton: no need to ask the indexes
        strength = NAME_STRENGTH["variant"]
        # A variant of one of a place's other names (not its own) is two steps from what was
        # written: it counts as fuzzy, an answer only with a nearby place in the same article.
        split = _split_name(name)
        return [
            (entry, "variant" if entry.primary else "fuzzy", strength)
            for index in self._indexes
            for entry in index.by_variant(variant, countries)
            if _near_spelling(key, entry.key or key_of_folded(entry.folded))
            # (not two words for one: "Ammar Ali", a man, is no spelling of Amirli; but "Tal
            # Afar" is of Telafar)
            and not (split and " " not in entry.folded.strip())
        ]

    def region_keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """The keys and the variant keys of the names of the region's places, remembered.

        The places of its countries, and those within a few degrees of its centre.
        """
        if self._region_keys is None:
            region, keys = self.region, set()
            for index in self._indexes:
                keys |= index.keys_near(region.countries, region.lat, region.lon)
            variants = frozenset(filter(None, map(variant_of_key, keys)))
            self._region_keys = (frozenset(keys), variants)
        return self._region_keys

    def prominent_keys(self, min_population: int) -> KeySets:
        """The keys and variant keys of the names that news anywhere might use, remembered.

        Those of curated places, countries and administrative areas, and places of
        ``min_population`` people or more: a set look-up answers whether a name may be one.
        """
        found = self._prominent.get(min_population)
        if found is None:
            parts = [index.prominent_keys(min_population) for index in self._indexes]
            if len(parts) == 1:
                found = parts[0]
            else:
                main = frozenset().union(*(p.main for p in parts))
                other = frozenset().union(*(p.other for p in parts)) - main
                found = KeySets(main, other, frozenset().union(*(p.variants for p in parts)))
            self._prominent[min_population] = found
        return found

    def _fuzzy(self, name: str) -> list[Match]:
        """Entries whose key is close to the name's key, from the region or the same prefix."""
        from rapidfuzz import fuzz, process

        key = name_key(name)
        if len(key) < 4:
            return []
        pool = self._pool(key)
        hits = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=5)
        out: list[Match] = []
        for hit, ratio, _ in hits:
            strength = max(0.0, 0.6 * (ratio - _FUZZY_WEAK) / (_FUZZY_FULL - _FUZZY_WEAK))
            for index in self._indexes:
                out += [(entry, "fuzzy", strength) for entry in index.by_key(hit)]
        return out

    def _pool(self, key: str) -> list[str]:
        """The keys a fuzzy match may land on: the region's, or those sharing a prefix."""
        region = self.region
        label = "region" if not region.empty else f"prefix:{key[:2]}"
        if label not in self._pools:
            pool: set[str] = set()
            for index in self._indexes:
                if region.empty:
                    pool |= index.keys_with_prefix(key[:2])
                else:
                    pool |= index.keys_near(region.countries, region.lat, region.lon)
            self._pools[label] = sorted(pool)
        return self._pools[label]

    def _read(self, name: str, tiers: int, matches: list[Match]) -> list[Reading]:
        """Each distinct place that ``matches`` (of the first ``tiers`` tiers for ``name``)
        may mean, by its strongest match, scored before context: remembered."""
        key = (name, tiers)
        readings = self._readings.get(key)
        if readings is not None:
            return readings
        strongest: dict[str, tuple[float, str, Place]] = {}
        for entry, kind, strength in matches:
            old = strongest.get(entry.place.place_id)
            # the strongest match, then one of the place's own name over one of its other
            # names ("Maaret al-Numan" for Ma'arrat an Nu'man, whose other names it is also
            # near), then the source of higher priority
            if old is None or _match_rank(strength, kind, entry.place) > _match_rank(*old):
                strongest[entry.place.place_id] = (strength, kind, entry.place)
        readings = [
            (
                self._prior(place) + 0.5 * strength,
                -PRIORITY.get(place.source, 0),
                place.place_id,
                kind,
                place,
            )
            for strength, kind, place in strongest.values()
        ]
        if len(self._readings) >= _MEMO_SIZE:
            self._readings.clear()
        self._readings[key] = readings
        return readings

    def _rank(self, readings: list[Reading], context: Sequence[Place]) -> list[Scored]:
        """Score each reading with the context; best first, copies of one place merged."""
        # Best score first, then the source of higher priority, the id, the order read.
        scored = sorted(
            (-(base + context_bonus(place, context)), priority, place_id, i, kind, place)
            for i, (base, priority, place_id, kind, place) in enumerate(readings)
        )
        return _merge_copies([(-s[0], s[4], s[5]) for s in scored[:50]])

    def _prior(self, place: Place) -> float:
        """What is known of a place before any name or article: remembered per place."""
        prior = self._priors.get(place.place_id)
        if prior is None:
            prior = self._priors[place.place_id] = place_prior(place, self.region)
        return prior

    def _with_online(
        self, name: str, ranked: list[Scored], context: Sequence[Place]
    ) -> list[Scored]:
        """Ask the online geocoder and rank its answer among the offline candidates."""
        assert self.online is not None
        place = self.online.geocode(name)
        if place is None:
            return ranked
        score = score_place(place, NAME_STRENGTH["online"], self.region, context)
        return sorted([*ranked, (score, "online", place)], key=lambda s: -s[0])


def _merge_copies(ranked: list[Scored]) -> list[Scored]:
    """Drop lower-ranked copies of a place from another source: same name, a few km apart."""
    if len({place.source for _, _, place in ranked}) < 2:
        return ranked
    kept: list[Scored] = []
    by_name: dict[str, list[Place]] = {}
    for item in ranked:
        place = item[2]
        twins = by_name.setdefault(fold(place.name), [])
        if not any(
            twin.source != place.source and distance_km(place, twin) <= _SAME_PLACE_KM
            for twin in twins
        ):
            twins.append(place)
            kept.append(item)
    return kept


def _settled(ranked: list[Scored], context: Sequence[Place]) -> bool:
    """Whether the best reading is an answer: above the threshold, unambiguous, supported."""
    if not ranked:
        return False
    score, match, best = ranked[0]
    if score < THRESHOLD or _ambiguous(ranked):
        return False
    return match != "fuzzy" or _near(best, context)


def _near(place: Place, context: Sequence[Place]) -> bool:
    """Whether another place of the same article lies within a day's walk of ``place``."""
    return any(distance_km(place, other) <= _FUZZY_CONTEXT_KM for other in context)


def _ambiguous(ranked: list[Scored]) -> bool:
    """Whether the runner-up is as likely as the best reading yet somewhere else."""
    if len(ranked) < 2:
        return False
    (s1, _, p1), (s2, _, p2) = ranked[0], ranked[1]
    return s1 - s2 < _TIE_SCORE and distance_km(p1, p2) > _TIE_KM


# First words that a name may be written apart from or joined with: "Tal Afar" and Telafar,
# "Abu Kamal" and Albukamal, "Deir ez-Zor" and Deirezzor.
_JOINABLE = frozenset(
    "al el ad ar as ash at az an tal tall tel tell abu albu umm um ras ain ayn ein deir dayr "
    "jabal jebel jisr kafr khirbet qasr bir beit bayt sheikh shaikh sidi wadi bab bani beni "
    "bin ibn".split()
)


def _match_rank(strength: float, kind: str, place: Place) -> tuple[float, bool, int]:
    """How a match of ``place`` ranks among the matches of one place (higher is better)."""
    return strength, kind != "fuzzy", PRIORITY.get(place.source, 0)


def _near_spelling(key: str, other: str) -> bool:
    """Whether two keys that share a consonant skeleton are spellings of one name: most of
    their letters alike, and not one a syllable shorter ("Hammuriyeh" is not "Al Hamra")."""
    from rapidfuzz import fuzz

    short, long = sorted((len(key), len(other)))
    return (
        short >= _VARIANT_LENGTH * long
        and fuzz.ratio(key, other) >= _VARIANT_RATIO
        # (the consonants grouped alike between the vowels: "Karabla" is not "Karbala")
        and _VOWELS.split(key) == _VOWELS.split(other)
    )


def _split_name(name: str) -> bool:
    """Whether ``name`` is written as words a single-word name would not split into: two or
    more words, the first not one that names join ("Ammar Ali"; not "Tal Afar")."""
    words = fold(name).replace("-", " ").split()
    return len(words) > 1 and words[0] not in _JOINABLE
