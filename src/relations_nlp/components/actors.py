"""``relations_actors``: LEADER, PERSON and ORG entities.

- **Leaders** come from the dated leader table (``data/leaders.jsonl``): a name (full or
  an alias such as the surname) is a LEADER when its person held an office of the table
  on the document's date (``doc.user_data["date"]``, else today); otherwise PERSON with
  the canonical name. A title before the name ("President", "Foreign Minister") narrows
  the office; a surname shared by several people is resolved by an earlier full mention
  in the document, by the office held on the date, and left as PERSON when still
  ambiguous. Titles are never part of the span.
- **Organisations** come from ``data/orgs.jsonl`` (IGOs, state bodies, companies,
  universities, media) and from shape rules: ministries ("Foreign Ministry",
  "Ministry of Defence"), title-case names ending in an organisation word ("Valdai
  Discussion Club", "Ferghana Herald", "ADA University"), "University of X" and
  domain-style outlet names ("Caliber.Az"). A generic state body keeps an adjacent
  country apart and takes it as ``_.country`` ("Russian Foreign Ministry" -> COUNTRY
  `Russian` + ORG `Foreign Ministry`); a fixed name swallows the place in it
  ("Leningrad University"). A subordination tail ("... under the Government of the
  Russian Federation") is not part of the ORG name; its country becomes ``_.country``.
- **Persons** not in any table are found by title/role patterns ("Ambassador X",
  "analyst X Y"), bylines ("by X Y"), appositions ("X Y, associate professor at ..."),
  speech ("X Y said"), surname shapes (-ov, -yan, -shvili, ...), and later mentions of a
  found person's surname.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Dict, List, Optional, Tuple

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LOWER, ORTH, SENT_START, SPACY
from spacy.strings import hash_string
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import lexicon as L
from ..resources import read_json, read_table
from ..extensions import set_span_values
from .base import RulePipe, hash_texts, positions_of
from .gazetteer import Gazetteer

MEDIA_TLDS_DEFAULT = ("az", "ru", "com", "ge", "am", "kz", "uz", "kg", "tj", "ua", "by", "md", "tr", "ir", "org", "net", "info", "news")
DEFAULT_BODY_HEADS = ("Ministry", "Ministries", "Department", "Office", "Agency", "Service", "Committee", "Commission", "Council")
DEFAULT_ORG_SUFFIXES = (
    "University", "Institute", "Academy", "College", "Agency", "Company", "Corporation", "Corp", "Inc",
    "Ltd", "LLC", "Group", "Bank", "Foundation", "Center", "Centre", "Council", "Committee",
    "Commission", "Organization", "Organisation", "Association", "Union", "Federation", "Party",
    "Movement", "Front", "Fund", "Authority", "Service", "Office", "Forum", "Club", "Society",
    "Network", "News", "Press", "Times", "Post", "Herald", "Gazette", "Television", "TV", "Radio",
    "Airlines", "Airways", "Railways", "Ministry", "Assembly", "Parliament", "Court", "Tribunal",
    "Initiative", "Alliance", "Coalition", "Consortium", "Holding", "Holdings", "Partnership",
    "Institution", "Endowment", "Programme", "Program", "Review", "Journal", "Tribune", "Observer",
    "Monitor", "Chronicle", "Telegraph", "Express", "Daily", "Weekly", "Media", "Broadcasting",
    "Watch", "Circle", "Lab", "Bulletin", "Collective", "Cooperative", "Chamber", "Observatory",
    "Guild", "Syndicate", "Bureau", "Directorate", "Secretariat", "Caucus", "League", "Trust",
    "Board", "Consultancy", "Associates", "Analytics",
)
GENERIC_BODY_PREFIXES = frozenset(
    "foreign defence defense interior economy economic energy finance justice health education "
    "emergency emergencies agriculture culture transport digital trade labour labor industry "
    "environment ecology security intelligence border national state federal presidential "
    "internal external home".split()
)
TODAY = _dt.date.today
NAME_PARTICLES = frozenset("bin ibn al el de da van von der la le di du abu".split())
# leader titles by the hash of their last word: {hash: [(hashes of the title, role)]}
_TITLE_LAST: Dict[int, List[Tuple[Tuple[int, ...], str]]] = defaultdict(list)
for _title, _role in sorted(L.LEADER_TITLES.items(), key=lambda x: -len(x[0])):
    _TITLE_LAST[hash_string(_title[-1])].append((tuple(hash_string(w) for w in _title), _role))


def _parse_date(value) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and len(value) >= 4:
        text = value.strip()[:10]
        for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
            try:
                return _dt.datetime.strptime(text[:n], fmt).date()
            except ValueError:
                continue
    return TODAY()


def doc_date(doc: Doc) -> _dt.date:
    meta = doc.user_data.get("meta") if isinstance(doc.user_data.get("meta"), dict) else {}
    return _parse_date(doc.user_data.get("date") or meta.get("date"))


class ActorTagger(RulePipe):
    cfg_keys = ("person_shapes",)

    def __init__(self, nlp, name: str, *, person_shapes: bool = True, scorer=None):
        super().__init__(nlp, name, person_shapes=person_shapes)
        self.scorer = scorer

    # ------------------------------------------------------------------ set-up
    def _build(self) -> None:
        self.terms: Dict[str, List[Dict]] = defaultdict(list)  # surface -> leader terms
        self.person_terms: Dict[str, List[Dict]] = defaultdict(list)  # canonical name -> terms
        self.full_names: Dict[str, str] = {}  # surface -> canonical person, for multi-token forms
        self.weak_aliases: set = set()
        for row in read_table("leaders"):
            term = {
                "name": row["name"],
                "country": row["country"],
                "role": row["role"],
                "start": _parse_date(row.get("start") or "1900"),
                "end": _parse_date(row["end"]) if row.get("end") else None,
                "secondary": bool(row.get("secondary")),
            }
            for s in {row["name"], *row.get("aliases", [])}:
                self.terms[s].append(term)
            self.person_terms[row["name"]].append(term)
            for s in row.get("weak_aliases", []):
                self.weak_aliases.add(s)
        # headlines in capitals ("PUTIN, ALIYEV DISCUSS TIES"): the ALL-CAPS form of every
        # name and alias that needs no context (not the weak aliases, nothing of <= 3 letters)
        for surface in list(self.terms):
            upper = surface.upper()
            if upper != surface and len(surface) > 3 and surface not in self.weak_aliases \
                    and upper not in self.terms:
                self.terms[upper] = self.terms[surface]
        self.orgs: Dict[str, Dict] = {}
        self.ambiguous_orgs: set = set()
        for row in read_table("orgs"):
            full = row.get("full") if row.get("match_full", True) else ""
            for s in {row["name"], full or "", *row.get("aliases", [])}:
                if s and s not in self.orgs:
                    self.orgs[s] = row
            # only the listed forms are ambiguous ("Congress", not "US Congress")
            forms = row.get("ambiguous_forms")
            if forms is None and row.get("ambiguous"):
                forms = [row["name"], *row.get("aliases", [])]
            self.ambiguous_orgs.update(forms or [])
        for entry in self.learnt:
            if entry.get("label") == "ORG":
                self.orgs.setdefault(entry["text"], {"name": entry.get("kb_id") or "", "country": entry.get("country")})
            elif entry.get("label") == "PERSON":
                self.full_names.setdefault(entry["text"], entry.get("kb_id") or "")
            elif entry.get("label") == "LEADER" and entry["text"] not in self.terms:
                self.full_names.setdefault(entry["text"], entry.get("kb_id") or "")
        patterns = read_json("org_patterns") or {}
        self.body_heads = set(patterns.get("body_heads_single", DEFAULT_BODY_HEADS))
        self.org_suffixes = set(DEFAULT_ORG_SUFFIXES) | set(patterns.get("org_suffixes", []))
        self.tlds = {t.lower() for t in patterns.get("media_domain_tlds", MEDIA_TLDS_DEFAULT)}
        self.matcher = Gazetteer(self.nlp.tokenizer)
        for kind, table in (("L", self.terms), ("O", self.orgs), ("P", self.full_names)):
            for s in table:
                self.matcher.add(s, f"{kind}|{s}")
        self.matcher.freeze()

    def initialize(self, get_examples=None, *, nlp=None, entries: Optional[List[Dict]] = None):
        """Learn ORG/PERSON names from training examples (and ``entries``)."""
        self.learn_entities(get_examples, ("ORG", "PERSON"),
                            lambda text: text in self.orgs or text in self.terms, entries)

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        self.ensure_ready()
        date = doc_date(doc)
        existing = list(doc.ents)
        self._countries_by_end = {x.end: x for x in existing if x.label_ == "COUNTRY"}
        self._countries_by_start = {x.start: x for x in existing if x.label_ == "COUNTRY"}
        cols = doc.to_array([IS_TITLE, IS_UPPER, LOWER, ORTH, SPACY, SENT_START])
        capital = (cols[:, 0] | cols[:, 1]).astype(bool)
        self._capital = capital.tolist()
        self._capital_idx = numpy.flatnonzero(capital).tolist()
        self._low = cols[:, 2].tolist()
        orth = cols[:, 3]
        strings = self.vocab.strings
        # a plain-list view of the token attributes the shape rules read (no Token objects)
        self._view = (cols[:, 0].astype(bool).tolist(), cols[:, 1].astype(bool).tolist(),
                      hash_texts(strings, self._low), hash_texts(strings, orth.tolist()),
                      cols[:, 4].astype(bool).tolist(), (cols[:, 5].astype("int64") == 1).tolist())
        taken = {}
        for e in existing:
            for i in range(e.start, e.end):
                taken[i] = e
        raw = self.matcher(doc)
        # longest first
        raw.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
        new: List[Span] = []
        used = set()
        resolved_people: Dict[str, Dict] = {}  # surface -> term of a person already resolved

        def free(s: int, e: int, allow_loc: bool = False, allow_country: bool = False) -> bool:
            for i in range(s, e):
                if i in used:
                    return False
                ent = taken.get(i)
                if ent is not None:
                    if ent.label_ == "LOC" and allow_loc:
                        continue
                    if ent.label_ == "COUNTRY" and allow_country:
                        continue
                    return False
            return True

        def claim(span: Span) -> None:
            new.append(span)
            used.update(range(span.start, span.end))

        # 1. gazetteer organisations (a fixed name may swallow places in it)
        for key, s, e in raw:
            kind, surface = key.split("|", 1)
            if kind != "O":
                continue
            row = self.orgs[surface]
            if surface in self.ambiguous_orgs and not self._org_context(doc, s, e):
                continue
            s2, e2, tail_iso = self._trim_subordination(doc, s, e)
            if not free(s2, e2, allow_loc=True, allow_country=True):
                continue
            claim(self._org(doc, s2, e2, row.get("name") or "", row.get("country") or tail_iso))
            self._drop_inside(taken, s2, e2)
        # 2. leaders and known people (full names first thanks to the sort)
        for key, s, e in raw:
            kind, surface = key.split("|", 1)
            if kind not in ("L", "P") or not free(s, e, allow_loc=(e - s) > 1):
                continue
            if kind == "P":
                claim(self._person(doc, s, e, self.full_names[surface]))
                self._drop_inside(taken, s, e)
                continue
            if (e - s) == 1 and surface in self.weak_aliases and not self._title_before(doc, s) \
                    and surface not in resolved_people:
                continue
            if (e - s) == 1 and doc[s].is_sent_start and surface in self.weak_aliases:
                continue
            if (e - s) == 1 and s > 0 and self._foreign_first_name(doc, s, surface, taken, used):
                # "Chad Smith", "Aghakazim Guliyev": the surname of a leader after another
                # first name is somebody else
                if free(s - 1, e):
                    claim(self._person(doc, s - 1, e, ""))
                    self._drop_inside(taken, s - 1, e)
                continue
            other = self._other_person_after(s, e, surface, taken, used) if (e - s) == 1 else None
            if other is not None:
                # "Pavel Dorogin", "Lee Dong-hoon": a leader's surname used as somebody
                # else's first name
                if free(s, other):
                    claim(self._person(doc, s, other, ""))
                    self._drop_inside(taken, s, other)
                continue
            span = self._resolve_leader(doc, s, e, surface, date, resolved_people)
            if span is not None:
                claim(span)
                self._drop_inside(taken, s, e)
        # 3. shape rules for organisations and persons
        for s, e, kb, iso in self._org_shapes(doc, taken, used):
            if free(s, e, allow_loc=True, allow_country=True):
                claim(self._org(doc, s, e, kb, iso))
                self._drop_inside(taken, s, e)
        for s, e in self._person_shapes(doc, taken, used):
            if free(s, e, allow_loc=(e - s) > 1):
                claim(self._person(doc, s, e, ""))
                self._drop_inside(taken, s, e)
        # later mentions of a found person's surname
        surnames = {}
        for span in new:
            if span.label_ == "PERSON" and len(span) > 1:
                surnames[span[-1].text] = span.kb_id_
        if surnames:
            keys = numpy.asarray(sorted({hash_string(x) for x in surnames}), dtype="uint64")
            for i in positions_of(orth, keys):
                if i not in used and i not in taken:
                    claim(self._person(doc, i, i + 1, surnames[doc[i].text]))
        kept = [e for e in existing if all(taken.get(i) is e for i in range(e.start, e.end))]
        doc.ents = sorted(filter_spans(kept + new), key=lambda x: x.start)
        return doc

    # ------------------------------------------------------------------ leaders
    def _resolve_leader(self, doc, s, e, surface, date, resolved) -> Optional[Span]:
        terms = self.terms[surface]
        role = self._title_before(doc, s)
        people = {t["name"] for t in terms}
        if surface in resolved and resolved[surface]["name"] in people:
            person = resolved[surface]["name"]
        elif len(people) == 1:
            person = next(iter(people))
        else:
            in_office = {t["name"] for t in terms if self._in_office(t, date) and (role is None or t["role"] == role)}
            if len(in_office) == 1:
                person = next(iter(in_office))
            else:
                in_office_any = {t["name"] for t in terms if self._in_office(t, date)}
                if len(in_office_any) == 1 and role is None:
                    person = next(iter(in_office_any))
                else:
                    return self._person(doc, s, e, "")
        own = [t for t in self.person_terms.get(person, terms) if self._in_office(t, date)]
        if role is not None and any(t["role"] == role for t in own):
            own = [t for t in own if t["role"] == role]
        # remember the person for later short mentions ("Putin" after "Vladimir Putin")
        for t in self.terms.get(surface, []):
            if t["name"] == person:
                resolved[surface] = t
        if (e - s) > 1:
            last = doc[e - 1].text
            for t in self.terms.get(last, []):
                if t["name"] == person:
                    resolved[last] = t
        if not own:
            return self._person(doc, s, e, person)
        rank = {"president": 0, "king": 0, "queen": 0, "emir": 0, "sultan": 0, "supreme leader": 0,
                "prime minister": 1, "chancellor": 1, "foreign minister": 2}
        # a monarch's own realm first (Charles III: GBR before the other realms)
        term = sorted(own, key=lambda t: (t.get("secondary", False), rank.get(t["role"], 3)))[0]
        span = Span(doc, s, e, label="LEADER", kb_id=person)
        set_span_values(span, country=term["country"], role=term["role"])
        return span

    def _foreign_first_name(self, doc: Doc, s: int, surface: str, taken, used) -> bool:
        prev = doc[s - 1]
        if not (prev.is_title and prev.is_alpha) or prev.lower_ in L.NON_NAME_WORDS \
                or prev.lower_ in L.TITLE_WORDS or prev.lower_ in L.PERSON_TITLES:
            return False
        if (s - 1) in taken or (s - 1) in used:
            return False
        own = {t["name"] for t in self.terms[surface]}
        return not any(name.startswith(prev.text + " ") or f" {prev.text} " in name for name in own)

    def _other_person_after(self, s: int, e: int, surface: str, taken, used) -> Optional[int]:
        """End of a name that continues a one-word leader alias with words that are not
        part of that leader's names ("Pavel Dorogin" is not President Petr Pavel), else None."""
        T, U, LW, TX, WS, SS = self._view
        n = len(TX)
        j = e
        while j < n and j - e < 3 and j not in taken and j not in used and (
                (T[j] and TX[j].isalpha() and LW[j] not in L.NON_NAME_WORDS and LW[j] not in L.TITLE_WORDS
                 and LW[j] not in L.PERSON_TITLES)
                or (TX[j] == "-" and not WS[j - 1] and not WS[j] and j + 1 < n and TX[j + 1].isalpha())):
            j += 2 if TX[j] == "-" else 1
        if j == e or TX[e] == "-":
            return None
        if any(TX[e] in t["name"].split(" ") for t in self.terms[surface]):
            return None  # the leader's own name in another order ("Aliyev Ilham")
        return j

    @staticmethod
    def _in_office(term: Dict, date: _dt.date) -> bool:
        return term["start"] <= date and (term["end"] is None or date <= term["end"])

    def _title_before(self, doc: Doc, s: int) -> Optional[str]:
        """The leader role a title right before token ``s`` implies ("President")."""
        low = self._low
        if s == 0 or low[s - 1] not in _TITLE_LAST:
            return None
        for title, role in _TITLE_LAST[low[s - 1]]:
            n = len(title)
            if s - n >= 0 and tuple(low[s - n:s]) == title:
                return role
        return None

    # ------------------------------------------------------------------ orgs
    def _org(self, doc, s, e, kb, iso) -> Span:
        span = Span(doc, s, e, label="ORG", kb_id=kb or "")
        if iso is None:
            iso = self._adjacent_country(doc, s, e)
        set_span_values(span, country=iso, role=None)
        return span

    def _adjacent_country(self, doc: Doc, s: int, e: int) -> Optional[str]:
        """ISO3 of a COUNTRY right before ("Russian Foreign Ministry", "Azerbaijan's
        Foreign Ministry") or after ("Ministry of Defence of Azerbaijan")."""
        ents = self._countries_by_end
        j = s
        if j > 0 and doc[j - 1].text in ("'s", "’s", "'"):
            j -= 1
        if j in ents:
            return ents[j].kb_id_
        starts = self._countries_by_start
        k = e
        if k < len(doc) and doc[k].lower_ == "of":
            k += 1
            if k < len(doc) and doc[k].lower_ == "the":
                k += 1
            if k in starts:
                return starts[k].kb_id_
        return None

    def _trim_subordination(self, doc: Doc, s: int, e: int) -> Tuple[int, int, Optional[str]]:
        for i in range(s + 1, e):
            if doc[i].lower_ == "under":
                iso = None
                for start, ent in self._countries_by_start.items():
                    if i < start < e:
                        iso = ent.kb_id_
                return s, i, iso
        return s, e, None

    @staticmethod
    def _drop_inside(taken: Dict, s: int, e: int) -> None:
        """Forget existing ents that overlap a new span (the new span replaces them)."""
        victims = {id(taken[i]): taken[i] for i in range(s, e) if i in taken}
        for ent in victims.values():
            for i in range(ent.start, ent.end):
                if taken.get(i) is ent:
                    del taken[i]

    def _org_context(self, doc: Doc, s: int, e: int) -> bool:
        prev = doc[s - 1].lower_ if s > 0 else ""
        nxt = doc[e].lower_ if e < len(doc) else ""
        if doc[s].is_sent_start and not doc[s].is_upper:
            return False
        return prev in ("told", "to", "reported", "reports", "according", "cited", "quoted", "via", "by") \
            or nxt in ("reported", "reports", "news", "agency", "said", "cited", "quoted", "learned", "learnt")

    def _org_shapes(self, doc: Doc, taken: Dict, used: set):
        """Ministries, title-case names ending in an organisation word, "University of X",
        domain-style media names."""
        n = len(doc)
        out = []
        T, U, LW, TX, WS, SS = self._view
        i = 0
        for cand in self._capital_idx:
            if cand < i:
                continue
            i = cand
            # domain-style names: Caliber.Az, News.az, Report.az
            if T[i] and i + 2 < n and TX[i + 1] == "." and not WS[i] \
                    and not WS[i + 1] and LW[i + 2] in self.tlds:
                out.append((i, i + 3, "", None))
                i += 3
                continue
            # "Ministry of Foreign Affairs (and Trade)", "University of Tehran"
            if TX[i] in ("Ministry", "University", "Department", "Bank", "Council", "Institute",
                            "Academy", "Office", "Agency", "Embassy", "Consulate") and i + 2 < n \
                    and LW[i + 1] == "of" and T[i + 2]:
                j = i + 2
                while j < n and (T[j] or (LW[j] in ("and", "&") and j + 1 < n and T[j + 1])):
                    if j in taken and taken[j].label_ == "COUNTRY" and TX[i] in ("Ministry", "Embassy", "Consulate", "Department", "Office", "Agency", "Council"):
                        break
                    j += 1
                start = i
                while start - 1 >= 0 and T[start - 1] and LW[start - 1] in GENERIC_BODY_PREFIXES:
                    start -= 1
                if j > i + 2:
                    out.append((start, j, "", None))
                    i = j
                    continue
            # title-case run ending in an organisation word
            if T[i] or U[i]:
                j = i
                last_suffix = -1
                while j < n and (T[j] or U[j] or (LW[j] in ("of", "for", "and", "&", "on") and j + 1 < n and T[j + 1])):
                    if TX[j] in self.org_suffixes or TX[j] in self.body_heads:
                        last_suffix = j
                    if LW[j] in L.NON_NAME_WORDS and LW[j] not in ("of", "for", "and", "&", "on"):
                        break
                    j += 1
                if last_suffix >= i:
                    start = i
                    # a sentence-initial function word is not part of the name
                    while start < last_suffix and (LW[start] in L.NON_NAME_WORDS or LW[start] in ("the",)):
                        start += 1
                    # a leading country adjective of a generic state body stays a COUNTRY
                    head = TX[last_suffix]
                    generic = all(LW[k] in GENERIC_BODY_PREFIXES or TX[k] in self.body_heads
                                  or LW[k] in ("of", "and", "affairs")
                                  for k in range(start, last_suffix + 1) if not (k in taken and taken[k].label_ == "COUNTRY"))
                    if generic:
                        while start < last_suffix and start in taken and taken[start].label_ == "COUNTRY":
                            start += 1
                        if start == last_suffix and head not in self.body_heads and head not in ("Parliament", "Government", "Assembly"):
                            i = last_suffix + 1
                            continue
                    end = last_suffix + 1
                    # "Ministry of Defence", "University of Tehran", "Center for Strategic
                    # Studies", "Council on Foreign Relations": an of/for/on-complement of
                    # title-case words belongs to the name (not "Council on Monday"); a
                    # state body stops before a country ("Ministry of Foreign Affairs of
                    # Kazakhstan")
                    while end + 1 < n and T[end + 1] and (LW[end] == "of" or (
                            LW[end] in ("for", "on") and LW[end + 1] not in L.NON_NAME_WORDS)):
                        k = end + 1
                        if generic and k in taken and taken[k].label_ == "COUNTRY":
                            break
                        while k < n and (T[k] or (LW[k] in ("and", "&") and k + 1 < n and T[k + 1])):
                            if generic and k in taken and taken[k].label_ == "COUNTRY":
                                break
                            k += 1
                        end = k
                    if end - start >= 2 or head in self.body_heads:
                        if not (end - start == 1 and SS[start]):
                            out.append((start, end, "", None))
                    i = end
                    continue
                i = max(j, i + 1)
                continue
            i += 1
        return out

    # ------------------------------------------------------------------ persons
    def _person(self, doc, s, e, kb) -> Span:
        span = Span(doc, s, e, label="PERSON", kb_id=kb or "")
        set_span_values(span, country=None, role=None)
        return span

    def _person_shapes(self, doc: Doc, taken: Dict, used: set):
        if not self.cfg.get("person_shapes", True):
            return []
        n = len(doc)
        out = []
        T, U, LW, TX, WS, SS = self._view

        def name_token(k: int) -> bool:
            text = TX[k]
            return (T[k] or (text[:1].isupper() and text.isalpha() and not U[k])) and len(text) > 1 \
                and k not in taken and LW[k] not in L.NON_NAME_WORDS and LW[k] not in L.TITLE_WORDS \
                and LW[k] not in L.PERSON_TITLES

        skip = -1
        for i in self._capital_idx:
            if i < skip or i in used or not name_token(i):
                continue
            j = i
            while j < n and j - i < 5 and j not in used:
                if name_token(j):
                    j += 1
                elif LW[j] in NAME_PARTICLES and j + 1 < n and (
                        name_token(j + 1) or (TX[j + 1] == "-" and j + 2 < n and name_token(j + 2))):
                    j += 1  # "bin Salman", "al-Harbi"
                elif TX[j] == "-" and j > i and not WS[j - 1] and not WS[j] and j + 1 < n \
                        and j + 1 not in taken and TX[j + 1].isalpha():
                    j += 2  # "Chen Yu-ting", "Park Sun-hee", "Jean-Robert"
                else:
                    break
            if j > i and self._is_person(doc, i, j, taken):
                out.append((i, j))
            skip = max(j, i + 1)
        return out

    def _is_person(self, doc: Doc, s: int, e: int, taken: Dict) -> bool:
        n = len(doc)
        T, U, LW, TX, WS, SS = self._view
        prev = LW[s - 1] if s > 0 else None
        nxt = LW[e] if e < n else None
        length = e - s
        # title / role word before the name: "Ambassador Ivanov", "analyst Ruslan Safarov"
        if prev is not None and prev in L.PERSON_TITLES:
            return True
        # byline "By Aghakazim Guliyev"
        if prev == "by" and length >= 2:
            return True
        if length < 2:
            return False
        # "Selin Karaca of the Anatolian Policy Centre", "according to Yonas Gebremariam"
        if nxt == "of" and e + 2 < n and LW[e + 1] == "the" and (T[e + 2] or U[e + 2]):
            return True
        if prev == "to" and s >= 2 and LW[s - 2] == "according":
            return True
        # apposition "Ruslan Safarov, associate professor at ..."
        if nxt == "," and e + 1 < n and LW[e + 1] in L.ROLE_AFTER_COMMA:
            return True
        # speech "X Y said" / "said X Y"
        if nxt in L.SPEECH_VERBS or prev in L.SPEECH_VERBS:
            return True
        # surname shape ("-ov", "-yan", "-shvili" ...)
        return LW[e - 1].endswith(L.SURNAME_ENDINGS)


@Language.factory(
    "relations_actors",
    assigns=["doc.ents", "span._.country", "span._.role"],
    requires=["token.is_sent_start"],
    default_config={"person_shapes": True, "scorer": {"@scorers": "relations_nlp.entity_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_actors(nlp: Language, name: str, person_shapes: bool, scorer):
    return ActorTagger(nlp, name, person_shapes=person_shapes, scorer=scorer)
