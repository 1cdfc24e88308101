"""``relations_cues``: words and phrases that describe the state of relations.

The lexicon (``data/cues.jsonl``) has phrase rows (matched on lemmas: every inflected
form of each lemma, from spaCy's English lookup tables, is matched case-insensitively by
a hash gazetteer on ``LOWER``, see ``gazetteer.py``) and pair rows (a trigger lemma within a window of a
head lemma in the same sentence: "tension ... defused", "eased tensions").

Each cue is then read in context, ConText/NegEx-style (trigger, scope, terminator):

- **negation** before the cue ("no such rupture", "wouldn't even call it a crisis",
  "never interrupted", "denied any rift", "without tension", "not a single problem")
  within a scope of six tokens that ends at a terminator ("but", "however", ";", the
  sentence end) flips the sign and damps it: ``p = -0.6 * w`` for a negated negative
  cue, ``-0.8 * w`` for a negated positive one ("no longer allies");
- **reversal** words near a negative cue ("the crisis was overcome", "sanctions were
  lifted") or near a positive one ("talks collapsed", "the ceasefire broke down") flip
  the sign: ``p = -0.8 * w``;
- **hypotheticals** ("could lead to a rupture", "if ... crisis", "threatened to cut
  ties if") set ``_.hypothetical`` and halve the polarity; a counterfactual consequent
  ("If it were, we wouldn't have seen ...") is read as asserted;
- **past or temporary states** ("had been strained", "a temporary emotional crisis")
  and **concessions** ("despite the challenges, ...") weaken the cue (x0.5, x0.4).

Cues marked ``needs_relation_context`` ("constructive", "difficult") count only in a
sentence that names a state or speaks of relations/ties.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import product
from typing import Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..resources import read_json, read_table
from .base import RulePipe, sentence_bounds
from .gazetteer import Gazetteer

NEG_PRE = [
    ("no",), ("not",), ("n't",), ("never",), ("without",), ("nor",), ("neither",), ("none",),
    ("nothing",), ("hardly",), ("deny",), ("denied",), ("denies",), ("denying",), ("rejected",),
    ("rejects",), ("dismissed",), ("dismisses",), ("ruled", "out"), ("rule", "out"), ("rules", "out"),
    ("far", "from"), ("free", "of"), ("absence", "of"), ("instead", "of"), ("no", "longer"),
    ("not", "a", "single"), ("nothing", "like"), ("lack", "of"), ("cannot",), ("refuted",),
    ("denial", "of"), ("rather", "than"),
]
NEG_POST = {"averted", "avoided", "prevented", "denied", "dismissed", "refuted", "unfounded", "exaggerated",
            "overblown"}
REVERSE_NEGATIVE = {
    "defused", "defuse", "defusing", "overcome", "overcame", "overcoming", "resolved", "resolve", "resolving",
    "eased", "ease", "easing", "ended", "end", "ending", "lifted", "lift", "lifting", "averted", "avert",
    "avoided", "avoid", "settled", "settle", "healed", "heal", "behind", "over", "subsided", "abated",
    "calmed", "calm", "defrosted", "thawed", "removed", "dropped", "withdrawn", "waived", "suspended",
    "de-escalated", "reduced", "reduce", "lowered", "softened", "mended", "repaired", "past", "gone",
    "dissipated", "surmounted", "normalised", "normalized", "cleared",
}
REVERSE_POSITIVE = {
    "collapsed", "collapse", "collapses", "broke", "broken", "stalled", "stall", "derailed", "derail",
    "undermined", "undermine", "damaged", "jeopardised", "jeopardized", "halted", "halt", "cancelled",
    "canceled", "cancel", "failed", "fail", "fails", "ended", "suspended", "suspend", "scrapped",
    "abandoned", "frozen", "froze", "torn", "tore", "violated", "violate", "breached", "terminated",
    "revoked", "withdrew", "withdrawn", "eroded", "erode", "sabotaged", "postponed", "called",
}
HYPOTHETICAL = [
    ("if",), ("unless",), ("could",), ("would",), ("might",), ("may",), ("risk",), ("risks",),
    ("risking",), ("threaten",), ("threatens",), ("threatened", "to"), ("threatening", "to"),
    ("potential",), ("possible",), ("possibly",), ("in", "case"), ("were", "to"), ("should",),
    ("lest",), ("whether",), ("fear",), ("fears",), ("feared",), ("warned", "of"), ("prospect", "of"),
]
TERMINATORS = {"but", "however", "yet", "although", "though", "while", "whereas", "except", ";", ":",
               "nevertheless", "nonetheless", "still", "instead", "—", "–"}
CONCESSION = [("despite",), ("in", "spite", "of"), ("although",), ("though",), ("even", "though"),
              ("notwithstanding",), ("regardless", "of"), ("for", "all")]
PAST_OR_TEMPORARY = [("had", "been"), ("temporary",), ("temporarily",), ("short-lived",), ("brief",),
                     ("momentary",), ("passing",), ("emotional",), ("former",), ("earlier",), ("past",),
                     ("once",)]
RELATION_WORDS = {"relation", "relations", "relationship", "relationships", "tie", "ties", "bilateral",
                  "countries", "states", "nations", "sides", "partners", "neighbours", "neighbors",
                  "intergovernmental", "interstate", "diplomatic", "governments"}
ACTOR_LABELS = {"COUNTRY", "LEADER"}
NEG_WINDOW = 6
HYP_WINDOW = 8


class CueTagger(RulePipe):
    cfg_keys = ("spans_key",)

    def __init__(self, nlp, name: str, *, spans_key: str = "relation_cues", scorer=None):
        super().__init__(nlp, name, spans_key=spans_key)
        self.scorer = scorer

    # ------------------------------------------------------------------ set-up
    def _build(self) -> None:
        self.rows: List[Dict] = [r for r in read_table("cues")] + [dict(r, learnt=True) for r in self.learnt]
        self.matcher = Gazetteer(self.nlp.tokenizer, attr="LOWER")
        self.pair_matcher = Gazetteer(self.nlp.tokenizer, attr="LOWER")
        self.pairs: Dict[int, Dict] = {}
        for key, variants in cue_surfaces(self.rows).items():
            target = self.matcher if key.startswith("C|") else self.pair_matcher
            for v in variants:
                target.add(v, key)
            if not key.startswith("C|"):
                self.pairs[int(key.split("|", 1)[1])] = self.rows[int(key.split("|", 1)[1])]
        self.matcher.freeze()
        self.pair_matcher.freeze()

    def initialize(self, get_examples=None, *, nlp=None, entries: Optional[List[Dict]] = None):
        """Learn cue phrases from training examples' ``relation_cues`` spans."""
        learnt: List[Dict] = list(entries or [])
        if get_examples is not None:
            self.ensure_ready()
            key = self.cfg["spans_key"]
            known = {r.get("phrase", "").lower() for r in self.rows}
            for eg in get_examples():
                for span in eg.reference.spans.get(key, []):
                    text = span.text.lower()
                    if text in known:
                        continue
                    weight = span._.polarity if span._.polarity else (0.5 if span.label_ in ("COOPERATION", "PARTNERSHIP", "AGREEMENT", "DEESCALATION", "ECONOMIC", "AID", "DIPLOMACY") else -0.5)
                    learnt.append({"phrase": span.text, "lemmas": [t.lemma_.lower() or t.lower_ for t in span],
                                   "category": span.label_, "weight": float(weight), "kind": "phrase"})
                    known.add(text)
        if learnt:
            self.add_entries(learnt)
        self.ensure_ready()

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        self.ensure_ready()
        found: List[Tuple[int, int, Dict]] = []
        for key, s, e in self.matcher(doc):
            idx = int(key.split("|", 1)[1])
            found.append((s, e, self.rows[idx]))
        pair_hits = self.pair_matcher(doc)
        sent_of, bounds = sentence_bounds(doc)
        if pair_hits:
            heads = defaultdict(list)
            triggers = defaultdict(list)
            for key, s, e in pair_hits:
                role, idx = key.split("|", 1)
                (heads if role == "H" else triggers)[int(idx)].append((s, e))
            for idx, hs in heads.items():
                row = self.pairs[idx]
                window = int(row.get("window", 5))
                for hs_, he_ in hs:
                    sent_start, sent_end = bounds[sent_of[hs_]]
                    best = None
                    for ts_, te_ in triggers.get(idx, []):
                        if ts_ < sent_start or te_ > sent_end:
                            continue
                        dist = ts_ - he_ if ts_ >= he_ else hs_ - te_
                        if 0 <= dist <= window and (best is None or dist < best[0]):
                            best = (dist, min(hs_, ts_), max(he_, te_))
                    if best is not None:
                        found.append((best[1], best[2], row))
        # longest cue wins where cues overlap
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        used = set()
        spans = []
        cache: Dict[int, Tuple] = {}
        actor_starts = [ent.start for ent in doc.ents if ent.label_ in ACTOR_LABELS]
        for s, e, row in found:
            if any(i in used for i in range(s, e)):
                continue
            if row.get("scope") == "needs_relation_context" and not self._relation_context(doc, bounds[sent_of[s]], actor_starts):
                continue
            used.update(range(s, e))
            if float(row.get("weight", 0)) == 0.0:
                continue  # a neutraliser ("Second World War"): it only blocks shorter cues
            spans.append(self._make_span(doc, s, e, row, bounds[sent_of[s]], cache))
        spans.sort(key=lambda sp: sp.start)
        doc.spans[self.cfg["spans_key"]] = SpanGroup(doc, name=self.cfg["spans_key"], spans=spans)
        return doc

    @staticmethod
    def _relation_context(doc: Doc, bounds: Tuple[int, int], actor_starts: List[int]) -> bool:
        start, end = bounds
        if any(start <= i < end for i in actor_starts):
            return True
        return any(t.lower_ in RELATION_WORDS for t in doc[start:end])

    def _make_span(self, doc: Doc, s: int, e: int, row: Dict, bounds: Tuple[int, int],
                   cache: Optional[Dict] = None) -> Span:
        span = Span(doc, s, e, label=row["category"])
        weight = float(row["weight"])
        polarity, negated, hypothetical = interpret(doc, s, e, weight, bounds, cache)
        span._.cue_weight = weight
        span._.polarity = polarity
        span._.negated = negated
        span._.hypothetical = hypothetical
        return span


def _forms(lemma: str, forms: Dict[str, List[str]]) -> List[str]:
    out = [lemma.lower()]
    for f in forms.get(lemma.lower(), []):
        if f not in out:
            out.append(f)
    return out


def cue_surfaces(rows: List[Dict]) -> Dict[str, List[str]]:
    """Lowercase surface forms per matcher key: ``C|i`` for phrase row i (every
    combination of the inflected forms of its lemmas, at most 64, plus the phrase
    itself), ``H|i``/``T|i`` for the heads/triggers of pair row i."""
    forms: Dict[str, List[str]] = read_json("lemma_forms") or {}
    out: Dict[str, List[str]] = {}
    for idx, row in enumerate(rows):
        if row.get("kind") == "pair":
            for role in ("head", "trigger"):
                variants = set()
                for lemma in row.get(role, []):
                    variants.update(_forms(lemma, forms))
                out[f"{role[0].upper()}|{idx}"] = sorted(variants)
            continue
        lemmas = row.get("lemmas") or row.get("phrase", "").lower().split()
        if not lemmas:
            continue
        options = [_forms(lem, forms) for lem in lemmas]
        combos = [" ".join(c) for c in product(*options)][:64]
        surface = row.get("phrase", "").lower()
        if surface and surface not in combos:
            combos.append(surface)
        out[f"C|{idx}"] = combos
    return out


# ---------------------------------------------------------------------- context
class _Triggers:
    """Trigger phrases indexed by their last token, for a backward scan."""

    def __init__(self, patterns):
        self.by_last: Dict[str, List[Tuple[str, ...]]] = defaultdict(list)
        for pat in sorted(patterns, key=len, reverse=True):
            self.by_last[pat[-1]].append(pat)

    def before(self, tokens: List[str], end: int, window: int) -> Optional[Tuple[int, Tuple[str, ...]]]:
        """Nearest trigger ending before ``end`` within ``window`` tokens, stopping at a
        terminator."""
        by_last = self.by_last
        for j in range(end - 1, max(-1, end - 1 - window), -1):
            tok = tokens[j]
            if tok in TERMINATORS:
                return None
            pats = by_last.get(tok)
            if pats:
                for pat in pats:
                    n = len(pat)
                    if n == 1 or (j - n + 1 >= 0 and tuple(tokens[j - n + 1: j + 1]) == pat):
                        return j - n + 1, pat
        return None


_NEG = _Triggers(NEG_PRE)
_HYP = _Triggers(HYPOTHETICAL)
_PAST = _Triggers(PAST_OR_TEMPORARY)
_CONC = _Triggers(CONCESSION)


def interpret(doc: Doc, s: int, e: int, weight: float, bounds: Optional[Tuple[int, int]] = None,
              cache: Optional[Dict] = None) -> Tuple[float, bool, bool]:
    """Polarity, negated, hypothetical of the cue ``doc[s:e]`` (in the sentence
    ``bounds``) with lexicon ``weight``."""
    if bounds is None:
        sent = doc[s].sent
        bounds = (sent.start, sent.end)
    if cache is not None and bounds[0] in cache:
        tokens = cache[bounds[0]]
    else:
        tokens = [t.lower_ for t in doc[bounds[0]:bounds[1]]]
        if cache is not None:
            cache[bounds[0]] = tokens
    off = bounds[0]
    cs, ce = s - off, e - off
    negated = False
    hypothetical = False
    polarity = weight
    neg = _NEG.before(tokens, cs, NEG_WINDOW)
    # "I wouldn't even call it a crisis" / "no such rupture"
    if neg is not None:
        negated = True
    elif any(t in NEG_POST for t in tokens[ce: ce + 4]):
        negated = True
    # a negation word inside a multi-word cue ("not a single problem") is part of it
    reversed_ = False
    window = tokens[max(0, cs - 5): cs] + tokens[ce: ce + 5]
    if weight < 0 and not negated and any(t in REVERSE_NEGATIVE for t in window):
        reversed_ = True
    if weight > 0 and not negated and any(t in REVERSE_POSITIVE for t in tokens[ce: ce + 5] + tokens[max(0, cs - 3): cs]):
        reversed_ = True
    hyp = _HYP.before(tokens, cs, HYP_WINDOW)
    if hyp is not None:
        hypothetical = True
    # counterfactual consequent: "If it were, we wouldn't have seen ..." asserts the cue
    if negated and neg is not None and neg[1] in {("n't",), ("not",)} and neg[0] > 0 \
            and tokens[neg[0] - 1] in ("would", "wo", "could") and "if" in tokens[:neg[0]]:
        if_idx = tokens.index("if")
        if any(t in ("were", "had") for t in tokens[if_idx: neg[0]]):
            negated = False
            hypothetical = False
    if negated:
        polarity = -0.6 * weight if weight < 0 else -0.8 * weight
    elif reversed_:
        polarity = -0.8 * weight
    if hypothetical:
        polarity *= 0.5
    if not negated and not reversed_:
        if _PAST.before(tokens, cs, 4) is not None and weight < 0:
            polarity *= 0.5
        conc = _CONC.before(tokens, cs, 12)
        if conc is not None:
            # the clause ends at the first comma after the concession word
            if "," not in tokens[conc[0]: cs]:
                polarity *= 0.4
    polarity = max(-1.0, min(1.0, round(polarity, 4)))
    return polarity, negated, hypothetical


@Language.factory(
    "relations_cues",
    assigns=["doc.spans"],
    requires=["token.is_sent_start"],
    default_config={"spans_key": "relation_cues", "scorer": {"@scorers": "relations_nlp.cue_scorer.v1"}},
    default_score_weights={"cues_f": 1.0, "cues_p": 0.0, "cues_r": 0.0, "cues_per_type": None},
)
def make_cues(nlp: Language, name: str, spans_key: str, scorer):
    return CueTagger(nlp, name, spans_key=spans_key, scorer=scorer)
