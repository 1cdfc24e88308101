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

The hot path makes no ``Token`` or ``Span`` objects: the rules read plain lists made
from one ``to_array`` call (title case, all caps, and the ``ORTH`` / ``LOWER`` ids, which
they compare with id sets made once, ``_ids``), and a ``base.TokenView`` for the few
texts they need; entities are ``(start, end, label, kb_id, ent_id)`` tuples, read and
written with ``base.read_ents`` / ``base.write_ents`` and ``base.write_span_values``
(the same annotation as ``Span`` objects and ``doc.ents``).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from typing import Dict, FrozenSet, List, Optional, Tuple

import numpy
from spacy.attrs import IS_TITLE, IS_UPPER, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon as L
from ..resources import read_json, read_table
from .base import (HashTable, LexAttrs, RulePipe, TokenView, in_headline, read_ents, write_ents,
                   write_span_values)
from .gazetteer import Gazetteer

MEDIA_TLDS_DEFAULT = ("az", "ru", "com", "ge", "am", "kz", "uz", "kg", "tj", "ua", "by", "md", "tr", "ir", "org", "net", "info", "news")
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
    "internal external home coast armed air naval land ground military revolutionary".split()
)
TODAY = _dt.date.today
NAME_PARTICLES = frozenset("bin ibn al el de da van von der la le di du abu".split())
# leader titles by the hash of their last word: {hash: [(hashes of the title, role)]}
_TITLE_LAST: Dict[int, List[Tuple[Tuple[int, ...], str]]] = defaultdict(list)
for _title, _role in sorted(L.LEADER_TITLES.items(), key=lambda x: -len(x[0])):
    _TITLE_LAST[get_string_id(_title[-1])].append((tuple(get_string_id(w) for w in _title), _role))


def _ids(words) -> FrozenSet[int]:
    """The string ids of ``words``: the values of the ``ORTH`` / ``LOWER`` columns of
    tokens with these texts (``StringStore.add`` values), so ``id in _ids(words)`` is
    ``text in words``."""
    return frozenset(get_string_id(w) for w in words)


# The shape rules compare token ids (ORTH / LOWER columns) with these id sets, not texts.
_OF, _THE, _BY, _TO, _ACCORDING, _UNDER, _COMMA, _HYPHEN, _DOT = (
    get_string_id(w) for w in ("of", "the", "by", "to", "according", "under", ",", "-", "."))
_POSSESSIVE = _ids(("'s", "’s", "'"))
_APOSTROPHES = _ids(("'", "’"))
_JOINTS = _ids(("-", "'", "’", "'s", "’s"))
_POSSESSIVE_S = _ids(("'s", "’s"))
_AND = _ids(("and", "&"))
_FOR_ON = _ids(("for", "on"))
_OF_FOR = _ids(("of", "for"))
_RUN_LINKS = _ids(("of", "for", "and", "&", "on"))  # lowercase words inside a title-case name
_GENERIC_BODY_LINKS = _ids(("of", "and", "affairs"))
_BODIES_OF = _ids(("Ministry", "University", "Department", "Bank", "Council", "Institute", "Academy", "Office",
                   "Agency", "Embassy", "Consulate"))  # "... of X"
_STATE_BODIES_OF = _ids(("Ministry", "Embassy", "Consulate", "Department", "Office", "Agency", "Council"))
_PATRONYMIC = _ids(("bin", "ibn", "bint", "binti", "ben", "ould", "abu"))
_LEGISLATURES = _ids(("Parliament", "Government", "Assembly"))
_ORG_CUES_BEFORE = _ids(("told", "to", "reported", "reports", "according", "cited", "quoted", "via", "by"))
_ORG_CUES_AFTER = _ids(("reported", "reports", "news", "agency", "said", "cited", "quoted", "learned", "learnt"))
_NON_NAME = _ids(L.NON_NAME_WORDS)
_MEDIA_NOUNS = _ids(L.MEDIA_NOUNS)
_ROMANCE_LINKS = _ids(L.NAME_LINKS_ROMANCE)
_AFFIL_AT = _ids(L.AFFILIATION_BEFORE_AT)
_AFFIL_IN_FOR = _ids(L.AFFILIATION_BEFORE_IN_FOR)
_AT, _IN, _FOR, _NEWS = (get_string_id(w) for w in ("at", "in", "for", "news"))
_TOLD_BY = _ids(("told", "by", "cited"))
_WITH = get_string_id("with")
_INTERVIEW = _ids(("interview", "interviews", "conversation"))
_PLACE_PREPS = _ids(L.PLACE_PREPS)
_PLACE_HEADS = _ids(L.PLACE_HEAD_NOUNS)
_PLACE_MODIFIERS = _ids(L.PLACE_HEAD_MODIFIERS)
_NOT_PLACES = _ids(L.NOT_PLACES)
_HEADLINE_VERBS = _ids(L.HEADLINE_VERBS)
_REGIONAL = _ids(L.REGIONAL_ADJECTIVES)
_IN_ID = get_string_id("in")
_PREPOSITIONS = _ids(L.LOCATIVE_PREPS | {"along", "amid", "despite", "until", "over", "with", "on", "by", "for", "of"})
_TITLE_WORDS = _ids(L.TITLE_WORDS)
_PERSON_TITLES = _ids(L.PERSON_TITLES)
_ROLE_AFTER_COMMA = _ids(L.ROLE_AFTER_COMMA)
_SPEECH_VERBS = _ids(L.SPEECH_VERBS)
_NAME_PARTICLES = _ids(NAME_PARTICLES)
_GENERIC_BODY_PREFIXES = _ids(GENERIC_BODY_PREFIXES)
# the office that names a leader's country first
_ROLE_RANK = {"president": 0, "king": 0, "queen": 0, "emir": 0, "sultan": 0, "supreme leader": 0,
              "prime minister": 1, "chancellor": 1, "foreign minister": 2}
# entity labels as the ints of the entity columns
_COUNTRY, _LOC, _PERSON, _LEADER_ID = (get_string_id(label) for label in ("COUNTRY", "LOC", "PERSON", "LEADER"))


# "2024-03-14" / "2024": parsed by hand where ``strptime`` would give the same date
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ISO_YEAR = re.compile(r"[0-9]{4}")


def _parse_date(value) -> _dt.date:
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str) and len(value) >= 4:
        text = value.strip()[:10]
        try:  # (an invalid date raises ValueError as strptime would, and gets the formats below)
            if _ISO_DAY.fullmatch(text):
                return _dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
            if _ISO_YEAR.fullmatch(text):
                return _dt.date(int(text), 1, 1)
        except ValueError:
            pass
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
        # a leading article is never part of a span: "The Times" is matched as "Times"; a
        # one-word rest is a common word or a name of other things ("Times", "Guardian",
        # "Hindu", "Economist"), so it needs a news context ("the Times reported")
        for surface in [s for s in self.orgs if s.startswith(("The ", "the ", "THE "))]:
            row = self.orgs.pop(surface)
            rest = surface[4:]
            if rest and rest not in self.orgs:
                self.orgs[rest] = row
                if " " not in rest:
                    self.ambiguous_orgs.add(rest)
        for entry in self.learnt:
            if entry.get("label") == "ORG":
                self.orgs.setdefault(entry["text"], {"name": entry.get("kb_id") or "", "country": entry.get("country")})
            elif entry.get("label") == "PERSON":
                self.full_names.setdefault(entry["text"], entry.get("kb_id") or "")
            elif entry.get("label") == "LEADER" and entry["text"] not in self.terms:
                self.full_names.setdefault(entry["text"], entry.get("kb_id") or "")
        self._lex: Dict[int, LexAttrs] = {}  # ORTH hash -> lexical attributes (see TokenView)
        patterns = read_json("org_patterns") or {}
        # one-word heads of generic state bodies ("Ministry", "Forces") for the shape rules, and
        # the generic bodies themselves ("Foreign Ministry", "Border Guard Service", "Senate"):
        # an ORG of the country next to them ("Russian Foreign Ministry" -> Russian + Foreign Ministry)
        self.body_heads = set(patterns.get("body_head_words", ()))
        self.bodies = set(patterns.get("body_heads", ())) | set(patterns.get("body_nouns", ()))
        self.org_suffixes = set(DEFAULT_ORG_SUFFIXES) | set(patterns.get("org_suffixes", []))
        self.tlds = {t.lower() for t in patterns.get("media_domain_tlds", MEDIA_TLDS_DEFAULT)}
        self._body_head_ids, self._suffix_ids, self._tld_ids = _ids(self.body_heads), _ids(self.org_suffixes), \
            _ids(self.tlds)
        self._media_table = HashTable(list(_MEDIA_NOUNS))
        self.matcher = Gazetteer(self.nlp.tokenizer)
        # key "L|<surface>": a leader's name, "O|...": an organisation, "P|...": a person
        self.matcher.update((s, f"{kind}|{s}") for kind, table in (("L", self.terms), ("O", self.orgs),
                                                                    ("P", self.full_names), ("B", self.bodies))
                            for s in table)
        self.matcher.freeze()

    def initialize(self, get_examples=None, *, nlp=None, entries: Optional[List[Dict]] = None):
        """Learn ORG/PERSON names from training examples (and ``entries``)."""
        self.learn_entities(get_examples, ("ORG", "PERSON"),
                            lambda text: text in self.orgs or text in self.terms, entries)

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        self.ensure_ready()
        date = doc_date(doc)
        if len(doc) == 0:
            return doc
        # entities are (start, end, label, kb_id, ent_id) tuples of ints, not Spans
        existing, ent_cols = read_ents(doc)
        self._countries_by_end = {x[1]: x for x in existing if x[2] == _COUNTRY}
        self._countries_by_start = {x[0]: x for x in existing if x[2] == _COUNTRY}
        cols = doc.to_array([ORTH, LOWER, IS_TITLE, IS_UPPER])
        orth = cols[:, 0]
        col = orth.tolist()
        tokens = self._tokens = TokenView(doc, col, self._lex)
        # plain-list views of the token attributes the shape rules read (no Token objects):
        # title case, all caps, and the LOWER / ORTH ids (compared with the id sets ``_ids``
        # makes); whitespace and sentence starts, rarely read, are asked per position, and
        # so are the texts (``tokens[i].text``)
        self._view = (cols[:, 2].astype(bool).tolist(), cols[:, 3].astype(bool).tolist(), cols[:, 1].tolist(), col,
                      tokens.has_space, tokens.is_sent_start)
        self._capital_idx = numpy.flatnonzero(cols[:, 2] | cols[:, 3]).tolist()
        self._lower_arr = cols[:, 1]
        self._headline: Dict[int, bool] = {}  # position -> in a title-case headline, when first asked
        self._values: List[tuple] = []  # (start, end, country, role) of the new entities, see ``_span``
        taken = {i: e for e in existing for i in range(e[0], e[1])}
        raw = self.matcher.find(orth, col)
        # longest first
        raw.sort(key=lambda x: (-(x[2] - x[1]), x[1]))
        new: List[Tuple[int, int, int, int, int]] = []
        used = set()
        dropped = set()  # ids of the existing ents a new one replaces
        resolved_people: Dict[str, Dict] = {}  # surface -> term of a person already resolved

        def free(s: int, e: int, allow_loc: bool = False, allow_country: bool = False) -> bool:
            for i in range(s, e):
                if i in used:
                    return False
                ent = taken.get(i)
                if ent is not None:
                    if ent[2] == _LOC and allow_loc:
                        continue
                    if ent[2] == _COUNTRY and allow_country:
                        continue
                    return False
            return True

        def claim(span: Tuple[int, int, int, int, int]) -> None:
            new.append(span)
            used.update(range(span[0], span[1]))

        # 1. gazetteer organisations (a fixed name may swallow places in it)
        for key, s, e in raw:
            kind, surface = key[0], key[2:]
            if kind != "O":
                continue
            row = self.orgs[surface]
            if surface in self.ambiguous_orgs and not self._org_context(s, e):
                continue
            s2, e2, tail_iso = self._trim_subordination(s, e)
            if not free(s2, e2, allow_loc=True, allow_country=True):
                continue
            claim(self._org(s2, e2, row.get("name") or "", row.get("country") or tail_iso))
            self._drop_inside(taken, dropped, s2, e2)
        # 1b. generic state bodies, apart from the country next to them
        for key, s, e in raw:
            if key[0] == "B" and free(s, e) and self._generic_body(s, e, taken):
                claim(self._org(s, e, "", None))
        # 2. leaders and known people (full names first thanks to the sort)
        LO = self._view[2]
        for key, s, e in raw:
            kind, surface = key[0], key[2:]
            # a full name may contain a country word as a surname ("Luís Montenegro"), not
            # as a realm ("Felipe VI of Spain" keeps Spain a COUNTRY); a surname alone is
            # the person once the full name was seen ("... Montenegro told reporters")
            surname_country = kind == "L" and (
                ((e - s) > 1 and _OF not in LO[s:e]) or ((e - s) == 1 and surface in resolved_people))
            if kind not in ("L", "P") or not free(s, e, allow_loc=(e - s) > 1, allow_country=surname_country):
                continue
            if kind == "P":
                claim(self._person(s, e, self.full_names[surface]))
                self._drop_inside(taken, dropped, s, e)
                continue
            if (e - s) == 1 and surface in self.weak_aliases and not self._title_before(s) \
                    and surface not in resolved_people:
                continue
            if (e - s) == 1 and tokens.is_sent_start(s) and surface in self.weak_aliases:
                continue
            if (e - s) == 1 and s > 0 and LO[s - 1] in _PATRONYMIC:
                continue  # "Abdulaziz bin Salman": a father's name inside another person's name
            if (e - s) == 1 and s > 0 and self._foreign_first_name(s, surface, taken, used):
                # "Chad Smith", "Aghakazim Guliyev": the surname of a leader after another
                # first name is somebody else
                if free(s - 1, e):
                    claim(self._person(s - 1, e, ""))
                    self._drop_inside(taken, dropped, s - 1, e)
                continue
            other = self._other_person_after(s, e, surface, taken, used) if (e - s) == 1 else None
            if other is not None:
                # "Pavel Dorogin", "Lee Dong-hoon": a leader's surname used as somebody
                # else's first name
                if free(s, other):
                    claim(self._person(s, other, ""))
                    self._drop_inside(taken, dropped, s, other)
                continue
            # a first name before a surname that several leaders share picks the person
            # and belongs to the span ("Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov")
            first = self._first_name_of(s, surface, taken, used) if (e - s) == 1 else None
            if first is not None:
                s -= 1
            span = self._resolve_leader(s, e, surface, date, resolved_people, person=first)
            if span is not None:
                claim(span)
                self._drop_inside(taken, dropped, s, e)
        # 3. shape rules for organisations and persons
        for s, e, kb, iso in self._org_shapes(taken, used):
            if free(s, e, allow_loc=True, allow_country=True):
                claim(self._org(s, e, kb, iso))
                self._drop_inside(taken, dropped, s, e)
        for s, e in self._org_contexts(taken, used, new):
            if free(s, e):
                claim(self._org(s, e, "", None))
        for s, e in self._person_shapes(taken, used):
            if free(s, e, allow_loc=(e - s) > 1 or (s > 0 and LO[s - 1] in _PERSON_TITLES)):
                claim(self._person(s, e, ""))
                self._drop_inside(taken, dropped, s, e)
        # a name coordinated with a person's name is a person too: "Reporting by Aïssatou
        # Ndiaye and Tomás Echeverría" (two or more title-case words, nothing else found there)
        for span in list(new):
            if span[2] == _PERSON or span[2] == _LEADER_ID:
                end = self._coordinated_name(span[1], taken, used)
                if end is not None and free(span[1] + 1, end):
                    claim(self._person(span[1] + 1, end, ""))
        # later mentions of a found person's surname
        surnames = {}
        strings = self.vocab.strings
        for span in new:
            if span[2] == _PERSON and span[1] - span[0] > 1:
                surnames[tokens[span[1] - 1].text] = strings[span[3]]
        if surnames:
            keys = numpy.asarray([get_string_id(x) for x in surnames], dtype="uint64")
            for i in numpy.flatnonzero(numpy.isin(orth, keys)).tolist():
                if i not in used and i not in taken:
                    claim(self._person(i, i + 1, surnames[tokens[i].text]))
        for s, e in self._unknown_places(taken, used):
            claim(self._span(s, e, "LOC", "", None, None))
        write_span_values(doc, tokens, ("country", "role"), [v[:2] for v in self._values], [v[2:] for v in self._values])
        kept = [e for e in existing if id(e) not in dropped]
        write_ents(doc, kept + new, ent_cols, filter_overlaps=True)
        return doc

    def _span(self, s: int, e: int, label: str, kb_id: str, country: Optional[str], role: Optional[str]
              ) -> Tuple[int, int, int, int, int]:
        """The entity ``Span(doc, s, e, label=label, kb_id=kb_id)`` with ``_.country`` and
        ``_.role`` would be: the strings it adds, in its order, and its extension values."""
        add = self.vocab.strings.add
        span = (s, e, add(label), add(kb_id), 0)
        self._values.append((s, e, country, role))
        return span

    # ------------------------------------------------------------------ leaders
    def _resolve_leader(self, s, e, surface, date, resolved, person: Optional[str] = None
                        ) -> Optional[Tuple[int, int, int, int, int]]:
        """The LEADER (or PERSON, when out of office on ``date``) ``surface`` at s:e names;
        ``person``: the one person a first name before a shared surname picks."""
        terms = self.terms[surface]
        if person is not None:
            terms = [t for t in terms if t["name"] == person]
        role = self._title_before(s)
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
                    return self._person(s, e, "")
        own = [t for t in self.person_terms.get(person, terms) if self._in_office(t, date)]
        if role is not None and any(t["role"] == role for t in own):
            own = [t for t in own if t["role"] == role]
        # remember the person for later short mentions ("Putin" after "Vladimir Putin")
        for t in self.terms.get(surface, []):
            if t["name"] == person:
                resolved[surface] = t
        if (e - s) > 1:
            last = self._tokens[e - 1].text
            for t in self.terms.get(last, []):
                if t["name"] == person:
                    resolved[last] = t
        if not own:
            return self._person(s, e, person)
        # a monarch's own realm first (Charles III: GBR before the other realms)
        term = sorted(own, key=lambda t: (t.get("secondary", False), _ROLE_RANK.get(t["role"], 3)))[0]
        return self._span(s, e, "LEADER", person, term["country"], term["role"])

    def _coordinated_name(self, e: int, taken, used) -> Optional[int]:
        """End of a name of 2-4 title-case words right after "and" at ``e``, else None."""
        T, U, LO, OR, WS, SS = self._view
        n = len(LO)
        if e + 2 >= n or LO[e] not in _AND:
            return None
        j = e + 1
        while j < n and j - e <= 4 and j not in taken and j not in used and T[j] and not U[j] \
                and self._tokens[j].text.isalpha() and LO[j] not in _NON_NAME and LO[j] not in _TITLE_WORDS \
                and LO[j] not in _PERSON_TITLES:
            j += 1
        return j if j - (e + 1) >= 2 else None

    def _first_name_of(self, s: int, surface: str, taken, used) -> Optional[str]:
        """The one person among those the one-word ``surface`` names whose name starts with
        the title-case word before it, when there are several such people, else None."""
        if s == 0 or (s - 1) in taken or (s - 1) in used:
            return None
        people = {t["name"] for t in self.terms[surface]}
        if len(people) < 2:
            return None
        prev = self._tokens[s - 1].text
        match = [name for name in people if name.startswith(prev + " ")]
        return match[0] if len(match) == 1 else None

    def _foreign_first_name(self, s: int, surface: str, taken, used) -> bool:
        prev = self._tokens[s - 1]
        if not (prev.is_title and prev.is_alpha) or prev.lower in L.NON_NAME_WORDS \
                or prev.lower in L.TITLE_WORDS or prev.lower in L.PERSON_TITLES:
            return False
        if (s - 1) in taken or (s - 1) in used:
            return False
        own = {t["name"] for t in self.terms[surface]}
        return not any(name.startswith(prev.text + " ") or f" {prev.text} " in name for name in own)

    def _other_person_after(self, s: int, e: int, surface: str, taken, used) -> Optional[int]:
        """End of a name that continues a one-word leader alias with words that are not
        part of that leader's names ("Pavel Dorogin" is not President Petr Pavel), else None."""
        T, U, LO, OR, WS, SS = self._view
        tokens = self._tokens
        n = len(OR)
        j = e
        while j < n and j - e < 3 and j not in taken and j not in used and (
                (T[j] and tokens[j].text.isalpha() and LO[j] not in _NON_NAME and LO[j] not in _TITLE_WORDS
                 and LO[j] not in _PERSON_TITLES and not self._headline_verb(j))
                or (OR[j] == _HYPHEN and not WS(j - 1) and not WS(j) and j + 1 < n and tokens[j + 1].text.isalpha())):
            j += 2 if OR[j] == _HYPHEN else 1
        if j == e or OR[e] == _HYPHEN:
            return None
        if any(tokens[e].text in t["name"].split(" ") for t in self.terms[surface]):
            return None  # the leader's own name in another order ("Aliyev Ilham")
        return j

    @staticmethod
    def _in_office(term: Dict, date: _dt.date) -> bool:
        return term["start"] <= date and (term["end"] is None or date <= term["end"])

    def _title_before(self, s: int) -> Optional[str]:
        """The leader role a title right before token ``s`` implies ("President")."""
        low = self._view[2]
        if s == 0 or low[s - 1] not in _TITLE_LAST:
            return None
        for title, role in _TITLE_LAST[low[s - 1]]:
            n = len(title)
            if s - n >= 0 and tuple(low[s - n:s]) == title:
                return role
        return None

    # ------------------------------------------------------------------ orgs
    def _org(self, s, e, kb, iso) -> Tuple[int, int, int, int, int]:
        if iso is None:
            iso = self._adjacent_country(s, e)
        return self._span(s, e, "ORG", kb or "", iso, None)

    def _adjacent_country(self, s: int, e: int) -> Optional[str]:
        """ISO3 of a COUNTRY right before ("Russian Foreign Ministry", "Azerbaijan's
        Foreign Ministry") or after ("Ministry of Defence of Azerbaijan")."""
        ents = self._countries_by_end
        T, U, LO, OR, WS, SS = self._view
        strings = self.vocab.strings
        j = s
        if j > 0 and OR[j - 1] in _POSSESSIVE:
            j -= 1
        if j in ents:
            return strings[ents[j][3]]
        starts = self._countries_by_start
        k = e
        if k < len(OR) and LO[k] == _OF:
            k += 1
            if k < len(OR) and LO[k] == _THE:
                k += 1
            if k in starts:
                return strings[starts[k][3]]
        return None

    def _generic_body(self, s: int, e: int, taken: Dict) -> bool:
        """Whether the generic body name at s:e ("Foreign Ministry", "Senate") stands alone: not
        part of a longer title-case name ("Senate Foreign Relations Committee", "Kapital
        Central Bank", "Moscow City Duma"); a one-word body needs "the" or a country next to it
        ("the Senate", "Azerbaijan's Parliament", not "Parliament" opening a sentence)."""
        T, U, LO, OR, WS, SS = self._view
        n = len(LO)
        prev_country = s > 0 and (s - 1) in taken and taken[s - 1][2] == _COUNTRY
        if s > 0 and (T[s - 1] or U[s - 1]) and not prev_country and not SS(s) and LO[s - 1] != _THE:
            return False
        if e < n and not SS(e) and (T[e] or U[e]) and not (e in taken and taken[e][2] == _COUNTRY):
            return False
        if e + 1 < n and LO[e] in _AND and T[e + 1] and (e + 1) not in taken:
            return False  # "Ministry of Foreign Affairs and Trade"
        if e - s > 1:
            return True
        return (s > 0 and LO[s - 1] == _THE) or prev_country or self._adjacent_country(s, e) is not None

    def _trim_subordination(self, s: int, e: int) -> Tuple[int, int, Optional[str]]:
        LO = self._view[2]
        for i in range(s + 1, e):
            if LO[i] == _UNDER:
                iso = None
                for start, ent in self._countries_by_start.items():
                    if i < start < e:
                        iso = self.vocab.strings[ent[3]]
                return s, i, iso
        return s, e, None

    @staticmethod
    def _drop_inside(taken: Dict, dropped: set, s: int, e: int) -> None:
        """Forget existing ents that overlap a new span (the new span replaces them); the
        ids of the ents dropped go to ``dropped``."""
        victims = {id(taken[i]): taken[i] for i in range(s, e) if i in taken}
        dropped.update(victims)
        for ent in victims.values():
            for i in range(ent[0], ent[1]):
                if taken.get(i) is ent:
                    del taken[i]

    def _org_context(self, s: int, e: int) -> bool:
        T, U, LO, OR, WS, SS = self._view
        if SS(s) and not U[s]:
            return False  # capitalised only because it starts the sentence
        if s > 0 and LO[s - 1] == _THE:
            s -= 1  # "according to the Times": the cue is before the article
        prev = LO[s - 1] if s > 0 else None
        nxt = LO[e] if e < len(LO) else None
        if prev in _OF_FOR:
            return False  # the complement of another name: "Ministry of/for Foreign Affairs said"
        if prev in _ORG_CUES_BEFORE or nxt in _ORG_CUES_AFTER or prev in _MEDIA_NOUNS or nxt in _MEDIA_NOUNS:
            return True  # "told Dawn", "the Hindu reported", "the daily Dawn", "Dawn newspaper"
        # "in an interview with Dawn", "wrote in the Hindu"
        before = LO[s - 2] if s > 1 else None
        return (prev == _WITH and before in _INTERVIEW) or (prev == _IN and before in _AFFIL_IN_FOR)

    def _org_shapes(self, taken: Dict, used: set):
        """Ministries, title-case names ending in an organisation word, "University of X",
        domain-style media names."""
        n = len(self._view[0])
        out = []
        T, U, LO, OR, WS, SS = self._view
        i = 0
        for cand in self._capital_idx:
            if cand < i:
                continue
            i = cand
            # domain-style names: Caliber.Az, News.az, Report.az
            if T[i] and i + 2 < n and OR[i + 1] == _DOT and not WS(i) \
                    and not WS(i + 1) and LO[i + 2] in self._tld_ids:
                out.append((i, i + 3, "", None))
                i += 3
                continue
            # "Ministry of Foreign Affairs (and Trade)", "University of Tehran"
            if OR[i] in _BODIES_OF and i + 2 < n and LO[i + 1] == _OF and T[i + 2]:
                j = i + 2
                while j < n and (T[j] or (LO[j] in _AND and j + 1 < n and T[j + 1])):
                    if j in taken and taken[j][2] == _COUNTRY and OR[i] in _STATE_BODIES_OF:
                        break
                    j += 1
                start = i
                while start - 1 >= 0 and T[start - 1] and LO[start - 1] in _GENERIC_BODY_PREFIXES:
                    start -= 1
                if j > i + 2:
                    out.append((start, j, "", None))
                    i = j
                    continue
            # title-case run ending in an organisation word
            if T[i] or U[i]:
                j = i
                last_suffix = -1
                while j < n:
                    joint = False
                    if not (T[j] or U[j] or (LO[j] in _RUN_LINKS and j + 1 < n and T[j + 1])):
                        if j > i and (OR[j] in _JOINTS or OR[j - 1] == _HYPHEN) and self._name_joint(j, taken, used):
                            joint = True
                        else:
                            break
                    if OR[j] in self._suffix_ids or OR[j] in self._body_head_ids:
                        last_suffix = j
                    if LO[j] in _NON_NAME and LO[j] not in _RUN_LINKS and not joint:
                        break
                    j += 1
                if last_suffix >= i:
                    start = i
                    # a sentence-initial function word is not part of the name
                    while start < last_suffix and (LO[start] in _NON_NAME or LO[start] == _THE):
                        start += 1
                    # "Chea Sophal of Mekong River Watch": a name without an organisation word
                    # before "of" is a person's, not part of the organisation's
                    for k in range(start + 2, last_suffix):
                        if LO[k] == _OF:
                            if all(T[m] and m not in taken and OR[m] not in self._suffix_ids
                                   and OR[m] not in self._body_head_ids for m in range(start, k)):
                                start = k + 2 if LO[k + 1] == _THE else k + 1
                            break
                    # a leading country adjective of a generic state body stays a COUNTRY
                    head = OR[last_suffix]
                    generic = all(LO[k] in _GENERIC_BODY_PREFIXES or OR[k] in self._body_head_ids
                                  or LO[k] in _GENERIC_BODY_LINKS
                                  for k in range(start, last_suffix + 1) if not (k in taken and taken[k][2] == _COUNTRY))
                    if generic:
                        while start < last_suffix and start in taken and taken[start][2] == _COUNTRY:
                            start += 1
                        if start == last_suffix and head not in self._body_head_ids and head not in _LEGISLATURES:
                            i = last_suffix + 1
                            continue
                    end = last_suffix + 1
                    # "Ministry of Defence", "University of Tehran", "Center for Strategic
                    # Studies", "Council on Foreign Relations": an of/for/on-complement of
                    # title-case words belongs to the name (not "Council on Monday"); a
                    # state body stops before a country ("Ministry of Foreign Affairs of
                    # Kazakhstan")
                    while end + 1 < n and T[end + 1] and (LO[end] == _OF or (
                            LO[end] in _FOR_ON and LO[end + 1] not in _NON_NAME)):
                        k = end + 1
                        if generic and k in taken and taken[k][2] == _COUNTRY:
                            break
                        while k < n and (T[k] or (LO[k] in _AND and k + 1 < n and T[k + 1])):
                            if generic and k in taken and taken[k][2] == _COUNTRY:
                                break
                            k += 1
                        end = k
                    if end - start >= 2 or head in self._body_head_ids:
                        if not (end - start == 1 and SS(start)):
                            out.append((start, end, "", None))
                    i = end
                    continue
                i = max(j, i + 1)
                continue
            i += 1
        return out

    def _org_contexts(self, taken: Dict, used: set, found: List[Tuple[int, int, int, int, int]]):
        """Unknown title-case names that their context makes organisations: next to a media
        noun ("the Tehran daily Arman-e Shargh", "the Baltic Lighthouse news site"), or after
        "the" where a person's name cannot stand: "the X said", "told / quoted by / according
        to the X", "Amel Trabelsi of the X", "a lecturer at the X", "wrote in the X", "covers
        Iran for the X" (people's names take no article)."""
        T, U, LO, OR, WS, SS = self._view
        n = len(LO)
        people_end = {span[1] for span in found if span[2] == _PERSON or span[2] == _LEADER_ID}
        out = []
        skip = -1
        # a media noun after a name ("the Baltic Lighthouse news site") can only be where
        # the document has one; the other contexts start before the name
        media_after = bool(self._media_table.contains(self._lower_arr).any())
        for i in self._capital_idx:
            if i < skip or i in used or i in taken or not T[i] or i == 0:
                continue
            if not media_after and LO[i - 1] != _THE and LO[i - 1] not in _MEDIA_NOUNS:
                continue
            # the name: title-case words, hyphen joints, "of/and" + title case, "La Voz de Guayana"
            j = i
            while j < n and j not in used and j not in taken:
                if T[j] or (U[j] and j > i):
                    if LO[j] in _NON_NAME or LO[j] in _TITLE_WORDS or LO[j] in _PERSON_TITLES:
                        break
                    j += 1
                elif j > i and j + 1 < n and T[j + 1] and (LO[j] in _RUN_LINKS or LO[j] in _ROMANCE_LINKS):
                    j += 1
                elif j > i and (OR[j] in _JOINTS or OR[j - 1] == _HYPHEN) and self._name_joint(j, taken, used):
                    j += 1
                else:
                    break
            while j > i and not T[j - 1] and not U[j - 1]:
                j -= 1  # a name ends in a word of the name
            skip = max(j, i + 1)
            if j == i or (j - i == 1 and SS(i)):
                continue
            prev = LO[i - 1]
            nxt = LO[j] if j < n else None
            is_org = prev in _MEDIA_NOUNS or (nxt in _MEDIA_NOUNS and nxt != _NEWS) or (
                nxt == _NEWS and j + 1 < n and LO[j + 1] in _MEDIA_NOUNS)
            if not is_org and prev == _THE and i >= 2 and not SS(i - 1):
                before = LO[i - 2]
                # (not a one-word plural before a verb of saying: "the Europeans said")
                plural = j - i == 1 and self._tokens[i].text.endswith("s")
                # the name ends its noun phrase (not "by the North American trade pact")
                ends = nxt is None or nxt in _NON_NAME or not self._tokens[j].is_alpha
                is_org = (nxt in _SPEECH_VERBS and not plural) or (ends and (
                    before in _TOLD_BY
                    or (before == _TO and i >= 3 and LO[i - 3] == _ACCORDING)
                    or (before == _OF and (i - 2) in people_end)
                    or (before == _AT and i >= 3 and LO[i - 3] in _AFFIL_AT)
                    or (before in (_IN, _FOR) and any(LO[k] in _AFFIL_IN_FOR for k in range(max(0, i - 5), i - 2)))))
            if is_org:
                out.append((i, j))
        return out

    def _unknown_places(self, taken: Dict, used: set) -> List[Tuple[int, int]]:
        """Places the tables do not know, by the words around an unclaimed title-case name
        of one to three words: a locative preposition before it and no name going on after
        it ("fighting around Walikale continued", "near Zalambessa,"), or "the" before it and
        a place noun after it ("the Torkham crossing", "the Yavan hydropower plant")."""
        T, U, LO, OR, WS, SS = self._view
        n = len(LO)
        tokens = self._tokens
        out = []
        skip = -1
        for i in self._capital_idx:
            if i < skip or i == 0 or not T[i] or SS(i):
                continue
            prev = LO[i - 1]
            if prev not in _PLACE_PREPS and prev != _THE:
                continue
            j = i
            while j < n and j - i < 3 and j not in taken and j not in used and T[j] and tokens[j].is_alpha \
                    and LO[j] not in _NON_NAME and LO[j] not in _TITLE_WORDS and LO[j] not in _PERSON_TITLES \
                    and LO[j] not in _NOT_PLACES:
                j += 1
                if j < n and OR[j] == _HYPHEN and not WS(j - 1) and not WS(j) and j + 1 < n and T[j + 1]:
                    j += 2  # "Port-Bouët"
            skip = max(j, i + 1)
            if j == i or (j < n and (j in taken or j in used or T[j] or U[j] or OR[j] in _POSSESSIVE
                                     or OR[j] in _JOINTS)):
                continue
            if prev == _THE:
                k = j + 1 if j < n and LO[j] in _PLACE_MODIFIERS else j
                if not (k < n and LO[k] in _PLACE_HEADS):
                    continue
            elif j < n and tokens[j].is_alpha and LO[j] not in _NON_NAME and LO[j] not in _PREPOSITIONS \
                    and not tokens[j].lower.endswith("ed"):
                continue  # "in Smith affair": more of a noun phrase follows (not a verb: "continued")
            out.append((i, j))
        return out

    def _name_joint(self, j: int, taken: Dict, used=frozenset()) -> bool:
        """Whether token ``j`` joins the name before it to more of the name without a space:
        a hyphen between words ("Al-Quds", "Cross-Border", "Indo-Pacific"), a short particle
        between hyphens ("Quaid-i-Azam", "Tehreek-e-Insaf"), or the apostrophe of a plural
        possessive ("Traders' Association"). Not a hyphen next to a country ("Azerbaijan-Russia
        Commission" keeps its countries)."""
        T, U, LO, OR, WS, SS = self._view
        n = len(LO)
        if j + 1 >= n or WS(j - 1):
            return False
        tokens = self._tokens
        if OR[j] == _HYPHEN:
            if WS(j) or not tokens[j + 1].text.isalpha():
                return False
            for k in (j - 1, j + 1):
                if k in taken and taken[k][2] == _COUNTRY:
                    return False
            # a word of the name after it, or a particle that another hyphen follows
            if T[j + 1] or U[j + 1]:
                return True
            # a particle that another hyphen or a title-case word follows ("Arman-e Shargh")
            return len(tokens[j + 1].text) <= 3 and j + 2 < n and (
                (OR[j + 2] == _HYPHEN and not WS(j + 1)) or (WS(j + 1) and T[j + 2]))
        if OR[j - 1] == _HYPHEN and len(tokens[j].text) <= 3:  # the particle of "Quaid-i-Azam"
            return (not WS(j) and OR[j + 1] == _HYPHEN) or (WS(j) and T[j + 1])
        if OR[j] in _APOSTROPHES:
            return WS(j) and T[j + 1] and tokens[j - 1].text.endswith("s")
        if OR[j] in _POSSESSIVE_S:
            # "Tigray People's Liberation Front", "Workers' Party": a possessive inside a name
            # (not "Kenya's Anti-Corruption Commission" nor "Putin's Security Council")
            return WS(j) and T[j + 1] and T[j - 1] and (j - 1) not in taken and (j - 1) not in used
        return False

    # ------------------------------------------------------------------ persons
    def _person(self, s, e, kb) -> Tuple[int, int, int, int, int]:
        return self._span(s, e, "PERSON", kb or "", None, None)

    def _person_shapes(self, taken: Dict, used: set):
        if not self.cfg.get("person_shapes", True):
            return []
        n = len(self._view[0])
        out = []
        T, U, LO, OR, WS, SS = self._view
        tokens = self._tokens

        def name_token(k: int, first: bool = True) -> bool:
            if not first and self._headline_verb(k):
                return False  # "Nawrocki Visits Kyiv": a capitalised verb of a headline ends the name
            if k in taken:
                # a one-word place after a first name or a title is a name ("Niloufar
                # Ahmadi", "analyst Hassan Basra")
                ent = taken[k]
                if ent[2] != _LOC or ent[1] - ent[0] != 1 or (first and (k == 0 or LO[k - 1] not in _PERSON_TITLES)):
                    return False
            if LO[k] in _NON_NAME or LO[k] in _TITLE_WORDS or LO[k] in _PERSON_TITLES or LO[k] in _REGIONAL:
                return False
            text = tokens[k].text
            return (T[k] or (text[:1].isupper() and text.isalpha() and not U[k])) and len(text) > 1

        skip = -1
        for i in self._capital_idx:
            if i < skip or i in used or not name_token(i):
                continue
            j = i
            while j < n and j - i < 5 and j not in used:
                if name_token(j, first=j == i):
                    j += 1
                elif LO[j] in _NAME_PARTICLES and j + 1 < n and (
                        name_token(j + 1) or (OR[j + 1] == _HYPHEN and j + 2 < n and name_token(j + 2))
                        or (LO[j + 1] in _NAME_PARTICLES and j + 2 < n and name_token(j + 2))):
                    j += 1  # "bin Salman", "al-Harbi", "von der Leyen"
                elif OR[j] == _HYPHEN and j > i and not WS(j - 1) and not WS(j) and j + 1 < n \
                        and j + 1 not in taken and tokens[j + 1].text.isalpha():
                    j += 2  # "Chen Yu-ting", "Park Sun-hee", "Jean-Robert"
                else:
                    break
            if j > i and self._is_person(i, j, taken):
                out.append((i, j))
            skip = max(j, i + 1)
        return out

    def _headline_verb(self, k: int) -> bool:
        """Whether token ``k`` is a verb capitalised by a title-case headline ("Visits")."""
        if self._view[2][k] not in _HEADLINE_VERBS:
            return False
        if k not in self._headline:
            self._headline[k] = in_headline(self._tokens, k)
        return self._headline[k]

    def _is_person(self, s: int, e: int, taken: Dict) -> bool:
        n = len(self._view[0])
        T, U, LO, OR, WS, SS = self._view
        prev = LO[s - 1] if s > 0 else None
        nxt = LO[e] if e < n else None
        length = e - s
        # title / role word before the name: "Ambassador Ivanov", "analyst Ruslan Safarov"
        if prev is not None and prev in _PERSON_TITLES:
            return True
        # byline "By Aghakazim Guliyev"
        if prev == _BY and length >= 2:
            return True
        if length < 2:
            return False
        # "Selin Karaca of the Anatolian Policy Centre", "according to Yonas Gebremariam"
        if nxt == _OF and e + 2 < n and LO[e + 1] == _THE and (T[e + 2] or U[e + 2]):
            return True
        if prev == _TO and s >= 2 and LO[s - 2] == _ACCORDING:
            return True
        # apposition "Ruslan Safarov, associate professor at ..."
        if nxt == _COMMA and e + 1 < n and LO[e + 1] in _ROLE_AFTER_COMMA:
            return True
        # speech "X Y said" / "said X Y", a headline "Mark Rutte Urges Allies ..."
        if nxt in _SPEECH_VERBS or prev in _SPEECH_VERBS or (e < n and self._headline_verb(e)):
            return True
        # surname shape ("-ov", "-yan", "-shvili" ...), not after a preposition of place
        # ("near Pisky-Radkivski" is a village)
        if prev is not None and prev in _PLACE_PREPS and prev != _IN_ID:
            return False
        return self._tokens[e - 1].lower.endswith(L.SURNAME_ENDINGS)


@Language.factory(
    "relations_actors",
    assigns=["doc.ents", "span._.country", "span._.role"],
    requires=["token.is_sent_start"],
    default_config={"person_shapes": True, "scorer": {"@scorers": "relations_nlp.entity_scorer.v1"}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_actors(nlp: Language, name: str, person_shapes: bool, scorer):
    return ActorTagger(nlp, name, person_shapes=person_shapes, scorer=scorer)
