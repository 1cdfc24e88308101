#!/usr/bin/env python
"""Build a second, independent tuning set for relation TONE: ``corpus/eval/tone_dev2.jsonl``.

The items below were written from scratch for this set by a different author than
``scripts/make_tone_eval.py`` (tone_dev/tone_test). They imitate wire copy (Reuters/AP/AFP
and regional outlets): long sentences with several states, attribution, reported speech,
numbers, dates and background clauses. None is copied from an article; many paraphrase real
events, and some details are invented. The set is for TUNING only. It is never a test set,
and it was written without looking at ``tone_test.jsonl``.

Run from anywhere:  python scripts/make_tone_dev2.py [--check] [--warnings]
(``--check`` validates and compares with the file on disk without writing.)

Labels follow the rules in ``corpus/eval/README.md`` (tone section): one dyad per item,
whose label is the state of relations the item asserts after negation, denial,
hypotheticals and reversals. Concessions follow the main clause. Routine contacts are NEU.

Phenomenon tags are the same as in tone_dev.jsonl (``plain`` is added automatically when an
item has none of the six tone phenomena), plus three descriptive tags that only this set has:
  action          the tone is carried by a state ACTION (expelled diplomats, closed a border,
                  resumed flights, released prisoners, seized a tanker ...), not by relation words
  counterfactual  a counterfactual or "without X, Y would ..." clause (always also hypothetical)
  routine         the item reports a routine contact (meeting, call, visit, credentials, session)

Leaders are checked against ``scripts/sources/leaders/*.jsonl``. Every person of those tables
named in an item must be in office on the item's date (rows marked ``unsure`` do not count), or
be listed in the item's ``former`` argument. In that case they must be OUT of office, and they
are a PERSON, not the state.
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

from _common import check_tone_item_basics, dump_jsonl, write_or_check  # noqa: E402  (scripts/ is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "eval" / "tone_dev2.jsonl"
DEV1 = ROOT / "corpus" / "eval" / "tone_dev.jsonl"
LEADER_SOURCES = sorted((ROOT / "scripts" / "sources" / "leaders").glob("*.jsonl"))

TONES = ("POS", "NEG", "NEU")
TONE_PHENOMENA = ("negation", "hypothetical", "reversal", "concession", "quote", "idiom")
REFERENCE_PHENOMENA = ("leader_as_state", "capital_as_state", "demonym", "anaphora")
EXTRA_PHENOMENA = ("action", "counterfactual", "routine")
PHENOMENA = ("plain",) + TONE_PHENOMENA + REFERENCE_PHENOMENA + EXTRA_PHENOMENA
HARD = ("negation", "hypothetical", "reversal", "concession")

MIN_ITEMS, MIN_HARD, MIN_DYADS, MIN_ACTION, MIN_ROUTINE_NEU = 220, 90, 60, 60, 15
SHARES = (("POS", .35, .45), ("NEG", .35, .45), ("NEU", .15, .25))

# ---------------------------------------------------------------------------------------
# Surfaces per state: (names, demonyms/adjectives, capitals). Used to check that both states
# of the dyad are mentioned and that the demonym/capital tags are right.
# ---------------------------------------------------------------------------------------
COUNTRIES = {
    "AFG": (["Afghanistan"], ["Afghan"], ["Kabul"]),
    "ALB": (["Albania"], ["Albanian"], ["Tirana"]),
    "ARE": (["United Arab Emirates", "UAE"], ["Emirati"], ["Abu Dhabi"]),
    "ARG": (["Argentina"], ["Argentine", "Argentinian"], ["Buenos Aires"]),
    "ARM": (["Armenia"], ["Armenian"], ["Yerevan"]),
    "AUS": (["Australia"], ["Australian"], ["Canberra"]),
    "AZE": (["Azerbaijan"], ["Azerbaijani"], ["Baku"]),
    "BEN": (["Benin"], ["Beninese"], ["Porto-Novo", "Cotonou"]),
    "BGD": (["Bangladesh"], ["Bangladeshi"], ["Dhaka"]),
    "BGR": (["Bulgaria"], ["Bulgarian"], ["Sofia"]),
    "BHR": (["Bahrain"], ["Bahraini"], ["Manama"]),
    "BLR": (["Belarus"], ["Belarusian"], ["Minsk"]),
    "BRA": (["Brazil"], ["Brazilian"], ["Brasília"]),
    "BTN": (["Bhutan"], ["Bhutanese"], ["Thimphu"]),
    "CAN": (["Canada"], ["Canadian"], ["Ottawa"]),
    "CHL": (["Chile"], ["Chilean"], ["Santiago"]),
    "CHN": (["China", "People's Republic of China"], ["Chinese", "Sino"], ["Beijing"]),
    "COD": (["Democratic Republic of Congo", "DR Congo", "Congo"], ["Congolese"], ["Kinshasa"]),
    "COL": (["Colombia"], ["Colombian"], ["Bogotá"]),
    "CUB": (["Cuba"], ["Cuban"], ["Havana"]),
    "CYP": (["Cyprus"], ["Cypriot"], ["Nicosia"]),
    "CZE": (["Czech Republic", "Czechia"], ["Czech"], ["Prague"]),
    "DEU": (["Germany"], ["German"], ["Berlin"]),
    "DNK": (["Denmark"], ["Danish"], ["Copenhagen"]),
    "DZA": (["Algeria"], ["Algerian"], ["Algiers"]),
    "ECU": (["Ecuador"], ["Ecuadorian", "Ecuadorean"], ["Quito"]),
    "EGY": (["Egypt"], ["Egyptian"], ["Cairo"]),
    "ERI": (["Eritrea"], ["Eritrean"], ["Asmara"]),
    "ESP": (["Spain"], ["Spanish"], ["Madrid"]),
    "EST": (["Estonia"], ["Estonian"], ["Tallinn"]),
    "ETH": (["Ethiopia"], ["Ethiopian"], ["Addis Ababa"]),
    "FIN": (["Finland"], ["Finnish"], ["Helsinki"]),
    "FRA": (["France"], ["French", "Franco"], ["Paris"]),
    "GBR": (["United Kingdom", "Britain", "UK"], ["British"], ["London"]),
    "GEO": (["Georgia"], ["Georgian"], ["Tbilisi"]),
    "GHA": (["Ghana"], ["Ghanaian"], ["Accra"]),
    "GRC": (["Greece"], ["Greek"], ["Athens"]),
    "GUY": (["Guyana"], ["Guyanese"], ["Georgetown"]),
    "HUN": (["Hungary"], ["Hungarian"], ["Budapest"]),
    "IDN": (["Indonesia"], ["Indonesian"], ["Jakarta"]),
    "IND": (["India"], ["Indian"], ["New Delhi", "Delhi"]),
    "IRL": (["Ireland"], ["Irish"], ["Dublin"]),
    "IRN": (["Iran"], ["Iranian"], ["Tehran"]),
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
    "KWT": (["Kuwait"], ["Kuwaiti"], ["Kuwait City"]),
    "LBN": (["Lebanon"], ["Lebanese"], ["Beirut"]),
    "LKA": (["Sri Lanka"], ["Sri Lankan"], ["Colombo"]),
    "LTU": (["Lithuania"], ["Lithuanian"], ["Vilnius"]),
    "LVA": (["Latvia"], ["Latvian"], ["Riga"]),
    "MAR": (["Morocco"], ["Moroccan"], ["Rabat"]),
    "MDA": (["Moldova"], ["Moldovan"], ["Chișinău", "Chisinau"]),
    "MDV": (["Maldives"], ["Maldivian"], ["Malé", "Male"]),
    "MEX": (["Mexico"], ["Mexican"], ["Mexico City"]),
    "MKD": (["North Macedonia"], ["Macedonian"], ["Skopje"]),
    "MLI": (["Mali"], ["Malian"], ["Bamako"]),
    "MNG": (["Mongolia"], ["Mongolian"], ["Ulaanbaatar"]),
    "MUS": (["Mauritius"], ["Mauritian"], ["Port Louis"]),
    "MYS": (["Malaysia"], ["Malaysian"], ["Kuala Lumpur"]),
    "NER": (["Niger"], ["Nigerien"], ["Niamey"]),
    "NGA": (["Nigeria"], ["Nigerian"], ["Abuja"]),
    "NLD": (["Netherlands"], ["Dutch"], ["Amsterdam", "The Hague"]),
    "NPL": (["Nepal"], ["Nepali", "Nepalese"], ["Kathmandu"]),
    "NOR": (["Norway"], ["Norwegian"], ["Oslo"]),
    "NZL": (["New Zealand"], ["New Zealander"], ["Wellington"]),
    "OMN": (["Oman"], ["Omani"], ["Muscat"]),
    "PAK": (["Pakistan"], ["Pakistani"], ["Islamabad"]),
    "PAN": (["Panama"], ["Panamanian"], ["Panama City"]),
    "PER": (["Peru"], ["Peruvian"], ["Lima"]),
    "PHL": (["Philippines"], ["Philippine", "Filipino"], ["Manila"]),
    "PNG": (["Papua New Guinea"], ["Papua New Guinean"], ["Port Moresby"]),
    "POL": (["Poland"], ["Polish"], ["Warsaw"]),
    "PRK": (["North Korea", "DPRK"], ["North Korean", "inter-Korean"], ["Pyongyang"]),
    "QAT": (["Qatar"], ["Qatari"], ["Doha"]),
    "ROU": (["Romania"], ["Romanian"], ["Bucharest"]),
    "RUS": (["Russia", "Russian Federation"], ["Russian"], ["Moscow"]),
    "RWA": (["Rwanda"], ["Rwandan"], ["Kigali"]),
    "SAU": (["Saudi Arabia"], ["Saudi"], ["Riyadh"]),
    "SDN": (["Sudan"], ["Sudanese"], ["Khartoum"]),
    "SEN": (["Senegal"], ["Senegalese"], ["Dakar"]),
    "SGP": (["Singapore"], ["Singaporean"], []),
    "SLV": (["El Salvador"], ["Salvadoran"], ["San Salvador"]),
    "SOM": (["Somalia"], ["Somali"], ["Mogadishu"]),
    "SRB": (["Serbia"], ["Serbian"], ["Belgrade"]),
    "SVK": (["Slovakia"], ["Slovak"], ["Bratislava"]),
    "SWE": (["Sweden"], ["Swedish"], ["Stockholm"]),
    "SYR": (["Syria"], ["Syrian"], ["Damascus"]),
    "TCD": (["Chad"], ["Chadian"], ["N'Djamena"]),
    "THA": (["Thailand"], ["Thai"], ["Bangkok"]),
    "TJK": (["Tajikistan"], ["Tajik"], ["Dushanbe"]),
    "TKM": (["Turkmenistan"], ["Turkmen"], ["Ashgabat"]),
    "TUR": (["Turkey", "Türkiye"], ["Turkish"], ["Ankara"]),
    "TUN": (["Tunisia"], ["Tunisian"], ["Tunis"]),
    "TWN": (["Taiwan"], ["Taiwanese"], ["Taipei"]),
    "UGA": (["Uganda"], ["Ugandan"], ["Kampala"]),
    "UKR": (["Ukraine"], ["Ukrainian"], ["Kyiv"]),
    "USA": (["United States", "US", "America"], ["American"], ["Washington"]),
    "UZB": (["Uzbekistan"], ["Uzbek"], ["Tashkent"]),
    "VEN": (["Venezuela"], ["Venezuelan"], ["Caracas"]),
    "VNM": (["Vietnam"], ["Vietnamese"], ["Hanoi"]),
    "XKX": (["Kosovo"], ["Kosovar"], ["Pristina"]),
    "ZAF": (["South Africa"], ["South African"], ["Pretoria"]),
}

# Fixed names (places, organisations, products) that contain a state surface without
# mentioning the state as an actor. They are removed before the mention and tag checks.
FIXED_NAMES = [
    "Grand Ethiopian Renaissance Dam", "Port Sudan", "British Columbia", "South China Sea",
    "East China Sea", "Indian Ocean", "Latin American", "Latin America", "South American",
    "Central American", "Russian-language", "Saudi Press Agency", "Georgian Dream",
    "Korean Peninsula", "Gulf of Mexico", "Sea of Japan", "Wall Street Journal",
]

# Single-word aliases of the leader tables that are also ordinary words or common names;
# they are matched only through the curated surfaces below, never automatically.
WEAK = {
    "Abdullah", "Abbas", "Ali", "Bishop", "Borne", "Browne", "Burton", "Castro", "Champagne",
    "Cohen", "Davis", "Douglas", "Drew", "Friday", "Gabriel", "Greene", "Hassan", "Harris",
    "Henderson", "Hunt", "Hussein", "Idris", "Katz", "Lucas", "Marcelo", "Martin", "Mason",
    "Mitchell", "Montenegro", "Mustafa", "Ortega", "Pavel", "Peters", "Philippe", "Phillips",
    "Pierre", "Rashid", "Robert", "Salam", "Salim", "Salman", "Seguro", "Sharif", "Tamim",
    "Todd", "Rahman", "Mohamad", "Haitham", "Mammadov", "Vieira", "Fernández", "Fernandez",
    "Levy", "Ramos", "Shah", "Reina", "Hasina", "Macri", "Nunes", "Khaleel", "Magyar",
    "Brown", "Green", "Graham", "Howard", "Smith", "Parts", "Store", "Hague", "Charles",
    "Elizabeth", "Antonio", "António", "Cristina", "Hillary", "Emerson", "Cannon", "Barak",
    "Sharon", "Kerry", "Straw", "Powell", "Singh", "Schmidt", "Jiang", "Serra", "Marty",
    "Faure", "Chung", "Hwang", "Krishna", "Shalom", "Ivanov", "Amato", "Wahid", "Kalam",
}

# Curated surfaces for the leaders the items name: canonical name (as in the tables) ->
# surfaces. Every other full name or multi-word alias of the tables is found automatically.
LEADER_SURFACES = {
    "Vladimir Putin": ["Putin"], "Sergey Lavrov": ["Lavrov"],
    "Ilham Aliyev": ["Aliyev"], "Jeyhun Bayramov": ["Bayramov"],
    "Recep Tayyip Erdoğan": ["Erdoğan"], "Hakan Fidan": ["Fidan"],
    "Xi Jinping": ["Xi Jinping", "Xi"], "Wang Yi": ["Wang Yi"], "Li Qiang": ["Li Qiang"],
    "Joe Biden": ["Biden"], "Antony Blinken": ["Blinken"],
    "Donald Trump": ["Trump"], "Marco Rubio": ["Rubio"], "Mike Pompeo": ["Pompeo"],
    "Narendra Modi": ["Modi"], "S. Jaishankar": ["Jaishankar"],
    "Shehbaz Sharif": ["Shehbaz Sharif"], "Ishaq Dar": ["Ishaq Dar"],
    "Emmanuel Macron": ["Macron"], "Olaf Scholz": ["Scholz"], "Friedrich Merz": ["Merz"],
    "Annalena Baerbock": ["Baerbock"], "Johann Wadephul": ["Wadephul"],
    "Keir Starmer": ["Starmer"], "David Lammy": ["Lammy"], "David Cameron": ["Cameron"],
    "Fumio Kishida": ["Kishida"], "Shigeru Ishiba": ["Ishiba"], "Yoshimasa Hayashi": ["Hayashi"],
    "Yoon Suk Yeol": ["Yoon Suk Yeol", "Yoon"], "Lee Jae-myung": ["Lee Jae-myung"],
    "Moon Jae-in": ["Moon Jae-in"], "Kim Jong Un": ["Kim Jong Un"],
    "Masoud Pezeshkian": ["Pezeshkian"], "Abbas Araghchi": ["Abbas Araghchi", "Araghchi"],
    "Benjamin Netanyahu": ["Netanyahu"], "Gideon Sa'ar": ["Gideon Sa'ar", "Sa'ar"],
    "Israel Katz": ["Israel Katz"],
    "Volodymyr Zelenskyy": ["Zelensky"], "Andrii Sybiha": ["Sybiha"],
    "Mohammed bin Salman": ["Mohammed bin Salman"],
    "Faisal bin Farhan Al Saud": ["Faisal bin Farhan"],
    "Abdel Fattah el-Sisi": ["el-Sisi", "Sisi"], "Badr Abdelatty": ["Abdelatty"],
    "Tamim bin Hamad Al Thani": ["Tamim bin Hamad"],
    "Luiz Inácio Lula da Silva": ["Lula"], "Mauro Vieira": ["Mauro Vieira"],
    "Javier Milei": ["Milei"], "Claudia Sheinbaum": ["Sheinbaum"],
    "Andrés Manuel López Obrador": ["López Obrador"], "Nicolás Maduro": ["Maduro"],
    "Justin Trudeau": ["Trudeau"], "Mark Carney": ["Carney"], "Mélanie Joly": ["Joly"],
    "Anthony Albanese": ["Albanese"], "Penny Wong": ["Penny Wong"],
    "Kassym-Jomart Tokayev": ["Tokayev"], "Shavkat Mirziyoyev": ["Mirziyoyev"],
    "Sadyr Japarov": ["Sadyr Japarov"], "Emomali Rahmon": ["Rahmon"],
    "Alexander Lukashenko": ["Lukashenko"], "Donald Tusk": ["Tusk"],
    "Radosław Sikorski": ["Sikorski"], "Andrzej Duda": ["Duda"],
    "Viktor Orbán": ["Orbán"], "Péter Szijjártó": ["Szijjártó"],
    "Aleksandar Vučić": ["Vučić"], "Albin Kurti": ["Kurti"],
    "Kyriakos Mitsotakis": ["Mitsotakis"], "Giorgia Meloni": ["Meloni"],
    "Antonio Tajani": ["Tajani"], "Pedro Sánchez": ["Sánchez"],
    "José Manuel Albares": ["Albares"], "Abdelmadjid Tebboune": ["Tebboune"],
    "Abiy Ahmed": ["Abiy"], "William Ruto": ["Ruto"], "Cyril Ramaphosa": ["Ramaphosa"],
    "Félix Tshisekedi": ["Tshisekedi"], "Paul Kagame": ["Kagame"],
    "Bongbong Marcos": ["Ferdinand Marcos Jr.", "Marcos"], "Prabowo Subianto": ["Prabowo"],
    "Anwar Ibrahim": ["Anwar Ibrahim", "Anwar"], "Alexander Stubb": ["Stubb"],
    "Irakli Kobakhidze": ["Kobakhidze"], "Lai Ching-te": ["Lai Ching-te"],
    "Mohamed bin Zayed Al Nahyan": ["Mohamed bin Zayed"],
    "Ayman Safadi": ["Safadi"], "Mohamed Muizzu": ["Muizzu"],
    "Touhid Hossain": ["Touhid Hossain"], "Irfaan Ali": ["Irfaan Ali"],
    "Edi Rama": ["Edi Rama", "Rama"], "Robert Fico": ["Fico"], "Denys Shmyhal": ["Shmyhal"],
    "José Raúl Mulino": ["Mulino"], "Ahmed al-Sharaa": ["al-Sharaa"],
    "Bashar al-Assad": ["Bashar al-Assad", "Assad"], "Murat Nurtleu": ["Nurtleu"],
    "Bakhtiyor Saidov": ["Saidov"], "James Marape": ["Marape"], "Bola Tinubu": ["Tinubu"],
    "Mohammed bin Abdulrahman Al Thani": ["Mohammed bin Abdulrahman"],
    "Espen Barth Eide": ["Espen Barth Eide"], "Gitanas Nausėda": ["Nausėda"],
    "Felipe VI": ["Felipe VI", "King Felipe"], "Jair Bolsonaro": ["Bolsonaro"],
    "Sheikh Hasina": ["Sheikh Hasina"], "Mohammed VI": ["Mohammed VI"],
    "Gustavo Petro": ["Petro"], "Nikol Pashinyan": ["Pashinyan"],
    "Ararat Mirzoyan": ["Mirzoyan"], "Jean-Noël Barrot": ["Barrot"],
    "Mette Frederiksen": ["Frederiksen"], "Sergei Aleinik": ["Aleinik"],
    "Jan Lipavský": ["Lipavský"], "Giorgos Gerapetritis": ["Gerapetritis"],
    "Mevlüt Çavuşoğlu": ["Çavuşoğlu"], "Tsai Ing-wen": ["Tsai Ing-wen"],
    "Jacob Zuma": ["Zuma"], "Naledi Pandor": ["Naledi Pandor"], "Ronald Lamola": ["Lamola"],
    "Amir Khan Muttaqi": ["Muttaqi"], "Yván Gil": ["Yván Gil"],
    "Hassan Sheikh Mohamud": ["Hassan Sheikh Mohamud"], "Serdar Berdimuhamedow": ["Serdar Berdimuhamedow"],
    "Maia Sandu": ["Sandu"], "Nicușor Dan": ["Nicușor Dan"], "Vjosa Osmani": ["Osmani"],
    "Hun Manet": ["Hun Manet"], "Paetongtarn Shinawatra": ["Paetongtarn"],
    "Anutin Charnvirakul": ["Anutin"], "Mahamat Déby": ["Déby"],
    "Abdourahamane Tchiani": ["Tchiani"], "Patrice Talon": ["Talon"],
    "Christopher Luxon": ["Luxon"], "Winston Peters": ["Winston Peters"],
    "Hun Sen": ["Hun Sen"], "Yoweri Museveni": ["Museveni"], "Samia Suluhu Hassan": ["Samia Suluhu Hassan"],
    "Ebrahim Raisi": ["Raisi"], "Hossein Amir-Abdollahian": ["Amir-Abdollahian"],
    "Mohammad Javad Zarif": ["Zarif"], "Hassan Rouhani": ["Rouhani"],
    "Shinzo Abe": ["Shinzo Abe"],
}

# Anaphoric references to the pair (checked both ways: tag <=> phrase).
ANAPHORS = re.compile(
    r"\b(the two countries|two countries|both countries|both sides|the two sides|"
    r"both governments|the two governments|bilateral relations|the bilateral relationship|"
    r"bilateral ties|the two neighbours|both neighbours|neither side|neither country|"
    r"both capitals|the two capitals|the two leaders|both leaders|the two allies|"
    r"the two rivals|the two nations|either side|each other's capitals)\b",
    re.I,
)



def _has(surface: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text) is not None


def _strip(text: str, surfaces) -> str:
    for x in sorted(surfaces, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(x) + r"(?!\w)", " ", text)
    return text


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value)


# ---------------------------------------------------------------------------------------
# Leader tables
# ---------------------------------------------------------------------------------------
def load_leaders():
    """canonical name -> list of (iso3, start, end or None, unsure) from the source tables,
    and surface -> set of canonical names (curated surfaces, full names, multi-word aliases,
    long single-word aliases that are not in WEAK)."""
    rows = collections.defaultdict(list)
    surfaces = collections.defaultdict(set)
    for path in LEADER_SOURCES:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            rows[r["name"]].append((r["country"], r["start"], r.get("end"), bool(r.get("unsure"))))
            surfaces[r["name"]].add(r["name"])
            for a in r.get("aliases", []):
                if (" " in a and len(a) >= 6) or (len(a) >= 5 and a not in WEAK and a[0].isupper()):
                    surfaces[a].add(r["name"])
    for name, xs in LEADER_SURFACES.items():
        if name not in rows:
            raise SystemExit(f"LEADER_SURFACES: {name!r} is not in the leader tables")
        for x in xs:
            surfaces[x].add(name)
    return rows, surfaces


LEADER_ROWS, LEADER_SURFACE_INDEX = load_leaders()


def in_office(name: str, day: dt.date):
    """ISO3 of the office held by `name` on `day` (confirmed rows only), else None."""
    for iso, start, end, unsure in LEADER_ROWS[name]:
        if not unsure and _date(start) <= day and (end is None or day < _date(end)):
            return iso
    return None


def persons_in(text: str):
    """Canonical names of table persons mentioned in text (longest match wins)."""
    hits = []
    for surface, names in LEADER_SURFACE_INDEX.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            hits.append((m.start(), m.end(), frozenset(names)))
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    taken, out = [], []
    for s, e, names in hits:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(names)
    return out


# ---------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------
def T(text, dyad, tone, tags="", date="", former=()):
    """One labelled item. `former`: table persons named in the text who are NOT in office on
    the date (they are persons, not their state)."""
    return {"text": text, "dyad": dyad, "tone": tone, "phenomena": tags.split(), "date": date,
            "former": tuple(former)}


def check_item(item, errors, warnings):
    text, dyad, tone, tags, date = (item[k] for k in ("text", "dyad", "tone", "phenomena", "date"))
    where = f"[{text[:70]}...]"
    day = check_tone_item_basics(item, errors, where, COUNTRIES, PHENOMENA)
    if day is None:
        return
    a, b = dyad.split("|")
    if not dt.date(2015, 1, 1) <= day <= dt.date(2025, 12, 31):
        errors.append(f"{where} date {date} outside 2015-2025")
    if "counterfactual" in tags and "hypothetical" not in tags:
        errors.append(f"{where} counterfactual must also be hypothetical")

    clean = _strip(text, FIXED_NAMES)
    # leaders / persons of the tables
    leader_isos = []
    for names in persons_in(clean):
        isos = {n: in_office(n, day) for n in names}
        current = {n: i for n, i in isos.items() if i}
        if current:
            countries = set(current.values())
            if len(countries) > 1:
                errors.append(f"{where} ambiguous leader surface {sorted(names)}")
            leader_isos.extend(countries)
            declared = [n for n in current if n in item["former"]]
            if declared:
                errors.append(f"{where} {declared} declared former but in office on {date}")
        elif not any(n in item["former"] for n in names):
            errors.append(f"{where} {sorted(names)} not in office on {date} (declare in former=)")
    for n in item["former"]:
        if n not in LEADER_ROWS:
            errors.append(f"{where} former {n!r} not in the leader tables")
    for code in (a, b):
        names, dems, caps = COUNTRIES[code]
        found = [x for x in names + dems + caps if _has(x, clean)] + [i for i in leader_isos if i == code]
        if not found:
            errors.append(f"{where} no mention of {code}")
    dyad_leaders = [i for i in leader_isos if i in (a, b)]
    if ("leader_as_state" in tags) != bool(dyad_leaders):
        errors.append(f"{where} leader_as_state tag {'leader_as_state' in tags} but leaders of {dyad_leaders}")
    no_names = _strip(clean, [x for v in COUNTRIES.values() for x in v[0]])
    dems = [x for code in (a, b) for x in COUNTRIES[code][1]
            if _has(x, no_names) or _has(x + "s", no_names)]
    if ("demonym" in tags) != bool(dems):
        errors.append(f"{where} demonym tag {'demonym' in tags} but demonyms {dems}")
    caps = [x for code in (a, b) for x in COUNTRIES[code][2] if _has(x, clean)]
    if "capital_as_state" in tags and not caps:
        errors.append(f"{where} capital_as_state without a capital")
    if ("quote" in tags) != ("“" in text):
        errors.append(f"{where} quote tag must match a direct quotation")
    if text.count("“") != text.count("”"):
        errors.append(f"{where} unbalanced quotation marks")
    anaphor = ANAPHORS.search(text)
    if ("anaphora" in tags) != bool(anaphor):
        errors.append(f"{where} anaphora tag {'anaphora' in tags} but phrase {anaphor and anaphor.group(0)!r}")
    # other states mentioned (only for the review listing)
    others = sorted(c for c, (n, d, k) in COUNTRIES.items() if c not in (a, b)
                    and any(_has(x, clean) for x in n + d))
    if len(others) > 2:
        warnings.append(f"{where} many third states: {others}")


def masked(text: str) -> str:
    """The text with state/leader surfaces and numbers replaced: used to spot templates."""
    surfaces = {x for v in COUNTRIES.values() for group in v for x in group}
    surfaces.update(LEADER_SURFACE_INDEX)
    for x in sorted(surfaces, key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(x) + r"(?!\w)", "X", text)
    text = re.sub(r"\d[\d,.]*", "N", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


def _similar(x: str, y: str) -> bool:
    sm = difflib.SequenceMatcher(None, x, y)
    return sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8 and sm.ratio() >= 0.8


def build(items):
    errors, warnings = [], []
    for item in items:
        check_item(item, errors, warnings)

    texts = collections.Counter(i["text"] for i in items)
    errors += [f"duplicate text: {t[:60]}" for t, n in texts.items() if n > 1]
    skel = [masked(i["text"]) for i in items]
    errors += [f"same template {n}x: {k[:70]}" for k, n in collections.Counter(skel).items() if n > 1]
    near = collections.defaultdict(set)
    for x in range(len(skel)):
        for y in range(x + 1, len(skel)):
            if _similar(skel[x], skel[y]):
                near[x].add(y)
                near[y].add(x)
    for x, ys in near.items():
        errors.append(f"near duplicate (>= 0.8): {items[x]['text'][:50]} ~ "
                      + " | ".join(items[y]["text"][:50] for y in sorted(ys)))
    # independence from the first dev set: no shared or near-identical texts
    if DEV1.exists():
        dev1 = [json.loads(l)["text"] for l in DEV1.read_text("utf-8").splitlines() if l.strip()]
        dev1_skel = [masked(t) for t in dev1]
        for item, s in zip(items, skel):
            if item["text"] in dev1 or any(_similar(s, d) for d in dev1_skel):
                errors.append(f"too close to an item of tone_dev.jsonl: {item['text'][:70]}")

    records = []
    for n, item in enumerate(items, 1):
        tags = set(item["phenomena"])
        if not tags & set(TONE_PHENOMENA):
            tags.add("plain")
        text = item["text"]
        records.append({
            "id": f"tone2-{n:04d}",
            "text": text,
            "tone": [{"start": 0, "end": len(text), "tone": item["tone"]}],
            "dyads": {item["dyad"]: item["tone"]},
            "phenomena": [p for p in PHENOMENA if p in tags],
            "date": item["date"],
        })

    try:
        import spacy
        nlp = spacy.blank("en")
        for r in records:
            doc = nlp.make_doc(r["text"])
            for t in r["tone"]:
                if doc.char_span(t["start"], t["end"]) is None:
                    errors.append(f"{r['id']} tone span not on token boundaries")
    except ImportError:  # pragma: no cover
        warnings.append("spaCy not importable: token boundaries not checked")

    total = len(records)
    tones = collections.Counter(r["tone"][0]["tone"] for r in records)
    hard = sum(1 for r in records if set(HARD) & set(r["phenomena"]))
    dyads = collections.Counter(d for r in records for d in r["dyads"])
    action = sum("action" in r["phenomena"] for r in records)
    routine_neu = sum("routine" in r["phenomena"] and r["tone"][0]["tone"] == "NEU" for r in records)
    if total >= MIN_ITEMS:  # the global minimums apply to the finished set
        for tone, lo, hi in SHARES:
            if not lo <= tones[tone] / total <= hi:
                errors.append(f"{tone} share {tones[tone] / total:.2f} outside [{lo}, {hi}]")
        for what, value, least in (("items with negation/hypothetical/reversal/concession", hard, MIN_HARD),
                                   ("distinct dyads", len(dyads), MIN_DYADS),
                                   ("action items", action, MIN_ACTION),
                                   ("routine NEU items", routine_neu, MIN_ROUTINE_NEU)):
            if value < least:
                errors.append(f"only {value} {what} (at least {least})")
    else:
        warnings.append(f"only {total} items so far (at least {MIN_ITEMS}): global minimums not checked")
    return records, report(records, hard, dyads), errors, warnings


def report(records, hard, dyads):
    total = len(records)
    lines = [f"items {total}"]
    for tone in TONES:
        k = sum(r["tone"][0]["tone"] == tone for r in records)
        lines.append(f"  {tone}  {k:>4}  ({k / max(total, 1):.0%})")
    lines.append("phenomenon        all   POS   NEG   NEU")
    for p in PHENOMENA:
        row = [sum(p in r["phenomena"] for r in records)]
        row += [sum(p in r["phenomena"] and r["tone"][0]["tone"] == t for r in records) for t in TONES]
        lines.append(f"  {p:<15} " + " ".join(f"{v:>5}" for v in row))
    lines.append(f"with negation/hypothetical/reversal/concession: {hard}")
    lines.append(f"distinct dyads: {len(dyads)} (most frequent: "
                 + ", ".join(f"{d} {n}" for d, n in dyads.most_common(5)) + ")")
    years = collections.Counter(r["date"][:4] for r in records)
    lines.append("years: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())))
    words = [len(r["text"].split()) for r in records]
    if words:
        lines.append(f"words per item: mean {sum(words) / len(words):.1f}, min {min(words)}, max {max(words)}")
    return lines


dump = dump_jsonl


def run_cli(argv, doc: str, items, build_fn, out: Path) -> int:
    """The command line of a tone-set generator (``[--check] [--warnings]``), shared with
    ``make_tone_dev3.py``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate and compare, do not write")
    ap.add_argument("--warnings", action="store_true", help="print review warnings too")
    args = ap.parse_args(argv)
    records, lines, errors, warnings = build_fn(items)
    if args.warnings:
        for w in warnings:
            print("warning:", w)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    rc = write_or_check(out, dump_jsonl(records), args.check)
    if rc:
        return rc
    print("\n".join(lines))
    return 0


def main(argv=None) -> int:
    return run_cli(argv, __doc__, ITEMS, build, OUT)


# ---------------------------------------------------------------------------------------
# The items, in order (ids follow it). Grouped loosely by region. Append new items at the end.
# ---------------------------------------------------------------------------------------
ITEMS = []

# --- Europe, Russia and Ukraine, the Caucasus -----------------------------------------
ITEMS += [
    T("Poland ordered Russia to close its consulate in Kraków on Monday after investigators concluded that Russian military intelligence had ordered the fire that gutted a Warsaw shopping centre a year earlier, Foreign Minister Radosław Sikorski said, and Moscow promised an appropriate response.",
      "POL|RUS", "NEG", "action leader_as_state capital_as_state demonym", "2025-05-12"),
    T("Even as Russian drones and missiles pounded Kyiv overnight, Moscow and Kyiv went ahead on Friday with the first stage of the largest prisoner exchange of the war, each handing over 390 people at the Belarusian border, according to statements from both sides.",
      "RUS|UKR", "POS", "concession action capital_as_state demonym anaphora", "2025-05-23"),
    T("A week after Ukrainian negotiators in Jeddah accepted an American proposal for a 30-day halt to the fighting, Kyiv said it had still received no clear answer from Moscow, accusing the Kremlin of buying time while its troops pressed on in the Kursk region.",
      "RUS|UKR", "NEG", "negation action capital_as_state demonym", "2025-03-17"),
    T("Hungary and Ukraine expelled two diplomats each within hours of one another on Friday, after Kyiv's security service said it had broken up a Hungarian military intelligence network gathering information on air defences in Transcarpathia, a charge Budapest called propaganda.",
      "HUN|UKR", "NEG", "action capital_as_state demonym", "2025-05-09"),
    T("Viktor Orbán travelled to Kyiv on Tuesday for talks with Volodymyr Zelensky, his first visit to the Ukrainian capital since Russia's full-scale invasion and his first since Hungary took over the rotating EU presidency the day before, officials in both capitals said.",
      "HUN|UKR", "NEU", "routine leader_as_state demonym anaphora", "2024-07-02"),
    T("Berlin ordered Russia to shut four of its five consulates in Germany by the end of the year, retaliating for Moscow's decision to cap at 350 the number of people German institutions may employ in Russia, including teachers at German schools and staff of the Goethe-Institut.",
      "DEU|RUS", "NEG", "action capital_as_state demonym", "2023-05-31"),
    T("France recalled its ambassador and expelled twelve Algerian consular officials on Tuesday, matching Algeria's order that twelve French embassy staff leave within 48 hours over the arrest in France of an Algerian consular agent, the Élysée said in a statement.",
      "DZA|FRA", "NEG", "action demonym", "2025-04-15"),
    T("After eight months of acrimony over the Western Sahara and migration, Emmanuel Macron and Abdelmadjid Tebboune agreed in a telephone call to resume security cooperation and relaunch talks on readmissions, saying in a joint statement that they wanted to rebuild “a relationship between equals”.",
      "DZA|FRA", "POS", "reversal quote leader_as_state", "2025-03-31"),
    T("Britain and France will trial a ‘one in, one out’ scheme under which some migrants who reach England in small boats are sent back across the Channel in exchange for asylum seekers with family ties in the UK, Keir Starmer and Emmanuel Macron announced at the close of a three-day state visit.",
      "FRA|GBR", "POS", "action leader_as_state", "2025-07-10"),
    T("David Lammy's two-day trip to Beijing, the first by a British foreign secretary in six years, produced neither a breakthrough nor a rupture, with officials describing his talks with Wang Yi as frank on Hong Kong and Russia and practical on trade and climate.",
      "CHN|GBR", "NEU", "negation routine leader_as_state demonym", "2024-10-18"),
    T("Donald Tusk hosted Olaf Scholz in Warsaw for the first Polish-German government consultations in six years, with border controls, the Oder river and support for Ukraine on an agenda that officials said would take up the whole day.",
      "DEU|POL", "NEU", "routine leader_as_state demonym", "2024-07-02"),
    T("Poland began checking vehicles at 52 crossings on its border with Germany on Monday, answering months of German pushbacks of migrants with controls of its own, and Donald Tusk said Warsaw would no longer quietly accept people turned back by German police.",
      "DEU|POL", "NEG", "action negation leader_as_state capital_as_state demonym", "2025-07-07"),
    T("Kosovo barred trucks carrying Serbian-made goods from crossing into its territory after Serbia detained three Kosovo police officers near the boundary, a step Belgrade condemned as economic warfare against the Serb community.",
      "SRB|XKX", "NEG", "action capital_as_state demonym", "2023-06-14"),
    T("The latest round of EU-brokered talks in Brussels between Aleksandar Vučić and Albin Kurti broke up without agreement, with the bloc's envoy saying the two leaders had been unable even to sit down in the same room for a joint session.",
      "SRB|XKX", "NEG", "negation leader_as_state anaphora", "2023-09-14"),
    T("Greece and Turkey signed a declaration on friendly relations and good-neighbourliness during Recep Tayyip Erdoğan's visit to Athens, and Kyriakos Mitsotakis said the two countries would keep talking even though neither side had given ground on maritime boundaries.",
      "GRC|TUR", "POS", "concession negation action leader_as_state anaphora", "2023-12-07"),
    T("Ankara warned that Greek plans for two national marine parks in the Ionian and the Aegean could unravel months of careful rapprochement, saying Turkey would not recognise any unilateral step in disputed waters.",
      "GRC|TUR", "NEG", "hypothetical negation capital_as_state demonym", "2024-04-04"),
    T("Moldova ordered Russia to cut its embassy staff in Chișinău from more than 80 people to 25, after local media published images of dozens of antennas on the mission's roof that officials believe were used to intercept communications.",
      "MDA|RUS", "NEG", "action", "2023-07-26"),
    T("Lithuania shut two of the six crossing points on its border with Belarus, citing the presence of Wagner fighters near the frontier and a jump in cigarette smuggling, and Minsk denounced the move as a hostile act against ordinary Belarusians.",
      "BLR|LTU", "NEG", "action capital_as_state demonym", "2023-08-18"),
    T("Poland reopened its border crossings with Belarus at midnight, ending a two-week closure imposed during large Russian-Belarusian military exercises, though Warsaw said troops would remain deployed along the frontier.",
      "BLR|POL", "POS", "reversal concession action capital_as_state demonym", "2025-09-25"),
    T("Estonia told Russia's ambassador to leave the country by February 7, and Moscow responded within hours by expelling the Estonian envoy and lowering relations to the level of chargés d'affaires, the foreign ministries of both countries said.",
      "EST|RUS", "NEG", "action capital_as_state demonym anaphora", "2023-01-23"),
    T("Finland closed the last open crossing on its 1,340-km border with Russia at midnight, accusing Moscow of deliberately steering asylum seekers from the Middle East and Africa to the frontier, an accusation the Kremlin rejected.",
      "FIN|RUS", "NEG", "action negation capital_as_state", "2023-11-29"),
    T("The Turkish parliament approved Sweden's membership of NATO on Tuesday after a 20-month delay, removing the last obstacle raised by Ankara, which had accused Stockholm of tolerating Kurdish militants and Koran burnings.",
      "SWE|TUR", "POS", "reversal action capital_as_state demonym", "2024-01-23"),
    T("Giorgia Meloni and Edi Rama signed a protocol in Rome under which Albania will host two centres run by Italy for migrants rescued in the Mediterranean, a gesture Rama said his country owed to the Italians who took in Albanians fleeing chaos in the 1990s.",
      "ALB|ITA", "POS", "action leader_as_state demonym", "2023-11-06"),
    T("Israel barred Spain's consulate in Jerusalem from serving residents of the West Bank, Foreign Minister Israel Katz said, the latest escalation in a row over Madrid's policy on the war in Gaza.",
      "ESP|ISR", "NEG", "action leader_as_state capital_as_state", "2024-05-24"),
    T("Israel will close its embassy in Dublin, Foreign Minister Gideon Sa'ar said on Sunday, accusing the Irish government of extreme anti-Israel policies and of applying double standards to the Jewish state.",
      "IRL|ISR", "NEG", "action leader_as_state demonym", "2024-12-15"),
    T("Britain expelled Russia's defence attaché, describing him as an undeclared military intelligence officer, and stripped several Russian-owned properties in the UK of their diplomatic status, citing a pattern of malign activity that Moscow said it would answer.",
      "GBR|RUS", "NEG", "action hypothetical capital_as_state demonym", "2024-05-08"),
    T("Azerbaijan declared two French embassy staff persona non grata for activities incompatible with their status, and Paris retaliated two days later by ordering two Azerbaijani diplomats out, calling the original expulsions unjustified.",
      "AZE|FRA", "NEG", "action capital_as_state demonym", "2023-12-28"),
    T("Armenia has frozen its participation in the Russian-led Collective Security Treaty Organization, the government said, because the bloc failed to come to its aid during the border incursions of 2021 and 2022, and the Kremlin said it would seek an explanation.",
      "ARM|RUS", "NEG", "negation action demonym", "2024-02-23"),
    T("A Russian airliner landed in Tbilisi on Friday on the first direct flight between the two countries since 2019, after Vladimir Putin lifted the flight ban and scrapped visas for Georgian citizens, although Moscow and Tbilisi still have no diplomatic relations.",
      "GEO|RUS", "POS", "reversal concession negation action leader_as_state capital_as_state demonym anaphora", "2023-05-19"),
    T("Robert Fico crossed into Ukraine on Wednesday for a joint session with Prime Minister Denys Shmyhal's government in Uzhhorod, his first trip to the country since returning to power, with gas transit, border crossings and reconstruction contracts on the agenda.",
      "SVK|UKR", "NEU", "routine leader_as_state", "2024-01-24"),
    T("Slovak Prime Minister Robert Fico threatened to halt emergency electricity supplies to Ukraine unless Kyiv resumed the transit of Russian gas, which stopped on New Year's Day when the transit contract with Gazprom expired.",
      "SVK|UKR", "NEG", "hypothetical leader_as_state capital_as_state demonym", "2025-01-02"),
    T("Poland summoned Ukraine's ambassador over remarks by Volodymyr Zelensky at the United Nations, in which he said some of Kyiv's friends in Europe were staging political theatre over grain, as Warsaw's ban on Ukrainian imports stayed in force.",
      "POL|UKR", "NEG", "action leader_as_state capital_as_state demonym", "2023-09-20"),
    T("Ukraine will allow Polish researchers to start exhuming the remains of victims of the Volhynia massacres, Radosław Sikorski said after talks with his Ukrainian counterpart Andrii Sybiha, calling the decision a breakthrough on the most painful chapter in the history of the two nations.",
      "POL|UKR", "POS", "action leader_as_state demonym anaphora", "2025-01-10"),
    T("China downgraded its diplomatic ties with Lithuania to the level of chargé d'affaires, punishing Vilnius over the name under which it had allowed a new representative office to open, and told the Lithuanian mission in Beijing to do the same.",
      "CHN|LTU", "NEG", "action capital_as_state demonym", "2021-11-21"),
    T("Friedrich Merz and Keir Starmer signed the first bilateral treaty between Germany and Britain since the Second World War, committing the two countries to assist each other in case of an armed attack and to open a direct rail link between London and Berlin.",
      "DEU|GBR", "POS", "action leader_as_state anaphora", "2025-07-17"),
    T("France recalled its ambassador to Italy for consultations, the first such step between the two countries since 1940, accusing Rome of months of repeated and unfounded attacks, including a meeting between an Italian deputy prime minister and leaders of the yellow-vest protest movement.",
      "FRA|ITA", "NEG", "action capital_as_state demonym anaphora", "2019-02-07"),
    T("Spain withdrew its ambassador from Buenos Aires for good after Javier Milei refused to apologise for calling Pedro Sánchez's wife corrupt at a rally in Madrid, with José Manuel Albares saying relations had been gravely damaged by the president's words.",
      "ARG|ESP", "NEG", "action negation leader_as_state", "2024-05-21"),
    T("Spain will send no representative to Claudia Sheinbaum's inauguration in Mexico City after the president-elect left King Felipe VI off the guest list over his failure to answer a 2019 letter seeking an apology for the conquest, the Spanish government said.",
      "ESP|MEX", "NEG", "negation action leader_as_state demonym", "2024-09-25", former=["Claudia Sheinbaum"]),
    T("Russia's foreign intelligence service accused Serbian arms makers of shipping artillery shells to the battlefield through third countries, calling it a betrayal of the historic friendship between the Slavic peoples, and Aleksandar Vučić said he would look into the claim.",
      "RUS|SRB", "NEG", "leader_as_state demonym", "2025-05-29"),
    T("Bulgaria blocked the opening of EU accession talks with North Macedonia, insisting that Skopje first acknowledge the Bulgarian roots of the Macedonian language and purge what Sofia calls hate speech from its schoolbooks.",
      "BGR|MKD", "NEG", "action capital_as_state demonym", "2020-11-17"),
    T("Bulgarian lawmakers voted 170 to 37 to lift the country's veto on EU membership talks for North Macedonia, ending a two-year blockade that had also held up Albania's bid.",
      "BGR|MKD", "POS", "reversal action demonym", "2022-06-24"),
    T("Friedrich Merz met Donald Trump in the Oval Office on Thursday on his first visit to Washington as chancellor, and the two leaders took questions from reporters on Ukraine, tariffs and NATO spending targets for close to an hour.",
      "DEU|USA", "NEU", "routine leader_as_state anaphora", "2025-06-05"),
    T("Emmanuel Macron brushed aside talk of a Franco-German rift over energy and defence after a long lunch with Olaf Scholz at the Élysée, saying the two countries were “working hand in hand” and would present joint proposals within weeks.",
      "DEU|FRA", "POS", "negation quote leader_as_state demonym anaphora", "2022-10-26"),
    T("Baku called off all cultural events planned with Russian state institutions and a visit by a Russian deputy prime minister after two Azerbaijani brothers died during police raids in Yekaterinburg, the culture ministry said.",
      "AZE|RUS", "NEG", "action capital_as_state demonym", "2025-06-28"),
    T("Armenia and Turkey will let third-country nationals cross their land border, sealed since 1993, and will start direct air cargo flights, the two countries' special envoys said after a fourth round of normalisation talks in Vienna.",
      "ARM|TUR", "POS", "reversal action anaphora", "2022-07-01"),
    T("Azerbaijan evacuated its embassy in Tehran after a gunman stormed the building and killed its head of security, and Ilham Aliyev accused Iranian authorities of failing to protect the mission despite repeated warnings.",
      "AZE|IRN", "NEG", "action negation leader_as_state demonym", "2023-01-27"),
    T("Eighteen months after a deadly attack forced its closure, Azerbaijan reopened its embassy in Tehran on Monday, with a deputy foreign minister attending a ceremony that both governments described as opening a new page.",
      "AZE|IRN", "POS", "reversal action idiom anaphora", "2024-07-15"),
    T("Latvia will require Russian citizens living in the country to pass a basic language test or leave, officials said, and Moscow warned that any forced departures would poison what remains of bilateral ties.",
      "LVA|RUS", "NEG", "hypothetical idiom capital_as_state demonym anaphora", "2023-09-01"),
    T("Norway expelled 15 Russian diplomats it said were intelligence officers working under diplomatic cover, the largest such expulsion in decades, and the Russian embassy in Oslo called the decision an unfriendly step that would not go unanswered.",
      "NOR|RUS", "NEG", "action negation hypothetical demonym", "2023-04-13"),
    T("Romania will supply Moldova with electricity at capped prices through the winter and finance a new high-voltage line, Nicușor Dan told Maia Sandu in Chișinău on his first foreign trip as president.",
      "MDA|ROU", "POS", "action leader_as_state", "2025-06-10"),
    T("Donald Trump cut short Volodymyr Zelensky's visit to the White House after a shouting match in the Oval Office, and a signing ceremony for a deal on Ukrainian minerals was called off, with the US president accusing his guest of gambling with World War Three.",
      "UKR|USA", "NEG", "action reversal leader_as_state demonym", "2025-02-28"),
    T("Washington said it would immediately resume intelligence sharing and security assistance for Kyiv after Ukrainian officials accepted a US proposal for a 30-day ceasefire at talks in Jeddah, ending a week-long pause that had alarmed European governments.",
      "UKR|USA", "POS", "reversal action capital_as_state demonym", "2025-03-11"),
    T("Russian and American delegations led by Sergey Lavrov and Marco Rubio agreed in Riyadh to restore the staffing of their embassies and to set up teams to work towards ending the war in Ukraine, in the first high-level talks between the two countries since the invasion.",
      "RUS|USA", "POS", "reversal action leader_as_state demonym anaphora", "2025-02-18"),
    T("Vladimir Putin announced that Moscow was suspending its participation in New START, the last treaty limiting the two largest nuclear arsenals, and accused Washington of seeking to inflict a strategic defeat on Russia.",
      "RUS|USA", "NEG", "reversal leader_as_state capital_as_state", "2023-02-21"),
    T("Russia freed the Wall Street Journal reporter Evan Gershkovich and the former marine Paul Whelan in the biggest prisoner exchange with the United States since the Cold War, receiving eight Russians held in Western jails in a swap carried out on the tarmac at Ankara airport.",
      "RUS|USA", "POS", "action demonym", "2024-08-01"),
    T("Less than a week after Joe Biden's administration removed Cuba from the list of state sponsors of terrorism, Donald Trump put it back on his first day in office, undoing the arrangement under which Havana had begun releasing 553 prisoners.",
      "CUB|USA", "NEG", "reversal leader_as_state capital_as_state", "2025-01-21", former=["Joe Biden"]),
    T("Denmark summoned the top American diplomat in Copenhagen after a report that US intelligence agencies had been told to step up spying on Greenland, the latest strain on relations since Donald Trump began saying he wanted control of the Arctic island.",
      "DNK|USA", "NEG", "action leader_as_state demonym", "2025-05-08"),
    T("Serbia denied any role in the armed raid on the village of Banjska in northern Kosovo, dismissing as lies Pristina's claims that the 30 gunmen had trained at Serbian army bases and that Belgrade had supplied their weapons.",
      "SRB|XKX", "NEG", "negation capital_as_state demonym", "2023-09-26"),
]

# --- Middle East and Africa ------------------------------------------------------------
ITEMS += [
    T("Saudi Arabia and Iran agreed to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture, in a deal announced after four days of previously undisclosed talks in Beijing.",
      "IRN|SAU", "POS", "reversal action", "2023-03-10"),
    T("Iranian Foreign Minister Abbas Araghchi met Crown Prince Mohammed bin Salman in Riyadh on Wednesday at the start of a regional tour, the official Saudi Press Agency reported, without giving details of what was discussed.",
      "IRN|SAU", "NEU", "negation routine leader_as_state demonym", "2024-10-09"),
    T("Iran's foreign ministry spokesman dismissed reports of friction with Riyadh over the slow reopening of consulates, saying relations with Saudi Arabia had not suffered a single setback since the two countries restored ties in Beijing.",
      "IRN|SAU", "POS", "negation capital_as_state anaphora", "2023-10-02"),
    T("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, saying it was avenging the killing of Hezbollah and Hamas leaders, and Benjamin Netanyahu said Tehran had “made a big mistake” and would pay for it.",
      "IRN|ISR", "NEG", "action hypothetical quote leader_as_state capital_as_state", "2024-10-01"),
    T("American B-2 bombers struck the Fordow, Natanz and Isfahan nuclear sites overnight, Donald Trump announced, and Abbas Araghchi said the attack would have everlasting consequences for which Washington bore full responsibility.",
      "IRN|USA", "NEG", "action hypothetical leader_as_state capital_as_state demonym", "2025-06-22"),
    T("Iranian and American negotiators will meet again next Saturday, Oman's foreign minister said after hosting a first round in Muscat, without saying where the second round would be held or what it would cover.",
      "IRN|USA", "NEU", "negation routine demonym", "2025-04-13"),
    T("Saudi Arabia reopened its airspace and land border to Qatar on Monday, ending a three-and-a-half-year embargo on the eve of a Gulf summit in Al-Ula, where Emir Tamim bin Hamad was greeted on the tarmac with an embrace by the crown prince.",
      "QAT|SAU", "POS", "reversal action leader_as_state", "2021-01-04"),
    T("Bahrain and Qatar agreed to restore diplomatic relations after a meeting of their delegations at the Gulf Cooperation Council headquarters in Riyadh, closing the last of the Gulf rifts left over from the 2017 boycott.",
      "BHR|QAT", "POS", "reversal action", "2023-04-12"),
    T("Emirati officials dismissed talk of a rift with Riyadh over oil output quotas and the war in Yemen, insisting that the two allies had never been closer and that any differences were handled quietly, behind closed doors.",
      "ARE|SAU", "POS", "negation capital_as_state demonym anaphora", "2023-07-20"),
    T("Recep Tayyip Erdoğan landed in Cairo on Wednesday for his first visit to Egypt in almost twelve years, and he and Abdel Fattah el-Sisi signed a declaration reviving a high-level strategic cooperation council, turning the page on a decade of hostility.",
      "EGY|TUR", "POS", "reversal idiom action leader_as_state", "2024-02-14"),
    T("Egyptian Foreign Minister Badr Abdelatty received his Turkish counterpart Hakan Fidan in Cairo for talks on Gaza, Libya and Sudan, the ministry said in a brief statement.",
      "EGY|TUR", "NEU", "routine leader_as_state demonym", "2025-02-20"),
    T("Analysts in Ankara are split over whether Erdoğan's handshake with Sisi at the World Cup opening in Doha marks a genuine turn or merely a photo opportunity, and officials on both sides have said little beyond confirming that the encounter took place.",
      "EGY|TUR", "NEU", "leader_as_state anaphora", "2022-11-21"),
    T("Egypt declared the latest round of talks on the Grand Ethiopian Renaissance Dam a failure and said it reserved the right to defend its water security, accusing Addis Ababa of using the negotiations as cover to impose a fait accompli.",
      "EGY|ETH", "NEG", "negation hypothetical capital_as_state", "2023-12-19"),
    T("Somalia and Ethiopia agreed in Ankara to set aside their year-long dispute over a port deal Addis Ababa struck with the breakaway region of Somaliland and to begin technical talks on Ethiopian access to the sea, Turkish President Recep Tayyip Erdoğan announced.",
      "ETH|SOM", "POS", "reversal capital_as_state demonym", "2024-12-11"),
    T("Mogadishu recalled its ambassador from Addis Ababa and declared null and void a memorandum that Ethiopia signed with Somaliland, calling it a blatant violation of Somali sovereignty and territorial integrity.",
      "ETH|SOM", "NEG", "action capital_as_state demonym", "2024-01-02"),
    T("Sudan's army-aligned government severed diplomatic relations with the United Arab Emirates and recalled its ambassador, accusing Abu Dhabi of supplying the drones that had struck Port Sudan for three days running.",
      "ARE|SDN", "NEG", "reversal action capital_as_state", "2025-05-06"),
    T("Turkey halted all exports to and imports from Israel, a trade worth about $7 billion a year, and said the measures would stay in place until an uninterrupted flow of aid into Gaza was allowed, prompting Israel Katz to accuse Erdoğan of acting like a dictator.",
      "ISR|TUR", "NEG", "reversal action hypothetical leader_as_state", "2024-05-02"),
    T("Jordan recalled its ambassador from Israel and told the Israeli envoy, who had left Amman weeks earlier, not to come back, Foreign Minister Ayman Safadi said, citing the killing of civilians in Gaza.",
      "ISR|JOR", "NEG", "action negation leader_as_state demonym", "2023-11-01"),
    T("A day after announcing that he would lift all American sanctions on Syria, Donald Trump met President Ahmed al-Sharaa in Riyadh, the first meeting between the two countries' leaders in a quarter of a century.",
      "SYR|USA", "POS", "reversal action leader_as_state demonym anaphora", "2025-05-14"),
    T("A Russian delegation led by a deputy foreign minister held talks in Damascus with the new Syrian authorities on the future of the Hmeimim and Tartus bases, the first such visit since the fall of Bashar al-Assad, and neither side announced any agreement.",
      "RUS|SYR", "NEU", "negation routine demonym anaphora", "2025-01-28", former=["Bashar al-Assad"]),
    T("Although Lebanon and Israel remain technically at war, the two countries agreed to a US-brokered deal setting their maritime border for the first time, opening the way for gas exploration in the eastern Mediterranean.",
      "ISR|LBN", "POS", "concession action anaphora", "2022-10-11"),
    T("Iran and Pakistan agreed that their ambassadors would return to their posts by January 26, a week after the two neighbours traded missile strikes on militant targets inside each other's territory, the foreign ministries said in a joint statement.",
      "IRN|PAK", "POS", "reversal action anaphora", "2024-01-22"),
    T("Pakistan struck what it called militant hideouts inside Iran's Sistan-Baluchestan province before dawn on Thursday, two days after an Iranian missile and drone attack on its soil that Islamabad had condemned as an unprovoked violation of its airspace.",
      "IRN|PAK", "NEG", "action capital_as_state demonym", "2024-01-18"),
    T("Saudi Arabia and Syria are expected to reopen their embassies after the Eid al-Fitr holiday, people familiar with the talks said, a step that would end more than a decade of rupture over Bashar al-Assad's crackdown on protesters.",
      "SAU|SYR", "POS", "hypothetical reversal leader_as_state", "2023-03-23"),
    T("South Africa asked the International Court of Justice to order an immediate halt to Israel's offensive in Gaza, accusing it of genocide, a charge Israeli officials rejected as a blood libel.",
      "ISR|ZAF", "NEG", "negation action demonym", "2023-12-29"),
    T("Spain and Morocco reopened the land borders of Ceuta and Melilla at midnight for the first time in more than two years, a month after Pedro Sánchez travelled to Rabat to bury a diplomatic crisis over the Western Sahara.",
      "ESP|MAR", "POS", "reversal action idiom leader_as_state", "2022-05-17"),
    T("Algeria broke off diplomatic relations with Morocco on Tuesday, citing what it called a long series of hostile actions by the kingdom, and Rabat said it regretted a completely unjustified decision.",
      "DZA|MAR", "NEG", "reversal action capital_as_state", "2021-08-24"),
    T("Emmanuel Macron told the Moroccan parliament that the present and future of Western Sahara lie within Moroccan sovereignty, sealing a reconciliation with Rabat after three years of rows over visas that had chilled relations.",
      "FRA|MAR", "POS", "reversal idiom leader_as_state capital_as_state demonym", "2024-10-29"),
    T("Niger refused to reopen its border with Benin and accused Cotonou of hosting foreign troops bent on destabilising the country, a charge Beninese officials rejected, leaving oil exports through the new pipeline to the coast stalled.",
      "BEN|NER", "NEG", "negation action capital_as_state demonym", "2024-05-11"),
    T("Niger's military rulers gave the French ambassador 48 hours to leave, and when Paris refused to recognise their authority they revoked his diplomatic immunity and ordered police to expel him.",
      "FRA|NER", "NEG", "action negation capital_as_state demonym", "2023-08-31"),
    T("Chad ended its defence cooperation agreement with France hours after a visit by the French foreign minister, saying the country had come of age and that the accord no longer reflected today's geopolitical realities.",
      "FRA|TCD", "NEG", "reversal negation demonym", "2024-11-28"),
    T("The foreign ministers of Rwanda and the Democratic Republic of Congo signed a peace agreement at the State Department, committing Kigali to pull its troops out of eastern Congo within 90 days and Kinshasa to act against the FDLR militia.",
      "COD|RWA", "POS", "action capital_as_state", "2025-06-27"),
    T("Kinshasa severed diplomatic ties with Kigali and gave Rwandan diplomats 48 hours to leave as M23 rebels, whom it says Rwanda arms and commands, advanced on the eastern city of Goma.",
      "COD|RWA", "NEG", "reversal action capital_as_state demonym", "2025-01-26"),
    T("Marco Rubio declared South Africa's ambassador to Washington, Ebrahim Rasool, persona non grata, writing that the envoy hated America and its president, and Pretoria called the expulsion regrettable.",
      "USA|ZAF", "NEG", "action leader_as_state capital_as_state", "2025-03-14"),
    T("Cyril Ramaphosa will visit Washington next week for talks with Donald Trump, his spokesman said, the first meeting between the two leaders since Trump returned to office, with trade and refugee claims by Afrikaners expected to come up.",
      "USA|ZAF", "NEU", "routine leader_as_state anaphora", "2025-05-14"),
    T("Kenyan President William Ruto arrived in Beijing on Tuesday for a four-day state visit, his office said, with talks with Xi Jinping scheduled for Thursday.",
      "CHN|KEN", "NEU", "routine leader_as_state demonym", "2025-04-22"),
    T("Qatar's prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, held talks with Masoud Pezeshkian on the sidelines of the inauguration in Tehran, Iranian state media said, without elaborating.",
      "IRN|QAT", "NEU", "negation routine leader_as_state demonym", "2024-07-30"),
    T("Trade between Turkey and Iraq came to about $19.9 billion last year, broadly the same as the year before, according to figures published by the Turkish statistics office.",
      "IRQ|TUR", "NEU", "demonym", "2024-02-05"),
    T("Asked whether relations with Riyadh had recovered from the killing of Jamal Khashoggi, a Turkish foreign ministry spokesman declined to characterise them, saying only that a ministerial visit was being prepared.",
      "SAU|TUR", "NEU", "negation routine capital_as_state demonym", "2021-05-04"),
    T("The United Arab Emirates and Israel signed agreements on visa-free travel, direct flights and investment protection during the first official visit by an Israeli delegation to Abu Dhabi, a month after establishing diplomatic relations.",
      "ARE|ISR", "POS", "action demonym", "2020-10-20"),
    T("Jordan and Syria reopened the Jaber-Nassib border crossing on Monday, three years after rebels seized it, reviving a trade route that once carried goods from Turkey to the Gulf.",
      "JOR|SYR", "POS", "reversal action", "2018-10-15"),
    T("If Cairo and Tehran trusted each other, they would not still be passing messages through interest sections more than four decades after breaking off relations, a former Egyptian ambassador said, despite a recent flurry of ministerial telephone calls.",
      "EGY|IRN", "NEG", "counterfactual hypothetical negation concession capital_as_state demonym", "2024-06-10"),
    T("Had Cairo and Doha not patched up their quarrel in 2021, the two governments could never have run the joint mediation that produced this week's releases of hostages and prisoners, an Egyptian official said.",
      "EGY|QAT", "POS", "counterfactual hypothetical negation idiom capital_as_state demonym anaphora", "2023-11-28"),
    T("Eritrea accused Ethiopia of harbouring a long-held plan to seize the Red Sea port of Assab, while Ethiopian officials called access to the sea an existential matter that could no longer be postponed, reviving fears of a new war between the two neighbours.",
      "ERI|ETH", "NEG", "hypothetical negation demonym anaphora", "2025-03-14"),
    T("Mali and its two Sahel allies recalled their ambassadors from Algiers after Algeria shot down a Malian reconnaissance drone near the border town of Tinzaouatene, and Algeria retaliated by closing its airspace to Malian aircraft.",
      "DZA|MLI", "NEG", "action demonym", "2025-04-07"),
    T("Saudi Arabia and Israel are getting closer to a deal on normalising relations, Crown Prince Mohammed bin Salman said in a rare interview, adding that “every day we get closer” in talks he described as serious.",
      "ISR|SAU", "POS", "hypothetical quote leader_as_state", "2023-09-20"),
    T("Colombia will break off diplomatic relations with Israel over its conduct of the war in Gaza, the president announced at a May Day rally in Bogotá, and the Israeli foreign ministry called the decision a reward for Hamas.",
      "COL|ISR", "NEG", "reversal action demonym", "2024-05-01"),
    T("Egypt and Israel's Leviathan partners signed a $35 billion agreement under which gas from the offshore field will flow to Egyptian power stations until 2040, the largest export deal in Israel's history, officials in both countries said.",
      "EGY|ISR", "POS", "action demonym anaphora", "2025-08-07"),
    T("Algeria will raise gas deliveries to Italy by several billion cubic metres and the two countries will study a new pipeline for hydrogen and electricity, Abdelmadjid Tebboune and Giorgia Meloni announced in Algiers.",
      "DZA|ITA", "POS", "action leader_as_state anaphora", "2023-01-23"),
    T("Ghana's newly inaugurated president John Mahama paid a courtesy call on Nigerian President Bola Tinubu in Abuja on Saturday, his first trip abroad since taking office, and no joint statement was issued afterwards.",
      "GHA|NGA", "NEU", "negation routine leader_as_state demonym", "2025-01-18"),
]

# --- Asia and the Pacific --------------------------------------------------------------
ITEMS += [
    T("China will again let Japanese citizens enter without a visa for stays of up to 30 days from the end of the month, restoring a privilege suspended during the pandemic, the foreign ministry in Beijing said.",
      "CHN|JPN", "POS", "reversal action demonym", "2024-11-22"),
    T("China said it would resume imports of seafood from parts of Japan, easing a ban imposed almost two years ago when Tokyo began releasing treated water from the Fukushima nuclear plant, although shipments from ten prefectures will remain barred.",
      "CHN|JPN", "POS", "reversal concession action capital_as_state", "2025-06-29"),
    T("Japan lodged a strong protest with China after a Chinese Y-9 surveillance plane entered its airspace over the Danjo Islands for about two minutes, the first confirmed violation of Japanese airspace by a Chinese military aircraft, the defence ministry said.",
      "CHN|JPN", "NEG", "action demonym", "2024-08-26"),
    T("Should Xi Jinping accept Tokyo's invitation, it would be his first trip to Japan since the Osaka G20 summit in 2019, Japanese officials said, noting that no dates had been proposed.",
      "CHN|JPN", "NEU", "hypothetical negation leader_as_state capital_as_state demonym", "2024-12-26"),
    T("Japan's cabinet approved returning South Korea to its ‘white list’ of trusted trading partners, reversing export curbs imposed in 2019 at the height of a dispute over wartime labour, the trade ministry in Tokyo said.",
      "JPN|KOR", "POS", "reversal action", "2023-06-27"),
    T("Had Seoul not offered to compensate wartime forced labourers through a domestic fund, Yoon Suk Yeol's trip to Tokyo this week would have been unthinkable, officials in both capitals acknowledged, as the leaders agreed to resume regular shuttle visits.",
      "JPN|KOR", "POS", "counterfactual hypothetical negation reversal leader_as_state capital_as_state anaphora", "2023-03-16"),
    T("Seoul said it would scrap its military intelligence-sharing pact with Tokyo, escalating a feud that began when Japan tightened exports of chemicals vital to South Korean chipmakers.",
      "JPN|KOR", "NEG", "reversal action capital_as_state demonym", "2019-08-22"),
    T("South Korea's new president, Lee Jae-myung, held his first face-to-face meeting with Japanese Prime Minister Shigeru Ishiba on the sidelines of the G7 summit in Kananaskis, Canada, a day after his office confirmed the 30-minute slot.",
      "JPN|KOR", "NEU", "routine leader_as_state demonym", "2025-06-17"),
    T("A day after Seoul switched off the propaganda loudspeakers along the border, residents of frontline towns reported that North Korea's own noise broadcasts had fallen silent too, a rare reciprocal gesture that the unification ministry welcomed.",
      "KOR|PRK", "POS", "action capital_as_state", "2025-06-12"),
    T("North Korea blew up sections of the roads and railway lines connecting it to the South on Tuesday, and South Korean troops fired warning shots on their side of the demarcation line, the Joint Chiefs of Staff in Seoul said.",
      "KOR|PRK", "NEG", "action demonym", "2024-10-15"),
    T("North Korea brushed off Lee Jae-myung's overtures as wishful thinking, with Kim Yo Jong saying Pyongyang had no interest in any proposal from Seoul, whatever its content, and no reason to sit down with its officials.",
      "KOR|PRK", "NEG", "negation leader_as_state capital_as_state", "2025-07-28"),
    T("Pyongyang said it would scatter “mounds of wastepaper and filth” over the border whenever activists in South Korea launched propaganda leaflets, and made good on the threat with hundreds of balloons carrying rubbish and manure.",
      "KOR|PRK", "NEG", "hypothetical action quote capital_as_state", "2024-05-29"),
    T("Three days after Lai Ching-te was sworn in, China sent warships and bombers to encircle Taiwan in drills it called punishment for separatist acts, and Taipei scrambled jets and put its forces on alert.",
      "CHN|TWN", "NEG", "action leader_as_state capital_as_state", "2024-05-23"),
    T("India and China have reached an agreement on patrolling arrangements along their disputed Himalayan frontier, paving the way for troops to disengage at Depsang and Demchok, India's foreign secretary said on the eve of a BRICS summit in Kazan.",
      "CHN|IND", "POS", "action", "2024-10-21"),
    T("Indian and Chinese airlines will resume direct flights between the two countries by the end of October, ending a suspension that began with the pandemic and dragged on through the border standoff, the foreign ministry in New Delhi said.",
      "CHN|IND", "POS", "reversal action demonym anaphora", "2025-10-02"),
    T("Officials in New Delhi describe ties with Beijing as stable but not yet normal: flights and pilgrimages have resumed, yet tens of thousands of troops remain deployed on both sides of the frontier.",
      "CHN|IND", "NEU", "negation concession capital_as_state anaphora", "2025-08-18"),
    T("India suspended the Indus Waters Treaty with Pakistan, shut the main land crossing at Attari and ordered Pakistani military advisers to leave within a week, a day after gunmen killed 26 people in the resort town of Pahalgam.",
      "IND|PAK", "NEG", "reversal action demonym", "2025-04-23"),
    T("Pakistan warned that any attempt by India to stop or divert water belonging to it under the treaty would be treated as an act of war, and closed its airspace to Indian airlines.",
      "IND|PAK", "NEG", "hypothetical action demonym", "2025-04-24"),
    T("India and Pakistan agreed to stop all firing and military action on land, in the air and at sea from 5 pm on Saturday after their military operations chiefs spoke by telephone, even though each later accused the other of breaches along the Line of Control.",
      "IND|PAK", "POS", "concession action", "2025-05-10"),
    T("Subrahmanyam Jaishankar will travel to Islamabad only for the Shanghai Cooperation Organisation meeting and will hold no bilateral talks with Pakistani officials, New Delhi said, in what will be the first visit by an Indian foreign minister in nearly a decade.",
      "IND|PAK", "NEG", "negation routine leader_as_state capital_as_state demonym", "2024-10-04"),
    T("India threw the Maldives a financial lifeline of $750 million in currency swaps during Mohamed Muizzu's first state visit to New Delhi, less than a year after he came to power demanding the withdrawal of Indian military personnel from the islands.",
      "IND|MDV", "POS", "action idiom leader_as_state demonym", "2024-10-07"),
    T("Bangladesh has sent a diplomatic note asking India to return the ousted prime minister Sheikh Hasina to face trial in Dhaka, but New Delhi has not responded, the interim government's foreign affairs adviser Touhid Hossain said.",
      "BGD|IND", "NEG", "negation action leader_as_state capital_as_state", "2024-12-23", former=["Sheikh Hasina"]),
    T("A cargo ship from Karachi docked at Chittagong, the first direct sailing between Pakistan and Bangladesh in decades and a symbol of how quickly ties have warmed since the fall of Sheikh Hasina's government.",
      "BGD|PAK", "POS", "action idiom", "2024-11-13", former=["Sheikh Hasina"]),
    T("India and Sri Lanka signed their first defence cooperation pact during Narendra Modi's visit to Colombo, along with agreements on an energy hub in Trincomalee, and Sri Lankan officials pledged not to let their territory be used against Indian security interests.",
      "IND|LKA", "POS", "action negation leader_as_state demonym", "2025-04-05"),
    T("Canada expelled six Indian diplomats, including the high commissioner, after naming them persons of interest in the killing of a Sikh separatist in British Columbia, and New Delhi retaliated by ordering six Canadian envoys out by Saturday night.",
      "CAN|IND", "NEG", "action capital_as_state demonym", "2024-10-14"),
    T("Mark Carney and Narendra Modi agreed to send high commissioners back to each other's capitals and to restart stalled trade talks, the first concrete step to repair relations shattered by the 2023 killing of a Sikh activist near Vancouver.",
      "CAN|IND", "POS", "reversal action leader_as_state anaphora", "2025-06-17"),
    T("China slapped 100 percent tariffs on Canadian canola oil and peas and 25 percent on pork and seafood, retaliating for levies Ottawa imposed last year on Chinese electric vehicles, steel and aluminium.",
      "CAN|CHN", "NEG", "action capital_as_state demonym", "2025-03-08"),
    T("China scrapped the punitive duties it imposed on Australian wine in 2021, removing the last major barrier left from a trade dispute that once blocked some A$20 billion of exports a year, and Anthony Albanese said the decision was in the interest of both countries.",
      "AUS|CHN", "POS", "reversal action leader_as_state demonym anaphora", "2024-03-28"),
    T("Chinese warships held live-fire drills in the Tasman Sea with little notice to airlines, forcing flights between Australia and New Zealand to change course, and Canberra complained that Beijing had failed to give adequate warning.",
      "AUS|CHN", "NEG", "negation action capital_as_state demonym", "2025-02-22"),
    T("Australia and Indonesia signed a defence cooperation agreement in Canberra that will let their forces operate from each other's territory, the most significant security pact between the two neighbours in decades.",
      "AUS|IDN", "POS", "action anaphora", "2024-08-29"),
    T("Japan and the Philippines signed a reciprocal access agreement allowing their troops to deploy on each other's soil for joint exercises, a pact that officials in Manila and Tokyo said would take their security ties to a new level.",
      "JPN|PHL", "POS", "action", "2024-07-08"),
    T("Chinese coast guard vessels fired water cannon at a Philippine resupply boat near Second Thomas Shoal on Saturday, injuring several crew members, and Manila summoned Beijing's envoy for the second time this month.",
      "CHN|PHL", "NEG", "action capital_as_state demonym", "2024-03-23"),
    T("The Philippine government denied that Manila had ever agreed to a secret arrangement with Beijing on resupply missions to the grounded warship Sierra Madre, saying no such deal existed and that it would not be bound by one.",
      "CHN|PHL", "NEG", "negation capital_as_state demonym", "2024-04-02"),
    T("Ferdinand Marcos Jr. held a brief conversation with Xi Jinping on the sidelines of the APEC summit in San Francisco, his office said, without saying what the two leaders had discussed.",
      "CHN|PHL", "NEU", "negation routine leader_as_state anaphora", "2023-11-17"),
    T("Vietnam elevated the United States to its highest diplomatic tier, a comprehensive strategic partnership, during Joe Biden's visit to Hanoi, a leap of two levels for two countries that fought a bitter war half a century ago.",
      "USA|VNM", "POS", "action leader_as_state anaphora", "2023-09-10"),
    T("Thailand closed all border crossings with Cambodia, expelled the Cambodian ambassador and recalled its own after a landmine wounded five Thai soldiers on patrol, and Phnom Penh answered by downgrading relations to the lowest level.",
      "KHM|THA", "NEG", "action capital_as_state demonym", "2025-07-24"),
    T("Thailand and Cambodia agreed to an immediate and unconditional ceasefire from midnight at talks hosted by Malaysian Prime Minister Anwar Ibrahim in Putrajaya, after five days of fighting along the border that killed more than 30 people.",
      "KHM|THA", "POS", "action", "2025-07-28"),
    T("If there were still bad blood between Singapore and Malaysia, the two governments would never have agreed on a special economic zone straddling the causeway in Johor, Anwar Ibrahim said at the signing ceremony.",
      "MYS|SGP", "POS", "counterfactual hypothetical negation idiom leader_as_state anaphora", "2025-01-07"),
    T("Without the loan rollovers from Beijing, Pakistan's foreign reserves would have run dry last year, Ishaq Dar told the Senate, crediting an “all-weather” friendship that he said had never once let Islamabad down.",
      "CHN|PAK", "POS", "counterfactual hypothetical negation quote leader_as_state capital_as_state", "2024-06-25"),
    T("Pakistan kept its main border crossings with Afghanistan shut for a third week after deadly clashes with Taliban forces, leaving thousands of trucks stranded, and Islamabad said Kabul had failed to rein in militants operating from Afghan soil.",
      "AFG|PAK", "NEG", "negation action capital_as_state demonym", "2025-10-30"),
    T("Sadyr Japarov and Emomali Rahmon signed a treaty in Bishkek settling the last disputed stretches of the Kyrgyz-Tajik border, where clashes killed about a hundred people in 2022, and ordered the reopening of checkpoints closed ever since.",
      "KGZ|TJK", "POS", "action reversal leader_as_state demonym", "2025-03-13"),
    T("The new Japanese ambassador presented his credentials to Kassym-Jomart Tokayev at the Akorda on Tuesday, together with the envoys of four other countries.",
      "JPN|KAZ", "NEU", "routine leader_as_state demonym", "2024-04-16"),
    T("Kazakh and Uzbek foreign ministers Murat Nurtleu and Bakhtiyor Saidov met in Tashkent to review preparations for the next session of the Supreme Interstate Council, the two ministries said in a brief joint readout.",
      "KAZ|UZB", "NEU", "routine leader_as_state demonym", "2024-07-18"),
    T("Uzbek President Shavkat Mirziyoyev and Turkish President Recep Tayyip Erdoğan went over the calendar of upcoming bilateral events in a telephone call on Monday, the Uzbek presidential press service said.",
      "TUR|UZB", "NEU", "routine leader_as_state demonym", "2025-02-10"),
    T("A delegation from Mongolia's parliament arrived in Seoul for a five-day visit that includes meetings at the National Assembly and the foreign ministry, the Mongolian embassy said.",
      "KOR|MNG", "NEU", "routine demonym", "2024-09-09"),
    T("The Russian-Vietnamese intergovernmental commission on trade, economic and scientific cooperation held its 25th session in Hanoi, co-chaired by deputy prime ministers of both countries.",
      "RUS|VNM", "NEU", "routine demonym anaphora", "2024-09-23"),
    T("Norway's Foreign Minister Espen Barth Eide will travel to Beijing next week for the first strategic dialogue between the two countries since 2019, the ministry in Oslo said.",
      "CHN|NOR", "NEU", "routine leader_as_state anaphora", "2024-05-06"),
    T("The Australian and Papua New Guinean leaders will meet in Port Moresby next month, a spokesperson for James Marape said, adding that the agenda had not yet been finalised.",
      "AUS|PNG", "NEU", "routine negation leader_as_state demonym", "2025-08-04"),
    T("Bhutan and China held their 25th round of boundary talks in Beijing this week, the first in seven years, with Bhutan's foreign minister leading the delegation, according to a statement from Thimphu.",
      "BTN|CHN", "NEU", "routine capital_as_state", "2023-10-24"),
    T("Indonesian President Prabowo Subianto will pay a state visit to Brazil after the BRICS summit in Rio de Janeiro, his office said, without giving the dates of his talks with Lula in Brasília.",
      "BRA|IDN", "NEU", "routine negation leader_as_state demonym", "2025-07-02"),
    T("Malaysia's trade with China reached about 450 billion ringgit last year, according to the statistics department, roughly a sixth of the country's total trade.",
      "CHN|MYS", "NEU", "", "2025-02-14"),
]

# --- The Americas, Central Asia and the Caucasus ----------------------------------------
ITEMS += [
    T("Claudia Sheinbaum said Mexico would send 10,000 National Guard troops to the northern border and Donald Trump agreed to hold off his threatened tariffs for a month, after what she called a good conversation conducted with respect for sovereignty.",
      "MEX|USA", "POS", "action leader_as_state", "2025-02-03"),
    T("Claudia Sheinbaum said Mexico would mobilise against a proposed 3.5 percent US tax on the money Mexicans abroad send home, warning that the measure could sour the cooperation on migration and security she had built with Washington.",
      "MEX|USA", "NEG", "hypothetical leader_as_state capital_as_state demonym", "2025-05-15"),
    T("Diplomats in Mexico City describe the relationship with Washington as two tracks running side by side: record trade under the USMCA on one, near-constant friction over fentanyl and migration on the other.",
      "MEX|USA", "NEU", "idiom capital_as_state", "2024-06-10"),
    T("Nicolás Maduro and Guyana's President Irfaan Ali shook hands in St Vincent and agreed that neither country would threaten or use force against the other, although they failed to settle their dispute over the Essequibo region.",
      "GUY|VEN", "POS", "concession negation leader_as_state anaphora", "2023-12-14"),
    T("China agreed to renew the activated $5 billion tranche of its currency swap with Argentina for another year, easing pressure on the central bank in Buenos Aires despite Javier Milei's campaign vow not to do business with communists.",
      "ARG|CHN", "POS", "concession negation action leader_as_state", "2024-06-12"),
    T("Colombia and Venezuela restored full diplomatic relations on Sunday, with ambassadors taking up their posts in Caracas and Bogotá for the first time since 2019, and the two governments promised to reopen their shared border to cargo within weeks.",
      "COL|VEN", "POS", "reversal action anaphora", "2022-08-29"),
    T("Argentina and Britain issued a joint statement pledging to cooperate on fisheries, flights to the Falkland Islands and the identification of soldiers buried there, the warmest tone the two governments have struck in years, even as each restated its claim to sovereignty.",
      "ARG|GBR", "POS", "concession action anaphora", "2024-09-24"),
    T("David Cameron became the first British foreign secretary in three decades to visit the Falkland Islands, telling islanders that sovereignty would not be up for discussion as long as they wished to remain British, a position Buenos Aires rejected.",
      "ARG|GBR", "NEG", "negation hypothetical leader_as_state capital_as_state demonym", "2024-02-20"),
    T("El Salvador agreed to take in deportees of any nationality, including convicted criminals, and hold them in its mega-prison in exchange for a fee, Marco Rubio said after meeting Nayib Bukele, calling it an extraordinary act of friendship.",
      "SLV|USA", "POS", "action leader_as_state", "2025-02-03"),
    T("Canada hit back at Donald Trump's 25 percent tariffs with duties of its own on C$30 billion of American goods, and Justin Trudeau told Americans that their government had launched a trade war against its closest partner and ally.",
      "CAN|USA", "NEG", "action idiom leader_as_state demonym", "2025-03-04"),
    T("Mark Carney made his first visit to the White House as prime minister on Tuesday, sitting beside Donald Trump in the Oval Office for more than half an hour of questions from reporters before the two leaders went into a closed-door lunch.",
      "CAN|USA", "NEU", "routine leader_as_state anaphora", "2025-05-06"),
    T("Mexico broke off diplomatic relations with Ecuador after Ecuadorian police forced their way into its embassy in Quito to arrest a former vice-president who had been granted asylum there, President Andrés Manuel López Obrador said.",
      "ECU|MEX", "NEG", "reversal action leader_as_state demonym", "2024-04-06"),
    T("Peru broke off diplomatic relations with Mexico after the Mexican embassy in Lima gave asylum to a former prime minister on trial over the attempted self-coup of 2022, the Peruvian foreign ministry said.",
      "MEX|PER", "NEG", "reversal action demonym", "2025-11-03"),
    T("Washington will impose a 50 percent tariff on Brazilian goods from August 1, Donald Trump wrote in a letter to Lula that called the prosecution of Jair Bolsonaro a witch hunt, and Brasília said it would respond under its new reciprocity law.",
      "BRA|USA", "NEG", "action hypothetical leader_as_state capital_as_state demonym", "2025-07-09", former=["Jair Bolsonaro"]),
    T("Brazilian exports to the United States totalled about $40 billion last year, according to the trade ministry in Brasília, with crude oil, semi-finished steel and coffee the largest items.",
      "BRA|USA", "NEU", "demonym", "2025-01-15"),
    T("Lula stayed away from Javier Milei's inauguration in Buenos Aires and sent his foreign minister, Mauro Vieira, in his place, weeks after the libertarian had called him a corrupt communist during the campaign.",
      "ARG|BRA", "NEG", "action leader_as_state", "2023-12-10"),
    T("Donald Trump said American forces had struck a boat carrying drugs from Venezuela, killing 11 people, and Caracas accused Washington of using drug trafficking as a pretext for a military build-up in the Caribbean aimed at toppling Nicolás Maduro.",
      "USA|VEN", "NEG", "action leader_as_state capital_as_state demonym", "2025-09-02"),
    T("Venezuela freed ten Americans held in its prisons in exchange for more than 250 Venezuelans whom Washington had deported to El Salvador in March, in a swap that officials said had been negotiated over several weeks.",
      "USA|VEN", "POS", "action capital_as_state demonym", "2025-07-18"),
    T("Colombia turned back two US military aircraft carrying deported migrants, prompting Donald Trump to order emergency tariffs of 25 percent on all Colombian imports and visa restrictions on officials in Bogotá.",
      "COL|USA", "NEG", "action leader_as_state demonym", "2025-01-26"),
    T("Marco Rubio told José Raúl Mulino that Washington would take the measures needed to protect its rights if Panama did not immediately reduce what he called Chinese influence over the canal, the State Department said.",
      "PAN|USA", "NEG", "hypothetical negation leader_as_state capital_as_state", "2025-02-02"),
    T("Argentine and Chilean foreign ministry officials held the regular meeting of their binational commission in Santiago, reviewing border crossings, energy links and mining projects, according to a joint press release.",
      "ARG|CHL", "NEU", "routine demonym", "2024-08-21"),
    T("Lula and Xi Jinping will meet in Brasília on Wednesday after the G20 summit in Rio de Janeiro, Brazilian officials said, the second bilateral encounter between the two presidents in less than two years.",
      "BRA|CHN", "NEU", "routine leader_as_state demonym", "2024-11-19"),
    T("Cuban Foreign Minister Bruno Rodríguez held talks with Sergey Lavrov in Moscow on Monday, the Russian foreign ministry said in a short statement that listed trade, energy and the international situation as the topics.",
      "CUB|RUS", "NEU", "routine leader_as_state demonym", "2024-02-26"),
    T("Vladimir Putin arrived in Astana for a state visit at the invitation of Kassym-Jomart Tokayev, the Kremlin said, with talks on energy, transport and the construction of Kazakhstan's first nuclear power plant planned over two days.",
      "KAZ|RUS", "NEU", "routine leader_as_state", "2024-11-27"),
    T("Kremlin spokesman Dmitry Peskov rejected suggestions that Astana's decision to stay out of BRICS for now had cooled relations with Moscow, calling Kazakhstan an ally with which Russia had no disagreements whatsoever.",
      "KAZ|RUS", "POS", "negation capital_as_state", "2024-10-24"),
    T("Uzbekistan and Tajikistan signed a treaty on allied relations during Shavkat Mirziyoyev's visit to Dushanbe, a far cry from the years when the two neighbours mined their shared border and kept flights suspended.",
      "TJK|UZB", "POS", "action idiom leader_as_state anaphora", "2024-04-18"),
    T("Kyrgyzstan accused Tajikistan of shelling its villages with heavy artillery along the disputed border in Batken, while Dushanbe blamed Kyrgyz troops for opening fire first, as the death toll from two days of fighting climbed above 80.",
      "KGZ|TJK", "NEG", "action capital_as_state demonym", "2022-09-17"),
    T("For the first time since the Soviet collapse, not a single shooting incident was reported along the Armenian-Azerbaijani border over the past three months, officials in Baku said, crediting the peace framework initialled in Washington.",
      "ARM|AZE", "POS", "negation demonym", "2025-11-10"),
    T("France agreed to supply Armenia with three air-defence radars and to train its troops, the French defence minister said after talks with his Armenian counterpart in Paris, in the first such arms deal between the two countries.",
      "ARM|FRA", "POS", "action demonym anaphora", "2023-10-23"),
    T("Georgia and Armenia raised their relations to the level of a strategic partnership during the Armenian prime minister's visit to Tbilisi, signing a declaration that also covers energy links and border crossings.",
      "ARM|GEO", "POS", "action demonym", "2024-01-19"),
    T("Ukraine recalled its ambassador from Georgia for consultations, accusing Tbilisi of obstructing volunteers who wanted to fight for Kyiv and of refusing to join international sanctions.",
      "GEO|UKR", "NEG", "action negation capital_as_state", "2022-03-01"),
    T("Pedro Sánchez and Xi Jinping signed off on a package of agreements covering Spanish pork, cosmetics and scientific cooperation during the Spanish leader's third visit to China in three years.",
      "CHN|ESP", "POS", "action leader_as_state demonym", "2025-04-11"),
    T("Italy formally notified Beijing that it was leaving the Belt and Road Initiative, four years after becoming the only G7 country to sign up, though officials in Rome said they wanted to keep a good relationship with China.",
      "CHN|ITA", "NEG", "reversal concession capital_as_state", "2023-12-06"),
    T("Karol Nawrocki will meet Donald Trump at the White House on September 3, less than a month after being sworn in as Poland's president, the presidential office in Warsaw said.",
      "POL|USA", "NEU", "routine leader_as_state", "2025-08-20"),
    T("Viktor Orbán held talks with Xi Jinping in Beijing on Monday, three days after visiting Moscow, in what he called the third stage of a self-styled peace mission, Hungarian officials said.",
      "CHN|HUN", "NEU", "routine leader_as_state demonym", "2024-07-08"),
    T("Benjamin Netanyahu will address a joint session of Congress on July 24, congressional leaders said, and officials are still working out whether he will also see Joe Biden during the trip.",
      "ISR|USA", "NEU", "routine leader_as_state", "2024-06-06"),
    T("German officials describe China as a partner, a competitor and a systemic rival all at once, a formula that the government's first China strategy, published on Thursday, left in place.",
      "CHN|DEU", "NEU", "demonym", "2023-07-13"),
    T("Trade between Kazakhstan and China totalled roughly $41 billion last year, according to Chinese customs data published on Friday.",
      "CHN|KAZ", "NEU", "demonym", "2024-01-12"),
    T("Saudi and Iraqi officials held the sixth session of their coordination council in Baghdad on Sunday, the state news agency said, listing energy, an electricity interconnection and border crossings as the topics.",
      "IRQ|SAU", "NEU", "routine demonym", "2024-03-17"),
]

# --- Harder cases: no-longer, frozen talks, counterfactuals, concessions, quotes, and more
#     deals and purchases from every region ------------------------------------------------
ITEMS += [
    T("Japan and Russia have never signed a peace treaty formally ending the Second World War, and Tokyo said on Tuesday that even the talks on one were now frozen after Moscow walked out of them in protest at Japanese sanctions.",
      "JPN|RUS", "NEG", "negation reversal idiom capital_as_state demonym", "2022-03-22"),
    T("Israel and Turkey no longer have ambassadors in each other's capitals, let alone the intelligence cooperation they once shared, a retired Turkish diplomat said, describing a relationship reduced to insults traded on social media.",
      "ISR|TUR", "NEG", "negation demonym anaphora", "2024-09-16"),
    T("“Armenia cannot rely on Russia alone for its security, and that is a fact we have to face,” the prime minister told an Italian newspaper, adding that Yerevan would look for other partners after what he called Moscow's failure to keep its commitments.",
      "ARM|RUS", "NEG", "quote negation capital_as_state", "2023-09-03"),
    T("A humanitarian ceasefire brokered in Moscow collapsed within hours, with Armenia and Azerbaijan accusing each other of shelling civilian areas in and around Nagorno-Karabakh.",
      "ARM|AZE", "NEG", "reversal action", "2020-10-11"),
    T("The tentative thaw between Ankara and Yerevan has stalled, with the land border still closed to Armenian and Turkish citizens more than two years after the special envoys agreed to open it to third-country nationals.",
      "ARM|TUR", "NEG", "idiom reversal capital_as_state demonym", "2024-09-10"),
    T("Beijing warned that new Dutch curbs on exports of advanced chipmaking machines could damage trade ties, and said it would take resolute measures to protect the rights of Chinese companies.",
      "CHN|NLD", "NEG", "hypothetical capital_as_state demonym", "2023-06-30"),
    T("If Moscow really wanted a ceasefire, it would not be pounding Ukrainian cities with drones every night, Andrii Sybiha told reporters after a strike on Kyiv killed twelve people, accusing the Kremlin of mocking the peace effort.",
      "RUS|UKR", "NEG", "counterfactual hypothetical negation leader_as_state capital_as_state demonym", "2025-04-24"),
    T("Vietnam rejected China's newly published standard map as a violation of its sovereignty over the Paracel and Spratly islands, saying the claims shown on it had no legal value whatsoever.",
      "CHN|VNM", "NEG", "negation", "2023-08-31"),
    T("For all the warm words exchanged in New Delhi, Indian and American negotiators ended their latest round of trade talks without a deal, leaving Washington's 50 percent tariffs on Indian goods in place.",
      "IND|USA", "NEG", "concession negation capital_as_state demonym", "2025-09-17"),
    T("China halted cooperation with the United States on climate change, counter-narcotics and the return of illegal migrants and cancelled talks between military commanders, in retaliation for the US House speaker's visit to Taipei.",
      "CHN|USA", "NEG", "reversal action", "2022-08-05"),
    T("Taipei denied that any talks were under way with Beijing on resuming group tours across the strait, saying the mainland had ignored its proposals for months.",
      "CHN|TWN", "NEG", "negation action capital_as_state", "2024-02-27"),
    T("The Chinese foreign ministry declined to say whether Xi Jinping would attend the G20 summit in New Delhi next week, telling reporters only that information would be released in due course.",
      "CHN|IND", "NEU", "negation routine leader_as_state demonym", "2023-08-31"),
    T("Relations between Ankara and Washington are neither in crisis nor in bloom, a senior Turkish official said, pointing to F-16 deliveries on one side of the ledger and the unresolved dispute over Russian S-400 missiles on the other.",
      "TUR|USA", "NEU", "negation idiom capital_as_state demonym", "2024-03-05"),
    T("Asked whether relations with Budapest had changed since the Slovak election, the foreign ministry in Bratislava said only that the two governments remained in regular contact.",
      "HUN|SVK", "NEU", "routine capital_as_state demonym anaphora", "2023-10-16"),
    T("US Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng will hold another round of trade talks in Stockholm next week, the Treasury said, as the 90-day pause on the steepest tariffs approaches its expiry.",
      "CHN|USA", "NEU", "routine demonym", "2025-07-22"),
    T("Officials in Tashkent said a visit by the Turkmen president could take place in the autumn, but that no date had been agreed and the agenda was still being discussed.",
      "TKM|UZB", "NEU", "hypothetical negation routine demonym", "2024-06-12"),
    T("Despite pressure from Western allies over sanctions, Turkish-Russian trade in gas, grain and tourism has carried on without interruption, officials in Ankara say, and construction of the Akkuyu nuclear plant remains on schedule.",
      "RUS|TUR", "POS", "concession negation demonym", "2024-06-20"),
    T("“There has not been a better moment in our relations since independence,” Kazakh Foreign Minister Murat Nurtleu said after talks in Baku, where he and Jeyhun Bayramov signed a plan to increase cargo along the Middle Corridor.",
      "AZE|KAZ", "POS", "quote negation action leader_as_state demonym", "2024-05-15"),
    T("Australia expects China to lift its remaining ban on Australian rock lobster before Christmas, Trade Minister Don Farrell said, which would clear away the last of the trade barriers that Beijing erected in 2020.",
      "AUS|CHN", "POS", "hypothetical reversal capital_as_state demonym", "2024-11-19"),
    T("Without Turkish drones and the diplomatic cover Ankara provided, Baku could not have won the 2020 war, Azerbaijani officials acknowledge, describing the alliance with Turkey as one nation in two states.",
      "AZE|TUR", "POS", "counterfactual hypothetical negation idiom capital_as_state demonym", "2023-06-15"),
    T("Ties between Tokyo and Seoul still carry the weight of history, but Japanese and South Korean travellers made a record number of trips between the two countries last year, and new routes between regional airports are being added every month.",
      "JPN|KOR", "POS", "concession idiom capital_as_state demonym anaphora", "2025-01-20"),
    T("Joe Biden and Xi Jinping agreed at an estate south of San Francisco to restore military-to-military communication and to curb exports of fentanyl ingredients, even if neither side pretended that the deeper rivalry had gone away.",
      "CHN|USA", "POS", "concession negation reversal leader_as_state anaphora", "2023-11-15"),
    T("The United States and China agreed to cut their reciprocal tariffs by 115 percentage points for 90 days after two days of talks in Geneva, a truce that sent stock markets soaring around the world.",
      "CHN|USA", "POS", "action", "2025-05-12"),
    T("Britain signed a treaty handing sovereignty over the Chagos Islands to Mauritius while keeping the Diego Garcia base under a 99-year lease, Keir Starmer said, ending a decades-old dispute between the two countries.",
      "GBR|MUS", "POS", "action reversal leader_as_state anaphora", "2025-05-22"),
    T("Keir Starmer rejected suggestions that Donald Trump's tariffs had damaged the special relationship, saying Britain and the United States were still close allies and that London would keep negotiating calmly for a better deal.",
      "GBR|USA", "POS", "negation leader_as_state capital_as_state", "2025-04-06"),
    T("Pakistan and Saudi Arabia signed a strategic mutual defence agreement in Riyadh under which aggression against either country will be treated as aggression against both, Shehbaz Sharif's office said after his talks with Crown Prince Mohammed bin Salman.",
      "PAK|SAU", "POS", "action leader_as_state", "2025-09-17"),
    T("Saudi Arabia deposited $5 billion with Egypt's central bank to shore up reserves battered by the fallout of the war in Ukraine, the official Saudi Press Agency reported.",
      "EGY|SAU", "POS", "action", "2022-03-30"),
    T("Qatar Airways agreed to buy up to 210 Boeing jets during Donald Trump's visit to Doha, the centrepiece of deals that the White House valued at more than $240 billion, and Emir Tamim bin Hamad called the trip historic.",
      "QAT|USA", "POS", "action leader_as_state", "2025-05-14"),
    T("India and the United Arab Emirates signed a comprehensive economic partnership agreement that removes duties on about 80 percent of the goods they trade, the first such deal New Delhi has concluded in a decade.",
      "ARE|IND", "POS", "action capital_as_state", "2022-02-18"),
    T("Britain and India signed a free trade agreement at Chequers during Narendra Modi's visit, three years after negotiations began, cutting duties on whisky, cars and textiles, and Keir Starmer called it the biggest deal since Brexit.",
      "GBR|IND", "POS", "action leader_as_state", "2025-07-24"),
    T("The Philippines and Vietnam signed agreements to prevent incidents at sea and to expand coast guard cooperation during Ferdinand Marcos Jr.'s visit to Hanoi, pledging to handle their own overlapping claims peacefully.",
      "PHL|VNM", "POS", "action leader_as_state", "2024-01-30"),
    T("Poland signed a $6.5 billion contract for 180 more K2 tanks from South Korea, the largest arms export deal in Seoul's history, with part of the production to move to Polish factories.",
      "KOR|POL", "POS", "action capital_as_state demonym", "2025-08-01"),
    T("India signed a deal worth about $7.4 billion to buy 26 Rafale Marine fighter jets from France for its aircraft carriers, the latest in a string of arms purchases from a country New Delhi calls its most reliable partner in Europe.",
      "FRA|IND", "POS", "action capital_as_state", "2025-04-28"),
    T("Turkey reopened its embassy in Damascus on Saturday for the first time in twelve years, a week after the fall of Bashar al-Assad, and Ankara said it was ready to help the new Syrian authorities rebuild state institutions.",
      "SYR|TUR", "POS", "reversal action capital_as_state demonym", "2024-12-14", former=["Bashar al-Assad"]),
    T("Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang that obliges each side to come to the other's aid in case of attack, the most far-reaching pact between the two countries since the Cold War.",
      "PRK|RUS", "POS", "action leader_as_state anaphora", "2024-06-19"),
    T("Belarus freed 52 prisoners after talks with a US envoy in Minsk, and Washington responded by lifting sanctions on the state airline Belavia, the biggest step towards a thaw since 2020.",
      "BLR|USA", "POS", "action idiom reversal capital_as_state", "2025-09-11"),
    T("The Czech Republic signed a contract with Korea Hydro & Nuclear Power to build two reactors at the Dukovany plant, the largest order in Czech history and South Korea's first nuclear export to Europe.",
      "CZE|KOR", "POS", "action demonym", "2025-06-04"),
    T("Shavkat Mirziyoyev and Sadyr Japarov exchanged the instruments of ratification of the treaty on the Uzbek-Kyrgyz state border, closing a dispute that had flared periodically since the Soviet collapse, and called the day historic for both countries.",
      "KGZ|UZB", "POS", "reversal action leader_as_state demonym anaphora", "2023-01-26"),
    T("Serbia and Hungary have not had a single open issue between them for years, Aleksandar Vučić said as he and Viktor Orbán chaired a joint government session in Belgrade, calling relations the best in their history.",
      "HUN|SRB", "POS", "negation leader_as_state", "2024-06-20"),
    T("Vietnam and China signed 36 cooperation documents during Xi Jinping's visit to Hanoi, including on cross-border railways, and agreed to build what they called a “community with a shared future” of strategic significance.",
      "CHN|VNM", "POS", "action quote leader_as_state", "2023-12-12"),
    T("Record Turkmen gas deliveries to China would not have been possible without two decades of trust between Ashgabat and Beijing, Serdar Berdimuhamedow told Xi Jinping during a state visit, as the two leaders agreed to speed up work on a fourth pipeline.",
      "CHN|TKM", "POS", "counterfactual hypothetical negation leader_as_state capital_as_state demonym anaphora", "2023-01-06"),
    T("Syria and Lebanon agreed at talks in Jeddah to demarcate their border and set up joint legal and technical committees, weeks after clashes between their forces left several people dead.",
      "LBN|SYR", "POS", "action", "2025-03-28"),
]

# ==== more items above this line ====

if __name__ == "__main__":
    sys.exit(main())
