"""Line roles of a page flattened to text: title, byline, dateline, body, heading, caption, chrome.

Every non-blank line of ``doc.text`` gets one span in the ``segments`` layer whose label is its
kind and whose ``attrs["reason"]`` says why. The component also fills ``title``, ``byline``,
``publisher``, ``credited`` and ``page_date`` when the reader left them empty, and records a
dateline ("الرياض - واس:") in ``doc.meta["dateline"]``. It never sets ``published``.

The decision has three steps: (1) lexical cues from ``resources/clean/*.tsv`` mark chrome,
captions, credits and end markers; (2) the first full sentence paragraph splits the page into a
head (chrome, title, byline) and the story; (3) in the story, sentences are body, short unpunctuated
lines between paragraphs are headings, and what follows the closing credit or end marker is chrome.

Segment attrs besides ``reason``: ``dateline`` ({place, agency, outlet, person, date} read from a
dateline or "name - outlet" line; with ``start``/``end`` offsets when it opens the first paragraph),
``value`` (ISO date of a date line or time stamp), ``page_date`` (true on the line that gave
``doc.page_date``), ``publisher``/``credited`` (closing credit), ``site`` (site name alone on a line),
``chrome_prefix`` (chrome glued before the line, e.g. "Next Previous"). Inspect them with
``python -m marsad.clean PAGE.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..doc import Document, Span
from . import parts
from .lexicon import Lexicon, key, lexicon, versions

SENTENCE_END = tuple(".!?؟…\"'»”’)")       # a full sentence or a closing quote
STRONG_MIN_WORDS = 6                      # a punctuated line this long opens the story
LONG_LINE_WORDS = 25                      # an unpunctuated line this long is still a paragraph
HEADING_MAX_WORDS = 12
TITLE_WORDS = (3, 25)
_BLANK = " \t\r\f\v\u00a0\u200b\u200c\u200d\u200e\u200f\u202f\u2009\ufeff"
_CONNECTIVE = re.compile(r"^[وف]\S")
_EMAIL_URL = re.compile(r"^(\S+@\S+\.\S+|https?://\S+|www\.\S+)(\s*\S+@\S+\.\S+)*$")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass
class Line:
    start: int                 # original offsets of the line without surrounding blanks
    end: int
    text: str
    body_start: int = 0        # offset within ``text`` after chrome glued in front ("Next Previous")
    role: str | None = None
    reason: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    cue: Any = None
    date: str | None = None

    @property
    def content(self) -> str:
        return self.text[self.body_start:].strip()

    @property
    def n(self) -> int:
        return len(self.content.split())

    @property
    def final(self) -> str:
        return self.content.rstrip(_BLANK)[-1:] if self.content else ""

    def set(self, role: str, reason: str, **attrs: Any) -> None:
        self.role, self.reason = role, reason
        self.attrs.update(attrs)


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip(_BLANK)
        if stripped:
            lead = len(raw) - len(raw.lstrip(_BLANK))
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


# -- step 1: what a line is on its own ------------------------------------------------------------

def mark_cues(lines: list[Line], lex: Lexicon) -> None:
    for ln in lines:
        strip = lex.first_cue(key(ln.text), len(ln.text.split()), {"strip"})
        if strip is not None:
            rest = re.sub(r"^\S+\s+\S+\s*", "", ln.text) if strip.pattern.count(" ") == 1 else ""
            if rest and key(ln.text).startswith(strip.pattern):
                ln.body_start = len(ln.text) - len(rest)
                ln.attrs["chrome_prefix"] = ln.text[:ln.body_start].strip()
        text = ln.content
        k, n = key(text), ln.n
        iso = parts.date_only(text, lex)
        if iso:
            ln.date = iso
            ln.set("boilerplate", "a date alone on its line", value=iso)
            continue
        if not _LETTER.search(text):
            ln.set("boilerplate", "no words (separator or stray mark)")
            continue
        if _EMAIL_URL.match(text):
            ln.set("boilerplate", "contact address or link only")
            continue
        cue = lex.first_cue(k, n, {"boilerplate", "readmore", "end", "stamp", "caption", "credit", "attribution",
                                   "byline_prefix"})
        if cue is None:
            continue
        ln.cue = cue
        if cue.role in ("boilerplate", "readmore"):
            ln.set("boilerplate", f"chrome cue: {cue.note}")
        elif cue.role == "stamp":
            rest = text[len(text) - len(text.lstrip()):]
            value = parts.date_only(re.sub(r"^[^\d٠-٩]*?[:：]\s*|^\D*?(?=[\d٠-٩])", "", rest, count=1), lex)
            ln.set("boilerplate", f"time stamp: {cue.note}", **({"value": value} if value else {}))
        elif cue.role == "end":
            ln.set("boilerplate", f"end marker: {cue.note}")
        elif cue.role == "caption":
            ln.set("caption", f"caption opener: {cue.note}")
        elif cue.role == "credit":
            if n <= 6 or not _CONNECTIVE.match(text):
                ln.set("caption", f"photo credit: {cue.note}")
            else:
                ln.cue = None
        elif cue.role == "attribution":
            ln.set("attribution", f"credit line: {cue.note}")
        elif cue.role == "byline_prefix":
            ln.set("byline", f"byline opener: {cue.note}")
            dl = parts.whole_dateline(_strip_opener(text), lex)
            if dl is not None:
                ln.attrs["dateline"] = dl.as_dict()
    _links_after_readmore(lines)
    for ln in lines:
        if ln.role is None and _agency_credit_at_end(ln, lex):
            ln.set("caption", "describes a photo and ends with an agency credit in brackets")
        elif ln.role is None and re.fullmatch(r"[(\[][^)\]]{1,30}[)\]]\.?", ln.content) and lex.agency(ln.content.strip("()[]. ")):
            ln.set("attribution", "agency credit alone on its line")
        elif ln.role is None and (lex.agency(ln.content) or ("",))[0] == "agency":
            ln.set("attribution", "agency name alone on its line (credit)", credited=ln.content.strip())


def _links_after_readmore(lines: list[Line], limit: int = 8) -> None:
    """Headlines listed under a bare "اقرأ أيضا" marker are links, not paragraphs."""
    for i, ln in enumerate(lines):
        if ln.cue is None or ln.cue.role not in ("readmore", "caption") or ln.n > 3:
            continue
        if ln.cue.role == "caption" and not ln.content.endswith((":", "：")):
            continue
        for nxt in lines[i + 1:i + 1 + limit]:
            if nxt.role == "boilerplate":
                continue
            if nxt.role is not None or nxt.final in ".!؟?" or nxt.n > 20:
                break
            if ln.cue.role == "caption":
                nxt.set("caption", "a line under a captions marker")
            else:
                nxt.set("boilerplate", "a linked headline under a read-more marker")


def _agency_credit_at_end(ln: Line, lex: Lexicon) -> bool:
    """A photo description closed by a credit in brackets: "... كاليفورنيا (أ ف ب)",
    "... 23 ديسمبر 2021. (الخدمة الصحفية بوزارة الدفاع الأوكرانية عبر AP)."."""
    m = re.search(r"\(([^()]{1,80})\)\s*\.?$", ln.content)
    if not m or ln.n < 4 or ln.n > 60 or _CONNECTIVE.match(ln.content):
        return False
    inside = m.group(1).strip()
    kind = lex.agency(inside)
    before = ln.content[: m.start()].rstrip()
    if kind and kind[0] == "agency" and len(inside.split()) <= 4:
        return not before.endswith((".", "!", "؟", "?"))
    # "X عبر AP": a picture handed out by X and distributed by an agency
    via = re.search(r"(?:^|\s)عبر\s+(\S+(?:\s\S+){0,2})$", inside)
    return bool(via and (lex.agency(via.group(1)) or ("",))[0] == "agency")


def strong_body(ln: Line) -> bool:
    """A paragraph on its own evidence: a punctuated sentence of some length, or a long line."""
    if ln.role is not None or not parts.has_arabic(ln.content):
        return False
    if ln.final in SENTENCE_END and ln.n >= STRONG_MIN_WORDS and not ln.content.endswith(".."):
        return True
    return ln.n >= LONG_LINE_WORDS


def sentence_like(ln: Line) -> bool:
    """A sentence: final punctuation, a long line, or a full stop inside a line of some length
    (tags or a link glued after the last sentence: "... للأوقية. سمات ارتفاع الذهب")."""
    return (ln.final in SENTENCE_END or ln.n > HEADING_MAX_WORDS
            or (ln.n >= 8 and re.search(r"[.!؟?]\s+\S", ln.content) is not None))


# -- step 2: head of the page ---------------------------------------------------------------------

def find_title(doc: Document, lines: list[Line], first: int) -> int | None:
    """Index of the title line: the line matching the metadata title, else the headline above the story."""
    if doc.title:
        return _matching_title(doc.title, lines[: max(first, 0) + 3])
    head = lines[:first] if first >= 0 else lines[:1]
    candidates = [i for i, ln in enumerate(head) if _headline_like(ln)]
    if first < 0 and (not candidates or candidates[0] != 0 or len(lines) < 2):
        return None
    if not candidates:
        return None
    slug = _slug_words(doc.url)
    if slug:
        best = max(candidates, key=lambda i: len(slug & set(key(lines[i].content).split())))
        if len(slug & set(key(lines[best].content).split())) >= max(2, len(key(lines[best].content).split()) // 2):
            return best
    full = [i for i in candidates if lines[i].n >= 4] or candidates
    # nearest headline above the story; a longer one right under it is a standfirst, not the title
    i = full[-1]
    j = full.index(i)
    while j > 0 and full[j - 1] == _previous_content(lines, full[j]) and lines[full[j - 1]].n < lines[full[j]].n:
        j -= 1
    return full[j]


def _headline_like(ln: Line) -> bool:
    return (ln.role is None and parts.has_arabic(ln.content) and TITLE_WORDS[0] <= ln.n <= TITLE_WORDS[1]
            and not (ln.final == "." and not ln.content.endswith("..")) and "dateline" not in ln.attrs)


def _previous_content(lines: list[Line], i: int) -> int | None:
    """Index of the nearest line above ``i`` that is not chrome, caption or a date."""
    for k in range(i - 1, -1, -1):
        if lines[k].role is None:
            return k
    return None


def _matching_title(title: str, head: list[Line | None]) -> int | None:
    wants = {key(title)}
    for sep in (" | ", " - ", " – ", " — "):      # "Title | Site name"
        if sep in title:
            wants.add(key(title.rsplit(sep, 1)[0]))
            wants.add(key(title.split(sep, 1)[-1]))
    head = [ln if ln.role is None else None for ln in head]      # chrome that quotes the title is still chrome
    for i, ln in enumerate(head):
        if ln is None:
            continue
        got = key(ln.content)
        for want in wants:
            if got == want:
                return i
            # a truncated title, or one with a site suffix; not a paragraph that merely starts with it
            if len(want) >= 20 and len(got) >= 20 and (
                    (got.startswith(want) and len(got) <= 1.3 * len(want) + 10)
                    or (want.startswith(got) and len(got) >= 0.6 * len(want))):
                return i
    # the same headline written a little differently (punctuation, a word added or dropped)
    for i, ln in enumerate(head):
        if ln is None or strong_body(ln):
            continue
        got = set(re.findall(r"\w+", key(ln.content)))
        for want in wants:
            w = set(re.findall(r"\w+", want))
            if len(w) >= 4 and len(got & w) / len(got | w) >= 0.75:
                return i
    return None


def _slug_words(url: str | None) -> set[str]:
    if not url:
        return set()
    from urllib.parse import unquote
    path = unquote(url.split("?", 1)[0]).rstrip("/").rsplit("/", 1)[-1]
    words_ = [w for w in re.split(r"[-_+.\s]+", path) if parts.has_arabic(w)]
    return {key(w) for w in words_} if len(words_) >= 2 else set()


def read_head_line(ln: Line, lex: Lexicon, *, after_title: bool, near_title: bool, title_in_text: bool = True,
                   in_run: bool = False) -> None:
    """A line above the story that no cue explained: dateline, byline, standfirst or chrome."""
    dl = parts.whole_dateline(ln.content, lex)
    if dl is not None and set(dl.as_dict()) == {"outlet"}:
        ln.attrs.pop("dateline", None)
        ln.set("boilerplate", "outlet name alone on its line (site name)", site=dl.outlet)
        return
    if dl is not None:
        ln.attrs["dateline"] = dl.as_dict()
        if dl.person:
            ln.set("byline", "reporter and outlet or place (name - outlet)")
        else:
            ln.set("dateline", "place, agency or outlet alone on a line")
        return
    pair = [p for p in parts.SEPARATORS.split(ln.content) if p.strip()]
    if near_title and len(pair) == 2 and ln.n <= 7 and parts.name_like(pair[0], lex, min_words=2, max_words=4) \
            and parts.name_like(pair[1], lex, min_words=1, max_words=3):
        ln.set("byline", "reporter and place (name - place) right after the title", dateline={"person": pair[0].strip(),
                                                                                             "place": pair[1].strip()})
        return
    # right under a title in the text, position is evidence enough; elsewhere a known given name is needed
    if (near_title or not after_title) and not in_run and parts.name_like(
            ln.content, lex, min_words=2, max_words=4, given=not (title_in_text and near_title)):
        ln.set("byline", "2-4 name-like words " + ("right after the title" if near_title else "above the story"))
        return
    if not after_title:
        ln.set("boilerplate", "page chrome above the title")
    elif sentence_like(ln):
        ln.set("body", "a sentence before the first full paragraph")
    else:
        ln.set("heading", "short line between the title and the story (standfirst)")


# -- step 3: the component ------------------------------------------------------------------------

def classify(doc: Document, lex: Lexicon | None = None) -> list[Line]:
    """Decide the role of every non-blank line of ``doc`` (no change to ``doc``)."""
    lex = lex or lexicon()
    lines = split_lines(doc.text)
    if not lines:
        return lines
    mark_cues(lines, lex)
    for ln in lines:    # datelines alone on a line are known before the title is sought
        if ln.role is None and ln.n <= 16:
            dl = parts.whole_dateline(ln.content, lex)
            if dl is not None and (dl.agency or dl.outlet or dl.date):
                ln.attrs["dateline"] = dl.as_dict()
    first = next((i for i, ln in enumerate(lines) if strong_body(ln) and "dateline" not in ln.attrs), -1)
    title = find_title(doc, lines, first)
    if title is not None and (first < 0 or title < first):
        lines[title].set("title", "equals the metadata title" if doc.title else "headline nearest above the story")
    elif title is not None:
        lines[title].set("title", "equals the metadata title")
    if first < 0:        # no full paragraph: a snippet or a list; keep every unexplained line as text
        for ln in lines:
            if ln.role is None:
                ln.set("body", "no full paragraph in the text: kept as body")
        return lines
    start = first
    # head: above the story
    runs = _run_lengths([ln.role is None and not sentence_like(ln) for ln in lines])
    for i, ln in enumerate(lines[:start]):
        if ln.role is not None:
            continue
        after = title is not None and i > title
        near = after and all(x.role in ("caption", "boilerplate") for x in lines[title + 1:i]) and i - title <= 3
        if title is None:
            after, near = True, i == 0 or all(x.role is not None for x in lines[:i])
        read_head_line(ln, lex, after_title=after, near_title=near, title_in_text=title is not None,
                       in_run=runs[i] >= 3)
    # story: from the first paragraph to the closing credit or end marker
    stop = len(lines)
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.cue is not None and ln.cue.role == "end":
            stop = i + 1
            break
        credit = parts.attribution(ln.content, lex) if ln.role in (None, "attribution") else None
        more = any(x.role is None and strong_body(x) for x in lines[i + 1:]) if credit or ln.role == "attribution" else True
        if credit and lex.is_place(credit[0]):
            # "الرياض - واس": a place and an agency, a dateline wherever it stands
            if ln.role is None:
                ln.set("dateline", "place and agency alone on a line", dateline={"place": credit[0], "agency": credit[1]})
            ln.attrs["credited"] = credit[1]
            credit = None
        elif ln.role is None and credit and not sentence_like(ln) and not more:
            ln.set("attribution", "closing credit (publisher - agency)")
        if credit and ln.role == "attribution":
            ln.attrs.update({k: v for k, v in (("publisher", credit[0]), ("credited", credit[1])) if v})
        if ln.role == "attribution" and i > start and not more:
            stop = i + 1
            break
    last = max((i for i in range(start, stop) if lines[i].role is None and sentence_like(lines[i])), default=start - 1)
    runs = _run_lengths([ln.role is None and not sentence_like(ln) for ln in lines])
    for i in range(start, stop):
        ln = lines[i]
        if ln.role is not None:
            continue
        run = runs[i]
        if sentence_like(ln):
            ln.set("body", "a paragraph (full sentence or long line)" if i <= last else "a sentence after the story")
        elif run >= 3 or (run == 2 and i < last):
            ln.set("body", "one of a run of short lines (verse or list)")
        elif i < last:
            dl = parts.whole_dateline(ln.content, lex)
            if dl is not None and dl.person:
                ln.set("byline", "name with a place or outlet inside the story", dateline=dl.as_dict())
            elif dl is not None and (dl.agency or dl.outlet or dl.date):
                ln.set("dateline", "place and agency alone on a line inside the story", dateline=dl.as_dict())
            elif ln.content.endswith((":", "：")) and ln.n >= 4:
                ln.set("body", "a sentence introducing a list")
            elif ln.content.endswith(("،", ",")) or ln.content.startswith(("(", "«", '"')):
                ln.set("body", "an unfinished sentence (trailing comma or opening bracket)")
            else:
                ln.set("heading", "short line without final punctuation between paragraphs")
        else:
            dl = parts.whole_dateline(ln.content, lex)
            if dl is not None and dl.person:
                ln.set("byline", "reporter signature after the story", dateline=dl.as_dict())
            elif parts.name_like(ln.content, lex, min_words=2, max_words=4, given=True):
                ln.set("byline", "2-4 name-like words after the story (signature)")
            else:
                ln.set("boilerplate", "short line after the last paragraph")
    for ln in lines[stop:]:
        if ln.role is None or ln.role in ("body", "heading"):
            ln.set("boilerplate", "after the closing credit or end marker")
        elif ln.role == "caption":
            ln.set("boilerplate", "after the closing credit or end marker")
    for ln in lines:
        if ln.role is None:
            ln.set("body", "default")
    return lines


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each index, the length of the run of consecutive ``True`` flags through it (0 when False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def component(doc: Document) -> Document:
    """Pipeline component ``line_roles``: segments plus title/byline/publisher/credited/page_date."""
    lex = lexicon()
    lines = classify(doc, lex)
    # the dateline opens the first paragraph, or the second when a title was taken for the first
    for first_body in [ln for ln in lines if ln.role == "body"][:2]:
        dl = parts.inline_dateline(first_body.content, lex)
        if dl is not None:
            off = first_body.start + first_body.body_start + (len(first_body.text[first_body.body_start:])
                                                              - len(first_body.content))
            first_body.attrs["dateline"] = {**dl.as_dict(), "start": off, "end": off + dl.end}
            break
    title_line = next((ln for ln in lines if ln.role == "title"), None)
    _fill_metadata(doc, lines, title_line)
    for ln in lines:
        if ln.role == "attribution":
            ln.attrs.pop("dateline", None)
        attrs = {"reason": ln.reason, **ln.attrs}
        doc.add("segments", Span(ln.start, ln.end, ln.role or "body", attrs))
    doc.resources.update(versions())
    return doc


def _fill_metadata(doc: Document, lines: list[Line], title_line: Line | None) -> None:
    if not doc.title and title_line is not None:
        doc.title = title_line.content
    datelines = [{"start": ln.start, "end": ln.end, **ln.attrs["dateline"]}
                 for ln in lines if "dateline" in ln.attrs and ln.role in ("dateline", "byline", "body")]
    datelines.sort(key=lambda d: not (d.get("place") or d.get("agency")))    # stable: first with a place or agency
    if datelines and "dateline" not in doc.meta:
        doc.meta["dateline"] = datelines[0]
    if not doc.byline:
        by = next((ln for ln in lines if ln.role == "byline"), None)
        if by is not None:
            dl = by.attrs.get("dateline") or {}
            doc.byline = dl.get("person") or _strip_opener(by.content)
            if dl.get("outlet") and not doc.publisher:
                doc.publisher = dl["outlet"]
        elif datelines and datelines[0].get("person"):
            doc.byline = datelines[0]["person"]
    for ln in lines:
        if ln.role == "attribution":
            doc.publisher = doc.publisher or ln.attrs.get("publisher")
            doc.credited = doc.credited or ln.attrs.get("credited")
    for dl in datelines:
        if not doc.publisher and dl.get("outlet"):
            doc.publisher = dl["outlet"]
        if not doc.credited and dl.get("agency"):
            doc.credited = dl["agency"]
    doc.publisher = doc.publisher or next((ln.attrs["site"] for ln in lines if "site" in ln.attrs), None)
    if not doc.page_date:
        story = [i for i, ln in enumerate(lines) if ln.role in ("body", "title")]
        lo = min(story) if story else len(lines)
        hi = max(i for i, ln in enumerate(lines) if ln.role == "body") if any(ln.role == "body" for ln in lines) else -1
        for i, ln in enumerate(lines):
            if ln.date and (i < lo or i > hi):
                doc.page_date = ln.date
                ln.attrs["page_date"] = True
                break


def _strip_opener(text: str) -> str:
    text = re.sub(r"^(بقلم|كتب|كتبت|إعداد|اعداد|تحرير|حوار|رصد وتصوير|بواسطة|ترجمة)\s*[:-]?\s*", "", text)
    return re.split(r"\s+(?:تصوير|صور)\s*:", text)[0].strip()
