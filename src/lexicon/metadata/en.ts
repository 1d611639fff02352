import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { FieldLabel, MetadataLexicon } from './types.js'

// Credit labels of English pages, and the labels machine translation makes of Chinese ones
// (`reporter:`, `edit:`, `audit:`, `photography:`, `responsible editor:`, `proofreading:`).
// Latin labels need a colon (`Editor: Jane Doe`), so a sentence starting "Editor Jane Doe said" is not a credit.
const CREDITS: readonly FieldLabel[] = [
  { label: 'reporter', field: 'credit', role: 'reporter' },
  { label: 'reporters', field: 'credit', role: 'reporter' },
  { label: 'reported by', field: 'credit', role: 'reporter', bare: true },
  { label: 'correspondent', field: 'credit', role: 'correspondent' },
  { label: 'correspondents', field: 'credit', role: 'correspondent' },
  { label: 'photographer', field: 'credit', role: 'photographer' },
  { label: 'photographers', field: 'credit', role: 'photographer' },
  { label: 'photography', field: 'credit', role: 'photographer' },
  { label: 'photo', field: 'credit', role: 'photographer' },
  { label: 'photos', field: 'credit', role: 'photographer' },
  { label: 'photo by', field: 'credit', role: 'photographer', bare: true },
  { label: 'photos by', field: 'credit', role: 'photographer', bare: true },
  { label: 'photographed by', field: 'credit', role: 'photographer', bare: true },
  { label: 'editor', field: 'credit', role: 'editor' },
  { label: 'editors', field: 'credit', role: 'editor' },
  { label: 'edit', field: 'credit', role: 'editor' },
  { label: 'edited by', field: 'credit', role: 'editor', bare: true },
  { label: 'editing', field: 'credit', role: 'editor' },
  { label: 'responsible editor', field: 'credit', role: 'editor' },
  { label: 'editor in charge', field: 'credit', role: 'editor' },
  { label: 'editor-in-charge', field: 'credit', role: 'editor' },
  { label: 'executive editor', field: 'credit', role: 'editor' },
  { label: 'chief editor', field: 'credit', role: 'editor' },
  { label: 'editor-in-chief', field: 'credit', role: 'editor' },
  { label: 'reviewer', field: 'credit', role: 'reviewer' },
  { label: 'review', field: 'credit', role: 'reviewer' },
  { label: 'reviewed by', field: 'credit', role: 'reviewer', bare: true },
  { label: 'audit', field: 'credit', role: 'reviewer' },
  { label: 'auditor', field: 'credit', role: 'reviewer' },
  { label: 'proofreading', field: 'credit', role: 'proofreader' },
  { label: 'proofreader', field: 'credit', role: 'proofreader' },
  { label: 'translator', field: 'credit', role: 'translator' },
  { label: 'translation', field: 'credit', role: 'translator' },
  { label: 'translated by', field: 'credit', role: 'translator', bare: true },
  { label: 'producer', field: 'credit', role: 'producer' },
  { label: 'produced by', field: 'credit', role: 'producer', bare: true },
  { label: 'designer', field: 'credit', role: 'designer' },
  { label: 'typesetting', field: 'credit', role: 'designer' },
  { label: 'intern', field: 'credit', role: 'intern' },
  { label: 'contributor', field: 'credit', role: 'contributor' },
]

/** English labels, month names and phrases for metadata. */
export const en: MetadataLexicon = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ],
  dateLeads: ['updated', 'last updated', 'published', 'posted', 'on'],
  timeWords: ['at'],
  // `9:05 PM EST`, `14:30 UK`: zones of other shapes than `GMT+1` or capitals ending in `T` (read anyway).
  timeZones: ['UK', 'US', 'CET', 'EET', 'WET', 'HST', 'AKST'],
  // `1st May`, `May 2nd, 2023`, `20th November 2019`.
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  labels: [
    // `Date: 2018-05-11`, `date 2025-08-25 …`, `Published: May 8, 2023`; a date label is only taken when a
    // whole date follows, so `Published studies show…` is not one.
    { label: 'date', field: 'date', bare: true },
    { label: 'published', field: 'date', bare: true },
    { label: 'published on', field: 'date', bare: true },
    { label: 'posted', field: 'date', bare: true },
    { label: 'posted on', field: 'date', bare: true },
    { label: 'release time', field: 'date', bare: true },
    { label: 'release date', field: 'date', bare: true },
    { label: 'publication date', field: 'date', bare: true },
    { label: 'publish time', field: 'date', bare: true },
    { label: 'time', field: 'date' },
    // `Updated 9:41 AM EST, Mon May 13, 2024`, `Last updated: 13 May 2024`: when the page last changed.
    { label: 'updated', field: 'date', bare: true, modified: true },
    { label: 'updated on', field: 'date', bare: true, modified: true },
    { label: 'last updated', field: 'date', bare: true, modified: true },
    { label: 'last updated on', field: 'date', bare: true, modified: true },
    { label: 'last modified', field: 'date', bare: true, modified: true },
    // `Source: Xinhua`, `Article source: …`; not `Sources say…` (no colon).
    { label: 'source', field: 'source' },
    { label: 'article source', field: 'source' },
    { label: 'news source', field: 'source' },
    // `Author: Emma`; `Written by Jane Doe`.
    { label: 'author', field: 'author' },
    { label: 'authors', field: 'author' },
    { label: 'written by', field: 'author', bare: true },
    ...CREDITS,
  ],
  // `By Jane Doe`, `Posted by Jane Doe`, `Story by Jane Doe`; the word must be capitalised on the line.
  bylines: ['by', 'posted by', 'story by', 'words by'],
  nameJoiners: ['and', '&'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['you are here', 'current location', 'location'],
  home: ['home', 'homepage', 'home page', 'front page'],
  // `By Jane Doe, Staff Writer`, `By John Roe, Local Democracy Reporter`.
  jobWords: ['writer', 'staff', 'contributor', 'columnist', 'journalist', 'producer', 'analyst', 'critic', 'reporter', 'correspondent', 'editor', 'intern', 'freelance', 'contributing'],
  outletWords: ['agency', 'news', 'daily', 'times', 'post', 'press', 'herald', 'tribune', 'gazette', 'journal', 'network', 'tv', 'radio'],
  // Wire agencies a closing line names: `Jane Doe (Reuters)`, `-- Jane Doe, AP`.
  agencies: ['reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'upi', 'pa media', 'aap', 'xinhua', 'kyodo', 'yonhap', 'tass'],
  // Wire credits under an article: `Reporting by Jane Doe in Paris; Additional reporting by …; Editing by …`,
  // `(Reporting by …, with reporting by …, editing by ….)`. `Writing by` names who wrote the story: its author.
  closingLabels: [
    { label: 'reporting by', field: 'credit', role: 'reporter', bare: true },
    { label: 'additional reporting by', field: 'credit', role: 'reporter', bare: true },
    { label: 'with reporting by', field: 'credit', role: 'reporter', bare: true },
    { label: 'with additional reporting by', field: 'credit', role: 'reporter', bare: true },
    { label: 'editing by', field: 'credit', role: 'editor', bare: true },
    { label: 'writing by', field: 'author', bare: true },
    { label: 'compiled by', field: 'author', bare: true },
    { label: 'graphics by', field: 'credit', role: 'designer', bare: true },
  ],
  creditPlaceWords: ['in'],
  commentWords: ['comment', 'comments', 'response', 'responses', 'reply', 'replies'],
  copyright: ['copyright', '(c)'],
  rightsReserved: ['all rights reserved', 'all right reserved', 'some rights reserved'],
  // `© 2024 by Example Media`.
  copyrightOwners: ['by'],
  // `2 hours ago`, `Updated 35 minutes ago`, `an hour ago`, `5m ago`, `Yesterday at 14:30`, `just now`.
  relativeDates: {
    units: {
      second: 'second', seconds: 'second', sec: 'second', secs: 'second', s: 'second',
      minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute', m: 'minute',
      hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour',
      day: 'day', days: 'day', d: 'day',
      week: 'week', weeks: 'week', wk: 'week', wks: 'week', w: 'week',
      month: 'month', months: 'month', mo: 'month', mos: 'month', mth: 'month', mths: 'month',
      year: 'year', years: 'year', yr: 'year', yrs: 'year',
      // Abbreviations with their full stop (`5 min. ago`).
      'sec.': 'second', 'secs.': 'second', 'min.': 'minute', 'mins.': 'minute', 'hr.': 'hour', 'hrs.': 'hour',
      'wk.': 'week', 'wks.': 'week', 'mo.': 'month', 'mos.': 'month', 'yr.': 'year', 'yrs.': 'year',
    },
    // `two hours ago`, `three days ago`.
    counts: COUNT_WORDS.en!,
    // `twenty minutes ago`, `twenty-five minutes ago`, `fifteen minutes ago`.
    moreCounts: {
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    tensJoiners: ['-', ' '],
    // `half an hour ago`.
    halfUnits: { 'half an hour': 'hour', 'half a day': 'day', 'half a year': 'year', 'half a minute': 'minute' },
    one: ['a', 'an', 'one'],
    agoAfter: ['ago'],
    days: { today: 0, yesterday: -1 },
    now: ['just now', 'moments ago', 'a moment ago'],
  },
  datePatterns: [],
  // `11/19/19`, `Published: 19/11/19`: an English two-digit year is the last part of a date.
  shortYearLast: true,
}
