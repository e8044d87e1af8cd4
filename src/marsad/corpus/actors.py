"""Comparing event arguments across documents: is this the same actor, and does it match a query?"""
from __future__ import annotations

from typing import Any

from ..lang.ar.normalise import norm

Arg = dict[str, Any] | None


def _names(arg: Arg) -> set[str]:
    """Normalised names an argument goes by: canonical name and the words it was mentioned with."""
    if not arg:
        return set()
    out = set()
    for key in ("name", "entity_text"):
        v = arg.get(key)
        if v:
            out.add(norm(str(v)).strip().lower())
    return {n for n in out if n}


def _surnames(names: set[str]) -> set[str]:
    return {n.split()[-1] for n in names if n.split()}


def is_person(arg: Arg) -> bool:
    return bool(arg) and bool(arg.get("name")) and not _is_code_only(arg)


def _is_code_only(arg: Arg) -> bool:
    """An argument known only by its country/sector code (a state, a ministry, an unnamed official)."""
    if not arg:
        return False
    name = str(arg.get("name") or "")
    return not name or name == arg.get("code") or name == arg.get("country")


def same_actor(a: Arg, b: Arg) -> bool:
    """True when two event arguments denote the same actor (by canonical name, by surname, or by code)."""
    if not a or not b:
        return False
    if _is_code_only(a) or _is_code_only(b):
        ca, cb = (a.get("code") or a.get("country")), (b.get("code") or b.get("country"))
        return bool(ca and cb and ca == cb) and _is_code_only(a) and _is_code_only(b)
    na, nb = _names(a), _names(b)
    if na & nb:
        return True
    # "أوستن" in one report, "لويد أوستن" in another: a shared surname with no conflicting country
    if _surnames(na) & _surnames(nb):
        ca, cb = a.get("country"), b.get("country")
        return not (ca and cb and ca != cb)
    return False


def matches_query(arg: Arg, query: str) -> bool:
    """Does the argument match what a user typed: a name (any language), a surname, or a code prefix ("USA", "RUSMIL")?"""
    if not arg or not query:
        return False
    q = norm(query).strip().lower()
    if not q:
        return False
    codes = [str(arg.get(k) or "").lower() for k in ("code", "country")]
    if any(c and c.startswith(q) for c in codes):
        return True
    names = _names(arg)
    return any(q == n or q in n.split() or (len(q) > 3 and q in n) for n in names)


def pair_key(actor: Arg, recipient: Arg) -> frozenset[str]:
    """An order-free key of the two sides, for grouping symmetric contacts."""
    def key(arg: Arg) -> str:
        if not arg:
            return ""
        return str(arg.get("name") or arg.get("code") or arg.get("entity_text") or "")

    return frozenset({key(actor), key(recipient)})
