"""Whole pages flattened to text in the layouts common on Arabic news sites (chrome, stamps, link lists)."""
from __future__ import annotations

from marsad.clean.lines import component
from marsad.doc import Document

PAGE_LINKS = """تخطي إلى المحتوى
الرئيسية
أخبار
الجيش الإسرائيلي يعلن مقتل ثلاثة من جنوده في معارك شمال غزة
نشر في: 12/11/2023 - 10:45
آخر تحديث: 12/11/2023 11:30

أعلن الجيش الإسرائيلي اليوم الأحد مقتل ثلاثة من جنوده خلال معارك في شمال قطاع غزة، ليرتفع عدد قتلاه منذ بدء العملية البرية.

اقرأ أيضا
list 1 of 3
مجلس الأمن يفشل مجددا في تبني قرار بشأن غزة
list 2 of 3
الأمم المتحدة تحذر من انهيار النظام الصحي في القطاع
list 3 of 3
end of list

وقال المتحدث باسم الجيش في بيان إن الجنود قتلوا في اشتباكات مع مسلحين في حي الشجاعية.

المصدر : الجزيرة + وكالات
الوسوم: غزة، إسرائيل
شارك
"""

PAGE_BYLINE = """الرئيسية > عربي ودولي > الخليج
وزير الخارجية السعودي يبحث مع نظيره الأمريكي تطورات المنطقة
بقلم: سارة العتيبي
الرياض - واس: بحث وزير الخارجية الأمير فيصل بن فرحان مع نظيره الأمريكي أنتوني بلينكن في اتصال هاتفي اليوم تطورات الأوضاع في المنطقة.
أرشيفية - رويترز
وأكد الوزيران أهمية تنسيق الجهود المشتركة لخفض التصعيد.
جميع الحقوق محفوظة © 2024
"""


def roles(text: str, **meta) -> tuple[Document, list[tuple[str, str]]]:
    doc = component(Document(text=text, **meta))
    return doc, [(s.label, doc.text[s.start:s.end]) for s in doc.layers["segments"]]


def test_lines_page_with_stamps_and_link_list():
    doc, got = roles(PAGE_LINKS)
    kinds = dict((text, kind) for kind, text in got)
    assert doc.title == "الجيش الإسرائيلي يعلن مقتل ثلاثة من جنوده في معارك شمال غزة"
    assert kinds["مجلس الأمن يفشل مجددا في تبني قرار بشأن غزة"] == "boilerplate"
    assert kinds["الأمم المتحدة تحذر من انهيار النظام الصحي في القطاع"] == "boilerplate"
    assert [k for k, _ in got].count("body") == 2
    assert kinds["المصدر : الجزيرة + وكالات"] == "attribution"
    assert (doc.publisher, doc.credited) == ("الجزيرة", "وكالات")
    assert kinds["نشر في: 12/11/2023 - 10:45"] == "boilerplate"
    assert doc.published is None


def test_lines_page_with_byline_dateline_and_caption():
    doc, got = roles(PAGE_BYLINE)
    assert [k for k, _ in got] == ["boilerplate", "title", "byline", "body", "caption", "body", "boilerplate"]
    assert doc.byline == "سارة العتيبي"
    assert doc.meta["dateline"]["place"] == "الرياض" and doc.credited == "واس"


def test_lines_title_from_url_slug():
    text = ("عاجل: ارتفاع أسعار النفط في التعاملات الآسيوية المبكرة\n"
            "وزير الخارجية السعودي يبحث مع نظيره الأمريكي تطورات المنطقة\n"
            "بحث وزير الخارجية الأمير فيصل بن فرحان مع نظيره الأمريكي أنتوني بلينكن تطورات الأوضاع في المنطقة.")
    doc = component(Document(text=text, url="https://example.com/news/وزير-الخارجية-السعودي-يبحث-مع-نظيره-الأمريكي"))
    assert doc.title.startswith("وزير الخارجية السعودي")


PAGE_MIXED = """دبي - العربية.نت
نشر في: 21 أكتوبر ,2022: 10:30 ص GST
قتلى في قصف على ريف إدلب شمال غربي سوريا
مصدر الصورة، Getty Images
التعليق على الصورة، سيارة محترقة بعد القصف في ريف إدلب
قتل خمسة مدنيين على الأقل اليوم الجمعة في قصف استهدف قرية في ريف إدلب الجنوبي، بحسب ما أفاد الدفاع المدني.
قصص مقترحة
نهاية قصص مقترحة
وقال مسؤول في الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.
رويترز
زمن القراءة: 2 دقيقة
تابعوا آخر الأخبار عبر حساباتنا
"""


def test_lines_page_with_credits_and_media_labels():
    doc, got = roles(PAGE_MIXED)
    kinds = [k for k, _ in got]
    assert kinds == ["dateline", "boilerplate", "title", "caption", "caption", "body", "boilerplate", "boilerplate",
                     "body", "attribution", "boilerplate", "boilerplate"]
    assert doc.publisher == "العربية.نت" and doc.meta["dateline"]["place"] == "دبي"
    assert doc.credited == "رويترز"
    assert doc.published is None and doc.page_date is None


PAGE_SECTIONS = """الشرق الأوسط
أخبار
العالم العربي
أوكرانيا تعلن إسقاط 30 مسيّرة روسية خلال الليل
كييف: «الشرق الأوسط»
نُشر: 10:45-21 أكتوبر 2022 م ـ 25 ربيع الأول 1444 هـ
جنود أوكرانيون في منطقة دونيتسك (أ.ف.ب)
أعلن سلاح الجو الأوكراني اليوم الجمعة أنه أسقط 30 مسيّرة روسية من أصل 36 أطلقتها موسكو خلال الليل على مناطق عدة.
وقال قائد سلاح الجو في بيان إن الدفاعات الجوية عملت في سبع مناطق.
مواضيع
أوكرانيا
روسيا
"""


def test_lines_page_with_site_name_sections_and_topics():
    doc, got = roles(PAGE_SECTIONS)
    assert [k for k, _ in got] == ["boilerplate", "boilerplate", "boilerplate", "title", "dateline", "boilerplate",
                                   "caption", "body", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert doc.publisher == "الشرق الأوسط"
    dl = doc.meta["dateline"]
    assert (dl["place"], dl["outlet"], doc.text[dl["start"]:dl["end"]]) == ("كييف", "الشرق الأوسط", "كييف: «الشرق الأوسط»")
    stamp = doc.layers["segments"][5]
    assert stamp.attrs["value"] == "2022-10-21" and doc.published is None


PAGE_CLOCK = """Skip to content
الوضع الليلي
السبت 12 نوفمبر 2022
بحث
سياسة
القوات التركية تقصف مواقع في شمال سوريا
أرشيفية
قصفت القوات التركية فجر اليوم السبت مواقع لقوات سوريا الديمقراطية في ريف الحسكة الشمالي، بحسب مصادر محلية.
وقالت المصادر إن القصف طال قرى عدة قرب بلدة تل تمر دون أنباء عن إصابات.
Photo: Reuters
اقرأ المزيد: واشنطن تدعو أنقرة إلى ضبط النفس
وكانت أنقرة قد هددت مرارا بشن عملية برية جديدة في شمال سوريا.
ليفانت - خاص
آخر الأخبار
روسيا تعلن السيطرة على بلدة جديدة في دونيتسك
"""


def test_lines_page_with_clock_read_more_and_latest_news():
    doc, got = roles(PAGE_CLOCK)
    assert [k for k, _ in got] == ["boilerplate"] * 5 + ["title", "caption", "body", "body", "caption", "boilerplate",
                                                        "body", "attribution", "boilerplate", "boilerplate"]
    assert (doc.page_date, doc.published) == ("2022-11-12", None)
    assert (doc.publisher, doc.credited) == ("ليفانت", "خاص")


def test_lines_menu_items_above_the_title_are_chrome():
    text = ("أخبار محلية\nالقائمة\nعربي ودولي\n"
            "القوات التركية تقصف مواقع في شمال سوريا\n"
            "قصفت القوات التركية فجر اليوم السبت مواقع لقوات سوريا الديمقراطية في ريف الحسكة الشمالي.")
    doc, got = roles(text)
    assert [k for k, _ in got] == ["boilerplate", "boilerplate", "boilerplate", "title", "body"]
    assert doc.byline is None
