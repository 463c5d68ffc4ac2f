"""The online geocoder, against a local server on 127.0.0.1 that answers as Nominatim does."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from gazetteer import Gazetteer, OnlineError, Place, Region
from gazetteer.online import OnlineConfig, OnlineGeocoder

RABIA = {
    "place_id": 1,
    "osm_type": "node",
    "osm_id": 240109189,
    "lat": "36.8021",
    "lon": "42.0957",
    "class": "place",
    "type": "town",
    "name": "Rabia",
    "display_name": "Rabia, Nineveh Governorate, Iraq",
    "address": {"town": "Rabia", "country": "Iraq", "country_code": "iq"},
}


@dataclass
class Nominatim:
    """What the stand-in server was asked, and how it should misbehave."""

    port: int = 0
    requests: list[dict[str, list[str]]] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)
    busy_replies: int = 0  # answer 429 this many times first


def _handler(state: Nominatim) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            state.requests.append(query)
            state.agents.append(self.headers.get("User-Agent", ""))
            name = query.get("q", [""])[0]
            if state.busy_replies > 0 or name == "Busy":
                state.busy_replies -= 1
                return self._send(429, b'{"error": "too many requests"}', {"Retry-After": "3"})
            if name == "Slow":
                time.sleep(0.6)
                return self._send(200, b"[]")
            if name == "Garbled":
                return self._send(200, b"<html>Bad Gateway</html>")
            if name == "Nowhere lat":
                return self._send(200, json.dumps([{"lat": "north", "lon": "1"}]).encode())
            body = [RABIA] if name == "Rabia" else []
            return self._send(200, json.dumps(body).encode())

        def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # the client may have given up (the timeout case)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def nominatim() -> Iterator[Nominatim]:
    state = Nominatim()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass
class FakeTime:
    now: float = 1000.0
    slept: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def geocoder(server: Nominatim, cache: Path, fake: FakeTime, **options: float) -> OnlineGeocoder:
    config = OnlineConfig(
        domain=f"127.0.0.1:{server.port}",
        scheme="http",
        timeout=float(options.get("timeout", 0.3)),
        min_delay=float(options.get("min_delay", 1.0)),
        retries=int(options.get("retries", 2)),
        backoff=0.5,
        cache_dir=cache,
    )
    return OnlineGeocoder(config, clock=fake.clock, sleep=fake.sleep)


def test_a_found_place_sends_only_the_name_and_names_itself(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    place = geocoder(nominatim, tmp_path, FakeTime()).geocode("Rabia")
    assert place is not None
    assert (place.name, place.country, place.feature) == ("Rabia", "IQ", "P")
    assert (place.lat, place.lon) == (36.8021, 42.0957)
    assert place.place_id == "nominatim:node/240109189" and place.source == "online-nominatim"
    (sent,) = nominatim.requests
    assert sent["q"] == ["Rabia"]
    assert set(sent) <= {"q", "format", "limit", "addressdetails"}
    assert nominatim.agents[0].startswith("geomap-gazetteer/")


def test_answers_are_cached_so_the_next_run_is_offline_and_identical(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    first = geocoder(nominatim, tmp_path, FakeTime())
    found, missing = first.geocode("Rabia"), first.geocode("Umm Sijan")
    assert missing is None
    asked = len(nominatim.requests)
    again = geocoder(nominatim, tmp_path, FakeTime())
    assert again.geocode("rabia") == found and again.geocode("Umm Sijan") is None
    assert len(nominatim.requests) == asked


def test_requests_are_spaced_by_the_minimum_delay(nominatim: Nominatim, tmp_path: Path) -> None:
    fake = FakeTime()
    geo = geocoder(nominatim, tmp_path, fake, min_delay=1.0)
    geo.geocode("Rabia")
    geo.geocode("Sinjar")
    assert fake.slept == [pytest.approx(1.0)]


def test_a_429_is_retried_after_the_time_the_server_asks(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    nominatim.busy_replies = 1
    fake = FakeTime()
    place = geocoder(nominatim, tmp_path, fake, min_delay=0).geocode("Rabia")
    assert place is not None and len(nominatim.requests) == 2
    assert 3.0 in fake.slept


def test_a_server_that_stays_busy_gives_a_clear_error_and_nothing_cached(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0, retries=2)
    with pytest.raises(OnlineError, match="did not answer for 'Busy' after 3 tries"):
        geo.geocode("Busy")
    assert len(nominatim.requests) == 3
    assert not list(tmp_path.glob("online-*.json"))


def test_a_timeout_is_retried_a_bounded_number_of_times(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0, retries=1, timeout=0.2)
    started = time.monotonic()
    with pytest.raises(OnlineError, match="after 2 tries"):
        geo.geocode("Slow")
    assert time.monotonic() - started < 5
    assert not list(tmp_path.glob("online-*.json"))


@pytest.mark.parametrize("name", ["Garbled", "Nowhere lat"])
def test_a_malformed_reply_raises_at_once_and_is_not_cached(
    nominatim: Nominatim, tmp_path: Path, name: str
) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0)
    with pytest.raises(OnlineError, match=name):
        geo.geocode(name)
    assert len(nominatim.requests) == 1
    assert not list(tmp_path.glob("online-*.json"))


def test_an_unknown_geocoder_name_is_a_clear_error(tmp_path: Path) -> None:
    geo = OnlineGeocoder(OnlineConfig(service="no-such-service", cache_dir=tmp_path))
    with pytest.raises(Exception, match="unknown geocoder 'no-such-service'"):
        geo.geocode("Rabia")


def test_the_gazetteer_asks_online_only_for_what_it_cannot_resolve(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0)
    gz = Gazetteer(region=Region(countries=("IQ",)), online=geo)
    res = gz.resolve("Rabia")
    assert res.match == "online" and res.place is not None and res.place.country == "IQ"
    assert len(nominatim.requests) == 1


def test_a_name_known_only_outside_the_region_is_asked_online(
    nominatim: Nominatim, tmp_path: Path
) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0)
    latakia_village = Place("geonames:1", "Rabia", 35.79, 36.04, "SY")
    gz = Gazetteer([(latakia_village, ("Rabia",))], region=Region(countries=("IQ",)), online=geo)
    res = gz.resolve("Rabia")
    assert res.match == "online" and res.place is not None and res.place.country == "IQ"
    assert latakia_village in res.candidates


def test_a_name_resolved_offline_is_never_sent(nominatim: Nominatim, tmp_path: Path) -> None:
    geo = geocoder(nominatim, tmp_path, FakeTime(), min_delay=0)
    mosul = Place("geonames:99072", "Mosul", 36.335, 43.119, "IQ", population=1_683_000)
    gz = Gazetteer([(mosul, ("Mosul",))], region=Region(countries=("IQ",)), online=geo)
    assert gz.resolve("Mosul").place == mosul
    assert nominatim.requests == []
