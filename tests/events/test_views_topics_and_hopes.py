"""Readings fixed from a 2015 news sample read by hand.

Agreeing "على أهمية" something is a shared view, no agreement to act; talks named as what a movement is divided
"بشأن" are a topic; "المزيد من التعاون" is cooperation hoped for; and an arrest "الأسبوع الماضي" is not dated by the
months of the robberies it is charged with.
"""
from __future__ import annotations

from coded_events import plover


def _events(text: str, published: str = "2015-08-03"):
    return plover(text, published)


def test_agreeing_on_the_importance_of_something_is_a_view():
    _, evs = _events("كما أكد أن مصر والولايات المتحدة الأمريكية توافق على أهمية إيجاد حل سياسى للأزمة السورية والحفاظ "
                     "على وحدة أراضيها.")
    assert not [e for e in evs if e.event == "AGREE"]


def test_talks_a_movement_is_divided_about_are_a_topic():
    _, evs = _events("وأوضح المحللون أن عدة شخصيات بارزة في الحركة، بمن فيهم ابن وشقيق الملا عمر، انسحبوا من الاجتماع في "
                     "حالة من الاحتجاج، مشيرين إلى أن انشقاق بعض أعضاء حركة طالبان يعتبر أول تحد يواجهه «الملا أختر»، "
                     "خاصة أن الحركة منقسمة بشأن محادثات سلام مع الحكومة الأفغانية وتواجه تهديدًا من تنظيم داعش الإرهابي.")
    assert not [e for e in evs if e.event == "CONSULT"]


def test_more_cooperation_is_hoped_for():
    _, evs = _events("ويساعد تحسين محتويات القرار المذكور في فتح الأبواب أمام الحوار والتفاهم، والمساهمة كذلك، في اتجاه "
                     "المزيد من التعاون بين الاتحاد الأوروبي ومنظمة التعاون الإسلامي.")
    assert not [e for e in evs if e.event == "COOPERATE"]


def test_an_arrest_last_week_is_not_dated_by_the_crimes_months():
    doc, evs = _events("واعتقلت الشرطة راندولف بروس أداير (70 عامًا) الأسبوع الماضي لصلته بحوادث سطو على خمسة بنوك في مقاطعة "
                       "أورانج بين مارس (آذار) ويوليو (تموز)، وألقي باللوم فيها على شخص أطلق عليه اسم لص سنوبيرد.")
    arrests = [e for e in evs if e.event == "COERCE"]
    assert arrests and arrests[0].date is None
    assert doc.text[arrests[0].date_span.start:arrests[0].date_span.end] == "الأسبوع الماضي"


def test_an_improvement_praised_is_no_side():
    _, evs = _events("كما أشاد نائب الرئيس اليمني رئيس مجلس الوزراء بالتحسن النسبي في عمليات الإغاثة التي تتم عن طريق ميناء "
                     "ومطار عدن خاصة بعد أن أصبحت عدن خالية من وجود المليشيات المتمردة.")
    assert not [e for e in evs if e.event == "SUPPORT"]


def test_a_presidents_appeal_to_festival_crowds_is_public():
    doc, evs = _events("وضمن كلمته الافتتاحية، حث الرئيس النمساوي، هاينز فيشر، جماهير بريغنز وزوار المهرجان على أن يتسع هدف "
                       "المهرجان لإشاعة فضائل التسامح.")
    assert not [e for e in evs if e.event == "REQUEST"]
    assert any(d["why"] == "addressed to the general public" for d in doc.meta["events_not_reported"])


def test_a_bear_that_attacked_a_visitor_is_no_attacker():
    _, evs = _events("وفي حادث مماثل، قال مسؤولون في متنزه يلوستون الوطني في ولاية وايومنغ الأميركية إن دبا أشيب واحدا على "
                     "الأقل هاجم أحد رواد المتنزه والذي عُثر على جثته مأكولة جزئيا وذلك بناء على الجروح التي كانت في "
                     "ذراعه.", published="2015-08-08")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_a_demand_of_ones_own_staff_is_public():
    _, evs = _events("طالب أمين منطقة عسير صالح بن عبد الله القاضي منسوبي الأمانة بتعميق روح العمل الجماعي والالتزام بالتخطيط "
                     "العلمي المدروس، حاثًا إياهم على اتباع المنهج الذي تحرص عليه الأمانة في إنجاز إجراءات المواطنين أولا "
                     "بأول.", published="2015-08-08")
    assert not [e for e in evs if e.event == "REQUEST"]


def test_the_day_before_an_announcement_is_not_the_killings():
    _, evs = _events("أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن مقتل محسن الفضلي، زعيم جماعة خراسان، في غارة أمريكية "
                     "مطلع يوليو/تموز الحالي.", published="2015-07-23")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and all(e.date == "2015-07" for e in attacks)


def test_talks_envoys_arrived_to_begin_are_to_come():
    _, evs = _events("كان ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية وآلية الاستقرار الأوروبية قد وصلوا إلى أثينا لبدء "
                     "جولة مفاوضات جديدة مع اليونانيين.", published="2015-07-24")
    assert not [e for e in evs if e.event == "CONSULT" and "future" not in e.aux]
