"""Hand-built analysed documents for store tests (events as small objects with ``to_dict``)."""
from __future__ import annotations

from typing import Any

from marsad.doc import Document, Span

# real sentences (SaudiNewsNet, 2015-07-23): a report, its republication with a sentence added, another text
REPORT = ("لقد عرف الشعب السعودي الكريم مخاطر ومآسي الأعمال الإرهابية في السابق والحاضر، وعرف أيضاً أن "
          "المستهدف الأول من هذه الأعمال وطن كل السعوديين والدفاع عنه مسئولية كل فرد من أفراده. "
          "وأعلنت القوات العراقية في 13 يوليو (تموز)، تكثيف عملياتها في الانبار بهدف «تحرير» المحافظة "
          "الحدودية مع سوريا والاردن والسعودية.")
REPUBLISHED = REPORT + " ونزل اليورو عن 1.10 دولار بعد انخفاض طلبات إعانة البطالة الأمريكية."
OTHER = "من المبكر بعدُ تقويم تأثير مناخ الانفتاح الأميركي - الغربي على «دبلوماسية» إيران الشرق أوسطية."

# Real SaudiNewsNet reports (2015-07-23): two papers on the second Saudi relief plane landing in Aden, one on
# Apple's quarterly results.
ADEN_1 = ("وصول طائرة الشحن السعودية الثانية الإغاثية لمطار عدن\n"
          "وصلت إلى مطار عدن الدولي اليوم طائرة الشحن السعودية الثانية محملة بالمواد الإغاثية والطبية والغذائية "
          "المقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية لمساعدة الشعب اليمني.")
ADEN_2 = ("طائرة إغاثة سعودية ثانية تهبط في مطار عدن\n"
          "هبطت في مطار عدن طائرة إغاثة سعودية ثانية تحمل عشرة أطنان من المواد الغذائية والطبية، في إطار الجسر "
          "الجوي الذي أطلقه مركز الملك سلمان للإغاثة لدعم سكان المدينة اليمنية.")
APPLE = ("أرباح «أبل» ترتفع 33 % إلى 49.61 مليار دولار خلال الربع الثالث\n"
         "سجلت شركة أبل زيادة في أرباحها بنسبة 33 في المائة في ربعها المالي الماضي إلى 49.61 مليار دولار، غير أن "
         "المستثمرين ما زالوا قلقين، حيث جاءت مبيعات هواتف آي فون دون تقييمات المحللين.")


class FakeEvent:
    """Stands in for an event coder's event: ``to_dict(doc)`` gives the contract record."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def to_dict(self, doc: Document) -> dict[str, Any]:
        return dict(self.record)


def party(text: str, doc_text: str, **actor: Any) -> dict[str, Any]:
    assert text in doc_text
    return {"entity_text": text, **actor}


def make_doc(text: str, *, id: str, published: str | None = "2015-07-23", title: str | None = None,
             publisher: str | None = "aawsat", events: list[dict[str, Any]] = ()) -> Document:
    doc = Document(text=text, id=id, source=f"{id}.txt", published=published, title=title, publisher=publisher,
                   language="ar")
    doc.add("segments", Span(0, len(text), "body"))
    for i, ev in enumerate(events, 1):
        rec = {"id": f"e{i}", "mode": None, "date": None, "recipient": None, "from_caption": False, "aux": [],
               "confidence": 0.8, **ev}
        ev_text = rec.pop("evidence", None)
        if ev_text is not None:
            start = text.index(ev_text)
            rec["text_info"] = {"start": start, "end": start + len(ev_text)}
        doc.events.append(FakeEvent(rec))
    return doc


def spy_loads(monkeypatch: Any, store: Any) -> list[list[str] | None]:
    """Record the ids of every ``store.load_documents`` call from now on (None for "all")."""
    loaded: list[list[str] | None] = []
    original = type(store).load_documents

    def spy(self: Any, ids: Any = None) -> Any:
        ids = None if ids is None else list(ids)
        loaded.append(ids)
        return original(self, ids)

    monkeypatch.setattr(type(store), "load_documents", spy)
    return loaded
