import type { BoilerplateLexicon } from './types.js'

/**
 * Dutch boilerplate phrases (the Netherlands and Flanders). Matching is case-insensitive and stops at word
 * boundaries, so `Delen` matches the control but not `Deelnemers`. Lexicons are merged across languages: no
 * phrase here is an English word, and none is how a Dutch sentence or subheading opens; `reageerde:` and
 * `schreef:` introduce quotes in articles too, so a comment thread is found by its counter and form, and
 * `Reacties` followed by a word is a subheading (`Reacties uit de politiek`) on a Dutch page (`proseOpenings`).
 */
export const nl: BoilerplateLexicon = {
  // Matches `Reacties (5)`, `Plaats een reactie`, `Er zijn nog geen reacties`; not `Reacties uit de politiek`.
  commentMarker: [
    'reacties', 'reageer', 'reageer op dit artikel', 'plaats een reactie', 'laat een reactie achter', 'geef een reactie',
    'schrijf een reactie', 'nog geen reacties', 'er zijn nog geen reacties', 'wees de eerste', 'bekijk reacties',
    'toon reacties', 'lees de reacties', 'alle reacties',
  ],
  // Opens a comment section with more on the line: `Laat een reactie achter Reactie annuleren`;
  // not `Wees de eerste die…` (prose).
  commentLead: [
    'reageer op dit artikel', 'plaats een reactie', 'laat een reactie achter', 'geef een reactie',
    'schrijf een reactie', 'nog geen reacties', 'er zijn nog geen reacties', 'bekijk reacties', 'toon reacties',
    'lees de reacties',
  ],
  // With a number: `5 reacties`, `1 reactie`. The phrases name comments only before a quoted post title
  // (`34 gedachten over “Titel”`).
  commentWord: ['reacties', 'reactie', 'gedachten over', 'gedachte over'],
  // `12 reacties op “Titel van het bericht”`, `Eén gedachte over “Titel”`: then the quoted title ends the line.
  commentsOn: ['reacties op', 'reactie op', 'gedachten over', 'gedachte over'],
  commentByline: [],
  // Matches `Inloggen`, `Account aanmaken`, `Wachtwoord vergeten?`; not a sentence (terminal).
  loginPrompt: [
    'inloggen', 'log in om te reageren', 'registreren', 'account aanmaken', 'maak een account aan', 'wachtwoord vergeten',
    'nog geen account', 'uitloggen', 'aanmelden', 'meld je aan om te reageren',
  ],
  // Matches `© 2026 Dagblad Voorbeeld. Alle rechten voorbehouden.`.
  copyright: ['alle rechten voorbehouden', 'auteursrecht voorbehouden'],
  // Starts a copyright line: `Alle rechten voorbehouden. 2026 Dagblad Voorbeeld`.
  copyrightLead: ['alle rechten voorbehouden'],
  // Matches `KvK-nummer: 12345678`, `Btw-nummer: NL123456789B01`.
  filing: ['kvk-nummer', 'kvk nummer', 'kvk:', 'btw-nummer', 'btw nummer', 'btw-nr', 'btw-id'],
  // Matches `Telefoon: 020 123 4567`, `Adres: Kerkstraat 5, 1234 AB Utrecht`, `Postbus 100`.
  contact: ['telefoon:', 'telefoon :', 'tel.:', 'adres:', 'postadres', 'bezoekadres', 'postbus'],
  // A line made only of these: `Delen | Afdrukken`, `Deel dit artikel`, `Terug naar boven`.
  control: [
    'delen', 'deel', 'deel dit artikel', 'artikel delen', 'delen via', 'delen op facebook', 'deel op facebook',
    'deel via whatsapp', 'afdrukken', 'printen', 'opslaan', 'bewaren', 'sluiten', 'kopieer link', 'link kopiëren',
    'link gekopieerd', 'voorlezen', 'lees voor', 'beluister', 'luister', 'terug naar boven', 'naar boven', 'terug',
    'meer', 'tekstgrootte', 'lettergrootte',
    // A platform after its preposition, so that `Deel op X | Delen via e-mail` is a line of controls.
    'op facebook', 'op x', 'op linkedin', 'via whatsapp', 'via facebook', 'via x', 'via e-mail', 'via telegram',
  ],
  // The whole line: `Tags:`, `Onderwerpen:` over a list of links, not an article's list.
  linkLabel: ['onderwerpen', 'categorieën', 'rubrieken', 'volg ons', 'volg ons op', 'trefwoorden'],
  // Matches `Home > Binnenland`, `U bent hier: Startpagina / Nieuws`.
  breadcrumbStart: ['startpagina', 'voorpagina', 'u bent hier', 'je bent hier'],
  // The whole block: `Lees ook`, `Meer over dit onderwerp`; not `Lees ook het interview met de burgemeester.`
  relatedHeading: [
    'lees ook', 'lees meer', 'meer lezen', 'lees verder', 'gerelateerde artikelen', 'gerelateerd', 'gerelateerde berichten',
    'meer over dit onderwerp', 'meer nieuws', 'ander nieuws', 'meest gelezen', 'populair', 'laatste nieuws',
    'aanbevolen', 'volgend artikel', 'vorig artikel', 'bekijk ook', 'zie ook', 'ook interessant',
    'misschien ook interessant', 'dit vind je misschien ook interessant', 'uitgelicht', 'net binnen',
  ],
  // Matches `Dit artikel is alleen voor abonnees`, `Word abonnee om verder te lezen`, `Al abonnee? Log in`.
  paywall: [
    'alleen voor abonnees', 'exclusief voor abonnees', 'om verder te lezen', 'lees verder met een abonnement',
    'word abonnee', 'al abonnee', 'ben je al abonnee', 'bent u al abonnee',
  ],
  // Matches `Over de auteur` (followed by a bio).
  bioLabel: ['over de auteur', 'over de schrijver', 'over de auteurs', 'auteur:'],
  // Bio vocabulary: `Sanne Bakker is verslaggever bij de regioredactie en schrijft over…`.
  bioWord: ['journalist', 'verslaggever', 'redacteur', 'correspondent', 'columnist', 'schrijft over', 'studeerde', 'werkt sinds'],
  // Matches `Wij gebruiken cookies…`, `Cookie-instellingen`; not `Onderzoekers telden cookies op 500 websites.`
  cookie: [
    'wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies', 'deze site gebruikt cookies',
    'cookie-instellingen', 'cookiebeleid', 'cookieverklaring', 'alle cookies accepteren',
    // `Wij en onze partners gebruiken cookies en vergelijkbare technieken…`.
    'wij en onze partners gebruiken cookies', 'we en onze partners gebruiken cookies',
  ],
  // Matches `Meld je aan voor onze nieuwsbrief`, `Vul je e-mailadres in`.
  newsletter: [
    'schrijf je in voor de nieuwsbrief', 'meld je aan voor de nieuwsbrief', 'meld je aan voor onze nieuwsbrief',
    'aanmelden voor de nieuwsbrief', 'abonneer je op onze nieuwsbrief', 'ontvang de nieuwsbrief', 'je e-mailadres',
    'uw e-mailadres', 'vul je e-mailadres in', 'in je inbox', 'in je mailbox',
    // An app or messenger prompt: `Download de app van Dagblad X en mis geen nieuws meer`, `Volg ons WhatsApp-kanaal`.
    'mis geen nieuws meer', 'download onze gratis app', 'volg ons whatsapp-kanaal', 'volg ons op whatsapp',
  ],
  proseOpenings: ['reacties'],
}
