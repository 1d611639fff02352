import type { BoilerplateLexicon } from './types.js'

/**
 * Spanish boilerplate phrases (Spain and Latin America). Matching is case-insensitive and stops at word
 * boundaries, so `Compartir` matches the control but not `compartirán`. Lexicons are merged across
 * languages: no phrase here is an English word, and none is how a Spanish sentence or subheading opens
 * (`Responder`, `Opina`, `Más información` are left out as markers).
 */
export const es: BoilerplateLexicon = {
  // Matches `Comentarios (8)`, `Deja un comentario`, `Deja una respuesta`, `Sé el primero en comentar`.
  commentMarker: [
    'comentarios', 'deja un comentario', 'deja tu comentario', 'dejar un comentario', 'escribe un comentario',
    'escribe tu comentario', 'añadir comentario', 'añade un comentario', 'publicar comentario', 'tu comentario',
    'deja una respuesta', 'dejar una respuesta', 'no hay comentarios', 'aún no hay comentarios',
    'todavía no hay comentarios', 'sé el primero en comentar', 'ver comentarios', 'mostrar comentarios',
    'comenta esta noticia', 'comentar esta noticia', 'únete a la conversación', 'participa en la conversación',
  ],
  // Opens a comment section with more on the line: `Deja una respuesta Cancelar la respuesta`;
  // not `No hay comentarios del ministerio` (prose).
  commentLead: [
    'deja un comentario', 'deja tu comentario', 'dejar un comentario', 'escribe un comentario',
    'escribe tu comentario', 'añadir comentario', 'añade un comentario', 'publicar comentario', 'deja una respuesta',
    'dejar una respuesta', 'aún no hay comentarios', 'todavía no hay comentarios', 'sé el primero en comentar',
    'ver comentarios', 'mostrar comentarios',
  ],
  // With a number: `8 comentarios`. The phrases name comments only before a quoted post title (`Una
  // respuesta a «Título»`, `34 pensamientos sobre “Título”`).
  commentWord: ['comentarios', 'comentario', 'respuestas a', 'respuesta a', 'pensamientos sobre', 'pensamiento sobre'],
  // `12 comentarios en «Título de la entrada»`, `Un comentario en «Título»`: then the quoted title ends the line.
  commentsOn: [
    'comentarios en', 'comentario en', 'comentarios sobre', 'comentario sobre', 'respuestas a', 'respuesta a',
    'pensamientos sobre', 'pensamiento sobre',
  ],
  // Ends a short line: `Lucía comentó:`; not `dice:`, which introduces quotes in articles too.
  commentByline: ['comentó:'],
  // Matches `Iniciar sesión`, `Regístrate para comentar`, `¿Olvidaste tu contraseña?`.
  loginPrompt: [
    'iniciar sesión', 'inicia sesión', 'inicie sesión', 'regístrate', 'regístrese', 'registrarse', 'crear una cuenta',
    'crea una cuenta', 'crea tu cuenta', 'crear cuenta', 'olvidé mi contraseña', '¿olvidaste tu contraseña',
    'olvidaste tu contraseña', 'identifícate', '¿ya tienes cuenta', 'ya tienes cuenta', 'cerrar sesión',
  ],
  // Matches `© 2024 Ejemplo Ediciones S.L. Todos los derechos reservados`, `Aviso legal | Contacto`.
  copyright: ['todos los derechos reservados', 'derechos reservados', 'prohibida su reproducción', 'queda prohibida la reproducción', 'aviso legal'],
  // Starts a copyright line: `Todos los derechos reservados 2024 Ejemplo`.
  copyrightLead: ['todos los derechos reservados'],
  // Matches `Depósito legal M-12345-2020`, `CIF: B12345678`, `Inscrita en el Registro Mercantil de Madrid, tomo 123`.
  filing: ['depósito legal', 'registro mercantil', 'cif:', 'c.i.f.', 'nif:'],
  // Matches `Teléfono: 91 123 45 67`, `Dirección: Calle Mayor 1, 28013 Madrid`.
  contact: ['teléfono:', 'teléfono :', 'tel.:', 'dirección:', 'domicilio:', 'correo electrónico:', 'contacto:', 'contáctenos', 'contáctanos', 'contacto de prensa', 'contactos de prensa', 'contacto para medios', 'contacto con medios'],
  // A line made only of these: `Compartir | Imprimir | Enviar`, `Escuchar noticia`, `Volver arriba`.
  control: [
    // Skip links at the top of a page (the first line of its text).
    'saltar al contenido', 'saltar al contenido principal', 'ir al contenido', 'ir al contenido principal', 'saltar a la navegación',
    'compartir', 'imprimir', 'compartir noticia', 'compartir artículo', 'imprimir noticia', 'imprimir artículo',
    'compartir en facebook', 'compartir en twitter', 'compartir en whatsapp', 'compartir en linkedin',
    'compartir por correo', 'enviar por correo', 'enviar por email', 'cerrar', 'guardar', 'guardar artículo', 'enviar',
    'copiar enlace', 'copiar el enlace', 'enlace copiado', 'tamaño de letra', 'tamaño del texto', 'escuchar',
    'escuchar noticia', 'escuchar artículo', 'volver arriba', 'ir arriba', 'subir', 'volver', 'comentar', 'más',
    'seguir', 'regalar artículo',
  ],
  // The whole line: `Etiquetas:`, `Temas:` over a list of links, not an article's list.
  linkLabel: ['etiquetas', 'temas', 'categorías', 'secciones', 'síguenos', 'síguenos en', 'menú', 'palabras clave'],
  // Matches `Inicio > Economía > Empresas`, `Portada / Deportes`, `Usted está en: Inicio`.
  breadcrumbStart: ['inicio', 'portada', 'usted está en', 'estás en'],
  // The whole block: `Noticias relacionadas`, `Te puede interesar`, `Lo más leído`.
  relatedHeading: [
    'noticias relacionadas', 'artículos relacionados', 'contenido relacionado', 'temas relacionados', 'entradas relacionadas',
    'publicaciones relacionadas', 'relacionado', 'relacionados', 'relacionadas', 'te puede interesar',
    'también te puede interesar', 'le puede interesar', 'también le puede interesar', 'puede interesarte',
    'te podría interesar', 'lee también', 'lea también', 'leer más', 'lee más', 'más noticias', 'lo más leído',
    'lo más visto', 'más leídas', 'más leídos', 'lo último', 'últimas noticias', 'te recomendamos', 'recomendados',
    'artículo siguiente', 'artículo anterior', 'noticia siguiente', 'noticia anterior', 'siguiente', 'anterior',
    'ver también', 'véase también',
  ],
  // Matches `Contenido exclusivo para suscriptores`, `Para seguir leyendo, suscríbete`, `¿Ya eres suscriptor?`.
  paywall: [
    'exclusivo para suscriptores', 'solo para suscriptores', 'sólo para suscriptores', 'para seguir leyendo',
    'para continuar leyendo', 'ya eres suscriptor', 'ya soy suscriptor', 'suscríbete para leer', 'suscríbete para continuar',
    'has alcanzado el límite',
    // Donation and membership appeals after an article.
    'apoya nuestro periodismo', 'apoye nuestro periodismo', 'apoya el periodismo independiente', 'dona ahora',
  ],
  // Matches `Sobre el autor`, `Acerca de la autora` (followed by a bio).
  bioLabel: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora', 'autor:', 'autora:'],
  // Bio vocabulary: `Periodista especializada en economía, licenciada en…`.
  bioWord: [
    'periodista', 'redactor', 'redactora', 'corresponsal', 'columnista', 'licenciado', 'licenciada', 'escribe sobre',
    'autor de', 'autora de', 'colaborador', 'colaboradora',
  ],
  // Matches `Utilizamos cookies propias y de terceros…`, `Política de cookies`; not `Las cookies de terceros…`.
  cookie: [
    'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies',
    'este sitio web usa cookies', 'esta web utiliza cookies', 'esta web usa cookies', 'esta página web utiliza cookies',
    'esta página utiliza cookies', 'cookies propias y de terceros', 'política de cookies', 'configuración de cookies',
    'configurar cookies', 'aceptar todas las cookies', 'acepta el uso de cookies', 'aceptas el uso de cookies',
  ],
  // A press release's end mark: `(Fin)`, `-FIN-`.
  endMark: ['fin'],
  // Matches `Suscríbete a nuestro boletín`, `Recibe las noticias en tu correo`.
  newsletter: [
    'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'suscríbete al boletín', 'suscríbete a la newsletter',
    'suscríbase a nuestro boletín', 'recibe nuestro boletín', 'recibe nuestra newsletter', 'apúntate a nuestra newsletter',
    'tu correo electrónico', 'tu dirección de correo', 'en tu bandeja de entrada', 'en tu correo',
    'te has suscrito correctamente', 'suscripción confirmada', 'gracias por suscribirte', 'gracias por tu suscripción', 'protegido por recaptcha', 'confirma tu suscripción',
  ],
  // In a short line of a box: `Alertas por correo`, `Mantente informado`, `Te has suscrito`.
  newsletterCue: ['boletín', 'newsletter', 'alertas por correo', 'mantente informado', 'mantente informada', 'mantente al día', 'suscrito', 'suscrita', 'recaptcha'],
  // A box's pitch: `Lo más importante del día, cada mañana en tu correo`.
  newsletterPitch: ['tu bandeja', 'cada mañana', 'todas las mañanas', 'te enviamos', 'te enviaremos', 'no te pierdas'],
  // A line of buttons: `Suscribirme`, `Apúntate`, `No, gracias`.
  newsletterButton: ['suscribirse', 'suscribirme', 'suscríbete', 'apúntate', 'enviar', 'no, gracias', 'no gracias', 'más tarde'],
  // `Ana García es periodista…`, `… trabaja como redactora…`.
  bioCopula: ['es', 'trabaja como'],
  // `periodista`, `redactora`, `corresponsal`.
  bioRole: [
    'periodista', 'reportero', 'reportera', 'escritor', 'escritora', 'editor', 'editora', 'redactor', 'redactora',
    'columnista', 'corresponsal', 'colaborador', 'colaboradora', 'autor', 'autora', 'productor', 'productora',
  ],
  // `Sobre Ana García`, `Acerca de Ana García` over her bio; `Acerca del Grupo Acme`, `Sobre la Fundación Acme`
  // over a press release's boilerplate.
  bioAbout: ['sobre', 'acerca de', 'más sobre', 'acerca del', 'acerca de la', 'sobre el', 'sobre la'],
}
