"""Links across a set of analysed documents (the ``links`` object of ``analyze --json``).

:class:`Linker` takes documents one at a time, as they come out of the pipeline, and does at once the work
each document needs on its own (its JSON form, its event reports, its near-duplicate signature, its story
profile, and the story embeddings of every :data:`EMBED_CHUNK` documents), so that when the last document
arrives only the grouping across documents is left. :func:`link_documents` is the same on a list.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ..doc import Document
from .dedup import MIN_SHINGLES, NearDuplicateIndex, shingles, signatures
from .event_coref import Report, contradictions, group_reports
from .similarity import Profile, embed_profiles, profile_of
from .stories import cluster_stories

# documents whose story leads are embedded together: the embedder's own batch, so that the vectors are those
# of embedding all the leads in one call (a model's arithmetic may differ in the last bit with the batch)
EMBED_CHUNK = 64


def reports_of(docs: list[Document], dicts: list[dict[str, Any]] | None = None) -> list[Report]:
    dicts = dicts or [d.to_dict() for d in docs]
    return [Report(doc.id, ev, doc.published, doc.source) for doc, d in zip(docs, dicts) for ev in d["events"]]


@dataclass
class DocLinks:
    """What linking needs of one document apart from its story profile: its event reports and its
    near-duplicate signature (None for a text too short to compare)."""

    id: str
    published: str | None
    reports: list[Report]
    signature: np.ndarray | None


def doc_links(doc: Document, d: dict[str, Any] | None = None) -> DocLinks:
    """The :class:`DocLinks` of ``doc`` (``d``: its :meth:`Document.to_dict`, if already made)."""
    d = d if d is not None else doc.to_dict()
    sh = shingles(doc.text or "")
    return DocLinks(doc.id, doc.published, reports_of([doc], [d]),
                    None if sh.size < MIN_SHINGLES else signatures([sh])[0])


class Linker:
    """Links across documents added one at a time (in the order that defines the output)."""

    def __init__(self, *, stories: bool = True) -> None:
        self.stories = stories
        self._loader: Any = None
        self.ids: list[str] = []
        self.reports: list[Report] = []
        self.profiles: list[Profile] = []
        self._dedup = NearDuplicateIndex()
        self._pairs: list[tuple[str, str]] = []
        self._unembedded = 0

    def add(self, doc: Document, d: dict[str, Any] | None = None) -> dict[str, Any]:
        """Take ``doc`` (``d``: its :meth:`Document.to_dict`, if already made); returns that dict."""
        d = d if d is not None else doc.to_dict()
        self.add_links(doc_links(doc, d))
        if self.stories:
            self.profiles.append(profile_of(doc, d))
            self._unembedded += 1
            if self._unembedded >= EMBED_CHUNK:
                self._embed()
        return d

    def add_links(self, x: DocLinks) -> None:
        """Take a document by its :class:`DocLinks` alone (a linker without stories)."""
        self.ids.append(x.id)
        self.reports.extend(x.reports)
        if x.signature is not None:
            self._pairs.extend((x.id, other) for other in self._dedup.add(x.id, "", x.published, sig=x.signature))

    def preload(self) -> None:
        """Load the story embedder in a background thread (for a caller that waits on worker processes
        meanwhile; call it once they exist: a process forked while a thread loads could inherit its locks)."""
        if self.stories and self._loader is None:
            import threading

            self._loader = threading.Thread(target=_load_story_embedder, name="story-embedder", daemon=True)
            self._loader.start()

    def _embed(self) -> None:
        if self._loader is not None:
            self._loader.join()
        if self._unembedded:
            embed_profiles(self.profiles[-self._unembedded:])
            self._unembedded = 0

    def links(self) -> dict[str, Any]:
        """``{"same_event", "contradictions", "duplicates", "stories"}`` for the documents added so far.

        same_event: groups of "docid#eventid" reporting one real-world event (two or more documents);
        stories: groups of document ids about one happening; contradictions: per event group, the fields on
        which its reports disagree; duplicates: near-identical texts with the earliest report first.
        """
        groups = group_reports(self.reports)
        multi = [g for g in groups if len({r.doc_id for r in g.reports}) > 1]
        out: dict[str, Any] = {
            "same_event": [g.refs for g in multi],
            "contradictions": [c for g in multi for c in contradictions(g)],
            "duplicates": [{"origin": g.origin, "members": g.members}
                           for g in self._dedup.groups(self._pairs) if len(g.members) > 1],
        }
        if self.stories and len(self.ids) > 1:
            self._embed()
            out["stories"] = [st.ids for st in cluster_stories(self.profiles)]
        else:
            out["stories"] = [[i] for i in self.ids]
        return out


def _load_story_embedder() -> None:
    from ..embeddings import get_embedder
    from .similarity import story_embedder_name

    try:
        get_embedder(story_embedder_name())
    except Exception:   # the same failure comes again, and is reported, when the leads are embedded
        pass


def link_documents(docs: list[Document], *, stories: bool = True) -> dict[str, Any]:
    """``{"same_event", "stories", "contradictions", "duplicates"}`` for ``docs`` (see :meth:`Linker.links`)."""
    linker = Linker(stories=stories and len(docs) > 1)
    for doc in docs:
        linker.add(doc)
    return linker.links()
