"""Build ``src/relations_nlp/data/leaders.jsonl`` from the curated facts in
``scripts/sources/leaders/*.jsonl``.

Sources: every row carries its own ``source`` (official government sites and the
Wikipedia articles on each office, e.g. "President of Russia", "List of foreign
ministers of Azerbaijan"; Wikipedia text is CC BY-SA 4.0, the facts themselves are
public record), accessed 2026-11. Rows marked ``"unsure": true`` could not be confirmed
as current at curation time. See ``scripts/sources/leaders.md``.

What this script adds: validation (ISO3 codes, roles, dates, duplicates) and the list of
``weak_aliases`` — single-word aliases that are also common English words (spaCy's
English lexeme probabilities, log-prob > -12, and day/month names: "May", "Friday",
"Rice"); the component
only accepts those after a title or an earlier full mention. Aliases several people
share ("Aliyev", "Kim") are resolved by the component from the document's date.

Run: ``python scripts/build_leaders.py``
     ``python scripts/build_leaders.py --report [--date 2026-06-30]``  (coverage check: per UN
     member, which of head of state / head of government / foreign minister lack a row in
     office on the date, and which rows in office are marked ``unsure``; writes nothing)
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import defaultdict

from _common import DATA, SOURCES, common_words, write_jsonl

ROLES = {"president", "prime minister", "chancellor", "foreign minister", "king", "queen", "monarch", "pope",
         "emir", "sultan", "supreme leader", "head of state", "head of government", "crown prince"}
EXTRA_ISO3 = {"XKX", "PSE", "TWN", "ESH", "VAT"}


# day and month names are never a leader's name on their own ("on Friday", "in May")
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"}


HOS_ROLES = {"president", "king", "queen", "monarch", "pope", "emir", "sultan", "supreme leader", "head of state"}
HOG_ROLES = {"prime minister", "chancellor", "head of government"}
# UN members with no head-of-government office apart from the head of state (presidential
# systems, collegial Switzerland, Iran where the president heads the government): there a
# head-of-state row in office covers both offices.
HOS_IS_HOG = {
    "USA", "MEX", "GTM", "SLV", "HND", "NIC", "CRI", "PAN", "COL", "VEN", "ECU", "BOL", "CHL", "ARG", "BRA",
    "PRY", "URY", "DOM", "SUR", "AGO", "BEN", "BWA", "COM", "ERI", "GAB", "GHA", "GMB", "KEN", "LBR", "MWI",
    "NGA", "SLE", "SSD", "SYC", "ZAF", "ZMB", "ZWE", "CYP", "IDN", "PHL", "MDV", "TKM", "TUR", "SYR", "IRN",
    "KIR", "NRU", "PLW", "FSM", "MHL", "CHE",
}
# San Marino has no prime minister: the Secretary of State for Foreign and Political
# Affairs is the de facto head of government (Captains Regent are the heads of state).
HOG_IS_FM = {"SMR"}
# Offices documented as vacant on the report date (not a gap in the table): ISO3 -> (office, since, note)
VACANT = {"HTI": ("head of state", "2026-02-07",
                   "Transitional Presidential Council dissolved; the prime minister holds executive power (AFP)")}


_PARTICLE = re.compile(r"(?<=[ -])(Al|El|Bin|Ibn|Bint)(?=[- ])")


def lower_particles(name: str) -> str:
    """``name`` with inner Arabic particles in lower case ("Meshal Al-Ahmad Al-Sabah" ->
    "Meshal al-Ahmad al-Sabah"); the first word is left as it is."""
    return _PARTICLE.sub(lambda m: m.group(1).lower(), name)


def load_rows():
    rows = []
    for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
            if line.strip():
                rows.append((f"{path.name}:{lineno}", json.loads(line)))
    return rows


def in_office(row, day: str) -> bool:
    return row["start"] <= day and (not row.get("end") or row["end"] > day)


def report(day: str) -> int:
    """Coverage of the three offices for the 193 UN members on ``day``."""
    members = {}
    for line in (DATA / "countries.jsonl").read_text(encoding="utf8").splitlines():
        c = json.loads(line)
        if c.get("un_member"):
            members[c["iso3"]] = c["name"]
    rows = [r for _, r in load_rows()]
    current = defaultdict(list)
    for r in rows:
        if in_office(r, day):
            current[r["country"]].append(r)
    offices = ("head of state", "head of government", "foreign minister")
    gaps = defaultdict(list)
    unsure = []
    vacancies = []
    covered = {o: 0 for o in offices}
    for iso in sorted(members):
        cur = current.get(iso, [])
        has = {
            "head of state": [r for r in cur if r["role"] in HOS_ROLES],
            "head of government": [r for r in cur if r["role"] in HOG_ROLES]
            or ([r for r in cur if r["role"] in HOS_ROLES] if iso in HOS_IS_HOG else [])
            or ([r for r in cur if r["role"] == "foreign minister"] if iso in HOG_IS_FM else []),
            "foreign minister": [r for r in cur if r["role"] == "foreign minister"],
        }
        for office in offices:
            vacant = VACANT.get(iso)
            if has[office]:
                covered[office] += 1
            elif vacant and vacant[0] == office and vacant[1] <= day:
                covered[office] += 1
                vacancies.append(f"{iso} {office}: vacant since {vacant[1]} ({vacant[2]})")
            else:
                gaps[iso].append(office)
        unsure += [r for r in cur if r.get("unsure")]
    print(f"rows: {len(rows)}  unsure rows: {sum(1 for r in rows if r.get('unsure'))}  "
          f"states with a row: {len({r['country'] for r in rows})}")
    print(f"UN members: {len(members)}; in office on {day}:")
    for office in offices:
        print(f"  {office:20s} {covered[office]:3d}/{len(members)}")
    print(f"  all three            {len(members) - len(gaps):3d}/{len(members)}"
          + (f"  (documented vacancies counted as covered: {len(vacancies)})" if vacancies else ""))
    for line in vacancies:
        print(f"  {line}")
    print(f"\ngaps ({sum(len(v) for v in gaps.values())} offices in {len(gaps)} states):")
    for iso, missing in sorted(gaps.items()):
        print(f"  {iso} {members[iso]}: {', '.join(missing)}")
    print(f"\nrows in office on {day} marked unsure ({len(unsure)}):")
    for r in sorted(unsure, key=lambda r: (r["country"], r["role"])):
        print(f"  {r['country']} {r['role']}: {r['name']} (from {r['start']})")
    return 0


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", action="store_true", help="print the coverage check, write nothing")
    ap.add_argument("--date", default="2026-06-30", help="the day of the coverage check (ISO)")
    args = ap.parse_args()
    if args.report:
        return report(args.date)

    import pycountry

    valid = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
    rows = []
    errors = []
    for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            where = f"{path.name}:{lineno}"
            for key in ("name", "country", "role", "start"):
                if not row.get(key):
                    errors.append(f"{where}: missing {key}")
            if row.get("country") not in valid:
                errors.append(f"{where}: unknown ISO3 {row.get('country')}")
            if row.get("role") not in ROLES:
                errors.append(f"{where}: unknown role {row.get('role')}")
            try:
                start = dt.date.fromisoformat(row["start"])
                if row.get("end"):
                    if dt.date.fromisoformat(row["end"]) < start:
                        errors.append(f"{where}: end before start")
            except (KeyError, ValueError) as err:
                errors.append(f"{where}: bad date ({err})")
            rows.append(row)
    if errors:
        print("\n".join(errors[:50]), file=sys.stderr)
        return 1
    common = common_words() | CALENDAR
    people_by_alias = defaultdict(set)
    for row in rows:
        for alias in {row["name"], *row.get("aliases", [])}:
            people_by_alias[alias].add(row["name"])
    out = []
    seen = set()
    for row in sorted(rows, key=lambda r: (r["country"], r["role"], r["start"], r["name"])):
        key = (row["name"], row["role"], row["start"], row["country"])
        if key in seen:
            continue
        seen.add(key)
        aliases = {a for a in row.get("aliases", []) if a}
        # Arabic article and patronymic particles are written either way in news ("Al-Sabah" /
        # "al-Sabah", "Bin Salman" / "bin Salman"): both forms of every name
        aliases |= {lower_particles(a) for a in aliases | {row["name"]}}
        # Japanese names in family-name-first order, as the Japanese government asked the
        # press to write them in 2019 and as Kyodo, NHK World and The Japan Times do
        # ("Ishiba Shigeru", "Takaichi Sanae"); Chinese and Korean names are listed that
        # way already
        if row["country"] == "JPN":
            aliases |= {" ".join(reversed(a.split(" "))) for a in aliases | {row["name"]} if a.count(" ") == 1}
        aliases = sorted(a for a in aliases if a != row["name"])
        weak = sorted({a for a in aliases + [row["name"]] if " " not in a and a.lower() in common}
                      | set(row.get("weak_aliases", [])))
        out.append({"name": row["name"], "aliases": aliases, "weak_aliases": weak, "country": row["country"],
                    "role": row["role"], "start": row["start"], "end": row.get("end"),
                    "unsure": bool(row.get("unsure", False)), "secondary": bool(row.get("secondary", False)),
                    "source": row.get("source", "")})
    n = write_jsonl(DATA / "leaders.jsonl", out)
    print(f"leaders.jsonl: {n} terms, {len({r['name'] for r in out})} people, {len({r['country'] for r in out})} states")
    return 0


if __name__ == "__main__":
    sys.exit(main())
