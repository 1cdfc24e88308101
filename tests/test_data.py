"""The shipped data tables: coverage, consistency, and the token index being current."""
import spacy

from relations_nlp.components.gazetteer import build_index, surfaces_of_tables
from relations_nlp.resources import read_json, read_table


def test_every_un_member_and_partial_state():
    rows = read_table("countries")
    un = [r for r in rows if r.get("un_member")]
    assert len(un) == 193
    isos = {r["iso3"] for r in rows}
    assert {"PSE", "XKX", "TWN", "ESH", "VAT", "SUN", "YUG", "CSK", "DDR"} <= isos
    assert len(isos) == len(rows)


def test_cities_and_capitals():
    cities = read_table("cities")
    assert len(cities) >= 5000
    capitals = {r["country"] for r in cities if r.get("capital")}
    states = {r["iso3"] for r in read_table("countries") if r.get("kind") == "state"}
    assert states - capitals == set()


def test_leader_and_org_tables():
    leaders = read_table("leaders")
    assert len({r["country"] for r in leaders}) >= 190
    orgs = read_table("orgs")
    assert sum(1 for r in orgs if r["kind"] in ("igo", "un_agency")) >= 150
    cues = read_table("cues")
    assert len(cues) >= 400


def test_surface_token_index_is_current():
    """scripts/build_token_index.py must be re-run after a data change."""
    shipped = read_json("surface_tokens")
    expected = build_index(spacy.blank("en").tokenizer, surfaces_of_tables())
    split = shipped["split"]
    plain = set(shipped["plain"])
    stale = [s for s, toks in expected.items() if split.get(s, s.split(" ") if s in plain else None) != toks]
    assert not stale[:10]
