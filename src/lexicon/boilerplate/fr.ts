import type { BoilerplateLexicon } from './types.js'

/**
 * French boilerplate phrases. Matching is case-insensitive and stops at word boundaries; phrases with an
 * apostrophe also match the typographic one (`l’article`), and a space before a colon (`Tél :`) is any
 * space. Lexicons are merged across languages: no phrase here is an English word, and none is how a French
 * sentence or subheading opens (`Réactions`, `Réagir`, `Connexion`, `L’auteur` are left out as markers).
 */
export const fr: BoilerplateLexicon = {
  // Matches `Commentaires (12)`, `Laisser un commentaire`, `Soyez le premier à réagir`; not `Réactions politiques…`.
  commentMarker: [
    'commentaires', 'laisser un commentaire', 'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire',
    'poster un commentaire', 'publier un commentaire', 'votre commentaire', 'commenter cet article', 'réagir à cet article',
    'réagissez', 'vos réactions', 'vos commentaires', 'soyez le premier à commenter', 'soyez le premier à réagir',
    'aucun commentaire', 'voir les commentaires', 'afficher les commentaires', 'lire les commentaires',
    'tous les commentaires',
  ],
  // Opens a comment section with more on the line: `Laisser un commentaire Annuler la réponse`;
  // not `Aucun commentaire du ministère` (prose).
  commentLead: [
    'laisser un commentaire', 'laissez un commentaire', 'ajouter un commentaire', 'écrire un commentaire',
    'poster un commentaire', 'publier un commentaire', 'commenter cet article', 'réagir à cet article',
    'soyez le premier à commenter', 'soyez le premier à réagir', 'voir les commentaires', 'afficher les commentaires',
    'lire les commentaires',
  ],
  // With a number: `42 commentaires`, `Commentaires (3)`. The phrases name comments only before a quoted post
  // title (`34 réflexions sur « Titre »`, `Une réponse à « Titre »`).
  commentWord: ['commentaires', 'commentaire', 'réflexions sur', 'réflexion sur', 'réponses à', 'réponse à'],
  // `12 commentaires sur « Titre de l’article »`, `Une réflexion sur « Titre »`: then the quoted title ends the line.
  commentsOn: ['commentaires sur', 'commentaire sur', 'réflexions sur', 'réflexion sur', 'réponses à', 'réponse à'],
  // Ends a short line: `Marie a commenté :`; not `dit :`, which introduces quotes in articles too.
  commentByline: ['a commenté :', 'a commenté:'],
  // Matches `Se connecter`, `Connectez-vous pour commenter`, `Mot de passe oublié ?`.
  loginPrompt: [
    'se connecter', 'me connecter', 'connectez-vous', 'identifiez-vous', 's\'identifier', 'créer un compte',
    'créer mon compte', 'créez votre compte', 'créez un compte', 's\'inscrire', 'mot de passe oublié', 'déjà inscrit',
    'pas encore de compte', 'vous n\'avez pas de compte', 'se déconnecter',
  ],
  // Matches `© 2024 Exemple Médias – Tous droits réservés`, `Mentions légales | Contact`.
  copyright: ['tous droits réservés', 'tous droits de reproduction', 'reproduction interdite', 'mentions légales'],
  // Starts a copyright line: `Tous droits réservés 2024 Exemple Médias`.
  copyrightLead: ['tous droits réservés'],
  // Matches `SIRET 123 456 789 00012`, `Commission paritaire n° 0126 C 12345`.
  filing: ['siret', 'commission paritaire', 'cppap', 'tva intracommunautaire'],
  // Matches `Tél. : 01 23 45 67 89`, `Adresse : 12 rue de la Paix, 75002 Paris`.
  contact: ['tél.', 'tél :', 'tél:', 'téléphone :', 'téléphone:', 'télécopie', 'adresse :', 'adresse:', 'courriel :', 'courriel:', 'nous contacter', 'contactez-nous', 'contact presse', 'contacts presse', 'relations presse', 'contact médias', 'contact :'],
  // A line made only of these: `Partager | Imprimer | Envoyer`, `Écouter l’article`, `Haut de page`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'aller au contenu', 'aller au contenu principal', 'passer au contenu', 'passer au contenu principal', 'aller à la navigation',
    'partager', 'imprimer', 'partager cet article', 'partager l\'article', 'imprimer cet article', 'imprimer l\'article',
    'fermer', 'envoyer', 'envoyer par e-mail', 'envoyer par email', 'copier le lien', 'lien copié', 'taille du texte',
    'enregistrer', 'sauvegarder', 'écouter', 'écouter l\'article', 'écouter cet article', 'retour', 'haut de page',
    'retour en haut', 'retour en haut de page', 'commenter', 'réagir', 'offrir cet article', 'offrir l\'article',
    'partager sur facebook', 'partager sur twitter', 'partager sur linkedin', 'partager par e-mail', 'ajouter aux favoris',
    'favoris', 'lire plus tard', 'suivre',
  ],
  // The whole line: `Mots-clés :`, `Rubriques :` over a list of links, not an article's list.
  linkLabel: ['mots-clés', 'mots clés', 'étiquettes', 'thèmes', 'sujets', 'catégories', 'rubriques', 'suivez-nous', 'suivez-nous sur'],
  // Matches `Accueil > Politique > France`, `Vous êtes ici : Accueil / Sport`.
  breadcrumbStart: ['accueil', 'page d\'accueil', 'vous êtes ici'],
  // The whole block: `À lire aussi`, `Sur le même sujet`, `Les plus lus`; not `À lire aussi dans notre dossier…` (a sentence).
  relatedHeading: [
    'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également', 'a lire également', 'lire également', 'à voir aussi',
    'a voir aussi', 'voir aussi', 'sur le même sujet', 'sur le même thème', 'dans la même rubrique', 'dans la même catégorie',
    'articles similaires', 'articles liés', 'articles connexes', 'articles associés', 'vous aimerez aussi',
    'vous pourriez aussi aimer', 'vous pourriez également aimer', 'ces articles peuvent vous intéresser',
    'ça peut vous intéresser', 'cela peut vous intéresser', 'les plus lus', 'les plus populaires', 'les plus partagés',
    'les plus commentés', 'dernières actualités', 'dernières infos', 'dernières nouvelles', 'derniers articles',
    'nos recommandations', 'recommandé pour vous', 'lire la suite', 'article suivant', 'article précédent',
    'plus d\'actualités', 'toute l\'actualité', 'à la une',
  ],
  // Matches `Cet article est réservé aux abonnés`, `Il vous reste 80 % de cet article à lire`.
  paywall: [
    'réservé aux abonnés', 'réservée aux abonnés', 'de cet article à lire', 'pour lire la suite de cet article',
    'pour lire la suite', 'pour lire cet article', 'déjà abonné', 'abonnez-vous pour lire',
    'abonnez-vous pour continuer', 'la suite est réservée', 'vous avez atteint la limite',
    // Donation and membership appeals after an article.
    'soutenez notre journalisme', 'soutenez notre travail', 'faites un don',
  ],
  // Matches `À propos de l’auteur`, `Auteur :` (followed by a bio).
  bioLabel: ['à propos de l\'auteur', 'a propos de l\'auteur', 'à propos de l\'autrice', 'auteur :', 'auteur:', 'autrice :', 'auteure :', 'sur l\'auteur'],
  // Bio vocabulary: `Claire Martin est journaliste au service économie depuis 2015.`
  bioWord: [
    'journaliste', 'rédacteur', 'rédactrice', 'correspondant', 'correspondante', 'chroniqueur', 'chroniqueuse',
    'diplômé', 'diplômée', 'auteur de', 'autrice de', 'écrit sur',
  ],
  // Matches `Nous utilisons des cookies…`, `Ce site utilise des cookies`; not `Les cookies tiers seront interdits…`.
  cookie: [
    'nous utilisons des cookies', 'utilisons des cookies', 'ce site utilise des cookies', 'ce site web utilise des cookies',
    'notre site utilise des cookies', 'vous acceptez l\'utilisation de cookies', 'vous acceptez l\'utilisation des cookies',
    'vous acceptez le dépôt de cookies', 'gérer mes cookies', 'politique de cookies',
    'politique relative aux cookies', 'politique en matière de cookies',
  ],
  // A press release's end mark: `(Fin)`, `- FIN -`.
  endMark: ['fin'],
  // Matches `Inscrivez-vous à notre newsletter`, `Votre adresse e-mail`, `Recevez l’essentiel dans votre boîte mail`.
  newsletter: [
    'inscrivez-vous à notre newsletter', 'abonnez-vous à notre newsletter', 'abonnez-vous à la newsletter',
    's\'inscrire à la newsletter', 'inscription à la newsletter', 'inscrivez-vous à la newsletter', 'recevez notre newsletter',
    'recevez nos newsletters', 'recevoir la newsletter', 'votre adresse e-mail', 'votre adresse email', 'votre adresse mail',
    'dans votre boîte mail', 'dans votre boîte e-mail', 'dans votre boîte de réception', 'lettre d\'information',
    'inscription confirmée', 'merci pour votre inscription', 'merci de votre inscription', 'vous êtes bien inscrit', 'protégé par recaptcha', 'confirmez votre inscription',
  ],
  // In a short line of a box: `Alertes e-mail`, `Restez informé`, `Vous êtes inscrit`.
  newsletterCue: ['newsletter', 'alertes e-mail', 'alertes email', 'boîte mail', 'restez informé', 'restez informés', 'restez informée', 'inscrit', 'inscrite', 'abonné', 'recaptcha'],
  // A box's pitch: `L’essentiel de l’actualité, chaque matin dans votre boîte mail`.
  newsletterPitch: ['votre boîte', 'chaque matin', 'tous les matins', 'chaque jour, nous', 'nous vous envoyons', 'ne manquez rien'],
  // A line of buttons: `S’inscrire`, `Je m’abonne`, `Non merci`.
  newsletterButton: ['s\'inscrire', 'je m\'inscris', 's\'abonner', 'je m\'abonne', 'inscrivez-vous', 'valider', 'envoyer', 'non merci', 'non, merci', 'plus tard'],
  // `Claire Martin est journaliste…`.
  bioCopula: ['est', 'travaille comme'],
  // `journaliste`, `rédactrice`, `pigiste`.
  bioRole: [
    'journaliste', 'reporter', 'écrivain', 'écrivaine', 'rédacteur', 'rédactrice', 'éditeur', 'éditrice', 'chroniqueur',
    'chroniqueuse', 'correspondant', 'correspondante', 'auteur', 'autrice', 'auteure', 'pigiste', 'producteur', 'productrice',
  ],
  // `À propos de Claire Martin`, `À propos d'Élodie Martin` over her bio; `À propos du Groupe Acme`, `À propos de
  // l'Agence Acme` over a press release's boilerplate.
  bioAbout: [
    'à propos de', 'a propos de', 'en savoir plus sur', 'à propos d\'', 'a propos d\'', 'à propos du', 'a propos du',
    'à propos de la', 'a propos de la', 'à propos de l\'', 'a propos de l\'', 'à propos des', 'a propos des',
  ],
  // `Comment fonctionne…`, `Comment en bénéficier` ("how…") open subheadings; English lists `Comment` as a marker.
  proseOpenings: ['comment'],
}
