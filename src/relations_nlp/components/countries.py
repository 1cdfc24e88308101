"""``relations_countries``: states as actors (COUNTRY) and places (LOC).

One gazetteer (``gazetteer.Gazetteer``: case-sensitive token sequences, with ALL-CAPS
variants of state names) finds every surface form of the package tables ``countries``, ``cities`` and
``regions`` plus blockers ("Latin American"); longest match wins. The context rules
then decide, for each match:

- state names, official names and alternates -> COUNTRY (ISO3); demonyms -> COUNTRY
  unless used for a language ("Russian-language", "speaks Russian");
- capitals -> COUNTRY when they stand for the government ("Moscow believes", "Baku and
  Moscow agreed", "tensions between Moscow and Baku", "Moscow's position"), LOC when
  they are places ("talks in Dushanbe", "flew to Baku", "Moscow residents"); Brussels
  acting stands for the EU (ORG ``EU``), unless the document names Belgium ("Rwanda cut
  ties with Belgium, accusing Brussels of bias");
- other cities, regions, seas, US states -> LOC with ``ent._.country``;
- surfaces with a second reading (Georgia, Jordan, Chad, cities named like people or
  words) need context: a neighbouring capitalised name makes them part of a person's
  name ("Jordan Peterson", "Paris Hilton"), a US context makes Georgia the US state;
- bare "Congo"/"Korea" are resolved from the rest of the document.

The hot path makes no ``Token`` or ``Span`` objects: the gazetteer reads the ``ORTH``
column once; what the rules need of a surface's candidates is worked out once per
surface (``_Surface``), and a surface whose reading never depends on the context (a
state name with one reading, most of the matches) is resolved without looking at the
document; the context rules read token attributes through a ``base.TokenView``; the
entities and their ``_.country`` are written with ``base.write_ents`` /
``base.write_span_values`` (the same annotation as ``Span`` objects and ``doc.ents``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from operator import itemgetter
from typing import Dict, List, NamedTuple, Optional, Tuple

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import lexicon as L
from ..resources import read_json, read_table
from .base import (HashTable, LexAttrs, in_headline, RulePipe, TokenView, ent_columns, longest_first_ordered, read_ents,
                   title_variants, write_ents, write_span_values)
from .gazetteer import Gazetteer

# bare names shared by two states: resolved from the document, else the default (first)
BARE_NAMES: Dict[str, Tuple[str, ...]] = {
    "Congo": ("COD", "COG"),
    "Korea": ("KOR", "PRK"),
    "Korean": ("KOR", "PRK"),
    "Koreans": ("KOR", "PRK"),
    "Congolese": ("COD", "COG"),
}
# phrases that contain a state word but are no state mention
BLOCKERS = [
    "Latin American", "Latin Americans", "South American", "North American", "Central American",
    "African American", "African Americans", "Native American", "Native Americans",
    "Pan-American", "Pan American", "Indo-European", "Anglo-Saxon", "Turkish delight",
    "French fries", "Russian roulette", "Russian doll", "Russian dolls", "Chinese New Year",
    "Persian cat", "Swiss cheese", "Dutch courage", "English Channel", "French Open",
    "Australian Open", "US Open", "U.S. Open", "Mexican wave", "Spanish flu", "Arabic numerals",
    "Korea Herald", "China Daily", "Russia Today", "Gulf Stream",
]
US_CONTEXT = frozenset(
    "Atlanta Savannah Augusta Macon Athens Republican Republicans Democrat Democrats governor "
    "Governor GOP Senate senator Senator county County Peach".split()
)


# capitals that, as actors, stand for an organisation seated there rather than for their
# own state: in international news "Brussels" acting is the European Union
SEATS_STANDING_FOR_IGOS = {"Brussels": "EU", "BRUSSELS": "EU"}

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«"})
_CONDITIONS = frozenset({"if", "unless", "should", "whether"})
_AIMED = frozenset({"aimed", "directed", "targeted", "levelled", "leveled", "pointed", "hit", "lashed"})

class CountryTagger(RulePipe):
    cfg_keys = ("capital_metonymy", "overwrite_ents", "ents_filter")

    def __init__(self, nlp, name: str, *, capital_metonymy: bool = True, overwrite_ents: bool = False,
                 scorer=None):
        super().__init__(nlp, name, capital_metonymy=capital_metonymy, overwrite_ents=overwrite_ents)
        self.scorer = scorer

    # ------------------------------------------------------------------ set-up
    def _build(self) -> None:
        countries = read_table("countries")
        cities = read_table("cities")
        regions = read_table("regions")
        self.countries: Dict[str, Dict] = {row["iso3"]: row for row in countries}
        # surface -> list of candidates (kind, payload)
        self.surface: Dict[str, List[Tuple[str, Dict]]] = defaultdict(list)
        self._profiles: Dict[str, _Surface] = {}  # surface -> what the rules need of its candidates
        self._lex: Dict[int, LexAttrs] = {}  # ORTH hash -> lexical attributes (see TokenView)
        self.ambiguous: set = set()
        self.capital_of: Dict[str, str] = {}
        # first words of generic state bodies: "Turkish Agriculture Ministry" is the Turkish
        # ministry, not a name that contains "Turkish"
        patterns = read_json("org_patterns") or {}
        self.body_first = {re.split(r"[ '’-]", b)[0] for key in ("body_heads", "body_nouns") for b in patterns.get(key, [])}
        for row in countries:
            iso = row["iso3"]
            for s in [row["name"], row.get("official") or "", *row.get("aliases", [])]:
                if s:
                    self._add(s, ("country", {"iso3": iso}), caps=True)
            for s in row.get("demonyms", []):
                self._add(s, ("demonym", {"iso3": iso}), caps=True)
            for s in row.get("ambiguous", []):
                self.ambiguous.add(s)
            if row.get("capital") and row.get("kind") != "former":
                for s in [row["capital"], *row.get("capital_aliases", [])]:
                    self.capital_of.setdefault(s, iso)
        for bare, isos in BARE_NAMES.items():
            self._add(bare, ("bare", {"isos": isos}), caps=True)
        best_city: Dict[str, Dict] = {}
        for row in cities:
            for s in [row["name"], *row.get("aliases", [])]:
                cur = best_city.get(s)
                if cur is None or (row.get("population") or 0) > (cur.get("population") or 0):
                    best_city[s] = row
        # capitals also in capitals: datelines ("ABUJA, May 3 (Reuters) -") and headlines
        for s, iso in list(self.capital_of.items()):
            if s.upper() != s and len(s) > 3:
                self.capital_of.setdefault(s.upper(), iso)
        for s, row in best_city.items():
            self._add(s, ("city", row), caps=s in self.capital_of and not row.get("common_word"))
            if row.get("common_word"):
                self.ambiguous.add(s)
        for s, iso in self.capital_of.items():
            if s not in best_city and s.upper() != s:
                self._add(s, ("city", {"name": s, "country": iso, "capital": True}), caps=True)
        for row in regions:
            for s in [row["name"], *row.get("aliases", [])]:
                self._add(s, ("region", row))
        for s in BLOCKERS:
            self._add(s, ("block", {}))
        self._add("Gulf", ("gulf", {"name": "Persian Gulf"}))
        for entry in self.learnt:
            label = entry.get("label")
            if label == "COUNTRY" and entry.get("kb_id"):
                self._add(entry["text"], ("country", {"iso3": entry["kb_id"]}))
            elif label == "LOC":
                self._add(entry["text"], ("region", {"name": entry.get("kb_id") or entry["text"],
                                                     "country": entry.get("country")}))
        self.matcher = Gazetteer(self.nlp.tokenizer)
        self.matcher.update((text, text) for text in self.surface)
        self.matcher.freeze()

    def _add(self, surface: str, cand: Tuple[str, Dict], caps: bool = False) -> None:
        forms = title_variants(surface) if caps else [surface]
        for form in forms:
            self.surface[form].append(cand)

    def initialize(self, get_examples=None, *, nlp=None, entries: Optional[List[Dict]] = None):
        """Learn COUNTRY/LOC names from training examples (and ``entries``)."""
        self.learn_entities(get_examples, ("COUNTRY", "LOC"), lambda text: text in self.surface, entries)

    # ------------------------------------------------------------------ matching
    def __call__(self, doc: Doc) -> Doc:
        self.ensure_ready()
        if len(doc) == 0:
            return doc
        orth = doc.to_array(ORTH)
        col = orth.tolist()
        matches = longest_first_ordered(self.matcher.find(orth, col))
        tokens = TokenView(doc, col, self._lex)
        features = self._feature_places(tokens, orth, matches)
        if not matches and not features:
            return doc
        profiles = [self._profiles.get(text) or self._profile(text) for text, _, _ in matches]
        doc_isos: Dict[str, float] = {}  # how often the document names each state
        for profile in profiles:
            for iso, weight in profile.iso_weights:
                doc_isos[iso] = doc_isos.get(iso, 0) + weight
        neighbours = None
        found: List[Tuple[int, int, str, str, Optional[str]]] = []  # (start, end, label, kb_id, country)
        for (text, s, e), profile in zip(matches, profiles):
            ent = profile.fixed
            if ent is None:
                if neighbours is None:
                    # the matches by their first and last token, for walking coordinations
                    neighbours = ({m[1]: m for m in matches}, {m[2]: m for m in matches})
                ent = self._resolve(tokens, s, e, text, profile, neighbours, doc_isos)
                if ent is None:
                    continue
            found.append((s, e, *ent))
        for s, e in features:
            found.append((s, e, "LOC", doc[s:e].text, None))
        self._write(doc, tokens, found)
        return doc

    @staticmethod
    def _feature_places(t: TokenView, orth, matches) -> List[Tuple[int, int]]:
        """Places the tables do not know, by the shape of their name: title-case words
        before a geographic feature word ("Second Thomas Shoal", "Chagos Islands", "Golan
        Heights") or after a feature prefix ("Lake Titicaca", "Mount Elbrus", "Gulf of
        Fonseca"). Known places, states and organisations win (matched before or later)."""
        hits = _FEATURE_TABLE.positions(orth)
        if not hits:
            return []
        covered = set()
        for _, s, e in matches:
            covered.update(range(s, e))
        n = t.n
        out: List[Tuple[int, int]] = []
        last_end = 0

        def name_word(k: int) -> bool:
            attrs = t[k]
            return attrs.is_title and k not in covered and attrs.lower not in L.NON_NAME_WORDS and attrs.is_alpha
        for k in hits:
            if k < last_end or k in covered or not t[k].is_title:
                continue
            word = t[k].text
            start = end = None
            if word in FEATURE_SUFFIXES:
                j = k
                while j - 1 >= 0 and k - j < 3 and name_word(j - 1) and not t.is_sent_start(j - 1):
                    j -= 1
                if j - 1 >= 0 and k - j < 3 and name_word(j - 1) and t.is_sent_start(j - 1):
                    j -= 1
                if j < k:
                    start, end = j, k + 1
            if start is None and word in FEATURE_PREFIXES:
                j = k + 1
                if word in ("Gulf", "Sea", "Strait", "Straits", "Bay", "Isle") and j < n and t[j].lower == "of":
                    j += 1
                elif word in ("Gulf", "Sea", "Strait", "Straits", "Bay", "Isle"):
                    continue
                m = j
                while m < n and m - j < 3 and name_word(m):
                    m += 1
                if m > j:
                    start, end = k, m
            if start is not None:
                out.append((start, end))
                last_end = end
        return out

    def _write(self, doc: Doc, tokens: TokenView, found: List[Tuple[int, int, str, str, Optional[str]]]) -> None:
        """Set the entities ``found`` (``(start, end, label, kb_id, country)``) as
        ``Span(doc, start, end, label=label, kb_id=kb_id)`` objects with ``_.country`` and
        ``doc.ents = ...`` would (the same strings, extension values and token annotation);
        an existing entity keeps its tokens."""
        add = self.vocab.strings.add
        new = [(s, e, add(label), add(kb_id), 0) for s, e, label, kb_id, _ in found]  # (strings added in order)
        write_span_values(doc, tokens, ("country",), [x[:2] for x in found], [x[4:] for x in found])
        if self.cfg.get("overwrite_ents"):
            write_ents(doc, new, ent_columns(doc), filter_overlaps=True)
            return
        existing, cols = read_ents(doc)
        if existing:
            taken = set()
            for s, e, *_ in existing:
                taken.update(range(s, e))
            new = existing + [x for x in new if taken.isdisjoint(range(x[0], x[1]))]
        new.sort(key=itemgetter(0))
        write_ents(doc, new, cols)

    def _profile(self, text: str) -> "_Surface":
        """What the rules need of a surface's candidates, worked out once per surface."""
        profile = self._profiles.get(text)
        if profile is None:
            cands = self.surface.get(text, [])
            first: Dict[str, Dict] = {}
            for kind, payload in cands:
                first.setdefault(kind, payload)
            weights = []
            for kind, payload in cands:
                if kind in ("country", "demonym"):
                    weights.append((payload["iso3"], 1))
                elif kind == "city" and payload.get("country"):
                    weights.append((payload["country"], 0.5))
            country_isos = {p["iso3"] for k, p in cands if k == "country"}
            # the name of exactly one state that needs no context: what ``_resolve`` returns
            # for it everywhere
            fixed = None
            region = first.get("region")
            if "country" in first and "block" not in first and text not in self.ambiguous \
                    and len(country_isos) == 1 and not (region is not None and region.get("kind") == "us_state"):
                fixed = ("COUNTRY", first["country"]["iso3"], first["country"]["iso3"])
            profile = self._profiles[text] = _Surface(
                first, country_isos, {p["iso3"] for k, p in cands if k == "demonym"}, tuple(weights), fixed)
        return profile

    def _resolve(self, t: TokenView, s: int, e: int, text: str, profile: "_Surface", neighbours, doc_isos
                 ) -> Optional[Tuple[str, str, Optional[str]]]:
        """``(label, kb_id, country)`` of the match ``s:e`` of ``text``, or None."""
        first = profile.first
        kinds = first.keys()
        if "block" in kinds:
            return None
        if len(first) == 1 and "gulf" in first:
            # "the Gulf" alone is the Persian Gulf; "Gulf of Aden", "Gulf states" are not this
            prev, nxt = t.at(s - 1), t.at(e)
            if prev is not None and prev.lower == "the" and (nxt is None or (nxt.lower != "of" and not nxt.is_title)):
                return "LOC", "Persian Gulf", None
            return None
        country = first.get("country")
        demonym = first.get("demonym")
        region = first.get("region")
        city = first.get("city")
        bare = first.get("bare")
        ambiguous = text in self.ambiguous
        # a city that is no capital, next to a capitalised word that is no place and no
        # title word, is part of a name ("Hassan Ali Warsama", "Victoria Nuland")
        if (ambiguous or (city is not None and country is None and demonym is None and bare is None
                          and text not in self.capital_of)) and self._part_of_name(t, s, e):
            return None
        if country is not None:
            isos = profile.country_isos
            if len(isos) > 1:
                iso = self._pick(isos, doc_isos)
                if iso is None:
                    return None
            else:
                iso = country["iso3"]
            if region is not None and region.get("kind") == "us_state" and self._us_context(t, s, e, doc_isos, iso):
                return "LOC", region["name"] or "", region.get("country")
            return "COUNTRY", iso, iso
        if bare is not None:
            iso = self._pick(set(bare["isos"]), doc_isos) or bare["isos"][0]
            if self._is_language_use(t, s, e):
                return None
            return "COUNTRY", iso, iso
        if demonym is not None:
            isos = profile.demonym_isos
            iso = demonym["iso3"] if len(isos) == 1 else self._pick(isos, doc_isos)
            if iso is None or self._is_language_use(t, s, e):
                return None
            return "COUNTRY", iso, iso
        if city is not None:
            iso = city.get("country")
            cap_iso = self.capital_of.get(text)
            if ambiguous and not self._locative(t, s, e):
                return None
            if cap_iso and cap_iso == iso and self.cfg.get("capital_metonymy", True):
                if self._stands_for_government(t, s, e, *neighbours):
                    if text in SEATS_STANDING_FOR_IGOS and not self._named(doc_isos, iso):
                        return "ORG", SEATS_STANDING_FOR_IGOS[text], None  # "Brussels warned Budapest": the EU
                    return "COUNTRY", iso, iso
            return "LOC", city.get("name", text) or "", iso
        if region is not None:
            if ambiguous and not self._locative(t, s, e):
                return None
            return "LOC", region["name"] or "", region.get("country")
        return None

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _named(doc_isos: Dict[str, float], iso: str) -> bool:
        """Whether the document names the state itself (its name or demonym weighs 1, a
        capital 0.5 - see ``_Surface.iso_weights``), beyond the capitals it mentions."""
        return doc_isos.get(iso, 0) >= 1

    @staticmethod
    def _pick(isos, doc_isos: Dict[str, float]) -> Optional[str]:
        ranked = sorted(isos, key=lambda i: -doc_isos.get(i, 0))
        if len(ranked) > 1 and doc_isos.get(ranked[0], 0) == doc_isos.get(ranked[1], 0):
            return None
        return ranked[0]

    @staticmethod
    def _maybe_headline(t: TokenView, s: int, e: int) -> bool:
        """False when a lower-case word of four or more letters stands within three tokens
        of s:e (running text: no need to read the sentence)."""
        for k in list(range(max(0, s - 3), s)) + list(range(e, min(t.n, e + 3))):
            attrs = t[k]
            if attrs.is_alpha and attrs.is_lower and len(attrs.text) >= 4 and not (k > 0 and t[k - 1].text == "-"):
                return False
        return True

    def _part_of_name(self, t: TokenView, s: int, e: int) -> bool:
        """A capitalised neighbour that is no title word makes the match part of a name,
        except in a headline in title case ("China Slams Philippines Over ...")."""
        if self._maybe_headline(t, s, e) and in_headline(t, s):
            return False
        nxt = t.at(e)
        if nxt is not None and nxt.is_title and nxt.is_alpha and nxt.lower not in L.TITLE_WORDS \
                and nxt.lower not in L.NON_NAME_WORDS and not t.is_sent_start(e) and nxt.text not in self.body_first:
            if self.surface.get(nxt.text) is None:
                return True
        prev = t.at(s - 1)
        if prev is not None and prev.is_title and prev.is_alpha and not t.is_sent_start(s - 1) \
                and prev.lower not in L.NON_NAME_WORDS and prev.lower not in L.TITLE_WORDS \
                and self.surface.get(prev.text) is None:
            return True
        return False

    @staticmethod
    def _is_language_use(t: TokenView, s: int, e: int) -> bool:
        nxt = t.at(e)
        if nxt is not None and nxt.text in ("-", "–") and e + 1 < t.n:
            if t[e + 1].lower in L.LANGUAGE_AFTER:
                return True
        prev = t.at(s - 1)
        if prev is not None and prev.lower in L.LANGUAGE_BEFORE:
            # "in Russian" at a phrase end is the language; "in Russian media" is not
            if nxt is None or nxt.is_punct or nxt.lower in ("and", "or", "as", "by"):
                return True
        if nxt is not None and nxt.lower in L.LANGUAGE_AFTER:
            return True
        return False

    def _locative(self, t: TokenView, s: int, e: int) -> bool:
        prev = t.at(s - 1)
        if prev is not None and (prev.lower in L.LOCATIVE_PREPS or prev.lower in L.PLACE_VERBS):
            return True
        if e + 1 < t.n and t[e].text == ",":
            for kind, _ in self.surface.get(t[e + 1].text, []):
                if kind in ("country", "region"):
                    return True
        return False

    def _us_context(self, t: TokenView, s: int, e: int, doc_isos: Dict[str, float], iso: str) -> bool:
        if not _US_CONTEXT_HASHES.isdisjoint(t.orth[max(0, s - 8): min(t.n, e + 8)]):
            return True
        if s >= 2 and t[s - 1].text == ",":
            for kind, payload in self.surface.get(t[s - 2].text, []):
                if kind == "city" and payload.get("country") == "USA":
                    return True
        nxt = t.at(e + 1)
        if nxt is not None and t[e].text == "," and nxt.text in ("USA", "US", "U.S."):
            return True
        if e < t.n and t[e].lower in ("state", "governor"):
            return True
        return doc_isos.get("USA", 0) > 2 * doc_isos.get(iso, 0) + 1

    def _stands_for_government(self, t: TokenView, s: int, e: int, by_start: Dict, by_end: Dict) -> bool:
        """Context rules of capital metonymy (see the module docstring); ``by_start`` /
        ``by_end`` map token positions to the document's matches ``(surface, start, end)``."""
        n = t.n
        # walk over a coordination "Moscow and Baku", "Moscow, Ankara and Baku", "Moscow–Baku"
        first, last = s, e
        dash_compound = False
        i = last
        while i < n and t[i].text in _COORDINATION and i + 1 in by_start:
            dash_compound = dash_compound or t[i].text in ("-", "–", "—", "/")
            last = by_start[i + 1][2]
            i = last
        i = first
        while i - 1 >= 0 and t[i - 1].text in _COORDINATION and i - 1 in by_end:
            dash_compound = dash_compound or t[i - 1].text in ("-", "–", "—", "/")
            first = by_end[i - 1][1]
            i = first
        prev = t.at(first - 1)
        nxt = t.at(e)
        # a dateline: "ABUJA, May 3 (Reuters) -", "ISLAMABAD/NEW DELHI (Reuters) -"
        if (first == 0 or t.is_sent_start(first)) and t[first].text.isupper() and (
                (nxt is not None and nxt.text in ("(", ",", "—", "–")) or (
                    t.at(last) is not None and t.at(last).text in ("(", ","))):
            return False
        # own place cues
        if prev is not None and prev.lower == "at" and first >= 2 and (
                t[first - 2].lower in _AIMED or t[first - 2].lower in L.STANCE_BEFORE_AT):
            return True  # "sanctions aimed at Washington", "a jab at Washington"
        if prev is not None and first >= 2 and (
                (prev.lower == "from" and t[first - 2].lower in L.STANCE_BEFORE_FROM)
                or (prev.lower in ("towards", "toward", "to") and t[first - 2].lower in L.STANCE_BEFORE_TOWARDS)):
            return True  # "drifted away from Moscow", "a firm tone towards Caracas"
        if prev is not None and (prev.lower in L.LOCATIVE_PREPS or prev.lower in L.PLACE_VERBS):
            if prev.lower in ("from", "to") and first >= 2 and t.lemma_or_lower(first - 2) in L.RESPONSE_NOUNS:
                return True  # "a sharp protest from Beijing", "protested to Ankara"
            if not (prev.lower in ("from", "to") and self._actor_verb_after(t, last)):
                return False
        if prev is not None and prev.lower == "of" and first >= 2 and t[first - 2].lower in L.PLACE_NOUNS:
            return False
        if nxt is not None and nxt.lower in L.PLACE_NOUNS:
            return False
        if nxt is not None and nxt.text == "," and e + 1 < n:
            for kind, _ in self.surface.get(t[e + 1].text, []):
                if kind in ("country", "region"):
                    return False  # "Baku, Azerbaijan"
        if nxt is not None and nxt.text in ("'s", "'", "’s"):
            after = t.at(e + 1)
            if after is not None and after.lower in L.PLACE_NOUNS:
                return False
            return True
        if dash_compound:
            return True
        if prev is not None and prev.lower in ("the", "a", "an") and first == s:
            return False  # attributive: "the Moscow talks", "a Baku court"
        # government cues
        if prev is not None and prev.lower in L.GOVERNMENT_PREPS:
            return True
        if prev is not None and prev.is_lower and t.lemma_or_lower(first - 1) in L.OBJECT_VERBS:
            return True  # "accused Kigali of", "thanked Moscow for", "could irritate Washington"
        # a subject followed by a present-tense verb: "Moscow values its relations",
        # "Baku and Moscow put a difficult year behind them"
        subject = first == 0 or t.is_sent_start(first) or (prev is not None and (
            prev.is_punct or prev.lower in ("and", "but", "while", "that", "as", "whereas", "because",
                                            "neither", "either", "both")))
        after_i = last
        if t.at(last) is not None and t.at(last).text in _QUOTES and t.at(last + 1) is not None:
            after_i = last + 1  # a quote opens: 'said Budapest "will not sign"'
        after = t.at(after_i)
        # the subject of reported speech with a finite be/modal: "said Rabat was playing",
        # "insisted that Accra was not taking", "told Geo News that Islamabad was ready",
        # "Neither Riyadh nor Abu Dhabi wants"
        reported = prev is not None and (prev.lower in L.SAY_VERBS or (
            prev.lower == "that" and any(t[k].lower in L.SAY_VERBS for k in range(max(0, first - 6), first - 1))))
        if prev is not None and prev.lower in _CONDITIONS and after is not None and after.lower == "were" \
                and t.at(after_i + 1) is not None and t.at(after_i + 1).lower == "to":
            return True  # "If Yerevan were to delay the deal"
        if (subject or reported) and after is not None and after.lower in _FINITE_AUX and \
                (reported or first < s or last > e or after.lower not in _BE_FORMS):
            return True  # "Cairo did not comment", "Tehran has long insisted"
        if subject and after is not None and after.is_lower and after.is_alpha \
                and after.lower not in L.PLACE_NOUNS and after.lower not in L.LOCATIVE_PREPS \
                and after.lower not in L.NON_NAME_WORDS:
            lemma = t.lemma_or_lower(after_i)
            grouped = first < s or last > e
            # a coordination of states is a plural subject: any finite verb form follows it
            # ("Baku and Moscow put", "Moscow and Kyiv went ahead")
            if (after.lower.endswith("s") and lemma + "s" == after.lower) or grouped:
                return True
        if prev is not None and t.at(last) is not None and t.at(last).lower == "to" and \
                t.lemma_or_lower(first - 1) in L.CAUSATIVE_VERBS:
            return True  # "prompting Athens to put its navy on alert", "allow Minsk and Moscow to test"
        if self._actor_verb_after(t, last):
            return True
        # coordinated with a state name
        for text, ms, me in by_start.values():
            if ms >= first and me <= last and ms != s:
                for kind, _ in self.surface.get(text, []):
                    if kind in ("country", "demonym"):
                        return True
        return False

    @staticmethod
    def _actor_verb_after(t: TokenView, end: int) -> bool:
        i = end
        n = t.n
        steps = 0
        while i < n and steps < 4:
            tok = t[i]
            low = tok.lower
            if low in L.AUXILIARIES:
                i += 1
                steps += 1
                if low in ("has", "have", "had", "is", "was", "are", "were", "will", "would", "could",
                           "should", "may", "might", "must", "can", "cannot", "does", "did", "do"):
                    # "Moscow has long said": an auxiliary is itself good evidence
                    if i < n and (t[i].lower in L.AUXILIARIES or t[i].is_alpha):
                        continue
                continue
            if low.endswith("ly") and tok.is_alpha and steps < 3:
                i += 1
                steps += 1
                continue
            lemma = t.lemma(i)
            lemma = lemma.lower() if lemma else low
            if steps == 0 and tok.is_lower and tok.is_alpha and low.endswith("ed") and lemma != low \
                    and low not in L.PLACE_NOUNS:
                return True  # "Washington lifted", "Minsk freed": a past-tense verb after a subject
            if tok.is_lower and tok.is_alpha and low.endswith("s") and lemma + "s" == low and lemma in L.ACTOR_VERBS_EXTRA:
                return True
            if steps == 0 and tok.is_lower and tok.is_alpha and i + 2 < n and t[i + 1].text == "-" \
                    and t[i + 2].lower.endswith("ed"):
                return True  # "Pyongyang test-fired", "Tehran fast-tracked"
            return lemma in L.ACTOR_VERBS or low in L.ACTOR_VERBS or (
                steps > 0 and tok.is_alpha and tok.is_lower and t[i - 1].lower in
                ("has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "does", "did")
            )
        return False


class _Surface(NamedTuple):
    first: Dict[str, Dict]  # the first candidate of each kind
    country_isos: set
    demonym_isos: set
    iso_weights: Tuple[Tuple[str, float], ...]  # what a match adds to the document's state counts
    fixed: Optional[Tuple[str, str, str]]  # the resolution, when it does not depend on the context


# geographic feature words: after a name ("Second Thomas Shoal") or before it ("Lake Chad")
FEATURE_SUFFIXES = frozenset(
    "Shoal Shoals Reef Reefs Island Islands Isles Atoll Archipelago Strait Straits River Mountains "
    "Range Hills Valley Desert Peninsula Canal Pass Plateau Basin Delta Falls Dam Glacier Heights "
    "Lagoon Cape Steppe Highlands Lowlands Crossing".split()
)
FEATURE_PREFIXES = frozenset("Lake Mount Mt. Cape Gulf Sea Strait Straits Bay Isle".split())
_FEATURE_TABLE = HashTable([get_string_id(w) for w in FEATURE_SUFFIXES | FEATURE_PREFIXES])
_US_CONTEXT_HASHES = frozenset(get_string_id(w) for w in US_CONTEXT)
_COORDINATION = (",", "and", "&", "-", "–", "—", "/", "or", "nor")
_FINITE_AUX = frozenset("is was are were would will had has have could should must may might can cannot did does "
                        "do".split())
_BE_FORMS = frozenset("is was are were".split())


@Language.factory(
    "relations_countries",
    assigns=["doc.ents", "span._.country"],
    requires=["token.is_sent_start"],
    default_config={
        "capital_metonymy": True,
        "overwrite_ents": False,
        "scorer": {"@scorers": "relations_nlp.entity_scorer.v1"},
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_countries(nlp: Language, name: str, capital_metonymy: bool, overwrite_ents: bool, scorer):
    return CountryTagger(nlp, name, capital_metonymy=capital_metonymy, overwrite_ents=overwrite_ents,
                         scorer=scorer)
