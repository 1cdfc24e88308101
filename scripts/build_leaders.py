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
"""
from __future__ import annotations

import datetime as dt
import json
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


def main() -> int:
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
        aliases = sorted({a for a in row.get("aliases", []) if a and a != row["name"]})
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
