#!/usr/bin/env python
"""Build a third, independent tuning set for relation TONE: ``corpus/eval/tone_dev3.jsonl``.

The items below were written from scratch for this set (issue #6) by a third author, without
looking at ``tone_test.jsonl``. Like ``tone_dev2.jsonl`` they imitate wire copy
(Reuters/AP/TASS/Xinhua/Al Jazeera style): one to three sentences with attribution, numbers,
dates, background clauses and third states as venues or mediators. Many items carry their tone
by a state ACTION with no relation vocabulary (expelled diplomats, recalled an ambassador,
signed a deal, held drills near a border, opened an embassy, imposed tariffs, lifted a ban);
there are mixed-sign sentences, negations, denials, hypotheticals, counterfactuals, reversals,
concessions and quoted speech, and about a fifth of the items are NEU (routine contacts,
plain figures, balanced or non-committal statements). None is copied from an article; most
paraphrase real events of 2015-2025, and some details are invented. The set is for TUNING
only, next to ``tone_dev.jsonl`` and ``tone_dev2.jsonl``; final figures are reported on
``tone_test.jsonl`` only.

Run from anywhere:  python scripts/make_tone_dev3.py [--check] [--warnings]

Format, labels and checks are those of ``scripts/make_tone_dev2.py`` (whose validator this
script reuses): one dyad per item, labels after negation/denial/hypotheticals/reversals,
concessions follow the main clause, routine contacts are NEU. Ids are ``tone3-0001`` ... The
reference tags ``leader_as_state``, ``demonym``, ``quote`` and ``anaphora`` are computed by the
script (with the same tests the validator applies both ways); the items give the tone tags,
``capital_as_state`` and the descriptive tags ``action``, ``counterfactual`` and ``routine``.
No masked item may be >= 80% similar to another item or to an item of tone_dev/tone_dev2.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_tone_dev2 as base  # noqa: E402  (the shared validator)

ROOT = base.ROOT
OUT = ROOT / "corpus" / "eval" / "tone_dev3.jsonl"
EARLIER = [ROOT / "corpus" / "eval" / "tone_dev.jsonl", ROOT / "corpus" / "eval" / "tone_dev2.jsonl"]

MIN_ITEMS, MIN_HARD, MIN_DYADS, MIN_ACTION, MIN_ROUTINE_NEU = 190, 80, 80, 60, 15

# states this set names that tone_dev2's table lacks
base.COUNTRIES.update({
    "AGO": (["Angola"], ["Angolan"], ["Luanda"]),
    "AUT": (["Austria"], ["Austrian"], ["Vienna"]),
    "BDI": (["Burundi"], ["Burundian"], ["Gitega", "Bujumbura"]),
    "BEL": (["Belgium"], ["Belgian"], ["Brussels"]),
    "BFA": (["Burkina Faso"], ["Burkinabe"], ["Ouagadougou"]),
    "BOL": (["Bolivia"], ["Bolivian"], ["La Paz", "Sucre"]),
    "CIV": (["Ivory Coast", "Côte d'Ivoire"], ["Ivorian"], ["Yamoussoukro", "Abidjan"]),
    "FJI": (["Fiji"], ["Fijian"], ["Suva"]),
    "HND": (["Honduras"], ["Honduran"], ["Tegucigalpa"]),
    "HRV": (["Croatia"], ["Croatian"], ["Zagreb"]),
    "ISL": (["Iceland"], ["Icelandic"], ["Reykjavik"]),
    "LAO": (["Laos"], ["Laotian", "Lao"], ["Vientiane"]),
    "LBY": (["Libya"], ["Libyan"], ["Tripoli"]),
    "MMR": (["Myanmar"], ["Burmese"], ["Naypyidaw"]),
    "MRT": (["Mauritania"], ["Mauritanian"], ["Nouakchott"]),
    "NIC": (["Nicaragua"], ["Nicaraguan"], ["Managua"]),
    "PRT": (["Portugal"], ["Portuguese"], ["Lisbon"]),
    "PRY": (["Paraguay"], ["Paraguayan"], ["Asunción"]),
    "SVN": (["Slovenia"], ["Slovenian", "Slovene"], ["Ljubljana"]),
    "TGO": (["Togo"], ["Togolese"], ["Lomé"]),
    "TZA": (["Tanzania"], ["Tanzanian"], ["Dodoma"]),
    "URY": (["Uruguay"], ["Uruguayan"], ["Montevideo"]),
})
base.FIXED_NAMES += ["North American", "Korean War", "Grand Ethiopian Renaissance Dam"]

DERIVED = ("leader_as_state", "demonym", "quote", "anaphora")


def derived_tags(text, dyad, date):
    """The reference tags the validator checks both ways, computed the same way."""
    a, b = dyad.split("|")
    day = base._date(date)
    clean = base._strip(text, base.FIXED_NAMES)
    tags = []
    for names in base.persons_in(clean):
        if any(base.in_office(n, day) in (a, b) for n in names):
            tags.append("leader_as_state")
            break
    no_names = base._strip(clean, [x for v in base.COUNTRIES.values() for x in v[0]])
    if any(base._has(x, no_names) or base._has(x + "s", no_names) for c in (a, b) for x in base.COUNTRIES[c][1]):
        tags.append("demonym")
    if "“" in text:
        tags.append("quote")
    if base.ANAPHORS.search(text):
        tags.append("anaphora")
    return tags


def T(text, dyad, tone, tags="", date="", former=()):
    own = [t for t in tags.split() if t not in DERIVED]
    return {"text": text, "dyad": dyad, "tone": tone, "date": date, "former": tuple(former),
            "phenomena": own + [t for t in derived_tags(text, dyad, date) if t not in own]}


def build(items):
    errors, warnings = [], []
    for item in items:
        base.check_item(item, errors, warnings)
    texts = collections.Counter(i["text"] for i in items)
    errors += [f"duplicate text: {t[:60]}" for t, n in texts.items() if n > 1]
    skel = [base.masked(i["text"]) for i in items]
    errors += [f"same template {n}x: {k[:70]}" for k, n in collections.Counter(skel).items() if n > 1]
    for x in range(len(skel)):
        for y in range(x + 1, len(skel)):
            if base._similar(skel[x], skel[y]):
                errors.append(f"near duplicate (>= 0.8): {items[x]['text'][:50]} ~ {items[y]['text'][:50]}")
    earlier = [json.loads(line)["text"] for p in EARLIER if p.exists()
               for line in p.read_text("utf-8").splitlines() if line.strip()]
    earlier_skel = [base.masked(t) for t in earlier]
    for item, s in zip(items, skel):
        if item["text"] in earlier or any(base._similar(s, d) for d in earlier_skel):
            errors.append(f"too close to an item of tone_dev/tone_dev2: {item['text'][:70]}")
    records = []
    for n, item in enumerate(items, 1):
        tags = set(item["phenomena"])
        if not tags & set(base.TONE_PHENOMENA):
            tags.add("plain")
        text = item["text"]
        records.append({"id": f"tone3-{n:04d}", "text": text,
                        "tone": [{"start": 0, "end": len(text), "tone": item["tone"]}],
                        "dyads": {item["dyad"]: item["tone"]},
                        "phenomena": [p for p in base.PHENOMENA if p in tags], "date": item["date"]})
    import spacy
    nlp = spacy.blank("en")
    for r in records:
        if nlp.make_doc(r["text"]).char_span(0, len(r["text"])) is None:
            errors.append(f"{r['id']} tone span not on token boundaries")
    total = len(records)
    tones = collections.Counter(r["tone"][0]["tone"] for r in records)
    hard = sum(1 for r in records if set(base.HARD) & set(r["phenomena"]))
    dyads = collections.Counter(d for r in records for d in r["dyads"])
    action = sum("action" in r["phenomena"] for r in records)
    routine_neu = sum("routine" in r["phenomena"] and r["tone"][0]["tone"] == "NEU" for r in records)
    for tone, lo, hi in base.SHARES:
        if not lo <= tones[tone] / max(total, 1) <= hi:
            errors.append(f"{tone} share {tones[tone] / max(total, 1):.2f} outside [{lo}, {hi}]")
    for what, value, least in (("items", total, MIN_ITEMS),
                               ("items with negation/hypothetical/reversal/concession", hard, MIN_HARD),
                               ("distinct dyads", len(dyads), MIN_DYADS), ("action items", action, MIN_ACTION),
                               ("routine NEU items", routine_neu, MIN_ROUTINE_NEU)):
        if value < least:
            errors.append(f"only {value} {what} (at least {least})")
    if dyads and dyads.most_common(1)[0][1] > 5:
        errors.append(f"dyad with more than 5 items: {dyads.most_common(1)}")
    return records, base.report(records, hard, dyads), errors, warnings


def main(argv=None) -> int:
    return base.run_cli(argv, __doc__, ITEMS, build, OUT)


# ---------------------------------------------------------------------------------------
# The items, in order (ids follow it). Append new items at the end.
# ---------------------------------------------------------------------------------------
ITEMS = []

# --- Europe, Russia and its neighbours ---------------------------------------------------
ITEMS += [
    T("Moscow expelled two Estonian diplomats on Tuesday in retaliation for the expulsion of a Russian embassy employee from Tallinn last month, the Russian foreign ministry said in a statement.",
      "EST|RUS", "NEG", "action capital_as_state", "2023-01-11"),
    T("Finland closed the last crossing point on its 1,340-km border with Russia, accusing Moscow of deliberately funnelling migrants from the Middle East and Africa towards Finnish territory.",
      "FIN|RUS", "NEG", "action capital_as_state", "2023-11-28"),
    T("Russia warned Finland on Thursday that it would be forced to take retaliatory steps, military-technical and otherwise, if Helsinki went ahead with its application to join NATO.",
      "FIN|RUS", "NEG", "hypothetical capital_as_state", "2022-05-12"),
    T("Hungary will keep buying Russian gas and oil under long-term contracts, Péter Szijjártó said in Moscow after talks with Sergey Lavrov, calling energy cooperation with Russia a matter of physical security.",
      "HUN|RUS", "POS", "action", "2023-04-11"),
    T("Serbia has refused to join Western sanctions against Russia, and Aleksandar Vučić said after a call with Vladimir Putin that Belgrade would not give up its friendship with Moscow under pressure.",
      "RUS|SRB", "POS", "negation capital_as_state", "2022-05-29"),
    T("Poland's foreign minister ordered the closure of the last Russian consulate in the country, in Gdańsk, after prosecutors linked a wave of sabotage on Polish railways to Russian intelligence.",
      "POL|RUS", "NEG", "action", "2025-11-19"),
    T("Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, pledging to renounce territorial claims against each other and to open transport links across their shared border after decades of conflict.",
      "ARM|AZE", "POS", "action reversal", "2025-08-08"),
    T("Baku accused Yerevan of planting fresh landmines along the border and said the Armenian side was not serious about peace, while Armenia dismissed the charge as baseless.",
      "ARM|AZE", "NEG", "negation capital_as_state", "2023-03-20"),
    T("Georgia and Azerbaijan signed an agreement to lay an undersea power cable across the Black Sea, part of a plan to carry green electricity from the Caspian to European markets.",
      "AZE|GEO", "POS", "action", "2022-12-17"),
    T("Lithuania will not reopen two checkpoints on its border with Belarus until Minsk stops the smuggling balloons that have repeatedly shut Vilnius airport, the Lithuanian prime minister said.",
      "BLR|LTU", "NEG", "negation hypothetical capital_as_state", "2025-10-28"),
    T("Bulgaria and North Macedonia signed a protocol on Sunday that lets Skopje start accession talks with the European Union, ending a three-year veto by Sofia over language and history.",
      "BGR|MKD", "POS", "action reversal capital_as_state", "2022-07-17"),
    T("Croatia has never implemented the arbitration ruling on its sea border with Slovenia, and the government in Zagreb again refused on Thursday to recognise it, prompting Ljubljana to threaten legal action.",
      "HRV|SVN", "NEG", "negation hypothetical capital_as_state", "2018-03-15"),
    T("Germany and France launched the development of a joint next-generation battle tank after months of wrangling over industrial shares, and their defence ministers called it a symbol of Franco-German friendship.",
      "DEU|FRA", "POS", "action", "2024-04-26"),
    T("Moldova expelled a Russian diplomat and announced it would cut the staff of the Russian embassy in Chișinău by more than half, saying the mission had interfered in the country's internal affairs.",
      "MDA|RUS", "NEG", "action", "2023-07-26"),
    T("Kyiv and Moscow each handed over 84 civilians and soldiers in an exchange mediated by the United Arab Emirates, the Ukrainian coordination headquarters said, calling the swap one of the most difficult so far.",
      "RUS|UKR", "POS", "action capital_as_state", "2025-03-19"),
    T("Russian missiles struck a power station in western Ukraine overnight, killing two workers, and Ukraine's foreign minister again called on allies to send more air defence systems.",
      "RUS|UKR", "NEG", "action", "2024-04-11"),
    T("Romania and Moldova held a joint government meeting in Chișinău and agreed to connect their gas networks and to build two more road bridges over the Prut river.",
      "MDA|ROU", "POS", "action", "2023-11-17"),
    T("Robert Fico told Kyiv that Slovakia would cut off emergency electricity supplies to Ukraine if the transit of gas through Ukrainian pipelines was not restored, a threat Ukrainian officials called blackmail.",
      "SVK|UKR", "NEG", "hypothetical negation capital_as_state", "2024-12-27"),
    T("Greece and Turkey signed a declaration on friendly relations and good-neighbourliness in Athens, and Kyriakos Mitsotakis said the two neighbours had decided to put calm waters first.",
      "GRC|TUR", "POS", "action idiom", "2023-12-07"),
    T("Cyprus lodged a protest with Ankara after Turkish warships shadowed a research vessel working inside the island's exclusive economic zone, a government spokesman in Nicosia said.",
      "CYP|TUR", "NEG", "action capital_as_state", "2019-05-04"),
    T("Albania and Italy opened two migrant reception centres on Albanian soil under a five-year deal that Edi Rama described as a gesture of gratitude towards Rome.",
      "ALB|ITA", "POS", "action capital_as_state", "2024-10-16"),
    T("Denmark summoned the US chargé d'affaires after reports that Americans close to the Trump administration had tried to stir up support for independence in Greenland.",
      "DNK|USA", "NEG", "action", "2025-08-27"),
    T("Sweden and Turkey signed a security memorandum, after which Ankara dropped its objections to Stockholm's NATO bid and the Turkish parliament ratified the accession protocol.",
      "SWE|TUR", "POS", "action reversal capital_as_state", "2024-01-23"),
    T("Ankara said it would keep blocking Sweden's membership of NATO for as long as supporters of the PKK were allowed to burn Turkish flags in the streets of Stockholm.",
      "SWE|TUR", "NEG", "hypothetical capital_as_state", "2023-01-24"),
    T("The Netherlands took Russia to the European Court of Human Rights over the downing of flight MH17, and Moscow responded by pulling out of consultations with The Hague on the case.",
      "NLD|RUS", "NEG", "action capital_as_state", "2020-07-10"),
    T("Austria and Hungary have no open disputes, the Austrian chancellor said in Budapest, although the two governments still disagree on how to deal with Russia.",
      "AUT|HUN", "POS", "negation concession", "2023-02-03"),
    T("Berlin recalled its ambassador from Minsk for consultations after a Belarusian court handed a death sentence to a German citizen convicted of mercenary activity.",
      "BLR|DEU", "NEG", "action capital_as_state", "2024-07-24"),
    T("Estonia's parliament voted to strip Russian citizens of the right to vote in local elections, a step Moscow called discriminatory and promised to answer.",
      "EST|RUS", "NEG", "action capital_as_state", "2025-03-26"),
    T("Ireland and the United Kingdom agreed to hold annual summits of their prime ministers to rebuild trust worn down by years of Brexit negotiations, the first to take place in Liverpool.",
      "GBR|IRL", "POS", "action", "2025-03-03"),
    T("Norway expelled fifteen Russian embassy employees it said were intelligence officers, and Moscow promised a tit-for-tat response.",
      "NOR|RUS", "NEG", "action idiom capital_as_state", "2023-04-13"),
    T("Russian and Norwegian officials agreed on fishing quotas for the Barents Sea for next year despite the freeze in most other contacts between the two countries.",
      "NOR|RUS", "POS", "action concession idiom", "2023-12-08"),
    T("Latvia barred cars with Russian number plates from entering its territory, and Moscow called the measure a new manifestation of Russophobia.",
      "LVA|RUS", "NEG", "action capital_as_state", "2023-09-16"),
    T("Georgia's ruling party accused Washington of trying to foment a revolution in Tbilisi after the United States imposed visa restrictions on Georgian officials.",
      "GEO|USA", "NEG", "action capital_as_state", "2024-05-24"),
    T("Azerbaijan shut the Baku office of the Russian news agency Sputnik and detained two of its employees, days after a deadly police raid on ethnic Azerbaijanis in Yekaterinburg.",
      "AZE|RUS", "NEG", "action", "2025-06-30"),
    T("Armenia's government said it had frozen its participation in the Russian-led military bloc and would not pay its share of the budget, accusing Moscow of failing to defend Armenian territory.",
      "ARM|RUS", "NEG", "action negation capital_as_state", "2024-02-23"),
    T("Kyrgyzstan and Russia signed an agreement on building a small nuclear power plant in the republic, and Sadyr Japarov called Moscow his country's main strategic ally.",
      "KGZ|RUS", "POS", "action capital_as_state", "2024-06-15"),
    T("Emomali Rahmon told Vladimir Putin in front of television cameras that Tajikistan wanted respect and did not want to be treated like a former Soviet province.",
      "RUS|TJK", "NEG", "negation", "2022-10-14"),
    T("Poland closed its border with Belarus to goods traffic after Belarusian authorities detained a Polish monk on spying charges, and Minsk warned that Warsaw would regret the move.",
      "BLR|POL", "NEG", "action hypothetical capital_as_state", "2025-09-12"),
    T("Warsaw and Kyiv remain at loggerheads over the exhumation of victims of the Volhynia massacres, and the Polish defence minister said Ukraine would not join the European Union until the issue was settled.",
      "POL|UKR", "NEG", "idiom hypothetical negation capital_as_state", "2024-10-03"),
    T("Poland and Ukraine agreed on the first exhumations of Polish victims of the Volhynia massacres, a step the Polish foreign minister said removed the main obstacle between Warsaw and Kyiv.",
      "POL|UKR", "POS", "reversal capital_as_state", "2025-01-10"),
    T("Ukrainian grain exports through Poland fell by a fifth in the first half of the year as Polish farmers kept blocking border crossings, officials in Kyiv said.",
      "POL|UKR", "NEG", "action", "2024-07-15"),
    T("Austria lifted its veto on Romania's entry into the Schengen area, ending a two-year standoff with Bucharest, and the Romanian prime minister thanked Vienna.",
      "AUT|ROU", "POS", "action reversal capital_as_state", "2024-12-09"),
    T("Romania recalled its ambassador from Vienna after Austria vetoed its Schengen bid, and several Romanian companies announced they would move their accounts away from Austrian banks.",
      "AUT|ROU", "NEG", "action", "2022-12-09"),
    T("Portugal and Brazil signed thirteen agreements at their first summit in seven years, on everything from education to driving licences, and Lula said the two countries were brothers.",
      "BRA|PRT", "POS", "action", "2023-04-22"),
    T("Belgium returned a gold-capped tooth of Patrice Lumumba to his family in Brussels, and Congolese officials said the gesture helped heal an old wound in relations with the former colonial power.",
      "BEL|COD", "POS", "action idiom", "2022-06-20"),
    T("Vučić said Serbia would never recognise Kosovo's independence, not even if the European Union made it a condition of membership.",
      "SRB|XKX", "NEG", "negation hypothetical", "2023-02-02"),
    T("A fresh round of talks between Serbia and Kosovo ended without agreement in Brussels, and the EU envoy said Belgrade and Pristina were further apart than at any time in the past year.",
      "SRB|XKX", "NEG", "negation capital_as_state", "2022-08-18"),
    T("Greece and North Macedonia signed the Prespa agreement, under which Athens will stop blocking Skopje's membership of NATO once its neighbour changes its name.",
      "GRC|MKD", "POS", "action reversal hypothetical capital_as_state", "2018-06-17"),
    T("Relations between Croatia and Serbia remain a mix of growing trade and bitter arguments about the 1990s, diplomats in both capitals say.",
      "HRV|SRB", "NEU", "", "2021-06-10"),
    T("Ties between Hungary and Slovakia have their ups and downs, a Slovak diplomat said, and this year has had plenty of both.",
      "HUN|SVK", "NEU", "idiom", "2019-11-05"),
    T("Norway's foreign minister will visit Warsaw next week for consultations with his Polish counterpart, the Norwegian foreign ministry said in a brief announcement.",
      "NOR|POL", "NEU", "routine", "2024-02-20"),
    T("Germany's chancellor will receive the Polish prime minister in Berlin on Tuesday, a government spokesman said, giving no further details.",
      "DEU|POL", "NEU", "routine negation", "2024-07-01"),
    T("The Danish and Icelandic prime ministers met on the sidelines of the Nordic Council session in Stockholm, their offices said.",
      "DNK|ISL", "NEU", "routine", "2022-11-01"),
    T("Lithuanian and Latvian defence ministers discussed air policing and the calendar of upcoming exercises during a meeting in Riga on Wednesday.",
      "LTU|LVA", "NEU", "routine", "2024-09-18"),
    T("Russian troops held snap drills in the Kaliningrad region close to the Lithuanian border, and Vilnius said the exercises were meant to intimidate its population.",
      "LTU|RUS", "NEG", "action capital_as_state", "2022-02-10"),
    T("Moldova's foreign ministry called it a hostile act after fragments of a Russian missile fell on Moldovan territory during an attack on Ukraine, and said there would be consequences.",
      "MDA|RUS", "NEG", "action", "2023-02-14"),
    T("Moscow said Russian gas supplies to Moldova would stop from January unless Chișinău paid a disputed debt, a threat the Moldovan government called blackmail.",
      "MDA|RUS", "NEG", "hypothetical negation capital_as_state", "2024-12-11"),
]

# --- Middle East and North Africa --------------------------------------------------------
ITEMS += [
    T("Saudi Arabia and Iran reopened their embassies in each other's capitals, seven years after they severed ties, under an agreement brokered by China in March.",
      "IRN|SAU", "POS", "action reversal", "2023-08-09"),
    T("Bahrain and Qatar agreed to restore diplomatic relations at a meeting in Riyadh, ending a rift that dated back to the boycott of Doha by four Arab states in 2017.",
      "BHR|QAT", "POS", "action reversal capital_as_state", "2023-04-12"),
    T("Israel's foreign minister recalled the ambassador to Dublin after Ireland said it would recognise a Palestinian state, and told the Irish envoy she would be reprimanded.",
      "IRL|ISR", "NEG", "action capital_as_state", "2024-05-22"),
    T("Jordan recalled its ambassador from Israel and told the Israeli envoy not to return to Amman, citing the war in Gaza.",
      "ISR|JOR", "NEG", "action negation capital_as_state", "2023-11-01"),
    T("Iran and Egypt have not had ambassadors in each other's capitals since 1980, but their foreign ministers met twice this month and spoke of a new chapter.",
      "EGY|IRN", "POS", "negation concession idiom", "2024-10-17"),
    T("Turkey halted all exports to and imports from Israel, the Turkish trade ministry said, adding that the measure would stay in place until a permanent ceasefire was reached in Gaza.",
      "ISR|TUR", "NEG", "action hypothetical", "2024-05-02"),
    T("The United Arab Emirates and Israel signed a free trade agreement in Dubai, the first such deal between Israel and an Arab state, despite unease among many Emiratis over violence in the West Bank.",
      "ARE|ISR", "POS", "action concession", "2022-05-31"),
    T("Kuwait and Iraq traded accusations over navigation in the Khor Abdullah waterway after Baghdad's top court annulled a maritime agreement between the two neighbours.",
      "IRQ|KWT", "NEG", "reversal capital_as_state", "2023-09-20"),
    T("Syria's interim president received Lebanon's prime minister in Damascus, the first such visit in fifteen years, and the two sides agreed to set up a committee to demarcate their border.",
      "LBN|SYR", "POS", "action", "2025-04-14"),
    T("Iran summoned the British ambassador in Tehran to protest against what it called London's interference, hours after Britain sanctioned six Iranian officials over the crackdown on protesters.",
      "GBR|IRN", "NEG", "action capital_as_state", "2022-10-10"),
    T("Oman and Iran signed a deal to jointly develop the Hengam oil field that straddles their maritime border, and Omani state media called relations with Tehran excellent.",
      "IRN|OMN", "POS", "action capital_as_state", "2023-05-29"),
    T("Saudi Arabia received Syria's foreign minister for the first time since the start of the war, and Riyadh and Damascus agreed to resume consular services and flights.",
      "SAU|SYR", "POS", "action reversal capital_as_state", "2023-04-12"),
    T("Qatar has no plans to normalise relations with Damascus, its foreign ministry said, adding that the reasons for the break in 2011 still exist.",
      "QAT|SYR", "NEG", "negation capital_as_state", "2023-04-18"),
    T("Israeli aircraft destroyed an Iranian consular building in Damascus, killing two generals, and Tehran vowed that the attack would not go unanswered.",
      "IRN|ISR", "NEG", "action negation capital_as_state", "2024-04-02"),
    T("Iraq and Turkey signed a framework agreement on water and security cooperation during Erdoğan's first visit to Baghdad in more than a decade.",
      "IRQ|TUR", "POS", "action", "2024-04-22"),
    T("The Emirati foreign minister travelled to Damascus to meet Bashar al-Assad, the highest-level Gulf visit since the start of the Syrian war, and both sides spoke of opening a new page.",
      "ARE|SYR", "POS", "idiom", "2021-11-09"),
    T("Kuwait expelled the Lebanese ambassador and gave him 48 hours to leave after Beirut's information minister criticised the Saudi-led war in Yemen.",
      "KWT|LBN", "NEG", "action capital_as_state", "2021-10-30"),
    T("Morocco and Israel agreed to upgrade their liaison offices to embassies and launch direct flights, a year after establishing ties, and the Israeli defence minister signed a security pact in Rabat.",
      "ISR|MAR", "POS", "action", "2021-11-24"),
    T("Egypt sent 40 tonnes of medicine and two field hospitals to eastern Libya after floods devastated the city of Derna, and the Libyan authorities thanked Cairo for its swift help.",
      "EGY|LBY", "POS", "action capital_as_state", "2023-09-13"),
    T("Algeria closed its airspace to all Moroccan civilian and military aircraft, a month after breaking off diplomatic relations with Rabat.",
      "DZA|MAR", "NEG", "action capital_as_state", "2021-09-22"),
    T("Algeria recalled its ambassador from Madrid and suspended a twenty-year friendship treaty with Spain after the Spanish government backed Morocco's plan for Western Sahara.",
      "DZA|ESP", "NEG", "action reversal capital_as_state", "2022-06-08"),
    T("Algeria will send its ambassador back to Madrid, the foreign ministry said, ending a 19-month freeze in relations with Spain.",
      "DZA|ESP", "POS", "action reversal idiom capital_as_state", "2023-11-16"),
    T("Spain and Morocco signed a dozen agreements and agreed to reopen customs posts in Ceuta and Melilla, after Madrid endorsed Rabat's autonomy plan and ended a year-long diplomatic crisis.",
      "ESP|MAR", "POS", "action reversal capital_as_state", "2023-02-02"),
    T("The Syrian government accused Israel of violating the 1974 disengagement agreement after Israeli troops moved into the buffer zone on the Golan Heights.",
      "ISR|SYR", "NEG", "action", "2024-12-09"),
    T("Israel and Lebanon agreed on a maritime boundary through American mediation, a deal that Lebanese officials insisted did not amount to recognition of Israel.",
      "ISR|LBN", "POS", "action negation", "2022-10-27"),
    T("Israeli officials said Turkey would not be allowed to play any role in the international force for Gaza, dismissing Ankara's offer to send troops.",
      "ISR|TUR", "NEG", "negation capital_as_state", "2025-10-27"),
    T("Saudi Arabia will normalise relations with Israel only if there is a credible path to a Palestinian state, the Saudi foreign minister said, and Riyadh has put the talks on ice for now.",
      "ISR|SAU", "NEG", "hypothetical idiom capital_as_state", "2024-02-07"),
    T("Iran held military drills near its border with Azerbaijan, and Baku said it regarded the exercises as a provocation at a time when it was rebuilding the liberated districts.",
      "AZE|IRN", "NEG", "action capital_as_state", "2021-10-01"),
    T("An Azerbaijani presidential adviser said there would be no going back if the Iranian side kept up its hostile rhetoric, days after a gunman attacked Azerbaijan's embassy in Tehran and killed a guard.",
      "AZE|IRN", "NEG", "hypothetical negation", "2023-01-27"),
    T("Azerbaijan reopened its embassy in Tehran after an eighteen-month closure, and the two countries' foreign ministers said they would turn the page on the attack that had forced it to shut.",
      "AZE|IRN", "POS", "action reversal idiom", "2024-07-15"),
    T("Masoud Pezeshkian chose Baghdad for his first foreign trip as president and signed fourteen memoranda with the Iraqi government, which he called a brotherly neighbour.",
      "IRN|IRQ", "POS", "action", "2024-09-11"),
    T("Turkey and Armenia agreed to open their land border to third-country nationals and diplomats, the first concrete step since the two neighbours launched a normalisation process.",
      "ARM|TUR", "POS", "action", "2022-07-01"),
    T("Israel's foreign minister inaugurated the country's embassy in Manama, a year after Bahrain and Israel established diplomatic ties under the Abraham Accords.",
      "BHR|ISR", "POS", "action", "2021-09-30"),
    T("Saudi Arabia banned all imports of fruit and vegetables from Lebanon, saying shipments were being used to smuggle amphetamines, a heavy blow to Lebanese farmers.",
      "LBN|SAU", "NEG", "action", "2021-04-23"),
    T("Russia lifted a ban on imports of Turkish tomatoes, the last of the trade restrictions imposed after the downing of a Russian warplane over Syria in 2015.",
      "RUS|TUR", "POS", "action reversal", "2020-01-29"),
    T("Turkey shot down a Russian warplane near the Syrian border, and Vladimir Putin called it a stab in the back delivered by the accomplices of terrorists.",
      "RUS|TUR", "NEG", "action idiom", "2015-11-24"),
    T("Erdoğan expressed regret to Putin over the downing of the jet, opening the way for Russia to lift its ban on Turkish charter flights and food imports.",
      "RUS|TUR", "POS", "reversal hypothetical", "2016-06-29"),
    T("Turkey and Egypt appointed ambassadors to each other's capitals for the first time in a decade on Tuesday, despite lingering differences over Libya.",
      "EGY|TUR", "POS", "action reversal concession", "2023-07-04"),
    T("Despite months of warm words, Egypt and Turkey have yet to agree on a single issue in Libya, and a planned visit by the Turkish president to Cairo was put off again.",
      "EGY|TUR", "NEG", "concession negation", "2022-12-15"),
    T("The Egyptian foreign minister is expected to travel to Ankara next week, the first such trip in more than a decade, to prepare a visit by the Turkish president.",
      "EGY|TUR", "NEU", "routine hypothetical", "2023-04-06"),
    T("Analysts are divided on whether the visit marks a genuine shift in relations between Riyadh and Damascus or merely a tactical pause.",
      "SAU|SYR", "NEU", "capital_as_state", "2023-05-19"),
    T("The Saudi-Iraqi coordination council held its fifth meeting in Baghdad, chaired by the two countries' foreign ministers.",
      "IRQ|SAU", "NEU", "routine", "2021-03-31"),
    T("Iran's foreign minister and his Omani counterpart met in Muscat on Saturday, the Iranian foreign ministry said, in a meeting that lasted about an hour.",
      "IRN|OMN", "NEU", "routine", "2019-06-15"),
    T("The Qatari emir and the French president discussed regional developments in a phone call on Thursday, the Amiri Diwan said.",
      "FRA|QAT", "NEU", "routine", "2024-10-03"),
    T("The presidents of Egypt and Cyprus held talks in Cairo on Sunday covering energy, migration and the situation in Gaza, the Egyptian presidency said.",
      "CYP|EGY", "NEU", "routine", "2024-01-14"),
    T("Had Qatar not stepped in with extra cargoes of liquefied natural gas, Italy would have faced shortages last winter, the Italian energy minister said, thanking Doha for its friendship.",
      "ITA|QAT", "POS", "counterfactual hypothetical negation capital_as_state", "2023-03-02"),
    T("Egypt's parliament approved the transfer of two Red Sea islands to Saudi Arabia, a move opponents called a sell-out but one the government said would cement the alliance with Riyadh.",
      "EGY|SAU", "POS", "action concession", "2017-06-14"),
    T("Ukraine downgraded diplomatic relations with Iran and stripped its ambassador of accreditation over the supply of Iranian drones to Russia.",
      "IRN|UKR", "NEG", "action", "2022-09-23"),
]

# --- Asia and the Pacific ----------------------------------------------------------------
ITEMS += [
    T("China recalled its ambassador from Vilnius and demanded that Lithuania withdraw its envoy from Beijing, after the Baltic state allowed Taiwan to open a representative office under its own name.",
      "CHN|LTU", "NEG", "action", "2021-08-10"),
    T("The Chinese foreign ministry dismissed reports of a thaw with Vilnius, saying Lithuania had not yet corrected its mistake on Taiwan.",
      "CHN|LTU", "NEG", "negation idiom capital_as_state", "2024-03-05"),
    T("The Chinese coast guard fired water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday, damaging its engine, and Manila summoned a senior Chinese diplomat to protest.",
      "CHN|PHL", "NEG", "action capital_as_state", "2023-12-10"),
    T("Beijing imposed anti-dumping duties of up to 218 percent on Australian wine, a measure Canberra called unjustified and said it would challenge at the World Trade Organization.",
      "AUS|CHN", "NEG", "action capital_as_state", "2020-11-27"),
    T("Anthony Albanese became the first Australian prime minister in seven years to visit Beijing, after China lifted most of the curbs it had placed on Australian barley, timber and wine.",
      "AUS|CHN", "POS", "reversal", "2023-11-06"),
    T("Beijing suspended beef imports from four Australian meatpackers, a week after Canberra called for an independent inquiry into the origins of the coronavirus.",
      "AUS|CHN", "NEG", "action capital_as_state", "2020-05-12"),
    T("Japan and China failed once again to agree on a timetable for lifting Beijing's ban on Japanese seafood when their foreign ministers met on the sidelines of a regional forum.",
      "CHN|JPN", "NEG", "negation capital_as_state", "2024-07-26"),
    T("South Korea and Japan restored each other to their lists of trusted trading partners, reversing export curbs imposed in 2019 at the height of a dispute over wartime forced labour.",
      "JPN|KOR", "POS", "action reversal", "2023-04-24"),
    T("North Korea blew up the inter-Korean liaison office in Kaesong, days after the leader's sister warned that Seoul would pay for failing to stop activists from sending leaflets across the border.",
      "KOR|PRK", "NEG", "action hypothetical negation capital_as_state", "2020-06-16"),
    T("Kim Jong Un and Moon Jae-in embraced at the border village of Panmunjom and pledged to work towards a formal end to the Korean War, in the first summit between the two Koreas in more than a decade.",
      "KOR|PRK", "POS", "", "2018-04-27"),
    T("Pyongyang fired two ballistic missiles into the sea off its east coast, and Seoul condemned the launches as a grave provocation.",
      "KOR|PRK", "NEG", "action capital_as_state", "2022-09-28"),
    T("India and China completed the disengagement of troops at Depsang and Demchok, the last two friction points in eastern Ladakh, and soldiers on both sides exchanged sweets at several border posts on Diwali.",
      "CHN|IND", "POS", "action", "2024-11-01"),
    T("Indian and Chinese troops fought with clubs and rocks in the Galwan valley, leaving twenty Indian soldiers dead in the deadliest confrontation between the nuclear-armed neighbours in decades.",
      "CHN|IND", "NEG", "action", "2020-06-16"),
    T("China and India agreed to resume direct flights and the issuance of tourist visas, suspended since the 2020 border clash, ahead of Narendra Modi's first trip to China in seven years.",
      "CHN|IND", "POS", "action reversal", "2025-08-19"),
    T("Pakistan closed its airspace to Indian airlines and suspended all trade with India, including through third countries, a day after New Delhi downgraded ties and put the Indus Waters Treaty in abeyance.",
      "IND|PAK", "NEG", "action capital_as_state", "2025-04-24"),
    T("India and Pakistan agreed to stop all firing on land, in the air and at sea from five in the evening, Ishaq Dar announced, after four days of missile and drone strikes.",
      "IND|PAK", "POS", "action reversal", "2025-05-10"),
    T("Bangladesh asked India to send back the ousted prime minister Sheikh Hasina to stand trial, but New Delhi has not replied to the note verbale, officials in Dhaka said.",
      "BGD|IND", "NEG", "negation capital_as_state", "2025-01-05", former=["Sheikh Hasina"]),
    T("Nepal and India signed a long-term deal under which Kathmandu will export 10,000 megawatts of hydropower to its southern neighbour over the next decade.",
      "IND|NPL", "POS", "action capital_as_state", "2024-01-04"),
    T("The Maldives asked India to withdraw the roughly 80 military personnel stationed on its islands, and Mohamed Muizzu said his country would no longer be anyone's backyard.",
      "IND|MDV", "NEG", "action negation idiom", "2024-01-14"),
    T("Sri Lanka allowed a Chinese research ship to dock in Hambantota despite objections from New Delhi, which fears the vessel could be used to track Indian missile tests.",
      "IND|LKA", "NEG", "action concession hypothetical capital_as_state", "2022-08-16"),
    T("India extended a $1 billion credit line to Sri Lanka for fuel imports, as Colombo struggled to pay for essential goods during its worst economic crisis since independence.",
      "IND|LKA", "POS", "action", "2022-03-17"),
    T("Japan will supply the Philippines with five more coast guard patrol vessels financed by a soft loan, the two governments said, as Tokyo and Manila deepen security ties in the face of Chinese pressure.",
      "JPN|PHL", "POS", "action capital_as_state", "2023-11-03"),
    T("Japan and the Philippines signed a reciprocal access agreement letting their troops train on each other's soil, and Manila said the pact would help deter coercion at sea.",
      "JPN|PHL", "POS", "action capital_as_state", "2024-07-08"),
    T("Vietnam and Indonesia signed an agreement delimiting their overlapping exclusive economic zones, concluding negotiations that had dragged on for twelve years, the Indonesian foreign ministry said.",
      "IDN|VNM", "POS", "action", "2022-12-22"),
    T("Cambodia and Thailand closed all crossings along their disputed border and traded artillery fire for a third day, and Bangkok downgraded diplomatic relations with Phnom Penh.",
      "KHM|THA", "NEG", "action capital_as_state", "2025-07-26"),
    T("Thailand and Cambodia signed a joint declaration in Kuala Lumpur to extend their ceasefire, and the Thai army said it would release 18 Cambodian soldiers held since the fighting in July.",
      "KHM|THA", "POS", "action", "2025-10-26"),
    T("Malaysia summoned China's ambassador over an incursion by Chinese military aircraft into airspace off Sarawak, the foreign ministry in Kuala Lumpur said.",
      "CHN|MYS", "NEG", "action", "2021-06-02"),
    T("Indonesia and Australia will sign a security treaty committing them to consult each other if either is threatened, Prabowo Subianto and Anthony Albanese announced in Sydney.",
      "AUS|IDN", "POS", "hypothetical", "2025-11-12"),
    T("Jakarta and Canberra are no longer at odds over cattle exports, the Indonesian trade minister said as the first shipments in two years arrived in Surabaya.",
      "AUS|IDN", "POS", "negation reversal idiom capital_as_state", "2016-04-05"),
    T("Myanmar's military government lodged a formal protest with Thailand after Thai officials allowed exiled opposition politicians to hold a conference in Bangkok, calling it a breach of the principle of non-interference.",
      "MMR|THA", "NEG", "action negation", "2024-03-21"),
    T("Mongolia did not arrest Vladimir Putin during his visit to Ulaanbaatar despite an international warrant, and the two sides signed agreements on fuel supplies and the upgrade of a power plant.",
      "MNG|RUS", "POS", "negation concession action", "2024-09-03"),
    T("Kassym-Jomart Tokayev told Vladimir Putin at a forum in St Petersburg that Kazakhstan would not recognise the breakaway republics in eastern Ukraine.",
      "KAZ|RUS", "NEG", "negation", "2022-06-17"),
    T("Uzbekistan and Tajikistan resumed direct flights between Tashkent and Dushanbe for the first time in a quarter of a century and eased visa rules for each other's citizens.",
      "TJK|UZB", "POS", "action reversal", "2017-04-11"),
    T("Kyrgyzstan and Tajikistan signed a treaty settling the last disputed stretches of their border, three years after clashes over a water intake killed more than a hundred people.",
      "KGZ|TJK", "POS", "action reversal", "2025-03-13"),
    T("Turkmenistan and Afghanistan's Taliban government held a ceremony to start work on the Afghan section of the TAPI gas pipeline, with officials from both countries praising the project.",
      "AFG|TKM", "POS", "action", "2024-09-11"),
    T("Pakistan carried out air strikes inside Afghanistan against what it said were militant hideouts, and the Taliban administration in Kabul warned that Islamabad would bear the consequences.",
      "AFG|PAK", "NEG", "action hypothetical capital_as_state", "2024-03-18"),
    T("Kabul refused to hand over the militants Islamabad blames for a string of attacks, and Pakistani officials said their patience with the Taliban government was running out.",
      "AFG|PAK", "NEG", "negation capital_as_state", "2023-09-07"),
    T("South Korea and China agreed to restart talks on the second phase of their free trade agreement and to resume high-level exchanges that had been suspended since the pandemic.",
      "CHN|KOR", "POS", "action reversal", "2024-05-26"),
    T("Taiwan's foreign ministry said Honduras would end diplomatic relations with Taipei in favour of Beijing, leaving the island with 13 formal allies.",
      "HND|TWN", "NEG", "reversal capital_as_state", "2023-03-15"),
    T("China halted imports of Taiwanese pineapples, citing pests, a move Taipei denounced as political pressure.",
      "CHN|TWN", "NEG", "action capital_as_state", "2021-02-26"),
    T("China held large-scale air and naval drills around Taiwan a day after the island's president returned from a trip through the United States, simulating strikes on key targets.",
      "CHN|TWN", "NEG", "action", "2023-04-08"),
    T("Taiwan's president thanked Japan for donating 1.24 million vaccine doses, saying the gift showed that the friendship between Taipei and Tokyo was real.",
      "JPN|TWN", "POS", "action capital_as_state", "2021-06-04"),
    T("Japan lodged a strong protest with Beijing after a Chinese military aircraft violated its airspace over Nagasaki prefecture for the first time, the Japanese government said.",
      "CHN|JPN", "NEG", "action capital_as_state", "2024-08-26"),
    T("If Tokyo ever sent troops to defend Taiwan, China would respond with force, the Chinese consul in Osaka wrote in a post that Japan called extremely inappropriate.",
      "CHN|JPN", "NEG", "hypothetical capital_as_state", "2025-11-10"),
    T("Trade between Japan and China is as close as ever while their security relationship keeps getting worse, analysts in both capitals say.",
      "CHN|JPN", "NEU", "concession", "2023-10-20"),
    T("Japanese Prime Minister Shigeru Ishiba did not send an offering to the Yasukuni shrine on the anniversary of the war's end, a gesture Seoul welcomed as a sign of good faith.",
      "JPN|KOR", "POS", "negation capital_as_state", "2025-08-15"),
    T("Seoul summoned the Japanese ambassador on Tuesday. Tokyo had approved school textbooks that describe the disputed islets as Japanese territory, the South Korean foreign ministry said.",
      "JPN|KOR", "NEG", "action capital_as_state", "2024-03-22"),
    T("Japan and South Korea held their first security dialogue in nine years in Tokyo, with diplomats and defence officials reviewing the situation on the Korean Peninsula.",
      "JPN|KOR", "NEU", "routine", "2023-04-10"),
    T("South Korea's foreign minister said there was no reason for Seoul and Beijing to be at odds, and the two governments agreed to resume ministerial-level strategic dialogue.",
      "CHN|KOR", "POS", "negation idiom capital_as_state", "2024-05-13"),
    T("China delivered 200,000 doses of its vaccine to Cambodia, and Hun Sen was at the airport to greet the shipment, calling Beijing an ironclad friend.",
      "CHN|KHM", "POS", "action idiom capital_as_state", "2021-02-07"),
    T("Xi Jinping and Joe Biden held a video call that lasted three and a half hours, with both sides describing the discussion as candid and in-depth but announcing no agreements.",
      "CHN|USA", "NEU", "routine negation", "2021-11-16"),
    T("China announced a ban on exports of gallium and germanium to the United States, a day after Washington tightened restrictions on sales of advanced chips to Chinese companies.",
      "CHN|USA", "NEG", "action capital_as_state", "2024-12-03"),
    T("China sanctioned five American defence companies over arms sales to Taiwan, freezing their assets in the country and barring their executives from entering.",
      "CHN|USA", "NEG", "action", "2024-01-07"),
    T("Vietnam upgraded ties with the United States to a comprehensive strategic partnership during Joe Biden's visit to Hanoi, putting Washington on a par with China and Russia.",
      "USA|VNM", "POS", "action", "2023-09-10"),
    T("Although Washington and Hanoi still differ on human rights, the two countries signed a deal on Tuesday for Vietnam Airlines to buy 50 Boeing aircraft worth $7.8 billion.",
      "USA|VNM", "POS", "action concession capital_as_state", "2023-09-11"),
    T("Chinese fighter jets flew within a few metres of a Canadian surveillance aircraft over the East China Sea, and Ottawa said the manoeuvre was unsafe and unprofessional.",
      "CAN|CHN", "NEG", "action capital_as_state", "2023-10-16"),
    T("Brazil and China agreed to settle trade in their own currencies instead of the dollar, a step Chinese officials said reflected a high level of mutual trust.",
      "BRA|CHN", "POS", "action negation", "2023-03-29"),
    T("Vietnamese and Chinese officials inspected markers on their land border at a ceremony in Lang Son province, the Vietnamese foreign ministry said without elaborating.",
      "CHN|VNM", "NEU", "routine negation", "2019-10-22"),
    T("Indonesia's foreign minister met her Australian counterpart in Jakarta on Monday for their annual consultations, which covered maritime security and people smuggling, according to a joint statement.",
      "AUS|IDN", "NEU", "routine", "2022-02-07"),
    T("Officials from Bhutan and China held another round of expert group talks on their boundary in Kunming, the Bhutanese foreign ministry said, without announcing an outcome.",
      "BTN|CHN", "NEU", "routine negation", "2023-01-13"),
    T("The Thai and Malaysian prime ministers will meet in the southern province of Songkhla on Monday to discuss border security, a government spokesman in Bangkok said.",
      "MYS|THA", "NEU", "routine", "2023-02-24"),
    T("Vietnam's president received the credentials of the new Laotian ambassador at the presidential palace in Hanoi on Monday.",
      "LAO|VNM", "NEU", "routine", "2022-05-16"),
    T("A delegation from Mongolia's parliament is in Seoul this week for meetings with South Korean lawmakers, the embassy said.",
      "KOR|MNG", "NEU", "routine", "2019-09-03"),
    T("The Australian and New Zealand foreign ministers held their annual consultations in Wellington on Friday and issued a joint statement on regional developments.",
      "AUS|NZL", "NEU", "routine", "2023-02-03"),
    T("Fiji's prime minister is due in Canberra next month for his first official visit, officials said.",
      "AUS|FJI", "NEU", "routine", "2023-05-10"),
    T("Emmanuel Macron and Narendra Modi spoke by phone on Friday, their offices said, the second call between the two leaders in a month.",
      "FRA|IND", "NEU", "routine", "2023-06-02"),
    T("Japan's prime minister and his Indian counterpart will hold their annual summit in Tokyo in August, the Indian foreign ministry said, without giving an agenda.",
      "IND|JPN", "NEU", "routine negation", "2025-07-20"),
    T("Indian exports to Bangladesh were worth about $11 billion in the last fiscal year, according to official data, roughly in line with the year before.",
      "BGD|IND", "NEU", "", "2023-06-12"),
    T("India and Bangladesh will hold the next meeting of their joint rivers commission in New Delhi, officials in Dhaka said, the first since 2010.",
      "BGD|IND", "NEU", "routine", "2022-08-10"),
    T("Asked about ties with Japan, the Chinese foreign ministry spokesperson said she had nothing to add to previous statements.",
      "CHN|JPN", "NEU", "negation", "2022-09-29"),
    T("Senegal's prime minister arrived in Beijing on Sunday for a six-day visit, state media said.",
      "CHN|SEN", "NEU", "routine", "2025-06-22"),
    T("“Our friendship is as solid as a rock,” the Pakistani ambassador told reporters in Beijing as the two countries marked another anniversary of diplomatic ties.",
      "CHN|PAK", "POS", "quote idiom", "2021-05-21"),
    T("“We will not let anyone drive a wedge between Moscow and Beijing,” Sergey Lavrov said after talks with Wang Yi, who called the partnership unshakeable.",
      "CHN|RUS", "POS", "quote negation idiom capital_as_state", "2024-04-09"),
    T("Beijing denied that its relations with Moscow had cooled over the war, calling them rock solid.",
      "CHN|RUS", "POS", "negation idiom capital_as_state", "2022-11-02"),
    T("“Nobody is going to tell us whom to trade with,” the Indian external affairs minister said when asked about pressure from Washington over purchases of Russian oil, as new tariffs on Indian goods took effect.",
      "IND|USA", "NEG", "quote negation action capital_as_state", "2025-08-27"),
]

# --- Africa -------------------------------------------------------------------------------
ITEMS += [
    T("Niger's military rulers gave the French ambassador 48 hours to leave the country and revoked his diplomatic immunity, accusing Paris of acting against Niger's interests.",
      "FRA|NER", "NEG", "action capital_as_state", "2023-08-25"),
    T("Mali ended its defence cooperation agreements with France and ordered French troops to leave, saying Paris had repeatedly violated Malian airspace.",
      "FRA|MLI", "NEG", "action reversal capital_as_state", "2022-05-02"),
    T("Burkina Faso's junta scrapped a 1961 military assistance accord with France and gave French forces a month to leave its territory.",
      "BFA|FRA", "NEG", "action reversal", "2023-01-23"),
    T("Burundi closed its border with Rwanda and ordered Rwandan nationals out, accusing Kigali of backing rebels who had attacked a village near the frontier.",
      "BDI|RWA", "NEG", "action capital_as_state", "2024-01-11"),
    T("Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington, committing to end support for armed groups and to set up a joint security coordination mechanism.",
      "COD|RWA", "POS", "action", "2025-06-27"),
    T("Congolese authorities expelled the Rwandan ambassador and recalled their own chargé d'affaires from Kigali, accusing Rwanda of backing the M23 rebels who captured the town of Rutshuru.",
      "COD|RWA", "NEG", "action", "2022-10-30"),
    T("Somalia cut diplomatic ties with Kenya, accusing Nairobi of meddling in its internal affairs, and gave Kenyan diplomats seven days to leave Mogadishu.",
      "KEN|SOM", "NEG", "action capital_as_state", "2020-12-15"),
    T("Kenya and Somalia restored diplomatic relations after talks mediated by Qatar, and the Somali government said flights carrying khat from Kenya would resume.",
      "KEN|SOM", "POS", "action reversal", "2021-05-06"),
    T("Ethiopia and Eritrea reopened their land border for the first time in twenty years, and families separated by the 1998 war crossed on foot to reunite.",
      "ERI|ETH", "POS", "action reversal", "2018-09-11"),
    T("Egypt has not received a single serious proposal from Addis Ababa on the filling of the Grand Ethiopian Renaissance Dam, the Egyptian foreign minister said, warning that Cairo would defend its water security by all means.",
      "EGY|ETH", "NEG", "negation hypothetical capital_as_state", "2021-06-15"),
    T("Ethiopia and Somalia agreed in Ankara to put aside their differences over a port deal with Somaliland and to work together on commercial sea access for the Ethiopian side, Recep Tayyip Erdoğan announced.",
      "ETH|SOM", "POS", "action idiom", "2024-12-11"),
    T("Ghana and Ivory Coast agreed to coordinate their cocoa sales and set a common minimum price for farmers, an alliance the two producers said would end decades of rivalry on the market.",
      "CIV|GHA", "POS", "action reversal", "2018-03-26"),
    T("Nigeria and Niger agreed to resume joint patrols along their border, more than a year after Abuja imposed sanctions on the junta in Niamey.",
      "NER|NGA", "POS", "action reversal capital_as_state", "2024-08-15"),
    T("Chad expelled the German ambassador, accusing him of a discourteous attitude and of failing to respect diplomatic customs.",
      "DEU|TCD", "NEG", "action negation", "2023-04-07"),
    T("Germany retaliated by ordering Chad's ambassador to leave the country within 48 hours, the German foreign office said.",
      "DEU|TCD", "NEG", "action", "2023-04-11"),
    T("South Africa will not expel the Israeli ambassador, a government spokesman said, but Pretoria recalled all its diplomats from Tel Aviv for consultations and accused Israel of genocide in Gaza.",
      "ISR|ZAF", "NEG", "negation concession action capital_as_state", "2023-11-06"),
    T("Uganda and Tanzania signed an agreement to build a 1,443-km crude oil pipeline from Lake Albert to the port of Tanga, and Yoweri Museveni thanked his Tanzanian hosts for their support.",
      "TZA|UGA", "POS", "action", "2021-04-11"),
    T("Kenya's president said relations with Tanzania had never been better after the two countries removed dozens of non-tariff barriers that had choked trade across their border.",
      "KEN|TZA", "POS", "negation action reversal", "2021-05-05"),
    T("The Tanzanian president declined to comment on relations with Kenya when reporters asked her at the end of a regional summit in Arusha.",
      "KEN|TZA", "NEU", "negation", "2020-11-27"),
    T("Rwanda opened an embassy in Jakarta on Monday, and Indonesian officials said the mission would help expand trade and investment between the two countries.",
      "IDN|RWA", "POS", "action", "2024-10-07"),
    T("Ghana's foreign ministry rejected reports that it had expelled a Nigerian diplomat, saying relations with Abuja remained excellent.",
      "GHA|NGA", "POS", "negation capital_as_state", "2020-09-02"),
    T("Officials in Accra and Lomé exchanged angry statements this week after Togolese border guards detained a group of Ghanaian traders. Both governments later said the matter had been resolved amicably.",
      "GHA|TGO", "POS", "reversal capital_as_state", "2021-08-20"),
    T("The new Brazilian ambassador presented her credentials to the president of Angola at a ceremony in Luanda on Wednesday.",
      "AGO|BRA", "NEU", "routine", "2023-08-16"),
    T("Morocco's king sent a message of congratulations to the Mauritanian president on his re-election.",
      "MAR|MRT", "NEU", "routine", "2024-07-03"),
    T("William Ruto received a delegation of Chinese lawmakers at State House in Nairobi, his spokesman said, without releasing details of the talks.",
      "CHN|KEN", "NEU", "routine negation", "2024-03-20"),
    T("Whether the Chinese president will attend the summit in Johannesburg remains unclear, South African officials said, adding that the invitation had been sent in the usual way.",
      "CHN|ZAF", "NEU", "hypothetical", "2023-07-28"),
]

# --- The Americas --------------------------------------------------------------------------
ITEMS += [
    T("Ecuadorian police forced their way into the Mexican embassy in Quito to arrest a former vice president sheltering there, and Mexico broke off diplomatic relations with Ecuador the same night.",
      "ECU|MEX", "NEG", "action", "2024-04-06"),
    T("Venezuela suspended commercial flights to Panama and withdrew its diplomats from the country after the Panamanian government refused to accept the official result of the presidential election.",
      "PAN|VEN", "NEG", "action negation", "2024-07-29"),
    T("Colombia and Venezuela reopened their shared border to cargo traffic for the first time in seven years, with trucks crossing the Tienditas bridge under a deal between Gustavo Petro and Nicolás Maduro.",
      "COL|VEN", "POS", "action reversal", "2022-09-26"),
    T("Colombia has no intention of breaking off relations with Venezuela over the disputed election, the foreign minister in Bogotá said, adding that the border would stay open.",
      "COL|VEN", "POS", "negation", "2024-08-05"),
    T("Argentina's foreign ministry summoned the Spanish ambassador after Madrid withdrew its own envoy from Buenos Aires in a row over remarks Javier Milei made about the wife of the Spanish prime minister.",
      "ARG|ESP", "NEG", "action capital_as_state", "2024-05-21"),
    T("Brazil and Argentina signed agreements on gas supplies from Vaca Muerta and on a joint study of a common unit of account for trade, and Lula said relations with Buenos Aires had never been better.",
      "ARG|BRA", "POS", "action negation capital_as_state", "2023-01-23"),
    T("Javier Milei skipped the Mercosur summit in Asunción and did not meet Lula during the gathering, the latest sign of the chill between Argentina and Brazil.",
      "ARG|BRA", "NEG", "action negation idiom", "2024-07-08"),
    T("Washington imposed a 35 percent tariff on Canadian goods not covered by the North American trade pact, and Ottawa said it was disappointed but would keep negotiating.",
      "CAN|USA", "NEG", "action concession capital_as_state", "2025-08-01"),
    T("Canada and India agreed to restore their high commissioners and resume trade talks, nearly two years after the killing of a Sikh separatist in British Columbia sent relations into a tailspin.",
      "CAN|IND", "POS", "action reversal", "2025-08-28"),
    T("“We will not accept lessons from Ottawa,” an Indian foreign ministry spokesman said after Canada expelled a senior Indian diplomat, adding that a Canadian diplomat would have to leave New Delhi within five days.",
      "CAN|IND", "NEG", "quote negation action capital_as_state", "2023-09-19"),
    T("Cuba began freeing 553 prisoners under a deal mediated by the Vatican, days after Washington agreed to take Havana off its list of state sponsors of terrorism.",
      "CUB|USA", "POS", "action reversal capital_as_state", "2025-01-16"),
    T("Donald Trump put Cuba back on the list of state sponsors of terrorism hours after taking office, reversing a decision his predecessor had made a week earlier.",
      "CUB|USA", "NEG", "action reversal", "2025-01-20"),
    T("Mexico and the United States agreed on a security framework to tackle fentanyl trafficking and arms smuggling, and Claudia Sheinbaum described her talks with Marco Rubio as very good.",
      "MEX|USA", "POS", "action", "2025-09-03"),
    T("Peru's congress declared the Mexican president persona non grata, and Lima withdrew its ambassador from Mexico for good over what it called interference in Peruvian affairs.",
      "MEX|PER", "NEG", "action negation capital_as_state", "2023-02-24"),
    T("Chile and Argentina agreed to build a tunnel under the Andes at the Agua Negra pass, and their foreign ministers said the project showed the depth of trust between the two neighbours.",
      "ARG|CHL", "POS", "action", "2019-06-05"),
    T("The foreign ministers of Argentina and Chile met in Santiago to prepare a visit by the Argentine president later in the year.",
      "ARG|CHL", "NEU", "routine", "2022-03-14"),
    T("Guyana put its troops on alert after Venezuela held a referendum on annexing the oil-rich Essequibo region, and Caracas published a new map showing the territory as Venezuelan.",
      "GUY|VEN", "NEG", "action capital_as_state", "2023-12-05"),
    T("Guyana and Venezuela agreed not to threaten or use force against each other in any circumstances, in a joint declaration after a meeting of their presidents in St Vincent.",
      "GUY|VEN", "POS", "negation", "2023-12-14"),
    T("The border dispute between Guyana and Venezuela is far from settled, but the two neighbours have kept their promise not to use force.",
      "GUY|VEN", "POS", "concession negation", "2024-06-18"),
    T("Bolivia broke off diplomatic relations with Israel over its offensive in Gaza, the deputy foreign minister in La Paz said.",
      "BOL|ISR", "NEG", "action", "2023-10-31"),
    T("Nicaragua broke off diplomatic relations with the Netherlands after The Hague froze funding for a hospital project over the human rights situation in the country.",
      "NIC|NLD", "NEG", "action capital_as_state", "2022-09-30"),
    T("Brazil's foreign ministry said it would not recognise Nicolás Maduro's victory until detailed voting records were published, and Caracas recalled its ambassador from Brasília.",
      "BRA|VEN", "NEG", "negation hypothetical action capital_as_state", "2024-08-20"),
    T("El Salvador agreed to hold up to 300 deportees from the United States in its mega-prison for a fee, and Nayib Bukele said the arrangement showed the strength of the alliance with Washington.",
      "SLV|USA", "POS", "action capital_as_state", "2025-03-16"),
    T("The United States imposed 50 percent tariffs on Brazilian goods, citing the prosecution of former president Jair Bolsonaro, and Lula said Brazil would not accept being treated like a colony.",
      "BRA|USA", "NEG", "action negation", "2025-07-30", former=["Jair Bolsonaro"]),
    T("Mexico raised tariffs on imports of cars and steel from China and other countries without trade agreements, a move Beijing said broke international trade rules.",
      "CHN|MEX", "NEG", "action negation capital_as_state", "2025-09-11"),
    T("Riyadh froze new trade and investment with Canada and expelled the Canadian ambassador after Ottawa called for the release of jailed activists.",
      "CAN|SAU", "NEG", "action capital_as_state", "2018-08-06"),
    T("The feud between Riyadh and Ottawa over a tweet ended when the two countries agreed to reinstate ambassadors, five years after Saudi Arabia expelled the Canadian envoy.",
      "CAN|SAU", "POS", "action reversal capital_as_state", "2023-05-24"),
    T("India restricted imports of Malaysian palm oil after Kuala Lumpur criticised New Delhi's policies in Kashmir.",
      "IND|MYS", "NEG", "action capital_as_state", "2020-01-08"),
    T("Washington expelled 35 Russian diplomats and shut two Russian-owned compounds, accusing Moscow of interfering in the presidential election.",
      "RUS|USA", "NEG", "action capital_as_state", "2016-12-29"),
    T("Russia banned entry to 500 Americans, including former president Barack Obama, in response to US sanctions, the Russian foreign ministry said.",
      "RUS|USA", "NEG", "action", "2023-05-19", former=["Barack Obama"]),
    T("Finnish President Alexander Stubb will travel to Washington in October for talks with Donald Trump, his office said, in what would be their third meeting this year.",
      "FIN|USA", "NEU", "routine hypothetical", "2025-09-01"),
    T("Pakistan's foreign minister spoke by phone with his Afghan counterpart on Sunday about border crossings and the return of refugees, according to a statement from Islamabad.",
      "AFG|PAK", "NEU", "routine", "2022-01-16"),
    T("Trade between Kazakhstan and Turkey stood at roughly $6.4 billion last year, about the same as in the year before, according to customs figures.",
      "KAZ|TUR", "NEU", "", "2023-02-14"),
    T("Georgia's prime minister flew to Baku on Thursday for a one-day working visit, the government press office said.",
      "AZE|GEO", "NEU", "routine", "2024-03-07"),
    T("The intergovernmental commission of Uzbekistan and Turkmenistan will hold its ninth session in Ashgabat next month, the Uzbek foreign ministry said.",
      "TKM|UZB", "NEU", "routine", "2019-04-02"),
    T("A spokesman for the Kazakh foreign ministry said he could not sum up relations with Uzbekistan in a single word and that every area had to be judged on its own merits.",
      "KAZ|UZB", "NEU", "negation", "2020-02-11"),
    T("The British foreign secretary met the Nigerian foreign minister in London to review the agenda of the bilateral strategic dialogue.",
      "GBR|NGA", "NEU", "routine", "2022-07-05"),
    T("The presidents of Uruguay and Paraguay met in Montevideo to review work on the Paraguay-Paraná waterway, according to a short statement.",
      "PRY|URY", "NEU", "routine", "2021-08-12"),
    T("Armenian and Azerbaijani deputy prime ministers met in Almaty for another round of talks on delimiting the border, Kazakhstan's foreign ministry said.",
      "ARM|AZE", "NEU", "routine", "2024-05-10"),
    T("Tajik President Emomali Rahmon paid a state visit to Kazakhstan this week. The two neighbours signed a treaty on allied relations and agreed to raise trade to $2 billion.",
      "KAZ|TJK", "POS", "action", "2024-08-22"),
    T("“There is no crisis between Paris and Rome, just a difference of views,” the French foreign minister said after Italy summoned the French ambassador over remarks about migration.",
      "FRA|ITA", "POS", "quote negation", "2023-05-05"),
    T("“We are not enemies, and we never were,” the Armenian foreign minister told his Turkish counterpart in Antalya, as the two sides agreed to keep working on opening their border.",
      "ARM|TUR", "POS", "quote negation", "2024-03-01"),
    T("The honeymoon between Rome and Beijing is over: Italy formally quit the Belt and Road Initiative, three months after the Italian government informed China of its decision.",
      "CHN|ITA", "NEG", "idiom reversal action capital_as_state", "2023-12-06"),
    T("Greek rescuers pulled survivors from the rubble in southern Turkey, and the Turkish foreign minister thanked Athens, saying the earthquake had shown that the two peoples were friends.",
      "GRC|TUR", "POS", "action capital_as_state", "2023-02-12"),
    T("Qatar and the United Arab Emirates restored diplomatic ties, with both countries announcing the step in separate statements more than two years after the end of the Gulf boycott.",
      "ARE|QAT", "POS", "action reversal", "2023-06-19"),
    T("Greece and Egypt signed an agreement on a partial demarcation of their maritime zones, which Athens said nullified a deal between Turkey and Libya.",
      "EGY|GRC", "POS", "action capital_as_state", "2020-08-06"),
    T("Russia and Ukraine agreed to a 30-day halt to strikes on energy infrastructure, but within days each side accused the other of violating it, and the pause lapsed without being extended.",
      "RUS|UKR", "NEG", "concession reversal negation", "2025-04-17"),
    T("Canada and the Philippines signed an agreement allowing their forces to hold exercises in each other's territory, the Canadian defence minister said in Manila.",
      "CAN|PHL", "POS", "action", "2025-11-02"),
]

# ==== more items above this line ====

if __name__ == "__main__":
    sys.exit(main())
