"""``relations_countries``: states as actors (COUNTRY) and places (LOC).

One gazetteer (``gazetteer.Gazetteer``: case-sensitive token sequences, with ALL-CAPS
variants of state names) finds every surface form of the package tables ``countries``, ``cities`` and
``regions`` plus blockers ("Latin American"); longest match wins. The context rules
then decide, for each match:

- state names, official names and alternates -> COUNTRY (ISO3); demonyms -> COUNTRY
  unless used for a language ("Russian-language", "speaks Russian");
- capitals -> COUNTRY when they stand for the government ("Moscow believes", "Baku and
  Moscow agreed", "tensions between Moscow and Baku", "Moscow's position"), LOC when
  they are places ("talks in Dushanbe", "flew to Baku", "Moscow residents");
- other cities, regions, seas, US states -> LOC with ``ent._.country``;
- surfaces with a second reading (Georgia, Jordan, Chad, cities named like people or
  words) need context: a neighbouring capitalised name makes them part of a person's
  name ("Jordan Peterson", "Paris Hilton"), a US context makes Georgia the US state;
- bare "Congo"/"Korea" are resolved from the rest of the document.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Dict, List, Optional, Tuple

import numpy
from spacy.attrs import IS_TITLE, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lexicon as L
from ..resources import read_table
from ..extensions import set_span_values
from .base import RulePipe, longest_first, positions_of, title_variants
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
        self._firsts: Dict[str, Dict[str, Dict]] = {}  # surface -> first candidate of each kind
        self.ambiguous: set = set()
        self.capital_of: Dict[str, str] = {}
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
        for s, row in best_city.items():
            self._add(s, ("city", row))
            if row.get("common_word"):
                self.ambiguous.add(s)
        for s, iso in self.capital_of.items():
            if s not in best_city:
                self._add(s, ("city", {"name": s, "country": iso, "capital": True}))
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
        for text in self.surface:
            self.matcher.add(text, text)
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
        matches = longest_first(self.matcher(doc))
        features = self._feature_places(doc, matches)
        if not matches and not features:
            return doc
        # the matches by their first and last token, for walking coordinations
        by_start = {s: (key, s, e) for key, s, e in matches}
        by_end = {e: (key, s, e) for key, s, e in matches}
        doc_isos = self._doc_isos(matches)
        out: List[Span] = []
        for text, s, e in matches:
            cands = self.surface.get(text, [])
            ent = self._resolve(doc, doc[s:e], text, cands, (by_start, by_end), doc_isos)
            if ent is not None:
                out.append(ent)
        for s, e in features:
            out.append(self._loc(doc, doc[s:e], doc[s:e].text, None))
        self._write(doc, out)
        return doc

    @staticmethod
    def _feature_places(doc: Doc, matches) -> List[Tuple[int, int]]:
        """Places the tables do not know, by the shape of their name: title-case words
        before a geographic feature word ("Second Thomas Shoal", "Chagos Islands", "Golan
        Heights") or after a feature prefix ("Lake Titicaca", "Mount Elbrus", "Gulf of
        Fonseca"). Known places, states and organisations win (matched before or later)."""
        cols = doc.to_array([ORTH, IS_TITLE])
        hits = positions_of(cols[:, 0], _FEATURE_ARRAY)
        if not hits:
            return []
        covered = set()
        for _, s, e in matches:
            covered.update(range(s, e))
        title = cols[:, 1].astype(bool).tolist()
        n = len(doc)
        out: List[Tuple[int, int]] = []
        last_end = 0

        def name_word(k: int) -> bool:
            return title[k] and k not in covered and doc[k].lower_ not in L.NON_NAME_WORDS \
                and doc[k].is_alpha
        for k in hits:
            if k < last_end or k in covered or not title[k]:
                continue
            word = doc[k].text
            start = end = None
            if word in FEATURE_SUFFIXES:
                j = k
                while j - 1 >= 0 and k - j < 3 and name_word(j - 1) and not doc[j - 1].is_sent_start:
                    j -= 1
                if j - 1 >= 0 and k - j < 3 and name_word(j - 1) and doc[j - 1].is_sent_start:
                    j -= 1
                if j < k:
                    start, end = j, k + 1
            if start is None and word in FEATURE_PREFIXES:
                j = k + 1
                if word in ("Gulf", "Sea", "Strait", "Straits", "Bay", "Isle") and j < n and doc[j].lower_ == "of":
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

    def _write(self, doc: Doc, new: List[Span]) -> None:
        if self.cfg.get("overwrite_ents"):
            doc.ents = filter_spans(new)
            return
        existing = list(doc.ents)
        taken = set()
        for e in existing:
            taken.update(range(e.start, e.end))
        keep = [s for s in new if not any(i in taken for i in range(s.start, s.end))]
        doc.ents = sorted(existing + keep, key=lambda s: s.start)

    def _doc_isos(self, matches) -> Counter:
        counts: Counter = Counter()
        for text, _, _ in matches:
            for kind, payload in self.surface.get(text, []):
                if kind in ("country", "demonym"):
                    counts[payload["iso3"]] += 1
                elif kind == "city" and payload.get("country"):
                    counts[payload["country"]] += 0.5
        return counts

    def _resolve(self, doc: Doc, span: Span, text: str, cands, neighbours, doc_isos) -> Optional[Span]:
        first = self._firsts.get(text)
        if first is None:
            first = {}
            for k, p in cands:
                first.setdefault(k, p)
            self._firsts[text] = first
        kinds = first.keys()
        if "block" in kinds:
            return None
        if len(first) == 1 and "gulf" in first:
            # "the Gulf" alone is the Persian Gulf; "Gulf of Aden", "Gulf states" are not this
            prev = doc[span.start - 1] if span.start > 0 else None
            nxt = doc[span.end] if span.end < len(doc) else None
            if prev is not None and prev.lower_ == "the" and (nxt is None or (nxt.lower_ != "of" and not nxt.is_title)):
                return self._loc(doc, span, "Persian Gulf", None)
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
                          and text not in self.capital_of)) and self._part_of_name(doc, span):
            return None
        if country is not None:
            isos = {p["iso3"] for k, p in cands if k == "country"}
            if len(isos) > 1:
                iso = self._pick(isos, doc_isos)
                if iso is None:
                    return None
            else:
                iso = country["iso3"]
            if region is not None and region.get("kind") == "us_state" and self._us_context(doc, span, doc_isos, iso):
                return self._loc(doc, span, region["name"], region.get("country"))
            return self._country(doc, span, iso)
        if bare is not None:
            iso = self._pick(set(bare["isos"]), doc_isos) or bare["isos"][0]
            if self._is_language_use(doc, span):
                return None
            return self._country(doc, span, iso)
        if demonym is not None:
            isos = {p["iso3"] for k, p in cands if k == "demonym"}
            iso = demonym["iso3"] if len(isos) == 1 else self._pick(isos, doc_isos)
            if iso is None or self._is_language_use(doc, span):
                return None
            return self._country(doc, span, iso)
        if city is not None:
            iso = city.get("country")
            cap_iso = self.capital_of.get(text)
            if ambiguous and not self._locative(doc, span):
                return None
            if cap_iso and cap_iso == iso and self.cfg.get("capital_metonymy", True):
                if self._stands_for_government(doc, span, *neighbours):
                    return self._country(doc, span, iso)
            return self._loc(doc, span, city.get("name", text), iso)
        if region is not None:
            if ambiguous and not self._locative(doc, span):
                return None
            return self._loc(doc, span, region["name"], region.get("country"))
        return None

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _country(doc: Doc, span: Span, iso: str) -> Span:
        ent = Span(doc, span.start, span.end, label="COUNTRY", kb_id=iso)
        set_span_values(ent, country=iso)
        return ent

    @staticmethod
    def _loc(doc: Doc, span: Span, name: str, iso: Optional[str]) -> Span:
        ent = Span(doc, span.start, span.end, label="LOC", kb_id=name or "")
        set_span_values(ent, country=iso)
        return ent

    @staticmethod
    def _pick(isos, doc_isos: Counter) -> Optional[str]:
        ranked = sorted(isos, key=lambda i: -doc_isos.get(i, 0))
        if len(ranked) > 1 and doc_isos.get(ranked[0], 0) == doc_isos.get(ranked[1], 0):
            return None
        return ranked[0]

    @staticmethod
    def _prev(doc: Doc, i: int, n: int = 1):
        j = i - n
        return doc[j] if j >= 0 else None

    def _part_of_name(self, doc: Doc, span: Span) -> bool:
        """A capitalised neighbour that is no title word makes the match part of a name."""
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha and nxt.lower_ not in L.TITLE_WORDS \
                and nxt.lower_ not in L.NON_NAME_WORDS and not nxt.is_sent_start:
            if self.surface.get(nxt.text) is None:
                return True
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.is_title and prev.is_alpha and not prev.is_sent_start \
                and prev.lower_ not in L.NON_NAME_WORDS and prev.lower_ not in L.TITLE_WORDS \
                and self.surface.get(prev.text) is None:
            return True
        return False

    @staticmethod
    def _is_language_use(doc: Doc, span: Span) -> bool:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–") and span.end + 1 < len(doc):
            if doc[span.end + 1].lower_ in L.LANGUAGE_AFTER:
                return True
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in L.LANGUAGE_BEFORE:
            # "in Russian" at a phrase end is the language; "in Russian media" is not
            if nxt is None or nxt.is_punct or nxt.lower_ in ("and", "or", "as", "by"):
                return True
        if nxt is not None and nxt.lower_ in L.LANGUAGE_AFTER:
            return True
        return False

    def _locative(self, doc: Doc, span: Span) -> bool:
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.lower_ in L.LOCATIVE_PREPS or prev.lower_ in L.PLACE_VERBS):
            return True
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            nxt = doc[span.end + 1]
            for kind, _ in self.surface.get(nxt.text, []):
                if kind in ("country", "region"):
                    return True
        return False

    def _us_context(self, doc: Doc, span: Span, doc_isos: Counter, iso: str) -> bool:
        window = doc[max(0, span.start - 8): min(len(doc), span.end + 8)]
        if any(t.text in US_CONTEXT for t in window):
            return True
        if span.start >= 2 and doc[span.start - 1].text == ",":
            for kind, payload in self.surface.get(doc[span.start - 2].text, []):
                if kind == "city" and payload.get("country") == "USA":
                    return True
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and doc[span.end].text == "," and nxt.text in ("USA", "US", "U.S."):
            return True
        if span.end < len(doc) and doc[span.end].lower_ in ("state", "governor"):
            return True
        return doc_isos.get("USA", 0) > 2 * doc_isos.get(iso, 0) + 1

    def _stands_for_government(self, doc: Doc, span: Span, by_start: Dict, by_end: Dict) -> bool:
        """Context rules of capital metonymy (see the module docstring); ``by_start`` /
        ``by_end`` map token positions to the document's matches ``(surface, start, end)``."""
        n = len(doc)
        # walk over a coordination "Moscow and Baku", "Moscow, Ankara and Baku", "Moscow–Baku"
        first, last = span.start, span.end
        dash_compound = False
        i = last
        while i < n and doc[i].text in _COORDINATION and i + 1 in by_start:
            dash_compound = dash_compound or doc[i].text in ("-", "–", "—", "/")
            last = by_start[i + 1][2]
            i = last
        i = first
        while i - 1 >= 0 and doc[i - 1].text in _COORDINATION and i - 1 in by_end:
            dash_compound = dash_compound or doc[i - 1].text in ("-", "–", "—", "/")
            first = by_end[i - 1][1]
            i = first
        prev = doc[first - 1] if first > 0 else None
        nxt = doc[span.end] if span.end < n else None
        # own place cues
        if prev is not None and (prev.lower_ in L.LOCATIVE_PREPS or prev.lower_ in L.PLACE_VERBS):
            if prev.lower_ in ("from", "to") and first >= 2 and \
                    (doc[first - 2].lemma_ or doc[first - 2].lower_).lower() in L.RESPONSE_NOUNS:
                return True  # "a sharp protest from Beijing", "protested to Ankara"
            if not (prev.lower_ in ("from", "to") and self._actor_verb_after(doc, last)):
                return False
        if prev is not None and prev.lower_ == "of" and first >= 2 and doc[first - 2].lower_ in L.PLACE_NOUNS:
            return False
        if nxt is not None and nxt.lower_ in L.PLACE_NOUNS:
            return False
        if nxt is not None and nxt.text == "," and span.end + 1 < n:
            for kind, _ in self.surface.get(doc[span.end + 1].text, []):
                if kind in ("country", "region"):
                    return False  # "Baku, Azerbaijan"
        if nxt is not None and nxt.text in ("'s", "'", "’s"):
            after = doc[span.end + 1] if span.end + 1 < n else None
            if after is not None and after.lower_ in L.PLACE_NOUNS:
                return False
            return True
        if dash_compound:
            return True
        if prev is not None and prev.lower_ in ("the", "a", "an") and first == span.start:
            return False  # attributive: "the Moscow talks", "a Baku court"
        # government cues
        if prev is not None and prev.lower_ in L.GOVERNMENT_PREPS:
            return True
        if prev is not None and prev.is_lower and (prev.lemma_ or prev.lower_).lower() in L.OBJECT_VERBS:
            return True  # "accused Kigali of", "thanked Moscow for", "could irritate Washington"
        # a subject followed by a present-tense verb: "Moscow values its relations",
        # "Baku and Moscow put a difficult year behind them"
        subject = first == 0 or doc[first].is_sent_start or (prev is not None and (
            prev.is_punct or prev.lower_ in ("and", "but", "while", "that", "as", "whereas", "because",
                                             "neither", "either", "both")))
        after = doc[last] if last < n else None
        # the subject of reported speech with a finite be/modal: "said Rabat was playing",
        # "insisted that Accra was not taking", "Neither Riyadh nor Abu Dhabi wants"
        reported = prev is not None and (prev.lower_ in L.SAY_VERBS or (
            prev.lower_ == "that" and first >= 2 and doc[first - 2].lower_ in L.SAY_VERBS))
        if (subject or reported) and after is not None and after.lower_ in _FINITE_AUX and \
                (reported or first < span.start or last > span.end or after.lower_ not in _BE_FORMS):
            return True  # "Cairo did not comment", "Tehran has long insisted"
        if subject and after is not None and after.is_lower and after.is_alpha \
                and after.lower_ not in L.PLACE_NOUNS and after.lower_ not in L.LOCATIVE_PREPS \
                and after.lower_ not in L.NON_NAME_WORDS:
            lemma = (after.lemma_ or after.lower_).lower()
            grouped = first < span.start or last > span.end
            # a coordination of states is a plural subject: any finite verb form follows it
            # ("Baku and Moscow put", "Moscow and Kyiv went ahead")
            if (after.lower_.endswith("s") and lemma + "s" == after.lower_) or grouped:
                return True
        if prev is not None and nxt is not None and nxt.lower_ == "to" and \
                (prev.lemma_ or prev.lower_).lower() in L.CAUSATIVE_VERBS:
            return True  # "prompting Athens to put its navy on alert"
        if self._actor_verb_after(doc, last):
            return True
        # coordinated with a state name
        for text, s, e in by_start.values():
            if s >= first and e <= last and s != span.start:
                for kind, _ in self.surface.get(text, []):
                    if kind in ("country", "demonym"):
                        return True
        return False

    def _actor_verb_after(self, doc: Doc, end: int) -> bool:
        i = end
        n = len(doc)
        steps = 0
        while i < n and steps < 4:
            tok = doc[i]
            low = tok.lower_
            lemma = tok.lemma_.lower() if tok.lemma_ else low
            if low in L.AUXILIARIES:
                i += 1
                steps += 1
                if low in ("has", "have", "had", "is", "was", "are", "were", "will", "would", "could",
                           "should", "may", "might", "must", "can", "cannot", "does", "did", "do"):
                    # "Moscow has long said": an auxiliary is itself good evidence
                    if i < n and (doc[i].lower_ in L.AUXILIARIES or doc[i].is_alpha):
                        continue
                continue
            if low.endswith("ly") and tok.is_alpha and steps < 3:
                i += 1
                steps += 1
                continue
            if steps == 0 and tok.is_lower and tok.is_alpha and low.endswith("ed") and lemma != low \
                    and low not in L.PLACE_NOUNS:
                return True  # "Washington lifted", "Minsk freed": a past-tense verb after a subject
            if tok.is_lower and tok.is_alpha and low.endswith("s") and lemma + "s" == low and lemma in L.ACTOR_VERBS_EXTRA:
                return True
            return lemma in L.ACTOR_VERBS or low in L.ACTOR_VERBS or (
                steps > 0 and tok.is_alpha and tok.is_lower and doc[i - 1].lower_ in
                ("has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "cannot", "does", "did")
            )
        return False


# geographic feature words: after a name ("Second Thomas Shoal") or before it ("Lake Chad")
FEATURE_SUFFIXES = frozenset(
    "Shoal Shoals Reef Reefs Island Islands Isles Atoll Archipelago Strait Straits River Mountains "
    "Range Hills Valley Desert Peninsula Canal Pass Plateau Basin Delta Falls Dam Glacier Heights "
    "Lagoon Cape Steppe Highlands Lowlands Crossing".split()
)
FEATURE_PREFIXES = frozenset("Lake Mount Mt. Cape Gulf Sea Strait Straits Bay Isle".split())
_FEATURE_ARRAY = numpy.asarray(sorted({hash_string(w) for w in FEATURE_SUFFIXES | FEATURE_PREFIXES}), dtype="uint64")
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
