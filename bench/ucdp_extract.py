"""Extraction on real wire headlines: places within 10 km, dates that agree (UCDP GED).

``python -m bench.ucdp_extract [CSV]`` reads the UCDP GED export described in
``../shared/eval/README.md`` (744 events in Iraq, Oct 2016 - Jul 2017, each with the headline
of the report it was coded from). Each headline is extracted as an article of its own, its
``source_date`` being the publication date, with the full offline gazetteer. Measured:

- places: among events whose place the coders fixed to within 25 km (``where_prec`` 1-2),
  the share of headlines with a resolved place mention within 10 km of the coders' point;
- dates: the share of events whose extracted date agrees with the coders' dates: the date of
  the headline's first event (or, with no event, its first date expression, or the
  publication date, the extractor's own fallback) falls within ``date_start``..``date_end``
  (for a span, the spans overlap). Also given for headlines that carry a date expression.

The headlines were not used to write the rules; the data stays in ``../shared`` and is only
read. Without the file the benchmark says so and measures nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CSV = REPO.parent / "shared" / "eval" / "ucdp_ged_iraq_2016-10_2017-07.csv"
WITHIN_KM = 10.0

Row = tuple[str, str, str, str]

__all__ = ["DEFAULT_CSV", "evaluate", "main", "run"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One UCDP event: whether a place and a date agree with the coders'."""

    precise: bool
    place_found: bool
    place_near: bool
    date_agrees: bool
    dated_in_text: bool


def evaluate(csv_path: Path) -> dict[str, Any]:
    """Extract every headline of ``csv_path`` and return the shares and counts."""
    from gazetteer import Gazetteer, Region
    from geomap.articles import Article
    from geomap.extract import extract_article

    gazetteer = Gazetteer.default(region=Region(countries=("IQ", "SY")))
    outcomes: list[Outcome] = []
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            published = dt.date.fromisoformat(rec["source_date"][:10])
            headline = rec["source_headline"]
            article = Article(
                f"ucdp-{rec['id']}", headline, rec["source_office"], published, headline
            )
            outcomes.append(_outcome(rec, extract_article(article, gazetteer), published))
    precise = [o for o in outcomes if o.precise]
    dated = [o for o in outcomes if o.dated_in_text]
    return {
        "events": len(outcomes),
        "precise": len(precise),
        "place_near": sum(o.place_near for o in precise),
        "place_found": sum(o.place_found for o in precise),
        "date_agrees": sum(o.date_agrees for o in outcomes),
        "dated": len(dated),
        "dated_agrees": sum(o.date_agrees for o in dated),
    }


def _outcome(rec: dict[str, str], extraction: Any, published: dt.date) -> Outcome:
    lat, lon = float(rec["latitude"]), float(rec["longitude"])
    places = [
        m for m in extraction.mentions if m.kind == "place" and m.resolved and m.lat is not None
    ]
    near = any(_km(lat, lon, m.lat, m.lon) <= WITHIN_KM for m in places)
    first, last, in_text = _extracted_dates(extraction, published)
    start = dt.date.fromisoformat(rec["date_start"][:10])
    end = dt.date.fromisoformat(rec["date_end"][:10])
    agrees = first <= end and start <= last
    return Outcome(rec["where_prec"] in ("1", "2"), bool(places), near, agrees, in_text)


def _extracted_dates(extraction: Any, published: dt.date) -> tuple[dt.date, dt.date, bool]:
    if extraction.events:
        e = extraction.events[0]
        first = dt.date.fromisoformat(e.date)
        last = dt.date.fromisoformat(e.date_end) if e.date_end else first
        return first, last, bool(e.date_text)
    dates = [m for m in extraction.mentions if m.kind == "date"]
    if dates:
        first_text, _, last_text = (dates[0].name or "").partition("/")
        first = dt.date.fromisoformat(first_text)
        return first, dt.date.fromisoformat(last_text) if last_text else first, True
    from geomap.events import undated_span

    first, last = undated_span(published)
    return first, last, False


def _km(lat1: float, lon1: float, lat2: float | None, lon2: float | None) -> float:
    if lat2 is None or lon2 is None:
        return math.inf
    mid = math.radians((lat1 + lat2) / 2)
    return math.hypot((lat1 - lat2) * 111.2, (lon1 - lon2) * 111.2 * math.cos(mid))


def run(csv_path: Path = DEFAULT_CSV) -> list[Row]:
    """Return the figures as rows for ``python -m bench``."""
    if not csv_path.is_file():
        return [
            ("(all)", "-", "", f"not measured: {csv_path.name} not found beside the repository")
        ]
    got = evaluate(csv_path)
    share = lambda n, d: f"{100 * n / d:.1f}" if d else "n/a"  # noqa: E731
    return [
        ("place within 10 km", share(got["place_near"], got["precise"]), "%",
         f"{got['place_near']} of {got['precise']} headlines with where_prec 1-2"),
        ("any place resolved", share(got["place_found"], got["precise"]), "%",
         f"{got['place_found']} of {got['precise']} (where_prec 1-2)"),
        ("date agrees", share(got["date_agrees"], got["events"]), "%",
         f"{got['date_agrees']} of {got['events']} events; source_date as publication"),
        ("date agrees, dated headlines", share(got["dated_agrees"], got["dated"]), "%",
         f"{got['dated_agrees']} of {got['dated']} headlines with a date expression"),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print the figures for the CSV given (default: the shared evaluation file)."""
    args = sys.argv[1:] if argv is None else argv
    for measure, value, unit, note in run(Path(args[0]) if args else DEFAULT_CSV):
        print(f"{measure:30} {value:>6} {unit:3} {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
