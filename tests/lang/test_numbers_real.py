"""Quantities found in real sentences: value, unit, what they measure, and the exact span.

Sentences come from ../shared (loaded, never copied): the Arabic event GSR (MIT, openeventdata/arabic_event_gsr;
cases name the file and sentence id) and SaudiNewsNet (CC BY-NC-SA 4.0; cases name the article URL of 2015-07-23),
plus the seed article in examples/.
"""
from __future__ import annotations

import csv
import json
import zipfile
from functools import lru_cache

import pytest

from marsad.lang.ar.numbers import find
from testkit import need_shared

GSR = [
    ('assault', 'AAW_ARB_20071026.0026-2', 'ألفي جندي', 2000.0, 'جندي', 'people'),
    ('assault', 'AAW_ARB_20080805.0021-9', '300 كلم', 300.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20080924.0004-3', '25 عاما', 25.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20071208.0036-23', '100 كلم', 100.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20071208.0036-23', 'عشرة اشخاص', 10.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20071228.0042-19', 'ثلاثة جنود', 3.0, 'جندي', 'people'),
    ('assault', 'AAW_ARB_20070107.0052-3', '40 ألف دولار', 40000.0, 'USD', 'money'),
    ('assault', 'AAW_ARB_20080721.0073-6', '15 عاما', 15.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20061102.0018-34', '3 اطنان', 3.0, 'طن', 'weight'),
    ('assault', 'AAW_ARB_20080806.0036-8', '16 قتيلا', 16.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20080308.0040-4', '60 قتيلا', 60.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20080526.0104-2', 'عشرات آلاف المنازل', None, 'منزل', 'count'),
    ('assault', 'AAW_ARB_20070602.0045-16', 'ثلاثة معتقلين', 3.0, 'معتقل', 'people'),
    ('assault', 'AAW_ARB_20080714.0043-4', '19 عاما', 19.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070206.0012-1', '18 شخصا', 18.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070206.0012-1', 'عشرات', None, None, 'count'),
    ('assault', 'AAW_ARB_20081124.0054-2', 'سبعة عشر يوماً', 17.0, 'يوم', 'duration'),
    ('assault', 'AAW_ARB_20080711.0037-11', '250 شيكلا', 250.0, 'ILS', 'money'),
    ('assault', 'AAW_ARB_20080131.0043-3', '125 كلم', 125.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20071002.0048-4', '411 شخصا', 411.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20080209.0088-38', 'ثلاثين عاماً', 30.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080407.0014-3', '17 موظفاً', 17.0, 'موظف', 'people'),
    ('assault', 'AAW_ARB_20070427.0012-22', '20 كيلومترا', 20.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20070322.0018-4', 'خمسة مسلحين', 5.0, 'مسلح', 'people'),
    ('assault', 'AAW_ARB_20070317.0048-19', '30 فردا', 30.0, 'فرد', 'people'),
    ('assault', 'AAW_ARB_20080308.0034-7', '68 قتيلا', 68.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20080308.0034-7', '120 جريحا', 120.0, 'جريح', 'people'),
    ('assault', 'AAW_ARB_20070318.0001-4', '14 يوما', 14.0, 'يوم', 'duration'),
    ('assault', 'AAW_ARB_20071015.0049-13', '52 شخصا', 52.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20061201.0059-2', '22 سنة', 22.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20071227.0036-2', '21 عاما', 21.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20071227.0036-2', '500 كيلوغرام', 500.0, 'كيلوغرام', 'weight'),
    ('assault', 'AAW_ARB_20070402.0024-6', 'مليون دولار', 1000000.0, 'USD', 'money'),
    ('assault', 'AAW_ARB_20070514.0056-2', '2.6 مليون جنيه استرليني', 2600000.0, 'GBP', 'money'),
    ('assault', 'AAW_ARB_20061205.0099-2', 'عشرات الدول', None, 'دولة', 'count'),
    ('assault', 'AAW_ARB_20080512.0096-1', 'أربع سنوات', 4.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080512.0096-1', '3,75 مليون يورو', 3750000.0, 'EUR', 'money'),
    ('assault', 'AAW_ARB_20080822.0027-9', '59 شخصا', 59.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20081027.0031-1', '202 شخص', 202.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20071121.0051-8', '5 صواريخ', 5.0, 'صاروخ', 'count'),
    ('assault', 'AAW_ARB_20071121.0051-8', '18 قذيفة', 18.0, 'قذيفة', 'count'),
    ('assault', 'AAW_ARB_20070805.0056-22', '18 شهراً', 18.0, 'شهر', 'duration'),
    ('assault', 'AAW_ARB_20080919.0023-8', '50 كيلومترا', 50.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20070425.0033-2', 'أربعة مدنيين', 4.0, 'مدني', 'people'),
    ('assault', 'AAW_ARB_20071007.0022-3', '18 سيارة', 18.0, 'سيارة', 'count'),
    ('assault', 'AAW_ARB_20070707.0025-14', '3180 منزلا', 3180.0, 'منزل', 'count'),
    ('assault', 'AAW_ARB_20070923.0073-19', 'آلاف الاميال', None, 'ميل', 'distance'),
    ('assault', 'AAW_ARB_20081013.0019-8', '15 عامًا', 15.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20081013.0019-8', '7 سنوات', 7.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080205.0086-3', 'مئات الألوف', None, None, 'count'),
    ('assault', 'AAW_ARB_20080507.0007-4', '12 امرأة', 12.0, 'امرأة', 'people'),
    ('assault', 'AAW_ARB_20080507.0007-4', '11 امرأة', 11.0, 'امرأة', 'people'),
    ('assault', 'AAW_ARB_20070227.0031-19', '24 ساعة', 24.0, 'ساعة', 'duration'),
    ('assault', 'AAW_ARB_20081005.0014-14', '200 ميل', 200.0, 'ميل', 'distance'),
    ('assault', 'AAW_ARB_20081005.0014-14', '33 دبابة', 33.0, 'دبابة', 'count'),
    ('assault', 'AAW_ARB_20070108.0036-1', 'سبعة ايام', 7.0, 'يوم', 'duration'),
    ('assault', 'AAW_ARB_20071231.0022-43', '29 شخصا', 29.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070425.0025-15', 'عشرات الصواريخ', None, 'صاروخ', 'count'),
    ('assault', 'AAW_ARB_20061224.0017-1', '30 عاما', 30.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080208.0042-5', '40 عاما', 40.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080208.0042-5', 'ثلاثة طلاب', 3.0, 'طالب', 'people'),
    ('assault', 'AAW_ARB_20080602.0047-24', 'ثلاثة جرحى', 3.0, 'جريح', 'people'),
    ('assault', 'AAW_ARB_20080602.0047-24', 'ثلاثة اشخاص', 3.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070420.0026-17', 'ثلاث سنوات', 3.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20081024.0063-2', 'خمس مرات', 5.0, 'مرة', 'count'),
    ('assault', 'AAW_ARB_20081024.0063-2', 'ثلاث مرات', 3.0, 'مرة', 'count'),
    ('assault', 'AAW_ARB_20081103.0035-7', '22 قذيفة', 22.0, 'قذيفة', 'count'),
    ('assault', 'AAW_ARB_20071002.0054-2', '38 سنة', 38.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20071002.0054-2', '8 قتلى', 8.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20071002.0054-2', '150 جريحا', 150.0, 'جريح', 'people'),
    ('assault', 'AAW_ARB_20071002.0054-2', '10 جرحى', 10.0, 'جريح', 'people'),
    ('assault', 'AAW_ARB_20081231.0006-36', '60 شخصا', 60.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070824.0028-27', 'ثلاث سيارات', 3.0, 'سيارة', 'count'),
    ('assault', 'AAW_ARB_20070105.0014-6', '47 ارهابياً', 47.0, 'إرهابي', 'people'),
    ('assault', 'AAW_ARB_20061122.0038-12', '100 كم', 100.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20080912.0002-11', '376 مقاتلا', 376.0, 'مقاتل', 'people'),
    ('assault', 'AAW_ARB_20080912.0002-11', '56.4 في المائة', 56.4, '%', 'percent'),
    ('assault', 'AAW_ARB_20071220.0015-21', 'بضع سنوات', None, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070919.0029-4', '40%', 40.0, '%', 'percent'),
    ('assault', 'AAW_ARB_20080531.0061-3', '230 ألف قتيل', 230000.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20070319.0087-8', '30 سنة', 30.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20080912.0099-26', '10 سنوات', 10.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070407.0043-7', '39 سنة', 39.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070708.0031-20', 'عشرات القتلى', None, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20080509.0006-17', 'ستة افراد', 6.0, 'فرد', 'people'),
    ('assault', 'AAW_ARB_20080120.0051-1', 'سبعة اشخاص', 7.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070204.0001-3', '7 سيارات', 7.0, 'سيارة', 'count'),
    ('assault', 'AAW_ARB_20070204.0001-3', '4 أشخاص', 4.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070823.0014-9', '90 الف نازح', 90000.0, 'نازح', 'people'),
    ('assault', 'AAW_ARB_20080117.0015-3', '50 كلم', 50.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20080117.0015-3', 'ثمانية اشخاص', 8.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20061214.0004-4', '48 ساعة', 48.0, 'ساعة', 'duration'),
    ('assault', 'AAW_ARB_20061103.0022-1', 'عشرة أيام', 10.0, 'يوم', 'duration'),
    ('assault', 'AAW_ARB_20070301.0012-16', '80 كلم', 80.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20070416.0039-6', '33 سنة', 33.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070619.0046-3', '33 متهما', 33.0, 'متهم', 'people'),
    ('assault', 'AAW_ARB_20070619.0046-3', '26 عنصرا', 26.0, 'عنصر', 'people'),
    ('assault', 'AAW_ARB_20080124.0018-3', 'خمس قذائف', 5.0, 'قذيفة', 'count'),
    ('assault', 'AAW_ARB_20080921.0027-1', '10 دقائق', 10.0, 'دقيقة', 'duration'),
    ('assault', 'AAW_ARB_20080117.0004-1', '7 فلسطينيين', 7.0, 'فلسطيني', 'people'),
    ('assault', 'AAW_ARB_20080117.0004-1', '36 ساعة', 36.0, 'ساعة', 'duration'),
    ('assault', 'AAW_ARB_20080117.0004-1', 'عشرات الجرحى', None, 'جريح', 'people'),
    ('assault', 'AAW_ARB_20080214.0004-40', '85 شخصا', 85.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070618.0001-2', 'ثلاثة صواريخ', 3.0, 'صاروخ', 'count'),
    ('assault', 'AAW_ARB_20061223.0041-23', 'مئات', None, None, 'count'),
    ('assault', 'AAW_ARB_20080314.0023-11', 'ثمانية قتلى', 8.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20080830.0020-10', '20 شخصاً', 20.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070624.0025-3', 'ثلاثين طالبا', 30.0, 'طالب', 'people'),
    ('assault', 'AAW_ARB_20070624.0025-3', 'تسعة اشخاص', 9.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20071001.0025-6', '12 جنديا', 12.0, 'جندي', 'people'),
    ('assault', 'AAW_ARB_20080205.0025-13', 'بضعة امتار', None, 'متر', 'distance'),
    ('assault', 'AAW_ARB_20081201.0024-6', 'مائتي متر', 200.0, 'متر', 'distance'),
    ('assault', 'AAW_ARB_20080705.0023-3', 'ثلاثة إسرائيليين', 3.0, 'إسرائيلي', 'people'),
    ('assault', 'AAW_ARB_20070802.0081-28', 'عشرين عاماً', 20.0, 'سنة', 'duration'),
    ('assault', 'AAW_ARB_20070328.0033-18', '370 كلم', 370.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20070823.0030-1', '20 شخصا', 20.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070718.0016-9', '86 قتيلا', 86.0, 'قتيل', 'people'),
    ('assault', 'AAW_ARB_20070616.0028-5', '4 اشخاص', 4.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20071227.0053-13', '16 الف شخص', 16000.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20070109.0040-31', '90 كيلومترا', 90.0, 'كيلومتر', 'distance'),
    ('assault', 'AAW_ARB_20070308.0067-3', '186 شخصا', 186.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20080304.0032-5', '15 شخصا', 15.0, 'شخص', 'people'),
    ('assault', 'AAW_ARB_20081113.0027-13', 'ثلاثة اشهر', 3.0, 'شهر', 'duration'),
    ('assault', 'AAW_ARB_20080308.0067-10', 'ملايين اطنان', None, 'طن', 'weight'),
    ('assault', 'AAW_ARB_20080703.0066-14', 'تسع ضحايا', 9.0, 'ضحية', 'people'),
    ('assault', 'AAW_ARB_20071028.0012-79', 'ثلاثة أسابيع', 3.0, 'أسبوع', 'duration'),
    ('assault', 'AAW_ARB_20080814.0030-2', '30 كلم', 30.0, 'كيلومتر', 'distance'),
]

SAUDINEWSNET_2015_07_23 = [
    ('http://aawsat.com/home/article/412771/عثمان-ميرغني/لكي-لا-تصبح-الحرب-على-الإرهاب-وقودًا-له', 'مائة في المائة', 100.0, '%', 'percent'),
    ('http://aawsat.com/home/article/412796/هدى-الحسيني/الاتفاق-النووي-حقق-الاستقرار-للنظام-الإيراني-في-الداخل', '100 مليار دولار', 100000000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412806/محمّد-النغيمش/الغضب-جنون-مؤقت', '20 في المائة', 20.0, '%', 'percent'),
    ('http://aawsat.com/home/article/413261/مقتل-جندي-تركي-وإصابة-آخر-باشتباكات-مع-«داعش»-على-الحدود-السورية', '32 شخصا', 32.0, 'شخص', 'people'),
    ('http://aawsat.com/home/article/413211/مقتل-ضابط-و3-جنود-بالجيش-المصري-في-انفجار-عبوة-ناسفة-بسيناء', '3 جنود', 3.0, 'جندي', 'people'),
    ('http://aawsat.com/home/article/413206/جمهوريون-ومناصرون-لإسرائيل-يشنون-حملة-مضادة-لرفض-الاتفاق-النووي-مع-إيران', '20 مليون دولار', 20000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/413221/هيلاري-كلينتون-تتفوق-على-المشاهير-في-استطلاعات-للرأي-بين-الناخبين-الديمقراطيين', '26 في المائة', 26.0, '%', 'percent'),
    ('http://aawsat.com/home/article/413181/البرلمان-اليوناني-يتبنى-الشق-الثاني-من-تدابير-الدائنين', '100 ألف يورو', 100000.0, 'EUR', 'money'),
    ('http://aawsat.com/home/article/413161/السلطات-الإيرانية-تقمع-تظاهرة-لتدريسيين-وتعتقل-200-منهم', 'ألفي', 2000.0, None, 'count'),
    ('http://aawsat.com/home/article/413166/تشديدات-أمنية-استعدادا-لزيارة-أوباما-لكينيا', 'مئات العناصر', None, 'عنصر', 'people'),
    ('http://aawsat.com/home/article/413156/مسؤول-أممي-ينذر-بنتائج-«مروعة»-للحرب-على-السكان-جنوب-السودان', '70%', 70.0, '%', 'percent'),
    ('http://aawsat.com/home/article/413146/21-قتيلاً-على-الأقل-في-غرق-مركب-في-النيل-بالقاهرة', '15 شخصا', 15.0, 'شخص', 'people'),
    ('http://aawsat.com/home/article/412891/كنز-في-برمنغهام-الكشف-عن-مخطوطة-قرآنية-كتبت-في-زمن-الرسول', '4.\u200f95 في المائة', 95.4, '%', 'percent'),
    ('http://aawsat.com/home/article/412456/تفاقم-الخلاف-في-حزب-سيريزا-الحاكم-في-اليونان-بسبب-الاتفاق-مع-الدائنين', '86 مليار يورو', 86000000000.0, 'EUR', 'money'),
    ('http://aawsat.com/home/article/412466/المفوضية-الأوروبية-تصرف-600-مليون-يورو-لمساعدة-أوكرانيا', '600 مليون يورو', 600000000.0, 'EUR', 'money'),
    ('http://aawsat.com/home/article/412476/الإمارات-تحدد-بداية-أغسطس-المقبل-لتحرير-أسواق-الوقود-في-البلاد', 'سبعة مليارات دولار', 7000000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412576/كنو-يتمرد-على-الاتفاق-والإدارة-تهدد-بمعاقبته', '155 ألف يورو', 155000.0, 'EUR', 'money'),
    ('http://aawsat.com/home/article/412721/تذاكر-مجانية-لحفل-موسيقي-مقابل-التبرع-بالدم', 'اثنين في المائة', 2.0, '%', 'percent'),
    ('http://aawsat.com/home/article/412716/عقاران-لعلاج-السكري-قد-يمنعان-الإصابة-بالشلل', '160 ألف مريض', 160000.0, 'مريض', 'people'),
    ('http://aawsat.com/home/article/412676/تعليم-الفلسفة-للأطفال-في-بعض-التجارب-الدولية', '100 ألف طفل', 100000.0, 'طفل', 'people'),
    ('http://aawsat.com/home/article/412911/الحكومة-المغربية-تستعد-للكشف-عن-الخطة-الوطنية-لمحاربة-الفساد', '450 مليون دولار', 450000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412946/مسؤول-يمني-لا-يستبعد-استمرار-تدفق-الأسلحة-الإيرانية-إلى-الحوثيين', 'ألفي كيلومتر', 2000.0, 'كيلومتر', 'distance'),
    ('http://aawsat.com/home/article/412956/«داعش»-يسعى-لإيجاد-موطئ-قدم-له-في-اليمن', 'مئات المقاتلين', None, 'مقاتل', 'people'),
    ('http://aawsat.com/home/article/412741/محكمة-نمساوية-تقضي-بسجن-شيشاني-لانضمامه-إلى-متطرفين-في-سوريا', 'عشرة أشخاص', 10.0, 'شخص', 'people'),
    ('http://aawsat.com/home/article/412921/العمال-الكردستاني-لم-نقتل-الشرطيين-التركيين-بل-نشرنا-الخبر-فقط', '32 قتيلاً', 32.0, 'قتيل', 'people'),
    ('http://aawsat.com/home/article/413066/إسرائيل-تمنع-وفدًا-برلمانيًا-من-دخول-الكنيست-وتوبخ-5-سفراء-أوروبيين', 'أربعة ملايين شيقل', 4000000.0, 'ILS', 'money'),
    ('http://aawsat.com/home/article/413096/رئيس-رابطة-للمسلمين-في-أستراليا-ينتقد-برنامج-الحكومة-لمكافحة-التشدد', 'مليار دولار', 1000000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412481/دول-الخليج-أمام-تحدٍ-جديد-السكين-تصل-لدعم-الطاقة', '380 مليار دولار', 380000000000.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412491/النفط-يهبط-وسط-زيادة-في-المخزونات-الأميركية', '50 دولارا', 50.0, 'USD', 'money'),
    ('http://aawsat.com/home/article/412501/«مايكروسوفت»-تسجل-خسائر-قياسية-بـ32-مليار-دولار', '3.2 مليار دولار', 3200000000.0, 'USD', 'money'),
]


@lru_cache(maxsize=None)
def _gsr(name: str) -> dict[str, str]:
    path = need_shared("data", "arabic_event_gsr", f"{name}.csv")
    with open(path, encoding="utf-8") as fh:
        return {r["id"]: r["text"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=None)
def _snn(day: str) -> dict[str, str]:
    path = need_shared("corpora", "saudinewsnet", f"{day}.zip")
    with zipfile.ZipFile(path) as z:
        name = [n for n in z.namelist() if n.endswith(".json")][0]
        return {a["url"]: a["content"] or "" for a in json.loads(z.read(name).decode("utf-8"))}


def _check(text: str, surface: str, value: float | None, unit: str | None, measures: str) -> None:
    spans = find(text)
    found = [s for s in spans if text[s.start:s.end] == surface]
    assert found, f"{surface!r} not found; got {[text[s.start:s.end] for s in spans]}"
    q = found[0].attrs
    assert q["unit"] == unit and q["measures"] == measures, q
    if value is None:
        assert q["value"] is None and q["vague"], q
    else:
        assert q["value"] == pytest.approx(value) and not q["vague"], q


@pytest.mark.parametrize("name,sid,surface,value,unit,measures", GSR, ids=[f"{c[1]}:{c[2]}" for c in GSR])
def test_numbers_gsr_sentences(name, sid, surface, value, unit, measures):
    _check(_gsr(name)[sid], surface, value, unit, measures)


@pytest.mark.parametrize("url,surface,value,unit,measures", SAUDINEWSNET_2015_07_23,
                         ids=[f"snn{i}:{c[1]}" for i, c in enumerate(SAUDINEWSNET_2015_07_23)])
def test_numbers_saudinewsnet_articles(url, surface, value, unit, measures):
    _check(_snn("2015-07-23")[url], surface, value, unit, measures)


@pytest.mark.parametrize("surface,value,unit,measures", [
    ("3,800 مليار دولار", 3.8e12, "USD", "money"),
    ("ثلاثة أشهر", 3.0, "شهر", "duration"),
    ("ستة أيام", 6.0, "يوم", "duration"),
])
def test_numbers_seed_002(seed_002, surface, value, unit, measures):
    _check(seed_002, surface, value, unit, measures)


def test_numbers_seed_002_years_are_not_amounts(seed_002):
    assert not [s for s in find(seed_002) if "2014" in seed_002[s.start:s.end]]
