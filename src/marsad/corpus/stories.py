"""Stories: reports about the same happening, across outlets and languages, clustered incrementally.

Documents are taken in publication order; each joins the story whose members it is most similar to on
average (above the story threshold), or starts a new one. Taking documents one at a time keeps memory
flat and lets new documents join stories already in a store without reprocessing old ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .similarity import Profile, embed_profiles, similarity


@dataclass
class Story:
    members: list[Profile] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [p.id for p in self.members]


def cluster_stories(profiles: Sequence[Profile], threshold: float | None = None) -> list[Story]:
    embed_profiles(profiles)
    stories: list[Story] = []
    for p in sorted(profiles, key=lambda p: (p.published or "9999", p.id)):
        best, best_score = None, 0.0
        for st in stories:
            sims = [similarity(p, q, threshold) for q in st.members]
            if not all(s.same_story for s in sims):
                continue
            avg = sum(s.score for s in sims) / len(sims)
            if avg > best_score:
                best, best_score = st, avg
        if best is None:
            stories.append(Story([p]))
        else:
            best.members.append(p)
    return stories
