"""The ordered components that turn a :class:`~marsad.doc.Document` into an analysed one.

A component is a callable ``Document -> Document`` registered under a name, declaring which
layers it ``requires`` and ``assigns``. The default order reads like the folder tree:
clean -> lang -> entities -> events. Linking across documents (``marsad.corpus``) runs after.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .doc import Document

ComponentFn = Callable[[Document], Document]


@dataclass
class Component:
    name: str
    fn: ComponentFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        return self.fn(doc)


REGISTRY: dict[str, Component] = {}

# name -> "module:function" for the built-in components, imported on first use so that
# a user who only reads files does not pay for loading models.
BUILTIN: dict[str, str] = {
    "language": "marsad.lang.identify:component",
    "line_roles": "marsad.clean.lines:component",
    "sentences": "marsad.lang.ar.sentences:component",
    "times": "marsad.lang.ar.dates:component",
    "quantities": "marsad.lang.ar.numbers:component",
    "entities": "marsad.entities.recognise:component",
    "actors": "marsad.entities.actors:component",
    "events": "marsad.events.coder:component",
    "plausibility": "marsad.lang.plausibility:component",
}
DEFAULT_ORDER: tuple[str, ...] = (
    "language", "line_roles", "sentences", "times", "quantities", "plausibility", "entities", "actors", "events",
)


def register(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[ComponentFn], ComponentFn]:
    """Decorator: make ``fn`` available to pipelines under ``name``."""

    def wrap(fn: ComponentFn) -> ComponentFn:
        REGISTRY[name] = Component(name, fn, tuple(requires), tuple(assigns))
        return fn

    return wrap


def get(name: str) -> Component:
    if name not in REGISTRY:
        target = BUILTIN.get(name)
        if target is None:
            raise KeyError(f"no pipeline component named {name!r}; known: {sorted(set(REGISTRY) | set(BUILTIN))}")
        module, attr = target.split(":")
        fn = getattr(importlib.import_module(module), attr)
        if name not in REGISTRY:
            REGISTRY[name] = Component(name, fn)
    return REGISTRY[name]


@dataclass
class Pipeline:
    names: tuple[str, ...] = DEFAULT_ORDER
    components: list[Component] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.components = [get(n) for n in self.names]

    def __call__(self, doc: Document) -> Document:
        from .config import settings

        limit = settings().max_chars
        if len(doc.text) <= limit:
            for comp in self.components:
                doc = comp(doc)
            return doc
        return self._head_only(doc, limit)

    def _head_only(self, doc: Document, limit: int) -> Document:
        """A text longer than any article (a dump) is analysed up to ``limit`` characters, cut at a line or
        word boundary; the whole text is kept and the rest is flagged as not analysed."""
        import dataclasses

        from .doc import Span

        cut = doc.text.rfind("\n", limit // 2, limit)
        if cut < 0:
            cut = doc.text.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        head = dataclasses.replace(doc, text=doc.text[:cut], layers={}, events=[])
        for comp in self.components:
            head = comp(head)
        full = dataclasses.replace(head, text=doc.text)
        full.add("flags", Span(cut, len(doc.text), "not_analysed", {
            "message": f"only the first {cut:,} of {len(doc.text):,} characters were analysed (MARSAD_MAX_CHARS)"}))
        return full

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
