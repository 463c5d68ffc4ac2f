"""Ask an online geocoder (through geopy) about names no offline source resolves.

Used only when asked (``gazetteer resolve --online``). It is polite and repeatable:

- it sends the place name only, never the text around it;
- it waits ``min_delay`` seconds between requests and identifies itself with its own
  user agent;
- it retries a timeout, a 429 or an unavailable service a bounded number of times, then
  raises :class:`~gazetteer.OnlineError`; a malformed reply raises at once;
- every answer, "not found" included, is cached on disk, so the next run is offline and
  gives the same result; an error is never cached.

The network is a seam: the geocoder's ``domain`` and ``scheme`` can point at a local server,
and the clock and sleep are injectable.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazetteer._errors import OnlineError, QueryError
from gazetteer.normalize import fold
from gazetteer.places import Place

__all__ = ["OnlineConfig", "OnlineGeocoder", "place_from_raw"]

log = logging.getLogger(__name__)
# Nominatim asks each application to identify itself; users add a contact with --user-agent.
_USER_AGENT = "geomap-gazetteer/{version}"
# Nominatim's result classes, as GeoNames feature classes.
_FEATURES = {"place": "P", "boundary": "A", "natural": "T", "waterway": "H", "highway": "R"}


@dataclass(frozen=True, slots=True)
class OnlineConfig:
    """How to reach the geocoder, and how politely."""

    service: str = "nominatim"
    domain: str | None = None
    scheme: str | None = None
    user_agent: str | None = None
    timeout: float = 10.0
    min_delay: float = 1.0
    retries: int = 2
    backoff: float = 2.0
    max_wait: float = 30.0
    cache_dir: Path | None = None
    options: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        if self.retries < 0 or self.min_delay < 0 or self.timeout <= 0:
            raise QueryError("retries and min_delay must be >= 0 and timeout > 0")


class OnlineGeocoder:
    """A rate-limited, disk-cached geopy geocoder that answers with :class:`Place` records."""

    def __init__(
        self,
        config: OnlineConfig | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config or OnlineConfig()
        self._clock, self._sleep = clock, sleep
        self._last = -float("inf")
        self._geocoder: Any = None
        self._cache_path = self._cache_file()
        self._cache = self._read_cache()

    def geocode(self, name: str) -> Place | None:
        """Return the geocoder's place for ``name`` (from the disk cache when known)."""
        key = fold(name)
        if not key:
            return None
        if key in self._cache:
            raw = self._cache[key]
            return None if raw is None else place_from_raw(self.config.service, raw)
        raw = self._ask(name)
        self._cache[key] = raw
        self._write_cache()
        return None if raw is None else place_from_raw(self.config.service, raw)

    def _ask(self, name: str) -> dict[str, Any] | None:
        """Query the service with bounded retries; return its raw answer or ``None``."""
        from geopy import exc as gexc

        transient = (gexc.GeocoderTimedOut, gexc.GeocoderRateLimited, gexc.GeocoderUnavailable)
        last: Exception | None = None
        for attempt in range(self.config.retries + 1):
            self._wait_turn()
            try:
                location = self._client().geocode(name, exactly_one=True, **self._query_options())
            except transient as error:
                last = error
                retry_after = getattr(error, "retry_after", None)
                wait = retry_after if retry_after else self.config.backoff * 2**attempt
                log.warning("%s: %s; retrying in %.1f s", self.config.service, error, wait)
                self._sleep(min(wait, self.config.max_wait))
                continue
            except gexc.GeopyError as error:
                raise OnlineError(f"{self.config.service} failed on {name!r}: {error}") from error
            except (TypeError, ValueError, KeyError) as error:
                msg = f"{self.config.service} gave a malformed answer for {name!r}: {error}"
                raise OnlineError(msg) from error
            return _checked_raw(self.config.service, name, location)
        raise OnlineError(
            f"{self.config.service} did not answer for {name!r} after "
            f"{self.config.retries + 1} tries (last: {last}); try again later or run offline"
        ) from last

    def _wait_turn(self) -> None:
        """Sleep so that requests are at least ``min_delay`` seconds apart."""
        wait = self._last + self.config.min_delay - self._clock()
        if wait > 0:
            self._sleep(wait)
        self._last = self._clock()

    def _client(self) -> Any:
        if self._geocoder is None:
            from geopy.geocoders import get_geocoder_for_service

            try:
                cls = get_geocoder_for_service(self.config.service)
            except Exception as error:
                raise QueryError(f"unknown geocoder {self.config.service!r}: {error}") from error
            from geopy.adapters import URLLibAdapter

            # The standard library's client: no retries hidden below the ones counted here.
            kwargs: dict[str, Any] = {
                "user_agent": self._user_agent(),
                "timeout": self.config.timeout,
                "adapter_factory": URLLibAdapter,
            }
            if self.config.domain:
                kwargs["domain"] = self.config.domain
            if self.config.scheme:
                kwargs["scheme"] = self.config.scheme
            kwargs.update(dict(self.config.options))
            self._geocoder = cls(**kwargs)
        return self._geocoder

    def _user_agent(self) -> str:
        if self.config.user_agent:
            return self.config.user_agent
        from gazetteer import __version__

        return _USER_AGENT.format(version=__version__)

    def _query_options(self) -> dict[str, Any]:
        return {"addressdetails": True} if self.config.service == "nominatim" else {}

    def _cache_file(self) -> Path:
        directory = self.config.cache_dir
        if directory is None:
            from gazetteer.store import Store

            directory = Store.from_env().cache_dir
        return directory / f"online-{self.config.service}.json"

    def _read_cache(self) -> dict[str, dict[str, Any] | None]:
        if not self._cache_path.exists():
            return {}
        try:
            data: dict[str, dict[str, Any] | None] = json.loads(
                self._cache_path.read_text(encoding="utf-8")
            )
        except ValueError as error:
            raise OnlineError(f"{self._cache_path}: corrupt cache ({error}); delete it") from error
        return data

    def _write_cache(self) -> None:
        self._cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._cache_path.with_name(f"{self._cache_path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(self._cache, ensure_ascii=False, sort_keys=True), "utf-8")
        os.replace(tmp, self._cache_path)


def _checked_raw(service: str, name: str, location: Any) -> dict[str, Any] | None:
    """Return the raw answer of a geopy ``Location``, checked to make a :class:`Place`."""
    if location is None:
        return None
    raw = dict(location.raw) if isinstance(location.raw, dict) else {}
    raw.setdefault("lat", location.latitude)
    raw.setdefault("lon", location.longitude)
    try:
        place_from_raw(service, raw)
    except (TypeError, ValueError, KeyError) as error:
        raise OnlineError(f"{service} gave a malformed answer for {name!r}: {error}") from error
    return raw


def place_from_raw(service: str, raw: dict[str, Any]) -> Place:
    """Turn a geocoder's raw answer (Nominatim's JSON) into a :class:`Place`.

    >>> place_from_raw("nominatim", {"lat": "36.8", "lon": "42.1", "osm_type": "node",
    ...     "osm_id": 7, "name": "Rabia", "class": "place", "address": {"country_code": "iq"}})
    ... # doctest: +NORMALIZE_WHITESPACE
    Place(place_id='nominatim:node/7', name='Rabia', lat=36.8, lon=42.1, country='IQ',
          feature='P', population=0, source='online-nominatim')
    """
    lat, lon = float(raw["lat"]), float(raw["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"lat {lat}, lon {lon} out of range")
    if raw.get("osm_type") and raw.get("osm_id") is not None:
        place_id = f"{service}:{raw['osm_type']}/{raw['osm_id']}"
    else:
        place_id = f"{service}:{lat:.5f},{lon:.5f}"
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0] or place_id
    address = raw.get("address")
    if not isinstance(address, dict):
        address = {}
    return Place(
        place_id=place_id,
        name=str(name),
        lat=lat,
        lon=lon,
        country=str(address.get("country_code", "")).upper(),
        feature=_FEATURES.get(str(raw.get("class", "")), "S"),
        population=0,
        source=f"online-{service}",
    )
