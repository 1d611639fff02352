import type { MetadataLexicon } from './types.js'

/**
 * Hindi labels, month names and phrases for metadata, in NFC (`फ़रवरी` is `फ` and the nukta sign). Months
 * are written with the anusvara or a nasal consonant (`दिसंबर`, `दिसम्बर`): both are listed. Dates are
 * day first (`7 दिसंबर 2026`, `07/12/2026`), often with an English time (`02:30 PM IST`).
 */
export const hi: MetadataLexicon = {
  months: {
    जनवरी: 1, फ़रवरी: 2, फरवरी: 2, मार्च: 3, अप्रैल: 4, अप्रेल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8,
    सितंबर: 9, सितम्बर: 9, अक्टूबर: 10, अक्तूबर: 10, नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
  },
  // `सोमवार, 7 दिसंबर 2026`.
  weekdays: ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार', 'रविवार'],
  // `राहुल शर्मा, अपडेटेड 7 दिसंबर 2026`.
  dateLeads: ['अपडेटेड', 'अपडेट', 'प्रकाशित', 'पब्लिश्ड'],
  timeWords: [],
  // `14:30 बजे`.
  timeSuffixes: ['बजे'],
  labels: [
    // `प्रकाशित: 7 दिसंबर 2026`, `अपडेटेड 7 दिसंबर 2026, 02:30 PM IST`; only taken when a whole date follows.
    { label: 'प्रकाशित', field: 'date', bare: true },
    { label: 'प्रकाशित तिथि', field: 'date', bare: true },
    { label: 'प्रकाशन तिथि', field: 'date', bare: true },
    { label: 'पब्लिश्ड', field: 'date', bare: true },
    { label: 'अपडेट', field: 'date', bare: true, modified: true },
    { label: 'अपडेटेड', field: 'date', bare: true, modified: true },
    { label: 'अंतिम अपडेट', field: 'date', bare: true, modified: true },
    { label: 'अपडेट किया गया', field: 'date', bare: true, modified: true },
    { label: 'तारीख', field: 'date', bare: true },
    { label: 'दिनांक', field: 'date', bare: true },
    // `स्रोत: पीटीआई`; not `स्रोत बताते हैं…` (no colon).
    { label: 'स्रोत', field: 'source' },
    { label: 'सोर्स', field: 'source' },
    // `लेखक: राहुल शर्मा`, `द्वारा: प्रिया सिंह`.
    { label: 'लेखक', field: 'author' },
    { label: 'लेखिका', field: 'author' },
    { label: 'द्वारा', field: 'author' },
    // Hindi sites print their byline label in English: `Published by: अमित शर्मा`.
    { label: 'published by', field: 'author' },
    // Credits, each with a colon: `रिपोर्ट: अमित वर्मा`, `फोटो: …`, `संपादन: …`.
    { label: 'रिपोर्ट', field: 'credit', role: 'reporter' },
    { label: 'रिपोर्टर', field: 'credit', role: 'reporter' },
    { label: 'संवाददाता', field: 'credit', role: 'correspondent' },
    { label: 'फोटो', field: 'credit', role: 'photographer' },
    { label: 'फ़ोटो', field: 'credit', role: 'photographer' },
    { label: 'तस्वीर', field: 'credit', role: 'photographer' },
    { label: 'संपादक', field: 'credit', role: 'editor' },
    { label: 'संपादन', field: 'credit', role: 'editor' },
    { label: 'एडिटर', field: 'credit', role: 'editor' },
    { label: 'अनुवाद', field: 'credit', role: 'translator' },
    { label: 'अनुवादक', field: 'credit', role: 'translator' },
  ],
  bylines: [],
  nameJoiners: ['और', 'एवं'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['आप यहाँ हैं', 'आप यहां हैं'],
  home: ['होम', 'मुख्य पृष्ठ', 'मुखपृष्ठ'],
  outletWords: [],
  commentWords: ['टिप्पणियाँ', 'टिप्पणियां', 'टिप्पणी', 'कमेंट', 'कमेंट्स'],
  copyright: [],
  rightsReserved: ['सर्वाधिकार सुरक्षित', 'सभी अधिकार सुरक्षित'],
  // `3 घंटे पहले`, `एक घंटा पहले`, `दो दिन पहले`, `5 मिनट पहले`, `आज 14:30`. `कल` is both yesterday and tomorrow,
  // so it is not listed.
  relativeDates: {
    units: {
      सेकंड: 'second', सेकेंड: 'second', मिनट: 'minute', घंटे: 'hour', घंटा: 'hour', दिन: 'day',
      हफ्ते: 'week', हफ्ता: 'week', 'हफ़्ते': 'week', 'हफ़्ता': 'week', सप्ताह: 'week',
      महीने: 'month', महीना: 'month', साल: 'year', वर्ष: 'year',
    },
    counts: [['एक'], ['दो'], ['तीन'], ['चार'], ['पांच', 'पाँच'], ['छह', 'छः'], ['सात'], ['आठ'], ['नौ'], ['दस']],
    agoAfter: ['पहले'],
    days: { आज: 0 },
    now: ['अभी अभी', 'अभी-अभी'],
  },
  datePatterns: [],
  // `07/12/2026`, `07-12-26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
