"""A small store for the web tests: the two seed articles, a second report of the 13 May 2022 call, and an
article whose text carries HTML and script (it must show as text, never run).

The documents go through the real pipeline; when the NER model is not built yet, through the pipeline
without the statistical recogniser (dictionary names, actors, events still run).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds.jsonl"
NER_MODEL = ROOT / "src" / "marsad" / "resources" / "models" / "ner" / "model.crfsuite"

SECOND_REPORT = (
    "أوستن يطالب شويغو بوقف إطلاق النار في أول اتصال منذ بدء الحرب\n\n"
    "واشنطن (وكالات) - أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا هاتفيا بنظيره الروسي سيرغي شويغو يوم الجمعة "
    "13 مايو 2022، هو الأول بينهما منذ 18 فبراير.\n\n"
    "وطالب أوستن نظيره الروسي بوقف فوري لإطلاق النار في أوكرانيا، وفق بيان للبنتاغون.\n\n"
    "وكانت الولايات المتحدة قد سمحت بشحن 3.8 مليار دولار من الأسلحة إلى أوكرانيا منذ بداية الصراع.\n"
)

XSS_TEXT = (
    "عنوان <img src=x onerror=alert(3)>\n\n"
    "أجرى لويد أوستن اتصالا هاتفيا بنظيره الروسي سيرغي شويغو يوم الجمعة 13 مايو 2022 "
    "<script>alert(1)</script> في موسكو.\n\n"
    "وكتب أحد القراء عن الأمن والدفاع <img src=x onerror=alert(2)> و<b>نص عريض</b> و<a href=\"javascript:alert(4)\">رابط</a> في التعليقات.\n"
)
XSS_ID = "xss-article"
ODD_ID = "folder/report 1.txt?x=1"     # an id with a slash, a space and a question mark
ODD_TEXT = "التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيرته الفرنسية كاترين كولونا في باريس يوم 20 أكتوبر 2022.\n"
SECOND_ID = "wire-report"


def pipeline():
    from marsad.pipeline import DEFAULT_ORDER, Pipeline

    if NER_MODEL.exists():
        return Pipeline(DEFAULT_ORDER), True
    return Pipeline(tuple(n for n in DEFAULT_ORDER if n != "entities")), False


def documents():
    """The analysed documents, and whether the full pipeline (with the NER model) made them."""
    from marsad.ingest import read_inputs, to_document
    from marsad.ingest.record import Record

    pipe, full = pipeline()
    recs = [r for r in read_inputs([str(SEEDS)]) if isinstance(r, Record)]
    recs.append(Record(id=SECOND_ID, source="wire", text=SECOND_REPORT, published="2022-05-14",
                       publisher="وكالة الأنباء"))
    recs.append(Record(id=XSS_ID, source="<script>alert(5)</script>", text=XSS_TEXT, published="2022-05-15",
                       publisher="<i>ناشر</i>", title="<img src=x onerror=alert(6)> عنوان"))
    recs.append(Record(id=ODD_ID, source="folder/report 1.txt", text=ODD_TEXT, published="2022-10-20"))
    return [pipe(to_document(r)) for r in recs], full


def build(path: str | Path) -> dict:
    """Write the store at ``path``; return what was made."""
    from marsad.corpus.links import link_documents
    from marsad.store import Store

    docs, full = documents()
    with Store.open(path) as st:
        ids = [st.add_document(d) for d in docs]
        links = link_documents(docs, stories=False)
        seeds = [d.id for d in docs if d.id not in (XSS_ID, ODD_ID)]
        links["stories"] = [seeds, [XSS_ID]]
        st.set_links(links)
    return {"ids": ids, "full_pipeline": full, "links": links}


if __name__ == "__main__":
    info = build(sys.argv[1])
    print(info["ids"], "full pipeline" if info["full_pipeline"] else "pipeline without the NER model")
