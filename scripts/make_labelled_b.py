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

import collections
import re
import sys
from pathlib import Path

from _common import (LINT_SKIP_BASE, ItemError, build_rows, check_dyad_tone, check_explicit_span,
                     country_forms as gazetteer_country_forms, generator_main, is_covered,
                     iso3_codes, leader_forms, lint_capitalised, load_countries, load_leaders,
                     load_orgs, load_place_names, locate_span, occurrences, org_forms,
                     sort_and_check_spans, span_row, token_bounds)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "corpus" / "labelled" / "part_b.jsonl"

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
    "M23", "ADF", "Tazara", "IBSA", "General Border Committee", "Abdou Moumouni University",
    "University of Oran", "TICAD", "Melanesian Spearhead Group", "Constitutional Court",
    "Presidential Leadership Council", "De Beers", "Presidential Council",
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
    "GEERLINGS": ("Jennifer Geerlings-Simons", "SUR", "president"),
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
    "KATZ": ("Israel Katz", "ISR", "foreign minister"),
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


def PK(surface, kb, n=None):
    """PERSON with a kb_id: a known (former) leader who holds no listed office on the date."""
    return (surface, "PERSON", kb, None, n)


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
    ("Nigeria does not see Niger as an enemy, President Bola Tinubu said, but Abuja would not lift "
     "the remaining restrictions until the junta set a date for elections.",
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
     [C("Somalia", "SOM"), C("Ethiopian", "ETH"), G("Hargeisa", "Hargeysa", country="SOM")],
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
    ("The two economies are too intertwined for a lasting split, said Zawadi Mrisho, a former "
     "Tanzanian trade attaché, but she admitted that relations between Dodoma and Nairobi had hit "
     "a rough patch.",
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
     [G("Mekelle", "Mek'ele", country="ETH"), C("Addis Ababa", "ETH"), C("Asmara", "ERI")],
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
      G("Hargeisa", "Hargeysa", country="SOM"), C("Djibouti", "DJI")],
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
     "ETH|SDN", "NEG"),
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
     [C("France", "FRA"), C("Moroccan", "MAR"), C("Western Sahara", "ESH"),
      L("Mohammed VI", "M6"), L("Emmanuel Macron", "MACRON"), G("Rabat", country="MAR")],
     "FRA|MAR", "POS"),
    ("Algeria withdrew its ambassador from Paris with immediate effect after Macron backed "
     "Morocco's autonomy plan for Western Sahara.",
     "2024-07-30",
     [C("Algeria", "DZA"), C("Paris", "FRA"), L("Macron", "MACRON"), C("Morocco", "MAR"),
      C("Western Sahara", "ESH")],
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

# --- chunk 5: South America --------------------------------------------------------------
ITEMS += [
    ("Venezuelan President Nicolás Maduro and Guyana's Irfaan Ali met on the island of Saint "
     "Vincent and agreed not to use force over the Essequibo, though each side held to its claim, "
     "said Devika Persaud of the Demerara Policy Institute.",
     "2023-12-14",
     [C("Venezuelan", "VEN"), L("Nicolás Maduro", "MADURO"), C("Guyana", "GUY"),
      L("Irfaan Ali", "IRFAAN"), G("Saint Vincent", country="VCT"), G("Essequibo", country="GUY"),
      P("Devika Persaud"), O("Demerara Policy Institute", country="GUY")],
     "GUY|VEN", "POS"),
    ("Caracas plans to elect a governor for the Essequibo, and Guyanese Foreign Minister Hugh "
     "Todd called the move a grave threat to his country's sovereignty.",
     "2025-03-20",
     [C("Caracas", "VEN"), G("Essequibo", country="GUY"), C("Guyanese", "GUY"),
      L("Hugh Todd", "TODD")],
     "GUY|VEN", "NEG"),
    ("“We are not enemies of Venezuela,” Irfaan Ali told Marlon Griffith of the Stabroek Evening "
     "Post, “but we will defend every inch of our territory.”",
     "2025-02-27",
     [C("Venezuela", "VEN"), L("Irfaan Ali", "IRFAAN"), P("Marlon Griffith"),
      O("Stabroek Evening Post", country="GUY")],
     "GUY|VEN", "NEG"),
    ("Brazil vetoed Venezuela's bid to join BRICS as a partner country, and Caracas recalled its "
     "ambassador from Brasília, accusing Itamaraty of acting on Washington's orders.",
     "2024-10-30",
     [C("Brazil", "BRA"), C("Venezuela", "VEN"), O("BRICS", "BRICS"), C("Caracas", "VEN"),
      C("Brasília", "BRA"), O("Itamaraty", country="BRA"), C("Washington", "USA")],
     "BRA|VEN", "NEG"),
    ("Lula and Maduro used to be close allies, but relations between Brasília and Caracas have "
     "gone from warm to frigid since the disputed election, wrote Thiago Monteiro Braga in the "
     "Cerrado Review.",
     "2024-11-06",
     [L("Lula", "LULA"), L("Maduro", "MADURO"), C("Brasília", "BRA"), C("Caracas", "VEN"),
      P("Thiago Monteiro Braga"), O("Cerrado Review", country="BRA")],
     "BRA|VEN", "NEG"),
    ("Argentine President Javier Milei called Lula a corrupt communist during the campaign, and "
     "Brazilian diplomats said the two governments were barely speaking a year later.",
     "2024-12-05",
     [C("Argentine", "ARG"), L("Javier Milei", "MILEI"), L("Lula", "LULA"),
      C("Brazilian", "BRA")],
     "ARG|BRA", "NEG"),
    ("Despite the insults, Argentina and Brazil signed a deal in Buenos Aires to ship gas from the "
     "Vaca Muerta field to São Paulo, said Luana Figueiredo of the Paraná Energy Exchange.",
     "2024-11-18",
     [C("Argentina", "ARG"), C("Brazil", "BRA"), G("Buenos Aires", country="ARG"),
      G("Vaca Muerta", country="ARG"), G("São Paulo", country="BRA"), P("Luana Figueiredo"),
      O("Paraná Energy Exchange")],
     "ARG|BRA", "POS"),
    ("Foreign Minister Mauro Vieira met his Argentine counterpart Gerardo Werthein on the "
     "sidelines of the Mercosur summit in Montevideo.",
     "2024-12-06",
     [L("Mauro Vieira", "VIEIRA"), C("Argentine", "ARG"), L("Gerardo Werthein", "WERTHEIN"),
      O("Mercosur", "Mercosur"), G("Montevideo", country="URY")],
     "ARG|BRA", "NEU"),
    ("Spain withdrew its ambassador from Buenos Aires after Milei insulted Pedro Sánchez's wife "
     "at a rally in Madrid, and Albares demanded a public apology.",
     "2024-05-21",
     [C("Spain", "ESP"), C("Buenos Aires", "ARG"), L("Milei", "MILEI"),
      L("Pedro Sánchez", "SANCHEZ"), G("Madrid", country="ESP"),
      L("Albares", "ALBARES")],
     "ARG|ESP", "NEG"),
    ("Argentina and Spain have quietly patched up the row over Milei's remarks, and a new Spanish "
     "ambassador is expected in Buenos Aires soon, according to Martín Echeverría of the Río de "
     "la Plata Review.",
     "2024-11-12",
     [C("Argentina", "ARG"), C("Spain", "ESP"), L("Milei", "MILEI"), C("Spanish", "ESP"),
      G("Buenos Aires", country="ARG"), P("Martín Echeverría"), O("Río de la Plata Review")],
     "ARG|ESP", "POS"),
    ("Venezuela refused to release a detained Argentine gendarme, and Argentina's foreign "
     "ministry accused Caracas of taking him hostage.",
     "2025-01-08",
     [C("Venezuela", "VEN"), C("Argentine", "ARG"), C("Argentina", "ARG"),
      C("Caracas", "VEN")],
     "ARG|VEN", "NEG"),
    ("Chilean President Gabriel Boric and Milei met in Santiago to discuss lithium and a road "
     "corridor through the Andes, their first meeting, which neither side described in detail.",
     "2025-04-08",
     [C("Chilean", "CHL"), L("Gabriel Boric", "BORIC"), L("Milei", "MILEI"),
      G("Santiago", country="CHL"), G("Andes")],
     "ARG|CHL", "NEU"),
    ("Bolivia and Chile still have no ambassadors in each other's capitals, but their trade "
     "ministers agreed in Arica to speed up customs checks at the Chungará crossing.",
     "2024-10-17",
     [C("Bolivia", "BOL"), C("Chile", "CHL"), G("Arica", country="CHL"),
      G("Chungará", country="CHL")],
     "BOL|CHL", "POS"),
    ("Bolivian President Luis Arce accused Peru of letting coup plotters meet in Puno, and Lima "
     "rejected the charge as interference in its internal affairs.",
     "2024-07-02",
     [C("Bolivian", "BOL"), L("Luis Arce", "ARCE"), C("Peru", "PER"), G("Puno", country="PER"),
      C("Lima", "PER")],
     "BOL|PER", "NEG"),
    ("Peru and Bolivia signed an agreement to clean up Lake Titicaca, and Illari Condori of the "
     "Altiplano Water Commission called it the best news for the lake in a generation.",
     "2024-03-22",
     [C("Peru", "PER"), C("Bolivia", "BOL"), G("Lake Titicaca"), P("Illari Condori"),
      O("Altiplano Water Commission")],
     "BOL|PER", "POS"),
    ("Rodrigo Paz Pereira, Bolivia's new president, said he would restore full relations with "
     "the United States, which had been downgraded since 2008.",
     "2025-11-10",
     [L("Rodrigo Paz Pereira", "PAZ"), C("Bolivia", "BOL"), C("United States", "USA")],
     "BOL|USA", "POS"),
    ("Foreign Minister Fernando Aramayo told Amaru Choque of the La Paz Morning Herald that "
     "Bolivia wanted ambassadors back in Washington within months.",
     "2025-11-24",
     [L("Fernando Aramayo", "ARAMAYO"), P("Amaru Choque"),
      O("La Paz Morning Herald", country="BOL"), C("Bolivia", "BOL"), C("Washington", "USA")],
     "BOL|USA", "POS"),
    ("Peruvian President Dina Boluarte received Chinese leader Xi Jinping for the opening of the "
     "Chancay port, which Wayra Mamani of the Pacific Ports Observatory called a turning point "
     "for Peru's trade with China.",
     "2024-11-14",
     [C("Peruvian", "PER"), L("Dina Boluarte", "BOLUARTE"), C("Chinese", "CHN"),
      L("Xi Jinping", "XI"), G("Chancay", country="PER"), P("Wayra Mamani"),
      O("Pacific Ports Observatory"), C("Peru", "PER"), C("China", "CHN")],
     "CHN|PER", "POS"),
    ("Peru broke off diplomatic relations with Mexico after the Mexican embassy in Lima granted "
     "asylum to a former prime minister.",
     "2025-11-03",
     [C("Peru", "PER"), C("Mexico", "MEX"), C("Mexican", "MEX"), G("Lima", country="PER")],
     "MEX|PER", "NEG"),
    ("Ecuadorian police stormed the Mexican embassy in Quito to arrest a former vice-president, "
     "and Mexico suspended relations with Ecuador the same night.",
     "2024-04-06",
     [C("Ecuadorian", "ECU"), C("Mexican", "MEX"), G("Quito", country="ECU"),
      C("Mexico", "MEX"), C("Ecuador", "ECU")],
     "ECU|MEX", "NEG"),
    ("A year after the embassy raid, Quito and Mexico City have not even exchanged chargés "
     "d'affaires, said Camila Restrepo, who teaches at the Andean School of Diplomacy.",
     "2025-04-05",
     [C("Quito", "ECU"), C("Mexico City", "MEX"), P("Camila Restrepo"),
      O("Andean School of Diplomacy")],
     "ECU|MEX", "NEG"),
    ("Ecuador's President Daniel Noboa imposed a 30 percent security tariff on Colombian goods, "
     "and Bogotá answered with duties of its own and cut electricity sales.",
     "2025-01-23",
     [C("Ecuador", "ECU"), L("Daniel Noboa", "NOBOA"), C("Colombian", "COL"),
      C("Bogotá", "COL")],
     "COL|ECU", "NEG"),
    ("Colombian Foreign Minister Laura Sarabia and Ecuador's Gabriela Sommerfeld agreed in "
     "Quito to lift the tariffs in stages, ending a trade war that had lasted two months.",
     "2025-03-27",
     [C("Colombian", "COL"), L("Laura Sarabia", "SARABIA"), C("Ecuador", "ECU"),
      L("Gabriela Sommerfeld", "SOMMERFELD"), G("Quito", country="ECU")],
     "COL|ECU", "POS"),
    ("Colombia suspended deportation flights from the United States for a day, then relented "
     "after Washington threatened tariffs, a climbdown that Diego Mendoza Arriaga of the Bogotá "
     "Security Forum called humiliating.",
     "2025-01-27",
     [C("Colombia", "COL"), C("United States", "USA"), C("Washington", "USA"),
      P("Diego Mendoza Arriaga"), O("Bogotá Security Forum", country="COL")],
     "COL|USA", "NEG"),
    ("Colombia broke off relations with Israel over the war in Gaza, and Israeli officials "
     "called Bogotá's decision hateful.",
     "2024-05-02",
     [C("Colombia", "COL"), C("Israel", "ISR"), G("Gaza", "Gaza Strip", "PSE"),
      C("Israeli", "ISR"), C("Bogotá", "COL")],
     "COL|ISR", "NEG"),
    ("Venezuela reopened its border crossings with Colombia for cargo lorries, and Ximena "
     "Villalobos of the Cúcuta Border Traders' Guild said the bridges were busier than at any time "
     "in a decade.",
     "2024-03-14",
     [C("Venezuela", "VEN"), C("Colombia", "COL"), P("Ximena Villalobos"),
      O("Cúcuta Border Traders' Guild", country="COL")],
     "COL|VEN", "POS"),
    ("Paraguayan President Santiago Peña visited Taipei and promised that Paraguay would never "
     "switch recognition to Beijing as long as he was in office.",
     "2024-10-14",
     [C("Paraguayan", "PRY"), L("Santiago Peña", "PENA"), C("Taipei", "TWN"),
      C("Paraguay", "PRY"), C("Beijing", "CHN")],
     "PRY|TWN", "POS"),
    ("Paraguay's ties with Brazil over the Itaipú dam have entered a rough patch, said Rubén "
     "Cáceres of the Asunción Energy Observatory, after Brasília refused to revise the tariff.",
     "2024-04-25",
     [C("Paraguay", "PRY"), C("Brazil", "BRA"), G("Itaipú", country="PRY"),
      P("Rubén Cáceres"), O("Asunción Energy Observatory", country="PRY"), C("Brasília", "BRA")],
     "BRA|PRY", "NEG"),
    ("Foreign Minister Rubén Ramírez Lezcano and Brazilian diplomats held a new round of talks "
     "on the Itaipú treaty annex in Asunción.",
     "2025-02-12",
     [L("Rubén Ramírez Lezcano", "LEZCANO"), C("Brazilian", "BRA"),
      G("Itaipú", country="PRY"), G("Asunción", country="PRY")],
     "BRA|PRY", "NEU"),
    ("Paraguay suspended talks with Brazil on Itaipú after reports that Brazilian intelligence had "
     "spied on its negotiators.",
     "2025-04-01",
     [C("Paraguay", "PRY"), C("Brazil", "BRA"), G("Itaipú", country="PRY"),
      C("Brazilian", "BRA")],
     "BRA|PRY", "NEG"),
    ("Uruguayan President Yamandú Orsi said Montevideo and Buenos Aires would dredge the Río de la "
     "Plata channel together, and Lucía Ferreira of the Montevideo Trade Observatory called it "
     "a rare act of neighbourly trust.",
     "2025-05-13",
     [C("Uruguayan", "URY"), L("Yamandú Orsi", "ORSI"), C("Montevideo", "URY", 1),
      C("Buenos Aires", "ARG"), G("Río de la Plata", n=1), P("Lucía Ferreira"),
      O("Montevideo Trade Observatory", country="URY")],
     "ARG|URY", "POS"),
    ("Foreign Minister Mario Lubetkin met Chinese officials in Beijing to explore a trade "
     "agreement, and Uruguay's exporters are watching Mercosur partners' reaction closely.",
     "2025-05-15",
     [L("Mario Lubetkin", "LUBETKIN"), C("Chinese", "CHN"), G("Beijing", country="CHN"),
      C("Uruguay", "URY"), O("Mercosur", "Mercosur")],
     "CHN|URY", "NEU"),
    ("Chile's Foreign Minister Alberto van Klaveren summoned the Venezuelan chargé d'affaires "
     "over the murder of a former Venezuelan officer in Santiago.",
     "2024-03-12",
     [C("Chile", "CHL"), L("Alberto van Klaveren", "VANKLAVEREN"), C("Venezuelan", "VEN", 1),
      C("Venezuelan", "VEN", 2), G("Santiago", country="CHL")],
     "CHL|VEN", "NEG"),
    ("Chile and Venezuela expelled each other's diplomats after Boric refused to recognise "
     "Maduro's re-election.",
     "2024-07-30",
     [C("Chile", "CHL"), C("Venezuela", "VEN"), L("Boric", "BORIC"), L("Maduro", "MADURO")],
     "CHL|VEN", "NEG"),
    ("Peru and Chile agreed to a joint military presence at their border to handle migrants, a "
     "step that Killa Quispe of the Tacna Migrant Rights Network said would only push people to "
     "more dangerous routes.",
     "2025-04-29",
     [C("Peru", "PER"), C("Chile", "CHL"), P("Killa Quispe"),
      O("Tacna Migrant Rights Network", country="PER")],
     "CHL|PER", "POS"),
    ("Andrés Castellanos, an analyst at the Lima Center for Hemispheric Studies, said relations "
     "between Lima and Santiago were better than at any point since the maritime ruling.",
     "2024-06-20",
     [P("Andrés Castellanos"), O("Lima Center for Hemispheric Studies", country="PER"),
      C("Lima", "PER", 2), C("Santiago", "CHL")],
     "CHL|PER", "POS"),
    ("If Brazil and the United States cannot agree on tariffs, Brazilian coffee and beef will "
     "lose their biggest market, warned Fernanda Castilho of the Santos Exporters' Circle.",
     "2025-07-15",
     [C("Brazil", "BRA"), C("United States", "USA"), C("Brazilian", "BRA"),
      P("Fernanda Castilho"), O("Santos Exporters' Circle", country="BRA")],
     "BRA|USA", "NEG"),
    ("Trump imposed a 50 percent tariff on Brazilian imports, and Lula called the move an attack "
     "on Brazil's sovereignty.",
     "2025-07-30",
     [L("Trump", "TRUMP"), C("Brazilian", "BRA"), L("Lula", "LULA"), C("Brazil", "BRA")],
     "BRA|USA", "NEG"),
    ("Lula and Trump spoke by video call for half an hour, and the Brazilian presidency described "
     "the conversation as friendly, a sign of a thaw after months of tariffs.",
     "2025-10-06",
     [L("Lula", "LULA"), L("Trump", "TRUMP"), C("Brazilian", "BRA")],
     "BRA|USA", "POS"),
    ("Brazil and China renewed their currency swap line and signed 37 agreements during Xi's "
     "state visit to Brasília.",
     "2024-11-20",
     [C("Brazil", "BRA"), C("China", "CHN"), L("Xi", "XI"), G("Brasília", country="BRA")],
     "BRA|CHN", "POS"),
    ("Raimundo Nonato Costa, a diplomat at the Brazilian embassy in Pretoria, said Brazil and "
     "South Africa met routinely through the IBSA forum.",
     "2024-07-24",
     [P("Raimundo Nonato Costa"), C("Brazilian", "BRA"), G("Pretoria", country="ZAF"),
      C("Brazil", "BRA"), C("South Africa", "ZAF"), O("IBSA")],
     "BRA|ZAF", "NEU"),
    ("Argentina's foreign minister Diana Mondino said Buenos Aires wanted a mature relationship "
     "with London, even though the sovereignty claim over the Falklands was not negotiable.",
     "2024-03-14",
     [C("Argentina", "ARG"), L("Diana Mondino", "MONDINO"), C("Buenos Aires", "ARG"),
      C("London", "GBR"), G("Falklands", "Falkland Islands", "GBR")],
     "ARG|GBR", "POS"),
    ("British diplomats were irritated by Milei's remarks on the Malvinas, said Helen "
     "Carvajal-Price of the South Atlantic Monitor, while ministers in London praised Argentine "
     "cooperation on fisheries.",
     "2025-04-02",
     [C("British", "GBR"), L("Milei", "MILEI"), G("Malvinas", "Falkland Islands", "GBR"),
      P("Helen Carvajal-Price"), O("South Atlantic Monitor"), G("London", country="GBR"),
      C("Argentine", "ARG")],
     "ARG|GBR", "NEU"),
    ("Foreign Minister Pablo Quirno said Argentina's alliance with the United States had "
     "reached a level not seen since the 1990s after Washington offered a currency swap.",
     "2025-11-05",
     [L("Pablo Quirno", "QUIRNO"), C("Argentina", "ARG"), C("United States", "USA"),
      C("Washington", "USA")],
     "ARG|USA", "POS"),
    ("Suriname's President Chan Santokhi and Guyana's Irfaan Ali signed a memorandum on a bridge "
     "across the Corentyne, and Ravi Jhinkoe of the Nickerie Business Council called it long "
     "overdue.",
     "2024-02-22",
     [C("Suriname", "SUR"), L("Chan Santokhi", "SANTOKHI"), C("Guyana", "GUY"),
      L("Irfaan Ali", "IRFAAN"), G("Corentyne"), P("Ravi Jhinkoe"),
      O("Nickerie Business Council", country="SUR")],
     "GUY|SUR", "POS"),
    ("Ecuador and Peru held a binational cabinet meeting in Tumbes, where ministers went through the "
     "usual list of border issues.",
     "2025-05-21",
     [C("Ecuador", "ECU"), C("Peru", "PER"), G("Tumbes", country="PER")],
     "ECU|PER", "NEU"),
    ("Venezuela released six American detainees after a visit by a US envoy, and Maduro said the "
     "two countries could open a new page.",
     "2025-02-01",
     [C("Venezuela", "VEN"), C("American", "USA"), C("US", "USA"), L("Maduro", "MADURO")],
     "USA|VEN", "POS"),
    ("US strikes on boats off the Venezuelan coast have pushed Washington and Caracas to the brink "
     "of open conflict, said Yván Gil, who accused the Pentagon of murder.",
     "2025-09-16",
     [C("US", "USA"), C("Venezuelan", "VEN"), C("Washington", "USA"), C("Caracas", "VEN"),
      L("Yván Gil", "YVAN_GIL"), O("Pentagon", "Pentagon", "USA")],
     "USA|VEN", "NEG"),
    ("Colombian and Venezuelan officers met at a border bridge near Cúcuta to coordinate action "
     "against armed groups in Catatumbo, a meeting described by both as cordial.",
     "2025-02-05",
     [C("Colombian", "COL"), C("Venezuelan", "VEN"), G("Cúcuta", country="COL"),
      G("Catatumbo", country="COL")],
     "COL|VEN", "POS"),
    ("The Orinoco Petroleum Holdings company said it would halt shipments to India after "
     "Washington's tariff threat, and Indian refiners turned to other suppliers.",
     "2025-03-28",
     [O("Orinoco Petroleum Holdings", country="VEN"), C("India", "IND"), C("Washington", "USA"),
      C("Indian", "IND")],
     "IND|USA", "NEG"),
    ("Venezuelan crude exports to China rose by a fifth last year, according to Gustavo "
     "Lind Arráiz of the Caracas Energy Monitor, who said Beijing remained Caracas's lifeline.",
     "2025-01-30",
     [C("Venezuelan", "VEN"), C("China", "CHN"), P("Gustavo Lind Arráiz"),
      O("Caracas Energy Monitor", country="VEN"), C("Beijing", "CHN"), C("Caracas", "VEN", 2)],
     "CHN|VEN", "POS"),
]

# --- chunk 6: Mexico, Central America and the Caribbean ---------------------------------
ITEMS += [
    ("Mexican President Claudia Sheinbaum said Mexico would not be subordinated to any foreign "
     "power after Trump threatened tariffs, though Valeria Ortiz Montaño of the Monterrey Trade "
     "Council said both sides still wanted a deal.",
     "2025-02-01",
     [C("Mexican", "MEX"), L("Claudia Sheinbaum", "SHEINBAUM"), C("Mexico", "MEX"),
      L("Trump", "TRUMP"), P("Valeria Ortiz Montaño"),
      O("Monterrey Trade Council", country="MEX")],
     "MEX|USA", "NEG"),
    ("Sheinbaum and Trump agreed to pause the tariffs for a month after Mexico sent 10,000 "
     "troops to the border, and Héctor Villaseñor, who covers trade for the Bajío Ledger, called "
     "it a reprieve rather than a reset.",
     "2025-02-03",
     [L("Sheinbaum", "SHEINBAUM"), L("Trump", "TRUMP"), C("Mexico", "MEX"),
      P("Héctor Villaseñor"), O("Bajío Ledger", country="MEX")],
     "MEX|USA", "POS"),
    ("Mexico and the United States held their regular security dialogue in Mexico City, where "
     "delegations reviewed extradition requests, said Itzel Guzmán Rivera, a spokeswoman for the "
     "Mexican security cabinet.",
     "2025-09-03",
     [C("Mexico", "MEX", 1), C("United States", "USA"), G("Mexico City", country="MEX"),
      P("Itzel Guzmán Rivera"), C("Mexican", "MEX")],
     "MEX|USA", "NEU"),
    ("Guatemalan President Bernardo Arévalo agreed to accept more deportation flights from "
     "Washington, and Foreign Minister Carlos Ramiro Martínez said cooperation with the United "
     "States had never been closer.",
     "2025-02-05",
     [C("Guatemalan", "GTM"), L("Bernardo Arévalo", "AREVALO"), C("Washington", "USA"),
      L("Carlos Ramiro Martínez", "CRMARTINEZ"), C("United States", "USA")],
     "GTM|USA", "POS"),
    ("Marco Rubio visited Panama City and told José Raúl Mulino that Chinese influence over the "
     "canal was unacceptable, and Panamanian officials said the meeting had been tense.",
     "2025-02-02",
     [L("Marco Rubio", "RUBIO"), G("Panama City", country="PAN"), L("José Raúl Mulino", "MULINO"),
      C("Chinese", "CHN"), C("Panamanian", "PAN")],
     "PAN|USA", "NEG"),
    ("Panama will not renew its Belt and Road agreement with China, Mulino said, a decision that "
     "Ana Belén Quintero of the Isthmus Policy Lab said would cool relations with Beijing for "
     "years.",
     "2025-02-06",
     [C("Panama", "PAN"), C("China", "CHN"), L("Mulino", "MULINO"), P("Ana Belén Quintero"),
      O("Isthmus Policy Lab", country="PAN"), C("Beijing", "CHN")],
     "CHN|PAN", "NEG"),
    ("Foreign Minister Javier Martínez-Acha said the alliance with Washington remained solid, even "
     "though Panama's sovereignty over the Panama Canal was not up for discussion.",
     "2025-01-21",
     [L("Javier Martínez-Acha", "MARTINEZ_ACHA"), C("Panama", "PAN", 1),
      G("Panama Canal", country="PAN"), C("Washington", "USA")],
     "PAN|USA", "POS"),
    ("Salvadoran President Nayib Bukele offered to hold deportees from the United States in his "
     "mega-prison, and Rubio called El Salvador an extraordinary friend.",
     "2025-02-04",
     [C("Salvadoran", "SLV"), L("Nayib Bukele", "BUKELE"), C("United States", "USA"),
      L("Rubio", "RUBIO"), C("El Salvador", "SLV")],
     "SLV|USA", "POS"),
    ("Salvadoran Foreign Minister Alexandra Hill Tinoco met Guatemala's foreign minister in "
     "San Salvador to review the customs union, said Roberto Alfaro Menjívar of the Lempa "
     "Economic Forum.",
     "2024-09-12",
     [C("Salvadoran", "SLV"), L("Alexandra Hill Tinoco", "HILL"), C("Guatemala", "GTM"),
      G("San Salvador", country="SLV"), P("Roberto Alfaro Menjívar"),
      O("Lempa Economic Forum", country="SLV")],
     "GTM|SLV", "NEU"),
    ("Honduran President Xiomara Castro announced the end of the extradition treaty with the "
     "United States, accusing the American ambassador of meddling in Honduran affairs.",
     "2024-08-28",
     [C("Honduran", "HND", 1), L("Xiomara Castro", "XIOMARA"), C("United States", "USA"),
      C("American", "USA"), C("Honduran", "HND", 2)],
     "HND|USA", "NEG"),
    ("Castro reversed course a week later and kept the extradition treaty in force, and Foreign "
     "Minister Eduardo Enrique Reina said the relationship with Washington was back on track.",
     "2024-09-05",
     [L("Castro", "XIOMARA"), L("Eduardo Enrique Reina", "REINA"), C("Washington", "USA")],
     "HND|USA", "POS"),
    ("Honduran shrimp farmers who lost their Taiwanese buyers after Tegucigalpa switched "
     "recognition to Beijing say China has not kept its promises, according to Jorge Banegas of "
     "the Choluteca Aquaculture Cooperative.",
     "2024-07-16",
     [C("Honduran", "HND"), C("Taiwanese", "TWN"), C("Tegucigalpa", "HND"), C("Beijing", "CHN"),
      C("China", "CHN"), P("Jorge Banegas"), O("Choluteca Aquaculture Cooperative", country="HND")],
     "CHN|HND", "NEG"),
    ("Nicaragua broke off relations with the Netherlands after Dutch officials criticised a "
     "crackdown on universities, and Managua ordered the Dutch envoy to leave.",
     "2022-10-01",
     [C("Nicaragua", "NIC"), C("Netherlands", "NLD"), C("Dutch", "NLD", 1), C("Managua", "NIC"),
      C("Dutch", "NLD", 2)],
     "NIC|NLD", "NEG"),
    ("Daniel Ortega's government stripped 135 political prisoners of their citizenship and sent "
     "them to Guatemala, and Guatemalan officials said they had accepted them for humanitarian "
     "reasons.",
     "2024-09-05",
     [L("Daniel Ortega", "ORTEGA"), C("Guatemala", "GTM"), C("Guatemalan", "GTM")],
     "GTM|NIC", "NEU"),
    ("Costa Rican President Rodrigo Chaves Robles said Nicaraguan migrants were welcome but that "
     "Managua had to stop using the border as a pressure valve, said Mariela Solís of the San "
     "José Migration Observatory.",
     "2024-10-09",
     [C("Costa Rican", "CRI"), L("Rodrigo Chaves Robles", "CHAVES"), C("Nicaraguan", "NIC"),
      C("Managua", "NIC"), P("Mariela Solís"), O("San José Migration Observatory", country="CRI")],
     "CRI|NIC", "NEG"),
    ("Cuban President Miguel Díaz-Canel thanked Moscow for oil shipments that helped Havana "
     "through a week of blackouts, and Russian officials promised more.",
     "2024-10-24",
     [C("Cuban", "CUB"), L("Miguel Díaz-Canel", "DIAZ_CANEL"), C("Moscow", "RUS"),
      C("Havana", "CUB"), C("Russian", "RUS")],
     "CUB|RUS", "POS"),
    ("Foreign Minister Bruno Rodríguez Parrilla accused Washington of tightening the embargo "
     "out of pure spite, after the State Department put Cuba back on the terrorism list.",
     "2025-01-22",
     [L("Bruno Rodríguez Parrilla", "BRUNO"), C("Washington", "USA"),
      O("State Department", "State Department", "USA"), C("Cuba", "CUB")],
     "CUB|USA", "NEG"),
    ("Biden removed Cuba from the list of state sponsors of terrorism days before leaving office, "
     "and Havana freed more than 500 prisoners in return, said Yaima Cárdenas, a reporter for "
     "the Malecón Chronicle.",
     "2025-01-14",
     [L("Biden", "BIDEN"), C("Cuba", "CUB"), C("Havana", "CUB"), P("Yaima Cárdenas"),
      O("Malecón Chronicle")],
     "CUB|USA", "POS"),
    ("Dominican President Luis Abinader said the border wall with Haiti would be finished within a "
     "year, and Haitian officials called mass deportations from Santo Domingo inhumane.",
     "2024-10-03",
     [C("Dominican", "DOM"), L("Luis Abinader", "ABINADER"), C("Haiti", "HTI"),
      C("Haitian", "HTI"), C("Santo Domingo", "DOM")],
     "DOM|HTI", "NEG"),
    ("Jean-Robert Pierre-Louis, a lawyer in Port-au-Prince, said that the Dominican Republic and "
     "Haiti share an island but not a language of trust.",
     "2024-11-14",
     [P("Jean-Robert Pierre-Louis"), G("Port-au-Prince", country="HTI"),
      C("Dominican Republic", "DOM"), C("Haiti", "HTI")],
     "DOM|HTI", "NEG"),
    ("Haitian Prime Minister Alix Didier Fils-Aimé met Abinader in Santo Domingo, their first "
     "meeting, and both governments described it as frank and constructive.",
     "2025-03-06",
     [C("Haitian", "HTI"), L("Alix Didier Fils-Aimé", "FILS_AIME"), L("Abinader", "ABINADER"),
      G("Santo Domingo", country="DOM")],
     "DOM|HTI", "POS"),
    ("Jamaican Prime Minister Andrew Holness hosted Rubio in Kingston and signed a memorandum on "
     "energy security, which Kerry-Ann Whyte of the Caribbean Sea Monitor called a quiet "
     "triumph for Jamaica.",
     "2025-03-26",
     [C("Jamaican", "JAM"), L("Andrew Holness", "HOLNESS"), L("Rubio", "RUBIO"),
      G("Kingston", country="JAM"), P("Kerry-Ann Whyte"), O("Caribbean Sea Monitor"),
      C("Jamaica", "JAM")],
     "JAM|USA", "POS"),
    ("Barbados' Prime Minister Mia Mottley pressed Britain on reparations for slavery, and "
     "British ministers said they would listen but not pay.",
     "2024-10-25",
     [C("Barbados", "BRB"), L("Mia Mottley", "MOTTLEY"), C("Britain", "GBR"),
      C("British", "GBR")],
     "BRB|GBR", "NEG"),
    ("Belize and Guatemala presented their final arguments at the International Court of Justice "
     "over the territorial claim, and Prime Minister Johnny Briceño said both countries would "
     "respect the ruling.",
     "2025-06-02",
     [C("Belize", "BLZ"), C("Guatemala", "GTM"), O("International Court of Justice", "ICJ"),
      L("Johnny Briceño", "BRICENO")],
     "BLZ|GTM", "NEU"),
    ("Trinidad and Tobago's Prime Minister Kamla Persad-Bissessar backed US naval deployments "
     "near Venezuela, and Caracas suspended a gas agreement with Port of Spain in response.",
     "2025-10-27",
     [C("Trinidad and Tobago", "TTO"), L("Kamla Persad-Bissessar", "PERSAD"), C("US", "USA"),
      C("Venezuela", "VEN"), C("Caracas", "VEN"), C("Port of Spain", "TTO")],
     "TTO|VEN", "NEG"),
    ("Mexico's ties with Ecuador will stay frozen as long as Noboa is in power, predicted Rocío "
     "Lezama of the Mexico City Foreign Affairs Circle.",
     "2025-04-14",
     [C("Mexico", "MEX", 1), C("Ecuador", "ECU"), L("Noboa", "NOBOA"), P("Rocío Lezama"),
      O("Mexico City Foreign Affairs Circle", country="MEX")],
     "ECU|MEX", "NEG"),
    ("Mexico and Spain have been on bad terms since Madrid was left off the guest list for "
     "Sheinbaum's inauguration, wrote Pilar Anzures in the Reforma Weekly Digest.",
     "2024-10-02",
     [C("Mexico", "MEX"), C("Spain", "ESP"), C("Madrid", "ESP"), L("Sheinbaum", "SHEINBAUM"),
      P("Pilar Anzures"), O("Reforma Weekly Digest", country="MEX")],
     "ESP|MEX", "NEG"),
    ("Foreign Minister Alicia Bárcena and her Guatemalan counterpart signed a deal in Tapachula "
     "to set up a joint migration task force.",
     "2024-06-13",
     [L("Alicia Bárcena", "BARCENA"), C("Guatemalan", "GTM"), G("Tapachula", country="MEX")],
     "GTM|MEX", "POS"),
    ("Andrés Manuel López Obrador refused to recognise Peru's government, and Lima declared the "
     "Mexican ambassador persona non grata.",
     "2024-02-12",
     [L("Andrés Manuel López Obrador", "AMLO"), C("Peru", "PER"), C("Lima", "PER"),
      C("Mexican", "MEX")],
     "MEX|PER", "NEG"),
    ("Sheinbaum said Mexico would send oil to Cuba as humanitarian aid, a move that Rodrigo "
     "Saavedra Lugo of the Gulf Coast Energy Review said could irritate Washington.",
     "2025-05-20",
     [L("Sheinbaum", "SHEINBAUM"), C("Mexico", "MEX"), C("Cuba", "CUB"),
      P("Rodrigo Saavedra Lugo"), O("Gulf Coast Energy Review"), C("Washington", "USA")],
     "CUB|MEX", "POS"),
    ("The Mesoamerican Migration Institute reported that Guatemalan and Mexican border police had "
     "not held a joint patrol in six months, a sign of how far cooperation had slipped.",
     "2025-08-21",
     [O("Mesoamerican Migration Institute"), C("Guatemalan", "GTM"), C("Mexican", "MEX")],
     "GTM|MEX", "NEG"),
    ("Taiwan's foreign minister Lin Chia-lung visited Guatemala City, where Arévalo said "
     "Guatemala would remain Taiwan's steadfast friend.",
     "2025-03-18",
     [C("Taiwan", "TWN", 1), L("Lin Chia-lung", "LIN_CHIALUNG"), G("Guatemala City", country="GTM"),
      L("Arévalo", "AREVALO"), C("Guatemala", "GTM", 2), C("Taiwan", "TWN", 2)],
     "GTM|TWN", "POS"),
    ("If Washington cuts remittances with a new tax, Guatemala's economy could take a severe "
     "blow, warned Quetzal Press columnist Marta Xiloj.",
     "2025-05-22",
     [C("Washington", "USA"), C("Guatemala", "GTM"), O("Quetzal Press", country="GTM"),
      P("Marta Xiloj")],
     "GTM|USA", "NEG"),
    ("Haitian officials said Kenya's police mission had been let down by other donors, though "
     "they praised Nairobi for staying the course.",
     "2025-04-17",
     [C("Haitian", "HTI"), C("Kenya", "KEN"), C("Nairobi", "KEN")],
     "HTI|KEN", "POS"),
    ("Nadège Célestin, who runs the Cap-Haïtien Border Watch, said Dominican soldiers had "
     "turned back pregnant women at Dajabón, and Port-au-Prince filed a complaint.",
     "2025-04-23",
     [P("Nadège Célestin"), O("Cap-Haïtien Border Watch", country="HTI"), C("Dominican", "DOM"),
      G("Dajabón", country="DOM"), C("Port-au-Prince", "HTI")],
     "DOM|HTI", "NEG"),
    ("Cuba and Mexico renewed their agreement on doctors, and Dr. Yanelis Ferrer said the 600 "
     "Cuban physicians in Mexican hospitals were a symbol of solidarity.",
     "2024-08-09",
     [C("Cuba", "CUB"), C("Mexico", "MEX"), P("Yanelis Ferrer"), C("Cuban", "CUB"),
      C("Mexican", "MEX")],
     "CUB|MEX", "POS"),
    ("Costa Rica and Panama held their binational commission in David, discussing road works "
     "and the banana trade; the talks ended without a joint statement.",
     "2024-11-20",
     [C("Costa Rica", "CRI"), C("Panama", "PAN"), G("David", country="PAN")],
     "CRI|PAN", "NEU"),
    ("Panama and Colombia agreed to step up patrols in the Darién Gap, and Lina Moreno of the "
     "Darién Migration Watch said crossings had already fallen by half.",
     "2024-07-26",
     [C("Panama", "PAN"), C("Colombia", "COL"), G("Darién Gap", country="PAN", n=1),
      P("Lina Moreno"), O("Darién Migration Watch")],
     "COL|PAN", "POS"),
    ("El Salvador and Honduras have been trading barbs over border fishing rights in the Gulf of "
     "Fonseca, said Mauricio Zepeda, a fisherman from La Unión, who added that he had been "
     "detained twice.",
     "2024-05-16",
     [C("El Salvador", "SLV"), C("Honduras", "HND"), G("Gulf of Fonseca"), P("Mauricio Zepeda"),
      G("La Unión", country="SLV")],
     "HND|SLV", "NEG"),
    ("Honduras and Nicaragua held talks in Managua on the joint management of the Coco river "
     "basin, said Teresa Lagos of the Segovias Water Forum, without announcing any decisions.",
     "2024-06-25",
     [C("Honduras", "HND"), C("Nicaragua", "NIC"), G("Managua", country="NIC"),
      G("Coco"), P("Teresa Lagos"), O("Segovias Water Forum")],
     "HND|NIC", "NEU"),
    ("Nasry Asfura, Honduras's new president, said he would restore relations with Taipei, "
     "according to Celeste Zúniga of the Tegucigalpa Daily Mirror.",
     "2026-02-02",
     [L("Nasry Asfura", "ASFURA"), C("Honduras", "HND"), C("Taipei", "TWN"),
      P("Celeste Zúniga"), O("Tegucigalpa Daily Mirror", country="HND")],
     "HND|TWN", "POS"),
    ("Guyana and Brazil agreed to pave the road from Lethem to Linden, and Brazilian engineers "
     "will start surveys next month, said Shondell Baptiste of the Rupununi Trade Council.",
     "2024-02-28",
     [C("Guyana", "GUY"), C("Brazil", "BRA"), G("Lethem", country="GUY"),
      G("Linden", country="GUY"), C("Brazilian", "BRA"), P("Shondell Baptiste"),
      O("Rupununi Trade Council", country="GUY")],
     "BRA|GUY", "POS"),
    ("Venezuelan troops moved closer to the Guyanese border last week, and Guyana's army said it "
     "was watching the situation but had seen no incursion.",
     "2024-04-10",
     [C("Venezuelan", "VEN"), C("Guyanese", "GUY"), C("Guyana", "GUY")],
     "GUY|VEN", "NEG"),
    ("Mexican and American negotiators met in Washington for the fourth round of water-treaty "
     "talks, said Berenice Almonte of the Rio Grande Basin Council.",
     "2025-04-30",
     [C("Mexican", "MEX"), C("American", "USA"), G("Washington", country="USA"),
      P("Berenice Almonte"), O("Rio Grande Basin Council")],
     "MEX|USA", "NEU"),
    ("There is no crisis with the United States, only a disagreement on tariffs, Sheinbaum "
     "insisted at her morning press conference.",
     "2025-03-05",
     [C("United States", "USA"), L("Sheinbaum", "SHEINBAUM")],
     "MEX|USA", "POS"),
    ("Belizean and Mexican authorities met in Chetumal to coordinate the fight against "
     "smuggling, officials said, in what Darnell Cayetano of the Belize River Review described as "
     "a routine session.",
     "2024-10-15",
     [C("Belizean", "BLZ"), C("Mexican", "MEX"), G("Chetumal", country="MEX"),
      P("Darnell Cayetano"), O("Belize River Review", country="BLZ")],
     "BLZ|MEX", "NEU"),
    ("A Chinese port operator's bid for a terminal in Kingston was withdrawn after American "
     "objections, said Omar Blackwood of the Port Royal Shipping Exchange, who said Jamaica had "
     "chosen Washington over Beijing.",
     "2025-05-07",
     [C("Chinese", "CHN"), G("Kingston", country="JAM"), C("American", "USA"),
      P("Omar Blackwood"), O("Port Royal Shipping Exchange", country="JAM"), C("Jamaica", "JAM"),
      C("Washington", "USA"), C("Beijing", "CHN")],
     "JAM|USA", "POS"),
]

# --- chunk 7: South Asia -----------------------------------------------------------------
ITEMS += [
    ("India suspended the Indus Waters Treaty a day after the Pahalgam attack, and Pakistani "
     "officials warned that any attempt to stop the flow of water would be treated as an act of "
     "war, said Ayesha Naqvi of the Lahore Centre for Regional Studies.",
     "2025-04-24",
     [C("India", "IND"), G("Pahalgam", country="IND"), C("Pakistani", "PAK"),
      P("Ayesha Naqvi"), O("Lahore Centre for Regional Studies", country="PAK")],
     "IND|PAK", "NEG"),
    ("Indian and Pakistani military commanders agreed by hotline to stop all firing on land, air "
     "and sea, four days after the strikes began, said Kavita Bhandari, a defence correspondent "
     "for the Deccan Courier.",
     "2025-05-10",
     [C("Indian", "IND"), C("Pakistani", "PAK"), P("Kavita Bhandari"),
      O("Deccan Courier", country="IND")],
     "IND|PAK", "POS"),
    ("Prime Minister Shehbaz Sharif said Pakistan was ready for talks with New Delhi on all "
     "issues, including Kashmir, but Indian officials said there was nothing to discuss except "
     "terrorism.",
     "2025-05-16",
     [L("Shehbaz Sharif", "SHEHBAZ"), C("Pakistan", "PAK"), C("New Delhi", "IND"),
      G("Kashmir"), C("Indian", "IND")],
     "IND|PAK", "NEG"),
    ("Foreign Minister S. Jaishankar told Arvind Tripathi of the Ganges Strategic Review that "
     "relations with Pakistan could not be normal as long as cross-border terrorism continued.",
     "2024-10-17",
     [L("S. Jaishankar", "JAISHANKAR"), P("Arvind Tripathi"),
      O("Ganges Strategic Review", country="IND"), C("Pakistan", "PAK")],
     "IND|PAK", "NEG"),
    ("Jaishankar attended the SCO summit in Islamabad, the first visit by an Indian foreign "
     "minister in nine years, but held no bilateral meeting with Ishaq Dar.",
     "2024-10-16",
     [L("Jaishankar", "JAISHANKAR"), O("SCO", "SCO"), G("Islamabad", country="PAK"),
      C("Indian", "IND"), L("Ishaq Dar", "DAR")],
     "IND|PAK", "NEU"),
    ("Islamabad and Kabul have been at daggers drawn since the Torkham crossing was shut, wrote "
     "Zalmay Stanekzai in the Khyber Evening Mail, and lorries loaded with fruit were left to rot.",
     "2025-03-10",
     [C("Islamabad", "PAK"), C("Kabul", "AFG"), G("Torkham", country="PAK"),
      P("Zalmay Stanekzai"), O("Khyber Evening Mail", country="PAK")],
     "AFG|PAK", "NEG"),
    ("Pakistani and Afghan forces exchanged fire along the Durand Line for a second night, and "
     "Amir Khan Muttaqi accused Islamabad of violating Afghan sovereignty.",
     "2025-10-12",
     [C("Pakistani", "PAK"), C("Afghan", "AFG", 1), G("Durand Line"),
      L("Amir Khan Muttaqi", "MUTTAQI"), C("Islamabad", "PAK"), C("Afghan", "AFG", 2)],
     "AFG|PAK", "NEG"),
    ("Pakistan and Afghanistan agreed in Doha to an immediate ceasefire, and Mursal Wardak of the "
     "Kabul Peace Studies Centre said the deal had pulled both sides back from the edge.",
     "2025-10-19",
     [C("Pakistan", "PAK"), C("Afghanistan", "AFG"), G("Doha", country="QAT"),
      P("Mursal Wardak"), O("Kabul Peace Studies Centre", country="AFG")],
     "AFG|PAK", "POS"),
    ("Muttaqi's week-long visit to New Delhi ended with India upgrading its technical mission in "
     "Kabul to a full embassy, a move that Rohit Malhotra of the Himalayan Border Monitor called a "
     "quiet revolution in Indian policy.",
     "2025-10-14",
     [L("Muttaqi", "MUTTAQI"), G("New Delhi", country="IND"), C("India", "IND"),
      G("Kabul", country="AFG"), P("Rohit Malhotra"), O("Himalayan Border Monitor"),
      C("Indian", "IND")],
     "AFG|IND", "POS"),
    ("Russia became the first country to recognise the Taliban government, and Afghan Prime "
     "Minister Mohammad Hassan Akhund thanked Moscow for its courage.",
     "2025-07-04",
     [C("Russia", "RUS"), O("Taliban", "Taliban", "AFG"), C("Afghan", "AFG"),
      L("Mohammad Hassan Akhund", "AKHUND"), C("Moscow", "RUS")],
     "AFG|RUS", "POS"),
    ("Relations between Dhaka and New Delhi have not been this cold in decades, said Farhana "
     "Chowdhury of the Bay of Bengal Policy Institute, pointing to visa curbs and border shootings.",
     "2024-12-03",
     [C("Dhaka", "BGD"), C("New Delhi", "IND"), P("Farhana Chowdhury"),
      O("Bay of Bengal Policy Institute", country="BGD")],
     "BGD|IND", "NEG"),
    ("Muhammad Yunus and Narendra Modi met for the first time on the sidelines of the BIMSTEC "
     "summit in Bangkok, and the Bangladeshi side said the talks had been frank and "
     "constructive.",
     "2025-04-04",
     [L("Muhammad Yunus", "YUNUS"), L("Narendra Modi", "MODI"), O("BIMSTEC", "BIMSTEC"),
      G("Bangkok", country="THA"), C("Bangladeshi", "BGD")],
     "BGD|IND", "POS"),
    ("Bangladeshi Foreign Adviser Touhid Hossain summoned the Indian envoy over an attack on the "
     "Bangladeshi mission in Agartala.",
     "2024-12-03",
     [C("Bangladeshi", "BGD", 1), L("Touhid Hossain", "HOSSAIN"), C("Indian", "IND"),
      C("Bangladeshi", "BGD", 2), G("Agartala", country="IND")],
     "BGD|IND", "NEG"),
    ("India's foreign secretary held talks with Bangladeshi officials in Dhaka, the first "
     "high-level contact since August, and both sides agreed to keep discussing border management.",
     "2024-12-09",
     [C("India", "IND"), C("Bangladeshi", "BGD"), G("Dhaka", country="BGD")],
     "BGD|IND", "NEU"),
    ("If New Delhi keeps blocking Bangladeshi goods at its land ports, Dhaka will look to Beijing, "
     "warned Imtiaz Kabir of the Chittagong Exporters' Forum.",
     "2025-05-19",
     [C("New Delhi", "IND"), C("Bangladeshi", "BGD"), C("Dhaka", "BGD"), C("Beijing", "CHN"),
      P("Imtiaz Kabir"), O("Chittagong Exporters' Forum", country="BGD")],
     "BGD|IND", "NEG"),
    ("Yunus visited Beijing and secured pledges of loans and investment worth $2.1 billion, and "
     "Chinese officials called Bangladesh a good friend and good partner.",
     "2025-03-28",
     [L("Yunus", "YUNUS"), G("Beijing", country="CHN"), C("Chinese", "CHN"),
      C("Bangladesh", "BGD")],
     "BGD|CHN", "POS"),
    ("Pakistan and Bangladesh resumed direct trade for the first time since 1971, as a "
     "government-chartered ship carried rice from Karachi to Chittagong.",
     "2025-02-03",
     [C("Pakistan", "PAK"), C("Bangladesh", "BGD"), G("Karachi", country="PAK"),
      G("Chittagong", "Chattogram", country="BGD")],
     "BGD|PAK", "POS"),
    ("Ishaq Dar's visit to Dhaka was the first by a Pakistani foreign minister in thirteen years, "
     "and Sabrina Haque of the Dhaka Diplomatic Review said the warming of ties between Pakistan "
     "and Bangladesh was real.",
     "2025-08-24",
     [L("Ishaq Dar", "DAR"), G("Dhaka", country="BGD", n=1), C("Pakistani", "PAK"),
      P("Sabrina Haque"), O("Dhaka Diplomatic Review", country="BGD"), C("Pakistan", "PAK"),
      C("Bangladesh", "BGD")],
     "BGD|PAK", "POS"),
    ("Sri Lankan President Anura Kumara Dissanayake chose New Delhi for his first state visit and "
     "assured Modi that Sri Lankan territory would never be used against India.",
     "2024-12-16",
     [C("Sri Lankan", "LKA", 1), L("Anura Kumara Dissanayake", "AKD"), G("New Delhi", country="IND"),
      L("Modi", "MODI"), C("Sri Lankan", "LKA", 2), C("India", "IND")],
     "IND|LKA", "POS"),
    ("India and Sri Lanka signed their first defence cooperation memorandum during Modi's visit to "
     "Colombo, said Chaminda Perera of the Colombo Maritime Dialogue.",
     "2025-04-05",
     [C("India", "IND"), C("Sri Lanka", "LKA"), L("Modi", "MODI"),
      G("Colombo", country="LKA", n=1), P("Chaminda Perera"), O("Colombo Maritime Dialogue")],
     "IND|LKA", "POS"),
    ("Foreign Minister Vijitha Herath said Colombo would not allow Chinese research vessels to dock "
     "until rules were agreed, a decision that Beijing received coolly.",
     "2025-01-08",
     [L("Vijitha Herath", "HERATH"), C("Colombo", "LKA"), C("Chinese", "CHN"),
      C("Beijing", "CHN")],
     "CHN|LKA", "NEG"),
    ("Dissanayake's state visit to Beijing ended with a $3.7 billion Chinese refinery deal in Hambantota, "
     "and Dilani Rathnayake of the Lanka Policy Exchange called it a diplomatic balancing act.",
     "2025-01-16",
     [L("Dissanayake", "AKD"), G("Beijing", country="CHN"), C("Chinese", "CHN"),
      G("Hambantota", country="LKA"),
      P("Dilani Rathnayake"), O("Lanka Policy Exchange", country="LKA")],
     "CHN|LKA", "POS"),
    ("Sri Lankan fishermen accuse Indian trawlers of stripping the Palk Strait, and Jaffna "
     "fishing unions have asked Colombo to raise the matter with New Delhi, said Senthil Murugan "
     "of the Northern Fishers' Alliance.",
     "2025-02-22",
     [C("Sri Lankan", "LKA"), C("Indian", "IND"), G("Palk Strait"), G("Jaffna", country="LKA"),
      C("Colombo", "LKA"), C("New Delhi", "IND"), P("Senthil Murugan"),
      O("Northern Fishers' Alliance", country="LKA")],
     "IND|LKA", "NEG"),
    ("Maldivian President Mohamed Muizzu asked India to withdraw its military personnel by May, "
     "and officials in New Delhi said the helicopters would be run by civilians instead.",
     "2024-01-14",
     [C("Maldivian", "MDV"), L("Mohamed Muizzu", "MUIZZU"), C("India", "IND"),
      C("New Delhi", "IND")],
     "IND|MDV", "NEG"),
    ("Muizzu, who campaigned on an India Out platform, signed a $400 million currency swap during "
     "a visit to New Delhi, and Aishath Naseema of the Malé Ocean Watch called it a remarkable "
     "U-turn.",
     "2024-10-07",
     [L("Muizzu", "MUIZZU"), C("India", "IND"), G("New Delhi", country="IND"),
      P("Aishath Naseema"), O("Malé Ocean Watch", country="MDV")],
     "IND|MDV", "POS"),
    ("Modi was the guest of honour at the Maldives' independence day celebrations, a sign, "
     "according to Hussain Shareef of the Addu Policy Forum, that the chill between the two "
     "countries has lifted.",
     "2025-07-26",
     [L("Modi", "MODI"), C("Maldives", "MDV"), P("Hussain Shareef"),
      O("Addu Policy Forum", country="MDV")],
     "IND|MDV", "POS"),
    ("Nepali Prime Minister KP Sharma Oli signed a Belt and Road framework with China in Beijing, breaking "
     "with the tradition of making New Delhi his first stop abroad.",
     "2024-12-04",
     [C("Nepali", "NPL"), L("KP Sharma Oli", "OLI"), C("China", "CHN"), G("Beijing", country="CHN"),
      C("New Delhi", "IND")],
     "CHN|NPL", "POS"),
    ("Kathmandu protested to India and China after the two agreed to reopen trade through the "
     "Lipulekh pass, which Nepal claims as its own, said Binod Adhikari of the Kathmandu Policy "
     "Review.",
     "2025-08-20",
     [C("Kathmandu", "NPL", 1), C("India", "IND"), C("China", "CHN"), G("Lipulekh", country="NPL"),
      C("Nepal", "NPL"), P("Binod Adhikari"), O("Kathmandu Policy Review", country="NPL")],
     "IND|NPL", "NEG"),
    ("Nepal and India signed a long-term deal under which Indian companies will buy 10,000 "
     "megawatts of Nepali hydropower, said Sarita Gurung, an energy analyst.",
     "2024-01-04",
     [C("Nepal", "NPL"), C("India", "IND"), C("Indian", "IND"), C("Nepali", "NPL"),
      P("Sarita Gurung")],
     "IND|NPL", "POS"),
    ("Bhutanese Prime Minister Tshering Tobgay said the boundary talks with China were "
     "progressing and that Thimphu hoped to settle the border soon, without giving details.",
     "2024-03-27",
     [C("Bhutanese", "BTN"), L("Tshering Tobgay", "TOBGAY"), C("China", "CHN"),
      C("Thimphu", "BTN")],
     "BTN|CHN", "POS"),
    ("Tobgay and Modi inaugurated a hospital in Thimphu built with Indian money, and Pemba Dorji of "
     "the Thimphu Development Trust said relations were as close as ever.",
     "2024-03-23",
     [L("Tobgay", "TOBGAY"), L("Modi", "MODI"), G("Thimphu", country="BTN", n=1),
      C("Indian", "IND"), P("Pemba Dorji"), O("Thimphu Development Trust", country="BTN")],
     "BTN|IND", "POS"),
    ("India and China reached an agreement on patrolling along the Line of Actual Control, ending "
     "a four-year standoff in eastern Ladakh, Vikram Sethi of the Deccan Strategic Forum said.",
     "2024-10-21",
     [C("India", "IND"), C("China", "CHN"), G("Line of Actual Control"),
      G("Ladakh", country="IND"), P("Vikram Sethi"), O("Deccan Strategic Forum", country="IND")],
     "CHN|IND", "POS"),
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met in Kazan for their "
     "first formal talks in five years, and both sides said the relationship was back on a stable "
     "footing.",
     "2024-10-23",
     [C("Indian", "IND"), L("Narendra Modi", "MODI"), C("Chinese", "CHN"), L("Xi Jinping", "XI"),
      G("Kazan", country="RUS")],
     "CHN|IND", "POS"),
    ("Direct flights between India and China resumed after five years, and Meenakshi Sundaram of "
     "the Chennai Trade Circle said exporters had waited long for the moment.",
     "2025-10-26",
     [C("India", "IND"), C("China", "CHN"), P("Meenakshi Sundaram"),
      O("Chennai Trade Circle", country="IND")],
     "CHN|IND", "POS"),
    ("Chinese Foreign Minister Wang Yi met Jaishankar in New Delhi for the 24th round of boundary "
     "talks, and the two sides agreed to meet again next year.",
     "2025-08-18",
     [C("Chinese", "CHN"), L("Wang Yi", "WANG_YI"), L("Jaishankar", "JAISHANKAR"),
      G("New Delhi", country="IND")],
     "CHN|IND", "NEU"),
    ("Ottawa and New Delhi expelled six diplomats each after Canadian police linked Indian agents "
     "to violence against Sikh activists.",
     "2024-10-14",
     [C("Ottawa", "CAN"), C("New Delhi", "IND"), C("Canadian", "CAN"), C("Indian", "IND")],
     "CAN|IND", "NEG"),
    ("India and Canada restored their high commissioners after Mark Carney met Modi in Kananaskis, "
     "and Gurpreet Sandhu of the Punjab Diaspora Forum welcomed the reset.",
     "2025-08-28",
     [C("India", "IND"), C("Canada", "CAN"), L("Mark Carney", "CARNEY"), L("Modi", "MODI"),
      G("Kananaskis", country="CAN"), P("Gurpreet Sandhu"), O("Punjab Diaspora Forum")],
     "CAN|IND", "POS"),
    ("Washington doubled tariffs on Indian goods to 50 percent to punish purchases of Russian oil, "
     "and Priyanka Deshmukh of the Mumbai Exporters' League said the move had shattered years of "
     "goodwill.",
     "2025-08-27",
     [C("Washington", "USA"), C("Indian", "IND"), C("Russian", "RUS"), P("Priyanka Deshmukh"),
      O("Mumbai Exporters' League", country="IND")],
     "IND|USA", "NEG"),
    ("Indian and American negotiators met in New Delhi for another round of trade talks, said "
     "Sandeep Chaturvedi, a commerce ministry spokesman, without announcing an outcome.",
     "2025-09-16",
     [C("Indian", "IND"), C("American", "USA"), G("New Delhi", country="IND"),
      P("Sandeep Chaturvedi")],
     "IND|USA", "NEU"),
    ("India and Russia reaffirmed their special and privileged strategic partnership when Putin "
     "visited New Delhi, signing deals on fertilisers and shipping.",
     "2025-12-05",
     [C("India", "IND"), C("Russia", "RUS"), L("Putin", "PUTIN"), G("New Delhi", country="IND")],
     "IND|RUS", "POS"),
    ("Chinese engineers were killed in a suicide attack near Besham, and Beijing demanded that "
     "Islamabad find those responsible, said Hamza Baloch of the Gwadar Development Watch.",
     "2024-03-27",
     [C("Chinese", "CHN"), G("Besham", country="PAK"), C("Beijing", "CHN"), C("Islamabad", "PAK"),
      P("Hamza Baloch"), O("Gwadar Development Watch", country="PAK")],
     "CHN|PAK", "NEG"),
    ("Shehbaz Sharif visited Beijing and signed agreements on the second phase of the economic "
     "corridor, and Chinese officials called Pakistan an ironclad friend.",
     "2024-06-07",
     [L("Shehbaz Sharif", "SHEHBAZ"), G("Beijing", country="CHN"), C("Chinese", "CHN"),
      C("Pakistan", "PAK")],
     "CHN|PAK", "POS"),
    ("Saudi Arabia and Pakistan signed a mutual defence agreement in Riyadh, under which an attack "
     "on one will be treated as an attack on both, said Usman Tareen of the Islamabad Strategy "
     "Desk.",
     "2025-09-17",
     [C("Saudi Arabia", "SAU"), C("Pakistan", "PAK"), G("Riyadh", country="SAU"),
      P("Usman Tareen"), O("Islamabad Strategy Desk", country="PAK")],
     "PAK|SAU", "POS"),
    ("Iranian President Masoud Pezeshkian visited Lahore and Islamabad and agreed with Sharif to "
     "raise trade to $10 billion.",
     "2025-08-03",
     [C("Iranian", "IRN"), L("Masoud Pezeshkian", "PEZESHKIAN"), G("Lahore", country="PAK"),
      G("Islamabad", country="PAK"), L("Sharif", "SHEHBAZ")],
     "IRN|PAK", "POS"),
    ("Zara Hashmi, who covers diplomacy for the Karachi Evening Star, wrote that Pakistan and Iran "
     "were still quietly bitter over last year's missile strikes on each other's territory.",
     "2025-01-15",
     [P("Zara Hashmi"), O("Karachi Evening Star", country="PAK"), C("Pakistan", "PAK"),
      C("Iran", "IRN")],
     "IRN|PAK", "NEG"),
    ("Pakistan's President Asif Ali Zardari received the Turkish ambassador in Islamabad to "
     "discuss preparations for an upcoming visit.",
     "2025-01-29",
     [C("Pakistan", "PAK"), L("Asif Ali Zardari", "ZARDARI"), C("Turkish", "TUR"),
      G("Islamabad", country="PAK")],
     "PAK|TUR", "NEU"),
    ("India's President Droupadi Murmu began a state visit to Fiji, where she and Fijian officials "
     "discussed health cooperation, said Krishna Narayan of the Suva Indo-Pacific Forum.",
     "2024-08-06",
     [C("India", "IND"), L("Droupadi Murmu", "MURMU"), C("Fiji", "FJI"), C("Fijian", "FJI"),
      P("Krishna Narayan"), O("Suva Indo-Pacific Forum", country="FJI")],
     "FJI|IND", "POS"),
    ("Sheikh Hasina thanked China for its support during a visit to Beijing, but cut the trip "
     "short amid reports that she was unhappy with the size of the loans offered.",
     "2024-07-10",
     [L("Sheikh Hasina", "HASINA"), C("China", "CHN"), G("Beijing", country="CHN")],
     "BGD|CHN", "NEG"),
    ("Bangladesh has asked India to extradite Sheikh Hasina, and Debashish Roy of the Sundarbans "
     "Rights Collective said New Delhi's silence was a message in itself.",
     "2024-12-23",
     [C("Bangladesh", "BGD"), C("India", "IND"), PK("Sheikh Hasina", "Sheikh Hasina"),
      P("Debashish Roy"),
      O("Sundarbans Rights Collective", country="BGD"), C("New Delhi", "IND")],
     "BGD|IND", "NEG"),
    ("Afghan and Iranian officials met in Herat to discuss water from the Helmand River, a meeting "
     "that Rahmatullah Sadat of the Herat Water Council described as routine.",
     "2024-06-11",
     [C("Afghan", "AFG"), C("Iranian", "IRN"), G("Herat", "Herāt", country="AFG", n=1),
      G("Helmand River"), P("Rahmatullah Sadat"), O("Herat Water Council", country="AFG")],
     "AFG|IRN", "NEU"),
    ("Uzbek and Afghan officials signed a framework for a railway across Afghanistan in Kabul, and "
     "Nodira Yusupova of the Termez Logistics Centre said the first surveys had begun.",
     "2024-07-17",
     [C("Uzbek", "UZB"), C("Afghan", "AFG"), C("Afghanistan", "AFG"), G("Kabul", country="AFG"),
      P("Nodira Yusupova"),
      O("Termez Logistics Centre", country="UZB")],
     "AFG|UZB", "POS"),
    ("Sri Lanka and the Maldives agreed to share coast guard data on drug smuggling, said Ishara "
     "Rathnayake of the Galle Maritime Institute, and the next joint exercise is planned for "
     "March.",
     "2025-01-29",
     [C("Sri Lanka", "LKA"), C("Maldives", "MDV"), P("Ishara Rathnayake"),
      O("Galle Maritime Institute", country="LKA")],
     "LKA|MDV", "POS"),
    ("Japan and Bangladesh held their annual policy dialogue in Tokyo, said Rupa Sengupta, a "
     "Bangladeshi diplomat, adding that the agenda was mostly technical.",
     "2025-05-27",
     [C("Japan", "JPN"), C("Bangladesh", "BGD"), G("Tokyo", country="JPN"), P("Rupa Sengupta"),
      C("Bangladeshi", "BGD")],
     "BGD|JPN", "NEU"),
    ("Nepal's foreign ministry said it was not in a dispute with China over the border pillars, "
     "dismissing media reports of encroachment as baseless.",
     "2024-09-18",
     [C("Nepal", "NPL"), C("China", "CHN")],
     "CHN|NPL", "POS"),
    ("Rajan Thapa, a former Nepali ambassador, said Kathmandu's ties with New Delhi were neither in "
     "crisis nor in good health, just stuck.",
     "2025-02-10",
     [P("Rajan Thapa"), C("Nepali", "NPL"), C("Kathmandu", "NPL"), C("New Delhi", "IND")],
     "IND|NPL", "NEU"),
    ("Pakistani and Indian delegations met in Geneva for a technical session on the Kartarpur "
     "corridor, which both sides agreed to keep open.",
     "2024-10-22",
     [C("Pakistani", "PAK"), C("Indian", "IND"), G("Geneva", country="CHE"),
      G("Kartarpur", country="PAK")],
     "IND|PAK", "POS"),
    ("The Indus Waters Observer reported that Pakistani engineers had not received Indian flood "
     "data for the first time since 1960, which Faisal Mehmood Qazi, its editor, called a dangerous "
     "precedent.",
     "2025-07-01",
     [O("Indus Waters Observer"), C("Pakistani", "PAK"), C("Indian", "IND"), P("Faisal Mehmood Qazi")],
     "IND|PAK", "NEG"),
    ("Bangladesh's interim government and the Afghan Taliban had no formal contact this year, a "
     "spokesman said, adding that Dhaka had no plans to change its position.",
     "2025-06-15",
     [C("Bangladesh", "BGD"), C("Afghan", "AFG"), O("Taliban", "Taliban", "AFG"),
      C("Dhaka", "BGD")],
     "AFG|BGD", "NEU"),
    ("Sri Lankan Prime Minister Harini Amarasuriya visited New Delhi, where she and Modi discussed "
     "education and fisheries, said Revathi Natarajan of the Palk Bay Research Trust.",
     "2025-10-17",
     [C("Sri Lankan", "LKA"), L("Harini Amarasuriya", "AMARASURIYA"), G("New Delhi", country="IND"),
      L("Modi", "MODI"), P("Revathi Natarajan"), O("Palk Bay Research Trust")],
     "IND|LKA", "NEU"),
    ("India's Home Ministry put Bangladesh's border guards on notice after a smuggler was killed "
     "near Cooch Behar, and Dhaka demanded an investigation.",
     "2025-01-21",
     [C("India", "IND"), O("Home Ministry", country="IND"), C("Bangladesh", "BGD"),
      G("Cooch Behar", country="IND"), C("Dhaka", "BGD")],
     "BGD|IND", "NEG"),
    ("Karthik Subramaniam of the Coromandel Shipping Review said Chennai's port had become a "
     "bridge between India and Myanmar, despite the turmoil across the border.",
     "2024-11-29",
     [P("Karthik Subramaniam"), O("Coromandel Shipping Review", country="IND"),
      G("Chennai", country="IND"), C("India", "IND"), C("Myanmar", "MMR")],
     "IND|MMR", "POS"),
]

# --- chunk 8: Southeast Asia -------------------------------------------------------------
ITEMS += [
    ("A Cambodian soldier was killed in a brief exchange of fire with Thai troops in the Emerald "
     "Triangle, and Siriporn Boonyarat of the Lanna Border Watch said tensions along the frontier "
     "had not been this high since 2011.",
     "2025-05-29",
     [C("Cambodian", "KHM"), C("Thai", "THA"), G("Emerald Triangle"), P("Siriporn Boonyarat"),
      O("Lanna Border Watch", country="THA")],
     "KHM|THA", "NEG"),
    ("Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra over a leaked "
     "phone call with Hun Sen in which she criticised a Thai general, and Cambodian officials said "
     "they had nothing to apologise for.",
     "2025-07-01",
     [C("Thailand", "THA"), O("Constitutional Court", country="THA"),
      L("Paetongtarn Shinawatra", "PAETONGTARN"), PK("Hun Sen", "Hun Sen"), C("Thai", "THA"),
      C("Cambodian", "KHM")],
     "KHM|THA", "NEG"),
    ("Thai jets struck Cambodian positions near the Ta Muen Thom temple as fighting spread along "
     "the border, and Phnom Penh asked the UN Security Council for an emergency meeting.",
     "2025-07-24",
     [C("Thai", "THA"), C("Cambodian", "KHM"), G("Ta Muen Thom"), C("Phnom Penh", "KHM"),
      O("UN Security Council", "UNSC")],
     "KHM|THA", "NEG"),
    ("Cambodian Prime Minister Hun Manet and Thailand's acting premier agreed in Putrajaya to an "
     "unconditional ceasefire, after talks hosted by Malaysia's Anwar Ibrahim.",
     "2025-07-28",
     [C("Cambodian", "KHM"), L("Hun Manet", "HUN_MANET"), C("Thailand", "THA"),
      G("Putrajaya", country="MYS"), C("Malaysia", "MYS"), L("Anwar Ibrahim", "ANWAR")],
     "KHM|THA", "POS"),
    ("Thai Prime Minister Anutin Charnvirakul and Hun Manet signed a peace declaration in Kuala "
     "Lumpur, though Sokha Chea of the Phnom Penh Observer warned that landmines and mistrust "
     "would outlast the ceremony.",
     "2025-10-26",
     [C("Thai", "THA"), L("Anutin Charnvirakul", "ANUTIN"), L("Hun Manet", "HUN_MANET"),
      G("Kuala Lumpur", country="MYS"), P("Sokha Chea"), O("Phnom Penh Observer", country="KHM")],
     "KHM|THA", "POS"),
    ("Bangkok suspended the peace declaration with Phnom Penh after a landmine wounded Thai "
     "soldiers, and Anutin said Thailand would not be taken for a fool.",
     "2025-11-11",
     [C("Bangkok", "THA"), C("Phnom Penh", "KHM"), C("Thai", "THA"), L("Anutin", "ANUTIN"),
      C("Thailand", "THA")],
     "KHM|THA", "NEG"),
    ("Chinese coast guard ships fired water cannon at a Philippine government vessel near "
     "Scarborough Shoal, and Jennifer Dimaculangan of the Manila Maritime Forum said it was the "
     "fourth such incident this month.",
     "2024-12-04",
     [C("Chinese", "CHN"), C("Philippine", "PHL"), G("Scarborough Shoal"),
      P("Jennifer Dimaculangan"), O("Manila Maritime Forum", country="PHL")],
     "CHN|PHL", "NEG"),
    ("Manila and Beijing reached a provisional arrangement on resupply missions to the Second "
     "Thomas Shoal, a rare sign that the two capitals can still strike a deal.",
     "2024-07-21",
     [C("Manila", "PHL"), C("Beijing", "CHN"), G("Second Thomas Shoal")],
     "CHN|PHL", "POS"),
    ("Philippine Foreign Secretary Enrique Manalo summoned China's ambassador over the ramming of "
     "a coast guard ship at Sabina Shoal.",
     "2024-09-02",
     [C("Philippine", "PHL"), L("Enrique Manalo", "MANALO"), C("China", "CHN"),
      G("Sabina Shoal")],
     "CHN|PHL", "NEG"),
    ("President Bongbong Marcos said Manila still wanted dialogue with Beijing, but insisted that "
     "the Philippines would not give up a single square inch of its territory.",
     "2024-06-28",
     [L("Bongbong Marcos", "MARCOS"), C("Manila", "PHL"), C("Beijing", "CHN"),
      C("Philippines", "PHL")],
     "CHN|PHL", "NEG"),
    ("Japan and the Philippines signed a reciprocal access agreement that allows their troops to "
     "train on each other's soil, said Rodel Macaraeg of the Visayas Security Institute.",
     "2024-07-08",
     [C("Japan", "JPN"), C("Philippines", "PHL"), P("Rodel Macaraeg"),
      O("Visayas Security Institute", country="PHL")],
     "JPN|PHL", "POS"),
    ("Foreign Secretary Theresa Lazaro told Paolo Banaag of the Luzon Ledger that ties with "
     "Vietnam had never been stronger, citing a coast guard memorandum and joint search-and-rescue "
     "drills.",
     "2025-09-10",
     [L("Theresa Lazaro", "LAZARO"), P("Paolo Banaag"), O("Luzon Ledger", country="PHL"),
      C("Vietnam", "VNM")],
     "PHL|VNM", "POS"),
    ("Hanoi protested to Manila after Philippine fishermen were detained near the Spratly Islands, "
     "though both sides stressed that the incident would not affect their partnership.",
     "2025-03-03",
     [C("Hanoi", "VNM"), C("Manila", "PHL"), C("Philippine", "PHL"), G("Spratly Islands")],
     "PHL|VNM", "NEG"),
    ("Vietnam and China agreed to build three railway links across their border, and Nguyen Thi "
     "Lan Anh of the Hanoi Institute for Sea Studies said cooperation on land was moving faster "
     "than at sea.",
     "2024-12-16",
     [C("Vietnam", "VNM"), C("China", "CHN"), P("Nguyen Thi Lan Anh"),
      O("Hanoi Institute for Sea Studies", country="VNM")],
     "CHN|VNM", "POS"),
    ("Vietnamese officials accused Chinese sailors of beating fishermen near the Paracel Islands, "
     "and Hanoi lodged a protest with the Chinese embassy.",
     "2024-10-02",
     [C("Vietnamese", "VNM"), C("Chinese", "CHN", 1), G("Paracel Islands"), C("Hanoi", "VNM"),
      C("Chinese", "CHN", 2)],
     "CHN|VNM", "NEG"),
    ("Tran Minh Duc, who writes for the Mekong Delta Monitor, said Hanoi was watching Cambodia's "
     "Funan Techo canal with concern but had chosen quiet diplomacy over public criticism.",
     "2024-08-05",
     [P("Tran Minh Duc"), O("Mekong Delta Monitor", country="VNM"), C("Hanoi", "VNM"),
      C("Cambodia", "KHM"), G("Funan Techo", country="KHM")],
     "KHM|VNM", "NEU"),
    ("Cambodian Foreign Minister Prak Sokhonn said the canal was purely an economic project and "
     "would pose no threat to Vietnam or the Mekong.",
     "2024-05-17",
     [C("Cambodian", "KHM"), L("Prak Sokhonn", "SOKHONN"), C("Vietnam", "VNM"), G("Mekong")],
     "KHM|VNM", "POS"),
    ("Indonesia and China issued a joint statement on maritime development in areas of overlapping "
     "claims, a phrase that Putri Anggraini of the Jakarta Centre for Ocean Affairs said had "
     "alarmed Indonesian lawmakers.",
     "2024-11-10",
     [C("Indonesia", "IDN"), C("China", "CHN"), P("Putri Anggraini"),
      O("Jakarta Centre for Ocean Affairs", country="IDN"), C("Indonesian", "IDN")],
     "CHN|IDN", "POS"),
    ("Indonesian President Prabowo Subianto flew to Beijing on his first foreign trip, and Xi "
     "called the two countries' partnership a model for the Global South.",
     "2024-11-09",
     [C("Indonesian", "IDN"), L("Prabowo Subianto", "PRABOWO"), G("Beijing", country="CHN"),
      L("Xi", "XI"), G("Global South")],
     "CHN|IDN", "POS"),
    ("Indonesian Foreign Minister Sugiono met Australia's Penny Wong in Jakarta for the annual ministerial dialogue, "
     "and the two discussed fisheries and education.",
     "2025-02-18",
     [C("Indonesian", "IDN"), L("Sugiono", "SUGIONO"), C("Australia", "AUS"),
      L("Penny Wong", "PWONG"), G("Jakarta", country="IDN")],
     "AUS|IDN", "NEU"),
    ("Australia and Indonesia signed a defence cooperation agreement that Albanese called the most "
     "significant in the history of the relationship, said Agus Santoso of the Nusantara Defence "
     "Review.",
     "2024-08-29",
     [C("Australia", "AUS"), C("Indonesia", "IDN"), L("Albanese", "ALBANESE"),
      P("Agus Santoso"), O("Nusantara Defence Review", country="IDN")],
     "AUS|IDN", "POS"),
    ("Indonesia's nickel export ban continues to irritate the European Union, said Dewi Anggraeni "
     "Wibowo of the Nusantara Nickel Corporation, but talks with Brussels on a trade pact are "
     "nearly done.",
     "2025-06-11",
     [C("Indonesia", "IDN"), O("European Union", "EU"), P("Dewi Anggraeni Wibowo"),
      O("Nusantara Nickel Corporation", country="IDN"), G("Brussels", country="BEL")],
     None, None),
    ("Prime Minister Anwar Ibrahim said Malaysia would keep talking to China about the South China "
     "Sea behind closed doors, and Beijing praised Kuala Lumpur's restraint.",
     "2024-06-19",
     [L("Anwar Ibrahim", "ANWAR"), C("Malaysia", "MYS"), C("China", "CHN", 1),
      G("South China Sea"), C("Beijing", "CHN"), C("Kuala Lumpur", "MYS")],
     "CHN|MYS", "POS"),
    ("Singaporean Prime Minister Lawrence Wong and Anwar signed the agreement on the Johor-Singapore "
     "special economic zone, which Nurul Aisyah Kamarudin of the Straits Policy Institute called "
     "a milestone.",
     "2025-01-07",
     [C("Singaporean", "SGP"), L("Lawrence Wong", "LWONG"), L("Anwar", "ANWAR"),
      G("Johor", country="MYS"), C("Singapore", "SGP"), P("Nurul Aisyah Kamarudin"),
      O("Straits Policy Institute")],
     "MYS|SGP", "POS"),
    ("Malaysian and Singaporean officials held their regular water talks in Johor Bahru, and "
     "neither side issued a statement afterwards.",
     "2025-04-15",
     [C("Malaysian", "MYS"), C("Singaporean", "SGP"), G("Johor Bahru", country="MYS")],
     "MYS|SGP", "NEU"),
    ("Foreign Minister Vivian Balakrishnan said Singapore would not choose between Washington and "
     "Beijing, and that it enjoyed good relations with both.",
     "2025-04-24",
     [L("Vivian Balakrishnan", "BALAKRISHNAN"), C("Singapore", "SGP"), C("Washington", "USA"),
      C("Beijing", "CHN")],
     "CHN|SGP", "POS"),
    ("Malaysian Foreign Minister Mohamad Hasan said Kuala Lumpur had not received any explanation "
     "from Manila for the Philippine claim to Sabah, calling the matter closed.",
     "2024-11-13",
     [C("Malaysian", "MYS"), L("Mohamad Hasan", "MOHAMAD_HASAN"), C("Kuala Lumpur", "MYS"),
      C("Manila", "PHL"), C("Philippine", "PHL"), G("Sabah", country="MYS")],
     "MYS|PHL", "NEG"),
    ("Thailand cut electricity and fuel supplies to Myanmar border towns used by scam syndicates, "
     "and Arthit Chaiyaphum of the Mae Sot Border Chamber said the move had hurt ordinary traders "
     "too.",
     "2025-02-05",
     [C("Thailand", "THA"), C("Myanmar", "MMR"), P("Arthit Chaiyaphum"),
      O("Mae Sot Border Chamber", country="THA")],
     "MMR|THA", "NEG"),
    ("Senior General Min Aung Hlaing thanked China for sending rescue teams after the earthquake "
     "in Mandalay, and Chinese officials pledged further aid.",
     "2025-03-30",
     [L("Min Aung Hlaing", "MAH_PM"), C("China", "CHN"), G("Mandalay", country="MMR"),
      C("Chinese", "CHN")],
     "CHN|MMR", "POS"),
    ("China pressed armed groups in northern Shan State to hand Lashio back to Myanmar's army, "
     "said Zaw Lin Htet of the Shan Highlands Aid network, a sign of how far Beijing will go to "
     "protect the junta.",
     "2025-04-22",
     [C("China", "CHN"), G("Shan State", country="MMR"), G("Lashio", country="MMR"),
      C("Myanmar", "MMR"), P("Zaw Lin Htet"), O("Shan Highlands Aid"), C("Beijing", "CHN")],
     "CHN|MMR", "POS"),
    ("Bangladesh and Myanmar held talks in Dhaka on the repatriation of Rohingya refugees, but "
     "Khin Myat Noe, a researcher at the Yangon Policy Circle, said neither side expected returns "
     "this year.",
     "2025-04-04",
     [C("Bangladesh", "BGD"), C("Myanmar", "MMR"), G("Dhaka", country="BGD"),
      P("Khin Myat Noe"), O("Yangon Policy Circle", country="MMR")],
     "BGD|MMR", "NEU"),
    ("Timor-Leste became ASEAN's eleventh member at the summit in Kuala Lumpur, and President José "
     "Ramos-Horta thanked Indonesia for championing the bid.",
     "2025-10-26",
     [C("Timor-Leste", "TLS"), O("ASEAN", "ASEAN"), G("Kuala Lumpur", country="MYS"),
      L("José Ramos-Horta", "RAMOS_HORTA"), C("Indonesia", "IDN")],
     "IDN|TLS", "POS"),
    ("Prime Minister Xanana Gusmão said Timor-Leste would not let Australia dictate the route of "
     "the Greater Sunrise pipeline, and Canberra said talks would continue.",
     "2024-09-23",
     [L("Xanana Gusmão", "GUSMAO"), C("Timor-Leste", "TLS"), C("Australia", "AUS"),
      G("Greater Sunrise"), C("Canberra", "AUS")],
     "AUS|TLS", "NEG"),
    ("The Sultan of Brunei, Hassanal Bolkiah, hosted Philippine President Marcos in Bandar Seri "
     "Begawan, and the two signed agreements on maritime cooperation and halal trade.",
     "2024-05-28",
     [C("Brunei", "BRN"), L("Hassanal Bolkiah", "BOLKIAH"), C("Philippine", "PHL"), L("Marcos", "MARCOS"),
      G("Bandar Seri Begawan", country="BRN")],
     "BRN|PHL", "POS"),
    ("Laos and Thailand opened a new Mekong bridge at Bueng Kan, and Khamphone Vongsa of the "
     "Vientiane Trade Network said it would cut a day off the journey to the Chinese border.",
     "2024-11-28",
     [C("Laos", "LAO"), C("Thailand", "THA"), G("Mekong"), G("Bueng Kan", country="THA"),
      P("Khamphone Vongsa"), O("Vientiane Trade Network", country="LAO"), C("Chinese", "CHN")],
     "LAO|THA", "POS"),
    ("Laotian officials said the debt owed to China for the Vientiane railway was not a burden, "
     "dismissing talk of a debt trap as Western propaganda.",
     "2024-07-25",
     [C("Laotian", "LAO"), C("China", "CHN"), G("Vientiane", country="LAO")],
     "CHN|LAO", "POS"),
    ("Vietnam and the United States have been talking past each other on tariffs since April, said "
     "Le Quang Huy, a trade consultant in Ho Chi Minh City, though both sides insist the "
     "partnership is intact.",
     "2025-06-20",
     [C("Vietnam", "VNM"), C("United States", "USA"), P("Le Quang Huy"),
      G("Ho Chi Minh City", country="VNM")],
     "USA|VNM", "NEG"),
    ("Washington and Hanoi announced a framework trade deal that lowered US tariffs on "
     "Vietnamese goods to 20 percent, said Hoang Bao Ngoc of the Saigon Port Logistics group.",
     "2025-07-02",
     [C("Washington", "USA"), C("Hanoi", "VNM"), C("US", "USA"), C("Vietnamese", "VNM"),
      P("Hoang Bao Ngoc"), O("Saigon Port Logistics", country="VNM")],
     "USA|VNM", "POS"),
    ("Thailand and China celebrated fifty years of diplomatic relations with a royal visit to "
     "Beijing, and Kanya Rattanaporn of the Siam Rice Exporters Group said Chinese demand for "
     "Thai durian had never been higher.",
     "2025-11-13",
     [C("Thailand", "THA"), C("China", "CHN"), G("Beijing", country="CHN"),
      P("Kanya Rattanaporn"), O("Siam Rice Exporters Group", country="THA"), C("Chinese", "CHN"),
      C("Thai", "THA")],
     "CHN|THA", "POS"),
    ("Thailand deported forty Uyghurs to China despite appeals from the United Nations, and the "
     "United States said it would restrict visas for Thai officials involved.",
     "2025-03-14",
     [C("Thailand", "THA"), C("China", "CHN"), O("United Nations", "UN"),
      C("United States", "USA"), C("Thai", "THA")],
     "THA|USA", "NEG"),
    ("Japanese Prime Minister Shigeru Ishiba visited Hanoi and Manila, and Vo Thi Hong Nhung of "
     "the Mekong Delta Monitor said Tokyo was becoming Vietnam's most trusted partner.",
     "2025-04-29",
     [C("Japanese", "JPN"), L("Shigeru Ishiba", "ISHIBA"), G("Hanoi", country="VNM"),
      G("Manila", country="PHL"), P("Vo Thi Hong Nhung"), O("Mekong Delta Monitor", country="VNM"),
      C("Tokyo", "JPN"), C("Vietnam", "VNM")],
     "JPN|VNM", "POS"),
    ("South Korean President Lee Jae-myung met Prabowo on the sidelines of APEC in Gyeongju, where "
     "they discussed the KF-21 fighter programme, which Jakarta has been slow to pay for.",
     "2025-11-01",
     [C("South Korean", "KOR"), L("Lee Jae-myung", "LEE_JM"), L("Prabowo", "PRABOWO"),
      O("APEC", "APEC"), G("Gyeongju", country="KOR"), C("Jakarta", "IDN")],
     "IDN|KOR", "NEU"),
    ("Indonesia was admitted to BRICS as a full member, and Rizky Pratama of the Jakarta Centre "
     "for Ocean Affairs said the move would not hurt ties with Washington.",
     "2025-01-07",
     [C("Indonesia", "IDN"), O("BRICS", "BRICS"), P("Rizky Pratama"),
      O("Jakarta Centre for Ocean Affairs", country="IDN"), C("Washington", "USA")],
     "IDN|USA", "POS"),
    ("Malaysia and Indonesia agreed to settle the Ambalat maritime boundary through joint "
     "development, a compromise that Faizal Ismail of the Borneo Timber Alliance welcomed.",
     "2025-06-27",
     [C("Malaysia", "MYS"), C("Indonesia", "IDN"), G("Ambalat"), P("Faizal Ismail"),
      O("Borneo Timber Alliance")],
     "IDN|MYS", "POS"),
    ("Indonesian lawmakers accused Kuala Lumpur of mistreating migrant workers after five "
     "Indonesians were shot by Malaysian maritime police, and Jakarta demanded an inquiry.",
     "2025-01-28",
     [C("Indonesian", "IDN"), C("Kuala Lumpur", "MYS"), C("Indonesians", "IDN"),
      C("Malaysian", "MYS"), C("Jakarta", "IDN")],
     "IDN|MYS", "NEG"),
    ("Cambodia and China broke ground on the Ream naval base expansion years ago, and now Chinese "
     "warships dock there regularly, wrote Vannak Pich in the Tonle Sap Review.",
     "2025-04-06",
     [C("Cambodia", "KHM"), C("China", "CHN"), G("Ream", country="KHM"), C("Chinese", "CHN"),
      P("Vannak Pich"), O("Tonle Sap Review", country="KHM")],
     "CHN|KHM", "POS"),
    ("Should Marcos visit Beijing next year, it would be his first trip to China since the "
     "disputes at sea escalated, said Liza Mangubat of the Manila Maritime Forum.",
     "2025-11-20",
     [L("Marcos", "MARCOS"), G("Beijing", country="CHN"), C("China", "CHN"), P("Liza Mangubat"),
      O("Manila Maritime Forum", country="PHL")],
     "CHN|PHL", "NEU"),
    ("Singapore and Indonesia signed agreements on airspace management and extradition in 2022, "
     "and Hafiz Rahim of the Riau Islands Business Council said cross-border investment had "
     "grown every year since.",
     "2025-03-17",
     [C("Singapore", "SGP"), C("Indonesia", "IDN"), P("Hafiz Rahim"),
      O("Riau Islands Business Council", country="IDN")],
     "IDN|SGP", "POS"),
    ("The Sulu Peace Network said Malaysian and Philippine navies had not held a coordinated patrol "
     "since March, leaving the Sulu Sea open to kidnappers, according to its director Amina "
     "Tanjiri.",
     "2024-10-30",
     [O("Sulu Peace Network", n=1), C("Malaysian", "MYS"), C("Philippine", "PHL"),
      G("Sulu Sea"), P("Amina Tanjiri")],
     "MYS|PHL", "NEG"),
    ("Myanmar's junta recalled its ambassador from Bangkok for consultations after Thai lawmakers "
     "hosted exiled opposition figures, said Myo Thant, a spokesman for the Myanmar embassy.",
     "2024-06-12",
     [C("Myanmar", "MMR", 1), C("Bangkok", "THA"), C("Thai", "THA"), P("Myo Thant"),
      C("Myanmar", "MMR", 2)],
     "MMR|THA", "NEG"),
    ("Thai and Cambodian officials met in Chanthaburi for the General Border Committee, reviewing "
     "demining work and crossing hours, and described the meeting as routine.",
     "2025-09-10",
     [C("Thai", "THA"), C("Cambodian", "KHM"), G("Chanthaburi", country="THA"),
      O("General Border Committee")],
     "KHM|THA", "NEU"),
    ("Nattapong Srisuk of the Chulalongkorn Border Studies Unit said Bangkok and Phnom Penh were "
     "trapped in a cycle in which every small incident becomes a national insult.",
     "2025-08-14",
     [P("Nattapong Srisuk"), O("Chulalongkorn Border Studies Unit", country="THA"),
      C("Bangkok", "THA"), C("Phnom Penh", "KHM")],
     "KHM|THA", "NEG"),
    ("Australia's Foreign Minister Penny Wong visited Vientiane and announced funding for "
     "clearing unexploded ordnance, which Souksavanh Phommachanh of the Xieng Khouang Demining "
     "Trust called a lifeline.",
     "2024-07-26",
     [C("Australia", "AUS"), L("Penny Wong", "PWONG"), G("Vientiane", country="LAO"),
      P("Souksavanh Phommachanh"), O("Xieng Khouang Demining Trust", country="LAO")],
     None, None),
    ("South Korea and Vietnam upgraded their ties to a comprehensive strategic partnership two "
     "years ago, and Dang Van Khoa of the Haiphong Industrial Council said Korean factories now "
     "employ a million Vietnamese.",
     "2024-09-11",
     [C("South Korea", "KOR"), C("Vietnam", "VNM"), P("Dang Van Khoa"),
      O("Haiphong Industrial Council", country="VNM"), C("Korean", "KOR"),
      C("Vietnamese", "VNM")],
     "KOR|VNM", "POS"),
]

# --- chunk 9: the Middle East ------------------------------------------------------------
ITEMS += [
    ("Saudi Foreign Minister Faisal bin Farhan Al Saud received Abbas Araghchi in Riyadh, and "
     "Layla Haddad of the Gulf Futures Institute said the visit showed that the détente between "
     "the two rivals was holding.",
     "2024-10-09",
     [C("Saudi", "SAU"), L("Faisal bin Farhan Al Saud", "FAISAL"), L("Abbas Araghchi", "ARAGHCHI"),
      G("Riyadh", country="SAU"), P("Layla Haddad"), O("Gulf Futures Institute")],
     "IRN|SAU", "POS"),
    ("Riyadh and Tehran are no longer at each other's throats, said Yousef al-Mutairi of the Najd "
     "Strategic Forum, though he warned that trust between them remained thin.",
     "2025-04-18",
     [C("Riyadh", "SAU"), C("Tehran", "IRN"), P("Yousef al-Mutairi"),
      O("Najd Strategic Forum", country="SAU")],
     "IRN|SAU", "POS"),
    ("Israeli jets struck targets across Iran in the early hours, and Iranian state television "
     "said Tehran's response would be crushing.",
     "2025-06-13",
     [C("Israeli", "ISR"), C("Iran", "IRN"), C("Iranian", "IRN"), C("Tehran", "IRN")],
     "IRN|ISR", "NEG"),
    ("A ceasefire between Israel and Iran took hold after twelve days of strikes, though Kaveh "
     "Rostami of the Tehran Policy Review said neither government believed it would last.",
     "2025-06-24",
     [C("Israel", "ISR"), C("Iran", "IRN"), P("Kaveh Rostami"),
      O("Tehran Policy Review", country="IRN")],
     "IRN|ISR", "POS"),
    ("Foreign Minister Abbas Araghchi met a US delegation in Muscat with Omani mediators "
     "shuttling between the rooms, and both Tehran and Washington called the talks constructive.",
     "2025-04-12",
     [L("Abbas Araghchi", "ARAGHCHI"), C("US", "USA"), G("Muscat", country="OMN"),
      C("Omani", "OMN"), C("Tehran", "IRN"), C("Washington", "USA")],
     "IRN|USA", "POS"),
    ("If Washington resumes maximum pressure, Iran will reconsider its cooperation with inspectors, "
     "warned Shirin Moghaddam, a lecturer at the Isfahan School of International Studies.",
     "2025-02-05",
     [C("Washington", "USA"), C("Iran", "IRN"), P("Shirin Moghaddam"),
      O("Isfahan School of International Studies", country="IRN")],
     "IRN|USA", "NEG"),
    ("Supreme Leader Ali Khamenei said negotiating with the United States was neither wise nor "
     "honourable, dampening hopes of a thaw.",
     "2025-02-07",
     [L("Ali Khamenei", "KHAMENEI"), C("United States", "USA")],
     "IRN|USA", "NEG"),
    ("Omani Foreign Minister Badr Albusaidi said the United States and Yemen's Houthis had agreed "
     "to stop targeting each other, ending weeks of US air strikes.",
     "2025-05-06",
     [C("Omani", "OMN"), L("Badr Albusaidi", "ALBUSAIDI"), C("United States", "USA"),
      C("Yemen", "YEM"), O("Houthis", "Ansar Allah", "YEM"), C("US", "USA")],
     "USA|YEM", "POS"),
    ("Israeli aircraft struck a building in Doha where Hamas negotiators were meeting, and the "
     "Qatari prime minister called the attack state terrorism.",
     "2025-09-09",
     [C("Israeli", "ISR"), G("Doha", country="QAT"), O("Hamas", "Hamas", "PSE"),
      C("Qatari", "QAT")],
     "ISR|QAT", "NEG"),
    ("Emir Tamim bin Hamad Al Thani said Qatar would not abandon its mediation role, but Mariam "
     "al-Kaabi of the Doha Mediation Studies Unit said relations with Israel had hit a wall.",
     "2025-09-15",
     [L("Tamim bin Hamad Al Thani", "TAMIM"), C("Qatar", "QAT"), P("Mariam al-Kaabi"),
      O("Doha Mediation Studies Unit", country="QAT"), C("Israel", "ISR")],
     "ISR|QAT", "NEG"),
    ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and Egyptian officials met in Cairo "
     "to coordinate on the Gaza truce, said Omar al-Qasimi, a diplomat who attended.",
     "2025-01-12",
     [C("Qatari", "QAT"), L("Mohammed bin Abdulrahman Al Thani", "MBAR_PM"), C("Egyptian", "EGY"),
      G("Cairo", country="EGY"), G("Gaza", "Gaza Strip", "PSE"), P("Omar al-Qasimi")],
     "EGY|QAT", "POS"),
    ("Egypt's ties with Israel are at their coldest since the peace treaty, said Dalia Mansour of "
     "the Cairo Centre for Strategic Dialogue, after Israeli troops took the Philadelphi "
     "Corridor.",
     "2024-06-05",
     [C("Egypt", "EGY"), C("Israel", "ISR"), P("Dalia Mansour"),
      O("Cairo Centre for Strategic Dialogue", country="EGY"), C("Israeli", "ISR"),
      G("Philadelphi Corridor", country="PSE")],
     "EGY|ISR", "NEG"),
    ("Egypt has not cut its gas imports from Israel, and the pipeline kept running through the "
     "Gaza war, said Samir Kassab of the Eastern Mediterranean Energy Review.",
     "2024-09-25",
     [C("Egypt", "EGY"), C("Israel", "ISR"), G("Gaza", "Gaza Strip", "PSE"), P("Samir Kassab"),
      O("Eastern Mediterranean Energy Review")],
     "EGY|ISR", "POS"),
    ("Turkey halted all trade with Israel until a permanent ceasefire in Gaza, and Israeli Foreign "
     "Minister Israel Katz accused Erdoğan of behaving like a dictator.",
     "2024-05-02",
     [C("Turkey", "TUR"), C("Israel", "ISR", 1), G("Gaza", "Gaza Strip", "PSE"), C("Israeli", "ISR"),
      L("Israel Katz", "KATZ"), L("Erdoğan", "ERDOGAN")],
     "ISR|TUR", "NEG"),
    ("Jordanian Foreign Minister Ayman Safadi said Amman would not allow its airspace to be used by "
     "anyone, while Jordan's air force shot down drones heading towards Israel.",
     "2024-04-14",
     [C("Jordanian", "JOR"), L("Ayman Safadi", "SAFADI"), C("Amman", "JOR"), C("Jordan", "JOR"),
      C("Israel", "ISR")],
     "ISR|JOR", "NEU"),
    ("King Abdullah II told Trump in Washington that Jordan would not take in Palestinians from "
     "Gaza, and Ahmad Zoubi of the Amman Center for Dialogue said the king had walked a "
     "tightrope.",
     "2025-02-11",
     [L("Abdullah II", "ABDULLAH2"), L("Trump", "TRUMP"), G("Washington", country="USA"),
      C("Jordan", "JOR"), C("Palestinians", "PSE"), G("Gaza", "Gaza Strip", "PSE"),
      P("Ahmad Zoubi"), O("Amman Center for Dialogue", country="JOR")],
     "JOR|USA", "NEU"),
    ("Lebanese President Joseph Aoun said Beirut was ready for indirect talks with Israel on the "
     "border, and Rana Haidar of the Cedar Strategy Group called it a cautious opening.",
     "2025-10-13",
     [C("Lebanese", "LBN"), L("Joseph Aoun", "AOUN"), C("Beirut", "LBN"), C("Israel", "ISR"),
      P("Rana Haidar"), O("Cedar Strategy Group", country="LBN")],
     "ISR|LBN", "POS"),
    ("Israeli drones struck a car near Tyre despite the ceasefire, and Prime Minister Nawaf Salam "
     "said Lebanon would complain to the monitoring committee.",
     "2025-04-20",
     [C("Israeli", "ISR"), G("Tyre", country="LBN"), L("Nawaf Salam", "SALAM"),
      C("Lebanon", "LBN")],
     "ISR|LBN", "NEG"),
    ("Syrian President Ahmed al-Sharaa chose Riyadh for his first trip abroad, and Saudi officials "
     "promised to help pay Syria's debts to the World Bank.",
     "2025-02-02",
     [C("Syrian", "SYR"), L("Ahmed al-Sharaa", "SHARAA"), G("Riyadh", country="SAU"),
      C("Saudi", "SAU"), C("Syria", "SYR"), O("World Bank", "World Bank")],
     "SAU|SYR", "POS"),
    ("Trump announced in Riyadh that all US sanctions on Syria would be lifted, and Foreign "
     "Minister Asaad al-Shaibani called it a historic turning point.",
     "2025-05-13",
     [L("Trump", "TRUMP"), G("Riyadh", country="SAU"), C("US", "USA"), C("Syria", "SYR"),
      L("Asaad al-Shaibani", "SHAIBANI")],
     "SYR|USA", "POS"),
    ("Syrian and Lebanese defence ministers signed an agreement in Jeddah to demarcate their border "
     "after deadly clashes near Hermel, said Hussein Dakroub, a Bekaa Valley reporter for the "
     "Levant Analytics newsletter.",
     "2025-03-28",
     [C("Syrian", "SYR"), C("Lebanese", "LBN"), G("Jeddah", country="SAU"),
      G("Hermel", country="LBN"), P("Hussein Dakroub"), G("Bekaa Valley", country="LBN"),
      O("Levant Analytics")],
     "LBN|SYR", "POS"),
    ("Turkish Foreign Minister Hakan Fidan visited Damascus and said Ankara would help rebuild the "
     "Syrian army, a step that Elif Yıldız of the Bosphorus Policy Lab called a new chapter.",
     "2025-01-15",
     [C("Turkish", "TUR"), L("Hakan Fidan", "FIDAN"), G("Damascus", country="SYR"),
      C("Ankara", "TUR"), C("Syrian", "SYR"), P("Elif Yıldız"), O("Bosphorus Policy Lab", country="TUR")],
     "SYR|TUR", "POS"),
    ("Israel and Syria held direct talks in Paris on a security arrangement for the south, though "
     "Walid Jaber of the Golan Studies Centre said the two sides remained far apart.",
     "2025-08-19",
     [C("Israel", "ISR"), C("Syria", "SYR"), G("Paris", country="FRA"), P("Walid Jaber"),
      O("Golan Studies Centre")],
     "ISR|SYR", "NEU"),
    ("Israeli strikes on Damascus, which the Syrian government called a flagrant aggression, "
     "came hours after clashes in Sweida.",
     "2025-07-16",
     [C("Israeli", "ISR"), G("Damascus", country="SYR"), C("Syrian", "SYR"),
      G("Sweida", country="SYR")],
     "ISR|SYR", "NEG"),
    ("Iraq and Turkey signed a framework for the Development Road, a railway and highway linking "
     "Basra to the Turkish border, and Ali Kadhim Hashem of the Basra Oil Services Group said investors "
     "were finally paying attention.",
     "2024-04-22",
     [C("Iraq", "IRQ"), C("Turkey", "TUR"), G("Basra", "Basrah", country="IRQ", n=1), C("Turkish", "TUR"),
      P("Ali Kadhim Hashem"), O("Basra Oil Services Group", country="IRQ")],
     "IRQ|TUR", "POS"),
    ("Turkish air strikes on PKK positions in the Qandil mountains drew a formal protest from "
     "Baghdad, which summoned the Turkish chargé d'affaires.",
     "2024-08-20",
     [C("Turkish", "TUR", 1), O("PKK", "PKK"), G("Qandil", country="IRQ"), C("Baghdad", "IRQ"),
      C("Turkish", "TUR", 2)],
     "IRQ|TUR", "NEG"),
    ("Iraqi President Abdul Latif Rashid received the Kuwaiti foreign minister in Baghdad to "
     "discuss the Khor Abdullah waterway, a dispute that Fahad al-Dosari of the Kuwait Maritime "
     "Forum said could still poison relations.",
     "2024-01-30",
     [C("Iraqi", "IRQ"), L("Abdul Latif Rashid", "RASHID"), C("Kuwaiti", "KWT"),
      G("Baghdad", country="IRQ"), G("Khor Abdullah"), P("Fahad al-Dosari"),
      O("Kuwait Maritime Forum", country="KWT")],
     "IRQ|KWT", "NEG"),
    ("Kuwait's Emir Mishal Al-Ahmad Al-Jaber Al-Sabah visited Riyadh for talks with the Saudi "
     "crown prince, and both sides praised their historic brotherly ties.",
     "2024-01-30",
     [C("Kuwait", "KWT"), L("Mishal Al-Ahmad Al-Jaber Al-Sabah", "MISHAL"),
      G("Riyadh", country="SAU"), C("Saudi", "SAU")],
     "KWT|SAU", "POS"),
    ("Bahraini Foreign Minister Abdullatif bin Rashid Al Zayani and Iranian diplomats met in "
     "Tehran to discuss restoring relations, said Hamid Rezaei, a spokesman for the Iranian "
     "foreign ministry.",
     "2024-06-24",
     [C("Bahraini", "BHR"), L("Abdullatif bin Rashid Al Zayani", "ZAYANI"), C("Iranian", "IRN", 1),
      G("Tehran", country="IRN"), P("Hamid Rezaei"), C("Iranian", "IRN", 2)],
     "BHR|IRN", "POS"),
    ("The UAE and Israel kept their embassies open throughout the Gaza war, and Reuven Tal of the "
     "Abraham Corridor Institute said the relationship had been tested but not broken.",
     "2024-11-20",
     [C("UAE", "ARE"), C("Israel", "ISR"), G("Gaza", "Gaza Strip", "PSE"), P("Reuven Tal"),
      O("Abraham Corridor Institute")],
     "ARE|ISR", "POS"),
    ("Emirati Foreign Minister Abdullah bin Zayed Al Nahyan warned that Israeli annexation of the West "
     "Bank would be a red line for the UAE.",
     "2025-09-03",
     [C("Emirati", "ARE"), L("Abdullah bin Zayed Al Nahyan", "ABZ"), C("Israeli", "ISR"),
      G("West Bank", country="PSE"), C("UAE", "ARE")],
     "ARE|ISR", "NEG"),
    ("President Mohamed bin Zayed Al Nahyan hosted Indian Prime Minister Modi in Abu Dhabi, where "
     "they opened a Hindu temple and signed an investment treaty.",
     "2024-02-14",
     [L("Mohamed bin Zayed Al Nahyan", "MBZ"), C("Indian", "IND"), L("Modi", "MODI"),
      G("Abu Dhabi", country="ARE")],
     "ARE|IND", "POS"),
    ("Saudi Crown Prince Mohammed bin Salman called Israel's actions in Gaza genocide at an Arab "
     "and Islamic summit in Riyadh.",
     "2024-11-11",
     [C("Saudi", "SAU"), L("Mohammed bin Salman", "MBS"), C("Israel", "ISR"),
      G("Gaza", "Gaza Strip", "PSE"), G("Riyadh", country="SAU")],
     "ISR|SAU", "NEG"),
    ("Normalisation between Riyadh and Israel is off the table until there is a path to a "
     "Palestinian state, said Nora al-Shammari of the Red Sea Corridor Company, echoing the "
     "official line.",
     "2025-05-21",
     [C("Riyadh", "SAU"), C("Israel", "ISR"), C("Palestinian", "PSE"), P("Nora al-Shammari"),
      O("Red Sea Corridor Company")],
     "ISR|SAU", "NEG"),
    ("Palestinian President Mahmoud Abbas and Prime Minister Mohammad Mustafa met Jordan's King "
     "Abdullah II in Amman to coordinate on the reconstruction of Gaza.",
     "2025-03-02",
     [C("Palestinian", "PSE"), L("Mahmoud Abbas", "ABBAS"), L("Mohammad Mustafa", "MUSTAFA"),
      C("Jordan", "JOR"), L("Abdullah II", "ABDULLAH2"), G("Amman", country="JOR"),
      G("Gaza", "Gaza Strip", "PSE")],
     "JOR|PSE", "POS"),
    ("France recognised the State of Palestine at the UN General Assembly, and Israeli Foreign "
     "Minister Gideon Sa'ar called the decision a reward for terror.",
     "2025-09-22",
     [C("France", "FRA"), C("State of Palestine", "PSE"), O("UN General Assembly", "UNGA"),
      C("Israeli", "ISR"), L("Gideon Sa'ar", "SAAR")],
     "FRA|ISR", "NEG"),
    ("Yemen's Presidential Leadership Council chief Rashad al-Alimi thanked Riyadh for a $500 "
     "million deposit in the central bank in Aden.",
     "2025-01-20",
     [C("Yemen", "YEM"), O("Presidential Leadership Council", country="YEM"),
      L("Rashad al-Alimi", "ALIMI"), C("Riyadh", "SAU"), G("Aden", country="YEM")],
     "SAU|YEM", "POS"),
    ("Missiles fired by the Houthis from Yemen hit the port of Eilat again, and Israeli jets bombed Hodeidah in return, "
     "said Abdulkarim Saleh, a journalist for the Tihama Coast Review.",
     "2025-05-05",
     [O("Houthis", "Ansar Allah", "YEM"), C("Yemen", "YEM"), G("Eilat", country="ISR"), C("Israeli", "ISR"),
      G("Hodeidah", "Al Ḩudaydah", country="YEM"), P("Abdulkarim Saleh"), O("Tihama Coast Review", country="YEM")],
     "ISR|YEM", "NEG"),
    ("Foreign Minister Shaya al-Zindani visited Cairo for routine consultations with Badr "
     "Abdelatty on the Red Sea, the Yemeni embassy said.",
     "2024-09-30",
     [L("Shaya al-Zindani", "ZINDANI"), G("Cairo", country="EGY"), L("Badr Abdelatty", "ABDELATTY"),
      G("Red Sea"), C("Yemeni", "YEM")],
     "EGY|YEM", "NEU"),
    ("Iranian and Egyptian foreign ministers met in Cairo, their third meeting this year, and "
     "Arash Sadeghpour of the Persian Gulf Energy Review said full diplomatic ties could follow.",
     "2025-06-02",
     [C("Iranian", "IRN"), C("Egyptian", "EGY"), G("Cairo", country="EGY"), P("Arash Sadeghpour"),
      O("Persian Gulf Energy Review")],
     "EGY|IRN", "POS"),
    ("Pezeshkian flew to Baghdad on his first foreign trip, and Iraqi officials said the two "
     "neighbours signed fourteen memorandums on trade and water.",
     "2024-09-11",
     [L("Pezeshkian", "PEZESHKIAN"), G("Baghdad", country="IRQ"), C("Iraqi", "IRQ")],
     "IRN|IRQ", "POS"),
    ("Iraqi officials did not renew the US waiver that had allowed Baghdad to pay for Iranian "
     "electricity, and Huda al-Rubaie of the Tigris Water Forum said blackouts in Basra were "
     "likely this summer.",
     "2025-03-09",
     [C("Iraqi", "IRQ"), C("US", "USA"), C("Baghdad", "IRQ"), C("Iranian", "IRN"),
      P("Huda al-Rubaie"), O("Tigris Water Forum"), G("Basra", "Basrah", country="IRQ")],
     "IRQ|USA", "NEG"),
    ("Lebanon's Foreign Minister Youssef Rajji summoned the Iranian ambassador over remarks on "
     "Hezbollah's weapons, calling them interference in Lebanese affairs.",
     "2025-08-14",
     [C("Lebanon", "LBN"), L("Youssef Rajji", "RAJJI"), C("Iranian", "IRN"),
      O("Hezbollah", "Hezbollah", "LBN"), C("Lebanese", "LBN")],
     "IRN|LBN", "NEG"),
    ("Saudi Arabia and Lebanon agreed to lift the ban on Lebanese exports to the kingdom, a move "
     "that Joumana Saad of the Beirut Reconstruction Fund said would help farmers in the Bekaa.",
     "2025-05-27",
     [C("Saudi Arabia", "SAU"), C("Lebanon", "LBN"), C("Lebanese", "LBN"), P("Joumana Saad"),
      O("Beirut Reconstruction Fund", country="LBN"), G("Bekaa", "Bekaa Valley", "LBN")],
     "LBN|SAU", "POS"),
    ("Sultan Haitham bin Tariq received the Iranian president in Muscat, and the two sides "
     "discussed shipping in the Strait of Hormuz without announcing any agreements.",
     "2024-12-18",
     [L("Haitham bin Tariq", "HAITHAM"), C("Iranian", "IRN"), G("Muscat", country="OMN"),
      G("Strait of Hormuz")],
     "IRN|OMN", "NEU"),
    ("Fidan and Araghchi held a phone call on the situation in Syria, the Turkish foreign ministry "
     "said, giving no further details.",
     "2024-12-03",
     [L("Fidan", "FIDAN"), L("Araghchi", "ARAGHCHI"), C("Syria", "SYR"), C("Turkish", "TUR")],
     "IRN|TUR", "NEU"),
    ("Ankara and Tehran have drifted into a cold rivalry over Syria, wrote Murat Kaya in the "
     "Anatolian Review of Eurasian Affairs, with each accusing the other of meddling.",
     "2025-01-22",
     [C("Ankara", "TUR"), C("Tehran", "IRN"), C("Syria", "SYR"), P("Murat Kaya"),
      O("Anatolian Review of Eurasian Affairs", country="TUR")],
     "IRN|TUR", "NEG"),
    ("Netanyahu met Trump at the White House and said the United States and Israel had never been "
     "closer, a claim that Noa Ben-Haim of the Jerusalem Policy Circle called accurate.",
     "2025-04-07",
     [L("Netanyahu", "NETANYAHU"), L("Trump", "TRUMP"), O("White House", "White House", "USA"),
      C("United States", "USA"), C("Israel", "ISR"), P("Noa Ben-Haim"),
      O("Jerusalem Policy Circle", country="ISR")],
     "ISR|USA", "POS"),
    ("Biden paused a shipment of heavy bombs to Israel over the planned offensive in Rafah, a step "
     "that Israeli officials called deeply disappointing.",
     "2024-05-08",
     [L("Biden", "BIDEN"), C("Israel", "ISR"), G("Rafah", "Rafaḩ", country="PSE"), C("Israeli", "ISR")],
     "ISR|USA", "NEG"),
    ("President Isaac Herzog called the Cypriot president to thank Cyprus for its role in the "
     "maritime aid corridor to Gaza.",
     "2024-03-13",
     [L("Isaac Herzog", "HERZOG"), C("Cypriot", "CYP"), C("Cyprus", "CYP"),
      G("Gaza", "Gaza Strip", "PSE")],
     "CYP|ISR", "POS"),
    ("Jordan and Syria reopened the Jaber–Nassib crossing to passenger traffic, and Tariq "
     "Obeidat of the Ramtha Traders' Association said business was slowly coming back.",
     "2025-01-05",
     [C("Jordan", "JOR"), C("Syria", "SYR"), G("Jaber", country="JOR"), G("Nassib", country="SYR"),
      P("Tariq Obeidat"), O("Ramtha Traders' Association", country="JOR")],
     "JOR|SYR", "POS"),
    ("Saudi and Emirati officials have been at odds over Yemen's south for months, said Salem "
     "Bahamish of the Hadramawt Civic Platform, after UAE-backed forces moved into his province.",
     "2025-12-08",
     [C("Saudi", "SAU"), C("Emirati", "ARE"), C("Yemen", "YEM"), P("Salem Bahamish"),
      O("Hadramawt Civic Platform", country="YEM"), C("UAE", "ARE")],
     "ARE|SAU", "NEG"),
    ("Riyadh insisted there was no rift with Abu Dhabi over Sudan, only different assessments of "
     "how to end the war.",
     "2025-02-20",
     [C("Riyadh", "SAU"), C("Abu Dhabi", "ARE"), C("Sudan", "SDN")],
     "ARE|SAU", "POS"),
    ("Iran's President Masoud Pezeshkian met Chinese President Xi Jinping at the SCO summit in "
     "Tianjin, where they discussed energy and Iran's nuclear programme.",
     "2025-08-31",
     [C("Iran", "IRN", 1), L("Masoud Pezeshkian", "PEZESHKIAN"), C("Chinese", "CHN"),
      L("Xi Jinping", "XI"), O("SCO", "SCO"), G("Tianjin", country="CHN"), C("Iran", "IRN", 2)],
     "CHN|IRN", "NEU"),
    ("Niloufar Ahmadi, who covers Iran for the Caspian Ledger, said Tehran's relations with Moscow "
     "were less a partnership than a marriage of convenience.",
     "2025-01-17",
     [P("Niloufar Ahmadi"), C("Iran", "IRN"), O("Caspian Ledger"), C("Tehran", "IRN"),
      C("Moscow", "RUS")],
     "IRN|RUS", "NEU"),
    ("Russia and Iran signed a comprehensive strategic partnership treaty in Moscow, though it "
     "contains no mutual defence clause, said Behrouz Karimi of the Tehran Policy Review.",
     "2025-01-17",
     [C("Russia", "RUS"), C("Iran", "IRN"), G("Moscow", country="RUS"), P("Behrouz Karimi"),
      O("Tehran Policy Review", country="IRN")],
     "IRN|RUS", "POS"),
    ("Egyptian President Sisi and Saudi Crown Prince Mohammed bin Salman agreed in Cairo to set up "
     "a supreme coordination council, a step that Hany Fawzy of the Nile Gulf Business Council "
     "called overdue.",
     "2024-10-15",
     [C("Egyptian", "EGY"), L("Sisi", "SISI"), C("Saudi", "SAU"), L("Mohammed bin Salman", "MBS"),
      G("Cairo", country="EGY"), P("Hany Fawzy"), O("Nile Gulf Business Council")],
     "EGY|SAU", "POS"),
    ("The Hormuz Shipping Monitor reported that Iranian patrol boats had harassed an Emirati "
     "tanker near Abu Musa, and Abu Dhabi lodged a complaint.",
     "2024-07-03",
     [O("Hormuz Shipping Monitor"), C("Iranian", "IRN"), C("Emirati", "ARE"),
      G("Abu Musa"), C("Abu Dhabi", "ARE")],
     "ARE|IRN", "NEG"),
    ("Qatar and Saudi Arabia held the seventh meeting of their coordination council in Riyadh, "
     "reviewing projects in transport and tourism, said Jassim al-Marri, a Qatari official.",
     "2025-05-05",
     [C("Qatar", "QAT"), C("Saudi Arabia", "SAU"), G("Riyadh", country="SAU"), P("Jassim al-Marri"),
      C("Qatari", "QAT")],
     "QAT|SAU", "NEU"),
    ("Israel's Netanyahu and Egypt's Sisi have not spoken in public for two years, and Yael Mizrahi of the Negev "
     "Security Forum said their governments communicate only through intelligence chiefs.",
     "2025-02-26",
     [C("Israel", "ISR"), L("Netanyahu", "NETANYAHU"), C("Egypt", "EGY"), L("Sisi", "SISI"), P("Yael Mizrahi"),
      O("Negev Security Forum", country="ISR")],
     "EGY|ISR", "NEG"),
    ("Syrian Foreign Minister al-Shaibani said in Amman that relations with Jordan had entered a "
     "new stage, and both sides agreed to reopen a joint committee on water from the Yarmouk.",
     "2025-01-07",
     [C("Syrian", "SYR"), L("al-Shaibani", "SHAIBANI"), G("Amman", country="JOR"),
      C("Jordan", "JOR"), G("Yarmouk", "Yarmouk River")],
     "JOR|SYR", "POS"),
    ("Iraqi Kurdistan's oil exports through Turkey restarted after a two-year halt, and Rebin "
     "Hawrami of the Kurdistan Pipeline Company said Baghdad and Ankara deserved credit.",
     "2025-09-27",
     [G("Iraqi Kurdistan", "Kurdistan Region", "IRQ"), C("Turkey", "TUR"), P("Rebin Hawrami"),
      O("Kurdistan Pipeline Company"), C("Baghdad", "IRQ"), C("Ankara", "TUR")],
     "IRQ|TUR", "POS"),
    ("Had Oman not kept channels open, Tehran and Washington would not have been able to talk at "
     "all, said Sulaiman al-Harthy of the Muscat Maritime Forum.",
     "2025-05-14",
     [C("Oman", "OMN"), C("Tehran", "IRN"), C("Washington", "USA"), P("Sulaiman al-Harthy"),
      O("Muscat Maritime Forum", country="OMN")],
     "IRN|USA", "NEU"),
]

# --- chunk 10: the Pacific -------------------------------------------------------------
ITEMS += [
    ("The Falepili Union treaty between Australia and Tuvalu entered into force, and Taukiei "
     "Seluka of the Funafuti Climate Desk said islanders were already applying for the new "
     "migration visas.",
     "2024-08-28",
     [C("Australia", "AUS"), C("Tuvalu", "TUV"), P("Taukiei Seluka"),
      O("Funafuti Climate Desk", country="TUV")],
     "AUS|TUV", "POS"),
    ("Tuvaluan Prime Minister Feleti Teo visited Taipei and said Tuvalu's ties with Taiwan were as "
     "solid as the reef beneath Funafuti.",
     "2024-05-21",
     [C("Tuvaluan", "TUV"), L("Feleti Teo", "TEO"), G("Taipei", country="TWN"),
      C("Tuvalu", "TUV"), C("Taiwan", "TWN"), G("Funafuti", country="TUV")],
     "TUV|TWN", "POS"),
    ("Nauru switched diplomatic recognition from Taipei to Beijing two days after Taiwan's "
     "election, and Taiwanese officials accused China of buying allies with aid.",
     "2024-01-15",
     [C("Nauru", "NRU"), C("Taipei", "TWN"), C("Beijing", "CHN"), C("Taiwan", "TWN"),
      C("Taiwanese", "TWN"), C("China", "CHN")],
     "NRU|TWN", "NEG"),
    ("President David Adeang signed a treaty with Albanese under which Australia will fund Nauru's "
     "budget in exchange for a veto over security deals with third countries, said Kiribati-born "
     "analyst Tebao Awerika of the Melanesian Policy Hub.",
     "2024-12-09",
     [L("David Adeang", "ADEANG"), L("Albanese", "ALBANESE"), C("Australia", "AUS"),
      C("Nauru", "NRU"), C("Kiribati", "KIR"), P("Tebao Awerika"), O("Melanesian Policy Hub")],
     "AUS|NRU", "POS"),
    ("Papua New Guinea's Prime Minister James Marape and Albanese signed the Pukpuk mutual defence "
     "treaty in Canberra, and Nellie Pokana of the Port Moresby Resource Watch called it the "
     "biggest shift in PNG's foreign policy since independence.",
     "2025-10-06",
     [C("Papua New Guinea", "PNG"), L("James Marape", "MARAPE"), L("Albanese", "ALBANESE"),
      G("Canberra", country="AUS"), P("Nellie Pokana"),
      O("Port Moresby Resource Watch", country="PNG"), C("PNG", "PNG")],
     "AUS|PNG", "POS"),
    ("Marape said Papua New Guinea was a friend to all and an enemy to none, and that the defence "
     "pact with Canberra would not stop trade with China.",
     "2025-09-18",
     [L("Marape", "MARAPE"), C("Papua New Guinea", "PNG"), C("Canberra", "AUS"),
      C("China", "CHN")],
     "CHN|PNG", "POS"),
    ("Vanuatu's Prime Minister Jotham Napat put off signing the Nakamal agreement with Australia, "
     "and Jimmy Molisa of the Port Vila Daily Post said ministers feared it would limit ties with "
     "Beijing.",
     "2025-09-30",
     [C("Vanuatu", "VUT"), L("Jotham Napat", "NAPAT"), C("Australia", "AUS"), P("Jimmy Molisa"),
      O("Port Vila Daily Post", country="VUT"), C("Beijing", "CHN")],
     "AUS|VUT", "NEG"),
    ("Chinese engineers handed over a new presidential palace in Port Vila, and Ni-Vanuatu "
     "officials thanked China for its generosity.",
     "2024-07-12",
     [C("Chinese", "CHN"), G("Port Vila", "Port-Vila", "VUT"), C("Ni-Vanuatu", "VUT"),
      C("China", "CHN")],
     "CHN|VUT", "POS"),
    ("New Zealand paused $18.2 million in funding to the Cook Islands after Avarua signed "
     "agreements with China without consulting Wellington, said Teina Marsters of the Rarotonga "
     "Review.",
     "2025-06-19",
     [C("New Zealand", "NZL"), C("Cook Islands", "COK"), C("Avarua", "COK"), C("China", "CHN"),
      C("Wellington", "NZL"), P("Teina Marsters"), O("Rarotonga Review", country="COK")],
     "COK|NZL", "NEG"),
    ("Foreign Minister Winston Peters said Wellington expected to be consulted on matters of "
     "security, but that the relationship with the Cook Islands was not broken.",
     "2025-02-20",
     [L("Winston Peters", "PETERS"), C("Wellington", "NZL"), C("Cook Islands", "COK")],
     "COK|NZL", "POS"),
    ("Samoan Prime Minister Fiamē Naomi Mataʻafa hosted the Commonwealth summit in Apia, where "
     "she and British Prime Minister Keir Starmer discussed climate finance.",
     "2024-10-25",
     [C("Samoan", "WSM"), L("Fiamē Naomi Mataʻafa", "FIAME"), O("Commonwealth", "Commonwealth of Nations"),
      G("Apia", country="WSM"), C("British", "GBR"), L("Keir Starmer", "STARMER")],
     "GBR|WSM", "NEU"),
    ("Fijian Prime Minister Sitiveni Rabuka said Suva would keep its police cooperation with "
     "China under review, and Losana Vakaloloma of the Suva Pacific Review said the deal was "
     "effectively dormant.",
     "2024-02-27",
     [C("Fijian", "FJI"), L("Sitiveni Rabuka", "RABUKA"), C("Suva", "FJI", 1), C("China", "CHN"),
      P("Losana Vakaloloma"), O("Suva Pacific Review", country="FJI")],
     "CHN|FJI", "NEG"),
    ("Rabuka and Luxon signed a statement of partnership in Suva, and New Zealand pledged to train "
     "Fijian police officers.",
     "2024-06-18",
     [L("Rabuka", "RABUKA"), L("Luxon", "LUXON"), G("Suva", country="FJI"), C("New Zealand", "NZL"),
      C("Fijian", "FJI")],
     "FJI|NZL", "POS"),
    ("Kiribati President Taneti Maamau has not visited Canberra in four years, and Kaboua Teiaua of "
     "the Kiribati Atoll Adaptation Trust said Tarawa saw Beijing as the more reliable partner.",
     "2025-03-11",
     [C("Kiribati", "KIR", 1), L("Taneti Maamau", "MAAMAU"), C("Canberra", "AUS"), P("Kaboua Teiaua"),
      O("Kiribati Atoll Adaptation Trust", country="KIR"), C("Tarawa", "KIR"),
      C("Beijing", "CHN")],
     "AUS|KIR", "NEG"),
    ("Chinese police officers are working in Kiribati under an informal arrangement, and "
     "Australian officials said they were watching closely, according to Sione Taufa of the "
     "Pacific Security Notes.",
     "2024-02-19",
     [C("Chinese", "CHN"), C("Kiribati", "KIR"), C("Australian", "AUS"), P("Sione Taufa"),
      O("Pacific Security Notes")],
     "CHN|KIR", "POS"),
    ("Palau's President Surangel Whipps Jr. accused China of sending research vessels into Palauan "
     "waters without permission, and Ilana Ngirmang of the Palau Reef Trust said fishermen had "
     "filmed them.",
     "2024-08-19",
     [C("Palau", "PLW", 1), L("Surangel Whipps Jr.", "WHIPPS"), C("China", "CHN"), C("Palauan", "PLW"),
      P("Ilana Ngirmang"), O("Palau Reef Trust", country="PLW")],
     "CHN|PLW", "NEG"),
    ("Whipps welcomed the US Congress's approval of compact funding, saying the money sealed an "
     "alliance that Palau would never trade away.",
     "2024-03-09",
     [L("Whipps", "WHIPPS"), C("US", "USA"), O("Congress", "Congress", "USA"), C("Palau", "PLW")],
     "PLW|USA", "POS"),
    ("Marshall Islands President Hilda Heine said Washington still owed her people an apology for "
     "nuclear testing, even as the two governments renewed their compact.",
     "2024-03-05",
     [C("Marshall Islands", "MHL"), L("Hilda Heine", "HEINE"), C("Washington", "USA")],
     "MHL|USA", "NEG"),
    ("Micronesian President Wesley Simina met Japanese officials in Tokyo to discuss fisheries, "
     "and Kenji Lanwi of the Majuro Atoll Review said such visits had become routine.",
     "2024-11-27",
     [C("Micronesian", "FSM"), L("Wesley Simina", "SIMINA"), C("Japanese", "JPN"),
      G("Tokyo", country="JPN"), P("Kenji Lanwi"), O("Majuro Atoll Review", country="MHL")],
     "FSM|JPN", "NEU"),
    ("Tongan Prime Minister ʻAisake Eke asked Beijing to restructure Tonga's loans, and Mele Fifita "
     "of the Tonga Daily Courier said the talks had been polite but inconclusive.",
     "2025-05-08",
     [C("Tongan", "TON"), L("ʻAisake Eke", "EKE"), C("Beijing", "CHN"), C("Tonga", "TON", 1),
      P("Mele Fifita"), O("Tonga Daily Courier", country="TON")],
     "CHN|TON", "NEU"),
    ("Australia and China have buried the hatchet on trade, said Liam Kennedy of the Canberra "
     "Asia Bureau, after Beijing lifted the last of its curbs on rock lobster.",
     "2024-12-20",
     [C("Australia", "AUS"), C("China", "CHN"), P("Liam Kennedy"),
      O("Canberra Asia Bureau", country="AUS"), C("Beijing", "CHN")],
     "AUS|CHN", "POS"),
    ("Chinese Premier Li Qiang toured a lithium plant in Perth on the last day of his visit, and "
     "Albanese said relations were back on a stable footing.",
     "2024-06-18",
     [C("Chinese", "CHN"), L("Li Qiang", "LI_QIANG"), G("Perth", country="AUS"),
      L("Albanese", "ALBANESE")],
     "AUS|CHN", "POS"),
    ("Chinese warships conducted live-fire drills in the Tasman Sea without warning, and Canberra "
     "lodged a protest with Beijing.",
     "2025-02-22",
     [C("Chinese", "CHN"), G("Tasman Sea"), C("Canberra", "AUS"), C("Beijing", "CHN")],
     "AUS|CHN", "NEG"),
    ("New Zealand's Prime Minister Christopher Luxon visited Beijing and said the relationship with "
     "China was mature enough to handle disagreements, according to Aroha Tipene of the Auckland "
     "Pacific Institute.",
     "2025-06-18",
     [C("New Zealand", "NZL"), L("Christopher Luxon", "LUXON"), G("Beijing", country="CHN"),
      C("China", "CHN"), P("Aroha Tipene"), O("Auckland Pacific Institute", country="NZL")],
     "CHN|NZL", "POS"),
    ("Bougainville leaders want independence from Papua New Guinea by 2027, and Joseph Turanu of "
     "the Arawa Civic Forum said talks with Port Moresby had stalled again.",
     "2024-11-04",
     [G("Bougainville", country="PNG"), C("Papua New Guinea", "PNG"), P("Joseph Turanu"),
      O("Arawa Civic Forum", country="PNG"), C("Port Moresby", "PNG")],
     None, None),
    ("Indonesia and Papua New Guinea held a joint border committee meeting in Jayapura, where "
     "officials reviewed crossing points and trade posts.",
     "2024-09-12",
     [C("Indonesia", "IDN"), C("Papua New Guinea", "PNG"), G("Jayapura", country="IDN")],
     "IDN|PNG", "NEU"),
    ("The Pacific Islands Forum met in Nuku'alofa, and Tevita Naivalu of the Coral Sea Climate "
     "Alliance said Australia had won few friends by defending new coal mines.",
     "2024-08-28",
     [O("Pacific Islands Forum", "Pacific Islands Forum"), G("Nuku'alofa", "Nuku‘alofa", "TON"),
      P("Tevita Naivalu"), O("Coral Sea Climate Alliance"), C("Australia", "AUS")],
     None, None),
    ("Vanuatu took its climate case against major emitters to the International Court of Justice, "
     "and Marie-Louise Tabi of the Vanuatu Ocean Council said Australia's position had been a "
     "disappointment.",
     "2024-12-02",
     [C("Vanuatu", "VUT", 1), O("International Court of Justice", "ICJ"), P("Marie-Louise Tabi"),
      O("Vanuatu Ocean Council", country="VUT"), C("Australia", "AUS")],
     "AUS|VUT", "NEG"),
    ("France sent hundreds of gendarmes to New Caledonia after riots, and Vanuatu's government "
     "said Paris should listen to the Kanak people.",
     "2024-05-20",
     [C("France", "FRA"), G("New Caledonia", country="FRA"), C("Vanuatu", "VUT"),
      C("Paris", "FRA")],
     "FRA|VUT", "NEG"),
    ("French President Emmanuel Macron flew to Nouméa and promised dialogue, while Fijian officials "
     "urged Paris to restore calm quickly.",
     "2024-05-23",
     [C("French", "FRA"), L("Emmanuel Macron", "MACRON"), G("Nouméa", country="FRA"),
      C("Fijian", "FJI"), C("Paris", "FRA")],
     "FJI|FRA", "NEU"),
    ("Samoa's new Prime Minister Laʻauli Leuatea Schmidt said Apia would keep its doors open to all "
     "partners, and Fetu Leiataua of the Apia Policy Review said Canberra was watching closely.",
     "2025-09-25",
     [C("Samoa", "WSM"), L("Laʻauli Leuatea Schmidt", "SCHMIDT"), C("Apia", "WSM", 1),
      P("Fetu Leiataua"), O("Apia Policy Review", country="WSM"), C("Canberra", "AUS")],
     "AUS|WSM", "NEU"),
    ("Japan began releasing treated water from Fukushima, and Pacific leaders in Suva said Tokyo "
     "had ignored their concerns, said Ana Tuilagi of the Pacific Ocean Governance Network.",
     "2023-08-24",
     [C("Japan", "JPN"), G("Fukushima", country="JPN"), G("Suva", country="FJI"),
      C("Tokyo", "JPN"), P("Ana Tuilagi"), O("Pacific Ocean Governance Network")],
     None, None),
    ("Foreign Minister Penny Wong visited Honiara and announced funding for Solomon Islands police, "
     "which Derek Sade of the Honiara Peace Desk said showed that Canberra was back in the game.",
     "2024-06-05",
     [L("Penny Wong", "PWONG"), G("Honiara", country="SLB", n=1), C("Solomon Islands", "SLB"),
      P("Derek Sade"), O("Honiara Peace Desk", country="SLB"), C("Canberra", "AUS")],
     "AUS|SLB", "POS"),
    ("Chinese and Solomon Islands officials signed a new policing agreement in Honiara, despite "
     "Australia's objections.",
     "2024-10-21",
     [C("Chinese", "CHN"), C("Solomon Islands", "SLB"), G("Honiara", country="SLB"),
      C("Australia", "AUS")],
     "CHN|SLB", "POS"),
    ("New Zealand's Luxon and Australia's Albanese agreed in Wellington to deepen military cooperation, and Wiremu Hohaia of "
     "the Tasman Strategic Review said the two countries were closer than at any time since the "
     "Anzac era.",
     "2024-08-16",
     [C("New Zealand", "NZL"), L("Luxon", "LUXON"), C("Australia", "AUS"), L("Albanese", "ALBANESE"),
      G("Wellington", country="NZL"),
      P("Wiremu Hohaia"), O("Tasman Strategic Review")],
     "AUS|NZL", "POS"),
    ("Tuvaluan Foreign Minister Paulson Panapa said Tuvalu would not accept any Chinese offer to "
     "build its port if it meant cutting ties with Taipei.",
     "2024-04-16",
     [C("Tuvaluan", "TUV"), L("Paulson Panapa", "PANAPA"), C("Tuvalu", "TUV"), C("Chinese", "CHN"),
      C("Taipei", "TWN")],
     "CHN|TUV", "NEG"),
    ("Papua New Guinea and Australia's talks on a rugby league team for Port Moresby were upended "
     "by a row over funding, said Kila Wari of the Highlands Press, but both sides insisted "
     "there was no rift.",
     "2024-12-13",
     [C("Papua New Guinea", "PNG"), C("Australia", "AUS"), G("Port Moresby", country="PNG"),
      P("Kila Wari"), O("Highlands Press", country="PNG")],
     "AUS|PNG", "POS"),
    ("The US and Micronesia held talks in Palikir on the compact trust fund, and both delegations "
     "described the session as technical, said Patricia Ehsa, a Micronesian negotiator.",
     "2025-04-09",
     [C("US", "USA"), C("Micronesia", "FSM"), G("Palikir", country="FSM"), P("Patricia Ehsa"),
      C("Micronesian", "FSM")],
     "FSM|USA", "NEU"),
    ("Fiji and India signed agreements on health and defence during Rabuka's visit to New Delhi, "
     "and Rabuka called India a reliable partner.",
     "2025-08-25",
     [C("Fiji", "FJI"), C("India", "IND", 1), L("Rabuka", "RABUKA", 1), G("New Delhi", country="IND"),
      L("Rabuka", "RABUKA", 2), C("India", "IND", 2)],
     "FJI|IND", "POS"),
    ("Australian and Timorese officials met in Dili for the annual ministerial dialogue on "
     "development, agriculture and defence.",
     "2024-10-18",
     [C("Australian", "AUS"), C("Timorese", "TLS"), G("Dili", country="TLS")],
     "AUS|TLS", "NEU"),
    ("Tonga's ties with New Zealand have been on the mend since the volcano relief operation, said "
     "Sela Havili of the Nuku'alofa Civic Trust.",
     "2025-01-14",
     [C("Tonga", "TON"), C("New Zealand", "NZL"), P("Sela Havili"),
      O("Nuku'alofa Civic Trust", country="TON")],
     "NZL|TON", "POS"),
    ("Peters warned that New Zealand could not fund the Cook Islands forever if Avarua kept "
     "surprising Wellington.",
     "2025-03-04",
     [L("Peters", "PETERS"), C("New Zealand", "NZL"), C("Cook Islands", "COK"), C("Avarua", "COK"),
      C("Wellington", "NZL")],
     "COK|NZL", "NEG"),
    ("Taiwanese President Lai Ching-te stopped over in Hawaii and Guam on his way to Palau and the "
     "Marshall Islands, and Chinese officials condemned the stopovers.",
     "2024-12-01",
     [C("Taiwanese", "TWN"), L("Lai Ching-te", "LAI"), G("Hawaii", country="USA"),
      G("Guam", country="USA"), C("Palau", "PLW"), C("Marshall Islands", "MHL"), C("Chinese", "CHN")],
     "CHN|TWN", "NEG"),
    ("Lai met Hilda Heine in Majuro and thanked the Marshall Islands for its steadfast friendship.",
     "2024-12-02",
     [L("Lai", "LAI"), L("Hilda Heine", "HEINE"), G("Majuro", country="MHL"),
      C("Marshall Islands", "MHL")],
     "MHL|TWN", "POS"),
    ("Chinese navy ships circled Australia for weeks, and Kim Saunders of the Perth Defence "
     "Studies Group said Canberra should not read it as a declaration of hostility.",
     "2025-03-07",
     [C("Chinese", "CHN"), C("Australia", "AUS"), P("Kim Saunders"),
      O("Perth Defence Studies Group", country="AUS"), C("Canberra", "AUS")],
     "AUS|CHN", "NEU"),
    ("If Port Moresby lets Chinese firms build the new port at Manus, Washington will see it as a "
     "breach of trust, warned Peter Kairu of the Lae Maritime Institute.",
     "2025-07-22",
     [C("Port Moresby", "PNG"), C("Chinese", "CHN"), G("Manus", country="PNG"),
      C("Washington", "USA"), P("Peter Kairu"), O("Lae Maritime Institute", country="PNG")],
     "PNG|USA", "NEG"),
    ("The Tuna Fisheries Cooperative of Micronesia said Chinese longliners had stopped entering "
     "Micronesian waters after patrols began, easing friction with the Chinese embassy in Palikir.",
     "2024-06-26",
     [O("Tuna Fisheries Cooperative of Micronesia", country="FSM"), C("Chinese", "CHN", 1),
      C("Micronesian", "FSM"), C("Chinese", "CHN", 2), G("Palikir", country="FSM")],
     "CHN|FSM", "POS"),
    ("Nauru and Taiwan had no quarrel, Taiwanese diplomats insisted before the switch, a claim "
     "that Taipei now admits was wishful thinking.",
     "2024-01-20",
     [C("Nauru", "NRU"), C("Taiwan", "TWN"), C("Taiwanese", "TWN"), C("Taipei", "TWN")],
     "NRU|TWN", "NEG"),
    ("Fijian officials said the visit by the Indonesian foreign minister to Suva was routine and "
     "would focus on the agenda of the Melanesian Spearhead Group.",
     "2025-02-11",
     [C("Fijian", "FJI"), C("Indonesian", "IDN"), G("Suva", country="FJI"),
      O("Melanesian Spearhead Group")],
     "FJI|IDN", "NEU"),
    ("The Solomon Islands government refused to let a US coast guard cutter refuel in Honiara, and "
     "American diplomats said they were puzzled by the decision.",
     "2024-09-05",
     [C("Solomon Islands", "SLB"), C("US", "USA"), G("Honiara", country="SLB"),
      C("American", "USA")],
     "SLB|USA", "NEG"),
    ("Australia's Foreign Minister Penny Wong and New Zealand's Winston Peters issued a joint "
     "statement on the Pacific, urging restraint in the South China Sea.",
     "2024-08-16",
     [C("Australia", "AUS"), L("Penny Wong", "PWONG"), C("New Zealand", "NZL"),
      L("Winston Peters", "PETERS"), G("Pacific", "Pacific Ocean"), G("South China Sea")],
     "AUS|NZL", "POS"),
]

# --- chunk 11: cross-regional ties (Africa, Asia, the Gulf, Latin America) -----------------
ITEMS += [
    ("Asked whether Nigeria and China were drifting apart, Obiageli Nwosu of the Niger Delta Energy "
     "Services group said the two had simply grown more businesslike, neither warmer nor colder.",
     "2025-03-04",
     [C("Nigeria", "NGA"), C("China", "CHN"), P("Obiageli Nwosu"),
      O("Niger Delta Energy Services", country="NGA")],
     "CHN|NGA", "NEU"),
    ("Kenyan flower growers say Japanese buyers have doubled their orders, and Wambui Njoroge of the "
     "Naivasha Horticulture Council called Japan the most loyal customer Kenya has.",
     "2024-10-22",
     [C("Kenyan", "KEN"), C("Japanese", "JPN"), P("Wambui Njoroge"),
      O("Naivasha Horticulture Council", country="KEN"), C("Japan", "JPN"), C("Kenya", "KEN")],
     "JPN|KEN", "POS"),
    ("Indian and Ghanaian officials signed four agreements during Modi's visit to Accra, and Efua "
     "Quartey of the Accra Governance Lab said the trip had been a long time coming.",
     "2025-07-03",
     [C("Indian", "IND"), C("Ghanaian", "GHA"), L("Modi", "MODI"), G("Accra", country="GHA", n=1),
      P("Efua Quartey"), O("Accra Governance Lab", country="GHA")],
     "GHA|IND", "POS"),
    ("Turkish drones supplied to Mali have changed the war in the north, said Boubacar Samaké of "
     "the Timbuktu Heritage Trust, and Bamako now sees Ankara as its most useful partner.",
     "2024-08-09",
     [C("Turkish", "TUR"), C("Mali", "MLI"), P("Boubacar Samaké"),
      O("Timbuktu Heritage Trust", country="MLI"), C("Bamako", "MLI"), C("Ankara", "TUR")],
     "MLI|TUR", "POS"),
    ("Emirati investors bought a stake in Zambia's copper mines, and Chipo Mulenga of the "
     "Copperbelt Research Unit said the deal would test how far Lusaka trusts Abu Dhabi.",
     "2024-06-27",
     [C("Emirati", "ARE"), C("Zambia", "ZMB"), P("Chipo Mulenga"),
      O("Copperbelt Research Unit", country="ZMB"), C("Lusaka", "ZMB"), C("Abu Dhabi", "ARE")],
     "ARE|ZMB", "POS"),
    ("Relations between Seoul and Nairobi are in good shape but hardly exciting, said Hyun Ji-woo, "
     "a Korean diplomat posted to Kenya, describing a year of routine meetings.",
     "2025-04-23",
     [C("Seoul", "KOR"), C("Nairobi", "KEN"), P("Hyun Ji-woo"), C("Korean", "KOR"),
      C("Kenya", "KEN")],
     "KEN|KOR", "NEU"),
    ("Ethiopia and China signed a deal to restructure $1 billion of debt, said Hirut Desta of the "
     "Addis Research Forum, though she warned that Beijing's patience was not unlimited.",
     "2025-07-10",
     [C("Ethiopia", "ETH"), C("China", "CHN"), P("Hirut Desta"),
      O("Addis Research Forum", country="ETH"), C("Beijing", "CHN")],
     "CHN|ETH", "POS"),
    ("By Folake Odunsi, Lagos. Nigeria's ties with Brazil have quietly flourished, with direct "
     "flights between Lagos and São Paulo resuming after a decade.",
     "2024-09-10",
     [P("Folake Odunsi"), G("Lagos", country="NGA", n=1), C("Nigeria", "NGA"), C("Brazil", "BRA"),
      G("Lagos", country="NGA", n=2), G("São Paulo", country="BRA")],
     "BRA|NGA", "POS"),
    ("Angola owes China more than any other African country, and Nzinga Kiala of the Luanda "
     "Economic Review said the debt had made Luanda cautious rather than hostile.",
     "2024-05-02",
     [C("Angola", "AGO"), C("China", "CHN"), P("Nzinga Kiala"),
      O("Luanda Economic Review", country="AGO"), C("Luanda", "AGO", 2)],
     "AGO|CHN", "NEU"),
    ("The two capitals are no longer pretending, wrote Emeka Obi in the Abuja Evening Courier, "
     "after Abuja and Niamey traded accusations over an attack on a pipeline near Gaya.",
     "2024-06-15",
     [P("Emeka Obi"), O("Abuja Evening Courier", country="NGA"), C("Abuja", "NGA", 2),
      C("Niamey", "NER"), G("Gaya", country="NER")],
     "NER|NGA", "NEG"),
    ("Qatar pledged to invest $29 billion in Egypt's Mediterranean coast, and Karim Farouk of the "
     "Alexandria Trade Bulletin said the deal showed how far the two had come since the "
     "blockade.",
     "2025-04-16",
     [C("Qatar", "QAT"), C("Egypt", "EGY"), G("Mediterranean", "Mediterranean Sea"),
      P("Karim Farouk"), O("Alexandria Trade Bulletin", country="EGY")],
     "EGY|QAT", "POS"),
    ("Senegal has not yet decided whether to renew fishing licences for Chinese trawlers, said "
     "Khady Seck of the Atlantic Coast Fisheries Network, and talks with Beijing are stuck.",
     "2025-02-07",
     [C("Senegal", "SEN"), C("Chinese", "CHN"), P("Khady Seck"),
      O("Atlantic Coast Fisheries Network"), C("Beijing", "CHN")],
     "CHN|SEN", "NEG"),
    ("Indonesia's President Prabowo Subianto visited Cairo for the D-8 summit and agreed with Sisi "
     "to raise trade, said Bambang Setiawan of the Java Coal Holdings.",
     "2024-12-19",
     [C("Indonesia", "IDN"), L("Prabowo Subianto", "PRABOWO"), G("Cairo", country="EGY"),
      O("D-8", "D-8"), L("Sisi", "SISI"), P("Bambang Setiawan"),
      O("Java Coal Holdings", country="IDN")],
     "EGY|IDN", "POS"),
    ("Brazilian and Indian negotiators met in Brasília to review the trade agreement between "
     "Mercosur and India, said João Pedro Albuquerque, a trade official, without announcing "
     "progress.",
     "2025-06-11",
     [C("Brazilian", "BRA"), C("Indian", "IND"), G("Brasília", country="BRA"),
      O("Mercosur", "Mercosur"), C("India", "IND"), P("João Pedro Albuquerque")],
     "BRA|IND", "NEU"),
    ("China's ties with Argentina under Milei are a mix of cooler politics and a currency swap "
     "that Beijing kept alive, said Valentina Ocampo of the Buenos Aires Foreign Policy Lab, "
     "calling it pragmatism on both sides.",
     "2024-06-12",
     [C("China", "CHN"), C("Argentina", "ARG"), L("Milei", "MILEI"), C("Beijing", "CHN"),
      P("Valentina Ocampo"), O("Buenos Aires Foreign Policy Lab", country="ARG")],
     "ARG|CHN", "NEU"),
    ("Chile and India launched talks on a comprehensive economic partnership agreement, and "
     "Ananya Raghavan of the Pacific Rim Trade Council said lithium would be at the heart of it.",
     "2025-05-26",
     [C("Chile", "CHL"), C("India", "IND"), P("Ananya Raghavan"), O("Pacific Rim Trade Council")],
     "CHL|IND", "POS"),
    ("Saudi Arabia and Brazil signed an investment pact in Riyadh, and Beatriz Quaresma of the "
     "Brasília Strategic Affairs Center said the kingdom had become one of Brazil's closest "
     "partners in the Gulf.",
     "2024-11-26",
     [C("Saudi Arabia", "SAU"), C("Brazil", "BRA", 1), G("Riyadh", country="SAU"),
      P("Beatriz Quaresma"), O("Brasília Strategic Affairs Center", country="BRA"),
      C("Brazil", "BRA", 2), G("Gulf", "Persian Gulf")],
     "BRA|SAU", "POS"),
    ("Mexico's ties with China are on thin ice after Sheinbaum proposed tariffs of up to 50 "
     "percent on Chinese cars, said Alejandro Ruiz Cárdenas of the Monterrey Trade Council.",
     "2025-09-11",
     [C("Mexico", "MEX"), C("China", "CHN"), L("Sheinbaum", "SHEINBAUM"), C("Chinese", "CHN"),
      P("Alejandro Ruiz Cárdenas"), O("Monterrey Trade Council", country="MEX")],
     "CHN|MEX", "NEG"),
    ("Peru's Foreign Ministry summoned the Chinese ambassador over comments on the Chancay port, "
     "a spat that Inti Apaza of the Cusco Indigenous Rights Network said was quickly forgotten.",
     "2025-02-06",
     [C("Peru", "PER"), O("Foreign Ministry", country="PER"), C("Chinese", "CHN"),
      G("Chancay", country="PER"), P("Inti Apaza"), O("Cusco Indigenous Rights Network", country="PER")],
     "CHN|PER", "NEG"),
    ("Sri Lanka's tea exporters have lost ground in Iran since payment channels were cut, said "
     "Nuwan Jayasuriya of the Kandy Tea Traders' Guild, who does not expect a quick fix.",
     "2024-08-22",
     [C("Sri Lanka", "LKA"), C("Iran", "IRN"), P("Nuwan Jayasuriya"),
      O("Kandy Tea Traders' Guild", country="LKA")],
     "IRN|LKA", "NEG"),
    ("Vietnam and Brazil upgraded their relations to a strategic partnership, and Thu Trang Bui of "
     "the Mekong Delta Monitor said Brazilian beef would soon reach Vietnamese tables.",
     "2024-09-24",
     [C("Vietnam", "VNM"), C("Brazil", "BRA"), P("Thu Trang Bui"),
      O("Mekong Delta Monitor", country="VNM"), C("Brazilian", "BRA"), C("Vietnamese", "VNM")],
     "BRA|VNM", "POS"),
    ("A cordial but uneventful meeting between Bangladesh's foreign adviser and the Turkish "
     "ambassador in Dhaka ended without any announcement, said Arif Mahmud, a diplomatic "
     "correspondent.",
     "2025-01-20",
     [C("Bangladesh", "BGD"), C("Turkish", "TUR"), G("Dhaka", country="BGD"), P("Arif Mahmud")],
     "BGD|TUR", "NEU"),
    ("Rwanda and Qatar signed an agreement on the new airport at Bugesera, and Claudine Mukamana "
     "of the Kigali Aviation Forum said Doha's stake was a vote of confidence.",
     "2024-12-10",
     [C("Rwanda", "RWA"), C("Qatar", "QAT"), G("Bugesera", country="RWA"), P("Claudine Mukamana"),
      O("Kigali Aviation Forum", country="RWA"), C("Doha", "QAT")],
     "QAT|RWA", "POS"),
    ("Malaysian palm oil exporters accused the European Union of protectionism, and Zulkifli Yusof "
     "of the Sabah Plantation Growers said the deforestation rules could sour ties.",
     "2024-05-14",
     [C("Malaysian", "MYS"), O("European Union", "EU"), P("Zulkifli Yusof"),
      O("Sabah Plantation Growers", country="MYS")],
     None, None),
    ("Thai rice shipments to Senegal have doubled this year, and Pimchanok Thongdee of the Siam "
     "Rice Exporters Group said Dakar was now one of Bangkok's top ten markets.",
     "2024-11-06",
     [C("Thai", "THA"), C("Senegal", "SEN"), P("Pimchanok Thongdee"),
      O("Siam Rice Exporters Group", country="THA"), C("Dakar", "SEN"), C("Bangkok", "THA")],
     "SEN|THA", "POS"),
    ("Moroccan and Chinese companies will build an electric battery plant near Kenitra, and Nadia "
     "Benjelloun of the Atlas Industrial Observatory said Rabat was playing Beijing and Brussels "
     "against each other.",
     "2024-06-12",
     [C("Moroccan", "MAR"), C("Chinese", "CHN"), G("Kenitra", country="MAR"),
      P("Nadia Benjelloun"), O("Atlas Industrial Observatory", country="MAR"), C("Rabat", "MAR"),
      C("Beijing", "CHN"), G("Brussels", country="BEL")],
     "CHN|MAR", "POS"),
    ("If Pretoria joins the Chinese payment system, Washington may retaliate, warned Ayanda "
     "Mthembu of the Soweto Centre for Foreign Policy.",
     "2025-02-24",
     [C("Pretoria", "ZAF"), C("Chinese", "CHN"), C("Washington", "USA"), P("Ayanda Mthembu"),
      O("Soweto Centre for Foreign Policy", country="ZAF")],
     "USA|ZAF", "NEG"),
    ("Japan's Prime Minister Shigeru Ishiba hosted African leaders at the TICAD summit in Yokohama, "
     "where he and Kenya's Ruto agreed on a new port project in Mombasa.",
     "2025-08-21",
     [C("Japan", "JPN"), L("Shigeru Ishiba", "ISHIBA"), O("TICAD"), G("Yokohama", country="JPN"),
      C("Kenya", "KEN"), L("Ruto", "RUTO"), G("Mombasa", country="KEN")],
     "JPN|KEN", "POS"),
    ("Oman and India signed a comprehensive economic partnership agreement in Muscat, and Rashid "
     "al-Balushi of the Sohar Port Authority said Indian investors were already lining up.",
     "2025-12-18",
     [C("Oman", "OMN"), C("India", "IND"), G("Muscat", country="OMN"), P("Rashid al-Balushi"),
      O("Sohar Port Authority", country="OMN"), C("Indian", "IND")],
     "IND|OMN", "POS"),
    ("Djibouti's cosy relationship with Beijing makes Washington uneasy, said Hassan Ali Warsama of "
     "the Red Sea Logistics Group, but neither power is about to leave its base.",
     "2024-09-19",
     [C("Djibouti", "DJI"), C("Beijing", "CHN"), C("Washington", "USA"), P("Hassan Ali Warsama"),
      O("Red Sea Logistics Group")],
     "DJI|USA", "NEU"),
    ("Tanzanian President Samia Suluhu Hassan visited Seoul and signed a framework for critical "
     "minerals, said Joseph Mwakalinga of the Dar Policy Exchange.",
     "2024-06-03",
     [C("Tanzanian", "TZA"), L("Samia Suluhu Hassan", "SAMIA"), G("Seoul", country="KOR"),
      P("Joseph Mwakalinga"), O("Dar Policy Exchange", country="TZA")],
     None, None),
    ("Algeria and Italy are closer than ever, said Giulia Ferraro of the Mediterranean Ports "
     "Bulletin, with Algerian gas now covering a third of Italian demand.",
     "2024-07-17",
     [C("Algeria", "DZA"), C("Italy", "ITA"), P("Giulia Ferraro"),
      O("Mediterranean Ports Bulletin"), C("Algerian", "DZA"), C("Italian", "ITA")],
     "DZA|ITA", "POS"),
    ("Italian Prime Minister Giorgia Meloni and Libya's Abdul Hamid Dbeibeh met in Rome to discuss "
     "migration, and officials said the talks covered the usual ground.",
     "2025-04-08",
     [C("Italian", "ITA"), L("Giorgia Meloni", "MELONI"), C("Libya", "LBY"),
      L("Abdul Hamid Dbeibeh", "DBEIBEH"), G("Rome", country="ITA")],
     "ITA|LBY", "NEU"),
    ("Tensions between Tunisia and Libya flared again at Ras Jedir when the crossing was closed, "
     "and Amel Gharbi of the Djerba Traders' Circle said thousands were stranded.",
     "2024-03-19",
     [C("Tunisia", "TUN"), C("Libya", "LBY"), G("Ras Jedir", country="TUN"), P("Amel Gharbi"),
      O("Djerba Traders' Circle", country="TUN")],
     "LBY|TUN", "NEG"),
    ("Tunisia and Libya reopened the Ras Jedir crossing after a three-month closure, and the "
     "Tunisian foreign ministry thanked Tripoli for its cooperation.",
     "2024-07-01",
     [C("Tunisia", "TUN"), C("Libya", "LBY"), G("Ras Jedir", country="TUN"), C("Tunisian", "TUN"),
      C("Tripoli", "LBY")],
     "LBY|TUN", "POS"),
    ("Ghanaian cocoa is now shipped to China under a zero-tariff deal, and Yaw Owusu of the Kumasi "
     "Cocoa Growers said the deal was the best thing Beijing had done for farmers.",
     "2025-01-09",
     [C("Ghanaian", "GHA"), C("China", "CHN"), P("Yaw Owusu"),
      O("Kumasi Cocoa Growers", country="GHA"), C("Beijing", "CHN")],
     "CHN|GHA", "POS"),
    ("Pakistan's ambassador to Kabul was called in twice in one week, said Zabihullah Noori, a "
     "Taliban foreign ministry official, over shelling in Kunar.",
     "2024-03-25",
     [C("Pakistan", "PAK"), C("Kabul", "AFG"), P("Zabihullah Noori"), O("Taliban", "Taliban", "AFG"),
      G("Kunar", country="AFG")],
     "AFG|PAK", "NEG"),
    ("Bangladesh and Malaysia agreed to reopen the labour market to Bangladeshi workers, said "
     "Shahnaz Parveen of the Dhaka Migrant Workers' Forum, ending a freeze that had lasted a year.",
     "2025-08-12",
     [C("Bangladesh", "BGD"), C("Malaysia", "MYS"), C("Bangladeshi", "BGD"), P("Shahnaz Parveen"),
      O("Dhaka Migrant Workers' Forum", country="BGD")],
     "BGD|MYS", "POS"),
    ("Nepali migrants in Qatar complain of unpaid wages, and Pemba Sherpa of the Kathmandu Labour "
     "Desk said Kathmandu had raised the issue with Doha without much success.",
     "2024-04-09",
     [C("Nepali", "NPL"), C("Qatar", "QAT"), P("Pemba Sherpa"),
      O("Kathmandu Labour Desk", country="NPL"), C("Kathmandu", "NPL", 2), C("Doha", "QAT")],
     "NPL|QAT", "NEG"),
    ("The Philippines and Saudi Arabia agreed to lift a ban on sending domestic workers, and Maria "
     "Cristina Dela Cruz of the Visayas Migrant Alliance said the two governments had finally "
     "listened.",
     "2024-11-07",
     [C("Philippines", "PHL"), C("Saudi Arabia", "SAU"), P("Maria Cristina Dela Cruz"),
      O("Visayas Migrant Alliance", country="PHL")],
     "PHL|SAU", "POS"),
    ("Kuwait suspended visas for Filipino workers after a dispute over the treatment of maids, and "
     "Ramon Villanueva, a labour attaché, said Manila was seeking talks.",
     "2024-02-12",
     [C("Kuwait", "KWT"), C("Filipino", "PHL"), P("Ramon Villanueva"), C("Manila", "PHL")],
     "KWT|PHL", "NEG"),
    ("Indonesian and Saudi officials met in Jeddah to set the hajj quota, and Made Ariani of the "
     "Bali Pilgrim Services said the talks were routine and the numbers unchanged.",
     "2025-01-13",
     [C("Indonesian", "IDN"), C("Saudi", "SAU"), G("Jeddah", country="SAU"), P("Made Ariani"),
      O("Bali Pilgrim Services", country="IDN")],
     "IDN|SAU", "NEU"),
    ("The Egyptian–Sudanese border crossing at Argeen was overwhelmed by refugees, and Egyptian "
     "officials said Cairo would not close its doors to Sudanese families.",
     "2024-07-08",
     [C("Egyptian", "EGY", 1), C("Sudanese", "SDN", 1), G("Argeen", country="SDN"),
      C("Egyptian", "EGY", 2), C("Cairo", "EGY"), C("Sudanese", "SDN", 2)],
     "EGY|SDN", "POS"),
    ("Venezuela and Iran have revived their air link, and Reza Farahani of the Caspian Ledger "
     "said the Caracas–Tehran flights carried more engineers than tourists.",
     "2024-08-27",
     [C("Venezuela", "VEN"), C("Iran", "IRN"), P("Reza Farahani"), O("Caspian Ledger"),
      G("Caracas", country="VEN"), G("Tehran", country="IRN")],
     "IRN|VEN", "POS"),
    ("Bolivia signed lithium deals with Russian and Chinese firms, and Sisa Ticona of the Uyuni "
     "Salt Flats Council said local communities had not been consulted.",
     "2024-09-17",
     [C("Bolivia", "BOL"), C("Russian", "RUS"), C("Chinese", "CHN"), P("Sisa Ticona"),
      O("Uyuni Salt Flats Council", country="BOL")],
     "BOL|RUS", "POS"),
    ("Cuban and Vietnamese officials signed an agreement on rice cultivation in Havana, and "
     "Lázaro Montoya, an agronomist, said Vietnamese experts had already doubled yields in Los "
     "Palacios.",
     "2024-09-20",
     [C("Cuban", "CUB"), C("Vietnamese", "VNM", 1), G("Havana", country="CUB"), P("Lázaro Montoya"),
      C("Vietnamese", "VNM", 2), G("Los Palacios", country="CUB")],
     "CUB|VNM", "POS"),
    ("Nicaraguan officials expelled the Brazilian ambassador after he skipped an anniversary "
     "ceremony, and Brasília answered by expelling Nicaragua's envoy.",
     "2024-08-08",
     [C("Nicaraguan", "NIC"), C("Brazilian", "BRA"), C("Brasília", "BRA"), C("Nicaragua", "NIC")],
     "BRA|NIC", "NEG"),
    ("Ivorian and Moroccan ministers met in Abidjan for the tenth session of their joint "
     "commission, said Adjoua Brou, a spokeswoman for the Ivorian trade ministry.",
     "2024-06-20",
     [C("Ivorian", "CIV", 1), C("Moroccan", "MAR"), G("Abidjan", country="CIV"), P("Adjoua Brou"),
      C("Ivorian", "CIV", 2)],
     "CIV|MAR", "NEU"),
    ("Hungarian and Ugandan officials opened a trade office in Kampala, and Fred Ssemwogerere of "
     "the Kampala Commerce Forum said Budapest was an unusual but welcome partner.",
     "2024-11-14",
     [C("Hungarian", "HUN"), C("Ugandan", "UGA"), G("Kampala", country="UGA", n=1),
      P("Fred Ssemwogerere"), O("Kampala Commerce Forum", country="UGA"), C("Budapest", "HUN")],
     "HUN|UGA", "POS"),
    ("Nigeria's President Bola Tinubu met Brazil's Lula in Brasília, and the two governments "
     "signed agreements on agriculture and aviation.",
     "2025-08-25",
     [C("Nigeria", "NGA"), L("Bola Tinubu", "TINUBU"), C("Brazil", "BRA"), L("Lula", "LULA"),
      G("Brasília", country="BRA")],
     "BRA|NGA", "POS"),
    ("Relations between Addis Ababa and Cairo are stuck in a dialogue of the deaf, said Tsegaye "
     "Alemu of the Blue Nile Policy Group, with each side speaking only to its own public.",
     "2025-09-10",
     [C("Addis Ababa", "ETH"), C("Cairo", "EGY"), P("Tsegaye Alemu"),
      O("Blue Nile Policy Group", country="ETH")],
     "EGY|ETH", "NEG"),
    ("Indian Foreign Minister S. Jaishankar visited Riyadh and said the partnership with Saudi "
     "Arabia had never been more comprehensive.",
     "2024-09-09",
     [C("Indian", "IND"), L("S. Jaishankar", "JAISHANKAR"), G("Riyadh", country="SAU"),
      C("Saudi Arabia", "SAU")],
     "IND|SAU", "POS"),
    ("Lakshmi Venkataraman, a Chennai-based shipping analyst, said Indian and Iranian officials "
     "had met in Tehran to discuss Chabahar, without resolving the financing problem.",
     "2024-05-13",
     [P("Lakshmi Venkataraman"), G("Chennai", country="IND"), C("Indian", "IND"),
      C("Iranian", "IRN"), G("Tehran", country="IRN"), G("Chabahar", country="IRN")],
     "IND|IRN", "NEU"),
    ("India and Iran signed a ten-year contract to operate the Chabahar port, and Washington "
     "warned that New Delhi could face sanctions.",
     "2024-05-14",
     [C("India", "IND"), C("Iran", "IRN"), G("Chabahar", country="IRN"), C("Washington", "USA"),
      C("New Delhi", "IND")],
     "IND|IRN", "POS"),
    ("Togolese and Burkinabe customs chiefs met in Lomé to compare transit data, a session "
     "described as technical by Kossi Agbodjan of the Lomé Corridor Holdings.",
     "2025-06-19",
     [C("Togolese", "TGO"), C("Burkinabe", "BFA"), G("Lomé", country="TGO", n=1),
      P("Kossi Agbodjan"), O("Lomé Corridor Holdings", country="TGO")],
     "BFA|TGO", "NEU"),
    ("Chadian officials said the French troops' departure from Abéché went off without incident, "
     "and Achta Mahamat Abakar of the Lake Chad Basin Monitor said relations were cool but not "
     "hostile.",
     "2025-01-11",
     [C("Chadian", "TCD"), C("French", "FRA"), G("Abéché", country="TCD"), P("Achta Mahamat Abakar"),
      O("Lake Chad Basin Monitor")],
     "FRA|TCD", "NEU"),
    ("Gabonese officials denied that relations with France had soured, saying the new base "
     "agreement simply reflected a partnership between equals.",
     "2024-07-30",
     [C("Gabonese", "GAB"), C("France", "FRA")],
     "FRA|GAB", "POS"),
    ("Cameroonian analysts at the Douala Policy Circle, led by Ernest Mbarga, said Yaoundé's "
     "relations with Moscow had grown closer since a military cooperation accord was signed.",
     "2024-03-20",
     [C("Cameroonian", "CMR"), O("Douala Policy Circle", country="CMR"), P("Ernest Mbarga"),
      C("Yaoundé", "CMR"), C("Moscow", "RUS")],
     "CMR|RUS", "POS"),
    ("Ukraine opened new embassies in Mauritania and Ivory Coast, and Olena Kravets, a Ukrainian "
     "diplomat, said Kyiv wanted to counter Russian influence in Africa.",
     "2024-03-15",
     [C("Ukraine", "UKR"), C("Mauritania", "MRT"), C("Ivory Coast", "CIV"), P("Olena Kravets"),
      C("Ukrainian", "UKR"), C("Kyiv", "UKR"), C("Russian", "RUS"), G("Africa")],
     "CIV|UKR", "POS"),
    ("Mali severed diplomatic ties with Ukraine after a Ukrainian intelligence official appeared "
     "to claim a role in an ambush on Malian troops.",
     "2024-08-04",
     [C("Mali", "MLI"), C("Ukraine", "UKR"), C("Ukrainian", "UKR"), C("Malian", "MLI")],
     "MLI|UKR", "NEG"),
    ("Senegal summoned the Ukrainian ambassador over a video in which he appeared to praise the "
     "attack in Mali, and Dakar reminded him of the rules of diplomacy.",
     "2024-08-01",
     [C("Senegal", "SEN"), C("Ukrainian", "UKR"), C("Mali", "MLI"), C("Dakar", "SEN")],
     "SEN|UKR", "NEG"),
    ("South Korean and Nigerian officials held the fourth round of talks on an economic "
     "partnership in Abuja, said Kim Hye-won, a Korean trade official, adding that the next round "
     "would be in Seoul.",
     "2025-03-27",
     [C("South Korean", "KOR"), C("Nigerian", "NGA"), G("Abuja", country="NGA"), P("Kim Hye-won"),
      C("Korean", "KOR", 2), G("Seoul", country="KOR")],
     "KOR|NGA", "NEU"),
    ("Namibia's green hydrogen project with German partners is behind schedule, said Hilma "
     "Shikongo of the Lüderitz Energy Forum, but she denied that the delay had strained relations "
     "with Berlin.",
     "2025-02-18",
     [C("Namibia", "NAM"), C("German", "DEU"), P("Hilma Shikongo"),
      O("Lüderitz Energy Forum", country="NAM"), C("Berlin", "DEU")],
     "DEU|NAM", "POS"),
    ("Turkey and Somalia signed a deal for a spaceport on the Somali coast, and Liban Ismail of the "
     "Benadir Energy Circle said Ankara was now Mogadishu's indispensable ally.",
     "2024-12-19",
     [C("Turkey", "TUR"), C("Somalia", "SOM"), C("Somali", "SOM"), P("Liban Ismail"),
      O("Benadir Energy Circle", country="SOM"), C("Ankara", "TUR"), C("Mogadishu", "SOM")],
     "SOM|TUR", "POS"),
    ("The honeymoon between Niamey and Moscow is already over, argued Ibrahim Mahamadou Zakari in "
     "the Sahel Pulse, noting that Russian instructors had left without notice.",
     "2025-07-28",
     [C("Niamey", "NER"), C("Moscow", "RUS"), P("Ibrahim Mahamadou Zakari"), O("Sahel Pulse"),
      C("Russian", "RUS")],
     "NER|RUS", "NEG"),
    ("Russian flags now fly over the main roundabouts of Ouagadougou, said Salamata Nikiéma of the "
     "Ouaga Civic Watch, a sign of how close Burkina Faso and Russia have become.",
     "2024-11-01",
     [C("Russian", "RUS"), G("Ouagadougou", country="BFA"), P("Salamata Nikiéma"),
      O("Ouaga Civic Watch", country="BFA"), C("Burkina Faso", "BFA"), C("Russia", "RUS")],
     "BFA|RUS", "POS"),
]

# --- chunk 12: mixed regions, figurative cues, routine contacts ----------------------------
ITEMS += [
    ("“The ice has finally been broken,” said Adebayo Ogunleye of the Lagos Policy Circle after "
     "Nigerian and Nigerien generals met in Niamey for the first time since the coup.",
     "2024-08-13",
     [P("Adebayo Ogunleye"), O("Lagos Policy Circle", country="NGA"), C("Nigerian", "NGA"),
      C("Nigerien", "NER"), G("Niamey", country="NER")],
     "NER|NGA", "POS"),
    ("Ghana's decision to deport a Burkinabe journalist was a slap in the face, said Issaka "
     "Tapsoba of the Ouaga Civic Watch, and Ouagadougou demanded an explanation from Accra.",
     "2025-05-14",
     [C("Ghana", "GHA"), C("Burkinabe", "BFA"), P("Issaka Tapsoba"),
      O("Ouaga Civic Watch", country="BFA"), C("Ouagadougou", "BFA"), C("Accra", "GHA")],
     "BFA|GHA", "NEG"),
    ("Senegal's ties with Mauritania are in a holding pattern while the gas revenue dispute drags "
     "on, said Ousmane Ndiaye Fall, who follows energy for the Dakar Strategic Review.",
     "2025-06-17",
     [C("Senegal", "SEN"), C("Mauritania", "MRT"), P("Ousmane Ndiaye Fall"),
      O("Dakar Strategic Review", country="SEN")],
     "MRT|SEN", "NEG"),
    ("Ivorian officials gave Burkinabe diplomats the cold shoulder at the ECOWAS ministerial in "
     "Abuja, according to Affoué Koffi, a reporter at the meeting.",
     "2024-12-14",
     [C("Ivorian", "CIV"), C("Burkinabe", "BFA"), O("ECOWAS", "ECOWAS"), G("Abuja", country="NGA"),
      P("Affoué Koffi")],
     "BFA|CIV", "NEG"),
    ("Kenya and Tanzania are not seeing eye to eye on the new fees for cross-border lorries, said "
     "Juma Athumani of the Namanga Transporters' Association.",
     "2024-09-26",
     [C("Kenya", "KEN"), C("Tanzania", "TZA"), P("Juma Athumani"),
      O("Namanga Transporters' Association")],
     "KEN|TZA", "NEG"),
    ("The gloves are off between Kinshasa and Kigali, said Grâce Kabongo of the Lualaba Ledger, "
     "after each side accused the other of preparing a new offensive.",
     "2024-02-19",
     [C("Kinshasa", "COD"), C("Kigali", "RWA"), P("Grâce Kabongo"),
      O("Lualaba Ledger", country="COD")],
     "COD|RWA", "NEG"),
    ("The bloom is off the rose in relations between Buenos Aires and Washington, said Federico "
     "Larrañaga of the Río de la Plata Review, after the promised trade deal failed to "
     "materialise.",
     "2025-12-10",
     [C("Buenos Aires", "ARG"), C("Washington", "USA"), P("Federico Larrañaga"),
      O("Río de la Plata Review")],
     "ARG|USA", "NEG"),
    ("Lima and La Paz are stepping on each other's toes over smuggling on Lake Titicaca, said "
     "Yupanqui Huaman of the Puno Fishers' Guild, who accused Bolivian patrols of seizing "
     "Peruvian boats.",
     "2025-03-12",
     [C("Lima", "PER"), C("La Paz", "BOL"), G("Lake Titicaca"), P("Yupanqui Huaman"),
      O("Puno Fishers' Guild", country="PER"), C("Bolivian", "BOL"), C("Peruvian", "PER")],
     "BOL|PER", "NEG"),
    ("Ecuador and Peru have kissed and made up after the row over the border fence, said Ana "
     "Lucía Arboleda of the Guayaquil Shipping Association.",
     "2025-08-07",
     [C("Ecuador", "ECU"), C("Peru", "PER"), P("Ana Lucía Arboleda"),
      O("Guayaquil Shipping Association", country="ECU")],
     "ECU|PER", "POS"),
    ("Brasília and Asunción are playing hardball over the Itaipú tariff, wrote Luis Fernando Baca "
     "in the Asunción Energy Observatory's weekly note.",
     "2024-05-09",
     [C("Brasília", "BRA"), C("Asunción", "PRY", 1), G("Itaipú", country="PRY"),
      P("Luis Fernando Baca"), O("Asunción Energy Observatory", country="PRY")],
     "BRA|PRY", "NEG"),
    ("Bogotá and Caracas have a love-hate relationship, said Camilo Restrepo Uribe of the Bogotá "
     "Security Forum, praising gas cooperation while deploring the presence of armed groups.",
     "2025-05-02",
     [C("Bogotá", "COL", 1), C("Caracas", "VEN"), P("Camilo Restrepo Uribe"),
      O("Bogotá Security Forum", country="COL")],
     "COL|VEN", "NEU"),
    ("Relations between Manila and Beijing hang by a thread, warned Jose Miguel Santos Bautista of "
     "the Manila Maritime Forum, after another collision near Second Thomas Shoal.",
     "2024-06-18",
     [C("Manila", "PHL", 1), C("Beijing", "CHN"), P("Jose Miguel Santos Bautista"),
      O("Manila Maritime Forum", country="PHL"), G("Second Thomas Shoal")],
     "CHN|PHL", "NEG"),
    ("Thai and Malaysian officials have been at arm's length since the fisheries dispute, said "
     "Somchai Wongsakul of the Andaman Fisheries Board, though trade has not suffered.",
     "2024-10-10",
     [C("Thai", "THA"), C("Malaysian", "MYS"), P("Somchai Wongsakul"),
      O("Andaman Fisheries Board")],
     "MYS|THA", "NEG"),
    ("The spat between Jakarta and Canberra over asylum boats has blown over, said Wayan Sudarsana "
     "of the Bali Policy Forum, and patrols are again coordinated.",
     "2025-01-23",
     [C("Jakarta", "IDN"), C("Canberra", "AUS"), P("Wayan Sudarsana"),
      O("Bali Policy Forum", country="IDN")],
     "AUS|IDN", "POS"),
    ("Islamabad and Tehran are engaged in a war of nerves along the Balochistan border, said Sana "
     "Mirza of the Quetta Frontier Studies Unit, with each accusing the other of sheltering "
     "militants.",
     "2024-01-25",
     [C("Islamabad", "PAK"), C("Tehran", "IRN"), G("Balochistan", country="PAK"), P("Sana Mirza"),
      O("Quetta Frontier Studies Unit", country="PAK")],
     "IRN|PAK", "NEG"),
    ("Dhaka and Naypyidaw are barely on speaking terms over the Rohingya, said Nusrat Jahan Mitu of "
     "the Cox's Bazar Relief Network, and talks on returns have gone nowhere.",
     "2024-09-02",
     [C("Dhaka", "BGD"), C("Naypyidaw", "MMR"), P("Nusrat Jahan Mitu"),
      O("Cox's Bazar Relief Network", country="BGD")],
     "BGD|MMR", "NEG"),
    ("The ball is in New Delhi's court, said Tanvir Hasan of the Bay of Bengal Policy Institute, "
     "after Dhaka proposed resuming talks on the Teesta waters.",
     "2025-02-19",
     [C("New Delhi", "IND"), P("Tanvir Hasan"), O("Bay of Bengal Policy Institute", country="BGD"),
      C("Dhaka", "BGD"), G("Teesta")],
     "BGD|IND", "NEU"),
    ("Colombo and Male have burned no bridges despite the fishing row, said Tharindu Bandara of "
     "the Galle Maritime Institute.",
     "2024-12-12",
     [C("Colombo", "LKA"), C("Male", "MDV"), P("Tharindu Bandara"),
      O("Galle Maritime Institute", country="LKA")],
     "LKA|MDV", "POS"),
    ("Neither Riyadh nor Abu Dhabi wants an open rift, said Fahad al-Qahtani of the Najd Strategic "
     "Forum, but the two are locked in a tug of war over who leads the Gulf's economy.",
     "2024-03-12",
     [C("Riyadh", "SAU"), C("Abu Dhabi", "ARE"), P("Fahad al-Qahtani"),
      O("Najd Strategic Forum", country="SAU"), G("Gulf", "Persian Gulf")],
     "ARE|SAU", "NEG"),
    ("Cairo's charm offensive in Ankara has paid off, said Hala Abdelrahman of the Cairo Centre "
     "for African Affairs, with Turkish drones now sold to the Egyptian army.",
     "2024-11-13",
     [C("Cairo", "EGY", 1), G("Ankara", country="TUR"), P("Hala Abdelrahman"),
      O("Cairo Centre for African Affairs", country="EGY"), C("Turkish", "TUR"),
      C("Egyptian", "EGY")],
     "EGY|TUR", "POS"),
    ("Amman and Damascus have become strange bedfellows in the fight against drug smuggling, said "
     "Rami Qudah of the Amman Center for Dialogue.",
     "2025-04-28",
     [C("Amman", "JOR", 1), C("Damascus", "SYR"), P("Rami Qudah"),
      O("Amman Center for Dialogue", country="JOR")],
     "JOR|SYR", "POS"),
    ("Ties between Baghdad and Kuwait City have frayed over the Khor Abdullah ruling, said Dana "
     "al-Sabah of the Kuwait Maritime Forum.",
     "2023-09-15",
     [C("Baghdad", "IRQ"), C("Kuwait City", "KWT"), G("Khor Abdullah"), P("Dana al-Sabah"),
      O("Kuwait Maritime Forum", country="KWT")],
     "IRQ|KWT", "NEG"),
    ("A new spring in relations between Tehran and Cairo? Parisa Tehrani of the Tehran Policy "
     "Review thinks so, pointing to the first direct flights in decades.",
     "2025-06-20",
     [C("Tehran", "IRN", 1), C("Cairo", "EGY"), P("Parisa Tehrani"),
      O("Tehran Policy Review", country="IRN")],
     "EGY|IRN", "POS"),
    ("Ties between Suva and Beijing have unravelled since the police deal was shelved, said Ratu "
     "Jone Qiolevu of the Suva Pacific Review.",
     "2025-06-12",
     [C("Suva", "FJI", 1), C("Beijing", "CHN"), P("Jone Qiolevu"),
      O("Suva Pacific Review", country="FJI")],
     "CHN|FJI", "NEG"),
    ("Australia and Vanuatu are at a crossroads, said Pierre Kalsakau of the Port Vila Daily Post, "
     "with the security pact neither signed nor abandoned.",
     "2025-11-04",
     [C("Australia", "AUS"), C("Vanuatu", "VUT"), P("Pierre Kalsakau"),
      O("Port Vila Daily Post", country="VUT")],
     "AUS|VUT", "NEU"),
    ("Wellington and Avarua are still talking past each other, said Mere Tuakeu of the Rarotonga "
     "Review, six months after New Zealand froze its aid.",
     "2025-12-01",
     [C("Wellington", "NZL"), C("Avarua", "COK"), P("Mere Tuakeu"),
      O("Rarotonga Review", country="COK"), C("New Zealand", "NZL")],
     "COK|NZL", "NEG"),
    ("Indian and Maldivian officials have mended bridges, said Aminath Shiyam of the Malé Ocean "
     "Watch, and Indian tourists are returning to the atolls.",
     "2025-02-04",
     [C("Indian", "IND", 1), C("Maldivian", "MDV"), P("Aminath Shiyam"),
      O("Malé Ocean Watch", country="MDV"), C("Indian", "IND", 2)],
     "IND|MDV", "POS"),
    ("Indonesia's Prabowo and Malaysia's Anwar met in Jakarta for their annual consultation, and the two leaders reviewed "
     "border issues in Borneo.",
     "2025-06-27",
     [C("Indonesia", "IDN"), L("Prabowo", "PRABOWO"), C("Malaysia", "MYS"), L("Anwar", "ANWAR"),
      G("Jakarta", country="IDN"), G("Borneo")],
     "IDN|MYS", "NEU"),
    ("Mexico's Sheinbaum will attend the summit in Brasília, her office said, where she is "
     "expected to meet Brazil's Lula for the first time since taking office.",
     "2025-06-30",
     [C("Mexico", "MEX"), L("Sheinbaum", "SHEINBAUM"), G("Brasília", country="BRA"),
      C("Brazil", "BRA"), L("Lula", "LULA")],
     "BRA|MEX", "NEU"),
    ("Kenyan and Ethiopian officials met in Moyale to discuss cattle rustling, said Guyo Wario of "
     "the Marsabit Peace Committee, and agreed to meet again in three months.",
     "2024-10-08",
     [C("Kenyan", "KEN"), C("Ethiopian", "ETH"), G("Moyale", country="KEN"), P("Guyo Wario"),
      O("Marsabit Peace Committee", country="KEN")],
     "ETH|KEN", "NEU"),
    ("Trade between Zambia and Zimbabwe stood at about $600 million last year, roughly unchanged, "
     "according to Tendai Chikwanha of the Zambezi Trade Observatory.",
     "2025-02-26",
     [C("Zambia", "ZMB"), C("Zimbabwe", "ZWE"), P("Tendai Chikwanha"),
      O("Zambezi Trade Observatory")],
     "ZMB|ZWE", "NEU"),
    ("Trade between Nigeria and Ghana fell for a third straight quarter, said Akua Sarpong of the "
     "Tema Shipping Gazette, as new levies at the Aflao border bit.",
     "2025-04-17",
     [C("Nigeria", "NGA"), C("Ghana", "GHA"), P("Akua Sarpong"),
      O("Tema Shipping Gazette", country="GHA"), G("Aflao", country="GHA")],
     "GHA|NGA", "NEG"),
    ("Uganda's exports to South Sudan grew by a fifth last year, said Brenda Akello of the Kampala "
     "Commerce Forum.",
     "2025-03-03",
     [C("Uganda", "UGA"), C("South Sudan", "SSD"), P("Brenda Akello"),
      O("Kampala Commerce Forum", country="UGA")],
     "SSD|UGA", "POS"),
    ("The Sri Lankan foreign ministry declined to comment on reports that Colombo had turned down "
     "a Chinese request to dock a survey ship.",
     "2025-10-08",
     [C("Sri Lankan", "LKA"), C("Colombo", "LKA"), C("Chinese", "CHN")],
     "CHN|LKA", "NEU"),
    ("Analysts are divided on whether the visit by Thai officials to Naypyidaw marks a thaw, said "
     "Kanokwan Sriwichai of the Lanna Border Watch.",
     "2025-05-20",
     [C("Thai", "THA"), C("Naypyidaw", "MMR"), P("Kanokwan Sriwichai"),
      O("Lanna Border Watch", country="THA")],
     "MMR|THA", "NEU"),
    ("“I will not sum up our ties with Pretoria in one word,” Zimbabwean envoy Tatenda Mapfumo told "
     "reporters in Harare.",
     "2024-12-05",
     [C("Pretoria", "ZAF"), C("Zimbabwean", "ZWE"), P("Tatenda Mapfumo"),
      G("Harare", country="ZWE")],
     "ZAF|ZWE", "NEU"),
    ("Should the Mozambican president visit Luanda next month, it would be his first trip to "
     "Angola, said Domingos Mabote of the Maputo Corridor Logistics Initiative.",
     "2025-05-11",
     [C("Mozambican", "MOZ"), G("Luanda", country="AGO"), C("Angola", "AGO"),
      P("Domingos Mabote"), O("Maputo Corridor Logistics Initiative", country="MOZ")],
     "AGO|MOZ", "NEU"),
    ("Malawi and Tanzania have not settled their dispute over Lake Nyasa, and Chisomo Phiri of the "
     "Shire Policy Hub warned that a single incident could reopen old wounds.",
     "2024-07-23",
     [C("Malawi", "MWI"), C("Tanzania", "TZA"), G("Lake Nyasa"), P("Chisomo Phiri"),
      O("Shire Policy Hub", country="MWI")],
     "MWI|TZA", "NEG"),
    ("Guinea-Bissau and Senegal have never let the Casamance conflict come between them, said "
     "Abdoulaye Mané of the Ziguinchor Peace Forum.",
     "2024-05-30",
     [C("Guinea-Bissau", "GNB"), C("Senegal", "SEN"), G("Casamance", country="SEN"),
      P("Abdoulaye Mané"), O("Ziguinchor Peace Forum", country="SEN")],
     "GNB|SEN", "POS"),
    ("Liberia and Sierra Leone failed to agree on a joint fisheries licence, said Morris Kamara of "
     "the Monrovia Daily Ledger, leaving foreign trawlers free to play one against the other.",
     "2025-01-30",
     [C("Liberia", "LBR"), C("Sierra Leone", "SLE"), P("Morris Kamara"),
      O("Monrovia Daily Ledger", country="LBR")],
     "LBR|SLE", "NEG"),
    ("Eritrea refused to attend talks with Ethiopia proposed by the African Union, and Yemane "
     "Tesfay of the Red Sea Studies Group said Asmara saw no point in dialogue.",
     "2025-05-06",
     [C("Eritrea", "ERI"), C("Ethiopia", "ETH"), O("African Union", "AU"), P("Yemane Tesfay"),
      O("Red Sea Studies Group"), C("Asmara", "ERI")],
     "ERI|ETH", "NEG"),
    ("Uganda's ties with Rwanda would suffer if Kampala kept hosting Rwandan dissidents, warned "
     "Jean-Paul Mugisha of the Kigali Institute for Regional Dialogue.",
     "2025-09-09",
     [C("Uganda", "UGA"), C("Rwanda", "RWA"), C("Kampala", "UGA"), C("Rwandan", "RWA"),
      P("Jean-Paul Mugisha"), O("Kigali Institute for Regional Dialogue", country="RWA")],
     "RWA|UGA", "NEG"),
    ("Chilean and Argentine diplomats dismissed talk of a rift over a naval exercise near the "
     "Beagle Channel, calling it a misunderstanding between friends, said Constanza Irarrázaval "
     "of the Patagonia Policy Forum.",
     "2025-01-17",
     [C("Chilean", "CHL"), C("Argentine", "ARG"), G("Beagle Channel"),
      P("Constanza Irarrázaval"), O("Patagonia Policy Forum")],
     "ARG|CHL", "POS"),
    ("Uruguayan farmers accuse Brazil of dumping dairy products, said Sebastián Olivera of the "
     "Montevideo Trade Observatory, and Montevideo has asked Brasília for consultations.",
     "2025-08-05",
     [C("Uruguayan", "URY"), C("Brazil", "BRA"), P("Sebastián Olivera"),
      O("Montevideo Trade Observatory", country="URY"), C("Montevideo", "URY", 2),
      C("Brasília", "BRA")],
     "BRA|URY", "NEG"),
    ("Guatemala and Belize have no quarrel that the court cannot settle, said Rosa Tzul of the "
     "Petén Land Council, and border villages trade freely.",
     "2024-09-18",
     [C("Guatemala", "GTM"), C("Belize", "BLZ"), P("Rosa Tzul"),
      O("Petén Land Council", country="GTM")],
     "BLZ|GTM", "POS"),
    ("Honduran officials said the maritime boundary with Nicaragua was not in dispute, dismissing "
     "a report in the Managua press as speculation.",
     "2025-02-14",
     [C("Honduran", "HND"), C("Nicaragua", "NIC"), G("Managua", country="NIC")],
     "HND|NIC", "POS"),
    ("The Dominican foreign ministry summoned the Haitian chargé d'affaires after gang members "
     "fired across the border at Dajabón, said Carmen Rosario of the Santiago Border Observatory.",
     "2025-05-22",
     [C("Dominican", "DOM"), C("Haitian", "HTI"), G("Dajabón", country="DOM"),
      P("Carmen Rosario"), O("Santiago Border Observatory", country="DOM")],
     "DOM|HTI", "NEG"),
    ("Cuba and Venezuela signed nineteen agreements in Havana, and Díaz-Canel called the "
     "alliance with Caracas unbreakable.",
     "2024-12-14",
     [C("Cuba", "CUB"), C("Venezuela", "VEN"), G("Havana", country="CUB"),
      L("Díaz-Canel", "DIAZ_CANEL"), C("Caracas", "VEN")],
     "CUB|VEN", "POS"),
    ("Venezuelan officials accused Guyana of letting ExxonMobil drill in disputed waters, and Nadia "
     "Ramkissoon of the Demerara Policy Institute said Caracas was looking for a pretext.",
     "2024-03-01",
     [C("Venezuelan", "VEN"), C("Guyana", "GUY"), O("ExxonMobil", "ExxonMobil", "USA"),
      P("Nadia Ramkissoon"), O("Demerara Policy Institute", country="GUY"), C("Caracas", "VEN")],
     "GUY|VEN", "NEG"),
    ("Suriname's new president Jennifer Geerlings-Simons received the Guyanese foreign minister, "
     "and officials said the talks covered the Corentyne bridge and fisheries.",
     "2025-08-14",
     [C("Suriname", "SUR"), L("Jennifer Geerlings-Simons", "GEERLINGS"), C("Guyanese", "GUY"),
      G("Corentyne")],
     "GUY|SUR", "NEU"),
]

# --- chunk 13: tensions, warnings and routine business across the regions -----------------
ITEMS += [
    ("Nigeria recalled its high commissioner from Accra after Ghanaian traders' shops were shut, "
     "and Chinedu Okafor of the Abuja Evening Courier said the two governments had stopped "
     "returning each other's calls.",
     "2024-11-21",
     [C("Nigeria", "NGA"), C("Accra", "GHA"), C("Ghanaian", "GHA"), P("Chinedu Okafor"),
      O("Abuja Evening Courier", country="NGA")],
     "GHA|NGA", "NEG"),
    ("Cameroonian gendarmes crossed into Chad in pursuit of kidnappers, and N'Djamena protested the "
     "incursion, said Moussa Abakar Bichara, a Chadian lawmaker.",
     "2025-03-15",
     [C("Cameroonian", "CMR"), C("Chad", "TCD"), C("N'Djamena", "TCD"), P("Moussa Abakar Bichara"),
      C("Chadian", "TCD")],
     "CMR|TCD", "NEG"),
    ("Burundi accused Rwanda of planning to attack it through Congolese territory, and Rwandan "
     "officials called the claim paranoid, according to Hervé Nkurunziza of the Bujumbura "
     "Observer.",
     "2025-02-15",
     [C("Burundi", "BDI"), C("Rwanda", "RWA"), C("Congolese", "COD"), C("Rwandan", "RWA"),
      P("Hervé Nkurunziza"), O("Bujumbura Observer", country="BDI")],
     "BDI|RWA", "NEG"),
    ("Zambia's police arrested two Chinese nationals accused of spying, and Beijing demanded "
     "consular access, said Bwalya Mutale of the Lusaka Evening Digest.",
     "2024-06-02",
     [C("Zambia", "ZMB"), C("Chinese", "CHN"), C("Beijing", "CHN"), P("Bwalya Mutale"),
      O("Lusaka Evening Digest", country="ZMB")],
     "CHN|ZMB", "NEG"),
    ("Mozambican officials warned that relations with Malawi could suffer if smuggling of fuel "
     "across the border was not stopped, said Jacinto Nhantumbo, a customs spokesman.",
     "2025-06-25",
     [C("Mozambican", "MOZ"), C("Malawi", "MWI"), P("Jacinto Nhantumbo")],
     "MOZ|MWI", "NEG"),
    ("South Africa threatened to expel the Israeli chargé d'affaires if he kept criticising the ICJ "
     "case, said Sipho Ndlovu of the Highveld Dispatch.",
     "2024-02-08",
     [C("South Africa", "ZAF"), C("Israeli", "ISR"), O("ICJ", "ICJ"), P("Sipho Ndlovu"),
      O("Highveld Dispatch", country="ZAF")],
     "ISR|ZAF", "NEG"),
    ("Ethiopian troops massed near the Eritrean border, and Asmara called up reservists, said "
     "Dawit Tesfamariam, a former diplomat now at the Horn Dialogue Initiative.",
     "2025-03-18",
     [C("Ethiopian", "ETH"), C("Eritrean", "ERI"), C("Asmara", "ERI"), P("Dawit Tesfamariam"),
      O("Horn Dialogue Initiative")],
     "ERI|ETH", "NEG"),
    ("Egypt's Foreign Minister Badr Abdelatty said Cairo would not accept any Ethiopian naval "
     "presence on the Red Sea.",
     "2025-08-12",
     [C("Egypt", "EGY"), L("Badr Abdelatty", "ABDELATTY"), C("Cairo", "EGY"), C("Ethiopian", "ETH"),
      G("Red Sea")],
     "EGY|ETH", "NEG"),
    ("Sudanese officials accused Kenya of hosting the RSF's political wing, and Amira Osman of the "
     "Khartoum Policy Forum said the quarrel would outlast the war.",
     "2025-03-06",
     [C("Sudanese", "SDN"), C("Kenya", "KEN"), O("RSF", "Rapid Support Forces", "SDN"),
      P("Amira Osman"), O("Khartoum Policy Forum", country="SDN")],
     "KEN|SDN", "NEG"),
    ("Algeria's state media accused the UAE of funding separatists, and Attaf summoned the Emirati "
     "ambassador, said Yacine Belkacem of the Algiers Weekly Review.",
     "2025-02-25",
     [C("Algeria", "DZA"), C("UAE", "ARE"), L("Attaf", "ATTAF"), C("Emirati", "ARE"),
      P("Yacine Belkacem"), O("Algiers Weekly Review", country="DZA")],
     "ARE|DZA", "NEG"),
    ("Moroccan officials boycotted a conference in Algiers after Sahrawi delegates were invited, and "
     "Bourita called the invitation a provocation.",
     "2024-10-30",
     [C("Moroccan", "MAR"), G("Algiers", country="DZA"), C("Sahrawi", "ESH"), L("Bourita", "BOURITA")],
     "ESH|MAR", "NEG"),
    ("Libyan authorities in Tripoli expelled two Tunisian diplomats accused of espionage, and Tunis "
     "answered in kind, said Houda Mrabet of the Carthage Policy Collective.",
     "2025-07-09",
     [C("Libyan", "LBY"), G("Tripoli", country="LBY"), C("Tunisian", "TUN"), C("Tunis", "TUN"),
      P("Houda Mrabet"), O("Carthage Policy Collective", country="TUN")],
     "LBY|TUN", "NEG"),
    ("Colombia's embassy in Lima protested after Peruvian troops raised a flag on Santa Rosa island "
     "in the Amazon, said Mariana Quispe Huamán of the Amazon Frontier Observatory.",
     "2025-08-08",
     [C("Colombia", "COL"), G("Lima", country="PER"), C("Peruvian", "PER"),
      G("Santa Rosa", country="PER"), G("Amazon", "Amazon River", n=1), P("Mariana Quispe Huamán"),
      O("Amazon Frontier Observatory")],
     "COL|PER", "NEG"),
    ("Bolivia accused Argentina of sending riot gear to coup plotters in 2019, and Argentine "
     "diplomats rejected the claim, said Ronald Mamani of the La Paz Morning Herald.",
     "2024-03-05",
     [C("Bolivia", "BOL"), C("Argentina", "ARG"), C("Argentine", "ARG"), P("Ronald Mamani"),
      O("La Paz Morning Herald", country="BOL")],
     "ARG|BOL", "NEG"),
    ("Ecuador expelled Venezuela's diplomats after Noboa's re-election was questioned by Caracas, "
     "said Verónica Salgado, a Quito political scientist.",
     "2025-04-20",
     [C("Ecuador", "ECU"), C("Venezuela", "VEN"), L("Noboa", "NOBOA"), C("Caracas", "VEN"),
      P("Verónica Salgado"), G("Quito", country="ECU")],
     "ECU|VEN", "NEG"),
    ("Argentina's foreign ministry warned Chile that new fish farms near the border would violate "
     "the treaty of 1984, said Ignacio Bustos of the Patagonia Policy Forum.",
     "2025-02-12",
     [C("Argentina", "ARG"), C("Chile", "CHL"), P("Ignacio Bustos"), O("Patagonia Policy Forum")],
     "ARG|CHL", "NEG"),
    ("Paraguayan farmers complain that Argentina's export taxes are strangling river trade on the "
     "Paraná, said Gustavo Benítez of the Paraná Grain Exporters Chamber.",
     "2024-04-18",
     [C("Paraguayan", "PRY"), C("Argentina", "ARG"), G("Paraná", n=1), P("Gustavo Benítez"),
      O("Paraná Grain Exporters Chamber", n=1)],
     "ARG|PRY", "NEG"),
    ("Mexico's ambassador was recalled from La Paz after Bolivian officials criticised Mexican "
     "asylum policy, said Lorena Aguilar of the Mexico City Foreign Affairs Circle.",
     "2024-07-15",
     [C("Mexico", "MEX", 1), C("La Paz", "BOL"), C("Bolivian", "BOL"), C("Mexican", "MEX"),
      P("Lorena Aguilar"), O("Mexico City Foreign Affairs Circle", country="MEX")],
     "BOL|MEX", "NEG"),
    ("Panama suspended flights to Venezuela after Caracas cut ties over the election, and "
     "Panamanian officials said they would not be intimidated.",
     "2024-07-31",
     [C("Panama", "PAN"), C("Venezuela", "VEN"), C("Caracas", "VEN"), C("Panamanian", "PAN")],
     "PAN|VEN", "NEG"),
    ("Costa Rica's Chaves accused Nicaragua of sending agents to spy on exiles, and Managua "
     "dismissed the charge as fantasy, said Esteban Mora of the San José Migration Observatory.",
     "2025-06-19",
     [C("Costa Rica", "CRI"), L("Chaves", "CHAVES"), C("Nicaragua", "NIC"), C("Managua", "NIC"),
      P("Esteban Mora"), O("San José Migration Observatory", country="CRI")],
     "CRI|NIC", "NEG"),
    ("Guatemalan police detained Salvadoran soldiers who crossed the border by mistake, and the "
     "two foreign ministries traded notes, said Hugo Velásquez of the Lempa Economic Forum.",
     "2025-01-10",
     [C("Guatemalan", "GTM"), C("Salvadoran", "SLV"), P("Hugo Velásquez"),
      O("Lempa Economic Forum", country="SLV")],
     "GTM|SLV", "NEG"),
    ("Indian officials warned Dhaka that a new airbase near the Siliguri corridor built with "
     "Chinese help would be seen as hostile, said Neha Saxena of the Ganges Strategic Review.",
     "2025-05-29",
     [C("Indian", "IND"), C("Dhaka", "BGD"), G("Siliguri", country="IND"), C("Chinese", "CHN"),
      P("Neha Saxena"), O("Ganges Strategic Review", country="IND")],
     "BGD|IND", "NEG"),
    ("Nepal's Foreign Ministry protested to New Delhi over a new Indian map that showed Kalapani "
     "as Indian territory, said Sarita Thapa Magar, a ministry spokeswoman.",
     "2024-05-03",
     [C("Nepal", "NPL"), O("Foreign Ministry", country="NPL"), C("New Delhi", "IND"),
      C("Indian", "IND", 1), G("Kalapani"), C("Indian", "IND", 2), P("Sarita Thapa Magar")],
     "IND|NPL", "NEG"),
    ("Pakistan accused India of funding militants in Balochistan after the train hijacking, and "
     "New Delhi called the charge baseless.",
     "2025-03-12",
     [C("Pakistan", "PAK"), C("India", "IND"), G("Balochistan", country="PAK"), C("New Delhi", "IND")],
     "IND|PAK", "NEG"),
    ("Afghan officials accused Iran of mass deportations, saying more than a million Afghans had "
     "been expelled, according to Farid Ahmad Rahimi of the Herat Water Council.",
     "2025-07-15",
     [C("Afghan", "AFG", 1), C("Iran", "IRN"), C("Afghans", "AFG"), P("Farid Ahmad Rahimi"),
      O("Herat Water Council", country="AFG")],
     "AFG|IRN", "NEG"),
    ("Sri Lanka's navy arrested thirty Indian fishermen off Delft island, and Tamil Nadu politicians "
     "urged New Delhi to take it up with Colombo, said Arjun Balasubramanian of the Coromandel "
     "Shipping Review.",
     "2025-03-24",
     [C("Sri Lanka", "LKA"), C("Indian", "IND"), G("Delft", country="LKA"),
      G("Tamil Nadu", country="IND"), C("New Delhi", "IND"), C("Colombo", "LKA"),
      P("Arjun Balasubramanian"), O("Coromandel Shipping Review", country="IND")],
     "IND|LKA", "NEG"),
    ("China's coast guard declared Scarborough Shoal a nature reserve, a step that Manila called "
     "illegal and provocative, said Ramon Tuazon Aquino of the Luzon Ledger.",
     "2025-09-11",
     [C("China", "CHN"), G("Scarborough Shoal"), C("Manila", "PHL"), P("Ramon Tuazon Aquino"),
      O("Luzon Ledger", country="PHL")],
     "CHN|PHL", "NEG"),
    ("Vietnam's expanding island-building in the Spratlys has irritated Manila, said Melissa "
     "Cabrera of the Manila Maritime Forum, even though both sides avoid public criticism.",
     "2025-01-09",
     [C("Vietnam", "VNM"), G("Spratlys", "Spratly Islands"), C("Manila", "PHL", 1),
      P("Melissa Cabrera"), O("Manila Maritime Forum", country="PHL")],
     "PHL|VNM", "NEG"),
    ("Malaysia protested after a Chinese coast guard vessel loitered near the Luconia Shoals for "
     "weeks, said Amirul Hakim Zainal of the Borneo Timber Alliance.",
     "2024-09-04",
     [C("Malaysia", "MYS"), C("Chinese", "CHN"), G("Luconia Shoals"), P("Amirul Hakim Zainal"),
      O("Borneo Timber Alliance")],
     "CHN|MYS", "NEG"),
    ("Cambodian workers fled Thailand by the thousand after the border clashes, and Phnom Penh "
     "accused Bangkok of mistreating them, said Sreymom Keo of the Battambang Labour Network.",
     "2025-08-02",
     [C("Cambodian", "KHM"), C("Thailand", "THA"), C("Phnom Penh", "KHM"), C("Bangkok", "THA"),
      P("Sreymom Keo"), O("Battambang Labour Network", country="KHM")],
     "KHM|THA", "NEG"),
    ("Canberra asked Jakarta for an explanation after reports that Russian aircraft could be based "
     "in Papua, said Liam Hartono of the Nusantara Defence Review.",
     "2025-04-15",
     [C("Canberra", "AUS"), C("Jakarta", "IDN"), C("Russian", "RUS"), G("Papua", country="IDN"),
      P("Liam Hartono"),
      O("Nusantara Defence Review", country="IDN")],
     "AUS|IDN", "NEG"),
    ("Singapore's foreign ministry rejected Malaysian claims over Pedra Branca airspace, saying "
     "the matter had been settled long ago.",
     "2024-03-21",
     [C("Singapore", "SGP"), C("Malaysian", "MYS"), G("Pedra Branca", country="SGP")],
     "MYS|SGP", "NEG"),
    ("Israel's foreign ministry accused Turkey of supporting Hamas leaders in Istanbul, and "
     "Fidan said Ankara would not take lessons from Israel.",
     "2025-01-27",
     [C("Israel", "ISR", 1), C("Turkey", "TUR"), O("Hamas", "Hamas", "PSE"),
      G("Istanbul", country="TUR"), L("Fidan", "FIDAN"), C("Ankara", "TUR"), C("Israel", "ISR", 2)],
     "ISR|TUR", "NEG"),
    ("Tehran warned Baghdad against hosting American forces near the border, said Zainab "
     "al-Khafaji of the Tigris Water Forum.",
     "2025-06-28",
     [C("Tehran", "IRN"), C("Baghdad", "IRQ"), C("American", "USA"), P("Zainab al-Khafaji"),
      O("Tigris Water Forum")],
     "IRN|IRQ", "NEG"),
    ("Kuwait stripped thousands of naturalised citizens of their nationality, and Egyptian "
     "officials asked for assurances for Egyptians affected, said Omar Shalaby of the Nile Gulf "
     "Business Council.",
     "2025-03-20",
     [C("Kuwait", "KWT"), C("Egyptian", "EGY"), C("Egyptians", "EGY"), P("Omar Shalaby"),
      O("Nile Gulf Business Council")],
     "EGY|KWT", "NEG"),
    ("Lebanese officials accused Syria of shelling border villages near Qusayr, and Damascus "
     "blamed smugglers, said Nadine Frem of the Cedar Strategy Group.",
     "2025-03-17",
     [C("Lebanese", "LBN"), C("Syria", "SYR"), G("Qusayr", country="SYR"), C("Damascus", "SYR"),
      P("Nadine Frem"), O("Cedar Strategy Group", country="LBN")],
     "LBN|SYR", "NEG"),
    ("Jordan arrested a cell accused of plotting attacks and said it had links to Hezbollah, "
     "souring ties with Beirut, said Khaled Masri of the Amman Center for Dialogue.",
     "2025-04-15",
     [C("Jordan", "JOR"), O("Hezbollah", "Hezbollah", "LBN"), C("Beirut", "LBN"), P("Khaled Masri"),
      O("Amman Center for Dialogue", country="JOR")],
     "JOR|LBN", "NEG"),
    ("Chinese fishing fleets off Peru and Ecuador have become a flashpoint, said Rodrigo Núñez of "
     "the Galápagos Marine Watch, and Quito has asked Beijing to keep its boats away.",
     "2024-08-29",
     [C("Chinese", "CHN"), C("Peru", "PER"), C("Ecuador", "ECU"), P("Rodrigo Núñez"),
      O("Galápagos Marine Watch", country="ECU"), C("Quito", "ECU"), C("Beijing", "CHN")],
     "CHN|ECU", "NEG"),
    ("Papua New Guinea's foreign ministry protested after Indonesian soldiers crossed the border "
     "near Wutung, said Nellie Pokana of the Port Moresby Resource Watch.",
     "2024-05-15",
     [C("Papua New Guinea", "PNG"), C("Indonesian", "IDN"), G("Wutung", country="PNG"),
      P("Nellie Pokana"), O("Port Moresby Resource Watch", country="PNG")],
     "IDN|PNG", "NEG"),
    ("Fiji and Vanuatu have had a frosty few months over a disputed reef, said Akosita Lomani of the "
     "Suva Pacific Review.",
     "2025-05-13",
     [C("Fiji", "FJI"), C("Vanuatu", "VUT"), P("Akosita Lomani"),
      O("Suva Pacific Review", country="FJI")],
     "FJI|VUT", "NEG"),
    ("The Solomon Islands' deal with Chinese police angered Canberra, said Peter Tahani of the "
     "Honiara Peace Desk, and Australian aid officials were told to review their programmes.",
     "2024-11-06",
     [C("Solomon Islands", "SLB"), C("Chinese", "CHN"), C("Canberra", "AUS"), P("Peter Tahani"),
      O("Honiara Peace Desk", country="SLB"), C("Australian", "AUS")],
     "AUS|SLB", "NEG"),
    ("US officials warned Tonga that Chinese loans could threaten its independence, and Nuku'alofa "
     "said it did not need advice, according to Siosaia Vea of the Tonga Daily Courier.",
     "2025-01-29",
     [C("US", "USA"), C("Tonga", "TON", 1), C("Chinese", "CHN"), C("Nuku'alofa", "TON"),
      P("Siosaia Vea"), O("Tonga Daily Courier", country="TON")],
     "TON|USA", "NEG"),
]

# --- chunk 14: routine contacts, balanced verdicts and reversals --------------------------
ITEMS += [
    ("Ghanaian Foreign Minister Samuel Okudzeto Ablakwa will travel to Abidjan next week for "
     "consultations with Ivorian officials, his spokeswoman Esi Mensah-Bonsu said, without giving "
     "an agenda.",
     "2025-08-04",
     [C("Ghanaian", "GHA"), L("Samuel Okudzeto Ablakwa", "ABLAKWA"), G("Abidjan", country="CIV"),
      C("Ivorian", "CIV"), P("Esi Mensah-Bonsu")],
     "CIV|GHA", "NEU"),
    ("Senegal's ambassador presented her credentials to President Tinubu in Abuja, said Aïssatou "
     "Gningue, a spokeswoman for the Senegalese embassy.",
     "2024-10-17",
     [C("Senegal", "SEN"), L("Tinubu", "TINUBU"), G("Abuja", country="NGA"), P("Aïssatou Gningue"),
      C("Senegalese", "SEN")],
     "NGA|SEN", "NEU"),
    ("Relations between Kigali and Dodoma are neither warm nor cold, but businesslike, said "
     "Eric Ndayisaba of the Rusumo Corridor Company.",
     "2025-04-10",
     [C("Kigali", "RWA"), C("Dodoma", "TZA"), P("Eric Ndayisaba"), O("Rusumo Corridor Company")],
     "RWA|TZA", "NEU"),
    ("Kenyan and Somali officials will meet in Garissa next month to review refugee returns, "
     "according to Amina Hussein Abdi, a Kenyan government spokeswoman.",
     "2025-01-22",
     [C("Kenyan", "KEN", 1), C("Somali", "SOM"), G("Garissa", country="KEN"), P("Amina Hussein Abdi"),
      C("Kenyan", "KEN", 2)],
     "KEN|SOM", "NEU"),
    ("Egypt and Sudan held a regular round of consultations on Nile water in Cairo, said Mohamed "
     "Abdelrahim of the Khartoum Policy Forum, describing the session as technical.",
     "2024-12-02",
     [C("Egypt", "EGY"), C("Sudan", "SDN"), G("Nile"), G("Cairo", country="EGY"),
      P("Mohamed Abdelrahim"), O("Khartoum Policy Forum", country="SDN")],
     "EGY|SDN", "NEU"),
    ("Tunisian President Kais Saied received the Algerian prime minister in Carthage, the "
     "presidency said in a brief statement.",
     "2025-10-02",
     [C("Tunisian", "TUN"), L("Kais Saied", "SAIED"), C("Algerian", "DZA"),
      G("Carthage", country="TUN")],
     "DZA|TUN", "NEU"),
    ("Angola and DR Congo have a mix of close energy ties and lingering distrust over the offshore "
     "boundary, said Mateus Kiluanji of the Luanda Economic Review.",
     "2024-11-28",
     [C("Angola", "AGO"), C("DR Congo", "COD"), P("Mateus Kiluanji"),
      O("Luanda Economic Review", country="AGO")],
     "AGO|COD", "NEU"),
    ("Namibia's President Netumbo Nandi-Ndaitwah spoke by phone with Zambia's Hakainde Hichilema, "
     "her office said, and the two discussed the Walvis Bay corridor.",
     "2025-06-03",
     [C("Namibia", "NAM"), L("Netumbo Nandi-Ndaitwah", "NNN"), C("Zambia", "ZMB"),
      L("Hakainde Hichilema", "HICHILEMA"), G("Walvis Bay", country="NAM")],
     "NAM|ZMB", "NEU"),
    ("Botswana and South Africa held their annual bi-national commission in Gaborone, reviewing "
     "water and energy projects.",
     "2025-09-25",
     [C("Botswana", "BWA"), C("South Africa", "ZAF"), G("Gaborone", country="BWA")],
     "BWA|ZAF", "NEU"),
    ("Zimbabwe and Mozambique have patched up the row over the Beira fuel pipeline, said Rudo "
     "Mapfumo of the Zambezi Trade Observatory, and deliveries have resumed.",
     "2025-03-27",
     [C("Zimbabwe", "ZWE"), C("Mozambique", "MOZ"), G("Beira", country="MOZ"), P("Rudo Mapfumo"),
      O("Zambezi Trade Observatory")],
     "MOZ|ZWE", "POS"),
    ("Moroccan and Mauritanian ministers met in Nouakchott to discuss the road to Dakar, and "
     "Mariem Mint Ahmed, a Mauritanian trade official, said more talks would follow.",
     "2025-01-21",
     [C("Moroccan", "MAR"), C("Mauritanian", "MRT", 1), G("Nouakchott", country="MRT"),
      G("Dakar", country="SEN"), P("Mariem Mint Ahmed"), C("Mauritanian", "MRT", 2)],
     "MAR|MRT", "NEU"),
    ("Niger's junta said it had no quarrel with the Chinese oil companies, only with their "
     "managers, after expelling three executives, according to Hamadou Issaka of the Agadez "
     "Migrant Aid.",
     "2025-03-21",
     [C("Niger", "NER"), C("Chinese", "CHN"), P("Hamadou Issaka"), O("Agadez Migrant Aid", country="NER")],
     "CHN|NER", "NEG"),
    ("Chad and Sudan reopened the Adré crossing for aid convoys, and Zara Abdelkerim of the "
     "Ouaddaï Relief Coalition said the decision had saved lives.",
     "2024-08-16",
     [C("Chad", "TCD"), C("Sudan", "SDN"), G("Adré", country="TCD"), P("Zara Abdelkerim"),
      O("Ouaddaï Relief Coalition", country="TCD")],
     "SDN|TCD", "POS"),
    ("Benin and Niger restored cooperation on the oil pipeline after a year of disputes, said "
     "Rachidatou Amoussa of the Cotonou Trade Bulletin.",
     "2025-06-05",
     [C("Benin", "BEN"), C("Niger", "NER"), P("Rachidatou Amoussa"),
      O("Cotonou Trade Bulletin", country="BEN")],
     "BEN|NER", "POS"),
    ("Mali's transitional government lifted the suspension of flights to Algeria for humanitarian "
     "cases, though Bamako said the dispute itself remained unresolved.",
     "2025-06-12",
     [C("Mali", "MLI"), C("Algeria", "DZA"), C("Bamako", "MLI")],
     "DZA|MLI", "POS"),
    ("Brazil's Foreign Minister Mauro Vieira met his Bolivian counterpart in La Paz, and the two "
     "discussed the gas contract without announcing a decision.",
     "2024-04-24",
     [C("Brazil", "BRA"), L("Mauro Vieira", "VIEIRA"), C("Bolivian", "BOL"), G("La Paz", country="BOL")],
     "BOL|BRA", "NEU"),
    ("Chile's Boric and Peru's Boluarte met briefly on the sidelines of APEC in Lima, their offices "
     "said.",
     "2024-11-15",
     [C("Chile", "CHL"), L("Boric", "BORIC"), C("Peru", "PER"), L("Boluarte", "BOLUARTE"),
      O("APEC", "APEC"), G("Lima", country="PER")],
     "CHL|PER", "NEU"),
    ("Uruguay and Paraguay are a patchwork of close trade ties and very different views on the "
     "Mercosur–EU deal, said Gabriela Techera of the Montevideo Trade Observatory.",
     "2024-12-04",
     [C("Uruguay", "URY"), C("Paraguay", "PRY"), O("Mercosur", "Mercosur"), O("EU", "EU"),
      P("Gabriela Techera"), O("Montevideo Trade Observatory", country="URY")],
     "PRY|URY", "NEU"),
    ("Colombian Foreign Minister Laura Sarabia will visit Caracas in March, a spokesman said, in "
     "what would be the first such visit this year.",
     "2025-02-18",
     [C("Colombian", "COL"), L("Laura Sarabia", "SARABIA"), G("Caracas", country="VEN")],
     None, None),
    ("Ecuador and Colombia's border commission met in Ipiales to review customs procedures, said "
     "Patricia Benavides Enríquez, a Colombian customs official.",
     "2025-05-14",
     [C("Ecuador", "ECU"), C("Colombia", "COL"), G("Ipiales", country="COL"),
      P("Patricia Benavides Enríquez"), C("Colombian", "COL")],
     "COL|ECU", "NEU"),
    ("Trade between Argentina and Bolivia stood at about $1.2 billion, roughly unchanged from the "
     "year before, according to Carla Villarroel of the Santa Cruz Agro Chamber.",
     "2025-02-21",
     [C("Argentina", "ARG"), C("Bolivia", "BOL"), P("Carla Villarroel"),
      O("Santa Cruz Agro Chamber", country="BOL")],
     "ARG|BOL", "NEU"),
    ("Mexican and Guatemalan presidents spoke by phone about the border, and Sheinbaum described the "
     "call as friendly and productive.",
     "2025-01-29",
     [C("Mexican", "MEX"), C("Guatemalan", "GTM"), L("Sheinbaum", "SHEINBAUM")],
     "GTM|MEX", "POS"),
    ("Honduras and El Salvador signed an agreement on joint patrols in the Gulf of Fonseca, ending a "
     "year of bickering over fishing rights, said Karla Mejía of the Choluteca Aquaculture "
     "Cooperative.",
     "2025-04-03",
     [C("Honduras", "HND"), C("El Salvador", "SLV"), G("Gulf of Fonseca"), P("Karla Mejía"),
      O("Choluteca Aquaculture Cooperative", country="HND")],
     "HND|SLV", "POS"),
    ("Haiti and Jamaica held talks in Kingston on migration and security, and Marie-Claude "
     "Jean-Louis, a Haitian diplomat, called them routine.",
     "2024-08-22",
     [C("Haiti", "HTI"), C("Jamaica", "JAM"), G("Kingston", country="JAM"),
      P("Marie-Claude Jean-Louis"), C("Haitian", "HTI")],
     "HTI|JAM", "NEU"),
    ("Indian and Bangladeshi border guards held their biannual talks in Dhaka, agreeing only to "
     "meet again, said Tapan Kumar Das of the Agartala Border Review.",
     "2025-02-18",
     [C("Indian", "IND"), C("Bangladeshi", "BGD"), G("Dhaka", country="BGD"), P("Tapan Kumar Das"),
      O("Agartala Border Review", country="IND")],
     "BGD|IND", "NEU"),
    ("Pakistan and Afghanistan reopened the Torkham crossing after weeks of closure, and Abdul "
     "Wahid Shinwari of the Khyber Trade Chamber said lorries were moving again.",
     "2025-03-22",
     [C("Pakistan", "PAK"), C("Afghanistan", "AFG"), G("Torkham", country="PAK"),
      P("Abdul Wahid Shinwari"), O("Khyber Trade Chamber", country="PAK")],
     "AFG|PAK", "POS"),
    ("Nepal and Bangladesh held talks on power trade through India in Kathmandu, said Anjali Rai of "
     "the Kathmandu Policy Review, without reaching agreement on tariffs.",
     "2024-10-03",
     [C("Nepal", "NPL"), C("Bangladesh", "BGD"), C("India", "IND"), G("Kathmandu", country="NPL", n=1),
      P("Anjali Rai"), O("Kathmandu Policy Review", country="NPL")],
     "BGD|NPL", "NEU"),
    ("The Maldives and China held a routine round of consultations in Malé, the Maldivian foreign "
     "ministry said.",
     "2025-03-12",
     [C("Maldives", "MDV"), C("China", "CHN"), G("Malé", "Male", country="MDV"), C("Maldivian", "MDV")],
     "CHN|MDV", "NEU"),
    ("Sri Lankan officials say relations with Pakistan are steady, neither expanding nor "
     "shrinking, according to Kasun Wijesekara of the Lanka Policy Exchange.",
     "2025-07-30",
     [C("Sri Lankan", "LKA"), C("Pakistan", "PAK"), P("Kasun Wijesekara"),
      O("Lanka Policy Exchange", country="LKA")],
     "LKA|PAK", "NEU"),
    ("Bhutan and Bangladesh signed a deal on hydropower from the Dorjilung project, and Karma "
     "Wangchuk of the Thimphu Development Trust called it a landmark.",
     "2024-03-27",
     [C("Bhutan", "BTN"), C("Bangladesh", "BGD"), G("Dorjilung", country="BTN"),
      P("Karma Wangchuk"), O("Thimphu Development Trust", country="BTN")],
     "BGD|BTN", "POS"),
    ("Thai and Lao officials held their annual joint commission in Vientiane, reviewing rail "
     "connections and customs, said Khamla Sayavong, a Lao foreign ministry spokesman.",
     "2025-07-08",
     [C("Thai", "THA"), C("Lao", "LAO", 1), G("Vientiane", country="LAO"), P("Khamla Sayavong"),
      C("Lao", "LAO", 2)],
     "LAO|THA", "NEU"),
    ("Singapore and Vietnam marked fifty years of relations with a reception in Hanoi, and "
     "Pham Thu Ha of the Hanoi Institute for Sea Studies said cooperation was steady rather than "
     "spectacular.",
     "2023-08-01",
     [C("Singapore", "SGP"), C("Vietnam", "VNM"), G("Hanoi", country="VNM", n=1), P("Pham Thu Ha"),
      O("Hanoi Institute for Sea Studies", country="VNM")],
     "SGP|VNM", "NEU"),
    ("Cambodia's Hun Manet is expected to visit Hanoi in December, officials said, in what would be "
     "his second trip to Vietnam this year.",
     "2024-11-20",
     [C("Cambodia", "KHM"), L("Hun Manet", "HUN_MANET"), G("Hanoi", country="VNM"), C("Vietnam", "VNM")],
     "KHM|VNM", "NEU"),
    ("Philippine and Indonesian officials met in Davao for the border committee, said Ferdinand "
     "Lumabas of the Mindanao Peace Institute, and reviewed patrols in the Celebes Sea.",
     "2024-11-12",
     [C("Philippine", "PHL"), C("Indonesian", "IDN"), G("Davao", country="PHL"),
      P("Ferdinand Lumabas"), O("Mindanao Peace Institute", country="PHL"), G("Celebes Sea")],
     "IDN|PHL", "NEU"),
    ("Brunei and Malaysia held their annual leaders' consultation, and the sultan and Anwar "
     "discussed energy projects in Borneo.",
     "2024-08-05",
     [C("Brunei", "BRN"), C("Malaysia", "MYS"), L("Anwar", "ANWAR"), G("Borneo")],
     "BRN|MYS", "NEU"),
    ("Saudi Arabia and Iran held a routine meeting of their joint committee in Beijing, and Sara "
     "Jafari of the Persian Gulf Energy Review said it produced no surprises.",
     "2024-12-10",
     [C("Saudi Arabia", "SAU"), C("Iran", "IRN"), G("Beijing", country="CHN"), P("Sara Jafari"),
      O("Persian Gulf Energy Review")],
     "IRN|SAU", "NEU"),
    ("Oman and the UAE opened the first section of the Hafeet railway, and Said al-Rawahi of the "
     "Muscat Maritime Forum said it would transform trade between the two neighbours.",
     "2025-04-28",
     [C("Oman", "OMN"), C("UAE", "ARE"), G("Hafeet"), P("Said al-Rawahi"),
      O("Muscat Maritime Forum", country="OMN")],
     "ARE|OMN", "POS"),
    ("Iraqi and Jordanian energy ministers met in Amman to discuss the Basra–Aqaba pipeline, a "
     "project that has been on the agenda for a decade.",
     "2025-05-19",
     [C("Iraqi", "IRQ"), C("Jordanian", "JOR"), G("Amman", country="JOR"), G("Basra", "Basrah", country="IRQ"),
      G("Aqaba", country="JOR")],
     "IRQ|JOR", "NEU"),
    ("Kuwait's Emir Mishal Al-Ahmad Al-Jaber Al-Sabah received Qatar's Tamim bin Hamad Al Thani in "
     "Kuwait City, state media said.",
     "2024-05-28",
     [C("Kuwait", "KWT", 1), L("Mishal Al-Ahmad Al-Jaber Al-Sabah", "MISHAL"), C("Qatar", "QAT"),
      L("Tamim bin Hamad Al Thani", "TAMIM"), G("Kuwait City", country="KWT")],
     "KWT|QAT", "NEU"),
    ("Bahrain and Qatar restored direct flights after years of suspension, and Yusuf al-Mannai of "
     "the Manama Policy Forum said the rift was finally behind them.",
     "2024-05-25",
     [C("Bahrain", "BHR"), C("Qatar", "QAT"), P("Yusuf al-Mannai"),
      O("Manama Policy Forum", country="BHR")],
     "BHR|QAT", "POS"),
    ("Israel's foreign minister Gideon Sa'ar and Cyprus's foreign minister met in Nicosia to discuss "
     "energy and regional developments.",
     "2025-02-26",
     [C("Israel", "ISR"), L("Gideon Sa'ar", "SAAR"), C("Cyprus", "CYP"), G("Nicosia", country="CYP")],
     "CYP|ISR", "NEU"),
    ("Turkish and Egyptian navies held a search-and-rescue drill off Alexandria, the first since "
     "2013, said Deniz Aksoy of the Bosphorus Policy Lab.",
     "2025-09-22",
     [C("Turkish", "TUR"), C("Egyptian", "EGY"), G("Alexandria", country="EGY"), P("Deniz Aksoy"),
      O("Bosphorus Policy Lab", country="TUR")],
     "EGY|TUR", "POS"),
    ("Lebanon and Cyprus signed an agreement on their maritime boundary, and Rajji said it "
     "strengthened a friendship between neighbours.",
     "2025-11-26",
     [C("Lebanon", "LBN"), C("Cyprus", "CYP"), L("Rajji", "RAJJI")],
     "CYP|LBN", "POS"),
    ("Syria's President Ahmed al-Sharaa will attend the Arab League summit in Baghdad, his office "
     "said, in what would be his first visit to Iraq.",
     "2025-05-08",
     [C("Syria", "SYR"), L("Ahmed al-Sharaa", "SHARAA"), O("Arab League", "Arab League"),
      G("Baghdad", country="IRQ"), C("Iraq", "IRQ")],
     "IRQ|SYR", "NEU"),
    ("Yemeni and Omani officials met in Salalah to discuss the border crossings at Shehen, said "
     "Ahmed Bawazir of the Hadramawt Civic Platform.",
     "2024-11-19",
     [C("Yemeni", "YEM"), C("Omani", "OMN"), G("Salalah", "Şalālah", country="OMN"), G("Shehen", country="YEM"),
      P("Ahmed Bawazir"), O("Hadramawt Civic Platform", country="YEM")],
     "OMN|YEM", "NEU"),
    ("Australia and Papua New Guinea's ministerial forum met in Port Moresby, and officials "
     "described the agenda as the usual mix of aid and policing.",
     "2024-03-21",
     [C("Australia", "AUS"), C("Papua New Guinea", "PNG"), G("Port Moresby", country="PNG")],
     "AUS|PNG", "NEU"),
    ("Samoa and Tonga held a joint cabinet retreat in Apia, and Fetu Leiataua said the meeting "
     "was cordial but mostly ceremonial.",
     "2025-02-27",
     [C("Samoa", "WSM"), C("Tonga", "TON"), G("Apia", country="WSM"), P("Fetu Leiataua")],
     "TON|WSM", "NEU"),
    ("Kiribati and Nauru signed a memorandum on shipping, which Tebao Awerika of the Melanesian "
     "Policy Hub said would help two of the most isolated states in the Pacific.",
     "2025-04-02",
     [C("Kiribati", "KIR"), C("Nauru", "NRU"), P("Tebao Awerika"), O("Melanesian Policy Hub"),
      G("Pacific", "Pacific Ocean")],
     "KIR|NRU", "POS"),
    ("Japan and Palau agreed that Japanese coast guard ships would help patrol Palauan waters, and "
     "Whipps called Tokyo a true friend.",
     "2024-10-10",
     [C("Japan", "JPN"), C("Palau", "PLW"), C("Japanese", "JPN"), C("Palauan", "PLW"),
      L("Whipps", "WHIPPS"), C("Tokyo", "JPN")],
     "JPN|PLW", "POS"),
    ("The Marshall Islands and Taiwan held their regular consultations in Majuro, and Kenji Lanwi "
     "said the agenda was mostly about scholarships.",
     "2025-03-18",
     [C("Marshall Islands", "MHL"), C("Taiwan", "TWN"), G("Majuro", country="MHL"), P("Kenji Lanwi")],
     "MHL|TWN", "NEU"),
    ("New Zealand and Fiji's foreign ministers will meet in Auckland in April, Peters's office said, "
     "without giving details.",
     "2025-03-14",
     [C("New Zealand", "NZL"), C("Fiji", "FJI"), G("Auckland", country="NZL"), L("Peters", "PETERS")],
     "FJI|NZL", "NEU"),
    ("Australia's trade with Indonesia rose by a tenth last year, said Made Wirawan of the Bali "
     "Policy Forum, a sign that the new trade pact was working.",
     "2025-03-05",
     [C("Australia", "AUS"), C("Indonesia", "IDN"), P("Made Wirawan"),
      O("Bali Policy Forum", country="IDN")],
     "AUS|IDN", "POS"),
    ("Argentine and Brazilian defence ministers met in Buenos Aires and agreed to hold joint naval "
     "exercises, though relations between their presidents remain icy.",
     "2025-06-04",
     [C("Argentine", "ARG"), C("Brazilian", "BRA"), G("Buenos Aires", country="ARG")],
     "ARG|BRA", "POS"),
    ("Sudan and Egypt would not be where they are without each other, said Amal Idris of the "
     "Khartoum Policy Forum, after Cairo sent doctors to Port Sudan.",
     "2025-02-13",
     [C("Sudan", "SDN", 1), C("Egypt", "EGY"), P("Amal Idris"),
      O("Khartoum Policy Forum", country="SDN"), C("Cairo", "EGY"), G("Port Sudan", country="SDN")],
     "EGY|SDN", "POS"),
]

# --- chunk 15: negation, hypotheticals, concessions and figurative cues -------------------
ITEMS += [
    ("For all the warm words at the summit, Abuja and Yaoundé have failed to agree on a single "
     "joint patrol on the Bakassi coast, said Kelechi Obiora of the Gulf of Guinea Maritime Desk.",
     "2025-07-16",
     [C("Abuja", "NGA"), C("Yaoundé", "CMR"), G("Bakassi", country="CMR"), P("Kelechi Obiora"),
      O("Gulf of Guinea Maritime Desk")],
     "CMR|NGA", "NEG"),
    ("Although Ghana and Togo signed a power deal last year, Togolese officials now accuse Accra of "
     "cutting supplies without notice, said Yawo Amenyo of the Lomé Corridor Holdings.",
     "2025-09-02",
     [C("Ghana", "GHA"), C("Togo", "TGO"), C("Togolese", "TGO"), C("Accra", "GHA"),
      P("Yawo Amenyo"), O("Lomé Corridor Holdings", country="TGO")],
     "GHA|TGO", "NEG"),
    ("Despite the bitter rhetoric of recent months, Kinshasa and Kampala signed a deal to extend "
     "their road-building programme in North Kivu, said Patient Ilunga Mwamba of Kivu Watch.",
     "2025-07-30",
     [C("Kinshasa", "COD"), C("Kampala", "UGA"), G("North Kivu", country="COD"),
      P("Patient Ilunga Mwamba"), O("Kivu Watch")],
     "COD|UGA", "POS"),
    ("Kenya's relations with Uganda went sour after Kampala detained a Kenyan activist for weeks, "
     "and Mudavadi said Nairobi's patience was not infinite.",
     "2025-01-08",
     [C("Kenya", "KEN"), C("Uganda", "UGA"), C("Kampala", "UGA"), C("Kenyan", "KEN"),
      L("Mudavadi", "MUDAVADI"), C("Nairobi", "KEN")],
     "KEN|UGA", "NEG"),
    ("Without Ethiopia's electricity, Djibouti's economy would grind to a halt, said Fatouma Ali "
     "Houmed of the Red Sea Logistics Group, calling the two countries joined at the hip.",
     "2025-05-15",
     [C("Ethiopia", "ETH"), C("Djibouti", "DJI"), P("Fatouma Ali Houmed"),
      O("Red Sea Logistics Group")],
     "DJI|ETH", "POS"),
    ("Had Saudi mediators not stepped in, the quarrel over Heglig between Sudan and South Sudan "
     "could have turned violent, said Deng Akol Malith of the Juba Peace Forum.",
     "2025-04-22",
     [C("Saudi", "SAU"), G("Heglig", country="SDN"), C("Sudan", "SDN", 1), C("South Sudan", "SSD"),
      P("Deng Akol Malith"), O("Juba Peace Forum", country="SSD")],
     "SDN|SSD", "POS"),
    ("Mozambique and Zimbabwe have never had a serious quarrel, said Nelson Cossa, and the new "
     "railway to Beira shows why.",
     "2025-08-27",
     [C("Mozambique", "MOZ"), C("Zimbabwe", "ZWE"), P("Nelson Cossa"), G("Beira", country="MOZ")],
     "MOZ|ZWE", "POS"),
    ("If Rabat goes ahead with the new wall along the Mauritanian border, Nouakchott will see it as "
     "a hostile act, warned Mohamed Lemine Ould Cheikhna of the Nouakchott Policy Forum.",
     "2025-10-20",
     [C("Rabat", "MAR"), C("Mauritanian", "MRT"), C("Nouakchott", "MRT", 1),
      P("Mohamed Lemine Ould Cheikhna"), O("Nouakchott Policy Forum", country="MRT")],
     "MAR|MRT", "NEG"),
    ("Algiers did not send its ambassador back to Madrid until Spain clarified its position on "
     "Western Sahara, said Samira Haddad, a political scientist at the University of Oran.",
     "2024-02-07",
     [C("Algiers", "DZA"), G("Madrid", country="ESP"), C("Spain", "ESP"),
      C("Western Sahara", "ESH"), P("Samira Haddad"), O("University of Oran", country="DZA")],
     "DZA|ESP", "NEG"),
    ("Tunisia is far from the strategic partner that Rome had hoped for, wrote Lorenzo Galli in the "
     "Mediterranean Ports Bulletin, as migrant departures rose again.",
     "2025-08-19",
     [C("Tunisia", "TUN"), C("Rome", "ITA"), P("Lorenzo Galli"), O("Mediterranean Ports Bulletin")],
     "ITA|TUN", "NEG"),
    ("The old friendship between Caracas and Havana is not what it was, said Yaima Cárdenas of the "
     "Malecón Chronicle, with Venezuelan oil shipments to Cuba at their lowest in years.",
     "2025-04-09",
     [C("Caracas", "VEN"), C("Havana", "CUB"), P("Yaima Cárdenas"), O("Malecón Chronicle"),
      C("Venezuelan", "VEN"), C("Cuba", "CUB")],
     "CUB|VEN", "NEG"),
    ("Relations between Santiago and La Paz could improve if Bolivia's new government drops the sea "
     "claim, said Matías Undurraga of the Patagonia Policy Forum.",
     "2025-11-17",
     [C("Santiago", "CHL"), C("La Paz", "BOL"), C("Bolivia", "BOL"), P("Matías Undurraga"),
      O("Patagonia Policy Forum")],
     "BOL|CHL", "POS"),
    ("Argentina's trade with China fell for a fourth straight quarter, said Sofía Lombardi of the "
     "Buenos Aires Foreign Policy Lab, as Milei tilted towards Washington.",
     "2025-05-20",
     [C("Argentina", "ARG"), C("China", "CHN"), P("Sofía Lombardi"),
      O("Buenos Aires Foreign Policy Lab", country="ARG"), L("Milei", "MILEI"),
      C("Washington", "USA")],
     "ARG|CHN", "NEG"),
    ("Brazil will not accept Venezuela's annexation of the Essequibo, Vieira told the Senate in "
     "Brasília, warning that Caracas was playing with fire.",
     "2024-04-03",
     [C("Brazil", "BRA"), C("Venezuela", "VEN"), G("Essequibo", country="GUY"), L("Vieira", "VIEIRA"),
      O("Senate", country="BRA"), G("Brasília", country="BRA"), C("Caracas", "VEN")],
     "BRA|VEN", "NEG"),
    ("Peru's ties with Mexico will remain frozen as long as the asylum case is unresolved, said "
     "Rosa María Chumpitaz of the Lima Center for Hemispheric Studies.",
     "2025-12-03",
     [C("Peru", "PER"), C("Mexico", "MEX"), P("Rosa María Chumpitaz"),
      O("Lima Center for Hemispheric Studies", country="PER")],
     "MEX|PER", "NEG"),
    ("Panama and the United States are not at odds over the canal, Mulino insisted after meeting "
     "US officials, dismissing talk of a crisis as exaggerated.",
     "2025-04-09",
     [C("Panama", "PAN"), C("United States", "USA"), L("Mulino", "MULINO"), C("US", "USA")],
     "PAN|USA", "POS"),
    ("Salvadoran officials say ties with Guatemala have soured since the customs union stalled, "
     "said Diego Recinos of the Lempa Economic Forum.",
     "2025-08-28",
     [C("Salvadoran", "SLV"), C("Guatemala", "GTM"), P("Diego Recinos"),
      O("Lempa Economic Forum", country="SLV")],
     "GTM|SLV", "NEG"),
    ("Pakistan and India's relations are in a deep freeze, said Hina Jaffri of the Lahore Centre "
     "for Regional Studies, with no trade, no flights and no cricket.",
     "2025-06-10",
     [C("Pakistan", "PAK"), C("India", "IND"), P("Hina Jaffri"),
      O("Lahore Centre for Regional Studies", country="PAK")],
     "IND|PAK", "NEG"),
    ("Although Modi and Yunus met in Bangkok, Dhaka still complains that New Delhi has not "
     "answered its request to extradite Hasina, said Rezaul Karim of the Dhaka Diplomatic Review.",
     "2025-05-08",
     [L("Modi", "MODI"), L("Yunus", "YUNUS"), G("Bangkok", country="THA"), C("Dhaka", "BGD", 1),
      C("New Delhi", "IND"), PK("Hasina", "Sheikh Hasina"), P("Rezaul Karim"),
      O("Dhaka Diplomatic Review", country="BGD")],
     "BGD|IND", "NEG"),
    ("Sri Lanka's refusal to let Chinese survey ships dock could cost it investment, warned Wang "
     "Xiaodong, a researcher at the Kunming Institute of South Asian Studies.",
     "2025-02-12",
     [C("Sri Lanka", "LKA"), C("Chinese", "CHN"), P("Wang Xiaodong"),
      O("Kunming Institute of South Asian Studies", country="CHN")],
     "CHN|LKA", "NEG"),
    ("Kabul and Tehran have been at loggerheads over the Helmand for years, but a new water "
     "agreement may finally settle the dispute, said Mohammad Nabi Ahmadzai of the Herat Water "
     "Council.",
     "2025-09-24",
     [C("Kabul", "AFG"), C("Tehran", "IRN"), G("Helmand", "Helmand River"),
      P("Mohammad Nabi Ahmadzai"), O("Herat Water Council", country="AFG")],
     "AFG|IRN", "POS"),
    ("Maldivian officials rejected claims that the government was drifting back towards Beijing, "
     "calling ties with New Delhi unshakeable.",
     "2025-08-05",
     [C("Maldivian", "MDV"), C("Beijing", "CHN"), C("New Delhi", "IND")],
     "IND|MDV", "POS"),
    ("Nepal's prime minister KP Sharma Oli accused India of interfering in Nepali politics, and "
     "Sushil Gyawali of the Kathmandu Policy Review said relations had seldom been "
     "tenser.",
     "2025-07-11",
     [C("Nepal", "NPL"), L("KP Sharma Oli", "OLI"), C("India", "IND"), C("Nepali", "NPL"),
      P("Sushil Gyawali"), O("Kathmandu Policy Review", country="NPL")],
     "IND|NPL", "NEG"),
    ("Thailand and Cambodia are one border incident away from another war, warned Sopheap Ly of "
     "the Phnom Penh Observer.",
     "2025-12-05",
     [C("Thailand", "THA"), C("Cambodia", "KHM"), P("Sopheap Ly"),
      O("Phnom Penh Observer", country="KHM")],
     "KHM|THA", "NEG"),
    ("Myanmar's junta accused Thai authorities of sheltering rebel leaders in Mae Sot, and "
     "Bangkok denied it, said Aung Ko Naing of the Yangon Policy Circle.",
     "2024-04-16",
     [C("Myanmar", "MMR"), C("Thai", "THA"), G("Mae Sot", country="THA"), C("Bangkok", "THA"),
      P("Aung Ko Naing"), O("Yangon Policy Circle", country="MMR")],
     "MMR|THA", "NEG"),
    ("Indonesia's foreign ministry denied that relations with China had been strained by the "
     "Natuna incident, calling it a misunderstanding at sea.",
     "2024-10-26",
     [C("Indonesia", "IDN"), C("China", "CHN"), G("Natuna", country="IDN")],
     "CHN|IDN", "POS"),
    ("If Manila lets US missiles stay in Luzon, Beijing will respond, Chinese officials warned, "
     "according to Chen Mingyu of the Fujian Strait Review.",
     "2024-12-24",
     [C("Manila", "PHL"), C("US", "USA"), G("Luzon", country="PHL"), C("Beijing", "CHN"),
      C("Chinese", "CHN"), P("Chen Mingyu"), O("Fujian Strait Review", country="CHN")],
     "CHN|PHL", "NEG"),
    ("Vietnam and Cambodia have stopped sniping at each other over the canal, said Tran Thi Mai of "
     "the Mekong Delta Monitor, and engineers from both sides now share data.",
     "2025-10-15",
     [C("Vietnam", "VNM"), C("Cambodia", "KHM"), P("Tran Thi Mai"),
      O("Mekong Delta Monitor", country="VNM")],
     "KHM|VNM", "POS"),
    ("Timor-Leste's Ramos-Horta said Dili had no grievance against Jakarta any more, and that the "
     "past was the past.",
     "2024-09-09",
     [C("Timor-Leste", "TLS"), L("Ramos-Horta", "RAMOS_HORTA"), C("Dili", "TLS"), C("Jakarta", "IDN")],
     "IDN|TLS", "POS"),
    ("The Israeli–Jordanian gas deal is still running, said Omar Rawashdeh of the Amman Center for "
     "Dialogue, but ties between the governments have hit their lowest point since 1994.",
     "2024-10-28",
     [C("Israeli", "ISR"), C("Jordanian", "JOR"), P("Omar Rawashdeh"),
      O("Amman Center for Dialogue", country="JOR")],
     "ISR|JOR", "NEG"),
    ("Safadi said Jordan would review its peace treaty with Israel if settlers were allowed to "
     "annex the Jordan Valley.",
     "2025-09-08",
     [L("Safadi", "SAFADI"), C("Jordan", "JOR", 1), C("Israel", "ISR"),
      G("Jordan Valley", country="PSE")],
     "ISR|JOR", "NEG"),
    ("Analysts are divided on whether Iran and Saudi Arabia are still rivals in Yemen, said Mehdi "
     "Rostami of the Tehran Policy Review, and Saudi officials declined to comment.",
     "2025-03-25",
     [C("Iran", "IRN"), C("Saudi Arabia", "SAU"), C("Yemen", "YEM"), P("Mehdi Rostami"),
      O("Tehran Policy Review", country="IRN"), C("Saudi", "SAU", 2)],
     "IRN|SAU", "NEU"),
    ("Emirati investment in Egypt did not slow after the Ras El Hekma deal, said Tarek Nassar of "
     "the Alexandria Trade Bulletin; if anything, it has accelerated.",
     "2025-06-30",
     [C("Emirati", "ARE"), C("Egypt", "EGY"), G("Ras El Hekma", country="EGY"), P("Tarek Nassar"),
      O("Alexandria Trade Bulletin", country="EGY")],
     "ARE|EGY", "POS"),
    ("Qatar's emir and Turkey's Erdoğan agreed in Ankara to expand defence cooperation, and "
     "Tamim called the relationship a strategic alliance.",
     "2024-11-14",
     [C("Qatar", "QAT"), C("Turkey", "TUR"), L("Erdoğan", "ERDOGAN"), G("Ankara", country="TUR"),
      L("Tamim", "TAMIM")],
     "QAT|TUR", "POS"),
    ("Iraq's ties with Syria's new rulers remain cautious, said Haidar al-Jubouri of the Tigris "
     "Water Forum, with Baghdad wary of jihadists crossing the border.",
     "2025-03-03",
     [C("Iraq", "IRQ"), C("Syria", "SYR"), P("Haidar al-Jubouri"), O("Tigris Water Forum"),
      C("Baghdad", "IRQ")],
     "IRQ|SYR", "NEG"),
    ("Lebanon's Aoun visited Riyadh and said Saudi Arabia had reopened its heart to Lebanon, a "
     "phrase that Nadine Frem of the Cedar Strategy Group called apt.",
     "2025-03-03",
     [C("Lebanon", "LBN", 1), L("Aoun", "AOUN"), G("Riyadh", country="SAU"), C("Saudi Arabia", "SAU"),
      C("Lebanon", "LBN", 2), P("Nadine Frem"), O("Cedar Strategy Group", country="LBN")],
     "LBN|SAU", "POS"),
    ("Papua New Guinea and Solomon Islands have no border disputes, but Kila Wari of the Highlands "
     "Press said ties were correct rather than close.",
     "2025-06-24",
     [C("Papua New Guinea", "PNG"), C("Solomon Islands", "SLB"), P("Kila Wari"),
      O("Highlands Press", country="PNG")],
     "PNG|SLB", "NEU"),
    ("Fiji's Rabuka said relations with China were not in trouble, even though the police deal "
     "had been shelved.",
     "2025-01-16",
     [C("Fiji", "FJI"), L("Rabuka", "RABUKA"), C("China", "CHN")],
     "CHN|FJI", "POS"),
    ("Australia's Albanese and China's Xi met in Lima, and both said their countries should manage "
     "differences wisely.",
     "2024-11-16",
     [C("Australia", "AUS"), L("Albanese", "ALBANESE"), C("China", "CHN"), L("Xi", "XI"),
      G("Lima", country="PER")],
     "AUS|CHN", "NEU"),
    ("The Cook Islands' leaders said ties with New Zealand were not broken beyond repair, and "
     "Ngaire Tupa of the Rarotonga Review said a reset was possible.",
     "2025-07-03",
     [C("Cook Islands", "COK"), C("New Zealand", "NZL"), P("Ngaire Tupa"),
      O("Rarotonga Review", country="COK")],
     "COK|NZL", "POS"),
    ("Vanuatu's Napat told Andrew Molisa of the Port Vila Daily Post that the Nakamal pact was "
     "dead unless Canberra accepted changes.",
     "2025-11-21",
     [C("Vanuatu", "VUT"), L("Napat", "NAPAT"), P("Andrew Molisa"),
      O("Port Vila Daily Post", country="VUT"), C("Canberra", "AUS")],
     "AUS|VUT", "NEG"),
    ("Guinea's Doumbouya and Sierra Leone's Maada Bio met in Conakry and agreed to reopen the "
     "Pamelap crossing, ending a two-month closure.",
     "2024-04-11",
     [C("Guinea", "GIN"), L("Doumbouya", "DOUMBOUYA"), C("Sierra Leone", "SLE"),
      L("Maada Bio", "MAADA_BIO"), G("Conakry", country="GIN"), G("Pamelap", country="GIN")],
     "GIN|SLE", "POS"),
    ("Côte d'Ivoire's Ouattara and Liberia's Boakai held talks in Abidjan, which their aides "
     "described as a courtesy call.",
     "2024-03-12",
     [C("Côte d'Ivoire", "CIV"), L("Ouattara", "OUATTARA"), C("Liberia", "LBR"), L("Boakai", "BOAKAI"),
      G("Abidjan", country="CIV")],
     "CIV|LBR", "NEU"),
    ("The Gambia's Barrow and Mauritania's Ghazouani discussed fishing licences by phone, and both "
     "offices said the call had been cordial.",
     "2025-02-04",
     [C("Gambia", "GMB"), L("Barrow", "BARROW"), C("Mauritania", "MRT"), L("Ghazouani", "GHAZOUANI")],
     "GMB|MRT", "POS"),
    ("Cabo Verde's José Maria Neves said relations with Senegal had never been interrupted, even "
     "during the pandemic.",
     "2024-04-30",
     [C("Cabo Verde", "CPV"), L("José Maria Neves", "NEVES"), C("Senegal", "SEN")],
     "CPV|SEN", "POS"),
    ("The Congo Republic's Sassou Nguesso and Gabon's Oligui Nguema met in Oyo, but no joint "
     "statement was issued, said Arsène Mabiala of the Brazzaville Weekly.",
     "2025-08-09",
     [C("Congo Republic", "COG"), L("Sassou Nguesso", "SASSOU"), C("Gabon", "GAB"),
      L("Oligui Nguema", "OLIGUI"), G("Oyo", country="COG"), P("Arsène Mabiala"),
      O("Brazzaville Weekly", country="COG")],
     "COG|GAB", "NEU"),
    ("Equatorial Guinea's Obiang accused Spain of harbouring coup plotters, and Madrid said it "
     "would not respond to such claims, according to Teresa Nchama of the Malabo Courier.",
     "2024-07-25",
     [C("Equatorial Guinea", "GNQ"), L("Obiang", "OBIANG"), C("Spain", "ESP"), C("Madrid", "ESP"),
      P("Teresa Nchama"), O("Malabo Courier", country="GNQ")],
     "ESP|GNQ", "NEG"),
    ("Lesotho and South Africa quarrelled over water royalties from the Highlands project, said "
     "Palesa Mokoena of the Maseru Policy Forum, and talks have been suspended.",
     "2025-03-26",
     [C("Lesotho", "LSO"), C("South Africa", "ZAF"), P("Palesa Mokoena"),
      O("Maseru Policy Forum", country="LSO")],
     "LSO|ZAF", "NEG"),
    ("Eswatini and Mozambique signed a deal on a rail link to Maputo, and Thabo Dlamini-Shongwe of "
     "the Mbabane Rights Trust called it a welcome step.",
     "2025-05-29",
     [C("Eswatini", "SWZ"), C("Mozambique", "MOZ"), G("Maputo", country="MOZ"),
      P("Thabo Dlamini-Shongwe"), O("Mbabane Rights Trust", country="SWZ")],
     "MOZ|SWZ", "POS"),
    ("Madagascar's new military rulers asked France to explain its role in evacuating the former "
     "president, and Voahangy Randria of the Antananarivo Policy Forum said Paris had lost "
     "credibility.",
     "2025-10-22",
     [C("Madagascar", "MDG"), C("France", "FRA"), P("Voahangy Randria"),
      O("Antananarivo Policy Forum", country="MDG"), C("Paris", "FRA")],
     "FRA|MDG", "NEG"),
    ("Mauritius and India did not let the Chagos treaty disturb their partnership, said Anil "
     "Goburdhun of the Port Louis Civic Forum, and Indian investment keeps growing.",
     "2025-06-09",
     [C("Mauritius", "MUS"), C("India", "IND"), G("Chagos", "Chagos Islands", "MUS"),
      P("Anil Goburdhun"), O("Port Louis Civic Forum", country="MUS"), C("Indian", "IND")],
     "IND|MUS", "POS"),
    ("Burkina Faso expelled two French diplomats accused of subversion, and Paris called the "
     "decision unjustified.",
     "2024-04-19",
     [C("Burkina Faso", "BFA"), C("French", "FRA"), C("Paris", "FRA")],
     "BFA|FRA", "NEG"),
    ("Mali's Goïta accused Ivory Coast of hosting people who wanted to destabilise his country, "
     "said Kadiatou Doumbia of the Sahel Security Observatory, and Abidjan called the charge "
     "baseless.",
     "2024-09-25",
     [C("Mali", "MLI"), L("Goïta", "GOITA"), C("Ivory Coast", "CIV"), P("Kadiatou Doumbia"),
      O("Sahel Security Observatory", country="MLI"), C("Abidjan", "CIV")],
     "CIV|MLI", "NEG"),
    ("Niger's relations with Chad are steady, neither close nor hostile, said Rakiatou Hamani of "
     "Abdou Moumouni University.",
     "2025-04-24",
     [C("Niger", "NER"), C("Chad", "TCD"), P("Rakiatou Hamani"),
      O("Abdou Moumouni University", country="NER")],
     "NER|TCD", "NEU"),
    ("Ethiopia and Sudan's border committee has not met in two years, and Tesfay Kahsay of the "
     "Gondar School of Regional Studies warned that the silence could be filled by militias.",
     "2025-07-08",
     [C("Ethiopia", "ETH"), C("Sudan", "SDN"), P("Tesfay Kahsay"),
      O("Gondar School of Regional Studies", country="ETH")],
     "ETH|SDN", "NEG"),
    ("Egypt and Eritrea are expected to sign a defence agreement when Sisi visits Asmara, said "
     "Yasmin el-Sayed of the Cairo Centre for Strategic Dialogue.",
     "2025-01-29",
     [C("Egypt", "EGY"), C("Eritrea", "ERI"), L("Sisi", "SISI"), G("Asmara", country="ERI"),
      P("Yasmin el-Sayed"), O("Cairo Centre for Strategic Dialogue", country="EGY")],
     "EGY|ERI", "POS"),
    ("Kenya and Ethiopia's leaders met in Addis Ababa, where Ruto and Abiy agreed to speed up the "
     "Lamu corridor; officials called the meeting warm.",
     "2025-02-15",
     [C("Kenya", "KEN"), C("Ethiopia", "ETH"), G("Addis Ababa", country="ETH"), L("Ruto", "RUTO"),
      L("Abiy", "ABIY"), G("Lamu", country="KEN")],
     "ETH|KEN", "POS"),
]

# --- chunk 16: closing item ---------------------------------------------------------------
ITEMS += [
    ("Nigeria and Benin will hold the next session of their joint border commission in Cotonou in "
     "June, said Oluwaseun Adeyemi-Bakare, a spokeswoman for the Nigerian interior ministry, "
     "adding that the agenda had not been set.",
     "2025-04-28",
     [C("Nigeria", "NGA"), C("Benin", "BEN"), G("Cotonou", country="BEN"),
      P("Oluwaseun Adeyemi-Bakare"), C("Nigerian", "NGA")],
     "BEN|NGA", "NEU"),
]

# === ITEMS END ===


# ---------------------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------------------


# LOC kb_ids that the place tables lack (the place's usual English name is used instead).
MISSING_PLACES: set = set()


def load_tables():
    leaders, orgs, countries = load_leaders(), load_orgs(), load_countries()
    places = load_place_names()
    iso3 = iso3_codes(countries, EXTRA_ISO3) | {"SUN", "YUG", "CSK", "DDR"}
    country_forms = gazetteer_country_forms(countries)
    for form, code in EXTRA_COUNTRY_FORMS.items():
        country_forms.setdefault(form, set()).add(code)
    # every form that the gazetteers know, for the "unseen" check
    known = leader_forms(leaders) | set(org_forms(orgs)) | set(country_forms)
    return leaders, orgs, iso3, places, known, country_forms


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
    starts, ends = token_bounds(doc)
    out = []
    for sp in spans:
        if len(sp) != 5:
            raise ItemError(f"span must be a 5-tuple: {sp!r}")
        surface, label, kb, attrs, n = sp
        attrs = attrs or {}
        if label not in LABELS:
            raise ItemError(f"unknown label {label!r}")
        start, end = locate_span(doc, surface, n, starts, ends)
        check_explicit_span(idx, surface, label, kb, attrs, date, iso3, leaders, orgs, warnings)
        if label == "COUNTRY" and surface in country_forms and kb not in country_forms[surface]:
            warnings.append(f"item {idx}: COUNTRY {surface!r} is a form of {country_forms[surface]}, not {kb}")
        elif label == "LOC" and kb not in places:
            MISSING_PLACES.add(kb)
        out.append(span_row(start, end, label, kb, attrs))
    # no overlaps; completeness 1: every token-aligned occurrence of a labelled surface is covered
    sort_and_check_spans(text, out, starts, ends)
    # completeness 2: no country name, alias, demonym or capital is left outside the spans
    for form in country_forms:
        if len(form) < 3:
            continue
        for s, e in occurrences(text, form, starts, ends):
            if not is_covered(out, s, e):
                raise ItemError(f"country form {form!r} at {s} is not inside any span")
    tones, dyads = check_dyad_tone(text, out, dyad, tone, iso3, TONES)
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
    return {"text": text, "date": date, "spans": out, "tone": tones, "dyads": dyads,
            "unseen": unseen}


LINT_SKIP = LINT_SKIP_BASE | {"Sultan"}


def lint(rows, nlp):
    """Capitalised tokens (not sentence-initial) outside every span, for a human review."""
    lint_capitalised(rows, nlp, LINT_SKIP)


def build(warnings):
    import spacy

    nlp = spacy.blank("en")
    tables = load_tables()
    rows, errors = build_rows(ITEMS, lambda i, item: build_item(i, item, nlp, tables, warnings),
                              "lb-")
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


def missing_places_note():
    if not MISSING_PLACES:
        return []
    return [f"note: {len(MISSING_PLACES)} LOC kb_ids are not in cities/regions tables "
            f"(usual English names): {', '.join(sorted(MISSING_PLACES))}"]


def main(argv=None) -> int:
    return generator_main(argv, __doc__, OUT, build, summary, lint, notes=missing_places_note)


if __name__ == "__main__":
    sys.exit(main())
