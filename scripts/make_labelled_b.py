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
    "M23", "ADF",
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
                country_forms.setdefault(form, r["iso3"])
    for form, code in EXTRA_COUNTRY_FORMS.items():
        country_forms.setdefault(form, code)
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
            if surface in country_forms and country_forms[surface] != kb and surface not in {"Sudan"}:
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
