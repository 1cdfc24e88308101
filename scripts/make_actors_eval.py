#!/usr/bin/env python
"""Build the hand-written ACTORS evaluation set (LEADER, PERSON, ORG + every COUNTRY/LOC).

Writes ``corpus/eval/actors.jsonl`` from the items below (all written for this set,
news-style, not copied from any article) and validates them.

Run from anywhere:  python scripts/make_actors_eval.py [--check] [--lint]
(``--check`` validates and compares with the file on disk without writing;
``--lint`` also lists capitalised tokens outside every span, for a human to review.)

Item format (readable Python data, one tuple per item)::

    (text, date, spans, tags)

* ``spans``: tuples ``(surface, label, kb_id[, attrs][, n])`` where ``attrs`` is a dict of
  span extensions (``country`` ISO3 for LEADER/ORG/LOC, ``role`` for LEADER) and ``n``
  (1-based) picks the n-th token-aligned occurrence of ``surface`` in ``text``. ``n`` is
  required whenever the surface occurs more than once in the text (also inside a longer
  span, e.g. "Russian" inside "Russian Federation").
* every entity of the text is labelled (the set measures precision too); labelling
  follows ``docs/annotation.md`` (no articles, possessives or titles inside spans).
* ``tags``: coverage tags from ``TAGS`` below (several per item).

Checks: offsets on ``spacy.blank("en")`` token boundaries, no overlaps, every token-aligned
occurrence of a labelled surface is covered by a span; LEADER kb_id/country/role match a
row of ``scripts/sources/leaders/*.jsonl`` whose term covers the item's date and that is
not marked ``unsure``; a PERSON with a kb_id is a known leader *out of* office on that
date; ORG kb_ids are ``scripts/sources/orgs.jsonl`` names with the same home state;
COUNTRY kb_ids are ISO3 codes of ``src/relations_nlp/data/countries.jsonl``.
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from _common import (DATA, LINT_SKIP_BASE, ItemError, build_rows, check_explicit_span, generator_main,
                     lint_capitalised, load_leaders, load_orgs, load_place_names, locate_span,
                     read_jsonl, sort_and_check_spans, span_row, token_bounds)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "eval" / "actors.jsonl"

LABELS = ("COUNTRY", "LEADER", "PERSON", "ORG", "LOC")

TAGS = {
    # leaders
    "leader_full": "LEADER named by full name",
    "leader_surname": "LEADER named by surname (or short form) alone",
    "leader_repeat": "a LEADER named in full, later by surname in the same item",
    "title_excluded": "a title/honorific precedes a person name and stays outside the span",
    "demonym_title": "'Russian President Vladimir Putin': demonym COUNTRY + title + LEADER",
    "foreign_minister": "a foreign minister as LEADER",
    "head_of_government": "a prime minister / chancellor as LEADER",
    "date_dependent": "LEADER vs PERSON depends on the item's date",
    "former_leader": "a known former leader, out of office on the date -> PERSON",
    "same_surname": "two people sharing a surname or name stem (Heydar/Ilham Aliyev, Kim Jong Il/Un)",
    "non_ascii_name": "a name with diacritics or a variant spelling (Erdoğan/Erdogan, Zelenskyy/Zelensky)",
    # persons
    "unseen_person": "an invented person (not in any table)",
    "byline": "a byline ('By ...')",
    "expert": "an analyst / academic quoted or cited",
    "diplomat": "a diplomat or official below minister rank",
    "spokesperson": "a spokesperson",
    "journalist": "a journalist or editor other than a byline",
    "names_turkic": "invented names, Turkic traditions (Azerbaijani, Turkish, Kazakh, Uzbek, ...)",
    "names_slavic": "invented names, Slavic traditions",
    "names_arabic": "invented names, Arabic traditions",
    "names_persian": "invented names, Persian/Tajik traditions",
    "names_east_asian": "invented names, Chinese/Japanese/Korean/Mongolian traditions",
    "names_south_asian": "invented names, South Asian traditions",
    "names_southeast_asian": "invented names, Southeast Asian traditions",
    "names_african": "invented names, African traditions",
    "names_hispanic": "invented names, Spanish/Portuguese traditions",
    "names_european": "invented names, other European traditions",
    "names_caucasian": "invented names, Georgian/Armenian traditions",
    "names_hebrew": "invented names, Hebrew tradition",
    # organisations
    "igo": "an intergovernmental organisation or UN body",
    "ministry": "a ministry / generic state body, kept apart from its country mention (ORG with country)",
    "state_body": "a fixed-name state body (Kremlin, State Duma, Milli Majlis, Bundestag, ...)",
    "university": "a university / academy",
    "media": "a media outlet from the gazetteer",
    "media_invented": "an invented small media outlet (ORG, kb_id '')",
    "company": "a company",
    "think_tank": "a think tank / NGO",
    "org_country_inside": "a country name inside a fixed organisation name (one ORG span)",
    "name_inside_org": "a person or place name inside a fixed organisation name (one ORG span)",
    # countries and places
    "demonym": "a demonym / adjective as COUNTRY",
    "possessive": "a possessive 's / ' stays outside the span",
    "hyphen_compound": "a hyphen/dash compound tagged part by part",
    "capital_as_state": "a capital standing for its government -> COUNTRY",
    "capital_as_place": "a capital used as a place -> LOC",
    "official_name": "an official / alternate country name (Russian Federation, Türkiye, DPRK, ...)",
    "former_state": "a former state (Soviet Union, Yugoslavia, ...)",
    "region": "a region, sea, river or other non-city LOC",
    "language_use": "a language adjective that is NOT a country mention",
}

# ---------------------------------------------------------------------------------------
# Reference tables (build-time only)
# ---------------------------------------------------------------------------------------


def load_iso3():
    path = DATA / "countries.jsonl"
    if not path.exists():
        return None
    return {r["iso3"] for r in read_jsonl(path)}


# ---------------------------------------------------------------------------------------
# Span shorthands: each returns the plain tuple (surface, label, kb_id[, attrs][, n]).
# ---------------------------------------------------------------------------------------


def _t(surface, label, kb, attrs=None, n=None):
    out = (surface, label, kb)
    if attrs:
        out += (attrs,)
    if n is not None:
        out += (n,)
    return out


def C(surface, iso3, n=None):
    """COUNTRY: kb_id = ISO3."""
    return _t(surface, "COUNTRY", iso3, None, n)


def L(surface, name, country, role, n=None):
    """LEADER in office on the item's date: kb_id = canonical name; country, role."""
    return _t(surface, "LEADER", name, {"country": country, "role": role}, n)


def P(surface, name="", n=None):
    """PERSON: kb_id = canonical name of a known (former) leader, else ''."""
    return _t(surface, "PERSON", name, None, n)


def O(surface, kb="", country=None, n=None):
    """ORG: kb_id = orgs.jsonl name or ''; country = home state of a one-state body."""
    return _t(surface, "ORG", kb, {"country": country} if country else None, n)


def G(surface, kb, country=None, n=None):
    """LOC: kb_id = GeoNames-style name; country = the state it lies in (None if several)."""
    return _t(surface, "LOC", kb, {"country": country} if country else None, n)


ITEMS: list = []

# --- chunk 1: core leaders, date-dependent cases, ministries and state bodies ----------
ITEMS += [
    ("Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Dushanbe on "
     "Thursday, and Putin later told reporters that the talks had been frank.",
     "2025-10-09",
     [C("Russian", "RUS"), L("Vladimir Putin", "Vladimir Putin", "RUS", "president"),
      C("Azerbaijani", "AZE"), L("Ilham Aliyev", "Ilham Aliyev", "AZE", "president"),
      G("Dushanbe", "Dushanbe", "TJK"), L("Putin", "Vladimir Putin", "RUS", "president", 2)],
     ["leader_full", "leader_surname", "leader_repeat", "demonym_title", "title_excluded",
      "demonym", "capital_as_place"]),
    ("President Trump hosted Turkish President Recep Tayyip Erdoğan at the White House, where "
     "the two leaders discussed Ankara's purchase of Russian air-defence systems.",
     "2019-11-13",
     [L("Trump", "Donald Trump", "USA", "president"), C("Turkish", "TUR"),
      L("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "TUR", "president"),
      O("White House", "White House", "USA"), C("Ankara", "TUR"), C("Russian", "RUS")],
     ["date_dependent", "leader_surname", "leader_full", "title_excluded", "demonym_title",
      "state_body", "non_ascii_name", "capital_as_state", "possessive", "demonym"]),
    ("President Trump said on Tuesday that Washington would give Moscow and Kyiv two more "
     "weeks to agree on a ceasefire before deciding on new sanctions.",
     "2025-05-27",
     [L("Trump", "Donald Trump", "USA", "president"), C("Washington", "USA"),
      C("Moscow", "RUS"), C("Kyiv", "UKR")],
     ["date_dependent", "leader_surname", "title_excluded", "capital_as_state"]),
    ("President Biden arrived in Kyiv on an unannounced visit and pledged further American "
     "support to Ukraine almost a year after the full-scale invasion began.",
     "2023-02-20",
     [L("Biden", "Joe Biden", "USA", "president"), G("Kyiv", "Kyiv", "UKR"),
      C("American", "USA"), C("Ukraine", "UKR")],
     ["date_dependent", "leader_surname", "title_excluded", "capital_as_place", "demonym"]),
    ("Former US president Biden, who left office a year ago, is due to speak at a conference "
     "on transatlantic security in Lisbon next month, his office said.",
     "2026-02-10",
     [C("US", "USA"), P("Biden", "Joe Biden"), G("Lisbon", "Lisbon", "PRT")],
     ["date_dependent", "former_leader", "title_excluded", "capital_as_place"]),
    ("Prime Minister Johnson welcomed the leaders of the G7 to Cornwall and urged them to "
     "share a billion vaccine doses with poorer countries.",
     "2021-06-11",
     [L("Johnson", "Boris Johnson", "GBR", "prime minister"), O("G7", "G7"),
      G("Cornwall", "Cornwall", "GBR")],
     ["date_dependent", "leader_surname", "head_of_government", "title_excluded", "igo",
      "region"]),
    ("Johnson, who resigned as prime minister in 2022, told an audience in Kyiv that "
     "Ukraine's allies should stop rationing their military support.",
     "2024-03-14",
     [P("Johnson", "Boris Johnson"), G("Kyiv", "Kyiv", "UKR"), C("Ukraine", "UKR")],
     ["date_dependent", "former_leader", "capital_as_place", "possessive"]),
    ("President Heydar Aliyev flew to Paris for talks with Armenian President Robert "
     "Kocharyan hosted by French President Jacques Chirac.",
     "2001-03-04",
     [L("Heydar Aliyev", "Heydar Aliyev", "AZE", "president"), G("Paris", "Paris", "FRA"),
      C("Armenian", "ARM"), L("Robert Kocharyan", "Robert Kocharyan", "ARM", "president"),
      C("French", "FRA"), L("Jacques Chirac", "Jacques Chirac", "FRA", "president")],
     ["same_surname", "date_dependent", "leader_full", "title_excluded", "demonym_title",
      "capital_as_place"]),
    ("Azerbaijan marked the anniversary of the death of Heydar Aliyev, the country's former "
     "leader and father of President Ilham Aliyev, with ceremonies across Baku.",
     "2020-12-12",
     [C("Azerbaijan", "AZE"), P("Heydar Aliyev", "Heydar Aliyev"),
      L("Ilham Aliyev", "Ilham Aliyev", "AZE", "president"), G("Baku", "Baku", "AZE")],
     ["same_surname", "date_dependent", "former_leader", "leader_full", "title_excluded",
      "capital_as_place"]),
    ("North Korean leader Kim Jong Il received former US president Bill Clinton in Pyongyang, "
     "and the two discussed the release of two detained American journalists.",
     "2009-08-04",
     [C("North Korean", "PRK"), L("Kim Jong Il", "Kim Jong Il", "PRK", "supreme leader"),
      C("US", "USA"), P("Bill Clinton", "Bill Clinton"), G("Pyongyang", "Pyongyang", "PRK"),
      C("American", "USA")],
     ["same_surname", "date_dependent", "former_leader", "leader_full", "demonym_title",
      "title_excluded", "capital_as_place", "demonym"]),
    ("Kim Jong Un hosted Putin in Pyongyang, where the two leaders signed a mutual defence "
     "pact that replaces a 2000 treaty concluded under the late Kim Jong Il.",
     "2024-06-19",
     [L("Kim Jong Un", "Kim Jong Un", "PRK", "supreme leader"),
      L("Putin", "Vladimir Putin", "RUS", "president"), G("Pyongyang", "Pyongyang", "PRK"),
      P("Kim Jong Il", "Kim Jong Il")],
     ["same_surname", "date_dependent", "former_leader", "leader_full", "leader_surname",
      "capital_as_place"]),
    ("Opposition leader Friedrich Merz accused Chancellor Olaf Scholz of hesitating over "
     "long-range missiles for Ukraine during a heated debate in the Bundestag.",
     "2024-03-13",
     [P("Friedrich Merz", "Friedrich Merz"), L("Olaf Scholz", "Olaf Scholz", "DEU", "chancellor"),
      C("Ukraine", "UKR"), O("Bundestag", "Bundestag", "DEU")],
     ["date_dependent", "leader_full", "head_of_government", "title_excluded", "state_body"]),
    ("Chancellor Merz told the Bundestag that Germany would build the strongest conventional "
     "army in Europe within the next decade.",
     "2025-05-14",
     [L("Merz", "Friedrich Merz", "DEU", "chancellor"), O("Bundestag", "Bundestag", "DEU"),
      C("Germany", "DEU"), G("Europe", "Europe")],
     ["date_dependent", "leader_surname", "head_of_government", "title_excluded",
      "state_body", "region"]),
    ("Former chancellor Olaf Scholz listened from the back benches of the Bundestag as "
     "Chancellor Friedrich Merz defended the budget.",
     "2025-09-10",
     [P("Olaf Scholz", "Olaf Scholz"), O("Bundestag", "Bundestag", "DEU"),
      L("Friedrich Merz", "Friedrich Merz", "DEU", "chancellor")],
     ["date_dependent", "former_leader", "leader_full", "head_of_government",
      "title_excluded", "state_body"]),
    ("Ukrainian President Volodymyr Zelenskyy met Turkish President Recep Tayyip Erdogan in "
     "Ankara, and Zelenskyy thanked Türkiye for its role in prisoner exchanges.",
     "2025-05-15",
     [C("Ukrainian", "UKR"), L("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "president"),
      C("Turkish", "TUR"), L("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "TUR", "president"),
      G("Ankara", "Ankara", "TUR"),
      L("Zelenskyy", "Volodymyr Zelenskyy", "UKR", "president", 2), C("Türkiye", "TUR")],
     ["demonym_title", "leader_full", "leader_surname", "leader_repeat", "title_excluded",
      "non_ascii_name", "capital_as_place", "official_name"]),
    ("Zelensky said Kyiv was ready for a full 30-day ceasefire if Moscow reciprocated.",
     "2025-03-12",
     [L("Zelensky", "Volodymyr Zelenskyy", "UKR", "president"), C("Kyiv", "UKR"),
      C("Moscow", "RUS")],
     ["leader_surname", "non_ascii_name", "capital_as_state"]),
    ("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held their first "
     "formal bilateral meeting in five years on the sidelines of the BRICS summit in Kazan.",
     "2024-10-23",
     [C("Chinese", "CHN"), L("Xi Jinping", "Xi Jinping", "CHN", "president"), C("Indian", "IND"),
      L("Narendra Modi", "Narendra Modi", "IND", "prime minister"), O("BRICS", "BRICS"),
      G("Kazan", "Kazan", "RUS")],
     ["demonym_title", "leader_full", "head_of_government", "title_excluded", "igo"]),
    ("Foreign Minister Sergey Lavrov held a phone call with his Azerbaijani counterpart "
     "Jeyhun Bayramov, the Russian Foreign Ministry said.",
     "2025-07-03",
     [L("Sergey Lavrov", "Sergey Lavrov", "RUS", "foreign minister"), C("Azerbaijani", "AZE"),
      L("Jeyhun Bayramov", "Jeyhun Bayramov", "AZE", "foreign minister"), C("Russian", "RUS"),
      O("Foreign Ministry", "", "RUS")],
     ["foreign_minister", "leader_full", "title_excluded", "demonym", "ministry"]),
    ("Wang Yi and Marco Rubio met in Kuala Lumpur on the margins of an ASEAN meeting, the "
     "first in-person talks between China's top diplomat and the US secretary of state.",
     "2025-07-11",
     [L("Wang Yi", "Wang Yi", "CHN", "foreign minister"),
      L("Marco Rubio", "Marco Rubio", "USA", "foreign minister"),
      G("Kuala Lumpur", "Kuala Lumpur", "MYS"), O("ASEAN", "ASEAN"), C("China", "CHN"),
      C("US", "USA")],
     ["foreign_minister", "leader_full", "capital_as_place", "igo", "possessive"]),
    ("French President Emmanuel Macron welcomed Brazilian President Luiz Inácio Lula da Silva "
     "to the Élysée Palace for a state visit focused on climate finance and trade.",
     "2025-06-05",
     [C("French", "FRA"), L("Emmanuel Macron", "Emmanuel Macron", "FRA", "president"),
      C("Brazilian", "BRA"),
      L("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "BRA", "president"),
      O("Élysée Palace", "Élysée", "FRA")],
     ["demonym_title", "leader_full", "title_excluded", "non_ascii_name", "state_body"]),
    ("Argentina's Javier Milei and Mexico's Claudia Sheinbaum were among the leaders at the "
     "G20 summit in Rio de Janeiro, where Milei objected to parts of the final declaration.",
     "2024-11-18",
     [C("Argentina", "ARG"), L("Javier Milei", "Javier Milei", "ARG", "president"),
      C("Mexico", "MEX"), L("Claudia Sheinbaum", "Claudia Sheinbaum", "MEX", "president"),
      O("G20", "G20"), G("Rio de Janeiro", "Rio de Janeiro", "BRA"),
      L("Milei", "Javier Milei", "ARG", "president", 2)],
     ["leader_full", "leader_surname", "leader_repeat", "possessive", "igo"]),
    ("Australian Prime Minister Anthony Albanese met Xi in Beijing and said Canberra wanted "
     "a stable relationship with its largest trading partner.",
     "2025-07-15",
     [C("Australian", "AUS"), L("Anthony Albanese", "Anthony Albanese", "AUS", "prime minister"),
      L("Xi", "Xi Jinping", "CHN", "president"), G("Beijing", "Beijing", "CHN"),
      C("Canberra", "AUS")],
     ["demonym_title", "leader_full", "leader_surname", "head_of_government", "title_excluded",
      "capital_as_place", "capital_as_state"]),
    ("South African President Cyril Ramaphosa opened the G20 leaders' summit in Johannesburg, "
     "the first to be held on African soil.",
     "2025-11-22",
     [C("South African", "ZAF"), L("Cyril Ramaphosa", "Cyril Ramaphosa", "ZAF", "president"),
      O("G20", "G20"), G("Johannesburg", "Johannesburg", "ZAF")],
     ["demonym_title", "leader_full", "title_excluded", "igo"]),
    ("Iranian President Masoud Pezeshkian told the UN General Assembly that Tehran did not "
     "seek a wider war in the region.",
     "2024-09-24",
     [C("Iranian", "IRN"), L("Masoud Pezeshkian", "Masoud Pezeshkian", "IRN", "president"),
      O("UN General Assembly", "UNGA"), C("Tehran", "IRN")],
     ["demonym_title", "leader_full", "title_excluded", "igo", "capital_as_state"]),
    ("Netanyahu said Israel would respond to the Iranian missile attack at a time of its "
     "choosing.",
     "2024-10-02",
     [L("Netanyahu", "Benjamin Netanyahu", "ISR", "prime minister"), C("Israel", "ISR"),
      C("Iranian", "IRN")],
     ["leader_surname", "head_of_government", "demonym"]),
    ("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev discussed "
     "water sharing on the Syr Darya in a phone call, Tokayev's press office said.",
     "2025-04-08",
     [C("Kazakh", "KAZ"),
      L("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "KAZ", "president"),
      C("Uzbek", "UZB"), L("Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "UZB", "president"),
      G("Syr Darya", "Syr Darya"), L("Tokayev", "Kassym-Jomart Tokayev", "KAZ", "president", 2)],
     ["demonym_title", "leader_full", "leader_surname", "leader_repeat", "title_excluded",
      "region", "possessive"]),
    ("Belarusian leader Alexander Lukashenko said Minsk had begun receiving Russian tactical "
     "nuclear weapons.",
     "2023-06-13",
     [C("Belarusian", "BLR"),
      L("Alexander Lukashenko", "Alexander Lukashenko", "BLR", "president"),
      C("Minsk", "BLR"), C("Russian", "RUS")],
     ["demonym_title", "leader_full", "title_excluded", "capital_as_state", "demonym"]),
    ("Erdoğan and Aliyev laid the foundation of a gas pipeline to Nakhchivan, the Azerbaijani "
     "exclave that borders Türkiye.",
     "2023-09-25",
     [L("Erdoğan", "Recep Tayyip Erdoğan", "TUR", "president"),
      L("Aliyev", "Ilham Aliyev", "AZE", "president"), G("Nakhchivan", "Nakhchivan", "AZE"),
      C("Azerbaijani", "AZE"), C("Türkiye", "TUR")],
     ["leader_surname", "non_ascii_name", "region", "demonym", "official_name"]),
    ("The Kremlin said Putin had apologised to Aliyev over the downing of the AZAL airliner "
     "and promised full cooperation with the ICAO investigation.",
     "2025-10-10",
     [O("Kremlin", "Kremlin", "RUS"), L("Putin", "Vladimir Putin", "RUS", "president"),
      L("Aliyev", "Ilham Aliyev", "AZE", "president"), O("AZAL", "AZAL", "AZE"),
      O("ICAO", "ICAO")],
     ["state_body", "leader_surname", "company", "igo"]),
    ("Azerbaijan's Foreign Ministry summoned the Russian ambassador after police raids on "
     "Azerbaijani nationals in Yekaterinburg, ministry spokesperson Nigar Aslanli said.",
     "2025-06-30",
     [C("Azerbaijan", "AZE"), O("Foreign Ministry", "", "AZE"), C("Russian", "RUS"),
      C("Azerbaijani", "AZE"), G("Yekaterinburg", "Yekaterinburg", "RUS"),
      P("Nigar Aslanli")],
     ["ministry", "possessive", "demonym", "unseen_person", "spokesperson", "names_turkic",
      "title_excluded"]),
    ("The Russian Ministry of Defence said its air defences had shot down 40 Ukrainian drones "
     "over the Bryansk region overnight.",
     "2025-05-21",
     [C("Russian", "RUS"), O("Ministry of Defence", "", "RUS"), C("Ukrainian", "UKR"),
      G("Bryansk region", "Bryansk Oblast", "RUS")],
     ["ministry", "demonym", "region"]),
    ("The Ministry of Foreign Affairs of Kazakhstan said a meeting of CSTO foreign ministers "
     "would take place in Bishkek in late November.",
     "2025-10-20",
     [O("Ministry of Foreign Affairs", "", "KAZ"), C("Kazakhstan", "KAZ"), O("CSTO", "CSTO"),
      G("Bishkek", "Bishkek", "KGZ")],
     ["ministry", "igo"]),
    ("Deputies of the State Duma ratified the agreement on Wednesday, and it now goes to the "
     "Federation Council, the upper house of Russia's parliament.",
     "2024-07-24",
     [O("State Duma", "State Duma", "RUS"), O("Federation Council", "Federation Council", "RUS"),
      C("Russia", "RUS")],
     ["state_body", "possessive"]),
    ("The Milli Majlis adopted a statement rejecting a resolution of the European Parliament "
     "on Azerbaijan as biased and unfounded.",
     "2023-10-06",
     [O("Milli Majlis", "Milli Majlis", "AZE"), O("European Parliament", "European Parliament"),
      C("Azerbaijan", "AZE")],
     ["state_body", "igo"]),
    ("Ruslan Safarov, associate professor at the Financial University under the Government of "
     "the Russian Federation, told Caliber.Az that the tension had largely been defused.",
     "2025-10-17",
     [P("Ruslan Safarov"), O("Financial University", "Financial University", "RUS"),
      C("Russian Federation", "RUS"), O("Caliber.Az", "Caliber.Az", "AZE")],
     ["unseen_person", "expert", "names_turkic", "university", "official_name", "media"]),
    ("By Aghakazim Guliyev. Baku and Moscow agreed on Friday to resume consultations between "
     "their foreign ministries, News.Az reported.",
     "2025-10-17",
     [P("Aghakazim Guliyev"), C("Baku", "AZE"), C("Moscow", "RUS"),
      O("News.Az", "News.Az", "AZE")],
     ["byline", "unseen_person", "names_turkic", "capital_as_state", "media"]),
    ("Putin, who graduated in law from Leningrad University in 1975, met students of his alma "
     "mater during a visit to St. Petersburg.",
     "2025-01-24",
     [L("Putin", "Vladimir Putin", "RUS", "president"),
      O("Leningrad University", "Saint Petersburg State University", "RUS"),
      G("St. Petersburg", "Saint Petersburg", "RUS")],
     ["leader_surname", "university", "name_inside_org"]),
    ("Students from ADA University and MGIMO took part in a joint seminar on energy security "
     "held in Baku, vice-rector Farid Ismayilzade said.",
     "2024-11-05",
     [O("ADA University", "ADA University", "AZE"), O("MGIMO", "MGIMO", "RUS"),
      G("Baku", "Baku", "AZE"), P("Farid Ismayilzade")],
     ["university", "capital_as_place", "unseen_person", "names_turkic", "title_excluded"]),
]

# --- chunk 2: unseen persons of many naming traditions, media (incl. invented), IGOs ----
ITEMS += [
    ("“The Kremlin does not want a rupture with Baku,” said Dmitry Kovalenko, a senior fellow "
     "at the Valdai Discussion Club.",
     "2025-07-10",
     [O("Kremlin", "Kremlin", "RUS"), C("Baku", "AZE"), P("Dmitry Kovalenko"),
      O("Valdai Discussion Club", "Valdai Discussion Club", "RUS")],
     ["state_body", "capital_as_state", "unseen_person", "expert", "names_slavic",
      "think_tank"]),
    ("Foreign Ministry spokesperson Liu Wenhao told a regular briefing in Beijing that China "
     "opposed unilateral sanctions that had no basis in international law.",
     "2025-04-15",
     [O("Foreign Ministry", "", "CHN"), P("Liu Wenhao"), G("Beijing", "Beijing", "CHN"),
      C("China", "CHN")],
     ["ministry", "unseen_person", "spokesperson", "names_east_asian", "title_excluded",
      "capital_as_place"]),
    ("Kenji Morimoto, a professor of international relations at Keio University, said Tokyo "
     "and Seoul had rarely been so closely aligned on security.",
     "2025-03-21",
     [P("Kenji Morimoto"), O("Keio University", "", "JPN"), C("Tokyo", "JPN"),
      C("Seoul", "KOR")],
     ["unseen_person", "expert", "names_east_asian", "university", "capital_as_state"]),
    ("South Korea's deputy trade minister, Choi Min-jae, arrived in Washington for a new round "
     "of tariff talks, Yonhap reported.",
     "2025-06-20",
     [C("South Korea", "KOR"), P("Choi Min-jae"), G("Washington", "Washington", "USA"),
      O("Yonhap", "Yonhap", "KOR")],
     ["unseen_person", "diplomat", "names_east_asian", "possessive", "capital_as_place",
      "media"]),
    ("Qatari mediator Khalid al-Mansouri said talks in Doha between Hamas and Israeli "
     "negotiators had made cautious progress overnight.",
     "2025-01-10",
     [C("Qatari", "QAT"), P("Khalid al-Mansouri"), G("Doha", "Doha", "QAT"),
      O("Hamas", "Hamas", "PSE"), C("Israeli", "ISR")],
     ["unseen_person", "diplomat", "names_arabic", "demonym", "capital_as_place"]),
    ("Reza Tavakoli, an analyst at the University of Tehran, said Iran's cooperation with the "
     "IAEA could resume if the terms of inspectors' access were renegotiated.",
     "2025-08-05",
     [P("Reza Tavakoli"), O("University of Tehran", "University of Tehran", "IRN"),
      C("Iran", "IRN"), O("IAEA", "IAEA")],
     ["unseen_person", "expert", "names_persian", "university", "igo", "possessive"]),
    ("Tajik border guards detained three people near the Afghan frontier, said Firuz "
     "Sharipov, a spokesman for the border troops, speaking in Dushanbe.",
     "2024-08-14",
     [C("Tajik", "TJK"), C("Afghan", "AFG"), P("Firuz Sharipov"),
      G("Dushanbe", "Dushanbe", "TJK")],
     ["demonym", "unseen_person", "spokesperson", "names_persian", "capital_as_place"]),
    ("Ananya Raghavan, a senior fellow at the Observer Research Foundation in New Delhi, said "
     "India would not join any bloc aimed at China.",
     "2025-02-18",
     [P("Ananya Raghavan"), O("Observer Research Foundation", "", "IND"),
      G("New Delhi", "New Delhi", "IND"), C("India", "IND"), C("China", "CHN")],
     ["unseen_person", "expert", "names_south_asian", "think_tank", "capital_as_place"]),
    ("Pakistan's Foreign Office spokesman Tariq Naveed said Islamabad remained committed to "
     "the ceasefire along the Line of Control.",
     "2025-05-20",
     [C("Pakistan", "PAK"), O("Foreign Office", "", "PAK"), P("Tariq Naveed"),
      C("Islamabad", "PAK"), G("Line of Control", "Line of Control")],
     ["possessive", "ministry", "unseen_person", "spokesperson", "names_south_asian",
      "title_excluded", "capital_as_state", "region"]),
    ("Nigerian economist Chukwuemeka Obi said ECOWAS faced its deepest crisis since Mali, "
     "Burkina Faso and Niger announced their withdrawal from the bloc.",
     "2025-01-29",
     [C("Nigerian", "NGA"), P("Chukwuemeka Obi"), O("ECOWAS", "ECOWAS"), C("Mali", "MLI"),
      C("Burkina Faso", "BFA"), C("Niger", "NER")],
     ["demonym", "unseen_person", "expert", "names_african", "igo"]),
    ("Wanjiru Kamau, a researcher at the University of Nairobi, said Kenya's police mission in "
     "Haiti had exposed gaps in coordination between the AU and the UN.",
     "2025-02-03",
     [P("Wanjiru Kamau"), O("University of Nairobi", "", "KEN"), C("Kenya", "KEN"),
      C("Haiti", "HTI"), O("AU", "AU"), O("UN", "UN")],
     ["unseen_person", "expert", "names_african", "university", "possessive", "igo"]),
    ("Argentine diplomat Martín Echeverría, head of the Foreign Ministry's Asia desk, said "
     "Buenos Aires wanted to expand soybean exports to China.",
     "2024-09-12",
     [C("Argentine", "ARG"), P("Martín Echeverría"), O("Foreign Ministry", "", "ARG"),
      C("Buenos Aires", "ARG"), C("China", "CHN")],
     ["demonym", "unseen_person", "diplomat", "names_hispanic", "ministry", "possessive",
      "capital_as_state"]),
    ("Brazilian political scientist Thiago Nascimento told Reuters that Lula was trying to "
     "keep BRICS from turning into an anti-Western bloc.",
     "2025-07-06",
     [C("Brazilian", "BRA"), P("Thiago Nascimento"), O("Reuters", "Reuters", "GBR"),
      L("Lula", "Luiz Inácio Lula da Silva", "BRA", "president"), O("BRICS", "BRICS")],
     ["demonym", "unseen_person", "expert", "names_hispanic", "media", "leader_surname",
      "igo"]),
    ("Lucía Ortega Ramírez, an undersecretary at the Mexican Economy Ministry, said talks with "
     "Washington on steel tariffs would resume next week.",
     "2025-03-18",
     [P("Lucía Ortega Ramírez"), C("Mexican", "MEX"), O("Economy Ministry", "", "MEX"),
      C("Washington", "USA")],
     ["unseen_person", "diplomat", "names_hispanic", "demonym", "ministry",
      "capital_as_state"]),
    ("Pieter Janssen, a Dutch diplomat heading the OSCE mission in Skopje, said the elections "
     "had been well administered.",
     "2024-05-09",
     [P("Pieter Janssen"), C("Dutch", "NLD"), O("OSCE", "OSCE"), G("Skopje", "Skopje", "MKD")],
     ["unseen_person", "diplomat", "names_european", "demonym", "igo", "capital_as_place"]),
    ("Nino Abashidze, a political analyst in Tbilisi, said the ruling Georgian Dream party had "
     "little interest in resuming accession talks with the EU.",
     "2024-12-02",
     [P("Nino Abashidze"), G("Tbilisi", "Tbilisi", "GEO"),
      O("Georgian Dream", "Georgian Dream", "GEO"), O("EU", "EU")],
     ["unseen_person", "expert", "names_caucasian", "capital_as_place", "org_country_inside",
      "igo"]),
    ("Armenian analyst Hovhannes Grigoryan said Yerevan's decision to freeze its participation "
     "in the CSTO reflected deep frustration with Moscow.",
     "2024-02-23",
     [C("Armenian", "ARM"), P("Hovhannes Grigoryan"), C("Yerevan", "ARM"), O("CSTO", "CSTO"),
      C("Moscow", "RUS")],
     ["demonym", "unseen_person", "expert", "names_caucasian", "capital_as_state",
      "possessive", "igo"]),
    ("Israeli security analyst Yael Ben-David said the IDF was preparing for a prolonged "
     "ground campaign in southern Lebanon.",
     "2024-10-05",
     [C("Israeli", "ISR"), P("Yael Ben-David"), O("IDF", "IDF", "ISR"), C("Lebanon", "LBN")],
     ["demonym", "unseen_person", "expert", "names_hebrew"]),
    ("Turkish columnist Elif Demirtaş wrote in Hürriyet that Ankara should keep its channels "
     "open to both Moscow and Kyiv.",
     "2025-03-04",
     [C("Turkish", "TUR"), P("Elif Demirtaş"), O("Hürriyet", "Hürriyet", "TUR"),
      C("Ankara", "TUR"), C("Moscow", "RUS"), C("Kyiv", "UKR")],
     ["demonym", "unseen_person", "journalist", "names_turkic", "media", "capital_as_state"]),
    ("Kazakhstan is ready to host the next round of consultations, Aigerim Nurpeisova, a "
     "spokeswoman for the Ministry of Foreign Affairs, told Kazinform.",
     "2025-02-26",
     [C("Kazakhstan", "KAZ"), P("Aigerim Nurpeisova"), O("Ministry of Foreign Affairs", "", "KAZ"),
      O("Kazinform", "Kazinform", "KAZ")],
     ["unseen_person", "spokesperson", "names_turkic", "ministry", "media"]),
    ("Uzbek economist Sardor Tursunov, writing for Kun.uz, argued that Tashkent's bid to join "
     "the WTO was now within reach.",
     "2025-06-02",
     [C("Uzbek", "UZB"), P("Sardor Tursunov"), O("Kun.uz", "Kun.uz", "UZB"),
      C("Tashkent", "UZB"), O("WTO", "WTO")],
     ["demonym", "unseen_person", "expert", "names_turkic", "media", "capital_as_state",
      "possessive", "igo"]),
    ("Kyrgyz and Tajik officials signed a protocol on the last disputed sections of their "
     "border, Kyrgyz deputy minister Kanybek Osmonaliev told AKIpress.",
     "2025-03-13",
     [C("Kyrgyz", "KGZ", 1), C("Tajik", "TJK"), C("Kyrgyz", "KGZ", 2),
      P("Kanybek Osmonaliev"), O("AKIpress", "AKIpress", "KGZ")],
     ["demonym", "unseen_person", "diplomat", "names_turkic", "title_excluded", "media"]),
    ("Indonesian analyst Dewi Lestari Wibowo said ASEAN's consensus rule had slowed its "
     "response to the crisis in Myanmar.",
     "2025-05-26",
     [C("Indonesian", "IDN"), P("Dewi Lestari Wibowo"), O("ASEAN", "ASEAN"),
      C("Myanmar", "MMR")],
     ["demonym", "unseen_person", "expert", "names_southeast_asian", "igo", "possessive"]),
    ("Nguyen Thanh Hai, a researcher at the Diplomatic Academy of Vietnam, said Hanoi would "
     "keep balancing between Washington and Beijing.",
     "2025-04-22",
     [P("Nguyen Thanh Hai"), O("Diplomatic Academy of Vietnam", "", "VNM"), C("Hanoi", "VNM"),
      C("Washington", "USA"), C("Beijing", "CHN")],
     ["unseen_person", "expert", "names_southeast_asian", "university", "org_country_inside",
      "capital_as_state"]),
    ("A coast guard spokesman in Manila, Ramon Dela Cruz, said Chinese vessels had fired water "
     "cannon at a Philippine supply boat near Scarborough Shoal.",
     "2024-12-04",
     [G("Manila", "Manila", "PHL"), P("Ramon Dela Cruz"), C("Chinese", "CHN"),
      C("Philippine", "PHL"), G("Scarborough Shoal", "Scarborough Shoal")],
     ["capital_as_place", "unseen_person", "spokesperson", "names_southeast_asian", "demonym",
      "region"]),
    ("Batbayar Ganzorig, a former Mongolian ambassador to Moscow, said Ulaanbaatar's "
     "“third neighbour” policy still guided its ties with Washington and Tokyo.",
     "2025-05-07",
     [P("Batbayar Ganzorig"), C("Mongolian", "MNG"), C("Moscow", "RUS"),
      C("Ulaanbaatar", "MNG"), C("Washington", "USA"), C("Tokyo", "JPN")],
     ["unseen_person", "diplomat", "names_east_asian", "demonym", "capital_as_state",
      "possessive"]),
    ("Polish analyst Katarzyna Wiśniewska of the Polish Institute of International Affairs said "
     "Warsaw would keep pressing for a tougher EU line on Belarus.",
     "2024-11-19",
     [C("Polish", "POL", 1), P("Katarzyna Wiśniewska"),
      O("Polish Institute of International Affairs", "PISM", "POL"), C("Warsaw", "POL"),
      O("EU", "EU"), C("Belarus", "BLR")],
     ["demonym", "unseen_person", "expert", "names_slavic", "think_tank", "org_country_inside",
      "capital_as_state", "igo"]),
    ("Taras Hnatyuk, an adviser to Ukraine's defence minister, said Kyiv expected new "
     "air-defence deliveries from Germany and the Netherlands before winter.",
     "2024-09-17",
     [P("Taras Hnatyuk"), C("Ukraine", "UKR"), C("Kyiv", "UKR"), C("Germany", "DEU"),
      C("Netherlands", "NLD")],
     ["unseen_person", "diplomat", "names_slavic", "possessive", "capital_as_state"]),
    ("By Yekaterina Volkova, Moscow. Russia and China signed more than twenty agreements during "
     "the visit, TASS said.",
     "2024-05-16",
     [P("Yekaterina Volkova"), G("Moscow", "Moscow", "RUS"), C("Russia", "RUS"),
      C("China", "CHN"), O("TASS", "TASS", "RUS")],
     ["byline", "unseen_person", "names_slavic", "capital_as_place", "media"]),
    ("The Ferghana Herald, a small independent weekly, reported that Kyrgyz and Uzbek officials "
     "had agreed to reopen two border crossings in the Ferghana Valley.",
     "2025-04-02",
     [O("Ferghana Herald"), C("Kyrgyz", "KGZ"), C("Uzbek", "UZB"),
      G("Ferghana Valley", "Ferghana Valley")],
     ["media_invented", "name_inside_org", "demonym", "region"]),
    ("Mirlan Asanbekov, editor of the Bishkek-based Tian Shan Observer, said his reporters had "
     "been denied accreditation to the summit.",
     "2024-11-06",
     [P("Mirlan Asanbekov"), G("Bishkek", "Bishkek", "KGZ"), O("Tian Shan Observer", "", "KGZ")],
     ["unseen_person", "journalist", "names_turkic", "capital_as_place", "media_invented",
      "name_inside_org"]),
    ("According to the Caspian Courier, an online outlet in Aktau, Kazakhstan and Azerbaijan "
     "plan to double the capacity of their ferry link across the Caspian Sea.",
     "2025-08-20",
     [O("Caspian Courier", "", "KAZ"), G("Aktau", "Aktau", "KAZ"), C("Kazakhstan", "KAZ"),
      C("Azerbaijan", "AZE"), G("Caspian Sea", "Caspian Sea")],
     ["media_invented", "name_inside_org", "region"]),
    ("Zeynep Arslan, a correspondent for the Istanbul weekly Bosphorus Review, said Turkish and "
     "Iraqi officials had discussed water flows on the Tigris and the Euphrates.",
     "2024-04-23",
     [P("Zeynep Arslan"), G("Istanbul", "Istanbul", "TUR"), O("Bosphorus Review", "", "TUR"),
      C("Turkish", "TUR"), C("Iraqi", "IRQ"), G("Tigris", "Tigris"),
      G("Euphrates", "Euphrates")],
     ["unseen_person", "journalist", "names_turkic", "media_invented", "name_inside_org",
      "demonym", "region"]),
    ("Speaking to Al Jazeera, Egyptian analyst Amr Hamdy said Cairo and Doha would present a "
     "joint proposal to Hamas within days.",
     "2025-07-22",
     [O("Al Jazeera", "Al Jazeera", "QAT"), C("Egyptian", "EGY"), P("Amr Hamdy"),
      C("Cairo", "EGY"), C("Doha", "QAT"), O("Hamas", "Hamas", "PSE")],
     ["media", "demonym", "unseen_person", "expert", "names_arabic", "capital_as_state"]),
    ("Xinhua quoted Chinese Premier Li Qiang as saying that Beijing would open its market "
     "wider to ASEAN members.",
     "2024-10-10",
     [O("Xinhua", "Xinhua", "CHN"), C("Chinese", "CHN"),
      L("Li Qiang", "Li Qiang", "CHN", "prime minister"), C("Beijing", "CHN"),
      O("ASEAN", "ASEAN")],
     ["media", "demonym_title", "leader_full", "head_of_government", "title_excluded",
      "capital_as_state", "igo"]),
    ("Report.az, citing the State Border Service, said Azerbaijani and Iranian border guards "
     "had held a joint meeting in Astara.",
     "2025-02-12",
     [O("Report.az", "Report", "AZE"), O("State Border Service", "", "AZE"),
      C("Azerbaijani", "AZE"), C("Iranian", "IRN"), G("Astara", "Astara", "AZE")],
     ["media", "state_body", "demonym"]),
    ("Leaders of the Eurasian Economic Union gathered in Minsk, where Lukashenko urged the bloc "
     "to cut its dependence on Western payment systems.",
     "2025-06-27",
     [O("Eurasian Economic Union", "EAEU"), G("Minsk", "Minsk", "BLR"),
      L("Lukashenko", "Alexander Lukashenko", "BLR", "president")],
     ["igo", "capital_as_place", "leader_surname"]),
    ("The Organization of Turkic States held an informal summit in Shusha, attended by "
     "Hungarian Prime Minister Viktor Orbán as an observer.",
     "2024-07-06",
     [O("Organization of Turkic States", "OTS"), G("Shusha", "Shusha", "AZE"),
      C("Hungarian", "HUN"), L("Viktor Orbán", "Viktor Orbán", "HUN", "prime minister")],
     ["igo", "demonym_title", "leader_full", "head_of_government", "title_excluded",
      "non_ascii_name"]),
    ("Modi, Putin and Xi were photographed laughing together at the SCO summit in Tianjin.",
     "2025-09-01",
     [L("Modi", "Narendra Modi", "IND", "prime minister"),
      L("Putin", "Vladimir Putin", "RUS", "president"), L("Xi", "Xi Jinping", "CHN", "president"),
      O("SCO", "SCO"), G("Tianjin", "Tianjin", "CHN")],
     ["leader_surname", "head_of_government", "igo"]),
    ("OPEC and its allies agreed to raise output again, with Saudi Arabia and Russia steering "
     "the decision.",
     "2025-07-05",
     [O("OPEC", "OPEC"), C("Saudi Arabia", "SAU"), C("Russia", "RUS")],
     ["igo"]),
    ("The WHO said a team had arrived in Kinshasa to support the response to the outbreak in "
     "the Democratic Republic of the Congo.",
     "2025-09-08",
     [O("WHO", "WHO"), G("Kinshasa", "Kinshasa", "COD"),
      C("Democratic Republic of the Congo", "COD")],
     ["igo", "capital_as_place", "official_name"]),
    ("NATO allies agreed to raise their defence spending target to 5 percent of GDP, although "
     "Spain secured a more flexible arrangement.",
     "2025-06-25",
     [O("NATO", "NATO"), C("Spain", "ESP")],
     ["igo"]),
]

# --- chunk 3: compounds, former states, language uses, leaders of many states by date ---
ITEMS += [
    ("The US-China talks in Geneva produced a 90-day tariff truce, the White House said on "
     "Monday.",
     "2025-05-12",
     [C("US", "USA"), C("China", "CHN"), G("Geneva", "Geneva", "CHE"),
      O("White House", "White House", "USA")],
     ["hyphen_compound", "state_body"]),
    ("Russia–Azerbaijan ties have weathered worse storms, Bayramov told journalists in Baku.",
     "2025-10-14",
     [C("Russia", "RUS"), C("Azerbaijan", "AZE"),
      L("Bayramov", "Jeyhun Bayramov", "AZE", "foreign minister"), G("Baku", "Baku", "AZE")],
     ["hyphen_compound", "foreign_minister", "leader_surname", "capital_as_place"]),
    ("Ukraine, Belarus and Kazakhstan gave up the nuclear arsenals they inherited from the "
     "Soviet Union, recalled Galina Petrenko, a historian at Kyiv University.",
     "2024-12-05",
     [C("Ukraine", "UKR"), C("Belarus", "BLR"), C("Kazakhstan", "KAZ"),
      C("Soviet Union", "SUN"), P("Galina Petrenko"), O("Kyiv University", "Kyiv University", "UKR")],
     ["former_state", "unseen_person", "expert", "names_slavic", "university",
      "name_inside_org"]),
    ("Serbian President Aleksandar Vučić said Belgrade would never forget the 1999 NATO "
     "bombing of Yugoslavia.",
     "2025-03-24",
     [C("Serbian", "SRB"), L("Aleksandar Vučić", "Aleksandar Vučić", "SRB", "president"),
      C("Belgrade", "SRB"), O("NATO", "NATO"), C("Yugoslavia", "YUG")],
     ["former_state", "demonym_title", "leader_full", "title_excluded", "non_ascii_name",
      "capital_as_state", "igo"]),
    ("Tokayev, who switched from Kazakh to Russian midway through his speech in Astana, said "
     "both languages would keep their legal status.",
     "2025-03-15",
     [L("Tokayev", "Kassym-Jomart Tokayev", "KAZ", "president"), G("Astana", "Astana", "KAZ")],
     ["language_use", "leader_surname", "capital_as_place"]),
    ("Latvian authorities have further restricted Russian-language schooling, said Ilze "
     "Kalniņa, a journalist based in Riga.",
     "2024-09-02",
     [C("Latvian", "LVA"), P("Ilze Kalniņa"), G("Riga", "Riga", "LVA")],
     ["language_use", "demonym", "unseen_person", "journalist", "names_european",
      "capital_as_place"]),
    ("Sheinbaum said Mexico would not accept the presence of US troops on its territory under "
     "any circumstances.",
     "2025-03-05",
     [L("Sheinbaum", "Claudia Sheinbaum", "MEX", "president"), C("Mexico", "MEX"), C("US", "USA")],
     ["leader_surname"]),
    ("Macron, Merz and British Prime Minister Keir Starmer travelled to Kyiv together by train "
     "and were joined there by Polish Prime Minister Donald Tusk.",
     "2025-05-10",
     [L("Macron", "Emmanuel Macron", "FRA", "president"),
      L("Merz", "Friedrich Merz", "DEU", "chancellor"), C("British", "GBR"),
      L("Keir Starmer", "Keir Starmer", "GBR", "prime minister"), G("Kyiv", "Kyiv", "UKR"),
      C("Polish", "POL"), L("Donald Tusk", "Donald Tusk", "POL", "prime minister")],
     ["date_dependent", "leader_surname", "leader_full", "demonym_title", "head_of_government",
      "title_excluded", "capital_as_place"]),
    ("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed in "
     "Tokyo to deepen their shuttle diplomacy.",
     "2025-08-23",
     [C("Japanese", "JPN"), L("Shigeru Ishiba", "Shigeru Ishiba", "JPN", "prime minister"),
      C("South Korean", "KOR"), L("Lee Jae-myung", "Lee Jae-myung", "KOR", "president"),
      G("Tokyo", "Tokyo", "JPN")],
     ["demonym_title", "leader_full", "head_of_government", "title_excluded",
      "capital_as_place"]),
    ("Prime Minister Sanae Takaichi hosted Trump in Tokyo only a week after succeeding "
     "Shigeru Ishiba.",
     "2025-10-28",
     [L("Sanae Takaichi", "Sanae Takaichi", "JPN", "prime minister"),
      L("Trump", "Donald Trump", "USA", "president"), G("Tokyo", "Tokyo", "JPN"),
      P("Shigeru Ishiba", "Shigeru Ishiba")],
     ["date_dependent", "former_leader", "leader_full", "leader_surname", "head_of_government",
      "title_excluded", "capital_as_place"]),
    ("Kishida became the first Japanese prime minister to visit Kyiv since the start of the "
     "full-scale war.",
     "2023-03-21",
     [L("Kishida", "Fumio Kishida", "JPN", "prime minister"), C("Japanese", "JPN"),
      G("Kyiv", "Kyiv", "UKR")],
     ["leader_surname", "head_of_government", "demonym", "capital_as_place"]),
    ("Turkish Foreign Minister Hakan Fidan opened the first direct Russian-Ukrainian talks in "
     "three years in Istanbul.",
     "2025-05-16",
     [C("Turkish", "TUR"), L("Hakan Fidan", "Hakan Fidan", "TUR", "foreign minister"),
      C("Russian", "RUS"), C("Ukrainian", "UKR"), G("Istanbul", "Istanbul", "TUR")],
     ["demonym_title", "foreign_minister", "leader_full", "title_excluded", "hyphen_compound",
      "demonym"]),
    ("External Affairs Minister S. Jaishankar met Wang Yi in Beijing, the first visit by "
     "India's top diplomat to China in five years.",
     "2025-07-14",
     [L("S. Jaishankar", "S. Jaishankar", "IND", "foreign minister"),
      L("Wang Yi", "Wang Yi", "CHN", "foreign minister"), G("Beijing", "Beijing", "CHN"),
      C("India", "IND"), C("China", "CHN")],
     ["foreign_minister", "leader_full", "title_excluded", "capital_as_place", "possessive"]),
    ("Araghchi said Tehran would not negotiate under threat after his talks with European "
     "ministers in Geneva.",
     "2025-06-20",
     [L("Araghchi", "Abbas Araghchi", "IRN", "foreign minister"), C("Tehran", "IRN"),
      G("Geneva", "Geneva", "CHE")],
     ["foreign_minister", "leader_surname", "capital_as_state"]),
    ("Ukrainian Foreign Minister Andrii Sybiha urged OSCE members meeting in Malta to hold "
     "Russia accountable.",
     "2024-12-05",
     [C("Ukrainian", "UKR"), L("Andrii Sybiha", "Andrii Sybiha", "UKR", "foreign minister"),
      O("OSCE", "OSCE"), C("Malta", "MLT"), C("Russia", "RUS")],
     ["demonym_title", "foreign_minister", "leader_full", "title_excluded", "igo"]),
    ("Wadephul told the Bundestag that Berlin would keep supplying Kyiv with air-defence "
     "systems.",
     "2025-06-05",
     [L("Wadephul", "Johann Wadephul", "DEU", "foreign minister"),
      O("Bundestag", "Bundestag", "DEU"), C("Berlin", "DEU"), C("Kyiv", "UKR")],
     ["foreign_minister", "leader_surname", "state_body", "capital_as_state"]),
    ("Baerbock said in Kyiv that Germany would deliver another Patriot system this year.",
     "2024-05-21",
     [L("Baerbock", "Annalena Baerbock", "DEU", "foreign minister"), G("Kyiv", "Kyiv", "UKR"),
      C("Germany", "DEU")],
     ["date_dependent", "foreign_minister", "leader_surname", "capital_as_place"]),
    ("Former German foreign minister Annalena Baerbock took office as president of the UN "
     "General Assembly.",
     "2025-09-09",
     [C("German", "DEU"), P("Annalena Baerbock", "Annalena Baerbock"),
      O("UN General Assembly", "UNGA")],
     ["date_dependent", "former_leader", "demonym", "title_excluded", "igo"]),
    ("Biden and Xi met in Lima on the sidelines of APEC, their last meeting before Trump "
     "returns to the White House.",
     "2024-11-16",
     [L("Biden", "Joe Biden", "USA", "president"), L("Xi", "Xi Jinping", "CHN", "president"),
      G("Lima", "Lima", "PER"), O("APEC", "APEC"), P("Trump", "Donald Trump"),
      O("White House", "White House", "USA")],
     ["date_dependent", "former_leader", "leader_surname", "capital_as_place", "igo",
      "state_body"]),
    ("Senator Marco Rubio, Trump's pick for secretary of state, told his confirmation hearing "
     "that China posed the greatest long-term challenge.",
     "2025-01-15",
     [P("Marco Rubio", "Marco Rubio"), P("Trump", "Donald Trump"), C("China", "CHN")],
     ["date_dependent", "title_excluded", "possessive"]),
    ("Carney, who succeeded Justin Trudeau in March, said Canada would seek new trade partners "
     "in Europe and Asia.",
     "2025-04-05",
     [L("Carney", "Mark Carney", "CAN", "prime minister"), P("Justin Trudeau", "Justin Trudeau"),
      C("Canada", "CAN"), G("Europe", "Europe"), G("Asia", "Asia")],
     ["date_dependent", "former_leader", "leader_surname", "head_of_government", "region"]),
    ("Starmer hosted the European Political Community summit at Blenheim Palace, two weeks "
     "after replacing Rishi Sunak.",
     "2024-07-18",
     [L("Starmer", "Keir Starmer", "GBR", "prime minister"),
      O("European Political Community", "European Political Community"),
      G("Blenheim Palace", "Blenheim Palace", "GBR"), P("Rishi Sunak", "Rishi Sunak")],
     ["date_dependent", "former_leader", "leader_surname", "head_of_government", "igo"]),
    ("North Korea's Kim Jong Un watched the test of a new strategic cruise missile, KCNA "
     "reported.",
     "2025-01-26",
     [C("North Korea", "PRK"), L("Kim Jong Un", "Kim Jong Un", "PRK", "supreme leader"),
      O("KCNA", "KCNA", "PRK")],
     ["leader_full", "possessive", "media"]),
    ("Choe Son Hui, the DPRK's foreign minister, held talks with Lavrov in Moscow.",
     "2024-11-01",
     [L("Choe Son Hui", "Choe Son Hui", "PRK", "foreign minister"), C("DPRK", "PRK"),
      L("Lavrov", "Sergey Lavrov", "RUS", "foreign minister"), G("Moscow", "Moscow", "RUS")],
     ["foreign_minister", "leader_full", "leader_surname", "official_name", "possessive",
      "capital_as_place"]),
    ("Israeli Foreign Minister Gideon Sa'ar told his Hungarian counterpart Péter Szijjártó that "
     "Israel valued Budapest's support.",
     "2025-04-03",
     [C("Israeli", "ISR"), L("Gideon Sa'ar", "Gideon Sa'ar", "ISR", "foreign minister"),
      C("Hungarian", "HUN"), L("Péter Szijjártó", "Péter Szijjártó", "HUN", "foreign minister"),
      C("Israel", "ISR"), C("Budapest", "HUN")],
     ["demonym_title", "foreign_minister", "leader_full", "title_excluded", "non_ascii_name",
      "capital_as_state", "possessive", "demonym"]),
    ("Pezeshkian and Erdogan spoke by phone about Syria days after the fall of Bashar "
     "al-Assad.",
     "2024-12-12",
     [L("Pezeshkian", "Masoud Pezeshkian", "IRN", "president"),
      L("Erdogan", "Recep Tayyip Erdoğan", "TUR", "president"), C("Syria", "SYR"),
      P("Bashar al-Assad", "Bashar al-Assad")],
     ["leader_surname", "non_ascii_name", "date_dependent", "former_leader"]),
    ("Syrian President Ahmed al-Sharaa met Saudi Crown Prince Mohammed bin Salman in Riyadh on "
     "his first trip abroad since taking office.",
     "2025-02-02",
     [C("Syrian", "SYR"), L("Ahmed al-Sharaa", "Ahmed al-Sharaa", "SYR", "president"),
      C("Saudi", "SAU"), L("Mohammed bin Salman", "Mohammed bin Salman", "SAU", "prime minister"),
      G("Riyadh", "Riyadh", "SAU")],
     ["demonym_title", "leader_full", "title_excluded", "capital_as_place",
      "head_of_government"]),
    ("Emir Tamim bin Hamad Al Thani received Araghchi in Doha to discuss regional security.",
     "2025-06-26",
     [L("Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "QAT", "emir"),
      L("Araghchi", "Abbas Araghchi", "IRN", "foreign minister"), G("Doha", "Doha", "QAT")],
     ["leader_full", "leader_surname", "title_excluded", "foreign_minister",
      "capital_as_place"]),
    ("Egyptian President Abdel Fattah el-Sisi hosted an emergency Arab League summit in Cairo "
     "on the reconstruction of Gaza.",
     "2025-03-04",
     [C("Egyptian", "EGY"), L("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "EGY", "president"),
      O("Arab League", "Arab League"), G("Cairo", "Cairo", "EGY"), G("Gaza", "Gaza Strip", "PSE")],
     ["demonym_title", "leader_full", "title_excluded", "igo", "capital_as_place", "region"]),
    ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed security "
     "in the Horn of Africa at the AU summit in Addis Ababa.",
     "2025-02-15",
     [C("Kenyan", "KEN"), L("William Ruto", "William Ruto", "KEN", "president"),
      C("Ethiopian", "ETH"), L("Abiy Ahmed", "Abiy Ahmed", "ETH", "prime minister"),
      G("Horn of Africa", "Horn of Africa"), O("AU", "AU"),
      G("Addis Ababa", "Addis Ababa", "ETH")],
     ["demonym_title", "leader_full", "head_of_government", "title_excluded", "region", "igo",
      "capital_as_place"]),
    ("Tinubu was re-elected chair of ECOWAS at the bloc's summit in Abuja.",
     "2024-07-07",
     [L("Tinubu", "Bola Tinubu", "NGA", "president"), O("ECOWAS", "ECOWAS"),
      G("Abuja", "Abuja", "NGA")],
     ["leader_surname", "igo", "capital_as_place"]),
    ("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the border "
     "treaty in Bishkek.",
     "2025-03-13",
     [C("Kyrgyz", "KGZ"), L("Sadyr Japarov", "Sadyr Japarov", "KGZ", "president"),
      C("Tajik", "TJK"), L("Emomali Rahmon", "Emomali Rahmon", "TJK", "president"),
      G("Bishkek", "Bishkek", "KGZ")],
     ["demonym_title", "leader_full", "title_excluded", "capital_as_place"]),
    ("President Serdar Berdimuhamedow and his father Gurbanguly Berdimuhamedow, chairman of the "
     "Halk Maslahaty, attended the launch of the new gas field.",
     "2024-09-10",
     [L("Serdar Berdimuhamedow", "Serdar Berdimuhamedow", "TKM", "president"),
      P("Gurbanguly Berdimuhamedow", "Gurbanguly Berdimuhamedow"),
      O("Halk Maslahaty", "", "TKM")],
     ["same_surname", "date_dependent", "former_leader", "leader_full", "title_excluded",
      "state_body"]),
    ("Georgian Prime Minister Irakli Kobakhidze said Tbilisi would not put EU accession talks "
     "on the agenda until 2028.",
     "2024-11-28",
     [C("Georgian", "GEO"), L("Irakli Kobakhidze", "Irakli Kobakhidze", "GEO", "prime minister"),
      C("Tbilisi", "GEO"), O("EU", "EU")],
     ["demonym_title", "leader_full", "head_of_government", "title_excluded",
      "capital_as_state", "igo"]),
    ("Armenia's Foreign Ministry spokesperson, Lilit Harutyunyan, said Yerevan had handed Baku "
     "its comments on the draft peace treaty.",
     "2024-08-01",
     [C("Armenia", "ARM"), O("Foreign Ministry", "", "ARM"), P("Lilit Harutyunyan"),
      C("Yerevan", "ARM"), C("Baku", "AZE")],
     ["ministry", "possessive", "unseen_person", "spokesperson", "names_caucasian",
      "capital_as_state"]),
    ("Moldovan President Maia Sandu accused Moscow of trying to buy votes ahead of the EU "
     "referendum.",
     "2024-10-21",
     [C("Moldovan", "MDA"), L("Maia Sandu", "Maia Sandu", "MDA", "president"),
      C("Moscow", "RUS"), O("EU", "EU")],
     ["demonym_title", "leader_full", "title_excluded", "capital_as_state", "igo"]),
    ("UAE President Mohamed bin Zayed Al Nahyan welcomed Putin in Abu Dhabi with a flypast "
     "in the colours of the Russian flag.",
     "2023-12-06",
     [C("UAE", "ARE"),
      L("Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed Al Nahyan", "ARE", "president"),
      L("Putin", "Vladimir Putin", "RUS", "president"), G("Abu Dhabi", "Abu Dhabi", "ARE"),
      C("Russian", "RUS")],
     ["official_name", "leader_full", "leader_surname", "title_excluded", "capital_as_place",
      "demonym"]),
    ("Venezuelan President Nicolás Maduro accused Washington of preparing a military "
     "intervention after US warships were deployed to the Caribbean.",
     "2025-09-02",
     [C("Venezuelan", "VEN"), L("Nicolás Maduro", "Nicolás Maduro", "VEN", "president"),
      C("Washington", "USA"), C("US", "USA"), G("Caribbean", "Caribbean")],
     ["demonym_title", "leader_full", "title_excluded", "non_ascii_name", "capital_as_state",
      "region"]),
    ("Fatima Zahra Benali, a researcher at Mohammed V University in Rabat, said Morocco and "
     "Algeria had not exchanged ambassadors since 2021.",
     "2025-01-14",
     [P("Fatima Zahra Benali"), O("Mohammed V University", "", "MAR"), G("Rabat", "Rabat", "MAR"),
      C("Morocco", "MAR"), C("Algeria", "DZA")],
     ["unseen_person", "expert", "names_arabic", "university", "name_inside_org",
      "capital_as_place"]),
    ("By Zhang Meiling. Chinese and Russian warships began joint drills in the Sea of Japan, "
     "the Chinese Defence Ministry said.",
     "2024-07-15",
     [P("Zhang Meiling"), C("Chinese", "CHN", 1), C("Russian", "RUS"),
      G("Sea of Japan", "Sea of Japan"), C("Chinese", "CHN", 2),
      O("Defence Ministry", "", "CHN")],
     ["byline", "unseen_person", "names_east_asian", "demonym", "region", "ministry"]),
    ("Foreign Ministry spokesman Mehdi Karimzadeh said Tehran had received the message "
     "through Omani mediators.",
     "2025-03-20",
     [O("Foreign Ministry", "", "IRN"), P("Mehdi Karimzadeh"), C("Tehran", "IRN"),
      C("Omani", "OMN")],
     ["ministry", "unseen_person", "spokesperson", "names_persian", "title_excluded",
      "capital_as_state", "demonym"]),
    ("Amina Diallo, a political scientist at Cheikh Anta Diop University in Dakar, said the "
     "Alliance of Sahel States would struggle to replace ECOWAS.",
     "2025-02-20",
     [P("Amina Diallo"), O("Cheikh Anta Diop University", "", "SEN"), G("Dakar", "Dakar", "SEN"),
      O("Alliance of Sahel States", "Alliance of Sahel States"), O("ECOWAS", "ECOWAS")],
     ["unseen_person", "expert", "names_african", "university", "name_inside_org",
      "capital_as_place", "igo"]),
]

# --- chunk 4: roles by date, same-surname traps, names inside ORGs, more media and IGOs --
ITEMS += [
    ("President Dmitry Medvedev hosted Ilham Aliyev and Serzh Sargsyan in Sochi, while Prime "
     "Minister Vladimir Putin chaired a government meeting in Moscow.",
     "2010-01-25",
     [L("Dmitry Medvedev", "Dmitry Medvedev", "RUS", "president"),
      L("Ilham Aliyev", "Ilham Aliyev", "AZE", "president"),
      L("Serzh Sargsyan", "Serzh Sargsyan", "ARM", "president"), G("Sochi", "Sochi", "RUS"),
      L("Vladimir Putin", "Vladimir Putin", "RUS", "prime minister"),
      G("Moscow", "Moscow", "RUS")],
     ["date_dependent", "leader_full", "head_of_government", "title_excluded"]),
    ("Dmitry Medvedev, deputy chairman of Russia's Security Council, said the new sanctions "
     "would only harden Moscow's position.",
     "2024-06-14",
     [P("Dmitry Medvedev", "Dmitry Medvedev"), C("Russia", "RUS"),
      O("Security Council", "", "RUS"), C("Moscow", "RUS")],
     ["date_dependent", "former_leader", "possessive", "state_body", "capital_as_state"]),
    ("Prime Minister Recep Tayyip Erdoğan welcomed President Dmitry Medvedev to Ankara, where "
     "the two signed an agreement on visa-free travel.",
     "2010-05-12",
     [L("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "TUR", "prime minister"),
      L("Dmitry Medvedev", "Dmitry Medvedev", "RUS", "president"), G("Ankara", "Ankara", "TUR")],
     ["date_dependent", "leader_full", "head_of_government", "title_excluded",
      "non_ascii_name", "capital_as_place"]),
    ("Prime Minister Ilham Aliyev chaired a cabinet meeting in Baku while his father, President "
     "Heydar Aliyev, remained in hospital in the United States.",
     "2003-09-15",
     [L("Ilham Aliyev", "Ilham Aliyev", "AZE", "prime minister"), G("Baku", "Baku", "AZE"),
      L("Heydar Aliyev", "Heydar Aliyev", "AZE", "president"), C("United States", "USA")],
     ["same_surname", "date_dependent", "leader_full", "head_of_government", "title_excluded",
      "capital_as_place"]),
    ("The Heydar Aliyev Foundation has funded the restoration of a mosque in Shusha, the "
     "charity said on Monday.",
     "2023-05-08",
     [O("Heydar Aliyev Foundation", "Heydar Aliyev Foundation", "AZE"),
      G("Shusha", "Shusha", "AZE")],
     ["name_inside_org", "same_surname", "think_tank"]),
    ("Rauf Aliyev, a Baku-based economist who is not related to the head of state, said "
     "President Aliyev's decree on state procurement was long overdue.",
     "2025-04-16",
     [P("Rauf Aliyev"), G("Baku", "Baku", "AZE"),
      L("Aliyev", "Ilham Aliyev", "AZE", "president", 2)],
     ["same_surname", "unseen_person", "expert", "names_turkic", "leader_surname",
      "title_excluded", "possessive", "capital_as_place"]),
    ("South Korean Prime Minister Kim Min-seok said Seoul hoped to resume dialogue with "
     "Pyongyang, according to his spokeswoman, Kim Hye-jin.",
     "2025-09-18",
     [C("South Korean", "KOR"), L("Kim Min-seok", "Kim Min-seok", "KOR", "prime minister"),
      C("Seoul", "KOR"), C("Pyongyang", "PRK"), P("Kim Hye-jin")],
     ["same_surname", "demonym_title", "leader_full", "head_of_government", "title_excluded",
      "capital_as_state", "unseen_person", "spokesperson", "names_east_asian"]),
    ("Wang Lei, a spokesman for the Chinese embassy in Moscow, said Wang Yi would visit Russia "
     "early next week.",
     "2025-03-27",
     [P("Wang Lei"), C("Chinese", "CHN"), G("Moscow", "Moscow", "RUS"),
      L("Wang Yi", "Wang Yi", "CHN", "foreign minister"), C("Russia", "RUS")],
     ["same_surname", "unseen_person", "spokesperson", "names_east_asian", "demonym",
      "capital_as_place", "foreign_minister", "leader_full"]),
    ("Park Soo-ah, a researcher at the Asan Institute for Policy Studies in Seoul, said Seoul "
     "and Tokyo would keep coordinating closely on North Korea.",
     "2025-09-30",
     [P("Park Soo-ah"), O("Asan Institute for Policy Studies", "", "KOR"),
      G("Seoul", "Seoul", "KOR", 1), C("Seoul", "KOR", 2), C("Tokyo", "JPN"),
      C("North Korea", "PRK")],
     ["unseen_person", "expert", "names_east_asian", "think_tank", "capital_as_place",
      "capital_as_state"]),
    ("The UN Security Council endorsed the Gaza ceasefire plan, with Russia and China "
     "abstaining.",
     "2025-11-17",
     [O("UN Security Council", "UNSC"), G("Gaza", "Gaza Strip", "PSE"), C("Russia", "RUS"),
      C("China", "CHN")],
     ["igo", "region"]),
    ("Leaders of the CIS met in Dushanbe for their annual summit, with Tajikistan holding the "
     "rotating chairmanship.",
     "2025-10-10",
     [O("CIS", "CIS"), G("Dushanbe", "Dushanbe", "TJK"), C("Tajikistan", "TJK")],
     ["igo", "capital_as_place"]),
    ("G7 leaders gathered in Kananaskis, Alberta, where Carney hosted his first summit.",
     "2025-06-16",
     [O("G7", "G7"), G("Kananaskis", "Kananaskis", "CAN"), G("Alberta", "Alberta", "CAN"),
      L("Carney", "Mark Carney", "CAN", "prime minister")],
     ["igo", "region", "leader_surname", "head_of_government"]),
    ("IAEA inspectors left the country after Tehran suspended cooperation, said Farhad "
     "Rostami, a spokesman for the Atomic Energy Organization of Iran.",
     "2025-07-04",
     [O("IAEA", "IAEA"), C("Tehran", "IRN"), P("Farhad Rostami"),
      O("Atomic Energy Organization", "AEOI", "IRN"), C("Iran", "IRN")],
     ["igo", "capital_as_state", "unseen_person", "spokesperson", "names_persian",
      "ministry"]),
    ("Kazakhstan's Ministry of Transport published its preliminary report on the AZAL crash "
     "near Aktau, as required under ICAO rules.",
     "2025-02-04",
     [C("Kazakhstan", "KAZ"), O("Ministry of Transport", "", "KAZ"), O("AZAL", "AZAL", "AZE"),
      G("Aktau", "Aktau", "KAZ"), O("ICAO", "ICAO")],
     ["ministry", "possessive", "company", "igo"]),
    ("Caliber.Az correspondent Elnur Mammadli reports from Moscow that the Kremlin has "
     "welcomed the resumption of contacts.",
     "2025-10-13",
     [O("Caliber.Az", "Caliber.Az", "AZE"), P("Elnur Mammadli"), G("Moscow", "Moscow", "RUS"),
      O("Kremlin", "Kremlin", "RUS")],
     ["media", "unseen_person", "journalist", "names_turkic", "title_excluded",
      "capital_as_place", "state_body"]),
    ("Reuters and the Associated Press reported that Ukrainian drones had struck an oil "
     "refinery in the Saratov region.",
     "2025-09-21",
     [O("Reuters", "Reuters", "GBR"), O("Associated Press", "AP", "USA"), C("Ukrainian", "UKR"),
      G("Saratov region", "Saratov Oblast", "RUS")],
     ["media", "demonym", "region"]),
    ("Anadolu Agency reported that Fidan would travel to Damascus for talks with Syria's new "
     "authorities.",
     "2024-12-22",
     [O("Anadolu Agency", "Anadolu Agency", "TUR"),
      L("Fidan", "Hakan Fidan", "TUR", "foreign minister"), G("Damascus", "Damascus", "SYR"),
      C("Syria", "SYR")],
     ["media", "leader_surname", "foreign_minister", "capital_as_place", "possessive"]),
    ("SOCAR and Kazakhstan's KazMunayGas agreed to study new oil export routes, the two "
     "companies said.",
     "2024-06-20",
     [O("SOCAR", "SOCAR", "AZE"), C("Kazakhstan", "KAZ"),
      O("KazMunayGas", "KazMunayGas", "KAZ")],
     ["company", "possessive"]),
    ("Chatham House fellow Eleanor Whitfield said London's sanctions on Russian oil traders "
     "were beginning to bite.",
     "2025-02-24",
     [O("Chatham House", "Chatham House", "GBR"), P("Eleanor Whitfield"), C("London", "GBR"),
      C("Russian", "RUS")],
     ["think_tank", "unseen_person", "expert", "names_european", "title_excluded",
      "capital_as_state", "possessive", "demonym"]),
    ("Colombian analyst Andrés Felipe Zuluaga said Bogotá and Caracas had reopened all their "
     "border crossings for the first time in seven years.",
     "2023-01-02",
     [C("Colombian", "COL"), P("Andrés Felipe Zuluaga"), C("Bogotá", "COL"),
      C("Caracas", "VEN")],
     ["demonym", "unseen_person", "expert", "names_hispanic", "capital_as_state"]),
    ("Sri Lankan economist Nirmala Perera said Colombo was trying to balance Indian and "
     "Chinese investment in its ports.",
     "2025-01-20",
     [C("Sri Lankan", "LKA"), P("Nirmala Perera"), C("Colombo", "LKA"), C("Indian", "IND"),
      C("Chinese", "CHN")],
     ["demonym", "unseen_person", "expert", "names_south_asian", "capital_as_state"]),
    ("Farhana Chowdhury, a Bangladeshi diplomat posted in New Delhi, said Dhaka wanted to "
     "renew the Ganges water-sharing arrangement before it expires.",
     "2025-04-10",
     [P("Farhana Chowdhury"), C("Bangladeshi", "BGD"), G("New Delhi", "New Delhi", "IND"),
      C("Dhaka", "BGD"), G("Ganges", "Ganges")],
     ["unseen_person", "diplomat", "names_south_asian", "demonym", "capital_as_place",
      "capital_as_state", "region"]),
    ("Noa Peretz, a researcher at Tel Aviv University, said Israel and the UAE had kept their "
     "trade ties alive throughout the war.",
     "2025-01-28",
     [P("Noa Peretz"), O("Tel Aviv University", "", "ISR"), C("Israel", "ISR"),
      C("UAE", "ARE")],
     ["unseen_person", "expert", "names_hebrew", "university", "name_inside_org",
      "official_name"]),
    ("Kwame Mensah Asante, a Ghanaian diplomat at the AU Commission in Addis Ababa, said "
     "mediation between Kinshasa and Kigali had entered a decisive phase.",
     "2025-06-11",
     [P("Kwame Mensah Asante"), C("Ghanaian", "GHA"), O("AU Commission"),
      G("Addis Ababa", "Addis Ababa", "ETH"), C("Kinshasa", "COD"), C("Kigali", "RWA")],
     ["unseen_person", "diplomat", "names_african", "demonym", "igo", "capital_as_place",
      "capital_as_state"]),
    ("Erdogan told reporters on his flight back from Khankendi that Ankara supported the peace "
     "process between Azerbaijan and Armenia.",
     "2025-07-04",
     [L("Erdogan", "Recep Tayyip Erdoğan", "TUR", "president"),
      G("Khankendi", "Khankendi", "AZE"),
      C("Ankara", "TUR"), C("Azerbaijan", "AZE"), C("Armenia", "ARM")],
     ["leader_surname", "non_ascii_name", "capital_as_place", "capital_as_state"]),
    ("On his first visit to Baku as president, Pezeshkian told Aliyev that Tehran welcomed "
     "the new transport links in the South Caucasus.",
     "2025-04-28",
     [G("Baku", "Baku", "AZE"), L("Pezeshkian", "Masoud Pezeshkian", "IRN", "president"),
      L("Aliyev", "Ilham Aliyev", "AZE", "president"), C("Tehran", "IRN"),
      G("South Caucasus", "South Caucasus")],
     ["capital_as_place", "leader_surname", "capital_as_state", "region"]),
    ("Supreme Leader Ali Khamenei warned Washington against any attack, days before "
     "Araghchi was due to meet an American envoy in Muscat.",
     "2025-04-08",
     [L("Ali Khamenei", "Ali Khamenei", "IRN", "supreme leader"), C("Washington", "USA"),
      L("Araghchi", "Abbas Araghchi", "IRN", "foreign minister"), C("American", "USA"),
      G("Muscat", "Muscat", "OMN")],
     ["leader_full", "leader_surname", "title_excluded", "capital_as_state", "foreign_minister",
      "demonym", "capital_as_place"]),
    ("Albanese and New Zealand Prime Minister Christopher Luxon held their annual talks and "
     "agreed to coordinate more closely on regional security.",
     "2025-08-09",
     [L("Albanese", "Anthony Albanese", "AUS", "prime minister"), C("New Zealand", "NZL"),
      L("Christopher Luxon", "Christopher Luxon", "NZL", "prime minister")],
     ["leader_surname", "leader_full", "head_of_government", "title_excluded"]),
    ("Lula attended the China-CELAC forum in Beijing and held talks with Xi on trade and "
     "investment.",
     "2025-05-13",
     [L("Lula", "Luiz Inácio Lula da Silva", "BRA", "president"), C("China", "CHN"),
      O("CELAC", "CELAC"), G("Beijing", "Beijing", "CHN"),
      L("Xi", "Xi Jinping", "CHN", "president")],
     ["leader_surname", "hyphen_compound", "igo", "capital_as_place"]),
    ("Milei was the first foreign leader to meet President-elect Trump in Florida after the "
     "US election.",
     "2024-11-14",
     [L("Milei", "Javier Milei", "ARG", "president"), P("Trump", "Donald Trump"),
      G("Florida", "Florida", "USA"), C("US", "USA")],
     ["date_dependent", "former_leader", "leader_surname", "title_excluded", "region"]),
    ("Ramaphosa met Trump at the White House in an effort to reset relations between Pretoria "
     "and Washington.",
     "2025-05-21",
     [L("Ramaphosa", "Cyril Ramaphosa", "ZAF", "president"),
      L("Trump", "Donald Trump", "USA", "president"), O("White House", "White House", "USA"),
      C("Pretoria", "ZAF"), C("Washington", "USA")],
     ["leader_surname", "date_dependent", "state_body", "capital_as_state"]),
    ("Modi travelled to Moscow for an informal dinner with Putin at his residence outside "
     "the capital.",
     "2024-07-08",
     [L("Modi", "Narendra Modi", "IND", "prime minister"), G("Moscow", "Moscow", "RUS"),
      L("Putin", "Vladimir Putin", "RUS", "president")],
     ["leader_surname", "head_of_government", "capital_as_place"]),
    ("Soviet troops completed their withdrawal from Afghanistan in February 1989, recalled "
     "Sergei Belyakov, a military historian in Volgograd.",
     "2024-02-15",
     [C("Soviet", "SUN"), C("Afghanistan", "AFG"), P("Sergei Belyakov"),
      G("Volgograd", "Volgograd", "RUS")],
     ["former_state", "demonym", "unseen_person", "expert", "names_slavic"]),
    ("Former chancellor Angela Merkel, who grew up in East Germany, presented her memoirs in "
     "Berlin.",
     "2024-11-26",
     [P("Angela Merkel", "Angela Merkel"), C("East Germany", "DDR"), G("Berlin", "Berlin", "DEU")],
     ["former_state", "former_leader", "date_dependent", "title_excluded",
      "capital_as_place"]),
    ("Taiwan's Ministry of Foreign Affairs said Chinese military aircraft had crossed the "
     "median line of the Taiwan Strait.",
     "2025-04-01",
     [C("Taiwan", "TWN", 1), O("Ministry of Foreign Affairs", "", "TWN"), C("Chinese", "CHN"),
      G("Taiwan Strait", "Taiwan Strait")],
     ["ministry", "possessive", "demonym", "region"]),
    ("Officials from Kosovo and Serbia met in Brussels under EU mediation but made no "
     "progress, Prime Minister Albin Kurti said.",
     "2023-09-14",
     [C("Kosovo", "XKX"), C("Serbia", "SRB"), G("Brussels", "Brussels", "BEL"), O("EU", "EU"),
      L("Albin Kurti", "Albin Kurti", "XKX", "prime minister")],
     ["capital_as_place", "igo", "leader_full", "head_of_government", "title_excluded"]),
]

# --- chunk 5: alternate forms (U.S., UK, Lukashenka, Mr.), compounds, more bylines -------
ITEMS += [
    ("The EAEU's executive body, the Eurasian Economic Commission, said trade between member "
     "states had grown by 7 percent last year.",
     "2025-02-14",
     [O("EAEU", "EAEU"), O("Eurasian Economic Commission", "Eurasian Economic Commission")],
     ["igo", "possessive"]),
    ("U.S. Secretary of State Marco Rubio and UK Foreign Secretary David Lammy discussed "
     "Ukraine by phone, the State Department said.",
     "2025-03-05",
     [C("U.S.", "USA"), L("Marco Rubio", "Marco Rubio", "USA", "foreign minister"),
      C("UK", "GBR"), L("David Lammy", "David Lammy", "GBR", "foreign minister"),
      C("Ukraine", "UKR"), O("State Department", "State Department", "USA")],
     ["official_name", "foreign_minister", "leader_full", "title_excluded", "state_body"]),
    ("Preparations for a Xi-Putin meeting in Moscow are well under way, Kremlin aide Yuri "
     "Sorokin told reporters.",
     "2025-04-30",
     [L("Xi", "Xi Jinping", "CHN", "president"), L("Putin", "Vladimir Putin", "RUS", "president"),
      G("Moscow", "Moscow", "RUS"), O("Kremlin", "Kremlin", "RUS"), P("Yuri Sorokin")],
     ["hyphen_compound", "leader_surname", "capital_as_place", "state_body", "unseen_person",
      "diplomat", "names_slavic"]),
    ("Artyom Zaitsev, a pro-Kremlin military blogger, accused Baku of turning its back on "
     "its northern neighbour.",
     "2025-07-02",
     [P("Artyom Zaitsev"), O("Kremlin", "Kremlin", "RUS"), C("Baku", "AZE")],
     ["unseen_person", "journalist", "names_slavic", "hyphen_compound", "state_body",
      "capital_as_state"]),
    ("Lithuanian officials accused the Lukashenka government of sending smuggling balloons "
     "across the border, forcing the closure of Vilnius airport.",
     "2025-10-27",
     [C("Lithuanian", "LTU"), L("Lukashenka", "Alexander Lukashenko", "BLR", "president"),
      G("Vilnius", "Vilnius", "LTU")],
     ["demonym", "leader_surname", "non_ascii_name", "capital_as_place"]),
    ("Mr. Aliyev told foreign diplomats in Baku that Azerbaijan would continue its balanced "
     "foreign policy.",
     "2025-03-13",
     [L("Aliyev", "Ilham Aliyev", "AZE", "president"), G("Baku", "Baku", "AZE"),
      C("Azerbaijan", "AZE")],
     ["title_excluded", "leader_surname", "capital_as_place"]),
    ("By Youssef El-Khatib in Beirut. Lebanese President Joseph Aoun said the army would "
     "extend its deployment south of the Litani River.",
     "2025-08-07",
     [P("Youssef El-Khatib"), G("Beirut", "Beirut", "LBN"), C("Lebanese", "LBN"),
      L("Joseph Aoun", "Joseph Aoun", "LBN", "president"),
      G("Litani River", "Litani River", "LBN")],
     ["byline", "unseen_person", "names_arabic", "capital_as_place", "demonym_title",
      "leader_full", "title_excluded", "region"]),
    ("Valentina Soto Araya, Chile's ambassador in Canberra, said Santiago wanted to expand "
     "lithium cooperation with Australia.",
     "2025-05-29",
     [P("Valentina Soto Araya"), C("Chile", "CHL"), G("Canberra", "Canberra", "AUS"),
      C("Santiago", "CHL"), C("Australia", "AUS")],
     ["unseen_person", "diplomat", "names_hispanic", "possessive", "capital_as_place",
      "capital_as_state"]),
    ("Neema Mwakyusa, writing for the Dar es Salaam weekly Coastal Ledger, said the EAC summit "
     "in Arusha had ended without agreement on eastern Congo.",
     "2025-02-09",
     [P("Neema Mwakyusa"), G("Dar es Salaam", "Dar es Salaam", "TZA"),
      O("Coastal Ledger", "", "TZA"), O("EAC", "EAC"), G("Arusha", "Arusha", "TZA"),
      C("Congo", "COD")],
     ["unseen_person", "journalist", "names_african", "media_invented", "igo"]),
]

# --- end of items ---


# ---------------------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------------------


def build_item(idx, item, nlp, leaders, orgs, iso3, places, warnings):
    if len(item) != 4:
        raise ItemError("item must be (text, date, spans, tags)")
    text, date, spans, tags = item
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ItemError(f"bad date {date!r}")
    doc = nlp.make_doc(text)
    starts, ends = token_bounds(doc)
    out = []
    for sp in spans:
        surface, label, kb = sp[0], sp[1], sp[2]
        attrs, n = {}, None
        for extra in sp[3:]:
            if isinstance(extra, dict):
                attrs = extra
            elif isinstance(extra, int):
                n = extra
            else:
                raise ItemError(f"bad span element {extra!r} in {sp!r}")
        if label not in LABELS:
            raise ItemError(f"unknown label {label!r}")
        start, end = locate_span(doc, surface, n, starts, ends)
        check_explicit_span(idx, surface, label, kb, attrs, date, iso3, leaders, orgs, warnings)
        if label == "LOC" and places and kb not in places:
            warnings.append(f"item {idx}: LOC kb {kb!r} not in cities/regions tables")
        out.append(span_row(start, end, label, kb, attrs))
    # no overlaps; completeness: every token-aligned occurrence of a labelled surface is covered
    sort_and_check_spans(text, out, starts, ends)
    bad = [t for t in tags if t not in TAGS]
    if bad:
        raise ItemError(f"unknown tags {bad}")
    if len(set(tags)) != len(tags):
        raise ItemError("duplicate tags")
    return {"text": text, "date": date, "spans": out, "tags": list(tags)}


LINT_SKIP = LINT_SKIP_BASE | {"Chancellor"}


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    lint_capitalised(rows, nlp, LINT_SKIP)


def build(warnings):
    import spacy

    nlp = spacy.blank("en")
    leaders, orgs, iso3, places = load_leaders(), load_orgs(), load_iso3(), load_place_names()
    rows, errors = build_rows(
        ITEMS, lambda i, item: build_item(i, item, nlp, leaders, orgs, iso3, places, warnings),
        "act-")
    if not errors:
        errors.extend(global_checks(rows))
    return rows, errors, nlp


MIN_ITEMS = 140
MIN_UNSEEN = 40


def global_checks(rows):
    out = []
    tags = collections.Counter(t for r in rows for t in r["tags"])
    labels = collections.Counter(sp["label"] for r in rows for sp in r["spans"])
    if len(rows) < MIN_ITEMS:
        out.append(f"only {len(rows)} items (minimum {MIN_ITEMS})")
    if tags["unseen_person"] < MIN_UNSEEN:
        out.append(f"only {tags['unseen_person']} unseen_person items (minimum {MIN_UNSEEN})")
    out.extend(f"tag {t!r} is never used" for t in TAGS if not tags[t])
    out.extend(f"label {lab} is never used" for lab in LABELS if not labels[lab])
    return out


def summary(rows):
    labels = collections.Counter(sp["label"] for r in rows for sp in r["spans"])
    tags = collections.Counter(t for r in rows for t in r["tags"])
    print(f"items: {len(rows)}  spans: {sum(labels.values())}")
    print("labels: " + ", ".join(f"{k} {labels[k]}" for k in LABELS))
    print("tags:   " + ", ".join(f"{k} {tags[k]}" for k in TAGS))


def main(argv=None) -> int:
    return generator_main(argv, __doc__, OUT, build, summary, lint)


if __name__ == "__main__":
    sys.exit(main())
