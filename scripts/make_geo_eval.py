#!/usr/bin/env python
"""Build the hand-written COUNTRY/LOC entity evaluation set ``corpus/eval/geo.jsonl``.

Every item below is a news-style English sentence written for this set (not copied from
any article) with ALL its entities labelled (COUNTRY, LOC, LEADER, PERSON, ORG), so the
set measures precision as well as recall. The focus is on states and places; the other
entities are kept simple. Spans follow ``docs/annotation.md``.

Run from anywhere:  python scripts/make_geo_eval.py [--check]
(``--check`` validates and compares with the file on disk without writing.)

Item format: ``(text, date, spans, tags)``. A span is a tuple whose last element may be an
int ``n`` = the n-th token-aligned occurrence of the surface in the text (default 1):

    (surface, "COUNTRY", ISO3)                      e.g. ("Moscow", "COUNTRY", "RUS")
    (surface, "LOC", geonames_name, ISO3 | None)    e.g. ("Caspian Sea", "LOC", "Caspian Sea", None)
    (surface, "LEADER", full_name, ISO3, role)      e.g. ("Putin", "LEADER", "Vladimir Putin", "RUS", "president")
    (surface, "PERSON", canonical_name_or_"")
    (surface, "ORG", short_name_or_"", ISO3 | None)

(COUNTRY and PERSON also accept a 4th element ``None``: ("Russia", "COUNTRY", "RUS", None, 2).)

Conventions beyond docs/annotation.md:
* LOC ``country`` is the present-day state the place lies in (its GeoNames country), also in
  historical sentences ("Leningrad" in 1979 -> kb "Saint Petersburg", country RUS); ORG
  ``country`` likewise (the present-day state the body belongs to; IGOs: null).
* Sentences about the past carry the date of the events, so former states (SUN, YUG, CSK,
  DDR) and office holders are those of that date.

Validation: every span starts and ends on a token boundary of ``spacy.blank("en")``; spans
do not overlap; every other token-aligned occurrence of a labelled surface is covered by a
span (nothing labelled once and forgotten the second time); ISO3 codes come from AREAS;
tags come from TAGS. Area tags (``area_europe`` ...) are added automatically from the
states and places mentioned.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "eval" / "geo.jsonl"

LABELS = ("COUNTRY", "LOC", "LEADER", "PERSON", "ORG")

TAGS = {
    # how a state is named
    "short_name": "plain short name of a state (\"Bhutan\")",
    "official_name": "official long name as one span (\"Russian Federation\", \"Republic of Korea\")",
    "alt_name": "alternate or abbreviated name (\"Türkiye\", \"Burma\", \"UK\", \"U.S.\", \"DPRK\", \"Holland\")",
    "article": "a name normally written with \"the\"; the article stays outside the span",
    "demonym": "singular demonym/adjective for the state or its nationals (\"Azerbaijani\", \"Swiss\")",
    "demonym_plural": "plural demonym for nationals (\"Kazakhs\", \"Filipinos\")",
    "possessive": "possessive 's / ' outside the span (\"Kazakhstan's\")",
    "dash_compound": "hyphen/dash compound, each part tagged (\"US-China\", \"Russia–Azerbaijan\")",
    "government_noun": "\"Government of the X\": only the state name is COUNTRY",
    "capital_metonymy": "capital standing for the government (\"Moscow believes\") -> COUNTRY",
    "capital_place": "capital used as a place (\"talks in Dushanbe\") -> LOC",
    "city": "non-capital city -> LOC",
    "historical_name": "historical place name (\"Leningrad\" -> kb \"Saint Petersburg\")",
    "region": "region, province, disputed or geopolitical area -> LOC",
    "sea": "sea, gulf, strait, canal or ocean -> LOC",
    "river": "river or lake -> LOC",
    "subnational": "US state or other sub-national unit -> LOC",
    "homonym": "a state name that can also be something else (Georgia, Jordan, Chad, Niger, Guinea, Congo, Dominica, Sudan ...)",
    "person_homonym": "a person's name containing a state name (\"Michael Jordan\") -> PERSON only",
    "common_noun": "lower-case common noun that looks like a state (\"roast turkey\", \"fine china\") -> nothing",
    "language": "a language use (\"Russian-language\", \"speaks Russian\") -> nothing",
    "no_geo": "look-alikes that are no entity at all (\"Latin American\", \"North–South corridor\")",
    "former_state": "former state (SUN, YUG, CSK, DDR), sentence dated accordingly",
    "partial_state": "partially recognised state (PSE, XKX, TWN, ESH)",
    "org_contains_name": "a state/place name inside a fixed organisation name -> one ORG, nothing inside",
    "small_state": "a small state (micro-state, small island state ...)",
    "repeat": "the same surface occurs more than once (occurrence index used)",
    "leader": "a LEADER in office on the item's date",
    "person": "a PERSON (not a leader on the date)",
    "org": "an ORG other than one covered by org_contains_name",
}

# ISO3 codes allowed as COUNTRY kb_id / country, grouped into the areas used for the
# automatic area_* tags. Former states are in "former".
AREAS = {
    "europe": "ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN "
              "IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB "
              "SVK SVN SWE UKR VAT XKX",
    "caucasus_central_asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB AFG MNG",
    "asia": "BGD BRN BTN CHN IDN IND JPN KHM KOR LAO LKA MDV MMR MYS NPL PAK PHL PRK SGP THA "
            "TLS TWN VNM",
    "middle_east": "ARE BHR EGY IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "africa": "AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA ERI ESH ETH GAB GHA GIN "
              "GMB GNB GNQ KEN LBR LBY LSO MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN "
              "SLE SOM SSD STP SWZ SYC TCD TGO TUN TZA UGA ZAF ZMB ZWE",
    "americas": "ARG ATG BHS BLZ BOL BRA BRB CAN CHL COL CRI CUB DMA DOM ECU GRD GTM GUY HND HTI "
                "JAM KNA LCA MEX NIC PAN PER PRY SLV SUR TTO URY USA VCT VEN",
    "oceania": "AUS FJI FSM KIR MHL NRU NZL PLW PNG SLB TON TUV VUT WSM",
    "former": "SUN YUG CSK DDR",
}
AREA_OF = {code: area for area, codes in AREAS.items() for code in codes.split()}

ITEMS: list[tuple] = []

# ---------------------------------------------------------------------------------------
# ITEMS (appended in chunks)
# ---------------------------------------------------------------------------------------

# ---- chunk 1: capitals as governments vs places, Russia, the Caucasus, Central Asia, Korea
ITEMS += [
    ("Moscow believes that the Caspian Sea should remain free of foreign military bases, the Russian Foreign Ministry said on Tuesday.",
     "2025-06-03",
     [("Moscow", "COUNTRY", "RUS"), ("Caspian Sea", "LOC", "Caspian Sea", None),
      ("Russian", "COUNTRY", "RUS"), ("Foreign Ministry", "ORG", "", "RUS")],
     ["capital_metonymy", "sea", "demonym", "org"]),
    ("Baku and Moscow agreed to resume regular flights between the two capitals after a pause of several months.",
     "2025-11-20",
     [("Baku", "COUNTRY", "AZE"), ("Moscow", "COUNTRY", "RUS")],
     ["capital_metonymy"]),
    ("Tensions between Moscow and Baku have eased since the two presidents held talks in Dushanbe in October.",
     "2025-10-30",
     [("Moscow", "COUNTRY", "RUS"), ("Baku", "COUNTRY", "AZE"), ("Dushanbe", "LOC", "Dushanbe", "TJK")],
     ["capital_metonymy", "capital_place"]),
    ("Armenian Prime Minister Nikol Pashinyan arrived in Tbilisi on Monday for talks with his Georgian counterpart, Irakli Kobakhidze.",
     "2025-03-10",
     [("Armenian", "COUNTRY", "ARM"), ("Nikol Pashinyan", "LEADER", "Nikol Pashinyan", "ARM", "prime minister"),
      ("Tbilisi", "LOC", "Tbilisi", "GEO"), ("Georgian", "COUNTRY", "GEO"),
      ("Irakli Kobakhidze", "LEADER", "Irakli Kobakhidze", "GEO", "prime minister")],
     ["demonym", "capital_place", "leader"]),
    ("Washington imposed new sanctions on Iranian oil exports, the Treasury Department said.",
     "2025-04-10",
     [("Washington", "COUNTRY", "USA"), ("Iranian", "COUNTRY", "IRN"), ("Treasury Department", "ORG", "", "USA")],
     ["capital_metonymy", "demonym", "org"]),
    ("Beijing warned that any foreign interference in the Taiwan Strait would meet a firm response.",
     "2025-05-20",
     [("Beijing", "COUNTRY", "CHN"), ("Taiwan Strait", "LOC", "Taiwan Strait", None)],
     ["capital_metonymy", "sea"]),
    ("Ankara said it was ready to host another round of talks between the two sides in Istanbul.",
     "2025-05-08",
     [("Ankara", "COUNTRY", "TUR"), ("Istanbul", "LOC", "Istanbul", "TUR")],
     ["capital_metonymy", "city"]),
    ("Moscow's position on the Black Sea grain deal has not changed, a Kremlin spokesman told TASS.",
     "2023-07-10",
     [("Moscow", "COUNTRY", "RUS"), ("Black Sea", "LOC", "Black Sea", None),
      ("Kremlin", "ORG", "Kremlin", "RUS"), ("TASS", "ORG", "TASS", "RUS")],
     ["capital_metonymy", "possessive", "sea", "org"]),
    ("The summit in Moscow drew delegations from more than twenty countries, including Laos, Mongolia and Kyrgyzstan.",
     "2025-05-09",
     [("Moscow", "LOC", "Moscow", "RUS"), ("Laos", "COUNTRY", "LAO"), ("Mongolia", "COUNTRY", "MNG"),
      ("Kyrgyzstan", "COUNTRY", "KGZ")],
     ["capital_place", "short_name"]),
    ("French trade unions staged another rally in Paris against the pension reform on Saturday.",
     "2023-03-11",
     [("French", "COUNTRY", "FRA"), ("Paris", "LOC", "Paris", "FRA")],
     ["demonym", "capital_place"]),
    ("Kazakhstan's position has not changed, Kazakh officials said, adding that Astana would not recognise the vote.",
     "2024-09-20",
     [("Kazakhstan", "COUNTRY", "KAZ"), ("Kazakh", "COUNTRY", "KAZ"), ("Astana", "COUNTRY", "KAZ")],
     ["possessive", "demonym", "capital_metonymy"]),
    ("More than 40,000 Kazakhs crossed into Kyrgyzstan over the holiday weekend, border officials in Bishkek said.",
     "2024-03-25",
     [("Kazakhs", "COUNTRY", "KAZ"), ("Kyrgyzstan", "COUNTRY", "KGZ"), ("Bishkek", "LOC", "Bishkek", "KGZ")],
     ["demonym_plural", "short_name", "capital_place"]),
    ("The Azerbaijanis see the route as a question of sovereignty, while Azerbaijani diplomats insist it is purely about trade.",
     "2025-01-15",
     [("Azerbaijanis", "COUNTRY", "AZE"), ("Azerbaijani", "COUNTRY", "AZE")],
     ["demonym_plural", "demonym"]),
    ("Russia–Azerbaijan ties have weathered worse storms, a political analyst in Baku said.",
     "2025-07-05",
     [("Russia", "COUNTRY", "RUS"), ("Azerbaijan", "COUNTRY", "AZE"), ("Baku", "LOC", "Baku", "AZE")],
     ["dash_compound", "capital_place"]),
    ("The Government of the Russian Federation approved the draft agreement with the Republic of Kazakhstan on Thursday.",
     "2024-11-28",
     [("Russian Federation", "COUNTRY", "RUS"), ("Republic of Kazakhstan", "COUNTRY", "KAZ")],
     ["government_noun", "official_name"]),
    ("Students at St. Petersburg State University held a seminar on Russian-language media in Central Asia.",
     "2024-10-15",
     [("St. Petersburg State University", "ORG", "", "RUS"), ("Central Asia", "LOC", "Central Asia", None)],
     ["org_contains_name", "language", "region"]),
    ("A graduate of Leningrad University, she returned to Leningrad in 1979 to work at the city's port.",
     "1979-09-01",
     [("Leningrad University", "ORG", "", "RUS"), ("Leningrad", "LOC", "Saint Petersburg", "RUS", 2)],
     ["org_contains_name", "historical_name", "repeat"]),
    ("The Bank of Russia kept its key rate unchanged, citing sanctions imposed by the EU and Britain.",
     "2024-06-07",
     [("Bank of Russia", "ORG", "Bank of Russia", "RUS"), ("EU", "ORG", "EU", None), ("Britain", "COUNTRY", "GBR")],
     ["org_contains_name", "alt_name", "org"]),
    ("Saint Petersburg will host the economic forum again in June, with delegations from Egypt, Bahrain and Oman expected.",
     "2025-04-22",
     [("Saint Petersburg", "LOC", "Saint Petersburg", "RUS"), ("Egypt", "COUNTRY", "EGY"),
      ("Bahrain", "COUNTRY", "BHR"), ("Oman", "COUNTRY", "OMN")],
     ["city", "short_name"]),
    ("A gas pipeline near Ganja was damaged by a landslide close to the Georgian border, Azerbaijani energy officials said.",
     "2024-05-14",
     [("Ganja", "LOC", "Ganja", "AZE"), ("Georgian", "COUNTRY", "GEO"), ("Azerbaijani", "COUNTRY", "AZE")],
     ["city", "demonym"]),
    ("Lviv and Kharkiv came under drone attack overnight, Ukrainian officials said, as Moscow denied targeting civilian infrastructure.",
     "2025-02-12",
     [("Lviv", "LOC", "Lviv", "UKR"), ("Kharkiv", "LOC", "Kharkiv", "UKR"), ("Ukrainian", "COUNTRY", "UKR"),
      ("Moscow", "COUNTRY", "RUS")],
     ["city", "demonym", "capital_metonymy"]),
    ("Donbas remained the focus of the fighting, while Kyiv pressed its allies for more air defence systems.",
     "2024-06-18",
     [("Donbas", "LOC", "Donbas", "UKR"), ("Kyiv", "COUNTRY", "UKR")],
     ["region", "capital_metonymy"]),
    ("Reconstruction projects in Karabakh worth $2bn were presented to Turkish and Italian investors in Baku.",
     "2024-05-30",
     [("Karabakh", "LOC", "Karabakh", "AZE"), ("Turkish", "COUNTRY", "TUR"), ("Italian", "COUNTRY", "ITA"),
      ("Baku", "LOC", "Baku", "AZE")],
     ["region", "demonym", "capital_place"]),
    ("The South Caucasus has become a crossroads for trade between Europe and Central Asia.",
     "2025-02-20",
     [("South Caucasus", "LOC", "South Caucasus", None), ("Europe", "LOC", "Europe", None),
      ("Central Asia", "LOC", "Central Asia", None)],
     ["region"]),
    ("Tehran and Riyadh agreed to restore diplomatic relations in a deal brokered by Beijing.",
     "2023-03-10",
     [("Tehran", "COUNTRY", "IRN"), ("Riyadh", "COUNTRY", "SAU"), ("Beijing", "COUNTRY", "CHN")],
     ["capital_metonymy"]),
    ("The Kingdom of Saudi Arabia and the People's Republic of China signed a memorandum on renewable energy cooperation.",
     "2023-08-22",
     [("Kingdom of Saudi Arabia", "COUNTRY", "SAU"), ("People's Republic of China", "COUNTRY", "CHN")],
     ["official_name", "article"]),
    ("The Republic of Korea and the Democratic People's Republic of Korea remain technically at war, as no peace treaty was ever signed.",
     "2024-02-05",
     [("Republic of Korea", "COUNTRY", "KOR"), ("Democratic People's Republic of Korea", "COUNTRY", "PRK")],
     ["official_name", "article", "homonym"]),
    ("Pyongyang fired two short-range ballistic missiles into the Sea of Japan, the South Korean military said.",
     "2024-01-14",
     [("Pyongyang", "COUNTRY", "PRK"), ("Sea of Japan", "LOC", "Sea of Japan", None), ("South Korean", "COUNTRY", "KOR")],
     ["capital_metonymy", "sea", "demonym"]),
    ("Seoul said the DPRK had sent thousands of troops to Russia, a claim North Korea did not address.",
     "2024-10-18",
     [("Seoul", "COUNTRY", "KOR"), ("DPRK", "COUNTRY", "PRK"), ("Russia", "COUNTRY", "RUS"),
      ("North Korea", "COUNTRY", "PRK")],
     ["capital_metonymy", "alt_name", "short_name"]),
    ("Tension on the Korean Peninsula rose after Seoul suspended part of a military agreement with Pyongyang.",
     "2023-11-22",
     [("Korean Peninsula", "LOC", "Korean Peninsula", None), ("Seoul", "COUNTRY", "KOR"),
      ("Pyongyang", "COUNTRY", "PRK")],
     ["region", "capital_metonymy"]),
    ("South Korea and Japan agreed to expand shuttle diplomacy, Japanese Prime Minister Shigeru Ishiba said.",
     "2025-03-22",
     [("South Korea", "COUNTRY", "KOR"), ("Japan", "COUNTRY", "JPN"), ("Japanese", "COUNTRY", "JPN"),
      ("Shigeru Ishiba", "LEADER", "Shigeru Ishiba", "JPN", "prime minister")],
     ["short_name", "demonym", "leader"]),
    ("Russian-language programmes will be dropped by public broadcasters in Latvia from next year, officials in Riga said.",
     "2023-09-01",
     [("Latvia", "COUNTRY", "LVA"), ("Riga", "LOC", "Riga", "LVA")],
     ["language", "short_name", "capital_place"]),
    ("The new envoy, who speaks Russian and Kazakh fluently, was educated in Almaty.",
     "2024-04-02",
     [("Almaty", "LOC", "Almaty", "KAZ")],
     ["language", "city"]),
    ("The memoir, translated from Russian, describes a childhood in Soviet Tashkent.",
     "2024-02-10",
     [("Soviet", "COUNTRY", "SUN"), ("Tashkent", "LOC", "Tashkent", "UZB")],
     ["language", "former_state", "capital_place"]),
    ("Uzbek and Tajik border guards held their first joint patrols in the Ferghana Valley.",
     "2024-08-13",
     [("Uzbek", "COUNTRY", "UZB"), ("Tajik", "COUNTRY", "TJK"), ("Ferghana Valley", "LOC", "Ferghana Valley", None)],
     ["demonym", "region"]),
    ("Turkmenistan's gas exports to China rose by a fifth last year, according to customs data.",
     "2025-02-04",
     [("Turkmenistan", "COUNTRY", "TKM"), ("China", "COUNTRY", "CHN")],
     ["possessive", "short_name"]),
    ("Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev met on the sidelines of the summit in Astana.",
     "2024-07-03",
     [("Russian", "COUNTRY", "RUS"), ("Vladimir Putin", "LEADER", "Vladimir Putin", "RUS", "president"),
      ("Kazakh", "COUNTRY", "KAZ"), ("Kassym-Jomart Tokayev", "LEADER", "Kassym-Jomart Tokayev", "KAZ", "president"),
      ("Astana", "LOC", "Astana", "KAZ")],
     ["demonym", "leader", "capital_place"]),
    ("Putin later told reporters that Moscow and Astana saw eye to eye on the Caspian.",
     "2024-07-04",
     [("Putin", "LEADER", "Vladimir Putin", "RUS", "president"), ("Moscow", "COUNTRY", "RUS"),
      ("Astana", "COUNTRY", "KAZ"), ("Caspian", "LOC", "Caspian Sea", None)],
     ["leader", "capital_metonymy", "sea"]),
    ("Sergey Lavrov and Jeyhun Bayramov discussed the peace process in the South Caucasus by phone.",
     "2024-12-10",
     [("Sergey Lavrov", "LEADER", "Sergey Lavrov", "RUS", "foreign minister"),
      ("Jeyhun Bayramov", "LEADER", "Jeyhun Bayramov", "AZE", "foreign minister"),
      ("South Caucasus", "LOC", "South Caucasus", None)],
     ["leader", "region"]),
    ("Armenia and Azerbaijan completed the delimitation of a 12-kilometre stretch of their shared border.",
     "2024-05-16",
     [("Armenia", "COUNTRY", "ARM"), ("Azerbaijan", "COUNTRY", "AZE")],
     ["short_name"]),
    ("Georgia's parliament ratified a transit agreement with Armenia and Azerbaijan.",
     "2024-04-11",
     [("Georgia", "COUNTRY", "GEO"), ("Armenia", "COUNTRY", "ARM"), ("Azerbaijan", "COUNTRY", "AZE")],
     ["homonym", "possessive", "short_name"]),
    ("The company will move its headquarters from Atlanta, Georgia, to Austin, Texas, next year.",
     "2025-01-21",
     [("Atlanta", "LOC", "Atlanta", "USA"), ("Georgia", "LOC", "Georgia", "USA"),
      ("Austin", "LOC", "Austin", "USA"), ("Texas", "LOC", "Texas", "USA")],
     ["homonym", "subnational", "city"]),
    ("A trade delegation from Georgia, led by its economy minister, visited Savannah, Georgia, to study the port.",
     "2024-10-08",
     [("Georgia", "COUNTRY", "GEO"), ("Savannah", "LOC", "Savannah", "USA"), ("Georgia", "LOC", "Georgia", "USA", 2)],
     ["homonym", "subnational", "city", "repeat"]),
    ("Protesters gathered outside parliament in Tbilisi for a third night.",
     "2024-12-01",
     [("Tbilisi", "LOC", "Tbilisi", "GEO")],
     ["capital_place"]),
]

# ---- chunk 2: alternate names, demonyms, homonyms (Turkey, China, Jordan, Chad, Niger, Guinea, Congo ...)
ITEMS += [
    ("Türkiye and Greece agreed to keep channels open on maritime issues in the Aegean.",
     "2023-12-07",
     [("Türkiye", "COUNTRY", "TUR"), ("Greece", "COUNTRY", "GRC"), ("Aegean", "LOC", "Aegean Sea", None)],
     ["alt_name", "short_name", "sea"]),
    ("Turkey's central bank raised interest rates again, and the lira steadied.",
     "2023-11-23",
     [("Turkey", "COUNTRY", "TUR")],
     ["alt_name", "possessive", "homonym"]),
    ("The family sat down to roast turkey and cranberry sauce, a tradition imported from America.",
     "2024-11-28",
     [("America", "COUNTRY", "USA")],
     ["common_noun", "alt_name"]),
    ("The museum's collection of fine china was donated by a collector from Shanghai.",
     "2024-06-12",
     [("Shanghai", "LOC", "Shanghai", "CHN")],
     ["common_noun", "city"]),
    ("China and Côte d'Ivoire signed a loan agreement for a new bridge in Abidjan.",
     "2024-09-05",
     [("China", "COUNTRY", "CHN"), ("Côte d'Ivoire", "COUNTRY", "CIV"), ("Abidjan", "LOC", "Abidjan", "CIV")],
     ["short_name", "city"]),
    ("Cocoa farmers in Ivory Coast and Ghana face the smallest harvest in a decade.",
     "2024-03-19",
     [("Ivory Coast", "COUNTRY", "CIV"), ("Ghana", "COUNTRY", "GHA")],
     ["alt_name", "short_name"]),
    ("Czechia and Slovakia held joint government consultations in Bratislava for the first time in two years.",
     "2025-03-27",
     [("Czechia", "COUNTRY", "CZE"), ("Slovakia", "COUNTRY", "SVK"), ("Bratislava", "LOC", "Bratislava", "SVK")],
     ["short_name", "capital_place"]),
    ("The Czech Republic will take over the rotating presidency of the Visegrad Group in July.",
     "2023-06-20",
     [("Czech Republic", "COUNTRY", "CZE"), ("Visegrad Group", "ORG", "Visegrad Group", None)],
     ["alt_name", "article", "org"]),
    ("UK and French officials met in London to discuss small-boat crossings in the English Channel.",
     "2024-09-16",
     [("UK", "COUNTRY", "GBR"), ("French", "COUNTRY", "FRA"), ("London", "LOC", "London", "GBR"),
      ("English Channel", "LOC", "English Channel", None)],
     ["alt_name", "demonym", "capital_place", "sea"]),
    ("Britain's foreign secretary, David Lammy, travelled to Washington for talks at the State Department.",
     "2024-07-30",
     [("Britain", "COUNTRY", "GBR"), ("David Lammy", "LEADER", "David Lammy", "GBR", "foreign minister"),
      ("Washington", "LOC", "Washington", "USA"), ("State Department", "ORG", "", "USA")],
     ["alt_name", "possessive", "leader", "capital_place", "org"]),
    ("U.S. and Mexican negotiators reached a deal on water deliveries from the Rio Grande.",
     "2025-04-28",
     [("U.S.", "COUNTRY", "USA"), ("Mexican", "COUNTRY", "MEX"), ("Rio Grande", "LOC", "Rio Grande", None)],
     ["alt_name", "demonym", "river"]),
    ("The United States of America and the Republic of Cuba reopened their embassies after a break of 54 years.",
     "2015-07-20",
     [("United States of America", "COUNTRY", "USA"), ("Republic of Cuba", "COUNTRY", "CUB")],
     ["official_name", "article"]),
    ("USA Today reported that the team had been invited to a tournament in Mexico City.",
     "2024-05-02",
     [("USA Today", "ORG", "USA Today", "USA"), ("Mexico City", "LOC", "Mexico City", "MEX")],
     ["org_contains_name", "capital_place"]),
    ("Holland has asked Belgium to extradite the suspect, Dutch prosecutors said.",
     "2024-02-16",
     [("Holland", "COUNTRY", "NLD"), ("Belgium", "COUNTRY", "BEL"), ("Dutch", "COUNTRY", "NLD")],
     ["alt_name", "short_name", "demonym"]),
    ("The Netherlands and Switzerland signed a new tax treaty, which Swiss lawmakers are expected to ratify in the autumn.",
     "2024-06-20",
     [("Netherlands", "COUNTRY", "NLD"), ("Switzerland", "COUNTRY", "CHE"), ("Swiss", "COUNTRY", "CHE")],
     ["article", "short_name", "demonym"]),
    ("The junta in Myanmar extended the state of emergency, though many exiles still call the country Burma.",
     "2024-07-31",
     [("Myanmar", "COUNTRY", "MMR"), ("Burma", "COUNTRY", "MMR")],
     ["short_name", "alt_name"]),
    ("The UAE and Israel signed a free trade agreement in Dubai, and Emirati officials hailed it as historic.",
     "2022-05-31",
     [("UAE", "COUNTRY", "ARE"), ("Israel", "COUNTRY", "ISR"), ("Dubai", "LOC", "Dubai", "ARE"),
      ("Emirati", "COUNTRY", "ARE")],
     ["alt_name", "article", "city", "demonym"]),
    ("Filipino fishermen said Chinese coast guard vessels had blocked them near Scarborough Shoal.",
     "2024-02-15",
     [("Filipino", "COUNTRY", "PHL"), ("Chinese", "COUNTRY", "CHN"),
      ("Scarborough Shoal", "LOC", "Scarborough Shoal", None)],
     ["demonym", "region"]),
    ("Tens of thousands of Filipinos work in Kuwait and Qatar, and Manila wants better legal protection for them.",
     "2023-06-08",
     [("Filipinos", "COUNTRY", "PHL"), ("Kuwait", "COUNTRY", "KWT"), ("Qatar", "COUNTRY", "QAT"),
      ("Manila", "COUNTRY", "PHL")],
     ["demonym_plural", "short_name", "capital_metonymy"]),
    ("Swiss voters narrowly rejected the proposal, although voters in Zurich and Geneva backed it.",
     "2024-11-24",
     [("Swiss", "COUNTRY", "CHE"), ("Zurich", "LOC", "Zürich", "CHE"), ("Geneva", "LOC", "Geneva", "CHE")],
     ["demonym", "city"]),
    ("Dutch and Belgian police seized eight tonnes of cocaine in the ports of Rotterdam and Antwerp.",
     "2024-10-03",
     [("Dutch", "COUNTRY", "NLD"), ("Belgian", "COUNTRY", "BEL"), ("Rotterdam", "LOC", "Rotterdam", "NLD"),
      ("Antwerp", "LOC", "Antwerp", "BEL")],
     ["demonym", "city"]),
    ("Iranian and Emirati officials met in Abu Dhabi to discuss shipping in the Strait of Hormuz.",
     "2024-09-02",
     [("Iranian", "COUNTRY", "IRN"), ("Emirati", "COUNTRY", "ARE"), ("Abu Dhabi", "LOC", "Abu Dhabi", "ARE"),
      ("Strait of Hormuz", "LOC", "Strait of Hormuz", None)],
     ["demonym", "capital_place", "sea"]),
    ("Oil tankers in the Gulf were rerouted after the attack on a port terminal, shipping sources said.",
     "2024-04-15",
     [("Gulf", "LOC", "Persian Gulf", None)],
     ["sea"]),
    ("Kuwait and Qatar called for restraint after the incident in the Persian Gulf.",
     "2024-04-16",
     [("Kuwait", "COUNTRY", "KWT"), ("Qatar", "COUNTRY", "QAT"), ("Persian Gulf", "LOC", "Persian Gulf", None)],
     ["short_name", "sea"]),
    ("Aid trucks entered the Gaza Strip from Egypt on Sunday, UN officials said.",
     "2025-01-19",
     [("Gaza Strip", "LOC", "Gaza Strip", "PSE"), ("Egypt", "COUNTRY", "EGY"), ("UN", "ORG", "UN", None)],
     ["region", "short_name", "org"]),
    ("Spain, Ireland and Norway formally recognised the State of Palestine.",
     "2024-05-28",
     [("Spain", "COUNTRY", "ESP"), ("Ireland", "COUNTRY", "IRL"), ("Norway", "COUNTRY", "NOR"),
      ("State of Palestine", "COUNTRY", "PSE")],
     ["short_name", "official_name", "partial_state"]),
    ("Palestinian officials in Ramallah welcomed the decision, while Israel recalled its ambassadors for consultations.",
     "2024-05-22",
     [("Palestinian", "COUNTRY", "PSE"), ("Ramallah", "LOC", "Ramallah", "PSE"), ("Israel", "COUNTRY", "ISR")],
     ["demonym", "partial_state", "capital_place"]),
    ("Jordan and Egypt warned against any forced displacement of Palestinians.",
     "2025-02-11",
     [("Jordan", "COUNTRY", "JOR"), ("Egypt", "COUNTRY", "EGY"), ("Palestinians", "COUNTRY", "PSE")],
     ["homonym", "demonym_plural", "partial_state"]),
    ("Water levels in the Jordan River have fallen sharply, Jordanian and Israeli experts warned.",
     "2023-08-29",
     [("Jordan River", "LOC", "Jordan River", None), ("Jordanian", "COUNTRY", "JOR"), ("Israeli", "COUNTRY", "ISR")],
     ["homonym", "river", "demonym"]),
    ("A pair of Michael Jordan's game-worn sneakers sold for a record sum at an auction in New York.",
     "2023-04-11",
     [("Michael Jordan", "PERSON", "Michael Jordan"), ("New York", "LOC", "New York City", "USA")],
     ["person_homonym", "person", "city"]),
    ("Jordan Peterson drew a crowd of several thousand to a lecture in Toronto.",
     "2024-03-09",
     [("Jordan Peterson", "PERSON", "Jordan Peterson"), ("Toronto", "LOC", "Toronto", "CAN")],
     ["person_homonym", "person", "city"]),
    ("Chad ended its defence cooperation agreement with France, officials in N'Djamena said.",
     "2024-11-29",
     [("Chad", "COUNTRY", "TCD"), ("France", "COUNTRY", "FRA"), ("N'Djamena", "LOC", "N'Djamena", "TCD")],
     ["homonym", "short_name", "capital_place"]),
    ("Drummer Chad Smith played a benefit concert in Los Angeles for families who lost their homes in the fires.",
     "2025-01-30",
     [("Chad Smith", "PERSON", "Chad Smith"), ("Los Angeles", "LOC", "Los Angeles", "USA")],
     ["person_homonym", "person", "city"]),
    ("Niger and Nigeria agreed to reopen the border crossings closed after the coup in Niamey.",
     "2024-08-21",
     [("Niger", "COUNTRY", "NER"), ("Nigeria", "COUNTRY", "NGA"), ("Niamey", "LOC", "Niamey", "NER")],
     ["homonym", "short_name", "capital_place"]),
    ("The Niger River flows through Mali, Niger and Nigeria before it reaches the Gulf of Guinea.",
     "2024-06-05",
     [("Niger River", "LOC", "Niger River", None), ("Mali", "COUNTRY", "MLI"), ("Niger", "COUNTRY", "NER", None, 2),
      ("Nigeria", "COUNTRY", "NGA"), ("Gulf of Guinea", "LOC", "Gulf of Guinea", None)],
     ["homonym", "river", "sea", "repeat"]),
    ("Guinea and Guinea-Bissau agreed on joint border patrols, while Equatorial Guinea offered to host the next round of talks.",
     "2024-10-22",
     [("Guinea", "COUNTRY", "GIN"), ("Guinea-Bissau", "COUNTRY", "GNB"), ("Equatorial Guinea", "COUNTRY", "GNQ")],
     ["homonym", "short_name"]),
    ("Papua New Guinea and Australia signed a security pact in Canberra.",
     "2023-12-07",
     [("Papua New Guinea", "COUNTRY", "PNG"), ("Australia", "COUNTRY", "AUS"), ("Canberra", "LOC", "Canberra", "AUS")],
     ["homonym", "short_name", "capital_place"]),
    ("The Democratic Republic of the Congo accused Rwanda of backing the rebels who seized towns in North Kivu.",
     "2024-05-06",
     [("Democratic Republic of the Congo", "COUNTRY", "COD"), ("Rwanda", "COUNTRY", "RWA"),
      ("North Kivu", "LOC", "North Kivu", "COD")],
     ["official_name", "article", "homonym", "region"]),
    ("DR Congo and Rwanda signed a peace agreement in Washington after months of talks.",
     "2025-06-27",
     [("DR Congo", "COUNTRY", "COD"), ("Rwanda", "COUNTRY", "RWA"), ("Washington", "LOC", "Washington", "USA")],
     ["alt_name", "homonym", "capital_place"]),
    ("The Republic of the Congo and Gabon agreed to share data on offshore oil fields.",
     "2024-02-27",
     [("Republic of the Congo", "COUNTRY", "COG"), ("Gabon", "COUNTRY", "GAB")],
     ["official_name", "article", "homonym"]),
    ("Brazzaville and Kinshasa, the capitals of Congo-Brazzaville and DR Congo, face each other across the Congo River.",
     "2024-07-10",
     [("Brazzaville", "LOC", "Brazzaville", "COG"), ("Kinshasa", "LOC", "Kinshasa", "COD"),
      ("Congo-Brazzaville", "COUNTRY", "COG"), ("DR Congo", "COUNTRY", "COD"),
      ("Congo River", "LOC", "Congo River", None)],
     ["capital_place", "alt_name", "homonym", "river"]),
    ("Sudan and South Sudan agreed to keep oil flowing through the pipeline to Port Sudan.",
     "2024-09-18",
     [("Sudan", "COUNTRY", "SDN"), ("South Sudan", "COUNTRY", "SSD"), ("Port Sudan", "LOC", "Port Sudan", "SDN")],
     ["homonym", "short_name", "city"]),
    ("Dominica and the Dominican Republic are often confused, but only Dominica belongs to the Commonwealth.",
     "2024-03-12",
     [("Dominica", "COUNTRY", "DMA"), ("Dominican Republic", "COUNTRY", "DOM"), ("Dominica", "COUNTRY", "DMA", None, 2),
      ("Commonwealth", "ORG", "Commonwealth of Nations", None)],
     ["homonym", "small_state", "article", "repeat", "org"]),
]

# ---- chunk 3: small states, partially recognised and former states, dash compounds, look-alikes
ITEMS += [
    ("Tuvalu and Australia signed a treaty that gives Tuvaluans a pathway to residency as sea levels rise.",
     "2023-11-10",
     [("Tuvalu", "COUNTRY", "TUV"), ("Australia", "COUNTRY", "AUS"), ("Tuvaluans", "COUNTRY", "TUV")],
     ["small_state", "short_name", "demonym_plural"]),
    ("Tuvalu's prime minister, Feleti Teo, told the Pacific Islands Forum in Tonga that climate finance was still too slow.",
     "2024-08-28",
     [("Tuvalu", "COUNTRY", "TUV"), ("Feleti Teo", "LEADER", "Feleti Teo", "TUV", "prime minister"),
      ("Pacific Islands Forum", "ORG", "Pacific Islands Forum", None), ("Tonga", "COUNTRY", "TON")],
     ["small_state", "possessive", "leader", "org"]),
    ("Eswatini, formerly known as Swaziland, is one of the last absolute monarchies in Africa.",
     "2024-04-19",
     [("Eswatini", "COUNTRY", "SWZ"), ("Swaziland", "COUNTRY", "SWZ"), ("Africa", "LOC", "Africa", None)],
     ["small_state", "alt_name", "region"]),
    ("Eswatini is the only African country that still maintains diplomatic relations with Taiwan.",
     "2024-05-20",
     [("Eswatini", "COUNTRY", "SWZ"), ("Taiwan", "COUNTRY", "TWN")],
     ["small_state", "partial_state", "no_geo"]),
    ("Timor-Leste became the eleventh member of ASEAN at the summit in Kuala Lumpur.",
     "2025-10-26",
     [("Timor-Leste", "COUNTRY", "TLS"), ("ASEAN", "ORG", "ASEAN", None), ("Kuala Lumpur", "LOC", "Kuala Lumpur", "MYS")],
     ["small_state", "org", "capital_place"]),
    ("East Timor's government hopes the new port near Dili will attract investors from Singapore and Indonesia.",
     "2024-09-30",
     [("East Timor", "COUNTRY", "TLS"), ("Dili", "LOC", "Dili", "TLS"), ("Singapore", "COUNTRY", "SGP"),
      ("Indonesia", "COUNTRY", "IDN")],
     ["small_state", "alt_name", "possessive", "capital_place"]),
    ("Bhutan and India agreed to build the first rail link between the two countries, and Bhutanese officials in Thimphu called it a milestone.",
     "2024-03-22",
     [("Bhutan", "COUNTRY", "BTN"), ("India", "COUNTRY", "IND"), ("Bhutanese", "COUNTRY", "BTN"),
      ("Thimphu", "LOC", "Thimphu", "BTN")],
     ["small_state", "demonym", "capital_place"]),
    ("Bhutanese Prime Minister Tshering Tobgay met Narendra Modi in New Delhi on his first trip abroad since taking office.",
     "2024-03-15",
     [("Bhutanese", "COUNTRY", "BTN"), ("Tshering Tobgay", "LEADER", "Tshering Tobgay", "BTN", "prime minister"),
      ("Narendra Modi", "LEADER", "Narendra Modi", "IND", "prime minister"), ("New Delhi", "LOC", "New Delhi", "IND")],
     ["small_state", "demonym", "leader", "capital_place"]),
    ("Cabo Verde, an archipelago of ten islands off West Africa, was certified malaria-free by the WHO.",
     "2024-01-12",
     [("Cabo Verde", "COUNTRY", "CPV"), ("West Africa", "LOC", "West Africa", None), ("WHO", "ORG", "WHO", None)],
     ["small_state", "short_name", "region", "org"]),
    ("Cape Verdean officials in Praia said tourist arrivals had fully recovered from the pandemic.",
     "2024-02-08",
     [("Cape Verdean", "COUNTRY", "CPV"), ("Praia", "LOC", "Praia", "CPV")],
     ["small_state", "demonym", "capital_place"]),
    ("Kosovo and Serbia failed to agree on how to implement the deal brokered by the EU in Brussels.",
     "2023-08-18",
     [("Kosovo", "COUNTRY", "XKX"), ("Serbia", "COUNTRY", "SRB"), ("EU", "ORG", "EU", None),
      ("Brussels", "LOC", "Brussels", "BEL")],
     ["partial_state", "short_name", "org", "capital_place"]),
    ("Belgrade still refuses to recognise Pristina's independence.",
     "2024-02-17",
     [("Belgrade", "COUNTRY", "SRB"), ("Pristina", "COUNTRY", "XKX")],
     ["capital_metonymy", "partial_state", "possessive"]),
    ("A Taiwanese representative office in Vilnius angered Beijing, which downgraded diplomatic ties with Lithuania.",
     "2021-11-21",
     [("Taiwanese", "COUNTRY", "TWN"), ("Vilnius", "LOC", "Vilnius", "LTU"), ("Beijing", "COUNTRY", "CHN"),
      ("Lithuania", "COUNTRY", "LTU")],
     ["partial_state", "demonym", "capital_place", "capital_metonymy"]),
    ("Taipei said 30 Chinese warplanes had crossed the median line of the Taiwan Strait on Sunday.",
     "2024-05-26",
     [("Taipei", "COUNTRY", "TWN"), ("Chinese", "COUNTRY", "CHN"), ("Taiwan Strait", "LOC", "Taiwan Strait", None)],
     ["partial_state", "capital_metonymy", "demonym", "sea"]),
    ("Morocco and Algeria remain at odds over Western Sahara, where the Polisario Front seeks independence.",
     "2024-10-31",
     [("Morocco", "COUNTRY", "MAR"), ("Algeria", "COUNTRY", "DZA"), ("Western Sahara", "COUNTRY", "ESH"),
      ("Polisario Front", "ORG", "Polisario Front", None)],
     ["partial_state", "short_name", "org"]),
    ("The Sahrawi Arab Democratic Republic is a member of the African Union but not of the United Nations.",
     "2024-11-15",
     [("Sahrawi Arab Democratic Republic", "COUNTRY", "ESH"), ("African Union", "ORG", "AU", None),
      ("United Nations", "ORG", "UN", None)],
     ["official_name", "partial_state", "article", "org"]),
    ("The Soviet Union and the United States signed the INF Treaty in Washington.",
     "1987-12-08",
     [("Soviet Union", "COUNTRY", "SUN"), ("United States", "COUNTRY", "USA"), ("Washington", "LOC", "Washington", "USA")],
     ["former_state", "article", "capital_place"]),
    ("The USSR said it would boycott the Olympic Games in Los Angeles, citing security concerns.",
     "1984-05-08",
     [("USSR", "COUNTRY", "SUN"), ("Los Angeles", "LOC", "Los Angeles", "USA")],
     ["former_state", "alt_name", "city"]),
    ("Soviet troops began their withdrawal from Afghanistan under an agreement brokered by the UN.",
     "1988-05-15",
     [("Soviet", "COUNTRY", "SUN"), ("Afghanistan", "COUNTRY", "AFG"), ("UN", "ORG", "UN", None)],
     ["former_state", "demonym", "org"]),
    ("Yugoslavia hosted the summit of the Non-Aligned Movement in Belgrade.",
     "1989-09-04",
     [("Yugoslavia", "COUNTRY", "YUG"), ("Non-Aligned Movement", "ORG", "Non-Aligned Movement", None),
      ("Belgrade", "LOC", "Belgrade", "SRB")],
     ["former_state", "org", "capital_place"]),
    ("Czechoslovakia split peacefully into the Czech Republic and Slovakia at midnight.",
     "1992-12-31",
     [("Czechoslovakia", "COUNTRY", "CSK"), ("Czech Republic", "COUNTRY", "CZE"), ("Slovakia", "COUNTRY", "SVK")],
     ["former_state", "alt_name", "article"]),
    ("East Germany and West Germany signed the unification treaty in East Berlin.",
     "1990-08-31",
     [("East Germany", "COUNTRY", "DDR"), ("West Germany", "COUNTRY", "DEU"), ("East Berlin", "LOC", "Berlin", "DEU")],
     ["former_state", "capital_place"]),
    ("The GDR's entire leadership resigned under pressure from the street.",
     "1989-12-03",
     [("GDR", "COUNTRY", "DDR")],
     ["former_state", "alt_name", "possessive", "article"]),
    ("Former Soviet leader Mikhail Gorbachev died in Moscow at the age of 91.",
     "2022-08-30",
     [("Soviet", "COUNTRY", "SUN"), ("Mikhail Gorbachev", "PERSON", "Mikhail Gorbachev"), ("Moscow", "LOC", "Moscow", "RUS")],
     ["former_state", "demonym", "person", "capital_place"]),
    ("US-China talks in Geneva ended with a 90-day truce on tariffs.",
     "2025-05-12",
     [("US", "COUNTRY", "USA"), ("China", "COUNTRY", "CHN"), ("Geneva", "LOC", "Geneva", "CHE")],
     ["dash_compound", "alt_name", "city"]),
    ("The India–Pakistan ceasefire held for a second night, officials in Islamabad said.",
     "2025-05-12",
     [("India", "COUNTRY", "IND"), ("Pakistan", "COUNTRY", "PAK"), ("Islamabad", "LOC", "Islamabad", "PAK")],
     ["dash_compound", "capital_place"]),
    ("Kyrgyz-Tajik border talks resumed in Batken after a pause of six months.",
     "2024-03-05",
     [("Kyrgyz", "COUNTRY", "KGZ"), ("Tajik", "COUNTRY", "TJK"), ("Batken", "LOC", "Batken", "KGZ")],
     ["dash_compound", "demonym", "city"]),
    ("Franco-German relations were strained by disagreements over defence procurement.",
     "2024-02-01",
     [("Franco", "COUNTRY", "FRA"), ("German", "COUNTRY", "DEU")],
     ["dash_compound", "demonym"]),
    ("Sino-Indian relations improved after the two sides agreed on patrolling arrangements along the border.",
     "2024-10-21",
     [("Sino", "COUNTRY", "CHN"), ("Indian", "COUNTRY", "IND")],
     ["dash_compound", "demonym"]),
    ("Russia and Ukraine swapped 300 prisoners of war in an Emirati-brokered exchange.",
     "2024-12-30",
     [("Russia", "COUNTRY", "RUS"), ("Ukraine", "COUNTRY", "UKR"), ("Emirati", "COUNTRY", "ARE")],
     ["dash_compound", "demonym", "short_name"]),
    ("Anti-American protests broke out in Baghdad after the drone strike.",
     "2020-01-05",
     [("American", "COUNTRY", "USA"), ("Baghdad", "LOC", "Baghdad", "IRQ")],
     ["dash_compound", "demonym", "capital_place"]),
    ("The North–South corridor is expected to cut freight times by up to ten days, its operators said.",
     "2024-07-18",
     [],
     ["no_geo"]),
    ("Latin American leaders will meet next month to discuss migration and drug trafficking.",
     "2024-08-05",
     [],
     ["no_geo"]),
    ("African American voters in Atlanta turned out in record numbers, deciding the runoff in Georgia.",
     "2021-01-06",
     [("Atlanta", "LOC", "Atlanta", "USA"), ("Georgia", "LOC", "Georgia", "USA")],
     ["no_geo", "city", "homonym", "subnational"]),
]

# ---- chunk 4: Africa, the Americas, Oceania
ITEMS += [
    ("Kenya will lead a multinational police mission to Haiti, with support from Jamaica, the Bahamas and Belize.",
     "2024-06-24",
     [("Kenya", "COUNTRY", "KEN"), ("Haiti", "COUNTRY", "HTI"), ("Jamaica", "COUNTRY", "JAM"),
      ("Bahamas", "COUNTRY", "BHS"), ("Belize", "COUNTRY", "BLZ")],
     ["short_name", "article", "small_state"]),
    ("The first Kenyan police officers arrived in Port-au-Prince to help restore order.",
     "2024-06-25",
     [("Kenyan", "COUNTRY", "KEN"), ("Port-au-Prince", "LOC", "Port-au-Prince", "HTI")],
     ["demonym", "capital_place"]),
    ("Ethiopia and Somalia agreed to settle their dispute over Somaliland in talks mediated by Ankara.",
     "2024-12-11",
     [("Ethiopia", "COUNTRY", "ETH"), ("Somalia", "COUNTRY", "SOM"), ("Somaliland", "LOC", "Somaliland", "SOM"),
      ("Ankara", "COUNTRY", "TUR")],
     ["short_name", "region", "capital_metonymy"]),
    ("Eritrea and Djibouti both overlook the shipping lanes of the Red Sea and the Bab el-Mandeb.",
     "2024-02-14",
     [("Eritrea", "COUNTRY", "ERI"), ("Djibouti", "COUNTRY", "DJI"), ("Red Sea", "LOC", "Red Sea", None),
      ("Bab el-Mandeb", "LOC", "Bab el-Mandeb", None)],
     ["short_name", "homonym", "sea"]),
    ("Ships avoided the Red Sea after attacks by Yemen's Houthis, sailing instead around the Cape of Good Hope.",
     "2024-01-22",
     [("Red Sea", "LOC", "Red Sea", None), ("Yemen", "COUNTRY", "YEM"), ("Houthis", "ORG", "Houthis", "YEM"),
      ("Cape of Good Hope", "LOC", "Cape of Good Hope", "ZAF")],
     ["sea", "possessive", "org"]),
    ("Tanzania and Burundi launched construction of a railway linking the port of Dar es Salaam with the Burundian interior.",
     "2024-08-16",
     [("Tanzania", "COUNTRY", "TZA"), ("Burundi", "COUNTRY", "BDI"), ("Dar es Salaam", "LOC", "Dar es Salaam", "TZA"),
      ("Burundian", "COUNTRY", "BDI")],
     ["short_name", "city", "demonym"]),
    ("Ugandan troops crossed into eastern Congo to fight the ADF rebels.",
     "2021-11-30",
     [("Ugandan", "COUNTRY", "UGA"), ("Congo", "COUNTRY", "COD"), ("ADF", "ORG", "ADF", None)],
     ["demonym", "homonym", "org"]),
    ("South Africa brought a genocide case against Israel before the International Court of Justice.",
     "2024-01-11",
     [("South Africa", "COUNTRY", "ZAF"), ("Israel", "COUNTRY", "ISR"),
      ("International Court of Justice", "ORG", "ICJ", None)],
     ["short_name", "org"]),
    ("Namibia, Botswana and Zambia signed a cross-border power agreement in Windhoek.",
     "2024-10-15",
     [("Namibia", "COUNTRY", "NAM"), ("Botswana", "COUNTRY", "BWA"), ("Zambia", "COUNTRY", "ZMB"),
      ("Windhoek", "LOC", "Windhoek", "NAM")],
     ["short_name", "capital_place"]),
    ("Zimbabwe's new gold-backed currency slid against the dollar in Harare's informal markets.",
     "2024-05-09",
     [("Zimbabwe", "COUNTRY", "ZWE"), ("Harare", "LOC", "Harare", "ZWE")],
     ["possessive", "capital_place"]),
    ("Mozambique asked Rwanda to keep its troops in Cabo Delgado, where insurgents remain active.",
     "2024-06-03",
     [("Mozambique", "COUNTRY", "MOZ"), ("Rwanda", "COUNTRY", "RWA"), ("Cabo Delgado", "LOC", "Cabo Delgado", "MOZ")],
     ["short_name", "region"]),
    ("Malawi and Zambia reopened a border post that had been closed during the floods.",
     "2024-03-14",
     [("Malawi", "COUNTRY", "MWI"), ("Zambia", "COUNTRY", "ZMB")],
     ["short_name"]),
    ("Lesotho's textile exporters fear losing duty-free access to the US market.",
     "2025-04-08",
     [("Lesotho", "COUNTRY", "LSO"), ("US", "COUNTRY", "USA")],
     ["small_state", "possessive", "alt_name"]),
    ("Madagascar, Mauritius, Seychelles and Comoros pledged to coordinate maritime patrols in the Indian Ocean.",
     "2024-04-26",
     [("Madagascar", "COUNTRY", "MDG"), ("Mauritius", "COUNTRY", "MUS"), ("Seychelles", "COUNTRY", "SYC"),
      ("Comoros", "COUNTRY", "COM"), ("Indian Ocean", "LOC", "Indian Ocean", None)],
     ["small_state", "short_name", "sea"]),
    ("São Tomé and Príncipe, Africa's second-smallest state, depends heavily on cocoa exports.",
     "2024-07-12",
     [("São Tomé and Príncipe", "COUNTRY", "STP"), ("Africa", "LOC", "Africa", None)],
     ["small_state", "short_name", "region", "possessive"]),
    ("Traffic over the bridge linking Senegal and the Gambia has doubled since it opened in 2019.",
     "2024-01-24",
     [("Senegal", "COUNTRY", "SEN"), ("Gambia", "COUNTRY", "GMB")],
     ["short_name", "article", "small_state"]),
    ("Sierra Leone and Liberia agreed to share health surveillance data along their common border.",
     "2023-10-05",
     [("Sierra Leone", "COUNTRY", "SLE"), ("Liberia", "COUNTRY", "LBR")],
     ["short_name"]),
    ("Burkina Faso, Mali and Niger announced their immediate withdrawal from ECOWAS.",
     "2024-01-28",
     [("Burkina Faso", "COUNTRY", "BFA"), ("Mali", "COUNTRY", "MLI"), ("Niger", "COUNTRY", "NER"),
      ("ECOWAS", "ORG", "ECOWAS", None)],
     ["short_name", "homonym", "org"]),
    ("Togo and Benin stepped up security along their northern borders with Burkina Faso.",
     "2024-05-22",
     [("Togo", "COUNTRY", "TGO"), ("Benin", "COUNTRY", "BEN"), ("Burkina Faso", "COUNTRY", "BFA")],
     ["short_name"]),
    ("Cameroon and the Central African Republic repaired the road between Douala and Bangui.",
     "2024-09-10",
     [("Cameroon", "COUNTRY", "CMR"), ("Central African Republic", "COUNTRY", "CAF"), ("Douala", "LOC", "Douala", "CMR"),
      ("Bangui", "LOC", "Bangui", "CAF")],
     ["short_name", "article", "city", "capital_place"]),
    ("Angola offered to mediate, and Angolan diplomats shuttled between Kigali and Kinshasa for weeks.",
     "2024-07-30",
     [("Angola", "COUNTRY", "AGO"), ("Angolan", "COUNTRY", "AGO"), ("Kigali", "LOC", "Kigali", "RWA"),
      ("Kinshasa", "LOC", "Kinshasa", "COD")],
     ["short_name", "demonym", "capital_place"]),
    ("Tunisia and Libya reopened their main border crossing after months of closure.",
     "2024-07-01",
     [("Tunisia", "COUNTRY", "TUN"), ("Libya", "COUNTRY", "LBY")],
     ["short_name"]),
    ("Mauritania's coast guard intercepted three boats bound for the Canary Islands.",
     "2024-08-20",
     [("Mauritania", "COUNTRY", "MRT"), ("Canary Islands", "LOC", "Canary Islands", "ESP")],
     ["possessive", "region"]),
    ("Cairo accused Addis Ababa of acting unilaterally by filling the reservoir of its dam on the Nile.",
     "2023-09-10",
     [("Cairo", "COUNTRY", "EGY"), ("Addis Ababa", "COUNTRY", "ETH"), ("Nile", "LOC", "Nile", None)],
     ["capital_metonymy", "river"]),
    ("The African Union summit in Addis Ababa was dominated by the war in Sudan.",
     "2024-02-17",
     [("African Union", "ORG", "AU", None), ("Addis Ababa", "LOC", "Addis Ababa", "ETH"), ("Sudan", "COUNTRY", "SDN")],
     ["org", "capital_place", "homonym"]),
    ("Canada and Mexico scrambled to avoid US tariffs, and Canadian officials met their American counterparts in Washington.",
     "2025-02-03",
     [("Canada", "COUNTRY", "CAN"), ("Mexico", "COUNTRY", "MEX"), ("US", "COUNTRY", "USA"), ("Canadian", "COUNTRY", "CAN"),
      ("American", "COUNTRY", "USA"), ("Washington", "LOC", "Washington", "USA")],
     ["short_name", "alt_name", "demonym", "capital_place"]),
    ("Ottawa and Washington agreed to keep talking after the tariff deadline passed.",
     "2025-08-01",
     [("Ottawa", "COUNTRY", "CAN"), ("Washington", "COUNTRY", "USA")],
     ["capital_metonymy"]),
    ("Prime Minister Mark Carney said Canada would never become the 51st state.",
     "2025-03-20",
     [("Mark Carney", "LEADER", "Mark Carney", "CAN", "prime minister"), ("Canada", "COUNTRY", "CAN")],
     ["leader", "short_name"]),
    ("Brazil and Argentina settled a dispute over car exports within Mercosur.",
     "2024-04-09",
     [("Brazil", "COUNTRY", "BRA"), ("Argentina", "COUNTRY", "ARG"), ("Mercosur", "ORG", "Mercosur", None)],
     ["short_name", "org"]),
    ("Brazilian President Luiz Inácio Lula da Silva hosted the G20 summit in Rio de Janeiro.",
     "2024-11-18",
     [("Brazilian", "COUNTRY", "BRA"),
      ("Luiz Inácio Lula da Silva", "LEADER", "Luiz Inácio Lula da Silva", "BRA", "president"),
      ("G20", "ORG", "G20", None), ("Rio de Janeiro", "LOC", "Rio de Janeiro", "BRA")],
     ["demonym", "leader", "org", "city"]),
    ("Argentine President Javier Milei visited Israel on his first foreign trip as president.",
     "2024-02-06",
     [("Argentine", "COUNTRY", "ARG"), ("Javier Milei", "LEADER", "Javier Milei", "ARG", "president"),
      ("Israel", "COUNTRY", "ISR")],
     ["demonym", "leader", "short_name"]),
    ("Venezuela and Guyana agreed not to use force in their dispute over the Essequibo region.",
     "2023-12-14",
     [("Venezuela", "COUNTRY", "VEN"), ("Guyana", "COUNTRY", "GUY"), ("Essequibo", "LOC", "Essequibo", "GUY")],
     ["short_name", "region"]),
    ("Colombia, Ecuador and Peru agreed to coordinate their efforts against drug trafficking.",
     "2024-06-13",
     [("Colombia", "COUNTRY", "COL"), ("Ecuador", "COUNTRY", "ECU"), ("Peru", "COUNTRY", "PER")],
     ["short_name"]),
    ("Bolivia and Chile have had no full diplomatic relations since 1978.",
     "2024-03-23",
     [("Bolivia", "COUNTRY", "BOL"), ("Chile", "COUNTRY", "CHL")],
     ["short_name"]),
    ("Paraguay and Uruguay agreed to share intelligence on organised crime.",
     "2024-11-06",
     [("Paraguay", "COUNTRY", "PRY"), ("Uruguay", "COUNTRY", "URY")],
     ["short_name"]),
    ("Suriname and Guyana are among the fastest-growing oil producers in the world.",
     "2024-12-02",
     [("Suriname", "COUNTRY", "SUR"), ("Guyana", "COUNTRY", "GUY")],
     ["short_name", "small_state"]),
    ("Guatemala, Honduras and El Salvador agreed to accept more deportation flights from the United States.",
     "2025-02-05",
     [("Guatemala", "COUNTRY", "GTM"), ("Honduras", "COUNTRY", "HND"), ("El Salvador", "COUNTRY", "SLV"),
      ("United States", "COUNTRY", "USA")],
     ["short_name", "article"]),
    ("Nicaragua broke off relations with Taiwan and recognised Beijing.",
     "2021-12-10",
     [("Nicaragua", "COUNTRY", "NIC"), ("Taiwan", "COUNTRY", "TWN"), ("Beijing", "COUNTRY", "CHN")],
     ["short_name", "partial_state", "capital_metonymy"]),
    ("Costa Rica and Panama agreed to coordinate the transport of migrants heading north.",
     "2024-08-01",
     [("Costa Rica", "COUNTRY", "CRI"), ("Panama", "COUNTRY", "PAN")],
     ["short_name"]),
    ("Traffic through the Panama Canal was cut by a third because of the drought.",
     "2023-11-03",
     [("Panama Canal", "LOC", "Panama Canal", "PAN")],
     ["sea"]),
    ("Havana blamed the island-wide blackout on the US embargo.",
     "2024-10-19",
     [("Havana", "COUNTRY", "CUB"), ("US", "COUNTRY", "USA")],
     ["capital_metonymy", "alt_name"]),
    ("Trinidad and Tobago and Barbados called for a joint CARICOM response to the crisis.",
     "2024-03-06",
     [("Trinidad and Tobago", "COUNTRY", "TTO"), ("Barbados", "COUNTRY", "BRB"), ("CARICOM", "ORG", "CARICOM", None)],
     ["small_state", "short_name", "org"]),
    ("The Dominican Republic stepped up deportations of Haitians.",
     "2024-10-03",
     [("Dominican Republic", "COUNTRY", "DOM"), ("Haitians", "COUNTRY", "HTI")],
     ["article", "demonym_plural"]),
    ("New Zealand and Fiji signed a defence cooperation agreement in Suva.",
     "2024-06-14",
     [("New Zealand", "COUNTRY", "NZL"), ("Fiji", "COUNTRY", "FJI"), ("Suva", "LOC", "Suva", "FJI")],
     ["short_name", "capital_place"]),
    ("The Solomon Islands' security pact with China alarmed Canberra and Wellington.",
     "2022-04-20",
     [("Solomon Islands", "COUNTRY", "SLB"), ("China", "COUNTRY", "CHN"), ("Canberra", "COUNTRY", "AUS"),
      ("Wellington", "COUNTRY", "NZL")],
     ["small_state", "article", "possessive", "capital_metonymy"]),
    ("Vanuatu, Samoa and Kiribati pushed for an advisory opinion on climate change from the International Court of Justice.",
     "2023-03-29",
     [("Vanuatu", "COUNTRY", "VUT"), ("Samoa", "COUNTRY", "WSM"), ("Kiribati", "COUNTRY", "KIR"),
      ("International Court of Justice", "ORG", "ICJ", None)],
     ["small_state", "short_name", "org"]),
    ("Nauru switched diplomatic recognition from Taiwan to China two days after Taiwan's election.",
     "2024-01-15",
     [("Nauru", "COUNTRY", "NRU"), ("Taiwan", "COUNTRY", "TWN"), ("China", "COUNTRY", "CHN"),
      ("Taiwan", "COUNTRY", "TWN", None, 2)],
     ["small_state", "partial_state", "repeat", "possessive"]),
    ("Palau, the Marshall Islands and Micronesia renewed their compacts of free association with the US.",
     "2024-03-09",
     [("Palau", "COUNTRY", "PLW"), ("Marshall Islands", "COUNTRY", "MHL"), ("Micronesia", "COUNTRY", "FSM"),
      ("US", "COUNTRY", "USA")],
     ["small_state", "article", "alt_name"]),
    ("Australian and Indonesian warships held joint exercises in the Arafura Sea.",
     "2024-09-12",
     [("Australian", "COUNTRY", "AUS"), ("Indonesian", "COUNTRY", "IDN"), ("Arafura Sea", "LOC", "Arafura Sea", None)],
     ["demonym", "sea"]),
]

# ---- chunk 5: Europe and Asia, official names, organisations named after places, leaders vs persons
ITEMS += [
    ("Poland and the Baltic states asked NATO to strengthen air defences along the border with Belarus.",
     "2024-11-20",
     [("Poland", "COUNTRY", "POL"), ("Baltic states", "LOC", "Baltic states", None), ("NATO", "ORG", "NATO", None),
      ("Belarus", "COUNTRY", "BLR")],
     ["short_name", "region", "org"]),
    ("Estonia, Latvia and Lithuania disconnected from the Russian power grid and synchronised with continental Europe.",
     "2025-02-09",
     [("Estonia", "COUNTRY", "EST"), ("Latvia", "COUNTRY", "LVA"), ("Lithuania", "COUNTRY", "LTU"),
      ("Russian", "COUNTRY", "RUS"), ("Europe", "LOC", "Europe", None)],
     ["short_name", "demonym", "region"]),
    ("Finland and Sweden joined NATO within a year of each other.",
     "2024-03-07",
     [("Finland", "COUNTRY", "FIN"), ("Sweden", "COUNTRY", "SWE"), ("NATO", "ORG", "NATO", None)],
     ["short_name", "org"]),
    ("Danish and Icelandic officials met in Reykjavik to discuss security in the Arctic.",
     "2025-03-12",
     [("Danish", "COUNTRY", "DNK"), ("Icelandic", "COUNTRY", "ISL"), ("Reykjavik", "LOC", "Reykjavík", "ISL"),
      ("Arctic", "LOC", "Arctic", None)],
     ["demonym", "capital_place", "region"]),
    ("Portugal and Spain are still investigating the causes of the blackout that hit the Iberian Peninsula.",
     "2025-04-30",
     [("Portugal", "COUNTRY", "PRT"), ("Spain", "COUNTRY", "ESP"), ("Iberian Peninsula", "LOC", "Iberian Peninsula", None)],
     ["short_name", "region"]),
    ("Austria, Ireland, Malta and Cyprus remain outside NATO although they belong to the EU.",
     "2024-07-09",
     [("Austria", "COUNTRY", "AUT"), ("Ireland", "COUNTRY", "IRL"), ("Malta", "COUNTRY", "MLT"), ("Cyprus", "COUNTRY", "CYP"),
      ("NATO", "ORG", "NATO", None), ("EU", "ORG", "EU", None)],
     ["short_name", "small_state", "org"]),
    ("The meeting of small European states brought together Andorra, Monaco, San Marino and Liechtenstein.",
     "2024-10-17",
     [("Andorra", "COUNTRY", "AND"), ("Monaco", "COUNTRY", "MCO"), ("San Marino", "COUNTRY", "SMR"),
      ("Liechtenstein", "COUNTRY", "LIE")],
     ["small_state", "short_name", "no_geo"]),
    ("Luxembourg pledged to raise its defence spending sharply over the next decade.",
     "2025-06-25",
     [("Luxembourg", "COUNTRY", "LUX")],
     ["small_state", "short_name"]),
    ("The Vatican and China renewed their provisional agreement on the appointment of bishops.",
     "2024-10-22",
     [("Vatican", "COUNTRY", "VAT"), ("China", "COUNTRY", "CHN")],
     ["small_state", "alt_name", "article"]),
    ("Hungary and Slovakia continued to import Russian oil by pipeline.",
     "2024-08-01",
     [("Hungary", "COUNTRY", "HUN"), ("Slovakia", "COUNTRY", "SVK"), ("Russian", "COUNTRY", "RUS")],
     ["short_name", "demonym"]),
    ("Romania and Bulgaria lifted land border checks with the rest of the EU on 1 January.",
     "2025-01-01",
     [("Romania", "COUNTRY", "ROU"), ("Bulgaria", "COUNTRY", "BGR"), ("EU", "ORG", "EU", None)],
     ["short_name", "org"]),
    ("Croatia, Bosnia and Herzegovina and Montenegro signed a memorandum on a new coastal highway.",
     "2024-09-26",
     [("Croatia", "COUNTRY", "HRV"), ("Bosnia and Herzegovina", "COUNTRY", "BIH"), ("Montenegro", "COUNTRY", "MNE")],
     ["short_name"]),
    ("North Macedonia and Albania opened accession negotiations with the EU.",
     "2022-07-19",
     [("North Macedonia", "COUNTRY", "MKD"), ("Albania", "COUNTRY", "ALB"), ("EU", "ORG", "EU", None)],
     ["short_name", "org"]),
    ("Slovenian and Croatian police began joint patrols along the border.",
     "2023-10-23",
     [("Slovenian", "COUNTRY", "SVN"), ("Croatian", "COUNTRY", "HRV")],
     ["demonym"]),
    ("Moldova accused Moscow of stirring up unrest in Transnistria and Gagauzia.",
     "2024-02-29",
     [("Moldova", "COUNTRY", "MDA"), ("Moscow", "COUNTRY", "RUS"), ("Transnistria", "LOC", "Transnistria", "MDA"),
      ("Gagauzia", "LOC", "Gagauzia", "MDA")],
     ["short_name", "capital_metonymy", "region"]),
    ("Opposition supporters marched through the centre of Chisinau on the eve of the vote.",
     "2024-10-19",
     [("Chisinau", "LOC", "Chisinau", "MDA")],
     ["capital_place"]),
    ("Belarusian President Alexander Lukashenko hosted Vladimir Putin in Minsk.",
     "2024-12-06",
     [("Belarusian", "COUNTRY", "BLR"),
      ("Alexander Lukashenko", "LEADER", "Alexander Lukashenko", "BLR", "president"),
      ("Vladimir Putin", "LEADER", "Vladimir Putin", "RUS", "president"), ("Minsk", "LOC", "Minsk", "BLR")],
     ["demonym", "leader", "capital_place"]),
    ("Bangladesh and Nepal signed a deal to trade hydropower through India's grid.",
     "2024-10-03",
     [("Bangladesh", "COUNTRY", "BGD"), ("Nepal", "COUNTRY", "NPL"), ("India", "COUNTRY", "IND")],
     ["short_name", "possessive"]),
    ("Sri Lanka and the Maldives both sought currency swaps from India to shore up their reserves.",
     "2024-06-19",
     [("Sri Lanka", "COUNTRY", "LKA"), ("Maldives", "COUNTRY", "MDV"), ("India", "COUNTRY", "IND")],
     ["short_name", "article", "small_state"]),
    ("Thailand and Cambodia agreed to a ceasefire after five days of fighting, in talks hosted by Malaysia.",
     "2025-07-28",
     [("Thailand", "COUNTRY", "THA"), ("Cambodia", "COUNTRY", "KHM"), ("Malaysia", "COUNTRY", "MYS")],
     ["short_name"]),
    ("Vietnamese and Philippine coast guards held their first joint exercise in Manila Bay.",
     "2024-08-09",
     [("Vietnamese", "COUNTRY", "VNM"), ("Philippine", "COUNTRY", "PHL"), ("Manila Bay", "LOC", "Manila Bay", "PHL")],
     ["demonym", "sea"]),
    ("Brunei and Malaysia agreed to speed up the demarcation of their land border on Borneo.",
     "2024-08-05",
     [("Brunei", "COUNTRY", "BRN"), ("Malaysia", "COUNTRY", "MYS"), ("Borneo", "LOC", "Borneo", None)],
     ["short_name", "small_state", "region"]),
    ("Lebanon and Syria agreed to demarcate their border, Saudi officials said after hosting the talks in Jeddah.",
     "2025-03-28",
     [("Lebanon", "COUNTRY", "LBN"), ("Syria", "COUNTRY", "SYR"), ("Saudi", "COUNTRY", "SAU"),
      ("Jeddah", "LOC", "Jeddah", "SAU")],
     ["short_name", "demonym", "city"]),
    ("Iraq and Türkiye signed a framework deal on a trade route that would link the Persian Gulf to Europe.",
     "2024-04-22",
     [("Iraq", "COUNTRY", "IRQ"), ("Türkiye", "COUNTRY", "TUR"), ("Persian Gulf", "LOC", "Persian Gulf", None),
      ("Europe", "LOC", "Europe", None)],
     ["short_name", "alt_name", "sea", "region"]),
    ("Shares fell in Mumbai and Karachi as the crisis escalated.",
     "2025-05-07",
     [("Mumbai", "LOC", "Mumbai", "IND"), ("Karachi", "LOC", "Karachi", "PAK")],
     ["city"]),
    ("A Chinese delegation arrived in St. Petersburg for the economic forum.",
     "2025-06-17",
     [("Chinese", "COUNTRY", "CHN"), ("St. Petersburg", "LOC", "Saint Petersburg", "RUS")],
     ["demonym", "city"]),
    ("The siege of Leningrad was lifted after nearly 900 days.",
     "1944-01-27",
     [("Leningrad", "LOC", "Saint Petersburg", "RUS")],
     ["historical_name", "city"]),
    ("The USA and Canada will co-host the World Cup with Mexico.",
     "2024-06-11",
     [("USA", "COUNTRY", "USA"), ("Canada", "COUNTRY", "CAN"), ("Mexico", "COUNTRY", "MEX")],
     ["alt_name", "article", "short_name"]),
    ("The United Kingdom and Norway signed an agreement on carbon storage under the North Sea.",
     "2024-04-29",
     [("United Kingdom", "COUNTRY", "GBR"), ("Norway", "COUNTRY", "NOR"), ("North Sea", "LOC", "North Sea", None)],
     ["short_name", "article", "sea"]),
    ("Washington's decision to pause some arms deliveries worried European capitals.",
     "2025-07-02",
     [("Washington", "COUNTRY", "USA")],
     ["capital_metonymy", "possessive", "no_geo"]),
    ("The Islamic Republic of Iran rejected the IAEA resolution as politically motivated.",
     "2024-11-21",
     [("Islamic Republic of Iran", "COUNTRY", "IRN"), ("IAEA", "ORG", "IAEA", None)],
     ["official_name", "article", "org"]),
    ("The Federal Republic of Germany and the Kingdom of the Netherlands signed a joint declaration on hydrogen pipelines.",
     "2024-06-06",
     [("Federal Republic of Germany", "COUNTRY", "DEU"), ("Kingdom of the Netherlands", "COUNTRY", "NLD")],
     ["official_name", "article"]),
    ("The Government of the Republic of Azerbaijan and the Government of Georgia signed the agreement in Bucharest, together with Romania and Hungary.",
     "2022-12-17",
     [("Republic of Azerbaijan", "COUNTRY", "AZE"), ("Georgia", "COUNTRY", "GEO"), ("Bucharest", "LOC", "Bucharest", "ROU"),
      ("Romania", "COUNTRY", "ROU"), ("Hungary", "COUNTRY", "HUN")],
     ["government_noun", "official_name", "homonym", "capital_place"]),
    ("Azerbaijan Airlines suspended flights to several Russian cities after the crash.",
     "2024-12-27",
     [("Azerbaijan Airlines", "ORG", "AZAL", "AZE"), ("Russian", "COUNTRY", "RUS")],
     ["org_contains_name", "demonym"]),
    ("An Air India flight bound for London crashed shortly after take-off from Ahmedabad.",
     "2025-06-12",
     [("Air India", "ORG", "Air India", "IND"), ("London", "LOC", "London", "GBR"), ("Ahmedabad", "LOC", "Ahmedabad", "IND")],
     ["org_contains_name", "capital_place", "city"]),
    ("Researchers at the National University of Singapore and the University of Tokyo published a joint study on sea-level rise.",
     "2024-05-15",
     [("National University of Singapore", "ORG", "National University of Singapore", "SGP"),
      ("University of Tokyo", "ORG", "University of Tokyo", "JPN")],
     ["org_contains_name"]),
    ("The Bank of England held interest rates as UK inflation stayed above target.",
     "2024-06-20",
     [("Bank of England", "ORG", "Bank of England", "GBR"), ("UK", "COUNTRY", "GBR")],
     ["org_contains_name", "alt_name"]),
    ("Critics said the residents of the district were being used as guinea pigs for the new policy.",
     "2024-09-03",
     [],
     ["common_noun"]),
    ("Guests were served roast turkey on fine china at the reception in Ankara.",
     "2024-11-28",
     [("Ankara", "LOC", "Ankara", "TUR")],
     ["common_noun", "capital_place"]),
    ("The Dutch go to the polls on Wednesday in a snap general election.",
     "2023-11-21",
     [("Dutch", "COUNTRY", "NLD")],
     ["demonym_plural"]),
    ("Emiratis make up only about a tenth of the UAE's population.",
     "2024-01-10",
     [("Emiratis", "COUNTRY", "ARE"), ("UAE", "COUNTRY", "ARE")],
     ["demonym_plural", "alt_name", "possessive"]),
    ("The Swiss will vote on the initiative again in June.",
     "2024-03-04",
     [("Swiss", "COUNTRY", "CHE")],
     ["demonym_plural"]),
    ("Kazakh oil reaches the Black Sea through a pipeline across southern Russia.",
     "2024-08-27",
     [("Kazakh", "COUNTRY", "KAZ"), ("Black Sea", "LOC", "Black Sea", None), ("Russia", "COUNTRY", "RUS")],
     ["demonym", "sea", "short_name"]),
    ("Soviet and American negotiators met in Geneva for the first summit in six years.",
     "1985-11-19",
     [("Soviet", "COUNTRY", "SUN"), ("American", "COUNTRY", "USA"), ("Geneva", "LOC", "Geneva", "CHE")],
     ["former_state", "demonym", "city"]),
    ("East German border guards opened the gates late in the evening as the crowds grew.",
     "1989-11-09",
     [("East German", "COUNTRY", "DDR")],
     ["former_state", "demonym"]),
    ("Former Japanese Prime Minister Shinzo Abe was shot during a campaign speech.",
     "2022-07-08",
     [("Japanese", "COUNTRY", "JPN"), ("Shinzo Abe", "PERSON", "Shinzo Abe")],
     ["demonym", "person"]),
    ("Former German Chancellor Angela Merkel presented her memoirs in Berlin.",
     "2024-11-26",
     [("German", "COUNTRY", "DEU"), ("Angela Merkel", "PERSON", "Angela Merkel"), ("Berlin", "LOC", "Berlin", "DEU")],
     ["demonym", "person", "capital_place"]),
    ("Turkish President Recep Tayyip Erdoğan hosted Azerbaijani President Ilham Aliyev in Ankara.",
     "2025-02-04",
     [("Turkish", "COUNTRY", "TUR"), ("Recep Tayyip Erdoğan", "LEADER", "Recep Tayyip Erdoğan", "TUR", "president"),
      ("Azerbaijani", "COUNTRY", "AZE"), ("Ilham Aliyev", "LEADER", "Ilham Aliyev", "AZE", "president"),
      ("Ankara", "LOC", "Ankara", "TUR")],
     ["demonym", "leader", "capital_place"]),
    ("Xi Jinping met Narendra Modi in Kazan on the sidelines of the BRICS summit.",
     "2024-10-23",
     [("Xi Jinping", "LEADER", "Xi Jinping", "CHN", "president"), ("Narendra Modi", "LEADER", "Narendra Modi", "IND", "prime minister"),
      ("Kazan", "LOC", "Kazan", "RUS"), ("BRICS", "ORG", "BRICS", None)],
     ["leader", "city", "org"]),
    ("Friedrich Merz travelled to Paris and Warsaw on his first full day as German chancellor.",
     "2025-05-07",
     [("Friedrich Merz", "LEADER", "Friedrich Merz", "DEU", "chancellor"), ("Paris", "LOC", "Paris", "FRA"),
      ("Warsaw", "LOC", "Warsaw", "POL"), ("German", "COUNTRY", "DEU")],
     ["leader", "capital_place", "demonym"]),
    ("The minister said the country's northern provinces needed more investment in roads and schools.",
     "2024-05-27",
     [],
     ["no_geo"]),
    ("China's trade with Central Asia grew by a quarter, with Uzbekistan and Kyrgyzstan the main beneficiaries.",
     "2024-01-18",
     [("China", "COUNTRY", "CHN"), ("Central Asia", "LOC", "Central Asia", None), ("Uzbekistan", "COUNTRY", "UZB"),
      ("Kyrgyzstan", "COUNTRY", "KGZ")],
     ["possessive", "region", "short_name"]),
    ("India and Pakistan both claim Kashmir in full but each controls only part of it.",
     "2025-05-10",
     [("India", "COUNTRY", "IND"), ("Pakistan", "COUNTRY", "PAK"), ("Kashmir", "LOC", "Kashmir", None)],
     ["short_name", "region"]),
    ("Ten years after Russia annexed Crimea, most UN members still do not recognise the move.",
     "2024-03-18",
     [("Russia", "COUNTRY", "RUS"), ("Crimea", "LOC", "Crimea", "UKR"), ("UN", "ORG", "UN", None)],
     ["short_name", "region", "org"]),
    ("Americans travelling to Cuba still need to fit one of twelve categories of authorised travel.",
     "2024-04-03",
     [("Americans", "COUNTRY", "USA"), ("Cuba", "COUNTRY", "CUB")],
     ["demonym_plural", "short_name"]),
]

# ---- END OF ITEMS ----


# ---------------------------------------------------------------------------------------
# building and validation
# ---------------------------------------------------------------------------------------
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class ItemError(ValueError):
    pass


def _parse_span(raw: tuple) -> dict:
    """Turn a span tuple into {surface, occurrence, label, kb_id[, country][, role]}."""
    parts = list(raw)
    occurrence = 1
    if isinstance(parts[-1], int) and not isinstance(parts[-1], bool):
        occurrence = parts.pop()
    if len(parts) < 3:
        raise ItemError(f"span {raw!r}: need at least (surface, label, kb_id)")
    surface, label, kb_id, *rest = parts
    if label not in LABELS:
        raise ItemError(f"span {raw!r}: unknown label {label!r}")
    if not isinstance(surface, str) or not surface or surface != surface.strip():
        raise ItemError(f"span {raw!r}: bad surface")
    if not isinstance(kb_id, str):
        raise ItemError(f"span {raw!r}: kb_id must be a string")
    if occurrence < 1:
        raise ItemError(f"span {raw!r}: occurrence must be >= 1")
    span = {"surface": surface, "occurrence": occurrence, "label": label, "kb_id": kb_id}
    if label in ("COUNTRY", "PERSON"):
        if rest not in ([], [None]):
            raise ItemError(f"span {raw!r}: {label} takes no country/role")
        if label == "COUNTRY" and kb_id not in AREA_OF:
            raise ItemError(f"span {raw!r}: unknown ISO3 {kb_id!r} (add it to AREAS)")
    elif label in ("LOC", "ORG"):
        if len(rest) != 1:
            raise ItemError(f"span {raw!r}: {label} needs (surface, label, kb_id, country)")
        span["country"] = rest[0]
    else:  # LEADER
        if len(rest) != 2 or not rest[1]:
            raise ItemError(f"span {raw!r}: LEADER needs (surface, label, full_name, country, role)")
        span["country"], span["role"] = rest
    if label in ("COUNTRY", "LOC", "LEADER") and not kb_id:
        raise ItemError(f"span {raw!r}: {label} needs a kb_id")
    if "country" in span and span["country"] is not None and span["country"] not in AREA_OF:
        raise ItemError(f"span {raw!r}: unknown ISO3 country {span['country']!r}")
    if label == "LEADER" and span["country"] is None:
        raise ItemError(f"span {raw!r}: LEADER needs a country")
    return span


def _aligned_occurrences(doc, surface: str) -> list[tuple[int, int]]:
    """Token-aligned (start, end) character offsets of ``surface`` in ``doc.text``."""
    found = []
    for m in re.finditer(re.escape(surface), doc.text):
        if doc.char_span(m.start(), m.end()) is not None:
            found.append((m.start(), m.end()))
    return found


def build(items: list[tuple]) -> list[dict]:
    import spacy

    nlp = spacy.blank("en")
    records, errors, seen_texts = [], [], {}
    for n, item in enumerate(items, 1):
        iid = f"geo-{n:04d}"
        try:
            if len(item) != 4:
                raise ItemError("item must be (text, date, spans, tags)")
            text, date, raw_spans, tags = item
            if not isinstance(text, str) or text != text.strip() or "  " in text:
                raise ItemError("text must be a stripped string without double spaces")
            if text in seen_texts:
                raise ItemError(f"duplicate text (same as {seen_texts[text]})")
            seen_texts[text] = iid
            try:
                dt.date.fromisoformat(date)
            except (TypeError, ValueError):
                raise ItemError(f"bad date {date!r}") from None
            if not tags:
                raise ItemError("at least one tag needed")
            unknown = [t for t in tags if t not in TAGS]
            if unknown or len(set(tags)) != len(tags):
                raise ItemError(f"unknown or repeated tags {tags!r}")
            doc = nlp(text)
            spans = []
            for raw in raw_spans:
                span = _parse_span(raw)
                occ = _aligned_occurrences(doc, span["surface"])
                if len(occ) < span["occurrence"]:
                    raise ItemError(
                        f"{span['surface']!r}: occurrence {span['occurrence']} not found on token "
                        f"boundaries (found {len(occ)})")
                span["start"], span["end"] = occ[span["occurrence"] - 1]
                spans.append(span)
            spans.sort(key=lambda s: (s["start"], s["end"]))
            for a, b in zip(spans, spans[1:]):
                if b["start"] < a["end"]:
                    raise ItemError(f"overlapping spans {a['surface']!r} and {b['surface']!r}")
            # every other aligned occurrence of a labelled surface must be covered by a span
            for span in spans:
                for s, e in _aligned_occurrences(doc, span["surface"]):
                    if not any(o["start"] <= s and e <= o["end"] for o in spans):
                        raise ItemError(f"{span['surface']!r} at {s} is not labelled "
                                        "(give each occurrence its own span)")
            for span in spans:
                assert doc.char_span(span["start"], span["end"]) is not None
                assert text[span["start"]:span["end"]] == span["surface"]
            # automatic area tags from the states and places mentioned
            areas = set()
            for span in spans:
                code = span["kb_id"] if span["label"] == "COUNTRY" else span.get("country")
                if code:
                    areas.add("area_" + AREA_OF[code])
            out_spans = []
            for span in spans:
                out = {"start": span["start"], "end": span["end"], "label": span["label"],
                       "kb_id": span["kb_id"]}
                if "country" in span:
                    out["country"] = span["country"]
                if "role" in span:
                    out["role"] = span["role"]
                out_spans.append(out)
            records.append({"id": iid, "text": text, "date": date, "spans": out_spans,
                            "tags": list(tags) + sorted(areas)})
        except ItemError as exc:
            errors.append(f"{iid} ({str(item[0])[:50]!r}...): {exc}")
    if errors:
        raise SystemExit("invalid items:\n  " + "\n  ".join(errors))
    return records


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> str:
    labels = collections.Counter(s["label"] for r in records for s in r["spans"])
    tags = collections.Counter(t for r in records for t in r["tags"])
    states = sorted({s["kb_id"] for r in records for s in r["spans"] if s["label"] == "COUNTRY"})
    lines = [f"items: {len(records)}   spans: {sum(labels.values())}",
             "labels: " + ", ".join(f"{k}={labels[k]}" for k in LABELS),
             f"distinct COUNTRY kb_ids: {len(states)}",
             "tags: " + ", ".join(f"{k}={v}" for k, v in sorted(tags.items()))]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and compare with the file on disk; write nothing")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args(argv)
    records = build(ITEMS)
    text = dumps(records)
    if args.check:
        on_disk = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        print(summary(records))
        if on_disk != text:
            print(f"{args.output} is out of date; run without --check", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(summary(records))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
