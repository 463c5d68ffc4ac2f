"""Resolve UCDP GED place labels and measure the distance to the coders' coordinates.

``python -m bench.ucdp_resolve [CSV]`` reads the ``where_coordinates`` labels of precision 1
and 2 ("Tall ‘Afar town", "Road between Azim town and Khalis town"), resolves each with the
offline gazetteer in the region of the data (Iraq), and reports the share of events and of
distinct labels resolved, the share of resolved ones within 10 km of the coders' point, and
the worst misses. The CSV stays where it is (default: ``../shared/eval/...`` beside the
repository); without it the benchmark says so and measures nothing.

Labels are reduced by generic rules only: a trailing settlement word is dropped ("town",
"village"; not "air base", which is not the town), and "between X and Y" is placed at the midpoint of X and Y.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer import Gazetteer, Place, Region
from gazetteer.evidence import distance_km

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CSV = REPO.parent / "shared" / "eval" / "ucdp_ged_iraq_2016-10_2017-07.csv"
WITHIN_KM = 10.0
# Words for a settlement, dropped; a facility ("air base", "dam") is not its town: kept.
_FEATURE = re.compile(r"\s+(?:town|city|village|locality|area|neighbou?rhood)$", re.IGNORECASE)
_BETWEEN = re.compile(r"^(?:.*\bbetween\s+)(.+?)\s+and\s+(.+)$", re.IGNORECASE)

Row = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One label: where the coders put it, and where the gazetteer does (if anywhere)."""

    label: str
    events: int
    lat: float
    lon: float
    point: tuple[float, float] | None
    name: str

    def km(self) -> float | None:
        """Distance from the gazetteer's point to the coders', or None if unresolved."""
        if self.point is None:
            return None
        here = Place("a", "a", self.point[0], self.point[1], "")
        return distance_km(here, Place("b", "b", self.lat, self.lon, ""))


def strip_feature(label: str) -> str:
    """Drop a trailing feature word from a UCDP label.

    >>> strip_feature("Tall ‘Afar town")
    'Tall ‘Afar'
    >>> strip_feature("Ţūzkhūrmātū air base")
    'Ţūzkhūrmātū air base'
    """
    return _FEATURE.sub("", label.strip())


def locate(gz: Gazetteer, label: str) -> tuple[tuple[float, float] | None, str]:
    """Return ``((lat, lon), name)`` for a label, or ``(None, reason)``."""
    between = _BETWEEN.match(label)
    if between:
        ends = [gz.resolve(strip_feature(part)).place for part in between.groups()]
        if ends[0] is None or ends[1] is None:
            return None, "unresolved end"
        mid = ((ends[0].lat + ends[1].lat) / 2, (ends[0].lon + ends[1].lon) / 2)
        return mid, f"between {ends[0].name} and {ends[1].name}"
    res = gz.resolve(strip_feature(label))
    if res.place is None:
        return None, "unresolved"
    return (res.place.lat, res.place.lon), f"{res.place.name} ({res.match} {res.score:.2f})"


def read_labels(path: Path) -> Iterator[tuple[str, float, float]]:
    """Yield ``(label, lat, lon)`` for each event of precision 1 or 2."""
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["where_prec"] in ("1", "2"):
                yield row["where_coordinates"], float(row["latitude"]), float(row["longitude"])


def evaluate(path: Path, gz: Gazetteer) -> list[Outcome]:
    """Resolve every distinct label (with its events' first coordinates)."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[float, float]] = {}
    for label, lat, lon in read_labels(path):
        counts[label] += 1
        first.setdefault(label, (lat, lon))
    out = []
    for label, n in sorted(counts.items()):
        point, name = locate(gz, label)
        out.append(Outcome(label, n, first[label][0], first[label][1], point, name))
    return out


def summarise(outcomes: list[Outcome]) -> list[Row]:
    """Turn outcomes into benchmark rows."""
    events = sum(o.events for o in outcomes)
    resolved = [o for o in outcomes if o.point is not None]
    near = [o for o in resolved if (o.km() or 0.0) <= WITHIN_KM]
    ev_resolved = sum(o.events for o in resolved)
    ev_near = sum(o.events for o in near)
    rows: list[Row] = [
        ("labels (events)", f"{len(outcomes)} ({events})", "", "where_prec 1-2"),
        ("resolved, events", f"{ev_resolved / events:.1%}", "", f"{ev_resolved} of {events}"),
        ("resolved, labels", f"{len(resolved) / len(outcomes):.1%}", "", f"{len(resolved)}"),
        (
            f"within {WITHIN_KM:.0f} km, events",
            f"{ev_near / max(ev_resolved, 1):.1%}",
            "of resolved",
            f"{ev_near} of {ev_resolved}; target >= 97%",
        ),
        (f"within {WITHIN_KM:.0f} km, labels", f"{len(near) / max(len(resolved), 1):.1%}", "", ""),
    ]
    worst = sorted(resolved, key=lambda o: -(o.km() or 0.0))[:5]
    for o in worst:
        rows.append(("miss", f"{o.km():.1f}", "km", f"{o.label} -> {o.name}"))
    unresolved = [o.label for o in outcomes if o.point is None]
    rows.append(("unresolved", str(len(unresolved)), "labels", "; ".join(unresolved)[:400]))
    return rows


def run(path: Path | None = None) -> list[Row]:
    """Benchmark entry point: the rows for ``python -m bench``."""
    path = path or DEFAULT_CSV
    if not path.exists():
        return [("(all)", "-", "", f"skipped: {path} not found (pass its path)")]
    gz = Gazetteer.default(region=Region(countries=("IQ",)))
    return summarise(evaluate(path, gz))


def main(argv: list[str]) -> int:
    """Print the rows, one per line, for the CSV given (or the default)."""
    for row in run(Path(argv[0]) if argv else None):
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
