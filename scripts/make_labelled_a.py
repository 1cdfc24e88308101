#!/usr/bin/env python
"""Build part A of the labelled training corpus (entities + tone of one dyad per item).

Writes ``corpus/labelled/part_a.jsonl`` from the items below and validates them.
All items were written from scratch for relations_nlp: news-style English on international
relations, 1-2 sentences each. They are **not real news reports**. Heads of state/government
and foreign ministers are real and in office on the item's date (checked against
``scripts/sources/leaders/*.jsonl``; rows marked ``unsure`` are never used); their
statements are neutral paraphrase. **All other persons, all quotations and the
organisations marked "unseen" are invented** (officials, diplomats, analysts, journalists,
NGOs, think tanks, outlets, companies, committees, agencies); any resemblance to a real
person or body of the same name is accidental. Real IGOs and state bodies come from
``scripts/sources/orgs.jsonl``.

Run from anywhere::

    python scripts/make_labelled_a.py            # validate + write
    python scripts/make_labelled_a.py --check    # validate + fail if the file is stale
    python scripts/make_labelled_a.py --lint     # also list capitalised tokens outside spans

Item format (readable Python data, one tuple per item)::

    (text, date, spans, dyad, tone)

* ``spans``: tuples ``(surface, label, kb_id, extra, n)`` built by the shorthands below.
  ``kb_id`` may be ``None`` = "resolve from the project's tables at build time" (COUNTRY from
  ``countries.jsonl`` names/demonyms/capitals, LEADER from the leader rows in office on the
  date, ORG from ``orgs.jsonl``, LOC from ``regions.jsonl``/``cities.jsonl``); resolution
  must be unique or the build fails. ``extra`` is a dict (``country``, ``role``, ``unseen``)
  or None; ``n`` (1-based) picks the n-th token-aligned occurrence of ``surface`` and is
  required when the surface occurs more than once (also inside a longer span).
* ``dyad``: ``"AAA|BBB"`` (sorted ISO3 codes) or None; ``tone``: ``POS``/``NEG``/``NEU``
  or None (both or neither). Tone rules: ``corpus/eval/README.md`` (relation tone section).
* every entity of the text is labelled, following ``docs/annotation.md``.

Output, one JSON object per line (fits ``relations-nlp convert``)::

    {"id": "la-0001", "text": ..., "date": ..., "spans": [{"start", "end", "label", "kb_id",
     optional "country", "role"}], "tone": [{"start": 0, "end": len(text), "tone": "POS"}],
     "dyads": {"AAA|BBB": "POS"}, "unseen": ["invented names as written"]}

Checks: offsets on ``spacy.blank("en")`` token boundaries (``doc.char_span``), no overlaps,
no leading article/possessive, every token-aligned repeat of a labelled surface covered;
ISO3 codes valid (pycountry, or XKX/PSE/TWN/ESH/SUN); LEADER rows in office on the date and
not ``unsure``; a known PERSON out of office on the date; invented names appear in no
gazetteer (leaders, orgs, countries) and not among the invented names of the evaluation
sets; no duplicate texts (also against the evaluation sets); every item has a COUNTRY;
both states of a dyad are mentioned (COUNTRY or LEADER).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "labelled" / "part_a.jsonl"
SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "src" / "relations_nlp" / "data"
EVAL = ROOT / "corpus" / "eval"

LABELS = ("COUNTRY", "LOC", "LEADER", "PERSON", "ORG")
TONES = ("POS", "NEG", "NEU")
EXTRA_ISO3 = {"XKX", "PSE", "TWN", "ESH", "SUN"}
ID_PREFIX = "la-"

_AUTO = object()  # "resolve from the tables" marker for LOC country


# ---------------------------------------------------------------------------------------
# Span shorthands: each returns the 5-tuple (surface, label, kb_id, extra, n).
# kb_id None = resolved at build time from the project's tables.
# ---------------------------------------------------------------------------------------


def _t(surface, label, kb, extra=None, n=None):
    return (surface, label, kb, extra or None, n)


def C(surface, iso3=None, n=None):
    """COUNTRY: a state as actor (name, demonym, capital for the government)."""
    return _t(surface, "COUNTRY", iso3, None, n)


def L(surface, name=None, role=None, n=None):
    """LEADER in office on the item's date (name/country/role resolved from the tables)."""
    return _t(surface, "LEADER", name, {"role": role} if role else None, n)


def P(surface, n=None):
    """PERSON, invented for this corpus (kb '' and listed in ``unseen``)."""
    return _t(surface, "PERSON", "", {"unseen": True}, n)


def F(surface, name, n=None):
    """PERSON who is a known (former) leader, out of office on the date: kb = canonical name."""
    return _t(surface, "PERSON", name, None, n)


def R(surface, n=None):
    """PERSON, real but in no table (kb '', not unseen)."""
    return _t(surface, "PERSON", "", None, n)


def O(surface, country=None, n=None):
    """ORG invented for this corpus (kb '', listed in ``unseen``); country = home state."""
    extra = {"unseen": True}
    if country:
        extra["country"] = country
    return _t(surface, "ORG", "", extra, n)


def K(surface, kb=None, n=None):
    """ORG from ``orgs.jsonl`` (kb and home state resolved from the table)."""
    return _t(surface, "ORG", kb, None, n)


def M(surface, country=None, n=None):
    """ORG: generic state body ("Foreign Ministry") or a real body missing from the tables."""
    return _t(surface, "ORG", "", {"country": country} if country else None, n)


def G(surface, kb=None, country=_AUTO, n=None):
    """LOC: kb = GeoNames-style name (resolved if None); country = state it lies in."""
    extra = None if country is _AUTO else {"country": country}
    return _t(surface, "LOC", kb, extra, n)


ITEMS: list = []

# --- items ---------------------------------------------------------------------------
# --- chunk 1: South Caucasus, Central Asia, Russia, Turkey, Iran ----------------------
ITEMS += [
    ("Kazakh Foreign Minister Murat Nurtleu and his Uzbek counterpart Bakhtiyor Saidov signed a "
     "water-sharing protocol in Tashkent, a step that Almaty-based analyst Dauren Seitkali called "
     "\"overdue but welcome.\"",
     "2024-03-14",
     [C("Kazakh"), L("Murat Nurtleu"), C("Uzbek"), L("Bakhtiyor Saidov"), G("Tashkent"),
      G("Almaty"), P("Dauren Seitkali")],
     "KAZ|UZB", "POS"),
    ("The Caspian Energy Forum, a Baku-based industry group, said gas deliveries from Azerbaijan "
     "to Georgia had not been interrupted for a single day despite the winter storms.",
     "2023-01-17",
     [O("Caspian Energy Forum", "AZE"), G("Baku"), C("Azerbaijan"), C("Georgia", "GEO")],
     "AZE|GEO", "POS"),
    ("Moscow and Astana have no quarrel over pipeline tariffs, Kremlin aide Yaroslav Dubinin told "
     "the Sever Business Daily, brushing off reports of a dispute as \"journalistic fantasy.\"",
     "2023-08-02",
     [C("Moscow"), C("Astana"), K("Kremlin"), P("Yaroslav Dubinin"),
      O("Sever Business Daily", "RUS")],
     "KAZ|RUS", "POS"),
    ("Tajik border guards and Kyrgyz troops exchanged fire in the Batken region on Friday, the "
     "Bishkek-based Tian Shan Monitor reported, citing local resident Nurbek Alymkulov.",
     "2022-09-16",
     [C("Tajik"), C("Kyrgyz"), G("Batken region", "Batken Region", "KGZ"), G("Bishkek"),
      O("Tian Shan Monitor", "KGZ"), P("Nurbek Alymkulov")],
     "KGZ|TJK", "NEG"),
    ("Georgian Prime Minister Irakli Kobakhidze said Tbilisi had no plans to restore diplomatic "
     "relations with Moscow as long as Russian troops remained in Abkhazia and South Ossetia.",
     "2024-05-10",
     [C("Georgian"), L("Irakli Kobakhidze"), C("Tbilisi"), C("Moscow"), C("Russian"),
      G("Abkhazia"), G("South Ossetia")],
     "GEO|RUS", "NEG"),
    ("Armenian and Azerbaijani border commissions completed the delimitation of a 12-kilometre "
     "stretch in the Tavush region, a deal Yerevan-based analyst Narek Tovmasyan described as "
     "\"the first real trust-building step in decades.\"",
     "2024-05-16",
     [C("Armenian"), C("Azerbaijani"), G("Tavush region", "Tavush", "ARM"), G("Yerevan"),
      P("Narek Tovmasyan")],
     "ARM|AZE", "POS"),
    ("Baku evacuated its embassy staff from Tehran after the deadly attack, and the Azerbaijani "
     "Foreign Ministry said ties with Iran would not return to normal until those behind the "
     "gunman were punished.",
     "2023-01-28",
     [C("Baku"), G("Tehran"), C("Azerbaijani"), M("Foreign Ministry", "AZE"), C("Iran")],
     "AZE|IRN", "NEG"),
    ("Turkish Foreign Minister Hakan Fidan arrived in Baku for talks with Jeyhun Bayramov, and "
     "Selin Karaca of the Anatolian Policy Centre said the visit showed the alliance \"has never "
     "been closer.\"",
     "2024-01-11",
     [C("Turkish"), L("Hakan Fidan"), G("Baku"), L("Jeyhun Bayramov"), P("Selin Karaca"),
      O("Anatolian Policy Centre", "TUR")],
     "AZE|TUR", "POS"),
    ("Uzbek President Shavkat Mirziyoyev and Vladimir Putin spoke by phone on Monday about the "
     "schedule of the intergovernmental commission, the Kremlin said, without giving details.",
     "2023-04-03",
     [C("Uzbek"), L("Shavkat Mirziyoyev"), L("Vladimir Putin"), K("Kremlin")],
     "RUS|UZB", "NEU"),
    ("If Bishkek and Dushanbe had not signed the border treaty in March, the spring irrigation "
     "season could easily have set villagers on both sides against each other again, said "
     "Gulnara Toktosunova of the Ferghana Peace Initiative.",
     "2025-05-20",
     [C("Bishkek"), C("Dushanbe"), P("Gulnara Toktosunova"), O("Ferghana Peace Initiative")],
     "KGZ|TJK", "POS"),
    ("Russian drones struck energy facilities around the port of Odesa overnight, Ukraine's "
     "Ministry of Energy said, and engineer Oksana Bilyk told the Black Sea Herald that repairs "
     "could take weeks.",
     "2024-11-17",
     [C("Russian"), G("Odesa"), C("Ukraine"), M("Ministry of Energy", "UKR"), P("Oksana Bilyk"),
      O("Black Sea Herald", "UKR")],
     "RUS|UKR", "NEG"),
    ("Chinese Premier Li Qiang and Kazakh Prime Minister Olzhas Bektenov agreed to double rail "
     "freight through the Khorgos dry port, according to a statement carried by the Steppe Ledger.",
     "2024-07-03",
     [C("Chinese"), L("Li Qiang"), C("Kazakh"), L("Olzhas Bektenov"),
      G("Khorgos", "Khorgos", "KAZ"), O("Steppe Ledger", "KAZ")],
     "CHN|KAZ", "POS"),
    ("The detention of two Azerbaijani brothers in Yekaterinburg has pushed relations between "
     "Baku and Moscow to their lowest point in years, commentator Teymur Hasanli wrote in the "
     "Caspian Evening Post.",
     "2025-07-02",
     [C("Azerbaijani"), G("Yekaterinburg"), C("Baku"), C("Moscow"), P("Teymur Hasanli"),
      O("Caspian Evening Post", "AZE")],
     "AZE|RUS", "NEG"),
    ("Armenia has frozen its participation in the CSTO, and a senior Armenian diplomat, Levon "
     "Aghajanyan, said Yerevan no longer regarded Russia as a reliable security guarantor.",
     "2024-02-23",
     [C("Armenia"), K("CSTO"), C("Armenian"), P("Levon Aghajanyan"), C("Yerevan"), C("Russia")],
     "ARM|RUS", "NEG"),
    ("Turkmen President Serdar Berdimuhamedow and Recep Tayyip Erdoğan opened a joint textile "
     "plant near Mary, with Ankara pledging further money through the Karakum Development Fund.",
     "2023-09-20",
     [C("Turkmen"), L("Serdar Berdimuhamedow"), L("Recep Tayyip Erdoğan"), G("Mary", "Mary", "TKM"),
      C("Ankara"), O("Karakum Development Fund", "TKM")],
     "TKM|TUR", "POS"),
    ("Tajikistan and Iran have put years of mutual suspicion behind them, Dushanbe commentator "
     "Shahrom Nazarzoda said after President Masoud Pezeshkian's state visit produced 23 "
     "cooperation documents.",
     "2025-01-15",
     [C("Tajikistan"), C("Iran"), G("Dushanbe"), P("Shahrom Nazarzoda"), L("Masoud Pezeshkian")],
     "IRN|TJK", "POS"),
    ("Azerbaijan accused France of fuelling unrest in New Caledonia, a charge the French Foreign "
     "Ministry rejected; Paris-based researcher Claire Dumontel said ties were \"at their lowest "
     "point in three decades.\"",
     "2024-05-17",
     [C("Azerbaijan"), C("France"), G("New Caledonia", "New Caledonia", "FRA"), C("French"),
      M("Foreign Ministry", "FRA"), G("Paris"), P("Claire Dumontel")],
     "AZE|FRA", "NEG"),
    ("Kazakh Foreign Minister Murat Nurtleu is expected to travel to Moscow next week for "
     "consultations with Sergey Lavrov, according to the ministry's press secretary, Ainur "
     "Kassymova.",
     "2024-10-01",
     [C("Kazakh"), L("Murat Nurtleu"), G("Moscow"), L("Sergey Lavrov"), P("Ainur Kassymova")],
     "KAZ|RUS", "NEU"),
    ("Although Ankara sells drones to Kyiv, Turkish-Russian trade grew by a fifth last year, "
     "according to figures compiled by the Bosphorus Trade Council.",
     "2023-02-10",
     [C("Ankara"), C("Kyiv"), C("Turkish"), C("Russian"), O("Bosphorus Trade Council", "TUR")],
     "RUS|TUR", "POS"),
    ("Washington suspended its strategic partnership dialogue with Tbilisi over the foreign agents "
     "law, a decision Georgian analyst Tamar Kvirikadze called \"a cold shower the government "
     "chose to ignore.\"",
     "2024-12-01",
     [C("Washington"), C("Tbilisi"), C("Georgian"), P("Tamar Kvirikadze")],
     "GEO|USA", "NEG"),
    ("TASHKENT, Oct 4 — Uzbekistan and Kyrgyzstan opened a second road crossing in the Ferghana "
     "Valley on Friday, and Kyrgyz customs chief Almazbek Turdukulov said queues had fallen by half.",
     "2023-10-04",
     [G("TASHKENT", "Tashkent", "UZB"), C("Uzbekistan"), C("Kyrgyzstan"), G("Ferghana Valley"),
      C("Kyrgyz"), P("Almazbek Turdukulov")],
     "KGZ|UZB", "POS"),
    ("\"We are neighbours, not rivals,\" Kyrgyz President Sadyr Japarov told reporters in "
     "Astana, where he and Kassym-Jomart Tokayev signed a declaration on allied relations.",
     "2022-11-25",
     [C("Kyrgyz"), L("Sadyr Japarov"), G("Astana"), L("Kassym-Jomart Tokayev")],
     "KAZ|KGZ", "POS"),
    ("Relations between Ashgabat and Baku are neither warm nor cold, said Merdan Orazov, a "
     "researcher at the Turan Strategy Lab, pointing to stalled talks on the Dostluk field.",
     "2020-06-09",
     [C("Ashgabat"), C("Baku"), P("Merdan Orazov"), O("Turan Strategy Lab"),
      G("Dostluk field", "Dostluk", None)],
     "AZE|TKM", "NEU"),
    ("By Aigerim Zhaksylykova\n\nKazakhstan's Kazatomprom and the French group Orano extended "
     "their uranium joint venture to 2045, a sign, officials said, that ties between Astana and "
     "Paris remain robust.",
     "2024-11-05",
     [P("Aigerim Zhaksylykova"), C("Kazakhstan"), K("Kazatomprom"), C("French"),
      M("Orano", "FRA"), C("Astana"), C("Paris")],
     "FRA|KAZ", "POS"),
    ("Georgian border officials turned back a Lithuanian parliamentary delegation led by Rūta "
     "Vaitkutė at Tbilisi airport, and Vilnius called the decision \"an openly unfriendly act.\"",
     "2024-12-10",
     [C("Georgian"), C("Lithuanian"), P("Rūta Vaitkutė"), G("Tbilisi"), C("Vilnius")],
     "GEO|LTU", "NEG"),
    ("Iranian Foreign Minister Abbas Araghchi and Armenian President Vahagn Khachaturyan agreed "
     "in Yerevan to expand the Norduz crossing, which carries most of Iran's trade with Armenia.",
     "2024-10-28",
     [C("Iranian"), L("Abbas Araghchi"), C("Armenian"), L("Vahagn Khachaturyan"), G("Yerevan"),
      G("Norduz", "Norduz", "IRN"), C("Iran"), C("Armenia")],
     "ARM|IRN", "POS"),
    ("A year ago, Russian and Kazakh officials were trading barbs over transit fees; today, "
     "according to Ruslan Ospanov of the Eurasian Freight Association, \"there is not one "
     "outstanding dispute on the table.\"",
     "2025-03-03",
     [C("Russian"), C("Kazakh"), P("Ruslan Ospanov"), O("Eurasian Freight Association")],
     "KAZ|RUS", "POS"),
    ("Kyrgyzstan summoned the Kazakh chargé d'affaires after trucks were held for nine days at "
     "the Kordai checkpoint, the Kabar Times reported.",
     "2019-02-21",
     [C("Kyrgyzstan"), C("Kazakh"), G("Kordai", "Kordai", "KAZ"), O("Kabar Times", "KGZ")],
     "KAZ|KGZ", "NEG"),
    ("Georgia and Azerbaijan held the ninth round of talks on their undelimited border in "
     "Tbilisi, the Georgian Foreign Ministry said in a short statement.",
     "2021-06-15",
     [C("Georgia", "GEO"), C("Azerbaijan"), G("Tbilisi"), C("Georgian"),
      M("Foreign Ministry", "GEO")],
     "AZE|GEO", "NEU"),
    ("Turkmenistan could lose its biggest customer if Beijing turns to Russian gas, warned "
     "Bayram Atayev of the Ashgabat-based Caspian Markets Review, though Chinese buyers have so "
     "far signed no new contracts.",
     "2022-07-12",
     [C("Turkmenistan"), C("Beijing"), C("Russian"), P("Bayram Atayev"), G("Ashgabat"),
      O("Caspian Markets Review", "TKM"), C("Chinese")],
     "CHN|TKM", "NEG"),
    ("Ukraine and Moldova agreed to open a joint customs post at Palanca, and Moldovan "
     "Foreign Minister Mihai Popșoi said the two countries had \"never been this close.\"",
     "2024-04-11",
     [C("Ukraine"), C("Moldova"), G("Palanca", "Palanca", "MDA"), C("Moldovan"),
      L("Mihai Popșoi")],
     "MDA|UKR", "POS"),
    ("Belarusian Foreign Minister Maxim Ryzhenkov accused Lithuania of staging \"provocations\" "
     "on the border, and Vilnius responded by closing two more crossings.",
     "2024-10-22",
     [C("Belarusian"), L("Maxim Ryzhenkov"), C("Lithuania"), C("Vilnius")],
     "BLR|LTU", "NEG"),
    ("Sultan Akhmetzhanov, deputy head of the Eurasian Economic Commission's customs department, "
     "said Armenian exports to Russia had risen threefold since 2022 despite the political chill.",
     "2024-06-05",
     [P("Sultan Akhmetzhanov"), K("Eurasian Economic Commission"), C("Armenian"), C("Russia")],
     "ARM|RUS", "POS"),
    ("Azerbaijan will not attend the summit in Moscow, the presidential administration in Baku "
     "said, a decision Russian commentator Gleb Arkhipov called \"a deliberate snub.\"",
     "2025-07-10",
     [C("Azerbaijan"), G("Moscow"), G("Baku"), C("Russian"), P("Gleb Arkhipov")],
     "AZE|RUS", "NEG"),
    ("Mongolia and Kazakhstan launched a direct Ulaanbaatar–Almaty flight, which Mongolian "
     "tourism official Oyunchimeg Batsaikhan hailed as \"the end of the long way round.\"",
     "2023-05-30",
     [C("Mongolia"), C("Kazakhstan"), G("Ulaanbaatar"), G("Almaty"), C("Mongolian"),
      P("Oyunchimeg Batsaikhan")],
     "KAZ|MNG", "POS"),
    ("Iran and Turkmenistan signed a gas swap extension in Ashgabat, with the Iranian Oil "
     "Ministry saying deliveries to Iraq via Iranian territory would continue until 2028.",
     "2024-03-07",
     [C("Iran"), C("Turkmenistan"), G("Ashgabat"), C("Iranian", n=1), M("Oil Ministry", "IRN"),
      C("Iraq"), C("Iranian", n=2)],
     "IRN|TKM", "POS"),
    ("Moscow is not about to abandon Yerevan, insisted Valeria Golubeva, a Caucasus specialist at "
     "the Lomov Institute, even if the alliance \"is clearly going through its hardest years.\"",
     "2024-03-20",
     [C("Moscow"), C("Yerevan"), P("Valeria Golubeva"), G("Caucasus"), O("Lomov Institute", "RUS")],
     "ARM|RUS", "NEU"),
    ("Tokayev received Japarov's special envoy, Kubanychbek Isaev, in Astana and thanked "
     "Kyrgyzstan for its help during the spring floods.",
     "2024-04-25",
     [L("Tokayev"), L("Japarov", "Sadyr Japarov"), P("Kubanychbek Isaev"), G("Astana"),
      C("Kyrgyzstan")],
     "KAZ|KGZ", "POS"),
    ("Ukraine's ambassador in Ankara, Vasyl Bodnarchuk, said Kyiv was grateful to Türkiye for "
     "keeping the Bosporus closed to Russian warships.",
     "2023-03-15",
     [C("Ukraine"), G("Ankara"), P("Vasyl Bodnarchuk"), C("Kyiv"), C("Türkiye"), G("Bosporus"),
      C("Russian")],
     "TUR|UKR", "POS"),
    ("Uzbek and Tajik engineers began joint work on the Yavan hydropower plant, the Pamir Water "
     "Council said, calling it unthinkable a decade ago when the two capitals barely spoke.",
     "2024-09-12",
     [C("Uzbek"), C("Tajik"), G("Yavan", "Yavan", "TJK"), O("Pamir Water Council")],
     "TJK|UZB", "POS"),
    ("Sergey Lavrov accused Moldova of persecuting opposition politicians, and Chisinau "
     "expelled a Russian diplomat the same day.",
     "2023-07-26",
     [L("Sergey Lavrov"), C("Moldova"), C("Chisinau"), C("Russian")],
     "MDA|RUS", "NEG"),
    ("Officials from Azerbaijan and Kazakhstan met in Aktau to review the ferry timetable for the "
     "spring, Kazakh port director Yerlan Tokbergenov said.",
     "2023-02-14",
     [C("Azerbaijan"), C("Kazakhstan"), G("Aktau"), C("Kazakh"), P("Yerlan Tokbergenov")],
     "AZE|KAZ", "NEU"),
    ("Georgian President Mikheil Kavelashvili said there had never been a rift with Baku, "
     "rejecting opposition claims that the Azerbaijani side was unhappy with the new railway "
     "tariffs.",
     "2025-04-08",
     [C("Georgian"), L("Mikheil Kavelashvili"), C("Baku"), C("Azerbaijani")],
     "AZE|GEO", "POS"),
    ("Iran threatened to reconsider its ties with Baku if the \"Zangezur corridor\" were built "
     "without its consent, Tehran daily Arman-e Shargh quoted an official as saying.",
     "2022-10-03",
     [C("Iran"), C("Baku"), G("Zangezur corridor"), G("Tehran"), O("Arman-e Shargh", "IRN")],
     "AZE|IRN", "NEG"),
    ("Russia's Rosselkhoznadzor lifted its ban on Uzbek apricots after three months, and Tashkent "
     "exporter Dilshod Rakhimov said trucks were \"moving north again.\"",
     "2021-08-17",
     [C("Russia"), K("Rosselkhoznadzor"), C("Uzbek"), G("Tashkent"), P("Dilshod Rakhimov")],
     "RUS|UZB", "POS"),
    ("Kazakhstan has declined to recognise the annexation of Ukrainian regions, and Russian "
     "lawmaker Pavel Dorogin warned Astana that \"friends do not sit on the fence.\"",
     "2022-10-05",
     [C("Kazakhstan"), C("Ukrainian"), C("Russian"), P("Pavel Dorogin"), C("Astana")],
     "KAZ|RUS", "NEG"),
    ("Tajik President Emomali Rahmon hosted Shavkat Mirziyoyev in Khujand, where the two leaders "
     "opened a border market that local trader Mavluda Saidova said would \"bring families "
     "back together.\"",
     "2022-06-02",
     [C("Tajik"), L("Emomali Rahmon"), L("Shavkat Mirziyoyev"), G("Khujand"), P("Mavluda Saidova")],
     "TJK|UZB", "POS"),
    ("Turkey and Armenia agreed to open their land border to diplomats and third-country "
     "citizens, a first since 1993, which Istanbul-based analyst Emre Yücel called \"a small door "
     "with a big meaning.\"",
     "2022-07-01",
     [C("Turkey"), C("Armenia"), G("Istanbul"), P("Emre Yücel")],
     "ARM|TUR", "POS"),
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu said Ankara would keep the Bosporus open to "
     "merchant ships bound for Russian ports, and Moscow welcomed the decision.",
     "2022-03-02",
     [C("Turkish"), L("Mevlüt Çavuşoğlu"), C("Ankara"), G("Bosporus"), C("Russian"), C("Moscow")],
     "RUS|TUR", "POS"),
]

# --- chunk 2: Europe ------------------------------------------------------------------
ITEMS += [
    ("Polish farmers blocked the Dorohusk crossing for a third week, and Kyiv accused Warsaw of "
     "tolerating what Ukrainian trucker Andriy Marchuk called \"a siege of our economy.\"",
     "2024-02-28",
     [C("Polish"), G("Dorohusk", "Dorohusk", "POL"), C("Kyiv"), C("Warsaw"), C("Ukrainian"),
      P("Andriy Marchuk")],
     "POL|UKR", "NEG"),
    ("Friedrich Merz and Emmanuel Macron pledged a Franco-German reset over dinner in Toulon, and "
     "Sophie Kellermann of the Rhine Policy Institute said the mood \"has not been this good "
     "since 2017.\"",
     "2025-08-29",
     [L("Friedrich Merz"), L("Emmanuel Macron"), C("Franco", "FRA"), C("German"), G("Toulon"),
      P("Sophie Kellermann"), O("Rhine Policy Institute", "DEU")],
     "DEU|FRA", "POS"),
    ("Hungarian Foreign Minister Péter Szijjártó said Budapest would keep blocking Ukraine's EU "
     "accession talks until the rights of ethnic minorities in Zakarpattia were restored.",
     "2023-11-22",
     [C("Hungarian"), L("Péter Szijjártó"), C("Budapest"), C("Ukraine"), K("EU"), G("Zakarpattia")],
     "HUN|UKR", "NEG"),
    ("Estonia expelled a Russian diplomat accused of meddling in church affairs, and the Russian "
     "embassy in Tallinn called the move \"another hostile step.\"",
     "2023-08-16",
     [C("Estonia"), C("Russian", n=1), C("Russian", n=2), G("Tallinn")],
     "EST|RUS", "NEG"),
    ("Kosovo Prime Minister Albin Kurti accused Belgrade of arming the gunmen who attacked police "
     "near Banjska, a claim Serbian President Aleksandar Vučić dismissed as \"lies.\"",
     "2023-09-26",
     [C("Kosovo"), L("Albin Kurti"), C("Belgrade"), G("Banjska", "Banjska", "XKX"), C("Serbian"),
      L("Aleksandar Vučić")],
     "SRB|XKX", "NEG"),
    ("Greek and Turkish diplomats drafted a list of 15 confidence-building measures in Athens, "
     "and Kostas Papadimitriou of the Aegean Dialogue Foundation said the neighbours were "
     "\"finally talking about ferries rather than frigates.\"",
     "2023-11-16",
     [C("Greek"), C("Turkish"), G("Athens"), P("Kostas Papadimitriou"),
      O("Aegean Dialogue Foundation", "GRC")],
     "GRC|TUR", "POS"),
    ("Britain and France signed a new deal on small-boat crossings in the English Channel, though "
     "Paris turned down London's request for joint patrols on French beaches.",
     "2023-03-10",
     [C("Britain"), C("France"), G("English Channel"), C("Paris"), C("London"), C("French")],
     "FRA|GBR", "POS"),
    ("Latvia will not renew the residence permits of about 1,000 Russian citizens who failed a "
     "language test, Interior Ministry spokeswoman Ieva Bērziņa said, drawing a furious response "
     "from Moscow.",
     "2023-09-01",
     [C("Latvia"), C("Russian"), M("Interior Ministry", "LVA"), P("Ieva Bērziņa"), C("Moscow")],
     "LVA|RUS", "NEG"),
    ("Spain and Morocco reopened the customs posts at Ceuta and Melilla, ending a closure of "
     "almost six years that Moroccan trader Hicham Bennani said had \"ruined a generation of "
     "small businesses.\"",
     "2025-01-16",
     [C("Spain"), C("Morocco"), G("Ceuta", "Ceuta", "ESP"), G("Melilla", "Melilla", "ESP"),
      C("Moroccan"), P("Hicham Bennani")],
     "ESP|MAR", "POS"),
    ("Polish Prime Minister Donald Tusk and German Chancellor Olaf Scholz met in Warsaw for "
     "intergovernmental consultations, the first in six years, and aides said the agenda covered "
     "defence, energy and border controls.",
     "2024-07-02",
     [C("Polish"), L("Donald Tusk"), C("German"), L("Olaf Scholz"), G("Warsaw")],
     "DEU|POL", "NEU"),
    ("Italian Prime Minister Giorgia Meloni and Edi Rama opened the first migrant centre under "
     "their bilateral deal in Shëngjin, which Tirana columnist Arben Dervishi called \"a favour "
     "Albania is doing Rome.\"",
     "2024-10-16",
     [C("Italian"), L("Giorgia Meloni"), L("Edi Rama"), G("Shëngjin", "Shëngjin", "ALB"),
      G("Tirana"), P("Arben Dervishi"), C("Albania"), C("Rome")],
     "ALB|ITA", "POS"),
    ("Finland has kept its eastern border closed for a year, and the Finnish Border Guard said "
     "Russian authorities were still pushing migrants toward the Vaalimaa crossing.",
     "2024-11-30",
     [C("Finland"), C("Finnish"), M("Border Guard", "FIN"), C("Russian"),
      G("Vaalimaa", "Vaalimaa", "FIN")],
     "FIN|RUS", "NEG"),
    ("Romania will supply Moldova with electricity at cost this winter, Romanian Energy Ministry "
     "official Andrei Vlădescu said, calling the two countries \"one family with two states.\"",
     "2022-10-20",
     [C("Romania"), C("Moldova"), C("Romanian"), M("Energy Ministry", "ROU"), P("Andrei Vlădescu")],
     "MDA|ROU", "POS"),
    ("Czech-Slovak relations are a mix of close family ties and sharp disagreement over Ukraine, "
     "said Bratislava-based sociologist Miroslava Hudecová.",
     "2024-03-06",
     [C("Czech"), C("Slovak"), C("Ukraine"), G("Bratislava"), P("Miroslava Hudecová")],
     "CZE|SVK", "NEU"),
    ("Norwegian and Russian officials held their annual fisheries commission session by video "
     "link, the Norwegian Directorate of Fisheries said, without saying whether a cod quota for "
     "the Barents Sea had been agreed.",
     "2023-10-20",
     [C("Norwegian", n=1), C("Russian"), C("Norwegian", n=2), M("Directorate of Fisheries", "NOR"),
      G("Barents Sea")],
     "NOR|RUS", "NEU"),
    ("China downgraded relations with Lithuania after Vilnius allowed a Taiwanese representative "
     "office to open, and trade between the two has since collapsed, Vilnius economist Tomas "
     "Žemaitis said.",
     "2023-01-10",
     [C("China"), C("Lithuania"), C("Vilnius", n=1), C("Taiwanese"), G("Vilnius", n=2),
      P("Tomas Žemaitis")],
     "CHN|LTU", "NEG"),
    ("Irish Taoiseach Micheál Martin and Keir Starmer agreed to hold annual summits, in what "
     "Dublin commentator Aoife Brennan called \"the warmest British-Irish moment in a "
     "generation.\"",
     "2025-03-04",
     [C("Irish", n=1), L("Micheál Martin"), L("Keir Starmer"), G("Dublin"), P("Aoife Brennan"),
      C("British"), C("Irish", n=2)],
     "GBR|IRL", "POS"),
    ("The grain corridor deal collapsed after Moscow refused to extend it, and Ukrainian port "
     "operator Serhiy Tkachuk said ships were once again stuck at anchor off Odesa.",
     "2023-07-18",
     [C("Moscow"), C("Ukrainian"), P("Serhiy Tkachuk"), G("Odesa")],
     "RUS|UKR", "NEG"),
    ("Poland shut the Kukuryki freight terminal on the Belarusian border, accusing Minsk of "
     "orchestrating migrant pressure; Belarusian state television called it \"economic suicide.\"",
     "2023-09-19",
     [C("Poland"), G("Kukuryki", "Kukuryki", "POL"), C("Belarusian", n=1), C("Minsk"),
      C("Belarusian", n=2)],
     "BLR|POL", "NEG"),
    ("Turkey's parliament ratified Sweden's NATO accession after months of delay, and Stockholm "
     "analyst Johan Ekwall said the row over the Koran burnings \"is now behind both capitals.\"",
     "2024-01-23",
     [C("Turkey"), C("Sweden"), K("NATO"), G("Stockholm"), P("Johan Ekwall")],
     "SWE|TUR", "POS"),
    ("Whether Austria keeps buying Russian gas after December remains an open question, said "
     "Lukas Haberl of the Vienna Energy Observatory, noting that the contracts with Gazprom run "
     "until 2040.",
     "2024-05-21",
     [C("Austria"), C("Russian"), P("Lukas Haberl"), O("Vienna Energy Observatory", "AUT"),
      K("Gazprom")],
     "AUT|RUS", "NEU"),
    ("France delivered three air-defence radars to Armenia, and Armenian defence analyst Hayk "
     "Melkonyan said Paris had become Yerevan's \"most dependable European partner.\"",
     "2024-06-18",
     [C("France"), C("Armenia"), C("Armenian"), P("Hayk Melkonyan"), C("Paris"), C("Yerevan")],
     "ARM|FRA", "POS"),
    ("Croatia barred a Serbian minister from entering the country, and Belgrade retaliated by "
     "declaring a Croatian diplomat persona non grata, the Novi Sad daily Vojvodina Dnevnik "
     "reported.",
     "2023-11-08",
     [C("Croatia"), C("Serbian"), C("Belgrade"), C("Croatian"), G("Novi Sad"),
      O("Vojvodina Dnevnik", "SRB")],
     "HRV|SRB", "NEG"),
    ("Italian Foreign Minister Antonio Tajani will attend a dinner hosted by his French "
     "counterpart Stéphane Séjourné in Paris on Thursday, the Farnesina said.",
     "2024-03-13",
     [C("Italian"), L("Antonio Tajani"), C("French"), L("Stéphane Séjourné"), G("Paris"),
      M("Farnesina", "ITA")],
     "FRA|ITA", "NEU"),
    ("Germany expelled two Russian diplomats over a suspected sabotage plot against a Rheinmetall "
     "plant in Unterlüß, and Moscow vowed a \"mirror response.\"",
     "2024-07-12",
     [C("Germany"), C("Russian"), K("Rheinmetall"), G("Unterlüß", "Unterlüß", "DEU"), C("Moscow")],
     "DEU|RUS", "NEG"),
    ("Estonia and Finland will jointly patrol the undersea cables in the Gulf of Finland, Tallinn "
     "naval officer Kaarel Tamm told the Baltic Lighthouse news site.",
     "2025-01-08",
     [C("Estonia"), C("Finland", n=1), G("Gulf of Finland"), G("Tallinn"), P("Kaarel Tamm"),
      O("Baltic Lighthouse", "EST")],
     "EST|FIN", "POS"),
    ("Britain sanctioned 30 more vessels of Russia's shadow fleet, and the Russian embassy in "
     "London said the measures would \"only deepen the crisis in our relations.\"",
     "2025-05-09",
     [C("Britain"), C("Russia"), C("Russian"), G("London")],
     "GBR|RUS", "NEG"),
    ("The Netherlands restricted exports of ASML's most advanced chip machines to China, and "
     "Beijing lodged a formal protest with the Dutch ambassador.",
     "2023-06-30",
     [C("Netherlands"), M("ASML", "NLD"), C("China"), C("Beijing"), C("Dutch")],
     "CHN|NLD", "NEG"),
    ("Leo XIV received Volodymyr Zelenskyy at Castel Gandolfo and offered the Holy See's help in "
     "bringing Ukrainian children home, an offer Kyiv gratefully accepted.",
     "2025-07-09",
     [L("Leo XIV"), L("Volodymyr Zelenskyy"), G("Castel Gandolfo", "Castel Gandolfo", "ITA"),
      C("Holy See"), C("Ukrainian"), C("Kyiv")],
     "UKR|VAT", "POS"),
    ("Bulgaria will keep blocking North Macedonia's EU talks until Skopje amends its "
     "constitution, Bulgarian MEP Desislava Kostadinova said.",
     "2024-07-11",
     [C("Bulgaria"), C("North Macedonia"), K("EU"), C("Skopje"), C("Bulgarian"),
      P("Desislava Kostadinova")],
     "BGR|MKD", "NEG"),
    ("Warsaw renewed its demand for war reparations from Berlin, and a spokesman for the German "
     "government said the matter was legally closed.",
     "2022-10-03",
     [C("Warsaw"), C("Berlin"), C("German")],
     "DEU|POL", "NEG"),
    ("Romanian President Nicușor Dan promised Kyiv a second air-defence battery, and Ukrainian "
     "diplomat Iryna Kovalchuk called Bucharest \"a friend in deed.\"",
     "2025-09-17",
     [C("Romanian"), L("Nicușor Dan"), C("Kyiv"), C("Ukrainian"), P("Iryna Kovalchuk"),
      C("Bucharest")],
     "ROU|UKR", "POS"),
    ("Robert Fico threatened to cut electricity exports to Ukraine if Kyiv did not resume gas "
     "transit, and Ukrainian MP Olha Savchuk accused Bratislava of \"doing Moscow's bidding.\"",
     "2024-12-28",
     [L("Robert Fico"), C("Ukraine"), C("Kyiv"), C("Ukrainian"), P("Olha Savchuk"),
      C("Bratislava"), C("Moscow")],
     "SVK|UKR", "NEG"),
    ("Libyan Prime Minister Abdul Hamid Dbeibeh is due in Rome next week, Italian officials said, "
     "though the agenda has not yet been published.",
     "2023-05-24",
     [C("Libyan"), L("Abdul Hamid Dbeibeh"), G("Rome"), C("Italian")],
     "ITA|LBY", "NEU"),
    ("Danish and German engineers completed the first section of the Fehmarnbelt tunnel, a "
     "project the Baltic Transport Council calls the symbol of \"a border that no longer "
     "matters.\"",
     "2025-02-12",
     [C("Danish"), C("German"), G("Fehmarnbelt", "Fehmarn Belt", None),
      O("Baltic Transport Council")],
     "DEU|DNK", "POS"),
    ("Israel closed its embassy in Dublin, accusing the Irish government of \"antisemitic "
     "rhetoric,\" a charge Irish ministers rejected.",
     "2024-12-15",
     [C("Israel"), G("Dublin"), C("Irish", n=1), C("Irish", n=2)],
     "IRL|ISR", "NEG"),
    ("Serbia and Kosovo agreed on the mutual recognition of licence plates after EU-brokered "
     "talks in Brussels, and Pristina lawyer Drilon Gashi said \"common sense won for once.\"",
     "2022-11-24",
     [C("Serbia"), C("Kosovo"), K("EU"), G("Brussels"), G("Pristina"), P("Drilon Gashi")],
     "SRB|XKX", "POS"),
    ("Montenegrin President Jakov Milatović will visit Serbia next month, his office said, in the "
     "first such trip since 2021.",
     "2023-07-03",
     [C("Montenegrin"), L("Jakov Milatović"), C("Serbia")],
     "MNE|SRB", "NEU"),
    ("Ukraine recalled its ambassador from Tbilisi for consultations after Georgian officials "
     "accused Kyiv of plotting unrest, a charge Ukrainian diplomat Maksym Horbenko called absurd.",
     "2023-05-30",
     [C("Ukraine"), G("Tbilisi"), C("Georgian"), C("Kyiv"), C("Ukrainian"), P("Maksym Horbenko")],
     "GEO|UKR", "NEG"),
    ("British and French officials describe their relationship as a patchwork of close defence "
     "cooperation and recurring fishing disputes, said Marianne Lefort of the Channel Studies "
     "Centre.",
     "2021-06-11",
     [C("British"), C("French"), P("Marianne Lefort"), O("Channel Studies Centre", "FRA")],
     "FRA|GBR", "NEU"),
    ("Viktor Orbán praised Azerbaijani gas as \"a pillar of Hungarian energy security\" during "
     "his visit to Baku, where MOL completed the purchase of a stake in the ACG field.",
     "2023-11-14",
     [L("Viktor Orbán"), C("Azerbaijani"), C("Hungarian"), G("Baku"), M("MOL", "HUN"),
      G("ACG", "Azeri-Chirag-Gunashli", "AZE")],
     "AZE|HUN", "POS"),
    ("Any Belarusian troop build-up near Volyn would be treated as a direct threat, Ukrainian "
     "border officer Vitaliy Kravets warned.",
     "2024-06-20",
     [C("Belarusian"), G("Volyn", "Volyn Oblast", "UKR"), C("Ukrainian"), P("Vitaliy Kravets")],
     "BLR|UKR", "NEG"),
    ("Spain recognised Palestine as a state, and Israeli Foreign Minister Israel Katz recalled "
     "his ambassador from Madrid in protest.",
     "2024-05-28",
     [C("Spain"), C("Palestine"), C("Israeli"), L("Israel Katz"), G("Madrid")],
     "ESP|ISR", "NEG"),
    ("Lithuanian and Polish troops began joint exercises near the Suwałki Gap, and Vilnius "
     "defence analyst Marius Jankauskas said cooperation had \"never been tighter.\"",
     "2024-09-02",
     [C("Lithuanian"), C("Polish"), G("Suwałki Gap"), G("Vilnius"), P("Marius Jankauskas")],
     "LTU|POL", "POS"),
    ("Moscow has ruled out Switzerland as a venue for peace talks, saying Bern \"lost its "
     "neutrality\" by adopting EU sanctions, according to Russian diplomat Oleg Vasnetsov.",
     "2024-06-14",
     [C("Moscow"), C("Switzerland"), C("Bern"), K("EU"), C("Russian"), P("Oleg Vasnetsov")],
     "CHE|RUS", "NEG"),
    ("Azerbaijan's Defence Ministry accused Armenian forces of firing on positions in the "
     "Kalbajar district overnight, a claim Yerevan denied.",
     "2023-08-15",
     [C("Azerbaijan"), M("Defence Ministry", "AZE"), C("Armenian"),
      G("Kalbajar district", "Kalbajar", "AZE"), C("Yerevan")],
     "ARM|AZE", "NEG"),
    ("Norway pledged another 5 billion kroner for Ukraine's energy grid, and Norwegian Foreign "
     "Minister Espen Barth Eide said Oslo would \"stand with Kyiv for as long as it takes.\"",
     "2024-11-26",
     [C("Norway"), C("Ukraine"), C("Norwegian"), L("Espen Barth Eide"), C("Oslo"), C("Kyiv")],
     "NOR|UKR", "POS"),
    ("Poland and Ukraine ended their months-long grain dispute with a licensing deal, and "
     "Kyiv-based economist Natalia Shevchuk said trade was \"back on track.\"",
     "2024-04-05",
     [C("Poland"), C("Ukraine"), G("Kyiv"), P("Natalia Shevchuk")],
     "POL|UKR", "POS"),
    ("Czech police linked the 2014 Vrbětice depot blasts to Russian military intelligence, and "
     "Prague expelled 18 Russian diplomats.",
     "2021-04-17",
     [C("Czech"), G("Vrbětice", "Vrbětice", "CZE"), C("Russian", n=1), C("Prague"),
      C("Russian", n=2)],
     "CZE|RUS", "NEG"),
    ("Xi Jinping and Aleksandar Vučić signed a statement on a \"community with a shared future\" "
     "in Belgrade, and Serbian economist Milan Jovanović noted that Chinese investment had "
     "doubled since 2020.",
     "2024-05-08",
     [L("Xi Jinping"), L("Aleksandar Vučić"), G("Belgrade"), C("Serbian"), P("Milan Jovanović"),
      C("Chinese")],
     "CHN|SRB", "POS"),
]

# --- chunk 3: Middle East and North Africa --------------------------------------------
ITEMS += [
    ("Saudi Arabia and Iran reopened their embassies seven years after cutting ties, and "
     "Riyadh-based researcher Nawaf al-Harbi told a Gulf Horizons Centre podcast that \"neither "
     "side wants to go back.\"",
     "2023-06-06",
     [C("Saudi Arabia"), C("Iran"), G("Riyadh"), P("Nawaf al-Harbi"),
      O("Gulf Horizons Centre", "SAU")],
     "IRN|SAU", "POS"),
    ("Cairo warned that an Israeli offensive in Rafah would jeopardise the 1979 peace treaty, "
     "according to two Egyptian officials quoted by the Nile Courier.",
     "2024-02-11",
     [C("Cairo"), C("Israeli"), G("Rafah", "Rafah", "PSE"), C("Egyptian"), O("Nile Courier", "EGY")],
     "EGY|ISR", "NEG"),
    ("Qatar and the United Arab Emirates restored diplomatic relations more than two years after "
     "the end of the Gulf boycott, WAM reported.",
     "2023-06-19",
     [C("Qatar"), C("United Arab Emirates"), K("WAM")],
     "ARE|QAT", "POS"),
    ("The ceasefire between Israel and Hezbollah appeared to be collapsing on Monday as Israeli "
     "jets struck targets near Nabatieh, Lebanese civil defence official Rami Haddad told the "
     "Cedar Wire.",
     "2025-03-24",
     [C("Israel"), K("Hezbollah"), C("Israeli"), G("Nabatieh", "Nabatieh", "LBN"), C("Lebanese"),
      P("Rami Haddad"), O("Cedar Wire", "LBN")],
     "ISR|LBN", "NEG"),
    ("Algeria has kept its land border with Morocco closed since 1994 and cut diplomatic ties in "
     "2021, and Oran journalist Karim Benaissa sees \"no sign of a thaw\" despite repeated "
     "mediation attempts.",
     "2024-03-12",
     [C("Algeria"), C("Morocco"), G("Oran"), P("Karim Benaissa")],
     "DZA|MAR", "NEG"),
    ("Jordanian Foreign Minister Ayman Safadi held talks in Damascus with Asaad al-Shaibani and "
     "agreed to reopen the Jaber crossing to full commercial traffic, the Levant Transport Union "
     "said.",
     "2025-01-07",
     [C("Jordanian"), L("Ayman Safadi"), G("Damascus"), L("Asaad al-Shaibani"),
      G("Jaber", "Jaber", "JOR"), O("Levant Transport Union")],
     "JOR|SYR", "POS"),
    ("If the Omani channel holds, American and Iranian negotiators could meet again in Muscat "
     "later this month, said Leila Farahani of the Hormuz Policy Institute.",
     "2025-04-20",
     [C("Omani"), C("American"), C("Iranian"), G("Muscat"), P("Leila Farahani"),
      O("Hormuz Policy Institute", "IRN")],
     "IRN|USA", "NEU"),
    ("Turkey halted all trade with Israel until a permanent ceasefire is reached in Gaza, the "
     "Turkish Trade Ministry said, and Israeli Foreign Minister Israel Katz accused Erdoğan of "
     "behaving like a dictator.",
     "2024-05-02",
     [C("Turkey"), C("Israel", n=1), G("Gaza", "Gaza Strip", "PSE"), C("Turkish"),
      M("Trade Ministry", "TUR"), C("Israeli"), L("Israel Katz"), L("Erdoğan")],
     "ISR|TUR", "NEG"),
    ("Sudan's army-backed government cut ties with the United Arab Emirates, accusing Abu Dhabi "
     "of arming the Rapid Support Forces, a charge Emirati officials rejected.",
     "2025-05-06",
     [C("Sudan"), C("United Arab Emirates"), C("Abu Dhabi"), K("Rapid Support Forces"),
      C("Emirati")],
     "ARE|SDN", "NEG"),
    ("Egyptian President Abdel Fattah el-Sisi made his first visit to Ankara in twelve years for "
     "talks with his Turkish counterpart, and Burak Özdemir of the Marmara Economic Research "
     "Foundation said the two had \"buried a decade of hostility.\"",
     "2024-09-04",
     [C("Egyptian"), L("Abdel Fattah el-Sisi"), G("Ankara"), C("Turkish"), P("Burak Özdemir"),
      O("Marmara Economic Research Foundation", "TUR")],
     "EGY|TUR", "POS"),
    ("Mohammed bin Salman pledged $600 billion in Saudi investment in the United States during "
     "Donald Trump's visit to Riyadh.",
     "2025-05-13",
     [L("Mohammed bin Salman"), C("Saudi"), C("United States"), L("Donald Trump"), G("Riyadh")],
     "SAU|USA", "POS"),
    ("Iraqi President Abdul Latif Rashid condemned Turkish drone strikes in the Kurdistan Region, "
     "and Baghdad summoned the Turkish chargé d'affaires.",
     "2023-04-08",
     [C("Iraqi"), L("Abdul Latif Rashid"), C("Turkish", n=1), G("Kurdistan Region"), C("Baghdad"),
      C("Turkish", n=2)],
     "IRQ|TUR", "NEG"),
    ("Ties between Israel and the UAE have survived the Gaza war, though Emirati officials have "
     "frozen new investments, said Hessa Al Mazrouei of the Khaleej Futures Lab in Dubai.",
     "2024-04-23",
     [C("Israel"), C("UAE"), G("Gaza", "Gaza Strip", "PSE"), C("Emirati"), P("Hessa Al Mazrouei"),
      O("Khaleej Futures Lab", "ARE"), G("Dubai")],
     "ARE|ISR", "POS"),
    ("Kuwait protested to Baghdad after an Iraqi court annulled the agreement on navigation in the "
     "Khor Abdullah waterway, the Kuwaiti Foreign Ministry said.",
     "2023-09-10",
     [C("Kuwait"), C("Baghdad"), C("Iraqi"), G("Khor Abdullah", "Khor Abdullah", None),
      C("Kuwaiti"), M("Foreign Ministry", "KWT")],
     "IRQ|KWT", "NEG"),
    ("Lebanon and Syria agreed to demarcate their border in talks hosted by Saudi Arabia, and "
     "Beirut lawyer Maya Khoury said the deal could \"end decades of smuggling and shelling.\"",
     "2025-03-28",
     [C("Lebanon"), C("Syria"), C("Saudi Arabia"), G("Beirut"), P("Maya Khoury")],
     "LBN|SYR", "POS"),
    ("Palestinian Prime Minister Mohammad Mustafa accused Israel of strangling the West Bank "
     "economy by withholding tax revenues, the Ramallah-based Al-Quds Economic Monitor reported.",
     "2024-06-19",
     [C("Palestinian"), L("Mohammad Mustafa"), C("Israel"), G("West Bank"), G("Ramallah"),
      O("Al-Quds Economic Monitor", "PSE")],
     "ISR|PSE", "NEG"),
    ("Tunisian President Kais Saied and Giorgia Meloni signed a memorandum on migration and energy "
     "in Tunis, which Amel Trabelsi of the Kerkennah Migrants' Rights Network criticised as "
     "\"money for walls.\"",
     "2023-07-16",
     [C("Tunisian"), L("Kais Saied"), L("Giorgia Meloni"), G("Tunis"), P("Amel Trabelsi"),
      O("Kerkennah Migrants' Rights Network", "TUN")],
     "ITA|TUN", "POS"),
    ("Any Israeli strike on Iranian nuclear sites would be met with \"a crushing response,\" "
     "warned Hamid Sadeghinia, a member of the Majlis security committee.",
     "2025-04-10",
     [C("Israeli"), C("Iranian"), P("Hamid Sadeghinia"), K("Majlis")],
     "IRN|ISR", "NEG"),
    ("Asked whether normalisation with Israel was still on the table, Saudi Foreign Minister "
     "Faisal bin Farhan said there would be none before a Palestinian state was established.",
     "2024-09-18",
     [C("Israel"), C("Saudi"), L("Faisal bin Farhan"), C("Palestinian")],
     "ISR|SAU", "NEG"),
    ("Egypt told the UN Security Council that Ethiopia's dam on the Blue Nile posed an "
     "existential threat, and Addis Ababa accused Cairo of \"colonial-era thinking.\"",
     "2021-07-08",
     [C("Egypt"), K("UN Security Council"), C("Ethiopia"), G("Blue Nile"), C("Addis Ababa"),
      C("Cairo")],
     "EGY|ETH", "NEG"),
    ("Qatar's emir, Tamim bin Hamad Al Thani, and Donald Trump presided over deals worth more than "
     "$1 trillion in Doha, including an order by Qatar Airways for 160 Boeing jets.",
     "2025-05-14",
     [C("Qatar", n=1), L("Tamim bin Hamad Al Thani"), L("Donald Trump"), G("Doha"),
      M("Qatar Airways", "QAT"), K("Boeing")],
     "QAT|USA", "POS"),
    ("Macron's state visit to Morocco ended a three-year chill, and Casablanca business leader "
     "Salma Idrissi said French firms were \"welcome again.\"",
     "2024-10-29",
     [L("Macron"), C("Morocco"), G("Casablanca"), P("Salma Idrissi"), C("French")],
     "FRA|MAR", "POS"),
    ("Iran accused Afghanistan's Taliban rulers of violating the 1973 treaty on the Helmand River, "
     "and border guards exchanged fire near Zabol, the Sistan Daily reported.",
     "2023-05-28",
     [C("Iran"), C("Afghanistan"), K("Taliban"), G("Helmand River"), G("Zabol", "Zabol", "IRN"),
      O("Sistan Daily", "IRN")],
     "AFG|IRN", "NEG"),
    ("Turkey's parliament extended the troop deployment in Libya by two years, which Mohamed "
     "Elmahdi of the Tripolitania Policy Hub read as a sign that Ankara \"is here to stay.\"",
     "2023-06-22",
     [C("Turkey"), C("Libya"), P("Mohamed Elmahdi"), O("Tripolitania Policy Hub", "LBY"),
      C("Ankara")],
     "LBY|TUR", "POS"),
    ("Washington lifted most sanctions on Syria, and Syrian President Ahmed al-Sharaa called it a "
     "historic turning point for relations with the United States.",
     "2025-06-30",
     [C("Washington"), C("Syria"), C("Syrian"), L("Ahmed al-Sharaa"), C("United States")],
     "SYR|USA", "POS"),
    ("Jordan recalled its ambassador from Tel Aviv over the war in Gaza, and columnist Rana Qubbaj "
     "wrote in the Amman Evening Star that relations with Israel were \"colder than at any time "
     "since 1994.\"",
     "2023-11-01",
     [C("Jordan"), G("Tel Aviv"), G("Gaza", "Gaza Strip", "PSE"), P("Rana Qubbaj"),
      O("Amman Evening Star", "JOR"), C("Israel")],
     "ISR|JOR", "NEG"),
    ("Iraq and Iran signed a border security agreement in Baghdad that commits Iraqi authorities "
     "to disarm Kurdish opposition groups near the frontier.",
     "2023-03-19",
     [C("Iraq"), C("Iran"), G("Baghdad"), C("Iraqi")],
     "IRN|IRQ", "POS"),
    ("Algeria expelled twelve French embassy staff and Paris retaliated in kind, deepening a "
     "crisis that Nadia Bouzid of the Maghreb Studies Circle said \"nobody knows how to end.\"",
     "2025-04-15",
     [C("Algeria"), C("French"), C("Paris"), P("Nadia Bouzid"), O("Maghreb Studies Circle", "DZA")],
     "DZA|FRA", "NEG"),
    ("Egypt and Qatar, which cut ties during the 2017 boycott, now coordinate closely on Gaza, "
     "noted Ahmed Fathy of the Cairo Centre for Regional Affairs.",
     "2024-08-27",
     [C("Egypt"), C("Qatar"), G("Gaza", "Gaza Strip", "PSE"), P("Ahmed Fathy"),
      O("Cairo Centre for Regional Affairs", "EGY")],
     "EGY|QAT", "POS"),
    ("Turkish Foreign Minister Hakan Fidan said Ankara would help Damascus rebuild its army, and "
     "Syrian defence official Omar Kabbani described the talks as \"brotherly and productive.\"",
     "2025-01-15",
     [C("Turkish"), L("Hakan Fidan"), C("Ankara"), C("Damascus"), C("Syrian"), P("Omar Kabbani")],
     "SYR|TUR", "POS"),
    ("Bahraini and Iranian officials met on the sidelines of a conference in Tehran to discuss "
     "resuming diplomatic relations, without announcing a date.",
     "2024-06-24",
     [C("Bahraini"), C("Iranian"), G("Tehran")],
     "BHR|IRN", "NEU"),
    ("Washington approved an $8 billion arms sale to Israel, including munitions for its fighter "
     "jets, the Pentagon's Defense Security Cooperation Agency said.",
     "2025-01-03",
     [C("Washington"), C("Israel"), K("Pentagon"), M("Defense Security Cooperation Agency", "USA")],
     "ISR|USA", "POS"),
    ("Lebanon barred an Iranian passenger plane from landing at Beirut airport, and Tehran "
     "suspended flights to Lebanon in response, the Beirut daily Al-Sharq Today reported.",
     "2025-02-13",
     [C("Lebanon", n=1), C("Iranian"), G("Beirut", n=1), C("Tehran"), C("Lebanon", n=2),
      G("Beirut", n=2), O("Al-Sharq Today", "LBN")],
     "IRN|LBN", "NEG"),
    ("Saudi Arabia deposited $5 billion with Egypt's central bank, and Egyptian Foreign Minister "
     "Badr Abdelatty thanked Riyadh for \"standing by Cairo in difficult times.\"",
     "2024-08-20",
     [C("Saudi Arabia"), C("Egypt"), C("Egyptian"), L("Badr Abdelatty"), C("Riyadh"), C("Cairo")],
     "EGY|SAU", "POS"),
    ("Omani Foreign Minister Badr Albusaidi held talks in London with David Lammy on Yemen and "
     "shipping in the Red Sea, the FCDO said.",
     "2024-10-15",
     [C("Omani"), L("Badr Albusaidi"), G("London"), L("David Lammy"), C("Yemen"), G("Red Sea"),
      K("FCDO")],
     "GBR|OMN", "NEU"),
    ("Israeli troops moved beyond the demilitarised zone on the Golan Heights, and the Syrian "
     "Foreign Ministry condemned a \"flagrant violation\" of the 1974 disengagement agreement.",
     "2024-12-09",
     [C("Israeli"), G("Golan Heights"), C("Syrian"), M("Foreign Ministry", "SYR")],
     "ISR|SYR", "NEG"),
    ("Iranian President Masoud Pezeshkian and Vladimir Putin signed a comprehensive strategic "
     "partnership treaty in Moscow, though it contains no mutual defence clause, noted Arkady "
     "Sheremetev of the Volga Institute for Oriental Studies.",
     "2025-01-17",
     [C("Iranian"), L("Masoud Pezeshkian"), L("Vladimir Putin"), G("Moscow"),
      P("Arkady Sheremetev"), O("Volga Institute for Oriental Studies", "RUS")],
     "IRN|RUS", "POS"),
    ("France and the UAE agreed on Emirati investment of up to 50 billion euros in a French "
     "artificial intelligence campus, the Élysée said.",
     "2025-02-06",
     [C("France"), C("UAE"), C("Emirati"), C("French"), K("Élysée")],
     "ARE|FRA", "POS"),
    ("Britain summoned the Iranian ambassador after three Iranian nationals were charged with "
     "spying, and Tehran called the charges baseless.",
     "2025-05-19",
     [C("Britain"), C("Iranian", n=1), C("Iranian", n=2), C("Tehran")],
     "GBR|IRN", "NEG"),
    ("Saudi Arabia and Kuwait agreed to resume oil output in the Neutral Zone after a five-year "
     "halt, and Fahad Al-Ajmi of the Gulf Petroleum Observatory said \"the dispute is behind "
     "us.\"",
     "2019-12-24",
     [C("Saudi Arabia"), C("Kuwait"), G("Neutral Zone", "Saudi–Kuwaiti Neutral Zone", None),
      P("Fahad Al-Ajmi"), O("Gulf Petroleum Observatory", "KWT")],
     "KWT|SAU", "POS"),
    ("Iranian and Saudi foreign ministers Abbas Araghchi and Faisal bin Farhan spoke by phone "
     "about the situation in Lebanon, Iranian media said.",
     "2024-10-05",
     [C("Iranian", n=1), C("Saudi"), L("Abbas Araghchi"), L("Faisal bin Farhan"), C("Lebanon"),
      C("Iranian", n=2)],
     "IRN|SAU", "NEU"),
    ("Algeria lifted its freeze on trade with Spain, ending a two-year dispute over Madrid's "
     "stance on Western Sahara, the Iberian Trade Alliance said.",
     "2024-11-20",
     [C("Algeria"), C("Spain"), C("Madrid"), C("Western Sahara", "ESH"),
      O("Iberian Trade Alliance", "ESP")],
     "DZA|ESP", "POS"),
    ("Norway upgraded the Palestinian mission in Oslo to an embassy, and Palestinian diplomat "
     "Nadia Barghouthi called it \"recognition that comes with a postal address.\"",
     "2024-05-29",
     [C("Norway"), C("Palestinian", n=1), G("Oslo"), C("Palestinian", n=2), P("Nadia Barghouthi")],
     "NOR|PSE", "POS"),
    ("Turkey and Iraq signed a framework deal in Baghdad on a trade corridor from Basra to the "
     "Turkish border, according to the Mesopotamia Logistics Council.",
     "2024-04-22",
     [C("Turkey"), C("Iraq"), G("Baghdad"), G("Basra"), C("Turkish"),
      O("Mesopotamia Logistics Council", "IRQ")],
     "IRQ|TUR", "POS"),
    ("Washington paused a shipment of heavy bombs to Israel over concerns about civilian "
     "casualties in Rafah, and Israeli officials voiced \"deep disappointment.\"",
     "2024-05-08",
     [C("Washington"), C("Israel"), G("Rafah", "Rafah", "PSE"), C("Israeli")],
     "ISR|USA", "NEG"),
    ("Emirati and Iranian traders gathered at the Dubai Iran Trade Hub for the annual fair, "
     "organisers said, without commenting on the political climate.",
     "2023-11-21",
     [C("Emirati"), C("Iranian"), O("Dubai Iran Trade Hub", "ARE")],
     "ARE|IRN", "NEU"),
    ("Jordan and Iraq agreed to revive plans for a Basra–Aqaba oil pipeline, the Aqaba Chamber of "
     "Energy said.",
     "2023-02-15",
     [C("Jordan"), C("Iraq"), G("Basra"), G("Aqaba", "Aqaba", "JOR", n=1), O("Aqaba Chamber of Energy", "JOR")],
     "IRQ|JOR", "POS"),
    ("Saudi Arabia paid off Syria's arrears to the World Bank, a gesture Damascus economist Ziad "
     "Haddadin called \"a vote of confidence in the new government.\"",
     "2025-04-27",
     [C("Saudi Arabia"), C("Syria"), K("World Bank"), G("Damascus"), P("Ziad Haddadin")],
     "SAU|SYR", "POS"),
    ("The US Treasury sanctioned six Hong Kong-based firms for shipping Iranian oil, and Iran's "
     "Foreign Ministry called the move \"economic terrorism.\"",
     "2024-10-11",
     [C("US"), K("Treasury", "Treasury Department"), G("Hong Kong", "Hong Kong", "CHN"),
      C("Iranian"), C("Iran"), M("Foreign Ministry", "IRN")],
     "IRN|USA", "NEG"),
]

# --- end of items ---


# ---------------------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------------------


def _jsonl(path: Path):
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class Tables:
    def __init__(self):
        self.leaders = []
        for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
            self.leaders.extend(_jsonl(path))
        self.orgs = {r["name"]: r for r in _jsonl(SOURCES / "orgs.jsonl")}
        self.org_forms = collections.defaultdict(set)
        for r in self.orgs.values():
            for form in [r["name"], r.get("full")] + list(r.get("aliases", [])):
                if form:
                    self.org_forms[form].add(r["name"])
        self.countries = _jsonl(DATA / "countries.jsonl")
        self.country_forms = collections.defaultdict(set)
        self.country_kind = {r["iso3"]: r.get("kind") for r in self.countries}
        for r in self.countries:
            forms = [r["name"], r.get("official"), r.get("capital")]
            forms += list(r.get("aliases", [])) + list(r.get("demonyms", []))
            forms += list(r.get("capital_aliases", []))
            for form in forms:
                if form:
                    self.country_forms[form].add(r["iso3"])
        self.regions = collections.defaultdict(list)
        for r in _jsonl(DATA / "regions.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.regions[form].append(r)
        self.cities = collections.defaultdict(list)
        for r in _jsonl(DATA / "cities.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.cities[form].append(r)
        self.place_names = set(self.regions) | set(self.cities)
        try:
            import pycountry
            self.iso3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
        except ImportError:  # fall back on the project's own table
            self.iso3 = {r["iso3"] for r in self.countries} | EXTRA_ISO3
        self.leader_forms = set()
        for r in self.leaders:
            self.leader_forms.add(r["name"])
            self.leader_forms.update(r.get("aliases", []))
        self.gazetteer_forms = self.leader_forms | set(self.org_forms) | set(self.country_forms)
        # invented names and texts of the evaluation sets: not to be reused here
        self.eval_names, self.eval_texts = set(), set()
        for path in sorted(EVAL.glob("*.jsonl")):
            for r in _jsonl(path):
                self.eval_texts.add(r["text"])
                for sp in r.get("spans", []):
                    if sp["label"] in ("PERSON", "ORG") and not sp.get("kb_id"):
                        self.eval_names.add(r["text"][sp["start"]:sp["end"]])


def in_term(row, date):
    return row["start"] <= date and (row["end"] is None or date < row["end"])


# ---------------------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------------------


class ItemError(Exception):
    pass


GENERIC_ORG = re.compile(r"(Ministry|Office|Department|Council|Service|Agency|Committee|"
                         r"Parliament|Government|Embassy|Consulate|Commission|Court|Senate)")


def _occurrences(text, surface, starts, ends):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)
            if m.start() in starts and m.end() in ends]


def resolve(label, surface, kb, extra, date, tab: Tables, warnings, idx):
    """Return (kb_id, attrs, unseen) for one span, or raise ItemError."""
    extra = dict(extra or {})
    unseen = bool(extra.pop("unseen", False))
    attrs = {}
    if label == "COUNTRY":
        if kb is None:
            cands = tab.country_forms.get(surface, set())
            if len(cands) > 1:  # a current state wins over a former one ("Moscow": RUS, SUN)
                cands = {c for c in cands if tab.country_kind.get(c) != "former"} or cands
            if len(cands) != 1:
                raise ItemError(f"COUNTRY {surface!r}: cannot resolve ({sorted(cands)}), give ISO3")
            kb = next(iter(cands))
        if not re.fullmatch(r"[A-Z]{3}", kb) or kb not in tab.iso3:
            raise ItemError(f"COUNTRY {surface!r}: bad ISO3 {kb!r}")
    elif label == "LEADER":
        role = extra.get("role")
        rows = [r for r in tab.leaders if in_term(r, date) and not r.get("unsure")
                and (r["name"] == kb if kb else
                     (surface == r["name"] or surface in r.get("aliases", [])))
                and (role is None or r["role"] == role)]
        keys = sorted({(r["name"], r["country"], r["role"]) for r in rows})
        if len(keys) != 1:
            unsure = [r["name"] for r in tab.leaders if in_term(r, date) and r.get("unsure")
                      and (surface == r["name"] or surface in r.get("aliases", []))]
            raise ItemError(f"LEADER {surface!r} on {date}: {len(keys)} matches {keys}"
                            + (f" (unsure rows: {unsure})" if unsure else ""))
        kb, country, role = keys[0]
        forms = {kb} | {a for r in rows for a in r.get("aliases", [])}
        if surface not in forms:
            warnings.append(f"item {idx}: LEADER surface {surface!r} is not a listed form of {kb}")
        attrs = {"country": country, "role": role}
    elif label == "PERSON":
        if kb:
            known = [r for r in tab.leaders if r["name"] == kb]
            if not known:
                raise ItemError(f"PERSON {surface!r}: kb {kb!r} is not a known name")
            now = [r for r in known if in_term(r, date)]
            if now:
                raise ItemError(f"PERSON {surface!r}: {kb} is in office on {date}")
            if any(r.get("unsure") for r in known):
                raise ItemError(f"PERSON {surface!r}: a row of {kb} is marked unsure")
        clash = [r["name"] for r in tab.leaders if in_term(r, date) and r["name"] != kb
                 and (surface == r["name"] or surface in r.get("aliases", []))]
        if clash:
            raise ItemError(f"PERSON {surface!r} equals a form of in-office leader {clash}")
    elif label == "ORG":
        country = extra.get("country")
        if kb is None:
            cands = tab.org_forms.get(surface, set())
            if len(cands) != 1:
                raise ItemError(f"ORG {surface!r}: cannot resolve ({sorted(cands)})")
            kb = next(iter(cands))
        if kb:
            if kb not in tab.orgs:
                raise ItemError(f"ORG {surface!r}: kb {kb!r} not in orgs.jsonl")
            home = tab.orgs[kb].get("country")
            if country and country != home:
                raise ItemError(f"ORG {surface!r}: country {country} != {home} of {kb}")
            country = home
        if country:
            attrs = {"country": country}
    elif label == "LOC":
        if kb is None:
            regs = tab.regions.get(surface, [])
            if regs and tab.cities.get(surface):
                raise ItemError(f"LOC {surface!r}: both a region and a city, give kb/country")
            if regs:
                kb = regs[0]["name"]
                auto_country = regs[0].get("country")
            else:
                cities = sorted(tab.cities.get(surface, []), key=lambda r: -(r.get("population") or 0))
                if not cities:
                    raise ItemError(f"LOC {surface!r}: not in the place tables, give kb/country")
                kb, auto_country = cities[0]["name"], cities[0]["country"]
                others = {c["country"] for c in cities[1:] if (c.get("population") or 0)
                          > 0.2 * (cities[0].get("population") or 1)}
                if others - {auto_country} and "country" not in extra:
                    warnings.append(f"item {idx}: LOC {surface!r} resolved to {kb}/{auto_country}, "
                                    f"also {sorted(others - {auto_country})}")
        else:
            auto_country = None
            if "country" not in extra:
                regs = tab.regions.get(kb, [])
                cities = sorted(tab.cities.get(kb, []), key=lambda r: -(r.get("population") or 0))
                if regs:
                    auto_country = regs[0].get("country")
                elif cities:
                    auto_country = cities[0]["country"]
                else:
                    raise ItemError(f"LOC {surface!r}: kb {kb!r} not in tables, give country")
            elif kb not in tab.place_names:
                warnings.append(f"item {idx}: LOC kb {kb!r} not in cities/regions tables")
        country = extra["country"] if "country" in extra else auto_country
        if country:
            attrs = {"country": country}
    else:
        raise ItemError(f"unknown label {label!r}")
    if "country" in attrs and attrs["country"] not in tab.iso3:
        raise ItemError(f"{surface!r}: bad country {attrs['country']!r}")
    if unseen:
        if label not in ("PERSON", "ORG") or kb:
            raise ItemError(f"{surface!r}: only PERSON/ORG with kb '' can be unseen")
        if surface in tab.gazetteer_forms:
            raise ItemError(f"unseen {surface!r} is a gazetteer form")
        if surface in tab.eval_names:
            raise ItemError(f"unseen {surface!r} is an invented name of the evaluation sets")
    return kb, attrs, unseen


def build_item(idx, item, nlp, tab: Tables, warnings):
    if not (isinstance(item, tuple) and len(item) == 5):
        raise ItemError("item must be (text, date, spans, dyad, tone)")
    text, date, spans, dyad, tone = item
    if not re.fullmatch(r"(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", date):
        raise ItemError(f"bad date {date!r}")
    if text != text.strip() or "  " in text:
        raise ItemError("stray whitespace in text")
    doc = nlp.make_doc(text)
    starts = {t.idx for t in doc}
    ends = {t.idx + len(t.text) for t in doc}
    out, unseen = [], []
    for sp in spans:
        if not (isinstance(sp, tuple) and len(sp) == 5):
            raise ItemError(f"span must be a 5-tuple: {sp!r}")
        surface, label, kb, extra, n = sp
        if label not in LABELS:
            raise ItemError(f"unknown label {label!r}")
        occ = _occurrences(text, surface, starts, ends)
        if not occ:
            raise ItemError(f"surface {surface!r} not found on token boundaries")
        if n is None:
            if len(occ) > 1:
                raise ItemError(f"surface {surface!r} occurs {len(occ)} times: give n")
            n = 1
        if not 1 <= n <= len(occ):
            raise ItemError(f"surface {surface!r}: occurrence {n} of {len(occ)}")
        start, end = occ[n - 1]
        if doc.char_span(start, end) is None:
            raise ItemError(f"span {surface!r} not on token boundaries")
        if surface != surface.strip() or re.match(r"(?i)the\s", surface):
            raise ItemError(f"span {surface!r} has spaces or a leading article")
        if surface.endswith(("'s", "’s", "'", "’")):
            raise ItemError(f"span {surface!r} ends with a possessive")
        kb, attrs, is_unseen = resolve(label, surface, kb, extra, date, tab, warnings, idx)
        row = {"start": start, "end": end, "label": label, "kb_id": kb}
        row.update(attrs)
        out.append(row)
        if is_unseen and surface not in unseen:
            unseen.append((start, surface))
    out.sort(key=lambda r: (r["start"], r["end"]))
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise ItemError(f"overlap {text[a['start']:a['end']]!r} / {text[b['start']:b['end']]!r}")
    for r in out:
        surface = text[r["start"]:r["end"]]
        for s, e in _occurrences(text, surface, starts, ends):
            if not any(o["start"] <= s and e <= o["end"] for o in out):
                raise ItemError(f"occurrence of {surface!r} at {s} is not labelled")
    if not any(r["label"] == "COUNTRY" for r in out):
        raise ItemError("no COUNTRY span")
    if (dyad is None) != (tone is None):
        raise ItemError("dyad and tone go together")
    dyads, tones = {}, []
    if dyad is not None:
        parts = dyad.split("|")
        if len(parts) != 2 or parts != sorted(parts) or parts[0] == parts[1]:
            raise ItemError(f"bad dyad {dyad!r} (two distinct sorted ISO3 codes)")
        if tone not in TONES:
            raise ItemError(f"bad tone {tone!r}")
        mentioned = {r["kb_id"] for r in out if r["label"] == "COUNTRY"}
        mentioned |= {r["country"] for r in out if r["label"] == "LEADER"}
        for code in parts:
            if code not in tab.iso3:
                raise ItemError(f"dyad code {code!r} is not ISO3")
            if code not in mentioned:
                raise ItemError(f"dyad state {code} is not mentioned")
        dyads = {dyad: tone}
        tones = [{"start": 0, "end": len(text), "tone": tone}]
    names = []
    for _, s in sorted(unseen):
        if s not in names:
            names.append(s)
    return {"text": text, "date": date, "spans": out, "tone": tones, "dyads": dyads,
            "unseen": names}


def build(warnings):
    import spacy

    nlp = spacy.blank("en")
    tab = Tables()
    rows, errors, seen = [], [], set()
    for i, item in enumerate(ITEMS, 1):
        try:
            built = build_item(i, item, nlp, tab, warnings)
        except ItemError as exc:
            errors.append(f"item {i} ({str(item[0])[:60]!r}): {exc}")
            continue
        if built["text"] in seen:
            errors.append(f"item {i}: duplicate text")
        if built["text"] in tab.eval_texts:
            errors.append(f"item {i}: text of an evaluation set")
        seen.add(built["text"])
        rows.append({"id": f"{ID_PREFIX}{i:04d}", **built})
    return rows, errors, nlp


# words that signal the tone phenomena of the eval README (a rough count, for the summary)
PHENOMENA = {
    "negation": r"\b(not|no|never|without|no longer|failed|refused|denied|dismissed|rejected|"
                r"declined|far from|free of|neither|nor)\b|n't\b",
    "hypothetical": r"\b(if|unless|could|would|might|may|should|risks?|threat(en)?s?|warned)\b",
    "reversal": r"\b(lifted|restored|resumed|reopened|returned|defused|overcome|ended|"
                r"suspended|collapsed|reimposed|stalled|thaw|back on track|behind them)\b",
    "concession": r"\b(despite|although|though|but|while|for all|nonetheless|however|yet)\b",
}


def summary(rows, nlp):
    labels = collections.Counter(sp["label"] for r in rows for sp in r["spans"])
    tones = collections.Counter(t for r in rows for t in r["dyads"].values())
    span_text = lambda r, sp: r["text"][sp["start"]:sp["end"]]  # noqa: E731
    unseen_person = sum(1 for r in rows for sp in r["spans"]
                        if sp["label"] == "PERSON" and span_text(r, sp) in r["unseen"])
    unseen_org = sum(1 for r in rows for sp in r["spans"]
                     if sp["label"] == "ORG" and span_text(r, sp) in r["unseen"])
    items_up = sum(1 for r in rows if any(sp["label"] == "PERSON" and span_text(r, sp) in r["unseen"]
                                          for sp in r["spans"]))
    items_uo = sum(1 for r in rows if any(sp["label"] == "ORG" and span_text(r, sp) in r["unseen"]
                                          for sp in r["spans"]))
    n = max(len(rows), 1)
    print(f"items: {len(rows)}  spans: {sum(labels.values())}  "
          f"with dyad: {sum(1 for r in rows if r['dyads'])}  "
          f"distinct dyads: {len({d for r in rows for d in r['dyads']})}")
    print("labels: " + ", ".join(f"{k} {labels[k]}" for k in LABELS))
    print("tones:  " + ", ".join(f"{k} {tones[k]} ({100 * tones[k] / n:.0f}%)" for k in TONES))
    print(f"unseen PERSON spans: {unseen_person} (items: {items_up}, {100 * items_up / n:.0f}%)  "
          f"unseen ORG spans: {unseen_org} (items: {items_uo}, {100 * items_uo / n:.0f}%)  "
          f"distinct unseen names: {len({u for r in rows for u in r['unseen']})}")
    ph = {k: sum(1 for r in rows if re.search(v, r["text"], re.I)) for k, v in PHENOMENA.items()}
    anyp = sum(1 for r in rows if any(re.search(v, r["text"], re.I) for v in PHENOMENA.values()))
    print("phenomenon cue words (rough): " + ", ".join(f"{k} {v}" for k, v in ph.items())
          + f"; any {anyp} ({100 * anyp / n:.0f}%)")
    leaders = collections.Counter(sp["kb_id"] for r in rows for sp in r["spans"] if sp["label"] == "LEADER")
    countries = collections.Counter(sp["kb_id"] for r in rows for sp in r["spans"] if sp["label"] == "COUNTRY")
    print(f"distinct LEADERs: {len(leaders)}  distinct COUNTRY kb_ids: {len(countries)}  "
          f"dates: {min(r['date'] for r in rows) if rows else '-'} .. {max(r['date'] for r in rows) if rows else '-'}")


LINT_SKIP = {
    "I", "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "Its", "This", "That", "These", "Those", "Mr.", "Ms.",
    "Mrs.", "Dr.", "Prof.", "President", "Prime", "Minister", "Foreign", "Chancellor",
    "Secretary", "State", "Leader", "Supreme", "King", "Emir", "Crown", "Prince", "Deputy",
    "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "“", "‘", "Sultan", "Pope", "General", "Senator", "Governor", "Mayor", "Vice", "Sheikh",
}


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    for row in rows:
        doc = nlp.make_doc(row["text"])
        covered = set()
        for sp in row["spans"]:
            covered.update(range(sp["start"], sp["end"]))
        for i, tok in enumerate(doc):
            if tok.idx in covered or not tok.text[:1].isupper() or tok.text in LINT_SKIP:
                continue
            if i == 0 or doc[i - 1].text in {".", "“", "\"", ":", "?", "!", "—"}:
                continue
            print(f"  lint {row['id']}: {tok.text!r} in {row['text'][:80]!r}")


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate and compare, do not write")
    ap.add_argument("--lint", action="store_true", help="list capitalised tokens outside spans")
    args = ap.parse_args(argv)
    warnings: list = []
    rows, errors, nlp = build(warnings)
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    if args.lint:
        lint(rows, nlp)
    text = dump(rows)
    summary(rows, nlp)
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
