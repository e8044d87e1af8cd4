"""Two readings of one attack report joined across a clause keep apart what each clause's sides are: when the police
"فتحت النار ... على رجل اقتحم بسيارته طوقًا ... قرب خط وصول دورة فرنسا", France (of the Tour de France) named in the
man's clause is no target of the shooting. A subheading of a news digest heads the story after it, up to the next
one: its act is not merged into an earlier story's ("متمردون يختطفون 6 رجال دين" is not the Chad clash before it).
Sentences and a digest of 2015 news read by hand."""
from __future__ import annotations

from marsad.ingest import to_document
from marsad.ingest.record import Record
from marsad.pipeline import DEFAULT_ORDER, Pipeline

from _docs import sides

DIGEST = "\n".join([
    'اتفاق فرنسي - روسي في شأن سفينتي «ميسترال»',
    '',
    ('باريس - أ.ف.ب: توصل الرئيس الفرنسي فرنسوا هولاند، ونظيره الروسي فلاديمير بوتين، إلى اتفاق '
     'في قضية عدم تسليم سفينتي «ميسترال»، بحسب ما أعلنت الرئاسة الفرنسية في بيان.'),
    '',
    'مقتل 7 عناصر من «بوكو حرام» في مواجهات مع الجيش التشادي',
    '',
    ('نجامينا - أ.ف.ب: قتل سبعة متشددين وجرح جنديان أمس، في مواجهات بين الجيش التشادي وجماعة '
     'بوكو حرام المتطرفة على بحيرة تشاد، بحسب ما أفاد مصدر أمني في نجامينا.'),
    ('وقال المصدر الأمني إن مواجهات وقعت أمس بين القوات المسلحة التشادية وعناصر من «بوكو حرام» '
     'في جزيرة تشوكو تيليا التشادية، وهي منطقة محاذية لبحيرة تشاد.'),
    '',
    'متمردون يختطفون 6 رجال دين مسلمين في شرق الكونغو',
    '',
    ('بيني (الكونغو) - د.ب.أ: قالت السلطات الدينية في جمهورية الكونغو الديمقراطية أمس إن متمردين '
     'مجهولين خطفوا ستة رجال دين مسلمين تنزانيين وسائقهم في شرق البلاد.'),
    ('وأوضح الإمام موسى الحاجي هاشم، السكرتير التنفيذي للجالية الإسلامية في المنطقة، أنه جرى '
     'اختطاف الأئمة وسائقهم الكونغولي يوم الأحد الماضي.'),
    '',
])


def test_what_the_man_shot_at_stormed_is_no_target_of_the_shooting():
    got = sides("فتحت الشرطة الفرنسية النار باكرًا صباح أمس الأحد في وسط باريس على رجل اقتحم بسيارته طوقًا أمنيًّا أُقيم "
                "قرب خط وصول دورة فرنسا للدراجات النارية، على ما أفاد مصدر في الشرطة.", "2015-07-27")
    shots = [e for e in got if e[0] == "ASSAULT"]
    assert shots and all(e[2] != "فرنسا" for e in shots), got
    assert shots[0][1] == "الشرطة الفرنسية", got


def test_a_subheading_heads_only_the_story_after_it():
    doc = Pipeline(tuple(DEFAULT_ORDER))(to_document(Record(id="digest", source="", text=DIGEST, title="موجز",
                                                            published="2015-08-06")))
    hits = {doc.text[e.trigger.start:e.trigger.end]: e for e in doc.events if e.event == "ASSAULT" and not e.extension}
    assert "قتل" in hits and hits["قتل"].mode != "abduct" and hits["قتل"].actor is None, hits
    assert "خطفوا" in hits and hits["خطفوا"].actor is not None, hits
