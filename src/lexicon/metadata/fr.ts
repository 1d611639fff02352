import { COUNT_WORDS } from '../boilerplate/count-words.js'
import type { MetadataLexicon } from './types.js'

/** French labels, month names and phrases for metadata. */
export const fr: MetadataLexicon = {
  // Month names are written in lower case (`7 décembre 2026`); a line may still capitalise them.
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12,
  },
  // `lundi 7 décembre 2026`, `lun. 7 déc. 2026`; not `mar` (mardi), which is also the month `mar`.
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mer', 'jeu', 'ven', 'sam', 'dim'],
  // `Par Marie Dupont, mis à jour le 7 décembre 2026`.
  dateLeads: ['publié', 'publié le', 'mis à jour', 'mis à jour le', 'modifié le', 'le'],
  // `1er décembre 2026`.
  daySuffixes: ['er'],
  // `7 décembre 2026 à 14h30`, `à 14 h 30`, `à 14h`.
  timeWords: ['à'],
  hourMarks: ['h'],
  labels: [
    // `Publié le 7 décembre 2026 à 14h30`, `Mis à jour le 07/12/2026`; only taken when a whole date follows.
    { label: 'publié le', field: 'date', bare: true },
    { label: 'publié', field: 'date', bare: true },
    { label: 'mis à jour le', field: 'date', bare: true, modified: true },
    { label: 'mis à jour', field: 'date', bare: true, modified: true },
    { label: 'modifié le', field: 'date', bare: true, modified: true },
    { label: 'dernière mise à jour', field: 'date', bare: true, modified: true },
    { label: 'date de publication', field: 'date', bare: true },
    { label: 'paru le', field: 'date', bare: true },
    // `Source : AFP` (French sets a space before the colon); `Sources : AFP, Reuters`.
    { label: 'sources', field: 'source' },
    // `Auteur : Marie Dupont`, `Écrit par Marie Dupont`.
    { label: 'auteur', field: 'author' },
    { label: 'auteure', field: 'author' },
    { label: 'autrice', field: 'author' },
    { label: 'auteurs', field: 'author' },
    { label: 'écrit par', field: 'author', bare: true },
    // Credits, each with a colon: `Photo : Jean Martin/AFP`, `Rédaction : Marie Dupont`.
    { label: 'journaliste', field: 'credit', role: 'reporter' },
    { label: 'correspondant', field: 'credit', role: 'correspondent' },
    { label: 'correspondante', field: 'credit', role: 'correspondent' },
    { label: 'envoyé spécial', field: 'credit', role: 'correspondent' },
    { label: 'envoyée spéciale', field: 'credit', role: 'correspondent' },
    { label: 'photographe', field: 'credit', role: 'photographer' },
    { label: 'photographie', field: 'credit', role: 'photographer' },
    { label: 'crédit photo', field: 'credit', role: 'photographer' },
    { label: 'crédits photo', field: 'credit', role: 'photographer' },
    { label: 'rédaction', field: 'credit', role: 'editor' },
    { label: 'rédacteur', field: 'credit', role: 'editor' },
    { label: 'rédactrice', field: 'credit', role: 'editor' },
    { label: 'rédacteur en chef', field: 'credit', role: 'editor' },
    { label: 'rédactrice en chef', field: 'credit', role: 'editor' },
    { label: 'relecture', field: 'credit', role: 'proofreader' },
    { label: 'traduction', field: 'credit', role: 'translator' },
    { label: 'traducteur', field: 'credit', role: 'translator' },
    { label: 'traductrice', field: 'credit', role: 'translator' },
    { label: 'traduit par', field: 'credit', role: 'translator', bare: true },
    { label: 'réalisation', field: 'credit', role: 'producer' },
    { label: 'infographie', field: 'credit', role: 'designer' },
    { label: 'graphisme', field: 'credit', role: 'designer' },
    { label: 'mise en page', field: 'credit', role: 'designer' },
    { label: 'stagiaire', field: 'credit', role: 'intern' },
  ],
  // `Par Marie Dupont`; the word must be capitalised and the names too, so `Par ailleurs, …` is no byline.
  bylines: ['par'],
  nameJoiners: ['et'],
  nameParticles: ['des'],
  // Labels before a breadcrumb trail (`…: Home > News`).
  trailLeads: ['vous êtes ici'],
  home: ['accueil', "page d'accueil"],
  // `Par Marie Dupont, correspondante à Lyon`, `Par Jean Roux, journaliste`.
  jobWords: ['journaliste', 'correspondant', 'correspondante', 'rédacteur', 'rédactrice', 'envoyé spécial', 'envoyée spéciale', 'chroniqueur', 'chroniqueuse'],
  outletWords: [],
  // `Jeanne Dupont (AFP)`, `Avec AFP`.
  agencies: ['afp', 'reuters', 'ap', 'belga', 'ats', 'apm'],
  // `Avec AFP`, `Avec l'AFP`, `Avec AFP et Reuters` alone under the article: written with the agency's copy.
  closingLabels: [
    { label: 'avec', field: 'source', bare: true },
    { label: "avec l'", field: 'source', bare: true },
    { label: 'avec l’', field: 'source', bare: true },
  ],
  creditPlaceWords: ['à'],
  commentWords: ['commentaire', 'commentaires'],
  copyright: [],
  rightsReserved: ['tous droits réservés'],
  // `il y a 3 heures`, `il y a une heure`, `Mis à jour il y a 5 min`, `hier à 14h30`, `à l'instant`.
  relativeDates: {
    units: {
      seconde: 'second', secondes: 'second', sec: 'second', minute: 'minute', minutes: 'minute', min: 'minute',
      heure: 'hour', heures: 'hour', h: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week',
      mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year',
      // `il y a 3 min.`.
      'sec.': 'second', 'min.': 'minute',
    },
    // `il y a deux heures`, `il y a trois jours`.
    counts: COUNT_WORDS.fr!,
    // `il y a vingt minutes`, `il y a vingt-cinq minutes`, `il y a vingt et une minutes`, `il y a dix-sept jours`.
    moreCounts: {
      onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
      vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    },
    tensJoiners: ['-et-', ' et ', '-'],
    // `il y a une demi-heure`.
    halfUnits: { 'une demi-heure': 'hour', 'une demi-journée': 'day', 'une demi-minute': 'minute' },
    one: ['une', 'un'],
    agoBefore: ['il y a'],
    days: { "aujourd'hui": 0, 'aujourd’hui': 0, hier: -1, 'avant-hier': -2 },
    now: ["à l'instant", 'à l’instant'],
  },
  datePatterns: [],
  // `07/12/2026`, `07/12/26`: day, month, then the year.
  numericOrder: 'dmy',
  shortYearLast: true,
}
