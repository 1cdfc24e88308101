#!/usr/bin/env python
"""Build part B of the labelled training corpus (entities + dyad tone).

Writes ``corpus/labelled/part_b.jsonl`` from the items below and validates them.
Every item was written for this corpus from scratch: news-style English on international
relations, with a focus on Africa, Latin America, South and Southeast Asia, the Middle East
and the Pacific. Real states, real leaders in office on the item's date and real IGOs are
mixed with **invented** officials, diplomats, analysts, journalists, NGOs, think tanks,
outlets, companies and agencies (any resemblance to a real person or body is accidental),
so that a statistical model sees many names that the project's gazetteers do not contain.

Run from anywhere:  python scripts/make_labelled_b.py [--check] [--lint]
(``--check`` validates and compares with the file on disk without writing;
``--lint`` also lists capitalised tokens outside every span, for a human to review.)

Item format (readable Python data, one tuple per item)::

    (text, date, spans, dyad, tone)

* ``spans``: tuples ``(surface, label, kb_id, attrs_or_None, n_or_None)``; ``attrs`` holds
  ``country`` (ISO3; LEADER, ORG of one state, LOC in one state) and ``role`` (LEADER);
  ``n`` (1-based) picks the n-th token-aligned occurrence of ``surface`` and is required
  when the surface occurs more than once (also inside a longer span).
* ``dyad``: "AAA|BBB" (ISO3 codes, sorted) or None; ``tone``: "POS" | "NEG" | "NEU" or None.
  Tone follows the rules of ``corpus/eval/README.md`` (after negation, denial,
  hypotheticals, reversals; concessions follow the main clause; routine contacts NEU).
* Labelling follows ``docs/annotation.md``: no articles, possessives or titles inside spans;
  COUNTRY kb = ISO3, LOC kb = GeoNames-style name, LEADER kb = canonical name of a row of
  ``scripts/sources/leaders/*.jsonl`` in office on the date (never an ``unsure`` row),
  PERSON kb = "" (all persons here are invented), ORG kb = ``orgs.jsonl`` name or "".

Output line::

    {"id": "lb-0001", "text": ..., "date": ..., "spans": [{"start", "end", "label",
     "kb_id", optional "country", "role"}], "tone": [{"start": 0, "end": len(text),
     "tone": "NEG"}], "dyads": {"AAA|BBB": "NEG"}, "unseen": [invented names]}

``unseen`` lists, in order of first mention, the distinct surfaces of invented names:
every PERSON with an empty kb_id and every ORG with an empty kb_id that is not a generic
state body ("Foreign Ministry", "Navy") or a real body missing from the gazetteer
(``REAL_ORGS``). The script checks that no invented full name is a form in the leader,
org or country tables.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "labelled" / "part_b.jsonl"
SOURCES = ROOT / "scripts" / "sources"
DATA = ROOT / "src" / "relations_nlp" / "data"

LABELS = ("COUNTRY", "LEADER", "PERSON", "ORG", "LOC")
TONES = ("POS", "NEG", "NEU")
EXTRA_ISO3 = {"XKX", "PSE", "TWN", "ESH"}

# Real bodies that are not in orgs.jsonl: kb_id "" but not invented, so not "unseen".
REAL_ORGS = {
    "Department of Foreign Affairs", "Ministry of External Affairs", "Ministry of Foreign Affairs",
    "Ministry of International Relations and Cooperation", "Itamaraty", "Casa Rosada",
    "Palacio de Miraflores", "Foreign Ministry", "Defence Ministry", "Defense Ministry",
    "Navy", "Coast Guard", "Army", "Armed Forces", "National Assembly", "Parliament", "Senate",
    "Supreme Court", "Central Bank", "Presidency", "Ministry of Defence", "Ministry of Defense",
    "Trade Ministry", "Interior Ministry", "Ministry of Trade", "Border Guard", "Cabinet",
    "Mekong River Commission", "Pacific Alliance", "Bangsamoro Transition Authority",
    "Home Ministry", "Energy Ministry", "Ministry of Energy", "Finance Ministry",
    "M23", "ADF", "Tazara", "De Beers", "Presidential Council",
}

# Forms missing from countries.jsonl (ambiguous there) that must still be labelled.
EXTRA_COUNTRY_FORMS = {"Congolese": "COD"}


# ---------------------------------------------------------------------------------------
# Leaders used in the items: key -> (canonical name, ISO3, role). The script checks each
# LEADER span against the leader tables (term covering the date, no unsure row).
# ---------------------------------------------------------------------------------------
LEADERS = {
    # Africa
    "TINUBU": ("Bola Tinubu", "NGA", "president"),
    "TUGGAR": ("Yusuf Tuggar", "NGA", "foreign minister"),
    "MAHAMA": ("John Mahama", "GHA", "president"),
    "ABLAKWA": ("Samuel Okudzeto Ablakwa", "GHA", "foreign minister"),
    "RUTO": ("William Ruto", "KEN", "president"),
    "MUDAVADI": ("Musalia Mudavadi", "KEN", "foreign minister"),
    "ABIY": ("Abiy Ahmed", "ETH", "prime minister"),
    "GEDION": ("Gedion Timothewos", "ETH", "foreign minister"),
    "TAYE": ("Taye Atske Selassie", "ETH", "president"),
    "AFWERKI": ("Isaias Afwerki", "ERI", "president"),
    "OSMAN": ("Osman Saleh Mohammed", "ERI", "foreign minister"),
    "SISI": ("Abdel Fattah el-Sisi", "EGY", "president"),
    "ABDELATTY": ("Badr Abdelatty", "EGY", "foreign minister"),
    "MADBOULY": ("Mostafa Madbouly", "EGY", "prime minister"),
    "BURHAN": ("Abdel Fattah al-Burhan", "SDN", "head of state"),
    "KAMIL": ("Kamil Idris", "SDN", "prime minister"),
    "KIIR": ("Salva Kiir Mayardit", "SSD", "president"),
    "GUELLEH": ("Ismaïl Omar Guelleh", "DJI", "president"),
    "MUSEVENI": ("Yoweri Museveni", "UGA", "president"),
    "SAMIA": ("Samia Suluhu Hassan", "TZA", "president"),
    "KAGAME": ("Paul Kagame", "RWA", "president"),
    "NDUHUNGIREHE": ("Olivier Nduhungirehe", "RWA", "foreign minister"),
    "TSHISEKEDI": ("Félix Tshisekedi", "COD", "president"),
    "KAYIKWAMBA": ("Thérèse Kayikwamba Wagner", "COD", "foreign minister"),
    "SUMINWA": ("Judith Suminwa", "COD", "prime minister"),
    "NDAYISHIMIYE": ("Évariste Ndayishimiye", "BDI", "president"),
    "RAMAPHOSA": ("Cyril Ramaphosa", "ZAF", "president"),
    "LAMOLA": ("Ronald Lamola", "ZAF", "foreign minister"),
    "MNANGAGWA": ("Emmerson Mnangagwa", "ZWE", "president"),
    "MURWIRA": ("Amon Murwira", "ZWE", "foreign minister"),
    "HICHILEMA": ("Hakainde Hichilema", "ZMB", "president"),
    "CHAPO": ("Daniel Chapo", "MOZ", "president"),
    "LOURENCO": ("João Lourenço", "AGO", "president"),
    "NNN": ("Netumbo Nandi-Ndaitwah", "NAM", "president"),
    "BOKO": ("Duma Boko", "BWA", "president"),
    "CHAKWERA": ("Lazarus Chakwera", "MWI", "president"),
    "MUTHARIKA": ("Peter Mutharika", "MWI", "president"),
    "FAYE": ("Bassirou Diomaye Faye", "SEN", "president"),
    "GOITA": ("Assimi Goïta", "MLI", "president"),
    "DIOP": ("Abdoulaye Diop", "MLI", "foreign minister"),
    "ITRAORE": ("Ibrahim Traoré", "BFA", "president"),
    "TCHIANI": ("Abdourahamane Tchiani", "NER", "president"),
    "SANGARE": ("Bakary Yaou Sangaré", "NER", "foreign minister"),
    "DEBY": ("Mahamat Déby", "TCD", "president"),
    "BIYA": ("Paul Biya", "CMR", "president"),
    "OUATTARA": ("Alassane Ouattara", "CIV", "president"),
    "FAURE_P": ("Faure Gnassingbé", "TGO", "president"),
    "FAURE_H": ("Faure Gnassingbé", "TGO", "head of government"),
    "DUSSEY": ("Robert Dussey", "TGO", "foreign minister"),
    "BOAKAI": ("Joseph Boakai", "LBR", "president"),
    "MAADA_BIO": ("Julius Maada Bio", "SLE", "president"),
    "KABBA": ("Timothy Musa Kabba", "SLE", "foreign minister"),
    "DOUMBOUYA": ("Mamady Doumbouya", "GIN", "president"),
    "BARROW": ("Adama Barrow", "GMB", "president"),
    "GHAZOUANI": ("Mohamed Ould Ghazouani", "MRT", "president"),
    "M6": ("Mohammed VI", "MAR", "king"),
    "BOURITA": ("Nasser Bourita", "MAR", "foreign minister"),
    "AKHANNOUCH": ("Aziz Akhannouch", "MAR", "prime minister"),
    "TEBBOUNE": ("Abdelmadjid Tebboune", "DZA", "president"),
    "ATTAF": ("Ahmed Attaf", "DZA", "foreign minister"),
    "SAIED": ("Kais Saied", "TUN", "president"),
    "NAFTI": ("Mohamed Ali Nafti", "TUN", "foreign minister"),
    "MENFI": ("Mohamed al-Menfi", "LBY", "head of state"),
    "DBEIBEH": ("Abdul Hamid Dbeibeh", "LBY", "prime minister"),
    "OLIGUI": ("Brice Clotaire Oligui Nguema", "GAB", "president"),
    "RAMGOOLAM": ("Navin Ramgoolam", "MUS", "prime minister"),
    "TOUADERA": ("Faustin-Archange Touadéra", "CAF", "president"),
    "SASSOU": ("Denis Sassou Nguesso", "COG", "president"),
    "MSWATI": ("Mswati III", "SWZ", "king"),
    "MATEKANE": ("Sam Matekane", "LSO", "prime minister"),
    "NEVES": ("José Maria Neves", "CPV", "president"),
    "AZALI": ("Azali Assoumani", "COM", "president"),
    "OBIANG": ("Teodoro Obiang Nguema Mbasogo", "GNQ", "president"),
    # Americas
    "LULA": ("Luiz Inácio Lula da Silva", "BRA", "president"),
    "VIEIRA": ("Mauro Vieira", "BRA", "foreign minister"),
    "MILEI": ("Javier Milei", "ARG", "president"),
    "MONDINO": ("Diana Mondino", "ARG", "foreign minister"),
    "WERTHEIN": ("Gerardo Werthein", "ARG", "foreign minister"),
    "QUIRNO": ("Pablo Quirno", "ARG", "foreign minister"),
    "BORIC": ("Gabriel Boric", "CHL", "president"),
    "VANKLAVEREN": ("Alberto van Klaveren", "CHL", "foreign minister"),
    "KAST": ("José Antonio Kast", "CHL", "president"),
    "BOLUARTE": ("Dina Boluarte", "PER", "president"),
    "JERI": ("José Jerí", "PER", "president"),
    "MADURO": ("Nicolás Maduro", "VEN", "president"),
    "YVAN_GIL": ("Yván Gil", "VEN", "foreign minister"),
    "DELCY": ("Delcy Rodríguez", "VEN", "president"),
    "ARCE": ("Luis Arce", "BOL", "president"),
    "PAZ": ("Rodrigo Paz Pereira", "BOL", "president"),
    "ARAMAYO": ("Fernando Aramayo", "BOL", "foreign minister"),
    "NOBOA": ("Daniel Noboa", "ECU", "president"),
    "SOMMERFELD": ("Gabriela Sommerfeld", "ECU", "foreign minister"),
    "PENA": ("Santiago Peña", "PRY", "president"),
    "LEZCANO": ("Rubén Ramírez Lezcano", "PRY", "foreign minister"),
    "ORSI": ("Yamandú Orsi", "URY", "president"),
    "LUBETKIN": ("Mario Lubetkin", "URY", "foreign minister"),
    "SHEINBAUM": ("Claudia Sheinbaum", "MEX", "president"),
    "BARCENA": ("Alicia Bárcena", "MEX", "foreign minister"),
    "AMLO": ("Andrés Manuel López Obrador", "MEX", "president"),
    "AREVALO": ("Bernardo Arévalo", "GTM", "president"),
    "CRMARTINEZ": ("Carlos Ramiro Martínez", "GTM", "foreign minister"),
    "XIOMARA": ("Xiomara Castro", "HND", "president"),
    "REINA": ("Eduardo Enrique Reina", "HND", "foreign minister"),
    "ASFURA": ("Nasry Asfura", "HND", "president"),
    "MULINO": ("José Raúl Mulino", "PAN", "president"),
    "MARTINEZ_ACHA": ("Javier Martínez-Acha", "PAN", "foreign minister"),
    "BUKELE": ("Nayib Bukele", "SLV", "president"),
    "HILL": ("Alexandra Hill Tinoco", "SLV", "foreign minister"),
    "ABINADER": ("Luis Abinader", "DOM", "president"),
    "DIAZ_CANEL": ("Miguel Díaz-Canel", "CUB", "president"),
    "BRUNO": ("Bruno Rodríguez Parrilla", "CUB", "foreign minister"),
    "ORTEGA": ("Daniel Ortega", "NIC", "president"),
    "CHAVES": ("Rodrigo Chaves Robles", "CRI", "president"),
    "FILS_AIME": ("Alix Didier Fils-Aimé", "HTI", "prime minister"),
    "SARABIA": ("Laura Sarabia", "COL", "foreign minister"),
    "IRFAAN": ("Irfaan Ali", "GUY", "president"),
    "TODD": ("Hugh Todd", "GUY", "foreign minister"),
    "SANTOKHI": ("Chan Santokhi", "SUR", "president"),
    "HOLNESS": ("Andrew Holness", "JAM", "prime minister"),
    "MOTTLEY": ("Mia Mottley", "BRB", "prime minister"),
    "BRICENO": ("Johnny Briceño", "BLZ", "prime minister"),
    "PERSAD": ("Kamla Persad-Bissessar", "TTO", "prime minister"),
    "TRUMP": ("Donald Trump", "USA", "president"),
    "BIDEN": ("Joe Biden", "USA", "president"),
    "BLINKEN": ("Antony Blinken", "USA", "foreign minister"),
    "RUBIO": ("Marco Rubio", "USA", "foreign minister"),
    # South Asia
    "MODI": ("Narendra Modi", "IND", "prime minister"),
    "JAISHANKAR": ("S. Jaishankar", "IND", "foreign minister"),
    "MURMU": ("Droupadi Murmu", "IND", "president"),
    "SHEHBAZ": ("Shehbaz Sharif", "PAK", "prime minister"),
    "DAR": ("Ishaq Dar", "PAK", "foreign minister"),
    "ZARDARI": ("Asif Ali Zardari", "PAK", "president"),
    "YUNUS": ("Muhammad Yunus", "BGD", "head of government"),
    "HOSSAIN": ("Touhid Hossain", "BGD", "foreign minister"),
    "HASINA": ("Sheikh Hasina", "BGD", "prime minister"),
    "AKD": ("Anura Kumara Dissanayake", "LKA", "president"),
    "HERATH": ("Vijitha Herath", "LKA", "foreign minister"),
    "AMARASURIYA": ("Harini Amarasuriya", "LKA", "prime minister"),
    "OLI": ("KP Sharma Oli", "NPL", "prime minister"),
    "PAUDEL": ("Ram Chandra Paudel", "NPL", "president"),
    "TOBGAY": ("Tshering Tobgay", "BTN", "prime minister"),
    "MUIZZU": ("Mohamed Muizzu", "MDV", "president"),
    "MUTTAQI": ("Amir Khan Muttaqi", "AFG", "foreign minister"),
    "AKHUND": ("Mohammad Hassan Akhund", "AFG", "prime minister"),
    # East and Southeast Asia
    "XI": ("Xi Jinping", "CHN", "president"),
    "WANG_YI": ("Wang Yi", "CHN", "foreign minister"),
    "LI_QIANG": ("Li Qiang", "CHN", "prime minister"),
    "ISHIBA": ("Shigeru Ishiba", "JPN", "prime minister"),
    "TAKAICHI": ("Sanae Takaichi", "JPN", "prime minister"),
    "IWAYA": ("Takeshi Iwaya", "JPN", "foreign minister"),
    "MOTEGI": ("Toshimitsu Motegi", "JPN", "foreign minister"),
    "LEE_JM": ("Lee Jae-myung", "KOR", "president"),
    "PRABOWO": ("Prabowo Subianto", "IDN", "president"),
    "SUGIONO": ("Sugiono", "IDN", "foreign minister"),
    "WIDODO": ("Joko Widodo", "IDN", "president"),
    "RETNO": ("Retno Marsudi", "IDN", "foreign minister"),
    "ANWAR": ("Anwar Ibrahim", "MYS", "prime minister"),
    "MOHAMAD_HASAN": ("Mohamad Hasan", "MYS", "foreign minister"),
    "PAETONGTARN": ("Paetongtarn Shinawatra", "THA", "prime minister"),
    "ANUTIN": ("Anutin Charnvirakul", "THA", "prime minister"),
    "HUN_MANET": ("Hun Manet", "KHM", "prime minister"),
    "SOKHONN": ("Prak Sokhonn", "KHM", "foreign minister"),
    "MARCOS": ("Bongbong Marcos", "PHL", "president"),
    "MANALO": ("Enrique Manalo", "PHL", "foreign minister"),
    "LAZARO": ("Theresa Lazaro", "PHL", "foreign minister"),
    "LWONG": ("Lawrence Wong", "SGP", "prime minister"),
    "BALAKRISHNAN": ("Vivian Balakrishnan", "SGP", "foreign minister"),
    "RAMOS_HORTA": ("José Ramos-Horta", "TLS", "president"),
    "GUSMAO": ("Xanana Gusmão", "TLS", "prime minister"),
    "MAH_PM": ("Min Aung Hlaing", "MMR", "prime minister"),
    "BOLKIAH": ("Hassanal Bolkiah", "BRN", "sultan"),
    "LAI": ("Lai Ching-te", "TWN", "president"),
    "LIN_CHIALUNG": ("Lin Chia-lung", "TWN", "foreign minister"),
    # Middle East
    "MBS": ("Mohammed bin Salman", "SAU", "prime minister"),
    "FAISAL": ("Faisal bin Farhan Al Saud", "SAU", "foreign minister"),
    "MBZ": ("Mohamed bin Zayed Al Nahyan", "ARE", "president"),
    "ABZ": ("Abdullah bin Zayed Al Nahyan", "ARE", "foreign minister"),
    "TAMIM": ("Tamim bin Hamad Al Thani", "QAT", "emir"),
    "MBAR_PM": ("Mohammed bin Abdulrahman Al Thani", "QAT", "prime minister"),
    "HAITHAM": ("Haitham bin Tariq", "OMN", "sultan"),
    "ALBUSAIDI": ("Badr Albusaidi", "OMN", "foreign minister"),
    "ZAYANI": ("Abdullatif bin Rashid Al Zayani", "BHR", "foreign minister"),
    "MISHAL": ("Mishal Al-Ahmad Al-Jaber Al-Sabah", "KWT", "emir"),
    "PEZESHKIAN": ("Masoud Pezeshkian", "IRN", "president"),
    "ARAGHCHI": ("Abbas Araghchi", "IRN", "foreign minister"),
    "KHAMENEI": ("Ali Khamenei", "IRN", "supreme leader"),
    "RASHID": ("Abdul Latif Rashid", "IRQ", "president"),
    "ABDULLAH2": ("Abdullah II", "JOR", "king"),
    "SAFADI": ("Ayman Safadi", "JOR", "foreign minister"),
    "AOUN": ("Joseph Aoun", "LBN", "president"),
    "SALAM": ("Nawaf Salam", "LBN", "prime minister"),
    "RAJJI": ("Youssef Rajji", "LBN", "foreign minister"),
    "SHARAA": ("Ahmed al-Sharaa", "SYR", "president"),
    "SHAIBANI": ("Asaad al-Shaibani", "SYR", "foreign minister"),
    "NETANYAHU": ("Benjamin Netanyahu", "ISR", "prime minister"),
    "SAAR": ("Gideon Sa'ar", "ISR", "foreign minister"),
    "HERZOG": ("Isaac Herzog", "ISR", "president"),
    "ABBAS": ("Mahmoud Abbas", "PSE", "president"),
    "MUSTAFA": ("Mohammad Mustafa", "PSE", "prime minister"),
    "ERDOGAN": ("Recep Tayyip Erdoğan", "TUR", "president"),
    "FIDAN": ("Hakan Fidan", "TUR", "foreign minister"),
    "ALIMI": ("Rashad al-Alimi", "YEM", "head of state"),
    "ZINDANI": ("Shaya al-Zindani", "YEM", "foreign minister"),
    # Pacific
    "ALBANESE": ("Anthony Albanese", "AUS", "prime minister"),
    "PWONG": ("Penny Wong", "AUS", "foreign minister"),
    "LUXON": ("Christopher Luxon", "NZL", "prime minister"),
    "PETERS": ("Winston Peters", "NZL", "foreign minister"),
    "RABUKA": ("Sitiveni Rabuka", "FJI", "prime minister"),
    "MARAPE": ("James Marape", "PNG", "prime minister"),
    "NAPAT": ("Jotham Napat", "VUT", "prime minister"),
    "FIAME": ("Fiamē Naomi Mataʻafa", "WSM", "prime minister"),
    "SCHMIDT": ("Laʻauli Leuatea Schmidt", "WSM", "prime minister"),
    "EKE": ("ʻAisake Eke", "TON", "prime minister"),
    "TEO": ("Feleti Teo", "TUV", "prime minister"),
    "PANAPA": ("Paulson Panapa", "TUV", "foreign minister"),
    "MAAMAU": ("Taneti Maamau", "KIR", "president"),
    "ADEANG": ("David Adeang", "NRU", "president"),
    "WHIPPS": ("Surangel Whipps Jr.", "PLW", "president"),
    "HEINE": ("Hilda Heine", "MHL", "president"),
    "SIMINA": ("Wesley Simina", "FSM", "president"),
    # Europe and others (third parties in the items)
    "MACRON": ("Emmanuel Macron", "FRA", "president"),
    "STARMER": ("Keir Starmer", "GBR", "prime minister"),
    "LAMMY": ("David Lammy", "GBR", "foreign minister"),
    "MELONI": ("Giorgia Meloni", "ITA", "prime minister"),
    "TAJANI": ("Antonio Tajani", "ITA", "foreign minister"),
    "SANCHEZ": ("Pedro Sánchez", "ESP", "prime minister"),
    "ALBARES": ("José Manuel Albares", "ESP", "foreign minister"),
    "PUTIN": ("Vladimir Putin", "RUS", "president"),
    "LAVROV": ("Sergey Lavrov", "RUS", "foreign minister"),
    "MERZ": ("Friedrich Merz", "DEU", "chancellor"),
    "WADEPHUL": ("Johann Wadephul", "DEU", "foreign minister"),
    "CARNEY": ("Mark Carney", "CAN", "prime minister"),
    "RANGEL": ("Paulo Rangel", "PRT", "foreign minister"),
    "ZELENSKYY": ("Volodymyr Zelenskyy", "UKR", "president"),
}


def C(surface, iso3, n=None):
    """COUNTRY: kb_id = ISO3."""
    return (surface, "COUNTRY", iso3, None, n)


def L(surface, key, n=None):
    """LEADER: key of LEADERS -> canonical name, country, role."""
    name, iso3, role = LEADERS[key]
    return (surface, "LEADER", name, {"country": iso3, "role": role}, n)


def P(surface, n=None):
    """PERSON: an invented person (kb_id "")."""
    return (surface, "PERSON", "", None, n)


def O(surface, kb="", country=None, n=None):
    """ORG: kb_id = orgs.jsonl name or "" (invented / generic); country = home state."""
    return (surface, "ORG", kb, {"country": country} if country else None, n)


def G(surface, kb=None, country=None, n=None):
    """LOC: kb_id = GeoNames-style name (default: the surface); country = state it lies in."""
    return (surface, "LOC", kb or surface, {"country": country} if country else None, n)


ITEMS: list = []

# === ITEMS START ===
# --- chunk 1: West Africa and the Sahel ------------------------------------------------
ITEMS += [
    ("Nigerian Foreign Minister Yusuf Tuggar and his Ghanaian counterpart Samuel Okudzeto Ablakwa "
     "agreed in Abuja on Tuesday to set up a joint commission on cross-border trade, said Adaeze "
     "Nwankwo of the Lagos Policy Circle.",
     "2025-03-11",
     [C("Nigerian", "NGA"), L("Yusuf Tuggar", "TUGGAR"), C("Ghanaian", "GHA"),
      L("Samuel Okudzeto Ablakwa", "ABLAKWA"), G("Abuja", country="NGA"), P("Adaeze Nwankwo"),
      O("Lagos Policy Circle", country="NGA")],
     "GHA|NGA", "POS"),
    ("Relations between Niamey and Cotonou went into a deep freeze after Niger kept its side of the "
     "border shut, leaving hundreds of lorries stranded, said Habibou Saley Moussa, a haulage union "
     "official.",
     "2024-06-20",
     [C("Niamey", "NER"), C("Cotonou", "BEN"), C("Niger", "NER"), P("Habibou Saley Moussa")],
     "BEN|NER", "NEG"),
    ("Senegal and Gambia will open a second ferry link across the river next year, the Senegambia "
     "Bridge Authority said, calling the project proof that the two neighbours have never been "
     "closer.",
     "2024-11-05",
     [C("Senegal", "SEN"), C("Gambia", "GMB"), O("Senegambia Bridge Authority")],
     "GMB|SEN", "POS"),
    ("“Accra and Ouagadougou are talking past each other,” said Akosua Frimpong, a researcher at "
     "the Accra Governance Lab, after Burkinabe officials accused Ghana of sheltering opponents "
     "of the junta.",
     "2025-02-18",
     [C("Accra", "GHA", 1), C("Ouagadougou", "BFA"), P("Akosua Frimpong"),
      O("Accra Governance Lab", country="GHA"), C("Burkinabe", "BFA"), C("Ghana", "GHA")],
     "BFA|GHA", "NEG"),
    ("Malian Foreign Minister Abdoulaye Diop accused Algiers of harbouring armed groups on Monday, "
     "a week after both countries recalled their ambassadors over a downed drone.",
     "2025-04-14",
     [C("Malian", "MLI"), L("Abdoulaye Diop", "DIOP"), C("Algiers", "DZA")],
     "DZA|MLI", "NEG"),
    ("Togolese Foreign Minister Robert Dussey, who has shuttled between Lomé and Niamey for months, "
     "said Niger and Benin had agreed in principle to reopen their border crossings.",
     "2024-09-26",
     [C("Togolese", "TGO"), L("Robert Dussey", "DUSSEY"), G("Lomé", "Lomé", "TGO"),
      G("Niamey", country="NER"), C("Niger", "NER"), C("Benin", "BEN")],
     "BEN|NER", "POS"),
    ("By Mame Diarra Sow in Dakar. President Bassirou Diomaye Faye told the French defence "
     "minister that Senegal would take back control of all foreign bases on its soil by the end "
     "of the year.",
     "2025-01-08",
     [P("Mame Diarra Sow"), G("Dakar", country="SEN"), L("Bassirou Diomaye Faye", "FAYE"),
      C("French", "FRA"), C("Senegal", "SEN")],
     "FRA|SEN", "NEG"),
    ("Ivory Coast handed over the Port-Bouët military camp to its own army in a ceremony attended "
     "by French officers, and Ivorian officials insisted that defence ties with Paris remained "
     "strong.",
     "2025-02-20",
     [C("Ivory Coast", "CIV"), G("Port-Bouët", "Port-Bouët", "CIV"), C("French", "FRA"),
      C("Ivorian", "CIV"), C("Paris", "FRA")],
     "CIV|FRA", "POS"),
    ("Chad's decision to end its defence cooperation agreement with France came as a shock to "
     "Paris, according to Youssouf Haroun Bichara of the N'Djamena Security Forum.",
     "2024-12-02",
     [C("Chad", "TCD"), C("France", "FRA"), C("Paris", "FRA"), P("Youssouf Haroun Bichara"),
      O("N'Djamena Security Forum", country="TCD")],
     "FRA|TCD", "NEG"),
    ("President Mahamat Déby received the Emirati minister of state in N'Djamena and thanked Abu "
     "Dhabi for a new credit line to build roads in the east of Chad.",
     "2024-10-15",
     [L("Mahamat Déby", "DEBY"), C("Emirati", "ARE"), G("N'Djamena", "N'Djamena", "TCD"),
      C("Abu Dhabi", "ARE"), C("Chad", "TCD")],
     "ARE|TCD", "POS"),
    ("Guinean and Sierra Leonean troops pulled back from the disputed village of Yenga after a "
     "night of talks, and Fodé Turay, a district chief, said calm had returned.",
     "2024-08-07",
     [C("Guinean", "GIN"), C("Sierra Leonean", "SLE"), G("Yenga", country="SLE"),
      P("Fodé Turay")],
     "GIN|SLE", "POS"),
    ("Nigeria does not see Niger as an enemy, President Bola Tinubu said, though he added that "
     "Abuja would not lift the remaining restrictions until the junta set a date for elections.",
     "2024-03-02",
     [C("Nigeria", "NGA"), C("Niger", "NER"), L("Bola Tinubu", "TINUBU"), C("Abuja", "NGA")],
     "NER|NGA", "NEG"),
    ("Nigerian airlines resumed flights to Dubai after a two-year suspension, and the Emirati "
     "embassy in Abuja said visas for Nigerians would be issued again.",
     "2024-07-08",
     [C("Nigerian", "NGA"), G("Dubai", country="ARE"), C("Emirati", "ARE"),
      G("Abuja", country="NGA"), C("Nigerians", "NGA")],
     "ARE|NGA", "POS"),
    ("A cargo of Malian cotton left the port of Conakry for the first time, a sign that Guinea is "
     "becoming Mali's window to the sea, said Bakary Sissoko of the Sahel Grain Exchange.",
     "2024-05-21",
     [C("Malian", "MLI"), G("Conakry", country="GIN"), C("Guinea", "GIN"), C("Mali", "MLI"),
      P("Bakary Sissoko"), O("Sahel Grain Exchange")],
     "GIN|MLI", "POS"),
    ("Mauritania summoned Mali's ambassador in Nouakchott after herders were killed near the "
     "border, the third such incident this year.",
     "2024-04-12",
     [C("Mauritania", "MRT"), C("Mali", "MLI"), G("Nouakchott", country="MRT")],
     "MLI|MRT", "NEG"),
    ("The honeymoon is over between Bamako and Moscow, wrote Aminata Dembélé in the Sahel Pulse, "
     "pointing to unpaid bills for Russian helicopters.",
     "2025-06-30",
     [C("Bamako", "MLI"), C("Moscow", "RUS"), P("Aminata Dembélé"), O("Sahel Pulse"),
      C("Russian", "RUS")],
     "MLI|RUS", "NEG"),
    ("Burkina Faso and Niger signed an agreement in Niamey to build a 300-kilometre power line "
     "between the two countries, financed partly by the Alliance of Sahel States.",
     "2024-11-19",
     [C("Burkina Faso", "BFA"), C("Niger", "NER"), G("Niamey", country="NER"),
      O("Alliance of Sahel States", "Alliance of Sahel States")],
     "BFA|NER", "POS"),
    ("Ghana's president John Mahama met Captain Ibrahim Traoré in Ouagadougou on Friday; neither "
     "side released a statement after the talks.",
     "2025-03-07",
     [C("Ghana", "GHA"), L("John Mahama", "MAHAMA"), L("Ibrahim Traoré", "ITRAORE"),
      G("Ouagadougou", country="BFA")],
     "BFA|GHA", "NEU"),
    ("Liberian President Joseph Boakai flew to Freetown for a summit with Julius Maada Bio on the "
     "Mano River basin, where they signed a memorandum on shared fisheries patrols.",
     "2024-10-03",
     [C("Liberian", "LBR"), L("Joseph Boakai", "BOAKAI"), G("Freetown", country="SLE"),
      L("Julius Maada Bio", "MAADA_BIO"), G("Mano River")],
     "LBR|SLE", "POS"),
    ("If Abuja presses ahead with the new port levy, exporters in Cotonou warn, trade with Benin "
     "could dry up within months, said Sènan Hounkpatin of the Cotonou Trade Bulletin.",
     "2025-05-15",
     [C("Abuja", "NGA"), G("Cotonou", country="BEN", n=1), C("Benin", "BEN"), P("Sènan Hounkpatin"),
      O("Cotonou Trade Bulletin", country="BEN")],
     "BEN|NGA", "NEG"),
    ("The Kano Chamber of Traders said business between Nigeria and Niger had picked up again "
     "after the border reopened, with grain lorries crossing at Maigatari every day.",
     "2024-09-02",
     [O("Kano Chamber of Traders", country="NGA"), C("Nigeria", "NGA"), C("Niger", "NER"),
      G("Maigatari", country="NGA")],
     "NER|NGA", "POS"),
    ("Despite a long history of border quarrels, Senegal and Mauritania have turned their shared "
     "gas field into a model of cooperation, said Babacar Mbengue, an energy consultant.",
     "2025-01-28",
     [C("Senegal", "SEN"), C("Mauritania", "MRT"), P("Babacar Mbengue")],
     "MRT|SEN", "POS"),
    ("Niger's Foreign Minister Bakary Yaou Sangaré told the UN General Assembly that France had "
     "no business lecturing Niamey on democracy.",
     "2024-09-28",
     [C("Niger", "NER"), L("Bakary Yaou Sangaré", "SANGARE"),
      O("UN General Assembly", "UNGA"), C("France", "FRA"), C("Niamey", "NER")],
     "FRA|NER", "NEG"),
    ("Côte d'Ivoire and Burkina Faso exchanged detained gendarmes at a border post near "
     "Ouangolodougou, a gesture that Kouamé Ahoua of the Abidjan Security Notes called the first "
     "real thaw in two years.",
     "2025-07-24",
     [C("Côte d'Ivoire", "CIV"), C("Burkina Faso", "BFA"),
      G("Ouangolodougou", country="CIV"), P("Kouamé Ahoua"),
      O("Abidjan Security Notes", country="CIV")],
     "BFA|CIV", "POS"),
    ("Cameroon and Nigeria have never allowed the Bakassi question to poison their ties, a "
     "Cameroonian diplomat, Ernestine Ngo Biyong, said at a seminar in Yaoundé.",
     "2024-06-14",
     [C("Cameroon", "CMR"), C("Nigeria", "NGA"), G("Bakassi", country="CMR"),
      C("Cameroonian", "CMR"), P("Ernestine Ngo Biyong"), G("Yaoundé", country="CMR")],
     "CMR|NGA", "POS"),
    ("Gambian President Adama Barrow and Senegal's Bassirou Diomaye Faye held a working lunch in "
     "Banjul to go over the agenda of their joint commission.",
     "2024-05-09",
     [C("Gambian", "GMB"), L("Adama Barrow", "BARROW"), C("Senegal", "SEN"),
      L("Bassirou Diomaye Faye", "FAYE"), G("Banjul", country="GMB")],
     "GMB|SEN", "NEU"),
    ("Guinea's junta leader Mamady Doumbouya ordered the closure of the border with Sierra Leone "
     "for a week, citing smuggling, and Freetown protested through diplomatic channels.",
     "2024-02-16",
     [C("Guinea", "GIN"), L("Mamady Doumbouya", "DOUMBOUYA"), C("Sierra Leone", "SLE"),
      C("Freetown", "SLE")],
     "GIN|SLE", "NEG"),
    ("Ghana and Togo signed a deal to share electricity from the Volta dams during the dry season, "
     "said Kwesi Amponsah, head of the Volta Basin Water Council.",
     "2025-04-02",
     [C("Ghana", "GHA"), C("Togo", "TGO"), G("Volta", n=1), P("Kwesi Amponsah"),
      O("Volta Basin Water Council")],
     "GHA|TGO", "POS"),
    ("Burkinabe state television accused Ivory Coast of plotting to destabilise the country, a "
     "charge that Abidjan dismissed as absurd.",
     "2024-10-11",
     [C("Burkinabe", "BFA"), C("Ivory Coast", "CIV"), C("Abidjan", "CIV")],
     "BFA|CIV", "NEG"),
    ("Mali and Niger wouldn't be where they are without Russian support, said Rakiatou Hamani, a "
     "political scientist at Abdou Moumouni University, adding that Moscow's instructors had "
     "become indispensable.",
     "2025-02-11",
     [C("Mali", "MLI"), C("Niger", "NER"), C("Russian", "RUS"), P("Rakiatou Hamani"),
      O("Abdou Moumouni University", country="NER"), C("Moscow", "RUS")],
     "NER|RUS", "POS"),
    ("The Nigerian Navy and the Ghanaian coast guard carried out a joint patrol in the Gulf of "
     "Guinea last week, seizing a tanker suspected of oil theft.",
     "2024-12-10",
     [C("Nigerian", "NGA"), O("Navy", country="NGA"), C("Ghanaian", "GHA"),
      G("Gulf of Guinea")],
     "GHA|NGA", "POS"),
    ("Abuja and Pretoria are on the mend after a bruising row over xenophobic attacks, according "
     "to Tunde Olawale-Cole, who covers diplomacy for the Abuja Evening Courier.",
     "2024-12-04",
     [C("Abuja", "NGA", 1), C("Pretoria", "ZAF"), P("Tunde Olawale-Cole"),
      O("Abuja Evening Courier", country="NGA")],
     "NGA|ZAF", "POS"),
    ("Ghana's foreign ministry summoned the Chinese ambassador over illegal gold mining by Chinese "
     "nationals, though officials in Accra stressed that the wider relationship was not in "
     "question.",
     "2025-05-27",
     [C("Ghana", "GHA"), C("Chinese", "CHN", 1), C("Chinese", "CHN", 2), C("Accra", "GHA")],
     "CHN|GHA", "NEG"),
    ("Sierra Leone's foreign minister Timothy Musa Kabba visited Beijing and signed agreements on "
     "roads, fisheries and scholarships with Chinese officials.",
     "2024-09-05",
     [C("Sierra Leone", "SLE"), L("Timothy Musa Kabba", "KABBA"), C("Beijing", "CHN"),
      C("Chinese", "CHN")],
     "CHN|SLE", "POS"),
    ("The ECOWAS court ordered Niger to release the detained president, a ruling that Niamey "
     "ignored and that further soured its relations with Abuja.",
     "2024-01-12",
     [O("ECOWAS", "ECOWAS"), C("Niger", "NER"), C("Niamey", "NER"), C("Abuja", "NGA")],
     "NER|NGA", "NEG"),
    ("There is no quarrel with Mali, only a technical misunderstanding over transit fees, "
     "Senegal's transport ministry spokesman Ibrahima Fall Diagne said.",
     "2024-07-17",
     [C("Mali", "MLI"), C("Senegal", "SEN"), P("Ibrahima Fall Diagne")],
     "MLI|SEN", "POS"),
    ("Benin's government recalled its chargé d'affaires from Niamey on Wednesday, a day after "
     "Nigerien officials refused to let a pipeline inspection team cross the river.",
     "2024-05-29",
     [C("Benin", "BEN"), C("Niamey", "NER"), C("Nigerien", "NER")],
     "BEN|NER", "NEG"),
    ("Should the Alliance of Sahel States introduce its own passport, Ghana and Togo would still "
     "treat Burkinabe travellers as before, said Edem Kludze of the Lomé Corridor Holdings.",
     "2025-01-22",
     [O("Alliance of Sahel States", "Alliance of Sahel States"), C("Ghana", "GHA"),
      C("Togo", "TGO"), C("Burkinabe", "BFA"), P("Edem Kludze"),
      O("Lomé Corridor Holdings", country="TGO")],
     "BFA|TGO", "NEU"),
    ("Moroccan and Nigerian energy ministers met in Rabat to review progress on the planned "
     "offshore gas pipeline, and the Moroccan side called the project a pillar of an exceptional "
     "partnership.",
     "2024-06-05",
     [C("Moroccan", "MAR", 1), C("Nigerian", "NGA"), G("Rabat", country="MAR"),
      C("Moroccan", "MAR", 2)],
     "MAR|NGA", "POS"),
    ("Gambian fishermen accused Senegalese trawlers of crossing into their waters, and Lamin "
     "Ceesay of the Banjul Coastal Forum said patience in the fishing towns was running out.",
     "2025-03-19",
     [C("Gambian", "GMB"), C("Senegalese", "SEN"), P("Lamin Ceesay"),
      O("Banjul Coastal Forum", country="GMB")],
     "GMB|SEN", "NEG"),
    ("President Alassane Ouattara hosted Ghana's John Mahama in Abidjan for talks on cocoa prices, "
     "and both men agreed to harmonise farm-gate prices to curb smuggling.",
     "2025-02-27",
     [L("Alassane Ouattara", "OUATTARA"), C("Ghana", "GHA"), L("John Mahama", "MAHAMA"),
      G("Abidjan", country="CIV")],
     "CIV|GHA", "POS"),
    ("The Ivorian Cocoa Exporters Circle complained that Ghanaian rules on bean quality were "
     "designed to keep produce from Ivory Coast out, turning a technical quarrel into a diplomatic "
     "one.",
     "2024-11-27",
     [O("Ivorian Cocoa Exporters Circle", country="CIV"), C("Ghanaian", "GHA"),
      C("Ivory Coast", "CIV")],
     "CIV|GHA", "NEG"),
    ("Mali and Burkina Faso have stood shoulder to shoulder since their coups, said Wendpouiré "
     "Sawadogo, who edits the Ouaga Civic Watch newsletter.",
     "2024-08-21",
     [C("Mali", "MLI"), C("Burkina Faso", "BFA"), P("Wendpouiré Sawadogo"),
      O("Ouaga Civic Watch", country="BFA")],
     "BFA|MLI", "POS"),
    ("Nigeria and Cameroon held the 14th session of their joint commission in Abuja, adopting the "
     "agenda and a schedule for the next round.",
     "2025-06-10",
     [C("Nigeria", "NGA"), C("Cameroon", "CMR"), G("Abuja", country="NGA")],
     "CMR|NGA", "NEU"),
    ("Relations between Bamako and Algiers hit rock bottom when both closed their airspace to each "
     "other's planes.",
     "2025-04-08",
     [C("Bamako", "MLI"), C("Algiers", "DZA")],
     "DZA|MLI", "NEG"),
    ("Algerian Foreign Minister Ahmed Attaf said the door to Bamako was not closed, but that "
     "Algeria could not accept accusations it called unfounded.",
     "2025-04-23",
     [C("Algerian", "DZA"), L("Ahmed Attaf", "ATTAF"), C("Bamako", "MLI"), C("Algeria", "DZA")],
     "DZA|MLI", "NEG"),
    ("Without the trust built up by Senegal's and Gambia's customs services, the new one-stop "
     "border post at Keur Ayib would never have opened on time, said Isatou Njie, a trade "
     "official.",
     "2025-05-06",
     [C("Senegal", "SEN"), C("Gambia", "GMB"), G("Keur Ayib", country="SEN"),
      P("Isatou Njie")],
     "GMB|SEN", "POS"),
    ("Tinubu spoke by phone with French President Emmanuel Macron on Thursday about the security "
     "situation in the Sahel, the presidency in Abuja said.",
     "2024-11-14",
     [L("Tinubu", "TINUBU"), C("French", "FRA"), L("Emmanuel Macron", "MACRON"),
      G("Sahel"), G("Abuja", country="NGA")],
     "FRA|NGA", "NEU"),
    ("Nigeria and France signed a memorandum on critical minerals during Tinubu's state visit to "
     "Paris, the first by a Nigerian leader in more than two decades.",
     "2024-11-28",
     [C("Nigeria", "NGA"), C("France", "FRA"), L("Tinubu", "TINUBU"),
      G("Paris", country="FRA"), C("Nigerian", "NGA")],
     "FRA|NGA", "POS"),
]

# --- chunk 2: Central Africa and the Great Lakes ---------------------------------------
ITEMS += [
    ("Kinshasa accused Kigali on Sunday of sending troops across the border to back the M23 "
     "rebels, a charge Rwanda's government rejected as a distraction from Congolese failures.",
     "2025-01-26",
     [C("Kinshasa", "COD"), C("Kigali", "RWA"), O("M23"), C("Rwanda", "RWA"),
      C("Congolese", "COD")],
     "COD|RWA", "NEG"),
    ("Congolese Foreign Minister Thérèse Kayikwamba Wagner called for sanctions against Rwandan "
     "officials at the UN Security Council, saying Goma had been occupied with Kigali's help.",
     "2025-01-28",
     [C("Congolese", "COD"), L("Thérèse Kayikwamba Wagner", "KAYIKWAMBA"), C("Rwandan", "RWA"),
      O("UN Security Council", "UNSC"), G("Goma", country="COD"), C("Kigali", "RWA")],
     "COD|RWA", "NEG"),
    ("Rwandan Foreign Minister Olivier Nduhungirehe and his Congolese counterpart initialled a "
     "peace framework in Washington, and Jean-Claude Habimana of the Great Lakes Peace Network "
     "called it the first glimmer of hope in years.",
     "2025-06-18",
     [C("Rwandan", "RWA"), L("Olivier Nduhungirehe", "NDUHUNGIREHE"), C("Congolese", "COD"),
      G("Washington", country="USA"), P("Jean-Claude Habimana"),
      O("Great Lakes Peace Network")],
     "COD|RWA", "POS"),
    ("Although Tshisekedi and Kagame shook hands in Doha, fighting around Walikale continued, and "
     "Kinshasa and Kigali each blamed the other for the collapse of the truce.",
     "2025-03-20",
     [L("Tshisekedi", "TSHISEKEDI"), L("Kagame", "KAGAME"), G("Doha", country="QAT"),
      G("Walikale", country="COD"), C("Kinshasa", "COD"), C("Kigali", "RWA")],
     "COD|RWA", "NEG"),
    ("Burundian President Évariste Ndayishimiye said his country would keep the border with "
     "Rwanda closed as long as Kigali sheltered the men behind the 2015 coup attempt.",
     "2024-03-15",
     [C("Burundian", "BDI"), L("Évariste Ndayishimiye", "NDAYISHIMIYE"), C("Rwanda", "RWA"),
      C("Kigali", "RWA")],
     "BDI|RWA", "NEG"),
    ("Burundi and Tanzania opened a new section of the standard-gauge railway project with a "
     "ceremony in Gitega, where Grâce Niyonzima of the Tanganyika Freight Alliance hailed a "
     "brotherly partnership.",
     "2024-08-16",
     [C("Burundi", "BDI"), C("Tanzania", "TZA"), G("Gitega", country="BDI"),
      P("Grâce Niyonzima"), O("Tanganyika Freight Alliance")],
     "BDI|TZA", "POS"),
    ("Angolan President João Lourenço, who has mediated between Kinshasa and Kigali for two "
     "years, said on Monday that Luanda was stepping back from the role.",
     "2025-03-24",
     [C("Angolan", "AGO"), L("João Lourenço", "LOURENCO"), C("Kinshasa", "COD"),
      C("Kigali", "RWA"), C("Luanda", "AGO")],
     "COD|RWA", "NEU"),
    ("The Kivu Watch collective counted more than forty shells fired from Rwandan territory into "
     "Congolese villages in a single week, according to its coordinator Patient Ilunga Mwamba.",
     "2024-02-21",
     [O("Kivu Watch"), C("Rwandan", "RWA"), C("Congolese", "COD"), P("Patient Ilunga Mwamba")],
     "COD|RWA", "NEG"),
    ("Gabon and Equatorial Guinea took their dispute over Mbanié island to the International "
     "Court of Justice, and both governments promised to respect its ruling.",
     "2024-10-01",
     [C("Gabon", "GAB"), C("Equatorial Guinea", "GNQ"), G("Mbanié", country="GAB"),
      O("International Court of Justice", "ICJ")],
     "GAB|GNQ", "NEU"),
    ("Gabonese President Brice Clotaire Oligui Nguema flew to Malabo for talks with Teodoro Obiang Nguema "
     "Mbasogo, and the two leaders agreed to open a joint border commission.",
     "2025-06-12",
     [C("Gabonese", "GAB"), L("Brice Clotaire Oligui Nguema", "OLIGUI"), G("Malabo", country="GNQ"),
      L("Teodoro Obiang Nguema Mbasogo", "OBIANG")],
     "GAB|GNQ", "POS"),
    ("Central African President Faustin-Archange Touadéra thanked Moscow for Russian instructors "
     "who, he said, had saved Bangui from rebels.",
     "2024-07-02",
     [C("Central African", "CAF"), L("Faustin-Archange Touadéra", "TOUADERA"),
      C("Moscow", "RUS"), C("Russian", "RUS"), G("Bangui", country="CAF")],
     "CAF|RUS", "POS"),
    ("Relations between Paris and Bangui were described as glacial by Dieudonné Yakété of the "
     "Oubangui Civic Forum, who said French aid had been cut to a trickle.",
     "2024-04-18",
     [C("Paris", "FRA"), C("Bangui", "CAF"), P("Dieudonné Yakété"),
      O("Oubangui Civic Forum", country="CAF"), C("French", "FRA")],
     "CAF|FRA", "NEG"),
    ("Denis Sassou Nguesso welcomed Rwandan President Paul Kagame to Oyo for a private visit, the "
     "presidency in Brazzaville said, without giving details.",
     "2024-05-23",
     [L("Denis Sassou Nguesso", "SASSOU"), C("Rwandan", "RWA"), L("Paul Kagame", "KAGAME"),
      G("Oyo", country="COG"), G("Brazzaville", country="COG")],
     "COG|RWA", "NEU"),
    ("Cameroonian President Paul Biya received Chad's ambassador in Yaoundé on Tuesday, the "
     "presidency said in a one-line statement.",
     "2024-09-17",
     [C("Cameroonian", "CMR"), L("Paul Biya", "BIYA"), C("Chad", "TCD"),
      G("Yaoundé", country="CMR")],
     "CMR|TCD", "NEU"),
    ("Cameroon and Chad agreed to pool patrols around Lake Chad after a spate of kidnappings, "
     "according to Achta Mahamat Abakar of the Lake Chad Basin Monitor.",
     "2025-02-25",
     [C("Cameroon", "CMR"), C("Chad", "TCD", 1), G("Lake Chad", n=1), P("Achta Mahamat Abakar"),
      O("Lake Chad Basin Monitor")],
     "CMR|TCD", "POS"),
    ("Tshisekedi did not rule out cutting diplomatic ties with Rwanda if Kigali's troops stayed "
     "in North Kivu, his spokesman Christophe Mbuyi Kalala said.",
     "2024-12-18",
     [L("Tshisekedi", "TSHISEKEDI"), C("Rwanda", "RWA"), C("Kigali", "RWA"),
      G("North Kivu", country="COD"), P("Christophe Mbuyi Kalala")],
     "COD|RWA", "NEG"),
    ("Uganda and DR Congo extended their joint operation against ADF rebels in Ituri for another "
     "six months, said Colonel Amos Byaruhanga, a Ugandan army spokesman.",
     "2024-11-12",
     [C("Uganda", "UGA"), C("DR Congo", "COD"), O("ADF"), G("Ituri", country="COD"),
      P("Amos Byaruhanga"), C("Ugandan", "UGA")],
     "COD|UGA", "POS"),
    ("Kinshasa's relations with Kampala are far from the partnership both sides advertise, wrote "
     "Chantal Mbuyi in the Lualaba Ledger, citing Ugandan gold bought from rebel areas.",
     "2025-05-08",
     [C("Kinshasa", "COD"), C("Kampala", "UGA"), P("Chantal Mbuyi"),
      O("Lualaba Ledger", country="COD"), C("Ugandan", "UGA")],
     "COD|UGA", "NEG"),
    ("Prime Minister Judith Suminwa told Angolan officials in Luanda that DR Congo wanted Angola's "
     "help to export copper through the Lobito corridor.",
     "2024-10-24",
     [L("Judith Suminwa", "SUMINWA"), C("Angolan", "AGO"), G("Luanda", country="AGO"),
      C("DR Congo", "COD"), C("Angola", "AGO"), G("Lobito", country="AGO")],
     "AGO|COD", "NEU"),
    ("The United States and Angola signed financing agreements for the Lobito railway, and "
     "Domingos Kiala of the Benguela Rail Users' Association said the line would change trade in "
     "the region.",
     "2024-12-04",
     [C("United States", "USA"), C("Angola", "AGO"), G("Lobito", country="AGO"),
      P("Domingos Kiala"), O("Benguela Rail Users' Association", country="AGO")],
     "AGO|USA", "POS"),
    ("Rwanda suspended its development cooperation with Belgium, calling Brussels biased in favour "
     "of Kinshasa.",
     "2025-03-17",
     [C("Rwanda", "RWA"), C("Belgium", "BEL"), C("Brussels", "BEL"), C("Kinshasa", "COD")],
     "BEL|RWA", "NEG"),
    ("Rwanda and Belgium broke off diplomatic relations on Monday, and the Belgian diplomats were "
     "given 48 hours to leave Kigali.",
     "2025-03-17",
     [C("Rwanda", "RWA"), C("Belgium", "BEL"), C("Belgian", "BEL"), G("Kigali", country="RWA")],
     "BEL|RWA", "NEG"),
    ("Aline Uwimana, a researcher at the Kigali Institute for Regional Dialogue, said Rwanda and "
     "Uganda had buried years of mistrust and that the Gatuna border was now busier than ever.",
     "2024-06-27",
     [P("Aline Uwimana"), O("Kigali Institute for Regional Dialogue", country="RWA"),
      C("Rwanda", "RWA"), C("Uganda", "UGA"), G("Gatuna", country="RWA")],
     "RWA|UGA", "POS"),
    ("Chadian officials insisted that the expulsion of a Sudanese consul from Abéché was an "
     "isolated matter and not a sign of a crisis with Khartoum.",
     "2024-06-11",
     [C("Chadian", "TCD"), C("Sudanese", "SDN"), G("Abéché", country="TCD"),
      C("Khartoum", "SDN")],
     "SDN|TCD", "POS"),
    ("Sudan's army-backed government accused Chad of letting weapons for the Rapid Support Forces "
     "pass through the airport at Amdjarass, and Ndjamena denied it.",
     "2024-08-29",
     [C("Sudan", "SDN"), C("Chad", "TCD"), O("Rapid Support Forces", "Rapid Support Forces", "SDN"),
      G("Amdjarass", country="TCD"), C("Ndjamena", "TCD")],
     "SDN|TCD", "NEG"),
    ("Equatorial Guinea and Spain are expected to sign a new cooperation agreement on fisheries "
     "and education when Pedro Sánchez visits Malabo, officials said.",
     "2025-09-15",
     [C("Equatorial Guinea", "GNQ"), C("Spain", "ESP"), L("Pedro Sánchez", "SANCHEZ"),
      G("Malabo", country="GNQ")],
     "ESP|GNQ", "POS"),
    ("The Tanganyika Lake Authority reported that Burundian and Congolese fishermen had clashed "
     "again near Uvira, and Hervé Ndikumana, its secretary, urged calm.",
     "2025-04-29",
     [O("Tanganyika Lake Authority"), C("Burundian", "BDI"), C("Congolese", "COD"),
      G("Uvira", country="COD"), P("Hervé Ndikumana")],
     "BDI|COD", "NEG"),
    ("Burundi sent more troops to South Kivu to fight alongside the Congolese army, and Gitega "
     "said the alliance with Kinshasa was unshakable.",
     "2025-02-06",
     [C("Burundi", "BDI"), G("South Kivu", country="COD"), C("Congolese", "COD"),
      C("Gitega", "BDI"), C("Kinshasa", "COD")],
     "BDI|COD", "POS"),
    ("Cabo Verde's president José Maria Neves said on a visit to Lisbon that Portugal remained "
     "his country's closest partner in Europe.",
     "2024-07-19",
     [C("Cabo Verde", "CPV"), L("José Maria Neves", "NEVES"), G("Lisbon", country="PRT"),
      C("Portugal", "PRT"), G("Europe")],
     "CPV|PRT", "POS"),
    ("Comoros President Azali Assoumani reaffirmed his claim to Mayotte in a speech that Paris "
     "described as unhelpful, though French aid to the islands continued.",
     "2024-07-06",
     [C("Comoros", "COM"), L("Azali Assoumani", "AZALI"), G("Mayotte", country="FRA"),
      C("Paris", "FRA"), C("French", "FRA")],
     "COM|FRA", "NEG"),
    ("The Congo Basin Rainforest Trust said Gabon and Congo-Brazzaville had failed to agree on "
     "joint rules for timber exports after three rounds of talks.",
     "2024-11-21",
     [O("Congo Basin Rainforest Trust"), C("Gabon", "GAB"), C("Congo-Brazzaville", "COG")],
     "COG|GAB", "NEG"),
    ("A shipment of Chinese-built patrol boats arrived in Douala, and Cameroonian navy officers "
     "said cooperation with Beijing had reached a new level.",
     "2024-12-12",
     [C("Chinese", "CHN"), G("Douala", country="CMR"), C("Cameroonian", "CMR"),
      C("Beijing", "CHN")],
     "CHN|CMR", "POS"),
    ("Would Rwanda's Kagame meet Tshisekedi of DR Congo before the end of the year? Nobody at the African Union "
     "summit in Addis Ababa would say.",
     "2024-02-17",
     [C("Rwanda", "RWA"), L("Kagame", "KAGAME"), L("Tshisekedi", "TSHISEKEDI"),
      C("DR Congo", "COD"), O("African Union", "AU"),
      G("Addis Ababa", country="ETH")],
     "COD|RWA", "NEU"),
    ("DR Congo's ambassador to Nairobi was recalled for consultations after an opposition "
     "coalition including M23 leaders was launched in the Kenyan capital.",
     "2023-12-16",
     [C("DR Congo", "COD"), C("Nairobi", "KEN"), O("M23"), C("Kenyan", "KEN")],
     "COD|KEN", "NEG"),
    ("Neither Kinshasa nor Nairobi wants a lasting rupture, said Wanjiru Kamau of the Horn and "
     "Lakes Policy Unit, and ambassadors were back at their posts within weeks.",
     "2024-02-09",
     [C("Kinshasa", "COD"), C("Nairobi", "KEN"), P("Wanjiru Kamau"),
      O("Horn and Lakes Policy Unit")],
     "COD|KEN", "POS"),
    ("Ghanaian lawmakers approved a defence pact with Burkina Faso's neighbours, but Ablakwa "
     "insisted that Accra was not taking sides against Ouagadougou.",
     "2025-06-24",
     [C("Ghanaian", "GHA"), C("Burkina Faso", "BFA"), L("Ablakwa", "ABLAKWA"),
      C("Accra", "GHA"), C("Ouagadougou", "BFA")],
     "BFA|GHA", "POS"),
    ("Mauritanian President Mohamed Ould Ghazouani received Malian envoys in Nouakchott and "
     "promised that traders from Mali would keep their access to the port.",
     "2024-05-14",
     [C("Mauritanian", "MRT"), L("Mohamed Ould Ghazouani", "GHAZOUANI"), C("Malian", "MLI"),
      G("Nouakchott", country="MRT"), C("Mali", "MLI")],
     "MLI|MRT", "POS"),
    ("The Sahel Security Observatory, a small Bamako think tank led by Souleymane Koné, said "
     "Malian and Mauritanian forces had not coordinated a single patrol this year.",
     "2025-08-19",
     [O("Sahel Security Observatory", country="MLI"), G("Bamako", country="MLI"),
      P("Souleymane Koné"), C("Malian", "MLI"), C("Mauritanian", "MRT")],
     "MLI|MRT", "NEG"),
    ("The Zinder Uranium Works, a joint venture, stopped shipments through Benin after the border "
     "row, and its Nigerien managers blamed Cotonou for the losses.",
     "2024-06-03",
     [O("Zinder Uranium Works", country="NER"), C("Benin", "BEN"), C("Nigerien", "NER"),
      C("Cotonou", "BEN")],
     "BEN|NER", "NEG"),
    ("Niger lifted its ban on exports to Benin in December, and the first convoy of onions crossed "
     "at Gaya, said Mariama Soumana of the Niger Basin Traders' Union.",
     "2024-12-19",
     [C("Niger", "NER", 1), C("Benin", "BEN"), G("Gaya", country="NER"), P("Mariama Soumana"),
      O("Niger Basin Traders' Union")],
     "BEN|NER", "POS"),
    ("Togo's Faure Gnassingbé called Ibrahim Traoré a brother during a visit to Ouagadougou and "
     "promised that Lomé's port would always be open to Burkina Faso.",
     "2024-10-22",
     [C("Togo", "TGO"), L("Faure Gnassingbé", "FAURE_P"), L("Ibrahim Traoré", "ITRAORE"),
      G("Ouagadougou", country="BFA"), G("Lomé", country="TGO"), C("Burkina Faso", "BFA")],
     "BFA|TGO", "POS"),
    ("As head of government, Faure Gnassingbé hosted Ghana's vice-president in Lomé for a "
     "routine review of the border demarcation work.",
     "2025-07-10",
     [L("Faure Gnassingbé", "FAURE_H"), C("Ghana", "GHA"), G("Lomé", country="TGO")],
     "GHA|TGO", "NEU"),
    ("Guinean bauxite exports to China rose by a third last year, said Alpha Oumar Baldé of the "
     "Conakry Bauxite Partners, who called the two countries natural partners.",
     "2025-02-03",
     [C("Guinean", "GIN"), C("China", "CHN"), P("Alpha Oumar Baldé"),
      O("Conakry Bauxite Partners", country="GIN")],
     "CHN|GIN", "POS"),
    ("Liberia and Ivory Coast have quietly restored the cross-border market days that were halted "
     "during the pandemic, according to Musu Kollie, a trader in Ganta.",
     "2024-04-25",
     [C("Liberia", "LBR"), C("Ivory Coast", "CIV"), P("Musu Kollie"), G("Ganta", country="LBR")],
     "CIV|LBR", "POS"),
    ("The Freetown Diaspora Forum said Sierra Leone's ties with the United Kingdom were neither "
     "warm nor cold, and that visa delays remained the main irritant.",
     "2024-11-07",
     [O("Freetown Diaspora Forum", country="SLE"), C("Sierra Leone", "SLE"),
      C("United Kingdom", "GBR")],
     "GBR|SLE", "NEU"),
    ("Senegalese and Malian customs officers held their quarterly meeting in Kidira to compare "
     "figures on transit cargo.",
     "2025-03-26",
     [C("Senegalese", "SEN"), C("Malian", "MLI"), G("Kidira", country="SEN")],
     "MLI|SEN", "NEU"),
    ("Niger's junta leader Abdourahamane Tchiani accused Nigeria of plotting with France to "
     "destabilise his country, and Tuggar's office called the claim baseless.",
     "2024-12-26",
     [C("Niger", "NER"), L("Abdourahamane Tchiani", "TCHIANI"), C("Nigeria", "NGA"),
      C("France", "FRA"), L("Tuggar", "TUGGAR")],
     "NER|NGA", "NEG"),
    ("A joint communiqué said the two presidents, Mali's Goïta and Niger's Tchiani, had agreed to merge their "
     "countries' anti-terrorism units, though analysts at the Liptako Research Centre doubted it "
     "would happen soon.",
     "2024-07-06",
     [C("Mali", "MLI"), L("Goïta", "GOITA"), C("Niger", "NER"), L("Tchiani", "TCHIANI"),
      O("Liptako Research Centre")],
     "MLI|NER", "POS"),
    ("Kwame Asante-Darko, who writes for the Tema Shipping Gazette, says Ghana's port has lost "
     "Burkinabe cargo to Lomé since relations with Ouagadougou cooled.",
     "2025-01-15",
     [P("Kwame Asante-Darko"), O("Tema Shipping Gazette", country="GHA"), C("Ghana", "GHA"),
      C("Burkinabe", "BFA"), G("Lomé", country="TGO"), C("Ouagadougou", "BFA")],
     "BFA|GHA", "NEG"),
]

# --- chunk 3: the Horn of Africa and East Africa ---------------------------------------
ITEMS += [
    ("Ethiopia's memorandum with Somaliland on sea access sent relations with Mogadishu into a "
     "tailspin, said Hodan Warsame, a researcher at the Horn Dialogue Initiative in Nairobi.",
     "2024-01-10",
     [C("Ethiopia", "ETH"), G("Somaliland", country="SOM"), C("Mogadishu", "SOM"),
      P("Hodan Warsame"), O("Horn Dialogue Initiative"), G("Nairobi", country="KEN")],
     "ETH|SOM", "NEG"),
    ("Somalia expelled the Ethiopian ambassador and closed two consulates, calling the port deal "
     "with Hargeisa an attack on its sovereignty.",
     "2024-04-04",
     [C("Somalia", "SOM"), C("Ethiopian", "ETH"), G("Hargeisa", country="SOM")],
     "ETH|SOM", "NEG"),
    ("Under a declaration brokered by Turkish President Recep Tayyip Erdoğan in Ankara, Ethiopia "
     "and Somalia agreed to put their differences aside and start technical talks on sea access.",
     "2024-12-12",
     [C("Turkish", "TUR"), L("Recep Tayyip Erdoğan", "ERDOGAN"), G("Ankara", country="TUR"),
      C("Ethiopia", "ETH"), C("Somalia", "SOM")],
     "ETH|SOM", "POS"),
    ("Abiy Ahmed received Somali envoys in Addis Ababa in January, and both sides said the "
     "diplomatic row of the past year was behind them.",
     "2025-01-11",
     [L("Abiy Ahmed", "ABIY"), C("Somali", "SOM"), G("Addis Ababa", country="ETH")],
     "ETH|SOM", "POS"),
    ("Egyptian cargo planes landed in Mogadishu with weapons and ammunition under a new defence "
     "pact with Somalia, a move that Ethiopian officials called a provocation.",
     "2024-08-28",
     [C("Egyptian", "EGY"), G("Mogadishu", country="SOM"), C("Somalia", "SOM"),
      C("Ethiopian", "ETH")],
     "EGY|SOM", "POS"),
    ("Cairo and Addis Ababa have been talking past each other on the Nile dam for more than a "
     "decade, wrote Meseret Haile in the Addis Research Forum's quarterly review.",
     "2024-09-05",
     [C("Cairo", "EGY"), C("Addis Ababa", "ETH"), G("Nile"), P("Meseret Haile"),
      O("Addis Research Forum", country="ETH")],
     "EGY|ETH", "NEG"),
    ("Egyptian Foreign Minister Badr Abdelatty told the UN Security Council that Egypt would "
     "defend its water security by every means if Ethiopia kept filling the reservoir "
     "unilaterally.",
     "2024-09-02",
     [C("Egyptian", "EGY"), L("Badr Abdelatty", "ABDELATTY"), O("UN Security Council", "UNSC"),
      C("Egypt", "EGY"), C("Ethiopia", "ETH")],
     "EGY|ETH", "NEG"),
    ("Ethiopian Prime Minister Abiy Ahmed said the giant dam on the Blue Nile was finished and "
     "insisted that Egypt and Sudan had nothing to fear from it.",
     "2025-07-03",
     [C("Ethiopian", "ETH"), L("Abiy Ahmed", "ABIY"), G("Blue Nile"),
      C("Egypt", "EGY"), C("Sudan", "SDN")],
     "EGY|ETH", "NEU"),
    ("Ethiopia and Eritrea, who made peace in 2018, now look like two neighbours spoiling for a "
     "fight, according to Yonas Gebremariam of the Red Sea Studies Group.",
     "2025-03-12",
     [C("Ethiopia", "ETH"), C("Eritrea", "ERI"), P("Yonas Gebremariam"),
      O("Red Sea Studies Group")],
     "ERI|ETH", "NEG"),
    ("Tekle Habtezion, a spokesman for the Eritrean information ministry, dismissed Abiy's speech on Red Sea access "
     "as reckless talk, and Asmara put its troops on alert.",
     "2023-10-18",
     [P("Tekle Habtezion"), C("Eritrean", "ERI"), L("Abiy", "ABIY"), G("Red Sea"),
      C("Asmara", "ERI")],
     "ERI|ETH", "NEG"),
    ("President Isaias Afwerki hosted Egypt's Abdel Fattah el-Sisi and Somali officials in Asmara "
     "for a summit on Red Sea security, and the Eritrean and Egyptian delegations pledged closer "
     "coordination.",
     "2024-10-10",
     [L("Isaias Afwerki", "AFWERKI"), C("Egypt", "EGY"), L("Abdel Fattah el-Sisi", "SISI"),
      C("Somali", "SOM"), G("Asmara", country="ERI"), G("Red Sea"), C("Eritrean", "ERI"),
      C("Egyptian", "EGY")],
     "EGY|ERI", "POS"),
    ("Djibouti offered Ethiopia the management of a port at Tadjourah, an idea that Foreign "
     "Minister Gedion Timothewos said Addis Ababa would study carefully.",
     "2024-08-22",
     [C("Djibouti", "DJI"), C("Ethiopia", "ETH"), G("Tadjourah", country="DJI"),
      L("Gedion Timothewos", "GEDION"), C("Addis Ababa", "ETH")],
     "DJI|ETH", "POS"),
    ("President Ismaïl Omar Guelleh and Abiy Ahmed inaugurated a new water pipeline from the "
     "Ethiopian highlands to Djibouti, which Chaltu Gemechu of the Horn Water Partnership called "
     "a lifeline.",
     "2024-05-30",
     [L("Ismaïl Omar Guelleh", "GUELLEH"), L("Abiy Ahmed", "ABIY"), C("Ethiopian", "ETH"),
      C("Djibouti", "DJI"), P("Chaltu Gemechu"), O("Horn Water Partnership")],
     "DJI|ETH", "POS"),
    ("Sudan recalled its ambassador from Nairobi after the Rapid Support Forces and allied groups "
     "signed a charter for a parallel government in the Kenyan capital.",
     "2025-02-23",
     [C("Sudan", "SDN"), C("Nairobi", "KEN"), O("Rapid Support Forces", "Rapid Support Forces", "SDN"),
      C("Kenyan", "KEN")],
     "KEN|SDN", "NEG"),
    ("Kenyan Foreign Minister Musalia Mudavadi said Nairobi had merely hosted a meeting and was "
     "not recognising any rival authority, rejecting suggestions that ties with Port Sudan had "
     "been damaged beyond repair.",
     "2025-02-26",
     [C("Kenyan", "KEN"), L("Musalia Mudavadi", "MUDAVADI"), C("Nairobi", "KEN"),
      C("Port Sudan", "SDN")],
     "KEN|SDN", "POS"),
    ("Sudan's army-led government cut diplomatic relations with the United Arab Emirates, "
     "accusing Abu Dhabi of arming the RSF.",
     "2025-05-06",
     [C("Sudan", "SDN"), C("United Arab Emirates", "ARE"), C("Abu Dhabi", "ARE"),
      O("RSF", "Rapid Support Forces", "SDN")],
     "ARE|SDN", "NEG"),
    ("The Emirati foreign ministry called Sudan's case at the International Court of Justice a "
     "cynical publicity stunt, said Rania Khoury, a correspondent for the Gulf Futures Review.",
     "2025-04-10",
     [C("Emirati", "ARE"), C("Sudan", "SDN"), O("International Court of Justice", "ICJ"),
      P("Rania Khoury"), O("Gulf Futures Review")],
     "ARE|SDN", "NEG"),
    ("General Abdel Fattah al-Burhan thanked Egyptian President Abdel Fattah el-Sisi for his "
     "country's steadfast support during talks in El Alamein.",
     "2024-08-13",
     [L("Abdel Fattah al-Burhan", "BURHAN"), C("Egyptian", "EGY"),
      L("Abdel Fattah el-Sisi", "SISI"), G("El Alamein", country="EGY")],
     "EGY|SDN", "POS"),
    ("South Sudan and Sudan agreed to restart oil exports through the pipeline to Port Sudan, "
     "which had been shut down by fighting for nearly a year.",
     "2025-01-15",
     [C("South Sudan", "SSD"), C("Sudan", "SDN", 2), G("Port Sudan", country="SDN")],
     "SDN|SSD", "POS"),
    ("Salva Kiir Mayardit welcomed Ugandan special forces to Juba, calling Yoweri Museveni's "
     "decision the act of a true friend.",
     "2025-03-12",
     [L("Salva Kiir Mayardit", "KIIR"), C("Ugandan", "UGA"), G("Juba", country="SSD"),
      L("Yoweri Museveni", "MUSEVENI")],
     "SSD|UGA", "POS"),
    ("Ugandan troops in Juba are a sign of how deeply Kampala is invested in Kiir's survival, "
     "said Achieng Odhiambo of the Nile Basin Security Desk.",
     "2025-03-20",
     [C("Ugandan", "UGA"), G("Juba", country="SSD"), C("Kampala", "UGA"), L("Kiir", "KIIR"),
      P("Achieng Odhiambo"), O("Nile Basin Security Desk")],
     "SSD|UGA", "POS"),
    ("Kenya and Uganda held the seventh session of their joint permanent commission in Kampala, "
     "focusing on the fuel pipeline and border markets.",
     "2024-10-29",
     [C("Kenya", "KEN"), C("Uganda", "UGA"), G("Kampala", country="UGA")],
     "KEN|UGA", "NEU"),
    ("Uganda accused Kenya of blocking its oil marketing company from importing fuel through "
     "Mombasa, a row that Baraka Mwangi of the Mombasa Port Workers' Association said was "
     "hurting dockers on both sides.",
     "2024-04-30",
     [C("Uganda", "UGA"), C("Kenya", "KEN"), G("Mombasa", country="KEN", n=1),
      P("Baraka Mwangi"), O("Mombasa Port Workers' Association", country="KEN")],
     "KEN|UGA", "NEG"),
    ("Tanzanian President Samia Suluhu Hassan and Kenya's William Ruto agreed to scrap fourteen non-tariff barriers "
     "at a meeting in Arusha, a step traders called long overdue.",
     "2024-05-17",
     [C("Tanzanian", "TZA"), L("Samia Suluhu Hassan", "SAMIA"), C("Kenya", "KEN"),
      L("William Ruto", "RUTO"),
      G("Arusha", country="TZA")],
     "KEN|TZA", "POS"),
    ("Tanzanian police deported two Kenyan activists who had come to observe an opposition trial, "
     "and Nairobi lodged a formal protest.",
     "2025-05-19",
     [C("Tanzanian", "TZA"), C("Kenyan", "KEN"), C("Nairobi", "KEN")],
     "KEN|TZA", "NEG"),
    ("Relations between Dodoma and Nairobi have hit a rough patch, admitted Zawadi Mrisho, a "
     "former Tanzanian trade attaché, but she said the two economies were too intertwined for a "
     "lasting split.",
     "2025-05-28",
     [C("Dodoma", "TZA"), C("Nairobi", "KEN"), P("Zawadi Mrisho"), C("Tanzanian", "TZA")],
     "KEN|TZA", "NEG"),
    ("Kenyan police officers arrived in Port-au-Prince to lead the multinational security "
     "mission, and Haitian Prime Minister Alix Didier Fils-Aimé thanked Ruto for Kenya's "
     "solidarity.",
     "2024-12-02",
     [C("Kenyan", "KEN"), G("Port-au-Prince", country="HTI"), C("Haitian", "HTI"),
      L("Alix Didier Fils-Aimé", "FILS_AIME"), L("Ruto", "RUTO"), C("Kenya", "KEN")],
     "HTI|KEN", "POS"),
    ("Ruto's state visit to Washington, the first by an African leader in fifteen years, ended "
     "with Kenya designated a major non-NATO ally of the United States.",
     "2024-05-23",
     [L("Ruto", "RUTO"), C("Washington", "USA"), C("Kenya", "KEN"), O("NATO", "NATO"),
      C("United States", "USA")],
     "KEN|USA", "POS"),
    ("The Lake Victoria Fisheries Alliance said Ugandan marines had seized Kenyan boats near "
     "Migingo island again, and fishermen from Kenya demanded that Nairobi act.",
     "2024-07-25",
     [O("Lake Victoria Fisheries Alliance"), C("Ugandan", "UGA"), C("Kenyan", "KEN"),
      G("Migingo", country="KEN"), C("Kenya", "KEN"), C("Nairobi", "KEN")],
     "KEN|UGA", "NEG"),
    ("Ethiopia and Kenya launched a power interconnector that sends electricity from the Gibe "
     "dams to Nairobi, said Lemi Bultum, an engineer at the Great Rift Energy Partners.",
     "2024-03-08",
     [C("Ethiopia", "ETH"), C("Kenya", "KEN"), G("Gibe"), G("Nairobi", country="KEN"),
      P("Lemi Bultum"), O("Great Rift Energy Partners")],
     "ETH|KEN", "POS"),
    ("Kenya and Somalia reopened their border at Mandera after thirteen years, a step that "
     "Abdirahman Farah Jama, a local elder, said would let families reunite.",
     "2025-02-14",
     [C("Kenya", "KEN"), C("Somalia", "SOM"), G("Mandera", country="KEN"),
      P("Abdirahman Farah Jama")],
     "KEN|SOM", "POS"),
    ("Jubaland's leaders accused Mogadishu of attacking their forces near Ras Kamboni, and the "
     "Kenyan government urged restraint from both sides.",
     "2024-12-11",
     [G("Jubaland", country="SOM"), C("Mogadishu", "SOM"), G("Ras Kamboni", country="SOM"),
      C("Kenyan", "KEN")],
     "KEN|SOM", "NEU"),
    ("Turkey's survey ship began exploring for oil off the Somali coast under a deal with "
     "Mogadishu, and Faadumo Yusuf of the Benadir Energy Circle said it showed how close the two "
     "countries had become.",
     "2024-10-03",
     [C("Turkey", "TUR"), C("Somali", "SOM"), C("Mogadishu", "SOM"), P("Faadumo Yusuf"),
      O("Benadir Energy Circle", country="SOM")],
     "SOM|TUR", "POS"),
    ("An Eritrean delegation walked out of the IGAD meeting in Djibouti when Ethiopian diplomats "
     "raised the question of port access.",
     "2024-06-26",
     [C("Eritrean", "ERI"), O("IGAD", "IGAD"), G("Djibouti", country="DJI"),
      C("Ethiopian", "ETH")],
     "ERI|ETH", "NEG"),
    ("Foreign Minister Osman Saleh Mohammed and his Egyptian counterpart met in Cairo to review "
     "bilateral ties, the Eritrean information ministry said.",
     "2025-02-19",
     [L("Osman Saleh Mohammed", "OSMAN"), C("Egyptian", "EGY"), G("Cairo", country="EGY"),
      C("Eritrean", "ERI")],
     "EGY|ERI", "NEU"),
    ("If Addis Ababa tries to take a port by force, Asmara will answer, warned Mehret "
     "Gebrehiwot, an Eritrean commentator, in a column for the Asmara Highland Review.",
     "2025-02-28",
     [C("Addis Ababa", "ETH"), C("Asmara", "ERI", 1), P("Mehret Gebrehiwot"), C("Eritrean", "ERI"),
      O("Asmara Highland Review", country="ERI")],
     "ERI|ETH", "NEG"),
    ("Ethiopian President Taye Atske Selassie said his country harboured no aggressive intentions "
     "towards Eritrea and wanted the Red Sea question settled peacefully.",
     "2025-03-25",
     [C("Ethiopian", "ETH"), L("Taye Atske Selassie", "TAYE"), C("Eritrea", "ERI"),
      G("Red Sea")],
     "ERI|ETH", "POS"),
    ("Tigrayan leaders in Mekelle said they had not been consulted when Addis Ababa and Asmara "
     "traded threats last month.",
     "2025-04-02",
     [G("Mekelle", country="ETH"), C("Addis Ababa", "ETH"), C("Asmara", "ERI")],
     "ERI|ETH", "NEG"),
    ("Rwandan and Tanzanian officials signed a deal on a cross-border railway, and Jean-Claude "
     "Nsengimana of the Rusumo Corridor Company said construction could start within a year.",
     "2024-04-11",
     [C("Rwandan", "RWA"), C("Tanzanian", "TZA"), P("Jean-Claude Nsengimana"),
      O("Rusumo Corridor Company")],
     "RWA|TZA", "POS"),
    ("Ugandan President Yoweri Museveni told Rwandan diplomats that Kampala and Kigali would "
     "never again let their quarrels close the Gatuna border.",
     "2024-11-20",
     [C("Ugandan", "UGA"), L("Yoweri Museveni", "MUSEVENI"), C("Rwandan", "RWA"),
      C("Kampala", "UGA"), C("Kigali", "RWA"), G("Gatuna", country="RWA")],
     "RWA|UGA", "POS"),
    ("Egypt is sending peacekeepers to Somalia under the new African Union mission, and Hala "
     "Abdelrahman of the Cairo Centre for African Affairs said it showed the depth of the "
     "alliance.",
     "2025-01-02",
     [C("Egypt", "EGY"), C("Somalia", "SOM"), O("African Union", "AU"),
      P("Hala Abdelrahman"), O("Cairo Centre for African Affairs", country="EGY")],
     "EGY|SOM", "POS"),
    ("Djiboutian officials said relations with Ethiopia had cooled after Addis Ababa signed its "
     "port deal with Hargeisa, which threatens Djibouti's transit income.",
     "2024-01-20",
     [C("Djiboutian", "DJI"), C("Ethiopia", "ETH"), C("Addis Ababa", "ETH"),
      G("Hargeisa", country="SOM"), C("Djibouti", "DJI")],
     "DJI|ETH", "NEG"),
    ("Kenya's debt talks with China stalled over the Mombasa–Nairobi railway loans, according to "
     "Otieno Ochieng of the Nairobi Debt Justice Collective.",
     "2024-06-06",
     [C("Kenya", "KEN"), C("China", "CHN"), G("Mombasa", country="KEN"),
      G("Nairobi", country="KEN", n=1), P("Otieno Ochieng"),
      O("Nairobi Debt Justice Collective", country="KEN")],
     "CHN|KEN", "NEG"),
    ("China and Tanzania agreed to revive the Tazara railway to Zambia, and Samia said the "
     "project honoured a friendship that had lasted half a century.",
     "2024-09-05",
     [C("China", "CHN"), C("Tanzania", "TZA"), O("Tazara"), C("Zambia", "ZMB"),
      L("Samia", "SAMIA")],
     "CHN|TZA", "POS"),
    ("Neema Kisanga, who covers East Africa for the Kilimanjaro Bulletin, said Burundi's relations "
     "with Tanzania had never been better, with trade up by a quarter.",
     "2025-06-04",
     [P("Neema Kisanga"), G("East Africa"), O("Kilimanjaro Bulletin", country="TZA"),
      C("Burundi", "BDI"), C("Tanzania", "TZA")],
     "BDI|TZA", "POS"),
    ("Sudanese and South Sudanese ministers met in Juba to discuss the Abyei area, but neither "
     "side announced any progress.",
     "2024-11-25",
     [C("Sudanese", "SDN", 1), C("South Sudanese", "SSD"), G("Juba", country="SSD"),
      G("Abyei")],
     "SDN|SSD", "NEU"),
    ("Port Sudan accused Juba of allowing the RSF to recruit fighters in border towns, and the "
     "South Sudanese foreign ministry summoned Sudan's envoy in return.",
     "2025-03-04",
     [C("Port Sudan", "SDN"), C("Juba", "SSD"), O("RSF", "Rapid Support Forces", "SDN"),
      C("South Sudanese", "SSD"), C("Sudan", "SDN", 2)],
     "SDN|SSD", "NEG"),
    ("Sudanese Prime Minister Kamil Idris visited Cairo on his first foreign trip and said Egypt "
     "and Sudan shared one destiny.",
     "2025-06-26",
     [C("Sudanese", "SDN"), L("Kamil Idris", "KAMIL"), C("Cairo", "EGY"), C("Egypt", "EGY"),
      C("Sudan", "SDN")],
     "EGY|SDN", "POS"),
    ("Mozambique and Rwanda extended the mandate of Rwandan troops in Cabo Delgado, where Nelson "
     "Cossa of the Pemba Civic Platform said residents felt safer.",
     "2025-04-16",
     [C("Mozambique", "MOZ"), C("Rwanda", "RWA"), C("Rwandan", "RWA"),
      G("Cabo Delgado", country="MOZ"), P("Nelson Cossa"),
      O("Pemba Civic Platform", country="MOZ")],
     "MOZ|RWA", "POS"),
    ("Ethiopia and Sudan's border dispute over al-Fashaga has gone quiet but has not gone away, "
     "said Selamawit Bekele, a lecturer at the Gondar School of Regional Studies.",
     "2024-07-31",
     [C("Ethiopia", "ETH"), C("Sudan", "SDN"), G("al-Fashaga", country="SDN"),
      P("Selamawit Bekele"), O("Gondar School of Regional Studies", country="ETH")],
     "ETH|SDN", "NEU"),
    ("Kenyan tea exporters lost market share in Pakistan after Islamabad tightened payment rules, "
     "said Rehema Salim of the Rift Valley Tea Growers' Cooperative.",
     "2024-03-27",
     [C("Kenyan", "KEN"), C("Pakistan", "PAK"), C("Islamabad", "PAK"), P("Rehema Salim"),
      O("Rift Valley Tea Growers' Cooperative", country="KEN")],
     "KEN|PAK", "NEG"),
    ("A Somali presidential envoy, Liban Ismail Guled, flew to Nairobi with a message for Ruto, "
     "the Kenyan presidency said without elaborating.",
     "2024-08-08",
     [C("Somali", "SOM"), P("Liban Ismail Guled"), G("Nairobi", country="KEN"),
      L("Ruto", "RUTO"), C("Kenyan", "KEN")],
     "KEN|SOM", "NEU"),
]

# --- chunk 4: Southern Africa, the Indian Ocean and North Africa -----------------------
ITEMS += [
    ("South Africa's ambassador was expelled from Washington in March, and Thandeka Mkhize of "
     "the Cape Trade Forum said the expulsion marked the lowest point in relations since "
     "apartheid.",
     "2025-03-17",
     [C("South Africa", "ZAF"), C("Washington", "USA"), P("Thandeka Mkhize"),
      O("Cape Trade Forum", country="ZAF")],
     "USA|ZAF", "NEG"),
    ("South African President Cyril Ramaphosa met Donald Trump at the White House in an effort to reset ties, "
     "but the meeting turned tense when Trump played a video about farm attacks.",
     "2025-05-21",
     [C("South African", "ZAF"), L("Cyril Ramaphosa", "RAMAPHOSA"), L("Donald Trump", "TRUMP"),
      O("White House", "White House", "USA"), L("Trump", "TRUMP", 2)],
     "USA|ZAF", "NEG"),
    ("Foreign Minister Ronald Lamola said Pretoria had no intention of dropping its case against "
     "Israel at the International Court of Justice, whatever the pressure from abroad.",
     "2025-02-11",
     [L("Ronald Lamola", "LAMOLA"), C("Pretoria", "ZAF"), C("Israel", "ISR"),
      O("International Court of Justice", "ICJ")],
     "ISR|ZAF", "NEG"),
    ("Lindani Dube, an analyst at the Soweto Centre for Foreign Policy, said "
     "South Africa and China had quietly deepened their partnership in mining and ports.",
     "2024-09-04",
     [P("Lindani Dube"), O("Soweto Centre for Foreign Policy", country="ZAF"),
      C("South Africa", "ZAF"), C("China", "CHN")],
     "CHN|ZAF", "POS"),
    ("Zimbabwe and Zambia signed a deal to build a second power station on the Zambezi, and the "
     "Zambezi Energy Partners consortium said work would begin next year.",
     "2024-07-12",
     [C("Zimbabwe", "ZWE"), C("Zambia", "ZMB"), G("Zambezi", n=1),
      O("Zambezi Energy Partners")],
     "ZMB|ZWE", "POS"),
    ("President Hakainde Hichilema complained that Zimbabwean officials had blocked his "
     "campaign plane in 2016 and said trust between Lusaka and Harare still had to be rebuilt.",
     "2024-05-03",
     [L("Hakainde Hichilema", "HICHILEMA"), C("Zimbabwean", "ZWE"), C("Lusaka", "ZMB"),
      C("Harare", "ZWE")],
     "ZMB|ZWE", "NEG"),
    ("Zimbabwe's Foreign Minister Amon Murwira hosted his Mozambican counterpart in Harare for the "
     "annual session of the joint permanent commission on defence and security.",
     "2025-06-05",
     [C("Zimbabwe", "ZWE"), L("Amon Murwira", "MURWIRA"), C("Mozambican", "MOZ"),
      G("Harare", country="ZWE")],
     "MOZ|ZWE", "NEU"),
    ("Mozambique's new president Daniel Chapo chose Pretoria for his first foreign visit and "
     "called South Africa an indispensable brother.",
     "2025-03-13",
     [C("Mozambique", "MOZ"), L("Daniel Chapo", "CHAPO"), C("Pretoria", "ZAF"),
      C("South Africa", "ZAF")],
     "MOZ|ZAF", "POS"),
    ("South Africa closed the Lebombo border post for a week during post-election unrest in "
     "Mozambique, and lorry drivers from both countries lost millions, said Esperança Machava of "
     "the Maputo Corridor Logistics Initiative.",
     "2024-11-08",
     [C("South Africa", "ZAF"), G("Lebombo", country="ZAF"), C("Mozambique", "MOZ"),
      P("Esperança Machava"), O("Maputo Corridor Logistics Initiative", country="MOZ")],
     "MOZ|ZAF", "NEG"),
    ("Namibian President Netumbo Nandi-Ndaitwah and Botswana's Duma Boko opened a new border "
     "post at Mohembo, hailing relations as a model for the region.",
     "2025-05-22",
     [C("Namibian", "NAM"), L("Netumbo Nandi-Ndaitwah", "NNN"), C("Botswana", "BWA"),
      L("Duma Boko", "BOKO"), G("Mohembo", country="BWA")],
     "BWA|NAM", "POS"),
    ("Botswana threatened to send 20,000 elephants to Germany if Berlin went ahead with a ban on "
     "trophy imports, a row that Lesedi Mogapi of the Okavango Wildlife Council called absurd "
     "but revealing.",
     "2024-04-03",
     [C("Botswana", "BWA"), C("Germany", "DEU"), C("Berlin", "DEU"), P("Lesedi Mogapi"),
      O("Okavango Wildlife Council", country="BWA")],
     "BWA|DEU", "NEG"),
    ("Malawian President Lazarus Chakwera and Mozambique's Daniel Chapo agreed to speed up work "
     "on the Nacala rail link, and officials from both governments called the meeting warm.",
     "2025-04-24",
     [C("Malawian", "MWI"), L("Lazarus Chakwera", "CHAKWERA"), C("Mozambique", "MOZ"),
      L("Daniel Chapo", "CHAPO"), G("Nacala", country="MOZ")],
     "MOZ|MWI", "POS"),
    ("Peter Mutharika, sworn in again as Malawi's president, said Lilongwe would review all its "
     "loan agreements with China, and Chikondi Banda of the Shire Policy Hub warned that the "
     "review could chill relations.",
     "2025-10-20",
     [L("Peter Mutharika", "MUTHARIKA"), C("Malawi", "MWI"), C("Lilongwe", "MWI"),
      C("China", "CHN"), P("Chikondi Banda"), O("Shire Policy Hub", country="MWI")],
     "CHN|MWI", "NEG"),
    ("Britain and Mauritius signed the treaty transferring the Chagos Islands, and Prime Minister "
     "Navin Ramgoolam called it the end of the last colonial chapter between the two countries.",
     "2025-05-22",
     [C("Britain", "GBR"), C("Mauritius", "MUS"), G("Chagos Islands", country="MUS"),
      L("Navin Ramgoolam", "RAMGOOLAM")],
     "GBR|MUS", "POS"),
    ("Ramgoolam said Mauritius would not sign the Chagos deal as drafted, sending British "
     "negotiators back to London with a list of demands.",
     "2024-12-17",
     [L("Ramgoolam", "RAMGOOLAM"), C("Mauritius", "MUS"), G("Chagos", "Chagos Islands", "MUS"),
      C("British", "GBR"), G("London", country="GBR")],
     "GBR|MUS", "NEG"),
    ("Eswatini's King Mswati III received deportees flown in from the United States, and Sibusiso "
     "Nxumalo of the Mbabane Rights Trust said the arrangement bought the kingdom goodwill in "
     "Washington.",
     "2025-07-17",
     [C("Eswatini", "SWZ"), L("Mswati III", "MSWATI"), C("United States", "USA"),
      P("Sibusiso Nxumalo"), O("Mbabane Rights Trust", country="SWZ"), C("Washington", "USA")],
     "SWZ|USA", "POS"),
    ("Lesotho's Prime Minister Sam Matekane warned that US tariffs of 50 percent would destroy the "
     "textile industry and said Maseru felt abandoned by Washington.",
     "2025-04-09",
     [C("Lesotho", "LSO"), L("Sam Matekane", "MATEKANE"), C("US", "USA"), C("Maseru", "LSO"),
      C("Washington", "USA")],
     "LSO|USA", "NEG"),
    ("Madagascar recalled its ambassador from Paris for consultations after French officials "
     "refused to discuss the return of the Scattered Islands, said Hery Rakotomalala of the "
     "Antananarivo Policy Forum.",
     "2024-06-19",
     [C("Madagascar", "MDG"), C("Paris", "FRA"), C("French", "FRA"),
      G("Scattered Islands", country="FRA"), P("Hery Rakotomalala"),
      O("Antananarivo Policy Forum", country="MDG")],
     "FRA|MDG", "NEG"),
    ("Angola and Namibia held routine talks on the Cunene river in Ondjiva, the third round this "
     "year.",
     "2024-08-30",
     [C("Angola", "AGO"), C("Namibia", "NAM"), G("Cunene"), G("Ondjiva", country="AGO")],
     "AGO|NAM", "NEU"),
    ("Zambia's copper exports through Dar es Salaam jumped after Tanzania cut port fees, said "
     "Mwansa Chileshe, a director of the Copperbelt Freight Union.",
     "2025-01-21",
     [C("Zambia", "ZMB"), G("Dar es Salaam", country="TZA"), C("Tanzania", "TZA"),
      P("Mwansa Chileshe"), O("Copperbelt Freight Union", country="ZMB")],
     "TZA|ZMB", "POS"),
    ("Zambia and DR Congo traded accusations over a ban on maize exports, and Kinshasa's trade "
     "ministry said Lusaka had acted in bad faith.",
     "2024-08-14",
     [C("Zambia", "ZMB"), C("DR Congo", "COD"), C("Kinshasa", "COD"), C("Lusaka", "ZMB")],
     "COD|ZMB", "NEG"),
    ("Rabat and Algiers have no diplomatic relations and no plans to restore them, Mohamed "
     "Benjelloun of the Maghreb Strategy Institute said, adding that the border had been shut "
     "since 1994.",
     "2024-08-24",
     [C("Rabat", "MAR"), C("Algiers", "DZA"), P("Mohamed Benjelloun"),
      O("Maghreb Strategy Institute")],
     "DZA|MAR", "NEG"),
    ("France's recognition of Moroccan sovereignty over Western Sahara opened a new era in "
     "relations, King Mohammed VI told Emmanuel Macron during a state banquet in Rabat.",
     "2024-10-29",
     [C("France", "FRA"), C("Moroccan", "MAR"), G("Western Sahara", country="ESH"),
      L("Mohammed VI", "M6"), L("Emmanuel Macron", "MACRON"), G("Rabat", country="MAR")],
     "FRA|MAR", "POS"),
    ("Algeria withdrew its ambassador from Paris with immediate effect after Macron backed "
     "Morocco's autonomy plan for Western Sahara.",
     "2024-07-30",
     [C("Algeria", "DZA"), C("Paris", "FRA"), L("Macron", "MACRON"), C("Morocco", "MAR"),
      G("Western Sahara", country="ESH")],
     "DZA|FRA", "NEG"),
    ("Relations between Paris and Algiers are in a deep freeze, wrote Karim Bensalem in the Algiers "
     "Weekly Review, after each side expelled twelve of the other's diplomats.",
     "2025-04-16",
     [C("Paris", "FRA"), C("Algiers", "DZA", 1), P("Karim Bensalem"),
      O("Algiers Weekly Review", country="DZA")],
     "DZA|FRA", "NEG"),
    ("Algerian President Abdelmadjid Tebboune and Macron agreed by phone to relaunch security "
     "cooperation and resume migration talks, easing a crisis that had lasted eight months.",
     "2025-03-31",
     [C("Algerian", "DZA"), L("Abdelmadjid Tebboune", "TEBBOUNE"), L("Macron", "MACRON")],
     "DZA|FRA", "POS"),
    ("Spain and Morocco are enjoying the best relations in their history, Moroccan Prime Minister "
     "Aziz Akhannouch said during a visit to Madrid.",
     "2024-11-21",
     [C("Spain", "ESP"), C("Morocco", "MAR"), C("Moroccan", "MAR"),
      L("Aziz Akhannouch", "AKHANNOUCH"), G("Madrid", country="ESP")],
     "ESP|MAR", "POS"),
    ("Algeria lifted the freeze on trade with Spain that it had imposed two years earlier, and "
     "Spanish exporters began shipping ceramics to Oran again, said Nadia Ferhat of the "
     "Mediterranean Ports Bulletin.",
     "2024-11-15",
     [C("Algeria", "DZA"), C("Spain", "ESP"), C("Spanish", "ESP"), G("Oran", country="DZA"),
      P("Nadia Ferhat"), O("Mediterranean Ports Bulletin")],
     "DZA|ESP", "POS"),
    ("Foreign Minister Nasser Bourita received the Mauritanian foreign minister in Rabat to "
     "prepare a visit by President Ghazouani.",
     "2024-12-18",
     [L("Nasser Bourita", "BOURITA"), C("Mauritanian", "MRT"), G("Rabat", country="MAR"),
      L("Ghazouani", "GHAZOUANI")],
     "MAR|MRT", "NEU"),
    ("Tunisian President Kais Saied told Giorgia Meloni that Tunisia would not become Europe's "
     "border guard, but he thanked Rome for new funds to fight irregular migration.",
     "2024-04-17",
     [C("Tunisian", "TUN"), L("Kais Saied", "SAIED"), L("Giorgia Meloni", "MELONI"),
      C("Tunisia", "TUN"), G("Europe"), C("Rome", "ITA")],
     "ITA|TUN", "POS"),
    ("Tunisia's ties with the European Union have soured since Saied sent back the first tranche "
     "of aid, said Sami Ben Youssef of the Carthage Policy Collective.",
     "2024-02-13",
     [C("Tunisia", "TUN"), O("European Union", "EU"), L("Saied", "SAIED"),
      P("Sami Ben Youssef"), O("Carthage Policy Collective", country="TUN")],
     None, None),
    ("Libyan Prime Minister Abdul Hamid Dbeibeh met Turkish Foreign Minister Hakan Fidan in "
     "Tripoli, and both said maritime cooperation would be expanded.",
     "2024-12-05",
     [C("Libyan", "LBY"), L("Abdul Hamid Dbeibeh", "DBEIBEH"), C("Turkish", "TUR"),
      L("Hakan Fidan", "FIDAN"), G("Tripoli", country="LBY")],
     "LBY|TUR", "POS"),
    ("Egypt and Turkey have left a decade of hostility behind, Sisi said on his first visit to "
     "Ankara, and Erdoğan promised to double trade.",
     "2024-09-04",
     [C("Egypt", "EGY"), C("Turkey", "TUR"), L("Sisi", "SISI"), G("Ankara", country="TUR"),
      L("Erdoğan", "ERDOGAN")],
     "EGY|TUR", "POS"),
    ("Mohamed al-Menfi, head of the Presidential Council, met Tebboune in Algiers to discuss "
     "border security, the Algerian presidency said.",
     "2024-10-30",
     [L("Mohamed al-Menfi", "MENFI"), O("Presidential Council", country="LBY"),
      L("Tebboune", "TEBBOUNE"), G("Algiers", country="DZA"), C("Algerian", "DZA")],
     "DZA|LBY", "NEU"),
    ("Egypt accused forces in eastern Libya of letting smugglers cross into the Western Desert, "
     "though Cairo stressed that it had no quarrel with Libya as a state.",
     "2025-01-14",
     [C("Egypt", "EGY"), C("Libya", "LBY", 1), G("Western Desert", country="EGY"),
      C("Cairo", "EGY"), C("Libya", "LBY", 2)],
     "EGY|LBY", "NEG"),
    ("Tunisian fishermen from Sfax were released by a Libyan coast guard unit after a week in "
     "detention, and Hichem Trabelsi of the Sfax Fishers' Union thanked Tripoli.",
     "2024-10-08",
     [C("Tunisian", "TUN"), G("Sfax", country="TUN", n=1), C("Libyan", "LBY"),
      P("Hichem Trabelsi"), O("Sfax Fishers' Union", country="TUN"), C("Tripoli", "LBY")],
     "LBY|TUN", "POS"),
    ("Morocco's phosphate giant signed a fertiliser supply deal with Ethiopia, and Youssef "
     "Alaoui of the Atlas Phosphate Holdings said Rabat saw Addis Ababa as a gateway to East "
     "Africa.",
     "2024-03-21",
     [C("Morocco", "MAR"), C("Ethiopia", "ETH"), P("Youssef Alaoui"),
      O("Atlas Phosphate Holdings", country="MAR"), C("Rabat", "MAR"), C("Addis Ababa", "ETH"),
      G("East Africa")],
     "ETH|MAR", "POS"),
    ("Algerian and Nigerien officials met in Algiers to revive the trans-Saharan gas pipeline "
     "project, though neither side gave a timetable.",
     "2024-08-12",
     [C("Algerian", "DZA"), C("Nigerien", "NER"), G("Algiers", country="DZA")],
     "DZA|NER", "NEU"),
    ("Algeria and Niger recalled their ambassadors in a show of solidarity with Mali after the "
     "drone incident, turning a bilateral row into a regional one.",
     "2025-04-07",
     [C("Algeria", "DZA"), C("Niger", "NER"), C("Mali", "MLI")],
     "DZA|NER", "NEG"),
    ("Sahrawi leaders in Tindouf said Algeria had promised them unwavering support after the "
     "French decision, and Brahim Mahjoub of the Tindouf Refugee Council said morale in the "
     "camps was low.",
     "2024-08-05",
     [C("Sahrawi", "ESH"), G("Tindouf", country="DZA", n=1), C("Algeria", "DZA"),
      C("French", "FRA"), P("Brahim Mahjoub"), O("Tindouf Refugee Council", country="DZA")],
     "DZA|ESH", "POS"),
    ("Ramaphosa and Zimbabwe's Emmerson Mnangagwa opened the Beitbridge bi-national commission, "
     "which met for the first time in four years, without announcing new measures.",
     "2024-11-26",
     [L("Ramaphosa", "RAMAPHOSA"), C("Zimbabwe", "ZWE"), L("Emmerson Mnangagwa", "MNANGAGWA"),
      G("Beitbridge", country="ZWE")],
     "ZAF|ZWE", "NEU"),
    ("Thousands of Zimbabweans face deportation from South Africa when their special permits "
     "expire, and Farai Gumbo of the Limpopo Migrants' Legal Desk said Harare had done little to "
     "help them.",
     "2024-10-02",
     [C("Zimbabweans", "ZWE"), C("South Africa", "ZAF"), P("Farai Gumbo"),
      O("Limpopo Migrants' Legal Desk", country="ZAF"), C("Harare", "ZWE")],
     "ZAF|ZWE", "NEG"),
    ("Namibia's Foreign Ministry said there was no chill in relations with Germany, only a frank "
     "debate about compensation for the colonial-era genocide.",
     "2025-05-28",
     [C("Namibia", "NAM"), O("Foreign Ministry", country="NAM"), C("Germany", "DEU")],
     "DEU|NAM", "POS"),
    ("Nomvula Khumalo, who covers Southern Africa for the Highveld Dispatch, wrote that Pretoria "
     "and Kigali were no longer on speaking terms after South African soldiers died in Goma.",
     "2025-02-03",
     [P("Nomvula Khumalo"), G("Southern Africa"), O("Highveld Dispatch", country="ZAF"),
      C("Pretoria", "ZAF"), C("Kigali", "RWA"), C("South African", "ZAF"),
      G("Goma", country="COD")],
     "RWA|ZAF", "NEG"),
    ("Kagame accused Ramaphosa of lying about a phone call, and the South African presidency "
     "responded that it stood by its account.",
     "2025-01-30",
     [L("Kagame", "KAGAME"), L("Ramaphosa", "RAMAPHOSA"), C("South African", "ZAF")],
     "RWA|ZAF", "NEG"),
    ("Mozambican and Tanzanian forces launched joint patrols on the Rovuma river, and Amélia "
     "Muianga of the Rovuma Security Review said cross-border raids had dropped sharply.",
     "2024-09-19",
     [C("Mozambican", "MOZ"), C("Tanzanian", "TZA"), G("Rovuma", n=1), P("Amélia Muianga"),
      O("Rovuma Security Review")],
     "MOZ|TZA", "POS"),
    ("Angolan President João Lourenço told the Portuguese parliament in Lisbon that the two "
     "countries shared a history that neither could erase, and that ties were now excellent.",
     "2025-04-24",
     [C("Angolan", "AGO"), L("João Lourenço", "LOURENCO"), C("Portuguese", "PRT"),
      G("Lisbon", country="PRT")],
     "AGO|PRT", "POS"),
    ("Would Hichilema skip the SADC summit in Harare? Zambian officials would only say that his "
     "schedule was not yet final.",
     "2024-08-12",
     [L("Hichilema", "HICHILEMA"), O("SADC", "SADC"), G("Harare", country="ZWE"),
      C("Zambian", "ZMB")],
     None, None),
    ("Cape Verdean and Senegalese coast guards met in Praia to share data on migrant boats, a "
     "session that officials described as technical.",
     "2024-10-23",
     [C("Cape Verdean", "CPV"), C("Senegalese", "SEN"), G("Praia", country="CPV")],
     "CPV|SEN", "NEU"),
    ("Seychelles renewed its agreement allowing Indian coast guard ships to dock at Port "
     "Victoria, and Joelle Pillay of the Mahé Ocean Institute said cooperation with New Delhi "
     "was stronger than ever.",
     "2024-06-28",
     [C("Seychelles", "SYC"), C("Indian", "IND"), G("Port Victoria", country="SYC"),
      P("Joelle Pillay"), O("Mahé Ocean Institute", country="SYC"), C("New Delhi", "IND")],
     "IND|SYC", "POS"),
    ("Comoros and Madagascar signed an agreement on air links after a dispute over landing rights "
     "that had cancelled flights for months.",
     "2025-03-05",
     [C("Comoros", "COM"), C("Madagascar", "MDG")],
     "COM|MDG", "POS"),
    ("Mauritian and Indian officials inaugurated an airstrip on Agaléga island, which critics in "
     "Port Louis fear could become an Indian base, said Vikash Ramdin of the Port Louis Civic "
     "Forum.",
     "2024-02-29",
     [C("Mauritian", "MUS"), C("Indian", "IND", 1), G("Agaléga", country="MUS"),
      G("Port Louis", country="MUS", n=1), C("Indian", "IND", 2), P("Vikash Ramdin"),
      O("Port Louis Civic Forum", country="MUS")],
     "IND|MUS", "POS"),
    ("Botswana's diamond talks with De Beers were concluded, and President Boko thanked London "
     "for its support, said Kagiso Motsumi of the Gaborone Mining Review.",
     "2025-02-19",
     [C("Botswana", "BWA"), O("De Beers"), L("Boko", "BOKO"), C("London", "GBR"),
      P("Kagiso Motsumi"), O("Gaborone Mining Review", country="BWA")],
     "BWA|GBR", "POS"),
]

# === ITEMS END ===


# ---------------------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------------------


class ItemError(Exception):
    pass


def _jsonl(path: Path):
    with path.open(encoding="utf8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_tables():
    leaders = []
    for path in sorted((SOURCES / "leaders").glob("*.jsonl")):
        leaders.extend(_jsonl(path))
    orgs = {r["name"]: r for r in _jsonl(SOURCES / "orgs.jsonl")}
    countries = _jsonl(DATA / "countries.jsonl")
    places = set()
    for fname in ("cities.jsonl", "regions.jsonl"):
        for r in _jsonl(DATA / fname):
            places.add(r["name"])
    try:
        import pycountry

        iso3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3
    except ImportError:  # pragma: no cover - fall back on the project's table
        iso3 = {r["iso3"] for r in countries} | EXTRA_ISO3
    iso3 |= {"SUN", "YUG", "CSK", "DDR"}
    # every form that the gazetteers know, for the "unseen" check
    known = set()
    for r in leaders:
        known.add(r["name"])
        known.update(r.get("aliases", []))
    for r in orgs.values():
        known.add(r["name"])
        if r.get("full"):
            known.add(r["full"])
        known.update(r.get("aliases", []))
    country_forms = {}
    for r in countries:
        for form in [r["name"], r.get("official")] + r.get("aliases", []) + r.get("demonyms", []) \
                + [r.get("capital")] + r.get("capital_aliases", []):
            if form:
                country_forms.setdefault(form, set()).add(r["iso3"])
    for form, code in EXTRA_COUNTRY_FORMS.items():
        country_forms.setdefault(form, set()).add(code)
    known.update(country_forms)
    return leaders, orgs, iso3, places, known, country_forms


def in_term(row, date):
    return row["start"] <= date and (row["end"] is None or date < row["end"])


def _occurrences(text, surface, starts, ends):
    out = []
    for m in re.finditer(re.escape(surface), text):
        if m.start() in starts and m.end() in ends:
            out.append((m.start(), m.end()))
    return out


def is_unseen(row, surface):
    if row["kb_id"]:
        return False
    if row["label"] == "PERSON":
        return True
    return row["label"] == "ORG" and surface not in REAL_ORGS


def build_item(idx, item, nlp, tables, warnings):
    leaders, orgs, iso3, places, known, country_forms = tables
    if len(item) != 5:
        raise ItemError("item must be (text, date, spans, dyad, tone)")
    text, date, spans, dyad, tone = item
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ItemError(f"bad date {date!r}")
    if text != text.strip() or "  " in text:
        raise ItemError("stray whitespace in text")
    doc = nlp.make_doc(text)
    starts = {t.idx for t in doc}
    ends = {t.idx + len(t.text) for t in doc}
    out = []
    for sp in spans:
        if len(sp) != 5:
            raise ItemError(f"span must be a 5-tuple: {sp!r}")
        surface, label, kb, attrs, n = sp
        attrs = attrs or {}
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
        if surface != surface.strip() or surface.lower().startswith("the "):
            raise ItemError(f"span {surface!r} has spaces or a leading article")
        if surface.endswith(("'s", "’s", "'", "’")):
            raise ItemError(f"span {surface!r} ends with a possessive")
        row = {"start": start, "end": end, "label": label, "kb_id": kb}
        bad = set(attrs) - {"country", "role"}
        if bad:
            raise ItemError(f"unknown attrs {bad} in {surface!r}")
        if label == "COUNTRY":
            if attrs:
                raise ItemError(f"COUNTRY {surface!r} takes no attrs")
            if kb not in iso3:
                raise ItemError(f"COUNTRY {surface!r}: bad ISO3 {kb!r}")
            if surface in country_forms and kb not in country_forms[surface]:
                warnings.append(f"item {idx}: COUNTRY {surface!r} is a form of {country_forms[surface]}, not {kb}")
        elif label == "LEADER":
            if set(attrs) != {"country", "role"}:
                raise ItemError(f"LEADER {surface!r} needs country and role")
            match = [r for r in leaders if r["name"] == kb and r["country"] == attrs["country"]
                     and r["role"] == attrs["role"] and in_term(r, date)]
            if not match:
                raise ItemError(f"LEADER {surface!r}: no term of {kb}/{attrs} on {date}")
            if any(r.get("unsure") for r in match):
                raise ItemError(f"LEADER {surface!r}: row marked unsure")
            forms = {kb} | {a for r in match for a in r.get("aliases", [])}
            if surface not in forms:
                warnings.append(f"item {idx}: LEADER surface {surface!r} is not a listed form of {kb}")
        elif label == "PERSON":
            if attrs or kb:
                raise ItemError(f"PERSON {surface!r}: invented persons take no kb_id/attrs")
            clash = [r["name"] for r in leaders if in_term(r, date)
                     and (surface == r["name"] or surface in r.get("aliases", []))]
            if clash:
                raise ItemError(f"PERSON {surface!r} equals a form of in-office leader {clash}")
        elif label == "ORG":
            if set(attrs) - {"country"}:
                raise ItemError(f"ORG {surface!r}: only 'country'")
            if kb:
                if kb not in orgs:
                    raise ItemError(f"ORG {surface!r}: kb {kb!r} not in orgs.jsonl")
                if orgs[kb].get("country") != attrs.get("country"):
                    raise ItemError(f"ORG {surface!r}: country {attrs.get('country')} != "
                                    f"{orgs[kb].get('country')} of {kb}")
                forms = {kb, orgs[kb].get("full")} | set(orgs[kb].get("aliases", []))
                if surface not in forms:
                    warnings.append(f"item {idx}: ORG surface {surface!r} is not a listed form of {kb}")
        elif label == "LOC":
            if set(attrs) - {"country"}:
                raise ItemError(f"LOC {surface!r}: only 'country'")
            if kb not in places:
                warnings.append(f"item {idx}: LOC kb {kb!r} not in cities/regions tables")
        if attrs.get("country") is not None and attrs["country"] not in iso3:
            raise ItemError(f"{surface!r}: bad country {attrs['country']!r}")
        if attrs.get("country") is not None:
            row["country"] = attrs["country"]
        if "role" in attrs:
            row["role"] = attrs["role"]
        out.append(row)
    out.sort(key=lambda r: (r["start"], r["end"]))
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            raise ItemError(f"overlap {text[a['start']:a['end']]!r} / {text[b['start']:b['end']]!r}")
    covered = lambda s, e: any(o["start"] <= s and e <= o["end"] for o in out)  # noqa: E731
    # completeness 1: every token-aligned occurrence of a labelled surface is covered
    for r in out:
        surface = text[r["start"]:r["end"]]
        for s, e in _occurrences(text, surface, starts, ends):
            if not covered(s, e):
                raise ItemError(f"occurrence of {surface!r} at {s} is not labelled")
    # completeness 2: no country name, alias, demonym or capital is left outside the spans
    for form in country_forms:
        if len(form) < 3:
            continue
        for s, e in _occurrences(text, form, starts, ends):
            if not covered(s, e):
                raise ItemError(f"country form {form!r} at {s} is not inside any span")
    if not any(r["label"] == "COUNTRY" for r in out):
        raise ItemError("no COUNTRY span")
    # dyad and tone
    if (dyad is None) != (tone is None):
        raise ItemError("dyad and tone must both be given or both be None")
    if dyad is not None:
        parts = dyad.split("|")
        if len(parts) != 2 or parts != sorted(parts) or parts[0] == parts[1]:
            raise ItemError(f"bad dyad {dyad!r} (two sorted ISO3 codes)")
        if tone not in TONES:
            raise ItemError(f"bad tone {tone!r}")
        for code in parts:
            if code not in iso3:
                raise ItemError(f"dyad code {code!r} is not ISO3")
            if not any(r["label"] in ("COUNTRY", "LEADER") and
                       (r["kb_id"] == code if r["label"] == "COUNTRY" else r.get("country") == code)
                       for r in out):
                raise ItemError(f"dyad state {code} is not mentioned as COUNTRY or LEADER")
    # invented names
    unseen = []
    for r in out:
        surface = text[r["start"]:r["end"]]
        if is_unseen(r, surface):
            if surface in known:
                raise ItemError(f"invented {r['label']} {surface!r} is a gazetteer form")
            if surface not in unseen:
                unseen.append(surface)
    nsent = len(re.findall(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])", text))
    if nsent > 1:
        warnings.append(f"item {idx}: looks like {nsent + 1} sentences: {text[:60]!r}")
    row = {"text": text, "date": date, "spans": out}
    row["tone"] = [{"start": 0, "end": len(text), "tone": tone}] if tone else []
    row["dyads"] = {dyad: tone} if dyad else {}
    row["unseen"] = unseen
    return row


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    skip = {"I", "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "He", "She",
            "It", "They", "We", "His", "Her", "Their", "Its", "This", "That", "These", "Those",
            "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "President", "Prime", "Minister", "Foreign",
            "Secretary", "State", "Leader", "Supreme", "King", "Emir", "Crown", "Sultan",
            "Prince", "Deputy", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "“", "‘"}
    for row in rows:
        doc = nlp.make_doc(row["text"])
        covered = set()
        for sp in row["spans"]:
            covered.update(range(sp["start"], sp["end"]))
        for i, tok in enumerate(doc):
            if tok.idx in covered or not tok.text[:1].isupper() or tok.text in skip:
                continue
            if i == 0 or doc[i - 1].text in {".", "“", "\"", ":", "?", "!", "—"}:
                continue
            print(f"  lint {row['id']}: {tok.text!r} in {row['text'][:80]!r}")


def build(warnings):
    import spacy

    nlp = spacy.blank("en")
    tables = load_tables()
    rows, errors, seen = [], [], set()
    for i, item in enumerate(ITEMS, 1):
        try:
            built = build_item(i, item, nlp, tables, warnings)
        except ItemError as exc:
            errors.append(f"item {i} ({item[0][:60]!r}): {exc}")
            continue
        if built["text"] in seen:
            errors.append(f"item {i}: duplicate text")
        seen.add(built["text"])
        rows.append({"id": f"lb-{i:04d}", **built})
    return rows, errors, nlp


PHENOMENA = {
    "negation": r"\b(not|no|never|without|no longer|failed|refused|denied|dismissed|far from|"
                r"free of|declined|n't|nor|neither)\b",
    "hypothetical": r"\b(if|would|could|might|should|unless|as long as|threatened)\b",
    "reversal": r"\b(lifted|restored|resumed|reopened|returned|defused|overcome|ended|collapsed|"
                r"suspended|reimposed|stalled|scrapped|back on|no longer)\b",
    "concession": r"\b(despite|although|though|but|while|for all|nonetheless|however|even as)\b",
}


def summary(rows):
    labels = collections.Counter(sp["label"] for r in rows for sp in r["spans"])
    tones = collections.Counter(t for r in rows for t in r["dyads"].values())
    unseen_person = sum(1 for r in rows for sp in r["spans"]
                        if sp["label"] == "PERSON" and r["text"][sp["start"]:sp["end"]] in r["unseen"])
    unseen_org = sum(1 for r in rows for sp in r["spans"]
                     if sp["label"] == "ORG" and r["text"][sp["start"]:sp["end"]] in r["unseen"])
    items_p = sum(1 for r in rows if any(sp["label"] == "PERSON" and
                  r["text"][sp["start"]:sp["end"]] in r["unseen"] for sp in r["spans"]))
    items_o = sum(1 for r in rows if any(sp["label"] == "ORG" and
                  r["text"][sp["start"]:sp["end"]] in r["unseen"] for sp in r["spans"]))
    n = max(len(rows), 1)
    print(f"items: {len(rows)}  spans: {sum(labels.values())}")
    print("labels: " + ", ".join(f"{k} {labels[k]}" for k in LABELS))
    print("tones:  " + ", ".join(f"{k} {tones[k]} ({100 * tones[k] / n:.0f}%)" for k in TONES)
          + f", no dyad {sum(1 for r in rows if not r['dyads'])}")
    print(f"unseen spans: PERSON {unseen_person}, ORG {unseen_org}; items with an unseen "
          f"PERSON {items_p} ({100 * items_p / n:.0f}%), with an unseen ORG {items_o} "
          f"({100 * items_o / n:.0f}%); distinct unseen surfaces "
          f"{len({s for r in rows for s in r['unseen']})}")
    print(f"dyads: {len({d for r in rows for d in r['dyads']})} distinct; states as COUNTRY: "
          f"{len({sp['kb_id'] for r in rows for sp in r['spans'] if sp['label'] == 'COUNTRY'})}")
    ph = collections.Counter()
    anyph = 0
    for r in rows:
        hit = [k for k, pat in PHENOMENA.items() if re.search(pat, r["text"], re.I)]
        ph.update(hit)
        anyph += bool(hit)
    print("phenomena (regex estimate): " + ", ".join(f"{k} {ph[k]}" for k in PHENOMENA)
          + f"; any {anyph}")
    years = collections.Counter(r["date"][:4] for r in rows)
    print("years: " + ", ".join(f"{y} {years[y]}" for y in sorted(years)))


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
    summary(rows)
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
