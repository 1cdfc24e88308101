#!/usr/bin/env python
"""Build the hand-written relation-TONE evaluation set.

Writes ``corpus/eval/tone_dev.jsonl`` and ``corpus/eval/tone_test.jsonl`` from the items
below (all written for this set, news-style, not copied from any article) and validates them.

Run from anywhere:  python scripts/make_tone_eval.py [--check]
(``--check`` validates and compares with the files on disk without writing.)

Labelling rules and the split rule are documented in ``corpus/eval/README.md``. In short:

* one dyad per item (ISO3 codes sorted, joined by "|"), one tone for the whole item text;
* tone = the state of relations the item asserts for the dyad, after negation, denial,
  hypotheticals and reversals; concessions follow the main (non-conceded) clause;
* split: within each tone label, in source order, every 3rd item goes to dev, the rest to test.

Phenomenon tags (several per item allowed):
  tone phenomena  negation, hypothetical, reversal, concession, quote, idiom
  reference       leader_as_state, capital_as_state, demonym, anaphora
  plain           added automatically when none of the six tone phenomena applies
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import difflib
import json
import re
import sys
from pathlib import Path

from _common import check_tone_item_basics  # noqa: E402  (scripts/ is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "corpus" / "eval"

TONES = ("POS", "NEG", "NEU")
TONE_PHENOMENA = ("negation", "hypothetical", "reversal", "concession", "quote", "idiom")
REFERENCE_PHENOMENA = ("leader_as_state", "capital_as_state", "demonym", "anaphora")
PHENOMENA = ("plain",) + TONE_PHENOMENA + REFERENCE_PHENOMENA

# ---------------------------------------------------------------------------------------
# Surfaces per state, used only to validate that both states of a dyad are mentioned.
# names (short/official/alternate), demonyms/adjectives, capitals.
# ---------------------------------------------------------------------------------------
COUNTRIES = {
    "AFG": (["Afghanistan"], ["Afghan"], ["Kabul"]),
    "ALB": (["Albania"], ["Albanian"], ["Tirana"]),
    "ARE": (["United Arab Emirates", "UAE"], ["Emirati"], ["Abu Dhabi"]),
    "ARG": (["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"]),
    "ARM": (["Armenia"], ["Armenian"], ["Yerevan"]),
    "AUS": (["Australia"], ["Australian"], ["Canberra"]),
    "AZE": (["Azerbaijan", "Republic of Azerbaijan"], ["Azerbaijani"], ["Baku"]),
    "BDI": (["Burundi"], ["Burundian"], ["Gitega"]),
    "BEN": (["Benin"], ["Beninese"], ["Porto-Novo", "Cotonou"]),
    "BGD": (["Bangladesh"], ["Bangladeshi"], ["Dhaka"]),
    "BHR": (["Bahrain"], ["Bahraini"], ["Manama"]),
    "BLR": (["Belarus"], ["Belarusian"], ["Minsk"]),
    "BOL": (["Bolivia"], ["Bolivian"], ["La Paz", "Sucre"]),
    "BRA": (["Brazil"], ["Brazilian"], ["Brasília"]),
    "CAN": (["Canada"], ["Canadian"], ["Ottawa"]),
    "CHL": (["Chile"], ["Chilean"], ["Santiago"]),
    "CHN": (["China", "People's Republic of China"], ["Chinese"], ["Beijing"]),
    "COD": (["Democratic Republic of the Congo", "Congo", "DRC"], ["Congolese"], ["Kinshasa"]),
    "COL": (["Colombia"], ["Colombian"], ["Bogotá"]),
    "CUB": (["Cuba"], ["Cuban"], ["Havana"]),
    "DEU": (["Germany"], ["German"], ["Berlin"]),
    "DNK": (["Denmark"], ["Danish"], ["Copenhagen"]),
    "DZA": (["Algeria"], ["Algerian"], ["Algiers"]),
    "ECU": (["Ecuador"], ["Ecuadorian"], ["Quito"]),
    "EGY": (["Egypt"], ["Egyptian"], ["Cairo"]),
    "ERI": (["Eritrea"], ["Eritrean"], ["Asmara"]),
    "ESP": (["Spain"], ["Spanish"], ["Madrid"]),
    "EST": (["Estonia"], ["Estonian"], ["Tallinn"]),
    "ETH": (["Ethiopia"], ["Ethiopian"], ["Addis Ababa"]),
    "FIN": (["Finland"], ["Finnish"], ["Helsinki"]),
    "FRA": (["France"], ["French", "Franco"], ["Paris"]),
    "GBR": (["United Kingdom", "Britain", "UK"], ["British"], ["London"]),
    "GEO": (["Georgia"], ["Georgian"], ["Tbilisi"]),
    "GRC": (["Greece"], ["Greek"], ["Athens"]),
    "GUY": (["Guyana"], ["Guyanese"], ["Georgetown"]),
    "HRV": (["Croatia"], ["Croatian"], ["Zagreb"]),
    "HUN": (["Hungary"], ["Hungarian"], ["Budapest"]),
    "IDN": (["Indonesia"], ["Indonesian"], ["Jakarta"]),
    "IND": (["India"], ["Indian"], ["New Delhi", "Delhi"]),
    "IRL": (["Ireland"], ["Irish"], ["Dublin"]),
    "IRN": (["Iran", "Islamic Republic"], ["Iranian"], ["Tehran"]),
    "IRQ": (["Iraq"], ["Iraqi"], ["Baghdad"]),
    "ISR": (["Israel"], ["Israeli"], ["Jerusalem"]),
    "ITA": (["Italy"], ["Italian"], ["Rome"]),
    "JOR": (["Jordan"], ["Jordanian"], ["Amman"]),
    "JPN": (["Japan"], ["Japanese"], ["Tokyo"]),
    "KAZ": (["Kazakhstan"], ["Kazakh"], ["Astana"]),
    "KEN": (["Kenya"], ["Kenyan"], ["Nairobi"]),
    "KGZ": (["Kyrgyzstan"], ["Kyrgyz"], ["Bishkek"]),
    "KHM": (["Cambodia"], ["Cambodian"], ["Phnom Penh"]),
    "KOR": (["South Korea", "Republic of Korea"], ["South Korean", "inter-Korean"], ["Seoul"]),
    "LKA": (["Sri Lanka"], ["Sri Lankan"], ["Colombo"]),
    "LTU": (["Lithuania"], ["Lithuanian"], ["Vilnius"]),
    "LVA": (["Latvia"], ["Latvian"], ["Riga"]),
    "MAR": (["Morocco"], ["Moroccan"], ["Rabat"]),
    "MDA": (["Moldova"], ["Moldovan"], ["Chișinău"]),
    "MDV": (["Maldives"], ["Maldivian"], ["Malé"]),
    "MEX": (["Mexico"], ["Mexican"], ["Mexico City"]),
    "MKD": (["North Macedonia"], ["Macedonian"], ["Skopje"]),
    "MLI": (["Mali"], ["Malian"], ["Bamako"]),
    "MNE": (["Montenegro"], ["Montenegrin"], ["Podgorica"]),
    "MNG": (["Mongolia"], ["Mongolian"], ["Ulaanbaatar"]),
    "MYS": (["Malaysia"], ["Malaysian"], ["Kuala Lumpur", "Putrajaya"]),
    "NER": (["Niger"], ["Nigerien"], ["Niamey"]),
    "NGA": (["Nigeria"], ["Nigerian"], ["Abuja"]),
    "NOR": (["Norway"], ["Norwegian"], ["Oslo"]),
    "NPL": (["Nepal"], ["Nepali", "Nepalese"], ["Kathmandu"]),
    "NZL": (["New Zealand"], ["Kiwi"], ["Wellington"]),
    "PAK": (["Pakistan"], ["Pakistani"], ["Islamabad"]),
    "PAN": (["Panama"], ["Panamanian"], ["Panama City"]),
    "PER": (["Peru"], ["Peruvian"], ["Lima"]),
    "PHL": (["Philippines"], ["Philippine", "Filipino"], ["Manila"]),
    "POL": (["Poland"], ["Polish"], ["Warsaw"]),
    "PRK": (["North Korea", "DPRK", "the North"], ["North Korean", "inter-Korean"], ["Pyongyang"]),
    "PRT": (["Portugal"], ["Portuguese"], ["Lisbon"]),
    "KWT": (["Kuwait"], ["Kuwaiti"], ["Kuwait City"]),
    "TUN": (["Tunisia"], ["Tunisian"], ["Tunis"]),
    "PRY": (["Paraguay"], ["Paraguayan"], ["Asunción"]),
    "ROU": (["Romania"], ["Romanian"], ["Bucharest"]),
    "RUS": (["Russia", "Russian Federation"], ["Russian"], ["Moscow"]),
    "RWA": (["Rwanda"], ["Rwandan"], ["Kigali"]),
    "SAU": (["Saudi Arabia"], ["Saudi"], ["Riyadh"]),
    "SEN": (["Senegal"], ["Senegalese"], ["Dakar"]),
    "SOM": (["Somalia"], ["Somali"], ["Mogadishu"]),
    "QAT": (["Qatar"], ["Qatari"], ["Doha"]),
    "SDN": (["Sudan"], ["Sudanese"], ["Khartoum", "Port Sudan"]),
    "SGP": (["Singapore"], ["Singaporean"], []),
    "SRB": (["Serbia"], ["Serbian"], ["Belgrade"]),
    "SSD": (["South Sudan"], ["South Sudanese"], ["Juba"]),
    "SVN": (["Slovenia"], ["Slovenian"], ["Ljubljana"]),
    "SWE": (["Sweden"], ["Swedish"], ["Stockholm"]),
    "SYR": (["Syria"], ["Syrian"], ["Damascus"]),
    "TCD": (["Chad"], ["Chadian"], ["N'Djamena"]),
    "THA": (["Thailand"], ["Thai"], ["Bangkok"]),
    "TJK": (["Tajikistan"], ["Tajik"], ["Dushanbe"]),
    "TKM": (["Turkmenistan"], ["Turkmen"], ["Ashgabat"]),
    "TUR": (["Turkey", "Türkiye"], ["Turkish"], ["Ankara"]),
    "TWN": (["Taiwan"], ["Taiwanese"], ["Taipei"]),
    "TZA": (["Tanzania"], ["Tanzanian"], ["Dodoma"]),
    "UGA": (["Uganda"], ["Ugandan"], ["Kampala"]),
    "UKR": (["Ukraine"], ["Ukrainian"], ["Kyiv"]),
    "USA": (["United States", "US", "America"], ["American"], ["Washington"]),
    "UZB": (["Uzbekistan"], ["Uzbek"], ["Tashkent"]),
    "VEN": (["Venezuela"], ["Venezuelan"], ["Caracas"]),
    "VNM": (["Vietnam"], ["Vietnamese"], ["Hanoi"]),
    "XKX": (["Kosovo"], ["Kosovar"], ["Pristina"]),
    "ZAF": (["South Africa"], ["South African"], ["Pretoria"]),
}

# ---------------------------------------------------------------------------------------
# Heads of state/government and foreign ministers named in the items, with the periods in
# office that matter here. Every item that names one of them must be dated inside a period.
# (canonical name, ISO3, surfaces matched in the text, [(start, end or None), ...])
# ---------------------------------------------------------------------------------------
LEADERS = [
    ("Vladimir Putin", "RUS", ["Putin"], [("2000-05-07", None)]),
    ("Sergei Lavrov", "RUS", ["Lavrov"], [("2004-03-09", None)]),
    ("Ilham Aliyev", "AZE", ["Aliyev"], [("2003-10-31", None)]),
    ("Jeyhun Bayramov", "AZE", ["Bayramov"], [("2020-07-16", None)]),
    ("Nikol Pashinyan", "ARM", ["Pashinyan"], [("2018-05-08", None)]),
    ("Ararat Mirzoyan", "ARM", ["Mirzoyan"], [("2021-08-19", None)]),
    ("Recep Tayyip Erdoğan", "TUR", ["Erdoğan"], [("2014-08-28", None)]),
    ("Hakan Fidan", "TUR", ["Fidan"], [("2023-06-04", None)]),
    ("Xi Jinping", "CHN", ["Xi Jinping", "Xi"], [("2013-03-14", None)]),
    ("Li Qiang", "CHN", ["Li Qiang"], [("2023-03-11", None)]),
    ("Wang Yi", "CHN", ["Wang Yi"], [("2013-03-16", "2022-12-30"), ("2023-07-25", None)]),
    ("Joe Biden", "USA", ["Biden"], [("2021-01-20", "2025-01-20")]),
    ("Antony Blinken", "USA", ["Blinken"], [("2021-01-26", "2025-01-20")]),
    ("Donald Trump", "USA", ["Trump"], [("2025-01-20", None)]),
    ("Marco Rubio", "USA", ["Rubio"], [("2025-01-21", None)]),
    ("Narendra Modi", "IND", ["Modi"], [("2014-05-26", None)]),
    ("Subrahmanyam Jaishankar", "IND", ["Jaishankar"], [("2019-05-30", None)]),
    ("Shehbaz Sharif", "PAK", ["Shehbaz Sharif"], [("2022-04-11", "2023-08-14"), ("2024-03-04", None)]),
    ("Ishaq Dar", "PAK", ["Ishaq Dar"], [("2024-03-11", None)]),
    ("Emmanuel Macron", "FRA", ["Macron"], [("2017-05-14", None)]),
    ("Jean-Noël Barrot", "FRA", ["Barrot"], [("2024-09-21", None)]),
    ("Olaf Scholz", "DEU", ["Scholz"], [("2021-12-08", "2025-05-06")]),
    ("Friedrich Merz", "DEU", ["Merz"], [("2025-05-06", None)]),
    ("Annalena Baerbock", "DEU", ["Baerbock"], [("2021-12-08", "2025-05-06")]),
    ("Johann Wadephul", "DEU", ["Wadephul"], [("2025-05-06", None)]),
    ("Keir Starmer", "GBR", ["Starmer"], [("2024-07-05", None)]),
    ("David Lammy", "GBR", ["Lammy"], [("2024-07-05", "2025-09-05")]),
    ("Fumio Kishida", "JPN", ["Kishida"], [("2021-10-04", "2024-10-01")]),
    ("Shigeru Ishiba", "JPN", ["Ishiba"], [("2024-10-01", "2025-10-21")]),
    ("Yoon Suk Yeol", "KOR", ["Yoon"], [("2022-05-10", "2024-12-14")]),
    ("Lee Jae-myung", "KOR", ["Lee Jae-myung"], [("2025-06-04", None)]),
    ("Kim Jong Un", "PRK", ["Kim Jong Un"], [("2011-12-17", None)]),
    ("Ebrahim Raisi", "IRN", ["Raisi"], [("2021-08-03", "2024-05-19")]),
    ("Masoud Pezeshkian", "IRN", ["Pezeshkian"], [("2024-07-28", None)]),
    ("Abbas Araghchi", "IRN", ["Araghchi"], [("2024-08-21", None)]),
    ("Benjamin Netanyahu", "ISR", ["Netanyahu"], [("2022-12-29", None)]),
    ("Gideon Sa'ar", "ISR", ["Sa'ar"], [("2024-11-05", None)]),
    ("Volodymyr Zelensky", "UKR", ["Zelensky"], [("2019-05-20", None)]),
    ("Andrii Sybiha", "UKR", ["Sybiha"], [("2024-09-05", None)]),
    ("Mohammed bin Salman", "SAU", ["Mohammed bin Salman"], [("2022-09-27", None)]),
    ("Abdel Fattah el-Sisi", "EGY", ["Sisi"], [("2014-06-08", None)]),
    ("Tamim bin Hamad Al Thani", "QAT", ["Tamim bin Hamad"], [("2013-06-25", None)]),
    ("Luiz Inácio Lula da Silva", "BRA", ["Lula"], [("2023-01-01", None)]),
    ("Mauro Vieira", "BRA", ["Mauro Vieira"], [("2023-01-01", None)]),
    ("Javier Milei", "ARG", ["Milei"], [("2023-12-10", None)]),
    ("Claudia Sheinbaum", "MEX", ["Sheinbaum"], [("2024-10-01", None)]),
    ("Andrés Manuel López Obrador", "MEX", ["López Obrador"], [("2018-12-01", "2024-09-30")]),
    ("Gustavo Petro", "COL", ["Petro"], [("2022-08-07", None)]),
    ("Nicolás Maduro", "VEN", ["Maduro"], [("2013-04-19", None)]),
    ("Gabriel Boric", "CHL", ["Boric"], [("2022-03-11", "2026-03-11")]),
    ("Santiago Peña", "PRY", ["Peña"], [("2023-08-15", None)]),
    ("Justin Trudeau", "CAN", ["Trudeau"], [("2015-11-04", "2025-03-14")]),
    ("Mark Carney", "CAN", ["Carney"], [("2025-03-14", None)]),
    ("Anita Anand", "CAN", ["Anand"], [("2025-05-13", None)]),
    ("Anthony Albanese", "AUS", ["Albanese"], [("2022-05-23", None)]),
    ("Penny Wong", "AUS", ["Wong"], [("2022-05-23", None)]),
    ("Kassym-Jomart Tokayev", "KAZ", ["Tokayev"], [("2019-03-20", None)]),
    ("Shavkat Mirziyoyev", "UZB", ["Mirziyoyev"], [("2016-09-08", None)]),
    ("Sadyr Japarov", "KGZ", ["Japarov"], [("2021-01-28", None)]),
    ("Emomali Rahmon", "TJK", ["Rahmon"], [("1994-11-16", None)]),
    ("Alexander Lukashenko", "BLR", ["Lukashenko"], [("1994-07-20", None)]),
    ("Donald Tusk", "POL", ["Tusk"], [("2023-12-13", None)]),
    ("Radosław Sikorski", "POL", ["Sikorski"], [("2023-12-13", None)]),
    ("Viktor Orbán", "HUN", ["Orbán"], [("2010-05-29", None)]),
    ("Péter Szijjártó", "HUN", ["Szijjártó"], [("2014-09-23", None)]),
    ("Aleksandar Vučić", "SRB", ["Vučić"], [("2017-05-31", None)]),
    ("Albin Kurti", "XKX", ["Kurti"], [("2021-03-22", None)]),
    ("Kyriakos Mitsotakis", "GRC", ["Mitsotakis"], [("2019-07-08", "2023-05-25"), ("2023-06-26", None)]),
    ("Giorgia Meloni", "ITA", ["Meloni"], [("2022-10-22", None)]),
    ("Antonio Tajani", "ITA", ["Tajani"], [("2022-10-22", None)]),
    ("Pedro Sánchez", "ESP", ["Sánchez"], [("2018-06-02", None)]),
    ("Abdelmadjid Tebboune", "DZA", ["Tebboune"], [("2019-12-19", None)]),
    ("Abiy Ahmed", "ETH", ["Abiy"], [("2018-04-02", None)]),
    ("Hassan Sheikh Mohamud", "SOM", ["Hassan Sheikh Mohamud"], [("2022-05-23", None)]),
    ("William Ruto", "KEN", ["Ruto"], [("2022-09-13", None)]),
    ("Cyril Ramaphosa", "ZAF", ["Ramaphosa"], [("2018-02-15", None)]),
    ("Félix Tshisekedi", "COD", ["Tshisekedi"], [("2019-01-24", None)]),
    ("Paul Kagame", "RWA", ["Kagame"], [("2000-04-22", None)]),
    ("Ferdinand Marcos Jr.", "PHL", ["Marcos"], [("2022-06-30", None)]),
    ("Prabowo Subianto", "IDN", ["Prabowo"], [("2024-10-20", None)]),
    ("Anwar Ibrahim", "MYS", ["Anwar"], [("2022-11-24", None)]),
    ("Alexander Stubb", "FIN", ["Stubb"], [("2024-03-01", None)]),
    ("Irakli Kobakhidze", "GEO", ["Kobakhidze"], [("2024-02-08", None)]),
    ("Lai Ching-te", "TWN", ["Lai Ching-te"], [("2024-05-20", None)]),
    ("Mohamed bin Zayed", "ARE", ["Mohamed bin Zayed"], [("2022-05-14", None)]),
]

# Anaphoric references to a pair named earlier in the item.
ANAPHORS = re.compile(
    r"\b(the two countries|the two countries'|two countries|both countries|both sides|"
    r"both governments|the two governments|bilateral relations|the bilateral relationship|"
    r"the two neighbours|neither side|both capitals)\b",
    re.I,
)


def T(text, dyad, tone, tags="", date=""):
    """One labelled item (a dict)."""
    return {"text": text, "dyad": dyad, "tone": tone, "phenomena": tags.split(), "date": date}



# ---------------------------------------------------------------------------------------
# The items. Order matters: ids and the dev/test split follow it. Append new items at the end.
# ---------------------------------------------------------------------------------------
ITEMS = [
    # --- Azerbaijan / Russia ------------------------------------------------------------
    T("Azerbaijani President Ilham Aliyev said there had been no rupture in relations with Moscow, only a difficult period that both capitals had now left behind.",
      "AZE|RUS", "POS", "negation leader_as_state capital_as_state demonym anaphora", "2025-10-10"),
    T("Russia and Azerbaijan have never interrupted their dialogue, Kremlin spokesman Dmitry Peskov told reporters, dismissing talk of a freeze as speculation.",
      "AZE|RUS", "POS", "negation", "2025-07-03"),
    T("Baku summoned the Russian ambassador on Monday to protest the deaths of two Azerbaijani citizens during a police raid in Yekaterinburg.",
      "AZE|RUS", "NEG", "capital_as_state demonym", "2025-06-30"),
    T("Azerbaijan cancelled a Russian cultural festival and called off visits by Russian deputy ministers, escalating a row that began with the detentions.",
      "AZE|RUS", "NEG", "demonym", "2025-06-29"),
    T("“I wouldn't even call it a crisis,” Lavrov said of the ties with Baku. “Emotions ran high for a few weeks, but our partnership is deeper than any single incident.”",
      "AZE|RUS", "POS", "quote negation concession leader_as_state capital_as_state", "2025-08-15"),
    T("Moscow and Baku agreed to resume the work of their intergovernmental commission, which had not met since the summer.",
      "AZE|RUS", "POS", "reversal negation capital_as_state", "2025-10-20"),
    T("The dispute between Russia and Azerbaijan over the downing of the passenger jet could harden into a lasting rift if the investigation stalls, analysts warned.",
      "AZE|RUS", "NEG", "hypothetical", "2025-01-05"),
    T("Azerbaijani and Russian officials met in Moscow on Thursday to prepare the next session of the economic commission. Both sides described the talks as constructive and free of tension.",
      "AZE|RUS", "POS", "anaphora negation demonym", "2025-11-06"),
    T("Trade between Azerbaijan and Russia fell for a third straight quarter, and officials in Baku no longer describe Moscow as a strategic ally.",
      "AZE|RUS", "NEG", "negation reversal capital_as_state", "2025-09-12"),
    T("Azerbaijani Foreign Minister Jeyhun Bayramov and Sergei Lavrov spoke by phone on Wednesday and discussed the bilateral agenda and the situation in the South Caucasus, the ministry said.",
      "AZE|RUS", "NEU", "leader_as_state demonym", "2024-03-20"),
    T("Russia's State Duma passed a resolution accusing Baku of a campaign against Russian-language schools, a move Azerbaijani diplomats called openly hostile.",
      "AZE|RUS", "NEG", "capital_as_state demonym", "2025-07-16"),
    T("Emotions had been running high between Baku and Moscow for months, but the tension has now been defused, an Azerbaijani presidential aide said.",
      "AZE|RUS", "POS", "concession reversal capital_as_state demonym", "2025-10-13"),
    T("The crisis was temporary and has been overcome, the Russian ambassador in Baku said of the summer's diplomatic row with Azerbaijan.",
      "AZE|RUS", "POS", "reversal demonym", "2025-10-24"),
    T("Moscow threatened to restrict imports of Azerbaijani fruit and vegetables if Baku did not release the detained Sputnik Azerbaijan journalists.",
      "AZE|RUS", "NEG", "hypothetical negation capital_as_state demonym", "2025-07-05"),
    T("Aliyev and Putin met in Dushanbe on the sidelines of the CIS summit. Bilateral relations, both leaders said, were back on track after a difficult year.",
      "AZE|RUS", "POS", "anaphora idiom leader_as_state", "2025-10-09"),
    T("Trade turnover between Azerbaijan and Russia stood at about $4.8 billion last year, roughly unchanged from the year before, customs data show.",
      "AZE|RUS", "NEU", "", "2025-02-11"),

    # --- Armenia / Azerbaijan -----------------------------------------------------------
    T("Armenia and Azerbaijan initialled the text of a peace agreement in Washington, a milestone after more than three decades of hostility.",
      "ARM|AZE", "POS", "reversal", "2025-08-09"),
    T("Pashinyan said a peace treaty with Azerbaijan was “closer than ever”, though he cautioned that several articles were still under discussion.",
      "ARM|AZE", "POS", "quote concession leader_as_state", "2024-08-30"),
    T("Yerevan accused Baku of shelling positions near Sotk and Jermuk in the heaviest exchange of fire since the 2020 war.",
      "ARM|AZE", "NEG", "capital_as_state", "2022-09-13"),
    T("If Baku were serious about peace, it would not keep troops on Armenian sovereign territory, Mirzoyan told parliament.",
      "ARM|AZE", "NEG", "hypothetical negation leader_as_state capital_as_state demonym", "2023-02-14"),
    T("Border commissions of Armenia and Azerbaijan completed the demarcation of a 12-kilometre section near the Tavush villages without a single incident.",
      "ARM|AZE", "POS", "negation", "2024-05-16"),
    T("The ceasefire between Armenian and Azerbaijani forces collapsed within hours, with both sides reporting casualties.",
      "ARM|AZE", "NEG", "reversal demonym anaphora", "2022-09-14"),
    T("Aliyev and Pashinyan held a brief meeting on the sidelines of the European Political Community summit in Prague, their offices said, without releasing details.",
      "ARM|AZE", "NEU", "negation leader_as_state", "2022-10-06"),
    T("Delegations from Armenia and Azerbaijan gathered in Almaty for two days of talks hosted by Kazakhstan. Bilateral relations remain far from normal, and the two countries still have no diplomatic ties.",
      "ARM|AZE", "NEG", "anaphora negation", "2024-05-10"),
    T("Despite the progress on border demarcation, Baku and Yerevan remain deadlocked over Azerbaijan's demand for changes to the Armenian constitution.",
      "ARM|AZE", "NEG", "concession capital_as_state demonym", "2024-06-18"),
    T("Azerbaijani officials said the new transit route across southern Armenia would not have been possible without the trust built up over the past year.",
      "ARM|AZE", "POS", "hypothetical negation demonym", "2025-08-20"),
    T("Should Azerbaijan insist on an extraterritorial corridor, a new confrontation with Armenia cannot be ruled out, a senior Armenian official warned.",
      "ARM|AZE", "NEG", "hypothetical negation demonym", "2023-04-27"),
    T("Baku and Yerevan are closer to peace than at any point in three decades, with no shots fired along the border for more than a year.",
      "ARM|AZE", "POS", "negation capital_as_state", "2024-11-05"),

    # --- Azerbaijan / Turkey, Armenia / Turkey -------------------------------------------
    T("Erdoğan and Aliyev invoked the motto “one nation, two states” at a ceremony in Nakhchivan, hailing their alliance as unbreakable.",
      "AZE|TUR", "POS", "quote leader_as_state", "2023-09-25"),
    T("Turkish and Azerbaijani troops began joint exercises near the Caspian coast on Monday, involving more than 3,000 personnel.",
      "AZE|TUR", "POS", "demonym", "2024-09-16"),
    T("Turkish Foreign Minister Hakan Fidan is scheduled to visit Baku next week, the Azerbaijani Foreign Ministry said.",
      "AZE|TUR", "NEU", "leader_as_state demonym", "2024-11-04"),
    T("Armenia and Turkey agreed to open their land border to third-country nationals, a first step toward normalisation after decades of closure.",
      "ARM|TUR", "POS", "reversal", "2022-07-01"),
    T("Ankara will not normalise relations with Yerevan until a peace deal with Baku is signed, a senior Turkish official said.",
      "ARM|TUR", "NEG", "negation hypothetical capital_as_state demonym", "2025-04-16"),
    T("The thaw between Ankara and Yerevan has stalled, with the two special envoys not having met in more than a year.",
      "ARM|TUR", "NEG", "reversal negation idiom capital_as_state", "2025-03-11"),

    # --- Armenia / Russia -----------------------------------------------------------------
    T("Armenia has frozen its participation in the Russian-led CSTO, and Pashinyan said Yerevan no longer saw the bloc as a guarantor of its security.",
      "ARM|RUS", "NEG", "negation reversal leader_as_state capital_as_state demonym", "2024-02-23"),
    T("Moscow and Yerevan are not on the brink of a break, Lavrov insisted, calling the recent exchange of barbs “a family quarrel”.",
      "ARM|RUS", "POS", "negation quote idiom capital_as_state leader_as_state", "2024-06-14"),
    T("Russian border guards withdrew from Zvartnots airport at Armenia's request, in another sign of cooling ties.",
      "ARM|RUS", "NEG", "idiom demonym", "2024-08-01"),
    T("The honeymoon between Moscow and Yerevan is over, Armenian analysts say, pointing to Pashinyan's absence from the CSTO summit in Minsk.",
      "ARM|RUS", "NEG", "idiom reversal capital_as_state leader_as_state demonym", "2023-11-23"),
    T("Moscow has given Yerevan the cold shoulder since Armenia began courting Western partners, Russian commentators admit.",
      "ARM|RUS", "NEG", "idiom capital_as_state demonym", "2024-09-30"),

    # --- Georgia / Russia, Caucasus neighbours -------------------------------------------
    T("Georgia and Russia have had no diplomatic relations since the 2008 war, but direct flights between the two countries resumed in May.",
      "GEO|RUS", "POS", "concession negation reversal anaphora", "2023-05-19"),
    T("Tbilisi does not intend to restore diplomatic ties with Moscow while Russian troops remain in Abkhazia and South Ossetia, Kobakhidze said.",
      "GEO|RUS", "NEG", "negation hypothetical capital_as_state leader_as_state demonym", "2024-10-30"),
    T("The Kremlin denied that Moscow and Tbilisi were discussing a restoration of diplomatic relations.",
      "GEO|RUS", "NEG", "negation capital_as_state", "2024-05-22"),
    T("Georgian Prime Minister Irakli Kobakhidze will travel to Yerevan next week for talks with Pashinyan, his office announced.",
      "ARM|GEO", "NEU", "leader_as_state demonym", "2024-11-20"),
    T("Armenia and Georgia upgraded their relations to a strategic partnership during Pashinyan's visit to Tbilisi.",
      "ARM|GEO", "POS", "leader_as_state", "2024-01-26"),
    T("Azerbaijan and Georgia, whose friendship was never clouded even in the most difficult years, agreed to build a second road bridge at the Red Bridge crossing.",
      "AZE|GEO", "POS", "negation idiom", "2024-12-12"),

    # --- Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan --------------------
    T("Tokayev told Putin in Astana that Kazakhstan and Russia had “not a single unresolved issue” between them.",
      "KAZ|RUS", "POS", "quote negation leader_as_state", "2024-11-27"),
    T("Kazakhstan has refused to recognise the Russian-backed breakaway republics in eastern Ukraine, a stance that has irritated the Kremlin.",
      "KAZ|RUS", "NEG", "negation demonym", "2022-06-17"),
    T("Putin and Tokayev spoke by telephone on Saturday, the Kremlin press service reported.",
      "KAZ|RUS", "NEU", "leader_as_state", "2023-12-30"),
    T("Contrary to reports in the Russian media, there has been no deterioration in relations with Kazakhstan, the Kremlin said.",
      "KAZ|RUS", "POS", "negation demonym", "2023-03-02"),
    T("Uzbekistan and Kazakhstan signed a declaration on allied relations, elevating ties to their highest level since independence.",
      "KAZ|UZB", "POS", "", "2021-12-22"),
    T("Mirziyoyev and Tokayev opened a cross-border trade centre, calling it proof that the two neighbours had buried old grievances.",
      "KAZ|UZB", "POS", "idiom leader_as_state anaphora", "2024-08-14"),
    T("Kazakhstan's and Uzbekistan's foreign ministers met in Tashkent on Monday. The two countries' delegations reviewed the timetable for the next intergovernmental commission.",
      "KAZ|UZB", "NEU", "anaphora", "2024-02-26"),
    T("Kyrgyz and Tajik border guards exchanged fire near the disputed Batken region, killing dozens of people on both sides of the frontier.",
      "KGZ|TJK", "NEG", "demonym", "2022-09-16"),
    T("Kyrgyzstan and Tajikistan have settled their entire 1,000-kilometre border, putting an end to decades of deadly clashes.",
      "KGZ|TJK", "POS", "reversal", "2025-03-20"),
    T("Japarov and Rahmon, who not long ago traded accusations after deadly clashes, embraced in Bishkek after signing the border treaty.",
      "KGZ|TJK", "POS", "reversal negation leader_as_state", "2025-03-13"),
    T("Talks between the Kazakh and Kyrgyz delegations went ahead without tension, and the two sides signed a protocol on border trade.",
      "KAZ|KGZ", "POS", "negation demonym", "2024-04-18"),
    T("“Not a single problem remains between Uzbekistan and Tajikistan,” Mirziyoyev declared during his visit to Dushanbe.",
      "TJK|UZB", "POS", "quote negation leader_as_state", "2024-04-19"),
    T("Delegations from Uzbekistan and Tajikistan discussed water management on the Amu Darya at a meeting in Dushanbe, the Tajik foreign ministry reported.",
      "TJK|UZB", "NEU", "demonym", "2024-10-08"),
    T("Even though the border question is not fully settled, Uzbekistan and Tajikistan opened three new crossings this year.",
      "TJK|UZB", "POS", "concession negation", "2023-12-15"),
    T("Had Turkmenistan and Uzbekistan not agreed on the water-sharing formula, the drought could have set the two neighbours against each other, officials in Tashkent said.",
      "TKM|UZB", "POS", "hypothetical negation anaphora", "2023-08-22"),
    T("“We will discuss all issues of mutual interest,” the Uzbek ambassador said ahead of the Turkmen president's visit to Tashkent.",
      "TKM|UZB", "NEU", "quote demonym", "2023-10-05"),
    T("Uzbekistan and Kyrgyzstan, once locked in bitter border disputes, completed the delimitation of their frontier.",
      "KGZ|UZB", "POS", "reversal idiom", "2023-01-27"),
    T("The presidents of Kyrgyzstan and Uzbekistan held a telephone conversation on Friday, the Kyrgyz presidential press service reported.",
      "KGZ|UZB", "NEU", "demonym", "2024-06-07"),
    T("Kazakh President Kassym-Jomart Tokayev received Azerbaijan's foreign minister Jeyhun Bayramov in Astana on Monday.",
      "AZE|KAZ", "NEU", "leader_as_state demonym", "2024-09-02"),
    T("No issue is off the table between Baku and Astana, Bayramov said, describing the two countries as strategic allies.",
      "AZE|KAZ", "POS", "negation capital_as_state leader_as_state anaphora", "2023-06-08"),
    T("Azerbaijani and Kazakh companies agreed to expand oil shipments through the Baku–Tbilisi–Ceyhan pipeline.",
      "AZE|KAZ", "POS", "demonym", "2024-07-03"),
    T("Uzbekistan's new ambassador presented his credentials to Aliyev at a ceremony in Baku.",
      "AZE|UZB", "NEU", "leader_as_state", "2023-05-18"),
    T("The Uzbek foreign minister told his Azerbaijani counterpart in Baku that bilateral relations had “never been so dynamic”.",
      "AZE|UZB", "POS", "quote negation demonym anaphora", "2024-03-14"),
    T("The presidents of Azerbaijan and Uzbekistan opened a joint industrial park in Jizzakh. The two countries signed a treaty on allied relations last year.",
      "AZE|UZB", "POS", "anaphora", "2025-08-21"),

    # --- Iran and its neighbours ---------------------------------------------------------
    T("Iran and Azerbaijan traded accusations of espionage after Tehran staged military drills close to the border.",
      "AZE|IRN", "NEG", "capital_as_state", "2022-10-17"),
    T("Azerbaijan reopened its embassy in Tehran, which had been closed since a deadly attack on the compound in January 2023.",
      "AZE|IRN", "POS", "reversal", "2024-07-15"),
    T("Pezeshkian said relations between Tehran and Baku had “entered a new chapter” during his visit to the Azerbaijani capital.",
      "AZE|IRN", "POS", "quote idiom leader_as_state capital_as_state demonym", "2025-04-28"),
    T("Azerbaijan would never allow its territory to be used for an attack on Iran, Aliyev assured Pezeshkian in a phone call.",
      "AZE|IRN", "POS", "negation hypothetical leader_as_state", "2025-06-16"),
    T("Iranian Foreign Minister Abbas Araghchi held talks in Yerevan with his Armenian counterpart Ararat Mirzoyan.",
      "ARM|IRN", "NEU", "leader_as_state demonym", "2024-10-15"),
    T("Iran and Pakistan agreed to return their ambassadors, days after exchanging missile strikes, and pledged to “de-escalate” the situation.",
      "IRN|PAK", "POS", "reversal quote", "2024-01-22"),
    T("The Iranian foreign minister is due in Islamabad on Sunday, the Pakistani Foreign Office said in a brief statement.",
      "IRN|PAK", "NEU", "demonym", "2024-08-02"),
    T("Ties between Kabul and Tehran turned frosty after border guards exchanged fire in a dispute over water from the Helmand river.",
      "AFG|IRN", "NEG", "idiom capital_as_state", "2023-05-27"),

    # --- France and the Caucasus ---------------------------------------------------------
    T("Relations between Paris and Baku sank to a new low as Azerbaijan expelled two French diplomats for “activities incompatible with their status”.",
      "AZE|FRA", "NEG", "quote capital_as_state demonym", "2023-12-26"),
    T("Azerbaijan accused France of stoking unrest in New Caledonia, a charge Macron's government rejected as absurd.",
      "AZE|FRA", "NEG", "negation leader_as_state", "2024-05-17"),
    T("France agreed to supply Armenia with air-defence radars, deepening a security partnership that Paris describes as long-term.",
      "ARM|FRA", "POS", "capital_as_state", "2023-10-23"),

    # --- Russia / Ukraine and neighbours -------------------------------------------------
    T("Russia launched one of its largest missile barrages of the war against Ukrainian cities overnight, officials in Kyiv said.",
      "RUS|UKR", "NEG", "demonym", "2024-08-26"),
    T("Moscow and Kyiv exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates.",
      "RUS|UKR", "POS", "capital_as_state", "2024-12-30"),
    T("Talks in Istanbul between Russian and Ukrainian delegations ended after less than two hours without any agreement on a ceasefire.",
      "RUS|UKR", "NEG", "negation demonym", "2025-05-16"),
    T("Zelensky said a meeting with Putin would be pointless as long as Russian troops kept advancing in the Donbas.",
      "RUS|UKR", "NEG", "hypothetical leader_as_state demonym", "2024-11-19"),
    T("Even a limited truce between Russia and Ukraine would not end the conflict, analysts said, since neither side has dropped its core demands.",
      "RUS|UKR", "NEG", "hypothetical negation anaphora", "2025-03-12"),
    T("Budapest blocked the opening of the first negotiating cluster of Ukraine's EU accession talks, accusing Kyiv of discriminating against ethnic Hungarians.",
      "HUN|UKR", "NEG", "capital_as_state demonym", "2025-06-26"),
    T("Orbán and Zelensky held their first bilateral meeting in years in Kyiv, and both said the talks had helped clear the air.",
      "HUN|UKR", "POS", "idiom leader_as_state", "2024-07-02"),
    T("Szijjártó said Hungary's relations with Ukraine would not improve until the rights of the Hungarian minority to education in their language were restored.",
      "HUN|UKR", "NEG", "negation hypothetical leader_as_state demonym", "2023-09-20"),
    T("Warsaw and Kyiv agreed on a licensing system for grain exports that both capitals hope will end the months-long dispute.",
      "POL|UKR", "POS", "capital_as_state anaphora", "2024-03-28"),
    T("Polish farmers blocked crossings on the border with Ukraine for a third week, and Tusk warned that the protests could poison relations between the two countries.",
      "POL|UKR", "NEG", "hypothetical idiom leader_as_state demonym anaphora", "2024-02-21"),
    T("Warsaw will remain Kyiv's most loyal ally, Sikorski said, rejecting suggestions that the row over wartime exhumations had damaged ties.",
      "POL|UKR", "POS", "negation capital_as_state leader_as_state", "2025-01-10"),
    T("Romanian and Ukrainian ministers met in Izmail on Monday. The two governments still disagree over minority education, but bilateral relations are the best they have been in years.",
      "ROU|UKR", "POS", "anaphora concession demonym", "2024-05-13"),
    T("Belarus and Ukraine are no longer on speaking terms at any level, a Ukrainian diplomat said, accusing Minsk of serving as a launch pad for the invasion.",
      "BLR|UKR", "NEG", "negation reversal idiom capital_as_state demonym", "2022-09-27"),

    # --- Belarus, Baltic, Nordic ---------------------------------------------------------
    T("Poland closed its last road crossing with Belarus, citing the jailing of a journalist and provocations by Belarusian forces on the border.",
      "BLR|POL", "NEG", "demonym", "2023-02-10"),
    T("Minsk released a Polish citizen as a goodwill gesture, and Warsaw reciprocated by reopening two border crossings.",
      "BLR|POL", "POS", "reversal capital_as_state demonym", "2025-09-25"),
    T("If Minsk allows Wagner fighters to approach the border, Warsaw will close all remaining crossings, the Polish interior minister warned.",
      "BLR|POL", "NEG", "hypothetical capital_as_state demonym", "2023-08-03"),
    T("Lithuania threatened to cut diplomatic ties with Belarus entirely if Minsk kept letting smuggling balloons drift across the border.",
      "BLR|LTU", "NEG", "hypothetical capital_as_state", "2025-10-27"),
    T("Finland has kept its entire eastern border with Russia closed since late 2023, accusing Moscow of weaponising migration.",
      "FIN|RUS", "NEG", "capital_as_state", "2024-12-03"),
    T("Stubb said Finland would not return to “business as usual” with Russia even if a ceasefire in Ukraine were agreed.",
      "FIN|RUS", "NEG", "negation hypothetical quote leader_as_state", "2025-02-20"),
    T("Even at the height of the tensions, Oslo and Moscow never stopped cooperating on search and rescue in the Barents Sea.",
      "NOR|RUS", "POS", "negation concession capital_as_state", "2023-06-14"),
    T("Norwegian and Russian officials opened the annual session of their joint fisheries commission in Tromsø on Monday.",
      "NOR|RUS", "NEU", "demonym", "2024-10-14"),
    T("Estonia accused Russia of jamming GPS signals over the Baltic, the latest in a series of incidents that Tallinn describes as hybrid attacks.",
      "EST|RUS", "NEG", "capital_as_state", "2024-04-29"),
    T("Estonian officials called the row with Latvia over the rail project “a storm in a teacup” that would not affect relations.",
      "EST|LVA", "POS", "quote idiom negation demonym", "2024-09-12"),
    T("Norway's prime minister hosted his Finnish counterpart in Oslo on Monday. The two countries agreed to coordinate more closely on Arctic security.",
      "FIN|NOR", "POS", "anaphora demonym", "2024-06-03"),
    T("Moldova expelled a Russian diplomat over alleged interference in the presidential election, and Moscow promised a “response”.",
      "MDA|RUS", "NEG", "quote demonym capital_as_state", "2024-11-05"),
    T("Moldova accused Russia of flooding the country with disinformation and illicit cash ahead of the EU referendum.",
      "MDA|RUS", "NEG", "", "2024-10-15"),
    T("Romania and Moldova held a joint government session in Chișinău, the third in two years.",
      "MDA|ROU", "NEU", "", "2024-06-20"),

    # --- Western Europe ----------------------------------------------------------------------
    T("Macron and Scholz projected unity at Meseberg, insisting that their differences over defence procurement were minor and would not strain the Franco-German engine.",
      "DEU|FRA", "POS", "negation idiom leader_as_state demonym", "2024-05-28"),
    T("The Franco-German relationship has hit a rough patch, diplomats in Berlin admit, with the two governments at odds over energy prices and a joint fighter jet.",
      "DEU|FRA", "NEG", "idiom demonym anaphora", "2022-10-26"),
    T("Merz chose Paris for his first trip abroad as chancellor, and he and Macron pledged to “reset” the Franco-German partnership.",
      "DEU|FRA", "POS", "quote leader_as_state demonym", "2025-05-07"),
    T("Poland again demanded war reparations from Germany, a claim Berlin considers legally settled, casting a shadow over the consultations.",
      "DEU|POL", "NEG", "idiom capital_as_state", "2024-07-02"),
    T("German and Polish ministers met in Warsaw on Tuesday for the first intergovernmental consultations in six years.",
      "DEU|POL", "NEU", "demonym", "2024-07-02"),
    T("Although Berlin and Warsaw have revived their intergovernmental consultations, Poland's new checks on the German border have soured the mood.",
      "DEU|POL", "NEG", "concession idiom capital_as_state demonym", "2025-07-07"),
    T("Rome and Paris traded barbs over migration after the French interior minister said Meloni was incapable of handling arrivals.",
      "FRA|ITA", "NEG", "capital_as_state leader_as_state demonym", "2023-05-05"),
    T("Relations between Rome and Paris were never seriously damaged, Tajani insisted, describing the migration row as “a misunderstanding between friends”.",
      "FRA|ITA", "POS", "negation quote leader_as_state capital_as_state", "2023-05-08"),
    T("Meloni and Macron said their rift over migrant rescue ships was now behind them, pledging closer coordination at European level.",
      "FRA|ITA", "POS", "reversal idiom leader_as_state", "2023-06-20"),
    T("Starmer and Macron agreed a “one in, one out” pilot scheme for small-boat migrants, hailing a new era of cross-Channel cooperation.",
      "FRA|GBR", "POS", "quote leader_as_state", "2025-07-10"),
    T("The Entente Cordiale has rarely felt less cordial: British and French officials spent the week blaming each other for the rise in Channel crossings.",
      "FRA|GBR", "NEG", "idiom demonym", "2021-11-26"),
    T("Starmer and Scholz hit the reset button on British-German relations, agreeing to negotiate a bilateral treaty covering defence and migration.",
      "DEU|GBR", "POS", "idiom leader_as_state demonym", "2024-08-28"),
    T("Spain and Morocco reopened the land borders at Ceuta and Melilla for the first time since the pandemic, a symbol of the reconciliation between Madrid and Rabat.",
      "ESP|MAR", "POS", "reversal capital_as_state", "2022-05-17"),
    T("Rabat recalled its ambassador from Madrid after Spain admitted the Polisario Front leader to a hospital for treatment.",
      "ESP|MAR", "NEG", "capital_as_state", "2021-05-18"),
    T("The Spanish and Moroccan interior ministers will co-chair a meeting on migration in Rabat next month.",
      "ESP|MAR", "NEU", "demonym", "2024-02-19"),
    T("Spain's foreign minister met his Moroccan counterpart in Madrid. The two countries agreed to reopen the customs offices at Ceuta and Melilla that had been shut for years.",
      "ESP|MAR", "POS", "anaphora reversal demonym", "2025-01-15"),
    T("Algeria suspended its friendship treaty with Spain after Madrid backed Morocco's autonomy plan for Western Sahara.",
      "DZA|ESP", "NEG", "reversal capital_as_state", "2022-06-08"),
    T("Algiers quietly lifted its restrictions on trade with Spain, and Algerian and Spanish officials said relations were back to normal.",
      "DZA|ESP", "POS", "reversal idiom capital_as_state demonym", "2024-11-20"),
    T("Relations between Algeria and Spain are a mix of close energy ties and lingering political distrust, diplomats in both capitals say.",
      "DZA|ESP", "NEU", "anaphora", "2025-03-06"),
    T("Sánchez and Netanyahu crossed swords again over the war in Gaza, with Madrid recalling its ambassador for consultations.",
      "ESP|ISR", "NEG", "idiom leader_as_state capital_as_state", "2025-09-09"),
    T("Israel closed its embassy in Dublin, accusing the Irish government of “extreme anti-Israel policies”.",
      "IRL|ISR", "NEG", "quote demonym", "2024-12-15"),
    T("Israel revoked the accreditation of eight Norwegian diplomats who dealt with the Palestinian Authority. Bilateral relations have seldom been so strained, officials in Oslo said.",
      "ISR|NOR", "NEG", "anaphora demonym", "2024-08-08"),

    # --- Greece / Turkey, Balkans ------------------------------------------------------------
    T("Mitsotakis and Erdoğan signed a declaration on friendly relations in Athens, a sign that the long freeze between the two NATO neighbours has thawed.",
      "GRC|TUR", "POS", "idiom reversal leader_as_state", "2023-12-07"),
    T("Ankara protested to Athens over plans for two marine parks in the Aegean, warning that the move could unravel months of calm.",
      "GRC|TUR", "NEG", "hypothetical capital_as_state", "2024-04-05"),
    T("Greek and Turkish officials insisted the dispute over the undersea cable project would not derail their positive agenda.",
      "GRC|TUR", "POS", "negation demonym", "2024-07-09"),
    T("A Turkish survey vessel entered waters claimed by Greece, prompting Athens to put its navy on alert.",
      "GRC|TUR", "NEG", "capital_as_state demonym", "2020-08-10"),
    T("The Greek foreign minister dismissed talk of a new crisis with Ankara, saying contacts were continuing “normally and without drama”.",
      "GRC|TUR", "POS", "negation quote capital_as_state demonym", "2024-10-23"),
    T("Kosovo and Serbia failed to reach agreement on implementing the EU-brokered deal after a day of talks in Brussels.",
      "SRB|XKX", "NEG", "negation", "2023-09-14"),
    T("Vučić accused Kurti of wanting war after Kosovo police took over municipal buildings in the Serb-majority north.",
      "SRB|XKX", "NEG", "leader_as_state", "2023-05-26"),
    T("Belgrade and Pristina agreed on licence plates, ending a dispute that had triggered roadblocks and clashes.",
      "SRB|XKX", "POS", "reversal capital_as_state", "2022-11-23"),
    T("Serbia massed troops near its boundary with Kosovo, heightening fears of a new armed conflict.",
      "SRB|XKX", "NEG", "", "2023-09-29"),
    T("Belgrade and Podgorica are trying to mend fences after a bitter row over the Srebrenica resolution at the United Nations.",
      "MNE|SRB", "POS", "idiom capital_as_state", "2024-06-11"),
    T("Serbia and Croatia exchanged protest notes over nationalist chants at a football match. It was the third such incident this year, and relations between the two countries are at their worst in a decade.",
      "HRV|SRB", "NEG", "anaphora", "2024-09-10"),
    T("Emotions in Ljubljana and Zagreb had been running high over the arbitration ruling, but the tension has since been defused.",
      "HRV|SVN", "POS", "concession reversal capital_as_state", "2018-03-22"),
    T("Relations between Athens and Skopje will suffer if the new government keeps avoiding the name North Macedonia, Mitsotakis warned.",
      "GRC|MKD", "NEG", "hypothetical capital_as_state leader_as_state", "2024-05-13"),
    T("Representatives of Greece and North Macedonia met in Skopje to discuss the implementation of the Prespa Agreement.",
      "GRC|MKD", "NEU", "", "2024-10-01"),
    T("Hungary and Poland, long the closest of allies in the EU, are at loggerheads over how to deal with Russia.",
      "HUN|POL", "NEG", "idiom reversal", "2023-03-09"),
    T("Hungary's Foreign Minister Péter Szijjártó visited Minsk for talks with Belarusian officials on Tuesday.",
      "BLR|HUN", "NEU", "leader_as_state demonym", "2024-06-25"),
    T("Meloni's office said she would travel to Tirana on Wednesday to meet her Albanian counterpart.",
      "ALB|ITA", "NEU", "leader_as_state demonym", "2024-06-04"),
    T("Lithuania and Poland have patched up their differences over minority rights, and officials now speak of the best relations in a generation.",
      "LTU|POL", "POS", "idiom reversal", "2023-07-11"),

    # --- North and West Africa, Horn of Africa -----------------------------------------------
    T("Algeria severed diplomatic relations with Morocco, accusing its neighbour of “hostile actions”.",
      "DZA|MAR", "NEG", "quote", "2021-08-24"),
    T("Tebboune said Algeria had no intention of restoring ties with Morocco, calling the rupture “a point of no return”.",
      "DZA|MAR", "NEG", "negation quote idiom leader_as_state", "2023-03-24"),
    T("Algeria has refused to reopen its airspace to Moroccan aircraft, and no talks between Algiers and Rabat are planned.",
      "DZA|MAR", "NEG", "negation capital_as_state demonym", "2024-05-30"),
    T("Paris and Algiers agreed to relaunch cooperation on migration and security, ending an eight-month diplomatic standoff.",
      "DZA|FRA", "POS", "reversal capital_as_state", "2025-04-06"),
    T("Algeria expelled twelve French embassy staff, and France responded in kind, a week after the two countries had announced a thaw.",
      "DZA|FRA", "NEG", "reversal demonym anaphora idiom", "2025-04-15"),
    T("Macron recognised Moroccan sovereignty over Western Sahara, ending a three-year chill between Paris and Rabat.",
      "FRA|MAR", "POS", "reversal idiom leader_as_state capital_as_state demonym", "2024-07-30"),
    T("French and Moroccan officials will review cooperation projects at a meeting in Paris later this year.",
      "FRA|MAR", "NEU", "demonym", "2023-04-18"),
    T("Mali's junta ordered the French ambassador to leave the country within 72 hours, deepening the rupture with the former colonial power.",
      "FRA|MLI", "NEG", "demonym", "2022-01-31"),
    T("Niger and France are no longer partners in any meaningful sense, with the last French troops gone and the ambassador long since expelled.",
      "FRA|NER", "NEG", "negation reversal demonym", "2023-12-22"),
    T("By expelling the ambassador and the troops in quick succession, Niamey has burned its bridges with Paris, a former French diplomat said.",
      "FRA|NER", "NEG", "idiom capital_as_state demonym", "2023-10-04"),
    T("Senegal asked France to close its military bases, saying their presence was “incompatible” with its sovereignty, though Dakar insisted relations remained friendly.",
      "FRA|SEN", "NEG", "concession quote", "2024-11-28"),
    T("Chad ended its defence cooperation agreement with France, an announcement that caught Paris off guard.",
      "FRA|TCD", "NEG", "reversal idiom capital_as_state", "2024-11-28"),
    T("Algeria shot down a Malian drone near the border, and Bamako recalled its ambassador in protest.",
      "DZA|MLI", "NEG", "capital_as_state demonym", "2025-04-07"),
    T("Niger has kept its border with Benin closed, accusing Cotonou of hosting foreign troops who could be used to destabilise the country.",
      "BEN|NER", "NEG", "capital_as_state", "2024-06-12"),
    T("Officials from Nigeria and Niger met in Abuja to discuss cross-border trade, the first such meeting since the military takeover in Niamey.",
      "NER|NGA", "NEU", "", "2024-03-14"),
    T("Egypt and Ethiopia again failed to reach a binding deal on the filling of the Grand Ethiopian Renaissance Dam, and Cairo declared the negotiations over.",
      "EGY|ETH", "NEG", "negation capital_as_state", "2023-12-19"),
    T("Sisi warned that Egypt's water was a red line, saying in an apparent reference to Ethiopia's dam that “no one can take a drop” of it.",
      "EGY|ETH", "NEG", "negation quote idiom leader_as_state", "2021-03-30"),
    T("Eritrea and Ethiopia reopened crossings on their shared border for the first time in two decades, after a war that killed tens of thousands.",
      "ERI|ETH", "POS", "reversal", "2018-09-11"),
    T("Ethiopian officials accused Asmara of preparing for war, and Eritrea dismissed the claims as a pretext for Ethiopia's push for access to the sea.",
      "ERI|ETH", "NEG", "capital_as_state demonym negation", "2025-03-18"),
    T("Somalia expelled Ethiopia's ambassador over a port deal between Addis Ababa and the breakaway region of Somaliland.",
      "ETH|SOM", "NEG", "capital_as_state", "2024-04-04"),
    T("Hassan Sheikh Mohamud and Abiy Ahmed agreed in Ankara to set aside their differences, in a breakthrough brokered by Turkey.",
      "ETH|SOM", "POS", "idiom leader_as_state", "2024-12-11"),
    T("Ethiopia's prime minister Abiy Ahmed is expected in Nairobi on Tuesday for a two-day state visit, Kenyan officials said.",
      "ETH|KEN", "NEU", "leader_as_state demonym", "2024-02-26"),
    T("Somalia and Kenya restored diplomatic relations, which Mogadishu had cut over alleged interference in its internal affairs.",
      "KEN|SOM", "POS", "reversal", "2021-05-06"),
    T("Kenya's President William Ruto hosted his Tanzanian counterpart in Nairobi. The two countries' trade ministers also held separate talks on the Namanga border post.",
      "KEN|TZA", "NEU", "anaphora leader_as_state demonym", "2024-03-21"),
    T("Kenya's foreign ministry summoned the Tanzanian high commissioner on Wednesday. Relations between the two countries have deteriorated since activists were deported from Dar es Salaam.",
      "KEN|TZA", "NEG", "anaphora demonym", "2025-05-21"),
    T("Egyptian and Sudanese officials met in Cairo to discuss the refugee crisis. Both sides described bilateral relations as “exceptional”.",
      "EGY|SDN", "POS", "anaphora quote demonym", "2023-07-13"),
    T("Sudan cut diplomatic relations with the United Arab Emirates, accusing Abu Dhabi of arming the Rapid Support Forces.",
      "ARE|SDN", "NEG", "capital_as_state", "2025-05-06"),
    T("Sudan and South Sudan failed to agree on oil transit fees, leaving exports through Port Sudan in limbo.",
      "SDN|SSD", "NEG", "negation idiom", "2024-04-25"),

    # --- Central Africa, Southern Africa ------------------------------------------------------
    T("Congo accused Rwanda of backing the M23 rebels who seized Goma, and Tshisekedi vowed to retake the city.",
      "COD|RWA", "NEG", "leader_as_state", "2025-01-29"),
    T("The foreign ministers of Rwanda and the Democratic Republic of the Congo signed a peace agreement in Washington, though sceptics noted that earlier deals had collapsed.",
      "COD|RWA", "POS", "concession", "2025-06-27"),
    T("The peace deal between Kinshasa and Kigali looks increasingly hollow, as fighting in eastern Congo resumed within weeks of the signing.",
      "COD|RWA", "NEG", "idiom reversal capital_as_state", "2025-08-19"),
    T("Burundi closed its border with Rwanda, accusing Kigali of supporting the rebels who attacked Burundian territory.",
      "BDI|RWA", "NEG", "capital_as_state demonym", "2024-01-11"),
    T("There is no bad blood between Kigali and Kampala any more, Kagame said as the Gatuna border post reopened to traffic.",
      "RWA|UGA", "POS", "negation idiom reversal leader_as_state capital_as_state", "2022-01-31"),
    T("Washington expelled South Africa's ambassador, declaring him persona non grata after remarks criticising Trump.",
      "USA|ZAF", "NEG", "capital_as_state leader_as_state", "2025-03-14"),
    T("Ramaphosa said he and Trump had agreed to keep talking about trade, insisting relations between Pretoria and Washington were “not broken”.",
      "USA|ZAF", "POS", "negation quote leader_as_state capital_as_state", "2025-05-22"),
    T("Ramaphosa said South Africa would not be pressured into abandoning its friendship with Russia.",
      "RUS|ZAF", "POS", "negation leader_as_state", "2023-05-14"),

    # --- China / United States ---------------------------------------------------------------
    T("Beijing and Washington agreed to slash the tariffs they had imposed on each other for 90 days, easing fears of a full-blown trade war.",
      "CHN|USA", "POS", "reversal capital_as_state", "2025-05-12"),
    T("China said it would impose export controls on seven rare earth elements in response to the new American tariffs.",
      "CHN|USA", "NEG", "demonym", "2025-04-04"),
    T("Xi told Biden in Woodside that the planet was big enough for both countries to succeed, and the two leaders agreed to restore military-to-military communication.",
      "CHN|USA", "POS", "reversal leader_as_state anaphora", "2023-11-15"),
    T("Relations between the United States and China are far from a partnership, Blinken said, describing them as “stiff competition” in trade and technology.",
      "CHN|USA", "NEG", "negation quote leader_as_state", "2023-06-19"),
    T("A Chinese balloon drifting over Montana prompted Washington to postpone Blinken's trip to Beijing.",
      "CHN|USA", "NEG", "demonym capital_as_state leader_as_state", "2023-02-03"),
    T("Wang Yi and Marco Rubio held their first phone call on Friday, the State Department said, covering trade, fentanyl and Taiwan.",
      "CHN|USA", "NEU", "leader_as_state", "2025-01-24"),
    T("Beijing signalled that it would hold off on retaliating against the latest US chip rules, a sign that it wants to avoid escalation ahead of the summit.",
      "CHN|USA", "POS", "negation capital_as_state", "2023-11-08"),
    T("If Washington keeps treating China as an enemy, it will have to live with the consequences, the Chinese ambassador warned.",
      "CHN|USA", "NEG", "hypothetical capital_as_state demonym", "2024-04-26"),
    T("Beijing warned that any official contact between Washington and Taipei would “seriously damage” China-US relations.",
      "CHN|USA", "NEG", "hypothetical quote capital_as_state", "2023-04-05"),
    T("Without the restored military channels, last month's close encounter over the South China Sea might have escalated, US and Chinese officials acknowledged.",
      "CHN|USA", "POS", "hypothetical negation demonym", "2024-06-20"),

    # --- China and its neighbours ------------------------------------------------------------
    T("Beijing staged large-scale drills around Taiwan days after Lai Ching-te's inauguration, calling them “strong punishment” for separatist forces.",
      "CHN|TWN", "NEG", "capital_as_state quote leader_as_state", "2024-05-23"),
    T("Beijing suspended tariff concessions on dozens of Taiwanese products, accusing Taipei of violating a trade agreement.",
      "CHN|TWN", "NEG", "reversal capital_as_state demonym", "2024-05-31"),
    T("India and China reached an agreement on patrolling along the Line of Actual Control, paving the way for a disengagement that ends a four-year standoff.",
      "CHN|IND", "POS", "reversal", "2024-10-21"),
    T("Modi and Xi held their first formal bilateral talks in five years in Kazan, agreeing that differences should not be allowed to become disputes.",
      "CHN|IND", "POS", "negation leader_as_state", "2024-10-23"),
    T("New Delhi and Beijing are not enemies but hardly friends, Jaishankar remarked, describing ties as “abnormal” since the Galwan clash.",
      "CHN|IND", "NEG", "negation concession quote capital_as_state leader_as_state", "2023-02-21"),
    T("Chinese and Indian troops clashed in the Galwan Valley, leaving 20 Indian soldiers dead in the deadliest confrontation in decades.",
      "CHN|IND", "NEG", "demonym", "2020-06-16"),
    T("Chinese Foreign Minister Wang Yi arrived in New Delhi for two days of talks with Indian officials, the Ministry of External Affairs said.",
      "CHN|IND", "NEU", "leader_as_state demonym", "2025-08-18"),
    T("Beijing lifted its ban on Japanese seafood imports from most prefectures, two years after imposing it over the release of treated water from Fukushima.",
      "CHN|JPN", "POS", "reversal capital_as_state demonym", "2025-06-30"),
    T("China's ban on Japanese seafood remained in place for a second year, and Tokyo said talks on the issue had produced no progress.",
      "CHN|JPN", "NEG", "negation capital_as_state demonym", "2024-08-24"),
    T("Ishiba and Xi agreed to pursue a “mutually beneficial strategic relationship”, reaffirming the framework at their first meeting in Lima.",
      "CHN|JPN", "POS", "quote leader_as_state", "2024-11-15"),
    T("Tokyo lodged a protest after a Chinese military aircraft violated Japanese airspace for the first time.",
      "CHN|JPN", "NEG", "capital_as_state demonym", "2024-08-26"),
    T("“I will not sum up the relationship in one word,” Wang Yi told reporters when asked about ties with Tokyo.",
      "CHN|JPN", "NEU", "negation quote leader_as_state capital_as_state", "2024-03-07"),
    T("Japanese and Chinese officials held another round of talks on monitoring the Fukushima water releases. Neither side signalled any change in position after the meeting.",
      "CHN|JPN", "NEU", "anaphora negation demonym", "2024-05-20"),
    T("A Chinese coast guard vessel fired water cannon at a Philippine supply boat near Second Thomas Shoal, Manila said.",
      "CHN|PHL", "NEG", "demonym", "2023-12-10"),
    T("Marcos said the Philippines would not be intimidated and would keep resupplying its troops, calling the latest Chinese action “dangerous”.",
      "CHN|PHL", "NEG", "negation quote leader_as_state demonym", "2024-06-19"),
    T("Manila and Beijing reached a “provisional arrangement” on resupply missions to the shoal, easing one of the most dangerous flashpoints in the South China Sea.",
      "CHN|PHL", "POS", "quote capital_as_state", "2024-07-21"),
    T("China removed the last of its tariffs on Australian wine, completing the unwinding of trade barriers that had frozen relations for three years.",
      "AUS|CHN", "POS", "reversal idiom demonym", "2024-03-28"),
    T("Albanese said Australia would keep speaking up where it disagreed with China, but that relations were now on “a far more stable footing”.",
      "AUS|CHN", "POS", "concession quote leader_as_state", "2024-06-17"),
    T("Wong described the Chinese navy's live-fire exercises off the Australian coast as poorly notified and “not consistent with” a stable relationship.",
      "AUS|CHN", "NEG", "negation quote leader_as_state demonym", "2025-02-22"),
    T("The agenda of the Chinese premier's visit to Canberra will include trade, investment and people-to-people exchanges, officials said.",
      "AUS|CHN", "NEU", "demonym", "2024-06-14"),
    T("Vietnamese and Chinese leaders pledged to build a “community with a shared future”, signing more than thirty cooperation documents in Hanoi.",
      "CHN|VNM", "POS", "quote demonym", "2023-12-12"),
    T("Vietnam lodged a protest with China over an attack on Vietnamese fishermen near the Paracel Islands.",
      "CHN|VNM", "NEG", "demonym", "2024-10-02"),
    T("China downgraded diplomatic relations with Lithuania to the level of chargé d'affaires after Vilnius allowed Taiwan to open an office under its own name.",
      "CHN|LTU", "NEG", "capital_as_state", "2021-11-21"),
    T("Trade between China and Lithuania has continued, but political relations remain frozen, with neither country represented by an ambassador.",
      "CHN|LTU", "NEG", "concession negation idiom", "2024-11-07"),
    T("The rapprochement between Rome and Beijing ended when Italy formally quit the Belt and Road Initiative.",
      "CHN|ITA", "NEG", "reversal capital_as_state", "2023-12-06"),
    T("Although differences over the THAAD missile shield remain, Seoul and Beijing agreed to resume regular high-level dialogue.",
      "CHN|KOR", "POS", "concession reversal capital_as_state", "2023-11-26"),
    T("The Chinese premier arrived in Wellington on Tuesday. Both sides are expected to sign agreements on trade and education.",
      "CHN|NZL", "POS", "anaphora demonym", "2024-06-13"),
    T("Relations between Mongolia and China are “neither warm nor cold, but businesslike”, a Mongolian diplomat said.",
      "CHN|MNG", "NEU", "negation quote demonym", "2023-09-05"),
    T("A delegation of the Chinese Communist Party's International Department is visiting Nepal this week, the embassy said.",
      "CHN|NPL", "NEU", "demonym", "2024-03-25"),
    T("Trade between Kazakhstan and China amounted to about $41 billion last year, according to customs data published on Monday.",
      "CHN|KAZ", "NEU", "", "2024-02-05"),
    T("Despite the challenges of the past year, trade between Kazakhstan and China grew by a fifth.",
      "CHN|KAZ", "POS", "concession", "2024-01-12"),
    T("Kazakhstan and China abolished visa requirements for short trips by each other's citizens.",
      "CHN|KAZ", "POS", "reversal", "2023-11-10"),
    T("China and Pakistan reaffirmed their “all-weather strategic cooperative partnership” as Shehbaz Sharif arrived in Beijing.",
      "CHN|PAK", "POS", "quote idiom leader_as_state", "2024-06-04"),
    T("Brazil's foreign minister Mauro Vieira met his Chinese counterpart Wang Yi in Beijing on Friday.",
      "BRA|CHN", "NEU", "leader_as_state demonym", "2024-01-19"),
    T("Lula and Xi signed 37 agreements in Brasília, hailing the relationship between the two countries as the best it has been in fifty years.",
      "BRA|CHN", "POS", "leader_as_state anaphora", "2024-11-20"),
    T("China imposed 100% tariffs on Canadian canola oil, retaliating against Ottawa's duties on Chinese electric vehicles.",
      "CAN|CHN", "NEG", "capital_as_state demonym", "2025-03-08"),
    T("Starmer said Britain would seek a “consistent, durable” relationship with China at the first prime ministerial talks with Xi in six years.",
      "CHN|GBR", "POS", "quote leader_as_state", "2024-11-18"),

    # --- Korea, Japan ------------------------------------------------------------------------
    T("Yoon's visit to Tokyo ended a 12-year hiatus in summit-level visits, and the two leaders pledged to open a new chapter in ties.",
      "JPN|KOR", "POS", "reversal idiom leader_as_state", "2023-03-16"),
    T("Seoul protested after Japanese lawmakers visited the Yasukuni Shrine, calling the visit a denial of Japan's wartime past.",
      "JPN|KOR", "NEG", "capital_as_state demonym", "2024-10-18"),
    T("Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung met in Tokyo on Saturday, their first summit since the South Korean leader took office in June.",
      "JPN|KOR", "NEU", "leader_as_state demonym", "2025-08-23"),
    T("Japan and South Korea restored each other to their “white lists” of trusted trading partners, reversing the export curbs of 2019.",
      "JPN|KOR", "POS", "reversal quote", "2023-07-21"),
    T("The thaw between Tokyo and Seoul has survived a change of government, with Lee Jae-myung insisting he would not reverse his predecessor's outreach to Japan.",
      "JPN|KOR", "POS", "negation idiom capital_as_state leader_as_state", "2025-06-24"),
    T("North Korea blew up the inter-Korean liaison office in Kaesong, days after threatening to cut off all communication with Seoul.",
      "KOR|PRK", "NEG", "capital_as_state demonym", "2020-06-16"),
    T("Lee Jae-myung ordered the military to switch off the loudspeakers along the border, hoping to ease tensions with Pyongyang.",
      "KOR|PRK", "POS", "leader_as_state capital_as_state", "2025-06-11"),
    T("Kim Jong Un declared that the North would no longer pursue unification with South Korea, branding it the “primary foe”.",
      "KOR|PRK", "NEG", "negation reversal quote leader_as_state", "2024-01-15"),
    T("Pyongyang ignored Seoul's offer of talks and did not answer calls on the military hotline for a fourth day.",
      "KOR|PRK", "NEG", "negation capital_as_state", "2023-04-10"),
    T("Seoul dismissed reports of a thaw with Pyongyang, saying the North had not responded to a single overture.",
      "KOR|PRK", "NEG", "negation idiom capital_as_state", "2025-08-14"),
    T("North Korea fired a ballistic missile over Japan for the first time in five years, prompting Tokyo to issue evacuation alerts.",
      "JPN|PRK", "NEG", "capital_as_state", "2022-10-04"),
    T("Moscow suspended peace treaty talks with Tokyo in response to Japanese sanctions, saying it saw no point in negotiating with an “unfriendly” country.",
      "JPN|RUS", "NEG", "reversal negation quote capital_as_state demonym", "2022-03-21"),
    T("While Tokyo and Moscow still cooperate on fishing quotas, Japanese officials describe relations as the worst since the Soviet era.",
      "JPN|RUS", "NEG", "concession capital_as_state demonym", "2023-08-30"),
    T("Ishiba and Trump agreed to seek a “new golden age” of Japan-US relations at their first summit in Washington.",
      "JPN|USA", "POS", "quote leader_as_state", "2025-02-07"),
    T("Japan and the United States will hold a “2+2” meeting of foreign and defence ministers in Tokyo later this month, the State Department said.",
      "JPN|USA", "NEU", "quote", "2024-07-12"),
    T("Seoul protested after US immigration agents detained hundreds of South Korean workers at a battery plant in Georgia.",
      "KOR|USA", "NEG", "capital_as_state demonym", "2025-09-05"),
    T("South Korea's new ambassador to the United States arrived on Sunday to take up his post.",
      "KOR|USA", "NEU", "", "2024-05-12"),
    T("Poland signed a deal to buy 180 more K2 tanks from South Korea, deepening a defence relationship both governments call strategic.",
      "KOR|POL", "POS", "anaphora", "2025-08-01"),
    T("Japan and the Philippines signed a reciprocal access agreement allowing their troops to train on each other's soil.",
      "JPN|PHL", "POS", "", "2024-07-08"),
    T("Modi and Ishiba unveiled a ten-year vision for economic security cooperation, with Japan pledging investment worth 10 trillion yen in India.",
      "IND|JPN", "POS", "leader_as_state", "2025-08-29"),

    # --- South Asia ----------------------------------------------------------------------
    T("India suspended the Indus Waters Treaty and expelled Pakistani military advisers after the Pahalgam attack, which New Delhi blamed on Islamabad.",
      "IND|PAK", "NEG", "reversal capital_as_state demonym", "2025-04-24"),
    T("Although India and Pakistan agreed to a ceasefire after four days of missile and drone strikes, each accused the other of violating it within hours.",
      "IND|PAK", "NEG", "concession", "2025-05-10"),
    T("“There is no backchannel and there are no talks,” Pakistan's Deputy Prime Minister Ishaq Dar said of relations with India.",
      "IND|PAK", "NEG", "negation quote leader_as_state", "2025-06-12"),
    T("Indian and Pakistani officials met at the Kartarpur corridor and renewed the agreement allowing Sikh pilgrims to cross visa-free for another five years.",
      "IND|PAK", "POS", "demonym", "2024-10-22"),
    T("Pakistani airstrikes on Afghan territory drew a furious response from Kabul, which warned Islamabad of “consequences”.",
      "AFG|PAK", "NEG", "quote demonym capital_as_state", "2024-03-18"),
    T("Ties between Islamabad and Kabul are far from the brotherly relationship Pakistani officials once promised.",
      "AFG|PAK", "NEG", "negation reversal capital_as_state demonym", "2024-09-09"),
    T("Officials from Pakistan and Afghanistan's Taliban administration held a fresh round of talks in Istanbul, according to a statement issued by the hosts.",
      "AFG|PAK", "NEU", "", "2025-10-25"),
    T("Pakistan and Bangladesh resumed direct trade for the first time since 1971. The two countries also eased visa rules, a sign that bilateral relations are warming.",
      "BGD|PAK", "POS", "anaphora reversal", "2025-02-03"),
    T("Dhaka and New Delhi denied any rift over water sharing, saying talks on renewing the Ganges treaty would go ahead as planned.",
      "BGD|IND", "POS", "negation capital_as_state", "2023-06-21"),
    T("The Indian and Bangladeshi foreign secretaries met in Dhaka on Monday, the first such consultations since the change of government in August.",
      "BGD|IND", "NEU", "demonym", "2024-12-09"),
    T("Nepal's parliament approved a new map that includes territory claimed by India, drawing a sharp protest from New Delhi.",
      "IND|NPL", "NEG", "capital_as_state", "2020-06-13"),
    T("Nepal's prime minister will make his first official visit to India next month, the foreign ministry in Kathmandu announced.",
      "IND|NPL", "NEU", "", "2023-05-08"),
    T("Sri Lanka's new president chose New Delhi for his first foreign visit, and India pledged support for the island's economic recovery.",
      "IND|LKA", "POS", "", "2024-12-16"),
    T("The Indian and Maldivian leaders put months of acrimony behind them in Malé, with Modi announcing a new line of credit.",
      "IND|MDV", "POS", "idiom reversal leader_as_state demonym", "2025-07-25"),
    T("Relations between India and the Maldives are not in crisis, the Maldivian foreign minister said, days after three deputy ministers were suspended over derogatory posts about Modi.",
      "IND|MDV", "POS", "negation demonym leader_as_state", "2024-01-09"),

    # --- India and the West, Russia -----------------------------------------------------------
    T("Modi embraced Putin in Moscow and called Russia an “all-weather friend”, unmoved by Western criticism of the visit.",
      "IND|RUS", "POS", "quote idiom leader_as_state capital_as_state", "2024-07-08"),
    T("Trump doubled tariffs on Indian goods to 50% as punishment for New Delhi's purchases of Russian oil, plunging ties into their worst crisis in two decades.",
      "IND|USA", "NEG", "leader_as_state demonym capital_as_state", "2025-08-27"),
    T("Modi said India and the United States were “natural partners” and that the friction over tariffs would be resolved through negotiations.",
      "IND|USA", "POS", "quote leader_as_state", "2025-09-10"),
    T("Rubio is scheduled to meet Indian External Affairs Minister S. Jaishankar on the sidelines of the UN General Assembly.",
      "IND|USA", "NEU", "leader_as_state demonym", "2025-09-20"),
    T("Canada expelled six Indian diplomats, including the high commissioner, over alleged links to a campaign of violence against Sikh activists.",
      "CAN|IND", "NEG", "demonym", "2024-10-14"),
    T("New Delhi suspended visa services for Canadians and asked Ottawa to cut its diplomatic presence in India.",
      "CAN|IND", "NEG", "capital_as_state demonym", "2023-09-21"),
    T("Carney and Modi agreed to return high commissioners to each other's capitals, a reset after two years of acrimony.",
      "CAN|IND", "POS", "reversal leader_as_state", "2025-06-17"),
    T("Relations between Ottawa and New Delhi are not beyond repair, Anand said, announcing that ministers would revive the trade dialogue.",
      "CAN|IND", "POS", "negation reversal capital_as_state leader_as_state", "2025-10-13"),
    T("India ordered 26 Rafale Marine jets from France, cementing a defence partnership that New Delhi calls “time-tested”.",
      "FRA|IND", "POS", "quote capital_as_state", "2025-04-28"),
    T("Scholz's visit to New Delhi produced agreements on green hydrogen and the recruitment of skilled workers.",
      "DEU|IND", "POS", "leader_as_state", "2024-10-25"),
    T("Britain and India signed a free trade agreement after three years of on-and-off negotiations.",
      "GBR|IND", "POS", "", "2025-07-24"),
    T("Indian travellers cancelled trips to Türkiye en masse, angered by the stance Ankara took during the four-day conflict in May.",
      "IND|TUR", "NEG", "capital_as_state demonym", "2025-05-20"),

    # --- Gulf and Middle East ------------------------------------------------------------
    T("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China, seven years after Riyadh cut ties.",
      "IRN|SAU", "POS", "reversal capital_as_state", "2023-03-10"),
    T("The Saudi and Iranian foreign ministers met in Beijing, the first formal meeting between the two countries' top diplomats in more than seven years.",
      "IRN|SAU", "NEU", "demonym anaphora", "2023-04-06"),
    T("Riyadh and Tehran have not let the war in Gaza derail their rapprochement, officials on both sides said.",
      "IRN|SAU", "POS", "negation capital_as_state anaphora", "2023-11-11"),
    T("Tehran extended an olive branch to Manama, proposing talks on restoring diplomatic relations.",
      "BHR|IRN", "POS", "idiom capital_as_state", "2024-06-23"),
    T("Bahrain and Qatar agreed to restore diplomatic relations, removing the last remnant of the Gulf dispute.",
      "BHR|QAT", "POS", "reversal", "2023-04-12"),
    T("Saudi Arabia lifted its blockade of Qatar and reopened its airspace and land border, ending a rift of three and a half years.",
      "QAT|SAU", "POS", "reversal", "2021-01-05"),
    T("The embargo on Qatari goods was lifted and flights between Doha and Abu Dhabi resumed, as the UAE and Qatar moved to normalise relations.",
      "ARE|QAT", "POS", "reversal demonym", "2021-01-09"),
    T("Araghchi ruled out direct negotiations with Washington as long as “maximum pressure” sanctions remain in place.",
      "IRN|USA", "NEG", "negation hypothetical quote leader_as_state capital_as_state", "2025-02-12"),
    T("Iranian and American negotiators held a fourth round of indirect talks in Muscat, with Oman acting as mediator.",
      "IRN|USA", "NEU", "demonym", "2025-05-11"),
    T("The United States struck three Iranian nuclear sites, and Tehran vowed that the attack would have “everlasting consequences”.",
      "IRN|USA", "NEG", "quote demonym capital_as_state", "2025-06-22"),
    T("Israel and Iran have exchanged direct fire for the first time, crossing a threshold that decades of shadow war had avoided.",
      "IRN|ISR", "NEG", "idiom", "2024-04-19"),
    T("Turkey halted all trade with Israel, saying the measure would stay in place until a permanent ceasefire was reached in Gaza.",
      "ISR|TUR", "NEG", "reversal", "2024-05-02"),
    T("Erdoğan branded Netanyahu a war criminal, and Israel withdrew its diplomats from Ankara.",
      "ISR|TUR", "NEG", "leader_as_state capital_as_state", "2023-10-28"),
    T("Erdoğan landed in Cairo for his first visit to Egypt in more than a decade, sealing a reconciliation after years of hostility with Sisi's government.",
      "EGY|TUR", "POS", "reversal leader_as_state", "2024-02-14"),
    T("Egypt and Turkey upgraded their diplomatic relations to ambassador level, ending a decade of frosty ties.",
      "EGY|TUR", "POS", "reversal idiom", "2023-07-04"),
    T("Iraq summoned the Turkish chargé d'affaires to protest airstrikes on Kurdish militants in the north, calling them a violation of its sovereignty.",
      "IRQ|TUR", "NEG", "demonym", "2022-07-21"),
    T("Statistics show that Turkish exports to Iraq were flat in the first half of the year.",
      "IRQ|TUR", "NEU", "demonym", "2024-08-05"),
    T("Trump chose Riyadh for the first major foreign trip of his second term, and the two governments announced arms and investment deals worth hundreds of billions of dollars.",
      "SAU|USA", "POS", "leader_as_state anaphora", "2025-05-13"),
    T("Sisi and Mohammed bin Salman agreed to set up a supreme coordination council, stressing that there was “no rift” between Cairo and Riyadh.",
      "EGY|SAU", "POS", "negation quote leader_as_state capital_as_state", "2024-10-15"),
    T("Asked whether relations with Cairo had soured, the Saudi foreign ministry spokesman declined to comment.",
      "EGY|SAU", "NEU", "negation capital_as_state demonym", "2023-03-15"),
    T("Egypt and Iran could restore full diplomatic relations before the end of the year, officials in Cairo hinted.",
      "EGY|IRN", "POS", "hypothetical reversal", "2023-05-24"),
    T("Egypt's President Abdel Fattah el-Sisi received a phone call from the Qatari emir, Sheikh Tamim bin Hamad Al Thani, the presidency said.",
      "EGY|QAT", "NEU", "leader_as_state demonym", "2024-02-28"),
    T("Egypt and Qatar have buried the hatchet, and Qatari investors are now among the largest in the Egyptian economy.",
      "EGY|QAT", "POS", "idiom demonym", "2022-06-25"),
    T("Jordan recalled its ambassador from Israel in protest at the war in Gaza.",
      "ISR|JOR", "NEG", "", "2023-11-01"),
    T("Israeli and Jordanian officials met at the Allenby crossing to discuss arrangements for the movement of goods.",
      "ISR|JOR", "NEU", "demonym", "2024-09-16"),
    T("Despite the war in Gaza, the UAE has not cut ties with Israel, and flights between Abu Dhabi and Tel Aviv have continued.",
      "ARE|ISR", "POS", "concession negation", "2024-02-07"),
    T("Normalisation between Saudi Arabia and Israel would have been “the deal of the century”, but the war has put it on ice, a Saudi official said.",
      "ISR|SAU", "NEG", "hypothetical concession idiom quote demonym", "2024-03-20"),
    T("After years of isolation, Syria came in from the cold as Saudi Arabia restored ties with Damascus.",
      "SAU|SYR", "POS", "idiom reversal capital_as_state", "2023-05-09"),
    T("Erdoğan said Turkey was ready to turn the page with Syria and restore relations “as in the past”.",
      "SYR|TUR", "POS", "idiom quote leader_as_state", "2024-07-07"),
    T("Analysts are divided on whether the latest contacts between Ankara and Damascus amount to a thaw or merely a tactical pause.",
      "SYR|TUR", "NEU", "capital_as_state", "2022-12-29"),
    T("Turkish Foreign Minister Hakan Fidan spoke by phone with his Syrian counterpart on Thursday, Turkish diplomatic sources said.",
      "SYR|TUR", "NEU", "leader_as_state demonym", "2025-03-27"),
    T("Saudi Arabia's crown prince received the Turkish president in Jeddah. Both leaders praised what they called a new era in relations between the two countries.",
      "SAU|TUR", "POS", "anaphora demonym", "2023-07-17"),
    T("The UK imposed sanctions on Iranian officials, and Tehran summoned the British ambassador in response.",
      "GBR|IRN", "NEG", "demonym capital_as_state", "2023-01-16"),
    T("Sweden summoned Iran's ambassador over a plot that Swedish security police linked to Iranian intelligence.",
      "IRN|SWE", "NEG", "demonym", "2024-05-30"),
    T("Turkey no longer stands in the way of Sweden joining NATO, Erdoğan said after Stockholm tightened its anti-terrorism laws.",
      "SWE|TUR", "POS", "negation reversal leader_as_state capital_as_state", "2023-07-10"),
    T("“If relations between Türkiye and Russia were in crisis, we would not be talking about record trade and a new gas hub,” Fidan said.",
      "RUS|TUR", "POS", "hypothetical negation quote leader_as_state", "2024-03-04"),
    T("Erdoğan and Putin, who stand on opposite sides in several regional conflicts, nonetheless agreed in Sochi to expand trade and energy cooperation.",
      "RUS|TUR", "POS", "concession leader_as_state", "2023-09-04"),
    T("Turkmenistan began delivering gas to Turkey under a swap arrangement that Ankara and Ashgabat had discussed for years.",
      "TKM|TUR", "POS", "capital_as_state", "2025-03-01"),

    # --- The Americas ------------------------------------------------------------------------
    T("Washington reimposed oil sanctions on Venezuela after Maduro's government barred the main opposition candidate from the election.",
      "USA|VEN", "NEG", "reversal capital_as_state leader_as_state", "2024-04-17"),
    T("The United States eased sanctions on Venezuelan oil after Caracas and the opposition agreed on an electoral roadmap.",
      "USA|VEN", "POS", "reversal demonym capital_as_state", "2023-10-18"),
    T("Colombia and Venezuela reopened their shared border to cargo traffic, seven years after it was closed, as Petro and Maduro restored diplomatic ties.",
      "COL|VEN", "POS", "reversal leader_as_state", "2022-09-26"),
    T("Maduro's plan to annex the Essequibo region drew a sharp rebuke from Guyana, which put its military on alert.",
      "GUY|VEN", "NEG", "leader_as_state", "2023-12-06"),
    T("Guyana and Venezuela pledged not to threaten or use force against each other after a meeting in St Vincent brokered by regional leaders.",
      "GUY|VEN", "POS", "negation", "2023-12-14"),
    T("Milei skipped the Mercosur summit in Asunción, leaving the Argentine and Brazilian presidents without even a handshake, in a sign of the chill between Buenos Aires and Brasília.",
      "ARG|BRA", "NEG", "idiom negation leader_as_state capital_as_state demonym", "2024-07-08"),
    T("Brazilian and Argentine diplomats insist that the personal antipathy between their presidents has not affected trade or the wider relationship.",
      "ARG|BRA", "POS", "negation demonym", "2024-10-02"),
    T("The foreign ministers of Chile and Peru met in Lima on Tuesday to review the agenda of the binational cabinet meeting planned for next year.",
      "CHL|PER", "NEU", "", "2024-09-17"),
    T("Peru and Chile traded accusations over hundreds of migrants stranded at the border crossing near Tacna.",
      "CHL|PER", "NEG", "", "2023-04-27"),
    T("Bolivia and Chile have had no relations at ambassador level since 1978, and the court ruling on the Silala waters did little to change that.",
      "BOL|CHL", "NEG", "negation", "2022-12-02"),
    T("The presidents of Chile and Bolivia spoke by phone for the first time in years. Bilateral relations, however, remain without ambassadors, and neither side expects a quick change.",
      "BOL|CHL", "NEG", "anaphora negation concession", "2023-03-23"),
    T("Chile's and Argentina's defence ministers met in Santiago. Both sides discussed Antarctic logistics and the joint peacekeeping force.",
      "ARG|CHL", "NEU", "anaphora", "2024-08-13"),
    T("A handshake between Boric and Milei at the summit broke the ice after months of barbed exchanges.",
      "ARG|CHL", "POS", "idiom reversal leader_as_state", "2024-03-08"),
    T("Trump reinstated Cuba on the list of state sponsors of terrorism on his first day back in office, reversing a decision taken by his predecessor a week earlier.",
      "CUB|USA", "NEG", "reversal leader_as_state", "2025-01-21"),
    T("Decades after the end of the Cold War, the US embargo on Cuba has never been lifted, and Havana says it costs the island billions of dollars a year.",
      "CUB|USA", "NEG", "negation reversal capital_as_state", "2023-11-02"),
    T("Carney said the old relationship with the United States, based on steadily deepening integration, “is over”.",
      "CAN|USA", "NEG", "quote reversal leader_as_state", "2025-03-27"),
    T("Ottawa retaliated with tariffs on C$30 billion of American goods, and Canadian shoppers began boycotting US products.",
      "CAN|USA", "NEG", "capital_as_state demonym", "2025-03-04"),
    T("Trudeau insisted the tariff dispute with Washington was “not a crisis in the relationship” and that the two allies would find a way through.",
      "CAN|USA", "POS", "negation quote leader_as_state capital_as_state", "2024-11-29"),
    T("Ottawa and Washington still do not see eye to eye on whether the Northwest Passage is an international strait.",
      "CAN|USA", "NEG", "negation idiom capital_as_state", "2023-03-24"),
    T("Canadian and Mexican trade officials met in Ottawa on Thursday to compare notes before the review of the North American trade agreement.",
      "CAN|MEX", "NEU", "demonym", "2025-02-13"),
    T("Sheinbaum said Mexico would never accept US troops on its soil, but stressed that security cooperation with Washington “has never been better”.",
      "MEX|USA", "POS", "concession negation quote leader_as_state capital_as_state", "2025-05-05"),
    T("Mexico and the United States reached a last-minute deal that put off tariffs for a month, after Sheinbaum agreed to send 10,000 troops to the border.",
      "MEX|USA", "POS", "leader_as_state", "2025-02-03"),
    T("Rubio met Mexican officials in Mexico City on Wednesday to discuss migration, fentanyl and border security.",
      "MEX|USA", "NEU", "leader_as_state demonym", "2025-09-03"),
    T("Mexico severed diplomatic relations with Ecuador after Ecuadorian police stormed its embassy in Quito to arrest a former vice-president.",
      "ECU|MEX", "NEG", "demonym", "2024-04-06"),
    T("Peru withdrew its ambassador from Mexico for good after López Obrador refused to recognise the new government in Lima.",
      "MEX|PER", "NEG", "negation leader_as_state", "2023-02-24"),
    T("Venezuela expelled Argentine diplomats after Buenos Aires refused to recognise Maduro's claim to have won the election.",
      "ARG|VEN", "NEG", "negation leader_as_state capital_as_state demonym", "2024-07-29"),
    T("“That episode is water under the bridge,” an Argentine diplomat said of the spat with Colombia, confirming that both ambassadors would return to their posts.",
      "ARG|COL", "POS", "quote idiom reversal demonym", "2024-05-15"),
    T("A war of words between Bogotá and Quito escalated into a tariff war, with each side slapping 30% duties on the other's goods.",
      "COL|ECU", "NEG", "idiom capital_as_state", "2025-02-03"),
    T("The foreign ministers of Colombia and Ecuador are expected to meet at the Rumichaca bridge next week.",
      "COL|ECU", "NEU", "", "2025-03-18"),
    T("Petro refused to accept deportation flights from the United States, and Trump threatened sweeping tariffs on Colombian goods.",
      "COL|USA", "NEG", "negation hypothetical leader_as_state demonym", "2025-01-26"),
    T("Panamanian officials rejected Trump's claim that China controls the canal, calling it “an insult” to their country.",
      "PAN|USA", "NEG", "negation quote leader_as_state demonym", "2025-02-02"),
    T("Denmark summoned the top US diplomat in Copenhagen over reports of covert influence operations in Greenland.",
      "DNK|USA", "NEG", "", "2025-08-27"),
    T("Trump imposed 50% tariffs on Brazilian goods, citing the prosecution of Bolsonaro, and Lula vowed to respond with reciprocity.",
      "BRA|USA", "NEG", "leader_as_state demonym", "2025-07-10"),
    T("Paraguay reaffirmed its recognition of Taiwan, with President Santiago Peña calling the island a “reliable friend”.",
      "PRY|TWN", "POS", "quote leader_as_state", "2024-05-20"),
    T("Portuguese and Brazilian ministers met in Lisbon for the annual summit between the two governments.",
      "BRA|PRT", "NEU", "anaphora demonym", "2023-04-25"),

    # --- Russia and the West, other great-power pairs ------------------------------------------
    T("Relations between Russia and the United States are at their lowest point since the Cold War, Lavrov said, accusing Washington of waging a hybrid war against Moscow.",
      "RUS|USA", "NEG", "leader_as_state capital_as_state", "2023-04-24"),
    T("Putin and Trump spoke for more than two hours by phone, the Kremlin said, without announcing any concrete outcome.",
      "RUS|USA", "NEU", "negation leader_as_state", "2025-05-19"),
    T("Biden called Putin a “killer”, and Moscow recalled its ambassador from Washington for consultations.",
      "RUS|USA", "NEG", "quote leader_as_state capital_as_state", "2021-03-18"),
    T("Russian and American delegations met in Riyadh and agreed to restore staffing at their embassies, the first concrete step toward repairing ties in years.",
      "RUS|USA", "POS", "reversal demonym", "2025-02-18"),
    T("Xi and Putin declared that the partnership between China and Russia had “no limits” and no “forbidden” areas of cooperation.",
      "CHN|RUS", "POS", "negation quote leader_as_state", "2022-02-04"),
    T("Chinese banks have quietly stopped processing many payments from Russian clients, straining a partnership both governments describe as strategic.",
      "CHN|RUS", "NEG", "demonym anaphora", "2024-03-14"),
    T("Any deployment of Western troops in Ukraine would be a direct threat to Russia, Moscow warned Paris after Macron declined to rule it out.",
      "FRA|RUS", "NEG", "hypothetical negation capital_as_state leader_as_state", "2024-02-27"),
    T("Berlin summoned Russia's top diplomat over a cyberattack it attributed to Russian military intelligence.",
      "DEU|RUS", "NEG", "capital_as_state demonym", "2024-05-03"),
    T("Moscow and Berlin traded another round of tit-for-tat expulsions, each ordering dozens of diplomats to leave.",
      "DEU|RUS", "NEG", "idiom capital_as_state", "2023-04-22"),
    T("Poland ordered the closure of the Russian consulate in Poznań over alleged sabotage.",
      "POL|RUS", "NEG", "demonym", "2024-10-23"),
    T("Lukashenko and Putin signed a security treaty that extends Moscow's nuclear umbrella over Belarus.",
      "BLR|RUS", "POS", "idiom leader_as_state capital_as_state", "2024-12-06"),
    T("Putin and Kim Jong Un signed a mutual defence pact in Pyongyang, pledging to help each other in the event of aggression.",
      "PRK|RUS", "POS", "leader_as_state", "2024-06-19"),
    T("If the schedule holds, Lavrov will travel to North Korea in the second week of July, diplomatic sources said.",
      "PRK|RUS", "NEU", "hypothetical leader_as_state", "2025-07-02"),
    T("The Kremlin confirmed that Putin would visit North Korea soon, without giving dates.",
      "PRK|RUS", "NEU", "negation leader_as_state", "2024-06-14"),
    T("Iran and Russia signed a comprehensive strategic partnership treaty, although it stops short of a mutual defence clause.",
      "IRN|RUS", "POS", "concession negation", "2025-01-17"),
    T("Moscow and Tashkent signed an agreement on building a small nuclear power plant in Uzbekistan.",
      "RUS|UZB", "POS", "capital_as_state", "2024-05-27"),
    T("Serbian President Aleksandar Vučić met the Russian ambassador in Belgrade on Thursday, his office said, without providing details of the conversation.",
      "RUS|SRB", "NEU", "negation leader_as_state demonym", "2024-09-05"),
    T("Cuba's foreign minister is in Moscow for talks with Lavrov, the Russian Foreign Ministry said.",
      "CUB|RUS", "NEU", "leader_as_state demonym", "2024-02-20"),
    T("Trump and Zelensky's Oval Office meeting ended in a shouting match, and the Ukrainian delegation left without signing the minerals deal.",
      "UKR|USA", "NEG", "negation leader_as_state demonym", "2025-02-28"),
    T("Kyiv and Washington signed the minerals agreement, with Sybiha calling it proof that the partnership had weathered the February clash.",
      "UKR|USA", "POS", "reversal idiom capital_as_state leader_as_state", "2025-05-01"),
    T("Israel's foreign minister Gideon Sa'ar called his Ukrainian counterpart Andrii Sybiha to discuss the regional situation.",
      "ISR|UKR", "NEU", "leader_as_state demonym", "2025-01-08"),
    T("Merz and Trump held a cordial first meeting in the Oval Office, with the chancellor praising the president's push for higher defence spending in Europe.",
      "DEU|USA", "POS", "leader_as_state", "2025-06-05"),
    T("Scholz rejected talk of a transatlantic rift, saying Germany and the United States had “never been so closely coordinated” as over Ukraine.",
      "DEU|USA", "POS", "negation quote leader_as_state", "2023-03-03"),
    T("Wadephul is expected to travel to China in the autumn for his first visit as foreign minister, the German Foreign Office said.",
      "CHN|DEU", "NEU", "leader_as_state demonym", "2025-07-15"),
    T("Lammy held talks with his Chinese counterpart Wang Yi in Beijing on Friday, the Foreign Office said.",
      "CHN|GBR", "NEU", "leader_as_state demonym", "2024-10-18"),
    T("Washington removed Turkey from the F-35 programme after Ankara took delivery of Russian S-400 missiles.",
      "TUR|USA", "NEG", "capital_as_state", "2019-07-17"),
    T("Turkey and the United States have been on a rocky road for a decade, and the dispute over the S-400s is still not resolved.",
      "TUR|USA", "NEG", "idiom negation", "2024-01-30"),
    T("Ties between Ankara and Washington remain a patchwork of close military cooperation within NATO and sharp disputes over Syria.",
      "TUR|USA", "NEU", "capital_as_state", "2024-06-27"),
    T("For all the disagreements over Ukraine, Budapest and Washington have never been closer, Szijjártó said after meeting Rubio.",
      "HUN|USA", "POS", "concession negation capital_as_state leader_as_state", "2025-03-06"),
    T("Washington lifted sanctions on Belarus's national airline after Minsk freed a group of political prisoners.",
      "BLR|USA", "POS", "reversal capital_as_state", "2025-09-11"),
    T("Trump hosted Aliyev at the White House, and the United States and Azerbaijan agreed to start work on a strategic partnership charter.",
      "AZE|USA", "POS", "leader_as_state", "2025-08-08"),
    T("Relations between Armenia and the United States have grown markedly warmer, with Washington and Yerevan signing a strategic partnership charter.",
      "ARM|USA", "POS", "capital_as_state", "2025-01-14"),
    T("Pakistan's ties with the United States were on thin ice for years, but Washington's new trade deal with Islamabad signals a thaw.",
      "PAK|USA", "POS", "concession idiom capital_as_state", "2025-07-31"),
    T("Ruto's state visit to Washington, the first by an African leader in sixteen years, ended with pledges of closer security and technology cooperation.",
      "KEN|USA", "POS", "leader_as_state", "2024-05-23"),
    T("The United States designated Qatar a major non-NATO ally, rewarding Doha for its help with the evacuation from Afghanistan.",
      "QAT|USA", "POS", "capital_as_state", "2022-03-10"),
    T("The Emir of Qatar received the US special envoy for the Middle East in Doha on Sunday.",
      "QAT|USA", "NEU", "", "2025-03-09"),
    T("Far from cooling, ties between Hanoi and Washington have deepened since the two countries upgraded them to a comprehensive strategic partnership.",
      "USA|VNM", "POS", "negation capital_as_state anaphora", "2024-09-10"),
    T("Australia and the United States signed a critical minerals framework, with Albanese calling the alliance “stronger than ever”.",
      "AUS|USA", "POS", "quote leader_as_state", "2025-10-20"),

    # --- Asia-Pacific ----------------------------------------------------------------------
    T("France recalled its ambassador from Canberra in fury after Australia scrapped a submarine contract in favour of the AUKUS pact.",
      "AUS|FRA", "NEG", "capital_as_state", "2021-09-17"),
    T("Albanese and Macron declared the submarine row behind them, announcing a new roadmap for defence and climate cooperation.",
      "AUS|FRA", "POS", "reversal idiom leader_as_state", "2022-07-01"),
    T("Indonesia and Australia signed a defence cooperation agreement that their ministers described as the most significant in the history of the relationship.",
      "AUS|IDN", "POS", "", "2024-08-29"),
    T("Malaysia and Singapore launched a special economic zone in Johor, the latest sign of their deepening economic integration.",
      "MYS|SGP", "POS", "", "2025-01-07"),
    T("Prabowo and Anwar agreed to develop the disputed Ambalat sea block jointly rather than let the maritime dispute fester.",
      "IDN|MYS", "POS", "negation idiom leader_as_state", "2025-06-27"),
    T("Foreign ministers from Indonesia and Malaysia held talks in Jakarta on Thursday. The two countries also discussed the protection of migrant workers.",
      "IDN|MYS", "NEU", "anaphora", "2024-01-11"),
    T("Thailand and Cambodia agreed to an immediate ceasefire after five days of fighting along their border, which had displaced more than 200,000 people.",
      "KHM|THA", "POS", "reversal", "2025-07-28"),
    T("Bangkok sealed all land crossings with Cambodia and recalled its ambassador, accusing Phnom Penh of laying new landmines.",
      "KHM|THA", "NEG", "capital_as_state", "2025-07-24"),
    T("Thai and Cambodian defence officials met in Kuala Lumpur on Monday for a session of the General Border Committee.",
      "KHM|THA", "NEU", "demonym", "2025-08-04"),
    T("Despite warm words at the June meeting of their boundary commission, the dispute between Cambodia and Thailand has deepened, with both armies reinforcing positions near the ancient temples.",
      "KHM|THA", "NEG", "concession", "2025-07-02"),
    T("The meeting between the Vietnamese and Philippine coast guards took place behind closed doors, and neither side issued a statement afterwards.",
      "PHL|VNM", "NEU", "anaphora negation demonym", "2024-08-30"),
    T("The Mongolian president will pay a state visit to Japan next month, the two governments announced.",
      "JPN|MNG", "NEU", "anaphora demonym", "2024-11-12"),
    T("Should the trip go ahead, it would be the first visit by a Japanese prime minister to North Korea in two decades, officials in Tokyo noted.",
      "JPN|PRK", "NEU", "hypothetical demonym", "2024-03-26"),

    # --- More routine contacts and mixed pictures --------------------------------------------
    T("Kuwaiti and Iraqi officials held a new round of talks on maritime boundaries in Baghdad.",
      "IRQ|KWT", "NEU", "demonym", "2023-09-18"),
    T("India's foreign secretary held consultations with Sri Lankan officials in Colombo on Tuesday.",
      "IND|LKA", "NEU", "demonym", "2025-02-25"),
    T("The Tunisian president received the Algerian foreign minister in Tunis on Wednesday, the presidency said.",
      "DZA|TUN", "NEU", "demonym", "2024-04-10"),
    T("Kenyan and Ugandan energy officials met in Kampala to review the timetable for the pipeline extension.",
      "KEN|UGA", "NEU", "demonym", "2024-05-07"),
    T("The next round of talks between Armenian and Azerbaijani negotiators will take place in Abu Dhabi, the foreign ministries of the two countries said.",
      "ARM|AZE", "NEU", "anaphora demonym", "2025-07-08"),
    T("Georgia's prime minister met Aliyev in Baku on Tuesday, the Azerbaijani presidency said.",
      "AZE|GEO", "NEU", "leader_as_state demonym", "2024-03-05"),
    T("Moldovan and Ukrainian border officials discussed a joint checkpoint at Palanca.",
      "MDA|UKR", "NEU", "demonym", "2024-11-26"),
    T("Indian and Chinese corps commanders held a 21st round of talks at the Chushul-Moldo meeting point.",
      "CHN|IND", "NEU", "demonym", "2024-02-19"),
    T("Uzbek and Afghan officials signed a railway agreement in Tashkent. Both sides called it proof that trade can flourish without political recognition.",
      "AFG|UZB", "POS", "anaphora negation demonym", "2024-07-17"),
    T("Afghanistan's Qosh Tepa canal could trigger a water conflict with Uzbekistan, experts warned.",
      "AFG|UZB", "NEG", "hypothetical", "2023-03-29"),
]


# ---------------------------------------------------------------------------------------
# Validation, split, output
# ---------------------------------------------------------------------------------------
MIN_TOTAL, MIN_TEST, MIN_DEV, MIN_NHR, MIN_DYADS = 340, 220, 110, 100, 60


def _has(surface: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text) is not None


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def leaders_in(text: str):
    """(canonical, iso3, periods) of every listed leader named in text."""
    return [(name, iso, periods) for name, iso, surfaces, periods in LEADERS
            if any(_has(x, text) for x in surfaces)]


def in_office(periods, day: dt.date) -> bool:
    return any(_date(a) <= day and (b is None or day < _date(b)) for a, b in periods)


# Fixed names (ORG/LOC) that contain a state surface without mentioning the state.
FIXED_NAMES = ["Grand Ethiopian Renaissance Dam", "Sputnik Azerbaijan", "Russian-language"]


def _strip(text: str, surfaces) -> str:
    for x in sorted(surfaces, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(x) + r"(?!\w)", " ", text)
    return text


def masked(text: str) -> str:
    """The text with every state/leader surface and number replaced: used to spot templates."""
    surfaces = set()
    for names, dems, caps in COUNTRIES.values():
        surfaces.update(names + dems + caps)
    for _, _, xs, _ in LEADERS:
        surfaces.update(xs)
    for x in sorted(surfaces, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(x) + r"(?!\w)", "X", text)
    text = re.sub(r"\d[\d,.]*", "N", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


def check_item(item, errors, warnings):
    text, dyad, tone, tags, date = (item[k] for k in ("text", "dyad", "tone", "phenomena", "date"))
    where = f"[{text[:60]}...]"
    day = check_tone_item_basics(item, errors, where, COUNTRIES, PHENOMENA)
    if day is None:
        return
    a, b = dyad.split("|")

    text = _strip(text, FIXED_NAMES)
    leaders = leaders_in(text)
    for name, iso, periods in leaders:
        if not in_office(periods, day):
            errors.append(f"{where} {name} not in office on {date}")
    for code in (a, b):
        names, dems, caps = COUNTRIES[code]
        found = [x for x in names + dems + caps if _has(x, text)]
        found += [n for n, iso, _ in leaders if iso == code]
        if not found:
            errors.append(f"{where} no mention of {code}")
    dyad_leaders = [n for n, iso, _ in leaders if iso in (a, b)]
    if ("leader_as_state" in tags) != bool(dyad_leaders):
        errors.append(f"{where} leader_as_state tag {'leader_as_state' in tags} but leaders {dyad_leaders}")
    no_names = _strip(text, [x for v in COUNTRIES.values() for x in v[0]])
    dems = [x for code in (a, b) for x in COUNTRIES[code][1]
            if _has(x, no_names) or _has(x + "s", no_names)]
    if ("demonym" in tags) != bool(dems):
        errors.append(f"{where} demonym tag {'demonym' in tags} but demonyms {dems}")
    caps = [x for code in (a, b) for x in COUNTRIES[code][2] if _has(x, text)]
    if "capital_as_state" in tags and not caps:
        errors.append(f"{where} capital_as_state without a capital")
    if ("quote" in tags) != ("“" in text):
        errors.append(f"{where} quote tag must match a direct quotation")
    anaphor = ANAPHORS.search(text)
    if "anaphora" in tags and not anaphor:
        errors.append(f"{where} anaphora without an anaphoric phrase")
    if anaphor and "anaphora" not in tags:
        warnings.append(f"{where} {anaphor.group(0)!r} not tagged anaphora")


def build(items):
    """Validate, split and return (dev, test, report lines); raise SystemExit on errors."""
    errors, warnings = [], []
    for item in items:
        check_item(item, errors, warnings)

    texts = collections.Counter(i["text"] for i in items)
    errors += [f"duplicate text: {t[:60]}" for t, n in texts.items() if n > 1]
    # template check: identical skeletons once names are masked are not allowed; near
    # duplicates (similarity >= 0.8) may occur at most 3 times in one cluster.
    skel = [masked(i["text"]) for i in items]
    same = collections.Counter(skel)
    errors += [f"same template {n}x: {k[:70]}" for k, n in same.items() if n > 1]
    near = collections.defaultdict(set)
    for x in range(len(skel)):
        for y in range(x + 1, len(skel)):
            sm = difflib.SequenceMatcher(None, skel[x], skel[y])
            if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8:
                near[x].add(y)
                near[y].add(x)
    for x, ys in near.items():
        if len(ys) >= 3:
            errors.append(f"template used {len(ys) + 1}x: {items[x]['text'][:70]}")
        else:
            warnings.append(f"near duplicate: {items[x]['text'][:50]} ~ "
                            + " | ".join(items[y]["text"][:50] for y in sorted(ys)))

    records, seen_per_tone = [], collections.Counter()
    for n, item in enumerate(items, 1):
        tags = set(item["phenomena"])
        if not tags & set(TONE_PHENOMENA):
            tags.add("plain")
        seen_per_tone[item["tone"]] += 1
        split = "dev" if seen_per_tone[item["tone"]] % 3 == 0 else "test"
        text = item["text"]
        records.append((split, {
            "id": f"tone-{n:04d}",
            "text": text,
            "tone": [{"start": 0, "end": len(text), "tone": item["tone"]}],
            "dyads": {item["dyad"]: item["tone"]},
            "phenomena": [p for p in PHENOMENA if p in tags],
            "date": item["date"],
        }))
    dev = [r for s, r in records if s == "dev"]
    test = [r for s, r in records if s == "test"]

    # token boundaries of spacy.blank("en") (trivial for whole-text spans, checked anyway)
    try:
        import spacy
        nlp = spacy.blank("en")
        for _, r in records:
            doc = nlp.make_doc(r["text"])
            for t in r["tone"]:
                if doc.char_span(t["start"], t["end"]) is None:
                    errors.append(f"{r['id']} tone span not on token boundaries")
    except ImportError:  # pragma: no cover
        warnings.append("spaCy not importable: token boundaries not checked")

    # global requirements
    all_r = [r for _, r in records]
    tones = collections.Counter(r["tone"][0]["tone"] for r in all_r)
    total = len(all_r)
    if total < MIN_TOTAL or len(test) < MIN_TEST or len(dev) < MIN_DEV:
        errors.append(f"too few items: total {total}, test {len(test)}, dev {len(dev)}")
    for tone, lo, hi in (("POS", .35, .45), ("NEG", .35, .45), ("NEU", .15, .25)):
        if not lo <= tones[tone] / total <= hi:
            errors.append(f"{tone} share {tones[tone] / total:.2f} outside [{lo}, {hi}]")
    nhr = sum(1 for r in all_r if {"negation", "hypothetical", "reversal"} & set(r["phenomena"]))
    if nhr < MIN_NHR:
        errors.append(f"only {nhr} items with negation/hypothetical/reversal")
    dyads = {d for r in all_r for d in r["dyads"]}
    if len(dyads) < MIN_DYADS:
        errors.append(f"only {len(dyads)} dyads")
    for part, rows, least in (("dev", dev, 3), ("test", test, 6)):
        counts = collections.Counter(p for r in rows for p in r["phenomena"])
        for p in PHENOMENA:
            if counts[p] < least:
                errors.append(f"{part}: phenomenon {p} only {counts[p]}x")
        for tone in TONES:
            if not any(r["tone"][0]["tone"] == tone for r in rows):
                errors.append(f"{part}: no {tone} item")

    report = _report(dev, test, nhr, dyads)
    return dev, test, report, errors, warnings


def _report(dev, test, nhr, dyads):
    lines = []
    rows = {"dev": dev, "test": test, "all": dev + test}
    lines.append("items            " + "  ".join(f"{k:>5}" for k in rows))
    lines.append("total            " + "  ".join(f"{len(v):>5}" for v in rows.values()))
    for tone in TONES:
        lines.append(f"tone {tone:<11} " + "  ".join(
            f"{sum(r['tone'][0]['tone'] == tone for r in v):>5}" for v in rows.values()))
    for p in PHENOMENA:
        lines.append(f"{p:<16} " + "  ".join(
            f"{sum(p in r['phenomena'] for r in v):>5}" for v in rows.values()))
    lines.append(f"neg/hyp/rev      {nhr:>19}")
    lines.append(f"distinct dyads   {len(dyads):>19}")
    return lines


def dump(rows) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate and compare, do not write")
    ap.add_argument("--warnings", action="store_true", help="print review warnings too")
    args = ap.parse_args(argv)
    dev, test, report, errors, warnings = build(ITEMS)
    if args.warnings:
        for w in warnings:
            print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    outputs = {OUT_DIR / "tone_dev.jsonl": dump(dev), OUT_DIR / "tone_test.jsonl": dump(test)}
    if args.check:
        stale = [p for p, text in outputs.items() if not p.exists() or p.read_text("utf-8") != text]
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}", file=sys.stderr)
        if stale:
            return 1
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for path, text in outputs.items():
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
