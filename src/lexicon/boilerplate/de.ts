import type { BoilerplateLexicon } from './types.js'

/**
 * German boilerplate phrases (Germany, Austria, Switzerland: `ß` and `ss` both listed where they differ).
 * Matching is case-insensitive and stops at word boundaries, so `Teilen` matches the control but not
 * `Teilnehmer`. Lexicons are merged across languages: no phrase here is an English word (`Start`, `Login`
 * stay English), and none is a word a German sentence or subheading opens with (`Kommentar` alone is a genre
 * label over an opinion piece, so only the plural and the comment-form phrases are markers).
 */
export const de: BoilerplateLexicon = {
  // Matches `Kommentare (5)`, `Kommentar schreiben`, `Diskutieren Sie mit`; not `Kommentar: Warum die Wahl…`.
  commentMarker: [
    'kommentare', 'leserkommentare', 'kommentar schreiben', 'kommentar verfassen', 'kommentar abgeben',
    'schreiben sie einen kommentar', 'schreib einen kommentar', 'jetzt kommentieren', 'kommentieren sie',
    'diskutieren sie mit', 'diskutieren sie mit uns', 'noch keine kommentare', 'keine kommentare',
    'seien sie der erste', 'sei der erste', 'alle kommentare anzeigen', 'kommentare anzeigen', 'kommentare lesen',
    'ihre meinung ist gefragt',
  ],
  // Opens a comment section with more on the line: `Schreiben Sie einen Kommentar Antworten abbrechen`;
  // not `Keine Kommentare aus dem Rathaus` (prose).
  commentLead: [
    'kommentar schreiben', 'kommentar verfassen', 'schreiben sie einen kommentar', 'schreib einen kommentar',
    'noch keine kommentare', 'seien sie der erste', 'sei der erste', 'alle kommentare anzeigen',
    'kommentare anzeigen', 'kommentare lesen',
  ],
  // With a number: `5 Kommentare`, `Kommentare: 12`. The phrases name comments only before a quoted post
  // title (`34 Gedanken zu „Titel“`, `Eine Antwort auf „Titel“`).
  commentWord: [
    'kommentare', 'kommentar', 'leserkommentare', 'gedanken zu', 'gedanke zu', 'antworten zu', 'antwort zu',
    'antworten auf', 'antwort auf',
  ],
  // `12 Kommentare zu „Titel des Beitrags“`, `Ein Gedanke zu „Titel“`: then the quoted title ends the line.
  commentsOn: [
    'kommentare zu', 'kommentar zu', 'gedanken zu', 'gedanke zu', 'antworten zu', 'antwort zu', 'antworten auf',
    'antwort auf',
  ],
  // Ends a short line: `Anna kommentierte:`; not `sagt:`, which introduces quotes in articles too.
  commentByline: ['kommentierte:', 'kommentiert:'],
  // Matches `Anmelden`, `Jetzt registrieren`, `Passwort vergessen?`; not a sentence (terminal).
  loginPrompt: [
    'anmelden', 'einloggen', 'jetzt anmelden', 'registrieren', 'jetzt registrieren', 'passwort vergessen',
    'bitte melden sie sich an', 'melden sie sich an', 'zum kommentieren anmelden', 'konto erstellen', 'abmelden',
    'sie haben noch kein konto', 'noch kein konto',
  ],
  // Matches `© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.`, `Impressum | Datenschutz | AGB`.
  copyright: ['alle rechte vorbehalten', 'alle rechte reserviert', 'impressum'],
  // Starts a copyright line: `Alle Rechte vorbehalten. 2024 Beispiel Verlag`.
  copyrightLead: ['alle rechte vorbehalten'],
  // Matches `Registergericht: Amtsgericht München, HRB 12345`, `USt-IdNr.: DE123456789`.
  filing: ['registergericht', 'handelsregister', 'ust-idnr', 'ust.-idnr', 'umsatzsteuer-identifikationsnummer'],
  // Matches `Tel.: 089 123456`, `Telefon: +49 30 1234`, `Anschrift: Hauptstraße 5, 10115 Berlin`.
  contact: ['telefon:', 'telefon :', 'tel.:', 'telefax:', 'anschrift:', 'postanschrift', 'postfach', 'kontakt:', 'e-mail:', 'pressekontakt', 'medienkontakt', 'ansprechpartner:'],
  // A line made only of these: `Teilen | Drucken | Merken`, `Artikel vorlesen`, `Nach oben`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'zum inhalt springen', 'zum hauptinhalt springen', 'direkt zum inhalt', 'zum inhalt', 'zur navigation springen',
    'teilen', 'drucken', 'artikel teilen', 'artikel drucken', 'seite drucken', 'beitrag teilen', 'merken',
    'artikel merken', 'speichern', 'schließen', 'schliessen', 'link kopieren', 'link kopiert', 'vorlesen',
    'artikel vorlesen', 'anhören', 'artikel anhören', 'schriftgröße', 'schriftgrösse', 'nach oben',
    'zurück', 'zurück nach oben', 'mehr', 'weiterleiten', 'versenden', 'per e-mail', 'per mail', 'kommentieren',
    'teilen auf facebook', 'auf facebook teilen', 'auf twitter teilen', 'per whatsapp teilen', 'artikel verschenken',
  ],
  // The whole line: `Schlagwörter:`, `Themen:` over a list of links, not an article's list.
  linkLabel: ['schlagwörter', 'schlagworte', 'themen', 'kategorien', 'kategorie', 'rubriken', 'folgen sie uns', 'menü'],
  // Matches `Startseite > Politik > Inland`, `Sie sind hier: Startseite / Wirtschaft`.
  breadcrumbStart: ['startseite', 'sie sind hier', 'sie befinden sich hier', 'sie befinden sich'],
  // The whole block: `Mehr zum Thema`, `Das könnte Sie auch interessieren`; not `Mehr zum Thema Rente lesen Sie…`.
  relatedHeading: [
    'mehr zum thema', 'zum thema', 'passend zum thema', 'das könnte sie auch interessieren', 'das könnte dich auch interessieren',
    'auch interessant', 'ebenfalls interessant', 'das könnte sie interessieren', 'lesen sie auch', 'lies auch',
    'lesen sie mehr', 'weiterlesen', 'mehr lesen', 'weitere artikel', 'ähnliche artikel', 'verwandte artikel',
    'weitere nachrichten', 'weitere meldungen', 'mehr nachrichten', 'meistgelesen', 'meistgelesene artikel',
    'am meisten gelesen', 'top-themen', 'topthemen', 'neueste artikel', 'neueste beiträge',
    'aktuelle nachrichten', 'empfehlungen', 'unsere empfehlungen', 'empfohlene artikel', 'mehr aus dem ressort',
    'nächster artikel', 'vorheriger artikel', 'ähnliche beiträge', 'verwandte beiträge',
  ],
  // Matches `Jetzt abonnieren, um weiterzulesen`, `Dieser Artikel ist nur für Abonnenten verfügbar`.
  paywall: [
    'um weiterzulesen', 'um den artikel weiterzulesen', 'um diesen artikel zu lesen', 'weiterlesen mit',
    'exklusiv für abonnenten', 'nur für abonnenten', 'für abonnenten verfügbar', 'bereits abonnent',
    'schon abonnent', 'sie sind bereits abonnent', 'mit einem abo weiterlesen',
    'abo abschließen', 'abonnieren sie, um',
    // Donation and membership appeals after an article.
    'unterstützen sie unseren journalismus', 'unterstütze unseren journalismus', 'jetzt spenden',
  ],
  // Matches `Über den Autor`, `Zur Autorin` (followed by a bio).
  bioLabel: ['über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'autor:', 'autorin:', 'über die autoren'],
  // Bio vocabulary: `Anna Berger ist Redakteurin im Ressort Wirtschaft und schreibt über…`.
  bioWord: [
    'journalist', 'journalistin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin',
    'kolumnist', 'kolumnistin', 'reporterin', 'schreibt über', 'studierte', 'volontariat', 'ressort',
  ],
  // Matches `Wir verwenden Cookies, um…`, `Cookie-Einstellungen`; not `Die Studie zählte Cookies auf 500 Websites.`
  cookie: [
    'wir verwenden cookies', 'wir nutzen cookies', 'wir setzen cookies', 'diese website verwendet cookies',
    'diese webseite verwendet cookies', 'diese seite verwendet cookies', 'diese website nutzt cookies',
    'cookie-einstellungen', 'cookie-richtlinie', 'cookie-hinweis', 'alle cookies akzeptieren', 'cookies akzeptieren',
    'cookies zulassen', 'verwendung von cookies zu', 'einsatz von cookies zu',
  ],
  // A press release's end mark: `(Ende)`, `-Ende-`.
  endMark: ['ende'],
  // Matches `Newsletter abonnieren`, `Melden Sie sich für unseren Newsletter an`, `Ihre E-Mail-Adresse`.
  newsletter: [
    'newsletter abonnieren', 'newsletter bestellen', 'zum newsletter anmelden', 'für den newsletter anmelden',
    'für unseren newsletter', 'unseren newsletter', 'newsletter-anmeldung', 'ihre e-mail-adresse',
    'e-mail-adresse eingeben', 'in ihr postfach', 'direkt in ihr postfach', 'jetzt newsletter',
    'erfolgreich angemeldet', 'erfolgreich abonniert', 'danke für ihre anmeldung', 'vielen dank für ihre anmeldung', 'durch recaptcha geschützt', 'anmeldung bestätigen',
  ],
  // In a short line of a box: `Eilmeldungen per E-Mail`, `Bleiben Sie auf dem Laufenden`, `Sie sind angemeldet`.
  newsletterCue: [
    'newsletter', 'postfach', 'e-mail-benachrichtigungen', 'eilmeldungen', 'auf dem laufenden', 'angemeldet',
    'abonniert', 'abonnieren', 'recaptcha',
  ],
  // A box's pitch: `Die wichtigsten Nachrichten jeden Morgen in Ihrem Postfach`.
  newsletterPitch: [
    'ihrem postfach', 'ihr postfach', 'jeden morgen', 'jeden werktag', 'werktags', 'wir schicken ihnen',
    'wir senden ihnen', 'verpassen sie keine',
  ],
  // A line of buttons: `Abonnieren`, `Jetzt anmelden`, `Nein danke`.
  newsletterButton: ['abonnieren', 'jetzt abonnieren', 'anmelden', 'jetzt anmelden', 'absenden', 'nein danke', 'nein, danke', 'später'],
  // `Anna Berger ist Redakteurin…`, `… arbeitet als freie Journalistin…`.
  bioCopula: ['ist', 'arbeitet als'],
  // `Redakteurin`, `freier Journalist`, `Korrespondent`.
  bioRole: [
    'reporter', 'reporterin', 'journalist', 'journalistin', 'redakteur', 'redakteurin', 'autor', 'autorin',
    'korrespondent', 'korrespondentin', 'kolumnist', 'kolumnistin', 'schriftsteller', 'schriftstellerin',
    'produzent', 'produzentin', 'volontär', 'volontärin',
  ],
  // `Über Anna Berger` over her bio, `Über die Acme AG` over a press release's boilerplate.
  bioAbout: ['über', 'mehr über', 'über die', 'über den', 'über das'],
}
