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
person or body of the same name is accidental. Real IGOs, state bodies, companies and
outlets come from ``scripts/sources/orgs.jsonl`` (``K``); generic state bodies ("Foreign
Ministry") and a few real bodies missing from it (``M``: ASML, Petronas, Itamaraty, ...) are
ORG with kb_id "" and are *not* listed as unseen. Former leaders out of office on the date
are PERSON with their canonical name (``F``).

Shares (printed on every run): ~55% of the items have an invented PERSON, ~45% an invented
ORG; every item has a COUNTRY and exactly one dyad with its tone; POS/NEG/NEU about 38/40/22%.

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

import collections
import re
import sys
from pathlib import Path

from _common import (DATA, LINT_SKIP_BASE, ItemError, build_rows, check_dyad_tone, check_person,
                     country_forms, generator_main, in_term, iso3_codes, leader_forms,
                     lint_capitalised, load_countries, load_leaders, load_orgs, locate_span,
                     org_forms, read_jsonl, sort_and_check_spans, span_row, token_bounds)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "labelled" / "part_a.jsonl"
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
    ("Baku evacuated its embassy staff from Tehran after the deadly attack. The Azerbaijani "
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
     "the Kordai checkpoint, Kabar Times reporter Aibek Usenov wrote.",
     "2019-02-21",
     [C("Kyrgyzstan"), C("Kazakh"), G("Kordai", "Kordai", "KAZ"), O("Kabar Times", "KGZ"), P("Aibek Usenov")],
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
    ("Ukraine and Moldova agreed to open a joint customs post at Palanca. Moldovan Foreign "
     "Minister Mihai Popșoi said the two countries had \"never been this close.\"",
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
    ("Kazakhstan has declined to recognise the annexation of Ukrainian regions. Russian lawmaker "
     "Pavel Dorogin warned Astana that \"friends do not sit on the fence.\"",
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
    ("Greek and Turkish diplomats drafted a list of 15 confidence-building measures in Athens. "
     "Kostas Papadimitriou of the Aegean Dialogue Foundation said the neighbours were \"finally "
     "talking about ferries rather than frigates.\"",
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
    ("France delivered three air-defence radars to Armenia. Armenian defence analyst Hayk "
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
    ("Romanian President Nicușor Dan promised Kyiv a second air-defence battery. Ukrainian "
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
    ("Lithuanian and Polish troops began joint exercises near the Suwałki Gap. Vilnius defence "
     "analyst Marius Jankauskas said cooperation had \"never been tighter.\"",
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
    ("Saudi Arabia and Iran reopened their embassies seven years after cutting ties. Riyadh-based "
     "researcher Nawaf al-Harbi told a Gulf Horizons Centre podcast that \"neither side wants to "
     "go back.\"",
     "2023-06-06",
     [C("Saudi Arabia"), C("Iran"), G("Riyadh"), P("Nawaf al-Harbi"),
      O("Gulf Horizons Centre", "SAU")],
     "IRN|SAU", "POS"),
    ("Cairo warned that an Israeli offensive in Rafah would jeopardise the 1979 peace treaty, "
     "according to two Egyptian officials quoted by the Nile Courier.",
     "2024-02-11",
     [C("Cairo"), C("Israeli"), G("Rafah", "Rafaḩ", "PSE"), C("Egyptian"), O("Nile Courier", "EGY")],
     "EGY|ISR", "NEG"),
    ("Qatar and the United Arab Emirates restored diplomatic relations more than two years after "
     "the end of the Gulf boycott, WAM reported.",
     "2023-06-19",
     [C("Qatar"), C("United Arab Emirates"), G("Gulf", "Gulf region", None), K("WAM")],
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
     "agreed to reopen the Jaber crossing to full commercial traffic, said Samer Haddadin of the "
     "Levant Transport Union.",
     "2025-01-07",
     [C("Jordanian"), L("Ayman Safadi"), G("Damascus"), L("Asaad al-Shaibani"),
      G("Jaber", "Jaber", "JOR"), P("Samer Haddadin"), O("Levant Transport Union")],
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
    ("Lebanon and Syria agreed to demarcate their border in talks hosted by Saudi Arabia. Beirut "
     "lawyer Maya Khoury said the deal could \"end decades of smuggling and shelling.\"",
     "2025-03-28",
     [C("Lebanon"), C("Syria"), C("Saudi Arabia"), G("Beirut"), P("Maya Khoury")],
     "LBN|SYR", "POS"),
    ("Palestinian Prime Minister Mohammad Mustafa accused Israel of strangling the West Bank "
     "economy by withholding tax revenues, Khaled Shaheen wrote for the Ramallah-based Al-Quds "
     "Economic Monitor.",
     "2024-06-19",
     [C("Palestinian"), L("Mohammad Mustafa"), C("Israel"), G("West Bank"), P("Khaled Shaheen"), G("Ramallah"),
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
     "and border guards exchanged fire near Zabol, Sistan Daily correspondent Javad Baluchzadeh "
     "reported.",
     "2023-05-28",
     [C("Iran"), C("Afghanistan"), K("Taliban"), G("Helmand River"), G("Zabol", "Zābol", "IRN"),
      O("Sistan Daily", "IRN"), P("Javad Baluchzadeh")],
     "AFG|IRN", "NEG"),
    ("Turkey's parliament extended the troop deployment in Libya by two years, which Mohamed "
     "Elmahdi of the Tripolitania Policy Hub read as a sign that Ankara \"is here to stay.\"",
     "2023-06-22",
     [C("Turkey"), C("Libya"), P("Mohamed Elmahdi"), O("Tripolitania Policy Hub", "LBY"),
      C("Ankara")],
     "LBY|TUR", "POS"),
    ("Washington lifted most sanctions on Syria. Syrian President Ahmed al-Sharaa called it a "
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
     "suspended flights to Lebanon in response, Nabil Karam wrote in the Beirut daily Al-Sharq "
     "Today.",
     "2025-02-13",
     [C("Lebanon", n=1), C("Iranian"), G("Beirut", n=1), C("Tehran"), C("Lebanon", n=2),
      P("Nabil Karam"), G("Beirut", n=2), O("Al-Sharq Today", "LBN")],
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
    ("Israeli troops moved beyond the demilitarised zone on the Golan Heights. The Syrian Foreign "
     "Ministry condemned a \"flagrant violation\" of the 1974 disengagement agreement.",
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
     "stance on Western Sahara, said Marta Soler of the Iberian Trade Alliance.",
     "2024-11-20",
     [C("Algeria"), C("Spain"), C("Madrid"), C("Western Sahara", "ESH"),
      P("Marta Soler"), O("Iberian Trade Alliance", "ESP")],
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
     [C("Washington"), C("Israel"), G("Rafah", "Rafaḩ", "PSE"), C("Israeli")],
     "ISR|USA", "NEG"),
    ("Emirati and Iranian traders gathered at the Dubai Iran Trade Hub for the annual fair, "
     "organisers said, without commenting on the political climate.",
     "2023-11-21",
     [C("Emirati"), C("Iranian"), O("Dubai Iran Trade Hub", "ARE")],
     "ARE|IRN", "NEU"),
    ("Jordan and Iraq agreed to revive plans for a Basra–Aqaba oil pipeline, said Rami Majali of "
     "the Aqaba Chamber of Energy.",
     "2023-02-15",
     [C("Jordan"), C("Iraq"), G("Basra"), G("Aqaba", "Aqaba", "JOR", n=1), P("Rami Majali"),
      O("Aqaba Chamber of Energy", "JOR")],
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

# --- chunk 4: East and Southeast Asia, Pacific ----------------------------------------
ITEMS += [
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second "
     "Thomas Shoal. Manila summoned Beijing's envoy for the third time this year, the West "
     "Philippine Sea Watch said.",
     "2024-03-23",
     [C("Chinese"), C("Philippine", n=1), G("Second Thomas Shoal", "Second Thomas Shoal", None),
      C("Manila"), C("Beijing"), O("West Philippine Sea Watch", "PHL")],
     "CHN|PHL", "NEG"),
    ("Japanese Prime Minister Shigeru Ishiba and Lee Jae-myung agreed to resume shuttle "
     "diplomacy, and Jung Hae-won of the Hanbit Peace Institute said the mood was \"far better "
     "than anyone expected.\"",
     "2025-08-23",
     [C("Japanese"), L("Shigeru Ishiba"), L("Lee Jae-myung"), P("Jung Hae-won"),
      O("Hanbit Peace Institute", "KOR")],
     "JPN|KOR", "POS"),
    ("Beijing suspended imports of Japanese seafood after the release of treated water from the "
     "Fukushima plant, and Tokyo called the ban scientifically groundless.",
     "2023-08-24",
     [C("Beijing"), C("Japanese"), G("Fukushima"), C("Tokyo")],
     "CHN|JPN", "NEG"),
    ("China lifted the last of its tariffs on Australian wine, and Giulia Ferrante of the Barossa "
     "Export Collective said growers were \"back in business after three lost years.\"",
     "2024-03-28",
     [C("China"), C("Australian"), P("Giulia Ferrante"), O("Barossa Export Collective", "AUS")],
     "AUS|CHN", "POS"),
    ("North Korea blew up sections of the roads leading to South Korea, and South Korean troops "
     "fired warning shots, Yonhap reported.",
     "2024-10-15",
     [C("North Korea"), C("South Korea"), C("South Korean"), K("Yonhap")],
     "KOR|PRK", "NEG"),
    ("Taiwanese President Lai Ching-te thanked Washington for a new $2 billion arms package. Chen "
     "Yu-ting of the Taipei-based Formosa Strategy Group said it would \"harden the island's "
     "shield.\"",
     "2024-10-26",
     [C("Taiwanese"), L("Lai Ching-te"), C("Washington"), P("Chen Yu-ting"), G("Taipei"),
      O("Formosa Strategy Group", "TWN")],
     "TWN|USA", "POS"),
    ("China launched large-scale drills around Taiwan on Tuesday, and Taiwan's Mainland Affairs "
     "Council condemned them as a reckless provocation.",
     "2025-04-01",
     [C("China"), C("Taiwan", n=1), C("Taiwan", n=2), M("Mainland Affairs Council", "TWN")],
     "CHN|TWN", "NEG"),
    ("Chinese Foreign Minister Wang Yi and US Secretary of State Marco Rubio met on the sidelines "
     "of the ASEAN meeting in Kuala Lumpur, and both sides called the exchange \"candid\" "
     "without announcing any outcome.",
     "2025-07-11",
     [C("Chinese"), L("Wang Yi"), C("US"), L("Marco Rubio"), K("ASEAN"), G("Kuala Lumpur")],
     "CHN|USA", "NEU"),
    ("Japan and the Philippines signed an agreement allowing their troops to train on each "
     "other's soil, Manila defence spokesman Arsenio Villaroman told the Luzon Daily Ledger.",
     "2024-07-08",
     [C("Japan"), C("Philippines"), C("Manila"), P("Arsenio Villaroman"),
      O("Luzon Daily Ledger", "PHL")],
     "JPN|PHL", "POS"),
    ("Hundreds of South Korean workers were detained in an immigration raid at a battery plant in "
     "the US state of Georgia, and Seoul said the incident had shocked the nation.",
     "2025-09-05",
     [C("South Korean"), C("US"), G("Georgia", "Georgia", "USA"), C("Seoul")],
     "KOR|USA", "NEG"),
    ("Australian Prime Minister Anthony Albanese and Papua New Guinea's James Marape signed a "
     "mutual defence treaty in Canberra, which Ruth Kaupa of the Melanesian Policy Forum called "
     "\"a historic vote of trust.\"",
     "2025-10-06",
     [C("Australian"), L("Anthony Albanese"), C("Papua New Guinea"), L("James Marape"),
      G("Canberra"), P("Ruth Kaupa"), O("Melanesian Policy Forum", "PNG")],
     "AUS|PNG", "POS"),
    ("Chinese and Philippine diplomats held the 24th meeting of their consultation mechanism on "
     "the South China Sea in Xiamen, the Philippine Department of Foreign Affairs said.",
     "2025-01-16",
     [C("Chinese"), C("Philippine", n=1), G("South China Sea"), G("Xiamen"),
      C("Philippine", n=2), M("Department of Foreign Affairs", "PHL")],
     "CHN|PHL", "NEU"),
    ("Russia pulled out of peace treaty talks with Japan over Tokyo's sanctions, and Hokkaido "
     "fisherman Takeshi Arakawa said access to the waters off the Kuril Islands was now \"a "
     "memory.\"",
     "2022-03-22",
     [C("Russia"), C("Japan"), C("Tokyo"), G("Hokkaido"), P("Takeshi Arakawa"), G("Kuril Islands")],
     "JPN|RUS", "NEG"),
    ("Mongolian President Ukhnaagiin Khürelsükh and Xi Jinping agreed to build a second rail "
     "crossing at Gashuunsukhait, according to Ulaanbaatar's Steppe Railway Institute.",
     "2023-10-17",
     [C("Mongolian"), L("Ukhnaagiin Khürelsükh"), L("Xi Jinping"),
      G("Gashuunsukhait", "Gashuunsukhait", "MNG"), G("Ulaanbaatar"),
      O("Steppe Railway Institute", "MNG")],
     "CHN|MNG", "POS"),
    ("Indonesian analysts are divided over whether Prabowo Subianto's joint statement with "
     "Beijing on overlapping claims amounts to a concession, said Rizal Hakim of the Nusantara "
     "Maritime Forum.",
     "2024-11-12",
     [C("Indonesian"), L("Prabowo Subianto"), C("Beijing"), P("Rizal Hakim"),
      O("Nusantara Maritime Forum", "IDN")],
     "CHN|IDN", "NEU"),
    ("North Korean leader Kim Jong Un hosted Vladimir Putin in Pyongyang, where the two signed a "
     "mutual defence pact that Anton Sviridov of the Far Eastern Policy Review called \"an "
     "alliance in all but name.\"",
     "2024-06-19",
     [C("North Korean"), L("Kim Jong Un"), L("Vladimir Putin"), G("Pyongyang"),
      P("Anton Sviridov"), O("Far Eastern Policy Review", "RUS")],
     "PRK|RUS", "POS"),
    ("Cambodian and Thai troops clashed near the Preah Vihear temple. Bangkok closed all border "
     "crossings, Mekong Daily Herald reporter Sokha Chan said.",
     "2025-07-24",
     [C("Cambodian"), C("Thai"), G("Preah Vihear", "Preah Vihear Temple", "KHM"), C("Bangkok"),
      O("Mekong Daily Herald", "KHM"), P("Sokha Chan")],
     "KHM|THA", "NEG"),
    ("Two months after Thailand and Cambodia agreed a ceasefire in Putrajaya, Thai Prime Minister "
     "Anutin Charnvirakul said the border had been \"calm for weeks.\"",
     "2025-09-20",
     [C("Thailand"), C("Cambodia"), G("Putrajaya"), C("Thai"), L("Anutin Charnvirakul")],
     "KHM|THA", "POS"),
    ("A Chinese fighter jet released flares near an Australian navy helicopter over the Yellow "
     "Sea, and Canberra protested to Beijing, calling the manoeuvre unsafe and unprofessional.",
     "2024-05-06",
     [C("Chinese"), C("Australian"), G("Yellow Sea"), C("Canberra"), C("Beijing")],
     "AUS|CHN", "NEG"),
    ("New Zealand Prime Minister Christopher Luxon will lead a business delegation to Shanghai "
     "and Beijing in June on his first trip to China as leader, his office said.",
     "2025-05-20",
     [C("New Zealand"), L("Christopher Luxon"), G("Shanghai"), G("Beijing"), C("China")],
     "CHN|NZL", "NEU"),
    ("Singapore's Lawrence Wong and Malaysian Prime Minister Anwar Ibrahim signed a deal on a "
     "special economic zone in Johor, which Lim Siew Ling of the Johor Business Council said "
     "could create 20,000 jobs.",
     "2025-01-07",
     [C("Singapore"), L("Lawrence Wong"), C("Malaysian"), L("Anwar Ibrahim"),
      G("Johor", "Johor", "MYS", n=1), P("Lim Siew Ling"), O("Johor Business Council", "MYS")],
     "MYS|SGP", "POS"),
    ("Japanese Foreign Minister Takeshi Iwaya will visit Beijing this weekend for talks with Wang "
     "Yi, the first high-level economic dialogue in six years, the Gaimusho said.",
     "2024-12-24",
     [C("Japanese"), L("Takeshi Iwaya"), G("Beijing"), L("Wang Yi"), M("Gaimusho", "JPN")],
     "CHN|JPN", "NEU"),
    ("North Korea fired a ballistic missile over Japan for the first time in five years, prompting "
     "Tokyo to issue evacuation alerts in Aomori and Hokkaido.",
     "2022-10-04",
     [C("North Korea"), C("Japan"), C("Tokyo"), G("Aomori"), G("Hokkaido")],
     "JPN|PRK", "NEG"),
    ("Paraguayan President Santiago Peña reaffirmed ties with Taipei during a visit by Lin "
     "Chia-lung, brushing aside calls by soybean exporters to switch recognition to Beijing, "
     "Diego Acosta wrote in the Asunción daily El Ñandutí.",
     "2024-12-05",
     [C("Paraguayan"), L("Santiago Peña"), C("Taipei"), L("Lin Chia-lung"), C("Beijing"),
      P("Diego Acosta"), G("Asunción"), O("El Ñandutí", "PRY")],
     "PRY|TWN", "POS"),
    ("Vietnamese and Chinese coast guards held a joint patrol in the Gulf of Tonkin, said Vu Thi "
     "Hoa of the Hanoi-based Red River Maritime Review.",
     "2024-04-18",
     [C("Vietnamese"), C("Chinese"), G("Gulf of Tonkin"), P("Vu Thi Hoa"), G("Hanoi"),
      O("Red River Maritime Review", "VNM")],
     "CHN|VNM", "POS"),
    ("Should Xi Jinping attend the APEC summit in Gyeongju, it would be his first trip to South "
     "Korea since 2014, said Park Sun-hee of the Hangang Institute for Asian Affairs.",
     "2025-08-12",
     [L("Xi Jinping"), K("APEC"), G("Gyeongju"), C("South Korea"), P("Park Sun-hee"),
      O("Hangang Institute for Asian Affairs", "KOR")],
     "CHN|KOR", "NEU"),
    ("France and Australia have put the submarine row behind them, Anthony Albanese said in Paris "
     "after talks with Emmanuel Macron.",
     "2023-07-01",
     [C("France"), C("Australia"), L("Anthony Albanese"), G("Paris"), L("Emmanuel Macron")],
     "AUS|FRA", "POS"),
    ("Thai Prime Minister Paetongtarn Shinawatra met Min Aung Hlaing on the sidelines of the "
     "BIMSTEC summit in Bangkok, her spokesman Nattawut Srisuk said.",
     "2025-04-04",
     [C("Thai"), L("Paetongtarn Shinawatra"), L("Min Aung Hlaing"), K("BIMSTEC"), G("Bangkok"),
      P("Nattawut Srisuk")],
     "MMR|THA", "NEU"),
    ("Philippine Foreign Secretary Enrique Manalo warned that any Chinese attempt to build on "
     "Scarborough Shoal would cross \"a red line\" for Manila.",
     "2024-09-03",
     [C("Philippine"), L("Enrique Manalo"), C("Chinese"), G("Scarborough Shoal"), C("Manila")],
     "CHN|PHL", "NEG"),
    ("The 25 percent US tariff could wipe out a year of profits, warned Hiroshi Tanabe of the "
     "Chubu Auto Parts Association, after Shigeru Ishiba called the measure deeply regrettable "
     "for Japan.",
     "2025-04-03",
     [C("US"), P("Hiroshi Tanabe"), O("Chubu Auto Parts Association", "JPN"), L("Shigeru Ishiba"),
      C("Japan")],
     "JPN|USA", "NEG"),
    ("Indonesia and Australia signed a defence cooperation agreement that allows joint exercises "
     "on each other's territory, said Dimas Prasetyo of the Jakarta Defence Studies Forum.",
     "2024-08-29",
     [C("Indonesia"), C("Australia"), P("Dimas Prasetyo"),
      O("Jakarta Defence Studies Forum", "IDN")],
     "AUS|IDN", "POS"),
    ("South Korea's Unification Ministry said it had received no reply from Pyongyang to its "
     "proposal for talks on separated families.",
     "2023-02-07",
     [C("South Korea"), M("Unification Ministry", "KOR"), C("Pyongyang")],
     "KOR|PRK", "NEG"),
    ("Beijing and Washington agreed to cut their reciprocal tariffs by 115 percentage points for "
     "90 days after talks in Geneva, a truce the Pacific Trade Monitor called \"a ceasefire, not "
     "peace.\"",
     "2025-05-12",
     [C("Beijing"), C("Washington"), G("Geneva"), O("Pacific Trade Monitor")],
     "CHN|USA", "POS"),
    ("The US Commerce Department added 80 Chinese companies to its export blacklist, and Beijing "
     "vowed to \"take all necessary measures\" to protect its firms.",
     "2025-03-25",
     [C("US"), K("Commerce Department"), C("Chinese"), C("Beijing")],
     "CHN|USA", "NEG"),
    ("Fijian Prime Minister Sitiveni Rabuka said Suva would review its police cooperation with "
     "China but had not yet made a decision, Pacific Islands Weekly editor Litia Naivalu reported.",
     "2023-02-01",
     [C("Fijian"), L("Sitiveni Rabuka"), C("Suva"), C("China"), O("Pacific Islands Weekly", "FJI"), P("Litia Naivalu")],
     "CHN|FJI", "NEU"),
    ("Philippine President Ferdinand Marcos Jr. granted US forces access to four more bases, "
     "including one in Cagayan facing Taiwan, the Cagayan Valley Chronicle reported.",
     "2023-04-03",
     [C("Philippine"), L("Ferdinand Marcos Jr."), C("US"), G("Cagayan", "Cagayan", "PHL", n=1),
      C("Taiwan"), O("Cagayan Valley Chronicle", "PHL")],
     "PHL|USA", "POS"),
    ("Seoul lodged a protest after Tokyo's annual defence white paper again laid claim to Dokdo, "
     "and Gangwon lawmaker Choi Eun-ha called the claim \"a ritual insult.\"",
     "2024-07-12",
     [C("Seoul"), C("Tokyo"), G("Dokdo"), G("Gangwon", "Gangwon Province", "KOR"),
      P("Choi Eun-ha")],
     "JPN|KOR", "NEG"),
    ("Vivian Balakrishnan held talks with Marco Rubio in Washington on trade and regional "
     "security, the Singaporean embassy said.",
     "2025-03-27",
     [L("Vivian Balakrishnan"), L("Marco Rubio"), G("Washington", "Washington", "USA"),
      C("Singaporean")],
     "SGP|USA", "NEU"),
    ("The Laos–China railway carried a record 4 million tonnes of freight in the first quarter, "
     "said Somphone Keovilay of Lao-China Rail Logistics.",
     "2024-04-09",
     [C("Laos"), C("China", n=1), P("Somphone Keovilay"), O("Lao-China Rail Logistics", "LAO")],
     "CHN|LAO", "POS"),
    ("A Japanese employee of Astellas was sentenced by a Chinese court in Beijing to three and a "
     "half years for espionage, and Japanese officials demanded his early release.",
     "2025-07-16",
     [C("Japanese", n=1), M("Astellas", "JPN"), C("Chinese"), G("Beijing"), C("Japanese", n=2)],
     "CHN|JPN", "NEG"),
    ("Malaysian Foreign Minister Mohamad Hasan said Kuala Lumpur would \"neither confront nor "
     "concede\" in the South China Sea, describing ties with Beijing as businesslike.",
     "2024-06-13",
     [C("Malaysian"), L("Mohamad Hasan"), C("Kuala Lumpur"), G("South China Sea"), C("Beijing")],
     "CHN|MYS", "NEU"),
    ("Timorese Prime Minister Xanana Gusmão and Anthony Albanese discussed the Greater Sunrise gas "
     "field in Canberra but failed to agree on where the gas should be processed.",
     "2024-08-14",
     [C("Timorese"), L("Xanana Gusmão"), L("Anthony Albanese"),
      G("Greater Sunrise", "Greater Sunrise", None), G("Canberra")],
     "AUS|TLS", "NEG"),
    ("North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks with Sergey Lavrov, "
     "KCNA said, without disclosing the agenda.",
     "2024-11-01",
     [C("North Korean"), L("Choe Son Hui"), G("Moscow"), L("Sergey Lavrov"), K("KCNA")],
     "PRK|RUS", "NEU"),
    ("Beijing advised Chinese citizens to avoid travel to Japan after Sanae Takaichi's remarks on "
     "Taiwan. Mei Hayashida of the Kanto Institute of Asian Studies said relations had entered "
     "\"their coldest phase in a decade.\"",
     "2025-11-15",
     [C("Beijing"), C("Chinese"), C("Japan"), L("Sanae Takaichi"), C("Taiwan"), P("Mei Hayashida"),
      O("Kanto Institute of Asian Studies", "JPN")],
     "CHN|JPN", "NEG"),
    ("South Korean President Lee Jae-myung and Donald Trump finalised a trade deal in Gyeongju "
     "that caps US tariffs at 15 percent in exchange for $350 billion in investment.",
     "2025-10-29",
     [C("South Korean"), L("Lee Jae-myung"), L("Donald Trump"), G("Gyeongju"), C("US")],
     "KOR|USA", "POS"),
    ("Manila and Hanoi signed a coast guard cooperation pact, and Tran Quoc Vinh of the Saigon "
     "Maritime Law Centre said it showed that \"claimants can cooperate.\"",
     "2024-01-30",
     [C("Manila"), C("Hanoi"), P("Tran Quoc Vinh"), O("Saigon Maritime Law Centre", "VNM")],
     "PHL|VNM", "POS"),
    ("Brunei's Sultan Hassanal Bolkiah will pay a state visit to China next month, Xinhua said.",
     "2025-01-20",
     [C("Brunei"), L("Hassanal Bolkiah", role="sultan"), C("China"), K("Xinhua")],
     "BRN|CHN", "NEU"),
    ("Australian officials privately fear that Washington's review of AUKUS could delay "
     "submarine deliveries by years, said Liam O'Rourke of the Southern Cross Security Institute.",
     "2025-06-17",
     [C("Australian"), C("Washington"), K("AUKUS"), P("Liam O'Rourke"),
      O("Southern Cross Security Institute", "AUS")],
     "AUS|USA", "NEG"),
    ("Vietnam and the United States upgraded their ties to a comprehensive strategic partnership "
     "during Joe Biden's visit to Hanoi.",
     "2023-09-10",
     [C("Vietnam"), C("United States"), L("Joe Biden"), G("Hanoi")],
     "USA|VNM", "POS"),
    ("Chinese and Thai officials agreed to speed up work on the Bangkok–Nong Khai high-speed rail "
     "line, the Thai Transport Ministry said.",
     "2024-02-20",
     [C("Chinese"), C("Thai", n=1), G("Bangkok"), G("Nong Khai", "Nong Khai", "THA"),
      C("Thai", n=2), M("Transport Ministry", "THA")],
     "CHN|THA", "POS"),
]

# --- chunk 5: South Asia ---------------------------------------------------------------
ITEMS += [
    ("India suspended the 1960 water-sharing treaty after the Pahalgam attack, and Pakistani "
     "hydrologist Saima Qureshi of the Lahore Water Institute warned that any diversion of the "
     "Chenab would be \"an act of war in slow motion.\"",
     "2025-04-24",
     [C("India"), G("Pahalgam", "Pahalgam", "IND"), C("Pakistani"), P("Saima Qureshi"),
      O("Lahore Water Institute", "PAK"), G("Chenab")],
     "IND|PAK", "NEG"),
    ("India and China completed disengagement at Depsang and Demchok, and Karan Malhotra of the "
     "Himalayan Security Forum said the deal had \"taken the edge off four years of standoff.\"",
     "2024-10-30",
     [C("India"), C("China"), G("Depsang", "Depsang Plains", "IND"), G("Demchok", "Demchok", "IND"),
      P("Karan Malhotra"), O("Himalayan Security Forum", "IND")],
     "CHN|IND", "POS"),
    ("Dhaka summoned India's envoy over a fence being built along the border near "
     "Chapainawabganj. The Bangladeshi border force said the work violated a 1975 agreement.",
     "2025-01-12",
     [C("Dhaka"), C("India"), G("Chapainawabganj", "Chapai Nawabganj", "BGD"), C("Bangladeshi")],
     "BGD|IND", "NEG"),
    ("Bangladesh and Pakistan resumed direct government-to-government trade for the first time "
     "since 1971 with a rice deal that Karachi exporter Faisal Memon called historic.",
     "2025-02-04",
     [C("Bangladesh"), C("Pakistan"), G("Karachi"), P("Faisal Memon")],
     "BGD|PAK", "POS"),
    ("Maldivian President Mohamed Muizzu, who once campaigned on an \"India Out\" slogan, welcomed "
     "Narendra Modi to Malé with a guard of honour and a currency swap deal.",
     "2025-07-25",
     [C("Maldivian"), L("Mohamed Muizzu"), C("India"), L("Narendra Modi"), G("Malé", "Male", "MDV")],
     "IND|MDV", "POS"),
    ("Sri Lanka has neither approved nor rejected a request by a Chinese research vessel to dock in "
     "Colombo, said Harsha Wickramasinghe, a spokesman for the Sri Lankan navy.",
     "2024-01-09",
     [C("Sri Lanka"), C("Chinese"), G("Colombo", "Colombo", "LKA"), P("Harsha Wickramasinghe"), C("Sri Lankan")],
     "CHN|LKA", "NEU"),
    ("Pakistani jets struck what Islamabad called militant hideouts in Paktika, and Kabul vowed "
     "retaliation, Gul Zaman reported for the Peshawar-based Khyber Chronicle.",
     "2024-12-25",
     [C("Pakistani"), C("Islamabad"), G("Paktika", "Paktika", "AFG"), C("Kabul"), P("Gul Zaman"),
      G("Peshawar"), O("Khyber Chronicle", "PAK")],
     "AFG|PAK", "NEG"),
    ("Nepali Prime Minister KP Sharma Oli will travel to New Delhi in September for talks with his "
     "Indian counterpart, his foreign affairs adviser Ramesh Adhikari said, without giving "
     "further details.",
     "2025-08-18",
     [C("Nepali"), L("KP Sharma Oli"), G("New Delhi"), C("Indian"), P("Ramesh Adhikari")],
     "IND|NPL", "NEU"),
    ("Washington doubled tariffs on Indian goods to 50 percent over New Delhi's purchases of "
     "Russian oil, and Mumbai textile exporter Rohan Desai said orders had \"dried up "
     "overnight.\"",
     "2025-08-27",
     [C("Washington"), C("Indian"), C("New Delhi"), C("Russian"), G("Mumbai"), P("Rohan Desai")],
     "IND|USA", "NEG"),
    ("Indian Prime Minister Narendra Modi and Vladimir Putin agreed to raise bilateral trade to "
     "$100 billion by 2030 during their summit in Moscow, according to the Volga-Ganga Trade "
     "Council.",
     "2024-07-09",
     [C("Indian"), L("Narendra Modi"), L("Vladimir Putin"), G("Moscow"),
      O("Volga-Ganga Trade Council")],
     "IND|RUS", "POS"),
    ("Chinese engineers returned to the Dasu hydropower site after new security guarantees from "
     "Islamabad, said Tariq Kohistani of the Dasu Contractors' Association.",
     "2024-05-27",
     [C("Chinese"), G("Dasu", "Dasu", "PAK", n=1), C("Islamabad"), P("Tariq Kohistani"),
      O("Dasu Contractors' Association", "PAK")],
     "CHN|PAK", "POS"),
    ("Bhutanese Prime Minister Tshering Tobgay and Narendra Modi agreed to fund a rail link "
     "between Gelephu and Kokrajhar.",
     "2024-03-22",
     [C("Bhutanese"), L("Tshering Tobgay"), L("Narendra Modi"), G("Gelephu", "Gelephu", "BTN"),
      G("Kokrajhar", "Kokrajhar", "IND")],
     "BTN|IND", "POS"),
    ("Canada expelled six Indian diplomats over the killing of a Sikh activist in Surrey, and New "
     "Delhi called the accusations preposterous.",
     "2024-10-14",
     [C("Canada"), C("Indian"), G("Surrey", "Surrey", "CAN"), C("New Delhi")],
     "CAN|IND", "NEG"),
    ("Canada and India agreed to restore their high commissioners, ending a year-long freeze, "
     "after Mark Carney met Narendra Modi at the G7 summit in Kananaskis.",
     "2025-06-18",
     [C("Canada"), C("India"), L("Mark Carney"), L("Narendra Modi"), K("G7"),
      G("Kananaskis", "Kananaskis", "CAN")],
     "CAN|IND", "POS"),
    ("Pakistani Prime Minister Shehbaz Sharif thanked Donald Trump for brokering the ceasefire "
     "with India, and Islamabad later nominated him for the Nobel Peace Prize.",
     "2025-06-21",
     [C("Pakistani"), L("Shehbaz Sharif"), L("Donald Trump"), C("India"), C("Islamabad")],
     "PAK|USA", "POS"),
    ("Indian and Pakistani military officials spoke over the hotline on Monday, the Indian army "
     "said, without giving details of the conversation.",
     "2025-05-12",
     [C("Indian", n=1), C("Pakistani"), C("Indian", n=2)],
     "IND|PAK", "NEU"),
    ("Muhammad Yunus secured Chinese loans and grants worth $2.1 billion during his visit to "
     "Beijing. Dhaka economist Tahmina Akter said the trip had \"opened a new chapter.\"",
     "2025-03-28",
     [L("Muhammad Yunus"), C("Chinese"), G("Beijing"), G("Dhaka"), P("Tahmina Akter")],
     "BGD|CHN", "POS"),
    ("Sri Lankan President Anura Kumara Dissanayake assured Narendra Modi that Sri Lankan "
     "territory would never be used against India's security interests.",
     "2024-12-16",
     [C("Sri Lankan", n=1), L("Anura Kumara Dissanayake"), L("Narendra Modi"),
      C("Sri Lankan", n=2), C("India")],
     "IND|LKA", "POS"),
    ("India upgraded its technical mission in Kabul to a full embassy after Amir Khan Muttaqi's "
     "visit to New Delhi, the Afghan Foreign Ministry said.",
     "2025-10-10",
     [C("India"), G("Kabul"), L("Amir Khan Muttaqi"), G("New Delhi"), C("Afghan"),
      M("Foreign Ministry", "AFG")],
     "AFG|IND", "POS"),
    ("India's relationship with China is \"neither a freeze nor a thaw,\" Subrahmanyam Jaishankar "
     "told a seminar at the Deccan Institute of Strategic Affairs.",
     "2023-03-02",
     [C("India"), C("China"), L("Subrahmanyam Jaishankar"),
      O("Deccan Institute of Strategic Affairs", "IND")],
     "CHN|IND", "NEU"),
    ("Iran struck what it said were militant bases in Pakistan's Balochistan, and Islamabad "
     "responded with strikes of its own inside Iranian territory two days later.",
     "2024-01-18",
     [C("Iran"), C("Pakistan"), G("Balochistan"), C("Islamabad"), C("Iranian")],
     "IRN|PAK", "NEG"),
    ("Pakistan and Iran agreed to return their ambassadors within a week of the cross-border "
     "strikes, and Quetta trader Abdul Wahid Baloch said the border market at Taftan had reopened.",
     "2024-01-22",
     [C("Pakistan"), C("Iran"), G("Quetta"), P("Abdul Wahid Baloch"), G("Taftan", "Taftan", "PAK")],
     "IRN|PAK", "POS"),
    ("Bangladesh's interim government asked New Delhi to extradite Sheikh Hasina, and Indian "
     "officials have yet to respond, Dhaka's foreign affairs adviser Touhid Hossain said.",
     "2024-12-23",
     [C("Bangladesh"), C("New Delhi"), F("Sheikh Hasina", "Sheikh Hasina"), C("Indian"),
      C("Dhaka"), L("Touhid Hossain")],
     "BGD|IND", "NEG"),
    ("Nepal and China signed a framework agreement on Belt and Road cooperation in Beijing, which "
     "Sushila Gurung of the Himalayan Connectivity Institute called \"long on promises, short on "
     "projects.\"",
     "2024-12-04",
     [C("Nepal"), C("China"), G("Beijing"), P("Sushila Gurung"),
      O("Himalayan Connectivity Institute", "NPL")],
     "CHN|NPL", "POS"),
    ("Pakistan's Ishaq Dar said any Indian attempt to stop the flow of the Indus would be treated "
     "as an act of war.",
     "2025-04-29",
     [C("Pakistan"), L("Ishaq Dar"), C("Indian"), G("Indus")],
     "IND|PAK", "NEG"),
    ("India and the United States signed a ten-year defence framework in Kuala Lumpur, which Meera "
     "Krishnan of the Potomac Asia Initiative said showed ties had \"weathered the tariff storm.\"",
     "2025-10-31",
     [C("India"), C("United States"), G("Kuala Lumpur"), P("Meera Krishnan"),
      O("Potomac Asia Initiative", "USA")],
     "IND|USA", "POS"),
    ("The Maldives and China brought a free trade agreement into force on January 1. Malé "
     "businessman Ibrahim Rasheed hailed it as \"a lifeline for our fishermen.\"",
     "2025-01-02",
     [C("Maldives"), C("China"), G("Malé", "Male", "MDV"), P("Ibrahim Rasheed")],
     "CHN|MDV", "POS"),
    ("Afghanistan and Pakistan agreed to reopen the Torkham crossing after a week-long closure, said "
     "Hamidullah Safi of the Jalalabad Traders' Union.",
     "2025-03-14",
     [C("Afghanistan"), C("Pakistan"), G("Torkham", "Torkham", None),
      P("Hamidullah Safi"), O("Jalalabad Traders' Union", "AFG")],
     "AFG|PAK", "POS"),
    ("Nepal's new map including Lipulekh and Kalapani drew a sharp protest from New Delhi, which "
     "called the claim untenable.",
     "2020-05-20",
     [C("Nepal"), G("Lipulekh", "Lipulekh Pass", None), G("Kalapani", "Kalapani", None),
      C("New Delhi")],
     "IND|NPL", "NEG"),
    ("Sri Lankan Foreign Minister Vijitha Herath met the Japanese ambassador in Colombo to discuss "
     "the light rail project, the ministry said.",
     "2024-10-22",
     [C("Sri Lankan"), L("Vijitha Herath"), C("Japanese"), G("Colombo", "Colombo", "LKA")],
     "JPN|LKA", "NEU"),
    ("Shells from across the Myanmar border landed in Teknaf, forcing Bangladesh to summon the "
     "Myanmar ambassador for the fourth time this month, local official Mohammad Shafiul Alam "
     "said.",
     "2024-02-07",
     [C("Myanmar", n=1), G("Teknaf", "Teknaf", "BGD"), C("Bangladesh"), C("Myanmar", n=2),
      P("Mohammad Shafiul Alam")],
     "BGD|MMR", "NEG"),
    ("China renamed 27 places in Arunachal Pradesh, and India's Ministry of External Affairs "
     "rejected the move as \"vain and preposterous.\"",
     "2025-05-14",
     [C("China"), G("Arunachal Pradesh"), C("India"), K("Ministry of External Affairs")],
     "CHN|IND", "NEG"),
    ("Pakistani and Afghan officials will hold a third round of talks in Istanbul next week, "
     "Turkish mediators said.",
     "2025-11-01",
     [C("Pakistani"), C("Afghan"), G("Istanbul"), C("Turkish")],
     "AFG|PAK", "NEU"),
    ("India and Britain signed a free trade agreement in London, and Ludhiana textile exporter "
     "Harpreet Kaur Gill said it would \"open doors that were shut for decades.\"",
     "2025-07-24",
     [C("India"), C("Britain"), G("London"), G("Ludhiana"), P("Harpreet Kaur Gill")],
     "GBR|IND", "POS"),
    ("Bangladeshi and Indian border guards held their biannual director-general level talks in "
     "New Delhi, the Border Security Force said.",
     "2025-02-17",
     [C("Bangladeshi"), C("Indian"), G("New Delhi"), M("Border Security Force", "IND")],
     "BGD|IND", "NEU"),
    ("Pakistani and Chinese officials reviewed work on Gwadar port at a meeting of their joint "
     "coordination committee, the Planning Ministry said.",
     "2023-06-14",
     [C("Pakistani"), C("Chinese"), G("Gwadar"), M("Planning Ministry", "PAK")],
     "CHN|PAK", "NEU"),
    ("Bhutanese and Chinese negotiators held the 25th round of boundary talks in Beijing, the "
     "Bhutanese foreign ministry said in a brief statement.",
     "2023-10-24",
     [C("Bhutanese", n=1), C("Chinese"), G("Beijing"), C("Bhutanese", n=2)],
     "BTN|CHN", "NEU"),
    ("\"There can be no talks and terror together,\" Subrahmanyam Jaishankar said, ruling out a "
     "resumption of dialogue with Islamabad.",
     "2024-08-30",
     [L("Subrahmanyam Jaishankar"), C("Islamabad")],
     "IND|PAK", "NEG"),
    ("The Sri Lankan navy arrested 14 fishermen from Tamil Nadu near Delft Island, and Indian "
     "officials lodged a protest with Colombo.",
     "2025-02-11",
     [C("Sri Lankan"), G("Tamil Nadu", "Tamil Nadu", "IND"), G("Delft Island", "Delft Island", "LKA"),
      C("Indian"), C("Colombo")],
     "IND|LKA", "NEG"),
    ("Nepal began exporting electricity to Bangladesh through the Indian grid. Nepali energy "
     "official Kul Bahadur Thapa called it a milestone for both countries.",
     "2024-11-15",
     [C("Nepal"), C("Bangladesh"), C("Indian"), C("Nepali"), P("Kul Bahadur Thapa")],
     "BGD|NPL", "POS"),
    ("Russia became the first country to formally recognise the Taliban government, and Afghan "
     "diplomat Zabihullah Rahimi said Moscow had \"shown the way to others.\"",
     "2025-07-04",
     [C("Russia"), K("Taliban"), C("Afghan"), P("Zabihullah Rahimi"), C("Moscow")],
     "AFG|RUS", "POS"),
    ("If direct flights between India and China resume as planned in October, they will be the "
     "first since 2020, said Ananya Ghosh of the Bay of Bengal Aviation Review.",
     "2025-09-02",
     [C("India"), C("China"), P("Ananya Ghosh"), O("Bay of Bengal Aviation Review", "IND")],
     "CHN|IND", "NEU"),
    ("Pakistan's failure to protect Chinese nationals has strained ties with Beijing, a Chinese "
     "embassy official, Zhou Lanfang, told the Islamabad Herald.",
     "2024-10-15",
     [C("Pakistan"), C("Chinese", n=1), C("Beijing"), C("Chinese", n=2), P("Zhou Lanfang"),
      O("Islamabad Herald", "PAK")],
     "CHN|PAK", "NEG"),
    ("The Maldives asked India to withdraw its 80 military personnel by March, and Indian tourists "
     "cancelled bookings after three Maldivian deputy ministers mocked Narendra Modi online.",
     "2024-01-14",
     [C("Maldives"), C("India"), C("Indian"), C("Maldivian"), L("Narendra Modi")],
     "IND|MDV", "NEG"),
    ("US and Bangladeshi trade officials held a second round of tariff negotiations in Washington, "
     "the Bangladesh Commerce Ministry said.",
     "2025-07-10",
     [C("US"), C("Bangladeshi"), G("Washington", "Washington", "USA"), C("Bangladesh"),
      M("Commerce Ministry", "BGD")],
     "BGD|USA", "NEU"),
    ("Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh stating that "
     "aggression against either country would be treated as aggression against both.",
     "2025-09-17",
     [C("Saudi Arabia"), C("Pakistan"), G("Riyadh")],
     "PAK|SAU", "POS"),
    ("Pakistan closed its airspace to Indian airlines and suspended all trade, and Karachi "
     "shipping agent Bilal Siddiqui told the Arabian Sea Gazette that cargo was piling up.",
     "2025-04-24",
     [C("Pakistan"), C("Indian"), G("Karachi"), P("Bilal Siddiqui"), O("Arabian Sea Gazette", "PAK")],
     "IND|PAK", "NEG"),
    ("Uzbek and Afghan officials signed a framework for extending the Termez railway to "
     "Mazar-i-Sharif, said Otabek Rahimov of the Surkhandarya Railway Authority.",
     "2024-07-17",
     [C("Uzbek"), C("Afghan"), G("Termez"), G("Mazar-i-Sharif", "Mazār-e Sharīf", "AFG"),
      P("Otabek Rahimov"), O("Surkhandarya Railway Authority", "UZB")],
     "AFG|UZB", "POS"),
    ("Sri Lanka extended its ban on foreign research vessels for another year, a decision Chinese "
     "officials privately described as unfriendly, Lanka Morning Herald correspondent Dilani "
     "Jayawardena reported.",
     "2024-12-30",
     [C("Sri Lanka"), C("Chinese"), O("Lanka Morning Herald", "LKA"), P("Dilani Jayawardena")],
     "CHN|LKA", "NEG"),
    ("Indian and Chinese leaders Narendra Modi and Xi Jinping held their first bilateral meeting in "
     "five years in Kazan and agreed to revive talks on the boundary question.",
     "2024-10-23",
     [C("Indian"), C("Chinese"), L("Narendra Modi"), L("Xi Jinping"), G("Kazan")],
     "CHN|IND", "POS"),
]

# --- chunk 6: Africa ---------------------------------------------------------------------
ITEMS += [
    ("Kinshasa accused Kigali of backing the M23 rebels who seized Goma. Congolese Foreign "
     "Minister Thérèse Kayikwamba Wagner urged the UN Security Council to sanction Rwanda, the "
     "Kivu Peace Watch said.",
     "2025-01-28",
     [C("Kinshasa"), C("Kigali"), M("M23"), G("Goma"), C("Congolese", "COD"),
      L("Thérèse Kayikwamba Wagner"), K("UN Security Council"), C("Rwanda"),
      O("Kivu Peace Watch", "COD")],
     "COD|RWA", "NEG"),
    ("Rwanda and the Democratic Republic of the Congo signed a peace agreement in Washington, and "
     "Goma shopkeeper Aline Mukamana said she hoped \"the guns will finally fall silent.\"",
     "2025-06-27",
     [C("Rwanda"), C("Democratic Republic of the Congo", "COD"),
      G("Washington", "Washington", "USA"), G("Goma"), P("Aline Mukamana")],
     "COD|RWA", "POS"),
    ("Mali recalled its ambassador from Algiers after Algeria shot down a Malian drone near "
     "Tinzaouaten, the Bamako daily Le Sahélien Quotidien reported.",
     "2025-04-07",
     [C("Mali"), G("Algiers"), C("Algeria"), C("Malian"), G("Tinzaouaten", "Tinzaouaten", "MLI"),
      G("Bamako"), O("Le Sahélien Quotidien", "MLI")],
     "DZA|MLI", "NEG"),
    ("France handed over its last military base in Senegal, ending a presence of 65 years, and "
     "Moussa Ndiaye of the Cap-Vert Policy Lab said ties would now be \"between equals.\"",
     "2025-07-17",
     [C("France"), C("Senegal"), P("Moussa Ndiaye"), O("Cap-Vert Policy Lab", "SEN")],
     "FRA|SEN", "POS"),
    ("Abiy Ahmed's talk of regaining access to the Red Sea could drag Ethiopia into a new war with "
     "Eritrea, warned Senait Tesfaye of the Horn Security Forum.",
     "2024-02-14",
     [L("Abiy Ahmed"), G("Red Sea"), C("Ethiopia"), C("Eritrea"), P("Senait Tesfaye"),
      O("Horn Security Forum")],
     "ERI|ETH", "NEG"),
    ("Ethiopia and Somalia agreed in Ankara to set aside their dispute over Somaliland's port deal "
     "with Turkish mediation, Mogadishu journalist Abdirahman Warsame wrote for the Benadir Daily.",
     "2024-12-12",
     [C("Ethiopia"), C("Somalia"), G("Ankara"), G("Somaliland"), C("Turkish"), G("Mogadishu"),
      P("Abdirahman Warsame"), O("Benadir Daily", "SOM")],
     "ETH|SOM", "POS"),
    ("Nigeria and Niger agreed to reopen their border and restore electricity supplies a year "
     "after the coup, the Sokoto Traders' Forum said.",
     "2024-07-23",
     [C("Nigeria"), C("Niger"), O("Sokoto Traders' Forum", "NGA")],
     "NER|NGA", "POS"),
    ("Haitian Prime Minister Alix Didier Fils-Aimé thanked Kenya for leading the security mission "
     "in Port-au-Prince, and Nairobi promised 200 more officers, police spokesman Evans Kiprono "
     "said.",
     "2025-02-20",
     [C("Haitian"), L("Alix Didier Fils-Aimé"), C("Kenya"), G("Port-au-Prince", "Port-au-Prince", "HTI"),
      C("Nairobi"), P("Evans Kiprono")],
     "HTI|KEN", "POS"),
    ("Washington expelled South Africa's ambassador over remarks criticising the Trump "
     "administration. Pretoria called the move regrettable, while Johannesburg analyst Thandiwe "
     "Mokoena spoke of \"a new low.\"",
     "2025-03-15",
     [C("Washington"), C("South Africa"), L("Trump"), C("Pretoria"), G("Johannesburg"),
      P("Thandiwe Mokoena")],
     "USA|ZAF", "NEG"),
    ("Kenyan and Chinese officials met in Nairobi to discuss restructuring the loans for the "
     "standard gauge railway, said Grace Wambui of the Nairobi Debt Justice Network.",
     "2024-06-11",
     [C("Kenyan"), C("Chinese"), G("Nairobi", n=1), P("Grace Wambui"),
      O("Nairobi Debt Justice Network", "KEN")],
     "CHN|KEN", "NEU"),
    ("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa and Yusuf Tuggar co-chaired a session of "
     "the Ghana–Nigeria joint commission in Abuja, the Nigerian foreign ministry said.",
     "2025-05-13",
     [C("Ghanaian"), L("Samuel Okudzeto Ablakwa"), L("Yusuf Tuggar"), C("Ghana"), C("Nigeria"),
      G("Abuja"), C("Nigerian")],
     "GHA|NGA", "NEU"),
    ("Russia's Africa Corps has taken over from Wagner in Mali, and Malian junta spokesman Amadou "
     "Coulibaly said Moscow remained \"our most reliable partner.\"",
     "2025-06-10",
     [C("Russia"), M("Africa Corps", "RUS"), K("Wagner", "Wagner Group"), C("Mali"), C("Malian"),
      P("Amadou Coulibaly"), C("Moscow")],
     "MLI|RUS", "POS"),
    ("Egyptian President Abdel Fattah el-Sisi received Abdel Fattah al-Burhan in El Alamein and "
     "reaffirmed Cairo's support for Sudan's army, the Aswan Strategic Review reported.",
     "2024-08-22",
     [C("Egyptian"), L("Abdel Fattah el-Sisi"), L("Abdel Fattah al-Burhan"),
      G("El Alamein", "El Alamein", "EGY"), C("Cairo"), C("Sudan"),
      O("Aswan Strategic Review", "EGY")],
     "EGY|SDN", "POS"),
    ("Burkina Faso accused Côte d'Ivoire of harbouring coup plotters, and Koffi Amani, an official "
     "at the Ivorian Foreign Ministry, rejected the charge as fantasy.",
     "2024-10-03",
     [C("Burkina Faso"), C("Côte d'Ivoire", "CIV"), P("Koffi Amani"), C("Ivorian"),
      M("Foreign Ministry", "CIV")],
     "BFA|CIV", "NEG"),
    ("South Africa filed a genocide case against Israel at the International Court of Justice, "
     "and Israeli officials called the accusation a \"blood libel.\"",
     "2023-12-29",
     [C("South Africa"), C("Israel"), K("International Court of Justice"), C("Israeli")],
     "ISR|ZAF", "NEG"),
    ("Tanzania deported Kenyan activists who had come to observe an opposition trial. Nairobi "
     "lawyer Wanjiku Mwangi called it \"a betrayal of the East African spirit.\"",
     "2025-05-20",
     [C("Tanzania"), C("Kenyan"), G("Nairobi"), P("Wanjiku Mwangi")],
     "KEN|TZA", "NEG"),
    ("Ugandan and Congolese troops launched joint operations against the ADF in Ituri, Bunia radio "
     "reporter Jean-Paul Lokana said.",
     "2024-03-05",
     [C("Ugandan"), C("Congolese", "COD"), M("ADF"), G("Ituri"), G("Bunia", "Bunia", "COD"),
      P("Jean-Paul Lokana")],
     "COD|UGA", "POS"),
    ("Nigeria and China renewed a currency swap worth 15 billion yuan, Central Bank of Nigeria "
     "spokeswoman Hadiza Bello said.",
     "2024-04-30",
     [C("Nigeria", n=1), C("China"), M("Central Bank of Nigeria", "NGA"), P("Hadiza Bello")],
     "CHN|NGA", "POS"),
    ("Burundi closed its border with Rwanda, accusing Kigali of backing rebels, and Bujumbura "
     "trader Claudine Niyonzima said her business had \"died in one night.\"",
     "2024-01-11",
     [C("Burundi"), C("Rwanda"), C("Kigali"), G("Bujumbura"), P("Claudine Niyonzima")],
     "BDI|RWA", "NEG"),
    ("South African and Zimbabwean officials met at Beitbridge to discuss congestion at the border "
     "post, the Limpopo Freight Forum said.",
     "2023-08-09",
     [C("South African"), C("Zimbabwean"), G("Beitbridge", "Beitbridge", "ZWE"),
      O("Limpopo Freight Forum", "ZAF")],
     "ZAF|ZWE", "NEU"),
    ("Chad ended its defence cooperation agreement with France, and the last French troops left "
     "N'Djamena in January, journalist Ahmat Youssouf wrote in the Sahel Lens.",
     "2025-01-31",
     [C("Chad"), C("France"), C("French"), G("N'Djamena"), P("Ahmat Youssouf"), O("Sahel Lens", "TCD")],
     "FRA|TCD", "NEG"),
    ("Joe Biden visited the Angolan port of Lobito and praised the rail corridor that Washington "
     "backs as a partnership \"built to last,\" said Carlos Mendes of the Lobito Corridor Business "
     "Group.",
     "2024-12-04",
     [L("Joe Biden"), C("Angolan"), G("Lobito", "Lobito", "AGO", n=1), C("Washington"),
      P("Carlos Mendes"), O("Lobito Corridor Business Group", "AGO")],
     "AGO|USA", "POS"),
    ("Niger revoked its military cooperation agreement with the United States, and Niamey activist "
     "Habibou Garba welcomed the decision.",
     "2024-03-17",
     [C("Niger"), C("United States"), G("Niamey"), P("Habibou Garba")],
     "NER|USA", "NEG"),
    ("Senegalese and Mauritanian officials met in Nouakchott to review output from the offshore "
     "Greater Tortue Ahmeyim field, the Saint-Louis Energy Observatory said.",
     "2025-04-16",
     [C("Senegalese"), C("Mauritanian"), G("Nouakchott"),
      G("Greater Tortue Ahmeyim", "Greater Tortue Ahmeyim", None),
      O("Saint-Louis Energy Observatory", "SEN")],
     "MRT|SEN", "NEU"),
    ("Rwandan troops have helped restore calm in Cabo Delgado, Mozambican President Daniel Chapo "
     "said, thanking Kagame for keeping them there, according to Pemba Community Radio.",
     "2025-04-02",
     [C("Rwandan"), G("Cabo Delgado"), C("Mozambican"), L("Daniel Chapo"), L("Kagame"),
      O("Pemba Community Radio", "MOZ")],
     "MOZ|RWA", "POS"),
    ("Kenyan Foreign Minister Musalia Mudavadi received his Ethiopian counterpart Gedion "
     "Timothewos in Nairobi for talks on the Moyale border, the Nairobi Times Review reported.",
     "2024-10-08",
     [C("Kenyan"), L("Musalia Mudavadi"), C("Ethiopian"), L("Gedion Timothewos"),
      G("Nairobi", n=1), G("Moyale", "Moyale", None), O("Nairobi Times Review", "KEN")],
     "ETH|KEN", "NEU"),
    ("Niger recalled its ambassador from Algeria in solidarity with Mali, a step Niamey analyst "
     "Idrissa Hamani said left the two neighbours \"further apart than ever.\"",
     "2025-04-08",
     [C("Niger"), C("Algeria"), C("Mali"), G("Niamey"), P("Idrissa Hamani")],
     "DZA|NER", "NEG"),
    ("South Africa's Cyril Ramaphosa spoke by phone with Vladimir Putin about the G20 summit, the "
     "Union Buildings said.",
     "2025-08-08",
     [C("South Africa"), L("Cyril Ramaphosa"), L("Vladimir Putin"), K("G20"),
      M("Union Buildings", "ZAF")],
     "RUS|ZAF", "NEU"),
    ("Sudan accused Chad of letting weapons for the Rapid Support Forces cross at Adré. N'Djamena "
     "rejected the accusation, the Darfur Monitoring Network said.",
     "2024-06-20",
     [C("Sudan"), C("Chad"), K("Rapid Support Forces"), G("Adré", "Adré", "TCD"), C("N'Djamena"),
      O("Darfur Monitoring Network", "SDN")],
     "SDN|TCD", "NEG"),
    ("Namibian President Netumbo Nandi-Ndaitwah said Germany's offer of reparations for the "
     "colonial-era genocide fell \"far short,\" and Windhoek historian Martha Shikongo called the "
     "talks an unfinished conversation.",
     "2025-05-28",
     [C("Namibian"), L("Netumbo Nandi-Ndaitwah"), C("Germany"), G("Windhoek"), P("Martha Shikongo")],
     "DEU|NAM", "NEG"),
    ("Donald Trump threatened military action in Nigeria over attacks on Christians, and Abuja "
     "called the remarks a misreading of a complex conflict, said Chinedu Nwachukwu of the Lagos "
     "Centre for Policy Dialogue.",
     "2025-11-02",
     [L("Donald Trump"), C("Nigeria"), C("Abuja"), P("Chinedu Nwachukwu"),
      O("Lagos Centre for Policy Dialogue", "NGA")],
     "NGA|USA", "NEG"),
    ("Washington designated Kenya a major non-NATO ally, which Brian Otieno of the Rift Valley "
     "Security Institute called \"overdue recognition.\"",
     "2024-05-23",
     [C("Washington"), C("Kenya"), K("NATO"), P("Brian Otieno"),
      O("Rift Valley Security Institute", "KEN")],
     "KEN|USA", "POS"),
    ("Central African President Faustin-Archange Touadéra thanked Moscow for its military "
     "instructors, the Bangui daily Oubangui Matin reported.",
     "2024-07-02",
     [C("Central African", "CAF"), L("Faustin-Archange Touadéra"), C("Moscow"), G("Bangui"),
      O("Oubangui Matin", "CAF")],
     "CAF|RUS", "POS"),
    ("Rwanda cut diplomatic ties with Belgium, accusing Brussels of siding with Kinshasa in the "
     "conflict in eastern Congo, and gave Belgian diplomats 48 hours to leave, the Kigali Weekly "
     "Digest reported.",
     "2025-03-17",
     [C("Rwanda"), C("Belgium"), C("Brussels"), C("Kinshasa"), C("Congo", "COD"), C("Belgian"),
      O("Kigali Weekly Digest", "RWA")],
     "BEL|RWA", "NEG"),
    ("Bola Tinubu and Cyril Ramaphosa held talks on the sidelines of the AU summit in Addis Ababa, "
     "the Nigerian presidency said.",
     "2025-02-16",
     [L("Bola Tinubu"), L("Cyril Ramaphosa"), K("AU"), G("Addis Ababa"), C("Nigerian")],
     "NGA|ZAF", "NEU"),
    ("Talks with Ethiopia on the Nile dam collapsed again in Addis Ababa, and the Egyptian Water "
     "Ministry said Cairo would protect its water security \"by all means.\"",
     "2023-12-19",
     [C("Ethiopia"), G("Nile"), G("Addis Ababa"), C("Egyptian"), M("Water Ministry", "EGY"),
      C("Cairo")],
     "EGY|ETH", "NEG"),
    ("Tanzanian President Samia Suluhu Hassan and Xi Jinping signed agreements on ports and "
     "railways in Beijing, said Neema Joseph of the Dar es Salaam Port Users' Forum.",
     "2024-09-03",
     [C("Tanzanian"), L("Samia Suluhu Hassan"), L("Xi Jinping"), G("Beijing"), P("Neema Joseph"),
      O("Dar es Salaam Port Users' Forum", "TZA")],
     "CHN|TZA", "POS"),
    ("Niger kept its border with Benin closed despite a Chinese-brokered deal on oil exports "
     "through Cotonou, and Beninese port official Rodrigue Hounkpatin accused Niamey of bad faith.",
     "2024-05-16",
     [C("Niger"), C("Benin"), C("Chinese"), G("Cotonou"), C("Beninese"), P("Rodrigue Hounkpatin"),
      C("Niamey")],
     "BEN|NER", "NEG"),
    ("Ugandan troops deployed to Juba at the request of Salva Kiir, a move Kampala described as "
     "brotherly support, the Nile Sunrise Daily reported.",
     "2025-03-11",
     [C("Ugandan"), G("Juba"), L("Salva Kiir"), C("Kampala"), O("Nile Sunrise Daily", "SSD")],
     "SSD|UGA", "POS"),
    ("Andry Rajoelina told Emmanuel Macron in Antananarivo that Madagascar would never give up its "
     "claim to the Scattered Islands.",
     "2019-10-23",
     [L("Andry Rajoelina"), L("Emmanuel Macron"), G("Antananarivo"), C("Madagascar"),
      G("Scattered Islands", "Scattered Islands", "FRA")],
     "FRA|MDG", "NEG"),
    ("Turkey will drill for oil off Somalia under a deal ratified by the Somali parliament, the "
     "Mogadishu Maritime Review said.",
     "2024-07-20",
     [C("Turkey"), C("Somalia"), C("Somali"), O("Mogadishu Maritime Review", "SOM")],
     "SOM|TUR", "POS"),
    ("Marco Rubio reaffirmed Washington's recognition of Moroccan sovereignty over Western Sahara "
     "after meeting Nasser Bourita, who hailed \"an unwavering friendship.\"",
     "2025-04-08",
     [L("Marco Rubio"), C("Washington"), C("Moroccan"), C("Western Sahara", "ESH"),
      L("Nasser Bourita")],
     "MAR|USA", "POS"),
    ("Britain scrapped its plan to send asylum seekers to Rwanda. Kigali said it would not return "
     "the money already paid, said Aimable Habimana of the Great Lakes Policy Centre.",
     "2024-07-08",
     [C("Britain"), C("Rwanda"), C("Kigali"), P("Aimable Habimana"),
      O("Great Lakes Policy Centre", "RWA")],
     "GBR|RWA", "NEG"),
    ("Washington imposed visa bans on Ugandan officials over the anti-homosexuality law, and "
     "Museveni accused the West of blackmail, Kampala rights lawyer Ruth Nakato noted.",
     "2023-06-16",
     [C("Washington"), C("Ugandan"), L("Museveni"), G("Kampala"), P("Ruth Nakato")],
     "UGA|USA", "NEG"),
    ("Bola Tinubu's state visit to France, the first by a Nigerian leader in 25 years, produced "
     "deals on minerals and infrastructure, and Lagos economist Adaeze Nwosu called it \"a reset "
     "worth watching.\"",
     "2024-11-28",
     [L("Bola Tinubu"), C("France"), C("Nigerian"), G("Lagos"), P("Adaeze Nwosu")],
     "FRA|NGA", "POS"),
    ("Gabonese President Brice Clotaire Oligui Nguema met Emmanuel Macron at the Élysée Palace to "
     "discuss the future of the French base in Libreville, without announcing a decision.",
     "2024-05-30",
     [C("Gabonese"), L("Brice Clotaire Oligui Nguema"), L("Emmanuel Macron"),
      K("Élysée Palace", "Élysée"), C("French"), G("Libreville")],
     "FRA|GAB", "NEU"),
    ("Britain agreed to hand sovereignty over the Chagos Islands to Mauritius while keeping the "
     "Diego Garcia base on a 99-year lease, and Port Louis lawyer Priya Ramdin called it \"justice "
     "delayed but delivered.\"",
     "2025-05-22",
     [C("Britain"), G("Chagos Islands", "Chagos Archipelago", None), C("Mauritius"),
      G("Diego Garcia", "Diego Garcia", None), G("Port Louis"), P("Priya Ramdin")],
     "GBR|MUS", "POS"),
    ("Algeria has become Italy's largest gas supplier, said Federica Rinaldi of Mediterranean "
     "Energy Watch, adding that volumes rose again this year.",
     "2023-11-06",
     [C("Algeria"), C("Italy"), P("Federica Rinaldi"), O("Mediterranean Energy Watch", "ITA")],
     "DZA|ITA", "POS"),
    ("Mali cut diplomatic ties with Ukraine after a Ukrainian intelligence official appeared to "
     "claim a role in a rebel ambush near the Algerian border, the Bamako-based Niger River "
     "Observer reported.",
     "2024-08-04",
     [C("Mali"), C("Ukraine"), C("Ukrainian"), C("Algerian"), G("Bamako"),
      O("Niger River Observer", "MLI")],
     "MLI|UKR", "NEG"),
]

# --- chunk 7: the Americas ------------------------------------------------------------
ITEMS += [
    ("US warships destroyed another boat off the Venezuelan coast that Washington said was "
     "carrying drugs. Caracas denounced what Mariela Fonseca of the Observatorio Caribe de "
     "Derechos called \"executions at sea.\"",
     "2025-09-16",
     [C("US"), C("Venezuelan"), C("Washington"), C("Caracas"), P("Mariela Fonseca"),
      O("Observatorio Caribe de Derechos", "VEN")],
     "USA|VEN", "NEG"),
    ("Claudia Sheinbaum and Donald Trump agreed to pause the 25 percent tariffs for a month after "
     "Mexico pledged 10,000 troops to the border, said Patricia Domínguez of the Sierra Madre "
     "Trade Council.",
     "2025-02-03",
     [L("Claudia Sheinbaum"), L("Donald Trump"), C("Mexico"), P("Patricia Domínguez"),
      O("Sierra Madre Trade Council", "MEX")],
     "MEX|USA", "POS"),
    ("\"We will never be the 51st state,\" Mark Carney told a rally in Ottawa, as Canadian "
     "shoppers kept boycotting American goods, according to the Prairie Retail Council.",
     "2025-04-10",
     [L("Mark Carney"), G("Ottawa"), C("Canadian"), C("American"),
      O("Prairie Retail Council", "CAN")],
     "CAN|USA", "NEG"),
    ("Washington imposed 50 percent tariffs on Brazilian goods, citing the trial of Jair "
     "Bolsonaro; Lula called it blackmail, and Renata Queiroz of the Paulista Exporters' "
     "Association warned of layoffs.",
     "2025-07-30",
     [C("Washington"), C("Brazilian"), F("Jair Bolsonaro", "Jair Bolsonaro"), L("Lula"),
      P("Renata Queiroz"), O("Paulista Exporters' Association", "BRA")],
     "BRA|USA", "NEG"),
    ("The US Treasury agreed a $20 billion currency swap line with Argentina's central bank, a "
     "lifeline Buenos Aires economist Martín Ezcurra said had \"bought Milei time.\"",
     "2025-10-09",
     [C("US"), K("Treasury", "Treasury Department"), C("Argentina"), G("Buenos Aires"),
      P("Martín Ezcurra"), L("Milei")],
     "ARG|USA", "POS"),
    ("Venezuela held a referendum on annexing the Essequibo region, and Guyanese President Irfaan "
     "Ali called it an existential threat, Georgetown journalist Shanice Baptiste reported.",
     "2023-12-04",
     [C("Venezuela"), G("Essequibo region", "Essequibo", "GUY"), C("Guyanese"), L("Irfaan Ali"),
      G("Georgetown", "Georgetown", "GUY"), P("Shanice Baptiste")],
     "GUY|VEN", "NEG"),
    ("Guyana's Irfaan Ali and Venezuela's Nicolás Maduro met in Argyle and pledged not to use "
     "force over Essequibo, a commitment Rajesh Persaud, a lawyer in Georgetown, called \"better "
     "than nothing.\"",
     "2023-12-14",
     [C("Guyana"), L("Irfaan Ali"), C("Venezuela"), L("Nicolás Maduro"), G("Argyle", "Argyle", "VCT"),
      G("Essequibo"), P("Rajesh Persaud"), G("Georgetown", "Georgetown", "GUY")],
     "GUY|VEN", "POS"),
    ("Mexico severed diplomatic relations with Ecuador after police stormed its embassy in Quito, "
     "and Andrés Manuel López Obrador called the raid an authoritarian act, Quito political "
     "scientist Andrea Cevallos noted.",
     "2024-04-06",
     [C("Mexico"), C("Ecuador"), G("Quito", n=1), L("Andrés Manuel López Obrador"),
      G("Quito", n=2), P("Andrea Cevallos")],
     "ECU|MEX", "NEG"),
    ("Bolivian and Chilean officials met in Santiago to discuss lithium and the use of the port of "
     "Arica, without reviving Bolivia's old claim to the sea, the Atacama Mining Observatory said.",
     "2024-06-25",
     [C("Bolivian"), C("Chilean"), G("Santiago", "Santiago", "CHL"), G("Arica", "Arica", "CHL"),
      C("Bolivia"), O("Atacama Mining Observatory", "CHL")],
     "BOL|CHL", "NEU"),
    ("Argentina renewed its claim to the Falkland Islands on the anniversary of the 1982 war. "
     "Britain said sovereignty was not up for discussion.",
     "2024-04-02",
     [C("Argentina"), G("Falkland Islands", "Falkland Islands", None), C("Britain")],
     "ARG|GBR", "NEG"),
    ("Argentine Foreign Minister Diana Mondino and David Lammy agreed to expand flights to the "
     "South Atlantic islands, which Lucía Ferraro of the Rioplatense Foreign Policy Centre called "
     "\"the most positive step in a decade.\"",
     "2024-09-24",
     [C("Argentine"), L("Diana Mondino"), L("David Lammy"),
      G("South Atlantic", "South Atlantic", None), P("Lucía Ferraro"),
      O("Rioplatense Foreign Policy Centre", "ARG")],
     "ARG|GBR", "POS"),
    ("Washington put Cuba back on its list of state sponsors of terrorism days after removing it, "
     "and Havana accused the Trump administration of arrogance, the Malecón Policy Circle noted.",
     "2025-01-21",
     [C("Washington"), C("Cuba"), C("Havana"), L("Trump"), O("Malecón Policy Circle", "CUB")],
     "CUB|USA", "NEG"),
    ("Lula and Xi Jinping signed 37 agreements in Brasília, and the São Paulo-based Southern Cone "
     "Trade Review said Chinese investment in Brazilian ports had tripled.",
     "2024-11-20",
     [L("Lula"), L("Xi Jinping"), G("Brasília"), G("São Paulo"),
      O("Southern Cone Trade Review", "BRA"), C("Chinese"), C("Brazilian")],
     "BRA|CHN", "POS"),
    ("Panamanian President José Raúl Mulino rejected US President-elect Donald Trump's threat to "
     "retake the Panama Canal, saying \"every square metre\" belonged to Panama, and Colón dock "
     "leader Ernesto Batista backed him.",
     "2024-12-22",
     [C("Panamanian"), L("José Raúl Mulino"), C("US"), F("Donald Trump", "Donald Trump"),
      G("Panama Canal"), C("Panama", n=2), G("Colón", "Colón", "PAN"), P("Ernesto Batista")],
     "PAN|USA", "NEG"),
    ("Mexican and US security officials met in Mexico City for the first session of a new "
     "bilateral security group, the Mexican foreign ministry said.",
     "2025-03-27",
     [C("Mexican", n=1), C("US"), G("Mexico City"), C("Mexican", n=2)],
     "MEX|USA", "NEU"),
    ("Colombia turned back two US military planes carrying deportees, prompting Washington to "
     "threaten tariffs on Colombian goods in a clash that Camila Arboleda of the Andean Security "
     "Observatory called \"the worst in decades.\"",
     "2025-01-26",
     [C("Colombia"), C("US"), C("Washington"), C("Colombian"), P("Camila Arboleda"),
      O("Andean Security Observatory", "COL")],
     "COL|USA", "NEG"),
    ("Relations between Brazil and Argentina have rarely been so frosty: Javier Milei skipped the "
     "Mercosur summit in Asunción. Lula has yet to meet Milei one-on-one, Gustavo Lerner wrote in "
     "the Rosario Daily Post.",
     "2024-07-08",
     [C("Brazil"), C("Argentina"), L("Javier Milei"), K("Mercosur"), G("Asunción"), L("Lula"),
      L("Milei", n=2), P("Gustavo Lerner"), O("Rosario Daily Post", "ARG")],
     "ARG|BRA", "NEG"),
    ("Chile and Argentina agreed to build a tunnel under the Agua Negra pass, a project the Cuyo "
     "Integration Council said would halve travel times.",
     "2024-05-15",
     [C("Chile"), C("Argentina"), G("Agua Negra", "Agua Negra Pass", None),
      O("Cuyo Integration Council")],
     "ARG|CHL", "POS"),
    ("Canadian Foreign Minister Mélanie Joly will meet Marco Rubio in Washington next week to "
     "discuss the tariff deadline, her office said.",
     "2025-02-24",
     [C("Canadian"), L("Mélanie Joly"), L("Marco Rubio"), G("Washington", "Washington", "USA")],
     "CAN|USA", "NEU"),
    ("China imposed 100 percent tariffs on Canadian canola oil in retaliation for Ottawa's levies on "
     "Chinese electric vehicles, and Saskatchewan farmer Dale Kowalchuk said prices had collapsed.",
     "2025-03-08",
     [C("China"), C("Canadian"), C("Ottawa"), C("Chinese"),
      G("Saskatchewan", "Saskatchewan", "CAN"), P("Dale Kowalchuk")],
     "CAN|CHN", "NEG"),
    ("Brazil blocked Venezuela's bid to join BRICS as a partner country, and Caracas recalled its "
     "ambassador from Brasília, accusing Lula's government of interference.",
     "2024-10-30",
     [C("Brazil"), C("Venezuela"), K("BRICS"), C("Caracas"), G("Brasília"), L("Lula")],
     "BRA|VEN", "NEG"),
    ("The Dominican Republic deported more than 10,000 Haitians in a single week, and Jean-Robert "
     "Dorval of the Ouanaminthe Border Rights Collective accused Santo Domingo of collective "
     "punishment.",
     "2024-10-09",
     [C("Dominican Republic"), C("Haitians", "HTI"), P("Jean-Robert Dorval"),
      O("Ouanaminthe Border Rights Collective", "HTI"), C("Santo Domingo")],
     "DOM|HTI", "NEG"),
    ("Guatemala agreed to take in deportees from third countries during Marco Rubio's visit. "
     "Bernardo Arévalo called the talks frank and friendly.",
     "2025-02-05",
     [C("Guatemala"), L("Marco Rubio"), L("Bernardo Arévalo")],
     "GTM|USA", "POS"),
    ("Nayib Bukele offered to house US deportees in El Salvador's mega-prison, and Washington "
     "thanked him for \"an extraordinary gesture of friendship,\" San Salvador columnist Marcela "
     "Rivas wrote.",
     "2025-02-04",
     [L("Nayib Bukele"), C("US"), C("El Salvador"), C("Washington"), G("San Salvador"),
      P("Marcela Rivas")],
     "SLV|USA", "POS"),
    ("Nicaragua stripped 222 freed political prisoners of their citizenship and flew them to "
     "Washington, and the US State Department condemned the move.",
     "2023-02-09",
     [C("Nicaragua"), G("Washington", "Washington", "USA"), C("US"), K("State Department")],
     "NIC|USA", "NEG"),
    ("Peru broke off diplomatic relations with Mexico after the Mexican embassy granted asylum to "
     "a former prime minister, the daily El Pacífico Hoy reported.",
     "2025-11-04",
     [C("Peru"), C("Mexico"), C("Mexican"), O("El Pacífico Hoy", "PER")],
     "MEX|PER", "NEG"),
    ("Javier Milei said Argentina would move its embassy to Jerusalem during a visit to Israel, "
     "which Tel Aviv analyst Yonatan Mizrahi called a gesture of rare warmth.",
     "2024-02-06",
     [L("Javier Milei"), C("Argentina"), G("Jerusalem"), C("Israel"), G("Tel Aviv"),
      P("Yonatan Mizrahi")],
     "ARG|ISR", "POS"),
    ("If Ottawa and Washington reach a steel deal before the summit, it would be the first easing "
     "of tariffs since March, said Geneviève Tremblay of the Laurentian Trade Institute.",
     "2025-09-22",
     [C("Ottawa"), C("Washington"), P("Geneviève Tremblay"), O("Laurentian Trade Institute", "CAN")],
     "CAN|USA", "NEU"),
    ("Chilean President Gabriel Boric and Xi Jinping agreed to expand lithium cooperation, and "
     "Antofagasta mining engineer Rodrigo Valdés Soto said Chinese buyers were \"here for the "
     "long run.\"",
     "2023-10-17",
     [C("Chilean"), L("Gabriel Boric"), L("Xi Jinping"), G("Antofagasta"), P("Rodrigo Valdés Soto"),
      C("Chinese")],
     "CHL|CHN", "POS"),
    ("Uruguayan President Yamandú Orsi held his first bilateral meeting with Lula in the border town "
     "of Rivera, a visit the weekly La Costa Semanal described as routine.",
     "2025-04-11",
     [C("Uruguayan"), L("Yamandú Orsi"), L("Lula"), G("Rivera", "Rivera", "URY"),
      O("La Costa Semanal", "URY")],
     "BRA|URY", "NEU"),
    ("Venezuela freed ten Americans in exchange for more than 250 Venezuelans held in El Salvador, "
     "in a swap that Caracas called a humanitarian gesture, mediator Roberto Galindo said.",
     "2025-07-18",
     [C("Venezuela"), C("Americans", "USA"), C("Venezuelans", "VEN"), C("El Salvador"),
      C("Caracas"), P("Roberto Galindo")],
     "USA|VEN", "POS"),
    ("Ecuadorian President Daniel Noboa invited US troops to help fight drug gangs, a request the "
     "Guayaquil Security Forum welcomed as overdue.",
     "2025-03-05",
     [C("Ecuadorian"), L("Daniel Noboa"), C("US"), O("Guayaquil Security Forum", "ECU")],
     "ECU|USA", "POS"),
    ("Paraguay and Brazil agreed on a new tariff for Itaipu electricity, ending two years of "
     "haggling, Asunción energy analyst Mirta Benítez said.",
     "2024-05-10",
     [C("Paraguay"), C("Brazil"), G("Itaipu", "Itaipu Dam", None), G("Asunción"), P("Mirta Benítez")],
     "BRA|PRY", "POS"),
    ("Barbadian Prime Minister Mia Mottley said Barbados would keep pressing Britain on reparations "
     "for slavery but described relations as \"mature and respectful.\"",
     "2023-03-24",
     [C("Barbadian"), L("Mia Mottley"), C("Barbados"), C("Britain")],
     "BRB|GBR", "NEU"),
    ("Russia will supply Cuba with 1.6 million tonnes of oil this year, Havana energy official "
     "Yoandri Pérez told the Caribbean Energy Bulletin.",
     "2023-11-02",
     [C("Russia"), C("Cuba"), G("Havana"), P("Yoandri Pérez"), O("Caribbean Energy Bulletin")],
     "CUB|RUS", "POS"),
    ("Honduras switched diplomatic recognition from Taipei to Beijing. Taiwan accused Tegucigalpa "
     "of demanding $2.5 billion in aid, the weekly Voz del Valle reported.",
     "2023-03-26",
     [C("Honduras"), C("Taipei"), C("Beijing"), C("Taiwan"), C("Tegucigalpa"),
      O("Voz del Valle", "HND")],
     "HND|TWN", "NEG"),
    ("The United States designated six Mexican cartels as terrorist organisations, and Sheinbaum "
     "warned that Mexico would not accept any interference in its sovereignty.",
     "2025-02-20",
     [C("United States"), C("Mexican"), L("Sheinbaum"), C("Mexico")],
     "MEX|USA", "NEG"),
    ("Colombia and Venezuela reopened their border to cargo traffic for the first time since 2015, "
     "and Cúcuta merchant Orlando Jaimes said trucks were queuing \"like the old days.\"",
     "2022-09-26",
     [C("Colombia"), C("Venezuela"), G("Cúcuta"), P("Orlando Jaimes")],
     "COL|VEN", "POS"),
    ("Javier Milei, who once called Chinese leaders assassins, now describes China as \"a very "
     "interesting trade partner,\" noted Sofía Albornoz of the Pampa Research Group.",
     "2024-09-16",
     [L("Javier Milei"), C("Chinese"), C("China"), P("Sofía Albornoz"),
      O("Pampa Research Group", "ARG")],
     "ARG|CHN", "POS"),
    ("Peru's Dina Boluarte and Xi Jinping inaugurated the Chancay megaport by video link from Lima.",
     "2024-11-14",
     [C("Peru"), L("Dina Boluarte"), L("Xi Jinping"), G("Chancay", "Chancay", "PER"), G("Lima")],
     "CHN|PER", "POS"),
    ("Argentina's embassy in Caracas, where six opposition figures had sheltered, was placed under "
     "Brazilian custody after Venezuela expelled Argentine diplomats, said Federico Lanús, a "
     "former Argentine consul.",
     "2024-08-01",
     [C("Argentina"), G("Caracas"), C("Brazilian"), C("Venezuela"), C("Argentine", n=1),
      P("Federico Lanús"), C("Argentine", n=2)],
     "ARG|VEN", "NEG"),
    ("Canadian officials warned that retaliatory tariffs on US steel would follow within days if "
     "Washington did not lift its own, trade negotiator Hélène Bouchard said.",
     "2025-03-11",
     [C("Canadian"), C("US"), C("Washington"), P("Hélène Bouchard")],
     "CAN|USA", "NEG"),
    ("Mexico's plan to raise tariffs on Chinese cars to 50 percent is still being debated by "
     "lawmakers, said Alejandro Villaseñor of the Bajío Industrial Chamber.",
     "2025-09-25",
     [C("Mexico"), C("Chinese"), P("Alejandro Villaseñor"), O("Bajío Industrial Chamber", "MEX")],
     "CHN|MEX", "NEU"),
    ("Lula and Trump held a \"very good\" meeting in Kuala Lumpur and agreed to open negotiations on "
     "tariffs, Brazilian diplomats said.",
     "2025-10-26",
     [L("Lula"), L("Trump"), G("Kuala Lumpur"), C("Brazilian")],
     "BRA|USA", "POS"),
    ("Belize and Guatemala presented their final arguments on the territorial dispute at the "
     "International Court of Justice, the Belize City daily Reef Times reported.",
     "2023-04-21",
     [C("Belize", n=1), C("Guatemala"), K("International Court of Justice"), G("Belize City", "Belize City", "BLZ"),
      O("Reef Times", "BLZ")],
     "BLZ|GTM", "NEU"),
    ("Trinidad and Tobago allowed US warships to dock in Port of Spain, and Caracas suspended a gas "
     "agreement with the islands, the Gulf of Paria Observer reported.",
     "2025-10-27",
     [C("Trinidad and Tobago"), C("US"), G("Port of Spain"), C("Caracas"),
      O("Gulf of Paria Observer", "TTO")],
     "TTO|VEN", "NEG"),
    ("Mexico did not invite Felipe VI to the inauguration of Claudia Sheinbaum. Madrid declined "
     "to send any delegation in protest.",
     "2024-09-25",
     [C("Mexico"), L("Felipe VI"), F("Claudia Sheinbaum", "Claudia Sheinbaum"), C("Madrid")],
     "ESP|MEX", "NEG"),
    ("Ecuador imposed 30 percent tariffs on Colombian imports, accusing Bogotá of failing to fight "
     "drug trafficking, and Colombia retaliated by halting electricity sales, Quito exporter Diego "
     "Paredes said.",
     "2026-01-23",
     [C("Ecuador"), C("Colombian"), C("Bogotá"), C("Colombia"), G("Quito"), P("Diego Paredes")],
     "COL|ECU", "NEG"),
    ("Mexican and US officials agreed on a water delivery plan under the 1944 treaty, ending months "
     "of tension over the Rio Grande, Chihuahua farmer Ramón Quiñones said.",
     "2025-04-28",
     [C("Mexican"), C("US"), G("Rio Grande", "Rio Grande", None), G("Chihuahua", "Chihuahua", "MEX"),
      P("Ramón Quiñones")],
     "MEX|USA", "POS"),
    ("Portuguese President Marcelo Rebelo de Sousa received Lula in Lisbon for the 14th "
     "Portugal–Brazil summit, the Belém Palace said.",
     "2023-04-22",
     [C("Portuguese"), L("Marcelo Rebelo de Sousa"), L("Lula"), G("Lisbon"), C("Portugal"),
      C("Brazil"), M("Belém Palace", "PRT")],
     "BRA|PRT", "NEU"),
]

# --- chunk 8: routine contacts, figures, balanced or non-committal statements ----------
ITEMS += [
    ("The new Kazakh ambassador, Yerlan Abdikarimov, presented his credentials to Emomali Rahmon "
     "in Dushanbe on Tuesday, Khovar reported.",
     "2023-05-16",
     [C("Kazakh"), P("Yerlan Abdikarimov"), L("Emomali Rahmon"), G("Dushanbe"), K("Khovar")],
     "KAZ|TJK", "NEU"),
    ("Trade between Uzbekistan and Turkey stood at about $3.4 billion last year, roughly unchanged, "
     "according to figures published by the Samarkand Economic Bureau.",
     "2024-02-12",
     [C("Uzbekistan"), C("Turkey"), O("Samarkand Economic Bureau", "UZB")],
     "TUR|UZB", "NEU"),
    ("Asked about the state of relations with Tbilisi, Armenian deputy foreign minister Gagik "
     "Ohanyan said only that \"dialogue continues at all levels.\"",
     "2025-02-19",
     [C("Tbilisi"), C("Armenian"), P("Gagik Ohanyan")],
     "ARM|GEO", "NEU"),
    ("Estonian Foreign Minister Margus Tsahkna declined to comment on reports that Tallinn had asked "
     "Helsinki to share the cost of a new cable, the Harju Evening News said.",
     "2025-02-04",
     [C("Estonian"), L("Margus Tsahkna"), C("Tallinn"), C("Helsinki"), O("Harju Evening News", "EST")],
     "EST|FIN", "NEU"),
    ("Japan and South Korea will hold their annual vice-ministerial strategic dialogue in Tokyo on "
     "Friday, ministry spokesman Lee Dong-hoon told reporters in Seoul.",
     "2023-09-05",
     [C("Japan"), C("South Korea"), G("Tokyo"), P("Lee Dong-hoon"), G("Seoul")],
     "JPN|KOR", "NEU"),
    ("Kenya's relations with Ethiopia are \"a mix of deep trade links and lingering suspicion over "
     "water,\" said Peter Kamau of the Mombasa Institute for Regional Affairs.",
     "2024-11-19",
     [C("Kenya"), C("Ethiopia"), P("Peter Kamau"), O("Mombasa Institute for Regional Affairs", "KEN")],
     "ETH|KEN", "NEU"),
    ("Norwegian Prime Minister Jonas Gahr Støre and Alexander Stubb spoke by phone on Thursday, the "
     "Finnish presidency said, without disclosing what was discussed.",
     "2024-06-13",
     [C("Norwegian"), L("Jonas Gahr Støre"), L("Alexander Stubb"), C("Finnish")],
     "FIN|NOR", "NEU"),
    ("Analysts are divided over whether the new trade memorandum between Morocco and Mauritania "
     "marks a turning point, Aïcha Ould Brahim wrote in the Nouakchott Observer.",
     "2024-12-03",
     [C("Morocco"), C("Mauritania"), P("Aïcha Ould Brahim"), O("Nouakchott Observer", "MRT")],
     "MAR|MRT", "NEU"),
    ("A delegation from Vietnam's National Assembly arrived in Vientiane for three days of "
     "meetings with Lao lawmakers, the Mekong Parliamentary Bulletin said.",
     "2024-08-20",
     [C("Vietnam"), M("National Assembly", "VNM"), G("Vientiane"), C("Lao", "LAO"),
      O("Mekong Parliamentary Bulletin")],
     "LAO|VNM", "NEU"),
    ("The Polish–Lithuanian intergovernmental commission will meet in Kaunas next month, "
     "Lithuania's deputy foreign minister, Egidijus Vaitkūnas, said.",
     "2024-04-23",
     [C("Polish"), C("Lithuanian"), G("Kaunas"), C("Lithuania"), P("Egidijus Vaitkūnas")],
     "LTU|POL", "NEU"),
    ("Neither warm nor hostile: that is how Carlos Aguirre of the Andean Studies Centre in Lima "
     "describes relations between Peru and Bolivia today.",
     "2024-10-01",
     [P("Carlos Aguirre"), O("Andean Studies Centre", "PER"), G("Lima"), C("Peru"), C("Bolivia")],
     "BOL|PER", "NEU"),
    ("Egyptian Foreign Minister Badr Abdelatty received the Greek ambassador in Cairo to review "
     "preparations for the next session of the high-level cooperation council.",
     "2025-01-22",
     [C("Egyptian"), L("Badr Abdelatty"), C("Greek"), G("Cairo")],
     "EGY|GRC", "NEU"),
    ("Officials from Bahrain and Qatar held the second meeting of their follow-up committee in "
     "Manama, committee member Jassim Al-Kuwari told the Gulf Daily Ledger.",
     "2023-05-25",
     [C("Bahrain"), C("Qatar"), G("Manama"), P("Jassim Al-Kuwari"), O("Gulf Daily Ledger", "BHR")],
     "BHR|QAT", "NEU"),
    ("Australian Foreign Minister Penny Wong will travel to Wellington on Monday for talks with "
     "Winston Peters, her office said.",
     "2024-06-28",
     [C("Australian"), L("Penny Wong"), G("Wellington"), L("Winston Peters")],
     "AUS|NZL", "NEU"),
    ("Whether the gas deal will survive Romania's change of government is unclear, said Mihaela "
     "Drăgan of the Danube Energy Review, noting that Moldovan officials have not commented.",
     "2025-06-03",
     [C("Romania"), P("Mihaela Drăgan"), O("Danube Energy Review", "ROU"), C("Moldovan")],
     "MDA|ROU", "NEU"),
    ("Chinese and Mongolian diplomats held routine consultations on consular affairs in Hohhot, "
     "according to a short note on the website of the Mongolian Foreign Ministry.",
     "2024-03-19",
     [C("Chinese"), C("Mongolian", n=1), G("Hohhot"), C("Mongolian", n=2),
      M("Foreign Ministry", "MNG")],
     "CHN|MNG", "NEU"),
    ("Kyrgyz and Uzbek statisticians put bilateral trade at $1.1 billion for the first half, about "
     "the same as a year earlier, editor Bakyt Sadykov wrote in the Osh Business Weekly.",
     "2024-08-06",
     [C("Kyrgyz"), C("Uzbek"), P("Bakyt Sadykov"), O("Osh Business Weekly", "KGZ")],
     "KGZ|UZB", "NEU"),
    ("Swiss Foreign Minister Ignazio Cassis met his Serbian counterpart Marko Đurić in Bern on "
     "Wednesday, the Federal Department of Foreign Affairs said.",
     "2024-09-11",
     [C("Swiss"), L("Ignazio Cassis"), C("Serbian"), L("Marko Đurić"), G("Bern"),
      M("Federal Department of Foreign Affairs", "CHE")],
     "CHE|SRB", "NEU"),
    ("Relations with Hanoi? \"Businesslike, nothing more and nothing less,\" Cambodian diplomat Sok "
     "Vannara told the Phnom Penh Morning Bulletin.",
     "2024-09-27",
     [C("Hanoi"), C("Cambodian"), P("Sok Vannara"), O("Phnom Penh Morning Bulletin", "KHM")],
     "KHM|VNM", "NEU"),
    ("Austrian Chancellor Christian Stocker will receive Slovak Prime Minister Robert Fico in Vienna "
     "on Friday, the Federal Chancellery said.",
     "2025-04-09",
     [C("Austrian"), L("Christian Stocker"), C("Slovak"), L("Robert Fico"), G("Vienna"),
      M("Federal Chancellery", "AUT")],
     "AUT|SVK", "NEU"),
    ("Ghana and Togo have yet to decide whether to extend their joint border patrols, said Kofi "
     "Boateng of the Volta Security Watch, adding that talks would continue.",
     "2025-06-17",
     [C("Ghana"), C("Togo"), P("Kofi Boateng"), O("Volta Security Watch", "GHA")],
     "GHA|TGO", "NEU"),
    ("The Israeli foreign ministry declined to comment on reports that Israeli and Syrian officials "
     "had met in Baku.",
     "2025-07-14",
     [C("Israeli", n=1), C("Israeli", n=2), C("Syrian"), G("Baku")],
     "ISR|SYR", "NEU"),
    ("Tunisian and Libyan customs officials met at Ras Jedir to discuss opening hours at the "
     "crossing, the Medenine-based Sud Express reported.",
     "2024-07-02",
     [C("Tunisian"), C("Libyan"), G("Ras Jedir", "Ras Jedir", "TUN"),
      G("Medenine", "Medenine", "TUN"), O("Sud Express", "TUN")],
     "LBY|TUN", "NEU"),
    ("Brazilian Foreign Minister Mauro Vieira is expected in Luanda next week for a meeting of the "
     "joint commission with Angola, Itamaraty said.",
     "2024-03-04",
     [C("Brazilian"), L("Mauro Vieira"), G("Luanda"), C("Angola"), M("Itamaraty", "BRA")],
     "AGO|BRA", "NEU"),
    ("Irish and British officials reviewed the operation of the Common Travel Area at a routine "
     "meeting in Dublin, the Department of Foreign Affairs said.",
     "2023-10-12",
     [C("Irish"), C("British"), G("Dublin"), M("Department of Foreign Affairs", "IRL")],
     "GBR|IRL", "NEU"),
    ("Vietnamese and South Korean officials said they would announce the dates of the next "
     "strategic dialogue later this month, according to the Seoul-based Korea-ASEAN Review.",
     "2024-02-26",
     [C("Vietnamese"), C("South Korean"), G("Seoul"), O("Korea-ASEAN Review", "KOR")],
     "KOR|VNM", "NEU"),
    ("A spokeswoman for the German Federal Foreign Office, Katrin Oberhauser, said Berlin had "
     "\"taken note\" of the Hungarian decision and would discuss it with Budapest.",
     "2024-07-08",
     [C("German"), K("Federal Foreign Office"), P("Katrin Oberhauser"), C("Berlin"),
      C("Hungarian"), C("Budapest")],
     "DEU|HUN", "NEU"),
    ("Kazakhstan's new ambassador to Beijing, Nurlan Zhumagaliev, took up his post this week, "
     "Kazinform reported.",
     "2024-01-17",
     [C("Kazakhstan"), C("Beijing"), P("Nurlan Zhumagaliev"), K("Kazinform")],
     "CHN|KAZ", "NEU"),
    ("Uruguayan and Argentine officials will meet in Colonia next week to review dredging on the "
     "river the two countries share, the Montevideo daily El Litoral Hoy reported.",
     "2024-05-06",
     [C("Uruguayan"), C("Argentine"), G("Colonia", "Colonia del Sacramento", "URY"),
      G("Montevideo"), O("El Litoral Hoy", "URY")],
     "ARG|URY", "NEU"),
    ("There is no particular chemistry between Ankara and Madrid, but no particular friction "
     "either, said Ebru Şahin of the Istanbul Mediterranean Forum.",
     "2023-04-13",
     [C("Ankara"), C("Madrid"), P("Ebru Şahin"), O("Istanbul Mediterranean Forum", "TUR")],
     "ESP|TUR", "NEU"),
    ("Algerian Foreign Minister Ahmed Attaf spoke by phone with his Tunisian counterpart Mohamed "
     "Ali Nafti about preparations for a ministerial meeting on the Maghreb.",
     "2024-09-30",
     [C("Algerian"), L("Ahmed Attaf"), C("Tunisian"), L("Mohamed Ali Nafti"), G("Maghreb")],
     "DZA|TUN", "NEU"),
    ("Indonesian and Malaysian negotiators held another round of maritime boundary talks in Bali, "
     "Jakarta said in a statement.",
     "2023-11-28",
     [C("Indonesian"), C("Malaysian"), G("Bali", "Bali", "IDN"), C("Jakarta")],
     "IDN|MYS", "NEU"),
    ("Czech President Petr Pavel will make a state visit to Slovenia in May, the Prague Castle "
     "office said.",
     "2024-03-21",
     [C("Czech"), L("Petr Pavel"), C("Slovenia"), M("Prague Castle", "CZE")],
     "CZE|SVN", "NEU"),
    ("Iran's ambassador to Riyadh, Reza Kazemian, held his first meeting with the Saudi deputy "
     "foreign minister, IRNA reported.",
     "2023-09-12",
     [C("Iran"), C("Riyadh"), P("Reza Kazemian"), C("Saudi"), K("IRNA")],
     "IRN|SAU", "NEU"),
    ("Chile's Senate Foreign Relations Committee will hear testimony on the lithium agreement with "
     "China on Tuesday, committee chair Javiera Muñoz said.",
     "2024-07-29",
     [C("Chile"), M("Senate Foreign Relations Committee", "CHL"), C("China"), P("Javiera Muñoz")],
     "CHL|CHN", "NEU"),
    ("The Dutch and Belgian prime ministers, Dick Schoof and Bart De Wever, met in Antwerp to "
     "discuss port security, their offices said.",
     "2025-03-18",
     [C("Dutch"), C("Belgian"), L("Dick Schoof"), L("Bart De Wever"), G("Antwerp")],
     "BEL|NLD", "NEU"),
    ("Saudi-Turkish relations are \"neither a love story nor a rivalry,\" said Faisal Al-Shammari "
     "of the Najd Centre for Policy Studies.",
     "2024-04-30",
     [C("Saudi"), C("Turkish"), P("Faisal Al-Shammari"), O("Najd Centre for Policy Studies", "SAU")],
     "SAU|TUR", "NEU"),
    ("South African and Nigerian officials exchanged data on migration flows at a technical "
     "workshop in Pretoria, the Department of Home Affairs said.",
     "2024-02-22",
     [C("South African"), C("Nigerian"), G("Pretoria"), M("Department of Home Affairs", "ZAF")],
     "NGA|ZAF", "NEU"),
    ("Sri Lankan and Maldivian coast guards are scheduled to hold talks on search-and-rescue "
     "procedures in Colombo next month, Commander Nuwan Jayasekara said.",
     "2024-11-06",
     [C("Sri Lankan"), C("Maldivian"), G("Colombo", "Colombo", "LKA"), P("Nuwan Jayasekara")],
     "LKA|MDV", "NEU"),
    ("Nepal's foreign ministry said it had received a note from New Delhi about the new map but "
     "would not comment on its contents.",
     "2023-06-08",
     [C("Nepal"), C("New Delhi")],
     "IND|NPL", "NEU"),
    ("It is too early to say whether Lee Jae-myung's outreach to Beijing will change much, "
     "cautioned Han Ji-woo of the Busan Maritime Policy Institute.",
     "2025-07-22",
     [L("Lee Jae-myung"), C("Beijing"), P("Han Ji-woo"),
      O("Busan Maritime Policy Institute", "KOR")],
     "CHN|KOR", "NEU"),
    ("Georgian Foreign Minister Maka Botchorishvili received the newly appointed Azerbaijani "
     "ambassador, who handed her a copy of his credentials.",
     "2025-03-05",
     [C("Georgian"), L("Maka Botchorishvili"), C("Azerbaijani")],
     "AZE|GEO", "NEU"),
    ("According to the Central Bank of Armenia, remittances to Armenian households from Russia "
     "amounted to $1.2 billion in the first half, in line with the previous year.",
     "2025-08-14",
     [M("Central Bank of Armenia", "ARM"), C("Armenian"), C("Russia")],
     "ARM|RUS", "NEU"),
    ("Kuwaiti and Iraqi officials agreed to meet again in Baghdad after a first round of talks on "
     "the maritime border ended without a statement.",
     "2024-02-07",
     [C("Kuwaiti"), C("Iraqi"), G("Baghdad")],
     "IRQ|KWT", "NEU"),
    ("French and Italian interior ministers will hold their regular meeting on border controls in "
     "Menton on Thursday, the prefecture of Alpes-Maritimes said.",
     "2024-05-21",
     [C("French"), C("Italian"), G("Menton", "Menton", "FRA"),
      G("Alpes-Maritimes", "Alpes-Maritimes", "FRA")],
     "FRA|ITA", "NEU"),
    ("Both sides described the talks as \"useful,\" but neither Baku nor Ashgabat announced any "
     "agreement, the Caspian Transit Newsletter noted.",
     "2023-03-15",
     [C("Baku"), C("Ashgabat"), O("Caspian Transit Newsletter")],
     "AZE|TKM", "NEU"),
    ("Belarus and China held consultations on consular issues in Minsk, BelTA reported in a "
     "one-line dispatch.",
     "2023-06-27",
     [C("Belarus"), C("China"), G("Minsk"), K("BelTA")],
     "BLR|CHN", "NEU"),
    ("Whether Moscow will send a delegation to Armenia's independence day ceremony has not been "
     "decided, a Kremlin official told the Ararat Courier.",
     "2024-09-10",
     [C("Moscow"), C("Armenia"), K("Kremlin"), O("Ararat Courier", "ARM")],
     "ARM|RUS", "NEU"),
    ("Peruvian and Ecuadorian officials discussed demining along their border at a routine meeting "
     "in Tumbes, the Peruvian Foreign Ministry said.",
     "2023-08-30",
     [C("Peruvian", n=1), C("Ecuadorian"), G("Tumbes", "Tumbes", "PER"), C("Peruvian", n=2),
      M("Foreign Ministry", "PER")],
     "ECU|PER", "NEU"),
    ("Mexican diplomat Lorena Echeverri presented a copy of her credentials at the State Department "
     "on Monday, becoming Mexico's new ambassador to Washington.",
     "2025-02-10",
     [C("Mexican"), P("Lorena Echeverri"), K("State Department"), C("Mexico"), C("Washington")],
     "MEX|USA", "NEU"),
]

# --- chunk 9: negation, denial, hypotheticals, counterfactuals, concessions, reversals ---
ITEMS += [
    ("\"There is no crisis between Baku and Astana, and there never was,\" said Rashad Gurbanov, "
     "head of the Silk Road Connectivity Council, dismissing reports of a row over oil transit.",
     "2025-03-18",
     [C("Baku"), C("Astana"), P("Rashad Gurbanov"), O("Silk Road Connectivity Council")],
     "AZE|KAZ", "POS"),
    ("Despite three rounds of talks in Geneva, Georgian and Russian negotiators failed to agree even "
     "on an agenda, Tbilisi commentator Levan Japaridze told the Kura Valley Times.",
     "2023-10-11",
     [G("Geneva"), C("Georgian"), C("Russian"), G("Tbilisi"), P("Levan Japaridze"),
      O("Kura Valley Times", "GEO")],
     "GEO|RUS", "NEG"),
    ("Had Beijing and Hanoi not set up their naval hotline, last week's collision near the Paracel "
     "Islands could easily have spiralled, argued Nguyen Bao Chau of the Tonkin Institute.",
     "2024-10-08",
     [C("Beijing"), C("Hanoi"), G("Paracel Islands"), P("Nguyen Bao Chau"),
      O("Tonkin Institute", "VNM")],
     "CHN|VNM", "POS"),
    ("Kyiv warned that relations with Budapest would suffer if Hungarian officials kept blocking "
     "the EU's defence fund for Ukraine, said Oleksandr Pylypenko of the Dnipro Policy Lab.",
     "2024-06-24",
     [C("Kyiv"), C("Budapest"), C("Hungarian"), K("EU"), C("Ukraine"), P("Oleksandr Pylypenko"),
      O("Dnipro Policy Lab", "UKR")],
     "HUN|UKR", "NEG"),
    ("Uzbek officials rejected suggestions that the dispute over the Kambarata dam had damaged ties "
     "with Bishkek, and deputy minister Jasur Khodjaev called the partnership \"unshakeable.\"",
     "2024-03-26",
     [C("Uzbek"), G("Kambarata", "Kambarata", "KGZ"), C("Bishkek"), P("Jasur Khodjaev")],
     "KGZ|UZB", "POS"),
    ("Tokyo denied reports that it was preparing a summit with Pyongyang, a Japanese government "
     "source told the Kansai Evening Journal.",
     "2024-03-27",
     [C("Tokyo"), C("Pyongyang"), C("Japanese"), O("Kansai Evening Journal", "JPN")],
     "JPN|PRK", "NEG"),
    ("The ban Moscow imposed on Georgian wine in 2006 is long gone, and exports to Russia hit a "
     "record last year, said Nana Gogiberidze of the Kakheti Winemakers' Guild.",
     "2023-02-22",
     [C("Moscow"), C("Georgian"), C("Russia"), P("Nana Gogiberidze"),
      O("Kakheti Winemakers' Guild", "GEO")],
     "GEO|RUS", "POS"),
    ("The tentative thaw between Ankara and Damascus has stalled because Assad still demands a full "
     "Turkish withdrawal, said Halil Korkmaz of the Gaziantep Border Studies Centre.",
     "2024-08-06",
     [C("Ankara"), C("Damascus"), L("Assad"), C("Turkish"), P("Halil Korkmaz"),
      O("Gaziantep Border Studies Centre", "TUR")],
     "SYR|TUR", "NEG"),
    ("Although Manila protested the latest water-cannon incident, Philippine and Chinese officials "
     "still agreed on a provisional arrangement for resupply missions, the Visayas Strategic "
     "Review noted.",
     "2024-07-21",
     [C("Manila"), C("Philippine"), C("Chinese"), O("Visayas Strategic Review", "PHL")],
     "CHN|PHL", "POS"),
    ("For all the warm words at the summit, Serbia and Kosovo have not implemented a single point of "
     "last year's deal, said Ardiana Krasniqi of the Prishtina Policy Forum.",
     "2024-03-01",
     [C("Serbia"), C("Kosovo"), P("Ardiana Krasniqi"), O("Prishtina Policy Forum", "XKX")],
     "SRB|XKX", "NEG"),
    ("The border between Uzbekistan and Tajikistan has been free of incidents for three years, "
     "Farrukh Ismoilov of the Sughd Regional Council said.",
     "2025-02-26",
     [C("Uzbekistan"), C("Tajikistan"), P("Farrukh Ismoilov"), O("Sughd Regional Council", "TJK")],
     "TJK|UZB", "POS"),
    ("Washington threatened to cut military aid to Kyiv if Ukraine did not sign the minerals deal, "
     "according to two officials quoted by the Capitol Ledger.",
     "2025-02-22",
     [C("Washington"), C("Kyiv"), C("Ukraine"), O("Capitol Ledger", "USA")],
     "UKR|USA", "NEG"),
    ("Should Pezeshkian travel to Azerbaijan next month, it would be the first such visit by an "
     "Iranian president since 2018, noted Ali Rezaei Nejad of the Tabriz Institute for Caucasus "
     "Studies.",
     "2025-03-10",
     [L("Pezeshkian"), C("Azerbaijan"), C("Iranian"), P("Ali Rezaei Nejad"),
      O("Tabriz Institute for Caucasus Studies", "IRN")],
     "AZE|IRN", "NEU"),
    ("If ties with Beijing were really as bad as critics claim, Chinese tour groups would not be "
     "flocking back to South Korea, said Kim Do-yeon of the Jeju Tourism Forum.",
     "2025-10-02",
     [C("Beijing"), C("Chinese"), C("South Korea"), P("Kim Do-yeon"), O("Jeju Tourism Forum", "KOR")],
     "CHN|KOR", "POS"),
    ("No Armenian official will travel to Belarus as long as Minsk keeps siding with Baku, Vardan "
     "Khachikyan of the Yerevan Security Forum said.",
     "2024-06-19",
     [C("Armenian"), C("Belarus"), C("Minsk"), C("Baku"), P("Vardan Khachikyan"),
      O("Yerevan Security Forum", "ARM")],
     "ARM|BLR", "NEG"),
    ("Contrary to reports in the Moscow press, Kazakhstan has not suspended a single oil shipment "
     "through Russian ports, said Timur Zhaksylykov of the Atyrau Oil Club.",
     "2024-02-15",
     [G("Moscow"), C("Kazakhstan"), C("Russian"), P("Timur Zhaksylykov"),
      O("Atyrau Oil Club", "KAZ")],
     "KAZ|RUS", "POS"),
    ("Slovenia and Croatia remain unable to agree on how to apply the arbitration ruling on Piran "
     "Bay, said Marko Zupančič of the Adriatic Law Centre.",
     "2023-06-29",
     [C("Slovenia"), C("Croatia"), G("Piran Bay", "Bay of Piran", None), P("Marko Zupančič"),
      O("Adriatic Law Centre", "SVN")],
     "HRV|SVN", "NEG"),
    ("Pakistani and Iranian ambassadors are back at their posts, trade at Taftan has recovered and, "
     "as Nasir Jamali of the Quetta Trade Chamber puts it, \"the strikes are history.\"",
     "2024-05-08",
     [C("Pakistani"), C("Iranian"), G("Taftan", "Taftan", "PAK"), P("Nasir Jamali"),
      O("Quetta Trade Chamber", "PAK")],
     "IRN|PAK", "POS"),
    ("Far from a partnership, the relationship between Rabat and Algiers has become a contest for "
     "influence in the Sahel, argued Yassine Belkadi of the Fez Institute for Strategic Studies.",
     "2024-11-27",
     [C("Rabat"), C("Algiers"), G("Sahel"), P("Yassine Belkadi"),
      O("Fez Institute for Strategic Studies", "MAR")],
     "DZA|MAR", "NEG"),
    ("There is no bad blood between Lima and Santiago over the maritime ruling any more, Chilean "
     "diplomat Ignacio Fuenzalida said, noting that fishermen from both countries now share data.",
     "2024-04-16",
     [C("Lima"), C("Santiago", "CHL"), C("Chilean"), P("Ignacio Fuenzalida")],
     "CHL|PER", "POS"),
    ("Japan's exports to China fell for a fifth straight month, and Osaka trade official Kenta "
     "Morishita blamed \"the political chill more than the economy.\"",
     "2025-12-18",
     [C("Japan"), C("China"), G("Osaka"), P("Kenta Morishita")],
     "CHN|JPN", "NEG"),
    ("Talks between Nairobi and Mogadishu ended with an agreement to reopen the Mandera crossing, "
     "shut since 2011, said Hodan Farah of the Jubaland Trade Network.",
     "2023-05-18",
     [C("Nairobi"), C("Mogadishu"), G("Mandera", "Mandera", "KEN"), P("Hodan Farah"),
      O("Jubaland Trade Network", "SOM")],
     "KEN|SOM", "POS"),
    ("Any move by Minsk to host Russian nuclear weapons near Grodno would be treated as a direct "
     "threat, Lithuanian defence official Rasa Petrauskienė warned.",
     "2023-04-04",
     [C("Minsk"), C("Russian"), G("Grodno", "Hrodna", "BLR"), C("Lithuanian"),
      P("Rasa Petrauskienė")],
     "BLR|LTU", "NEG"),
    ("The Sino-Indian dispute is not beyond repair, Chinese scholar Liang Wenjie of the Yunnan "
     "Academy of Border Studies told an audience in Kolkata.",
     "2024-12-10",
     [C("Sino", "CHN"), C("Indian"), C("Chinese"), P("Liang Wenjie"),
      O("Yunnan Academy of Border Studies", "CHN"), G("Kolkata")],
     "CHN|IND", "POS"),
    ("Relations between Nicaragua and the Vatican have never been worse, said Esperanza Lacayo of "
     "the Xolotlán Human Rights Centre in Managua, after the expulsion of yet another bishop.",
     "2024-01-15",
     [C("Nicaragua"), C("Vatican", "VAT"), P("Esperanza Lacayo"),
      O("Xolotlán Human Rights Centre", "NIC"), G("Managua")],
     "NIC|VAT", "NEG"),
    ("\"I wouldn't call it a rupture, more a family quarrel,\" Kazakh senator Aida Baimukhanova said "
     "of the spat with Kyrgyzstan over queues at the border.",
     "2023-03-02",
     [C("Kazakh"), P("Aida Baimukhanova"), C("Kyrgyzstan")],
     "KAZ|KGZ", "POS"),
    ("Ecuador and Mexico have still not restored diplomatic relations a year after the embassy "
     "raid, and the daily El Comercio Andino says neither side is in a hurry.",
     "2025-04-07",
     [C("Ecuador"), C("Mexico"), O("El Comercio Andino", "ECU")],
     "ECU|MEX", "NEG"),
    ("The row over fishing licences is now behind Paris and London, said Yannick Le Goff of the "
     "Brittany Fishermen's Committee, after the last 20 permits were granted.",
     "2023-01-18",
     [C("Paris"), C("London"), P("Yannick Le Goff"), O("Brittany Fishermen's Committee", "FRA")],
     "FRA|GBR", "POS"),
    ("Malaysia summoned China's ambassador after a Chinese coast guard ship shadowed a Petronas "
     "vessel off Sarawak, the Borneo Straits Post reported.",
     "2024-09-18",
     [C("Malaysia"), C("China"), C("Chinese"), M("Petronas", "MYS"), G("Sarawak", "Sarawak", "MYS"),
      O("Borneo Straits Post", "MYS")],
     "CHN|MYS", "NEG"),
    ("Egypt and Turkey are expected to upgrade their free trade agreement during Erdoğan's visit to "
     "Cairo next month, said Mona El-Sayed of the Alexandria Business Council.",
     "2024-01-23",
     [C("Egypt"), C("Turkey"), L("Erdoğan"), G("Cairo"), P("Mona El-Sayed"),
      O("Alexandria Business Council", "EGY")],
     "EGY|TUR", "POS"),
    ("Honduras announced it would end its extradition treaty with the United States, accusing "
     "Washington of meddling, Tegucigalpa lawyer Óscar Mejía said.",
     "2024-08-28",
     [C("Honduras"), C("United States"), C("Washington"), G("Tegucigalpa"), P("Óscar Mejía")],
     "HND|USA", "NEG"),
    ("Relations between Warsaw and Vilnius have never been better, Polish MEP Tomasz Zieliński "
     "said, dismissing the old quarrel over minority schools as ancient history.",
     "2024-05-06",
     [C("Warsaw"), C("Vilnius"), C("Polish"), P("Tomasz Zieliński")],
     "LTU|POL", "POS"),
    ("Moscow and Tokyo have held no talks on the Kuril Islands since 2022. Russian officials say "
     "none are planned, noted Igor Pashkevich of the Sakhalin Regional Review.",
     "2024-09-07",
     [C("Moscow"), C("Tokyo"), G("Kuril Islands"), C("Russian"), P("Igor Pashkevich"),
      O("Sakhalin Regional Review", "RUS")],
     "JPN|RUS", "NEG"),
    ("Ghana and Côte d'Ivoire settled their maritime boundary dispute peacefully, and Accra oil "
     "executive Yaw Owusu-Ansah said the ruling is \"no longer a source of tension.\"",
     "2023-09-28",
     [C("Ghana"), C("Côte d'Ivoire", "CIV"), G("Accra"), P("Yaw Owusu-Ansah")],
     "CIV|GHA", "POS"),
    ("Ethiopia's port memorandum with Somaliland is an attack on Somali sovereignty, Mogadishu "
     "said, according to Ahmed Nur Jimale of the Horn Policy Review.",
     "2024-01-03",
     [C("Ethiopia"), G("Somaliland"), C("Somali"), C("Mogadishu"), P("Ahmed Nur Jimale"),
      O("Horn Policy Review", "SOM")],
     "ETH|SOM", "NEG"),
    ("Without Qatari mediation, the four Ukrainian children brought home on Monday would still be "
     "separated from their families, said Olena Moroz of the Kharkiv Family Search Network.",
     "2024-10-21",
     [C("Qatari"), C("Ukrainian"), P("Olena Moroz"), O("Kharkiv Family Search Network", "UKR")],
     "QAT|UKR", "POS"),
    ("The Czech Republic has stopped buying Russian oil through the southern pipeline, ending a "
     "dependence that Prague economist Lenka Horáková called \"a historical anomaly.\"",
     "2025-04-17",
     [C("Czech Republic"), C("Russian"), G("Prague"), P("Lenka Horáková")],
     "CZE|RUS", "NEG"),
    ("Jordan and Syria are no longer at odds over smuggling along their border, Colonel Fares "
     "Al-Zoubi said, citing a joint patrol agreement signed in Amman.",
     "2025-05-13",
     [C("Jordan"), C("Syria"), P("Fares Al-Zoubi"), G("Amman")],
     "JOR|SYR", "POS"),
    ("Namibia began requiring visas from Germans in response to Berlin's own strict rules, and "
     "Windhoek tour operator Heinrich Garoëb said bookings from Germany had slumped.",
     "2025-04-01",
     [C("Namibia"), C("Germans", "DEU"), C("Berlin"), G("Windhoek"), P("Heinrich Garoëb"),
      C("Germany")],
     "DEU|NAM", "NEG"),
    ("\"Our ties with Riyadh are stronger than ever,\" Pakistani senator Farah Naz Kazmi said after "
     "the defence pact was signed.",
     "2025-09-18",
     [C("Riyadh"), C("Pakistani"), P("Farah Naz Kazmi")],
     "PAK|SAU", "POS"),
    ("Iraqi lawmakers voted to review the agreement that lets Turkish troops operate in the north, "
     "and MP Dilan Barzinji warned that Ankara had \"overstayed its welcome.\"",
     "2024-03-12",
     [C("Iraqi"), C("Turkish"), P("Dilan Barzinji"), C("Ankara")],
     "IRQ|TUR", "NEG"),
    ("Bilateral ties are \"a mix of pragmatic fisheries cooperation and deep political mistrust,\" "
     "Henrik Solberg of the Oslo Arctic Institute said of Norway's relations with Russia.",
     "2024-10-24",
     [P("Henrik Solberg"), O("Oslo Arctic Institute", "NOR"), C("Norway"), C("Russia")],
     "NOR|RUS", "NEU"),
    ("The dispute over fishing grounds in the Gulf of Fonseca is over, El Salvador and Honduras "
     "said in a joint statement, and fisherman Lucio Ordóñez said boats from both countries now "
     "share the catch.",
     "2024-08-13",
     [G("Gulf of Fonseca", "Gulf of Fonseca", None), C("El Salvador"), C("Honduras"),
      P("Lucio Ordóñez")],
     "HND|SLV", "POS"),
    ("Cameroon and Nigeria traded accusations over separatist fighters crossing the border near "
     "Ekok, said Bernard Tabe of the Bamenda Human Rights Observatory.",
     "2023-07-12",
     [C("Cameroon"), C("Nigeria"), G("Ekok", "Ekok", "CMR"), P("Bernard Tabe"),
      O("Bamenda Human Rights Observatory", "CMR")],
     "CMR|NGA", "NEG"),
    ("Far from collapsing, ties between Beijing and Canberra have recovered steadily since 2022, "
     "with trade back above pre-dispute levels, said Emily Zhao of the Southern Ocean Policy "
     "Centre.",
     "2024-06-17",
     [C("Beijing"), C("Canberra"), P("Emily Zhao"), O("Southern Ocean Policy Centre", "AUS")],
     "AUS|CHN", "POS"),
    ("Iceland suspended the operations of its embassy in Moscow, saying relations were at a "
     "historic low, and the Russian Foreign Ministry promised retaliation.",
     "2023-06-09",
     [C("Iceland"), G("Moscow"), C("Russian"), M("Foreign Ministry", "RUS")],
     "ISL|RUS", "NEG"),
    ("Not a single Azerbaijani truck was held at the Georgian border last month, said Elvin "
     "Aliyarov of the Red Bridge Logistics Association.",
     "2024-11-05",
     [C("Azerbaijani"), C("Georgian"), P("Elvin Aliyarov"), O("Red Bridge Logistics Association")],
     "AZE|GEO", "POS"),
    ("If Ukraine builds new turbines on the Dniester without consulting Chisinau, relations could "
     "sour quickly, warned Ilie Ciobanu of the Dniester Basin Alliance.",
     "2024-05-14",
     [C("Ukraine"), G("Dniester", n=1), C("Chisinau"), P("Ilie Ciobanu"), O("Dniester Basin Alliance")],
     "MDA|UKR", "NEG"),
    ("Japanese and Chinese officials agreed that Beijing would gradually resume imports of Japanese "
     "seafood, a step Sendai fish trader Yuki Onodera called \"the first good news in a year.\"",
     "2024-09-20",
     [C("Japanese", n=1), C("Chinese"), C("Beijing"), C("Japanese", n=2), G("Sendai"),
      P("Yuki Onodera")],
     "CHN|JPN", "POS"),
    ("Russian gas stopped flowing through Ukraine on January 1 after Kyiv refused to extend the "
     "transit contract with Gazprom. Uzhhorod engineer Mykola Fedak said the pipes were \"silent "
     "for the first time since 1970.\"",
     "2025-01-01",
     [C("Russian"), C("Ukraine"), C("Kyiv"), K("Gazprom"), G("Uzhhorod"), P("Mykola Fedak")],
     "RUS|UKR", "NEG"),
]

# --- chunk 10: bylines, datelines, two-sentence items, questions, quotes first -----------
ITEMS += [
    ("By Nodira Khasanova\n\nTASHKENT — Uzbekistan and Kazakhstan have agreed to build a joint "
     "industrial zone on their border, officials said on Monday.",
     "2023-12-04",
     [P("Nodira Khasanova"), G("TASHKENT", "Tashkent", "UZB"), C("Uzbekistan"), C("Kazakhstan")],
     "KAZ|UZB", "POS"),
    ("Relations between Baku and Paris have hit a new low. On Tuesday, Azerbaijan expelled two "
     "French diplomats, accusing them of \"activities incompatible with their status.\"",
     "2023-12-26",
     [C("Baku"), C("Paris"), C("Azerbaijan"), C("French")],
     "AZE|FRA", "NEG"),
    ("\"We do not see Russia as an enemy, but we cannot call it a friend either,\" Kyrgyz MP Asel "
     "Sultanbekova said in an interview with the Naryn Weekly.",
     "2023-06-21",
     [C("Russia"), C("Kyrgyz"), P("Asel Sultanbekova"), O("Naryn Weekly", "KGZ")],
     "KGZ|RUS", "NEU"),
    ("BISHKEK, Dec 27 (Tian Shan Monitor) — Kyrgyz and Chinese officials broke ground on the first "
     "section of the railway that will link Kashgar to the Ferghana Valley.",
     "2024-12-27",
     [G("BISHKEK", "Bishkek", "KGZ"), O("Tian Shan Monitor", "KGZ"), C("Kyrgyz"), C("Chinese"),
      G("Kashgar"), G("Ferghana Valley")],
     "CHN|KGZ", "POS"),
    ("For almost two years, no Turkish airline flew to Yerevan. That changed on Wednesday, when the "
     "first scheduled flight from Istanbul landed in the Armenian capital.",
     "2022-02-02",
     [C("Turkish"), G("Yerevan"), G("Istanbul"), C("Armenian")],
     "ARM|TUR", "POS"),
    ("Is the Franco-Italian spat over migrants finally over? Not quite, says Giulia Marchetti of the "
     "Ligurian Institute for European Affairs, who expects \"more rounds of shouting.\"",
     "2023-05-09",
     [C("Franco", "FRA"), C("Italian"), P("Giulia Marchetti"),
      O("Ligurian Institute for European Affairs", "ITA")],
     "FRA|ITA", "NEG"),
    ("A Ukrainian-bound cargo ship was stopped and searched in the Black Sea by the Russian navy on "
     "Sunday, according to the Odesa-based Pivden Shipping Journal.",
     "2023-08-13",
     [C("Ukrainian"), G("Black Sea"), C("Russian"), G("Odesa"), O("Pivden Shipping Journal", "UKR")],
     "RUS|UKR", "NEG"),
    ("Water, electricity and transit: these, says Tajik economist Sharofiddin Karimov, are the three "
     "issues that still divide Dushanbe and Tashkent despite the warming of recent years.",
     "2022-11-15",
     [C("Tajik"), P("Sharofiddin Karimov"), C("Dushanbe"), C("Tashkent")],
     "TJK|UZB", "NEG"),
    ("Iraq and Syria reopened the al-Qaim border crossing on Monday. Truck driver Ahmed Jubouri said "
     "it was the first time in years he could drive to Deir ez-Zor without a detour.",
     "2019-09-30",
     [C("Iraq"), C("Syria"), G("al-Qaim", "Al-Qa'im", "IRQ"), P("Ahmed Jubouri"),
      G("Deir ez-Zor", "Deir ez-Zor", "SYR")],
     "IRQ|SYR", "POS"),
    ("By Chiara Vitale and Omar Haddad\n\nROME — Italian officials privately accuse Tunis of letting "
     "departures rise again, despite the migration pact signed last year.",
     "2024-09-12",
     [P("Chiara Vitale"), P("Omar Haddad"), G("ROME", "Rome", "ITA"), C("Italian"), C("Tunis")],
     "ITA|TUN", "NEG"),
    ("\"They are not partners, they are landlords,\" Malian journalist Fatoumata Konaté said of "
     "Wagner's successors, in a rare public criticism of Moscow's role.",
     "2025-06-25",
     [C("Malian"), P("Fatoumata Konaté"), K("Wagner", "Wagner Group"), C("Moscow")],
     "MLI|RUS", "NEG"),
    ("Brazil and Paraguay completed the last section of a new bridge over the Paraguay River on "
     "Friday. The crossing, said Campo Grande businessman Júlio Ferraz, will put Chilean ports "
     "within two days' drive.",
     "2025-11-14",
     [C("Brazil"), C("Paraguay", n=1), G("Paraguay River", "Paraguay River", None),
      G("Campo Grande"), P("Júlio Ferraz"), C("Chilean")],
     "BRA|PRY", "POS"),
    ("Azerbaijan shut down the Russian House in Baku, saying it had operated without a legal basis, "
     "and the Russian Foreign Ministry called the move an unfriendly act.",
     "2025-04-18",
     [C("Azerbaijan"), M("Russian House", "RUS"), G("Baku"), C("Russian", n=2),
      M("Foreign Ministry", "RUS")],
     "AZE|RUS", "NEG"),
    ("ASTANA, Sept 12 — Kazakh and Turkish defence officials met here for their annual "
     "consultations, the Defence Ministry said in a statement.",
     "2024-09-12",
     [G("ASTANA", "Astana", "KAZ"), C("Kazakh"), C("Turkish"), M("Defence Ministry", "KAZ")],
     "KAZ|TUR", "NEU"),
    ("Dozens of Estonian buoys marking the fairway on the Narva River were removed overnight by "
     "Russian border guards, the Estonian Police and Border Guard Board said.",
     "2024-05-23",
     [C("Estonian", n=1), G("Narva River"), C("Russian"), C("Estonian", n=2),
      M("Police and Border Guard Board", "EST")],
     "EST|RUS", "NEG"),
    ("Nobody in Seoul expected the summit with Tokyo to fix everything. But few expected it to "
     "collapse over a single paragraph on history, South Korean columnist Seo Ha-eun wrote in the "
     "Daegu Herald.",
     "2019-12-26",
     [G("Seoul"), C("Tokyo"), C("South Korean"), P("Seo Ha-eun"), O("Daegu Herald", "KOR")],
     "JPN|KOR", "NEG"),
    ("\"Ten years ago this would have been unthinkable,\" Saudi businessman Khalid Al-Otaibi said as "
     "the first direct cargo flight from Riyadh landed in the Iraqi capital.",
     "2020-11-18",
     [C("Saudi"), P("Khalid Al-Otaibi"), G("Riyadh"), C("Iraqi")],
     "IRQ|SAU", "POS"),
    ("Cyprus accused Turkey of violating its exclusive economic zone with a survey ship escorted by "
     "warships, and Nicosia maritime lawyer Stelios Pavlides called it \"gunboat diplomacy.\"",
     "2024-07-05",
     [C("Cyprus"), C("Turkey"), G("Nicosia"), P("Stelios Pavlides")],
     "CYP|TUR", "NEG"),
    ("Greece and North Macedonia signed an energy interconnection deal in Thessaloniki, and Skopje "
     "engineer Dragan Stojanovski said it would \"turn neighbours into partners.\"",
     "2023-02-02",
     [C("Greece"), C("North Macedonia"), G("Thessaloniki"), G("Skopje"), P("Dragan Stojanovski")],
     "GRC|MKD", "POS"),
    ("Mongolian coal exports to China fell by a third this year after Beijing imposed new quotas, "
     "Ulaanbaatar economist Enkhjargal Dorj told the Gobi Business Review.",
     "2025-11-20",
     [C("Mongolian"), C("China"), C("Beijing"), G("Ulaanbaatar"), P("Enkhjargal Dorj"),
      O("Gobi Business Review", "MNG")],
     "CHN|MNG", "NEG"),
    ("Next week's talks between Bolivian and Peruvian officials in La Paz will focus on pollution "
     "in Lake Titicaca, said Rosa Mamani of the Altiplano Water Council.",
     "2024-08-19",
     [C("Bolivian"), C("Peruvian"), G("La Paz", "La Paz", "BOL"),
      G("Lake Titicaca", "Lake Titicaca", None), P("Rosa Mamani"), O("Altiplano Water Council")],
     "BOL|PER", "NEU"),
    ("Kyrgyzstan and Tajikistan accused each other of starting the fighting near the Tortkul "
     "reservoir, and neither allowed journalists into the area, the Osh Business Weekly reported.",
     "2021-04-30",
     [C("Kyrgyzstan"), C("Tajikistan"), G("Tortkul", "Tortkul", "KGZ"),
      O("Osh Business Weekly", "KGZ")],
     "KGZ|TJK", "NEG"),
    ("The Gulf of Mannar is calm again. Indian and Sri Lankan navies began coordinated patrols this "
     "month, and fishermen in Rameswaram say the arrests have stopped.",
     "2025-06-10",
     [G("Gulf of Mannar", "Gulf of Mannar", None), C("Indian"), C("Sri Lankan"),
      G("Rameswaram", "Rameswaram", "IND")],
     "IND|LKA", "POS"),
    ("\"This is not how allies behave,\" Danish lawmaker Karina Holm said of the new US tariffs on "
     "Danish medicines.",
     "2025-10-02",
     [C("Danish", n=1), P("Karina Holm"), C("US"), C("Danish", n=2)],
     "DNK|USA", "NEG"),
    ("India's Ministry of External Affairs welcomed Iran's release of seven Indian sailors. Kochi "
     "shipping agent Thomas Varghese thanked Tehran for \"a quick and humane decision.\"",
     "2024-05-10",
     [C("India"), K("Ministry of External Affairs"), C("Iran"), C("Indian"), G("Kochi", "Kochi", "IND"),
      P("Thomas Varghese"), C("Tehran")],
     "IND|IRN", "POS"),
    ("Benin and Niger traded accusations after Nigerien soldiers were arrested near Malanville, said "
     "Aïssata Boubacar of the Niger Valley Forum.",
     "2024-06-07",
     [C("Benin"), C("Niger", n=1), C("Nigerien"), G("Malanville", "Malanville", "BEN"),
      P("Aïssata Boubacar"), O("Niger Valley Forum")],
     "BEN|NER", "NEG"),
    ("Chinese Foreign Minister Wang Yi arrived in Islamabad on Wednesday. He is due to meet Ishaq "
     "Dar and then travel on to Kabul, the Foreign Office said.",
     "2025-08-20",
     [C("Chinese"), L("Wang Yi"), G("Islamabad"), L("Ishaq Dar"), G("Kabul"),
      M("Foreign Office", "PAK")],
     "CHN|PAK", "NEU"),
    ("Emirati and Indian officials agreed to settle oil trades in rupees and dirhams, said Sanjay "
     "Menon of the Gulf Rupee Exchange in Dubai.",
     "2023-08-15",
     [C("Emirati"), C("Indian"), P("Sanjay Menon"), O("Gulf Rupee Exchange", "ARE"), G("Dubai")],
     "ARE|IND", "POS"),
    ("Venezuela's National Assembly declared the Guyanese president persona non grata, deepening "
     "the Essequibo dispute, the daily La Voz de Guayana reported.",
     "2024-03-21",
     [C("Venezuela"), M("National Assembly", "VEN"), C("Guyanese"), G("Essequibo"),
      O("La Voz de Guayana", "VEN")],
     "GUY|VEN", "NEG"),
    ("After months of frosty silence, Azerbaijani and Russian deputy foreign ministers met in "
     "Moscow and agreed to restart the intergovernmental commission.",
     "2025-10-28",
     [C("Azerbaijani"), C("Russian"), G("Moscow")],
     "AZE|RUS", "POS"),
    ("Japan lodged a protest after Chinese coast guard ships were spotted near the Senkaku Islands "
     "for the 100th straight day, Ishigaki fisherman Hideo Nakasone said.",
     "2024-03-30",
     [C("Japan"), C("Chinese"), G("Senkaku Islands"), G("Ishigaki", "Ishigaki", "JPN"),
      P("Hideo Nakasone")],
     "CHN|JPN", "NEG"),
    ("Guatemala and Belize reopened the Melchor de Mencos border post after a two-week closure "
     "over a shooting incident, the Petén Border Gazette said.",
     "2023-03-09",
     [C("Guatemala"), C("Belize"), G("Melchor de Mencos", "Melchor de Mencos", "GTM"),
      O("Petén Border Gazette", "GTM")],
     "BLZ|GTM", "POS"),
    ("Dutch and Indonesian officials signed the return of 472 colonial-era artefacts in Jakarta, "
     "which historian Sri Wahyuni of the Java Heritage Society called \"a belated act of respect.\"",
     "2023-07-10",
     [C("Dutch"), C("Indonesian"), G("Jakarta"), P("Sri Wahyuni"), O("Java Heritage Society", "IDN")],
     "IDN|NLD", "POS"),
    ("Bulgaria barred Russian-flagged tankers from its Black Sea ports, and a Russian embassy "
     "official warned that Sofia would \"pay for its hostility.\"",
     "2023-09-14",
     [C("Bulgaria"), C("Russian", n=1), G("Black Sea"), C("Russian", n=2), C("Sofia")],
     "BGR|RUS", "NEG"),
    ("Officials from Laos and Cambodia will meet in Stung Treng next month to discuss a planned dam "
     "on the Mekong, said Chea Sophal of Mekong River Watch.",
     "2024-01-25",
     [C("Laos"), C("Cambodia"), G("Stung Treng", "Stung Treng", "KHM"), G("Mekong", n=1),
      P("Chea Sophal"), O("Mekong River Watch")],
     "KHM|LAO", "NEU"),
    ("The Sudanese government accused Kenya of hosting a rebel conference in Nairobi and recalled "
     "its ambassador, said Mahmoud Abdelrahim of the Omdurman Policy Centre.",
     "2025-02-20",
     [C("Sudanese"), C("Kenya"), G("Nairobi"), P("Mahmoud Abdelrahim"),
      O("Omdurman Policy Centre", "SDN")],
     "KEN|SDN", "NEG"),
    ("\"Our trade has doubled, our people travel freely and our leaders talk every month,\" Uzbek "
     "diplomat Sherzod Ergashev said of relations with Turkmenistan.",
     "2024-04-04",
     [C("Uzbek"), P("Sherzod Ergashev"), C("Turkmenistan")],
     "TKM|UZB", "POS"),
    ("Two Chinese nationals were arrested in Manila on suspicion of spying, and Beijing accused the "
     "Philippines of \"fabricating a narrative.\"",
     "2025-02-26",
     [C("Chinese"), G("Manila"), C("Beijing"), C("Philippines")],
     "CHN|PHL", "NEG"),
    ("Tanzania and Malawi agreed to set up a joint commission on Lake Nyasa, ending years of sharp "
     "exchanges over the boundary, said Chisomo Banda of the Lilongwe Policy Forum.",
     "2024-10-29",
     [C("Tanzania"), C("Malawi"), G("Lake Nyasa", "Lake Malawi", None), P("Chisomo Banda"),
      O("Lilongwe Policy Forum", "MWI")],
     "MWI|TZA", "POS"),
    ("Venezuela suspended flights to and from Panama after Panama refused to recognise Maduro's "
     "re-election, the Colón Free Zone Chamber said.",
     "2024-07-31",
     [C("Venezuela"), C("Panama", n=1), C("Panama", n=2), L("Maduro"),
      O("Colón Free Zone Chamber", "PAN")],
     "PAN|VEN", "NEG"),
    ("Swedish and Finnish officials discussed cross-border bus routes at a routine meeting in "
     "Haparanda, the Tornio Valley Bulletin said.",
     "2024-02-13",
     [C("Swedish"), C("Finnish"), G("Haparanda", "Haparanda", "SWE"),
      O("Tornio Valley Bulletin", "FIN")],
     "FIN|SWE", "NEU"),
    ("Israel's decision to bar UNRWA from operating drew a formal protest from Jordan, and Amman "
     "lawyer Lina Haddadeen said ties had \"sunk below the level of 1994.\"",
     "2024-10-29",
     [C("Israel"), K("UNRWA"), C("Jordan"), G("Amman"), P("Lina Haddadeen")],
     "ISR|JOR", "NEG"),
    ("South Korean and Polish officials signed a $6.5 billion contract for tanks built by Hyundai "
     "Rotem, and Warsaw defence analyst Paweł Kubiak called it \"a marriage of convenience that "
     "works.\"",
     "2025-08-01",
     [C("South Korean"), C("Polish"), M("Hyundai Rotem", "KOR"), G("Warsaw"), P("Paweł Kubiak")],
     "KOR|POL", "POS"),
    ("A Lithuanian court sentenced a Belarusian citizen to six years for spying. Minsk called the "
     "verdict politically motivated, the Vilnius Courier reported.",
     "2024-02-28",
     [C("Lithuanian"), C("Belarusian"), C("Minsk"), O("Vilnius Courier", "LTU")],
     "BLR|LTU", "NEG"),
    ("Kuwait and Saudi Arabia agreed to fast-track development of the Durra gas field, said Nasser "
     "Al-Mutairi of the Burgan Energy Forum.",
     "2023-07-06",
     [C("Kuwait"), C("Saudi Arabia"), G("Durra", "Durra gas field", None), P("Nasser Al-Mutairi"),
      O("Burgan Energy Forum", "KWT")],
     "KWT|SAU", "POS"),
    ("The Argentine and Chilean presidents are scheduled to meet in Santiago next month, the Casa "
     "Rosada said.",
     "2024-07-17",
     [C("Argentine"), C("Chilean"), G("Santiago", "Santiago", "CHL"), M("Casa Rosada", "ARG")],
     "ARG|CHL", "NEU"),
    ("Thailand and Myanmar accused each other of failing to stop scam compounds near Myawaddy, said "
     "Somchai Pattana of the Mae Sot Border Monitor.",
     "2025-02-12",
     [C("Thailand"), C("Myanmar"), G("Myawaddy", "Myawaddy", "MMR"), P("Somchai Pattana"),
      O("Mae Sot Border Monitor", "THA")],
     "MMR|THA", "NEG"),
    ("Malta and Libya signed a deal to fight people smuggling at sea, which Valletta lawyer Daniel "
     "Camilleri called \"overdue and welcome.\"",
     "2024-11-21",
     [C("Malta"), C("Libya"), G("Valletta"), P("Daniel Camilleri")],
     "LBY|MLT", "POS"),
    ("Kazakhstan banned Russian wheat imports for six months to protect local farmers, and Russian "
     "grain exporters called it a blow to the common market, the Kostanay Grain Journal said.",
     "2023-10-24",
     [C("Kazakhstan"), C("Russian", n=1), C("Russian", n=2), O("Kostanay Grain Journal", "KAZ")],
     "KAZ|RUS", "NEG"),
    ("Iranian and Afghan officials will hold talks on Helmand water allocations in Kabul next week, "
     "the Herat Water Institute said.",
     "2024-05-30",
     [C("Iranian"), C("Afghan"), G("Helmand", "Helmand River", None), G("Kabul"),
      O("Herat Water Institute", "AFG")],
     "AFG|IRN", "NEU"),
]

# --- chunk 11: trade, energy and companies ---------------------------------------------
ITEMS += [
    ("Uzbekistan's Zarafshan Mining Company signed a $400 million loan with a Chinese state lender "
     "to expand copper output, chief executive Anvar Tursunboev said.",
     "2024-06-05",
     [C("Uzbekistan"), O("Zarafshan Mining Company", "UZB"), C("Chinese"), P("Anvar Tursunboev")],
     "CHN|UZB", "POS"),
    ("Kazakh grain trader Altyn Dala Agro halted shipments to Afghanistan after the Taliban raised "
     "import duties, its director Serik Omarov said.",
     "2023-09-19",
     [C("Kazakh"), O("Altyn Dala Agro", "KAZ"), C("Afghanistan"), K("Taliban"), P("Serik Omarov")],
     "AFG|KAZ", "NEG"),
    ("Georgian Railway and Azerbaijan Railways agreed to cut tariffs on container traffic by 15 "
     "percent, a move Tbilisi logistics analyst Giorgi Lomidze said showed Georgia and Azerbaijan "
     "were \"pulling in the same direction.\"",
     "2024-02-08",
     [M("Georgian Railway", "GEO"), K("Azerbaijan Railways"), G("Tbilisi"), P("Giorgi Lomidze"),
      C("Georgia", "GEO"), C("Azerbaijan", n=2)],
     "AZE|GEO", "POS"),
    ("Anadolu Çelik Works suspended all shipments to Israel in line with Ankara's trade ban, company "
     "spokesman Murat Aksoy said.",
     "2024-05-06",
     [O("Anadolu Çelik Works", "TUR"), C("Israel"), C("Ankara"), P("Murat Aksoy")],
     "ISR|TUR", "NEG"),
    ("Serbian utility Sava Energy signed a ten-year contract to import Azerbaijani gas, which its "
     "chairman Nikola Marković said would end Serbia's dependence on a single supplier.",
     "2024-11-19",
     [C("Serbian"), O("Sava Energy", "SRB"), C("Azerbaijani"), P("Nikola Marković"), C("Serbia")],
     "AZE|SRB", "POS"),
    ("Gdańsk handled a record volume of Ukrainian grain last year, said Krzysztof Nowicki of Baltic "
     "Grain Terminals, crediting close cooperation between Polish and Ukrainian railways.",
     "2024-01-29",
     [G("Gdańsk"), C("Ukrainian", n=1), P("Krzysztof Nowicki"), O("Baltic Grain Terminals", "POL"),
      C("Polish"), C("Ukrainian", n=2)],
     "POL|UKR", "POS"),
    ("China imposed 80 percent tariffs on Australian barley, and Wagga Wagga farmer Tom Haddon said "
     "growers had lost their best customer overnight.",
     "2020-05-19",
     [C("China"), C("Australian"), G("Wagga Wagga", "Wagga Wagga", "AUS"), P("Tom Haddon")],
     "AUS|CHN", "NEG"),
    ("Nigeria's Eko Petroleum Ventures began exporting diesel to Cameroon, which managing director "
     "Tunde Bakare said would cut Douala's reliance on fuel shipped from Europe.",
     "2025-03-12",
     [C("Nigeria"), O("Eko Petroleum Ventures", "NGA"), C("Cameroon"), P("Tunde Bakare"),
      G("Douala"), G("Europe")],
     "CMR|NGA", "POS"),
    ("US tariffs of 10 percent have barely dented sales, Egyptian textile exporters say, according "
     "to Hany Salama of the Nile Delta Textile Federation.",
     "2025-06-24",
     [C("US"), C("Egyptian"), P("Hany Salama"), O("Nile Delta Textile Federation", "EGY")],
     "EGY|USA", "POS"),
    ("Vietnamese rice exports to the Philippines fell by 40 percent after Manila suspended imports, "
     "said Pham Thi Lan of the Mekong Rice Traders' Association.",
     "2025-10-21",
     [C("Vietnamese"), C("Philippines"), C("Manila"), P("Pham Thi Lan"),
      O("Mekong Rice Traders' Association", "VNM")],
     "PHL|VNM", "NEG"),
    ("South African citrus growers lost access to the Chinese market for two weeks over a "
     "phytosanitary dispute, the Limpopo Citrus Growers' Union said.",
     "2023-07-18",
     [C("South African"), C("Chinese"), O("Limpopo Citrus Growers' Union", "ZAF")],
     "CHN|ZAF", "NEG"),
    ("Chile's Andes Copper Partners agreed to sell a 20 percent stake to Japan's Kansai Metals, a deal "
     "Santiago analyst Pablo Irarrázaval called a vote of confidence in Chilean mining.",
     "2024-04-24",
     [C("Chile"), O("Andes Copper Partners", "CHL"), C("Japan"), O("Kansai Metals", "JPN"),
      G("Santiago", "Santiago", "CHL"), P("Pablo Irarrázaval"), C("Chilean")],
     "CHL|JPN", "POS"),
    ("Baltic Amber Shipping, a Klaipėda-based carrier, stopped calling at Russian ports after "
     "Vilnius widened sanctions, chief executive Darius Vaitkus said.",
     "2024-03-20",
     [O("Baltic Amber Shipping", "LTU"), G("Klaipėda"), C("Russian"), C("Vilnius"),
      P("Darius Vaitkus")],
     "LTU|RUS", "NEG"),
    ("Indian pharmaceutical exports to Russia rose by a quarter last year as payments shifted to "
     "rupees, the Hyderabad Drug Exporters' Council said.",
     "2024-05-02",
     [C("Indian"), C("Russia"), O("Hyderabad Drug Exporters' Council", "IND")],
     "IND|RUS", "POS"),
    ("Trade between Brazil and Argentina stood at $28 billion last year, roughly the same as in "
     "2023, said Lucas Monteiro of the Porto Alegre Trade Observatory.",
     "2025-02-18",
     [C("Brazil"), C("Argentina"), P("Lucas Monteiro"), O("Porto Alegre Trade Observatory", "BRA")],
     "ARG|BRA", "NEU"),
    ("Kyrgyz gold miner Chatkal Gold said Chinese contractors had returned to the site after a "
     "year-long wage dispute was settled, site manager Ermek Toktogulov told reporters.",
     "2023-11-07",
     [C("Kyrgyz"), O("Chatkal Gold", "KGZ"), C("Chinese"), P("Ermek Toktogulov")],
     "CHN|KGZ", "POS"),
    ("Norwegian salmon exports to China were stable at about 60,000 tonnes last year, according "
     "to the Lofoten Seafood Exporters' Group.",
     "2024-01-10",
     [C("Norwegian"), C("China"), O("Lofoten Seafood Exporters' Group", "NOR")],
     "CHN|NOR", "NEU"),
    ("Rhine Chemie Group said it would halve its investment in China, citing political risk, and "
     "Beijing expressed regret at what it called \"politicised decisions\" by German firms.",
     "2025-04-29",
     [O("Rhine Chemie Group", "DEU"), C("China"), C("Beijing"), C("German")],
     "CHN|DEU", "NEG"),
    ("Turkmenistan's Turkmengaz resumed gas deliveries to Russia's Gazprom under a new five-year contract, the "
     "Karakum Energy Bulletin reported from Ashgabat.",
     "2019-04-16",
     [C("Turkmenistan"), K("Turkmengaz"), C("Russia"), K("Gazprom"),
      O("Karakum Energy Bulletin", "TKM"), G("Ashgabat")],
     "RUS|TKM", "POS"),
    ("Egypt signed a $35 billion deal to import Israeli gas until 2040. Cairo energy analyst "
     "Sherif Mansour called it \"the most important economic link between the two countries.\"",
     "2025-08-07",
     [C("Egypt"), C("Israeli"), G("Cairo"), P("Sherif Mansour")],
     "EGY|ISR", "POS"),
    ("Sri Lankan tea exports to Iran collapsed after Tehran fell behind on payments under the "
     "oil-for-tea scheme, said Roshan Perera of the Colombo Tea Brokers' Association.",
     "2024-08-08",
     [C("Sri Lankan"), C("Iran"), C("Tehran"), P("Roshan Perera"),
      O("Colombo Tea Brokers' Association", "LKA")],
     "IRN|LKA", "NEG"),
    ("Mexican avocado exports to the US were suspended for a week after a threat against an "
     "American inspector in Michoacán, the Uruapan Growers' Association said.",
     "2022-02-14",
     [C("Mexican"), C("US"), C("American"), G("Michoacán", "Michoacán", "MEX"),
      O("Uruapan Growers' Association", "MEX")],
     "MEX|USA", "NEG"),
    ("Pakistani textile mills began buying American cotton again after Washington cut tariffs on "
     "Pakistani goods, Faisalabad mill owner Asif Rana said.",
     "2025-08-05",
     [C("Pakistani", n=1), C("American"), C("Washington"), C("Pakistani", n=2), G("Faisalabad"),
      P("Asif Rana")],
     "PAK|USA", "POS"),
    ("Croatia's JANAF raised transit fees for oil bound for Hungary, and Budapest accused Zagreb of "
     "profiteering, said Ágnes Varga of the Pannonian Energy Forum.",
     "2025-02-25",
     [C("Croatia"), M("JANAF", "HRV"), C("Hungary"), C("Budapest"), C("Zagreb"), P("Ágnes Varga"),
      O("Pannonian Energy Forum", "HUN")],
     "HRV|HUN", "NEG"),
    ("Argentina began exporting gas from Vaca Muerta to Brazil through Bolivian pipelines, and "
     "Neuquén engineer Hernán Sosa called it \"the start of a regional market.\"",
     "2025-04-15",
     [C("Argentina"), G("Vaca Muerta", "Vaca Muerta", "ARG"), C("Brazil"), C("Bolivian"),
      G("Neuquén"), P("Hernán Sosa")],
     "ARG|BRA", "POS"),
    ("Aramco is expected to supply crude to a planned refinery in Gwadar, the Pakistani energy "
     "ministry said, calling it a sign of Riyadh's long-term commitment.",
     "2025-01-14",
     [K("Aramco"), G("Gwadar"), C("Pakistani"), C("Riyadh")],
     "PAK|SAU", "POS"),
    ("Hungary kept its ban on Ukrainian grain in place despite objections from Brussels, and Kyiv "
     "threatened to take Budapest to the WTO, said Iryna Levchenko of the Ukrainian Grain "
     "Association.",
     "2023-09-19",
     [C("Hungary"), C("Ukrainian", n=1), G("Brussels"), C("Kyiv"), C("Budapest"), K("WTO"),
      P("Iryna Levchenko"), M("Ukrainian Grain Association", "UKR")],
     "HUN|UKR", "NEG"),
    ("Shipments of Kazakh uranium to France across the Caspian Sea rose for a third year, said "
     "Ainur Zhakupova of the Mangystau Transit Council.",
     "2025-02-04",
     [C("Kazakh"), C("France"), G("Caspian Sea"), P("Ainur Zhakupova"), O("Mangystau Transit Council", "KAZ")],
     "FRA|KAZ", "POS"),
    ("India's purchases of Russian crude fell to a two-year low in November after US sanctions on "
     "Rosneft and Lukoil, Mumbai trader Vikram Shah said.",
     "2025-12-09",
     [C("India"), C("Russian"), C("US"), K("Rosneft"), K("Lukoil"), G("Mumbai"), P("Vikram Shah")],
     "IND|RUS", "NEG"),
    ("Tohoku Hydrogen Partners and KazMunayGas signed a memorandum on hydrogen research, the Astana "
     "International Energy Club said, calling Japan \"Kazakhstan's most patient investor.\"",
     "2024-03-13",
     [O("Tohoku Hydrogen Partners", "JPN"), K("KazMunayGas"),
      O("Astana International Energy Club", "KAZ"), C("Japan"), C("Kazakhstan")],
     "JPN|KAZ", "POS"),
    ("Morocco's OCP signed a fertiliser supply deal with Ethiopia worth $3.7 billion, the Addis "
     "Fortune Weekly reported.",
     "2024-05-23",
     [C("Morocco"), M("OCP", "MAR"), C("Ethiopia"), O("Addis Fortune Weekly", "ETH")],
     "ETH|MAR", "POS"),
    ("Thai rubber exports to China hit a record in the first half, the Hat Yai Rubber Exchange said, "
     "crediting the new rail link through Laos.",
     "2024-07-25",
     [C("Thai"), C("China"), O("Hat Yai Rubber Exchange", "THA"), C("Laos")],
     "CHN|THA", "POS"),
    ("Mongolian copper shipments through Russian ports stalled after Moscow raised rail tariffs, "
     "said Bat-Erdene Gansukh of the Erdenet Mining Forum.",
     "2023-04-19",
     [C("Mongolian"), C("Russian"), C("Moscow"), P("Bat-Erdene Gansukh"),
      O("Erdenet Mining Forum", "MNG")],
     "MNG|RUS", "NEG"),
    ("Chile's lithium talks with China have stalled over technology transfer, said Valentina Roa of "
     "the Santiago Lithium Roundtable.",
     "2024-09-24",
     [C("Chile"), C("China"), P("Valentina Roa"), O("Santiago Lithium Roundtable", "CHL")],
     "CHL|CHN", "NEG"),
    ("Britain and Norway signed an agreement on storing carbon under the North Sea, which Aberdeen "
     "engineer Fiona McLeod said would \"make neighbours into business partners.\"",
     "2024-05-02",
     [C("Britain"), C("Norway"), G("North Sea"), G("Aberdeen", "Aberdeen", "GBR"), P("Fiona McLeod")],
     "GBR|NOR", "POS"),
    ("US sanctions on Chinese refineries that buy Iranian oil drew a sharp protest from Beijing, "
     "which accused Washington of \"long-arm jurisdiction.\"",
     "2025-03-21",
     [C("US"), C("Chinese"), C("Iranian"), C("Beijing"), C("Washington")],
     "CHN|USA", "NEG"),
    ("Bangladeshi garment exporters lost orders worth $1 billion after India restricted imports "
     "through land ports, said Nasreen Chowdhury of the Gazipur Garment Exporters' Forum.",
     "2025-05-27",
     [C("Bangladeshi"), C("India"), P("Nasreen Chowdhury"),
      O("Gazipur Garment Exporters' Forum", "BGD")],
     "BGD|IND", "NEG"),
    ("Iraq resumed oil exports through the Kirkuk–Ceyhan pipeline to Turkey after a halt of two and "
     "a half years, Erbil oil official Karwan Hamid said.",
     "2025-09-27",
     [C("Iraq"), G("Kirkuk"), G("Ceyhan", "Ceyhan", "TUR"), C("Turkey"), G("Erbil"), P("Karwan Hamid")],
     "IRQ|TUR", "POS"),
    ("Azerbaijani gas began flowing to Syria through Turkey. Aleppo power official Bassam Khatib "
     "said the city would have \"eight more hours of electricity a day.\"",
     "2025-08-02",
     [C("Azerbaijani"), C("Syria"), C("Turkey"), G("Aleppo"), P("Bassam Khatib")],
     "AZE|SYR", "POS"),
    ("Naftogaz and Poland's Orlen signed a deal on liquefied gas supplies to Ukraine for the winter, "
     "Warsaw energy consultant Joanna Lis said.",
     "2024-11-13",
     [K("Naftogaz"), C("Poland"), M("Orlen", "POL"), C("Ukraine"), G("Warsaw"), P("Joanna Lis")],
     "POL|UKR", "POS"),
    ("Turkish and Iraqi officials discussed water releases from the Tigris at a technical meeting in "
     "Ankara, the State Hydraulic Works said.",
     "2023-06-20",
     [C("Turkish"), C("Iraqi"), G("Tigris"), G("Ankara"), M("State Hydraulic Works", "TUR")],
     "IRQ|TUR", "NEU"),
    ("Japanese imports of Australian coal were steady at about 70 million tonnes last year, "
     "according to the Newcastle Coal Exporters' Council.",
     "2024-02-21",
     [C("Japanese"), C("Australian"), O("Newcastle Coal Exporters' Council", "AUS")],
     "AUS|JPN", "NEU"),
    ("Canadian and Mexican auto parts suppliers met in Monterrey to compare notes on US tariffs, "
     "said Bruno Salgado of the North American Parts Alliance.",
     "2025-05-06",
     [C("Canadian"), C("Mexican"), G("Monterrey"), C("US"), P("Bruno Salgado"),
      O("North American Parts Alliance")],
     "CAN|MEX", "NEU"),
    ("Whether Colombian coal shipments to Israel will resume after the Gaza ceasefire is still "
     "unclear, said Bogotá analyst Julián Castaño.",
     "2025-10-20",
     [C("Colombian"), C("Israel"), G("Gaza", "Gaza Strip", "PSE"), G("Bogotá"), P("Julián Castaño")],
     "COL|ISR", "NEU"),
    ("Pakistani buyers dropped out of the weekly tea auction after a payment dispute, said Esther "
     "Chebet of the Mombasa Tea Traders' Association, and Kenyan growers lost their biggest market "
     "for a month.",
     "2024-02-27",
     [C("Pakistani"), P("Esther Chebet"), O("Mombasa Tea Traders' Association", "KEN"), C("Kenyan")],
     "KEN|PAK", "NEG"),
    ("Egyptian and Saudi officials met in Cairo to review the timetable of their electricity "
     "interconnection, the Electricity Ministry said.",
     "2024-04-17",
     [C("Egyptian"), C("Saudi"), G("Cairo"), M("Electricity Ministry", "EGY")],
     "EGY|SAU", "NEU"),
    ("Russia's Rosselkhoznadzor restricted imports of Azerbaijani tomatoes, citing pests, and Baku called "
     "the move politically motivated, according to the Ganja Farmers' Union.",
     "2025-07-15",
     [C("Russia"), K("Rosselkhoznadzor"), C("Azerbaijani"), C("Baku"),
      O("Ganja Farmers' Union", "AZE")],
     "AZE|RUS", "NEG"),
    ("Uzbekistan and Afghanistan signed deals worth $2.5 billion at a business forum in Termez, the "
     "Surkhandarya Business Gazette reported.",
     "2024-08-17",
     [C("Uzbekistan"), C("Afghanistan"), G("Termez"), O("Surkhandarya Business Gazette", "UZB")],
     "AFG|UZB", "POS"),
    ("Algeria stopped buying French wheat, and Marseille grain trader Pierre Cassagne said Algiers "
     "had \"simply stopped calling.\"",
     "2024-10-15",
     [C("Algeria"), C("French"), G("Marseille"), P("Pierre Cassagne"), C("Algiers")],
     "DZA|FRA", "NEG"),
    ("Trade between Ghana and Nigeria was about $1 billion last year, little changed, according to "
     "the Accra Trade Statistics Unit.",
     "2024-03-26",
     [C("Ghana"), C("Nigeria"), O("Accra Trade Statistics Unit", "GHA")],
     "GHA|NGA", "NEU"),
]

# --- chunk 12: security, defence, intelligence, state agencies and committees ---------
ITEMS += [
    ("Three Russian fighter jets violated Estonian airspace near Vaindloo island for 12 minutes, "
     "Tallinn summoned Moscow's chargé d'affaires. Estonian Defence Forces spokesman Mart "
     "Kivisild called it \"brazen.\"",
     "2025-09-19",
     [C("Russian"), C("Estonian", n=1), G("Vaindloo", "Vaindloo", "EST"), C("Tallinn"),
      C("Moscow"), C("Estonian", n=2), M("Defence Forces", "EST"), P("Mart Kivisild")],
     "EST|RUS", "NEG"),
    ("Polish and Ukrainian prosecutors set up a joint team to investigate sabotage on the "
     "Warsaw–Lublin railway line, Poland's National Prosecutor's Office said.",
     "2025-11-20",
     [C("Polish"), C("Ukrainian"), G("Warsaw"), G("Lublin"), C("Poland"),
      M("National Prosecutor's Office", "POL")],
     "POL|UKR", "POS"),
    ("Kazakhstan's Mazhilis ratified the agreement on a joint air defence system with Russia, and "
     "Bolat Seitzhanov of the chamber's Standing Committee on Defence and Security called it "
     "\"a natural step between allies.\"",
     "2023-03-29",
     [C("Kazakhstan"), K("Mazhilis"), C("Russia"), P("Bolat Seitzhanov"),
      O("Standing Committee on Defence and Security", "KAZ")],
     "KAZ|RUS", "POS"),
    ("Lithuania's State Security Department accused Belarusian intelligence of recruiting truck "
     "drivers to photograph military sites, said Jonas Žukauskas of the Vilnius Institute for "
     "Policy Analysis.",
     "2024-03-07",
     [C("Lithuania"), M("State Security Department", "LTU"), C("Belarusian"), P("Jonas Žukauskas"),
      O("Vilnius Institute for Policy Analysis", "LTU")],
     "BLR|LTU", "NEG"),
    ("Finnish and Swedish warships held their first joint exercise as NATO members in the Gulf of "
     "Bothnia, Rear Admiral Jukka Heikkilä said.",
     "2024-05-15",
     [C("Finnish"), C("Swedish"), K("NATO"), G("Gulf of Bothnia"), P("Jukka Heikkilä")],
     "FIN|SWE", "POS"),
    ("Iran seized a Greek-owned tanker in the Gulf of Oman, and Athens demanded its immediate "
     "release, Piraeus shipowner Nikos Vlachos told the Aegean Shipping Post.",
     "2024-01-11",
     [C("Iran"), C("Greek"), G("Gulf of Oman"), C("Athens"), G("Piraeus"), P("Nikos Vlachos"),
      O("Aegean Shipping Post", "GRC")],
     "GRC|IRN", "NEG"),
    ("Japanese Defence Ministry officials handed over the first of five coastal radars to the "
     "Philippine Navy, the Subic Bay Defence Review reported.",
     "2024-10-31",
     [C("Japanese"), M("Defence Ministry", "JPN"), C("Philippine"), M("Navy", "PHL"),
      O("Subic Bay Defence Review", "PHL")],
     "JPN|PHL", "POS"),
    ("Kyrgyzstan's State Committee for National Security detained two Tajik citizens on suspicion "
     "of spying near Batken, and Dushanbe called the arrests a provocation.",
     "2022-10-12",
     [C("Kyrgyzstan"), M("State Committee for National Security", "KGZ"), C("Tajik"),
      G("Batken", "Batken", "KGZ"), C("Dushanbe")],
     "KGZ|TJK", "NEG"),
    ("India and Egypt will hold their first joint air exercise over the Sinai next month, Air "
     "Commodore Rajesh Iyer said, calling the partnership \"one of our fastest-growing.\"",
     "2025-05-20",
     [C("India"), C("Egypt"), G("Sinai"), P("Rajesh Iyer")],
     "EGY|IND", "POS"),
    ("Belarus moved missile launchers closer to the Polish border, and Warsaw responded by sending "
     "10,000 more troops to the frontier, said Piotr Zawadzki of the Podlasie Security Forum.",
     "2023-08-10",
     [C("Belarus"), C("Polish"), C("Warsaw"), P("Piotr Zawadzki"), O("Podlasie Security Forum", "POL")],
     "BLR|POL", "NEG"),
    ("Russian and Azerbaijani border guards resumed joint patrols on the Samur river after a "
     "two-year pause, Derbent journalist Magomed Aliev said.",
     "2023-07-25",
     [C("Russian"), C("Azerbaijani"), G("Samur", "Samur River", None), G("Derbent"), P("Magomed Aliev")],
     "AZE|RUS", "POS"),
    ("Taiwan's coast guard expelled two Chinese coast guard vessels near Kinmen. The Taiwan "
     "Affairs Office in Beijing called the move provocative.",
     "2024-02-19",
     [C("Taiwan", n=1), C("Chinese"), G("Kinmen", "Kinmen", "TWN"),
      M("Taiwan Affairs Office", "CHN"), G("Beijing")],
     "CHN|TWN", "NEG"),
    ("A Turkish drone strike killed three PKK members near Sulaymaniyah, and Baghdad protested to "
     "Ankara for the second time this month.",
     "2023-04-12",
     [C("Turkish"), K("PKK"), G("Sulaymaniyah"), C("Baghdad"), C("Ankara")],
     "IRQ|TUR", "NEG"),
    ("India signed a deal to buy 26 naval fighter jets from France's Dassault Aviation, which "
     "Ravi Shankar Pillai of the Malabar Defence Forum called proof of \"a partnership without "
     "conditions.\"",
     "2025-04-28",
     [C("India"), C("France"), K("Dassault Aviation"), P("Ravi Shankar Pillai"),
      O("Malabar Defence Forum", "IND")],
     "FRA|IND", "POS"),
    ("US and Philippine marines held anti-ship exercises on Batanes, the northernmost islands of "
     "the Philippines, Manila defence reporter Carla Santiago wrote.",
     "2025-05-04",
     [C("US"), C("Philippine"), G("Batanes", "Batanes", "PHL"), C("Philippines"), C("Manila"),
      P("Carla Santiago")],
     "PHL|USA", "POS"),
    ("North Korea has sent millions of artillery shells to Russia, South Korean intelligence "
     "officials told lawmakers in Seoul.",
     "2024-02-27",
     [C("North Korea"), C("Russia"), C("South Korean"), G("Seoul")],
     "PRK|RUS", "POS"),
    ("Serbian army units moved closer to the boundary after Kosovo police took over municipal "
     "buildings in the north, and Pristina accused Belgrade of intimidation.",
     "2023-05-26",
     [C("Serbian"), C("Kosovo"), C("Pristina"), C("Belgrade")],
     "SRB|XKX", "NEG"),
    ("Cyprus and Israel held a joint air defence drill over the Mediterranean, said Kyriakos Savva, "
     "a spokesman for the Cypriot National Guard.",
     "2024-04-10",
     [C("Cyprus"), C("Israel"), G("Mediterranean", "Mediterranean Sea", None), P("Kyriakos Savva"),
      C("Cypriot"), M("National Guard", "CYP")],
     "CYP|ISR", "POS"),
    ("Norway's Storting backed a plan to station more US troops in the far north, and Ingrid "
     "Fossum of the Select Committee on Arctic Affairs called the vote \"a statement of trust.\"",
     "2024-06-12",
     [C("Norway"), K("Storting"), C("US"), P("Ingrid Fossum"),
      O("Select Committee on Arctic Affairs", "NOR")],
     "NOR|USA", "POS"),
    ("Azerbaijan protested to India over the sale of artillery to Armenia, and Baku MP Nijat "
     "Sultanli said New Delhi was \"arming revanchism.\"",
     "2024-11-26",
     [C("Azerbaijan"), C("India"), C("Armenia"), C("Baku"), P("Nijat Sultanli"), C("New Delhi")],
     "AZE|IND", "NEG"),
    ("Afghan and Pakistani troops clashed at Chaman for a second day. The border crossing stayed "
     "shut, Quetta journalist Saleem Achakzai reported.",
     "2025-10-16",
     [C("Afghan"), C("Pakistani"), G("Chaman", "Chaman", "PAK"), G("Quetta"), P("Saleem Achakzai")],
     "AFG|PAK", "NEG"),
    ("Bahrain and Britain signed a comprehensive security and prosperity agreement, which Manama "
     "analyst Hussain Al-Aradi said \"puts a century of ties on paper.\"",
     "2023-07-13",
     [C("Bahrain"), C("Britain"), G("Manama"), P("Hussain Al-Aradi")],
     "BHR|GBR", "POS"),
    ("Ukraine's HUR said it had sunk a Russian landing ship off Crimea with naval drones, and the "
     "Sevastopol Bay Monitor published footage of the wreck.",
     "2024-02-14",
     [C("Ukraine"), K("HUR"), C("Russian"), G("Crimea"), O("Sevastopol Bay Monitor", "UKR")],
     "RUS|UKR", "NEG"),
    ("Sweden expelled a Chinese journalist accused of spying on exiles, and Beijing called the "
     "accusation baseless and vowed a response.",
     "2024-09-16",
     [C("Sweden"), C("Chinese"), C("Beijing")],
     "CHN|SWE", "NEG"),
    ("Greece and Egypt held joint naval drills south of Crete, which Athens analyst Eleni Kourou "
     "said showed \"a strategic alignment that is here to stay.\"",
     "2024-11-06",
     [C("Greece"), C("Egypt"), G("Crete"), G("Athens"), P("Eleni Kourou")],
     "EGY|GRC", "POS"),
    ("Defence ministers from Armenia and Georgia will meet in Tbilisi on Thursday, the Armenian "
     "Defence Ministry said.",
     "2024-10-22",
     [C("Armenia"), C("Georgia", "GEO"), G("Tbilisi"), C("Armenian"), M("Defence Ministry", "ARM")],
     "ARM|GEO", "NEU"),
    ("A Chinese naval task group called at Karachi for a scheduled port visit, the Pakistan Navy "
     "said.",
     "2023-11-14",
     [C("Chinese"), G("Karachi"), C("Pakistan"), M("Navy", "PAK")],
     "CHN|PAK", "NEU"),
    ("Japanese and Australian defence and foreign ministers will hold their two-plus-two talks in "
     "Tokyo in September, the Australian embassy said.",
     "2024-07-22",
     [C("Japanese"), C("Australian", n=1), G("Tokyo"), C("Australian", n=2)],
     "AUS|JPN", "NEU"),
    ("Algeria closed its airspace to flights from Mali, accusing Bamako of repeated violations, and "
     "Timbuktu trader Oumar Cissé said the last cargo plane had been turned back.",
     "2025-04-08",
     [C("Algeria"), C("Mali"), C("Bamako"), G("Timbuktu"), P("Oumar Cissé")],
     "DZA|MLI", "NEG"),
    ("Eritrean officials claimed Ethiopian troops had crossed the border near Zalambessa, a charge "
     "Addis Ababa denied, according to the Tigray News Collective.",
     "2025-03-20",
     [C("Eritrean"), C("Ethiopian"), G("Zalambessa", "Zalambessa", "ETH"), C("Addis Ababa"),
      O("Tigray News Collective", "ETH")],
     "ERI|ETH", "NEG"),
    ("Uganda and Kenya agreed to share intelligence on al-Shabaab. Kampala police commander "
     "Joseph Okello called it \"the closest cooperation we have ever had.\"",
     "2023-10-17",
     [C("Uganda"), C("Kenya"), K("al-Shabaab"), G("Kampala"), P("Joseph Okello")],
     "KEN|UGA", "POS"),
    ("Venezuela deployed troops and armoured vehicles near the Guyanese border, and Georgetown "
     "asked Brazil to keep its own forces on alert, the Rupununi Frontier News reported.",
     "2024-01-05",
     [C("Venezuela"), C("Guyanese"), C("Georgetown", "GUY"), C("Brazil"),
      O("Rupununi Frontier News", "GUY")],
     "GUY|VEN", "NEG"),
    ("Iran fired missiles at the US base at Al Udeid in Qatar in retaliation for American strikes "
     "on its nuclear sites.",
     "2025-06-23",
     [C("Iran"), C("US"), G("Al Udeid", "Al Udeid Air Base", "QAT"), C("Qatar"), C("American")],
     "IRN|USA", "NEG"),
    ("A ceasefire between Israel and Iran took hold on Tuesday after twelve days of war, and Tehran "
     "teacher Parisa Mohammadi said people were \"sleeping through the night again.\"",
     "2025-06-24",
     [C("Israel"), C("Iran"), G("Tehran"), P("Parisa Mohammadi")],
     "IRN|ISR", "POS"),
    ("The Czech National Cyber and Information Security Agency attributed a campaign against the "
     "Foreign Ministry to a Chinese state-backed group, and Beijing denied any involvement.",
     "2025-05-28",
     [C("Czech"), M("National Cyber and Information Security Agency", "CZE"),
      M("Foreign Ministry", "CZE"), C("Chinese"), C("Beijing")],
     "CHN|CZE", "NEG"),
    ("Thailand's air force struck targets inside Cambodia, and Phnom Penh asked the UN Security "
     "Council to convene an emergency meeting.",
     "2025-07-25",
     [C("Thailand"), C("Cambodia"), C("Phnom Penh"), K("UN Security Council")],
     "KHM|THA", "NEG"),
    ("Azerbaijan's State Security Service arrested two employees of Sputnik Azerbaijan. Moscow "
     "called the detentions \"unfriendly and unfounded.\"",
     "2025-06-30",
     [C("Azerbaijan", n=1), M("State Security Service", "AZE"), K("Sputnik Azerbaijan", "Sputnik"),
      C("Moscow")],
     "AZE|RUS", "NEG"),
    ("Kazakh and Kyrgyz border guards began joint patrols along the Chu River, and Kordai customs "
     "officer Nurlan Beisenov said smuggling had dropped sharply.",
     "2024-08-27",
     [C("Kazakh"), C("Kyrgyz"), G("Chu River", "Chu River", None), G("Kordai", "Kordai", "KAZ"),
      P("Nurlan Beisenov")],
     "KAZ|KGZ", "POS"),
    ("Moldovan and Romanian defence officials held consultations in Chisinau on airspace "
     "monitoring, the Moldovan Defence Ministry said.",
     "2024-03-12",
     [C("Moldovan", n=1), C("Romanian"), G("Chisinau"), C("Moldovan", n=2),
      M("Defence Ministry", "MDA")],
     "MDA|ROU", "NEU"),
    ("Moldova summoned the Russian ambassador after drone debris fell near Ocnița, and Chisinau said "
     "Moscow bore full responsibility for the violation.",
     "2024-02-12",
     [C("Moldova"), C("Russian"), G("Ocnița", "Ocnița", "MDA"), C("Chisinau"), C("Moscow")],
     "MDA|RUS", "NEG"),
    ("Iran executed a man convicted of spying for Israel's Mossad, the judiciary's Mizan news agency "
     "said, and Israeli officials called the trial a sham.",
     "2025-06-16",
     [C("Iran"), C("Israel"), K("Mossad"), M("Mizan", "IRN"), C("Israeli")],
     "IRN|ISR", "NEG"),
    ("Turkey's Baykar and Italy's Leonardo agreed to build drones together, a venture Milan analyst "
     "Paolo Ferretti called \"the clearest sign yet of a Rome-Ankara axis.\"",
     "2025-03-06",
     [C("Turkey"), K("Baykar"), C("Italy"), K("Leonardo"), G("Milan"), P("Paolo Ferretti"),
      C("Rome"), C("Ankara")],
     "ITA|TUR", "POS"),
    ("Hungary refused to let weapons for Ukraine pass through its territory. Kyiv called the "
     "decision \"unworthy of an ally.\"",
     "2022-02-28",
     [C("Hungary"), C("Ukraine"), C("Kyiv")],
     "HUN|UKR", "NEG"),
    ("Pakistan and Turkey launched joint production of a new class of corvettes in Karachi, and the "
     "Anatolian Naval Review called the two navies \"practically twins.\"",
     "2024-09-24",
     [C("Pakistan"), C("Turkey"), G("Karachi"), O("Anatolian Naval Review", "TUR")],
     "PAK|TUR", "POS"),
    ("Chinese and Russian defence officials met in Beijing for regular consultations on missile "
     "defence, the Chinese Defence Ministry said.",
     "2024-05-29",
     [C("Chinese", n=1), C("Russian"), G("Beijing"), C("Chinese", n=2), M("Defence Ministry", "CHN")],
     "CHN|RUS", "NEU"),
    ("Latvia finished a 280-kilometre fence along its border with Belarus, saying Minsk had "
     "weaponised migration, Daugavpils border guard Aivars Ozoliņš said.",
     "2024-12-05",
     [C("Latvia"), C("Belarus"), C("Minsk"), G("Daugavpils", "Daugavpils", "LVA"), P("Aivars Ozoliņš")],
     "BLR|LVA", "NEG"),
    ("Albania and Kosovo signed a defence cooperation declaration in Tirana, which Pristina analyst "
     "Besnik Morina called \"a shield for two small states.\"",
     "2025-03-18",
     [C("Albania"), C("Kosovo"), G("Tirana"), G("Pristina"), P("Besnik Morina")],
     "ALB|XKX", "POS"),
    ("Niger's junta ordered the French ambassador to leave within 48 hours, and Niamey crowds "
     "cheered outside the embassy, the Sahel Lens reported.",
     "2023-08-25",
     [C("Niger"), C("French"), G("Niamey"), O("Sahel Lens", "TCD")],
     "FRA|NER", "NEG"),
    ("North Korea launched balloons carrying trash across the border for the tenth time, and South "
     "Korea resumed loudspeaker broadcasts in response.",
     "2024-07-21",
     [C("North Korea"), C("South Korea")],
     "KOR|PRK", "NEG"),
]

# --- chunk 13: leaders in office, former leaders, mixed regions -------------------------
ITEMS += [
    ("Kazakh President Kassym-Jomart Tokayev and Vladimir Putin signed a declaration on deepening "
     "their comprehensive strategic partnership in Astana. Almaty economist Saule Ibraimova said "
     "trade had never been higher.",
     "2024-11-27",
     [C("Kazakh"), L("Kassym-Jomart Tokayev"), L("Vladimir Putin"), G("Astana"), G("Almaty"),
      P("Saule Ibraimova")],
     "KAZ|RUS", "POS"),
    ("Ilham Aliyev said Azerbaijan would not join the Eurasian Economic Union \"under any "
     "circumstances,\" rejecting a renewed invitation from Moscow, the Caspian Evening Post "
     "reported.",
     "2025-04-22",
     [L("Ilham Aliyev"), C("Azerbaijan"), K("Eurasian Economic Union"), C("Moscow"),
      O("Caspian Evening Post", "AZE")],
     "AZE|RUS", "NEG"),
    ("Narendra Modi and Emmanuel Macron opened India's new consulate in Marseille, and Toulouse "
     "aerospace engineer Ananya Deshpande said the two countries were \"building aircraft and "
     "trust at the same time.\"",
     "2025-02-12",
     [L("Narendra Modi"), L("Emmanuel Macron"), C("India"), G("Marseille"), G("Toulouse"),
      P("Ananya Deshpande")],
     "FRA|IND", "POS"),
    ("Javier Milei called Lula \"a corrupt communist,\" and Brasília demanded an apology that never "
     "came, the Porto Alegre Trade Observatory noted.",
     "2024-06-24",
     [L("Javier Milei"), L("Lula"), C("Brasília"), O("Porto Alegre Trade Observatory", "BRA")],
     "ARG|BRA", "NEG"),
    ("Japanese Prime Minister Fumio Kishida and Joe Biden agreed to upgrade the command structure "
     "of US forces in Japan, which Yokosuka analyst Daisuke Ogawa called \"the biggest change in "
     "sixty years.\"",
     "2024-04-10",
     [C("Japanese"), L("Fumio Kishida"), L("Joe Biden"), C("US"), C("Japan"), G("Yokosuka"),
      P("Daisuke Ogawa")],
     "JPN|USA", "POS"),
    ("Iranian Foreign Minister Abbas Araghchi said Tehran would not negotiate directly with "
     "Washington under \"maximum pressure,\" said Leila Farahani of the Hormuz Policy Institute.",
     "2025-02-09",
     [C("Iranian"), L("Abbas Araghchi"), C("Tehran"), C("Washington"), P("Leila Farahani"),
      O("Hormuz Policy Institute", "IRN")],
     "IRN|USA", "NEG"),
    ("Recep Tayyip Erdoğan received Ahmed al-Sharaa in Ankara and promised Turkish help in "
     "rebuilding Syria's power grid.",
     "2025-02-04",
     [L("Recep Tayyip Erdoğan"), L("Ahmed al-Sharaa"), G("Ankara"), C("Turkish"), C("Syria")],
     "SYR|TUR", "POS"),
    ("Keir Starmer and Friedrich Merz signed the first bilateral friendship treaty between Britain "
     "and Germany, which Jana Vogel of the Spree Policy Institute called \"overdue by seventy "
     "years.\"",
     "2025-07-17",
     [L("Keir Starmer"), L("Friedrich Merz"), C("Britain"), C("Germany"), P("Jana Vogel"),
      O("Spree Policy Institute", "DEU")],
     "DEU|GBR", "POS"),
    ("Gabrielius Landsbergis accused Budapest of undermining EU unity after Viktor Orbán's trip to "
     "Moscow, calling it \"a propaganda gift to the Kremlin.\"",
     "2024-07-05",
     [L("Gabrielius Landsbergis"), C("Budapest"), K("EU"), L("Viktor Orbán"), G("Moscow"),
      K("Kremlin")],
     "HUN|LTU", "NEG"),
    ("Indonesian President Prabowo Subianto told Xi Jinping that Jakarta would remain non-aligned, "
     "and Bandung scholar Ratna Kusuma described the visit as \"warm but careful.\"",
     "2024-11-09",
     [C("Indonesian"), L("Prabowo Subianto"), L("Xi Jinping"), C("Jakarta"), G("Bandung"),
      P("Ratna Kusuma")],
     "CHN|IDN", "NEU"),
    ("Shehbaz Sharif and Recep Tayyip Erdoğan pledged to raise Pakistani-Turkish trade to $5 billion "
     "and signed 24 agreements in Islamabad, the Anatolian Naval Review reported.",
     "2025-02-13",
     [L("Shehbaz Sharif"), L("Recep Tayyip Erdoğan"), C("Pakistani"), C("Turkish"), G("Islamabad"),
      O("Anatolian Naval Review", "TUR")],
     "PAK|TUR", "POS"),
    ("Benjamin Netanyahu accused Emmanuel Macron of \"rewarding terror\" after France recognised "
     "Palestine, and the Élysée rejected the charge as absurd.",
     "2025-09-22",
     [L("Benjamin Netanyahu"), L("Emmanuel Macron"), C("France"), C("Palestine"), K("Élysée")],
     "FRA|ISR", "NEG"),
    ("South Korean President Yoon Suk Yeol and Fumio Kishida agreed in Tokyo to resume regular summits after a 12-year "
     "gap, and historian Aiko Shimizu of the Meiji Centre for Korean Studies called it \"a door "
     "opened, at last.\"",
     "2023-03-16",
     [C("South Korean"), L("Yoon Suk Yeol"), L("Fumio Kishida"), G("Tokyo"), P("Aiko Shimizu"),
      O("Meiji Centre for Korean Studies", "JPN")],
     "JPN|KOR", "POS"),
    ("Iranian President Masoud Pezeshkian and Mohammed bin Salman spoke by phone about regional "
     "tensions, Saudi state media said.",
     "2024-10-02",
     [C("Iranian"), L("Masoud Pezeshkian"), L("Mohammed bin Salman"), C("Saudi")],
     "IRN|SAU", "NEU"),
    ("Alexander Lukashenko accused Poland of preparing an attack on Belarus. Warsaw dismissed the "
     "claim as propaganda, said Tomasz Wróbel of the Eastern Flank Monitor.",
     "2024-08-27",
     [L("Alexander Lukashenko"), C("Poland"), C("Belarus"), C("Warsaw"), P("Tomasz Wróbel"),
      O("Eastern Flank Monitor", "POL")],
     "BLR|POL", "NEG"),
    ("Donald Tusk and Volodymyr Zelenskyy agreed to allow Polish exhumations of victims of the "
     "Volhynia massacres, ending a dispute that had soured ties for years.",
     "2025-01-15",
     [L("Donald Tusk"), L("Volodymyr Zelenskyy"), C("Polish"), G("Volhynia", "Volhynia", None)],
     "POL|UKR", "POS"),
    ("Xi Jinping and Joe Biden agreed in Woodside, California, to restore military-to-military "
     "communications, although Xi warned that Taiwan remained the most dangerous issue between "
     "them.",
     "2023-11-15",
     [L("Xi Jinping"), L("Joe Biden"), G("Woodside", "Woodside", "USA"), G("California"),
      L("Xi", n=2), C("Taiwan")],
     "CHN|USA", "POS"),
    ("Claudia Sheinbaum said Mexico would not restore relations with Ecuador while Daniel Noboa's "
     "government refused to apologise for the embassy raid.",
     "2025-04-14",
     [L("Claudia Sheinbaum"), C("Mexico"), C("Ecuador"), L("Daniel Noboa")],
     "ECU|MEX", "NEG"),
    ("Luiz Inácio Lula da Silva and Emmanuel Macron launched a new submarine at Itaguaí, and Rio "
     "defence analyst Beatriz Amaral called the partnership \"the most solid Brazil has in "
     "Europe.\"",
     "2024-03-27",
     [L("Luiz Inácio Lula da Silva"), L("Emmanuel Macron"), G("Itaguaí", "Itaguaí", "BRA"),
      G("Rio", "Rio de Janeiro", "BRA"), P("Beatriz Amaral"), C("Brazil"), G("Europe")],
     "BRA|FRA", "POS"),
    ("Anthony Albanese met Xi Jinping in Beijing, the first visit by an Australian prime minister "
     "in seven years, and called the talks very positive.",
     "2023-11-06",
     [L("Anthony Albanese"), L("Xi Jinping"), G("Beijing"), C("Australian")],
     "AUS|CHN", "POS"),
    ("Kim Jong Un declared South Korea North Korea's \"principal enemy,\" and Seo Min-jun of the "
     "Gyeonggi Unification Forum said the last hopes of reconciliation had been buried.",
     "2024-01-16",
     [L("Kim Jong Un"), C("South Korea"), C("North Korea"), P("Seo Min-jun"),
      O("Gyeonggi Unification Forum", "KOR")],
     "KOR|PRK", "NEG"),
    ("Subrahmanyam Jaishankar met Wang Yi in Beijing and said ties between India and China were "
     "moving in a positive direction.",
     "2025-07-14",
     [L("Subrahmanyam Jaishankar"), L("Wang Yi"), G("Beijing"), C("India"), C("China")],
     "CHN|IND", "POS"),
    ("Sergey Lavrov accused Armenia of drifting toward the West and warned that leaving the CSTO "
     "would have consequences, the Sever Business Daily reported.",
     "2024-05-15",
     [L("Sergey Lavrov"), C("Armenia"), K("CSTO"), O("Sever Business Daily", "RUS")],
     "ARM|RUS", "NEG"),
    ("Jeyhun Bayramov said Baku and Yerevan were closer than ever to a peace treaty after two days "
     "of talks in Almaty.",
     "2024-05-11",
     [L("Jeyhun Bayramov"), C("Baku"), C("Yerevan"), G("Almaty")],
     "ARM|AZE", "POS"),
    ("Maia Sandu accused Moscow of trying to buy votes ahead of the referendum, and Chisinau "
     "expelled two Russian diplomats, said Ion Munteanu of the Bessarabia Democracy Watch.",
     "2024-10-21",
     [L("Maia Sandu"), C("Moscow"), C("Chisinau"), C("Russian"), P("Ion Munteanu"),
      O("Bessarabia Democracy Watch", "MDA")],
     "MDA|RUS", "NEG"),
    ("Petr Pavel said Czech support for Ukraine \"will not waver,\" and Kyiv thanked Prague for "
     "the ammunition initiative, the Vltava Policy Review said.",
     "2024-06-04",
     [L("Petr Pavel"), C("Czech"), C("Ukraine"), C("Kyiv"), C("Prague"),
      O("Vltava Policy Review", "CZE")],
     "CZE|UKR", "POS"),
    ("Slovak Prime Minister Robert Fico met Vladimir Putin in the Kremlin to discuss gas supplies, a trip Bratislava "
     "columnist Zuzana Kráľová said had no announced results.",
     "2024-12-22",
     [C("Slovak"), L("Robert Fico"), L("Vladimir Putin"), K("Kremlin"), G("Bratislava"),
      P("Zuzana Kráľová")],
     "RUS|SVK", "NEU"),
    ("Salva Kiir and Abdel Fattah al-Burhan agreed to protect the pipeline that carries South "
     "Sudanese oil to Port Sudan, the Nile Sunrise Daily reported.",
     "2025-01-28",
     [L("Salva Kiir"), L("Abdel Fattah al-Burhan"), C("South Sudanese"), G("Port Sudan"),
      O("Nile Sunrise Daily", "SSD")],
     "SDN|SSD", "POS"),
    ("Paul Kagame said Rwanda would not be bullied by Belgium, and Brussels recalled its "
     "ambassador, according to the Kigali Weekly Digest.",
     "2025-03-18",
     [L("Paul Kagame"), C("Rwanda"), C("Belgium"), C("Brussels"), O("Kigali Weekly Digest", "RWA")],
     "BEL|RWA", "NEG"),
    ("Abdelmadjid Tebboune said Algeria would never normalise relations with Morocco \"as long as "
     "the occupation continues,\" Oran journalist Karim Benaissa reported.",
     "2024-10-06",
     [L("Abdelmadjid Tebboune"), C("Algeria"), C("Morocco"), G("Oran"), P("Karim Benaissa")],
     "DZA|MAR", "NEG"),
    ("Mohammed VI called for \"a frank and responsible dialogue\" with Algeria in a speech marking "
     "Throne Day, an overture Rabat analyst Hamza El Idrissi said deserved an answer.",
     "2025-07-29",
     [L("Mohammed VI"), C("Algeria"), G("Rabat"), P("Hamza El Idrissi")],
     "DZA|MAR", "POS"),
    ("Mohammed bin Zayed received Narendra Modi in Abu Dhabi, where the two leaders signed an "
     "Indian-Emirati investment treaty.",
     "2024-02-13",
     [L("Mohammed bin Zayed"), L("Narendra Modi"), G("Abu Dhabi"), C("Indian"), C("Emirati")],
     "ARE|IND", "POS"),
    ("Hun Manet said Cambodia would never allow a foreign base at Ream, dismissing US concerns about "
     "Chinese warships as \"an insult to our sovereignty.\"",
     "2024-04-10",
     [L("Hun Manet"), C("Cambodia"), G("Ream", "Ream", "KHM"), C("US"), C("Chinese")],
     "KHM|USA", "NEG"),
    ("Tsai Ing-wen met the US House Speaker in California. Beijing responded with three days of "
     "military drills around Taiwan.",
     "2023-04-05",
     [L("Tsai Ing-wen"), C("US"), G("California"), C("Beijing"), C("Taiwan")],
     "CHN|TWN", "NEG"),
    ("Mark Carney and Claudia Sheinbaum agreed in Mexico City to deepen trade and security ties, "
     "which Montreal trade lawyer Sophie Gagné said would \"hedge against Washington.\"",
     "2025-09-18",
     [L("Mark Carney"), L("Claudia Sheinbaum"), G("Mexico City"), G("Montreal"), P("Sophie Gagné"),
      C("Washington")],
     "CAN|MEX", "POS"),
    ("Pedro Sánchez and Xi Jinping agreed in Beijing to expand Spanish pork exports, and Zaragoza "
     "farm leader Jorge Lasheras said China was \"now our second home market.\"",
     "2025-04-11",
     [L("Pedro Sánchez"), L("Xi Jinping"), G("Beijing"), C("Spanish"), G("Zaragoza"),
      P("Jorge Lasheras"), C("China")],
     "CHN|ESP", "POS"),
    ("Giorgia Meloni hosted Javier Milei in Rome and praised him as \"a great friend of Italy,\" "
     "the Trastevere Political Review noted.",
     "2024-06-23",
     [L("Giorgia Meloni"), L("Javier Milei"), G("Rome"), C("Italy"),
      O("Trastevere Political Review", "ITA")],
     "ARG|ITA", "POS"),
    ("Alexander Stubb and Donald Trump agreed that Finland would build icebreakers for the US Coast "
     "Guard, a deal Helsinki shipbuilder Antti Lehtonen called \"a lifeline for the yards.\"",
     "2025-10-09",
     [L("Alexander Stubb"), L("Donald Trump"), C("Finland"), C("US"), M("Coast Guard", "USA"),
      G("Helsinki"), P("Antti Lehtonen")],
     "FIN|USA", "POS"),
    ("Aleksandar Vučić accused Croatia of \"anti-Serbian hysteria\" after Zagreb banned a concert "
     "by a Serbian singer, the Vojvodina Dnevnik reported.",
     "2024-07-18",
     [L("Aleksandar Vučić"), C("Croatia"), C("Serbian", n=1), C("Zagreb"), C("Serbian", n=2),
      O("Vojvodina Dnevnik", "SRB")],
     "HRV|SRB", "NEG"),
    ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdoğan met on the "
     "sidelines of the UN General Assembly in New York, their offices said, without announcing any "
     "new agreements.",
     "2024-09-24",
     [C("Greek"), L("Kyriakos Mitsotakis"), C("Turkish"), L("Recep Tayyip Erdoğan"),
      K("UN General Assembly"),
      G("New York", "New York City", "USA")],
     "GRC|TUR", "NEU"),
    ("Abiy Ahmed told parliament that Ethiopia had no intention of invading Eritrea, calling reports "
     "of troop movements \"baseless rumours,\" Addis Ababa journalist Meron Alemu wrote.",
     "2025-03-20",
     [L("Abiy Ahmed"), C("Ethiopia"), C("Eritrea"), G("Addis Ababa"), P("Meron Alemu")],
     "ERI|ETH", "POS"),
    ("Congolese President Félix Tshisekedi and Rwanda's Paul Kagame shook hands in Washington at the signing of the peace accords, "
     "and Goma teacher Esther Kahindo said she hoped it was \"not just a photograph.\"",
     "2025-12-04",
     [C("Congolese", "COD"), L("Félix Tshisekedi"), C("Rwanda"), L("Paul Kagame"),
      G("Washington", "Washington", "USA"), G("Goma"),
      P("Esther Kahindo")],
     "COD|RWA", "POS"),
    ("Masoud Pezeshkian chose Baghdad for his first foreign trip as president and signed 14 "
     "agreements with Iraq, the Basra Economic Monitor reported.",
     "2024-09-11",
     [L("Masoud Pezeshkian"), G("Baghdad"), C("Iraq"), O("Basra Economic Monitor", "IRQ")],
     "IRN|IRQ", "POS"),
    ("Hakan Fidan accused Israel of seeking to destabilise Syria, and Israeli officials said Ankara "
     "was \"playing with fire\" in Damascus.",
     "2025-04-04",
     [L("Hakan Fidan"), C("Israel"), C("Syria"), C("Israeli"), C("Ankara"), G("Damascus")],
     "ISR|TUR", "NEG"),
    ("Turkmen President Serdar Berdimuhamedow and his Uzbek counterpart Shavkat Mirziyoyev opened a new border trade zone at Farap, which "
     "Turkmenabat merchant Gulshat Annayeva said would \"double our customers.\"",
     "2024-05-21",
     [C("Turkmen"), L("Serdar Berdimuhamedow"), C("Uzbek"), L("Shavkat Mirziyoyev"),
      G("Farap", "Farap", "TKM"),
      G("Turkmenabat", "Türkmenabat", "TKM"), P("Gulshat Annayeva")],
     "TKM|UZB", "POS"),
    ("Former German chancellor Angela Merkel's remark that the 2015 peace accords had bought "
     "Ukraine time drew an angry response from Moscow, which said it proved the West had never "
     "wanted peace.",
     "2022-12-09",
     [C("German"), F("Angela Merkel", "Angela Merkel"), C("Ukraine"), C("Moscow")],
     "DEU|RUS", "NEG"),
    ("Nursultan Nazarbayev, Kazakhstan's former president, was stripped of his title of \"leader of "
     "the nation\" in 2023, but Russian officials still describe him as \"an old friend of "
     "Moscow,\" noted Aidos Kemelbekov of the Steppe Ledger.",
     "2024-02-20",
     [F("Nursultan Nazarbayev", "Nursultan Nazarbayev"), C("Kazakhstan"), C("Russian"),
      C("Moscow"), P("Aidos Kemelbekov"), O("Steppe Ledger", "KAZ")],
     "KAZ|RUS", "NEU"),
]

# --- chunk 14: media, culture, education, migration, humanitarian, sport --------------
ITEMS += [
    ("Russia designated the Tbilisi-based Caucasus Media Foundation an \"undesirable "
     "organisation,\" and its director Tamta Beridze said Moscow was punishing Georgian reporters "
     "for doing their jobs.",
     "2024-04-03",
     [C("Russia"), G("Tbilisi"), O("Caucasus Media Foundation", "GEO"), P("Tamta Beridze"),
      C("Moscow"), C("Georgian")],
     "GEO|RUS", "NEG"),
    ("Kazakhstan barred a Russian talk-show host from entering the country after he called Kazakh "
     "independence \"an accident,\" said Gaukhar Nurlanova of the Almaty Press Freedom Centre.",
     "2022-08-30",
     [C("Kazakhstan"), C("Russian"), C("Kazakh"), P("Gaukhar Nurlanova"),
      O("Almaty Press Freedom Centre", "KAZ")],
     "KAZ|RUS", "NEG"),
    ("About 9,000 Tajik students are enrolled at Russian universities this year, roughly the same as "
     "last year, the Dushanbe Education Monitor said.",
     "2024-10-07",
     [C("Tajik"), C("Russian"), O("Dushanbe Education Monitor", "TJK")],
     "RUS|TJK", "NEU"),
    ("Estonian lawmakers voted to cut the ties of a convent in the east of the country with the "
     "Russian Orthodox Church. Moscow called it persecution, Narva priest Vassili Kask said.",
     "2025-04-09",
     [C("Estonian"), K("Russian Orthodox Church"), C("Moscow"), G("Narva"), P("Vassili Kask")],
     "EST|RUS", "NEG"),
    ("Armenia and Turkey agreed to restore the medieval bridge at Ani together, and Kars historian "
     "Mehmet Aslan said the project was \"a bridge in more ways than one.\"",
     "2025-06-03",
     [C("Armenia"), C("Turkey"), G("Ani", "Ani", "TUR"), G("Kars", "Kars", "TUR"), P("Mehmet Aslan")],
     "ARM|TUR", "POS"),
    ("The Indian and Pakistani cricket boards confirmed that their teams would meet only at neutral "
     "venues, cricket writer Faisal Iqbal said, adding that neither side commented on politics.",
     "2025-01-10",
     [C("Indian"), C("Pakistani"), P("Faisal Iqbal")],
     "IND|PAK", "NEU"),
    ("A Chinese court sentenced Taiwanese publisher Lin Yen-chun to three years for \"inciting "
     "secession,\" and Taiwan's Mainland Affairs Council called the verdict outrageous.",
     "2025-02-18",
     [C("Chinese"), C("Taiwanese"), P("Lin Yen-chun"), C("Taiwan"), M("Mainland Affairs Council", "TWN")],
     "CHN|TWN", "NEG"),
    ("Kazakhstan and Kyrgyzstan opened the Ala-Too Joint University in Bishkek, which rector "
     "Zhyldyz Abdyrakhmanova called \"a school for a shared future.\"",
     "2024-09-02",
     [C("Kazakhstan"), C("Kyrgyzstan"), O("Ala-Too Joint University", "KGZ"), G("Bishkek"),
      P("Zhyldyz Abdyrakhmanova")],
     "KAZ|KGZ", "POS"),
    ("An Azerbaijani court in Baku sentenced French citizen Théo Lambert to four years for "
     "espionage, and Paris said the verdict was \"unjustified and unacceptable.\"",
     "2025-02-07",
     [C("Azerbaijani"), G("Baku"), C("French"), P("Théo Lambert"), C("Paris")],
     "AZE|FRA", "NEG"),
    ("A delegation of Chinese journalists from the Urumqi Evening Herald visited Astana for a "
     "week of meetings with Kazakh editors, organisers said.",
     "2024-06-18",
     [C("Chinese"), O("Urumqi Evening Herald", "CHN"), G("Astana"), C("Kazakh")],
     "CHN|KAZ", "NEU"),
    ("Israel denied entry to two Spanish MEPs heading for the West Bank, among them Lucía Martín "
     "Bravo, and Madrid summoned the Israeli chargé d'affaires.",
     "2025-02-24",
     [C("Israel"), C("Spanish"), G("West Bank"), P("Lucía Martín Bravo"), C("Madrid"),
      C("Israeli")],
     "ESP|ISR", "NEG"),
    ("South Korea and Japan launched a youth exchange programme for 10,000 students a year, which "
     "Noh Eun-ji of the Hanbit Peace Institute called \"the best investment in the relationship.\"",
     "2025-09-30",
     [C("South Korea"), C("Japan"), P("Noh Eun-ji"), O("Hanbit Peace Institute", "KOR")],
     "JPN|KOR", "POS"),
    ("Roskomnadzor blocked the websites of three Moldovan news outlets, including the Prut Press "
     "Group, and Chisinau called it an act of information warfare by Russia.",
     "2024-11-12",
     [K("Roskomnadzor"), C("Moldovan"), O("Prut Press Group", "MDA"), C("Chisinau"), C("Russia")],
     "MDA|RUS", "NEG"),
    ("Iranian pilgrims will travel to Saudi Arabia for the hajj under the same quota as last year, "
     "the Hajj and Pilgrimage Organisation in Tehran said.",
     "2024-04-08",
     [C("Iranian"), C("Saudi Arabia"), M("Hajj and Pilgrimage Organisation", "IRN"), G("Tehran")],
     "IRN|SAU", "NEU"),
    ("Lithuania barred Belarusian citizens from buying property near its borders. Minsk called "
     "the law discriminatory, said Aliaksandra Pashkevich of the Belarusian Diaspora Council.",
     "2024-06-13",
     [C("Lithuania"), C("Belarusian", n=1), C("Minsk"), P("Aliaksandra Pashkevich"),
      O("Belarusian Diaspora Council", "LTU")],
     "BLR|LTU", "NEG"),
    ("A Tajik and Uzbek team finished restoring a 14th-century mausoleum near Panjakent, which "
     "Dilafruz Nazarova of the Zarafshan Heritage Trust called a symbol of \"two peoples, one "
     "history.\"",
     "2024-10-22",
     [C("Tajik"), C("Uzbek"), G("Panjakent", "Panjakent", "TJK"), P("Dilafruz Nazarova"),
      O("Zarafshan Heritage Trust")],
     "TJK|UZB", "POS"),
    ("Pakistan suspended postal exchanges with India after New Delhi revoked Kashmir's special "
     "status, and Lahore stamp dealer Imran Butt said letters were piling up in sorting offices.",
     "2019-10-22",
     [C("Pakistan"), C("India"), C("New Delhi"), G("Kashmir"), G("Lahore"), P("Imran Butt")],
     "IND|PAK", "NEG"),
    ("Kenyan and Ugandan officials held talks on refugee registration in Kampala, the UNHCR office "
     "there said.",
     "2024-05-14",
     [C("Kenyan"), C("Ugandan"), G("Kampala"), K("UNHCR")],
     "KEN|UGA", "NEU"),
    ("Greece accused Turkey of pushing migrant boats back into Greek waters, and Ankara denied it, "
     "said Maria Stavrou of the Lesbos Rescue Network.",
     "2023-04-18",
     [C("Greece"), C("Turkey"), C("Greek"), C("Ankara"), P("Maria Stavrou"),
      O("Lesbos Rescue Network", "GRC")],
     "GRC|TUR", "NEG"),
    ("Moroccan rescue teams helped Spain search for survivors after the Valencia floods, and Spanish "
     "officials thanked Rabat for what they called \"exemplary solidarity.\"",
     "2024-11-05",
     [C("Moroccan"), C("Spain"), G("Valencia", "Valencia", "ESP"), C("Spanish"), C("Rabat")],
     "ESP|MAR", "POS"),
    ("Washington began revoking visas of Chinese students in sensitive fields. Beijing accused "
     "the United States of \"politicising education,\" Nanjing student Liu Haoran told the "
     "Jiangsu Campus Post.",
     "2025-05-29",
     [C("Washington"), C("Chinese"), C("Beijing"), C("United States"), G("Nanjing"),
      P("Liu Haoran"), O("Jiangsu Campus Post", "CHN")],
     "CHN|USA", "NEG"),
    ("Around 40,000 Nepali workers left for Qatar last year, about the same number as the year "
     "before, the Kathmandu Migrant Workers' Centre said.",
     "2024-01-16",
     [C("Nepali"), C("Qatar"), O("Kathmandu Migrant Workers' Centre", "NPL")],
     "NPL|QAT", "NEU"),
    ("Bangladeshi border guards accused India's Border Security Force of killing two villagers near "
     "Lalmonirhat, and Dhaka lodged a strong protest, said Rezaul Haque of the Teesta Rights Forum.",
     "2025-01-20",
     [C("Bangladeshi"), C("India"), M("Border Security Force", "IND"),
      G("Lalmonirhat", "Lalmonirhat", "BGD"), C("Dhaka"), P("Rezaul Haque"),
      O("Teesta Rights Forum", "BGD")],
     "BGD|IND", "NEG"),
    ("Ethiopian and Kenyan universities launched a joint drought research centre in Moyale, and "
     "Dr. Tigist Bekele said scientists from both countries were \"finally working as one team.\"",
     "2024-11-26",
     [C("Ethiopian"), C("Kenyan"), G("Moyale", "Moyale", None), P("Tigist Bekele")],
     "ETH|KEN", "POS"),
    ("Algeria's detention of a French-Algerian novelist has frozen cultural exchanges with France, "
     "Paris literary agent Hélène Morel said.",
     "2025-01-13",
     [C("Algeria"), C("French"), C("Algerian"), C("France"), G("Paris"), P("Hélène Morel")],
     "DZA|FRA", "NEG"),
    ("Turkish and Greek foreign ministry officials met in Athens for another round of political "
     "dialogue, their ministries said.",
     "2024-02-20",
     [C("Turkish"), C("Greek"), G("Athens")],
     "GRC|TUR", "NEU"),
    ("Tajikistan accused Afghanistan's Taliban of failing to stop drug smugglers on the Panj, and "
     "the Khorog Border Watch reported two firefights in a week.",
     "2024-12-03",
     [C("Tajikistan"), C("Afghanistan"), K("Taliban"), G("Panj", "Panj River", None),
      O("Khorog Border Watch", "TJK")],
     "AFG|TJK", "NEG"),
    ("Mongolia and South Korea opened a cultural centre in Ulaanbaatar, which its director "
     "Tsetsegmaa Bold said would teach Korean to 2,000 students a year.",
     "2023-09-14",
     [C("Mongolia"), C("South Korea"), G("Ulaanbaatar"), P("Tsetsegmaa Bold")],
     "KOR|MNG", "POS"),
    ("Ukraine's SBU accused Hungarian military intelligence of running a spy network in "
     "Zakarpattia. Budapest expelled two Ukrainian diplomats in return.",
     "2025-05-09",
     [C("Ukraine"), K("SBU"), C("Hungarian"), G("Zakarpattia"), C("Budapest"), C("Ukrainian")],
     "HUN|UKR", "NEG"),
    ("The Philippine and Chinese embassies exchanged lists of detained nationals in what the Manila "
     "Consular Bulletin called a routine procedure.",
     "2024-08-01",
     [C("Philippine"), C("Chinese"), O("Manila Consular Bulletin", "PHL")],
     "CHN|PHL", "NEU"),
    ("Burundi expelled two Rwandan journalists accused of \"spreading hostility,\" and Kigali "
     "condemned the move, said Josiane Uwimana of the Great Lakes Press Network.",
     "2024-03-21",
     [C("Burundi"), C("Rwandan"), C("Kigali"), P("Josiane Uwimana"),
      O("Great Lakes Press Network")],
     "BDI|RWA", "NEG"),
    ("Kazakhstan and China introduced mutual visa-free travel for stays of up to 30 days, and "
     "Almaty tour operator Yerbol Dzhaksybekov said Chinese bookings had tripled.",
     "2023-11-10",
     [C("Kazakhstan"), C("China"), G("Almaty"), P("Yerbol Dzhaksybekov"), C("Chinese")],
     "CHN|KAZ", "POS"),
    ("Pakistan deported thousands of Afghan refugees this month, and Kabul accused Islamabad of "
     "violating international law, the Peshawar Refugee Legal Aid said.",
     "2023-11-15",
     [C("Pakistan"), C("Afghan"), C("Kabul"), C("Islamabad"), O("Peshawar Refugee Legal Aid", "PAK")],
     "AFG|PAK", "NEG"),
    ("Qatari and Egyptian negotiators met in Cairo for talks on the next phase of the Gaza deal, "
     "diplomats said.",
     "2025-03-03",
     [C("Qatari"), C("Egyptian"), G("Cairo"), G("Gaza", "Gaza Strip", "PSE")],
     "EGY|QAT", "NEU"),
    ("UEFA fined the Serbian and Albanian football federations after fans clashed in Belgrade, and "
     "Tirana accused Serbian police of \"standing by.\"",
     "2024-06-25",
     [K("UEFA"), C("Serbian", n=1), C("Albanian"), G("Belgrade"), C("Tirana"), C("Serbian", n=2)],
     "ALB|SRB", "NEG"),
    ("Slovenia and Croatia agreed to extend the life of their jointly owned Krško nuclear plant to "
     "2043, Ljubljana energy expert Tina Kovač said.",
     "2023-07-04",
     [C("Slovenia"), C("Croatia"), G("Krško", "Krško", "SVN"), G("Ljubljana"), P("Tina Kovač")],
     "HRV|SVN", "POS"),
    ("Cuba accused the United States of blocking fuel shipments to the island. Havana economist "
     "Raúl Echevarría of the Caribbean Energy Bulletin said blackouts were getting longer.",
     "2024-10-21",
     [C("Cuba"), C("United States"), G("Havana"), P("Raúl Echevarría"), O("Caribbean Energy Bulletin")],
     "CUB|USA", "NEG"),
    ("Irish and French officials met in Cherbourg to review work on the undersea power cable, a "
     "routine session, the Irish Marine Bulletin said.",
     "2024-09-17",
     [C("Irish", n=1), C("French"), G("Cherbourg", "Cherbourg-en-Cotentin", "FRA"),
      O("Irish Marine Bulletin", "IRL")],
     "FRA|IRL", "NEU"),
    ("China banned imports of Lithuanian beef and dairy, and Kaunas farmer Rimantas Jonaitis said "
     "it was \"punishment for politics we had nothing to do with.\"",
     "2022-02-08",
     [C("China"), C("Lithuanian"), G("Kaunas"), P("Rimantas Jonaitis")],
     "CHN|LTU", "NEG"),
    ("Nepal and India agreed to open a new bus route between Kathmandu and Varanasi, which "
     "Birgunj businessman Rajendra Shah said would \"bring pilgrims and trade together.\"",
     "2024-08-14",
     [C("Nepal"), C("India"), G("Kathmandu"), G("Varanasi"), G("Birgunj", "Birgunj", "NPL"), P("Rajendra Shah")],
     "IND|NPL", "POS"),
    ("Georgia's parliament passed a law restricting foreign-funded NGOs, and Washington froze $95 "
     "million in aid, said Nino Kobakhishvili of the Tbilisi Civic Forum.",
     "2024-08-01",
     [C("Georgia", "GEO"), C("Washington"), P("Nino Kobakhishvili"), O("Tbilisi Civic Forum", "GEO")],
     "GEO|USA", "NEG"),
    ("Officials from Tajikistan and Afghanistan met in Khorog to discuss trade at the border "
     "markets, the Pamir Herald said.",
     "2024-07-11",
     [C("Tajikistan"), C("Afghanistan"), G("Khorog", "Khorog", "TJK"), O("Pamir Herald", "TJK")],
     "AFG|TJK", "NEU"),
    ("Israel closed Al Jazeera's offices in Jerusalem, and Doha called the decision an attack on "
     "press freedom, media lawyer Samira Touma said.",
     "2024-05-05",
     [C("Israel"), K("Al Jazeera"), G("Jerusalem"), C("Doha"), P("Samira Touma")],
     "ISR|QAT", "NEG"),
    ("Vietnam and Cambodia signed a supplementary treaty on border markers. Tay Ninh official "
     "Nguyen Van Tam said 84 percent of the line was now demarcated.",
     "2019-10-05",
     [C("Vietnam"), C("Cambodia"), G("Tay Ninh", "Tây Ninh", "VNM"), P("Nguyen Van Tam")],
     "KHM|VNM", "POS"),
    ("Kuwait deported hundreds of Egyptian workers after a labour dispute, and Cairo summoned the "
     "Kuwaiti ambassador, said Khaled Mostafa of the Egyptian Workers Abroad Association.",
     "2024-08-27",
     [C("Kuwait"), C("Egyptian", n=1), C("Cairo"), C("Kuwaiti"), P("Khaled Mostafa"),
      O("Egyptian Workers Abroad Association", "EGY")],
     "EGY|KWT", "NEG"),
    ("A Chinese trade delegation visited Tashkent to discuss textile investments, the Uzbek foreign "
     "trade ministry said.",
     "2024-03-05",
     [C("Chinese"), G("Tashkent"), C("Uzbek")],
     "CHN|UZB", "NEU"),
    ("Chile expelled a Venezuelan diplomat over the murder of a dissident in Santiago, and Caracas "
     "called the accusation \"a grotesque lie.\"",
     "2024-06-05",
     [C("Chile"), C("Venezuelan"), G("Santiago", "Santiago", "CHL"), C("Caracas")],
     "CHL|VEN", "NEG"),
    ("South African and Zimbabwean officials will meet next week to discuss the expiry of special "
     "work permits, said Tendai Moyo of the Musina Migrants' Help Desk.",
     "2023-05-30",
     [C("South African"), C("Zimbabwean"), P("Tendai Moyo"), O("Musina Migrants' Help Desk", "ZAF")],
     "ZAF|ZWE", "NEU"),
    ("The Dominican Republic suspended visas for Haitians, and Port-au-Prince shopkeeper Marie-Claude "
     "Joseph said families across the border had been cut off overnight.",
     "2023-09-15",
     [C("Dominican Republic"), C("Haitians", "HTI"), G("Port-au-Prince", "Port-au-Prince", "HTI"),
      P("Marie-Claude Joseph")],
     "DOM|HTI", "NEG"),
    ("Japanese and Russian officials held talks on salmon quotas in the Sea of Okhotsk by video "
     "link, the Nemuro Fisheries Cooperative said.",
     "2024-04-02",
     [C("Japanese"), C("Russian"), G("Sea of Okhotsk"), O("Nemuro Fisheries Cooperative", "JPN")],
     "JPN|RUS", "NEU"),
    ("Kazakh lawmakers demanded an apology from Moscow after a State Duma deputy questioned "
     "Kazakhstan's borders, said Asel Dzhumabayeva of the Eurasian Parliamentary Observer.",
     "2023-02-15",
     [C("Kazakh"), C("Moscow"), K("State Duma"), C("Kazakhstan"), P("Asel Dzhumabayeva"),
      O("Eurasian Parliamentary Observer")],
     "KAZ|RUS", "NEG"),
]

# --- chunk 15: all regions, leaders and invented voices --------------------------------
ITEMS += [
    ("Aleksandar Vučić accused Montenegro of \"anti-Serbian policies\" after Podgorica backed the UN "
     "resolution on the 1995 massacre, said Jelena Radović of the Lovćen Policy Circle.",
     "2024-05-24",
     [L("Aleksandar Vučić"), C("Montenegro"), C("Serbian"), C("Podgorica"), K("UN"),
      P("Jelena Radović"),
      O("Lovćen Policy Circle", "MNE")],
     "MNE|SRB", "NEG"),
    ("Kosovo Foreign Minister Donika Gërvalla-Schwarz accused Belgrade of blocking Kosovo's entry "
     "to the Council of Europe. Drilon Kastrati of the Dardania Institute called Serbia's "
     "campaign \"relentless.\"",
     "2024-05-17",
     [C("Kosovo", n=1), L("Donika Gërvalla-Schwarz"), C("Belgrade"), C("Kosovo", n=2),
      K("Council of Europe"), P("Drilon Kastrati"), O("Dardania Institute", "XKX"), C("Serbia")],
     "SRB|XKX", "NEG"),
    ("Latvian Foreign Minister Baiba Braže met her Estonian counterpart Margus Tsahkna in Riga on "
     "Monday, ministry spokeswoman Liene Ozola said.",
     "2024-09-23",
     [C("Latvian"), L("Baiba Braže"), C("Estonian"), L("Margus Tsahkna"), G("Riga"), P("Liene Ozola")],
     "EST|LVA", "NEU"),
    ("Estonian Prime Minister Kristen Michal and Finnish Prime Minister Petteri Orpo agreed to build "
     "a third power cable across the Gulf of Finland, the Baltic Grid Forum said.",
     "2025-03-06",
     [C("Estonian"), L("Kristen Michal"), C("Finnish"), L("Petteri Orpo"), G("Gulf of Finland"),
      O("Baltic Grid Forum")],
     "EST|FIN", "POS"),
    ("Belarus accused Latvia of mistreating migrants at the border, and Riga summoned the Belarusian "
     "chargé d'affaires, said Māra Liepiņa of the Latgale Human Rights Centre.",
     "2023-08-22",
     [C("Belarus"), C("Latvia"), C("Riga"), C("Belarusian"), P("Māra Liepiņa"),
      O("Latgale Human Rights Centre", "LVA")],
     "BLR|LVA", "NEG"),
    ("Uzbek Foreign Minister Bakhtiyor Saidov held talks with Jeyhun Bayramov in Baku on transport "
     "corridors, the Absheron Business Review said.",
     "2024-04-17",
     [C("Uzbek"), L("Bakhtiyor Saidov"), L("Jeyhun Bayramov"), G("Baku"),
      O("Absheron Business Review", "AZE")],
     "AZE|UZB", "NEU"),
    ("Kyrgyz President Sadyr Japarov accused Russian police of humiliating Kyrgyz migrants during "
     "raids in Moscow, said Aizada Mamatova of the Bishkek Migrant Support Centre.",
     "2024-04-02",
     [C("Kyrgyz", n=1), L("Sadyr Japarov"), C("Russian"), C("Kyrgyz", n=2), G("Moscow"),
      P("Aizada Mamatova"), O("Bishkek Migrant Support Centre", "KGZ")],
     "KGZ|RUS", "NEG"),
    ("Tajik President Emomali Rahmon and Sadyr Japarov signed the final border treaty in Bishkek, and "
     "Isfara farmer Bakhtiyor Nazarov said he could water his fields \"without fear at last.\"",
     "2025-03-13",
     [C("Tajik"), L("Emomali Rahmon"), L("Sadyr Japarov"), G("Bishkek"), G("Isfara", "Isfara", "TJK"),
      P("Bakhtiyor Nazarov")],
     "KGZ|TJK", "POS"),
    ("Saudi Arabia recalled its ambassador from Beirut and banned all Lebanese imports after a "
     "Lebanese minister criticised the war in Yemen, Beirut economist Ramzi Khoury said.",
     "2021-10-29",
     [C("Saudi Arabia"), G("Beirut", n=1), C("Lebanese", n=1), C("Lebanese", n=2), C("Yemen"),
      G("Beirut", n=2), P("Ramzi Khoury")],
     "LBN|SAU", "NEG"),
    ("Saudi Arabia lifted its travel warning on Lebanon after Joseph Aoun's visit to Riyadh, and "
     "Beirut hotelier Nadim Sfeir said bookings from the Gulf had doubled.",
     "2025-05-20",
     [C("Saudi Arabia"), C("Lebanon"), L("Joseph Aoun"), G("Riyadh"), G("Beirut"), P("Nadim Sfeir"),
      G("Gulf", "Gulf region", None)],
     "LBN|SAU", "POS"),
    ("Somalia expelled the Ethiopian ambassador and closed two consulates. Mogadishu lawyer "
     "Faisal Abdi of the Benadir Law Society said \"sovereignty is not for sale.\"",
     "2024-04-04",
     [C("Somalia"), C("Ethiopian"), G("Mogadishu"), P("Faisal Abdi"), O("Benadir Law Society", "SOM")],
     "ETH|SOM", "NEG"),
    ("Djiboutian President Ismaïl Omar Guelleh received an Ethiopian delegation to discuss port fees, "
     "the Horn Policy Review reported.",
     "2025-02-25",
     [C("Djiboutian"), L("Ismaïl Omar Guelleh"), C("Ethiopian"), O("Horn Policy Review", "SOM")],
     "DJI|ETH", "NEU"),
    ("Sudan accused the United Arab Emirates at the ICJ of complicity in genocide, and Abu Dhabi "
     "called the case a publicity stunt, said Amal Osman of the Khartoum Justice Initiative.",
     "2025-04-10",
     [C("Sudan"), C("United Arab Emirates"), K("ICJ"), C("Abu Dhabi"), P("Amal Osman"),
      O("Khartoum Justice Initiative", "SDN")],
     "ARE|SDN", "NEG"),
    ("Zambian President Hakainde Hichilema and Tanzania's Samia Suluhu Hassan agreed to revive the "
     "railway linking their countries with Chinese funding, the Copperbelt Transport Review said.",
     "2024-09-05",
     [C("Zambian"), L("Hakainde Hichilema"), C("Tanzania"), L("Samia Suluhu Hassan"), C("Chinese"),
      O("Copperbelt Transport Review", "ZMB")],
     "TZA|ZMB", "POS"),
    ("Mauritania deported hundreds of Malian migrants, and Bamako summoned the Mauritanian "
     "ambassador, said Moussa Keïta of the Kayes Diaspora Association.",
     "2025-03-25",
     [C("Mauritania"), C("Malian"), C("Bamako"), C("Mauritanian"), P("Moussa Keïta"),
      O("Kayes Diaspora Association", "MLI")],
     "MLI|MRT", "NEG"),
    ("Togolese Foreign Minister Robert Dussey met his Burkinabe counterpart Karamoko Jean-Marie "
     "Traoré in Lomé to discuss transit for landlocked Sahel states, the Lomé Port Journal said.",
     "2024-02-06",
     [C("Togolese"), L("Robert Dussey"), C("Burkinabe", "BFA"), L("Karamoko Jean-Marie Traoré"),
      G("Lomé", n=1), G("Sahel"), O("Lomé Port Journal", "TGO")],
     "BFA|TGO", "NEU"),
    ("Chadian officials said Sudanese army drones had struck near the border town of Tiné, and "
     "N'Djamena warned of retaliation, the Wadi Fira Monitor reported.",
     "2024-10-14",
     [C("Chadian"), C("Sudanese"), G("Tiné", "Tiné", "TCD"), C("N'Djamena"),
      O("Wadi Fira Monitor", "TCD")],
     "SDN|TCD", "NEG"),
    ("Botswana and Namibia launched a joint green hydrogen project in the Kalahari, which Gaborone "
     "engineer Kagiso Mogale called \"proof that small neighbours can think big.\"",
     "2025-06-12",
     [C("Botswana"), C("Namibia"), G("Kalahari", "Kalahari Desert", None), G("Gaborone"),
      P("Kagiso Mogale")],
     "BWA|NAM", "POS"),
    ("Washington cut all aid to South Africa over its land reform law. Pretoria said the US had "
     "\"misread a domestic policy,\" said Lerato Dlamini of the Soweto Policy Forum.",
     "2025-02-08",
     [C("Washington"), C("South Africa"), C("Pretoria"), C("US"), P("Lerato Dlamini"),
      O("Soweto Policy Forum", "ZAF")],
     "USA|ZAF", "NEG"),
    ("Mozambican President Daniel Chapo met Cyril Ramaphosa in Pretoria, the Mozambican presidency "
     "said, without giving details.",
     "2025-03-27",
     [C("Mozambican", n=1), L("Daniel Chapo"), L("Cyril Ramaphosa"), G("Pretoria"),
      C("Mozambican", n=2)],
     "MOZ|ZAF", "NEU"),
    ("Comorian President Azali Assoumani renewed his country's claim to Mayotte, and Paris said "
     "sovereignty was not open to discussion, Moroni journalist Ahmed Saïd Mbaé reported.",
     "2025-07-06",
     [C("Comorian"), L("Azali Assoumani"), G("Mayotte", "Mayotte", "FRA"), C("Paris"),
      G("Moroni"), P("Ahmed Saïd Mbaé")],
     "COM|FRA", "NEG"),
    ("Mauritius and India inaugurated a new airstrip and jetty on Agaléga, and Port Louis analyst "
     "Vikash Jugnauth called it \"a partnership written in concrete.\"",
     "2024-02-29",
     [C("Mauritius"), C("India"), G("Agaléga", "Agaléga", "MUS"), G("Port Louis"),
      P("Vikash Jugnauth")],
     "IND|MUS", "POS"),
    ("North Korean Foreign Minister Choe Son Hui called Japan's new defence plan \"a declaration of "
     "hostility,\" the Kanto Institute of Asian Studies noted.",
     "2024-01-08",
     [C("North Korean"), L("Choe Son Hui"), C("Japan"), O("Kanto Institute of Asian Studies", "JPN")],
     "JPN|PRK", "NEG"),
    ("Bhutanese Prime Minister Tshering Tobgay will visit Bangladesh next month, the Bhutanese "
     "embassy in Dhaka said.",
     "2024-05-06",
     [C("Bhutanese", n=1), L("Tshering Tobgay"), C("Bangladesh"), C("Bhutanese", n=2), G("Dhaka")],
     "BGD|BTN", "NEU"),
    ("Touhid Hossain accused Myanmar's junta of stalling the return of refugees from Cox's Bazar, "
     "and Teknaf aid worker Nurul Amin said \"not one family has gone back.\"",
     "2025-01-29",
     [L("Touhid Hossain"), C("Myanmar"), G("Cox's Bazar", "Cox’s Bāzār", "BGD"),
      G("Teknaf", "Teknaf", "BGD"), P("Nurul Amin")],
     "BGD|MMR", "NEG"),
    ("Sri Lanka and India agreed on a study for an undersea power link, which Nimal Fernando of the "
     "Palk Strait Energy Forum said could cut Colombo's energy bills by a fifth.",
     "2024-12-17",
     [C("Sri Lanka"), C("India"), P("Nimal Fernando"), O("Palk Strait Energy Forum"),
      C("Colombo")],
     "IND|LKA", "POS"),
    ("Mohamed Muizzu's government declined to renew a hydrographic survey agreement with India, a "
     "move Malé lawyer Aishath Rasheeda called \"a message to New Delhi.\"",
     "2024-06-07",
     [L("Mohamed Muizzu"), C("India"), G("Malé", "Male", "MDV"), P("Aishath Rasheeda"),
      C("New Delhi")],
     "IND|MDV", "NEG"),
    ("Afghan Foreign Minister Amir Khan Muttaqi met Uzbek Foreign Minister Bakhtiyor Saidov in "
     "Termez to discuss rail projects.",
     "2024-08-16",
     [C("Afghan"), L("Amir Khan Muttaqi"), C("Uzbek"), L("Bakhtiyor Saidov"), G("Termez")],
     "AFG|UZB", "NEU"),
    ("Iran stepped up deportations of Afghans after the war with Israel. Kabul accused Tehran of "
     "cruelty, said Shabnam Rahimi of the Herat Refugee Council.",
     "2025-07-08",
     [C("Iran"), C("Afghans", "AFG"), C("Israel"), C("Kabul"), C("Tehran"), P("Shabnam Rahimi"),
      O("Herat Refugee Council", "AFG")],
     "AFG|IRN", "NEG"),
    ("Kazakhstan and Turkmenistan ratified their border demarcation treaty, which Aktau geographer "
     "Daniyar Seitkaliyev said closed \"the last open file between the two capitals.\"",
     "2023-05-02",
     [C("Kazakhstan"), C("Turkmenistan"), G("Aktau"), P("Daniyar Seitkaliyev")],
     "KAZ|TKM", "POS"),
    ("Iranian state television accused Baku of letting Israeli drones use its territory, and "
     "Azerbaijani officials rejected the claim, said Orkhan Mammadli of the Lankaran Border Forum.",
     "2025-06-18",
     [C("Iranian"), C("Baku"), C("Israeli"), C("Azerbaijani"), P("Orkhan Mammadli"),
      O("Lankaran Border Forum", "AZE")],
     "AZE|IRN", "NEG"),
    ("Georgian Prime Minister Irakli Kobakhidze met Armenian President Vahagn Khachaturyan in "
     "Tbilisi on Thursday, the Georgian government said.",
     "2024-06-20",
     [C("Georgian", n=1), L("Irakli Kobakhidze"), C("Armenian"), L("Vahagn Khachaturyan"),
      G("Tbilisi"), C("Georgian", n=2)],
     "ARM|GEO", "NEU"),
    ("Armenia and Azerbaijan exchanged 32 Armenian servicemen for two Azerbaijani soldiers, in what "
     "Gyumri lawyer Karen Petrosyan called \"the first real sign of good faith.\"",
     "2023-12-13",
     [C("Armenia"), C("Azerbaijan"), C("Armenian"), C("Azerbaijani"), G("Gyumri"),
      P("Karen Petrosyan")],
     "ARM|AZE", "POS"),
    ("Russian border guards detained three Georgian villagers near South Ossetia, and Tbilisi "
     "condemned the \"kidnapping,\" the Shida Kartli Monitor reported.",
     "2023-11-06",
     [C("Russian"), C("Georgian"), G("South Ossetia"), C("Tbilisi"), O("Shida Kartli Monitor", "GEO")],
     "GEO|RUS", "NEG"),
    ("Moldovan Foreign Minister Mihai Popșoi met his Ukrainian counterpart Andrii Sybiha in Odesa, "
     "their ministries said.",
     "2024-10-15",
     [C("Moldovan"), L("Mihai Popșoi"), C("Ukrainian"), L("Andrii Sybiha"), G("Odesa")],
     "MDA|UKR", "NEU"),
    ("Portugal and Cabo Verde signed a debt-for-nature swap worth €12 million, which Praia economist "
     "Carla Tavares called \"a friendly way to settle old accounts.\"",
     "2024-06-27",
     [C("Portugal"), C("Cabo Verde"), G("Praia"), P("Carla Tavares")],
     "CPV|PRT", "POS"),
    ("Poland reintroduced controls on its border with Germany in response to Berlin's pushbacks of "
     "migrants, and Słubice mayor Tomasz Ciszewicz said queues stretched for kilometres.",
     "2025-07-07",
     [C("Poland"), C("Germany"), C("Berlin"), G("Słubice", "Słubice", "POL"), P("Tomasz Ciszewicz")],
     "DEU|POL", "NEG"),
    ("Belgian Foreign Minister Maxime Prévot received his Luxembourg counterpart Xavier Bettel in "
     "Brussels for routine consultations.",
     "2025-04-03",
     [C("Belgian"), L("Maxime Prévot"), C("Luxembourg"), L("Xavier Bettel"), G("Brussels")],
     "BEL|LUX", "NEU"),
    ("The Czech government suspended joint cabinet consultations with Slovakia over Bratislava's "
     "Ukraine policy, said Tereza Dvořáková of the Moravian Policy Forum.",
     "2024-03-05",
     [C("Czech"), C("Slovakia"), C("Bratislava"), C("Ukraine"), P("Tereza Dvořáková"),
      O("Moravian Policy Forum", "CZE")],
     "CZE|SVK", "NEG"),
    ("Spain and Britain reached a deal on Gibraltar's post-Brexit status. La Línea shopkeeper "
     "Rocío Benítez said the border \"will finally feel like it did before.\"",
     "2025-06-11",
     [C("Spain"), C("Britain"), G("Gibraltar", "Gibraltar", "GBR"),
      G("La Línea", "La Línea de la Concepción", "ESP"), P("Rocío Benítez")],
     "ESP|GBR", "POS"),
    ("Sweden summoned Iran's ambassador after prosecutors linked Tehran to a plot against Israeli "
     "targets in Stockholm, said Anders Lindgren of the Uppsala Security Review.",
     "2024-05-31",
     [C("Sweden"), C("Iran"), C("Tehran"), C("Israeli"), G("Stockholm"), P("Anders Lindgren"),
      O("Uppsala Security Review", "SWE")],
     "IRN|SWE", "NEG"),
    ("Lithuanian President Gitanas Nausėda will visit Ukraine next week, his adviser Rūta "
     "Paulauskienė said, without disclosing the agenda.",
     "2024-08-19",
     [C("Lithuanian"), L("Gitanas Nausėda"), C("Ukraine"), P("Rūta Paulauskienė")],
     "LTU|UKR", "NEU"),
    ("Nicaragua expelled the Brazilian ambassador, and Brasília responded in kind, said Helena "
     "Castro of the São Paulo Institute for Latin American Affairs.",
     "2024-08-08",
     [C("Nicaragua"), C("Brazilian"), C("Brasília"), P("Helena Castro"),
      O("São Paulo Institute for Latin American Affairs", "BRA")],
     "BRA|NIC", "NEG"),
    ("Uruguay's Yamandú Orsi and Argentina's Javier Milei met in Buenos Aires to discuss dredging on "
     "the river, without announcing any agreement.",
     "2025-03-26",
     [C("Uruguay"), L("Yamandú Orsi"), C("Argentina"), L("Javier Milei"), G("Buenos Aires")],
     "ARG|URY", "NEU"),
    ("Venezuela expelled Peruvian diplomats after Lima refused to recognise Maduro's re-election, "
     "and Lima daily Ojo Andino said ties were \"at their lowest point in decades.\"",
     "2024-07-29",
     [C("Venezuela"), C("Peruvian"), C("Lima", n=1), L("Maduro"), G("Lima", n=2),
      O("Ojo Andino", "PER")],
     "PER|VEN", "NEG"),
    ("Guyana's Irfaan Ali and Lula agreed to pave the road from Lethem to Georgetown, which Boa "
     "Vista trader Marcos Lima said would \"open the Atlantic to Roraima.\"",
     "2024-02-28",
     [C("Guyana"), L("Irfaan Ali"), L("Lula"), G("Lethem", "Lethem", "GUY"),
      G("Georgetown", "Georgetown", "GUY"), G("Boa Vista"), P("Marcos Lima"),
      G("Atlantic", "Atlantic Ocean", None), G("Roraima", "Roraima", "BRA")],
     "BRA|GUY", "POS"),
    ("Javier Milei called the wife of Spanish Prime Minister Pedro Sánchez corrupt, and Madrid "
     "withdrew its ambassador from Buenos Aires indefinitely.",
     "2024-05-21",
     [L("Javier Milei"), C("Spanish"), L("Pedro Sánchez"), C("Madrid"), G("Buenos Aires")],
     "ARG|ESP", "NEG"),
    ("Cuban Foreign Minister Bruno Rodríguez Parrilla met Yván Gil in Havana to review their "
     "cooperation agenda, the Cuban foreign ministry said.",
     "2024-03-19",
     [C("Cuban", n=1), L("Bruno Rodríguez Parrilla"), L("Yván Gil"), G("Havana"), C("Cuban", n=2)],
     "CUB|VEN", "NEU"),
    ("China protested after Palau's President Surangel Whipps Jr. hosted a Taiwanese delegation. "
     "Koror columnist Ellie Tmetuchl said Beijing's anger was \"nothing new.\"",
     "2024-05-22",
     [C("China"), C("Palau"), L("Surangel Whipps Jr."), C("Taiwanese"), G("Koror", "Koror", "PLW"),
      P("Ellie Tmetuchl"), C("Beijing")],
     "CHN|PLW", "NEG"),
    ("Australia and Nauru signed a treaty giving Canberra a veto over Nauru's security deals, and "
     "President David Adeang said it would bring \"stability and prosperity.\"",
     "2024-12-09",
     [C("Australia"), C("Nauru", n=1), C("Canberra"), C("Nauru", n=2), L("David Adeang")],
     "AUS|NRU", "POS"),
    ("Japanese Prime Minister Sanae Takaichi and Anthony Albanese spoke by phone on Tuesday, the "
     "Australian prime minister's office said.",
     "2025-10-28",
     [C("Japanese"), L("Sanae Takaichi"), L("Anthony Albanese"), C("Australian")],
     "AUS|JPN", "NEU"),
    ("Vietnam protested China's deployment of a survey ship in its exclusive economic zone, said "
     "Do Thanh Huong of the Hue Maritime Studies Centre.",
     "2023-05-18",
     [C("Vietnam"), C("China"), P("Do Thanh Huong"), O("Hue Maritime Studies Centre", "VNM")],
     "CHN|VNM", "NEG"),
    ("South Korean and Chinese officials agreed to resume their vice-ministerial strategic dialogue "
     "after a six-year gap, and Incheon trade official Kang Min-ho said \"the chill is lifting.\"",
     "2025-07-29",
     [C("South Korean"), C("Chinese"), G("Incheon"), P("Kang Min-ho")],
     "CHN|KOR", "POS"),
]

# --- chunk 16: invented NGOs, committees, agencies and outlets, all regions -------------
ITEMS += [
    ("Elnur Gasimov, who chairs the Azerbaijani parliament's Committee on Regional Security, accused "
     "Armenia of rearming with French howitzers and called it \"a threat to the peace process.\"",
     "2024-06-25",
     [P("Elnur Gasimov"), C("Azerbaijani"), O("Committee on Regional Security", "AZE"), C("Armenia"),
      C("French")],
     "ARM|AZE", "NEG"),
    ("The Caspian Energy Forum will hold its annual meeting in Aktau in May, bringing together Kazakh "
     "and Azerbaijani officials, organisers said.",
     "2024-02-20",
     [O("Caspian Energy Forum", "AZE"), G("Aktau"), C("Kazakh"), C("Azerbaijani")],
     "AZE|KAZ", "NEU"),
    ("Uzbekistan's Zarafshan Mining Company and Kazakhstan's Kazatomprom agreed to share uranium "
     "processing capacity, a deal analyst Rustam Kholmatov called \"pragmatism between neighbours.\"",
     "2025-05-13",
     [C("Uzbekistan"), O("Zarafshan Mining Company", "UZB"), C("Kazakhstan"), K("Kazatomprom"),
      P("Rustam Kholmatov")],
     "KAZ|UZB", "POS"),
    ("Kyrgyz customs officers were ordered to inspect every Chinese truck at the Torugart pass, the "
     "Naryn Weekly reported, and Beijing complained of delays.",
     "2023-05-09",
     [C("Kyrgyz"), C("Chinese"), G("Torugart", "Torugart Pass", None), O("Naryn Weekly", "KGZ"),
      C("Beijing")],
     "CHN|KGZ", "NEG"),
    ("Mongolian herders accused Chinese mining firms of draining wells in the Gobi, and Oyuntsetseg "
     "Bayar of the Gobi Water Council said Ulaanbaatar had raised the issue with Beijing to no avail.",
     "2024-08-14",
     [C("Mongolian"), C("Chinese"), G("Gobi", "Gobi Desert", None, n=1), P("Oyuntsetseg Bayar"),
      O("Gobi Water Council", "MNG"), C("Ulaanbaatar"), C("Beijing")],
     "CHN|MNG", "NEG"),
    ("Mali and Niger agreed to share data on the Niger River flood season, the Sahel Water Alliance "
     "said, praising \"a rare piece of good news from the region.\"",
     "2024-07-30",
     [C("Mali"), C("Niger", n=1), G("Niger River"), O("Sahel Water Alliance")],
     "MLI|NER", "POS"),
    ("Ghanaian traders in Lagos accused Nigerian authorities of closing their shops. Abena Owusu "
     "of the Accra Chamber of Small Traders called it \"economic xenophobia.\"",
     "2025-04-23",
     [C("Ghanaian"), G("Lagos"), C("Nigerian"), P("Abena Owusu"),
      O("Accra Chamber of Small Traders", "GHA")],
     "GHA|NGA", "NEG"),
    ("Representatives of Ivorian and Burkinabe cocoa cooperatives met in Bouaké to discuss "
     "cross-border smuggling, the local Agricultural Gazette said.",
     "2024-11-28",
     [C("Ivorian"), C("Burkinabe", "BFA"), G("Bouaké", "Bouaké", "CIV"),
      O("Agricultural Gazette", "CIV")],
     "BFA|CIV", "NEU"),
    ("A second Ethiopian dam on the Blue Nile could provoke a new crisis with Egypt, warned "
     "Hoda Ragab of the Nile Basin Research Centre in Cairo.",
     "2025-09-15",
     [C("Ethiopian"), G("Blue Nile"), C("Egypt"), P("Hoda Ragab"),
      O("Nile Basin Research Centre", "EGY"), G("Cairo")],
     "EGY|ETH", "NEG"),
    ("Jordanian and Iraqi electricity grids were linked for the first time, the Amman-based Levant "
     "Power Exchange said, calling it \"a cable of trust.\"",
     "2024-04-05",
     [C("Jordanian"), C("Iraqi"), G("Amman"), O("Levant Power Exchange", "JOR")],
     "IRQ|JOR", "POS"),
    ("Iraqi fishermen protested against Kuwait's new port near Bubiyan, and Jabbar Al-Saadi of the "
     "Shatt al-Arab Fishermen's Union accused Kuwaiti patrols of seizing boats.",
     "2023-09-18",
     [C("Iraqi"), C("Kuwait"), G("Bubiyan", "Bubiyan Island", "KWT"), P("Jabbar Al-Saadi"),
      O("Shatt al-Arab Fishermen's Union", "IRQ"), C("Kuwaiti")],
     "IRQ|KWT", "NEG"),
    ("Israeli and Egyptian officials discussed the Rafah crossing at a meeting in Cairo, the Sinai "
     "Border Observer said, without reporting any decision.",
     "2025-02-19",
     [C("Israeli"), C("Egyptian"), G("Rafah", "Rafaḩ", "PSE"), G("Cairo"),
      O("Sinai Border Observer", "EGY")],
     "EGY|ISR", "NEU"),
    ("Turkey blocked Cyprus from taking part in a NATO exercise, and Nicosia lawyer Stelios Pavlides "
     "called it \"the same old veto,\" the Famagusta Policy Institute noted.",
     "2024-10-02",
     [C("Turkey"), C("Cyprus"), K("NATO"), G("Nicosia"), P("Stelios Pavlides"),
      O("Famagusta Policy Institute", "CYP")],
     "CYP|TUR", "NEG"),
    ("Qatar and Saudi Arabia agreed to build a high-speed railway between Doha and Riyadh, which the "
     "Gulf Rail Observer said would cut the journey to two hours.",
     "2024-12-09",
     [C("Qatar"), C("Saudi Arabia"), G("Doha"), G("Riyadh"), O("Gulf Rail Observer")],
     "QAT|SAU", "POS"),
    ("Iran's IRGC seized a tanker bound for the United Arab Emirates in the Strait of Hormuz, and "
     "Abu Dhabi demanded its release, the Fujairah Shipping Review reported.",
     "2023-04-28",
     [C("Iran"), K("IRGC"), C("United Arab Emirates"), G("Strait of Hormuz"), C("Abu Dhabi"),
      O("Fujairah Shipping Review", "ARE")],
     "ARE|IRN", "NEG"),
    ("Omani and Yemeni officials met in Muscat to discuss the Shahan border crossing, the Dhofar "
     "Trade Journal said.",
     "2024-09-10",
     [C("Omani"), C("Yemeni"), G("Muscat"), G("Shahan", "Shahan", "YEM"),
      O("Dhofar Trade Journal", "OMN")],
     "OMN|YEM", "NEU"),
    ("Israel kept troops on five hilltops in Lebanon after the withdrawal deadline. Beirut "
     "accused it of violating the ceasefire, said Hassan Zein of the Litani Research Centre.",
     "2025-02-18",
     [C("Israel"), C("Lebanon"), C("Beirut"), P("Hassan Zein"), O("Litani Research Centre", "LBN")],
     "ISR|LBN", "NEG"),
    ("Syrian and Iraqi officials agreed to repair the oil pipeline from Kirkuk to Baniyas, which "
     "Mazen Darwish of the Euphrates Energy Review called \"a revival of an old artery.\"",
     "2025-06-03",
     [C("Syrian"), C("Iraqi"), G("Kirkuk"), G("Baniyas", "Baniyas", "SYR"), P("Mazen Darwish"),
      O("Euphrates Energy Review", "SYR")],
     "IRQ|SYR", "POS"),
    ("Afghan traders accused Pakistani customs of holding 3,000 containers at Karachi port for weeks, "
     "the Kandahar Chamber of Commerce said.",
     "2024-01-23",
     [C("Afghan"), C("Pakistani"), G("Karachi"), O("Kandahar Chamber of Commerce", "AFG")],
     "AFG|PAK", "NEG"),
    ("Indian and Nepali officials reviewed progress on the Pancheshwar dam at a meeting of their "
     "joint committee, the Kathmandu Water Forum said.",
     "2024-11-21",
     [C("Indian"), C("Nepali"), G("Pancheshwar", "Pancheshwar", None),
      O("Kathmandu Water Forum", "NPL")],
     "IND|NPL", "NEU"),
    ("Dhaka cancelled a $1 billion Indian credit line for railway projects, and Mahfuz Alam of the "
     "Dhaka Infrastructure Review said the decision was \"as much political as financial.\"",
     "2025-04-15",
     [C("Dhaka", n=1), C("Indian"), P("Mahfuz Alam"), O("Dhaka Infrastructure Review", "BGD")],
     "BGD|IND", "NEG"),
    ("Japan resumed lending to Sri Lanka after the debt restructuring, and Colombo port official "
     "Chaminda Wijesinghe said two stalled projects would restart.",
     "2024-07-10",
     [C("Japan"), C("Sri Lanka"), G("Colombo", "Colombo", "LKA"), P("Chaminda Wijesinghe")],
     "JPN|LKA", "POS"),
    ("Hundreds of Chinese maritime militia boats swarmed Whitsun Reef, and Manila protested to "
     "Beijing, said Ramon Sarmiento of the Palawan Fisherfolk Alliance.",
     "2023-12-05",
     [C("Chinese"), G("Whitsun Reef", "Whitsun Reef", None), C("Manila"), C("Beijing"),
      P("Ramon Sarmiento"), O("Palawan Fisherfolk Alliance", "PHL")],
     "CHN|PHL", "NEG"),
    ("Malaysian and Singaporean officials discussed the price of raw water at a routine meeting in "
     "Johor Bahru, the Straits Water Council said.",
     "2024-10-17",
     [C("Malaysian"), C("Singaporean"), G("Johor Bahru"), O("Straits Water Council")],
     "MYS|SGP", "NEU"),
    ("Jakarta protested after Australian border officials burned three Indonesian fishing boats. "
     "Yohanes Laka of the Kupang Fishermen's Association called it humiliating.",
     "2023-08-29",
     [C("Jakarta"), C("Australian"), C("Indonesian"), P("Yohanes Laka"),
      O("Kupang Fishermen's Association", "IDN")],
     "AUS|IDN", "NEG"),
    ("Laos and Thailand opened a new bridge over the Mekong at Bueng Kan, which the Isan Trade "
     "Council said would \"bring Vientiane and Bangkok a day closer.\"",
     "2025-01-30",
     [C("Laos"), C("Thailand"), G("Mekong"), G("Bueng Kan", "Bueng Kan", "THA"),
      O("Isan Trade Council", "THA"), G("Vientiane"), G("Bangkok")],
     "LAO|THA", "POS"),
    ("North Korean hackers stole data from South Korean defence firms, Seoul's Cyber Defence "
     "Directorate said, and Yoo Ji-hoon of the Yongsan Security Forum warned of \"a permanent "
     "cyber war.\"",
     "2024-04-23",
     [C("North Korean"), C("South Korean"), C("Seoul"), M("Cyber Defence Directorate", "KOR"),
      P("Yoo Ji-hoon"), O("Yongsan Security Forum", "KOR")],
     "KOR|PRK", "NEG"),
    ("Japanese and Chinese fisheries officials met in Tokyo to discuss catches in the East China "
     "Sea, the Nagasaki Fisheries Gazette said.",
     "2024-06-26",
     [C("Japanese"), C("Chinese"), G("Tokyo"), G("East China Sea"),
      O("Nagasaki Fisheries Gazette", "JPN")],
     "CHN|JPN", "NEU"),
    ("China sanctioned three Taiwanese lawmakers for \"separatist activities,\" and Wu Pei-shan of "
     "the Taipei Legislative Watch said Beijing was trying to intimidate Taiwan's parliament.",
     "2024-08-28",
     [C("China"), C("Taiwanese"), P("Wu Pei-shan"), O("Taipei Legislative Watch", "TWN"),
      C("Beijing"), C("Taiwan")],
     "CHN|TWN", "NEG"),
    ("Vietnam and Australia upgraded their ties to a comprehensive strategic partnership, and Le "
     "Minh Khoa of the Da Nang Institute for Pacific Studies called it \"a natural step.\"",
     "2024-03-07",
     [C("Vietnam"), C("Australia"), P("Le Minh Khoa"), O("Da Nang Institute for Pacific Studies", "VNM")],
     "AUS|VNM", "POS"),
    ("Israel declared Lula persona non grata after he compared the war in Gaza to the Holocaust, "
     "and Brazil recalled its ambassador, said Fernanda Salles of the Rio Middle East Studies "
     "Centre.",
     "2024-02-19",
     [C("Israel"), L("Lula"), G("Gaza", "Gaza Strip", "PSE"), C("Brazil"), P("Fernanda Salles"),
      O("Rio Middle East Studies Centre", "BRA")],
     "BRA|ISR", "NEG"),
    ("Chilean and Argentine officials will meet in Punta Arenas next month to discuss Antarctic "
     "logistics, the Magallanes Regional Review said.",
     "2024-09-09",
     [C("Chilean"), C("Argentine"), G("Punta Arenas"), O("Magallanes Regional Review", "CHL")],
     "ARG|CHL", "NEU"),
    ("Colombia suspended coal exports to Israel over the war in Gaza. La Guajira mine worker "
     "Wilmer Epiayú told the Caribbean Coast Chronicle he feared for his job.",
     "2024-08-15",
     [C("Colombia"), C("Israel"), G("Gaza", "Gaza Strip", "PSE"), G("La Guajira", "La Guajira", "COL"),
      P("Wilmer Epiayú"), O("Caribbean Coast Chronicle", "COL")],
     "COL|ISR", "NEG"),
    ("Ecuador and Peru launched joint patrols against illegal gold mining along their border, which "
     "the Amazon Frontier Alliance called \"the best cooperation in years.\"",
     "2024-10-10",
     [C("Ecuador"), C("Peru"), O("Amazon Frontier Alliance")],
     "ECU|PER", "POS"),
    ("Washington imposed 17 percent duties on Mexican tomatoes, and Marisela Ochoa of the Culiacán "
     "Growers' Council called it \"a declaration of trade war.\"",
     "2025-07-14",
     [C("Washington"), C("Mexican"), P("Marisela Ochoa"), O("Culiacán Growers' Council", "MEX")],
     "MEX|USA", "NEG"),
    ("Canadian Foreign Minister Anita Anand will meet Marco Rubio in Washington on Thursday, her "
     "office said.",
     "2025-07-08",
     [C("Canadian"), L("Anita Anand"), L("Marco Rubio"), G("Washington", "Washington", "USA")],
     "CAN|USA", "NEU"),
    ("Guyana accused Venezuelan gangs of attacking its soldiers on the Cuyuni river, and Georgetown "
     "protested to Caracas, the Rupununi Frontier News reported.",
     "2025-05-22",
     [C("Guyana"), C("Venezuelan"), G("Cuyuni", "Cuyuni River", None), C("Georgetown", "GUY"),
      C("Caracas"), O("Rupununi Frontier News", "GUY")],
     "GUY|VEN", "NEG"),
    ("Panama and Costa Rica opened a joint customs post at Paso Canoas, which Rodrigo Araya of the "
     "Chiriquí Business Council said would cut waiting times by half.",
     "2024-05-16",
     [C("Panama"), C("Costa Rica"), G("Paso Canoas", "Paso Canoas", None), P("Rodrigo Araya"),
      O("Chiriquí Business Council", "PAN")],
     "CRI|PAN", "POS"),
    ("Greece protested after Albanian authorities kept an ethnic Greek mayor in jail, and Athens "
     "threatened to block Tirana's EU talks, said Vasilis Kotsis of the Epirus Policy Centre.",
     "2023-06-28",
     [C("Greece"), C("Albanian"), C("Greek"), C("Athens"), C("Tirana"), K("EU"), P("Vasilis Kotsis"),
      O("Epirus Policy Centre", "GRC")],
     "ALB|GRC", "NEG"),
    ("Italian and Slovenian officials reviewed joint patrols on the border near Gorizia, the "
     "Isonzo Valley Bulletin said.",
     "2024-03-14",
     [C("Italian"), C("Slovenian"), G("Gorizia", "Gorizia", "ITA"), O("Isonzo Valley Bulletin", "ITA")],
     "ITA|SVN", "NEU"),
    ("German prosecutors charged three people with spying for China. Beijing rejected the "
     "accusation as \"hype,\" said Markus Brandt of the Hamburg Security Circle.",
     "2024-04-22",
     [C("German"), C("China"), C("Beijing"), P("Markus Brandt"), O("Hamburg Security Circle", "DEU")],
     "CHN|DEU", "NEG"),
    ("Spain and Portugal agreed to finish the high-speed line between Madrid and Lisbon by 2034, "
     "which the Iberian Rail Council called \"the spine of a shared economy.\"",
     "2025-10-23",
     [C("Spain"), C("Portugal"), G("Madrid"), G("Lisbon"), O("Iberian Rail Council")],
     "ESP|PRT", "POS"),
    ("Britain expelled Russia's defence attaché, accusing him of being an intelligence officer, and "
     "Moscow promised a tit-for-tat response, the Whitehall Security Monitor reported.",
     "2024-05-08",
     [C("Britain"), C("Russia"), C("Moscow"), O("Whitehall Security Monitor", "GBR")],
     "GBR|RUS", "NEG"),
    ("Norwegian and Swedish officials held their annual meeting on reindeer herding across the "
     "border in Kiruna, the Sápmi Herders' Council said.",
     "2023-10-04",
     [C("Norwegian"), C("Swedish"), G("Kiruna", "Kiruna", "SWE"), O("Sápmi Herders' Council")],
     "NOR|SWE", "NEU"),
    ("Latvia banned cars with Russian plates from its roads, and Moscow called the move "
     "\"legalised theft,\" said Jānis Bērziņš of the Riga Transport Observatory.",
     "2023-09-12",
     [C("Latvia"), C("Russian"), C("Moscow"), P("Jānis Bērziņš"), O("Riga Transport Observatory", "LVA")],
     "LVA|RUS", "NEG"),
    ("Ukraine and Romania opened a new bridge over the Tisza, and Cristian Pop of the Maramureș "
     "Cross-Border Chamber called it \"a gift to both banks of the river.\"",
     "2024-08-29",
     [C("Ukraine"), C("Romania"), G("Tisza", "Tisza", None), P("Cristian Pop"),
      O("Maramureș Cross-Border Chamber", "ROU")],
     "ROU|UKR", "POS"),
    ("Cypriot and Lebanese officials discussed migrant boats leaving Tripoli at a meeting in Beirut, "
     "the Limassol Coastal Review said.",
     "2024-04-08",
     [C("Cypriot"), C("Lebanese"), G("Tripoli", "Tripoli", "LBN"), G("Beirut"),
      O("Limassol Coastal Review", "CYP")],
     "CYP|LBN", "NEU"),
    ("Russia banned 13 Japanese citizens from entry, including journalists and scholars. Tokyo "
     "called the move \"unacceptable,\" the Hokkaido Shimbun Weekly reported.",
     "2023-05-06",
     [C("Russia"), C("Japanese"), C("Tokyo"), O("Hokkaido Shimbun Weekly", "JPN")],
     "JPN|RUS", "NEG"),
    ("India delivered the first batch of anti-ship missiles to the Philippines, and Amelia Cruz of "
     "the Luzon Strategic Studies Institute called India \"a partner that keeps its word.\"",
     "2024-04-19",
     [C("India", n=1), C("Philippines"), P("Amelia Cruz"),
      O("Luzon Strategic Studies Institute", "PHL"), C("India", n=2)],
     "IND|PHL", "POS"),
    ("Kazakh and Chinese officials held the regular session of their cross-border rivers commission "
     "in Urumqi, the Irtysh Basin Monitor said.",
     "2024-05-22",
     [C("Kazakh"), C("Chinese"), G("Urumqi"), O("Irtysh Basin Monitor", "KAZ")],
     "CHN|KAZ", "NEU"),
    ("Egypt closed the Salloum crossing to Libyan trucks for a week, and Tobruk trader Faraj Mansour "
     "of the Cyrenaica Traders' Guild accused Cairo of \"collective punishment.\"",
     "2024-03-19",
     [C("Egypt"), G("Salloum", "Salloum", "EGY"), C("Libyan"), G("Tobruk"), P("Faraj Mansour"),
      O("Cyrenaica Traders' Guild", "LBY"), C("Cairo")],
     "EGY|LBY", "NEG"),
    ("Kenya and Tanzania settled their dispute over cross-border trucking licences, and Namanga "
     "transporter Joseph Lemayian of the Arusha Haulage Association said lorries were moving again.",
     "2023-06-13",
     [C("Kenya"), C("Tanzania"), G("Namanga", "Namanga", "KEN"), P("Joseph Lemayian"),
      O("Arusha Haulage Association", "TZA")],
     "KEN|TZA", "POS"),
    ("Rwandan and Ugandan officials met at Gatuna to review border procedures, the Kabale Trade "
     "Bulletin said.",
     "2024-01-31",
     [C("Rwandan"), C("Ugandan"), G("Gatuna", "Gatuna", "RWA"), O("Kabale Trade Bulletin", "UGA")],
     "RWA|UGA", "NEU"),
]

# --- end of items ---


# ---------------------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------------------


class Tables:
    def __init__(self):
        self.leaders = load_leaders()
        self.orgs = load_orgs()
        self.org_forms = org_forms(self.orgs)
        self.countries = load_countries()
        self.country_forms = country_forms(self.countries)
        self.country_kind = {r["iso3"]: r.get("kind") for r in self.countries}
        self.regions = collections.defaultdict(list)
        for r in read_jsonl(DATA / "regions.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.regions[form].append(r)
        self.cities = collections.defaultdict(list)
        for r in read_jsonl(DATA / "cities.jsonl"):
            for form in [r["name"]] + list(r.get("aliases", [])):
                self.cities[form].append(r)
        self.place_names = set(self.regions) | set(self.cities)
        self.iso3 = iso3_codes(self.countries, EXTRA_ISO3)
        self.leader_forms = leader_forms(self.leaders)
        self.gazetteer_forms = self.leader_forms | set(self.org_forms) | set(self.country_forms)
        # invented names and texts of the evaluation sets: not to be reused here
        self.eval_names, self.eval_texts = set(), set()
        for path in sorted(EVAL.glob("*.jsonl")):
            for r in read_jsonl(path):
                self.eval_texts.add(r["text"])
                for sp in r.get("spans", []):
                    if sp["label"] in ("PERSON", "ORG") and not sp.get("kb_id"):
                        self.eval_names.add(r["text"][sp["start"]:sp["end"]])


# ---------------------------------------------------------------------------------------
# Building and validation
# ---------------------------------------------------------------------------------------


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
        check_person(surface, kb, date, tab.leaders)
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
    starts, ends = token_bounds(doc)
    out, unseen = [], []
    for sp in spans:
        if not (isinstance(sp, tuple) and len(sp) == 5):
            raise ItemError(f"span must be a 5-tuple: {sp!r}")
        surface, label, kb, extra, n = sp
        if label not in LABELS:
            raise ItemError(f"unknown label {label!r}")
        start, end = locate_span(doc, surface, n, starts, ends)
        kb, attrs, is_unseen = resolve(label, surface, kb, extra, date, tab, warnings, idx)
        out.append(span_row(start, end, label, kb, attrs))
        if is_unseen:
            unseen.append((start, surface))
    sort_and_check_spans(text, out, starts, ends)
    tones, dyads = check_dyad_tone(text, out, dyad, tone, tab.iso3, TONES)
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
    rows, errors = build_rows(
        ITEMS, lambda i, item: build_item(i, item, nlp, tab, warnings), ID_PREFIX,
        also=lambda row: ["text of an evaluation set"] if row["text"] in tab.eval_texts else [])
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


def summary(rows):
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


LINT_SKIP = LINT_SKIP_BASE | {"Chancellor", "Sultan", "Pope", "General", "Senator", "Governor",
                              "Mayor", "Vice", "Sheikh"}


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    lint_capitalised(rows, nlp, LINT_SKIP)


def main(argv=None) -> int:
    return generator_main(argv, __doc__, OUT, build, summary, lint)


if __name__ == "__main__":
    sys.exit(main())
