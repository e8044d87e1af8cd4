"""Event triggers: token patterns from ``resources/events/triggers.tsv`` matched over Arabic tokens.

A pattern is a list of token specs (alternatives, ``*`` for any ending) with optional gaps ``~N``.
Tokens are compared on their normalised form with clitics stripped (``marsad.lang.ar.tokens.stems``),
so one lexicon row covers و/ف prefixes, the article, prepositions and pronoun suffixes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..errors import ResourceError
from ..lang.ar.normalise import norm
from ..lang.ar.tokens import Token, stems, tokenize
from ..resources import read_tsv
from .lexicon import words

NAME_LINKS = words("name_links")     # the word after one is part of a name ("بن طالب"), not a trigger
SAYERS = words("sayers_before_names")   # "ونفى التقي": the word after one, with its article, is the sayer
GAP_STOPS = words("saying_adverbs")  # a gap does not run into a clause of saying ("... معربا عن أمله بأن")
ARTICLE = ("ال", "وال", "فال", "بال", "لل")    # a token starting so carries the article (with و ف ب ل before it)
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass(frozen=True)
class Spec:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    gap: int = 0            # how many other tokens may come before this one

    def matches(self, tok_norm: str) -> bool:
        return self.form(tok_norm) is not None

    def form(self, tok_norm: str) -> str | None:
        """The candidate form of the token that matched, or None."""
        exact, prefixes = self.exact, self.prefixes
        for c in candidates(tok_norm):
            if c in exact or c.startswith(prefixes):    # str.startswith takes a tuple; () matches nothing
                return c
        return None


@dataclass(frozen=True)
class Rule:
    specs: tuple[Spec, ...]
    event: str
    mode: str
    kind: str
    extension: bool
    where: str              # file:line, for messages
    unless: Spec | None = None   # words that cancel the trigger (the token itself or the two before it)


@dataclass
class Trigger:
    rule: Rule
    tokens: list[int]       # indices of the matched tokens in the token list
    start: int              # original offsets of the head token
    end: int
    end_all: int            # end of the last matched token

    is_noun: bool = False   # the head is a noun (row kind noun, or it carries the article or a preposition)
    conj: bool = False      # the head carries the conjunction و/ف ("وحذره"), not a root letter ("وصف")

    @property
    def event(self) -> str:
        return self.rule.event


@lru_cache(maxsize=30_000)
def candidates(tok_norm: str) -> tuple[str, ...]:
    """Forms of a normalised token to compare with lexicon entries (clitics stripped, ال removed)."""
    out = list(stems(tok_norm))
    if tok_norm[:1] in ("و", "ف") and len(tok_norm) >= 3:
        out.append(tok_norm[1:])          # "ولم", "فقد": short words the stemmer keeps whole
    if tok_norm.startswith(ARTICLE):
        # a word with the article takes no pronoun suffix: "الطلبه" is not "طلب" + ه
        out = [w for w in out if tok_norm.endswith(w[-1:])]
    for w in list(out):
        if w.startswith("ال") and len(w) > 3:
            out.append(w[2:])
        if w.startswith("لل") and len(w) > 3:
            out.append(w[2:])
    return tuple(dict.fromkeys(out))


def parse_spec(text: str, gap: int, where: str) -> Spec:
    exact, pre = set(), []
    for alt in text.split("|"):
        alt = alt.strip()
        whole = alt.startswith("=")        # "=التقي": ال is part of the word (a verb), not the article
        alt = norm(alt.lstrip("="))
        if not alt:
            raise ResourceError(f"empty alternative in pattern {text!r}", input=where)
        if alt.endswith("*"):
            pre.append(alt[:-1])
        else:
            if alt.startswith("ال") and len(alt) > 4 and not whole:
                exact.add(alt[2:])
            exact.add(alt)
    return Spec(frozenset(exact), tuple(pre), gap)


def parse_pattern(pattern: str, where: str) -> tuple[Spec, ...]:
    specs, gap = [], 0
    for part in pattern.split():
        if part.startswith("~"):
            try:
                gap = int(part[1:])
            except ValueError:
                raise ResourceError(f"bad gap {part!r} in pattern {pattern!r}", input=where) from None
            continue
        specs.append(parse_spec(part, gap, where))
        gap = 0
    if not specs:
        raise ResourceError(f"empty pattern {pattern!r}", input=where)
    return tuple(specs)


@lru_cache(maxsize=1)
def needs_recipient() -> frozenset[str]:
    """PLOVER types the codebook (``resources/events/plover.tsv``) says require a recipient."""
    return frozenset(r["event"].strip() for _, _, r in read_tsv("events/plover.tsv", required=("event",))
                     if r.get("requires_recipient", "").strip().lower() == "yes")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every trigger rule, longest patterns first (so a compound wins over its head word)."""
    out = []
    for path, line, row in read_tsv("events/triggers.tsv", required=("pattern", "event")):
        where = f"{path}:{line}"
        event = row["event"].strip().upper()
        ext = row.get("extension", "").strip().lower() in ("yes", "true", "1")
        if not ext and event not in PLOVER_TYPES:
            raise ResourceError(f"unknown PLOVER type {event!r} (mark non-PLOVER kinds extension=yes)", input=where)
        if ext and event in PLOVER_TYPES:
            raise ResourceError(f"extension kind {event!r} must not use a PLOVER type name", input=where)
        unless = row.get("unless", "").strip()
        out.append(Rule(parse_pattern(row["pattern"], where), event, row.get("mode", "").strip(),
                        row.get("kind", "verb").strip() or "verb", ext, where,
                        parse_spec(unless, 0, where) if unless else None))
    out.sort(key=lambda r: -len(r.specs))
    return tuple(out)


def match_at(specs: tuple[Spec, ...], toks: list[Token], i: int, stop: int) -> list[int] | None:
    """Indices matched by ``specs`` with the first spec at token ``i`` (gaps searched greedily nearest first)."""
    if not specs[0].matches(toks[i].norm):
        return None
    got, pos = [i], i
    for spec in specs[1:]:
        for j in range(pos + 1, min(stop, pos + 2 + spec.gap)):
            if spec.matches(toks[j].norm):
                got.append(j)
                pos = j
                break
            if toks[j].norm.lstrip("و") in GAP_STOPS:
                return None
        else:
            return None
    return got


def cancelled(rule: Rule, toks: list[Token], i: int) -> bool:
    if i + 1 < len(toks) and toks[i + 1].norm == "الله" and toks[i].norm.endswith(("ه", "ها", "هم")):
        return True     # "الملك سلمان - أيده الله -": a blessing after a name, no act
    u = rule.unless
    if u is None:
        return False
    if toks[i].norm in u.exact:
        return True
    return any(u.matches(toks[j].norm) for j in range(max(0, i - 2), i))


def nominal(spec: Spec, tok_norm: str) -> bool:
    """The token matched only once the article or a preposition was stripped: a (verbal) noun."""
    form = spec.form(tok_norm)
    if form is None:
        return False
    bare = tok_norm[1:] if tok_norm[:1] in "وف" and len(tok_norm) > 3 else tok_norm
    if form in (tok_norm, bare):
        return False
    lead = bare[: bare.find(form)] if form and form in bare else ""
    return any(lead.startswith(p) for p in ("ال", "بال", "لل", "ب", "ل", "كال", "ك")) or tok_norm.startswith(ARTICLE)


def masdar(form: str) -> bool:
    """A lexicon form shaped like a verbal noun of the derived verb forms that no verb form shares: افتعال
    ("اعتقال", "اجتماع"), انفعال ("انسحاب"), استفعال ("استهداف"), تفعيل ("توقيع", "تهديد"), and their
    plurals in ات. A verb row lists such nouns beside its verbs: "اعتقال عبدالخالق" names who was held."""
    w = form[:-2] if form.endswith("ات") and len(form) >= 7 else form
    if len(w) == 6 and w[0] == "ا" and w[-2] == "ا" and not w.startswith("است"):
        return w[2] in "تطد" or w[1] == "ن"          # افتعال (اصطدام, ازدحام) or انفعال
    if len(w) == 7 and w.startswith("است") and w[-2] == "ا":
        return True
    return len(w) == 5 and w[0] == "ت" and w[-2] == "ي"


def conjoined(spec: Spec, tok_norm: str) -> bool:
    form = spec.form(tok_norm)
    return bool(form) and tok_norm[:1] in "وف" and not form.startswith(tok_norm[:1]) and tok_norm[1:].startswith(form)


_INDEX: list = [None, None]   # (rules tuple, its first-word index), rebuilt when the rules are reloaded


def _index(rs: tuple[Rule, ...]):
    from .trigger_index import FirstWordIndex

    if _INDEX[0] is not rs:
        _INDEX[0], _INDEX[1] = rs, FirstWordIndex([r.specs[0] for r in rs])
    return _INDEX[1]


def find(toks: list[Token], lo: int = 0, hi: int | None = None) -> list[Trigger]:
    """Triggers among ``toks[lo:hi]``; a token heads at most one PLOVER trigger and one extension trigger."""
    hi = len(toks) if hi is None else hi
    found: list[Trigger] = []
    used: dict[bool, set[int]] = {False: set(), True: set()}
    rs = rules()
    index = _index(rs)
    starts = index.positions(toks, lo, hi)     # rule number -> token positions its first word can match
    for n in sorted(starts):
        rule = rs[n]
        for i in starts[n]:
            if i in used[rule.extension]:
                continue
            if i > 0 and toks[i - 1].norm in NAME_LINKS:
                continue            # "عبدالعزيز بن طالب": part of a name
            if i > 0 and (rule.specs[0].form(toks[i].norm) or "").startswith("ال") and \
                    toks[i - 1].norm.lstrip("وف") in SAYERS:
                continue            # "ونفى التقي": the sayer's name, not "التقى"
            got = match_at(rule.specs, toks, i, hi)
            if got is None or cancelled(rule, toks, i):
                continue
            if any(g in used[rule.extension] for g in got[1:]) and rule.extension:
                continue
            used[rule.extension].update(got if not rule.extension else got[:1])
            found.append(Trigger(rule, got, toks[i].start, toks[i].end, toks[got[-1]].end,
                                 is_noun=rule.kind == "noun" or nominal(rule.specs[0], toks[i].norm),
                                 conj=conjoined(rule.specs[0], toks[i].norm)))
    found.sort(key=lambda t: t.start)
    return found


def find_in_text(text: str) -> list[Trigger]:
    """Triggers in a plain string (offsets into ``text``)."""
    return find(tokenize(text))
