"""Read the campaign's settings (``seeds/campaign.yaml``): title, region, phases, captions.

The file is optional: without it a campaign is titled after its folder, looks at the region
its places span and groups nothing. Every field is validated once, here, and the result is a
frozen :class:`Campaign` passed down the pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from geomap._errors import GeomapError

__all__ = [
    "CAMPAIGN_FILE",
    "Campaign",
    "CampaignError",
    "Phase",
    "parse_campaign",
    "read_campaign",
]

CAMPAIGN_FILE = "campaign.yaml"
_KEYS = frozenset(
    {"title", "subtitle", "region", "start", "background_before", "phases", "captions"}
)
_BACKGROUND_DAYS = 90


class CampaignError(GeomapError, ValueError):
    """The campaign file cannot be used as it is; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class Phase:
    """A named stretch of the campaign; its dates are inclusive."""

    name: str
    start: dt.date
    end: dt.date | None = None
    note: str = ""

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the phase."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Campaign:
    """How a campaign's maps are titled, where they look and how its timeline is grouped."""

    title: str = "Campaign map"
    subtitle: str = ""
    countries: tuple[str, ...] = ()
    centre: tuple[float, float] | None = None  # (lat, lon)
    zoom: int = 7
    start: dt.date | None = None
    background_before: dt.date | None = None
    phases: tuple[Phase, ...] = ()
    captions: dict[str, str] = field(default_factory=dict)

    def is_background(self, day: dt.date) -> bool:
        """Whether an event on ``day`` is background to the campaign rather than news of it.

        >>> Campaign(start=dt.date(2016, 10, 17)).is_background(dt.date(2014, 6, 10))
        True
        """
        cutoff = self.background_before
        if cutoff is None and self.start is not None:
            cutoff = self.start - dt.timedelta(days=_BACKGROUND_DAYS)
        return cutoff is not None and day < cutoff

    def phase_of(self, day: dt.date) -> Phase | None:
        """Return the phase ``day`` falls in, if any."""
        return next((p for p in self.phases if p.contains(day)), None)


def read_campaign(seeds_dir: Path, *, default_title: str | None = None) -> Campaign:
    """Read ``campaign.yaml`` from ``seeds_dir``; a missing file gives the defaults."""
    path = seeds_dir / CAMPAIGN_FILE
    if not path.exists():
        return Campaign(title=default_title or seeds_dir.resolve().name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CampaignError(f"{path}: not valid YAML: {exc}") from exc
    return parse_campaign(data, str(path))


def parse_campaign(data: Any, name: str = CAMPAIGN_FILE) -> Campaign:
    """Validate the mapping read from a campaign file; errors name the file and the fix."""
    if not isinstance(data, dict):
        raise CampaignError(f"{name}: expected 'key: value' lines at the top level")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise CampaignError(f"{name}: unknown keys {unknown}; expected some of {sorted(_KEYS)}")
    region = data.get("region") or {}
    if not isinstance(region, dict):
        raise CampaignError(f"{name}: 'region' must hold countries, centre and zoom")
    captions = data.get("captions") or {}
    if not isinstance(captions, dict):
        raise CampaignError(f"{name}: 'captions' must map a date to a caption")
    return Campaign(
        title=str(data.get("title") or "Campaign map"),
        subtitle=str(data.get("subtitle") or ""),
        countries=tuple(str(c).upper() for c in region.get("countries") or ()),
        centre=_centre(region.get("centre"), name),
        zoom=_zoom(region.get("zoom", 7), name),
        start=_date(data.get("start"), "start", name),
        background_before=_date(data.get("background_before"), "background_before", name),
        phases=_phases(data.get("phases") or [], name),
        captions={_caption_key(k, name): str(v) for k, v in captions.items()},
    )


def _date(value: Any, key: str, name: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CampaignError(f"{name}: {key} {value!r} is not a date; write YYYY-MM-DD") from None


def _caption_key(value: Any, name: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if not text[:4].isdigit():
        raise CampaignError(f"{name}: caption key {text!r} is not a slice date like 2016-11-23")
    return text


def _centre(value: Any, name: str) -> tuple[float, float] | None:
    if value is None:
        return None
    try:
        lat, lon = (float(v) for v in value)
    except (TypeError, ValueError):
        raise CampaignError(f"{name}: region centre must be [lat, lon], got {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CampaignError(f"{name}: region centre {value!r} is not [lat, lon] in degrees")
    return (lat, lon)


def _zoom(value: Any, name: str) -> int:
    if not isinstance(value, int) or not 1 <= value <= 18:
        raise CampaignError(f"{name}: region zoom must be a whole number from 1 to 18")
    return value


def _phases(items: Any, name: str) -> tuple[Phase, ...]:
    if not isinstance(items, list):
        raise CampaignError(f"{name}: 'phases' must be a list of name, start, end")
    phases = []
    for i, item in enumerate(items, 1):
        if not isinstance(item, dict) or not item.get("name") or item.get("start") is None:
            raise CampaignError(f"{name}: phase {i} needs at least a name and a start date")
        start = _date(item["start"], f"phase {i} start", name)
        end = _date(item.get("end"), f"phase {i} end", name)
        assert start is not None
        if end is not None and end < start:
            raise CampaignError(f"{name}: phase {i} ({item['name']}) ends before it starts")
        phases.append(Phase(str(item["name"]), start, end, str(item.get("note") or "")))
    return tuple(sorted(phases, key=lambda p: p.start))
