"""The ``gazetteer`` command: what scripts and other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from gazetteer.cli import main
from gazetteer.store import Store

FIELDS = {
    "query",
    "place_id",
    "name",
    "lat",
    "lon",
    "country",
    "feature",
    "source",
    "match",
    "score",
    "candidates",
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_resolve_json_gives_one_line_per_name_in_input_order() -> None:
    names = ["Tal-Afar", "Umm Sijan", "al-Qaim", "Shingal"]
    code, out, _ = run("resolve", *names, "--country", "IQ,SY", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == names
    assert all(set(r) >= FIELDS for r in rows)
    tal_afar, umm_sijan, qaim, shingal = rows
    assert tal_afar["country"] == "IQ" and tal_afar["match"] in {"exact", "alias"}
    assert umm_sijan["lat"] is None and umm_sijan["lon"] is None and umm_sijan["match"] == "none"
    assert umm_sijan["candidates"]
    assert abs(qaim["lat"] - 34.39) < 0.1 and abs(qaim["lon"] - 40.99) < 0.1
    assert shingal["name"] == "Sinjār"


def test_resolve_text_says_unresolved_with_candidates() -> None:
    code, out, _ = run("resolve", "Mosul", "Abu Jarees", "--country", "iq")
    assert code == 0
    mosul, abu = out.splitlines()
    assert mosul.split("\t")[:3] == ["Mosul", "Mosul", "IQ"]
    assert abu.startswith("Abu Jarees\tunresolved\tcandidates: ")


def test_near_prefers_places_around_a_point() -> None:
    code, out, _ = run("resolve", "Palmyra", "--near", "34.5,38.3", "--json")
    assert code == 0 and json.loads(out)["country"] == "SY"


def test_bad_options_are_clear_errors() -> None:
    code, _, err = run("resolve", "Mosul", "--country", "Iraq")
    assert code == 1 and "two-letter codes such as IQ,SY; got ['IRAQ']" in err
    code, _, err = run("resolve", "Mosul", "--near", "north")
    assert code == 1 and "--near takes LAT,LON" in err
    code, _, err = run("resolve", "Mosul", "--near", "95,43")
    assert code == 1 and "out of range" in err


def test_build_and_import_report_what_they_did(store: Store, fixtures: Path) -> None:
    code, out, _ = run("build")
    assert code == 0 and out.strip().endswith("3 places")
    code, out, _ = run("import", str(fixtures / "IQ_sample.txt"))
    assert code == 0 and "6 places" in out
    code, out, _ = run("resolve", "Jebel Ikhtibar", "--country", "IQ", "--json")
    assert json.loads(out)["source"] == "geonames-import"


def test_import_of_a_malformed_file_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "IQ.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    code, _, err = run("import", str(bad))
    assert code == 1 and "line 1: 3 columns; a GeoNames dump has 19" in err


def test_a_campaign_file_pins_a_name(tmp_path: Path) -> None:
    csv = tmp_path / "gazetteer.csv"
    csv.write_text(
        "place_id,name,aliases,lat,lon,country,feature,source\n"
        "campaign:umm-sijan,Umm Sijan,,36.2,43.1,IQ,P,editor's estimate from a field report\n",
        encoding="utf-8",
    )
    code, out, _ = run("resolve", "Umm Sijan", "--campaign", str(csv), "--json")
    row = json.loads(out)
    assert code == 0 and row["source"] == "campaign" and row["place_id"] == "campaign:umm-sijan"
