import type { FieldLabel, MetadataLexicon } from './types.js'

/** An Arabic byline label whose name may follow a dash as well as a colon: `كتب - محمد علي`. */
const DASH: Pick<FieldLabel, 'marks'> = { marks: ['-', '–', '—'] }

/**
 * Arabic labels, month names and phrases for metadata. Arabic writes months in three sets: the Egyptian
 * and Gulf names (`يناير`, `ديسمبر`), the Levantine and Iraqi ones (`كانون الثاني`, `كانون الأول`: two
 * words, read whole) and the Maghrebi ones (`جانفي`, `دجنبر`); pages write two together (`7 ديسمبر/كانون
 * الأول 2026`). A date is written day, month, year in its logical order (shown right to left), and a
 * weekday before it takes the Arabic comma (`الاثنين، 7 ديسمبر 2026`). Names have no capitals, so no
 * byline word is read without a label's colon or dash.
 */
export const ar: MetadataLexicon = {
  months: {
    يناير: 1, 'كانون الثاني': 1, جانفي: 1,
    فبراير: 2, شباط: 2, فيفري: 2,
    مارس: 3, آذار: 3, اذار: 3,
    أبريل: 4, ابريل: 4, إبريل: 4, نيسان: 4, أفريل: 4, افريل: 4,
    مايو: 5, أيار: 5, ايار: 5, ماي: 5,
    يونيو: 6, يونيه: 6, حزيران: 6, جوان: 6,
    يوليو: 7, يوليه: 7, تموز: 7, جويلية: 7, يوليوز: 7,
    أغسطس: 8, اغسطس: 8, آب: 8, أوت: 8, اوت: 8, غشت: 8,
    سبتمبر: 9, أيلول: 9, ايلول: 9, شتنبر: 9,
    أكتوبر: 10, اكتوبر: 10, 'تشرين الأول': 10, 'تشرين الاول': 10,
    نوفمبر: 11, 'تشرين الثاني': 11, نونبر: 11,
    ديسمبر: 12, 'كانون الأول': 12, 'كانون الاول': 12, دجنبر: 12,
  },
  // `الاثنين، 7 ديسمبر 2026`, `الإثنين 07 ديسمبر 2026`.
  weekdays: ['الأحد', 'الاحد', 'الاثنين', 'الإثنين', 'الأثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت'],
  // `محمد علي، نشر في 7 ديسمبر 2026`.
  dateLeads: ['نشر في', 'نُشر في', 'آخر تحديث', 'اخر تحديث', 'تحديث'],
  // `7 ديسمبر 2026 الساعة 14:30`.
  timeWords: ['الساعة'],
  // `02:30 م` (14:30), `09:15 ص`, `02:30 مساءً`: before or after noon, written after the time.
  meridiemsAfter: { am: ['ص', 'صباحا', 'صباحاً', 'صباحًا'], pm: ['م', 'مساء', 'مساءً', 'مساءا'] },
  labels: [
    // `تاريخ النشر: 07/12/2026`, `نشر في 7 ديسمبر 2026`, `آخر تحديث: 7 ديسمبر 2026 - 14:30`; only taken
    // when a whole date follows.
    { label: 'تاريخ النشر', field: 'date', bare: true },
    { label: 'نشر في', field: 'date', bare: true },
    { label: 'نُشر في', field: 'date', bare: true },
    { label: 'نشر بتاريخ', field: 'date', bare: true },
    { label: 'آخر تحديث', field: 'date', bare: true, modified: true },
    { label: 'اخر تحديث', field: 'date', bare: true, modified: true },
    { label: 'تاريخ التحديث', field: 'date', bare: true, modified: true },
    { label: 'تم التحديث', field: 'date', bare: true, modified: true },
    { label: 'تحديث', field: 'date', bare: true, modified: true },
    { label: 'التاريخ', field: 'date', bare: true },
    // `المصدر: وكالات`; not `المصدر الرئيسي للدخل…` (no colon).
    { label: 'المصدر', field: 'source' },
    { label: 'مصدر الخبر', field: 'source' },
    // `بقلم محمد علي`, `بقلم: محمد علي` ("by the pen of": no sentence opens with it), `الكاتب: …`;
    // `كتب - محمد علي`, `كتبت: سارة أحمد` ("wrote", which opens sentences: only before a dash or colon).
    { label: 'بقلم', field: 'author', bare: true },
    { label: 'الكاتب', field: 'author' },
    { label: 'الكاتبة', field: 'author' },
    { label: 'المؤلف', field: 'author' },
    { label: 'كتب', field: 'author', ...DASH },
    { label: 'كتبت', field: 'author', ...DASH },
    // Credits, each with a colon: `تصوير: خالد حسن`, `تحرير: منى سالم`, `ترجمة: …`.
    { label: 'مراسل', field: 'credit', role: 'correspondent' },
    { label: 'المراسل', field: 'credit', role: 'correspondent' },
    { label: 'تقرير', field: 'credit', role: 'reporter' },
    { label: 'تصوير', field: 'credit', role: 'photographer' },
    // `صورة: رويترز`, `الصورة: أحمد علي` ("photo").
    { label: 'صورة', field: 'credit', role: 'photographer' },
    { label: 'الصورة', field: 'credit', role: 'photographer' },
    { label: 'عدسة', field: 'credit', role: 'photographer' },
    { label: 'تحرير', field: 'credit', role: 'editor' },
    { label: 'المحرر', field: 'credit', role: 'editor' },
    { label: 'مراجعة', field: 'credit', role: 'reviewer' },
    { label: 'تدقيق', field: 'credit', role: 'proofreader' },
    { label: 'ترجمة', field: 'credit', role: 'translator' },
    { label: 'إنفوغراف', field: 'credit', role: 'designer' },
    { label: 'تصميم', field: 'credit', role: 'designer' },
  ],
  bylines: [],
  nameJoiners: [],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['أنت هنا', 'أنت في'],
  home: ['الرئيسية', 'الصفحة الرئيسية'],
  outletWords: [],
  commentWords: ['تعليق', 'تعليقات', 'التعليقات', 'تعليقا', 'تعليقاً'],
  copyright: [],
  rightsReserved: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'جميع حقوق النشر محفوظة'],
  // `منذ 3 ساعات`, `قبل 5 دقائق`, `منذ ساعة`, `منذ ساعتين` (the dual: two hours), `منذ ثلاثة أيام`, `أمس 14:30`.
  // After 3 to 10 the unit is plural (`3 ساعات`), after 11 and more singular (`15 دقيقة`).
  relativeDates: {
    units: {
      ثانية: 'second', ثوان: 'second', ثوانٍ: 'second', ثواني: 'second',
      دقيقة: 'minute', دقائق: 'minute',
      ساعة: 'hour', ساعات: 'hour',
      يوم: 'day', أيام: 'day', ايام: 'day',
      أسبوع: 'week', اسبوع: 'week', أسابيع: 'week', اسابيع: 'week',
      شهر: 'month', أشهر: 'month', اشهر: 'month', شهور: 'month',
      سنة: 'year', سنوات: 'year', سنين: 'year', عام: 'year', أعوام: 'year', اعوام: 'year',
    },
    loneUnits: { ثانية: 'second', دقيقة: 'minute', ساعة: 'hour', يوم: 'day', أسبوع: 'week', اسبوع: 'week', شهر: 'month', سنة: 'year', عام: 'year' },
    dualUnits: {
      ثانيتين: 'second', دقيقتين: 'minute', ساعتين: 'hour', يومين: 'day', أسبوعين: 'week', اسبوعين: 'week',
      شهرين: 'month', سنتين: 'year', عامين: 'year',
    },
    counts: [
      ['واحد', 'واحدة'], ['اثنين', 'اثنتين', 'اثنان', 'إثنين'], ['ثلاث', 'ثلاثة'], ['أربع', 'أربعة', 'اربع', 'اربعة'],
      ['خمس', 'خمسة'], ['ست', 'ستة'], ['سبع', 'سبعة'], ['ثماني', 'ثمانية', 'ثمان'], ['تسع', 'تسعة'], ['عشر', 'عشرة'],
    ],
    agoBefore: ['منذ', 'قبل'],
    days: { اليوم: 0, أمس: -1, امس: -1, 'أول أمس': -2, 'أول امس': -2 },
    now: ['الآن', 'منذ لحظات', 'قبل لحظات', 'منذ قليل', 'قبل قليل'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
