import type { BoilerplateLexicon } from './types.js'

/**
 * Italian boilerplate phrases. Matching is case-insensitive and stops at word boundaries, so `Condividi`
 * matches the control but not `condivideva`. Lexicons are merged across languages: no phrase here is an
 * English word, and none is how an Italian sentence or subheading opens; `Stampa` alone (a newspaper's name
 * too) is no control, only `Stampa articolo` and the like.
 */
export const it: BoilerplateLexicon = {
  // Matches `Commenti (6)`, `Lascia un commento`, `Sii il primo a commentare`.
  commentMarker: [
    'commenti', 'lascia un commento', 'lascia il tuo commento', 'lascia una risposta', 'scrivi un commento',
    'aggiungi un commento', 'invia commento', 'pubblica commento', 'il tuo commento', 'nessun commento',
    'non ci sono commenti', 'sii il primo a commentare', 'mostra commenti', 'vedi i commenti', 'leggi i commenti',
    'commenta l\'articolo', 'commenta la notizia',
  ],
  // Opens a comment section with more on the line: `Lascia una risposta Annulla risposta`;
  // not `Nessun commento dal ministero` (prose).
  commentLead: [
    'lascia un commento', 'lascia il tuo commento', 'lascia una risposta', 'scrivi un commento',
    'aggiungi un commento', 'invia commento', 'pubblica commento', 'non ci sono commenti',
    'sii il primo a commentare', 'mostra commenti', 'vedi i commenti', 'leggi i commenti',
  ],
  // With a number: `6 commenti`, `1 commento`. The phrases name comments only before a quoted post title
  // (`Una risposta a “Titolo”`, `34 pensieri su “Titolo”`).
  commentWord: ['commenti', 'commento', 'risposte a', 'risposta a', 'pensieri su', 'pensiero su'],
  // `12 commenti su “Titolo dell’articolo”`, `Un commento su “Titolo”`: then the quoted title ends the line.
  commentsOn: ['commenti su', 'commento su', 'risposte a', 'risposta a', 'pensieri su', 'pensiero su'],
  // Ends a short line: `Giulia ha commentato:`; not `ha detto:`, which introduces quotes in articles too.
  commentByline: ['ha commentato:'],
  // Matches `Accedi`, `Registrati per commentare`, `Password dimenticata?`.
  loginPrompt: [
    'accedi', 'accedi al tuo account', 'registrati', 'effettua il login', 'effettua l\'accesso', 'crea un account',
    'crea il tuo account', 'password dimenticata', 'hai dimenticato la password', 'non hai un account',
    'sei già registrato',
  ],
  // Matches `© RIPRODUZIONE RISERVATA`, `Tutti i diritti riservati`, `Note legali | Privacy`.
  copyright: ['tutti i diritti riservati', 'riproduzione riservata', 'diritti riservati', 'note legali'],
  // Starts a copyright line: `Riproduzione riservata 2024 Esempio Editore`.
  copyrightLead: ['riproduzione riservata', 'tutti i diritti riservati'],
  // Matches `P.IVA 01234567890`, `Reg. Trib. di Milano n. 123 del 2010`.
  filing: [
    'p.iva', 'p. iva', 'partita iva', 'codice fiscale', 'registro delle imprese', 'reg. trib', 'aut. trib',
    'registrazione al tribunale', 'registrazione tribunale', 'autorizzazione del tribunale', 'iscrizione al roc',
  ],
  // Matches `Telefono: 02 1234567`, `Indirizzo: Via Roma 1, 00100 Roma`, `Sede legale: …`.
  contact: ['telefono:', 'telefono :', 'tel.:', 'indirizzo:', 'sede legale', 'sede:', 'contatti:', 'contattaci', 'contatti stampa', 'contatto stampa', 'ufficio stampa'],
  // A line made only of these: `Condividi | Stampa articolo | Invia`, `Ascolta l’articolo`, `Torna su`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'vai al contenuto', 'vai al contenuto principale', 'salta al contenuto', 'salta al contenuto principale',
    'condividi', 'condividi su facebook', 'condividi su twitter', 'condividi su whatsapp', 'condividi su linkedin',
    'condividi l\'articolo', 'stampa articolo', 'stampa l\'articolo', 'stampa questa pagina', 'stampa la pagina',
    'chiudi', 'salva', 'salva articolo', 'invia', 'invia per email', 'invia per e-mail', 'copia link', 'copia il link',
    'link copiato', 'dimensione testo', 'dimensione carattere', 'ascolta', 'ascolta l\'articolo', 'torna su',
    'torna all\'inizio', 'torna in alto', 'commenta', 'altro', 'segui',
  ],
  // The whole line: `Tag:`, `Argomenti:` over a list of links, not an article's list.
  linkLabel: ['tag', 'argomenti', 'categorie', 'sezioni', 'seguici', 'seguici su', 'parole chiave'],
  // Matches `Home > Cronaca > Milano`, `Sei in: Home / Sport`, `Ti trovi in: Pagina iniziale`.
  breadcrumbStart: ['sei in', 'sei qui', 'ti trovi in', 'ti trovi qui', 'pagina iniziale'],
  // The whole block: `Leggi anche`, `Articoli correlati`, `I più letti`.
  relatedHeading: [
    'leggi anche', 'leggi pure', 'leggi di più', 'leggi tutto', 'articoli correlati', 'notizie correlate', 'post correlati',
    'correlati', 'potrebbe interessarti', 'potrebbe interessarti anche', 'ti potrebbe interessare',
    'potrebbero interessarti', 'ti potrebbero interessare', 'i più letti', 'più letti', 'le più lette', 'più lette',
    'più visti', 'ultime notizie', 'altre notizie', 'articolo successivo', 'articolo precedente', 'successivo',
    'precedente', 'dello stesso autore', 'ultimi articoli', 'in evidenza', 'consigliati', 'consigliati per te',
    'vedi anche', 'guarda anche', 'da non perdere',
  ],
  // Matches `Contenuto riservato agli abbonati`, `Per continuare a leggere abbonati`, `Sei già abbonato?`.
  paywall: [
    'riservato agli abbonati', 'riservata agli abbonati', 'per continuare a leggere', 'sei già abbonato', 'già abbonato',
    'abbonati per leggere', 'abbonati per continuare', 'solo per gli abbonati', 'esclusivo per gli abbonati',
    'hai raggiunto il limite',
  ],
  // Matches `Sull’autore`, `Informazioni sull’autore` (followed by a bio).
  bioLabel: ['sull\'autore', 'sull\'autrice', 'informazioni sull\'autore', 'chi è l\'autore', 'autore:', 'autrice:'],
  // Bio vocabulary: `Giornalista professionista, laureata in…, scrive di economia`.
  bioWord: [
    'giornalista', 'redattore', 'redattrice', 'corrispondente', 'laureato', 'laureata', 'scrive di', 'collabora con',
    'autore di', 'autrice di',
  ],
  // Matches `Questo sito utilizza cookie…`, `Informativa sui cookie`; not `I cookie di terze parti…`.
  cookie: [
    'utilizziamo i cookie', 'utilizziamo cookie', 'usiamo i cookie', 'usiamo cookie', 'questo sito utilizza cookie',
    'questo sito utilizza i cookie', 'questo sito usa cookie', 'questo sito usa i cookie', 'questo sito web utilizza i cookie',
    'informativa sui cookie', 'informativa cookie', 'accetta tutti i cookie', 'impostazioni dei cookie',
    'preferenze sui cookie', 'acconsenti all\'uso dei cookie',
  ],
  // Matches `Iscriviti alla nostra newsletter`, `Inserisci la tua email`.
  newsletter: [
    'iscriviti alla newsletter', 'iscriviti alla nostra newsletter', 'iscriviti alle nostre newsletter', 'ricevi la newsletter',
    'ricevi la nostra newsletter', 'il tuo indirizzo email', 'il tuo indirizzo e-mail', 'inserisci la tua email',
    'inserisci la tua e-mail', 'inserisci il tuo indirizzo', 'nella tua casella di posta', 'nella tua casella',
  ],
  // `A proposito di Giulia Rossi` over her bio; `Informazioni su Acme`, `A proposito dell'Istituto Acme` over a
  // press release's boilerplate.
  bioAbout: [
    'a proposito di', 'a proposito d\'', 'a proposito del', 'a proposito della', 'a proposito dello', 'a proposito dell\'',
    'informazioni su',
  ],
}
