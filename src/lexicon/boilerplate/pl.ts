import type { BoilerplateLexicon } from './types.js'

/**
 * Polish boilerplate phrases. Matching is case-insensitive and stops at word boundaries, so `Udostępnij`
 * matches the control but not `udostępnił`. Lexicons are merged across languages: no phrase here is an
 * English word (`NIP` only with its colon), and none is how a Polish sentence or subheading opens
 * (`Rejestracja` is left out); `Komentarze` followed by a word is a subheading (`Komentarze ekspertów`) on a
 * Polish page (`proseOpenings`).
 */
export const pl: BoilerplateLexicon = {
  // Matches `Komentarze (5)`, `Dodaj komentarz`, `Brak komentarzy`; not `Komentarze ekspertów`.
  commentMarker: [
    'komentarze', 'dodaj komentarz', 'napisz komentarz', 'zostaw komentarz', 'skomentuj', 'twój komentarz',
    'brak komentarzy', 'nie ma jeszcze komentarzy', 'bądź pierwszy', 'pokaż komentarze', 'zobacz komentarze',
    'wszystkie komentarze', 'komentarze czytelników',
  ],
  // Opens a comment section with more on the line: `Dodaj komentarz Anuluj odpowiedź`;
  // not `Brak komentarzy ze strony ministerstwa` (prose).
  commentLead: [
    'dodaj komentarz', 'napisz komentarz', 'zostaw komentarz', 'nie ma jeszcze komentarzy', 'pokaż komentarze',
    'zobacz komentarze',
  ],
  // With a number: `5 komentarzy`, `2 komentarze`, `1 komentarz`. The phrases name comments only before a
  // quoted post title (`12 odpowiedzi na „Tytuł”`, `Jedna myśl na temat „Tytuł”`).
  commentWord: ['komentarze', 'komentarzy', 'komentarz', 'odpowiedzi na', 'odpowiedź na', 'myśli na temat', 'myśl na temat'],
  // `12 komentarzy do „Tytuł wpisu”`, `Jedna odpowiedź na „Tytuł”`: then the quoted title ends the line.
  commentsOn: [
    'komentarzy do', 'komentarze do', 'komentarz do', 'odpowiedzi na', 'odpowiedź na', 'myśli na temat', 'myśl na temat',
  ],
  commentByline: [],
  // Matches `Zaloguj się`, `Załóż konto`, `Nie pamiętasz hasła?`; not a sentence (terminal).
  loginPrompt: [
    'zaloguj się', 'zaloguj', 'zarejestruj się', 'załóż konto', 'nie masz konta', 'zapomniałeś hasła',
    'nie pamiętasz hasła', 'wyloguj', 'logowanie',
  ],
  // Matches `© 2026 Gazeta Przykładowa. Wszelkie prawa zastrzeżone.`.
  copyright: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone', 'prawa zastrzeżone'],
  // Starts a copyright line: `Wszelkie prawa zastrzeżone. 2026 Gazeta Przykładowa`.
  copyrightLead: ['wszelkie prawa zastrzeżone', 'wszystkie prawa zastrzeżone'],
  // Matches `NIP: 123-456-78-90`, `REGON 012345678`, `KRS 0000123456`, `Kapitał zakładowy: 50 000 zł`.
  filing: ['nip:', 'regon', 'krs', 'kapitał zakładowy'],
  // Matches `Telefon: 22 123 45 67`, `Adres redakcji: ul. Długa 5, 00-001 Warszawa`.
  contact: ['telefon:', 'telefon :', 'tel.:', 'adres:', 'adres redakcji', 'kontakt:'],
  // A line made only of these: `Udostępnij | Drukuj`, `Skopiuj link`, `Do góry`.
  control: [
    'udostępnij', 'udostępnij artykuł', 'udostępnij na facebooku', 'drukuj', 'wydrukuj', 'zapisz', 'zamknij',
    'kopiuj link', 'skopiuj link', 'link skopiowany', 'posłuchaj', 'słuchaj', 'do góry', 'na górę', 'wróć', 'więcej',
    'skomentuj', 'rozmiar czcionki',
    // A platform after its preposition, so that `Udostępnij na Facebooku | Udostępnij na X` is a line of controls.
    'na facebooku', 'na x', 'na twitterze', 'na linkedinie', 'przez whatsapp', 'przez messenger', 'przez e-mail', 'e-mailem',
    'wyślij e-mailem', 'wyślij',
  ],
  // The whole line: `Tagi:`, `Tematy:` over a list of links, not an article's list.
  linkLabel: ['tagi', 'tematy', 'kategorie', 'działy', 'obserwuj nas', 'słowa kluczowe'],
  // Matches `Strona główna > Kraj`, `Jesteś tutaj: Strona główna / Sport`.
  breadcrumbStart: ['strona główna', 'jesteś tutaj', 'jesteś w'],
  // The whole block: `Czytaj także`, `Zobacz też`; not `Czytaj także wywiad z burmistrzem na naszej stronie.`
  relatedHeading: [
    'czytaj także', 'czytaj też', 'przeczytaj także', 'przeczytaj też', 'zobacz także', 'zobacz też', 'czytaj więcej',
    'czytaj dalej', 'powiązane artykuły', 'podobne artykuły', 'polecamy', 'polecane', 'polecane artykuły',
    'najczęściej czytane', 'najpopularniejsze', 'najnowsze', 'najnowsze wiadomości', 'inne artykuły', 'następny artykuł',
    'poprzedni artykuł', 'może cię zainteresować', 'to może cię zainteresować', 'warto przeczytać',
  ],
  // Matches `Artykuł dostępny tylko dla subskrybentów`, `Aby czytać dalej, wykup subskrypcję`.
  paywall: [
    'tylko dla subskrybentów', 'dostępny dla subskrybentów', 'dostępny tylko dla subskrybentów', 'aby czytać dalej',
    'aby przeczytać cały artykuł', 'aby kontynuować czytanie', 'masz już subskrypcję', 'wykup subskrypcję',
  ],
  // Matches `O autorze`, `O autorce` (followed by a bio).
  bioLabel: ['o autorze', 'o autorce', 'o autorach', 'autor:', 'autorka:'],
  // Bio vocabulary: `Dziennikarka działu miejskiego, absolwentka…, pisze o…`.
  bioWord: [
    'dziennikarz', 'dziennikarka', 'redaktor', 'redaktorka', 'reporterka', 'korespondent', 'publicysta', 'publicystka',
    'absolwent', 'absolwentka', 'pisze o',
  ],
  // Matches `Używamy plików cookie…`, `Ta strona używa plików cookie`; not an article about cookies.
  cookie: [
    'używamy plików cookie', 'korzystamy z plików cookie', 'ta strona używa plików cookie', 'serwis używa plików cookie', 'polityka cookie',
    // `Ta strona korzysta z plików cookie. Możesz określić warunki…`.
    'ta strona korzysta z plików cookie', 'serwis korzysta z plików cookie', 'strona wykorzystuje pliki cookie', 'serwis wykorzystuje pliki cookie',
  ],
  // Matches `Zapisz się do naszego newslettera`, `Podaj adres e-mail`.
  newsletter: [
    'zapisz się do newslettera', 'zapisz się na newsletter', 'zapisz się do naszego newslettera', 'zamów newsletter',
    'twój adres e-mail', 'podaj adres e-mail', 'wpisz swój adres e-mail', 'na twoją skrzynkę',
    // An app or messenger prompt, in the imperative: `Pobierz aplikację Gazety X i otrzymuj powiadomienia…`,
    // `Obserwuj nas w Google News`; an article's `mieszkańcy otrzymują powiadomienia` is no prompt.
    'otrzymuj powiadomienia', 'pobierz naszą aplikację', 'obserwuj nas w google news', 'dołącz do naszego kanału',
  ],
  proseOpenings: ['komentarze'],
}
